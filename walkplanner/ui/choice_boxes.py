"""The choice boxes the export dialogs share (the language of what is exported, the card
theme), each starting from the remembered choice."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from walkplanner.i18n import tr
from walkplanner.render.themes import THEMES
from walkplanner.ui.dialog_memory import DialogMemory


def language_box(memory: DialogMemory, key: str) -> QComboBox:
    """English or French, for the exported words: the UI's language unless chosen before."""
    box = QComboBox()
    box.addItem("English", "en")
    box.addItem("Français", "fr")
    if QLocale().language() == QLocale.Language.French:
        box.setCurrentIndex(1)
    memory.restore(key, box)
    return box


def theme_box(memory: DialogMemory, key: str) -> QComboBox:
    names = {"light": tr("Light"), "dark": tr("Dark"), "bold": tr("Bold colour")}
    box = QComboBox()
    for theme in THEMES:
        box.addItem(names[theme], theme)
    memory.restore(key, box)
    return box
