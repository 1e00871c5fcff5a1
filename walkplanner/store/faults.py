"""Tell SQLite's and the disk's failures apart, so each gets the message that fits it.

A read-only folder or a full disk is not damage: calling it "damaged" once made the app
offer to overwrite a healthy file with an old backup. Only SQLITE_CORRUPT and
SQLITE_NOTADB mean the file itself is bad.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from walkplanner.store.errors import CorruptDatabase, StoreBusy, StoreError, StoreReadOnly
from walkplanner.text import Text, say

_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_UNWRITABLE = {
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PERM,
}
_DISK_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EIO}
FULL_BELOW_BYTES = 64 * 1024  # less than SQLite needs for its WAL index


def newest_backup(backup_dir: Path) -> Path | None:
    backups = sorted(backup_dir.glob("walkplanner-*.sqlite"))
    return backups[-1] if backups else None


def classify(error: BaseException, path: Path, backup_dir: Path) -> StoreError:
    """Turn a low-level SQLite or OS failure into a message an organiser can act on."""
    if isinstance(error, StoreError):
        return error
    cause = getattr(error, "orig", None) or error
    if isinstance(cause, sqlite3.Error):
        primary = (cause.sqlite_errorcode or 0) & 0xFF
        if primary in _DAMAGED:
            return CorruptDatabase(path, newest_backup(backup_dir))
        if primary in _BUSY:
            return StoreBusy(path)
        if primary in _UNWRITABLE:
            return StoreReadOnly(path, disk_reason(path.parent, primary))
    if isinstance(cause, OSError) and cause.errno in _DISK_ERRNOS:
        return StoreReadOnly(path, disk_reason(path.parent, cause.errno))
    return StoreError(  # SQLite's own words, without the statement SQLAlchemy adds
        say("The walk database {path} could not be used: {error}", path=path, error=str(cause))
    )


def disk_reason(folder: Path, code: int | None = None) -> Text:
    """Why the folder refuses writes, in words; checked on the disk, not guessed from text."""
    if code in (sqlite3.SQLITE_FULL, errno.ENOSPC, errno.EDQUOT):
        return say("the disk is full")
    if code in (sqlite3.SQLITE_READONLY, errno.EROFS) or not _writable(folder):
        return say("the folder is read-only")
    if _nearly_full(folder):
        return say("the disk is full")
    if code in (errno.EACCES, errno.EPERM, sqlite3.SQLITE_PERM):
        return say("permission denied")
    return say("the disk reported an input/output error")


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK) if folder.exists() else _writable(folder.parent)


def _nearly_full(folder: Path) -> bool:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False
