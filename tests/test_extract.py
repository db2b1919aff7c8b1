"""Tests of extraction: every rule finds its own examples, things that are not times yield
nothing, spans slice back out of the text, and the rules stay linear on hostile input."""

from __future__ import annotations

import random
import re
import sys
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strategies import any_text, newsy_text

from timeline._patterns import (
    alternation,
    capitalised,
    caseless_alternation,
    first_characters,
    grouped_alternation,
)
from timeline.extract import (
    RULES,
    Anaphoric,
    CalendarDate,
    ClockTime,
    Containing,
    Deictic,
    Duration,
    Grain,
    Holiday,
    PeriodOfYear,
    Reference,
    ReportingPeriod,
    Rule,
    Shifted,
    Tense,
    TimeMention,
    WeekdayRef,
    _candidates,
    _names_something,
    clause_tense,
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


@settings(max_examples=300, deadline=None)
@given(newsy_text(), st.integers(0, 400), st.sampled_from(RULE_EXAMPLES))
def test_a_rule_searched_near_its_needed_words_finds_what_a_whole_search_finds(
    filler: str, gap: int, param: object
) -> None:
    """A rule with ``needs`` is searched only near those words: every match a search of the
    whole text finds must have one of them at hand, and the near search must find them all."""
    rule, example = param.values  # type: ignore[attr-defined]
    phrase = _example_span(example)[0]
    text = f"{filler}{'x ' * gap}{phrase}. {'y ' * gap}{filler}"
    whole = list(rule.pattern.finditer(text))
    for match in whole:
        around = text[max(0, match.start() - 20) : match.end() + 20].lower()
        assert not rule.needs or any(word in around for word in rule.needs)
    produced = {m.span() for m in whole if rule.produce(m) is not None}
    near = {(m.start, m.end) for m in _candidates(text) if m.rule == rule.name}
    assert near == produced - _named(text, rule)


def test_a_needed_phrase_wrapped_over_a_line_is_still_searched_near() -> None:
    text = "In the weeks leading\nup to the vote, he campaigned. " + "Filler. " * 40
    assert [m.text for m in extract(text)] == ["weeks"]


def _named(text: str, rule: Rule) -> set[tuple[int, int]]:
    """Matches that name something else ("Mondayfest"), which extraction skips."""
    return {
        m.span()
        for m in rule.pattern.finditer(text)
        if rule.name != "holiday" and _names_something(text, m.start(), m.end())
    }


def test_rule_names_are_unique_and_every_rule_has_examples() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples for rule in RULES)


