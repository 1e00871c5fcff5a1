"""A walk with HTML, a script end and quotes in every text the organiser can type."""

from __future__ import annotations

from dataclasses import replace

from walkplanner.core.demo import demo_walk
from walkplanner.core.model import Route, Walk

EVIL = "<img src=x onerror=alert(1)></script><script>alert(2)</script>\"'&amp;`${x}\\"


def hostile_walk() -> Walk:
    walk = demo_walk()
    stops = [replace(s, name=f"{EVIL} stop {i}", note=EVIL) for i, s in enumerate(walk.stops)]
    texts = ("title", "description", "organiser_name", "organiser_contact", "accessibility")
    return replace(
        walk,
        **{field: f"{EVIL} {field}" for field in texts},
        emergency_phone=EVIL,
        meeting_point=replace(walk.meeting_point, name=f"{EVIL} meeting", note=EVIL),
        route=Route.through(stops),
    )
