"""Tests of resolution: a corpus of phrasings per expected value under a fixed publication
date (Duckling style), texts without a publication date, narratives, and properties that
hold for any publication date the calendar has."""

from __future__ import annotations

import datetime as dt
import re
import time

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    any_text,
    dates,
    edge_dates,
    inner_dates,
    month_days,
    weekday_names,
)

from timeline.extract import CalendarDate, Deictic, Grain, Tense, WeekdayRef
from timeline.resolve import Context, Direction, TimeExpression, extract_times, resolve

#: A Monday; the Thursday before it is 2024-11-07.
PUBLISHED = dt.date(2024, 11, 11)


@attrs.frozen
class Expected:
    """One expected resolution: TIMEX3 value and type, inclusive interval, modifier."""

    value: str
    type: str = "DATE"
    interval: tuple[str, str] | None = None
    mod: str | None = None
    published: dt.date | None = PUBLISHED

    @classmethod
    def day(cls, iso: str, **kw: object) -> Expected:
        return cls(iso, interval=(iso, iso), **kw)  # type: ignore[arg-type]


def _d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# --- Corpus: one value, many phrasings (sentence, span) -------------------------------------

CORPUS: list[tuple[Expected, list[tuple[str, str]]]] = [
    (Expected.day("2024-11-07"), [
        ("It happened on November 7, 2024.", "November 7, 2024"),
        ("It happened on Nov. 7, 2024.", "Nov. 7, 2024"),
        ("The summit opened on 7 November 2024.", "7 November 2024"),
        ("The report is dated 2024-11-07.", "2024-11-07"),
        ("They met on Thursday, Nov. 7.", "Thursday, Nov. 7"),
        ("Officials met on Thursday, November 7, 2024, in Geneva.", "Thursday, November 7, 2024"),
        ("Trump called Putin on Thursday.", "Thursday"),
        ("Talks ended Thursday, after hours of debate.", "Thursday"),
        ("He spoke last Thursday.", "last Thursday"),
        ("On Nov 7 the talks collapsed.", "Nov 7"),
        ("The 7th of November was chosen.", "The 7th of November"),
        ("It happened on 7 Nov. 2024.", "7 Nov. 2024"),
        ("Four days ago, the talks collapsed.", "Four days ago"),
    ]),
    (Expected.day("2025-01-20"), [
        ("Trump will take office on January 20.", "January 20"),
        ("He will be sworn in on Jan. 20.", "Jan. 20"),
        ("He is due to be sworn in on January 20.", "January 20"),
        ("The inauguration is scheduled for Jan 20.", "Jan 20"),
        ("I'll be there on January 20th.", "January 20th"),
        ("He will take office on Monday, January 20.", "Monday, January 20"),
        ("He was inaugurated on January 20, 2025.", "January 20, 2025"),
    ]),
    (Expected("2024-11-10TNI", "TIME", ("2024-11-10", "2024-11-10")), [
        ("Last night, rockets hit the city.", "Last night"),
        ("Rockets hit the city on Sunday night.", "Sunday night"),
        ("Rockets hit the city yesterday night.", "yesterday night"),
    ]),
    (Expected("0024", interval=("0024-01-01", "0024-12-31")), [
        ("The road was built 2,000 years ago.", "2,000 years ago"),
    ]),
    (Expected.day("2024-11-14"), [
        ("The vote will be held on Thursday.", "Thursday"),
        ("The vote, which was delayed, will be held on Thursday.", "Thursday"),
    ]),
    (Expected.day("2024-11-10"), [
        ("It rained yesterday.", "yesterday"),
        ("It rained on Sunday.", "Sunday"),
        ("He left a day ago.", "a day ago"),
        ("Voting ended on Nov. 10.", "Nov. 10"),
    ]),
    (Expected("2024-W45", interval=("2024-11-04", "2024-11-10")), [
        ("Sales fell last week.", "last week"),
        ("Last week, they met.", "Last week"),
        ("During the past week they met.", "the past week"),
        ("He was in Paris the previous week.", "the previous week"),
        ("He left a week ago.", "a week ago"),
    ]),
    (Expected("2024-W45-WE", interval=("2024-11-09", "2024-11-10")), [
        ("They met over the weekend.", "the weekend"),
        ("Over the weekend, the rebels advanced.", "the weekend"),
        ("What happened last weekend?", "last weekend"),
        ("They rested at the weekend.", "the weekend"),
    ]),
    (Expected("2024-12", interval=("2024-12-01", "2024-12-31")), [
        ("Prices will rise next month.", "next month"),
        ("Next month will be busy.", "Next month"),
        ("In December, they will vote.", "December"),
        ("The vote will happen in December.", "December"),
    ]),
    (Expected("2024", interval=("2024-01-01", "2024-12-31")), [
        ("This year has been hard.", "This year"),
        ("Growth slowed this year.", "this year"),
        ("In 2024, growth slowed.", "2024"),
        ("Profits in fiscal 2024 rose.", "fiscal 2024"),
        ("The current year was hard.", "The current year"),
    ]),
    (Expected("P70D", "DURATION", ("2024-11-11", "2025-01-19")), [
        ("The team will work over the next 70 days.", "the next 70 days"),
        ("In the next seventy days he will decide.", "the next seventy days"),
        ("Over the coming 70 days, he will build a team.", "the coming 70 days"),
    ]),
    (Expected("P3Y", "DURATION", mod="LESS_THAN"), [
        ("The war has lasted nearly three years.", "nearly three years"),
        ("It raged for almost three years.", "almost three years"),
        ("It took nearly 3 years.", "nearly 3 years"),
        ("It took just under three years.", "just under three years"),
    ]),
    (Expected.day("2024-12-20"), [
        ("It closed on December 20th 2024.", "December 20th 2024"),
        ("It closed on the 20th of December, 2024.", "the 20th of December, 2024"),
        ("It closed on Dec. 20, 2024.", "Dec. 20, 2024"),
        ("It closed on 20 December 2024.", "20 December 2024"),
    ]),
    (Expected("2024-Q3", interval=("2024-07-01", "2024-09-30")), [
        ("Profits rose in the third quarter of 2024.", "the third quarter of 2024"),
        ("In Q3 2024 sales rose.", "Q3 2024"),
        ("Sales rose in the 3rd quarter of 2024.", "the 3rd quarter of 2024"),
        ("Sales rose in the third quarter.", "the third quarter"),
    ]),
    (Expected("199X", interval=("1990-01-01", "1999-12-31")), [
        ("It was popular in the 1990s.", "the 1990s"),
        ("In the 1990's it grew.", "the 1990's"),
        ("He loves 1990s music.", "1990s"),
    ]),
    (Expected("XXXX-WXX-1", "SET"), [
        ("The market opens every Monday.", "every Monday"),
        ("Each Monday they meet.", "Each Monday"),
        ("They meet on Mondays.", "Mondays"),
    ]),
    (Expected("P1D", "SET"), [
        ("The paper is printed daily.", "daily"),
        ("They meet every day.", "every day"),
        ("They meet each day.", "each day"),
    ]),
    (Expected("PRESENT_REF"), [
        ("He is now in charge.", "now"),
        ("Currently, prices are high.", "Currently"),
        ("Right now it is calm.", "Right now"),
        ("At present the road is shut.", "At present"),
    ]),
    (Expected("PAST_REF"), [
        ("She recently resigned.", "recently"),
        ("Lately, he has been quiet.", "Lately"),
        ("He previously served as mayor.", "previously"),
    ]),
    (Expected("2024-11-07TMO", "TIME", ("2024-11-07", "2024-11-07")), [
        ("He arrived Thursday morning.", "Thursday morning"),
        ("On Thursday morning he left.", "Thursday morning"),
    ]),
    (Expected("2024-11-08T15:00", "TIME", ("2024-11-08", "2024-11-08")), [
        ("The vote was held at 3 p.m. Friday.", "3 p.m. Friday"),
        ("The vote was held at 3pm on Friday.", "3pm on Friday"),
        ("They voted Friday at 3 p.m.", "Friday at 3 p.m."),
        ("They voted at 3:00 p.m. Friday.", "3:00 p.m. Friday"),
        ("They voted at 15:00 GMT Friday.", "15:00 GMT Friday"),
    ]),
    (Expected("21XX", interval=("2100-01-01", "2199-12-31")), [
        ("Next century it ends.", "Next century"),
    ]),
    (Expected("2024-W44", interval=("2024-10-28", "2024-11-03")), [
        ("He left two weeks ago.", "two weeks ago"),
        ("He left 2 weeks ago.", "2 weeks ago"),
    ]),
    (Expected("2024-11", interval=("2024-11-01", "2024-11-30"), mod="START"), [
        ("Sales slowed in early November.", "early November"),
        ("Sales slowed at the beginning of November.", "the beginning of November"),
        ("Sales slowed in early-November.", "early-November"),
    ]),
    (Expected("2024-11", interval=("2024-11-01", "2024-11-30"), mod="MID"), [
        ("Sales slowed in mid-November.", "mid-November"),
        ("Sales slowed in the middle of November.", "the middle of November"),
    ]),
    (Expected("2024", interval=("2024-01-01", "2024-12-31"), mod="END"), [
        ("Sales slowed in late 2024.", "late 2024"),
        ("Sales slowed at the end of 2024.", "the end of 2024"),
    ]),
    (Expected("2024-SP", interval=("2024-03-01", "2024-05-31")), [
        ("It was built last spring.", "last spring"),
        ("It was built in spring 2024.", "spring 2024"),
        ("It was built in the spring of 2024.", "spring of 2024"),
    ]),
    (Expected("2025-SP", interval=("2025-03-01", "2025-05-31")), [
        ("The ban will last until spring.", "spring"),
        ("It will stay closed until spring.", "spring"),
        ("The bridge will reopen next spring.", "next spring"),
    ]),
    # Year edges and the reference day itself.
    (Expected.day("2024-12-30", published=_d("2025-01-02")), [
        ("The deal was signed on December 30.", "December 30"),
        ("The deal was signed on Monday.", "Monday"),
        ("The deal was signed on 30 December.", "30 December"),
    ]),
    (Expected("2024-W52", interval=("2024-12-23", "2024-12-29"), published=_d("2025-01-02")), [
        ("Sales fell last week.", "last week"),
    ]),
    (Expected("2025-W01", interval=("2024-12-30", "2025-01-05"), published=_d("2025-01-02")), [
        ("Sales fell this week.", "this week"),
    ]),
    (Expected("2020-W53", interval=("2020-12-28", "2021-01-03"), published=_d("2021-01-04")), [
        ("Sales fell last week.", "last week"),
    ]),
    (Expected("2024", interval=("2024-01-01", "2024-12-31"), published=_d("2025-01-02")), [
        ("Sales fell last year.", "last year"),
    ]),
    (Expected.day("2024-11-11"), [
        ("He resigned on Monday.", "Monday"),
        ("He resigned today.", "today"),
        ("He will resign on Monday.", "Monday"),
    ]),
    (Expected.day("2024-11-12"), [
        ("He will resign next Tuesday.", "next Tuesday"),
        ("He will resign tomorrow.", "tomorrow"),
        ("He will resign on Tuesday.", "Tuesday"),
    ]),
    (Expected.day("2024-11-04"), [
        ("He resigned last Monday.", "last Monday"),
        ("He resigned on Nov. 4.", "Nov. 4"),
    ]),
    # No publication date: relative expressions keep their X's, absolute ones resolve.
    (Expected("XXXX-WXX-4", published=None), [
        ("Trump called Putin on Thursday.", "Thursday"),
        ("He spoke last Thursday.", "last Thursday"),
    ]),
    (Expected("XXXX-01-20", published=None), [
        ("He will take office on January 20.", "January 20"),
    ]),
    (Expected("XXXX-XX-XX", published=None), [
        ("It rained yesterday.", "yesterday"),
    ]),
    (Expected("XXXX-WXX", published=None), [
        ("Sales fell last week.", "last week"),
    ]),
    (Expected("XXXX", published=None), [
        ("Next century it ends.", "Next century"),
    ]),
    (Expected.day("2024-11-07", published=None), [
        ("It happened on November 7, 2024.", "November 7, 2024"),
    ]),
    (Expected("2024-Q3", interval=("2024-07-01", "2024-09-30"), published=None), [
        ("Profits rose in the third quarter of 2024.", "the third quarter of 2024"),
    ]),
]  # fmt: skip


