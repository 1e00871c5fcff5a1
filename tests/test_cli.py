"""The command-line contract other tools build on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from walkplanner.cli import main
from walkplanner.core.demo import DEMO_TITLE


def test_list_shows_the_demo_walk_on_first_start(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    walk_id, title, date, stops, km = lines[0].split("\t")
    assert title == DEMO_TITLE and stops == "5 stops" and km == "1.49 km"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) and walk_id.isdigit()


def test_show_json_has_the_contract_fields(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "show", "louvre", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == DEMO_TITLE
    assert data["start_time"] == "14:00"
    assert data["meeting_point"]["lat"] == pytest.approx(48.861, abs=1e-3)
    assert data["headcount"] == 60 and data["capacity"] is None and data["pace_kmh"] == 3.5
    assert data["distance_km"] == pytest.approx(1.49, abs=0.01)
    assert data["route_points"] == 5
    assert [s["arrival"] for s in data["stops"]] == ["14:00", "14:21", "14:34", "15:03", "15:16"]
    assert data["duration_min"] == 121 and data["end_time"] == "16:01"
    assert set(data["stops"][0]) >= {"name", "lat", "lon", "kind", "dwell_min", "arrival"}


def test_show_text_and_by_id(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["list"])
    walk_id = capsys.readouterr().out.split("\t")[0]
    assert main(["show", walk_id]) == 0
    out = capsys.readouterr().out
    assert DEMO_TITLE in out and "Pont des Arts" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "no such walk"], "no walk"),
        (["show", "999"], "no walk"),
        (["show", "9" * 30], "no walk"),  # beyond SQLite's 64-bit integers
        (["participants", "9" * 30, "--export", "out.csv"], "no walk"),
        (["set", "9" * 30, "title=x"], "no walk"),
    ],
)
def test_unknown_walk_is_exit_2_with_a_message(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err.lower()


def test_bad_option_is_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "--frobnicate"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def smoke(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        sys.executable,
        "-m",
        "walkplanner",
        "--data-dir",
        str(data_dir),
        "--offline",
        "--smoke-test",
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


def test_smoke_test_starts_the_gui_headless(data_dir: Path) -> None:
    result = smoke(data_dir)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"smoke ok: map ready in \d+ ms\n", result.stdout)
    assert (data_dir / "logs" / "walkplanner.log").exists()


def test_a_second_instance_on_the_same_data_is_refused(data_dir: Path) -> None:
    from PySide6.QtCore import QLockFile

    data_dir.mkdir(parents=True)
    lock = QLockFile(str(data_dir / "walkplanner.lock"))
    assert lock.tryLock(0)
    try:
        result = smoke(data_dir)
    finally:
        lock.unlock()
    assert result.returncode == 2  # an expected failure, as in the CLI
    assert "already running" in result.stderr


def test_a_damaged_database_is_reported_and_kept(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    damaged = data_dir / "walkplanner.sqlite"
    damaged.write_bytes(b"not a database" * 200)
    result = smoke(data_dir)
    assert result.returncode == 2
    assert "damaged" in result.stderr and "left untouched" in result.stderr
    assert damaged.read_bytes() == b"not a database" * 200
    assert main(["--data-dir", str(data_dir), "list"]) == 2


def test_groups_prints_the_plan(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["groups", "louvre", "--size", "15", "--stagger", "10"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "60 people in 4 groups of up to 15, leaving every 10 min"
    assert out[1].startswith("  A: 15 people, leaves 14:00") and out[4].startswith(
        "  D: 15 people, leaves 14:30"
    )
    with pytest.raises(SystemExit) as exit_info:
        main(["groups", "louvre", "--size", "0"])
    assert exit_info.value.code == 2
    assert main(["groups", "louvre", "--size", "12", "--stagger", "5"]) == 0
    assert capsys.readouterr().out.startswith(
        "60 people in 5 groups of up to 12, leaving every 5 min"
    )
    assert main(["groups", "louvre", "--off"]) == 0
    assert capsys.readouterr().out.strip() == "60 people walk as one group (splitting is off)"
    assert main(["show", "louvre", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["split_groups"], shown["group_size"], shown["stagger_min"]) == (False, 12, 5)
    assert shown["groups"] == []
    assert main(["groups", "louvre"]) == 0  # on again, with the walk's own size and stagger
    assert capsys.readouterr().out.startswith("60 people in 5 groups of up to 12")


def test_participants_csv_feed_show_and_groups(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = ["Nom;E-mail;Statut;Rôle", "Chloé;c@example.fr;oui;meneuse", "Ben;;liste d'attente;"]
    rows += [f"Walker {i};;oui;" for i in range(20)]
    source = tmp_path / "signups.csv"
    source.write_text("\ufeff" + "\n".join(rows), encoding="utf-8")
    assert main(["participants", "louvre", "--import", str(source)]) == 0
    assert capsys.readouterr().out.strip() == "22 participants: 21 going, 1 waiting, 0 cancelled"
    assert main(["show", "louvre", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["participants"]["going"] == 21
    assert (shown["headcount"], shown["expected"], shown["signed_up"]) == (60, 60, 21)
    assert (shown["waitlist"], shown["capacity"], shown["people_on_the_day"]) == (1, None, 60)
    assert main(["set", "louvre", "expected=20"]) == 0
    assert main(["show", "louvre", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert shown["people_on_the_day"] == 21  # more signed up than expected
    assert [g["size"] for g in shown["groups"]] == [11, 10] and shown["groups"][0]["leaders"] == [
        "Chloé"
    ]
    assert main(["groups", "louvre"]) == 0
    out = capsys.readouterr().out
    assert "21 people in 2 groups" in out and "Group B has no leader." in out
    exported = tmp_path / "back.csv"
    assert main(["participants", "louvre", "--export", str(exported)]) == 0
    assert (
        exported.read_text(encoding="utf-8-sig")
        .splitlines()[1]
        .startswith("Chloé,c@example.fr,going,leader")
    )


def test_an_import_warns_of_each_answer_it_did_not_understand(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "signups.csv"
    source.write_text("Nom;Statut\nAnn;oui\nBen;peut-être\nCal;?\n", encoding="utf-8")
    assert main(["participants", "louvre", "--import", str(source)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "3 participants: 1 going, 2 waiting, 0 cancelled",
        "warning: line 3: “peut-être” is not an answer this app understands, so Ben is on the "
        "waitlist; change it in the list if they are going.",
        "warning: line 4: “?” is not an answer this app understands, so Cal is on the "
        "waitlist; change it in the list if they are going.",
    ]


def test_exports_count_who_is_going(
    qapp, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # qapp: the export reuses the tests' QApplication instead of making a QGuiApplication,
    # which would stop the widget tests that run after this one in the same process.
    from pypdf import PdfReader

    source = tmp_path / "signups.csv"
    source.write_text(
        "Name,Status\n" + "".join(f"P{i},yes\n" for i in range(7)) + "Q,no\n", encoding="utf-8"
    )
    assert main(["participants", "louvre", "--import", str(source)]) == 0
    out = tmp_path / "h.pdf"
    assert (
        main(["--offline", "export", "handout", "louvre", "--out", str(out), "--parts", "overview"])
        == 0
    )
    text = " ".join(PdfReader(out).pages[0].extract_text().replace("\t", " ").split())
    assert "Expected: 60 · signed up: 7 · waiting list: 0 · on the day: 60" in text


def test_cli_choices_match_the_renderers() -> None:
    """The CLI lists them without importing Qt; they must not drift from the real ones."""
    from walkplanner.cli import CARD_SIZES, CARD_THEMES, HANDOUT_PARTS
    from walkplanner.render.card import SIZES
    from walkplanner.render.handout import PARTS
    from walkplanner.render.themes import THEMES

    assert (tuple(SIZES), tuple(THEMES), PARTS) == (CARD_SIZES, CARD_THEMES, HANDOUT_PARTS)


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    from walkplanner import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip().endswith(__version__)
