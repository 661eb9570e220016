<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../mapper/ui/canvas/scene.py" line="+508" />
        <source>MapScene</source>
        <comment>Owner: {0}</comment>
        <extracomment>How far from a moved step the arrows that might now route differently are looked for. Items per invisible parent layer (see ``Layer``). Emitted after the scene caught up with a change (for the overview cache and the view). Swimlane bands as the steps stand (drawn by the view's background); kept as they were while a drag is under way (``bands_frozen``).</extracomment>
        <translation>MapScene</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MapScene</source>
        <comment>Owner: nobody yet</comment>
        <translation>MapScene</translation>
    </message>
    <message>
        <location line="+4" />
        <source>MapScene</source>
        <comment>Answers for the metric: {0}</comment>
        <translation>MapScene</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../mapper/ui/analysis_runner.py" line="+141" />
        <source>Checking the map before it goes out…</source>
        <extracomment>Maps with more steps than this are analysed on a worker thread.</extracomment>
        <translation>正在发出前检查流程图…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../mapper/ui/canvas/view.py" line="+686" />
        <source>Select one step to connect from, then choose where it leads.</source>
        <extracomment>Mime type of a shape dragged from the palette (its data is the kind). Mime type of copied steps and arrows: a mapper JSON fragment. Space between a step and the next one quick-add creates. Room kept between a pasted or duplicated shape and the shapes already there. Below this zoom a big map is shown as one cached overview picture. The grid is drawn only when its dots are at least this far apart on screen. Air kept between an overlay (the legend card) and the steps fit to window shows. A short message for the status bar (e.g. why an edit was refused).</extracomment>
        <translation>先选中一个要连出的步骤，再选择它通往哪里。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Notes take no part in the flow, so arrows cannot touch them.</source>
        <translation>备注不参与流程，所以箭头不能连到备注上。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <location filename="../../mapper/ui/changed_banner.py" line="+47" />
        <source>Reload Theirs</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep Mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Mine As…</source>
        <translation>将我的版本另存为…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“{name}” was changed on disk by someone else, and you have changes here that are not saved.</source>
        <translation>“{name}”已被别人在磁盘上修改，而你这里还有未保存的更改。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{name}” was deleted or moved on disk. Your map is still open here; save it to keep it.</source>
        <translation>“{name}”已在磁盘上被删除或移走。你的流程图仍在这里打开着，请保存以免丢失。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../mapper/ui/printing.py" line="+174" />
        <source>Owner's edition</source>
        <extracomment>The smallest print preview: wide enough for its whole toolbar, tall enough for a page.</extracomment>
        <translation>老板版</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>加入员工用不到的内容：自动化建议、步骤为何关键、你在方法中进行到哪一步</translation>
    </message>
</context>
<context>
    <name>Counting</name>
    <message>
        <location filename="../../mapper/model/counting.py" line="+25" />
        <source>{n} step</source>
        <translation>{n} 个步骤</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} steps</source>
        <translation>{n} 个步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} arrow</source>
        <translation>{n} 条箭头</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} arrows</source>
        <translation>{n} 条箭头</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} note</source>
        <translation>{n} 条备注</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} notes</source>
        <translation>{n} 条备注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} start/end point</source>
        <translation>{n} 个起点/终点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} start/end points</source>
        <translation>{n} 个起点/终点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} activity</source>
        <translation>{n} 个活动</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} activities</source>
        <translation>{n} 个活动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} decision</source>
        <translation>{n} 个判断</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} decisions</source>
        <translation>{n} 个判断</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mapper/ui/export_dialog.py" line="+99" />
        <source>The map's title above it</source>
        <translation>在上方显示流程图标题</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <location filename="../../mapper/ui/funnel_panel.py" line="+114" />
        <source>Measure over the last</source>
        <extracomment>Slider positions per 100%: tenths of a percent.</extracomment>
        <translation>统计最近</translation>
    </message>
    <message>
        <location line="+4" />
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+2" />
        <source>EUR</source>
        <translation>CNY</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The ISO code of the money on this map (EUR, USD, GBP...)</source>
        <translation>这张流程图所用货币的 ISO 代码（CNY、USD、EUR…）</translation>
    </message>
    <message>
        <location line="+28" />
        <source>per 100 entrants</source>
        <translation>每 100 位进入者</translation>
    </message>
    <message>
        <location line="+4" />
        <source>before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <location line="+2" />
        <source>after</source>
        <translation>调整后</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use measured</source>
        <translation>采用实测值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the measured probabilities into the map (one undo step)</source>
        <translation>把实测的概率写入流程图（可一步撤销）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the what-if into the map (one undo step)</source>
        <translation>把假设的结果写入流程图（可一步撤销）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the probabilities on the map</source>
        <translation>恢复为流程图上的概率</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Measured over {0} to {1}: {2} of {3} weeks have numbers.</source>
        <translation>统计期间 {0} 至 {1}：{3} 周中有 {2} 周有数字。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No numbers logged yet: the funnel uses the probabilities on the map. Log counts per week to measure them.</source>
        <translation>还没有记录任何数字：漏斗使用流程图上的概率。每周记录数量，就能测出实际概率。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>On the measured probabilities: {0:.1f} goal outcomes per 100, {1} per entrant.</source>
        <translation>按实测概率：每 100 人达成目标 {0:.1f} 个，每位进入者带来 {1}。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Guessed</source>
        <translation>估计</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What if</source>
        <translation>假如</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+13" />
        <source>Measured over {0} to {1}</source>
        <translation>统计期间 {0} 至 {1}</translation>
    </message>
    <message>
        <location line="-4" />
        <source>No decision on this map yet: add one with two or more branches to see what changing it would bring.</source>
        <translation>这张流程图还没有判断：添加一个有两个或更多分支的判断，就能看到改变它会带来什么。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No funnel yet: give every branch of every decision a probability and fix the errors in Findings.</source>
        <translation>还没有漏斗：请给每个判断的每个分支设定概率，并修正“检查结果”中的错误。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Goal outcomes per 100 entrants:&lt;/b&gt; {0} → {1}{2}</source>
        <translation>&lt;b&gt;每 100 位进入者的目标达成数：&lt;/b&gt;{0} → {1}{2}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Value per entrant:&lt;/b&gt; {0} → {1}{2}</source>
        <translation>&lt;b&gt;每位进入者带来的价值：&lt;/b&gt;{0} → {1}{2}</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Use Measured Probabilities</source>
        <translation>采用实测概率</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep What-if</source>
        <translation>保留假设结果</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A currency is a three-letter ISO code such as EUR, USD or GBP.</source>
        <translation>货币代码是三个字母的 ISO 代码，例如 CNY、USD 或 EUR。</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="+101" />
        <source>All seven steps are done. Keep reviewing the numbers every week.</source>
        <translation>七个步骤都已完成。请继续每周检查这些数字。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of 7 steps of the method done. Next: step %1.</source>
        <translation>
            <numerusform>方法的 7 个步骤已完成 %n 个。下一步：第 %1 步。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../mapper/ui/language.py" line="+53" />
        <source>&amp;Language</source>
        <extracomment>The settings key; "" (or absent) follows the system.</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>System ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mapper will speak {language} the next time it starts. Your open map stays open as it is; nothing is lost.</source>
        <translation>mapper 下次启动时将使用{language}。当前打开的流程图保持原样，不会丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+301" />
        <source>&amp;File</source>
        <extracomment>Edits settle this long before the journal is written. File &gt; Open shows maps and diagrams together first: a draw.io file is one click away. Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Add Step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Badges</source>
        <translation>标记(&amp;B)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Lanes</source>
        <translation>泳道(&amp;L)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Your system</source>
        <translation>你的系统</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quarterly Review…</source>
        <translation>季度复盘(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Weekly review</source>
        <translation>每周复盘</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Weekly Review</source>
        <translation>每周复盘(&amp;W)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Accountability Chart</source>
        <translation>责任图(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who answers for each step, metric and priority</source>
        <translation>每个步骤、指标和重点事项由谁负责</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;No Lanes</source>
        <translation>不分泳道(&amp;N)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By &amp;Owner</source>
        <translation>按负责人(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By &amp;Stage</source>
        <translation>按阶段(&amp;S)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Accountability</source>
        <translation>责任</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Lanes by Owner</source>
        <translation>按负责人分泳道</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lanes by Stage</source>
        <translation>按阶段分泳道</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No Lanes</source>
        <translation>不分泳道</translation>
    </message>
    <message>
        <location line="+10" />
        <source>That view is not available in this version.</source>
        <translation>此版本中没有该视图。</translation>
    </message>
    <message>
        <location line="+382" />
        <source>Imported {name}: {counts}</source>
        <translation>已导入 {name}：{counts}</translation>
    </message>
</context>
<context>
    <name>MoveGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="+124" />
        <source>Move to lane {0}</source>
        <extracomment>Pixels the mouse must travel before a press becomes a drag.</extracomment>
        <translation>移到泳道 {0}</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../mapper/ui/properties_panel.py" line="+669" />
        <source>e.g. 1200 {0}</source>
        <extracomment>The checklist box grows with its items up to this many rows.</extracomment>
        <translation>例如 1200 {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cost in {0}</source>
        <translation>成本（{0}）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Money in {0}</source>
        <translation>金额单位：{0}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../mapper/analysis/report.py" line="+65" />
        <source>Errors (fix these: the flow does not work as drawn)</source>
        <extracomment>How many entries of each long section the text report shows (--json has all).</extracomment>
        <translation>错误（请修正：按现在的画法，流程走不通）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings (worth fixing: the map is unclear)</source>
        <translation>警告（值得修正：这张流程图不够清楚）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes (tidy-ups)</source>
        <translation>提示（整理）</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No problems found: the flow is complete.</source>
        <translation>未发现问题：流程是完整的。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problems: {errors}, {warnings}, {notes}</source>
        <translation>问题：{errors}，{warnings}，{notes}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Critical steps (every customer depends on these: give each a checklist and an owner)</source>
        <translation>关键步骤（每位客户都依赖这些步骤：为每一步配一份清单和一位负责人）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Could be automated (best first)</source>
        <translation>可以自动化（最合适的在前）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Where to measure (count these every week)</source>
        <translation>在哪里衡量（每周统计这些数字）</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Value per person who enters: {value}</source>
        <translation>每位进入者带来的价值：{value}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+188" />
        <source>Quarterly review</source>
        <translation>季度复盘</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Where it leaks</source>
        <translation>哪里在流失</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counted at</source>
        <translation>统计位置</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+25" />
        <source>previous quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0" />
        <source>On track</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off track</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location line="+70" />
        <source>weeks {0} to {1}, against {2}</source>
        <translation>{0} 至 {1} 各周，对比 {2}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The method: {0} of 7 steps done.</source>
        <translation>方法：7 个步骤已完成 {0} 个。</translation>
    </message>
    <message>
        <location line="+1" />
        <source> Next: {0}.</source>
        <translation>下一步：{0}。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Marketing half</source>
        <translation>营销部分</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Operating half</source>
        <translation>运营部分</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no two consecutive stages with numbers yet.</source>
        <translation>还没有两个相邻阶段都有数字。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>measured from this quarter's numbers</source>
        <translation>按本季度的数字测算</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from the probabilities on the map</source>
        <translation>按流程图上的概率估算</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The funnel {0}:</source>
        <translation>漏斗（{0}）：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2:.2f} goal outcomes per 100 entrants per point moved from its worst branch to its best</source>
        <translation>{0}. &lt;b&gt;{1}&lt;/b&gt;：从最差分支向最好分支每移动 1 个百分点，每 100 位进入者的目标达成数 +{2:.2f}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>还没有漏斗：请给各分支设定概率，或记录它们的数字。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(no step with numbers)</source>
        <translation>（没有带数字的步骤）</translation>
    </message>
    <message>
        <location line="+40" />
        <source>New priority</source>
        <translation>新的重点事项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Priority</source>
        <translation>添加重点事项</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit Priority</source>
        <translation>编辑重点事项</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove Priority</source>
        <translation>删除重点事项</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Export Quarterly Review</source>
        <translation>导出季度复盘</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;网页 (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported the review to {0}</source>
        <translation>已将复盘导出到 {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Print Quarterly Review</source>
        <translation>打印季度复盘</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>RowChart</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="+577" />
        <source>Select a row to see its weeks</source>
        <translation>选中一行即可查看它每周的数字</translation>
    </message>
    <message>
        <location line="+14" />
        <source>goal %1</source>
        <translation>目标 %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../mapper/analysis/rules.py" line="+89" />
        <source>The map has no start. Add a start/end point (pill shape) such as "New enquiry" and draw an arrow from it to the first step, so it is clear where the system begins.</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step's branch probabilities may be from summing to 1. A map with fewer flow steps than this is still being started: its missing start or end is a hint (severity info), not an error, while the owner types.</extracomment>
        <translation>这张流程图没有起点。请添加一个起点/终点（胶囊形），例如“新咨询”，并从它画一条箭头到第一步，让人看清系统从哪里开始。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The map has no end. Add a start/end point (pill shape) such as "New client" and draw an arrow into it from the last step, so it is clear where the system stops.</source>
        <translation>这张流程图没有终点。请添加一个起点/终点（胶囊形），例如“新客户”，并从最后一步画一条箭头到它，让人看清系统在哪里结束。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{step} is a start/end point but has arrows both in and out. Make it an activity, or split it into an end and a separate start.</source>
        <translation>{step} 是起点/终点，却既有进入的箭头又有离开的箭头。请把它改成活动，或拆成一个终点和一个单独的起点。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{step} is not connected to anything. Draw arrows to and from it, or delete it if it is not part of the system.</source>
        <translation>{step} 没有与任何步骤相连。请画出进出它的箭头；如果它不属于这个系统，就删除它。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No start leads to {step}, so it never happens. Draw an arrow into it from the step that comes before it, or delete it.</source>
        <translation>没有任何起点通向 {step}，所以它永远不会发生。请从它的前一步画一条箭头到它，或者删除它。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The decision {step} has only one way out. Add a second arrow (for example "No") or make it an activity.</source>
        <translation>判断 {step} 只有一个出口。请再加一条箭头（例如“否”），或把它改成活动。</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="-410" />
        <source>Metric</source>
        <extracomment>"Track this" links shown inline; the rest open from "N more…". Off-track rows named in "To discuss"; the grid marks the rest. The log keys of the edit being applied from the grid (only their rows need recomputing).</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Week %1, starting Monday %2</source>
        <translation>%1 周（自周一 %2 起）</translation>
    </message>
    <message>
        <location line="+53" />
        <source>No target yet: set one in the Properties panel</source>
        <translation>还没有目标：请在属性面板中设定</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How many went this way (counted on arrow %1)</source>
        <translation>有多少走了这条路（在箭头 %1 上统计）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Click ▸ to count each branch</source>
        <translation>点击 ▸ 分别统计每个分支</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no number yet</source>
        <translation>还没有数字</translation>
    </message>
    <message>
        <location line="+2" />
        <source>on track</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+0" />
        <source>off track</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location line="+362" />
        <source>The week before</source>
        <translation>前一周</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The week after</source>
        <translation>后一周</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The last week shown; the 12 before it are shown too</source>
        <translation>显示到的最后一周；它之前的 12 周也会显示</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the scorecard…</source>
        <translation>打印计分卡…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print a blank sheet for this week's numbers…</source>
        <translation>打印一张空白表，用来填写本周的数字…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers from a spreadsheet: a week column, then one column per metric</source>
        <translation>来自电子表格的数字：第一列是周，之后每个指标一列</translation>
    </message>
    <message numerus="yes">
        <location line="+116" />
        <source>and %n more (✗ in the grid)</source>
        <translation><numerusform>还有 %n 项（表格中标 ✗）</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;To discuss&lt;/b&gt;: nothing is off track in %1.</source>
        <translation>&lt;b&gt;待讨论&lt;/b&gt;：%1 没有未达标的指标。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No step has a metric yet. Give the critical steps a metric (with a target) in the Properties panel, or track one of the points below.</source>
        <translation>还没有步骤设定指标。请在属性面板中给关键步骤设定指标（并设定目标），或跟踪下面的某个统计点。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 至 %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (this week)</source>
        <translation>（本周）</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n more…</source>
        <translation><numerusform>还有 %n 项…</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Points where the analysis suggests counting; one click adds the metric</source>
        <translation>分析建议统计的位置；点击一下即可添加该指标</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Now tracking “%1”; set its target in the Properties panel.</source>
        <translation>已开始跟踪“%1”；请在属性面板中设定它的目标。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Numbers as CSV (for a spreadsheet)…</source>
        <translation>数字导出为 CSV（用于电子表格）…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scorecard as PDF…</source>
        <translation>计分卡导出为 PDF…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scorecard as PNG…</source>
        <translation>计分卡导出为 PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scorecard as HTML…</source>
        <translation>计分卡导出为 HTML…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scorecard as Markdown…</source>
        <translation>计分卡导出为 Markdown…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scorecard as CSV…</source>
        <translation>计分卡导出为 CSV…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blank sheet for this week's numbers (PDF)…</source>
        <translation>本周数字空白表（PDF）…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Export the numbers as CSV</source>
        <translation>将数字导出为 CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export the scorecard</source>
        <translation>导出计分卡</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Blank sheet for this week's numbers</source>
        <translation>本周数字空白表</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import numbers from a CSV</source>
        <translation>从 CSV 导入数字</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+3" />
        <source>Nothing was imported</source>
        <translation>没有导入任何内容</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Imported %n week(s) of numbers</source>
        <translation><numerusform>已导入 %n 周的数字</numerusform></translation>
    </message>
</context>
<context>
    <name>SharedFileGuard</name>
    <message>
        <location filename="../../mapper/ui/changed_banner.py" line="+113" />
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location line="+48" />
        <source>“{name}” changed on disk but cannot be read yet: {error}</source>
        <translation>“{name}”已在磁盘上更改，但暂时无法读取：{error}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reload from Disk</source>
        <translation>从磁盘重新载入</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reloaded “{name}”: it was changed on disk. Undo brings back the version before.</source>
        <translation>已重新载入“{name}”：它在磁盘上被修改过。撤销可恢复之前的版本。</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+17" />
        <source>Know</source>
        <translation>认识</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Like</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try</source>
        <translation>试用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buy</source>
        <translation>购买</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat</source>
        <translation>复购</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refer</source>
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../mapper/ui/start_dialog.py" line="+120" />
        <source>Start a map — mapper</source>
        <translation>新建流程图 — mapper</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Map your most profitable system</source>
        <translation>画出你最赚钱的系统</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start from a blank page or from a system other owners run, then make it yours.</source>
        <translation>从空白页开始，或从其他老板正在用的系统开始，再改成你自己的。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map your most profitable system: its start, its stop, the tasks between…</source>
        <translation>画出你最赚钱的系统：起点、终点，以及中间的各项工作…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer four questions; mapper draws the chain for you</source>
        <translation>回答四个问题，mapper 帮你画出整条流程</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Blank map</source>
        <translation>空白流程图</translation>
    </message>
    <message>
        <location line="+0" />
        <source>An empty canvas: draw your system step by step.</source>
        <translation>一张空白画布：一步一步画出你的系统。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Recent maps</source>
        <translation>最近的流程图</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Maps you open appear here.</source>
        <translation>打开过的流程图会列在这里</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open a map…</source>
        <translation>打开流程图…</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+113" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="-109" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>StepPicker</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="-438" />
        <source>Linked steps</source>
        <translation>关联的步骤</translation>
    </message>
</context>
<context>
    <name>_StepRow</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="-48" />
        <source>Show me</source>
        <translation>带我看看</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+70" />
        <source>Double-click to choose the steps</source>
        <translation>双击选择步骤</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location line="-40" />
        <source>Priority</source>
        <translation>重点事项</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add priority</source>
        <translation>添加重点事项</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None set yet.</source>
        <translation>还没有设定。</translation>
    </message>
</context>
</TS>