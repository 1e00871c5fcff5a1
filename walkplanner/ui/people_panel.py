"""People: who signed up, the waiting list, attendance, and how the crowd splits into groups.

The list lives in the document; every change goes through the edit layer
(ui/operations/people.py), so it is undoable and the autosaver writes it. The summary
under the list says what the organiser should know: places left, the groups with their
departures, and warnings (a group without a leader, a café that will overflow, a walk
ending after sunset).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from walkplanner.core.crowd import (
    GroupPlan,
    Participant,
    attendance,
    seat_warnings,
    split,
    sunset_warning,
)
from walkplanner.core.model import Walk
from walkplanner.core.validation import MAX_PACE_KMH, MIN_PACE_KMH
from walkplanner.exchange.files import write_atomically
from walkplanner.exchange.participants_csv import read_participants_csv, write_participants_csv
from walkplanner.exchange.safety import ExchangeError, read_limited
from walkplanner.i18n import translated
from walkplanner.placeholders import filled
from walkplanner.text import Text
from walkplanner.ui import formatting
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.document import Change, Changes, WalkDocument
from walkplanner.ui.operations import details, people
from walkplanner.ui.people_model import NAME, ROLE, STATUS, PeopleModel

NAME_WIDTH = 170  # room for a first and last name at the default window size
SUMMARY_LINES = 4
LISTED_GROUPS = 8  # beyond this the summary gives the first and last departures
NOT_KNOWN_KMH = round(MIN_PACE_KMH - 0.1, 1)  # the slowest walker's pace, not known


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the status and role columns."""

    def __init__(self, model: PeopleModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:
        combo = QComboBox(parent)
        names = self._model.status_names if index.column() == STATUS else self._model.role_names  # type: ignore[attr-defined]
        for key, label in names.items():
            combo.addItem(label, key.value)
        return combo

    def setEditorData(self, editor: QWidget, index: object) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: object, index: object) -> None:
        model.setData(index, editor.currentData())  # type: ignore[attr-defined]


