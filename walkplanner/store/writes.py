"""The writes, in the standard library's sqlite3: the only module that changes the store's rows.

Every write is one transaction that takes SQLite's write lock with its first statement
(`BEGIN IMMEDIATE`), so a version check and the write it guards can never interleave with
another writer's, and each is checked with core.validation first, so a wrong walk is never
half-saved. What a write must read inside its transaction it reads on the same connection
with store/reads.py's queries, so each question has one answer.

SQL text is only ever built from the column names below, never from a value.

Why not SQLAlchemy's ORM, which wrote here before: importing it took 0.28 s on a 2-core
machine, more than every write of a 100,000-point import together, and the window's first
edit had to wait for it. The schema stays SQLAlchemy's (store/tables.py) and changes only
through alembic; the columns written here are those, and the values are stored as
SQLAlchemy stores them (dates "2026-05-02", times "09:30:00.000000", moments in UTC
"2026-05-02 09:30:00.000000", booleans 0 and 1), so files written by either read the same.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from walkplanner.core import long_paths
from walkplanner.core.crowd import Participant
from walkplanner.core.model import Place, Walk
from walkplanner.core.schedule import plan
from walkplanner.core.validation import ensure_place, ensure_valid, shown
from walkplanner.store.database import WRITE_PRAGMAS
from walkplanner.store.decoding import moment
from walkplanner.store.errors import (
    DamagedWalk,
    StoreClosed,
    StoreError,
    WalkChanged,
    WalkNotFound,
)
from walkplanner.store.faults import classify
from walkplanner.store.reads import participants_of, read_walk
from walkplanner.text import say

WALK_COLUMNS = (
    "title", "description", "date", "start_time", "timezone", "meeting_name", "meeting_lat",
    "meeting_lon", "meeting_note", "headcount", "capacity", "pace_kmh", "organiser_name",
    "organiser_contact", "link", "follow_streets", "slowest_kmh", "split_groups",
    "group_size", "stagger_min", "emergency_phone", "accessibility", "distance_m",
    "updated_at",
)  # fmt: skip
PARTICIPANT_COLUMNS = ("walk_id", "position", "name", "contact", "status", "role", "needs",
                       "note")  # fmt: skip


@dataclass(frozen=True)
class RemovedWalk:
    """What `delete` took away, so that `restore` (an undo) can put it back as it was."""

    walk: Walk
    participants: tuple[Participant, ...]


def pack_points(points: Sequence[tuple[float, float]]) -> bytes:
    """Geometry as little-endian float64 pairs: compact and fast for 100,000 points."""
    numbers = long_paths.flat(points)
    if numbers.itemsize != 8:
        raise RuntimeError("float64 arrays are required")
    return numbers.tobytes()


def stored_moment(when: dt.datetime) -> str:
    """A moment as the schema's DateTime column holds it: UTC, without an offset."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")


class Transactions:
    """One transaction per write, each on a connection of its own (cheap for SQLite, and
    safe from any thread); SQLite failures become messages an organiser can act on. After
    `close`, a write that comes late (work the window abandoned) is refused, never reopens
    the file."""

    def __init__(
        self,
        path: Path,
        backup_dir: Path,
        connect: Callable[[], sqlite3.Connection] | None = None,
    ) -> None:
        self.path = path
        self.backup_dir = backup_dir
        self._connect = connect or (lambda: sqlite3.connect(path))  # waits: WRITE_PRAGMAS
        self._closed = False

    def close(self) -> None:
        self._closed = True

    @contextmanager
    def begin(self) -> Iterator[sqlite3.Connection]:
        if self._closed:
            raise StoreClosed(self.path)
        try:
            with closing(self._connect()) as db:
                db.isolation_level = None  # the transaction is ours: BEGIN and COMMIT below
                for pragma in WRITE_PRAGMAS:
                    db.execute(pragma)
                db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    if db.in_transaction:  # SQLite ends it itself on some errors (a full disk)
                        db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")  # if it fails, closing the connection rolls back
        except sqlite3.Error as error:
            raise classify(error, self.path, self.backup_dir) from error
        except UnicodeEncodeError as error:  # a lone surrogate, which no text file can hold
            raise StoreError(
                say(
                    "A text holds a character that cannot be stored ({text}): nothing was written.",
                    text=shown(error.object[max(0, error.start - 20) : error.end + 20]),
                )
            ) from error


