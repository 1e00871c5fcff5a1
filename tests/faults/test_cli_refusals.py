"""Every command line command on a store that refuses: one line, exit 2, never a traceback.

test_data.py covers a few commands on a read-only or full data folder, refused when the
store opens. Here every command meets each way a store can refuse: at open (read-only or
full folder), on its first write (a read-only database file in a writable folder: reads
work, the write is refused) and while another program holds the write lock.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.conftest import assert_refused, run_cli
from tests.faults.test_data import GPX, fill, healthy_store, remount, small_disk
from tests.osrm_server import osrm_server
from walkplanner.store import DATABASE_NAME

WRITERS = ("route", "groups", "set", "import", "participants-in")


def commands(tmp_path: Path) -> dict[str, tuple[str, ...]]:
    """Every command that draws nothing, with arguments that work on a healthy store."""
    gpx = tmp_path / "in.gpx"
    gpx.write_bytes(GPX)
    people = tmp_path / "people.csv"
    people.write_text("Name,Status\nAda,going\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return {
        "list": ("list",),
        "show": ("show", "1"),
        "show-json": ("show", "1", "--json"),
        "check": ("check", "1"),
        "route": ("route", "1"),
        "groups": ("groups", "1", "--size", "3"),
        "set": ("set", "1", "title=Renamed"),
        "import": ("import", str(gpx)),
        "participants-in": ("participants", "1", "--import", str(people)),
        "participants-out": ("participants", "1", "--export", str(out / "people.csv")),
        "search": ("search", "Louvre"),
        **{
            f"export-{kind}": ("export", kind, "1", "--out", str(out / f"walk.{kind}"))
            for kind in ("gpx", "geojson", "kml", "ics")
        },
    }


@pytest.fixture
def mounted_data_dir(data_dir: Path) -> Iterator[Path]:
    with small_disk(data_dir):
        healthy_store(data_dir)
        yield data_dir
        remount(data_dir, "rw")


def test_every_command_on_a_read_only_data_folder(mounted_data_dir: Path, tmp_path: Path) -> None:
    remount(mounted_data_dir, "ro")
    for args in commands(tmp_path).values():
        assert_refused(run_cli(mounted_data_dir, *args), "Cannot write", "read-only")


def test_every_command_on_a_full_data_folder(mounted_data_dir: Path, tmp_path: Path) -> None:
    filler = fill(mounted_data_dir)
    for args in commands(tmp_path).values():
        assert_refused(run_cli(mounted_data_dir, *args), "Cannot write", "disk is full")
    filler.unlink()


@pytest.fixture
def read_only_database(data_dir: Path) -> Iterator[Path]:
    """The database file mounted read-only over itself: the folder stays writable, so the
    store opens and reads, and only a write is refused (by SQLite, mid-command)."""
    healthy_store(data_dir)
    database = str(data_dir / DATABASE_NAME)
    bound = subprocess.run(["mount", "--bind", database, database], capture_output=True)
    if bound.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bound.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", database], check=True)
        yield data_dir
    finally:
        subprocess.run(["umount", "-l", database], check=False)


def test_commands_that_write_refuse_a_read_only_database_file(
    read_only_database: Path, tmp_path: Path
) -> None:
    for name, args in commands(tmp_path).items():
        result = run_cli(read_only_database, *args)
        if name in WRITERS:
            assert_refused(result, "Cannot write", "read-only")
        else:
            assert "Traceback" not in result.stderr, (name, result.stderr)
            assert result.returncode in (0, 1, 2), (name, result.returncode, result.stderr)
            assert name != "list" or "Louvre" in result.stdout


def test_route_with_a_router_on_a_read_only_database_file(read_only_database: Path) -> None:
    """The router answers; caching its path is the first write, and it is refused."""
    with osrm_server() as router:
        result = subprocess.run(
            [sys.executable, "-m", "walkplanner", "route", "1"],
            capture_output=True,
            text=True,
            timeout=60,
            env={
                **os.environ,
                "WALKPLANNER_DATA_DIR": str(read_only_database),
                "WALKPLANNER_ROUTING_URL": router.url,
            },
            check=False,
        )
    assert router.requests, "the router was asked"
    assert_refused(result, "Cannot write", "read-only")


def test_commands_that_write_say_the_database_is_busy(data_dir: Path, tmp_path: Path) -> None:
    healthy_store(data_dir)
    every = commands(tmp_path)
    holder = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program in the middle of a write
    try:
        for name in WRITERS:
            assert_refused(run_cli(data_dir, *every[name]), "busy", "try again")
        listed = run_cli(data_dir, "list")  # readers still read the last committed state
        assert listed.returncode == 0 and "Louvre" in listed.stdout, listed.stderr
    finally:
        holder.rollback()
        holder.close()
    assert run_cli(data_dir, *every["set"]).returncode == 0  # and the write works once free
