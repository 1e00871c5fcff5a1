"""qtawesome icons, attached once the window is on screen.

Importing qtawesome (and qtpy under it) costs about a tenth of a second, so widgets
name their icons with `later` and the window calls `attach_pending` after its first
paint: the map and the walk appear sooner, the icons a frame later.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QAbstractButton

from walkplanner import APP_ID
from walkplanner.resources import resource_path

_pending: list[tuple[QAction | QAbstractButton, str]] = []

# The sizes scripts/render-icons draws into resources/icons/hicolor/<N>x<N>/apps/.
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


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


def app_icon() -> QIcon:
    """Walk Planner's own icon: the SVG for any size, and the rendered PNGs for the sizes
    taskbars and title bars use (crisp, and shown even where Qt's SVG plugin is missing)."""
    icon = QIcon()
    icon.addFile(str(resource_path("icons", f"{APP_ID}.svg")))
    for size in APP_ICON_SIZES:
        png = resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
        icon.addFile(str(png), QSize(size, size))
    return icon
