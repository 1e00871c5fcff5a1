"""What a person types or pastes into a cell or a field, as a walk may keep it.

The form's lines stop at the length a file may bring, but a table cell's editor takes
32,767 characters and none of them strips control characters: a pasted page became a stop
name the save refused, and every edit after it stayed unsaved with it.
"""

from __future__ import annotations

from walkplanner.core.validation import MAX_LINE_CHARS, MAX_TEXT_CHARS, clean_text


def typed(text: object, *, multiline: bool = False) -> str:
    """`text` without control characters (a one-line text without line breaks either), cut
    at the most a walk keeps, as a line edit's maximum length cuts a paste."""
    most = MAX_TEXT_CHARS if multiline else MAX_LINE_CHARS
    return clean_text(str(text), multiline=multiline)[:most]
