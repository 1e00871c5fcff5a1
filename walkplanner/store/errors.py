"""Store failures, each with a message that says what happened and what to do.

They are told apart on purpose: a damaged file, a disk that refuses writes and a file
from a newer app each call for a different action, and only the first one for a backup.
"""

from __future__ import annotations

from pathlib import Path

from walkplanner.problem import Problem
from walkplanner.text import Text, say


class StoreError(Problem):
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
    """The disk refuses to write (read-only folder, full disk, I/O error): nothing is damaged."""

    def __init__(self, path: Path, reason: Text | str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            say(
                "Cannot write to {path} ({reason}); nothing was changed. Make the folder "
                "writable or free some disk space, or use another data folder (--data-dir).",
                path=path,
                reason=reason,
            )
        )


class NewerDatabase(StoreError):
    """The file's schema comes from a later version of the app: refused before any backup."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            say(
                "This data was written by a newer Walk Planner: update the app. "
                "The walk database {path} (schema {revision}) has been left untouched.",
                path=path,
                revision=revision,
            )
        )


class StoreBusy(StoreError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            say(
                "The walk database {path} is busy with another program; try again in a moment.",
                path=path,
            )
        )


class StoreClosed(StoreError):
    """A write after the window closed the store: work that was abandoned, come back late."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(say("The walk database {path} is closed; nothing was written.", path=path))


class WalkChanged(StoreError):
    """A write based on an older version of the walk than the store has (a lost update)."""

    def __init__(self, walk_id: int, title: str, based_on: int, stored: int) -> None:
        self.walk_id = walk_id
        self.based_on = based_on
        self.stored = stored
        super().__init__(
            say(
                "The walk “{title}” changed since it was read (another window or command "
                "saved it); nothing was overwritten: run again.",
                title=title,
            )
        )


class WalkNotFound(StoreError):
    def __init__(self, ref: str | int) -> None:
        self.ref = ref
        super().__init__(
            say("There is no walk “{ref}”. `walkplanner list` shows the walks.", ref=ref)
        )


class AmbiguousWalk(StoreError):
    def __init__(self, ref: str, candidates: list[tuple[int, str]]) -> None:
        self.ref = ref
        self.candidates = candidates
        listed = "; ".join(f"{walk_id}: {title}" for walk_id, title in candidates)
        super().__init__(
            say(
                "“{ref}” matches several walks ({listed}). Use the id or more of the title.",
                ref=ref,
                listed=listed,
            )
        )


class DamagedWalk(StoreError):
    """One walk's rows cannot be read as a walk (a hand edit, another tool, a bad page): the
    other walks are fine, and this one can still be deleted."""

    def __init__(self, walk_id: int, title: str | None, what: Text | str, backups: Path) -> None:
        self.walk_id = walk_id
        advice = say(
            "The other walks are not affected. Delete this walk, or restore a backup from "
            "{backups}.",
            backups=backups,
        )
        super().__init__(
            say(
                "The walk “{title}” (number {id}) cannot be opened: its data in the database "
                "is damaged ({what}). {advice}",
                title=title,
                id=walk_id,
                what=what,
                advice=advice,
            )
            if title
            else say(
                "Walk {id} cannot be opened: its data in the database is damaged ({what}). "
                "{advice}",
                id=walk_id,
                what=what,
                advice=advice,
            )
        )
