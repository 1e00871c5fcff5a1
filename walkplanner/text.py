"""Messages for people from the layers below the UI, kept translatable without Qt.

`core`, `store`, `exchange` and the services cannot call Qt's translator, so they build a
`Text`: an English template with named fields. `str()` reads it in English (the command
line, the log); the UI looks the template up in the French catalogue before filling it in.
`say` is the marker that `pyside6-lupdate -tr-function-alias QT_TR_NOOP+=say` collects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Text:
    template: str
    fields: tuple[tuple[str, Any], ...] = ()

    def format(self, template: str | None = None, render: Any = str) -> str:
        """Fill in `template` (a translation of ours, by default our own) field by field."""
        values = {
            name: render(value) if isinstance(value, Text) else value for name, value in self.fields
        }
        return (template or self.template).format(**values)

    def __str__(self) -> str:
        return self.format()


def say(template: str, **fields: Any) -> Text:
    return Text(template, tuple(fields.items()))


def message_of(thing: object) -> Text | str:
    """The Text an exception was raised with, if any, so the UI can translate it."""
    if isinstance(thing, BaseException) and len(thing.args) == 1:
        thing = thing.args[0]
    return thing if isinstance(thing, Text) else str(thing)


def joined(parts: list[Text]) -> Text:
    """Several messages read as one, each translated on its own."""
    return Text(
        " ".join(f"{{p{i}}}" for i in range(len(parts))),
        tuple((f"p{i}", part) for i, part in enumerate(parts)),
    )
