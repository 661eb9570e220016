<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>Accountability</name>
    <message>
        <location filename="../../mapper/formats/accountability_doc.py" line="+47" />
        <source>{n} thing with no owner</source>
        <extracomment>What the entries are: "steps", "metrics" or "priorities" (the heading is translated). True for the "Nobody" card.</extracomment>
        <translation>{n} elemento senza responsabile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} things with no owner</source>
        <translation>{n} elementi senza responsabile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} metric</source>
        <translation>{n} indicatore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} metrics</source>
        <translation>{n} indicatori</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} priority</source>
        <translation>{n} priorità</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} priorities</source>
        <translation>{n} priorità</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Accountability chart: {n} owner, one seat each</source>
        <translation>Organigramma delle responsabilità: {n} responsabile, un ruolo ciascuno</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accountability chart: {n} owners, one seat each</source>
        <translation>Organigramma delle responsabilità: {n} responsabili, un ruolo ciascuno</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(unnamed decision, {id})</source>
        <translation>(decisione senza nome, {id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(unnamed terminator, {id})</source>
        <translation>(punto di inizio/fine senza nome, {id})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(unnamed activity, {id})</source>
        <translation>(attività senza nome, {id})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, target at most {target}</source>
        <translation>, obiettivo al massimo {target}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, target at least {target}</source>
        <translation>, obiettivo almeno {target}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{metric} — at {step}</source>
        <translation>{metric} — al passo {step}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No stage</source>
        <translation>Nessuna fase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Metrics</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{quarter}: {priority} ({status})</source>
        <translation>{quarter}: {priority} ({status})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no text)</source>
        <translation>(nessun testo)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Priorities</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Critical steps</source>
        <translation>Passi critici</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Metrics nobody answers for</source>
        <translation>Indicatori senza responsabile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities and decisions</source>
        <translation>Attività e decisioni</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+49" />
        <source>{title} — accountability</source>
        <translation>{title} — responsabilità</translation>
    </message>
</context>
<context>
    <name>AccountabilityPdf</name>
    <message>
        <location filename="../../mapper/render/accountability_pdf.py" line="+68" />
        <source>{title} — accountability chart</source>
        <translation>{title} — organigramma delle responsabilità</translation>
    </message>
</context>
<context>
    <name>AccountabilityView</name>
    <message>
        <location filename="../../mapper/ui/accountability_view.py" line="+32" />
        <source>PDF document</source>
        <extracomment>A card is about this wide; the chart puts as many side by side as fit. Edits settle this long before the chart is rebuilt.</extracomment>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page</source>
        <translation>Pagina web</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Select it on the map</source>
        <translation>Selezionalo sulla mappa</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+135" />
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="-129" />
        <source>Type a new name to rename this owner on every step, metric and priority</source>
        <translation>Scrivi un nuovo nome per rinominare questo responsabile su ogni passo, indicatore e priorità</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (HTML)…</source>
        <translation>Pagina web (HTML)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No owners yet: give each step an owner in its properties (a role such as “Sales”, or a name).</source>
        <translation>Ancora nessun responsabile: dai un responsabile a ogni passo nelle sue proprietà (un ruolo come “Vendite”, o un nome).</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Print Accountability Chart</source>
        <translation>Stampa l’organigramma delle responsabilità</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Printing failed</source>
        <translation>Stampa non riuscita</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Export Accountability Chart</source>
        <translation>Esporta l’organigramma delle responsabilità</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../mapper/ui/analysis_runner.py" line="+87" />
        <location line="+26" />
        <source>The check could not finish: {error}</source>
        <extracomment>Maps with more steps than this are analysed on a worker thread.</extracomment>
        <translation>Il controllo non è riuscito a finire: {error}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Checking the map before it goes out…</source>
        <translation>Controllo la mappa prima che esca…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checking</source>
        <translation>Controllo in corso</translation>
    </message>
</context>
<context>
    <name>ArrowPage</name>
    <message>
        <location filename="../../mapper/ui/properties/arrow_page.py" line="+14" />
        <source>Arrow</source>
        <translation>Freccia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Yes / No</source>
        <translation>es. Sì / No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 20% (empty: unknown)</source>
        <translation>es. 20% (vuoto: non noto)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How often the flow takes this arrow. Give every branch of a decision one to see the funnel.</source>
        <translation>Quanto spesso il flusso prende questa freccia. Danne una a ogni ramo di una decisione per vedere l’imbuto.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>From “{0}” to “{1}”</source>
        <translation>Da “{0}” a “{1}”</translation>
    </message>
</context>
<context>
    <name>Automation</name>
    <message>
        <location filename="../../mapper/analysis/automation.py" line="+54" />
        <source>it says "{word}": {reason}</source>
        <extracomment>Score of a step with one kind of automatable task; more kinds add a little.</extracomment>
        <translation>c'è scritto "{word}": {reason}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it asks "{word}": {reason}</source>
        <translation>la domanda contiene "{word}": {reason}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the owner does it now ("{owner}"): automating it gives the owner's time back</source>
        <translation>ora lo fa il titolare ("{owner}"): automatizzarlo restituisce tempo al titolare</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the office does it now ("{owner}"): routine admin that software does well</source>
        <translation>ora lo fa l'ufficio ("{owner}"): è lavoro amministrativo di routine che un software fa bene</translation>
    </message>
    <message>
        <location line="+25" />
        <source>it is inside a loop, so it runs again every time someone goes round ({times} times per customer on average)</source>
        <translation>è dentro un ciclo, quindi si ripete ogni volta che qualcuno ci ripassa ({times} volte per cliente in media)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is inside a loop, so it runs again every time someone goes round</source>
        <translation>è dentro un ciclo, quindi si ripete ogni volta che qualcuno ci ripassa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it runs {times} times per customer on average</source>
        <translation>si ripete {times} volte per cliente in media</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is on the main path: every customer passes here</source>
        <translation>è sul percorso principale: ogni cliente passa di qui</translation>
    </message>
    <message>
        <location line="+7" />
        <source>you marked it to be automated</source>
        <translation>l'hai segnato da automatizzare</translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/wording.py" line="+128" />
        <source>sending messages is what email and text-message tools do on their own</source>
        <translation>inviare messaggi è proprio ciò che gli strumenti per email ed SMS fanno da soli</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reminders can go out by themselves at the right time</source>
        <translation>i promemoria possono partire da soli al momento giusto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>follow-ups can be sent automatically after a set delay</source>
        <translation>i ricontatti possono essere inviati automaticamente dopo un intervallo stabilito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an online booking tool can schedule it without back-and-forth</source>
        <translation>uno strumento di prenotazione online può fissarlo senza continui scambi di messaggi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invoicing software can bill and chase payment</source>
        <translation>un software di fatturazione può emettere fatture e sollecitare i pagamenti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>confirmations can be sent automatically</source>
        <translation>le conferme possono essere inviate automaticamente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a CRM or spreadsheet rule can record and tag this by itself</source>
        <translation>una regola nel CRM o nel foglio di calcolo può registrarlo ed etichettarlo da sola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>notifications can be triggered automatically</source>
        <translation>le notifiche possono partire automaticamente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>posts can be scheduled and published automatically</source>
        <translation>i post possono essere programmati e pubblicati automaticamente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>surveys can go out and be collected automatically</source>
        <translation>i questionari possono essere inviati e raccolti automaticamente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>review requests can be sent automatically after the job</source>
        <translation>le richieste di recensione possono essere inviate automaticamente dopo il lavoro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>proposals, quotes and contracts can be filled in from a template</source>
        <translation>proposte, preventivi e contratti possono essere compilati partendo da un modello</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the answer is in your data (payments, email or booking tools), so software can check it and send people the right way</source>
        <translation>la risposta è nei tuoi dati (pagamenti, email o strumenti di prenotazione), quindi un software può verificarla e indirizzare le persone dalla parte giusta</translation>
    </message>
</context>
<context>
    <name>BrainstormDialog</name>
    <message>
        <location filename="../../mapper/ui/brainstorm_dialog.py" line="+21" />
        <source>Map your most profitable system</source>
        <translation>Mappa il tuo sistema più redditizio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start with the product or service that earns you the most. Say where its system starts and where it stops, then list every task between, in order.</source>
        <translation>Parti dal prodotto o servizio che ti fa guadagnare di più. Di’ dove inizia e dove finisce il suo sistema, poi elenca in ordine ogni attività che sta in mezzo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. Emergency plumbing repairs</source>
        <translation>es. Riparazioni idrauliche urgenti</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Customer calls</source>
        <translation>es. Il cliente chiama</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Happy customer</source>
        <translation>es. Cliente soddisfatto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Book a visit
    Take the address
Emergency?
Do the job
Send the invoice
Paid?</source>
        <translation>Fissa un sopralluogo
    Prendi l’indirizzo
Urgente?
Fai il lavoro
Manda la fattura
Pagato?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One task per line. A line ending in “?” is a decision; an indented line is a checklist item of the task above it; an empty line ends the list.</source>
        <translation>Un’attività per riga. Una riga che finisce con “?” è una decisione; una riga rientrata è una voce della checklist dell’attività sopra; una riga vuota chiude l’elenco.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Which product or service earns the most?</source>
        <translation>Quale prodotto o servizio rende di più?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where does its system start?</source>
        <translation>Dove inizia il suo sistema?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where does it stop?</source>
        <translation>Dove finisce?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map it</source>
        <translation>Mappalo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tasks between, in order:</source>
        <translation>Le attività in mezzo, in ordine:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{0} tasks, {1} of them decisions</source>
        <translation>{0} attività, di cui {1} decisioni</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../mapper/ui/canvas/view.py" line="+579" />
        <source>Select one step to connect from, then choose where it leads.</source>
        <extracomment>Mime type of a shape dragged from the palette (its data is the kind). Mime type of copied steps and arrows: a mapper JSON fragment. Below this zoom a big map is shown as one cached overview picture. The grid is drawn only when its dots are at least this far apart on screen. Air kept between an overlay (the legend card) and the steps fit to window shows. A short message for the status bar (e.g. why an edit was refused).</extracomment>
        <translation>Seleziona un passo da cui partire, poi scegli dove porta.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start / end</source>
        <translation>Inizio / fine</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <location filename="../../mapper/ui/canvas/keys.py" line="+78" />
        <source>Space+drag or middle-drag</source>
        <extracomment>Claimed before the window's menus see it (arrows and Enter belong to the canvas).</extracomment>
        <translation>Spazio+trascina o trascina col tasto centrale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pan</source>
        <translation>Sposta la vista</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel the current drag, or clear the selection</source>
        <translation>Annulla il trascinamento in corso o svuota la selezione</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alt+Right / Alt+Down</source>
        <translation>Alt+Destra / Alt+Giù</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select the next connected step (the branch lying that way at a decision)</source>
        <translation>Seleziona il passo collegato successivo (a una decisione, il ramo da quella parte)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alt+Left / Alt+Up</source>
        <translation>Alt+Sinistra / Alt+Su</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select the previous connected step (the one lying that way at a merge)</source>
        <translation>Seleziona il passo collegato precedente (a una confluenza, quello da quella parte)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ctrl+Right / Left / Up / Down</source>
        <translation>Ctrl+Destra / Sinistra / Su / Giù</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happens next? Add a connected activity in that direction and type its text</source>
        <translation>E poi cosa succede? Aggiungi un’attività collegata in quella direzione e scrivine il testo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Arrow keys / Shift+Arrow keys</source>
        <translation>Frecce / Maiusc+frecce</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nudge the selection (one grid step / five)</source>
        <translation>Sposta di poco la selezione (un passo di griglia / cinque)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the next connected activity in the direction of the flow (also while typing)</source>
        <translation>Aggiungi l’attività collegata successiva nella direzione del flusso (anche mentre scrivi)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>F2, Enter or start typing</source>
        <translation>F2, Invio o inizia a scrivere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected step's text (or the selected arrow's label)</source>
        <translation>Modifica il testo del passo selezionato (o l’etichetta della freccia selezionata)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete / Backspace</source>
        <translation>Canc / Backspace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selection and the arrows of deleted steps</source>
        <translation>Elimina la selezione e le frecce dei passi eliminati</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+1 / 2 / 3 / 4</source>
        <translation>Ctrl+1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the selected steps terminators, activities, decisions or notes</source>
        <translation>Trasforma i passi selezionati in inizi/fine, attività, decisioni o note</translation>
    </message>
    <message>
        <location line="+6" />
        <source>T / A / D / N</source>
        <translation>T / A / D / N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a terminator, activity, decision or note under the mouse (nothing selected)</source>
        <translation>Aggiungi un inizio/fine, un’attività, una decisione o una nota sotto il mouse (se non è selezionato nulla)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter / Shift+Enter / Escape</source>
        <translation>Invio / Maiusc+Invio / Esc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>While editing: keep the text / new line / cancel</source>
        <translation>Mentre scrivi: conferma il testo / nuova riga / annulla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a question ending in ?</source>
        <translation>Scrivi una domanda che finisce con ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new activity whose text ends with ? becomes a decision</source>
        <translation>Una nuova attività il cui testo finisce con ? diventa una decisione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrows out of a decision</source>
        <translation>Frecce che escono da una decisione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Are labelled Yes, then No, as you draw them</source>
        <translation>Prendono l’etichetta Sì, poi No, man mano che le disegni</translation>
    </message>
