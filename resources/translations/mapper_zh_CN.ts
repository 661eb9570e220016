<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accountability</name>
    <message>
        <location filename="../../mapper/formats/accountability_doc.py" line="+47" />
        <source>{n} thing with no owner</source>
        <extracomment>What the entries are: "steps", "metrics" or "priorities" (the heading is translated). True for the "Nobody" card.</extracomment>
        <translation>{n} 项没有负责人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} things with no owner</source>
        <translation>{n} 项没有负责人</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} metric</source>
        <translation>{n} 个指标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} metrics</source>
        <translation>{n} 个指标</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} priority</source>
        <translation>{n} 个重点事项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} priorities</source>
        <translation>{n} 个重点事项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Accountability chart: {n} owner, one seat each</source>
        <translation>责任图：{n} 位负责人，每人一个位置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accountability chart: {n} owners, one seat each</source>
        <translation>责任图：{n} 位负责人，每人一个位置</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(unnamed decision, {id})</source>
        <translation>（未命名的判断，{id}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(unnamed terminator, {id})</source>
        <translation>（未命名的起点/终点，{id}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(unnamed activity, {id})</source>
        <translation>（未命名的活动，{id}）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, target at most {target}</source>
        <translation>，目标至多 {target}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, target at least {target}</source>
        <translation>，目标至少 {target}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{metric} — at {step}</source>
        <translation>{metric} — 位于 {step}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No stage</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Untitled map</source>
        <translation>未命名流程图</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{quarter}: {priority} ({status})</source>
        <translation>{quarter}：{priority}（{status}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Priorities</source>
        <translation>重点事项</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Critical steps</source>
        <translation>关键步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Metrics nobody answers for</source>
        <translation>无人负责的指标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities and decisions</source>
        <translation>活动和判断</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location line="+49" />
        <source>{title} — accountability</source>
        <translation>{title} — 责任图</translation>
    </message>
</context>
<context>
    <name>AccountabilityPdf</name>
    <message>
        <location filename="../../mapper/render/accountability_pdf.py" line="+68" />
        <source>{title} — accountability chart</source>
        <translation>{title} — 责任图</translation>
    </message>
</context>
<context>
    <name>AccountabilityView</name>
    <message>
        <location filename="../../mapper/ui/accountability_view.py" line="+32" />
        <source>PDF document</source>
        <extracomment>A card is about this wide; the chart puts as many side by side as fit. Edits settle this long before the chart is rebuilt.</extracomment>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Select it on the map</source>
        <translation>在流程图上选中它</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+135" />
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location line="-129" />
        <source>Type a new name to rename this owner on every step, metric and priority</source>
        <translation>输入新名字，即可在所有步骤、指标和重点事项中为这位负责人改名</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (HTML)…</source>
        <translation>网页（HTML）…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No owners yet: give each step an owner in its properties (a role such as “Sales”, or a name).</source>
        <translation>还没有负责人：请在每个步骤的属性中指定负责人（可以是“销售”这样的角色，也可以是人名）。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Print Accountability Chart</source>
        <translation>打印责任图</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Export Accountability Chart</source>
        <translation>导出责任图</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../mapper/ui/analysis_runner.py" line="+87" />
        <location line="+26" />
        <source>The check could not finish: {error}</source>
        <extracomment>Maps with more steps than this are analysed on a worker thread.</extracomment>
        <translation>检查未能完成：{error}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Checking the map before it goes out…</source>
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
    <name>ArrowPage</name>
    <message>
        <location filename="../../mapper/ui/properties/arrow_page.py" line="+14" />
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Yes / No</source>
        <translation>例如：是 / 否</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 20% (empty: unknown)</source>
        <translation>例如：20%（留空表示未知）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How often the flow takes this arrow. Give every branch of a decision one to see the funnel.</source>
        <translation>流程走这条箭头的频率。给判断的每个分支都填上概率，就能看到漏斗。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>From “{0}” to “{1}”</source>
        <translation>从“{0}”到“{1}”</translation>
    </message>
</context>
<context>
    <name>Automation</name>
    <message>
        <location filename="../../mapper/analysis/automation.py" line="+54" />
        <source>it says "{word}": {reason}</source>
        <extracomment>Score of a step with one kind of automatable task; more kinds add a little.</extracomment>
        <translation>它写着“{word}”：{reason}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it asks "{word}": {reason}</source>
        <translation>它问的是“{word}”：{reason}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the owner does it now ("{owner}"): automating it gives the owner's time back</source>
        <translation>现在由老板亲自做（“{owner}”）：把它自动化，能把老板的时间还回来</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the office does it now ("{owner}"): routine admin that software does well</source>
        <translation>现在由办公室做（“{owner}”）：这是软件很擅长的例行事务</translation>
    </message>
    <message>
        <location line="+25" />
        <source>it is inside a loop, so it runs again every time someone goes round ({times} times per customer on average)</source>
        <translation>它在一个循环里，每有人绕一圈就要再做一次（平均每位客户 {times} 次）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is inside a loop, so it runs again every time someone goes round</source>
        <translation>它在一个循环里，每有人绕一圈就要再做一次</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it runs {times} times per customer on average</source>
        <translation>平均每位客户要做 {times} 次</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is on the main path: every customer passes here</source>
        <translation>它在主路径上：每位客户都会经过这里</translation>
    </message>
    <message>
        <location line="+7" />
        <source>you marked it to be automated</source>
        <translation>你已标记要把它自动化</translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/wording.py" line="+128" />
        <source>sending messages is what email and text-message tools do on their own</source>
        <translation>发送消息正是邮件和短信工具能自动完成的事</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reminders can go out by themselves at the right time</source>
        <translation>提醒可以在合适的时间自动发出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>follow-ups can be sent automatically after a set delay</source>
        <translation>跟进消息可以在设定的间隔后自动发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an online booking tool can schedule it without back-and-forth</source>
        <translation>在线预约工具可以直接排期，不用来回沟通</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invoicing software can bill and chase payment</source>
        <translation>开票软件可以开具账单并催收款项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>confirmations can be sent automatically</source>
        <translation>确认信息可以自动发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a CRM or spreadsheet rule can record and tag this by itself</source>
        <translation>CRM 或电子表格规则可以自动记录并打标签</translation>
    </message>
    <message>
        <location line="+1" />
        <source>notifications can be triggered automatically</source>
        <translation>通知可以自动触发</translation>
    </message>
    <message>
        <location line="+1" />
        <source>posts can be scheduled and published automatically</source>
        <translation>帖子可以定时自动发布</translation>
    </message>
    <message>
        <location line="+1" />
        <source>surveys can go out and be collected automatically</source>
        <translation>问卷可以自动发出并自动收集</translation>
    </message>
    <message>
        <location line="+1" />
        <source>review requests can be sent automatically after the job</source>
        <translation>完工后可以自动发送评价邀请</translation>
    </message>
    <message>
        <location line="+1" />
        <source>proposals, quotes and contracts can be filled in from a template</source>
        <translation>方案、报价和合同可以用模板自动填写</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the answer is in your data (payments, email or booking tools), so software can check it and send people the right way</source>
        <translation>答案就在你的数据里（付款、邮件或预约工具），所以软件可以自动核对并把人引向正确的路径</translation>
    </message>
</context>
<context>
    <name>BrainstormDialog</name>
    <message>
        <location filename="../../mapper/ui/brainstorm_dialog.py" line="+21" />
        <source>Map your most profitable system</source>
        <translation>画出你最赚钱的系统</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start with the product or service that earns you the most. Say where its system starts and where it stops, then list every task between, in order.</source>
        <translation>从最赚钱的产品或服务开始。说明它的系统从哪里开始、到哪里结束，再按顺序列出中间的每项任务。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. Emergency plumbing repairs</source>
        <translation>例如：水管紧急维修</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Customer calls</source>
        <translation>例如：客户来电</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Happy customer</source>
        <translation>例如：客户满意</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Book a visit
    Take the address
Emergency?
Do the job
Send the invoice
Paid?</source>
        <translation>预约上门
    记下地址
紧急吗？
完成工作
发送账单
已付款？</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One task per line. A line ending in “?” is a decision; an indented line is a checklist item of the task above it; an empty line ends the list.</source>
        <translation>每行一项任务。以“？”或“?”结尾的行是判断；缩进的行是上一项任务的清单条目；空行表示列表结束。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Which product or service earns the most?</source>
        <translation>哪种产品或服务最赚钱？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where does its system start?</source>
        <translation>它的系统从哪里开始？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where does it stop?</source>
        <translation>到哪里结束？</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map it</source>
        <translation>画出来</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tasks between, in order:</source>
        <translation>中间的任务，按顺序：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{0} tasks, {1} of them decisions</source>
        <translation>{0} 项任务，其中 {1} 个判断</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../mapper/ui/canvas/view.py" line="+579" />
        <source>Select one step to connect from, then choose where it leads.</source>
        <extracomment>Mime type of a shape dragged from the palette (its data is the kind). Mime type of copied steps and arrows: a mapper JSON fragment. Below this zoom a big map is shown as one cached overview picture. The grid is drawn only when its dots are at least this far apart on screen. Air kept between an overlay (the legend card) and the steps fit to window shows. A short message for the status bar (e.g. why an edit was refused).</extracomment>
        <translation>先选中一个要连出的步骤，再选择它通往哪里。</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start / end</source>
        <translation>起点 / 终点</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <location filename="../../mapper/ui/canvas/keys.py" line="+78" />
        <source>Space+drag or middle-drag</source>
        <extracomment>Claimed before the window's menus see it (arrows and Enter belong to the canvas).</extracomment>
        <translation>空格+拖动 或 中键拖动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel the current drag, or clear the selection</source>
        <translation>取消当前拖动，或清除选择</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alt+Right / Alt+Down</source>
        <translation>Alt+右 / Alt+下</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select the next connected step (the branch lying that way at a decision)</source>
        <translation>选中下一个相连的步骤（在判断处选那个方向的分支）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alt+Left / Alt+Up</source>
        <translation>Alt+左 / Alt+上</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select the previous connected step (the one lying that way at a merge)</source>
        <translation>选中上一个相连的步骤（在汇合处选那个方向的步骤）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ctrl+Right / Left / Up / Down</source>
        <translation>Ctrl+右 / 左 / 上 / 下</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happens next? Add a connected activity in that direction and type its text</source>
        <translation>接下来发生什么？在该方向添加一个相连的活动并输入文字</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Arrow keys / Shift+Arrow keys</source>
        <translation>方向键 / Shift+方向键</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nudge the selection (one grid step / five)</source>
        <translation>微移所选内容（一格 / 五格）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the next connected activity in the direction of the flow (also while typing)</source>
        <translation>沿流程方向添加下一个相连的活动（输入时也可用）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>F2, Enter or start typing</source>
        <translation>F2、Enter 或直接输入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected step's text (or the selected arrow's label)</source>
        <translation>编辑所选步骤的文字（或所选箭头的标签）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete / Backspace</source>
        <translation>Delete / Backspace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selection and the arrows of deleted steps</source>
        <translation>删除所选内容，以及被删步骤的箭头</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+1 / 2 / 3 / 4</source>
        <translation>Ctrl+1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the selected steps terminators, activities, decisions or notes</source>
        <translation>把所选步骤改为起点/终点、活动、判断或备注</translation>
    </message>
    <message>
        <location line="+6" />
        <source>T / A / D / N</source>
        <translation>T / A / D / N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a terminator, activity, decision or note under the mouse (nothing selected)</source>
        <translation>在鼠标处添加起点/终点、活动、判断或备注（未选中任何内容时）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter / Shift+Enter / Escape</source>
        <translation>Enter / Shift+Enter / Esc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>While editing: keep the text / new line / cancel</source>
        <translation>编辑时：保留文字 / 换行 / 取消</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a question ending in ?</source>
        <translation>输入以 ? 结尾的问题</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new activity whose text ends with ? becomes a decision</source>
        <translation>文字以 ? 结尾的新活动会变成判断</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrows out of a decision</source>
        <translation>从判断引出的箭头</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Are labelled Yes, then No, as you draw them</source>
        <translation>画的时候依次标为“是”、“否”</translation>
    </message>
