"""Data that must not be lost: read-only and full data folders, a newer schema, a damaged
file, a lost-update race, exports that cannot be written, and deletion undone.

Each case checks the contract: a clear message naming the fault (never "damaged" unless
the file is), exit 2 and one line for the CLI, no traceback, the database file and the
backups unchanged, and the app draws the walk again once the fault is gone. Read-only and
full folders are real small tmpfs mounts (skipped where mounting is not permitted).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.faults.conftest import (
    assert_app_still_draws,
    assert_refused,
    database_digest,
    run_cli,
)
from tests.ui.conftest import Harness  # registers the app's URL scheme before Qt starts
from walkplanner.store import DATABASE_NAME, open_store
from walkplanner.store.database import HEAD_REVISION
from walkplanner.ui.actions import ActionId

GPX = b"""<?xml version="1.0"?>
<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="48.85" lon="2.35"><name>A</name></wpt><wpt lat="48.86" lon="2.36"><name>B</name></wpt>
</gpx>"""
EXPORTS = ("card", "handout", "gpx", "geojson", "kml", "ics")
SUFFIX = {"card": ".png", "handout": ".pdf", "gpx": ".gpx", "geojson": ".geojson"}
SUFFIX |= {"kml": ".kml", "ics": ".ics"}


# --- helpers ------------------------------------------------------------------------


@pytest.fixture
def harness(qtbot, data_dir: Path) -> Iterator[Harness]:
    """A real main window on this test's data folder (see tests/ui/conftest.py)."""
    opened = Harness(qtbot, data_dir)
    yield opened
    opened.close()


def files_of(data_dir: Path) -> dict[str, str]:
    """The database and every backup, by content: what "nothing changed" means."""
    tracked = [data_dir / DATABASE_NAME, *sorted((data_dir / "backups").glob("*"))]
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in tracked
        if p.exists()
    }


def set_revision(data_dir: Path, revision: str) -> None:
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:
        db.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    settle(data_dir)


