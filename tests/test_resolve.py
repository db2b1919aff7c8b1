"""Tests of resolution: a corpus of phrasings per expected value under a fixed publication
date (Duckling style), texts without a publication date, narratives, and properties that
hold for any publication date the calendar has."""

from __future__ import annotations

import calendar
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
    holiday_names,
    inner_dates,
    month_days,
    weekday_names,
)

from timeline import lexicon
from timeline.extract import CalendarDate, Deictic, Grain, Holiday, Tense, WeekdayRef
from timeline.resolve import (
    NEAR_DAYS,
    TENSE_REACH_DAYS,
    Context,
    Direction,
    TimeExpression,
    extract_times,
    holiday_date,
    resolve,
)

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
        ("Talks ended Thursday, after a long debate.", "Thursday"),
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
    # A part of the day is a TIME, whether its day is named or deictic.
    (Expected("2024-11-10TNI", "TIME", ("2024-11-10", "2024-11-10")), [
        ("Last night, rockets hit the city.", "Last night"),
        ("Rockets hit the city yesterday night.", "yesterday night"),
        ("Rockets hit the city on Sunday night.", "Sunday night"),
        ("Rockets hit the city Sunday night.", "Sunday night"),
    ]),
    (Expected("2024-11-11TMO", "TIME", ("2024-11-11", "2024-11-11")), [
        ("He left this morning.", "this morning"),
    ]),
    (Expected("0024", interval=("0024-01-01", "0024-12-31")), [
        ("The road was built 2,000 years ago.", "2,000 years ago"),
    ]),
    (Expected.day("2024-11-14"), [
        ("The vote will be held on Thursday.", "Thursday"),
        ("The vote, which was delayed, will be held on Thursday.", "Thursday"),
        # the present of "be" taking the day states when something still to come is
        ("The vote is on Thursday.", "Thursday"),
        ("The talks are on Thursday, officials said.", "Thursday"),
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
    (Expected("P2W", "DURATION", mod="APPROX"), [
        ("The car stood there for about two weeks.", "two weeks"),
        ("It took around 2 weeks.", "2 weeks"),
    ]),
    (Expected("PT1M30S", "DURATION"), [
        ("The speech lasted a minute and a half.", "a minute and a half"),
        ("It took 1 1/2 minutes.", "1 1/2 minutes"),
    ]),
    (Expected("P2Y6M", "DURATION"), [
        ("He served two years and a half.", "two years and a half"),
        ("He served 2 1/2 years.", "2 1/2 years"),
    ]),
    (Expected("P2Y", "DURATION", ("2024-11-11", "2026-11-10"), mod="APPROX"), [
        ("Over the next two years or so it will grow.", "the next two years or so"),
    ]),
    (Expected("P2Y", "DURATION", mod="APPROX"), [
        ("It took two years or so.", "two years or so"),
    ]),
    (Expected("2024-W45", interval=("2024-11-04", "2024-11-10"), mod="APPROX"), [
        ("Then, a week or so ago, he left.", "a week or so ago"),
    ]),
    (Expected("PXW", "DURATION"), [
        ("It was seen in the weeks before the shooting.", "weeks"),
        ("In the weeks after the vote, he hid.", "weeks"),
    ]),
    (Expected("1994-WI", interval=("1994-12-01", "1995-02-28")), [
        ("Prices fell to the level of the winter of nineteen ninety-four.",
         "the winter of nineteen ninety-four"),
        ("It was cold in winter 1994.", "winter 1994"),
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
        ("Sales rose in the third quarter of this year.", "the third quarter of this year"),
    ]),
    # A period of the year named after "of" is in that year, counted from the reference.
    (Expected("2023-Q4", interval=("2023-10-01", "2023-12-31")), [
        ("The deal closed in the fourth quarter of last year.",
         "the fourth quarter of last year"),
    ]),
    (Expected("2025-H1", interval=("2025-01-01", "2025-06-30")), [
        ("Sales should rise in the first half of next year.", "the first half of next year"),
        ("Sales will rise in the first half of the year.", "the first half of the year"),
    ]),
    (Expected("2024-H1", interval=("2024-01-01", "2024-06-30")), [
        ("Sales rose in the first half of the year.", "the first half of the year"),
    ]),
    (Expected("2025-Q3", interval=("2025-07-01", "2025-09-30")), [
        ("Sales will rise in the third quarter of the year.", "the third quarter of the year"),
    ]),
    (Expected("2023-SP", interval=("2023-03-01", "2023-05-31")), [
        ("It opened in the spring of last year.", "the spring of last year"),
    ]),
    # Centuries, in digits or words, before the era too (no interval: the calendar starts at 1).
    (Expected("18XX", interval=("1800-01-01", "1899-12-31")), [
        ("Railways spread in the nineteenth century.", "the nineteenth century"),
        ("Railways spread in the 19th century.", "the 19th century"),
    ]),
    (Expected("BC04"), [
        ("The temple was built in the 5th century BC.", "the 5th century BC"),
        ("The temple was built in the fifth century B.C.", "the fifth century B.C."),
    ]),
    (Expected("01XX", interval=("0100-01-01", "0199-12-31")), [
        ("The wall was built in the second century AD.", "the second century AD"),
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
        ("In the past, he served as mayor.", "the past"),
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
    (Expected("2024-06", interval=("2024-06-01", "2024-06-30")), [
        ("Profits in the half to June fell.", "June"),
    ]),
    (Expected("2025-10", interval=("2025-10-01", "2025-10-31"), mod="MID"), [
        ("The deal will close in mid-October 2025.", "mid-October 2025"),
        ("The deal will close in mid-October next year.", "mid-October next year"),
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
        "Daily flights were cancelled and the storm hit at 3 p.m.", PUBLISHED, "news",
        [("Daily", "P1D"), ("3 p.m.", "2024-11-11T15:00")],
        id="clock-time-in-another-phrase-than-a-set",
    ),
    pytest.param(
        "The flight left at 08:15 on Sunday evening.", PUBLISHED, "news",
        [("08:15 on Sunday evening", "2024-11-10T08:15")],
        id="clock-time-with-its-half-stated-keeps-it",
    ),
    pytest.param(
        "Sales fell from January through March.", PUBLISHED, "news",
        [("January", "2024-01"), ("March", "2024-03")],
        id="month-span-ends-after-its-start",
    ),
    pytest.param(
        "Sales in the 12 months to June climbed 6.2%.", PUBLISHED, "news",
        [("the 12 months", "P12M"), ("June", "2024-06")],
        id="period-to-a-month",
    ),
    pytest.param(
        "The museum is open daily from 9 a.m. to 5 p.m. It closed at 4 p.m. on Sunday.",
        PUBLISHED, "news",
        [("daily", "P1D"), ("9 a.m.", "XXXX-XX-XXT09:00"), ("5 p.m.", "XXXX-XX-XXT17:00"),
         ("4 p.m. on Sunday", "2024-11-10T16:00")],
        id="clock-times-of-a-set-fall-on-no-one-day",
    ),
    pytest.param(
        "They set out in May 1804 and reached the Pacific in November of the following year; "
        "they had planned it in the spring of the previous year.", None, "narrative",
        [("May 1804", "1804-05"), ("November of the following year", "1805-11"),
         ("the spring of the previous year", "1804-SP")],
        id="period-of-an-anaphoric-year",
    ),
    pytest.param(
        "In 2019 he moved. In May of that year he married.", PUBLISHED, "news",
        [("2019", "2019"), ("May of that year", "2019-05")],
        id="month-of-that-year",
    ),
    pytest.param(
        "Officials meet next Tuesday and Wednesday.", PUBLISHED, "news",
        [("next Tuesday", "2024-11-12"), ("Wednesday", "2024-11-13")],
        id="weekday-list-shares-its-shift",
    ),
    pytest.param(
        "Officials meet next Tuesday and Wednesday at 9am.", PUBLISHED, "news",
        [("next Tuesday", "2024-11-12"), ("Wednesday at 9am", "2024-11-13T09:00")],
        id="weekday-list-shares-its-shift-with-a-time",
    ),
    pytest.param(
        "In 1945 the family fled west; they reached Hamburg that April.", None, "narrative",
        [("1945", "1945"), ("that April", "1945-04")],
        id="narrative-that-month-ending-a-clause",
    ),
    pytest.param(
        "In 1862 the war raged. By the end of the year it had spread; by the end of the "
        "decade it was over. This year marks its anniversary.", None, "narrative",
        [("1862", "1862"), ("the end of the year", "1862"), ("the end of the decade", "186X"),
         ("This year", "XXXX")],
        id="narrative-current-period-of-last-date",
    ),
    pytest.param(
        "The war raged. By the end of the year it had spread.", None, "narrative",
        [("the end of the year", "XXXX")],
        id="narrative-current-period-without-date",
    ),
    pytest.param(
        "In 1994 the war began. In the second half of the year it spread.", None, "narrative",
        [("1994", "1994"), ("the second half of the year", "1994-H2")],
        id="period-of-the-year-last-named",
    ),
    pytest.param(
        "In March 1917 the tsar fell. On the 15th he abdicated.", None, "narrative",
        [("March 1917", "1917-03"), ("the 15th", "1917-03-15")],
        id="ordinal-day-of-month-named",
    ),
    pytest.param(
        "On 28 January 1871 Paris fell; on the 3rd the army left.", None, "narrative",
        [("28 January 1871", "1871-01-28"), ("the 3rd", "1871-02-03")],
        id="ordinal-day-nearest-the-day-named",
    ),
    pytest.param(
        "On the 15th he abdicated.", None, "narrative", [("the 15th", "XXXX-XX-15")],
        id="ordinal-day-without-anchor",
    ),
    pytest.param(
        "Payment is due by the 15th; the vote was on the 8th. Talks run from the 14th to the "
        "16th.", PUBLISHED, "news",
        [("the 15th", "2024-11-15"), ("the 8th", "2024-11-08"), ("the 14th", "2024-11-14"),
         ("the 16th", "2024-11-16")],
        id="ordinal-day-news",
    ),
    pytest.param(
        "He arrived on the 25th.", PUBLISHED, "news", [("the 25th", "2024-10-25")],
        id="ordinal-day-past",
    ),
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
        "In December 1776 the army was in retreat. On Christmas night it crossed the river, "
        "and on Christmas morning 1777 it was camped at Valley Forge, where no Christmas cards "
        "came.", None, "narrative",
        [("December 1776", "1776-12"), ("Christmas night", "1776-12-25TNI"),
         ("Christmas morning 1777", "1777-12-25TMO")],
        id="narrative-part-of-a-holiday",
    ),
    pytest.param(
        "William was crowned on Christmas Day 1066. The following spring he sailed home. "
        "In 1069 the north rose; that winter he laid it waste. He fell ill in May 1087 and "
        "had been at war the previous March.", None, "narrative",
        [("Christmas Day 1066", "1066-12-25"), ("The following spring", "1067-SP"),
         ("1069", "1069"), ("that winter", "1069-WI"), ("May 1087", "1087-05"),
         ("the previous March", "1087-03")],
        id="narrative-periods-follow-last-date",
    ),
    pytest.param(
        "On 6 June 1944 the Allies landed. The next morning they pushed inland; by the "
        "evening of 7 June they held Bayeux. That night it rained. In the spring of 1945 "
        "Berlin fell, and on the night of 8 May crowds celebrated. In 1946 the trials ended; "
        "in October the sentences were carried out. In January a new court sat.",
        None, "narrative",
        [("6 June 1944", "1944-06-06"), ("The next morning", "1944-06-07TMO"),
         ("the evening of 7 June", "1944-06-07TEV"), ("That night", "1944-06-07TNI"),
         ("spring of 1945", "1945-SP"), ("the night of 8 May", "1945-05-08TNI"),
         ("1946", "1946"), ("October", "1946-10"), ("January", "1947-01")],
        id="narrative-days-and-years-follow-last-date",
    ),
    pytest.param(
        "The army crossed the border in June 1941. In December it reached Moscow, and in "
        "April it fell back. On 9 May it regrouped.", None, "narrative",
        [("June 1941", "1941-06"), ("December", "1941-12"), ("April", "1942-04"),
         ("9 May", "1942-05-09")],
        id="narrative-months-move-forward",
    ),
    pytest.param(
        "The press reached England around 1476. Troops landed on June 6, 1944. Within a week "
        "more than 300,000 men were ashore.", None, "narrative",
        [("around 1476", "1476"), ("June 6, 1944", "1944-06-06"), ("a week", "P1W")],
        id="narrative-approximate-year-and-amount-after-a-sentence",
    ),
    pytest.param(
        "On Dec. 11, 1941, Germany declared war after the attack of Dec. 7. In June 1942 the "
        "army advanced; it had massed troops in May. Napoleon entered Moscow on Sept. 14, "
        "1812. He had crossed the Niemen on June 24.", None, "narrative",
        [("Dec. 11, 1941", "1941-12-11"), ("Dec. 7", "1941-12-07"), ("June 1942", "1942-06"),
         ("May", "1942-05"), ("Sept. 14, 1812", "1812-09-14"), ("June 24", "1812-06-24")],
        id="narrative-looks-back-a-few-months",
    ),
    pytest.param(
        "In 1848 the revolt began on 12 April. By December it was over; on 30 December the "
        "king died. On 25 April 1915 the troops landed. In January the plan had been drawn "
        "up; by December they had left.", None, "narrative",
        [("1848", "1848"), ("12 April", "1848-04-12"), ("December", "1848-12"),
         ("30 December", "1848-12-30"), ("25 April 1915", "1915-04-25"),
         ("January", "1915-01"), ("December", "1915-12")],
        id="narrative-moves-on-unless-told-in-the-past-perfect",
    ),
    pytest.param(
        "The storm hit on Nov. 1. Residents have three days to leave, and buses run at 10 a.m.",
        PUBLISHED, "news",
        [("Nov. 1", "2024-11-01"), ("three days", "P3D"), ("10 a.m.", "2024-11-11T10:00")],
        id="news-clock-not-on-an-amount-before-it",
    ),
    pytest.param(
        "The war began on June 5, 1944. The fair runs from Friday to Sunday.", None, "news",
        [("June 5, 1944", "1944-06-05"), ("Friday", "XXXX-WXX-5"), ("Sunday", "XXXX-WXX-7")],
        id="news-span-end-only-after-its-own-start",
    ),
    pytest.param(
        "She married in April 1850. That September they moved to Boston.", None, "narrative",
        [("April 1850", "1850-04"), ("That September", "1850-09")],
        id="narrative-that-month",
    ),
    pytest.param(
        "The treaty was signed in November 1153, and Stephen died the following October.",
        PUBLISHED, "news",
        [("November 1153", "1153-11"), ("the following October", "1154-10")],
        id="news-following-month",
    ),
    pytest.param(
        "The museum will open on Friday from 10 a.m. to 5 p.m. On Nov. 20 it will close. It "
        "closes at noon.",
        PUBLISHED, "news",
        [("Friday", "2024-11-15"), ("10 a.m.", "2024-11-15T10:00"), ("5 p.m.", "2024-11-15T17:00"),
         ("Nov. 20", "2024-11-20"), ("noon", "2024-11-11T12:00")],
        id="news-clock-on-the-day-of-its-sentence",
    ),
    pytest.param(
        "Wednesday, Nov. 13 | 6:00 PM - 8:00 PM", PUBLISHED, "news",
        [("Wednesday, Nov. 13 | 6:00 PM", "2024-11-13T18:00"), ("8:00 PM", "2024-11-13T20:00")],
        id="news-listing",
    ),
    pytest.param(
        "The fair runs 7-9 December; talks were held on 3 and 4 November, and the siege lasted "
        "from 17th to 19th October 1781.", PUBLISHED, "news",
        [("7", "2024-12-07"), ("9 December", "2024-12-09"), ("3", "2024-11-03"),
         ("4 November", "2024-11-04"), ("17th", "1781-10-17"), ("19th October 1781", "1781-10-19")],
        id="day-first-ranges",
    ),
    pytest.param(
        "Montaigne (1533\u20131592) served the king who reigned between 1574 and 1589, as the "
        "1939-1945 war ended an age.", None, "narrative",
        [("1533", "1533"), ("1592", "1592"), ("1574", "1574"), ("1589", "1589"),
         ("1939", "1939"), ("1945", "1945")],
        id="year-ranges",
    ),
    pytest.param(
        "The talk moved from 2pm to 3:30pm tomorrow. It will open 10am-4pm on Saturday. Road "
        "closed from 06:00 to 18:00 on Nov. 9. The 10 days from Monday to Friday were hard.",
        PUBLISHED, "news",
        [("2pm", "2024-11-12T14:00"), ("3:30pm tomorrow", "2024-11-12T15:30"),
         ("10am", "2024-11-16T10:00"), ("4pm on Saturday", "2024-11-16T16:00"),
         ("06:00", "2024-11-09T06:00"), ("18:00 on Nov. 9", "2024-11-09T18:00"),
         ("The 10 days", "P10D"), ("Monday", "2024-11-11"), ("Friday", "2024-11-15")],
        id="clock-ranges-share-the-last-day",  # and the "am" of "10am" is no present tense
    ),
    pytest.param(
        "A year ago today he died; four years ago today she was born.", dt.date(2024, 2, 29),
        "news", [("A year ago today", "2023-02-28"), ("four years ago today", "2020-02-29")],
        id="years-ago-today",
    ),
    pytest.param(
        "On 3 July 1863 the attack began at dawn. By late afternoon the line held; by nightfall "
        "it was over, and at 3 a.m. the next day the army withdrew. It rained during the night.",
        None, "narrative",
        [("3 July 1863", "1863-07-03"), ("dawn", "1863-07-03TMO"),
         ("late afternoon", "1863-07-03TAF"), ("nightfall", "1863-07-03TNI"),
         ("3 a.m. the next day", "1863-07-04T03:00"), ("the night", "1863-07-04TNI")],
        id="parts-of-the-day-told",
    ),
    pytest.param(
        "Police raided the house before dawn on Friday. It was the dawn of a new era; he read "
        "the morning papers at dusk patrols. In the afternoon session shares fell.",
        PUBLISHED, "news", [("dawn on Friday", "2024-11-08TMO")],
        id="parts-of-the-day-that-are-not",
    ),
    pytest.param(
        "Doors open on Thursday 14th. The last show was on Sunday the 3rd.", PUBLISHED, "news",
        [("Thursday 14th", "2024-11-14"), ("Sunday the 3rd", "2024-11-03")],
        id="weekday-with-its-day-of-the-month",
    ),
    pytest.param(
        "On 2 March 1917 he left. On Thursday 8th he returned.", None, "narrative",
        [("2 March 1917", "1917-03-02"), ("Thursday 8th", "1917-03-08")],
        id="weekday-with-its-day-near-the-last-date",
    ),
    pytest.param(
        "Units ship in 2024-W47 and 2020W53; the launch is on 2024-W47-4. Not 2021-W53. Goals "
        "in the 2023/24 season and the 2024-25 winter; codes 2023-11 and 2023/24/25.",
        PUBLISHED, "news",
        [("2024-W47", "2024-W47"), ("2020W53", "2020-W53"), ("2024-W47-4", "2024-11-21"),
         ("2021", "2021"), ("2023", "2023"), ("24", "2024"), ("2024", "2024"), ("25", "2025"),
         ("2023", "2023")],
        id="iso-weeks-and-year-pairs",
    ),
    pytest.param(
        "Margins rose in 2H25, Q3'24, Q3 FY24 and 3Q2023, but not in the 2H goals.",
        PUBLISHED, "news",
        [("2H25", "2025-H2"), ("Q3'24", "2024-Q3"), ("Q3 FY24", "2024-Q3"),
         ("3Q2023", "2023-Q3")],
        id="short-quarters-and-halves",
    ),
    pytest.param(
        "The quake hit at 1446 local time (0546 GMT); talks resume at 1400 GMT. The 1400 local "
        "residents left. The launch slipped to Nov '24 from June '99.", PUBLISHED, "news",
        [("1446 local time", "2024-11-11T14:46"), ("0546 GMT", "2024-11-11T05:46"),
         ("1400 GMT", "2024-11-11T14:00"), ("Nov '24", "2024-11"), ("June '99", "1999-06")],
        id="four-digit-clocks-and-short-years",
    ),
    pytest.param(
        "The raid began at 0400 hours; he had logged 1200 hours of flying.", PUBLISHED, "news",
        [("0400 hours", "2024-11-11T04:00"), ("1200 hours", "PT1200H")],
        id="four-digit-clock-hours",
    ),
    pytest.param(
        "The Yankees beat Boston 5-3 Sept. 12. On 15 November 2021 BC Hydro cut power. On "
        "Monday schools reopened. Read John 3:16 to 3:18 on Sunday; odds were cut from 9:40 to "
        "6:20 on Friday. Take one tablet in the morning.", PUBLISHED, "news",
        [("Sept. 12", "2024-09-12"), ("15 November 2021 BC", "2021-11-15"),
         ("Monday", "2024-11-11"), ("Sunday", "2024-11-10"), ("Friday", "2024-11-08"),
         ("the morning", "XXXX-XX-XXTMO")],
        id="scores-provinces-verses-and-habits",
    ),
    pytest.param(
        "The 10 days from Monday were hard; the pass is valid for 14 days from today. The "
        "shift ended at 7am on Friday night.", PUBLISHED, "news",
        [("The 10 days", "P10D"), ("Monday", "2024-11-11"), ("14 days", "P14D"),
         ("today", "2024-11-11"), ("7am on Friday night", "2024-11-08T07:00")],
        id="amounts-from-a-day-and-a-stated-half-of-the-day",
    ),
    pytest.param(
        "They were held for 20 days before Nov. 3. In the two weeks after Christmas sales fell, "
        "and the talks collapsed three days before Christmas. He died two years after Christmas "
        "and she left the day after Christmas morning.", PUBLISHED, "news",
        [("20 days", "P20D"), ("Nov. 3", "2024-11-03"), ("the two weeks", "P2W"),
         ("Christmas", "2023-12-25"), ("three days before Christmas", "2023-12-22"),
         ("two years", "P2Y"), ("Christmas", "2023-12-25"),
         ("the day after Christmas morning", "2023-12-26")],
        id="amounts-held-for-or-spanning-before-a-day-count-nothing-on",
    ),
    pytest.param(
        "In 2019 PT Freeport sold a stake; since 2020 CT scans are cheap. The battery lasts up "
        "to 1500 hours. On 12 March, 300 people were detained; in May 325 Labour MPs voted. It "
        "records H264 video on the Q330 router. She met him at Sunday school. On 10-12 March 15 "
        "climbers died.", PUBLISHED, "news",
        [("2019", "2019"), ("2020", "2020"), ("up to 1500 hours", "PT1500H"),
         ("12 March", "2024-03-12"), ("May", "2024-05"), ("10", "2024-03-10"),
         ("12 March", "2024-03-12")],
        id="codes-counts-and-companies-that-are-no-times",
    ),
    pytest.param(
        "The final was on Thursday 7th; the next one will be on Saturday 7th.", PUBLISHED,
        "news", [("Thursday 7th", "2024-11-07"), ("Saturday 7th", "2024-12-07")],
        id="weekday-with-its-day-by-tense",
    ),
    pytest.param(
        "The council opened in May 325 and closed in late July of the same year. On 28 "
        "August 430, Augustine died. Alexander died in June 323 BC.",
        None, "narrative",
        [("May 325", "0325-05"), ("late July of the same year", "0325-07"),
         ("28 August 430", "0430-08-28"), ("June 323 BC", "BC0323-06")],
        id="months-of-the-first-millennium",
    ),
    pytest.param(
        "Theresa May 325 votes. On Sept. 30, 150 people died; in September 911 calls surged.",
        PUBLISHED, "news", [("Sept. 30", "2024-09-30"), ("September", "2024-09")],
        id="numbers-after-months-that-are-no-years",
    ),
    pytest.param(
        "Unions will strike on Sunday and Monday. Statements were made Friday and Thursday.",
        PUBLISHED, "news",
        [("Sunday", "2024-11-17"), ("Monday", "2024-11-18"), ("Friday", "2024-11-08"),
         ("Thursday", "2024-11-07")],
        id="weekday-pairs",
    ),
    pytest.param(
        "Read pages 1533-1592. Between 1500 and 2000 troops died. Scores 9-7 November. COVID-19 "
        "spread.", PUBLISHED, "news", [],
        id="ranges-that-are-not",
    ),
    pytest.param(
        "The fair ran from the 3rd to the 4th of May; polls open on the 5th and the 6th of June "
        "2025, and tickets for the 7th-9th of November sell out.", PUBLISHED, "news",
        [("the 3rd", "2024-05-03"), ("the 4th of May", "2024-05-04"), ("the 5th", "2025-06-05"),
         ("the 6th of June 2025", "2025-06-06"), ("the 7th", "2024-11-07"),
         ("9th of November", "2024-11-09")],
        id="ordinal-days-opening-a-range-share-its-month",
    ),
    pytest.param(
        "Sales rose in May 2.5 percent; in May 2,500 people left. Between 2000 and 3000 "
        "protesters came, from 1500 to 15000 in all.", PUBLISHED, "news",
        [("May", "2024-05"), ("May", "2024-05")],
        id="amounts-after-a-month-and-ranges-of-amounts",
    ),
    pytest.param(
        "Bronze spread between 1500 and 1200 BC; the city flourished 3000-2000 BC and Caesar "
        "(100-44 BC) was born there. From AD 800 to 900 it shrank. The 2019-2021 BC government "
        "fell.", None, "narrative",
        [("1500", "BC1500"), ("1200 BC", "BC1200"), ("3000", "BC3000"), ("2000 BC", "BC2000"),
         ("100", "BC0100"), ("44 BC", "BC0044"), ("AD 800", "0800"), ("900", "0900"),
         ("2019", "2019"), ("2021", "2021")],
        id="ranges-of-years-share-their-era",
    ),
    pytest.param(
        "The club opens 9pm-2am on Saturday; the road shut from 10pm Friday to 2am, and the "
        "party ran from 11pm Saturday until 3am Sunday. Works will run from midnight to 6am on "
        "Sunday.",
        PUBLISHED, "news",
        [("9pm", "2024-11-16T21:00"), ("2am on Saturday", "2024-11-17T02:00"),
         ("10pm Friday", "2024-11-08T22:00"), ("2am", "2024-11-09T02:00"),
         ("11pm Saturday", "2024-11-09T23:00"), ("3am Sunday", "2024-11-10T03:00"),
         ("midnight", "2024-11-17T00:00"), ("6am on Sunday", "2024-11-17T06:00")],
        id="clock-ranges-past-midnight-end-on-the-next-day",
    ),
    pytest.param(
        "Police were called between 1am and 1.30am on Sunday and again at 3pm and 5pm on "
        "Sunday. The road will be shut between 10pm and midnight on Saturday. Trading closes "
        "at 5 p.m. New York time on Friday; at 5 p.m. Friday time ran out.", PUBLISHED, "news",
        [("1am", "2024-11-10T01:00"), ("1.30am on Sunday", "2024-11-10T01:30"),
         ("3pm", "2024-11-10T15:00"), ("5pm on Sunday", "2024-11-10T17:00"),
         ("10pm", "2024-11-16T22:00"), ("midnight on Saturday", "2024-11-16T24:00"),
         ("5 p.m. New York time on Friday", "2024-11-15T17:00"),
         ("5 p.m. Friday", "2024-11-08T17:00")],
        id="clock-pairs-between-and-zones-named-by-a-place",
    ),
    pytest.param(
        "He scored in the fourth quarter of Game 7 and in the first half of the season. Sales "
        "rose in the second half of the year and the first quarter of fiscal 2023; the loss "
        "for the third quarter of $2 million followed the first half of the 13th century.",
        PUBLISHED, "news",
        [("the second half of the year", "2024-H2"),
         ("the first quarter of fiscal 2023", "2023-Q1"), ("the third quarter", "2024-Q3"),
         ("the 13th century", "12XX")],
        id="quarters-and-halves-of-games-and-seasons-are-no-times",
    ),
    pytest.param(
        "Timeline of Saturday's outage.\n14:10 - alerts fire.\n23:32 - engineers are paged. "
        "00:05: all quiet.\nJohn 3:16 - a verse. The score was 12:10 - a rout.",
        PUBLISHED, "news",
        [("Saturday", "2024-11-09"), ("14:10", "2024-11-09T14:10"),
         ("23:32", "2024-11-09T23:32"), ("00:05", "2024-11-10T00:05")],
        id="log-entries-opened-by-a-clock-fall-on-the-day-named",
    ),
    pytest.param(
        "In 1836 he moved to Paris, and that autumn he was offered a post. Work started in "
        "that winter. 'That spring we talked,' she said. On 3 May 1838 a curfew was imposed "
        "that evening and lifted; on that Saturday morning it rained. He said that night "
        "flights would resume and warned that April, usually wet, could be dry.", None,
        "narrative",
        [("1836", "1836"), ("that autumn", "1836-FA"), ("that winter", "1836-WI"),
         ("That spring", "1836-SP"), ("3 May 1838", "1838-05-03"),
         ("that evening", "1838-05-03TEV"), ("that Saturday morning", "1838-05-05TMO")],
        id="that-opening-a-clause-after-a-conjunction-or-a-quote-or-closing-a-phrase",
    ),
    pytest.param(
        "War was declared at 11 tonight; the vote is at 10 this morning. He scored 3 this "
        "afternoon. The ship left at 4:52 p.m. on Nov. 5; six and a half hours later it docked.",
        PUBLISHED, "news",
        [("11 tonight", "2024-11-11T23:00"), ("10 this morning", "2024-11-11T10:00"),
         ("this afternoon", "2024-11-11TAF"), ("4:52 p.m. on Nov. 5", "2024-11-05T16:52"),
         ("six and a half hours later", "2024-11-05T23:22")],
        id="an-hour-told-with-a-part-of-today-and-half-hours-later",
    ),
    pytest.param(
        "The revolt broke out in January 49 BC. Two years later it ended; a decade later the "
        "city was rebuilt. In 5 BC he was born and ten years later he moved. The next day it "
        "rained.", None, "narrative",
        [("January 49 BC", "BC0049-01"), ("Two years later", "BC0047"),
         ("a decade later", "BC0037"), ("5 BC", "BC0005"), ("ten years later", "0006"),
         ("The next day", "XXXX-XX-XX")],
        id="years-counted-from-a-date-before-the-era",
    ),
    pytest.param(
        "He ran the mile in 3 minutes 59.4 seconds; the talks lasted 2 hours 15 minutes. The "
        "deal closes within 20 business days and interest is paid semi-annually.", PUBLISHED,
        "news",
        [("3 minutes 59.4 seconds", "PT3M59.4S"), ("2 hours 15 minutes", "PT2H15M"),
         ("20 business days", "P20D"), ("semi-annually", "P6M")],
        id="amounts-written-unit-by-unit-working-days-and-half-years",
    ),
    pytest.param(
        "Attendance rose in 2019 to 4500 and the town grew in 1990 to 30,000. The latest data "
        "is from October; the focus is on Friday's vote. Visiting hours are 2pm to 4pm on "
        "Sunday. Eight trading days after Oct. 12 it fell.", dt.date(2024, 11, 13), "news",
        [("2019", "2019"), ("1990", "1990"), ("October", "2024-10"), ("Friday", "2024-11-08"),
         ("2pm", "2024-11-10T14:00"), ("4pm on Sunday", "2024-11-10T16:00"),
         ("Eight trading days", "P8D"), ("Oct. 12", "2024-10-12")],
        id="years-before-amounts-the-copula-kept-to-its-day-and-working-days-not-counted",
    ),
    pytest.param(
        "On 10 March 1848 the assembly met. The offer, which expired on March 1, was void. On 1 "
        "March 1942 the fleet sailed; the ships, damaged on Jan. 20, were repaired. Dickens "
        "published it on 19 December 1843, and it had sold out by Christmas Eve.", None,
        "narrative",
        [("10 March 1848", "1848-03-10"), ("March 1", "1848-03-01"),
         ("1 March 1942", "1942-03-01"), ("Jan. 20", "1942-01-20"),
         ("19 December 1843", "1843-12-19"), ("Christmas Eve", "1843-12-24")],
        id="narrative-looks-back-months-for-a-day-and-a-deadline-is-done-by-then",
    ),
    pytest.param(
        "At 5 p.m. Biden time was up. She ran John 3:16 - a verse. Her split: 2:09 - fast.\n"
        "Winners:\n2:04:12 - Kiptum.\nSaturday 4 May\n22:10 - first alert. 7:30 p.m. - staff "
        "told. It sold in the third quarter of FY2024 and the first half of the next year. "
        "Aged 30-40 BC residents and 1000-2000 BC Hydro customers were asked.",
        PUBLISHED, "news",
        [("5 p.m.", "2024-11-11T17:00"), ("Saturday 4 May", "2024-05-04"),
         ("22:10", "2024-05-04T22:10"), ("7:30 p.m.", "2024-05-04T19:30"),
         ("the third quarter of FY2024", "2024-Q3"),
         ("the first half of the next year", "2025-H1")],
        id="verses-race-times-provinces-and-fiscal-years-after-the-second-review",
    ),
    pytest.param(
        "In 1997 he retired; the following decade was quiet. In 1950 the previous century "
        "seemed far. Sales rose in the third quarter of 2019 and fell the following quarter. "
        "Crowds gathered on May Day 1968.", None, "narrative",
        [("1997", "1997"), ("the following decade", "200X"), ("1950", "1950"),
         ("the previous century", "18XX"),
         ("the third quarter of 2019", "2019-Q3"), ("the following quarter", "2019-Q4"),
         ("May Day 1968", "1968-05-01")],
        id="decades-centuries-and-quarters-after-the-last-date-and-more-holidays",
    ),
    pytest.param(
        "The ceasefire took effect at 12 last night; police arrested about 8 last night and "
        "the Lakers won by 3 this afternoon. The strike hit at 3 p.m. Gaza time on Friday. Two "
        "and a half days ago it rained. The deadline is Friday at noon. Police said 2000-3000 "
        "protesters marched. On Aug. 20 BC Wildfire ordered evacuations. He was jailed for 5 "
        "years, 6 months of which were suspended.", PUBLISHED, "news",
        [("last night", "2024-11-10TNI"), ("last night", "2024-11-10TNI"),
         ("this afternoon", "2024-11-11TAF"), ("3 p.m. Gaza time on Friday", "2024-11-08T15:00"),
         ("Two and a half days", "P2DT12H"), ("Friday at noon", "2024-11-15T12:00"),
         ("Aug. 20", "2024-08-20"), ("5 years", "P5Y"), ("6 months", "P6M")],
        id="hours-counts-zones-halves-and-provinces-after-the-third-review",
    ),
    pytest.param(
        "Caesar crossed in January 49 BC. Two years later he won. In 1912 the Titanic sank; its "
        "design dated to 3000 BC ideas. On April 15 the ship went down. That night 1,500 died.",
        None, "narrative",
        [("January 49 BC", "BC0049-01"), ("Two years later", "BC0047"), ("1912", "1912"),
         ("3000 BC", "BC3000"), ("April 15", "1912-04-15"), ("That night", "1912-04-15TNI")],
        id="a-date-before-the-era-in-an-aside-is-no-anchor",
    ),
    pytest.param(
        "The plane took off at 4:52 p.m. on Nov. 5. Six minutes later an engine failed; it "
        "landed at 5:27 p.m. and was inspected the next day. The fire began at 23:40 on "
        "Wednesday and four hours later it was out. On Monday he left; two hours later he "
        "came back.", PUBLISHED, "news",
        [("4:52 p.m. on Nov. 5", "2024-11-05T16:52"), ("Six minutes later", "2024-11-05T16:58"),
         ("5:27 p.m.", "2024-11-05T17:27"), ("the next day", "2024-11-06"),
         ("23:40 on Wednesday", "2024-11-06T23:40"), ("four hours later", "2024-11-07T03:40"),
         ("Monday", "2024-11-11"), ("two hours later", "2024-11-11")],
        id="minutes-and-hours-later-count-on-the-clock",
    ),
    pytest.param(
        "Prices rose to a record on Saturday night, the highest since 2007. Two days later "
        "they fell. Holders of record on Friday are paid.", PUBLISHED, "news",
        [("Saturday night", "2024-11-09TNI"), ("2007", "2007"), ("Two days later", "2024-11-11"),
         ("Friday", "2024-11-15")],
        id="days-later-count-from-the-last-day-past-a-year-between",
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

_YEARISH = r"(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX|XXXX|BC[0-9]{4}|BC[0-9]{2})"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12][0-9]|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)"
_DATE_VALUE = (
    _YEARISH + r"(?:-" + _MONTH + r"(?:-" + _DAY + r")?"
    r"|-W" + _WEEK + r"(?:-[1-7]|-WE)?"
    r"|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12])?"
)
_TIME_SUFFIX = r"T(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00|MO|AF|EV|NI)"
_AMOUNT = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
#: The TIMEX3 values this library writes.
TIMEX3_VALUE = re.compile(
    r"(?:" + _DATE_VALUE + r"(?:" + _TIME_SUFFIX + r")?"
    r"|P(?:" + _AMOUNT + r"(?:Y|M|W|D|Q|DE|CE)){1,2}(?:T" + _AMOUNT + r"[HMS])?"
    r"|PT(?:" + _AMOUNT + r"[HMS]){1,2}"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)"
)


@pytest.mark.parametrize(
    "value",
    ["2024", "2024-11", "2024-11-07", "2024-W45", "2024-W45-WE", "XXXX-WXX-4", "2024-SP",
     "2024-Q3", "2024-H1", "199X", "19XX", "2024-11-07T15:00", "2024-11-07TMO", "P70D", "PXY",
     "P1.5Y", "PT3H", "PRESENT_REF", "XXXX-XX-XXTNI", "XXXX-01-20", "P1DE", "P2Y6M",
     "PT5H30M", "P1DT12H", "BC0049", "BC04", "BC0049-01-10", "BC0218-FA"],
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
@given(
    inner_dates(), month_days(), st.sampled_from(["The deal was signed on {}.", "On {}, it sank."])
)
def test_month_day_taken_by_a_past_verb_is_on_or_before(
    published: dt.date, month_day: tuple[int, int], sentence: str
) -> None:
    """A past verb that takes the date, or follows it in its clause, keeps it in the past."""
    month, day_of_month = month_day
    found = _one(sentence.format(f"{MONTH_NAMES[month - 1]} {day_of_month}"), published)
    if month_day == (2, 29) and published < dt.date(4, 2, 29):
        # no earlier leap day in the calendar: no date rather than a wrong one
        assert found.interval is None
        return
    day = _day(found)
    assert (day.month, day.day) == month_day
    limit = 366 if month_day != (2, 29) else 8 * 366
    assert 0 <= (published - day).days < limit


@settings(max_examples=400)
@given(inner_dates(), month_days())
def test_month_day_told_in_the_past_from_afar_is_before_or_weeks_ahead(
    published: dt.date, month_day: tuple[int, int]
) -> None:
    """A past tense from a verb that does not take the date lets a date of the coming weeks
    beat one most of a year back."""
    month, day_of_month = month_day
    sentence = (
        f"The board said the plan it adopted applies from {MONTH_NAMES[month - 1]} {day_of_month}."
    )
    found = _one(sentence, published)
    if month_day == (2, 29) and published < dt.date(4, 2, 29):
        assert found.interval is None
        return
    day = _day(found)
    assert (day.month, day.day) == month_day
    if day > published:
        assert (day - published).days <= NEAR_DAYS
        if month_day != (2, 29):
            assert (published - day.replace(year=day.year - 1)).days > TENSE_REACH_DAYS
    else:
        limit = 366 if month_day != (2, 29) else 8 * 366
        assert (published - day).days < limit
        if month_day != (2, 29) and (published - day).days > TENSE_REACH_DAYS:
            assert (day.replace(year=day.year + 1) - published).days > NEAR_DAYS


@settings(max_examples=400)
@given(inner_dates(), month_days())
def test_month_day_in_the_future_tense_is_after_or_weeks_back(
    published: dt.date, month_day: tuple[int, int]
) -> None:
    month, day_of_month = month_day
    found = _one(f"The deal will be signed on {MONTH_NAMES[month - 1]} {day_of_month}.", published)
    if month_day == (2, 29) and published > dt.date(9996, 2, 29):
        assert found.interval is None
        return
    day = _day(found)
    assert (day.month, day.day) == month_day
    limit = 366 if month_day != (2, 29) else 8 * 366
    if day < published:
        assert (published - day).days <= NEAR_DAYS
        if month_day != (2, 29):
            assert (day.replace(year=day.year + 1) - published).days > TENSE_REACH_DAYS
    else:
        assert (day - published).days < limit


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
    "Net rose in the quarter, up from a year ago.", "In the year-ago period it fell.",
    "They met on Thanksgiving Day.", "He left last Christmas.", "See you next Easter.",
    "In the 1988 period it fell.", "In July last year it fell.", "It opens this coming Sunday.",
    "It was sold earlier this year.", "Sales for the full year rose.", "It lasted 2 1/2 days.",
    "It pays $5 a week.", "The deal was extended until Nov. 20.", "Its third-quarter net fell.",
    "It hit on Sunday night.", "The next morning it ended.", "That evening they met.",
    "Tonight they meet.", "On the afternoon of May 3 he left.", "They will meet Friday at dawn.",
    "They sailed on Christmas night.", "We met on Easter Sunday afternoon.",
)  # fmt: skip
#: The time part of a date's value: "T15:00", "TMO" (not the "T" of a duration's "PT2H").
_TIME_PART = re.compile(r"[0-9X]T")


@settings(max_examples=300)
@given(dates(), st.sampled_from(_PHRASES))
def test_every_value_matches_the_timex3_grammar(published: dt.date, phrase: str) -> None:
    for found in extract_times(phrase, published):
        assert TIMEX3_VALUE.fullmatch(found.value), found
        # the type agrees with the value: a time of day or part of the day is a TIME
        if found.type in ("DATE", "TIME"):
            assert (found.type == "TIME") == (_TIME_PART.search(found.value) is not None), found


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


@given(
    st.integers(1, lexicon.MODERN_YEARS[0] - 1),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["BC", "BCE"]),
)
def test_a_day_before_the_era_is_written_with_its_era(
    year: int, month: int, day: int, era: str
) -> None:
    text = f"The city fell on {day} {calendar.month_name[month]} {year} {era}."
    values = [found.value for found in extract_times(text, None, "narrative")]
    assert values[0] == f"BC{year:04d}-{month:02d}-{day:02d}"
    assert all(TIMEX3_VALUE.fullmatch(value) for value in values), values


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


# --- News conventions of TimeML (TimeBank, HeidelTime): corpus-style, fixed creation date ---

#: A Sunday in a year whose calendar the cases below name: Monday is Oct. 26.
SUNDAY_1998 = dt.date(1998, 10, 25)

NEWS_CORPUS: list[tuple[Expected, list[tuple[str, str]]]] = [
    # A four-digit number alone is a year in news.
    (Expected("1996", interval=("1996-01-01", "1996-12-31")), [
        ("He lost the 1996 campaign.", "1996"),
        ("The company's 1996 results were weak.", "1996"),
        ("1996 was a hard year.", "1996"),
        ("A 1996 law named for him stands.", "1996"),
        ("In nineteen ninety-six a bomb exploded.", "nineteen ninety-six"),
    ]),
    (Expected("1997-01", interval=("1997-01-01", "1997-01-31")), [
        ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven"),
    ]),
    (Expected("2000", interval=("2000-01-01", "2000-12-31")), [
        ("He promised it by the year two thousand.", "the year two thousand"),
    ]),
    # Quarters as adjectives and quarters of a named year.
    (Expected("2024-Q3", interval=("2024-07-01", "2024-09-30")), [
        ("Its third-quarter profit rose 5%.", "third-quarter"),
        ("Third-quarter sales fell.", "Third-quarter"),
        ("Profit in this year's third quarter rose.", "this year's third quarter"),
        ("The company expects a third-quarter loss.", "third-quarter"),
        ("Profit rose in the latest quarter.", "the latest quarter"),
        ("Sales rose in the quarter.", "the quarter"),
    ]),
    (Expected("2023-Q3", interval=("2023-07-01", "2023-09-30")), [
        ("Profit in last year's third quarter fell.", "last year's third quarter"),
        ("Profit in the 2023 third quarter fell.", "the 2023 third quarter"),
        ("Profit in the year-ago third quarter fell.", "the year-ago third quarter"),
        ("Net rose from the year-earlier quarter.", "the year-earlier quarter"),
    ]),
    (Expected("2024-Q1", interval=("2024-01-01", "2024-03-31")), [
        ("Profit fell in the fiscal first quarter.", "the fiscal first quarter"),
    ]),
    # The year a report is about, or the span of a fiscal year.
    (Expected("2024", interval=("2024-01-01", "2024-12-31")), [
        ("For the year, sales rose 5%.", "the year"),
        ("It expects a gain for the full year.", "the full year"),
        ("Sales in the current fiscal year will rise.", "the current fiscal year"),
    ]),
    # Position modifiers: "earlier this year", "around Nov. 1", "the late 1970s".
    (Expected("2024", interval=("2024-01-01", "2024-12-31"), mod="START"), [
        ("The company earlier this year adopted a plan.", "earlier this year"),
        ("Earlier this year, it was sold.", "Earlier this year"),
    ]),
    (Expected("2024-11", interval=("2024-11-01", "2024-11-30"), mod="END"), [
        ("The results are due later this month.", "later this month"),
        ("It must be done by the end of the month.", "the end of the month"),
    ]),
    (Expected("2024", interval=("2024-01-01", "2024-12-31"), mod="END"), [
        ("The deal will close by year-end.", "year-end"),
        ("Rules should be in place by year's end.", "year's end"),
    ]),
    (Expected("197X", interval=("1970-01-01", "1979-12-31"), mod="END"), [
        ("The group held power in the late 1970s.", "the late 1970s"),
    ]),
    (Expected("2024-11-07T19:15", "TIME", ("2024-11-07", "2024-11-07"), "APPROX"), [
        ("She was killed around 7:15 p.m. Thursday.", "around 7:15 p.m. Thursday"),
        ("She was killed at about 7:15 p.m. Thursday.", "7:15 p.m. Thursday"),
        ("She was killed at approximately 7:15 p.m. Thursday.", "7:15 p.m. Thursday"),
        ("She was killed roughly 7:15 p.m. Thursday.", "7:15 p.m. Thursday"),
    ]),
    (Expected("2020", interval=("2020-01-01", "2020-12-31"), mod="LESS_THAN"), [
        ("The war ended almost four years ago.", "almost four years ago"),
        ("The war ended nearly 4 years ago.", "nearly 4 years ago"),
    ]),
    # References to the present, past and future.
    (Expected("PRESENT_REF"), [
        ("The current crisis deepened.", "current"),
        ("He has held it until now.", "now"),
    ]),
    (Expected("PAST_REF"), [
        ("A recent survey found it.", "recent"),
        ("In the past, he served as mayor.", "the past"),
        ("Growth was fast in recent years.", "recent years"),
        ("It rose from 35 percent several years ago.", "several years ago"),
        ("There were sell programs in past years.", "past years"),
    ]),
    (Expected("FUTURE_REF"), [
        ("Prices will rise well into the future.", "the future"),
        ("It will slow in coming months.", "coming months"),
        ("It will cut taxes in future quarters.", "future quarters"),
        ("Islam will one day be the largest religion here.", "one day"),
        ("He hopes he may some day return.", "some day"),
        ("We don't minimize the challenges of the near term.", "the near term"),
    ]),
    (Expected("P1D", "DURATION"), [
        ("The strike lasted one day.", "one day"),
        ("The market closed for one day.", "one day"),
    ]),
    # "since" starts a span lasting until now: its date lies behind, whatever the tense.
    (Expected.day("2023-12-02"), [
        ("Police have searched for him since Dec. 2.", "Dec. 2"),
        ("They have hunted him since shortly after the Dec. 2 attack.", "Dec. 2"),
        ("Ever since Dec. 2 the road is closed.", "Dec. 2"),
    ]),
    (Expected("2023-12", interval=("2023-12-01", "2023-12-31"), mod="START"), [
        ("Prices have risen since early December.", "early December"),
    ]),
    (Expected.day("2024-12-02"), [
        ("The road will be closed until Dec. 2.", "Dec. 2"),
    ]),
    # A date without a year a week ahead is this year's, even after a past-tense verb: news
    # gives a date of another year its year. Adjectives in -ed are no past tense.
    (Expected.day("2024-11-18"), [
        ("The firm said the bid it extended runs to Nov. 18.", "Nov. 18"),
        ("It said it will redeem its preferred shares on Nov. 18.", "Nov. 18"),
        ("The dividend would be paid on a still unspecified date, Nov. 18.", "Nov. 18"),
        ("It said it plans a placement, to be completed on Nov. 18.", "Nov. 18"),
    ]),
    # Dates in digits: month first with slashes unless it cannot be, day first with dots.
    (Expected.day("2024-11-08"), [
        ("Last updated 11/08/2024.", "11/08/2024"),
        ("Termin am 08.11.2024.", "08.11.2024"),
        ("Posted 2024/11/08.", "2024/11/08"),
    ]),
    (Expected.day("2024-12-31"), [
        ("The deadline was extended to 31/12/2024.", "31/12/2024"),
        ("The deadline was extended to 12/31/2024.", "12/31/2024"),
    ]),
    (Expected("2024-11-05T10:00", "TIME", ("2024-11-05", "2024-11-05")), [
        ("Date: Tue, 05 Nov 2024 10:00:00 GMT", "Tue, 05 Nov 2024 10:00:00 GMT"),
        ("Polls close at 10 a.m. Tues., Nov. 5.", "10 a.m. Tues., Nov. 5"),
    ]),
    # Clock times in 24 hours after a word that makes them a time, and with a dot.
    (Expected("2024-11-11T14:05", "TIME", ("2024-11-11", "2024-11-11")), [
        ("The train leaves at 14:05 today.", "14:05 today"),
        ("The office is open from 14:05.", "14:05"),
    ]),
    (Expected("2024-11-11T06:05", "TIME", ("2024-11-11", "2024-11-11")), [
        ("The first train leaves at 6:05 today.", "6:05 today"),
        ("The office opens at 6:05.", "6:05"),
    ]),
    (Expected("2024-11-16T19:45", "TIME", ("2024-11-16", "2024-11-16")), [
        ("The match will kick off at 7:45 on Saturday evening.", "7:45 on Saturday evening"),
    ]),
    (Expected("2024-11-10T22:15", "TIME", ("2024-11-10", "2024-11-10")), [
        ("Police were called at 10.15pm on Sunday.", "10.15pm on Sunday"),
    ]),
    # ISO 8601 timestamps, as page metadata writes them.
    (Expected("2024-11-06T14:30", "TIME", ("2024-11-06", "2024-11-06")), [
        ("Published 2024-11-06T14:30:00Z.", "2024-11-06T14:30:00Z"),
        ("Updated 2024-11-06T14:30+01:00 by staff.", "2024-11-06T14:30+01:00"),
    ]),
    # "this weekend" told in the past on a weekday is the one just gone; "since Monday" told
    # on a Monday is a week back.
    (Expected("2024-W45-WE", interval=("2024-11-09", "2024-11-10")), [
        ("Clocks went back this weekend.", "this weekend"),
    ]),
    (Expected("2024-W46-WE", interval=("2024-11-16", "2024-11-17")), [
        ("Clocks go back this weekend.", "this weekend"),
    ]),
    (Expected.day("2024-11-04"), [
        ("Power has been out since Monday.", "Monday"),
    ]),
    # Short weekday names lead a date in datelines and page headers.
    (Expected.day("2024-11-08"), [
        ("Updated Fri November 8, 2024", "Fri November 8, 2024"),
        ("Published Fri 8 Nov 2024", "Fri 8 Nov 2024"),
        ("Posted Fri., Nov. 8", "Fri., Nov. 8"),
        ("Posted Fri, 8 Nov", "Fri, 8 Nov"),
    ]),

    # Amounts added to others, and units counted back without a number.
    # Two units back or ahead.
    (Expected("2024-W44", interval=("2024-10-28", "2024-11-03")), [
        ("The week before last, the talks collapsed.", "The week before last"),
    ]),
    (Expected("2026", interval=("2026-01-01", "2026-12-31")), [
        ("Elections are due the year after next.", "the year after next"),
    ]),
    # Bare plural units after a word that makes them an amount of time.
    (Expected("PXD", "DURATION"), [
        ("Protests grew within days.", "days"),
        ("After days of fighting, the town fell.", "days"),
    ]),
    (Expected("PXW", "DURATION"), [
        ("It could take weeks to clear.", "weeks"),
    ]),
    (Expected("PTXH", "DURATION"), [
        ("Rescuers worked for hours.", "hours"),
        ("Talks ended after hours of debate.", "hours"),
    ]),
    # Fractions of a unit: decades and centuries in years, others in the next smaller unit.
    (Expected("P50Y", "DURATION"), [
        ("The party ruled for half a century.", "half a century"),
        ("The party ruled for a half-century.", "a half-century"),
    ]),
    (Expected("P25Y", "DURATION"), [
        ("He served for a quarter of a century.", "a quarter of a century"),
        ("Jobless claims fell to a quarter-century low.", "a quarter-century"),
    ]),
    (Expected("P1Y6M", "DURATION"), [
        ("The trial lasted one and a half years.", "one and a half years"),
        ("The trial lasted a year and a half.", "a year and a half"),
    ]),
    (Expected("PT45M", "DURATION"), [
        ("They waited three quarters of an hour.", "three quarters of an hour"),
    ]),
    (Expected("197X", interval=("1970-01-01", "1979-12-31")), [
        ("The plant opened half a century ago.", "half a century ago"),
    ]),
    (Expected("2023-05", interval=("2023-05-01", "2023-05-31")), [
        ("The plant opened a year and a half ago.", "a year and a half ago"),
        ("The plant opened 18 months ago.", "18 months ago"),
    ]),
    (Expected("P2W", "DURATION"), [
        ("They will stay for two more weeks.", "two more weeks"),
        ("They will stay for two additional weeks.", "two additional weeks"),
    ]),
    (Expected("PAST_REF"), [
        ("The firm, which just months ago was failing, recovered.", "months ago"),
    ]),
    # The week or weekend holding a named day.
    (Expected("2024-W47", interval=("2024-11-18", "2024-11-24")), [
        ("The hearing is set for the week of Nov. 18.", "the week of Nov. 18"),
    ]),
    (Expected("2024-W45-WE", interval=("2024-11-09", "2024-11-10")), [
        ("Protests grew on the weekend of Nov. 9.", "the weekend of Nov. 9"),
    ]),
    # Days counted from a named day.
    (Expected.day("2024-11-04"), [
        ("He left the day before last Tuesday's hearing.", "the day before last Tuesday"),
        ("He left three days before Thursday.", "three days before Thursday"),
        ("He left a week before Nov. 11.", "a week before Nov. 11"),
    ]),
    (Expected.day("2023-12-26"), [
        ("The shops reopened the day after Christmas.", "the day after Christmas"),
    ]),
    # "in two weeks" told in the past is an amount, not a point ahead.
    (Expected("P2W", "DURATION"), [
        ("His second letter in two weeks was published.", "two weeks"),
    ]),
    (Expected("2024-W48", interval=("2024-11-25", "2024-12-01")), [
        ("He will return in two weeks.", "two weeks"),
    ]),
    # A plan told in the past may lie either side: the nearest day of that name.
    (Expected.day("2024-11-08"), [
        ("The offer had been scheduled to expire Friday.", "Friday"),
        ("The vote was set for Friday.", "Friday"),
    ]),
    (Expected.day("2024-11-12"), [
        ("The vote was set for Tuesday.", "Tuesday"),
    ]),
    # A modal, a forecast, a request or a due date looks ahead; a guess at the past does not,
    # nor does a "that" clause after the day take it along.
    (Expected.day("2024-11-15"), [
        ("The vote may come as early as Friday.", "Friday"),
        ("Talks might resume on Friday.", "Friday"),
        ("The board should decide by Friday.", "Friday"),
        ("Snow is forecast for Friday.", "Friday"),
        ("A ruling is expected Friday.", "Friday"),
        ("Rain is likely on Friday.", "Friday"),
        ("Please send your comments before Friday.", "Friday"),
        ("Reports due by Friday.", "Friday"),
        ("Government shutdown looms Friday", "Friday"),
    ]),
    # A headline's "to" and a plain verb, with no other tense cue, look ahead; a "to" that
    # is a preposition does not.
    (Expected.day("2024-11-14"), [
        ("Storm to hit coast Thursday", "Thursday"),
        ("Toronto to host summit on Thursday", "Thursday"),
        ("Storm to bring heavy rain Thursday", "Thursday"),
        ("Biden to meet Xi on Thursday", "Thursday"),
        ("Rail fares to rise 1% from Thursday", "Thursday"),
    ]),
    (Expected.day("2024-11-15"), [
        ("Rep. Jim May said the vote may come as early as Friday.", "Friday"),
    ]),
    (Expected.day("2024-11-08"), [
        ("Anyone who witnessed the crash on Friday should call police.", "Friday"),
        ("Customers who bought the kettle on Friday should return it.", "Friday"),
        ("Injuries to players on Friday", "Friday"),
        ("Man admits to killing wife on Friday", "Friday"),
        ("Flights from Paris to Rome on Friday", "Friday"),
        ("Two dead, according to police on Friday", "Friday"),
        ("The suspect may have left the country on Friday.", "Friday"),
        ("She told reporters on Friday that she would run again.", "Friday"),
        ("Moscow warned on Friday that air strikes might follow.", "Friday"),
    ]),
    # Years with their era; before year 1 they have no interval.
    (Expected("BC0049"), [
        ("Caesar crossed the Rubicon in 49 BC.", "49 BC"),
        ("Caesar crossed the Rubicon in 49 B.C.", "49 B.C."),
        ("Caesar crossed the Rubicon in 49 BCE.", "49 BCE"),
    ]),
    (Expected("0410", interval=("0410-01-01", "0410-12-31")), [
        ("Rome was sacked in 410.", "410"),
        ("In 410 the Visigoths sacked Rome.", "410"),
        ("In 410, Rome was sacked.", "410"),
    ]),
    (Expected("0800", interval=("0800-01-01", "0800-12-31")), [
        ("Charlemagne was crowned in AD 800.", "AD 800"),
        ("Charlemagne was crowned in 800 CE.", "800 CE"),
    ]),
    (Expected("1200", interval=("1200-01-01", "1200-12-31"), mod="APPROX"), [
        ("The castle was built c. 1200.", "c. 1200"),
        ("The castle was built circa 1200.", "circa 1200"),
    ]),
    # Midnight ends the day it names.
    (Expected("2024-11-08T24:00", "TIME", ("2024-11-08", "2024-11-08")), [
        ("The offer expired at midnight Friday.", "midnight Friday"),
        ("The offer was due to expire at midnight Friday.", "midnight Friday"),
    ]),
    (Expected("2024-11-03T00:00", "TIME", ("2024-11-03", "2024-11-03")), [
        ("They left just after midnight on Nov. 3.", "midnight on Nov. 3"),
    ]),
    (Expected("2024-11-10T01:00", "TIME", ("2024-11-10", "2024-11-10")), [
        ("The clocks went back at 1am on Sunday morning.", "1am on Sunday morning"),
        ("The clocks went back on Sunday morning at 1am.", "Sunday morning at 1am"),
    ]),
    (Expected("2024-11-11T23:00", "TIME", ("2024-11-11", "2024-11-11")), [
        ("The period ends at 11pm tonight.", "11pm tonight"),
    ]),
    # An hour without a.m. or p.m. in the afternoon, evening or night is after noon.
    (Expected("2024-11-11T22:30", "TIME", ("2024-11-11", "2024-11-11")), [
        ("The show starts at 10:30 tonight.", "10:30 tonight"),
    ]),
    # Midnight on a night is that day's end.
    (Expected("2024-11-11T24:00", "TIME", ("2024-11-11", "2024-11-11")), [
        ("The treaty takes effect at midnight tonight.", "midnight tonight"),
    ]),
    # Counted from a day named: "a week from today", "fifty years ago today".
    (Expected.day("2024-11-18"), [
        ("The committee will meet again a week from today.", "a week from today"),
    ]),
    (Expected.day("1974-11-11"), [
        ("Fifty years ago today, the bridge opened.", "Fifty years ago today"),
    ]),
    # Months and years count on from today too.
    (Expected.day("2025-11-11"), [
        ("The lease expires one year from today.", "one year from today"),
    ]),
    (Expected.day("2025-05-11"), [
        ("The law lapses six months from today.", "six months from today"),
    ]),
    (Expected("2024-11-11T16:00", "TIME", ("2024-11-11", "2024-11-11")), [
        ("It starts at four o'clock this afternoon.", "four o'clock this afternoon"),
        ("It started at four o'clock in the afternoon.", "four o'clock in the afternoon"),
    ]),
    # British English counts weeks on from the coming weekday.
    (Expected.day("2024-11-19"), [
        ("The chancellor will set out the plans on Tuesday week.", "Tuesday week"),
        ("The chancellor will set out the plans a week on Tuesday.", "a week on Tuesday"),
    ]),
    (Expected.day("2024-11-30"), [
        ("The vote is Saturday fortnight.", "Saturday fortnight"),
        ("The vote is a fortnight on Saturday.", "a fortnight on Saturday"),
    ]),
    (Expected("2024-11-11T11:00", "TIME", ("2024-11-11", "2024-11-11")), [
        ("The meeting began at eleven o'clock.", "eleven o'clock"),
        ("The meeting began at 11 o'clock.", "11 o'clock"),
    ]),
    (Expected("2024-11-17T24:00", "TIME", ("2024-11-17", "2024-11-17")), [
        ("The sale ends at midnight on Sunday.", "midnight on Sunday"),
    ]),
    # A schedule told in the present lies ahead.
    (Expected.day("2024-11-17"), [
        ("The sale ends on Sunday.", "Sunday"),
        ("Nadal faces Ruud in Sunday's final.", "Sunday"),
        ("The museum closes on Sunday for repairs.", "Sunday"),
        ("The team hosts Arsenal on Sunday.", "Sunday"),
        ("The team plays Arsenal on Sunday.", "Sunday"),
        ("The clocks go back on Sunday.", "Sunday"),
    ]),
    # A verb after "will" that takes a date puts it ahead, however near the past one is.
    (Expected.day("2025-11-01"), [
        ("Parliament will return on Nov. 1.", "Nov. 1"),
    ]),
    # ...but not when a past verb takes the date directly.
    (Expected.day("2023-11-18"), [
        ("The firm lost money in the period that ended Nov. 18.", "Nov. 18"),
        ("The mayor resigned on Nov. 18.", "Nov. 18"),
        ("The mayor, 52, resigned on Nov. 18.", "Nov. 18"),
        ("They all resigned on Nov. 18.", "Nov. 18"),
        ("On Nov. 18, the mayor resigned.", "Nov. 18"),
    ]),
    # An amount before an event is an amount: its date would be the event's.
    (Expected("P10D", "DURATION"), [
        ("A jogger saw the car 10 days before the murder.", "10 days"),
        ("The car was seen in the street 10 days before the shooting.", "10 days"),
    ]),
    (Expected("P10D", "DURATION", mod="EQUAL_OR_MORE"), [
        ("The banks must wait at least 10 days before closing the deal.", "at least 10 days"),
    ]),
    (Expected.day("2024-11-01"), [
        ("He had left the city 10 days before.", "10 days before"),
    ]),
    # Holidays.
    (Expected.day("2023-11-23"), [
        ("The boy was found on Thanksgiving Day.", "Thanksgiving Day"),
        ("The boy was found last Thanksgiving.", "last Thanksgiving"),
    ]),
    (Expected.day("2024-12-25"), [
        ("The family will meet at Christmas.", "Christmas"),
        ("The family will meet on Christmas Day.", "Christmas Day"),
    ]),
    (Expected.day("2024-11-05"), [
        ("Voters went to the polls on Election Day.", "Election Day"),
    ]),
    (Expected.day("2024-11-29"), [
        ("Retailers are gearing up for Black Friday.", "Black Friday"),
    ]),
    (Expected.day("2025-07-04"), [
        ("Fireworks will light the sky on the Fourth of July.", "Fourth of July"),
    ]),
    (Expected.day("2025-04-20"), [
        ("The church reopens at Easter 2025.", "Easter 2025"),
    ]),
    (Expected.day("2025-03-30"), [
        ("Florists expect a rush before Mothering Sunday 2025.", "Mothering Sunday 2025"),
    ]),
    # Months of a year counted from the reference: "July last year".
    (Expected("2023-07", interval=("2023-07-01", "2023-07-31")), [
        ("In July last year he was arrested.", "July last year"),
        ("In July of last year he was arrested.", "July of last year"),
    ]),
    # Deadlines look ahead of a past-tense verb.
    (Expected.day("2024-11-20"), [
        ("The offer was extended to Nov. 20.", "Nov. 20"),
        ("The offer was extended until Nov. 20.", "Nov. 20"),
        ("The dividend is payable Nov. 20.", "Nov. 20"),
        ("He gave no reason for the Nov. 20 deadline.", "Nov. 20"),
    ]),
    (Expected.day("2024-11-12"), [
        ("The hearing was postponed until Tuesday.", "Tuesday"),
        ("The group said it might come as soon as Tuesday.", "Tuesday"),
    ]),
    # A deadline in the future tense looks ahead, unless the date ahead is most of a year off.
    (Expected("2025-12", interval=("2025-12-01", "2025-12-31"), published=dt.date(2025, 6, 2)), [
        ("The plant will close by December.", "December"),
        ("The plant will stay open until December.", "December"),
    ]),
    (Expected.day("2026-03-06", published=dt.date(2025, 6, 2)), [
        ("The offer will be extended until March 6.", "March 6"),
    ]),
    (Expected.day("2025-05-31", published=dt.date(2025, 6, 2)), [
        ("Payments will be made by May 31.", "May 31"),
    ]),
    (Expected("2025-09", interval=("2025-09-01", "2025-09-30"), published=dt.date(2025, 6, 2)), [
        ("Fed officials signal no rush to cut rates before September.", "September"),
    ]),
    # Put off to a weekday, it is the coming one even though the nearer lies behind; a span
    # that merely lasted until a weekday stays behind.
    (Expected.day("2024-11-12", published=dt.date(2024, 11, 8)), [
        ("The hearing was postponed until Tuesday.", "Tuesday"),
        ("The vote was pushed back to Tuesday.", "Tuesday"),
        ("The talks were adjourned till Tuesday.", "Tuesday"),
        ("The offer was extended until Tuesday.", "Tuesday"),
    ]),
    (Expected.day("2024-11-05", published=dt.date(2024, 11, 8)), [
        ("The strike lasted until Tuesday.", "Tuesday"),
    ]),
    # A named weekday tells the year of a date: Monday, Oct. 26 is in 1998.
    (Expected.day("1998-10-26", published=SUNDAY_1998), [
        ("The Times said in an editorial on Monday, Oct. 26: no.", "Monday, Oct. 26"),
    ]),
    # Shift words of two words, sets, amounts.
    (Expected.day("2024-11-17"), [
        ("They will march this coming Sunday.", "this coming Sunday"),
    ]),
    (Expected("2024-SP", interval=("2024-03-01", "2024-05-31")), [
        ("Sales slowed this past spring.", "this past spring"),
    ]),
    (Expected("XXXX-07", "SET"), [
        ("Orangemen march each July.", "each July"),
    ]),
    (Expected("P1W", "SET"), [
        ("The airline adds 700 seats a week.", "a week"),
        ("Four flights a week leave Bombay.", "a week"),
    ]),
    (Expected("P1Y", "SET"), [
        ("Exiles send $1 billion a year home.", "a year"),
    ]),
    # "every" and a counted amount: the set of times that far apart.
    (Expected("P4Y", "SET"), [
        ("Elections are held every four years.", "every four years"),
        ("Every 4 years, voters choose.", "Every 4 years"),
        ("The census runs once every four years.", "every four years"),
    ]),
    (Expected("PT15M", "SET"), [
        ("Buses leave every 15 minutes.", "every 15 minutes"),
    ]),
    (Expected("PXM", "SET"), [
        ("The board meets every few months.", "every few months"),
    ]),
    (Expected("P1Q", "SET"), [
        ("It pays interest every quarter.", "every quarter"),
    ]),
    (Expected("XXXX-SP", "SET"), [
        ("Each spring the river floods.", "Each spring"),
        ("The river floods every spring.", "every spring"),
    ]),
    (Expected("P2W", "SET"), [
        ("The board meets every other week.", "every other week"),
    ]),
    (Expected("2024", interval=("2024-01-01", "2024-12-31")), [
        ("In FY2024 revenue grew.", "FY2024"),
        ("In FY 24 revenue grew.", "FY 24"),
    ]),
    (Expected("2024-H1", interval=("2024-01-01", "2024-06-30")), [
        ("H1 2024 results beat forecasts.", "H1 2024"),
    ]),
    (Expected("P9M", "DURATION"), [
        ("Net rose 5% in the nine months.", "the nine months"),
        ("Net rose 5% in the latest nine months.", "the latest nine months"),
        ("Net rose 5% in the first nine months.", "the first nine months"),
    ]),
    (Expected("P2Y6M", "DURATION"), [
        ("They lived in camps for 2 1/2 years.", "2 1/2 years"),
        ("They lived in camps for 2.5 years.", "2.5 years"),
        ("They lived in camps for two years and six months.", "two years and six months"),
    ]),
    (Expected("P63Y7M", "DURATION"), [
        ("She reigned for 63 years and seven months.", "63 years and seven months"),
    ]),
    (Expected("PT5H30M", "DURATION"), [
        ("She spent 5 1/2 hours in Nairobi.", "5 1/2 hours"),
        ("She spent five hours and 30 minutes in Nairobi.", "five hours and 30 minutes"),
    ]),
    (Expected("P2DT3H", "DURATION"), [
        ("The siege lasted two days and three hours.", "two days and three hours"),
    ]),
    (Expected("P1DT12H", "DURATION"), [
        ("The talks lasted 1.5 days.", "1.5 days"),
    ]),
    (Expected("P1.5M", "DURATION"), [
        ("The strike lasted 1.5 months.", "1.5 months"),
    ]),
    (Expected("PT24H", "DURATION"), [
        ("In the last twenty four hours nothing moved.", "the last twenty four hours"),
    ]),
    (Expected("19XX", interval=("1900-01-01", "1999-12-31")), [
        ("It was the event of the 20th century.", "the 20th century"),
    ]),
    (Expected("2024-11-11T04:00", "TIME", ("2024-11-11", "2024-11-11")), [
        ("He will leave at 4 in the morning.", "4 in the morning"),
        ("He will leave at 4 o'clock in the morning.", "4 o'clock in the morning"),
    ]),
    (Expected("2024-11-11T20:00", "TIME", ("2024-11-11", "2024-11-11")), [
        ("They meet at 8 in the evening.", "8 in the evening"),
    ]),
    (Expected("199X", interval=("1990-01-01", "1999-12-31")), [
        ("Numbers dropped through the nineties.", "the nineties"),
        ("It boomed in the '90s.", "the '90s"),
    ]),
    (Expected("XXXX-XX-XXT12:00", "TIME", published=None), [
        ("The judge ruled at midday.", "midday"),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The doctor was attacked on Thursday. He died at 10 p.m.", "2024-11-07T22:00"),
        ("The doctor was attacked on Thursday. He dies at 10 p.m.", "2024-11-11T22:00"),
        ("The doctor was attacked on Thursday. It will end at 10 p.m.", "2024-11-11T22:00"),
        ("The doctor died at 10 p.m.", "2024-11-11T22:00"),
        ("The vote is on Dec. 20. The doctor died at 10 p.m.", "2024-11-11T22:00"),
    ],
)
def test_a_clock_time_told_in_the_past_falls_on_the_day_last_mentioned(
    text: str, value: str
) -> None:
    assert extract_times(text, PUBLISHED)[-1].value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit is on April 24 and 25.", [("April 24", "2025-04-24"), ("25", "2025-04-25")]),
        ("Talks ran Nov. 5-7.", [("Nov. 5", "2024-11-05"), ("7", "2024-11-07")]),
        (
            "Talks ran Nov. 5\u20137, 2024.",
            [("Nov. 5", "2024-11-05"), ("7", "2024-11-07"), ("2024", "2024")],
        ),
        ("On Nov. 5 and 6 percent of voters left.", [("Nov. 5", "2024-11-05")]),
        ("On Nov. 5, 6 people died.", [("Nov. 5", "2024-11-05")]),
        (
            "On Nov. 5 and 3 p.m. it rained.",
            [("Nov. 5", "2024-11-05"), ("3 p.m.", "2024-11-05T15:00")],
        ),
    ],
)
def test_the_second_day_of_a_range_in_one_month_is_its_own_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in extract_times(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in June and July.", [("June", "2024-06"), ("July", "2024-07")]),
        ("Sales fell between January and April.", [("January", "2024-01"), ("April", "2024-04")]),
        ("The shop closed in June, July or August.",
         [("June", "2024-06"), ("July", "2024-07"), ("August", "2024-08")]),
        ("The shop closes in June, July or August.",
         [("June", "2025-06"), ("July", "2025-07"), ("August", "2025-08")]),
        ("Sales rose from June to early August.",
         [("June", "2024-06"), ("early August", "2024-08")]),
        ("Sales rose between June and August 2021.",
         [("June", "2021-06"), ("August 2021", "2021-08")]),
        ("They met on Nov. 5 and Dec. 3, 2021.",
         [("Nov. 5", "2021-11-05"), ("Dec. 3, 2021", "2021-12-03")]),
        ("It ran from Dec. 28 to Jan. 3, 2021.",
         [("Dec. 28", "2020-12-28"), ("Jan. 3, 2021", "2021-01-03")]),
        ("Talks ran Nov. 5-7, 2020.",
         [("Nov. 5", "2020-11-05"), ("7", "2020-11-07"), ("2020", "2020")]),
        ("He was backed by May and Johnson.", []),
        ("Talks between May and Juncker failed.", []),
        ("They called on April 18 and May said she would win.", [("April 18", "2024-04-18")]),
        ("In March, April Ryan asked.", [("March", "2024-03")]),
        ("Police said around 1200 people were arrested.", []),
        ("I told May and June that we may march.", []),
        ("Trade grew in the 12th and 13th centuries.",
         [("the 12th", "11XX"), ("13th centuries", "12XX")]),
    ],
)  # fmt: skip
def test_months_and_dates_in_a_list_are_read_with_the_year_given_once(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in extract_times(text, dt.date(2024, 11, 8))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair runs from Friday to Sunday.", ["2024-11-08", "2024-11-10"]),
        ("The fair ran from Dec. 28 to Jan. 3.", ["2023-12-28", "2024-01-03"]),
        ("The fair runs Dec. 28 through Jan. 3.", ["2024-12-28", "2025-01-03"]),
        ("He was away between Monday and Thursday.", ["2024-11-04", "2024-11-07"]),
        ("Shares were bought from Sept. 14 to Thursday.", ["2024-09-14", "2024-11-07"]),
        # a pair without "between" keeps each reading
        ("They met Friday and Sunday.", ["2024-11-08", "2024-11-03"]),
    ],
)  # fmt: skip
def test_the_end_of_a_span_of_days_lies_on_or_after_its_start(
    text: str, expected: list[str]
) -> None:
    assert [t.value for t in extract_times(text, dt.date(2024, 11, 8))] == expected


