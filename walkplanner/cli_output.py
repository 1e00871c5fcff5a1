"""What the command line prints about walks: plain lines and the `show --json` document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from walkplanner.core.crowd import Group, Participant, Status, attendance, split
from walkplanner.core.model import Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.core.validation import clean_text
from walkplanner.core.wording import group_count, people_count, stop_count
from walkplanner.text import Text, plural

if TYPE_CHECKING:  # `list` loads no ORM: the repository is only named here
    from walkplanner.store.reads import WalkSummary
    from walkplanner.store.repository import ParticipantRepository, WalkRepository


def _hhmm(moment: dt.datetime | dt.time) -> str:
    if isinstance(moment, dt.datetime):
        moment = to_minute(moment)
    return moment.strftime("%H:%M")


def walk_lines(summaries: Iterable[WalkSummary]) -> list[str]:
    """One tab-separated line per walk; "?" for the date of a damaged walk. The title is
    cleaned: one stored with a line break or a tab (by a script, an older version) made
    two lines or a column too many for the scripts that read this."""
    return [
        f"{s.id}\t{clean_text(s.title)}\t{s.date.isoformat() if s.date else '?'}\t"
        f"{stop_count(s.stop_count)}\t{s.distance_km:.2f} km"
        for s in summaries
    ]


def walk_json(walk: Walk, people: list[Participant] | None = None) -> dict[str, Any]:
    schedule = plan(walk)
    meeting = walk.meeting_point
    coming = attendance(walk, people or [])
    return {
        "id": walk.id,
        "title": walk.title,
        "description": walk.description,
        "date": walk.date.isoformat(),
        "start_time": _hhmm(walk.start_time),
        "timezone": walk.timezone,
        "meeting_point": {
            "name": meeting.name,
            "lat": meeting.lat,
            "lon": meeting.lon,
            "note": meeting.note,
        },
        "headcount": walk.headcount,
        "expected": coming.expected,
        "signed_up": coming.signed_up,
        "waitlist": coming.waitlist,
        "capacity": coming.capacity,
        "places_left": coming.places_left,
        "people_on_the_day": coming.on_the_day,
        "split_groups": walk.split_groups,
        "group_size": walk.group_size,
        "stagger_min": walk.stagger_min,
        "pace_kmh": walk.pace_kmh,
        "organiser": {"name": walk.organiser_name, "contact": walk.organiser_contact},
        "link": walk.link,
        "emergency_phone": walk.emergency_phone,
        "accessibility": walk.accessibility,
        "distance_km": round(schedule.distance_km, 3),
        "duration_min": round(schedule.duration.total_seconds() / 60),
        "end_time": _hhmm(schedule.end),
        "route_points": len(walk.route.geometry()),
        "participants": {
            status.value: sum(1 for p in people or [] if p.status == status) for status in Status
        },
        "groups": [
            {
                "letter": g.letter,
                "size": g.size,
                "leaves": g.leave_at.strftime("%H:%M"),
                "pace_kmh": round(g.pace_kmh, 2),
                "end_time": _hhmm(g.schedule.end),
                "arrivals": [_hhmm(t.arrival) for t in g.schedule.stops],
                "leaders": [p.name for p in g.leaders],
            }
            for g in (_groups(walk, people or []) if walk.split_groups else ())
        ],
        "stops": [
            {
                "name": stop.name,
                "lat": stop.lat,
                "lon": stop.lon,
                "kind": stop.kind.value,
                "dwell_min": stop.dwell_min,
                "arrival": _hhmm(timing.arrival),
                "note": stop.note,
            }
            for stop, timing in zip(walk.stops, schedule.stops, strict=True)
        ],
    }


def walk_text(walk: Walk) -> str:
    data = walk_json(walk)
    meeting = data["meeting_point"]
    lines = [
        data["title"],
        f"{data['date']} {data['start_time']}–{data['end_time']} ({data['timezone']})",
        f"Meet: {meeting['name']} ({meeting['lat']:.5f}, {meeting['lon']:.5f})",
    ]
    if meeting["note"]:
        lines.append(f"      {meeting['note']}")
    lines.append(
        f"{data['distance_km']:.2f} km, {data['duration_min']} min, {data['headcount']} people, "
        f"pace {data['pace_kmh']:g} km/h"
    )
    lines += [
        f"  {i}. {s['arrival']}  {s['name']} ({s['kind']}, {s['dwell_min']} min)"
        for i, s in enumerate(data["stops"], 1)
    ]
    return "\n".join(lines)


def route_and_report(
    walk: Walk, repository: WalkRepository, router_url: str | None, *, offline: bool
) -> str:
    """Route the walk's legs with the router at `router_url` (None: the default one), save
    the walk, and say what changed."""
    from walkplanner.routing.legs import LegRouter, route_walk
    from walkplanner.routing.osrm import OsrmClient

    before = plan(walk).distance_km
    report = route_walk(walk, LegRouter(OsrmClient(router_url), repository, offline=offline))
    walk = replace(walk, route=report.route)
    repository.save(walk)
    lines = [
        f"{report.routed} of {report.wanted} legs follow the streets; "
        f"{plan(walk).distance_km:.2f} km (was {before:.2f} km)"
    ]
    lines += [f"  straight: {problem}" for problem in report.problems]
    return "\n".join(lines)


def _groups(walk: Walk, people: list[Participant]) -> tuple[Group, ...]:
    return split(walk, people, max_size=walk.group_size, stagger_min=walk.stagger_min).groups


def group_lines(walk: Walk, people: list[Participant]) -> str:
    """The group plan as text: each group's size, departure, pace and arrival times."""
    from walkplanner.core.crowd import sunset_warning

    on_the_day = attendance(walk, people).on_the_day
    if not walk.split_groups:
        return str(plural("%n people walk as one group (splitting is off)", None, on_the_day))
    groups = split(walk, people, max_size=walk.group_size, stagger_min=walk.stagger_min)
    lines = [
        f"{people_count(on_the_day)} in {group_count(len(groups.groups))} of up to "
        f"{walk.group_size}, "
        f"leaving every {walk.stagger_min} min"
    ]
    for group in groups.groups:
        times = ", ".join(_hhmm(t.arrival) for t in group.schedule.stops)
        lines.append(
            f"  {group.letter}: {people_count(group.size)}, leaves {group.leave_at:%H:%M}, "
            f"{group.pace_kmh:.1f} km/h, ends {_hhmm(group.schedule.end)} · stops {times}"
        )
    lines += [f"  warning: {warning}" for warning in groups.warnings]
    if groups.groups and (late := sunset_warning(walk, groups.groups[-1].schedule)):
        lines.append(f"  warning: {late}")
    return "\n".join(lines)


