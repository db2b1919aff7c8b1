"""Renderers: a :class:`~timeline.model.Timeline` as Markdown or as an interactive HTML page.

Both take only a ``Timeline`` and treat every string that came from a document (summaries,
sentences, titles, ids, error reasons) as hostile: Markdown output backslash-escapes it so it
cannot become a link, image, tag, heading, emphasis or table, and HTML output passes it
through :func:`html.escape` before Plotly or the page sees it. Dates are formatted here, by
granularity, without the locale (``format_when``).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import textwrap
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import quote, urlsplit

import attrs
import plotly.graph_objects as go  # type: ignore[import-untyped]
import plotly.io as pio  # type: ignore[import-untyped]

from timeline.extract import Grain
from timeline.model import DocumentStatus, Event, Flag, Mention, Timeline, When
from timeline.resolve import MONTHS_PER_GRAIN, add_months

__all__ = [
    "Tally",
    "escape_markdown",
    "format_day",
    "format_when",
    "html_link",
    "html_text",
    "link_target",
    "markdown_link",
    "render_html",
    "render_markdown",
    "tally",
]

#: Turns document text into inert text of one output format.
Escape = Callable[[str], str]

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
#: Granularities whose label names a whole number of calendar months ("November 2024").
MONTH_LABELLED = frozenset({"month", "quarter", "half", "year"})
ORDINAL_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}

# Markdown: punctuation escaped wherever it appears, plus the punctuation that lets a
# renderer's autolinker find a URL, a bare domain or an e-mail address.
_MARKDOWN_ESCAPE = re.compile(
    r"[\\`*_{}\[\]<>()#+\-!|~&@]"  # syntax: code, emphasis, links, tags, headings, tables
    r"|(?<=[A-Za-z0-9])\.(?=[A-Za-z]{2})"  # domain dots: example.com, www.example
    r"|:(?=/)|/(?=/)"  # scheme separators: https://, //host
)
_ORDERED_LIST_MARKER = re.compile(r"^(\d+)\.")
_WHITESPACE = re.compile(r"\s+")

#: URL schemes rendered as links; a URL with any other scheme (``javascript:``, ``data:``,
#: ``file:``...) or none is shown as plain text.
LINK_SCHEMES = frozenset({"http", "https"})
#: ASCII punctuation a link target keeps as it is; every other character but letters, digits
#: and ``-._~`` is percent-encoded, so that none can end a Markdown link or an HTML attribute.
URL_SAFE_CHARS = "!#$%&*+,/:;=?@[]~"
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: What an HTML link to a document's page may tell or give that page.
LINK_REL = "nofollow noopener noreferrer"

FLAG_MARK = "\u26a0"
UNKNOWN_ERROR = "unknown error"
#: How the chronology marks an event that no mention dates, placed by its first report.
WEAK_DATE_NOTE = "no mention dates it; placed on the day it was first reported"
LIST_SEPARATOR = " \u00b7 "
STATUS_COLOURS = {
    "asserted": "#1f77b4",
    "reported": "#17becf",
    "planned": "#9467bd",
    "denied": "#8c564b",
}
FLAG_STYLES = {
    "conflicting-dates": ("#ff7f0e", "diamond-open"),
    "disputed": ("#d62728", "x-open"),
    "retracted": ("#111111", "square-open"),
    "corrected": ("#2ca02c", "triangle-up-open"),
}
#: The page may run only its own inline script and styles and load nothing from anywhere:
#: it works offline, and a document's text cannot make it fetch or send anything.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:"
)
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}
DIV_ID = "timeline-figure"
LABEL_WIDTH = 48
HOVER_WIDTH = 80
HOVER_SENTENCE_CHARS = 320
HOVER_MENTIONS = 4
ROW_HEIGHT = 30
BAR_WIDTH = 0.6
BAR_OUTLINE = 2  # px: a span of a day or two stays visible on an axis of years
DAY_MARKER_SIZE = 12
#: Up to this many dated events, each gets a row labelled with its summary; more are packed
#: into unlabelled lanes (hover names them) so that hundreds stay readable.
ROW_LIMIT = 60
LANE_HEIGHT = 24
MAX_LANES = 30
#: In a lane, two events are at least 1/LANE_SLOTS of the whole date range apart.
LANE_SLOTS = 60
#: ``meta`` of the traces that draw events, one point per event, and of the flag overlays.
EVENT_TRACE = "event"
FLAG_TRACE = "flag"
FLAG_MARKER_SIZE = 20
FLAG_MARKER_STEP = 8  # a second flag kind on one event rings the first one
_MS_PER_DAY = 86_400_000


# -- dates ------------------------------------------------------------------------------


def format_day(day: dt.date) -> str:
    """A day with its weekday, e.g. ``2024-11-07 (Thu)``; the same in every locale."""
    return f"{day.isoformat()} ({WEEKDAY_ABBREVIATIONS[day.weekday()]})"


def format_when(when: When) -> str:
    """A date at its precision: a day, ``week of ...``, a month, a year, or ``a to b``."""
    start, end = when.start, when.end
    if start == end:
        return format_day(start)
    label = _unit_label(when)
    return label if label is not None else f"{start.isoformat()} to {end.isoformat()}"


def _unit_label(when: When) -> str | None:
    """The name of the calendar unit ``when`` covers exactly, or None if it is not one."""
    start, end, grain = when.start, when.end, when.granularity
    if grain == "week" and start.weekday() == 0 and end == start + dt.timedelta(days=6):
        iso = start.isocalendar()
        return f"week of {start.isoformat()} ({iso.year}-W{iso.week:02d})"
    if grain == "season":
        match = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", when.timex)
        return f"{SEASON_NAMES[match.group(2)]} {match.group(1)}" if match else None
    if grain in MONTH_LABELLED:
        months = MONTHS_PER_GRAIN[Grain(grain)]
        if start.day != 1 or (start.month - 1) % months or end != _month_end(start, months):
            return None
        if grain == "month":
            return f"{MONTH_NAMES[start.month - 1]} {start.year}"
        if grain == "quarter":
            return f"Q{(start.month - 1) // 3 + 1} {start.year}"
        if grain == "half":
            return f"H{(start.month - 1) // 6 + 1} {start.year}"
        return str(start.year)
    years = {"decade": 10, "century": 100}.get(grain)
    if years is None or start.year % years or (start.month, start.day) != (1, 1):
        return None
    if end != dt.date(start.year + years - 1, 12, 31):
        return None
    if grain == "decade":
        return f"{start.year}s"
    return f"{_ordinal(start.year // 100 + 1)} century"


def _month_end(start: dt.date, months: int) -> dt.date:
    """The last day of the ``months``-month period that begins on ``start`` (a 1st)."""
    year, month = add_months(start.year, start.month, months)
    return dt.date(year, month, 1) - dt.timedelta(days=1)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else ORDINAL_SUFFIXES.get(n % 10, "th")
    return f"{n}{suffix}"


def _when(event: Event) -> When:
    assert event.when is not None
    return event.when


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@attrs.frozen
class Tally:
    """How many documents were read or failed and how many events are dated or flagged."""

    read: int
    failed: int
    events: int
    dated: int
    flagged: int

    @property
    def undated(self) -> int:
        """Events without a date."""
        return self.events - self.dated


def tally(timeline: Timeline) -> Tally:
    """The counts the renderers and the command line's summary report."""
    failed = sum(1 for doc in timeline.documents if doc.status == "error")
    return Tally(
        read=len(timeline.documents) - failed,
        failed=failed,
        events=len(timeline.events),
        dated=len(timeline.dated()),
        flagged=sum(1 for event in timeline.events if event.flags),
    )


