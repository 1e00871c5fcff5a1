"""The window against a clumsy or hostile organiser: whatever is typed or pasted into the
form and the tables, the walk keeps only what it may store, so a later save is never
refused because of it (a refused save keeps every edit after it unsaved too)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import Harness
from walkplanner.core.validation import MAX_HEADCOUNT, MAX_LINE_CHARS, MAX_TEXT_CHARS
from walkplanner.ui.people_model import NAME as PERSON_NAME
from walkplanner.ui.people_model import NOTE as PERSON_NOTE
from walkplanner.ui.stop_table import NAME as STOP_NAME
from walkplanner.ui.stop_table import NOTE as STOP_NOTE


@pytest.fixture
def harness(qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    """The window; a question on closing (a save refused) is answered Discard, not waited on."""
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    h = Harness(qtbot, data_dir)
    yield h
    h.close()


def saves(harness: Harness) -> bool:
    """The walk as it is now can be stored, and is."""
    assert harness.session is not None
    return harness.session.window.autosaver.save_now()


@pytest.mark.parametrize("year", [9999, 1800])
def test_a_date_the_store_cannot_keep_cannot_be_picked(harness: Harness, year: int) -> None:
    window = harness.open().window
    window.details.date.setDate(QDate(year, 6, 1))
    assert 1900 <= window.document.walk.date.year <= 2200
    assert saves(harness)


@pytest.mark.parametrize(
    ("field", "named"),
    [
        ("description", "The description"),
        ("meeting_note", "The note on how to find the group"),
        ("accessibility", "The accessibility notes"),
    ],
)
def test_a_paste_too_long_for_a_walk_is_refused_under_the_form(
    harness: Harness, field: str, named: str
) -> None:
    window = harness.open().window
    form, before = window.details, window.document.walk
    getattr(form, field).setPlainText("x" * (MAX_TEXT_CHARS + 1))
    assert window.document.walk == before
    assert form.message.isVisible() and named in form.message.text()
    form.title.setText("Still saved")
    form.title.textEdited.emit("Still saved")
    assert saves(harness) and window.document.walk.title == "Still saved"
    getattr(form, field).setPlainText("Fine")
    assert not form.message.isVisible()


def test_control_characters_pasted_into_the_form_never_reach_the_walk(harness: Harness) -> None:
    window = harness.open().window
    form = window.details
    form.title.setText("")
    form.title.insert("Louvre\x00 walk\nagain\x1b[31m \u05e9\u05dc\u05d5\u05dd 🚶")
    form.description.setPlainText("line one\x00\nline\x07 two")
    walk = window.document.walk
    assert walk.title == "Louvre walk again[31m \u05e9\u05dc\u05d5\u05dd 🚶"
    assert walk.description == "line one\nline two"
    assert saves(harness)


def test_a_page_pasted_into_a_stop_or_a_person_cell_is_cut_to_what_a_walk_keeps(
    harness: Harness,
) -> None:
    window = harness.open().window
    stops, people = window.stops.model, window.people.model
    assert stops.setData(stops.index(0, STOP_NAME), "S\x00" * 2_000)
    assert stops.setData(stops.index(0, STOP_NOTE), "n\x00" * 60_000)
    window.people.add_person()
    assert people.setData(people.index(0, PERSON_NAME), "P\x00" * 5_000)
    assert people.setData(people.index(0, PERSON_NOTE), "note " * 30_000)
    stop, person = window.document.walk.stops[0], window.document.participants[0]
    assert stop.name == "S" * MAX_LINE_CHARS and stop.note == "n" * 60_000
    assert person.name == "P" * MAX_LINE_CHARS
    assert len(person.note) == MAX_TEXT_CHARS - 1  # cut, then its last space trimmed
    assert saves(harness)


def test_one_click_up_from_an_unknown_slowest_pace_is_a_pace_a_walk_keeps(
    harness: Harness,
) -> None:
    window = harness.open().window
    people = window.people
    people.split_groups.setChecked(True)
    assert window.document.walk.slowest_kmh is None
    assert people.slowest.text() == "not known"
    people.slowest.stepUp()
    assert window.document.walk.slowest_kmh == 0.5
    assert saves(harness)
    people.slowest.stepDown()
    assert window.document.walk.slowest_kmh is None and people.slowest.text() == "not known"
    assert saves(harness)


def test_a_list_at_the_most_people_takes_no_more_and_says_so(harness: Harness, tmp_path) -> None:
    window = harness.open().window
    csv = tmp_path / "crowd.csv"
    csv.write_text("name\n" + "".join(f"Walker {n}\n" for n in range(MAX_HEADCOUNT)))
    window.people.import_csv(csv)
    assert len(window.document.participants) == MAX_HEADCOUNT
    refused: list[str] = []
    window.document.refused.connect(refused.append)
    window.people.add_person()
    assert len(window.document.participants) == MAX_HEADCOUNT
    assert refused == ["A walk lists at most 10000 people: remove one before adding another."]
    assert "10000 people" in window.statusBar().currentMessage()
