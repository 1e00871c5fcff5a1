"""Preferences in one place: language, what a new walk starts with, the basemap, the
services the app talks to, the tile cache, and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from walkplanner.core.validation import MAX_PACE_KMH, MIN_PACE_KMH, check_link
from walkplanner.geocode.search import DEFAULT_ENDPOINT as DEFAULT_GEOCODER
from walkplanner.i18n import LANGUAGES, translated
from walkplanner.placeholders import filled
from walkplanner.routing.osrm import DEFAULT_ENDPOINT as DEFAULT_ROUTER
from walkplanner.settings import MAX_TILE_CACHE_MB, MIN_TILE_CACHE_MB, Settings
from walkplanner.tiles.cache import TileCache
from walkplanner.tiles.providers import TileProvider
from walkplanner.ui.plain import plain_label

MB = 1024 * 1024


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        cache: TileCache,
        data_dir: Path,
        basemaps: list[TileProvider] | None = None,
        current_basemap: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._cache = cache
        general = self._general(settings, basemaps or [], current_basemap)
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

        self.stats = plain_label(QLabel())
        self.limit = QSpinBox(
            minimum=MIN_TILE_CACHE_MB,
            maximum=MAX_TILE_CACHE_MB,
            singleStep=50,
            suffix=self.tr(" MB"),
        )
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
        tile_form = QFormLayout()
        tile_form.addRow(self.tr("In the cache"), self.stats)
        tile_form.addRow(self.tr("Size &limit"), self.limit)
        tile_form.addRow("", clear)
        # Below the form, not in it: a wrapped label in a form row is given one line's height.
        tiles_layout = QVBoxLayout(tiles)
        tiles_layout.addLayout(tile_form)
        tiles_layout.addWidget(note)

        folder = plain_label(QLabel(str(data_dir)))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data = QGroupBox(self.tr("Data folder (change it with --data-dir)"))
        QVBoxLayout(data).addWidget(folder)

        self.message = plain_label(QLabel())
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (general, services, tiles, data, self.message, buttons):
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
        settings.language = self.language.currentData()
        settings.default_pace_kmh = self.pace.value()
        settings.default_group_size = self.group_size.value()
        settings.routing_url = self.router_url.text().strip()
        settings.geocoder_url = self.geocoder_url.text().strip()
        settings.tile_cache_mb = self.limit.value()

    def chosen_basemap(self) -> str | None:
        return self.basemap.currentData()

    def _general(self, settings: Settings, basemaps: list[TileProvider], current: str) -> QGroupBox:
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.pace = QDoubleSpinBox(
            minimum=MIN_PACE_KMH, maximum=MAX_PACE_KMH, singleStep=0.1, decimals=1
        )
        self.pace.setSuffix(self.tr(" km/h"))
        self.pace.setValue(settings.default_pace_kmh)
        self.pace.setAccessibleName(self.tr("Default walking pace"))
        self.group_size = QSpinBox(minimum=2, maximum=200)
        self.group_size.setValue(settings.default_group_size)
        self.group_size.setAccessibleName(self.tr("Default group size"))
        self.basemap = QComboBox()
        for provider in basemaps:
            self.basemap.addItem(provider.name, provider.key)
        self.basemap.setCurrentIndex(max(0, self.basemap.findData(current)))
        self.basemap.setAccessibleName(self.tr("Basemap"))
        box = QGroupBox(self.tr("General"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(
            "", QLabel(self.tr("After a change, the window can reopen in the new language."))
        )
        form.addRow(self.tr("Walking &pace of a new walk"), self.pace)
        form.addRow(self.tr("People per &group (one leader each)"), self.group_size)
        if basemaps:
            form.addRow(self.tr("&Basemap"), self.basemap)
        return box

    def clear_cache(self) -> None:
        self._cache.clear()
        self._show_stats()

    def _show_stats(self) -> None:
        count, size = self._cache.stats()
        megabytes = QLocale().toString(size / MB, "f", 1)
        self.stats.setText(filled(self.tr("%n tiles, %1 MB", "", count), megabytes))
