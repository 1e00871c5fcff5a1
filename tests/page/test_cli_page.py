"""`walkplanner export page`: a whole folder, or exit 2 with one line and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from walkplanner.cli import main


def test_export_page_writes_the_folder(
    qapp, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # qapp: the export reuses the tests' QApplication instead of making a QGuiApplication,
    # which would keep the UI tests that run later in the same process from starting.
    out = tmp_path / "site"
    url = "https://walks.example.org/louvre/"
    argv = ["--offline", "export", "page", "louvre", "--out", str(out), "--lang", "fr"]
    assert main([*argv, "--url", url]) == 0
    printed = capsys.readouterr()
    assert printed.out.strip() == str(out / "index.html")
    assert "still straight lines" in printed.err  # what to check before sharing, as for cards
    names = {p.name for p in out.iterdir()}
    assert {"index.html", "walk.ics", "route.gpx", "card.jpg", "qr.svg", "leaflet"} <= names
    assert (out / "card.jpg").read_bytes()[:3] == b"\xff\xd8\xff"
    assert '<html lang="fr">' in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--url", "javascript:alert(1)"], "not a web address"),
        (["--url", "https://example.org/\x07"], "not a web address"),
    ],
)
def test_bad_values_are_exit_2_and_nothing_written(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "site"
    assert main(["--offline", "export", "page", "louvre", "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == [data_dir]


def test_a_folder_with_other_files_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "photos"
    out.mkdir()
    (out / "holiday.jpg").write_bytes(b"x")
    assert main(["--offline", "export", "page", "louvre", "--out", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["holiday.jpg"]


def test_an_unknown_language_is_exit_2(data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "page", "louvre", "--out", str(tmp_path / "x"), "--lang", "de"])
    assert exit_info.value.code == 2
    assert not (tmp_path / "x").exists()
