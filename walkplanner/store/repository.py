"""The only module that reads and writes walks in SQL.

It turns rows into core.model values and back. Every write is one transaction and is
checked with core.validation first, so a wrong walk is never half-saved.
"""

from __future__ import annotations

import datetime as dt
import json
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Place, Walk
from walkplanner.core.schedule import plan
from walkplanner.core.validation import ensure_place, ensure_valid
from walkplanner.store.errors import WalkChanged, WalkNotFound
from walkplanner.store.faults import classify
from walkplanner.store.reads import Reads, WalkSummary, participants_of, to_walk, unpack_points, utc
from walkplanner.store.rows import (
    GeocodeCacheRow,
    LegRow,
    ParticipantRow,
    RouteCacheRow,
    SavedPlaceRow,
    SettingRow,
    StopRow,
    WalkRow,
)


@dataclass(frozen=True)
class RemovedWalk:
    """What `delete` took away, so that `restore` (an undo) can put it back as it was."""

    walk: Walk
    participants: tuple[Participant, ...]


def pack_points(points: tuple[tuple[float, float], ...]) -> bytes:
    """Geometry as little-endian float64 pairs: compact and fast for 100,000 points."""
    flat = array("d", (value for point in points for value in point))
    if flat.itemsize != 8:
        raise RuntimeError("float64 arrays are required")
    return flat.tobytes()


class _Repository:
    """Sessions on one engine; SQLite failures become messages an organiser can act on."""

    def __init__(self, engine: Engine, path: Path, backup_dir: Path) -> None:
        self._engine = engine
        self._path = path
        self._backup_dir = backup_dir
        self._reads = Reads(engine, path, backup_dir)  # one query per question, in Core

    @contextmanager
    def _session(self, *, write: bool = False) -> Iterator[Session]:
        try:
            with Session(self._engine, expire_on_commit=False) as session:
                if write:
                    with session.begin():
                        yield session
                else:
                    yield session
        except SQLAlchemyError as error:
            raise classify(error, self._path, self._backup_dir) from error


