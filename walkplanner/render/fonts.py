"""The bundled Inter font, registered once, so cards look the same on every machine."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from walkplanner.resources import resource_path

FAMILY = "Inter"
FILES = ("Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf", "Inter-ExtraBold.otf")


@cache
def register() -> str:
    """Load the font files (needs a QGuiApplication); returns the family name."""
    for name in FILES:
        if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) < 0:
            raise RuntimeError(f"The bundled font {name} could not be loaded; reinstall the app.")
    return FAMILY


def font(pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    result = QFont(register())
    result.setPixelSize(max(1, round(pixel_size)))
    result.setWeight(weight)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # Inter's contextual alternates swap glyphs (arrows after a space) for variants with no
    # Unicode value, which PDF text extraction and copy-paste then get wrong.
    result.setFeature(QFont.Tag("calt"), 0)
    return result
