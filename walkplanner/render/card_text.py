"""The words on an invite card, in the card's own language (chosen per card, not per UI)."""

from __future__ import annotations

import datetime as dt

from walkplanner.core.model import Walk
from walkplanner.core.schedule import Schedule

WORDS = {
    "en": {
        "kicker": "LET'S GO FOR A WALK",
        "meet": "Meet at",
        "more": "+{n} more",
        "places": "{n} places",
        "place": "{n} place",
        "left": "{n} places left",
        "left_one": "{n} place left",
        "full": "Full: waiting list",
        "by": "Organised by {who}",
        "scan": "Scan to find us",
        "groups": "Groups of {size}, leaving every {stagger} min",
    },
    "fr": {
        "kicker": "ON VA MARCHER ENSEMBLE",
        "meet": "Rendez-vous",
        "more": "+{n} autres",
        "places": "{n} places",
        "place": "{n} place",
        "left": "{n} places restantes",
        "left_one": "{n} place restante",
        "full": "Complet : liste d'attente",
        "by": "Organisé par {who}",
        "scan": "Scannez pour nous trouver",
        "groups": "Groupes de {size}, départ toutes les {stagger} min",
    },
}


def word(lang: str, key: str, **values: object) -> str:
    return WORDS[lang][key].format(**values)


def places(walk: Walk, lang: str) -> str:
    if walk.capacity is None:
        return word(lang, "place" if walk.headcount == 1 else "places", n=walk.headcount)
    left = walk.capacity - walk.headcount
    if left <= 0:
        return word(lang, "full")
    return word(lang, "left_one" if left == 1 else "left", n=left)


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
    """The walk's own link, else OpenStreetMap with a marker on the meeting point."""
    if walk.link:
        return walk.link
    lat, lon = f"{walk.meeting_point.lat:.5f}", f"{walk.meeting_point.lon:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}&zoom=18"


def printed_link(link: str) -> str:
    """The link as printed under the QR code: without the scheme people never type."""
    return link.removeprefix("https://").removeprefix("http://").removeprefix("www.")


def groups_line(walk: Walk, lang: str) -> str:
    """Say how a crowd will walk, when there will be more than one group."""
    if walk.headcount <= walk.group_size:
        return ""
    return word(lang, "groups", size=walk.group_size, stagger=walk.stagger_min)
