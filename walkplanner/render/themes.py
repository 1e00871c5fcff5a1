"""Card themes. Every text colour meets WCAG AA (4.5:1) on its background; tests check it."""

from __future__ import annotations

from dataclasses import dataclass, field

from walkplanner.render.static_map import MapStyle


@dataclass(frozen=True)
class Theme:
    key: str
    background: str
    text: str
    muted: str
    accent: str
    map_style: MapStyle = field(default_factory=MapStyle)


THEMES: dict[str, Theme] = {
    "light": Theme("light", background="#fbf8f1", text="#1d1b18", muted="#57534b",
                   accent="#b3400a"),
    "dark": Theme("dark", background="#15171d", text="#f5f3ee", muted="#bdb8ae",
                  accent="#ffb454", map_style=MapStyle(paper="#2a2e37", paper_lines="#343945")),
    "bold": Theme("bold", background="#1d4ed8", text="#ffffff", muted="#dde6ff",
                  accent="#ffe066"),
}  # fmt: skip


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