</context>
<context>
    <name>CanvasPointer</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="+520" />
        <source>Double-click</source>
        <translation>Doppio clic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit a step or arrow label; on empty canvas, add an activity there</source>
        <translation>Modifica un passo o l’etichetta di una freccia; sulla tela vuota, aggiungi lì un’attività</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag from a side handle</source>
        <translation>Trascina da una maniglia laterale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect to another step; drop in empty space to pick the next shape</source>
        <translation>Collega a un altro passo; rilascia nel vuoto per scegliere la forma successiva</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag an arrow's end</source>
        <translation>Trascina l’estremità di una freccia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reconnect the selected arrow to another step</source>
        <translation>Ricollega la freccia selezionata a un altro passo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag an arrow's label</source>
        <translation>Trascina l’etichetta di una freccia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Slide the label along its arrow</source>
        <translation>Fai scorrere l’etichetta lungo la sua freccia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shift+click / Ctrl+click</source>
        <translation>Maiusc+clic / Ctrl+clic</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to or remove from the selection</source>
        <translation>Aggiungi o togli dalla selezione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag on empty canvas</source>
        <translation>Trascina sulla tela vuota</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Select with a rubber band</source>
        <translation>Seleziona con un rettangolo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rotellina</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom about the mouse</source>
        <translation>Zoom attorno al mouse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wheel / Shift+wheel</source>
        <translation>Rotellina / Maiusc+rotellina</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scroll up and down / left and right</source>
        <translation>Scorri su e giù / a sinistra e a destra</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <location filename="../../mapper/ui/changed_banner.py" line="+47" />
        <source>Reload Theirs</source>
        <translation>Ricarica la loro versione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep Mine</source>
        <translation>Tieni la mia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Mine As…</source>
        <translation>Salva la mia con nome…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“{name}” was changed on disk by someone else, and you have changes here that are not saved.</source>
        <translation>“{name}” è stato modificato sul disco da qualcun altro, e qui hai modifiche non salvate.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{name}” was deleted or moved on disk. Your map is still open here; save it to keep it.</source>
        <translation>“{name}” è stato eliminato o spostato sul disco. La tua mappa è ancora aperta qui: salvala per non perderla.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../mapper/ui/printing.py" line="+176" />
        <source>Owner's edition</source>
        <translation>Edizione del titolare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>Aggiungi ciò che alla squadra non serve: suggerimenti di automazione, perché i passi sono critici, a che punto sei del metodo</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/checklist.py" line="+38" />
        <source>Marketing system</source>
        <translation>Sistema di marketing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operating system</source>
        <translation>Sistema delle operazioni</translation>
    </message>
    <message>
        <location line="+101" />
        <source>(untitled step)</source>
        <extracomment>Software a small business names in its steps; shown as "Tools" on critical steps. Longest names first so "Google Sheets" wins over "Google".</extracomment>
        <translation>(passo senza titolo)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>→ {step} (goal)</source>
        <translation>→ {step} (obiettivo)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start: {step}</source>
        <translation>Inizio: {step}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Then</source>
        <translation>Poi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also</source>
        <translation>Inoltre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{label}: back to step {ref}.</source>
        <translation>{label}: torna al passo {ref}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{label}: do {ref} below.</source>
        <translation>{label}: esegui {ref} qui sotto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{label}: go to step {ref}.</source>
        <translation>{label}: vai al passo {ref}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Then go on at step {ref}.</source>
        <translation>Poi prosegui dal passo {ref}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to step {ref}.</source>
        <translation>Torna al passo {ref}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue at step {ref}.</source>
        <translation>Prosegui dal passo {ref}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The map shows no next step here.</source>
        <translation>Qui la mappa non indica un passo successivo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>then go on at step {ref}</source>
        <translation>poi prosegui dal passo {ref}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>back to step {ref}</source>
        <translation>torna al passo {ref}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>continue at step {ref}</source>
        <translation>prosegui dal passo {ref}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Takes about {duration}</source>
        <translation>Richiede circa {duration}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Costs {amount}</source>
        <translation>Costa {amount}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tools: {tools}</source>
        <translation>Strumenti: {tools}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Notes: {notes}</source>
        <translation>Note: {notes}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>★ CRITICAL</source>
        <translation>★ CRITICO</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why it is critical: {reason}</source>
        <translation>Perché è critico: {reason}</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Critical steps card (owner's edition)</source>
        <extracomment>The method's seven steps for this map (owner's edition): (number, title, done, what is left).</extracomment>
        <translation>Scheda dei passi critici (versione del titolare)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critical steps card</source>
        <translation>Scheda dei passi critici</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checklist (owner's edition)</source>
        <translation>Checklist (versione del titolare)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Not connected to the flow</source>
        <translation>Non collegati al flusso</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Steps with no stage</source>
        <translation>Passi senza fase</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Critical steps</source>
        <translation>Passi critici</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Main path</source>
        <translation>Percorso principale</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another start</source>
        <translation>un altro inizio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also starts at: {step}</source>
        <translation>Inizia anche da: {step}</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+17" />
        <source>Branch from step {ref}: {label}</source>
        <translation>Ramo dal passo {ref}: {label}</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+17" />
        <source>Branch from step {ref}</source>
        <translation>Ramo dal passo {ref}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Main path, from step {ref}: {label}</source>
        <translation>Percorso principale, dal passo {ref}: {label}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main path, from step {ref}</source>
        <translation>Percorso principale, dal passo {ref}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From step {ref}: {label}</source>
        <translation>Dal passo {ref}: {label}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From step {ref}</source>
        <translation>Dal passo {ref}</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Could be automated: {reason}</source>
        <translation>Si potrebbe automatizzare: {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could be automated</source>
        <translation>Si potrebbe automatizzare</translation>
    </message>
    <message>
        <location line="+11" />
        <source>(no owner yet)</source>
        <translation>(ancora nessun responsabile)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{metric} (step {steps})</source>
        <translation>{metric} (passo {steps})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{metric} (steps {steps})</source>
        <translation>{metric} (passi {steps})</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/checklist_html.py" line="+61" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+30" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+171" />
        <source>Where you are in the method</source>
        <translation>A che punto sei del metodo</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+10" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+89" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+0" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+0" />
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+1" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+1" />
        <source>Metrics</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+1" />
        <location filename="../../mapper/render/checklist_pdf.py" line="-78" />
        <source>Who does what</source>
        <translation>Chi fa cosa</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+7" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+3" />
        <source>Notes on the map</source>
        <translation>Note sulla mappa</translation>
    </message>
    <message>
        <location filename="../../mapper/render/checklist_pdf.py" line="-18" />
        <source>Step numbers are those of the full checklist.</source>
        <extracomment>Page margins in millimetres (left, top, right, bottom); the footer sits in the bottom band of the text area.</extracomment>
        <translation>I numeri dei passi sono quelli della checklist completa.</translation>
    </message>
    <message>
        <location line="+302" />
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="+191" />
        <source>Add an item and press Enter</source>
        <extracomment>The checklist box grows with its items up to this many rows.</extracomment>
        <translation>Aggiungi una voce e premi Invio</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove the selected item</source>
        <translation>Rimuovi la voce selezionata</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the selected item up</source>
        <translation>Sposta in su la voce selezionata</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the selected item down</source>
        <translation>Sposta in giù la voce selezionata</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../mapper/cli/common.py" line="+23" />
        <source>wrote {path}</source>
        <translation>scritto {path}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown language {value}; use one of {codes}</source>
        <translation>lingua sconosciuta {value}; usane una tra {codes}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>LANG</source>
        <translation>LINGUA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language of the output for people: {codes} (default: the system's)</source>
        <translation>lingua dei testi per le persone: {codes} (predefinita: quella del sistema)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{path}: unknown file type {ext}; use one of {types}</source>
        <translation>{path}: tipo di file sconosciuto {ext}; usane uno tra {types}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no extension)</source>
        <translation>(nessuna estensione)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la cartella {folder} non esiste</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path}: permission denied: cannot write in {folder}</source>
        <translation>{path}: permesso negato: impossibile scrivere in {folder}</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/export.py" line="+12" />
        <source>export a map as PNG, SVG, PDF, JSON, Mermaid or draw.io</source>
        <translation>esporta una mappa in PNG, SVG, PDF, JSON, Mermaid o draw.io</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SCALE</source>
        <translation>SCALA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG/SVG/PDF scale (default 2)</source>
        <translation>scala di PNG/SVG/PDF (predefinita 2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>leave out the analysis markers and legend</source>
        <translation>ometti i contrassegni dell'analisi e la legenda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>leave out the map's title above the drawing</source>
        <translation>ometti il titolo della mappa sopra il disegno</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--scale {scale}: choose a scale between 0.1 and 20</source>
        <translation>--scale {scale}: scegli una scala tra 0.1 e 20</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+16" />
        <source>the funnel per 100 entrants, from guesses or the logged numbers, with a what-if</source>
        <translation>l'imbuto ogni 100 persone che entrano, da stime o dai numeri registrati, con una simulazione</translation>
    </message>
    <message>
        <location line="+5" />
        <source>use branch probabilities measured from the metrics log</source>
        <translation>usa le probabilità dei rami misurate dal registro degli indicatori</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks measured over (default 13)</source>
        <translation>su quante settimane misurare (predefinito 13)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../mapper/cli/log.py" line="+33" />
        <location filename="../../mapper/cli/scorecard.py" line="+21" />
        <source>WEEK</source>
        <translation>SETTIMANA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last week measured, like 2026-W49 (default: the latest logged)</source>
        <translation>ultima settimana misurata, come 2026-W49 (predefinita: l'ultima registrata)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ARROW=P</source>
        <translation>FRECCIA=P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>what if this arrow had probability P (0..1)? Its siblings share the rest</source>
        <translation>e se questa freccia avesse probabilità P (0..1)? Le altre frecce che escono dallo stesso passo si dividono il resto</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{file}: --set {item}: write ARROW=P, for example --set a3=0.5</source>
        <translation>{file}: --set {item}: scrivi FRECCIA=P, per esempio --set a3=0.5</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>{file}: --set {item}: {text} is not a number</source>
        <translation>{file}: --set {item}: {text} non è un numero</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{file}: --weeks {weeks}: choose from 1 to 520 weeks</source>
        <translation>{file}: --weeks {weeks}: scegli da 1 a 520 settimane</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: --until {week}: not an ISO week that exists (write it like 2026-W49)</source>
        <translation>{file}: --until {week}: non è una settimana ISO esistente (scrivila come 2026-W49)</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/import_.py" line="+17" />
        <source>bring in a Mermaid, draw.io, BPMN or mapper file</source>
        <translation>importa un file Mermaid, draw.io, BPMN o mapper</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../mapper/cli/layout.py" line="+14" />
        <location filename="../../mapper/cli/templates.py" line="+16" />
        <source>OUT.json</source>
        <translation>USCITA.json</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PAGE</source>
        <translation>PAGINA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>draw.io page number (1 = first)</source>
        <translation>numero della pagina draw.io (1 = la prima)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>note: {warning}</source>
        <translation>nota: {warning}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: nothing to import: no steps found (see the notes above)</source>
        <translation>{file}: niente da importare: nessun passo trovato (vedi le note sopra)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: nothing to import: no steps found</source>
        <translation>{file}: niente da importare: nessun passo trovato</translation>
    </message>
    <message>
        <location line="+5" />
        <source>wrote {path}: {counts} ({terminators}, {activities}, {decisions})</source>
        <translation>scritto {path}: {counts} ({terminators}, {activities}, {decisions})</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/log.py" line="-6" />
        <source>record a week's numbers in the map's metrics log</source>
        <extracomment>A spreadsheet of years of weeks is a few hundred kB; anything near this is not one.</extracomment>
        <translation>registra i numeri di una settimana nel registro degli indicatori della mappa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record numbers: mapper log FILE --week 2026-W49 booked=7 'Webinar sign-ups'=58, or mapper log FILE --csv numbers.csv (a week column, then one column per metric).</source>
        <translation>Registra i numeri: mapper log FILE --week 2026-W49 prenotati=7 'Iscritti al webinar'=58, oppure mapper log FILE --csv numeri.csv (una colonna per la settimana, poi una colonna per indicatore).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>KEY=VALUE</source>
        <translation>CHIAVE=VALORE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the ISO week (like 2026-W49), then KEY=VALUE pairs: a step id, arrow id or metric name and its number (KEY= removes it)</source>
        <translation>la settimana ISO (come 2026-W49), poi coppie CHIAVE=VALORE: l'id di un passo o di una freccia, o il nome di un indicatore, e il suo numero (CHIAVE= lo toglie)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IN.csv</source>
        <translation>IN.csv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a CSV with a week column, then one column per KEY</source>
        <translation>un CSV con una colonna per la settimana, poi una colonna per CHIAVE</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{file}: "{week}" is not a week that exists (write weeks as 2026-W49; a week 53 only in years that have one)</source>
        <translation>{file}: "{week}" non è una settimana esistente (scrivi le settimane come 2026-W49; la settimana 53 c'è solo negli anni che ce l'hanno)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{file}: "{pair}" needs a value: write KEY=VALUE (KEY= removes the value)</source>
        <translation>{file}: "{pair}" ha bisogno di un valore: scrivi CHIAVE=VALORE (CHIAVE= toglie il valore)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file}: "{one}" and "{other}" both give {key}; give it once</source>
        <translation>{file}: "{one}" e "{other}" danno entrambi {key}; indicalo una volta sola</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{key} removed</source>
        <translation>{key} rimosso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file}: give either --week WEEK KEY=VALUE... or --csv IN.csv</source>
        <translation>{file}: indica --week SETTIMANA CHIAVE=VALORE... oppure --csv IN.csv</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: nothing to record: add KEY=VALUE pairs after --week {week}</source>
        <translation>{file}: niente da registrare: aggiungi coppie CHIAVE=VALORE dopo --week {week}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>saved {file}</source>
        <translation>salvato {file}</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/review.py" line="+14" />
        <source>the quarterly review: stage volumes, conversions, leaks, levers, priorities</source>
        <translation>la revisione trimestrale: volumi per fase, conversioni, perdite, leve, priorità</translation>
    </message>
    <message>
        <location line="+3" />
        <source>YYYY-Qn</source>
        <translation>AAAA-Qn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the quarter to review, like 2026-Q4</source>
        <translation>il trimestre da rivedere, come 2026-Q4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write the review as PDF, HTML or Markdown</source>
        <translation>scrivi la revisione in PDF, HTML o Markdown</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file}: --quarter {quarter}: write a quarter like 2026-Q4</source>
        <translation>{file}: --quarter {quarter}: scrivi un trimestre come 2026-Q4</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="-3" />
        <source>every metric against its target, week by week</source>
        <extracomment>Ten years of weeks: more columns than any page or screen shows.</extracomment>
        <translation>ogni indicatore confrontato con il suo obiettivo, settimana per settimana</translation>
    </message>
    <message>
        <location line="+2" />
        <source>how many weeks (default 13)</source>
        <translation>quante settimane (predefinito 13)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the last week shown, like 2026-W49 (default: this week)</source>
        <translation>l'ultima settimana mostrata, come 2026-W49 (predefinita: questa settimana)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write the scorecard as CSV, Markdown, HTML, PDF or PNG</source>
        <translation>scrivi la tabella dei numeri in CSV, Markdown, HTML, PDF o PNG</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{file}: --weeks must be a whole number from 1 to {most}, not {weeks}</source>
        <translation>{file}: --weeks deve essere un numero intero da 1 a {most}, non {weeks}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: "{week}" is not a week that exists (write weeks as 2026-W49)</source>
        <translation>{file}: "{week}" non è una settimana esistente (scrivi le settimane come 2026-W49)</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/templates.py" line="-2" />
        <source>start a new map from a template</source>
        <translation>crea una nuova mappa da un modello</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location line="+3" />
        <source>list the ready-made maps</source>
        <translation>elenca le mappe pronte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no template named {name}; choose one of: {names}</source>
        <translation>nessun modello chiamato {name}; scegline uno tra: {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path}: already exists; choose another name (mapper never overwrites a map with a template)</source>
        <translation>{path}: esiste già; scegli un altro nome (mapper non sovrascrive mai una mappa con un modello)</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/__init__.py" line="+46" />
        <source>Map your most profitable system, check the flow, and print the checklists.</source>
        <translation>Disegna la mappa del tuo sistema più redditizio, controlla il flusso e stampa le checklist.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'mapper' alone to open the app, or 'mapper FILE' to open a map.</source>
        <translation>Esegui 'mapper' da solo per aprire l'app, o 'mapper FILE' per aprire una mappa.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{word}: no such file</source>
        <translation>{word}: file inesistente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown command {word}; the commands are: {commands} (or give a map file to open it in the app)</source>
        <translation>comando sconosciuto {word}; i comandi sono: {commands} (oppure indica un file di mappa per aprirlo nell'app)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no display to open the app on (no DISPLAY or WAYLAND_DISPLAY); the sub-commands work without one: see 'mapper --help'</source>
        <translation>nessuno schermo su cui aprire l'app (manca DISPLAY o WAYLAND_DISPLAY); i sottocomandi funzionano anche senza: vedi 'mapper --help'</translation>
    </message>
    <message>
        <location line="+22" />
        <source>interrupted; nothing was written</source>
        <translation>interrotto; non è stato scritto niente</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unexpected problem ({error}); nothing was written. Please report this.</source>
        <translation>problema imprevisto ({error}); non è stato scritto niente. Per favore segnalalo.</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/accountability.py" line="+14" />
        <source>the accountability chart: every owner, what they answer for, and what nobody owns</source>
        <translation>l'organigramma delle responsabilità: ogni responsabile, ciò di cui risponde e ciò che non è di nessuno</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../mapper/cli/check.py" line="+17" />
        <location filename="../../mapper/cli/funnel.py" line="-38" />
        <location filename="../../mapper/cli/review.py" line="-10" />
        <location filename="../../mapper/cli/scorecard.py" line="-42" />
        <source>print one JSON object for scripts</source>
        <translation>stampa un unico oggetto JSON per gli script</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../mapper/cli/checklist.py" line="+14" />
        <location filename="../../mapper/cli/export.py" line="-13" />
        <location filename="../../mapper/cli/review.py" line="+1" />
        <location filename="../../mapper/cli/scorecard.py" line="+1" />
        <source>OUT</source>
        <translation>USCITA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>write the chart as PDF, HTML or Markdown</source>
        <translation>scrivi l'organigramma in PDF, HTML o Markdown</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/check.py" line="-3" />
        <source>report problems, critical steps, automation, metrics and the funnel</source>
        <translation>segnala problemi, passi critici, automazione, indicatori e imbuto</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/checklist.py" line="-2" />
        <source>print the team's checklist as PDF, Markdown or HTML</source>
        <translation>stampa la checklist del team in PDF, Markdown o HTML</translation>
    </message>
    <message>
        <location line="+4" />
        <source>only the critical steps, as a one-page card</source>
        <translation>solo i passi critici, come scheda di una pagina</translation>
    </message>
    <message>
        <location line="+2" />
        <source>add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>aggiungi ciò che al team non serve: suggerimenti di automazione, perché i passi sono critici, a che punto sei del metodo</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/layout.py" line="-2" />
        <source>lay the map out automatically</source>
        <translation>disponi la mappa automaticamente</translation>
    </message>
    <message>
        <location line="+3" />
        <source>default: overwrite FILE (a .bak is kept)</source>
        <translation>predefinito: sovrascrive FILE (si tiene un .bak)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left-to-right or top-to-bottom (default: the map's own, else LR); saved with the map</source>
        <translation>da sinistra a destra o dall'alto in basso (predefinito: quella della mappa, altrimenti LR); si salva con la mappa</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../mapper/ui/canvas/connect_dialog.py" line="+24" />
        <source>Connect To</source>
        <translation>Collega a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw an arrow from “{0}” to:</source>
        <translation>Disegna una freccia da “{0}” a:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search the steps</source>
        <translation>Cerca tra i passi</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connect</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location line="+18" />
        <source>(untitled step)</source>
        <translation>(passo senza titolo)</translation>
    </message>
</context>
<context>
    <name>Counting</name>
    <message>
        <location filename="../../mapper/model/counting.py" line="+25" />
        <source>{n} step</source>
        <translation>{n} passo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} steps</source>
        <translation>{n} passi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} arrow</source>
        <translation>{n} freccia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} arrows</source>
        <translation>{n} frecce</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} note</source>
        <translation>{n} nota</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} notes</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} error</source>
        <translation>{n} errore</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} errors</source>
        <translation>{n} errori</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} warning</source>
        <translation>{n} avviso</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} warnings</source>
        <translation>{n} avvisi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} start/end point</source>
        <translation>{n} punto di inizio/fine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} start/end points</source>
        <translation>{n} punti di inizio/fine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} activity</source>
        <translation>{n} attività</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} activities</source>
        <translation>{n} attività</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} decision</source>
        <translation>{n} decisione</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} decisions</source>
        <translation>{n} decisioni</translation>
    </message>
</context>
<context>
    <name>CountingFindings</name>
    <message>
        <location line="-5" />
        <source>{n} note</source>
        <translation>{n} nota</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} notes</source>
        <translation>{n} note</translation>
    </message>
