"""A start-time field that takes times as people type them.

QTimeEdit made "1030A" into 12:00 PM and ignored "A" in the AM/PM part. This is a line
edit read by core.clock_text when the typing is done (Enter or leaving the field):
"10:30", "1030", "10h30", "10.30", "2pm", "14 h" all work, in both languages. Up and
Down move by a quarter of an hour.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from walkplanner.core.clock_text import parse_clock

STEP_MIN = 15


class ClockEdit(QLineEdit):
    time_changed = Signal(object)  # the dt.time the person typed
    refused = Signal(str)  # text that is not a time of day (the form says so)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = dt.time(14, 0)
        self.setPlaceholderText(self.tr("e.g. 14:30, 2pm, 10h30"))
        self.editingFinished.connect(self._read)

    def time(self) -> dt.time:
        return self._time

    def set_time(self, moment: dt.time) -> None:
        """Show a time in the locale's format (without emitting time_changed)."""
        self._time = moment
        qtime = QTime(moment.hour, moment.minute)
        self.setText(QLocale().toString(qtime, QLocale.FormatType.ShortFormat))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = STEP_MIN if event.key() == Qt.Key.Key_Up else -STEP_MIN
            moment = dt.datetime.combine(dt.date(2000, 1, 1), self._time)
            self._set_and_emit((moment + dt.timedelta(minutes=step)).time())
            return
        super().keyPressEvent(event)

    def _read(self) -> None:
        moment = parse_clock(self.text())
        if moment is None:
            self.refused.emit(self.text())
            return
        self._set_and_emit(moment)

    def _set_and_emit(self, moment: dt.time) -> None:
        changed = moment != self._time
        self.set_time(moment)
        if changed:
            self.time_changed.emit(moment)
