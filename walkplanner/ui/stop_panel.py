"""The stop list beside the map: add (Insert), edit in place (F2), reorder by drag or
Alt+Up/Down, remove (Delete); everything works without the mouse."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
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
from walkplanner.ui import icons
from walkplanner.ui.commands import RouteEdit, stop_added
from walkplanner.ui.document import WalkDocument
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
    selected = Signal(int)

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
        self._kept_row = -1
        self.model.modelAboutToBeReset.connect(self._remember_row)
        self.model.modelReset.connect(self._restore_row)

        self.hint = QLabel(
            self.tr("Click on the map to add the first stop, or press Insert."), self
        )
        self.hint.setWordWrap(True)
        self.add_button = self._tool(
            "mdi6.map-marker-plus-outline",
            self.tr("&Add stop"),
            self.tr("Add a stop after the selected one (Insert)"),
            QKeySequence(Qt.Key.Key_Insert),
            self.add_after_current,
        )
        self.up_button = self._tool(
            "mdi6.arrow-up",
            self.tr("Move stop &up"),
            self.tr("Move the selected stop up (Alt+Up)"),
            "Alt+Up",
            lambda: self._shift(-1),
        )
        self.down_button = self._tool(
            "mdi6.arrow-down",
            self.tr("Move stop &down"),
            self.tr("Move the selected stop down (Alt+Down)"),
            "Alt+Down",
            lambda: self._shift(1),
        )
        self.remove_button = self._tool(
            "mdi6.delete-outline",
            self.tr("&Remove stop"),
            self.tr("Remove the selected stop (Delete)"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.remove_current,
        )
        self.edit_action = QAction(self.tr("&Edit the selected cell"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self._edit_current)
        self.addAction(self.edit_action)
        buttons = QHBoxLayout()
        for button in self._buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        document.changed.connect(self._update_hint)
        document.replaced.connect(self._update_hint)
        self._update_hint()

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
        route = self._document.walk.route
        if source == target or not (
            0 <= source < len(route.stops) and 0 <= target < len(route.stops)
        ):
            return
        self._push(
            RouteEdit(self._document, route.reordered(source, target), self.tr("Reorder stops"))
        )
        self.select_row(target)

    def add_after_current(self) -> None:
        """A stop after the selected one (or at the end), named and ready to rename."""
        walk = self._document.walk
        row = self.table.currentIndex().row()
        row = row if 0 <= row < len(walk.stops) else len(walk.stops) - 1
        start = (walk.meeting_point.lat, walk.meeting_point.lon)
        lat, lon = spot_after([stop.position for stop in walk.stops], row, start)
        self._push(stop_added(self._document, row + 1, lat, lon))
        self.select_row(row + 1)
        self.table.setFocus()
        self.table.edit(self.model.index(row + 1, NAME))

    def actions_for_menu(self) -> list[QAction]:
        """The stop list's actions, for the main window's Stops menu (shortcuts shown)."""
        return [button.defaultAction() for button in self._buttons()] + [self.edit_action]

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self._document.walk.stops):
            route = self._document.walk.route.removed(row)
            self._push(RouteEdit(self._document, route, self.tr("Remove stop")))

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.setFocus()
            self.table.edit(index)

    def _shift(self, step: int) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.reorder(row, row + step)

    def _edit_stop(self, row: int, field: str, value: object) -> None:
        route = self._document.walk.route.edited(row, **{field: value})
        self._push(RouteEdit(self._document, route, self.tr("Edit stop")))

    def _push(self, command: RouteEdit) -> None:
        self._document.undo_stack.push(command)

    def _tool(
        self, icon: str, text: str, tip: str, shortcut: str | QKeySequence, slot: object
    ) -> QToolButton:
        """A button whose shortcut works while the stop list has the keyboard focus."""
        action = QAction(text, self)
        action.setToolTip(tip)
        icons.later(action, icon)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(tip)
        return button

    def _buttons(self) -> tuple[QToolButton, ...]:
        return (self.add_button, self.up_button, self.down_button, self.remove_button)

    def _remember_row(self) -> None:
        self._kept_row = self.table.currentIndex().row()

    def _restore_row(self) -> None:
        row = min(self._kept_row, self.model.rowCount() - 1)
        if row >= 0:
            self.select_row(row)

    def _update_hint(self) -> None:
        self.hint.setVisible(not self._document.walk.stops)
