"""Participant lists as CSV, the way sign-up forms export them.

Columns are recognised by their headers in English or French (Name/Nom, Email/Téléphone,
Status/Statut…), separators are sniffed (`,` `;` or tab: French spreadsheets use `;`),
a BOM is accepted, empty lines and nameless rows are skipped. Export writes UTF-8 with a
BOM so spreadsheets open the accents right.
"""

from __future__ import annotations

import csv
import io
import unicodedata

from walkplanner.core.crowd import Participant, Role, Status
from walkplanner.exchange.safety import ExchangeError
from walkplanner.text import say

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
    Status.GOING: ("going", "yes", "oui", "confirmed", "confirme", "registered", "inscrit"),
    Status.WAITLIST: ("waitlist", "waiting", "waiting list", "attente", "liste d'attente"),
    Status.CANCELLED: ("cancelled", "canceled", "no", "non", "annule", "declined"),
    Status.ATTENDED: ("attended", "present", "came", "venu"),
}
ROLE_WORDS = {
    Role.LEADER: ("leader", "walk leader", "meneur", "meneuse", "guide", "yes", "oui"),
    Role.BACK_MARKER: ("back marker", "back_marker", "serre-file", "serre file", "sweeper"),
}
COLUMNS = ("name", "contact", "status", "role", "needs", "note")


def _plain(text: str) -> str:
    """Lower case, no accents, single spaces: how headers and answers are compared."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _lookup(words: dict, value: str, default: object) -> object:
    plain = _plain(value)
    return next((key for key, options in words.items() if plain in options), default)


def read_participants_csv(data: bytes, name: str = "participants.csv") -> list[Participant]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # older spreadsheets on Windows
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [
        row for row in csv.reader(io.StringIO(text), dialect) if any(cell.strip() for cell in row)
    ]
    if not rows:
        raise ExchangeError(say("“{name}” has no rows.", name=name))
    header = [_plain(cell) for cell in rows[0]]
    where = {
        field: next((i for i, h in enumerate(header) if h in options), None)
        for field, options in HEADERS.items()
    }
    if where["name"] is None and where["first"] is None:
        raise ExchangeError(
            say(
                "“{name}” has no column for names; its columns are: {columns}. "
                "Name one of them “Name” (or “Nom”).",
                name=name,
                columns=", ".join(rows[0]),
            )
        )

    def cell(row: list[str], field: str) -> str:
        index = where[field]
        return row[index].strip() if index is not None and index < len(row) else ""

    people = []
    for row in rows[1:]:
        full = cell(row, "name") or " ".join(
            p for p in (cell(row, "first"), cell(row, "last")) if p
        )
        if not full:
            continue
        people.append(Participant(
            name=full, contact=cell(row, "contact"),
            status=_lookup(STATUS_WORDS, cell(row, "status"), Status.GOING),  # type: ignore[arg-type]
            role=_lookup(ROLE_WORDS, cell(row, "role"), Role.WALKER),  # type: ignore[arg-type]
            needs=cell(row, "needs"), note=cell(row, "note"),
        ))  # fmt: skip
    return people


def write_participants_csv(people: list[Participant]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c.capitalize() for c in COLUMNS])
    for p in people:
        writer.writerow([p.name, p.contact, p.status.value, p.role.value, p.needs, p.note])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
