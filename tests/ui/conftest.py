"""A real main window over a temporary data folder, with the map page loaded offline."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from walkplanner.ui.web_scheme import register_scheme

register_scheme()  # Qt WebEngine requires it before the QApplication exists

from walkplanner.session import Session, open_session  # noqa: E402

DRAW_TIMEOUT_MS = 30_000


class Harness:
    def __init__(self, qtbot: Any, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.session: Session | None = None

    def open(self, *, offline: bool = True) -> Session:
        self.session = open_session(self.data_dir, offline=offline)
        window = self.session.window
        with self.qtbot.waitSignal(window.map.drawn, timeout=DRAW_TIMEOUT_MS):
            window.show()
        return self.session

    def close(self) -> None:
        if self.session is None:
            return
        self.session.window.close()
        self.qtbot.wait(100)
        self.session.close()
        self.session = None

    def js(self, script: str) -> Any:
        """Run a script in the map page and wait for the value of its last expression.

        The page's policy forbids eval, so an expression is wrapped to come back as JSON;
        a list of statements (which that wrapping makes a syntax error, so nothing ran)
        runs as it is, its value converted by Qt (numbers as floats, no lists)."""
        result = self._run(f"JSON.stringify(({script}) ?? null)")
        return json.loads(result) if result else self._run(script)

    def _run(self, script: str) -> Any:
        assert self.session is not None
        box: dict[str, Any] = {}
        self.session.window.map_view.page().runJavaScript(
            script, 0, lambda result: box.setdefault("r", result)
        )
        self.qtbot.waitUntil(lambda: "r" in box, timeout=5000)
        return box["r"]

    def js_then_drawn(self, script: str) -> Any:
        """Run a script that edits the walk and wait until the map has drawn the result."""
        assert self.session is not None
        with self.qtbot.waitSignal(self.session.window.map.drawn, timeout=DRAW_TIMEOUT_MS):
            result = self.js(script)
        return result

    def after_drawn(self, action: Callable[[], object]) -> None:
        assert self.session is not None
        with self.qtbot.waitSignal(self.session.window.map.drawn, timeout=DRAW_TIMEOUT_MS):
            action()


@pytest.fixture
def harness(qtbot: Any, data_dir: Path) -> Iterator[Harness]:
    h = Harness(qtbot, data_dir)
    yield h
    h.close()


@pytest.fixture(scope="session", autouse=True)
def english(qapp: Any) -> None:
    """A widget made without a session reads English as the app does: the app always starts
    with a language installed, English included (its catalogue holds the plural forms)."""
    from walkplanner import i18n

    i18n.install(qapp, "en")
