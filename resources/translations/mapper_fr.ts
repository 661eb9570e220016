<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
        <translation>Vérification de la carte avant l'export…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../mapper/ui/canvas/view.py" line="+686" />
        <source>Select one step to connect from, then choose where it leads.</source>
        <extracomment>Mime type of a shape dragged from the palette (its data is the kind). Mime type of copied steps and arrows: a mapper JSON fragment. Space between a step and the next one quick-add creates. Room kept between a pasted or duplicated shape and the shapes already there. Below this zoom a big map is shown as one cached overview picture. The grid is drawn only when its dots are at least this far apart on screen. Air kept between an overlay (the legend card) and the steps fit to window shows. A short message for the status bar (e.g. why an edit was refused).</extracomment>
        <translation>Sélectionnez une étape de départ, puis choisissez où elle mène.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Notes take no part in the flow, so arrows cannot touch them.</source>
        <translation>Les notes ne font pas partie du flux : les flèches ne peuvent pas s'y relier.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <location filename="../../mapper/ui/changed_banner.py" line="+47" />
        <source>Reload Theirs</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Mine As…</source>
        <translation>Enregistrer la mienne sous…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“{name}” was changed on disk by someone else, and you have changes here that are not saved.</source>
        <translation>« {name} » a été modifié sur le disque par quelqu'un d'autre, et vous avez ici des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{name}” was deleted or moved on disk. Your map is still open here; save it to keep it.</source>
        <translation>« {name} » a été supprimé ou déplacé sur le disque. Votre carte reste ouverte ici : enregistrez-la pour la conserver.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../mapper/ui/printing.py" line="+174" />
        <source>Owner's edition</source>
        <extracomment>The smallest print preview: wide enough for its whole toolbar, tall enough for a page.</extracomment>
        <translation>Version du dirigeant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>Ajouter ce dont l'équipe n'a pas besoin : pistes d'automatisation, pourquoi les étapes sont critiques, où vous en êtes dans la méthode</translation>
    </message>
