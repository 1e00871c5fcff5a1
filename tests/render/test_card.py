from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from tests.render.conftest import qr_texts
from walkplanner.catalogue import spoken
from walkplanner.cli import main
from walkplanner.core.demo import demo_walk
from walkplanner.core.wording import when
from walkplanner.render.card import SIZES, CardError, CardOptions, render_card
from walkplanner.render.card_text import default_link
from walkplanner.render.themes import THEMES, contrast

CREDIT = "© OpenStreetMap contributors"


@pytest.mark.parametrize("size", SIZES)
def test_every_size_has_its_exact_pixels_and_a_readable_qr(size: str) -> None:
    walk = demo_walk()
    image = render_card(walk, CardOptions(size=size), None, CREDIT)
    assert (image.width(), image.height()) == SIZES[size]
    assert qr_texts(image) == [default_link(walk)]


@pytest.mark.parametrize("theme", THEMES)
def test_custom_link_in_every_theme(theme: str) -> None:
    walk = replace(demo_walk(), link="https://chat.example.org/invite/abc")
    image = render_card(walk, CardOptions(theme=theme), None, CREDIT)
    assert qr_texts(image) == ["https://chat.example.org/invite/abc"]
    override = render_card(
        walk, CardOptions(theme=theme, link="https://example.org/e/1"), None, CREDIT
    )
    assert qr_texts(override) == ["https://example.org/e/1"]


def test_default_link_is_an_osm_marker_on_the_meeting_point() -> None:
    link = default_link(demo_walk())
    assert link == "https://www.openstreetmap.org/?mlat=48.86105&mlon=2.33583&zoom=18"


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_theme_text_meets_wcag_aa(theme) -> None:
    for colour in (theme.text, theme.muted, theme.accent):
        assert contrast(colour, theme.background) >= 4.5, (theme.key, colour)


def _margins_are_background(image: QImage, theme: str, margin: int) -> bool:
    background = QColor(THEMES[theme].background).rgb()
    width, height = image.width(), image.height()
    columns = list(range(0, margin - 4)) + list(range(width - margin + 4, width))
    return all(image.pixel(x, y) == background for x in columns for y in range(0, height, 3))


def _rgb(image: QImage) -> np.ndarray:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(rgb.constBits(), np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
    return rows[:, : 3 * rgb.width()].reshape(rgb.height(), rgb.width(), 3).astype(int)


def _near(pixels: np.ndarray, colour: str) -> np.ndarray:
    """Pixels of this colour, give or take a little (anti-aliased edges are left out)."""
    c = QColor(colour)
    return np.abs(pixels - (c.red(), c.green(), c.blue())).sum(axis=2) < 40


def _runs(rows: np.ndarray) -> list[tuple[int, int]]:
    """(first, past-last) of each run of True rows."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(int), [0]))))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def _title_ink(image: QImage, theme: str) -> tuple[np.ndarray, tuple[int, int]]:
    """The title as drawn: the text-coloured pixels between the kicker and the date (the
    first two runs of accent-coloured rows), and the rows of the date."""
    pixels = _rgb(image)
    kicker, date = _runs(_near(pixels, THEMES[theme].accent).any(axis=1))[:2]
    ink = np.zeros(pixels.shape[:2], bool)
    ink[kicker[1] : date[0]] = _near(pixels[kicker[1] : date[0]], THEMES[theme].text)
    return ink, date


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    "title",
    [
        "A" * 40 + " " + "walk along the river and over the bridges " * 4,
        "<script>alert('x')</script> & \"quotes\"",
    ],
    ids=["200 characters", "markup"],
)
def test_long_and_hostile_titles_stay_inside_the_card(size: str, title: str) -> None:
    walk = replace(demo_walk(), title=title[:200])
    image = render_card(walk, CardOptions(size=size, theme="dark"), None, CREDIT)
    margin = round(70 * image.width() / 1080)
    assert _margins_are_background(image, "dark", margin)
    ink, date = _title_ink(image, "dark")
    rows, columns = np.nonzero(ink)
    assert rows.size > 1000  # the title is drawn
    assert margin <= columns.min() and columns.max() < image.width() - margin
    date_rows = _rgb(image)[date[0] : date[1]]
    assert not _near(date_rows, THEMES["dark"].text).any()  # the title ends above the date
    assert qr_texts(image) == [default_link(walk)]  # nothing was drawn over the code


def test_markup_is_drawn_as_text() -> None:
    def ink(title: str) -> int:
        image = render_card(replace(demo_walk(), title=title), CardOptions(), None, CREDIT)
        return int(_title_ink(image, "light")[0].sum())

    # Read as markup, the tags would vanish and leave the same ink as the bare text.
    assert ink("<script>alert('x')</script>") > 3 * ink("alert('x')")


def test_people_dates_in_both_languages() -> None:
    day, time = dt.date(2026, 10, 24), dt.time(14, 0)
    assert spoken("fr", when(day, time, "fr", 2026)) == "samedi 24 octobre · 14\u00a0h"
    assert spoken("en", when(day, time, "en", 2026)) == "Saturday 24 October · 2 pm"
    assert (
        spoken("fr", when(dt.date(2026, 11, 1), dt.time(9, 30), "fr", 2026))
        == "dimanche 1er novembre · 9\u00a0h\u00a030"
    )
    sunday = when(dt.date(2026, 11, 1), dt.time(12, 15), "en", 2026)
    assert spoken("en", sunday) == str(sunday) == "Sunday 1 November · 12:15 pm"


def test_bad_options_name_the_choices() -> None:
    with pytest.raises(CardError, match="story, post, square, a6"):
        CardOptions(size="poster")
    with pytest.raises(CardError, match="light, dark, bold"):
        CardOptions(theme="neon")


def test_cli_exports_offline_with_an_empty_tile_cache(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "card.png"
    argv = [
        "--offline",
        "export",
        "card",
        "louvre",
        "--out",
        str(out),
        "--size",
        "story",
        "--lang",
        "fr",
    ]
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == str(out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1080, 1920)
    assert qr_texts(image) == [default_link(demo_walk())]
    jpeg = tmp_path / "card.jpg"
    assert (
        main(
            [
                "--offline",
                "export",
                "card",
                "louvre",
                "--out",
                str(jpeg),
                "--link",
                "https://a.example/",
            ]
        )
        == 0
    )
    assert qr_texts(QImage(str(jpeg))) == ["https://a.example/"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--out", "/no/such/folder/card.png"], "does not exist"),
        (["--out", "card.gif"], "must end with"),
        (["--out", "card.png", "--link", "javascript:alert(1)"], "not a web address"),
    ],
)
def test_cli_bad_output_is_exit_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    assert main(["--offline", "export", "card", "louvre", *extra]) == 2
    assert message in capsys.readouterr().err
