"""The words on an invite card, in the card's own language (chosen per card, not per UI)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from walkplanner.core.crowd import Attendance
from walkplanner.core.model import Walk
from walkplanner.core.schedule import Schedule

WORDS = {
    "en": {
        "kicker": "LET'S GO FOR A WALK",
        "meet": "Meet at",
        "more": "+{n} more",
        "welcome": "Everyone welcome",
        "expected": "{n} people expected · everyone welcome",
        "expected_one": "1 person expected · everyone welcome",
        "limit": "Up to {capacity} people · sign up to come",
        "left": "{n} of {capacity} places left",
        "left_one": "1 of {capacity} places left",
        "full": "Full · waiting list open",
        "by": "Organised by {who}",
        "scan_map": "Scan: meeting point on the map",
        "scan_host": "Scan: {host}",
        "scan_link": "Scan to open the link",
        "groups": "Groups of up to {size}, leaving every {stagger} min",
    },
    "fr": {
        "kicker": "ON VA MARCHER ENSEMBLE",
        "meet": "Rendez-vous",
        "more": "+{n} autres",
        "welcome": "Tout le monde est bienvenu",
        "expected": "{n} personnes attendues · tout le monde est bienvenu",
        "expected_one": "1 personne attendue · tout le monde est bienvenu",
        "limit": "Jusqu'à {capacity} personnes · inscription nécessaire",
        "left": "Plus que {n} places sur {capacity}",
        "left_one": "Plus qu'une place sur {capacity}",
        "full": "Complet · liste d'attente ouverte",
        "by": "Organisé par {who}",
        "scan_map": "Scannez\u00a0: le point de rendez-vous",
        "scan_host": "Scannez\u00a0: {host}",
        "scan_link": "Scannez pour ouvrir le lien",
        "groups": "Groupes de {size} au plus, départ toutes les {stagger} min",
    },
}


NUMBER_GROUPING = {"en": ",", "fr": "\u202f"}  # 1,200 people / 1 200 personnes


def word(lang: str, key: str, **values: object) -> str:
    return WORDS[lang][key].format(**values)


def who_is_coming(coming: Attendance, lang: str) -> str:
    """What a stranger needs to know: how many to expect, or how many places are left."""
    left = coming.places_left
    if left is None:
        if coming.on_the_day == 0:
            return word(lang, "welcome")
        key = "expected_one" if coming.on_the_day == 1 else "expected"
        return word(lang, key, n=f"{coming.on_the_day:,}".replace(",", NUMBER_GROUPING[lang]))
    if left == 0:
        return word(lang, "full")
    if left == coming.capacity:
        return word(lang, "limit", capacity=coming.capacity)
    return word(lang, "left_one" if left == 1 else "left", n=left, capacity=coming.capacity)


def distance(schedule: Schedule, lang: str) -> str:
    km = f"{schedule.distance_km:.1f}"
    return (km.replace(".", ",") if lang == "fr" else km) + " km"


def duration(span: dt.timedelta) -> str:
    """Rounded to five minutes: "2 h", "1 h 35", "45 min" (read the same in both languages)."""
    minutes = 5 * round(span.total_seconds() / 300)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes:02d}" if minutes else f"{hours} h"


def organiser(walk: Walk, lang: str) -> str:
    who = " · ".join(part for part in (walk.organiser_name, walk.organiser_contact) if part)
    return word(lang, "by", who=who) if who else ""


def default_link(walk: Walk) -> str:
    """The walk's own link, else the meeting point on the map."""
    return walk.link or map_link(walk)


def map_link(walk: Walk) -> str:
    """OpenStreetMap with a marker on the meeting point."""
    lat, lon = f"{walk.meeting_point.lat:.5f}", f"{walk.meeting_point.lon:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}&zoom=18"


SHORT_HOST = 24  # longer host names make a third line under the QR code; say "the link"


def qr_caption(link: str, walk: Walk, lang: str) -> str:
    """What the QR code opens, in a line or two (people do not read a printed URL): the
    meeting point, else the site of the organiser's link when its name is short."""
    if link == map_link(walk):
        return word(lang, "scan_map")
    try:
        host = (urlsplit(link).hostname or "").removeprefix("www.")
    except ValueError:  # a malformed address ("http://[::1") still opens something: say so
        host = ""
    if host and len(host) <= SHORT_HOST:
        return word(lang, "scan_host", host=host)
    return word(lang, "scan_link")


def groups_line(walk: Walk, coming: Attendance, lang: str) -> str:
    """Say how a crowd will walk, when the organiser splits it and there will be groups."""
    if not walk.split_groups or coming.on_the_day <= walk.group_size:
        return ""
    return word(lang, "groups", size=walk.group_size, stagger=walk.stagger_min)
