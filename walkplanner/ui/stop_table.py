"""The ordered stop list: a table model over the walk's stops, and its editors.

The model is read from the document; an edit in a cell goes to the edit layer through the
`edit` callback, so the list, the map and the store stay one story. A change moves, inserts,
removes or refreshes only the rows it touched (and the arrival times); only another walk
resets the model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from walkplanner.core.model import StopKind
from walkplanner.core.validation import MAX_DWELL_MIN
from walkplanner.ui import formatting
from walkplanner.ui.document import Change, Changes, WalkDocument
from walkplanner.ui.plain import tooltip
from walkplanner.ui.row_updates import announce, changed
from walkplanner.ui.typed import typed

Index = QModelIndex | QPersistentModelIndex
EditStop = Callable[[int, str, object], None]

NUMBER, NAME, ARRIVAL, KIND, DWELL, SEATS, NOTE = range(7)
_FIELDS = {NAME: "name", KIND: "kind", DWELL: "dwell_min", SEATS: "seats", NOTE: "note"}


class StopTableModel(QAbstractTableModel):
    def __init__(
        self, document: WalkDocument, edit: EditStop, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._edit = edit
        self._headers = [
            "#",
            self.tr("Stop"),
            self.tr("Arrives"),
            self.tr("Kind"),
            self.tr("Stay (min)"),
            self.tr("Seats"),
            self.tr("Note"),
        ]
        self._count = len(document.walk.stops)
        document.changed.connect(self._update)
        document.replaced.connect(self._reset)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        if index.isValid() and index.column() in _FIELDS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stops = self._document.walk.stops
        if not index.isValid() or index.row() >= len(stops):
            return None  # a row on its way out, while the view hears of it
        row, column = index.row(), index.column()
        stop = stops[row]
        if role == Qt.ItemDataRole.DisplayRole:
            timing = self._document.schedule.stops[row]
            return {
                NUMBER: str(row + 1),
                NAME: stop.name,
                ARRIVAL: formatting.clock(timing.arrival),
                KIND: formatting.kind_label(stop.kind),
                DWELL: str(stop.dwell_min),
                SEATS: str(stop.seats) if stop.seats else "",
                NOTE: stop.note,
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            return {
                NAME: stop.name,
                KIND: stop.kind.value,
                DWELL: stop.dwell_min,
                SEATS: stop.seats or 0,
                NOTE: stop.note,
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, NOTE):
            return tooltip(stop.note or stop.name)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, ARRIVAL, DWELL, SEATS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = _FIELDS.get(index.column())
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or field is None:
            return False
        if field == "name":
            value = typed(value)
            if not value:
                return False
        elif field == "note":
            value = typed(value, multiline=True)
        elif field == "kind":
            value = StopKind(value)
        elif field == "dwell_min":
            value = int(value)
        elif field == "seats":
            value = int(value) or None  # 0 means no limit
        stop = self._document.walk.stops[index.row()]
        if getattr(stop, field) == value:
            return False
        self._edit(index.row(), field, value)
        return True

    def _update(self, changes: Changes) -> None:
        if not changes.what & (Change.ROUTE | Change.DETAILS | Change.ROUTING):
            return
        old_count, new_count = self._count, len(self._document.walk.stops)
        if changes.what & Change.ROUTE:
            announce(self, changes.stops, old_count, new_count, self._set_count)
        changed(self, 0, self._count - 1, ARRIVAL)  # the schedule is new

    def _set_count(self, count: int) -> None:
        self._count = count

    def _reset(self) -> None:
        self.beginResetModel()
        self._count = len(self._document.walk.stops)
        self.endResetModel()


class StopDelegate(QStyledItemDelegate):
    """A combo box for the kind and a spin box for the stay; plain text elsewhere."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == KIND:
            combo = QComboBox(parent)
            for kind in StopKind:
                combo.addItem(formatting.kind_label(kind), kind.value)
            return combo
        if index.column() == DWELL:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_DWELL_MIN)
            spin.setSuffix(self.tr(" min"))
            return spin
        if index.column() == SEATS:
            spin = QSpinBox(parent)
            spin.setRange(0, 10_000)
            spin.setSpecialValueText(self.tr("no limit"))
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)