class WalkWrites:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def add(self, walk: Walk) -> Walk:
        ensure_valid(walk)
        now = dt.datetime.now(dt.UTC)
        with self._transactions.begin() as db:
            walk_id = _insert_walk(db, walk, None, now, now, 1)
        return replace(walk, id=walk_id, created_at=now, updated_at=now, version=1)

    def save(self, walk: Walk) -> Walk:
        """Write the walk if the store still has the version it was based on; else WalkChanged."""
        if walk.id is None:
            return self.add(walk)
        ensure_valid(walk)
        now = dt.datetime.now(dt.UTC)
        with self._transactions.begin() as db:
            stored = _stored_version(db, walk.id)
            if stored is None:
                raise WalkNotFound(walk.id)
            title, version, created = stored
            if version != walk.version:
                raise WalkChanged(walk.id, title, walk.version, version)
            assignments = ", ".join(f"{column} = ?" for column in WALK_COLUMNS)
            db.execute(
                f"UPDATE walks SET {assignments}, version = version + 1 WHERE id = ?",
                (*_walk_values(walk, now), walk.id),
            )
            db.execute("DELETE FROM stops WHERE walk_id = ?", (walk.id,))
            db.execute("DELETE FROM legs WHERE walk_id = ?", (walk.id,))
            _insert_route(db, walk.id, walk)
        return replace(walk, created_at=moment(created), updated_at=now, version=walk.version + 1)

    def delete(self, walk_id: int) -> RemovedWalk | None:
        """Delete the walk with its stops and participants; returns them for `restore`, or
        None for a damaged walk, which goes all the same (there is nothing to restore)."""
        backups = self._transactions.backup_dir
        with self._transactions.begin() as db:
            try:
                walk = read_walk(db, walk_id, backups)
                removed = RemovedWalk(walk, tuple(participants_of(db, walk_id, backups)))
            except DamagedWalk:
                removed = None
            db.execute("DELETE FROM walks WHERE id = ?", (walk_id,))  # the rest cascades
        return removed

    def restore(self, removed: RemovedWalk) -> int:
        """Put a deleted walk back, under its old id unless a new walk has taken it."""
        walk = removed.walk
        now = dt.datetime.now(dt.UTC)
        with self._transactions.begin() as db:
            taken = walk.id is None or _stored_version(db, walk.id) is not None
            walk_id = _insert_walk(
                db,
                walk,
                None if taken else walk.id,
                walk.created_at or now,
                now,
                max(walk.version, 1),
            )
            _insert_participants(db, walk_id, removed.participants)
        return walk_id

    def add_participants(self, walk_id: int, people: list[Participant] | None, source: int) -> None:
        """Give a new copy `people`, or, for None, the stored participants of walk `source`."""
        with self._transactions.begin() as db:
            if people is None:
                people = participants_of(db, source, self._transactions.backup_dir)
            _insert_participants(db, walk_id, people)

    def set_setting(self, key: str, value: object) -> None:
        with self._transactions.begin() as db:
            db.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (key, json.dumps(value)),
            )

    def cache_route(
        self, key: str, points: tuple[tuple[float, float], ...], distance_m: float
    ) -> None:
        with self._transactions.begin() as db:
            db.execute(
                "INSERT OR REPLACE INTO route_cache (key, geometry, distance_m, created_at)"
                " VALUES (?, ?, ?, ?)",
                (key, pack_points(points), distance_m, stored_moment(dt.datetime.now(dt.UTC))),
            )


class ParticipantWrites:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def replace_participants(
        self, walk_id: int, people: list[Participant], version: int | None = None
    ) -> None:
        """The whole list in one transaction: an import never lands half-way. With a
        `version` (the window, which has just saved the walk at it), written only while
        the stored walk still has it, else WalkChanged. Without one (the command line),
        the walk's version goes up, so a window holding the old list is refused on its
        next save and asks, instead of writing its list over this one."""
        with self._transactions.begin() as db:
            stored = _stored_version(db, walk_id)
            if stored is None:
                raise WalkNotFound(walk_id)
            title, stored_version, _created = stored
            if version is None:
                db.execute("UPDATE walks SET version = version + 1 WHERE id = ?", (walk_id,))
            elif stored_version != version:
                raise WalkChanged(walk_id, title, version, stored_version)
            db.execute("DELETE FROM participants WHERE walk_id = ?", (walk_id,))
            _insert_participants(db, walk_id, people)


