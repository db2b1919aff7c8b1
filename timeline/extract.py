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

import enum
import re
from collections.abc import Callable, Iterator
from typing import Final

import attrs

from timeline import lexicon

__all__ = [
    "Anaphoric",
    "CalendarDate",
    "ClockTime",
    "Deictic",
    "Duration",
    "Grain",
    "Meaning",
    "PeriodOfYear",
    "Reference",
    "Recurrence",
    "Tense",
    "TimeMention",
    "WeekdayRef",
    "extract",
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
    """A day of the week; ``shift`` is -1 "last", 0 "this", +1 "next", None for bare."""

    weekday: int
    shift: int | None = None


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


def _alternation(words: object) -> str:
    """A regex alternation of the given phrases, longest first, spaces made flexible."""
    phrases = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(p).replace(r"\ ", r"\s{1,3}") for p in phrases)


_SP = r"\s{1,3}"
_MONTH = r"(?P<month>" + _alternation(lexicon.MONTHS) + r")\.?"
_DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[0-9]|20|21)[0-9]{2})(?![0-9])"
_WEEKDAY = r"(?P<weekday>" + _alternation(lexicon.WEEKDAYS) + r")"
_SHIFT = r"(?P<shift>" + _alternation(lexicon.SHIFT_WORDS) + r")"
_PART = r"(?P<part>" + _alternation(lexicon.PARTS_OF_DAY) + r")"
_NUMBER = (
    r"(?P<number>[0-9]{1,4}(?:\.[0-9]{1,2})?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|"
    + _alternation(set(lexicon.NUMBER_WORDS) | lexicon.VAGUE_QUANTITIES)
    + ")"
)
_UNIT = r"(?P<unit>" + _alternation(lexicon.UNITS) + r")"
_SEASON = r"(?P<season>" + _alternation(lexicon.SEASONS) + r")"
_MONTH_CONTEXT = r"(?:in|since|until|till|by|during|from|through|before|after|of|last|next|this|early|late|mid-?|end\s{1,3}of|beginning\s{1,3}of)"  # noqa: E501

_UNIT_GRAINS: Final[dict[str, Grain]] = {unit: Grain(unit) for unit in set(lexicon.UNITS.values())}


def _number(word: str) -> float | None:
    """The count a number word or numeral stands for; None for vague quantities."""
    word = re.sub(r"\s+", " ", word.lower())
    if word in lexicon.VAGUE_QUANTITIES:
        return None
    if word in lexicon.NUMBER_WORDS:
        return float(lexicon.NUMBER_WORDS[word])
    if "-" in word:
        tens, ones = word.split("-", 1)
        return float(lexicon.NUMBER_WORDS[tens] + lexicon.NUMBER_WORDS[ones])
    return float(word)


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
    """A named pattern and the production that reads a match into a meaning."""

    name: str
    pattern: re.Pattern[str]
    produce: Production
    examples: tuple[str, ...]
    priority: int = 0


def _rule(
    name: str, pattern: str, examples: tuple[str, ...], priority: int = 0, *, cased: bool = False
) -> Callable[[Production], Rule]:
    flags = 0 if cased else re.IGNORECASE
    compiled = re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])", flags)

    def wrap(produce: Production) -> Rule:
        return Rule(name, compiled, produce, examples, priority)

    return wrap


def _capitalised(match: re.Match[str], group: str) -> bool:
    text = match[group]
    return text is not None and text[:1].isupper()


@_rule("iso-date", r"(?P<year>[0-9]{4})-(?P<m>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])",
       ("2024-11-07",), priority=3)  # fmt: skip
def _iso_date(m: re.Match[str]) -> Meaning:
    return CalendarDate(int(m["year"]), int(m["m"]), int(m["day"]))


@_rule("month-day-year",
       r"(?:" + _WEEKDAY + r",?" + _SP + r")?" + _MONTH + _SP + _DAY + r"(?:,?" + _SP + _YEAR
       + r")?",
       ("November 7, 2024", "Nov. 7", "December 20th 2024", "Thursday, Nov. 7"), priority=2)  # fmt: skip