</context>
<context>
    <name>Counting</name>
    <message>
        <location filename="../../mapper/model/counting.py" line="+25" />
        <source>{n} step</source>
        <translation>{n} étape</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} steps</source>
        <translation>{n} étapes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} arrow</source>
        <translation>{n} flèche</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} arrows</source>
        <translation>{n} flèches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} note</source>
        <translation>{n} remarque</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} notes</source>
        <translation>{n} remarques</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} error</source>
        <translation>{n} erreur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} warning</source>
        <translation>{n} avertissement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} start/end point</source>
        <translation>{n} point de début/fin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} start/end points</source>
        <translation>{n} points de début/fin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} activity</source>
        <translation>{n} activité</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} activities</source>
        <translation>{n} activités</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} decision</source>
        <translation>{n} décision</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} decisions</source>
        <translation>{n} décisions</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mapper/ui/export_dialog.py" line="+99" />
        <source>The map's title above it</source>
        <translation>Le titre de la carte au-dessus</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <location filename="../../mapper/ui/funnel_panel.py" line="+114" />
        <source>Measure over the last</source>
        <extracomment>Slider positions per 100%: tenths of a percent.</extracomment>
        <translation>Mesurer sur les</translation>
    </message>
    <message>
        <location line="+4" />
        <source> weeks</source>
        <translation> dernières semaines</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2" />
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The ISO code of the money on this map (EUR, USD, GBP...)</source>
        <translation>Le code ISO de la monnaie utilisée sur cette carte (EUR, USD, GBP…)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>per 100 entrants</source>
        <translation>pour 100 entrants</translation>
    </message>
    <message>
        <location line="+4" />
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use measured</source>
        <translation>Utiliser les mesures</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the measured probabilities into the map (one undo step)</source>
        <translation>Inscrire les probabilités mesurées sur la carte (une seule annulation)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the what-if into the map (one undo step)</source>
        <translation>Inscrire la simulation sur la carte (une seule annulation)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the probabilities on the map</source>
        <translation>Revenir aux probabilités de la carte</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Measured over {0} to {1}: {2} of {3} weeks have numbers.</source>
        <translation>Mesuré du {0} au {1} : {2} semaines sur {3} ont des chiffres.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No numbers logged yet: the funnel uses the probabilities on the map. Log counts per week to measure them.</source>
        <translation>Aucun chiffre saisi pour l'instant : l'entonnoir utilise les probabilités de la carte. Saisissez des comptages chaque semaine pour les mesurer.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>On the measured probabilities: {0:.1f} goal outcomes per 100, {1} per entrant.</source>
        <translation>Avec les probabilités mesurées : {0:.1f} résultats visés pour 100, {1} par entrant.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Guessed</source>
        <translation>Estimée</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Measured</source>
        <translation>Mesurée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What if</source>
        <translation>Et si</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+13" />
        <source>Measured over {0} to {1}</source>
        <translation>Mesuré du {0} au {1}</translation>
    </message>
    <message>
        <location line="-4" />
        <source>No decision on this map yet: add one with two or more branches to see what changing it would bring.</source>
        <translation>Aucune décision sur cette carte pour l'instant : ajoutez-en une avec au moins deux branches pour voir ce qu'un changement apporterait.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No funnel yet: give every branch of every decision a probability and fix the errors in Findings.</source>
        <translation>Pas encore d'entonnoir : donnez une probabilité à chaque branche de chaque décision et corrigez les erreurs dans Constats.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Goal outcomes per 100 entrants:&lt;/b&gt; {0} → {1}{2}</source>
        <translation>&lt;b&gt;Résultats visés pour 100 entrants :&lt;/b&gt; {0} → {1}{2}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Value per entrant:&lt;/b&gt; {0} → {1}{2}</source>
        <translation>&lt;b&gt;Valeur par entrant :&lt;/b&gt; {0} → {1}{2}</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Use Measured Probabilities</source>
        <translation>Utiliser les probabilités mesurées</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep What-if</source>
        <translation>Garder la simulation</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A currency is a three-letter ISO code such as EUR, USD or GBP.</source>
        <translation>Une devise est un code ISO de trois lettres, comme EUR, USD ou GBP.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="+101" />
        <source>All seven steps are done. Keep reviewing the numbers every week.</source>
        <translation>Les sept étapes sont faites. Continuez à revoir les chiffres chaque semaine.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of 7 steps of the method done. Next: step %1.</source>
        <translation>
            <numerusform>%n étape sur 7 de la méthode faite. Suivante : étape %1.</numerusform>
            <numerusform>%n étapes sur 7 de la méthode faites. Suivante : étape %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../mapper/ui/language.py" line="+53" />
        <source>&amp;Language</source>
        <extracomment>The settings key; "" (or absent) follows the system.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+4" />
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mapper will speak {language} the next time it starts. Your open map stays open as it is; nothing is lost.</source>
        <translation>mapper parlera {language} au prochain démarrage. La carte ouverte reste ouverte telle quelle ; rien n'est perdu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+301" />
        <source>&amp;File</source>
        <extracomment>Edits settle this long before the journal is written. File &gt; Open shows maps and diagrams together first: a draw.io file is one click away. Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Add Step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Badges</source>
        <translation>&amp;Pastilles</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Arrange</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Lanes</source>
        <translation>&amp;Couloirs</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Your system</source>
        <translation>Votre système</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quarterly Review…</source>
        <translation>Revue &amp;trimestrielle…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Weekly review</source>
        <translation>Revue hebdomadaire</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Weekly Review</source>
        <translation>Revue &amp;hebdomadaire</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Accountability Chart</source>
        <translation>Organigramme des &amp;responsabilités</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who answers for each step, metric and priority</source>
        <translation>Qui répond de chaque étape, indicateur et priorité</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;No Lanes</source>
        <translation>&amp;Sans couloirs</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By &amp;Owner</source>
        <translation>Par &amp;responsable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By &amp;Stage</source>
        <translation>Par &amp;phase</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Accountability</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Lanes by Owner</source>
        <translation>Couloirs par responsable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lanes by Stage</source>
        <translation>Couloirs par phase</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No Lanes</source>
        <translation>Sans couloirs</translation>
    </message>
    <message>
        <location line="+10" />
        <source>That view is not available in this version.</source>
        <translation>Cette vue n'est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+382" />
        <source>Imported {name}: {counts}</source>
        <translation>{name} importé : {counts}</translation>
    </message>