def test_every_rule_defined_is_searched() -> None:
    module = sys.modules[Rule.__module__]
    defined = {v.name for v in vars(module).values() if isinstance(v, Rule)}
    assert defined == {rule.name for rule in RULES}


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
    ("third-quarter", PeriodOfYear(Grain.QUARTER, 3)),
    ("last year's third quarter", PeriodOfYear(Grain.QUARTER, 3, year_offset=-1)),
    ("the year-ago quarter", ReportingPeriod(Grain.QUARTER, 1)),
    ("the latest period", ReportingPeriod(None, 0)),
    ("the 1988 period", ReportingPeriod(None, year=1988)),
    ("the quarter a year ago", ReportingPeriod(Grain.QUARTER, 1)),
    ("the day after Christmas", Shifted(Holiday("christmas"), Grain.DAY, 1)),
    ("three days before Nov. 3", Shifted(CalendarDate(None, 11, 3), Grain.DAY, -3)),
    ("two weeks after Monday", Shifted(WeekdayRef(0), Grain.WEEK, 2)),
    ("the week of Nov. 18", Containing(CalendarDate(None, 11, 18), Grain.WEEK)),
    ("the corresponding period last year", ReportingPeriod(None, 1)),
    ("a year ago", Deictic(Grain.YEAR, -1, same_period=True)),
    ("a year earlier", Anaphoric(Grain.YEAR, -1, same_period=True)),
    ("last Thanksgiving", Holiday("thanksgiving", None, -1)),
    ("New Year\u2019s Eve", Holiday("new year's eve")),
    ("Monday, Oct. 26", CalendarDate(None, 10, 26, weekday=0)),
    ("nineteen ninety-six", CalendarDate(1996)),
    ("in recent years", Reference("PAST_REF")),
    ("that year", Anaphoric(Grain.YEAR, 0)),
    ("2 1/2 years", Duration(Grain.YEAR, 2.5)),
    ("the winter of nineteen ninety-four", PeriodOfYear(Grain.SEASON, "WI", 1994)),
    ("in the weeks before the vote", Duration(Grain.WEEK, None)),
    ("about two weeks", Duration(Grain.WEEK, 2)),
    ("the following spring", PeriodOfYear(Grain.SEASON, "SP", shift=1, anaphoric=True)),
    ("in that winter", PeriodOfYear(Grain.SEASON, "WI", shift=0, anaphoric=True)),
    ("the previous October", PeriodOfYear(Grain.MONTH, 10, shift=-1, anaphoric=True)),
    ("the next morning", ClockTime(Anaphoric(Grain.DAY, 1), part="MO")),
    ("on that same night", ClockTime(Anaphoric(Grain.DAY, 0), part="NI")),
    ("the evening of June 7", ClockTime(CalendarDate(None, 6, 7), part="EV")),
    ("49 BC", CalendarDate(-48)),
    ("2000 BC", CalendarDate(-1999)),
    ("FY99", CalendarDate(1999)),
    ("FY2024-25", CalendarDate(2025)),
    ("FY1999-00", CalendarDate(2000)),
    ("1 B.C.", CalendarDate(0)),
    ("AD 14", CalendarDate(14)),
    ("the 1100s", PeriodOfYear(Grain.CENTURY, 11)),
    ("the early 1900s", PeriodOfYear(Grain.CENTURY, 19)),
    ("the 2000s", PeriodOfYear(Grain.DECADE, 200)),
    ("5,000, a year before his death", Duration(Grain.YEAR, 1)),
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
    ("mid-October 2024", "mid-October 2024", "MID"),
    ("early-March 1900", "early-March 1900", "START"),
    ("mid-July last year", "mid-July last year", "MID"),
    ("early next month", "early next month", "START"),
    ("early Tuesday", "early Tuesday", "START"),
    ("late last Sunday", "late last Sunday", "END"),
    ("nearly three years", "nearly three years", "LESS_THAN"),
    ("more than 70 days", "more than 70 days", "MORE_THAN"),
    ("about a decade", "a decade", "APPROX"),
    ("around two weeks", "two weeks", "APPROX"),
    ("roughly 5 1/2 hours", "5 1/2 hours", "APPROX"),
    ("over three years", "three years", None),
    ("at least 30 days", "at least 30 days", "EQUAL_OR_MORE"),
    ("an hour or so", "an hour or so", "APPROX"),
    ("the next two years or so", "the next two years or so", "APPROX"),
    ("a week or so ago", "a week or so ago", "APPROX"),
    ("about 2:30 a.m.", "2:30 a.m.", "APPROX"),
    ("on or about March 3, 2021", "March 3, 2021", "APPROX"),
]


@pytest.mark.parametrize(("text", "span", "mod"), MODIFIERS, ids=[t for t, _, _ in MODIFIERS])
def test_modifier_is_part_of_the_span_and_recorded(text: str, span: str, mod: str) -> None:
    (mention,) = extract(f"It happened in {text}.")
    assert (mention.text, mention.mod) == (span, mod)