</context>
<context>
    <name>CanvasPointer</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="+520" />
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit a step or arrow label; on empty canvas, add an activity there</source>
        <translation>编辑步骤或箭头标签；在空白画布上双击则在该处添加活动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag from a side handle</source>
        <translation>从边上的手柄拖动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect to another step; drop in empty space to pick the next shape</source>
        <translation>连到另一个步骤；放在空白处可选择下一个形状</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag an arrow's end</source>
        <translation>拖动箭头的端点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reconnect the selected arrow to another step</source>
        <translation>把所选箭头重新连到另一个步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag an arrow's label</source>
        <translation>拖动箭头的标签</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Slide the label along its arrow</source>
        <translation>沿箭头滑动标签</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shift+click / Ctrl+click</source>
        <translation>Shift+单击 / Ctrl+单击</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to or remove from the selection</source>
        <translation>加入或移出选择</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag on empty canvas</source>
        <translation>在空白画布上拖动</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Select with a rubber band</source>
        <translation>框选</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom about the mouse</source>
        <translation>以鼠标为中心缩放</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wheel / Shift+wheel</source>
        <translation>滚轮 / Shift+滚轮</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scroll up and down / left and right</source>
        <translation>上下滚动 / 左右滚动</translation>
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
        <location filename="../../mapper/ui/printing.py" line="+176" />
        <source>Owner's edition</source>
        <translation>老板版</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>加入员工用不到的内容：自动化建议、步骤为何关键、你在方法中进行到哪一步</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/checklist.py" line="+38" />
        <source>Marketing system</source>
        <translation>营销系统</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operating system</source>
        <translation>运营系统</translation>
    </message>
    <message>
        <location line="+101" />
        <source>(untitled step)</source>
        <extracomment>Software a small business names in its steps; shown as "Tools" on critical steps. Longest names first so "Google Sheets" wins over "Google".</extracomment>
        <translation>（未命名步骤）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>→ {step} (goal)</source>
        <translation>→ {step}（目标）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start: {step}</source>
        <translation>开始：{step}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Then</source>
        <translation>然后</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also</source>
        <translation>另外</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{label}: back to step {ref}.</source>
        <translation>{label}：回到第 {ref} 步。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{label}: do {ref} below.</source>
        <translation>{label}：执行下面的第 {ref} 步。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{label}: go to step {ref}.</source>
        <translation>{label}：转到第 {ref} 步。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Then go on at step {ref}.</source>
        <translation>然后从第 {ref} 步继续。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to step {ref}.</source>
        <translation>回到第 {ref} 步。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue at step {ref}.</source>
        <translation>从第 {ref} 步继续。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The map shows no next step here.</source>
        <translation>流程图上这里没有下一步。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>then go on at step {ref}</source>
        <translation>然后从第 {ref} 步继续</translation>
    </message>
    <message>
        <location line="+2" />
        <source>back to step {ref}</source>
        <translation>回到第 {ref} 步</translation>
    </message>
    <message>
        <location line="+1" />
        <source>continue at step {ref}</source>
        <translation>从第 {ref} 步继续</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Takes about {duration}</source>
        <translation>大约需要 {duration}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Costs {amount}</source>
        <translation>费用 {amount}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tools: {tools}</source>
        <translation>工具：{tools}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>★ CRITICAL</source>
        <translation>★ 关键</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why it is critical: {reason}</source>
        <translation>为什么关键：{reason}</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Critical steps card (owner's edition)</source>
        <extracomment>The method's seven steps for this map (owner's edition): (number, title, done, what is left).</extracomment>
        <translation>关键步骤卡（老板版）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critical steps card</source>
        <translation>关键步骤卡</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checklist (owner's edition)</source>
        <translation>清单（老板版）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Not connected to the flow</source>
        <translation>未连入流程</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Steps with no stage</source>
        <translation>没有阶段的步骤</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Critical steps</source>
        <translation>关键步骤</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Untitled map</source>
        <translation>未命名流程图</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Main path</source>
        <translation>主路径</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another start</source>
        <translation>另一个起点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also starts at: {step}</source>
        <translation>另一个起点：{step}</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+17" />
        <source>Branch from step {ref}: {label}</source>
        <translation>从第 {ref} 步分出的分支：{label}</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+17" />
        <source>Branch from step {ref}</source>
        <translation>从第 {ref} 步分出的分支</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Main path, from step {ref}: {label}</source>
        <translation>主路径，从第 {ref} 步起：{label}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main path, from step {ref}</source>
        <translation>主路径，从第 {ref} 步起</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From step {ref}: {label}</source>
        <translation>从第 {ref} 步起：{label}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From step {ref}</source>
        <translation>从第 {ref} 步起</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Could be automated: {reason}</source>
        <translation>可以自动化：{reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could be automated</source>
        <translation>可以自动化</translation>
    </message>
    <message>
        <location line="+11" />
        <source>(no owner yet)</source>
        <translation>（还没有负责人）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{metric} (step {steps})</source>
        <translation>{metric}（第 {steps} 步）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{metric} (steps {steps})</source>
        <translation>{metric}（第 {steps} 步）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/checklist_html.py" line="+61" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+30" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+171" />
        <source>Where you are in the method</source>
        <translation>你在方法中的进度</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+10" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+89" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+0" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+0" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+1" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+1" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+1" />
        <location filename="../../mapper/render/checklist_pdf.py" line="-78" />
        <source>Who does what</source>
        <translation>谁做什么</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+7" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+3" />
        <source>Notes on the map</source>
        <translation>流程图上的备注</translation>
    </message>
    <message>
        <location filename="../../mapper/render/checklist_pdf.py" line="-18" />
        <source>Step numbers are those of the full checklist.</source>
        <extracomment>Page margins in millimetres (left, top, right, bottom); the footer sits in the bottom band of the text area.</extracomment>
        <translation>步骤编号与完整清单中的一致。</translation>
    </message>
    <message>
        <location line="+302" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="+191" />
        <source>Add an item and press Enter</source>
        <extracomment>The checklist box grows with its items up to this many rows.</extracomment>
        <translation>添加一项后按 Enter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove the selected item</source>
        <translation>删除所选条目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the selected item up</source>
        <translation>上移所选条目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the selected item down</source>
        <translation>下移所选条目</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../mapper/cli/common.py" line="+23" />
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown language {value}; use one of {codes}</source>
        <translation>未知的语言 {value}；请使用以下之一：{codes}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language of the output for people: {codes} (default: the system's)</source>
        <translation>面向人的输出所用的语言：{codes}（默认：系统语言）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{path}: unknown file type {ext}; use one of {types}</source>
        <translation>{path}：未知的文件类型 {ext}；请使用以下之一：{types}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no extension)</source>
        <translation>（无扩展名）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path}: permission denied: cannot write in {folder}</source>
        <translation>{path}：权限不足：无法在 {folder} 中写入</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/export.py" line="+12" />
        <source>export a map as PNG, SVG, PDF, JSON, Mermaid or draw.io</source>
        <translation>将流程图导出为 PNG、SVG、PDF、JSON、Mermaid 或 draw.io</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SCALE</source>
        <translation>SCALE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG/SVG/PDF scale (default 2)</source>
        <translation>PNG/SVG/PDF 的缩放比例（默认 2）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>leave out the analysis markers and legend</source>
        <translation>不画分析标记和图例</translation>
    </message>
    <message>
        <location line="+2" />
        <source>leave out the map's title above the drawing</source>
        <translation>不在图的上方显示流程图标题</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--scale {scale}: choose a scale between 0.1 and 20</source>
        <translation>--scale {scale}：请选择 0.1 到 20 之间的缩放比例</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+16" />
        <source>the funnel per 100 entrants, from guesses or the logged numbers, with a what-if</source>
        <translation>每 100 位进入者的漏斗，依据估计或记录的数字，并可做假如推演</translation>
    </message>
    <message>
        <location line="+5" />
        <source>use branch probabilities measured from the metrics log</source>
        <translation>使用根据指标记录实测的分支概率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks measured over (default 13)</source>
        <translation>统计的周数（默认 13）</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../mapper/cli/log.py" line="+33" />
        <location filename="../../mapper/cli/scorecard.py" line="+21" />
        <source>WEEK</source>
        <translation>WEEK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last week measured, like 2026-W49 (default: the latest logged)</source>
        <translation>统计的最后一周，如 2026-W49（默认：最近记录的一周）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ARROW=P</source>
        <translation>ARROW=P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>what if this arrow had probability P (0..1)? Its siblings share the rest</source>
        <translation>假如这条箭头的概率是 P（0..1）会怎样？从同一步骤出发的其他箭头分摊其余概率</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{file}: --set {item}: write ARROW=P, for example --set a3=0.5</source>
        <translation>{file}：--set {item}：请写成 ARROW=P，例如 --set a3=0.5</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>{file}: --set {item}: {text} is not a number</source>
        <translation>{file}：--set {item}：{text} 不是数字</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{file}: --weeks {weeks}: choose from 1 to 520 weeks</source>
        <translation>{file}：--weeks {weeks}：请选择 1 到 520 周</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: --until {week}: not an ISO week that exists (write it like 2026-W49)</source>
        <translation>{file}：--until {week}：不是存在的 ISO 周（请写成 2026-W49 这样）</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/import_.py" line="+17" />
        <source>bring in a Mermaid, draw.io, BPMN or mapper file</source>
        <translation>导入 Mermaid、draw.io、BPMN 或 mapper 文件</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../mapper/cli/layout.py" line="+14" />
        <location filename="../../mapper/cli/templates.py" line="+16" />
        <source>OUT.json</source>
        <translation>OUT.json</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>draw.io page number (1 = first)</source>
        <translation>draw.io 的页码（1 = 第一页）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>note: {warning}</source>
        <translation>注意：{warning}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: nothing to import: no steps found (see the notes above)</source>
        <translation>{file}：没有可导入的内容：未找到任何步骤（见上面的提示）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: nothing to import: no steps found</source>
        <translation>{file}：没有可导入的内容：未找到任何步骤</translation>
    </message>
    <message>
        <location line="+5" />
        <source>wrote {path}: {counts} ({terminators}, {activities}, {decisions})</source>
        <translation>已写入 {path}：{counts}（{terminators}，{activities}，{decisions}）</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/log.py" line="-6" />
        <source>record a week's numbers in the map's metrics log</source>
        <extracomment>A spreadsheet of years of weeks is a few hundred kB; anything near this is not one.</extracomment>
        <translation>把一周的数字记入流程图的指标记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record numbers: mapper log FILE --week 2026-W49 booked=7 'Webinar sign-ups'=58, or mapper log FILE --csv numbers.csv (a week column, then one column per metric).</source>
        <translation>记录数字：mapper log 文件 --week 2026-W49 booked=7 '网络研讨会报名'=58，或 mapper log 文件 --csv numbers.csv（一列是周，然后每个指标一列）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the ISO week (like 2026-W49), then KEY=VALUE pairs: a step id, arrow id or metric name and its number (KEY= removes it)</source>
        <translation>ISO 周（如 2026-W49），然后是 KEY=VALUE 对：步骤 id、箭头 id 或指标名称，以及它的数字（写 KEY= 表示删除）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IN.csv</source>
        <translation>IN.csv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a CSV with a week column, then one column per KEY</source>
        <translation>一个 CSV：一列是周，然后每个 KEY 一列</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{file}: "{week}" is not a week that exists (write weeks as 2026-W49; a week 53 only in years that have one)</source>
        <translation>{file}：“{week}”不是存在的周（周请写成 2026-W49；只有有第 53 周的年份才能写第 53 周）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{file}: "{pair}" needs a value: write KEY=VALUE (KEY= removes the value)</source>
        <translation>{file}：“{pair}”需要一个值：请写成 KEY=VALUE（写 KEY= 表示删除该值）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file}: "{one}" and "{other}" both give {key}; give it once</source>
        <translation>{file}：“{one}”和“{other}”都给出了 {key}；只能给一次</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{key} removed</source>
        <translation>已删除 {key}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file}: give either --week WEEK KEY=VALUE... or --csv IN.csv</source>
        <translation>{file}：请给出 --week WEEK KEY=VALUE... 或 --csv IN.csv 之一</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: nothing to record: add KEY=VALUE pairs after --week {week}</source>
        <translation>{file}：没有要记录的内容：请在 --week {week} 后面加上 KEY=VALUE</translation>
    </message>
    <message>
        <location line="+11" />
        <source>saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/review.py" line="+14" />
        <source>the quarterly review: stage volumes, conversions, leaks, levers, priorities</source>
        <translation>季度复盘：各阶段人数、转化、流失、杠杆、重点事项</translation>
    </message>
    <message>
        <location line="+3" />
        <source>YYYY-Qn</source>
        <translation>YYYY-Qn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the quarter to review, like 2026-Q4</source>
        <translation>要复盘的季度，如 2026-Q4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write the review as PDF, HTML or Markdown</source>
        <translation>将复盘写成 PDF、HTML 或 Markdown</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file}: --quarter {quarter}: write a quarter like 2026-Q4</source>
        <translation>{file}：--quarter {quarter}：季度请写成 2026-Q4 这样</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="-3" />
        <source>every metric against its target, week by week</source>
        <extracomment>Ten years of weeks: more columns than any page or screen shows.</extracomment>
        <translation>每个指标与其目标的对照，逐周列出</translation>
    </message>
    <message>
        <location line="+2" />
        <source>how many weeks (default 13)</source>
        <translation>显示多少周（默认 13）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the last week shown, like 2026-W49 (default: this week)</source>
        <translation>显示的最后一周，如 2026-W49（默认：本周）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write the scorecard as CSV, Markdown, HTML, PDF or PNG</source>
        <translation>将计分卡写成 CSV、Markdown、HTML、PDF 或 PNG</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{file}: --weeks must be a whole number from 1 to {most}, not {weeks}</source>
        <translation>{file}：--weeks 必须是 1 到 {most} 之间的整数，而不是 {weeks}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: "{week}" is not a week that exists (write weeks as 2026-W49)</source>
        <translation>{file}：“{week}”不是存在的周（周请写成 2026-W49）</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/templates.py" line="-2" />
        <source>start a new map from a template</source>
        <translation>从模板新建流程图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3" />
        <source>list the ready-made maps</source>
        <translation>列出现成的流程图</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no template named {name}; choose one of: {names}</source>
        <translation>没有名为 {name} 的模板；请从以下选择：{names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path}: already exists; choose another name (mapper never overwrites a map with a template)</source>
        <translation>{path}：已存在；请换一个名字（mapper 绝不会用模板覆盖已有的流程图）</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/__init__.py" line="+46" />
        <source>Map your most profitable system, check the flow, and print the checklists.</source>
        <translation>为你最赚钱的系统画出流程图，检查流程，并打印清单。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'mapper' alone to open the app, or 'mapper FILE' to open a map.</source>
        <translation>单独运行 'mapper' 打开应用，或运行 'mapper 文件' 打开一张流程图。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{word}: no such file</source>
        <translation>{word}：没有这个文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown command {word}; the commands are: {commands} (or give a map file to open it in the app)</source>
        <translation>未知的命令 {word}；可用的命令有：{commands}（或给出一个流程图文件，在应用中打开它）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no display to open the app on (no DISPLAY or WAYLAND_DISPLAY); the sub-commands work without one: see 'mapper --help'</source>
        <translation>没有可以打开应用的显示器（没有 DISPLAY 或 WAYLAND_DISPLAY）；子命令不需要显示器也能用：见 'mapper --help'</translation>
    </message>
    <message>
        <location line="+22" />
        <source>interrupted; nothing was written</source>
        <translation>已中断；没有写入任何内容</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unexpected problem ({error}); nothing was written. Please report this.</source>
        <translation>意外的问题（{error}）；没有写入任何内容。请报告此问题。</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/accountability.py" line="+14" />
        <source>the accountability chart: every owner, what they answer for, and what nobody owns</source>
        <translation>责任图：每位负责人、各自负责什么，以及无人负责的事项</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../mapper/cli/check.py" line="+17" />
        <location filename="../../mapper/cli/funnel.py" line="-38" />
        <location filename="../../mapper/cli/review.py" line="-10" />
        <location filename="../../mapper/cli/scorecard.py" line="-42" />
        <source>print one JSON object for scripts</source>
        <translation>输出一个 JSON 对象，供脚本使用</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../mapper/cli/checklist.py" line="+14" />
        <location filename="../../mapper/cli/export.py" line="-13" />
        <location filename="../../mapper/cli/review.py" line="+1" />
        <location filename="../../mapper/cli/scorecard.py" line="+1" />
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>write the chart as PDF, HTML or Markdown</source>
        <translation>将责任图写成 PDF、HTML 或 Markdown</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/check.py" line="-3" />
        <source>report problems, critical steps, automation, metrics and the funnel</source>
        <translation>报告问题、关键步骤、自动化、指标和漏斗</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/checklist.py" line="-2" />
        <source>print the team's checklist as PDF, Markdown or HTML</source>
        <translation>将团队的清单输出为 PDF、Markdown 或 HTML</translation>
    </message>
    <message>
        <location line="+4" />
        <source>only the critical steps, as a one-page card</source>
        <translation>只要关键步骤，做成单页卡片</translation>
    </message>
    <message>
        <location line="+2" />
        <source>add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>加上团队不需要的内容：自动化建议、步骤为何关键、你在方法中的进度</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/layout.py" line="-2" />
        <source>lay the map out automatically</source>
        <translation>自动排列流程图</translation>
    </message>
    <message>
        <location line="+3" />
        <source>default: overwrite FILE (a .bak is kept)</source>
        <translation>默认：覆盖原文件（保留一份 .bak）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left-to-right or top-to-bottom (default: the map's own, else LR); saved with the map</source>
        <translation>从左到右或从上到下（默认：流程图自己的方向，否则 LR）；随流程图保存</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../mapper/ui/canvas/connect_dialog.py" line="+24" />
        <source>Connect To</source>
        <translation>连接到</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw an arrow from “{0}” to:</source>
        <translation>从“{0}”画一条箭头到：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search the steps</source>
        <translation>搜索步骤</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+18" />
        <source>(untitled step)</source>
        <translation>（未命名步骤）</translation>
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
        <location line="+4" />
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
    <name>CountingFindings</name>
    <message>
        <location line="-5" />
        <source>{n} note</source>
        <translation>{n} 条提示</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} notes</source>
        <translation>{n} 条提示</translation>
    </message>
