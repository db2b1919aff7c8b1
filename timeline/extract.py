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
import enum
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final

import attrs

from timeline import lexicon
from timeline._patterns import APOSTROPHE, alternation

__all__ = [
    "Anaphoric",
    "CalendarDate",
    "ClockTime",
    "Deictic",
    "Duration",
    "Grain",
    "Meaning",
    "PeriodOfYear",
    "Recurrence",
    "Reference",
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
    UNKNOWN = "unknown"


# --- Meanings: what the words say --------------------------------------------------------


@attrs.frozen
class CalendarDate:
    """A date on the calendar with the fields the words gave: "November 7", "2024"."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


@attrs.frozen
class PeriodOfYear:
    """A season, quarter or half of a year, which may be missing: "the third quarter"."""

    grain: Grain
    index: int | str
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
    """

    grain: Grain
    offset: int | None


@attrs.frozen
class Anaphoric:
    """A unit counted from the last mentioned date: "the following day", "two weeks later"."""

    grain: Grain
    offset: int


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
    """A set of times: "every Monday", "daily", "each year"."""

    grain: Grain
    weekday: int | None = None
    value: str | None = None


@attrs.frozen
class ClockTime:
    """A time of day, on a day the words may name: "Thursday morning", "3 p.m."."""

    day: CalendarDate | WeekdayRef | Deictic | None
    hour: int | None = None
    minute: int | None = None
    part: str | None = None


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
)


@attrs.frozen
class TimeMention:
    """One temporal expression: its span, its meaning, its modifier and its clause's tense."""

    start: int
    end: int
    text: str
    meaning: Meaning
    rule: str
    mod: str | None = None
    tense: Tense = Tense.UNKNOWN


# --- Pattern pieces built from the lexicon --------------------------------------------------


