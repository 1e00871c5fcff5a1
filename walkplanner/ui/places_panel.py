"""Place search and saved places: search on Enter, then show a result on the map, add it
as a stop, meet there, or keep it as a saved place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkplanner.core.model import Place
from walkplanner.geocode.search import PlaceSearch
from walkplanner.i18n import translated
from walkplanner.placeholders import filled
from walkplanner.problem import Problem
from walkplanner.store.errors import StoreError
from walkplanner.store.repository import PlaceRepository
from walkplanner.ui.plain import plain_label, tooltip
from walkplanner.ui.tasks import run_task

PLACE_ROLE = Qt.ItemDataRole.UserRole + 2


class PlacesPanel(QWidget):
    show_place = Signal(float, float)
    add_stop = Signal(float, float, str)
    meet_here = Signal(float, float, str)

    def __init__(
        self, search: PlaceSearch, places: PlaceRepository, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._places = places
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search a place, then press Enter"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Place search"))
        self.query.returnPressed.connect(self.run_search)
        self.status = plain_label(QLabel())
        self.status.setWordWrap(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Places found"))
        self.results.itemDoubleClicked.connect(lambda _item: self._emit(self.show_place))
        buttons = QGridLayout()
        for number, (text, slot, tip) in enumerate(
            (
                (
                    self.tr("Show"),
                    lambda: self._emit(self.show_place),
                    self.tr("Show it on the map"),
                ),
                (
                    self.tr("Add stop"),
                    lambda: self._emit(self.add_stop, named=True),
                    self.tr("Add it at the end of the walk"),
                ),
                (
                    self.tr("Meet here"),
                    lambda: self._emit(self.meet_here, named=True),
                    self.tr("Make it the meeting point"),
                ),
                (self.tr("Save"), self._save, self.tr("Keep it in your saved places")),
            )
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button, number // 2, number % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.query)
        self.show_saved()

    def refresh(self) -> None:
        """Places belong to no walk: the list stays as it is when another walk opens."""

    def can_close(self) -> bool:
        return True

    def focus_search(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def show_saved(self) -> None:
        try:
            self._show(self._places.saved())
        except StoreError as error:
            self.status.setText(translated(error))
            return
        self.status.setText(self.tr("Your saved places") if self.results.count() else "")

    def run_search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self.show_saved()
            return
        self.status.setText(self.tr("Searching…"))
        self.query.setEnabled(False)
        run_task(
            lambda: self._search.search(text), self._found, self._failed, self, cancellable=True
        )

    def _found(self, places: list[Place]) -> None:
        self.query.setEnabled(True)
        self._show(places)
        self.status.setText(
            self.tr("%n places found", "", len(places))
            if places
            else self.tr("Nothing found; try other words.")
        )

    def _failed(self, error: Exception) -> None:
        self.query.setEnabled(True)
        self.status.setText(
            translated(error)
            if isinstance(error, Problem)
            else filled(self.tr("The search failed: %1"), translated(error))
        )

    def _show(self, places: list[Place]) -> None:
        self.results.clear()
        for place in places:
            label = ("★ " if place.id is not None else "") + place.name
            item = QListWidgetItem(label)
            item.setData(PLACE_ROLE, place)
            item.setToolTip(tooltip(f"{place.name}\n{place.lat:.5f}, {place.lon:.5f}"))
            self.results.addItem(item)
        if places:
            self.results.setCurrentRow(0)

    def current(self) -> Place | None:
        item = self.results.currentItem()
        return item.data(PLACE_ROLE) if item else None

    def _emit(self, signal: Signal, *, named: bool = False) -> None:
        place = self.current()
        if place is None:
            return
        if named:
            signal.emit(place.lat, place.lon, place.name.split(",")[0])
        else:
            signal.emit(place.lat, place.lon)

    def _save(self) -> None:
        place = self.current()
        if place is None or place.id is not None:
            return
        try:
            self._places.save(place)
        except Problem as error:
            self.status.setText(translated(error))
            return
        self.status.setText(self.tr("Saved: you can find it offline too."))
