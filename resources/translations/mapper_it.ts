<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../mapper/ui/legend_panel.py" line="+14"/>
        <source>LegendPanel</source>
        <comment>right before the customer decides</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LegendPanel</source>
        <comment>Automate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LegendPanel</source>
        <comment>a machine could do it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LegendPanel</source>
        <comment>Measure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LegendPanel</source>
        <comment>count it every week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LegendPanel</source>
        <comment>Error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LegendPanel</source>
        <comment>the flow breaks here</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LegendPanel</source>
        <comment>Warning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LegendPanel</source>
        <comment>worth a second look</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LegendPanel</source>
        <comment>Owner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LegendPanel</source>
        <comment>who answers for it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/ui/printing.py" line="+209"/>
        <source>Printing</source>
        <comment>PDF critical-steps card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <comment>PDF checklist, owner&apos;s edition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <comment>Markdown checklist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <comment>Markdown checklist, owner&apos;s edition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <comment>Web page checklist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <comment>Web page critical-steps card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <comment>Web page checklist, owner&apos;s edition</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accountability</name>
    <message>
        <location filename="../../mapper/formats/accountability_doc.py" line="+47"/>
        <source>{n} thing with no owner</source>
        <extracomment>What the entries are: &quot;steps&quot;, &quot;metrics&quot; or &quot;priorities&quot; (the heading is translated). True for the &quot;Nobody&quot; card.</extracomment>
        <translation>{n} elemento senza responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} things with no owner</source>
        <translation>{n} elementi senza responsabile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} metric</source>
        <translation>{n} indicatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} metrics</source>
        <translation>{n} indicatori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} priority</source>
        <translation>{n} priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} priorities</source>
        <translation>{n} priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accountability chart: {n} owner, one seat each</source>
        <translation>Organigramma delle responsabilità: {n} responsabile, un ruolo ciascuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountability chart: {n} owners, one seat each</source>
        <translation>Organigramma delle responsabilità: {n} responsabili, un ruolo ciascuno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed decision, {id})</source>
        <translation>(decisione senza nome, {id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unnamed terminator, {id})</source>
        <translation>(punto di inizio/fine senza nome, {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unnamed activity, {id})</source>
        <translation>(attività senza nome, {id})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, target at most {target}</source>
        <translation>, obiettivo al massimo {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, target at least {target}</source>
        <translation>, obiettivo almeno {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{metric} — at {step}</source>
        <translation>{metric} — al passo {step}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No stage</source>
        <translation>Nessuna fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metrics</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{quarter}: {priority} ({status})</source>
        <translation>{quarter}: {priority} ({status})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no text)</source>
        <translation>(nessun testo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priorities</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical steps</source>
        <translation>Passi critici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics nobody answers for</source>
        <translation>Indicatori senza responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities and decisions</source>
        <translation>Attività e decisioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{title} — accountability</source>
        <translation>{title} — responsabilità</translation>
    </message>
</context>
<context>
    <name>AccountabilityView</name>
    <message>
        <location filename="../../mapper/ui/accountability_view.py" line="+32"/>
        <source>PDF document</source>
        <extracomment>A card is about this wide; the chart puts as many side by side as fit. Edits settle this long before the chart is rebuilt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select it on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+135"/>
        <source>Nobody</source>
        <translation type="unfinished">Nessuno</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Type a new name to rename this owner on every step, metric and priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print…</source>
        <translation type="unfinished">Stampa…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation type="unfinished">Esporta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No owners yet: give each step an owner in its properties (a role such as “Sales”, or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Print Accountability Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing failed</source>
        <translation type="unfinished">Stampa non riuscita</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Accountability Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export failed</source>
        <translation type="unfinished">Esportazione non riuscita</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../mapper/ui/analysis_runner.py" line="+86"/>
        <location line="+26"/>
        <source>The check could not finish: {error}</source>
        <extracomment>Maps with more steps than this are analysed on a worker thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking the map before it goes out…</source>
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
    <name>ArrowPage</name>
    <message>
        <location filename="../../mapper/ui/properties/arrow_page.py" line="+14"/>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Yes / No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 20% (empty: unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the flow takes this arrow. Give every branch of a decision one to see the funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From “{0}” to “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Automation</name>
    <message>
        <location filename="../../mapper/analysis/automation.py" line="+54"/>
        <source>it says &quot;{word}&quot;: {reason}</source>
        <extracomment>Score of a step with one kind of automatable task; more kinds add a little.</extracomment>
        <translation>c&apos;è scritto &quot;{word}&quot;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it asks &quot;{word}&quot;: {reason}</source>
        <translation>la domanda contiene &quot;{word}&quot;: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the owner does it now (&quot;{owner}&quot;): automating it gives the owner&apos;s time back</source>
        <translation>ora lo fa il titolare (&quot;{owner}&quot;): automatizzarlo restituisce tempo al titolare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the office does it now (&quot;{owner}&quot;): routine admin that software does well</source>
        <translation>ora lo fa l&apos;ufficio (&quot;{owner}&quot;): è lavoro amministrativo di routine che un software fa bene</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it is inside a loop, so it runs again every time someone goes round ({times} times per customer on average)</source>
        <translation>è dentro un ciclo, quindi si ripete ogni volta che qualcuno ci ripassa ({times} volte per cliente in media)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is inside a loop, so it runs again every time someone goes round</source>
        <translation>è dentro un ciclo, quindi si ripete ogni volta che qualcuno ci ripassa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it runs {times} times per customer on average</source>
        <translation>si ripete {times} volte per cliente in media</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is on the main path: every customer passes here</source>
        <translation>è sul percorso principale: ogni cliente passa di qui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you marked it to be automated</source>
        <translation>l&apos;hai segnato da automatizzare</translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/wording.py" line="+128"/>
        <source>sending messages is what email and text-message tools do on their own</source>
        <translation>inviare messaggi è proprio ciò che gli strumenti per email ed SMS fanno da soli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders can go out by themselves at the right time</source>
        <translation>i promemoria possono partire da soli al momento giusto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups can be sent automatically after a set delay</source>
        <translation>i ricontatti possono essere inviati automaticamente dopo un intervallo stabilito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an online booking tool can schedule it without back-and-forth</source>
        <translation>uno strumento di prenotazione online può fissarlo senza continui scambi di messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoicing software can bill and chase payment</source>
        <translation>un software di fatturazione può emettere fatture e sollecitare i pagamenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmations can be sent automatically</source>
        <translation>le conferme possono essere inviate automaticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CRM or spreadsheet rule can record and tag this by itself</source>
        <translation>una regola nel CRM o nel foglio di calcolo può registrarlo ed etichettarlo da sola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notifications can be triggered automatically</source>
        <translation>le notifiche possono partire automaticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posts can be scheduled and published automatically</source>
        <translation>i post possono essere programmati e pubblicati automaticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveys can go out and be collected automatically</source>
        <translation>i questionari possono essere inviati e raccolti automaticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review requests can be sent automatically after the job</source>
        <translation>le richieste di recensione possono essere inviate automaticamente dopo il lavoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposals, quotes and contracts can be filled in from a template</source>
        <translation>proposte, preventivi e contratti possono essere compilati partendo da un modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is in your data (payments, email or booking tools), so software can check it and send people the right way</source>
        <translation>la risposta è nei tuoi dati (pagamenti, email o strumenti di prenotazione), quindi un software può verificarla e indirizzare le persone dalla parte giusta</translation>
    </message>
</context>
<context>
    <name>BrainstormDialog</name>
    <message>
        <location filename="../../mapper/ui/brainstorm_dialog.py" line="+21"/>
        <source>Map your most profitable system</source>
        <translation type="unfinished">Mappa il tuo sistema più redditizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with the product or service that earns you the most. Say where its system starts and where it stops, then list every task between, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Emergency plumbing repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Customer calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Happy customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book a visit
    Take the address
Emergency?
Do the job
Send the invoice
Paid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One task per line. A line ending in “?” is a decision; an indented line is a checklist item of the task above it; an empty line ends the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which product or service earns the most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does its system start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does it stop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tasks between, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} tasks, {1} of them decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../mapper/ui/canvas/view.py" line="+579"/>
        <source>Select one step to connect from, then choose where it leads.</source>
        <extracomment>Mime type of a shape dragged from the palette (its data is the kind). Mime type of copied steps and arrows: a mapper JSON fragment. Below this zoom a big map is shown as one cached overview picture. The grid is drawn only when its dots are at least this far apart on screen. Air kept between an overlay (the legend card) and the steps fit to window shows. A short message for the status bar (e.g. why an edit was refused).</extracomment>
        <translation>Seleziona un passo da cui partire, poi scegli dove porta.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start / end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <location filename="../../mapper/ui/canvas/keys.py" line="+78"/>
        <source>Space+drag or middle-drag</source>
        <extracomment>Claimed before the window&apos;s menus see it (arrows and Enter belong to the canvas).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the current drag, or clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+Right / Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the next connected step (the branch lying that way at a decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt+Left / Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the previous connected step (the one lying that way at a merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Right / Left / Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next? Add a connected activity in that direction and type its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrow keys / Shift+Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nudge the selection (one grid step / five)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the next connected activity in the direction of the flow (also while typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F2, Enter or start typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected step&apos;s text (or the selected arrow&apos;s label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete / Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selection and the arrows of deleted steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+1 / 2 / 3 / 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected steps terminators, activities, decisions or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T / A / D / N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a terminator, activity, decision or note under the mouse (nothing selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter / Shift+Enter / Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While editing: keep the text / new line / cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a question ending in ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new activity whose text ends with ? becomes a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows out of a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are labelled Yes, then No, as you draw them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasPointer</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="+520"/>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a step or arrow label; on empty canvas, add an activity there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag from a side handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to another step; drop in empty space to pick the next shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an arrow&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect the selected arrow to another step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an arrow&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slide the label along its arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+click / Ctrl+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to or remove from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag on empty canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select with a rubber band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom about the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel / Shift+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scroll up and down / left and right</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../mapper/ui/printing.py" line="-39"/>
        <source>Owner&apos;s edition</source>
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
        <translation>Sistema di marketing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation>Sistema delle operazioni</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>(untitled step)</source>
        <extracomment>Software a small business names in its steps; shown as &quot;Tools&quot; on critical steps. Longest names first so &quot;Google Sheets&quot; wins over &quot;Google&quot;.</extracomment>
        <translation>(passo senza titolo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>→ {step} (goal)</source>
        <translation>→ {step} (obiettivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start: {step}</source>
        <translation>Inizio: {step}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Then</source>
        <translation>Poi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also</source>
        <translation>Inoltre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: back to step {ref}.</source>
        <translation>{label}: torna al passo {ref}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: do {ref} below.</source>
        <translation>{label}: esegui {ref} qui sotto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: go to step {ref}.</source>
        <translation>{label}: vai al passo {ref}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Then go on at step {ref}.</source>
        <translation>Poi prosegui dal passo {ref}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to step {ref}.</source>
        <translation>Torna al passo {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue at step {ref}.</source>
        <translation>Prosegui dal passo {ref}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The map shows no next step here.</source>
        <translation>Qui la mappa non indica un passo successivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>then go on at step {ref}</source>
        <translation>poi prosegui dal passo {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back to step {ref}</source>
        <translation>torna al passo {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue at step {ref}</source>
        <translation>prosegui dal passo {ref}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Takes about {duration}</source>
        <translation>Richiede circa {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs {amount}</source>
        <translation>Costa {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools: {tools}</source>
        <translation>Strumenti: {tools}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes: {notes}</source>
        <translation>Note: {notes}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>★ CRITICAL</source>
        <translation>★ CRITICO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why it is critical: {reason}</source>
        <translation>Perché è critico: {reason}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Critical steps card (owner&apos;s edition)</source>
        <extracomment>The method&apos;s seven steps for this map (owner&apos;s edition): (number, title, done, what is left).</extracomment>
        <translation>Scheda dei passi critici (versione del titolare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical steps card</source>
        <translation>Scheda dei passi critici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist (owner&apos;s edition)</source>
        <translation>Checklist (versione del titolare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not connected to the flow</source>
        <translation>Non collegati al flusso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps with no stage</source>
        <translation>Passi senza fase</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Critical steps</source>
        <translation>Passi critici</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Main path</source>
        <translation>Percorso principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another start</source>
        <translation>un altro inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also starts at: {step}</source>
        <translation>Inizia anche da: {step}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Branch from step {ref}: {label}</source>
        <translation>Ramo dal passo {ref}: {label}</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Branch from step {ref}</source>
        <translation>Ramo dal passo {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main path, from step {ref}: {label}</source>
        <translation>Percorso principale, dal passo {ref}: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main path, from step {ref}</source>
        <translation>Percorso principale, dal passo {ref}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From step {ref}: {label}</source>
        <translation>Dal passo {ref}: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From step {ref}</source>
        <translation>Dal passo {ref}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could be automated: {reason}</source>
        <translation>Si potrebbe automatizzare: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could be automated</source>
        <translation>Si potrebbe automatizzare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no owner yet)</source>
        <translation>(ancora nessun responsabile)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{metric} (step {steps})</source>
        <translation>{metric} (passo {steps})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{metric} (steps {steps})</source>
        <translation>{metric} (passi {steps})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/checklist_markdown.py" line="+30"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+171"/>
        <source>Where you are in the method</source>
        <translation>A che punto sei del metodo</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+89"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+0"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+1"/>
        <source>Metrics</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="-78"/>
        <source>Who does what</source>
        <translation>Chi fa cosa</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../mapper/render/checklist_pdf.py" line="+3"/>
        <source>Notes on the map</source>
        <translation>Note sulla mappa</translation>
    </message>
    <message>
        <location filename="../../mapper/render/checklist_pdf.py" line="-18"/>
        <source>Step numbers are those of the full checklist.</source>
        <extracomment>Page margins in millimetres (left, top, right, bottom); the footer sits in the bottom band of the text area.</extracomment>
        <translation>I numeri dei passi sono quelli della checklist completa.</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="+191"/>
        <source>Add an item and press Enter</source>
        <extracomment>The checklist box grows with its items up to this many rows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation type="unfinished">Rimuovi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../mapper/cli/common.py" line="+23"/>
        <source>wrote {path}</source>
        <translation>scritto {path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path}: unknown file type {ext}; use one of {types}</source>
        <translation>{path}: tipo di file sconosciuto {ext}; usane uno tra {types}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no extension)</source>
        <translation>(nessuna estensione)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la cartella {folder} non esiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: permission denied: cannot write in {folder}</source>
        <translation>{path}: permesso negato: impossibile scrivere in {folder}</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/export.py" line="+24"/>
        <source>--scale {scale}: choose a scale between 0.1 and 20</source>
        <translation>--scale {scale}: scegli una scala tra 0.1 e 20</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+33"/>
        <source>{file}: --set {item}: write ARROW=P, for example --set a3=0.5</source>
        <translation>{file}: --set {item}: scrivi FRECCIA=P, per esempio --set a3=0.5</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>{file}: --set {item}: {text} is not a number</source>
        <translation>{file}: --set {item}: {text} non è un numero</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: --weeks {weeks}: choose from 1 to 520 weeks</source>
        <translation>{file}: --weeks {weeks}: scegli da 1 a 520 settimane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: --until {week}: not an ISO week that exists (write it like 2026-W49)</source>
        <translation>{file}: --until {week}: non è una settimana ISO esistente (scrivila come 2026-W49)</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/import_.py" line="+29"/>
        <source>note: {warning}</source>
        <translation>nota: {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: nothing to import: no steps found (see the notes above)</source>
        <translation>{file}: niente da importare: nessun passo trovato (vedi le note sopra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: nothing to import: no steps found</source>
        <translation>{file}: niente da importare: nessun passo trovato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote {path}: {counts} ({terminators}, {activities}, {decisions})</source>
        <translation>scritto {path}: {counts} ({terminators}, {activities}, {decisions})</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/log.py" line="+40"/>
        <source>{file}: &quot;{week}&quot; is not a week that exists (write weeks as 2026-W49; a week 53 only in years that have one)</source>
        <extracomment>A spreadsheet of years of weeks is a few hundred kB; anything near this is not one.</extracomment>
        <translation>{file}: &quot;{week}&quot; non è una settimana esistente (scrivi le settimane come 2026-W49; la settimana 53 c&apos;è solo negli anni che ce l&apos;hanno)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: &quot;{pair}&quot; needs a value: write KEY=VALUE (KEY= removes the value)</source>
        <translation>{file}: &quot;{pair}&quot; ha bisogno di un valore: scrivi CHIAVE=VALORE (CHIAVE= toglie il valore)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: &quot;{one}&quot; and &quot;{other}&quot; both give {key}; give it once</source>
        <translation>{file}: &quot;{one}&quot; e &quot;{other}&quot; danno entrambi {key}; indicalo una volta sola</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{key} removed</source>
        <translation>{key} rimosso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: give either --week WEEK KEY=VALUE... or --csv IN.csv</source>
        <translation>{file}: indica --week SETTIMANA CHIAVE=VALORE... oppure --csv IN.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: nothing to record: add KEY=VALUE pairs after --week {week}</source>
        <translation>{file}: niente da registrare: aggiungi coppie CHIAVE=VALORE dopo --week {week}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saved {file}</source>
        <translation>salvato {file}</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/review.py" line="+26"/>
        <source>{file}: --quarter {quarter}: write a quarter like 2026-Q4</source>
        <translation>{file}: --quarter {quarter}: scrivi un trimestre come 2026-Q4</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="+60"/>
        <source>{file}: --weeks must be a whole number from 1 to {most}, not {weeks}</source>
        <translation>{file}: --weeks deve essere un numero intero da 1 a {most}, non {weeks}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: &quot;{week}&quot; is not a week that exists (write weeks as 2026-W49)</source>
        <translation>{file}: &quot;{week}&quot; non è una settimana esistente (scrivi le settimane come 2026-W49)</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/templates.py" line="+27"/>
        <source>no template named {name}; choose one of: {names}</source>
        <translation>nessun modello chiamato {name}; scegline uno tra: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: already exists; choose another name (mapper never overwrites a map with a template)</source>
        <translation>{path}: esiste già; scegli un altro nome (mapper non sovrascrive mai una mappa con un modello)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../mapper/ui/canvas/connect_dialog.py" line="+24"/>
        <source>Connect To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw an arrow from “{0}” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation type="unfinished">Collega</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(untitled step)</source>
        <translation type="unfinished">(passo senza titolo)</translation>
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
        <translation>ogni cliente passa di qui, e subito dopo decide {decision}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every customer passes here on the way to {goal}</source>
        <translation>ogni cliente passa di qui per arrivare a {goal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every customer passes here</source>
        <translation>ogni cliente passa di qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you marked it as critical</source>
        <translation>l&apos;hai segnato come critico</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{one} or {other}</source>
        <translation>{one} o {other}</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../mapper/editing/edits.py" line="+103"/>
        <source>Move</source>
        <extracomment>The snapping grid of the canvas. Space between a step and the next one quick-add creates. Room kept between a pasted or duplicated shape and the shapes already there. &quot;Is there no shape in this box?&quot;, answered by whoever knows the shapes (the canvas&apos;s scene).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes take no part in the flow; select a step to add the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Notes take no part in the flow, so arrows cannot touch them.</source>
        <translation type="unfinished">Le note non fanno parte del flusso, quindi le frecce non possono toccarle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation type="unfinished">Collega</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clipboard does not hold mapper steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+25"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../mapper/render/export.py" line="+79"/>
        <source>unknown page size {0}; choose one of {1}</source>
        <extracomment>Images past either limit would take gigabytes of memory; PDF and SVG have no such limit. White space around the map on paper, in millimetres. On tiled pages neighbours repeat this much of each other, for cutting and taping.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>this is a folder; choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder {0} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied: mapper may not write here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not be written (the disk may be full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>nothing to export: the selection has no placed steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to export: the map has no placed steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown file type {0}; use one of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no extension)</source>
        <translation type="unfinished">(nessuna estensione)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>scale {0} is out of range; choose between 0.1 and 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>choose a scale of {0} or less, or export a PDF or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export a PDF or SVG instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image would be {0} x {1} pixels, too big to make (the limit is {2} pixels a side and {3} megapixels); {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not enough memory for an image this size; choose a smaller scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>mapper map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the SVG could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>nothing to print: the map has no placed steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the printer or file could not be opened for drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mapper/ui/export_dialog.py" line="+28"/>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (scalable, text stays text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+193"/>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The map&apos;s title above it</source>
        <translation>Il titolo della mappa in alto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Legend of the markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the selected steps ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tile across pages at the chosen scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pages (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type a file name, or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mapper cannot write .{ext} files: end the name with .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Nothing to export yet: the selected steps have no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to export yet: the map has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{dpi} dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture would be {w} × {h} pixels: too big to make. Choose a smaller scale, or export a PDF or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture: {w} × {h} pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size of the drawing; text stays searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector drawing: sharp at any size; opens in browsers, Inkscape and Illustrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= {percent} of the on-screen size on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only used when tiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} page of {size} landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} pages of {size} landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} page of {size} portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} pages of {size} portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation type="unfinished">Esportazione non riuscita</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location line="-314"/>
        <source>Cancel</source>
        <translation type="unfinished">Annulla</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../mapper/ui/findings_panel.py" line="+30"/>
        <source>Errors</source>
        <extracomment>Rows per group: a 20,000-step map can have thousands of candidates; nobody reads past a few hundred, and filling the tree must not stall the editor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} error</source>
        <translation type="unfinished">{n} errore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} errors</source>
        <translation type="unfinished">{n} errori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} warning</source>
        <translation type="unfinished">{n} avviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warnings</source>
        <translation type="unfinished">{n} avvisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+67"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{metric} — at {step}</source>
        <translation type="unfinished">{metric} — al passo {step}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to fix: the flow hangs together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a start, the steps and an end: mapper checks the flow as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Critical steps ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet: mark a start and a goal end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could be automated ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No candidates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure here ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Funnel</source>
        <translation type="unfinished">Imbuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every branch a probability (and fix the errors) to see where 100 people end up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per {n} people who enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} reach {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value per person who enters: {value}</source>
        <translation type="unfinished">Valore per ogni persona che entra: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lever: {step} — +{gain} goals per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal outcomes per 100 people gained by moving one percentage point of this decision from its worst branch to its best.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+20"/>
        <source>Funnel of {file}</source>
        <translation>Imbuto di {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured over {first} to {last} ({n} weeks)</source>
        <translation>Misurato da {first} a {last} ({n} settimane)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No funnel: give every branch a probability (or log its numbers) and fix the errors &apos;mapper check&apos; reports.</source>
        <translation>Nessun imbuto: dai una probabilità a ogni ramo (o registra i suoi numeri) e correggi gli errori segnalati da &apos;mapper check&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per {n} entrants:</source>
        <translation>Ogni {n} persone che entrano:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value per entrant: {value}</source>
        <translation>Valore per persona che entra: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What-if: the funnel before or after it cannot be built.</source>
        <translation>Simulazione: non si può costruire l&apos;imbuto prima o dopo la modifica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What-if: {change} goal outcomes per {n}, value per entrant {value}</source>
        <translation>Simulazione: {change} arrivi all&apos;obiettivo ogni {n}, valore per persona che entra {value}</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <location filename="../../mapper/ui/funnel_panel.py" line="+115"/>
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
        <source>On the measured probabilities: {0} goal outcomes per 100, {1} per entrant.</source>
        <translation type="unfinished"></translation>
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
        <location line="+4"/>
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
    <name>Kind</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+34"/>
        <source>Start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} starts / ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} activity</source>
        <translation type="unfinished">{n} attività</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} activities</source>
        <translation type="unfinished">{n} attività</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} decision</source>
        <translation type="unfinished">{n} decisione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} decisions</source>
        <translation type="unfinished">{n} decisioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} note</source>
        <translation type="unfinished">{n} nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} notes</source>
        <translation type="unfinished">{n} note</translation>
    </message>
</context>
<context>
    <name>LabelGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="-128"/>
        <source>Move Label</source>
        <translation type="unfinished"></translation>
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
    <name>LegendPanel</name>
    <message>
        <location filename="../../mapper/ui/legend_panel.py" line="+21"/>
        <source>Show or hide the {name} badges on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+44"/>
        <source>Maps and diagrams</source>
        <extracomment>Edits settle this long before the journal is written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untitled</source>
        <extracomment>Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Start with the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a shape from the left, or press &lt;b&gt;T&lt;/b&gt; for a start, &lt;b&gt;A&lt;/b&gt; for an activity, &lt;b&gt;D&lt;/b&gt; for a decision.&lt;br&gt;Then &lt;b&gt;Tab&lt;/b&gt; adds what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+560"/>
        <source>Open a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-559"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+595"/>
        <source>Save the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-594"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in a Mermaid, draw.io or BPMN diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;Mermaid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;draw.io…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Image or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the map as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the team&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Chec&amp;klist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist Previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnect To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw an arrow from the selected step to a step you pick from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a start or end point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show {name} Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tidy Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay out the whole map, or the selected steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidy Up &amp;Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tidy Up Top to &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Centres Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align Centres &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
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
        <location line="+5"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+4"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Empty map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not keep a recovery copy: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery copy unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery copy of unsaved work could not be read. It was kept aside as {kept} and will not be offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recovered unsaved work on {title}. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your current map is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not open the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The template could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not open the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled map</source>
        <translation type="unfinished">Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was not saved. Your changes are still open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No recent maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import a diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>“{name}” could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No steps were found in “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported with notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was imported. A few things could not be carried over exactly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {name}: {counts}</source>
        <translation>Importato {name}: {counts}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export as {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export</source>
        <translation type="unfinished">Impossibile esportare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Tidied up the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tidied up the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map your most profitable system, see what is broken, which steps are critical, what a machine could do and where to measure; then print the checklists your team follows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../mapper/ui/properties/map_page.py" line="+15"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is this system called?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing (getting customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating (delivering the work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where does it start and stop? What does it deliver?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a step or an arrow to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled map</source>
        <translation type="unfinished">Mappa senza titolo</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../mapper/ui/canvas/scene.py" line="+507"/>
        <source>Owner: {0}</source>
        <extracomment>How far from a moved step the arrows that might now route differently are looked for. Items per invisible parent layer (see ``Layer``). Emitted after the scene caught up with a change (for the overview cache and the view). Swimlane bands as the steps stand (drawn by the view&apos;s background); kept as they were while a drag is under way (``bands_frozen``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers for the metric: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../mapper/render/markers.py" line="+23"/>
        <source>Critical step</source>
        <extracomment>Marker kinds in the order their badges appear from the shape&apos;s top-right corner. &quot;owner&quot; is the owner chip on the shape&apos;s bottom edge, switched like a badge (no analysis marker has that kind).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could be automated</source>
        <translation type="unfinished">Si potrebbe automatizzare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation type="unfinished">Responsabile</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could be automated (score {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} ({1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../mapper/analysis/method.py" line="+56"/>
        <source>Map the system</source>
        <extracomment>Step ids still to do (for step 7: none; the priorities are missing, not a step). What is left, in the owner&apos;s words (&quot;&quot; when done). Where clicking takes the owner: &quot;steps&quot; (select ``left``), &quot;scorecard&quot; or &quot;review&quot;.</extracomment>
        <translation>Mappa il sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide what to automate</source>
        <translation>Decidi cosa automatizzare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document the critical steps</source>
        <translation>Documenta i passi critici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure them</source>
        <translation>Misurali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every step and metric an owner</source>
        <translation>Dai un responsabile a ogni passo e indicatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the numbers weekly</source>
        <translation>Rivedi i numeri ogni settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the quarter</source>
        <translation>Pianifica il trimestre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the map needs a start: where does the system begin?</source>
        <translation>alla mappa serve un inizio: da dove parte il sistema?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark the end that is a success as a goal (a new client, a paid job)</source>
        <translation>segna come obiettivo la fine che rappresenta un successo (un nuovo cliente, un lavoro pagato)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} problem in the flow to fix</source>
        <translation>{n} problema da correggere nel flusso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} problems in the flow to fix</source>
        <translation>{n} problemi da correggere nel flusso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} step could be automated: decide yes or no</source>
        <translation>{n} passo si potrebbe automatizzare: decidi sì o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} steps could be automated: decide yes or no each</source>
        <translation>{n} passi si potrebbero automatizzare: decidi sì o no per ciascuno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} critical step has no checklist yet</source>
        <translation>{n} passo critico non ha ancora una checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} critical steps have no checklist yet</source>
        <translation>{n} passi critici non hanno ancora una checklist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} step to measure needs a metric with a target</source>
        <translation>{n} passo da misurare ha bisogno di un indicatore con un obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} steps to measure need a metric with a target</source>
        <translation>{n} passi da misurare hanno bisogno di un indicatore con un obiettivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} step has no owner yet</source>
        <translation>{n} passo non ha ancora un responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} steps have no owner yet</source>
        <translation>{n} passi non hanno ancora un responsabile</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no metrics yet: measure the critical steps first</source>
        <translation>ancora nessun indicatore: misura prima i passi critici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} metric has no number for this week or last</source>
        <translation>{n} indicatore non ha un numero né per questa settimana né per la scorsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} metrics have no number for this week or last</source>
        <translation>{n} indicatori non hanno un numero né per questa settimana né per la scorsa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set at least one priority for {quarter}, with an owner</source>
        <translation>imposta almeno una priorità per {quarter}, con un responsabile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map the system first (step 1)</source>
        <translation>Prima mappa il sistema (passo 1)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../../mapper/analysis/metrics.py" line="+50"/>
        <source>Leads in: {step}</source>
        <translation>Contatti in entrata: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volume in: count who enters the system here</source>
        <translation>volume in entrata: conta chi entra nel sistema da qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({label} rate)</source>
        <translation>{step} (tasso {label})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} (share per branch)</source>
        <translation>{step} (quota per ramo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion: the share of people going each way shows where the system leaks</source>
        <translation>conversione: la quota di persone che va in ciascuna direzione mostra dove il sistema perde clienti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won: {step}</source>
        <translation>Acquisiti: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended: {step}</source>
        <translation>Concluso: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome: count how many finish here, your goal</source>
        <translation>risultato: conta quanti arrivano qui, il tuo obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome: count how many finish here</source>
        <translation>risultato: conta quanti arrivano qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times done: {step}</source>
        <translation>Volte eseguito: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a critical step: check that it is done every time</source>
        <translation>un passo critico: verifica che venga fatto ogni volta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you set a metric here</source>
        <translation>hai impostato un indicatore qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you set a metric here (target {target})</source>
        <translation>hai impostato un indicatore qui (obiettivo {target})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>MoveGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="-143"/>
        <source>Move to lane {0}</source>
        <extracomment>Pixels the mouse must travel before a press becomes a drag. The view also hands the mouse to QGraphicsView (Qt draws the rubber band).</extracomment>
        <translation>Sposta nella corsia {0}</translation>
    </message>
</context>
<context>
    <name>MultiPage</name>
    <message>
        <location filename="../../mapper/ui/properties/multi_page.py" line="+15"/>
        <source>Several steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>(mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No stage</source>
        <translation type="unfinished">Nessuna fase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hourglass stage of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} steps selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}. Changes here apply to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../mapper/model/owners.py" line="+45"/>
        <source>Rename Owner {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Owner {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/ui/document.py" line="+29"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation type="unfinished">Collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload from Disk</source>
        <translation type="unfinished">Ricarica dal disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../mapper/ui/canvas/palette.py" line="+21"/>
        <source>Terminator: where the system starts or stops (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity: something someone does (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: a question with Yes / No branches (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: a remark; takes no part in the flow (N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../mapper/ui/printing.py" line="-119"/>
        <source>Printing the map…</source>
        <extracomment>The smallest print preview: wide enough for its whole toolbar, tall enough for a page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+92"/>
        <source>Printing failed</source>
        <translation type="unfinished">Stampa non riuscita</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Print Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fit on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: tile the map across several pages at its on-screen size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the selected steps ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview just the steps selected on the canvas and the arrows between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing the checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checklist Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Critical steps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the one-page card of the critical steps instead of the whole checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../mapper/ui/properties/panel.py" line="+169"/>
        <source>That value cannot be used here.</source>
        <extracomment>True while the fields are being filled from the model (nothing is committed then).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="-160"/>
        <source>{what}: type a number, like 25 or 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} cannot be less than {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Probability: type a chance, like 20% or 0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Probability: type a chance between 0 and 1, or a percentage like 20%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../mapper/ui/legend_panel.py" line="-26"/>
        <source>LegendPanel</source>
        <comment>Critical</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../mapper/ui/printing.py" line="-46"/>
        <source>Printing</source>
        <comment>PDF checklist</comment>
        <extracomment>Save-dialog filters; the chosen one says the format, whether it is the critical-steps card and whether it is the owner&apos;s edition (with automation hints and the method&apos;s progress).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../mapper/ui/recovery.py" line="+80"/>
        <source>could not be created ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Untitled map</source>
        <translation type="unfinished">Mappa senza titolo</translation>
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
        <translation>... e altri {n} (mapper check --json li elenca tutti)</translation>
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
        <translation>nessuno: nessun passo da solo si trova su ogni strada verso un obiettivo (segnane uno come critico se è importante)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could be automated (best first)</source>
        <translation>Automatizzabili (prima i più adatti)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing obvious: no step sends, reminds, schedules, invoices or records</source>
        <translation>niente di evidente: nessun passo invia, ricorda, pianifica, fattura o registra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} (score {score})</source>
        <translation>{step} (punteggio {score})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to measure (count these every week)</source>
        <translation>Dove misurare (conta questi numeri ogni settimana)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing yet: add a start, decisions and ends</source>
        <translation>ancora niente: aggiungi un inizio, delle decisioni e dei punti di fine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{metric}  at {step}: {reason}</source>
        <translation>{metric}  al passo {step}: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your system: {done} of {all} steps of the method done</source>
        <translation>Il tuo sistema: {done} passi del metodo su {all} completati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: {todo}</source>
        <translation>: {todo}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funnel: not worked out. It needs a start and an end, a probability on every branch (adding up to 100% per step), and no error about dead ends, unreachable steps or loops without a way out.</source>
        <translation>Imbuto: non calcolato. Servono un inizio e una fine, una probabilità su ogni ramo (che in ogni passo sommino al 100%) e nessun errore su vicoli ciechi, passi irraggiungibili o cicli senza via d&apos;uscita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funnel (out of every {n} people who enter)</source>
        <translation>Imbuto (su ogni {n} persone che entrano)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(goal)</source>
        <translation>(obiettivo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In all, {n} of every {entrants} reach a goal.</source>
        <translation>In tutto, {n} ogni {entrants} arrivano a un obiettivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>... and {n} more ends, {rest} in all</source>
        <translation>... e altri {n} punti di fine, {rest} in tutto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Busiest steps (loops make people pass more than once):</source>
        <translation>Passi più frequentati (i cicli fanno passare le persone più di una volta):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step}: {n} visits</source>
        <translation>{step}: {n} passaggi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value per person who enters: {value}</source>
        <translation>Valore per ogni persona che entra: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levers (goal outcomes gained per 100 people by moving one percentage point from a decision&apos;s weakest branch to its strongest):</source>
        <translation>Leve (arrivi all&apos;obiettivo guadagnati ogni 100 persone spostando un punto percentuale dal ramo più debole di una decisione a quello più forte):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>... and {n} more</source>
        <translation>... e altri {n}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../mapper/analysis/review.py" line="+197"/>
        <source>Numbers for {logged} of the {weeks} weeks of {quarter}; {previous_logged} of {previous_weeks} in {previous}.</source>
        <extracomment>Where the levers came from: &quot;measured&quot;, &quot;assumed&quot; or &quot;&quot; (no funnel). How many of the quarter&apos;s weeks, and of the previous quarter&apos;s, have numbers (and how many weeks it had).</extracomment>
        <translation>Numeri per {logged} delle {weeks} settimane di {quarter}; {previous_logged} su {previous_weeks} in {previous}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weakest between {source} and {target}: {rate} as many go on</source>
        <translation>Il punto più debole è tra {source} e {target}: prosegue il {rate}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most are lost between {source} and {target}: {rate} go on</source>
        <translation>La maggior parte si perde tra {source} e {target}: prosegue il {rate}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, down from {was}</source>
        <translation>, in calo da {was}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, up from {was}</source>
        <translation>, in crescita da {was}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, as last quarter</source>
        <translation>, come il trimestre scorso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/review_doc.py" line="+80"/>
        <source>: {todo}</source>
        <translation>: {todo}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marketing half: {leak}</source>
        <translation>Metà marketing: {leak}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing half: no two consecutive stages with numbers yet.</source>
        <translation>Metà marketing: ancora nessuna coppia di fasi consecutive con dei numeri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating half: {leak}</source>
        <translation>Metà operativa: {leak}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating half: no two consecutive stages with numbers yet.</source>
        <translation>Metà operativa: ancora nessuna coppia di fasi consecutive con dei numeri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it leaks</source>
        <translation>Dove si perdono clienti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage volumes</source>
        <translation>Volumi per fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted at</source>
        <translation>Punto di conteggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step of this map has a stage.</source>
        <translation>Nessun passo di questa mappa ha una fase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion between stages</source>
        <translation>Conversione tra le fasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough stage volumes this quarter to compare.</source>
        <translation>Questo trimestre non ci sono abbastanza volumi per fase da confrontare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scorecard</source>
        <translation>Tabella dei numeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks on and off target over the quarter&apos;s {n} weeks.</source>
        <translation>Settimane in linea e fuori obiettivo nelle {n} settimane del trimestre.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>Registrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step has a metric yet.</source>
        <translation>Nessun passo ha ancora un indicatore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funnel measured from this quarter&apos;s numbers.</source>
        <translation>L&apos;imbuto misurato dai numeri di questo trimestre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funnel from the probabilities on the map.</source>
        <translation>L&apos;imbuto calcolato dalle probabilità sulla mappa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step}: +{gain} goal outcomes per 100 entrants for each point moved from its worst branch to its best</source>
        <translation>{step}: +{gain} arrivi all&apos;obiettivo ogni 100 persone che entrano per ogni punto spostato dal suo ramo peggiore al migliore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest levers</source>
        <translation>Le leve più grandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>Ancora nessun imbuto: dai delle probabilità ai rami o registra i loro numeri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Priorities for {quarter}</source>
        <translation>Priorità per {quarter}</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None set yet.</source>
        <translation>Nessuna ancora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quarterly review {quarter}</source>
        <translation>Revisione trimestrale {quarter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks {first} to {last}</source>
        <translation>settimane da {first} a {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value per entrant {value}</source>
        <translation>valore per persona che entra {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../mapper/render/review_pdf.py" line="+51"/>
        <source>Your system: the method</source>
        <translation>Il tuo sistema: il metodo</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+196"/>
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
        <location line="+91"/>
        <source>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2} goal outcomes per 100 entrants per point moved from its worst branch to its best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-351"/>
        <location line="+260"/>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+259"/>
        <source>Off track</source>
        <translation>Fuori obiettivo</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+259"/>
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
        <location line="+6"/>
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
        <translation>il punto di inizio/fine {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decision {step}</source>
        <translation>la decisione {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the note {step}</source>
        <translation>la nota {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the activity {step}</source>
        <translation>l&apos;attività {step}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} more</source>
        <translation>altri {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>{names} and {last}</source>
        <translation>{names} e {last}</translation>
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
        <translation>Il flusso si interrompe con {step}: dopo non succede niente. Traccia una freccia verso ciò che succede dopo, oppure chiudilo con un punto di fine (per esempio &quot;Lavoro finito&quot;).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The loop through {steps} has no way out: whoever enters it goes round for ever. Add a decision with a branch that leaves the loop (for example &quot;Not interested&quot; to an end).</source>
        <translation>Il ciclo che passa per {steps} non ha via d&apos;uscita: chi ci entra gira in tondo per sempre. Aggiungi una decisione con un ramo che esce dal ciclo (per esempio &quot;Non interessato&quot; verso un punto di fine).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The decision {step} has only one way out. Add a second arrow (for example &quot;No&quot;) or make it an activity.</source>
        <translation>La decisione {step} ha una sola uscita. Aggiungi una seconda freccia (per esempio &quot;No&quot;) oppure trasformala in un&apos;attività.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{n} of its arrows has no label</source>
        <translation>{n} delle sue frecce non ha etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of its arrows have no label</source>
        <translation>{n} delle sue frecce non hanno etichetta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several arrows say {labels}</source>
        <translation>più frecce dicono {labels}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{step}: {problems}. Label each way out with a different answer (for example &quot;Yes&quot; and &quot;No&quot;) so people know which way to go.</source>
        <translation>{step}: {problems}. Etichetta ogni uscita con una risposta diversa (per esempio &quot;Sì&quot; e &quot;No&quot;) così si sa da che parte andare.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{step} leads to {n} different steps, so it is not clear which comes next. Put a decision (diamond) after it that asks which way to go, with one labelled arrow per answer.</source>
        <translation>{step} porta a {n} passi diversi, quindi non è chiaro quale venga dopo. Mettici dopo una decisione (rombo) che chieda da che parte andare, con una freccia etichettata per ogni risposta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are two arrows from {source} to {target}. Delete one of them.</source>
        <translation>Ci sono due frecce da {source} a {target}. Cancellane una.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An arrow goes from {step} back to itself. Point it at the step that should happen again (for example the step before it), or delete it.</source>
        <translation>Una freccia parte da {step} e torna su sé stessa. Puntala sul passo che deve ripetersi (per esempio quello prima), oppure cancellala.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the question it asks (for example &quot;Paid in full?&quot;).</source>
        <translation>Scrivi la domanda che pone (per esempio &quot;Pagato per intero?&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write where the system starts or ends here (for example &quot;New enquiry&quot;).</source>
        <translation>Scrivi dove inizia o finisce qui il sistema (per esempio &quot;Nuova richiesta&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what happens here, starting with a verb (for example &quot;Send the quote&quot;).</source>
        <translation>Scrivi cosa succede qui, iniziando con un verbo (per esempio &quot;Invia il preventivo&quot;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{step} has no text. {what}</source>
        <translation>{step} non ha testo. {what}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only some arrows out of {step} have a probability. Give every arrow out of it a probability (they must add up to 100%), or none.</source>
        <translation>Solo alcune frecce in uscita da {step} hanno una probabilità. Dai una probabilità a ogni freccia in uscita (la somma deve fare 100%), oppure a nessuna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The probabilities on the arrows out of {step} add up to {total}, not {whole}. Change them so they add up to {whole}.</source>
        <translation>Le probabilità sulle frecce in uscita da {step} sommano a {total}, non a {whole}. Modificale in modo che sommino a {whole}.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{step} and {other} overlap on the canvas. Drag one of them apart so both can be read.</source>
        <translation>{step} e {other} si sovrappongono sulla tela. Trascinane uno più in là così si leggono entrambi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a critical step</source>
        <translation>un passo critico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a step with the metric &quot;{metric}&quot;</source>
        <translation>un passo con l&apos;indicatore &quot;{metric}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a step with a metric</source>
        <translation>un passo con un indicatore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody owns {step}, {why}. Who answers for this? Set an owner. Give it a role such as &quot;Sales&quot;, or a person&apos;s name, in its properties.</source>
        <translation>Manca un responsabile per {step}, {why}. Chi ne risponde? Imposta un responsabile: nelle sue proprietà dagli un ruolo come &quot;Vendite&quot; o il nome di una persona.</translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/flow.py" line="+132"/>
        <source>the unnamed start/end point ({id})</source>
        <translation>il punto di inizio/fine senza nome ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unnamed decision ({id})</source>
        <translation>la decisione senza nome ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unnamed note ({id})</source>
        <translation>la nota senza nome ({id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unnamed activity ({id})</source>
        <translation>l&apos;attività senza nome ({id})</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="-33"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+98"/>
        <source>Metric</source>
        <extracomment>Ten years of weeks: more columns than any page or screen shows.</extracomment>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+0"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+1"/>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+1"/>
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scorecard {first} to {last} (✓ on track, ✗ off track)</source>
        <translation>Tabella dei numeri da {first} a {last} (✓ in linea, ✗ fuori obiettivo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../mapper/formats/scorecard_report.py" line="+12"/>
        <location line="+59"/>
        <source>No step has a metric yet.</source>
        <translation>Nessun passo ha ancora un indicatore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To discuss ({week}):</source>
        <translation>Da discutere ({week}):</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/scorecard_report.py" line="-119"/>
        <source>flat</source>
        <translation>stabile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{change} a week</source>
        <translation>{change} a settimana</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{metric}: {value}, goal {goal}</source>
        <translation>{metric}: {value}, obiettivo {goal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({owner})</source>
        <translation> ({owner})</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+52"/>
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Scorecard: {title}</source>
        <translation>Tabella dei numeri: {title}</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+55"/>
        <source>{first} to {last} · ✓ on track, ✗ off track</source>
        <translation>da {first} a {last} · ✓ in linea, ✗ fuori obiettivo</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>To discuss ({week})</source>
        <translation>Da discutere ({week})</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+57"/>
        <source>Nothing is off track this week.</source>
        <translation>Questa settimana niente è fuori obiettivo.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Every metric</source>
        <translation>Tutti gli indicatori</translation>
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
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Avg</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To discuss (%1): </source>
        <translation>Da discutere (%1): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing is off track this week.</source>
        <translation>questa settimana niente è fuori obiettivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step has a metric yet: give the critical steps a metric in the Properties panel.</source>
        <translation>Nessun passo ha ancora un indicatore: dai un indicatore ai passi critici nel pannello Properties.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 · ✓ on track, ✗ off track · printed %3</source>
        <translation>da %1 a %2 · ✓ in linea, ✗ fuori obiettivo · stampato il %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Scorecard: %1</source>
        <translation>Tabella dei numeri: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Write each number in its box; then type them into the Weekly review, or record them with: mapper log FILE --week %1 KEY=VALUE...</source>
        <translation>Scrivi ogni numero nella sua casella; poi inseriscili nella Revisione settimanale, oppure registrali con: mapper log FILE --week %1 CHIAVE=VALORE...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>This week&apos;s numbers: %1</source>
        <translation>I numeri di questa settimana: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Week %1 of %2 (%3), starting Monday %4</source>
        <translation>Settimana %1 di %2 (%3), a partire da lunedì %4</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="+370"/>
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
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../mapper/ui/shortcuts_dialog.py" line="+78"/>
        <source>Keyboard shortcuts — mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="-29"/>
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
    <name>StepPage</name>
    <message>
        <location filename="../../mapper/ui/properties/step_page.py" line="+21"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stage</source>
        <translation type="unfinished">Nessuna fase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hourglass stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is accountable? (role or person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation type="unfinished">Responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A successful outcome (a goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical and automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation type="unfinished">Indicatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>e.g. Consultations booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit and weekly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the step&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who answers for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation type="unfinished">Checklist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How is it done? What to watch out for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>cost</source>
        <translation type="unfinished">costo</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Duration (min) and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} (the step&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 1200 {0}</source>
        <translation type="unfinished">es. 1200 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost in {0}</source>
        <translation type="unfinished">costo in {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money in {0}</source>
        <translation type="unfinished">Importo in {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>mapper will decide once it has checked the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mapper: not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapper: critical — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapper: critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mapper: not a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapper: a candidate (score {0}) — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapper: a candidate (score {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision (mapper&apos;s is ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mapper suggests counting “{0}” here — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
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
    <name>TriState</name>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="+84"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let mapper decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
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
    <name>messages</name>
    <message>
        <location filename="../../mapper/ui/messages.py" line="+15"/>
        <source>mapper maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to save the changes you made to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapper closed before “{title}” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you want to recover the unsaved changes (last kept {day} at {time})? Discarding deletes them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you want to recover the unsaved changes? Discarding deletes them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has {n} pages. Which one do you want to import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Map in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is open by {user} on {host} since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it read-only to look without changing their work (Save then asks for a new name), or open it anyway if you are sure they are not editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was changed by someone else since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving here replaces their version with yours, and their changes are lost. Save yours under another name to keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Mine As…</source>
        <translation type="unfinished">Salva la mia con nome…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The map changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was changed on disk after mapper stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recovered work opens as a new, unsaved map, and the newer file opens in its own window, so you can compare them. Nothing was written over the file.</source>
        <translation type="unfinished"></translation>
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
