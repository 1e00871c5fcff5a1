"""The walk that inspired the app: sixty strangers meeting at the Louvre one Saturday."""

from __future__ import annotations

import datetime as dt

from walkplanner.core.model import MeetingPoint, Route, Stop, StopKind, Walk

DEMO_TITLE = "Louvre → Seine quays → café"


def next_saturday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(5 - today.weekday()) % 7 or 7)


def demo_walk(today: dt.date | None = None) -> Walk:
    """A two-hour Saturday afternoon walk, coordinates checked against OpenStreetMap."""
    stops = [
        Stop(
            "Louvre pyramid",
            48.86105,
            2.33583,
            StopKind.START,
            15,
            "Gather, say hello, wait for latecomers.",
        ),
        Stop(
            "Pont des Arts",
            48.85834,
            2.33752,
            StopKind.VIEWPOINT,
            10,
            "Group photo with the Île de la Cité behind.",
        ),
        Stop(
            "Square du Vert-Galant",
            48.85736,
            2.34014,
            StopKind.VIEWPOINT,
            15,
            "Down the steps at Pont Neuf, benches by the water.",
        ),
        Stop(
            "Quai de Montebello, facing Notre-Dame",
            48.85192,
            2.34770,
            StopKind.VIEWPOINT,
            10,
            "Booksellers' stalls along the parapet.",
        ),
        Stop(
            "Café Le Petit Pont",
            48.85262,
            2.34637,
            StopKind.CAFE,
            45,
            "Terrace on Rue du Petit Pont; warn them we are many.",
        ),
    ]
    return Walk(
        title=DEMO_TITLE,
        description="A relaxed walk to meet new people: from the Louvre along the Seine "
        "quays to Notre-Dame, then coffee together.",
        date=next_saturday(today or dt.date.today()),
        start_time=dt.time(14, 0),
        meeting_point=MeetingPoint(
            "Louvre pyramid, Cour Napoléon",
            48.86105,
            2.33583,
            "By the pyramid, on the side of the Richelieu passage: look for the yellow umbrella.",
        ),
        route=Route.through(stops),
        headcount=60,
        split_groups=True,
        pace_kmh=3.5,
        organiser_name="Sam",
        organiser_contact="@sam.walks.paris",
        accessibility="Flat and step-free except the stairs down to Square du Vert-Galant "
        "(the group can wait above on Pont Neuf). Toilets at the café.",
    )
