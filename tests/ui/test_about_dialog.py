"""Help → About: version, licence and the credits the map data, tiles and libraries ask for."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel

from walkplanner import APP_NAME, __version__
from walkplanner.tiles import providers
from walkplanner.ui.about_dialog import OSM_COPYRIGHT_URL, AboutDialog


@pytest.fixture
def dialog(qtbot) -> AboutDialog:
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    return about


def test_shows_version_licence_and_credits(dialog: AboutDialog) -> None:
    assert dialog.name_label.text() == APP_NAME
    assert __version__ in dialog.version_label.text()
    assert not dialog.icon_label.pixmap().isNull()
    assert "GPL-3.0-or-later" in dialog.licence_label.text()
    assert "gnu.org/licenses/gpl-3.0" in dialog.licence_label.text()
    credits = dialog.credits.toPlainText()
    for provider in providers.PROVIDERS.values():
        assert provider.name in credits
        assert provider.attribution in credits
    for name in ("OpenStreetMap", "ODbL", "Leaflet", "Inter", "OSRM", "Nominatim", "PySide6"):
        assert name in credits, name
    assert OSM_COPYRIGHT_URL in dialog.credits.toHtml()
    dialog.grab().save("/tmp/about.png")


def test_links_open_in_the_browser_and_escape_closes(dialog: AboutDialog, qtbot) -> None:
    assert dialog.credits.openExternalLinks()
    assert dialog.licence_label.openExternalLinks()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_close_button_closes(dialog: AboutDialog, qtbot) -> None:
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_provider_text_is_escaped(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    evil = replace(
        providers.PROVIDERS["osm"], name="<b>Tiles & Co</b>", attribution='<img src="x"> ©'
    )
    monkeypatch.setitem(providers.PROVIDERS, "evil", evil)
    about = AboutDialog()
    qtbot.addWidget(about)
    credits = about.credits.toPlainText()
    assert "<b>Tiles & Co</b>" in credits
    assert '<img src="x"> ©' in credits


class Marking(QTranslator):
    """A pseudo-translation: every string that went through tr() comes back in ⟦ ⟧."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return f"⟦{source}⟧" if context == "AboutDialog" else None


def test_every_sentence_goes_through_tr(qtbot) -> None:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        about = AboutDialog()
        qtbot.addWidget(about)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert about.windowTitle().startswith("⟦")
    texts = [label.text() for label in about.findChildren(QLabel) if label.text()]
    texts = [t for t in texts if t != APP_NAME]  # the name itself is not translated
    assert texts and all("⟦" in t for t in texts), texts
    for line in about.credits.toPlainText().splitlines():
        provider_line = any(line.startswith(p.name) for p in providers.PROVIDERS.values())
        assert "⟦" in line or provider_line, line
    assert about.close_button.text()  # Qt's own translation of "Close"