</context>
<context>
    <name>Critical</name>
    <message>
        <location filename="../../mapper/analysis/critical.py" line="+141" />
        <source>the decision</source>
        <translation>la decisione</translation>
    </message>
    <message>
        <location line="+2" />
        <source>every customer passes here, and right after it they decide {decision}</source>
        <translation>ogni cliente passa di qui, e subito dopo decide {decision}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>every customer passes here on the way to {goal}</source>
        <translation>ogni cliente passa di qui per arrivare a {goal}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every customer passes here</source>
        <translation>ogni cliente passa di qui</translation>
    </message>
    <message>
        <location line="+3" />
        <source>you marked it as critical</source>
        <translation>l'hai segnato come critico</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{one} or {other}</source>
        <translation>{one} o {other}</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../mapper/model/operations.py" line="+72" />
        <source>there is no step "{id}"</source>
        <extracomment>True when only positions/geometry changed (analysis of flow is unaffected except the "overlap" rule). Short description for the Edit menu ("Undo Move").</extracomment>
        <translation>non c'è nessun passo "{id}"</translation>
    </message>
    <message>
        <location line="+7" />
        <source>there is no arrow "{id}"</source>
        <translation>non c'è nessuna freccia "{id}"</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a step "{id}" already exists</source>
        <translation>esiste già un passo "{id}"</translation>
    </message>
    <message>
        <location line="+21" />
        <source>an arrow "{id}" already exists</source>
        <translation>esiste già una freccia "{id}"</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+201" />
        <source>notes take no part in the flow; arrows may not touch them</source>
        <translation>le note non fanno parte del flusso; le frecce non possono toccarle</translation>
    </message>
    <message>
        <location line="-64" />
        <source>"{field}" is not a field that can be changed here</source>
        <translation>"{field}" non è un campo che si può cambiare qui</translation>
    </message>
    <message>
        <location line="+45" />
        <source>a step with arrows cannot become a note; remove its arrows first</source>
        <translation>un passo con frecce non può diventare una nota; togli prima le sue frecce</translation>
    </message>
    <message>
        <location line="+36" />
        <source>cannot change {fields} here</source>
        <translation>qui non si può cambiare {fields}</translation>
    </message>
    <message>
        <location line="+44" />
        <source>"{week}" is not a week that exists</source>
        <translation>"{week}" non è una settimana che esiste</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"{key}" names no step or arrow in this map</source>
        <translation>"{key}" non indica nessun passo o freccia di questa mappa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the value for "{key}" in {week} must be a finite number</source>
        <translation>il valore di "{key}" nella settimana {week} deve essere un numero finito</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../mapper/editing/edits.py" line="+104" />
        <source>Move</source>
        <extracomment>The snapping grid of the canvas. Space between a step and the next one quick-add creates. Room kept between a pasted or duplicated shape and the shapes already there. "Is there no shape in this box?", answered by whoever knows the shapes (the canvas's scene).</extracomment>
        <translation>Sposta</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Nudge</source>
        <translation>Sposta di poco</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Align</source>
        <translation>Allinea</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Distribute</source>
        <translation>Distribuisci</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Make {kind}</source>
        <translation>Trasforma in {kind}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Notes take no part in the flow; select a step to add the next one.</source>
        <translation>Le note non fanno parte del flusso; seleziona un passo per aggiungere il successivo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add Next Step</source>
        <translation>Aggiungi passo successivo</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Notes take no part in the flow, so arrows cannot touch them.</source>
        <translation>Le note non fanno parte del flusso, quindi le frecce non possono toccarle.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Edit Text</source>
        <translation>Modifica testo</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit Label</source>
        <translation>Modifica etichetta</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The clipboard does not hold mapper steps.</source>
        <translation>Gli appunti non contengono passi di mapper.</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+25" />
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../mapper/render/export.py" line="+79" />
        <source>unknown page size {0}; choose one of {1}</source>
        <extracomment>Images past either limit would take gigabytes of memory; PDF and SVG have no such limit. White space around the map on paper, in millimetres. On tiled pages neighbours repeat this much of each other, for cutting and taping.</extracomment>
        <translation>formato pagina {0} sconosciuto; scegline uno tra {1}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>this is a folder; choose a file name</source>
        <translation>questa è una cartella; scegli un nome di file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the folder {0} does not exist</source>
        <translation>la cartella {0} non esiste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>permission denied: mapper may not write here</source>
        <translation>permesso negato: mapper non può scrivere qui</translation>
    </message>
    <message>
        <location line="+8" />
        <source>could not be written (the disk may be full)</source>
        <translation>impossibile scrivere il file (il disco potrebbe essere pieno)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>nothing to export: the selection has no placed steps</source>
        <translation>niente da esportare: la selezione non ha passi posizionati</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nothing to export: the map has no placed steps</source>
        <translation>niente da esportare: la mappa non ha passi posizionati</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown file type {0}; use one of {1}</source>
        <translation>tipo di file {0} sconosciuto; usane uno tra {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no extension)</source>
        <translation>(nessuna estensione)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>scale {0} is out of range; choose between 0.1 and 20</source>
        <translation>la scala {0} è fuori intervallo; scegli tra 0,1 e 20</translation>
    </message>
    <message>
        <location line="+35" />
        <source>choose a scale of {0} or less, or export a PDF or SVG</source>
        <translation>scegli una scala di {0} o meno, oppure esporta un PDF o un SVG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>export a PDF or SVG instead</source>
        <translation>esporta invece un PDF o un SVG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the image would be {0} x {1} pixels, too big to make (the limit is {2} pixels a side and {3} megapixels); {4}</source>
        <translation>l’immagine sarebbe di {0} x {1} pixel, troppo grande da creare (il limite è {2} pixel per lato e {3} megapixel); {4}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not enough memory for an image this size; choose a smaller scale</source>
        <translation>memoria insufficiente per un’immagine così grande; scegli una scala più piccola</translation>
    </message>
    <message>
        <location line="+90" />
        <source>mapper map</source>
        <translation>mappa di mapper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with mapper</source>
        <translation>Creato con mapper</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the SVG could not be started</source>
        <translation>impossibile avviare l’SVG</translation>
    </message>
    <message>
        <location line="+97" />
        <source>nothing to print: the map has no placed steps</source>
        <translation>niente da stampare: la mappa non ha passi posizionati</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the printer or file could not be opened for drawing</source>
        <translation>impossibile aprire la stampante o il file per disegnare</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mapper/ui/export_dialog.py" line="+28" />
        <source>PNG picture</source>
        <translation>Immagine PNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SVG drawing (scalable, text stays text)</source>
        <translation>Disegno SVG (scalabile, il testo resta testo)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+194" />
        <source>Export Map</source>
        <translation>Esporta la mappa</translation>
    </message>
    <message>
        <location line="-187" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The map's title above it</source>
        <translation>Il titolo della mappa in alto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Transparent background</source>
        <translation>Sfondo trasparente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Markers</source>
        <translation>Contrassegni</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Legend of the markers</source>
        <translation>Legenda dei contrassegni</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the selected steps ({n})</source>
        <translation>Solo i passi selezionati ({n})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Landscape</source>
        <translation>Orizzontale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portrait</source>
        <translation>Verticale</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fit on one page</source>
        <translation>Adatta a una pagina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tile across pages at the chosen scale</source>
        <translation>Dividi su più pagine alla scala scelta</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pages (PDF)</source>
        <translation>Pagine (PDF)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paper:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orientation:</source>
        <translation>Orientamento:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save as:</source>
        <translation>Salva come:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scale:</source>
        <translation>Scala:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Margin:</source>
        <translation>Margine:</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Type a file name, or choose one.</source>
        <translation>Scrivi un nome di file o scegline uno.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>mapper cannot write .{ext} files: end the name with .png, .svg or .pdf.</source>
        <translation>mapper non sa scrivere file .{ext}: fai finire il nome con .png, .svg o .pdf.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Nothing to export yet: the selected steps have no steps.</source>
        <translation>Ancora niente da esportare: i passi selezionati non contengono passi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to export yet: the map has no steps.</source>
        <translation>Ancora niente da esportare: la mappa non ha passi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{dpi} dpi</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The picture would be {w} × {h} pixels: too big to make. Choose a smaller scale, or export a PDF or SVG.</source>
        <translation>L’immagine sarebbe di {w} × {h} pixel: troppo grande da creare. Scegli una scala più piccola, oppure esporta un PDF o un SVG.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Picture: {w} × {h} pixels.</source>
        <translation>Immagine: {w} × {h} pixel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>size of the drawing; text stays searchable</source>
        <translation>dimensione del disegno; il testo resta ricercabile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vector drawing: sharp at any size; opens in browsers, Inkscape and Illustrator.</source>
        <translation>Disegno vettoriale: nitido a ogni dimensione; si apre nei browser, in Inkscape e in Illustrator.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>= {percent} of the on-screen size on paper</source>
        <translation>= {percent} della dimensione a schermo, su carta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>only used when tiling</source>
        <translation>usato solo dividendo su più pagine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} page of {size} landscape.</source>
        <translation>{n} pagina {size} orizzontale.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} pages of {size} landscape.</source>
        <translation>{n} pagine {size} orizzontali.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} page of {size} portrait.</source>
        <translation>{n} pagina {size} verticale.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} pages of {size} portrait.</source>
        <translation>{n} pagine {size} verticali.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Exporting {name}…</source>
        <translation>Esportazione di {name}…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location line="-315" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../mapper/ui/findings_panel.py" line="+30" />
        <source>Errors</source>
        <extracomment>Rows per group: a 20,000-step map can have thousands of candidates; nobody reads past a few hundred, and filling the tree must not stall the editor.</extracomment>
        <translation>Errori</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} error</source>
        <translation>{n} errore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} errors</source>
        <translation>{n} errori</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} warning</source>
        <translation>{n} avviso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} warnings</source>
        <translation>{n} avvisi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} info</source>
        <translation>{n} info</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No problems found</source>
        <translation>Nessun problema trovato</translation>
    </message>
    <message>
        <location line="+63" />
        <location line="+67" />
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Insights</source>
        <translation>Spunti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checking…</source>
        <translation>Controllo…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{metric} — at {step}</source>
        <translation>{metric} — al passo {step}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>… and {n} more</source>
        <translation>… e altri {n}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing to check yet</source>
        <translation>Ancora niente da controllare</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problems ({n})</source>
        <translation>Problemi ({n})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing to fix: the flow hangs together.</source>
        <translation>Niente da correggere: il flusso sta in piedi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a start, the steps and an end: mapper checks the flow as you go.</source>
        <translation>Disegna un inizio, i passi e una fine: mapper controlla il flusso mentre lavori.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rule: {rule}</source>
        <translation>Regola: {rule}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Critical steps ({n})</source>
        <translation>Passi critici ({n})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>None yet: mark a start and a goal end.</source>
        <translation>Ancora nessuno: segna un inizio e una fine obiettivo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could be automated ({n})</source>
        <translation>Automatizzabili ({n})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No candidates found.</source>
        <translation>Nessun candidato trovato.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure here ({n})</source>
        <translation>Da misurare qui ({n})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Funnel</source>
        <translation>Imbuto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give every branch a probability (and fix the errors) to see where 100 people end up.</source>
        <translation>Dai una probabilità a ogni ramo (e correggi gli errori) per vedere dove arrivano 100 persone.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Per {n} people who enter:</source>
        <translation>Ogni {n} persone che entrano:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} reach {end}</source>
        <translation>{count} arrivano a {end}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value per person who enters: {value}</source>
        <translation>Valore per ogni persona che entra: {value}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lever: {step} — +{gain} goals per point</source>
        <translation>Leva: {step} — +{gain} obiettivi per punto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Goal outcomes per 100 people gained by moving one percentage point of this decision from its worst branch to its best.</source>
        <translation>Obiettivi raggiunti in più ogni 100 persone spostando un punto percentuale di questa decisione dal ramo peggiore al migliore.</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+58" />
        <source>Funnel of {file}</source>
        <translation>Imbuto di {file}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measured over {first} to {last} ({n} weeks)</source>
        <translation>Misurato da {first} a {last} ({n} settimane)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Branch</source>
        <translation>Ramo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>guessed</source>
        <translation>stimato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measured</source>
        <translation>misurato</translation>
    </message>
    <message>
        <location line="+0" />
        <source>used</source>
        <translation>usato</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No funnel: give every branch a probability (or log its numbers) and fix the errors 'mapper check' reports.</source>
        <translation>Nessun imbuto: dai una probabilità a ogni ramo (o registra i suoi numeri) e correggi gli errori segnalati da 'mapper check'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Per {n} entrants:</source>
        <translation>Ogni {n} persone che entrano:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Value per entrant: {value}</source>
        <translation>Valore per persona che entra: {value}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What-if: the funnel before or after it cannot be built.</source>
        <translation>Simulazione: non si può costruire l'imbuto prima o dopo la modifica.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What-if: {change} goal outcomes per {n}, value per entrant {value}</source>
        <translation>Simulazione: {change} arrivi all'obiettivo ogni {n}, valore per persona che entra {value}</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <location filename="../../mapper/ui/funnel_panel.py" line="+115" />
        <source>Measure over the last</source>
        <extracomment>Slider positions per 100%: tenths of a percent.</extracomment>
        <translation>Misura sulle ultime</translation>
    </message>
    <message>
        <location line="+4" />
        <source> weeks</source>
        <translation> settimane</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The ISO code of the money on this map (EUR, USD, GBP...)</source>
        <translation>Il codice ISO della valuta usata in questa mappa (EUR, USD, GBP...)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>per 100 entrants</source>
        <translation>ogni 100 persone che entrano</translation>
    </message>
    <message>
        <location line="+4" />
        <source>before</source>
        <translation>prima</translation>
    </message>
    <message>
        <location line="+2" />
        <source>after</source>
        <translation>dopo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use measured</source>
        <translation>Usa i valori misurati</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the measured probabilities into the map (one undo step)</source>
        <translation>Scrivi nella mappa le probabilità misurate (si annulla con un solo passaggio)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep</source>
        <translation>Tieni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the what-if into the map (one undo step)</source>
        <translation>Scrivi la simulazione nella mappa (si annulla con un solo passaggio)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the probabilities on the map</source>
        <translation>Torna alle probabilità scritte sulla mappa</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Measured over {0} to {1}: {2} of {3} weeks have numbers.</source>
        <translation>Misurato da {0} a {1}: {2} settimane su {3} hanno dei numeri.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No numbers logged yet: the funnel uses the probabilities on the map. Log counts per week to measure them.</source>
        <translation>Nessun numero registrato finora: l'imbuto usa le probabilità scritte sulla mappa. Registra i conteggi di ogni settimana per misurarle.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>On the measured probabilities: {0} goal outcomes per 100, {1} per entrant.</source>
        <translation>Con le probabilità misurate: {0} obiettivi raggiunti ogni 100, {1} per persona che entra.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Branch</source>
        <translation>Ramo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Guessed</source>
        <translation>Stimato</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Measured</source>
        <translation>Misurato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What if</source>
        <translation>Simulazione</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+13" />
        <source>Measured over {0} to {1}</source>
        <translation>Misurato da {0} a {1}</translation>
    </message>
    <message>
        <location line="-4" />
        <source>No decision on this map yet: add one with two or more branches to see what changing it would bring.</source>
        <translation>Su questa mappa non c'è ancora nessuna decisione: aggiungine una con due o più rami per vedere cosa cambierebbe modificandola.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No funnel yet: give every branch of every decision a probability and fix the errors in Findings.</source>
        <translation>L'imbuto non c'è ancora: dai una probabilità a ogni ramo di ogni decisione e correggi gli errori nel pannello Problemi trovati.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Goal outcomes per 100 entrants:&lt;/b&gt; {0} → {1}{2}</source>
        <translation>&lt;b&gt;Arrivi all'obiettivo ogni 100 persone che entrano:&lt;/b&gt; {0} → {1}{2}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;Value per entrant:&lt;/b&gt; {0} → {1}{2}</source>
        <translation>&lt;b&gt;Valore per persona che entra:&lt;/b&gt; {0} → {1}{2}</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Use Measured Probabilities</source>
        <translation>Usa le probabilità misurate</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep What-if</source>
        <translation>Tieni la simulazione</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A currency is a three-letter ISO code such as EUR, USD or GBP.</source>
        <translation>La valuta è un codice ISO di tre lettere, come EUR, USD o GBP.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="+101" />
        <source>All seven steps are done. Keep reviewing the numbers every week.</source>
        <translation>Tutti e sette i passi sono fatti. Continua a rivedere i numeri ogni settimana.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of 7 steps of the method done. Next: step %1.</source>
        <translation>
            <numerusform>%n passo su 7 del metodo fatto. Prossimo: passo %1.</numerusform>
            <numerusform>%n passi su 7 del metodo fatti. Prossimo: passo %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../mapper/formats/bpmn.py" line="+135" />
        <source>sub-processes are nested more than {depth} deep; mapper refuses such a model</source>
        <extracomment>Sub-processes nested deeper than this are refused: no real process looks like that.</extracomment>
        <translation>i sottoprocessi sono annidati per più di {depth} livelli; mapper rifiuta un modello così</translation>
    </message>
    <message>
        <location line="+2" />
        <source>element "{id}"</source>
        <translation>elemento "{id}"</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the file is too large for a process model ({size} MB)</source>
        <translation>il file è troppo grande per un modello di processo ({size} MB)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>this is not a BPMN 2.0 file (the XML starts with &lt;{tag}&gt;, expected &lt;definitions&gt;)</source>
        <translation>questo non è un file BPMN 2.0 (l’XML inizia con &lt;{tag}&gt;, atteso &lt;definitions&gt;)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the BPMN file holds no process</source>
        <translation>il file BPMN non contiene alcun processo</translation>
    </message>
    <message>
        <location line="+23" />
        <source>kept call activity "{name}" as one step; the process it calls is drawn collapsed, so its steps were left out</source>
        <translation>l’attività di chiamata "{name}" è rimasta un solo passo; il processo che chiama è disegnato chiuso, quindi i suoi passi sono stati tralasciati</translation>
    </message>
    <message>
        <location line="+45" />
        <source>lane names became the owners of their steps: {names}</source>
        <translation>i nomi delle corsie sono diventati i responsabili dei loro passi: {names}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file holds {n} processes; all were imported, each pool's name as the owner of its steps</source>
        <translation>il file contiene {n} processi; sono stati importati tutti, con il nome di ogni pool come responsabile dei suoi passi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the ways out of {n} event-based gateway are labelled with the event each one waits for; an unnamed one asks "{question}"</source>
        <translation>le uscite di {n} gateway basato su eventi hanno come etichetta l’evento che ciascuna attende; uno senza nome chiede "{question}"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the ways out of {n} event-based gateways are labelled with the event each one waits for; an unnamed one asks "{question}"</source>
        <translation>le uscite di {n} gateway basati su eventi hanno come etichetta l’evento che ciascuna attende; uno senza nome chiede "{question}"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} boundary event (a timer, an error or a message that interrupts a step) became a decision after that step, the event's path its "Yes": {names}</source>
        <translation>{n} evento di confine (un timer, un errore o un messaggio che interrompe un passo) è diventato una decisione dopo quel passo, con il percorso dell’evento come "Yes": {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} boundary events (a timer, an error or a message that interrupts a step) became a decision after that step, the event's path its "Yes": {names}</source>
        <translation>{n} eventi di confine (un timer, un errore o un messaggio che interrompe un passo) sono diventati una decisione dopo quel passo, con il percorso dell’evento come "Yes": {names}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>dissolved {n} merging gateway (two or more ways in and one way out, so no question to ask): its arrows go straight to the next step</source>
        <translation>sciolto {n} gateway di unione (due o più entrate e una sola uscita, quindi nessuna domanda da porre): le sue frecce vanno dritte al passo successivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dissolved {n} merging gateways (two or more ways in and one way out, so no question to ask): their arrows go straight to the next step</source>
        <translation>sciolti {n} gateway di unione (due o più entrate e una sola uscita, quindi nessuna domanda da porre): le loro frecce vanno dritte al passo successivo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>named {n} unnamed start/end event Start or End</source>
        <translation>dato il nome Start o End a {n} evento di inizio/fine senza nome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>named {n} unnamed start/end events Start or End</source>
        <translation>dato il nome Start o End a {n} eventi di inizio/fine senza nome</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} parallel gateway now says "Do all of the next steps" (or "Wait until all are done" where branches meet), so the analysis takes every branch</source>
        <translation>{n} gateway parallelo ora dice "Do all of the next steps" (o "Wait until all are done" dove i rami si uniscono), così l’analisi segue ogni ramo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} parallel gateways now say "Do all of the next steps" (or "Wait until all are done" where branches meet), so the analysis takes every branch</source>
        <translation>{n} gateway paralleli ora dicono "Do all of the next steps" (o "Wait until all are done" dove i rami si uniscono), così l’analisi segue ogni ramo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} sequence flow whose source or target is not a step</source>
        <translation>tralasciato {n} flusso di sequenza la cui origine o destinazione non è un passo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} sequence flows whose source or target is not a step</source>
        <translation>tralasciati {n} flussi di sequenza la cui origine o destinazione non è un passo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} message flow between pools (mapper's arrows are the order of work, not messages)</source>
        <translation>tralasciato {n} flusso di messaggi tra pool (le frecce di mapper sono l’ordine del lavoro, non messaggi)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} message flows between pools (mapper's arrows are the order of work, not messages)</source>
        <translation>tralasciati {n} flussi di messaggi tra pool (le frecce di mapper sono l’ordine del lavoro, non messaggi)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>left out {n} pool with no process inside</source>
        <translation>tralasciato {n} pool senza processo al suo interno</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} pools with no process inside</source>
        <translation>tralasciati {n} pool senza processo al loro interno</translation>
    </message>
    <message>
        <location line="+7" />
        <source>left out {n} data object or store (not part of the flow)</source>
        <translation>tralasciato {n} oggetto o archivio di dati (non fa parte del flusso)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} data objects and stores (not part of the flow)</source>
        <translation>tralasciati {n} oggetti e archivi di dati (non fanno parte del flusso)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} annotation link (not part of the flow)</source>
        <translation>tralasciato {n} collegamento di annotazione (non fa parte del flusso)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} annotation links (not part of the flow)</source>
        <translation>tralasciati {n} collegamenti di annotazione (non fanno parte del flusso)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} {tag} became a decision (mapper's decisions take one branch; BPMN lets this one take several or wait for an event)</source>
        <translation>{n} {tag} è diventato una decisione (le decisioni di mapper prendono un solo ramo; BPMN gli permette di prenderne diversi o di attendere un evento)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} {tag}s became decisions (mapper's decisions take one branch; BPMN lets this one take several or wait for an event)</source>
        <translation>{n} {tag} sono diventati decisioni (le decisioni di mapper prendono un solo ramo; BPMN permette loro di prenderne diversi o di attendere un evento)</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../mapper/formats/drawio/reader.py" line="+558" />
        <source>{n} parallel gateway became an activity that takes every branch (a mapper decision would pick one)</source>
        <translation>{n} gateway parallelo è diventato un’attività che segue ogni ramo (una decisione di mapper ne sceglierebbe uno)</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../mapper/formats/drawio/reader.py" line="+2" />
        <source>{n} parallel gateways became activities that take every branch (a mapper decision would pick one)</source>
        <translation>{n} gateway paralleli sono diventati attività che seguono ogni ramo (una decisione di mapper ne sceglierebbe uno)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} intermediate event became an activity (a wait or a message mid-flow)</source>
        <translation>{n} evento intermedio è diventato un’attività (un’attesa o un messaggio a metà flusso)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} intermediate events became activities (a wait or a message mid-flow)</source>
        <translation>{n} eventi intermedi sono diventati attività (un’attesa o un messaggio a metà flusso)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} boundary event became an activity reached by an arrow from the task it interrupts</source>
        <translation>{n} evento di confine è diventato un’attività raggiunta da una freccia che parte dall’attività che interrompe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} boundary events became activities reached by an arrow from the task they interrupt</source>
        <translation>{n} eventi di confine sono diventati attività raggiunte da una freccia che parte dall’attività che interrompono</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} {tag} became an activity</source>
        <translation>{n} {tag} è diventato un’attività</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} {tag} elements became activities</source>
        <translation>{n} elementi {tag} sono diventati attività</translation>
    </message>
    <message>
        <location line="+66" />
        <source>the process called by "{name}"</source>
        <translation>il processo chiamato da "{name}"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sub-process "{name}"</source>
        <translation>il sottoprocesso "{name}"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it is empty or drawn collapsed</source>
        <translation>è vuoto o disegnato chiuso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the diagram shows it closed, its steps on a page of their own</source>
        <translation>il diagramma lo mostra chiuso, con i suoi passi in una pagina a parte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has more than one start event</source>
        <translation>ha più di un evento di inizio</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no start event and no first step</source>
        <translation>non ha né un evento di inizio né un primo passo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no end event and no last step</source>
        <translation>non ha né un evento di fine né un ultimo passo</translation>
    </message>
    <message>
        <location line="+9" />
        <source>kept {what} as one activity: {reason}</source>
        <translation>{what} è rimasto una sola attività: {reason}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>flattened {what} into the map: arrows into it go to its first step, arrows out of it leave from its last steps</source>
        <translation>{what} è stato aperto nella mappa: le frecce in entrata vanno al suo primo passo, quelle in uscita partono dai suoi ultimi passi</translation>
    </message>
    <message>
        <location line="+119" />
        <source>the diagram's positions do not cover every step in one drawing; mapper lays the map out afresh</source>
        <extracomment>What a boundary event asks once it is a decision after the step it interrupts, by its event. What an unnamed event-based gateway asks once it is a mapper decision.</extracomment>
        <translation>le posizioni del diagramma non coprono ogni passo in un unico disegno; mapper dispone la mappa da capo</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/building.py" line="+139" />
        <source>{n} shape had a position or size far outside any drawing (beyond {limit}, or not a number); mapper placed or sized it itself: {names}</source>
        <extracomment>Refuse files bigger than this before parsing, and cap decompressed payloads to it. The warning (also in ``warnings``) that says which draw.io page was taken and how to take another: the app leaves it out when the owner has just picked the page. Whole labels that mean "the flow starts here" / "ends here", in the languages of real files.</extracomment>
        <translation>{n} forma aveva una posizione o una dimensione molto al di fuori di qualsiasi disegno (oltre {limit}, o non un numero); mapper l’ha collocata o dimensionata da sé: {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} shapes had a position or size far outside any drawing (beyond {limit}, or not a number); mapper placed or sized them itself: {names}</source>
        <translation>{n} forme avevano una posizione o una dimensione molto al di fuori di qualsiasi disegno (oltre {limit}, o non un numero); mapper le ha collocate o dimensionate da sé: {names}</translation>
    </message>
    <message>
        <location line="+88" />
        <source>{n} box that says where the flow starts or ends became a start/end point: {names}</source>
        <translation>{n} riquadro che dice dove il flusso inizia o finisce è diventato un punto di inizio/fine: {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} boxes that say where the flow starts or ends became start/end points: {names}</source>
        <translation>{n} riquadri che dicono dove il flusso inizia o finisce sono diventati punti di inizio/fine: {names}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{n} box with two or more labelled arrows out became a decision: {names}</source>
        <translation>{n} riquadro con due o più frecce in uscita con etichetta è diventato una decisione: {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} boxes with two or more labelled arrows out became decisions: {names}</source>
        <translation>{n} riquadri con due o più frecce in uscita con etichetta sono diventati decisioni: {names}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{n} start/end shape in the middle of the flow became an activity (a start or end point has arrows only out or only in): {names}</source>
        <translation>{n} forma di inizio/fine a metà del flusso è diventata un’attività (un punto di inizio o di fine ha frecce solo in uscita o solo in entrata): {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} start/end shapes in the middle of the flow became activities (a start or end point has arrows only out or only in): {names}</source>
        <translation>{n} forme di inizio/fine a metà del flusso sono diventate attività (un punto di inizio o di fine ha frecce solo in uscita o solo in entrata): {names}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{n} note with arrows became an activity (notes take no part in the flow): {names}</source>
        <translation>{n} nota con frecce è diventata un’attività (le note non fanno parte del flusso): {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} notes with arrows became activities (notes take no part in the flow): {names}</source>
        <translation>{n} note con frecce sono diventate attività (le note non fanno parte del flusso): {names}</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/drawio/container.py" line="+40" />
        <source>the file is too large for a diagram ({size} MB)</source>
        <translation>il file è troppo grande per un diagramma ({size} MB)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the diagram inside the SVG</source>
        <translation>il diagramma dentro l’SVG</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the draw.io diagram inside this picture is damaged</source>
        <translation>il diagramma draw.io dentro questa immagine è danneggiato</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this picture holds no draw.io diagram (save it from draw.io as an editable PNG, "Include a copy of my diagram")</source>
        <translation>questa immagine non contiene un diagramma draw.io (salvala da draw.io come PNG modificabile, "Include a copy of my diagram")</translation>
    </message>
    <message>
        <location line="+23" />
        <source>this web page holds no draw.io diagram (no data-mxgraph in it)</source>
        <translation>questa pagina web non contiene un diagramma draw.io (manca data-mxgraph)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the draw.io diagram in this web page is damaged (data-mxgraph is not JSON)</source>
        <translation>il diagramma draw.io in questa pagina web è danneggiato (data-mxgraph non è JSON)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this web page's draw.io viewer has no diagram inside (no "xml" in it)</source>
        <translation>il visualizzatore draw.io di questa pagina web non contiene un diagramma (manca "xml")</translation>
    </message>
    <message>
        <location line="+12" />
        <source>this is not a draw.io diagram (the XML starts with &lt;{tag}&gt;, expected &lt;mxfile&gt; or &lt;mxGraphModel&gt;)</source>
        <translation>questo non è un diagramma draw.io (l’XML inizia con &lt;{tag}&gt;, atteso &lt;mxfile&gt; o &lt;mxGraphModel&gt;)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the draw.io file has no pages (no &lt;diagram&gt; inside &lt;mxfile&gt;)</source>
        <translation>il file draw.io non ha pagine (nessun &lt;diagram&gt; dentro &lt;mxfile&gt;)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the compressed diagram is damaged (not valid base64)</source>
        <translation>il diagramma compresso è danneggiato (base64 non valido)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the compressed diagram is damaged (it does not inflate)</source>
        <translation>il diagramma compresso è danneggiato (non si decomprime)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the compressed diagram unpacks to more than {size} MB; mapper refuses it</source>
        <translation>il diagramma compresso si espande a più di {size} MB; mapper lo rifiuta</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the compressed diagram is cut off (it ends too early)</source>
        <translation>il diagramma compresso è troncato (finisce troppo presto)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the compressed diagram is damaged (it is not text)</source>
        <translation>il diagramma compresso è danneggiato (non è testo)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>page {number} "{name}"</source>
        <translation>pagina {number} "{name}"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the page is empty</source>
        <translation>la pagina è vuota</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the page holds &lt;{tag}&gt;, not a diagram</source>
        <translation>la pagina contiene &lt;{tag}&gt;, non un diagramma</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/drawio/reader.py" line="-447" />
        <source>there is no page {number}; the file has {n} page: {names}</source>
        <extracomment>draw.io's own page names in its languages ("Page-1", "Seite-1", "Страница — 1", "第 1 页"...): not a title the author chose.</extracomment>
        <translation>non c’è una pagina {number}; il file ha {n} pagina: {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there is no page {number}; the file has {n} pages: {names}</source>
        <translation>non c’è una pagina {number}; il file ha {n} pagine: {names}</translation>
    </message>
    <message>
        <location line="+19" />
        <source> (page {pages} had no shapes)</source>
        <translation> (la pagina {pages} non aveva forme)</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (pages {pages} had no shapes)</source>
        <translation> (le pagine {pages} non avevano forme)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>took page {number} "{name}" of {count}{why}; the others ({others}) can be imported with --page N</source>
        <translation>presa la pagina {number} "{name}" di {count}{why}; le altre ({others}) si possono importare con --page N</translation>
    </message>
    <message>
        <location line="+31" />
        <source>page {number}</source>
        <translation>pagina {number}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>left out {n} shape or arrow that draw.io hides (hidden layers or hidden cells)</source>
        <translation>tralasciato {n} elemento, forma o freccia, che draw.io nasconde (livelli o celle nascosti)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} shapes and arrows that draw.io hides (hidden layers or hidden cells)</source>
        <translation>tralasciate {n} forme e frecce che draw.io nasconde (livelli o celle nascosti)</translation>
    </message>
    <message>
        <location line="+284" />
        <source>{place} has no shapes mapper could read</source>
        <translation>{place} non ha forme che mapper possa leggere</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} text laid over or under a shape became its name: {names}</source>
        <translation>{n} testo posto sopra o sotto una forma è diventato il suo nome: {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} texts laid over or under a shape became its name: {names}</source>
        <translation>{n} testi posti sopra o sotto una forma sono diventati il suo nome: {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} texts laid over or under a shape became their names: {names}</source>
        <translation>{n} testi posti sopra o sotto una forma sono diventati i loro nomi: {names}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>left out {n} small marker with no arrows (callouts, badges or legend keys)</source>
        <translation>tralasciato {n} piccolo segno senza frecce (richiami, badge o voci di legenda)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} small markers with no arrows (callouts, badges or legend keys)</source>
        <translation>tralasciati {n} piccoli segni senza frecce (richiami, badge o voci di legenda)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{n} junction point</source>
        <translation>{n} punto di giunzione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} junction points</source>
        <translation>{n} punti di giunzione</translation>
    </message>
    <message>
        <location line="+2" />
        <source>connectors {names} and {points} became the arrows that pass through them</source>
        <translation>i connettori {names} e {points} sono diventati le frecce che li attraversano</translation>
    </message>
    <message>
        <location line="+3" />
        <source>connectors {names} became the arrows that pass through them</source>
        <translation>i connettori {names} sono diventati le frecce che li attraversano</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{points} became the arrows that pass through them</source>
        <translation>al posto di {points} ora ci sono le frecce che vi passano</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} arrow from step to step</source>
        <translation>{n} freccia da passo a passo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} arrows from step to step</source>
        <translation>{n} frecce da passo a passo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>followed {n} loose line that joins others into {arrows}</source>
        <translation>seguita {n} linea libera che si unisce ad altre in {arrows}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>followed {n} loose lines that join each other into {arrows}</source>
        <translation>seguite {n} linee libere che si uniscono tra loro in {arrows}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>joined {n} arrow whose loose end was dropped on a shape (drawn touching it, but not attached)</source>
        <translation>collegata {n} freccia la cui estremità libera era posata su una forma (la tocca nel disegno, ma non è agganciata)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>joined {n} arrows whose loose end was dropped on a shape (drawn touching it, but not attached)</source>
        <translation>collegate {n} frecce la cui estremità libera era posata su una forma (la toccano nel disegno, ma non sono agganciate)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>joined {n} arrow that stops just short of the shape it points at (within {reach} px)</source>
        <translation>collegata {n} freccia che si ferma poco prima della forma a cui punta (entro {reach} px)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>joined {n} arrows that stop just short of the shape they point at (within {reach} px)</source>
        <translation>collegate {n} frecce che si fermano poco prima della forma a cui puntano (entro {reach} px)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out {n} arrow not attached to a shape at both ends (cell {cells})</source>
        <translation>tralasciata {n} freccia non agganciata a una forma a entrambe le estremità (cella {cells})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} arrows not attached to a shape at both ends (cell {cells})</source>
        <translation>tralasciate {n} frecce non agganciate a una forma a entrambe le estremità (cella {cells})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out {n} arrow drawn to or from a swimlane or group rather than a step (cell {cells})</source>
        <translation>tralasciata {n} freccia disegnata verso o da una corsia o un gruppo invece che un passo (cella {cells})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} arrows drawn to or from a swimlane or group rather than a step (cell {cells})</source>
        <translation>tralasciate {n} frecce disegnate verso o da una corsia o un gruppo invece che un passo (cella {cells})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out {n} arrow that ends on another arrow (cell {cells})</source>
        <translation>tralasciata {n} freccia che finisce su un’altra freccia (cella {cells})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} arrows that end on another arrow (cell {cells})</source>
        <translation>tralasciate {n} frecce che finiscono su un’altra freccia (cella {cells})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} arrow with the arrowhead at the start now runs the way the arrowhead points</source>
        <translation>{n} freccia con la punta all’inizio ora va nel verso indicato dalla punta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} arrows with the arrowhead at the start now run the way the arrowhead points</source>
        <translation>{n} frecce con la punta all’inizio ora vanno nel verso indicato dalla punta</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} free-floating text next to an arrow became its label: {names}</source>
        <translation>{n} testo libero accanto a una freccia è diventato la sua etichetta: {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} free-floating texts next to arrows became their labels: {names}</source>
        <translation>{n} testi liberi accanto alle frecce sono diventati le loro etichette: {names}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} table became a step: the first row is the step, the second row its owner</source>
        <translation>{n} tabella è diventata un passo: la prima riga è il passo, la seconda il suo responsabile</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} tables became steps: the first row is the step, the second row its owner</source>
        <translation>{n} tabelle sono diventate passi: la prima riga è il passo, la seconda il suo responsabile</translation>
    </message>
    <message>
        <location line="+9" />
        <source>; {n} says "Do all of the next steps" or "Wait until all are done", so the analysis takes every branch</source>
        <translation>; {n} dice "Do all of the next steps" o "Wait until all are done", così l’analisi segue ogni ramo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>; {n} say "Do all of the next steps" or "Wait until all are done", so the analysis takes every branch</source>
        <translation>; {n} dicono "Do all of the next steps" o "Wait until all are done", così l’analisi segue ogni ramo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>named {n} unlabelled start/end shape Start or End</source>
        <translation>dato il nome Start o End a {n} forma di inizio/fine senza etichetta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>named {n} unlabelled start/end shapes Start or End</source>
        <translation>dato il nome Start o End a {n} forme di inizio/fine senza etichetta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>left out {n} shape with no text and no arrows (decoration)</source>
        <translation>tralasciata {n} forma senza testo e senza frecce (decorazione)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} shapes with no text and no arrows (decoration)</source>
        <translation>tralasciate {n} forme senza testo e senza frecce (decorazione)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} arrow lost bends mapper cannot follow; mapper routes it itself</source>
        <translation>{n} freccia ha perso curve che mapper non sa seguire; mapper la traccia da sé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} arrows lost bends mapper cannot follow; mapper routes them itself</source>
        <translation>{n} frecce hanno perso curve che mapper non sa seguire; mapper le traccia da sé</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ignored mapper properties on {n} shape that were not valid</source>
        <translation>ignorate le proprietà mapper non valide di {n} forma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ignored mapper properties on {n} shapes that were not valid</source>
        <translation>ignorate le proprietà mapper non valide di {n} forme</translation>
    </message>
    <message>
        <location line="+5" />
        <source>swimlane titles became the owners of the steps inside: {names}</source>
        <translation>i titoli delle corsie sono diventati i responsabili dei passi al loro interno: {names}</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/importers.py" line="+61" />
        <source>this file is neither a draw.io diagram (&lt;mxfile&gt;, an editable draw.io SVG or HTML page) nor a BPMN model (&lt;definitions&gt;)</source>
        <extracomment>"xml" means: look inside to tell draw.io from BPMN.</extracomment>
        <translation>questo file non è né un diagramma draw.io (&lt;mxfile&gt;, un SVG o una pagina HTML draw.io modificabili) né un modello BPMN (&lt;definitions&gt;)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this .xml file does not hold XML</source>
        <translation>questo file .xml non contiene XML</translation>
    </message>
    <message>
        <location line="+5" />
        <source>mapper cannot tell what kind of file this is; it imports Mermaid (.mmd, .md), draw.io (.drawio, .xml), BPMN (.bpmn) and mapper maps (.json)</source>
        <translation>mapper non riconosce che tipo di file sia; importa Mermaid (.mmd, .md), draw.io (.drawio, .xml), BPMN (.bpmn) e mappe di mapper (.json)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>this is a binary file, not text</source>
        <translation>questo è un file binario, non testo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file is not UTF-8 text (save it as UTF-8 and try again)</source>
        <translation>il file non è testo UTF-8 (salvalo come UTF-8 e riprova)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>--page only applies to draw.io files; ignored it</source>
        <translation>--page vale solo per i file draw.io; ignorato</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/mermaid/chains.py" line="+101" />
        <source>expected an arrow such as --&gt; after a step</source>
        <extracomment>Shapes drawn round that mapper reads as start/end points only where the flow starts or stops (opener -&gt; which shape, for the warnings: see ``reader.shape_count``); database shapes never are.</extracomment>
        <translation>attesa una freccia come --&gt; dopo un passo</translation>
    </message>
    <message>
        <location line="+18" />
        <source>expected a step id</source>
        <translation>atteso l’id di un passo</translation>
    </message>
    <message>
        <location line="+20" />
        <source>expected a class name after :::</source>
        <translation>atteso il nome di una classe dopo :::</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a label's closing quote is missing</source>
        <translation>manca la virgoletta di chiusura di un’etichetta</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected {closer} after the quoted label</source>
        <translation>atteso {closer} dopo l’etichetta tra virgolette</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a shape is not closed (expected {closer})</source>
        <translation>una forma non è chiusa (atteso {closer})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a @{ shape } is not closed</source>
        <translation>un @{ shape } non è chiuso</translation>
    </message>
    <message>
        <location line="+27" />
        <source>an arrow with text is not finished (expected --&gt;)</source>
        <translation>una freccia con testo non è finita (atteso --&gt;)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>an arrow label is not closed with |</source>
        <translation>l’etichetta di una freccia non è chiusa con |</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/mermaid/lexer.py" line="+90" />
        <source>the file holds {count} Mermaid diagrams; took the flowchart at line {line} and left the other {n} diagram</source>
        <translation>il file contiene {count} diagrammi Mermaid; preso il diagramma di flusso alla riga {line} e tralasciato l’altro ({n} diagramma)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file holds {count} Mermaid diagrams; took the flowchart at line {line} and left the other {n} diagrams</source>
        <translation>il file contiene {count} diagrammi Mermaid; preso il diagramma di flusso alla riga {line} e tralasciati gli altri {n} diagrammi</translation>
    </message>
    <message>
        <location line="+8" />
        <source>this is a Mermaid {kind}, not a flowchart; mapper imports flowcharts (they start with "flowchart" or "graph")</source>
        <translation>questo è un {kind} Mermaid, non un diagramma di flusso; mapper importa diagrammi di flusso (iniziano con "flowchart" o "graph")</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the Markdown holds no Mermaid flowchart (a ```mermaid block starting with "flowchart" or "graph")</source>
        <translation>il Markdown non contiene un diagramma di flusso Mermaid (un blocco ```mermaid che inizia con "flowchart" o "graph")</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this is not a Mermaid flowchart: it should start with "flowchart TD", "flowchart LR" or "graph TD"</source>
        <translation>questo non è un diagramma di flusso Mermaid: dovrebbe iniziare con "flowchart TD", "flowchart LR" o "graph TD"</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/mermaid/reader.py" line="+76" />
        <source>the Mermaid block is empty: no "flowchart" line</source>
        <translation>il blocco Mermaid è vuoto: manca la riga "flowchart"</translation>
    </message>
    <message>
        <location line="+53" />
        <source>line {line}: unusual flowchart header "{header}"; read it as a flowchart</source>
        <translation>riga {line}: intestazione insolita "{header}"; letta come diagramma di flusso</translation>
    </message>
    <message>
        <location line="+15" />
        <source>line {line}: "end" without a subgraph to close; ignored</source>
        <translation>riga {line}: "end" senza un sottografo da chiudere; ignorato</translation>
    </message>
    <message>
        <location line="+24" />
        <source>line {line}: could not read "{text}" ({reason}); skipped it</source>
        <translation>riga {line}: impossibile leggere "{text}" ({reason}); saltata</translation>
    </message>
    <message>
        <location line="+13" />
        <source>line {line}: an arrow has two labels ("-- text --&gt;|text|", which Mermaid refuses); kept both as "{label}"</source>
        <translation>riga {line}: una freccia ha due etichette ("-- text --&gt;|text|", che Mermaid rifiuta); tenute entrambe come "{label}"</translation>
    </message>
    <message>
        <location line="+29" />
        <source>line {line}: subgraph "{title}" is never closed with "end"; closed it at the end of the file</source>
        <translation>riga {line}: il sottografo "{title}" non è mai chiuso con "end"; chiuso alla fine del file</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{n} arrow drawn to or from a whole subgraph now joins the steps it starts or ends with (mapper's arrows join steps)</source>
        <translation>{n} freccia disegnata verso o da un intero sottografo ora collega i passi con cui esso inizia o finisce (le frecce di mapper collegano passi)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} arrows drawn to or from a whole subgraph now join the steps it starts or ends with (mapper's arrows join steps)</source>
        <translation>{n} frecce disegnate verso o da un intero sottografo ora collegano i passi con cui esso inizia o finisce (le frecce di mapper collegano passi)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} arrow drawn to or from a whole subgraph with no other step in it to join (mapper's arrows join steps)</source>
        <translation>tralasciata {n} freccia disegnata verso o da un intero sottografo senza altri passi da collegare (le frecce di mapper collegano passi)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} arrows drawn to or from a whole subgraph with no other step in it to join (mapper's arrows join steps)</source>
        <translation>tralasciate {n} frecce disegnate verso o da un intero sottografo senza altri passi da collegare (le frecce di mapper collegano passi)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{shapes} that stores data became an activity (storing is a step, not a start or end): {names}</source>
        <translation>{shapes} che conserva dati ora è un’attività (conservare è un passo, non un inizio o una fine): {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{shapes} that store data became activities (storing is a step, not a start or end): {names}</source>
        <translation>{shapes} che conservano dati ora sono attività (conservare è un passo, non un inizio o una fine): {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{shapes} in the middle of the flow became an activity (a start or end point has arrows only out or only in): {names}</source>
        <translation>{shapes} a metà del flusso ora è un’attività (un punto di inizio o di fine ha frecce solo in uscita o solo in entrata): {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{shapes} in the middle of the flow became activities (a start or end point has arrows only out or only in): {names}</source>
        <translation>{shapes} a metà del flusso ora sono attività (un punto di inizio o di fine ha frecce solo in uscita o solo in entrata): {names}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>subgraphs were flattened; their titles became the owners of the steps inside: {names}</source>
        <translation>i sottografi sono stati appiattiti; i loro titoli sono diventati i responsabili dei passi al loro interno: {names}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} two-way arrow (&lt;--&gt;) kept pointing one way only, from the first step to the second</source>
        <translation>{n} freccia a doppio senso (&lt;--&gt;) ora punta in un solo verso, dal primo passo al secondo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} two-way arrows (&lt;--&gt;) kept pointing one way only, from the first step to the second</source>
        <translation>{n} frecce a doppio senso (&lt;--&gt;) ora puntano in un solo verso, dal primo passo al secondo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} invisible link (~~~): it only spaces the drawing</source>
        <translation>tralasciato {n} collegamento invisibile (~~~): serve solo a spaziare il disegno</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} invisible links (~~~): they only space the drawing</source>
        <translation>tralasciati {n} collegamenti invisibili (~~~): servono solo a spaziare il disegno</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <location line="+1" />
        <source>colours are not kept</source>
        <translation>i colori non vengono conservati</translation>
    </message>
    <message>
        <location line="+1" />
        <source>arrow colours are not kept</source>
        <translation>i colori delle frecce non vengono conservati</translation>
    </message>
    <message>
        <location line="+1" />
        <source>links and callbacks are not kept</source>
        <translation>link e callback non vengono conservati</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mapper lays the map out itself</source>
        <translation>mapper dispone la mappa da sé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not used by mapper</source>
        <translation>non usato da mapper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>settings (%%{...}%%)</source>
        <translation>impostazioni (%%{...}%%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accessibility description</source>
        <translation>descrizione di accessibilità</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped {n} {what} line ({why})</source>
        <translation>saltata {n} riga {what} ({why})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped {n} {what} lines ({why})</source>
        <translation>saltate {n} righe {what} ({why})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skipped {n} comment line (%%)</source>
        <translation>saltata {n} riga di commento (%%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped {n} comment lines (%%)</source>
        <translation>saltate {n} righe di commento (%%)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} {name} shape</source>
        <translation>{n} forma {name}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} {name} shapes</source>
        <translation>{n} forme {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} rounded box (..)</source>
        <translation>{n} riquadro arrotondato (..)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} rounded boxes (..)</source>
        <translation>{n} riquadri arrotondati (..)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} pill ([..])</source>
        <translation>{n} pillola ([..])</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} pills ([..])</source>
        <translation>{n} pillole ([..])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} circle ((..))</source>
        <translation>{n} cerchio ((..))</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} circles ((..))</source>
        <translation>{n} cerchi ((..))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} circle (((..)))</source>
        <translation>{n} cerchio (((..)))</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} circles (((..)))</source>
        <translation>{n} cerchi (((..)))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} database shape [(..)]</source>
        <translation>{n} forma di database [(..)]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} database shapes [(..)]</source>
        <translation>{n} forme di database [(..)]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} database shape</source>
        <translation>{n} forma di database</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} database shapes</source>
        <translation>{n} forme di database</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/safexml.py" line="+30" />
        <source>the file declares its own XML entities; mapper refuses those for safety (that is how "XML bomb" files work)</source>
        <translation>il file dichiara proprie entità XML; mapper le rifiuta per sicurezza (è così che funzionano le "bombe XML")</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file refers to outside files or web addresses (external entities); mapper refuses those for safety</source>
        <translation>il file rimanda a file esterni o a indirizzi web (entità esterne); mapper li rifiuta per sicurezza</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file has a document type declaration, which mapper refuses</source>
        <translation>il file ha una dichiarazione del tipo di documento, che mapper rifiuta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the XML was refused for safety ({reason})</source>
        <translation>l’XML è stato rifiutato per sicurezza ({reason})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the XML ends too early (the file may be cut off or empty)</source>
        <translation>l’XML finisce troppo presto (il file potrebbe essere troncato o vuoto)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the XML ends in the middle of a tag (the file may be cut off)</source>
        <translation>l’XML finisce a metà di un tag (il file potrebbe essere troncato)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the XML is broken ({reason})</source>
        <translation>l’XML è rovinato ({reason})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the XML could not be read ({reason})</source>
        <translation>impossibile leggere l’XML ({reason})</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/scorecard_csv.py" line="+36" />
        <source>row {row}</source>
        <translation>riga {row}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>row {row}, column {column}</source>
        <translation>riga {row}, colonna {column}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the file is not UTF-8 text (save it from the spreadsheet as CSV UTF-8)</source>
        <translation>il file non è testo UTF-8 (salvalo dal foglio di calcolo come CSV UTF-8)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>byte {byte}</source>
        <translation>byte {byte}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the file is empty; it needs a header row: week, then one column per metric</source>
        <translation>il file è vuoto; serve una riga di intestazione: week, poi una colonna per ogni indicatore</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the first column must be "week" (then one column per metric)</source>
        <translation>la prima colonna deve essere "week" (poi una colonna per ogni indicatore)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>this column has no name in the header row</source>
        <translation>questa colonna non ha un nome nella riga di intestazione</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"{name}" and "{other}" are the same metric; keep one column</source>
        <translation>"{name}" e "{other}" sono lo stesso indicatore; tieni una sola colonna</translation>
    </message>
    <message>
        <location line="+10" />
        <source>this row has {cells} cells but the header has {columns} columns</source>
        <translation>questa riga ha {cells} celle ma l’intestazione ha {columns} colonne</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"{week}" is not a week that exists (write weeks as 2026-W49)</source>
        <translation>"{week}" non è una settimana che esiste (scrivi le settimane come 2026-W49)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the week is missing</source>
        <translation>manca la settimana</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{week} is given twice (rows {first} and {again})</source>
        <translation>{week} compare due volte (righe {first} e {again})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>row {row}, column "{column}"</source>
        <translation>riga {row}, colonna "{column}"</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+34" />
        <source>Start / end</source>
        <translation>Inizio / fine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{n} start / end</source>
        <translation>{n} inizio / fine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} starts / ends</source>
        <translation>{n} inizi / fini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} activity</source>
        <translation>{n} attività</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} activities</source>
        <translation>{n} attività</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} decision</source>
        <translation>{n} decisione</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} decisions</source>
        <translation>{n} decisioni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} note</source>
        <translation>{n} nota</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} notes</source>
        <translation>{n} note</translation>
    </message>
