"""HTTP GET with a total deadline and a size cap: the one way the router, the geocoder and
the tile fetcher talk to servers.

A socket timeout bounds each read, not the request: a server that drips a byte every half
second holds a plain request for ever. Here a timer shuts the connection's socket down
when the deadline passes, in whatever phase the request is (status line, headers, body),
and the body is read chunk by chunk against a byte budget. urllib.request underneath keeps
proxies from the environment and redirects (loops refused) working.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import Any

from walkplanner.problem import Problem
from walkplanner.text import Text, say

CHUNK_BYTES = 64 * 1024


class NetError(Problem):
    """No whole answer arrived; the message (a Text) says why, for a longer sentence."""


@dataclass(frozen=True)
class Reply:
    """A complete answer, whatever its status (callers decide what a 404 or 304 means)."""

    status: int
    headers: Message
    body: bytes


def get(url: str, *, headers: dict[str, str], deadline_s: float, max_bytes: int) -> Reply:
    """The whole answer within `deadline_s` seconds and `max_bytes` bytes, or NetError.
    Only http and https: a router address of file:///etc/passwd once read the file."""
    if not is_web_address(url):
        raise NetError(
            say("“{address}” is not a web address (http:// or https://)", address=url[:80])
        )
    late = say("no complete answer within {seconds:g} s", seconds=deadline_s)
    with _Deadline(deadline_s) as deadline:
        try:
            reply = _exchange(urllib.request.Request(url, headers=headers), deadline, max_bytes)
        except (OSError, http.client.HTTPException, ValueError) as error:
            if deadline.expired or _timed_out(error):
                raise NetError(late) from error
            raise NetError(_failure(error)) from error
        if deadline.expired:  # the socket was shut mid-answer: what came is not all
            raise NetError(late)
    declared = content_length(reply.headers)
    if reply.status not in (204, 304) and declared is not None and declared != len(reply.body):
        raise NetError(say("the answer was cut short"))
    return reply


def strict_json(body: bytes) -> Any:
    """JSON as the standard has it: NaN and Infinity literals are refused (ValueError)."""

    def refuse(literal: str) -> None:
        raise ValueError(f"{literal} is not JSON")

    try:
        return json.loads(body, parse_constant=refuse)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def content_length(headers: Message) -> int | None:
    """The declared body size, or None when absent (never a huge int). Several different
    or unreadable values are a broken answer (the way requests get smuggled): NetError."""
    values = {value.strip() for value in headers.get_all("Content-Length") or []}
    if not values:
        return None
    value = values.pop()
    if values or not (value.isascii() and value.isdigit() and len(value) <= 15):
        raise NetError(say("a broken answer ({kind})", kind="Content-Length"))
    return int(value)


def is_web_address(url: str) -> bool:
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:  # "http://[::1": a broken address
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _exchange(request: urllib.request.Request, deadline: _Deadline, max_bytes: int) -> Reply:
    opener = urllib.request.OpenerDirector()  # not build_opener: no file:, ftp: or data:
    for handler in (
        urllib.request.ProxyHandler(),
        _HTTPHandler(deadline),
        _HTTPSHandler(deadline),
        urllib.request.HTTPRedirectHandler(),  # a redirect is opened by the same handlers
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    try:
        response = opener.open(request, timeout=deadline.seconds)
    except urllib.error.HTTPError as error:
        response = error  # an answer too: its status, headers and body are read alike
    with response:
        declared = content_length(response.headers)
        if declared is not None and declared > max_bytes:
            raise NetError(_too_big(max_bytes))
        chunks: list[bytes] = []
        size = 0
        while chunk := response.read1(CHUNK_BYTES):
            size += len(chunk)
            if size > max_bytes:
                raise NetError(_too_big(max_bytes))
            chunks.append(chunk)
        return Reply(response.status or 0, response.headers, b"".join(chunks))


def _too_big(max_bytes: int) -> Text:
    return say("the answer is larger than {megabytes:g} MB", megabytes=max_bytes / 2**20)


def _failure(error: BaseException) -> Text:
    if isinstance(error, urllib.error.URLError) and isinstance(error.reason, BaseException):
        error = error.reason
    if isinstance(error, http.client.IncompleteRead):
        return say("the answer was cut short")
    if isinstance(error, http.client.HTTPException | ValueError):
        return say("a broken answer ({kind})", kind=type(error).__name__)
    if isinstance(error, socket.gaierror):  # offline, or a mistyped address
        return say("name not resolved")
    return say("no connection ({kind})", kind=type(error).__name__)


def _timed_out(error: BaseException) -> bool:
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    return isinstance(reason, TimeoutError)


class _Deadline:
    """Shuts every socket it watches down when time is up, waking any blocked read."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.cancel()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing left to wake
        sock.shutdown(socket.SHUT_RDWR)


class _Watched:
    """A connection whose socket the deadline can shut (mixed into HTTP and HTTPS)."""

    sock: socket.socket

    def __init__(self, *args: Any, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self._deadline.watch(self.sock)


class _WatchedHTTP(_Watched, http.client.HTTPConnection):
    pass


class _WatchedHTTPS(_Watched, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_WatchedHTTP, req, deadline=self._deadline)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_WatchedHTTPS, req, context=self._context, deadline=self._deadline)
