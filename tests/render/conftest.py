from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from PySide6.QtGui import QImage


@pytest.fixture(autouse=True)
def _gui(qapp):
    return qapp


def qr_texts(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    array = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return [result.text for result in zxingcpp.read_barcodes(array[:, : grey.width()].copy())]