def _counts(timeline: Timeline) -> str:
    """One line: documents read and failed, events dated and undated, events flagged."""
    counts = tally(timeline)
    return (
        f"{_plural(counts.read, 'document')} read, {counts.failed} failed"
        f" \u00b7 {_plural(counts.events, 'event')}"
        f" ({counts.dated} dated, {counts.undated} undated)"
        f" \u00b7 {counts.flagged} flagged"
    )


# -- parts shared by Markdown and HTML ---------------------------------------------------


def _document_parts(
    doc: DocumentStatus, escape: Escape, link: Escape, error_label: str
) -> list[str]:
    """What a document list says after a document's id: ok or its error, date, title and
    address (a link only when it is http(s))."""
    failed = doc.status == "error"
    parts = [f"{error_label}: {escape(doc.error or UNKNOWN_ERROR)}" if failed else "ok"]
    if doc.published is not None:
        parts.append(f"published {doc.published.isoformat()}")
    if doc.title:
        parts.append(escape(doc.title))
    if doc.url:
        parts.append(link(doc.url))
    return parts


def _undated_item(event: Event, escape: Escape, emphasis: Escape) -> str:
    """An undated event on one line: summary, status unless asserted, flags, its documents."""
    status = "" if event.status == "asserted" else f" {emphasis(f'({event.status})')}"
    ids = dict.fromkeys(mention.doc_id for mention in event.mentions)
    tail = " \u2014 " + ", ".join(escape(doc_id) for doc_id in ids) if ids else ""
    return f"{escape(event.summary)}{status}{_flag_marks(event)}{tail}"


