"""The check of every page at open is skipped only for the file exactly as this app left
it: a passing check or the store's own close notes the file's identity (device, inode,
size, modification time), and anything else that touched it has the file checked again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from walkplanner.store import DATABASE_NAME, open_store
from walkplanner.store import database as database_module
from walkplanner.store.database import checked_before
from walkplanner.store.errors import CorruptDatabase


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files whose pages were checked, in order."""
    done: list[Path] = []
    original = database_module.current_revision

    def revision(path: Path, backup_dir: Path) -> str | None:
        if not checked_before(path):
            done.append(path)
        return original(path, backup_dir)

    monkeypatch.setattr(database_module, "current_revision", revision)
    return done


def test_a_file_this_app_closed_is_not_read_again_at_open(tmp_path: Path, checks) -> None:
    store = open_store(tmp_path)  # a new file: made, not checked
    store.repository.add(store.repository.get(1))
    store.close()
    path = tmp_path / DATABASE_NAME
    assert checked_before(path)
    open_store(tmp_path).close()
    assert checks == []


def test_a_file_changed_by_anything_else_is_checked_again(tmp_path: Path, checks) -> None:
    open_store(tmp_path).close()
    path = tmp_path / DATABASE_NAME
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # every page after the header, overwritten
    path.write_bytes(bytes(data))
    assert not checked_before(path)
    with pytest.raises(CorruptDatabase):
        open_store(tmp_path)
    assert checks == [path] and not checked_before(path)  # a refused file is never noted


@pytest.mark.parametrize("stamp", ["", "garbage", "1 2 3 4", "\xff\xfe", "9" * 5000], ids=repr)
def test_a_stamp_that_does_not_match_means_a_check(tmp_path: Path, checks, stamp: str) -> None:
    open_store(tmp_path).close()
    path = tmp_path / DATABASE_NAME
    (tmp_path / (DATABASE_NAME + ".checked")).write_text(stamp, encoding="utf-8")
    open_store(tmp_path).close()
    assert checks == [path] and checked_before(path)


def test_a_write_ahead_log_left_behind_means_a_check(tmp_path: Path, checks) -> None:
    open_store(tmp_path).close()
    path = tmp_path / DATABASE_NAME
    (tmp_path / (DATABASE_NAME + "-wal")).write_bytes(b"")
    assert not checked_before(path)


def test_a_file_put_back_with_its_old_time_is_still_a_new_file(tmp_path: Path, checks) -> None:
    open_store(tmp_path).close()
    path = tmp_path / DATABASE_NAME
    before = path.stat()
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(path.read_bytes())
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(copy, path)  # a restore from elsewhere: same size and time, another inode
    assert not checked_before(path)
    open_store(tmp_path).close()
    assert checks == [path]


def test_a_stamp_that_cannot_be_written_only_means_a_check_next_time(
    tmp_path: Path, checks
) -> None:
    open_store(tmp_path).close()
    stamp = tmp_path / (DATABASE_NAME + ".checked")
    stamp.unlink()
    stamp.mkdir()  # not writable as a file
    open_store(tmp_path).close()
    open_store(tmp_path).close()
    assert len(checks) == 2
