"""Hostile options and links for the invite card: refused whole (exit 2, one clear line, no
file written, nothing changed), or drawn with every text and the QR code in their place."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.faults.conftest import assert_app_still_draws, assert_refused, database_digest, run_cli
from tests.render.conftest import qr_texts
from walkplanner.core.demo import demo_walk
from walkplanner.core.validation import MAX_LINK_CHARS, check_link
from walkplanner.render.card import SIZES, CardOptions, card_plan, render_card

BAD_LINKS = {
    "javascript": ("javascript:alert(1)", "web address"),
    "file": ("file:///etc/passwd", "web address"),
    "no host": ("https://", "web address"),
    "space": ("https://exa mple.org", "web address"),
    "escape": ("https://a.example/\x1b[31m", "web address"),
    "NUL": ("https://a.example/\x00", "web address"),
    "DEL": ("https://a.example/\x7f", "web address"),
    "C1": ("https://a.example/\x85x", "web address"),
    "broken IPv6": ("http://[::1", "web address"),
    "NaN": ("nan", "web address"),
    "inf": ("inf", "web address"),
    "1e308": ("1e308", "web address"),
    "number": ("42", "web address"),
    "null": ("null", "web address"),
    "JSON": ('{"url": "https://a.example"}', "web address"),
    "too long": ("https://a.example/" + "x" * MAX_LINK_CHARS, "too long"),
    "too long in UTF-8": ("https://a.example/" + "é" * (MAX_LINK_CHARS // 2 + 1), "too long"),
}


@pytest.mark.parametrize("case", BAD_LINKS)
def test_a_bad_link_is_refused_before_drawing(case: str) -> None:
    link, words = BAD_LINKS[case]
    problem = check_link(link)
    assert problem is not None and words in str(problem).lower()
    assert "\x1b" not in str(problem) and "\x00" not in str(problem)


@pytest.mark.parametrize("case", ["javascript", "escape", "too long", "broken IPv6", "NaN", "JSON"])
def test_the_cli_refuses_a_bad_link_and_writes_nothing(
    data_dir: Path, tmp_path: Path, case: str
) -> None:
    link, words = BAD_LINKS[case]
    out = tmp_path / "card.png"
    before = database_digest(data_dir)
    result = run_cli(data_dir, "export", "card", "louvre", "--out", str(out), "--link", link)
    assert_refused(result, words)
    assert not out.exists()
    assert database_digest(data_dir) == before


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--size", "1e308"),
        ("--size", "NaN"),
        ("--size", ""),
        ("--size", "story\x01"),
        ("--theme", "-inf"),
        ("--theme", "null"),
        ("--lang", "de"),
        ("--lang", "fr\x1b"),
    ],
)
def test_the_cli_refuses_a_bad_card_option(
    data_dir: Path, tmp_path: Path, option: str, value: str
) -> None:
    out = tmp_path / "card.png"
    result = run_cli(data_dir, "export", "card", "louvre", "--out", str(out), option, value)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not out.exists()


def test_after_refusals_the_longest_link_still_draws_and_the_app_starts(
    data_dir: Path, tmp_path: Path
) -> None:
    longest = "https://a.example/" + "x" * (MAX_LINK_CHARS - len("https://a.example/"))
    out = tmp_path / "card.png"
    run_cli(data_dir, "export", "card", "louvre", "--out", str(out), "--link", "javascript:x")
    result = run_cli(
        data_dir, "export", "card", "louvre", "--out", str(out), "--link", longest,
        "--size", "square",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == SIZES["square"]
    assert_app_still_draws(data_dir)


HOSTILE_WORDS = {
    "control characters": "Walk\x1b[31m\x07 \u202eevil\u202c",
    "emoji and joiners": "🚶‍♀️" * 50,
    "right to left": "نزهة في باريس " * 10,
    "one long word": "W" * 1000,
    "only spaces": " " * 300,
    "zero width": "\u200b" * 500,
    "number-like": "1e308 NaN -inf",
}


@pytest.mark.parametrize("case", HOSTILE_WORDS)
@pytest.mark.parametrize("size", ["story", "square"])
def test_hostile_words_stay_in_their_boxes_and_the_qr_reads(qapp, case: str, size: str) -> None:
    words = HOSTILE_WORDS[case]
    walk = demo_walk()
    walk = replace(
        walk,
        title=words,
        organiser_name=words,
        meeting_point=replace(walk.meeting_point, name=words, note=words),
        route=replace(walk.route, stops=tuple(replace(s, name=words) for s in walk.stops)),
    )
    plan = card_plan(walk, CardOptions(size=size))
    safe = plan.safe.adjusted(-0.5, -0.5, 0.5, 0.5)
    for placed in plan.texts:
        assert safe.contains(placed.box), (case, placed.box)
        assert math.isfinite(placed.box.height())
    image = render_card(walk, CardOptions(size=size), None, "©")
    assert qr_texts(image) == [plan.link]
