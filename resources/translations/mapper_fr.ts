<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Accountability</name>
    <message>
        <location filename="../../mapper/formats/accountability_doc.py" line="+47" />
        <source>{n} thing with no owner</source>
        <extracomment>What the entries are: "steps", "metrics" or "priorities" (the heading is translated). True for the "Nobody" card.</extracomment>
        <translation>{n} chose sans responsable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} things with no owner</source>
        <translation>{n} choses sans responsable</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} metric</source>
        <translation>{n} indicateur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} metrics</source>
        <translation>{n} indicateurs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} priority</source>
        <translation>{n} priorité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} priorities</source>
        <translation>{n} priorités</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Accountability chart: {n} owner, one seat each</source>
        <translation>Organigramme des responsabilités : {n} responsable, un poste chacun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accountability chart: {n} owners, one seat each</source>
        <translation>Organigramme des responsabilités : {n} responsables, un poste chacun</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(unnamed decision, {id})</source>
        <translation>(décision sans nom, {id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(unnamed terminator, {id})</source>
        <translation>(point de début/fin sans nom, {id})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(unnamed activity, {id})</source>
        <translation>(activité sans nom, {id})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, target at most {target}</source>
        <translation>, objectif au plus {target}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, target at least {target}</source>
        <translation>, objectif au moins {target}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{metric} — at {step}</source>
        <translation>{metric} — à {step}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No stage</source>
        <translation>Sans phase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{quarter}: {priority} ({status})</source>
        <translation>{quarter} : {priority} ({status})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no text)</source>
        <translation>(pas de texte)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Critical steps</source>
        <translation>Étapes critiques</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Metrics nobody answers for</source>
        <translation>Indicateurs dont personne ne répond</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities and decisions</source>
        <translation>Activités et décisions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+49" />
        <source>{title} — accountability</source>
        <translation>{title} — responsabilités</translation>
    </message>
</context>
<context>
    <name>AccountabilityPdf</name>
    <message>
        <location filename="../../mapper/render/accountability_pdf.py" line="+68" />
        <source>{title} — accountability chart</source>
        <translation>{title} — organigramme des responsabilités</translation>
    </message>
</context>
<context>
    <name>AccountabilityView</name>
    <message>
        <location filename="../../mapper/ui/accountability_view.py" line="+32" />
        <source>PDF document</source>
        <extracomment>A card is about this wide; the chart puts as many side by side as fit. Edits settle this long before the chart is rebuilt.</extracomment>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Select it on the map</source>
        <translation>Sélectionner sur la carte</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+135" />
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="-129" />
        <source>Type a new name to rename this owner on every step, metric and priority</source>
        <translation>Tapez un nouveau nom pour renommer ce responsable sur chaque étape, indicateur et priorité</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (HTML)…</source>
        <translation>Page web (HTML)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No owners yet: give each step an owner in its properties (a role such as “Sales”, or a name).</source>
        <translation>Pas encore de responsable : donnez un responsable à chaque étape dans ses propriétés (un rôle comme « Ventes », ou un nom).</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Print Accountability Chart</source>
        <translation>Imprimer l'organigramme des responsabilités</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Printing failed</source>
        <translation>Échec de l'impression</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Export Accountability Chart</source>
        <translation>Exporter l'organigramme des responsabilités</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Export failed</source>
        <translation>Échec de l'export</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../mapper/ui/analysis_runner.py" line="+87" />
        <location line="+26" />
        <source>The check could not finish: {error}</source>
        <extracomment>Maps with more steps than this are analysed on a worker thread.</extracomment>
        <translation>La vérification n'a pas pu aboutir : {error}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Checking the map before it goes out…</source>
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
    <name>ArrowPage</name>
    <message>
        <location filename="../../mapper/ui/properties/arrow_page.py" line="+14" />
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Yes / No</source>
        <translation>ex. Oui / Non</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 20% (empty: unknown)</source>
        <translation>ex. 20 % (vide : inconnue)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How often the flow takes this arrow. Give every branch of a decision one to see the funnel.</source>
        <translation>À quelle fréquence le flux prend cette flèche. Donnez-en une à chaque branche d'une décision pour voir l'entonnoir.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>From “{0}” to “{1}”</source>
        <translation>De « {0} » à « {1} »</translation>
    </message>
</context>
<context>
    <name>Automation</name>
    <message>
        <location filename="../../mapper/analysis/automation.py" line="+54" />
        <source>it says "{word}": {reason}</source>
        <extracomment>Score of a step with one kind of automatable task; more kinds add a little.</extracomment>
        <translation>elle dit « {word} » : {reason}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it asks "{word}": {reason}</source>
        <translation>elle demande « {word} » : {reason}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the owner does it now ("{owner}"): automating it gives the owner's time back</source>
        <translation>le dirigeant la fait aujourd'hui (« {owner} ») : l'automatiser lui rend du temps</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the office does it now ("{owner}"): routine admin that software does well</source>
        <translation>le secrétariat la fait aujourd'hui (« {owner} ») : de l'administratif courant que les logiciels font bien</translation>
    </message>
    <message>
        <location line="+25" />
        <source>it is inside a loop, so it runs again every time someone goes round ({times} times per customer on average)</source>
        <translation>elle est dans une boucle, donc elle se répète à chaque passage ({times} fois par client en moyenne)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is inside a loop, so it runs again every time someone goes round</source>
        <translation>elle est dans une boucle, donc elle se répète à chaque passage</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it runs {times} times per customer on average</source>
        <translation>elle se fait {times} fois par client en moyenne</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is on the main path: every customer passes here</source>
        <translation>elle est sur le chemin principal : chaque client passe par ici</translation>
    </message>
    <message>
        <location line="+7" />
        <source>you marked it to be automated</source>
        <translation>vous l'avez marquée à automatiser</translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/wording.py" line="+128" />
        <source>sending messages is what email and text-message tools do on their own</source>
        <translation>envoyer des messages, c'est ce que font tout seuls les outils d'e-mail et de SMS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reminders can go out by themselves at the right time</source>
        <translation>les rappels peuvent partir tout seuls au bon moment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>follow-ups can be sent automatically after a set delay</source>
        <translation>les relances peuvent être envoyées automatiquement après un délai fixé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an online booking tool can schedule it without back-and-forth</source>
        <translation>un outil de réservation en ligne peut la planifier sans allers-retours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invoicing software can bill and chase payment</source>
        <translation>un logiciel de facturation peut facturer et relancer les impayés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>confirmations can be sent automatically</source>
        <translation>les confirmations peuvent être envoyées automatiquement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a CRM or spreadsheet rule can record and tag this by itself</source>
        <translation>une règle de CRM ou de tableur peut enregistrer et classer cela toute seule</translation>
    </message>
    <message>
        <location line="+1" />
        <source>notifications can be triggered automatically</source>
        <translation>les notifications peuvent être déclenchées automatiquement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>posts can be scheduled and published automatically</source>
        <translation>les publications peuvent être programmées et publiées automatiquement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>surveys can go out and be collected automatically</source>
        <translation>les enquêtes peuvent être envoyées et collectées automatiquement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>review requests can be sent automatically after the job</source>
        <translation>les demandes d'avis peuvent être envoyées automatiquement après la prestation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>proposals, quotes and contracts can be filled in from a template</source>
        <translation>les propositions, devis et contrats peuvent être remplis à partir d'un modèle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the answer is in your data (payments, email or booking tools), so software can check it and send people the right way</source>
        <translation>la réponse est dans vos données (paiements, e-mail ou outils de réservation) : un logiciel peut la vérifier et orienter chacun dans la bonne direction</translation>
    </message>
</context>
<context>
    <name>BrainstormDialog</name>
    <message>
        <location filename="../../mapper/ui/brainstorm_dialog.py" line="+21" />
        <source>Map your most profitable system</source>
        <translation>Cartographiez votre système le plus rentable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start with the product or service that earns you the most. Say where its system starts and where it stops, then list every task between, in order.</source>
        <translation>Commencez par le produit ou service qui vous rapporte le plus. Dites où son système commence et où il s'arrête, puis listez chaque tâche entre les deux, dans l'ordre.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. Emergency plumbing repairs</source>
        <translation>ex. Dépannages de plomberie urgents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Customer calls</source>
        <translation>ex. Le client appelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Happy customer</source>
        <translation>ex. Client satisfait</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Book a visit
    Take the address
Emergency?
Do the job
Send the invoice
Paid?</source>
        <translation>Prendre un rendez-vous
    Noter l'adresse
Urgence ?
Faire le travail
Envoyer la facture
Payé ?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One task per line. A line ending in “?” is a decision; an indented line is a checklist item of the task above it; an empty line ends the list.</source>
        <translation>Une tâche par ligne. Une ligne finissant par « ? » est une décision ; une ligne en retrait est un élément de checklist de la tâche au-dessus ; une ligne vide termine la liste.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Which product or service earns the most?</source>
        <translation>Quel produit ou service rapporte le plus ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where does its system start?</source>
        <translation>Où son système commence-t-il ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where does it stop?</source>
        <translation>Où s'arrête-t-il ?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map it</source>
        <translation>Cartographier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The tasks between, in order:</source>
        <translation>Les tâches entre les deux, dans l'ordre :</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{0} tasks, {1} of them decisions</source>
        <translation>{0} tâches, dont {1} décisions</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../mapper/ui/canvas/view.py" line="+579" />
        <source>Select one step to connect from, then choose where it leads.</source>
        <extracomment>Mime type of a shape dragged from the palette (its data is the kind). Mime type of copied steps and arrows: a mapper JSON fragment. Below this zoom a big map is shown as one cached overview picture. The grid is drawn only when its dots are at least this far apart on screen. Air kept between an overlay (the legend card) and the steps fit to window shows. A short message for the status bar (e.g. why an edit was refused).</extracomment>
        <translation>Sélectionnez une étape de départ, puis choisissez où elle mène.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start / end</source>
        <translation>Début / fin</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <location filename="../../mapper/ui/canvas/keys.py" line="+78" />
        <source>Space+drag or middle-drag</source>
        <extracomment>Claimed before the window's menus see it (arrows and Enter belong to the canvas).</extracomment>
        <translation>Espace+glisser ou clic milieu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pan</source>
        <translation>Déplacer la vue</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel the current drag, or clear the selection</source>
        <translation>Annuler le glissement en cours, ou vider la sélection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alt+Right / Alt+Down</source>
        <translation>Alt+Droite / Alt+Bas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select the next connected step (the branch lying that way at a decision)</source>
        <translation>Sélectionner l'étape connectée suivante (la branche de ce côté à une décision)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alt+Left / Alt+Up</source>
        <translation>Alt+Gauche / Alt+Haut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select the previous connected step (the one lying that way at a merge)</source>
        <translation>Sélectionner l'étape connectée précédente (celle de ce côté à une jonction)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ctrl+Right / Left / Up / Down</source>
        <translation>Ctrl+Droite / Gauche / Haut / Bas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happens next? Add a connected activity in that direction and type its text</source>
        <translation>Et ensuite ? Ajouter une activité connectée dans cette direction et taper son texte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Arrow keys / Shift+Arrow keys</source>
        <translation>Flèches / Maj+flèches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nudge the selection (one grid step / five)</source>
        <translation>Décaler la sélection (un pas de grille / cinq)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the next connected activity in the direction of the flow (also while typing)</source>
        <translation>Ajouter l'activité connectée suivante dans le sens du flux (aussi pendant la saisie)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>F2, Enter or start typing</source>
        <translation>F2, Entrée ou commencer à taper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected step's text (or the selected arrow's label)</source>
        <translation>Modifier le texte de l'étape sélectionnée (ou le libellé de la flèche sélectionnée)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete / Backspace</source>
        <translation>Suppr / Retour arrière</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selection and the arrows of deleted steps</source>
        <translation>Supprimer la sélection et les flèches des étapes supprimées</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+1 / 2 / 3 / 4</source>
        <translation>Ctrl+1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the selected steps terminators, activities, decisions or notes</source>
        <translation>Transformer les étapes sélectionnées en points de début/fin, activités, décisions ou remarques</translation>
    </message>
    <message>
        <location line="+6" />
        <source>T / A / D / N</source>
        <translation>T / A / D / N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a terminator, activity, decision or note under the mouse (nothing selected)</source>
        <translation>Ajouter un point de début/fin, une activité, une décision ou une remarque sous la souris (rien de sélectionné)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter / Shift+Enter / Escape</source>
        <translation>Entrée / Maj+Entrée / Échap</translation>
    </message>
    <message>
        <location line="+1" />
        <source>While editing: keep the text / new line / cancel</source>
        <translation>Pendant la saisie : garder le texte / nouvelle ligne / annuler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a question ending in ?</source>
        <translation>Tapez une question finissant par ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new activity whose text ends with ? becomes a decision</source>
        <translation>Une nouvelle activité dont le texte finit par ? devient une décision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrows out of a decision</source>
        <translation>Flèches sortant d'une décision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Are labelled Yes, then No, as you draw them</source>
        <translation>Sont libellées Oui, puis Non, à mesure que vous les tracez</translation>
    </message>
