"""Export invite card…: choose size, theme, language and link, see the card, save or copy it.

The card is rendered off the GUI thread (tiles may have to be fetched); the preview
follows every change after a short pause, and the newest render wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.core.validation import check_link
from walkplanner.core.wording import file_stem
from walkplanner.i18n import translated
from walkplanner.placeholders import filled
from walkplanner.render import fonts
from walkplanner.render.card import SIZES, CardOptions, render_card
from walkplanner.render.output import save_image
from walkplanner.render.static_map import TileSource
from walkplanner.ui.choice_boxes import language_box, preview_label, theme_box
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.findings_view import FindingsLabel
from walkplanner.ui.plain import plain_label, warn
from walkplanner.ui.tasks import run_task

PREVIEW_DELAY_MS = 150


class CardDialog(QDialog):
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
        self.setWindowTitle(self.tr("Export invite card"))
        fonts.register()  # in this thread, before any render task paints text
        self._walk = replace(walk)
        self._people = tuple(people)
        self._tiles = tiles
        self._attribution = attribution
        self._memory = memory
        self._generation = 0
        self.image: QImage | None = None

        self.size_box = QComboBox()
        size_names = {
            "story": self.tr("Story 1080 × 1920 (Instagram, TikTok)"),
            "post": self.tr("Post 1080 × 1350"),
            "square": self.tr("Square 1080 × 1080 (WhatsApp)"),
            "a6": self.tr("Print A6 at 300 dpi"),
        }
        for key in SIZES:
            self.size_box.addItem(size_names[key], key)
        self.size_box.setCurrentIndex(1)
        memory.restore("card/size", self.size_box)
        self.theme_box = theme_box(memory, "card/theme")
        self.lang_box = language_box(memory, "card/lang")
        self.link_edit = QLineEdit(walk.link)
        self.link_edit.setPlaceholderText(self.tr("empty: the meeting point on OpenStreetMap"))
        self.status = plain_label(QLabel())
        self.status.setWordWrap(True)
        self.preview = preview_label(self.tr("Card preview"), 360, 480)

        form = QFormLayout()
        form.addRow(self.tr("&Size"), self.size_box)
        form.addRow(self.tr("&Theme"), self.theme_box)
        form.addRow(self.tr("&Language"), self.lang_box)
        form.addRow(self.tr("QR &link"), self.link_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setShortcut(QKeySequence.StandardKey.Copy)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.status)
        side.addStretch(1)
        self.findings = FindingsLabel()
        self.findings.show_findings(walk, people)
        side.addWidget(self.findings)
        side.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.preview, 2)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render)
        for box in (self.size_box, self.theme_box, self.lang_box):
            box.currentIndexChanged.connect(self._timer.start)
        self.link_edit.textChanged.connect(self._timer.start)
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy)
        self.resize(1000, 720)
        self.render()

    def options(self) -> CardOptions | None:
        link = self.link_edit.text().strip()
        problem = check_link(link)
        if problem:
            self.status.setText(translated(problem))
            return None
        return CardOptions(
            self.size_box.currentData(),
            self.theme_box.currentData(),
            self.lang_box.currentData(),
            link or None,
        )

    def render(self) -> None:
        options = self.options()
        self._set_ready(False)
        if options is None:
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Drawing the card…"))
        walk, people, tiles, credit = self._walk, self._people, self._tiles, self._attribution
        run_task(
            lambda: render_card(walk, options, tiles, credit, people),
            lambda image: self._rendered(generation, image),
            self._failed,
            self,
        )

    def _rendered(self, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return  # an older render finishing late
        self.image = image
        self.status.setText(filled(self.tr("%1 × %2 pixels"), image.width(), image.height()))
        self._show_preview()
        self._set_ready(True)

    def _failed(self, error: Exception) -> None:
        self.status.setText(filled(self.tr("The card could not be drawn: %1"), translated(error)))

    def _show_preview(self) -> None:
        if self.image is not None:
            pixmap = QPixmap.fromImage(self.image).scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.preview.setPixmap(pixmap)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._show_preview()

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.copy_button.setEnabled(ready)

    def save(self) -> None:
        if self.image is None:
            return
        slug = file_stem(self._walk.title)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save invite card"),
            self._memory.start_path("card", f"{slug}-{self.size_box.currentData()}.png"),
            self.tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg)"),
        )
        if not name:
            return
        try:
            path = save_image(self.image, Path(name))
            self._memory.remember_folder("card", path)
        except OSError as error:
            warn(self, self.windowTitle(), translated(error))
            return
        self.status.setText(filled(self.tr("Saved %1"), path))

    def copy(self) -> None:
        if self.image is not None:
            QGuiApplication.clipboard().setImage(self.image)
            self.status.setText(self.tr("Copied: paste it into any app."))
