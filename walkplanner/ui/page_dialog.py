"""File > Export walk page…: language, the page's address and a folder; the page is
written in the background, then the organiser may open the folder.

The folder chosen is used as it is when it is empty or holds an earlier walk page;
otherwise the page goes into a new folder inside it, named after the walk, so no file
of the organiser's is ever replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkplanner import APP_NAME
from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.core.validation import check_link
from walkplanner.core.wording import file_stem
from walkplanner.i18n import translated
from walkplanner.page.folder import MARKER, check_folder
from walkplanner.problem import Problem
from walkplanner.render import fonts
from walkplanner.render.static_map import TileSource
from walkplanner.ui.choice_boxes import language_box
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.findings_view import FindingsLabel
from walkplanner.ui.plain import ask, warn
from walkplanner.ui.tasks import run_task


def page_folder(chosen: Path, walk: Walk) -> Path:
    """Where the page goes for the folder the organiser chose (see the module's note)."""
    if chosen.is_dir() and any(chosen.iterdir()) and not (chosen / MARKER).is_file():
        return chosen / f"{file_stem(walk.title)}-page"
    return chosen


class PageDialog(QDialog):
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
        self.setWindowTitle(self.tr("Export walk page"))
        fonts.register()  # in this thread, before the task paints the card
        self._walk, self._people = walk, tuple(people)
        self._tiles, self._attribution, self._memory = tiles, attribution, memory
        self._progress: QProgressDialog | None = None
        self.lang_box = language_box(memory, "page/lang")
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("optional: where the page will be published"))
        # A new folder named after the walk, where the last page went (else in Documents).
        self.folder_edit = QLineEdit(memory.start_path("page", f"{file_stem(walk.title)}-page"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.lang_box)
        form.addRow(self.tr("Page &address"), self.url_edit)
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        self.findings = FindingsLabel()  # what to fix before the page is shared
        self.findings.show_findings(walk, people)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.findings)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the walk page"), self.folder_edit.text()
        )
        if name:
            self.folder_edit.setText(name)

    def export(self) -> None:
        url = self.url_edit.text().strip()
        chosen = Path(self.folder_edit.text().strip()).expanduser()
        try:
            if problem := check_link(url):
                raise Problem(problem)
            out = page_folder(chosen, self._walk)
            check_folder(out)
        except (Problem, OSError) as error:  # OSError: a folder name too long, or not ours
            warn(self, APP_NAME, translated(error))
            return
        self._memory.remember_folder("page", out.parent)
        lang = self.lang_box.currentData()
        walk, people, tiles, credit = self._walk, self._people, self._tiles, self._attribution
        self._progress = QProgressDialog(self.tr("Writing the walk page…"), "", 0, 0, self)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.show()

        def work() -> Path:
            from walkplanner.page.card_image import card_jpeg
            from walkplanner.page.document import PageOptions
            from walkplanner.page.folder import write_page

            card = card_jpeg(walk, lang, url, tiles, credit, people)
            return write_page(walk, out, PageOptions(lang, url), people, card)

        run_task(work, self._written, self._failed, self)

    def _written(self, index: Path) -> None:
        self._close_progress()
        question = self.tr("The walk page is in %1. Open the folder?").replace(
            "%1", str(index.parent)
        )
        if ask(self, APP_NAME, question) == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(index.parent)))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        warn(self, APP_NAME, translated(error))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None
