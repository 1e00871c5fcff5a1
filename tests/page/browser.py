"""Chromium from the Debian packages, headless, and a loopback server that sees every request.

The server serves the page's folder and is also the browser's proxy: a request for any
other host reaches it as `CONNECT host:443` or `GET http://host/...`, is logged and
refused. So a test knows each address the page tried to reach, with no internet.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Requests:
    local: list[str] = field(default_factory=list)  # paths served from the folder
    outside: list[str] = field(default_factory=list)  # hosts the page tried to reach
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(SimpleHTTPRequestHandler):
    log_to: Requests

    def do_CONNECT(self) -> None:
        self._outside(self.path.rsplit(":", 1)[0])

    def do_GET(self) -> None:
        if self.path.startswith(("http://", "https://")):
            self._outside(urlsplit(self.path).hostname or self.path)
            return
        with self.log_to.lock:
            self.log_to.local.append(urlsplit(self.path).path)
        super().do_GET()

    def _outside(self, host: str) -> None:
        with self.log_to.lock:
            self.log_to.outside.append(host)
        self.send_error(403, "no internet in tests")

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads Requests instead."""


@contextmanager
def serve(folder: Path) -> Iterator[tuple[str, Requests]]:
    """The folder at http://127.0.0.1:PORT/, and the log of what was asked."""
    requests = Requests()
    handler = type("Handler", (_Handler,), {"log_to": requests})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def run_chromium(url: str, proxy: str, width: int, *options: str) -> str:
    """One headless run at width x 800; the DOM or Chromium's own output."""
    binary = chromium()
    assert binary is not None
    command = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-domain-reliability",
        "--disable-client-side-phishing-detection",
        "--no-default-browser-check",
        "--no-pings",
        "--metrics-recording-only",
        "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication",
        f"--proxy-server={proxy}",
        f"--window-size={width},800",
        "--virtual-time-budget=4000",
        *options,
        url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout
