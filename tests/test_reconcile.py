"""Tests for timeline.reconcile: mentions of invented articles merged into dated events.

Each corpus is a few short made-up news stories with publication dates. The stories are
read through the whole pipeline, so that what is tested is how reports of one event in
different words and from different days come together.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Document, Timeline, build_timeline, model
from timeline.events import EventMention
from timeline.pipeline import document_mentions
from timeline.reconcile import CONFLICT_WINDOW_DAYS, MergedEvent, block_sizes, reconcile

Story = tuple[str, str, str]  # (id, published, text)

# Thursday 2024-03-14 and Friday 2024-03-15: "Tuesday" is 2024-03-12 in both.
PHONE_CALL: tuple[Story, ...] = (
    (
        "planet",
        "2024-03-14",
        "Doe And Haddad Hold Secret Call\n\n"
        "Prime Minister Jane Doe reportedly called President Omar Haddad on Tuesday, "
        "according to the Daily Planet.\n"
        "Doe will visit Rome on Friday.\n",
    ),
    (
        "herald",
        "2024-03-15",
        "Jane Doe and Omar Haddad spoke by phone on March 12, the Morning Herald reported.\n"
        "On Wednesday, Lena Ortiz met Paul Grant in Lisbon.\n",
    ),
    (
        "wire",
        "2024-03-15",
        "Government spokesman Karl Brandt on Thursday denied that Jane Doe had called "
        "Omar Haddad.\n"
        "Lena Ortiz met Paul Grant in Lisbon on March 13.\n",
    ),
    (
        "gazette",
        "2024-03-16",
        "Jane Doe phoned Omar Haddad on March 14, the Evening Gazette said, citing a diplomat.\n",
    ),
)


def documents(stories: tuple[Story, ...] | list[Story]) -> list[Document]:
    return [Document(id=i, text=text, published=published) for i, published, text in stories]


def build(stories: tuple[Story, ...] | list[Story]) -> Timeline:
    return build_timeline(documents(stories))


def mentions(stories: tuple[Story, ...] | list[Story]) -> list[EventMention]:
    return [m for d in documents(stories) for m in document_mentions(d)]


def the_event(timeline: Timeline, *doc_ids: str) -> model.Event:
    """The one event with mentions from all of ``doc_ids``."""
    found = [e for e in timeline.events if set(doc_ids) <= {m.doc_id for m in e.mentions}]
    assert len(found) == 1, [e.summary for e in found]
    return found[0]


# --- merging ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday.",
            "Jane Doe and Omar Haddad met on March 12.",
            id="weekday-and-date",
        ),
        pytest.param(
            "Prime Minister Jane Doe met President Omar Haddad in Geneva on Tuesday.",
            "Omar Haddad held a meeting with Jane Doe on March 12, officials said.",
            id="titles-and-light-verb",
        ),
        pytest.param(
            "Jane Doe called Omar Haddad on Tuesday.",
            "Jane Doe had a phone conversation with Omar Haddad on March 12.",
            id="call-and-conversation",
        ),
    ],
)
def test_one_event_reported_in_two_articles_is_merged(first: str, second: str) -> None:
    timeline = build([("a", "2024-03-14", first), ("b", "2024-03-15", second)])
    assert len(timeline.events) == 1
    event = timeline.events[0]
    assert event.when is not None
    assert event.when.start == event.when.end == dt.date(2024, 3, 12)
    assert {m.doc_id for m in event.mentions} == {"a", "b"}
    assert event.flags == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday.",
            "Lena Ortiz met Paul Grant on March 12.",
            id="same-day-other-people",
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday.",
            "Jane Doe called Omar Haddad on March 12.",
            id="same-people-other-concept",
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on March 1.",
            "Jane Doe met Omar Haddad on March 12.",
            id="same-people-far-apart",
        ),
    ],
)
def test_different_events_are_not_merged(first: str, second: str) -> None:
    timeline = build([("a", "2024-03-14", first), ("b", "2024-03-15", second)])
    assert len(timeline.events) == 2
    assert all(len({m.doc_id for m in e.mentions}) == 1 for e in timeline.events)
    assert all(e.flags == [] for e in timeline.events)


def test_the_conflict_window_is_what_separates_events() -> None:
    near = f"Jane Doe met Omar Haddad on March {1 + CONFLICT_WINDOW_DAYS}."
    far = f"Jane Doe met Omar Haddad on March {2 + CONFLICT_WINDOW_DAYS}."
    first = "Jane Doe met Omar Haddad on March 1."
    merged = build([("a", "2024-03-30", first), ("b", "2024-03-30", near)])
    split = build([("a", "2024-03-30", first), ("b", "2024-03-30", far)])
    assert len(merged.events) == 1
    assert [f.kind for f in merged.events[0].flags] == ["conflicting-dates"]
    assert len(split.events) == 2


def test_an_undated_mention_in_the_same_article_joins_the_dated_event() -> None:
    text = (
        "Jane Doe met Omar Haddad on Tuesday.\n"
        "The meeting was the first between Doe and Haddad since the election.\n"
    )
    timeline = build([("a", "2024-03-14", text)])
    assert len(timeline.events) == 1
    assert len(timeline.events[0].mentions) == 2


# --- conflicts -------------------------------------------------------------------------------


def test_conflicting_dates_make_one_event_with_a_flag_naming_each_side() -> None:
    timeline = build(PHONE_CALL)
    call = the_event(timeline, "planet", "herald", "gazette")
    assert call.when is not None
    assert call.when.start == dt.date(2024, 3, 12)  # two articles against one
    flags = {f.kind: f for f in call.flags}
    conflict = flags["conflicting-dates"]
    assert sorted(conflict.doc_ids) == ["gazette", "herald", "planet"]
    assert "gazette says 2024-03-14" in conflict.detail
    assert "herald, planet date it 2024-03-12" in conflict.detail


def test_a_denial_in_another_article_marks_the_event_disputed_naming_both_sides() -> None:
    timeline = build(PHONE_CALL)
    call = the_event(timeline, "planet", "wire")
    flags = {f.kind: f for f in call.flags}
    disputed = flags["disputed"]
    assert {"planet", "wire"} <= set(disputed.doc_ids)
    denied_by, reported_by = disputed.detail.split(";")
    assert "Karl Brandt (wire)" in denied_by
    assert "Daily Planet (planet)" in reported_by
    assert "denied" in {m.status for m in call.mentions}
    assert call.status != "denied"


def test_a_denial_alone_is_not_a_dispute() -> None:
    timeline = build(
        [("wire", "2024-03-15", "Karl Brandt denied that Jane Doe had called Omar Haddad.")]
    )
    assert all(f.kind != "disputed" for e in timeline.events for f in e.flags)


def test_a_denied_date_is_no_evidence_for_the_date() -> None:
    timeline = build(
        [
            ("a", "2024-03-14", "Jane Doe reportedly called Omar Haddad on Tuesday."),
            ("b", "2024-03-15", "Karl Brandt denied that Jane Doe called Omar Haddad on March 13."),
        ]
    )
    call = the_event(timeline, "a", "b")
    assert call.when is not None
    assert call.when.start == dt.date(2024, 3, 12)
    assert [f.kind for f in call.flags] == ["disputed"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        pytest.param(
            "The Evening Gazette retracted its report that Jane Doe phoned Omar Haddad on "
            "March 14.",
            "retracted",
            id="retracted",
        ),
        pytest.param(
            "Correction: Jane Doe phoned Omar Haddad on March 12, not on March 11 as an earlier "
            "version of this article said.",
            "corrected",
            id="corrected",
        ),
    ],
)
def test_retraction_and_correction_cues_flag_the_event(sentence: str, kind: str) -> None:
    timeline = build(
        [
            ("a", "2024-03-14", "Jane Doe reportedly called Omar Haddad on Tuesday."),
            ("b", "2024-03-16", sentence),
        ]
    )
    call = the_event(timeline, "a", "b")
    flags = {f.kind: f for f in call.flags}
    assert flags[kind].doc_ids == ["b"]
    assert "b" in flags[kind].detail
    assert call.when is not None
    assert call.when.start == dt.date(2024, 3, 12)
    assert "conflicting-dates" not in flags  # a withdrawn report is no evidence


# --- order, duplicates, determinism ----------------------------------------------------------


def test_events_are_in_chronological_order_with_undated_last() -> None:
    stories = (
        *PHONE_CALL,
        (
            "later",
            "2024-04-02",
            "Lena Ortiz resigned on April 1.\nThe resignation surprised Paul Grant.\n",
        ),
    )
    undated = Document(id="undated", text="The talks between Jane Doe and Omar Haddad collapsed.\n")
    timeline = build_timeline([*documents(stories), undated])
    dated = [e.when for e in timeline.events if e.when is not None]
    assert len(dated) >= 4
    assert dated == sorted(dated, key=lambda w: (w.start, w.end))
    flags = [e.when is None for e in timeline.events]
    assert flags == sorted(flags), "an undated event comes before a dated one"
    assert any(flags)


def test_an_event_no_mention_dates_is_dated_by_its_first_publication_as_weak_evidence() -> None:
    text = "The talks between Jane Doe and Omar Haddad collapsed"
    timeline = build(
        (("first", "2024-03-20", text + ".\n"), ("second", "2024-03-22", text + " in Geneva.\n"))
    )
    (event,) = [e for e in timeline.events if "talks" in e.summary]
    assert event.when is not None
    assert (event.when.start, event.when.end, event.when.basis) == (
        dt.date(2024, 3, 20),
        dt.date(2024, 3, 20),
        "published",
    )
    assert {(e.doc_id, e.basis, e.time_text) for e in event.date_evidence} == {
        ("first", "published", None),
        ("second", "published", None),
    }
    assert not event.flags


def test_a_date_the_text_gives_but_cannot_resolve_is_not_replaced_by_the_publication() -> None:
    # "yesterday" of 1 January of year 1 lies before the calendar: the text dates the vote,
    # unknowably, so the publication day is no evidence for it.
    first_day = Document(
        id="a",
        text="The council voted on the budget yesterday.\nThe talks between Jane Doe and "
        "Omar Haddad collapsed.\n",
        published=dt.date(1, 1, 1),
    )
    timeline = build_timeline([first_day])
    assert timeline.documents[0].status == "ok"
    vote = next(e for e in timeline.events if "voted" in e.summary)
    assert vote.when is None and not vote.date_evidence
    talks = next(e for e in timeline.events if "talks" in e.summary)
    assert talks.when is not None and talks.when.basis == "published"


def test_date_evidence_names_the_mention_and_expression_behind_each_date() -> None:
    timeline = build(PHONE_CALL)
    call = next(e for e in timeline.events if e.when and e.when.timex == "2024-03-12")
    assert call.when is not None and call.when.basis == "text"
    evidence = {(e.doc_id, e.timex, e.time_text) for e in call.date_evidence}
    assert ("planet", "2024-03-12", "Tuesday") in evidence
    assert ("herald", "2024-03-12", "March 12") in evidence
    for item in call.date_evidence:
        mention = next(m for m in call.mentions if m.doc_id == item.doc_id)
        assert item.time_text is not None and item.time_text in mention.text
        assert any(m.start == item.mention_start for m in call.mentions if m.doc_id == item.doc_id)


# --- blocking and salience -------------------------------------------------------------------


def yearly(copies: int) -> list[Story]:
    """The same two reports once a year: one story per year, never to be compared."""
    return [
        story
        for year in range(2000, 2000 + copies)
        for story in (
            (f"a{year}", f"{year}-03-14", f"Jane Doe met Omar Haddad on March 12, {year}.\n"),
            (f"b{year}", f"{year}-03-15", f"Omar Haddad and Jane Doe met on March 12, {year}.\n"),
        )
    ]


def test_blocks_do_not_grow_with_the_number_of_stories() -> None:
    few, many = block_sizes(mentions(yearly(2))), block_sizes(mentions(yearly(30)))
    assert max(many) == max(few) <= 4
    events = build(yearly(30)).events
    assert len([e for e in events if e.summary.startswith(("Jane", "Omar"))]) == 30


def test_reports_that_each_fit_the_next_do_not_chain_into_one_event() -> None:
    stories = [
        (name, "2024-03-20", f"Jane Doe met Omar Haddad on March {day}.\n")
        for name, day in (("first", 1), ("second", 8), ("third", 15))
    ]
    assert 15 - 1 > CONFLICT_WINDOW_DAYS >= 8 - 1
    for event in build(stories).events:
        assert {"first", "third"} - {m.doc_id for m in event.mentions}


def test_independent_publishers_outweigh_documents_of_one_publisher() -> None:
    items = [
        Document(id=i, text=t, published=dt.date(2024, 3, 14), source=source)
        for i, source, t in (
            ("a1", "Planet", "Jane Doe met Omar Haddad on March 12."),
            ("a2", "Herald", "Omar Haddad and Jane Doe met on March 12 in Rome."),
            ("b1", "Planet", "Lena Ortiz visited Paul Grant on March 12."),
            ("b2", "Planet", "Paul Grant was visited by Lena Ortiz on March 12 in Lisbon."),
        )
    ]
    events = build_timeline(items).events
    meeting = next(e for e in events if {m.doc_id for m in e.mentions} == {"a1", "a2"})
    visit = next(e for e in events if {m.doc_id for m in e.mentions} == {"b1", "b2"})
    assert meeting.salience > visit.salience
    top = build_timeline(items).top(1).events
    assert [e.id for e in top] == [meeting.id]


BASELINE_JSON = build(PHONE_CALL).to_json()
MENTIONS = mentions(PHONE_CALL)
BASELINE_EVENTS: list[MergedEvent] = reconcile(MENTIONS)


@settings(max_examples=25, deadline=None)
@given(st.permutations(PHONE_CALL))
def test_the_order_of_the_documents_does_not_matter(order: list[Story]) -> None:
    assert build(order).to_json() == BASELINE_JSON


@settings(max_examples=25, deadline=None)
@given(st.permutations(MENTIONS))
def test_reconcile_does_not_depend_on_the_order_of_mentions(order: list[EventMention]) -> None:
    assert reconcile(order) == BASELINE_EVENTS


def test_reconcile_merges_the_same_mentions_given_twice() -> None:
    assert reconcile(MENTIONS + MENTIONS) == BASELINE_EVENTS


def dates_and_flags(timeline: Timeline) -> list[tuple[object, ...]]:
    """Each event's date and flags; a flag by its kind and how many documents it names (the
    copy may stand for its original, whichever sorts first)."""
    return [(e.when, [(f.kind, len(f.doc_ids)) for f in e.flags]) for e in timeline.events]


@pytest.mark.parametrize("copied", [story[0] for story in PHONE_CALL])
def test_a_document_added_twice_changes_no_date_or_flag(copied: str) -> None:
    story = next(s for s in PHONE_CALL if s[0] == copied)
    twice = build([*PHONE_CALL, ("copy-of-" + copied, story[1], story[2])])
    assert dates_and_flags(twice) == dates_and_flags(build(PHONE_CALL))


POOL: tuple[Story, ...] = (
    *PHONE_CALL,
    ("minority", "2024-03-16", "Jane Doe met Omar Haddad on March 10.\n"),
    (
        "retract",
        "2024-03-17",
        "The Planet retracted its report that Jane Doe called Omar Haddad.\n",
    ),
    ("weak", "2024-03-18", "The talks between Lena Ortiz and Paul Grant collapsed.\n"),
)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(POOL), min_size=1, max_size=len(POOL), unique=True).flatmap(
        lambda stories: st.tuples(
            st.just(stories), st.sampled_from(stories), st.sampled_from(["", "\n", "  "])
        )
    )
)
def test_any_document_added_twice_changes_no_date_or_flag(
    drawn: tuple[list[Story], Story, str],
) -> None:
    stories, copied, padding = drawn
    copy = ("zz-copy", copied[1], padding + copied[2].replace(" ", "  ", 1) + padding)
    assert dates_and_flags(build([*stories, copy])) == dates_and_flags(build(stories))


def test_a_copy_of_the_minority_does_not_outvote_the_majority() -> None:
    stories = [
        ("a", "2024-03-15", "Jane Doe met Omar Haddad on March 12."),
        ("b", "2024-03-15", "Jane Doe met Omar Haddad on March 14."),
    ]
    once = build(stories)
    twice = build([*stories, ("c", "2024-03-16", stories[1][2] + "\n")])
    assert dates_and_flags(twice) == dates_and_flags(once)
    assert [d.status for d in twice.documents] == ["ok", "ok", "error"]


DETERMINISM_SCRIPT = """
import json, sys
from timeline import Document, build_timeline
stories = json.load(sys.stdin)
docs = [Document(id=i, text=t, published=p) for i, p, t in stories]
sys.stdout.write(build_timeline(docs).to_json())
"""


def test_the_build_is_the_same_across_runs_and_hash_seeds() -> None:
    root = Path(__file__).resolve().parent.parent
    outputs = set()
    for seed in ("0", "1", "4242"):
        result = subprocess.run(
            [sys.executable, "-c", DETERMINISM_SCRIPT],
            input=json.dumps(PHONE_CALL),
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(result.stdout)
    assert outputs == {BASELINE_JSON}


def test_a_dispute_names_sources_first_and_unattributed_reports_last() -> None:
    timeline = build(
        [
            ("a", "2024-03-14", "Jane Doe reportedly called Omar Haddad on Tuesday."),
            (
                "b",
                "2024-03-14",
                "Jane Doe called Omar Haddad on Tuesday, the Daily Planet reported.",
            ),
            ("c", "2024-03-15", "Karl Brandt denied that Jane Doe had called Omar Haddad."),
        ]
    )
    call = the_event(timeline, "a", "b", "c")
    disputed = next(f for f in call.flags if f.kind == "disputed")
    assert disputed.detail == (
        "denied by Karl Brandt (c); reported by Daily Planet (b), unattributed (a)"
    )


@pytest.mark.parametrize("copies", [250, 500])
def test_one_event_reported_in_hundreds_of_articles_stays_one_event(copies: int) -> None:
    stories = [
        (
            f"d{i}",
            "2024-11-08",
            f"Report number {i} from the city hall.\n\n"
            "The Arden council voted on Tuesday to close the bridge, Mayor Jane Doe said.",
        )
        for i in range(copies)
    ]
    vote = [e for e in build(stories).events if "voted" in e.summary]
    assert len(vote) == 1
    assert len({m.doc_id for m in vote[0].mentions}) == copies