def _corpus_params() -> list[object]:
    params = []
    for expected, phrasings in CORPUS:
        for sentence, span in phrasings:
            case_id = f"{expected.value}@{expected.published}:{sentence}"
            params.append(pytest.param(expected, sentence, span, id=case_id))
    return params


def _as_expected(found: TimeExpression) -> tuple[str, str, tuple[str, str] | None, str | None]:
    interval = (
        (found.interval[0].isoformat(), found.interval[1].isoformat()) if found.interval else None
    )
    return (found.value, found.type, interval, found.mod)


@pytest.mark.parametrize(("expected", "sentence", "span"), _corpus_params())
def test_corpus(expected: Expected, sentence: str, span: str) -> None:
    found = extract_times(sentence, expected.published)
    assert [f.text for f in found] == [span]
    (only,) = found
    assert sentence[only.start : only.end] == span
    assert _as_expected(only) == (expected.value, expected.type, expected.interval, expected.mod)


# --- Sequences: anaphora and narratives ------------------------------------------------------

SEQUENCES = [
    pytest.param(
        "The ceasefire began on October 1, 2024. Three days later it collapsed.", PUBLISHED, "news",
        [("October 1, 2024", "2024-10-01"), ("Three days later", "2024-10-04")],
        id="news-days-later",
    ),
    pytest.param(
        "Talks opened on Nov. 4. The following day they stalled.", PUBLISHED, "news",
        [("Nov. 4", "2024-11-04"), ("The following day", "2024-11-05")],
        id="news-following-day",
    ),
    pytest.param(
        "Talks opened on Nov. 4. The following Thursday they stalled.", PUBLISHED, "news",
        [("Nov. 4", "2024-11-04"), ("The following Thursday", "2024-11-07")],
        id="news-following-weekday",
    ),
    pytest.param(
        "The strike began in 2023. The following year it ended.", PUBLISHED, "news",
        [("2023", "2023"), ("The following year", "2024")],
        id="news-following-year",
    ),
    pytest.param(
        "The plan, announced on Nov. 7, will take effect on Dec. 1.", PUBLISHED, "news",
        [("Nov. 7", "2024-11-07"), ("Dec. 1", "2024-12-01")],
        id="news-tense-per-phrase",
    ),
    pytest.param(
        "It rained yesterday. The day before, it snowed.", PUBLISHED, "news",
        [("yesterday", "2024-11-10"), ("The day before", "2024-11-09")],
        id="news-day-before-deictic",
    ),
    pytest.param(
        "On March 3, 1941 the troops left. Two days later they reached the river. "
        "The following Tuesday they crossed it. The next day they rested.", None, "narrative",
        [("March 3, 1941", "1941-03-03"), ("Two days later", "1941-03-05"),
         ("The following Tuesday", "1941-03-11"), ("The next day", "1941-03-12")],
        id="narrative-follows-last-date",
    ),
    pytest.param(
        "On March 3, 1941 the troops left. On Thursday they reached the river. "
        "In May they rested.", None, "narrative",
        [("March 3, 1941", "1941-03-03"), ("Thursday", "1941-03-06"), ("May", "1941-05")],
        id="narrative-moves-forward",
    ),
    pytest.param(
        "The troops left on Thursday. On March 3, 1941 they rested.", PUBLISHED, "narrative",
        [("Thursday", "XXXX-WXX-4"), ("March 3, 1941", "1941-03-03")],
        id="narrative-ignores-publication",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "kind", "expected"), SEQUENCES)