class PlaceWrites:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def cache_search(self, key: str, places: list[Place]) -> None:
        results = json.dumps([{"name": p.name, "lat": p.lat, "lon": p.lon} for p in places])
        with self._transactions.begin() as db:
            db.execute(
                "INSERT OR REPLACE INTO geocode_cache (key, results, created_at) VALUES (?, ?, ?)",
                (key, results, stored_moment(dt.datetime.now(dt.UTC))),
            )

    def save(self, place: Place) -> Place:
        ensure_place(place)
        with self._transactions.begin() as db:
            cursor = db.execute(
                "INSERT INTO saved_places (name, lat, lon, note) VALUES (?, ?, ?, ?)",
                (place.name, place.lat, place.lon, place.note),
            )
        return replace(place, id=cursor.lastrowid)

    def forget(self, place_id: int) -> None:
        with self._transactions.begin() as db:
            db.execute("DELETE FROM saved_places WHERE id = ?", (place_id,))


def _stored_version(db: sqlite3.Connection, walk_id: int) -> tuple[str, int, object] | None:
    """The stored walk's title, version and creation moment (as stored), read under the
    write lock, or None."""
    query = "SELECT title, version, created_at FROM walks WHERE id = ?"
    row = db.execute(query, (walk_id,)).fetchone()
    return None if row is None else (str(row[0]), row[1], row[2])


def _walk_values(walk: Walk, now: dt.datetime) -> tuple[object, ...]:
    """The values of WALK_COLUMNS, in that order."""
    meeting = walk.meeting_point
    return (
        walk.title, walk.description, walk.date.isoformat(),
        walk.start_time.isoformat(timespec="microseconds"), walk.timezone, meeting.name,
        meeting.lat, meeting.lon, meeting.note, walk.headcount, walk.capacity, walk.pace_kmh,
        walk.organiser_name, walk.organiser_contact, walk.link, walk.follow_streets,
        walk.slowest_kmh, walk.split_groups, walk.group_size, walk.stagger_min,
        walk.emergency_phone, walk.accessibility, plan(walk).distance_m, stored_moment(now),
    )  # fmt: skip


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _insert_walk(
    db: sqlite3.Connection,
    walk: Walk,
    walk_id: int | None,
    created_at: dt.datetime,
    now: dt.datetime,
    version: int,
) -> int:
    columns = ("id", *WALK_COLUMNS, "created_at", "version")
    cursor = db.execute(
        _insert("walks", columns),
        (walk_id, *_walk_values(walk, now), stored_moment(created_at), version),
    )
    _insert_route(db, cursor.lastrowid, walk)
    return cursor.lastrowid


def _insert_route(db: sqlite3.Connection, walk_id: int, walk: Walk) -> None:
    db.executemany(
        "INSERT INTO stops (walk_id, position, name, lat, lon, kind, dwell_min, note, seats)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (walk_id, i, s.name, s.lat, s.lon, s.kind.value, s.dwell_min, s.note, s.seats)
            for i, s in enumerate(walk.stops)
        ),
    )
    db.executemany(
        "INSERT INTO legs (walk_id, position, source, geometry, mode, vias)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            (walk_id, i, leg.source.value, pack_points(leg.points), leg.mode.value, vias)
            for i, leg in enumerate(walk.legs)
            for vias in (pack_points(leg.vias),)
        ),
    )


def _insert_participants(
    db: sqlite3.Connection, walk_id: int, people: Iterable[Participant]
) -> None:
    db.executemany(
        _insert("participants", PARTICIPANT_COLUMNS),
        (
            (walk_id, i, p.name, p.contact, p.status.value, p.role.value, p.needs, p.note)
            for i, p in enumerate(people)
        ),
    )
