"""The one check before anything is drawn: every position finite and on the globe.

A walk with a NaN or 1e308 coordinate once reached the renderer (from a poisoned cache or
an older version) and crashed Qt's rasteriser mid-paint. Cards, handouts and maps refuse
such a walk with a message instead, before a painter exists.
"""

from __future__ import annotations

from walkplanner.core.model import Walk
from walkplanner.core.validation import check_point, check_points
from walkplanner.problem import Problem
from walkplanner.text import say


class RenderError(Problem, ValueError):
    """The walk cannot be drawn; the message (a Text) says which position is wrong."""


def ensure_drawable(walk: Walk) -> None:
    """RenderError naming the first position that is not finite or off the globe."""
    meeting = walk.meeting_point
    problem = check_point(say("The meeting point"), meeting.lat, meeting.lon)
    for number, stop in enumerate(walk.stops, 1):
        where = say("Stop {number} (“{name}”)", number=number, name=stop.name)
        problem = problem or check_point(where, stop.lat, stop.lon)
    for number, leg in enumerate(walk.legs, 1):
        problem = problem or check_points(leg.points, say("Leg {number}, point", number=number))
    if problem:
        raise RenderError(say("This walk cannot be drawn: {problem}", problem=problem))
