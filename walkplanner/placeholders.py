"""Qt's numbered placeholders, `%1` to `%9`, filled in one pass.

A translated template keeps Qt's `%1 … %9` so translators can reorder them. Filling them with
chained `.replace("%1", a).replace("%2", b)` rewrites a value that itself holds "%2" (a
walk titled "100%2 fun"); `filled` reads the template once, so values stay as typed.
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"%([1-9])")


def filled(template: str, *values: object) -> str:
    """`template` with `%n` replaced by the n-th value; a placeholder without one stays."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group()

    return _NUMBERED.sub(value, template)
