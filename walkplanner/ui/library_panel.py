"""The walk library: every walk with its date and distance, filtered as you type.

A plain QListWidget whose rows are hidden by the filter: the library is a few dozen
walks, so there is no need for a proxy model between the list and its rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from walkplanner.store.repository import WalkSummary
from walkplanner.ui import formatting, icons
from walkplanner.ui.plain import tooltip

WALK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryPanel(QWidget):
    activated = Signal(int)  # walk id
    new_requested = Signal()
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search walks"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search walks"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.setFocusProxy(self.list)
        self.list.setAccessibleName(self.tr("Walks"))
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._current_changed)

        buttons = QHBoxLayout()
        for icon, tip, slot in (
            ("mdi6.plus", self.tr("New walk"), self.new_requested.emit),
            ("mdi6.content-copy", self.tr("Duplicate walk"), self._duplicate),
            ("mdi6.delete-outline", self.tr("Delete walk…"), self._delete),
        ):
            button = QToolButton(self)
            icons.later(button, icon)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._current_id: int | None = None
        self._rebuilding = False

    def visible_count(self) -> int:
        return sum(1 for row in range(self.list.count()) if not self.list.item(row).isHidden())

    def show_walks(self, summaries: list[WalkSummary], current_id: int | None) -> None:
        """Rebuild the list; moving the selection here never counts as the user choosing."""
        self._rebuilding = True
        try:
            self.list.clear()
            for summary in summaries:
                item = QListWidgetItem(self._label(summary))
                item.setData(WALK_ID_ROLE, summary.id)
                item.setToolTip(tooltip(summary.title))
                self.list.addItem(item)
            self._filter(self.search.text())
        finally:
            self._rebuilding = False
        self.mark_current(current_id)

    def mark_current(self, walk_id: int | None) -> None:
        self._current_id = walk_id
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(WALK_ID_ROLE) == walk_id:
                self._rebuilding = True
                try:
                    self.list.setCurrentItem(item)
                finally:
                    self._rebuilding = False
                return

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(WALK_ID_ROLE) if item is not None else None

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _label(self, summary: WalkSummary) -> str:
        date = (
            formatting.long_date(summary.date)
            if summary.date
            else self.tr("damaged: cannot be opened")
        )
        km = formatting.distance(summary.distance_km * 1000)
        return f"{summary.title}\n{date} · {km}"

    def _current_changed(self, *_items: object) -> None:
        if self._rebuilding:
            return
        walk_id = self.selected_id()
        if walk_id is not None and walk_id != self._current_id:
            self._current_id = walk_id
            self.activated.emit(walk_id)

    def _duplicate(self) -> None:
        if (walk_id := self.selected_id()) is not None:
            self.duplicate_requested.emit(walk_id)

    def _delete(self) -> None:
        if (walk_id := self.selected_id()) is not None:
            self.delete_requested.emit(walk_id)
