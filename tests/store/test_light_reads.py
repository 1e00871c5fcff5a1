"""The start's demo check, `walkplanner list` and `show` read through SQLAlchemy Core and
never load the ORM, which costs them about a quarter more (issue 18); a fresh interpreter
says which of its modules it loaded. The first start seeds the demo walk through the
repository, and a command that writes loads the ORM as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WRAPPER = """
import sys
from walkplanner.cli import main
code = main(sys.argv[1:])
print("orm" if "sqlalchemy.orm" in sys.modules else "core only")
sys.exit(code)
"""


def run(data_dir: Path, *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "WALKPLANNER_DATA_DIR": str(data_dir)},
        check=True,
    )
    return result.stdout.strip().splitlines()


def test_list_loads_no_orm_once_the_demo_is_seeded(tmp_path: Path) -> None:
    *first, loaded = run(tmp_path, "list")
    assert loaded == "orm"  # the first start writes the demo walk
    *lines, loaded = run(tmp_path, "list")
    assert loaded == "core only"
    assert lines == first and lines[0].startswith("1\tLouvre")


def test_show_reads_a_whole_walk_and_its_people_without_the_orm(tmp_path: Path) -> None:
    run(tmp_path, "list")
    *_, loaded = run(tmp_path, "set", "Louvre", "title=Seine at dusk")
    assert loaded == "orm"
    *lines, loaded = run(tmp_path, "show", "dusk", "--json")
    assert loaded == "core only"
    shown = "\n".join(lines)
    assert '"title": "Seine at dusk"' in shown and '"participants"' in shown
