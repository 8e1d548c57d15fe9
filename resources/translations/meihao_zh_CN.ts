<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Beautiful Homes Review</source>
        <translation>美好家园考察评审</translation>
    </message>
    <message>
        <source>On-site inspection, scoring and recommendation forms for district reviewers.</source>
        <translation>面向县区评审人员的现场考察、评分与推荐表工具。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Chinese text is shown with the bundled WenQuanYi Micro Hei font (© the WenQuanYi Project), licensed under the Apache License 2.0 or the GPL v3 with font exception.</source>
        <translation>中文使用程序自带的文泉驿微米黑字体显示（© 文泉驿项目），依据 Apache 许可证 2.0 版或附带字体例外条款的 GPL 第 3 版授权。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Loading demo data</source>
        <translation>正在加载演示数据</translation>
    </message>
</context>
<context>
    <name>CommunitiesEmptyState</name>
    <message>
        <source>No communities yet</source>
        <translation>还没有小区</translation>
    </message>
    <message>
        <source>Load the demo data to try the program, import the district&apos;s community list from an Excel workbook, or add a community by hand.</source>
        <translation>可以加载演示数据试用本程序，从 Excel 工作簿导入本区的小区名单，或手工新建小区。</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>New Community…</source>
        <translation>新建小区…</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <source>Search name, district, street, property company (Ctrl+F)</source>
        <translation>搜索小区名称、区县、街道、物业服务企业（Ctrl+F）</translation>
    </message>
    <message>
        <source>New Community…</source>
        <translation>新建小区…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Inspect This Community</source>
        <translation>考察该小区</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>{count} communities</source>
        <translation>共 {count} 个小区</translation>
    </message>
    <message>
        <source>{shown} of {count} communities shown</source>
        <translation>显示 {shown} 个小区（共 {count} 个）</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>New Community</source>
        <translation>新建小区</translation>
    </message>
    <message>
        <source>Edit Community — {name}</source>
        <translation>编辑小区 — {name}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>{n} star(s)</source>
        <translation>{n} 星</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} 字</translation>
    </message>
    <message>
        <source>Discard the changes to this community?</source>
        <translation>放弃对该小区的修改吗？</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name (required):</source>
        <translation>小区名称（必填）：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区县：</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>Neighbourhood:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Property company:</source>
        <translation>物业服务企业：</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>小区简介：</translation>
    </message>
    <message>
        <source>About the community, in about 1000 characters</source>
        <translation>小区简介，约 1000 字</translation>
    </message>
    <message>
        <source>Size and operation</source>
        <translation>规模与运行</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>户数：</translation>
    </message>
    <message>
        <source>number of households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Buildings:</source>
        <translation>楼栋数：</translation>
    </message>
    <message>
        <source>number of buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Year built:</source>
        <translation>建成年份：</translation>
    </message>
    <message>
        <source>e.g. 2008</source>
        <translation>例如 2008</translation>
    </message>
    <message>
        <source>Occupancy rate (%):</source>
        <translation>入住率（%）：</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Fee collection rate (%):</source>
        <translation>物业费收缴率（%）：</translation>
    </message>
    <message>
        <source>Eligibility conditions</source>
        <translation>申报条件</translation>
    </message>
    <message>
        <source>Red property stars:</source>
        <translation>红色物业星级：</translation>
    </message>
    <message>
        <source>Cross-appointment:</source>
        <translation>交叉任职：</translation>
    </message>
    <message>
        <source>Joint Party organisation:</source>
        <translation>联合党组织：</translation>
    </message>
    <message>
        <source>Demonstration project:</source>
        <translation>示范项目级别：</translation>
    </message>
    <message>
        <source>The community name is required; everything else may stay empty until it is known.</source>
        <translation>小区名称必填；其他各项可待了解后再填。</translation>
    </message>
</context>
<context>
    <name>CommunityImport</name>
    <message>
        <source>Import Communities from Excel</source>
        <translation>从 Excel 导入小区名单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <source>Importing communities from {file}</source>
        <translation>正在从 {file} 导入小区</translation>
    </message>
    <message>
        <source>{file}: {created} communities added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{file}：新增 {created} 个小区，更新 {updated} 个，{unchanged} 个无变化。</translation>
    </message>
    <message>
        <source>{errors} rows with errors were skipped.</source>
        <translation>有错误的 {errors} 行已跳过。</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
