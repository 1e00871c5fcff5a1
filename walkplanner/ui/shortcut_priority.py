"""The window's own shortcuts work from anywhere in it, text fields included.

A QLineEdit claims some Ctrl keys for itself (Ctrl+E moves to the end of the line under
X11's emacs-like bindings), so Export card did nothing while the caret was in the title.
Text editing keeps the keys it really needs (undo, copy, paste, select all, moving by
words…); every other shortcut of the window's actions goes to the action.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TEXT_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToNextWord,
    QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord,
    QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.MoveToStartOfLine,
    QKeySequence.StandardKey.MoveToEndOfLine,
    QKeySequence.StandardKey.MoveToStartOfDocument,
    QKeySequence.StandardKey.MoveToEndOfDocument,
)


class ShortcutPriority(QObject):
    """An event filter on the window's text fields: a key that is one of `actions`'
    shortcuts, and not a text-editing key, is not taken over by the field.

    (Filtering the whole application instead crashes PySide6 inside Qt WebEngine.)"""

    def __init__(self, actions: Iterable[QAction], window: QWidget) -> None:
        super().__init__(window)
        editing = {
            binding[0].toCombined()
            for key in TEXT_KEYS
            for binding in QKeySequence.keyBindings(key)
            if binding.count() == 1
        }
        self._keys = {
            seq[0].toCombined()
            for action in actions
            for seq in action.shortcuts()
            if seq.count() == 1 and seq[0].toCombined() not in editing
        }

        for field in (
            *window.findChildren(QLineEdit),
            *window.findChildren(QPlainTextEdit),
            *window.findChildren(QTextEdit),
        ):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() in self._keys
        ):
            event.ignore()
            return True  # the shortcut map, not the text field, gets this key
        return False