NEWS_SPANS = [
    ("The 2023/2024 season was long.", ["2024"]),
    ("Its third-quarter profit rose.", ["third-quarter"]),
    ("Profit rose in the nine months.", ["the nine months"]),
    ("Profit rose in the 30-day period.", ["30-day"]),
    ("It happened earlier this year.", ["earlier this year"]),
    ("It rose in the late 1970s.", ["the late 1970s"]),
    ("He said it in the past.", ["the past"]),
    ("Between 1994 and 1997 it grew.", ["1994", "1997"]),
    ("In July last year he left.", ["July last year"]),
    ("They met Earlier Friday.", ["Friday"]),
    ("They tried to get around Wednesday's ruling.", ["Wednesday"]),
    ("She was in Scotland on Sunday.", ["Sunday"]),
    ("It opened in the spring of the year after.", ["spring"]),
    ("He worked on Tuesday. Week after week he toiled.", ["Tuesday"]),
    ("He waited three years and 14 months.", ["three years", "14 months"]),
    ("He waited three months and two years.", ["three months", "two years"]),
    ("It took two years and almost six months.", ["two years", "almost six months"]),
    ("The drive takes 45 mins, the flight 3 hrs.", ["45 mins", "3 hrs"]),
    ("The Sunday Times reported it on Monday.", ["Monday"]),
    ("Royal Mail on Sunday said so.", ["Sunday"]),
    ("The vote is on the 15th \u2014 a Friday.", ["the 15th", "Friday"]),
    ("On Tuesday Business Secretary Jon Reynolds spoke.", ["Tuesday"]),
    ("Prices matched the winter of nineteen ninety-four.", ["the winter of nineteen ninety-four"]),
    ("It was built in the summer of 1994.", ["summer of 1994"]),
    ("The car was seen in the weeks before the shooting.", ["weeks"]),
    ("In the years that followed, they fought.", ["years"]),
    ("In the days leading up to the vote, he hid.", ["days"]),
    ("We don't minimize the challenges of the near term.", ["the near term"]),
    ("Stores close on Thanksgiving Day and Election Day.", ["Thanksgiving Day", "Election Day"]),
    ("This week, prices rose.", ["This week"]),
    ('"Today we act," he said.', ["Today"]),
    ("Talks ended. Now the army moves.", ["Now"]),
]


@pytest.mark.parametrize(("text", "spans"), NEWS_SPANS, ids=[t for t, _ in NEWS_SPANS])
def test_spans_follow_timeml_extents(text: str, spans: list[str]) -> None:
    assert [m.text for m in extract(text)] == spans


DEADLINES = [
    ("The offer was extended until Nov. 20.", True),
    ("The offer was extended to Nov. 20.", True),
    ("Shares are payable Dec. 7 to holders.", True),
    ("He set the Jan. 14 deadline.", True),
    ("It happened on Nov. 20.", False),
    ("The bill passed by 20 votes on Nov. 20.", False),
]


SINCE = [
    ("Police have searched for him since Oct. 23.", True),
    ("They hunted him ever since the Oct. 23 attack.", True),
    ("It has risen since shortly after Oct. 23.", True),
    ("It happened on Oct. 23.", False),
    ("Since then, on Oct. 23, it rose.", False),
]


@pytest.mark.parametrize(("text", "since"), SINCE, ids=[t for t, _ in SINCE])
def test_since_before_a_date_is_recorded(text: str, since: bool) -> None:
    (mention,) = [m for m in extract(text) if m.rule == "month-day-year"]
    assert mention.since is since


@pytest.mark.parametrize(("text", "deadline"), DEADLINES, ids=[t for t, _ in DEADLINES])
def test_deadline_words_around_a_date_are_recorded(text: str, deadline: bool) -> None:
    (mention,) = [m for m in extract(text) if m.rule == "month-day-year"]
    assert mention.deadline is deadline


# --- Tense of the clause --------------------------------------------------------------------