def settle(data_dir: Path) -> None:
    """Everything into the main file (no WAL left), so its bytes say what is stored."""
    db = sqlite3.connect(data_dir / DATABASE_NAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def healthy_store(data_dir: Path, *, backups: int = 0) -> None:
    """A real store with the demo walk and a second one, plus some genuine old backups."""
    store = open_store(data_dir)
    walk = store.repository.get(store.repository.summaries()[0].id)
    store.repository.duplicate(walk.id)
    store.close()
    settle(data_dir)
    folder = data_dir / "backups"
    for i in range(backups):
        folder.mkdir(exist_ok=True)
        shutil.copy(
            data_dir / DATABASE_NAME, folder / f"walkplanner-2026010{i}-000000-from-0007.sqlite"
        )


def run_gui(data_dir: Path) -> subprocess.CompletedProcess:
    return run_cli(data_dir, "--smoke-test", timeout=120)


def assert_gui_refused(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert "smoke failed:" in result.stderr
    for word in words:
        assert word.lower() in result.stderr.lower(), (word, result.stderr)


def every_command(data_dir: Path, tmp_path: Path) -> list[tuple[str, ...]]:
    """Reading, writing, importing and exporting commands alike."""
    gpx = tmp_path / "in.gpx"
    gpx.write_bytes(GPX)
    return [
        ("list",),
        ("show", "1"),
        ("show", "1", "--json"),
        ("route", "1"),
        ("groups", "1"),
        ("import", str(gpx)),
        ("export", "gpx", "1", "--out", str(tmp_path / "out.gpx")),
    ]


def mount(folder: Path, options: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")


def remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


@contextmanager
def small_disk(folder: Path, size: str = "16m") -> Iterator[Path]:
    mount(folder, f"size={size}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Write until the disk says no; returns the filler, whose removal frees it again."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


# --- a newer schema -----------------------------------------------------------------


@pytest.mark.parametrize("revision", ["0900", "9999", "zz_future_branch"])
def test_a_newer_schema_is_refused_before_any_backup(
    data_dir: Path, tmp_path: Path, revision: str
) -> None:
    healthy_store(data_dir, backups=10)
    set_revision(data_dir, revision)
    before = files_of(data_dir)
    for _ in range(3):  # every start used to add a backup, and pruning ate a genuine one
        for command in every_command(data_dir, tmp_path)[:4]:
            result = run_cli(data_dir, *command)
            assert_refused(result, "newer Walk Planner", "update the app")
            assert "damaged" not in result.stderr and "locate revision" not in result.stderr
    assert files_of(data_dir) == before
    assert len(list((data_dir / "backups").glob("*"))) == 10


def test_the_gui_says_update_the_app_and_draws_once_the_schema_fits(data_dir: Path) -> None:
    healthy_store(data_dir, backups=2)
    set_revision(data_dir, "0042")
    before = files_of(data_dir)
    assert_gui_refused(run_gui(data_dir), "newer Walk Planner", "update the app")
    assert files_of(data_dir) == before
    set_revision(data_dir, HEAD_REVISION)
    assert_app_still_draws(data_dir)
    assert files_of(data_dir) == before | {DATABASE_NAME: files_of(data_dir)[DATABASE_NAME]}


# --- a damaged file -----------------------------------------------------------------


def garble(path: Path, table: str, pattern: bytes) -> None:
    """Overwrite the table's root page (never page 1, the header) with `pattern`."""
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        (root,) = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    db.close()
    assert root > 1
    with path.open("r+b") as raw:
        raw.seek((root - 1) * page_size)
        raw.write((pattern * page_size)[:page_size])


@pytest.mark.parametrize("table", ["walks", "stops", "legs", "participants"])
@pytest.mark.parametrize("pattern", [b"\xff", b"\x00", b"garbage!", bytes(range(256))])
def test_a_damaged_file_is_refused_by_every_command_and_never_written(
    data_dir: Path, tmp_path: Path, table: str, pattern: bytes
) -> None:
    healthy_store(data_dir, backups=2)
    garble(data_dir / DATABASE_NAME, table, pattern)
    before = files_of(data_dir)
    newest = sorted((data_dir / "backups").glob("*"))[-1].name
    for command in every_command(data_dir, tmp_path):
        result = run_cli(data_dir, *command)
        assert_refused(result, "damaged", "left untouched", newest)
    assert files_of(data_dir) == before
    assert not (tmp_path / "out.gpx").exists()


def test_the_gui_on_a_damaged_file_says_so_and_draws_from_the_backup(data_dir: Path) -> None:
    healthy_store(data_dir, backups=1)
    healthy = (data_dir / DATABASE_NAME).read_bytes()
    garble(data_dir / DATABASE_NAME, "stops", b"\xa5")
    before = files_of(data_dir)
    assert_gui_refused(run_gui(data_dir), "damaged", "newest backup")
    assert files_of(data_dir) == before
    (data_dir / DATABASE_NAME).write_bytes(healthy)
    assert_app_still_draws(data_dir)


# --- read-only and full data folders ------------------------------------------------


@pytest.fixture
def mounted_data_dir(data_dir: Path) -> Iterator[Path]:
    with small_disk(data_dir):
        healthy_store(data_dir, backups=1)
        yield data_dir
        remount(data_dir, "rw")


def test_a_read_only_folder_is_not_called_damaged(mounted_data_dir: Path, tmp_path: Path) -> None:
    data_dir = mounted_data_dir
    before = files_of(data_dir)
    remount(data_dir, "ro")
    for command in every_command(data_dir, tmp_path):
        result = run_cli(data_dir, *command)
        assert_refused(result, "Cannot write", "read-only")
        assert "damaged" not in result.stderr and "backup" not in result.stderr
    result = run_gui(data_dir)
    assert_gui_refused(result, "Cannot write to the data folder", "read-only")
    assert "already running" not in result.stderr
    assert files_of(data_dir) == before
    remount(data_dir, "rw")
    assert files_of(data_dir) == before
    assert_app_still_draws(data_dir)


def test_a_full_disk_is_not_called_damaged(mounted_data_dir: Path, tmp_path: Path) -> None:
    data_dir = mounted_data_dir
    before = files_of(data_dir)
    filler = fill(data_dir)
    for command in every_command(data_dir, tmp_path):
        result = run_cli(data_dir, *command)
        assert_refused(result, "Cannot write", "disk is full")
        assert "damaged" not in result.stderr and "backup" not in result.stderr
    result = run_gui(data_dir)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "already running" not in result.stderr
    assert "disk is full" in result.stderr, result.stderr
    assert files_of(data_dir) == before
    filler.unlink()
    assert_app_still_draws(data_dir)


def test_a_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    parent = tmp_path / "media"
    with small_disk(parent, "64m"):
        remount(parent, "ro")
        data_dir = parent / "walks"
        assert_refused(run_cli(data_dir, "list"), "data folder", "read-only file system")
        result = run_gui(data_dir)
        assert_gui_refused(result, "Cannot write to the data folder")
        assert "already running" not in result.stderr
        remount(parent, "rw")
        assert_app_still_draws(data_dir)


def test_a_second_instance_is_still_told_apart(data_dir: Path) -> None:
    from PySide6.QtCore import QLockFile

    healthy_store(data_dir)
    lock = QLockFile(str(data_dir / "walkplanner.lock"))
    assert lock.tryLock(0)
    try:
        assert_gui_refused(run_gui(data_dir), "already running")
    finally:
        lock.unlock()


# --- exports that cannot be written -------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "readonly"
    with small_disk(folder, "1m"):
        (folder / "already-there.txt").write_text("keep me")
        remount(folder, "ro")
        yield folder
        remount(folder, "rw")


@pytest.mark.parametrize("kind", EXPORTS)
def test_exports_that_cannot_be_written_leave_nothing_behind(
    data_dir: Path, tmp_path: Path, read_only_folder: Path, kind: str
) -> None:
    healthy_store(data_dir)
    before = files_of(data_dir)
    name = f"walk{SUFFIX[kind]}"
    as_folder = tmp_path / "taken" / name
    as_folder.mkdir(parents=True)
    cases = {
        read_only_folder / name: ("Cannot write", "read-only"),
        tmp_path / "missing" / name: ("does not exist",),
        as_folder: ("is a folder",),
    }
    for target, words in cases.items():
        assert_refused(run_cli(data_dir, "export", kind, "1", "--out", str(target)), *words)
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["already-there.txt"]
    assert not (tmp_path / "missing").exists()
    assert list(as_folder.iterdir()) == []
    assert list((tmp_path / "taken").iterdir()) == [as_folder]
    assert files_of(data_dir) == before


def test_a_participant_export_into_a_read_only_folder(
    data_dir: Path, read_only_folder: Path, tmp_path: Path
) -> None:
    healthy_store(data_dir)
    target = read_only_folder / "people.csv"
    assert_refused(run_cli(data_dir, "participants", "1", "--export", str(target)), "Cannot write")
    assert_refused(run_cli(data_dir, "participants", "1", "--export", str(tmp_path)), "is a folder")
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["already-there.txt"]


# --- lost updates: the command line and a window on the same walk --------------------


@contextmanager
def held_router() -> Iterator[tuple[str, threading.Event, threading.Event]]:
    """A loopback router that keeps the command line waiting until the test releases it."""
    from tests.serving import QuietHandler, serving

    asked, release = threading.Event(), threading.Event()

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            asked.set()
            release.wait(30)
            self.send_body(400, b'{"code": "NoRoute", "message": "none"}', "application/json")

    with serving(Handler) as url:
        try:
            yield url, asked, release
        finally:
            release.set()


def start_cli(data_dir: Path, *args: str, env: dict[str, str]) -> subprocess.Popen:
    import os

    return subprocess.Popen(
        [sys.executable, "-m", "walkplanner", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "WALKPLANNER_DATA_DIR": str(data_dir), **env},
    )


def add_stop(window, lat: float, lon: float) -> None:
    from walkplanner.ui.operations import stops

    stops.add_stop(window.document, len(window.document.walk.stops), lat, lon)


def test_the_cli_cannot_save_its_old_copy_over_the_window(harness, qtbot, data_dir: Path) -> None:
    from walkplanner.ui.autosave import DEBOUNCE_MS

    window = harness.open().window
    walk_id = window.document.walk.id
    with held_router() as (url, asked, release):
        cli = start_cli(data_dir, "route", str(walk_id), env={"WALKPLANNER_ROUTING_URL": url})
        qtbot.waitUntil(asked.is_set, timeout=30_000)  # the CLI has read the walk
        add_stop(window, 48.853, 2.349)
        add_stop(window, 48.852, 2.351)
        qtbot.wait(DEBOUNCE_MS + 300)
        assert not window.autosaver.dirty
        release.set()
        _out, err = cli.communicate(timeout=60)
    assert cli.returncode == 2, err
    assert err.startswith("walkplanner: ") and err.count("\n") == 1, err
    assert "changed since" in err and "run again" in err and "Traceback" not in err
    stored = harness.session.store.repository.get(walk_id)
    assert len(stored.stops) == 7 == len(window.document.walk.stops)


@pytest.mark.parametrize("choice", ["reload", "keep", "later"])
def test_a_window_refused_by_a_newer_save_asks_and_loses_neither(
    harness, qtbot, data_dir: Path, monkeypatch, choice: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_persistence import answer
    from walkplanner.ui.autosave import DEBOUNCE_MS
    from walkplanner.ui.operations import people

    reply = {
        "reload": QMessageBox.StandardButton.Discard,
        "keep": QMessageBox.StandardButton.Save,
        "later": QMessageBox.StandardButton.Cancel,
    }[choice]
    asked = answer(monkeypatch, reply, QMessageBox.StandardButton.Save)  # then at closing
    window = harness.open().window
    walk = window.document.walk
    result = run_cli(data_dir, "set", str(walk.id), "title=Renamed by the CLI")
    if result.returncode != 0:  # the `set` command belongs to another part of the work
        store = harness.session.store.repository
        from dataclasses import replace

        store.save(replace(store.get(walk.id), title="Renamed by the CLI"))
    people.add_person(window.document, "Ana")  # unsaved too: it must not be lost either
    add_stop(window, 48.853, 2.349)
    qtbot.waitUntil(lambda: bool(asked), timeout=DEBOUNCE_MS + 5000)
    assert "changed outside this window" in asked[0] and walk.title in asked[0]
    repository = harness.session.store.repository
    assert repository.get(walk.id).title == "Renamed by the CLI"
    assert len(repository.get(walk.id).stops) == 5  # the window did not overwrite it
    if choice == "reload":
        assert window.document.walk.title == "Renamed by the CLI"
        assert len(window.document.walk.stops) == 5
    elif choice == "keep":
        mine = window.document.walk
        assert mine.id != walk.id and len(mine.stops) == 6
        assert len(repository.get(mine.id).stops) == 6
        assert {s.id for s in repository.summaries()} >= {walk.id, mine.id}
        participants = harness.session.store.participants
        assert [p.name for p in participants.participants(mine.id)] == ["Ana"]
        assert [p.name for p in window.document.participants] == ["Ana"]
    else:
        assert window.autosaver.dirty and len(window.document.walk.stops) == 6
        assert "changed since" in (window.autosaver.pending_error or "")
        harness.close()  # closing asks again: the window's copy is kept as a new walk
        assert len(asked) == 2
        kept = [s for s in repository.summaries() if s.id != walk.id]
        assert any(s.stop_count == 6 for s in kept)


# --- deletion is an undo step ----------------------------------------------------------


def test_delete_then_undo_changes_nothing(harness, monkeypatch, data_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_persistence import answer

    window = harness.open().window
    window.library.new_requested.emit()
    window.walks.open_walk(1)
    harness.close()
    before = database_digest(data_dir)
    window = harness.open().window
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.action(ActionId.DELETE_WALK).trigger()
    assert len(harness.session.store.repository.summaries()) == 1
    window.action(ActionId.UNDO).trigger()
    harness.close()
    assert database_digest(data_dir) == before
    assert_app_still_draws(data_dir)
