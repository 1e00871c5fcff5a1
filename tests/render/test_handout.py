from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.render.test_static_map import ColouredTiles
from walkplanner.cli import main
from walkplanner.core.demo import demo_walk
from walkplanner.core.model import Route, Stop
from walkplanner.core.schedule import plan, to_minute
from walkplanner.core.wording import clock
from walkplanner.render.handout import HandoutError, HandoutOptions, export_pdf
from walkplanner.render.static_map import MAX_TILES

CREDIT = "© OpenStreetMap contributors"
POINTS = {"a4": (595.3, 841.9), "letter": (612.0, 792.0)}


def pdf_text(path: Path) -> list[str]:
    """Each page's text; pypdf marks the gaps between positioned words with tabs."""
    return [page.extract_text().replace("\t", " ") for page in PdfReader(path).pages]


def flat(pages: list[str]) -> str:
    """All the text as one line: wrapped table cells read back whole."""
    return " ".join(" ".join(pages).split())


def sign_in_numbers(pages: list[str], heading: str) -> list[int]:
    numbers: list[int] = []
    for text in pages:
        if heading in text:
            numbers += [int(n) for n in re.findall(r"^\s*(\d+)\s*$", text, re.MULTILINE)]
    return numbers


@pytest.mark.parametrize(("paper", "lang"), [("a4", "en"), ("letter", "fr")])
def test_every_part_reads_back(tmp_path: Path, paper: str, lang: str) -> None:
    walk = replace(demo_walk(), group_size=100)  # one group: one sign-in sheet for all 60
    path = export_pdf(walk, HandoutOptions(paper, lang), None, CREDIT, tmp_path / "h.pdf")
    reader = PdfReader(path)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            POINTS[paper], abs=1
        )
    pages = pdf_text(path)
    text = "\n".join(pages)
    assert walk.title in text and walk.meeting_point.name in text
    for stop, timing in zip(walk.stops, plan(walk).stops, strict=True):
        assert stop.name in text
        assert clock(to_minute(timing.arrival).time(), lang) in text
    heading = "Sign-in sheet" if lang == "en" else "Feuille d’émargement"
    assert sign_in_numbers(pages, heading) == list(range(1, 61))
    assert ("Walk leader sheet" if lang == "en" else "Fiche du guide").upper() in text
    assert "112" in text and "step-free" in flat(pages)


def test_sign_in_rows_cover_the_people_on_the_day(tmp_path: Path) -> None:
    walk = replace(demo_walk(), headcount=23, capacity=40, split_groups=False)
    path = export_pdf(walk, HandoutOptions(parts=("signin",)), None, CREDIT, tmp_path / "s.pdf")
    assert sign_in_numbers(pdf_text(path), "Sign-in sheet") == list(range(1, 24))


def test_fonts_are_embedded_and_text_is_text(tmp_path: Path) -> None:
    hostile = "<img src=x onerror=alert(1)>"
    walk = demo_walk()
    walk = replace(walk, route=walk.route.edited(1, name=hostile))
    path = export_pdf(walk, HandoutOptions(parts=("overview",)), None, CREDIT, tmp_path / "o.pdf")
    assert hostile in flat(pdf_text(path)[:1])
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_maps_stay_within_the_tile_budget(tmp_path: Path) -> None:
    tiles = ColouredTiles()
    export_pdf(demo_walk(), HandoutOptions(), tiles, CREDIT, tmp_path / "t.pdf")
    maps = 3  # meeting inset, route, pocket card map
    assert 0 < len(tiles.asked) <= maps * MAX_TILES


def test_long_walk_tables_continue_on_the_next_page(tmp_path: Path) -> None:
    stops = [
        Stop(f"Stop number {i} by the river", 48.85 + i * 1e-3, 2.33, dwell_min=5, note="x " * 40)
        for i in range(30)
    ]
    walk = replace(demo_walk(), route=Route.through(stops))
    path = export_pdf(walk, HandoutOptions(parts=("overview",)), None, CREDIT, tmp_path / "l.pdf")
    pages = pdf_text(path)
    assert len(pages) >= 2
    assert all(f"Stop number {i} by the river" in flat(pages) for i in range(30))
    assert all("Arrive" in page for page in pages)  # the header repeats


def test_bad_options() -> None:
    with pytest.raises(HandoutError, match="a4, letter"):
        HandoutOptions(paper="a3")
    with pytest.raises(HandoutError, match="overview, signin, cards, leader"):
        HandoutOptions(parts=("maps",))


