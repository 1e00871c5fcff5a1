"""What the window says when an error escapes every handler: a refusal (a `Problem`) is
said as it is, without "Something went wrong" or a traceback in the log; a bug is
called one and logged with its traceback. Both save the walk first."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from walkplanner import app
from walkplanner.store.errors import WalkNotFound
from walkplanner.ui import plain


class Shown:
    def __init__(self) -> None:
        self.boxes: list[tuple[QMessageBox.Icon, str]] = []

    def __call__(self, _parent, icon, _title, text, *_rest) -> QMessageBox:
        self.boxes.append((icon, text))
        box = QMessageBox()
        box.exec = lambda: 0  # never block the test
        return box


@pytest.fixture
def shown(harness, monkeypatch: pytest.MonkeyPatch) -> Shown:
    shown = Shown()
    monkeypatch.setattr(plain, "message_box", shown)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app._install_excepthook(harness.open().window, "Details are in the log.", smoke_test=False)
    return shown


def test_a_refusal_that_escaped_is_said_as_it_is(shown: Shown, caplog) -> None:
    caplog.set_level(logging.INFO)
    error = WalkNotFound(42)
    sys.excepthook(type(error), error, None)
    ((icon, text),) = shown.boxes
    assert icon == QMessageBox.Icon.Warning
    assert text.startswith("There is no walk “42”.") and "Something went wrong" not in text
    assert "Your walk is saved." in text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


def test_a_bug_is_called_one_and_keeps_its_traceback(shown: Shown, caplog) -> None:
    try:
        raise ValueError("a bug")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    ((icon, text),) = shown.boxes
    assert icon == QMessageBox.Icon.Critical
    assert text.startswith("Something went wrong: a bug") and "Details are in the log." in text
    assert [r for r in caplog.records if r.levelno == logging.CRITICAL and r.exc_info]
