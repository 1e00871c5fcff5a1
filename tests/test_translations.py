"""The French catalogue is complete, current with the code, compiled, and keeps every
placeholder and keyboard mnemonic of the English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import defusedxml.ElementTree as ET
import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "walkplanner_fr.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%\d|\{[^}]*\}")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, translation type) for every message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append(
                (name, message.findtext("source"), translation.text, translation.get("type"))
            )
    return found


def test_every_entry_is_translated_to_french() -> None:
    entries = messages(TS)
    assert len(entries) > 300
    untranslated = [(c, s) for c, s, text, kind in entries if not text or kind is not None]
    assert untranslated == []


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for context, source, text, _kind in messages(TS):
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text or "")), (
            context,
            source,
        )
        assert ("&" in source) == ("&" in (text or "")), (context, source)


def test_the_catalogue_holds_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = [str(ROOT / p) for p in _python_sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *("-no-obsolete", "-locations", "none", "-tr-function-alias", "QT_TR_NOOP+=say"),
            *sources,
            *("-ts", str(fresh)),
        ],
        check=True,
        capture_output=True,
    )
    current = {(c, s) for c, s, _text, _kind in messages(TS)}
    wanted = {(c, s) for c, s, _text, _kind in messages(fresh)}
    assert wanted - current == set(), "new strings: run scripts/update-translations"
    assert current - wanted == set(), "strings no longer used: run scripts/update-translations"


def test_the_compiled_catalogue_matches_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "fr.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-removeidentical", str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run scripts/update-translations"


def _python_sources() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "walkplanner/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if listed.returncode != 0 or not listed.stdout.strip():
        return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "walkplanner").rglob("*.py"))]
    return listed.stdout.split()
