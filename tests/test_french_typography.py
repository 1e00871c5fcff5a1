"""French typography, one rule everywhere: a no-break space before : ; ? ! (and inside
« »), in the catalogue (every plural form, the card, handout, page and date words
included) and in the printed handout."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "walkplanner_fr.ts"
NO_BREAK = "\u00a0\u202f"
# A : ; ? ! without a no-break space before it; times (14:00), URLs (https://) and file
# dialog filters (*.png);;(*.jpg) are not prose.
BAD_PUNCTUATION = re.compile(rf"(?<![{NO_BREAK}\d%{{;])[:;?!](?!//)(?!\d)(?!;)")
BAD_GUILLEMETS = re.compile(rf"«(?![{NO_BREAK}])|(?<![{NO_BREAK}])»")


def problems(text: str) -> list[str]:
    prose = re.sub(r"\{[^}]*\}", "{}", text)  # {date:%Y-%m-%d} is a field, not prose
    return [m.group() for m in BAD_PUNCTUATION.finditer(prose)] + [
        m.group() for m in BAD_GUILLEMETS.finditer(prose)
    ]


def catalogue() -> list[str]:
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform") or [translation]
        found += [form.text or "" for form in forms]
    return found


def test_french_text_puts_a_no_break_space_before_high_punctuation() -> None:
    texts = catalogue()
    assert len(texts) > 400
    wrong = {text: problems(text) for text in texts if problems(text)}
    assert wrong == {}


def test_french_times_keep_their_spaces() -> None:
    from walkplanner.core.wording import clock, spoken_time

    assert clock(dt.time(14, 0), "fr") == "14\u00a0h\u00a000"
    assert spoken_time(dt.time(14, 30), "fr") == "14\u00a0h\u00a030"


def test_the_printed_french_handout_follows_the_rule(tmp_path: Path, qapp) -> None:
    from pypdf import PdfReader

    from walkplanner.core.demo import demo_walk
    from walkplanner.core.model import Route
    from walkplanner.render.handout import HandoutOptions, export_pdf

    walk = demo_walk()  # the organiser's own words (English, with colons) are not ours to fix
    walk = replace(
        walk,
        description="",
        accessibility="",
        meeting_point=replace(walk.meeting_point, note=""),
        route=Route(tuple(replace(s, note="") for s in walk.stops), walk.legs),
    )
    path = export_pdf(walk, HandoutOptions(lang="fr"), None, "© OSM", tmp_path / "f.pdf")
    text = "\n".join(page.extract_text().replace("\t", " ") for page in PdfReader(path).pages)
    assert "Feuille d’émargement" in text and "Fiche du guide".upper() in text.upper()
    lines = [line for line in text.splitlines() if problems(line)]
    assert lines == []
