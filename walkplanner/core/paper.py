"""Which paper the walk's handouts print on by default: US Letter where people buy it,
A4 everywhere else. The walk's time zone says where it happens (tzdata's zone.tab maps
zones to countries), which is a better guess than the organiser's own locale.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

# Countries where Letter is the usual paper (the Americas that never took up A4, and the
# Philippines).
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "DO", "PA", "SV", "NI", "HN", "PR",
     "BZ"}
)  # fmt: skip


@cache
def _countries() -> dict[str, str]:
    """Time zone name -> ISO 3166 country code, from tzdata's zone.tab."""
    try:
        table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    found = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if len(fields) >= 3:
                found[fields[2]] = fields[0]
    return found


def country_of(timezone: str) -> str | None:
    return _countries().get(timezone)


def default_paper(timezone: str) -> str:
    """ "letter" for a walk in the US, Canada, Mexico, the Philippines…; "a4" otherwise."""
    return "letter" if country_of(timezone) in LETTER_COUNTRIES else "a4"
