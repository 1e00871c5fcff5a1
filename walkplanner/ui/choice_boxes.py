"""The widgets the export dialogs share: the choice boxes (the language of what is
exported, the theme), each starting from the remembered choice, and the preview."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy

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


def preview_label(accessible_name: str, width: int, height: int) -> QLabel:
    """Where a dialog shows what it will export, centred, growing with the dialog."""
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumSize(width, height)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    label.setAccessibleName(accessible_name)
    return label
