"""A spin box for counts of people that says so when a typed number is over the limit.

QSpinBox silently drops a keystroke that would go past its maximum, so typing 100000
leaves 10000 with no word of why: this one still refuses the value but reports it.
"""

from __future__ import annotations

import string

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

LARGEST_INT = 2**31 - 1  # a Signal(int) is a C++ int


class CountBox(QSpinBox):
    too_big = Signal(int)  # the number typed, refused

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setGroupSeparatorShown(True)

    def validate(self, text: str, position: int) -> object:
        state = super().validate(text, position)
        if _state(state) == QValidator.State.Invalid:
            number = _typed_number(text)
            if number is not None and number > self.maximum():
                self.too_big.emit(number)
        return state


def _typed_number(text: str) -> int | None:
    """The ASCII digits typed, as a number the signal's C++ int holds: "²" or "٣" (digits
    to str.isdigit, not to int) raised in the validator, a 12-digit paste overflowed the
    signal, and 5,000 digits passed Python's limit for int()."""
    digits = "".join(c for c in text if c in string.digits)
    if not digits:
        return None
    return int(digits) if len(digits) <= 9 else LARGEST_INT


def _state(result: object) -> QValidator.State:
    """PySide returns the state alone or with the edited text and position."""
    return result[0] if isinstance(result, tuple) else result  # type: ignore[return-value]
