"""index.html of the walk page: every text the organiser typed goes in escaped.

Text reaches the page in two ways only: `html.escape` into the markup, and `json.dumps`
with `<`, `>` and `&` escaped into a JSON block that page.js reads with `textContent`
(a `</script>` in a stop name stays text). No external script, font or tracker; the only
requests that leave are OpenStreetMap's tiles.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from html import escape
from urllib.parse import quote, urljoin

from walkplanner.catalogue import spoken
from walkplanner.core.crowd import Participant, attendance
from walkplanner.core.model import StopKind, Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.core.wording import LANGUAGES, clock, file_stem, when
from walkplanner.exchange.outgoing import export_copy
from walkplanner.page.leaflet_map import build_map
from walkplanner.page.policy import with_policy
from walkplanner.render.card_text import distance, duration, groups_line, map_link, who_is_coming
from walkplanner.text import Context, Text

CARD_FILE = "card.jpg"
ICS_FILE = "walk.ics"
GPX_FILE = "route.gpx"
QR_FILE = "qr.svg"
Word = Callable[[Text], str]  # `spoken` with the page's language bound
Page = Context("Page")


@dataclass(frozen=True)
class PageOptions:
    lang: str = "en"
    url: str = ""  # the page's own address once published: Open Graph and the QR code

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(
                f"Unknown language “{self.lang}”; choose one of: {', '.join(LANGUAGES)}."
            )


def json_for_script(data: object) -> str:
    """JSON that cannot end the <script> block it sits in, nor open a comment."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_html(walk: Walk, options: PageOptions, people: Sequence[Participant] = ()) -> str:
    walk = export_copy(walk)
    lang = options.lang
    word: Word = partial(spoken, lang)
    schedule = plan(walk)
    parts = build_map(walk)
    times = [clock(to_minute(t.arrival).time(), lang) for t in schedule.stops]
    coming = attendance(walk, tuple(people))
    data = {
        "map": parts.name,
        "meeting": {
            "lat": walk.meeting_point.lat,
            "lon": walk.meeting_point.lon,
            "label": word(Page.tr("Meeting point: {name}", name=walk.meeting_point.name)),
        },
        "stops": [
            {
                "lat": s.lat,
                "lon": s.lon,
                "number": i + 1,
                "kind": StopKind(s.kind).value,
                "label": f"{t} · {s.name}",
            }
            for i, (s, t) in enumerate(zip(walk.stops, times, strict=True))
        ],
    }
    sections = [
        _meeting(walk, word),
        _actions(file_stem(walk.title), word),
        _route(
            parts.body,
            parts.script,
            distance(schedule, lang) if schedule.distance_m else "",
            duration(schedule.duration),
            word,
        ),
        _stops(walk, times, word),
        _section(
            "coming",
            word(Page.tr("Who is coming")),
            _lines(who_is_coming(coming, lang), groups_line(walk, coming, lang)),
        ),
        _organiser(walk, word),
        _section("accessibility", word(Page.tr("Accessibility")), _lines(walk.accessibility))
        if walk.accessibility
        else "",
        _qr(options.url, word),
    ]
    made_with = word(Page.tr("Made with Walk Planner · no trackers, no cookies"))
    return with_policy(f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<link rel="icon" href="data:,">
<title>{escape(walk.title)}</title>
<meta name="description" content="{escape(_summary(walk, lang))}">
{_open_graph(walk, options, _summary(walk, lang))}
{parts.head}
<link rel="stylesheet" href="page.css">
</head>
<body>
<header class="hero">
<h1>{escape(walk.title)}</h1>
<p class="when">{escape(spoken(lang, when(walk.date, walk.start_time, lang)))}</p>
{_lines(walk.description)}
</header>
<main>
{"".join(sections)}
</main>
<footer><p>{escape(made_with)}</p></footer>
<script type="application/json" id="walk-data">{json_for_script(data)}</script>
<script src="page.js"></script>
</body>
</html>
""")


def _summary(walk: Walk, lang: str) -> str:
    return f"{spoken(lang, when(walk.date, walk.start_time, lang))} · {walk.meeting_point.name}"


def _lines(*texts: str) -> str:
    """Paragraphs of plain text; line breaks kept by CSS (white-space: pre-line)."""
    return "".join(f'<p class="text">{escape(text)}</p>' for text in texts if text)


def _section(key: str, heading: str, body: str) -> str:
    return (
        f'<section aria-labelledby="{key}-h"><h2 id="{key}-h">{escape(heading)}</h2>'
        f"{body}</section>"
    )


def _meeting(walk: Walk, word: Word) -> str:
    point = walk.meeting_point
    lat, lon = f"{point.lat:.6f}", f"{point.lon:.6f}"
    geo = f"geo:{lat},{lon}?q={lat},{lon}({quote(point.name, safe='')})"
    open_maps = word(Page.tr("Open in maps"))
    osm = word(Page.tr("See it on OpenStreetMap"))
    body = (
        f'<p class="place">{escape(point.name)}</p>{_lines(point.note)}'
        f'<p class="links"><a href="{escape(geo)}">{escape(open_maps)}</a>'
        f'<a href="{escape(map_link(walk))}" rel="noopener">{escape(osm)}</a></p>'
    )
    return _section("meet", word(Page.tr("Where to meet")), body)


def _route(map_div: str, map_script: str, km: str, span: str, word: Word) -> str:
    summary = Page.tr("{distance} · about {duration}, stops included", distance=km, duration=span)
    label = word(Page.tr("Map of the route"))
    note = word(Page.tr("The map needs a connection; everything else on this page works offline."))
    body = (
        (f'<p class="summary">{escape(word(summary))}</p>' if km else "")
        + f'<div class="map-frame" role="region" aria-label="{escape(label)}">'
        f"{map_div}</div>{map_script}"
        f'<p class="note">{escape(note)}</p>'
    )
    return _section("route", word(Page.tr("The route")), body)


def _stops(walk: Walk, times: list[str], word: Word) -> str:
    items = "".join(
        f'<li><p class="stop"><span class="time">{escape(t)}</span> '
        f'<span class="name">{escape(s.name)}</span></p>'
        + (f'<p class="stay">{escape(word(_stay(s.dwell_min)))}</p>' if s.dwell_min else "")
        + _lines(s.note)
        + "</li>"
        for s, t in zip(walk.stops, times, strict=True)
    )
    if not items:
        return ""
    return _section("stops", word(Page.tr("Stops and times")), f'<ol class="stops">{items}</ol>')


def _stay(minutes: int) -> Text:
    return Page.tr("{minutes} min here", minutes=minutes)


def _organiser(walk: Walk, word: Word) -> str:
    lines = [walk.organiser_name, walk.organiser_contact]
    if walk.emergency_phone:
        lines.append(word(Page.tr("Emergency: {phone}", phone=walk.emergency_phone)))
    body = _lines(*lines)
    return _section("organiser", word(Page.tr("Organiser")), body) if body else ""


def _actions(stem: str, word: Word) -> str:
    """The two files people take away; `download` names them after the walk."""
    files = word(Page.tr("Calendar and route files"))
    calendar = word(Page.tr("Add to calendar"))
    gpx = word(Page.tr("Download the route (GPX)"))
    return (
        f'<nav class="actions" aria-label="{escape(files)}">'
        f'<a class="button" href="{ICS_FILE}" download="{escape(stem)}.ics" '
        f'type="text/calendar">{escape(calendar)}</a>'
        f'<a class="button secondary" href="{GPX_FILE}" download="{escape(stem)}.gpx">'
        f"{escape(gpx)}</a></nav>"
    )


def _qr(url: str, word: Word) -> str:
    if not url:
        return ""
    alt = word(Page.tr("QR code of this page's address"))
    caption = word(Page.tr("Scan to open this page"))
    return (
        f'<figure class="qr"><img src="{QR_FILE}" width="160" height="160" '
        f'alt="{escape(alt)}"><figcaption>{escape(caption)}</figcaption></figure>'
    )


def _open_graph(walk: Walk, options: PageOptions, summary: str) -> str:
    """The preview a chat app shows for the link: the post-size card, title and time.
    Scrapers need absolute addresses, so the image and url are full only with --url."""
    image = urljoin(options.url, CARD_FILE) if options.url else CARD_FILE
    tags = {
        "og:type": "website",
        "og:title": walk.title,
        "og:description": summary,
        "og:image": image,
        "og:image:width": "1080",
        "og:image:height": "1350",
        "og:locale": "fr_FR" if options.lang == "fr" else "en_GB",
    }
    if options.url:
        tags["og:url"] = options.url
    metas = [f'<meta property="{k}" content="{escape(v)}">' for k, v in tags.items()]
    metas.append('<meta name="twitter:card" content="summary_large_image">')
    return "\n".join(metas)