class PeoplePanel(QWidget):
    def __init__(
        self, document: WalkDocument, memory: DialogMemory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._memory = memory
        self.model = PeopleModel(document, self._edit, self)
        self.table = QTableView()
        self.setFocusProxy(self.table)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(NAME, NAME_WIDTH)
        header.setMinimumSectionSize(40)
        delegate = ChoiceDelegate(self.model, self.table)
        self.table.setItemDelegateForColumn(STATUS, delegate)
        self.table.setItemDelegateForColumn(ROLE, delegate)
        self.split_groups = QCheckBox(self.tr("S&plit the crowd into groups"))
        self.split_groups.setToolTip(
            self.tr("Each group gets a leader, a back marker and its own departure time.")
        )
        self.group_size = QSpinBox(minimum=2, maximum=100)
        self.group_size.setAccessibleName(self.tr("Largest group"))
        self.stagger = QSpinBox(minimum=0, maximum=120, suffix=self.tr(" min"))
        self.stagger.setAccessibleName(self.tr("Minutes between groups"))
        # "Not known" sits one step below the slowest pace a walk keeps: from 0, one click up
        # gave 0.1 km/h, which every save then refused.
        self.slowest = QDoubleSpinBox(
            minimum=NOT_KNOWN_KMH, maximum=MAX_PACE_KMH, decimals=1, singleStep=0.1
        )
        self.slowest.setSuffix(self.tr(" km/h"))
        self.slowest.setSpecialValueText(self.tr("not known"))
        self.slowest.setAccessibleName(self.tr("Slowest walker's pace"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A fixed place for the summary: warnings coming and going never move the buttons.
        summary_box = QScrollArea()
        summary_box.setWidget(self.summary)
        summary_box.setWidgetResizable(True)
        summary_box.setFrameShape(QFrame.Shape.NoFrame)
        summary_box.setFixedHeight(SUMMARY_LINES * self.fontMetrics().lineSpacing() + 6)

        buttons = QGridLayout()
        for number, (text, slot) in enumerate(
            (
                (self.tr("Add"), self.add_person),
                (self.tr("Remove"), self.remove_selected),
                (self.tr("Cancel place"), self.cancel_selected),
                (self.tr("Came"), self.mark_came),
                (self.tr("Import CSV…"), self.choose_import),
                (self.tr("Export CSV…"), self.choose_export),
            )
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button, number // 3, number % 3)
        form = QFormLayout()
        form.addRow(self.split_groups)
        form.addRow(self.tr("Largest &group"), self.group_size)
        form.addRow(self.tr("Groups leave &every"), self.stagger)
        form.addRow(self.tr("&Slowest walker"), self.slowest)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(summary_box)
        layout.addLayout(buttons)
        layout.addLayout(form)
        self.split_groups.toggled.connect(lambda on: self._groups(split_groups=on))
        self.group_size.valueChanged.connect(lambda v: self._groups(group_size=v))
        self.stagger.valueChanged.connect(lambda v: self._groups(stagger_min=v))
        self.slowest.valueChanged.connect(
            lambda v: self._groups(slowest_kmh=round(v, 1) if v > NOT_KNOWN_KMH else None)
        )
        document.changed.connect(self._document_changed)
        self._show_walk_settings()

    # --- edits (each one an operation of the edit layer) ----------------------------

    def add_person(self) -> None:
        count = len(self._document.participants)
        name = filled(self.tr("New person %1"), count + 1)
        people.add_person(self._document, name, self)
        self.table.setCurrentIndex(self.model.index(count, 0))

    def remove_selected(self) -> None:
        people.remove_people(self._document, self._selected_rows(), self)

    def cancel_selected(self) -> None:
        people.cancel_places(self._document, self._selected_rows(), self)

    def mark_came(self) -> None:
        people.mark_came(self._document, self._selected_rows(), self)

    def choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participants"),
            self._memory.start_path("people"),
            self.tr("CSV files (*.csv *.txt)"),
        )
        if name:
            self._memory.remember_folder("people", Path(name))
            self.import_csv(Path(name))

    def import_csv(self, path: Path) -> None:
        try:
            read = read_participants_csv(read_limited(path), path.name)
        except ExchangeError as error:
            self.summary.setText(translated(error))
            return
        people.import_people(self._document, read.people, self)
        if read.unclear:
            self._tell_unclear_answers(path, read.unclear)

    def _tell_unclear_answers(self, path: Path, unclear: list[Text]) -> None:
        """A note the organiser reads once, beside the list (not blocking it): who was put
        on the waitlist because their answer was not understood."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import participants"),
            filled(
                self.tr(
                    "%n answer(s) in “%1” were not understood; those people are on the "
                    "waitlist, where they take no place.",
                    "",
                    len(unclear),
                ),
                path.name,
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText("\n".join(translated(line) for line in unclear))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("unclear-answers")
        box.open()

    def choose_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export participants"),
            self._memory.start_path("people", "participants.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self._memory.remember_folder("people", Path(name))
            try:
                csv = write_participants_csv(list(self._document.participants))
                write_atomically(Path(name), csv)
            except ExchangeError as error:
                self.summary.setText(translated(error))

    def _edit(self, row: int, field: str, value: object) -> None:
        people.edit_person(self._document, row, field, value, self)

    def _groups(self, **changes: object) -> None:
        details.set_groups(self._document, self, **changes)

    def _selected_rows(self) -> list[int]:
        return sorted(
            {index.row() for index in self.table.selectionModel().selectedRows()}
            or ({self.table.currentIndex().row()} - {-1})
        )

    # --- what the organiser should know --------------------------------------------

    def _document_changed(self, changes: Changes) -> None:
        if changes.what & (Change.PEOPLE | Change.DETAILS | Change.ROUTE):
            self._show_walk_settings()

    def refresh(self) -> None:
        self._show_walk_settings()

    def column_state(self) -> QByteArray:
        """The table's column widths and order, kept with the window's layout."""
        return self.table.horizontalHeader().saveState()

    def restore_columns(self, state: QByteArray) -> bool:
        return self.table.horizontalHeader().restoreState(state)

    def can_close(self) -> bool:
        """Every change is in the document as soon as it is made."""
        return True

    def _show_walk_settings(self) -> None:
        """The walk's group settings, the group letters and the summary, all from one split
        of the crowd."""
        walk = self._document.walk
        self.split_groups.blockSignals(True)
        self.split_groups.setChecked(walk.split_groups)
        self.split_groups.blockSignals(False)
        for spin, value in (
            (self.group_size, walk.group_size),
            (self.stagger, walk.stagger_min),
            (self.slowest, walk.slowest_kmh or NOT_KNOWN_KMH),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.group_size.setEnabled(walk.split_groups)
        self.stagger.setEnabled(walk.split_groups)
        shown = list(self._document.participants)
        plan = (
            split(walk, shown, max_size=walk.group_size, stagger_min=walk.stagger_min)
            if walk.split_groups
            else None
        )
        self.model.show_groups(group_letters(shown, plan))
        self.summary.setText("\n".join(self._summary_lines(walk, shown, plan)))

    def _summary_lines(
        self, walk: Walk, people: list[Participant], plan: GroupPlan | None
    ) -> list[str]:
        coming = attendance(walk, people)
        lines = [
            filled(
                self.tr("Expected: %1 · signed up: %2 · waiting list: %3 · on the day: %4"),
                formatting.number(coming.expected),
                formatting.number(coming.signed_up),
                formatting.number(coming.waitlist),
                formatting.number(coming.on_the_day),
            )
        ]
        if coming.capacity is not None:
            lines.append(
                filled(
                    self.tr("Places left: %1 of %2"),
                    formatting.number(coming.places_left or 0),
                    formatting.number(coming.capacity),
                )
            )
        if plan is None:
            lines.append(self.tr("Walking as one group."))
            return lines
        if len(plan.groups) <= LISTED_GROUPS:
            departure = self.tr("%1: %2 at %3")
            lines.append(
                ", ".join(
                    filled(departure, g.letter, g.size, formatting.clock(g.leave_at))
                    for g in plan.groups
                )
            )
        else:
            first, last = plan.groups[0], plan.groups[-1]
            lines.append(
                filled(
                    self.tr(
                        "%n groups: the first leaves at %1, the last at %2", "", len(plan.groups)
                    ),
                    formatting.clock(first.leave_at),
                    formatting.clock(last.leave_at),
                )
            )
        seats = {i: s.seats for i, s in enumerate(walk.stops) if s.seats}
        lines += [translated(w) for w in (*plan.warnings, *seat_warnings(walk, plan, seats))]
        if plan.groups and (late := sunset_warning(walk, plan.groups[-1].schedule)):
            lines.append(translated(late))
        return lines


def group_letters(people: list[Participant], plan: GroupPlan | None) -> list[str]:
    """Each person's group letter in the split crowd `plan`, else ""."""
    if plan is None:
        return [""] * len(people)
    letter_of = {id(person): group.letter for group in plan.groups for person in group.members}
    return [letter_of.get(id(person), "") for person in people]