def test_cli_handout(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "handout.pdf"
    argv = [
        "--offline",
        "export",
        "handout",
        "louvre",
        "--out",
        str(out),
        "--paper",
        "letter",
        "--lang",
        "fr",
        "--parts",
        "overview,leader",
    ]
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert len(PdfReader(out).pages) == 5  # the overview, then a leader sheet per group of 15
    assert main(["--offline", "export", "handout", "louvre", "--out", str(tmp_path / "h.txt")]) == 2
    assert "must end with .pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "handout", "louvre", "--out", str(out), "--parts", "maps"])
    assert exit_info.value.code == 2


def test_each_group_gets_its_own_sign_in_and_leader_sheets(tmp_path: Path) -> None:
    from walkplanner.core.crowd import Participant, Role

    people = tuple(
        [Participant("Lea", role=Role.LEADER)] + [Participant(f"W{i}") for i in range(29)]
    )
    options = HandoutOptions(parts=("signin", "leader"), people=people)
    walk = replace(demo_walk(), headcount=30)
    path = export_pdf(walk, options, None, CREDIT, tmp_path / "g.pdf")
    pages = pdf_text(path)
    assert len(pages) == 4  # two groups of 15: a sign-in sheet and a leader sheet each
    assert "Group A · 15 people · leaves at 2:00 pm" in pages[0] and "Lea" in pages[0]
    assert "Group B · 15 people · leaves at 2:10 pm" in pages[1]
    assert sign_in_numbers(pages[:2], "Sign-in sheet") == list(range(1, 31))  # numbered on
    assert "2:31 pm" in pages[3]  # group B reaches Pont des Arts ten minutes after group A


def test_sixty_expected_five_signed_up_in_two_groups(tmp_path: Path) -> None:
    """The day as a walk leader meets it: named people first, blank numbered rows for
    everyone who just turns up, each group with its own crew, times and cards."""
    from walkplanner.core.crowd import Participant, Role, split

    people = (
        Participant("Lea", role=Role.LEADER),
        Participant("Bo", role=Role.BACK_MARKER),
        Participant("Cy", role=Role.LEADER),
        Participant("Di"),
        Participant("Ed"),
    )
    walk = replace(demo_walk(), headcount=60, group_size=30, split_groups=True)
    options = HandoutOptions(people=people)
    pages = pdf_text(export_pdf(walk, options, None, CREDIT, tmp_path / "day.pdf"))
    text = flat(pages)
    groups = split(walk, list(people), max_size=30, stagger_min=10).groups
    first_leg_a, first_leg_b, last_arrival = (
        clock(to_minute(moment).time(), "en")
        for moment in (
            groups[0].schedule.stops[1].arrival,
            groups[1].schedule.stops[1].arrival,
            groups[1].schedule.stops[-1].arrival,
        )
    )
    assert f"2 groups · the first leaves at 2:00 pm · the last arrives at {last_arrival}" in text
    assert "Expected: 60 · signed up: 5 · waiting list: 0 · on the day: 60" in text
    sign_in = [p for p in pages if "Sign-in sheet" in p]
    assert sign_in_numbers(sign_in, "Sign-in sheet") == list(range(1, 61))
    group_a = " ".join(p for p in sign_in if "group A" in p)
    assert all(name in group_a for name in ("Lea", "Bo", "Ed"))  # Cy leads B, with Di
    leaders = [flat([p]) for p in pages if "WALK LEADER SHEET" in p]
    assert len(leaders) == 2
    assert "Walk leader: Lea" in leaders[0] and "Back marker: Bo" in leaders[0]
    assert "Walk leader: Cy" in leaders[1] and "Back marker: ____" in leaders[1]
    cards = [flat([p]) for p in pages if p.count(walk.title) >= 4 and "Group" in p]
    assert len(cards) == 2 and "Group A" in cards[0] and "Group B" in cards[1]
    assert first_leg_a in cards[0] and first_leg_b in cards[1]


def test_without_a_split_the_sign_in_sheet_has_a_row_for_everyone_on_the_day(
    tmp_path: Path,
) -> None:
    from walkplanner.core.crowd import Participant

    people = tuple(Participant(f"P{i}") for i in range(5))
    walk = replace(demo_walk(), headcount=60, split_groups=False)
    options = HandoutOptions(parts=("signin",), people=people)
    pages = pdf_text(export_pdf(walk, options, None, CREDIT, tmp_path / "s.pdf"))
    assert sign_in_numbers(pages, "Sign-in sheet") == list(range(1, 61))
    assert all(f"P{i}" in pages[0] for i in range(5))