def test_sequences(
    text: str, published: dt.date | None, kind: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_times(text, published, kind)  # type: ignore[arg-type]
    assert [(f.text, f.value) for f in found] == expected


def test_anaphora_records_the_date_it_counted_from() -> None:
    found = extract_times("The talks began on Oct. 1, 2024. Three days later they broke.", None)
    assert [f.anchor for f in found] == [None, dt.date(2024, 10, 1)]


def test_a_datetime_counts_by_its_calendar_date() -> None:
    moment = dt.datetime(2024, 11, 11, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-11)))
    assert extract_times("It rained yesterday.", moment)[0].value == "2024-11-10"


def test_unknown_document_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        extract_times("yesterday", PUBLISHED, "blog")  # type: ignore[arg-type]


# --- The pure resolver ----------------------------------------------------------------------


def test_an_explicit_direction_beats_the_tense() -> None:
    thursday = WeekdayRef(3)
    past = Context(PUBLISHED, Tense.FUTURE, direction=Direction.PAST)
    future = Context(PUBLISHED, Tense.PAST, direction=Direction.FUTURE)
    assert resolve(thursday, past).value == "2024-11-07"
    assert resolve(thursday, future).value == "2024-11-14"


def test_resolve_is_pure() -> None:
    context = Context(PUBLISHED, Tense.PAST)
    meaning = CalendarDate(None, 12, 30)
    assert resolve(meaning, context) == resolve(meaning, context)