</context>
<context>
    <name>MoveGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="+124" />
        <source>Move to lane {0}</source>
        <extracomment>Pixels the mouse must travel before a press becomes a drag.</extracomment>
        <translation>Déplacer vers le couloir {0}</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../mapper/ui/properties_panel.py" line="+669" />
        <source>e.g. 1200 {0}</source>
        <extracomment>The checklist box grows with its items up to this many rows.</extracomment>
        <translation>ex. 1200 {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cost in {0}</source>
        <translation>coût en {0}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Money in {0}</source>
        <translation>Montant en {0}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../mapper/analysis/report.py" line="+65" />
        <source>Errors (fix these: the flow does not work as drawn)</source>
        <extracomment>How many entries of each long section the text report shows (--json has all).</extracomment>
        <translation>Erreurs (à corriger : le flux ne fonctionne pas tel qu'il est dessiné)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings (worth fixing: the map is unclear)</source>
        <translation>Avertissements (à corriger de préférence : la carte n'est pas claire)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes (tidy-ups)</source>
        <translation>Remarques (retouches)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No problems found: the flow is complete.</source>
        <translation>Aucun problème : le flux est complet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problems: {errors}, {warnings}, {notes}</source>
        <translation>Problèmes : {errors}, {warnings}, {notes}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Critical steps (every customer depends on these: give each a checklist and an owner)</source>
        <translation>Étapes critiques (chaque client en dépend : donnez à chacune une checklist et un responsable)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Could be automated (best first)</source>
        <translation>Automatisables (les plus adaptées d'abord)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Where to measure (count these every week)</source>
        <translation>Où mesurer (comptez ces chiffres chaque semaine)</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Value per person who enters: {value}</source>
        <translation>Valeur par personne qui entre : {value}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+188" />
        <source>Quarterly review</source>
        <translation>Revue trimestrielle</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Where it leaks</source>
        <translation>Où ça fuit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counted at</source>
        <translation>Compté à</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+25" />
        <source>previous quarter</source>
        <translation>trimestre précédent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this quarter</source>
        <translation>ce trimestre</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>On track</source>
        <translation>Dans l'objectif</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off track</source>
        <translation>Hors objectif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <location line="+70" />
        <source>weeks {0} to {1}, against {2}</source>
        <translation>semaines {0} à {1}, comparées à {2}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The method: {0} of 7 steps done.</source>
        <translation>La méthode : {0} étapes sur 7 faites.</translation>
    </message>
    <message>
        <location line="+1" />
        <source> Next: {0}.</source>
        <translation> Suivante : {0}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Marketing half</source>
        <translation>Moitié marketing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Operating half</source>
        <translation>Moitié opérations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no two consecutive stages with numbers yet.</source>
        <translation>pas encore deux phases consécutives avec des chiffres.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>measured from this quarter's numbers</source>
        <translation>mesuré à partir des chiffres de ce trimestre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from the probabilities on the map</source>
        <translation>à partir des probabilités de la carte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The funnel {0}:</source>
        <translation>L'entonnoir, {0} :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2:.2f} goal outcomes per 100 entrants per point moved from its worst branch to its best</source>
        <translation>{0}. &lt;b&gt;{1}&lt;/b&gt; : +{2:.2f} résultats visés pour 100 entrants par point déplacé de sa pire branche vers sa meilleure</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>Pas encore d'entonnoir : donnez des probabilités aux branches ou saisissez leurs chiffres.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(no step with numbers)</source>
        <translation>(aucune étape avec des chiffres)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>New priority</source>
        <translation>Nouvelle priorité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Priority</source>
        <translation>Ajouter une priorité</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit Priority</source>
        <translation>Modifier la priorité</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove Priority</source>
        <translation>Supprimer la priorité</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Export Quarterly Review</source>
        <translation>Exporter la revue trimestrielle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Page web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Export failed</source>
        <translation>Échec de l'export</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported the review to {0}</source>
        <translation>Revue exportée vers {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Print Quarterly Review</source>
        <translation>Imprimer la revue trimestrielle</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Printing failed</source>
        <translation>Échec de l'impression</translation>
    </message>
</context>
<context>
    <name>RowChart</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="+577" />
        <source>Select a row to see its weeks</source>
        <translation>Sélectionnez une ligne pour voir ses semaines</translation>
    </message>
    <message>
        <location line="+14" />
        <source>goal %1</source>
        <translation>objectif %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../mapper/analysis/rules.py" line="+89" />
        <source>The map has no start. Add a start/end point (pill shape) such as "New enquiry" and draw an arrow from it to the first step, so it is clear where the system begins.</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step's branch probabilities may be from summing to 1. A map with fewer flow steps than this is still being started: its missing start or end is a hint (severity info), not an error, while the owner types.</extracomment>
        <translation>La carte n'a pas de début. Ajoutez un point de début/fin (en forme de pilule) comme « Nouvelle demande » et tracez une flèche de ce point vers la première étape, pour qu'on voie où le système commence.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The map has no end. Add a start/end point (pill shape) such as "New client" and draw an arrow into it from the last step, so it is clear where the system stops.</source>
        <translation>La carte n'a pas de fin. Ajoutez un point de début/fin (en forme de pilule) comme « Nouveau client » et tracez une flèche de la dernière étape vers ce point, pour qu'on voie où le système s'arrête.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{step} is a start/end point but has arrows both in and out. Make it an activity, or split it into an end and a separate start.</source>
        <translation>{step} est un point de début/fin mais des flèches y entrent et en sortent. Faites-en une activité, ou séparez-le en une fin et un nouveau début.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{step} is not connected to anything. Draw arrows to and from it, or delete it if it is not part of the system.</source>
        <translation>{step} n'est relié à rien. Tracez des flèches vers cette étape et depuis elle, ou supprimez-la si elle ne fait pas partie du système.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No start leads to {step}, so it never happens. Draw an arrow into it from the step that comes before it, or delete it.</source>
        <translation>Aucun début ne mène à {step} : cette étape n'a donc jamais lieu. Tracez une flèche vers elle depuis l'étape qui la précède, ou supprimez-la.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The decision {step} has only one way out. Add a second arrow (for example "No") or make it an activity.</source>
        <translation>La décision {step} n'a qu'une seule sortie. Ajoutez une deuxième flèche (par exemple « Non ») ou faites-en une activité.</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="-410" />
        <source>Metric</source>
        <extracomment>"Track this" links shown inline; the rest open from "N more…". Off-track rows named in "To discuss"; the grid marks the rest. The log keys of the edit being applied from the grid (only their rows need recomputing).</extracomment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Week %1, starting Monday %2</source>
        <translation>Semaine %1, à partir du lundi %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>No target yet: set one in the Properties panel</source>
        <translation>Pas encore d'objectif : fixez-en un dans le panneau Propriétés</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How many went this way (counted on arrow %1)</source>
        <translation>Combien sont passés par là (compté sur la flèche %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Click ▸ to count each branch</source>
        <translation>Cliquez sur ▸ pour compter chaque branche</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no number yet</source>
        <translation>pas encore de chiffre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>on track</source>
        <translation>dans l'objectif</translation>
    </message>
    <message>
        <location line="+0" />
        <source>off track</source>
        <translation>hors objectif</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Not recorded: %1</source>
        <translation>Non saisi : %1</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location line="+362" />
        <source>The week before</source>
        <translation>La semaine précédente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The week after</source>
        <translation>La semaine suivante</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The last week shown; the 12 before it are shown too</source>
        <translation>La dernière semaine affichée ; les 12 précédentes sont affichées aussi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the scorecard…</source>
        <translation>Imprimer le tableau de bord…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print a blank sheet for this week's numbers…</source>
        <translation>Imprimer une feuille vierge pour les chiffres de cette semaine…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers from a spreadsheet: a week column, then one column per metric</source>
        <translation>Des chiffres venant d'un tableur : une colonne semaine, puis une colonne par indicateur</translation>
    </message>
    <message numerus="yes">
        <location line="+116" />
        <source>and %n more (✗ in the grid)</source>
        <translation><numerusform>et %n autre (✗ dans la grille)</numerusform><numerusform>et %n autres (✗ dans la grille)</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;To discuss&lt;/b&gt;: nothing is off track in %1.</source>
        <translation>&lt;b&gt;À discuter&lt;/b&gt; : rien n'est hors objectif en %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No step has a metric yet. Give the critical steps a metric (with a target) in the Properties panel, or track one of the points below.</source>
        <translation>Aucune étape n'a encore d'indicateur. Donnez un indicateur (avec un objectif) aux étapes critiques dans le panneau Propriétés, ou suivez l'un des points ci-dessous.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 au %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (this week)</source>
        <translation> (cette semaine)</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n more…</source>
        <translation><numerusform>%n autre…</numerusform><numerusform>%n autres…</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Points where the analysis suggests counting; one click adds the metric</source>
        <translation>Points où l'analyse conseille de compter ; un clic ajoute l'indicateur</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Now tracking “%1”; set its target in the Properties panel.</source>
        <translation>« %1 » est maintenant suivi ; fixez son objectif dans le panneau Propriétés.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Numbers as CSV (for a spreadsheet)…</source>
        <translation>Chiffres en CSV (pour un tableur)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scorecard as PDF…</source>
        <translation>Tableau de bord en PDF…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scorecard as PNG…</source>
        <translation>Tableau de bord en PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scorecard as HTML…</source>
        <translation>Tableau de bord en HTML…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scorecard as Markdown…</source>
        <translation>Tableau de bord en Markdown…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scorecard as CSV…</source>
        <translation>Tableau de bord en CSV…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blank sheet for this week's numbers (PDF)…</source>
        <translation>Feuille vierge pour les chiffres de cette semaine (PDF)…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Export the numbers as CSV</source>
        <translation>Exporter les chiffres en CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export the scorecard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Blank sheet for this week's numbers</source>
        <translation>Feuille vierge pour les chiffres de cette semaine</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Could not export</source>
        <translation>Impossible d'exporter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wrote %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import numbers from a CSV</source>
        <translation>Importer des chiffres depuis un CSV</translation>
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
        <translation>Rien n'a été importé</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Imported %n week(s) of numbers</source>
        <translation><numerusform>%n semaine de chiffres importée</numerusform><numerusform>%n semaines de chiffres importées</numerusform></translation>
    </message>
</context>
<context>
    <name>SharedFileGuard</name>
    <message>
        <location filename="../../mapper/ui/changed_banner.py" line="+113" />
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>“{name}” changed on disk but cannot be read yet: {error}</source>
        <translation>« {name} » a changé sur le disque mais ne peut pas encore être lu : {error}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reloaded “{name}”: it was changed on disk. Undo brings back the version before.</source>
        <translation>« {name} » rechargé : il a été modifié sur le disque. Annuler ramène la version précédente.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+17" />
        <source>Know</source>
        <translation>Connaître</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Like</source>
        <translation>Aimer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trust</source>
        <translation>Faire confiance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat</source>
        <translation>Racheter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refer</source>
        <translation>Recommander</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../mapper/ui/start_dialog.py" line="+120" />
        <source>Start a map — mapper</source>
        <translation>Commencer une carte — mapper</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Map your most profitable system</source>
        <translation>Cartographiez votre système le plus rentable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start from a blank page or from a system other owners run, then make it yours.</source>
        <translation>Partez d'une page blanche ou d'un système que d'autres dirigeants utilisent, puis faites-le vôtre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map your most profitable system: its start, its stop, the tasks between…</source>
        <translation>Cartographiez votre système le plus rentable : son début, sa fin, les tâches entre les deux…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer four questions; mapper draws the chain for you</source>
        <translation>Répondez à quatre questions : mapper dessine la chaîne pour vous</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Blank map</source>
        <translation>Carte vierge</translation>
    </message>
    <message>
        <location line="+0" />
        <source>An empty canvas: draw your system step by step.</source>
        <translation>Une toile vierge : dessinez votre système étape par étape.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Recent maps</source>
        <translation>Cartes récentes</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Maps you open appear here.</source>
        <translation>Ici, vos cartes ouvertes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open a map…</source>
        <translation>Ouvrir une carte…</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+113" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="-109" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>StepPicker</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="-438" />
        <source>Linked steps</source>
        <translation>Étapes liées</translation>
    </message>
</context>
<context>
    <name>_StepRow</name>
    <message>
        <location filename="../../mapper/ui/guide_panel.py" line="-48" />
        <source>Show me</source>
        <translation>Montrez-moi</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+70" />
        <source>Double-click to choose the steps</source>
        <translation>Double-cliquez pour choisir les étapes</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location line="-40" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add priority</source>
        <translation>Ajouter une priorité</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None set yet.</source>
        <translation>Aucune pour l'instant.</translation>
    </message>
</context>
</TS>