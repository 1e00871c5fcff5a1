"""Dates, times and places written for people, in French or English.

"samedi 26 octobre · 14 h" and "Saturday 26 October · 2 pm": the way an invite is
written by hand, which neither strftime nor a locale's short formats give.
"""

from __future__ import annotations

import datetime as dt
import re

LANGUAGES = ("en", "fr")

_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}  # fmt: skip


def spoken_time(moment: dt.time, lang: str) -> str:
    """14:00 -> "14 h" / "2 pm"; 14:30 -> "14 h 30" / "2:30 pm"."""
    if lang == "fr":
        return f"{moment.hour}\u00a0h" + (f"\u00a0{moment.minute:02d}" if moment.minute else "")
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}:{moment.minute:02d} {suffix}" if moment.minute else f"{hour} {suffix}"


def spoken_date(day: dt.date, lang: str, this_year: int | None = None) -> str:
    """ "samedi 26 octobre" / "Saturday 26 October"; the 1st of a month is "1er" in French.

    The year is left out only for a date in `this_year` (today's, by default): a card that
    says "Saturday 26 October" of a past year would look current.
    """
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    written = f"{_DAYS[lang][day.weekday()]} {number} {_MONTHS[lang][day.month - 1]}"
    if day.year != (this_year or dt.date.today().year):
        written += f" {day.year}"
    return written


def when(day: dt.date, moment: dt.time, lang: str, this_year: int | None = None) -> str:
    return f"{spoken_date(day, lang, this_year)} · {spoken_time(moment, lang)}"


def clock(moment: dt.time, lang: str) -> str:
    """Arrival times in a list, always with minutes: "14 h 00" in French (as in the
    heading's "14 h"), "2:00 pm" in English."""
    if lang == "fr":
        return f"{moment.hour}\u00a0h\u00a0{moment.minute:02d}"
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {'am' if moment.hour < 12 else 'pm'}"


def file_stem(title: str) -> str:
    """A walk's title as a file name people recognise: "Louvre → café" -> "louvre-café"."""
    return re.sub(r"[^\w-]+", "-", title).strip("-").lower() or "walk"
