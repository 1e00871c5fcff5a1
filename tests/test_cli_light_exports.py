"""Commands that only read load no ORM: `export` (every kind) and `check` read the walk, its
participants and the settings through the store's light reads, as `show` does (issue 18).
A fresh interpreter says whether it loaded sqlalchemy.orm."""

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
print("orm" if "sqlalchemy.orm" in sys.modules else "no orm")
sys.exit(code)
"""


def run(data_dir: Path, *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "WALKPLANNER_DATA_DIR": str(data_dir)},
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return result.stdout.strip().splitlines()


@pytest.fixture
def signed_up(tmp_path: Path) -> Path:
    """A data folder whose demo walk has seven people going (written through the ORM)."""
    data = tmp_path / "data"
    source = tmp_path / "signups.csv"
    source.write_text("Name,Status\n" + "".join(f"P{i},yes\n" for i in range(7)), "utf-8")
    *_, loaded = run(data, "participants", "louvre", "--import", str(source))
    assert loaded == "orm"
    return data


def test_a_handout_export_reads_people_and_settings_without_the_orm(
    signed_up: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "h.pdf"
    args = ("--offline", "export", "handout", "louvre", "--out", str(out), "--parts", "overview")
    written, loaded = run(signed_up, *args)
    assert (written, loaded) == (str(out), "no orm")
    text = " ".join(PdfReader(out).pages[0].extract_text().replace("\t", " ").split())
    assert "signed up: 7" in text


@pytest.mark.parametrize("kind", ["card", "page"])
def test_card_and_page_exports_load_no_orm(signed_up: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / ("card.png" if kind == "card" else "page")
    *_, loaded = run(signed_up, "--offline", "export", kind, "louvre", "--out", str(out))
    assert loaded == "no orm"
    assert out.exists()


def test_check_loads_no_orm(signed_up: Path) -> None:
    *lines, loaded = run(signed_up, "check", "louvre")
    assert loaded == "no orm" and lines
