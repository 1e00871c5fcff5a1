"""The page's landmarks and colour contrast (WCAG AA: 4.5:1 for text)."""

from __future__ import annotations

import re

from walkplanner.core.demo import demo_walk
from walkplanner.page.document import PageOptions, page_html
from walkplanner.resources import resource_path

PAGE_BACKGROUND = "#faf8f4"
HERO_BACKGROUND = "#173f5f"
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_every_text_colour_reads_on_its_background() -> None:
    css = re.sub(r"/\*.*?\*/", "", resource_path("page", "page.css").read_text(), flags=re.S)
    checked = 0
    for selector, body in RULE.findall(css):
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", body)
        if colour is None:
            continue
        background = re.search(r"background:\s*(#[0-9a-f]{6})", body)
        behind = (
            background[1]
            if background
            else HERO_BACKGROUND
            if selector.strip().startswith(".hero")
            else PAGE_BACKGROUND
        )
        assert contrast(colour[1], behind) >= 4.5, (selector.strip(), colour[1], behind)
        checked += 1
    assert checked >= 8


def test_the_page_has_its_landmarks() -> None:
    html = page_html(demo_walk(), PageOptions())
    for landmark in ("<header", "<main>", "<footer>", "<nav "):
        assert html.count(landmark) == 1, landmark
    assert html.count("<h1>") == 1
    for labelled in re.findall(r'aria-labelledby="([\w-]+)"', html):
        assert f'<h2 id="{labelled}">' in html
    assert 'lang="en"' in html and 'name="viewport"' in html
    assert "user-scalable=no" not in html and "maximum-scale" not in html  # people may zoom