</context>
<context>
    <name>LabelGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="-128" />
        <source>Move Label</source>
        <translation>Sposta etichetta</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../mapper/ui/language.py" line="+53" />
        <source>&amp;Language</source>
        <extracomment>The settings key; "" (or absent) follows the system.</extracomment>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+4" />
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mapper will speak {language} the next time it starts. Your open map stays open as it is; nothing is lost.</source>
        <translation>mapper parlerà {language} al prossimo avvio. La mappa aperta resta aperta così com'è: non si perde nulla.</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../mapper/ui/legend_panel.py" line="+39" />
        <source>Show or hide the {name} badges on the canvas</source>
        <translation>Mostra o nascondi i contrassegni {name} sulla tela</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <location line="+0" />
        <source>right before the customer decides</source>
        <translation>subito prima che il cliente decida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automate</source>
        <translation>Automatizza</translation>
    </message>
    <message>
        <location line="+0" />
        <source>a machine could do it</source>
        <translation>potrebbe farlo una macchina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count it every week</source>
        <translation>contalo ogni settimana</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the flow breaks here</source>
        <translation>qui il flusso si interrompe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location line="+0" />
        <source>worth a second look</source>
        <translation>merita un secondo sguardo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0" />
        <source>who answers for it</source>
        <translation>chi ne risponde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+44" />
        <source>Maps and diagrams</source>
        <extracomment>Edits settle this long before the journal is written.</extracomment>
        <translation>Mappe e diagrammi</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Untitled</source>
        <extracomment>Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Start with the first step</source>
        <translation>Inizia dal primo passo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag a shape from the left, or press &lt;b&gt;T&lt;/b&gt; for a start, &lt;b&gt;A&lt;/b&gt; for an activity, &lt;b&gt;D&lt;/b&gt; for a decision.&lt;br&gt;Then &lt;b&gt;Tab&lt;/b&gt; adds what happens next.</source>
        <translation>Trascina una forma da sinistra, oppure premi &lt;b&gt;T&lt;/b&gt; per un inizio, &lt;b&gt;A&lt;/b&gt; per un’attività, &lt;b&gt;D&lt;/b&gt; per una decisione.&lt;br&gt;Poi &lt;b&gt;Tab&lt;/b&gt; aggiunge quello che succede dopo.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>&amp;New…</source>
        <translation>&amp;Nuova…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start a new map</source>
        <translation>Inizia una nuova mappa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+560" />
        <source>Open a map</source>
        <translation>Apri una mappa</translation>
    </message>
    <message>
        <location line="-559" />
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+595" />
        <source>Save the map</source>
        <translation>Salva la mappa</translation>
    </message>
    <message>
        <location line="-594" />
        <source>Save &amp;As…</source>
        <translation>Salva con n&amp;ome…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bring in a Mermaid, draw.io or BPMN diagram</source>
        <translation>Importa un diagramma Mermaid, draw.io o BPMN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export as &amp;Mermaid…</source>
        <translation>Esporta in &amp;Mermaid…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export as &amp;draw.io…</source>
        <translation>Esporta in dra&amp;w.io…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Image or PDF…</source>
        <translation>Esporta immagine o P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the map as PNG, SVG or PDF</source>
        <translation>Esporta la mappa in PNG, SVG o PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Print the map</source>
        <translation>Stampa la mappa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print Pre&amp;view…</source>
        <translation>Ante&amp;prima di stampa…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;Checklist…</source>
        <translation>Esporta &amp;checklist…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the team's checklist</source>
        <translation>Esporta la checklist del team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print Chec&amp;klist…</source>
        <translation>Stampa chec&amp;klist…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checklist Previe&amp;w…</source>
        <translation>Anteprima c&amp;hecklist…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation>Chi&amp;udi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;All</source>
        <translation>&amp;Seleziona tutto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;nnect To…</source>
        <translation>C&amp;ollega a…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw an arrow from the selected step to a step you pick from a list</source>
        <translation>Disegna una freccia dal passo selezionato a un passo scelto da un elenco</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Start / End</source>
        <translation>Inizio / fine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a start or end point</source>
        <translation>Aggiungi un punto di inizio o di fine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add an activity</source>
        <translation>Aggiungi un’attività</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a decision</source>
        <translation>Aggiungi una decisione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a note</source>
        <translation>Aggiungi una nota</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;Out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Actual Size</source>
        <translation>&amp;Dimensioni reali</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fit to Window</source>
        <translation>&amp;Adatta alla finestra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the whole map</source>
        <translation>Mostra tutta la mappa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Snap to Grid</source>
        <translation>Aggancia alla &amp;griglia</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show {name} Badges</source>
        <translation>Mostra contrassegni {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Tidy Up</source>
        <translation>&amp;Riordina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lay out the whole map, or the selected steps</source>
        <translation>Disponi tutta la mappa o i passi selezionati</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tidy Up &amp;Left to Right</source>
        <translation>Riordina da &amp;sinistra a destra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tidy Up Top to &amp;Bottom</source>
        <translation>Riordina dall’&amp;alto in basso</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Align &amp;Left</source>
        <translation>Allinea a &amp;sinistra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Align &amp;Centres Horizontally</source>
        <translation>Allinea al &amp;centro in orizzontale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Align &amp;Right</source>
        <translation>Allinea a &amp;destra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Align &amp;Top</source>
        <translation>Allinea in &amp;alto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Align Centres &amp;Vertically</source>
        <translation>Allinea al centro in &amp;verticale</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Align &amp;Bottom</source>
        <translation>Allinea in &amp;basso</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Distribute &amp;Horizontally</source>
        <translation>Distribuisci in &amp;orizzontale</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Distribute &amp;Vertically</source>
        <translation>Distribuisci in &amp;verticale</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About mapper</source>
        <translation>&amp;Informazioni su mapper</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Add Step</source>
        <translation>&amp;Aggiungi passo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Badges</source>
        <translation>&amp;Contrassegni</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Panels</source>
        <translation>&amp;Pannelli</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Arrange</source>
        <translation>&amp;Disponi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Lanes</source>
        <translation>&amp;Corsie</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Shapes</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Properties</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Findings</source>
        <translation>Problemi trovati</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Legend</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Your system</source>
        <translation>Il tuo sistema</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Funnel</source>
        <translation>Imbuto</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quarterly Review…</source>
        <translation>Revisione &amp;trimestrale…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Weekly review</source>
        <translation>Revisione settimanale</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Weekly Review</source>
        <translation>Revisione setti&amp;manale</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Accountability Chart</source>
        <translation>Organi&amp;gramma delle responsabilità</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who answers for each step, metric and priority</source>
        <translation>Chi risponde di ogni passo, indicatore e priorità</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;No Lanes</source>
        <translation>&amp;Nessuna corsia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By &amp;Owner</source>
        <translation>Per &amp;responsabile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By &amp;Stage</source>
        <translation>Per &amp;fase</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Accountability</source>
        <translation>Responsabilità</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Lanes by Owner</source>
        <translation>Corsie per responsabile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lanes by Stage</source>
        <translation>Corsie per fase</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No Lanes</source>
        <translation>Nessuna corsia</translation>
    </message>
    <message>
        <location line="+10" />
        <source>That view is not available in this version.</source>
        <translation>Questa vista non è disponibile in questa versione.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checking…</source>
        <translation>Controllo…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the problems</source>
        <translation>Mostra i problemi</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Empty map</source>
        <translation>Mappa vuota</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Could not keep a recovery copy: {error}</source>
        <translation>Impossibile tenere una copia di recupero: {error}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Recovery copy unreadable</source>
        <translation>Copia di recupero illeggibile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A recovery copy of unsaved work could not be read. It was kept aside as {kept} and will not be offered again.</source>
        <translation>Non è stato possibile leggere una copia di recupero del lavoro non salvato. È stata messa da parte come {kept} e non verrà più proposta.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Recovered unsaved work on {title}. Save it to keep it.</source>
        <translation>Recuperato il lavoro non salvato su {title}. Salvalo per tenerlo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your current map is unchanged.</source>
        <translation>La mappa attuale non è cambiata.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Could not open the template</source>
        <translation>Impossibile aprire il modello</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The template could not be read.</source>
        <translation>Non è stato possibile leggere il modello.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Could not open the map</source>
        <translation>Impossibile aprire la mappa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” could not be opened.</source>
        <translation>Non è stato possibile aprire “{name}”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Opened {name}</source>
        <translation>Aperto {name}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Could not save the map</source>
        <translation>Impossibile salvare la mappa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was not saved. Your changes are still open here.</source>
        <translation>“{name}” non è stato salvato. Le tue modifiche sono ancora aperte qui.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved {name}</source>
        <translation>Salvato {name}</translation>
    </message>
    <message>
        <location line="+48" />
        <source>No recent maps</source>
        <translation>Nessuna mappa recente</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear Menu</source>
        <translation>Svuota il menu</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Import a diagram</source>
        <translation>Importa un diagramma</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+5" />
        <source>Could not import</source>
        <translation>Impossibile importare</translation>
    </message>
    <message>
        <location line="-4" />
        <source>“{name}” could not be imported.</source>
        <translation>Non è stato possibile importare “{name}”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{name}” could not be read.</source>
        <translation>Non è stato possibile leggere “{name}”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing to import</source>
        <translation>Niente da importare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No steps were found in “{name}”.</source>
        <translation>Nessun passo trovato in “{name}”.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Imported with notes</source>
        <translation>Importato con note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was imported. A few things could not be carried over exactly:</source>
        <translation>“{name}” è stato importato. Alcune cose non si sono potute riportare in modo esatto:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Imported {name}: {counts}</source>
        <translation>Importato {name}: {counts}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export as {what}</source>
        <translation>Esporta in {what}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was not written.</source>
        <translation>“{name}” non è stato scritto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported {name}</source>
        <translation>Esportato {name}</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Tidied up the selection</source>
        <translation>Selezione riordinata</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tidied up the map</source>
        <translation>Mappa riordinata</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Canvas</source>
        <translation>Tela</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About mapper</source>
        <translation>Informazioni su mapper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map your most profitable system, see what is broken, which steps are critical, what a machine could do and where to measure; then print the checklists your team follows.</source>
        <translation>Mappa il tuo sistema più redditizio, scopri cosa non funziona, quali passi sono critici, cosa potrebbe fare una macchina e dove misurare; poi stampa le checklist che il tuo team segue.</translation>
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
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../mapper/model/fileformat.py" line="-55" />
        <source>the file is too large to be {what} ({size} MB; mapper reads up to {limit} MB)</source>
        <extracomment>Files larger than this are refused before parsing (a map of 20,000 steps is ~6 MB). Migrations: ``MIGRATIONS[n]`` turns a version-n document (a dict) into version n+1.</extracomment>
        <translation>il file è troppo grande per essere {what} ({size} MB; mapper legge fino a {limit} MB)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no such file</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this is a folder, not {what}</source>
        <translation>questa è una cartella, non {what}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>permission denied: mapper may not read this file</source>
        <translation>permesso negato: mapper non può leggere questo file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>could not be read ({reason})</source>
        <translation>impossibile leggerlo ({reason})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a map</source>
        <translation>una mappa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a file</source>
        <translation>un file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a CSV file</source>
        <translation>un file CSV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a file mapper can import</source>
        <translation>un file che mapper può importare</translation>
    </message>
    <message>
        <location line="+7" />
        <source>line {line}</source>
        <translation>riga {line}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>line {line}, column {column}</source>
        <translation>riga {line}, colonna {column}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the file is not UTF-8 text (is it really a mapper map?)</source>
        <translation>il file non è testo UTF-8 (è davvero una mappa di mapper?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>line {line}, byte {byte}</source>
        <translation>riga {line}, byte {byte}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>this is not valid JSON ({reason})</source>
        <translation>questo non è JSON valido ({reason})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the JSON is nested too deeply; this is not a map</source>
        <translation>il JSON è annidato troppo in profondità; questa non è una mappa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the number {token} is not allowed in a map</source>
        <translation>il numero {token} non è ammesso in una mappa</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a map file must hold a JSON object { ... } at the top</source>
        <translation>un file di mappa deve contenere un oggetto JSON { ... } al primo livello</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this is not a mapper map (format is {found}, expected {expected})</source>
        <translation>questa non è una mappa di mapper (format è {found}, atteso {expected})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the required field "schema_version" is missing</source>
        <translation>manca il campo obbligatorio "schema_version"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>schema_version must be a whole number</source>
        <translation>schema_version deve essere un numero intero</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this map was made by a newer mapper (file format version {version}; this mapper reads up to {newest}). Update mapper to open it.</source>
        <translation>questa mappa è stata creata da un mapper più recente (versione del formato {version}; questo mapper legge fino alla {newest}). Aggiorna mapper per aprirla.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the required field "format" is missing (it should be {expected})</source>
        <translation>manca il campo obbligatorio "format" (dovrebbe essere {expected})</translation>
    </message>
    <message>
        <location line="+14" />
        <source>schema_version {version} is not a valid version</source>
        <translation>schema_version {version} non è una versione valida</translation>
    </message>
    <message>
        <location line="+5" />
        <source>file format version {version} is too old to be read by this mapper</source>
        <translation>la versione del formato {version} è troppo vecchia per questo mapper</translation>
    </message>
    <message>
        <location line="+24" />
        <source>top level</source>
        <translation>primo livello</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{place}, field "{field}"</source>
        <translation>{place}, campo "{field}"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>step "{id}" ({key}[{index}])</source>
        <translation>passo "{id}" ({key}[{index}])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>arrow "{id}" ({key}[{index}])</source>
        <translation>freccia "{id}" ({key}[{index}])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>priority "{id}" ({key}[{index}])</source>
        <translation>priorità "{id}" ({key}[{index}])</translation>
    </message>
    <message>
        <location line="+19" />
        <source>field "{field}"</source>
        <translation>campo "{field}"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>is not a field mapper knows (check the spelling)</source>
        <translation>non è un campo che mapper conosce (controlla come è scritto)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is required but missing</source>
        <translation>è obbligatorio ma manca</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be one of: {expected}</source>
        <translation>deve essere uno tra: {expected}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be text in quotes</source>
        <translation>deve essere testo tra virgolette</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>must be a number</source>
        <translation>deve essere un numero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a list [ ... ]</source>
        <translation>deve essere una lista [ ... ]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>must be an object {{ ... }}</source>
        <translation>deve essere un oggetto {{ ... }}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a pair [x, y]</source>
        <translation>deve essere una coppia [x, y]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is too short</source>
        <translation>è troppo corto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>has too many items</source>
        <translation>ha troppi elementi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a finite number</source>
        <translation>deve essere un numero finito</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must be between 0 and 1</source>
        <translation>deve essere tra 0 e 1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must lie between -{limit} and {limit} (the drawing area of a map)</source>
        <translation>deve stare tra -{limit} e {limit} (l’area di disegno di una mappa)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be more than 0 and at most {limit}</source>
        <translation>deve essere maggiore di 0 e al massimo {limit}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be 0 or more</source>
        <translation>deve essere 0 o più</translation>
    </message>
    <message>
        <location line="+8" />
        <source>"{field}" {problem}</source>
        <translation>"{field}" {problem}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the step id "{id}" is used twice; every step needs its own id</source>
        <translation>l’id di passo "{id}" è usato due volte; ogni passo ha bisogno del proprio id</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the arrow id "{id}" is used twice; every arrow needs its own id</source>
        <translation>l’id di freccia "{id}" è usato due volte; ogni freccia ha bisogno del proprio id</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{end} "{id}" names no step in this map</source>
        <translation>{end} "{id}" non indica alcun passo di questa mappa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{end} "{id}" is a note; notes take no part in the flow, so arrows may not touch them</source>
        <translation>{end} "{id}" è una nota; le note non fanno parte del flusso, quindi le frecce non possono toccarle</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the priority id "{id}" is used twice; every priority needs its own id</source>
        <translation>l’id di priorità "{id}" è usato due volte; ogni priorità ha bisogno del proprio id</translation>
    </message>
    <message>
        <location line="+5" />
        <source>step "{id}" names no step in this map</source>
        <translation>il passo "{id}" non indica alcun passo di questa mappa</translation>
    </message>
    <message>
        <location line="+8" />
        <source>metrics_log[{index}] (week "{week}")</source>
        <translation>metrics_log[{index}] (settimana "{week}")</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"{week}" is not a week that exists (ISO weeks run 01 to 52, or 53 in some years)</source>
        <translation>"{week}" non è una settimana che esiste (le settimane ISO vanno da 01 a 52, o 53 in alcuni anni)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the week "{week}" is logged twice; keep one entry per week</source>
        <translation>la settimana "{week}" è registrata due volte; tieni una sola voce per settimana</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"{key}" names no step or arrow in this map</source>
        <translation>"{key}" non indica alcun passo o freccia di questa mappa</translation>
    </message>
    <message>
        <location line="+188" />
        <location line="+26" />
        <source>this is a folder; choose a file name</source>
        <extracomment>A temporary file of a save: ``.NAME.&lt;host&gt;.&lt;pid&gt;.&lt;random&gt;.tmp`` beside NAME. A leftover of another computer (its process cannot be asked) is removed when this old.</extracomment>
        <translation>questa è una cartella; scegli un nome di file</translation>
    </message>
    <message>
        <location line="-24" />
        <source>the folder {folder} does not exist</source>
        <translation>la cartella {folder} non esiste</translation>
    </message>
    <message>
        <location line="+22" />
        <source>permission denied: mapper may not write here</source>
        <translation>permesso negato: mapper non può scrivere qui</translation>
    </message>
    <message>
        <location line="+4" />
        <source>could not be written ({reason})</source>
        <translation>impossibile scriverlo ({reason})</translation>
    </message>
    <message>
        <location filename="../../mapper/model/log_keys.py" line="+35" />
        <source>"{text}" is not a number</source>
        <translation>"{text}" non è un numero</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"{text}" is too large a number</source>
        <translation>"{text}" è un numero troppo grande</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"{key}" names {n} metrics ({steps}); use a step id</source>
        <translation>"{key}" indica {n} indicatori ({steps}); usa l’id di un passo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"{key}" names no step, arrow or metric in this map</source>
        <translation>"{key}" non indica alcun passo, freccia o indicatore di questa mappa</translation>
    </message>
    <message>
        <location filename="../../mapper/model/errors.py" line="+20" />
        <source>{before}: {after}</source>
        <extracomment>Chosen now: the message is often printed after its language's scope has ended.</extracomment>
        <translation>{before}: {after}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../mapper/ui/properties/map_page.py" line="+15" />
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What is this system called?</source>
        <translation>Come si chiama questo sistema?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing (getting customers)</source>
        <translation>Marketing (trovare clienti)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating (delivering the work)</source>
        <translation>Operatività (consegnare il lavoro)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where does it start and stop? What does it deliver?</source>
        <translation>Dove inizia e dove finisce? Cosa consegna?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Select a step or an arrow to edit it.</source>
        <translation>Seleziona un passo o una freccia per modificarlo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../mapper/ui/canvas/scene.py" line="+507" />
        <source>Owner: {0}</source>
        <extracomment>How far from a moved step the arrows that might now route differently are looked for. Items per invisible parent layer (see ``Layer``). Emitted after the scene caught up with a change (for the overview cache and the view). Swimlane bands as the steps stand (drawn by the view's background); kept as they were while a drag is under way (``bands_frozen``).</extracomment>
        <translation>Responsabile: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner: nobody yet</source>
        <translation>Responsabile: ancora nessuno</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Answers for the metric: {0}</source>
        <translation>Risponde dell’indicatore: {0}</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../mapper/render/markers.py" line="+23" />
        <source>Critical step</source>
        <extracomment>Marker kinds in the order their badges appear from the shape's top-right corner. "owner" is the owner chip on the shape's bottom edge, switched like a badge (no analysis marker has that kind).</extracomment>
        <translation>Passo critico</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could be automated</source>
        <translation>Automatizzabile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure here</source>
        <translation>Da misurare qui</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Could be automated (score {0})</source>
        <translation>Automatizzabile (punteggio {0})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Measure here: {0}</source>
        <translation>Da misurare qui: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../mapper/analysis/method.py" line="+56" />
        <source>Map the system</source>
        <extracomment>Step ids still to do (for step 7: none; the priorities are missing, not a step). What is left, in the owner's words ("" when done). Where clicking takes the owner: "steps" (select ``left``), "scorecard" or "review".</extracomment>
        <translation>Mappa il sistema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decide what to automate</source>
        <translation>Decidi cosa automatizzare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document the critical steps</source>
        <translation>Documenta i passi critici</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure them</source>
        <translation>Misurali</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every step and metric an owner</source>
        <translation>Dai un responsabile a ogni passo e indicatore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review the numbers weekly</source>
        <translation>Rivedi i numeri ogni settimana</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan the quarter</source>
        <translation>Pianifica il trimestre</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the map needs a start: where does the system begin?</source>
        <translation>alla mappa serve un inizio: da dove parte il sistema?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mark the end that is a success as a goal (a new client, a paid job)</source>
        <translation>segna come obiettivo la fine che rappresenta un successo (un nuovo cliente, un lavoro pagato)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} problem in the flow to fix</source>
        <translation>{n} problema da correggere nel flusso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} problems in the flow to fix</source>
        <translation>{n} problemi da correggere nel flusso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+18" />
        <source>{n} step could be automated: decide yes or no</source>
        <translation>{n} passo si potrebbe automatizzare: decidi sì o no</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} steps could be automated: decide yes or no each</source>
        <translation>{n} passi si potrebbero automatizzare: decidi sì o no per ciascuno</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} critical step has no checklist yet</source>
        <translation>{n} passo critico non ha ancora una checklist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} critical steps have no checklist yet</source>
        <translation>{n} passi critici non hanno ancora una checklist</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} step to measure needs a metric with a target</source>
        <translation>{n} passo da misurare ha bisogno di un indicatore con un obiettivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} steps to measure need a metric with a target</source>
        <translation>{n} passi da misurare hanno bisogno di un indicatore con un obiettivo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} step has no owner yet</source>
        <translation>{n} passo non ha ancora un responsabile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} steps have no owner yet</source>
        <translation>{n} passi non hanno ancora un responsabile</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no metrics yet: measure the critical steps first</source>
        <translation>ancora nessun indicatore: misura prima i passi critici</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} metric has no number for this week or last</source>
        <translation>{n} indicatore non ha un numero né per questa settimana né per la scorsa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} metrics have no number for this week or last</source>
        <translation>{n} indicatori non hanno un numero né per questa settimana né per la scorsa</translation>
    </message>
    <message>
        <location line="+5" />
        <source>set at least one priority for {quarter}, with an owner</source>
        <translation>imposta almeno una priorità per {quarter}, con un responsabile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Map the system first (step 1)</source>
        <translation>Prima mappa il sistema (passo 1)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../../mapper/analysis/metrics.py" line="+50" />
        <source>Leads in: {step}</source>
        <translation>Contatti in entrata: {step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>volume in: count who enters the system here</source>
        <translation>volume in entrata: conta chi entra nel sistema da qui</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{step} ({label} rate)</source>
        <translation>{step} (tasso {label})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{step} (share per branch)</source>
        <translation>{step} (quota per ramo)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conversion: the share of people going each way shows where the system leaks</source>
        <translation>conversione: la quota di persone che va in ciascuna direzione mostra dove il sistema perde clienti</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Won: {step}</source>
        <translation>Acquisiti: {step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended: {step}</source>
        <translation>Concluso: {step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outcome: count how many finish here, your goal</source>
        <translation>risultato: conta quanti arrivano qui, il tuo obiettivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outcome: count how many finish here</source>
        <translation>risultato: conta quanti arrivano qui</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Times done: {step}</source>
        <translation>Volte eseguito: {step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a critical step: check that it is done every time</source>
        <translation>un passo critico: verifica che venga fatto ogni volta</translation>
    </message>
    <message>
        <location line="+5" />
        <source>you set a metric here</source>
        <translation>hai impostato un indicatore qui</translation>
    </message>
    <message>
        <location line="+3" />
        <source>you set a metric here (target {target})</source>
        <translation>hai impostato un indicatore qui (obiettivo {target})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>MoveGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="-143" />
        <source>Move to lane {0}</source>
        <extracomment>Pixels the mouse must travel before a press becomes a drag. The view also hands the mouse to QGraphicsView (Qt draws the rubber band).</extracomment>
        <translation>Sposta nella corsia {0}</translation>
    </message>
</context>
<context>
    <name>MultiPage</name>
    <message>
        <location filename="../../mapper/ui/properties/multi_page.py" line="+15" />
        <source>Several steps</source>
        <translation>Più passi</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+6" />
        <source>(mixed)</source>
        <translation>(misto)</translation>
    </message>
    <message>
        <location line="-5" />
        <source>No stage</source>
        <translation>Nessuna fase</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hourglass stage of all</source>
        <translation>Fase della clessidra per tutti</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Owner of all</source>
        <translation>Responsabile di tutti</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{0} steps selected</source>
        <translation>{0} passi selezionati</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}. Changes here apply to all of them.</source>
        <translation>{0}. Le modifiche qui valgono per tutti.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Change Stage</source>
        <translation>Cambia fase</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Change Owner</source>
        <translation>Cambia responsabile</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../mapper/model/owners.py" line="+45" />
        <source>Rename Owner {old} to {new}</source>
        <translation>Rinomina responsabile {old} in {new}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear Owner {old}</source>
        <translation>Togli responsabile {old}</translation>
    </message>
    <message>
        <location filename="../../mapper/ui/document.py" line="+29" />
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Step</source>
        <translation>Aggiungi passo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disconnect</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move</source>
        <translation>Sposta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Step</source>
        <translation>Modifica passo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Arrow</source>
        <translation>Modifica freccia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Map</source>
        <translation>Modifica mappa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record Numbers</source>
        <translation>Registra i numeri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidy Up</source>
        <translation>Riordina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload from Disk</source>
        <translation>Ricarica dal disco</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Probabilities</source>
        <translation>Modifica probabilità</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../mapper/ui/canvas/palette.py" line="+21" />
        <source>Terminator: where the system starts or stops (T)</source>
        <translation>Inizio/fine: dove il sistema inizia o finisce (T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activity: something someone does (A)</source>
        <translation>Attività: qualcosa che qualcuno fa (A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision: a question with Yes / No branches (D)</source>
        <translation>Decisione: una domanda con i rami Sì / No (D)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note: a remark; takes no part in the flow (N)</source>
        <translation>Nota: un commento; non fa parte del flusso (N)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../mapper/ui/printing.py" line="-119" />
        <source>Printing the map…</source>
        <extracomment>The smallest print preview: wide enough for its whole toolbar, tall enough for a page.</extracomment>
        <translation>Stampa della mappa…</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+92" />
        <source>Printing failed</source>
        <translation>Stampa non riuscita</translation>
    </message>
    <message>
        <location line="-81" />
        <source>Print Map</source>
        <translation>Stampa la mappa</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Print Preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Fit on one page</source>
        <translation>Adatta a una pagina</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Off: tile the map across several pages at its on-screen size</source>
        <translation>Disattivato: divide la mappa su più pagine alla dimensione a schermo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only the selected steps ({n})</source>
        <translation>Solo i passi selezionati ({n})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preview just the steps selected on the canvas and the arrows between them</source>
        <translation>Mostra in anteprima solo i passi selezionati sulla tela e le frecce tra loro</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Print Checklist</source>
        <translation>Stampa la checklist</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Printing the checklist…</source>
        <translation>Stampa della checklist…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Checklist Preview</source>
        <translation>Anteprima checklist</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Critical steps only</source>
        <translation>Solo i passi critici</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the one-page card of the critical steps instead of the whole checklist</source>
        <translation>Mostra la scheda di una pagina dei passi critici invece dell’intera checklist</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Writing {name}…</source>
        <translation>Scrittura di {name}…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checklist not saved</source>
        <translation>Checklist non salvata</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Checklist</source>
        <translation>Esporta la checklist</translation>
    </message>
    <message>
        <location line="-46" />
        <source>PDF checklist</source>
        <extracomment>Save-dialog filters; the chosen one says the format, whether it is the critical-steps card and whether it is the owner's edition (with automation hints and the method's progress).</extracomment>
        <translation>Checklist PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF critical-steps card</source>
        <translation>Scheda dei passi critici PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF checklist, owner's edition</source>
        <translation>Checklist PDF, versione del titolare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown checklist</source>
        <translation>Checklist Markdown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown checklist, owner's edition</source>
        <translation>Checklist Markdown, versione del titolare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page checklist</source>
        <translation>Checklist pagina web</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page critical-steps card</source>
        <translation>Scheda dei passi critici pagina web</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page checklist, owner's edition</source>
        <translation>Checklist pagina web, versione del titolare</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../mapper/ui/properties/panel.py" line="+169" />
        <source>That value cannot be used here.</source>
        <extracomment>True while the fields are being filled from the model (nothing is committed then).</extracomment>
        <translation>Questo valore non si può usare qui.</translation>
    </message>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="-160" />
        <source>{what}: type a number, like 25 or 12.50</source>
        <translation>{what}: scrivi un numero, come 25 o 12,50</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{what} cannot be less than {minimum}</source>
        <translation>{what} non può essere minore di {minimum}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Probability: type a chance, like 20% or 0.2</source>
        <translation>Probabilità: scrivi una probabilità, come 20% o 0,2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Probability: type a chance between 0 and 1, or a percentage like 20%</source>
        <translation>Probabilità: scrivi un valore tra 0 e 1, oppure una percentuale come 20%</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../mapper/ui/recovery.py" line="+80" />
        <source>could not be created ({reason})</source>
        <translation>impossibile crearla ({reason})</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../mapper/analysis/report.py" line="+65" />
        <source>Errors (fix these: the flow does not work as drawn)</source>
        <extracomment>How many entries of each long section the text report shows (--json has all).</extracomment>
        <translation>Errori (da correggere: il flusso non funziona così com'è disegnato)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings (worth fixing: the map is unclear)</source>
        <translation>Avvisi (conviene correggerli: la mappa non è chiara)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes (tidy-ups)</source>
        <translation>Note (ritocchi)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>... and {n} more (mapper check --json lists them all)</source>
        <translation>... e altri {n} (mapper check --json li elenca tutti)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No problems found: the flow is complete.</source>
        <translation>Nessun problema: il flusso è completo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problems: {errors}, {warnings}, {notes}</source>
        <translation>Problemi: {errors}, {warnings}, {notes}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Critical steps (every customer depends on these: give each a checklist and an owner)</source>
        <translation>Passi critici (ogni cliente dipende da questi: dai a ciascuno una checklist e un responsabile)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>none: no single step is on every way to a goal (mark one with "critical" if it matters)</source>
        <translation>nessuno: nessun passo da solo si trova su ogni strada verso un obiettivo (segnane uno come critico se è importante)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could be automated (best first)</source>
        <translation>Automatizzabili (prima i più adatti)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing obvious: no step sends, reminds, schedules, invoices or records</source>
        <translation>niente di evidente: nessun passo invia, ricorda, pianifica, fattura o registra</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{step} (score {score})</source>
        <translation>{step} (punteggio {score})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Where to measure (count these every week)</source>
        <translation>Dove misurare (conta questi numeri ogni settimana)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing yet: add a start, decisions and ends</source>
        <translation>ancora niente: aggiungi un inizio, delle decisioni e dei punti di fine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{metric}  at {step}: {reason}</source>
        <translation>{metric}  al passo {step}: {reason}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Your system: {done} of {all} steps of the method done</source>
        <translation>Il tuo sistema: {done} passi del metodo su {all} completati</translation>
    </message>
    <message>
        <location line="+4" />
        <source>: {todo}</source>
        <translation>: {todo}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Funnel: not worked out. It needs a start and an end, a probability on every branch (adding up to 100% per step), and no error about dead ends, unreachable steps or loops without a way out.</source>
        <translation>Imbuto: non calcolato. Servono un inizio e una fine, una probabilità su ogni ramo (che in ogni passo sommino al 100%) e nessun errore su vicoli ciechi, passi irraggiungibili o cicli senza via d'uscita.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Funnel (out of every {n} people who enter)</source>
        <translation>Imbuto (su ogni {n} persone che entrano)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(goal)</source>
        <translation>(obiettivo)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>In all, {n} of every {entrants} reach a goal.</source>
        <translation>In tutto, {n} ogni {entrants} arrivano a un obiettivo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>... and {n} more ends, {rest} in all</source>
        <translation>... e altri {n} punti di fine, {rest} in tutto</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Busiest steps (loops make people pass more than once):</source>
        <translation>Passi più frequentati (i cicli fanno passare le persone più di una volta):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{step}: {n} visits</source>
        <translation>{step}: {n} passaggi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value per person who enters: {value}</source>
        <translation>Valore per ogni persona che entra: {value}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Levers (goal outcomes gained per 100 people by moving one percentage point from a decision's weakest branch to its strongest):</source>
        <translation>Leve (arrivi all'obiettivo guadagnati ogni 100 persone spostando un punto percentuale dal ramo più debole di una decisione a quello più forte):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>... and {n} more</source>
        <translation>... e altri {n}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../mapper/analysis/review.py" line="+197" />
        <source>Numbers for {logged} of the {weeks} weeks of {quarter}; {previous_logged} of {previous_weeks} in {previous}.</source>
        <extracomment>Where the levers came from: "measured", "assumed" or "" (no funnel). How many of the quarter's weeks, and of the previous quarter's, have numbers (and how many weeks it had).</extracomment>
        <translation>Numeri per {logged} delle {weeks} settimane di {quarter}; {previous_logged} su {previous_weeks} in {previous}.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Weakest between {source} and {target}: {rate} as many go on</source>
        <translation>Il punto più debole è tra {source} e {target}: prosegue il {rate}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Most are lost between {source} and {target}: {rate} go on</source>
        <translation>La maggior parte si perde tra {source} e {target}: prosegue il {rate}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>, down from {was}</source>
        <translation>, in calo da {was}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, up from {was}</source>
        <translation>, in crescita da {was}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, as last quarter</source>
        <translation>, come il trimestre scorso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/review_doc.py" line="+80" />
        <source>: {todo}</source>
        <translation>: {todo}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Marketing half: {leak}</source>
        <translation>Metà marketing: {leak}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing half: no two consecutive stages with numbers yet.</source>
        <translation>Metà marketing: ancora nessuna coppia di fasi consecutive con dei numeri.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operating half: {leak}</source>
        <translation>Metà operativa: {leak}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating half: no two consecutive stages with numbers yet.</source>
        <translation>Metà operativa: ancora nessuna coppia di fasi consecutive con dei numeri.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where it leaks</source>
        <translation>Dove si perdono clienti</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stage volumes</source>
        <translation>Volumi per fase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counted at</source>
        <translation>Punto di conteggio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No step of this map has a stage.</source>
        <translation>Nessun passo di questa mappa ha una fase.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion between stages</source>
        <translation>Conversione tra le fasi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not enough stage volumes this quarter to compare.</source>
        <translation>Questo trimestre non ci sono abbastanza volumi per fase da confrontare.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scorecard</source>
        <translation>Tabella dei numeri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weeks on and off target over the quarter's {n} weeks.</source>
        <translation>Settimane in linea e fuori obiettivo nelle {n} settimane del trimestre.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+0" />
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off track</source>
        <translation>Fuori obiettivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged</source>
        <translation>Registrate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No step has a metric yet.</source>
        <translation>Nessun passo ha ancora un indicatore.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The funnel measured from this quarter's numbers.</source>
        <translation>L'imbuto misurato dai numeri di questo trimestre.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The funnel from the probabilities on the map.</source>
        <translation>L'imbuto calcolato dalle probabilità sulla mappa.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{step}: +{gain} goal outcomes per 100 entrants for each point moved from its worst branch to its best</source>
        <translation>{step}: +{gain} arrivi all'obiettivo ogni 100 persone che entrano per ogni punto spostato dal suo ramo peggiore al migliore</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Largest levers</source>
        <translation>Le leve più grandi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>Ancora nessun imbuto: dai delle probabilità ai rami o registra i loro numeri.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Priorities for {quarter}</source>
        <translation>Priorità per {quarter}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None set yet.</source>
        <translation>Nessuna ancora.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quarterly review {quarter}</source>
        <translation>Revisione trimestrale {quarter}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks {first} to {last}</source>
        <translation>settimane da {first} a {last}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>value per entrant {value}</source>
        <translation>valore per persona che entra {value}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+33" />
        <location filename="../../mapper/render/review_pdf.py" line="+50" />
        <source>Your system: the method</source>
        <translation>Il tuo sistema: il metodo</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+201" />
        <source>Quarterly review</source>
        <translation>Revisione trimestrale</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Where it leaks</source>
        <translation>Dove si perdono clienti</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counted at</source>
        <translation>Punto di conteggio</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+25" />
        <source>previous quarter</source>
        <translation>trimestre precedente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this quarter</source>
        <translation>questo trimestre</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+91" />
        <source>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2} goal outcomes per 100 entrants per point moved from its worst branch to its best</source>
        <translation>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2} obiettivi raggiunti ogni 100 persone che entrano per ogni punto spostato dal ramo peggiore al migliore</translation>
    </message>
    <message>
        <location line="-356" />
        <location line="+265" />
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <location line="-264" />
        <location line="+264" />
        <source>Off track</source>
        <translation>Fuori obiettivo</translation>
    </message>
    <message>
        <location line="-263" />
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location line="+223" />
        <source>Stage volumes</source>
        <translation>Volumi per fase</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Conversion between stages</source>
        <translation>Conversione tra le fasi</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Scorecard</source>
        <translation>Tabella dei numeri</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Logged</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Largest levers</source>
        <translation>Le leve più grandi</translation>
    </message>
    <message>
        <location line="+63" />
        <source>weeks {0} to {1}, against {2}</source>
        <translation>settimane da {0} a {1}, a confronto con {2}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The method: {0} of 7 steps done.</source>
        <translation>Il metodo: passi fatti {0} su 7.</translation>
    </message>
    <message>
        <location line="+1" />
        <source> Next: {0}.</source>
        <translation> Prossimo: {0}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Marketing half</source>
        <translation>Metà marketing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Operating half</source>
        <translation>Metà operativa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no two consecutive stages with numbers yet.</source>
        <translation>non ci sono ancora due fasi consecutive con dei numeri.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>measured from this quarter's numbers</source>
        <translation>misurato sui numeri di questo trimestre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from the probabilities on the map</source>
        <translation>secondo le probabilità scritte sulla mappa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The funnel {0}:</source>
        <translation>L'imbuto {0}:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>L'imbuto non c'è ancora: dai delle probabilità ai rami o registra i loro numeri.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Priorities for {0}</source>
        <translation>Priorità per {0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(no step with numbers)</source>
        <translation>(nessun passo con dei numeri)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>New priority</source>
        <translation>Nuova priorità</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Priority</source>
        <translation>Aggiungi priorità</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit Priority</source>
        <translation>Modifica priorità</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove Priority</source>
        <translation>Rimuovi priorità</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Export Quarterly Review</source>
        <translation>Esporta la revisione trimestrale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Pagina web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported the review to {0}</source>
        <translation>Revisione esportata in {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Print Quarterly Review</source>
        <translation>Stampa la revisione trimestrale</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Printing failed</source>
        <translation>Stampa non riuscita</translation>
    </message>
    <message>
        <location line="-396" />
        <source>Add priority</source>
        <translation>Aggiungi priorità</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Double-click to choose the steps</source>
        <translation>Fai doppio clic per scegliere i passi</translation>
    </message>
    <message>
        <location line="-24" />
        <source>None set yet.</source>
        <translation>Nessuna impostata finora.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
</context>
<context>
    <name>RowChart</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="+577" />
        <source>Select a row to see its weeks</source>
        <translation>Seleziona una riga per vederne le settimane</translation>
    </message>
    <message>
        <location line="+14" />
        <source>goal %1</source>
        <translation>obiettivo %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../mapper/analysis/rules.py" line="+75" />
        <source>the start/end point {step}</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step's branch probabilities may be from summing to 1. A map with fewer flow steps than this is still being started: its missing start or end is a hint (severity info), not an error, while the owner types.</extracomment>
        <translation>il punto di inizio/fine {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the decision {step}</source>
        <translation>la decisione {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the note {step}</source>
        <translation>la nota {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the activity {step}</source>
        <translation>l'attività {step}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} more</source>
        <translation>altri {n}</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+115" />
        <source>{names} and {last}</source>
        <translation>{names} e {last}</translation>
    </message>
    <message>
        <location line="-106" />
        <source>The map has no start. Add a start/end point (pill shape) such as "New enquiry" and draw an arrow from it to the first step, so it is clear where the system begins.</source>
        <translation>La mappa non ha un inizio. Aggiungi un punto di inizio/fine (a forma di pillola) come "Nuova richiesta" e traccia una freccia da lì al primo passo, così è chiaro dove comincia il sistema.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The map has no end. Add a start/end point (pill shape) such as "New client" and draw an arrow into it from the last step, so it is clear where the system stops.</source>
        <translation>La mappa non ha una fine. Aggiungi un punto di inizio/fine (a forma di pillola) come "Nuovo cliente" e traccia una freccia verso di esso dall'ultimo passo, così è chiaro dove finisce il sistema.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{step} is a start/end point but has arrows both in and out. Make it an activity, or split it into an end and a separate start.</source>
        <translation>{step} è un punto di inizio/fine ma ha frecce sia in entrata sia in uscita. Trasformalo in un'attività, oppure dividilo in una fine e un inizio separato.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{step} is not connected to anything. Draw arrows to and from it, or delete it if it is not part of the system.</source>
        <translation>{step} non è collegato a niente. Traccia frecce in entrata e in uscita, oppure eliminalo se non fa parte del sistema.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No start leads to {step}, so it never happens. Draw an arrow into it from the step that comes before it, or delete it.</source>
        <translation>Nessun inizio porta a {step}, quindi non accade mai. Traccia una freccia verso di esso dal passo che lo precede, oppure eliminalo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The flow stops at {step}: nothing happens after it. Draw an arrow to what happens next, or end it with an end point (for example "Job done").</source>
        <translation>Il flusso si interrompe con {step}: dopo non succede niente. Traccia una freccia verso ciò che succede dopo, oppure chiudilo con un punto di fine (per esempio "Lavoro finito").</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The loop through {steps} has no way out: whoever enters it goes round for ever. Add a decision with a branch that leaves the loop (for example "Not interested" to an end).</source>
        <translation>Il ciclo che passa per {steps} non ha via d'uscita: chi ci entra gira in tondo per sempre. Aggiungi una decisione con un ramo che esce dal ciclo (per esempio "Non interessato" verso un punto di fine).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The decision {step} has only one way out. Add a second arrow (for example "No") or make it an activity.</source>
        <translation>La decisione {step} ha una sola uscita. Aggiungi una seconda freccia (per esempio "No") oppure trasformala in un'attività.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{n} of its arrows has no label</source>
        <translation>{n} delle sue frecce non ha etichetta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} of its arrows have no label</source>
        <translation>{n} delle sue frecce non hanno etichetta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>several arrows say {labels}</source>
        <translation>più frecce dicono {labels}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{step}: {problems}. Label each way out with a different answer (for example "Yes" and "No") so people know which way to go.</source>
        <translation>{step}: {problems}. Etichetta ogni uscita con una risposta diversa (per esempio "Sì" e "No") così si sa da che parte andare.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{step} leads to {n} different steps, so it is not clear which comes next. Put a decision (diamond) after it that asks which way to go, with one labelled arrow per answer.</source>
        <translation>{step} porta a {n} passi diversi, quindi non è chiaro quale venga dopo. Mettici dopo una decisione (rombo) che chieda da che parte andare, con una freccia etichettata per ogni risposta.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There are two arrows from {source} to {target}. Delete one of them.</source>
        <translation>Ci sono due frecce da {source} a {target}. Cancellane una.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>An arrow goes from {step} back to itself. Point it at the step that should happen again (for example the step before it), or delete it.</source>
        <translation>Una freccia parte da {step} e torna su sé stessa. Puntala sul passo che deve ripetersi (per esempio quello prima), oppure cancellala.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Write the question it asks (for example "Paid in full?").</source>
        <translation>Scrivi la domanda che pone (per esempio "Pagato per intero?").</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write where the system starts or ends here (for example "New enquiry").</source>
        <translation>Scrivi dove inizia o finisce qui il sistema (per esempio "Nuova richiesta").</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write what happens here, starting with a verb (for example "Send the quote").</source>
        <translation>Scrivi cosa succede qui, iniziando con un verbo (per esempio "Invia il preventivo").</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{step} has no text. {what}</source>
        <translation>{step} non ha testo. {what}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Only some arrows out of {step} have a probability. Give every arrow out of it a probability (they must add up to 100%), or none.</source>
        <translation>Solo alcune frecce in uscita da {step} hanno una probabilità. Dai una probabilità a ogni freccia in uscita (la somma deve fare 100%), oppure a nessuna.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The probabilities on the arrows out of {step} add up to {total}, not {whole}. Change them so they add up to {whole}.</source>
        <translation>Le probabilità sulle frecce in uscita da {step} sommano a {total}, non a {whole}. Modificale in modo che sommino a {whole}.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>{step} and {other} overlap on the canvas. Drag one of them apart so both can be read.</source>
        <translation>{step} e {other} si sovrappongono sulla tela. Trascinane uno più in là così si leggono entrambi.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a critical step</source>
        <translation>un passo critico</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a step with the metric "{metric}"</source>
        <translation>un passo con l'indicatore "{metric}"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a step with a metric</source>
        <translation>un passo con un indicatore</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nobody owns {step}, {why}. Who answers for this? Set an owner. Give it a role such as "Sales", or a person's name, in its properties.</source>
        <translation>Manca un responsabile per {step}, {why}. Chi ne risponde? Imposta un responsabile: nelle sue proprietà dagli un ruolo come "Vendite" o il nome di una persona.</translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/flow.py" line="+132" />
        <source>the unnamed start/end point ({id})</source>
        <translation>il punto di inizio/fine senza nome ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the unnamed decision ({id})</source>
        <translation>la decisione senza nome ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the unnamed note ({id})</source>
        <translation>la nota senza nome ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the unnamed activity ({id})</source>
        <translation>l'attività senza nome ({id})</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="+8" />
        <location filename="../../mapper/formats/scorecard_report.py" line="+98" />
        <location line="+58" />
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-58" />
        <location line="+58" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-57" />
        <location line="+57" />
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avg</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-56" />
        <location line="+59" />
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scorecard {first} to {last} (✓ on track, ✗ off track)</source>
        <translation>Tabella dei numeri da {first} a {last} (✓ in linea, ✗ fuori obiettivo)</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-47" />
        <location line="+59" />
        <source>No step has a metric yet.</source>
        <translation>Nessun passo ha ancora un indicatore.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>To discuss ({week}):</source>
        <translation>Da discutere ({week}):</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/scorecard_report.py" line="-119" />
        <source>flat</source>
        <translation>stabile</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{change} a week</source>
        <translation>{change} a settimana</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{metric}: {value}, goal {goal}</source>
        <translation>{metric}: {value}, obiettivo {goal}</translation>
    </message>
    <message>
        <location line="+2" />
        <source> ({owner})</source>
        <translation> ({owner})</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+52" />
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+52" />
        <source>Scorecard: {title}</source>
        <translation>Tabella dei numeri: {title}</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+55" />
        <source>{first} to {last} · ✓ on track, ✗ off track</source>
        <translation>da {first} a {last} · ✓ in linea, ✗ fuori obiettivo</translation>
    </message>
    <message>
        <location line="-52" />
        <location line="+54" />
        <source>To discuss ({week})</source>
        <translation>Da discutere ({week})</translation>
    </message>
    <message>
        <location line="-52" />
        <location line="+57" />
        <source>Nothing is off track this week.</source>
        <translation>Questa settimana niente è fuori obiettivo.</translation>
    </message>
    <message>
        <location line="-53" />
        <location line="+58" />
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="-57" />
        <location line="+53" />
        <source>Every metric</source>
        <translation>Tutti gli indicatori</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="-410" />
        <source>Metric</source>
        <extracomment>"Track this" links shown inline; the rest open from "N more…". Off-track rows named in "To discuss"; the grid marks the rest. The log keys of the edit being applied from the grid (only their rows need recomputing).</extracomment>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Week %1, starting Monday %2</source>
        <translation>Settimana %1, da lunedì %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>No target yet: set one in the Properties panel</source>
        <translation>Nessun obiettivo ancora: impostalo nel pannello Proprietà</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How many went this way (counted on arrow %1)</source>
        <translation>Quanti sono passati di qui (contati sulla freccia %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Click ▸ to count each branch</source>
        <translation>Clicca ▸ per contare ogni ramo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no number yet</source>
        <translation>ancora nessun numero</translation>
    </message>
    <message>
        <location line="+2" />
        <source>on track</source>
        <translation>in linea</translation>
    </message>
    <message>
        <location line="+0" />
        <source>off track</source>
        <translation>fuori obiettivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(goal {goal})</source>
        <translation>(obiettivo {goal})</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not recorded: %1</source>
        <translation>Non registrato: %1</translation>
    </message>
</context>
<context>
    <name>ScorecardSheet</name>
    <message>
        <location filename="../../mapper/render/scorecard_pdf.py" line="+94" />
        <location line="+21" />
        <source>Metric</source>
        <extracomment>Type sizes the scorecard tries, largest first, before it takes a second page.</extracomment>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="-21" />
        <location line="+21" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+20" />
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Avg</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <location line="+224" />
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Untitled map</source>
        <translation>Mappa senza titolo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>To discuss (%1): </source>
        <translation>Da discutere (%1): </translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing is off track this week.</source>
        <translation>questa settimana niente è fuori obiettivo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No step has a metric yet: give the critical steps a metric in the Properties panel.</source>
        <translation>Nessun passo ha ancora un indicatore: dai un indicatore ai passi critici nel pannello Proprietà.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to %2 · ✓ on track, ✗ off track · printed %3</source>
        <translation>da %1 a %2 · ✓ in linea, ✗ fuori obiettivo · stampato il %3</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+34" />
        <source>Scorecard: %1</source>
        <translation>Tabella dei numeri: %1</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Write each number in its box; then type them into the Weekly review, or record them with: mapper log FILE --week %1 KEY=VALUE...</source>
        <translation>Scrivi ogni numero nella sua casella; poi inseriscili nella Revisione settimanale, oppure registrali con: mapper log FILE --week %1 CHIAVE=VALORE...</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+22" />
        <source>This week's numbers: %1</source>
        <translation>I numeri di questa settimana: %1</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Week %1 of %2 (%3), starting Monday %4</source>
        <translation>Settimana %1 di %2 (%3), a partire da lunedì %4</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="+370" />
        <source>The week before</source>
        <translation>La settimana prima</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The week after</source>
        <translation>La settimana dopo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The last week shown; the 12 before it are shown too</source>
        <translation>L'ultima settimana mostrata; si vedono anche le 12 precedenti</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the scorecard…</source>
        <translation>Stampa la tabella dei numeri…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print a blank sheet for this week's numbers…</source>
        <translation>Stampa un foglio vuoto per i numeri di questa settimana…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import CSV…</source>
        <translation>Importa CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers from a spreadsheet: a week column, then one column per metric</source>
        <translation>Numeri da un foglio di calcolo: una colonna per la settimana, poi una colonna per ogni indicatore</translation>
    </message>
    <message>
        <location line="+113" />
        <source>(goal {goal})</source>
        <translation>(obiettivo {goal})</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>and %n more (✗ in the grid)</source>
        <translation>
            <numerusform>e ancora %n (✗ nella griglia)</numerusform>
            <numerusform>e ancora %n (✗ nella griglia)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>To discuss</source>
        <translation>Da discutere</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;To discuss&lt;/b&gt;: nothing is off track in %1.</source>
        <translation>&lt;b&gt;Da discutere&lt;/b&gt;: nella settimana %1 è tutto in linea.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No step has a metric yet. Give the critical steps a metric (with a target) in the Properties panel, or track one of the points below.</source>
        <translation>Nessun passo ha ancora un indicatore. Dai un indicatore (con un obiettivo) ai passi critici nel pannello Proprietà, oppure tieni sotto controllo uno dei punti qui sotto.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 · %2 to %3</source>
        <translation>%1 · dal %2 al %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (this week)</source>
        <translation> (questa settimana)</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n more…</source>
        <translation>
            <numerusform>ancora %n…</numerusform>
            <numerusform>ancora %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Track this</source>
        <translation>Da misurare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points where the analysis suggests counting; one click adds the metric</source>
        <translation>Punti dove l'analisi consiglia di contare; basta un clic per aggiungere l'indicatore</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Now tracking “%1”; set its target in the Properties panel.</source>
        <translation>Ora tieni sotto controllo “%1”: imposta il suo obiettivo nel pannello Proprietà.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Numbers as CSV (for a spreadsheet)…</source>
        <translation>Numeri in CSV (per un foglio di calcolo)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scorecard as PDF…</source>
        <translation>Tabella dei numeri in PDF…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scorecard as PNG…</source>
        <translation>Tabella dei numeri in PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scorecard as HTML…</source>
        <translation>Tabella dei numeri in HTML…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scorecard as Markdown…</source>
        <translation>Tabella dei numeri in Markdown…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scorecard as CSV…</source>
        <translation>Tabella dei numeri in CSV…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blank sheet for this week's numbers (PDF)…</source>
        <translation>Foglio vuoto per i numeri di questa settimana (PDF)…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Export the numbers as CSV</source>
        <translation>Esporta i numeri in CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export the scorecard</source>
        <translation>Esporta la tabella dei numeri</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Blank sheet for this week's numbers</source>
        <translation>Foglio vuoto per i numeri di questa settimana</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Could not export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wrote %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import numbers from a CSV</source>
        <translation>Importa i numeri da un CSV</translation>
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
        <translation>Non è stato importato niente</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Imported %n week(s) of numbers</source>
        <translation>
            <numerusform>Importata %n settimana di numeri</numerusform>
            <numerusform>Importate %n settimane di numeri</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>unknown file type; use .pdf, .png, .html, .md or .csv</source>
        <translation>tipo di file sconosciuto; usa .pdf, .png, .html, .md o .csv</translation>
    </message>
</context>
<context>
    <name>SharedFileGuard</name>
    <message>
        <location filename="../../mapper/ui/changed_banner.py" line="+113" />
        <source> (read-only)</source>
        <translation> (sola lettura)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>“{name}” changed on disk but cannot be read yet: {error}</source>
        <translation>“{name}” è cambiato sul disco ma non si può ancora leggere: {error}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reload from Disk</source>
        <translation>Ricarica dal disco</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reloaded “{name}”: it was changed on disk. Undo brings back the version before.</source>
        <translation>Ricaricato “{name}”: era cambiato sul disco. Annulla riporta la versione precedente.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../mapper/ui/shortcuts_dialog.py" line="+78" />
        <source>Keyboard shortcuts — mapper</source>
        <translation>Scorciatoie da tastiera — mapper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search shortcuts</source>
        <translation>Cerca scorciatoie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it does</source>
        <translation>Cosa fa</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="-29" />
        <source>Know</source>
        <translation>Conoscenza</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Like</source>
        <translation>Gradimento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try</source>
        <translation>Prova</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buy</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat</source>
        <translation>Riacquisto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refer</source>
        <translation>Passaparola</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../mapper/ui/start_dialog.py" line="+120" />
        <source>Start a map — mapper</source>
        <translation>Inizia una mappa — mapper</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Map your most profitable system</source>
        <translation>Mappa il tuo sistema più redditizio</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start from a blank page or from a system other owners run, then make it yours.</source>
        <translation>Parti da una pagina bianca o da un sistema che usano altri imprenditori, poi fallo tuo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map your most profitable system: its start, its stop, the tasks between…</source>
        <translation>Mappa il tuo sistema più redditizio: dove inizia, dove finisce, i compiti nel mezzo…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer four questions; mapper draws the chain for you</source>
        <translation>Rispondi a quattro domande: mapper disegna la catena per te</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Blank map</source>
        <translation>Mappa vuota</translation>
    </message>
    <message>
        <location line="+0" />
        <source>An empty canvas: draw your system step by step.</source>
        <translation>Una tela vuota: disegna il tuo sistema passo dopo passo.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Recent maps</source>
        <translation>Mappe recenti</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Maps you open appear here.</source>
        <translation>Qui vedrai le tue mappe.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open a map…</source>
        <translation>Apri una mappa…</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+113" />
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location line="-109" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../mapper/ui/properties/step_page.py" line="+21" />
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happens here?</source>
        <translation>Cosa succede qui?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No stage</source>
        <translation>Nessuna fase</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hourglass stage</source>
        <translation>Fase della clessidra</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who is accountable? (role or person)</source>
        <translation>Chi ne risponde? (ruolo o persona)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A successful outcome (a goal)</source>
        <translation>Un risultato riuscito (un obiettivo)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outcome</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 1200</source>
        <translation>es. 1200</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value of this outcome</source>
        <translation>Valore di questo risultato</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Critical and automation</source>
        <translation>Critico e automazione</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Critical step</source>
        <translation>Passo critico</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Automate</source>
        <translation>Automatizza</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Metric</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+97" />
        <source>e.g. Consultations booked</source>
        <translation>es. Consulenze prenotate</translation>
    </message>
    <message>
        <location line="-96" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per week</source>
        <translation>a settimana</translation>
    </message>
    <message>
        <location line="+1" />
        <source>target</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit and weekly target</source>
        <translation>Unità e obiettivo settimanale</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the step's owner</source>
        <translation>il responsabile del passo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who answers for it</source>
        <translation>Chi ne risponde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How is it done? What to watch out for?</source>
        <translation>Come si fa? A cosa fare attenzione?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+0" />
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+31" />
        <source>cost</source>
        <translation>costo</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Duration (min) and cost</source>
        <translation>Durata (min) e costo</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{0} (the step's owner)</source>
        <translation>{0} (il responsabile del passo)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. 1200 {0}</source>
        <translation>es. 1200 {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cost in {0}</source>
        <translation>costo in {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Money in {0}</source>
        <translation>Importo in {0}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>mapper will decide once it has checked the map.</source>
        <translation>mapper deciderà dopo aver controllato la mappa.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>mapper: not critical</source>
        <translation>mapper: non critico</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: critical — {0}</source>
        <translation>mapper: critico — {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: critical</source>
        <translation>mapper: critico</translation>
    </message>
    <message>
        <location line="+3" />
        <source>mapper: not a candidate</source>
        <translation>mapper: non candidato</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: a candidate (score {0}) — {1}</source>
        <translation>mapper: candidato (punteggio {0}) — {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: a candidate (score {0})</source>
        <translation>mapper: candidato (punteggio {0})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your decision (mapper's is ignored).</source>
        <translation>Decidi tu (la scelta di mapper viene ignorata).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>mapper suggests counting “{0}” here — {1}</source>
        <translation>mapper suggerisce di contare “{0}” qui — {1}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
</context>
<context>
    <name>StepPicker</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="-30" />
        <source>Linked steps</source>
        <translation>Passi collegati</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="+84" />
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Let mapper decide</source>
        <translation>Lascia decidere a mapper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Never</source>
        <translation>Mai</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../../mapper/analysis/measured.py" line="+234" />
        <location line="+176" />
        <source>there is no arrow "{id}"</source>
        <extracomment>The window when nobody says otherwise: a quarter of weeks. Measured sums closer to 1 than this count as 1 (the probabilities rule's tolerance). True when a what-if was asked for (then ``baseline`` is the funnel before it, or None).</extracomment>
        <translation>non c'è nessuna freccia "{id}"</translation>
    </message>
    <message>
        <location line="-174" />
        <source>arrow "{id}" is the only way out of its step: there is nothing to share</source>
        <translation>la freccia "{id}" è l'unica uscita dal suo passo: non c'è niente da ripartire</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the probability of arrow "{id}" must be a number from 0 to 1, not {value}</source>
        <translation>la probabilità della freccia "{id}" deve essere un numero da 0 a 1, non {value}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the probabilities set on the arrows out of "{step}" add up to {total}, more than 100%</source>
        <translation>le probabilità date alle frecce in uscita da "{step}" sommano a {total}, più del 100%</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the probabilities set on every arrow out of "{step}" add up to {total}, not 100%</source>
        <translation>le probabilità date a tutte le frecce in uscita da "{step}" sommano a {total}, non al 100%</translation>
    </message>
    <message>
        <location line="+162" />
        <location line="+2" />
        <source>Change Probability</source>
        <translation>Modifica probabilità</translation>
    </message>
</context>
<context>
    <name>_StepRow</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="-48" />
        <source>Show me</source>
        <translation>Mostrami</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../mapper/cli/argparse_words.py" line="+32" />
        <source>usage: </source>
        <extracomment>Before the usage line; the usage follows on the same line.</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+2" />
        <source>positional arguments</source>
        <extracomment>A heading of the help; argparse writes ":" right after it (French: end it with a no-break space).</extracomment>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <location line="+2" />
        <source>options</source>
        <extracomment>A heading of the help; argparse writes ":" right after it (French: end it with a no-break space).</extracomment>
        <translation>opzioni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>optional arguments</source>
        <translation>argomenti opzionali</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show this help message and exit</source>
        <translation>mostra questo messaggio di aiuto ed esci</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%(prog)s: error: %(message)s
</source>
        <extracomment>Keep "%(prog)s: " as it is: every error line of mapper starts with "mapper: ".</extracomment>
        <translation>%(prog)s: errore: %(message)s
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the following arguments are required: %s</source>
        <translation>mancano questi argomenti obbligatori: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invalid %(type)s value: %(value)r</source>
        <extracomment>%(type)s is Python's name for the type: int, float.</extracomment>
        <translation>valore %(type)s non valido: %(value)r</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s potrebbe essere %(matches)s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ignored explicit argument %r</source>
        <extracomment>An option that takes no value was given one: --json=yes.</extracomment>
        <translation>argomento esplicito %r ignorato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected one argument</source>
        <translation>serve un argomento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at most one argument</source>
        <translation>serve al massimo un argomento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at least one argument</source>
        <translation>serve almeno un argomento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s argument</source>
        <translation>serve %s argomento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s arguments</source>
        <translation>servono %s argomenti</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../mapper/ui/messages.py" line="+15" />
        <source>mapper maps</source>
        <translation>Mappe di mapper</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Diagrams</source>
        <translation>Diagrammi</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do you want to save the changes you made to “{name}”?</source>
        <translation>Vuoi salvare le modifiche fatte a “{name}”?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your changes will be lost if you don't save them.</source>
        <translation>Se non le salvi, le modifiche andranno perse.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Recover unsaved work</source>
        <translation>Recupera il lavoro non salvato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mapper closed before “{title}” was saved.</source>
        <translation>mapper si è chiuso prima che “{title}” fosse salvato.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Do you want to recover the unsaved changes (last kept {day} at {time})? Discarding deletes them for good.</source>
        <translation>Vuoi recuperare le modifiche non salvate (ultima copia {day} alle {time})? Se le scarti, vengono eliminate per sempre.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Do you want to recover the unsaved changes? Discarding deletes them for good.</source>
        <translation>Vuoi recuperare le modifiche non salvate? Se le scarti, vengono eliminate per sempre.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recover</source>
        <translation>Recupera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location line="+16" />
        <source>… and {n} more</source>
        <translation>… e altri {n}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose a page</source>
        <translation>Scegli una pagina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” has {n} pages. Which one do you want to import?</source>
        <translation>“{name}” ha {n} pagine. Quale vuoi importare?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Map in use</source>
        <translation>Mappa in uso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” is open by {user} on {host} since {since}.</source>
        <translation>“{name}” è aperto da {user} su {host} dal {since}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open it read-only to look without changing their work (Save then asks for a new name), or open it anyway if you are sure they are not editing it.</source>
        <translation>Aprilo in sola lettura per guardarlo senza toccare il loro lavoro (Salva ti chiederà un nuovo nome), oppure aprilo comunque se sei sicuro che non lo stiano modificando.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open Read-Only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open Anyway</source>
        <translation>Apri comunque</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Map changed on disk</source>
        <translation>Mappa cambiata sul disco</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was changed by someone else since you opened it.</source>
        <translation>“{name}” è stato modificato da qualcun altro dopo che l’hai aperto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saving here replaces their version with yours, and their changes are lost. Save yours under another name to keep both.</source>
        <translation>Salvando qui la tua versione sostituisce la loro, e le loro modifiche vanno perse. Salva la tua con un altro nome per tenerle entrambe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save Mine As…</source>
        <translation>Salva la mia con nome…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace Theirs</source>
        <translation>Sostituisci la loro</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The map changed since</source>
        <translation>La mappa è cambiata da allora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was changed on disk after mapper stopped.</source>
        <translation>“{name}” è stato modificato sul disco dopo che mapper si è fermato.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your recovered work opens as a new, unsaved map, and the newer file opens in its own window, so you can compare them. Nothing was written over the file.</source>
        <translation>Il lavoro recuperato si apre come una nuova mappa non salvata, e il file più recente si apre in una finestra a parte, così puoi confrontarli. Il file non è stato sovrascritto.</translation>
    </message>
</context>
</TS>