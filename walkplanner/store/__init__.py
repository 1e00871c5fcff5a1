"""Walks on disk: one SQLite file in the data folder, migrated and backed up.

Importing this package is cheap (SQLAlchemy loads inside `open_store`), so the app can
start the map page first and open the store while Chromium starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from walkplanner.store.errors import StoreError
from walkplanner.text import say

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from walkplanner.store.repository import ParticipantRepository, PlaceRepository, WalkRepository

DATABASE_NAME = "walkplanner.sqlite"
DEMO_SEEDED = "demo_seeded"


@dataclass
class Store:
    path: Path
    engine: Engine
    repository: WalkRepository
    places: PlaceRepository
    participants: ParticipantRepository
    backup_made: Path | None

    def close(self) -> None:
        self.engine.dispose()


def open_store(data_dir: Path) -> Store:
    """Open (creating, migrating and, on first start, seeding the demo walk) the store."""
    from walkplanner.store.database import migrate, open_engine
    from walkplanner.store.repository import ParticipantRepository, PlaceRepository, WalkRepository

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
        repository = WalkRepository(engine, path, backups)
        if not repository.get_setting(DEMO_SEEDED, False):
            if not repository.summaries():
                from walkplanner.core.demo import demo_walk  # only on the first start

                repository.add(demo_walk())
            repository.set_setting(DEMO_SEEDED, True)
    except BaseException:
        engine.dispose()
        raise
    places = PlaceRepository(engine, path, backups)
    participants = ParticipantRepository(engine, path, backups)
    return Store(path, engine, repository, places, participants, made)
