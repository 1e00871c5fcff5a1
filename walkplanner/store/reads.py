"""The reads, in the standard library's sqlite3: the library's list, a setting, a whole walk,
its participants and the saved places.

Importing SQLAlchemy alone takes 0.28 s on a 2-core machine, the whole budget of
`walkplanner list`, and at start-up it held the interpreter while the window waited for it.
Reads need none of it, and neither do the writes (store/writes.py). The column names are
those of store/tables.py (the schema, changed only by migrations); the round-trip tests
write every field and read it back here, and once through the schema's own types.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Place, Walk
from walkplanner.core.validation import clean_text
from walkplanner.store.decoding import (
    Undecodable,
    day,
    optional_text,
    participant_of,
    points,
    real,
    shown,
    text,
    walk_of,
)
from walkplanner.store.errors import AmbiguousWalk, DamagedWalk, WalkNotFound
from walkplanner.store.faults import classify

log = logging.getLogger(__name__)
MAX_ROW_ID = 2**63 - 1  # SQLite's integers are 64-bit
BUSY_TIMEOUT_S = 5.0  # as the engine's busy_timeout: wait for a writer rather than fail


@dataclass(frozen=True)
class WalkSummary:
    id: int
    title: str
    date: dt.date | None  # None: the stored date is damaged
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
            return [_summary(*row) for row in db.execute(query)]

    def get_setting(self, key: str, default: object = None) -> object:
        """The stored value, or `default` when there is none or it is not JSON (said in
        the log): a damaged settings row must not keep the app from starting."""
        with self._connection() as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None or row[0] is None:
            return default
        try:
            return json.loads(row[0])
        except (TypeError, ValueError, RecursionError):  # "[[[[…" of 100 kB: no start either
            log.warning("setting %s ignored: %s is not JSON", key, shown(row[0]))
            return default

    def get(self, walk_id: int) -> Walk:
        with self._connection() as db:
            return read_walk(db, walk_id, self._backup_dir)

    def find(self, ref: str) -> Walk:
        """A walk by id, by exact title, or by a part of the title that only it has
        (compared casefolded in Python: SQLite's own lower() knows only ASCII)."""
        ref = ref.strip()
        if ref.isascii() and ref.isdigit():  # "²" is a digit to isdigit, not to int()
            return self.get(int(ref))
        wanted = ref.casefold()
        with self._connection() as db:
            titles = db.execute("SELECT id, title FROM walks ORDER BY id").fetchall()
        rows = [  # a damaged title (a blob) matches nothing, and breaks no search
            (walk_id, title)
            for walk_id, title in titles
            if isinstance(title, str) and wanted in title.casefold()
        ]
        exact = [row for row in rows if row[1].casefold() == wanted]
        matches = exact or rows
        if not matches or not ref:
            raise WalkNotFound(ref)
        if len(matches) > 1:
            raise AmbiguousWalk(ref, matches)
        return self.get(matches[0][0])

    def participants(self, walk_id: int) -> list[Participant]:
        with self._connection() as db:
            return participants_of(db, walk_id, self._backup_dir)

    def cached_route(self, key: str) -> tuple[tuple[tuple[float, float], ...], float] | None:
        """A path routed before under `key` (router and exact points), with its length."""
        query = "SELECT geometry, distance_m FROM route_cache WHERE key = ?"
        with self._connection() as db:
            row = db.execute(query, (key,)).fetchone()
        try:
            return (points(row[0]), real(row[1])) if row else None
        except (TypeError, ValueError):
            log.warning("routing cache entry ignored: it does not decode")
            return None  # routed again; the router's answer is checked as ever

    def cached_search(self, key: str) -> list[Place] | None:
        with self._connection() as db:
            row = db.execute("SELECT results FROM geocode_cache WHERE key = ?", (key,)).fetchone()
        try:
            return [Place(**item) for item in json.loads(row[0])] if row else None
        except (TypeError, ValueError, AttributeError, RecursionError):  # "[[[[…" too
            log.warning("place search cache entry ignored: it does not decode")
            return None  # searched again; the geocoder's answer is checked as ever

    def saved_places(self, text: str = "") -> list[Place]:
        """Saved places whose name or note contains `text` (all of them for no text)."""
        wanted = text.strip().casefold()
        query = "SELECT id, name, lat, lon, note FROM saved_places ORDER BY name"
        with self._connection() as db:
            rows = db.execute(query).fetchall()
        places = []
        for row in rows:
            try:
                place = _place(*row)
            except (TypeError, ValueError):
                log.warning("saved place %s ignored: its row does not decode", shown(row[0]))
                continue
            if wanted in place.name.casefold() or wanted in place.note.casefold():
                places.append(place)
        return places


def _summary(walk_id: int, title: object, date: object, stops: int, metres: object) -> WalkSummary:
    """A library line, whatever the row holds: a damaged walk is still listed (so that it
    can be deleted), with no date when its date does not read."""
    try:
        stored_day: dt.date | None = day(date)
    except (TypeError, ValueError):
        stored_day = None
    try:
        km = real(metres) / 1000
    except TypeError:
        km = 0.0
    return WalkSummary(walk_id, str(title), stored_day, stops, km)


def _place(place_id: int, name: object, lat: object, lon: object, note: object) -> Place:
    return Place(text(name), real(lat), real(lon), optional_text(note), place_id)


def _rows(db: sqlite3.Connection, query: str, *parameters: object) -> list[sqlite3.Row]:
    """Rows by column name, on any connection (also the raw one inside a write)."""
    cursor = db.cursor()
    cursor.row_factory = sqlite3.Row
    try:
        return cursor.execute(query, parameters).fetchall()
    finally:
        cursor.close()


def read_walk(db: sqlite3.Connection, walk_id: int, backups: Path) -> Walk:
    """A whole walk; also inside a repository's write, on its transaction's connection.
    DamagedWalk when its rows are not a walk the store could have written."""
    found = _rows(db, "SELECT * FROM walks WHERE id = ?", _storable(walk_id))
    if not found:
        raise WalkNotFound(walk_id)
    its_stops = _rows(db, "SELECT * FROM stops WHERE walk_id = ? ORDER BY position", walk_id)
    its_legs = _rows(db, "SELECT * FROM legs WHERE walk_id = ? ORDER BY position", walk_id)
    try:
        return walk_of(found[0], its_stops, its_legs)
    except Undecodable as error:
        raise DamagedWalk(walk_id, _title(db, walk_id), error.what, backups) from None


def participants_of(db: sqlite3.Connection, walk_id: int, backups: Path) -> list[Participant]:
    """A walk's participants in the organiser's order; also inside a repository's write."""
    query = "SELECT * FROM participants WHERE walk_id = ? ORDER BY position"
    rows = _rows(db, query, _storable(walk_id))
    try:
        return [participant_of(row, n) for n, row in enumerate(rows, 1)]
    except Undecodable as error:
        raise DamagedWalk(walk_id, _title(db, walk_id), error.what, backups) from None


def _storable(walk_id: int) -> int:
    """A walk number SQLite can hold; "show 99999999999999999999" is no walk, not a crash."""
    if not -MAX_ROW_ID <= walk_id <= MAX_ROW_ID:
        raise WalkNotFound(walk_id)
    return walk_id


def _title(db: sqlite3.Connection, walk_id: int) -> str | None:
    """The damaged walk's title for the message, if it is a readable one."""
    row = db.execute("SELECT title FROM walks WHERE id = ?", (walk_id,)).fetchone()
    title = row[0] if row else None
    if not isinstance(title, str) or not title.strip():
        return None
    title = clean_text(title)
    return title if len(title) <= 60 else title[:59] + "…"
