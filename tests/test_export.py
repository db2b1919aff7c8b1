"""Tests of the exports: TimelineJS3 JSON, CSV and the pandas DataFrame."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.export import CSV_COLUMNS, PANDAS_MISSING, precision, to_timelinejs
from timeline.model import Event, Flag, Mention, Timeline, When

D = dt.date
SCRIPT = '<script>alert("x")</script>'


def mention(doc_id: str, text: str) -> Mention:
    return Mention(doc_id=doc_id, start=0, end=len(text), text=text)


def event(event_id: str, summary: str, when: When | None, **extra: Any) -> Event:
    extra.setdefault("mentions", [mention("001", summary + ".")])
    return Event(id=event_id, summary=summary, when=when, **extra)


def span(start: D, end: D, granularity: str, timex: str = "x") -> When:
    return When(start=start, end=end, granularity=granularity, timex=timex)  # type: ignore[arg-type]


def story() -> Timeline:
    """Events at every kind of precision, out of order, one flagged and one undated."""
    return Timeline(
        documents=[],
        events=[
            event("e-year", "Budget year opens", span(D(2023, 1, 1), D(2023, 12, 31), "year")),
            event(
                "e-call",
                "Mayor calls the minister",
                span(D(2024, 11, 7), D(2024, 11, 7), "day", "2024-11-07"),
                status="reported",
                sources=["The Herald"],
                mentions=[mention("001", "The mayor called on Thursday."), mention("002", "x.")],
                flags=[Flag(kind="disputed", detail="the ministry denies it", doc_ids=["002"])],
            ),
            event("e-month", "Works start", span(D(2024, 3, 1), D(2024, 3, 31), "month")),
            event("e-week", "Inspection week", span(D(2024, 11, 4), D(2024, 11, 10), "week")),
            event("e-winter", "Winter closure", span(D(2024, 12, 1), D(2025, 2, 28), "season")),
            event("e-decade", "Decade of decline", span(D(2010, 1, 1), D(2019, 12, 31), "decade")),
            event("e-odd", "Partial month", span(D(2024, 5, 3), D(2024, 5, 31), "month")),
            event("e-undated", "Talks may follow", None, status="planned"),
        ],
    )


# -- a validator of TimelineJS3's documented JSON format ----------------------------------
# https://timeline.knightlab.com/docs/json-format.html: an object with "events" (required),
# "title", "eras", "scale"; a slide has start_date (required but for the title), end_date,
# text {headline, text}, media, group, display_date, background, autolink, unique_id; a date
# has year (required), month, day, hour, minute, second, millisecond, display_date.

TOP_KEYS = {"events", "title", "eras", "scale"}
SLIDE_KEYS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}


def check_date(value: object) -> tuple[int, ...]:
    assert isinstance(value, Mapping) and set(value) <= DATE_KEYS and "year" in value
    parts = [value[key] for key in ("year", "month", "day") if key in value]
    assert all(isinstance(part, int) for part in parts)
    assert "day" not in value or "month" in value  # no day without its month
    if "month" in value:
        assert 1 <= value["month"] <= 12
    if "day" in value:
        assert 1 <= value["day"] <= calendar.monthrange(value["year"], value["month"])[1]
    return tuple(parts)


def check_slide(slide: object, *, title: bool = False) -> None:
    assert isinstance(slide, Mapping) and set(slide) <= SLIDE_KEYS
    if not title:
        assert "start_date" in slide
        start = check_date(slide["start_date"])
        if "end_date" in slide:
            assert start <= check_date(slide["end_date"])[: len(start)]
    text = slide.get("text", {})
    assert isinstance(text, Mapping) and set(text) <= {"headline", "text"}
    assert all(isinstance(part, str) for part in text.values())
    for key in ("group", "display_date", "unique_id"):
        assert isinstance(slide.get(key, ""), str)
    assert isinstance(slide.get("autolink", True), bool)


def check_timelinejs(data: object) -> None:
    assert isinstance(data, Mapping) and set(data) <= TOP_KEYS
    assert isinstance(data["events"], list)
    for slide in data["events"]:
        check_slide(slide)
    if "title" in data:
        check_slide(data["title"], title=True)
    assert data.get("scale", "human") in ("human", "cosmological")
    ids = [slide["unique_id"] for slide in data["events"] if "unique_id" in slide]
    assert len(ids) == len(set(ids))


def test_the_validator_rejects_what_the_format_forbids() -> None:
    good = {"events": [{"start_date": {"year": 2024, "month": 2, "day": 29}}]}
    check_timelinejs(good)
    for bad in (
        {"slides": []},
        {"events": [{"text": {"headline": "no start"}}]},
        {"events": [{"start_date": {"year": 2023, "month": 2, "day": 29}}]},
        {"events": [{"start_date": {"year": 2024, "day": 3}}]},
        {"events": [{"start_date": {"year": 2024}, "end_date": {"year": 2023}}]},
        {"events": [{"start_date": {"year": 2024}, "colour": "red"}]},
    ):
        with pytest.raises(AssertionError):
            check_timelinejs(bad)


# -- TimelineJS3 -------------------------------------------------------------------------


def test_timelinejs_is_valid_json_in_the_documented_format() -> None:
    data = to_timelinejs(story())
    check_timelinejs(json.loads(json.dumps(data)))
    assert data["title"]["text"]["headline"] == "Timeline"


def test_timelinejs_has_one_slide_per_dated_event_in_order() -> None:
    timeline = story()
    slides = to_timelinejs(timeline)["events"]
    assert [slide["unique_id"] for slide in slides] == [e.id for e in timeline.dated()]
    assert "e-undated" not in {slide["unique_id"] for slide in slides}


def test_timelinejs_dates_keep_their_real_precision() -> None:
    slides = {slide["unique_id"]: slide for slide in to_timelinejs(story())["events"]}

    def dates(event_id: str) -> tuple[object, object]:
        return slides[event_id]["start_date"], slides[event_id].get("end_date")

    assert dates("e-call") == ({"year": 2024, "month": 11, "day": 7}, None)
    assert dates("e-month") == ({"year": 2024, "month": 3}, None)
    assert dates("e-year") == ({"year": 2023}, None)
    assert dates("e-week") == (
        {"year": 2024, "month": 11, "day": 4},
        {"year": 2024, "month": 11, "day": 10},
    )
    assert dates("e-winter") == ({"year": 2024, "month": 12}, {"year": 2025, "month": 2})
    assert dates("e-decade") == ({"year": 2010}, {"year": 2019})
    assert dates("e-odd") == (
        {"year": 2024, "month": 5, "day": 3},
        {"year": 2024, "month": 5, "day": 31},
    )
    assert slides["e-month"]["display_date"] == "March 2024"


def test_timelinejs_groups_by_flag_and_shows_sources() -> None:
    slides = {slide["unique_id"]: slide for slide in to_timelinejs(story())["events"]}
    call = slides["e-call"]
    assert call["group"] == "disputed"
    assert slides["e-month"]["group"] == "no flag"
    assert call["text"]["headline"] == "Mayor calls the minister"
    body = call["text"]["text"]
    assert "The Herald" in body and "the ministry denies it" in body
    assert "The mayor called on Thursday." in body and "002" in body
    assert "reported" in body


def test_timelinejs_escapes_document_text_and_turns_autolink_off() -> None:
    nasty = Timeline(
        documents=[],
        events=[
            event(
                "e1",
                SCRIPT,
                span(D(2024, 1, 2), D(2024, 1, 2), "day"),
                sources=[SCRIPT],
                mentions=[mention(SCRIPT, SCRIPT)],
                flags=[Flag(kind="disputed", detail=SCRIPT, doc_ids=[SCRIPT])],
            )
        ],
    )
    slide = to_timelinejs(nasty)["events"][0]
    assert "<script" not in json.dumps(slide)
    assert slide["text"]["headline"] == html_escaped(SCRIPT)
    assert slide["autolink"] is False


def html_escaped(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def test_the_model_method_matches_the_function() -> None:
    assert story().to_timelinejs() == to_timelinejs(story())


def expand(date: Mapping[str, int]) -> tuple[D, D]:
    """The first and last day a TimelineJS date object names."""
    year, month, day = date["year"], date.get("month"), date.get("day")
    if month is None:
        return D(year, 1, 1), D(year, 12, 31)
    if day is None:
        return D(year, month, 1), D(year, month, calendar.monthrange(year, month)[1])
    return D(year, month, day), D(year, month, day)


GRANULARITIES = ("day", "week", "month", "season", "quarter", "half", "year", "decade")


@given(
    st.dates(min_value=D(1000, 1, 1), max_value=D(2999, 12, 31)),
    st.integers(min_value=0, max_value=4000),
    st.sampled_from(GRANULARITIES),
    st.booleans(),
)
def test_timelinejs_dates_name_exactly_the_events_days(
    start: D, length: int, granularity: str, align: bool
) -> None:
    """Whatever the interval, start_date's first day and end_date's last day are its own."""
    end = start + dt.timedelta(days=length)
    if align:  # stretch to whole months, as month-like granularities usually are
        start = start.replace(day=1)
        end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    slide = to_timelinejs(
        Timeline(documents=[], events=[event("e", "Something", span(start, end, granularity))])
    )["events"][0]
    check_slide(slide)
    assert expand(slide["start_date"])[0] == start
    assert expand(slide.get("end_date", slide["start_date"]))[1] == end


def test_precision_by_granularity_and_alignment() -> None:
    assert precision(span(D(2024, 1, 1), D(2024, 12, 31), "year")) == "year"
    assert precision(span(D(2024, 1, 1), D(2024, 12, 31), "day")) == "day"
    assert precision(span(D(2024, 2, 1), D(2024, 12, 31), "year")) == "month"
    assert precision(span(D(2024, 2, 1), D(2024, 2, 29), "month")) == "month"
    assert precision(span(D(2024, 2, 1), D(2024, 2, 28), "month")) == "day"


# -- CSV and DataFrame -------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_event_dated_first() -> None:
    timeline = story()
    text = timeline.to_csv()
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = read_csv(text)
    assert [row["id"] for row in rows] == [e.id for e in timeline.dated()] + ["e-undated"]
    call = next(row for row in rows if row["id"] == "e-call")
    assert call["date"] == "2024-11-07"
    assert (call["start"], call["end"], call["granularity"]) == ("2024-11-07", "2024-11-07", "day")
    assert call["summary"] == "Mayor calls the minister"
    assert (call["sources"], call["documents"], call["flags"]) == (
        "The Herald",
        "001; 002",
        "disputed",
    )
    undated = rows[-1]
    assert (undated["date"], undated["start"], undated["status"]) == ("", "", "planned")


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+2", "-3", "@SUM(A1)", "\tx"])
def test_csv_cells_never_start_a_formula(text: str) -> None:
    timeline = Timeline(
        documents=[],
        events=[event("e1", text, None, sources=[text], mentions=[mention(text, "x")])],
    )
    row = read_csv(timeline.to_csv())[0]
    for column in ("summary", "sources", "documents"):
        assert row[column] == "'" + text


def test_csv_round_trips_commas_quotes_and_newlines() -> None:
    summary = 'He said "no", then left.\nLater, more.'
    timeline = Timeline(documents=[], events=[event("e1", summary, None)])
    assert read_csv(timeline.to_csv())[0]["summary"] == summary


def test_dataframe_has_the_csv_columns_and_datetime_dates() -> None:
    pandas = pytest.importorskip("pandas")
    frame = story().to_dataframe()
    assert list(frame.columns) == list(CSV_COLUMNS)
    assert len(frame) == len(story().events)
    assert pandas.api.types.is_datetime64_any_dtype(frame["start"])
    call = frame[frame["id"] == "e-call"].iloc[0]
    assert call["start"] == pandas.Timestamp("2024-11-07")
    assert call["flags"] == ["disputed"]
    assert frame["start"].isna().sum() == 1


def test_dataframe_without_pandas_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError) as caught:
        story().to_dataframe()
    assert str(caught.value) == PANDAS_MISSING
    assert "pip install" in str(caught.value)
