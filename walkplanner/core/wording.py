"""Dates, times and places written for people, in French or English.

"samedi 26 octobre · 14 h" and "Saturday 26 October · 2 pm": the way an invite is
written by hand, which neither strftime nor a locale's short formats give. Day and month
names are words of the catalogue (context "Wording"), so a date is a `Text` that each
export reads in its own language; a time is written in the language's own style.
"""

from __future__ import annotations

import datetime as dt
import re

from walkplanner.text import Context, Text

LANGUAGES = ("en", "fr")
Wording = Context("Wording")

_DAYS = (
    Wording.tr("Monday"),
    Wording.tr("Tuesday"),
    Wording.tr("Wednesday"),
    Wording.tr("Thursday"),
    Wording.tr("Friday"),
    Wording.tr("Saturday"),
    Wording.tr("Sunday"),
)
_MONTHS = (
    Wording.tr("January"), Wording.tr("February"), Wording.tr("March"), Wording.tr("April"),
    Wording.tr("May"), Wording.tr("June"), Wording.tr("July"), Wording.tr("August"),
    Wording.tr("September"), Wording.tr("October"), Wording.tr("November"),
    Wording.tr("December"),
)  # fmt: skip


def spoken_time(moment: dt.time, lang: str) -> str:
    """14:00 -> "14 h" / "2 pm"; 14:30 -> "14 h 30" / "2:30 pm"."""
    if lang == "fr":
        return f"{moment.hour}\u00a0h" + (f"\u00a0{moment.minute:02d}" if moment.minute else "")
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}:{moment.minute:02d} {suffix}" if moment.minute else f"{hour} {suffix}"


def spoken_date(day: dt.date, this_year: int | None = None) -> Text:
    """ "samedi 26 octobre" / "Saturday 26 October"; the 1st of a month is "1er" in French.

    The year is left out only for a date in `this_year` (today's, by default): a card that
    says "Saturday 26 October" of a past year would look current.
    """
    names = {"weekday": _DAYS[day.weekday()], "month": _MONTHS[day.month - 1]}
    if day.year == (this_year or dt.date.today().year):
        if day.day == 1:
            return Wording.tr("{weekday} 1 {month}", **names)
        return Wording.tr("{weekday} {day} {month}", day=day.day, **names)
    if day.day == 1:
        return Wording.tr("{weekday} 1 {month} {year}", year=day.year, **names)
    return Wording.tr("{weekday} {day} {month} {year}", day=day.day, year=day.year, **names)


def when(day: dt.date, moment: dt.time, lang: str, this_year: int | None = None) -> Text:
    """The date and time of a walk: "Saturday 26 October · 2 pm"."""
    return Wording.tr(
        "{date} · {time}", date=spoken_date(day, this_year), time=spoken_time(moment, lang)
    )


def people_count(count: int) -> Text:
    """ "1 person", "60 people" (the UI groups digits: "1,200 people")."""
    return Wording.tr("%Ln people", None, count)


def group_count(count: int) -> Text:
    """ "1 group", "4 groups"."""
    return Wording.tr("%n groups", None, count)


def stop_count(count: int) -> Text:
    """ "1 stop", "6 stops"."""
    return Wording.tr("%n stops", None, count)


def clock(moment: dt.time, lang: str) -> str:
    """Arrival times in a list, always with minutes: "14 h 00" in French (as in the
    heading's "14 h"), "2:00 pm" in English."""
    if lang == "fr":
        return f"{moment.hour}\u00a0h\u00a0{moment.minute:02d}"
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {'am' if moment.hour < 12 else 'pm'}"


def file_stem(title: str) -> str:
    """A walk's title as a file name people recognise: "Louvre → café" -> "louvre-café"."""
    return re.sub(r"[^\w-]+", "-", title).strip("-").lower() or "walk"
