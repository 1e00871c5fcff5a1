"""What the dialogs remember between uses: the last choices (card size, theme, language,
paper…) and the folder each kind of file was last saved to or opened from.

File dialogs then open where the organiser last put that kind of file, else in their
Pictures or Documents folder, never in whatever directory the app was started from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QComboBox

Location = QStandardPaths.StandardLocation
HOMES = {"card": Location.PicturesLocation}  # other kinds start in Documents


class DialogMemory:
    def __init__(self, state: QSettings) -> None:
        self._state = state

    def start_path(self, kind: str, name: str = "") -> str:
        """The path a file dialog for `kind` opens at, with `name` proposed."""
        folder = self._state.value(f"folders/{kind}")
        if not (isinstance(folder, str) and Path(folder).is_dir()):
            folder = QStandardPaths.writableLocation(HOMES.get(kind, Location.DocumentsLocation))
        return str(Path(folder) / name) if name else folder

    def remember_folder(self, kind: str, chosen: Path) -> None:
        self._state.setValue(f"folders/{kind}", str(chosen if chosen.is_dir() else chosen.parent))

    def restore(self, key: str, box: QComboBox, fallback: object = None) -> None:
        """Select the remembered choice (else `fallback`) in `box`, when it still offers it;
        later changes are remembered."""
        for wanted in (self._state.value(f"choices/{key}"), fallback):
            index = box.findData(wanted) if wanted is not None else -1
            if index >= 0:
                box.setCurrentIndex(index)
                break
        box.currentIndexChanged.connect(
            lambda _i: self._state.setValue(f"choices/{key}", box.currentData())
        )
