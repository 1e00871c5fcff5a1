"""Who is coming, as the organiser sees it: the status bar, the details form, and the
checks shown before sharing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtTest import QTest

from walkplanner.ui.actions import ActionId
from walkplanner.ui.card_dialog import CardDialog
from walkplanner.ui.handout_dialog import HandoutDialog


def test_the_status_bar_counts_people_with_plurals(harness) -> None:
    window = harness.open().window
    assert window.stats.text().endswith("· 60 people")
    harness.after_drawn(lambda: window.details.headcount.setValue(1))
    assert window.stats.text().endswith("· 1 person")


def test_a_headcount_over_the_limit_is_refused_out_loud(harness, qtbot) -> None:
    window = harness.open().window
    box = window.details.headcount
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "100000")
    message = window.details.message
    assert message.isVisible() and "between 0 and 10000" in message.text()
    assert window.document.walk.headcount == 10000  # the form kept the largest allowed value
    harness.after_drawn(lambda: box.setValue(80))
    assert not message.isVisible() and window.document.walk.headcount == 80


def test_the_dialogs_say_what_to_check_before_sharing(harness, qtbot) -> None:
    window = harness.open().window
    harness.after_drawn(
        lambda: window.details.date.setDate(dt.date.today() - dt.timedelta(days=30))
    )
    window.action(ActionId.EXPORT_CARD).trigger()
    card = window.findChild(CardDialog)
    assert card.findings.isVisible()
    assert "Problem: The walk is dated" in card.findings.text()
    assert "Warning: 4 legs are still straight lines" in card.findings.text()
    card.close()
    window.action(ActionId.PRINT_HANDOUTS).trigger()
    handout = window.findChild(HandoutDialog)
    assert "in the past" in handout.findings.text()
    handout.close()
