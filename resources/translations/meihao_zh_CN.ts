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
        <source>Tidying the photo folder</source>
        <translation>正在整理照片文件夹</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>正在加载演示数据</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Paired with this laptop&apos;s</source>
        <translation>与本机记录配对</translation>
    </message>
    <message>
        <source>Conflict: kept this laptop&apos;s</source>
        <translation>冲突：保留本机</translation>
    </message>
    <message>
        <source>Conflict: took the package&apos;s</source>
        <translation>冲突：采用数据包</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Show stored &amp;values</source>
        <translation>显示原始值(&amp;V)</translation>
    </message>
    <message>
        <source>Codes, ids and times as the database keeps them</source>
        <translation>代码、编号和时间按数据库中保存的原样显示</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All made on this computer</source>
        <translation>本机所有修改</translation>
    </message>
    <message>
        <source>All exchange packages</source>
        <translation>所有数据包</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>共 {n} 条记录</translation>
    </message>
    <message>
        <source>Change History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>操作人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>日期从(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search: community, value, name…</source>
        <translation>搜索：小区、数值、姓名…</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>考察人员</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>评选活动</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>考察</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Principle requirement</source>
        <translation>原则要求</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <source>Entered score</source>
        <translation>录入分数</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Exchange package</source>
        <translation>数据包</translation>
    </message>
</context>
<context>
    <name>AuditSources</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Exchange package {file}</source>
        <translation>数据包 {file}</translation>
    </message>
    <message>
        <source>Spreadsheet import {file}</source>
        <translation>表格导入 {file}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>this laptop: {local}  |  package: {incoming}</source>
        <translation>本机：{local}  |  数据包：{incoming}</translation>
    </message>
    <message>
        <source>Stored values:</source>
        <translation>原始值：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>At start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before package import</source>
        <translation>导入数据包前</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Backups are kept in: {folder}</source>
        <translation>备份保存在：{folder}</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>Reading the backups</source>
        <translation>读取备份</translation>
    </message>
    <message>
        <source>{n} backups.</source>
        <translation>共 {n} 份备份。</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backed up: {name}</source>
        <translation>已备份：{name}</translation>
    </message>
    <message>
        <source>Saving the setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>{c} communities, {i} inspections, {p} photos</source>
        <translation>{c} 个小区，{i} 次考察，{p} 张照片</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {time} ({reason})?

Database: {path}
It now holds: {now}.
The backup holds: {then}, newest inspection {newest}.

The current state is backed up first (reason: before restore), so you can go back to it. Photo files are not changed.</source>
        <translation>用 {time}（{reason}）的备份替换当前数据库吗？

数据库：{path}
当前内容：{now}。
备份内容：{then}，最近一次考察 {newest}。

恢复前会先自动备份当前数据（原因：恢复前），需要时可以再恢复回来。照片文件不会改动。</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>正在恢复备份</translation>
    </message>
    <message>
        <source>Backup restored. The state before was saved as {name}.</source>
        <translation>已恢复备份。恢复前的数据已备份为 {name}。</translation>
    </message>
    <message>
        <source>Backup and Restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>A backup is made automatically once a day when the program starts, before a schema upgrade and before each package import. Restoring replaces the whole database; the current state is backed up first.</source>
        <translation>程序每天启动时、数据库升级前和每次导入数据包前都会自动备份。恢复会替换整个数据库；恢复前会先备份当前数据。</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>保留最近(&amp;K)</translation>
    </message>
    <message>
        <source>backups of each kind</source>
        <translation>份（每种原因分别计）</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore Selected…</source>
        <translation>恢复所选(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>考察</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Newest inspection</source>
        <translation>最近考察</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>This backup cannot be read: {path}</source>
        <translation>此备份无法读取：{path}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Enter the campaign&apos;s name.</source>
        <translation>请填写评选活动名称。</translation>
    </message>
    <message>
        <source>There is already a campaign “{name}” for {year}: choose another name.</source>
        <translation>{year}年度已有名为“{name}”的评选活动，请换一个名称。</translation>
    </message>
    <message>
        <source>There is no scoring standard to choose: import one first (Tools → Import Standard (Excel)…).</source>
        <translation>没有可选的评分标准：请先导入（工具 → 导入评分标准 (Excel)…）。</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>新建评选活动</translation>
    </message>
    <message>
        <source>A campaign is one year&apos;s selection under one scoring standard; every inspection belongs to one.</source>
        <translation>评选活动是某一年度按一套评分标准开展的评选；每次考察都属于一个评选活动。</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>名称（必填）(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 2025 Haizhou District Beautiful Homes selection</source>
        <translation>例如：2025年度海州区“美好家园”小区评选</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>评分标准(&amp;S)：</translation>
    </message>
    <message>
        <source>The scoring standard every inspection of this campaign is scored by</source>
        <translation>本评选活动的每次考察都按此评分标准评分</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区县(&amp;D)：</translation>
    </message>
    <message>
        <source>The district (区县) running the selection; may stay empty</source>
        <translation>组织评选的区县；可不填</translation>
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
        <source>Export Recommendation Form…</source>
        <translation>导出推荐表…</translation>
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
    <name>CommunityDetailPanel</name>
    <message>
        <source>&amp;Save Recommendation</source>
        <translation>保存推荐意见(&amp;S)</translation>
    </message>
    <message>
        <source>Compare with &amp;Last Inspection…</source>
        <translation>与上次考察比较(&amp;L)…</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>推荐(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Do not recommend</source>
        <translation>不推荐(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>未定(&amp;U)</translation>
    </message>
    <message>
        <source>District property authority&apos;s &amp;opinion:</source>
        <translation>属地区物业管理主管部门意见(&amp;O)：</translation>
    </message>
    <message>
        <source>Sections (percent of weight)</source>
        <translation>各部分得分率（占该部分分值的百分比）</translation>
    </message>
    <message>
        <source>Select a community to see its scores</source>
        <translation>选择一个小区查看其得分</translation>
    </message>
    <message>
        <source>{community} — {standing}, total {total} ({district} {street})</source>
        <translation>{community} — {standing}，总分 {total}（{district} {street}）</translation>
    </message>
    <message>
        <source>no total yet</source>
        <translation>尚无总分</translation>
    </message>
    <message>
        <source>{community} — rank {rank}, total {total} ({district} {street})</source>
        <translation>{community} — 第 {rank} 名，总分 {total}（{district} {street}）</translation>
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
    <name>ComparisonDialog</name>
    <message>
        <source>Compare with Last Inspection — {community}</source>
        <translation>与上次考察比较 — {community}</translation>
    </message>
    <message>
        <source>{previous_campaign}: {previous} → {current_campaign}: {current}. {improved} items better, {worse} worse; {closed} rectifications closed in between.</source>
        <translation>{previous_campaign}：{previous} → {current_campaign}：{current}。{improved} 项提高，{worse} 项下降；期间销号整改 {closed} 项。</translation>
    </message>
    <message>
        <source>{item}: {problem} (closed {day} by {who})</source>
        <translation>{item}：{problem}（{day} 由 {who} 销号）</translation>
    </message>
    <message>
        <source>Rectifications closed in between:</source>
        <translation>期间销号的整改：</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上次</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>本次</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Rectifications closed since</source>
        <translation>期间销号的整改</translation>
    </message>
</context>
<context>
    <name>CompileTexts</name>
    <message>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Do not recommend</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Highest and lowest dropped</source>
        <translation>去掉最高最低分</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Facts missing</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <source>Principle requirement {code} failed ({who}): {text}</source>
        <translation>原则要求 {code} 未通过（{who}）：{text}</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>不参与排名</translation>
    </message>
    <message>
        <source>Not yet ranked</source>
        <translation>暂不排名</translation>
    </message>
    <message>
        <source>A community that fails a principle requirement or a prerequisite is not ranked, whatever its score:</source>
        <translation>不符合原则要求或申报条件的小区不参与排名（一票否决），无论得分多少：</translation>
    </message>
    <message>
        <source>Ranked once every principle requirement is checked and every prerequisite recorded:</source>
        <translation>原则要求全部核查、申报条件全部填写后参与排名，目前：</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>处理</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Copy Report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Something went wrong inside the program:
{error}

You can go on working: everything you entered was saved the moment you entered it. Please copy the report and send it to whoever supports you.</source>
        <translation>程序内部出错：
{error}

可以继续工作：您录入的内容在录入时已立即保存。请复制报告，发给技术支持人员。</translation>
    </message>
    <message>
        <source>Program Error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <source>The program ended abnormally the last time it ran. What it recorded is below; please copy the report and send it to whoever supports you. Everything saved before that moment is in the database.</source>
        <translation>上次运行时程序异常退出。以下是程序记录的信息，请复制报告，发给技术支持人员。退出之前保存的内容都在数据库中。</translation>
    </message>
    <message>
        <source>The Program Ended Abnormally Last Time</source>
        <translation>上次运行时程序异常退出</translation>
    </message>
    <message>
        <source>Reading crash logs</source>
        <translation>读取崩溃日志</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>Export Data Folder</source>
        <translation>导出数据文件夹</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>压缩文件 (*.zip)</translation>
    </message>
    <message>
        <source>The database, its photos and the signing keys were exported to:
{path}

On the new laptop, choose File → Import Data Folder… The zip holds your private keys: keep it safe.</source>
        <translation>数据库、照片和签名密钥已导出到：
{path}

在新电脑上选择 文件 → 导入数据文件夹…。压缩包中含有您的私钥，请妥善保管。</translation>
    </message>
    <message>
        <source>Exporting the data folder</source>
        <translation>正在导出数据文件夹</translation>
    </message>
    <message>
        <source>Import Data Folder</source>
        <translation>导入数据文件夹</translation>
    </message>
    <message>
        <source>Checking the data folder</source>
        <translation>正在检查数据文件夹</translation>
    </message>
    <message>
        <source>Import the data folder exported on {when}?
It holds {c} communities, {i} inspections and {p} photos.

It will be unpacked into: {folder}</source>
        <translation>导入 {when} 导出的数据文件夹吗？
其中有 {c} 个小区、{i} 次考察、{p} 张照片。

将解压到：{folder}</translation>
    </message>
    <message>
        <source>

The database {path} there already holds {c} communities and {i} inspections: it will be REPLACED. It is backed up first.</source>
        <translation>

该文件夹中的数据库 {path} 已有 {c} 个小区、{i} 次考察，导入后将被替换。替换前会先自动备份。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Data folder imported: {path}</source>
        <translation>数据文件夹已导入：{path}</translation>
    </message>
    <message>
        <source>Importing the data folder</source>
        <translation>正在导入数据文件夹</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
</context>
<context>
    <name>DigitalSignBox</name>
    <message>
        <source>&amp;Digital signature</source>
        <translation>数字签名(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>To sign PDF files digitally, first create a key under Tools → Key Management….</source>
        <translation>如需对 PDF 文件进行数字签名，请先在“工具 → 密钥管理…”中新建密钥。</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase.</source>
        <translation>请输入密钥口令。</translation>
    </message>
    <message>
        <source>Opening the key</source>
        <translation>正在打开密钥</translation>
    </message>
</context>
<context>
    <name>DistrictExportDialog</name>
    <message>
        <source>No seal yet: see Settings → Unit Seal…</source>
        <translation>尚未设置公章：见 设置 → 单位公章…</translation>
    </message>
    <message>
        <source>Folder for the Forms</source>
        <translation>推荐表保存文件夹</translation>
    </message>
    <message>
        <source>Choose the campaign and the folder.</source>
        <translation>请选择评选活动和文件夹。</translation>
    </message>
    <message>
        <source>Exporting the recommendation forms</source>
        <translation>正在导出推荐表</translation>
    </message>
    <message>
        <source>The export was cancelled; {count} forms were saved in
{folder}</source>
        <translation>导出已取消；已有 {count} 份推荐表保存在
{folder}</translation>
    </message>
    <message>
        <source>{count} recommendation forms were saved in
{folder}</source>
        <translation>已导出 {count} 份推荐表，保存在
{folder}</translation>
    </message>
    <message>
        <source>Export the District&apos;s Recommendation Forms</source>
        <translation>导出全区推荐表</translation>
    </message>
    <message>
        <source>One recommendation form per community of the campaign, named 推荐表-区县-小区.pdf, with the decisions, opinions and bureau signatures saved for each.</source>
        <translation>为评选活动中的每个小区生成一份推荐表，文件名为“推荐表-区县-小区.pdf”，含各小区已保存的推荐结论、意见和主管部门签名。</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>评选活动(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Stamp the unit &amp;seal on every form</source>
        <translation>每份推荐表加盖单位公章(&amp;S)</translation>
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
        <source>Submitted to the bureau, read-only</source>
        <translation>已提交主管部门，只读</translation>
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
    <name>EditorSubmitting</name>
    <message>
        <source>Submit Inspection</source>
        <translation>提交考察记录</translation>
    </message>
    <message>
        <source>Submit the inspection of {community} to the bureau?</source>
        <translation>将“{community}”的考察记录提交给主管部门？</translation>
    </message>
    <message>
        <source>Once submitted nobody can co-sign it any more, and the bureau&apos;s lists show it as submitted. Changing it afterwards needs unlocking (with a reason, kept in the change history).</source>
        <translation>提交后不能再会签，主管部门的列表中显示为“已提交”。之后如需修改，须先解锁（填写原因，记入操作记录）。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export the District&apos;s Recommendation Forms</source>
        <translation>导出全区推荐表</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有评选活动。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Score sheet-{community}-{inspector}-{date}</source>
        <translation>考察评分表-{community}-{inspector}-{date}</translation>
    </message>
    <message>
        <source>Export Score Sheet</source>
        <translation>导出评分表</translation>
    </message>
    <message>
        <source>The score sheet was saved as
{path}</source>
        <translation>评分表已保存为
{path}</translation>
    </message>
    <message>
        <source>It is signed digitally.</source>
        <translation>文件已进行数字签名。</translation>
    </message>
    <message>
        <source>Exporting the score sheet</source>
        <translation>正在导出评分表</translation>
    </message>
    <message>
        <source>Recommendation form-{district}-{community}</source>
        <translation>推荐表-{district}-{community}</translation>
    </message>
    <message>
        <source>Export Recommendation Form</source>
        <translation>导出推荐表</translation>
    </message>
    <message>
        <source>There is no campaign yet: start an inspection of the community first.</source>
        <translation>还没有评选活动：请先为该小区开始一次考察。</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>&amp;All inspections ({n})</source>
        <translation>全部考察记录（{n}）(&amp;A)</translation>
    </message>
    <message>
        <source>The inspection &amp;selected on the Inspections page ({n})</source>
        <translation>“考察”页中选中的考察记录（{n}）(&amp;S)</translation>
    </message>
    <message>
        <source>no community selected</source>
        <translation>未选择小区</translation>
    </message>
    <message>
        <source>The inspections of the &amp;current community, {name} ({n})</source>
        <translation>当前小区 {name} 的考察记录（{n}）(&amp;C)</translation>
    </message>
    <message>
        <source>Signed with this laptop&apos;s key as {name}.</source>
        <translation>将以 {name} 的名义用本机密钥签名。</translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>A package carries inspections with their scores, findings, photos, problems and signatures to the bureau (or another laptop). Which inspections?</source>
        <translation>数据包把考察记录连同评分、考察发现、照片、整改问题和签名带到主管部门（或另一台电脑）。导出哪些考察记录？</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Keys: Ctrl+Down / Ctrl+Up (or PgDown / PgUp) next and previous item · Ctrl+J next item without a score · digits type the points (1–4 pick a level, 1/2/0 a requirement) · Enter saves and moves on · Ctrl+D N/A · Delete (on the tree) clears the score · Ctrl+E finding text · Ctrl+R record a problem · Ctrl+Z / Ctrl+Shift+Z undo and redo · Esc back to the tree, then to the list</source>
        <translation>快捷键：Ctrl+↓ / Ctrl+↑（或 PgDown / PgUp）下一项、上一项 · Ctrl+J 下一个未评分项 · 数字键直接输入分数（等级项按 1–4，原则要求按 1/2/0）· Enter 保存并转到下一项 · Ctrl+D 不适用 · Delete（在评分项列表中）清除评分 · Ctrl+E 考察意见 · Ctrl+R 记录问题 · Ctrl+Z / Ctrl+Shift+Z 撤销、重做 · Esc 回到评分项列表，再按返回考察列表</translation>
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
    <name>ImportKeyDialog</name>
    <message>
        <source>Import a Key</source>
        <translation>导入密钥</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>密钥文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation>请选择密钥文件。</translation>
    </message>
    <message>
        <source>Enter the key file&apos;s passphrase.</source>
        <translation>请输入密钥文件的口令。</translation>
    </message>
    <message>
        <source>Importing the key</source>
        <translation>正在导入密钥</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12 or .pfx) with a private key and its certificate, e.g. one issued by a certification authority. It is copied into your keys folder.</source>
        <translation>含私钥和证书的 PKCS#12 文件（.p12 或 .pfx），例如由认证机构签发的证书。文件将复制到您的密钥文件夹中。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
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
    <name>InspectionDeletion</name>
    <message>
        <source>Delete Inspection</source>
        <translation>删除考察</translation>
    </message>
    <message>
        <source>Delete the inspection of {community}?</source>
        <translation>删除“{community}”的这条考察记录？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Inspector: {inspector}</source>
        <translation>考察人员：{inspector}</translation>
    </message>
    <message>
        <source>Visit date: {date}</source>
        <translation>考察日期：{date}</translation>
    </message>
    <message>
        <source>Deleted with it: {findings} scored items and findings, {checks} requirement checks, {photos} photos, {problems} problems to rectify.</source>
        <translation>将一并删除：评分及考察意见 {findings} 项、原则要求核查 {checks} 条、照片 {photos} 张、整改问题 {problems} 个。</translation>
    </message>
    <message>
        <source>Also {count} photos in its trash.</source>
        <translation>另有回收站中的照片 {count} 张。</translation>
    </message>
    <message>
        <source>{count} of the problems are already closed (verified).</source>
        <translation>其中 {count} 个整改问题已销号。</translation>
    </message>
    <message>
        <source>And {count} signatures of an earlier, unlocked signing.</source>
        <translation>以及此前签名（已解锁）留下的签名 {count} 个。</translation>
    </message>
    <message>
        <source>Until the program is closed or another database opened, Ctrl+Z on the list undoes this; every deleted record is kept in the change history.</source>
        <translation>在关闭程序或打开其他数据库之前，可在列表上按 Ctrl+Z 撤销；每条被删除的记录都保存在操作记录中。</translation>
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
        <source>Sign…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation>提交…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>Export score sheet…</source>
        <translation>导出评分表…</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>撤销：{what}（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Shift+Z / Ctrl+Y)</source>
        <translation>重做：{what}（Ctrl+Shift+Z / Ctrl+Y）</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <source>Back to unscored (Delete or Backspace on the item tree or the score buttons)</source>
        <translation>恢复为未评分（在评分项列表或评分按钮上按 Delete 或 Backspace）</translation>
    </message>
</context>
<context>
    <name>InspectionEntriesModel</name>
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
        <source>Visit</source>
        <translation>考察日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>On import</source>
        <translation>导入后</translation>
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
    <message>
        <source>Delete… (Del)</source>
        <translation>删除… (Del)</translation>
    </message>
    <message>
        <source>Delete the selected inspection (only if it is not signed)</source>
        <translation>删除选中的考察记录（仅限未签名的）</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建评选活动…</translation>
    </message>
    <message>
        <source>Create a campaign (评选活动): name, year, scoring standard, district</source>
        <translation>新建评选活动：名称、年度、评分标准、区县</translation>
    </message>
    <message>
        <source>Delete inspection…</source>
        <translation>删除考察…</translation>
    </message>
    <message>
        <source>Undo deletion</source>
        <translation>撤销删除</translation>
    </message>
</context>
<context>
    <name>InspectorScoresModel</name>
    <message>
        <source>Inspector</source>
        <translation>考察人员</translation>
    </message>
    <message>
        <source>Visit</source>
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
        <source>Failed</source>
        <translation>未通过项</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
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
    <name>KeyMatchesModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>包中</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>On import</source>
        <translation>导入时</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>评选活动</translation>
    </message>
    <message>
        <source>Merged with the one of the same name here</source>
        <translation>与本机的同名记录合并为同一条</translation>
    </message>
    <message>
        <source>Merged as before</source>
        <translation>按以前的合并记录并入本机</translation>
    </message>
    <message>
        <source>Not merged: {n} of this name in the package; comes in as new</source>
        <translation>未合并：包中有 {n} 条同名记录，作为新记录导入</translation>
    </message>
    <message>
        <source>Not merged: {n} of this name here; comes in as new</source>
        <translation>未合并：本机有 {n} 条同名记录，作为新记录导入</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>证书主体</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>{subject}
File: {path}</source>
        <translation>{subject}
文件：{path}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys folder: {path}</source>
        <translation>密钥文件夹：{path}</translation>
    </message>
    <message>
        <source>Key Management</source>
        <translation>密钥管理</translation>
    </message>
    <message>
        <source>Keys sign exported PDF files digitally, so that anyone can check that a file was not changed after signing. The default key is offered first when exporting.</source>
        <translation>密钥用于对导出的 PDF 文件进行数字签名，任何人都可以据此核查文件在签名后是否被修改。导出时优先使用默认密钥。</translation>
    </message>
    <message>
        <source>&amp;New Personal Key…</source>
        <translation>新建个人密钥(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import .p12/.pfx…</source>
        <translation>导入 .p12/.pfx(&amp;I)…</translation>
    </message>
    <message>
        <source>Use as &amp;Default</source>
        <translation>设为默认(&amp;D)</translation>
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
        <source>New Campaign…</source>
        <translation>新建评选活动…</translation>
    </message>
    <message>
        <source>Backup and Restore…</source>
        <translation>备份与恢复…</translation>
    </message>
    <message>
        <source>Export Data Folder…</source>
        <translation>导出数据文件夹…</translation>
    </message>
    <message>
        <source>Import Data Folder…</source>
        <translation>导入数据文件夹…</translation>
    </message>
    <message>
        <source>Export District Recommendation Forms…</source>
        <translation>导出全区推荐表…</translation>
    </message>
    <message>
        <source>Export Package…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <source>Import Package…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <source>Export Summary (Excel)…</source>
        <translation>导出汇总表 (Excel)…</translation>
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
        <source>Change History…</source>
        <translation>操作记录…</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Verify PDF Signatures…</source>
        <translation>验证 PDF 签名…</translation>
    </message>
    <message>
        <source>Key Management…</source>
        <translation>密钥管理…</translation>
    </message>
    <message>
        <source>Import Standard (Excel)…</source>
        <translation>导入评分标准 (Excel)…</translation>
    </message>
    <message>
        <source>Export Standard (Excel)…</source>
        <translation>导出评分标准 (Excel)…</translation>
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
        <source>Unit Seal…</source>
        <translation>单位公章…</translation>
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
        <source>Create a campaign (name, year, standard, district) and choose it</source>
        <translation>新建评选活动（名称、年度、评分标准、区县）并选中它</translation>
    </message>
    <message>
        <source>N&amp;ew campaign…</source>
        <translation>新建评选活动(&amp;E)…</translation>
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
    <name>NewKeyDialog</name>
    <message>
        <source>Enter the name the key signs with.</source>
        <translation>请输入签名所用的姓名。</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Creating the key</source>
        <translation>正在生成密钥</translation>
    </message>
    <message>
        <source>New Personal Key</source>
        <translation>新建个人密钥</translation>
    </message>
    <message>
        <source>The key signs exported PDF files in your name. Keep the passphrase to yourself: whoever knows it can sign as you. It cannot be recovered if forgotten.</source>
        <translation>该密钥以您的名义对导出的 PDF 文件签名。请妥善保管口令：知道口令的人即可以您的名义签名。口令遗忘后无法找回。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Newer here</source>
        <translation>本机较新</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s</source>
        <translation>保留本机</translation>
    </message>
    <message>
        <source>Take the package&apos;s</source>
        <translation>采用数据包</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>Export Package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>There are no inspections to export yet.</source>
        <translation>还没有可导出的考察记录。</translation>
    </message>
    <message>
        <source>Exchange packages (*.meihao)</source>
        <translation>数据包 (*.meihao)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>正在导出数据包</translation>
    </message>
    <message>
        <source>Exported {inspections} inspections and {photos} photos to:
{path}

Signed by {signer}, key fingerprint:
{fingerprint}</source>
        <translation>已导出 {inspections} 次考察、{photos} 张照片到：
{path}

签名人 {signer}，密钥指纹：
{fingerprint}</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>Import Package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Exchange packages (*.meihao);;All files (*)</source>
        <translation>数据包 (*.meihao);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>正在检查数据包</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>正在导入数据包</translation>
    </message>
    <message>
        <source>Imported {file}: {added} records added, {updated} updated; conflicts: {incoming} taken from the package, {local} kept from this laptop; {photos} new photos.</source>
        <translation>已导入 {file}：新增 {added} 条记录，更新 {updated} 条；冲突中采用数据包 {incoming} 处，保留本机 {local} 处；新照片 {photos} 张。</translation>
    </message>
    <message>
        <source>Nothing new in {file}: it was imported before.</source>
        <translation>{file} 中没有新内容：此前已导入。</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <source>Import Package — {file}</source>
        <translation>导入数据包 — {file}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>These communities and campaigns were created separately on the laptop. Each one with the same name (and district) as one here is merged with it, so that every inspector&apos;s scores are compiled together; later changes made to it on the laptop arrive as changes of the one here.</source>
        <translation>这些小区和评选活动是在考察人员的电脑上另行建立的。与本机名称（及区县）相同的，合并为本机的同一条记录，以便汇总时合计各位考察人员的评分；以后在那台电脑上对它的修改，也作为对本机这条记录的修改导入。</translation>
    </message>
    <message>
        <source>&amp;Merged by name ({n})</source>
        <translation>同名合并（{n}）(&amp;M)</translation>
    </message>
    <message>
        <source>…and {n} more (see the Merged by name tab).</source>
        <translation>……另有 {n} 条（见“同名合并”页）。</translation>
    </message>
    <message>
        <source>community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>评选活动</translation>
    </message>
    <message>
        <source>The package&apos;s {kind} “{name}”{details} is merged with the {kind} of the same name here.</source>
        <translation>包中的{kind}「{name}」{details}与本机已有的同名{kind}合并为同一{kind}。</translation>
    </message>
    <message>
        <source>The package holds {n} of {kind} “{name}”{details}: none is merged with the one here; they come in as new ones.</source>
        <translation>包中有 {n} 条{kind}「{name}」{details}，无法确定哪一条是本机的同名{kind}，均未合并，将作为新的{kind}导入。</translation>
    </message>
    <message>
        <source>The package&apos;s {kind} “{name}”{details} is not merged: there are {n} of that name here, and which one is meant is unclear. It comes in as a new one.</source>
        <translation>包中的{kind}「{name}」{details}未合并：本机有 {n} 个同名{kind}，无法确定是哪一个，将作为新的{kind}导入。</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({n})</source>
        <translation>冲突（{n}）(&amp;O)</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>changed by {who} at {when} (version {version})</source>
        <translation>{who} 于 {when} 修改（版本 {version}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Nothing new: everything in this package is already here.</source>
        <translation>没有新内容：数据包中的一切本机都已有。</translation>
    </message>
    <message>
        <source>Importing adds {added} records and updates {updated}; {conflicts} conflicts, {undecided} still to decide.</source>
        <translation>导入将新增 {added} 条记录、更新 {updated} 条；冲突 {conflicts} 处，其中 {undecided} 处尚未选择。</translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>The signature proves the package was not changed after it was signed with this key. Compare the key fingerprint with the one shown on the inspector&apos;s laptop the first time you receive a package from it.</source>
        <translation>签名证明数据包在用该密钥签名后未被修改。第一次收到某台电脑的数据包时，请将密钥指纹与考察人员电脑上显示的指纹核对。</translation>
    </message>
    <message>
        <source>&amp;Inspections</source>
        <translation>考察记录(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>变化(&amp;C)</translation>
    </message>
    <message>
        <source>Keep &amp;this laptop&apos;s</source>
        <translation>保留本机(&amp;T)</translation>
    </message>
    <message>
        <source>Take the &amp;package&apos;s</source>
        <translation>采用数据包(&amp;P)</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s for &amp;all</source>
        <translation>全部保留本机(&amp;A)</translation>
    </message>
    <message>
        <source>Take the package&apos;s for a&amp;ll</source>
        <translation>全部采用数据包(&amp;L)</translation>
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
    <name>PhotoImport</name>
    <message>
        <source>Importing photos</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <source>Imported {n} photos</source>
        <translation>已导入 {n} 张</translation>
    </message>
    <message>
        <source>{n} of them back from the trash</source>
        <translation>其中 {n} 张从回收站恢复</translation>
    </message>
    <message>
        <source>{n} already attached</source>
        <translation>已存在 {n} 张</translation>
    </message>
    <message>
        <source>{n} files failed</source>
        <translation>{n} 个文件未能导入</translation>
    </message>
    <message>
        <source>cancelled: {n} files not imported</source>
        <translation>已取消：{n} 个文件未导入</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Photo import</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details)</source>
        <translation>……另有 {n} 个（见“显示详细信息”）</translation>
    </message>
    <message>
        <source>These files were not imported:</source>
        <translation>以下文件未能导入：</translation>
    </message>
    <message>
        <source>No photos (JPEG, PNG, HEIC, HEIF) were found there.</source>
        <translation>所选位置中没有找到照片（JPEG、PNG、HEIC、HEIF）。</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>(no caption)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <source>Item {code}</source>
        <translation>评分项 {code}</translation>
    </message>
    <message>
        <source>Taken {time}</source>
        <translation>拍摄于 {time}</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>编辑说明</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos or folders here, or press Ctrl+Shift+P.</source>
        <translation>还没有照片。可将照片或文件夹拖到这里，或按 Ctrl+Shift+P 添加。</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>没有照片。</translation>
    </message>
    <message>
        <source>Photos of {code} ({n})</source>
        <translation>{code} 的照片（{n}）</translation>
    </message>
    <message>
        <source>All photos ({n})</source>
        <translation>全部照片（{n}）</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>照片 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Photos are being imported; try again after.</source>
        <translation>正在导入照片，请稍后再试。</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>正在导入照片…</translation>
    </message>
    <message>
        <source>{n} photos linked to {code}</source>
        <translation>{n} 张照片已关联到 {code}</translation>
    </message>
    <message>
        <source>{n} photos linked to no item</source>
        <translation>{n} 张照片已取消关联评分项</translation>
    </message>
    <message>
        <source>{n} photos moved to the trash (Trash… brings them back)</source>
        <translation>{n} 张照片已移到回收站（可在“回收站…”中恢复）</translation>
    </message>
    <message>
        <source>Link to item</source>
        <translation>关联到评分项</translation>
    </message>
    <message>
        <source>No item</source>
        <translation>不关联评分项</translation>
    </message>
    <message>
        <source>Principle requirements</source>
        <translation>原则要求</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The photo file is missing or unreadable.</source>
        <translation>照片文件缺失或无法读取。</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <source>Item {code}</source>
        <translation>评分项 {code}</translation>
    </message>
    <message>
        <source>Taken {time}</source>
        <translation>拍摄于 {time}</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>相机：{camera}</translation>
    </message>
    <message>
        <source>GPS: {position}</source>
        <translation>GPS：{position}</translation>
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
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区</translation>
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
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>Scorers</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Principle requirements</source>
        <translation>原则要求</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>申报条件</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Entered by the bureau (0–100); double-click or F2 to edit</source>
        <translation>由主管部门录入（0–100）；双击或按 F2 编辑</translation>
    </message>
    <message>
        <source>Missing: {parts}</source>
        <translation>缺少：{parts}</translation>
    </message>
    <message>
        <source>Mean of all {n}: {mean}</source>
        <translation>全部 {n} 人的平均分：{mean}</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>No seal yet: see Settings → Unit Seal…</source>
        <translation>尚未设置公章：见“设置 → 单位公章…”</translation>
    </message>
    <message>
        <source>Choose the campaign.</source>
        <translation>请选择评选活动。</translation>
    </message>
    <message>
        <source>Enter the name of who signs.</source>
        <translation>请输入签名人姓名。</translation>
    </message>
    <message>
        <source>Export Recommendation Form</source>
        <translation>导出推荐表</translation>
    </message>
    <message>
        <source>Exporting the recommendation form</source>
        <translation>正在导出推荐表</translation>
    </message>
    <message>
        <source>The recommendation form was saved as
{path}</source>
        <translation>推荐表已保存为
{path}</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>评选活动(&amp;C)：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>推荐结论：</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>推荐(&amp;R)</translation>
    </message>
    <message>
        <source>Do &amp;not recommend</source>
        <translation>不推荐(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>未定(&amp;U)</translation>
    </message>
    <message>
        <source>District bureau&apos;s &amp;opinion:</source>
        <translation>属地区物业管理主管部门意见(&amp;O)：</translation>
    </message>
    <message>
        <source>The opinion printed in the bureau&apos;s box of the form</source>
        <translation>印在推荐表主管部门意见栏中的意见</translation>
    </message>
    <message>
        <source>Bureau signature (optional)</source>
        <translation>主管部门签名（可选）</translation>
    </message>
    <message>
        <source>Signer &amp;name:</source>
        <translation>签名人(&amp;N)：</translation>
    </message>
    <message>
        <source>Undo stroke (Ctrl+Z)</source>
        <translation>撤销一笔 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Stamp the unit &amp;seal</source>
        <translation>加盖单位公章(&amp;S)</translation>
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
    <name>RenderPoolOwner</name>
    <message>
        <source>Preparing the PDF export</source>
        <translation>正在准备导出 PDF</translation>
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
        <source>Back to unscored (Delete on the item tree or the score buttons)</source>
        <translation>恢复为未评分（在评分项列表或评分按钮上按 Delete）</translation>
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
    <name>SealDialog</name>
    <message>
        <source>Reading the seal</source>
        <translation>正在读取公章</translation>
    </message>
    <message>
        <source>No seal yet.</source>
        <translation>尚未设置公章。</translation>
    </message>
    <message>
        <source>Seal: {width} × {height} pixels.</source>
        <translation>公章：{width} × {height} 像素。</translation>
    </message>
    <message>
        <source>Choose the Seal Image</source>
        <translation>选择公章图片</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>图片 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Preparing the seal</source>
        <translation>正在处理公章图片</translation>
    </message>
    <message>
        <source>Saving the seal</source>
        <translation>正在保存公章</translation>
    </message>
    <message>
        <source>Unit Seal</source>
        <translation>单位公章</translation>
    </message>
    <message>
        <source>The seal is printed in the bureau&apos;s opinion box of the recommendation forms. Choose a PNG with a transparent background, or a scan of the seal stamped on white paper: the paper becomes transparent and the ink seal red.</source>
        <translation>公章印在推荐表的主管部门意见栏中。请选择透明背景的 PNG 图片，或盖在白纸上的公章扫描件：纸张部分将变为透明，印迹变为印章红色。</translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation>选择图片(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove Seal</source>
        <translation>删除公章(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SealPreview</name>
    <message>
        <source>(no seal)</source>
        <translation>（无公章）</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <source>Section scores as percent of each section&apos;s weight</source>
        <translation>各部分得分占该部分分值的百分比</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>尚无评分</translation>
    </message>
    <message>
        <source>{title}: {percent}
Inspectors: {marks}</source>
        <translation>{title}：{percent}
各考察人员：{marks}</translation>
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
    <name>SignDialog</name>
    <message>
        <source>Inspector</source>
        <translation>考察人员</translation>
    </message>
    <message>
        <source>Expert reviewer</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>District property bureau</source>
        <translation>区物业主管部门</translation>
    </message>
    <message>
        <source>{community} ({district}), inspected by {inspector} on {date}</source>
        <translation>{community}（{district}），考察人员 {inspector}，考察日期 {date}</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation>请输入签名人姓名。</translation>
    </message>
    <message>
        <source>Sign in the box first.</source>
        <translation>请先在签名框内签名。</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>正在签名</translation>
    </message>
    <message>
        <source>Sign the Score Sheet</source>
        <translation>签署考察评分表</translation>
    </message>
    <message>
        <source>Signer &amp;name:</source>
        <translation>签名人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Sign in the box below with the mouse, touchpad or a pen:</source>
        <translation>请用鼠标、触控板或手写笔在下框中签名：</translation>
    </message>
    <message>
        <source>&amp;Undo stroke (Ctrl+Z)</source>
        <translation>撤销一笔(&amp;U) (Ctrl+Z)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>After signing, the inspection is read-only; changing it again needs Unlock… with a reason.</source>
        <translation>签名后考察记录变为只读；如需再修改，须通过“解锁…”并说明原因。</translation>
    </message>
</context>
<context>
    <name>SignOptionsDialog</name>
    <message>
        <source>Digital Signature</source>
        <translation>数字签名</translation>
    </message>
</context>
<context>
    <name>SignatureCheckModel</name>
    <message>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Covers whole file</source>
        <translation>覆盖全文</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Signature field: {name}</source>
        <translation>签名域：{name}</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未被修改</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已被修改</translation>
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
        <source>Issued by a trusted authority</source>
        <translation>由受信任的机构签发</translation>
    </message>
    <message>
        <source>Self-signed or unknown issuer</source>
        <translation>自签名或签发者未知</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Reading the keys</source>
        <translation>正在读取密钥</translation>
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
    <name>StandardsExcel</name>
    <message>
        <source>Import Standard from Excel</source>
        <translation>从 Excel 导入评分标准</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the standard</source>
        <translation>正在读取评分标准</translation>
    </message>
    <message>
        <source>Imported the standard {title} ({id}, version {version}): {sections} sections, {items} items. New campaigns can use it now.</source>
        <translation>已导入评分标准 {title}（{id}，版本 {version}）：{sections} 个部分，{items} 个评分项。新建评选活动时即可选用。</translation>
    </message>
    <message>
        <source>Saving the standard</source>
        <translation>正在保存评分标准</translation>
    </message>
    <message>
        <source>A standard with the id {id} was imported before. Replace it?

Campaigns using it will be scored by the new version.</source>
        <translation>此前已导入编号为 {id} 的评分标准。是否替换？

使用该标准的评选活动将按新版本计分。</translation>
    </message>
    <message>
        <source>Export Standard to Excel</source>
        <translation>导出评分标准到 Excel</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>评分标准：</translation>
    </message>
    <message>
        <source>Exporting the standard</source>
        <translation>正在导出评分标准</translation>
    </message>
    <message>
        <source>Exported the standard {title} to:
{path}</source>
        <translation>已将评分标准 {title} 导出到：
{path}</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>Campaign: {name}</source>
        <translation>评选活动：{name}</translation>
    </message>
    <message>
        <source> — only {where}</source>
        <translation> — 仅 {where}</translation>
    </message>
    <message>
        <source>Export Summary Workbook</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the summary workbook</source>
        <translation>正在导出汇总表</translation>
    </message>
    <message>
        <source>Exported {communities} communities, {inspections} inspections and {rectifications} problems to:
{path}</source>
        <translation>已导出 {communities} 个小区、{inspections} 次考察、{rectifications} 个整改问题到：
{path}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>SummaryExportDialog</name>
    <message>
        <source>Export Summary Workbook</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <source>&amp;Red list from (total ≥):</source>
        <translation>红榜分数线（总分 ≥）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Black list below (total &lt;):</source>
        <translation>黑榜分数线（总分 &lt;）(&amp;B)：</translation>
    </message>
    <message>
        <source>The red list takes communities at or above the red line that meet every principle requirement; the black list those below the black line or failing a requirement.</source>
        <translation>红榜：总分不低于红榜分数线且符合全部原则要求的小区；黑榜：总分低于黑榜分数线或有原则要求未通过的小区。</translation>
    </message>
    <message>
        <source>The black line may not be above the red line.</source>
        <translation>黑榜分数线不能高于红榜分数线。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Export Summary (&amp;Excel)…</source>
        <translation>导出汇总表 (&amp;Excel)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>评选活动(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区县(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>街道(&amp;T)：</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>{rows} communities, {ranked} ranked</source>
        <translation>{rows} 个小区，{ranked} 个已排名</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Photo trash</source>
        <translation>照片回收站</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>Photos in the trash are left out of reports; emptying deletes them.</source>
        <translation>回收站中的照片不会出现在报告中；清空回收站将永久删除这些照片。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Delete the {n} photos in the trash for good? This cannot be undone.</source>
        <translation>永久删除回收站中的 {n} 张照片？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>正在清空回收站</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Hide this bar; Ctrl+Z on the list still undoes</source>
        <translation>隐藏此提示；在列表上按 Ctrl+Z 仍可撤销</translation>
    </message>
    <message>
        <source>Deleted the inspection {what}.</source>
        <translation>已删除考察记录：{what}。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Give the reason for unlocking.</source>
        <translation>请填写解锁原因。</translation>
    </message>
    <message>
        <source>Unlock the Inspection</source>
        <translation>解锁考察记录</translation>
    </message>
    <message>
        <source>Unlocking takes the signed inspection back to draft so that it can be changed. The signatures of this signing no longer count: it must be signed again. The reason is kept in the change history.</source>
        <translation>解锁后，已签名的考察记录退回草稿状态，可以再修改。本次签名随之失效，修改后须重新签名。解锁原因将记入修改记录。</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>解锁原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the signed record must change</source>
        <translation>为什么需要修改已签名的记录</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify PDF Signatures</source>
        <translation>验证 PDF 签名</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose a PDF file, or drop one onto this window</source>
        <translation>选择 PDF 文件，或将文件拖到此窗口</translation>
    </message>
    <message>
        <source>&amp;Choose PDF…</source>
        <translation>选择 PDF(&amp;C)…</translation>
    </message>
    <message>
        <source>Integrity says whether the signed content is unchanged. Keys made in this program have self-signed certificates: they show that a file was not changed after signing, not who the signer is; only a certificate from a recognised authority vouches for that.</source>
        <translation>完整性表示签名的内容是否未被改动。本程序生成的密钥使用自签名证书：它能证明文件在签名后未被修改，但不能证明签名人的身份；只有受认可机构签发的证书才能证明身份。</translation>
    </message>
    <message>
        <source>Drop a signed PDF here, or choose one.</source>
        <translation>将已签名的 PDF 拖到这里，或点击“选择 PDF…”。</translation>
    </message>
    <message>
        <source>Choose a PDF File</source>
        <translation>选择 PDF 文件</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Verifying the signatures</source>
        <translation>正在验证签名</translation>
    </message>
    <message>
        <source>Signature valid: the file was not changed</source>
        <translation>签名有效，文件签名后未被修改</translation>
    </message>
    <message>
        <source>Signature valid: only other signatures were added after it</source>
        <translation>签名有效，签名后仅追加了其他签名</translation>
    </message>
    <message>
        <source>The file was changed after signing</source>
        <translation>文件在签名后被修改</translation>
    </message>
    <message>
        <source>The signature is damaged</source>
        <translation>签名已损坏</translation>
    </message>
    <message>
        <source>The file has no digital signature</source>
        <translation>文件中没有数字签名</translation>
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
