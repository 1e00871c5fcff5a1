"""The embedded map: a locked-down web page showing the folium map, and its bridge.

The page may only show walkplanner://app/map.html. It reaches no remote or file URL (its
Content-Security-Policy and the profile's request filter both refuse them), new windows
are refused and dropped files do not navigate. A clicked link opens in the system browser
only when the app itself put it in the page (a tile provider's credit), after the person
has confirmed; every other navigation is dropped.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from walkplanner import USER_AGENT
from walkplanner.ui.external_links import is_app_link, open_app_link
from walkplanner.ui.map_bridge import MapBridge
from walkplanner.ui.map_page import MAP_URL
from walkplanner.ui.request_filter import AppOnlyRequests
from walkplanner.ui.web_scheme import SCHEME, AppSchemeHandler

log = logging.getLogger(__name__)
console_log = logging.getLogger("walkplanner.map.console")

_CONSOLE_LEVELS = {
    QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel: logging.INFO,
    QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel: logging.WARNING,
    QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel: logging.ERROR,
}


class MapProfile(QWebEngineProfile):
    """A named, persistent profile whose pages reach nothing but the app's own scheme."""

    def __init__(self, storage: Path, handler: AppSchemeHandler, parent: QWidget | None) -> None:
        super().__init__("walkplanner", parent)
        self.setPersistentStoragePath(str(storage))
        self.setCachePath(str(storage / "cache"))
        self.setHttpUserAgent(USER_AGENT)
        self.installUrlSchemeHandler(SCHEME, handler)
        # Held here: Qt does not own an interceptor, and a collected one filters nothing.
        self._requests = AppOnlyRequests(self)
        self.setUrlRequestInterceptor(self._requests)


_Attr = QWebEngineSettings.WebAttribute
_SETTINGS = {
    _Attr.LocalContentCanAccessRemoteUrls: False,
    _Attr.LocalContentCanAccessFileUrls: False,
    _Attr.JavascriptCanOpenWindows: False,
    _Attr.JavascriptCanAccessClipboard: False,
    _Attr.JavascriptCanPaste: False,
    _Attr.AllowWindowActivationFromJavaScript: False,
    _Attr.NavigateOnDropEnabled: False,
    _Attr.PluginsEnabled: False,
    _Attr.PdfViewerEnabled: False,
    _Attr.FullScreenSupportEnabled: False,
    _Attr.ScreenCaptureEnabled: False,
    _Attr.AllowRunningInsecureContent: False,
    _Attr.AllowGeolocationOnInsecureOrigins: False,
    _Attr.WebRTCPublicInterfacesOnly: True,
    _Attr.HyperlinkAuditingEnabled: False,
    _Attr.DnsPrefetchEnabled: False,
}


class MapPage(QWebEnginePage):
    def __init__(self, profile: QWebEngineProfile, parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        settings = self.settings()
        for attribute, on in _SETTINGS.items():
            settings.setAttribute(attribute, on)

    def acceptNavigationRequest(
        self, url: QUrl, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        if is_main_frame and url == QUrl(MAP_URL):
            return True
        link = nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked
        if link and is_main_frame and is_app_link(url):
            # Asked after this call returns: Chromium waits for the answer to this one.
            QTimer.singleShot(0, lambda: open_app_link(QWebEngineView.forPage(self), url))
        else:
            log.warning("blocked navigation away from the map to %s", url.toDisplayString()[:200])
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
        page.loadStarted.connect(lambda: self.bridge.reset())  # not a slot the page sees
        page.loadFinished.connect(self._on_load_finished)
        self.setAccessibleName(self.tr("Walk map"))
        self.load(QUrl(MAP_URL))

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            log.error("the map page failed to load")
