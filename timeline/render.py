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
from collections.abc import Iterable, Sequence

import plotly.graph_objects as go  # type: ignore[import-untyped]
import plotly.io as pio  # type: ignore[import-untyped]

from timeline.model import Event, Flag, Mention, Timeline, When

__all__ = [
    "escape_markdown",
    "format_day",
    "format_when",
    "render_html",
    "render_markdown",
]

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

FLAG_MARK = "\u26a0"
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
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}
DIV_ID = "timeline-figure"
LABEL_WIDTH = 48
HOVER_WIDTH = 80
HOVER_SENTENCE_CHARS = 320
HOVER_MENTIONS = 4
ROW_HEIGHT = 30
BAR_WIDTH = 0.6
DAY_MARKER_SIZE = 12
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
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}.get(grain)
    if months is not None:
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
    index = start.year * 12 + start.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1) - dt.timedelta(days=1)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else ORDINAL_SUFFIXES.get(n % 10, "th")
    return f"{n}{suffix}"


def _when(event: Event) -> When:
    assert event.when is not None
    return event.when


def _chronological(timeline: Timeline) -> list[Event]:
    """Dated events by start then end; ties keep the timeline's own order."""
    return sorted(timeline.dated(), key=_when_key)


def _when_key(event: Event) -> tuple[dt.date, dt.date]:
    return (_when(event).start, _when(event).end)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _counts(timeline: Timeline) -> str:
    """One line: documents read and failed, events dated and undated, events flagged."""
    failed = sum(1 for doc in timeline.documents if doc.status == "error")
    read = len(timeline.documents) - failed
    dated = len(timeline.dated())
    undated = len(timeline.events) - dated
    flagged = sum(1 for event in timeline.events if event.flags)
    return (
        f"{_plural(read, 'document')} read, {failed} failed"
        f" \u00b7 {_plural(len(timeline.events), 'event')} ({dated} dated, {undated} undated)"
        f" \u00b7 {flagged} flagged"
    )


# -- Markdown ---------------------------------------------------------------------------


def escape_markdown(text: str) -> str:
    """Document text as inert Markdown on one line: no links, tags, emphasis or structure."""
    flat = _WHITESPACE.sub(" ", text).strip()
    escaped = _MARKDOWN_ESCAPE.sub(lambda m: "\\" + m.group(), flat)
    return _ORDERED_LIST_MARKER.sub(r"\1\\.", escaped)


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
    if event.mentions:
        lines.append(f"  - Documents: {_md_documents(event.mentions)}")
    return lines


def _flag_marks(event: Event) -> str:
    """Each kind of flag an event carries, once: `` ⚠ disputed ⚠ retracted``."""
    return "".join(f" {FLAG_MARK} {kind}" for kind in dict.fromkeys(f.kind for f in event.flags))


def _md_undated(event: Event) -> str:
    docs = _md_ids(dict.fromkeys(mention.doc_id for mention in event.mentions))
    tail = f" \u2014 {docs}" if docs else ""
    return f"- {escape_markdown(event.summary)}{_md_status(event)}{_flag_marks(event)}{tail}"


def render_markdown(timeline: Timeline) -> str:
    """The chronology as Markdown: dated events by date, undated events, then the documents."""
    lines = ["# Timeline", "", _counts(timeline), "", "## Chronology", ""]
    dated = _chronological(timeline)
    if not dated:
        lines += ["No dated events.", ""]
    heading = None
    for event in dated:
        assert event.when is not None
        label = format_when(event.when)
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
        lines += [_md_undated(event) for event in undated]
        lines.append("")
    lines += ["## Documents", ""]
    if not timeline.documents:
        lines.append("No documents.")
    for doc in timeline.documents:
        parts = [escape_markdown(doc.id)]
        if doc.status == "error":
            parts.append(f"error: {escape_markdown(doc.error or 'unknown error')}")
        else:
            parts.append("ok")
        if doc.published is not None:
            parts.append(f"published {doc.published.isoformat()}")
        if doc.title:
            parts.append(escape_markdown(doc.title))
        lines.append("- " + " \u00b7 ".join(parts))
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


def _traces(events: Sequence[Event], labels: Sequence[str]) -> list[go.BaseTraceType]:
    """Spans as bars and single days as markers, by status; then one overlay per flag kind."""
    traces: list[go.BaseTraceType] = []
    rows = list(zip(events, labels, strict=True))
    for status, colour in STATUS_COLOURS.items():
        spans = [(e, y) for e, y in rows if e.status == status and _is_span(e)]
        days = [(e, y) for e, y in rows if e.status == status and not _is_span(e)]
        common = {
            "name": status,
            "legendgroup": status,
            "hoverinfo": "text",
            "marker_color": colour,
        }
        if spans:
            traces.append(
                go.Bar(
                    orientation="h",
                    y=[y for _, y in spans],
                    base=[_when(e).start.isoformat() for e, _ in spans],
                    x=[((_when(e).end - _when(e).start).days + 1) * _MS_PER_DAY for e, _ in spans],
                    hovertext=[_hover(e) for e, _ in spans],
                    width=BAR_WIDTH,
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
                    hoverinfo="text",
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


def _figure_div(events: Sequence[Event], title: str) -> str:
    """The Plotly figure as a ``<div>`` with plotly.js inlined; no CDN, no MathJax."""
    labels = _labels(events)
    figure = go.Figure(
        data=_traces(events, labels),
        layout={
            "title": {"text": title},
            "template": "plotly_white",
            "height": 160 + ROW_HEIGHT * len(events),
            "xaxis": {"type": "date", "showgrid": True},
            "yaxis": {
                "type": "category",
                "categoryorder": "array",
                "categoryarray": labels,
                "autorange": "reversed",
                "automargin": True,
            },
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


def _html_documents(timeline: Timeline) -> list[str]:
    items = []
    for doc in timeline.documents:
        text = f"<code>{html.escape(doc.id)}</code> "
        if doc.status == "error":
            text += f"<strong>error</strong>: {html.escape(doc.error or 'unknown error')}"
        else:
            text += "ok"
        if doc.published is not None:
            text += f" \u00b7 published {doc.published.isoformat()}"
        if doc.title:
            text += f" \u00b7 {html.escape(doc.title)}"
        items.append(text)
    return items


def _html_undated(timeline: Timeline) -> list[str]:
    items = []
    for event in timeline.events:
        if event.when is not None:
            continue
        text = html.escape(_WHITESPACE.sub(" ", event.summary).strip())
        if event.status != "asserted":
            text += f" <em>({event.status})</em>"
        text += _flag_marks(event)
        ids = dict.fromkeys(mention.doc_id for mention in event.mentions)
        if ids:
            text += " \u2014 " + html.escape(", ".join(ids))
        items.append(text)
    return items


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
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
    dated = _chronological(timeline)
    chart = _figure_div(dated, counts) if dated else "<p>No dated events to plot.</p>"
    return _PAGE.format(
        counts=html.escape(counts),
        chart=chart,
        undated=_html_list(_html_undated(timeline), "No undated events."),
        documents=_html_list(_html_documents(timeline), "No documents."),
    )
