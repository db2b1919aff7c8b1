"""The Timeline: the public result of a build and the JSON contract other tools read.

These pydantic models are the boundary of the library's output. ``timeline.json`` is
``Timeline.to_json()``; its JSON Schema is ``Timeline.json_schema()`` and is published in
``docs/timeline.schema.json``. Renderers take only a ``Timeline``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "DateEvidence",
    "DocumentStatus",
    "Event",
    "Flag",
    "Mention",
    "Timeline",
    "When",
]

Granularity = Literal[
    "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"
]
FlagKind = Literal["conflicting-dates", "disputed", "retracted", "corrected"]
MentionStatus = Literal["asserted", "reported", "denied", "planned"]
#: What a date rests on: a time expression in the text, or only a publication date.
DateBasis = Literal["text", "published"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DocumentStatus(_Model):
    """One input document as the build saw it: read and used, or failed with a reason."""

    id: str
    title: str | None = None
    published: dt.date | None = None
    status: Literal["ok", "error"] = "ok"
    error: str | None = None
    url: str | None = None


class When(_Model):
    """When an event happened: an inclusive interval of days with its precision."""

    start: dt.date
    end: dt.date = Field(description="Last day of the interval, inclusive.")
    granularity: Granularity
    timex: str = Field(description="The TIMEX3 value, e.g. 2024-11-07 or 2024-W45.")
    basis: DateBasis = Field(
        default="text",
        description="'text': read in the mentions; 'published': no mention dates the event, "
        "so the first publication reporting it does (weak evidence).",
    )


class DateEvidence(_Model):
    """Which mention gave which date: the testimony an event's date rests on."""

    doc_id: str
    mention_start: int = Field(ge=0, description="Offset of the mention's sentence.")
    start: dt.date
    end: dt.date
    granularity: Granularity
    timex: str
    time_text: str | None = Field(
        default=None, description="The expression read; none for a publication date."
    )
    basis: DateBasis = "text"


class Mention(_Model):
    """One sentence of one document that reports the event: its provenance."""

    doc_id: str
    start: int = Field(ge=0, description="Offset of the sentence in the document text.")
    end: int = Field(ge=0)
    text: str = Field(description="The sentence exactly as in the document.")
    time_text: str | None = Field(
        default=None, description="The time expression that dates this mention, if any."
    )
    time_start: int | None = Field(default=None, ge=0)
    time_end: int | None = Field(default=None, ge=0)
    timex: str | None = Field(default=None, description="That expression's TIMEX3 value.")
    status: MentionStatus = "asserted"
    source: str | None = Field(
        default=None, description="Who the sentence attributes the claim to, if anyone."
    )


class Flag(_Model):
    """A disagreement between sources about an event, with the documents on each side."""

    kind: FlagKind
    detail: str
    doc_ids: list[str]


class Event(_Model):
    """One real-world event, merged from its mentions across documents."""

    id: str
    summary: str = Field(description="One line: what happened.")
    when: When | None = None
    status: MentionStatus = "asserted"
    participants: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    salience: float = 0.0
    mentions: list[Mention]
    flags: list[Flag] = Field(default_factory=list)
    date_evidence: list[DateEvidence] = Field(
        default_factory=list, description="Every mention's date, and which mention gave it."
    )


class Timeline(_Model):
    """The reconciled chronology: documents read, events in order, and their flags."""

    documents: list[DocumentStatus]
    events: list[Event]

    def dated(self) -> list[Event]:
        """The dated events in chronological order: by first day, then last; ties keep order."""
        timed = [(event.when, event) for event in self.events if event.when is not None]
        timed.sort(key=lambda pair: (pair[0].start, pair[0].end))
        return [event for _, event in timed]

    def top(self, k: int) -> Timeline:
        """Keep the ``k`` most salient dated events, still in chronological order."""
        if k < 0:
            raise ValueError(f"top(k) needs k >= 0, got {k}")
        ranked = sorted(self.dated(), key=lambda e: (-e.salience, e.id))[:k]
        keep = {event.id for event in ranked}
        return self.model_copy(
            update={"events": [event for event in self.events if event.id in keep]}
        )

    def to_json(self, *, indent: int | None = 2) -> str:
        """The timeline as JSON text, deterministic for a given timeline."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """The timeline as plain JSON-ready Python values."""
        return self.model_dump(mode="json")

    @classmethod
    def from_json(cls, text: str) -> Timeline:
        """Read a timeline back from ``to_json()`` output."""
        return cls.model_validate_json(text)

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema of ``timeline.json``."""
        return cls.model_json_schema(mode="serialization")

    def to_markdown(self) -> str:
        """The chronology as Markdown: dated events in order, with sources and flags."""
        from timeline.render import render_markdown

        return render_markdown(self)

    def to_html(self, path: str | Path | None = None) -> str:
        """The interactive Plotly timeline as one self-contained HTML page.

        Writes it to ``path`` when one is given, and returns the page either way.
        """
        from timeline.render import render_html

        page = render_html(self)
        if path is not None:
            Path(path).write_text(page, encoding="utf-8")
        return page

    def to_timelinejs(self) -> dict[str, Any]:
        """The dated events as Knight Lab TimelineJS3 JSON (a dict ready for ``json.dumps``)."""
        from timeline.export import to_timelinejs

        return to_timelinejs(self)

    def to_csv(self) -> str:
        """One CSV row per event: date, granularity, summary, status, sources, flags."""
        from timeline.export import to_csv

        return to_csv(self)

    def to_dataframe(self) -> Any:
        """The events as a pandas DataFrame; ImportError saying how to install pandas if absent."""
        from timeline.export import to_dataframe

        return to_dataframe(self)
