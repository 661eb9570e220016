<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
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
        <location filename="../../mapper/ui/language.py" line="+68"/>
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
        <location filename="../../mapper/ui/main_window.py" line="+291"/>
        <source>&amp;File</source>
        <extracomment>Edits settle this long before the journal is written. The zoom below which the canvas hides step texts is 0.4; open maps a little above it. File &gt; Open shows maps and diagrams together first: a draw.io file is one click away. Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
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
        <location line="+8"/>
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
        <location line="+2"/>
        <source>&amp;Panels</source>
        <translation>&amp;Pannelli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Disponi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Your system</source>
        <translation>Il tuo sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That view is not available in this version.</source>
        <translation>Questa vista non è disponibile in questa versione.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../mapper/analysis/report.py" line="+63"/>
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
        <location line="+7"/>
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
        <source>{n} note</source>
        <translation>{n} nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} notes</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+8"/>
        <source>Could be automated (best first)</source>
        <translation>Automatizzabili (prima i più adatti)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where to measure (count these every week)</source>
        <translation>Dove misurare (conta questi numeri ogni settimana)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Value per person who enters: {value}</source>
        <translation>Valore per ogni persona che entra: {value}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../mapper/analysis/rules.py" line="+72"/>
        <source>The map has no start. Add a start/end point (pill shape) such as &quot;New enquiry&quot; and draw an arrow from it to the first step, so it is clear where the system begins.</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step&apos;s branch probabilities may be from summing to 1.</extracomment>
        <translation>La mappa non ha un inizio. Aggiungi un punto di inizio/fine (a forma di pillola) come &quot;Nuova richiesta&quot; e traccia una freccia da lì al primo passo, così è chiaro dove comincia il sistema.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The map has no end. Add a start/end point (pill shape) such as &quot;New client&quot; and draw an arrow into it from the last step, so it is clear where the system stops.</source>
        <translation>La mappa non ha una fine. Aggiungi un punto di inizio/fine (a forma di pillola) come &quot;Nuovo cliente&quot; e traccia una freccia verso di esso dall&apos;ultimo passo, così è chiaro dove finisce il sistema.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+36"/>
        <source>The decision {step} has only one way out. Add a second arrow (for example &quot;No&quot;) or make it an activity.</source>
        <translation>La decisione {step} ha una sola uscita. Aggiungi una seconda freccia (per esempio &quot;No&quot;) oppure trasformala in un&apos;attività.</translation>
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
        <location filename="../../mapper/ui/start_dialog.py" line="+111"/>
        <source>Start a map — mapper</source>
        <translation>Inizia una mappa — mapper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map your most profitable system</source>
        <translation>Mappa il tuo sistema più redditizio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a blank page or from a system other owners run, then make it yours.</source>
        <translation>Parti da una pagina bianca o da un sistema che usano altri imprenditori, poi fallo tuo.</translation>
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
        <location line="+15"/>
        <source>Recent maps</source>
        <translation>Mappe recenti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Maps you open appear here.</source>
        <translation>Qui vedrai le tue mappe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a map…</source>
        <translation>Apri una mappa…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
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
</TS>
