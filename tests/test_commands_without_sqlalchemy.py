"""Commands load no SQLAlchemy once the store is at the current schema: its import alone is
the whole 0.3 s budget of `list`, and more than every write of a 100,000-point import
together (issue 18). `list`, `show`, `check` and every `export` read with sqlite3; `import`,
`set` and `participants --import` write with it. Only a migration loads SQLAlchemy and
alembic: the first start creates the schema. A fresh interpreter says which of its modules
it loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

WRAPPER = """
import sys
from walkplanner.cli import main
code = main(sys.argv[1:])
print("sqlalchemy" if "sqlalchemy" in sys.modules else "sqlite3 only")
sys.exit(code)
"""


def run(data_dir: Path, *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "WALKPLANNER_DATA_DIR": str(data_dir)},
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr  # `check` says 1 for a problem
    return result.stdout.strip().splitlines()


def test_list_loads_no_sqlalchemy_once_the_demo_is_seeded(tmp_path: Path) -> None:
    *first, loaded = run(tmp_path, "list")
    assert loaded == "sqlalchemy"  # the first start creates the schema through alembic
    *lines, loaded = run(tmp_path, "list")
    assert loaded == "sqlite3 only"
    assert lines == first and lines[0].startswith("1\tLouvre")


def test_show_reads_a_whole_walk_and_its_people_without_sqlalchemy(tmp_path: Path) -> None:
    run(tmp_path, "list")
    *_, loaded = run(tmp_path, "set", "Louvre", "title=Seine at dusk")
    assert loaded == "sqlite3 only"
    *lines, loaded = run(tmp_path, "show", "dusk", "--json")
    assert loaded == "sqlite3 only"
    shown = "\n".join(lines)
    assert '"title": "Seine at dusk"' in shown and '"participants"' in shown


def test_an_import_writes_a_walk_without_sqlalchemy(tmp_path: Path) -> None:
    track = tmp_path / "seine.gpx"
    track.write_text(
        '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Quays</name>'
        '<trkseg><trkpt lat="48.8606" lon="2.3376"/><trkpt lat="48.8584" lon="2.3443"/>'
        "</trkseg></trk></gpx>",
        "utf-8",
    )
    run(tmp_path, "list")
    *_, loaded = run(tmp_path, "import", str(track))
    assert loaded == "sqlite3 only"
    *lines, _ = run(tmp_path, "list")
    assert any(line.split("\t")[1] == "Quays" for line in lines)


def test_a_walk_is_found_by_any_case_of_its_title(tmp_path: Path) -> None:
    """The title search casefolds in Python: SQLite's own lower() would miss "Î" and "É".
    (tests/store/test_round_trip.py writes every field and reads it back.)"""
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


@pytest.fixture
def signed_up(tmp_path: Path) -> Path:
    """A data folder whose demo walk has seven people going."""
    data = tmp_path / "data"
    source = tmp_path / "signups.csv"
    source.write_text("Name,Status\n" + "".join(f"P{i},yes\n" for i in range(7)), "utf-8")
    run(data, "list")
    *_, loaded = run(data, "participants", "louvre", "--import", str(source))
    assert loaded == "sqlite3 only"
    return data


def test_a_handout_export_reads_people_and_settings_without_sqlalchemy(
    signed_up: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "h.pdf"
    args = ("--offline", "export", "handout", "louvre", "--out", str(out), "--parts", "overview")
    written, loaded = run(signed_up, *args)
    assert (written, loaded) == (str(out), "sqlite3 only")
    text = " ".join(PdfReader(out).pages[0].extract_text().replace("\t", " ").split())
    assert "signed up: 7" in text


@pytest.mark.parametrize("kind", ["card", "page"])
def test_card_and_page_exports_load_no_sqlalchemy(
    signed_up: Path, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / ("card.png" if kind == "card" else "page")
    *_, loaded = run(signed_up, "--offline", "export", kind, "louvre", "--out", str(out))
    assert loaded == "sqlite3 only"
    assert out.exists()


def test_check_loads_no_sqlalchemy(signed_up: Path) -> None:
    *lines, loaded = run(signed_up, "check", "louvre")
    assert loaded == "sqlite3 only" and lines