</context>
<context>
    <name>Critical</name>
    <message>
        <location filename="../../mapper/analysis/critical.py" line="+141" />
        <source>the decision</source>
        <translation>这个判断</translation>
    </message>
    <message>
        <location line="+2" />
        <source>every customer passes here, and right after it they decide {decision}</source>
        <translation>每位客户都会经过这里，并且紧接着就要决定 {decision}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>every customer passes here on the way to {goal}</source>
        <translation>每位客户在到达 {goal} 的路上都会经过这里</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every customer passes here</source>
        <translation>每位客户都会经过这里</translation>
    </message>
    <message>
        <location line="+3" />
        <source>you marked it as critical</source>
        <translation>你已将它标记为关键</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{one} or {other}</source>
        <translation>{one} 或 {other}</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../mapper/model/operations.py" line="+72" />
        <source>there is no step "{id}"</source>
        <extracomment>True when only positions/geometry changed (analysis of flow is unaffected except the "overlap" rule). Short description for the Edit menu ("Undo Move").</extracomment>
        <translation>没有步骤“{id}”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>there is no arrow "{id}"</source>
        <translation>没有箭头“{id}”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a step "{id}" already exists</source>
        <translation>步骤“{id}”已存在</translation>
    </message>
    <message>
        <location line="+21" />
        <source>an arrow "{id}" already exists</source>
        <translation>箭头“{id}”已存在</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+201" />
        <source>notes take no part in the flow; arrows may not touch them</source>
        <translation>便签不属于流程；箭头不能连到便签</translation>
    </message>
    <message>
        <location line="-64" />
        <source>"{field}" is not a field that can be changed here</source>
        <translation>“{field}”不是这里可以更改的字段</translation>
    </message>
    <message>
        <location line="+45" />
        <source>a step with arrows cannot become a note; remove its arrows first</source>
        <translation>有箭头的步骤不能变成便签；请先删除它的箭头</translation>
    </message>
    <message>
        <location line="+36" />
        <source>cannot change {fields} here</source>
        <translation>这里不能更改 {fields}</translation>
    </message>
    <message>
        <location line="+44" />
        <source>"{week}" is not a week that exists</source>
        <translation>“{week}”不是存在的周</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"{key}" names no step or arrow in this map</source>
        <translation>“{key}”不是这个流程图中的步骤或箭头</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the value for "{key}" in {week} must be a finite number</source>
        <translation>“{key}”在 {week} 的值必须是有限的数字</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../mapper/editing/edits.py" line="+104" />
        <source>Move</source>
        <extracomment>The snapping grid of the canvas. Space between a step and the next one quick-add creates. Room kept between a pasted or duplicated shape and the shapes already there. "Is there no shape in this box?", answered by whoever knows the shapes (the canvas's scene).</extracomment>
        <translation>移动</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Nudge</source>
        <translation>微移</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Distribute</source>
        <translation>分布</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Make {kind}</source>
        <translation>改为{kind}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Notes take no part in the flow; select a step to add the next one.</source>
        <translation>备注不参与流程；请选中一个步骤来添加下一步。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add Next Step</source>
        <translation>添加下一步</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Notes take no part in the flow, so arrows cannot touch them.</source>
        <translation>备注不参与流程，所以箭头不能连到备注。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Edit Text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit Label</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The clipboard does not hold mapper steps.</source>
        <translation>剪贴板里没有 mapper 步骤。</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+25" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../mapper/render/export.py" line="+79" />
        <source>unknown page size {0}; choose one of {1}</source>
        <extracomment>Images past either limit would take gigabytes of memory; PDF and SVG have no such limit. White space around the map on paper, in millimetres. On tiled pages neighbours repeat this much of each other, for cutting and taping.</extracomment>
        <translation>未知的纸张大小 {0}；请从以下选择：{1}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>this is a folder; choose a file name</source>
        <translation>这是一个文件夹；请选择文件名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the folder {0} does not exist</source>
        <translation>文件夹 {0} 不存在</translation>
    </message>
    <message>
        <location line="+2" />
        <source>permission denied: mapper may not write here</source>
        <translation>权限不足：mapper 不能在这里写入</translation>
    </message>
    <message>
        <location line="+8" />
        <source>could not be written (the disk may be full)</source>
        <translation>无法写入（磁盘可能已满）</translation>
    </message>
    <message>
        <location line="+37" />
        <source>nothing to export: the selection has no placed steps</source>
        <translation>没有可导出的内容：所选内容中没有已放置的步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nothing to export: the map has no placed steps</source>
        <translation>没有可导出的内容：流程图中没有已放置的步骤</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown file type {0}; use one of {1}</source>
        <translation>未知的文件类型 {0}；请使用以下之一：{1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no extension)</source>
        <translation>（无扩展名）</translation>
    </message>
    <message>
        <location line="+20" />
        <source>scale {0} is out of range; choose between 0.1 and 20</source>
        <translation>缩放比例 {0} 超出范围；请选择 0.1 到 20 之间</translation>
    </message>
    <message>
        <location line="+35" />
        <source>choose a scale of {0} or less, or export a PDF or SVG</source>
        <translation>请选择不大于 {0} 的缩放比例，或导出 PDF 或 SVG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>export a PDF or SVG instead</source>
        <translation>请改为导出 PDF 或 SVG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the image would be {0} x {1} pixels, too big to make (the limit is {2} pixels a side and {3} megapixels); {4}</source>
        <translation>图片将是 {0} x {1} 像素，太大无法生成（上限为每边 {2} 像素、总计 {3} 百万像素）；{4}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not enough memory for an image this size; choose a smaller scale</source>
        <translation>内存不足，无法生成这么大的图片；请选择较小的缩放比例</translation>
    </message>
    <message>
        <location line="+90" />
        <source>mapper map</source>
        <translation>mapper 流程图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with mapper</source>
        <translation>用 mapper 制作</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the SVG could not be started</source>
        <translation>无法开始生成 SVG</translation>
    </message>
    <message>
        <location line="+97" />
        <source>nothing to print: the map has no placed steps</source>
        <translation>没有可打印的内容：流程图中没有已放置的步骤</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the printer or file could not be opened for drawing</source>
        <translation>无法打开打印机或文件进行绘制</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mapper/ui/export_dialog.py" line="+28" />
        <source>PNG picture</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SVG drawing (scalable, text stays text)</source>
        <translation>SVG 矢量图（可缩放，文字仍是文字）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+194" />
        <source>Export Map</source>
        <translation>导出流程图</translation>
    </message>
    <message>
        <location line="-187" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>px</source>
        <translation>像素</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The map's title above it</source>
        <translation>在上方显示流程图标题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Legend of the markers</source>
        <translation>标记图例</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the selected steps ({n})</source>
        <translation>仅所选步骤（{n}）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fit on one page</source>
        <translation>缩放到一页</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tile across pages at the chosen scale</source>
        <translation>按所选比例分页平铺</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pages (PDF)</source>
        <translation>页面（PDF）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Margin:</source>
        <translation>页边距：</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Type a file name, or choose one.</source>
        <translation>请输入文件名，或选择一个。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>mapper cannot write .{ext} files: end the name with .png, .svg or .pdf.</source>
        <translation>mapper 不能写入 .{ext} 文件：文件名请以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Nothing to export yet: the selected steps have no steps.</source>
        <translation>暂时没有可导出的内容：所选内容中没有步骤。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to export yet: the map has no steps.</source>
        <translation>暂时没有可导出的内容：流程图中没有步骤。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{dpi} dpi</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The picture would be {w} × {h} pixels: too big to make. Choose a smaller scale, or export a PDF or SVG.</source>
        <translation>图片将是 {w} × {h} 像素：太大无法生成。请选择较小的缩放比例，或导出 PDF 或 SVG。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Picture: {w} × {h} pixels.</source>
        <translation>图片：{w} × {h} 像素。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>size of the drawing; text stays searchable</source>
        <translation>图的大小；文字仍可搜索</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vector drawing: sharp at any size; opens in browsers, Inkscape and Illustrator.</source>
        <translation>矢量图：任何尺寸都清晰；可在浏览器、Inkscape 和 Illustrator 中打开。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>= {percent} of the on-screen size on paper</source>
        <translation>= 纸上为屏幕尺寸的 {percent}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>only used when tiling</source>
        <translation>仅在分页平铺时使用</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} page of {size} landscape.</source>
        <translation>{n} 页 {size} 横向。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} pages of {size} landscape.</source>
        <translation>{n} 页 {size} 横向。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} page of {size} portrait.</source>
        <translation>{n} 页 {size} 纵向。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} pages of {size} portrait.</source>
        <translation>{n} 页 {size} 纵向。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Exporting {name}…</source>
        <translation>正在导出 {name}…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location line="-315" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../mapper/ui/findings_panel.py" line="+30" />
        <source>Errors</source>
        <extracomment>Rows per group: a 20,000-step map can have thousands of candidates; nobody reads past a few hundred, and filling the tree must not stall the editor.</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} info</source>
        <translation>{n} 条提示</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location line="+63" />
        <location line="+67" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{metric} — at {step}</source>
        <translation>{metric} — 位于 {step}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>… and {n} more</source>
        <translation>…… 还有 {n} 个</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing to check yet</source>
        <translation>暂时没有可检查的内容</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problems ({n})</source>
        <translation>问题（{n}）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing to fix: the flow hangs together.</source>
        <translation>没有要修正的：流程是连贯的。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a start, the steps and an end: mapper checks the flow as you go.</source>
        <translation>画出起点、各个步骤和终点：mapper 会边画边检查流程。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rule: {rule}</source>
        <translation>规则：{rule}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Critical steps ({n})</source>
        <translation>关键步骤（{n}）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>None yet: mark a start and a goal end.</source>
        <translation>还没有：请标出起点和作为目标的终点。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could be automated ({n})</source>
        <translation>可以自动化（{n}）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No candidates found.</source>
        <translation>没有找到候选步骤。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure here ({n})</source>
        <translation>在这里衡量（{n}）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give every branch a probability (and fix the errors) to see where 100 people end up.</source>
        <translation>给每个分支填上概率（并修正错误），就能看到 100 个人最后到了哪里。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Per {n} people who enter:</source>
        <translation>每 {n} 位进入者：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} reach {end}</source>
        <translation>{count} 位到达 {end}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value per person who enters: {value}</source>
        <translation>每位进入者带来的价值：{value}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lever: {step} — +{gain} goals per point</source>
        <translation>杠杆：{step} — 每个百分点 +{gain} 个目标达成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Goal outcomes per 100 people gained by moving one percentage point of this decision from its worst branch to its best.</source>
        <translation>把这个判断的一个百分点从最差分支移到最好分支后，每 100 人多出的目标达成数。</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+58" />
        <source>Funnel of {file}</source>
        <translation>{file} 的漏斗</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measured over {first} to {last} ({n} weeks)</source>
        <translation>统计期间 {first} 至 {last}（{n} 周）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+0" />
        <source>guessed</source>
        <translation>估计</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location line="+0" />
        <source>used</source>
        <translation>采用</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No funnel: give every branch a probability (or log its numbers) and fix the errors 'mapper check' reports.</source>
        <translation>没有漏斗：请给每个分支设定概率（或记录它的数字），并修正“mapper check”报告的错误。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Per {n} entrants:</source>
        <translation>每 {n} 位进入者：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Value per entrant: {value}</source>
        <translation>每位进入者带来的价值：{value}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What-if: the funnel before or after it cannot be built.</source>
        <translation>假如：调整前或调整后的漏斗无法建立。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What-if: {change} goal outcomes per {n}, value per entrant {value}</source>
        <translation>假如：每 {n} 位的目标达成数 {change}，每位进入者带来的价值 {value}</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <location filename="../../mapper/ui/funnel_panel.py" line="+115" />
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
        <source>On the measured probabilities: {0} goal outcomes per 100, {1} per entrant.</source>
        <translation>按实测概率：每 100 人 {0} 个目标达成，每位进入者 {1}。</translation>
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
        <location line="+4" />
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
    <name>Import</name>
    <message>
        <location filename="../../mapper/formats/bpmn.py" line="+135" />
        <source>sub-processes are nested more than {depth} deep; mapper refuses such a model</source>
        <extracomment>Sub-processes nested deeper than this are refused: no real process looks like that.</extracomment>
        <translation>子流程嵌套超过 {depth} 层；mapper 拒绝这样的模型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>element "{id}"</source>
        <translation>元素 "{id}"</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the file is too large for a process model ({size} MB)</source>
        <translation>文件太大，不像是流程模型（{size} MB）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>this is not a BPMN 2.0 file (the XML starts with &lt;{tag}&gt;, expected &lt;definitions&gt;)</source>
        <translation>这不是 BPMN 2.0 文件（XML 以 &lt;{tag}&gt; 开头，应为 &lt;definitions&gt;）</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the BPMN file holds no process</source>
        <translation>该 BPMN 文件不包含任何流程</translation>
    </message>
    <message>
        <location line="+23" />
        <source>kept call activity "{name}" as one step; the process it calls is drawn collapsed, so its steps were left out</source>
        <translation>调用活动 "{name}" 保留为一个步骤；它调用的流程是折叠画的，因此其中的步骤未导入</translation>
    </message>
    <message>
        <location line="+45" />
        <source>lane names became the owners of their steps: {names}</source>
        <translation>泳道名称成为其中步骤的负责人：{names}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file holds {n} processes; all were imported, each pool's name as the owner of its steps</source>
        <translation>该文件包含 {n} 个流程；已全部导入，每个池的名称作为其步骤的负责人</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the ways out of {n} event-based gateway are labelled with the event each one waits for; an unnamed one asks "{question}"</source>
        <translation>{n} 个基于事件的网关的出口已标上各自等待的事件；未命名的网关会问“{question}”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the ways out of {n} event-based gateways are labelled with the event each one waits for; an unnamed one asks "{question}"</source>
        <translation>{n} 个基于事件的网关的出口已标上各自等待的事件；未命名的网关会问“{question}”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} boundary event (a timer, an error or a message that interrupts a step) became a decision after that step, the event's path its "Yes": {names}</source>
        <translation>{n} 个边界事件（打断某个步骤的计时器、错误或消息）变成了该步骤之后的判断，事件的路径作为 "Yes"：{names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} boundary events (a timer, an error or a message that interrupts a step) became a decision after that step, the event's path its "Yes": {names}</source>
        <translation>{n} 个边界事件（打断某个步骤的计时器、错误或消息）变成了该步骤之后的判断，事件的路径作为 "Yes"：{names}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>dissolved {n} merging gateway (two or more ways in and one way out, so no question to ask): its arrows go straight to the next step</source>
        <translation>已拆除 {n} 个合并网关（两个或以上入口、一个出口，没有要问的问题）：其箭头直接连到下一步</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dissolved {n} merging gateways (two or more ways in and one way out, so no question to ask): their arrows go straight to the next step</source>
        <translation>已拆除 {n} 个合并网关（两个或以上入口、一个出口，没有要问的问题）：其箭头直接连到下一步</translation>
    </message>
    <message>
        <location line="+4" />
        <source>named {n} unnamed start/end event Start or End</source>
        <translation>为 {n} 个未命名的开始/结束事件命名为 Start 或 End</translation>
    </message>
    <message>
        <location line="+1" />
        <source>named {n} unnamed start/end events Start or End</source>
        <translation>为 {n} 个未命名的开始/结束事件命名为 Start 或 End</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} parallel gateway now says "Do all of the next steps" (or "Wait until all are done" where branches meet), so the analysis takes every branch</source>
        <translation>{n} 个并行网关现在写着“Do all of the next steps”（分支汇合处写“Wait until all are done”），因此分析会走每一条分支</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} parallel gateways now say "Do all of the next steps" (or "Wait until all are done" where branches meet), so the analysis takes every branch</source>
        <translation>{n} 个并行网关现在写着“Do all of the next steps”（分支汇合处写“Wait until all are done”），因此分析会走每一条分支</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} sequence flow whose source or target is not a step</source>
        <translation>未导入 {n} 条顺序流：其起点或终点不是步骤</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} sequence flows whose source or target is not a step</source>
        <translation>未导入 {n} 条顺序流：其起点或终点不是步骤</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} message flow between pools (mapper's arrows are the order of work, not messages)</source>
        <translation>未导入 {n} 条池之间的消息流（mapper 的箭头表示工作顺序，而不是消息）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} message flows between pools (mapper's arrows are the order of work, not messages)</source>
        <translation>未导入 {n} 条池之间的消息流（mapper 的箭头表示工作顺序，而不是消息）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>left out {n} pool with no process inside</source>
        <translation>未导入 {n} 个内部没有流程的池</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} pools with no process inside</source>
        <translation>未导入 {n} 个内部没有流程的池</translation>
    </message>
    <message>
        <location line="+7" />
        <source>left out {n} data object or store (not part of the flow)</source>
        <translation>未导入 {n} 个数据对象或数据存储（不属于流程）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} data objects and stores (not part of the flow)</source>
        <translation>未导入 {n} 个数据对象或数据存储（不属于流程）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} annotation link (not part of the flow)</source>
        <translation>未导入 {n} 条注释连线（不属于流程）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} annotation links (not part of the flow)</source>
        <translation>未导入 {n} 条注释连线（不属于流程）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} {tag} became a decision (mapper's decisions take one branch; BPMN lets this one take several or wait for an event)</source>
        <translation>{n} 个 {tag} 变成了判断（mapper 的判断只走一条分支；BPMN 允许这种网关走多条或等待事件）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} {tag}s became decisions (mapper's decisions take one branch; BPMN lets this one take several or wait for an event)</source>
        <translation>{n} 个 {tag} 变成了判断（mapper 的判断只走一条分支；BPMN 允许这种网关走多条或等待事件）</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../mapper/formats/drawio/reader.py" line="+558" />
        <source>{n} parallel gateway became an activity that takes every branch (a mapper decision would pick one)</source>
        <translation>{n} 个并行网关变成了走每一条分支的活动（mapper 的判断只会选一条）</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../mapper/formats/drawio/reader.py" line="+2" />
        <source>{n} parallel gateways became activities that take every branch (a mapper decision would pick one)</source>
        <translation>{n} 个并行网关变成了走每一条分支的活动（mapper 的判断只会选一条）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} intermediate event became an activity (a wait or a message mid-flow)</source>
        <translation>{n} 个中间事件变成了活动（流程中途的等待或消息）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} intermediate events became activities (a wait or a message mid-flow)</source>
        <translation>{n} 个中间事件变成了活动（流程中途的等待或消息）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} boundary event became an activity reached by an arrow from the task it interrupts</source>
        <translation>{n} 个边界事件变成了活动，由一条箭头从被打断的任务连过来</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} boundary events became activities reached by an arrow from the task they interrupt</source>
        <translation>{n} 个边界事件变成了活动，由一条箭头从被打断的任务连过来</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} {tag} became an activity</source>
        <translation>{n} 个 {tag} 变成了活动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} {tag} elements became activities</source>
        <translation>{n} 个 {tag} 元素变成了活动</translation>
    </message>
    <message>
        <location line="+66" />
        <source>the process called by "{name}"</source>
        <translation>“{name}”调用的流程</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sub-process "{name}"</source>
        <translation>子流程“{name}”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it is empty or drawn collapsed</source>
        <translation>它是空的或折叠画的</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the diagram shows it closed, its steps on a page of their own</source>
        <translation>图中把它画成折叠的，其步骤在单独的页面上</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has more than one start event</source>
        <translation>它有不止一个开始事件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no start event and no first step</source>
        <translation>它没有开始事件，也没有第一个步骤</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no end event and no last step</source>
        <translation>它没有结束事件，也没有最后一个步骤</translation>
    </message>
    <message>
        <location line="+9" />
        <source>kept {what} as one activity: {reason}</source>
        <translation>{what} 保留为一个活动：{reason}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>flattened {what} into the map: arrows into it go to its first step, arrows out of it leave from its last steps</source>
        <translation>已把 {what} 展开到流程图中：进入它的箭头连到其第一个步骤，离开它的箭头从其最后的步骤出发</translation>
    </message>
    <message>
        <location line="+119" />
        <source>the diagram's positions do not cover every step in one drawing; mapper lays the map out afresh</source>
        <extracomment>What a boundary event asks once it is a decision after the step it interrupts, by its event. What an unnamed event-based gateway asks once it is a mapper decision.</extracomment>
        <translation>图中的位置没有在同一张图里覆盖每个步骤；mapper 会重新排布流程图</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/building.py" line="+139" />
        <source>{n} shape had a position or size far outside any drawing (beyond {limit}, or not a number); mapper placed or sized it itself: {names}</source>
        <extracomment>Refuse files bigger than this before parsing, and cap decompressed payloads to it. The warning (also in ``warnings``) that says which draw.io page was taken and how to take another: the app leaves it out when the owner has just picked the page. Whole labels that mean "the flow starts here" / "ends here", in the languages of real files.</extracomment>
        <translation>{n} 个形状的位置或大小远超出任何图纸（超过 {limit}，或不是数字）；mapper 已自行放置或调整其大小：{names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} shapes had a position or size far outside any drawing (beyond {limit}, or not a number); mapper placed or sized them itself: {names}</source>
        <translation>{n} 个形状的位置或大小远超出任何图纸（超过 {limit}，或不是数字）；mapper 已自行放置或调整其大小：{names}</translation>
    </message>
    <message>
        <location line="+88" />
        <source>{n} box that says where the flow starts or ends became a start/end point: {names}</source>
        <translation>{n} 个写着流程从哪里开始或结束的方框变成了起点/终点：{names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} boxes that say where the flow starts or ends became start/end points: {names}</source>
        <translation>{n} 个写着流程从哪里开始或结束的方框变成了起点/终点：{names}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{n} box with two or more labelled arrows out became a decision: {names}</source>
        <translation>{n} 个有两条或以上带标签出口箭头的方框变成了判断：{names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} boxes with two or more labelled arrows out became decisions: {names}</source>
        <translation>{n} 个有两条或以上带标签出口箭头的方框变成了判断：{names}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{n} start/end shape in the middle of the flow became an activity (a start or end point has arrows only out or only in): {names}</source>
        <translation>{n} 个位于流程中间的起止形状变成了活动（起点或终点只有出去的箭头或只有进来的箭头）：{names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} start/end shapes in the middle of the flow became activities (a start or end point has arrows only out or only in): {names}</source>
        <translation>{n} 个位于流程中间的起止形状变成了活动（起点或终点只有出去的箭头或只有进来的箭头）：{names}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{n} note with arrows became an activity (notes take no part in the flow): {names}</source>
        <translation>{n} 个带箭头的备注变成了活动（备注不参与流程）：{names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} notes with arrows became activities (notes take no part in the flow): {names}</source>
        <translation>{n} 个带箭头的备注变成了活动（备注不参与流程）：{names}</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/drawio/container.py" line="+40" />
        <source>the file is too large for a diagram ({size} MB)</source>
        <translation>文件太大，不像是图表（{size} MB）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the diagram inside the SVG</source>
        <translation>SVG 中的图表</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the draw.io diagram inside this picture is damaged</source>
        <translation>这张图片中的 draw.io 图表已损坏</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this picture holds no draw.io diagram (save it from draw.io as an editable PNG, "Include a copy of my diagram")</source>
        <translation>这张图片不包含 draw.io 图表（请在 draw.io 中另存为可编辑的 PNG，勾选“Include a copy of my diagram”）</translation>
    </message>
    <message>
        <location line="+23" />
        <source>this web page holds no draw.io diagram (no data-mxgraph in it)</source>
        <translation>这个网页不包含 draw.io 图表（其中没有 data-mxgraph）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the draw.io diagram in this web page is damaged (data-mxgraph is not JSON)</source>
        <translation>这个网页中的 draw.io 图表已损坏（data-mxgraph 不是 JSON）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this web page's draw.io viewer has no diagram inside (no "xml" in it)</source>
        <translation>这个网页的 draw.io 查看器中没有图表（其中没有 "xml"）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>this is not a draw.io diagram (the XML starts with &lt;{tag}&gt;, expected &lt;mxfile&gt; or &lt;mxGraphModel&gt;)</source>
        <translation>这不是 draw.io 图表（XML 以 &lt;{tag}&gt; 开头，应为 &lt;mxfile&gt; 或 &lt;mxGraphModel&gt;）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the draw.io file has no pages (no &lt;diagram&gt; inside &lt;mxfile&gt;)</source>
        <translation>该 draw.io 文件没有页面（&lt;mxfile&gt; 中没有 &lt;diagram&gt;）</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the compressed diagram is damaged (not valid base64)</source>
        <translation>压缩的图表已损坏（不是有效的 base64）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the compressed diagram is damaged (it does not inflate)</source>
        <translation>压缩的图表已损坏（无法解压）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the compressed diagram unpacks to more than {size} MB; mapper refuses it</source>
        <translation>压缩的图表解压后超过 {size} MB；mapper 拒绝读取</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the compressed diagram is cut off (it ends too early)</source>
        <translation>压缩的图表被截断了（结束得太早）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the compressed diagram is damaged (it is not text)</source>
        <translation>压缩的图表已损坏（不是文本）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>page {number} "{name}"</source>
        <translation>第 {number} 页“{name}”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the page is empty</source>
        <translation>该页面是空的</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the page holds &lt;{tag}&gt;, not a diagram</source>
        <translation>该页面包含的是 &lt;{tag}&gt;，不是图表</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/drawio/reader.py" line="-447" />
        <source>there is no page {number}; the file has {n} page: {names}</source>
        <extracomment>draw.io's own page names in its languages ("Page-1", "Seite-1", "Страница — 1", "第 1 页"...): not a title the author chose.</extracomment>
        <translation>没有第 {number} 页；该文件共有 {n} 页：{names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there is no page {number}; the file has {n} pages: {names}</source>
        <translation>没有第 {number} 页；该文件共有 {n} 页：{names}</translation>
    </message>
    <message>
        <location line="+19" />
        <source> (page {pages} had no shapes)</source>
        <translation>（第 {pages} 页没有形状）</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (pages {pages} had no shapes)</source>
        <translation>（第 {pages} 页没有形状）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>took page {number} "{name}" of {count}{why}; the others ({others}) can be imported with --page N</source>
        <translation>已导入第 {number} 页“{name}”（共 {count} 页）{why}；其他页（{others}）可以用 --page N 导入</translation>
    </message>
    <message>
        <location line="+31" />
        <source>page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message>
        <location line="+6" />
        <source>left out {n} shape or arrow that draw.io hides (hidden layers or hidden cells)</source>
        <translation>未导入 {n} 个被 draw.io 隐藏的形状或箭头（隐藏的图层或单元格）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} shapes and arrows that draw.io hides (hidden layers or hidden cells)</source>
        <translation>未导入 {n} 个被 draw.io 隐藏的形状和箭头（隐藏的图层或单元格）</translation>
    </message>
    <message>
        <location line="+284" />
        <source>{place} has no shapes mapper could read</source>
        <translation>{place}没有 mapper 能读取的形状</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} text laid over or under a shape became its name: {names}</source>
        <translation>{n} 段叠放在形状上或下的文字变成了它的名称：{names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} texts laid over or under a shape became its name: {names}</source>
        <translation>{n} 段叠放在形状上或下的文字变成了它的名称：{names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} texts laid over or under a shape became their names: {names}</source>
        <translation>{n} 段叠放在形状上或下的文字变成了它们的名称：{names}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>left out {n} small marker with no arrows (callouts, badges or legend keys)</source>
        <translation>未导入 {n} 个没有箭头的小标记（标注、徽标或图例）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} small markers with no arrows (callouts, badges or legend keys)</source>
        <translation>未导入 {n} 个没有箭头的小标记（标注、徽标或图例）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{n} junction point</source>
        <translation>{n} 个连接点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} junction points</source>
        <translation>{n} 个连接点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>connectors {names} and {points} became the arrows that pass through them</source>
        <translation>连接器 {names} 和 {points} 变成了穿过它们的箭头</translation>
    </message>
    <message>
        <location line="+3" />
        <source>connectors {names} became the arrows that pass through them</source>
        <translation>连接器 {names} 变成了穿过它们的箭头</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{points} became the arrows that pass through them</source>
        <translation>{points} 变成了穿过它们的箭头</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} arrow from step to step</source>
        <translation>{n} 条步骤之间的箭头</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} arrows from step to step</source>
        <translation>{n} 条步骤之间的箭头</translation>
    </message>
    <message>
        <location line="+2" />
        <source>followed {n} loose line that joins others into {arrows}</source>
        <translation>已沿着 {n} 条相互连接的散线，连成 {arrows}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>followed {n} loose lines that join each other into {arrows}</source>
        <translation>已沿着 {n} 条相互连接的散线，连成 {arrows}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>joined {n} arrow whose loose end was dropped on a shape (drawn touching it, but not attached)</source>
        <translation>已连接 {n} 条末端落在形状上的箭头（画得碰到了形状，但没有吸附上）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>joined {n} arrows whose loose end was dropped on a shape (drawn touching it, but not attached)</source>
        <translation>已连接 {n} 条末端落在形状上的箭头（画得碰到了形状，但没有吸附上）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>joined {n} arrow that stops just short of the shape it points at (within {reach} px)</source>
        <translation>已连接 {n} 条差一点碰到所指形状的箭头（相距 {reach} 像素以内）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>joined {n} arrows that stop just short of the shape they point at (within {reach} px)</source>
        <translation>已连接 {n} 条差一点碰到所指形状的箭头（相距 {reach} 像素以内）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out {n} arrow not attached to a shape at both ends (cell {cells})</source>
        <translation>未导入 {n} 条两端没有都连到形状上的箭头（单元格 {cells}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} arrows not attached to a shape at both ends (cell {cells})</source>
        <translation>未导入 {n} 条两端没有都连到形状上的箭头（单元格 {cells}）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out {n} arrow drawn to or from a swimlane or group rather than a step (cell {cells})</source>
        <translation>未导入 {n} 条连到泳道或分组而不是步骤的箭头（单元格 {cells}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} arrows drawn to or from a swimlane or group rather than a step (cell {cells})</source>
        <translation>未导入 {n} 条连到泳道或分组而不是步骤的箭头（单元格 {cells}）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out {n} arrow that ends on another arrow (cell {cells})</source>
        <translation>未导入 {n} 条终点落在另一条箭头上的箭头（单元格 {cells}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} arrows that end on another arrow (cell {cells})</source>
        <translation>未导入 {n} 条终点落在另一条箭头上的箭头（单元格 {cells}）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} arrow with the arrowhead at the start now runs the way the arrowhead points</source>
        <translation>{n} 条箭头在起点处的箭头现在按箭头所指的方向走</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} arrows with the arrowhead at the start now run the way the arrowhead points</source>
        <translation>{n} 条箭头在起点处的箭头现在按箭头所指的方向走</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} free-floating text next to an arrow became its label: {names}</source>
        <translation>{n} 段箭头旁的独立文字变成了箭头的标签：{names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} free-floating texts next to arrows became their labels: {names}</source>
        <translation>{n} 段箭头旁的独立文字变成了箭头的标签：{names}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} table became a step: the first row is the step, the second row its owner</source>
        <translation>{n} 个表格变成了步骤：第一行是步骤，第二行是负责人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} tables became steps: the first row is the step, the second row its owner</source>
        <translation>{n} 个表格变成了步骤：第一行是步骤，第二行是负责人</translation>
    </message>
    <message>
        <location line="+9" />
        <source>; {n} says "Do all of the next steps" or "Wait until all are done", so the analysis takes every branch</source>
        <translation>；其中 {n} 个写着“Do all of the next steps”或“Wait until all are done”，因此分析会走每一条分支</translation>
    </message>
    <message>
        <location line="+2" />
        <source>; {n} say "Do all of the next steps" or "Wait until all are done", so the analysis takes every branch</source>
        <translation>；其中 {n} 个写着“Do all of the next steps”或“Wait until all are done”，因此分析会走每一条分支</translation>
    </message>
    <message>
        <location line="+5" />
        <source>named {n} unlabelled start/end shape Start or End</source>
        <translation>为 {n} 个没有标签的起止形状命名为 Start 或 End</translation>
    </message>
    <message>
        <location line="+1" />
        <source>named {n} unlabelled start/end shapes Start or End</source>
        <translation>为 {n} 个没有标签的起止形状命名为 Start 或 End</translation>
    </message>
    <message>
        <location line="+3" />
        <source>left out {n} shape with no text and no arrows (decoration)</source>
        <translation>未导入 {n} 个没有文字也没有箭头的形状（装饰）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} shapes with no text and no arrows (decoration)</source>
        <translation>未导入 {n} 个没有文字也没有箭头的形状（装饰）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} arrow lost bends mapper cannot follow; mapper routes it itself</source>
        <translation>{n} 条箭头丢掉了 mapper 无法沿用的折点；mapper 会自行布线</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} arrows lost bends mapper cannot follow; mapper routes them itself</source>
        <translation>{n} 条箭头丢掉了 mapper 无法沿用的折点；mapper 会自行布线</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ignored mapper properties on {n} shape that were not valid</source>
        <translation>已忽略 {n} 个形状上无效的 mapper 属性</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ignored mapper properties on {n} shapes that were not valid</source>
        <translation>已忽略 {n} 个形状上无效的 mapper 属性</translation>
    </message>
    <message>
        <location line="+5" />
        <source>swimlane titles became the owners of the steps inside: {names}</source>
        <translation>泳道标题成为其中步骤的负责人：{names}</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/importers.py" line="+61" />
        <source>this file is neither a draw.io diagram (&lt;mxfile&gt;, an editable draw.io SVG or HTML page) nor a BPMN model (&lt;definitions&gt;)</source>
        <extracomment>"xml" means: look inside to tell draw.io from BPMN.</extracomment>
        <translation>这个文件既不是 draw.io 图表（&lt;mxfile&gt;、可编辑的 draw.io SVG 或 HTML 页面），也不是 BPMN 模型（&lt;definitions&gt;）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this .xml file does not hold XML</source>
        <translation>这个 .xml 文件里不是 XML</translation>
    </message>
    <message>
        <location line="+5" />
        <source>mapper cannot tell what kind of file this is; it imports Mermaid (.mmd, .md), draw.io (.drawio, .xml), BPMN (.bpmn) and mapper maps (.json)</source>
        <translation>mapper 无法判断这是什么文件；它可以导入 Mermaid（.mmd、.md）、draw.io（.drawio、.xml）、BPMN（.bpmn）和 mapper 流程图（.json）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>this is a binary file, not text</source>
        <translation>这是二进制文件，不是文本</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file is not UTF-8 text (save it as UTF-8 and try again)</source>
        <translation>该文件不是 UTF-8 文本（请另存为 UTF-8 后重试）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>--page only applies to draw.io files; ignored it</source>
        <translation>--page 只适用于 draw.io 文件；已忽略</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/mermaid/chains.py" line="+101" />
        <source>expected an arrow such as --&gt; after a step</source>
        <extracomment>Shapes drawn round that mapper reads as start/end points only where the flow starts or stops (opener -&gt; which shape, for the warnings: see ``reader.shape_count``); database shapes never are.</extracomment>
        <translation>步骤后面应是箭头，例如 --&gt;</translation>
    </message>
    <message>
        <location line="+18" />
        <source>expected a step id</source>
        <translation>此处应是步骤 id</translation>
    </message>
    <message>
        <location line="+20" />
        <source>expected a class name after :::</source>
        <translation>::: 后面应是类名</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a label's closing quote is missing</source>
        <translation>标签缺少右引号</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected {closer} after the quoted label</source>
        <translation>带引号的标签后面应是 {closer}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a shape is not closed (expected {closer})</source>
        <translation>有形状没有闭合（应是 {closer}）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a @{ shape } is not closed</source>
        <translation>有 @{ shape } 没有闭合</translation>
    </message>
    <message>
        <location line="+27" />
        <source>an arrow with text is not finished (expected --&gt;)</source>
        <translation>带文字的箭头没有写完（应是 --&gt;）</translation>
    </message>
    <message>
        <location line="+26" />
        <source>an arrow label is not closed with |</source>
        <translation>箭头标签没有用 | 闭合</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/mermaid/lexer.py" line="+90" />
        <source>the file holds {count} Mermaid diagrams; took the flowchart at line {line} and left the other {n} diagram</source>
        <translation>该文件包含 {count} 个 Mermaid 图；已导入第 {line} 行的流程图，其余 {n} 个图未导入</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file holds {count} Mermaid diagrams; took the flowchart at line {line} and left the other {n} diagrams</source>
        <translation>该文件包含 {count} 个 Mermaid 图；已导入第 {line} 行的流程图，其余 {n} 个图未导入</translation>
    </message>
    <message>
        <location line="+8" />
        <source>this is a Mermaid {kind}, not a flowchart; mapper imports flowcharts (they start with "flowchart" or "graph")</source>
        <translation>这是 Mermaid 的 {kind}，不是流程图；mapper 只导入流程图（以 "flowchart" 或 "graph" 开头）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the Markdown holds no Mermaid flowchart (a ```mermaid block starting with "flowchart" or "graph")</source>
        <translation>该 Markdown 中没有 Mermaid 流程图（以 "flowchart" 或 "graph" 开头的 ```mermaid 代码块）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this is not a Mermaid flowchart: it should start with "flowchart TD", "flowchart LR" or "graph TD"</source>
        <translation>这不是 Mermaid 流程图：应以 "flowchart TD"、"flowchart LR" 或 "graph TD" 开头</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/mermaid/reader.py" line="+76" />
        <source>the Mermaid block is empty: no "flowchart" line</source>
        <translation>Mermaid 代码块是空的：没有 "flowchart" 行</translation>
    </message>
    <message>
        <location line="+53" />
        <source>line {line}: unusual flowchart header "{header}"; read it as a flowchart</source>
        <translation>第 {line} 行：不常见的流程图开头 "{header}"；按流程图读取</translation>
    </message>
    <message>
        <location line="+15" />
        <source>line {line}: "end" without a subgraph to close; ignored</source>
        <translation>第 {line} 行："end" 没有可闭合的子图；已忽略</translation>
    </message>
    <message>
        <location line="+24" />
        <source>line {line}: could not read "{text}" ({reason}); skipped it</source>
        <translation>第 {line} 行：无法读取 "{text}"（{reason}）；已跳过</translation>
    </message>
    <message>
        <location line="+13" />
        <source>line {line}: an arrow has two labels ("-- text --&gt;|text|", which Mermaid refuses); kept both as "{label}"</source>
        <translation>第 {line} 行：一条箭头有两个标签（"-- text --&gt;|text|"，Mermaid 不接受）；两者合并保留为 "{label}"</translation>
    </message>
    <message>
        <location line="+29" />
        <source>line {line}: subgraph "{title}" is never closed with "end"; closed it at the end of the file</source>
        <translation>第 {line} 行：子图 "{title}" 一直没有用 "end" 闭合；已在文件末尾闭合</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{n} arrow drawn to or from a whole subgraph now joins the steps it starts or ends with (mapper's arrows join steps)</source>
        <translation>{n} 条连到整个子图的箭头现在连到子图开头或结尾的步骤（mapper 的箭头连接步骤）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} arrows drawn to or from a whole subgraph now join the steps it starts or ends with (mapper's arrows join steps)</source>
        <translation>{n} 条连到整个子图的箭头现在连到子图开头或结尾的步骤（mapper 的箭头连接步骤）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} arrow drawn to or from a whole subgraph with no other step in it to join (mapper's arrows join steps)</source>
        <translation>未导入 {n} 条连到整个子图、但子图中没有其他步骤可连的箭头（mapper 的箭头连接步骤）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} arrows drawn to or from a whole subgraph with no other step in it to join (mapper's arrows join steps)</source>
        <translation>未导入 {n} 条连到整个子图、但子图中没有其他步骤可连的箭头（mapper 的箭头连接步骤）</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{shapes} that stores data became an activity (storing is a step, not a start or end): {names}</source>
        <translation>{shapes} 存储数据，变成了活动（存储是一个步骤，不是起点或终点）：{names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{shapes} that store data became activities (storing is a step, not a start or end): {names}</source>
        <translation>{shapes} 存储数据，变成了活动（存储是一个步骤，不是起点或终点）：{names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{shapes} in the middle of the flow became an activity (a start or end point has arrows only out or only in): {names}</source>
        <translation>流程中间的 {shapes} 变成了活动（起点或终点只有出去的箭头或只有进来的箭头）：{names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{shapes} in the middle of the flow became activities (a start or end point has arrows only out or only in): {names}</source>
        <translation>流程中间的 {shapes} 变成了活动（起点或终点只有出去的箭头或只有进来的箭头）：{names}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>subgraphs were flattened; their titles became the owners of the steps inside: {names}</source>
        <translation>子图已展平；子图标题成为其中步骤的负责人：{names}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} two-way arrow (&lt;--&gt;) kept pointing one way only, from the first step to the second</source>
        <translation>{n} 条双向箭头（&lt;--&gt;）只保留一个方向，从第一个步骤指向第二个</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} two-way arrows (&lt;--&gt;) kept pointing one way only, from the first step to the second</source>
        <translation>{n} 条双向箭头（&lt;--&gt;）只保留一个方向，从第一个步骤指向第二个</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} invisible link (~~~): it only spaces the drawing</source>
        <translation>未导入 {n} 条不可见连线（~~~）：这种连线只用来调整图的间距</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} invisible links (~~~): they only space the drawing</source>
        <translation>未导入 {n} 条不可见连线（~~~）：这种连线只用来调整图的间距</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <location line="+1" />
        <source>colours are not kept</source>
        <translation>不保留颜色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>arrow colours are not kept</source>
        <translation>不保留箭头颜色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>links and callbacks are not kept</source>
        <translation>不保留链接和回调</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mapper lays the map out itself</source>
        <translation>mapper 会自行排布流程图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not used by mapper</source>
        <translation>mapper 不使用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>settings (%%{...}%%)</source>
        <translation>设置（%%{...}%%）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accessibility description</source>
        <translation>无障碍描述</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped {n} {what} line ({why})</source>
        <translation>已跳过 {n} 行 {what}（{why}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped {n} {what} lines ({why})</source>
        <translation>已跳过 {n} 行 {what}（{why}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skipped {n} comment line (%%)</source>
        <translation>已跳过 {n} 行注释（%%）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped {n} comment lines (%%)</source>
        <translation>已跳过 {n} 行注释（%%）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} {name} shape</source>
        <translation>{n} 个 {name} 形状</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} {name} shapes</source>
        <translation>{n} 个 {name} 形状</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} rounded box (..)</source>
        <translation>{n} 个圆角框 (..)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} rounded boxes (..)</source>
        <translation>{n} 个圆角框 (..)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} pill ([..])</source>
        <translation>{n} 个胶囊形 ([..])</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} pills ([..])</source>
        <translation>{n} 个胶囊形 ([..])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} circle ((..))</source>
        <translation>{n} 个圆形 ((..))</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} circles ((..))</source>
        <translation>{n} 个圆形 ((..))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} circle (((..)))</source>
        <translation>{n} 个圆形 (((..)))</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} circles (((..)))</source>
        <translation>{n} 个圆形 (((..)))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} database shape [(..)]</source>
        <translation>{n} 个数据库形状 [(..)]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} database shapes [(..)]</source>
        <translation>{n} 个数据库形状 [(..)]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} database shape</source>
        <translation>{n} 个数据库形状</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} database shapes</source>
        <translation>{n} 个数据库形状</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/safexml.py" line="+30" />
        <source>the file declares its own XML entities; mapper refuses those for safety (that is how "XML bomb" files work)</source>
        <translation>该文件声明了自己的 XML 实体；出于安全考虑 mapper 拒绝读取（“XML 炸弹”文件就是这样工作的）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file refers to outside files or web addresses (external entities); mapper refuses those for safety</source>
        <translation>该文件引用了外部文件或网址（外部实体）；出于安全考虑 mapper 拒绝读取</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file has a document type declaration, which mapper refuses</source>
        <translation>该文件有文档类型声明，mapper 拒绝读取</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the XML was refused for safety ({reason})</source>
        <translation>出于安全考虑已拒绝该 XML（{reason}）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the XML ends too early (the file may be cut off or empty)</source>
        <translation>XML 结束得太早（文件可能被截断或是空的）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the XML ends in the middle of a tag (the file may be cut off)</source>
        <translation>XML 在标签中间结束（文件可能被截断）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the XML is broken ({reason})</source>
        <translation>XML 有错误（{reason}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the XML could not be read ({reason})</source>
        <translation>无法读取 XML（{reason}）</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/scorecard_csv.py" line="+36" />
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location line="+4" />
        <source>row {row}, column {column}</source>
        <translation>第 {row} 行，第 {column} 列</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the file is not UTF-8 text (save it from the spreadsheet as CSV UTF-8)</source>
        <translation>该文件不是 UTF-8 文本（请在电子表格中另存为 CSV UTF-8）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>byte {byte}</source>
        <translation>第 {byte} 字节</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the file is empty; it needs a header row: week, then one column per metric</source>
        <translation>文件是空的；需要一行表头：week，然后每个指标一列</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the first column must be "week" (then one column per metric)</source>
        <translation>第一列必须是 "week"（然后每个指标一列）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>this column has no name in the header row</source>
        <translation>这一列在表头行中没有名称</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"{name}" and "{other}" are the same metric; keep one column</source>
        <translation>"{name}" 和 "{other}" 是同一个指标；只保留一列</translation>
    </message>
    <message>
        <location line="+10" />
        <source>this row has {cells} cells but the header has {columns} columns</source>
        <translation>这一行有 {cells} 个单元格，但表头只有 {columns} 列</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"{week}" is not a week that exists (write weeks as 2026-W49)</source>
        <translation>"{week}" 不是存在的周（请把周写成 2026-W49）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the week is missing</source>
        <translation>缺少周</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{week} is given twice (rows {first} and {again})</source>
        <translation>{week} 出现了两次（第 {first} 行和第 {again} 行）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>row {row}, column "{column}"</source>
        <translation>第 {row} 行，"{column}" 列</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+34" />
        <source>Start / end</source>
        <translation>起点 / 终点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{n} start / end</source>
        <translation>{n} 个起点 / 终点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} starts / ends</source>
        <translation>{n} 个起点 / 终点</translation>
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
</context>
<context>
    <name>LabelGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="-128" />
        <source>Move Label</source>
        <translation>移动标签</translation>
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
    <name>LegendPanel</name>
    <message>
        <location filename="../../mapper/ui/legend_panel.py" line="+13" />
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <location line="+0" />
        <source>right before the customer decides</source>
        <translation>就在客户做决定之前</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automate</source>
        <translation>自动化</translation>
    </message>
    <message>
        <location line="+0" />
        <source>a machine could do it</source>
        <translation>可以交给机器来做</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure</source>
        <translation>衡量</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count it every week</source>
        <translation>每周统计一次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the flow breaks here</source>
        <translation>流程在这里中断</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+0" />
        <source>worth a second look</source>
        <translation>值得再看一眼</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>who answers for it</source>
        <translation>谁对此负责</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Show or hide the {name} badges on the canvas</source>
        <translation>在画布上显示或隐藏“{name}”标记</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+44" />
        <source>Maps and diagrams</source>
        <extracomment>Edits settle this long before the journal is written.</extracomment>
        <translation>流程图和图表</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Untitled</source>
        <extracomment>Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Start with the first step</source>
        <translation>从第一步开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag a shape from the left, or press &lt;b&gt;T&lt;/b&gt; for a start, &lt;b&gt;A&lt;/b&gt; for an activity, &lt;b&gt;D&lt;/b&gt; for a decision.&lt;br&gt;Then &lt;b&gt;Tab&lt;/b&gt; adds what happens next.</source>
        <translation>从左侧拖入一个形状，或按 &lt;b&gt;T&lt;/b&gt; 添加起点、&lt;b&gt;A&lt;/b&gt; 添加活动、&lt;b&gt;D&lt;/b&gt; 添加判断。&lt;br&gt;然后按 &lt;b&gt;Tab&lt;/b&gt; 添加下一步。</translation>
    </message>
    <message>
        <location line="+67" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start a new map</source>
        <translation>新建流程图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+560" />
        <source>Open a map</source>
        <translation>打开流程图</translation>
    </message>
    <message>
        <location line="-559" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+595" />
        <source>Save the map</source>
        <translation>保存流程图</translation>
    </message>
    <message>
        <location line="-594" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bring in a Mermaid, draw.io or BPMN diagram</source>
        <translation>导入 Mermaid、draw.io 或 BPMN 图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export as &amp;Mermaid…</source>
        <translation>导出为 Mermaid(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export as &amp;draw.io…</source>
        <translation>导出为 draw.io(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Image or PDF…</source>
        <translation>导出图片或 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the map as PNG, SVG or PDF</source>
        <translation>将流程图导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Print the map</source>
        <translation>打印流程图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;Checklist…</source>
        <translation>导出清单(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the team's checklist</source>
        <translation>导出团队的清单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print Chec&amp;klist…</source>
        <translation>打印清单(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checklist Previe&amp;w…</source>
        <translation>清单预览(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;nnect To…</source>
        <translation>连接到(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw an arrow from the selected step to a step you pick from a list</source>
        <translation>从所选步骤画一条箭头，连到从列表中选出的步骤</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Start / End</source>
        <translation>起点 / 终点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a start or end point</source>
        <translation>添加起点或终点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add an activity</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a decision</source>
        <translation>添加判断</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the whole map</source>
        <translation>显示整张流程图</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show {name} Badges</source>
        <translation>显示“{name}”标记</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Tidy Up</source>
        <translation>整理(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lay out the whole map, or the selected steps</source>
        <translation>自动排列整张流程图或所选步骤</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tidy Up &amp;Left to Right</source>
        <translation>从左到右整理(&amp;L)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tidy Up Top to &amp;Bottom</source>
        <translation>从上到下整理(&amp;B)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Align &amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Align &amp;Centres Horizontally</source>
        <translation>水平居中对齐(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Align &amp;Right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Align &amp;Top</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Align Centres &amp;Vertically</source>
        <translation>垂直居中对齐(&amp;V)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Align &amp;Bottom</source>
        <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Distribute &amp;Horizontally</source>
        <translation>水平分布(&amp;H)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Distribute &amp;Vertically</source>
        <translation>垂直分布(&amp;V)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About mapper</source>
        <translation>关于 mapper(&amp;A)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;File</source>
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
        <location line="+5" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <location line="+15" />
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
        <location line="+4" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the problems</source>
        <translation>显示问题</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Empty map</source>
        <translation>空流程图</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Could not keep a recovery copy: {error}</source>
        <translation>无法保存恢复副本：{error}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Recovery copy unreadable</source>
        <translation>恢复副本无法读取</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A recovery copy of unsaved work could not be read. It was kept aside as {kept} and will not be offered again.</source>
        <translation>一份未保存工作的恢复副本无法读取。它已另存为 {kept}，以后不会再提示。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Recovered unsaved work on {title}. Save it to keep it.</source>
        <translation>已恢复“{title}”中未保存的工作。请保存以保留它。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your current map is unchanged.</source>
        <translation>当前的流程图没有改动。</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Could not open the template</source>
        <translation>无法打开模板</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The template could not be read.</source>
        <translation>无法读取该模板。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Could not open the map</source>
        <translation>无法打开流程图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” could not be opened.</source>
        <translation>无法打开“{name}”。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Untitled map</source>
        <translation>未命名流程图</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Could not save the map</source>
        <translation>无法保存流程图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was not saved. Your changes are still open here.</source>
        <translation>“{name}”未保存。你的改动仍在这里打开着。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location line="+48" />
        <source>No recent maps</source>
        <translation>没有最近的流程图</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Import a diagram</source>
        <translation>导入图表</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+5" />
        <source>Could not import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location line="-4" />
        <source>“{name}” could not be imported.</source>
        <translation>无法导入“{name}”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{name}” could not be read.</source>
        <translation>无法读取“{name}”。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No steps were found in “{name}”.</source>
        <translation>在“{name}”中没有找到步骤。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Imported with notes</source>
        <translation>已导入，有几点说明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was imported. A few things could not be carried over exactly:</source>
        <translation>“{name}”已导入。有几处无法完全照搬：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Imported {name}: {counts}</source>
        <translation>已导入 {name}：{counts}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export as {what}</source>
        <translation>导出为 {what}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was not written.</source>
        <translation>“{name}”未写入。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Tidied up the selection</source>
        <translation>已整理所选内容</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tidied up the map</source>
        <translation>已整理流程图</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About mapper</source>
        <translation>关于 mapper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map your most profitable system, see what is broken, which steps are critical, what a machine could do and where to measure; then print the checklists your team follows.</source>
        <translation>画出你最赚钱的系统，看清哪里有问题、哪些步骤是关键、哪些可以交给机器、在哪里衡量；然后打印团队要照做的清单。</translation>
    </message>
</context>
<context>
    <name>MapFile</name>
    <message>
        <location filename="../../mapper/formats/bpmn.py" line="-423" />
        <location filename="../../mapper/formats/drawio/container.py" line="-164" />
        <location filename="../../mapper/formats/importers.py" line="-4" />
        <location filename="../../mapper/formats/mermaid/lexer.py" line="-2" />
        <location filename="../../mapper/model/fileformat.py" line="+132" />
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../mapper/model/fileformat.py" line="-55" />
        <source>the file is too large to be {what} ({size} MB; mapper reads up to {limit} MB)</source>
        <extracomment>Files larger than this are refused before parsing (a map of 20,000 steps is ~6 MB). Migrations: ``MIGRATIONS[n]`` turns a version-n document (a dict) into version n+1.</extracomment>
        <translation>文件太大，不可能是{what}（{size} MB；mapper 最多读取 {limit} MB）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this is a folder, not {what}</source>
        <translation>这是文件夹，不是{what}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>permission denied: mapper may not read this file</source>
        <translation>权限不足：mapper 不能读取这个文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>could not be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a map</source>
        <translation>流程图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a file mapper can import</source>
        <translation>mapper 能导入的文件</translation>
    </message>
    <message>
        <location line="+7" />
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行，第 {column} 列</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the file is not UTF-8 text (is it really a mapper map?)</source>
        <translation>该文件不是 UTF-8 文本（它真的是 mapper 流程图吗？）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>line {line}, byte {byte}</source>
        <translation>第 {line} 行，第 {byte} 字节</translation>
    </message>
    <message>
        <location line="+9" />
        <source>this is not valid JSON ({reason})</source>
        <translation>这不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the JSON is nested too deeply; this is not a map</source>
        <translation>JSON 嵌套太深；这不是流程图</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the number {token} is not allowed in a map</source>
        <translation>流程图中不允许数字 {token}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a map file must hold a JSON object { ... } at the top</source>
        <translation>流程图文件的最外层必须是 JSON 对象 { ... }</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this is not a mapper map (format is {found}, expected {expected})</source>
        <translation>这不是 mapper 流程图（format 是 {found}，应为 {expected}）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the required field "schema_version" is missing</source>
        <translation>缺少必填字段 "schema_version"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>schema_version must be a whole number</source>
        <translation>schema_version 必须是整数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this map was made by a newer mapper (file format version {version}; this mapper reads up to {newest}). Update mapper to open it.</source>
        <translation>这个流程图由更新版本的 mapper 创建（文件格式版本 {version}；本 mapper 最多读取 {newest}）。请更新 mapper 后再打开。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the required field "format" is missing (it should be {expected})</source>
        <translation>缺少必填字段 "format"（应为 {expected}）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>schema_version {version} is not a valid version</source>
        <translation>schema_version {version} 不是有效的版本</translation>
    </message>
    <message>
        <location line="+5" />
        <source>file format version {version} is too old to be read by this mapper</source>
        <translation>文件格式版本 {version} 太旧，本 mapper 无法读取</translation>
    </message>
    <message>
        <location line="+24" />
        <source>top level</source>
        <translation>最外层</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{place}, field "{field}"</source>
        <translation>{place}，字段 "{field}"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>step "{id}" ({key}[{index}])</source>
        <translation>步骤 "{id}"（{key}[{index}]）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>arrow "{id}" ({key}[{index}])</source>
        <translation>箭头 "{id}"（{key}[{index}]）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>priority "{id}" ({key}[{index}])</source>
        <translation>重点事项 "{id}"（{key}[{index}]）</translation>
    </message>
    <message>
        <location line="+19" />
        <source>field "{field}"</source>
        <translation>字段 "{field}"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>is not a field mapper knows (check the spelling)</source>
        <translation>不是 mapper 认识的字段（请检查拼写）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is required but missing</source>
        <translation>是必填项，但缺失</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be one of: {expected}</source>
        <translation>必须是以下之一：{expected}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be text in quotes</source>
        <translation>必须是带引号的文字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a list [ ... ]</source>
        <translation>必须是列表 [ ... ]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>must be an object {{ ... }}</source>
        <translation>必须是对象 {{ ... }}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a pair [x, y]</source>
        <translation>必须是一对数 [x, y]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <location line="+1" />
        <source>has too many items</source>
        <translation>项目太多</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a finite number</source>
        <translation>必须是有限的数字</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must be between 0 and 1</source>
        <translation>必须在 0 到 1 之间</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must lie between -{limit} and {limit} (the drawing area of a map)</source>
        <translation>必须在 -{limit} 到 {limit} 之间（流程图的绘图区域）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be more than 0 and at most {limit}</source>
        <translation>必须大于 0 且不超过 {limit}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be 0 or more</source>
        <translation>必须大于或等于 0</translation>
    </message>
    <message>
        <location line="+8" />
        <source>"{field}" {problem}</source>
        <translation>"{field}" {problem}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the step id "{id}" is used twice; every step needs its own id</source>
        <translation>步骤 id "{id}" 用了两次；每个步骤都需要自己的 id</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the arrow id "{id}" is used twice; every arrow needs its own id</source>
        <translation>箭头 id "{id}" 用了两次；每条箭头都需要自己的 id</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{end} "{id}" names no step in this map</source>
        <translation>{end} "{id}" 不是这个流程图中的步骤</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{end} "{id}" is a note; notes take no part in the flow, so arrows may not touch them</source>
        <translation>{end} "{id}" 是备注；备注不参与流程，所以箭头不能连到备注</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the priority id "{id}" is used twice; every priority needs its own id</source>
        <translation>重点事项 id "{id}" 用了两次；每个重点事项都需要自己的 id</translation>
    </message>
    <message>
        <location line="+5" />
        <source>step "{id}" names no step in this map</source>
        <translation>步骤 "{id}" 不是这个流程图中的步骤</translation>
    </message>
    <message>
        <location line="+8" />
        <source>metrics_log[{index}] (week "{week}")</source>
        <translation>metrics_log[{index}]（第 "{week}" 周）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"{week}" is not a week that exists (ISO weeks run 01 to 52, or 53 in some years)</source>
        <translation>"{week}" 不是存在的周（ISO 周从 01 到 52，有些年份到 53）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the week "{week}" is logged twice; keep one entry per week</source>
        <translation>第 "{week}" 周记录了两次；每周只保留一条</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"{key}" names no step or arrow in this map</source>
        <translation>"{key}" 不是这个流程图中的步骤或箭头</translation>
    </message>
    <message>
        <location line="+188" />
        <location line="+26" />
        <source>this is a folder; choose a file name</source>
        <extracomment>A temporary file of a save: ``.NAME.&lt;host&gt;.&lt;pid&gt;.&lt;random&gt;.tmp`` beside NAME. A leftover of another computer (its process cannot be asked) is removed when this old.</extracomment>
        <translation>这是一个文件夹；请选择文件名</translation>
    </message>
    <message>
        <location line="-24" />
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location line="+22" />
        <source>permission denied: mapper may not write here</source>
        <translation>权限不足：mapper 不能在这里写入</translation>
    </message>
    <message>
        <location line="+4" />
        <source>could not be written ({reason})</source>
        <translation>无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../mapper/model/log_keys.py" line="+35" />
        <source>"{text}" is not a number</source>
        <translation>"{text}" 不是数字</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"{text}" is too large a number</source>
        <translation>"{text}" 这个数字太大</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"{key}" names {n} metrics ({steps}); use a step id</source>
        <translation>"{key}" 对应 {n} 个指标（{steps}）；请使用步骤 id</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"{key}" names no step, arrow or metric in this map</source>
        <translation>"{key}" 不是这个流程图中的步骤、箭头或指标</translation>
    </message>
    <message>
        <location filename="../../mapper/model/errors.py" line="+20" />
        <source>{before}: {after}</source>
        <extracomment>Chosen now: the message is often printed after its language's scope has ended.</extracomment>
        <translation>{before}：{after}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../mapper/ui/properties/map_page.py" line="+15" />
        <source>Map</source>
        <translation>流程图</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What is this system called?</source>
        <translation>这个系统叫什么？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing (getting customers)</source>
        <translation>营销（获取客户）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating (delivering the work)</source>
        <translation>运营（交付工作）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where does it start and stop? What does it deliver?</source>
        <translation>它从哪里开始、到哪里结束？交付的是什么？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Select a step or an arrow to edit it.</source>
        <translation>选中一个步骤或箭头即可编辑。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Untitled map</source>
        <translation>未命名流程图</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../mapper/ui/canvas/scene.py" line="+507" />
        <source>Owner: {0}</source>
        <extracomment>How far from a moved step the arrows that might now route differently are looked for. Items per invisible parent layer (see ``Layer``). Emitted after the scene caught up with a change (for the overview cache and the view). Swimlane bands as the steps stand (drawn by the view's background); kept as they were while a drag is under way (``bands_frozen``).</extracomment>
        <translation>负责人：{0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner: nobody yet</source>
        <translation>负责人：暂无</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Answers for the metric: {0}</source>
        <translation>负责指标：{0}</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../mapper/render/markers.py" line="+23" />
        <source>Critical step</source>
        <extracomment>Marker kinds in the order their badges appear from the shape's top-right corner. "owner" is the owner chip on the shape's bottom edge, switched like a badge (no analysis marker has that kind).</extracomment>
        <translation>关键步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could be automated</source>
        <translation>可以自动化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure here</source>
        <translation>在这里衡量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Could be automated (score {0})</source>
        <translation>可以自动化（得分 {0}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Measure here: {0}</source>
        <translation>在这里衡量：{0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{0} ({1}): {2}</source>
        <translation>{0}（{1}）：{2}</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../mapper/analysis/method.py" line="+56" />
        <source>Map the system</source>
        <extracomment>Step ids still to do (for step 7: none; the priorities are missing, not a step). What is left, in the owner's words ("" when done). Where clicking takes the owner: "steps" (select ``left``), "scorecard" or "review".</extracomment>
        <translation>画出系统</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decide what to automate</source>
        <translation>决定哪些要自动化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document the critical steps</source>
        <translation>为关键步骤写好清单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure them</source>
        <translation>衡量关键步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every step and metric an owner</source>
        <translation>给每个步骤和指标指定负责人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review the numbers weekly</source>
        <translation>每周检查数字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan the quarter</source>
        <translation>规划本季度</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the map needs a start: where does the system begin?</source>
        <translation>流程图需要一个起点：这个系统从哪里开始？</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mark the end that is a success as a goal (a new client, a paid job)</source>
        <translation>把代表成功的终点标记为目标（一位新客户、一笔已付款的活）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} problem in the flow to fix</source>
        <translation>流程中有 {n} 个问题要修正</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} problems in the flow to fix</source>
        <translation>流程中有 {n} 个问题要修正</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{n} step could be automated: decide yes or no</source>
        <translation>{n} 个步骤可以自动化：请决定是否自动化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} steps could be automated: decide yes or no each</source>
        <translation>{n} 个步骤可以自动化：请逐个决定是否自动化</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} critical step has no checklist yet</source>
        <translation>{n} 个关键步骤还没有清单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} critical steps have no checklist yet</source>
        <translation>{n} 个关键步骤还没有清单</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} step to measure needs a metric with a target</source>
        <translation>{n} 个需要衡量的步骤还缺一个带目标的指标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} steps to measure need a metric with a target</source>
        <translation>{n} 个需要衡量的步骤还缺一个带目标的指标</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} step has no owner yet</source>
        <translation>{n} 个步骤还没有负责人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} steps have no owner yet</source>
        <translation>{n} 个步骤还没有负责人</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no metrics yet: measure the critical steps first</source>
        <translation>还没有指标：请先衡量关键步骤</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} metric has no number for this week or last</source>
        <translation>{n} 个指标本周和上周都没有数字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} metrics have no number for this week or last</source>
        <translation>{n} 个指标本周和上周都没有数字</translation>
    </message>
    <message>
        <location line="+5" />
        <source>set at least one priority for {quarter}, with an owner</source>
        <translation>为 {quarter} 至少设定一个重点事项，并指定负责人</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Map the system first (step 1)</source>
        <translation>请先画出系统（第 1 步）</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../../mapper/analysis/metrics.py" line="+50" />
        <source>Leads in: {step}</source>
        <translation>进入的潜在客户：{step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>volume in: count who enters the system here</source>
        <translation>流入量：统计有多少人从这里进入系统</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{step} ({label} rate)</source>
        <translation>{step}（“{label}”的比例）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{step} (share per branch)</source>
        <translation>{step}（各分支占比）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conversion: the share of people going each way shows where the system leaks</source>
        <translation>转化：走向各条路的人数占比显示系统在哪里流失</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Won: {step}</source>
        <translation>成交：{step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended: {step}</source>
        <translation>结束：{step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outcome: count how many finish here, your goal</source>
        <translation>结果：统计有多少人在这里结束，这是你的目标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outcome: count how many finish here</source>
        <translation>结果：统计有多少人在这里结束</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Times done: {step}</source>
        <translation>完成次数：{step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a critical step: check that it is done every time</source>
        <translation>关键步骤：检查它每次都做到了</translation>
    </message>
    <message>
        <location line="+5" />
        <source>you set a metric here</source>
        <translation>你在这里设定了指标</translation>
    </message>
    <message>
        <location line="+3" />
        <source>you set a metric here (target {target})</source>
        <translation>你在这里设定了指标（目标 {target}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>MoveGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="-143" />
        <source>Move to lane {0}</source>
        <extracomment>Pixels the mouse must travel before a press becomes a drag. The view also hands the mouse to QGraphicsView (Qt draws the rubber band).</extracomment>
        <translation>移到泳道 {0}</translation>
    </message>
</context>
<context>
    <name>MultiPage</name>
    <message>
        <location filename="../../mapper/ui/properties/multi_page.py" line="+15" />
        <source>Several steps</source>
        <translation>多个步骤</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+6" />
        <source>(mixed)</source>
        <translation>（混合）</translation>
    </message>
    <message>
        <location line="-5" />
        <source>No stage</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hourglass stage of all</source>
        <translation>全部的沙漏阶段</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Owner of all</source>
        <translation>全部的负责人</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{0} steps selected</source>
        <translation>已选中 {0} 个步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}. Changes here apply to all of them.</source>
        <translation>{0}。这里的修改会应用到全部步骤。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Change Stage</source>
        <translation>更改阶段</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Change Owner</source>
        <translation>更改负责人</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../mapper/model/owners.py" line="+45" />
        <source>Rename Owner {old} to {new}</source>
        <translation>将负责人 {old} 改名为 {new}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear Owner {old}</source>
        <translation>清除负责人 {old}</translation>
    </message>
    <message>
        <location filename="../../mapper/ui/document.py" line="+29" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Step</source>
        <translation>更改步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Arrow</source>
        <translation>更改箭头</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Map</source>
        <translation>更改流程图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record Numbers</source>
        <translation>记录数字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidy Up</source>
        <translation>整理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload from Disk</source>
        <translation>从磁盘重新载入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Probabilities</source>
        <translation>更改概率</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../mapper/ui/canvas/palette.py" line="+21" />
        <source>Terminator: where the system starts or stops (T)</source>
        <translation>起点/终点：系统开始或结束的地方（T）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activity: something someone does (A)</source>
        <translation>活动：某人要做的事（A）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision: a question with Yes / No branches (D)</source>
        <translation>判断：有“是 / 否”分支的问题（D）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note: a remark; takes no part in the flow (N)</source>
        <translation>备注：一段说明，不参与流程（N）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../mapper/ui/printing.py" line="-119" />
        <source>Printing the map…</source>
        <extracomment>The smallest print preview: wide enough for its whole toolbar, tall enough for a page.</extracomment>
        <translation>正在打印流程图…</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+92" />
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location line="-81" />
        <source>Print Map</source>
        <translation>打印流程图</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Fit on one page</source>
        <translation>缩放到一页</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Off: tile the map across several pages at its on-screen size</source>
        <translation>关闭时：按屏幕尺寸把流程图分页平铺</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only the selected steps ({n})</source>
        <translation>仅所选步骤（{n}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preview just the steps selected on the canvas and the arrows between them</source>
        <translation>只预览画布上选中的步骤及其之间的箭头</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Print Checklist</source>
        <translation>打印清单</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Printing the checklist…</source>
        <translation>正在打印清单…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Checklist Preview</source>
        <translation>清单预览</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Critical steps only</source>
        <translation>仅关键步骤</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the one-page card of the critical steps instead of the whole checklist</source>
        <translation>显示关键步骤的单页卡片，而不是完整清单</translation>
    </message>
    <message>
        <location line="+33" />
        <source>PDF checklist</source>
        <extracomment>Save-dialog filters; the chosen one says the format, whether it is the critical-steps card and whether it is the owner's edition (with automation hints and the method's progress).</extracomment>
        <translation>PDF 清单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF critical-steps card</source>
        <translation>PDF 关键步骤卡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF checklist, owner's edition</source>
        <translation>PDF 清单（老板版）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown checklist</source>
        <translation>Markdown 清单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown checklist, owner's edition</source>
        <translation>Markdown 清单（老板版）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page checklist</source>
        <translation>网页清单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page critical-steps card</source>
        <translation>网页关键步骤卡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page checklist, owner's edition</source>
        <translation>网页清单（老板版）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checklist not saved</source>
        <translation>清单未保存</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Checklist</source>
        <translation>导出清单</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../mapper/ui/properties/panel.py" line="+169" />
        <source>That value cannot be used here.</source>
        <extracomment>True while the fields are being filled from the model (nothing is committed then).</extracomment>
        <translation>这里不能使用该值。</translation>
    </message>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="-160" />
        <source>{what}: type a number, like 25 or 12.50</source>
        <translation>{what}：请输入数字，如 25 或 12.50</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{what} cannot be less than {minimum}</source>
        <translation>{what} 不能小于 {minimum}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Probability: type a chance, like 20% or 0.2</source>
        <translation>概率：请输入可能性，如 20% 或 0.2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Probability: type a chance between 0 and 1, or a percentage like 20%</source>
        <translation>概率：请输入 0 到 1 之间的可能性，或 20% 这样的百分比</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../mapper/ui/recovery.py" line="+80" />
        <source>could not be created ({reason})</source>
        <translation>无法创建（{reason}）</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Untitled map</source>
        <translation>未命名流程图</translation>
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
        <location line="+8" />
        <source>... and {n} more (mapper check --json lists them all)</source>
        <translation>……还有 {n} 个（mapper check --json 会全部列出）</translation>
    </message>
    <message>
        <location line="+19" />
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
        <location line="+3" />
        <source>none: no single step is on every way to a goal (mark one with "critical" if it matters)</source>
        <translation>无：没有哪个步骤位于通往目标的每一条路上（如果某个步骤很重要，请用“critical”标记它）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could be automated (best first)</source>
        <translation>可以自动化（最合适的在前）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing obvious: no step sends, reminds, schedules, invoices or records</source>
        <translation>没有明显的：没有步骤在发送、提醒、排期、开票或记录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{step} (score {score})</source>
        <translation>{step}（得分 {score}）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Where to measure (count these every week)</source>
        <translation>在哪里衡量（每周统计这些数字）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing yet: add a start, decisions and ends</source>
        <translation>还没有：请添加起点、判断和终点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{metric}  at {step}: {reason}</source>
        <translation>{metric}  位于 {step}：{reason}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Your system: {done} of {all} steps of the method done</source>
        <translation>你的系统：方法的 {all} 个步骤已完成 {done} 个</translation>
    </message>
    <message>
        <location line="+4" />
        <source>: {todo}</source>
        <translation>：{todo}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Funnel: not worked out. It needs a start and an end, a probability on every branch (adding up to 100% per step), and no error about dead ends, unreachable steps or loops without a way out.</source>
        <translation>漏斗：无法计算。它需要一个起点和一个终点，每个分支都有概率（每个步骤合计 100%），并且没有关于死路、无法到达的步骤或没有出口的循环的错误。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Funnel (out of every {n} people who enter)</source>
        <translation>漏斗（每 {n} 位进入者中）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(goal)</source>
        <translation>（目标）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>In all, {n} of every {entrants} reach a goal.</source>
        <translation>总计每 {entrants} 位中有 {n} 位达成目标。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>... and {n} more ends, {rest} in all</source>
        <translation>……还有 {n} 个终点，共 {rest} 个</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Busiest steps (loops make people pass more than once):</source>
        <translation>最繁忙的步骤（循环会让人经过不止一次）：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{step}: {n} visits</source>
        <translation>{step}：{n} 次经过</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value per person who enters: {value}</source>
        <translation>每位进入者带来的价值：{value}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Levers (goal outcomes gained per 100 people by moving one percentage point from a decision's weakest branch to its strongest):</source>
        <translation>杠杆（把一个百分点从某个判断最弱的分支移到最强的分支时，每 100 人增加的目标达成数）：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>... and {n} more</source>
        <translation>……还有 {n} 个</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../mapper/analysis/review.py" line="+197" />
        <source>Numbers for {logged} of the {weeks} weeks of {quarter}; {previous_logged} of {previous_weeks} in {previous}.</source>
        <extracomment>Where the levers came from: "measured", "assumed" or "" (no funnel). How many of the quarter's weeks, and of the previous quarter's, have numbers (and how many weeks it had).</extracomment>
        <translation>{quarter} 的 {weeks} 周中有 {logged} 周有数字；{previous} 的 {previous_weeks} 周中有 {previous_logged} 周有数字。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Weakest between {source} and {target}: {rate} as many go on</source>
        <translation>{source} 到 {target} 之间最弱：继续往下走的比例为 {rate}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Most are lost between {source} and {target}: {rate} go on</source>
        <translation>{source} 到 {target} 之间流失最多：只有 {rate} 继续往下走</translation>
    </message>
    <message>
        <location line="+5" />
        <source>, down from {was}</source>
        <translation>，从 {was} 下降</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, up from {was}</source>
        <translation>，从 {was} 上升</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, as last quarter</source>
        <translation>，与上季度持平</translation>
    </message>
    <message>
        <location line="+1" />
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/review_doc.py" line="+80" />
        <source>: {todo}</source>
        <translation>：{todo}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Marketing half: {leak}</source>
        <translation>营销部分：{leak}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing half: no two consecutive stages with numbers yet.</source>
        <translation>营销部分：还没有两个相邻阶段都有数字。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operating half: {leak}</source>
        <translation>运营部分：{leak}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating half: no two consecutive stages with numbers yet.</source>
        <translation>运营部分：还没有两个相邻阶段都有数字。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where it leaks</source>
        <translation>哪里在流失</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stage volumes</source>
        <translation>各阶段人数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counted at</source>
        <translation>统计位置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No step of this map has a stage.</source>
        <translation>这张流程图没有任何步骤设定了阶段。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion between stages</source>
        <translation>阶段之间的转化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not enough stage volumes this quarter to compare.</source>
        <translation>本季度的阶段人数不足，无法比较。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weeks on and off target over the quarter's {n} weeks.</source>
        <translation>本季度 {n} 周中达标和未达标的周数。</translation>
    </message>
    <message>
        <location line="+1" />
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
        <location line="+2" />
        <source>No step has a metric yet.</source>
        <translation>还没有步骤设定指标。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The funnel measured from this quarter's numbers.</source>
        <translation>按本季度的数字测算的漏斗。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The funnel from the probabilities on the map.</source>
        <translation>按流程图上的概率估算的漏斗。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{step}: +{gain} goal outcomes per 100 entrants for each point moved from its worst branch to its best</source>
        <translation>{step}：从最差的分支每移一个百分点到最好的分支，每 100 位进入者的目标达成数 +{gain}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Largest levers</source>
        <translation>最大的杠杆</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>还没有漏斗：请给各分支设定概率，或记录它们的数字。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Priorities for {quarter}</source>
        <translation>{quarter} 的重点事项</translation>
    </message>
    <message>
        <location line="+1" />
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
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None set yet.</source>
        <translation>还没有设定。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quarterly review {quarter}</source>
        <translation>季度复盘 {quarter}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks {first} to {last}</source>
        <translation>{first} 至 {last} 各周</translation>
    </message>
    <message>
        <location line="+1" />
        <source>value per entrant {value}</source>
        <translation>每位进入者带来的价值 {value}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Untitled map</source>
        <translation>未命名流程图</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+33" />
        <location filename="../../mapper/render/review_pdf.py" line="+50" />
        <source>Your system: the method</source>
        <translation>你的系统：方法</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+201" />
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
        <location line="+91" />
        <source>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2} goal outcomes per 100 entrants per point moved from its worst branch to its best</source>
        <translation>{0}. &lt;b&gt;{1}&lt;/b&gt;：每从最差分支向最好分支移动一个百分点，每 100 位进入者 +{2} 个目标达成</translation>
    </message>
    <message>
        <location line="-356" />
        <location line="+265" />
        <source>On track</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="-264" />
        <location line="+264" />
        <source>Off track</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location line="-263" />
        <source>Done</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location line="+63" />
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
        <translation>尚未设置。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Double-click to choose the steps</source>
        <translation>双击选择步骤</translation>
    </message>
    <message>
        <location line="+120" />
        <source>Stage volumes</source>
        <translation>各阶段人数</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Conversion between stages</source>
        <translation>阶段之间的转化</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Logged</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Largest levers</source>
        <translation>最大的杠杆</translation>
    </message>
    <message>
        <location line="+63" />
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
        <location line="+6" />
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>还没有漏斗：请给各分支设定概率，或记录它们的数字。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Priorities for {0}</source>
        <translation>{0} 的重点事项</translation>
    </message>
    <message>
        <location line="+6" />
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
        <location filename="../../mapper/analysis/rules.py" line="+75" />
        <source>the start/end point {step}</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step's branch probabilities may be from summing to 1. A map with fewer flow steps than this is still being started: its missing start or end is a hint (severity info), not an error, while the owner types.</extracomment>
        <translation>起点/终点 {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the decision {step}</source>
        <translation>判断 {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the note {step}</source>
        <translation>备注 {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the activity {step}</source>
        <translation>活动 {step}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} more</source>
        <translation>另外 {n} 个</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+115" />
        <source>{names} and {last}</source>
        <translation>{names} 和 {last}</translation>
    </message>
    <message>
        <location line="-106" />
        <source>The map has no start. Add a start/end point (pill shape) such as "New enquiry" and draw an arrow from it to the first step, so it is clear where the system begins.</source>
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
        <location line="+10" />
        <source>The flow stops at {step}: nothing happens after it. Draw an arrow to what happens next, or end it with an end point (for example "Job done").</source>
        <translation>流程在 {step} 处中断：之后什么都没有发生。请画一条箭头指向接下来发生的事，或用一个终点结束它（例如“完工”）。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The loop through {steps} has no way out: whoever enters it goes round for ever. Add a decision with a branch that leaves the loop (for example "Not interested" to an end).</source>
        <translation>经过 {steps} 的循环没有出口：进去的人会一直绕下去。请添加一个判断，带一个离开循环的分支（例如“不感兴趣”通往一个终点）。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The decision {step} has only one way out. Add a second arrow (for example "No") or make it an activity.</source>
        <translation>判断 {step} 只有一个出口。请再加一条箭头（例如“否”），或把它改成活动。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{n} of its arrows has no label</source>
        <translation>它有 {n} 条箭头没有标签</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} of its arrows have no label</source>
        <translation>它有 {n} 条箭头没有标签</translation>
    </message>
    <message>
        <location line="+3" />
        <source>several arrows say {labels}</source>
        <translation>有几条箭头都写着 {labels}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{step}: {problems}. Label each way out with a different answer (for example "Yes" and "No") so people know which way to go.</source>
        <translation>{step}：{problems}。请给每条出路标上不同的答案（例如“是”和“否”），让人知道该走哪条路。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{step} leads to {n} different steps, so it is not clear which comes next. Put a decision (diamond) after it that asks which way to go, with one labelled arrow per answer.</source>
        <translation>{step} 通往 {n} 个不同的步骤，不清楚下一步是哪个。请在它后面加一个判断（菱形），问该走哪条路，每个答案一条带标签的箭头。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There are two arrows from {source} to {target}. Delete one of them.</source>
        <translation>从 {source} 到 {target} 有两条箭头。请删除其中一条。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>An arrow goes from {step} back to itself. Point it at the step that should happen again (for example the step before it), or delete it.</source>
        <translation>有一条箭头从 {step} 指回它自己。请把它指向应当重复的那个步骤（例如它前面的步骤），或删除它。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Write the question it asks (for example "Paid in full?").</source>
        <translation>请写出它要问的问题（例如“已全额付款？”）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write where the system starts or ends here (for example "New enquiry").</source>
        <translation>请写出系统在这里开始或结束的情况（例如“新的咨询”）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write what happens here, starting with a verb (for example "Send the quote").</source>
        <translation>请写出这里做什么，以动词开头（例如“发送报价”）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{step} has no text. {what}</source>
        <translation>{step} 没有文字。{what}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Only some arrows out of {step} have a probability. Give every arrow out of it a probability (they must add up to 100%), or none.</source>
        <translation>{step} 只有部分出去的箭头设定了概率。请给它的每条出去的箭头都设定概率（合计必须为 100%），或者都不设。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The probabilities on the arrows out of {step} add up to {total}, not {whole}. Change them so they add up to {whole}.</source>
        <translation>{step} 出去的箭头上的概率合计为 {total}，而不是 {whole}。请调整它们，使合计为 {whole}。</translation>
    </message>
    <message>
        <location line="+70" />
        <source>{step} and {other} overlap on the canvas. Drag one of them apart so both can be read.</source>
        <translation>{step} 和 {other} 在画布上重叠了。请把其中一个拖开，让两者都能看清。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a critical step</source>
        <translation>关键步骤</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a step with the metric "{metric}"</source>
        <translation>带有指标“{metric}”的步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a step with a metric</source>
        <translation>带有指标的步骤</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nobody owns {step}, {why}. Who answers for this? Set an owner. Give it a role such as "Sales", or a person's name, in its properties.</source>
        <translation>{step} 没有负责人，而它是 {why}。这一步由谁负责？请设定负责人：在它的属性中填写一个角色（例如“销售”）或一个人的名字。</translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/flow.py" line="+132" />
        <source>the unnamed start/end point ({id})</source>
        <translation>未命名的起点/终点（{id}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the unnamed decision ({id})</source>
        <translation>未命名的判断（{id}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the unnamed note ({id})</source>
        <translation>未命名的备注（{id}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the unnamed activity ({id})</source>
        <translation>未命名的活动（{id}）</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="+8" />
        <location filename="../../mapper/formats/scorecard_report.py" line="+98" />
        <location line="+58" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-58" />
        <location line="+58" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-57" />
        <location line="+57" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avg</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-56" />
        <location line="+59" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scorecard {first} to {last} (✓ on track, ✗ off track)</source>
        <translation>计分卡 {first} 至 {last}（✓ 达标，✗ 未达标）</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-47" />
        <location line="+59" />
        <source>No step has a metric yet.</source>
        <translation>还没有步骤设定指标。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>To discuss ({week}):</source>
        <translation>待讨论（{week}）：</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/scorecard_report.py" line="-119" />
        <source>flat</source>
        <translation>持平</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{change} a week</source>
        <translation>每周 {change}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{metric}: {value}, goal {goal}</source>
        <translation>{metric}：{value}，目标 {goal}</translation>
    </message>
    <message>
        <location line="+2" />
        <source> ({owner})</source>
        <translation>（{owner}）</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+52" />
        <source>Untitled map</source>
        <translation>未命名流程图</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+52" />
        <source>Scorecard: {title}</source>
        <translation>计分卡：{title}</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+55" />
        <source>{first} to {last} · ✓ on track, ✗ off track</source>
        <translation>{first} 至 {last} · ✓ 达标，✗ 未达标</translation>
    </message>
    <message>
        <location line="-52" />
        <location line="+54" />
        <source>To discuss ({week})</source>
        <translation>待讨论（{week}）</translation>
    </message>
    <message>
        <location line="-52" />
        <location line="+57" />
        <source>Nothing is off track this week.</source>
        <translation>本周没有未达标的指标。</translation>
    </message>
    <message>
        <location line="-53" />
        <location line="+58" />
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="-57" />
        <location line="+53" />
        <source>Every metric</source>
        <translation>所有指标</translation>
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
        <location line="+1" />
        <source>(goal {goal})</source>
        <translation>（目标 {goal}）</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
</context>
<context>
    <name>ScorecardSheet</name>
    <message>
        <location filename="../../mapper/render/scorecard_pdf.py" line="+94" />
        <location line="+21" />
        <source>Metric</source>
        <extracomment>Type sizes the scorecard tries, largest first, before it takes a second page.</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-21" />
        <location line="+21" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+20" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Avg</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+224" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Untitled map</source>
        <translation>未命名流程图</translation>
    </message>
    <message>
        <location line="+11" />
        <source>To discuss (%1): </source>
        <translation>待讨论（%1）：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing is off track this week.</source>
        <translation>本周没有未达标的指标。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No step has a metric yet: give the critical steps a metric in the Properties panel.</source>
        <translation>还没有步骤设定指标：请在属性面板中给关键步骤设定指标。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to %2 · ✓ on track, ✗ off track · printed %3</source>
        <translation>%1 至 %2 · ✓ 达标，✗ 未达标 · 打印于 %3</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+34" />
        <source>Scorecard: %1</source>
        <translation>计分卡：%1</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Write each number in its box; then type them into the Weekly review, or record them with: mapper log FILE --week %1 KEY=VALUE...</source>
        <translation>把每个数字写在对应的格子里；然后输入到每周复盘中，或用以下命令记录：mapper log FILE --week %1 KEY=VALUE...</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+22" />
        <source>This week's numbers: %1</source>
        <translation>本周数字：%1</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Week %1 of %2 (%3), starting Monday %4</source>
        <translation>%2 的第 %1 周（%3），自周一 %4 起</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="+370" />
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
    <message>
        <location line="+113" />
        <source>(goal {goal})</source>
        <translation>（目标 {goal}）</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>and %n more (✗ in the grid)</source>
        <translation>
            <numerusform>还有 %n 项（表格中标 ✗）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>To discuss</source>
        <translation>待讨论</translation>
    </message>
    <message>
        <location line="+2" />
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
        <translation>
            <numerusform>还有 %n 项…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Track this</source>
        <translation>建议跟踪</translation>
    </message>
    <message>
        <location line="+1" />
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
        <translation>
            <numerusform>已导入 %n 周的数字</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>unknown file type; use .pdf, .png, .html, .md or .csv</source>
        <translation>未知的文件类型；请使用 .pdf、.png、.html、.md 或 .csv</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../mapper/ui/shortcuts_dialog.py" line="+78" />
        <source>Keyboard shortcuts — mapper</source>
        <translation>键盘快捷键 — mapper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="-29" />
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
    <name>StepPage</name>
    <message>
        <location filename="../../mapper/ui/properties/step_page.py" line="+21" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happens here?</source>
        <translation>这里做什么？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No stage</source>
        <translation>无阶段</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hourglass stage</source>
        <translation>沙漏阶段</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who is accountable? (role or person)</source>
        <translation>谁负责？（角色或人名）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A successful outcome (a goal)</source>
        <translation>一个成功的结果（目标）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 1200</source>
        <translation>例如：1200</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value of this outcome</source>
        <translation>这个结果的价值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Critical and automation</source>
        <translation>关键与自动化</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Critical step</source>
        <translation>关键步骤</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Automate</source>
        <translation>自动化</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+97" />
        <source>e.g. Consultations booked</source>
        <translation>例如：预约的咨询数</translation>
    </message>
    <message>
        <location line="-96" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+1" />
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit and weekly target</source>
        <translation>单位和每周目标</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the step's owner</source>
        <translation>步骤的负责人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who answers for it</source>
        <translation>由谁负责</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How is it done? What to watch out for?</source>
        <translation>怎么做？要注意什么？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+0" />
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+31" />
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Duration (min) and cost</source>
        <translation>时长（分钟）和费用</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{0} (the step's owner)</source>
        <translation>{0}（步骤的负责人）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. 1200 {0}</source>
        <translation>例如：1200 {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cost in {0}</source>
        <translation>费用（{0}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Money in {0}</source>
        <translation>金额（{0}）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>mapper will decide once it has checked the map.</source>
        <translation>mapper 检查流程图后会作出判断。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>mapper: not critical</source>
        <translation>mapper：不关键</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: critical — {0}</source>
        <translation>mapper：关键 — {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: critical</source>
        <translation>mapper：关键</translation>
    </message>
    <message>
        <location line="+3" />
        <source>mapper: not a candidate</source>
        <translation>mapper：不是候选</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: a candidate (score {0}) — {1}</source>
        <translation>mapper：候选（得分 {0}）— {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: a candidate (score {0})</source>
        <translation>mapper：候选（得分 {0}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your decision (mapper's is ignored).</source>
        <translation>由你决定（忽略 mapper 的判断）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>mapper suggests counting “{0}” here — {1}</source>
        <translation>mapper 建议在这里统计“{0}” — {1}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Target</source>
        <translation>目标</translation>
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
    <name>TriState</name>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="+84" />
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Let mapper decide</source>
        <translation>由 mapper 决定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Never</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../../mapper/analysis/measured.py" line="+234" />
        <location line="+176" />
        <source>there is no arrow "{id}"</source>
        <extracomment>The window when nobody says otherwise: a quarter of weeks. Measured sums closer to 1 than this count as 1 (the probabilities rule's tolerance). True when a what-if was asked for (then ``baseline`` is the funnel before it, or None).</extracomment>
        <translation>没有箭头“{id}”</translation>
    </message>
    <message>
        <location line="-174" />
        <source>arrow "{id}" is the only way out of its step: there is nothing to share</source>
        <translation>箭头“{id}”是其步骤唯一的出口：没有可分配的部分</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the probability of arrow "{id}" must be a number from 0 to 1, not {value}</source>
        <translation>箭头“{id}”的概率必须是 0 到 1 之间的数字，而不是 {value}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the probabilities set on the arrows out of "{step}" add up to {total}, more than 100%</source>
        <translation>从“{step}”出发的箭头所设概率合计 {total}，超过 100%</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the probabilities set on every arrow out of "{step}" add up to {total}, not 100%</source>
        <translation>从“{step}”出发的所有箭头所设概率合计 {total}，而不是 100%</translation>
    </message>
    <message>
        <location line="+162" />
        <location line="+2" />
        <source>Change Probability</source>
        <translation>更改概率</translation>
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
    <name>argparse</name>
    <message>
        <location filename="../../mapper/cli/argparse_words.py" line="+32" />
        <source>usage: </source>
        <extracomment>Before the usage line; the usage follows on the same line.</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>positional arguments</source>
        <extracomment>A heading of the help; argparse writes ":" right after it (French: end it with a no-break space).</extracomment>
        <translation>位置参数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>options</source>
        <extracomment>A heading of the help; argparse writes ":" right after it (French: end it with a no-break space).</extracomment>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>optional arguments</source>
        <translation>可选参数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%(prog)s: error: %(message)s
</source>
        <extracomment>Keep "%(prog)s: " as it is: every error line of mapper starts with "mapper: ".</extracomment>
        <translation>%(prog)s: 错误：%(message)s
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invalid %(type)s value: %(value)r</source>
        <extracomment>%(type)s is Python's name for the type: int, float.</extracomment>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（请从 %(choices)s 中选择）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项有歧义：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ignored explicit argument %r</source>
        <extracomment>An option that takes no value was given one: --json=yes.</extracomment>
        <translation>已忽略显式给出的参数 %r</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at most one argument</source>
        <translation>最多需要一个参数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s argument</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../mapper/ui/messages.py" line="+15" />
        <source>mapper maps</source>
        <translation>mapper 流程图</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Diagrams</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do you want to save the changes you made to “{name}”?</source>
        <translation>要保存对“{name}”所做的更改吗？</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your changes will be lost if you don't save them.</source>
        <translation>如果不保存，你的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mapper closed before “{title}” was saved.</source>
        <translation>mapper 在“{title}”保存前关闭了。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Do you want to recover the unsaved changes (last kept {day} at {time})? Discarding deletes them for good.</source>
        <translation>要恢复未保存的更改吗（最后保留于 {day} {time}）？放弃将永久删除这些更改。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Do you want to recover the unsaved changes? Discarding deletes them for good.</source>
        <translation>要恢复未保存的更改吗？放弃将永久删除这些更改。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+16" />
        <source>… and {n} more</source>
        <translation>…… 还有 {n} 个</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose a page</source>
        <translation>选择页面</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” has {n} pages. Which one do you want to import?</source>
        <translation>“{name}”有 {n} 页。要导入哪一页？</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Map in use</source>
        <translation>流程图正在使用中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” is open by {user} on {host} since {since}.</source>
        <translation>“{name}”自 {since} 起被 {host} 上的 {user} 打开。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open it read-only to look without changing their work (Save then asks for a new name), or open it anyway if you are sure they are not editing it.</source>
        <translation>以只读方式打开，可以查看而不改动对方的工作（保存时会要求新名字）；如果确定对方没有在编辑，也可以直接打开。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open Anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Map changed on disk</source>
        <translation>流程图已在磁盘上更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was changed by someone else since you opened it.</source>
        <translation>自你打开后，“{name}”已被别人更改。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saving here replaces their version with yours, and their changes are lost. Save yours under another name to keep both.</source>
        <translation>在这里保存会用你的版本替换对方的版本，对方的更改会丢失。把你的版本另存为其他名字即可两者都保留。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save Mine As…</source>
        <translation>将我的版本另存为…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace Theirs</source>
        <translation>替换对方的版本</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The map changed since</source>
        <translation>流程图在此之后有更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was changed on disk after mapper stopped.</source>
        <translation>mapper 停止后，“{name}”已在磁盘上被更改。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your recovered work opens as a new, unsaved map, and the newer file opens in its own window, so you can compare them. Nothing was written over the file.</source>
        <translation>恢复的工作会作为一张新的未保存流程图打开，较新的文件在自己的窗口中打开，方便你对比。文件没有被覆盖。</translation>
    </message>
</context>
</TS>