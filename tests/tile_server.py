"""A loopback tile server for tests: records requests, answers like a real one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from tests.serving import QuietHandler, serving


def png_bytes(colour: str = "#a0c8f0", size: int = 256) -> bytes:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


@dataclass
class TileServer:
    url: str = ""
    tile: bytes = field(default_factory=png_bytes)
    cache_control: str | None = "max-age=3600"
    etag: str | None = '"v1"'
    status: int = 200
    content_type: str = "image/png"
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    delay_s: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def template(self) -> str:
        return self.url + "/{z}/{x}/{y}.png"


@contextmanager
def tile_server() -> Iterator[TileServer]:
    state = TileServer()

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            with state.lock:
                state.requests.append((self.path, dict(self.headers.items())))
                state.in_flight += 1
                state.max_in_flight = max(state.max_in_flight, state.in_flight)
            try:
                if state.delay_s:
                    threading.Event().wait(state.delay_s)
                self._answer()
            finally:
                with state.lock:
                    state.in_flight -= 1

        def _answer(self) -> None:
            if state.etag and self.headers.get("If-None-Match") == state.etag:
                self.send_response(304)
                self.send_header("Cache-Control", state.cache_control or "")
                self.end_headers()
                return
            body = state.tile if state.status == 200 else b"<html>error</html>"
            self.send_response(state.status)
            self.send_header(
                "Content-Type", state.content_type if state.status == 200 else "text/html"
            )
            self.send_header("Content-Length", str(len(body)))
            if state.cache_control:
                self.send_header("Cache-Control", state.cache_control)
            if state.etag:
                self.send_header("ETag", state.etag)
            self.end_headers()
            self.wfile.write(body)

    with serving(Handler) as url:
        state.url = url
        yield state
