"""File > Export walk page… in the app: a folder, written in the background, then offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from walkplanner.ui import page_dialog
from walkplanner.ui.actions import ActionId
from walkplanner.ui.page_dialog import PageDialog


def test_export_walk_page_from_the_menu(harness, qtbot, tmp_path: Path, monkeypatch) -> None:
    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(page_dialog, "ask", answer)
    window = harness.open().window
    window.action(ActionId.EXPORT_PAGE).trigger()
    dialog = window.findChild(PageDialog)
    assert dialog is not None
    assert "straight lines" in dialog.findings.text()  # what to check before sharing
    busy = tmp_path / "busy"  # a folder with the organiser's own files in it
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    dialog.folder_edit.setText(str(busy))
    dialog.url_edit.setText("https://walks.example.org/louvre/")
    dialog.lang_box.setCurrentIndex(1)
    dialog.export()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    page = busy / "louvre-seine-quays-café-page"
    assert str(page) in asked[0]
    assert (busy / "notes.txt").read_text() == "mine"
    html = (page / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and (page / "card.jpg").stat().st_size > 10_000


def test_a_bad_address_is_refused_before_anything_is_written(
    harness, qtbot, tmp_path: Path, monkeypatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(page_dialog, "warn", lambda _p, _t, text: warned.append(text))
    window = harness.open().window
    window.action(ActionId.EXPORT_PAGE).trigger()
    dialog = window.findChild(PageDialog)
    dialog.folder_edit.setText(str(tmp_path / "site"))
    dialog.url_edit.setText("javascript:alert(1)")
    dialog.export()
    assert warned and "javascript:alert(1)" in warned[0]
    assert not (tmp_path / "site").exists()
    dialog.close()
