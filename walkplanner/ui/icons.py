"""qtawesome icons, attached once the window is on screen.

Importing qtawesome (and qtpy under it) costs about a tenth of a second, so widgets
name their icons with `later` and the window calls `attach_pending` after its first
paint: the map and the walk appear sooner, the icons a frame later.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

_pending: list[tuple[QAction | QAbstractButton, str]] = []


def later(target: QAction | QAbstractButton, name: str) -> None:
    _pending.append((target, name))


def attach_pending() -> None:
    import qtawesome as qta
    import shiboken6

    pending = _pending.copy()
    _pending.clear()
    for target, name in pending:
        if shiboken6.isValid(target):
            target.setIcon(qta.icon(name))
