"""A loopback server that misbehaves on purpose, byte by byte: wrong JSON, lying headers,
dripping, huge headers, resets, bodies cut short, redirect loops.

`http.server` cannot drip a status line or reset a connection, so this one writes raw
bytes on a socket. Each test sets `answer` to a function of the request path returning
an `Answer`.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Answer:
    head: bytes  # status line and headers, up to and including the blank line
    body: bytes = b""
    drip_s: float = 0.0  # a pause before each byte, head included
    reset: bool = False  # after the head, hang up with a TCP reset


def answer(
    body: bytes | str = b"",
    *,
    status: str = "200 OK",
    content_type: str = "application/json",
    headers: tuple[tuple[str, str], ...] = (),
    length: int | None = None,
    drip_s: float = 0.0,
    reset: bool = False,
) -> Answer:
    """An HTTP/1.1 answer; `length` is the Content-Length to claim (the real one by default)."""
    data = body.encode() if isinstance(body, str) else body
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", "Connection: close"]
    lines.append(f"Content-Length: {len(data) if length is None else length}")
    lines += [f"{name}: {value}" for name, value in headers]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return Answer(head, data, drip_s, reset)


@dataclass
class HostileServer:
    url: str = ""
    answer: Callable[[str], Answer] = lambda _path: answer(b"{}")
    paths: list[str] = field(default_factory=list)


@contextmanager
def hostile_server() -> Iterator[HostileServer]:
    state = HostileServer()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            sock: socket.socket = self.request
            request = b""
            while b"\r\n\r\n" not in request and len(request) < 65536:
                chunk = sock.recv(4096)
                if not chunk:
                    return
                request += chunk
            path = request.split(b" ", 2)[1].decode("latin-1")
            state.paths.append(path)
            reply = state.answer(path)
            with contextlib.suppress(OSError):  # the client gave up: the point of some tests
                self._send(sock, reply)

        def _send(self, sock: socket.socket, reply: Answer) -> None:
            if reply.drip_s:
                for byte in reply.head + reply.body:
                    time.sleep(reply.drip_s)
                    sock.sendall(bytes([byte]))
                return
            sock.sendall(reply.head)
            if reply.reset:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            sock.sendall(reply.body)

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    try:
        state.url = f"http://127.0.0.1:{server.server_address[1]}"
        yield state
    finally:
        server.shutdown()
        server.server_close()
