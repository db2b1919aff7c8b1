"""Tests for timeline.pipeline.build_timeline: documents and errors in, a Timeline out.

The corpora are invented short news stories; the seeds are checked only for properties that
any corpus about a disputed event should have, never for their wording or counts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import (
    Document,
    DocumentError,
    DocumentReadError,
    InvalidDocumentError,
    Timeline,
    build_timeline,
    iter_corpus,
    load_corpus,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

STORIES: tuple[Document, ...] = (
    Document(
        id="planet",
        published="2024-03-14",
        title="Doe and Haddad speak",
        text=(
            "Prime Minister Jane Doe reportedly called President Omar Haddad on Tuesday, "
            "according to the Daily Planet.\n"
            "Doe will visit Rome on Friday.\n"
        ),
    ),
    Document(
        id="herald",
        published="2024-03-15",
        text=(
            "Jane Doe and Omar Haddad spoke by phone on March 12, the Morning Herald reported.\n"
            "On Wednesday, Lena Ortiz met Paul Grant in Lisbon.\n"
        ),
    ),
    Document(
        id="wire",
        published="2024-03-15",
        text=(
            "Government spokesman Karl Brandt on Thursday denied that Jane Doe had called "
            "Omar Haddad.\n"
            "Lena Ortiz met Paul Grant in Lisbon on March 13.\n"
            "Paul Grant resigned on March 1.\n"
        ),
    ),
    Document(
        id="gazette",
        published="2024-03-16",
        text="Jane Doe phoned Omar Haddad on March 14, the Evening Gazette said.\n",
    ),
)
BY_ID = {d.id: d for d in STORIES}


def ids_and_statuses(timeline: Timeline) -> list[tuple[str, str]]:
    return [(d.id, d.status) for d in timeline.documents]


def assert_offsets_slice(timeline: Timeline, texts: dict[str, str]) -> None:
    for event in timeline.events:
        for mention in event.mentions:
            text = texts[mention.doc_id]
            assert text[mention.start : mention.end] == mention.text
            if mention.time_text is not None:
                assert mention.time_start is not None and mention.time_end is not None
                assert text[mention.time_start : mention.time_end] == mention.time_text
                assert mention.start <= mention.time_start < mention.time_end <= mention.end


# --- documents in, documents listed ----------------------------------------------------------


def test_every_document_is_listed_ok() -> None:
    timeline = build_timeline(STORIES)
    assert ids_and_statuses(timeline) == sorted((d.id, "ok") for d in STORIES)
    listed = {d.id: d for d in timeline.documents}
    assert listed["planet"].title == "Doe and Haddad speak"
    assert listed["planet"].published == dt.date(2024, 3, 14)
    assert all(d.error is None for d in timeline.documents)


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(DocumentReadError("broken", "cannot decode byte 0x9d"), id="read-error"),
        pytest.param(InvalidDocumentError("broken", "published is not a date"), id="invalid"),
    ],
)
def test_a_document_error_is_listed_with_its_message(error: DocumentError) -> None:
    timeline = build_timeline([*STORIES, error])
    broken = [d for d in timeline.documents if d.id == "broken"]
    assert len(broken) == 1
    assert broken[0].status == "error"
    assert broken[0].error is not None
    assert broken[0].error == error.reason  # the id is the entry's, not repeated in the text
    assert error.reason in broken[0].error
    assert build_timeline(STORIES).events == timeline.events


def test_an_empty_file_in_a_corpus_folder_is_an_error_and_the_others_go_on(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("Jane Doe met Omar Haddad on March 12, 2024.\n")
    (tmp_path / "b.txt").write_text("")
    (tmp_path / "c.txt").write_text("  \n\n\t")
    timeline = build_timeline(iter_corpus(tmp_path))
    assert ids_and_statuses(timeline) == [("a", "ok"), ("b", "error"), ("c", "error")]
    assert timeline.documents[1].id == "b"
    assert "empty" in (timeline.documents[1].error or "")
    assert [e.when.timex for e in timeline.events if e.when] == ["2024-03-12"]


def test_an_empty_document_that_got_past_validation_is_an_error() -> None:
    blank = Document.model_construct(id="blank", text=" \n ", published=None, kind="news")
    timeline = build_timeline([blank, STORIES[0]])
    assert ("blank", "error") in ids_and_statuses(timeline)
    assert timeline.events == build_timeline([STORIES[0]]).events


def test_duplicate_ids_make_every_copy_but_one_an_error() -> None:
    other = [
        Document(id="planet", published="2024-03-14", text=f"Lena Ortiz resigned on March {day}.")
        for day in (4, 5)
    ]
    timeline = build_timeline([*STORIES, *other])
    planets = [d for d in timeline.documents if d.id == "planet"]
    assert sorted(d.status for d in planets) == ["error", "error", "ok"]
    assert all("duplicate id" in (d.error or "") for d in planets if d.status == "error")


def test_the_same_text_under_two_ids_is_read_once() -> None:
    copy = Document(id="zz-copy", published="2024-03-17", text=BY_ID["gazette"].text)
    timeline = build_timeline([*STORIES, copy])
    listed = {d.id: d for d in timeline.documents}
    assert listed["gazette"].status == "ok"
    assert listed["zz-copy"].status == "error"
    assert "'gazette'" in (listed["zz-copy"].error or "")
    assert timeline.events == build_timeline(STORIES).events


MIXED: tuple[Document | DocumentError, ...] = (
    *STORIES,
    Document(id="planet", published="2024-03-20", text="Paul Grant resigned on March 18."),
    Document(id="copy", published="2024-03-20", text=STORIES[1].text),
    DocumentReadError("lost", "no such file"),
    InvalidDocumentError("wire", "a second manifest entry for this id"),
)


@settings(max_examples=30, deadline=None)
@given(st.permutations(MIXED))
def test_the_result_does_not_depend_on_the_order_of_items(
    order: list[Document | DocumentError],
) -> None:
    assert build_timeline(order).to_json() == MIXED_JSON


MIXED_JSON = build_timeline(MIXED).to_json()


# --- dates without a publication date --------------------------------------------------------


def test_without_a_publication_date_only_absolute_dates_date_events() -> None:
    undated = Document(
        id="undated",
        text=(
            "Jane Doe met Omar Haddad on Thursday.\n"
            "Lena Ortiz resigned on March 12, 2024.\n"
            "Paul Grant visited Rome last week.\n"
        ),
    )
    timeline = build_timeline([undated])
    dated = [(e.when.timex, e.participants) for e in timeline.events if e.when is not None]
    assert dated == [("2024-03-12", ["Lena Ortiz"])]
    assert {m.time_text for e in timeline.events if e.when is None for m in e.mentions} <= {
        None,
        "Thursday",
        "last week",
    }


# --- the Timeline value ----------------------------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(STORIES), unique_by=lambda d: d.id, min_size=1))
def test_json_round_trips(documents: list[Document]) -> None:
    timeline = build_timeline(documents)
    assert Timeline.from_json(timeline.to_json()) == timeline
    assert_offsets_slice(timeline, {d.id: d.text for d in documents})


def test_mentions_keep_their_provenance() -> None:
    timeline = build_timeline(STORIES)
    assert timeline.events
    assert_offsets_slice(timeline, {d.id: d.text for d in STORIES})
    for event in timeline.events:
        assert event.mentions
        assert event.summary


@pytest.mark.parametrize("k", [0, 1, 2, 3, 100])
def test_top_keeps_k_dated_events_in_chronological_order(k: int) -> None:
    timeline = build_timeline(STORIES)
    dated = timeline.dated()
    assert len(dated) >= 3
    top = timeline.top(k)
    assert len(top.events) == min(k, len(dated))
    assert all(e.when is not None for e in top.events)
    starts = [(e.when.start, e.when.end) for e in top.events if e.when is not None]
    assert starts == sorted(starts)
    kept = {e.id for e in top.events}
    dropped = [e.salience for e in dated if e.id not in kept]
    assert all(e.salience >= max(dropped, default=0.0) for e in top.events)
    assert top.documents == timeline.documents


# --- the seed corpus -------------------------------------------------------------------------


def test_the_seeds_build_into_a_disputed_story() -> None:
    items = list(iter_corpus(SEEDS))
    timeline = build_timeline(items)
    assert [d.status for d in timeline.documents] == ["ok"] * 5
    texts = {d.id: d.text for d in load_corpus(SEEDS)}
    assert_offsets_slice(timeline, texts)
    disputed = [
        e
        for e in timeline.events
        if len({m.doc_id for m in e.mentions}) >= 3 and any(f.kind == "disputed" for f in e.flags)
    ]
    assert disputed
    for event in disputed:
        assert {"denied"} <= {m.status for m in event.mentions}
    for event in timeline.dated():
        assert event.when is not None
        if event.when.basis == "text":
            assert any(m.time_text for m in event.mentions)
        else:
            assert not any(m.timex for m in event.mentions)
            published = {d.id: d.published for d in timeline.documents if d.published}
            assert event.when.start == min(published[m.doc_id] for m in event.mentions)
    assert Timeline.from_json(timeline.to_json()) == timeline


def test_reading_in_worker_processes_gives_the_same_timeline() -> None:
    items = list(iter_corpus(SEEDS))
    assert build_timeline(items, workers=2).to_json() == build_timeline(items).to_json()
