"""Tests of the Markdown and HTML renderers, on timelines built by hand.

The texts are hostile on purpose: Markdown links and images, HTML tags, ``</script>``,
``javascript:`` URLs, bare URLs and e-mail addresses, table pipes, headings and list markers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import DocumentStatus, Event, Flag, Mention, Timeline, When
from timeline.render import (
    Tally,
    escape_markdown,
    format_day,
    format_when,
    render_html,
    render_markdown,
    tally,
)

D = dt.date
MARKDOWN_SPECIALS = set("\\`*_{}[]<>()#+-!|")
SCRIPT_ALERT = "</script><script>alert(1)</script>"
NASTY_TEXTS = (
    "[click me](javascript:alert(1))",
    "![pixel](https://evil.example/p.png)",
    '<img src=x onerror="alert(1)"> and <b>bold</b>',
    SCRIPT_ALERT,
    "# Not a heading",
    "| a | b |\n|---|---|\n| c | d |",
    "1. not a list",
    "*emph* and _emph_ and **strong** and `code`",
    "see https://example.com/x?y=1 or www.example.org or mail me@example.com",
    "line one\nline two\r\n\n  - not an item",
    "back\\slash and {braces} and +plus and !bang",
)


def day(when: dt.date) -> When:
    return When(start=when, end=when, granularity="day", timex=when.isoformat())


def mention(doc_id: str, text: str, time_text: str | None = None, **extra: Any) -> Mention:
    return Mention(doc_id=doc_id, start=0, end=len(text), text=text, time_text=time_text, **extra)


def event(event_id: str, summary: str, when: When | None, **extra: Any) -> Event:
    extra.setdefault("mentions", [mention("001", summary + ".")])
    return Event(id=event_id, summary=summary, when=when, **extra)


def nasty_timeline(text: str = SCRIPT_ALERT) -> Timeline:
    """Every document-derived field of a timeline set to ``text`` (or built from it)."""
    return Timeline(
        documents=[
            DocumentStatus(id=text, title=text, published=D(2024, 11, 11)),
            DocumentStatus(id="bad", status="error", error=text),
        ],
        events=[
            Event(
                id="e1",
                summary=text,
                when=day(D(2024, 11, 7)),
                status="reported",
                participants=[text],
                sources=[text],
                mentions=[mention(text, text, text, source=text, status="reported")],
                flags=[Flag(kind="disputed", detail=text, doc_ids=[text])],
            ),
            Event(
                id="e2",
                summary=text,
                when=When(
                    start=D(2024, 11, 11),
                    end=D(2025, 1, 20),
                    granularity="day",
                    timex="2024-11-11/2025-01-20",
                ),
                mentions=[mention(text, text)],
            ),
            Event(id="e3", summary=text, when=None, mentions=[mention(text, text)]),
        ],
    )


def sample_timeline() -> Timeline:
    """A small benign story: events out of order, a week, a flag, an undated event."""
    return Timeline(
        documents=[
            DocumentStatus(id="001", title="Call reported", published=D(2024, 11, 11)),
            DocumentStatus(id="002", published=D(2024, 11, 12)),
            DocumentStatus(id="003", status="error", error="file is missing"),
        ],
        events=[
            event(
                "e-denial",
                "Kremlin denies the call",
                day(D(2024, 11, 11)),
                status="denied",
                mentions=[
                    mention("001", "The Kremlin denied it on Monday.", "on Monday"),
                    mention("002", "Peskov said on Monday there was no call.", "on Monday"),
                ],
            ),
            event(
                "e-call",
                "Trump calls Putin",
                day(D(2024, 11, 7)),
                status="reported",
                sources=["The Washington Post"],
                mentions=[
                    mention("001", "Trump called Putin on Thursday.", "Thursday"),
                    mention("002", "The call took place on Thursday.", "on Thursday"),
                    mention("002", "They spoke on Thursday.", "on Thursday"),
                ],
                flags=[Flag(kind="disputed", detail="the Kremlin denies it", doc_ids=["001"])],
            ),
            event(
                "e-week",
                "Advisers prepare the call",
                When(
                    start=D(2024, 11, 4), end=D(2024, 11, 10), granularity="week", timex="2024-W45"
                ),
            ),
            event("e-undated", "Talks may follow", None, status="planned"),
        ],
    )


# -- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "granularity", "timex", "expected"),
    [
        (D(2024, 11, 7), D(2024, 11, 7), "day", "2024-11-07", "2024-11-07 (Thu)"),
        (D(2024, 11, 4), D(2024, 11, 10), "week", "2024-W45", "week of 2024-11-04 (2024-W45)"),
        (D(2024, 12, 30), D(2025, 1, 5), "week", "2025-W01", "week of 2024-12-30 (2025-W01)"),
        (D(2024, 11, 1), D(2024, 11, 30), "month", "2024-11", "November 2024"),
        (D(2024, 2, 1), D(2024, 2, 29), "month", "2024-02", "February 2024"),
        (D(2024, 1, 1), D(2024, 12, 31), "year", "2024", "2024"),
        (D(2024, 7, 1), D(2024, 9, 30), "quarter", "2024-Q3", "Q3 2024"),
        (D(2024, 1, 1), D(2024, 6, 30), "half", "2024-H1", "H1 2024"),
        (D(2024, 6, 1), D(2024, 8, 31), "season", "2024-SU", "summer 2024"),
        (D(2010, 1, 1), D(2019, 12, 31), "decade", "201X", "2010s"),
        (D(1900, 1, 1), D(1999, 12, 31), "century", "19XX", "20th century"),
        (D(2024, 11, 11), D(2025, 1, 20), "day", "x", "2024-11-11 to 2025-01-20"),
        (D(2024, 11, 3), D(2024, 11, 30), "month", "2024-11", "2024-11-03 to 2024-11-30"),
        (D(2024, 11, 5), D(2024, 11, 11), "week", "2024-W45", "2024-11-05 to 2024-11-11"),
        (D(2024, 6, 1), D(2024, 8, 31), "season", "junk", "2024-06-01 to 2024-08-31"),
    ],
)
def test_format_when_names_the_unit_or_the_interval(
    start: dt.date, end: dt.date, granularity: Any, timex: str, expected: str
) -> None:
    when = When(start=start, end=end, granularity=granularity, timex=timex)
    assert format_when(when) == expected


@given(st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 1)))
def test_a_whole_month_is_named_by_its_month(anchor: dt.date) -> None:
    last = calendar.monthrange(anchor.year, anchor.month)[1]
    when = When(
        start=anchor.replace(day=1),
        end=anchor.replace(day=last),
        granularity="month",
        timex=f"{anchor.year:04d}-{anchor.month:02d}",
    )
    assert format_when(when) == f"{calendar.month_name[anchor.month]} {anchor.year}"


@given(st.dates(max_value=D(9999, 12, 24)))
def test_a_whole_iso_week_is_named_by_its_monday_and_number(anchor: dt.date) -> None:
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if monday.year < 1:
        return
    year, week, _ = monday.isocalendar()
    when = When(
        start=monday, end=monday + dt.timedelta(days=6), granularity="week", timex="ignored"
    )
    assert format_when(when) == f"week of {monday.isoformat()} ({year}-W{week:02d})"


@given(st.dates(), st.integers(min_value=1, max_value=400))
def test_other_spans_print_as_intervals(start: dt.date, length: int) -> None:
    end = start + dt.timedelta(days=length) if start < D(9999, 1, 1) else start
    when = When(start=start, end=end, granularity="day", timex="x")
    expected = format_day(start) if start == end else f"{start} to {end}"
    assert format_when(when) == expected


def test_format_day_uses_english_weekdays_whatever_the_date() -> None:
    assert format_day(D(2024, 11, 11)) == "2024-11-11 (Mon)"
    assert format_day(D(2000, 2, 29)) == "2000-02-29 (Tue)"
    assert format_day(D(2024, 11, 10)) == "2024-11-10 (Sun)"


# -- order and counts -------------------------------------------------------------------


def test_dated_events_come_in_chronological_order() -> None:
    assert [e.id for e in sample_timeline().dated()] == ["e-week", "e-call", "e-denial"]


SPANS = st.lists(
    st.none() | st.tuples(st.dates(max_value=D(9999, 11, 30)), st.integers(0, 30)), max_size=12
)


@given(SPANS)
def test_dated_orders_by_first_then_last_day_and_keeps_ties_in_timeline_order(
    spans: list[tuple[dt.date, int] | None],
) -> None:
    events = [
        event(
            f"e{n}",
            f"Event {n}",
            None
            if span is None
            else When(
                start=span[0],
                end=span[0] + dt.timedelta(days=span[1]),
                granularity="day",
                timex="x",
            ),
        )
        for n, span in enumerate(spans)
    ]
    position = {e.id: n for n, e in enumerate(events)}
    dated = Timeline(documents=[], events=events).dated()
    assert sorted(e.id for e in dated) == sorted(e.id for e in events if e.when is not None)
    for first, second in pairwise(dated):
        assert first.when is not None and second.when is not None
        assert (first.when.start, first.when.end) <= (second.when.start, second.when.end)
        if (first.when.start, first.when.end) == (second.when.start, second.when.end):
            assert position[first.id] < position[second.id]


def test_tally_counts_documents_and_events() -> None:
    assert tally(sample_timeline()) == Tally(read=2, failed=1, events=4, dated=3, flagged=1)
    assert tally(sample_timeline()).undated == 1
    empty = tally(Timeline(documents=[], events=[]))
    assert (empty.read, empty.failed, empty.events, empty.undated) == (0, 0, 0, 0)


# -- Markdown escaping ------------------------------------------------------------------


def unescaped_specials(text: str) -> list[str]:
    """Markdown special characters of ``text`` not neutralised by a backslash."""
    found = []
    index = 0
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] in MARKDOWN_SPECIALS:
            found.append(text[index])
        index += 1
    return found


def commonmark_unescape(text: str) -> str:
    """What a CommonMark reader shows for backslash escapes of ASCII punctuation."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