@given(dates(1800, 2200), weekday_names(), weekday_names(), st.sampled_from(["runs", "ran"]))
def test_a_span_between_weekdays_ends_within_a_week_of_its_start(
    published: dt.date, first: str, last: str, verb: str
) -> None:
    start, end = extract_times(f"The fair {verb} from {first} to {last}.", published)
    assert start.interval is not None and end.interval is not None
    assert 0 <= (end.interval[0] - start.interval[0]).days <= 6


@given(dates(1800, 2200), month_days(), month_days())
def test_a_span_between_dates_without_a_year_ends_within_a_year_of_its_start(
    published: dt.date, first: tuple[int, int], last: tuple[int, int]
) -> None:
    text = (
        f"The fair ran from {MONTH_NAMES[first[0] - 1]} {first[1]}"
        f" to {MONTH_NAMES[last[0] - 1]} {last[1]}."
    )
    start, end = extract_times(text, published)
    assert start.interval is not None and end.interval is not None, text
    longest = 8 * 366 if last == (2, 29) else 365  # the next February 29 may be 8 years off
    assert 0 <= (end.interval[0] - start.interval[0]).days <= longest, text


def _news_params() -> list[object]:
    return [
        pytest.param(
            expected, sentence, span, id=f"{expected.value}@{expected.published}:{sentence}"
        )
        for expected, phrasings in NEWS_CORPUS
        for sentence, span in phrasings
    ]


