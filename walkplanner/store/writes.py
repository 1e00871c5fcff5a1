"""The writes, through SQLAlchemy's ORM: the only module that changes the store's rows.

Every write is one transaction and is checked with core.validation first, so a wrong walk
is never half-saved. Loaded on the first write (store/repository.py), or by the warm-up
after the window's first draw; what a write must read inside its transaction it reads on
the transaction's own connection with store/reads.py's queries, so each question has one.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine, delete, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Place, Walk
from walkplanner.core.schedule import plan
from walkplanner.core.validation import ensure_place, ensure_valid
from walkplanner.store.errors import DamagedWalk, WalkChanged, WalkNotFound
from walkplanner.store.faults import classify
from walkplanner.store.reads import participants_of, read_walk
from walkplanner.store.repository import RemovedWalk, pack_points
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


class _Writes:
    """Sessions on one engine; SQLite failures become messages an organiser can act on."""

    def __init__(self, engine: Callable[[], Engine], path: Path, backup_dir: Path) -> None:
        self._engine = engine  # asked each time: a closed store refuses (StoreClosed)
        self._path = path
        self._backup_dir = backup_dir

    @contextmanager
    def _session(self, *, write: bool = False) -> Iterator[Session]:
        try:
            with Session(self._engine(), expire_on_commit=False) as session:
                if write:
                    with session.begin():
                        yield session
                else:
                    yield session
        except SQLAlchemyError as error:
            raise classify(error, self._path, self._backup_dir) from error


def _connection_of(session: Session) -> sqlite3.Connection:
    """The transaction's own sqlite3 connection, for store/reads.py's queries inside it."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


class WalkWrites(_Writes):
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
            created, version = row.created_at.replace(tzinfo=dt.UTC), row.version
        return replace(walk, created_at=created, updated_at=now, version=version)

    def delete(self, walk_id: int) -> RemovedWalk | None:
        """Delete the walk with its stops and participants; returns them for `restore`, or
        None for a damaged walk, which goes all the same (there is nothing to restore)."""
        backups = self._backup_dir
        with self._session(write=True) as session:
            db = _connection_of(session)
            try:
                walk = read_walk(db, walk_id, backups)
                removed = RemovedWalk(walk, tuple(participants_of(db, walk_id, backups)))
            except DamagedWalk:
                removed = None
            session.execute(delete(WalkRow).where(WalkRow.id == walk_id))
        return removed

    def restore(self, removed: RemovedWalk) -> int:
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
            return row.id

    def add_participants(self, walk_id: int, people: list[Participant] | None, source: int) -> None:
        """Give a new copy `people`, or, for None, the stored participants of walk `source`."""
        with self._session(write=True) as session:
            if people is None:
                people = participants_of(_connection_of(session), source, self._backup_dir)
            session.add_all(_participant_rows(walk_id, people))

    def set_setting(self, key: str, value: object) -> None:
        with self._session(write=True) as session:
            session.merge(SettingRow(key=key, value=json.dumps(value)))

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


class ParticipantWrites(_Writes):
    def replace_participants(
        self, walk_id: int, people: list[Participant], version: int | None = None
    ) -> None:
        """The whole list in one transaction: an import never lands half-way. With a
        `version` (the window, which has just saved the walk at it), written only while
        the stored walk still has it, else WalkChanged. Without one (the command line),
        the walk's version goes up, so a window holding the old list is refused on its
        next save and asks, instead of writing its list over this one."""
        with self._session(write=True) as session:
            if version is not None:
                self._check_version(session, walk_id, version)
            else:
                bumped = session.execute(
                    update(WalkRow).where(WalkRow.id == walk_id).values(version=WalkRow.version + 1)
                ).rowcount
                if not bumped:
                    raise WalkNotFound(walk_id)
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


class PlaceWrites(_Writes):
    def cache_search(self, key: str, places: list[Place]) -> None:
        results = json.dumps([{"name": p.name, "lat": p.lat, "lon": p.lon} for p in places])
        with self._session(write=True) as session:
            session.merge(
                GeocodeCacheRow(key=key, results=results, created_at=dt.datetime.now(dt.UTC))
            )

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
