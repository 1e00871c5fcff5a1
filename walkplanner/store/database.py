"""The SQLite file: how it is opened, backed up and brought to the current schema.

Start-up speed matters: when the file is already at HEAD_REVISION, neither alembic nor
SQLAlchemy is imported here (the app reads and writes in plain sqlite3). Before any migration of an existing file a consistent copy is
made with SQLite's online backup API; a file from a newer app is refused before that copy,
so starting an old app again and again never fills the backups and prunes a genuine one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from walkplanner.store.errors import CorruptDatabase, NewerDatabase
from walkplanner.store.faults import classify, newest_backup

if TYPE_CHECKING:
    from sqlalchemy import Engine

HEAD_REVISION = "0009"
KEEP_BACKUPS = 10
MIGRATIONS = Path(__file__).with_name("migrations")
# Every connection that writes, the app's and the migrations': WAL, synchronous=FULL for
# the organiser's data, foreign keys on (a walk's rows go with it), a writer waited for.
WRITE_PRAGMAS = (
    "PRAGMA busy_timeout=5000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
)


def open_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(connection: sqlite3.Connection, _record: object) -> None:
        cursor = connection.cursor()
        for pragma in WRITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    return engine


def current_revision(path: Path, backup_dir: Path) -> str | None:
    """The schema revision of an existing file, read with plain sqlite3 after SQLite's quick
    check of every page: a damaged file is refused at open, before anything writes to it.
    The check reads the whole file (0.1 s for 50 MB of long tracks, at every start and
    every command), so a file exactly as this app last left it is not read again."""
    with closing(sqlite3.connect(path)) as db:
        if not checked_before(path):
            if [row[0] for row in db.execute("PRAGMA quick_check(1)")] != ["ok"]:
                raise CorruptDatabase(path, newest_backup(backup_dir))
            remember_checked(path)
        has_table = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def _identity(path: Path) -> str | None:
    """The file as it lies on disk (device, inode, size, modification time); None while a
    write-ahead log holds changes not yet in it (another process has it open, or one
    stopped without closing it)."""
    if path.with_name(path.name + "-wal").exists():
        return None
    found = path.stat()
    return f"{found.st_dev} {found.st_ino} {found.st_size} {found.st_mtime_ns}"


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def checked_before(path: Path) -> bool:
    """Whether the file is the one a passing check or this app's own closing left: a copy,
    an edit in another tool or a restore changes its identity, and it is checked again."""
    try:
        identity = _identity(path)
        return identity is not None and _stamp(path).read_text(encoding="ascii") == identity
    except (OSError, ValueError):
        return False


def remember_checked(path: Path) -> None:
    """Note the file's identity as sound (after a passing check, or the store's close of
    a file it checked and then wrote); a stamp that cannot be written only means the next
    open checks again."""
    with suppress(OSError):
        identity = _identity(path)
        if identity is not None:
            _stamp(path).write_text(identity, encoding="ascii")


def known_revisions() -> set[str]:
    """Every revision this app can migrate from, read from the scripts' file names."""
    return {script.name.split("_", 1)[0] for script in (MIGRATIONS / "versions").glob("0*.py")}


def backup(path: Path, backup_dir: Path, revision: str | None) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"walkplanner-{stamp}-from-{revision or 'none'}.sqlite"
    try:
        with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
    except BaseException:
        target.unlink(missing_ok=True)  # a half copy must never pass for a backup
        raise
    for old in sorted(backup_dir.glob("walkplanner-*.sqlite"))[:-KEEP_BACKUPS]:
        old.unlink()
    return target


def migrate(path: Path, backup_dir: Path) -> Path | None:
    """Bring the file to the newest schema; returns the backup made first, if any."""
    existed = path.exists() and path.stat().st_size > 0
    try:
        revision = current_revision(path, backup_dir) if existed else None
        if revision == HEAD_REVISION:
            return None
        if revision is not None and revision not in known_revisions():
            raise NewerDatabase(path, revision)
        made = backup(path, backup_dir, revision) if existed else None
    except (sqlite3.Error, OSError) as error:
        raise classify(error, path, backup_dir) from error

    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = open_engine(path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        raise classify(error, path, backup_dir) from error
    finally:
        engine.dispose()
    return made
