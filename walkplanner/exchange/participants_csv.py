"""Participant lists as CSV, the way sign-up forms export them.

Columns are recognised by their headers in English or French (Name/Nom, Email/Téléphone,
Status/Statut…), separators are sniffed (`,` `;` or tab: French spreadsheets use `;`),
empty lines and nameless rows are skipped. Encodings: a UTF-8 or UTF-16 BOM (Excel's
"Unicode text" is UTF-16 with tabs), else UTF-8, else Windows-1252 (see `encoding`).
Export writes UTF-8 with a BOM so spreadsheets open the accents right.

A file is taken whole or refused, saying the line: a quote that never closes (which
would swallow the rows after it into one person), a cell over the csv module's limit,
NUL bytes, a name over several lines, more than 10,000 people.

An answer that is not understood ("maybe", "peut-être", "?") never counts as going: that
person is put on the waitlist, where they take no place, and the reading says so with the
line, so the organiser decides instead of the places left going wrong unseen.

Formulas (OWASP, CSV injection): on export, a cell that starts with = + - @, a tab or a
carriage return gets a leading ' so a spreadsheet shows it as text instead of running
it ("'=HYPERLINK(…)" reads as what it is). On import, a ' is removed only before one of
those characters, which is exactly what export adds: a list we wrote comes back equal,
and O'Neil or 'Bob' keep their quotes.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from typing import TypeVar

from walkplanner.core.crowd import Participant, Role, Status
from walkplanner.core.validation import MAX_HEADCOUNT, clean_text, most_chars
from walkplanner.exchange import values
from walkplanner.exchange.encoding import csv_text
from walkplanner.exchange.safety import ExchangeError
from walkplanner.text import Text, say

K = TypeVar("K")
HEADERS = {
    "name": ("name", "full name", "nom", "nom complet", "participant", "prenom nom", "who"),
    "first": ("first name", "prenom", "given name"),
    "last": ("last name", "surname", "nom de famille", "family name"),
    "contact": (
        "contact",
        "email",
        "e-mail",
        "mail",
        "phone",
        "telephone",
        "tel",
        "handle",
        "instagram",
    ),
    "status": ("status", "statut", "rsvp", "response", "reponse"),
    "role": ("role", "leader", "responsable"),
    "needs": ("needs", "accessibility", "accessibility needs", "besoins", "accessibilite"),
    "note": ("note", "notes", "comment", "comments", "commentaire", "remarque"),
}
STATUS_WORDS = {
    Status.GOING: (
        "going",
        "yes",
        "oui",
        "confirmed",
        "confirme",
        "confirmee",
        "registered",
        "inscrit",
        "inscrite",
        "attending",
        "accepted",
        "accepte",
        "acceptee",
        "true",
        "vrai",
    ),
    Status.WAITLIST: (
        "waitlist",
        "wait list",
        "waitlisted",
        "waiting",
        "waiting list",
        "attente",
        "en attente",
        "liste d'attente",
        "sur liste d'attente",
    ),
    Status.CANCELLED: (
        "cancelled",
        "canceled",
        "no",
        "non",
        "annule",
        "annulee",
        "declined",
        "not going",
        "ne vient pas",
        "desiste",
        "desistee",
    ),
    Status.ATTENDED: ("attended", "present", "presente", "came", "venu", "venue"),
}
ROLE_WORDS = {
    Role.LEADER: ("leader", "walk leader", "meneur", "meneuse", "guide", "yes", "oui"),
    Role.BACK_MARKER: ("back marker", "back_marker", "serre-file", "serre file", "sweeper"),
}
COLUMNS = ("name", "contact", "status", "role", "needs", "note")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def _plain(text: str) -> str:
    """Lower case, no accents, apostrophes, hyphens or underscores, single spaces: how
    headers and answers are compared ("Liste d’attente", typed the French way, is "liste
    d'attente")."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.translate(_SEPARATORS).split())


_SEPARATORS = str.maketrans("'’ʼ-_", "     ")


def _by_plain_word(words: dict[K, tuple[str, ...]]) -> dict[str, K]:
    """Each word, compared the way `_plain` compares, to what it means (the first meaning
    wins: "yes" in the role column is a leader, in the status column going)."""
    index: dict[str, K] = {}
    for key, options in words.items():
        for option in options:
            index.setdefault(_plain(option), key)
    return index


HEADER_FIELDS = _by_plain_word(HEADERS)
STATUSES = _by_plain_word(STATUS_WORDS)
ROLES = _by_plain_word(ROLE_WORDS)


@dataclass(frozen=True)
class ReadParticipants:
    """The people a file lists, and a line for each answer that was not understood (that
    person is on the waitlist until the organiser says otherwise)."""

    people: list[Participant]
    unclear: list[Text]


def read_participants_csv(data: bytes, name: str = "participants.csv") -> ReadParticipants:
    text = csv_text(data, name)
    if "\0" in text:
        raise ExchangeError(
            say(
                "“{name}” is not a CSV file: it holds NUL bytes (line {line}).",
                name=name,
                line=text.count("\n", 0, text.index("\0")) + 1,
            )
        )
    rows = _rows(text, name)
    if not rows:
        raise ExchangeError(say("“{name}” has no rows.", name=name))
    where: dict[str, int | None] = dict.fromkeys(HEADERS)
    for i, cell in enumerate(rows[0][1]):
        field = HEADER_FIELDS.get(_plain(cell))
        if field is not None and where[field] is None:
            where[field] = i
    if where["name"] is None and where["first"] is None:
        raise ExchangeError(
            say(
                "“{name}” has no column for names; its columns are: {columns}. "
                "Name one of them “Name” (or “Nom”).",
                name=name,
                columns=values.shown(", ".join(rows[0][1])).strip("'\""),
            )
        )
    if len(rows) - 1 > MAX_HEADCOUNT:
        raise ExchangeError(
            say("“{name}” lists more than {most} people.", name=name, most=MAX_HEADCOUNT)
        )
    people, unclear = [], []
    try:
        for line, row in rows[1:]:
            person = _person(row, where, line)
            if person is None:
                continue
            people.append(person[0])
            if person[1] is not None:
                unclear.append(person[1])
    except ValueError as error:
        raise ExchangeError(say("“{name}”, {error}", name=name, error=error.args[0])) from error
    return ReadParticipants(people, unclear)


def _rows(text: str, name: str) -> list[tuple[int, list[str]]]:
    """The non-empty rows with the line each starts on; strict, so a quote that never
    closes is an error instead of a person made of the ten rows after it."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # The sniffer guesses quoting from the first 4 KB: one without a doubled quote made
    # it choose doublequote=False, and the "" of a later cell ('=HYPERLINK(""x"")' in our
    # own export) then opened a quote that never closed. Every spreadsheet doubles '"'.
    reader = csv.reader(io.StringIO(text), dialect, strict=True, quotechar='"', doublequote=True)
    rows, line = [], 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as error:
        if "end of data" in str(error):
            problem = say(
                "“{name}”: the quote opened on line {line} never closes.", name=name, line=line
            )
        else:
            problem = say(
                "“{name}”, line {line}, cannot be read: {error}.", name=name, line=line,
                error=error,
            )  # fmt: skip
        raise ExchangeError(problem) from error
    return rows


def _person(
    row: list[str], where: dict[str, int | None], line: int
) -> tuple[Participant, Text | None] | None:
    """The row's person, and what to tell the organiser about its answer if it was not
    understood; None for a row without a name."""
    place = say("line {line}", line=line)

    def cell(field: str, *, multiline: bool = False) -> str:
        index = where[field]
        raw = row[index] if index is not None and index < len(row) else ""
        return values.text(_unguarded(raw), place, multiline=multiline)

    raw_name = row[where["name"]] if where["name"] is not None and where["name"] < len(row) else ""
    if "\n" in raw_name.strip() or "\r" in raw_name.strip():
        raise ValueError(
            say("{place}: the name runs over several lines; is a quote not closed?", place=place)
        )
    full = cell("name") or " ".join(p for p in (cell("first"), cell("last")) if p)
    if not full:
        return None
    answer = cell("status")
    plain = _plain(answer)
    status = STATUSES.get(plain) if plain else Status.GOING
    unclear = None
    if status is None:
        status = Status.WAITLIST
        unclear = say(
            "{place}: “{answer}” is not an answer this app understands, so {person} is on "
            "the waitlist; change it in the list if they are going.",
            place=place, answer=_cut(answer, 40), person=_cut(full, 60),
        )  # fmt: skip
    person = Participant(
        name=full, contact=cell("contact"), status=status,
        role=ROLES.get(_plain(cell("role")), Role.WALKER),
        needs=cell("needs", multiline=True), note=cell("note", multiline=True),
    )  # fmt: skip
    return person, unclear


def _cut(text: str, most: int) -> str:
    """A cell short enough for a message, on one line."""
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1] + "…"


def _written(text: str, *, multiline: bool = False) -> str:
    """A text as the reader takes it back: cleaned, and no longer than values.text allows."""
    return clean_text(text, multiline=multiline)[: most_chars(multiline=multiline)]


def _guarded(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula."""
    return GUARD + cell if cell.startswith(FORMULA_STARTS) else cell


def _unguarded(cell: str) -> str:
    """A cell without the guard `_guarded` added; any other quote stays."""
    if cell.startswith(GUARD) and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def write_participants_csv(people: list[Participant]) -> bytes:
    """The list as a spreadsheet opens it and `read_participants_csv` reads it back: texts
    cleaned and cut as the people table cuts what is typed in it (a NUL, a name over two
    lines or 10,000 characters long, set by a script, made a file that was then refused),
    formulas guarded."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c.capitalize() for c in COLUMNS])
    for p in people:
        lines = (_written(p.name), _written(p.contact), p.status.value, p.role.value)
        texts = (_written(p.needs, multiline=True), _written(p.note, multiline=True))
        writer.writerow([_guarded(c) for c in (*lines, *texts)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
