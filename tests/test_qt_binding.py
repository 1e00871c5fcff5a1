"""Guards against a broken Qt binding release.

PySide6 6.12.0 drops a reference to None on every call that returns nothing; on Python
3.11 (where None is not immortal) the app then aborts after enough painting.

From Python 3.12 None is immortal (PEP 683): its reference count is pinned, so a lost
reference can neither crash the app nor be seen here, and the test is skipped.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its reference count cannot move",
)
def test_calls_returning_nothing_keep_none_alive() -> None:
    path = QPainterPath()
    before = sys.getrefcount(None)
    for _ in range(1000):
        path.addRect(QRectF(0, 0, 1, 1))
    assert abs(sys.getrefcount(None) - before) < 50