def test_an_impossible_date_comes_back_unresolved() -> None:
    value = resolve(CalendarDate(2023, 2, 29), Context(PUBLISHED))
    assert value.interval is None


# --- Properties -----------------------------------------------------------------------------

_YEARISH = r"(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX|XXXX)"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12][0-9]|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)"
_DATE_VALUE = (
    _YEARISH + r"(?:-" + _MONTH + r"(?:-" + _DAY + r")?"
    r"|-W" + _WEEK + r"(?:-[1-7]|-WE)?"
    r"|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12])?"
)
_TIME_SUFFIX = r"T(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|MO|AF|EV|NI)"
_AMOUNT = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
#: The TIMEX3 values this library writes.
TIMEX3_VALUE = re.compile(
    r"(?:" + _DATE_VALUE + r"(?:" + _TIME_SUFFIX + r")?"
    r"|P" + _AMOUNT + r"(?:Y|M|W|D|Q|DE|CE)"
    r"|PT" + _AMOUNT + r"[HMS]"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)"
)


@pytest.mark.parametrize(
    "value",
    ["2024", "2024-11", "2024-11-07", "2024-W45", "2024-W45-WE", "XXXX-WXX-4", "2024-SP",
     "2024-Q3", "2024-H1", "199X", "19XX", "2024-11-07T15:00", "2024-11-07TMO", "P70D", "PXY",
     "P1.5Y", "PT3H", "PRESENT_REF", "XXXX-XX-XXTNI", "XXXX-01-20", "P1DE"],
)  # fmt: skip
def test_the_value_grammar_accepts_timex3_values(value: str) -> None:
    assert TIMEX3_VALUE.fullmatch(value)


