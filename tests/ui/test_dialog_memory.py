"""Dialogs remember: the card's size, theme and language; the handout's paper (per walk,
from the walk's country at first) and language; the folder each kind of file went to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from walkplanner.core.paper import default_paper
from walkplanner.ui.actions import ActionId
from walkplanner.ui.card_dialog import CardDialog
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.handout_dialog import HandoutDialog


def test_the_card_dialog_reopens_with_the_last_choices(harness, qtbot) -> None:
    window = harness.open().window
    window.action(ActionId.EXPORT_CARD).trigger()
    card = window.findChild(CardDialog)
    card.size_box.setCurrentIndex(card.size_box.findData("story"))
    card.theme_box.setCurrentIndex(card.theme_box.findData("bold"))
    card.lang_box.setCurrentIndex(card.lang_box.findData("fr"))
    card.close()
    qtbot.waitUntil(lambda: window.findChild(CardDialog) is None, timeout=5000)
    window.action(ActionId.EXPORT_CARD).trigger()
    again = window.findChild(CardDialog)
    chosen = (again.size_box.currentData(), again.theme_box.currentData())
    assert chosen == ("story", "bold") and again.lang_box.currentData() == "fr"
    again.close()


def test_the_paper_follows_the_walks_country_until_chosen(harness, qtbot) -> None:
    window = harness.open().window
    assert default_paper("Europe/Paris") == "a4" and default_paper("America/Chicago") == "letter"
    window.action(ActionId.PRINT_HANDOUTS).trigger()
    dialog = window.findChild(HandoutDialog)
    assert dialog.paper_box.currentData() == "a4"  # a walk in Paris, whatever the locale
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(HandoutDialog) is None, timeout=5000)
    window.action(ActionId.PRINT_HANDOUTS).trigger()
    dialog = window.findChild(HandoutDialog)
    assert dialog.paper_box.currentData() == "letter"
    dialog.close()


def test_save_dialogs_open_where_that_kind_of_file_went_last(
    harness, qtbot, tmp_path: Path, monkeypatch
) -> None:
    window = harness.open().window
    opened_at: list[str] = []

    def fake_save(_parent, _title, start, _filter):
        opened_at.append(start)
        return str(tmp_path / "cards" / "mine.png"), ""

    (tmp_path / "cards").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    window.action(ActionId.EXPORT_CARD).trigger()
    card = window.findChild(CardDialog)
    qtbot.waitUntil(lambda: card.image is not None, timeout=20_000)
    card.save()
    card.save()
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    assert Path(opened_at[0]).parent == Path(pictures)
    assert Path(opened_at[1]).parent == tmp_path / "cards"
    card.close()


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(tmp_path: Path) -> None:
    memory = DialogMemory(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    memory.remember_folder("walk", tmp_path / "gone" / "x.gpx")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert memory.start_path("walk", "a.gpx") == str(Path(documents) / "a.gpx")
