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
from timeline.reconcile import CONFLICT_WINDOW_DAYS, MergedEvent, reconcile

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
        ("undated", "2024-03-20", "The talks between Jane Doe and Omar Haddad collapsed.\n"),
    )
    timeline = build(stories)
    dated = [e.when for e in timeline.events if e.when is not None]
    assert len(dated) >= 4
    assert dated == sorted(dated, key=lambda w: (w.start, w.end))
    flags = [e.when is None for e in timeline.events]
    assert flags == sorted(flags), "an undated event comes before a dated one"
    assert any(flags)


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
