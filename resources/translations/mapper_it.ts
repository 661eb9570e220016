<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../mapper/ui/canvas/scene.py" line="+508"/>
        <source>MapScene</source>
        <comment>Owner: {0}</comment>
        <extracomment>How far from a moved step the arrows that might now route differently are looked for. Items per invisible parent layer (see ``Layer``). Emitted after the scene caught up with a change (for the overview cache and the view). Swimlane bands as the steps stand (drawn by the view&apos;s background); kept as they were while a drag is under way (``bands_frozen``).</extracomment>
        <translation>MapScene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MapScene</source>
        <comment>Owner: nobody yet</comment>
        <translation>MapScene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MapScene</source>
        <comment>Answers for the metric: {0}</comment>
        <translation>MapScene</translation>
    </message>
</context>
<context>
    <name>Accountability</name>
    <message>
        <location filename="../../mapper/formats/accountability_doc.py" line="+47"/>
        <source>{n} thing with no owner</source>
        <extracomment>What the entries are: &quot;steps&quot;, &quot;metrics&quot; or &quot;priorities&quot; (the heading is translated). True for the &quot;Nobody&quot; card.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} things with no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accountability chart: {n} owner, one seat each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountability chart: {n} owners, one seat each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed decision, {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unnamed terminator, {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unnamed activity, {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric</source>
        <translation type="unfinished">Indicatore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, target at most {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, target at least {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{metric} — at {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation type="unfinished">Passi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{quarter}: {priority} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics nobody answers for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{title} — accountability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../mapper/ui/analysis_runner.py" line="+141"/>
        <source>Checking the map before it goes out…</source>
        <extracomment>Maps with more steps than this are analysed on a worker thread.</extracomment>
        <translation>Controllo la mappa prima che esca…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>Controllo in corso</translation>
    </message>
</context>
<context>
    <name>Automation</name>
    <message>
        <location filename="../../mapper/analysis/automation.py" line="+54"/>
        <source>it says &quot;{word}&quot;: {reason}</source>
        <extracomment>Score of a step with one kind of automatable task; more kinds add a little.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it asks &quot;{word}&quot;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the owner does it now (&quot;{owner}&quot;): automating it gives the owner&apos;s time back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the office does it now (&quot;{owner}&quot;): routine admin that software does well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it is inside a loop, so it runs again every time someone goes round ({times} times per customer on average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is inside a loop, so it runs again every time someone goes round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it runs {times} times per customer on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is on the main path: every customer passes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you marked it to be automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/wording.py" line="+128"/>
        <source>sending messages is what email and text-message tools do on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders can go out by themselves at the right time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups can be sent automatically after a set delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an online booking tool can schedule it without back-and-forth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoicing software can bill and chase payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmations can be sent automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CRM or spreadsheet rule can record and tag this by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notifications can be triggered automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posts can be scheduled and published automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveys can go out and be collected automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review requests can be sent automatically after the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposals, quotes and contracts can be filled in from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is in your data (payments, email or booking tools), so software can check it and send people the right way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../mapper/ui/canvas/view.py" line="+687"/>
        <source>Select one step to connect from, then choose where it leads.</source>
        <extracomment>Mime type of a shape dragged from the palette (its data is the kind). Mime type of copied steps and arrows: a mapper JSON fragment. Space between a step and the next one quick-add creates. Room kept between a pasted or duplicated shape and the shapes already there. Below this zoom a big map is shown as one cached overview picture. The grid is drawn only when its dots are at least this far apart on screen. Air kept between an overlay (the legend card) and the steps fit to window shows. A short message for the status bar (e.g. why an edit was refused).</extracomment>
        <translation>Seleziona un passo da cui partire, poi scegli dove porta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notes take no part in the flow, so arrows cannot touch them.</source>
        <translation>Le note non fanno parte del flusso, quindi le frecce non possono toccarle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Collega</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <location filename="../../mapper/ui/changed_banner.py" line="+47"/>
        <source>Reload Theirs</source>
        <translation>Ricarica la loro versione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine</source>
        <translation>Tieni la mia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Mine As…</source>
        <translation>Salva la mia con nome…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” was changed on disk by someone else, and you have changes here that are not saved.</source>
        <translation>“{name}” è stato modificato sul disco da qualcun altro, e qui hai modifiche non salvate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” was deleted or moved on disk. Your map is still open here; save it to keep it.</source>
        <translation>“{name}” è stato eliminato o spostato sul disco. La tua mappa è ancora aperta qui: salvala per non perderla.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../mapper/ui/printing.py" line="+176"/>
        <source>Owner&apos;s edition</source>
        <extracomment>The smallest print preview: wide enough for its whole toolbar, tall enough for a page.</extracomment>
        <translation>Edizione del titolare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>Aggiungi ciò che alla squadra non serve: suggerimenti di automazione, perché i passi sono critici, a che punto sei del metodo</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/checklist.py" line="+38"/>
        <source>Marketing system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>(untitled step)</source>
        <extracomment>Software a small business names in its steps; shown as &quot;Tools&quot; on critical steps. Longest names first so &quot;Google Sheets&quot; wins over &quot;Google&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>→ {step} (goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: back to step {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: do {ref} below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: go to step {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Then go on at step {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to step {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue at step {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The map shows no next step here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>then go on at step {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back to step {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue at step {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Takes about {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools: {tools}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>★ CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why it is critical: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Critical steps card (owner&apos;s edition)</source>
        <extracomment>The method&apos;s seven steps for this map (owner&apos;s edition): (number, title, done, what is left).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical steps card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist (owner&apos;s edition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not connected to the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps with no stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Critical steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Main path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also starts at: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Branch from step {ref}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Branch from step {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main path, from step {ref}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main path, from step {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From step {ref}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From step {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could be automated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could be automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no owner yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{metric} (step {steps})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{metric} (steps {steps})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/formats/checklist_markdown.py" line="+30"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+171"/>
        <source>Where you are in the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+89"/>
        <source>Owner</source>
        <translation type="unfinished">Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+0"/>
        <source>Steps</source>
        <translation type="unfinished">Passi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+1"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="-78"/>
        <source>Who does what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+3"/>
        <source>Notes on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/render/checklist_pdf.py" line="-18"/>
        <source>Step numbers are those of the full checklist.</source>
        <extracomment>Page margins in millimetres (left, top, right, bottom); the footer sits in the bottom band of the text area.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+295"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../mapper/cli/common.py" line="+23"/>
        <source>wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path}: unknown file type {ext}; use one of {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: permission denied: cannot write in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/cli/export.py" line="+24"/>
        <source>--scale {scale}: choose a scale between 0.1 and 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+33"/>
        <source>{file}: --set {item}: write ARROW=P, for example --set a3=0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>{file}: --set {item}: {text} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: --weeks {weeks}: choose from 1 to 520 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: --until {week}: not an ISO week that exists (write it like 2026-W49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/cli/import_.py" line="+29"/>
        <source>note: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: nothing to import: no steps found (see the notes above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: nothing to import: no steps found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote {path}: {counts} ({terminators}, {activities}, {decisions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/cli/log.py" line="+40"/>
        <source>{file}: &quot;{week}&quot; is not a week that exists (write weeks as 2026-W49; a week 53 only in years that have one)</source>
        <extracomment>A spreadsheet of years of weeks is a few hundred kB; anything near this is not one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: &quot;{pair}&quot; needs a value: write KEY=VALUE (KEY= removes the value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: &quot;{one}&quot; and &quot;{other}&quot; both give {key}; give it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{key} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: give either --week WEEK KEY=VALUE... or --csv IN.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: nothing to record: add KEY=VALUE pairs after --week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/cli/review.py" line="+26"/>
        <source>{file}: --quarter {quarter}: write a quarter like 2026-Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="+60"/>
        <source>{file}: --weeks must be a whole number from 1 to {most}, not {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: &quot;{week}&quot; is not a week that exists (write weeks as 2026-W49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/cli/templates.py" line="+27"/>
        <source>no template named {name}; choose one of: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: already exists; choose another name (mapper never overwrites a map with a template)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counting</name>
    <message>
        <location filename="../../mapper/model/counting.py" line="+25"/>
        <source>{n} step</source>
        <translation>{n} passo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} steps</source>
        <translation>{n} passi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} arrow</source>
        <translation>{n} freccia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} arrows</source>
        <translation>{n} frecce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} note</source>
        <translation>{n} nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} notes</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} error</source>
        <translation>{n} errore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} errors</source>
        <translation>{n} errori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warning</source>
        <translation>{n} avviso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} warnings</source>
        <translation>{n} avvisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} start/end point</source>
        <translation>{n} punto di inizio/fine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} start/end points</source>
        <translation>{n} punti di inizio/fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} activity</source>
        <translation>{n} attività</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} activities</source>
        <translation>{n} attività</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} decision</source>
        <translation>{n} decisione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} decisions</source>
        <translation>{n} decisioni</translation>
    </message>
</context>
<context>
    <name>Critical</name>
    <message>
        <location filename="../../mapper/analysis/critical.py" line="+143"/>
        <source>every customer passes here, and right after it they decide {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every customer passes here on the way to {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every customer passes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you marked it as critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{one} or {other}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mapper/ui/export_dialog.py" line="+99"/>
        <source>The map&apos;s title above it</source>
        <translation>Il titolo della mappa in alto</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+20"/>
        <source>Funnel of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured over {first} to {last} ({n} weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No funnel: give every branch a probability (or log its numbers) and fix the errors &apos;mapper check&apos; reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per {n} entrants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value per entrant: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What-if: the funnel before or after it cannot be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What-if: {change} goal outcomes per {n}, value per entrant {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <location filename="../../mapper/ui/funnel_panel.py" line="+114"/>
        <source>Measure over the last</source>
        <extracomment>Slider positions per 100%: tenths of a percent.</extracomment>
        <translation>Misura sulle ultime</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> weeks</source>
        <translation> settimane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ISO code of the money on this map (EUR, USD, GBP...)</source>
        <translation>Il codice ISO della valuta usata in questa mappa (EUR, USD, GBP...)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>per 100 entrants</source>
        <translation>ogni 100 persone che entrano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before</source>
        <translation>prima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <translation>dopo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use measured</source>
        <translation>Usa i valori misurati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the measured probabilities into the map (one undo step)</source>
        <translation>Scrivi nella mappa le probabilità misurate (si annulla con un solo passaggio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>Tieni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the what-if into the map (one undo step)</source>
        <translation>Scrivi la simulazione nella mappa (si annulla con un solo passaggio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the probabilities on the map</source>
        <translation>Torna alle probabilità scritte sulla mappa</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Measured over {0} to {1}: {2} of {3} weeks have numbers.</source>
        <translation>Misurato da {0} a {1}: {2} settimane su {3} hanno dei numeri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No numbers logged yet: the funnel uses the probabilities on the map. Log counts per week to measure them.</source>
        <translation>Nessun numero registrato finora: l&apos;imbuto usa le probabilità scritte sulla mappa. Registra i conteggi di ogni settimana per misurarle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On the measured probabilities: {0:.1f} goal outcomes per 100, {1} per entrant.</source>
        <translation>Con le probabilità misurate: {0:.1f} arrivi all&apos;obiettivo ogni 100, {1} per persona che entra.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Branch</source>
        <translation>Ramo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guessed</source>
        <translation>Stimato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measured</source>
        <translation>Misurato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What if</source>
        <translation>Simulazione</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Measured over {0} to {1}</source>
        <translation>Misurato da {0} a {1}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No decision on this map yet: add one with two or more branches to see what changing it would bring.</source>
        <translation>Su questa mappa non c&apos;è ancora nessuna decisione: aggiungine una con due o più rami per vedere cosa cambierebbe modificandola.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No funnel yet: give every branch of every decision a probability and fix the errors in Findings.</source>
        <translation>L&apos;imbuto non c&apos;è ancora: dai una probabilità a ogni ramo di ogni decisione e correggi gli errori in Findings.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Goal outcomes per 100 entrants:&lt;/b&gt; {0} → {1}{2}</source>
        <translation>&lt;b&gt;Arrivi all&apos;obiettivo ogni 100 persone che entrano:&lt;/b&gt; {0} → {1}{2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Value per entrant:&lt;/b&gt; {0} → {1}{2}</source>
        <translation>&lt;b&gt;Valore per persona che entra:&lt;/b&gt; {0} → {1}{2}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Use Measured Probabilities</source>
        <translation>Usa le probabilità misurate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep What-if</source>
        <translation>Tieni la simulazione</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A currency is a three-letter ISO code such as EUR, USD or GBP.</source>
        <translation>La valuta è un codice ISO di tre lettere, come EUR, USD o GBP.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="+101"/>
        <source>All seven steps are done. Keep reviewing the numbers every week.</source>
        <translation>Tutti e sette i passi sono fatti. Continua a rivedere i numeri ogni settimana.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of 7 steps of the method done. Next: step %1.</source>
        <translation>
            <numerusform>%n passo su 7 del metodo fatto. Prossimo: passo %1.</numerusform>
            <numerusform>%n passi su 7 del metodo fatti. Prossimo: passo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../mapper/ui/language.py" line="+53"/>
        <source>&amp;Language</source>
        <extracomment>The settings key; &quot;&quot; (or absent) follows the system.</extracomment>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapper will speak {language} the next time it starts. Your open map stays open as it is; nothing is lost.</source>
        <translation>mapper parlerà {language} al prossimo avvio. La mappa aperta resta aperta così com&apos;è: non si perde nulla.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+301"/>
        <source>&amp;File</source>
        <extracomment>Edits settle this long before the journal is written. File &gt; Open shows maps and diagrams together first: a draw.io file is one click away. Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Step</source>
        <translation>&amp;Aggiungi passo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Badges</source>
        <translation>&amp;Contrassegni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panels</source>
        <translation>&amp;Pannelli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Disponi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Corsie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your system</source>
        <translation>Il tuo sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Funnel</source>
        <translation>Imbuto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quarterly Review…</source>
        <translation>Revisione &amp;trimestrale…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Weekly review</source>
        <translation>Revisione settimanale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Weekly Review</source>
        <translation>Revisione setti&amp;manale</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Accountability Chart</source>
        <translation>Organi&amp;gramma delle responsabilità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers for each step, metric and priority</source>
        <translation>Chi risponde di ogni passo, indicatore e priorità</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;No Lanes</source>
        <translation>&amp;Nessuna corsia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By &amp;Owner</source>
        <translation>Per &amp;responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;Stage</source>
        <translation>Per &amp;fase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accountability</source>
        <translation>Responsabilità</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lanes by Owner</source>
        <translation>Corsie per responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by Stage</source>
        <translation>Corsie per fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Lanes</source>
        <translation>Nessuna corsia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That view is not available in this version.</source>
        <translation>Questa vista non è disponibile in questa versione.</translation>
    </message>
    <message>
        <location line="+382"/>
        <source>Imported {name}: {counts}</source>
        <translation>Importato {name}: {counts}</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../mapper/analysis/method.py" line="+56"/>
        <source>Map the system</source>
        <extracomment>Step ids still to do (for step 7: none; the priorities are missing, not a step). What is left, in the owner&apos;s words (&quot;&quot; when done). Where clicking takes the owner: &quot;steps&quot; (select ``left``), &quot;scorecard&quot; or &quot;review&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide what to automate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document the critical steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every step and metric an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the numbers weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the map needs a start: where does the system begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark the end that is a success as a goal (a new client, a paid job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} problem in the flow to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} problems in the flow to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} step could be automated: decide yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} steps could be automated: decide yes or no each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} critical step has no checklist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} critical steps have no checklist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} step to measure needs a metric with a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} steps to measure need a metric with a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} step has no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} steps have no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no metrics yet: measure the critical steps first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} metric has no number for this week or last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} metrics have no number for this week or last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set at least one priority for {quarter}, with an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map the system first (step 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../../mapper/analysis/metrics.py" line="+50"/>
        <source>Leads in: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volume in: count who enters the system here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({label} rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} (share per branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion: the share of people going each way shows where the system leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome: count how many finish here, your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome: count how many finish here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times done: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a critical step: check that it is done every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you set a metric here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you set a metric here (target {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="+124"/>
        <source>Move to lane {0}</source>
        <extracomment>Pixels the mouse must travel before a press becomes a drag.</extracomment>
        <translation>Sposta nella corsia {0}</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../mapper/ui/properties_panel.py" line="+669"/>
        <source>e.g. 1200 {0}</source>
        <extracomment>The checklist box grows with its items up to this many rows.</extracomment>
        <translation>es. 1200 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost in {0}</source>
        <translation>costo in {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cost</source>
        <translation>costo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in {0}</source>
        <translation>Importo in {0}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../mapper/analysis/report.py" line="+65"/>
        <source>Errors (fix these: the flow does not work as drawn)</source>
        <extracomment>How many entries of each long section the text report shows (--json has all).</extracomment>
        <translation>Errori (da correggere: il flusso non funziona così com&apos;è disegnato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (worth fixing: the map is unclear)</source>
        <translation>Avvisi (conviene correggerli: la mappa non è chiara)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (tidy-ups)</source>
        <translation>Note (ritocchi)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>... and {n} more (mapper check --json lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No problems found: the flow is complete.</source>
        <translation>Nessun problema: il flusso è completo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: {errors}, {warnings}, {notes}</source>
        <translation>Problemi: {errors}, {warnings}, {notes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Critical steps (every customer depends on these: give each a checklist and an owner)</source>
        <translation>Passi critici (ogni cliente dipende da questi: dai a ciascuno una checklist e un responsabile)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: no single step is on every way to a goal (mark one with &quot;critical&quot; if it matters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could be automated (best first)</source>
        <translation>Automatizzabili (prima i più adatti)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing obvious: no step sends, reminds, schedules, invoices or records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} (score {score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to measure (count these every week)</source>
        <translation>Dove misurare (conta questi numeri ogni settimana)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing yet: add a start, decisions and ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{metric}  at {step}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your system: {done} of {all} steps of the method done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: {todo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funnel: not worked out. It needs a start and an end, a probability on every branch (adding up to 100% per step), and no error about dead ends, unreachable steps or loops without a way out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funnel (out of every {n} people who enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In all, {n} of every {entrants} reach a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>... and {n} more ends, {rest} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Busiest steps (loops make people pass more than once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step}: {n} visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value per person who enters: {value}</source>
        <translation>Valore per ogni persona che entra: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levers (goal outcomes gained per 100 people by moving one percentage point from a decision&apos;s weakest branch to its strongest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>... and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../mapper/analysis/review.py" line="+197"/>
        <source>Numbers for {logged} of the {weeks} weeks of {quarter}; {previous_logged} of {previous_weeks} in {previous}.</source>
        <extracomment>Where the levers came from: &quot;measured&quot;, &quot;assumed&quot; or &quot;&quot; (no funnel). How many of the quarter&apos;s weeks, and of the previous quarter&apos;s, have numbers (and how many weeks it had).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weakest between {source} and {target}: {rate} as many go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most are lost between {source} and {target}: {rate} go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, down from {was}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, up from {was}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, as last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/formats/review_doc.py" line="+80"/>
        <source>: {todo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marketing half: {leak}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing half: no two consecutive stages with numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating half: {leak}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating half: no two consecutive stages with numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it leaks</source>
        <translation type="unfinished">Dove si perdono clienti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation type="unfinished">Fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted at</source>
        <translation type="unfinished">Punto di conteggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation type="unfinished">Variazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step of this map has a stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion between stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough stage volumes this quarter to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks on and off target over the quarter&apos;s {n} weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation type="unfinished">Indicatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On track</source>
        <translation type="unfinished">In linea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off track</source>
        <translation type="unfinished">Fuori obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged</source>
        <translation type="unfinished">Registrato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step has a metric yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funnel measured from this quarter&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funnel from the probabilities on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step}: +{gain} goal outcomes per 100 entrants for each point moved from its worst branch to its best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation type="unfinished">L&apos;imbuto non c&apos;è ancora: dai delle probabilità ai rami o registra i loro numeri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Priorities for {quarter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation type="unfinished">Priorità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation type="unfinished">Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation type="unfinished">Passi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None set yet.</source>
        <translation type="unfinished">Nessuna impostata finora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quarterly review {quarter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value per entrant {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../mapper/render/review_pdf.py" line="+51"/>
        <source>Your system: the method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+188"/>
        <source>Quarterly review</source>
        <translation>Revisione trimestrale</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Where it leaks</source>
        <translation>Dove si perdono clienti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted at</source>
        <translation>Punto di conteggio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>previous quarter</source>
        <translation>trimestre precedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this quarter</source>
        <translation>questo trimestre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off track</source>
        <translation>Fuori obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>weeks {0} to {1}, against {2}</source>
        <translation>settimane da {0} a {1}, a confronto con {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The method: {0} of 7 steps done.</source>
        <translation>Il metodo: passi fatti {0} su 7.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Next: {0}.</source>
        <translation> Prossimo: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing half</source>
        <translation>Metà marketing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operating half</source>
        <translation>Metà operativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no two consecutive stages with numbers yet.</source>
        <translation>non ci sono ancora due fasi consecutive con dei numeri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>measured from this quarter&apos;s numbers</source>
        <translation>misurato sui numeri di questo trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the probabilities on the map</source>
        <translation>secondo le probabilità scritte sulla mappa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funnel {0}:</source>
        <translation>L&apos;imbuto {0}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2:.2f} goal outcomes per 100 entrants per point moved from its worst branch to its best</source>
        <translation>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2:.2f} arrivi all&apos;obiettivo ogni 100 persone che entrano per ogni punto spostato dal ramo peggiore al migliore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>L&apos;imbuto non c&apos;è ancora: dai delle probabilità ai rami o registra i loro numeri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no step with numbers)</source>
        <translation>(nessun passo con dei numeri)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>New priority</source>
        <translation>Nuova priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Priority</source>
        <translation>Aggiungi priorità</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit Priority</source>
        <translation>Modifica priorità</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Priority</source>
        <translation>Rimuovi priorità</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Quarterly Review</source>
        <translation>Esporta la revisione trimestrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Pagina web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the review to {0}</source>
        <translation>Revisione esportata in {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Quarterly Review</source>
        <translation>Stampa la revisione trimestrale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing failed</source>
        <translation>Stampa non riuscita</translation>
    </message>
</context>
<context>
    <name>RowChart</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="+577"/>
        <source>Select a row to see its weeks</source>
        <translation>Seleziona una riga per vederne le settimane</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>goal %1</source>
        <translation>obiettivo %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../mapper/analysis/rules.py" line="+75"/>
        <source>the start/end point {step}</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step&apos;s branch probabilities may be from summing to 1. A map with fewer flow steps than this is still being started: its missing start or end is a hint (severity info), not an error, while the owner types.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decision {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the note {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the activity {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <source>The map has no start. Add a start/end point (pill shape) such as &quot;New enquiry&quot; and draw an arrow from it to the first step, so it is clear where the system begins.</source>
        <translation>La mappa non ha un inizio. Aggiungi un punto di inizio/fine (a forma di pillola) come &quot;Nuova richiesta&quot; e traccia una freccia da lì al primo passo, così è chiaro dove comincia il sistema.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The map has no end. Add a start/end point (pill shape) such as &quot;New client&quot; and draw an arrow into it from the last step, so it is clear where the system stops.</source>
        <translation>La mappa non ha una fine. Aggiungi un punto di inizio/fine (a forma di pillola) come &quot;Nuovo cliente&quot; e traccia una freccia verso di esso dall&apos;ultimo passo, così è chiaro dove finisce il sistema.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{step} is a start/end point but has arrows both in and out. Make it an activity, or split it into an end and a separate start.</source>
        <translation>{step} è un punto di inizio/fine ma ha frecce sia in entrata sia in uscita. Trasformalo in un&apos;attività, oppure dividilo in una fine e un inizio separato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{step} is not connected to anything. Draw arrows to and from it, or delete it if it is not part of the system.</source>
        <translation>{step} non è collegato a niente. Traccia frecce in entrata e in uscita, oppure eliminalo se non fa parte del sistema.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No start leads to {step}, so it never happens. Draw an arrow into it from the step that comes before it, or delete it.</source>
        <translation>Nessun inizio porta a {step}, quindi non accade mai. Traccia una freccia verso di esso dal passo che lo precede, oppure eliminalo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The flow stops at {step}: nothing happens after it. Draw an arrow to what happens next, or end it with an end point (for example &quot;Job done&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The loop through {steps} has no way out: whoever enters it goes round for ever. Add a decision with a branch that leaves the loop (for example &quot;Not interested&quot; to an end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The decision {step} has only one way out. Add a second arrow (for example &quot;No&quot;) or make it an activity.</source>
        <translation>La decisione {step} ha una sola uscita. Aggiungi una seconda freccia (per esempio &quot;No&quot;) oppure trasformala in un&apos;attività.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{n} of its arrows has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of its arrows have no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several arrows say {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{step}: {problems}. Label each way out with a different answer (for example &quot;Yes&quot; and &quot;No&quot;) so people know which way to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{step} leads to {n} different steps, so it is not clear which comes next. Put a decision (diamond) after it that asks which way to go, with one labelled arrow per answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are two arrows from {source} to {target}. Delete one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An arrow goes from {step} back to itself. Point it at the step that should happen again (for example the step before it), or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the question it asks (for example &quot;Paid in full?&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write where the system starts or ends here (for example &quot;New enquiry&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what happens here, starting with a verb (for example &quot;Send the quote&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{step} has no text. {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only some arrows out of {step} have a probability. Give every arrow out of it a probability (they must add up to 100%), or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The probabilities on the arrows out of {step} add up to {total}, not {whole}. Change them so they add up to {whole}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{step} and {other} overlap on the canvas. Drag one of them apart so both can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a critical step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a step with the metric &quot;{metric}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a step with a metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody owns {step}, {why}. Who answers for this? Set an owner. Give it a role such as &quot;Sales&quot;, or a person&apos;s name, in its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/flow.py" line="+132"/>
        <source>the unnamed start/end point ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unnamed decision ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unnamed note ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unnamed activity ({id})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="-33"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+98"/>
        <source>Metric</source>
        <extracomment>Ten years of weeks: more columns than any page or screen shows.</extracomment>
        <translation type="unfinished">Indicatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+0"/>
        <source>Owner</source>
        <translation type="unfinished">Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+1"/>
        <source>Goal</source>
        <translation type="unfinished">Obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+1"/>
        <source>Trend</source>
        <translation type="unfinished">Andamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scorecard {first} to {last} (✓ on track, ✗ off track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+12"/>
        <location line="+59"/>
        <source>No step has a metric yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To discuss ({week}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/formats/scorecard_report.py" line="-119"/>
        <source>flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{change} a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{metric}: {value}, goal {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({owner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+52"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Scorecard: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+55"/>
        <source>{first} to {last} · ✓ on track, ✗ off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>To discuss ({week})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+57"/>
        <source>Nothing is off track this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Every metric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="-410"/>
        <source>Metric</source>
        <extracomment>&quot;Track this&quot; links shown inline; the rest open from &quot;N more…&quot;. Off-track rows named in &quot;To discuss&quot;; the grid marks the rest. The log keys of the edit being applied from the grid (only their rows need recomputing).</extracomment>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week %1, starting Monday %2</source>
        <translation>Settimana %1, da lunedì %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No target yet: set one in the Properties panel</source>
        <translation>Nessun obiettivo ancora: impostalo nel pannello Properties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many went this way (counted on arrow %1)</source>
        <translation>Quanti sono passati di qui (contati sulla freccia %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click ▸ to count each branch</source>
        <translation>Clicca ▸ per contare ogni ramo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no number yet</source>
        <translation>ancora nessun numero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on track</source>
        <translation>in linea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off track</source>
        <translation>fuori obiettivo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not recorded: %1</source>
        <translation>Non registrato: %1</translation>
    </message>
</context>
<context>
    <name>ScorecardSheet</name>
    <message>
        <location filename="../../mapper/render/scorecard_pdf.py" line="+94"/>
        <location line="+21"/>
        <source>Metric</source>
        <extracomment>Type sizes the scorecard tries, largest first, before it takes a second page.</extracomment>
        <translation type="unfinished">Indicatore</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Owner</source>
        <translation type="unfinished">Responsabile</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Goal</source>
        <translation type="unfinished">Obiettivo</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation type="unfinished">Andamento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This week</source>
        <translation type="unfinished">Questa settimana</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To discuss (%1): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing is off track this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step has a metric yet: give the critical steps a metric in the Properties panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 · ✓ on track, ✗ off track · printed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Scorecard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Write each number in its box; then type them into the Weekly review, or record them with: mapper log FILE --week %1 KEY=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>This week&apos;s numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Week %1 of %2 (%3), starting Monday %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="+362"/>
        <source>The week before</source>
        <translation>La settimana prima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week after</source>
        <translation>La settimana dopo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last week shown; the 12 before it are shown too</source>
        <translation>L&apos;ultima settimana mostrata; si vedono anche le 12 precedenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the scorecard…</source>
        <translation>Stampa la tabella dei numeri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a blank sheet for this week&apos;s numbers…</source>
        <translation>Stampa un foglio vuoto per i numeri di questa settimana…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV…</source>
        <translation>Importa CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers from a spreadsheet: a week column, then one column per metric</source>
        <translation>Numeri da un foglio di calcolo: una colonna per la settimana, poi una colonna per ogni indicatore</translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>and %n more (✗ in the grid)</source>
        <translation>
            <numerusform>e ancora %n (✗ nella griglia)</numerusform>
            <numerusform>e ancora %n (✗ nella griglia)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;To discuss&lt;/b&gt;: nothing is off track in %1.</source>
        <translation>&lt;b&gt;Da discutere&lt;/b&gt;: nella settimana %1 è tutto in linea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No step has a metric yet. Give the critical steps a metric (with a target) in the Properties panel, or track one of the points below.</source>
        <translation>Nessun passo ha ancora un indicatore. Dai un indicatore (con un obiettivo) ai passi critici nel pannello Properties, oppure tieni sotto controllo uno dei punti qui sotto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2 to %3</source>
        <translation>%1 · dal %2 al %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (this week)</source>
        <translation> (questa settimana)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n more…</source>
        <translation>
            <numerusform>ancora %n…</numerusform>
            <numerusform>ancora %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points where the analysis suggests counting; one click adds the metric</source>
        <translation>Punti dove l&apos;analisi consiglia di contare; basta un clic per aggiungere l&apos;indicatore</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Now tracking “%1”; set its target in the Properties panel.</source>
        <translation>Ora tieni sotto controllo “%1”: imposta il suo obiettivo nel pannello Properties.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbers as CSV (for a spreadsheet)…</source>
        <translation>Numeri in CSV (per un foglio di calcolo)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scorecard as PDF…</source>
        <translation>Tabella dei numeri in PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scorecard as PNG…</source>
        <translation>Tabella dei numeri in PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scorecard as HTML…</source>
        <translation>Tabella dei numeri in HTML…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scorecard as Markdown…</source>
        <translation>Tabella dei numeri in Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scorecard as CSV…</source>
        <translation>Tabella dei numeri in CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank sheet for this week&apos;s numbers (PDF)…</source>
        <translation>Foglio vuoto per i numeri di questa settimana (PDF)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the numbers as CSV</source>
        <translation>Esporta i numeri in CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the scorecard</source>
        <translation>Esporta la tabella dei numeri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blank sheet for this week&apos;s numbers</source>
        <translation>Foglio vuoto per i numeri di questa settimana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import numbers from a CSV</source>
        <translation>Importa i numeri da un CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Nothing was imported</source>
        <translation>Non è stato importato niente</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n week(s) of numbers</source>
        <translation>
            <numerusform>Importata %n settimana di numeri</numerusform>
            <numerusform>Importate %n settimane di numeri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedFileGuard</name>
    <message>
        <location filename="../../mapper/ui/changed_banner.py" line="+113"/>
        <source> (read-only)</source>
        <translation> (sola lettura)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{name}” changed on disk but cannot be read yet: {error}</source>
        <translation>“{name}” è cambiato sul disco ma non si può ancora leggere: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload from Disk</source>
        <translation>Ricarica dal disco</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reloaded “{name}”: it was changed on disk. Undo brings back the version before.</source>
        <translation>Ricaricato “{name}”: era cambiato sul disco. Annulla riporta la versione precedente.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+17"/>
        <source>Know</source>
        <translation>Conoscenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like</source>
        <translation>Gradimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try</source>
        <translation>Prova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Riacquisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer</source>
        <translation>Passaparola</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../mapper/ui/start_dialog.py" line="+120"/>
        <source>Start a map — mapper</source>
        <translation>Inizia una mappa — mapper</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map your most profitable system</source>
        <translation>Mappa il tuo sistema più redditizio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a blank page or from a system other owners run, then make it yours.</source>
        <translation>Parti da una pagina bianca o da un sistema che usano altri imprenditori, poi fallo tuo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map your most profitable system: its start, its stop, the tasks between…</source>
        <translation>Mappa il tuo sistema più redditizio: dove inizia, dove finisce, i compiti nel mezzo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer four questions; mapper draws the chain for you</source>
        <translation>Rispondi a quattro domande: mapper disegna la catena per te</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blank map</source>
        <translation>Mappa vuota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An empty canvas: draw your system step by step.</source>
        <translation>Una tela vuota: disegna il tuo sistema passo dopo passo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recent maps</source>
        <translation>Mappe recenti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Maps you open appear here.</source>
        <translation>Qui vedrai le tue mappe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a map…</source>
        <translation>Apri una mappa…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+113"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>StepPicker</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="-438"/>
        <source>Linked steps</source>
        <translation>Passi collegati</translation>
    </message>
</context>
<context>
    <name>_StepRow</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="-48"/>
        <source>Show me</source>
        <translation>Mostrami</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+70"/>
        <source>Double-click to choose the steps</source>
        <translation>Fai doppio clic per scegliere i passi</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location line="-40"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add priority</source>
        <translation>Aggiungi priorità</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None set yet.</source>
        <translation>Nessuna impostata finora.</translation>
    </message>
</context>
</TS>
