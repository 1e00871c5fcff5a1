"""The participant list as a table over the document's participants.

Edits in a cell go to the edit layer through the `edit` callback. A change inserts,
removes or refreshes only the rows it touched; only another walk resets the model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from walkplanner.core.crowd import Role, Status
from walkplanner.ui.document import Change, Changes, WalkDocument
from walkplanner.ui.row_updates import announce, changed
from walkplanner.ui.typed import typed

Index = QModelIndex | QPersistentModelIndex
NAME, GROUP, CONTACT, STATUS, ROLE, NEEDS, NOTE = range(7)
# GROUP is worked out from the split, not typed: it has no field.
FIELDS = {NAME: "name", CONTACT: "contact", STATUS: "status", ROLE: "role", NEEDS: "needs",
          NOTE: "note"}  # fmt: skip
MULTILINE = frozenset({"needs", "note"})  # as a participants file may bring them


class PeopleModel(QAbstractTableModel):
    """Reads the document's participants; edits go to `edit(row, field, value)`."""

    def __init__(
        self,
        document: WalkDocument,
        edit: Callable[[int, str, object], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._edit = edit
        self._count = len(document.participants)
        self.group_letters: list[str] = []
        self._headers = [
            self.tr("Name"),
            self.tr("Group"),
            self.tr("Contact"),
            self.tr("Status"),
            self.tr("Role"),
            self.tr("Needs"),
            self.tr("Note"),
        ]
        self.status_names = {
            Status.GOING: self.tr("Going"),
            Status.WAITLIST: self.tr("Waiting list"),
            Status.CANCELLED: self.tr("Cancelled"),
            Status.ATTENDED: self.tr("Came"),
        }
        self.role_names = {
            Role.WALKER: self.tr("Walker"),
            Role.LEADER: self.tr("Leader"),
            Role.BACK_MARKER: self.tr("Back marker"),
        }

        document.changed.connect(self._update)
        document.replaced.connect(self._reset)

    def show_groups(self, group_letters: list[str]) -> None:
        """`group_letters[row]` is the group a person walks with ("" for none)."""
        old, self.group_letters = self.group_letters, group_letters
        for row, letter in enumerate(group_letters):
            if row >= len(old) or old[row] != letter:
                changed(self, row, row, GROUP)

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
        if index.column() == GROUP:
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        people = self._document.participants
        if not index.isValid() or index.row() >= len(people):
            return None  # a row on its way out, while the view hears of it
        if index.column() == GROUP:
            shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
            letters = self.group_letters
            return (letters[index.row()] if index.row() < len(letters) else "") if shown else None
        person = people[index.row()]
        value = getattr(person, FIELDS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == STATUS:
                return self.status_names[value]
            if index.column() == ROLE:
                return self.role_names[value]
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value.value if index.column() in (STATUS, ROLE) else value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == GROUP:
            return False
        field = FIELDS[index.column()]
        if field == "status":
            value = Status(value)
        elif field == "role":
            value = Role(value)
        else:
            value = typed(value, multiline=field in MULTILINE).strip()
            if field == "name" and not value:
                return False
        if getattr(self._document.participants[index.row()], field) == value:
            return False
        self._edit(index.row(), field, value)
        return True

    def _update(self, changes: Changes) -> None:
        if changes.what & Change.PEOPLE:
            new_count = len(self._document.participants)
            announce(self, changes.people, self._count, new_count, self._set_count)

    def _set_count(self, count: int) -> None:
        self._count = count

    def _reset(self) -> None:
        self.beginResetModel()
        self._count = len(self._document.participants)
        self.group_letters = []
        self.endResetModel()
