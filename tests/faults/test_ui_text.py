"""Text from people and files is never Qt rich text: a walk titled, a stop or place named,
a file called with HTML in it reads literally in the window's tooltips, labels, menus,
title and message boxes, and no message box follows a link in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from tests.faults.conftest import assert_app_still_draws
from tests.ui.conftest import Harness
from walkplanner.core.model import Place
from walkplanner.ui import plain
from walkplanner.ui.operations import stops
from walkplanner.ui.operations.details import set_detail

HOSTILE = [
    "<b>x</b>",
    '<a href="https://evil.example/">Click me</a>',
    '<img src="file:///etc/passwd">',
    "<qt>Rich &amp; famous</qt>",
    "Tom & Jerry's <Café> [*]",
    "<!DOCTYPE html><h1>Title</h1>",
    "line one\nline two  with  spaces",
]


def shown(text: str) -> str:
    """What Qt shows for a tooltip or an auto-format label: rich text when it guesses so."""
    if QtGui.Qt.mightBeRichText(text):
        document = QtGui.QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


@pytest.fixture
def harness(qtbot: Any, data_dir: Path) -> Iterator[Harness]:
    h = Harness(qtbot, data_dir)
    yield h
    h.close()


@pytest.fixture
def boxes(
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[str, Qt.TextFormat, Qt.TextInteractionFlag]]:
    """Every message box shown: its text and format; each answers Cancel at once."""
    seen: list[tuple[str, Qt.TextFormat, Qt.TextInteractionFlag]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append((box.text(), box.textFormat(), box.textInteractionFlags()))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def assert_plain_box(box: tuple[str, Qt.TextFormat, Qt.TextInteractionFlag], text: str) -> None:
    shown_text, text_format, flags = box
    assert text in shown_text
    assert text_format == Qt.TextFormat.PlainText
    assert not flags & Qt.TextInteractionFlag.LinksAccessibleByMouse


@pytest.mark.parametrize("text", HOSTILE)
def test_the_helpers_show_text_as_typed(qtbot: Any, text: str) -> None:
    assert shown(plain.tooltip(text)) == text
    assert plain.tooltip("") == ""
    label = plain.plain_label(QLabel(text))
    assert label.textFormat() == Qt.TextFormat.PlainText and not label.openExternalLinks()
    menu = QMenu()
    action = menu.addAction(plain.menu_text(text))
    assert action.text().replace("&&", "&") == text
    assert plain.window_title(text).replace("[*][*]", "[*]") == text


def test_a_message_box_shows_html_as_text_and_follows_no_link(qtbot: Any, boxes) -> None:
    text = HOSTILE[1]
    plain.warn(None, "Walk Planner", text)
    answer = plain.ask(None, "Walk Planner", text)
    assert answer == QMessageBox.StandardButton.Cancel
    assert len(boxes) == 2
    for box in boxes:
        assert_plain_box(box, text)


def test_titles_and_names_read_literally_in_the_window(harness: Harness, qtbot: Any) -> None:
    session = harness.open()
    window = session.window
    title, stop_name, note = HOSTILE[1], HOSTILE[0], HOSTILE[2]
    document = window.document
    stops.edit_stop(document, 1, note=note)
    harness.after_drawn(lambda: stops.edit_stop(document, 0, name=stop_name, note=""))
    set_detail(document, "title", title)

    assert title in window.windowTitle()
    model = window.stops.model
    name_tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert shown(name_tip) == stop_name
    note_tip = model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert shown(note_tip) == note

    session.store.places.save(Place(HOSTILE[4], 48.86, 2.34))
    window.places.show_saved()
    item = window.places.results.item(0)
    assert shown(item.toolTip()).startswith(HOSTILE[4] + "\n")

    assert window.autosaver.save_now()
    window.walks.refresh()
    tips = [
        shown(window.library.list.item(row).toolTip()) for row in range(window.library.list.count())
    ]
    assert title in tips

    for label in window.findChildren(QLabel):
        if "<" in label.text() and label.isVisible():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    harness.close()
    assert_app_still_draws(harness.data_dir)  # the saved title draws at the next start


def test_a_rejected_link_in_the_details_is_shown_as_typed(harness: Harness) -> None:
    window = harness.open().window
    hostile = '<a href="https://evil.example/">x</a>'
    window.details.link.textEdited.emit(hostile)
    message = window.details.message
    assert hostile in message.text()
    assert message.textFormat() == Qt.TextFormat.PlainText


def test_a_map_pack_with_an_html_file_name_is_refused_in_plain_text(
    harness: Harness, tmp_path: Path, boxes
) -> None:
    window = harness.open().window
    bad = tmp_path / '<a href="https:evil">x<img src=y>.mbtiles'
    bad.write_bytes(b"not a database")
    before = window.basemaps.current
    window.basemaps.use_pack(bad)
    assert window.basemaps.current == before
    (box,) = boxes
    assert_plain_box(box, bad.name)


def test_a_failed_import_names_the_file_in_plain_text(
    harness: Harness, tmp_path: Path, boxes, qtbot: Any
) -> None:
    window = harness.open().window
    before = window.document.walk
    bad = tmp_path / "<b>walk & <i>more <a href='https:evil'>.gpx"
    bad.write_text("<gpx><trk><trkseg><trkpt lat='NaN' lon='x'/></trkseg></trk></gpx>")
    window.files.import_file(bad)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    ((_text, text_format, flags),) = boxes
    assert text_format == Qt.TextFormat.PlainText
    assert not flags & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert window.document.walk == before


def test_the_recent_files_menu_shows_names_as_typed(harness: Harness, tmp_path: Path) -> None:
    from walkplanner.ui.file_actions import RECENT_KEY, FileActions

    session = harness.open()
    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    odd = tmp_path / "Tom & <b>Jerry <a href='https:x'>.gpx"
    odd.write_text("")
    state.setValue(RECENT_KEY, [str(odd)])
    files = FileActions(session.store.repository, state, session.window)
    recent = QMenu()
    files.fill_recent_menu(recent)
    (action,) = recent.actions()
    assert action.text().replace("&&", "&") == odd.name
    assert shown(action.toolTip()) == str(odd)
