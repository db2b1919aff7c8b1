"""Tests of extraction: every rule finds its own examples, things that are not times yield
nothing, spans slice back out of the text, and the rules stay linear on hostile input."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from strategies import any_text, newsy_text

from timeline.extract import (
    RULES,
    Anaphoric,
    CalendarDate,
    ClockTime,
    Deictic,
    Duration,
    Grain,
    PeriodOfYear,
    Rule,
    Tense,
    TimeMention,
    WeekdayRef,
    extract,
)

# --- Every rule finds its own examples -------------------------------------------------------

RULE_EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.name}:{example}")
    for rule in RULES
    for example in rule.examples
]


def _example_span(example: str) -> tuple[str, int, int]:
    """The example as text, and where the span the rule must find lies in it: the
    [bracketed] part, if any, else the whole example."""
    marked = re.fullmatch(r"(?P<before>[^\[]*)\[(?P<span>[^\]]+)\](?P<after>.*)", example)
    if marked is None:
        return example, 0, len(example)
    start = len(marked["before"])
    return marked["before"] + marked["span"] + marked["after"], start, start + len(marked["span"])


@pytest.mark.parametrize(("rule", "example"), RULE_EXAMPLES)
def test_each_rule_reads_each_of_its_examples_alone(rule: Rule, example: str) -> None:
    phrase, start, end = _example_span(example)
    found = [
        m
        for m in rule.pattern.finditer(phrase)
        if m.span() == (start, end) and rule.produce(m) is not None
    ]
    assert found, phrase


@pytest.mark.parametrize(("rule", "example"), RULE_EXAMPLES)
def test_extract_finds_each_rule_example_as_one_whole_mention(rule: Rule, example: str) -> None:
    """Among all rules, the example is still one mention: the rule's own span, or a wider one
    (a modifier, a joined clock time, a longer rule) that stays within the example."""
    phrase, span_start, span_end = _example_span(example)
    for text in (phrase, f"Reports said {phrase} and more.", f"{phrase}, it said."):
        low = text.index(phrase)
        start, end = low + span_start, low + span_end
        touching = [m for m in extract(text) if m.start < low + len(phrase) and m.end > low]
        assert len(touching) == 1, (text, touching)
        (mention,) = touching
        assert low <= mention.start <= start and end <= mention.end <= low + len(phrase), text
        if (mention.start, mention.end) == (start, end):
            assert rule.name in mention.rule.split("+"), (text, mention)


def test_rule_names_are_unique_and_every_rule_has_examples() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples for rule in RULES)


# --- Meanings: what the words say, with no date in sight ------------------------------------

MEANINGS = [
    ("November 7, 2024", CalendarDate(2024, 11, 7)),
    ("Nov. 7", CalendarDate(None, 11, 7)),
    ("the 20th of December", CalendarDate(None, 12, 20)),
    ("in November", CalendarDate(None, 11)),
    ("in 2024", CalendarDate(2024)),
    ("Thursday", WeekdayRef(3)),
    ("last Tuesday", WeekdayRef(1, -1)),
    ("next Friday", WeekdayRef(4, 1)),
    ("the following Tuesday", WeekdayRef(1, 1, anaphoric=True)),
    ("yesterday", Deictic(Grain.DAY, -1)),
    ("last week", Deictic(Grain.WEEK, -1)),
    ("the weekend", Deictic(Grain.WEEKEND, None)),
    ("two weeks ago", Deictic(Grain.WEEK, -2)),
    ("2,000 years ago", Deictic(Grain.YEAR, -2000)),
    ("three days later", Anaphoric(Grain.DAY, 3)),
    ("the following day", Anaphoric(Grain.DAY, 1)),
    ("the next 70 days", Duration(Grain.DAY, 70, 1)),
    ("several weeks", Duration(Grain.WEEK, None)),
    ("1,500 years", Duration(Grain.YEAR, 1500)),
    ("the third quarter of 2024", PeriodOfYear(Grain.QUARTER, 3, 2024)),
    ("last spring", PeriodOfYear(Grain.SEASON, "SP", None, -1)),
    ("Thursday morning", ClockTime(WeekdayRef(3), part="MO")),
    ("3 p.m. Friday", ClockTime(WeekdayRef(4), 15, 0)),
    ("noon", ClockTime(None, 12, 0)),
]


@pytest.mark.parametrize(("text", "meaning"), MEANINGS, ids=[t for t, _ in MEANINGS])
def test_meaning_of_a_phrase(text: str, meaning: object) -> None:
    mentions = extract(f"Officials said {text}, officially.")
    assert [m.meaning for m in mentions] == [meaning]


MODIFIERS = [
    ("early November", "early November", "START"),
    ("the beginning of November", "the beginning of November", "START"),
    ("mid-November", "mid-November", "MID"),
    ("late 2024", "late 2024", "END"),
    ("the end of 2024", "the end of 2024", "END"),
    ("mid-2024", "mid-2024", "MID"),
    ("early next month", "early next month", "START"),
    ("nearly three years", "nearly three years", "LESS_THAN"),
    ("more than 70 days", "more than 70 days", "MORE_THAN"),
    ("about a decade", "about a decade", "APPROX"),
]


@pytest.mark.parametrize(("text", "span", "mod"), MODIFIERS, ids=[t for t, _, _ in MODIFIERS])
def test_modifier_is_part_of_the_span_and_recorded(text: str, span: str, mod: str) -> None:
    (mention,) = extract(f"It happened in {text}.")
    assert (mention.text, mention.mod) == (span, mod)


# --- Tense of the clause --------------------------------------------------------------------

TENSES = [
    ("Trump called Putin on Thursday.", Tense.PAST),
    ("He spoke on Thursday.", Tense.PAST),
    ("He will speak on Thursday.", Tense.FUTURE),
    ("I'll see you on Thursday.", Tense.FUTURE),
    ("They\u2019ll meet on Thursday.", Tense.FUTURE),
    ("The vote is scheduled for Thursday.", Tense.FUTURE),
    ("He is in Paris on Thursday.", Tense.PRESENT),
    ("Thursday.", Tense.UNKNOWN),
    ("He will go. They met on Thursday.", Tense.PAST),
    ("The vote will be held on Thursday.", Tense.FUTURE),
    ("The vote was held on Thursday.", Tense.PAST),
    ("The road will stay closed until Thursday.", Tense.FUTURE),
    ("The plan, approved on Thursday, will cost more.", Tense.PAST),
    ("On Thursday, the minister said it will cost more.", Tense.PAST),
]


@pytest.mark.parametrize(("text", "tense"), TENSES, ids=[t for t, _ in TENSES])
def test_tense_of_the_clause(text: str, tense: Tense) -> None:
    (mention,) = extract(text)
    assert mention.tense is tense


# --- Negative corpus: words that look like times but are not --------------------------------

NOT_TIMES = [
    "It may rain.",
    "May I ask a question?",
    "You may go, may you not?",
    "This is the second time we tried.",
    "It was a second attempt.",
    "He is a second-year student.",
    "The army launched 34 drones.",
    "Some 145 people were hurt.",
    "The plan costs $6 billion.",
    "Turnout reached 80 percent.",
    "About 1,500 troops left.",
    "Then they march on.",
    "Protesters march on the capital.",
    "Prices fall when supply rises.",
    "Rents fall, wages fall.",
    "Call 555-123-4567 or +1 (202) 555-0143.",
    "The score at 10:30 was close.",
    "A Q&A session followed.",
    "He had a spring in his step.",
    "The Mondayfest and Fridayish moods.",
    "Sundaes were sold.",
    "Marching bands played.",
    "Mayday calls were heard.",
    "The decision was a second-hand one.",
    "He had 24 seats, she had 20.",
    "Room 2024 is upstairs.",
    "Version 3.10 was released.",
    "The ratio is 7/11.",
    "On February 30 nothing happened.",
    "The form was dated 2024-02-31.",
    "April 31 is not on the calendar.",
]


@pytest.mark.parametrize("text", NOT_TIMES, ids=NOT_TIMES)
def test_things_that_are_not_times_yield_nothing(text: str) -> None:
    assert extract(text) == []


# --- Spans ----------------------------------------------------------------------------------


def _assert_spans(text: str, mentions: list[TimeMention]) -> None:
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end, "mentions overlap or are out of order"
        assert mention.text == mention.text.strip()
        previous_end = mention.end


def test_a_full_stop_after_a_month_name_stays_out_of_the_span() -> None:
    text = "They will vote in December. It rained in Nov."
    assert [m.text for m in extract(text)] == ["December", "Nov."]


def test_a_preposition_stays_out_of_the_span() -> None:
    text = "In 2024 they met in November, and on Mondays."
    assert [m.text for m in extract(text)] == ["2024", "November", "Mondays"]


@settings(max_examples=300, deadline=None)
@given(any_text())
def test_spans_slice_back_out_of_any_text(text: str) -> None:
    _assert_spans(text, extract(text))


@settings(max_examples=200, deadline=None)
@given(newsy_text(), newsy_text())
def test_a_prefix_ending_a_sentence_does_not_change_what_follows(head: str, tail: str) -> None:
    """Extraction is local: a finished paragraph before a text only shifts its spans."""
    prefix = head + "\n\n"
    alone = [(m.start, m.text, m.meaning, m.tense) for m in extract(tail)]
    after = [
        (m.start - len(prefix), m.text, m.meaning, m.tense)
        for m in extract(prefix + tail)
        if m.end > len(prefix)
    ]
    assert after == alone


# --- Linear time ----------------------------------------------------------------------------

HOSTILE = {
    "one-word": "word " * 200_000,
    "digits": "7" * 1_000_000,
    "may-may": "May " * 250_000,
    "punctuation": ".,;:!?-'\"()" * 90_910,
    "spaces": " " * 1_000_000,
    "numbers": "12 " * 333_333,
    "in-the-next": "in the next " * 83_333,
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_megabyte_of_hostile_text_is_extracted_in_seconds(text: str) -> None:
    started = time.perf_counter()
    extract(text)
    assert time.perf_counter() - started < 20


def test_many_mentions_are_extracted_in_linear_time() -> None:
    small, large = "He left on Monday. " * 2_000, "He left on Monday. " * 20_000
    started = time.perf_counter()
    assert len(extract(small)) == 2_000
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    assert len(extract(large)) == 20_000
    large_time = time.perf_counter() - started
    assert large_time < 30 * max(small_time, 0.01)
