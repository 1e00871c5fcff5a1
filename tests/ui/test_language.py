"""The app in French: menus, messages from the layers below the UI, dates and numbers."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from walkplanner import i18n
from walkplanner.core.validation import check_pace, check_title
from walkplanner.settings import Settings
from walkplanner.store import open_store
from walkplanner.ui import formatting
from walkplanner.ui.actions import ActionId


@pytest.fixture
def french(qapp) -> Iterator[None]:
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


def test_messages_from_core_are_translated(french) -> None:
    assert i18n.translated(check_title(" ")) == "Une balade a besoin d’un titre."
    assert i18n.translated(check_pace(20)) == "L’allure doit être comprise entre 0.5 et 10 km/h."
    assert str(check_title(" ")) == "A walk needs a title."  # the command line stays English


def test_an_exception_carrying_a_nested_message_is_translated(french, tmp_path) -> None:
    from walkplanner.exchange.files import import_walk
    from walkplanner.exchange.safety import ExchangeError

    empty = tmp_path / "empty.gpx"
    empty.write_text('<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"/>')
    with pytest.raises(ExchangeError) as caught:
        import_walk(empty)
    assert i18n.translated(caught.value) == (
        "«\u00a0empty.gpx\u00a0»\u00a0: Le fichier n’a aucun point pour en faire une balade."
    )


def test_dates_times_and_distances_follow_the_language(french) -> None:
    assert formatting.long_date(dt.date(2026, 11, 28)) == "samedi 28 novembre 2026"
    assert formatting.clock(dt.time(14, 5)) == "14:05"
    assert formatting.distance(2450) == "2,45 km"
    assert formatting.duration(dt.timedelta(minutes=95)) == "1 h 35"


def test_the_window_speaks_the_language_chosen_in_preferences(harness, data_dir) -> None:
    store = open_store(data_dir)
    Settings(language="fr", default_pace_kmh=3.2, default_group_size=8).save(store.repository)
    store.close()
    try:
        window = harness.open().window
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Fichier", "É&dition", "&Affichage", "&Étapes", "&Aide"]
        assert window.action(ActionId.QUIT).text() == "&Quitter"
        zoom_in = harness.js("document.querySelector('.leaflet-control-zoom-in').title")
        assert zoom_in == "Zoom avant"
        feet = harness.js(
            "getComputedStyle(document.querySelectorAll('.leaflet-control-scale-line')[1]).display"
        )
        assert feet == "none"  # French measures in metres only
        window.walks.new_walk()
        walk = window.document.walk
        assert (walk.title, walk.pace_kmh, walk.group_size) == ("Nouvelle balade", 3.2, 8)
    finally:
        harness.close()
        i18n.install(QCoreApplication.instance(), "en")


def test_preferences_choose_language_pace_group_size_and_basemap(qtbot, tmp_path) -> None:
    from walkplanner.tiles.basemaps import Basemaps
    from walkplanner.tiles.cache import TileCache
    from walkplanner.ui.preferences_dialog import PreferencesDialog

    cache = TileCache(tmp_path / "tiles.sqlite")
    basemaps = Basemaps(cache, offline=True)
    settings = Settings()
    dialog = PreferencesDialog(settings, cache, tmp_path, basemaps.choices(), "osm")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.pace.setValue(4.5)
    dialog.group_size.setValue(20)
    dialog.basemap.setCurrentIndex(dialog.basemap.findData("cyclosm"))
    dialog.accept()
    dialog.apply_to(settings)
    assert (settings.language, settings.default_pace_kmh, settings.default_group_size) == (
        "fr",
        4.5,
        20,
    )
    assert dialog.chosen_basemap() == "cyclosm"
    assert str(tmp_path) in [label.text() for label in dialog.findChildren(type(dialog.stats))]
    basemaps.close()
    cache.close()


def test_a_new_language_reopens_the_window_in_it(tmp_path) -> None:
    driver = Path(__file__).with_name("restart_driver.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C", "LC_ALL": "C"}
    done = subprocess.run(
        [sys.executable, str(driver), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "menus: &Fichier,É&dition,&Affichage,&Étapes,&Aide" in done.stdout
