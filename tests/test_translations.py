"""The catalogues are complete, current with the code and compiled: every French entry and
every form of its plurals is filled and keeps the English placeholders and mnemonics, and
the English catalogue holds the forms of every plural ("1 person", "2 people")."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import defusedxml.ElementTree as ET
import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TS = {lang: I18N / f"walkplanner_{lang}.ts" for lang in ("fr", "en")}
PLACEHOLDER = re.compile(r"%\d|\{[^}]*\}")
COUNT = re.compile(r"%L?n")
LUPDATE = ("-no-obsolete", "-locations", "none", "-tr-function-alias", "QT_TR_NOOP+=say,tr+=plural")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> list[tuple[str, str, list[str], str | None, bool]]:
    """(context, source, translations, translation type, plural) for every message; a
    plural has one translation per form."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            plural = message.get("numerus") == "yes"
            texts = forms if plural else [translation.text or ""]
            found.append((name, message.findtext("source"), texts, translation.get("type"), plural))
    return found


def test_every_entry_is_translated_to_french() -> None:
    entries = messages(TS["fr"])
    assert len(entries) > 300
    untranslated = [(c, s) for c, s, texts, kind, _ in entries if not all(texts) or kind]
    assert untranslated == []


def test_french_plurals_have_both_forms() -> None:
    plurals = [(s, texts) for _, s, texts, _, plural in messages(TS["fr"]) if plural]
    assert len(plurals) >= 10
    assert [s for s, texts in plurals if len(texts) != 2] == []


def test_the_english_catalogue_holds_every_plural_form() -> None:
    french = {(c, s) for c, s, _, _, plural in messages(TS["fr"]) if plural}
    english = messages(TS["en"])
    assert {(c, s) for c, s, *_ in english} == french
    assert all(plural for *_, plural in english)
    unfinished = [(c, s) for c, s, texts, kind, _ in english if len(texts) != 2 or not all(texts)]
    assert unfinished == [] and [kind for *_, kind, _ in english if kind] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_translations_keep_placeholders_and_mnemonics(lang: str) -> None:
    for context, source, texts, _kind, plural in messages(TS[lang]):
        for text in texts:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
                context,
                source,
            )
            assert ("&" in source) == ("&" in text), (context, source)
        if plural:  # the number may be spelt out in the one form ("Plus qu'une place")
            assert COUNT.findall(texts[-1]) == COUNT.findall(source), (context, source)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_catalogue_holds_every_string_in_the_code(tmp_path: Path, lang: str) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS[lang], fresh)
    only = ["-pluralonly"] if lang == "en" else []
    sources = [str(ROOT / p) for p in _python_sources()]
    subprocess.run(
        [tool("pyside6-lupdate"), *LUPDATE, *only, *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    current = {(c, s) for c, s, *_ in messages(TS[lang])}
    wanted = {(c, s) for c, s, *_ in messages(fresh)}
    assert wanted - current == set(), "new strings: run scripts/update-translations"
    assert current - wanted == set(), "strings no longer used: run scripts/update-translations"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_compiled_catalogue_matches_the_ts(tmp_path: Path, lang: str) -> None:
    compiled = tmp_path / f"{lang}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-removeidentical", str(TS[lang]), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == TS[lang].with_suffix(".qm").read_bytes(), (
        "run scripts/update-translations"
    )


def test_contexts_are_named_as_their_variables() -> None:
    """lupdate files `Card.tr(...)` under the variable's name: `Card = Context("Card")`."""
    wrong = []
    for path in _python_sources():
        for node in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "Context"
            ):
                name = node.value.args[0].value  # type: ignore[attr-defined]
                wrong += [(path, t.id) for t in node.targets if getattr(t, "id", name) != name]
    assert wrong == []


def _python_sources() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "walkplanner/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if listed.returncode != 0 or not listed.stdout.strip():
        return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "walkplanner").rglob("*.py"))]
    return [p for p in listed.stdout.split() if (ROOT / p).is_file()]
