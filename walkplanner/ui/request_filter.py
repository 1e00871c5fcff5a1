"""The map profile's last line of defence: no request leaves the app's own scheme.

The page's Content-Security-Policy already forbids other origins; this filter holds even
if a policy were missing or wrong. It sees every request the profile makes (pages,
scripts, images, fetches, WebSockets) and blocks file:, http(s):, ws(s):, ftp: and
anything else that is not walkplanner: or an inline data: image.
"""

from __future__ import annotations

import logging

from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

log = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"walkplanner", "data"})


class AppOnlyRequests(QWebEngineUrlRequestInterceptor):
    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() not in ALLOWED_SCHEMES:
            log.warning("map page request blocked: %s", url.toDisplayString()[:200])
            info.block(True)
