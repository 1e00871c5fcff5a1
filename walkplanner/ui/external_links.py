"""Links from the map page that may open in the system browser: only the app's own.

The page shows the tile providers' credit links, built from `tiles.providers`; those
exact addresses open, after the person has seen the address and said yes. Any other
address a script or a file might put in the page never leaves the app.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from walkplanner import APP_NAME
from walkplanner.i18n import tr
from walkplanner.ui.plain import Button, ask

log = logging.getLogger(__name__)


def _normal(url: QUrl) -> str:
    """The address as the page reports it: Chromium gives an empty path as "/"."""
    if not url.path():
        url = QUrl(url)
        url.setPath("/")
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def is_app_link(url: QUrl) -> bool:
    from walkplanner.tiles.providers import credit_links  # xyzservices: not before the map

    return _normal(url) in {_normal(QUrl(link)) for link in credit_links()}


def confirm_open(parent: QWidget | None, url: QUrl) -> bool:
    """Ask before leaving the app; the address is shown as plain text."""
    question = tr("Open this address in your browser?")
    answer = ask(
        parent,
        APP_NAME,
        f"{question}\n\n{url.toString(QUrl.ComponentFormattingOption.FullyEncoded)}",
        Button.Open | Button.Cancel,
        Button.Cancel,
        QMessageBox.Icon.Question,
    )
    return answer == Button.Open


def open_app_link(parent: QWidget | None, url: QUrl) -> bool:
    """Open `url` outside the app if the app itself put it in the page and the person agrees."""
    if not is_app_link(url):
        log.warning("refused to open a link the app did not make: %s", url.toDisplayString()[:200])
        return False
    if not confirm_open(parent, url):
        return False
    return QDesktopServices.openUrl(url)
