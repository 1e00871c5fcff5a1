"""File > Import… in the app, and files dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.exchange.test_exchange import BILLION_LAUGHS, GPX11_WAYPOINTS


def test_a_dropped_gpx_becomes_the_current_walk(harness, qtbot, tmp_path: Path) -> None:
    window = harness.open().window
    path = tmp_path / "canal.gpx"
    path.write_text(GPX11_WAYPOINTS, encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document.walk.stops[-1].name == "Bistro", timeout=10_000)
    assert window.library.visible_count() == 2
    assert window.files.recent() == [path]
    exported = window.files.export_file(window.document.walk, "gpx", tmp_path / "back.gpx")
    assert exported is not None and "Bistro" in exported.read_text(encoding="utf-8")


def test_a_hostile_file_changes_nothing(harness, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = harness.open().window
    before = window.document.walk.id
    path = tmp_path / "bad.gpx"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    window.files.import_file(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "DTD" in shown[0]
    assert window.document.walk.id == before
    assert window.library.visible_count() == 1
