"""The `walkplanner` program ends its process at once when a command is done, without the
interpreter's teardown (walkplanner/process.py): what the command wrote must be all there,
its exit code kept, and a reader that went away (`walkplanner list | head -1`) no error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.faults.test_data import GPX


def walkplanner(data_dir: Path, *args: str, **options: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "walkplanner", "--offline", *args],
        capture_output="stdout" not in options,
        text=True,
        timeout=60,
        env={**os.environ, "WALKPLANNER_DATA_DIR": str(data_dir)},
        check=False,
        **options,
    )


def test_what_a_command_wrote_is_all_there_and_stays(tmp_path: Path) -> None:
    source = tmp_path / "two.gpx"
    source.write_bytes(GPX)
    imported = walkplanner(tmp_path / "data", "import", str(source))
    assert imported.returncode == 0, imported.stderr
    walk_id = imported.stdout.strip()
    assert walk_id.isdigit()
    assert not (tmp_path / "data" / "walkplanner.sqlite-wal").exists()  # closed, checkpointed
    listed = walkplanner(tmp_path / "data", "list")
    assert listed.returncode == 0 and f"{walk_id}\ttwo" in listed.stdout
    shown = walkplanner(tmp_path / "data", "show", walk_id, "--json")
    assert shown.returncode == 0 and shown.stdout.rstrip().endswith("}")  # flushed whole


def test_a_refusal_keeps_its_exit_code_and_its_line(tmp_path: Path) -> None:
    refused = walkplanner(tmp_path / "data", "show", "999")
    assert refused.returncode == 2
    assert refused.stderr.startswith("walkplanner: ") and refused.stderr.count("\n") == 1
    assert "Traceback" not in refused.stderr


def test_a_reader_that_went_away_is_no_error(tmp_path: Path) -> None:
    walkplanner(tmp_path / "data", "list")  # the store and its sample walk
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `| head -1` does once it has its line
    try:
        gone = walkplanner(tmp_path / "data", "list", stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert gone.returncode == 0
    assert gone.stderr == ""