@pytest.mark.parametrize("text", NASTY_TEXTS)
def test_escape_markdown_neutralises_syntax(text: str) -> None:
    escaped = escape_markdown(text)
    assert unescaped_specials(escaped) == []
    assert "\n" not in escaped and "\r" not in escaped
    assert not re.match(r"\d+\.", escaped)
    assert "://" not in escaped
    assert "www." not in escaped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[a](b)", r"\[a\]\(b\)"),
        ("1. first", r"1\. first"),
        ("2024. A year", r"2024\. A year"),
        ("A  B\n\nC", "A B C"),
        ("Trump-Putin call", r"Trump\-Putin call"),
        ("plain words, kept.", "plain words, kept."),
    ],
)
def test_escape_markdown_examples(text: str, expected: str) -> None:
    assert escape_markdown(text) == expected


@given(st.text())
def test_escape_markdown_shows_the_text_on_one_line(text: str) -> None:
    escaped = escape_markdown(text)
    assert unescaped_specials(escaped) == []
    assert commonmark_unescape(escaped) == " ".join(text.split())


# -- Markdown document ------------------------------------------------------------------


EXPECTED_SAMPLE_MARKDOWN = """\
# Timeline

2 documents read, 1 failed \u00b7 4 events (3 dated, 1 undated) \u00b7 1 flagged

## Chronology

### week of 2024-11-04 (2024-W45)

- **Advisers prepare the call**
  - Documents: 001

### 2024-11-07 (Thu)

- **Trump calls Putin** (reported)
  - \u26a0 disputed: the Kremlin denies it (001)
  - According to: The Washington Post
  - Documents: 001 "Thursday", 002 "on Thursday"

### 2024-11-11 (Mon)

- **Kremlin denies the call** (denied)
  - Documents: 001 "on Monday", 002 "on Monday"

## Undated events

- Talks may follow (planned) \u2014 001

## Documents

- 001 \u00b7 ok \u00b7 published 2024-11-11 \u00b7 Call reported
- 002 \u00b7 ok \u00b7 published 2024-11-12
- 003 \u00b7 error: file is missing
"""


