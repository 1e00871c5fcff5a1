"""Numbers, durations and times written the way people read them, in the UI language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

from walkplanner.core.model import StopKind
from walkplanner.core.schedule import to_minute
from walkplanner.core.wording import people_count
from walkplanner.i18n import tr, translated
from walkplanner.placeholders import filled


def distance(metres: float, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if metres < 1000:
        return filled(tr("%1 m"), locale.toString(round(metres)))
    return filled(tr("%1 km"), locale.toString(metres / 1000, "f", 2))


def number(value: int, locale: QLocale | None = None) -> str:
    """A count with the locale's digit grouping: 1,200 / 1 200."""
    return (locale or QLocale()).toString(value)


def people(count: int) -> str:
    """ "1 person", "60 people", "1,200 people"; French counts 0 and 1 as one ("0 personne")."""
    return translated(people_count(count))


def duration(span: dt.timedelta) -> str:
    minutes = round(span.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return filled(tr("%1 h %2 min"), hours, f"{minutes:02d}")
    if hours:
        return filled(tr("%1 h"), hours)
    return filled(tr("%1 min"), minutes)


def clock(moment: dt.datetime | dt.time, locale: QLocale | None = None) -> str:
    """A time of day to the minute, rounded to the nearest minute."""
    if isinstance(moment, dt.datetime):
        moment = to_minute(moment).time()
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def kind_label(kind: StopKind) -> str:
    labels = {
        StopKind.START: tr("Start"),
        StopKind.WAYPOINT: tr("Waypoint"),
        StopKind.CAFE: tr("Café / food"),
        StopKind.VIEWPOINT: tr("Viewpoint"),
        StopKind.TOILETS: tr("Toilets"),
        StopKind.END: tr("End"),
    }
    return labels[kind]


def long_date(day: dt.date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