@pytest.mark.parametrize("value", ["2024-13", "2024-W45-8", "P", "next week", "2024-11-7", ""])
def test_the_value_grammar_rejects_other_strings(value: str) -> None:
    assert not TIMEX3_VALUE.fullmatch(value)


def _one(text: str, published: dt.date) -> TimeExpression:
    found = extract_times(text, published)
    assert len(found) == 1, found
    return found[0]


def _day(found: TimeExpression) -> dt.date:
    assert found.interval is not None and found.interval[0] == found.interval[1], found
    return found.interval[0]


@settings(max_examples=300)
@given(inner_dates(), weekday_names())
def test_last_weekday_is_one_to_seven_days_before(published: dt.date, weekday: str) -> None:
    day = _day(_one(f"They met last {weekday}.", published))
    assert day.strftime("%A") == weekday
    assert 1 <= (published - day).days <= 7


@settings(max_examples=300)
@given(inner_dates(), weekday_names())
def test_next_weekday_is_one_to_seven_days_after(published: dt.date, weekday: str) -> None:
    day = _day(_one(f"They will meet next {weekday}.", published))
    assert day.strftime("%A") == weekday
    assert 1 <= (day - published).days <= 7


@settings(max_examples=300)
@given(inner_dates(), weekday_names())
def test_bare_weekday_in_the_past_tense_is_within_the_last_week(
    published: dt.date, weekday: str
) -> None:
    day = _day(_one(f"Officials said on {weekday} that talks failed.", published))
    assert day.strftime("%A") == weekday
    assert 0 <= (published - day).days <= 6


