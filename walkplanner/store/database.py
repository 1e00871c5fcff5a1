"""The SQLite file: how it is opened, backed up and brought to the current schema.

Start-up speed matters: when the file is already at HEAD_REVISION, alembic is never
imported. Before any migration of an existing file a consistent copy is made with
SQLite's online backup API.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from walkplanner.store.errors import CorruptDatabase, StoreError, StoreReadOnly

HEAD_REVISION = "0007"
KEEP_BACKUPS = 10
MIGRATIONS = Path(__file__).with_name("migrations")


def open_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(connection: sqlite3.Connection, _record: object) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


def current_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read with plain sqlite3."""
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA schema_version").fetchone()  # fails fast on a non-database file
        has_table = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def newest_backup(backup_dir: Path) -> Path | None:
    backups = sorted(backup_dir.glob("walkplanner-*.sqlite"))
    return backups[-1] if backups else None


def backup(path: Path, backup_dir: Path, revision: str | None) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"walkplanner-{stamp}-from-{revision or 'none'}.sqlite"
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    for old in sorted(backup_dir.glob("walkplanner-*.sqlite"))[:-KEEP_BACKUPS]:
        old.unlink()
    return target


def migrate(engine: Engine, path: Path, backup_dir: Path) -> Path | None:
    """Bring the file to the newest schema; returns the backup made first, if any."""
    existed = path.exists() and path.stat().st_size > 0
    try:
        revision = current_revision(path) if existed else None
    except sqlite3.DatabaseError as error:
        raise CorruptDatabase(path, newest_backup(backup_dir)) from error
    if revision == HEAD_REVISION:
        return None
    made = backup(path, backup_dir, revision) if existed else None

    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        raise classify(error, path, backup_dir) from error
    return made


def classify(error: BaseException, path: Path, backup_dir: Path) -> StoreError:
    """Turn a low-level SQLite failure into a message an organiser can act on."""
    text = str(error).lower()
    if "not a database" in text or "malformed" in text:
        return CorruptDatabase(path, newest_backup(backup_dir))
    for clue in ("readonly", "read-only", "disk is full", "disk i/o", "unable to open"):
        if clue in text:
            return StoreReadOnly(path, clue.replace("readonly", "read-only"))
    return StoreError(f"The walk database {path} could not be used: {error}")
