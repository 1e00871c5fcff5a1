"""Plurals through Qt's `%n`: a `Text` with a count reads right in English without Qt (the
command line), in an export's own language, and the same as Qt's translator would."""

from __future__ import annotations

import subprocess
import sys

import pytest

from walkplanner.catalogue import entries, lookup, spoken
from walkplanner.core.wording import group_count, people_count, stop_count
from walkplanner.text import Text

ENGLISH_WITHOUT_QT = """
import sys
from walkplanner.core.wording import group_count, people_count
print(people_count(1), people_count(2), people_count(0), group_count(1), group_count(4), sep="|")
print(any(name.startswith("PySide6") for name in sys.modules))
"""


def test_the_command_line_reads_english_plurals_without_qt() -> None:
    out = subprocess.run(
        [sys.executable, "-c", ENGLISH_WITHOUT_QT], capture_output=True, text=True, check=True
    )
    assert out.stdout.splitlines() == ["1 person|2 people|0 people|1 group|4 groups", "False"]


def test_an_export_reads_its_own_language() -> None:
    assert spoken("fr", people_count(0)) == "0 personne"  # French counts 0 and 1 as one
    assert spoken("fr", people_count(1)) == "1 personne"
    assert spoken("fr", people_count(1200)) == "1\u202f200 personnes"
    assert spoken("en", people_count(1200)) == "1,200 people"
    assert spoken("en", stop_count(1)) == "1 stop" and spoken("fr", group_count(2)) == "2 groupes"


def test_a_count_is_filled_before_the_fields() -> None:
    """A field holding "%n" (a walk titled "100%n fun") is text, not the count."""
    text = Text("{title}: %n stops", (("title", "100%n fun"),), "Wording", 3)
    assert str(text) == "100%n fun: 3 stops"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_plural_forms_are_chosen_as_qt_chooses_them(qapp, lang: str) -> None:
    from PySide6.QtCore import QTranslator

    from walkplanner.resources import resource_path

    translator = QTranslator()
    assert translator.load(f"walkplanner_{lang}", str(resource_path("i18n")))
    plurals = [key for key, forms in entries(lang).items() if len(forms) > 1]
    assert plurals
    for context, source, disambiguation in plurals:
        for n in (0, 1, 2, 3, 1200):
            ours = lookup(lang, Text(source, (), context, n, disambiguation))
            assert ours == translator.translate(context, source, disambiguation, n), (source, n)


def test_the_command_line_agrees_with_one_person_and_one_leg() -> None:
    from dataclasses import replace

    from walkplanner.cli_output import group_lines
    from walkplanner.core.demo import demo_walk
    from walkplanner.core.model import Route
    from walkplanner.core.readiness import findings

    alone = replace(demo_walk(), headcount=1, split_groups=False)
    assert group_lines(alone, []) == "1 person walks as one group (splitting is off)"
    one_straight = replace(alone, route=Route.through(alone.stops[:2]))
    found = [str(f.message) for f in findings(one_straight, [], today=alone.date)]
    assert "One leg is still a straight line: route it along the streets." in found
