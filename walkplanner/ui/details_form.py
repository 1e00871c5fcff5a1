"""The walk's details: when, where to meet, how many, how fast, who organises.

The form never changes the walk itself: each edit is announced with `edited(field, value)`
and becomes an undoable command. A value that would make the walk wrong (an empty title,
a position off the globe) is shown with a message under the form and is not sent, so the
stored walk keeps its last good value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from walkplanner.core import validation
from walkplanner.core.model import Walk
from walkplanner.core.validation import check_capacity, check_headcount, clean_text
from walkplanner.i18n import translated
from walkplanner.placeholders import filled
from walkplanner.text import Text
from walkplanner.ui.clock_edit import ClockEdit
from walkplanner.ui.count_box import CountBox
from walkplanner.ui.document import WalkDocument
from walkplanner.ui.plain import plain_label
from walkplanner.ui.typed import typed

ERROR_STYLE = "color: #b00020;"


class DetailsForm(QScrollArea):
    edited = Signal(str, object)

    def __init__(self, document: WalkDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setWidgetResizable(True)
        self._walk: Walk | None = None
        self._errors: dict[str, str] = {}

        self.title = QLineEdit()
        self.setFocusProxy(self.title)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        # Qt's own range reaches 9999: a walk dated beyond the store's was never saved again.
        self.date.setDateRange(QDate(validation.MIN_YEAR, 1, 1), QDate(validation.MAX_YEAR, 12, 31))
        self.start_time = ClockEdit()
        self.timezone = QComboBox(editable=True)
        self.timezone.addItems(sorted(available_timezones()))
        self.meeting_name = QLineEdit()
        self.meeting_note = QPlainTextEdit()
        self.meeting_note.setFixedHeight(52)
        self.meeting_note.setPlaceholderText(
            self.tr("e.g. by the pyramid, look for the yellow umbrella")
        )
        self.meeting_position = QLineEdit()
        self.meeting_position.setPlaceholderText(self.tr("latitude, longitude"))
        self.meeting_position.setToolTip(self.tr("Or drag the meeting-point pin on the map."))
        self.headcount = CountBox(validation.MAX_HEADCOUNT)
        self.capacity = CountBox(validation.MAX_HEADCOUNT)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.follow_streets = QCheckBox(self.tr("Legs follow footpaths and bridges"))
        self.follow_streets.setToolTip(
            self.tr("Right-click a leg on the map to make just that leg straight or routed.")
        )
        self.pace = QDoubleSpinBox(decimals=1, singleStep=0.1, suffix=self.tr(" km/h"))
        self.pace.setRange(validation.MIN_PACE_KMH, validation.MAX_PACE_KMH)
        self.organiser_name = QLineEdit()
        self.organiser_contact = QLineEdit()
        self.organiser_contact.setPlaceholderText(self.tr("phone, e-mail or @handle"))
        self.emergency_phone = QLineEdit()
        self.emergency_phone.setToolTip(
            self.tr("Printed on the handouts; 112 works across Europe.")
        )
        self.accessibility = QPlainTextEdit()
        self.accessibility.setFixedHeight(52)
        self.accessibility.setPlaceholderText(self.tr("steps, surfaces, toilets, pace…"))
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("event page or group chat invite (optional)"))
        self.link.setToolTip(
            self.tr("The invite card's QR code opens this link; empty: the meeting point on a map.")
        )
        for line in (self.title, self.meeting_name, self.organiser_name,
                     self.organiser_contact, self.emergency_phone):  # fmt: skip
            line.setMaxLength(validation.MAX_LINE_CHARS)  # a paste of a book stops there
        self.link.setMaxLength(validation.MAX_LINK_CHARS)
        self._long_texts = {
            "description": self.description,
            "note": self.meeting_note,
            "accessibility": self.accessibility,
        }
        self.message = plain_label(QLabel())
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        form = QFormLayout()
        rows = [
            (self.tr("&Title"), self.title),
            (self.tr("Descr&iption"), self.description),
            (self.tr("&Date"), self.date),
            (self.tr("Start ti&me"), self.start_time),
            (self.tr("Time &zone"), self.timezone),
            (self.tr("&Meeting point"), self.meeting_name),
            (self.tr("How to &find us"), self.meeting_note),
            (self.tr("Meeting &position"), self.meeting_position),
            (self.tr("&Headcount"), self.headcount),
            (self.tr("&Capacity"), self.capacity),
            (self.tr("&Pace"), self.pace),
            (self.tr("&Route"), self.follow_streets),
            (self.tr("&Organiser"), self.organiser_name),
            (self.tr("Co&ntact"), self.organiser_contact),
            (self.tr("&Link"), self.link),
            (self.tr("&Emergency line"), self.emergency_phone),
            (self.tr("&Accessibility"), self.accessibility),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setWidget(body)
        self._connect()

    def refresh(self) -> None:
        self.set_walk(self._document.walk)

    def can_close(self) -> bool:
        """A refused value stays in its field only; the walk keeps its last good one."""
        return True

    def set_walk(self, walk: Walk) -> None:
        """Show the walk, leaving alone fields that already show its value (and the caret)."""
        self._walk = walk
        self._errors.clear()
        self._show_errors()
        for widget in self._inputs():
            widget.blockSignals(True)
        try:
            _set_text(self.title, walk.title)
            _set_plain(self.description, walk.description)
            self.date.setDate(QDate(walk.date.year, walk.date.month, walk.date.day))
            if self.start_time.time() != walk.start_time or not self.start_time.hasFocus():
                self.start_time.set_time(walk.start_time)  # not while a new time is typed
            if self.timezone.currentText() != walk.timezone:
                self.timezone.setCurrentText(walk.timezone)
            meeting = walk.meeting_point
            _set_text(self.meeting_name, meeting.name)
            _set_plain(self.meeting_note, meeting.note)
            if self._position_of(self.meeting_position.text()) != (meeting.lat, meeting.lon):
                self.meeting_position.setText(f"{meeting.lat:.6f}, {meeting.lon:.6f}")
            self.headcount.setValue(walk.headcount)
            self.capacity.setValue(walk.capacity or 0)
            self.pace.setValue(walk.pace_kmh)
            self.follow_streets.setChecked(walk.follow_streets)
            _set_text(self.organiser_name, walk.organiser_name)
            _set_text(self.organiser_contact, walk.organiser_contact)
            _set_text(self.link, walk.link)
            _set_text(self.emergency_phone, walk.emergency_phone)
            _set_plain(self.accessibility, walk.accessibility)
        finally:
            for widget in self._inputs():
                widget.blockSignals(False)

    def _inputs(self) -> list[QWidget]:
        return [
            self.title, self.description, self.date, self.start_time, self.timezone,
            self.meeting_name, self.meeting_note, self.meeting_position, self.headcount,
            self.capacity, self.pace, self.organiser_name, self.organiser_contact, self.link, self.follow_streets,
            self.emergency_phone, self.accessibility,
        ]  # fmt: skip

    def _connect(self) -> None:
        self.title.textEdited.connect(self._title_edited)
        self.description.textChanged.connect(lambda: self._text_edited("description"))
        self.date.dateChanged.connect(lambda d: self.edited.emit("date", d.toPython()))
        self.start_time.time_changed.connect(self._start_edited)
        self.start_time.refused.connect(
            lambda text: self._check(
                "start_time",
                filled(self.tr("“%1” is not a time of day: write it as 14:30 or 2pm."), text),
            )
        )
        self.timezone.currentTextChanged.connect(self._timezone_edited)
        self.meeting_name.textEdited.connect(lambda text: self._meeting_edited(name=typed(text)))
        self.meeting_note.textChanged.connect(self._note_edited)
        self.meeting_position.textEdited.connect(self._position_edited)
        self.link.textEdited.connect(self._link_edited)
        self.follow_streets.toggled.connect(lambda on: self.edited.emit("follow_streets", on))
        self.emergency_phone.textEdited.connect(  # emptied: none given, and none printed
            lambda text: self.edited.emit("emergency_phone", typed(text))
        )
        self.accessibility.textChanged.connect(lambda: self._text_edited("accessibility"))
        self.headcount.valueChanged.connect(self._headcount_edited)
        self.capacity.valueChanged.connect(self._capacity_edited)
        self.headcount.too_big.connect(lambda n: self._check("headcount", check_headcount(n)))
        self.capacity.too_big.connect(lambda n: self._check("capacity", check_capacity(n)))
        self.pace.valueChanged.connect(lambda value: self.edited.emit("pace_kmh", round(value, 1)))
        self.organiser_name.textEdited.connect(
            lambda text: self.edited.emit("organiser_name", typed(text))
        )
        self.organiser_contact.textEdited.connect(
            lambda text: self.edited.emit("organiser_contact", typed(text))
        )

    def _link_edited(self, text: str) -> None:
        if self._check("link", validation.check_link(text.strip())):
            self.edited.emit("link", text.strip())

    def _title_edited(self, text: str) -> None:
        if self._check("title", validation.check_title(text)):
            self.edited.emit("title", typed(text))

    def _text_edited(self, field: str) -> None:
        if (text := self._long_text(field)) is not None:
            self.edited.emit(field, text)

    def _note_edited(self) -> None:
        if (text := self._long_text("note")) is not None:
            self._meeting_edited(note=text)

    def _long_text(self, field: str) -> str | None:
        """A multi-line field's text, or None (said under the form) when it is longer than a
        walk keeps: the save would refuse it, and every edit after it with it."""
        text = self._long_texts[field].toPlainText()
        problem = validation.check_text_length(
            text, validation.LONG_TEXT_NAMES[field], multiline=True
        )
        return clean_text(text, multiline=True) if self._check(field, problem) else None

    def _timezone_edited(self, name: str) -> None:
        if self._check("timezone", validation.check_timezone(name)):
            self.edited.emit("timezone", name)

    def _position_edited(self, text: str) -> None:
        position = self._position_of(text)
        if position is None:
            problem = self.tr(
                "Write the meeting position as “latitude, longitude”, e.g. 48.8610, 2.3358."
            )
        else:
            problem = validation.check_position(*position)
        if self._check("position", problem) and position is not None:
            self._meeting_edited(lat=position[0], lon=position[1])

    def _meeting_edited(self, **changes: object) -> None:
        if self._walk is not None:
            self.edited.emit("meeting_point", replace(self._walk.meeting_point, **changes))

    def _start_edited(self, moment: dt.time) -> None:
        self._check("start_time", None)
        self.edited.emit("start_time", moment)

    def _headcount_edited(self, value: int) -> None:
        self._check("headcount", None)
        self.edited.emit("headcount", value)

    def _capacity_edited(self, value: int) -> None:
        self._check("capacity", None)
        self.edited.emit("capacity", value or None)

    def _check(self, field: str, problem: Text | str | None) -> bool:
        if problem:
            self._errors[field] = translated(problem)
        else:
            self._errors.pop(field, None)
        self._show_errors()
        return problem is None

    def _show_errors(self) -> None:
        text = " ".join(self._errors.values())
        self.message.setText(
            self.tr("%1 The walk keeps its last valid value until this is fixed.").replace(
                "%1", text
            )
        )
        self.message.setVisible(bool(self._errors))
        for field, widget in (
            ("title", self.title),
            ("position", self.meeting_position),
            ("timezone", self.timezone),
            ("link", self.link),
            ("start_time", self.start_time),
            ("headcount", self.headcount),
            ("capacity", self.capacity),
            *self._long_texts.items(),
        ):
            widget.setStyleSheet("border: 2px solid #b00020;" if field in self._errors else "")

    @staticmethod
    def _position_of(text: str) -> tuple[float, float] | None:
        parts = text.replace(";", ",").split(",")
        if len(parts) != 2:
            return None
        try:
            return float(parts[0]), float(parts[1])
        except ValueError:
            return None


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)