def _month_day_year(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "month"):
        return None
    return CalendarDate(_year(m), _month(m), _day(m))


@_rule("day-month-year",
       r"(?:" + _WEEKDAY + r",?" + _SP + r")?(?:the" + _SP + r")?" + _DAY + r"(?:" + _SP
       + r"of)?" + _SP + _MONTH + r"(?:,?" + _SP + _YEAR + r")?",
       ("7 November 2024", "the 20th of December", "7 Nov"), priority=2)  # fmt: skip
def _day_month_year(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "month"):
        return None
    return CalendarDate(_year(m), _month(m), _day(m))


@_rule("month-year", _MONTH + r",?" + _SP + r"(?:of" + _SP + r")?" + _YEAR,
       ("November 2024", "Jan. 2025", "May of 2023"), priority=1)  # fmt: skip
def _month_year(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "month"):
        return None
    return CalendarDate(_year(m), _month(m))


@_rule("month-in-context", r"(?<=" + r"\s)" + _MONTH,
       ("in November", "since March", "until May", "last December", "early January"))  # fmt: skip
def _month_in_context(m: re.Match[str]) -> Meaning | None:
    before = m.string[max(0, m.start() - 24) : m.start()]
    context = re.search(_MONTH_CONTEXT + r"\s{1,3}$", before, re.IGNORECASE)
    name = m["month"].lower().rstrip(".")
    if not _capitalised(m, "month") or context is None:
        return None
    if name in lexicon.AMBIGUOUS_MONTHS and not context.group(0).strip().lower().startswith(
        ("in", "since", "until", "till", "during", "early", "late", "mid", "last", "next", "this")
    ):
        return None
    word = context.group(0).strip().lower()
    if word in ("last", "next", "this"):
        return PeriodOfYear(Grain.MONTH, _month(m), None, lexicon.SHIFT_WORDS[word])
    return CalendarDate(None, _month(m))


@_rule("shifted-month", _SHIFT + _SP + _MONTH, ("last November", "next March"), priority=1)
def _shifted_month(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "month"):
        return None
    return PeriodOfYear(Grain.MONTH, _month(m), None, _shift(m))


@_rule("year-in-context",
       r"(?:(?:in|since|until|till|by|during|from|through|before|after|of|fiscal|early|late|"
       r"mid-?|the\s{1,3}end\s{1,3}of|the\s{1,3}year|year)" + _SP + r")" + _YEAR,
       ("in 2024", "since 2019", "fiscal 2025", "by 2030"))  # fmt: skip
def _year_in_context(m: re.Match[str]) -> Meaning:
    return CalendarDate(_year(m))


@_rule("possessive-year", _YEAR + r"(?='s\b|’s\b)", ("2024's",))
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


@_rule("weekday-plural", r"(?:on" + _SP + r")?" + _WEEKDAY + r"s", ("on Mondays", "Fridays"))
def _weekday_plural(m: re.Match[str]) -> Meaning | None:
    if not _capitalised(m, "weekday"):
        return None
    return Recurrence(Grain.WEEK, weekday=lexicon.WEEKDAYS[m["weekday"].lower()])


@_rule("deictic-day",
       r"(?P<deictic>" + _alternation(lexicon.DEICTIC_DAYS) + r")(?:" + _SP + _PART + r")?",
       ("yesterday", "today", "tomorrow", "tonight", "yesterday morning"))  # fmt: skip
def _deictic_day(m: re.Match[str]) -> Meaning:
    word = re.sub(r"\s+", " ", m["deictic"].lower())
    day = Deictic(Grain.DAY, lexicon.DEICTIC_DAYS[word])
    if word == "tonight":
        return ClockTime(day, part="NI")
    if m["part"]:
        return ClockTime(day, part=lexicon.PARTS_OF_DAY[m["part"].lower()])
    return day


