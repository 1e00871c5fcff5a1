from __future__ import annotations

import time

import pytest

from walkplanner.core.crowd import Participant, Role, Status
from walkplanner.exchange.participants_csv import read_participants_csv, write_participants_csv
from walkplanner.exchange.safety import ExchangeError

FORM_EXPORT = (
    "\ufeffHorodateur;Prénom;Nom de famille;E-mail;Statut;Rôle;Besoins;Commentaire\r\n"
    "\r\n"
    '2026-11-20;Chloé;Martin;chloe@example.fr;oui;meneuse;;"Arrive à 14 h; en retard"\r\n'
    '2026-11-20;Ben;"O\'Neil";ben@example.org;liste d\'attente;;fauteuil;"two\nlines"\r\n'
    ";;;;;;;\r\n"
    "2026-11-21;Dev;Patel;;annulé;serre-file;;\r\n"
)


def test_a_french_form_export_with_bom_semicolons_quotes_and_empty_lines() -> None:
    read = read_participants_csv(FORM_EXPORT.encode("utf-8"))
    assert read.unclear == []
    people = read.people
    assert [p.name for p in people] == ["Chloé Martin", "Ben O'Neil", "Dev Patel"]
    assert [p.status for p in people] == [Status.GOING, Status.WAITLIST, Status.CANCELLED]
    assert [p.role for p in people] == [Role.LEADER, Role.WALKER, Role.BACK_MARKER]
    assert people[0].note == "Arrive à 14 h; en retard" and people[1].note == "two\nlines"
    assert people[1].needs == "fauteuil" and people[0].contact == "chloe@example.fr"


def test_round_trip_of_5000_rows_is_quick() -> None:
    people = [
        Participant(
            f"Walker {i}",
            f"+33 6 00 00 {i:04d}",
            Status.GOING if i % 7 else Status.WAITLIST,
            Role.LEADER if i % 50 == 0 else Role.WALKER,
            "",
            'says "hi", ok',
        )
        for i in range(5000)
    ]
    started = time.perf_counter()
    back = read_participants_csv(write_participants_csv(people)).people
    assert back == people
    assert time.perf_counter() - started < 2


def test_a_file_without_a_name_column_says_which_columns_it_has() -> None:
    with pytest.raises(ExchangeError, match="Email, Phone"):
        read_participants_csv(b"Email,Phone\na@b.c,123\n")
    with pytest.raises(ExchangeError, match="no rows"):
        read_participants_csv(b"\n\n")


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Liste d’attente", Status.WAITLIST),  # the French apostrophe
        ("liste d'attente", Status.WAITLIST),
        ("En attente", Status.WAITLIST),
        ("wait-list", Status.WAITLIST),
        ("Ne vient pas", Status.CANCELLED),
        ("Désisté", Status.CANCELLED),
        ("OUI", Status.GOING),
        ("", Status.GOING),
    ],
)
def test_answers_are_read_however_a_form_spells_them(answer: str, status: Status) -> None:
    data = f"Prénom;Nom de famille;Statut;Rôle\nAnn;Lee;{answer};Serre_file\n".encode()
    (person,) = read_participants_csv(data).people
    assert (person.name, person.status, person.role) == ("Ann Lee", status, Role.BACK_MARKER)


@pytest.mark.parametrize("answer", ["maybe", "Peut-être", "?", "TBC", "12", "oui?", "x" * 300])
def test_an_answer_not_understood_is_waitlisted_and_said_with_its_line(answer: str) -> None:
    data = f"Name,RSVP\nAnn,yes\nBen,{answer}\nCal,\n".encode()
    read = read_participants_csv(data)
    assert [p.status for p in read.people] == [Status.GOING, Status.WAITLIST, Status.GOING]
    (unclear,) = read.unclear
    message = str(unclear)
    assert message.startswith("line 3: ") and "Ben is on the waitlist" in message
    assert len(message) < 220  # a 300-character answer is cut for the message


@pytest.mark.parametrize("answer", ["TRUE", "Vrai", "Accepted", "Acceptée", "attending"])
def test_a_spreadsheet_s_yes_is_going(answer: str) -> None:
    read = read_participants_csv(f"Name;Status\nAnn;{answer}\n".encode())
    assert read.people[0].status == Status.GOING and read.unclear == []


def test_a_list_written_by_the_app_reads_back_without_doubts() -> None:
    people = [Participant(f"P{s.value}", status=s) for s in Status]
    read = read_participants_csv(write_participants_csv(people))
    assert read.people == people and read.unclear == []
