"""A walk of MAX_STOPS stops, the most a walk may have, exports in seconds.

Every frame of the story video draws every stop reached, the card and the handout list
them, the page holds them all: at 5,000 stops the video took 53 s. The bounds are some ten
times what the two-core machine takes, to catch a cost that grows with the stops squared
in any of them, not to time them.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.many_stops import walk_of_stops
from tests.render.test_handout import flat, pdf_text
from walkplanner.core.validation import MAX_STOPS
from walkplanner.page.document import PageOptions
from walkplanner.page.folder import write_page
from walkplanner.render.card import CardOptions, render_card
from walkplanner.render.handout import HandoutOptions, export_pdf
from walkplanner.render.video_frames import StoryFrames, VideoOptions

CREDIT = "© OpenStreetMap contributors"
WALK = walk_of_stops(MAX_STOPS)
LAST = WALK.stops[-1].name


def test_every_frame_of_the_story_at_the_limit_is_drawn_in_seconds() -> None:
    started = time.perf_counter()
    frames = StoryFrames(WALK, VideoOptions(), None, CREDIT)
    for index in range(frames.count):
        frames.frame(index)
    assert time.perf_counter() - started < 20  # 1.5 s (0.7 s for 5 stops)
    assert len(frames.markers) == MAX_STOPS


def test_the_card_handout_and_page_at_the_limit_take_seconds(tmp_path: Path) -> None:
    started = time.perf_counter()
    card = render_card(WALK, CardOptions(), None, CREDIT)
    handout = export_pdf(WALK, HandoutOptions(), None, CREDIT, tmp_path / "handout.pdf")
    index = write_page(WALK, tmp_path / "page", PageOptions())
    assert time.perf_counter() - started < 10  # 0.5 s
    assert not card.isNull()
    assert LAST in flat(pdf_text(handout))
    assert LAST in index.read_text(encoding="utf-8")