TENSES = [
    ("Trump called Putin on Thursday.", Tense.PAST),
    ("He spoke on Thursday.", Tense.PAST),
    ("He will speak on Thursday.", Tense.FUTURE),
    ("The firm said it expects to report results in mid-November.", Tense.FUTURE),
    ("She said she hopes to return on Friday.", Tense.FUTURE),
    ("I'll see you on Thursday.", Tense.FUTURE),
    ("They\u2019ll meet on Thursday.", Tense.FUTURE),
    ("The vote is scheduled for Thursday.", Tense.FUTURE),
    ("The storm is forecast to hit on Thursday.", Tense.FUTURE),
    ("Rates are likely to be cut on Thursday.", Tense.FUTURE),
    ("The bank is about to shed jobs on Thursday.", Tense.FUTURE),
    ("The storm hit on Thursday.", Tense.PAST),
    ("Home sales in May hit a record.", Tense.PAST),
    ("The trial opens on Thursday in Manhattan.", Tense.FUTURE),
    ("The budget is due on Thursday.", Tense.FUTURE),
    ("The new law takes effect on Thursday.", Tense.FUTURE),
    ("The sale ends on Thursday.", Tense.FUTURE),
    ("His visits on Thursday.", Tense.UNKNOWN),
    ("The returns on Thursday.", Tense.UNKNOWN),
    ("The exhibition officially opens on Thursday.", Tense.FUTURE),
    ("The plant closes down on Thursday.", Tense.FUTURE),
    ("The court WILL rule on Thursday.", Tense.FUTURE),
    ("He decided to go back on Thursday.", Tense.PAST),
    ("Voters did not go to the polls on Thursday.", Tense.PAST),
    ("Wall Street ends higher on Thursday.", Tense.UNKNOWN),
    ("Actor Will Smith on Thursday apologised.", Tense.PAST),
    ("The school has been closed until Thursday.", Tense.PRESENT),
    ("Parliament was prorogued on Thursday and will return.", Tense.PAST),
    ("Relief is not expected until Thursday.", Tense.PRESENT),
    ("Relief was not expected until Thursday.", Tense.PAST),
    ("He is in Paris on Thursday.", Tense.PRESENT),
    ("Thursday.", Tense.UNKNOWN),
    ("He will go. They met on Thursday.", Tense.PAST),
    ("The vote will be held on Thursday.", Tense.FUTURE),
    ("The vote was held on Thursday.", Tense.PAST),
    ("The road will stay closed until Thursday.", Tense.FUTURE),
    ("The plan, approved on Thursday, will cost more.", Tense.PAST),
    ("On Thursday, the minister said it will cost more.", Tense.PAST),
    ("It said it will redeem its preferred shares on Thursday.", Tense.FUTURE),
    ("It will be paid on an unspecified date, Thursday.", Tense.FUTURE),
    ("The offer was scheduled to expire Thursday.", Tense.FUTURE_IN_PAST),
    ("The offer had been due to expire Thursday.", Tense.FUTURE_IN_PAST),
    ("The offensive began as previously planned Thursday.", Tense.FUTURE_IN_PAST),
    ("They held a rally on Thursday and were planning to march.", Tense.FUTURE_IN_PAST),
    ("The firm said it earned $5.2 million on Thursday.", Tense.PAST),
    ("The vote has been set for Thursday.", Tense.FUTURE),
    ("They all resigned on Thursday.", Tense.PAST),
    ("Apple unveiled the phone on Thursday.", Tense.PAST),
    ("Officials met in the U.S. on Thursday.", Tense.PAST),
    ("The rebels fled. On Thursday.", Tense.UNKNOWN),
    ("Officials will\nmeet on Thursday.", Tense.FUTURE),
    ("Officials will go\n\nThursday.", Tense.UNKNOWN),
]


@pytest.mark.parametrize(("text", "tense"), TENSES, ids=[t for t, _ in TENSES])
def test_tense_of_the_clause(text: str, tense: Tense) -> None:
    (mention,) = extract(text)
    assert mention.tense is tense


@pytest.mark.parametrize(
    ("text", "tense", "firm"),
    [
        ("The vote may come as early as Thursday.", Tense.FUTURE, Tense.UNKNOWN),
        ("Storm to hit coast Thursday", Tense.FUTURE, Tense.UNKNOWN),
        ("He said the vote may come Thursday.", Tense.FUTURE, Tense.PAST),
        ("Critics worry that his eagerness to make a deal on Thursday hurts.", Tense.UNKNOWN,
         Tense.UNKNOWN),
    ],
)  # fmt: skip
def test_weak_cues_count_unless_only_firm_ones_are_asked(
    text: str, tense: Tense, firm: Tense
) -> None:
    """Modals and a headline's "to" give a time its tense; an event's status asks for firm
    cues only, as a modal makes it hypothetical rather than planned."""
    at = text.index("Thursday")
    assert clause_tense(text, at, at + 8) is tense
    assert clause_tense(text, at, at + 8, weak=False) is firm


# --- Negative corpus: words that look like times but are not --------------------------------

