"""The words on the handouts that more than one sheet prints, in the handout's language.

Every word is in the catalogue under the context "Handout"; `spoken` reads it in the
handout's language, whatever the window's.
"""

from __future__ import annotations

from walkplanner.catalogue import spoken
from walkplanner.core.crowd import Attendance
from walkplanner.core.model import StopKind
from walkplanner.text import Context, Text

Handout = Context("Handout")
BLANK = "____________________"  # a name to fill in by hand

KINDS = {
    StopKind.START: Handout.tr("Start"),
    StopKind.WAYPOINT: Handout.tr("Waypoint"),
    StopKind.CAFE: Handout.tr("Café / food"),
    StopKind.VIEWPOINT: Handout.tr("Viewpoint"),
    StopKind.TOILETS: Handout.tr("Toilets"),
    StopKind.END: Handout.tr("End"),
}
CHECKS = (
    Handout.tr("Route walked beforehand (recce done)"),
    Handout.tr("First-aid kit packed"),
    Handout.tr("Head count at the start: ______"),
    Handout.tr("Head count halfway: ______"),
    Handout.tr("Head count at the end: ______"),
    Handout.tr("“Five minutes!” called before leaving each stop"),
)
NUMBER = Handout.tr("#")
STOP = Handout.tr("Stop")
ARRIVE = Handout.tr("Arrive")
LEAVE = Handout.tr("Leave")
STAY = Handout.tr("Stay")
MEET = Handout.tr("Meeting point")
ORGANISER = Handout.tr("Organiser")
EMERGENCY = Handout.tr("Emergency")


def counts(lang: str, coming: Attendance) -> str:
    """Who is coming, for the organiser: the three numbers apart, and the people to plan for."""
    line = Handout.tr(
        "Expected: {expected} · signed up: {signed} · waiting list: {waiting} · on the day: {day}",
        expected=coming.expected,
        signed=coming.signed_up,
        waiting=coming.waitlist,
        day=coming.on_the_day,
    )
    if coming.capacity is None:
        return spoken(lang, line)
    total = Handout.tr("{counts} · capacity: {capacity}", counts=line, capacity=coming.capacity)
    return spoken(lang, total)


def names_or_blank(names: list[str]) -> str:
    """Flagged people by name, else a line to fill in by hand."""
    return ", ".join(names) if names else BLANK


def labelled(lang: str, label: Text, value: str) -> str:
    """ "Emergency: 112" / "Urgences : 112", with French's no-break space before the colon."""
    return spoken(lang, Handout.tr("{label}: {value}", label=label, value=value))


def group_short(lang: str, letter: str) -> str:
    return spoken(lang, Handout.tr("group {letter}", letter=letter))


def more(lang: str, hidden: int) -> str:
    """What a list that does not fit says about the rest: "+3 more"."""
    return spoken(lang, Handout.tr("+%n more", None, hidden))


def page(lang: str, number: int) -> str:
    """The page number in a footer: "page 2"."""
    return spoken(lang, Handout.tr("page {n}", n=number))
