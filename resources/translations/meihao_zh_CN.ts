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
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>SaveState</name>
    <message>
        <source>All changes saved ({time})</source>
        <translation>所有修改已保存（{time}）</translation>
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
</TS>
