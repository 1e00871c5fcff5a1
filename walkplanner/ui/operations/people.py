"""The organiser's edits of who is coming: add, edit, remove, cancel, tick, import."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from walkplanner.core.crowd import Participant, Status, cancel, sign_up
from walkplanner.core.validation import MAX_HEADCOUNT
from walkplanner.i18n import tr
from walkplanner.placeholders import filled
from walkplanner.ui.document import ANY_ROWS, Change, Changes, Rows, WalkDocument
from walkplanner.ui.operations.edit import push


def _people(
    document: WalkDocument,
    people: Sequence[Participant],
    rows: Rows,
    text: str,
    initiator: object | None,
) -> None:
    after = replace(document.state, people=tuple(people))
    push(
        document,
        after,
        Changes(Change.PEOPLE, stops=Rows(), people=rows, initiator=initiator),
        text,
    )


def _valid(document: WalkDocument, rows: Iterable[int]) -> list[int]:
    return sorted({row for row in rows if 0 <= row < len(document.participants)})


def add_person(document: WalkDocument, name: str, initiator: object | None = None) -> None:
    """Sign someone up: on the waiting list when the walk is full. Not past MAX_HEADCOUNT,
    which is said: the list exported then could not be imported again."""
    if len(document.participants) >= MAX_HEADCOUNT:
        document.refused.emit(
            filled(
                tr("A walk lists at most %1 people: remove one before adding another."),
                MAX_HEADCOUNT,
            )
        )
        return
    people = sign_up(list(document.participants), Participant(name), document.walk.capacity)
    rows = Rows(inserted=(len(people) - 1,))
    _people(document, people, rows, tr("Add person"), initiator)


def edit_person(
    document: WalkDocument, row: int, field: str, value: object, initiator: object | None = None
) -> None:
    if 0 <= row < len(document.participants):
        people = list(document.participants)
        people[row] = replace(people[row], **{field: value})
        _people(document, people, Rows(edited=(row,)), tr("Edit person"), initiator)


def remove_people(
    document: WalkDocument, rows: Iterable[int], initiator: object | None = None
) -> None:
    if gone := _valid(document, rows):
        people = [p for i, p in enumerate(document.participants) if i not in gone]
        _people(document, people, Rows(removed=tuple(gone)), tr("Remove people"), initiator)


def cancel_places(
    document: WalkDocument, rows: Iterable[int], initiator: object | None = None
) -> None:
    """Cancel people's places; the first on the waiting list takes each freed place."""
    people = list(document.participants)
    for row in _valid(document, rows):
        people = cancel(people, row, document.walk.capacity)
    edited = tuple(i for i, p in enumerate(people) if p != document.participants[i])
    _people(document, people, Rows(edited=edited), tr("Cancel places"), initiator)


def mark_came(document: WalkDocument, rows: Iterable[int], initiator: object | None = None) -> None:
    """Tick attendance on the day."""
    people = list(document.participants)
    chosen = _valid(document, rows)
    for row in chosen:
        people[row] = replace(people[row], status=Status.ATTENDED)
    _people(document, people, Rows(edited=tuple(chosen)), tr("Tick attendance"), initiator)


def import_people(
    document: WalkDocument, people: Sequence[Participant], initiator: object | None = None
) -> None:
    """A whole list from a file, in place of the one there was."""
    _people(document, people, ANY_ROWS, tr("Import participants"), initiator)
