<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Walk Planner is already running with the data folder %1. Switch to that window, or start with another --data-dir.</source>
        <translation>Walk Planner est déjà ouvert avec le dossier de données %1. Passez à cette fenêtre, ou démarrez avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>Details are in %1.</source>
        <translation>Les détails sont dans %1.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1 (%2). Make it writable or free some disk space, or start with another --data-dir.</source>
        <translation>Impossible d’écrire dans le dossier de données %1 (%2). Rendez-le accessible en écriture ou libérez de l’espace disque, ou démarrez avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>Restore the newest backup (%1)? The damaged file is kept beside it.</source>
        <translation>Restaurer la sauvegarde la plus récente (%1)&#xa0;? Le fichier abîmé est conservé à côté.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your walk is saved.</source>
        <translation>Votre balade est enregistrée.</translation>
    </message>
    <message>
        <source>Your walk could not be saved yet; keep the app open.</source>
        <translation>Votre balade n’a pas encore pu être enregistrée&#xa0;; gardez l’application ouverte.</translation>
    </message>
    <message>
        <source>Group {letter} has no leader.</source>
        <translation>Le groupe {letter} n’a pas de guide.</translation>
    </message>
    <message>
        <source>Group {letter} has no back marker.</source>
        <translation>Le groupe {letter} n’a pas de serre-file.</translation>
    </message>
    <message>
        <source>{stop}: {peak} people at once for {seats} seats; leave at least {dwell} minutes between groups.</source>
        <translation>{stop}&#xa0;: {peak} personnes à la fois pour {seats} places&#xa0;; laissez au moins {dwell} minutes entre les groupes.</translation>
    </message>
    <message>
        <source>The walk ends at {end:%H:%M}, after sunset ({sunset:%H:%M}): bring lights, or start earlier.</source>
        <translation>La balade finit à {end:%H:%M}, après le coucher du soleil ({sunset:%H:%M})&#xa0;: prévoyez des lampes, ou partez plus tôt.</translation>
    </message>
    <message>
        <source>{where} is {size} characters long; at most {most} are accepted.</source>
        <translation>{where} fait {size} caractères&#xa0;; {most} au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The walk has {count} stops; at most {most} are accepted: remove {extra} of them.</source>
        <translation>La balade a {count} étapes&#xa0;; {most} au plus sont acceptées&#xa0;: retirez-en {extra}.</translation>
    </message>
    <message>
        <source>A walk needs a title.</source>
        <translation>Une balade a besoin d’un titre.</translation>
    </message>
    <message>
        <source>The position is not a number.</source>
        <translation>La position n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Latitude {lat:g} is out of range: it must be between -90 and 90.</source>
        <translation>La latitude {lat:g} est hors limites&#xa0;: elle doit être comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>Longitude {lon:g} is out of range: it must be between -180 and 180.</source>
        <translation>La longitude {lon:g} est hors limites&#xa0;: elle doit être comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>{where} has {name} {value}: it must be a number between -{most} and {most}.</source>
        <translation>{where} a pour {name} {value}&#xa0;: ce doit être un nombre entre -{most} et {most}.</translation>
    </message>
    <message>
        <source>{first} {number}</source>
        <translation>{first} {number}</translation>
    </message>
    <message>
        <source>The walk would last {days} days ({km} km at {pace:g} km/h); at most {most} are accepted: remove legs or stops, or split it into several walks.</source>
        <translation>La balade durerait {days}&#xa0;jours ({km}&#xa0;km à {pace:g}&#xa0;km/h)&#xa0;; {most} au plus sont acceptés&#xa0;: retirez des tronçons ou des étapes, ou partagez-la en plusieurs balades.</translation>
    </message>
    <message>
        <source>The date {date} is out of range: the year must be between {low} and {high}.</source>
        <translation>La date {date} est hors limites&#xa0;: l’année doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{what} is {value}: it must be a whole number between {low} and {high}.</source>
        <translation>{what}&#xa0;: {value}&#xa0;; ce doit être un nombre entier entre {low} et {high}.</translation>
    </message>
    <message>
        <source>The headcount must be between 0 and {most}.</source>
        <translation>Le nombre de participants doit être compris entre 0 et {most}.</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and {most}, or left empty.</source>
        <translation>La capacité doit être comprise entre 1 et {most}, ou rester vide.</translation>
    </message>
    <message>
        <source>The pace must be between {low:g} and {high:g} km/h.</source>
        <translation>L’allure doit être comprise entre {low:g} et {high:g} km/h.</translation>
    </message>
    <message>
        <source>The time at a stop must be between 0 and {most} minutes.</source>
        <translation>Le temps passé à une étape doit être compris entre 0 et {most} minutes.</translation>
    </message>
    <message>
        <source>The link is too long for a QR code (at most {limit} characters): use a shorter link.</source>
        <translation>Le lien est trop long pour un code QR (au plus {limit} caractères)&#xa0;: utilisez un lien plus court.</translation>
    </message>
    <message>
        <source>“{link}” is not a web address: it must start with https:// (or http://).</source>
        <translation>«&#xa0;{link}&#xa0;» n’est pas une adresse web&#xa0;: elle doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <source>Unknown time zone “{name}”: use a name such as Europe/Paris.</source>
        <translation>Fuseau horaire «&#xa0;{name}&#xa0;» inconnu&#xa0;: utilisez un nom comme Europe/Paris.</translation>
    </message>
    <message>
        <source>The meeting point</source>
        <translation>Le point de rendez-vous</translation>
    </message>
    <message>
        <source>The group size</source>
        <translation>La taille des groupes</translation>
    </message>
    <message>
        <source>The time between groups</source>
        <translation>L’écart entre les groupes</translation>
    </message>
    <message>
        <source>Stop {number} (“{name}”)</source>
        <translation>L’étape {number} («&#xa0;{name}&#xa0;»)</translation>
    </message>
    <message>
        <source>Leg {number}, point</source>
        <translation>Tronçon {number}, point</translation>
    </message>
    <message>
        <source>Leg {number}, via point</source>
        <translation>Tronçon {number}, point de passage</translation>
    </message>
    <message>
        <source>The meeting point&apos;s name</source>
        <translation>Le nom du point de rendez-vous</translation>
    </message>
    <message>
        <source>The organiser&apos;s name</source>
        <translation>Le nom de l’organisateur</translation>
    </message>
    <message>
        <source>The organiser&apos;s contact</source>
        <translation>Le contact de l’organisateur</translation>
    </message>
    <message>
        <source>The emergency number</source>
        <translation>Le numéro d’urgence</translation>
    </message>
    <message>
        <source>The note on how to find the group</source>
        <translation>La note pour trouver le groupe</translation>
    </message>
    <message>
        <source>The accessibility notes</source>
        <translation>Les notes d’accessibilité</translation>
    </message>
    <message>
        <source>The note of stop {number}</source>
        <translation>La note de l’étape {number}</translation>
    </message>
    <message>
        <source>A saved place needs a name.</source>
        <translation>Un lieu enregistré a besoin d’un nom.</translation>
    </message>
    <message>
        <source>“{name}” is not a file Walk Planner imports ({kinds}).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier que Walk Planner importe ({kinds}).</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} est un dossier&#xa0;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder.</source>
        <translation>{path} est un fichier&#xa0;; choisissez un dossier.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty; choose a new or empty folder (a walk page exported before is replaced).</source>
        <translation>Le dossier {path} n’est pas vide&#xa0;; choisissez un dossier nouveau ou vide (une page de balade exportée auparavant est remplacée).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translation>Le dossier {folder} n’existe pas&#xa0;; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Cannot write the page to {path}: {reason}. Nothing was written; free some space or choose another place.</source>
        <translation>Impossible d’écrire la page dans {path}&#xa0;: {reason}. Rien n’a été écrit&#xa0;; libérez de la place ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was written; free some space or choose another place.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}. Rien n’a été écrit&#xa0;; libérez de l’espace ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>“{name}” is not valid GeoJSON (line {line}): {error}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un GeoJSON valide (ligne {line})&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>“{name}” nests lists or objects too deeply to be GeoJSON.</source>
        <translation>«&#xa0;{name}&#xa0;» imbrique trop profondément listes ou objets pour être du GeoJSON.</translation>
    </message>
    <message>
        <source>“{name}” is not GeoJSON: it holds a number thousands of digits long.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas du GeoJSON&#xa0;: il contient un nombre long de milliers de chiffres.</translation>
    </message>
    <message>
        <source>Feature {number}</source>
        <translation>L’entité {number}</translation>
    </message>
    <message>
        <source>{where} is not a JSON object.</source>
        <translation>{where} n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>{where} has {field} {value}, which is not a JSON object.</source>
        <translation>{where} a pour {field} {value}, qui n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>{where} has coordinates {value}, which are not a list.</source>
        <translation>{where} a pour coordonnées {value}, qui ne sont pas une liste.</translation>
    </message>
    <message>
        <source>{where} has a position {value}; GeoJSON writes one as [longitude, latitude].</source>
        <translation>{where} a une position {value}&#xa0;; le GeoJSON l’écrit [longitude, latitude].</translation>
    </message>
    <message>
        <source>“{name}” has no FeatureCollection of features.</source>
        <translation>«&#xa0;{name}&#xa0;» ne contient pas de FeatureCollection d’objets.</translation>
    </message>
    <message>
        <source>“{name}”: {error}</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Its walk details are broken: {error}.</source>
        <translation>Ses détails de balade sont abîmés&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Point “{name}”</source>
        <translation>Le point «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>The file&apos;s time “{time}” is not a date and time.</source>
        <translation>L’heure du fichier, «&#xa0;{time}&#xa0;», n’est ni une date ni une heure.</translation>
    </message>
    <message>
        <source>“{name}” is not valid KML: {error}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un KML valide&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Placemark {number}</source>
        <translation>Le repère {number}</translation>
    </message>
    <message>
        <source>{where} has coordinates “{text}”; KML writes them as longitude,latitude.</source>
        <translation>{where} a pour coordonnées «&#xa0;{text}&#xa0;»&#xa0;; le KML les écrit longitude,latitude.</translation>
    </message>
    <message>
        <source>“{name}” is not a CSV file: it holds NUL bytes (line {line}).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier CSV&#xa0;: il contient des octets NUL (ligne {line}).</translation>
    </message>
    <message>
        <source>“{name}” has no rows.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a aucune ligne.</translation>
    </message>
    <message>
        <source>“{name}” has no column for names; its columns are: {columns}. Name one of them “Name” (or “Nom”).</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas de colonne pour les noms&#xa0;; ses colonnes sont&#xa0;: {columns}. Nommez l’une d’elles «&#xa0;Nom&#xa0;» (ou «&#xa0;Name&#xa0;»).</translation>
    </message>
    <message>
        <source>“{name}” lists more than {most} people.</source>
        <translation>«&#xa0;{name}&#xa0;» compte plus de {most} personnes.</translation>
    </message>
    <message>
        <source>“{name}”, {error}</source>
        <translation>«&#xa0;{name}&#xa0;», {error}</translation>
    </message>
    <message>
        <source>“{name}”: the quote opened on line {line} never closes.</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: le guillemet ouvert ligne {line} n’est jamais fermé.</translation>
    </message>
    <message>
        <source>“{name}”, line {line}, cannot be read: {error}.</source>
        <translation>«&#xa0;{name}&#xa0;», ligne {line}, est illisible&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>{place}: the name runs over several lines; is a quote not closed?</source>
        <translation>{place}&#xa0;: le nom s’étend sur plusieurs lignes&#xa0;; un guillemet n’est-il pas fermé&#xa0;?</translation>
    </message>
    <message>
        <source>{place}: “{answer}” is not an answer this app understands, so {person} is on the waitlist; change it in the list if they are going.</source>
        <translation>{place}&#xa0;: «&#xa0;{answer}&#xa0;» n’est pas une réponse que l’application comprend, donc {person} est sur liste d’attente&#xa0;; changez-le dans la liste si cette personne vient.</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file (a folder, a device or a pipe); choose a file.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier ordinaire (un dossier, un périphérique ou un tube)&#xa0;; choisissez un fichier.</translation>
    </message>
    <message>
        <source>“{name}” is {size:.0f} MB; files over {most:.0f} MB are not imported.</source>
        <translation>«&#xa0;{name}&#xa0;» pèse {size:.0f} Mo&#xa0;; les fichiers de plus de {most:.0f} Mo ne sont pas importés.</translation>
    </message>
    <message>
        <source>“{name}” is over {most:.0f} MB; such files are not imported.</source>
        <translation>«&#xa0;{name}&#xa0;» dépasse {most:.0f}&#xa0;Mo&#xa0;; de tels fichiers ne sont pas importés.</translation>
    </message>
    <message>
        <source>Cannot read “{name}”: {reason}.</source>
        <translation>Impossible de lire «&#xa0;{name}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” declares a DTD or entities ({kind}); such files are refused because they can attack the computer reading them.</source>
        <translation>«&#xa0;{name}&#xa0;» déclare une DTD ou des entités ({kind})&#xa0;; ces fichiers sont refusés car ils peuvent attaquer l’ordinateur qui les lit.</translation>
    </message>
    <message>
        <source>“{name}” is not valid XML: {error}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un XML valide&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The file has no points to make a walk from.</source>
        <translation>Le fichier n’a aucun point pour en faire une balade.</translation>
    </message>
    <message>
        <source>The file brings {count} points that would each be a stop (waypoints, route points or placemarks, and the ends of its track); a walk has at most {most} stops. Keep only the stops in a GPX or map editor, or turn the points into a track there: a track may have any number of points.</source>
        <translation>Le fichier apporte {count} points qui deviendraient chacun une étape (points de passage, points d’itinéraire ou repères, et les extrémités de sa trace)&#xa0;; une balade a {most} étapes au plus. Gardez seulement les étapes dans un éditeur GPX ou de cartes, ou changez-y les points en une trace&#xa0;: une trace peut avoir autant de points qu’il faut.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>Track point</source>
        <translation>Le point de trace</translation>
    </message>
    <message>
        <source>Point {number} (“{name}”)</source>
        <translation>Le point {number} («&#xa0;{name}&#xa0;»)</translation>
    </message>
    <message>
        <source>Stop {number}</source>
        <translation>L’étape {number}</translation>
    </message>
    <message>
        <source>The file&apos;s time {time} is out of range.</source>
        <translation>L’heure du fichier, {time}, est hors limites.</translation>
    </message>
    <message>
        <source>Offline: only saved places can be searched.</source>
        <translation>Hors ligne&#xa0;: seuls les lieux enregistrés peuvent être cherchés.</translation>
    </message>
    <message>
        <source>The place search failed: “{address}” is not a web address (http:// or https://).</source>
        <translation>La recherche de lieux a échoué&#xa0;: «&#xa0;{address}&#xa0;» n’est pas une adresse web (http:// ou https://).</translation>
    </message>
    <message>
        <source>The place search failed: {error}</source>
        <translation>La recherche de lieu a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The place search failed: {reason}.</source>
        <translation>La recherche de lieu a échoué&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another place.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Writing {path} failed ({reason}); nothing was written. Free some space or choose another place.</source>
        <translation>L’écriture de {path} a échoué ({reason})&#xa0;; rien n’a été écrit. Libérez de l’espace ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>le disque est peut-être plein</translation>
    </message>
    <message>
        <source>Cannot write “{name}”: the file name must end with {endings}.</source>
        <translation>Impossible d’écrire «&#xa0;{name}&#xa0;»&#xa0;: le nom du fichier doit finir par {endings}.</translation>
    </message>
    <message>
        <source>Offline: the leg stays a straight line until you are online.</source>
        <translation>Hors ligne&#xa0;: le tronçon reste une ligne droite jusqu’au retour de la connexion.</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>A route needs at least two points.</source>
        <translation>Un itinéraire a besoin d’au moins deux points.</translation>
    </message>
    <message>
        <source>The router cannot be reached: {reason}.</source>
        <translation>Le calculateur d’itinéraire est injoignable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The router answered HTTP {status} without a route.</source>
        <translation>Le calculateur d’itinéraire a répondu HTTP {status} sans itinéraire.</translation>
    </message>
    <message>
        <source>The router found no route: {message}.</source>
        <translation>Le calculateur n’a trouvé aucun itinéraire&#xa0;: {message}.</translation>
    </message>
    <message>
        <source>The router&apos;s answer was refused: {problem}; the leg stays straight.</source>
        <translation>La réponse du calculateur d’itinéraire est refusée&#xa0;: {problem}&#xa0;; le tronçon reste droit.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier de données {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a walk database file: move it away, or start with another --data-dir.</source>
        <translation>{path} n’est pas un fichier de base de balades&#xa0;: déplacez-le, ou démarrez avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>The newest backup is {backup}.</source>
        <translation>La sauvegarde la plus récente est {backup}.</translation>
    </message>
    <message>
        <source>There is no backup of it yet.</source>
        <translation>Il n’en existe encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>The walk database {path} is damaged and cannot be read. It has been left untouched. {advice}</source>
        <translation>La base des balades {path} est abîmée et illisible. Elle n’a pas été modifiée. {advice}</translation>
    </message>
    <message>
        <source>Cannot write to {path} ({reason}); nothing was changed. Make the folder writable or free some disk space, or use another data folder (--data-dir).</source>
        <translation>Impossible d’écrire dans {path} ({reason})&#xa0;; rien n’a été modifié. Rendez le dossier accessible en écriture ou libérez de l’espace disque, ou utilisez un autre dossier de données (--data-dir).</translation>
    </message>
    <message>
        <source>This data was written by a newer Walk Planner: update the app. The walk database {path} (schema {revision}) has been left untouched.</source>
        <translation>Ces données ont été écrites par une version plus récente de Walk Planner&#xa0;: mettez l’application à jour. La base des balades {path} (schéma {revision}) n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The walk database {path} is busy with another program; try again in a moment.</source>
        <translation>La base des balades {path} est occupée par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The walk database {path} is closed; nothing was written.</source>
        <translation>La base des balades {path} est fermée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The walk “{title}” changed since it was read (another window or command saved it); nothing was overwritten: run again.</source>
        <translation>La balade «&#xa0;{title}&#xa0;» a changé depuis sa lecture (une autre fenêtre ou commande l’a enregistrée)&#xa0;; rien n’a été écrasé&#xa0;: relancez.</translation>
    </message>
    <message>
        <source>There is no walk “{ref}”. `walkplanner list` shows the walks.</source>
        <translation>Il n’y a pas de balade «&#xa0;{ref}&#xa0;». `walkplanner list` liste les balades.</translation>
    </message>
    <message>
        <source>“{ref}” matches several walks ({listed}). Use the id or more of the title.</source>
        <translation>«&#xa0;{ref}&#xa0;» correspond à plusieurs balades ({listed}). Donnez le numéro ou davantage du titre.</translation>
    </message>
    <message>
        <source>The other walks are not affected. Delete this walk, or restore a backup from {backups}.</source>
        <translation>Les autres balades ne sont pas touchées. Supprimez cette balade, ou restaurez une sauvegarde depuis {backups}.</translation>
    </message>
    <message>
        <source>The walk “{title}” (number {id}) cannot be opened: its data in the database is damaged ({what}). {advice}</source>
        <translation>La balade «&#xa0;{title}&#xa0;» (numéro {id}) ne peut pas être ouverte&#xa0;: ses données sont endommagées dans la base ({what}). {advice}</translation>
    </message>
    <message>
        <source>Walk {id} cannot be opened: its data in the database is damaged ({what}). {advice}</source>
        <translation>La balade {id} ne peut pas être ouverte&#xa0;: ses données sont endommagées dans la base ({what}). {advice}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>“{name}” is a link that leads back to itself (a loop of links); open the map pack file itself.</source>
        <translation>«&#xa0;{name}&#xa0;» est un lien qui ramène à lui-même (une boucle de liens)&#xa0;; ouvrez le fichier de carte lui-même.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a map pack file: open the .mbtiles or .pmtiles file itself (a folder of tiles cannot be used as an offline map).</source>
        <translation>«&#xa0;{name}&#xa0;» est un dossier, pas un fichier de carte hors ligne&#xa0;: ouvrez le fichier .mbtiles ou .pmtiles lui-même (un dossier de tuiles ne peut pas servir de carte hors ligne).</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file (a device or a pipe); open an .mbtiles or .pmtiles file.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier ordinaire (un périphérique ou un tube)&#xa0;; ouvrez un fichier .mbtiles ou .pmtiles.</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes): it was not downloaded or copied whole. Get the map pack again.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide (0 octet)&#xa0;: il n’a pas été téléchargé ou copié en entier. Récupérez à nouveau la carte hors ligne.</translation>
    </message>
    <message>
        <source>Cannot read “{name}”: {reason}. Check that you may read it, or copy it to your own folders and open the copy.</source>
        <translation>Impossible de lire «&#xa0;{name}&#xa0;»&#xa0;: {reason}. Vérifiez que vous avez le droit de le lire, ou copiez-le dans vos propres dossiers et ouvrez la copie.</translation>
    </message>
    <message>
        <source>“{name}” is not an offline map: open an .mbtiles or .pmtiles file.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas une carte hors ligne&#xa0;: ouvrez un fichier .mbtiles ou .pmtiles.</translation>
    </message>
    <message>
        <source>“{name}” changed while it was being opened; wait until it is copied whole, then open it again.</source>
        <translation>«&#xa0;{name}&#xa0;» a changé pendant son ouverture&#xa0;; attendez qu’il soit copié en entier, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{name}” is not a readable MBTiles file ({error}).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier MBTiles lisible ({error}).</translation>
    </message>
    <message>
        <source>“{name}” holds {kind} (vector) tiles; open a raster map pack (PNG or JPEG tiles).</source>
        <translation>«&#xa0;{name}&#xa0;» contient des tuiles {kind} (vectorielles)&#xa0;; ouvrez un pack de carte raster (tuiles PNG ou JPEG).</translation>
    </message>
    <message>
        <source>“{name}” is not a readable PMTiles file ({error}).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier PMTiles lisible ({error}).</translation>
    </message>
    <message>
        <source>“{name}” holds vector tiles; open a raster map pack.</source>
        <translation>«&#xa0;{name}&#xa0;» contient des tuiles vectorielles&#xa0;; ouvrez un pack de carte raster.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Point de passage</translation>
    </message>
    <message>
        <source>Café / food</source>
        <translation>Café / repas</translation>
    </message>
    <message>
        <source>Viewpoint</source>
        <translation>Point de vue</translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation>Toilettes</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Check before sharing</source>
        <translation>À vérifier avant de partager</translation>
    </message>
    <message>
        <source>New walk</source>
        <translation>Nouvelle balade</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Point de rendez-vous</translation>
    </message>
    <message>
        <source>Follows the streets · right-click for options</source>
        <translation>Suit les rues · clic droit pour les options</translation>
    </message>
    <message>
        <source>Finding the way along the streets…</source>
        <translation>Recherche du chemin par les rues…</translation>
    </message>
    <message>
        <source>Straight line, as you chose · right-click for options</source>
        <translation>Ligne droite, comme vous l’avez choisi · clic droit pour les options</translation>
    </message>
    <message>
        <source>%1 min here</source>
        <translation>%1 min sur place</translation>
    </message>
    <message>
        <source>Click to insert a stop here</source>
        <translation>Cliquez pour insérer une étape ici</translation>
    </message>
    <message>
        <source>Drag to make the path pass elsewhere</source>
        <translation>Faites glisser pour faire passer le chemin ailleurs</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Meeting point · %1</source>
        <translation>Point de rendez-vous · %1</translation>
    </message>
    <message>
        <source>A walk has at most %1 stops: remove one before adding another.</source>
        <translation>Une balade a %1 étapes au plus&#xa0;: retirez-en une avant d’en ajouter une autre.</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Add stop</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Move stop</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Reorder stops</source>
        <translation>Réordonner les étapes</translation>
    </message>
    <message>
        <source>Edit stop</source>
        <translation>Modifier l’étape</translation>
    </message>
    <message>
        <source>Change leg</source>
        <translation>Modifier le tronçon</translation>
    </message>
    <message>
        <source>Add via point</source>
        <translation>Ajouter un point de passage</translation>
    </message>
    <message>
        <source>Remove via points</source>
        <translation>Retirer les points de passage</translation>
    </message>
    <message>
        <source>Move meeting point</source>
        <translation>Déplacer le point de rendez-vous</translation>
    </message>
    <message>
        <source>Open this address in your browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur&#xa0;?</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not “{text}”.</source>
        <translation>{name} doit être un nombre entier, pas «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>{name} must be a number, not “{text}”.</source>
        <translation>{name} doit être un nombre, pas «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as 2026-06-14.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: écrivez-la comme 2026-06-14.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day: write it as 14:30 or 2:30pm.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une heure&#xa0;: écrivez-la comme 14:30 ou 14h30.</translation>
    </message>
    <message>
        <source>“{text}” is neither on nor off.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est ni on ni off.</translation>
    </message>
    <message>
        <source>“{assignment}” is not FIELD=VALUE with a known field; fields: {fields}.</source>
        <translation>«&#xa0;{assignment}&#xa0;» n’est pas CHAMP=VALEUR avec un champ connu&#xa0;; champs&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>The walk is dated {date:%Y-%m-%d}, in the past: set the date before sharing.</source>
        <translation>La balade est datée du {date:%Y-%m-%d}, dans le passé&#xa0;: changez la date avant de partager.</translation>
    </message>
    <message>
        <source>The walk has no stops yet: draw at least a start and an end.</source>
        <translation>La balade n’a pas encore d’étape&#xa0;: tracez au moins un départ et une arrivée.</translation>
    </message>
    <message>
        <source>The walk has only one stop: add at least an end.</source>
        <translation>La balade n’a qu’une étape&#xa0;: ajoutez au moins une arrivée.</translation>
    </message>
    <message>
        <source>Nobody is expected: set how many people you expect.</source>
        <translation>Personne n’est attendu&#xa0;: indiquez combien de personnes vous attendez.</translation>
    </message>
    <message>
        <source>{signed} people are going but the walk has {capacity} places: raise the capacity or move people to the waiting list.</source>
        <translation>{signed} personnes sont inscrites pour {capacity} places&#xa0;: augmentez la capacité ou passez des personnes en liste d’attente.</translation>
    </message>
    <message>
        <source>The walk still has its default title: give it a name people remember.</source>
        <translation>La balade a encore son titre par défaut&#xa0;: donnez-lui un nom qu’on retient.</translation>
    </message>
    <message numerus="yes">
        <source>%n legs are still straight lines: route them along the streets.</source>
        <translation>
            <numerusform>Un tronçon est encore en ligne droite&#xa0;: faites-lui suivre les rues.</numerusform>
            <numerusform>%n tronçons sont encore en ligne droite&#xa0;: faites-leur suivre les rues.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} groups would leave over {minutes} minutes: make the groups bigger, or set a capacity.</source>
        <translation>{n} groupes partiraient sur {minutes} minutes&#xa0;: agrandissez les groupes, ou fixez une capacité.</translation>
    </message>
    <message>
        <source>{stop} has {seats} seats for {people} people: split the crowd into groups, or book more seats.</source>
        <translation>{stop} a {seats} places assises pour {people} personnes&#xa0;: répartissez la foule en groupes, ou réservez plus de places.</translation>
    </message>
    <message>
        <source>The walk</source>
        <translation>La balade</translation>
    </message>
    <message>
        <source>{where} has details that are not a JSON object.</source>
        <translation>{where} a des détails qui ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>{where} has {field} {value}, which is not a valid value.</source>
        <translation>{where} a pour {field} {value}, qui n’est pas une valeur valide.</translation>
    </message>
    <message>
        <source>{where} ({field})</source>
        <translation>{where} ({field})</translation>
    </message>
    <message>
        <source>“{name}” declares the encoding “{encoding}”, which Walk Planner does not know.</source>
        <translation>«&#xa0;{name}&#xa0;» déclare l’encodage «&#xa0;{encoding}&#xa0;», que Walk Planner ne connaît pas.</translation>
    </message>
    <message>
        <source>“{name}” is not valid {encoding} text: byte {byte} at position {position} does not belong there.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas du texte {encoding} valide&#xa0;: l’octet {byte} en position {position} n’a rien à y faire.</translation>
    </message>
    <message>
        <source>{where} has {field} {value}, which is not a number.</source>
        <translation>{where} a pour {field} {value}, qui n’est pas un nombre.</translation>
    </message>
    <message>
        <source>{where} has {field} {value}, which is not a whole number.</source>
        <translation>{where} a pour {field} {value}, qui n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{where} has {value} where a text belongs.</source>
        <translation>{where} contient {value} là où il faut un texte.</translation>
    </message>
    <message>
        <source>the server said: {error}</source>
        <translation>le serveur a répondu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>its answer is not a list of places</source>
        <translation>sa réponse n’est pas une liste de lieux</translation>
    </message>
    <message>
        <source>none of its {count} places has a name and a valid position</source>
        <translation>aucun de ses {count} lieux n’a un nom et une position valide</translation>
    </message>
    <message>
        <source>no complete answer within {seconds:g} s</source>
        <translation>pas de réponse complète en {seconds:g} s</translation>
    </message>
    <message>
        <source>the answer was cut short</source>
        <translation>la réponse a été tronquée</translation>
    </message>
    <message>
        <source>the answer is larger than {megabytes:g} MB</source>
        <translation>la réponse dépasse {megabytes:g} Mo</translation>
    </message>
    <message>
        <source>a broken answer ({kind})</source>
        <translation>une réponse invalide ({kind})</translation>
    </message>
    <message>
        <source>“{address}” is not a web address (http:// or https://)</source>
        <translation>«&#xa0;{address}&#xa0;» n’est pas une adresse web (http:// ou https://)</translation>
    </message>
    <message>
        <source>name not resolved</source>
        <translation>nom de serveur introuvable</translation>
    </message>
    <message>
        <source>no connection ({kind})</source>
        <translation>pas de connexion ({kind})</translation>
    </message>
    <message>
        <source>This walk cannot be drawn: {problem}</source>
        <translation>Cette balade ne peut pas être dessinée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>it has no list of routes</source>
        <translation>elle ne contient aucune liste d’itinéraires</translation>
    </message>
    <message>
        <source>its path is not a list of 2 to {most} points</source>
        <translation>son tracé n’est pas une liste de 2 à {most} points</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>distance</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>its {name} is not a finite number, 0 or more</source>
        <translation>sa {name} n’est pas un nombre fini, positif ou nul</translation>
    </message>
    <message>
        <source>its path has fewer than two points</source>
        <translation>son tracé a moins de deux points</translation>
    </message>
    <message>
        <source>its distance is not a finite number, 0 or more</source>
        <translation>sa distance n’est pas un nombre fini, positif ou nul</translation>
    </message>
    <message>
        <source>its path ends {km:.1f} km from a stop it should join</source>
        <translation>son tracé s’arrête à {km:.1f} km d’une étape qu’il devrait rejoindre</translation>
    </message>
    <message>
        <source>its path is far longer than the way between the stops</source>
        <translation>son tracé est bien plus long que le chemin entre les étapes</translation>
    </message>
    <message>
        <source>its point {number} is not a pair of numbers</source>
        <translation>son point {number} n’est pas une paire de nombres</translation>
    </message>
    <message>
        <source>its point {number}: {problem}</source>
        <translation>son point {number}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The walk database {path} could not be used: {error}</source>
        <translation>La base des balades {path} n’a pas pu être utilisée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d’entrée/sortie</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Bold colour</source>
        <translation>Couleur vive</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Modifier les détails</translation>
    </message>
    <message>
        <source>Change groups</source>
        <translation>Modifier les groupes</translation>
    </message>
    <message>
        <source>A walk lists at most %1 people: remove one before adding another.</source>
        <translation>Une balade compte %1 personnes au plus&#xa0;: retirez-en une avant d’en ajouter une autre.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Remove people</source>
        <translation>Retirer des personnes</translation>
    </message>
    <message>
        <source>Cancel places</source>
        <translation>Annuler des places</translation>
    </message>
    <message>
        <source>Tick attendance</source>
        <translation>Pointer les présences</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer les participants</translation>
    </message>
    <message numerus="yes">
        <source>%n people walk as one group (splitting is off)</source>
        <translation>
            <numerusform>%n personne marche en un seul groupe (répartition désactivée)</numerusform>
            <numerusform>%n personnes marchent en un seul groupe (répartition désactivée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants: {going}, {waiting}, {cancelled}</source>
        <translation>
            <numerusform>%Ln participant&#xa0;: {going}, {waiting}, {cancelled}</numerusform>
            <numerusform>%Ln participants&#xa0;: {going}, {waiting}, {cancelled}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln going</source>
        <translation>
            <numerusform>%Ln inscrit</numerusform>
            <numerusform>%Ln inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln annulé</numerusform>
            <numerusform>%Ln annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <translation>{column} est absent</translation>
    </message>
    <message>
        <source>{column} is {value}</source>
        <translation>{column} vaut {value}</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>stop {number}</source>
        <translation>étape {number}</translation>
    </message>
    <message>
        <source>leg {number}</source>
        <translation>tronçon {number}</translation>
    </message>
    <message>
        <source>participant {number}</source>
        <translation>participant {number}</translation>
    </message>
    <message>
        <source>A text holds a character that cannot be stored ({text}): nothing was written.</source>
        <translation>Un texte contient un caractère qui ne peut pas être enregistré ({text})&#xa0;: rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>Icône de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Plan group walks: draw the route on a map, time the stops, share the invite and print the paper for the day.</source>
        <translation>Organisez des balades en groupe&#xa0;: tracez le parcours sur une carte, minutez les étapes, partagez l’invitation et imprimez les documents du jour.</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>%1 is free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty. The licence is in the LICENSE file that comes with the app, and at:</source>
        <translation>%1 est un logiciel libre sous licence publique générale GNU, version 3 ou toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie. La licence se trouve dans le fichier LICENSE livré avec l’application, et à l’adresse&#xa0;:</translation>
    </message>
    <message>
        <source>: </source>
        <comment>between a tile provider&apos;s name and its credit</comment>
        <translation>&#xa0;: </translation>
    </message>
    <message>
        <source>Map data</source>
        <translation>Données cartographiques</translation>
    </message>
    <message>
        <source>Map data © OpenStreetMap contributors, available under the Open Database License (ODbL).</source>
        <translation>Données cartographiques © les contributeurs d’OpenStreetMap, disponibles sous licence Open Database License (ODbL).</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Fonds de carte</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Services en ligne</translation>
    </message>
    <message>
        <source>Walking routes: OSRM (BSD-2-Clause licence), by default on the FOSSGIS server %1.</source>
        <translation>Itinéraires à pied&#xa0;: OSRM (licence BSD-2-Clause), par défaut sur le serveur de FOSSGIS %1.</translation>
    </message>
    <message>
        <source>Place search: Nominatim, by default on the OpenStreetMap Foundation&apos;s server %1.</source>
        <translation>Recherche de lieux&#xa0;: Nominatim, par défaut sur le serveur de la Fondation OpenStreetMap %1.</translation>
    </message>
    <message>
        <source>Software and fonts</source>
        <translation>Logiciels et polices</translation>
    </message>
    <message>
        <source>Leaflet, the map library: BSD-2-Clause licence, © Volodymyr Agafonkin.</source>
        <translation>Leaflet, la bibliothèque de cartes&#xa0;: licence BSD-2-Clause, © Volodymyr Agafonkin.</translation>
    </message>
    <message>
        <source>folium, which writes the map page: MIT licence.</source>
        <translation>folium, qui écrit la page de la carte&#xa0;: licence MIT.</translation>
    </message>
    <message>
        <source>Qt %1 and Qt for Python (PySide6 %2): LGPL-3.0 licence, © The Qt Company Ltd.</source>
        <translation>Qt %1 et Qt for Python (PySide6 %2)&#xa0;: licence LGPL-3.0, © The Qt Company Ltd.</translation>
    </message>
    <message>
        <source>qtawesome: MIT licence, © the Spyder development team. Its icon fonts: Material Design Icons (the app&apos;s buttons) under the Apache License 2.0; Font Awesome fonts under the SIL Open Font License 1.1 and its icons under CC BY 4.0.</source>
        <translation>qtawesome&#xa0;: licence MIT, © l’équipe de développement de Spyder. Ses polices d’icônes&#xa0;: Material Design Icons (les boutons de l’application) sous licence Apache 2.0&#xa0;; les polices Font Awesome sous SIL Open Font License 1.1 et ses icônes sous CC BY 4.0.</translation>
    </message>
    <message>
        <source>The Inter typeface, on the cards and handouts: SIL Open Font License 1.1, © The Inter Project Authors.</source>
        <translation>La police Inter, sur les cartes d’invitation et les documents imprimés&#xa0;: SIL Open Font License 1.1, © The Inter Project Authors.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New walk</source>
        <translation>&amp;Nouvelle balade</translation>
    </message>
    <message>
        <source>D&amp;uplicate walk</source>
        <translation>D&amp;upliquer la balade</translation>
    </message>
    <message>
        <source>De&amp;lete walk…</source>
        <translation>&amp;Supprimer la balade…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>GPX (GPS devices and apps)…</source>
        <translation>GPX (GPS et applications)…</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>KML (Google Earth)…</source>
        <translation>KML (Google Earth)…</translation>
    </message>
    <message>
        <source>Calendar event…</source>
        <translation>Événement d’agenda…</translation>
    </message>
    <message>
        <source>Add to &amp;calendar</source>
        <translation>Ajouter à l’&amp;agenda</translation>
    </message>
    <message>
        <source>Export invite &amp;card…</source>
        <translation>Exporter la &amp;carte d’invitation…</translation>
    </message>
    <message>
        <source>Export story &amp;video…</source>
        <translation>Exporter la &amp;vidéo story…</translation>
    </message>
    <message>
        <source>Export &amp;walk page…</source>
        <translation>Exporter la &amp;page de la balade…</translation>
    </message>
    <message>
        <source>Export &amp;handout PDF…</source>
        <translation>Exporter les documents en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print handouts…</source>
        <translation>Imp&amp;rimer les documents…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Fit to walk</source>
        <translation>&amp;Voir toute la balade</translation>
    </message>
    <message>
        <source>Show the whole walk (Ctrl+0)</source>
        <translation>Afficher toute la balade (Ctrl+0)</translation>
    </message>
    <message>
        <source>Find a &amp;place…</source>
        <translation>Trouver un &amp;lieu…</translation>
    </message>
    <message>
        <source>&amp;Walks</source>
        <translation>&amp;Balades</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Stops</source>
        <translation>&amp;Étapes</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Lieux</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Add stop</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>Add a stop after the selected one (Insert)</source>
        <translation>Ajouter une étape après celle sélectionnée (Inser)</translation>
    </message>
    <message>
        <source>Move stop &amp;up</source>
        <translation>&amp;Monter l’étape</translation>
    </message>
    <message>
        <source>Move the selected stop up (Alt+Up)</source>
        <translation>Monter l’étape sélectionnée (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move stop &amp;down</source>
        <translation>D&amp;escendre l’étape</translation>
    </message>
    <message>
        <source>Move the selected stop down (Alt+Down)</source>
        <translation>Descendre l’étape sélectionnée (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Remove stop</source>
        <translation>&amp;Retirer l’étape</translation>
    </message>
    <message>
        <source>Remove the selected stop (Delete)</source>
        <translation>Retirer l’étape sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Edit the selected cell</source>
        <translation>Modifier la &amp;cellule sélectionnée</translation>
    </message>
    <message>
        <source>&amp;About Walk Planner</source>
        <translation>&amp;À propos de Walk Planner</translation>
    </message>
</context>
<context>
    <name>BasemapController</name>
    <message>
        <source>Open offline map (MBTiles, PMTiles)…</source>
        <translation>Ouvrir une carte hors ligne (MBTiles, PMTiles)…</translation>
    </message>
    <message>
        <source>Open offline map</source>
        <translation>Ouvrir une carte hors ligne</translation>
    </message>
    <message>
        <source>Offline maps (*.mbtiles *.pmtiles)</source>
        <translation>Cartes hors ligne (*.mbtiles *.pmtiles)</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>LET&apos;S GO FOR A WALK</source>
        <translation>ON VA MARCHER ENSEMBLE</translation>
    </message>
    <message>
        <source>Meet at</source>
        <translation>Rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone welcome</source>
        <translation>Tout le monde est bienvenu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people expected · everyone welcome</source>
        <translation>
            <numerusform>%Ln personne attendue · tout le monde est bienvenu</numerusform>
            <numerusform>%Ln personnes attendues · tout le monde est bienvenu</numerusform>
        </translation>
    </message>
    <message>
        <source>Full · waiting list open</source>
        <translation>Complet · liste d&apos;attente ouverte</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n people · sign up to come</source>
        <translation>
            <numerusform>Jusqu&apos;à %n personne · inscription nécessaire</numerusform>
            <numerusform>Jusqu&apos;à %n personnes · inscription nécessaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {capacity} places left</source>
        <translation>
            <numerusform>Plus qu&apos;une place sur {capacity}</numerusform>
            <numerusform>Plus que %n places sur {capacity}</numerusform>
        </translation>
    </message>
    <message>
        <source>Organised by {who}</source>
        <translation>Organisé par {who}</translation>
    </message>
    <message>
        <source>Scan: meeting point on the map</source>
        <translation>Scannez&#xa0;: le point de rendez-vous</translation>
    </message>
    <message>
        <source>Scan: {host}</source>
        <translation>Scannez&#xa0;: {host}</translation>
    </message>
    <message>
        <source>Scan to open the link</source>
        <translation>Scannez pour ouvrir le lien</translation>
    </message>
    <message>
        <source>Groups of up to {size}, leaving every {stagger} min</source>
        <translation>Groupes de {size} au plus, départ toutes les {stagger} min</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Export invite card</source>
        <translation>Exporter la carte d’invitation</translation>
    </message>
    <message>
        <source>Story 1080 × 1920 (Instagram, TikTok)</source>
        <translation>Story 1080 × 1920 (Instagram, TikTok)</translation>
    </message>
    <message>
        <source>Post 1080 × 1350</source>
        <translation>Publication 1080 × 1350</translation>
    </message>
    <message>
        <source>Square 1080 × 1080 (WhatsApp)</source>
        <translation>Carré 1080 × 1080 (WhatsApp)</translation>
    </message>
    <message>
        <source>Print A6 at 300 dpi</source>
        <translation>Impression A6 à 300 ppp</translation>
    </message>
    <message>
        <source>empty: the meeting point on OpenStreetMap</source>
        <translation>vide&#xa0;: le point de rendez-vous sur OpenStreetMap</translation>
    </message>
    <message>
        <source>Card preview</source>
        <translation>Aperçu de la carte</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>QR &amp;link</source>
        <translation>Lien du &amp;QR code</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Drawing the card…</source>
        <translation>Dessin de la carte…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>The card could not be drawn: %1</source>
        <translation>La carte n’a pas pu être dessinée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save invite card</source>
        <translation>Enregistrer la carte d’invitation</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>Image PNG (*.png);;Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Copied: paste it into any app.</source>
        <translation>Copiée&#xa0;: collez-la dans n’importe quelle application.</translation>
    </message>
</context>
<context>
    <name>ClockEdit</name>
    <message>
        <source>e.g. 14:30, 2pm, 10h30</source>
        <translation>p. ex. 14:30, 14 h, 10h30</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>e.g. by the pyramid, look for the yellow umbrella</source>
        <translation>p. ex. près de la pyramide, cherchez le parapluie jaune</translation>
    </message>
    <message>
        <source>latitude, longitude</source>
        <translation>latitude, longitude</translation>
    </message>
    <message>
        <source>Or drag the meeting-point pin on the map.</source>
        <translation>Ou faites glisser l’épingle du point de rendez-vous sur la carte.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Legs follow footpaths and bridges</source>
        <translation>Les tronçons suivent les chemins et les ponts</translation>
    </message>
    <message>
        <source>Right-click a leg on the map to make just that leg straight or routed.</source>
        <translation>Faites un clic droit sur un tronçon de la carte pour rendre ce seul tronçon droit ou guidé.</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <source>phone, e-mail or @handle</source>
        <translation>téléphone, e-mail ou @pseudo</translation>
    </message>
    <message>
        <source>Printed on the handouts; 112 works across Europe.</source>
        <translation>Imprimé sur les documents&#xa0;; le 112 fonctionne dans toute l’Europe.</translation>
    </message>
    <message>
        <source>steps, surfaces, toilets, pace…</source>
        <translation>marches, revêtements, toilettes, allure…</translation>
    </message>
    <message>
        <source>event page or group chat invite (optional)</source>
        <translation>page de l’événement ou invitation au groupe de discussion (facultatif)</translation>
    </message>
    <message>
        <source>The invite card&apos;s QR code opens this link; empty: the meeting point on a map.</source>
        <translation>Le QR code de la carte d’invitation ouvre ce lien&#xa0;; vide&#xa0;: le point de rendez-vous sur une carte.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Start ti&amp;me</source>
        <translation>&amp;Heure de départ</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Meeting point</source>
        <translation>Point de &amp;rendez-vous</translation>
    </message>
    <message>
        <source>How to &amp;find us</source>
        <translation>Comment nous &amp;trouver</translation>
    </message>
    <message>
        <source>Meeting &amp;position</source>
        <translation>Position du rende&amp;z-vous</translation>
    </message>
    <message>
        <source>&amp;Headcount</source>
        <translation>&amp;Participants attendus</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>&amp;Pace</source>
        <translation>&amp;Allure</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>Itin&amp;éraire</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisateur</translation>
    </message>
    <message>
        <source>Co&amp;ntact</source>
        <translation>Co&amp;ntact</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>&amp;Emergency line</source>
        <translation>N° d’&amp;urgence</translation>
    </message>
    <message>
        <source>&amp;Accessibility</source>
        <translation>Acc&amp;essibilité</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: write it as 14:30 or 2pm.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure&#xa0;: écrivez-la comme 14:30 ou 14 h.</translation>
    </message>
    <message>
        <source>Write the meeting position as “latitude, longitude”, e.g. 48.8610, 2.3358.</source>
        <translation>Écrivez la position du rendez-vous sous la forme «&#xa0;latitude, longitude&#xa0;», p. ex. 48.8610, 2.3358.</translation>
    </message>
    <message>
        <source>%1 The walk keeps its last valid value until this is fixed.</source>
        <translation>%1 La balade garde sa dernière valeur valide tant que ce n’est pas corrigé.</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Walks</source>
        <translation>Balades</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Import a walk</source>
        <translation>Importer une balade</translation>
    </message>
    <message>
        <source>Routes and tracks (%1)</source>
        <translation>Itinéraires et traces (%1)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the walk</source>
        <translation>Exporter la balade</translation>
    </message>
    <message>
        <source>%1 file (*%2)</source>
        <translation>Fichier %1 (*%2)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Walk overview</source>
        <translation>Programme de la balade</translation>
    </message>
    <message numerus="yes">
        <source>%n groups · the first leaves at {start} · the last arrives at {end}</source>
        <translation>
            <numerusform>%n groupe · le premier part à {start} · le dernier arrive à {end}</numerusform>
            <numerusform>%n groupes · le premier part à {start} · le dernier arrive à {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>Start {start} · End {end}</source>
        <translation>Départ {start} · Fin {end}</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>The route</source>
        <translation>Le parcours</translation>
    </message>
    <message>
        <source>{distance} · walking {walking} · {duration} in all</source>
        <translation>{distance} · marche {walking} · {duration} en tout</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Group {letter} · %n people · leaves at {time}</source>
        <translation>
            <numerusform>Groupe {letter} · %n personne · départ à {time}</numerusform>
            <numerusform>Groupe {letter} · %n personnes · départ à {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>Tick the three head counts: at the start, halfway, at the end.</source>
        <translation>Cochez les trois comptages&#xa0;: au départ, à mi-parcours, à l’arrivée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d’urgence</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>head count</comment>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Half</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <source>End</source>
        <comment>head count</comment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Walk leader sheet</source>
        <translation>Fiche du guide</translation>
    </message>
    <message>
        <source>Walk leader: {names}</source>
        <translation>Guide&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Back marker: {names}</source>
        <translation>Serre-file&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Café / food</source>
        <translation>Café / repas</translation>
    </message>
    <message>
        <source>Viewpoint</source>
        <translation>Point de vue</translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation>Toilettes</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Route walked beforehand (recce done)</source>
        <translation>Parcours repéré à l’avance</translation>
    </message>
    <message>
        <source>First-aid kit packed</source>
        <translation>Trousse de premiers secours</translation>
    </message>
    <message>
        <source>Head count at the start: ______</source>
        <translation>Comptage au départ&#xa0;: ______</translation>
    </message>
    <message>
        <source>Head count halfway: ______</source>
        <translation>Comptage à mi-parcours&#xa0;: ______</translation>
    </message>
    <message>
        <source>Head count at the end: ______</source>
        <translation>Comptage à l’arrivée&#xa0;: ______</translation>
    </message>
    <message>
        <source>“Five minutes!” called before leaving each stop</source>
        <translation>«&#xa0;Cinq minutes&#xa0;!&#xa0;» annoncé avant de quitter chaque étape</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Point de rendez-vous</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>Expected: {expected} · signed up: {signed} · waiting list: {waiting} · on the day: {day}</source>
        <translation>Attendus&#xa0;: {expected} · inscrits&#xa0;: {signed} · liste d’attente&#xa0;: {waiting} · le jour J&#xa0;: {day}</translation>
    </message>
    <message>
        <source>{counts} · capacity: {capacity}</source>
        <translation>{counts} · capacité&#xa0;: {capacity}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>group {letter}</source>
        <translation>groupe {letter}</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>page {n}</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Handouts</source>
        <translation>Documents à imprimer</translation>
    </message>
    <message>
        <source>Overview: times, meeting point, maps, stops</source>
        <translation>Vue d’ensemble&#xa0;: horaires, rendez-vous, cartes, étapes</translation>
    </message>
    <message>
        <source>Sign-in sheet with head counts</source>
        <translation>Feuille d’émargement avec comptages</translation>
    </message>
    <message>
        <source>Pocket cards, four to a page</source>
        <translation>Cartes de poche, quatre par page</translation>
    </message>
    <message>
        <source>Walk leader sheet</source>
        <translation>Fiche du guide (une par groupe)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Print these parts:</source>
        <translation>Imprimer ces parties&#xa0;:</translation>
    </message>
    <message>
        <source>Choose at least one part.</source>
        <translation>Choisissez au moins une partie.</translation>
    </message>
    <message>
        <source>Export handout PDF</source>
        <translation>Exporter les documents en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Preparing the maps…</source>
        <translation>Préparation des cartes…</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Delete “%1” with its stops and participants? Edit → Undo brings it back.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec ses étapes et ses participants&#xa0;? Édition → Annuler la fait revenir.</translation>
    </message>
    <message>
        <source>Delete walk</source>
        <translation>Supprimer la balade</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Delete it? Undo cannot bring it back; a backup of the database can.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagée et ne peut pas être ouverte. La supprimer&#xa0;? Annuler ne pourra pas la faire revenir, une sauvegarde de la base le pourra.</translation>
    </message>
    <message>
        <source>“%1” was changed outside this window (by the command line or another window) since it was opened here, so this window&apos;s edits were not saved over it.

Reload the walk as it is now stored (this window&apos;s recent edits are dropped), or keep this window&apos;s copy as a new walk?</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée hors de cette fenêtre (par la ligne de commande ou une autre fenêtre) depuis son ouverture ici&#xa0;: les modifications de cette fenêtre ne l’ont donc pas écrasée.

Recharger la balade telle qu’elle est enregistrée (les modifications récentes de cette fenêtre sont abandonnées), ou garder la copie de cette fenêtre comme nouvelle balade&#xa0;?</translation>
    </message>
    <message>
        <source>Reload the stored walk</source>
        <translation>Recharger la balade enregistrée</translation>
    </message>
    <message>
        <source>Keep mine as a new walk</source>
        <translation>Garder la mienne comme nouvelle balade</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (ma copie)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search walks</source>
        <translation>Chercher des balades</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Balades</translation>
    </message>
    <message>
        <source>New walk</source>
        <translation>Nouvelle balade</translation>
    </message>
    <message>
        <source>Duplicate walk</source>
        <translation>Dupliquer la balade</translation>
    </message>
    <message>
        <source>Delete walk…</source>
        <translation>Supprimer la balade…</translation>
    </message>
    <message>
        <source>damaged: cannot be opened</source>
        <translation>endommagée&#xa0;: ne peut pas être ouverte</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Import &amp;recent</source>
        <translation>Importer un fichier réc&amp;ent</translation>
    </message>
    <message>
        <source>&amp;Export walk as</source>
        <translation>E&amp;xporter la balade en</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Basemap</source>
        <translation>&amp;Fond de carte</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Stops</source>
        <translation>&amp;Étapes</translation>
    </message>
    <message>
        <source>Leg to the &amp;next stop</source>
        <translation>Tronçon vers l’étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Routing progress</source>
        <translation>Calcul des itinéraires</translation>
    </message>
    <message>
        <source>Walk summary</source>
        <translation>Résumé de la balade</translation>
    </message>
    <message>
        <source>Ignored a map event: %1</source>
        <translation>Événement de carte ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No stops yet: click on the map to add the first one.</source>
        <translation>Aucune étape pour l’instant&#xa0;: cliquez sur la carte pour ajouter la première.</translation>
    </message>
    <message>
        <source>%1 · walking %2 · at stops %3 · ends %4 · %5</source>
        <translation>%1 · marche %2 · aux étapes %3 · fin %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>Routing %n legs…</source>
        <translation>
            <numerusform>Calcul de %n tronçon…</numerusform>
            <numerusform>Calcul de %n tronçons…</numerusform>
        </translation>
    </message>
    <message>
        <source>A leg stays straight: %1</source>
        <translation>Un tronçon reste droit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reopen the window now in the new language? Your walk is saved.</source>
        <translation>Rouvrir la fenêtre maintenant dans la nouvelle langue&#xa0;? Votre balade est enregistrée.</translation>
    </message>
    <message>
        <source>The new language applies when Walk Planner starts again.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Walk Planner.</translation>
    </message>
    <message>
        <source>Map: the arrows move it, + and − zoom, Enter adds a stop at the cross, Shift+Enter moves the selected stop there.</source>
        <translation>Carte&#xa0;: les flèches la déplacent, + et − zooment, Entrée ajoute une étape sous la croix, Maj+Entrée y déplace l’étape sélectionnée.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept while the app is open.</source>
        <translation>Non enregistré&#xa0;: %1 Vos modifications sont conservées tant que l’application est ouverte.</translation>
    </message>
    <message>
        <source>The walk could not be saved:
%1

Close anyway and lose the latest edits?</source>
        <translation>La balade n’a pas pu être enregistrée&#xa0;:
%1

Fermer quand même et perdre les dernières modifications&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>Remove stop</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Remove via points</source>
        <translation>Retirer les points de passage</translation>
    </message>
    <message>
        <source>Select a stop that has a next stop</source>
        <translation>Sélectionnez une étape suivie d’une autre</translation>
    </message>
    <message>
        <source>Like the rest of the walk (%1)</source>
        <translation>Comme le reste de la balade (%1)</translation>
    </message>
    <message>
        <source>along the streets</source>
        <translation>par les rues</translation>
    </message>
    <message>
        <source>straight</source>
        <translation>en ligne droite</translation>
    </message>
    <message>
        <source>Follow the streets</source>
        <translation>Suivre les rues</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>Ligne droite</translation>
    </message>
    <message>
        <source>Insert a stop on this leg</source>
        <translation>Insérer une étape sur ce tronçon</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Durée sur place</translation>
    </message>
    <message>
        <source>Make it the meeting point</source>
        <translation>En faire le point de rendez-vous</translation>
    </message>
    <message>
        <source>Add stop here</source>
        <translation>Ajouter une étape ici</translation>
    </message>
    <message>
        <source>Meet here</source>
        <translation>Se retrouver ici</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Walk map</source>
        <translation>Carte de la balade</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Meeting point: {name}</source>
        <translation>Point de rendez-vous&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>Qui vient</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Made with Walk Planner · no trackers, no cookies</source>
        <translation>Fait avec Walk Planner · sans traceur ni cookie</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Ouvrir dans une carte</translation>
    </message>
    <message>
        <source>See it on OpenStreetMap</source>
        <translation>Voir sur OpenStreetMap</translation>
    </message>
    <message>
        <source>Where to meet</source>
        <translation>Où se retrouver</translation>
    </message>
    <message>
        <source>{distance} · about {duration}, stops included</source>
        <translation>{distance} · environ {duration}, pauses comprises</translation>
    </message>
    <message>
        <source>Map of the route</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>The map needs a connection; everything else on this page works offline.</source>
        <translation>La carte a besoin d’une connexion&#xa0;; le reste de la page marche hors ligne.</translation>
    </message>
    <message>
        <source>The route</source>
        <translation>Le parcours</translation>
    </message>
    <message>
        <source>Stops and times</source>
        <translation>Étapes et horaires</translation>
    </message>
    <message>
        <source>{minutes} min here</source>
        <translation>{minutes}&#xa0;min sur place</translation>
    </message>
    <message>
        <source>Emergency: {phone}</source>
        <translation>Urgences&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Calendar and route files</source>
        <translation>Fichiers d’agenda et de parcours</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Ajouter à l’agenda</translation>
    </message>
    <message>
        <source>Download the route (GPX)</source>
        <translation>Télécharger le parcours (GPX)</translation>
    </message>
    <message>
        <source>QR code of this page&apos;s address</source>
        <translation>Code QR de l’adresse de cette page</translation>
    </message>
    <message>
        <source>Scan to open this page</source>
        <translation>Scannez pour ouvrir cette page</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>Export walk page</source>
        <translation>Exporter la page de la balade</translation>
    </message>
    <message>
        <source>optional: where the page will be published</source>
        <translation>facultatif&#xa0;: l’adresse où la page sera publiée</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Page &amp;address</source>
        <translation>&amp;Adresse de la page</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Folder for the walk page</source>
        <translation>Dossier de la page de la balade</translation>
    </message>
    <message>
        <source>Writing the walk page…</source>
        <translation>Écriture de la page de la balade…</translation>
    </message>
    <message>
        <source>The walk page is in %1. Open the folder?</source>
        <translation>La page de la balade est dans %1. Ouvrir le dossier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Going</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Walker</source>
        <translation>Marcheur</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Back marker</source>
        <translation>Serre-file</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>S&amp;plit the crowd into groups</source>
        <translation>&amp;Répartir la foule en groupes</translation>
    </message>
    <message>
        <source>Each group gets a leader, a back marker and its own departure time.</source>
        <translation>Chaque groupe a son guide, son serre-file et son heure de départ.</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Groupe le plus grand</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between groups</source>
        <translation>Minutes entre les groupes</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Slowest walker&apos;s pace</source>
        <translation>Allure du marcheur le plus lent</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel place</source>
        <translation>Annuler la place</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Largest &amp;group</source>
        <translation>&amp;Groupe le plus grand</translation>
    </message>
    <message>
        <source>Groups leave &amp;every</source>
        <translation>Départ des groupes &amp;toutes les</translation>
    </message>
    <message>
        <source>&amp;Slowest walker</source>
        <translation>&amp;Marcheur le plus lent</translation>
    </message>
    <message>
        <source>New person %1</source>
        <translation>Nouvelle personne %1</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer les participants</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) in “%1” were not understood; those people are on the waitlist, where they take no place.</source>
        <translation>
            <numerusform>%n réponse de «&#xa0;%1&#xa0;» n’a pas été comprise&#xa0;: cette personne est sur liste d’attente, où elle ne prend pas de place.</numerusform>
            <numerusform>%n réponses de «&#xa0;%1&#xa0;» n’ont pas été comprises&#xa0;: ces personnes sont sur liste d’attente, où elles ne prennent pas de place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Expected: %1 · signed up: %2 · waiting list: %3 · on the day: %4</source>
        <translation>Attendus&#xa0;: %1 · inscrits&#xa0;: %2 · liste d’attente&#xa0;: %3 · le jour J&#xa0;: %4</translation>
    </message>
    <message>
        <source>Places left: %1 of %2</source>
        <translation>Places restantes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Walking as one group.</source>
        <translation>La balade se fait en un seul groupe.</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1&#xa0;: %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>%n groups: the first leaves at %1, the last at %2</source>
        <translation>
            <numerusform>%n groupe&#xa0;: le premier part à %1, le dernier à %2</numerusform>
            <numerusform>%n groupes&#xa0;: le premier part à %1, le dernier à %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <source>Search a place, then press Enter</source>
        <translation>Cherchez un lieu, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Place search</source>
        <translation>Recherche de lieu</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Lieux trouvés</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <source>Show it on the map</source>
        <translation>Le montrer sur la carte</translation>
    </message>
    <message>
        <source>Add stop</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add it at the end of the walk</source>
        <translation>L’ajouter à la fin de la balade</translation>
    </message>
    <message>
        <source>Meet here</source>
        <translation>Se retrouver ici</translation>
    </message>
    <message>
        <source>Make it the meeting point</source>
        <translation>En faire le point de rendez-vous</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keep it in your saved places</source>
        <translation>Le garder dans vos lieux enregistrés</translation>
    </message>
    <message>
        <source>Your saved places</source>
        <translation>Vos lieux enregistrés</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n places found</source>
        <translation>
            <numerusform>%n lieu trouvé</numerusform>
            <numerusform>%n lieux trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found; try other words.</source>
        <translation>Rien trouvé&#xa0;; essayez d’autres mots.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: you can find it offline too.</source>
        <translation>Enregistré&#xa0;: vous le retrouverez aussi hors ligne.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Foot router address</source>
        <translation>Adresse du calculateur d’itinéraires à pied</translation>
    </message>
    <message>
        <source>Place search address</source>
        <translation>Adresse de la recherche de lieux</translation>
    </message>
    <message>
        <source>Services (leave empty for the default)</source>
        <translation>Services (laissez vide pour la valeur par défaut)</translation>
    </message>
    <message>
        <source>Foot &amp;router (OSRM)</source>
        <translation>&amp;Itinéraires à pied (OSRM)</translation>
    </message>
    <message>
        <source>Place &amp;search (Nominatim)</source>
        <translation>&amp;Recherche de lieux (Nominatim)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Tile cache size limit</source>
        <translation>Taille maximale du cache de tuiles</translation>
    </message>
    <message>
        <source>&amp;Clear the cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <source>Map tiles are kept at least seven days, as OpenStreetMap asks, and the oldest go first when the cache is full. Offline map packs are your own files and are never touched.</source>
        <translation>Les tuiles de carte sont gardées au moins sept jours, comme le demande OpenStreetMap, et les plus anciennes partent en premier quand le cache est plein. Les cartes hors ligne sont vos propres fichiers et ne sont jamais touchées.</translation>
    </message>
    <message>
        <source>Tile cache</source>
        <translation>Cache de tuiles</translation>
    </message>
    <message>
        <source>In the cache</source>
        <translation>Dans le cache</translation>
    </message>
    <message>
        <source>Size &amp;limit</source>
        <translation>&amp;Taille maximale</translation>
    </message>
    <message>
        <source>Data folder (change it with --data-dir)</source>
        <translation>Dossier de données (changez-le avec --data-dir)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <source>Default walking pace</source>
        <translation>Allure de marche par défaut</translation>
    </message>
    <message>
        <source>Default group size</source>
        <translation>Taille de groupe par défaut</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>After a change, the window can reopen in the new language.</source>
        <translation>Après un changement, la fenêtre peut se rouvrir dans la nouvelle langue.</translation>
    </message>
    <message>
        <source>Walking &amp;pace of a new walk</source>
        <translation>&amp;Allure d’une nouvelle balade</translation>
    </message>
    <message>
        <source>People per &amp;group (one leader each)</source>
        <translation>Personnes par &amp;groupe (un guide chacun)</translation>
    </message>
    <message>
        <source>&amp;Basemap</source>
        <translation>&amp;Fond de carte</translation>
    </message>
    <message numerus="yes">
        <source>%n tiles, %1 MB</source>
        <translation>
            <numerusform>%n tuile, %1 Mo</numerusform>
            <numerusform>%n tuiles, %1 Mo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingController</name>
    <message>
        <source>Routing failed: %1</source>
        <translation>Le calcul d’itinéraire a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StopDelegate</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>StopPanel</name>
    <message>
        <source>Stops</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Click on the map to add the first stop, or press Insert.</source>
        <translation>Cliquez sur la carte pour ajouter la première étape, ou appuyez sur Inser.</translation>
    </message>
</context>
<context>
    <name>StopTableModel</name>
    <message>
        <source>Stop</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Arrive à</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stay (min)</source>
        <translation>Arrêt (min)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>VideoDialog</name>
    <message>
        <source>Export story video</source>
        <translation>Exporter la vidéo story</translation>
    </message>
    <message>
        <source>Story 1080 × 1920 (TikTok, Reels, Stories)</source>
        <translation>Story 1080 × 1920 (TikTok, Reels, Stories)</translation>
    </message>
    <message>
        <source>Square 1080 × 1080 (feeds)</source>
        <translation>Carré 1080 × 1080 (fils d’actualité)</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>Aperçu de la vidéo</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>L&amp;ength</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Save video…</source>
        <translation>&amp;Enregistrer la vidéo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 s</source>
        <translation>%1 × %2 pixels, %3&#xa0;s</translation>
    </message>
    <message>
        <source>The video could not be drawn: %1</source>
        <translation>La vidéo n’a pas pu être dessinée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save story video</source>
        <translation>Enregistrer la vidéo story</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Making the video…</source>
        <translation>Création de la vidéo…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{weekday} 1 {month}</source>
        <translation>{weekday} 1er {month}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <source>{weekday} 1 {month} {year}</source>
        <translation>{weekday} 1er {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{date} · {time}</source>
        <translation>{date} · {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stops</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
</context>
</TS>
