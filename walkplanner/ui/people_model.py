"""The participant list as a table, and the undoable command that changes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoCommand

from walkplanner.core.crowd import Participant, Role, Status

Index = QModelIndex | QPersistentModelIndex
NAME, GROUP, CONTACT, STATUS, ROLE, NEEDS, NOTE = range(7)
# GROUP is worked out from the split, not typed: it has no field.
FIELDS = {NAME: "name", CONTACT: "contact", STATUS: "status", ROLE: "role", NEEDS: "needs",
          NOTE: "note"}  # fmt: skip


class PeopleModel(QAbstractTableModel):
    """Reads the list it is given; edits go to `edit(row, field, value)` as commands."""

    def __init__(
        self, edit: Callable[[int, str, object], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._edit = edit
        self.people: list[Participant] = []
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

    def show(self, people: list[Participant], group_letters: list[str] | None = None) -> None:
        """`group_letters[row]` is the group a person walks with ("" for none)."""
        self.beginResetModel()
        self.people = list(people)
        self.group_letters = group_letters or [""] * len(people)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

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
        if not index.isValid():
            return None
        if index.column() == GROUP:
            shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
            return self.group_letters[index.row()] if shown else None
        person = self.people[index.row()]
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
            value = str(value).strip()
            if field == "name" and not value:
                return False
        if getattr(self.people[index.row()], field) == value:
            return False
        self._edit(index.row(), field, value)
        return True


class PeopleEdit(QUndoCommand):
    """Any change to the list; it keeps both lists (participants are small values)."""

    def __init__(
        self,
        apply: Callable[[list[Participant]], None],
        before: list[Participant],
        after: list[Participant],
        text: str,
    ) -> None:
        super().__init__(text)
        self._apply, self._before, self._after = apply, list(before), list(after)

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


def edited(people: list[Participant], row: int, field: str, value: object) -> list[Participant]:
    result = list(people)
    result[row] = replace(result[row], **{field: value})
    return result