@settings(max_examples=300)
@given(inner_dates(), weekday_names())
def test_bare_weekday_in_the_future_tense_is_within_the_next_week(
    published: dt.date, weekday: str
) -> None:
    day = _day(_one(f"Officials will meet on {weekday}.", published))
    assert day.strftime("%A") == weekday
    assert 0 <= (day - published).days <= 6


@settings(max_examples=400)
@given(inner_dates(), month_days())
def test_month_day_in_the_past_tense_is_on_or_before(
    published: dt.date, month_day: tuple[int, int]
) -> None:
    month, day_of_month = month_day
    found = _one(f"The deal was signed on {MONTH_NAMES[month - 1]} {day_of_month}.", published)
    day = _day(found)
    assert (day.month, day.day) == month_day
    limit = 366 if month_day != (2, 29) else 8 * 366
    assert 0 <= (published - day).days < limit


@settings(max_examples=400)
@given(inner_dates(), month_days())
def test_month_day_in_the_future_tense_is_on_or_after(
    published: dt.date, month_day: tuple[int, int]
) -> None:
    month, day_of_month = month_day
    found = _one(f"The deal will be signed on {MONTH_NAMES[month - 1]} {day_of_month}.", published)
    day = _day(found)
    assert (day.month, day.day) == month_day
    limit = 366 if month_day != (2, 29) else 8 * 366
    assert 0 <= (day - published).days < limit


@settings(max_examples=300)
@given(inner_dates())
def test_yesterday_is_the_day_before(published: dt.date) -> None:
    assert _day(_one("It rained yesterday.", published)) == published - dt.timedelta(days=1)


@settings(max_examples=300)
@given(inner_dates())
def test_last_week_is_the_iso_week_before(published: dt.date) -> None:
    found = _one("Sales fell last week.", published)
    assert found.interval is not None
    monday, sunday = found.interval
    assert monday.weekday() == 0 and (sunday - monday).days == 6
    assert monday <= published - dt.timedelta(days=7) <= sunday
    year, week, _ = monday.isocalendar()
    assert found.value == f"{year:04d}-W{week:02d}"


@settings(max_examples=300)
@given(inner_dates())
def test_weekend_in_the_past_tense_is_the_last_one_started(published: dt.date) -> None:
    found = _one("They met over the weekend.", published)
    assert found.interval is not None
    saturday, sunday = found.interval
    assert saturday.weekday() == 5 and sunday == saturday + dt.timedelta(days=1)
    assert 0 <= (published - saturday).days <= 6
    year, week, _ = saturday.isocalendar()
    assert found.value == f"{year:04d}-W{week:02d}-WE"


@settings(max_examples=200)
@given(inner_dates(), st.integers(1, 400))
def test_the_next_n_days_start_on_the_reference_day(published: dt.date, count: int) -> None:
    found = _one(f"It will last over the next {count} days.", published)
    assert found.value == f"P{count}D"
    assert found.interval == (published, published + dt.timedelta(days=count - 1))


_PHRASES = (
    "It happened on Thursday.", "They will meet next month.", "Sales fell last week.",
    "It rained yesterday.", "The vote will happen in December.", "It was built last spring.",
    "The ban will last until spring.", "It grew in the third quarter.", "It closed on Dec. 30.",
    "They met over the weekend.", "He left two weeks ago.", "It will last the next 3 years.",
    "He arrived Thursday morning at 9 a.m.", "Three days later it ended.", "It fell this year.",
    "In the 1990s it grew.", "It rose in 2024.", "He spoke last Monday at noon.",
    "Three decades ago it began.", "Next century it ends.", "Next quarter it ends.",
    "For several hours they met.", "It ran for 1.5 years.", "They meet every evening.",
)  # fmt: skip


