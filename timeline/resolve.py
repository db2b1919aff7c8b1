"""Resolve: turn what the words mean into a date, against an anchor. Here a Thursday becomes
2024-11-07.

``resolve(meaning, context)`` is a pure function: the same meaning and context always give
the same :class:`TimeValue`, and nothing here reads a clock. The context carries the
reference date (the publication date in news, the last explicit date in a narrative), the
tense of the clause, the last mentioned date (for "the following day") and, when the caller
wants one, an explicit :class:`Direction`.

Direction policy, when the words give none: in news, past tense looks back, future tense
looks forward, a plan told in the past ("was scheduled to") takes the nearest; otherwise a
bare weekday looks back (news reports what happened) and a month, a month-day or a season
takes the nearest one. A month or date without a year that the tense would put most of a
year away yields to one a few weeks away on the other side, unless its own verb says
otherwise (news gives another year's date its year). A narrative is told in the past tense,
so there the tense says nothing about the anchor: a weekday looks forward (the story moves
on), and a month or date without a year lies nearest the date last mentioned. "Next
Tuesday" is the first Tuesday after the reference day (said on a Monday, the next day);
"last Tuesday" the last one before it. Without a reference
date, relative expressions keep X's in their value and get no interval.

``extract_times`` runs extraction then resolution over a whole text, carrying the last
mentioned date from one expression to the next.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from typing import Final, Literal, get_args

import attrs

from timeline import lexicon
from timeline.documents import DocumentKind
from timeline.extract import (
    Anaphoric,
    CalendarDate,
    ClockTime,
    Containing,
    Deictic,
    Duration,
    Grain,
    Holiday,
    Meaning,
    PeriodOfYear,
    Recurrence,
    Reference,
    ReportingPeriod,
    Shifted,
    Tense,
    TimeMention,
    WeekdayRef,
    extract,
)

__all__ = [
    "MONTHS_PER_GRAIN",
    "Context",
    "Direction",
    "TimeExpression",
    "TimeValue",
    "add_months",
    "extract_times",
    "holiday_date",
    "resolve",
]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class Direction(enum.Enum):
    """Which way an expression without a year or shift looks from the reference date."""

    PAST = "past"
    FUTURE = "future"
    NEAREST = "nearest"


#: Direction taken when the clause's tense does not decide it, by kind of expression.
DEFAULT_DIRECTION: Final[dict[str, Direction]] = {
    "weekday": Direction.PAST,
    "weekend": Direction.PAST,
    "calendar": Direction.NEAREST,
}

#: Direction taken in a narrative, unless the clause is in the future tense.
NARRATIVE_DIRECTION: Final[dict[str, Direction]] = {
    "weekday": Direction.FUTURE,
    "weekend": Direction.FUTURE,
    "calendar": Direction.NEAREST,
}

#: How far a date without a year may lie in its tense's direction before a much nearer one
#: on the other side wins instead, and how near that one must be (days).
TENSE_REACH_DAYS: Final[int] = 300
NEAR_DAYS: Final[int] = 60

_TENSE_DIRECTION: Final[dict[Tense, Direction]] = {
    Tense.PAST: Direction.PAST,
    Tense.FUTURE: Direction.FUTURE,
    Tense.FUTURE_IN_PAST: Direction.NEAREST,
}


@attrs.frozen
class TimeValue:
    """A resolved value: TIMEX3 type and value, and the inclusive interval of days it covers.

    ``start``/``end`` are None when the value is not anchored (a bare duration, a set, or a
    relative expression with no reference date). ``anchor`` is the date it was resolved
    against, if any.
    """

    type: TimexType
    value: str
    start: dt.date | None = None
    end: dt.date | None = None
    grain: Grain | None = None
    mod: str | None = None
    anchor: dt.date | None = None

    @property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        """The inclusive interval of days, or None."""
        if self.start is None or self.end is None:
            return None
        return (self.start, self.end)


@attrs.frozen
class Context:
    """What resolution needs besides the words: reference date, tense, last mentioned date,
    the kind of document (a narrative's tense does not point away from its anchor), the
    last mentioned day, the last mentioned reporting period (a quarter or half: what "the
    quarter" refers to) and the cues of the words around (a deadline, "since", a tense that
    is firmly its own, a set a clock time keeps, a past perfect)."""

    reference: dt.date | None
    tense: Tense = Tense.UNKNOWN
    previous: TimeValue | None = None
    direction: Direction | None = None
    kind: DocumentKind = "news"
    period: TimeValue | None = None
    deadline: bool = False
    postponed: bool = False
    since: bool = False
    governed: bool = False
    after_in_sentence: bool = False
    recurring: bool = False
    last_day: TimeValue | None = None
    pluperfect: bool = False

    def direction_for(self, kind: str) -> Direction:
        """The direction for an expression of ``kind``: explicit, by tense, or the default.

        A deadline ("until Tuesday", "by Jan. 14") is often ahead of a past-tense verb ("was
        extended until"): a date takes the nearest, a weekday looks ahead unless the clause is
        in the past tense, where it takes the nearest; in the future tense both look ahead
        ("will close by December"); put off to a weekday ("was postponed until Tuesday"), it
        looks ahead whatever the tense. The start of a span lasting until now ("since Oct.
        23", "has risen since March") lies behind."""
        if self.direction is not None:
            return self.direction
        if self.since and self.kind == "news":
            return Direction.PAST
        if self.deadline and self.kind == "news":
            if self.tense is Tense.FUTURE:
                return Direction.FUTURE
            if kind == "calendar" or (
                self.tense in (Tense.PAST, Tense.FUTURE_IN_PAST) and not self.postponed
            ):
                return Direction.NEAREST
            return Direction.FUTURE
        if self.kind == "narrative" and self.tense is not Tense.FUTURE:
            return NARRATIVE_DIRECTION[kind]
        return _TENSE_DIRECTION.get(self.tense, DEFAULT_DIRECTION[kind])


# --- Calendar arithmetic -------------------------------------------------------------------

#: How many months a period of each grain of a month or longer spans.
MONTHS_PER_GRAIN: Final[dict[Grain, int]] = {
    Grain.MONTH: 1, Grain.SEASON: 3, Grain.QUARTER: 3, Grain.HALF: 6, Grain.YEAR: 12,
    Grain.DECADE: 120, Grain.CENTURY: 1200,
}  # fmt: skip
#: What follows the year in the value of a season, quarter or half: "2024-SU", "2024-Q3".
_PERIOD_PREFIXES: Final[dict[Grain, str]] = {Grain.SEASON: "", Grain.QUARTER: "Q", Grain.HALF: "H"}
_SEASON_MONTHS: Final[dict[str, int]] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_ORDER: Final[tuple[str, ...]] = ("WI", "SP", "SU", "FA")
_DURATION_CODES: Final[dict[Grain, tuple[str, float]]] = {
    Grain.SECOND: ("TS", 1), Grain.MINUTE: ("TM", 1), Grain.HOUR: ("TH", 1),
    Grain.DAY: ("D", 1), Grain.WEEKEND: ("D", 2), Grain.WEEK: ("W", 1),
    Grain.FORTNIGHT: ("W", 2), Grain.MONTH: ("M", 1), Grain.SEASON: ("M", 3),
    Grain.QUARTER: ("Q", 1), Grain.HALF: ("M", 6), Grain.YEAR: ("Y", 1),
    Grain.DECADE: ("DE", 1), Grain.CENTURY: ("CE", 1),
}  # fmt: skip


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    """The (year, month) ``count`` months after month ``month`` of ``year`` (before, if < 0)."""
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _day_value(day: dt.date, anchor: dt.date | None = None) -> TimeValue:
    return TimeValue("DATE", day.isoformat(), day, day, Grain.DAY, anchor=anchor)


def _week_value(monday: dt.date) -> TimeValue:
    year, week, _ = monday.isocalendar()
    return TimeValue(
        "DATE", f"{year:04d}-W{week:02d}", monday, monday + dt.timedelta(6), Grain.WEEK
    )


def _weekend_value(monday: dt.date) -> TimeValue:
    year, week, _ = monday.isocalendar()
    saturday = monday + dt.timedelta(5)
    return TimeValue(
        "DATE", f"{year:04d}-W{week:02d}-WE", saturday, saturday + dt.timedelta(1), Grain.WEEKEND
    )


def _year_value(year: int) -> TimeValue:
    """A year; one before year 1 (astronomical: 0 is 1 BC) is written "BC0001" as TIMEX2 and
    HeidelTime write it, with no interval: the calendar here starts at year 1."""
    if year < 1:
        return TimeValue("DATE", _year_digits(year))
    return TimeValue("DATE", f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), Grain.YEAR)


def _period_label(grain: Grain, index: int | str) -> str:
    """How a month, season, quarter or half of a year is written after its year: "11", "SU",
    "Q3", "H1"."""
    if grain is Grain.MONTH:
        return f"{int(index):02d}"
    return _PERIOD_PREFIXES[grain] + str(index)


def _period_value(year: int, grain: Grain, index: int | str) -> TimeValue:
    """Month, season, quarter or half number ``index`` (a season by its code) of ``year``; a
    winter runs into the next year."""
    value = f"{year:04d}-{_period_label(grain, index)}"
    months = MONTHS_PER_GRAIN[grain]
    first = _SEASON_MONTHS[str(index)] if grain is Grain.SEASON else months * (int(index) - 1) + 1
    end_year, end_month = add_months(year, first, months - 1)
    return TimeValue("DATE", value, dt.date(year, first, 1), _month_end(end_year, end_month), grain)


def _decade_value(decade: int) -> TimeValue:
    return TimeValue(
        "DATE", f"{decade:03d}X", dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31),
        Grain.DECADE,
    )  # fmt: skip


def _century_value(century: int) -> TimeValue:
    """A century by its first two digits (19XX); a negative one is the -century-th before the
    era, written by its years' digits as TIMEX2 does (the 5th BC is BC04), with no interval."""
    if century < 0:
        return TimeValue("DATE", f"BC{-century - 1:02d}", grain=Grain.CENTURY)
    first = max(century * 100, 1)
    return TimeValue(
        "DATE", f"{century:02d}XX", dt.date(first, 1, 1), dt.date(century * 100 + 99, 12, 31),
        Grain.CENTURY,
    )  # fmt: skip


def _period_containing(day: dt.date, grain: Grain) -> TimeValue:
    """The period of ``grain`` that contains ``day``."""
    if grain is Grain.DAY:
        return _day_value(day)
    if grain is Grain.WEEK:
        return _week_value(_week_start(day))
    if grain is Grain.WEEKEND:
        return _weekend_value(_week_start(day))
    if grain in (Grain.MONTH, Grain.QUARTER, Grain.HALF):
        return _period_value(day.year, grain, (day.month - 1) // MONTHS_PER_GRAIN[grain] + 1)
    if grain is Grain.SEASON:
        code = _SEASON_ORDER[(day.month % 12) // 3]
        return _period_value(day.year - 1 if day.month <= 2 else day.year, grain, code)
    if grain is Grain.DECADE:
        return _decade_value(day.year // 10)
    if grain is Grain.CENTURY:
        return _century_value(day.year // 100)
    return _year_value(day.year)


def _shift_period(day: dt.date, grain: Grain, count: int) -> TimeValue:
    """The period of ``grain`` that lies ``count`` periods from the one containing ``day``."""
    if grain in (Grain.DAY, Grain.SECOND, Grain.MINUTE, Grain.HOUR):
        return _day_value(day + dt.timedelta(days=count if grain is Grain.DAY else 0))
    if grain in (Grain.WEEK, Grain.WEEKEND):
        return _period_containing(_week_start(day) + dt.timedelta(weeks=count), grain)
    if grain is Grain.FORTNIGHT:
        return _day_value(day + dt.timedelta(weeks=2 * count))
    year, month = add_months(day.year, day.month, MONTHS_PER_GRAIN[grain] * count)
    return _period_containing(dt.date(year, month, 1), grain)


def _choose(candidates: list[TimeValue], reference: dt.date, direction: Direction) -> TimeValue:
    """Pick among candidate periods: the latest starting on or before the reference (past),
    the earliest ending on or after it (future), or the nearest to it. Raises ValueError
    when the calendar ends before a candidate in the asked direction (near years 1 and
    9999), so that the expression stays unresolved rather than point the wrong way."""
    assert candidates
    if direction is Direction.PAST:
        before = [c for c in candidates if c.start is not None and c.start <= reference]
        if not before:
            raise ValueError("no candidate before the reference")
        return max(before, key=lambda c: c.start or reference)
    if direction is Direction.FUTURE:
        after = [c for c in candidates if c.end is not None and c.end >= reference]
        if not after:
            raise ValueError("no candidate after the reference")
        return min(after, key=lambda c: c.start or reference)

    def distance(c: TimeValue) -> tuple[int, int]:
        assert c.start is not None and c.end is not None
        if c.start <= reference <= c.end:
            return (0, 0)
        gap = (c.start - reference).days if c.start > reference else (reference - c.end).days
        return (gap, 0 if c.start < reference else 1)

    return min(candidates, key=distance)


# --- Resolution by kind of meaning ---------------------------------------------------------


def _year_digits(year: int | None) -> str:
    """A year as a value starts: "1941", "BC0049" before the era, "XXXX" when unknown."""
    if year is None:
        return "XXXX"
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def _unresolved(meaning: Meaning) -> TimeValue:
    """The value of a meaning with no usable anchor, or outside the calendar's range (before
    the era): X's where the anchor would go."""
    if isinstance(meaning, CalendarDate):
        year = _year_digits(meaning.year)
        month = f"-{meaning.month:02d}" if meaning.month is not None else ""
        day = f"-{meaning.day:02d}" if meaning.day is not None else ""
        if meaning.month is None and meaning.day is not None:
            month = "-XX"
        return TimeValue("DATE", year + month + day)
    if isinstance(meaning, WeekdayRef):
        return TimeValue("DATE", f"XXXX-WXX-{meaning.weekday + 1}")
    if isinstance(meaning, PeriodOfYear):
        year = _year_digits(meaning.year)
        if meaning.grain is Grain.MONTH or meaning.grain in _PERIOD_PREFIXES:
            return TimeValue("DATE", f"{year}-{_period_label(meaning.grain, meaning.index)}")
        return TimeValue("DATE", f"{year}-{meaning.index}")
    if isinstance(meaning, ClockTime):
        day = _unresolved(meaning.day).value if meaning.day is not None else "XXXX-XX-XX"
        return TimeValue("TIME", day + _clock_suffix(meaning))
    if isinstance(meaning, ReportingPeriod):
        return TimeValue("DATE", "XXXX-QX" if meaning.grain is Grain.QUARTER else "XXXX")
    if isinstance(meaning, Deictic | Anaphoric):
        patterns = {
            Grain.WEEK: "XXXX-WXX", Grain.WEEKEND: "XXXX-WXX-WE", Grain.MONTH: "XXXX-XX",
            Grain.YEAR: "XXXX", Grain.QUARTER: "XXXX-QX", Grain.DECADE: "XXXX",
            Grain.CENTURY: "XXXX",
        }  # fmt: skip
        return TimeValue("DATE", patterns.get(meaning.grain, "XXXX-XX-XX"))
    return TimeValue("DATE", "XXXX-XX-XX")


def _clock_suffix(meaning: ClockTime) -> str:
    if meaning.hour is not None:
        return f"T{meaning.hour:02d}:{meaning.minute or 0:02d}"
    return f"T{meaning.part}"


def _resolve_calendar(meaning: CalendarDate, ref: dt.date | None, ctx: Context) -> TimeValue:
    if meaning.year is not None:
        if meaning.month is None:
            return _year_value(meaning.year)
        if meaning.day is None:
            return _period_value(meaning.year, Grain.MONTH, meaning.month)
        return _day_value(dt.date(meaning.year, meaning.month, meaning.day))
    if meaning.month is None and meaning.day is not None:
        if meaning.weekday is not None:
            return _day_of_weekday(meaning.day, meaning.weekday, ref, ctx) or _unresolved(meaning)
        return _day_of_month_in_view(meaning.day, ref, ctx) or _unresolved(meaning)
    if ref is None or meaning.month is None:
        return _unresolved(meaning)
    reach = 8 if (meaning.month, meaning.day) == (2, 29) else 1
    years = range(max(ref.year - reach, dt.MINYEAR), min(ref.year + reach, dt.MAXYEAR) + 1)
    candidates = []
    for year in years:
        if meaning.day is None:
            candidates.append(_period_value(year, Grain.MONTH, meaning.month))
        elif meaning.day <= calendar.monthrange(year, meaning.month)[1]:
            candidates.append(_day_value(dt.date(year, meaning.month, meaning.day)))
    direction = ctx.direction_for("calendar")
    if meaning.weekday is not None and meaning.day is not None:
        same_weekday = [c for c in candidates if c.start and c.start.weekday() == meaning.weekday]
        if same_weekday:
            candidates, direction = same_weekday, Direction.NEAREST
    if not candidates:
        return _unresolved(meaning)
    firm_deadline = ctx.deadline and ctx.tense is not Tense.FUTURE
    if ctx.direction is not None or ctx.since or firm_deadline or ctx.governed:
        return _choose(candidates, ref, direction)
    return _choose_by_tense(candidates, ref, direction)


#: Grains of a last mentioned date that "the 15th" follows, and the months, counted from
#: its own, where it may fall: in the month named, or in the day's month or one beside it.
_IN_VIEW: Final[dict[Grain, tuple[int, ...]]] = {Grain.MONTH: (0,), Grain.DAY: (-1, 0, 1)}
#: With no date mentioned before, the months around the reference where it may fall.
_AROUND_REFERENCE: Final[tuple[int, ...]] = (-2, -1, 0, 1, 2)


def _day_of_month_in_view(day: int, ref: dt.date | None, ctx: Context) -> TimeValue | None:
    """A day named by its ordinal alone ("on the 15th"): that day of the month last mentioned
    ("In March ... on the 15th"), the nearest one to the day last mentioned ("On Jan. 28 ...;
    on the 3rd" is Feb. 3), or else one around the reference in the tense's direction. None
    if there is none."""
    previous = ctx.previous
    if previous is not None and previous.start is not None and previous.grain in _IN_VIEW:
        near = _days_of_months(day, previous.start, _IN_VIEW[previous.grain])
        return _choose(near, previous.start, Direction.NEAREST) if near else None
    if ref is None:
        return None
    around = _days_of_months(day, ref, _AROUND_REFERENCE)
    return _choose(around, ref, ctx.direction_for("calendar")) if around else None


#: The months around a day, counted from its own, where a day of the month with its weekday
#: ("Thursday 7th") is looked for: such a pair recurs within 14 months, so each side holds
#: one whichever way the tense looks.
_WEEKDAY_MONTHS: Final[tuple[int, ...]] = tuple(range(-14, 15))


def _day_of_weekday(day: int, weekday: int, ref: dt.date | None, ctx: Context) -> TimeValue | None:
    """A day of the month named with its weekday ("Thursday 7th"): the one nearest the day
    last mentioned, or the reference in the tense's direction. None if there is none."""
    previous = ctx.previous
    named = previous is not None and previous.start is not None and previous.grain is Grain.DAY
    base = previous.start if named and previous is not None else ref
    if base is None:
        return None
    found = [
        value
        for value in _days_of_months(day, base, _WEEKDAY_MONTHS)
        if value.start is not None and value.start.weekday() == weekday
    ]
    direction = Direction.NEAREST if named else ctx.direction_for("calendar")
    return _choose(found, base, direction) if found else None


def _days_of_months(day: int, base: dt.date, offsets: tuple[int, ...]) -> list[TimeValue]:
    """The ``day`` of each month ``offsets`` away from ``base``'s, where it exists."""
    found = []
    for offset in offsets:
        year, month = add_months(base.year, base.month, offset)
        if dt.MINYEAR <= year <= dt.MAXYEAR and day <= calendar.monthrange(year, month)[1]:
            found.append(_day_value(dt.date(year, month, day)))
    return found


def _gap(value: TimeValue, reference: dt.date) -> int:
    """Days between ``reference`` and the nearest day of ``value`` (0 when inside it)."""
    assert value.start is not None and value.end is not None
    if value.start > reference:
        return (value.start - reference).days
    return max(0, (reference - value.end).days)


def _choose_by_tense(
    candidates: list[TimeValue], reference: dt.date, direction: Direction
) -> TimeValue:
    """Pick a month or date without a year in the tense's direction, unless that lands most of
    a year away while another is close: news names a date of another year with its year, so
    "said it would extend the bid to Nov. 6" written on Oct. 30 is this Nov. 6."""
    chosen = _choose(candidates, reference, direction)
    if direction is Direction.NEAREST:
        return chosen
    nearest = _choose(candidates, reference, Direction.NEAREST)
    if _gap(chosen, reference) > TENSE_REACH_DAYS and _gap(nearest, reference) <= NEAR_DAYS:
        return nearest
    return chosen


def _weekday_date(meaning: WeekdayRef, ref: dt.date, direction: Direction) -> dt.date:
    """The date a weekday reference names, seen from ``ref``."""
    back = (ref.weekday() - meaning.weekday) % 7
    ahead = (meaning.weekday - ref.weekday()) % 7
    if meaning.shift == -1:
        return ref - dt.timedelta(days=back or 7)
    if meaning.shift == 1:
        return ref + dt.timedelta(days=ahead or 7)
    if meaning.shift == 0:
        return _week_start(ref) + dt.timedelta(days=meaning.weekday)
    if direction is Direction.PAST:
        return ref - dt.timedelta(days=back)
    if direction is Direction.FUTURE:
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` of a month (``nth`` -1: the last one)."""
    if nth < 0:
        last = _month_end(year, month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def holiday_date(name: str, year: int) -> dt.date:
    """The day of the holiday ``name`` (a key of the lexicon's holiday tables) in ``year``."""
    if name in lexicon.FIXED_HOLIDAYS:
        return dt.date(year, *lexicon.FIXED_HOLIDAYS[name])
    if name in lexicon.WEEKDAY_HOLIDAYS:
        return _nth_weekday(year, *lexicon.WEEKDAY_HOLIDAYS[name])
    if name in lexicon.EASTER_HOLIDAYS:
        return _easter(year) + dt.timedelta(days=lexicon.EASTER_HOLIDAYS[name])
    month, weekday, nth, after = lexicon.AFTER_WEEKDAY_HOLIDAYS[name]
    return _nth_weekday(year, month, weekday, nth) + dt.timedelta(days=after)


def _start(value: TimeValue) -> dt.date:
    assert value.start is not None
    return value.start


def _resolve_holiday(meaning: Holiday, ref: dt.date | None, ctx: Context) -> TimeValue:
    if meaning.year is not None:
        return _day_value(holiday_date(meaning.name, meaning.year))
    if ref is None:
        return TimeValue("DATE", "XXXX-XX-XX")
    years = range(max(ref.year - 1, dt.MINYEAR), min(ref.year + 1, dt.MAXYEAR) + 1)
    candidates = [_day_value(holiday_date(meaning.name, year)) for year in years]
    if meaning.shift == -1:
        return max((c for c in candidates if c.start and c.start < ref), key=_start)
    if meaning.shift == 1:
        return min((c for c in candidates if c.start and c.start > ref), key=_start)
    if meaning.shift == 0:
        return next(c for c in candidates if c.start and c.start.year == ref.year)
    return _choose(candidates, ref, ctx.direction_for("calendar"))


def _resolve_period(meaning: PeriodOfYear, ref: dt.date | None, ctx: Context) -> TimeValue:
    if meaning.grain is Grain.DECADE:
        return _decade_value(int(meaning.index))
    if meaning.grain is Grain.CENTURY:
        return _century_value(int(meaning.index))
    if meaning.year is not None:
        return _period_value(meaning.year, meaning.grain, meaning.index)
    if meaning.anaphoric and meaning.year_offset is not None:
        anchor = _anaphoric_anchor(ctx, Grain.YEAR)
        if anchor is None:
            return _unresolved(meaning)
        year = anchor.year + meaning.year_offset
        return attrs.evolve(_period_value(year, meaning.grain, meaning.index), anchor=anchor)
    if meaning.anaphoric:
        previous = ctx.previous
        if previous is not None and previous.start is not None and previous.end is not None:
            return _period_after(meaning, previous.start, previous.end)
    if ref is None:
        return _unresolved(meaning)
    if meaning.year_offset is not None:
        return _period_value(ref.year + meaning.year_offset, meaning.grain, meaning.index)
    years = range(max(ref.year - 2, dt.MINYEAR), min(ref.year + 2, dt.MAXYEAR) + 1)
    candidates = [_period_value(year, meaning.grain, meaning.index) for year in years]
    if meaning.shift == 0:
        current = [c for c in candidates if c.start is not None and c.start.year == ref.year]
        return _choose(current or candidates, ref, Direction.NEAREST)
    if meaning.shift == -1:
        done = [c for c in candidates if c.end is not None and c.end < ref]
        return max(done, key=lambda c: c.end or ref)
    if meaning.shift == 1:
        coming = [c for c in candidates if c.start is not None and c.start > ref]
        return min(coming, key=lambda c: c.start or ref)
    direction = ctx.direction_for("calendar")
    if (
        meaning.grain in REPORTING_GRAINS
        and direction is Direction.FUTURE
        and not meaning.of_a_year
    ):
        # "plans to restructure after its third-quarter loss": a quarter or half told in
        # the future tense is still most often the one just reported.
        direction = Direction.NEAREST
    return _choose(candidates, ref, direction)


def _period_after(meaning: PeriodOfYear, start: dt.date, end: dt.date) -> TimeValue:
    """The month or season ``meaning.shift`` places from the days ``start``..``end`` of the
    date last mentioned: the first after it (+1), the last before it (-1), or the one of
    its year (0: "that winter")."""
    years = range(max(start.year - 1, dt.MINYEAR), min(end.year + 1, dt.MAXYEAR) + 1)
    candidates = [_period_value(year, meaning.grain, meaning.index) for year in years]
    if meaning.shift == 1:
        return min((c for c in candidates if _start(c) > end), key=_start)
    if meaning.shift == -1:
        return max((c for c in candidates if c.end is not None and c.end < start), key=_start)
    return next(c for c in candidates if _start(c).year == start.year)


def _resolve_deictic(meaning: Deictic, ref: dt.date, ctx: Context) -> TimeValue:
    if meaning.offset == 0 and meaning.grain is Grain.WEEKEND and ctx.tense is Tense.PAST:
        # "clocks went forward this weekend", told on a Monday: the one just gone
        this_weekend = _shift_period(ref, Grain.WEEKEND, 0)
        if this_weekend.start is not None and ref < this_weekend.start:
            return _shift_period(ref, Grain.WEEKEND, -1)
        return this_weekend
    if meaning.offset is not None:
        return _shift_period(ref, meaning.grain, meaning.offset)
    this_week = _period_containing(ref, meaning.grain)
    if meaning.grain is not Grain.WEEKEND:
        return this_week
    direction = ctx.direction_for("weekend")
    assert this_week.start is not None
    if (
        ref >= this_week.start
        or direction is Direction.FUTURE
        or (direction is Direction.NEAREST and (this_week.start - ref).days <= ref.weekday() + 2)
    ):
        return this_week
    return _shift_period(ref, Grain.WEEKEND, -1)


def _duration_value(meaning: Duration, ref: dt.date | None) -> TimeValue:
    code, per = _DURATION_CODES[meaning.grain]
    if meaning.amount is None:
        amount = "X"
    else:
        count = meaning.amount * per
        amount = str(int(count)) if count == int(count) else f"{count:g}"
    value = f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"
    if meaning.amount is not None and meaning.amount * per != int(meaning.amount * per):
        value = _split_fraction(meaning.amount * per, code) or value
    if (
        meaning.direction == 0
        or ref is None
        or meaning.amount is None
        or meaning.amount != int(meaning.amount)
        or code.startswith("T")
    ):
        return TimeValue("DURATION", value, grain=meaning.grain)
    count = int(meaning.amount)
    if meaning.direction > 0:
        start, end = ref, _add_units(ref, meaning.grain, count) - dt.timedelta(days=1)
    else:
        start, end = _add_units(ref, meaning.grain, -count) + dt.timedelta(days=1), ref
    return TimeValue("DURATION", value, start, end, Grain.DAY, anchor=ref)


#: The next smaller unit of a duration code and how many of it make one: a fraction of a
#: year is written in months ("P2Y6M"), of an hour in minutes ("PT5H30M").
_SMALLER_UNITS: Final[dict[str, tuple[str, int]]] = {
    "Y": ("M", 12), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60),
}  # fmt: skip


#: Years in the duration units longer than a year.
_YEARS_PER_CODE: Final[dict[str, int]] = {"DE": 10, "CE": 100}


#: The finest unit of a duration, which may keep a decimal fraction: "PT59.4S".
_FINEST_CODE: Final[str] = "TS"


def _split_fraction(count: float, code: str) -> str | None:
    """A fractional amount as whole units and the next smaller unit ("P2Y6M"), or decades and
    centuries in years ("P50Y" for half a century), when the fraction comes out whole in it
    or that unit is the second; else None."""
    if code in _YEARS_PER_CODE:
        years = count * _YEARS_PER_CODE[code]
        return f"P{round(years)}Y" if abs(years - round(years)) <= 1e-9 else None
    if code not in _SMALLER_UNITS:
        return None
    smaller, per = _SMALLER_UNITS[code]
    whole = int(count)
    rest = (count - whole) * per
    if abs(rest - round(rest)) <= 1e-9:
        rest = round(rest)
    elif smaller == _FINEST_CODE:
        rest = round(rest, 3)  # "3 minutes 59.4 seconds": PT3M59.4S
    else:
        return None
    big = f"{whole}{code[-1]}" if whole else ""
    small = f"{rest:g}{smaller[-1]}"
    if code.startswith("T"):
        return f"PT{big}{small}"
    if smaller.startswith("T"):
        return f"P{big}T{small}"
    return f"P{big}{small}"


def _add_units(day: dt.date, grain: Grain, count: int) -> dt.date:
    """``day`` moved by ``count`` units of ``grain`` (months keep the day where it exists)."""
    days = {Grain.DAY: 1, Grain.WEEKEND: 7, Grain.WEEK: 7, Grain.FORTNIGHT: 14}.get(grain)
    if days is not None:
        return day + dt.timedelta(days=days * count)
    months = MONTHS_PER_GRAIN.get(grain, 0)
    year, month = add_months(day.year, day.month, months * count)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


#: The hours after which a later clock time in the small hours lies past midnight, and the
#: small hours: "23:15 ... 00:20" is the next day.
_LATE_HOURS: Final[range] = range(18, 25)
_SMALL_HOURS: Final[range] = range(0, 6)


def _past_midnight(meaning: ClockTime, previous: TimeValue | None, day: dt.date) -> int:
    """1 when a clock time told after a late one on ``day`` lies past midnight ("At 23:15 the
    patient complained ... at 00:20 he was moved"), else 0."""
    if previous is None or previous.start != day or meaning.hour not in _SMALL_HOURS:
        return 0
    clock = _CLOCK_IN_VALUE.search(previous.value)
    return 1 if clock is not None and int(clock["hour"]) in _LATE_HOURS else 0


def _resolve_clock(meaning: ClockTime, ctx: Context) -> TimeValue:
    """A time of day or a part of the day on its day: a TIME, named day or not ("Thursday
    night", "the next morning", "tonight"), as TimeML defines the type and its value's time
    part says (TimeBank types them so; AQUAINT mostly types a named day's part DATE)."""
    if meaning.day is None and (
        ctx.recurring
        or (meaning.hour is None and ctx.kind == "news" and ctx.tense is not Tense.PAST)
    ):
        # "open daily from 9 a.m.", "take one in the morning": no one day; a part of the day
        # told in the past is of the day last mentioned ("The attack began at dawn")
        return _unresolved(meaning)
    if meaning.day is not None:
        day: TimeValue | None = resolve(meaning.day, ctx)
    else:
        # A clock time falls on the day its sentence names ("open Sunday from 10 a.m."), or
        # told in the past on the day last mentioned, if that is gone by ("He was shot on
        # Oct. 23 ... at 10 p.m."); otherwise on the reference day.
        anchor = ctx.reference
        if ctx.tense is Tense.PAST or ctx.after_in_sentence:
            last = _anaphoric_anchor(ctx, Grain.DAY)
            if last is not None and (anchor is None or last <= anchor or ctx.after_in_sentence):
                if not ctx.pluperfect or ctx.deadline:  # "It had started at 5 a.m."
                    last += dt.timedelta(days=_past_midnight(meaning, ctx.previous, last))
                anchor = last
        day = _day_value(anchor) if anchor is not None else None
    if meaning.hour == 24 and not ctx.deadline and meaning.part != "NI" and not meaning.closes:
        # midnight ends a day as a deadline ("expires at midnight Friday"), on its night ("at
        # midnight tonight") or closing a range ("from 10pm to midnight"); otherwise it starts
        # it ("just after midnight on Nov. 3")
        meaning = attrs.evolve(meaning, hour=0)
    suffix = _clock_suffix(meaning)
    if day is None or day.start is None or day.grain is not Grain.DAY:
        return _unresolved(meaning)
    if meaning.overnight:
        day = _day_value(day.start + dt.timedelta(days=1), day.anchor)
    return TimeValue("TIME", day.value + suffix, day.start, day.end, Grain.DAY, anchor=day.anchor)


#: Grains of the periods a company reports on, that "the quarter" or "the period" can name.
REPORTING_GRAINS: Final[frozenset[Grain]] = frozenset({Grain.QUARTER, Grain.HALF})


def _reporting_period(meaning: ReportingPeriod, ref: dt.date, ctx: Context) -> TimeValue:
    """The period last mentioned, if of the grain asked for, else the last quarter that ended
    before the reference day; moved back ``years_back`` years."""
    period = ctx.period
    if (
        period is None
        or period.start is None
        or period.grain is None
        or (meaning.grain is not None and period.grain is not meaning.grain)
        or (meaning.years_back == 0 and period.start > ref)
    ):
        year, month = add_months(ref.year, ref.month, -3)
        period = _period_containing(dt.date(year, month, 1), Grain.QUARTER)
    assert period.start is not None and period.grain is not None
    start = period.start
    year = meaning.year if meaning.year is not None else start.year - meaning.years_back
    if year == start.year:
        return period
    return _period_containing(start.replace(year=year), period.grain)


def _names_reporting_period(meaning: Meaning, value: TimeValue, reference: dt.date | None) -> bool:
    """Whether a resolved expression names the period a text reports on: a quarter or half
    by its number ("the third quarter") that has ended by the reference day, not one counted
    back from it ("the year-ago quarter") nor one counted from the reference ("next
    quarter")."""
    return (
        isinstance(meaning, PeriodOfYear)
        and (meaning.year_offset or 0) >= 0
        and value.grain in REPORTING_GRAINS
        and (reference is None or (value.end is not None and value.end < reference))
    )


def _recurrence_value(meaning: Recurrence) -> TimeValue:
    if meaning.weekday is not None:
        return TimeValue("SET", f"XXXX-WXX-{meaning.weekday + 1}", grain=Grain.WEEK)
    if meaning.every is not None:
        return TimeValue("SET", _duration_value(meaning.every, None).value, grain=meaning.grain)
    return TimeValue("SET", meaning.value or "P1D", grain=meaning.grain)


def _anaphoric_anchor(ctx: Context, grain: Grain) -> dt.date | None:
    """The day an anaphoric expression of ``grain`` counts from: the start of the last
    mentioned date when that is at least as fine as ``grain``, else of the last day
    mentioned ("On Saturday ... the highest since 2007. Two days later"), else the reference
    date."""
    if ctx.previous is not None and ctx.previous.value.startswith(_BEFORE_THE_ERA):
        return None  # a date before the era has no day on this calendar to count from
    for previous in (ctx.previous, ctx.last_day):
        if (
            previous is not None
            and previous.start is not None
            and previous.grain is not None
            and list(Grain).index(previous.grain) <= list(Grain).index(grain)
        ):
            return previous.start
    return ctx.reference


#: How a value before the era starts: "BC0049".
_BEFORE_THE_ERA: Final[str] = "BC"
_YEAR_OF_VALUE = re.compile(_BEFORE_THE_ERA + r"(?P<year>[0-9]{4})")
#: Grains counted in whole years, and how many each holds.
_YEARS_IN_GRAIN: Final[dict[Grain, int]] = {Grain.YEAR: 1, Grain.DECADE: 10, Grain.CENTURY: 100}


#: The last year before which a date last mentioned leaves a story in ancient times.
_ANCIENT_BEFORE: Final[int] = 1000


def _tells_ancient_time(value: TimeValue, previous: TimeValue | None) -> bool:
    """Whether a date before the era is the story's time, not an aside: when no date was
    mentioned before it, or only ancient ones ("Caesar crossed in January 49 BC. Two years
    later"; not "opened on Monday with coins from 44 BC. Two days later")."""
    if not value.value.startswith(_BEFORE_THE_ERA):
        return False
    return previous is None or previous.start is None or previous.start.year < _ANCIENT_BEFORE


def _years_from_before_the_era(meaning: Anaphoric, previous: TimeValue | None) -> TimeValue | None:
    """Years counted from a date before the era last mentioned: "in January 49 BC. Two years
    later" is 47 BC (the year only: the calendar here has no days before the era)."""
    found = _YEAR_OF_VALUE.match(previous.value) if previous is not None else None
    if found is None:
        return None
    year = 1 - int(found["year"]) + meaning.offset * _YEARS_IN_GRAIN[meaning.grain]
    if not -9998 <= year <= 9999:  # four digits either side of the era, as TIMEX3 writes
        return _unresolved(meaning)
    return TimeValue("DATE", _year_digits(year), grain=Grain.YEAR)


#: Grains counted on the clock: "six minutes later", "two hours earlier".
_CLOCK_GRAINS: Final[dict[Grain, dt.timedelta]] = {
    Grain.SECOND: dt.timedelta(seconds=1), Grain.MINUTE: dt.timedelta(minutes=1),
    Grain.HOUR: dt.timedelta(hours=1),
}  # fmt: skip
#: The clock time at the end of a value: the "16:52" of "2024-01-05T16:52".
_CLOCK_IN_VALUE = re.compile(r"T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})\Z")


def _later_on_the_clock(meaning: Anaphoric, previous: TimeValue | None) -> TimeValue | None:
    """Minutes or hours counted from the time last mentioned: "at 4:52 p.m. on Jan. 5. Six
    minutes later" is 16:58 that day; from a day without a time, that day ("On Monday ...
    Two hours later"), or the one the hours reach. None when no day was mentioned."""
    if previous is None or previous.start is None or previous.grain is not Grain.DAY:
        return None
    offset = _CLOCK_GRAINS[meaning.grain] * meaning.offset
    clock = _CLOCK_IN_VALUE.search(previous.value)
    if clock is None:
        day = previous.start + dt.timedelta(days=offset // dt.timedelta(days=1))
        return _day_value(day, anchor=previous.start)
    start = dt.datetime.combine(previous.start, dt.time()) + dt.timedelta(
        hours=int(clock["hour"]), minutes=int(clock["minute"])
    )
    moment = start + offset
    value = f"{moment.date().isoformat()}T{moment:%H:%M}"
    return TimeValue("TIME", value, moment.date(), moment.date(), Grain.DAY, anchor=previous.start)


def resolve(meaning: Meaning, context: Context) -> TimeValue:
    """The value of ``meaning`` in ``context``. Pure: no clock, no state.

    Relative expressions without a usable anchor come back with X's in the value and no
    interval; dates outside the calendar's range come back the same way.
    """
    try:
        return _resolve(meaning, context)
    except (OverflowError, ValueError):
        return _unresolved(meaning)


def _resolve(meaning: Meaning, ctx: Context) -> TimeValue:
    ref = ctx.reference
    if isinstance(meaning, CalendarDate):
        value = _resolve_calendar(meaning, ref, ctx)
        return value if meaning.year is not None else attrs.evolve(value, anchor=ref)
    if isinstance(meaning, PeriodOfYear):
        value = _resolve_period(meaning, ref, ctx)
        return value if meaning.year is not None else attrs.evolve(value, anchor=ref)
    if isinstance(meaning, Duration):
        return _duration_value(meaning, ref)
    if isinstance(meaning, Reference):
        return TimeValue("DATE", meaning.kind)
    if isinstance(meaning, Recurrence):
        return _recurrence_value(meaning)
    if isinstance(meaning, Containing):
        day = _named_day(meaning.base, ctx)
        if day is None:
            return TimeValue("DATE", "XXXX-WXX" + ("-WE" if meaning.grain is Grain.WEEKEND else ""))
        return attrs.evolve(_period_containing(day, meaning.grain), anchor=day)
    if isinstance(meaning, Shifted):
        day = _named_day(meaning.base, ctx)
        if day is None:
            return TimeValue("DATE", "XXXX-XX-XX")
        return _day_value(_add_units(day, meaning.grain, meaning.amount), anchor=day)
    if isinstance(meaning, Holiday):
        value = _resolve_holiday(meaning, ref, ctx)
        return value if meaning.year is not None else attrs.evolve(value, anchor=ref)
    if isinstance(meaning, ReportingPeriod):
        if ref is None:
            return _unresolved(meaning)
        return attrs.evolve(_reporting_period(meaning, ref, ctx), anchor=ref)
    if (
        isinstance(meaning, Deictic | Anaphoric)
        and meaning.same_period
        and ctx.period is not None
        and meaning.offset is not None
        and ref is not None
    ):
        return _reporting_period(ReportingPeriod(ctx.period.grain, -meaning.offset), ref, ctx)
    if isinstance(meaning, ClockTime):
        return _resolve_clock(meaning, ctx)
    if isinstance(meaning, Anaphoric) and meaning.grain in _CLOCK_GRAINS:
        later = _later_on_the_clock(meaning, ctx.previous)
        if later is not None:
            return later
    if isinstance(meaning, Anaphoric) and meaning.grain in _YEARS_IN_GRAIN:
        counted = _years_from_before_the_era(meaning, ctx.previous)
        if counted is not None:
            return counted
    if isinstance(meaning, Anaphoric):
        anchor = _anaphoric_anchor(ctx, meaning.grain)
        if anchor is None:
            return _unresolved(meaning)
        shifted = _shift_period(anchor, meaning.grain, meaning.offset)
        return attrs.evolve(shifted, anchor=anchor)
    if isinstance(meaning, WeekdayRef):
        anchor = _anaphoric_anchor(ctx, Grain.DAY) if meaning.anaphoric else ref
        if anchor is None:
            return _unresolved(meaning)
        day = _weekday_date(meaning, anchor, ctx.direction_for("weekday"))
        if ctx.since and meaning.shift is None and day == anchor and not meaning.anaphoric:
            day -= dt.timedelta(days=7)  # "out since Monday", told on a Monday: a week back
        return _day_value(day, anchor=anchor)
    if ref is None:
        return _unresolved(meaning)
    return attrs.evolve(_resolve_deictic(meaning, ref, ctx), anchor=ref)


def _named_day(meaning: Meaning, ctx: Context) -> dt.date | None:
    """The day a meaning names, when it resolves to one day: the base of "the week of Nov. 18"
    or "the day after Christmas"."""
    value = resolve(meaning, ctx)
    return value.start if value.start is not None and value.grain is Grain.DAY else None


# --- Whole texts -----------------------------------------------------------------------------


@attrs.frozen
class TimeExpression:
    """A temporal expression found in a text and its resolved TIMEX3 value.

    ``text[start:end]`` of the source text is ``text``. ``interval`` is the inclusive range of
    days the value covers, when it has one; ``anchor`` is the date it was resolved against.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    interval: tuple[dt.date, dt.date] | None
    granularity: str | None
    mod: str | None
    anchor: dt.date | None
    tense: str
    rule: str
    meaning: Meaning = attrs.field(repr=False)


_DOCUMENT_KINDS: Final[tuple[DocumentKind, ...]] = get_args(DocumentKind)
#: Grains of a last mentioned date that give a narrative's month or season without a year
#: its year: "In the spring of 1945 Berlin fell; on 8 May crowds celebrated".
_NARRATIVE_YEAR_GRAINS: Final[frozenset[Grain]] = frozenset(
    {Grain.DAY, Grain.WEEK, Grain.WEEKEND, Grain.MONTH, Grain.SEASON, Grain.QUARTER,
     Grain.HALF, Grain.YEAR}
)  # fmt: skip


def _narrative_year_reference(
    meaning: Meaning, previous: TimeValue | None
) -> tuple[dt.date, Direction | None] | None:
    """In a narrative, a date, month, season or holiday without a year follows the date last
    mentioned: the first one on or after it when that was a day, month or season ("In June
    1941 ... By December" is December 1941); near the middle of a year named ("In 1946 ...;
    in October" is October 1946). The reference and the direction to take from it."""
    day = meaning.day if isinstance(meaning, ClockTime) else meaning
    if (
        isinstance(day, (CalendarDate, PeriodOfYear, Holiday))
        and previous is not None
        and previous.start is not None
        and previous.end is not None
        and previous.grain in _NARRATIVE_YEAR_GRAINS
    ):
        if previous.grain is Grain.YEAR:
            return previous.start + (previous.end - previous.start) / 2, None
        return previous.start, Direction.FUTURE
    return None


#: Grains that can serve as the reference of a narrative's relative expressions.
_NARRATIVE_ANCHOR_GRAINS: Final[frozenset[Grain]] = frozenset({Grain.DAY})


def extract_times(
    text: str,
    published: dt.date | dt.datetime | None = None,
    kind: DocumentKind = "news",
) -> list[TimeExpression]:
    """Find and resolve every temporal expression in ``text``.

    News (``kind="news"``) resolves against the publication date; a datetime counts by its
    own calendar date. A narrative has no publication date: relative expressions follow the
    last explicit day-precise date of the text. Nothing is ever resolved against the clock.
    """
    if kind not in _DOCUMENT_KINDS:
        raise ValueError(f"kind must be {' or '.join(map(repr, _DOCUMENT_KINDS))}, not {kind!r}")
    if isinstance(published, dt.datetime):
        published = published.date()
    reference = published if kind == "news" else None
    previous: TimeValue | None = None
    last_day: TimeValue | None = None
    period: TimeValue | None = None
    found: list[TimeExpression] = []
    last: TimeValue | None = None  # the value of the mention just before
    for mention in extract(text):
        if kind == "narrative":
            mention = _in_story_time(mention)
        follows = (
            _narrative_year_reference(mention.meaning, previous) if kind == "narrative" else None
        )
        context = Context(
            follows[0] if follows else reference,
            mention.tense,
            previous,
            direction=follows[1] if follows else None,
            kind=kind,
            period=period,
            deadline=mention.deadline,
            postponed=mention.postponed,
            since=mention.since,
            governed=mention.governed,
            after_in_sentence=mention.after_in_sentence,
            recurring=mention.recurring,
            last_day=last_day,
            pluperfect=mention.pluperfect,
        )
        value = resolve(mention.meaning, context)
        if follows and follows[1] is Direction.FUTURE:
            value = _narrative_step(mention.meaning, value, follows[0], context)
        if mention.span_end and last is not None and last.start is not None:
            value = _span_end(mention.meaning, value, last.start, context)
        if mention.mod is not None:
            value = attrs.evolve(value, mod=mention.mod)
        last = value
        if value.type in ("DATE", "TIME") and (
            value.start is not None or _tells_ancient_time(value, previous)
        ):
            previous = value
            if value.grain is Grain.DAY:
                last_day = value
            if _names_reporting_period(mention.meaning, value, reference):
                period = value
            if kind == "narrative" and value.grain in _NARRATIVE_ANCHOR_GRAINS:
                reference = value.start
        found.append(
            TimeExpression(
                start=mention.start,
                end=mention.end,
                text=mention.text,
                type=value.type,
                value=value.value,
                interval=value.interval,
                granularity=_granularity(value.grain) if value.interval else None,
                mod=value.mod,
                anchor=value.anchor,
                tense=mention.tense.value,
                rule=mention.rule,
                meaning=mention.meaning,
            )
        )
    return found


def _in_story_time(mention: TimeMention) -> TimeMention:
    """A narrative's "the end of the decade", "early this year": a part of the current period
    is one of the story's, the period of the date last mentioned (a bare "this year" may be
    the author's own)."""
    meaning = mention.meaning
    if isinstance(meaning, Deictic) and meaning.offset == 0 and mention.mod is not None:
        return attrs.evolve(mention, meaning=Anaphoric(meaning.grain, 0))
    return mention


#: How far before the date last mentioned a narrative's yearless day may lie and still be
#: read as looking back ("On Dec. 11 ... after the attack of Dec. 7"; "entered Moscow on
#: Sept. 14. He crossed the Niemen on June 24"), rather than as the story moving on; a month
#: or season, only just before it ("On 3 March 1917 ... In February riots broke out", not
#: "On 12 April 1848 ... By December"); told in the past perfect, up to a year ("On 12
#: April ... In January the king had fled").
NARRATIVE_BACK_DAYS: Final[int] = 120
NARRATIVE_PERIOD_BACK_DAYS: Final[int] = 31
NARRATIVE_PLUPERFECT_BACK_DAYS: Final[int] = 366


def _narrative_step(meaning: Meaning, ahead: TimeValue, start: dt.date, ctx: Context) -> TimeValue:
    """A narrative's yearless date: the first on or after the date last mentioned (``ahead``),
    unless the one before it lies near enough to it to be looked back on. A deadline's past
    perfect tells of something done by then, not earlier ("By December it had reached
    Moscow"): a month or season as a deadline lies ahead."""
    if ahead.start is not None and ahead.start <= start:
        return ahead
    behind = resolve(meaning, attrs.evolve(ctx, direction=Direction.PAST))
    if behind.end is None or behind.end >= start:
        return ahead
    day = behind.grain is Grain.DAY
    if ctx.deadline and not day:
        return ahead
    reach = NARRATIVE_BACK_DAYS if day else NARRATIVE_PERIOD_BACK_DAYS
    if ctx.pluperfect and not ctx.deadline:
        reach = NARRATIVE_PLUPERFECT_BACK_DAYS
    return behind if (start - behind.end).days <= reach else ahead


def _span_end(meaning: Meaning, value: TimeValue, start: dt.date, ctx: Context) -> TimeValue:
    """The end of a span of days begun on ``start``: a date without a year is the first one
    on or after it ("Dec. 28 to Jan. 3"); a weekday keeps its own reading unless that falls
    before the start ("from Friday to Sunday"), though a span may run from long ago to it
    ("from Sept. 14 to Thursday")."""
    if isinstance(meaning, WeekdayRef) and value.start is not None and value.start >= start:
        return value
    return resolve(meaning, attrs.evolve(ctx, reference=start, direction=Direction.FUTURE))


_GRANULARITY: Final[dict[Grain, str]] = {
    Grain.SECOND: "day", Grain.MINUTE: "day", Grain.HOUR: "day", Grain.DAY: "day",
    Grain.WEEKEND: "week", Grain.WEEK: "week", Grain.FORTNIGHT: "week", Grain.MONTH: "month",
    Grain.SEASON: "season", Grain.QUARTER: "quarter", Grain.HALF: "half", Grain.YEAR: "year",
    Grain.DECADE: "decade", Grain.CENTURY: "century",
}  # fmt: skip


def _granularity(grain: Grain | None) -> str | None:
    return _GRANULARITY[grain] if grain is not None else None