NOT_TIMES = [
    "The homer came in the bottom of the 9th, and the lift went up to the 15th, where it stopped.",
    "It was found in 150,000 homes, a factor in 250,000 to 500,000 deaths; he completed the "
    "rounds in 272, a record; stocks rose until 450, when they fell, and in 100 and 200 seats.",
    "Forecasters warn that April, usually wet, could be dry.",
    "He said that April was cruel, and that April, May and June were dry.",
    "He lives on the 15th floor and marked the 15th anniversary on the 3rd of 5 tries.",
    "It may rain.",
    "Officials said that winter storms hit.",
    "The shop is open 24/7 and 3/4 of staff agree.",
    "The ratio was 10/20/30 and 99.12.15 failed.",
    "Codes 2024/13/05, 2024/00/05 and 2024/11/0 are invalid.",
    "Install version 1.2.2024, v1.2.2024 or build 11/08/2024 from 10.1.2.2024.",
    "They phoned each other day and night.",
    "The Sun reported it. Sat down. Wed at last. Mon ami. Tue.",
    "The march is known as Bloody Sunday; Black Monday wiped out gains.",
    "Days are long and weeks fly. It takes hours ago. Shares rose after hours.",
    "Norway topped the table at the Winter Olympics and the Summer Games in Winter Park.",
    "John 3:16 says it. The score was 14:05 at half-time. It costs $3.50 pm.",
    "John 3:16 and 14:05 verses. The clerk took minutes.",
    "Tourism to Easter Island and Christmas Island grew. She read A Christmas Carol.",
    "The Sunday school met in his Sunday best; Christmas cards and the Easter Rising.",
    "Mix it at a ratio of 1:30. He ran the mile in 3:59. Read Acts 2:38 at 7.45 per cent.",
    "Officials said that morning traffic was heavy.",
    "Washington, D.C. 1200 people marched under 42 U.S.C. 1983.",
    "Flight H7 and gate Q9 closed; FYI, fy2024 is lower case.",
    "The ad ran for 49 cents. BC Hydro and the AD team won.",
    "He said that May was cold.",
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
    "The score was 10:30 at the break.",
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
    "He previously served as mayor.",
    "The future of the party is unclear.",
    "A 44-year-old man and a six-year-old boy were held.",
    "The 52 years old man left.",
    "Iraq imports three-quarters of its food.",
    "Its quarterly dividend rose.",
    "He paid $1990 for it.",
    "Only 1500 people came.",
    "Windows 98 and Boeing 2000 are products.",
    "It was the man of the year.",
    "He had a merry christmas tree.",
    # A common time word with a capital inside a sentence is a title, and a unit before a
    # hyphen and a word is part of a compound.
    'Baker spoke on ABC\'s "This Week" program.',
    "He appeared on CBS's 60 Minutes program.",
    "They watched the film High Noon again.",
    "This is VOA Today.",
    "The quarter-to-quarter comparison was weak.",
    "He spent days before leaving.",
    "Or so he said.",
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
@example(head="", tail="$ $ April1990s 1996 ")  # a sentence start seen more than 4 marks back
@example(head="$ May ", tail="$ $ 'llexpected to 1990s ")  # no word before across a break
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


# --- Pre-filters: the quick checks in front of each rule change nothing -----------------------

_SKIP = re.compile(r"\(\?=(?:\(\?-i:\[(?:[^\]\\]|\\.)*\]\)|\\w)\)")


def _without_skip(rule: Rule) -> re.Pattern[str]:
    """The rule's pattern without the lookahead for its first characters."""
    skip = _SKIP.match(rule.pattern.pattern)
    assert skip is not None, rule.pattern.pattern
    return re.compile(rule.pattern.pattern[skip.end() :], rule.pattern.flags)


@settings(max_examples=150, deadline=None)
@given(newsy_text())
def test_the_first_character_lookahead_finds_the_same_matches(text: str) -> None:
    for rule in RULES:
        fast = [m.span() for m in rule.pattern.finditer(text)]
        assert fast == [m.span() for m in _without_skip(rule).finditer(text)], rule.name


@settings(max_examples=150, deadline=None)
@given(newsy_text())
def test_a_rule_matches_only_texts_holding_one_of_its_needed_words(text: str) -> None:
    lower = text.lower()
    for rule in RULES:
        if rule.needs and rule.pattern.search(text):
            assert any(word in lower for word in rule.needs), rule.name


#: Letters that case-insensitive matching takes for ASCII ones, and the letters they stand for.
_LOOKALIKES = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "K": "\u212a"}