@settings(max_examples=300)
@given(dates(), st.sampled_from(_PHRASES))
def test_every_value_matches_the_timex3_grammar(published: dt.date, phrase: str) -> None:
    for found in extract_times(phrase, published):
        assert TIMEX3_VALUE.fullmatch(found.value), found


@settings(max_examples=300, deadline=None)
@given(any_text(), st.one_of(st.none(), dates()), st.sampled_from(["news", "narrative"]))
def test_any_text_resolves_without_error_and_slices_back(
    text: str, published: dt.date | None, kind: str
) -> None:
    for found in extract_times(text, published, kind):  # type: ignore[arg-type]
        assert text[found.start : found.end] == found.text
        assert TIMEX3_VALUE.fullmatch(found.value), found
        if found.interval is not None:
            assert found.interval[0] <= found.interval[1]


@settings(max_examples=200)
@given(edge_dates(), st.sampled_from(_PHRASES))
def test_the_ends_of_the_calendar_never_raise(published: dt.date, phrase: str) -> None:
    for found in extract_times(phrase, published):
        assert TIMEX3_VALUE.fullmatch(found.value), found


@settings(max_examples=100)
@given(inner_dates(), st.sampled_from([Tense.PAST, Tense.FUTURE, Tense.UNKNOWN]))
def test_deictic_and_weekday_meanings_carry_their_anchor(published: dt.date, tense: Tense) -> None:
    for meaning in (WeekdayRef(2), Deictic(Grain.WEEK, -1), CalendarDate(None, 3, 1)):
        assert resolve(meaning, Context(published, tense)).anchor == published


# --- Independence from the machine ----------------------------------------------------------

_CLOCK_TEXT = (
    "Trump called Putin on Thursday. He will take office on January 20. It rained yesterday, "
    "and sales fell last week. Over the next 70 days he will build a team. At 3 p.m. Friday "
    "they voted. The talks, which began in early November, ended two weeks ago."
)


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "Etc/GMT+12", "America/St_Johns"])
def test_results_do_not_depend_on_the_time_zone(monkeypatch: pytest.MonkeyPatch, zone: str) -> None:
    expected = extract_times(_CLOCK_TEXT, PUBLISHED)
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        assert extract_times(_CLOCK_TEXT, PUBLISHED) == expected
        assert extract_times(_CLOCK_TEXT, None) == extract_times(_CLOCK_TEXT, None)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_results_do_not_depend_on_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = extract_times(_CLOCK_TEXT, None)

    class FrozenDate(dt.date):
        @classmethod
        def today(cls) -> FrozenDate:
            raise AssertionError("the library read the clock")

    class FrozenDateTime(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> FrozenDateTime:
            raise AssertionError("the library read the clock")

    monkeypatch.setattr(dt, "date", FrozenDate)
    monkeypatch.setattr(dt, "datetime", FrozenDateTime)
    monkeypatch.setattr(time, "time", lambda: 0.0)
    assert extract_times(_CLOCK_TEXT, None) == expected


@given(st.sampled_from(WEEKDAY_NAMES))
def test_a_weekday_without_a_publication_date_has_no_interval(weekday: str) -> None:
    (found,) = extract_times(f"They met on {weekday}.", None)
    assert found.interval is None
    assert found.value == f"XXXX-WXX-{WEEKDAY_NAMES.index(weekday) + 1}"


@pytest.mark.parametrize(
    ("published", "text", "value"),
    [
        (dt.date(2, 12, 25), "They will meet again on January 29.", "0003-01-29"),
        (dt.date(1, 1, 5), "It happened last spring, they said.", "XXXX-SP"),
        (dt.date(2023, 3, 1), "They met on February 29.", "2020-02-29"),
    ],
    ids=["29th-near-year-1", "season-before-year-1", "leap-day-looks-back-years"],
)
def test_month_days_near_the_calendar_edges_resolve_or_stay_unresolved(
    published: dt.date, text: str, value: str
) -> None:
    assert _one(text, published).value == value