</context>
<context>
    <name>CommunityTableModel</name>
    <message>
        <source>Community</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业服务企业</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>入住率</translation>
    </message>
    <message>
        <source>Fee collection</source>
        <translation>物业费收缴率</translation>
    </message>
    <message>
        <source>Red property stars</source>
        <translation>红色物业星级</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>考察次数</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Stars: {n}</source>
        <translation>星级：{n}</translation>
    </message>
</context>
<context>
    <name>EditProblemDialog</name>
    <message>
        <source>Edit Problem</source>
        <translation>修改问题</translation>
    </message>
    <message>
        <source>{community} · {inspector} · visited {date}</source>
        <translation>{community} · {inspector} · {date} 考察</translation>
    </message>
    <message>
        <source>(not about a single item)</source>
        <translation>（不针对具体评分项）</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>score {code}: {value}</source>
        <translation>评分 {code}：{value}</translation>
    </message>
    <message>
        <source>requirement {code}</source>
        <translation>原则要求 {code}</translation>
    </message>
    <message>
        <source>text of {code}</source>
        <translation>{code} 的考察意见</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <source>Signed, read-only</source>
        <translation>已签名，只读</translation>
    </message>
    <message>
        <source>No inspection is open.</source>
        <translation>未打开考察记录。</translation>
    </message>
    <message>
        <source>Record problem</source>
        <translation>记录问题</translation>
    </message>
    <message>
        <source>Record a problem to be rectified for this item (Ctrl+R)</source>
        <translation>为此项记录需整改的问题（Ctrl+R）</translation>
    </message>
    <message>
        <source>Checked {done} of {count}</source>
        <translation>已核查 {done}/{count}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Weight {weight} · scored {done} of {count} · score {score}</source>
        <translation>权重 {weight} · 已评 {done}/{count} · 得分 {score}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <source>Program error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Your saved work is safe.

{error}</source>
        <translation>程序内部出现错误。已保存的工作不会丢失。

