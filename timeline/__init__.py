"""timeline: reconstruct the chronology of a story from the news articles that report it.

The pipeline, one module per stage in the order the data flows::

    documents  Document, load_corpus, iter_corpus     (validated at the door)
    webpages   saved article pages: text and dated publication (read by load_corpus)
    segment    sentences and page furniture
    extract    temporal expressions -> what the words mean (no dates yet)
    resolve    meaning + publication date / tense / last date -> TIMEX3 value and interval
    events     sentences -> event mentions (predicate, participants, source, status)
    reconcile  mentions across documents -> events, dates, conflicts
    pipeline   build_timeline: all of the above -> Timeline
    model      Timeline, the JSON contract
    render     Markdown and Plotly HTML
    export     TimelineJS3 JSON, CSV, pandas DataFrame
"""

from __future__ import annotations

from timeline.documents import (
    DateSource,
    Document,
    DocumentKind,
    iter_corpus,
    load_corpus,
    read_document,
)
from timeline.errors import (
    CorpusError,
    DocumentError,
    DocumentReadError,
    InvalidDocumentError,
    TimelineError,
)
from timeline.export import to_csv, to_dataframe, to_timelinejs
from timeline.extract import (
    Anaphoric,
    CalendarDate,
    ClockTime,
    Deictic,
    Duration,
    Grain,
    Meaning,
    PeriodOfYear,
    Recurrence,
    Reference,
    Tense,
    TimeMention,
    WeekdayRef,
    extract,
)
from timeline.model import DocumentStatus, Event, Flag, Mention, Timeline, When
from timeline.pipeline import build_timeline
from timeline.render import render_html, render_markdown
from timeline.resolve import Context, Direction, TimeExpression, TimeValue, extract_times, resolve

__version__ = "0.1.0"

__all__ = [
    "Anaphoric",
    "CalendarDate",
    "ClockTime",
    "Context",
    "CorpusError",
    "DateSource",
    "Deictic",
    "Direction",
    "Document",
    "DocumentError",
    "DocumentKind",
    "DocumentReadError",
    "DocumentStatus",
    "Duration",
    "Event",
    "Flag",
    "Grain",
    "InvalidDocumentError",
    "Meaning",
    "Mention",
    "PeriodOfYear",
    "Recurrence",
    "Reference",
    "Tense",
    "TimeExpression",
    "TimeMention",
    "TimeValue",
    "Timeline",
    "TimelineError",
    "WeekdayRef",
    "When",
    "__version__",
    "build_timeline",
    "extract",
    "extract_times",
    "iter_corpus",
    "load_corpus",
    "read_document",
    "render_html",
    "render_markdown",
    "resolve",
    "to_csv",
    "to_dataframe",
    "to_timelinejs",
]