#: Space between words: one to three blanks, with at most one line break (a paragraph
#: break ends an expression).
_SP = r"(?:[^\S\n]{1,3}|[^\S\n]{0,2}\n[^\S\n]{0,2})"
#: Between a number and its unit: "10-day", "10 days".
_SP_OR_HYPHEN = r"(?:-|" + _SP + r")"


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, words apart by :data:`_SP`."""
    return alternation(phrases, _SP)


_FULL_MONTHS: Final[frozenset[str]] = frozenset(
    max((name for name, number in lexicon.MONTHS.items() if number == month), key=len)
    for month in set(lexicon.MONTHS.values())
)
_MONTH = (
    r"(?P<month>" + _alternation(_FULL_MONTHS) + r"|(?:"
    + _alternation(set(lexicon.MONTHS) - _FULL_MONTHS) + r")\.?)"
)  # fmt: skip
_DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[0-9]|20|21)[0-9]{2})(?![0-9])"
_WEEKDAY = r"(?P<weekday>" + _alternation(lexicon.WEEKDAYS) + r")"
_SHIFT = r"(?P<shift>" + _alternation(lexicon.SHIFT_WORDS) + r")"
_PART = r"(?P<part>" + _alternation(lexicon.PARTS_OF_DAY) + r")"
_NUMBER = (
    r"(?P<number>[0-9]{1,3}(?:,[0-9]{3}){1,2}|[0-9]{1,4}(?:\.[0-9]{1,2})?"
    r"|(?:"
    + _alternation(lexicon.TENS_WORDS)
    + r")-(?:"
    + _alternation(lexicon.ONES_WORDS)
    + r")|"
    + _alternation(set(lexicon.NUMBER_WORDS) | lexicon.VAGUE_QUANTITIES)
    + ")"
)
_UNIT = r"(?P<unit>" + _alternation(lexicon.UNITS) + r")"
_SEASON = r"(?P<season>" + _alternation(lexicon.SEASONS) + r")"
_MONTH_CONTEXT = re.compile(
    r"(?:^|\W)(?P<word>" + _alternation(lexicon.MONTH_CONTEXT_WORDS) + r")" + _SP + r"\Z",
    re.IGNORECASE,
)
_YEAR_CONTEXT = re.compile(
    r"(?:^|\W)(?:" + _alternation(lexicon.YEAR_CONTEXT_WORDS) + r")" + _SP + r"\Z", re.IGNORECASE
)
#: Words before a season without a year or shift that make it one: "until [spring]".
_SEASON_CONTEXT = re.compile(
    r"\b(?:" + _alternation(lexicon.SEASON_CONTEXT_WORDS) + r")" + _SP + r"\Z"
)
#: Words before "now" that make it part of another phrase: "until now".
_NOW_OPENER = re.compile(r"(?:" + _alternation(lexicon.NOW_OPENERS) + r")" + _SP + r"\Z")
_ZONE = r"(?:" + _alternation(lexicon.TIME_ZONES) + r")"
_POSITION_PREFIX = (
    r"(?P<position>" + _alternation(w for w in lexicon.POSITION_MODIFIERS if " " not in w) + r")"
)

_UNIT_GRAINS: Final[dict[str, Grain]] = {unit: Grain(unit) for unit in set(lexicon.UNITS.values())}


def _key(words: str) -> str:
    """Matched words as a lexicon key: lower case, single spaces ("The  next day")."""
    return re.sub(r"\s+", " ", words.lower())


def _unit_grain(match: re.Match[str]) -> Grain:
    """The grain of the matched ``unit`` ("days", "Decade")."""
    return _UNIT_GRAINS[lexicon.UNITS[match["unit"].lower()]]


def _number(word: str) -> float | None:
    """The count a number word or numeral stands for; None for vague quantities."""
    word = _key(word)
    if word in lexicon.VAGUE_QUANTITIES:
        return None
    if word in lexicon.NUMBER_WORDS:
        return float(lexicon.NUMBER_WORDS[word])
    if "-" in word:
        tens, ones = word.split("-", 1)
        return float(lexicon.NUMBER_WORDS[tens] + lexicon.NUMBER_WORDS[ones])
    return float(word.replace(",", ""))


def _month(match: re.Match[str]) -> int:
    return lexicon.MONTHS[match["month"].lower().rstrip(".")]


def _day(match: re.Match[str]) -> int:
    return int(match["day"])


def _year(match: re.Match[str]) -> int | None:
    return int(match["year"]) if match["year"] else None


def _shift(match: re.Match[str]) -> int | None:
    word = match["shift"]
    return lexicon.SHIFT_WORDS[word.lower()] if word else None


# --- Rules -------------------------------------------------------------------------------

Production = Callable[[re.Match[str]], Meaning | None]


@attrs.frozen
class Rule:
    """A named pattern and the production that reads a match into a meaning.

    An example may mark the span the rule finds with [brackets] when the rule needs words
    around it that are not part of the expression: "in [November]".
    """

    name: str
    pattern: re.Pattern[str]
    produce: Production
    examples: tuple[str, ...]
    priority: int = 0


def _rule(
    name: str, pattern: str, examples: tuple[str, ...], priority: int = 0, *, cased: bool = False
) -> Callable[[Production], Rule]:
    flags = 0 if cased else re.IGNORECASE
    # Never start inside a word, a hyphenated word or a number ("1,500", "2.5"); the
    # lookahead for a word character lets the engine skip spaces and punctuation quickly.
    compiled = re.compile(r"(?<![\w-])(?<![0-9][,.])(?=\w)(?:" + pattern + r")(?![\w])", flags)

    def wrap(produce: Production) -> Rule:
        return Rule(name, compiled, produce, examples, priority)

    return wrap


def _calendar_date(year: int | None, month: int, day: int) -> CalendarDate | None:
    """A date whose day exists in its month in some year ("February 29"), else None."""
    if day > calendar.monthrange(2000, month)[1]:
        return None
    return CalendarDate(year, month, day)


def _capitalised(match: re.Match[str], group: str) -> bool:
    text = match[group]
    return text is not None and text[:1].isupper()


@_rule("iso-date", r"(?P<year>[0-9]{4})-(?P<m>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])",
       ("2024-11-07",), priority=3)  # fmt: skip
def _iso_date(m: re.Match[str]) -> Meaning | None:
    return _calendar_date(int(m["year"]), int(m["m"]), int(m["day"]))


def _day_of_month(m: re.Match[str]) -> Meaning | None:
    """A day of a named month, in either order, with or without its year."""
    if not _capitalised(m, "month"):
        return None
    return _calendar_date(_year(m), _month(m), _day(m))


_month_day_year = _rule(
    "month-day-year",
    r"(?:" + _WEEKDAY + r",?" + _SP + r")?" + _MONTH + _SP + _DAY + r"(?:,?" + _SP + _YEAR + r")?",
    ("November 7, 2024", "Nov. 7", "December 20th 2024", "Thursday, Nov. 7"),
    priority=2,
)(_day_of_month)

_day_month_year = _rule(
    "day-month-year",
    r"(?:" + _WEEKDAY + r",?" + _SP + r")?(?:the" + _SP + r")?" + _DAY + r"(?:" + _SP + r"of)?"
    + _SP + _MONTH + r"(?:,?" + _SP + _YEAR + r")?",
    ("7 November 2024", "the 20th of December", "7 Nov"),
    priority=2,
)(_day_of_month)  # fmt: skip


@_rule("month-year", _MONTH + r",?" + _SP + r"(?:of" + _SP + r")?" + _YEAR,
       ("November 2024", "Jan. 2025", "May of 2023"), priority=1)  # fmt: skip
def _month_year(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "month"):
        return None
    return CalendarDate(_year(m), _month(m))


@_rule("month-in-context", r"(?:" + _POSITION_PREFIX + r"-|(?<=\s))" + _MONTH,
       ("in [November]", "since [March]", "until [May]", "last [December]",
        "early [January]", "mid-March"))  # fmt: skip
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


@_rule("shifted-month", _SHIFT + _SP + _MONTH, ("last November", "next March"), priority=1)
def _shifted_month(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "month"):
        return None
    return PeriodOfYear(Grain.MONTH, _month(m), None, _shift(m))


@_rule("year-in-context",
       r"(?:(?P<qualifier>" + _alternation(lexicon.YEAR_QUALIFIERS) + r")" + _SP + r"|(?P<mod>"
       + _alternation(lexicon.POSITION_MODIFIERS) + r")(?:-|" + _SP + r"))?" + _YEAR,
       ("in [2024]", "since [2019]", "fiscal 2025", "by [2030]", "late 2024", "mid-2024",
        "the end of 2024"))  # fmt: skip
def _year_in_context(m: re.Match[str]) -> Meaning | None:
    """A four-digit number is a year after a preposition (left out of the span), a qualifier
    or a position word ("late 2024"); otherwise it may be a count."""
    if (
        m["qualifier"]
        or m["mod"]
        or _YEAR_CONTEXT.search(m.string, max(0, m.start() - 12), m.start()) is not None
    ):
        return CalendarDate(_year(m))
    return None


@_rule("possessive-year", _YEAR + r"(?=" + APOSTROPHE + r"s\b)", ("[2024]'s",))
def _possessive_year(m: re.Match[str]) -> Meaning:
    return CalendarDate(_year(m))


@_rule("decade", r"(?:the" + _SP + r")?(?P<decade>(?:1[0-9]|20)[0-9]0)'?s",
       ("the 1990s", "1980s"))  # fmt: skip
def _decade(m: re.Match[str]) -> Meaning:
    return PeriodOfYear(Grain.DECADE, int(m["decade"]) // 10)


@_rule("weekday",
       r"(?:" + _SHIFT + _SP + r")?" + _WEEKDAY + r"(?:" + _SP + _PART + r")?",
       ("Thursday", "last Tuesday", "next Friday", "Monday morning", "this Wednesday"))  # fmt: skip
def _weekday(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "weekday"):
        return None
    day = WeekdayRef(lexicon.WEEKDAYS[m["weekday"].lower()], _shift(m))
    if m["part"]:
        return ClockTime(day, part=lexicon.PARTS_OF_DAY[m["part"].lower()])
    return day


@_rule("anaphoric-weekday",
       r"the" + _SP + r"(?P<which>" + _alternation(lexicon.ANAPHORIC_SHIFTS) + r")" + _SP
       + _WEEKDAY,
       ("the following Tuesday", "the next Friday", "the previous Sunday"), priority=1)  # fmt: skip
def _anaphoric_weekday(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "weekday"):
        return None
    shift = lexicon.ANAPHORIC_SHIFTS[m["which"].lower()]
    return WeekdayRef(lexicon.WEEKDAYS[m["weekday"].lower()], shift, anaphoric=True)


@_rule("weekday-plural", _WEEKDAY + r"s", ("on [Mondays]", "Fridays"))
def _weekday_plural(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "weekday"):
        return None
    return Recurrence(Grain.WEEK, weekday=lexicon.WEEKDAYS[m["weekday"].lower()])


@_rule("deictic-day",
       r"(?P<deictic>" + _alternation(lexicon.DEICTIC_DAYS) + r")(?:" + _SP + _PART + r")?"
       r"|(?P<deictic_part>" + _alternation(lexicon.DEICTIC_PARTS_OF_DAY) + r")",
       ("yesterday", "today", "tomorrow", "tonight", "yesterday morning",
        "last night"))  # fmt: skip
def _deictic_day(m: re.Match[str]) -> Meaning:
    if m["deictic_part"]:
        offset, part = lexicon.DEICTIC_PARTS_OF_DAY[_key(m["deictic_part"])]
        return ClockTime(Deictic(Grain.DAY, offset), part=part)
    day = Deictic(Grain.DAY, lexicon.DEICTIC_DAYS[_key(m["deictic"])])
    if m["part"]:
        return ClockTime(day, part=lexicon.PARTS_OF_DAY[m["part"].lower()])
    return day


@_rule("this-part-of-day", r"this" + _SP + _PART, ("this morning", "this afternoon"))
def _this_part_of_day(m: re.Match[str]) -> Meaning:
    return ClockTime(Deictic(Grain.DAY, 0), part=lexicon.PARTS_OF_DAY[m["part"].lower()])


@_rule("shifted-unit",
       r"(?:the" + _SP + r"(?!" + _alternation(lexicon.ANAPHORIC_SHIFTS) + r"))?" + _SHIFT + _SP
       + r"(?P<unit>" + _alternation(lexicon.SHIFTED_UNITS) + r")",
       ("last week", "next month", "this year", "the past week", "last weekend"))  # fmt: skip
def _shifted_unit(m: re.Match[str]) -> Meaning:
    return Deictic(Grain(m["unit"].lower()), _shift(m))


@_rule("the-weekend", r"the" + _SP + r"weekend", ("the weekend", "over [the weekend]"))
def _the_weekend(m: re.Match[str]) -> Meaning:
    return Deictic(Grain.WEEKEND, None)


@_rule("shifted-season", r"(?:" + _SHIFT + _SP + r")?" + _SEASON + r"(?:" + _SP + r"(?:of"
       + _SP + r")?" + _YEAR + r")?",
       ("last spring", "summer 2024", "this winter", "until [spring]"))  # fmt: skip
def _season(m: re.Match[str]) -> Meaning | None:
    code = lexicon.SEASONS[m["season"].lower()]
    if m["shift"] or m["year"]:
        return PeriodOfYear(Grain.SEASON, code, _year(m), _shift(m))
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    if m["season"].lower() not in lexicon.AMBIGUOUS_SEASONS and _SEASON_CONTEXT.search(before):
        return PeriodOfYear(Grain.SEASON, code)
    return None


@_rule("quarter",
       r"(?:the" + _SP + r")?(?P<ordinal>" + _alternation(lexicon.ORDINALS) + r")" + _SP
       + r"(?P<unit>quarter|half)(?:" + _SP + r"of" + _SP + _YEAR + r")?",
       ("the third quarter", "the first half of 2024", "second quarter"))  # fmt: skip
def _quarter(m: re.Match[str]) -> Meaning:
    index = lexicon.ORDINALS[m["ordinal"].lower()]
    grain = Grain.QUARTER if m["unit"].lower() == "quarter" else Grain.HALF
    if grain is Grain.HALF:
        index = min(index, 2)
    return PeriodOfYear(grain, index, _year(m))


@_rule("q-quarter", r"Q(?P<q>[1-4])(?:" + _SP + _YEAR + r")?", ("Q3 2024", "Q1"), cased=True)
def _q_quarter(m: re.Match[str]) -> Meaning:
    return PeriodOfYear(Grain.QUARTER, int(m["q"]), _year(m))


@_rule("counted-relative",
       _NUMBER + _SP_OR_HYPHEN + _UNIT + _SP
       + r"(?P<direction>" + _alternation(lexicon.COUNTED_DIRECTIONS) + r")",
       ("two weeks ago", "three days later", "a day earlier", "five years from now"),
       priority=1)  # fmt: skip
def _counted_relative(m: re.Match[str]) -> Meaning | None:
    amount = _number(m["number"])
    grain = _unit_grain(m)
    if amount is None or amount != int(amount):
        return None
    sign, anaphoric = lexicon.COUNTED_DIRECTIONS[_key(m["direction"])]
    if anaphoric:
        return Anaphoric(grain, sign * int(amount))
    return Deictic(grain, sign * int(amount))


@_rule("in-counted",
       r"(?<=\bin\s)" + _NUMBER + _SP_OR_HYPHEN + _UNIT + r"(?P<time>(?:" + APOSTROPHE + r"s?)?"
       + _SP + r"time)?",
       ("in [two weeks]", "in [10 days' time]", "in [a month's time]"))  # fmt: skip
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
       ("the following day", "the same day", "the day before", "that day"), priority=1)  # fmt: skip
def _anaphoric_day(m: re.Match[str]) -> Meaning:
    return Anaphoric(Grain.DAY, lexicon.ANAPHORIC_DAYS[_key(m["phrase"])])


@_rule("following-unit",
       r"the" + _SP + r"(?P<which>" + _alternation(lexicon.ANAPHORIC_SHIFTS) + r")" + _SP
       + r"(?P<unit>" + _alternation(lexicon.ANAPHORIC_UNITS) + r")",
       ("the following week", "the previous year"))  # fmt: skip
def _following_unit(m: re.Match[str]) -> Meaning:
    return Anaphoric(Grain(m["unit"].lower()), lexicon.ANAPHORIC_SHIFTS[m["which"].lower()])


@_rule("anchored-duration",
       r"the" + _SP + r"(?P<which>" + _alternation(lexicon.DURATION_DIRECTIONS) + r")" + _SP
       + r"(?:" + _NUMBER + _SP_OR_HYPHEN + r")?" + _UNIT,
       ("the next 70 days", "the past three years", "the coming months", "the last two decades"),
       priority=1)  # fmt: skip
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
       _NUMBER + _SP_OR_HYPHEN + _UNIT + r"(?:" + _SP_OR_HYPHEN + r"(?:long|old))?",
       ("70 days", "nearly [three years]", "a decade", "three-year-long",
        "several weeks"))  # fmt: skip
def _duration(m: re.Match[str]) -> Meaning | None:
    word = m["number"].lower()
    if word in lexicon.INDEFINITE_ARTICLES and m["unit"].lower() in lexicon.ARTICLE_AMBIGUOUS_UNITS:
        return None
    amount = _number(word)
    if amount is None and word in lexicon.NON_DURATION_QUANTITIES:
        return None
    return Duration(_unit_grain(m), amount)


@_rule("vague-duration",
       r"(?<=\bfor\s)(?P<unit>" + _alternation(lexicon.VAGUE_DURATION_UNITS) + r")",
       ("for [years]", "for [decades]"))  # fmt: skip
def _vague_duration(m: re.Match[str]) -> Meaning:
    return Duration(_unit_grain(m), None)


@_rule("reference", r"(?P<ref>" + _alternation(lexicon.REFERENCES) + r")",
       ("now", "recently", "in the past", "currently"))  # fmt: skip
def _reference(m: re.Match[str]) -> Meaning | None:
    before = m.string[max(0, m.start() - 10) : m.start()].lower()
    word = _key(m["ref"])
    if word == "now" and _NOW_OPENER.search(before):
        return None
    return Reference(lexicon.REFERENCES[word])


@_rule("every", r"(?:every|each)" + _SP + r"(?:(?P<weekday>" + _alternation(lexicon.WEEKDAYS)
       + r")|(?P<unit>" + _alternation([*lexicon.RECURRING_UNITS, *lexicon.RECURRING_PARTS_OF_DAY])
       + r"))",
       ("every Monday", "each year", "every day"))  # fmt: skip
def _every(m: re.Match[str]) -> Meaning:
    if m["weekday"]:
        return Recurrence(Grain.WEEK, weekday=lexicon.WEEKDAYS[m["weekday"].lower()])
    unit = m["unit"].lower()
    if unit in lexicon.RECURRING_PARTS_OF_DAY:
        return Recurrence(Grain.DAY, value=f"XXXX-XX-XXT{lexicon.PARTS_OF_DAY[unit]}")
    return Recurrence(Grain(unit), value=lexicon.RECURRING_UNITS[unit])


@_rule("frequency", r"(?P<freq>" + _alternation(lexicon.FREQUENCY_ADVERBS) + r")",
       ("daily", "annually", "weekly"))  # fmt: skip
def _frequency(m: re.Match[str]) -> Meaning:
    value = lexicon.FREQUENCY_ADVERBS[m["freq"].lower()]
    return Recurrence(Grain.DAY, value=value)


@_rule("clock",
       r"(?:(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5][0-9]))?" + r"\s?(?P<ampm>[ap]\.m\.|[ap]m)"
       r"|(?P<hour24>[01][0-9]|2[0-3]):(?P<minute24>[0-5][0-9])" + _SP + r"(?:" + _ZONE
       + r"|hours|h)|(?P<named>noon|midnight))(?:" + _SP + _ZONE + r")?",
       ("3 p.m.", "10:30 am", "noon", "14:30 GMT", "3 p.m. ET"), priority=1)  # fmt: skip
def _clock(m: re.Match[str]) -> Meaning:
    if m["named"]:
        return ClockTime(None, 12 if m["named"].lower() == "noon" else 0, 0)
    if m["hour24"]:
        return ClockTime(None, int(m["hour24"]), int(m["minute24"]))
    hour = int(m["hour"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    return ClockTime(None, hour, int(m["minute"]) if m["minute"] else 0)


RULES: Final[tuple[Rule, ...]] = (
    _iso_date, _month_day_year, _day_month_year, _month_year, _month_in_context, _shifted_month,
    _year_in_context, _possessive_year, _decade, _weekday, _anaphoric_weekday, _weekday_plural,
    _deictic_day, _this_part_of_day, _shifted_unit, _the_weekend, _season, _quarter, _q_quarter,
    _counted_relative, _in_counted, _anaphoric_day, _following_unit, _anchored_duration,
    _duration, _vague_duration, _reference, _every, _frequency, _clock,
)  # fmt: skip

# --- Modifiers, joins and tense -------------------------------------------------------------

_POSITION_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?P<mod>" + _alternation(lexicon.POSITION_MODIFIERS) + r")(?:-|" + _SP + r")\Z",
    re.IGNORECASE,
)
_AMOUNT_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?P<mod>" + _alternation(lexicon.AMOUNT_MODIFIERS) + r")" + _SP + r"\Z",
    re.IGNORECASE,
)
_POSITION_START = re.compile(
    r"(?P<mod>" + _alternation(lexicon.POSITION_MODIFIERS) + r")(?:-|" + _SP + ")", re.IGNORECASE
)
_TIME_JOIN = re.compile(r"^,?" + _SP + r"(?:(?:at|on)" + _SP + r")?\Z", re.IGNORECASE)
_FUTURE = re.compile(
    r"(?:(?<!\w|"
    + APOSTROPHE
    + r")(?:"
    + _alternation(c for c in lexicon.FUTURE_CUES if c[0].isalpha())
    + r")|(?<=\w)(?:"
    + _alternation(c for c in lexicon.FUTURE_CUES if not c[0].isalpha())
    + r"))(?![\w])",
    re.IGNORECASE,
)
_WORD = re.compile(r"(?:[A-Za-z]|" + APOSTROPHE + r")+")
_CLAUSE_BREAKS: Final[str] = ".!?;\n"
_CLAUSE_BREAK = re.compile("[" + re.escape(_CLAUSE_BREAKS) + "]")
#: How far from an expression, within its clause, a tense cue still counts.
_CLAUSE_REACH: Final[int] = 300


def _with_modifier(text: str, mention: TimeMention) -> TimeMention:
    """Widen a mention over a position or amount modifier just before it, or record the
    position modifier its rule already took in ("late 2024", "mid-November")."""
    before = text[max(0, mention.start - 24) : mention.start]
    table: dict[str, str]
    if isinstance(mention.meaning, Duration) and mention.meaning.direction == 0:
        found, table = _AMOUNT_BEFORE.search(before), lexicon.AMOUNT_MODIFIERS
    elif isinstance(mention.meaning, CalendarDate | PeriodOfYear | Deictic):
        found, table = _POSITION_BEFORE.search(before), lexicon.POSITION_MODIFIERS
        inside = _POSITION_START.match(mention.text)
        if found is None and inside is not None:
            mod = table[_key(inside["mod"])]
            return attrs.evolve(mention, mod=mod)
    else:
        return mention
    if found is None:
        return mention
    start = mention.start - len(before) + found.start()
    mod = table[_key(found["mod"])]
    return attrs.evolve(mention, start=start, text=text[start : mention.end], mod=mod)


def _join_clock(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Join a clock time with the day beside it: "3 p.m. Thursday", "Friday at noon"."""
    joined: list[TimeMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and _TIME_JOIN.match(text[previous.end : mention.start]):
            merged = _merge_day_and_clock(previous.meaning, mention.meaning)
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


def _merge_day_and_clock(first: Meaning, second: Meaning) -> ClockTime | None:
    days = (CalendarDate, WeekdayRef, Deictic)
    for day, clock in ((first, second), (second, first)):
        if (
            isinstance(clock, ClockTime)
            and clock.day is None
            and isinstance(day, days)
            and not (isinstance(day, Deictic) and day.grain is not Grain.DAY)
            and not (isinstance(day, CalendarDate) and day.day is None)
        ):
            return attrs.evolve(clock, day=day)
    return None


def looks_past(word: str) -> bool:
    """Whether a lower-case word is a past form by its spelling: irregular, or regular -ed."""
    return word in lexicon.IRREGULAR_PAST or (
        word.endswith("ed") and len(word) > 4 and word not in lexicon.NOT_PAST_ED
    )


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the clause around ``text[start:end]``: the nearest tense cue wins."""
    low = max(0, start - _CLAUSE_REACH - 20)
    high = min(len(text), end + _CLAUSE_REACH + 20)
    return _nearest_tense(text, _tense_cues(text, low, high), start, end)


class TenseIndex:
    """The tense cues of a whole text, found in one pass, for asking the tense of many spans:
    ``TenseIndex(text).tense(start, end)`` equals ``clause_tense(text, start, end)``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cues = _tense_cues(text, 0, len(text))

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the clause around ``text[start:end]``."""
        return _nearest_tense(self.text, self._cues, start, end)


@attrs.frozen
class _TenseCues:
    """The tense cues of a stretch of text, by position; where a future cue and a word start
    at the same place ("is to"), the future cue is kept."""

    positions: list[int]
    tenses: list[Tense]


def _tense_cues(text: str, low: int, high: int) -> _TenseCues:
    """Every tense cue in ``text[low:high]``, found in one pass over it."""
    found: dict[int, Tense] = {}
    previous = ""
    for word in _WORD.finditer(text, low, high):
        lower = word.group().lower().replace("\u2019", "'")
        if looks_past(lower):
            if previous not in lexicon.PARTICIPLE_AUXILIARIES:
                found[word.start()] = Tense.PAST
        elif lower in lexicon.PRESENT_CUES:
            found[word.start()] = Tense.PRESENT
        previous = lower
    for cue in _FUTURE.finditer(text, low, high):
        found[cue.start()] = Tense.FUTURE
    positions = sorted(found)
    return _TenseCues(positions, [found[p] for p in positions])


def _nearest_tense(text: str, cues: _TenseCues, start: int, end: int) -> Tense:
    """The tense of the cue nearest to ``text[start:end]`` in its clause; a future cue wins a
    tie, then the cue before the expression."""
    reach_left = max(0, start - _CLAUSE_REACH)
    left = max(reach_left, *(text.rfind(c, reach_left, start) + 1 for c in _CLAUSE_BREAKS))
    reach_right = min(len(text), end + _CLAUSE_REACH)
    stop = _CLAUSE_BREAK.search(text, end, reach_right)
    right = stop.start() if stop is not None else reach_right
    # A cue in the same comma-delimited stretch beats a nearer one across a comma: "The plan,
    # announced on Nov. 7, will take effect" is past for "Nov. 7".
    phrase_left = text.rfind(",", left, start) + 1 or left
    comma = text.find(",", end, right)
    phrase_right = comma if comma >= 0 else right
    options: list[tuple[bool, int, bool, Tense]] = []
    before = bisect.bisect_left(cues.positions, start) - 1
    if before >= 0 and cues.positions[before] >= left:
        position, tense = cues.positions[before], cues.tenses[before]
        options.append((position < phrase_left, start - position, tense is not Tense.FUTURE, tense))
    after = bisect.bisect_left(cues.positions, end)
    if after < len(cues.positions) and cues.positions[after] < right:
        position, tense = cues.positions[after], cues.tenses[after]
        options.append((position >= phrase_right, position - end, tense is not Tense.FUTURE, tense))
    return min(options, key=lambda o: o[:3])[3] if options else Tense.UNKNOWN


def _candidates(text: str) -> Iterator[TimeMention]:
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            meaning = rule.produce(match)
            if meaning is not None:
                yield TimeMention(match.start(), match.end(), match.group(), meaning, rule.name)


def extract(text: str) -> list[TimeMention]:
    """Every temporal expression in ``text``, in order, with its meaning and clause tense.

    Where candidate spans overlap, the longest wins, then the rule of higher priority.
    """
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
    mentions = _join_clock(text, [_with_modifier(text, m) for m in taken])
    if not mentions:
        return []
    tenses = TenseIndex(text)
    return [attrs.evolve(m, tense=tenses.tense(m.start, m.end)) for m in mentions]
