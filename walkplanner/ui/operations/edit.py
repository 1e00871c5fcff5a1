"""The one undo command: a before and an after state of the document, and what changed.

Walks and participants are immutable values, so a step costs two references however long
the route is. Typing into one field merges into a single step, as Qt's `mergeWith` allows.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from walkplanner.ui.document import Changes, State, WalkDocument

_TYPING_ID = 1000


class Edit(QUndoCommand):
    def __init__(
        self,
        document: WalkDocument,
        after: State,
        changes: Changes,
        text: str,
        *,
        typing_key: str = "",
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before = document.state
        self._after = after
        self._changes = changes  # its initiator is told on the first redo only
        self._typing_key = typing_key  # edits with the same key merge (one field typed into)

    def id(self) -> int:
        return _TYPING_ID if self._typing_key else -1  # -1: Qt never merges it

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Edit) or other._typing_key != self._typing_key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._document.apply(self._after, self._changes)
        self._changes = replace(self._changes, initiator=None)  # a later redo is the menu's

    def undo(self) -> None:
        self._document.apply(self._before, self._changes.inverted())


def push(
    document: WalkDocument, after: State, changes: Changes, text: str, *, typing_key: str = ""
) -> None:
    """Push one edit unless it changes nothing."""
    if after != document.state:
        document.undo_stack.push(Edit(document, after, changes, text, typing_key=typing_key))
