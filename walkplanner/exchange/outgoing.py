"""What the exporters write: the walk with every text cleaned again, defensively.

Imports already strip control characters, but a walk can also be typed, pasted or come
from an older database; GPX and KML must never carry a character XML 1.0 forbids (a
single U+0001 makes the whole file unreadable elsewhere), and JSON and iCalendar gain
nothing from them either.
"""

from __future__ import annotations

from dataclasses import replace

from walkplanner.core.model import Route, Walk
from walkplanner.core.validation import clean_text

LINES = ("title", "organiser_name", "organiser_contact", "link", "emergency_phone", "timezone")
MULTILINE = ("description", "accessibility")


def export_copy(walk: Walk) -> Walk:
    """A copy of the walk whose texts are safe to write in any format."""
    meeting = walk.meeting_point
    stops = tuple(
        replace(s, name=clean_text(s.name), note=clean_text(s.note, multiline=True))
        for s in walk.stops
    )
    return replace(
        walk,
        **{field: clean_text(getattr(walk, field)) for field in LINES},
        **{field: clean_text(getattr(walk, field), multiline=True) for field in MULTILINE},
        meeting_point=replace(
            meeting, name=clean_text(meeting.name), note=clean_text(meeting.note, multiline=True)
        ),
        route=Route(stops, walk.legs),
    )
