"""Run by test_language.py in its own process: switch to French in Preferences, accept the
offer to reopen, and print the menus of the window that comes back."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from walkplanner import app as walkplanner_app
from walkplanner.ui.main_window import MainWindow
from walkplanner.ui.preferences_dialog import PreferencesDialog
from walkplanner.ui.web_scheme import register_scheme


def choose_french(dialog: PreferencesDialog) -> int:
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    return PreferencesDialog.DialogCode.Accepted


def drive() -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = next((w for w in windows if w.isVisible()), None)
    if window is None:
        QTimer.singleShot(200, drive)
        return
    if window.menuBar().actions()[0].text() == "&File":
        window.preferences()
        QTimer.singleShot(200, drive)
    else:
        print("menus:", ",".join(a.text() for a in window.menuBar().actions()), flush=True)
        window.close()


register_scheme()  # before the QApplication, as app.run would
application = QApplication([sys.argv[0]])
PreferencesDialog.exec = choose_french
QMessageBox.exec = lambda _box: QMessageBox.StandardButton.Yes
QTimer.singleShot(500, drive)
sys.exit(walkplanner_app.run(Path(sys.argv[1]), offline=True))