@_rule("this-part-of-day", r"this" + _SP + _PART, ("this morning", "this afternoon"))
def _this_part_of_day(m: re.Match[str]) -> Meaning:
    return ClockTime(Deictic(Grain.DAY, 0), part=lexicon.PARTS_OF_DAY[m["part"].lower()])


@_rule("shifted-unit",
       _SHIFT + _SP + r"(?P<unit>week|month|year|quarter|decade|century|weekend)",
       ("last week", "next month", "this year", "the past week", "last weekend"))  # fmt: skip
def _shifted_unit(m: re.Match[str]) -> Meaning:
    return Deictic(Grain(m["unit"].lower()), _shift(m))


@_rule("the-weekend", r"the" + _SP + r"weekend", ("the weekend", "over the weekend"))
def _the_weekend(m: re.Match[str]) -> Meaning:
    return Deictic(Grain.WEEKEND, None)


@_rule("shifted-season", r"(?:" + _SHIFT + _SP + r")?" + _SEASON + r"(?:" + _SP + r"(?:of"
       + _SP + r")?" + _YEAR + r")?",
       ("last spring", "summer 2024", "this winter", "until spring"))  # fmt: skip
def _season(m: re.Match[str]) -> Meaning | None:
    code = lexicon.SEASONS[m["season"].lower()]
    if m["shift"] or m["year"]:
        return PeriodOfYear(Grain.SEASON, code, _year(m), _shift(m))
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    if m["season"].lower() != "fall" and re.search(
        r"\b(?:until|till|in|by|since|during|before|after|the|early|late)\s{1,3}$", before
    ):
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
       _NUMBER + r"[\s-]{1,3}" + _UNIT + _SP
       + r"(?P<direction>" + _alternation(lexicon.COUNTED_DIRECTIONS) + r")",
       ("two weeks ago", "three days later", "a day earlier", "five years from now"),
       priority=1)  # fmt: skip
def _counted_relative(m: re.Match[str]) -> Meaning | None:
    amount = _number(m["number"])
    grain = _UNIT_GRAINS[lexicon.UNITS[m["unit"].lower()]]
    if amount is None or amount != int(amount):
        return None
    sign, anaphoric = lexicon.COUNTED_DIRECTIONS[re.sub(r"\s+", " ", m["direction"].lower())]
    if anaphoric:
        return Anaphoric(grain, sign * int(amount))
    return Deictic(grain, sign * int(amount))


@_rule("in-counted", r"(?<=\bin\s)" + _NUMBER + r"[\s-]{1,3}" + _UNIT + r"(?P<time>(?:'|’)?"
       + _SP + r"time)?", ("in two weeks", "in 10 days' time", "in a month's time"))  # fmt: skip
def _in_counted(m: re.Match[str]) -> Meaning | None:
    """A point ahead of the reference; "in a day" without "time" is an amount ("within")."""
    amount = _number(m["number"])
    grain = _UNIT_GRAINS[lexicon.UNITS[m["unit"].lower()]]
    if amount is None or amount != int(amount) or grain in (Grain.HOUR, Grain.MINUTE):
        return None
    if amount == 1 and not m["time"]:
        return None
    return Deictic(grain, int(amount))


@_rule("anaphoric-day", r"(?P<phrase>" + _alternation(lexicon.ANAPHORIC_DAYS) + r")",
       ("the following day", "the same day", "the day before", "that day"), priority=1)  # fmt: skip
def _anaphoric_day(m: re.Match[str]) -> Meaning:
    return Anaphoric(Grain.DAY, lexicon.ANAPHORIC_DAYS[re.sub(r"\s+", " ", m["phrase"].lower())])


@_rule("following-unit",
       r"the" + _SP + r"(?P<which>following|next|previous|preceding)" + _SP
       + r"(?P<unit>week|month|year)",
       ("the following week", "the previous year"))  # fmt: skip
def _following_unit(m: re.Match[str]) -> Meaning:
    sign = 1 if m["which"].lower() in ("following", "next") else -1
    return Anaphoric(Grain(m["unit"].lower()), sign)


