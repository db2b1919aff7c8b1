"""Extract: find temporal expressions and say what their words mean, without any date.

The extractor turns text into :class:`TimeMention` values: a character span, the *meaning*
of its words (one of a closed set of frozen types below) and the tense of the clause around
it. It never sees a publication date or a clock; :mod:`timeline.resolve` turns a meaning
into a value against an anchor.

Each rule is a named regular expression built from the tables in :mod:`timeline.lexicon`
plus a production that reads its match into a meaning. Rules carry examples that the tests
run. Every pattern is linear in the length of the text: quantifiers are bounded and no
group repeats another quantified group.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final

import attrs

from timeline import lexicon
from timeline._patterns import (
    APOSTROPHE,
    alternation,
    capitalised,
    caseless_alternation,
    first_characters,
    grouped_alternation,
    lookahead,
)
from timeline.segment import ends_sentence

__all__ = [
    "Anaphoric",
    "CalendarDate",
    "ClockTime",
    "Containing",
    "Deictic",
    "Duration",
    "Grain",
    "Holiday",
    "Meaning",
    "PeriodOfYear",
    "Recurrence",
    "Reference",
    "ReportingPeriod",
    "Shifted",
    "Tense",
    "TenseIndex",
    "TimeMention",
    "WeekdayRef",
    "clause_tense",
    "extract",
    "looks_past",
]


class Grain(enum.Enum):
    """Units of calendar time, from the finest to the coarsest."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    FORTNIGHT = "fortnight"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class Tense(enum.Enum):
    """The tense of the clause around an expression, as far as its words tell."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    #: A plan told in the past ("was scheduled to expire Friday"): it may lie either side.
    FUTURE_IN_PAST = "future in the past"
    UNKNOWN = "unknown"


# --- Meanings: what the words say --------------------------------------------------------


@attrs.frozen
class CalendarDate:
    """A date on the calendar with the fields the words gave: "November 7", "2024"; the
    weekday, if they named it too ("Monday, Oct. 26"), tells the year."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


@attrs.frozen
class PeriodOfYear:
    """A season, quarter or half of a year, which may be missing: "the third quarter".

    ``year_offset`` counts the year from the reference year: "last year's third quarter".
    ``anaphoric`` periods count ``shift`` from the last mentioned date, not the reference:
    "the following spring", "that winter" (0), "the previous October"; or, with
    ``year_offset``, lie in the year that many after its year: "November of the following
    year". ``of_a_year`` periods are named as parts of a year ("the second half of the
    year"): the tense alone places them, not the habit of reporting on the quarter just
    ended."""

    grain: Grain
    index: int | str
    year: int | None = None
    shift: int | None = None
    year_offset: int | None = None
    anaphoric: bool = False
    of_a_year: bool = False


@attrs.frozen
class ReportingPeriod:
    """The reporting period a text is about, or the same period a number of years before:
    "the quarter", "the latest period", "the year-earlier quarter". ``grain`` None for
    "period", which takes the grain of the period last mentioned."""

    grain: Grain | None
    years_back: int = 0
    year: int | None = None


@attrs.frozen
class Holiday:
    """A holiday, by its lexicon name, in a year the words may give: "Thanksgiving", "last
    Christmas" (``shift`` -1), "Easter 2024"."""

    name: str
    year: int | None = None
    shift: int | None = None


@attrs.frozen
class WeekdayRef:
    """A day of the week; ``shift`` is -1 "last", 0 "this", +1 "next", None for bare.

    ``anaphoric`` weekdays ("the following Tuesday") count from the last mentioned date.
    """

    weekday: int
    shift: int | None = None
    anaphoric: bool = False


@attrs.frozen
class Deictic:
    """A unit counted from the reference time: "yesterday", "last week", "next month".

    ``offset`` None means the unit's period nearest in the clause's tense ("the weekend").
    ``same_period`` marks a year counted back ("a year ago"): in a text reporting on a quarter
    it names the same quarter a year before.
    """

    grain: Grain
    offset: int | None
    same_period: bool = False


@attrs.frozen
class Anaphoric:
    """A unit counted from the last mentioned date: "the following day", "two weeks later";
    ``same_period`` as in :class:`Deictic` ("a year earlier")."""

    grain: Grain
    offset: int
    same_period: bool = False


@attrs.frozen
class Duration:
    """An amount of time; ``amount`` None for "several"; ``direction`` +1/-1 when it is
    laid from the reference time forward or back ("the next 70 days", "the past year")."""

    grain: Grain
    amount: float | None
    direction: int = 0


@attrs.frozen
class Reference:
    """The present, the past or the future without a date: "now", "recently"."""

    kind: str


@attrs.frozen
class Recurrence:
    """A set of times: "every Monday", "daily", "each year"; ``every`` the amount between
    them when the words count it ("every four years")."""

    grain: Grain
    weekday: int | None = None
    value: str | None = None
    every: Duration | None = None


@attrs.frozen
class ClockTime:
    """A time of day, on a day the words may name: "Thursday morning", "3 p.m.", "the next
    morning" (a day counted from the last mentioned date)."""

    day: CalendarDate | WeekdayRef | Deictic | Anaphoric | Holiday | None
    hour: int | None = None
    minute: int | None = None
    part: str | None = None
    #: Past midnight, on the day after the one named: the "2am" of "9pm-2am on Saturday".
    overnight: bool = False
    #: Midnight closing a range, at the end of its day: "from 10pm to midnight" (T24:00).
    closes: bool = False


@attrs.frozen
class Shifted:
    """Days, weeks, months or years counted from a day the words name: "the day after
    Christmas" (+1 day), "three days before Nov. 3" (-3), "a week from today", "fifty years
    ago today" (-50 years)."""

    base: CalendarDate | WeekdayRef | Holiday | Deictic
    grain: Grain
    amount: int


@attrs.frozen
class Containing:
    """The week (Monday to Sunday) that holds a day the words name, or that week's weekend:
    "the week of Nov. 18", "the weekend of Nov. 16"."""

    base: CalendarDate | WeekdayRef
    grain: Grain


Meaning = (
    CalendarDate
    | PeriodOfYear
    | WeekdayRef
    | Deictic
    | Anaphoric
    | Duration
    | Reference
    | Recurrence
    | ClockTime
    | ReportingPeriod
    | Holiday
    | Shifted
    | Containing
)


@attrs.frozen
class TimeMention:
    """One temporal expression: its span, its meaning, its modifier and its clause's tense.

    ``deadline`` says the words before make it a deadline or a term ("until March 6"), which
    lies ahead whatever the tense; ``postponed`` that something was put off to it ("postponed
    until Tuesday"), so a weekday is the coming one even told in the past; ``since`` that it
    starts a span lasting until now ("since Oct. 23"), which lies behind whatever the tense;
    ``governed`` that its tense is firmly its own: a verb takes it directly ("resigned on
    Dec. 30", "will return on Sept. 23") or the clause's tense cue follows it ("On Dec. 30,
    the mayor resigned"); ``span_end`` that it ends a span of days begun by the mention before
    ("from Friday to Sunday"), so it lies on or after that day; ``after_in_sentence``, for a
    clock time without a day, that the mention before is in its sentence ("on Sunday from 10
    a.m."), or it opens a line of a log after a day or a time ("Saturday 4 May ... 14:10 -
    alerts fire"), whose day it falls on; ``recurring``, for such a time, that it keeps a set named
    before it in its sentence ("open daily from 9 a.m. to 5 p.m."), so it falls on no one
    day; ``pluperfect`` that its clause is in the past perfect ("it had massed troops in
    May"), told as earlier than the story's time."""

    start: int
    end: int
    text: str
    meaning: Meaning
    rule: str
    mod: str | None = None
    tense: Tense = Tense.UNKNOWN
    deadline: bool = False
    postponed: bool = False
    since: bool = False
    governed: bool = False
    span_end: bool = False
    after_in_sentence: bool = False
    recurring: bool = False
    pluperfect: bool = False


# --- Pattern pieces built from the lexicon --------------------------------------------------


#: Space between words: one to three blanks, with at most one line break (a paragraph
#: break ends an expression).
_SP = r"(?:[^\S\n]{1,3}|[^\S\n]{0,2}\n[^\S\n]{0,2})"
#: Between a number and its unit: "10-day", "10 days".
_SP_OR_HYPHEN = r"(?:-|" + _SP + r")"


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases for a case-insensitive pattern, longest first, words
    apart by :data:`_SP`."""
    return caseless_alternation(phrases, _SP)


def _exact_alternation(phrases: Iterable[str]) -> str:
    """The same for a case-sensitive pattern: the phrases as written."""
    return alternation(phrases, _SP)


def _preceded_by(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern for one of ``phrases`` ending a stretch of text, as a whole word, before the
    space up to a match: searched in the few characters before it ("for [years]")."""
    return re.compile(r"(?<![\w-])(?:" + _alternation(phrases) + r")" + _SP + r"\Z", re.IGNORECASE)


_FULL_MONTHS: Final[frozenset[str]] = frozenset(
    max((name for name, number in lexicon.MONTHS.items() if number == month), key=len)
    for month in set(lexicon.MONTHS.values())
)
#: What every match of a rule may hold, for its ``needs``: a digit, or the start of a month's
#: name ("Sept." and "September" both hold "sep").
_DIGITS: Final[frozenset[str]] = frozenset("0123456789")
_MONTH_STARTS: Final[frozenset[str]] = frozenset(name[:3] for name in lexicon.MONTHS)
#: Month and weekday names start with a capital letter (the rules check it again); matching
#: only capitals lets the engine skip most of a text quickly.
_MONTH = (
    r"(?P<month>" + capitalised(_FULL_MONTHS, _SP) + r"|(?:"
    + capitalised(set(lexicon.MONTHS) - _FULL_MONTHS, _SP) + r")\.?)"
)  # fmt: skip
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
_DAY_NUMBER = r"(?P<day>3[01]|[12][0-9]|0?[1-9])"
_DAY = _DAY_NUMBER + _ORDINAL_SUFFIX + "?"
#: The first day of a range written before the day of its month: the "7" of "7-9 November".
_FIRST_DAY = r"(?P<first>3[01]|[12][0-9]|0?[1-9])" + _ORDINAL_SUFFIX + "?"
_YEAR = r"(?P<year>(?:1[0-9]|20|21)[0-9]{2})(?![0-9])"
_WEEKDAY = r"(?P<weekday>" + capitalised(lexicon.WEEKDAYS, _SP) + r")"
_ERA = r"(?P<{}>" + capitalised(lexicon.ERAS, _SP) + r")"
#: A name after "BC" that makes it British Columbia: "BC Hydro", "the BC Liberals".
_BRITISH_COLUMBIA_NAME = _SP + r"(?:" + _alternation(lexicon.BRITISH_COLUMBIA_NAMES) + r")\b"
#: A year with the era it may name: "7 November 2024", "1 January 1000 BC", and in history a
#: year of the first millennium ("May 325", "in June 323 BC", "January 49 BC"), only before
#: its era, the end of a clause or a word that opens one (a year of one or two digits, only
#: before its era): not a count ("Sept. 30, 150 people died", "On 12 March, 300 Palestinians
#: were detained").
_YEAR_OF_ERA = (
    r"(?:" + _YEAR + r"|(?P<early_year>[1-9][0-9]{2}(?![0-9])(?![.,][0-9])(?=[^\S\n]{0,3}"
    r"(?:[,.;:!?)\n]|\Z)|[^\S\n]{1,3}(?:(?:" + _alternation(lexicon.WORDS_AFTER_EARLY_YEAR)
    + r")\b|" + _ERA.format("early_era") + r"))|[1-9][0-9]?(?=" + _SP + _ERA.format("short_era")
    + r"(?!" + _BRITISH_COLUMBIA_NAME + r"))))(?:"
    + _SP + _ERA.format("era") + r"(?!\w))?"
)  # fmt: skip
#: A weekday leading a date: its full name or, there only, its short one ("Tue, Nov 5").
_DATE_WEEKDAY = (
    r"(?:(?P<weekday>" + capitalised(lexicon.WEEKDAYS, _SP) + r")|(?P<short_weekday>"
    + capitalised(lexicon.WEEKDAY_ABBREVIATIONS, _SP) + r")\.?)(?![\w-]),?" + _SP
)  # fmt: skip
_SHIFT = r"(?P<shift>" + _alternation(lexicon.SHIFT_WORDS) + r")"
_PART = r"(?P<part>" + _alternation(lexicon.PARTS_OF_DAY) + r")"
_NUMBER = (
    r"(?P<number>[0-9]{1,3}[^\S\n](?:1/2|and[^\S\n]a[^\S\n]half)|[0-9]{1,3}(?:,[0-9]{3}){1,2}"
    r"|[0-9]{1,4}(?:\.[0-9]{1,2})?"
    r"|(?:"
    + _alternation(lexicon.TENS_WORDS)
    + r")(?:-|[^\S\n])(?:"
    + _alternation(lexicon.ONES_WORDS)
    + r")|"
    + _alternation(
        set(lexicon.NUMBER_WORDS) | set(lexicon.FRACTION_WORDS) | lexicon.VAGUE_QUANTITIES
    )
    + ")"
)
_UNIT = r"(?P<unit>" + _alternation(lexicon.UNITS) + r")"
#: An approximation after an amount of time: "a week or so".
_OR_SO = _SP + r"(?:" + _alternation(lexicon.APPROXIMATE_SUFFIXES) + r")"
_SEASON = r"(?P<season>" + _alternation(lexicon.SEASONS) + r")"
_MONTH_CONTEXT = re.compile(
    r"(?:^|\W)(?P<word>" + _alternation(lexicon.MONTH_CONTEXT_WORDS) + r")" + _SP + r"\Z",
    re.IGNORECASE,
)
_YEAR_CONTEXT = re.compile(
    r"(?:^|[^\w.])(?:" + _alternation(lexicon.YEAR_CONTEXT_WORDS) + r")" + _SP + r"\Z",
    re.IGNORECASE,
)
#: Words before a season without a year or shift that make it one: "until [spring]".
_SEASON_CONTEXT = re.compile(
    r"\b(?:" + _exact_alternation(lexicon.SEASON_CONTEXT_WORDS) + r")" + _SP + r"\Z"
)
#: The marks that end a clause, or the text's end.
_CLAUSE_END = r"(?:[.;:!?)\n]|\Z)"
#: A preposition just before a phrase: "in that summer", "on that night".
_PREPOSITION_OPENING = re.compile(
    r"\b(?:" + _exact_alternation(lexicon.OPENING_PREPOSITIONS) + r")" + _SP + r"\Z"
)
#: The start of a text or clause just before a phrase, a quotation mark perhaps between:
#: "That winter, ...", "; that spring", "'That spring we talked".
_OPENING = r"(?:^|[.;:!?\n,])(?:[^\S\n]|[\"'\u201c\u2018])*"
_CLAUSE_OPENING = re.compile(_OPENING + r"\Z")
#: The same, or a conjunction after a comma: ", and that autumn he".
_CONJOINED_OPENING = re.compile(
    _OPENING + r"(?:(?:" + _alternation(lexicon.CLAUSE_CONJUNCTIONS) + r")[^\S\n]+)?\Z",
    re.IGNORECASE,
)
#: Words before "now" that make it part of another phrase: "until now".
_NOW_OPENER = re.compile(r"(?:" + _exact_alternation(lexicon.NOW_OPENERS) + r")" + _SP + r"\Z")
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:" + _exact_alternation(lexicon.REFERENCE_PREPOSITIONS) + r")" + _SP + r"\Z"
)
_ZONE = r"(?:" + _alternation(lexicon.TIME_ZONES) + r")"
_POSITION_PREFIX = (
    r"(?P<position>" + _alternation(w for w in lexicon.POSITION_MODIFIERS if " " not in w) + r")"
)

#: What links the two ends of a range of numbers: a dash or a range word ("1939-1945",
#: "between 1500 and 1200 BC").
_RANGE_DASH = r"[^\S\n]{0,3}[-\u2013][^\S\n]{0,3}"
_RANGE_WORD_GAP = r"[^\S\n]{1,3}(?:" + _alternation(lexicon.RANGE_WORDS) + r")[^\S\n]{1,3}"
_RANGE_GAP = r"(?:" + _RANGE_DASH + r"|" + _RANGE_WORD_GAP + r")"
_UNIT_GRAINS: Final[dict[str, Grain]] = {unit: Grain(unit) for unit in set(lexicon.UNITS.values())}


def _key(words: str) -> str:
    """Matched words as a lexicon key: lower case, single spaces ("The  next day")."""
    return re.sub(r"\s+", " ", words.lower())


def _unit_grain(match: re.Match[str]) -> Grain:
    """The grain of the matched ``unit`` ("days", "Decade")."""
    return _UNIT_GRAINS[lexicon.UNITS[match["unit"].lower()]]


#: How a numeral's half is written after it: "2 1/2", "6 and a half".
_HALF_SUFFIXES: Final[tuple[str, ...]] = (" 1/2", " and a half")


def _number(word: str) -> float | None:
    """The count a number word or numeral stands for; None for vague quantities."""
    word = _key(word)
    if word in lexicon.VAGUE_QUANTITIES:
        return None
    if word in lexicon.NUMBER_WORDS:
        return float(lexicon.NUMBER_WORDS[word])
    if word in lexicon.FRACTION_WORDS:
        return lexicon.FRACTION_WORDS[word]
    for half in _HALF_SUFFIXES:
        if word.endswith(half):
            return float(word[: -len(half)]) + 0.5
    if "-" in word or " " in word:
        tens, ones = re.split(r"[- ]", word, maxsplit=1)
        return float(lexicon.NUMBER_WORDS[tens] + lexicon.NUMBER_WORDS[ones])
    return float(word.replace(",", ""))


def _month(match: re.Match[str]) -> int:
    return lexicon.MONTHS[match["month"].lower().rstrip(".")]


def _day(match: re.Match[str]) -> int:
    return int(match["day"])


def _year(match: re.Match[str]) -> int | None:
    """The year a match names, counted astronomically when an era before ours follows it
    ("1 January 1000 BC" is year -999)."""
    digits = _year_named(match)
    if not digits:
        return None
    year, era = int(digits), match.groupdict().get("era")
    return (
        1 - year if era and lexicon.ERAS[_key(era)] and not _british_columbia(era, year) else year
    )


def _two_digit_year(digits: str) -> int:
    """A year written in two digits: "24" is 2024, "68" is 1968."""
    short = int(digits)
    return short + (2000 if short < lexicon.TWO_DIGIT_YEAR_PIVOT else 1900)


def _year_named(match: re.Match[str]) -> str | None:
    """The digits of the year a match names, four or (in history) three."""
    return match["year"] or match.groupdict().get("early_year")


def _british_columbia(era: str, year: int) -> bool:
    """Whether "BC" after a year is British Columbia's, not the era's: after a recent year
    that is not round ("the 2017 BC election", "15 November 2021 BC Hydro"; "2000 BC" is
    the era)."""
    low, high = lexicon.MODERN_YEARS
    return era == "BC" and low <= year <= high and year % 100 != 0


def _shift(match: re.Match[str]) -> int | None:
    word = match["shift"]
    return lexicon.SHIFT_WORDS[word.lower()] if word else None


# --- Rules -------------------------------------------------------------------------------

Production = Callable[[re.Match[str]], Meaning | None]


@attrs.frozen
class Rule:
    """A named pattern and the production that reads a match into a meaning, and the
    modifier its words carry ("year-end": END). ``needs``: lower-case strings one of which
    every match contains or has right beside it; only the stretches of text near one of
    them are searched (a cheap pre-filter that skips most of a long text).

    An example may mark the span the rule finds with [brackets] when the rule needs words
    around it that are not part of the expression: "in [November]".
    """

    name: str
    pattern: re.Pattern[str]
    produce: Production
    examples: tuple[str, ...]
    priority: int = 0
    mod: str | None = None
    needs: frozenset[str] = frozenset()


def _rule(
    name: str,
    pattern: str,
    examples: tuple[str, ...],
    priority: int = 0,
    *,
    cased: bool = False,
    mod: str | None = None,
    needs: Iterable[str] = (),
) -> Callable[[Production], Rule]:
    flags = 0 if cased else re.IGNORECASE
    # Never start inside a word, a hyphenated word or a number ("1,500", "2.5"). A lookahead
    # for the characters a match can start with lets the engine skip quickly to candidates.
    first = first_characters(pattern, flags)
    skip = lookahead(first) if first else r"(?=\w)"
    compiled = re.compile(skip + r"(?<![\w-])(?<![0-9][,.])(?:" + pattern + r")(?![\w])", flags)

    def wrap(produce: Production) -> Rule:
        return Rule(name, compiled, produce, examples, priority, mod, frozenset(needs))

    return wrap


