"""A spin box for counts of people that says so when a typed number is over the limit.

QSpinBox silently drops a keystroke that would go past its maximum, so typing 100000
leaves 10000 with no word of why: this one still refuses the value but reports it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget


class CountBox(QSpinBox):
    too_big = Signal(int)  # the number typed, refused

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setGroupSeparatorShown(True)

    def validate(self, text: str, position: int) -> object:
        state = super().validate(text, position)
        if _state(state) == QValidator.State.Invalid:
            digits = "".join(c for c in text if c.isdigit())
            if digits and int(digits) > self.maximum():
                self.too_big.emit(int(digits))
        return state


def _state(result: object) -> QValidator.State:
    """PySide returns the state alone or with the edited text and position."""
    return result[0] if isinstance(result, tuple) else result  # type: ignore[return-value]
