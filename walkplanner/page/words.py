"""The page's words, in the page's own language (chosen per export, like the card's)."""

from __future__ import annotations

WORDS = {
    "en": {
        "meet": "Where to meet",
        "open_maps": "Open in maps",
        "osm": "See it on OpenStreetMap",
        "route": "The route",
        "stops": "Stops and times",
        "walk_summary": "{distance} · about {duration}, stops included",
        "coming": "Who is coming",
        "organiser": "Organiser",
        "accessibility": "Accessibility",
        "calendar": "Add to calendar",
        "take_away": "Calendar and route files",
        "gpx": "Download the route (GPX)",
        "map_note": "The map needs a connection; everything else on this page works offline.",
        "map_label": "Map of the route",
        "qr": "Scan to open this page",
        "qr_alt": "QR code of this page's address",
        "emergency": "Emergency: {phone}",
        "stay": "{minutes} min here",
        "made_with": "Made with Walk Planner · no trackers, no cookies",
        "meeting_pin": "Meeting point: {name}",
    },
    "fr": {
        "meet": "Où se retrouver",
        "open_maps": "Ouvrir dans une carte",
        "osm": "Voir sur OpenStreetMap",
        "route": "Le parcours",
        "stops": "Étapes et horaires",
        "walk_summary": "{distance} · environ {duration}, pauses comprises",
        "coming": "Qui vient",
        "organiser": "Organisation",
        "accessibility": "Accessibilité",
        "calendar": "Ajouter à l’agenda",
        "take_away": "Fichiers d’agenda et de parcours",
        "gpx": "Télécharger le parcours (GPX)",
        "map_note": "La carte a besoin d’une connexion\u00a0; le reste de la page marche hors ligne.",
        "map_label": "Carte du parcours",
        "qr": "Scannez pour ouvrir cette page",
        "qr_alt": "Code QR de l’adresse de cette page",
        "emergency": "Urgences\u00a0: {phone}",
        "stay": "{minutes}\u00a0min sur place",
        "made_with": "Fait avec Walk Planner · sans traceur ni cookie",
        "meeting_pin": "Point de rendez-vous\u00a0: {name}",
    },
}


def page_word(lang: str, key: str, **values: object) -> str:
    return WORDS[lang][key].format(**values)
