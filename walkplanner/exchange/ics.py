"""A calendar event for the walk (icalendar): its time zone, place, GEO and the stops."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from walkplanner import __version__
from walkplanner.core.model import Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.exchange.outgoing import export_copy


def write_ics(walk: Walk, link: str = "") -> bytes:
    walk = export_copy(walk)
    schedule = plan(walk)
    zone = ZoneInfo(walk.timezone)
    start = dt.datetime.combine(walk.date, walk.start_time, tzinfo=zone)
    end = to_minute(schedule.end).replace(tzinfo=zone)
    stops = "\n".join(
        f"{to_minute(t.arrival):%H:%M} {stop.name}"
        for stop, t in zip(walk.stops, schedule.stops, strict=True)
    )
    meeting = walk.meeting_point
    description = "\n\n".join(
        part for part in (walk.description, meeting.note, stops, link) if part
    )
    calendar = Calendar()
    calendar.add("prodid", f"-//Walk Planner//{__version__}//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"walk-{walk.id or 'new'}-{walk.date.isoformat()}@walkplanner")
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("summary", walk.title)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("location", meeting.name)
    event.add("geo", (meeting.lat, meeting.lon))
    event.add("description", description)
    if link:
        event.add("url", link)
    calendar.add_component(event)
    return calendar.to_ical()
