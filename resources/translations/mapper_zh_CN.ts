<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="+101"/>
        <source>All seven steps are done. Keep reviewing the numbers every week.</source>
        <translation>七个步骤都已完成。请继续每周检查这些数字。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of 7 steps of the method done. Next: step %1.</source>
        <translation>
            <numerusform>方法的 7 个步骤已完成 %n 个。下一步：第 %1 步。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../mapper/ui/language.py" line="+68"/>
        <source>&amp;Language</source>
        <extracomment>The settings key; &quot;&quot; (or absent) follows the system.</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapper will speak {language} the next time it starts. Your open map stays open as it is; nothing is lost.</source>
        <translation>mapper 下次启动时将使用{language}。当前打开的流程图保持原样，不会丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+291"/>
        <source>&amp;File</source>
        <extracomment>Edits settle this long before the journal is written. The zoom below which the canvas hides step texts is 0.4; open maps a little above it. File &gt; Open shows maps and diagrams together first: a draw.io file is one click away. Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Badges</source>
        <translation>标记(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Your system</source>
        <translation>你的系统</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That view is not available in this version.</source>
        <translation>此版本中没有该视图。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../mapper/analysis/report.py" line="+63"/>
        <source>Errors (fix these: the flow does not work as drawn)</source>
        <extracomment>How many entries of each long section the text report shows (--json has all).</extracomment>
        <translation>错误（请修正：按现在的画法，流程走不通）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (worth fixing: the map is unclear)</source>
        <translation>警告（值得修正：这张流程图不够清楚）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (tidy-ups)</source>
        <translation>提示（整理）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} step</source>
        <translation>{n} 个步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} steps</source>
        <translation>{n} 个步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} arrow</source>
        <translation>{n} 条箭头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} arrows</source>
        <translation>{n} 条箭头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} note</source>
        <translation>{n} 条提示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} notes</source>
        <translation>{n} 条提示</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No problems found: the flow is complete.</source>
        <translation>未发现问题：流程是完整的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: {errors}, {warnings}, {notes}</source>
        <translation>问题：{errors}，{warnings}，{notes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Critical steps (every customer depends on these: give each a checklist and an owner)</source>
        <translation>关键步骤（每位客户都依赖这些步骤：为每一步配一份清单和一位负责人）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could be automated (best first)</source>
        <translation>可以自动化（最合适的在前）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where to measure (count these every week)</source>
        <translation>在哪里衡量（每周统计这些数字）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Value per person who enters: {value}</source>
        <translation>每位进入者带来的价值：{value}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../mapper/analysis/rules.py" line="+72"/>
        <source>The map has no start. Add a start/end point (pill shape) such as &quot;New enquiry&quot; and draw an arrow from it to the first step, so it is clear where the system begins.</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step&apos;s branch probabilities may be from summing to 1.</extracomment>
        <translation>这张流程图没有起点。请添加一个起点/终点（胶囊形），例如“新咨询”，并从它画一条箭头到第一步，让人看清系统从哪里开始。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The map has no end. Add a start/end point (pill shape) such as &quot;New client&quot; and draw an arrow into it from the last step, so it is clear where the system stops.</source>
        <translation>这张流程图没有终点。请添加一个起点/终点（胶囊形），例如“新客户”，并从最后一步画一条箭头到它，让人看清系统在哪里结束。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{step} is a start/end point but has arrows both in and out. Make it an activity, or split it into an end and a separate start.</source>
        <translation>{step} 是起点/终点，却既有进入的箭头又有离开的箭头。请把它改成活动，或拆成一个终点和一个单独的起点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{step} is not connected to anything. Draw arrows to and from it, or delete it if it is not part of the system.</source>
        <translation>{step} 没有与任何步骤相连。请画出进出它的箭头；如果它不属于这个系统，就删除它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No start leads to {step}, so it never happens. Draw an arrow into it from the step that comes before it, or delete it.</source>
        <translation>没有任何起点通向 {step}，所以它永远不会发生。请从它的前一步画一条箭头到它，或者删除它。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The decision {step} has only one way out. Add a second arrow (for example &quot;No&quot;) or make it an activity.</source>
        <translation>判断 {step} 只有一个出口。请再加一条箭头（例如“否”），或把它改成活动。</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+17"/>
        <source>Know</source>
        <translation>认识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try</source>
        <translation>试用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>复购</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer</source>
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../mapper/ui/start_dialog.py" line="+111"/>
        <source>Start a map — mapper</source>
        <translation>新建流程图 — mapper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map your most profitable system</source>
        <translation>画出你最赚钱的系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a blank page or from a system other owners run, then make it yours.</source>
        <translation>从空白页开始，或从其他老板正在用的系统开始，再改成你自己的。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blank map</source>
        <translation>空白流程图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An empty canvas: draw your system step by step.</source>
        <translation>一张空白画布：一步一步画出你的系统。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recent maps</source>
        <translation>最近的流程图</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Maps you open appear here.</source>
        <translation>打开过的流程图会列在这里</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a map…</source>
        <translation>打开流程图…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>_StepRow</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="-48"/>
        <source>Show me</source>
        <translation>带我看看</translation>
    </message>
</context>
</TS>
