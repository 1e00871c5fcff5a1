"""Walks on disk: one SQLite file in the data folder, migrated and backed up.

Importing this package is cheap (SQLAlchemy loads inside `open_store`), so the app can
start the map page first and open the store while Chromium starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from walkplanner.store.errors import StoreError
from walkplanner.text import say

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from walkplanner.store.reads import Reads
    from walkplanner.store.repository import ParticipantRepository, PlaceRepository, WalkRepository

DATABASE_NAME = "walkplanner.sqlite"
DEMO_SEEDED = "demo_seeded"


@dataclass
class Store:
    """The open file. `reads` answers in SQLAlchemy Core; the repositories, which load the
    ORM, are made on first use, so `walkplanner list` never loads it."""

    path: Path
    backups: Path
    engine: Engine
    reads: Reads
    backup_made: Path | None

    @cached_property
    def repository(self) -> WalkRepository:
        from walkplanner.store.repository import WalkRepository

        return WalkRepository(self.engine, self.path, self.backups)

    @cached_property
    def places(self) -> PlaceRepository:
        from walkplanner.store.repository import PlaceRepository

        return PlaceRepository(self.engine, self.path, self.backups)

    @cached_property
    def participants(self) -> ParticipantRepository:
        from walkplanner.store.repository import ParticipantRepository

        return ParticipantRepository(self.engine, self.path, self.backups)

    def close(self) -> None:
        self.engine.dispose()


def open_store(data_dir: Path) -> Store:
    """Open (creating, migrating and, on first start, seeding the demo walk) the store."""
    from walkplanner.store.database import migrate, open_engine
    from walkplanner.store.reads import Reads

    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            say(
                "Cannot create the data folder {folder}: {reason}.",
                folder=data_dir,
                reason=error.strerror,
            )
        ) from error
    path = data_dir / DATABASE_NAME
    backups = data_dir / "backups"
    engine = open_engine(path)
    try:
        made = migrate(engine, path, backups)
        store = Store(path, backups, engine, Reads(engine, path, backups), made)
        if not store.reads.get_setting(DEMO_SEEDED, False):
            if not store.reads.summaries():
                from walkplanner.core.demo import demo_walk  # only on the first start

                store.repository.add(demo_walk())
            store.repository.set_setting(DEMO_SEEDED, True)
    except BaseException:
        engine.dispose()
        raise
    return store
