"""Help → About: version, licence and the credits the map data, tiles and libraries ask for."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from walkplanner import APP_NAME, __version__
from walkplanner.tiles import providers
from walkplanner.ui.about_dialog import GPL_URL, OSM_COPYRIGHT_URL, AboutDialog


@pytest.fixture
def dialog(qtbot) -> AboutDialog:
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    return about


# Every address the dialog links to, each put there by the app itself: data (provider
# names and credits, versions) is only ever text.
OWN_LINKS = {
    GPL_URL,
    OSM_COPYRIGHT_URL,
    "https://project-osrm.org",
    "https://nominatim.org",
    "https://leafletjs.com",
    "https://python-visualization.github.io/folium/",
    "https://doc.qt.io/qt-6/lgpl.html",
    "https://github.com/spyder-ide/qtawesome",
    "https://rsms.me/inter/",
}


def links_in(rich_text: str) -> set[str]:
    return set(re.findall(r"""<a\s[^>]*href=["']([^"']*)["']""", rich_text))


def shown(label: QLabel) -> str:
    """A label's text as a person reads it (rich text drawn, not its markup)."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_shows_version_licence_and_credits(dialog: AboutDialog) -> None:
    assert dialog.name_label.text() == APP_NAME
    assert dialog.version_label.text() == f"Version {__version__}"
    assert not dialog.icon_label.pixmap().isNull()
    licence = shown(dialog.licence_label)
    assert "GPL-3.0-or-later" in licence and "no warranty" in licence
    assert "www.gnu.org/licenses/gpl-3.0.html" in licence  # the address is readable too
    credits = dialog.credits.toPlainText()
    for provider in providers.PROVIDERS.values():
        assert f"{provider.name}: {provider.attribution}" in credits
    for name in ("OpenStreetMap", "ODbL", "Leaflet", "Inter", "OSRM", "Nominatim", "PySide6"):
        assert name in credits, name
    assert "<" not in credits and "&amp;" not in credits  # no markup shown as text


def test_links_go_only_to_the_apps_own_places(dialog: AboutDialog) -> None:
    links = links_in(dialog.licence_label.text()) | links_in(dialog.credits.toHtml())
    assert links == OWN_LINKS
    assert all(link.startswith("https://") for link in links)


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
    assert links_in(about.credits.toHtml()) == OWN_LINKS - {GPL_URL}


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
