"""Export story video… in the app: the preview plays, the options change it, saving shows
progress and writes the MP4, Cancel leaves nothing."""

from __future__ import annotations

import logging
from pathlib import Path

import av
from PySide6.QtWidgets import QFileDialog

from walkplanner.ui.actions import ActionId
from walkplanner.ui.video_dialog import VideoDialog


def open_dialog(harness, qtbot) -> VideoDialog:
    window = harness.open().window
    window.action(ActionId.EXPORT_VIDEO).trigger()
    dialog = window.findChild(VideoDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog._frames is not None, timeout=10_000)
    return dialog


def test_preview_plays_and_follows_the_options(harness, qtbot) -> None:
    dialog = open_dialog(harness, qtbot)
    assert not dialog.cancel_button.isVisible()  # only while saving
    first = dialog._index
    qtbot.waitUntil(lambda: dialog._index > first + 4, timeout=5_000)  # it plays
    assert not dialog.preview.pixmap().isNull()
    assert dialog._frames.height == 1920
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("square"))
    qtbot.waitUntil(lambda: dialog._frames.height == 1080, timeout=10_000)
    dialog.seconds_box.setValue(12)
    qtbot.waitUntil(lambda: dialog._frames.count == 360, timeout=10_000)
    dialog.close()


def test_save_shows_progress_and_cancel_writes_nothing(
    harness, qtbot, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_dialog(harness, qtbot)
    dialog.seconds_box.setValue(12)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "walk"  # the .mp4 ending is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save()
    assert dialog.cancel_button.isVisible() and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() > 10, timeout=10_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "nothing was written" in dialog.status.text(), timeout=10_000)
    assert list(folder.iterdir()) == []
    assert dialog.save_button.isEnabled() and not dialog.cancel_button.isVisible()
    dialog.save()
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=60_000)
    with av.open(str(folder / "walk.mp4")) as container:
        stream = container.streams.video[0]
        assert abs(float(stream.duration * stream.time_base) - 12.0) <= 0.1
    dialog.close()


def test_closing_while_saving_cancels_and_writes_nothing(
    harness, qtbot, tmp_path: Path, monkeypatch, caplog
) -> None:
    dialog = open_dialog(harness, qtbot)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "walk.mp4"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.progress.value() > 5, timeout=10_000)
    dialog.close()
    assert harness.session.tasks.wait_for_done(30_000)
    qtbot.wait(50)  # the task's last signals
    assert list(folder.iterdir()) == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
