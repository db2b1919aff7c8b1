"""Hypothesis strategies shared by the tests: calendar dates with their edge cases, the
words of the lexicon, and text that looks enough like news to exercise the rules."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import strategies as st

from timeline import lexicon

#: Years that lie well inside the calendar, so that a year either side still exists.
INNER_YEARS = (2, 9998)

WEEKDAY_NAMES: tuple[str, ...] = tuple(
    name.capitalize() for name, _ in sorted(lexicon.WEEKDAYS.items(), key=lambda kv: kv[1])
)
MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name[1:])

#: Years whose ISO calendar has a week 53.
_WEEK_53_YEARS: tuple[int, ...] = tuple(
    year for year in range(1, 9999) if dt.date(year, 12, 28).isocalendar()[1] == 53
)
_LEAP_YEARS: tuple[int, ...] = tuple(year for year in range(1, 10000) if calendar.isleap(year))


def _years(min_year: int, max_year: int) -> st.SearchStrategy[int]:
    return st.integers(min_year, max_year)


@st.composite
def _year_edge(draw: st.DrawFn, min_year: int, max_year: int) -> dt.date:
    """A day within a week of a new year, where "last week" and "December 30" cross it."""
    year = draw(_years(min_year, max_year - 1))
    return dt.date(year, 12, 25) + dt.timedelta(days=draw(st.integers(0, 13)))


@st.composite
def _leap_day(draw: st.DrawFn, min_year: int, max_year: int) -> dt.date:
    """February 29 of a leap year, or a day beside it."""
    year = draw(st.sampled_from([y for y in _LEAP_YEARS if min_year <= y <= max_year]))
    return dt.date(year, 2, 29) + dt.timedelta(days=draw(st.integers(-1, 1)))


@st.composite
def _week_53_day(draw: st.DrawFn, min_year: int, max_year: int) -> dt.date:
    """A day in or just after ISO week 53 of a year that has one."""
    year = draw(st.sampled_from([y for y in _WEEK_53_YEARS if min_year <= y < max_year]))
    monday = dt.date.fromisocalendar(year, 53, 1)
    return monday + dt.timedelta(days=draw(st.integers(0, 13)))


def dates(min_year: int = 1, max_year: int = 9999) -> st.SearchStrategy[dt.date]:
    """Days of the calendar, weighted towards year ends, leap days and ISO week 53."""
    lowest, highest = dt.date(min_year, 1, 1), dt.date(max_year, 12, 31)
    return st.one_of(
        st.dates(lowest, highest),
        _year_edge(min_year, max_year),
        _leap_day(min_year, max_year),
        _week_53_day(min_year, max_year),
    ).filter(lambda day: lowest <= day <= highest)


def inner_dates() -> st.SearchStrategy[dt.date]:
    """Publication dates with at least a year of calendar on either side."""
    return dates(*INNER_YEARS)


def edge_dates() -> st.SearchStrategy[dt.date]:
    """Days in the first and the last fortnight the calendar holds."""
    first = st.integers(0, 20).map(lambda n: dt.date.min + dt.timedelta(days=n))
    last = st.integers(0, 20).map(lambda n: dt.date.max - dt.timedelta(days=n))
    return st.one_of(first, last)


def holiday_names() -> st.SearchStrategy[str]:
    """A holiday of the lexicon, as its key: "thanksgiving", "easter monday"."""
    return st.sampled_from(
        sorted(
            {*lexicon.FIXED_HOLIDAYS, *lexicon.WEEKDAY_HOLIDAYS, *lexicon.EASTER_HOLIDAYS,
             *lexicon.AFTER_WEEKDAY_HOLIDAYS}
        )
    )  # fmt: skip


def weekday_names() -> st.SearchStrategy[str]:
    """A weekday as written in running text: "Thursday"."""
    return st.sampled_from(WEEKDAY_NAMES)


@st.composite
def month_days(draw: st.DrawFn) -> tuple[int, int]:
    """A (month, day) that exists in some year; February 29 included."""
    month = draw(st.integers(1, 12))
    last = 29 if month == 2 else calendar.monthrange(2001, month)[1]
    return month, draw(st.integers(1, last))


#: Words to build text from: the lexicon's keys and some ordinary words around them.
_VOCABULARY: tuple[str, ...] = tuple(
    sorted(
        {
            *lexicon.MONTHS,
            *WEEKDAY_NAMES,
            *MONTH_NAMES,
            *lexicon.SEASONS,
            *lexicon.PARTS_OF_DAY,
            *lexicon.NUMBER_WORDS,
            *lexicon.UNITS,
            *lexicon.SHIFT_WORDS,
            *lexicon.DEICTIC_DAYS,
            *lexicon.ANAPHORIC_DAYS,
            *lexicon.COUNTED_DIRECTIONS,
            *lexicon.REFERENCES,
            *lexicon.FREQUENCY_ADVERBS,
            *lexicon.POSITION_MODIFIERS,
            *lexicon.AMOUNT_MODIFIERS,
            *lexicon.FUTURE_CUES,
            *lexicon.FIXED_HOLIDAYS,
            *lexicon.WEEKDAY_HOLIDAYS,
            *lexicon.EASTER_HOLIDAYS,
            *lexicon.REPORTING_PERIOD_WORDS,
            *lexicon.REPORT_YEARS,
            *lexicon.SPELLED_CENTURIES,
            *lexicon.YEAR_END_PHRASES,
            *lexicon.VAGUE_REFERENCE_WORDS,
            *lexicon.DEADLINE_CUES,
            *lexicon.RELATIVE_POSITION_MODIFIERS,
            *lexicon.YEAR_POSSESSORS,
            "in", "on", "the", "of", "at", "said", "will", "every", "Q3", "p.m.", "noon",
            "2024", "1990s", "2024-11-07", "3", "20th", "10:30", "1,500", "'s", "quarter",
            "third-quarter", "year-ago", "period", "year's", "1996", "$", "%", "Thanksgiving",
            "Christmas", "century", "1/2", "year-old",
        }
    )
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "-", "  ", ""])


@st.composite
def newsy_text(draw: st.DrawFn) -> str:
    """Text made of temporal words, numbers and noise, joined by spaces and punctuation."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_VOCABULARY),
                st.sampled_from(_VOCABULARY).map(str.upper),
                st.integers(0, 99999).map(str),
                st.text(max_size=4),
            ),
            max_size=25,
        )
    )
    out = []
    for piece in pieces:
        out.append(piece)
        out.append(draw(_SEPARATORS))
    return "".join(out)


def any_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode text, or text that looks like news."""
    return st.one_of(st.text(max_size=200), newsy_text())
