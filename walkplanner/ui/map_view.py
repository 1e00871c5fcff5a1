"""The embedded map: a locked-down web page showing the folium map, and its bridge.

The page may only show walkplanner://app/map.html: links that lead elsewhere (the
OpenStreetMap copyright page in the attribution) open in the system browser, new windows
are refused, dropped files do not navigate, and the page reaches no remote or file URL.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from walkplanner import USER_AGENT
from walkplanner.ui.map_bridge import MapBridge
from walkplanner.ui.map_page import MAP_URL
from walkplanner.ui.web_scheme import SCHEME, AppSchemeHandler

log = logging.getLogger(__name__)
console_log = logging.getLogger("walkplanner.map.console")

_CONSOLE_LEVELS = {
    QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel: logging.INFO,
    QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel: logging.WARNING,
    QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel: logging.ERROR,
}


def make_profile(
    storage: Path, handler: AppSchemeHandler, parent: QWidget | None
) -> QWebEngineProfile:
    """A named, persistent profile that identifies the app to every server."""
    profile = QWebEngineProfile("walkplanner", parent)
    profile.setPersistentStoragePath(str(storage))
    profile.setCachePath(str(storage / "cache"))
    profile.setHttpUserAgent(USER_AGENT)
    profile.installUrlSchemeHandler(SCHEME, handler)
    return profile


class MapPage(QWebEnginePage):
    def __init__(self, profile: QWebEngineProfile, parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        settings = self.settings()
        Attr = QWebEngineSettings.WebAttribute
        settings.setAttribute(Attr.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(Attr.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(Attr.JavascriptCanOpenWindows, False)
        settings.setAttribute(Attr.NavigateOnDropEnabled, False)
        settings.setAttribute(Attr.PluginsEnabled, False)

    def acceptNavigationRequest(
        self, url: QUrl, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        if url == QUrl(MAP_URL):
            return True
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked and url.scheme() in (
            "https",
            "http",
        ):
            QDesktopServices.openUrl(url)
        log.info("blocked navigation away from the map to %s", url.toString())
        return False

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> None:
        return None

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        console_log.log(_CONSOLE_LEVELS.get(level, logging.INFO), "%s:%d %s", source, line, message)


class MapView(QWebEngineView):
    """Shows the map page and owns its bridge; knows nothing of walks."""

    def __init__(self, profile: QWebEngineProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.bridge = MapBridge(self)
        self._channel = QWebChannel(self)
        self._channel.registerObject("bridge", self.bridge)
        page = MapPage(profile, self)
        page.setWebChannel(self._channel)
        self.setPage(page)
        page.loadStarted.connect(self.bridge.reset)
        page.loadFinished.connect(self._on_load_finished)
        self.setAccessibleName(self.tr("Walk map"))
        self.load(QUrl(MAP_URL))

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            log.error("the map page failed to load")
