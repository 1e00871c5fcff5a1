"""Tile cache…: how much it holds, how much it may hold, and a way to empty it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from walkplanner.tiles.cache import TileCache

MB = 1024 * 1024


class CacheDialog(QDialog):
    def __init__(self, cache: TileCache, limit_mb: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tile cache"))
        self._cache = cache
        self.stats = QLabel()
        self.limit = QSpinBox(minimum=50, maximum=20_000, singleStep=50, suffix=self.tr(" MB"))
        self.limit.setValue(limit_mb)
        self.limit.setAccessibleName(self.tr("Tile cache size limit"))
        clear = QPushButton(self.tr("&Clear the cache"))
        clear.clicked.connect(self.clear)
        note = QLabel(
            self.tr(
                "Map tiles are kept at least seven days, as OpenStreetMap asks, "
                "and the oldest go first when the cache is full. Offline map "
                "packs are your own files and are never touched."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("In the cache"), self.stats)
        form.addRow(self.tr("&Size limit"), self.limit)
        form.addRow("", clear)
        form.addRow(note)
        form.addRow(buttons)
        self._show_stats()

    def clear(self) -> None:
        self._cache.clear()
        self._show_stats()

    def _show_stats(self) -> None:
        count, size = self._cache.stats()
        self.stats.setText(
            self.tr("%1 tiles, %2 MB").replace("%1", str(count)).replace("%2", f"{size / MB:.1f}")
        )
