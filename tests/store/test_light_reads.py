"""Opening a store at the current schema, `walkplanner list` and `show` read with sqlite3
and never load SQLAlchemy, whose import alone is the whole 0.3 s budget of `list` (issue
18); a fresh interpreter says which of its modules it loaded. The first start seeds the
demo walk through the repository, and a command that writes loads the ORM as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WRAPPER = """
import sys
from walkplanner.cli import main
code = main(sys.argv[1:])
print("orm" if "sqlalchemy.orm" in sys.modules else "sqlalchemy" if "sqlalchemy" in sys.modules
      else "sqlite3 only")
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


def test_list_loads_no_sqlalchemy_once_the_demo_is_seeded(tmp_path: Path) -> None:
    *first, loaded = run(tmp_path, "list")
    assert loaded == "orm"  # the first start writes the demo walk
    *lines, loaded = run(tmp_path, "list")
    assert loaded == "sqlite3 only"
    assert lines == first and lines[0].startswith("1\tLouvre")


def test_show_reads_a_whole_walk_and_its_people_without_sqlalchemy(tmp_path: Path) -> None:
    run(tmp_path, "list")
    *_, loaded = run(tmp_path, "set", "Louvre", "title=Seine at dusk")
    assert loaded == "orm"
    *lines, loaded = run(tmp_path, "show", "dusk", "--json")
    assert loaded == "sqlite3 only"
    shown = "\n".join(lines)
    assert '"title": "Seine at dusk"' in shown and '"participants"' in shown


def test_a_walk_is_found_by_any_case_of_its_title(tmp_path: Path) -> None:
    """The title search casefolds in Python: SQLite's own lower() would miss "Î" and "É".
    (tests/store/test_round_trip.py writes every field through the ORM and reads it back.)"""
    from tests.full_walk import as_new, full_walk
    from walkplanner.store import open_store

    store = open_store(tmp_path)
    try:
        walk = as_new(full_walk())
        saved = store.repository.add(walk)
        assert store.repository.get(saved.id) == saved
        assert store.reads.find(saved.title.upper()) == saved
        summary = next(s for s in store.reads.summaries() if s.id == saved.id)
        assert (summary.title, summary.date, summary.stop_count) == (
            walk.title,
            walk.date,
            len(walk.stops),
        )
    finally:
        store.close()
