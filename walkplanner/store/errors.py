"""Store failures, each with a message that says what happened and what to do."""

from __future__ import annotations

from pathlib import Path

from walkplanner.text import say


class StoreError(Exception):
    """Something went wrong reading or writing the walk database."""


class CorruptDatabase(StoreError):
    def __init__(self, path: Path, newest_backup: Path | None) -> None:
        self.path = path
        self.newest_backup = newest_backup
        advice = (
            say("The newest backup is {backup}.", backup=newest_backup)
            if newest_backup
            else say("There is no backup of it yet.")
        )
        super().__init__(
            say(
                "The walk database {path} is damaged and cannot be read. "
                "It has been left untouched. {advice}",
                path=path,
                advice=advice,
            )
        )


class StoreReadOnly(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(
            say(
                "Cannot write to {path} ({reason}). Your edits stay in memory while the app "
                "is open: free some disk space or start with another data folder (--data-dir).",
                path=path,
                reason=reason,
            )
        )


class WalkNotFound(StoreError):
    def __init__(self, ref: str | int) -> None:
        self.ref = ref
        super().__init__(f"There is no walk “{ref}”. `walkplanner list` shows the walks.")


class AmbiguousWalk(StoreError):
    def __init__(self, ref: str, candidates: list[tuple[int, str]]) -> None:
        self.ref = ref
        self.candidates = candidates
        listed = "; ".join(f"{walk_id}: {title}" for walk_id, title in candidates)
        super().__init__(
            f"“{ref}” matches several walks ({listed}). Use the id or more of the title."
        )
