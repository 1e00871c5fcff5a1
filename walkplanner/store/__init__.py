"""Walks on disk: one SQLite file in the data folder, migrated and backed up.

The file is read and written with the standard library's sqlite3 (store/repository.py says
why); SQLAlchemy and alembic load only when the file needs a migration (a new file, or one
written by an older version).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from walkplanner.store.errors import StoreError
from walkplanner.text import say

if TYPE_CHECKING:
    from walkplanner.store.reads import Reads
    from walkplanner.store.repository import ParticipantRepository, PlaceRepository, WalkRepository
    from walkplanner.store.writes import Transactions

DATABASE_NAME = "walkplanner.sqlite"
DEMO_SEEDED = "demo_seeded"


@dataclass
class Store:
    """The open file: `reads` answers in plain sqlite3, the repositories read and write."""

    path: Path
    backups: Path
    reads: Reads
    transactions: Transactions
    backup_made: Path | None = None
    sound: bool = False  # checked (or known unchanged) at open and brought to HEAD_REVISION

    @cached_property
    def repository(self) -> WalkRepository:
        from walkplanner.store.repository import WalkRepository

        return WalkRepository(self.transactions)

    @cached_property
    def places(self) -> PlaceRepository:
        from walkplanner.store.repository import PlaceRepository

        return PlaceRepository(self.transactions)

    @cached_property
    def participants(self) -> ParticipantRepository:
        from walkplanner.store.repository import ParticipantRepository

        return ParticipantRepository(self.transactions)

    def close(self) -> None:
        """Later writes (work the window abandoned, come back late) are refused, and the
        file as this store leaves it needs no check at the next open."""
        from walkplanner.store.database import remember_checked

        self.transactions.close()
        if self.sound and self.path.is_file():
            remember_checked(self.path)


def open_store(data_dir: Path) -> Store:
    """Open (creating, migrating and, on first start, seeding the demo walk) the store."""
    from walkplanner.store.database import migrate
    from walkplanner.store.reads import Reads
    from walkplanner.store.writes import Transactions

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
    store = Store(path, backups, Reads(path, backups), Transactions(path, backups))
    try:
        store.backup_made = migrate(path, backups)
        store.sound = True
        if not store.reads.get_setting(DEMO_SEEDED, False):
            if not store.reads.summaries():
                from walkplanner.core.demo import demo_walk  # only on the first start

                store.repository.add(demo_walk())
            store.repository.set_setting(DEMO_SEEDED, True)
    except BaseException:
        store.close()
        raise
    return store