@_rule("anchored-duration",
       r"the" + _SP + r"(?P<which>next|past|last|coming|previous|first)" + _SP
       + r"(?:" + _NUMBER + r"[\s-]{1,3})?" + _UNIT,
       ("the next 70 days", "the past three years", "the coming months", "the last decade"),
       priority=1)  # fmt: skip
def _anchored_duration(m: re.Match[str]) -> Meaning | None:
    which = m["which"].lower()
    unit = m["unit"].lower()
    grain = _UNIT_GRAINS[lexicon.UNITS[unit]]
    plural = unit.endswith("s") or unit == "centuries"
    if m["number"]:
        amount = _number(m["number"])
    elif plural:
        amount = None
    else:
        return None
    direction = 1 if which in ("next", "coming") else -1 if which in ("past", "last", "previous") else 0
    return Duration(grain, amount, direction)


@_rule("duration",
       _NUMBER + r"[\s-]{1,3}" + _UNIT + r"(?:[\s-]{1,3}(?:long|old))?",
       ("70 days", "nearly three years", "a decade", "three-year-long", "several weeks"))  # fmt: skip
def _duration(m: re.Match[str]) -> Meaning | None:
    word = m["number"].lower()
    if word in ("a", "an") and m["unit"].lower() in ("second", "quarter"):
        return None
    amount = _number(word)
    if amount is None and word == "some":
        return None
    return Duration(_UNIT_GRAINS[lexicon.UNITS[m["unit"].lower()]], amount)


@_rule("vague-duration",
       r"(?<=\bfor\s)(?P<unit>days|weeks|months|years|decades|centuries)",
       ("for years", "for decades"))  # fmt: skip
def _vague_duration(m: re.Match[str]) -> Meaning:
    return Duration(_UNIT_GRAINS[lexicon.UNITS[m["unit"].lower()]], None)


@_rule("reference", r"(?P<ref>" + _alternation(lexicon.REFERENCES) + r")",
       ("now", "recently", "in the past", "currently"))  # fmt: skip
def _reference(m: re.Match[str]) -> Meaning | None:
    before = m.string[max(0, m.start() - 10) : m.start()].lower()
    word = re.sub(r"\s+", " ", m["ref"].lower())
    if word == "now" and re.search(r"(?:from|until|till|by|right)\s{1,3}$", before):
        return None
    return Reference(lexicon.REFERENCES[word])


@_rule("every", r"(?:every|each)" + _SP + r"(?:(?P<weekday>" + _alternation(lexicon.WEEKDAYS)
       + r")|(?P<unit>day|week|month|year|morning|evening|night|weekend))",
       ("every Monday", "each year", "every day"))  # fmt: skip
def _every(m: re.Match[str]) -> Meaning:
    if m["weekday"]:
        return Recurrence(Grain.WEEK, weekday=lexicon.WEEKDAYS[m["weekday"].lower()])
    unit = m["unit"].lower()
    codes = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "weekend": "P1W"}
    grain = Grain.DAY if unit in ("morning", "evening", "night") else Grain(unit)
    part = lexicon.PARTS_OF_DAY.get(unit)
    return Recurrence(grain, value=f"XXXX-XX-XXT{part}" if part else codes[unit])


@_rule("frequency", r"(?P<freq>" + _alternation(lexicon.FREQUENCY_ADVERBS) + r")",
       ("daily", "annually", "weekly"))  # fmt: skip
def _frequency(m: re.Match[str]) -> Meaning:
    value = lexicon.FREQUENCY_ADVERBS[m["freq"].lower()]
    return Recurrence(Grain.DAY, value=value)


@_rule("clock",
       r"(?:(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5][0-9]))?" + r"\s?(?P<ampm>[ap]\.m\.|[ap]m)"
       r"|(?P<hour24>[01][0-9]|2[0-3]):(?P<minute24>[0-5][0-9])(?=\s{1,3}(?:GMT|UTC|ET|EST|local"
       r"|hours|h\b))|(?P<named>noon|midnight))",
       ("3 p.m.", "10:30 am", "noon", "14:30 GMT"), priority=1)  # fmt: skip
