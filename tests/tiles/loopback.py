"""A tile server on 127.0.0.1 for the tests: it records what it is asked and can play
every part a real tile server plays (caching headers, 304, errors, hanging up, dying).

Qt-free on purpose, like the package it tests: the PNG is written by hand.
"""

from __future__ import annotations

import struct
import sys
import threading
import time
import zlib
from dataclasses import dataclass
from email.message import Message
from http.server import ThreadingHTTPServer
from socket import socket

from tests.serving import QuietHandler


def png_bytes(colour: str = "#a0c8f0", size: int = 256) -> bytes:
    """A real, decodable PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    row = b"\x00" + bytes.fromhex(colour.removeprefix("#")) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size))
        + chunk(b"IEND", b"")
    )


@dataclass
class Request:
    path: str
    headers: Message  # looked up without regard to case, as HTTP wants
    status: int = 0


class LoopbackTileServer:
    """Answers GET /{z}/{x}/{y}.png; change the attributes to change its answers."""

    def __init__(self) -> None:
        self.tile = png_bytes()
        self.status = 200
        self.content_type = "image/png"
        self.body: bytes | None = None  # instead of the tile
        self.cache_control: str | None = "max-age=3600"
        self.etag: str | None = '"v1"'
        self.last_modified: str | None = "Mon, 02 Nov 2026 10:00:00 GMT"
        self.delay_s = 0.0
        self.hang_up = False  # accept connections, then close them without a word
        self.requests: list[Request] = []
        self.connections = 0
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        self._server = self._make_server()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.template = self.url + "/{z}/{x}/{y}.png"

    def stop(self) -> None:
        """The server goes away: from now on connections are refused."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def _make_server(self) -> ThreadingHTTPServer:
        state = self

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(
                self, request: socket | tuple[bytes, socket], address: object
            ) -> bool:
                with state._lock:
                    state.connections += 1
                return not state.hang_up

            def handle_error(self, request: object, address: object) -> None:
                # A client that gave up (a timeout test) is expected; anything else is not.
                if not isinstance(sys.exc_info()[1], ConnectionError):
                    super().handle_error(request, address)

        class Handler(QuietHandler):
            def do_GET(self) -> None:
                request = Request(self.path, self.headers)
                with state._lock:
                    state.requests.append(request)
                    state._in_flight += 1
                    state.max_in_flight = max(state.max_in_flight, state._in_flight)
                if state.delay_s:
                    time.sleep(state.delay_s)
                # Out of flight before the first byte of the answer: once the client has it
                # all it may send its next request, maybe before this thread runs again.
                with state._lock:
                    state._in_flight -= 1
                self._answer(request)

            def _answer(self, request: Request) -> None:
                # The status is noted before answering: the client may look as soon as it has it.
                if self._unchanged():
                    request.status = 304
                    self.send_response(304)
                    self._caching_headers()
                    self.end_headers()
                    return
                body = state.body if state.body is not None else state.tile
                if state.status != 200 and state.body is None:
                    body = b"<html><body>Internal error</body></html>"
                request.status = state.status
                self.send_response(state.status)
                ctype = state.content_type if state.status == 200 else "text/html"
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self._caching_headers()
                self.end_headers()
                self.wfile.write(body)

            def _unchanged(self) -> bool:
                if state.status != 200:
                    return False
                if tag := self.headers.get("If-None-Match"):
                    return tag == state.etag
                since = self.headers.get("If-Modified-Since")
                return since is not None and since == state.last_modified

            def _caching_headers(self) -> None:
                for name, value in (
                    ("Cache-Control", state.cache_control),
                    ("ETag", state.etag),
                    ("Last-Modified", state.last_modified),
                ):
                    if value is not None:
                        self.send_header(name, value)

        return Server(("127.0.0.1", 0), Handler)
