"""The words strangers read about who is coming: three numbers, never mixed, in both languages."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from walkplanner.catalogue import spoken
from walkplanner.core.crowd import Attendance, Participant, Status, attendance
from walkplanner.core.demo import demo_walk
from walkplanner.core.wording import spoken_date
from walkplanner.render.card_text import groups_line, who_is_coming


def coming(expected: int, signed_up: int = 0, capacity: int | None = None) -> Attendance:
    return Attendance(expected, signed_up, 0, capacity)


@pytest.mark.parametrize(
    ("numbers", "english", "french"),
    [
        (coming(60), "60 people expected · everyone welcome",
         "60 personnes attendues · tout le monde est bienvenu"),
        (coming(1), "1 person expected · everyone welcome",
         "1 personne attendue · tout le monde est bienvenu"),
        (coming(0), "Everyone welcome", "Tout le monde est bienvenu"),
        (coming(60, 5), "60 people expected · everyone welcome",
         "60 personnes attendues · tout le monde est bienvenu"),
        (coming(3, 70), "70 people expected · everyone welcome",
         "70 personnes attendues · tout le monde est bienvenu"),
        (coming(1200), "1,200 people expected · everyone welcome",
         "1\u202f200 personnes attendues · tout le monde est bienvenu"),
        (coming(60, 25, 40), "15 of 40 places left", "Plus que 15 places sur 40"),
        (coming(60, 39, 40), "1 of 40 places left", "Plus qu'une place sur 40"),
        (coming(60, 40, 40), "Full · waiting list open", "Complet · liste d'attente ouverte"),
        (coming(60, 45, 40), "Full · waiting list open", "Complet · liste d'attente ouverte"),
        (coming(60, 0, 40), "Up to 40 people · sign up to come",
         "Jusqu'à 40 personnes · inscription nécessaire"),
    ],
)  # fmt: skip
def test_who_is_coming_is_honest(numbers: Attendance, english: str, french: str) -> None:
    assert who_is_coming(numbers, "en") == english
    assert who_is_coming(numbers, "fr") == french


def test_signing_people_up_never_lowers_the_expected_number() -> None:
    walk = replace(demo_walk(), headcount=60, capacity=None)
    people = [Participant(f"P{i}") for i in range(5)] + [Participant("W", status=Status.WAITLIST)]
    numbers = attendance(walk, people)
    assert (numbers.expected, numbers.signed_up, numbers.waitlist) == (60, 5, 1)
    assert numbers.on_the_day == 60 and numbers.places_left is None


def test_groups_are_announced_only_when_the_organiser_splits_the_crowd() -> None:
    walk = demo_walk()
    assert walk.split_groups
    assert groups_line(walk, attendance(walk), "en") == "Groups of up to 15, leaving every 10 min"
    assert groups_line(walk, attendance(walk), "fr") == (
        "Groupes de 15 au plus, départ toutes les 10 min"
    )
    one_group = replace(walk, split_groups=False)
    assert groups_line(one_group, attendance(one_group), "en") == ""
    small = replace(walk, headcount=12)
    assert groups_line(small, attendance(small), "en") == ""


def test_the_year_is_written_when_it_is_not_this_year() -> None:
    assert spoken("en", spoken_date(dt.date(2026, 12, 5), 2026)) == "Saturday 5 December"
    assert spoken("en", spoken_date(dt.date(2020, 12, 5), 2026)) == "Saturday 5 December 2020"
    assert spoken("fr", spoken_date(dt.date(2027, 1, 1), 2026)) == "vendredi 1er janvier 2027"
    assert str(spoken_date(dt.date(2027, 1, 1), 2026)) == "Friday 1 January 2027"
