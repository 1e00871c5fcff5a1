"""Handouts…: choose the parts, the paper and the language; print with a preview or save a PDF.

Maps may need tiles from the network, so the handout is first drawn once in the
background (which fills the tile cache); the print preview then draws from the cache
alone and never blocks on the network.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.core.paper import default_paper
from walkplanner.core.wording import file_stem
from walkplanner.i18n import translated
from walkplanner.placeholders import filled
from walkplanner.render import fonts
from walkplanner.render.handout import PARTS, HandoutOptions, export_pdf, page_layout, paint_handout
from walkplanner.render.static_map import TileSource
from walkplanner.ui.choice_boxes import language_box
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.findings_view import FindingsLabel
from walkplanner.ui.plain import plain_label, warn
from walkplanner.ui.tasks import run_task


class HandoutDialog(QDialog):
    def __init__(
        self,
        walk: Walk,
        tiles: TileSource | None,
        cached_tiles: TileSource | None,
        attribution: str,
        memory: DialogMemory,
        parent: QWidget | None = None,
        people: list[Participant] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handouts"))
        fonts.register()
        self._walk = replace(walk)
        self._tiles = tiles
        self._cached_tiles = cached_tiles
        self._people = tuple(people or ())
        self._attribution = attribution
        self._memory = memory
        names = {
            "overview": self.tr("Overview: times, meeting point, maps, stops"),
            "signin": self.tr("Sign-in sheet with head counts"),
            "cards": self.tr("Pocket cards, four to a page"),
            "leader": self.tr("Walk leader sheet"),
        }
        self.part_boxes = {key: QCheckBox(names[key]) for key in PARTS}
        for box in self.part_boxes.values():
            box.setChecked(True)
        self.paper_box = QComboBox()
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem("US Letter", "letter")
        self.lang_box = language_box(memory, "handout/lang")
        # The paper follows the walk's country unless this walk was printed on another.
        memory.restore(f"handout/paper/{walk.id}", self.paper_box, default_paper(walk.timezone))
        self.status = plain_label(QLabel())
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Paper"), self.paper_box)
        form.addRow(self.tr("&Language"), self.lang_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_preview)
        for box in self.part_boxes.values():
            box.toggled.connect(self._update_buttons)
        self.pdf_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Print these parts:")))
        for box in self.part_boxes.values():
            layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self.findings = FindingsLabel()
        self.findings.show_findings(walk, self._people)
        layout.addWidget(self.findings)
        layout.addWidget(buttons)

    def options(self) -> HandoutOptions:
        parts = tuple(key for key, box in self.part_boxes.items() if box.isChecked())
        return HandoutOptions(
            self.paper_box.currentData(), self.lang_box.currentData(), parts, self._people
        )

    def _update_buttons(self) -> None:
        chosen = any(box.isChecked() for box in self.part_boxes.values())
        self.print_button.setEnabled(chosen)
        self.pdf_button.setEnabled(chosen)
        self.status.setText("" if chosen else self.tr("Choose at least one part."))

    def export(self) -> None:
        slug = file_stem(self._walk.title)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export handout PDF"),
            self._memory.start_path("handout", f"{slug}-handout.pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        if name:
            self._memory.remember_folder("handout", Path(name))
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the PDF in the background; the dialog says when it is done or what failed."""
        options, walk, tiles, credit = self.options(), self._walk, self._tiles, self._attribution
        self._busy(filled(self.tr("Writing %1…"), path.name))
        run_task(
            lambda: export_pdf(walk, options, tiles, credit, path),
            lambda done: self._done(filled(self.tr("Saved %1"), done)),
            self._failed,
            self,
        )

    def print_preview(self) -> None:
        """Fetch the maps' tiles in the background first, then preview from the cache."""
        options, walk, tiles, credit = self.options(), self._walk, self._tiles, self._attribution
        self._busy(self.tr("Preparing the maps…"))

        def warm() -> None:
            """Draw the handout once into a throw-away file: the tiles land in the cache."""
            with tempfile.TemporaryDirectory(prefix="walkplanner-preview-") as folder:
                export_pdf(walk, options, tiles, credit, Path(folder) / "warm.pdf")

        run_task(
            warm,
            lambda _none: self._open_preview(options),
            self._failed,
            self,
        )

    def _open_preview(self, options: HandoutOptions) -> None:
        self._done("")
        cached = self._cached_tiles
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(options.paper))
        printer.setDocName(self._walk.title)
        preview = QPrintPreviewDialog(printer, self)
        preview.paintRequested.connect(
            lambda device: paint_handout(device, self._walk, options, cached, self._attribution)
        )
        preview.exec()

    def _busy(self, message: str) -> None:
        self.status.setText(message)
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)

    def _done(self, message: str) -> None:
        self._update_buttons()
        self.status.setText(message)

    def _failed(self, error: Exception) -> None:
        self._done("")
        warn(self, self.windowTitle(), translated(error))
