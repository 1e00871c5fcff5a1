"""The words on the handouts, in the handout's language."""

from __future__ import annotations

from walkplanner.core.crowd import Attendance

WORDS = {
    "en": {
        "overview": "Walk overview",
        "start_end": "Start {start} · End {end}",
        "meet": "Meeting point",
        "route": "The route",
        "stops": "Stops",
        "col_no": "#",
        "col_stop": "Stop",
        "col_kind": "Kind",
        "col_arrive": "Arrive",
        "col_leave": "Leave",
        "col_stay": "Stay",
        "col_notes": "Notes",
        "facts": "{distance} · walking {walking} · {duration} in all",
        "groups_span": "{n} groups · the first leaves at {start} · the last arrives at {end}",
        "counts": "Expected: {expected} · signed up: {signed} · waiting list: {waiting} · "
        "on the day: {day}",
        "capacity": "capacity: {capacity}",
        "organiser": "Organiser",
        "emergency": "Emergency",
        "access": "Accessibility",
        "signin": "Sign-in sheet",
        "signin_hint": "Tick the three head counts: at the start, halfway, at the end.",
        "col_name": "Name",
        "col_phone": "Phone (optional)",
        "col_contact": "Emergency contact",
        "count_start": "Start",
        "count_half": "Half",
        "count_end": "End",
        "page": "page {n}",
        "leader": "Walk leader sheet",
        "checklist": "Checklist",
        "checks": [
            "Route walked beforehand (recce done)",
            "First-aid kit packed",
            "Head count at the start: ______",
            "Head count halfway: ______",
            "Head count at the end: ______",
            "“Five minutes!” called before leaving each stop",
        ],
        "walk_leader": "Walk leader: {names}",
        "back_marker": "Back marker: {names}",
        "unnamed": "____________________",
        "timings": "Timings",
        "notes": "Notes",
        "more": "+{n} more",
        "group": "Group {letter} · {size} people · leaves at {time}",
        "group_one": "Group {letter} · 1 person · leaves at {time}",
        "group_short": "group {letter}",
    },
    "fr": {
        "overview": "Programme de la balade",
        "start_end": "Départ {start} · Fin {end}",
        "meet": "Point de rendez-vous",
        "route": "Le parcours",
        "stops": "Étapes",
        "col_no": "n°",
        "col_stop": "Étape",
        "col_kind": "Type",
        "col_arrive": "Arrivée",
        "col_leave": "Départ",
        "col_stay": "Durée",
        "col_notes": "Notes",
        "facts": "{distance} · marche {walking} · {duration} en tout",
        "groups_span": "{n} groupes · le premier part à {start} · le dernier arrive à {end}",
        "counts": "Attendus\u00a0: {expected} · inscrits\u00a0: {signed} · "
        "liste d’attente\u00a0: {waiting} · le jour J\u00a0: {day}",
        "capacity": "capacité\u00a0: {capacity}",
        "organiser": "Organisation",
        "emergency": "Urgences",
        "access": "Accessibilité",
        "signin": "Feuille d’émargement",
        "signin_hint": "Cochez les trois comptages\u00a0: au départ, à mi-parcours, à l’arrivée.",
        "col_name": "Nom",
        "col_phone": "Téléphone (facultatif)",
        "col_contact": "Contact d’urgence",
        "count_start": "Départ",
        "count_half": "Milieu",
        "count_end": "Fin",
        "page": "page {n}",
        "leader": "Fiche du guide",
        "checklist": "Liste de contrôle",
        "checks": [
            "Parcours repéré à l’avance",
            "Trousse de premiers secours",
            "Comptage au départ\u00a0: ______",
            "Comptage à mi-parcours\u00a0: ______",
            "Comptage à l’arrivée\u00a0: ______",
            "«\u00a0Cinq minutes\u00a0!\u00a0» annoncé avant de quitter chaque étape",
        ],
        "walk_leader": "Guide\u00a0: {names}",
        "back_marker": "Serre-file\u00a0: {names}",
        "unnamed": "____________________",
        "timings": "Horaires",
        "notes": "Notes",
        "more": "+{n} autres",
        "group": "Groupe {letter} · {size} personnes · départ à {time}",
        "group_one": "Groupe {letter} · 1 personne · départ à {time}",
        "group_short": "groupe {letter}",
    },
}

KINDS = {
    "en": {"start": "Start", "waypoint": "Waypoint", "cafe": "Café / food",
           "viewpoint": "Viewpoint", "toilets": "Toilets", "end": "End"},
    "fr": {"start": "Départ", "waypoint": "Passage", "cafe": "Café / repas",
           "viewpoint": "Point de vue", "toilets": "Toilettes", "end": "Arrivée"},
}  # fmt: skip


def word(lang: str, key: str, **values: object) -> str:
    return str(WORDS[lang][key]).format(**values)


def checks(lang: str) -> list[str]:
    return list(WORDS[lang]["checks"])


def counts(lang: str, coming: Attendance) -> str:
    """Who is coming, for the organiser: the three numbers apart, and the people to plan for."""
    line = word(
        lang,
        "counts",
        expected=coming.expected,
        signed=coming.signed_up,
        waiting=coming.waitlist,
        day=coming.on_the_day,
    )
    if coming.capacity is not None:
        line += " · " + word(lang, "capacity", capacity=coming.capacity)
    return line


def crew(lang: str, key: str, names: list[str]) -> str:
    """ "Back marker: Bo" when someone is flagged, else a line to fill in by hand."""
    return word(lang, key, names=", ".join(names) if names else word(lang, "unnamed"))


def labelled(lang: str, label: str, value: str) -> str:
    """ "Emergency: 112" / "Urgences : 112", with French's no-break space before the colon."""
    return f"{label}\u00a0: {value}" if lang == "fr" else f"{label}: {value}"
