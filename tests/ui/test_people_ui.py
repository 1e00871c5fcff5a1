"""People in the app: sign-ups, the waiting list, undo, CSV, and what the summary warns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from walkplanner.core.crowd import Status
from walkplanner.ui import formatting
from walkplanner.ui.actions import ActionId
from walkplanner.ui.operations.details import set_detail


def test_waiting_list_promotion_undo_and_storage(harness, qtbot, tmp_path: Path) -> None:
    window = harness.open().window
    panel = window.people
    set_detail(window.document, "capacity", 2)
    for _ in range(3):
        panel.add_person()
    assert [p.status for p in window.document.participants] == [
        Status.GOING,
        Status.GOING,
        Status.WAITLIST,
    ]
    assert window.stats.text().endswith("60 people")  # signing up never lowers the expected 60
    panel.table.selectRow(0)
    panel.cancel_selected()
    assert [p.status for p in window.document.participants] == [
        Status.CANCELLED,
        Status.GOING,
        Status.GOING,
    ]
    window.action(ActionId.UNDO).trigger()
    assert window.document.participants[2].status == Status.WAITLIST
    assert window.autosaver.save_now()  # debounced like every edit; closing would save too
    store = harness.session.store.participants
    assert [p.status for p in store.participants(window.document.walk.id)] == [
        Status.GOING,
        Status.GOING,
        Status.WAITLIST,
    ]


def test_csv_import_and_the_groups_summary(harness, qtbot, tmp_path: Path) -> None:
    window = harness.open().window
    panel = window.people
    rows = ["Name;Role"] + ["Lea;leader"] + [f"Walker {i};" for i in range(40)]
    source = tmp_path / "signups.csv"
    source.write_text("\n".join(rows), encoding="utf-8")
    panel.import_csv(source)
    assert len(window.document.participants) == 41
    summary = panel.summary.text()
    assert "Expected: 60 · signed up: 41 · waiting list: 0 · on the day: 60" in summary
    assert f"A: 15 at {formatting.clock(dt.time(14, 0))}" in summary
    assert "Group B has no leader." in summary
    panel.stagger.setValue(20)
    assert (
        window.document.walk.stagger_min == 20
        and f"B: 15 at {formatting.clock(dt.time(14, 20))}" in panel.summary.text()
    )
    broken = tmp_path / "broken.csv"
    broken.write_text("Email\nx@y.z\n", encoding="utf-8")
    panel.import_csv(broken)
    assert "no column for names" in panel.summary.text() and len(window.document.participants) == 41


def test_answers_not_understood_are_told_beside_the_list_and_undo_with_it(
    harness, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = harness.open().window
    source = tmp_path / "form.csv"
    source.write_text("Name,RSVP\nAnn,yes\nBen,maybe\n<b>Cal</b>,??\n", encoding="utf-8")
    window.people.import_csv(source)
    statuses = [p.status for p in window.document.participants]
    assert statuses == [Status.GOING, Status.WAITLIST, Status.WAITLIST]
    box = window.people.findChild(QMessageBox, "unclear-answers")
    assert box.isVisible() and box.textFormat() == Qt.TextFormat.PlainText
    assert "2 answers in “form.csv” were not understood" in box.text()
    assert box.detailedText().splitlines()[1].startswith("line 4: “??” is not an answer")
    assert "<b>Cal</b> is on the waitlist" in box.detailedText()
    box.accept()
    window.document.undo_stack.undo()
    assert not window.document.participants


def test_cafe_seats_from_the_stop_list_warn_about_overlapping_groups(harness) -> None:
    from walkplanner.ui.stop_table import SEATS

    window = harness.open().window
    model = window.stops.model
    harness.after_drawn(lambda: model.setData(model.index(4, SEATS), 30))
    assert window.document.walk.stops[4].seats == 30
    assert model.index(4, SEATS).data() == "30"
    assert "Café Le Petit Pont: 60 people at once for 30 seats" in window.people.summary.text()
    harness.after_drawn(lambda: model.setData(model.index(4, SEATS), 0))
    assert window.document.walk.stops[4].seats is None


def test_splitting_is_the_organisers_choice_and_shows_in_a_group_column(harness) -> None:
    from walkplanner.ui.people_model import GROUP, NAME

    window = harness.open().window
    panel = window.people
    for _ in range(3):
        panel.add_person()
    model = panel.model
    assert model.headerData(GROUP, Qt.Orientation.Horizontal) == "Group"
    assert [model.index(row, GROUP).data() for row in range(3)] == ["A", "B", "C"]
    assert panel.table.columnWidth(NAME) >= 150
    panel.split_groups.setChecked(False)
    assert not window.document.walk.split_groups
    assert [model.index(row, GROUP).data() for row in range(3)] == ["", "", ""]
    assert "Walking as one group." in panel.summary.text()
    assert not panel.group_size.isEnabled()
    window.action(ActionId.UNDO).trigger()
    assert window.document.walk.split_groups and panel.split_groups.isChecked()
    assert model.index(0, GROUP).data() == "A"


def test_warnings_coming_and_going_never_move_the_buttons(harness, qtbot) -> None:
    from PySide6.QtWidgets import QDockWidget, QPushButton

    window = harness.open().window
    panel = window.people
    window.findChild(QDockWidget, "PeopleDock").raise_()
    qtbot.waitUntil(panel.isVisible)
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) == 6

    def from_bottom() -> list[int]:  # the dock may change height; the table absorbs that
        return [panel.height() - b.mapTo(panel, b.rect().topLeft()).y() for b in buttons]

    before = from_bottom()
    panel.split_groups.setChecked(False)
    panel.split_groups.setChecked(True)  # four groups: a departure line and warnings
    panel.add_person()
    qtbot.wait(50)
    assert len(panel.summary.text().splitlines()) >= 2
    assert from_bottom() == before


def test_a_huge_crowd_is_summed_up_not_listed_group_by_group(harness) -> None:
    """10,000 people in groups of 15 are 667 groups: the summary gives the first and last
    departures instead of a line nobody can read."""
    window = harness.open().window
    set_detail(window.document, "headcount", 10_000)
    summary = window.people.summary.text()
    first, last = formatting.clock(dt.time(14, 0)), "A: 15 at"
    assert f"667 groups: the first leaves at {first}, the last at " in summary
    assert last not in summary and len(summary) < 600
    set_detail(window.document, "headcount", 60)
    assert f"A: 15 at {first}" in window.people.summary.text()
