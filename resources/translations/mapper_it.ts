<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT" sourcelanguage="en">
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
    <name>Canvas</name>
    <message>
        <location filename="../../mapper/ui/canvas/view.py" line="+686" />
        <source>Select one step to connect from, then choose where it leads.</source>
        <extracomment>Mime type of a shape dragged from the palette (its data is the kind). Mime type of copied steps and arrows: a mapper JSON fragment. Space between a step and the next one quick-add creates. Room kept between a pasted or duplicated shape and the shapes already there. Below this zoom a big map is shown as one cached overview picture. The grid is drawn only when its dots are at least this far apart on screen. Air kept between an overlay (the legend card) and the steps fit to window shows. A short message for the status bar (e.g. why an edit was refused).</extracomment>
        <translation>Seleziona un passo da cui partire, poi scegli dove porta.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Notes take no part in the flow, so arrows cannot touch them.</source>
        <translation>Le note non fanno parte del flusso, quindi le frecce non possono toccarle.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect</source>
        <translation>Collega</translation>
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
        <location filename="../../mapper/ui/printing.py" line="+174" />
        <source>Owner's edition</source>
        <extracomment>The smallest print preview: wide enough for its whole toolbar, tall enough for a page.</extracomment>
        <translation>Edizione del titolare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>Aggiungi ciò che alla squadra non serve: suggerimenti di automazione, perché i passi sono critici, a che punto sei del metodo</translation>
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
        <location line="+1" />
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../mapper/ui/export_dialog.py" line="+99" />
        <source>The map's title above it</source>
        <translation>Il titolo della mappa in alto</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <location filename="../../mapper/ui/funnel_panel.py" line="+114" />
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
        <source>On the measured probabilities: {0:.1f} goal outcomes per 100, {1} per entrant.</source>
        <translation>Con le probabilità misurate: {0:.1f} arrivi all'obiettivo ogni 100, {1} per persona che entra.</translation>
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
        <translation>L'imbuto non c'è ancora: dai una probabilità a ogni ramo di ogni decisione e correggi gli errori in Findings.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Goal outcomes per 100 entrants:&lt;/b&gt; {0} → {1}{2}</source>
        <translation>&lt;b&gt;Arrivi all'obiettivo ogni 100 persone che entrano:&lt;/b&gt; {0} → {1}{2}</translation>
    </message>
    <message>
        <location line="+3" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+301" />
        <source>&amp;File</source>
        <extracomment>Edits settle this long before the journal is written. File &gt; Open shows maps and diagrams together first: a draw.io file is one click away. Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
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
        <location line="+67" />
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
        <location line="+382" />
        <source>Imported {name}: {counts}</source>
        <translation>Importato {name}: {counts}</translation>
    </message>
</context>
<context>
    <name>MoveGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="+124" />
        <source>Move to lane {0}</source>
        <extracomment>Pixels the mouse must travel before a press becomes a drag.</extracomment>
        <translation>Sposta nella corsia {0}</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../mapper/ui/properties_panel.py" line="+669" />
        <source>e.g. 1200 {0}</source>
        <extracomment>The checklist box grows with its items up to this many rows.</extracomment>
        <translation>es. 1200 {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cost in {0}</source>
        <translation>costo in {0}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>cost</source>
        <translation>costo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Money in {0}</source>
        <translation>Importo in {0}</translation>
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
        <location line="+26" />
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
        <location line="+8" />
        <source>Could be automated (best first)</source>
        <translation>Automatizzabili (prima i più adatti)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Where to measure (count these every week)</source>
        <translation>Dove misurare (conta questi numeri ogni settimana)</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Value per person who enters: {value}</source>
        <translation>Valore per ogni persona che entra: {value}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+188" />
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
        <translation>Registrato</translation>
    </message>
    <message>
        <location line="+70" />
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
        <location line="+1" />
        <source>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2:.2f} goal outcomes per 100 entrants per point moved from its worst branch to its best</source>
        <translation>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2:.2f} arrivi all'obiettivo ogni 100 persone che entrano per ogni punto spostato dal ramo peggiore al migliore</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>L'imbuto non c'è ancora: dai delle probabilità ai rami o registra i loro numeri.</translation>
    </message>
    <message>
        <location line="+9" />
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
        <location filename="../../mapper/analysis/rules.py" line="+89" />
        <source>The map has no start. Add a start/end point (pill shape) such as "New enquiry" and draw an arrow from it to the first step, so it is clear where the system begins.</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step's branch probabilities may be from summing to 1. A map with fewer flow steps than this is still being started: its missing start or end is a hint (severity info), not an error, while the owner types.</extracomment>
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
        <location line="+36" />
        <source>The decision {step} has only one way out. Add a second arrow (for example "No") or make it an activity.</source>
        <translation>La decisione {step} ha una sola uscita. Aggiungi una seconda freccia (per esempio "No") oppure trasformala in un'attività.</translation>
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
        <translation>Nessun obiettivo ancora: impostalo nel pannello Properties</translation>
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
        <location line="+26" />
        <source>Not recorded: %1</source>
        <translation>Non registrato: %1</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location line="+362" />
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
    <message numerus="yes">
        <location line="+116" />
        <source>and %n more (✗ in the grid)</source>
        <translation><numerusform>e ancora %n (✗ nella griglia)</numerusform><numerusform>e ancora %n (✗ nella griglia)</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;To discuss&lt;/b&gt;: nothing is off track in %1.</source>
        <translation>&lt;b&gt;Da discutere&lt;/b&gt;: nella settimana %1 è tutto in linea.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No step has a metric yet. Give the critical steps a metric (with a target) in the Properties panel, or track one of the points below.</source>
        <translation>Nessun passo ha ancora un indicatore. Dai un indicatore (con un obiettivo) ai passi critici nel pannello Properties, oppure tieni sotto controllo uno dei punti qui sotto.</translation>
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
        <translation><numerusform>ancora %n…</numerusform><numerusform>ancora %n…</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Points where the analysis suggests counting; one click adds the metric</source>
        <translation>Punti dove l'analisi consiglia di contare; basta un clic per aggiungere l'indicatore</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Now tracking “%1”; set its target in the Properties panel.</source>
        <translation>Ora tieni sotto controllo “%1”: imposta il suo obiettivo nel pannello Properties.</translation>
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
        <translation><numerusform>Importata %n settimana di numeri</numerusform><numerusform>Importate %n settimane di numeri</numerusform></translation>
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
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+17" />
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
    <name>StepPicker</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="-438" />
        <source>Linked steps</source>
        <translation>Passi collegati</translation>
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
    <name>self.view</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+70" />
        <source>Double-click to choose the steps</source>
        <translation>Fai doppio clic per scegliere i passi</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location line="-40" />
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
        <location line="+0" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add priority</source>
        <translation>Aggiungi priorità</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None set yet.</source>
        <translation>Nessuna impostata finora.</translation>
    </message>
</context>
</TS>