def _flag_marks(event: Event) -> str:
    """Each kind of flag an event carries, once: `` ⚠ disputed ⚠ retracted``."""
    return "".join(f" {FLAG_MARK} {kind}" for kind in dict.fromkeys(f.kind for f in event.flags))


# -- Markdown ---------------------------------------------------------------------------


def escape_markdown(text: str) -> str:
    """Document text as inert Markdown on one line: no links, tags, emphasis or structure."""
    flat = _WHITESPACE.sub(" ", text).strip()
    escaped = _MARKDOWN_ESCAPE.sub(lambda m: "\\" + m.group(), flat)
    return _ORDERED_LIST_MARKER.sub(r"\1\\.", escaped)


def link_target(url: str) -> str | None:
    """``url`` made safe to link to when it is an absolute http(s) URL with a host, else None.

    Characters outside :data:`URL_SAFE_CHARS` (spaces, quotes, brackets, parentheses,
    non-ASCII) are percent-encoded; a URL with control characters is never linked.
    """
    candidate = url.strip()
    if _CONTROL_CHARS.search(candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:  # e.g. an unbalanced "[" in the host
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        return None
    return quote(candidate, safe=URL_SAFE_CHARS)


def markdown_link(url: str) -> str:
    """A URL in Markdown: a link showing the escaped URL when it is http(s), else inert text."""
    target = link_target(url)
    text = escape_markdown(url)
    return f"[{text}]({target})" if target is not None else text


def html_link(url: str) -> str:
    """A URL in HTML: an ``<a>`` showing the escaped URL when it is http(s), else inert text."""
    target = link_target(url)
    text = html_text(url)
    if target is None:
        return text
    return f'<a href="{html.escape(target)}" rel="{LINK_REL}">{text}</a>'


def _md_ids(ids: Iterable[str]) -> str:
    return ", ".join(escape_markdown(doc_id) for doc_id in ids)


def _md_flag(flag: Flag) -> str:
    return f"{FLAG_MARK} {flag.kind}: {escape_markdown(flag.detail)} ({_md_ids(flag.doc_ids)})"


def _md_documents(mentions: Sequence[Mention]) -> str:
    """Each document behind an event once, with its distinct time words: ``001 "Thursday"``."""
    words: dict[str, dict[str, None]] = {}
    for mention in mentions:
        seen = words.setdefault(mention.doc_id, {})
        if mention.time_text:
            seen.setdefault(mention.time_text, None)
    return ", ".join(
        " ".join([escape_markdown(doc_id), *(f'"{escape_markdown(w)}"' for w in texts)])
        for doc_id, texts in words.items()
    )


def _md_status(event: Event) -> str:
    return "" if event.status == "asserted" else f" ({event.status})"


def _md_event(event: Event) -> list[str]:
    lines = [f"- **{escape_markdown(event.summary)}**{_md_status(event)}"]
    lines.extend(f"  - {_md_flag(flag)}" for flag in event.flags)
    if event.participants:
        lines.append(f"  - Participants: {_md_ids(event.participants)}")
    if event.sources:
        lines.append(f"  - According to: {_md_ids(event.sources)}")
    if event.when is not None and event.when.basis == "published":
        lines.append(f"  - Date: {WEAK_DATE_NOTE}")
    if event.mentions:
        lines.append(f"  - Documents: {_md_documents(event.mentions)}")
    return lines


def render_markdown(timeline: Timeline) -> str:
    """The chronology as Markdown: dated events by date, undated events, then the documents."""
    lines = ["# Timeline", "", _counts(timeline), "", "## Chronology", ""]
    dated = timeline.dated()
    if not dated:
        lines += ["No dated events.", ""]
    heading = None
    for event in dated:
        label = format_when(_when(event))
        if label != heading:
            if heading is not None:
                lines.append("")
            lines += [f"### {label}", ""]
            heading = label
        lines += _md_event(event)
    if dated:
        lines.append("")
    undated = [event for event in timeline.events if event.when is None]
    if undated:
        lines += ["## Undated events", ""]
        lines += [f"- {_undated_item(event, escape_markdown, str)}" for event in undated]
        lines.append("")
    lines += ["## Documents", ""]
    if not timeline.documents:
        lines.append("No documents.")
    for doc in timeline.documents:
        parts = [
            escape_markdown(doc.id),
            *_document_parts(doc, escape_markdown, markdown_link, "error"),
        ]
        lines.append("- " + LIST_SEPARATOR.join(parts))
    return "\n".join(lines) + "\n"


# -- HTML -------------------------------------------------------------------------------


def _esc(text: str) -> str:
    """Document text for Plotly's HTML-like labels: ``&``, ``<`` and ``>`` as entities.

    Plotly decodes only a few named entities (not ``&quot;``), and quotes are harmless
    once no tag can open, so they are left as they are.
    """
    return html.escape(text, quote=False)


def _shorten(text: str, width: int) -> str:
    flat = _WHITESPACE.sub(" ", text).strip()
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "\u2026"


def _wrapped(text: str, width: int = HOVER_WIDTH) -> list[str]:
    """Plain text cut to lines, each escaped after cutting so no entity is split."""
    return [_esc(line) for line in textwrap.wrap(_WHITESPACE.sub(" ", text), width)]


def _hover(event: Event) -> str:
    """Hover text: date, summary, status, flags, then each sentence with its document."""
    lines = [f"<b>{format_when(event.when)}</b>"] if event.when is not None else []
    if event.when is not None and event.when.basis == "published":
        lines.append(f"<i>{WEAK_DATE_NOTE}</i>")
    lines += _wrapped(event.summary)
    if event.status != "asserted":
        lines.append(f"<i>{event.status}</i>")
    if event.sources:
        lines.append("according to " + _esc(", ".join(event.sources)))
    for flag in event.flags:
        ids = _esc(", ".join(flag.doc_ids))
        lines += _wrapped(f"{FLAG_MARK} {flag.kind}: {flag.detail}")
        lines[-1] += f" ({ids})"
    for mention in event.mentions[:HOVER_MENTIONS]:
        head = f"<b>{_esc(mention.doc_id)}</b>"
        if mention.time_text:
            head += f" \u201c{_esc(_shorten(mention.time_text, LABEL_WIDTH))}\u201d"
        if mention.status != "asserted":
            head += f" \u00b7 {mention.status}"
        if mention.source:
            head += f" \u00b7 {_esc(_shorten(mention.source, LABEL_WIDTH))}"
        lines += ["", head, *_wrapped(_shorten(mention.text, HOVER_SENTENCE_CHARS))]
    hidden = len(event.mentions) - HOVER_MENTIONS
    if hidden > 0:
        lines.append(f"+ {_plural(hidden, 'more sentence')}")
    return "<br>".join(lines)


def _labels(events: Sequence[Event]) -> list[str]:
    """One distinct, escaped row label per event: its shortened summary."""
    labels: list[str] = []
    taken: set[str] = set()
    for event in events:
        base = _esc(_shorten(event.summary, LABEL_WIDTH)) or _esc(event.id)
        label, n = base, 1
        while label in taken:
            n += 1
            label = f"{base} ({n})"
        taken.add(label)
        labels.append(label)
    return labels


def _midpoint(when: When) -> str:
    """The middle of the days ``when`` covers, as a Plotly date string."""
    days = (when.end - when.start).days + 1
    moment = dt.datetime.combine(when.start, dt.time()) + dt.timedelta(hours=12 * days)
    return moment.isoformat(sep=" ")


def _lanes(events: Sequence[Event]) -> list[int]:
    """A lane per event, packed so that the events of a lane are apart on the date axis.

    Events come in date order; each takes the first lane that is free by then (its last
    event ended a slot earlier), a new one while there are fewer than ``MAX_LANES``, or else
    the lane that frees up first. Deterministic for a given list.
    """
    first = min(_when(e).start for e in events).toordinal()
    last = max(_when(e).end for e in events).toordinal()
    gap = max(1, (last - first + 1) // LANE_SLOTS)
    ends: list[int] = []
    lanes: list[int] = []
    for event in events:
        start, end = _when(event).start.toordinal(), _when(event).end.toordinal()
        free = next((lane for lane, taken in enumerate(ends) if taken + gap <= start), None)
        if free is not None:
            lane = free
        elif len(ends) < MAX_LANES:
            lane = len(ends)
            ends.append(end)
        else:
            lane = min(range(len(ends)), key=lambda n: (ends[n], n))
        ends[lane] = max(ends[lane], end)
        lanes.append(lane)
    return lanes


def _traces(events: Sequence[Event], rows_y: Sequence[str | int]) -> list[go.BaseTraceType]:
    """Spans as bars and single days as markers, by status; then one overlay per flag kind.

    Each event is drawn once, in an ``EVENT_TRACE`` trace whose ``customdata`` holds its id.
    """
    traces: list[go.BaseTraceType] = []
    rows = list(zip(events, rows_y, strict=True))
    for status, colour in STATUS_COLOURS.items():
        spans = [(e, y) for e, y in rows if e.status == status and _is_span(e)]
        days = [(e, y) for e, y in rows if e.status == status and not _is_span(e)]
        common = {
            "name": status,
            "legendgroup": status,
            "hoverinfo": "text",
            "marker_color": colour,
            "meta": EVENT_TRACE,
        }
        if spans:
            traces.append(
                go.Bar(
                    orientation="h",
                    y=[y for _, y in spans],
                    base=[_when(e).start.isoformat() for e, _ in spans],
                    x=[((_when(e).end - _when(e).start).days + 1) * _MS_PER_DAY for e, _ in spans],
                    hovertext=[_hover(e) for e, _ in spans],
                    customdata=[e.id for e, _ in spans],
                    width=BAR_WIDTH,
                    marker_line={"width": BAR_OUTLINE, "color": colour},
                    showlegend=True,
                    **common,
                )
            )
        if days:
            traces.append(
                go.Scatter(
                    mode="markers",
                    y=[y for _, y in days],
                    x=[_midpoint(_when(e)) for e, _ in days],
                    hovertext=[_hover(e) for e, _ in days],
                    customdata=[e.id for e, _ in days],
                    marker_size=DAY_MARKER_SIZE,
                    showlegend=not spans,
                    **common,
                )
            )
    for kind, (colour, symbol) in FLAG_STYLES.items():
        marked = [
            (e, y, rank)
            for e, y in rows
            for rank, k in enumerate(dict.fromkeys(f.kind for f in e.flags))
            if k == kind
        ]
        if marked:
            traces.append(
                go.Scatter(
                    mode="markers",
                    name=f"{FLAG_MARK} {kind}",
                    y=[y for _, y, _ in marked],
                    x=[_midpoint(_when(e)) for e, _, _ in marked],
                    hovertext=[_hover(e) for e, _, _ in marked],
                    customdata=[e.id for e, _, _ in marked],
                    hoverinfo="text",
                    meta=FLAG_TRACE,
                    marker={
                        "color": colour,
                        "symbol": symbol,
                        "size": [FLAG_MARKER_SIZE + FLAG_MARKER_STEP * r for _, _, r in marked],
                        "line": {"width": 2, "color": colour},
                    },
                )
            )
    return traces


def _is_span(event: Event) -> bool:
    return _when(event).start != _when(event).end


def _rows(events: Sequence[Event]) -> tuple[list[str | int], dict[str, object], int]:
    """Where each event is drawn, the y axis, and the plot's height in pixels.

    Up to ``ROW_LIMIT`` events: one row each, labelled with its summary. More: packed lanes
    without labels, so that the page stays readable; the hover text names each event.
    """
    if len(events) <= ROW_LIMIT:
        labels = _labels(events)
        axis: dict[str, object] = {
            "type": "category",
            "categoryorder": "array",
            "categoryarray": labels,
            "autorange": "reversed",
            "automargin": True,
        }
        return list(labels), axis, 160 + ROW_HEIGHT * len(events)
    lanes = _lanes(events)
    count = max(lanes) + 1
    axis = {
        "type": "linear",
        "range": [count - 0.5, -0.5],
        "showticklabels": False,
        "showgrid": False,
        "zeroline": False,
        "title": {"text": f"{len(events)} events in {count} lanes: hover for each"},
    }
    return list(lanes), axis, 200 + LANE_HEIGHT * count


def _figure_div(events: Sequence[Event], title: str) -> str:
    """The Plotly figure as a ``<div>`` with plotly.js inlined; no CDN, no MathJax.

    A range slider under the date axis zooms into part of a long story.
    """
    rows_y, yaxis, height = _rows(events)
    figure = go.Figure(
        data=_traces(events, rows_y),
        layout={
            "title": {"text": title},
            "template": "plotly_white",
            "height": height,
            "xaxis": {
                "type": "date",
                "showgrid": True,
                "rangeslider": {"visible": True, "thickness": 0.08},
            },
            "yaxis": yaxis,
            "hovermode": "closest",
            "hoverlabel": {"align": "left"},
            "barmode": "overlay",
            "legend": {"title": {"text": "status / flags"}},
        },
    )
    div: str = pio.to_html(
        figure,
        config=PLOTLY_CONFIG,
        include_plotlyjs=True,
        include_mathjax=False,
        full_html=False,
        div_id=DIV_ID,
    )
    return div


def _html_list(items: Sequence[str], empty: str) -> str:
    if not items:
        return f"<p>{empty}</p>"
    return "<ul>\n" + "\n".join(f"<li>{item}</li>" for item in items) + "\n</ul>"


def html_text(text: str) -> str:
    """Document text as inert HTML on one line (the page's lists, TimelineJS slides; not
    Plotly's labels)."""
    return html.escape(_WHITESPACE.sub(" ", text).strip())


def _html_em(text: str) -> str:
    return f"<em>{text}</em>"


def _html_documents(timeline: Timeline) -> list[str]:
    return [
        f"<code>{html_text(doc.id)}</code> "
        + LIST_SEPARATOR.join(_document_parts(doc, html_text, html_link, "<strong>error</strong>"))
        for doc in timeline.documents
    ]


def _html_undated(timeline: Timeline) -> list[str]:
    return [
        _undated_item(event, html_text, _html_em) for event in timeline.events if event.when is None
    ]


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>Timeline</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1rem 2rem; color: #222; }}
li {{ margin: 0.2rem 0; }}
</style>
</head>
<body>
<h1>Timeline</h1>
<p>{counts}</p>
{chart}
<h2>Undated events</h2>
{undated}
<h2>Documents</h2>
{documents}
</body>
</html>
"""


def render_html(timeline: Timeline) -> str:
    """One self-contained HTML page: the dated events on a Plotly date axis, works offline."""
    counts = _counts(timeline)
    dated = timeline.dated()
    chart = _figure_div(dated, counts) if dated else "<p>No dated events to plot.</p>"
    return _PAGE.format(
        csp=CONTENT_SECURITY_POLICY,
        counts=html.escape(counts),
        chart=chart,
        undated=_html_list(_html_undated(timeline), "No undated events."),
        documents=_html_list(_html_documents(timeline), "No documents."),
    )
