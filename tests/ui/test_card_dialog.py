"""Export invite card… in the app: preview follows the options; save and copy work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog

from tests.render.conftest import qr_texts
from walkplanner.ui.actions import ActionId
from walkplanner.ui.card_dialog import CardDialog


def open_dialog(harness, qtbot) -> CardDialog:
    window = harness.open().window
    window.action(ActionId.EXPORT_CARD).trigger()
    dialog = window.findChild(CardDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.image is not None, timeout=10_000)
    return dialog


def test_preview_follows_size_theme_and_link(harness, qtbot) -> None:
    dialog = open_dialog(harness, qtbot)
    assert (dialog.image.width(), dialog.image.height()) == (1080, 1350)
    dialog.size_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.image.height() == 1920, timeout=10_000)
    dialog.link_edit.setText("https://chat.example.org/join")
    qtbot.waitUntil(
        lambda: qr_texts(dialog.image) == ["https://chat.example.org/join"], timeout=10_000
    )
    dialog.link_edit.setText("not a link")
    qtbot.waitUntil(lambda: "not a web address" in dialog.status.text(), timeout=5_000)
    assert not dialog.save_button.isEnabled()
    dialog.close()


def test_save_and_copy(harness, qtbot, tmp_path: Path, monkeypatch) -> None:
    dialog = open_dialog(harness, qtbot)
    target = tmp_path / "invite.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save()
    saved = QImage(str(target))
    assert (saved.width(), saved.height()) == (1080, 1350)
    assert "Saved" in dialog.status.text()
    dialog.copy()
    assert QGuiApplication.clipboard().image().size() == saved.size()
    dialog.close()
