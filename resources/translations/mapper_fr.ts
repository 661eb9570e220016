<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="+101"/>
        <source>All seven steps are done. Keep reviewing the numbers every week.</source>
        <translation>Les sept étapes sont faites. Continuez à revoir les chiffres chaque semaine.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of 7 steps of the method done. Next: step %1.</source>
        <translation>
            <numerusform>%n étape sur 7 de la méthode faite. Suivante&#xa0;: étape %1.</numerusform>
            <numerusform>%n étapes sur 7 de la méthode faites. Suivante&#xa0;: étape %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../mapper/ui/language.py" line="+68"/>
        <source>&amp;Language</source>
        <extracomment>The settings key; &quot;&quot; (or absent) follows the system.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapper will speak {language} the next time it starts. Your open map stays open as it is; nothing is lost.</source>
        <translation>mapper parlera {language} au prochain démarrage. La carte ouverte reste ouverte telle quelle&#xa0;; rien n&apos;est perdu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+291"/>
        <source>&amp;File</source>
        <extracomment>Edits settle this long before the journal is written. The zoom below which the canvas hides step texts is 0.4; open maps a little above it. File &gt; Open shows maps and diagrams together first: a draw.io file is one click away. Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Badges</source>
        <translation>&amp;Pastilles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Your system</source>
        <translation>Votre système</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That view is not available in this version.</source>
        <translation>Cette vue n&apos;est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../mapper/analysis/report.py" line="+63"/>
        <source>Errors (fix these: the flow does not work as drawn)</source>
        <extracomment>How many entries of each long section the text report shows (--json has all).</extracomment>
        <translation>Erreurs (à corriger&#xa0;: le flux ne fonctionne pas tel qu&apos;il est dessiné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (worth fixing: the map is unclear)</source>
        <translation>Avertissements (à corriger de préférence&#xa0;: la carte n&apos;est pas claire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (tidy-ups)</source>
        <translation>Remarques (retouches)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} step</source>
        <translation>{n} étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} steps</source>
        <translation>{n} étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} arrow</source>
        <translation>{n} flèche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} arrows</source>
        <translation>{n} flèches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} error</source>
        <translation>{n} erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} warning</source>
        <translation>{n} avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} note</source>
        <translation>{n} remarque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} notes</source>
        <translation>{n} remarques</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No problems found: the flow is complete.</source>
        <translation>Aucun problème&#xa0;: le flux est complet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: {errors}, {warnings}, {notes}</source>
        <translation>Problèmes&#xa0;: {errors}, {warnings}, {notes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Critical steps (every customer depends on these: give each a checklist and an owner)</source>
        <translation>Étapes critiques (chaque client en dépend&#xa0;: donnez à chacune une checklist et un responsable)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could be automated (best first)</source>
        <translation>Automatisables (les plus adaptées d&apos;abord)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where to measure (count these every week)</source>
        <translation>Où mesurer (comptez ces chiffres chaque semaine)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Value per person who enters: {value}</source>
        <translation>Valeur par personne qui entre&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../mapper/analysis/rules.py" line="+72"/>
        <source>The map has no start. Add a start/end point (pill shape) such as &quot;New enquiry&quot; and draw an arrow from it to the first step, so it is clear where the system begins.</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step&apos;s branch probabilities may be from summing to 1.</extracomment>
        <translation>La carte n&apos;a pas de début. Ajoutez un point de début/fin (en forme de pilule) comme «&#xa0;Nouvelle demande&#xa0;» et tracez une flèche de ce point vers la première étape, pour qu&apos;on voie où le système commence.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The map has no end. Add a start/end point (pill shape) such as &quot;New client&quot; and draw an arrow into it from the last step, so it is clear where the system stops.</source>
        <translation>La carte n&apos;a pas de fin. Ajoutez un point de début/fin (en forme de pilule) comme «&#xa0;Nouveau client&#xa0;» et tracez une flèche de la dernière étape vers ce point, pour qu&apos;on voie où le système s&apos;arrête.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{step} is a start/end point but has arrows both in and out. Make it an activity, or split it into an end and a separate start.</source>
        <translation>{step} est un point de début/fin mais des flèches y entrent et en sortent. Faites-en une activité, ou séparez-le en une fin et un nouveau début.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{step} is not connected to anything. Draw arrows to and from it, or delete it if it is not part of the system.</source>
        <translation>{step} n&apos;est relié à rien. Tracez des flèches vers cette étape et depuis elle, ou supprimez-la si elle ne fait pas partie du système.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No start leads to {step}, so it never happens. Draw an arrow into it from the step that comes before it, or delete it.</source>
        <translation>Aucun début ne mène à {step}&#xa0;: cette étape n&apos;a donc jamais lieu. Tracez une flèche vers elle depuis l&apos;étape qui la précède, ou supprimez-la.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The decision {step} has only one way out. Add a second arrow (for example &quot;No&quot;) or make it an activity.</source>
        <translation>La décision {step} n&apos;a qu&apos;une seule sortie. Ajoutez une deuxième flèche (par exemple «&#xa0;Non&#xa0;») ou faites-en une activité.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+17"/>
        <source>Know</source>
        <translation>Connaître</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like</source>
        <translation>Aimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Faire confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Racheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer</source>
        <translation>Recommander</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../mapper/ui/start_dialog.py" line="+111"/>
        <source>Start a map — mapper</source>
        <translation>Commencer une carte — mapper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map your most profitable system</source>
        <translation>Cartographiez votre système le plus rentable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a blank page or from a system other owners run, then make it yours.</source>
        <translation>Partez d&apos;une page blanche ou d&apos;un système que d&apos;autres dirigeants utilisent, puis faites-le vôtre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blank map</source>
        <translation>Carte vierge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An empty canvas: draw your system step by step.</source>
        <translation>Une toile vierge&#xa0;: dessinez votre système étape par étape.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recent maps</source>
        <translation>Cartes récentes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Maps you open appear here.</source>
        <translation>Ici, vos cartes ouvertes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a map…</source>
        <translation>Ouvrir une carte…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>_StepRow</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="-48"/>
        <source>Show me</source>
        <translation>Montrez-moi</translation>
    </message>
</context>
</TS>
