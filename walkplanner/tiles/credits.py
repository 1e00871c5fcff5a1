"""Map credits as data: runs of text, some linked to an https address, never HTML.

xyzservices describes its providers' credits in HTML, and map packs often carry HTML
in their metadata. Both are read here as text (tags dropped, entities decoded, scripts
and styles dropped whole), so no markup from a file or a package ever reaches the map
page, which builds the credit with DOM text nodes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

MAX_CREDIT_CHARS = 300
_SKIPPED = {"script", "style", "template", "noscript", "iframe", "object", "svg", "math"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


@dataclass(frozen=True)
class CreditPart:
    text: str
    url: str = ""  # an https address the map may link the text to; empty for plain text


class _CreditReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[CreditPart] = []
        self._links: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "a":
            self._links.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "a" and self._links:
            self._links.pop()

    def handle_data(self, data: str) -> None:
        if self._skipping or not data:
            return
        url = self._links[-1] if self._links else ""
        self.parts.append(CreditPart(data, url if _is_https(url) else ""))


def _is_https(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and bool(parts.netloc) and not any(c.isspace() for c in url)


def clean_text(text: str, limit: int = MAX_CREDIT_CHARS) -> str:
    """One line of at most `limit` characters, without control characters."""
    return " ".join(_CONTROL.sub(" ", text).split())[:limit]


def read_credit(html: str) -> tuple[CreditPart, ...]:
    """The text runs of an HTML credit, each keeping its link when that is https."""
    reader = _CreditReader()
    reader.feed(html)
    reader.close()
    merged: list[CreditPart] = []
    for part in reader.parts:
        text = _CONTROL.sub(" ", part.text)
        if merged and merged[-1].url == part.url:
            merged[-1] = CreditPart(merged[-1].text + text, part.url)
        else:
            merged.append(CreditPart(text, part.url))
    if merged:
        merged[0] = CreditPart(merged[0].text.lstrip(), merged[0].url)
        merged[-1] = CreditPart(merged[-1].text.rstrip(), merged[-1].url)
    return tuple(p for p in merged if p.text)


def credit_text(html: str) -> str:
    """The credit as one line of plain text (for packs, cards and handouts)."""
    return clean_text("".join(part.text for part in read_credit(html)))