def _clock(m: re.Match[str]) -> Meaning:
    if m["named"]:
        return ClockTime(None, 12 if m["named"].lower() == "noon" else 0, 0)
    if m["hour24"]:
        return ClockTime(None, int(m["hour24"]), int(m["minute24"]))
    hour = int(m["hour"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    return ClockTime(None, hour, int(m["minute"]) if m["minute"] else 0)


RULES: Final[tuple[Rule, ...]] = (
    _iso_date, _month_day_year, _day_month_year, _month_year, _month_in_context, _shifted_month,
    _year_in_context, _possessive_year, _decade, _weekday, _weekday_plural, _deictic_day,
    _this_part_of_day, _shifted_unit, _the_weekend, _season, _quarter, _q_quarter,
    _counted_relative, _in_counted, _anaphoric_day, _following_unit, _anchored_duration,
    _duration, _vague_duration, _reference, _every, _frequency, _clock,
)  # fmt: skip

# --- Modifiers, joins and tense -------------------------------------------------------------

_POSITION_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?P<mod>" + _alternation(lexicon.POSITION_MODIFIERS) + r")(?:-|\s{1,3})$",
    re.IGNORECASE,
)
_AMOUNT_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?P<mod>" + _alternation(lexicon.AMOUNT_MODIFIERS) + r")\s{1,3}$", re.IGNORECASE
)
_TIME_JOIN = re.compile(r"^(?:,?\s{1,3}(?:at|on)?\s{0,3}|\s{1,3})$", re.IGNORECASE)
_FUTURE = re.compile(r"(?<![\w'’])(?:" + _alternation(lexicon.FUTURE_CUES) + r")(?![\w])", re.I)
_WORD = re.compile(r"[A-Za-z’']+")
_PRESENT = frozenset({"is", "are", "am", "says", "has", "have", "does", "do"})
_CLAUSE_BREAK = re.compile(r"[.!?;\n]")


def _with_modifier(text: str, mention: TimeMention) -> TimeMention:
    """Widen a mention over a position or amount modifier just before it."""
    before = text[max(0, mention.start - 24) : mention.start]
    table: dict[str, str]
    if isinstance(mention.meaning, Duration) and mention.meaning.direction == 0:
        found, table = _AMOUNT_BEFORE.search(before), lexicon.AMOUNT_MODIFIERS
    elif isinstance(mention.meaning, CalendarDate | PeriodOfYear | Deictic):
        found, table = _POSITION_BEFORE.search(before), lexicon.POSITION_MODIFIERS
    else:
        return mention
    if found is None:
        return mention
    start = mention.start - len(before) + found.start()
    mod = table[re.sub(r"\s+", " ", found["mod"].lower())]
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


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the clause around ``text[start:end]``: the nearest tense cue wins."""
    left = start
    while left > 0 and start - left < 300 and not _CLAUSE_BREAK.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < 300 and not _CLAUSE_BREAK.match(text[right]):
        right += 1
    best: tuple[int, Tense] | None = None

    def consider(position: int, tense: Tense) -> None:
        nonlocal best
        distance = start - position if position < start else position - end
        if best is None or distance < best[0]:
            best = (distance, tense)

    for cue in _FUTURE.finditer(text, left, right):
        if not start <= cue.start() < end:
            consider(cue.start(), Tense.FUTURE)
    for word in _WORD.finditer(text, left, right):
        if start <= word.start() < end:
            continue
        lower = word.group().lower().replace("’", "'")
        if lower in lexicon.IRREGULAR_PAST or (
            lower.endswith("ed") and len(lower) > 4 and lower not in lexicon.NOT_PAST_ED
        ):
            consider(word.start(), Tense.PAST)
        elif lower in _PRESENT:
            consider(word.start(), Tense.PRESENT)
    return best[1] if best is not None else Tense.UNKNOWN


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
    return [
        attrs.evolve(m, tense=clause_tense(text, m.start, m.end)) for m in mentions
    ]
