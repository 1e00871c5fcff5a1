"""QR codes drawn as vector squares (crisp at any size, in images and in PDFs)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

QUIET_MODULES = 2


def draw_qr(painter: QPainter, area: QRectF, text: str, corner: float = 0.0) -> None:
    """Dark modules on a white tile with a quiet zone, whatever the background."""
    matrix = segno.make(text, error="m", micro=False).matrix
    module = area.width() / (len(matrix) + 2 * QUIET_MODULES)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(area, corner, corner)
    modules = QPainterPath()
    for row, values in enumerate(matrix):
        for column, value in enumerate(values):
            if value:
                modules.addRect(
                    QRectF(
                        area.left() + (column + QUIET_MODULES) * module,
                        area.top() + (row + QUIET_MODULES) * module,
                        module,
                        module,
                    )
                )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(modules.simplified(), QColor("#111111"))
    painter.restore()