@pytest.mark.parametrize(("expected", "sentence", "span"), _news_params())
def test_news_conventions(expected: Expected, sentence: str, span: str) -> None:
    test_corpus(expected, sentence, span)


@pytest.mark.parametrize(("short", "value"), [("Thurs.", "2024-11-07"), ("Fri,", "2025-11-07")])
def test_a_short_weekday_picks_the_year_of_a_yearless_date(short: str, value: str) -> None:
    text = f"Voting closed {short} Nov. 7 and results came later."
    (found,) = extract_times(text, dt.date(2025, 5, 1))
    assert (found.text, found.value) == (f"{short} Nov. 7", value)


#: Texts whose expressions refer to one another: the reporting period of a company's news.
REPORTS = [
    pytest.param(
        "Net rose in the third quarter. In the year-ago quarter it fell. The quarter was "
        "strong, and sales were flat a year earlier. Last year, it lost money.",
        [("the third quarter", "2024-Q3"), ("the year-ago quarter", "2023-Q3"),
         ("The quarter", "2024-Q3"), ("a year earlier", "2023-Q3"), ("Last year", "2023")],
        id="quarter-and-year-ago",
    ),
    pytest.param(
        "Profit fell in the second quarter. In the year-earlier period it rose, and in the "
        "2023 period it also rose. The year-ago results were restated.",
        [("the second quarter", "2024-Q2"), ("the year-earlier period", "2023-Q2"),
         ("the 2023 period", "2023-Q2"), ("year-ago", "2023-Q2")],
        id="period-takes-the-last-quarter",
    ),
    pytest.param(
        "It expects a loss in the fourth quarter. In the latest quarter it earned $5.",
        [("the fourth quarter", "2024-Q4"), ("the latest quarter", "2024-Q3")],
        id="latest-quarter-has-ended",
    ),
    pytest.param(
        "Sales fell a year ago, from 1994 to 1997.",
        [("a year ago", "2023"), ("1994", "1994"), ("1997", "1997")],
        id="no-quarter-no-reporting-period",
    ),
    pytest.param(
        "Revenue for the year ended June 30 fell. Net income in the fiscal year ending "
        "March 31 rose, as it did in the nine months ended Sept. 30.",
        [("the year", "P1Y"), ("June 30", "2024-06-30"), ("the fiscal year", "P1Y"),
         ("March 31", "2024-03-31"), ("the nine months", "P9M"), ("Sept. 30", "2024-09-30")],
        id="fiscal-year-spans",
    ),
    pytest.param(
        "He fled to Florida in June 1998 and returned to Cuba later that year.",
        [("June 1998", "1998-06"), ("later that year", "1998")],
        id="that-year",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_reports(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_times(text, PUBLISHED)
    assert [(f.text, f.value) for f in found] == expected


NOT_TIMES_IN_NEWS = [
    "He previously served as mayor.",
    "Soon the crowd left.",
    "The future of the party is unclear.",
    "A 44-year-old man was held.",
    "He is 52 years old.",
    "The 6-month-old puppy slept.",
    "Iraq imports about three-quarters of its food.",
    "Magna cut its quarterly dividend.",
    "He paid $1990 for the car.",
    "The index closed at 2082.1 points.",
    "Only 1500 people came.",
    "It was named Person of the Year.",
    "She was in her forties.",
    "The form was dated 2024-02-31.",
    "The Sunday Times and the Mail on Sunday ran it; the Sunday Post did not.",
    "He told a Mail on Sunday reporter; it was in the Sunday Business Post.",
    "A 5 min read.",
    "The Six O'Clock News ran it, and the ten o'clock news did not.",
    "The risk is one in 100, the odds 1 in 250.",
    "It was written in 300 words and sold in 100 to 200 stores.",
]


@pytest.mark.parametrize("text", NOT_TIMES_IN_NEWS)
def test_news_phrases_that_are_not_times(text: str) -> None:
    assert extract_times(text, PUBLISHED) == []


@settings(max_examples=200, deadline=None)
@given(holiday_names(), st.integers(1583, 9999))
def test_every_holiday_falls_in_its_month_on_its_weekday(name: str, year: int) -> None:
    day = holiday_date(name, year)
    assert day.year == year
    if name in lexicon.FIXED_HOLIDAYS:
        assert (day.month, day.day) == lexicon.FIXED_HOLIDAYS[name]
    elif name in lexicon.WEEKDAY_HOLIDAYS:
        month, weekday, _ = lexicon.WEEKDAY_HOLIDAYS[name]
        assert (day.month, day.weekday()) == (month, weekday)
    elif name in lexicon.EASTER_HOLIDAYS:
        easter = day - dt.timedelta(days=lexicon.EASTER_HOLIDAYS[name])
        assert easter.weekday() == 6
        assert dt.date(year, 3, 22) <= easter <= dt.date(year, 4, 25)
    else:
        month, weekday, nth, after = lexicon.AFTER_WEEKDAY_HOLIDAYS[name]
        base = day - dt.timedelta(days=after)  # Thanksgiving for Black Friday
        assert (base.month, base.weekday(), (base.day - 1) // 7 + 1) == (month, weekday, nth)


@pytest.mark.parametrize(
    ("year", "easter"),
    [(1998, "1998-04-12"), (2000, "2000-04-23"), (2024, "2024-03-31"), (2025, "2025-04-20"),
     (2038, "2038-04-25"), (2285, "2285-03-22")],
)  # fmt: skip
def test_easter_falls_on_its_known_dates(year: int, easter: str) -> None:
    assert holiday_date("easter", year) == _d(easter)


@settings(max_examples=200, deadline=None)
@given(inner_dates(), holiday_names())
def test_a_holiday_in_the_past_tense_is_its_last_one(published: dt.date, name: str) -> None:
    value = resolve(Holiday(name), Context(published, Tense.PAST))
    assert value.start is not None
    assert value.start <= published < holiday_date(name, value.start.year + 1)


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (dt.date(1, 1, 1), "The mayor resigned on December 30."),
        (dt.date(9999, 12, 31), "The mayor will resign on January 2."),
    ],
    ids=["past-before-year-1", "future-after-9999"],
)
def test_a_direction_the_calendar_cannot_follow_stays_unresolved(
    published: dt.date, text: str
) -> None:
    found = _one(text, published)
    assert found.value.startswith("XXXX") and found.interval is None


def test_a_verb_that_takes_a_date_gives_it_its_own_tense() -> None:
    text = "Parliament was prorogued on Oct. 18 and will return on Nov. 1."
    found = [(f.text, f.value) for f in extract_times(text, PUBLISHED)]
    assert found == [("Oct. 18", "2024-10-18"), ("Nov. 1", "2025-11-01")]
