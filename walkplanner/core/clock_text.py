"""Times as people type them: "10:30", "1030", "10h30", "10.30", "2pm", "14 h", "1030A".

One parser for the details form and the command line, in French and English habits:
an hour alone is a time ("14 h", "2pm"), a bare number of three or four digits is hours
and minutes ("930", "1030"), and a/p, am/pm or a.m./p.m. make it a 12-hour time.
"""

from __future__ import annotations

import datetime as dt
import re

_PATTERN = re.compile(
    r"""^\s*
    (?P<hour>\d{1,2})
    (?:
        \s*(?:[:.]|h)\s*(?P<minute>\d{2})?    # 10:30, 10.30, 10h30, 10 h, 10h
      | (?P<packed>\d{2})                     # 1030, 930
    )?
    \s*(?P<half>[ap])?\.?\s*(?:m\.?)?         # am, pm, a.m., p, A
    \s*$""",
    re.IGNORECASE | re.VERBOSE | re.ASCII,
)


def parse_clock(text: str) -> dt.time | None:
    """The time meant, or None when the text is not a time of day."""
    match = _PATTERN.match(text)
    if not match:
        return None
    hour = int(match["hour"])
    minute = int(match["minute"] or match["packed"] or 0)
    half = (match["half"] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return dt.time(hour, minute)
