"""The command line's sentences are catalogue entries: plural in English, and in French
with its own agreement and typography when read in that language."""

from __future__ import annotations

from pathlib import Path

import pytest

from walkplanner.catalogue import spoken
from walkplanner.cli import main
from walkplanner.cli_output import participant_counts
from walkplanner.core.crowd import Participant, Status


def people(going: int, waiting: int = 0, cancelled: int = 0) -> list[Participant]:
    counts = {Status.GOING: going, Status.WAITLIST: waiting, Status.CANCELLED: cancelled}
    return [Participant(f"{s.value} {i}", status=s) for s, n in counts.items() for i in range(n)]


def test_participant_counts_are_plural_in_english() -> None:
    assert str(participant_counts(people(1))) == "1 participant: 1 going, 0 waiting, 0 cancelled"
    assert (
        str(participant_counts(people(2, 1))) == "3 participants: 2 going, 1 waiting, 0 cancelled"
    )
    assert str(participant_counts([])) == "0 participants: 0 going, 0 waiting, 0 cancelled"


def test_participant_counts_read_in_french() -> None:
    assert (
        spoken("fr", participant_counts(people(2, 1)))
        == "3 participants\u00a0: 2 inscrits, 1 en attente, 0 annulé"
    )
    assert (
        spoken("fr", participant_counts(people(0, 0, 1)))
        == "1 participant\u00a0: 0 inscrit, 0 en attente, 1 annulé"
    )
    assert spoken("fr", participant_counts(people(1200, 0, 2))).startswith(
        "1\u202f202 participants\u00a0: 1\u202f200 inscrits, 0 en attente, 2 annulés"
    )


def test_importing_one_participant_says_participant(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "one.csv"
    source.write_text("Name,Status\nChloé,yes\n", encoding="utf-8")
    assert main(["participants", "louvre", "--import", str(source)]) == 0
    assert capsys.readouterr().out == "1 participant: 1 going, 0 waiting, 0 cancelled\n"
