"""The organiser's edits of the walk's details and of how the crowd walks in groups."""

from __future__ import annotations

from dataclasses import replace

from walkplanner.i18n import tr
from walkplanner.ui.document import Change, Changes, Rows, WalkDocument
from walkplanner.ui.operations.edit import push

GROUP_FIELDS = frozenset({"split_groups", "group_size", "stagger_min", "slowest_kmh"})


def set_detail(
    document: WalkDocument, field: str, value: object, initiator: object | None = None
) -> None:
    """One field of the details form; typing into the same field merges into one step."""
    if getattr(document.walk, field) == value:
        return
    after = replace(document.state, walk=replace(document.walk, **{field: value}))
    changes = Changes(Change.DETAILS, stops=Rows(), people=Rows(), initiator=initiator)
    push(document, after, changes, tr("Edit details"), typing_key=field)


def set_groups(document: WalkDocument, initiator: object | None = None, **changes: object) -> None:
    """Split the crowd or not, the largest group, the minutes between groups, the slowest
    walker's pace."""
    if unknown := changes.keys() - GROUP_FIELDS:
        raise ValueError(f"not a group setting: {sorted(unknown)}")
    walk = document.walk
    if all(getattr(walk, name) == value for name, value in changes.items()):
        return
    after = replace(document.state, walk=replace(walk, **changes))
    what = Changes(Change.DETAILS, stops=Rows(), people=Rows(), initiator=initiator)
    push(document, after, what, tr("Change groups"))
