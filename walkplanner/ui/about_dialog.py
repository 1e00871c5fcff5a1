"""Help → About: what the app is, its version and licence, and who made what it builds on.

The credits are owed, not decorative: the map data and tiles ask to be credited wherever
they are shown, and the fonts and libraries shipped with the app carry licences that
require their notices. The tile providers are read from walkplanner.tiles.providers so
the list follows the basemaps the app offers.

Every sentence goes through tr() as plain text and is HTML-escaped here, so translators
never see markup, and data (provider names, attributions, versions) cannot inject any.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import PySide6
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from walkplanner import APP_NAME, __version__
from walkplanner.geocode import search
from walkplanner.routing import osrm
from walkplanner.tiles import providers
from walkplanner.ui.icons import app_icon

GPL_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
OSM_COPYRIGHT_URL = "https://www.openstreetmap.org/copyright"


def fill(template: str, *values: str) -> str:
    """Put values into a translated template's %1, %2…, in one pass, so a value that
    itself contains "%2" is left alone (chained str.replace would substitute into it)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def link(url: str, text: str | None = None) -> str:
    """A rich-text link; its text is the address without the scheme unless given."""
    shown = text if text is not None else url.split("://", 1)[-1].rstrip("/")
    return f'<a href="{html.escape(url)}">{html.escape(shown)}</a>'


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("About %1"), APP_NAME))
        icon = app_icon()
        self.setWindowIcon(icon)

        # Sized from the text, so the icon keeps its proportion at any scaling factor.
        side = self.fontMetrics().height() * 4
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon.pixmap(QSize(side, side), self.devicePixelRatioF()))
        self.icon_label.setAccessibleName(fill(self.tr("%1 icon"), APP_NAME))

        self.name_label = QLabel(APP_NAME)
        title_font = self.name_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.name_label.setFont(title_font)
        self.version_label = QLabel(fill(self.tr("Version %1"), __version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(
            self.tr(
                "Plan group walks: draw the route on a map, time the stops, "
                "share the invite and print the paper for the day."
            )
        )
        self.summary_label.setWordWrap(True)

        self.licence_label = QLabel(self._licence_html())
        self.licence_label.setWordWrap(True)
        self.licence_label.setOpenExternalLinks(True)

        credits_title = QLabel(self.tr("Credits"))
        heading_font = credits_title.font()
        heading_font.setBold(True)
        credits_title.setFont(heading_font)
        self.credits = QTextBrowser()
        self.credits.setOpenExternalLinks(True)
        self.credits.document().setIndentWidth(self.fontMetrics().averageCharWidth() * 3)
        self.credits.setHtml(self._credits_html())
        self.credits.setAccessibleName(self.tr("Credits"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        heading = QVBoxLayout()
        heading.addWidget(self.name_label)
        heading.addWidget(self.version_label)
        heading.addWidget(self.summary_label)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.icon_label)
        top.addLayout(heading, 1)
        gap = self.fontMetrics().height() // 2
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(gap)
        layout.addWidget(self.licence_label)
        layout.addSpacing(gap)
        layout.addWidget(credits_title)
        layout.addWidget(self.credits, 1)
        layout.addWidget(buttons)

        # In characters and lines, not pixels: the same shape at 100 % and 200 %.
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 88, metrics.height() * 36)
        self.close_button.setFocus()

    def _licence_html(self) -> str:
        text = html.escape(
            fill(
                self.tr(
                    "%1 is free software under the GNU General Public License, version 3 "
                    "or any later version (GPL-3.0-or-later). It comes with no warranty. "
                    "The licence is in the LICENSE file that comes with the app, and at:"
                ),
                APP_NAME,
            )
        )
        return f"<p>{text} {link(GPL_URL)}</p>"

    def _credits_html(self) -> str:
        def item(text: str, url: str | None = None) -> str:
            tail = f" {link(url)}" if url else ""
            return f"<li>{html.escape(text)}{tail}</li>"

        def section(title: str, items: list[str]) -> str:
            return f"<h4>{html.escape(title)}</h4><ul>{''.join(items)}</ul>"

        tiles = [
            "<li><b>{}</b>{}{}</li>".format(
                html.escape(provider.name),
                html.escape(self.tr(": ", "between a tile provider's name and its credit")),
                html.escape(provider.attribution),
            )
            for provider in providers.PROVIDERS.values()
        ]
        routing_host = urlsplit(osrm.DEFAULT_ENDPOINT).hostname or osrm.DEFAULT_ENDPOINT
        search_host = urlsplit(search.DEFAULT_ENDPOINT).hostname or search.DEFAULT_ENDPOINT
        return "".join(
            (
                section(
                    self.tr("Map data"),
                    [
                        item(
                            self.tr(
                                "Map data © OpenStreetMap contributors, available under the "
                                "Open Database License (ODbL)."
                            ),
                            OSM_COPYRIGHT_URL,
                        )
                    ],
                ),
                section(self.tr("Map tiles"), tiles),
                section(
                    self.tr("Online services"),
                    [
                        item(
                            fill(
                                self.tr(
                                    "Walking routes: OSRM (BSD-2-Clause licence), by default "
                                    "on the FOSSGIS server %1."
                                ),
                                routing_host,
                            ),
                            "https://project-osrm.org",
                        ),
                        item(
                            fill(
                                self.tr(
                                    "Place search: Nominatim, by default on the OpenStreetMap "
                                    "Foundation's server %1."
                                ),
                                search_host,
                            ),
                            "https://nominatim.org",
                        ),
                    ],
                ),
                section(
                    self.tr("Software and fonts"),
                    [
                        item(
                            self.tr(
                                "Leaflet, the map library: BSD-2-Clause licence, "
                                "© Volodymyr Agafonkin."
                            ),
                            "https://leafletjs.com",
                        ),
                        item(
                            self.tr("folium, which writes the map page: MIT licence."),
                            "https://python-visualization.github.io/folium/",
                        ),
                        item(
                            fill(
                                self.tr(
                                    "Qt %1 and Qt for Python (PySide6 %2): LGPL-3.0 licence, "
                                    "© The Qt Company Ltd."
                                ),
                                qVersion(),
                                PySide6.__version__,
                            ),
                            "https://doc.qt.io/qt-6/lgpl.html",
                        ),
                        item(
                            self.tr(
                                "qtawesome: MIT licence, © the Spyder development team. Its "
                                "icon fonts: Material Design Icons (the app's buttons) under "
                                "the Apache License 2.0; Font Awesome fonts under the SIL Open "
                                "Font License 1.1 and its icons under CC BY 4.0."
                            ),
                            "https://github.com/spyder-ide/qtawesome",
                        ),
                        item(
                            self.tr(
                                "The Inter typeface, on the cards and handouts: SIL Open Font "
                                "License 1.1, © The Inter Project Authors."
                            ),
                            "https://rsms.me/inter/",
                        ),
                    ],
                ),
            )
        )