@settings(max_examples=150, deadline=None)
@given(newsy_text(), st.randoms(use_true_random=False))
@example("a few days, the first quarter, five days ago, Sunday, IN 410", None)
def test_lookalike_letters_are_read_as_the_letters_they_stand_for(
    text: str, rnd: random.Random | None
) -> None:
    """The long s, the dotted and dotless i and the Kelvin sign are read as s, i, I and K (an
    old print's "dayſ" crashed a table lookup), and the words reported are the text's own."""
    odd = "".join(
        _LOOKALIKES[c] if c in _LOOKALIKES and (rnd is None or rnd.random() < 0.5) else c
        for c in text
    )
    found = extract(odd)
    assert [(m.start, m.end, m.meaning) for m in found] == [
        (m.start, m.end, m.meaning) for m in extract(text)
    ]
    assert all(m.text == odd[m.start : m.end] for m in found)


def test_capitalised_names_match_only_with_a_capital() -> None:
    pattern = re.compile(r"\b(?:" + capitalised(["may", "new year's day"]) + r")\b", re.I)
    text = "may May MAY new year's day New Year\u2019s Day"
    assert [m.group() for m in pattern.finditer(text)] == ["May", "MAY", "New Year\u2019s Day"]


_PHRASE = (
    st.lists(st.text("aAbBtT' -", min_size=1, max_size=5), min_size=1, max_size=3)
    .map(" ".join)
    .filter(lambda phrase: phrase.strip() == phrase and phrase.split() == phrase.split(" "))
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=8), st.text("aAbBtT' -\u2019\n", max_size=40))
@example(["a", "a few", "at", "'t"], "A Few at 't")
def test_a_caseless_alternation_matches_what_the_plain_one_matches(
    phrases: list[str], text: str
) -> None:
    """Grouping the phrases by first letter is only for speed: a case-insensitive search
    finds the same matches, at the same places, as with the phrases in one list."""
    plain = re.compile(r"(?:" + alternation(phrases) + r")", re.IGNORECASE)
    grouped = re.compile(r"(?:" + caseless_alternation(phrases) + r")", re.IGNORECASE)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASE.map(str.lower), min_size=1, max_size=8), st.text("abt' -\n", max_size=40))
@example(["a", "a few", "at", "'t"], "a few at 't")
def test_a_grouped_alternation_with_its_guard_matches_what_a_lookbehind_first_matches(
    phrases: list[str], text: str
) -> None:
    """Grouping lower-case phrases by first character, with the word-start check after it,
    is only for speed: the matches are those of the phrases in one list after the check."""
    plain = re.compile(r"(?<![\w'])(?:" + alternation(phrases) + r")")
    grouped = re.compile(r"(?:" + grouped_alternation(phrases, r"\s+", r"(?<![\w'].)") + r")")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_caseless_alternation_takes_either_apostrophe_after_the_first_letter() -> None:
    pattern = re.compile(caseless_alternation(["year's end", "'tis"]), re.IGNORECASE)
    found = [m.group() for m in pattern.finditer("Year\u2019s End, year's end, \u2019tis")]
    assert found == ["Year\u2019s End", "year's end", "\u2019tis"]


def test_a_caseless_alternation_writes_each_first_letter_as_an_exact_class() -> None:
    assert caseless_alternation(["two", "three", "Ten", "'ll"], r"\s") == (
        "(?-i:[Tt])(?:hree|en|wo)|['\u2019]ll"
    )


def test_first_characters_of_patterns() -> None:
    assert first_characters(r"(?:the\s)?(?:[0-9]|Q)", re.I) == frozenset("0123456789tTqQ")
    assert first_characters(r"[A-Z]+", 0) is not None
    assert first_characters(r"\w+", 0) is None
    assert first_characters(r"a?", 0) is None


# --- Linear time ----------------------------------------------------------------------------

HOSTILE = {
    "one-word": "word " * 200_000,
    "digits": "7" * 1_000_000,
    "may-may": "May " * 250_000,
    "punctuation": ".,;:!?-'\"()" * 90_910,
    "spaces": " " * 1_000_000,
    "numbers": "12 " * 333_333,
    "in-the-next": "in the next " * 83_333,
    "one-long-token": "On Monday it fell. " + "a.b" * 300_000,
    "iso-timestamps": "2024-11-06T14:30:00.123456789+01" * 30_000,
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
