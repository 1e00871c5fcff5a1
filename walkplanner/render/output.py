"""Writing images and documents atomically, with errors a person can act on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSaveFile
from PySide6.QtGui import QImage

from walkplanner.problem import Problem
from walkplanner.text import say

FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}


class ExportError(Problem, OSError):
    """The file could not be written; the message says why and what to try."""


def check_target(path: Path, formats: dict[str, str] = FORMATS) -> str:
    """The format for `path`, or ExportError before any work is done for nothing."""
    kind = formats.get(path.suffix.lower())
    if kind is None:
        names = ", ".join(formats)
        raise ExportError(
            say(
                "Cannot write “{name}”: the file name must end with {endings}.",
                name=path.name,
                endings=names,
            )
        )
    if path.is_dir():
        raise ExportError(say("{path} is a folder; choose a file name.", path=path))
    if not path.parent.is_dir():
        raise ExportError(
            say("The folder {folder} does not exist; choose another place.", folder=path.parent)
        )
    return kind


def save_image(image: QImage, path: Path) -> Path:
    """Write PNG or JPEG (by suffix) through a temporary file, so a failure leaves no half file."""
    kind = check_target(path)
    target = QSaveFile(str(path))
    if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise ExportError(
            say(
                "Cannot write {path}: {reason}. Choose another place.",
                path=path,
                reason=target.errorString(),
            )
        )
    if not image.save(target, kind, 92 if kind == "JPEG" else -1) or not target.commit():
        target.cancelWriting()
        raise ExportError(
            say(
                "Writing {path} failed ({reason}); nothing was written. "
                "Free some space or choose another place.",
                path=path,
                reason=target.errorString() or say("the disk may be full"),
            )
        )
    return path
