"""One type of expected failure: every layer's error root is a Problem carrying a Text."""

from __future__ import annotations

import pytest

from walkplanner.core.validation import InvalidWalk
from walkplanner.exchange.safety import ExchangeError
from walkplanner.geocode.answer import AnswerError as GeocodeAnswerError
from walkplanner.geocode.search import SearchError
from walkplanner.net import NetError
from walkplanner.problem import Problem
from walkplanner.render.card import CardError
from walkplanner.render.drawable import RenderError
from walkplanner.render.handout import HandoutError
from walkplanner.render.output import ExportError
from walkplanner.render.video_frames import VideoError
from walkplanner.routing.answer import AnswerError as RoutingAnswerError
from walkplanner.routing.osrm import RouterUnavailable, RoutingError
from walkplanner.store.errors import StoreError, StoreReadOnly
from walkplanner.text import Text, say
from walkplanner.tiles.packs import PackError

ROOTS = [
    InvalidWalk, ExchangeError, GeocodeAnswerError, SearchError, NetError, CardError,
    RenderError, HandoutError, ExportError, VideoError, RoutingAnswerError, RoutingError,
    StoreError, PackError,
]  # fmt: skip


@pytest.mark.parametrize("root", ROOTS, ids=lambda root: root.__qualname__)
def test_every_expected_failure_is_a_problem(root: type[Exception]) -> None:
    error = root(say("Cannot write {path}.", path="/media/walks"))
    assert isinstance(error, Problem)
    assert str(error) == "Cannot write /media/walks."  # the CLI and the log read English
    assert isinstance(error.message, Text)  # the window translates it


def test_the_old_bases_still_catch_what_they_caught() -> None:
    """Callers outside the app's own (a parser wrapper, a file dialog) keep working."""
    assert issubclass(ExchangeError, ValueError) and issubclass(InvalidWalk, ValueError)
    assert issubclass(ExportError, OSError)
    assert issubclass(RouterUnavailable, RoutingError)
    read_only = StoreReadOnly(__import__("pathlib").Path("/w.sqlite"), say("the disk is full"))
    assert isinstance(read_only, Problem) and "the disk is full" in str(read_only)
