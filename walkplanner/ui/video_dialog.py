"""Export story video…: choose size, theme, language and length, watch the preview play,
save the MP4 with a progress bar and Cancel.

The frames are planned off the GUI thread (tiles may have to be fetched); the preview then
draws a frame every tick (a few milliseconds each). Encoding runs in the thread pool and
reports progress by signal; Cancel, or closing the dialog, stops it and leaves no file.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.core.wording import file_stem
from walkplanner.i18n import translated
from walkplanner.placeholders import filled
from walkplanner.render import fonts
from walkplanner.render.static_map import TileSource
from walkplanner.render.video import Cancelled, export_video
from walkplanner.render.video_frames import (
    FPS,
    SECONDS_RANGE,
    VIDEO_SIZES,
    StoryFrames,
    VideoOptions,
)
from walkplanner.ui.choice_boxes import language_box, preview_label, theme_box
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.plain import plain_label, warn
from walkplanner.ui.tasks import run_task

PREVIEW_DELAY_MS = 200
PREVIEW_STEP = 2  # the preview shows every other frame (15 per second)


class _Progress(QObject):
    """Carries the encoder's progress from its thread to the dialog's."""

    advanced = Signal(int, int)


class VideoDialog(QDialog):
    def __init__(
        self,
        walk: Walk,
        people: Sequence[Participant],
        tiles: TileSource | None,
        attribution: str,
        memory: DialogMemory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export story video"))
        fonts.register()  # in this thread, before any task paints text
        self._walk = replace(walk)
        self._people = tuple(people)
        self._tiles = tiles
        self._attribution = attribution
        self._memory = memory
        self._generation = 0
        self._frames: StoryFrames | None = None
        self._index = 0
        self._stop = threading.Event()
        self._encoding = False

        self.size_box = QComboBox()
        size_names = {
            "story": self.tr("Story 1080 × 1920 (TikTok, Reels, Stories)"),
            "square": self.tr("Square 1080 × 1080 (feeds)"),
        }
        for key in VIDEO_SIZES:
            self.size_box.addItem(size_names[key], key)
        memory.restore("video/size", self.size_box)
        self.theme_box = theme_box(memory, "video/theme")
        self.lang_box = language_box(memory, "video/lang")
        self.seconds_box = QSpinBox()
        self.seconds_box.setRange(*(round(limit) for limit in SECONDS_RANGE))
        self.seconds_box.setValue(15)
        self.seconds_box.setSuffix(self.tr(" s"))
        self.status = plain_label(QLabel())
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.preview = preview_label(self.tr("Video preview"), 300, 480)

        form = QFormLayout()
        form.addRow(self.tr("&Size"), self.size_box)
        form.addRow(self.tr("&Theme"), self.theme_box)
        form.addRow(self.tr("&Language"), self.lang_box)
        form.addRow(self.tr("L&ength"), self.seconds_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save video…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setVisible(False)  # after addButton, which shows it
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.status)
        side.addWidget(self.progress)
        side.addStretch(1)
        side.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.preview, 1)

        # No parent: the encoder's thread may still report a frame after the dialog is gone.
        self._relay = _Progress()
        self._relay.advanced.connect(self._advanced)
        self._player = QTimer(self, interval=round(1000 * PREVIEW_STEP / FPS))
        self._player.timeout.connect(self._play)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.prepare)
        for box in (self.size_box, self.theme_box, self.lang_box):
            box.currentIndexChanged.connect(self._timer.start)
        self.seconds_box.valueChanged.connect(self._timer.start)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._stop.set)
        self.resize(900, 720)
        self.prepare()

    def options(self) -> VideoOptions:
        return VideoOptions(
            self.size_box.currentData(),
            self.theme_box.currentData(),
            self.lang_box.currentData(),
            float(self.seconds_box.value()),
        )

    def prepare(self) -> None:
        """Plan the frames for the preview, off the GUI thread; the newest plan wins."""
        self._player.stop()
        self._generation += 1
        generation, options = self._generation, self.options()
        self.status.setText(self.tr("Preparing the preview…"))
        walk, people, tiles, credit = self._walk, self._people, self._tiles, self._attribution
        run_task(
            lambda: StoryFrames(walk, options, tiles, credit, people),
            lambda frames: self._prepared(generation, frames),
            self._failed,
            self,
        )

    def _prepared(self, generation: int, frames: StoryFrames) -> None:
        if generation != self._generation:
            return  # an older plan finishing late
        self._frames, self._index = frames, 0
        if not self._encoding:
            size = self.tr("%1 × %2 pixels, %3 s")
            seconds = round(frames.options.seconds)
            self.status.setText(filled(size, frames.width, frames.height, seconds))
        self._play()
        self._player.start()

    def _failed(self, error: Exception) -> None:
        self.status.setText(filled(self.tr("The video could not be drawn: %1"), translated(error)))

    def _play(self) -> None:
        """Show the next frame, scaled to the preview; from the start again at the end."""
        if self._frames is None or not self.isVisible():
            return
        image = self._frames.frame(self._index).scaled(
            self.preview.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        self.preview.setPixmap(QPixmap.fromImage(image))
        self._index = (self._index + PREVIEW_STEP) % self._frames.count

    def save(self) -> None:
        slug = file_stem(self._walk.title)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save story video"),
            self._memory.start_path("video", f"{slug}-{self.size_box.currentData()}.mp4"),
            self.tr("MP4 video (*.mp4)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".mp4":
            path = path.with_name(path.name + ".mp4")
        self._memory.remember_folder("video", path)
        self._stop.clear()
        self._set_encoding(True)
        self.status.setText(self.tr("Making the video…"))
        walk, people, tiles, credit = self._walk, self._people, self._tiles, self._attribution
        options, stop, relay = self.options(), self._stop, self._relay
        run_task(
            lambda: export_video(
                walk,
                options,
                tiles,
                credit,
                path,
                people,
                progress=relay.advanced.emit,
                cancelled=stop.is_set,
            ),
            self._saved,
            self._not_saved,
            self,
        )

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _saved(self, path: Path) -> None:
        self._set_encoding(False)
        self.status.setText(filled(self.tr("Saved %1"), path))

    def _not_saved(self, error: Exception) -> None:
        self._set_encoding(False)
        if isinstance(error, Cancelled):
            self.status.setText(translated(error))
            return
        self.status.setText("")
        warn(self, self.windowTitle(), translated(error))

    def _set_encoding(self, encoding: bool) -> None:
        self._encoding = encoding
        self.progress.setVisible(encoding)
        self.progress.setValue(0)
        self.cancel_button.setVisible(encoding)
        self.save_button.setEnabled(not encoding)
        for box in (self.size_box, self.theme_box, self.lang_box, self.seconds_box):
            box.setEnabled(not encoding)

    def done(self, result: int) -> None:
        """Closing stops an export under way (its file is then not written)."""
        self._stop.set()
        self._player.stop()
        super().done(result)