def participants_command(args: Any, walk: Walk, store: ParticipantRepository) -> str:
    """Replace the walk's list from a CSV file, or write it to one."""
    from pathlib import Path

    from walkplanner.exchange.files import write_atomically
    from walkplanner.exchange.participants_csv import read_participants_csv, write_participants_csv
    from walkplanner.exchange.safety import read_limited

    if args.csv_in is not None:
        read = read_participants_csv(read_limited(Path(args.csv_in)), Path(args.csv_in).name)
        store.replace_participants(walk.id or 0, read.people)
        lines = [str(participant_counts(read.people))]
        return "\n".join(lines + [f"warning: {unclear}" for unclear in read.unclear])
    written = write_atomically(
        Path(args.csv_out).expanduser().resolve(),
        write_participants_csv(store.participants(walk.id or 0)),
    )
    return str(written)


def participant_counts(people: list[Participant]) -> Text:
    """ "3 participants: 2 going, 1 waiting, 0 cancelled": a catalogue entry, each count
    with its own plural, since French agrees every word with its number ("1 annulé")."""
    counts = {s: sum(1 for p in people if p.status == s) for s in Status}
    return plural(
        "%Ln participants: {going}, {waiting}, {cancelled}",
        None,
        len(people),
        going=plural("%Ln going", None, counts[Status.GOING]),
        waiting=plural("%Ln waiting", None, counts[Status.WAITLIST]),
        cancelled=plural("%Ln cancelled", None, counts[Status.CANCELLED]),
    )


def finding_lines(walk: Walk, people: list[Participant]) -> tuple[list[str], bool]:
    """`check`'s lines ("problem: …", "warning: …") and whether any is a problem."""
    from walkplanner.core.readiness import findings

    found = findings(walk, people, today=dt.date.today())
    return [f"{f.severity}: {f.message}" for f in found], any(f.is_problem for f in found)
