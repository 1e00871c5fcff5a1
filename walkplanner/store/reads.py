"""The reads that load no ORM: the library's list, a setting, a whole walk and its
participants, in SQLAlchemy Core.

The start checks a setting, `walkplanner list` lists the walks and `show` prints one; with
the ORM's import and mapper set-up each would cost about a quarter more. The repository
answers the same questions through these, so there is one query for each.
"""

from __future__ import annotations

import datetime as dt
import json
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from walkplanner.core.crowd import Participant, Role, Status
from walkplanner.core.model import (
    DEFAULT_GROUP_SIZE,
    DEFAULT_STAGGER_MIN,
    Leg,
    LegMode,
    LegSource,
    MeetingPoint,
    Route,
    Stop,
    StopKind,
    Walk,
)
from walkplanner.store.errors import AmbiguousWalk, WalkNotFound
from walkplanner.store.faults import classify
from walkplanner.store.tables import legs, participants, settings, stops, walks

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class WalkSummary:
    id: int
    title: str
    date: dt.date
    stop_count: int
    distance_km: float


class Reads:
    """Core queries on one engine; SQLite failures become messages an organiser can act on."""

    def __init__(self, engine: Engine, path: Path, backup_dir: Path) -> None:
        self._engine = engine
        self._path = path
        self._backup_dir = backup_dir

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as connection:
                yield connection
        except SQLAlchemyError as error:
            raise classify(error, self._path, self._backup_dir) from error

    def summaries(self) -> list[WalkSummary]:
        """One line per walk, newest date first, without loading any geometry."""
        stop_count = select(func.count(stops.c.id)).where(stops.c.walk_id == walks.c.id)
        query = select(
            walks.c.id,
            walks.c.title,
            walks.c.date,
            stop_count.scalar_subquery(),
            walks.c.distance_m,
        ).order_by(walks.c.date.desc(), walks.c.id.desc())
        with self._connection() as connection:
            return [
                WalkSummary(row[0], row[1], row[2], row[3], row[4] / 1000)
                for row in connection.execute(query)
            ]

    def get_setting(self, key: str, default: object = None) -> object:
        query = select(settings.c.value).where(settings.c.key == key)
        with self._connection() as connection:
            value = connection.execute(query).scalar()
        return json.loads(value) if value is not None else default

    def get(self, walk_id: int) -> Walk:
        with self._connection() as connection:
            row = connection.execute(select(walks).where(walks.c.id == walk_id)).first()
            if row is None:
                raise WalkNotFound(walk_id)
            its_stops = connection.execute(
                select(stops).where(stops.c.walk_id == walk_id).order_by(stops.c.position)
            )
            its_legs = connection.execute(
                select(legs).where(legs.c.walk_id == walk_id).order_by(legs.c.position)
            )
            return to_walk(row, its_stops, its_legs)

    def find(self, ref: str) -> Walk:
        """A walk by id, by exact title, or by a part of the title that only it has."""
        ref = ref.strip()
        if ref.isdigit():
            return self.get(int(ref))
        query = select(walks.c.id, walks.c.title).where(
            walks.c.title.icontains(ref, autoescape=True)
        )
        with self._connection() as connection:
            rows = connection.execute(query).all()
        exact = [r for r in rows if r.title.casefold() == ref.casefold()]
        matches = exact or rows
        if not matches or not ref:
            raise WalkNotFound(ref)
        if len(matches) > 1:
            raise AmbiguousWalk(ref, [(r.id, r.title) for r in matches])
        return self.get(matches[0].id)

    def participants(self, walk_id: int) -> list[Participant]:
        with self._connection() as connection:
            return participants_of(connection, walk_id)


def participants_of(executor: Connection | Session, walk_id: int) -> list[Participant]:
    """A walk's participants in the organiser's order; also inside a repository's write."""
    query = select(participants).where(participants.c.walk_id == walk_id)
    return [
        Participant(r.name, r.contact, Status(r.status), Role(r.role), r.needs, r.note)
        for r in executor.execute(query.order_by(participants.c.position))
    ]


def unpack_points(blob: bytes) -> tuple[tuple[float, float], ...]:
    flat = array("d")
    flat.frombytes(blob)
    return tuple(zip(flat[0::2], flat[1::2], strict=True))


def utc(moment: dt.datetime) -> dt.datetime:
    """SQLite keeps naive datetimes; ours are always UTC."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def to_walk(row: Any, its_stops: Any, its_legs: Any) -> Walk:
    """A walk from its rows, Core rows or ORM objects alike (both name columns as attributes)."""
    route = Route(
        tuple(
            Stop(s.name, s.lat, s.lon, StopKind(s.kind), s.dwell_min, s.note or "", s.seats)
            for s in its_stops
        ),
        tuple(
            Leg(
                unpack_points(leg.geometry),
                LegSource(leg.source),
                LegMode(leg.mode or "default"),
                unpack_points(leg.vias or b""),
            )
            for leg in its_legs
        ),
    )
    return Walk(
        id=row.id,
        title=row.title,
        description=row.description or "",
        date=row.date,
        start_time=row.start_time,
        timezone=row.timezone,
        meeting_point=MeetingPoint(
            row.meeting_name, row.meeting_lat, row.meeting_lon, row.meeting_note or ""
        ),
        route=route,
        headcount=row.headcount,
        capacity=row.capacity,
        pace_kmh=row.pace_kmh,
        organiser_name=row.organiser_name or "",
        organiser_contact=row.organiser_contact or "",
        link=row.link or "",
        follow_streets=bool(row.follow_streets),
        slowest_kmh=row.slowest_kmh,
        split_groups=bool(row.split_groups),
        group_size=row.group_size or DEFAULT_GROUP_SIZE,
        stagger_min=row.stagger_min or DEFAULT_STAGGER_MIN,
        emergency_phone=row.emergency_phone or "112",
        accessibility=row.accessibility or "",
        created_at=utc(row.created_at),
        updated_at=utc(row.updated_at),
        version=row.version,
    )
