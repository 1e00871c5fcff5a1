"""The post-size invite card as JPEG bytes: the page's preview image (QtGui, headless)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.render.card import CardOptions, render_card
from walkplanner.render.static_map import TileSource


def card_jpeg(
    walk: Walk,
    lang: str,
    link: str,
    tiles: TileSource | None,
    attribution: str,
    people: Sequence[Participant] = (),
) -> bytes:
    """The card that chat apps show for the page's link; its QR opens the page when the
    page has an address, else what the card would open anyway."""
    image = render_card(
        walk, CardOptions("post", "light", lang, link or None), tiles, attribution, people
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 88)
    finally:
        buffer.close()
    return bytes(data.data())
