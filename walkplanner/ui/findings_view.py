"""Check before sharing, in the card and handout dialogs: what to fix, above the buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.core.readiness import NEW_WALK_TITLE, findings
from walkplanner.i18n import tr, translated

PROBLEM_COLOUR = "#b3261e"
WARNING_COLOUR = "#7a5900"


class FindingsLabel(QLabel):
    """Problems and warnings as plain text lines; hidden when the walk is ready to share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(tr("Check before sharing"))

    def show_findings(self, walk: Walk, people: Sequence[Participant]) -> None:
        found = findings(
            walk, people, today=dt.date.today(), default_titles=(NEW_WALK_TITLE, tr("New walk"))
        )
        lines = [
            (tr("Problem: %1") if f.is_problem else tr("Warning: %1")).replace(
                "%1", translated(f.message)
            )
            for f in found
        ]
        problems = any(f.is_problem for f in found)
        self.setStyleSheet(f"color: {PROBLEM_COLOUR if problems else WARNING_COLOUR};")
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