def test_markdown_of_a_small_story() -> None:
    assert render_markdown(sample_timeline()) == EXPECTED_SAMPLE_MARKDOWN


def test_markdown_groups_events_of_the_same_day_in_timeline_order() -> None:
    same_day = day(D(2024, 3, 5))
    timeline = Timeline(
        documents=[DocumentStatus(id="001")],
        events=[
            event("b", "Second thing", same_day),
            event("x", "Later thing", day(D(2024, 3, 6))),
            event("a", "First thing", same_day),
            event(
                "m",
                "Whole month",
                When(start=D(2024, 3, 1), end=D(2024, 3, 31), granularity="month", timex="2024-03"),
            ),
        ],
    )
    text = render_markdown(timeline)
    assert text.count("### 2024-03-05 (Tue)") == 1
    order = [text.index(s) for s in ("March 2024", "Second thing", "First thing", "Later thing")]
    assert order == sorted(order)


def test_markdown_lists_each_document_once_with_its_time_words() -> None:
    mentions = [
        mention("004", "On November 11 it was denied.", "November 11"),
        mention("001", "It happened.", None),
        mention("004", "The same day, he said so.", "the same day"),
        mention("004", "He repeated it.", None),
        mention("001", "It happened on Thursday.", "Thursday"),
        mention("004", "Again on November 11.", "November 11"),
    ]
    timeline = Timeline(
        documents=[], events=[event("e", "Something", day(D(2024, 11, 11)), mentions=mentions)]
    )
    assert '  - Documents: 004 "November 11" "the same day", 001 "Thursday"\n' in (
        render_markdown(timeline)
    )