def _calendar_date(year: int | None, month: int, day: int) -> CalendarDate | None:
    """A date whose day exists in its month in some year ("February 29"), else None."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000, month)[1]:
        return None
    return CalendarDate(year, month, day)


def _capitalised(match: re.Match[str], group: str) -> bool:
    text = match[group]
    return text is not None and text[:1].isupper()


@_rule("numeric-date",
       r"(?<![\w.])(?P<a>[0-3]?[0-9])(?P<sep>[/.])(?P<b>[0-3]?[0-9])(?P=sep)(?P<year>(?:1[0-9]|20)[0-9]{2})"
       r"(?![0-9]|[/.][0-9])"
       r"|(?P<ymd_year>(?:1[0-9]|20)[0-9]{2})/(?P<ymd_month>[01]?[0-9])/(?P<ymd_day>[0-3]?[0-9])"
       r"(?![0-9/])",
       ("11/08/2024", "31/12/2024", "08.11.2024", "2024/11/08"), priority=3,
       needs=_DIGITS)  # fmt: skip
def _numeric_date(m: re.Match[str]) -> Meaning | None:
    """A date in digits. With slashes the month comes first, as in American English, unless
    it cannot ("31/12/2024"); with dots the day comes first, as in Europe ("08.11.2024").
    Digits after a label word ("version 1.2.2024") are no date."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    if before is not None and before["word"].lower() in lexicon.NOT_DATE_BEFORE:
        return None
    if m["ymd_year"]:
        return _calendar_date(int(m["ymd_year"]), int(m["ymd_month"]), int(m["ymd_day"]))
    first, second = int(m["a"]), int(m["b"])
    month_first = m["sep"] == "/"
    if (first > 12) or (second > 12):
        month_first = second > 12
    month, day = (first, second) if month_first else (second, first)
    return _calendar_date(int(m["year"]), month, day)


@_rule("iso-date", r"(?P<year>[0-9]{4})-(?P<m>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])"
       r"(?:T(?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9])(?::[0-5][0-9](?:\.[0-9]{1,9})?)?"
       r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?",
       ("2024-11-07", "2024-11-06T14:30:00Z", "2024-11-06T14:30+01:00"), priority=3,
       needs=_DIGITS)  # fmt: skip
def _iso_date(m: re.Match[str]) -> Meaning | None:
    """A date in ISO 8601, with its time of day if given (the zone is kept out of the value,
    as TIMEX3 keeps it: "2024-11-06T14:30:00Z" is 2024-11-06T14:30)."""
    date = _calendar_date(int(m["year"]), int(m["m"]), int(m["day"]))
    if date is None or m["hour"] is None:
        return date
    return ClockTime(date, int(m["hour"]), int(m["minute"]))


@_rule("iso-week",
       r"(?P<year>[0-9]{4})-?W(?P<week>0[1-9]|[1-4][0-9]|5[0-3])(?:-(?P<weekday>[1-7]))?",
       ("2024-W45", "2024-W45-4", "2020W53"), priority=3, cased=True, needs=_DIGITS)  # fmt: skip
def _iso_week(m: re.Match[str]) -> Meaning | None:
    """A week in ISO 8601, or a day of it: "2024-W45" is the week holding its Monday; a
    week 53 in a year of 52 is none."""
    try:
        day = dt.date.fromisocalendar(int(m["year"]), int(m["week"]), int(m["weekday"] or 1))
    except ValueError:
        return None
    date = CalendarDate(day.year, day.month, day.day)
    return date if m["weekday"] else Containing(date, Grain.WEEK)


_ERA_AFTER = re.compile(_SP + _ERA.format("era") + r"(?!\w)", re.IGNORECASE)


def _day_of_month(m: re.Match[str]) -> Meaning | None:
    """A day of a named month, in either order, with or without its year and weekday; not a
    year with its era ("1 January 10 BC" is no January 10), nor a score before a date written
    month first ("beat Boston 5-3 Sept. 12": the month is the 12th's)."""
    year = _year_named(m)
    era = _ERA_AFTER.match(m.string, m.end())
    if not _capitalised(m, "month") or (
        not year and era is not None and _BRITISH_COLUMBIA_AFTER.match(m.string, era.end()) is None
    ):
        return None
    first = m.groupdict().get("first")
    if first is not None and int(first) >= _day(m):
        return None
    date = _calendar_date(_year(m), _month(m), _day(m))
    if date is None or date.year is not None:
        return date
    if m["weekday"]:
        return attrs.evolve(date, weekday=lexicon.WEEKDAYS[m["weekday"].lower()])
    if m["short_weekday"]:
        weekday = lexicon.WEEKDAY_ABBREVIATIONS[m["short_weekday"].lower()]
        return attrs.evolve(date, weekday=weekday)
    return date


#: A day is no part of an amount after it: the "2" of "rose in May 2.5 percent", of "In May
#: 2,500 people".
_NOT_AMOUNT_AFTER_DAY = r"(?!\.[0-9]|,[0-9]{3}(?![0-9]))"

_month_day_year = _rule(
    "month-day-year",
    r"(?:" + _DATE_WEEKDAY + r")?" + _MONTH + _SP + _DAY + _NOT_AMOUNT_AFTER_DAY + r"(?:,?" + _SP
    + _YEAR_OF_ERA + r")?",
    ("November 7, 2024", "Nov. 7", "December 20th 2024", "Thursday, Nov. 7", "Tue, Nov 5"),
    priority=2,
    needs=_MONTH_STARTS,
)(_day_of_month)  # fmt: skip

_day_month_year = _rule(
    "day-month-year",
    r"(?:" + _DATE_WEEKDAY + r")?(?:the" + _SP + r")?(?:" + _FIRST_DAY + r"[-\u2013])?" + _DAY
    + r"(?:" + _SP + r"of)?" + _SP + _MONTH + r"(?:,?" + _SP + _YEAR_OF_ERA + r")?",
    ("7 November 2024", "the 20th of December", "7 Nov", "Fri 8 Nov 2024"),
    priority=2,
    needs=_MONTH_STARTS,
)(_day_of_month)  # fmt: skip


_ORDINAL_DAY = _DAY_NUMBER + _ORDINAL_SUFFIX
#: What stands before a day named by its ordinal alone: a preposition ("on the 15th"),
#: another such day and a link ("from the 14th to [the 16th]"), or a week or a part of a day
#: ("the week of [the 14th]").
_ORDINAL_DAY_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:" + _alternation(lexicon.ORDINAL_DAY_BEFORE) + r")|the" + _SP
    + r"[0-9]{1,2}" + _ORDINAL_SUFFIX + r",?" + _SP + r"(?:"
    + _alternation(lexicon.ORDINAL_DAY_LINKS) + r")|(?<![\w-])the" + _SP + r"(?:"
    + _alternation(lexicon.ORDINAL_DAY_OF) + r")" + _SP + r"of)" + _SP + r"\Z",
    re.IGNORECASE,
)  # fmt: skip
_ORDINAL_DAY_AFTER = re.compile(
    r"[^\S\n]*(?:[,\u2014]|" + _CLAUSE_END + r")|[^\S\n]{1,3}(?:(?:"
    + _alternation(lexicon.ORDINAL_DAY_AFTER) + r")(?![\w-])|(?:"
    + _alternation(lexicon.ORDINAL_DAY_LINKS) + r")" + _SP + r"(?:the" + _SP + r")?[0-9])",
    re.IGNORECASE,
)  # fmt: skip


@_rule("ordinal-day", r"the" + _SP + _ORDINAL_DAY,
       ("on [the 15th]", "by [the 1st]", "the week of [the 14th]"), needs=_DIGITS)  # fmt: skip
def _ordinal_day(m: re.Match[str]) -> Meaning | None:
    """A day of the month in view, named by its ordinal alone: "on the 15th", "from the 14th
    to the 16th" (not "the 15th floor", "the bottom of the 9th", "up to the 15th")."""
    if _ORDINAL_DAY_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is None:
        return None
    if _ORDINAL_DAY_AFTER.match(m.string, m.end()) is None:
        return None
    return CalendarDate(None, None, int(m["day"]))


@_rule("weekday-ordinal-day",
       _WEEKDAY + r",?" + _SP + r"(?:the" + _SP + r")?" + _ORDINAL_DAY,
       ("Thursday 7th", "Sunday the 3rd"), priority=1, needs=("day",))  # fmt: skip
def _weekday_ordinal_day(m: re.Match[str]) -> Meaning | None:
    """A weekday with its day of the month, as listings write it: "Thursday 7th" is the
    7th of a month near the reference (or the date last mentioned) that is a Thursday."""
    if not _capitalised(m, "weekday"):
        return None
    return CalendarDate(None, None, int(m["day"]), weekday=lexicon.WEEKDAYS[m["weekday"].lower()])


_OF_YEAR = r",?" + _SP + r"(?:of" + _SP + r")?" + _YEAR_OF_ERA
_OF_SHIFTED_YEAR = (
    _SP + r"(?:of" + _SP + r")?(?P<possessor>" + _alternation(lexicon.YEAR_POSSESSORS) + r")"
    + _SP + r"year(?!" + APOSTROPHE + r")"
)  # fmt: skip


@_rule("month-year",
       _MONTH + r"(?:" + _OF_YEAR + r"|[^\S\n]?['\u2019](?P<short_year>[0-9]{2})(?![0-9'\u2019]))",
       ("November 2024", "Jan. 2025", "May of 2023", "Nov '24"), priority=1,
       needs=_MONTH_STARTS)  # fmt: skip
def _month_year(m: re.Match[str]) -> Meaning | None:
    """A month with its year, in full or in two digits after an apostrophe ("Nov '24",
    taken in the 2000s below 50, else in the 1900s)."""
    if not _capitalised(m, "month"):
        return None
    if m.groupdict().get("short_year"):  # also the body of "hyphened-month-year"
        return CalendarDate(_two_digit_year(m["short_year"]), _month(m))
    return CalendarDate(_year(m), _month(m))


@_rule("hyphened-month-year",
       _POSITION_PREFIX + r"-" + _MONTH + r"(?:" + _OF_YEAR + r"|" + _OF_SHIFTED_YEAR + r")",
       ("mid-October 2024", "early-March 1900", "mid-July last year"), priority=1,
       needs=[w for w in lexicon.POSITION_MODIFIERS if " " not in w])  # fmt: skip
def _hyphened_month_year(m: re.Match[str]) -> Meaning | None:
    """A month of a year with a position word hyphened to it, whose mod
    :func:`_with_modifier` records: "mid-October 2024" is one date, not "mid-October" and
    "2024"."""
    return _month_year.produce(m) if _year_named(m) else _month_of_shifted_year.produce(m)


@_rule("month-in-context", r"(?:" + _POSITION_PREFIX + r"-|(?<=\s))" + _MONTH,
       ("in [November]", "since [March]", "until [May]", "last [December]",
        "early [January]", "mid-March"), needs=_MONTH_STARTS)  # fmt: skip
def _month_in_context(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "month"):
        return None
    if m["position"]:
        return CalendarDate(None, _month(m))
    context = _MONTH_CONTEXT.search(m.string, max(0, m.start() - 24), m.start())
    if context is None:
        return None
    word = _key(context["word"])
    name = m["month"].lower().rstrip(".")
    if name in lexicon.AMBIGUOUS_MONTHS and word not in lexicon.STRONG_MONTH_CONTEXT_WORDS:
        return None
    if word in lexicon.SHIFT_WORDS:
        return PeriodOfYear(Grain.MONTH, _month(m), None, lexicon.SHIFT_WORDS[word])
    return CalendarDate(None, _month(m))


@_rule("month-of-shifted-year", _MONTH + _OF_SHIFTED_YEAR,
       ("July last year", "January this year", "April of next year"), priority=1,
       needs=_MONTH_STARTS)  # fmt: skip
def _month_of_shifted_year(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "month"):
        return None
    offset = lexicon.YEAR_POSSESSORS[m["possessor"].lower()]
    return PeriodOfYear(Grain.MONTH, _month(m), year_offset=offset)


@_rule("shifted-month", _SHIFT + _SP + _MONTH, ("last November", "next March"), priority=1,
       needs=_MONTH_STARTS)  # fmt: skip
def _shifted_month(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "month"):
        return None
    return PeriodOfYear(Grain.MONTH, _month(m), None, _shift(m))


#: The end of a clause just after a phrase: "they reached Hamburg that April." (not a comma:
#: "warn that April, usually wet, could be dry").
_CLAUSE_CLOSING = re.compile(r"[^\S\n]*" + _CLAUSE_END)
#: The end of a clause, a comma or an "and" after a phrase: "imposed that evening and
#: lifted".
_PHRASE_CLOSING = re.compile(r"[^\S\n]*(?:,|" + _CLAUSE_END + r")|[^\S\n]+and\b")


def _opens_phrase(m: re.Match[str], *, loose: bool = False) -> bool:
    """Whether a match opens a clause, follows a preposition or ends a clause: "That winter,
    ...", "in that summer", "reached Hamburg that April." (where "that" is no conjunction).
    ``loose`` for a season or a part of the day, which is seldom a clause's subject: also
    after a conjunction (", and that autumn he") and before a comma or "and" ("imposed that
    evening and lifted"); a month is ("said that April, May and June were dry")."""
    before = m.string[max(0, m.start() - 14) : m.start()].lower()
    opening, closing = (
        (_CONJOINED_OPENING, _PHRASE_CLOSING) if loose else (_CLAUSE_OPENING, _CLAUSE_CLOSING)
    )
    return bool(
        opening.search(before)
        or _PREPOSITION_OPENING.search(before)
        or closing.match(m.string, m.end())
    )


@_rule("anaphoric-period",
       r"(?:the" + _SP + r"(?P<which>" + _alternation(lexicon.ANAPHORIC_SHIFTS) + r")|that)"
       + _SP + r"(?:" + _MONTH + r"|" + _SEASON + r")(?!" + _SP + r"(?:of" + _SP + r")?[0-9])",
       ("the following spring", "in [that summer]", "the previous October", "in [that September]"),
       priority=1, needs=_MONTH_STARTS | set(lexicon.SEASONS))  # fmt: skip
def _anaphoric_period(m: re.Match[str]) -> Meaning | None:
    """A month or season counted from the last mentioned date: "the following spring" is the
    first after it, "that winter" the one of its year."""
    season = lexicon.SEASONS[m["season"].lower()] if m["season"] else None
    if m["which"] is None:
        # "that" names a period only opening a clause or after a preposition: "That winter,
        # the army ...", "in that September" (not "said that May ...", "said that winter
        # storms").
        if not _opens_phrase(m, loose=season is not None):
            return None
        if season is not None:
            return PeriodOfYear(Grain.SEASON, season, shift=0, anaphoric=True)
        if not _capitalised(m, "month"):
            return None
        return PeriodOfYear(Grain.MONTH, _month(m), shift=0, anaphoric=True)
    shift = lexicon.ANAPHORIC_SHIFTS[m["which"].lower()]
    if season is not None:
        return PeriodOfYear(Grain.SEASON, season, shift=shift, anaphoric=True)
    if not _capitalised(m, "month"):
        return None
    return PeriodOfYear(Grain.MONTH, _month(m), shift=shift, anaphoric=True)


@_rule("era-year",
       r"(?:" + _ERA.format("before") + _SP + r")?(?P<number>[1-9][0-9]{0,3})(?(before)|"
       + _SP + _ERA.format("after") + r")",
       ("49 BC", "AD 800", "800 A.D.", "44 BCE", "c. [1200 AD]"), priority=1,
       needs=lexicon.ERAS)  # fmt: skip
def _era_year(m: re.Match[str]) -> Meaning | None:
    """A year with its era: "49 BC" is year -48 counted astronomically (1 BC is year 0). An
    era of the common era may stand before or after the number ("AD 800", "800 AD"), "BC"
    only after it; a recent year with a bare "BC" is British Columbia's ("the 2017 BC
    election"), a round one an era still ("2000 BC")."""
    era = _key(m["before"] or m["after"])
    if lexicon.ERAS[era] and m["before"]:
        return None
    year = int(m["number"])
    if m["after"] and (
        _british_columbia(m["after"], year)
        or (lexicon.ERAS[era] and _BRITISH_COLUMBIA_AFTER.match(m.string, m.end()) is not None)
    ):
        return None
    return CalendarDate(1 - year if lexicon.ERAS[era] else year)


#: A range run on to a number no year can be, after a dash or opened before the first number,
#: which makes that an amount too: "2000-3000 protesters", "between 2000 and 3000", "from 1500
#: to 15000" (not "2000-3000 BC", nor "rose in 2019 to 4500").
_RANGE_OPENING_BEFORE = _preceded_by(lexicon.RANGE_OPENERS)
_RANGE_TO_AMOUNT = re.compile(
    r"(?:(?P<dash>" + _RANGE_DASH + r")|" + _RANGE_WORD_GAP
    + r")(?:[3-9][0-9]{3}|[1-9][0-9]{4,}|[1-9][0-9]{0,2}(?:,[0-9]{3})+)(?![0-9])(?!" + _SP
    + _ERA.format("era") + r"(?!\w))",
    re.IGNORECASE,
)  # fmt: skip


@_rule("year-in-context",
       r"(?:(?P<qualifier>" + _alternation(lexicon.YEAR_QUALIFIERS) + r")" + _SP + r"|(?P<mod>"
       + _alternation(lexicon.POSITION_MODIFIERS) + r")(?:-|" + _SP + r"))?" + _YEAR,
       ("in [2024]", "since [2019]", "fiscal 2025", "by [2030]", "late 2024", "mid-2024",
        "the end of 2024"), needs=_DIGITS)  # fmt: skip
def _year_in_context(m: re.Match[str]) -> Meaning | None:
    """A four-digit number is a year after a preposition (left out of the span), a qualifier
    or a position word ("late 2024"); alone, when it looks like one (:func:`_bare_year`); not
    when it opens a range of amounts ("between 2000 and 3000 protesters")."""
    to_amount = _RANGE_TO_AMOUNT.match(m.string, m.end())
    if to_amount is not None and (
        to_amount["dash"] is not None
        or _RANGE_OPENING_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None
    ):
        return None
    if (
        m["qualifier"]
        or m["mod"]
        or _YEAR_CONTEXT.search(m.string, max(0, m.start() - 12), m.start()) is not None
        or _approximate_year(m)
        or _bare_year(m)
    ):
        return CalendarDate(_year(m))
    return None


_APPROXIMATE_BEFORE = _preceded_by(lexicon.APPROXIMATE_YEAR_WORDS)


def _approximate_year(m: re.Match[str]) -> bool:
    """A number after "around" or "about" is a year when no noun follows: "around 1476, when
    Caxton ..." (not "around 1200 people")."""
    if _APPROXIMATE_BEFORE.search(m.string, max(0, m.start() - 10), m.start()) is None:
        return False
    after = _NEXT_WORD.match(m.string, m.end(), m.end() + 24)
    return after is None or after["word"].lower() in lexicon.WORDS_AFTER_APPROXIMATE_YEAR


_EARLY_YEAR_BEFORE = _preceded_by(lexicon.EARLY_YEAR_CONTEXT_WORDS)
#: A number before the preposition: "one in 100", "1 in 250" are odds, not years.
_ODDS_BEFORE = re.compile(
    r"(?<![\w.,])(?:[0-9][0-9,.]*|" + _alternation(lexicon.NUMBER_WORDS) + r")" + _SP + r"\w+"
    + _SP + r"\Z",
    re.IGNORECASE,
)  # fmt: skip
#: What may follow a year of the first millennium: the end of a clause (not a decimal
#: point), or a word that opens a clause ("in 793, Vikings raided"), and no number after it
#: ("in 100 and 200 seats").
_EARLY_YEAR_AFTER = re.compile(
    r"(?:[^\S\n]*" + _CLAUSE_END + r"(?![0-9])|(?:[^\S\n]{1,3}(?:"
    + _alternation(lexicon.WORDS_AFTER_EARLY_YEAR) + r")|," + _SP + r"(?:"
    + _alternation(lexicon.CLAUSE_WORDS_AFTER_EARLY_YEAR) + r"|(?-i:[A-Z])\w*))(?![\w-])(?!"
    + _SP + r"[0-9]))",
    re.IGNORECASE,
)  # fmt: skip


@_rule("early-year", r"(?P<year>[1-9][0-9]{2})",
       ("sacked in [410]", "in [793], Vikings raided"), needs=_DIGITS)  # fmt: skip
def _early_year(m: re.Match[str]) -> Meaning | None:
    """A year of the first millennium after "in", with no noun after it and no number before
    ("one in 100"): history names them so ("sacked in 410")."""
    text = m.string
    if _EARLY_YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None:
        return None
    if _EARLY_YEAR_AFTER.match(text, m.end()) is None:
        return None
    if _ODDS_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None:
        return None
    return CalendarDate(int(m["year"]))


