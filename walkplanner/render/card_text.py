"""The words on an invite card, in the card's own language (chosen per card, not per UI).

The words are in the catalogue under the context "Card"; `spoken` reads them in the card's
language, whatever the window's.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from walkplanner.catalogue import decimal, spoken
from walkplanner.core.crowd import Attendance
from walkplanner.core.model import Walk
from walkplanner.core.schedule import Schedule
from walkplanner.text import Context

Card = Context("Card")


def kicker(lang: str) -> str:
    return spoken(lang, Card.tr("LET'S GO FOR A WALK"))


def meet(lang: str) -> str:
    return spoken(lang, Card.tr("Meet at"))


def more(lang: str, hidden: int) -> str:
    """What a list that does not fit says about the rest: "+3 more"."""
    return spoken(lang, Card.tr("+%n more", None, hidden))


def who_is_coming(coming: Attendance, lang: str) -> str:
    """What a stranger needs to know: how many to expect, or how many places are left."""
    left = coming.places_left
    if left is None:
        if coming.on_the_day == 0:
            return spoken(lang, Card.tr("Everyone welcome"))
        expected = Card.tr("%Ln people expected · everyone welcome", None, coming.on_the_day)
        return spoken(lang, expected)
    if left == 0:
        return spoken(lang, Card.tr("Full · waiting list open"))
    if left == coming.capacity:
        return spoken(lang, Card.tr("Up to %n people · sign up to come", None, coming.capacity))
    return spoken(
        lang, Card.tr("%n of {capacity} places left", None, left, capacity=coming.capacity)
    )


def distance(schedule: Schedule, lang: str) -> str:
    return f"{decimal(lang, schedule.distance_km)} km"


def duration(span: dt.timedelta) -> str:
    """Rounded to five minutes: "2 h", "1 h 35", "45 min" (read the same in both languages)."""
    minutes = 5 * round(span.total_seconds() / 300)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes:02d}" if minutes else f"{hours} h"


def organiser(walk: Walk, lang: str) -> str:
    who = " · ".join(part for part in (walk.organiser_name, walk.organiser_contact) if part)
    return spoken(lang, Card.tr("Organised by {who}", who=who)) if who else ""


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
        return spoken(lang, Card.tr("Scan: meeting point on the map"))
    try:
        host = (urlsplit(link).hostname or "").removeprefix("www.")
    except ValueError:  # a malformed address ("http://[::1") still opens something: say so
        host = ""
    if host and len(host) <= SHORT_HOST:
        return spoken(lang, Card.tr("Scan: {host}", host=host))
    return spoken(lang, Card.tr("Scan to open the link"))


def groups_line(walk: Walk, coming: Attendance, lang: str) -> str:
    """Say how a crowd will walk, when the organiser splits it and there will be groups."""
    if not walk.split_groups or coming.on_the_day <= walk.group_size:
        return ""
    groups = Card.tr(
        "Groups of up to {size}, leaving every {stagger} min",
        size=walk.group_size,
        stagger=walk.stagger_min,
    )
    return spoken(lang, groups)
