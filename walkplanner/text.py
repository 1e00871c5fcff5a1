"""Messages for people from the layers below the UI, kept translatable without Qt.

`core`, `store`, `exchange` and the services cannot call Qt's translator, so they build a
`Text`: an English template with named fields. `str()` reads it in English (the command
line, the log); the UI looks the template up in the French catalogue before filling it in.
`say` is the marker that `pyside6-lupdate -tr-function-alias QT_TR_NOOP+=say` collects.

A `Text` with a `count` is a plural: its template holds Qt's `%n` (or `%Ln`, the number
with the locale's digit grouping) and the catalogue picks the form for that count. Read
without Qt, the form comes from the English plural catalogue (walkplanner.catalogue).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Text:
    template: str
    fields: tuple[tuple[str, Any], ...] = ()
    context: str = ""  # the catalogue's context; "" for `say`
    count: int | None = None  # a plural's n
    disambiguation: str | None = None  # tells apart two meanings of one English source

    def format(self, template: str | None = None, render: Any = str, number: Any = str) -> str:
        """Fill in `template` (a translation of ours, by default our own English) field by
        field; a plural's count first, written by `number` where the template says `%Ln`."""
        if not template:
            template = self.template
            if self.count is not None:
                from walkplanner.catalogue import lookup

                template = lookup("en", self) or self.template
        if self.count is not None:
            template = template.replace("%Ln", number(self.count))
            template = template.replace("%n", str(self.count))
        values = {
            name: render(value) if isinstance(value, Text) else value for name, value in self.fields
        }
        return template.format(**values)

    def __str__(self) -> str:
        return self.format()


def say(template: str, **fields: Any) -> Text:
    return Text(template, tuple(fields.items()))


def plural(template: str, disambiguation: str | None, n: int, /, **fields: Any) -> Text:
    """A `say` whose words depend on a count: `template` holds `%n` and the catalogue has a
    form per count ("One leg is…" / "4 legs are…"). Spelt like Qt's `tr(source,
    disambiguation, n)`, which `pyside6-lupdate -tr-function-alias tr+=plural` reads it as."""
    return Text(template, tuple(fields.items()), "", n, disambiguation)


@dataclass(frozen=True, slots=True)
class Context:
    """Messages filed under one context of the catalogue, plurals included.

    `pyside6-lupdate` reads `Card.tr("…")` as the context "Card" and `Card.tr("%n …", None,
    n)` as a plural, so an instance is named exactly as its context (tests check it).
    """

    name: str

    def tr(
        self,
        template: str,
        disambiguation: str | None = None,
        n: int | None = None,
        /,
        **fields: Any,
    ) -> Text:
        return Text(template, tuple(fields.items()), self.name, n, disambiguation)


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
