"""Preferences: the services the app talks to, the tile cache, and where the data lives.

(The language, default pace and group size join this dialog with the packaging issue.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from walkplanner.core.validation import check_link
from walkplanner.geocode.search import DEFAULT_ENDPOINT as DEFAULT_GEOCODER
from walkplanner.i18n import translated
from walkplanner.routing.osrm import DEFAULT_ENDPOINT as DEFAULT_ROUTER
from walkplanner.settings import Settings
from walkplanner.tiles.cache import TileCache

MB = 1024 * 1024


class PreferencesDialog(QDialog):
    def __init__(
        self, settings: Settings, cache: TileCache, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._cache = cache
        self.router_url = QLineEdit(settings.routing_url)
        self.router_url.setPlaceholderText(DEFAULT_ROUTER)
        self.router_url.setAccessibleName(self.tr("Foot router address"))
        self.geocoder_url = QLineEdit(settings.geocoder_url)
        self.geocoder_url.setPlaceholderText(DEFAULT_GEOCODER)
        self.geocoder_url.setAccessibleName(self.tr("Place search address"))
        services = QGroupBox(self.tr("Services (leave empty for the default)"))
        form = QFormLayout(services)
        form.addRow(self.tr("Foot &router (OSRM)"), self.router_url)
        form.addRow(self.tr("Place &search (Nominatim)"), self.geocoder_url)

        self.stats = QLabel()
        self.limit = QSpinBox(minimum=50, maximum=20_000, singleStep=50, suffix=self.tr(" MB"))
        self.limit.setValue(settings.tile_cache_mb)
        self.limit.setAccessibleName(self.tr("Tile cache size limit"))
        clear = QPushButton(self.tr("&Clear the cache"))
        clear.clicked.connect(self.clear_cache)
        note = QLabel(
            self.tr(
                "Map tiles are kept at least seven days, as OpenStreetMap asks, "
                "and the oldest go first when the cache is full. Offline map "
                "packs are your own files and are never touched."
            )
        )
        note.setWordWrap(True)
        tiles = QGroupBox(self.tr("Tile cache"))
        tile_form = QFormLayout(tiles)
        tile_form.addRow(self.tr("In the cache"), self.stats)
        tile_form.addRow(self.tr("Size &limit"), self.limit)
        tile_form.addRow("", clear)
        tile_form.addRow(note)

        folder = QLabel(str(data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data = QGroupBox(self.tr("Data folder (change it with --data-dir)"))
        QVBoxLayout(data).addWidget(folder)

        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (services, tiles, data, self.message, buttons):
            layout.addWidget(widget)
        self._show_stats()

    def accept(self) -> None:
        for field in (self.router_url, self.geocoder_url):
            problem = check_link(field.text().strip())
            if problem:
                self.message.setText(translated(problem))
                field.setFocus()
                return
        super().accept()

    def apply_to(self, settings: Settings) -> None:
        settings.routing_url = self.router_url.text().strip()
        settings.geocoder_url = self.geocoder_url.text().strip()
        settings.tile_cache_mb = self.limit.value()

    def clear_cache(self) -> None:
        self._cache.clear()
        self._show_stats()

    def _show_stats(self) -> None:
        count, size = self._cache.stats()
        self.stats.setText(
            self.tr("%1 tiles, %2 MB").replace("%1", str(count)).replace("%2", f"{size / MB:.1f}")
        )
