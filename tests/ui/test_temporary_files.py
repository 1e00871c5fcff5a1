"""Print preview and Add to calendar leave no temporary folder behind."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from walkplanner.core.demo import demo_walk
from walkplanner.ui.file_actions import FileActions


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder every `tempfile` call of this test writes into, to see what stays."""
    root = tmp_path / "temp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def test_print_preview_removes_its_scratch_file(harness, qtbot, temp_root, monkeypatch) -> None:
    from tests.ui.test_handout_dialog import open_dialog

    previews: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda preview: previews.append(preview))
    dialog = open_dialog(harness)
    dialog.print_preview()
    qtbot.waitUntil(lambda: bool(previews), timeout=20_000)
    assert list(temp_root.iterdir()) == []
    dialog.close()


def test_the_calendar_file_lives_as_long_as_the_window(qtbot, temp_root, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(QUrl(url).toLocalFile()))
    )
    window = QWidget()
    state = QSettings(str(temp_root.parent / "state.ini"), QSettings.Format.IniFormat)
    files = FileActions(None, state, window)  # type: ignore[arg-type]  # no store needed
    walk = demo_walk()
    files.add_to_calendar(walk)
    files.add_to_calendar(walk)  # the same file again, replaced: not a second folder
    assert len(opened) == 2 and opened[0] == opened[1]
    assert "BEGIN:VCALENDAR" in opened[0].read_text(encoding="utf-8")  # still there to read
    assert [p.parent for p in temp_root.rglob("*.ics")] == [opened[0].parent]
    shiboken6.delete(window)  # the window closes: its session's folder goes with it
    assert list(temp_root.iterdir()) == []