def test_markdown_without_events_or_documents() -> None:
    text = render_markdown(Timeline(documents=[], events=[]))
    assert "0 documents read, 0 failed" in text
    assert "No dated events." in text
    assert "## Undated events" not in text
    assert "No documents." in text


@pytest.mark.parametrize("text", NASTY_TEXTS)
def test_markdown_document_text_cannot_add_structure(text: str) -> None:
    markdown = render_markdown(nasty_timeline(text))
    assert markdown == render_markdown(nasty_timeline(text))
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert headings == [
        "# Timeline",
        "## Chronology",
        "### 2024-11-07 (Thu)",
        "### 2024-11-11 to 2025-01-20",
        "## Undated events",
        "## Documents",
    ]
    assert len(markdown.splitlines()) == len(render_markdown(nasty_timeline("x")).splitlines())
    for line in markdown.splitlines():
        assert not line.startswith(("|", "<", "    ")), line
        assert not re.match(r"\s*\d+[.)]\s", line), line
        assert re.search(r"(?<!\\)[<>\[\]`]", line) is None, line  # no tag, link or code
        assert "://" not in line


def test_markdown_shows_status_flags_and_document_ids() -> None:
    markdown = render_markdown(nasty_timeline("[x](javascript:alert(1))"))
    assert "(reported)" in markdown
    assert "\u26a0 disputed: \\[x\\]\\(javascript:alert\\(1\\)\\)" in markdown
    assert 'Documents: \\[x\\]\\(javascript:alert\\(1\\)\\) "\\[x\\]' in markdown
    assert "error: \\[x\\]" in markdown


@given(st.text(), st.text(min_size=1))
def test_markdown_line_count_never_depends_on_document_text(summary: str, doc_id: str) -> None:
    markdown = render_markdown(nasty_timeline(summary).model_copy(update={"documents": []}))
    baseline = render_markdown(nasty_timeline("x").model_copy(update={"documents": []}))
    assert len(markdown.splitlines()) == len(baseline.splitlines())
    doc_markdown = render_markdown(Timeline(documents=[DocumentStatus(id=doc_id)], events=[]))
    assert len(doc_markdown.splitlines()) == len(
        render_markdown(Timeline(documents=[DocumentStatus(id="x")], events=[])).splitlines()
    )


# -- HTML -------------------------------------------------------------------------------


