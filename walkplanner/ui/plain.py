"""Text from people and files shown in widgets exactly as typed, never as Qt rich text.

Qt guesses: a QLabel, a QMessageBox or a tooltip whose text looks like HTML
(`Qt::mightBeRichText`) is rendered as HTML, and a message box follows the links in it.
A walk called "<a href=…>" must read as that, so every widget that may show a title, a
name, a path or a message with such text in it goes through one of these helpers.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain_label(label: QLabel) -> QLabel:
    """The label shows its text as typed and opens no link."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    return label


def tooltip(text: str) -> str:
    """A tooltip reading `text` as typed. Qt renders a tooltip as rich text when it guesses
    so, so it is always given rich text: `text` escaped, in a paragraph that keeps its
    spaces and line breaks."""
    if not text:
        return ""
    return f'<p style="white-space: pre-wrap">{html.escape(text, quote=False)}</p>'


def menu_text(text: str) -> str:
    """An action's text shown as typed: a lone & would otherwise mark a shortcut key."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """A window title shown as typed: Qt reads "[*]" as the unsaved-changes marker."""
    return text.replace("[*]", "[*][*]")


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> QMessageBox:
    """A message box that shows `text` as typed and follows no link."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setDefaultButton(default)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> Button:
    """The button the person chose."""
    return Button(message_box(parent, icon, title, text, buttons, default).exec())
