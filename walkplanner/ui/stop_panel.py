"""The stop list beside the map: add (Insert), edit in place (F2), reorder by drag or
Alt+Up/Down, remove (Delete); everything works without the mouse."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from walkplanner.core.geo import spot_after
from walkplanner.ui.document import WalkDocument
from walkplanner.ui.operations import stops
from walkplanner.ui.stop_table import (
    ARRIVAL,
    DWELL,
    KIND,
    NAME,
    NOTE,
    NUMBER,
    SEATS,
    StopDelegate,
    StopTableModel,
)


class StopTable(QTableView):
    """Drag a row to reorder; the move goes through `reorder`, never through the model."""

    reorder = Signal(int, int)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentIndex().row()
        target = self.indexAt(event.position().toPoint()).row()
        if target < 0:
            target = self.model().rowCount() - 1
        event.setDropAction(Qt.DropAction.CopyAction)  # the view must not delete the source row
        event.accept()
        if source >= 0 and target != source:
            self.reorder.emit(source, target)


class StopPanel(QWidget):
    selected = Signal(int)  # a stop's row
    current_row_changed = Signal(int)  # a stop's row, or -1 when none is selected

    def __init__(self, document: WalkDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.model = StopTableModel(document, self._edit_stop, self)
        self.table = StopTable(self)
        self.setFocusProxy(self.table)
        self.table.setModel(self.model)
        self.table.setItemDelegate(StopDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDropIndicatorShown(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(self.tr("Stops"))
        header = self.table.horizontalHeader()
        for column in (NUMBER, ARRIVAL, KIND, DWELL, SEATS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NOTE, 90)
        self.table.reorder.connect(self.reorder)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: current.isValid() and self.selected.emit(current.row())
        )
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_row_changed.emit(current.row())
        )
        # The selected stop keeps its row through inserts, removals and moves; its number
        # changes, so the map and the actions hear the new one.
        for rows_changed in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
        ):
            rows_changed.connect(self._current_moved)

        self.hint = QLabel(
            self.tr("Click on the map to add the first stop, or press Insert."), self
        )
        self.hint.setWordWrap(True)
        self._buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        document.changed.connect(self._update_hint)
        self._update_hint()

    def use_actions(self, buttons: Sequence[QAction], others: Sequence[QAction]) -> None:
        """The window's stop actions: `buttons` above the list; the keys of all of them
        work while the list has the keyboard focus (their shortcuts are local)."""
        for action in buttons:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAccessibleName(action.toolTip())
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)
        self.addActions([*buttons, *others])

    def refresh(self) -> None:
        self._update_hint()

    def can_close(self) -> bool:
        """Every edit is in the document as soon as it is made."""
        return True

    def current_row(self) -> int:
        """The selected stop's row, or -1."""
        return self.table.currentIndex().row()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def edit_name(self, row: int) -> None:
        """Select a stop and open its name for typing (from the map's right-click menu)."""
        if 0 <= row < self.model.rowCount():
            self.select_row(row)
            self.table.setFocus()
            self.table.edit(self.model.index(row, NAME))

    def reorder(self, source: int, target: int) -> None:
        stops.reorder_stops(self._document, source, target, self)

    def add_after_current(self) -> None:
        """A stop after the selected one (or at the end), named and ready to rename."""
        walk = self._document.walk
        row = self.table.currentIndex().row()
        row = row if 0 <= row < len(walk.stops) else len(walk.stops) - 1
        start = (walk.meeting_point.lat, walk.meeting_point.lon)
        lat, lon = spot_after([stop.position for stop in walk.stops], row, start)
        if stops.add_stop(self._document, row + 1, lat, lon, initiator=self):
            self.select_row(row + 1)
            self.table.setFocus()
            self.table.edit(self.model.index(row + 1, NAME))

    def remove_current(self) -> None:
        stops.remove_stop(self._document, self.table.currentIndex().row(), self)

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.setFocus()
            self.table.edit(index)

    def shift(self, step: int) -> None:
        """Move the selected stop `step` places down (up when negative)."""
        row = self.table.currentIndex().row()
        if row >= 0:
            self.reorder(row, row + step)

    def _edit_stop(self, row: int, field: str, value: object) -> None:
        stops.edit_stop(self._document, row, self, **{field: value})

    def _current_moved(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.selected.emit(row)
        self.current_row_changed.emit(row)

    def _update_hint(self) -> None:
        self.hint.setVisible(not self._document.walk.stops)
