"""The app's language: which catalogue Qt reads, and the words from the layers below the UI.

Strings in widgets go through `self.tr`; module-level code and `say` messages from
core/store/exchange share the empty context, which is where `pyside6-lupdate` files them;
`Context.tr` messages carry their own. The language comes from Preferences, else the system
locale; it applies when the window is built (at start, and when a new choice in Preferences
reopens it). English loads a catalogue too: the forms of its plurals ("1 person").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from walkplanner.resources import resource_path
from walkplanner.text import Text, message_of

LANGUAGES = {"en": "English", "fr": "Français"}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`self.tr` for module-level code; with `n`, a plural (its `%n` or `%Ln` filled in)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def translated(thing: object) -> str:
    """An exception, a Text or anything else, in the UI language."""
    message = message_of(thing)
    if isinstance(message, Text):
        count = -1 if message.count is None else message.count
        found = QCoreApplication.translate(
            message.context, message.template, message.disambiguation, count
        )
        return message.format(found, render=translated)
    return message


def resolve(choice: str | None) -> str:
    """A supported language code: the one chosen, else the system's, else English."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QCoreApplication, code: str) -> None:
    """Load our catalogue and Qt's own (standard buttons, dialogs) and set the default locale."""
    for old in app.findChildren(QTranslator, "walkplanner-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    catalogues = [(f"walkplanner_{code}", str(resource_path("i18n")))]
    if code != "en":
        qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues.append((f"qtbase_{code}", qt))
    for name, folder in catalogues:
        translator = QTranslator(app)
        translator.setObjectName("walkplanner-translator")
        if translator.load(name, folder):
            app.installTranslator(translator)
    system = QLocale.system()
    # The system's own variant when it speaks the language (en_GB keeps its 24-hour clock).
    QLocale.setDefault(system if system.name().startswith(code) else QLocale(code))
