"""Commands that draw nothing never load Qt (issue 18): PySide6 alone costs more than the
whole of `walkplanner list`. Each runs in a fresh interpreter, which then names every
PySide6 module it loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.test_data import GPX

WRAPPER = """
import sys
from walkplanner.cli import main
code = main(sys.argv[1:])
print(sorted(m for m in sys.modules if m.startswith("PySide6")))
sys.exit(code)
"""


def loaded_qt(data_dir: Path, *args: str) -> tuple[int, str]:
    """The command's exit code and the PySide6 modules it loaded, as a list's repr."""
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, "--offline", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "WALKPLANNER_DATA_DIR": str(data_dir)},
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("files")
    (folder / "in.gpx").write_bytes(GPX)
    (folder / "people.csv").write_text("Name,Status\nAda,going\n", encoding="utf-8")
    return folder


COMMANDS = {
    "list": ("list",),
    "show": ("show", "1"),
    "show-json": ("show", "1", "--json"),
    "check": ("check", "1"),
    "set": ("set", "1", "title=Renamed"),
    "groups": ("groups", "1", "--size", "4"),
    "participants-in": ("participants", "1", "--import", "{files}/people.csv"),
    "participants-out": ("participants", "1", "--export", "{files}/out.csv"),
    "import": ("import", "{files}/in.gpx"),
    "route": ("route", "1"),  # offline: every leg stays straight and says why
    "search": ("search", "Nowhere at all"),  # offline, no saved place: refused, exit 2
    **{
        f"export-{kind}": ("export", kind, "1", "--out", f"{{files}}/walk.{kind}")
        for kind in ("gpx", "geojson", "kml", "ics")
    },
}


@pytest.mark.parametrize("name", COMMANDS)
def test_a_command_that_draws_nothing_loads_no_qt(data_dir: Path, files: Path, name: str) -> None:
    args = [arg.format(files=files) for arg in COMMANDS[name]]
    code, modules = loaded_qt(data_dir, *args)
    assert code == (2 if name == "search" else 0)
    assert modules == "[]"


def test_a_command_that_draws_does_load_qt(data_dir: Path, files: Path) -> None:
    """The check above can see Qt: a card export does load it."""
    code, modules = loaded_qt(data_dir, "export", "card", "1", "--out", str(files / "c.png"))
    assert code == 0 and "PySide6.QtGui" in modules
