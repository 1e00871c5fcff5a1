"""Walks on disk: one SQLite file in the data folder, migrated and backed up.

Opening a store that is at the current schema loads no SQLAlchemy: the file is checked
and read with the standard library's sqlite3, and the engine is made on the first write
(store/repository.py says why).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from walkplanner.store.errors import StoreClosed, StoreError
from walkplanner.text import say

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from walkplanner.store.reads import Reads
    from walkplanner.store.repository import ParticipantRepository, PlaceRepository, WalkRepository

DATABASE_NAME = "walkplanner.sqlite"
DEMO_SEEDED = "demo_seeded"


@dataclass
class Store:
    """The open file. `reads` answers in plain sqlite3; the repositories read the same way
    and make the engine, through `engine`, on their first write."""

    path: Path
    backups: Path
    reads: Reads
    backup_made: Path | None = None
    _engine: Engine | None = field(default=None, init=False, repr=False)
    _engine_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
    before_engine: Callable[[], None] = field(default=lambda: None, repr=False)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made once, by whichever thread writes first; after
        `close`, a write that comes late (abandoned work) is refused, never reopens it.

        `before_engine` runs first: the window sets it to wait for the warm-up thread, so
        that two threads never import SQLAlchemy at once (each can be handed the other's
        half-made module)."""
        with self._engine_lock:
            if self._closed:
                raise StoreClosed(self.path)
            if self._engine is None:
                self.before_engine()
                from walkplanner.store.database import open_engine

                self._engine = open_engine(self.path)
            return self._engine

    @cached_property
    def repository(self) -> WalkRepository:
        from walkplanner.store.repository import WalkRepository

        return WalkRepository(lambda: self.engine, self.path, self.backups)

    @cached_property
    def places(self) -> PlaceRepository:
        from walkplanner.store.repository import PlaceRepository

        return PlaceRepository(lambda: self.engine, self.path, self.backups)

    @cached_property
    def participants(self) -> ParticipantRepository:
        from walkplanner.store.repository import ParticipantRepository

        return ParticipantRepository(lambda: self.engine, self.path, self.backups)

    def close(self) -> None:
        with self._engine_lock:
            self._closed = True
            if self._engine is not None:
                self._engine.dispose()


def open_store(data_dir: Path) -> Store:
    """Open (creating, migrating and, on first start, seeding the demo walk) the store."""
    from walkplanner.store.database import migrate
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
    if path.exists() and not path.is_file():  # a folder or a device: SQLite says "I/O error"
        raise StoreError(
            say(
                "{path} is not a walk database file: move it away, or start with another "
                "--data-dir.",
                path=path,
            )
        )
    store = Store(path, backups, Reads(path, backups))
    try:
        store.backup_made = migrate(path, backups, lambda: store.engine)
        if not store.reads.get_setting(DEMO_SEEDED, False):
            if not store.reads.summaries():
                from walkplanner.core.demo import demo_walk  # only on the first start

                store.repository.add(demo_walk())
            store.repository.set_setting(DEMO_SEEDED, True)
    except BaseException:
        store.close()
        raise
    return store