</context>
<context>
    <name>CanvasPointer</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="+520" />
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit a step or arrow label; on empty canvas, add an activity there</source>
        <translation>Modifier une étape ou un libellé de flèche ; sur la toile vide, y ajouter une activité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag from a side handle</source>
        <translation>Glisser depuis une poignée latérale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect to another step; drop in empty space to pick the next shape</source>
        <translation>Connecter à une autre étape ; déposer dans le vide pour choisir la forme suivante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag an arrow's end</source>
        <translation>Glisser l'extrémité d'une flèche</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reconnect the selected arrow to another step</source>
        <translation>Reconnecter la flèche sélectionnée à une autre étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag an arrow's label</source>
        <translation>Glisser le libellé d'une flèche</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Slide the label along its arrow</source>
        <translation>Faire glisser le libellé le long de sa flèche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shift+click / Ctrl+click</source>
        <translation>Maj+clic / Ctrl+clic</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to or remove from the selection</source>
        <translation>Ajouter à la sélection ou en retirer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag on empty canvas</source>
        <translation>Glisser sur la toile vide</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Select with a rubber band</source>
        <translation>Sélectionner avec un rectangle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom about the mouse</source>
        <translation>Zoomer autour de la souris</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wheel / Shift+wheel</source>
        <translation>Molette / Maj+molette</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scroll up and down / left and right</source>
        <translation>Défiler haut et bas / gauche et droite</translation>
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
        <location filename="../../mapper/ui/printing.py" line="+176" />
        <source>Owner's edition</source>
        <translation>Version du dirigeant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>Ajouter ce dont l'équipe n'a pas besoin : pistes d'automatisation, pourquoi les étapes sont critiques, où vous en êtes dans la méthode</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/checklist.py" line="+38" />
        <source>Marketing system</source>
        <translation>Système marketing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operating system</source>
        <translation>Système opérationnel</translation>
    </message>
    <message>
        <location line="+101" />
        <source>(untitled step)</source>
        <extracomment>Software a small business names in its steps; shown as "Tools" on critical steps. Longest names first so "Google Sheets" wins over "Google".</extracomment>
        <translation>(étape sans titre)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>→ {step} (goal)</source>
        <translation>→ {step} (objectif)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start: {step}</source>
        <translation>Début : {step}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also</source>
        <translation>Aussi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{label}: back to step {ref}.</source>
        <translation>{label} : retour à l'étape {ref}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{label}: do {ref} below.</source>
        <translation>{label} : faites {ref} ci-dessous.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{label}: go to step {ref}.</source>
        <translation>{label} : allez à l'étape {ref}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Then go on at step {ref}.</source>
        <translation>Puis continuez à l'étape {ref}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to step {ref}.</source>
        <translation>Retour à l'étape {ref}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue at step {ref}.</source>
        <translation>Continuez à l'étape {ref}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The map shows no next step here.</source>
        <translation>La carte n'indique pas d'étape suivante ici.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>then go on at step {ref}</source>
        <translation>puis continuez à l'étape {ref}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>back to step {ref}</source>
        <translation>retour à l'étape {ref}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>continue at step {ref}</source>
        <translation>continuez à l'étape {ref}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Takes about {duration}</source>
        <translation>Prend environ {duration}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Costs {amount}</source>
        <translation>Coûte {amount}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tools: {tools}</source>
        <translation>Outils : {tools}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Notes: {notes}</source>
        <translation>Remarques : {notes}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>★ CRITICAL</source>
        <translation>★ CRITIQUE</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why it is critical: {reason}</source>
        <translation>Pourquoi elle est critique : {reason}</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Critical steps card (owner's edition)</source>
        <extracomment>The method's seven steps for this map (owner's edition): (number, title, done, what is left).</extracomment>
        <translation>Fiche des étapes critiques (Version du dirigeant)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critical steps card</source>
        <translation>Fiche des étapes critiques</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checklist (owner's edition)</source>
        <translation>Checklist (Version du dirigeant)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Not connected to the flow</source>
        <translation>Non reliées au flux</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Steps with no stage</source>
        <translation>Étapes sans phase</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Critical steps</source>
        <translation>Étapes critiques</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Main path</source>
        <translation>Chemin principal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another start</source>
        <translation>un autre début</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also starts at: {step}</source>
        <translation>Commence aussi à : {step}</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+17" />
        <source>Branch from step {ref}: {label}</source>
        <translation>Branche depuis l'étape {ref} : {label}</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+17" />
        <source>Branch from step {ref}</source>
        <translation>Branche depuis l'étape {ref}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Main path, from step {ref}: {label}</source>
        <translation>Chemin principal, depuis l'étape {ref} : {label}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main path, from step {ref}</source>
        <translation>Chemin principal, depuis l'étape {ref}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From step {ref}: {label}</source>
        <translation>Depuis l'étape {ref} : {label}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From step {ref}</source>
        <translation>Depuis l'étape {ref}</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Could be automated: {reason}</source>
        <translation>Automatisable : {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could be automated</source>
        <translation>Automatisable</translation>
    </message>
    <message>
        <location line="+11" />
        <source>(no owner yet)</source>
        <translation>(pas encore de responsable)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{metric} (step {steps})</source>
        <translation>{metric} (étape {steps})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{metric} (steps {steps})</source>
        <translation>{metric} (étapes {steps})</translation>
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
        <translation>Où vous en êtes dans la méthode</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+10" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+89" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+0" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+0" />
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+1" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+1" />
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+1" />
        <location filename="../../mapper/render/checklist_pdf.py" line="-78" />
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../mapper/formats/checklist_markdown.py" line="+7" />
        <location filename="../../mapper/render/checklist_pdf.py" line="+3" />
        <source>Notes on the map</source>
        <translation>Remarques sur la carte</translation>
    </message>
    <message>
        <location filename="../../mapper/render/checklist_pdf.py" line="-18" />
        <source>Step numbers are those of the full checklist.</source>
        <extracomment>Page margins in millimetres (left, top, right, bottom); the footer sits in the bottom band of the text area.</extracomment>
        <translation>Les numéros d'étape sont ceux de la checklist complète.</translation>
    </message>
    <message>
        <location line="+302" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="+191" />
        <source>Add an item and press Enter</source>
        <extracomment>The checklist box grows with its items up to this many rows.</extracomment>
        <translation>Ajoutez un élément et appuyez sur Entrée</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove the selected item</source>
        <translation>Retirer l'élément sélectionné</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the selected item up</source>
        <translation>Monter l'élément sélectionné</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the selected item down</source>
        <translation>Descendre l'élément sélectionné</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../mapper/cli/common.py" line="+23" />
        <source>wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown language {value}; use one of {codes}</source>
        <translation>langue inconnue {value} ; utilisez l'une de celles-ci : {codes}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language of the output for people: {codes} (default: the system's)</source>
        <translation>langue des textes pour les personnes : {codes} (par défaut : celle du système)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{path}: unknown file type {ext}; use one of {types}</source>
        <translation>{path} : type de fichier inconnu {ext} ; utilisez l'un de ceux-ci : {types}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no extension)</source>
        <translation>(pas d'extension)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path}: permission denied: cannot write in {folder}</source>
        <translation>{path} : permission refusée : impossible d'écrire dans {folder}</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/export.py" line="+12" />
        <source>export a map as PNG, SVG, PDF, JSON, Mermaid or draw.io</source>
        <translation>exporter une carte en PNG, SVG, PDF, JSON, Mermaid ou draw.io</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SCALE</source>
        <translation>ÉCHELLE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG/SVG/PDF scale (default 2)</source>
        <translation>échelle du PNG/SVG/PDF (2 par défaut)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>leave out the analysis markers and legend</source>
        <translation>omettre les pastilles d'analyse et la légende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>leave out the map's title above the drawing</source>
        <translation>omettre le titre de la carte au-dessus du dessin</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--scale {scale}: choose a scale between 0.1 and 20</source>
        <translation>--scale {scale} : choisissez une échelle entre 0.1 et 20</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+16" />
        <source>the funnel per 100 entrants, from guesses or the logged numbers, with a what-if</source>
        <translation>l'entonnoir pour 100 entrants, à partir d'estimations ou des chiffres saisis, avec une simulation</translation>
    </message>
    <message>
        <location line="+5" />
        <source>use branch probabilities measured from the metrics log</source>
        <translation>utiliser les probabilités des branches mesurées dans le journal des indicateurs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks measured over (default 13)</source>
        <translation>nombre de semaines mesurées (13 par défaut)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../mapper/cli/log.py" line="+33" />
        <location filename="../../mapper/cli/scorecard.py" line="+21" />
        <source>WEEK</source>
        <translation>SEMAINE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last week measured, like 2026-W49 (default: the latest logged)</source>
        <translation>dernière semaine mesurée, comme 2026-W49 (par défaut : la dernière saisie)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ARROW=P</source>
        <translation>FLÈCHE=P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>what if this arrow had probability P (0..1)? Its siblings share the rest</source>
        <translation>et si cette flèche avait la probabilité P (0..1) ? Les autres flèches qui partent de la même étape se partagent le reste</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{file}: --set {item}: write ARROW=P, for example --set a3=0.5</source>
        <translation>{file} : --set {item} : écrivez FLÈCHE=P, par exemple --set a3=0.5</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>{file}: --set {item}: {text} is not a number</source>
        <translation>{file} : --set {item} : {text} n'est pas un nombre</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{file}: --weeks {weeks}: choose from 1 to 520 weeks</source>
        <translation>{file} : --weeks {weeks} : choisissez de 1 à 520 semaines</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: --until {week}: not an ISO week that exists (write it like 2026-W49)</source>
        <translation>{file} : --until {week} : ce n'est pas une semaine ISO qui existe (écrivez-la comme 2026-W49)</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/import_.py" line="+17" />
        <source>bring in a Mermaid, draw.io, BPMN or mapper file</source>
        <translation>importer un fichier Mermaid, draw.io, BPMN ou mapper</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../mapper/cli/layout.py" line="+14" />
        <location filename="../../mapper/cli/templates.py" line="+16" />
        <source>OUT.json</source>
        <translation>SORTIE.json</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>draw.io page number (1 = first)</source>
        <translation>numéro de la page draw.io (1 = la première)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>note: {warning}</source>
        <translation>remarque : {warning}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: nothing to import: no steps found (see the notes above)</source>
        <translation>{file} : rien à importer : aucune étape trouvée (voir les remarques ci-dessus)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: nothing to import: no steps found</source>
        <translation>{file} : rien à importer : aucune étape trouvée</translation>
    </message>
    <message>
        <location line="+5" />
        <source>wrote {path}: {counts} ({terminators}, {activities}, {decisions})</source>
        <translation>{path} écrit : {counts} ({terminators}, {activities}, {decisions})</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/log.py" line="-6" />
        <source>record a week's numbers in the map's metrics log</source>
        <extracomment>A spreadsheet of years of weeks is a few hundred kB; anything near this is not one.</extracomment>
        <translation>saisir les chiffres d'une semaine dans le journal des indicateurs de la carte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record numbers: mapper log FILE --week 2026-W49 booked=7 'Webinar sign-ups'=58, or mapper log FILE --csv numbers.csv (a week column, then one column per metric).</source>
        <translation>Saisir des chiffres : mapper log FICHIER --week 2026-W49 réservé=7 'Inscrits au webinaire'=58, ou mapper log FICHIER --csv chiffres.csv (une colonne pour la semaine, puis une colonne par indicateur).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>KEY=VALUE</source>
        <translation>CLÉ=VALEUR</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the ISO week (like 2026-W49), then KEY=VALUE pairs: a step id, arrow id or metric name and its number (KEY= removes it)</source>
        <translation>la semaine ISO (comme 2026-W49), puis des paires CLÉ=VALEUR : l'id d'une étape ou d'une flèche, ou le nom d'un indicateur, et son chiffre (CLÉ= le supprime)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IN.csv</source>
        <translation>ENTRÉE.csv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a CSV with a week column, then one column per KEY</source>
        <translation>un CSV avec une colonne pour la semaine, puis une colonne par CLÉ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{file}: "{week}" is not a week that exists (write weeks as 2026-W49; a week 53 only in years that have one)</source>
        <translation>{file} : « {week} » n'est pas une semaine qui existe (écrivez les semaines comme 2026-W49 ; une semaine 53 seulement les années qui en ont une)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{file}: "{pair}" needs a value: write KEY=VALUE (KEY= removes the value)</source>
        <translation>{file} : « {pair} » a besoin d'une valeur : écrivez CLÉ=VALEUR (CLÉ= supprime la valeur)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file}: "{one}" and "{other}" both give {key}; give it once</source>
        <translation>{file} : « {one} » et « {other} » donnent tous deux {key} ; donnez-la une seule fois</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{key} removed</source>
        <translation>{key} supprimée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file}: give either --week WEEK KEY=VALUE... or --csv IN.csv</source>
        <translation>{file} : donnez soit --week SEMAINE CLÉ=VALEUR..., soit --csv ENTRÉE.csv</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: nothing to record: add KEY=VALUE pairs after --week {week}</source>
        <translation>{file} : rien à enregistrer : ajoutez des paires CLÉ=VALEUR après --week {week}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/review.py" line="+14" />
        <source>the quarterly review: stage volumes, conversions, leaks, levers, priorities</source>
        <translation>la revue trimestrielle : volumes par phase, conversions, fuites, leviers, priorités</translation>
    </message>
    <message>
        <location line="+3" />
        <source>YYYY-Qn</source>
        <translation>AAAA-Qn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the quarter to review, like 2026-Q4</source>
        <translation>le trimestre à passer en revue, comme 2026-Q4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write the review as PDF, HTML or Markdown</source>
        <translation>écrire la revue en PDF, HTML ou Markdown</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file}: --quarter {quarter}: write a quarter like 2026-Q4</source>
        <translation>{file} : --quarter {quarter} : écrivez un trimestre comme 2026-Q4</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="-3" />
        <source>every metric against its target, week by week</source>
        <extracomment>Ten years of weeks: more columns than any page or screen shows.</extracomment>
        <translation>chaque indicateur face à son objectif, semaine par semaine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>how many weeks (default 13)</source>
        <translation>combien de semaines (13 par défaut)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the last week shown, like 2026-W49 (default: this week)</source>
        <translation>la dernière semaine affichée, comme 2026-W49 (par défaut : cette semaine)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write the scorecard as CSV, Markdown, HTML, PDF or PNG</source>
        <translation>écrire le tableau de bord en CSV, Markdown, HTML, PDF ou PNG</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{file}: --weeks must be a whole number from 1 to {most}, not {weeks}</source>
        <translation>{file} : --weeks doit être un nombre entier de 1 à {most}, pas {weeks}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: "{week}" is not a week that exists (write weeks as 2026-W49)</source>
        <translation>{file} : « {week} » n'est pas une semaine qui existe (écrivez les semaines comme 2026-W49)</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/templates.py" line="-2" />
        <source>start a new map from a template</source>
        <translation>commencer une nouvelle carte à partir d'un modèle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+3" />
        <source>list the ready-made maps</source>
        <translation>lister les cartes toutes prêtes</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no template named {name}; choose one of: {names}</source>
        <translation>aucun modèle nommé {name} ; choisissez parmi : {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path}: already exists; choose another name (mapper never overwrites a map with a template)</source>
        <translation>{path} : existe déjà ; choisissez un autre nom (mapper n'écrase jamais une carte avec un modèle)</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/__init__.py" line="+46" />
        <source>Map your most profitable system, check the flow, and print the checklists.</source>
        <translation>Cartographiez votre système le plus rentable, vérifiez le flux et imprimez les checklists.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'mapper' alone to open the app, or 'mapper FILE' to open a map.</source>
        <translation>Lancez 'mapper' seul pour ouvrir l'application, ou 'mapper FICHIER' pour ouvrir une carte.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{word}: no such file</source>
        <translation>{word} : fichier introuvable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown command {word}; the commands are: {commands} (or give a map file to open it in the app)</source>
        <translation>commande inconnue {word} ; les commandes sont : {commands} (ou donnez un fichier de carte pour l'ouvrir dans l'application)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no display to open the app on (no DISPLAY or WAYLAND_DISPLAY); the sub-commands work without one: see 'mapper --help'</source>
        <translation>aucun écran où ouvrir l'application (ni DISPLAY ni WAYLAND_DISPLAY) ; les sous-commandes fonctionnent sans écran : voir 'mapper --help'</translation>
    </message>
    <message>
        <location line="+22" />
        <source>interrupted; nothing was written</source>
        <translation>interrompu ; rien n'a été écrit</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unexpected problem ({error}); nothing was written. Please report this.</source>
        <translation>problème inattendu ({error}) ; rien n'a été écrit. Merci de le signaler.</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/accountability.py" line="+14" />
        <source>the accountability chart: every owner, what they answer for, and what nobody owns</source>
        <translation>l'organigramme des responsabilités : chaque responsable, ce dont il répond, et ce dont personne ne répond</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../mapper/cli/check.py" line="+17" />
        <location filename="../../mapper/cli/funnel.py" line="-38" />
        <location filename="../../mapper/cli/review.py" line="-10" />
        <location filename="../../mapper/cli/scorecard.py" line="-42" />
        <source>print one JSON object for scripts</source>
        <translation>afficher un seul objet JSON pour les scripts</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../mapper/cli/checklist.py" line="+14" />
        <location filename="../../mapper/cli/export.py" line="-13" />
        <location filename="../../mapper/cli/review.py" line="+1" />
        <location filename="../../mapper/cli/scorecard.py" line="+1" />
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>write the chart as PDF, HTML or Markdown</source>
        <translation>écrire l'organigramme en PDF, HTML ou Markdown</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/check.py" line="-3" />
        <source>report problems, critical steps, automation, metrics and the funnel</source>
        <translation>signaler les problèmes, les étapes critiques, l'automatisation, les indicateurs et l'entonnoir</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/checklist.py" line="-2" />
        <source>print the team's checklist as PDF, Markdown or HTML</source>
        <translation>imprimer la checklist de l'équipe en PDF, Markdown ou HTML</translation>
    </message>
    <message>
        <location line="+4" />
        <source>only the critical steps, as a one-page card</source>
        <translation>seulement les étapes critiques, en fiche d'une page</translation>
    </message>
    <message>
        <location line="+2" />
        <source>add what the crew does not need: automation hints, why steps are critical, where you are in the method</source>
        <translation>ajouter ce dont l'équipe n'a pas besoin : pistes d'automatisation, pourquoi les étapes sont critiques, où vous en êtes dans la méthode</translation>
    </message>
    <message>
        <location filename="../../mapper/cli/layout.py" line="-2" />
        <source>lay the map out automatically</source>
        <translation>disposer la carte automatiquement</translation>
    </message>
    <message>
        <location line="+3" />
        <source>default: overwrite FILE (a .bak is kept)</source>
        <translation>par défaut : remplace FICHIER (un .bak est gardé)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left-to-right or top-to-bottom (default: the map's own, else LR); saved with the map</source>
        <translation>de gauche à droite ou de haut en bas (par défaut : celle de la carte, sinon LR) ; enregistré avec la carte</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../mapper/ui/canvas/connect_dialog.py" line="+24" />
        <source>Connect To</source>
        <translation>Connecter à</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw an arrow from “{0}” to:</source>
        <translation>Tracer une flèche de « {0} » vers :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search the steps</source>
        <translation>Rechercher les étapes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+18" />
        <source>(untitled step)</source>
        <translation>(étape sans titre)</translation>
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
        <location line="+4" />
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
    <name>CountingFindings</name>
    <message>
        <location line="-5" />
        <source>{n} note</source>
        <translation>{n} remarque</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} notes</source>
        <translation>{n} remarques</translation>
    </message>
</context>
<context>
    <name>Critical</name>
    <message>
        <location filename="../../mapper/analysis/critical.py" line="+141" />
        <source>the decision</source>
        <translation>la décision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>every customer passes here, and right after it they decide {decision}</source>
        <translation>chaque client passe par ici, et juste après il décide {decision}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>every customer passes here on the way to {goal}</source>
        <translation>chaque client passe par ici en route vers {goal}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every customer passes here</source>
        <translation>chaque client passe par ici</translation>
    </message>
    <message>
        <location line="+3" />
        <source>you marked it as critical</source>
        <translation>vous l'avez marquée comme critique</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{one} or {other}</source>
        <translation>{one} ou {other}</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../mapper/model/operations.py" line="+72" />
        <source>there is no step "{id}"</source>
        <extracomment>True when only positions/geometry changed (analysis of flow is unaffected except the "overlap" rule). Short description for the Edit menu ("Undo Move").</extracomment>
        <translation>il n'y a pas d'étape « {id} »</translation>
    </message>
    <message>
        <location line="+7" />
        <source>there is no arrow "{id}"</source>
        <translation>il n'y a pas de flèche « {id} »</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a step "{id}" already exists</source>
        <translation>une étape « {id} » existe déjà</translation>
    </message>
    <message>
        <location line="+21" />
        <source>an arrow "{id}" already exists</source>
        <translation>une flèche « {id} » existe déjà</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+201" />
        <source>notes take no part in the flow; arrows may not touch them</source>
        <translation>les notes ne font pas partie du flux ; les flèches ne peuvent pas les toucher</translation>
    </message>
    <message>
        <location line="-64" />
        <source>"{field}" is not a field that can be changed here</source>
        <translation>« {field} » n'est pas un champ modifiable ici</translation>
    </message>
    <message>
        <location line="+45" />
        <source>a step with arrows cannot become a note; remove its arrows first</source>
        <translation>une étape reliée par des flèches ne peut pas devenir une note ; retirez d'abord ses flèches</translation>
    </message>
    <message>
        <location line="+36" />
        <source>cannot change {fields} here</source>
        <translation>impossible de modifier {fields} ici</translation>
    </message>
    <message>
        <location line="+44" />
        <source>"{week}" is not a week that exists</source>
        <translation>« {week} » n'est pas une semaine qui existe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"{key}" names no step or arrow in this map</source>
        <translation>« {key} » ne désigne aucune étape ni flèche de cette carte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the value for "{key}" in {week} must be a finite number</source>
        <translation>la valeur de « {key} » en {week} doit être un nombre fini</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../mapper/editing/edits.py" line="+104" />
        <source>Move</source>
        <extracomment>The snapping grid of the canvas. Space between a step and the next one quick-add creates. Room kept between a pasted or duplicated shape and the shapes already there. "Is there no shape in this box?", answered by whoever knows the shapes (the canvas's scene).</extracomment>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Nudge</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Distribute</source>
        <translation>Répartir</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Make {kind}</source>
        <translation>Transformer en {kind}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Notes take no part in the flow; select a step to add the next one.</source>
        <translation>Les remarques ne font pas partie du flux ; sélectionnez une étape pour ajouter la suivante.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add Next Step</source>
        <translation>Ajouter l'étape suivante</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Notes take no part in the flow, so arrows cannot touch them.</source>
        <translation>Les remarques ne font pas partie du flux, les flèches ne peuvent donc pas les toucher.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit Label</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The clipboard does not hold mapper steps.</source>
        <translation>Le presse-papiers ne contient pas d'étapes mapper.</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+25" />
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../mapper/render/export.py" line="+79" />
        <source>unknown page size {0}; choose one of {1}</source>
        <extracomment>Images past either limit would take gigabytes of memory; PDF and SVG have no such limit. White space around the map on paper, in millimetres. On tiled pages neighbours repeat this much of each other, for cutting and taping.</extracomment>
        <translation>format de page inconnu {0} ; choisissez parmi {1}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>this is a folder; choose a file name</source>
        <translation>c'est un dossier ; choisissez un nom de fichier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the folder {0} does not exist</source>
        <translation>le dossier {0} n'existe pas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>permission denied: mapper may not write here</source>
        <translation>permission refusée : mapper ne peut pas écrire ici</translation>
    </message>
    <message>
        <location line="+8" />
        <source>could not be written (the disk may be full)</source>
        <translation>n'a pas pu être écrit (le disque est peut-être plein)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>nothing to export: the selection has no placed steps</source>
        <translation>rien à exporter : la sélection n'a aucune étape placée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nothing to export: the map has no placed steps</source>
        <translation>rien à exporter : la carte n'a aucune étape placée</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown file type {0}; use one of {1}</source>
        <translation>type de fichier inconnu {0} ; utilisez l'un de {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no extension)</source>
        <translation>(pas d'extension)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>scale {0} is out of range; choose between 0.1 and 20</source>
        <translation>l'échelle {0} est hors limites ; choisissez entre 0,1 et 20</translation>
    </message>
    <message>
        <location line="+35" />
        <source>choose a scale of {0} or less, or export a PDF or SVG</source>
        <translation>choisissez une échelle de {0} ou moins, ou exportez un PDF ou un SVG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>export a PDF or SVG instead</source>
        <translation>exportez plutôt un PDF ou un SVG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the image would be {0} x {1} pixels, too big to make (the limit is {2} pixels a side and {3} megapixels); {4}</source>
        <translation>l'image ferait {0} x {1} pixels, trop grande à produire (la limite est de {2} pixels par côté et {3} mégapixels) ; {4}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not enough memory for an image this size; choose a smaller scale</source>
        <translation>pas assez de mémoire pour une image de cette taille ; choisissez une échelle plus petite</translation>
    </message>
    <message>
        <location line="+90" />
        <source>mapper map</source>
        <translation>carte mapper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with mapper</source>
        <translation>Fait avec mapper</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the SVG could not be started</source>
        <translation>le SVG n'a pas pu être commencé</translation>
    </message>
    <message>
        <location line="+97" />
        <source>nothing to print: the map has no placed steps</source>
        <translation>rien à imprimer : la carte n'a aucune étape placée</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the printer or file could not be opened for drawing</source>
        <translation>l'imprimante ou le fichier n'a pas pu être ouvert pour dessiner</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mapper/ui/export_dialog.py" line="+28" />
        <source>PNG picture</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SVG drawing (scalable, text stays text)</source>
        <translation>Dessin SVG (vectoriel, le texte reste du texte)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+194" />
        <source>Export Map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location line="-187" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The map's title above it</source>
        <translation>Le titre de la carte au-dessus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Transparent background</source>
        <translation>Fond transparent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Markers</source>
        <translation>Pastilles</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Legend of the markers</source>
        <translation>Légende des pastilles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the selected steps ({n})</source>
        <translation>Seulement les étapes sélectionnées ({n})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fit on one page</source>
        <translation>Tenir sur une page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tile across pages at the chosen scale</source>
        <translation>Répartir sur plusieurs pages à l'échelle choisie</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pages (PDF)</source>
        <translation>Pages (PDF)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orientation:</source>
        <translation>Orientation :</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Margin:</source>
        <translation>Marge :</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Type a file name, or choose one.</source>
        <translation>Tapez un nom de fichier, ou choisissez-en un.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>mapper cannot write .{ext} files: end the name with .png, .svg or .pdf.</source>
        <translation>mapper ne peut pas écrire de fichiers .{ext} : terminez le nom par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Nothing to export yet: the selected steps have no steps.</source>
        <translation>Rien à exporter pour l'instant : les étapes sélectionnées n'ont aucune étape.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to export yet: the map has no steps.</source>
        <translation>Rien à exporter pour l'instant : la carte n'a aucune étape.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{dpi} dpi</source>
        <translation>{dpi} ppp</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The picture would be {w} × {h} pixels: too big to make. Choose a smaller scale, or export a PDF or SVG.</source>
        <translation>L'image ferait {w} × {h} pixels : trop grande à produire. Choisissez une échelle plus petite, ou exportez un PDF ou un SVG.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Picture: {w} × {h} pixels.</source>
        <translation>Image : {w} × {h} pixels.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>size of the drawing; text stays searchable</source>
        <translation>taille du dessin ; le texte reste cherchable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vector drawing: sharp at any size; opens in browsers, Inkscape and Illustrator.</source>
        <translation>Dessin vectoriel : net à toute taille ; s'ouvre dans les navigateurs, Inkscape et Illustrator.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>= {percent} of the on-screen size on paper</source>
        <translation>= {percent} de la taille à l'écran sur papier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>only used when tiling</source>
        <translation>utilisée seulement en mosaïque</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} page of {size} landscape.</source>
        <translation>{n} page {size} paysage.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} pages of {size} landscape.</source>
        <translation>{n} pages {size} paysage.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} page of {size} portrait.</source>
        <translation>{n} page {size} portrait.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} pages of {size} portrait.</source>
        <translation>{n} pages {size} portrait.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export failed</source>
        <translation>Échec de l'export</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location line="-315" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../mapper/ui/findings_panel.py" line="+30" />
        <source>Errors</source>
        <extracomment>Rows per group: a 20,000-step map can have thousands of candidates; nobody reads past a few hundred, and filling the tree must not stall the editor.</extracomment>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} error</source>
        <translation>{n} erreur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} warning</source>
        <translation>{n} avertissement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} info</source>
        <translation>{n} info</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <location line="+63" />
        <location line="+67" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Insights</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{metric} — at {step}</source>
        <translation>{metric} — à {step}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing to check yet</source>
        <translation>Rien à vérifier pour l'instant</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problems ({n})</source>
        <translation>Problèmes ({n})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nothing to fix: the flow hangs together.</source>
        <translation>Rien à corriger : le flux tient debout.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a start, the steps and an end: mapper checks the flow as you go.</source>
        <translation>Tracez un début, les étapes et une fin : mapper vérifie le flux au fur et à mesure.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rule: {rule}</source>
        <translation>Règle : {rule}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Critical steps ({n})</source>
        <translation>Étapes critiques ({n})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>None yet: mark a start and a goal end.</source>
        <translation>Aucune pour l'instant : marquez un début et une fin objectif.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could be automated ({n})</source>
        <translation>Automatisable ({n})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No candidates found.</source>
        <translation>Aucune candidate trouvée.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure here ({n})</source>
        <translation>Mesurer ici ({n})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give every branch a probability (and fix the errors) to see where 100 people end up.</source>
        <translation>Donnez une probabilité à chaque branche (et corrigez les erreurs) pour voir où finissent 100 personnes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Per {n} people who enter:</source>
        <translation>Pour {n} personnes qui entrent :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} reach {end}</source>
        <translation>{count} atteignent {end}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value per person who enters: {value}</source>
        <translation>Valeur par personne qui entre : {value}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lever: {step} — +{gain} goals per point</source>
        <translation>Levier : {step} — +{gain} objectifs par point</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Goal outcomes per 100 people gained by moving one percentage point of this decision from its worst branch to its best.</source>
        <translation>Résultats visés pour 100 personnes gagnés en déplaçant un point de pourcentage de cette décision de sa pire branche vers sa meilleure.</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <location filename="../../mapper/cli/funnel.py" line="+58" />
        <source>Funnel of {file}</source>
        <translation>Entonnoir de {file}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measured over {first} to {last} ({n} weeks)</source>
        <translation>Mesuré du {first} au {last} ({n} semaines)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+0" />
        <source>guessed</source>
        <translation>estimé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <location line="+0" />
        <source>used</source>
        <translation>retenu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No funnel: give every branch a probability (or log its numbers) and fix the errors 'mapper check' reports.</source>
        <translation>Pas d'entonnoir : donnez une probabilité à chaque branche (ou saisissez ses chiffres) et corrigez les erreurs signalées par « mapper check ».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Per {n} entrants:</source>
        <translation>Pour {n} entrants :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Value per entrant: {value}</source>
        <translation>Valeur par entrant : {value}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What-if: the funnel before or after it cannot be built.</source>
        <translation>Simulation : l'entonnoir avant ou après ne peut pas être construit.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What-if: {change} goal outcomes per {n}, value per entrant {value}</source>
        <translation>Simulation : {change} résultats visés pour {n}, valeur par entrant {value}</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <location filename="../../mapper/ui/funnel_panel.py" line="+115" />
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
        <source>On the measured probabilities: {0} goal outcomes per 100, {1} per entrant.</source>
        <translation>Avec les probabilités mesurées : {0} résultats visés pour 100, {1} par entrant.</translation>
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
        <location line="+4" />
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
    <name>Import</name>
    <message>
        <location filename="../../mapper/formats/bpmn.py" line="+135" />
        <source>sub-processes are nested more than {depth} deep; mapper refuses such a model</source>
        <extracomment>Sub-processes nested deeper than this are refused: no real process looks like that.</extracomment>
        <translation>les sous-processus sont imbriqués sur plus de {depth} niveaux ; mapper refuse un tel modèle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>element "{id}"</source>
        <translation>élément "{id}"</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the file is too large for a process model ({size} MB)</source>
        <translation>le fichier est trop volumineux pour un modèle de processus ({size} Mo)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>this is not a BPMN 2.0 file (the XML starts with &lt;{tag}&gt;, expected &lt;definitions&gt;)</source>
        <translation>ce n'est pas un fichier BPMN 2.0 (le XML commence par &lt;{tag}&gt;, attendu &lt;definitions&gt;)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the BPMN file holds no process</source>
        <translation>le fichier BPMN ne contient aucun processus</translation>
    </message>
    <message>
        <location line="+23" />
        <source>kept call activity "{name}" as one step; the process it calls is drawn collapsed, so its steps were left out</source>
        <translation>l'activité d'appel "{name}" est gardée comme une seule étape ; le processus qu'elle appelle est dessiné replié, ses étapes ont donc été laissées de côté</translation>
    </message>
    <message>
        <location line="+45" />
        <source>lane names became the owners of their steps: {names}</source>
        <translation>les noms des couloirs sont devenus les responsables de leurs étapes : {names}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file holds {n} processes; all were imported, each pool's name as the owner of its steps</source>
        <translation>le fichier contient {n} processus ; tous ont été importés, le nom de chaque bassin devenant le responsable de ses étapes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the ways out of {n} event-based gateway are labelled with the event each one waits for; an unnamed one asks "{question}"</source>
        <translation>les sorties de {n} passerelle basée sur les événements portent le libellé de l'événement que chacune attend ; une passerelle sans nom demande "{question}"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the ways out of {n} event-based gateways are labelled with the event each one waits for; an unnamed one asks "{question}"</source>
        <translation>les sorties de {n} passerelles basées sur les événements portent le libellé de l'événement que chacune attend ; une passerelle sans nom demande "{question}"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} boundary event (a timer, an error or a message that interrupts a step) became a decision after that step, the event's path its "Yes": {names}</source>
        <translation>{n} événement de bordure (un minuteur, une erreur ou un message qui interrompt une étape) est devenu une décision après cette étape, le chemin de l'événement étant son "Yes" : {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} boundary events (a timer, an error or a message that interrupts a step) became a decision after that step, the event's path its "Yes": {names}</source>
        <translation>{n} événements de bordure (un minuteur, une erreur ou un message qui interrompt une étape) sont devenus une décision après cette étape, le chemin de l'événement étant son "Yes" : {names}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>dissolved {n} merging gateway (two or more ways in and one way out, so no question to ask): its arrows go straight to the next step</source>
        <translation>{n} passerelle de fusion dissoute (deux entrées ou plus et une seule sortie, donc aucune question à poser) : ses flèches vont directement à l'étape suivante</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dissolved {n} merging gateways (two or more ways in and one way out, so no question to ask): their arrows go straight to the next step</source>
        <translation>{n} passerelles de fusion dissoutes (deux entrées ou plus et une seule sortie, donc aucune question à poser) : leurs flèches vont directement à l'étape suivante</translation>
    </message>
    <message>
        <location line="+4" />
        <source>named {n} unnamed start/end event Start or End</source>
        <translation>{n} événement de début/fin sans nom a été nommé Start ou End</translation>
    </message>
    <message>
        <location line="+1" />
        <source>named {n} unnamed start/end events Start or End</source>
        <translation>{n} événements de début/fin sans nom ont été nommés Start ou End</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} parallel gateway now says "Do all of the next steps" (or "Wait until all are done" where branches meet), so the analysis takes every branch</source>
        <translation>{n} passerelle parallèle dit maintenant "Do all of the next steps" (ou "Wait until all are done" là où les branches se rejoignent), l'analyse suit donc chaque branche</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} parallel gateways now say "Do all of the next steps" (or "Wait until all are done" where branches meet), so the analysis takes every branch</source>
        <translation>{n} passerelles parallèles disent maintenant "Do all of the next steps" (ou "Wait until all are done" là où les branches se rejoignent), l'analyse suit donc chaque branche</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} sequence flow whose source or target is not a step</source>
        <translation>{n} flux de séquence laissé de côté : sa source ou sa cible n'est pas une étape</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} sequence flows whose source or target is not a step</source>
        <translation>{n} flux de séquence laissés de côté : leur source ou leur cible n'est pas une étape</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} message flow between pools (mapper's arrows are the order of work, not messages)</source>
        <translation>{n} flux de messages entre bassins laissé de côté (les flèches de mapper sont l'ordre du travail, pas des messages)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} message flows between pools (mapper's arrows are the order of work, not messages)</source>
        <translation>{n} flux de messages entre bassins laissés de côté (les flèches de mapper sont l'ordre du travail, pas des messages)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>left out {n} pool with no process inside</source>
        <translation>{n} bassin sans processus laissé de côté</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} pools with no process inside</source>
        <translation>{n} bassins sans processus laissés de côté</translation>
    </message>
    <message>
        <location line="+7" />
        <source>left out {n} data object or store (not part of the flow)</source>
        <translation>{n} objet ou magasin de données laissé de côté (il ne fait pas partie du flux)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} data objects and stores (not part of the flow)</source>
        <translation>{n} objets et magasins de données laissés de côté (ils ne font pas partie du flux)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} annotation link (not part of the flow)</source>
        <translation>{n} lien d'annotation laissé de côté (il ne fait pas partie du flux)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} annotation links (not part of the flow)</source>
        <translation>{n} liens d'annotation laissés de côté (ils ne font pas partie du flux)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} {tag} became a decision (mapper's decisions take one branch; BPMN lets this one take several or wait for an event)</source>
        <translation>{n} {tag} est devenu une décision (les décisions de mapper prennent une seule branche ; BPMN lui permet d'en prendre plusieurs ou d'attendre un événement)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} {tag}s became decisions (mapper's decisions take one branch; BPMN lets this one take several or wait for an event)</source>
        <translation>{n} {tag} sont devenus des décisions (les décisions de mapper prennent une seule branche ; BPMN leur permet d'en prendre plusieurs ou d'attendre un événement)</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../mapper/formats/drawio/reader.py" line="+558" />
        <source>{n} parallel gateway became an activity that takes every branch (a mapper decision would pick one)</source>
        <translation>{n} passerelle parallèle est devenue une activité qui suit chaque branche (une décision de mapper en choisirait une)</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../mapper/formats/drawio/reader.py" line="+2" />
        <source>{n} parallel gateways became activities that take every branch (a mapper decision would pick one)</source>
        <translation>{n} passerelles parallèles sont devenues des activités qui suivent chaque branche (une décision de mapper en choisirait une)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} intermediate event became an activity (a wait or a message mid-flow)</source>
        <translation>{n} événement intermédiaire est devenu une activité (une attente ou un message en cours de flux)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} intermediate events became activities (a wait or a message mid-flow)</source>
        <translation>{n} événements intermédiaires sont devenus des activités (une attente ou un message en cours de flux)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} boundary event became an activity reached by an arrow from the task it interrupts</source>
        <translation>{n} événement de bordure est devenu une activité atteinte par une flèche depuis la tâche qu'il interrompt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} boundary events became activities reached by an arrow from the task they interrupt</source>
        <translation>{n} événements de bordure sont devenus des activités atteintes par une flèche depuis la tâche qu'ils interrompent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} {tag} became an activity</source>
        <translation>{n} {tag} est devenu une activité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} {tag} elements became activities</source>
        <translation>{n} éléments {tag} sont devenus des activités</translation>
    </message>
    <message>
        <location line="+66" />
        <source>the process called by "{name}"</source>
        <translation>le processus appelé par "{name}"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sub-process "{name}"</source>
        <translation>le sous-processus "{name}"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it is empty or drawn collapsed</source>
        <translation>il est vide ou dessiné replié</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the diagram shows it closed, its steps on a page of their own</source>
        <translation>le diagramme le montre replié, ses étapes sur une page à part</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has more than one start event</source>
        <translation>il a plus d'un événement de début</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no start event and no first step</source>
        <translation>il n'a ni événement de début ni première étape</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no end event and no last step</source>
        <translation>il n'a ni événement de fin ni dernière étape</translation>
    </message>
    <message>
        <location line="+9" />
        <source>kept {what} as one activity: {reason}</source>
        <translation>{what} est gardé comme une seule activité : {reason}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>flattened {what} into the map: arrows into it go to its first step, arrows out of it leave from its last steps</source>
        <translation>{what} a été déplié dans la carte : les flèches qui y entrent vont à sa première étape, celles qui en sortent partent de ses dernières étapes</translation>
    </message>
    <message>
        <location line="+119" />
        <source>the diagram's positions do not cover every step in one drawing; mapper lays the map out afresh</source>
        <extracomment>What a boundary event asks once it is a decision after the step it interrupts, by its event. What an unnamed event-based gateway asks once it is a mapper decision.</extracomment>
        <translation>les positions du diagramme ne couvrent pas chaque étape dans un seul dessin ; mapper redispose la carte</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/building.py" line="+139" />
        <source>{n} shape had a position or size far outside any drawing (beyond {limit}, or not a number); mapper placed or sized it itself: {names}</source>
        <extracomment>Refuse files bigger than this before parsing, and cap decompressed payloads to it. The warning (also in ``warnings``) that says which draw.io page was taken and how to take another: the app leaves it out when the owner has just picked the page. Whole labels that mean "the flow starts here" / "ends here", in the languages of real files.</extracomment>
        <translation>{n} forme avait une position ou une taille très en dehors de tout dessin (au-delà de {limit}, ou pas un nombre) ; mapper l'a placée ou dimensionnée lui-même : {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} shapes had a position or size far outside any drawing (beyond {limit}, or not a number); mapper placed or sized them itself: {names}</source>
        <translation>{n} formes avaient une position ou une taille très en dehors de tout dessin (au-delà de {limit}, ou pas un nombre) ; mapper les a placées ou dimensionnées lui-même : {names}</translation>
    </message>
    <message>
        <location line="+88" />
        <source>{n} box that says where the flow starts or ends became a start/end point: {names}</source>
        <translation>{n} boîte qui dit où le flux commence ou finit est devenue un point de début/fin : {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} boxes that say where the flow starts or ends became start/end points: {names}</source>
        <translation>{n} boîtes qui disent où le flux commence ou finit sont devenues des points de début/fin : {names}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{n} box with two or more labelled arrows out became a decision: {names}</source>
        <translation>{n} boîte avec deux flèches sortantes libellées ou plus est devenue une décision : {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} boxes with two or more labelled arrows out became decisions: {names}</source>
        <translation>{n} boîtes avec deux flèches sortantes libellées ou plus sont devenues des décisions : {names}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{n} start/end shape in the middle of the flow became an activity (a start or end point has arrows only out or only in): {names}</source>
        <translation>{n} forme de début/fin au milieu du flux est devenue une activité (un point de début ou de fin n'a que des flèches sortantes ou que des flèches entrantes) : {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} start/end shapes in the middle of the flow became activities (a start or end point has arrows only out or only in): {names}</source>
        <translation>{n} formes de début/fin au milieu du flux sont devenues des activités (un point de début ou de fin n'a que des flèches sortantes ou que des flèches entrantes) : {names}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{n} note with arrows became an activity (notes take no part in the flow): {names}</source>
        <translation>{n} remarque avec des flèches est devenue une activité (les remarques ne font pas partie du flux) : {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} notes with arrows became activities (notes take no part in the flow): {names}</source>
        <translation>{n} remarques avec des flèches sont devenues des activités (les remarques ne font pas partie du flux) : {names}</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/drawio/container.py" line="+40" />
        <source>the file is too large for a diagram ({size} MB)</source>
        <translation>le fichier est trop volumineux pour un diagramme ({size} Mo)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the diagram inside the SVG</source>
        <translation>le diagramme dans le SVG</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the draw.io diagram inside this picture is damaged</source>
        <translation>le diagramme draw.io dans cette image est endommagé</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this picture holds no draw.io diagram (save it from draw.io as an editable PNG, "Include a copy of my diagram")</source>
        <translation>cette image ne contient aucun diagramme draw.io (enregistrez-la depuis draw.io en PNG modifiable, "Include a copy of my diagram")</translation>
    </message>
    <message>
        <location line="+23" />
        <source>this web page holds no draw.io diagram (no data-mxgraph in it)</source>
        <translation>cette page web ne contient aucun diagramme draw.io (pas de data-mxgraph)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the draw.io diagram in this web page is damaged (data-mxgraph is not JSON)</source>
        <translation>le diagramme draw.io de cette page web est endommagé (data-mxgraph n'est pas du JSON)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this web page's draw.io viewer has no diagram inside (no "xml" in it)</source>
        <translation>la visionneuse draw.io de cette page web ne contient aucun diagramme (pas de "xml")</translation>
    </message>
    <message>
        <location line="+12" />
        <source>this is not a draw.io diagram (the XML starts with &lt;{tag}&gt;, expected &lt;mxfile&gt; or &lt;mxGraphModel&gt;)</source>
        <translation>ce n'est pas un diagramme draw.io (le XML commence par &lt;{tag}&gt;, attendu &lt;mxfile&gt; ou &lt;mxGraphModel&gt;)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the draw.io file has no pages (no &lt;diagram&gt; inside &lt;mxfile&gt;)</source>
        <translation>le fichier draw.io n'a aucune page (pas de &lt;diagram&gt; dans &lt;mxfile&gt;)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the compressed diagram is damaged (not valid base64)</source>
        <translation>le diagramme compressé est endommagé (base64 non valide)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the compressed diagram is damaged (it does not inflate)</source>
        <translation>le diagramme compressé est endommagé (il ne se décompresse pas)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the compressed diagram unpacks to more than {size} MB; mapper refuses it</source>
        <translation>le diagramme compressé se décompresse en plus de {size} Mo ; mapper le refuse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the compressed diagram is cut off (it ends too early)</source>
        <translation>le diagramme compressé est tronqué (il se termine trop tôt)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the compressed diagram is damaged (it is not text)</source>
        <translation>le diagramme compressé est endommagé (ce n'est pas du texte)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>page {number} "{name}"</source>
        <translation>page {number} "{name}"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the page is empty</source>
        <translation>la page est vide</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the page holds &lt;{tag}&gt;, not a diagram</source>
        <translation>la page contient &lt;{tag}&gt;, pas un diagramme</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/drawio/reader.py" line="-447" />
        <source>there is no page {number}; the file has {n} page: {names}</source>
        <extracomment>draw.io's own page names in its languages ("Page-1", "Seite-1", "Страница — 1", "第 1 页"...): not a title the author chose.</extracomment>
        <translation>il n'y a pas de page {number} ; le fichier a {n} page : {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there is no page {number}; the file has {n} pages: {names}</source>
        <translation>il n'y a pas de page {number} ; le fichier a {n} pages : {names}</translation>
    </message>
    <message>
        <location line="+19" />
        <source> (page {pages} had no shapes)</source>
        <translation> (la page {pages} n'avait aucune forme)</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (pages {pages} had no shapes)</source>
        <translation> (les pages {pages} n'avaient aucune forme)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>took page {number} "{name}" of {count}{why}; the others ({others}) can be imported with --page N</source>
        <translation>page {number} "{name}" sur {count} retenue{why} ; les autres ({others}) peuvent être importées avec --page N</translation>
    </message>
    <message>
        <location line="+31" />
        <source>page {number}</source>
        <translation>page {number}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>left out {n} shape or arrow that draw.io hides (hidden layers or hidden cells)</source>
        <translation>{n} forme ou flèche que draw.io masque laissée de côté (calques ou cellules masqués)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} shapes and arrows that draw.io hides (hidden layers or hidden cells)</source>
        <translation>{n} formes et flèches que draw.io masque laissées de côté (calques ou cellules masqués)</translation>
    </message>
    <message>
        <location line="+284" />
        <source>{place} has no shapes mapper could read</source>
        <translation>{place} n'a aucune forme que mapper puisse lire</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} text laid over or under a shape became its name: {names}</source>
        <translation>{n} texte posé sur ou sous une forme est devenu son nom : {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} texts laid over or under a shape became its name: {names}</source>
        <translation>{n} textes posés sur ou sous une forme sont devenus son nom : {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} texts laid over or under a shape became their names: {names}</source>
        <translation>{n} textes posés sur ou sous une forme sont devenus leurs noms : {names}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>left out {n} small marker with no arrows (callouts, badges or legend keys)</source>
        <translation>{n} petit repère sans flèches laissé de côté (bulles, badges ou clés de légende)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} small markers with no arrows (callouts, badges or legend keys)</source>
        <translation>{n} petits repères sans flèches laissés de côté (bulles, badges ou clés de légende)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{n} junction point</source>
        <translation>{n} point de jonction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} junction points</source>
        <translation>{n} points de jonction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>connectors {names} and {points} became the arrows that pass through them</source>
        <translation>les connecteurs {names} et {points} sont devenus les flèches qui les traversent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>connectors {names} became the arrows that pass through them</source>
        <translation>les connecteurs {names} sont devenus les flèches qui les traversent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{points} became the arrows that pass through them</source>
        <translation>à la place de {points}, il y a maintenant les flèches qui y passent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} arrow from step to step</source>
        <translation>{n} flèche d'étape à étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} arrows from step to step</source>
        <translation>{n} flèches d'étape à étape</translation>
    </message>
    <message>
        <location line="+2" />
        <source>followed {n} loose line that joins others into {arrows}</source>
        <translation>{n} ligne libre qui en rejoint d'autres suivie pour former {arrows}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>followed {n} loose lines that join each other into {arrows}</source>
        <translation>{n} lignes libres qui se rejoignent suivies pour former {arrows}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>joined {n} arrow whose loose end was dropped on a shape (drawn touching it, but not attached)</source>
        <translation>{n} flèche rattachée : son extrémité libre était posée sur une forme (elle la touche sur le dessin, sans y être attachée)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>joined {n} arrows whose loose end was dropped on a shape (drawn touching it, but not attached)</source>
        <translation>{n} flèches rattachées : leur extrémité libre était posée sur une forme (elles la touchent sur le dessin, sans y être attachées)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>joined {n} arrow that stops just short of the shape it points at (within {reach} px)</source>
        <translation>{n} flèche rattachée : elle s'arrête juste avant la forme qu'elle vise (à moins de {reach} px)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>joined {n} arrows that stop just short of the shape they point at (within {reach} px)</source>
        <translation>{n} flèches rattachées : elles s'arrêtent juste avant la forme qu'elles visent (à moins de {reach} px)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out {n} arrow not attached to a shape at both ends (cell {cells})</source>
        <translation>{n} flèche laissée de côté : elle n'est pas attachée à une forme aux deux bouts (cellule {cells})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} arrows not attached to a shape at both ends (cell {cells})</source>
        <translation>{n} flèches laissées de côté : elles ne sont pas attachées à une forme aux deux bouts (cellule {cells})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out {n} arrow drawn to or from a swimlane or group rather than a step (cell {cells})</source>
        <translation>{n} flèche laissée de côté : elle va vers ou part d'un couloir ou d'un groupe plutôt que d'une étape (cellule {cells})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} arrows drawn to or from a swimlane or group rather than a step (cell {cells})</source>
        <translation>{n} flèches laissées de côté : elles vont vers ou partent d'un couloir ou d'un groupe plutôt que d'une étape (cellule {cells})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out {n} arrow that ends on another arrow (cell {cells})</source>
        <translation>{n} flèche laissée de côté : elle aboutit sur une autre flèche (cellule {cells})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} arrows that end on another arrow (cell {cells})</source>
        <translation>{n} flèches laissées de côté : elles aboutissent sur une autre flèche (cellule {cells})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} arrow with the arrowhead at the start now runs the way the arrowhead points</source>
        <translation>{n} flèche dont la pointe était au départ va maintenant dans le sens de la pointe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} arrows with the arrowhead at the start now run the way the arrowhead points</source>
        <translation>{n} flèches dont la pointe était au départ vont maintenant dans le sens de la pointe</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} free-floating text next to an arrow became its label: {names}</source>
        <translation>{n} texte libre à côté d'une flèche est devenu son libellé : {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} free-floating texts next to arrows became their labels: {names}</source>
        <translation>{n} textes libres à côté de flèches sont devenus leurs libellés : {names}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} table became a step: the first row is the step, the second row its owner</source>
        <translation>{n} tableau est devenu une étape : la première ligne est l'étape, la deuxième son responsable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} tables became steps: the first row is the step, the second row its owner</source>
        <translation>{n} tableaux sont devenus des étapes : la première ligne est l'étape, la deuxième son responsable</translation>
    </message>
    <message>
        <location line="+9" />
        <source>; {n} says "Do all of the next steps" or "Wait until all are done", so the analysis takes every branch</source>
        <translation> ; {n} dit "Do all of the next steps" ou "Wait until all are done", l'analyse suit donc chaque branche</translation>
    </message>
    <message>
        <location line="+2" />
        <source>; {n} say "Do all of the next steps" or "Wait until all are done", so the analysis takes every branch</source>
        <translation> ; {n} disent "Do all of the next steps" ou "Wait until all are done", l'analyse suit donc chaque branche</translation>
    </message>
    <message>
        <location line="+5" />
        <source>named {n} unlabelled start/end shape Start or End</source>
        <translation>{n} forme de début/fin sans libellé a été nommée Start ou End</translation>
    </message>
    <message>
        <location line="+1" />
        <source>named {n} unlabelled start/end shapes Start or End</source>
        <translation>{n} formes de début/fin sans libellé ont été nommées Start ou End</translation>
    </message>
    <message>
        <location line="+3" />
        <source>left out {n} shape with no text and no arrows (decoration)</source>
        <translation>{n} forme sans texte ni flèches laissée de côté (décoration)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left out {n} shapes with no text and no arrows (decoration)</source>
        <translation>{n} formes sans texte ni flèches laissées de côté (décoration)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} arrow lost bends mapper cannot follow; mapper routes it itself</source>
        <translation>{n} flèche a perdu des coudes que mapper ne sait pas suivre ; mapper la trace lui-même</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} arrows lost bends mapper cannot follow; mapper routes them itself</source>
        <translation>{n} flèches ont perdu des coudes que mapper ne sait pas suivre ; mapper les trace lui-même</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ignored mapper properties on {n} shape that were not valid</source>
        <translation>propriétés mapper non valides ignorées sur {n} forme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ignored mapper properties on {n} shapes that were not valid</source>
        <translation>propriétés mapper non valides ignorées sur {n} formes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>swimlane titles became the owners of the steps inside: {names}</source>
        <translation>les titres des couloirs sont devenus les responsables des étapes qu'ils contiennent : {names}</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/importers.py" line="+61" />
        <source>this file is neither a draw.io diagram (&lt;mxfile&gt;, an editable draw.io SVG or HTML page) nor a BPMN model (&lt;definitions&gt;)</source>
        <extracomment>"xml" means: look inside to tell draw.io from BPMN.</extracomment>
        <translation>ce fichier n'est ni un diagramme draw.io (&lt;mxfile&gt;, un SVG ou une page HTML draw.io modifiables) ni un modèle BPMN (&lt;definitions&gt;)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this .xml file does not hold XML</source>
        <translation>ce fichier .xml ne contient pas de XML</translation>
    </message>
    <message>
        <location line="+5" />
        <source>mapper cannot tell what kind of file this is; it imports Mermaid (.mmd, .md), draw.io (.drawio, .xml), BPMN (.bpmn) and mapper maps (.json)</source>
        <translation>mapper ne reconnaît pas ce type de fichier ; il importe Mermaid (.mmd, .md), draw.io (.drawio, .xml), BPMN (.bpmn) et les cartes mapper (.json)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>this is a binary file, not text</source>
        <translation>c'est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file is not UTF-8 text (save it as UTF-8 and try again)</source>
        <translation>le fichier n'est pas du texte UTF-8 (enregistrez-le en UTF-8 et réessayez)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>--page only applies to draw.io files; ignored it</source>
        <translation>--page ne s'applique qu'aux fichiers draw.io ; ignoré</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/mermaid/chains.py" line="+101" />
        <source>expected an arrow such as --&gt; after a step</source>
        <extracomment>Shapes drawn round that mapper reads as start/end points only where the flow starts or stops (opener -&gt; which shape, for the warnings: see ``reader.shape_count``); database shapes never are.</extracomment>
        <translation>une flèche comme --&gt; est attendue après une étape</translation>
    </message>
    <message>
        <location line="+18" />
        <source>expected a step id</source>
        <translation>un identifiant d'étape est attendu</translation>
    </message>
    <message>
        <location line="+20" />
        <source>expected a class name after :::</source>
        <translation>un nom de classe est attendu après :::</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a label's closing quote is missing</source>
        <translation>le guillemet fermant d'un libellé manque</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected {closer} after the quoted label</source>
        <translation>{closer} est attendu après le libellé entre guillemets</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a shape is not closed (expected {closer})</source>
        <translation>une forme n'est pas fermée ({closer} attendu)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a @{ shape } is not closed</source>
        <translation>un @{ shape } n'est pas fermé</translation>
    </message>
    <message>
        <location line="+27" />
        <source>an arrow with text is not finished (expected --&gt;)</source>
        <translation>une flèche avec texte n'est pas terminée (--&gt; attendu)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>an arrow label is not closed with |</source>
        <translation>un libellé de flèche n'est pas fermé par |</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/mermaid/lexer.py" line="+90" />
        <source>the file holds {count} Mermaid diagrams; took the flowchart at line {line} and left the other {n} diagram</source>
        <translation>le fichier contient {count} diagrammes Mermaid ; l'organigramme de la ligne {line} a été retenu, l'autre diagramme laissé de côté ({n})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file holds {count} Mermaid diagrams; took the flowchart at line {line} and left the other {n} diagrams</source>
        <translation>le fichier contient {count} diagrammes Mermaid ; l'organigramme de la ligne {line} a été retenu, les {n} autres diagrammes laissés de côté</translation>
    </message>
    <message>
        <location line="+8" />
        <source>this is a Mermaid {kind}, not a flowchart; mapper imports flowcharts (they start with "flowchart" or "graph")</source>
        <translation>c'est un {kind} Mermaid, pas un organigramme ; mapper importe les organigrammes (ils commencent par "flowchart" ou "graph")</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the Markdown holds no Mermaid flowchart (a ```mermaid block starting with "flowchart" or "graph")</source>
        <translation>le Markdown ne contient aucun organigramme Mermaid (un bloc ```mermaid qui commence par "flowchart" ou "graph")</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this is not a Mermaid flowchart: it should start with "flowchart TD", "flowchart LR" or "graph TD"</source>
        <translation>ce n'est pas un organigramme Mermaid : il devrait commencer par "flowchart TD", "flowchart LR" ou "graph TD"</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/mermaid/reader.py" line="+76" />
        <source>the Mermaid block is empty: no "flowchart" line</source>
        <translation>le bloc Mermaid est vide : pas de ligne "flowchart"</translation>
    </message>
    <message>
        <location line="+53" />
        <source>line {line}: unusual flowchart header "{header}"; read it as a flowchart</source>
        <translation>ligne {line} : en-tête inhabituel "{header}" ; lu comme un organigramme</translation>
    </message>
    <message>
        <location line="+15" />
        <source>line {line}: "end" without a subgraph to close; ignored</source>
        <translation>ligne {line} : "end" sans sous-graphe à fermer ; ignoré</translation>
    </message>
    <message>
        <location line="+24" />
        <source>line {line}: could not read "{text}" ({reason}); skipped it</source>
        <translation>ligne {line} : impossible de lire "{text}" ({reason}) ; ignorée</translation>
    </message>
    <message>
        <location line="+13" />
        <source>line {line}: an arrow has two labels ("-- text --&gt;|text|", which Mermaid refuses); kept both as "{label}"</source>
        <translation>ligne {line} : une flèche a deux libellés ("-- text --&gt;|text|", ce que Mermaid refuse) ; les deux sont gardés comme "{label}"</translation>
    </message>
    <message>
        <location line="+29" />
        <source>line {line}: subgraph "{title}" is never closed with "end"; closed it at the end of the file</source>
        <translation>ligne {line} : le sous-graphe "{title}" n'est jamais fermé par "end" ; fermé à la fin du fichier</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{n} arrow drawn to or from a whole subgraph now joins the steps it starts or ends with (mapper's arrows join steps)</source>
        <translation>{n} flèche tracée vers ou depuis un sous-graphe entier relie maintenant les étapes par lesquelles il commence ou finit (les flèches de mapper relient des étapes)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} arrows drawn to or from a whole subgraph now join the steps it starts or ends with (mapper's arrows join steps)</source>
        <translation>{n} flèches tracées vers ou depuis un sous-graphe entier relient maintenant les étapes par lesquelles il commence ou finit (les flèches de mapper relient des étapes)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} arrow drawn to or from a whole subgraph with no other step in it to join (mapper's arrows join steps)</source>
        <translation>{n} flèche tracée vers ou depuis un sous-graphe entier sans autre étape à relier laissée de côté (les flèches de mapper relient des étapes)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} arrows drawn to or from a whole subgraph with no other step in it to join (mapper's arrows join steps)</source>
        <translation>{n} flèches tracées vers ou depuis un sous-graphe entier sans autre étape à relier laissées de côté (les flèches de mapper relient des étapes)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{shapes} that stores data became an activity (storing is a step, not a start or end): {names}</source>
        <translation>{shapes} qui stocke des données est maintenant une activité (stocker est une étape, pas un début ni une fin) : {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{shapes} that store data became activities (storing is a step, not a start or end): {names}</source>
        <translation>{shapes} qui stockent des données sont maintenant des activités (stocker est une étape, pas un début ni une fin) : {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{shapes} in the middle of the flow became an activity (a start or end point has arrows only out or only in): {names}</source>
        <translation>{shapes} au milieu du flux est maintenant une activité (un point de début ou de fin n'a que des flèches sortantes ou que des flèches entrantes) : {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{shapes} in the middle of the flow became activities (a start or end point has arrows only out or only in): {names}</source>
        <translation>{shapes} au milieu du flux sont maintenant des activités (un point de début ou de fin n'a que des flèches sortantes ou que des flèches entrantes) : {names}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>subgraphs were flattened; their titles became the owners of the steps inside: {names}</source>
        <translation>les sous-graphes ont été aplatis ; leurs titres sont devenus les responsables des étapes qu'ils contiennent : {names}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} two-way arrow (&lt;--&gt;) kept pointing one way only, from the first step to the second</source>
        <translation>{n} flèche à double sens (&lt;--&gt;) ne pointe plus que dans un sens, de la première étape à la deuxième</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} two-way arrows (&lt;--&gt;) kept pointing one way only, from the first step to the second</source>
        <translation>{n} flèches à double sens (&lt;--&gt;) ne pointent plus que dans un sens, de la première étape à la deuxième</translation>
    </message>
    <message>
        <location line="+4" />
        <source>left out {n} invisible link (~~~): it only spaces the drawing</source>
        <translation>{n} lien invisible (~~~) laissé de côté : il ne sert qu'à espacer le dessin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out {n} invisible links (~~~): they only space the drawing</source>
        <translation>{n} liens invisibles (~~~) laissés de côté : ils ne servent qu'à espacer le dessin</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <location line="+1" />
        <source>colours are not kept</source>
        <translation>les couleurs ne sont pas gardées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>arrow colours are not kept</source>
        <translation>les couleurs des flèches ne sont pas gardées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>links and callbacks are not kept</source>
        <translation>les liens et les rappels ne sont pas gardés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mapper lays the map out itself</source>
        <translation>mapper dispose la carte lui-même</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not used by mapper</source>
        <translation>pas utilisé par mapper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>settings (%%{...}%%)</source>
        <translation>réglages (%%{...}%%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accessibility description</source>
        <translation>description d'accessibilité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped {n} {what} line ({why})</source>
        <translation>{n} ligne {what} ignorée ({why})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped {n} {what} lines ({why})</source>
        <translation>{n} lignes {what} ignorées ({why})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skipped {n} comment line (%%)</source>
        <translation>{n} ligne de commentaire ignorée (%%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped {n} comment lines (%%)</source>
        <translation>{n} lignes de commentaire ignorées (%%)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} {name} shape</source>
        <translation>{n} forme {name}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} {name} shapes</source>
        <translation>{n} formes {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} rounded box (..)</source>
        <translation>{n} boîte arrondie (..)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} rounded boxes (..)</source>
        <translation>{n} boîtes arrondies (..)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} pill ([..])</source>
        <translation>{n} pilule ([..])</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} pills ([..])</source>
        <translation>{n} pilules ([..])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} circle ((..))</source>
        <translation>{n} cercle ((..))</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} circles ((..))</source>
        <translation>{n} cercles ((..))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} circle (((..)))</source>
        <translation>{n} cercle (((..)))</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} circles (((..)))</source>
        <translation>{n} cercles (((..)))</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} database shape [(..)]</source>
        <translation>{n} forme de base de données [(..)]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} database shapes [(..)]</source>
        <translation>{n} formes de base de données [(..)]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} database shape</source>
        <translation>{n} forme de base de données</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} database shapes</source>
        <translation>{n} formes de base de données</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/safexml.py" line="+30" />
        <source>the file declares its own XML entities; mapper refuses those for safety (that is how "XML bomb" files work)</source>
        <translation>le fichier déclare ses propres entités XML ; mapper les refuse par sécurité (c'est ainsi que fonctionnent les "bombes XML")</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file refers to outside files or web addresses (external entities); mapper refuses those for safety</source>
        <translation>le fichier renvoie à des fichiers extérieurs ou à des adresses web (entités externes) ; mapper les refuse par sécurité</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file has a document type declaration, which mapper refuses</source>
        <translation>le fichier a une déclaration de type de document, que mapper refuse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the XML was refused for safety ({reason})</source>
        <translation>le XML a été refusé par sécurité ({reason})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the XML ends too early (the file may be cut off or empty)</source>
        <translation>le XML se termine trop tôt (le fichier est peut-être tronqué ou vide)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the XML ends in the middle of a tag (the file may be cut off)</source>
        <translation>le XML se termine au milieu d'une balise (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the XML is broken ({reason})</source>
        <translation>le XML est cassé ({reason})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the XML could not be read ({reason})</source>
        <translation>impossible de lire le XML ({reason})</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/scorecard_csv.py" line="+36" />
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>row {row}, column {column}</source>
        <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the file is not UTF-8 text (save it from the spreadsheet as CSV UTF-8)</source>
        <translation>le fichier n'est pas du texte UTF-8 (enregistrez-le depuis le tableur en CSV UTF-8)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>byte {byte}</source>
        <translation>octet {byte}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the file is empty; it needs a header row: week, then one column per metric</source>
        <translation>le fichier est vide ; il faut une ligne d'en-tête : week, puis une colonne par indicateur</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the first column must be "week" (then one column per metric)</source>
        <translation>la première colonne doit être "week" (puis une colonne par indicateur)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>this column has no name in the header row</source>
        <translation>cette colonne n'a pas de nom dans la ligne d'en-tête</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"{name}" and "{other}" are the same metric; keep one column</source>
        <translation>"{name}" et "{other}" sont le même indicateur ; gardez une seule colonne</translation>
    </message>
    <message>
        <location line="+10" />
        <source>this row has {cells} cells but the header has {columns} columns</source>
        <translation>cette ligne a {cells} cellules mais l'en-tête a {columns} colonnes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"{week}" is not a week that exists (write weeks as 2026-W49)</source>
        <translation>"{week}" n'est pas une semaine qui existe (écrivez les semaines ainsi : 2026-W49)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the week is missing</source>
        <translation>la semaine manque</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{week} is given twice (rows {first} and {again})</source>
        <translation>{week} figure deux fois (lignes {first} et {again})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>row {row}, column "{column}"</source>
        <translation>ligne {row}, colonne "{column}"</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="+34" />
        <source>Start / end</source>
        <translation>Début / fin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{n} start / end</source>
        <translation>{n} début / fin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} starts / ends</source>
        <translation>{n} débuts / fins</translation>
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
</context>
<context>
    <name>LabelGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="-128" />
        <source>Move Label</source>
        <translation>Déplacer le libellé</translation>
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
    <name>LegendPanel</name>
    <message>
        <location filename="../../mapper/ui/legend_panel.py" line="+13" />
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+0" />
        <source>right before the customer decides</source>
        <translation>juste avant que le client décide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automate</source>
        <translation>Automatiser</translation>
    </message>
    <message>
        <location line="+0" />
        <source>a machine could do it</source>
        <translation>une machine pourrait le faire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count it every week</source>
        <translation>à compter chaque semaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the flow breaks here</source>
        <translation>le flux casse ici</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>worth a second look</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0" />
        <source>who answers for it</source>
        <translation>qui en répond</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Show or hide the {name} badges on the canvas</source>
        <translation>Afficher ou masquer les pastilles {name} sur la toile</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mapper/ui/main_window.py" line="+44" />
        <source>Maps and diagrams</source>
        <extracomment>Edits settle this long before the journal is written.</extracomment>
        <translation>Cartes et diagrammes</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Untitled</source>
        <extracomment>Windows opened by the app (recovered maps, New Window) stay referenced here.</extracomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Start with the first step</source>
        <translation>Commencez par la première étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag a shape from the left, or press &lt;b&gt;T&lt;/b&gt; for a start, &lt;b&gt;A&lt;/b&gt; for an activity, &lt;b&gt;D&lt;/b&gt; for a decision.&lt;br&gt;Then &lt;b&gt;Tab&lt;/b&gt; adds what happens next.</source>
        <translation>Faites glisser une forme depuis la gauche, ou appuyez sur &lt;b&gt;T&lt;/b&gt; pour un début, &lt;b&gt;A&lt;/b&gt; pour une activité, &lt;b&gt;D&lt;/b&gt; pour une décision.&lt;br&gt;Puis &lt;b&gt;Tab&lt;/b&gt; ajoute ce qui se passe ensuite.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle carte…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start a new map</source>
        <translation>Commencer une nouvelle carte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+560" />
        <source>Open a map</source>
        <translation>Ouvrir une carte</translation>
    </message>
    <message>
        <location line="-559" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+595" />
        <source>Save the map</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <location line="-594" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bring in a Mermaid, draw.io or BPMN diagram</source>
        <translation>Importer un diagramme Mermaid, draw.io ou BPMN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export as &amp;Mermaid…</source>
        <translation>Exporter en &amp;Mermaid…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export as &amp;draw.io…</source>
        <translation>Exporter en &amp;draw.io…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Image or PDF…</source>
        <translation>E&amp;xporter en image ou PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the map as PNG, SVG or PDF</source>
        <translation>Exporter la carte en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Print the map</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;Checklist…</source>
        <translation>Exporter la &amp;checklist…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the team's checklist</source>
        <translation>Exporter la checklist de l'équipe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print Chec&amp;klist…</source>
        <translation>Imprimer la chec&amp;klist…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checklist Previe&amp;w…</source>
        <translation>Aperç&amp;u de la checklist…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;nnect To…</source>
        <translation>Co&amp;nnecter à…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw an arrow from the selected step to a step you pick from a list</source>
        <translation>Tracer une flèche de l'étape sélectionnée vers une étape choisie dans une liste</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Start / End</source>
        <translation>Début / fin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a start or end point</source>
        <translation>Ajouter un point de début ou de fin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a note</source>
        <translation>Ajouter une remarque</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom arri&amp;ère</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fit to Window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the whole map</source>
        <translation>Afficher toute la carte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Magnétisme de la grille</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show {name} Badges</source>
        <translation>Pastilles {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Tidy Up</source>
        <translation>&amp;Ranger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lay out the whole map, or the selected steps</source>
        <translation>Disposer toute la carte, ou les étapes sélectionnées</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tidy Up &amp;Left to Right</source>
        <translation>Ranger de &amp;gauche à droite</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tidy Up Top to &amp;Bottom</source>
        <translation>Ranger de haut en &amp;bas</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Align &amp;Centres Horizontally</source>
        <translation>Aligner les &amp;centres horizontalement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Align Centres &amp;Vertically</source>
        <translation>Aligner les centres &amp;verticalement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Distribute &amp;Horizontally</source>
        <translation>Répartir h&amp;orizontalement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Distribute &amp;Vertically</source>
        <translation>Répartir verticale&amp;ment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About mapper</source>
        <translation>À &amp;propos de mapper</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;File</source>
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
        <location line="+5" />
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Shapes</source>
        <translation>Formes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <location line="+15" />
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
        <location line="+4" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the problems</source>
        <translation>Afficher les problèmes</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Empty map</source>
        <translation>Carte vide</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Could not keep a recovery copy: {error}</source>
        <translation>Impossible de garder une copie de récupération : {error}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Recovery copy unreadable</source>
        <translation>Copie de récupération illisible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A recovery copy of unsaved work could not be read. It was kept aside as {kept} and will not be offered again.</source>
        <translation>Une copie de récupération de travail non enregistré n'a pas pu être lue. Elle a été mise de côté sous {kept} et ne sera plus proposée.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Recovered unsaved work on {title}. Save it to keep it.</source>
        <translation>Travail non enregistré récupéré sur {title}. Enregistrez-le pour le garder.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your current map is unchanged.</source>
        <translation>Votre carte actuelle n'a pas changé.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Could not open the template</source>
        <translation>Impossible d'ouvrir le modèle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The template could not be read.</source>
        <translation>Le modèle n'a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Could not open the map</source>
        <translation>Impossible d'ouvrir la carte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” could not be opened.</source>
        <translation>« {name} » n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Could not save the map</source>
        <translation>Impossible d'enregistrer la carte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was not saved. Your changes are still open here.</source>
        <translation>« {name} » n'a pas été enregistré. Vos modifications sont toujours ouvertes ici.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location line="+48" />
        <source>No recent maps</source>
        <translation>Aucune carte récente</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Import a diagram</source>
        <translation>Importer un diagramme</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+5" />
        <source>Could not import</source>
        <translation>Impossible d'importer</translation>
    </message>
    <message>
        <location line="-4" />
        <source>“{name}” could not be imported.</source>
        <translation>« {name} » n'a pas pu être importé.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{name}” could not be read.</source>
        <translation>« {name} » n'a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No steps were found in “{name}”.</source>
        <translation>Aucune étape trouvée dans « {name} ».</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Imported with notes</source>
        <translation>Importé avec remarques</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was imported. A few things could not be carried over exactly:</source>
        <translation>« {name} » a été importé. Quelques éléments n'ont pas pu être repris exactement :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Imported {name}: {counts}</source>
        <translation>{name} importé : {counts}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export as {what}</source>
        <translation>Exporter en {what}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Could not export</source>
        <translation>Impossible d'exporter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was not written.</source>
        <translation>« {name} » n'a pas été écrit.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Tidied up the selection</source>
        <translation>Sélection rangée</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tidied up the map</source>
        <translation>Carte rangée</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Canvas</source>
        <translation>Toile</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About mapper</source>
        <translation>À propos de mapper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Map your most profitable system, see what is broken, which steps are critical, what a machine could do and where to measure; then print the checklists your team follows.</source>
        <translation>Cartographiez votre système le plus rentable, voyez ce qui est cassé, quelles étapes sont critiques, ce qu'une machine pourrait faire et où mesurer ; puis imprimez les checklists que suit votre équipe.</translation>
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
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../mapper/model/fileformat.py" line="-55" />
        <source>the file is too large to be {what} ({size} MB; mapper reads up to {limit} MB)</source>
        <extracomment>Files larger than this are refused before parsing (a map of 20,000 steps is ~6 MB). Migrations: ``MIGRATIONS[n]`` turns a version-n document (a dict) into version n+1.</extracomment>
        <translation>le fichier est trop volumineux pour être {what} ({size} Mo ; mapper lit jusqu'à {limit} Mo)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no such file</source>
        <translation>ce fichier n'existe pas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this is a folder, not {what}</source>
        <translation>c'est un dossier, pas {what}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>permission denied: mapper may not read this file</source>
        <translation>permission refusée : mapper ne peut pas lire ce fichier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>could not be read ({reason})</source>
        <translation>impossible de le lire ({reason})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a map</source>
        <translation>une carte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a CSV file</source>
        <translation>un fichier CSV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a file mapper can import</source>
        <translation>un fichier que mapper peut importer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the file is not UTF-8 text (is it really a mapper map?)</source>
        <translation>le fichier n'est pas du texte UTF-8 (est-ce vraiment une carte mapper ?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>line {line}, byte {byte}</source>
        <translation>ligne {line}, octet {byte}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>this is not valid JSON ({reason})</source>
        <translation>ce n'est pas du JSON valide ({reason})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the JSON is nested too deeply; this is not a map</source>
        <translation>le JSON est imbriqué trop profondément ; ce n'est pas une carte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the number {token} is not allowed in a map</source>
        <translation>le nombre {token} n'est pas admis dans une carte</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a map file must hold a JSON object { ... } at the top</source>
        <translation>un fichier de carte doit contenir un objet JSON { ... } au premier niveau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this is not a mapper map (format is {found}, expected {expected})</source>
        <translation>ce n'est pas une carte mapper (format vaut {found}, attendu {expected})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the required field "schema_version" is missing</source>
        <translation>le champ obligatoire "schema_version" manque</translation>
    </message>
    <message>
        <location line="+2" />
        <source>schema_version must be a whole number</source>
        <translation>schema_version doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this map was made by a newer mapper (file format version {version}; this mapper reads up to {newest}). Update mapper to open it.</source>
        <translation>cette carte a été créée par un mapper plus récent (version de format {version} ; ce mapper lit jusqu'à la {newest}). Mettez mapper à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the required field "format" is missing (it should be {expected})</source>
        <translation>le champ obligatoire "format" manque (il devrait valoir {expected})</translation>
    </message>
    <message>
        <location line="+14" />
        <source>schema_version {version} is not a valid version</source>
        <translation>schema_version {version} n'est pas une version valide</translation>
    </message>
    <message>
        <location line="+5" />
        <source>file format version {version} is too old to be read by this mapper</source>
        <translation>la version de format {version} est trop ancienne pour ce mapper</translation>
    </message>
    <message>
        <location line="+24" />
        <source>top level</source>
        <translation>premier niveau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{place}, field "{field}"</source>
        <translation>{place}, champ "{field}"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>step "{id}" ({key}[{index}])</source>
        <translation>étape "{id}" ({key}[{index}])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>arrow "{id}" ({key}[{index}])</source>
        <translation>flèche "{id}" ({key}[{index}])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>priority "{id}" ({key}[{index}])</source>
        <translation>priorité "{id}" ({key}[{index}])</translation>
    </message>
    <message>
        <location line="+19" />
        <source>field "{field}"</source>
        <translation>champ "{field}"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>is not a field mapper knows (check the spelling)</source>
        <translation>n'est pas un champ que mapper connaît (vérifiez l'orthographe)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is required but missing</source>
        <translation>est obligatoire mais manque</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be one of: {expected}</source>
        <translation>doit être l'une de ces valeurs : {expected}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be text in quotes</source>
        <translation>doit être du texte entre guillemets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a list [ ... ]</source>
        <translation>doit être une liste [ ... ]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>must be an object {{ ... }}</source>
        <translation>doit être un objet {{ ... }}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a pair [x, y]</source>
        <translation>doit être une paire [x, y]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is too short</source>
        <translation>est trop court</translation>
    </message>
    <message>
        <location line="+1" />
        <source>has too many items</source>
        <translation>a trop d'éléments</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must be between 0 and 1</source>
        <translation>doit être entre 0 et 1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must lie between -{limit} and {limit} (the drawing area of a map)</source>
        <translation>doit être entre -{limit} et {limit} (la zone de dessin d'une carte)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be more than 0 and at most {limit}</source>
        <translation>doit être supérieur à 0 et au plus {limit}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be 0 or more</source>
        <translation>doit être 0 ou plus</translation>
    </message>
    <message>
        <location line="+8" />
        <source>"{field}" {problem}</source>
        <translation>"{field}" {problem}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the step id "{id}" is used twice; every step needs its own id</source>
        <translation>l'identifiant d'étape "{id}" est utilisé deux fois ; chaque étape a besoin de son propre identifiant</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the arrow id "{id}" is used twice; every arrow needs its own id</source>
        <translation>l'identifiant de flèche "{id}" est utilisé deux fois ; chaque flèche a besoin de son propre identifiant</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{end} "{id}" names no step in this map</source>
        <translation>{end} "{id}" ne désigne aucune étape de cette carte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{end} "{id}" is a note; notes take no part in the flow, so arrows may not touch them</source>
        <translation>{end} "{id}" est une remarque ; les remarques ne font pas partie du flux, les flèches ne peuvent donc pas les toucher</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the priority id "{id}" is used twice; every priority needs its own id</source>
        <translation>l'identifiant de priorité "{id}" est utilisé deux fois ; chaque priorité a besoin de son propre identifiant</translation>
    </message>
    <message>
        <location line="+5" />
        <source>step "{id}" names no step in this map</source>
        <translation>l'étape "{id}" ne désigne aucune étape de cette carte</translation>
    </message>
    <message>
        <location line="+8" />
        <source>metrics_log[{index}] (week "{week}")</source>
        <translation>metrics_log[{index}] (semaine "{week}")</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"{week}" is not a week that exists (ISO weeks run 01 to 52, or 53 in some years)</source>
        <translation>"{week}" n'est pas une semaine qui existe (les semaines ISO vont de 01 à 52, ou 53 certaines années)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the week "{week}" is logged twice; keep one entry per week</source>
        <translation>la semaine "{week}" est enregistrée deux fois ; gardez une seule entrée par semaine</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"{key}" names no step or arrow in this map</source>
        <translation>"{key}" ne désigne aucune étape ni flèche de cette carte</translation>
    </message>
    <message>
        <location line="+188" />
        <location line="+26" />
        <source>this is a folder; choose a file name</source>
        <extracomment>A temporary file of a save: ``.NAME.&lt;host&gt;.&lt;pid&gt;.&lt;random&gt;.tmp`` beside NAME. A leftover of another computer (its process cannot be asked) is removed when this old.</extracomment>
        <translation>c'est un dossier ; choisissez un nom de fichier</translation>
    </message>
    <message>
        <location line="-24" />
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <location line="+22" />
        <source>permission denied: mapper may not write here</source>
        <translation>permission refusée : mapper ne peut pas écrire ici</translation>
    </message>
    <message>
        <location line="+4" />
        <source>could not be written ({reason})</source>
        <translation>impossible de l'écrire ({reason})</translation>
    </message>
    <message>
        <location filename="../../mapper/model/log_keys.py" line="+35" />
        <source>"{text}" is not a number</source>
        <translation>"{text}" n'est pas un nombre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"{text}" is too large a number</source>
        <translation>"{text}" est un nombre trop grand</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"{key}" names {n} metrics ({steps}); use a step id</source>
        <translation>"{key}" désigne {n} indicateurs ({steps}) ; utilisez un identifiant d'étape</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"{key}" names no step, arrow or metric in this map</source>
        <translation>"{key}" ne désigne aucune étape, flèche ni indicateur de cette carte</translation>
    </message>
    <message>
        <location filename="../../mapper/model/errors.py" line="+20" />
        <source>{before}: {after}</source>
        <extracomment>Chosen now: the message is often printed after its language's scope has ended.</extracomment>
        <translation>{before} : {after}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../mapper/ui/properties/map_page.py" line="+15" />
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What is this system called?</source>
        <translation>Comment s'appelle ce système ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing (getting customers)</source>
        <translation>Marketing (trouver des clients)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating (delivering the work)</source>
        <translation>Opérations (livrer le travail)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where does it start and stop? What does it deliver?</source>
        <translation>Où commence-t-il et s'arrête-t-il ? Que livre-t-il ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Select a step or an arrow to edit it.</source>
        <translation>Sélectionnez une étape ou une flèche pour la modifier.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../mapper/ui/canvas/scene.py" line="+507" />
        <source>Owner: {0}</source>
        <extracomment>How far from a moved step the arrows that might now route differently are looked for. Items per invisible parent layer (see ``Layer``). Emitted after the scene caught up with a change (for the overview cache and the view). Swimlane bands as the steps stand (drawn by the view's background); kept as they were while a drag is under way (``bands_frozen``).</extracomment>
        <translation>Responsable : {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner: nobody yet</source>
        <translation>Responsable : personne pour l'instant</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Answers for the metric: {0}</source>
        <translation>Répond de l'indicateur : {0}</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../mapper/render/markers.py" line="+23" />
        <source>Critical step</source>
        <extracomment>Marker kinds in the order their badges appear from the shape's top-right corner. "owner" is the owner chip on the shape's bottom edge, switched like a badge (no analysis marker has that kind).</extracomment>
        <translation>Étape critique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could be automated</source>
        <translation>Automatisable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure here</source>
        <translation>Mesurer ici</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Could be automated (score {0})</source>
        <translation>Automatisable (score {0})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Measure here: {0}</source>
        <translation>Mesurer ici : {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}) : {2}</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../mapper/analysis/method.py" line="+56" />
        <source>Map the system</source>
        <extracomment>Step ids still to do (for step 7: none; the priorities are missing, not a step). What is left, in the owner's words ("" when done). Where clicking takes the owner: "steps" (select ``left``), "scorecard" or "review".</extracomment>
        <translation>Cartographier le système</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decide what to automate</source>
        <translation>Décider quoi automatiser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document the critical steps</source>
        <translation>Documenter les étapes critiques</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure them</source>
        <translation>Les mesurer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every step and metric an owner</source>
        <translation>Donner un responsable à chaque étape et indicateur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review the numbers weekly</source>
        <translation>Revoir les chiffres chaque semaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan the quarter</source>
        <translation>Planifier le trimestre</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the map needs a start: where does the system begin?</source>
        <translation>la carte a besoin d'un début : où commence le système ?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mark the end that is a success as a goal (a new client, a paid job)</source>
        <translation>marquez la fin qui est un succès comme objectif (un nouveau client, une prestation payée)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} problem in the flow to fix</source>
        <translation>{n} problème à corriger dans le flux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} problems in the flow to fix</source>
        <translation>{n} problèmes à corriger dans le flux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+18" />
        <source>{n} step could be automated: decide yes or no</source>
        <translation>{n} étape pourrait être automatisée : décidez oui ou non</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} steps could be automated: decide yes or no each</source>
        <translation>{n} étapes pourraient être automatisées : décidez oui ou non pour chacune</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} critical step has no checklist yet</source>
        <translation>{n} étape critique n'a pas encore de checklist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} critical steps have no checklist yet</source>
        <translation>{n} étapes critiques n'ont pas encore de checklist</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} step to measure needs a metric with a target</source>
        <translation>{n} étape à mesurer a besoin d'un indicateur avec un objectif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} steps to measure need a metric with a target</source>
        <translation>{n} étapes à mesurer ont besoin d'un indicateur avec un objectif</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} step has no owner yet</source>
        <translation>{n} étape n'a pas encore de responsable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} steps have no owner yet</source>
        <translation>{n} étapes n'ont pas encore de responsable</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no metrics yet: measure the critical steps first</source>
        <translation>pas encore d'indicateurs : mesurez d'abord les étapes critiques</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} metric has no number for this week or last</source>
        <translation>{n} indicateur n'a pas de chiffre pour cette semaine ni la précédente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} metrics have no number for this week or last</source>
        <translation>{n} indicateurs n'ont pas de chiffre pour cette semaine ni la précédente</translation>
    </message>
    <message>
        <location line="+5" />
        <source>set at least one priority for {quarter}, with an owner</source>
        <translation>fixez au moins une priorité pour {quarter}, avec un responsable</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Map the system first (step 1)</source>
        <translation>Cartographiez d'abord le système (étape 1)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../../mapper/analysis/metrics.py" line="+50" />
        <source>Leads in: {step}</source>
        <translation>Prospects entrants : {step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>volume in: count who enters the system here</source>
        <translation>volume entrant : comptez qui entre dans le système ici</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{step} ({label} rate)</source>
        <translation>{step} (taux « {label} »)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{step} (share per branch)</source>
        <translation>{step} (part par branche)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conversion: the share of people going each way shows where the system leaks</source>
        <translation>conversion : la part des personnes qui vont dans chaque direction montre où le système fuit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Won: {step}</source>
        <translation>Gagnés : {step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended: {step}</source>
        <translation>Terminés : {step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outcome: count how many finish here, your goal</source>
        <translation>résultat : comptez combien finissent ici, votre objectif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outcome: count how many finish here</source>
        <translation>résultat : comptez combien finissent ici</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Times done: {step}</source>
        <translation>Nombre de fois : {step}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a critical step: check that it is done every time</source>
        <translation>une étape critique : vérifiez qu'elle est faite à chaque fois</translation>
    </message>
    <message>
        <location line="+5" />
        <source>you set a metric here</source>
        <translation>vous avez défini un indicateur ici</translation>
    </message>
    <message>
        <location line="+3" />
        <source>you set a metric here (target {target})</source>
        <translation>vous avez défini un indicateur ici (objectif {target})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>MoveGesture</name>
    <message>
        <location filename="../../mapper/ui/canvas/interactions.py" line="-143" />
        <source>Move to lane {0}</source>
        <extracomment>Pixels the mouse must travel before a press becomes a drag. The view also hands the mouse to QGraphicsView (Qt draws the rubber band).</extracomment>
        <translation>Déplacer vers le couloir {0}</translation>
    </message>
</context>
<context>
    <name>MultiPage</name>
    <message>
        <location filename="../../mapper/ui/properties/multi_page.py" line="+15" />
        <source>Several steps</source>
        <translation>Plusieurs étapes</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+6" />
        <source>(mixed)</source>
        <translation>(mixte)</translation>
    </message>
    <message>
        <location line="-5" />
        <source>No stage</source>
        <translation>Sans phase</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hourglass stage of all</source>
        <translation>Phase du sablier pour toutes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Owner of all</source>
        <translation>Responsable de toutes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{0} steps selected</source>
        <translation>{0} étapes sélectionnées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}. Changes here apply to all of them.</source>
        <translation>{0}. Les changements ici s'appliquent à toutes.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Change Stage</source>
        <translation>Changer la phase</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Change Owner</source>
        <translation>Changer le responsable</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../mapper/model/owners.py" line="+45" />
        <source>Rename Owner {old} to {new}</source>
        <translation>Renommer le responsable {old} en {new}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear Owner {old}</source>
        <translation>Retirer le responsable {old}</translation>
    </message>
    <message>
        <location filename="../../mapper/ui/document.py" line="+29" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Step</source>
        <translation>Modifier l'étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Arrow</source>
        <translation>Modifier la flèche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Map</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record Numbers</source>
        <translation>Saisir les chiffres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidy Up</source>
        <translation>Ranger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change Probabilities</source>
        <translation>Modifier les probabilités</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../mapper/ui/canvas/palette.py" line="+21" />
        <source>Terminator: where the system starts or stops (T)</source>
        <translation>Début/fin : où le système commence ou s'arrête (T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activity: something someone does (A)</source>
        <translation>Activité : quelque chose que quelqu'un fait (A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decision: a question with Yes / No branches (D)</source>
        <translation>Décision : une question avec des branches Oui / Non (D)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note: a remark; takes no part in the flow (N)</source>
        <translation>Remarque : un commentaire ; ne fait pas partie du flux (N)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../mapper/ui/printing.py" line="-119" />
        <source>Printing the map…</source>
        <extracomment>The smallest print preview: wide enough for its whole toolbar, tall enough for a page.</extracomment>
        <translation>Impression de la carte…</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+92" />
        <source>Printing failed</source>
        <translation>Échec de l'impression</translation>
    </message>
    <message>
        <location line="-81" />
        <source>Print Map</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Fit on one page</source>
        <translation>Tenir sur une page</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Off: tile the map across several pages at its on-screen size</source>
        <translation>Désactivé : répartir la carte sur plusieurs pages à sa taille à l'écran</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only the selected steps ({n})</source>
        <translation>Seulement les étapes sélectionnées ({n})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preview just the steps selected on the canvas and the arrows between them</source>
        <translation>Prévisualiser seulement les étapes sélectionnées sur la toile et les flèches entre elles</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Print Checklist</source>
        <translation>Imprimer la checklist</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Printing the checklist…</source>
        <translation>Impression de la checklist…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Checklist Preview</source>
        <translation>Aperçu de la checklist</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Critical steps only</source>
        <translation>Étapes critiques seulement</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the one-page card of the critical steps instead of the whole checklist</source>
        <translation>Afficher la fiche d'une page des étapes critiques au lieu de toute la checklist</translation>
    </message>
    <message>
        <location line="+33" />
        <source>PDF checklist</source>
        <extracomment>Save-dialog filters; the chosen one says the format, whether it is the critical-steps card and whether it is the owner's edition (with automation hints and the method's progress).</extracomment>
        <translation>Checklist PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF critical-steps card</source>
        <translation>Fiche PDF des étapes critiques</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF checklist, owner's edition</source>
        <translation>Checklist PDF, version du dirigeant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown checklist</source>
        <translation>Checklist Markdown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown checklist, owner's edition</source>
        <translation>Checklist Markdown, version du dirigeant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page checklist</source>
        <translation>Checklist en page web</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page critical-steps card</source>
        <translation>Fiche web des étapes critiques</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page checklist, owner's edition</source>
        <translation>Checklist en page web, version du dirigeant</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checklist not saved</source>
        <translation>Checklist non enregistrée</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Checklist</source>
        <translation>Exporter la checklist</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../mapper/ui/properties/panel.py" line="+169" />
        <source>That value cannot be used here.</source>
        <extracomment>True while the fields are being filled from the model (nothing is committed then).</extracomment>
        <translation>Cette valeur ne peut pas être utilisée ici.</translation>
    </message>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="-160" />
        <source>{what}: type a number, like 25 or 12.50</source>
        <translation>{what} : tapez un nombre, comme 25 ou 12,50</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{what} cannot be less than {minimum}</source>
        <translation>{what} ne peut pas être inférieur à {minimum}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Probability: type a chance, like 20% or 0.2</source>
        <translation>Probabilité : tapez une chance, comme 20 % ou 0,2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Probability: type a chance between 0 and 1, or a percentage like 20%</source>
        <translation>Probabilité : tapez une chance entre 0 et 1, ou un pourcentage comme 20 %</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../mapper/ui/recovery.py" line="+80" />
        <source>could not be created ({reason})</source>
        <translation>n'a pas pu être créée ({reason})</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
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
        <location line="+8" />
        <source>... and {n} more (mapper check --json lists them all)</source>
        <translation>... et {n} de plus (mapper check --json les liste tous)</translation>
    </message>
    <message>
        <location line="+19" />
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
        <location line="+3" />
        <source>none: no single step is on every way to a goal (mark one with "critical" if it matters)</source>
        <translation>aucune : aucune étape n'est sur tous les chemins vers un objectif (marquez-en une comme « critical » si elle compte)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could be automated (best first)</source>
        <translation>Automatisables (les plus adaptées d'abord)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing obvious: no step sends, reminds, schedules, invoices or records</source>
        <translation>rien d'évident : aucune étape n'envoie, ne rappelle, ne planifie, ne facture ni n'enregistre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{step} (score {score})</source>
        <translation>{step} (score {score})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Where to measure (count these every week)</source>
        <translation>Où mesurer (comptez ces chiffres chaque semaine)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing yet: add a start, decisions and ends</source>
        <translation>rien pour l'instant : ajoutez un début, des décisions et des fins</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{metric}  at {step}: {reason}</source>
        <translation>{metric} à {step} : {reason}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Your system: {done} of {all} steps of the method done</source>
        <translation>Votre système : {done} étapes sur {all} de la méthode faites</translation>
    </message>
    <message>
        <location line="+4" />
        <source>: {todo}</source>
        <translation> : {todo}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Funnel: not worked out. It needs a start and an end, a probability on every branch (adding up to 100% per step), and no error about dead ends, unreachable steps or loops without a way out.</source>
        <translation>Entonnoir : non calculé. Il faut un début et une fin, une probabilité sur chaque branche (100 % au total par étape), et aucune erreur de cul-de-sac, d'étape inaccessible ou de boucle sans sortie.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Funnel (out of every {n} people who enter)</source>
        <translation>Entonnoir (sur {n} personnes qui entrent)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(goal)</source>
        <translation>(objectif)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>In all, {n} of every {entrants} reach a goal.</source>
        <translation>Au total, {n} sur {entrants} atteignent un objectif.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>... and {n} more ends, {rest} in all</source>
        <translation>... et {n} fins de plus, {rest} en tout</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Busiest steps (loops make people pass more than once):</source>
        <translation>Étapes les plus fréquentées (les boucles font passer certaines personnes plusieurs fois) :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{step}: {n} visits</source>
        <translation>{step} : {n} passages</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value per person who enters: {value}</source>
        <translation>Valeur par personne qui entre : {value}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Levers (goal outcomes gained per 100 people by moving one percentage point from a decision's weakest branch to its strongest):</source>
        <translation>Leviers (résultats visés gagnés pour 100 personnes en déplaçant un point de pourcentage de la branche la plus faible d'une décision vers la plus forte) :</translation>
    </message>
    <message>
        <location line="+6" />
        <source>... and {n} more</source>
        <translation>... et {n} de plus</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../mapper/analysis/review.py" line="+197" />
        <source>Numbers for {logged} of the {weeks} weeks of {quarter}; {previous_logged} of {previous_weeks} in {previous}.</source>
        <extracomment>Where the levers came from: "measured", "assumed" or "" (no funnel). How many of the quarter's weeks, and of the previous quarter's, have numbers (and how many weeks it had).</extracomment>
        <translation>Chiffres pour {logged} des {weeks} semaines de {quarter} ; {previous_logged} sur {previous_weeks} en {previous}.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Weakest between {source} and {target}: {rate} as many go on</source>
        <translation>Le plus faible entre {source} et {target} : {rate} continuent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Most are lost between {source} and {target}: {rate} go on</source>
        <translation>La plupart sont perdus entre {source} et {target} : {rate} continuent</translation>
    </message>
    <message>
        <location line="+5" />
        <source>, down from {was}</source>
        <translation>, en baisse par rapport à {was}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, up from {was}</source>
        <translation>, en hausse par rapport à {was}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, as last quarter</source>
        <translation>, comme le trimestre dernier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/review_doc.py" line="+80" />
        <source>: {todo}</source>
        <translation> : {todo}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Marketing half: {leak}</source>
        <translation>Moitié marketing : {leak}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marketing half: no two consecutive stages with numbers yet.</source>
        <translation>Moitié marketing : pas encore deux phases consécutives avec des chiffres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operating half: {leak}</source>
        <translation>Moitié opérations : {leak}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating half: no two consecutive stages with numbers yet.</source>
        <translation>Moitié opérations : pas encore deux phases consécutives avec des chiffres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where it leaks</source>
        <translation>Où ça fuit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stage volumes</source>
        <translation>Volumes par phase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counted at</source>
        <translation>Compté à</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No step of this map has a stage.</source>
        <translation>Aucune étape de cette carte n'a de phase.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion between stages</source>
        <translation>Conversion entre phases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not enough stage volumes this quarter to compare.</source>
        <translation>Pas assez de volumes par phase ce trimestre pour comparer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scorecard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weeks on and off target over the quarter's {n} weeks.</source>
        <translation>Semaines dans l'objectif et hors objectif sur les {n} semaines du trimestre.</translation>
    </message>
    <message>
        <location line="+1" />
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
        <location line="+2" />
        <source>No step has a metric yet.</source>
        <translation>Aucune étape n'a encore d'indicateur.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The funnel measured from this quarter's numbers.</source>
        <translation>L'entonnoir mesuré à partir des chiffres de ce trimestre.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The funnel from the probabilities on the map.</source>
        <translation>L'entonnoir à partir des probabilités de la carte.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{step}: +{gain} goal outcomes per 100 entrants for each point moved from its worst branch to its best</source>
        <translation>{step} : +{gain} résultats visés pour 100 entrants pour chaque point déplacé de sa pire branche vers sa meilleure</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Largest levers</source>
        <translation>Principaux leviers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>Pas encore d'entonnoir : donnez des probabilités aux branches ou saisissez leurs chiffres.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Priorities for {quarter}</source>
        <translation>Priorités pour {quarter}</translation>
    </message>
    <message>
        <location line="+1" />
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
        <location line="+1" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None set yet.</source>
        <translation>Aucune pour l'instant.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quarterly review {quarter}</source>
        <translation>Revue trimestrielle {quarter}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks {first} to {last}</source>
        <translation>semaines {first} à {last}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>value per entrant {value}</source>
        <translation>valeur par entrant {value}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+33" />
        <location filename="../../mapper/render/review_pdf.py" line="+50" />
        <source>Your system: the method</source>
        <translation>Votre système : la méthode</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../mapper/ui/review_view.py" line="+201" />
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
        <location line="+91" />
        <source>{0}. &lt;b&gt;{1}&lt;/b&gt;: +{2} goal outcomes per 100 entrants per point moved from its worst branch to its best</source>
        <translation>{0}. &lt;b&gt;{1}&lt;/b&gt; : +{2} résultats visés pour 100 entrants par point déplacé de sa pire branche vers sa meilleure</translation>
    </message>
    <message>
        <location line="-356" />
        <location line="+265" />
        <source>On track</source>
        <translation>Dans l'objectif</translation>
    </message>
    <message>
        <location line="-264" />
        <location line="+264" />
        <source>Off track</source>
        <translation>Hors objectif</translation>
    </message>
    <message>
        <location line="-263" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+63" />
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
        <translation>État</translation>
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
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Double-click to choose the steps</source>
        <translation>Double-cliquez pour choisir les étapes</translation>
    </message>
    <message>
        <location line="+120" />
        <source>Stage volumes</source>
        <translation>Volumes par phase</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Conversion between stages</source>
        <translation>Conversion entre phases</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Scorecard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Logged</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Largest levers</source>
        <translation>Principaux leviers</translation>
    </message>
    <message>
        <location line="+63" />
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
        <location line="+6" />
        <source>No funnel yet: give the branches probabilities or log their numbers.</source>
        <translation>Pas encore d'entonnoir : donnez des probabilités aux branches ou saisissez leurs chiffres.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Priorities for {0}</source>
        <translation>Priorités pour {0}</translation>
    </message>
    <message>
        <location line="+6" />
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
        <location filename="../../mapper/analysis/rules.py" line="+75" />
        <source>the start/end point {step}</source>
        <extracomment>rule id -&gt; severity, in the order findings are reported. How far a step's branch probabilities may be from summing to 1. A map with fewer flow steps than this is still being started: its missing start or end is a hint (severity info), not an error, while the owner types.</extracomment>
        <translation>le point de début/fin {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the decision {step}</source>
        <translation>la décision {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the note {step}</source>
        <translation>la remarque {step}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the activity {step}</source>
        <translation>l'activité {step}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{n} more</source>
        <translation>{n} de plus</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+115" />
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <location line="-106" />
        <source>The map has no start. Add a start/end point (pill shape) such as "New enquiry" and draw an arrow from it to the first step, so it is clear where the system begins.</source>
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
        <location line="+10" />
        <source>The flow stops at {step}: nothing happens after it. Draw an arrow to what happens next, or end it with an end point (for example "Job done").</source>
        <translation>Le flux s'arrête à {step} : rien ne se passe ensuite. Tracez une flèche vers ce qui suit, ou terminez par un point de fin (par exemple « Prestation terminée »).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The loop through {steps} has no way out: whoever enters it goes round for ever. Add a decision with a branch that leaves the loop (for example "Not interested" to an end).</source>
        <translation>La boucle passant par {steps} n'a pas de sortie : qui y entre tourne en rond indéfiniment. Ajoutez une décision avec une branche qui quitte la boucle (par exemple « Pas intéressé » vers une fin).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The decision {step} has only one way out. Add a second arrow (for example "No") or make it an activity.</source>
        <translation>La décision {step} n'a qu'une seule sortie. Ajoutez une deuxième flèche (par exemple « Non ») ou faites-en une activité.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{n} of its arrows has no label</source>
        <translation>{n} de ses flèches n'a pas d'étiquette</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} of its arrows have no label</source>
        <translation>{n} de ses flèches n'ont pas d'étiquette</translation>
    </message>
    <message>
        <location line="+3" />
        <source>several arrows say {labels}</source>
        <translation>plusieurs flèches disent {labels}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{step}: {problems}. Label each way out with a different answer (for example "Yes" and "No") so people know which way to go.</source>
        <translation>{step} : {problems}. Étiquetez chaque sortie avec une réponse différente (par exemple « Oui » et « Non ») pour qu'on sache où aller.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{step} leads to {n} different steps, so it is not clear which comes next. Put a decision (diamond) after it that asks which way to go, with one labelled arrow per answer.</source>
        <translation>{step} mène à {n} étapes différentes, on ne voit donc pas laquelle vient ensuite. Placez après elle une décision (losange) qui demande où aller, avec une flèche étiquetée par réponse.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There are two arrows from {source} to {target}. Delete one of them.</source>
        <translation>Il y a deux flèches de {source} vers {target}. Supprimez-en une.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>An arrow goes from {step} back to itself. Point it at the step that should happen again (for example the step before it), or delete it.</source>
        <translation>Une flèche part de {step} et revient sur elle-même. Dirigez-la vers l'étape qui doit se répéter (par exemple celle d'avant), ou supprimez-la.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Write the question it asks (for example "Paid in full?").</source>
        <translation>Écrivez la question qu'elle pose (par exemple « Payé en totalité ? »).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write where the system starts or ends here (for example "New enquiry").</source>
        <translation>Écrivez où le système commence ou s'arrête ici (par exemple « Nouvelle demande »).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write what happens here, starting with a verb (for example "Send the quote").</source>
        <translation>Écrivez ce qui se passe ici, en commençant par un verbe (par exemple « Envoyer le devis »).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{step} has no text. {what}</source>
        <translation>{step} n'a pas de texte. {what}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Only some arrows out of {step} have a probability. Give every arrow out of it a probability (they must add up to 100%), or none.</source>
        <translation>Seules certaines flèches sortant de {step} ont une probabilité. Donnez une probabilité à chaque flèche sortante (leur total doit faire 100 %), ou à aucune.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The probabilities on the arrows out of {step} add up to {total}, not {whole}. Change them so they add up to {whole}.</source>
        <translation>Les probabilités des flèches sortant de {step} font {total} au total, pas {whole}. Modifiez-les pour qu'elles fassent {whole}.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>{step} and {other} overlap on the canvas. Drag one of them apart so both can be read.</source>
        <translation>{step} et {other} se chevauchent sur la toile. Écartez l'une des deux pour que les deux soient lisibles.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a critical step</source>
        <translation>une étape critique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a step with the metric "{metric}"</source>
        <translation>une étape avec l'indicateur « {metric} »</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a step with a metric</source>
        <translation>une étape avec un indicateur</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nobody owns {step}, {why}. Who answers for this? Set an owner. Give it a role such as "Sales", or a person's name, in its properties.</source>
        <translation>Personne n'est responsable de {step}, {why}. Qui en répond ? Désignez un responsable : donnez-lui un rôle comme « Ventes », ou le nom d'une personne, dans ses propriétés.</translation>
    </message>
    <message>
        <location filename="../../mapper/analysis/flow.py" line="+132" />
        <source>the unnamed start/end point ({id})</source>
        <translation>le point de début/fin sans nom ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the unnamed decision ({id})</source>
        <translation>la décision sans nom ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the unnamed note ({id})</source>
        <translation>la remarque sans nom ({id})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the unnamed activity ({id})</source>
        <translation>l'activité sans nom ({id})</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../../mapper/cli/scorecard.py" line="+8" />
        <location filename="../../mapper/formats/scorecard_report.py" line="+98" />
        <location line="+58" />
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-58" />
        <location line="+58" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-57" />
        <location line="+57" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avg</source>
        <translation>Moy.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-56" />
        <location line="+59" />
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scorecard {first} to {last} (✓ on track, ✗ off track)</source>
        <translation>Tableau de bord du {first} au {last} (✓ dans l'objectif, ✗ hors objectif)</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../mapper/formats/scorecard_report.py" line="-47" />
        <location line="+59" />
        <source>No step has a metric yet.</source>
        <translation>Aucune étape n'a encore d'indicateur.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>To discuss ({week}):</source>
        <translation>À discuter ({week}) :</translation>
    </message>
    <message>
        <location filename="../../mapper/formats/scorecard_report.py" line="-119" />
        <source>flat</source>
        <translation>stable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{change} a week</source>
        <translation>{change} par semaine</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{metric}: {value}, goal {goal}</source>
        <translation>{metric} : {value}, objectif {goal}</translation>
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
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+52" />
        <source>Scorecard: {title}</source>
        <translation>Tableau de bord : {title}</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+55" />
        <source>{first} to {last} · ✓ on track, ✗ off track</source>
        <translation>{first} au {last} · ✓ dans l'objectif, ✗ hors objectif</translation>
    </message>
    <message>
        <location line="-52" />
        <location line="+54" />
        <source>To discuss ({week})</source>
        <translation>À discuter ({week})</translation>
    </message>
    <message>
        <location line="-52" />
        <location line="+57" />
        <source>Nothing is off track this week.</source>
        <translation>Rien n'est hors objectif cette semaine.</translation>
    </message>
    <message>
        <location line="-53" />
        <location line="+58" />
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="-57" />
        <location line="+53" />
        <source>Every metric</source>
        <translation>Tous les indicateurs</translation>
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
        <location line="+1" />
        <source>(goal {goal})</source>
        <translation>(objectif {goal})</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not recorded: %1</source>
        <translation>Non saisi : %1</translation>
    </message>
</context>
<context>
    <name>ScorecardSheet</name>
    <message>
        <location filename="../../mapper/render/scorecard_pdf.py" line="+94" />
        <location line="+21" />
        <source>Metric</source>
        <extracomment>Type sizes the scorecard tries, largest first, before it takes a second page.</extracomment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="-21" />
        <location line="+21" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+20" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Avg</source>
        <translation>Moy.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+224" />
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <location line="+11" />
        <source>To discuss (%1): </source>
        <translation>À discuter (%1) : </translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing is off track this week.</source>
        <translation>rien n'est hors objectif cette semaine.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No step has a metric yet: give the critical steps a metric in the Properties panel.</source>
        <translation>Aucune étape n'a encore d'indicateur : donnez un indicateur aux étapes critiques dans le panneau Propriétés.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to %2 · ✓ on track, ✗ off track · printed %3</source>
        <translation>%1 au %2 · ✓ dans l'objectif, ✗ hors objectif · imprimé le %3</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+34" />
        <source>Scorecard: %1</source>
        <translation>Tableau de bord : %1</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Write each number in its box; then type them into the Weekly review, or record them with: mapper log FILE --week %1 KEY=VALUE...</source>
        <translation>Écrivez chaque chiffre dans sa case, puis saisissez-les dans la revue hebdomadaire, ou enregistrez-les avec : mapper log FICHIER --week %1 CLÉ=VALEUR...</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+22" />
        <source>This week's numbers: %1</source>
        <translation>Chiffres de cette semaine : %1</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Week %1 of %2 (%3), starting Monday %4</source>
        <translation>Semaine %1 sur %2 (%3), à partir du lundi %4</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../mapper/ui/scorecard_view.py" line="+370" />
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
    <message>
        <location line="+113" />
        <source>(goal {goal})</source>
        <translation>(objectif {goal})</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>and %n more (✗ in the grid)</source>
        <translation>
            <numerusform>et %n autre (✗ dans la grille)</numerusform>
            <numerusform>et %n autres (✗ dans la grille)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>To discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <location line="+2" />
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
        <translation>
            <numerusform>%n autre…</numerusform>
            <numerusform>%n autres…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Track this</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <location line="+1" />
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
        <translation>
            <numerusform>%n semaine de chiffres importée</numerusform>
            <numerusform>%n semaines de chiffres importées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29" />
        <source>unknown file type; use .pdf, .png, .html, .md or .csv</source>
        <translation>type de fichier inconnu ; utilisez .pdf, .png, .html, .md ou .csv</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../mapper/ui/shortcuts_dialog.py" line="+78" />
        <source>Keyboard shortcuts — mapper</source>
        <translation>Raccourcis clavier — mapper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search shortcuts</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it does</source>
        <translation>Ce que ça fait</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../mapper/i18n/stages.py" line="-29" />
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
    <name>StepPage</name>
    <message>
        <location filename="../../mapper/ui/properties/step_page.py" line="+21" />
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happens here?</source>
        <translation>Que se passe-t-il ici ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No stage</source>
        <translation>Sans phase</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hourglass stage</source>
        <translation>Phase du sablier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who is accountable? (role or person)</source>
        <translation>Qui est responsable ? (rôle ou personne)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A successful outcome (a goal)</source>
        <translation>Un résultat réussi (un objectif)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 1200</source>
        <translation>ex. 1200</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value of this outcome</source>
        <translation>Valeur de ce résultat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Critical and automation</source>
        <translation>Critique et automatisation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Critical step</source>
        <translation>Étape critique</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Automate</source>
        <translation>Automatiser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+97" />
        <source>e.g. Consultations booked</source>
        <translation>ex. Consultations réservées</translation>
    </message>
    <message>
        <location line="-96" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit and weekly target</source>
        <translation>Unité et objectif hebdo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the step's owner</source>
        <translation>le responsable de l'étape</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who answers for it</source>
        <translation>Qui en répond</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How is it done? What to watch out for?</source>
        <translation>Comment est-ce fait ? À quoi faire attention ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0" />
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+31" />
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Duration (min) and cost</source>
        <translation>Durée (min) et coût</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{0} (the step's owner)</source>
        <translation>{0} (responsable de l'étape)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nobody yet</source>
        <translation>personne pour l'instant</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. 1200 {0}</source>
        <translation>ex. 1200 {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cost in {0}</source>
        <translation>coût en {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Money in {0}</source>
        <translation>Montant en {0}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>mapper will decide once it has checked the map.</source>
        <translation>mapper décidera après avoir vérifié la carte.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>mapper: not critical</source>
        <translation>mapper : pas critique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: critical — {0}</source>
        <translation>mapper : critique — {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: critical</source>
        <translation>mapper : critique</translation>
    </message>
    <message>
        <location line="+3" />
        <source>mapper: not a candidate</source>
        <translation>mapper : pas candidate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: a candidate (score {0}) — {1}</source>
        <translation>mapper : candidate (score {0}) — {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mapper: a candidate (score {0})</source>
        <translation>mapper : candidate (score {0})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your decision (mapper's is ignored).</source>
        <translation>Votre décision (celle de mapper est ignorée).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>mapper suggests counting “{0}” here — {1}</source>
        <translation>mapper suggère de compter « {0} » ici — {1}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Target</source>
        <translation>Objectif</translation>
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
    <name>TriState</name>
    <message>
        <location filename="../../mapper/ui/properties/widgets.py" line="+84" />
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Let mapper decide</source>
        <translation>Laisser mapper décider</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../../mapper/analysis/measured.py" line="+234" />
        <location line="+176" />
        <source>there is no arrow "{id}"</source>
        <extracomment>The window when nobody says otherwise: a quarter of weeks. Measured sums closer to 1 than this count as 1 (the probabilities rule's tolerance). True when a what-if was asked for (then ``baseline`` is the funnel before it, or None).</extracomment>
        <translation>il n'y a pas de flèche « {id} »</translation>
    </message>
    <message>
        <location line="-174" />
        <source>arrow "{id}" is the only way out of its step: there is nothing to share</source>
        <translation>la flèche « {id} » est la seule sortie de son étape : il n'y a rien à répartir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the probability of arrow "{id}" must be a number from 0 to 1, not {value}</source>
        <translation>la probabilité de la flèche « {id} » doit être un nombre de 0 à 1, pas {value}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the probabilities set on the arrows out of "{step}" add up to {total}, more than 100%</source>
        <translation>les probabilités données aux flèches qui sortent de « {step} » font {total}, plus de 100 %</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the probabilities set on every arrow out of "{step}" add up to {total}, not 100%</source>
        <translation>les probabilités données à toutes les flèches qui sortent de « {step} » font {total}, pas 100 %</translation>
    </message>
    <message>
        <location line="+162" />
        <location line="+2" />
        <source>Change Probability</source>
        <translation>Modifier la probabilité</translation>
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
    <name>argparse</name>
    <message>
        <location filename="../../mapper/cli/argparse_words.py" line="+32" />
        <source>usage: </source>
        <extracomment>Before the usage line; the usage follows on the same line.</extracomment>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location line="+2" />
        <source>positional arguments</source>
        <extracomment>A heading of the help; argparse writes ":" right after it (French: end it with a no-break space).</extracomment>
        <translation>arguments positionnels </translation>
    </message>
    <message>
        <location line="+2" />
        <source>options</source>
        <extracomment>A heading of the help; argparse writes ":" right after it (French: end it with a no-break space).</extracomment>
        <translation>options </translation>
    </message>
    <message>
        <location line="+1" />
        <source>optional arguments</source>
        <translation>arguments optionnels </translation>
    </message>
    <message>
        <location line="+1" />
        <source>show this help message and exit</source>
        <translation>afficher ce message d'aide et quitter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%(prog)s: error: %(message)s
</source>
        <extracomment>Keep "%(prog)s: " as it is: every error line of mapper starts with "mapper: ".</extracomment>
        <translation>%(prog)s: erreur : %(message)s
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the following arguments are required: %s</source>
        <translation>arguments obligatoires manquants : %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invalid %(type)s value: %(value)r</source>
        <extracomment>%(type)s is Python's name for the type: int, float.</extracomment>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ignored explicit argument %r</source>
        <extracomment>An option that takes no value was given one: --json=yes.</extracomment>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../mapper/ui/messages.py" line="+15" />
        <source>mapper maps</source>
        <translation>Cartes mapper</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do you want to save the changes you made to “{name}”?</source>
        <translation>Voulez-vous enregistrer les modifications apportées à « {name} » ?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your changes will be lost if you don't save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mapper closed before “{title}” was saved.</source>
        <translation>mapper s'est fermé avant que « {title} » soit enregistré.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Do you want to recover the unsaved changes (last kept {day} at {time})? Discarding deletes them for good.</source>
        <translation>Voulez-vous récupérer les modifications non enregistrées (dernière copie le {day} à {time}) ? Les abandonner les supprime définitivement.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Do you want to recover the unsaved changes? Discarding deletes them for good.</source>
        <translation>Voulez-vous récupérer les modifications non enregistrées ? Les abandonner les supprime définitivement.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+16" />
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose a page</source>
        <translation>Choisir une page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” has {n} pages. Which one do you want to import?</source>
        <translation>« {name} » a {n} pages. Laquelle voulez-vous importer ?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Map in use</source>
        <translation>Carte en cours d'utilisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” is open by {user} on {host} since {since}.</source>
        <translation>« {name} » est ouvert par {user} sur {host} depuis {since}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open it read-only to look without changing their work (Save then asks for a new name), or open it anyway if you are sure they are not editing it.</source>
        <translation>Ouvrez-la en lecture seule pour regarder sans modifier son travail (Enregistrer demandera alors un nouveau nom), ou ouvrez-la quand même si vous êtes sûr qu'elle n'est pas en cours de modification.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Map changed on disk</source>
        <translation>Carte modifiée sur le disque</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was changed by someone else since you opened it.</source>
        <translation>« {name} » a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saving here replaces their version with yours, and their changes are lost. Save yours under another name to keep both.</source>
        <translation>Enregistrer ici remplace sa version par la vôtre, et ses modifications sont perdues. Enregistrez la vôtre sous un autre nom pour garder les deux.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save Mine As…</source>
        <translation>Enregistrer la mienne sous…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace Theirs</source>
        <translation>Remplacer la sienne</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The map changed since</source>
        <translation>La carte a changé depuis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” was changed on disk after mapper stopped.</source>
        <translation>« {name} » a été modifié sur le disque après l'arrêt de mapper.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your recovered work opens as a new, unsaved map, and the newer file opens in its own window, so you can compare them. Nothing was written over the file.</source>
        <translation>Votre travail récupéré s'ouvre comme une nouvelle carte non enregistrée, et le fichier plus récent s'ouvre dans sa propre fenêtre, pour que vous puissiez les comparer. Rien n'a été écrit sur le fichier.</translation>
    </message>
</context>
</TS>