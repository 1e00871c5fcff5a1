"""The words on the handouts, in the handout's language."""

from __future__ import annotations

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
        "facts": "{distance} · walking {walking} · {duration} in all · {people} people",
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
            "Back marker named: ____________________",
            "Head count at the start: ______",
            "Head count halfway: ______",
            "Head count at the end: ______",
            "“Five minutes!” called before leaving each stop",
        ],
        "timings": "Timings",
        "notes": "Notes",
        "more": "+{n} more",
        "group": "Group {letter} · {size} people · leaves at {time}",
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
        "facts": "{distance} · marche {walking} · {duration} en tout · {people} personnes",
        "organiser": "Organisation",
        "emergency": "Urgences",
        "access": "Accessibilité",
        "signin": "Feuille de présence",
        "signin_hint": "Cochez les trois comptages : au départ, à mi-parcours, à l'arrivée.",
        "col_name": "Nom",
        "col_phone": "Téléphone (facultatif)",
        "col_contact": "Contact d'urgence",
        "count_start": "Départ",
        "count_half": "Mi-p.",
        "count_end": "Fin",
        "page": "page {n}",
        "leader": "Fiche du meneur",
        "checklist": "Liste de contrôle",
        "checks": [
            "Parcours repéré à l'avance",
            "Trousse de premiers secours",
            "Serre-file désigné : ____________________",
            "Comptage au départ : ______",
            "Comptage à mi-parcours : ______",
            "Comptage à l'arrivée : ______",
            "« Cinq minutes ! » annoncé avant de quitter chaque étape",
        ],
        "timings": "Horaires",
        "notes": "Notes",
        "more": "+{n} autres",
        "group": "Groupe {letter} · {size} personnes · départ à {time}",
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