{error}</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Keys: Ctrl+Down / Ctrl+Up (or PgDown / PgUp) next and previous item · Ctrl+J next item without a score · digits type the points (1–4 pick a level, 1/2/0 a requirement) · Enter saves and moves on · Ctrl+D N/A · Ctrl+E finding text · Ctrl+R record a problem · Ctrl+Z / Ctrl+Shift+Z undo and redo · Esc back to the tree, then to the list</source>
        <translation>快捷键：Ctrl+↓ / Ctrl+↑（或 PgDown / PgUp）下一项、上一项 · Ctrl+J 下一个未评分项 · 数字键直接输入分数（等级项按 1–4，原则要求按 1/2/0）· Enter 保存并转到下一项 · Ctrl+D 不适用 · Ctrl+E 考察意见 · Ctrl+R 记录问题 · Ctrl+Z / Ctrl+Shift+Z 撤销、重做 · Esc 回到评分项列表，再按返回考察列表</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>File: {file} — worksheet “{sheet}”, header in row {row}</source>
        <translation>文件：{file} — 工作表“{sheet}”，表头在第 {row} 行</translation>
    </message>
    <message>
        <source>Column {letter} “{header}”:</source>
        <translation>{letter} 列“{header}”：</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>New {create} · Update {update} · No change {unchanged} · With errors {errors}</source>
        <translation>新增 {create} / 更新 {update} / 无变化 {unchanged} / 有错误 {errors}</translation>
    </message>
    <message>
        <source>No row can be imported. Correct the file, then open it again.</source>
        <translation>没有可以导入的行。请修改文件后重新打开。</translation>
    </message>
    <message>
        <source>The {errors} rows with errors will be skipped; the other rows are imported. Nothing is written until you click “Import”.</source>
        <translation>有错误的 {errors} 行将被跳过，其余行会导入。点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing is written until you click “Import”.</source>
        <translation>点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Import Communities</source>
        <translation>导入小区名单</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>District for rows without one:</source>
        <translation>未填区县的行归入：</translation>
    </message>
    <message>
        <source>e.g. 海州区</source>
        <translation>例如：海州区</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Read the file again with the worksheet, district and column choices above</source>
        <translation>按上面选择的工作表、区县和列对应关系重新读取文件</translation>
    </message>
    <message>
        <source>Columns not recognised</source>
        <translation>未识别的列</translation>
    </message>
    <message>
        <source>These columns are not imported. To import one, choose the field it holds, then click “Read Again”.</source>
        <translation>这些列不会导入。如需导入某列，请选择它对应的字段，然后点击“重新读取”。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>有错误</translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <source>Back to list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一项</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Next unscored</source>
        <translation>下一未评项</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>考察意见</translation>
    </message>
    <message>
        <source>Record problem</source>
        <translation>记录问题</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>撤销：{what}（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Shift+Z / Ctrl+Y)</source>
        <translation>重做：{what}（Ctrl+Shift+Z / Ctrl+Y）</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>考察人员</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>考察日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection…</source>
        <translation>新建考察…</translation>
    </message>
    <message>
        <source>Filter: community, district, inspector…</source>
        <translation>筛选：小区、区县、考察人员…</translation>
    </message>
    <message>
        <source>New inspection… (Ctrl+N)</source>
        <translation>新建考察…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>打开（Enter）</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>What you saw on site (saved as you type)</source>
        <translation>现场看到的情况（输入时自动保存）</translation>
    </message>
    <message>
        <source>Finding text (Ctrl+E); saved as you type</source>
        <translation>考察意见（Ctrl+E），输入时自动保存</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>考察意见(&amp;F)</translation>
    </message>
    <message>
        <source>Full marks {points} · {scale}</source>
        <translation>满分 {points} · {scale}</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LedgerDetailPanel</name>
    <message>
        <source>Problem</source>
        <translation>问题详情</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Rectification:</source>
        <translation>整改情况：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Select a problem to see its details and history.</source>
        <translation>选择一条问题，查看详情和处理记录。</translation>
    </message>
    <message>
        <source>(not about a single item)</source>
        <translation>（不针对具体评分项）</translation>
    </message>
    <message>
        <source>After-photo attached</source>
        <translation>已附整改后照片</translation>
    </message>
    <message>
        <source>{status} by {who} on {when}</source>
        <translation>{status}（{who}，{when}）</translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation>尚未报告整改</translation>
    </message>
    <message>
        <source>{when}: {note}</source>
        <translation>{when}：{note}</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>小区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>LedgerHistory</name>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Marked rectified</source>
        <translation>标记已整改</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rectified at</source>
        <translation>整改时间</translation>
    </message>
    <message>
        <source>Rectification note</source>
        <translation>整改说明</translation>
    </message>
    <message>
        <source>After-photo</source>
        <translation>整改后照片</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>销号时间</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>销号人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>{field}: {new}</source>
        <translation>{field}：{new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Mark &amp;Rectified…</source>
        <translation>标记已整改(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close (Verified)…</source>
        <translation>销号(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>The photo file is missing</source>
        <translation>照片文件缺失</translation>
    </message>
    <message>
        <source>Loading the after-photo</source>
        <translation>正在读取整改后照片</translation>
    </message>
    <message>
        <source>{shown} problems, {overdue} overdue</source>
        <translation>共 {shown} 条，逾期 {overdue} 条</translation>
    </message>
    <message>
        <source>Close Problem</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Close this problem as verified?

{community}: {problem}

Closing records that the bureau has checked the rectification; a closed problem cannot be reopened.</source>
        <translation>确认该问题整改到位并销号？

{community}：{problem}

销号表示主管部门已核查整改情况；销号后不能重新打开。</translation>
    </message>
    <message>
        <source>Reopen Problem</source>
        <translation>重新打开问题</translation>
    </message>
    <message>
        <source>Why is the rectification not accepted?</source>
        <translation>整改为何不予认可？</translation>
    </message>
</context>
<context>
    <name>LedgerStatus</name>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
</context>
<context>
    <name>LedgerTable</name>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>考察人员</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Overdue: the deadline has passed and the problem is not closed</source>
        <translation>已逾期：整改期限已过，问题尚未销号</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>(not set — see Settings)</source>
        <translation>（未设置，请在“设置”中填写）</translation>
    </message>
    <message>
        <source>Inspector: {name} {unit}</source>
        <translation>考察人员：{name} {unit}</translation>
    </message>
    <message>
        <source>Beautiful Homes Review — {name}</source>
        <translation>美好家园考察评审 — {name}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>数据库文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The new language takes effect when the program is started again.</source>
        <translation>新的语言设置将在重新启动程序后生效。</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>New campaign: {name}</source>
        <translation>新建评选活动：{name}</translation>
    </message>
    <message>
        <source>The signed-in inspector (see Settings)</source>
        <translation>当前考察人员（见“设置”）</translation>
    </message>
    <message>
        <source>Choose a community from the list (type part of its name).</source>
        <translation>请从列表中选择小区（可输入名称的一部分搜索）。</translation>
    </message>
    <message>
        <source>There is no campaign and no standard to start one with.</source>
        <translation>没有评选活动，也没有可用的评分标准。</translation>
    </message>
    <message>
        <source>Enter your name: it goes on the score sheet.</source>
        <translation>请填写您的姓名：它将出现在评分表上。</translation>
    </message>
    <message>
        <source>New Inspection</source>
        <translation>新建考察</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>小区(&amp;C)：</translation>
    </message>
    <message>
        <source>Type part of the name to search</source>
        <translation>输入名称的一部分即可搜索</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>评选活动(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Visit date:</source>
        <translation>考察日期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Inspector:</source>
        <translation>考察人员(&amp;I)：</translation>
    </message>
    <message>
        <source>Your name, as it goes on the score sheet</source>
        <translation>您的姓名，将出现在评分表上</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Communities</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>考察</translation>
    </message>
    <message>
        <source>Rectification Ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>Compile</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>The inspection is signed: problems can no longer be recorded on it.</source>
        <translation>该考察记录已签名，只读，不能再登记问题。</translation>
    </message>
    <message>
        <source>{community} · {inspector} · visited {date}</source>
        <translation>{community} · {inspector} · {date} 考察</translation>
    </message>
    <message>
        <source>(not about a single item)</source>
        <translation>（不针对具体评分项）</translation>
    </message>
    <message>
        <source>Record a Problem to Rectify</source>
        <translation>登记整改问题</translation>
    </message>
    <message>
        <source>Inspection:</source>
        <translation>考察记录：</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>评分项：</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>问题(&amp;P)：</translation>
    </message>
    <message>
        <source>What must be rectified, as the community will read it</source>
        <translation>需要整改的问题（小区将看到这段文字）</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>RectifiedDialog</name>
    <message>
        <source>(photo import is not available)</source>
        <translation>（暂不能导入照片）</translation>
    </message>
    <message>
        <source>Choose the After-Photo</source>
        <translation>选择整改后照片</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>照片 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Say what was done first.</source>
        <translation>请先填写整改说明。</translation>
    </message>
    <message>
        <source>Importing the after-photo</source>
        <translation>正在导入整改后照片</translation>
    </message>
    <message>
        <source>Mark as Rectified</source>
        <translation>标记已整改</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>整改说明(&amp;W)：</translation>
    </message>
    <message>
        <source>How the problem was rectified</source>
        <translation>问题是如何整改的</translation>
    </message>
    <message>
        <source>Rectified &amp;on:</source>
        <translation>整改日期(&amp;O)：</translation>
    </message>
    <message>
        <source>After-&amp;photo:</source>
        <translation>整改后照片(&amp;P)：</translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation>（无照片）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>RequirementPanel</name>
    <message>
        <source>A principle requirement is a gate: failing it makes the community ineligible.</source>
        <translation>原则要求实行一票否决：任一项不通过，该小区即不符合条件。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>Key {key} in the tree</source>
        <translation>在评分项列表中按 {key}</translation>
    </message>
    <message>
        <source>Note: what was checked, what is missing</source>
        <translation>备注：核查了什么，缺少什么</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Principle requirement {code}</source>
        <translation>原则要求 {code}</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>All changes saved ({time})</source>
        <translation>所有修改已保存（{time}）</translation>
    </message>
</context>
<context>
    <name>ScoreHeader</name>
    <message>
        <source>{community} ({district}) · inspector {inspector} · visited {date}</source>
        <translation>{community}（{district}）· 考察人员 {inspector} · 考察日期 {date}</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>总分 {total}</translation>
    </message>
    <message>
        <source>Total score out of 100 (unscored items count 0)</source>
        <translation>百分制总分（未评分项按 0 分计）</translation>
    </message>
    <message>
        <source>Scored {done}</source>
        <translation>已评 {done}</translation>
    </message>
    <message>
        <source>Items scored or marked N/A, of all items</source>
        <translation>已评分或标为不适用的项数 / 总项数</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Sections: </source>
        <translation>分项得分：</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Principle requirements: {status}</source>
        <translation>原则要求：{status}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>facts missing</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <source>Eligibility: {status}</source>
        <translation>申报条件：{status}</translation>
    </message>
    <message>
        <source>Fails a principle requirement</source>
        <translation>不符合原则要求</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合申报条件</translation>
    </message>
    <message>
        <source>Scoring not finished</source>
        <translation>评分未完成</translation>
    </message>
    <message>
        <source>Meets the requirements</source>
        <translation>符合要求</translation>
    </message>
</context>
<context>
    <name>ScoreInput</name>
    <message>
        <source>Points: type them (digit keys work anywhere in the editor), Up/Down change by one step, Enter saves and goes to the next item</source>
        <translation>分数：直接输入（在编辑器任意处按数字键即可），↑/↓ 按档调整，Enter 保存并转到下一项</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>The item does not apply to this community (Ctrl+D)</source>
        <translation>该项不适用于本小区（Ctrl+D）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Back to unscored (Delete in the tree)</source>
        <translation>恢复为未评分（在评分项列表中按 Delete）</translation>
    </message>
    <message>
        <source>{level}: {points} points (key {key})</source>
        <translation>{level}：{points} 分（按 {key}）</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} 分</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Default Export Folder</source>
        <translation>默认导出文件夹</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>考察人员</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make and printed on the records you sign.</source>
        <translation>您的姓名会记录在每一处修改中，并打印在您签名的考察记录上。</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Default export folder:</source>
        <translation>默认导出文件夹：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>A new language takes effect when the program is started again.</source>
        <translation>更改的语言在程序重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>StandardTreeModel</name>
    <message>
        <source>Principle requirements</source>
        <translation>原则要求</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Progress / notes</source>
        <translation>进度/附注</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>{score} of {weight}</source>
        <translation>{score} / {weight}</translation>
    </message>
    <message>
        <source>photos {n}</source>
        <translation>照片 {n}</translation>
    </message>
    <message>
        <source>problems {n}</source>
        <translation>问题 {n}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Compiling and ranking every inspector&apos;s results comes with the exchange packages (importing inspectors&apos; results). Until then, use “meihao score” per inspection.</source>
        <translation>汇总与排名功能将随数据交换包（导入各考察人员的结果）一同提供。在此之前，请使用“meihao score”逐条查看得分。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Beautiful Homes Review</source>
        <translation>美好家园考察评审</translation>
    </message>
    <message>
        <source>Database: {name}
{folder}</source>
        <translation>数据库：{name}
{folder}</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>The database could not be opened:
{reason}</source>
        <translation>无法打开数据库：
{reason}</translation>
    </message>
    <message>
        <source>This database is empty. To fill it with demo data, choose File → Load Demo Data, or run “{command}” in a terminal.</source>
        <translation>这个数据库还是空的。如需填入演示数据，请选择“文件 → 加载演示数据”，或在终端中运行“{command}”。</translation>
    </message>
    <message>
        <source>The database is open.</source>
        <translation>数据库已打开。</translation>
    </message>
</context>
<context>
    <name>_ProblemForm</name>
    <message>
        <source>Describe the problem first.</source>
        <translation>请先填写问题描述。</translation>
    </message>
</context>
</TS>