#: Marks after which a word opens a sentence, with only other non-word characters between.
_SENTENCE_MARKS: Final[frozenset[str]] = frozenset(".!?\"'`\n")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``text[at]`` opens a sentence: only non-word characters stand
    between it and the text's start or a sentence mark. The look back runs over those
    characters alone, so it is the same whatever text comes before them."""
    while at > 0 and not (text[at - 1].isalnum() or text[at - 1] == "_"):
        if text[at - 1] in _SENTENCE_MARKS:
            return True
        at -= 1
    return at == 0


_WORD_BEFORE = re.compile(r"(?P<word>[\w.]+)" + APOSTROPHE + r"?(?P<s>s?)[^\S\n]{1,3}\Z")
#: One or two digits and a separator just before a year make it the end of a number or a
#: date in digits ("build 11/08/2024", "v1.2.2024"); a year before it is a range ("2023/2024").
_DIGITS_PART_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,2}[/.]\Z")
_WORD_AFTER = re.compile(r"(?P<sign>%|[:.,/][0-9]|-[0-9]{1,2}-)?[^\S\n]{0,3}(?P<word>[A-Za-z]*)")


def _bare_year(m: re.Match[str]) -> bool:
    """A four-digit number alone is a year in news ("the 1996 campaign") when it lies in the
    usual range and no word around it makes it a label ("Room 2024"), a measure ("2000 tons"),
    an amount ("$1990") or a clock time ("1800 GMT")."""
    low, high = lexicon.BARE_YEAR_RANGE
    if not low <= int(m["year"]) <= high:
        return False
    text, start = m.string, m.start()
    if start and text[start - 1] in lexicon.CURRENCY_SIGNS:
        return False
    if _DIGITS_PART_BEFORE.search(text, max(0, start - 4), start):
        return False
    after = _WORD_AFTER.match(text, m.end(), m.end() + 24)
    if after is not None and (after["sign"] or after["word"].lower() in lexicon.MEASURE_WORDS):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return True
    word = before["word"]
    if word.lower() in lexicon.NOT_YEAR_BEFORE:
        return False
    # A capitalised word before, inside a sentence, names the thing numbered ("Windows 2000");
    # a possessive owns a year ("the company's 1989 results").
    inside = not _opens_sentence(text, before.start())
    return not (
        word[:1].isupper()
        and inside
        and before.start() > 0
        and not before["s"]
        and word.lower() not in lexicon.MONTHS
        and word.lower() not in lexicon.YEAR_CONTEXT_WORDS
    )


@_rule("possessive-year", _YEAR + r"(?=" + APOSTROPHE + r"s\b)", ("[2024]'s",), priority=1,
       needs=_DIGITS)  # fmt: skip
def _possessive_year(m: re.Match[str]) -> Meaning:
    return CalendarDate(_year(m))


@_rule("decade", r"(?:the" + _SP + r")?(?:" + _POSITION_PREFIX + r"-)?(?:(?P<decade>(?:1[0-9]|20)"
       + r"[0-9]0)'?s|(?<=the\s)(?:" + APOSTROPHE + r"(?P<short>[2-9]0)s|(?P<words>"
       + _alternation(lexicon.DECADE_WORDS) + r")))",
       ("the 1990s", "1980s", "the mid-1990s", "the '80s", "the nineties", "the 1900s"),
       needs=("0s", "0's", "0\u2019s", "ties"))  # fmt: skip
def _decade(m: re.Match[str]) -> Meaning:
    """A decade; "the '80s" and "the nineties" are taken in the 1900s, as news uses them.
    A hundred's "s" names its century: "the 1100s" are 1100-1199, "the early 1900s"; "the
    2000s", of a century still running, is the decade."""
    if m["decade"]:
        year = int(m["decade"])
        if year % 100 == 0 and year < lexicon.RUNNING_CENTURY_START:
            return PeriodOfYear(Grain.CENTURY, year // 100)
        return PeriodOfYear(Grain.DECADE, year // 10)
    tens = int(m["short"]) // 10 if m["short"] else lexicon.DECADE_WORDS[m["words"].lower()]
    return PeriodOfYear(Grain.DECADE, 190 + tens)


_ARTICLE_BEFORE_NAME = _preceded_by(lexicon.ARTICLES)
_NAME_BEFORE_WEEKDAY = re.compile(
    r"(?<![\w-])(?:" + _alternation(lexicon.ARTICLES) + r")" + _SP
    + r"(?P<name>(?-i:[A-Z])[a-z]+" + _SP + r"on" + _SP + r")\Z",
    re.IGNORECASE,
)  # fmt: skip


def _names_a_thing(m: re.Match[str]) -> bool:
    """Whether a day's name is part of a name or of a thing by the noun after it: "Easter
    Island", "A Christmas Carol", "at Sunday school"; after a preposition a plural is the
    subject of a clause the day opens ("On Monday schools reopened")."""
    after = _NEXT_WORD.match(m.string, m.end(), m.end() + 24)
    if after is None or after["word"].lower() not in lexicon.NOT_TIME_NOUNS_AFTER_DAY:
        return False
    word = after["word"]
    before = m.string[max(0, m.start() - 16) : m.start()].lower()
    return (
        word[:1].isupper() or not word.endswith("s") or _PREPOSITION_OPENING.search(before) is None
    )


def _names_with_weekday(m: re.Match[str]) -> bool:
    """Whether the weekday matched is part of a name: after a capitalised word that makes
    one ("Bloody Sunday"), or in a newspaper's ("the Sunday Times", "the Mail on Sunday")."""
    text = m.string
    before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if (
        before is not None
        and before["word"][:1].isupper()
        and before["word"].lower() in lexicon.NAMED_DAY_WORDS
    ):
        return True
    after = _NEXT_WORD.match(text, m.end())
    if (
        not m["part"]
        and after is not None
        and after["word"][:1].isupper()
        and after["word"].lower() in lexicon.NAMED_DAY_WORDS_AFTER
        and _ARTICLE_BEFORE_NAME.search(text, max(0, m.start() - 8), m.start()) is not None
    ):
        return True
    name = _NAME_BEFORE_WEEKDAY.search(text, max(0, m.start() - 24), m.start())
    return name is not None and _key(name["name"] + m.group()) in lexicon.NAMES_ENDING_IN_WEEKDAY


@_rule("weekday",
       r"(?:" + _SHIFT + _SP + r")?" + _WEEKDAY + r"(?:" + _SP + _PART + r")?",
       ("Thursday", "last Tuesday", "next Friday", "Monday morning", "this Wednesday"),
       needs=("day",))  # fmt: skip
def _weekday(m: re.Match[str]) -> Meaning | None:
    """A weekday, not one in a name ("Bloody Sunday", "the Sunday Times", "the Mail on
    Sunday")."""
    if not _capitalised(m, "weekday"):
        return None
    if not m["shift"] and (_names_with_weekday(m) or (not m["part"] and _names_a_thing(m))):
        return None
    day = WeekdayRef(lexicon.WEEKDAYS[m["weekday"].lower()], _shift(m))
    if m["part"]:
        return ClockTime(day, part=lexicon.PARTS_OF_DAY[m["part"].lower()])
    return day


_WEEKS_ON = r"(?:" + _exact_alternation(lexicon.WEEKS_ON_WEEKDAY) + r")"


@_rule("weekday-weeks-on",
       r"(?:a" + _SP + r"(?P<ahead>" + _WEEKS_ON + r")" + _SP + r"on" + _SP + r")?" + _WEEKDAY
       + r"(?(ahead)|" + _SP + r"(?P<after>(?-i:" + _WEEKS_ON + r"))(?![\w'\u2019-]))",
       ("Tuesday week", "a week on Sunday", "Saturday fortnight"), priority=1,
       needs=lexicon.WEEKS_ON_WEEKDAY)  # fmt: skip
def _weekday_weeks_on(m: re.Match[str]) -> Meaning | None:
    """A week or a fortnight on from the coming weekday, as British English counts: "Tuesday
    week" is the Tuesday after next Tuesday."""
    if not _capitalised(m, "weekday"):
        return None
    weeks = lexicon.WEEKS_ON_WEEKDAY[_key(m["ahead"] or m["after"])]
    return Shifted(WeekdayRef(lexicon.WEEKDAYS[m["weekday"].lower()], 1), Grain.WEEK, weeks)


@_rule("anaphoric-weekday",
       r"(?:the" + _SP + r"(?P<which>" + _alternation(lexicon.ANAPHORIC_SHIFTS) + r")|that)"
       + _SP + _WEEKDAY + r"(?:" + _SP + _PART + r")?",
       ("the following Tuesday", "the next Friday", "the previous Sunday", "on [that Saturday]",
        "on [that Saturday morning]"),
       priority=1, needs=("day",))  # fmt: skip
def _anaphoric_weekday(m: re.Match[str]) -> Meaning | None:
    """A weekday counted from the last mentioned date, or a part of it: "the following
    Tuesday" is the first after it, "that Saturday (morning)" the one of its week ("On 7
    October ... On that Saturday"); "that" only opening a clause or after a preposition (not
    "said that Monday's vote")."""
    if not _capitalised(m, "weekday"):
        return None
    if m["which"] is None and not _opens_phrase(m):
        return None
    shift = lexicon.ANAPHORIC_SHIFTS[m["which"].lower()] if m["which"] else 0
    day = WeekdayRef(lexicon.WEEKDAYS[m["weekday"].lower()], shift, anaphoric=True)
    return ClockTime(day, part=lexicon.PARTS_OF_DAY[m["part"].lower()]) if m["part"] else day


@_rule("weekday-plural", _WEEKDAY + r"s", ("on [Mondays]", "Fridays"), needs=("days",))
def _weekday_plural(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "weekday"):
        return None
    return Recurrence(Grain.WEEK, weekday=lexicon.WEEKDAYS[m["weekday"].lower()])


@_rule("deictic-day",
       r"(?P<deictic>" + _alternation(lexicon.DEICTIC_DAYS) + r")(?:" + _SP + _PART + r")?"
       r"|(?P<deictic_part>" + _alternation(lexicon.DEICTIC_PARTS_OF_DAY) + r")",
       ("yesterday", "today", "tomorrow", "tonight", "yesterday morning",
        "last night"), needs=("yesterday", "today", "tomorrow", "tonight", "night"))  # fmt: skip
def _deictic_day(m: re.Match[str]) -> Meaning:
    if m["deictic_part"]:
        offset, part = lexicon.DEICTIC_PARTS_OF_DAY[_key(m["deictic_part"])]
        return ClockTime(Deictic(Grain.DAY, offset), part=part)
    day = Deictic(Grain.DAY, lexicon.DEICTIC_DAYS[_key(m["deictic"])])
    if m["part"]:
        return ClockTime(day, part=lexicon.PARTS_OF_DAY[m["part"].lower()])
    return day


@_rule(
    "this-part-of-day",
    r"this" + _SP + _PART,
    ("this morning", "this afternoon"),
    needs=lexicon.PARTS_OF_DAY,
)
def _this_part_of_day(m: re.Match[str]) -> Meaning:
    return ClockTime(Deictic(Grain.DAY, 0), part=lexicon.PARTS_OF_DAY[m["part"].lower()])


_DAYLIGHT_BEFORE = _preceded_by(lexicon.DAYLIGHT_BEFORE)
_PART_OF_DAY_BEFORE = _preceded_by(lexicon.PART_OF_DAY_BEFORE)
_PART_OF_DAY_BARE_BEFORE = _preceded_by(lexicon.PART_OF_DAY_BARE_BEFORE)


@_rule("part-of-day-told",
       r"(?P<article>the" + _SP + r")?(?:" + _POSITION_PREFIX + r"(?:-|" + _SP + r"))?(?:"
       + _PART + r"|(?P<light>" + _alternation(lexicon.DAYLIGHT_MOMENTS) + r"))",
       ("at [dawn]", "by [nightfall]", "in [the afternoon]", "By [late afternoon]",
        "during [the night]"),
       needs=(*lexicon.PARTS_OF_DAY, *lexicon.DAYLIGHT_MOMENTS))  # fmt: skip
def _part_of_day_told(m: re.Match[str]) -> Meaning | None:
    """A part of the day told of, on the day the sentence names or the one last mentioned:
    "at dawn", "before dusk", "in the afternoon", "by the evening", "By late afternoon"; not
    "the dawn of an era", "in the morning papers" (a noun after it) or "each morning"."""
    text, start = m.string, m.start()
    after = _NEXT_WORD.match(text, m.end(), m.end() + 24)
    if (
        after is not None
        and not after["word"][:1].isupper()
        and _key(after["word"]) not in lexicon.WORDS_AFTER_PART_OF_DAY
    ):
        return None  # "in the morning papers", "at dusk patrols"
    if m["light"]:
        if _DAYLIGHT_BEFORE.search(text, max(0, start - 12), start) is None:
            return None
        part = lexicon.DAYLIGHT_MOMENTS[_key(m["light"])]
    else:
        before = _PART_OF_DAY_BEFORE.search(text, max(0, start - 12), start)
        if before is None or not (
            m["article"] or _PART_OF_DAY_BARE_BEFORE.search(text, max(0, start - 8), start)
        ):
            return None
        part = lexicon.PARTS_OF_DAY[m["part"].lower()]
    return ClockTime(None, part=part)


@_rule("anaphoric-part-of-day",
       r"(?P<which>" + _alternation(lexicon.ANAPHORIC_DAY_WORDS) + r")" + _SP + _PART,
       ("the next morning", "in [that night]", "the same evening", "the previous afternoon"),
       priority=1, needs=lexicon.PARTS_OF_DAY)  # fmt: skip
def _anaphoric_part_of_day(m: re.Match[str]) -> Meaning | None:
    """A part of the day last mentioned, or of the day after or before it; "that" only
    opening a clause or after a preposition ("that night, ...", not "said that night
    flights would resume")."""
    which = _key(m["which"])
    if which.startswith("that") and not _opens_phrase(m, loose=True):
        return None
    day = Anaphoric(Grain.DAY, lexicon.ANAPHORIC_DAY_WORDS[which])
    return ClockTime(day, part=lexicon.PARTS_OF_DAY[m["part"].lower()])


@_rule("shifted-unit",
       r"(?:the" + _SP + r"(?!" + _alternation(lexicon.ANAPHORIC_SHIFTS) + r"))?" + _SHIFT + _SP
       + r"(?P<unit>" + _alternation(lexicon.SHIFTED_UNITS) + r")",
       ("last week", "next month", "this year", "the past week", "last weekend"),
       needs=lexicon.SHIFTED_UNITS)  # fmt: skip
def _shifted_unit(m: re.Match[str]) -> Meaning:
    return Deictic(Grain(m["unit"].lower()), _shift(m))


@_rule("before-last",
       r"the" + _SP + r"(?P<unit>" + _alternation(lexicon.SHIFTED_UNITS) + r")" + _SP + r"before"
       + _SP + r"last|the" + _SP + r"(?P<unit_ahead>" + _alternation(lexicon.SHIFTED_UNITS)
       + r")" + _SP + r"after" + _SP + r"next",
       ("the week before last", "the year after next"), priority=1,
       needs=lexicon.SHIFTED_UNITS)  # fmt: skip
def _before_last(m: re.Match[str]) -> Meaning:
    """Two units back or ahead: "the week before last", "the month after next"."""
    if m["unit"]:
        return Deictic(Grain(m["unit"].lower()), -2)
    return Deictic(Grain(m["unit_ahead"].lower()), 2)


@_rule(
    "the-weekend",
    r"the" + _SP + r"weekend",
    ("the weekend", "over [the weekend]"),
    needs=("weekend",),
)
def _the_weekend(m: re.Match[str]) -> Meaning:
    return Deictic(Grain.WEEKEND, None)


@_rule("shifted-season", r"(?:" + _SHIFT + _SP + r")?" + _SEASON + r"(?:" + _SP + r"(?:of"
       + _SP + r")?" + _YEAR + r")?",
       ("last spring", "summer 2024", "this winter", "until [spring]"),
       needs=lexicon.SEASONS)  # fmt: skip
def _season(m: re.Match[str]) -> Meaning | None:
    """A season with a shift or a year, or after a word that makes it one ("until spring");
    a capitalised one before a capitalised word is a name ("the Winter Olympics")."""
    code = lexicon.SEASONS[m["season"].lower()]
    if m["shift"] or m["year"]:
        return PeriodOfYear(Grain.SEASON, code, _year(m), _shift(m))
    after = _NEXT_WORD.match(m.string, m.end(), m.end() + 24)
    if _capitalised(m, "season") and after is not None and after["word"][:1].isupper():
        return None
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    if m["season"].lower() not in lexicon.AMBIGUOUS_SEASONS and _SEASON_CONTEXT.search(before):
        return PeriodOfYear(Grain.SEASON, code)
    return None


_ORDINAL = r"(?P<ordinal>" + _alternation(lexicon.ORDINALS) + r")"
_YEAR_POSSESSOR = (
    r"(?P<possessor>" + _alternation(lexicon.YEAR_POSSESSORS) + r")" + _SP + r"year" + APOSTROPHE
    + r"s" + _SP
)  # fmt: skip


_OF_AFTER = re.compile(_SP + r"of\b", re.IGNORECASE)
#: "of" and a year, which a quarter or half may belong to ("of the year", "of fiscal 1990"),
#: or an amount, which it reports ("a loss for the third quarter of $226.3 million").
_OF_A_YEAR_OR_AMOUNT = re.compile(
    _SP + r"of" + _SP + r"(?:(?:(?:" + _alternation(lexicon.YEAR_DETERMINERS) + r")" + _SP
    + r"|(?:the" + _SP + r")?[\w&.-]+" + APOSTROPHE + r"s?" + _SP + r")?(?:(?:"
    + _alternation(lexicon.YEAR_KINDS) + r")" + _SP + r")?(?:year\b|(?:1[0-9]|20)[0-9]{2}\b|FY"
    + r"[^\S\n]?[0-9]{2,4}\b)|[0-9]|" + _alternation(lexicon.CURRENCY_SIGNS | lexicon.AMOUNT_HEDGES)
    + r")",
    re.IGNORECASE,
)  # fmt: skip


@_rule("quarter",
       r"(?:the" + _SP + r"(?!(?:fiscal" + _SP + r")?\S{1,12}-(?:quarter|half)\b)"
       r"(?:(?P<lead_year>(?:1[0-9]|20)[0-9]{2})" + _SP + r"|(?P<ago>year-(?:earlier|ago))" + _SP
       + r")?)?(?:" + _YEAR_POSSESSOR + r")?(?:fiscal" + _SP + r")?" + _ORDINAL
       + r"(?:-|" + _SP + r")(?P<unit>quarter|half)(?:" + _SP + r"of" + _SP + r"(?:fiscal" + _SP
       + r")?" + _YEAR + r")?",
       ("the third quarter", "the first half of 2024", "second quarter", "third-quarter",
        "the [third-quarter] results", "the fiscal first quarter", "this year's third quarter",
        "the 1988 third quarter", "the year-ago third quarter",
        "[fourth-quarter] profit"), needs=("quarter", "half"))  # fmt: skip
def _quarter(m: re.Match[str]) -> Meaning | None:
    """A quarter or half of a year; not of a game or a season ("the fourth quarter of Game
    7", "the second half of the season"): "of" after it must lead to a year."""
    if _OF_AFTER.match(m.string, m.end()) and not _OF_A_YEAR_OR_AMOUNT.match(m.string, m.end()):
        return None
    index = lexicon.ORDINALS[m["ordinal"].lower()]
    grain = Grain.QUARTER if m["unit"].lower() == "quarter" else Grain.HALF
    if grain is Grain.HALF:
        index = min(index, 2)
    year = _year(m) or (int(m["lead_year"]) if m["lead_year"] else None)
    offset = lexicon.YEAR_POSSESSORS[m["possessor"].lower()] if m["possessor"] else None
    if m["ago"]:
        offset = -1
    return PeriodOfYear(grain, index, year, year_offset=offset)


@_rule("reporting-period",
       r"(?:(?:the|its|their)" + _SP + r"(?:(?:comparable|corresponding)" + _SP + r")?(?:(?P<which>"
       + _alternation(lexicon.REPORTING_PERIOD_WORDS) + r")" + _SP + r"|(?P<ryear>(?:1[0-9]|20)"
       + r"[0-9]{2})" + _SP + r")?|" + _YEAR_POSSESSOR + r")(?:fiscal" + _SP
       + r")?(?P<unit>quarter|period)(?!" + _SP + r"of\b)|(?P<alone>year-(?:earlier|ago))",
       ("the quarter", "the latest quarter", "the year-ago period", "the year-earlier quarter",
        "its latest period", "[year-earlier] results", "the 1988 period",
        "last year's quarter", "the comparable year-ago quarter"),
       needs=("quarter", "period", "year-"))  # fmt: skip
def _reporting_period(m: re.Match[str]) -> Meaning | None:
    """The period a company reports on ("the quarter"), the same one a year before ("the
    year-ago period"), or in a year the words give ("the 1988 period")."""
    if m["alone"]:
        return ReportingPeriod(None, 1)
    grain = Grain.QUARTER if m["unit"].lower() == "quarter" else None
    if m["ryear"]:
        return ReportingPeriod(grain, year=int(m["ryear"]))
    if m["possessor"]:
        return ReportingPeriod(grain, -lexicon.YEAR_POSSESSORS[m["possessor"].lower()])
    which = _key(m["which"]) if m["which"] else None
    if which is None and grain is None:
        return None
    return ReportingPeriod(grain, lexicon.REPORTING_PERIOD_WORDS[which] if which else 0)


@_rule("period-a-year-back",
       r"the" + _SP + r"(?:(?:" + _alternation(lexicon.SAME_PERIOD_ADJECTIVES) + r")" + _SP
       + r")?(?P<unit>quarter|period)" + _SP + r"(?:" + _alternation(lexicon.A_YEAR_BACK) + r")",
       ("the quarter a year ago", "the corresponding period last year",
        "the same period a year earlier"),
       priority=1, needs=("year",))  # fmt: skip
def _period_a_year_back(m: re.Match[str]) -> Meaning:
    """The reported period a year back, named as the period and how far: "the quarter a year
    ago", "the corresponding period last year"."""
    return ReportingPeriod(Grain.QUARTER if m["unit"].lower() == "quarter" else None, 1)


@_rule("short-period",
       r"(?:(?P<letter>[QH])(?P<q>[1-4])|(?P<q_first>[1-4])(?P<letter_after>[QH])"
       r"(?=['\u2019]?[0-9]))(?:(?:" + _SP + r")?" + _YEAR + r"|(?(letter)['\u2019]|['\u2019]?)"
       r"(?P<short>[0-9]{2})(?![0-9])|" + _SP + r"FY[^\S\n]?(?P<fiscal>[0-9]{2}|(?:19|20)[0-9]{2})"
       r"(?![0-9]))?",
       ("Q3 2024", "Q1", "H1 2024", "2H25", "Q3'24", "Q3 FY24", "3Q2024"), cased=True,
       needs=_DIGITS)  # fmt: skip
def _short_period(m: re.Match[str]) -> Meaning | None:
    """A quarter or half written short, with its year in full, in two digits or as a fiscal
    year (named by the year it ends in): "Q3 2024", "H1 2024", "2H25", "Q3'24", "Q3 FY24". A
    fiscal quarter is written as the calendar one, as TimeML corpora write "fiscal 1989's
    fourth quarter": the company's own calendar is not in the words."""
    letter, number = m["letter"] or m["letter_after"], int(m["q"] or m["q_first"])
    short = m["short"] or m["fiscal"]
    year = _year(m)
    if short is not None:
        year = int(short) if len(short) == 4 else _two_digit_year(short)
    if letter == "H":
        return PeriodOfYear(Grain.HALF, number, year) if number <= 2 else None
    return PeriodOfYear(Grain.QUARTER, number, year)


@_rule("fiscal-year-short",
       r"FY[^\S\n]?(?P<short>[0-9]{2}|(?:19|20)[0-9]{2})(?:[-/](?P<end>[0-9]{2}))?(?![0-9])",
       ("FY2024", "FY 2025", "FY24", "FY2024-25"), cased=True, needs=_DIGITS)  # fmt: skip
def _fiscal_year_short(m: re.Match[str]) -> Meaning:
    """A fiscal year written short, named by the calendar year it ends in: "FY2024", "FY24",
    "FY2024-25" (2025). Two digits below 50 are taken in the 2000s, others in the 1900s."""
    start = int(m["short"]) if len(m["short"]) == 4 else _two_digit_year(m["short"])
    if m["end"] is None:
        return CalendarDate(start)
    end = start - start % 100 + int(m["end"])
    return CalendarDate(end + 100 if end < start else end)


#: The next finer grain a fractional count is counted in, and how many make one.
_FINER_GRAINS: Final[dict[Grain, tuple[Grain, int]]] = {
    Grain.CENTURY: (Grain.DECADE, 10), Grain.DECADE: (Grain.YEAR, 10),
    Grain.YEAR: (Grain.MONTH, 12), Grain.WEEK: (Grain.DAY, 7), Grain.DAY: (Grain.HOUR, 24),
    Grain.HOUR: (Grain.MINUTE, 60), Grain.MINUTE: (Grain.SECOND, 60),
}  # fmt: skip


@_rule("counted-relative",
       _NUMBER + _SP_OR_HYPHEN + _UNIT + r"(?P<half>" + _SP + r"and" + _SP + r"a" + _SP
       + r"half)?(?:" + _OR_SO + r")?" + _SP
       + r"(?P<direction>" + _alternation(lexicon.COUNTED_DIRECTIONS) + r")"
       # "10 days before the murder" counts from an event, not a date: only "10 days" is a
       # time (an amount), as TimeML has it.
       + r"(?!(?<=before)" + _SP + r"[\w$])",
       ("two weeks ago", "three days later", "a day earlier", "five years from now",
        "several years ago", "a week or so ago", "left [10 days before].",
        "a year and a half ago", "half a century ago"),
       priority=1, needs=lexicon.UNITS)  # fmt: skip
def _counted_relative(m: re.Match[str]) -> Meaning | None:
    """An amount of time back or ahead: "two weeks ago", "three days later" (not in working
    days, which the calendar alone cannot count)."""
    if _key(m["unit"]) in lexicon.WORKING_DAY_UNITS:
        return None
    amount = _number(m["number"])
    if m["half"] and amount is not None:
        amount += 0.5
    grain = _unit_grain(m)
    sign, anaphoric = lexicon.COUNTED_DIRECTIONS[_key(m["direction"])]
    if amount is None and not anaphoric and m["number"].lower() != "some":
        # "several years ago": some time in the past, with no date to give.
        return Reference("PAST_REF" if sign < 0 else "FUTURE_REF")
    while amount is not None and amount != int(amount) and grain in _FINER_GRAINS:
        # "half a century ago": five decades back; "a year and a half ago": 18 months; hours
        # only from the time last mentioned ("two and a half days later", not "ago")
        if grain is Grain.DAY and not anaphoric:
            break
        grain, per = _FINER_GRAINS[grain]
        amount *= per
    if amount is None or amount != int(amount):
        return None
    same_period = grain is Grain.YEAR and amount == 1 and sign < 0
    if anaphoric:
        return Anaphoric(grain, sign * int(amount), same_period)
    return Deictic(grain, sign * int(amount), same_period)


@_rule("units-ago",
       r"(?P<unit>" + _alternation(lexicon.VAGUE_DURATION_UNITS) + r")" + _SP + r"ago",
       ("months ago", "just [years ago]"), needs=("ago",))  # fmt: skip
def _units_ago(m: re.Match[str]) -> Meaning:
    """Some time back, counted in a unit without a number: "just months ago"."""
    return Reference("PAST_REF")


@_rule("in-counted",
       r"(?<=\bin\s)" + _NUMBER + _SP_OR_HYPHEN + _UNIT + r"(?P<time>(?:" + APOSTROPHE + r"s?)?"
       + _SP + r"time)?",
       ("in [two weeks]", "in [10 days' time]", "in [a month's time]"),
       needs=lexicon.UNITS)  # fmt: skip
def _in_counted(m: re.Match[str]) -> Meaning | None:
    """A point ahead of the reference; "in a day" without "time" is an amount ("within")."""
    amount = _number(m["number"])
    grain = _unit_grain(m)
    if amount is None or amount != int(amount) or grain in (Grain.HOUR, Grain.MINUTE):
        return None
    if amount == 1 and not m["time"]:
        return None
    return Deictic(grain, int(amount))


@_rule("anaphoric-day", r"(?P<phrase>" + _alternation(lexicon.ANAPHORIC_DAYS) + r")",
       ("the following day", "the same day", "the day before", "that day"), priority=1,
       needs=("day",))  # fmt: skip
def _anaphoric_day(m: re.Match[str]) -> Meaning:
    return Anaphoric(Grain.DAY, lexicon.ANAPHORIC_DAYS[_key(m["phrase"])])


@_rule("following-unit",
       r"the" + _SP + r"(?P<which>" + _alternation(lexicon.ANAPHORIC_SHIFTS) + r")" + _SP
       + r"(?P<unit>" + _alternation(lexicon.ANAPHORIC_UNITS) + r")",
       ("the following week", "the previous year"), needs=lexicon.ANAPHORIC_SHIFTS)  # fmt: skip
def _following_unit(m: re.Match[str]) -> Meaning:
    return Anaphoric(Grain(m["unit"].lower()), lexicon.ANAPHORIC_SHIFTS[m["which"].lower()])


@_rule("anchored-duration",
       r"the" + _SP + r"(?P<which>" + _alternation(lexicon.DURATION_DIRECTIONS) + r")" + _SP
       + r"(?:" + _NUMBER + _SP_OR_HYPHEN + r")?" + _UNIT,
       ("the next 70 days", "the past three years", "the coming months", "the last two decades"),
       priority=1, needs=lexicon.DURATION_DIRECTIONS)  # fmt: skip
def _anchored_duration(m: re.Match[str]) -> Meaning | None:
    which = m["which"].lower()
    unit = m["unit"].lower()
    grain = _unit_grain(m)
    plural = unit.endswith("s") or unit == "centuries"
    if m["number"]:
        amount = _number(m["number"])
    elif plural:
        amount = None
    else:
        return None
    return Duration(grain, amount, lexicon.DURATION_DIRECTIONS[which])


@_rule("duration",
       _NUMBER + _SP_OR_HYPHEN + r"(?:(?:" + _alternation(lexicon.ADDED_AMOUNT_WORDS) + r")" + _SP
       + r")?" + _UNIT + r"(?P<half>" + _SP + r"and" + _SP + r"a" + _SP
       + r"half)?(?:" + _SP_OR_HYPHEN + r"(?:long|old))?",
       ("70 days", "nearly [three years]", "a decade", "three-year-long", "two more weeks",
        "an additional year",
        "several weeks", "a minute and a half", "two years and a half"),
       needs=lexicon.UNITS)  # fmt: skip
def _duration(m: re.Match[str]) -> Meaning | None:
    """An amount of time, or the set of a rate ("700 seats a week": once a week); an age
    ("a 6-year-old", "52 years old"), a fraction ("three-quarters of") or a year before a
    singular unit ("the 1988 quarter") is none."""
    if m.group().lower().endswith("old"):
        return None
    word = m["number"].lower()
    unit = m["unit"].lower()
    hyphen = m.group()[len(m["number"])] == "-"
    amount = _number(word)
    if hyphen and unit == "quarters":
        return None
    if not hyphen and re.fullmatch(_YEAR, word) and unit == lexicon.UNITS[unit]:
        return None
    if word in lexicon.INDEFINITE_ARTICLES and unit in lexicon.ARTICLE_AMBIGUOUS_UNITS:
        return None
    if word in lexicon.INDEFINITE_ARTICLES and any(map(_is_amount, _words_before(m, 2))):
        # A rate: "$2 million a year", "four flights a week" recur once each unit.
        value = lexicon.RECURRING_UNITS.get(unit)
        return Recurrence(_unit_grain(m), value=value) if value else None
    if amount is None and word in lexicon.NON_DURATION_QUANTITIES:
        return None
    if m["half"] and amount is not None:
        amount += 0.5
    return Duration(_unit_grain(m), amount)


_VAGUE_DURATION_BEFORE = _preceded_by(lexicon.VAGUE_DURATION_CONTEXT)


_OF_AFTER = re.compile(_SP + r"of\b", re.IGNORECASE)


@_rule("vague-duration",
       r"(?P<unit>" + _alternation(lexicon.VAGUE_AMOUNT_UNITS) + r")(?!" + _SP
       + r"(?:ago|before|after|earlier|later)\b)",
       ("for [years]", "for [decades]", "within [days]", "after [weeks] of talks",
        "for [hours]"), needs=lexicon.VAGUE_AMOUNT_UNITS)  # fmt: skip
def _vague_duration(m: re.Match[str]) -> Meaning | None:
    """Some amount of a unit, after a word that makes it one: "for years", "within days"."""
    before = _VAGUE_DURATION_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    if before is None:
        return None
    if before.group().lower().startswith("after") and not _OF_AFTER.match(m.string, m.end()):
        return None  # "after hours trading", but "after hours of debate"
    return Duration(_unit_grain(m), None)


@_rule("someday", r"(?:one|some)" + _SP + r"day",
       ("Islam will [one day] be", "he may [some day] return"), priority=1,
       needs=("day",))  # fmt: skip
def _someday(m: re.Match[str]) -> Meaning | None:
    """An unnamed day ahead: "one day" after a modal ("it will one day be"), not the amount
    of "in one day" or "one day later"."""
    before = _words_before(m, 1)
    return Reference("FUTURE_REF") if before and before[0] in lexicon.MODAL_VERBS else None


@_rule("surrounding-period",
       r"(?<=\bthe\s)(?P<unit>" + _alternation(lexicon.VAGUE_PERIOD_UNITS) + r")(?=" + _SP
       + r"(?:" + _alternation(lexicon.SURROUNDING_PERIOD_WORDS) + r")\b)",
       ("in the [weeks] before the vote", "in the [years] that followed", "the [days] after"),
       needs=lexicon.SURROUNDING_PERIOD_WORDS)  # fmt: skip
def _surrounding_period(m: re.Match[str]) -> Meaning:
    """An unmeasured stretch of time next to an event: "in the weeks before the shooting"."""
    return Duration(_unit_grain(m), None)


@_rule("reference", r"(?P<ref>" + _alternation(lexicon.REFERENCES) + r")",
       ("now", "recently", "in [the past]", "currently", "the [current] crisis",
        "a [recent] survey", "until [now]"),
       needs={phrase.split()[-1] for phrase in lexicon.REFERENCES})  # fmt: skip
def _reference(m: re.Match[str]) -> Meaning | None:
    """The present, past or future; "the past" and "the future" only after a preposition
    ("in the past", not "the future of the party")."""
    before = m.string[max(0, m.start() - 10) : m.start()].lower()
    word = _key(m["ref"])
    if word == "now" and _NOW_OPENER.search(before):
        return None
    if word in lexicon.PREPOSITIONAL_REFERENCES:
        preposition = _PREPOSITION_BEFORE.search(before)
        if preposition is None:
            return None
    return Reference(lexicon.REFERENCES[word])


@_rule("every", r"(?:every" + _SP + r"(?P<other>other)" + _SP + r"|(?:every|each)" + _SP
       + r")(?:(?P<weekday>"
       + _alternation(lexicon.WEEKDAYS) + r")|(?P<unit>"
       + _alternation([*lexicon.RECURRING_UNITS, *lexicon.RECURRING_PARTS_OF_DAY])
       + r")|" + _MONTH + r"|" + _SEASON + r")",
       ("every Monday", "each year", "every day", "each July", "every quarter", "each spring",
        "every other week"),
       needs=("every", "each"))  # fmt: skip
def _every(m: re.Match[str]) -> Meaning | None:
    """A set of times: every weekday, unit, part of the day, month or season; "every other
    week" is every two weeks ("every other Monday" stays the set of Mondays)."""
    if m["other"] and not m["weekday"]:
        unit = (m["unit"] or "").lower()
        if unit not in lexicon.EVERY_OTHER_UNITS:
            return None
        return Recurrence(Grain(unit), value=lexicon.EVERY_OTHER_UNITS[unit])
    if m["season"]:
        return Recurrence(Grain.YEAR, value=f"XXXX-{lexicon.SEASONS[m['season'].lower()]}")
    if m["month"]:
        if not _capitalised(m, "month"):
            return None
        return Recurrence(Grain.YEAR, value=f"XXXX-{_month(m):02d}")
    if m["weekday"]:
        return Recurrence(Grain.WEEK, weekday=lexicon.WEEKDAYS[m["weekday"].lower()])
    unit = m["unit"].lower()
    if unit in lexicon.RECURRING_PARTS_OF_DAY:
        return Recurrence(Grain.DAY, value=f"XXXX-XX-XXT{lexicon.PARTS_OF_DAY[unit]}")
    return Recurrence(Grain(unit), value=lexicon.RECURRING_UNITS[unit])


@_rule("frequency", r"(?P<freq>" + _alternation(lexicon.FREQUENCY_ADVERBS) + r")",
       ("daily", "annually", "weekly", "adjusted [quarterly]"),
       needs=lexicon.FREQUENCY_ADVERBS)  # fmt: skip
def _frequency(m: re.Match[str]) -> Meaning | None:
    """A set of times; "its quarterly dividend" is an adjective of a report, no set."""
    word = m["freq"].lower()
    before = _words_before(m, 1)
    if word in lexicon.FREQUENCY_ADJECTIVES and before and before[0] in lexicon.DETERMINERS:
        return None
    return Recurrence(Grain.DAY, value=lexicon.FREQUENCY_ADVERBS[word])


#: A word of a place's name, of a length that keeps a match within the reach of its needs
#: (:data:`_NEEDS_REACH`).
_PLACE_WORD = (
    r"(?!(?:" + _alternation(set(lexicon.WEEKDAYS) | set(lexicon.MONTHS)) + r")\b)"
    r"(?-i:[A-Z][a-z]{1,24})"
)
#: A zone named by a place or region, before the end of a clause, "on", "at", "and" or a
#: capitalised word: "5 p.m. New York time on Friday", "3 p.m. Gaza time.", "noon Eastern
#: Standard Time" (not "At 5 p.m. Biden time was up", "8 p.m. Christmas Day time stood
#: still").
_PLACE_TIME = (
    _PLACE_WORD + r"(?:" + _SP + _PLACE_WORD + r"){0,2}" + _SP + r"time\b(?=[^\S\n]*(?:[,;:.)]"
    + r"|\n|\Z|(?:on|at|and)\b|(?-i:[A-Z])))"
)  # fmt: skip


@_rule("clock",
       r"(?<![0-9]:)(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5][0-9])(?::[0-5][0-9])?)?"
       r"(?:\s?(?P<ampm>[ap]\.m\.|[ap]m)"
       r"|(?:" + _SP + r"o" + APOSTROPHE + r"clock)?" + _SP + r"in" + _SP + r"the" + _SP
       + r"(?P<half>" + _alternation(lexicon.CLOCK_HALVES) + r"))"
       r"|(?P<hour24>[01]?[0-9]|2[0-3]):(?P<minute24>[0-5][0-9])(?::[0-5][0-9])?(?:" + _SP
       + r"(?P<zoned>" + _ZONE + r"|hours|h))?(?![0-9]|:[0-9])"
       r"|(?P<hour4>[01][0-9]|2[0-3])(?P<minute4>[0-5][0-9])(?:(?=[^\S\n]?(?-i:"
       + "|".join(sorted(lexicon.FOUR_DIGIT_CLOCK_ZONES, key=len, reverse=True))
       + r")\b|[^\S\n]?local" + _SP + r"time\b)|[^\S\n](?P<hours4>hours|hrs)\b(?!" + _SP
       + r"of\b))"
       r"|(?P<named>" + _alternation(lexicon.NAMED_HOURS) + r")"
       r"|(?P<bare_hour>1[0-2]|0?[1-9])(?=" + _SP + r"(?P<told_part>"
       + _alternation(lexicon.PARTS_TELLING_HALF) + r")\b))(?:" + _SP + r"(?:" + _ZONE + r"|"
       + _PLACE_TIME + r"))?",
       ("3 p.m.", "10:30 am", "noon", "14:30 GMT", "3 p.m. ET", "4 in the morning",
        "5 p.m. New York time", "noon Eastern Standard Time", "at [11] tonight",
        "8 o'clock in the evening", "10:00:00 GMT", "10.15pm", "at [14:05]", "1400 GMT",
        "at [1800 hrs]"),
       priority=1, needs=_DIGITS | set(lexicon.NAMED_HOURS))  # fmt: skip
def _clock(m: re.Match[str]) -> Meaning | None:
    """A time of day: with a.m./p.m., in the morning or evening, named ("noon"), or by the
    clock with a zone ("14:30 GMT", "1400 GMT"), or after a word that makes it a time ("at
    14:05", "at 7:45", read as written unless a part of the day beside it says after noon);
    never a price ("$3.50 pm")."""
    if m.start() and m.string[m.start() - 1] in lexicon.CURRENCY_SIGNS:
        return None
    if m["named"]:
        return ClockTime(None, lexicon.NAMED_HOURS[m["named"].lower()], 0)
    if m["bare_hour"]:
        # "at 11 tonight", "until 10 this morning": the part of the day after says which half
        if _HOUR_TOLD_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is None:
            return None
        hours, afternoon = lexicon.PARTS_TELLING_HALF[_key(m["told_part"])]
        hour = int(m["bare_hour"])
        if hour not in hours:
            return None
        return ClockTime(None, hour % 12 + (12 if afternoon else 0), 0)
    if m["hour4"]:
        if (
            m["hours4"]
            and _FOUR_DIGIT_HOURS_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is None
        ):
            return None  # "up to 1500 hours" is an amount; "at 1800 hours" a time
        return ClockTime(None, int(m["hour4"]), int(m["minute4"]))  # "1400 GMT"
    if m["hour24"]:
        if not m["zoned"] and not _opens_log_entry(m.string, m.start(), m.end()):
            words = _ONE_DIGIT_CLOCK_BEFORE if len(m["hour24"]) == 1 else _CLOCK_WORD_BEFORE
            if words.search(m.string, max(0, m.start() - 16), m.start()) is None:
                return None
        return ClockTime(None, int(m["hour24"]), int(m["minute24"]))
    afternoon = (
        lexicon.CLOCK_HALVES[m["half"].lower()] if m["half"] else m["ampm"].lower()[0] == "p"
    )
    hour = int(m["hour"]) % 12 + (12 if afternoon else 0)
    return ClockTime(None, hour, int(m["minute"]) if m["minute"] else 0)


_O_CLOCK_PROGRAMME_AFTER = re.compile(
    _SP + r"(?:" + _alternation(lexicon.O_CLOCK_PROGRAMMES) + r")\b", re.IGNORECASE
)


@_rule("o-clock",
       r"(?P<hour>1[0-2]|0?[1-9]|" + _alternation(lexicon.CLOCK_HOUR_WORDS) + r")" + _SP
       + r"(?-i:o" + APOSTROPHE + r"clock)(?:" + _SP + r"in" + _SP + r"the" + _SP + r"(?P<half>"
       + _alternation(lexicon.CLOCK_HALVES) + r"))?",
       ("eleven o'clock", "10 o'clock", "four o'clock in the afternoon"),
       needs=("clock",))  # fmt: skip
def _o_clock(m: re.Match[str]) -> Meaning | None:
    """An hour by the clock, without a.m. or p.m. unless the half of the day follows: "at
    eleven o'clock" (T11:00), "four o'clock in the afternoon" (T16:00); not a title ("The
    Six O'Clock News") or a programme ("the ten o'clock news")."""
    if _O_CLOCK_PROGRAMME_AFTER.match(m.string, m.end()):
        return None
    hour = m["hour"].lower()
    number = int(hour) if hour.isdigit() else lexicon.CLOCK_HOUR_WORDS[hour]
    if m["half"] and lexicon.CLOCK_HALVES[m["half"].lower()]:
        number = number % 12 + 12
    return ClockTime(None, number, 0)


_CLOCK_WORD_BEFORE = _preceded_by(lexicon.CLOCK_CONTEXT_WORDS)
#: The start of a line or sentence, or a comma after a heading, with a bullet perhaps, and
#: after a time the mark that opens a log's entry: "14:10 - alerts fire", "14 March, 23:15 -
#: patient complains", "00:05: all quiet".
_BULLET = r"[^\S\n]*(?:[-*\u2022][^\S\n]*)?\Z"
_LINE_START_BEFORE = re.compile(r"(?:^|\n|[.!?;,][^\S\n]+)" + _BULLET)
_LINE_OPENING = re.compile(r"(?:^|\n)" + _BULLET)
_LOG_ENTRY_AFTER = re.compile(r"[^\S\n]*[-\u2013\u2014:|][^\S\n]+\S")
#: A time a log's entry may open with: two digits of hour, or a half of the day.
_LOG_CLOCK = re.compile(
    r"(?:[0-2][0-9]:[0-5][0-9]|[0-9]{1,2}(?:[:.][0-5][0-9])?[^\S\n]?[ap]\.?m\.?)\Z", re.IGNORECASE
)
_ONE_DIGIT_LOG_CLOCK = re.compile(r"[0-9]:[0-5][0-9]\Z")


def _opens_log_entry(text: str, start: int, end: int) -> bool:
    """Whether the time at ``text[start:end]`` opens an entry of a log or a timeline before a
    dash or colon: "14:10 - alerts fire", "7:30 p.m. - staff are told" at the start of a
    sentence or line, "8:45 - first call" at the start of a line only (not a verse, a lap or
    a race's time: "She ran. 2:09 - her time", "2:04:12 - Kiptum")."""
    if _LOG_ENTRY_AFTER.match(text, end) is None:
        return False
    if _LOG_CLOCK.match(text, start, end) is not None:
        return _LINE_START_BEFORE.search(text, max(0, start - 8), start) is not None
    return (
        _ONE_DIGIT_LOG_CLOCK.match(text, start, end) is not None
        and _LINE_OPENING.search(text, max(0, start - 8), start) is not None
    )


_ONE_DIGIT_CLOCK_BEFORE = _preceded_by(lexicon.ONE_DIGIT_CLOCK_BEFORE)
_HOUR_TOLD_BEFORE = _preceded_by(lexicon.HOUR_TOLD_BEFORE)
_FOUR_DIGIT_HOURS_BEFORE = _preceded_by(lexicon.FOUR_DIGIT_HOURS_BEFORE)
_NEXT_WORD = re.compile(r"[^\S\n]{1,3}(?P<word>[A-Za-z]+)")


def _is_amount(word: str) -> bool:
    """Whether a word is a number or an amount ("700", "four", "$1.76", "million") that runs
    on into what follows (not "in 1086, a year before")."""
    if word.endswith((",", ".")):
        return False  # the end of a clause or sentence: "on June 6, 1944. Within a week"
    return (
        word[:1].isdigit()
        or word[:1] == "$"
        or word in lexicon.RATE_AMOUNT_WORDS
        or (word in lexicon.NUMBER_WORDS and word not in lexicon.INDEFINITE_ARTICLES)
    )


def _words_before(m: re.Match[str], count: int) -> list[str]:
    """The last ``count`` words before the match in its paragraph, lower case, nearest last."""
    before = m.string[max(0, m.start() - 40) : m.start()].rpartition("\n\n")[2]
    return [w.lower() for w in re.findall(r"[\w$.,'%]+", before)][-count:]


_BARE_REPORT_PERIODS: Final[frozenset[str]] = frozenset({"the year", *lexicon.REPORT_PERIODS})


@_rule("report-year",
       r"(?P<phrase>" + _alternation([*lexicon.REPORT_YEARS, *lexicon.REPORT_PERIODS]) + r")(?!-)",
       ("for [the year]", "for [the full year]", "in [the fiscal year] ended then",
        "throughout [the fiscal year]", "for [the week]"),
       needs=("year", "week", "month"))  # fmt: skip
def _report_year(m: re.Match[str]) -> Meaning | None:
    """The year a report is about ("sales for the year"), or the span of a fiscal year ("the
    year ended June 30"), after a preposition; the word after stays out unless it says so."""
    before = _words_before(m, 3)
    phrase = _key(m["phrase"])
    if not before or before[-1] not in lexicon.REPORT_YEAR_OPENERS:
        return None
    after = _NEXT_WORD.match(m.string, m.end(), m.end() + 16)
    following = after["word"].lower() if after else ""
    if phrase in _BARE_REPORT_PERIODS and following in lexicon.NOT_REPORT_YEAR_AFTER:
        return None
    grain = Grain(lexicon.REPORT_PERIODS.get(phrase, "year"))
    if following in lexicon.FISCAL_SPAN_WORDS:
        return Duration(grain, 1)
    return Deictic(grain, lexicon.REPORT_YEARS.get(phrase, 0))


_SPELLED_YEAR = (
    r"(?P<century>" + _alternation(lexicon.SPELLED_CENTURIES) + r")" + _SP + r"(?:(?P<tens>"
    + _alternation(lexicon.TENS_WORDS) + r")(?:-(?P<ones>" + _alternation(lexicon.ONES_WORDS)
    + r"))?|(?P<teen>" + _alternation(w for w, v in lexicon.NUMBER_WORDS.items() if 10 <= v < 20)
    + r"))"
)  # fmt: skip


@_rule("spelled-year",
       r"(?:" + _MONTH + _SP + r"|the" + _SP + r"year" + _SP + r")?(?:" + _SPELLED_YEAR
       + r"|(?P<thousand>two" + _SP + r"thousand(?:" + _SP + r"(?:and" + _SP + r")?(?P<unit>"
       + _alternation(lexicon.ONES_WORDS) + r"))?))",
       ("nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand",
        "nineteen seventy-nine"), needs=(*lexicon.SPELLED_CENTURIES, "thousand"))  # fmt: skip
def _spelled_year(m: re.Match[str]) -> Meaning | None:
    """A year said in words, as transcripts of broadcasts write them; "two thousand" only
    after "the year" ("two thousand people" is a count)."""
    if m["thousand"]:
        if not m.group().lower().startswith("the"):
            return None
        year = 2000 + (lexicon.NUMBER_WORDS[m["unit"].lower()] if m["unit"] else 0)
    else:
        rest = lexicon.NUMBER_WORDS[(m["tens"] or m["teen"]).lower()]
        rest += lexicon.NUMBER_WORDS[m["ones"].lower()] if m["ones"] else 0
        year = lexicon.SPELLED_CENTURIES[m["century"].lower()] * 100 + rest
    if m["month"]:
        if not _capitalised(m, "month"):
            return None
        return CalendarDate(year, _month(m))
    return CalendarDate(year)


_HOLIDAY_NAMES: Final[frozenset[str]] = frozenset(
    {*lexicon.FIXED_HOLIDAYS, *lexicon.WEEKDAY_HOLIDAYS, *lexicon.EASTER_HOLIDAYS,
     *lexicon.AFTER_WEEKDAY_HOLIDAYS}
)  # fmt: skip


#: The last words of the holiday names, one of which every holiday mention contains.
_HOLIDAY_ENDS: Final[frozenset[str]] = frozenset(name.split()[-1] for name in _HOLIDAY_NAMES)


@_rule("holiday",
       r"(?:" + _SHIFT + _SP + r")?(?P<holiday>" + capitalised(_HOLIDAY_NAMES, _SP) + r")(?:"
       + _SP + _PART + r")?(?:,?" + _SP + _YEAR + r")?",
       ("Thanksgiving Day", "last Christmas", "Easter 2024", "on [Election Day]",
        "New Year's Eve", "Christmas morning"), priority=1, needs=_HOLIDAY_ENDS)  # fmt: skip
def _holiday(m: re.Match[str]) -> Meaning | None:
    """A holiday, or a part of it ("Christmas night"); not one in a name or of a thing
    ("Easter Island", "Christmas cards")."""
    if not _capitalised(m, "holiday") or (not (m["year"] or m["part"]) and _names_a_thing(m)):
        return None
    day = Holiday(_key(m["holiday"]).replace("\u2019", "'"), _year(m), _shift(m))
    if m["part"]:
        return ClockTime(day, part=lexicon.PARTS_OF_DAY[m["part"].lower()])
    return day


@_rule("same-period",
       r"(?P<same>" + _alternation(lexicon.SAME_PERIOD_WORDS) + r")" + _SP + r"(?P<unit>"
       + _alternation(lexicon.SAME_PERIOD_UNITS) + r")(?!-)",
       ("that year", "the same month", "later [that year]", "that quarter"),
       needs=("that", "same"))  # fmt: skip
def _same_period(m: re.Match[str]) -> Meaning:
    return Anaphoric(Grain(m["unit"].lower()), 0)


@_rule("positioned-unit",
       r"(?<=of\s)the" + _SP + r"(?P<unit>" + _alternation(lexicon.POSITIONED_UNITS) + r")(?!-)",
       ("the end of [the month]", "the beginning of [the year]"),
       needs=lexicon.POSITIONED_UNITS)  # fmt: skip
def _positioned_unit(m: re.Match[str]) -> Meaning | None:
    """The current period after a position: "the end of [the month]"."""
    before = m.string[max(0, m.start() - 24) : m.start()]
    if _POSITION_BEFORE.search(before) is None:
        return None
    return Deictic(Grain(m["unit"].lower()), 0)


@_rule("year-end", r"(?P<phrase>" + _alternation(lexicon.YEAR_END_PHRASES) + r")",
       ("by [year-end]", "by [year's end]"), mod="END", needs=("year",))  # fmt: skip
def _year_end(m: re.Match[str]) -> Meaning:
    return Deictic(Grain.YEAR, 0)


@_rule("vague-period",
       r"(?P<which>" + _alternation(lexicon.VAGUE_REFERENCE_WORDS) + r")" + _SP + r"(?P<unit>"
       + _alternation(lexicon.VAGUE_PERIOD_UNITS) + r")",
       ("in [recent years]", "in [coming weeks]", "[future quarters]"),
       needs=lexicon.VAGUE_REFERENCE_WORDS)  # fmt: skip
def _vague_period(m: re.Match[str]) -> Meaning:
    return Reference(lexicon.VAGUE_REFERENCE_WORDS[m["which"].lower()])


_CENTURY_NTH = (
    r"(?:(?P<nth>[1-9]|1[0-9]|2[0-2])" + _ORDINAL_SUFFIX + r"|(?P<nth_word>"
    + _alternation(lexicon.CENTURY_ORDINALS) + r"))"
)  # fmt: skip


def _century_number(m: re.Match[str]) -> int:
    return int(m["nth"]) if m["nth"] else lexicon.CENTURY_ORDINALS[_key(m["nth_word"])]


@_rule("century", r"(?:the" + _SP + r")?" + _CENTURY_NTH + r"(?:-|" + _SP + r")centur(?:y|ies)"
       + r"(?:" + _SP + r"(?P<era>" + capitalised(lexicon.ERAS, _SP) + r"))?",
       ("the 20th century", "11th century", "the nineteenth century", "the 5th century BC",
        "the second century AD", "the 13th centuries"),
       needs=("centur",))  # fmt: skip
def _century(m: re.Match[str]) -> Meaning:
    """A century, counted in TIMEX3 by its first two digits (the 20th is 19XX); before the
    era, by those of its years (the 5th century BC, 500-401 BC, is BC04)."""
    nth = _century_number(m)
    if m["era"] and lexicon.ERAS[_key(m["era"])]:
        return PeriodOfYear(Grain.CENTURY, -nth)
    return PeriodOfYear(Grain.CENTURY, nth - 1)


RULES: Final[tuple[Rule, ...]] = (
    _iso_date, _iso_week, _numeric_date, _month_day_year, _day_month_year, _ordinal_day,
    _weekday_ordinal_day, _month_year,
    _hyphened_month_year, _month_in_context,
    _shifted_month, _month_of_shifted_year, _anaphoric_period, _era_year,
    _year_in_context, _early_year, _possessive_year, _decade, _weekday, _weekday_weeks_on,
    _anaphoric_weekday,
    _weekday_plural,
    _deictic_day, _this_part_of_day, _part_of_day_told, _anaphoric_part_of_day, _shifted_unit,
    _before_last,
    _the_weekend,
    _season, _quarter, _short_period, _fiscal_year_short, _reporting_period, _period_a_year_back,
    _counted_relative, _units_ago, _in_counted, _anaphoric_day, _following_unit, _anchored_duration,
    _duration, _vague_duration, _someday, _surrounding_period, _reference, _every, _frequency,
    _clock, _o_clock,
    _report_year,
    _spelled_year, _holiday, _same_period, _positioned_unit, _year_end, _vague_period, _century,
)  # fmt: skip

# --- Modifiers, joins and tense -------------------------------------------------------------

#: Meanings that name a point or period of time, which position modifiers place within.
_POINTS = (CalendarDate, PeriodOfYear, Deictic, Anaphoric, ClockTime, WeekdayRef)
#: The meanings a relative position modifier goes with: "earlier this year", "around Nov. 1"
#: (not "get around Wednesday's ruling").
_RELATIVE_MODIFIER_TAKERS: Final[dict[str, tuple[type, ...]]] = {
    "earlier": (Deictic, Anaphoric, ClockTime), "later": (Deictic, Anaphoric, ClockTime),
    "around": (CalendarDate, ClockTime), **{word: (CalendarDate,) for word in lexicon.CIRCA_WORDS},
    **{word: (ClockTime,) for word in lexicon.CLOCK_APPROXIMATE_WORDS},
    **{word: (CalendarDate,) for word in lexicon.DATE_APPROXIMATE_WORDS},
}  # fmt: skip
#: Approximations that stay outside the expression they qualify.
_OUTSIDE_APPROXIMATIONS: Final[frozenset[str]] = (
    lexicon.CLOCK_APPROXIMATE_WORDS | lexicon.DATE_APPROXIMATE_WORDS
)
_POINT_MODIFIERS: Final[dict[str, str]] = {
    **lexicon.POSITION_MODIFIERS, **lexicon.RELATIVE_POSITION_MODIFIERS,
}  # fmt: skip
_POSITION_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?:the" + _SP + r"(?=early|late|mid))?(?P<mod>" + _alternation(_POINT_MODIFIERS)
    + r")(?:-|" + _SP + r")\Z",
    re.IGNORECASE,
)  # fmt: skip
_AMOUNT_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?P<mod>" + _alternation(lexicon.AMOUNT_MODIFIERS) + r")" + _SP + r"\Z",
    re.IGNORECASE,
)
_POSITION_START = re.compile(
    r"(?:the" + _SP + r"(?=early|late|mid))?(?P<mod>" + _alternation(lexicon.POSITION_MODIFIERS)
    + r")(?:-|" + _SP + ")",
    re.IGNORECASE,
)  # fmt: skip
_DEADLINE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<postponed>" + _alternation(lexicon.POSTPONEMENT_CUES) + r")|"
    + _alternation(lexicon.DEADLINE_CUES) + r")(?:" + _SP + r"(?:on|at))?" + _SP + r"\Z",
    re.IGNORECASE,
)  # fmt: skip
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])the(?:" + _SP + r"latest)?" + _SP + r"\Z", re.IGNORECASE)
_DEADLINE_AFTER = re.compile(
    _SP + r"(?:" + _alternation(lexicon.DEADLINE_NOUNS) + r")\b", re.IGNORECASE
)
_SINCE_BEFORE = re.compile(
    r"(?<![\w-])(?:" + _alternation(lexicon.SINCE_CUES) + r")(?:" + _SP + r"(?:"
    + _alternation(lexicon.SINCE_FILLERS) + r")){0,3}" + _SP + r"\Z",
    re.IGNORECASE,
)  # fmt: skip
#: What may stand between a day and its clock time: "Friday at noon", "June 11, 6 p.m.",
#: and in listings "Wednesday, June 11 | 6:00 PM" or "Sat 14 June \u00b7 7.30pm"; a capital "On"
#: opens a new sentence ("at 5 p.m. On Nov. 20 it ...").
_TIME_JOIN = re.compile(
    r"^(?:,|[^\S\n]*[|\u00b7\u2022])?" + _SP + r"(?:(?-i:at|on)" + _SP + r")?\Z", re.IGNORECASE
)
#: Future cues, searched in lower-cased text with straight apostrophes: whole words, and a
#: contraction after a word ("she'll").
_FUTURE = re.compile(
    r"(?:"
    + grouped_alternation(
        (c.lower() for c in lexicon.FUTURE_CUES + lexicon.SCHEDULE_VERBS if c[0].isalpha()),
        _SP,
        r"(?<![\w'].)",
    )
    + r"|"
    + grouped_alternation((c for c in lexicon.FUTURE_CUES if not c[0].isalpha()), _SP, r"(?<=\w.)")
    + r")(?![\w])"
)
_SCHEDULE_VERBS: Final[frozenset[str]] = frozenset(lexicon.SCHEDULE_VERBS)
_MODALS: Final[frozenset[str]] = frozenset(lexicon.MODAL_CUES)
#: Weak future cues, searched like :data:`_FUTURE`.
_WEAK_FUTURE = re.compile(
    r"(?:" + grouped_alternation(
        (c.lower() for c in lexicon.WEAK_FUTURE_CUES + lexicon.MODAL_CUES), _SP, r"(?<![\w'].)"
    ) + r")(?![\w])"
)  # fmt: skip
_THAT_AFTER = re.compile(_SP + r"that\b")
_MODAL_PAST_AFTER = re.compile(_SP + r"(?:not" + _SP + r")?have\b", re.IGNORECASE)
_MARKET_MOVE_AFTER = re.compile(
    _SP + r"(?:[0-9][0-9.,]*%?" + _SP + r")?(?:(?:" + _alternation(lexicon.MARKET_MOVES)
    + r")\b|(?:" + _alternation(lexicon.MARKET_MOVES_WITH_AMOUNT) + r")" + _SP + r"[0-9])",
    re.IGNORECASE,
)  # fmt: skip
#: Words after which a schedule verb is a noun or a plain verb, no present tense.
_NOUN_OR_PLAIN_VERB_BEFORE: Final[frozenset[str]] = (
    lexicon.ADJECTIVE_POSITIONS
    | lexicon.INFINITIVE_MARKERS
    | lexicon.NEGATIONS
    | frozenset(lexicon.NUMBER_WORDS)
)
#: Words that can be tense cues, in lower-cased text: -ed forms, irregular past forms and
#: present forms; and the last word before a place.
_CUE_WORD = re.compile(
    r"(?<![a-z0-9'])(?:[a-z']*ed|"
    + grouped_alternation(lexicon.IRREGULAR_PAST | lexicon.PRESENT_CUES, _SP)
    + r")(?![a-z'])"
)
#: The word before a tense cue in the same sentence: no sentence mark or paragraph break
#: between them (a wrapped line is no break). These searches of the few characters before
#: a place start only at a word's start: a word cut by the window's edge is no word, and
#: trying every letter made them slow.
_FOLDED_WORD_BEFORE = re.compile(r"(?<![a-z'])([a-z']+)[^a-z'.!?\n]*(?:\n[^a-z'.!?\n]*)?\Z")
_VERB_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?P<previous>[A-Za-z]+)" + _SP + r")?(?P<verb>[A-Za-z]+)" + _SP + r"(?:(?:"
    + _exact_alternation(lexicon.GOVERNING_PREPOSITIONS) + r")" + _SP + r")?\Z"
)  # fmt: skip
_LAST_WORDS = re.compile(
    r"(?<![A-Za-z])(?:(?P<earlier>[A-Za-z]+)" + _SP + r")?(?P<word>[A-Za-z]+)" + _SP + r"\Z"
)
_CLAUSE_BREAKS: Final[str] = ".!?;\n"
_CLAUSE_BREAK = re.compile("[" + re.escape(_CLAUSE_BREAKS) + "]")
_NEXT_TOKEN = re.compile(r"\s*(\S+)")
#: A line break inside a sentence of hard-wrapped text: after a word or comma, before a
#: lower-case word or a number.
_SOFT_WRAP = re.compile(r"[\w,][^\S\n]*\n[^\S\n]*[a-z0-9]")
#: How far from an expression, within its clause, a tense cue still counts.
_CLAUSE_REACH: Final[int] = 300


def _with_modifier(text: str, mention: TimeMention) -> TimeMention:
    """Widen a mention over a position or amount modifier just before it, or record the
    position modifier its rule already took in ("late 2024", "mid-November")."""
    before = text[max(0, mention.start - 24) : mention.start]
    table: dict[str, str]
    meaning = mention.meaning
    amount = (
        isinstance(meaning, Duration) and meaning.direction == 0
    ) or mention.rule == _counted_relative.name
    point = not amount and isinstance(meaning, _POINTS)
    if amount:
        found, table = _AMOUNT_BEFORE.search(before), lexicon.AMOUNT_MODIFIERS
    elif point:
        found, table = _POSITION_BEFORE.search(before), _POINT_MODIFIERS
        takers = _RELATIVE_MODIFIER_TAKERS.get(_key(found["mod"])) if found else None
        if takers is not None and not isinstance(meaning, takers):
            found = None
        inside = _POSITION_START.match(mention.text)
        if found is None and inside is not None:
            mod = table[_key(inside["mod"])]
            return attrs.evolve(mention, mod=mod)
    else:
        return mention
    if found is not None and amount and mention.rule == _duration.name:
        word = _key(found["mod"])
        if word in lexicon.PREPOSITION_AMOUNT_MODIFIERS:
            found = None
        elif table[word] in lexicon.OUTSIDE_AMOUNT_MODS:
            return attrs.evolve(_with_article(text, mention), mod=table[word])
    if found is None:
        return _with_article(text, mention)
    if point and _key(found["mod"]) in _OUTSIDE_APPROXIMATIONS:
        return attrs.evolve(mention, mod="APPROX")
    start = mention.start - len(before) + found.start()
    mod = table[_key(found["mod"])]
    return attrs.evolve(mention, start=start, text=text[start : mention.end], mod=mod)


_OR_SO_WORDS = re.compile(_OR_SO + r"(?![\w-])", re.IGNORECASE)


_EVERY_BEFORE = _preceded_by(["every"])


def _with_every(text: str, mention: TimeMention) -> TimeMention:
    """Widen an amount of time over "every" before it into the set it paces: "every four
    years" (SET P4Y), "every 15 minutes"."""
    meaning = mention.meaning
    if not isinstance(meaning, Duration) or meaning.direction or mention.rule != _duration.name:
        return mention
    found = _EVERY_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if found is None:
        return mention
    return attrs.evolve(
        mention,
        start=found.start(),
        text=text[found.start() : mention.end],
        meaning=Recurrence(meaning.grain, every=meaning),
    )


def _with_approximation(text: str, mention: TimeMention) -> TimeMention:
    """Widen an amount of time over an approximation after it, or mark one inside it, as
    APPROX: "the next year or so", "a week or so ago"."""
    if mention.mod is None and _OR_SO_WORDS.search(mention.text):
        return attrs.evolve(mention, mod="APPROX")
    if not isinstance(mention.meaning, (Duration, Deictic, Anaphoric)):
        return mention
    found = _OR_SO_WORDS.match(text, mention.end, mention.end + 16)
    if found is None:
        return mention
    return attrs.evolve(
        mention,
        end=found.end(),
        text=text[mention.start : found.end()],
        mod=mention.mod or "APPROX",
    )


def _with_article(text: str, mention: TimeMention) -> TimeMention:
    """Widen an amount of time counted in words or digits over "the" before it: "the nine
    months ended Sept. 30" (not "the 30-day period", where the amount qualifies a noun)."""
    if (
        mention.rule != _duration.name
        or "-" in mention.text
        or _key(mention.text.split()[0]) in lexicon.INDEFINITE_ARTICLES
    ):
        return mention
    found = _ARTICLE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    if found is None:
        return mention
    return attrs.evolve(mention, start=found.start(), text=text[found.start() : mention.end])


_DASH_CLOCK = re.compile(
    r"[^\S\n]{0,3}[-\u2013][^\S\n]{0,3}(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5][0-9]))?"
    r"[^\S\n]?(?P<ampm>[ap]\.m\.|[ap]m)(?![\w])",
    re.IGNORECASE,
)
#: A dash or a span word between the ends of a span, with the spaces before it: "Friday
#: to", "10am -".
_SPAN_LINK = r"[^\S\n]{0,3}(?:[-\u2013]|(?:" + _alternation(lexicon.SPAN_WORDS) + r")(?!\w))"
_CLOCK_RANGE_GAP = re.compile(_SPAN_LINK + r"[^\S\n]{0,3}", re.IGNORECASE)


#: The earliest hour a range of clock times that ends at an earlier hour runs overnight from:
#: "9pm-2am" (not "9 to 5", whose hours may be read without their halves of the day).
_OVERNIGHT_FROM: Final[int] = 12


def _bare_clock(meaning: Meaning) -> bool:
    """Whether a meaning is a clock time on no day the words name: "3 p.m."."""
    return isinstance(meaning, ClockTime) and meaning.day is None and meaning.hour is not None


def _dash_clocks(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The end of a range of clock times after a dash, which the rules do not start at: the
    "4pm" of "10am-4pm"."""
    found: list[TimeMention] = []
    for index, mention in enumerate(mentions):
        found.append(mention)
        after = _DASH_CLOCK.match(text, mention.end) if _bare_clock(mention.meaning) else None
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        if after is None or after.end() > following:
            continue
        hour = int(after["hour"]) % 12 + (12 if after["ampm"].lower().startswith("p") else 0)
        minute = int(after["minute"]) if after["minute"] else 0
        start = after.start("hour")
        found.append(
            TimeMention(start, after.end(), text[start : after.end()],
                        ClockTime(None, hour, minute), _clock.name)
        )  # fmt: skip
    return found


_AND_GAP = re.compile(_SP + r"and" + _SP, re.IGNORECASE)


def _clock_link(text: str, first: TimeMention, last: TimeMention) -> str | None:
    """What the words between two clock times make of them: a "range" ("10am-4pm", "from 2pm
    to 3:30pm", "between 1am and 1.30am"), a "list" ("at 3pm and 5pm"), or nothing."""
    if _CLOCK_RANGE_GAP.fullmatch(text, first.end, last.start) is not None:
        return "range"
    if _AND_GAP.fullmatch(text, first.end, last.start) is None:
        return None
    between = _RANGE_OPENING_BEFORE.search(text, max(0, first.start - 12), first.start)
    return "list" if between is None else "range"


def _clock_ranges(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The clock times of a range or pair share the day one of them names: "from 2pm to
    3:30pm tomorrow", "between 1am and 1.30am on Sunday", "at 3pm and 5pm on Sunday"; a
    range that runs past midnight ends on the next day ("9pm-2am on Saturday", "from 10pm
    Friday to 2am"), one that runs to midnight at the end of its day ("from 10pm to
    midnight on Saturday")."""
    found = list(mentions)
    for index in range(len(found) - 2, -1, -1):
        first, last = found[index], found[index + 1]
        early, late = first.meaning, last.meaning
        if (
            not isinstance(early, ClockTime)
            or not isinstance(late, ClockTime)
            or early.hour is None
            or late.hour is None
        ):
            continue
        link = _clock_link(text, first, last)
        if link is None:
            continue
        ranged = link == "range"
        overnight = (
            ranged and _OVERNIGHT_FROM <= early.hour < 24 and late.hour < min(early.hour, 12)
        )
        if ranged and late.hour == 24 and early.hour < 24:
            late = attrs.evolve(late, closes=True)
        if early.day is None and late.day is not None:
            found[index] = attrs.evolve(first, meaning=attrs.evolve(early, day=late.day))
            late = attrs.evolve(late, overnight=overnight)
        elif overnight and late.day is None:
            late = attrs.evolve(late, day=early.day, overnight=True)
        found[index + 1] = attrs.evolve(last, meaning=late)
    return found


def _join_clock(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Join a clock time with the day beside it: "3 p.m. Thursday", "Friday at noon" (not a
    day heading a log with the time opening its first line)."""
    joined: list[TimeMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        gap = text[previous.end : mention.start] if previous is not None else ""
        if (
            previous is not None
            and _TIME_JOIN.match(gap)
            and not ("\n" in gap and _opens_log_entry(text, mention.start, mention.end))
        ):
            stated = _STATED_HALF.search(previous.text + " " + mention.text) is not None
            merged = _merge_day_and_clock(previous.meaning, mention.meaning, stated)
            if merged is not None:
                joined[-1] = attrs.evolve(
                    previous,
                    end=mention.end,
                    text=text[previous.start : mention.end],
                    meaning=merged,
                    rule=f"{previous.rule}+{mention.rule}",
                )
                continue
        joined.append(mention)
    return joined


#: Units an amount of time may be followed by, after "and", in the next smaller unit, and
#: how many of it make one: "two years and six months" (P2Y6M), "an hour and 20 minutes".
_SMALLER_AMOUNTS: Final[dict[Grain, tuple[Grain, int]]] = {
    Grain.YEAR: (Grain.MONTH, 12), Grain.DAY: (Grain.HOUR, 24), Grain.HOUR: (Grain.MINUTE, 60),
    Grain.MINUTE: (Grain.SECOND, 60),
}  # fmt: skip
#: What joins an amount to a smaller one: "and" or a space ("3 minutes 59.4 seconds"; not a
#: comma: "5 years, 6 months of which were suspended").
_AMOUNT_JOIN = re.compile(_SP + r"(?:and" + _SP + r")?\Z", re.IGNORECASE)


def _join_amounts(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Join an amount of time with the next smaller one after it into one amount: "63 years
    and seven months" is P63Y7M, not P63Y and P7M; "3 minutes 59.4 seconds" is PT3M59.4S."""
    joined: list[TimeMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        big, small = (previous.meaning if previous else None), mention.meaning
        if (
            previous is not None
            and isinstance(big, Duration)
            and isinstance(small, Duration)
            and previous.rule == mention.rule == _duration.name
            and mention.mod is None
            and big.amount is not None
            and big.amount == int(big.amount)
            and small.amount is not None
            and big.grain in _SMALLER_AMOUNTS
            and small.grain is _SMALLER_AMOUNTS[big.grain][0]
            and small.amount < _SMALLER_AMOUNTS[big.grain][1]
            and _AMOUNT_JOIN.fullmatch(text, previous.end, mention.start)
        ):
            amount = big.amount + small.amount / _SMALLER_AMOUNTS[big.grain][1]
            joined[-1] = attrs.evolve(
                previous,
                end=mention.end,
                text=text[previous.start : mention.end],
                meaning=Duration(big.grain, amount),
                rule=f"{previous.rule}+{mention.rule}",
            )
            continue
        joined.append(mention)
    return joined


_OF_JOIN = re.compile(r"^" + _SP + r"of" + _SP + r"\Z", re.IGNORECASE)


def _yearless_period(meaning: Meaning) -> bool:
    """Whether a meaning is a month, season, quarter or half that names no year, so a year
    after "of" can give it one."""
    return (
        isinstance(meaning, PeriodOfYear)
        and meaning.year is None
        and meaning.shift is None
        and meaning.year_offset is None
        and not meaning.anaphoric
    )


_OF_THE_YEAR = re.compile(
    _SP + r"of" + _SP + r"the" + _SP + r"year(?![\w'\u2019-])(?!" + _SP + r"(?:after|before)\b)",
    re.IGNORECASE,
)


def _join_period_year(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Join a month, season, quarter or half with the year after "of", over "the" before it:
    "the winter of nineteen ninety-four" is one expression, as "the summer of 1994" is; "the
    fourth quarter of last year" is that year's quarter, not this year's; "November of the
    following year" counts from the date last mentioned; "the second half of the year" is a
    part of a year."""
    joined: list[TimeMention] = []
    for mention in mentions:
        if _yearless_period(mention.meaning):
            the_year = _OF_THE_YEAR.match(text, mention.end)
            if the_year is not None:
                assert isinstance(mention.meaning, PeriodOfYear)
                mention = attrs.evolve(
                    mention,
                    end=the_year.end(),
                    text=text[mention.start : the_year.end()],
                    meaning=attrs.evolve(mention.meaning, of_a_year=True),
                )
        previous = joined[-1] if joined else None
        period, year = (previous.meaning if previous else None), mention.meaning
        if isinstance(period, CalendarDate) and period.month is not None and _month_alone(period):
            period = PeriodOfYear(Grain.MONTH, period.month)  # "November of the following year"
        if (
            previous is None
            or not isinstance(period, PeriodOfYear)
            or not _yearless_period(period)
            or not _OF_JOIN.match(text[previous.end : mention.start])
        ):
            joined.append(mention)
            continue
        if isinstance(year, CalendarDate) and year.year is not None and year.month is None:
            meaning = attrs.evolve(period, year=year.year)
        elif isinstance(year, Deictic) and year.grain is Grain.YEAR and year.offset is not None:
            meaning = attrs.evolve(period, year_offset=year.offset)
        elif isinstance(year, Anaphoric) and year.grain is Grain.YEAR:
            meaning = attrs.evolve(period, year_offset=year.offset, anaphoric=True)
        else:
            joined.append(mention)
            continue
        article = _ARTICLE_BEFORE.search(text, max(0, previous.start - 16), previous.start)
        start = article.start() if article is not None else previous.start
        joined[-1] = attrs.evolve(
            previous,
            start=start,
            end=mention.end,
            text=text[start : mention.end],
            meaning=meaning,
            rule=f"{previous.rule}+{mention.rule}",
        )
    return joined


_PART_OF_BEFORE = re.compile(
    r"(?<![\w-])the" + _SP + _PART + _SP + r"of" + _SP + r"\Z", re.IGNORECASE
)


_WEEK_OF_BEFORE = re.compile(
    r"(?<![\w-])the" + _SP + r"(?P<unit>week|weekend)" + _SP + r"of" + _SP + r"\Z", re.IGNORECASE
)


def _join_part_of_day(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Widen a named day over a part of it, or the week holding it, said before: "the
    evening of June 7", "the night of Friday", "the week of Nov. 18"."""
    joined: list[TimeMention] = []
    for mention in mentions:
        day = mention.meaning
        meaning: Meaning | None = None
        low = max(0, mention.start - 32)
        if isinstance(day, WeekdayRef) or (isinstance(day, CalendarDate) and day.day is not None):
            found = _PART_OF_BEFORE.search(text, low, mention.start)
            if found is not None:
                meaning = ClockTime(day, part=lexicon.PARTS_OF_DAY[found["part"].lower()])
            else:
                found = _WEEK_OF_BEFORE.search(text, low, mention.start)
                if found is not None:
                    meaning = Containing(day, Grain(found["unit"].lower()))
            if found is not None and meaning is not None:
                mention = attrs.evolve(
                    mention,
                    start=found.start(),
                    text=text[found.start() : mention.end],
                    meaning=meaning,
                    rule=("part-of+" if isinstance(meaning, ClockTime) else "week-of+")
                    + mention.rule,
                )
                while joined and joined[-1].end > mention.start:
                    joined.pop()  # "the weekend" of "the weekend of Nov. 16"
        joined.append(mention)
    return joined


#: What links two days of one month in a range or pair: "5-7", "24 and 25", "3rd to the".
_DAY_RANGE_GAP = (
    r"(?:[^\S\n]*[-\u2013][^\S\n]*|[^\S\n]+(?:" + _alternation(lexicon.RANGE_WORDS)
    + r")[^\S\n]+)"
)  # fmt: skip
_NEXT_DAY_OF_RANGE = re.compile(
    _DAY_RANGE_GAP + _DAY + r"(?![0-9%,.]?[0-9]|[^\S\n]*(?:"
    + _alternation(lexicon.AMOUNT_NOUNS) + r")\b)",
    re.IGNORECASE,
)  # fmt: skip


_CENTURY_LISTED_BEFORE = re.compile(
    r"(?<![\w-])(?:the" + _SP + r")?(?P<ordinal>" + _CENTURY_NTH + r")" + _SP + r"(?:and|or|to)"
    + _SP + r"\Z",
    re.IGNORECASE,
)  # fmt: skip


def _listed_centuries(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The first of centuries named together is a century too: the 12th of "the 12th and 13th
    centuries"."""
    found: list[TimeMention] = []
    for mention in mentions:
        meaning = mention.meaning
        if (
            isinstance(meaning, PeriodOfYear)
            and meaning.grain is Grain.CENTURY
            and mention.text.lower().endswith("centuries")
        ):
            low = max(found[-1].end if found else 0, mention.start - 40)
            before = _CENTURY_LISTED_BEFORE.search(text, low, mention.start)
            if before is not None:
                end = before.end("ordinal")
                found.append(
                    TimeMention(
                        before.start(), end, text[before.start() : end],
                        PeriodOfYear(Grain.CENTURY, _century_number(before) - 1),
                        "listed-century",
                    )
                )  # fmt: skip
        found.append(mention)
    return found


#: What joins the items of a list of months or dates: "and", "to", a comma or a dash, and a
#: position word of the next item ("June to early August").
_LIST_JOIN = (
    r"(?:,?" + _SP + r"(?:" + _alternation(lexicon.MONTH_LIST_WORDS) + r")" + _SP + r"|,"
    + _SP + r"|[^\S\n]?[-\u2013][^\S\n]?)(?:" + _POSITION_PREFIX + r"(?:-|" + _SP + r"))?"
)  # fmt: skip
_NEXT_LISTED_MONTH = re.compile(_LIST_JOIN + _MONTH + r"(?![\w-])", re.IGNORECASE)


def _names_someone(text: str, end: int) -> bool:
    """Whether the month name ending at ``end`` is someone's name by what follows it: a
    capitalised word ("April Ryan") or a verb ("May said")."""
    after = _NEXT_WORD.match(text, end, end + 24)
    if after is None or text[end : after.start("word")].strip():
        return False
    word = after["word"]
    return word[:1].isupper() or looks_past(word.lower()) or word.lower() in lexicon.PRESENT_CUES


def _listed_months(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """A month named after a month or date and a list word is a month too, whatever else its
    name means: "June and [July]", "January to [April]", "June, [July] or [August]"."""
    found: list[TimeMention] = []
    queue = list(reversed(mentions))
    while queue:
        mention = queue.pop()
        found.append(mention)
        meaning = mention.meaning
        if not (
            (isinstance(meaning, CalendarDate) and meaning.month is not None)
            or (isinstance(meaning, PeriodOfYear) and meaning.grain is Grain.MONTH)
        ):
            continue
        after = _NEXT_LISTED_MONTH.match(text, mention.end, mention.end + 40)
        following = queue[-1].start if queue else len(text)
        if (
            after is None
            or after.end() > following
            or not _capitalised(after, "month")
            or _names_someone(text, after.end())
        ):
            continue
        start = after.start("month")
        queue.append(
            TimeMention(
                start,
                after.end(),
                text[start : after.end()],
                CalendarDate(None, _month(after)),
                "listed-month",
            )
        )
    return found


_LIST_GAP = re.compile(_LIST_JOIN + r"\Z", re.IGNORECASE)


_YEAR_GAP = re.compile(r",?" + _SP + r"\Z")


def _shared_years(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """A date without a year listed before one with a year shares it, or takes the year
    before when it falls later in the year: "between June and August 2024", "Dec. 28 to Jan.
    3, 2025" (2024-12-28); the year after the last day of a range is the whole range's:
    "Nov. 5-7, 2020"."""
    found = list(mentions)
    for index in range(len(found) - 2, -1, -1):
        first, second = found[index], found[index + 1]
        early, late = first.meaning, second.meaning
        if not (
            isinstance(early, CalendarDate)
            and isinstance(late, CalendarDate)
            and early.year is None
            and early.month is not None
            and late.year is not None
        ):
            continue
        if late.month is None:
            if early.day is not None and _YEAR_GAP.match(text, first.end, second.start):
                found[index] = attrs.evolve(first, meaning=attrs.evolve(early, year=late.year))
            continue
        if _LIST_GAP.match(text, first.end, second.start):
            later = (early.month, early.day or 0) > (late.month, late.day or 0)
            year = late.year - 1 if later else late.year
            found[index] = attrs.evolve(first, meaning=attrs.evolve(early, year=year))
    return found


_ERA_YEAR_NUMBER = r"[1-9][0-9]{0,3}"
#: A range of years whose era is written once, after the last year ("3000-2000 BC", "between
#: 1500 and 1200 BC") or before the first ("AD 800-900").
_ERA_RANGE = re.compile(
    r"(?=[1-9ABC])(?<![\w.,$/-])(?:(?P<first>" + _ERA_YEAR_NUMBER + r")" + _RANGE_GAP
    + r"(?P<second>" + _ERA_YEAR_NUMBER + r")" + _SP + _ERA.format("after") + r"|"
    + _ERA.format("before") + _SP + r"(?P<opening>" + _ERA_YEAR_NUMBER + r")" + _RANGE_GAP
    + r"(?P<closing>" + _ERA_YEAR_NUMBER + r"))(?![\w-]|[.,][0-9])",
    re.IGNORECASE,
)  # fmt: skip


_BRITISH_COLUMBIA_AFTER = re.compile(_BRITISH_COLUMBIA_NAME, re.IGNORECASE)


#: The capitals an era is written with, found before the ranges are searched for.
_ERA_HINT = re.compile(r"[ABC]\.?[CDE]")


def _era_ranges(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Both years of a range whose era is written once, each of that era: "3000-2000 BC",
    "between 1500 and 1200 BC" (both before the common era), "AD 800-900"; not a label
    ("pages 12-44 BC")."""
    if _ERA_HINT.search(text) is None:
        return mentions
    added: list[TimeMention] = []
    for found in _ERA_RANGE.finditer(text):
        era = found["after"] or found["before"]
        if not _capitalised(found, "after" if found["after"] else "before"):
            continue
        before = _WORD_BEFORE.search(text, max(0, found.start() - 24), found.start())
        if before is not None and before["word"].lower() in lexicon.NOT_YEAR_BEFORE:
            continue
        counted_back = lexicon.ERAS[_key(era)]
        if counted_back and found["before"]:
            continue
        if found["after"]:
            spans = ((found.start("first"), found.end("first"), found["first"]),
                     (found.start("second"), found.end(), found["second"]))  # fmt: skip
        else:
            spans = ((found.start(), found.end("opening"), found["opening"]),
                     (found.start("closing"), found.end("closing"), found["closing"]))  # fmt: skip
        if counted_back and (
            any(_british_columbia(era, int(digits)) for *_, digits in spans)
            or _BRITISH_COLUMBIA_AFTER.match(text, found.end()) is not None
        ):
            continue  # "the 2019-2021 BC government", "1000-2000 BC Hydro customers"
        for start, end, digits in spans:
            year = CalendarDate(1 - int(digits) if counted_back else int(digits))
            added.append(TimeMention(start, end, text[start:end], year, "year-range"))
    if not added:
        return mentions
    covered = bytearray(len(text))
    for mention in added:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    kept = [m for m in mentions if not any(covered[m.start : m.end])]
    return sorted([*kept, *added], key=lambda m: m.start)


_WEEKDAY_LIST_GAP = re.compile(
    r"(?:,?" + _SP + r"(?:" + _alternation(lexicon.WEEKDAY_LIST_WORDS) + r")|,)" + _SP + r"\Z",
    re.IGNORECASE,
)


def _shared_shifts(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """A bare weekday listed after a shifted one shares its shift: the Wednesday of "next
    Tuesday and Wednesday" is next week's too, not the one gone by, with or without a time
    of day ("next Tuesday and Wednesday at 9am")."""
    found = list(mentions)
    for index in range(1, len(found)):
        first, second = found[index - 1], found[index]
        early, late = _weekday_of(first.meaning), _weekday_of(second.meaning)
        if (
            early is not None
            and late is not None
            and early.shift is not None
            and late.shift is None
            and not early.anaphoric
            and not late.anaphoric
            and _WEEKDAY_LIST_GAP.match(text, first.end, second.start)
        ):
            shifted = attrs.evolve(late, shift=early.shift)
            meaning = second.meaning
            found[index] = attrs.evolve(
                second,
                meaning=attrs.evolve(meaning, day=shifted)
                if isinstance(meaning, ClockTime)
                else shifted,
            )
    return found


def _weekday_of(meaning: Meaning) -> WeekdayRef | None:
    """The weekday a meaning names, alone or with a time of day."""
    day = meaning.day if isinstance(meaning, ClockTime) else meaning
    return day if isinstance(day, WeekdayRef) else None


def _range_days(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The other day of a range or pair within one month, its own expression as TimeML has
    it: the "25" of "April 24 and 25", the "7" of "Nov. 5-7", the "7" of "7-9 November" and
    of "between 7 and 9 November"."""
    found: list[TimeMention] = []
    for index, mention in enumerate(mentions):
        date = mention.meaning
        if not isinstance(date, CalendarDate) or date.day is None or date.month is None:
            found.append(mention)
            continue
        opening = _day_before_range(text, found[-1], mention, date) if found else None
        if opening is not None:
            found[-1] = attrs.evolve(found[-1], meaning=opening, rule="range-day")
        first, mention = _first_day_of_range(text, mention, date, found[-1] if found else None)
        if first is not None:
            found.append(first)
        found.append(mention)
        after = _NEXT_DAY_OF_RANGE.match(text, mention.end)
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        if after is None or after.end() > following or int(after["day"]) <= date.day:
            continue
        day = _calendar_date(date.year, date.month, int(after["day"]))
        if day is not None:
            found.append(
                TimeMention(after.start("day"), after.end("day"), after["day"], day, "range-day")
            )
    return found


#: What links a day named by its ordinal alone to the date that ends its range: the "and
#: the" of "the 3rd and the 4th of May", the dash of "the 3rd-4th of May".
_DAY_RANGE_LINK = re.compile(_DAY_RANGE_GAP + r"(?:the" + _SP + r")?\Z", re.IGNORECASE)


def _day_before_range(
    text: str, before: TimeMention, mention: TimeMention, date: CalendarDate
) -> CalendarDate | None:
    """The date ``before`` names when it is a day named by its ordinal alone that opens a
    range or pair ending on ``date``: a day of the same month ("from the 3rd to the 4th of
    May", "the 3rd and 4th of May")."""
    earlier = before.meaning
    if (
        not isinstance(earlier, CalendarDate)
        or earlier.month is not None
        or earlier.day is None
        or date.month is None
        or date.day is None
        or earlier.day >= date.day
        or _DAY_RANGE_LINK.match(text, before.end, mention.start) is None
    ):
        return None
    return _calendar_date(date.year, date.month, earlier.day)


_YEAR_RANGE = re.compile(
    r"(?=[12])(?<![\w.,$/-])(?P<first>1[0-9]{3}|20[0-9]{2})(?:" + _RANGE_GAP
    + r"(?P<second>1[0-9]{3}|20[0-9]{2})"
    r"|[-\u2013/](?P<short>[0-9]{2}))(?![\w/-])",
    re.IGNORECASE,
)  # fmt: skip
_COMMA_AFTER = re.compile(r"[^\S\n]{0,3},")
#: How many years a range of two years may span: a life, a reign, an age of history.
_YEAR_RANGE_SPAN: Final[range] = range(1, 301)


def _year_ranges(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Both years of a range of years: "the 1939-1945 war" (a hyphen hides the second year
    from the rules), "the 2023/24 season", "Montaigne (1533-1592)", "between 1310 and 1345"
    (years before the usual range, which a range of them makes years), unless a label or an
    amount is meant ("pages 1533-1592", "between 1500 and 2000 troops")."""
    added: list[TimeMention] = []
    amounts: set[int] = set()
    starts = [m.start for m in mentions]
    for found in _YEAR_RANGE.finditer(text):
        first = int(found["first"])
        if found["short"] is not None:
            second, second_group = first + 1, "short"
            if int(found["short"]) != second % 100:
                continue  # "2023-24" is a season or a fiscal year; "2023-11" no pair
        else:
            second, second_group = int(found["second"]), "second"
        if second - first not in _YEAR_RANGE_SPAN:
            continue
        before = _WORD_BEFORE.search(text, max(0, found.start() - 24), found.start())
        if before is not None and before["word"].lower() in lexicon.NOT_YEAR_BEFORE:
            continue
        after = _WORD_AFTER.match(text, found.end(), found.end() + 24)
        if after is not None and after["word"].lower() in lexicon.MEASURE_WORDS:
            amounts.add(found.start("first"))  # "between 1800 and 2000 troops", "1950-2000 people"
            continue
        low = lexicon.BARE_YEAR_RANGE[0]
        if (
            min(first, second) < low
            and _EARLY_YEAR_AFTER.match(text, found.end()) is None
            and _COMMA_AFTER.match(text, found.end()) is None
        ):
            continue
        for group, year in (("first", first), (second_group, second)):
            start, end = found.start(group), found.end(group)
            at = bisect.bisect_left(starts, end)  # the mentions starting before the year ends
            if at == 0 or mentions[at - 1].end <= start:
                added.append(
                    TimeMention(start, end, found[group], CalendarDate(year), "year-range")
                )
    if not added and not amounts:
        return mentions
    kept = [
        m for m in mentions if m.start not in amounts or not isinstance(m.meaning, CalendarDate)
    ]
    return sorted([*kept, *added], key=lambda m: m.start)


_LEADING_DAY = re.compile(
    r"(?:the" + _SP + r")?(?P<first>(?P<day>[0-9]{1,2})" + _ORDINAL_SUFFIX + r"?)[-\u2013]",
    re.IGNORECASE,
)
_FIRST_DAY_OF_RANGE = re.compile(
    r"(?<![\w.,$-])(?P<first>(?P<day>[0-9]{1,2})" + _ORDINAL_SUFFIX + r"?)[^\S\n]{1,3}(?:"
    + _alternation(lexicon.RANGE_WORDS) + r")[^\S\n]{1,3}\Z",
    re.IGNORECASE,
)  # fmt: skip


def _first_day_of_range(
    text: str, mention: TimeMention, date: CalendarDate, before: TimeMention | None
) -> tuple[TimeMention | None, TimeMention]:
    """The first day of a range written before the day of its month ("7-9 November", "3 and
    4 May"), as an expression of its own, and the date without it."""
    assert date.day is not None and date.month is not None
    leading = _LEADING_DAY.match(mention.text) if mention.rule == _day_month_year.name else None
    if leading is not None:
        first_start, first_end = mention.start, mention.start + leading.end("first")
        start = mention.start + leading.end()
        mention = attrs.evolve(mention, start=start, text=text[start : mention.end])
        day = int(leading["day"])
    else:
        low = max(0, mention.start - 16, before.end if before is not None else 0)
        words = _FIRST_DAY_OF_RANGE.search(text, low, mention.start)
        if words is None or mention.rule != _day_month_year.name:
            return None, mention
        first_start, first_end, day = words.start("first"), words.end("first"), int(words["day"])
    first = _calendar_date(date.year, date.month, day) if day < date.day else None
    if first is None:
        return None, mention
    span = text[first_start:first_end]
    return TimeMention(first_start, first_end, span, first, "range-day"), mention


_SPACE = re.compile(_SP)
_SHIFT_SIGNAL = re.compile(
    _SP + r"(?P<signal>" + _alternation(lexicon.SHIFT_SIGNALS) + r")" + _SP + r"\Z", re.IGNORECASE
)
#: Grains an amount may count from a named day in, and those it may count from today only
#: ("one year from today"): from a day that tense places, months and years would put a past
#: event ahead ("He died two years after Christmas").
_SHIFT_GRAINS: Final[frozenset[Grain]] = frozenset({Grain.DAY, Grain.WEEK})
_SHIFT_FROM_TODAY_GRAINS: Final[frozenset[Grain]] = frozenset({Grain.MONTH, Grain.YEAR})
_AMOUNT_SPAN_BEFORE = _preceded_by(lexicon.AMOUNT_SPAN_BEFORE)
_SPAN_CONTINUES = re.compile(_SPAN_LINK, re.IGNORECASE)
#: Grains of an amount back that "today" after it makes a day: "fifty years ago today".
_AGO_TODAY_GRAINS: Final[frozenset[Grain]] = frozenset(
    {Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.YEAR}
)


def _join_shift(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Join an amount or "the day before/after" with the named day it counts from: "the day
    after Christmas", "three days before Nov. 3" are one expression, a day."""
    joined: list[TimeMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        shift = _shift_to(text, previous, mention) if previous is not None else None
        if previous is not None and shift is not None:
            joined[-1] = attrs.evolve(
                previous,
                end=mention.end,
                text=text[previous.start : mention.end],
                meaning=shift,
                mod=None,
                rule=f"{previous.rule}+{mention.rule}",
            )
            continue
        joined.append(mention)
    return joined


_WORKING_DAYS = re.compile(
    r"\b(?:" + _alternation(lexicon.WORKING_DAY_UNITS) + r")\b", re.IGNORECASE
)


def _shift_to(text: str, amount: TimeMention, day: TimeMention) -> Shifted | None:
    """The day ``amount`` counts from ``day``, when the words between join them (not in
    working days, which the calendar alone cannot count: "eight trading days after Oct.
    12")."""
    if _WORKING_DAYS.search(amount.text) is not None:
        return None
    base = day.meaning
    if isinstance(base, ClockTime) and isinstance(base.day, Holiday):
        base = base.day  # "the day after Christmas morning": the day after Christmas
    if not isinstance(base, CalendarDate | WeekdayRef | Holiday | Deictic):
        return None
    if isinstance(base, CalendarDate) and base.day is None:
        return None
    if isinstance(base, Deictic) and base.grain is not Grain.DAY:
        return None
    between = text[amount.end : day.start]
    meaning = amount.meaning
    if isinstance(meaning, Anaphoric) and meaning.grain is Grain.DAY and _SPACE.fullmatch(between):
        # "the day before" + "Thanksgiving" (not "the following day" + "Friday")
        if _SHIFT_SIGNAL.search(" " + amount.text + " ") is None or not meaning.offset:
            return None
        return Shifted(base, Grain.DAY, meaning.offset)
    if (
        isinstance(meaning, Deictic)
        and meaning.grain in _AGO_TODAY_GRAINS
        and meaning.offset is not None
        and meaning.offset < 0
        and base == Deictic(Grain.DAY, 0)
        and _SPACE.fullmatch(between)
    ):
        return Shifted(base, meaning.grain, meaning.offset)  # "fifty years ago today"
    signal = _SHIFT_SIGNAL.fullmatch(" " + between) if between.strip() else None
    if (
        signal is None
        or not isinstance(meaning, Duration)
        or meaning.amount is None
        or meaning.amount != int(meaning.amount)
        or not (
            meaning.grain in _SHIFT_GRAINS
            or (meaning.grain in _SHIFT_FROM_TODAY_GRAINS and base == Deictic(Grain.DAY, 0))
        )
    ):
        return None
    word = signal["signal"].lower()
    if (
        (word in lexicon.SPAN_OPENERS and _SPAN_CONTINUES.match(text, day.end))
        or _key(amount.text.split()[0]) in lexicon.AMOUNT_SPAN_BEFORE
        or _AMOUNT_SPAN_BEFORE.search(text, max(0, amount.start - 12), amount.start)
    ):
        # spans: "from Monday to Friday", "the 10 days from Monday", "held for 20 days
        # before Nov. 3", "in the two weeks after Christmas"
        return None
    return Shifted(base, meaning.grain, lexicon.SHIFT_SIGNALS[word] * int(meaning.amount))


#: What says a clock time's half of the day: "a.m.", "pm", or a 24-hour clock ("08:15").
_STATED_HALF = re.compile(
    r"(?<![a-z])[ap]\.?m\b|(?<![0-9])(?:0[0-9]|1[3-9]|2[0-3]):[0-5][0-9]", re.IGNORECASE
)


def _merge_day_and_clock(first: Meaning, second: Meaning, stated: bool) -> ClockTime | None:
    """A clock time on the day beside it, if one of the two is a clock time without a day and
    the other names a day; a part of that day gives way to the hour ("1am on Sunday morning",
    "11pm tonight"), and puts an hour not ``stated`` as a.m., p.m. or on a 24-hour clock after
    noon ("10:30 tonight"); midnight on a night ends that day ("midnight tonight")."""
    days = (CalendarDate, WeekdayRef, Deictic, Anaphoric)
    for day, clock in ((first, second), (second, first)):
        if (
            isinstance(clock, ClockTime)
            and clock.day is None
            and isinstance(day, ClockTime)
            and day.day is not None
            and day.hour is None
        ):
            if (
                not stated
                and clock.hour is not None
                and clock.hour in lexicon.AFTERNOON_HOURS.get(day.part or "", range(0))
            ):
                clock = attrs.evolve(clock, hour=clock.hour + 12)  # "10:30 tonight"
            if clock.hour == lexicon.NAMED_HOURS["midnight"] and day.part == "NI":
                return attrs.evolve(clock, day=day.day, part="NI")  # the night's own end
            return attrs.evolve(clock, day=day.day)
        if (
            isinstance(clock, ClockTime)
            and clock.day is None
            and isinstance(day, days)
            and not (isinstance(day, Deictic | Anaphoric) and day.grain is not Grain.DAY)
            and not (isinstance(day, CalendarDate) and day.day is None)
        ):
            return attrs.evolve(clock, day=day)
    return None


def looks_past(word: str) -> bool:
    """Whether a lower-case word is a past form by its spelling: irregular, or regular -ed."""
    return word in lexicon.IRREGULAR_PAST or (
        word.endswith("ed") and len(word) > 4 and word not in lexicon.NOT_PAST_ED
    )


def _modifies_noun(word: str, previous: str) -> bool:
    """Whether a past form is an adjective by its place: a regular -ed form after an article,
    possessive, preposition or adverb ("its preferred shares", "a still unspecified date")."""
    return word not in lexicon.IRREGULAR_PAST and previous in lexicon.ADJECTIVE_POSITIONS


def clause_tense(text: str, start: int, end: int, *, weak: bool = True) -> Tense:
    """The tense of the clause around ``text[start:end]``: the nearest tense cue wins; with
    ``weak`` false, only firm cues count (no modal, no headline's "to")."""
    text = text.translate(_LOOKALIKES)
    low = max(0, start - _CLAUSE_REACH - 20)
    high = min(len(text), end + _CLAUSE_REACH + 20)
    return _nearest_cue(text, _tense_cues(text, low, high), start, end, weak=weak)[0]


_PLUPERFECT = re.compile(
    r"(?<![\w-])had(?:" + _SP + r"(?:" + _alternation(lexicon.PLUPERFECT_FILLERS) + r"))*"
    + _SP + r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)  # fmt: skip


class TenseIndex:
    """The tense cues of a whole text, found in one pass, for asking the tense of many spans:
    ``TenseIndex(text).tense(start, end)`` equals ``clause_tense(text, start, end)``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cues = _tense_cues(text, 0, len(text))

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the clause around ``text[start:end]``."""
        return _nearest_cue(self.text, self._cues, start, end)[0]

    def follows(self, start: int, end: int) -> bool:
        """Whether the cue that gives ``text[start:end]`` its tense comes after it: "On Dec.
        20, the mayor resigned"."""
        return _nearest_cue(self.text, self._cues, start, end)[1]

    def pluperfect(self, start: int, end: int) -> bool:
        """Whether the clause around ``text[start:end]`` is in the past perfect: "had" and a
        participle ("He had crossed the Niemen on June 24", "had already begun")."""
        low, high = _clause_bounds(self.text, self._cues, start, end)
        return any(
            looks_past(verb) or verb in lexicon.IRREGULAR_PARTICIPLES
            for verb in (m["verb"].lower() for m in _PLUPERFECT.finditer(self.text, low, high))
        )


@attrs.frozen
class _TenseCues:
    """The tense cues of a stretch of text, by position (where a future cue and a word start
    at the same place, "is to", the future cue is kept), and where its clauses break."""

    positions: list[int]
    tenses: list[Tense]
    breaks: list[int]
    infinitives: list[int]
    weak: list[int]


def _capitalised_word_before(text: str, low: int, before: re.Match[str] | None) -> bool:
    """Whether the word found before a cue is capitalised in the text: "in May hit" names
    the month, not the modal."""
    return before is not None and text[low + before.start(1)].isupper()


def _tense_cues(text: str, low: int, high: int) -> _TenseCues:
    """Every tense cue in ``text[low:high]``, found in one pass over it."""
    found: dict[int, Tense] = {}
    folded = text[low:high].lower().replace("\u2019", "'")
    if len(folded) != high - low:
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text[low:high])
        folded = folded.replace("\u2019", "'")
    for word in _CUE_WORD.finditer(folded):
        lower = word.group()
        if lower in lexicon.CAPITALISED_NOT_PAST and text[low + word.start()].isupper():
            continue
        if looks_past(lower):
            before = _FOLDED_WORD_BEFORE.search(folded, max(0, word.start() - 40), word.start())
            previous = before[1] if before is not None else ""
            if before is not None and previous in lexicon.PARTICIPLE_FILLERS:
                # "is not expected": the auxiliary stands before the filler
                helper = _FOLDED_WORD_BEFORE.search(
                    folded, max(0, before.start() - 24), before.start()
                )
                if helper is not None and helper[1] in lexicon.PARTICIPLE_AUXILIARIES:
                    previous = helper[1]
            if (
                previous not in lexicon.PARTICIPLE_AUXILIARIES
                and (
                    previous not in lexicon.INFINITIVE_MARKERS
                    or _capitalised_word_before(text, low, before)
                )
                and not _modifies_noun(lower, previous)
            ):
                found[low + word.start()] = Tense.PAST
        elif lower in lexicon.PRESENT_CUES:
            found[low + word.start()] = Tense.PRESENT
    for cue in _FUTURE.finditer(folded):
        start, end = low + cue.start(), low + cue.end()
        written = text[start:end]
        before = _LAST_WORDS.search(text, max(low, start - 32), start)
        auxiliary = _key(before["word"]) if before is not None else ""
        earlier = _key(before["earlier"] or "") if before is not None else ""
        words = _key(written)
        if words in _SCHEDULE_VERBS and (
            auxiliary in _NOUN_OR_PLAIN_VERB_BEFORE
            or _MARKET_MOVE_AFTER.match(text, end) is not None
        ):
            # a noun ("its visits on Monday"), a plain verb ("decided to go back") or a
            # market report ("Wall Street ends higher on Thursday")
            continue
        if (
            words in lexicon.CAPITALISED_NOT_FUTURE
            and written.istitle()
            and not _opens_sentence(text, start)
        ):
            continue  # a name: "Will Smith"
        if _told_in_past(auxiliary, _key(written.split()[0]), earlier):
            if before is not None and auxiliary in lexicon.PAST_AUXILIARIES:
                # "were planning to": the auxiliary belongs to the plan, no past of its own
                found.pop(before.start("word"), None)
            found[start] = Tense.FUTURE_IN_PAST
        else:
            found[start] = Tense.FUTURE
    positions = sorted(found)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, low, high)]
    return _TenseCues(
        positions,
        [found[p] for p in positions],
        [b for b in breaks if _breaks_clause(text, b)],
        [m.start() for m in _INFINITIVE.finditer(text, low, high) if _headline_infinitive(m)],
        [
            low + m.start()
            for m in _WEAK_FUTURE.finditer(folded)
            if _weak_future(text, low + m.start(), low + m.end())
        ],
    )


def _weak_future(text: str, start: int, end: int) -> bool:
    """Whether the weak future cue at ``text[start:end]`` is one: not the month "May", nor a
    modal guessing at the past ("may have left on Friday")."""
    words = _key(text[start:end])
    if words in lexicon.CAPITALISED_NAMES_NOT_FUTURE and text[start:end].istitle():
        return False
    return not (words in _MODALS and _MODAL_PAST_AFTER.match(text, end))


#: "to" and the word after it (searched from the literal, which is fast), and the word
#: before it.
_INFINITIVE = re.compile(r"to(?=" + _SP + r"(?P<verb>[a-z]+)(?![\w'-]))")
_LETTER_BEFORE = re.compile(r"[A-Za-z]")
#: A headline's subject before its "to": one to four words opening a line or a sentence
#: ("Storm", "Rail fares", "Toronto").
_HEADLINE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?:\n]))[^\S\n]*(?:[\w'\u2019&-]+[^\S\n]{1,3}){1,4}\Z", re.MULTILINE
)
_WORD_BEFORE_TO = re.compile(r"(?<![\w'\u2019-])(?P<before>[A-Za-z]+)" + _SP + r"\Z")


def _headline_infinitive(found: re.Match[str]) -> bool:
    """Whether "to" and the word after it are a headline's future, "Storm to hit coast
    Thursday": a plain verb after a word that does not make "to" a preposition (not a plural
    or an -ing form: "Injuries to players on Sunday", "admits to killing")."""
    at = found.start()
    if at and _LETTER_BEFORE.match(found.string, at - 1):
        return False  # the "to" of "Toronto"
    if _HEADLINE_SUBJECT.search(found.string, max(0, at - 48), at) is None:
        return False  # "critics worry that his eagerness to make a deal": no headline
    before = _WORD_BEFORE_TO.search(found.string, max(0, at - 32), at)
    verb = found["verb"]
    return (
        before is not None
        and before["before"].lower() not in lexicon.TO_AS_PREPOSITION_AFTER
        and found["verb"] not in lexicon.NOT_INFINITIVE_AFTER_TO
        and found["verb"] not in lexicon.NUMBER_WORDS
        and not (looks_past(found["verb"]) and found["verb"] not in lexicon.IRREGULAR_PAST)
        and (verb in lexicon.PLAIN_VERBS_LIKE_FORMS or not verb.endswith(("ing", "s")))
    )


def _breaks_clause(text: str, at: int) -> bool:
    """Whether the mark at ``text[at]`` ends a clause: a full stop only where it ends a
    sentence (not "Sept. 30", "$5.2 million", "U.S. officials"), a line break unless it
    wraps a sentence, any other mark always."""
    if text[at] == "\n":
        return not _SOFT_WRAP.match(text, max(0, at - 1))
    if text[at] != ".":
        return True
    token_start, token_end = at, at + 1
    while token_start > max(0, at - 40) and not text[token_start - 1].isspace():
        token_start -= 1
    while token_end < min(len(text), at + 40) and not text[token_end].isspace():
        token_end += 1
    if token_end < len(text) and not text[token_end].isspace():
        return False  # a full stop inside a long token (a URL, a number) ends no sentence
    following = _NEXT_TOKEN.match(text, token_end, min(len(text), token_end + 80))
    return following is None or ends_sentence(text[token_start:token_end], following[1])


def _told_in_past(before: str, first: str, earlier: str) -> bool:
    """Whether a future cue is a plan told in the past, from the word before it, its own
    first word and the word before that one: "was scheduled to", "had been due to", "as
    planned" (not "has been set for")."""
    for word, previous in ((first, before), (before, earlier)):
        if word == "been":
            return previous == "had"
        if word in lexicon.PAST_AUXILIARIES:
            return True
    return False


def _clause_bounds(text: str, cues: _TenseCues, start: int, end: int) -> tuple[int, int]:
    """Where the clause around ``text[start:end]`` starts and ends, within reach of it."""
    left = max(0, start - _CLAUSE_REACH)
    previous_break = bisect.bisect_left(cues.breaks, start) - 1
    if previous_break >= 0:
        left = max(left, cues.breaks[previous_break] + 1)
    right = min(len(text), end + _CLAUSE_REACH)
    next_break = bisect.bisect_left(cues.breaks, end)
    if next_break < len(cues.breaks):
        right = min(right, cues.breaks[next_break])
    return left, right


def _nearest_cue(
    text: str, cues: _TenseCues, start: int, end: int, *, weak: bool = True
) -> tuple[Tense, bool]:
    """The tense of the cue nearest to ``text[start:end]`` in its clause (a future cue wins a
    tie, then the cue before the expression), and whether that cue comes after it."""
    left, right = _clause_bounds(text, cues, start, end)
    # A cue in the same comma-delimited stretch beats a nearer one across a comma: "The plan,
    # announced on Nov. 7, will take effect" is past for "Nov. 7".
    # So does one before a "that" opening a clause after the expression: "told reporters on
    # Monday that he would sign" is past for "Monday".
    phrase_left = text.rfind(",", left, start) + 1 or left
    comma = text.find(",", end, right)
    phrase_right = end if _THAT_AFTER.match(text, end) else comma if comma >= 0 else right
    options: list[tuple[bool, int, bool, Tense, bool]] = []
    before = bisect.bisect_left(cues.positions, start) - 1
    if before >= 0 and cues.positions[before] >= left:
        position, tense = cues.positions[before], cues.tenses[before]
        far = position < phrase_left
        options.append((far, start - position, tense is not Tense.FUTURE, tense, False))
    after = bisect.bisect_left(cues.positions, end)
    if after < len(cues.positions) and cues.positions[after] < right:
        position, tense = cues.positions[after], cues.tenses[after]
        far = position >= phrase_right
        options.append((far, position - end, tense is not Tense.FUTURE, tense, True))
    best = min(options, key=lambda o: o[:3]) if options else None
    if not weak:
        return (best[3], best[4]) if best is not None else (Tense.UNKNOWN, False)
    # A weak future cue ("may", "please") puts the expression ahead from before it when it
    # stands nearer than any firm cue ("said the vote may come as early as Friday"); from
    # after it only where no firm cue or only a present one gives a tense ("A ruling is
    # expected Friday", not "Anyone who saw the crash on Friday should call").
    firm = best is not None and best[3] is not Tense.PRESENT
    nearer = bisect.bisect_left(cues.weak, start) - 1
    if (
        nearer >= 0
        and cues.weak[nearer] >= left
        and (best is None or not firm or start - cues.weak[nearer] < best[1])
    ):
        return Tense.FUTURE, False
    if not firm:
        later = bisect.bisect_left(cues.weak, end)
        if later < len(cues.weak) and cues.weak[later] < right:
            return Tense.FUTURE, True
    if best is None:
        # With no cue at all, a "to" and a plain verb before it look ahead, as headlines do
        # ("Storm to hit coast Thursday").
        earlier = bisect.bisect_left(cues.infinitives, start) - 1
        if earlier >= 0 and cues.infinitives[earlier] >= left:
            return Tense.FUTURE, False
        return Tense.UNKNOWN, False
    return best[3], best[4]


_COMPOUND_AFTER = re.compile(r"-[A-Za-z]")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _names_something(text: str, start: int, end: int) -> bool:
    """Whether the words at ``text[start:end]`` are part of a longer word or a title rather than
    a time: "a quarter-century low", "ABC's "This Week"", "the film "High Noon"". A common time
    word (a unit, "today", "noon") capitalised inside a sentence names a programme or a work."""
    if end < len(text) and _COMPOUND_AFTER.match(text, end) and text[end - 1].isalpha():
        return True
    words = list(_TITLE_WORD.finditer(text, start, end))
    if not words:
        return False
    at_start = _opens_sentence(text, start)
    return any(
        word.group().lower() in lexicon.COMMON_TIME_WORDS
        and not (word.start() == start and at_start)
        for word in words
    )


#: How far from a word it needs a rule's match can reach (longer than any match), and how
#: much text after a searched stretch its lookaheads may read.
_NEEDS_REACH: Final[int] = 120
_LOOKAHEAD_ROOM: Final[int] = 40


def _stretches(
    text: str, lower: str, needs: frozenset[str], places: dict[str, list[int]]
) -> list[tuple[int, int]]:
    """The stretches of ``text`` within reach of one of ``needs`` (found in ``lower``, its
    lower case of the same length; ``places`` keeps where each word was found, for the next
    rule): a rule whose every match contains one of them is searched there only, which
    skips most of a long text."""
    if not needs or len(lower) != len(text):
        return [(0, len(text))]
    found: list[int] = []
    for word in _FIRST_WORDS[needs]:
        if word not in places:
            places[word] = _places(lower, word)
        found.extend(places[word])
    found.sort()
    stretches: list[tuple[int, int]] = []
    start = end = -1
    for at in found:
        if at - _NEEDS_REACH > end:
            if end >= 0:
                stretches.append((start, end))
            start = max(0, at - _NEEDS_REACH)
        end = at + 2 * _NEEDS_REACH
    if end >= 0:
        stretches.append((start, end))
    return stretches


def _places(lower: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``lower``, each place standing for the occurrences up to a
    reach after it (its stretch reaches that much further): fewer searches where a word is
    frequent, as a digit is."""
    places = []
    at = lower.find(word)
    while at >= 0:
        places.append(at)
        at = lower.find(word, at + _NEEDS_REACH)
    return places


def _first_words(needs: frozenset[str]) -> tuple[str, ...]:
    """The first word of each needed phrase (the words after it may be spaced or wrapped),
    without those holding another ("days" holds "day", found at the same places)."""
    words = {need.split()[0] for need in needs}
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


_FIRST_WORDS: Final[dict[frozenset[str], tuple[str, ...]]] = {
    rule.needs: _first_words(rule.needs) for rule in RULES
}


def _candidates(text: str) -> Iterator[TimeMention]:
    lower = text.lower()
    found: dict[frozenset[str], list[tuple[int, int]]] = {}
    places: dict[str, list[int]] = {}
    for rule in RULES:
        if rule.needs not in found:
            found[rule.needs] = _stretches(text, lower, rule.needs, places)
        for low, high in found[rule.needs]:
            for match in rule.pattern.finditer(text, low, min(len(text), high + _LOOKAHEAD_ROOM)):
                if match.start() >= high:
                    break
                if rule is not _holiday and _names_something(text, match.start(), match.end()):
                    continue
                meaning = rule.produce(match)
                if meaning is not None:
                    yield TimeMention(
                        match.start(), match.end(), match.group(), meaning, rule.name, rule.mod
                    )


#: Letters that case-insensitive matching takes for ASCII ones, which the tables do not
#: hold: the long s of old prints, the dotted and dotless i, the Kelvin sign. They are read
#: as those letters, one for one, so offsets hold.
_LOOKALIKES: Final[dict[int, str]] = str.maketrans(
    {"\u017f": "s", "\u0131": "i", "\u0130": "I", "\u212a": "K"}
)


def extract(text: str) -> list[TimeMention]:
    """Every temporal expression in ``text``, in order, with its meaning and clause tense.

    Where candidate spans overlap, the longest wins, then the rule of higher priority.
    """
    plain = text.translate(_LOOKALIKES)
    if plain != text:
        return [attrs.evolve(m, text=text[m.start : m.end]) for m in extract(plain)]
    priorities = {rule.name: rule.priority for rule in RULES}
    ranked = sorted(
        _candidates(text), key=lambda c: (-(c.end - c.start), -priorities[c.rule], c.start)
    )
    taken: list[TimeMention] = []
    occupied = bytearray(len(text))
    for candidate in ranked:
        if any(occupied[candidate.start : candidate.end]):
            continue
        occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        taken.append(candidate)
    taken.sort(key=lambda c: c.start)
    taken = _listed_centuries(text, _listed_months(text, taken))
    widened = [_with_every(text, _with_approximation(text, _with_modifier(text, m))) for m in taken]
    clocks = _clock_ranges(text, _join_clock(text, _dash_clocks(text, widened)))
    joined = _join_shift(
        text, _join_part_of_day(text, _join_period_year(text, _join_amounts(text, clocks)))
    )
    mentions = _shared_shifts(
        text, _shared_years(text, _range_days(text, _era_ranges(text, _year_ranges(text, joined))))
    )
    if not mentions:
        return []
    tenses = TenseIndex(text)
    found: list[TimeMention] = []
    for index, m in enumerate(mentions):
        cue = _DEADLINE_BEFORE.search(text, max(0, m.start - 28), m.start)
        governing = _governing_tense(text, m.start) or _copula_of_time(text, m)
        bare_clock = isinstance(m.meaning, ClockTime) and m.meaning.day is None
        before = found[-1] if found else None
        tense = governing or tenses.tense(m.start, m.end)
        found.append(
            _within_in_the_past(
                attrs.evolve(
                    m,
                    tense=tense,
                    deadline=cue is not None
                    or _DEADLINE_AFTER.match(text, m.end, m.end + 24) is not None,
                    postponed=cue is not None and cue["postponed"] is not None,
                    since=_SINCE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None,
                    governed=governing is not None or tenses.follows(m.start, m.end),
                    span_end=index > 0 and _ends_span(text, mentions[index - 1], m, tense),
                    after_in_sentence=before is not None
                    and bare_clock
                    and (
                        (
                            _names_a_day(before.meaning)
                            and not _ends_a_sentence(text, before.end, m.start)
                        )
                        or (
                            _opens_log_entry(text, m.start, m.end)
                            and (_names_a_day(before.meaning) or _bare_clock(before.meaning))
                        )
                    ),
                    pluperfect=_may_look_back(m.meaning) and tenses.pluperfect(m.start, m.end),
                    recurring=before is not None
                    and bare_clock
                    and (isinstance(before.meaning, Recurrence) or before.recurring)
                    and _SET_CLOCK_GAP.fullmatch(text, before.end, m.start) is not None,
                )
            )
        )
    return found


_SENTENCE_MARK = re.compile(r"[.!?\n]")
#: What may stand between a set and a clock time that keeps it: join words and dashes.
_SET_CLOCK_GAP = re.compile(
    r"(?:[^\S\n]*(?:[,\u2013-]|(?:" + _alternation(lexicon.SET_CLOCK_JOINS) + r")(?!\w)))*"
    r"[^\S\n]*",
    re.IGNORECASE,
)


def _may_look_back(meaning: Meaning) -> bool:
    """Whether resolution may ask if an expression is told in the past perfect: a date,
    period or holiday without its year (a narrative may look back to it) or a clock time
    without its day (which may lie past midnight)."""
    if isinstance(meaning, ClockTime):
        return meaning.day is None
    return isinstance(meaning, CalendarDate | PeriodOfYear | Holiday) and meaning.year is None


def _names_a_day(meaning: Meaning) -> bool:
    """Whether a meaning names one day: a date with its day, a weekday, "today", a holiday
    or a time on one of those."""
    if isinstance(meaning, ClockTime):
        return meaning.day is not None
    if isinstance(meaning, CalendarDate):
        return meaning.day is not None
    if isinstance(meaning, Deictic | Anaphoric):
        return meaning.grain is Grain.DAY
    return isinstance(meaning, WeekdayRef | Holiday | Shifted)


def _ends_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends in ``text[start:end]``: a full stop that ends one (not "p.m."),
    "!", "?", or a line break that does not wrap a sentence."""
    return any(
        mark.group() in "!?" or _breaks_clause(text, mark.start())
        for mark in _SENTENCE_MARK.finditer(text, start, end)
    )


_SPAN_GAP = re.compile(
    r"[^\S\n]*(?:[-\u2013]|(?P<word>"
    + _alternation(lexicon.SPAN_WORDS | {"and"})
    + r"))[^\S\n]*\Z",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = _preceded_by(["between"])


def _month_alone(meaning: Meaning) -> bool:
    """Whether a meaning is a month without a year or a day: "from January through March"."""
    return (
        isinstance(meaning, CalendarDate)
        and meaning.year is None
        and meaning.month is not None
        and meaning.day is None
    )


def _ends_span(text: str, first: TimeMention, second: TimeMention, tense: Tense) -> bool:
    """Whether ``second`` ends a span of days or months that ``first`` begins: "Friday to
    Sunday", "Dec. 28-Jan. 3", "from January through March", "between Monday and Thursday";
    a bare "and" pairs dates in any order, and weekdays told in the past ("statements made
    Friday and Thursday"), but weekdays in the future tense in the order of the week
    ("strikes will halt trains on Monday and Tuesday", told on a Tuesday)."""
    meaning = second.meaning
    if not (
        (isinstance(meaning, WeekdayRef) and meaning.shift is None and not meaning.anaphoric)
        or (isinstance(meaning, CalendarDate) and meaning.year is None and meaning.day is not None)
        or (isinstance(meaning, ClockTime) and meaning.day is None and meaning.hour is not None)
        or (_month_alone(meaning) and _month_alone(first.meaning))
    ) or not isinstance(first.meaning, WeekdayRef | CalendarDate | Deictic | ClockTime):
        return False
    gap = _SPAN_GAP.match(text, first.end, second.start)
    if gap is None or gap.end() != second.start:
        return False
    if gap["word"] is not None and _key(gap["word"]) == "and":
        return _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start) is not None or (
            isinstance(first.meaning, WeekdayRef)
            and isinstance(meaning, WeekdayRef)
            and tense is Tense.FUTURE
        )
    return True


def _within_in_the_past(mention: TimeMention) -> TimeMention:
    """An "in two weeks" told in the past is an amount, not a point ahead: "his second letter
    in two weeks was published"."""
    meaning = mention.meaning
    if (
        mention.rule == _in_counted.name
        and mention.tense is Tense.PAST
        and isinstance(meaning, Deictic)
        and meaning.offset is not None
    ):
        return attrs.evolve(mention, meaning=Duration(meaning.grain, meaning.offset))
    return mention


_COPULA_BEFORE = re.compile(
    r"(?<![\w-])(?:" + _alternation(lexicon.COPULA_OF_TIME) + r")" + _SP + r"(?:(?:"
    + _alternation(lexicon.COPULA_PREPOSITIONS) + r")" + _SP + r")?\Z",
    re.IGNORECASE,
)  # fmt: skip
_POSSESSIVE_AFTER = re.compile(APOSTROPHE + r"s?\b")


def _copula_of_time(text: str, m: TimeMention) -> Tense | None:
    """Future when the present of "be" takes the day as its complement, stating when
    something still to come is: "The vote is on Friday", "The deadline is Friday at noon"
    (not "The focus is on Friday's vote", a day of its own, nor a clock time alone, whose day
    may be named later: "are 2pm to 4pm on Sunday")."""
    if isinstance(m.meaning, ClockTime) and m.rule == _clock.name:
        return None
    if _POSSESSIVE_AFTER.match(text, m.end) is not None:
        return None
    found = _COPULA_BEFORE.search(text, max(0, m.start - 12), m.start)
    return Tense.FUTURE if found is not None else None


def _governing_tense(text: str, start: int) -> Tense | None:
    """The tense of a verb that takes the expression at ``start`` directly, which is firmly
    its tense whatever other cues stand near: past in "resigned on", "ended", "was signed
    in"; future in "will return on"."""
    found = _VERB_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return None
    verb, previous = found["verb"].lower(), (found["previous"] or "").lower()
    if verb in lexicon.GOVERNING_PREPOSITIONS:
        # "resigned on": the regex may take the preposition for the verb
        verb, previous = previous, ""
    if previous in lexicon.FUTURE_MODALS and not (
        found["previous"].istitle() and not _opens_sentence(text, found.start("previous"))
    ):
        return Tense.FUTURE  # not "Will Smith on Monday"
    if (
        previous in lexicon.INFINITIVE_MARKERS
        or previous in lexicon.PARTICIPLE_FILLERS
        or (
            previous in lexicon.PARTICIPLE_AUXILIARIES
            and previous not in lexicon.PAST_TENSE_AUXILIARIES
        )
    ):
        # "is forecast to hit on", "is not expected until", "has been closed until", "to be
        # completed around Nov. 1": the tense lies elsewhere
        return None
    return Tense.PAST if looks_past(verb) and not _modifies_noun(verb, previous) else None
