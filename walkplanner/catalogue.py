"""The catalogue read without Qt, for the words of an export in the export's own language.

The window reads the compiled .qm through Qt's translator, in the UI language. An export
chooses its language itself (a French card from an English window; `walkplanner export
card --lang fr`), and the walk page and the command line are built without loading Qt, so
they read the same .ts files here, once each. English has a catalogue too: only its plural
forms ("%n person" / "%n people"), which `str(text)` uses.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache, partial
from typing import TYPE_CHECKING

from walkplanner.resources import resource_path

if TYPE_CHECKING:  # `text` reads its English plurals here: no import back at run time
    from walkplanner.text import Text

# Qt's plural rules for our languages: is `n` written with the first form?
FIRST_FORM = {"en": lambda n: n == 1, "fr": lambda n: n <= 1}
GROUPING = {"en": ",", "fr": "\u202f"}  # 1,200 people / 1 200 personnes
DECIMAL_MARK = {"en": ".", "fr": ","}

Key = tuple[str, str, str | None]  # context, source, disambiguation


@cache
def entries(lang: str) -> dict[Key, tuple[str, ...]]:
    """Every finished translation of `lang` (our own file, trusted): one text, or the forms
    of a plural."""
    found: dict[Key, tuple[str, ...]] = {}
    path = resource_path("i18n", f"walkplanner_{lang}.ts")
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            if all(texts):
                key = (name, message.findtext("source") or "", message.findtext("comment"))
                found[key] = texts
    return found


def lookup(lang: str, text: Text) -> str | None:
    """`text`'s template in `lang`, the form for its count; None when there is no entry."""
    forms = entries(lang).get((text.context, text.template, text.disambiguation))
    if not forms:
        return None
    if text.count is None or FIRST_FORM[lang](text.count):
        return forms[0]
    return forms[-1]


def spoken(lang: str, text: Text) -> str:
    """`text` in `lang`, its fields too, digits grouped as the language groups them; the
    English source when there is no entry."""
    return text.format(lookup(lang, text), partial(spoken, lang), partial(grouped, lang))


def grouped(lang: str, value: int) -> str:
    return f"{value:,}".replace(",", GROUPING[lang])


def decimal(lang: str, value: float, places: int = 1) -> str:
    """A measure as the language writes it: 2.5 / 2,5."""
    return f"{value:.{places}f}".replace(".", DECIMAL_MARK[lang])
