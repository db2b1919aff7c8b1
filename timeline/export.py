"""Exports: a :class:`~timeline.model.Timeline` in the formats journalists and analysts use.

- :func:`to_timelinejs`: Knight Lab's TimelineJS3 JSON (``events`` of slides with
  ``start_date``/``end_date`` at the event's real precision, ``text``, ``group``), ready for
  ``new TL.Timeline(id, data)``. Undated events cannot be placed and are left out.
- :func:`to_csv`: one row per event (dated ones in order, then undated) for spreadsheets.
- :func:`to_dataframe`: the same rows as a pandas DataFrame; pandas is optional.

Document text is hostile here as in :mod:`timeline.render`: TimelineJS renders ``headline``
and ``text`` as HTML, so they are escaped and autolinking is off; a CSV cell that a
spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any, Literal

from timeline.model import Event, Timeline, When
from timeline.render import format_when, html_text, tally

__all__ = ["CSV_COLUMNS", "event_rows", "to_csv", "to_dataframe", "to_timelinejs"]

Precision = Literal["day", "month", "year"]

#: The precision a TimelineJS date is written at, by the event's granularity.
NATURAL_PRECISION: dict[str, Precision] = {
    "day": "day",
    "week": "day",
    "month": "month",
    "season": "month",
    "quarter": "month",
    "half": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
}
#: The date fields a TimelineJS date object carries at each precision.
DATE_FIELDS: dict[Precision, tuple[str, ...]] = {
    "day": ("year", "month", "day"),
    "month": ("year", "month"),
    "year": ("year",),
}
TITLE_HEADLINE = "Timeline"
NO_FLAG_GROUP = "no flag"
CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "date",
    "start",
    "end",
    "granularity",
    "display_date",
    "summary",
    "status",
    "sources",
    "documents",
    "flags",
)
LIST_JOINER = "; "
#: A cell starting with one of these is a formula to a spreadsheet.
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
PANDAS_MISSING = (
    "Timeline.to_dataframe() needs pandas, which is not installed: "
    "pip install 'timeline[pandas]' (or pip install pandas)"
)


# -- TimelineJS3 -------------------------------------------------------------------------


def precision(when: When) -> Precision:
    """The coarsest of day, month, year that states ``when`` exactly, given its granularity."""
    natural = NATURAL_PRECISION[when.granularity]
    month_aligned = when.start.day == 1 and (when.end + dt.timedelta(days=1)).day == 1
    year_aligned = month_aligned and when.start.month == 1 and when.end.month == 12
    if natural == "year" and year_aligned:
        return "year"
    if natural in ("year", "month") and month_aligned:
        return "month"
    return "day"


def _date_object(day: dt.date, level: Precision) -> dict[str, int]:
    return {field: getattr(day, field) for field in DATE_FIELDS[level]}


def _slide_dates(when: When) -> dict[str, Any]:
    """``start_date``, and ``end_date`` when the event spans more than one unit of its precision."""
    level = precision(when)
    start, end = _date_object(when.start, level), _date_object(when.end, level)
    dates: dict[str, Any] = {"start_date": start}
    if end != start:
        dates["end_date"] = end
    return dates


def _slide_text(event: Event) -> str:
    """The slide's body as HTML: status, who says so, flags, and each document's sentence."""
    parts: list[str] = []
    if event.status != "asserted":
        parts.append(f"<p><em>{event.status}</em></p>")
    if event.sources:
        parts.append(f"<p>According to: {html_text(', '.join(event.sources))}</p>")
    for flag in event.flags:
        ids = html_text(", ".join(flag.doc_ids))
        parts.append(
            f"<p>\u26a0 <strong>{flag.kind}</strong>: {html_text(flag.detail)} ({ids})</p>"
        )
    items = [
        f"<li><strong>{html_text(mention.doc_id)}</strong>: {html_text(mention.text)}</li>"
        for mention in event.mentions
    ]
    if items:
        parts.append("<p>Sources:</p><ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def _group(event: Event) -> str:
    """The row an event is drawn on: its first flag's kind, or ``no flag``."""
    return event.flags[0].kind if event.flags else NO_FLAG_GROUP


def to_timelinejs(timeline: Timeline) -> dict[str, Any]:
    """The dated events as TimelineJS3 JSON: a title slide and one slide per event."""
    counts = tally(timeline)
    summary = (
        f"{counts.dated} dated events from {counts.read} documents"
        f" ({counts.undated} undated not shown, {counts.flagged} flagged)"
    )
    events = [
        {
            **_slide_dates(event.when),
            "display_date": format_when(event.when),
            "text": {"headline": html_text(event.summary), "text": _slide_text(event)},
            "group": _group(event),
            "unique_id": event.id,
            "autolink": False,
        }
        for event in timeline.dated()
        if event.when is not None
    ]
    return {
        "title": {"text": {"headline": TITLE_HEADLINE, "text": html_text(summary)}},
        "events": events,
        "scale": "human",
    }


# -- CSV and DataFrame -------------------------------------------------------------------


def _ordered(timeline: Timeline) -> list[Event]:
    """Dated events in chronological order, then the undated ones as the timeline has them."""
    return [*timeline.dated(), *(event for event in timeline.events if event.when is None)]


def event_rows(timeline: Timeline) -> list[dict[str, Any]]:
    """One record per event with the :data:`CSV_COLUMNS`; list fields as lists of strings."""
    rows: list[dict[str, Any]] = []
    for event in _ordered(timeline):
        when = event.when
        rows.append(
            {
                "id": event.id,
                "date": when.timex if when else None,
                "start": when.start if when else None,
                "end": when.end if when else None,
                "granularity": when.granularity if when else None,
                "display_date": format_when(when) if when else None,
                "summary": event.summary,
                "status": event.status,
                "sources": list(event.sources),
                "documents": list(dict.fromkeys(m.doc_id for m in event.mentions)),
                "flags": list(dict.fromkeys(flag.kind for flag in event.flags)),
            }
        )
    return rows


def _cell(value: object) -> str:
    """A value as spreadsheet-safe text: lists joined, dates in ISO form, no formulas."""
    if value is None:
        return ""
    if isinstance(value, list):
        text = LIST_JOINER.join(value)
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def to_csv(timeline: Timeline) -> str:
    """The events as CSV text with a header row (RFC 4180 quoting, ``\\n`` line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in event_rows(timeline):
        writer.writerow([_cell(row[column]) for column in CSV_COLUMNS])
    return buffer.getvalue()


def to_dataframe(timeline: Timeline) -> Any:
    """The events as a pandas DataFrame: ``start``/``end`` as datetimes, lists kept as lists.

    Raises ImportError with the install command when pandas is missing.
    """
    try:
        import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise ImportError(PANDAS_MISSING) from None
    frame = pandas.DataFrame(event_rows(timeline), columns=list(CSV_COLUMNS))
    for column in ("start", "end"):
        frame[column] = pandas.to_datetime(frame[column])
    return frame
