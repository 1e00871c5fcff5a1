"""Qt's %1 … %9 are filled in one pass: a value is never read as a placeholder."""

from __future__ import annotations

from walkplanner.placeholders import filled


def test_a_value_holding_a_placeholder_stays_as_typed() -> None:
    assert filled("Imported “%1” (%2 stops).", "100%2 fun", 5) == "Imported “100%2 fun” (5 stops)."
    assert filled("%1 · %2", "%2", "%1") == "%2 · %1"


def test_translators_may_reorder_and_repeat_placeholders() -> None:
    assert filled("%2 de %1, %2", "a", "b") == "b de a, b"


def test_a_placeholder_without_a_value_stays() -> None:
    assert filled("%1 × %2 pixels", 1080) == "1080 × %2 pixels"
    assert filled("100 % sûr, %n", 1) == "100 % sûr, %n"
