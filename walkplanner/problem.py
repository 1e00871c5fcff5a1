"""The one type of expected failure: offline, a refused file, a bad answer, a full disk.

Expected failures are not bugs: the person can act on them, so they carry a message for
them (a translatable `Text`) and nothing else matters. Every layer raises a subclass of
`Problem`; the window shows it once and the task runner logs it at INFO without a
traceback; the command line prints it as one line and exits 2. Anything else that escapes
is a bug and keeps its traceback. Subclasses stay where a caller tells them apart
(`StoreReadOnly` from `CorruptDatabase`); some keep `ValueError` or `OSError` as a second
base, so a reader that turns any `ValueError` of a parser into a message, or a caller
that catches `OSError` around a file, still catches them.
"""

from __future__ import annotations

from walkplanner.text import Text


class Problem(Exception):
    """An expected failure; `message` says what happened and, when known, what to do."""

    def __init__(self, message: Text | str) -> None:
        super().__init__(message)

    @property
    def message(self) -> Text | str:
        """The message for the UI to translate; `str(problem)` reads it in English."""
        return self.args[0] if self.args else ""

    def __str__(self) -> str:
        return str(self.message)
