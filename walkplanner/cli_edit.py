"""`walkplanner set WALK FIELD=VALUE …` and `walkplanner check WALK`, for scripts and tests.

Every value goes through the same validator as the details form; one bad value refuses
the whole command and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from walkplanner.core.clock_text import parse_clock
from walkplanner.core.model import Walk
from walkplanner.core.validation import InvalidWalk, clean_text, ensure_valid
from walkplanner.text import say

ON, OFF = ("on", "yes", "true", "1"), ("off", "no", "false", "0")


def _whole(name: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidWalk(
            say("{name} must be a whole number, not “{text}”.", name=name, text=text)
        ) from None


def _number(name: str, text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise InvalidWalk(
            say("{name} must be a number, not “{text}”.", name=name, text=text)
        ) from None


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidWalk(
            say("“{text}” is not a date: write it as 2026-06-14.", text=text)
        ) from None


def _start(text: str) -> dt.time:
    moment = parse_clock(text)
    if moment is None:
        raise InvalidWalk(
            say("“{text}” is not a time of day: write it as 14:30 or 2:30pm.", text=text)
        )
    return moment


def _capacity(text: str) -> int | None:
    return None if text.strip().lower() in ("", "none", "-") else _whole("capacity", text)


def _switch(text: str) -> bool:
    if text.strip().lower() in ON:
        return True
    if text.strip().lower() in OFF:
        return False
    raise InvalidWalk(say("“{text}” is neither on nor off.", text=text))


def _meeting(walk: Walk, text: str) -> Walk:
    return replace(walk, meeting_point=replace(walk.meeting_point, name=clean_text(text)))


SETTERS: dict[str, Callable[[Walk, str], Walk]] = {
    "title": lambda w, v: replace(w, title=clean_text(v)),
    "date": lambda w, v: replace(w, date=_date(v)),
    "start": lambda w, v: replace(w, start_time=_start(v)),
    "expected": lambda w, v: replace(w, headcount=_whole("expected", v)),
    "capacity": lambda w, v: replace(w, capacity=_capacity(v)),
    "pace": lambda w, v: replace(w, pace_kmh=_number("pace", v)),
    "meeting": _meeting,
    "organiser": lambda w, v: replace(w, organiser_name=clean_text(v)),
    "contact": lambda w, v: replace(w, organiser_contact=clean_text(v)),
    "link": lambda w, v: replace(w, link=v.strip()),
    "timezone": lambda w, v: replace(w, timezone=v.strip()),
    "groups": lambda w, v: replace(w, split_groups=_switch(v)),
    "group-size": lambda w, v: replace(w, group_size=_whole("group-size", v)),
    "stagger": lambda w, v: replace(w, stagger_min=_whole("stagger", v)),
    "emergency": lambda w, v: replace(w, emergency_phone=clean_text(v)),
    "description": lambda w, v: replace(w, description=clean_text(v, multiline=True)),
    "accessibility": lambda w, v: replace(w, accessibility=clean_text(v, multiline=True)),
}


def assigned(walk: Walk, assignments: list[str]) -> Walk:
    """The walk with every FIELD=VALUE applied, checked as a whole; raises InvalidWalk."""
    for assignment in assignments:
        name, sign, value = assignment.partition("=")
        setter = SETTERS.get(name.strip().lower())
        if not sign or setter is None:
            raise InvalidWalk(
                say(
                    "“{assignment}” is not FIELD=VALUE with a known field; fields: {fields}.",
                    assignment=assignment,
                    fields=", ".join(SETTERS),
                )
            )
        walk = setter(walk, value)
    ensure_valid(walk)
    return walk
