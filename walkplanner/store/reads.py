"""The reads, in the standard library's sqlite3: the library's list, a setting, a whole walk,
its participants and the saved places.

Importing SQLAlchemy alone takes 0.28 s on a 2-core machine, the whole budget of
`walkplanner list`, and at start-up it held the interpreter while the window waited for it.
Reads need none of it: the window draws the walk the store holds, and the commands that
only read print, without loading SQLAlchemy; the ORM (store/writes.py) loads on the first
write or in the background after the first draw. The column names are those of
store/tables.py (the schema, changed only by migrations); the round-trip tests write every
field through the ORM and read it back here.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from array import array
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from walkplanner.core.crowd import Participant, Role, Status
from walkplanner.core.model import (
    DEFAULT_GROUP_SIZE,
    DEFAULT_STAGGER_MIN,
    Leg,
    LegMode,
    LegSource,
    MeetingPoint,
    Place,
    Route,
    Stop,
    StopKind,
    Walk,
)
from walkplanner.store.errors import AmbiguousWalk, WalkNotFound
from walkplanner.store.faults import classify

BUSY_TIMEOUT_S = 5.0  # as the engine's busy_timeout: wait for a writer rather than fail


@dataclass(frozen=True)
class WalkSummary:
    id: int
    title: str
    date: dt.date
    stop_count: int
    distance_km: float


class Reads:
    """Read-only queries on the store's file; SQLite failures become messages an organiser
    can act on. A connection per call: cheap for SQLite, and safe from any thread."""

    def __init__(self, path: Path, backup_dir: Path) -> None:
        self._path = path
        self._backup_dir = backup_dir

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            with closing(sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_S)) as db:
                yield db
        except sqlite3.Error as error:
            raise classify(error, self._path, self._backup_dir) from error

    def summaries(self) -> list[WalkSummary]:
        """One line per walk, newest date first, without loading any geometry."""
        query = (
            "SELECT id, title, date, (SELECT count(*) FROM stops WHERE stops.walk_id = walks.id),"
            " distance_m FROM walks ORDER BY date DESC, id DESC"
        )
        with self._connection() as db:
            return [
                WalkSummary(walk_id, title, dt.date.fromisoformat(date), stop_count, metres / 1000)
                for walk_id, title, date, stop_count, metres in db.execute(query)
            ]

    def get_setting(self, key: str, default: object = None) -> object:
        with self._connection() as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row is not None and row[0] is not None else default

    def get(self, walk_id: int) -> Walk:
        with self._connection() as db:
            return read_walk(db, walk_id)

    def find(self, ref: str) -> Walk:
        """A walk by id, by exact title, or by a part of the title that only it has
        (compared casefolded in Python: SQLite's own lower() knows only ASCII)."""
        ref = ref.strip()
        if ref.isdigit():
            return self.get(int(ref))
        wanted = ref.casefold()
        with self._connection() as db:
            titles = db.execute("SELECT id, title FROM walks ORDER BY id").fetchall()
        rows = [(walk_id, title) for walk_id, title in titles if wanted in title.casefold()]
        exact = [row for row in rows if row[1].casefold() == wanted]
        matches = exact or rows
        if not matches or not ref:
            raise WalkNotFound(ref)
        if len(matches) > 1:
            raise AmbiguousWalk(ref, matches)
        return self.get(matches[0][0])

    def participants(self, walk_id: int) -> list[Participant]:
        with self._connection() as db:
            return participants_of(db, walk_id)

    def cached_route(self, key: str) -> tuple[tuple[tuple[float, float], ...], float] | None:
        """A path routed before under `key` (router and exact points), with its length."""
        query = "SELECT geometry, distance_m FROM route_cache WHERE key = ?"
        with self._connection() as db:
            row = db.execute(query, (key,)).fetchone()
        return (unpack_points(row[0]), row[1]) if row else None

    def cached_search(self, key: str) -> list[Place] | None:
        with self._connection() as db:
            row = db.execute("SELECT results FROM geocode_cache WHERE key = ?", (key,)).fetchone()
        return [Place(**item) for item in json.loads(row[0])] if row else None

    def saved_places(self, text: str = "") -> list[Place]:
        """Saved places whose name or note contains `text` (all of them for no text)."""
        wanted = text.strip().casefold()
        query = "SELECT id, name, lat, lon, note FROM saved_places ORDER BY name"
        with self._connection() as db:
            rows = db.execute(query).fetchall()
        return [
            Place(name, lat, lon, note or "", place_id)
            for place_id, name, lat, lon, note in rows
            if wanted in name.casefold() or wanted in (note or "").casefold()
        ]


def _rows(db: sqlite3.Connection, query: str, *parameters: object) -> list[sqlite3.Row]:
    """Rows by column name, on any connection (also the raw one inside a write)."""
    cursor = db.cursor()
    cursor.row_factory = sqlite3.Row
    try:
        return cursor.execute(query, parameters).fetchall()
    finally:
        cursor.close()


def read_walk(db: sqlite3.Connection, walk_id: int) -> Walk:
    """A whole walk; also inside a repository's write, on its transaction's connection."""
    found = _rows(db, "SELECT * FROM walks WHERE id = ?", walk_id)
    if not found:
        raise WalkNotFound(walk_id)
    its_stops = _rows(db, "SELECT * FROM stops WHERE walk_id = ? ORDER BY position", walk_id)
    its_legs = _rows(db, "SELECT * FROM legs WHERE walk_id = ? ORDER BY position", walk_id)
    return to_walk(found[0], its_stops, its_legs)


def participants_of(db: sqlite3.Connection, walk_id: int) -> list[Participant]:
    """A walk's participants in the organiser's order; also inside a repository's write."""
    query = "SELECT * FROM participants WHERE walk_id = ? ORDER BY position"
    return [
        Participant(
            r["name"], r["contact"], Status(r["status"]), Role(r["role"]), r["needs"], r["note"]
        )
        for r in _rows(db, query, walk_id)
    ]


def unpack_points(blob: bytes) -> tuple[tuple[float, float], ...]:
    flat = array("d")
    flat.frombytes(blob)
    return tuple(zip(flat[0::2], flat[1::2], strict=True))


def utc(moment: dt.datetime) -> dt.datetime:
    """SQLite keeps naive datetimes; ours are always UTC."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def _moment(stored: str) -> dt.datetime:
    """A datetime as SQLAlchemy stores it in SQLite ("2026-05-02 09:30:00.000000")."""
    return utc(dt.datetime.fromisoformat(stored))


def to_walk(row: sqlite3.Row, its_stops: list[sqlite3.Row], its_legs: list[sqlite3.Row]) -> Walk:
    """A walk from its rows; a column a migration left empty takes the model's default."""
    route = Route(
        tuple(
            Stop(
                s["name"],
                s["lat"],
                s["lon"],
                StopKind(s["kind"]),
                s["dwell_min"],
                s["note"] or "",
                s["seats"],
            )
            for s in its_stops
        ),
        tuple(
            Leg(
                unpack_points(leg["geometry"]),
                LegSource(leg["source"]),
                LegMode(leg["mode"] or "default"),
                unpack_points(leg["vias"] or b""),
            )
            for leg in its_legs
        ),
    )
    return Walk(
        id=row["id"],
        title=row["title"],
        description=row["description"] or "",
        date=dt.date.fromisoformat(row["date"]),
        start_time=dt.time.fromisoformat(row["start_time"]),
        timezone=row["timezone"],
        meeting_point=MeetingPoint(
            row["meeting_name"], row["meeting_lat"], row["meeting_lon"], row["meeting_note"] or ""
        ),
        route=route,
        headcount=row["headcount"],
        capacity=row["capacity"],
        pace_kmh=row["pace_kmh"],
        organiser_name=row["organiser_name"] or "",
        organiser_contact=row["organiser_contact"] or "",
        link=row["link"] or "",
        follow_streets=bool(row["follow_streets"]),
        slowest_kmh=row["slowest_kmh"],
        split_groups=bool(row["split_groups"]),
        group_size=row["group_size"] or DEFAULT_GROUP_SIZE,
        stagger_min=row["stagger_min"] or DEFAULT_STAGGER_MIN,
        emergency_phone=row["emergency_phone"] or "112",
        accessibility=row["accessibility"] or "",
        created_at=_moment(row["created_at"]),
        updated_at=_moment(row["updated_at"]),
        version=row["version"],
    )
