"""walkplanner://app/ — the page, its scripts and the map tiles, all from inside the app.

Tiles come from the shared tile cache and fetcher (walkplanner.tiles), in worker threads,
so the map view and the static renderer share one cache and one usage policy. A tile
that cannot be had is answered with a neutral placeholder: the walk is always drawn.
"""

from __future__ import annotations

import logging
import mimetypes
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QFile,
    QIODevice,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from walkplanner.resources import leaflet_dir, resource_path
from walkplanner.ui.map_page import CONTENT_SECURITY_POLICY, PAGE_ASSETS

if TYPE_CHECKING:
    from walkplanner.render.static_map import TileSource
    from walkplanner.ui.map_page import BuiltPage

log = logging.getLogger(__name__)

SCHEME = b"walkplanner"
_CSP = QByteArray(b"Content-Security-Policy")
TILE_PATH = re.compile(r"^/tiles/(?P<provider>[a-z0-9_-]+)/(?P<z>\d+)/(?P<x>\d+)/(?P<y>\d+)\.png$")
STATIC_ROOTS: dict[str, Callable[[], Path]] = {
    "/web/": lambda: resource_path("web"),
    "/leaflet/": leaflet_dir,
}


def register_scheme() -> None:
    """Must run before the QApplication exists (Qt WebEngine's rule).

    Neither LocalAccessAllowed (the page must not read file: URLs, whatever a script
    asks) nor LocalScheme (which only a LocalAccessAllowed page could load from): a
    secure scheme of its own, whose pages are their own origin.
    """
    if QWebEngineUrlScheme.schemeByName(SCHEME).name():
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme)
    QWebEngineUrlScheme.registerScheme(scheme)


def placeholder_tile() -> bytes:
    """A quiet paper-coloured square with a faint grid, for tiles we cannot get."""
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#ece9e2"))
    painter = QPainter(image)
    try:
        painter.setPen(QPen(QColor("#dcd8cf"), 1))
        for offset in range(0, 256, 64):
            painter.drawLine(offset, 0, offset, 255)
            painter.drawLine(0, offset, 255, offset)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _qwebchannel_js() -> bytes:
    source = QFile(":/qtwebchannel/qwebchannel.js")
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError("qwebchannel.js is missing from the Qt WebChannel resources")
    return bytes(source.readAll())


class _TileDelivery(QObject):
    done = Signal(int, bytes, str)


class _TileTask(QRunnable):
    """One tile off the GUI thread; once the map has closed it is dropped, quietly (the
    tile cache it would write to may be closed already)."""

    def __init__(
        self,
        ticket: int,
        service: TileSource,
        tile: tuple[int, int, int],
        delivery: _TileDelivery,
        stopped: threading.Event,
    ) -> None:
        super().__init__()
        self._args = (ticket, service, tile, delivery, stopped)

    def run(self) -> None:
        ticket, service, (z, x, y), delivery, stopped = self._args
        if stopped.is_set():
            return
        try:
            result = service.tile(z, x, y)
            data, content_type = result.data or b"", result.content_type
        except Exception:
            if stopped.is_set():
                return
            log.exception("tile %s/%s/%s failed", z, x, y)
            data, content_type = b"", ""
        delivery.done.emit(ticket, data, content_type)


class AppSchemeHandler(QWebEngineUrlSchemeHandler):
    def __init__(self, page: Callable[[], BuiltPage], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_source = page
        self._page: BuiltPage | None = None
        # Set once the basemaps are known (after the page has started loading).
        self.tile_source: Callable[[str], TileSource | None] = lambda _key: None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._stopped = threading.Event()
        self._jobs: dict[int, QWebEngineUrlRequestJob] = {}
        self._next_ticket = 0
        self._placeholder: bytes | None = None
        self._qwebchannel: bytes | None = None
        self._delivery = _TileDelivery(self)
        self._delivery.done.connect(self._deliver_tile)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        path = url.path()
        if url.host() != "app":
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
        elif path == "/map.html":
            # PySide6 reads a QMultiMap as a dict of lists.
            job.setAdditionalResponseHeaders({_CSP: [QByteArray(CONTENT_SECURITY_POLICY.encode())]})
            self._reply(job, "text/html; charset=utf-8", self._built().html.encode("utf-8"))
        elif path.startswith(PAGE_ASSETS):
            self._serve_page_asset(job, path)
        elif path == "/qwebchannel.js":
            self._qwebchannel = self._qwebchannel or _qwebchannel_js()
            self._reply(job, "text/javascript", self._qwebchannel)
        elif match := TILE_PATH.match(path):
            self._start_tile(job, match)
        else:
            self._serve_static(job, path)

    def wait_for_tiles(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)

    def stop_tiles(self) -> None:
        """The map is closing: tiles not yet fetched are dropped, and no one waits for
        those on their way (each fetch has its own deadline)."""
        self._stopped.set()
        self._pool.clear()

    def _built(self) -> BuiltPage:
        self._page = self._page or self._page_source()
        return self._page

    def _serve_page_asset(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        body = self._built().assets.get(path)
        if body is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        mime = "text/css" if path.endswith(".css") else "text/javascript"
        self._reply(job, mime, body.encode("utf-8"))

    def _serve_static(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        for prefix, root in STATIC_ROOTS.items():
            if path.startswith(prefix):
                base = root().resolve()
                target = (base / path[len(prefix) :]).resolve()
                if target.is_relative_to(base) and target.is_file():
                    mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                    self._reply(job, mime, target.read_bytes())
                    return
        log.warning("map page asked for a missing file: %s", path)
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    def _start_tile(self, job: QWebEngineUrlRequestJob, match: re.Match[str]) -> None:
        service = self.tile_source(match["provider"])
        if service is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        ticket = self._next_ticket = self._next_ticket + 1
        self._jobs[ticket] = job
        job.destroyed.connect(lambda *_: self._jobs.pop(ticket, None))
        z, x, y = int(match["z"]), int(match["x"]), int(match["y"])
        self._pool.start(_TileTask(ticket, service, (z, x, y), self._delivery, self._stopped))

    def _deliver_tile(self, ticket: int, data: bytes, content_type: str) -> None:
        job = self._jobs.pop(ticket, None)
        if job is None or not shiboken6.isValid(job):
            return
        if not data:
            self._placeholder = self._placeholder or placeholder_tile()
            data, content_type = self._placeholder, "image/png"
        self._reply(job, content_type or "image/png", data)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: str, data: bytes) -> None:
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode("ascii"), buffer)
