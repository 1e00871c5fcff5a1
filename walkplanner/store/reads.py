"""The reads that load no ORM: the library's list and one setting, in SQLAlchemy Core.

The start checks a setting and `walkplanner list` lists the walks; with the ORM's import
and mapper set-up each would cost about a quarter more. The repository answers the same
questions through these, so there is one query for each.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from walkplanner.store.faults import classify
from walkplanner.store.tables import settings, stops, walks


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