class WalkRepository(_Repository):
    def summaries(self) -> list[WalkSummary]:
        return self._reads.summaries()

    def get(self, walk_id: int) -> Walk:
        return self._reads.get(walk_id)

    def add(self, walk: Walk) -> Walk:
        ensure_valid(walk)
        now = dt.datetime.now(dt.UTC)
        with self._session(write=True) as session:
            row = WalkRow(created_at=now, version=1)
            _fill(row, walk, now)
            session.add(row)
            session.flush()
            walk_id = row.id
        return replace(walk, id=walk_id, created_at=now, updated_at=now, version=1)

    def save(self, walk: Walk) -> Walk:
        """Write the walk if the store still has the version it was based on; else WalkChanged.

        The version check and the write are one transaction whose first statement takes
        SQLite's write lock, so two writers can never both pass the check.
        """
        if walk.id is None:
            return self.add(walk)
        ensure_valid(walk)
        now = dt.datetime.now(dt.UTC)
        with self._session(write=True) as session:
            bumped = session.execute(
                update(WalkRow)
                .where(WalkRow.id == walk.id, WalkRow.version == walk.version)
                .values(version=WalkRow.version + 1)
            ).rowcount
            row = session.get(WalkRow, walk.id)
            if row is None:
                raise WalkNotFound(walk.id)
            if not bumped:
                raise WalkChanged(walk.id, row.title, walk.version, row.version)
            row.stops.clear()
            row.legs.clear()
            session.flush()
            _fill(row, walk, now)
            created, version = utc(row.created_at), row.version
        return replace(walk, created_at=created, updated_at=now, version=version)

    def delete(self, walk_id: int) -> RemovedWalk:
        """Delete the walk with its stops and participants; returns them for `restore`."""
        with self._session(write=True) as session:
            row = session.get(
                WalkRow, walk_id, options=[selectinload(WalkRow.stops), selectinload(WalkRow.legs)]
            )
            if row is None:
                raise WalkNotFound(walk_id)
            removed = RemovedWalk(
                to_walk(row, row.stops, row.legs), tuple(participants_of(session, walk_id))
            )
            session.delete(row)
        return removed

    def restore(self, removed: RemovedWalk) -> Walk:
        """Put a deleted walk back, under its old id unless a new walk has taken it."""
        walk = removed.walk
        now = dt.datetime.now(dt.UTC)
        with self._session(write=True) as session:
            taken = walk.id is None or session.get(WalkRow, walk.id) is not None
            row = WalkRow(
                id=None if taken else walk.id,
                created_at=walk.created_at or now,
                version=max(walk.version, 1),
            )
            _fill(row, walk, now)
            session.add(row)
            session.flush()
            session.add_all(_participant_rows(row.id, removed.participants))
            walk_id = row.id
        return self.get(walk_id)

    def add_copy(self, walk: Walk, title: str, people: list[Participant] | None = None) -> Walk:
        """The walk as a new one, with `people` (a window's unsaved list), else the stored
        participants of the walk it copies."""
        copy = self.add(replace(walk, id=None, title=title))
        if walk.id is not None or people is not None:
            with self._session(write=True) as session:
                if people is None:
                    people = participants_of(session, walk.id)
                session.add_all(_participant_rows(copy.id, people))
        return copy

    def duplicate(self, walk_id: int, title_suffix: str = " (copy)") -> Walk:
        original = self.get(walk_id)
        return self.add(replace(original, id=None, title=original.title + title_suffix))

    def find(self, ref: str) -> Walk:
        """A walk by id, by exact title, or by a part of the title that only it has."""
        return self._reads.find(ref)

    def get_setting(self, key: str, default: object = None) -> object:
        return self._reads.get_setting(key, default)

    def set_setting(self, key: str, value: object) -> None:
        with self._session(write=True) as session:
            session.merge(SettingRow(key=key, value=json.dumps(value)))

    def cached_route(self, key: str) -> tuple[tuple[tuple[float, float], ...], float] | None:
        """A path routed before under `key` (router and exact points), with its length."""
        with self._session() as session:
            row = session.get(RouteCacheRow, key)
            return (unpack_points(row.geometry), row.distance_m) if row else None

    def cache_route(
        self, key: str, points: tuple[tuple[float, float], ...], distance_m: float
    ) -> None:
        with self._session(write=True) as session:
            session.merge(
                RouteCacheRow(
                    key=key,
                    geometry=pack_points(points),
                    distance_m=distance_m,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )


class ParticipantRepository(_Repository):
    """Who signed up for which walk, in the organiser's order."""

    def participants(self, walk_id: int) -> list[Participant]:
        return self._reads.participants(walk_id)

    def replace_participants(
        self, walk_id: int, people: list[Participant], version: int | None = None
    ) -> None:
        """The whole list in one transaction: an import never lands half-way. With a
        `version`, written only while the stored walk still has it, else WalkChanged."""
        with self._session(write=True) as session:
            if version is not None:
                self._check_version(session, walk_id, version)
            session.execute(delete(ParticipantRow).where(ParticipantRow.walk_id == walk_id))
            session.add_all(_participant_rows(walk_id, people))

    @staticmethod
    def _check_version(session: Session, walk_id: int, version: int) -> None:
        # An update that changes nothing takes SQLite's write lock first, as save() does.
        matched = session.execute(
            update(WalkRow)
            .where(WalkRow.id == walk_id, WalkRow.version == version)
            .values(version=WalkRow.version)
        ).rowcount
        if not matched:
            row = session.get(WalkRow, walk_id)
            if row is None:
                raise WalkNotFound(walk_id)
            raise WalkChanged(walk_id, row.title, version, row.version)


class PlaceRepository(_Repository):
    """Saved places and the geocoder's cache."""

    def cached_search(self, key: str) -> list[Place] | None:
        with self._session() as session:
            row = session.get(GeocodeCacheRow, key)
            return [Place(**item) for item in json.loads(row.results)] if row else None

    def cache_search(self, key: str, places: list[Place]) -> None:
        results = json.dumps([{"name": p.name, "lat": p.lat, "lon": p.lon} for p in places])
        with self._session(write=True) as session:
            session.merge(
                GeocodeCacheRow(key=key, results=results, created_at=dt.datetime.now(dt.UTC))
            )

    def saved(self, text: str = "") -> list[Place]:
        """Saved places whose name or note contains `text` (all of them for no text)."""
        query = select(SavedPlaceRow).order_by(SavedPlaceRow.name)
        if text.strip():
            pattern = text.strip()
            query = query.where(
                SavedPlaceRow.name.icontains(pattern, autoescape=True)
                | SavedPlaceRow.note.icontains(pattern, autoescape=True)
            )
        with self._session() as session:
            return [Place(r.name, r.lat, r.lon, r.note or "", r.id) for r in session.scalars(query)]

    def save(self, place: Place) -> Place:
        ensure_place(place)
        with self._session(write=True) as session:
            row = SavedPlaceRow(name=place.name, lat=place.lat, lon=place.lon, note=place.note)
            session.add(row)
            session.flush()
            return replace(place, id=row.id)

    def forget(self, place_id: int) -> None:
        with self._session(write=True) as session:
            row = session.get(SavedPlaceRow, place_id)
            if row is not None:
                session.delete(row)


def _participant_rows(walk_id: int, people: Iterable[Participant]) -> list[ParticipantRow]:
    return [
        ParticipantRow(
            walk_id=walk_id,
            position=i,
            name=p.name,
            contact=p.contact,
            status=p.status.value,
            role=p.role.value,
            needs=p.needs,
            note=p.note,
        )
        for i, p in enumerate(people)
    ]


def _fill(row: WalkRow, walk: Walk, now: dt.datetime) -> None:
    meeting = walk.meeting_point
    row.title = walk.title
    row.description = walk.description
    row.date = walk.date
    row.start_time = walk.start_time
    row.timezone = walk.timezone
    row.meeting_name = meeting.name
    row.meeting_lat = meeting.lat
    row.meeting_lon = meeting.lon
    row.meeting_note = meeting.note
    row.headcount = walk.headcount
    row.capacity = walk.capacity
    row.pace_kmh = walk.pace_kmh
    row.organiser_name = walk.organiser_name
    row.organiser_contact = walk.organiser_contact
    row.link = walk.link
    row.follow_streets = walk.follow_streets
    row.slowest_kmh = walk.slowest_kmh
    row.split_groups = walk.split_groups
    row.group_size = walk.group_size
    row.stagger_min = walk.stagger_min
    row.emergency_phone = walk.emergency_phone
    row.accessibility = walk.accessibility
    row.distance_m = plan(walk).distance_m
    row.updated_at = now
    row.stops = [
        StopRow(
            position=i,
            name=s.name,
            lat=s.lat,
            lon=s.lon,
            kind=s.kind.value,
            dwell_min=s.dwell_min,
            note=s.note,
            seats=s.seats,
        )
        for i, s in enumerate(walk.stops)
    ]
    row.legs = [
        LegRow(
            position=i,
            source=leg.source.value,
            geometry=pack_points(leg.points),
            mode=leg.mode.value,
            vias=pack_points(leg.vias),
        )
        for i, leg in enumerate(walk.legs)
    ]