def figure(page: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The traces and the layout that the page passes to ``Plotly.newPlot``."""
    decoder = json.JSONDecoder()
    call = page.index("Plotly.newPlot(")
    data, end = decoder.raw_decode(page, page.index("[", page.index('"timeline-figure"', call)))
    layout, _ = decoder.raw_decode(page, page.index("{", end))
    assert isinstance(data, list) and isinstance(layout, dict)
    return data, layout


def figure_data(page: str) -> list[dict[str, Any]]:
    return figure(page)[0]


def without_scripts(page: str) -> str:
    return re.sub(r"<script\b.*?</script>", "", page, flags=re.DOTALL)


@pytest.fixture(scope="module")
def sample_page() -> str:
    return render_html(sample_timeline())


@pytest.fixture(scope="module")
def nasty_page() -> str:
    return render_html(nasty_timeline(SCRIPT_ALERT + ' <a href="javascript:alert(2)">x</a>'))


def test_html_is_self_contained_and_offline(sample_page: str) -> None:
    assert sample_page.startswith("<!DOCTYPE html>")
    assert sample_page.rstrip().endswith("</html>")
    assert "plotly.js v" in sample_page  # the library itself is inlined
    assert re.search(r"<script[^>]*\bsrc=", sample_page) is None
    assert re.search(r"<link\b", sample_page) is None
    assert "tex-svg" not in sample_page and "cdnjs" not in sample_page  # no MathJax
    assert "fonts.googleapis" not in sample_page


def test_html_script_elements_cannot_be_closed_by_document_text(
    sample_page: str, nasty_page: str
) -> None:
    assert "<script>alert(1)" not in nasty_page
    assert "alert(2)</a>" not in nasty_page
    assert nasty_page.count("<script") == sample_page.count("<script") == 3
    assert nasty_page.lower().count("</script") == 3
    outside = without_scripts(nasty_page)
    assert "<a " not in outside and "<script" not in outside
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in outside


def test_html_hover_and_labels_are_escaped(nasty_page: str) -> None:
    data = figure_data(nasty_page)
    strings = [
        text
        for trace in data
        for key in ("hovertext", "y")
        for text in trace.get(key, [])
        if isinstance(text, str)
    ]
    assert strings
    for text in strings:
        assert "<a " not in text and "<script" not in text and "</script" not in text
    assert any("&lt;/script&gt;&lt;script&gt;alert(1)" in text for text in strings)


def test_html_plots_days_as_markers_and_intervals_as_spans(sample_page: str) -> None:
    data = figure_data(sample_page)
    bars = [trace for trace in data if trace["type"] == "bar"]
    assert len(bars) == 1
    assert bars[0]["base"] == ["2024-11-04"]
    assert bars[0]["x"] == [7 * 86_400_000]
    assert bars[0]["orientation"] == "h"
    markers = [
        trace for trace in data if trace["type"] == "scatter" and "\u26a0" not in trace["name"]
    ]
    assert sorted(x for trace in markers for x in trace["x"]) == [
        "2024-11-07 12:00:00",
        "2024-11-11 12:00:00",
    ]
    assert all(trace["mode"] == "markers" for trace in markers)
    rows = [y for trace in data if trace["type"] == "bar" or trace in markers for y in trace["y"]]
    assert len(rows) == len(set(rows)) == 3


def test_html_marks_each_flag_kind_in_the_legend() -> None:
    flags = [
        Flag(kind="disputed", detail="a", doc_ids=["001"]),
        Flag(kind="conflicting-dates", detail="b", doc_ids=["002"]),
    ]
    timeline = Timeline(
        documents=[DocumentStatus(id="001"), DocumentStatus(id="002")],
        events=[
            event("e1", "Both flags", day(D(2024, 1, 2)), flags=flags),
            event("e2", "One flag", day(D(2024, 1, 3)), flags=flags[:1]),
            event("e3", "No flag", day(D(2024, 1, 4))),
        ],
    )
    data = figure_data(render_html(timeline))
    flagged = {trace["name"]: trace for trace in data if trace["name"].startswith("\u26a0")}
    assert set(flagged) == {"\u26a0 disputed", "\u26a0 conflicting-dates"}
    assert len(flagged["\u26a0 disputed"]["x"]) == 2
    assert len(flagged["\u26a0 conflicting-dates"]["x"]) == 1
    styles = {(t["marker"]["symbol"], t["marker"]["color"]) for t in flagged.values()}
    assert len(styles) == 2


def test_html_hover_shows_date_summary_sentences_and_documents(sample_page: str) -> None:
    hovers = [text for trace in figure_data(sample_page) for text in trace["hovertext"]]
    call = next(text for text in hovers if "Trump calls Putin" in text)
    assert "2024-11-07 (Thu)" in call
    assert "Trump called Putin on Thursday." in call
    assert "<b>002</b> \u201con Thursday\u201d" in call
    assert "\u26a0 disputed: the Kremlin denies it (001)" in call
    assert "reported" in call


def test_html_title_carries_the_counts(sample_page: str) -> None:
    counts = "2 documents read, 1 failed \u00b7 4 events (3 dated, 1 undated) \u00b7 1 flagged"
    assert f"<p>{counts}</p>" in sample_page
    assert figure(sample_page)[1]["title"]["text"] == counts


def test_html_is_deterministic(sample_page: str) -> None:
    assert render_html(sample_timeline()) == sample_page


def test_html_lists_the_documents_with_their_bare_error_reason(sample_page: str) -> None:
    assert (
        "<ul>\n"
        "<li><code>001</code> ok \u00b7 published 2024-11-11 \u00b7 Call reported</li>\n"
        "<li><code>002</code> ok \u00b7 published 2024-11-12</li>\n"
        "<li><code>003</code> <strong>error</strong>: file is missing</li>\n"
        "</ul>"
    ) in sample_page
    documents = sample_page[sample_page.index("<h2>Documents</h2>") :]
    assert documents.count("003") == 1


def test_html_lists_undated_events_like_markdown() -> None:
    flagged = event(
        "u",
        "Talks <i>may</i>\nfollow",
        None,
        status="planned",
        mentions=[mention("a&b", "x."), mention("c", "y."), mention("a&b", "z.")],
        flags=[Flag(kind="disputed", detail="d", doc_ids=["c"])],
    )
    timeline = Timeline(documents=[], events=[flagged])
    assert (
        "<li>Talks &lt;i&gt;may&lt;/i&gt; follow <em>(planned)</em> \u26a0 disputed"
        " \u2014 a&amp;b, c</li>"
    ) in render_html(timeline)
    assert (
        "- Talks \\<i\\>may\\</i\\> follow (planned) \u26a0 disputed \u2014 a\\&b, c\n"
    ) in render_markdown(timeline)


def test_html_without_dated_events_says_so() -> None:
    timeline = Timeline(
        documents=[DocumentStatus(id="001")],
        events=[event("u", "Undated <b>thing</b>", None)],
    )
    page = render_html(timeline)
    assert "No dated events to plot." in page
    assert "Undated &lt;b&gt;thing&lt;/b&gt;" in page
    assert "<script" not in page


@settings(max_examples=15, deadline=None)
@given(st.text(min_size=1))
def test_html_has_the_same_scripts_whatever_the_text(text: str) -> None:
    page = render_html(nasty_timeline(text))
    assert page.count("<script") == 3
    assert page.lower().count("</script") == 3


def test_an_event_dated_only_by_publication_says_so_in_markdown_and_hover() -> None:
    from timeline.render import WEAK_DATE_NOTE

    weak = When(
        start=dt.date(2024, 11, 11), end=dt.date(2024, 11, 11), granularity="day",
        timex="2024-11-11", basis="published",
    )  # fmt: skip
    event = Event(
        id="e1",
        summary="The ministers met.",
        when=weak,
        mentions=[Mention(doc_id="a", start=0, end=18, text="The ministers met.")],
    )
    result = Timeline(documents=[DocumentStatus(id="a")], events=[event])
    assert f"Date: {WEAK_DATE_NOTE}" in render_markdown(result)
    assert WEAK_DATE_NOTE in render_html(result)
    strong = result.model_copy(
        update={
            "events": [event.model_copy(update={"when": weak.model_copy(update={"basis": "text"})})]
        }
    )
    assert WEAK_DATE_NOTE not in render_markdown(strong)


def test_document_addresses_link_only_when_http() -> None:
    docs = [
        DocumentStatus(id="a", url="https://example.org/a?x=1"),
        DocumentStatus(id="b", url="javascript:alert(1)"),
    ]
    page = render_markdown(Timeline(documents=docs, events=[]))
    assert "](https://example.org/a?x=1)" in page
    assert "](javascript" not in page and "javascript:alert\\(1\\)" in page
    html_page = render_html(Timeline(documents=docs, events=[]))
    assert 'href="https://example.org/a?x=1"' in html_page
    assert 'href="javascript' not in html_page
