"""Lexicons and cue words: the data tables the rules are built from.

Everything language-specific that the extractor, the tense detector, the event finder and the
reconciler match against lives here, apart from the code that uses it. Keys are lower case;
the rules match case-insensitively unless they say otherwise.
"""

from __future__ import annotations

from typing import Final

# --- Calendar words -------------------------------------------------------------------------

MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: Month names that are also common English words: they need a day, a year or a
#: temporal preposition beside them before they count as a month ("may" the verb).
AMBIGUOUS_MONTHS: Final[frozenset[str]] = frozenset({"may", "march", "mar", "jan", "sep", "dec"})

#: Words before a month that end a reporting period at it: "the 12 months to June".
PERIOD_TO_MONTH_WORDS: Final[frozenset[str]] = frozenset({
    "12 months to", "three months to", "six months to", "nine months to", "year to",
    "quarter to", "half to", "period to",
})  # fmt: skip

#: Words just before a month name that make it a month ("in May"); a year is not needed.
MONTH_CONTEXT_WORDS: Final[frozenset[str]] = frozenset({
    "in", "since", "until", "till", "by", "during", "from", "through", "before", "after", "of",
    "last", "next", "this", "early", "late", "mid", "beginning of", "end of", "middle of",
    "start of", "for", "the", "a", "its", "their", "between", *PERIOD_TO_MONTH_WORDS,
})  # fmt: skip

#: The part of MONTH_CONTEXT_WORDS strong enough for a month that is also a word ("in May",
#: but not "by may" or "of march").
STRONG_MONTH_CONTEXT_WORDS: Final[frozenset[str]] = frozenset({
    "in", "since", "until", "till", "during", "early", "late", "mid", "last", "next", "this",
    "beginning of", "end of", "middle of", "start of", "through", *PERIOD_TO_MONTH_WORDS,
})  # fmt: skip

#: Words joining month names in a list or a span: "June and July", "January to April",
#: "June, July or August". A month after another one and one of these is a month too.
MONTH_LIST_WORDS: Final[frozenset[str]] = frozenset({
    "and", "or", "to", "through", "until", "till", "into",
})  # fmt: skip

#: Words that date a year approximately, as historians write: "c. 1200", "circa 1200".
CIRCA_WORDS: Final[frozenset[str]] = frozenset({"circa", "c.", "ca."})

#: Words just before a four-digit number that make it a year: "in 2024", "since 2019".
YEAR_CONTEXT_WORDS: Final[frozenset[str]] = frozenset({
    "in", "since", "until", "till", "by", "during", "from", "through", "before", "after", "of",
    *CIRCA_WORDS,
})  # fmt: skip

#: Words that join weekdays in a list, the first of which may lend the rest its shift:
#: "next Tuesday and Wednesday", "last Monday or Tuesday".
WEEKDAY_LIST_WORDS: Final[frozenset[str]] = frozenset({"and", "or"})

#: Units of weeks that count on from a coming weekday in British usage, and how many weeks
#: each is: "Tuesday week", "a fortnight on Saturday".
WEEKS_ON_WEEKDAY: Final[dict[str, int]] = {"week": 1, "fortnight": 2}

#: Words of approximation before a four-digit number that make it a year only when no noun
#: follows: "around 1476, when ..." but "around 1200 people".
APPROXIMATE_YEAR_WORDS: Final[frozenset[str]] = frozenset({"around", "about"})

#: Words that may follow such a year: "around 1476 the press reached England".
WORDS_AFTER_APPROXIMATE_YEAR: Final[frozenset[str]] = frozenset({
    "when", "and", "but", "the", "a", "an", "as", "in", "on", "at", "by", "after", "before",
    "until", "to", "he", "she", "it", "they", "his", "her", "its", "their", "that", "or",
})  # fmt: skip

#: Words just before a three-digit number that make it a year of the first millennium,
#: when no noun follows: "sacked in 410", "in 793, Vikings raided Lindisfarne" (not "one in
#: 100", "in 300 words").
EARLY_YEAR_CONTEXT_WORDS: Final[frozenset[str]] = frozenset({"in"})

#: Words that may follow such a year (a number, a noun or "to" would make it an amount).
WORDS_AFTER_EARLY_YEAR: Final[frozenset[str]] = frozenset({
    "when", "and", "the", "a", "an", "as", "he", "she", "it", "they", "his", "her", "its",
    "their", "after", "before", "under", "by", "but", "while", "during",
})  # fmt: skip

#: Words that may follow such a year after a comma: "sacked in 410, and again in 455" (not
#: "completed the rounds in 272, a record").
CLAUSE_WORDS_AFTER_EARLY_YEAR: Final[frozenset[str]] = frozenset({
    "when", "and", "but", "after", "before", "while", "where", "which", "as", "he", "she", "it",
    "they",
})  # fmt: skip

#: Lowest and highest four-digit numbers taken for a year with no word around to say so:
#: "the 1996 campaign", "between 1994 and 1997".
BARE_YEAR_RANGE: Final[tuple[int, int]] = (1700, 2099)

#: Words before a number that make it a label or a count, not a year: "Room 2024", "Flight
#: 1990", "some 1500", "at 1800" (a clock time).
NOT_YEAR_BEFORE: Final[frozenset[str]] = frozenset({
    "room", "flight", "no", "no.", "number", "page", "pages", "route", "version", "model",
    "article", "section", "chapter", "highway", "interstate", "bus", "platform", "gate", "suite",
    "box", "code", "resolution", "item", "exit", "channel", "track", "level", "grade", "ward",
    "district", "precinct", "line", "unit", "apartment", "lot", "pier", "terminal", "figure",
    "table", "rule", "bill", "motion", "decree", "at", "about", "some", "nearly", "almost",
    "over", "under", "aged", "ages",
})  # fmt: skip

#: Words before digits that make them a label, not a date in digits: "version 1.2.2024".
NOT_DATE_BEFORE: Final[frozenset[str]] = frozenset({
    "version", "ver.", "v.", "release", "build", "revision", "rev.", "firmware", "model",
    "no.", "number", "section", "article", "code", "ref.", "reference", "serial",
})  # fmt: skip

#: Signs just before a number that make it an amount: "$1990".
CURRENCY_SIGNS: Final[frozenset[str]] = frozenset({"$", "#", "\u00a3", "\u20ac", "\u00a5"})

#: Words that may open an amount of money after "of": "a loss of about $3 million".
AMOUNT_HEDGES: Final[frozenset[str]] = frozenset({
    "about", "nearly", "almost", "roughly", "around", "some", "more than", "less than", "just",
    "US$", "C$", "A$", "HK$",
})  # fmt: skip

#: Words after a number that make it a count or a measure, not a year: "2000 people".
MEASURE_WORDS: Final[frozenset[str]] = frozenset({
    "percent", "per", "people", "persons", "men", "women", "children", "troops", "soldiers",
    "workers", "jobs", "employees", "students", "miles", "kilometers", "kilometres", "km", "meters",
    "metres", "feet", "ft", "yards", "tons", "tonnes", "pounds", "kilograms", "kg", "dollars",
    "euros", "yen", "yuan", "barrels", "acres", "hectares", "cars", "units", "shares", "votes",
    "seats", "cases", "deaths", "points", "words", "hours", "hrs", "gmt", "utc", "local",
    "degrees", "calories", "rounds", "homes", "houses", "members",
})  # fmt: skip

#: Words that make a four-digit number a year and belong to the expression: "fiscal 2025".
YEAR_QUALIFIERS: Final[frozenset[str]] = frozenset({"fiscal", "the year", "year"})

#: Era marks of a year, and whether the year is counted back (before the common era):
#: "49 BC", "AD 800", "800 CE".
ERAS: Final[dict[str, bool]] = {
    "bc": True, "b.c.": True, "bce": True, "b.c.e.": True, "ad": False, "a.d.": False,
    "ce": False, "c.e.": False,
}  # fmt: skip

#: Years that, followed by a bare "BC", name British Columbia's event rather than an era.
MODERN_YEARS: Final[tuple[int, int]] = (1900, 2099)

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

#: Short weekday names, read only just before a date ("Tue, Nov 5", "Fri November 8, 2024"),
#: where datelines and page headers use them; alone, "Sun", "Sat" and "Wed" are other words.
WEEKDAY_ABBREVIATIONS: Final[dict[str, int]] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

SEASONS: Final[dict[str, str]] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

#: Season names that are also common English words: alone, they are never a season.
AMBIGUOUS_SEASONS: Final[frozenset[str]] = frozenset({"fall"})

#: Words just before a season name that make it a season without a year: "until spring".
SEASON_CONTEXT_WORDS: Final[frozenset[str]] = frozenset({
    "until", "till", "in", "by", "since", "during", "before", "after", "the", "early", "late",
})  # fmt: skip

#: Parts of the day and their TIMEX3 codes.
PARTS_OF_DAY: Final[dict[str, str]] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

#: Moments of the day's light and the part of the day they fall in: "at dawn", "by nightfall".
DAYLIGHT_MOMENTS: Final[dict[str, str]] = {
    "dawn": "MO", "daybreak": "MO", "first light": "MO", "sunrise": "MO", "dusk": "EV",
    "sunset": "EV", "nightfall": "NI",
}  # fmt: skip

#: Words before a moment of the day's light that make it a time: "at dawn", "before dusk"
#: ("the dawn of a new era" is none).
DAYLIGHT_BEFORE: Final[frozenset[str]] = frozenset({
    "at", "by", "before", "after", "until", "till", "around", "toward", "towards", "from",
    "since", "near",
})  # fmt: skip

#: Words before "the morning", "the afternoon" or "the evening" alone that make it a part
#: of the day told of: "in the afternoon", "by the evening", "during the night"; those of
#: :data:`PART_OF_DAY_BARE_BEFORE` also without the article ("By evening the town fell").
PART_OF_DAY_BEFORE: Final[frozenset[str]] = frozenset({"in", "by", "during", "until", "till"})
PART_OF_DAY_BARE_BEFORE: Final[frozenset[str]] = frozenset({"by", "until", "till"})

#: Words that may follow a part of the day told of, besides a capitalised one or the end of
#: a clause: "at dawn on Friday", "by evening the town had fallen", "at dawn yesterday" (not
#: "the morning papers").
WORDS_AFTER_PART_OF_DAY: Final[frozenset[str]] = frozenset({
    "on", "of", "when", "and", "the", "a", "an", "as", "he", "she", "it", "they", "we", "i",
    "his", "her", "its", "their", "after", "before", "under", "by", "but", "while", "during",
    "yesterday", "today", "tomorrow", "there", "then",
})  # fmt: skip

#: Words before an amount of time that make "from" after it the start of a span, not a
#: day counted on: "the 10 days from Monday", "valid for 14 days from today".
AMOUNT_SPAN_BEFORE: Final[frozenset[str]] = frozenset({
    "the", "for", "over", "within", "during", "in", "serve", "serves", "served", "valid",
    "last", "lasts", "lasted", "next", "first",
})  # fmt: skip

#: Words before a clock time with a one-digit hour and no a.m. or p.m. that make it a time
#: ("at 7:45"); after "to" or "from" it is as often a verse or odds ("John 3:16 to 3:18").
ONE_DIGIT_CLOCK_BEFORE: Final[frozenset[str]] = frozenset({
    "at", "by", "until", "till", "before", "after", "around", "about", "approximately",
    "roughly", "shortly",
})  # fmt: skip

#: Times of day named by a word, and their hour; midnight is 24, the end of its day, which
#: resolution keeps for deadlines ("expires at midnight Friday": T24:00) and turns to 0
#: elsewhere ("just after midnight on Nov. 3").
NAMED_HOURS: Final[dict[str, int]] = {"noon": 12, "midday": 12, "midnight": 24}

#: Words just before a clock time without a.m., p.m. or a zone that make it a time ("at 14:05",
#: "from 09:30", "at 7:45"); alone, "14:05" may be a score, a ratio or a verse.
CLOCK_CONTEXT_WORDS: Final[frozenset[str]] = frozenset({
    "at", "from", "until", "till", "by", "to", "before", "after", "around", "about", "between",
    "since", "approximately", "roughly", "shortly", "-", "\u2013",
})  # fmt: skip

#: Words after "o'clock" that make it a programme's name: "the ten o'clock news".
O_CLOCK_PROGRAMMES: Final[frozenset[str]] = frozenset({"news", "bulletin", "show"})

#: Parts of the day in which a clock hour without a.m. or p.m. is after noon, and the hours
#: so read: "four o'clock this afternoon" (16:00), "10:30 tonight" (22:30); in the small
#: hours of a night, "3 on Tuesday night" stays 03:00.
AFTERNOON_HOURS: Final[dict[str, range]] = {
    "AF": range(1, 12), "EV": range(1, 12), "NI": range(6, 12),
}  # fmt: skip

#: Halves of the day after a clock hour, and whether they are after noon: "4 in the morning".
CLOCK_HALVES: Final[dict[str, bool]] = {
    "morning": False, "afternoon": True, "evening": True,
}  # fmt: skip

#: Parts of a day named after a bare hour, and the hours that make a clock time of them, with
#: their half of the day (True: after noon): "at 11 tonight", "at 10 this morning" (not "at
#: 1 last night", in the small hours, or "12 tonight").
PARTS_TELLING_HALF: Final[dict[str, tuple[range, bool]]] = {
    "this morning": (range(5, 12), False), "tomorrow morning": (range(5, 12), False),
    "yesterday morning": (range(5, 12), False), "this afternoon": (range(1, 6), True),
    "tomorrow afternoon": (range(1, 6), True), "yesterday afternoon": (range(1, 6), True),
    "this evening": (range(5, 12), True), "tomorrow evening": (range(5, 12), True),
    "yesterday evening": (range(5, 12), True), "tonight": (range(6, 12), True),
    "last night": (range(6, 12), True), "tomorrow night": (range(6, 12), True),
}  # fmt: skip
#: Words before such an hour that make it a time ("until 10 this morning"; not "by 3", "about
#: 8": margins and counts).
HOUR_TOLD_BEFORE: Final[frozenset[str]] = frozenset({"at", "until", "till", "before", "after"})

#: Decades in words and their tens: "the nineties" (taken in the 1900s).
DECADE_WORDS: Final[dict[str, int]] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

#: Time zones written after a clock time: "14:30 GMT".
TIME_ZONES: Final[frozenset[str]] = frozenset({
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "et", "est", "edt", "ct", "cst", "cdt", "mt",
    "mst", "mdt", "pt", "pst", "pdt", "local", "local time",
})  # fmt: skip

#: Names after "BC" that make it British Columbia's, not an era: "BC Hydro", "BC Liberals".
BRITISH_COLUMBIA_NAMES: Final[frozenset[str]] = frozenset({
    "hydro", "liberals", "liberal", "ndp", "ferries", "transit", "place", "lions", "housing",
    "parks", "wildfire", "government", "supreme", "court", "coroners", "hospital", "hospitals",
    "residents", "customers", "voters", "united", "conservatives", "greens", "teachers",
})  # fmt: skip

#: Time zones that make a four-digit number a clock time ("1400 GMT"), written in capitals:
#: the two-letter ones are as often a company's or a place's letters ("In 2019 PT Freeport").
FOUR_DIGIT_CLOCK_ZONES: Final[frozenset[str]] = frozenset({
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
    "PST", "PDT",
})  # fmt: skip

#: Words before a four-digit clock time in hours that make it one ("at 0400 hours"; "up to
#: 1500 hours" or "after 1200 hours of testing" is an amount).
FOUR_DIGIT_HOURS_BEFORE: Final[frozenset[str]] = frozenset({"at", "by", "until", "till"})

#: Two-digit years below this are taken in the 2000s, others in the 1900s: "FY24", "Nov '24",
#: "2H25", "May '68".
TWO_DIGIT_YEAR_PIVOT: Final[int] = 50

#: Words before "the 15th" that make it a day of the month in view: "on the 15th", "by the
#: 25th".
ORDINAL_DAY_BEFORE: Final[frozenset[str]] = frozenset({
    "on", "by", "until", "till", "from", "since", "before", "after",
})  # fmt: skip

#: Words that join two such days, after which the second is one too: "from the 14th to the
#: 16th", "on the 14th and 15th" (not "went up to the 15th", a floor).
ORDINAL_DAY_LINKS: Final[frozenset[str]] = frozenset({
    "to", "and", "or", "through", "until", "till",
})  # fmt: skip

#: Words before "of" that take such a day: "the week of the 14th", "the night of the 3rd"
#: (not "the bottom of the 9th", an inning).
ORDINAL_DAY_OF: Final[frozenset[str]] = frozenset({
    "week", "weekend", "night", "morning", "afternoon", "evening",
})  # fmt: skip

#: Words that may follow such a day: a preposition, a conjunction, or the subject of the
#: clause it opens ("On the 15th he abdicated"). A noun instead makes an ordinal of it ("the
#: 15th floor", "the 15th anniversary"); a link word ("to", "through") must lead on to
#: another day.
ORDINAL_DAY_AFTER: Final[frozenset[str]] = frozenset({
    "and", "or", "at", "when", "with", "in", "for", "from", "as", "before", "after", "but",
    "he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "his", "her", "its",
    "their", "our", "there", "this",
})  # fmt: skip

ORDINALS: Final[dict[str, int]] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip

#: Ordinal words of centuries: "the nineteenth century".
CENTURY_ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}  # fmt: skip

#: Words before "year's" that place a quarter or half in a year counted from the reference
#: year: "last year's third quarter".
YEAR_POSSESSORS: Final[dict[str, int]] = {"this": 0, "last": -1, "next": 1}

#: Words between "the" and "quarter" or "period" that name the period a company reports on
#: (0) or the same period a year before (1): "the latest quarter", "the year-ago period".
REPORTING_PERIOD_WORDS: Final[dict[str, int]] = {
    "latest": 0, "year-earlier": 1, "year-ago": 1, "comparable": 1,
    "corresponding": 1, "year-before": 1,
}  # fmt: skip

NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a dozen": 12, "dozen": 12, "half a dozen": 6,
}  # fmt: skip

#: Fractions and mixed numbers before a unit: "half a century", "a quarter of an hour",
#: "two and a half years".
FRACTION_WORDS: Final[dict[str, float]] = {
    "half a": 0.5, "half an": 0.5, "a half": 0.5, "a quarter of a": 0.25,
    "a quarter of an": 0.25, "a quarter": 0.25, "three quarters of a": 0.75,
    "three quarters of an": 0.75, "three-quarters of a": 0.75, "three-quarters of an": 0.75,
} | {
    f"{word} and a half": count + 0.5
    for word, count in (
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    )
}  # fmt: skip

#: Words for one that are articles, not numerals: "a second" is rarely an amount of time.
INDEFINITE_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})

#: Articles, before a name: "the Sunday Times", "a Mail on Sunday reporter".
ARTICLES: Final[frozenset[str]] = INDEFINITE_ARTICLES | {"the"}

#: Tens and ones that join with a hyphen into a number word: "twenty-one".
TENS_WORDS: Final[frozenset[str]] = frozenset(
    word for word, value in NUMBER_WORDS.items() if value in range(20, 100, 10)
)
ONES_WORDS: Final[frozenset[str]] = frozenset(
    word
    for word, value in NUMBER_WORDS.items()
    if value in range(1, 10) and word.isalpha() and word not in INDEFINITE_ARTICLES
)

#: Hours of a clock in words: "at eleven o'clock".
CLOCK_HOUR_WORDS: Final[dict[str, int]] = {
    word: value
    for word, value in NUMBER_WORDS.items()
    if word in ONES_WORDS or (word.isalpha() and value in (10, 11, 12) and word != "dozen")
}

#: Quantities that name no number: the duration's count becomes "X" (P-X-Y).
VAGUE_QUANTITIES: Final[frozenset[str]] = frozenset({"several", "a few", "few", "many", "some"})

#: Vague quantities that do not make an amount of time of a unit: "some days" are not a span.
NON_DURATION_QUANTITIES: Final[frozenset[str]] = frozenset({"some"})

#: Units of time as written, singular, plural and abbreviated ("45 mins", "3 hrs"; not a
#: bare "min", as in "5 min read"),
#: to the grain name used by the rules.
UNITS: Final[dict[str, str]] = {
    "second": "second", "seconds": "second", "secs": "second", "minute": "minute",
    "minutes": "minute", "mins": "minute", "hour": "hour", "hours": "hour",
    "hrs": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight", "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "business days": "day", "working days": "day", "trading days": "day",
}  # fmt: skip
#: Units of days that skip weekends and holidays: amounts only, never counted on the calendar.
WORKING_DAY_UNITS: Final[frozenset[str]] = frozenset(
    {"business days", "working days", "trading days"}
)

#: Units that after "a" or "an" are rarely an amount of time: "a second time", "a quarter of".
ARTICLE_AMBIGUOUS_UNITS: Final[frozenset[str]] = frozenset({"second", "quarter"})

#: Units after a shift word: "last week", "this year", "next weekend".
SHIFTED_UNITS: Final[frozenset[str]] = frozenset({
    "week", "month", "year", "quarter", "decade", "century", "weekend",
})  # fmt: skip

#: Units after "the following" or "the previous": "the following week".
ANAPHORIC_UNITS: Final[frozenset[str]] = frozenset(
    {"week", "month", "quarter", "year", "decade", "century"}
)

#: Plural units that after "for" are an amount of time without a number: "for years".
VAGUE_DURATION_UNITS: Final[frozenset[str]] = frozenset({
    "days", "weeks", "months", "years", "decades", "centuries",
})  # fmt: skip

#: Words before a bare plural unit that make it an amount of time: "for years", "within
#: days", "after weeks of talks", "it could take months".
VAGUE_DURATION_CONTEXT: Final[frozenset[str]] = frozenset({
    "for", "within", "after", "take", "takes", "took", "taking", "lasted", "lasting", "spent",
    "spend", "spends",
})  # fmt: skip

#: Bare plural units that an amount-of-time context makes a vague duration ("for hours").
VAGUE_AMOUNT_UNITS: Final[frozenset[str]] = VAGUE_DURATION_UNITS | {"hours"}

#: Units after "every" or "each" and the TIMEX3 value of the set they name: "every week".
RECURRING_UNITS: Final[dict[str, str]] = {
    "day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "weekend": "P1W",
    "quarter": "P1Q",
}  # fmt: skip

#: Units after "every other": "every other week" recurs every two weeks.
EVERY_OTHER_UNITS: Final[dict[str, str]] = {
    "day": "P2D", "week": "P2W", "month": "P2M", "year": "P2Y", "quarter": "P2Q",
}  # fmt: skip

#: Parts of the day after "every" or "each": "every morning" (their codes: PARTS_OF_DAY).
RECURRING_PARTS_OF_DAY: Final[frozenset[str]] = frozenset({"morning", "evening", "night"})

#: Year phrases a report is about when a preposition comes before them: "for the year",
#: "in the fiscal year" (the year of the reference date, or its last year: "latest").
REPORT_YEARS: Final[dict[str, int]] = {
    "the year": 0, "the full year": 0, "the fiscal year": 0, "the current fiscal year": 0,
    "its fiscal year": 0, "the latest fiscal year": -1,
}  # fmt: skip

#: Shorter periods a report is about after a preposition: "for the week", "in the month".
REPORT_PERIODS: Final[dict[str, str]] = {"the week": "week", "the month": "month"}

#: Words before "the year" that make it the year a report is about ("for the year").
REPORT_YEAR_OPENERS: Final[frozenset[str]] = frozenset({
    "for", "in", "during", "throughout", "through",
})  # fmt: skip

#: Words after a year phrase that make it the span of a fiscal year: "the year ended June 30".
FISCAL_SPAN_WORDS: Final[frozenset[str]] = frozenset({"ended", "ending", "ends", "to"})

#: Words after "the year" that make it some other year: "the year before", "the year of".
NOT_REPORT_YEAR_AFTER: Final[frozenset[str]] = frozenset({
    "before", "after", "earlier", "ago", "later", "of", "when", "that", "in", "since", "he", "she",
    "they", "we", "i", "it",
})  # fmt: skip

#: The hundreds of a year said in words: "nineteen ninety-six".
SPELLED_CENTURIES: Final[dict[str, int]] = {"seventeen": 17, "eighteen": 18, "nineteen": 19}

#: Holidays on a fixed day of the year: (month, day).
FIXED_HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "new year's day": (1, 1), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
    "independence day": (7, 4), "bastille day": (7, 14), "halloween": (10, 31),
    "veterans day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
    "boxing day": (12, 26), "new year's eve": (12, 31), "fourth of july": (7, 4),
    "may day": (5, 1), "hogmanay": (12, 31), "bonfire night": (11, 5), "guy fawkes night": (11, 5),
    "st. george's day": (4, 23), "anzac day": (4, 25), "canada day": (7, 1),
    "australia day": (1, 26), "juneteenth": (6, 19), "all saints' day": (11, 1),
}  # fmt: skip

#: Holidays on the n-th weekday of a month (n = -1: the last): (month, weekday, n).
WEEKDAY_HOLIDAYS: Final[dict[str, tuple[int, int, int]]] = {
    "martin luther king day": (1, 0, 3), "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3),
    "mother's day": (5, 6, 2), "memorial day": (5, 0, -1), "father's day": (6, 6, 3),
    "labor day": (9, 0, 1), "columbus day": (10, 0, 2), "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4), "super tuesday": (3, 1, 1),
}  # fmt: skip

#: Holidays counted in days from Easter Sunday.
EASTER_HOLIDAYS: Final[dict[str, int]] = {
    "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "ash wednesday": -46,
    "palm sunday": -7, "pentecost": 49, "mothering sunday": -21,
}  # fmt: skip

#: Holidays on the day after the n-th weekday of a month: US Election Day, the Tuesday after
#: the first Monday of November: (month, weekday, n, days after).
AFTER_WEEKDAY_HOLIDAYS: Final[dict[str, tuple[int, int, int, int]]] = {
    "election day": (11, 0, 1, 1), "black friday": (11, 3, 4, 1), "cyber monday": (11, 3, 4, 4),
}  # fmt: skip

#: Capitalised words before a weekday that make it part of a name, not a day: "Bloody
#: Sunday", "Black Monday" (1987), "Super Saturday".
NAMED_DAY_WORDS: Final[frozenset[str]] = frozenset({
    "black", "bloody", "blue", "super", "manic", "holy", "maundy", "shrove", "big", "red",
    "white", "green", "giving", "mega",
})  # fmt: skip

#: Capitalised words after an article and a weekday that make it a newspaper's name, not a day:
#: "the Sunday Times", "the Sunday Telegraph" (not "On Tuesday Business Secretary ...").
NAMED_DAY_WORDS_AFTER: Final[frozenset[str]] = frozenset({
    "times", "telegraph", "mirror", "express", "post", "herald", "independent", "tribune",
    "people", "sport", "world", "business",
})  # fmt: skip

#: Nouns after a holiday or a weekday that make it part of a name or of a thing, not a time:
#: "Easter Island", "Christmas cards", "A Christmas Carol", "the Easter Rising", "Sunday
#: school", "his Sunday best".
NOT_TIME_NOUNS_AFTER_DAY: Final[frozenset[str]] = frozenset({
    "island", "islands", "carol", "carols", "card", "cards", "tree", "trees", "rising",
    "bunny", "egg", "eggs", "pudding", "cracker", "crackers", "jumper", "jumpers", "lights",
    "decorations", "present", "presents", "gift", "gifts", "school", "schools", "best",
    "roast", "supplement", "paper", "papers", "driver", "drivers", "league", "painter",
    "painters", "offensive", "accords", "agreement",
})  # fmt: skip

#: Newspapers' names that end in a weekday: "the Mail on Sunday" (not "Royal Mail on Sunday
#: said").
NAMES_ENDING_IN_WEEKDAY: Final[frozenset[str]] = frozenset({
    "mail on sunday", "independent on sunday",
})  # fmt: skip

#: Words before a unit that make an anaphoric "same" period: "that year", "the same month".
SAME_PERIOD_WORDS: Final[frozenset[str]] = frozenset({"that", "the same", "that same"})

#: Units after SAME_PERIOD_WORDS: "that week", "that quarter".
SAME_PERIOD_UNITS: Final[frozenset[str]] = frozenset({"week", "month", "quarter", "year"})

#: Units after "the" that a position modifier places in the current period: "the end of the
#: month", "the beginning of the year".
POSITIONED_UNITS: Final[frozenset[str]] = frozenset({
    "week", "month", "quarter", "year", "decade", "century",
})  # fmt: skip

#: Spellings of the end of the year: "by year-end", "by year's end".
YEAR_END_PHRASES: Final[frozenset[str]] = frozenset({"year-end", "year end", "year's end"})

#: Words before a plural unit without "the" that make it the past or the future as a
#: reference: "in recent years", "in coming weeks", "past years", "future quarters".
VAGUE_REFERENCE_WORDS: Final[dict[str, str]] = {
    "past": "PAST_REF", "recent": "PAST_REF", "future": "FUTURE_REF", "coming": "FUTURE_REF",
}  # fmt: skip

#: Modal verbs, after which "one day" is a day ahead: "it will one day be".
MODAL_VERBS: Final[frozenset[str]] = frozenset({
    "will", "would", "could", "might", "may", "can", "should", "must", "shall",
})  # fmt: skip

#: Words after "the" and a plural unit that make it a stretch of time next to an event: "in
#: the weeks before the vote", "the years that followed".
SURROUNDING_PERIOD_WORDS: Final[frozenset[str]] = frozenset({
    "before", "after", "following", "that followed", "leading up to",
})  # fmt: skip

#: Plural units after VAGUE_PERIOD_WORDS and VAGUE_REFERENCE_WORDS.
VAGUE_PERIOD_UNITS: Final[frozenset[str]] = frozenset({
    "days", "weeks", "months", "quarters", "years", "decades",
})  # fmt: skip

#: Frequency words that are adjectives of reports after a determiner: "its quarterly dividend"
#: names no set of times.
FREQUENCY_ADJECTIVES: Final[frozenset[str]] = frozenset({"quarterly", "monthly", "yearly"})

#: Words just before a frequency adjective that make it modify a noun.
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "first",
    "initial", "regular", "latest", "last", "next", "average",
})  # fmt: skip

#: Words that, a word or two before "a week" or "a year", make it a rate: "700 seats a week",
#: "$2 million a year" (besides numerals).
RATE_AMOUNT_WORDS: Final[frozenset[str]] = frozenset({
    "million", "billion", "thousand", "hundred", "times", "once", "twice", "percent",
})  # fmt: skip

# --- Relative and deictic words ------------------------------------------------------------

#: Shift words before a weekday, month, season or unit: "last Tuesday", "next month".
SHIFT_WORDS: Final[dict[str, int]] = {
    "last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0, "current": 0, "next": 1,
    "coming": 1, "this coming": 1,
}  # fmt: skip

#: Day words relative to the reference day.
DEICTIC_DAYS: Final[dict[str, int]] = {
    "the day before yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1,
    "the day after tomorrow": 2,
}  # fmt: skip

#: Parts of a day relative to the reference day: offset in days and TIMEX3 part code.
DEICTIC_PARTS_OF_DAY: Final[dict[str, tuple[int, str]]] = {
    "tonight": (0, "NI"), "last night": (-1, "NI"),
}  # fmt: skip

#: Phrases relative to the last mentioned date (anaphoric): offset in days.
ANAPHORIC_DAYS: Final[dict[str, int]] = {
    "the same day": 0, "that day": 0, "that same day": 0, "the following day": 1,
    "the next day": 1, "the day after": 1, "the previous day": -1, "the day before": -1,
    "the preceding day": -1,
}  # fmt: skip

#: Words before a part of the day that count its day from the last mentioned date: "the
#: next morning", "that night", "the same evening".
ANAPHORIC_DAY_WORDS: Final[dict[str, int]] = {
    "that": 0, "that same": 0, "the same": 0, "the next": 1, "the following": 1,
    "the previous": -1, "the preceding": -1,
}  # fmt: skip

#: Words between "the" and a weekday or unit that count from the last mentioned date:
#: "the following Tuesday", "the previous week".
ANAPHORIC_SHIFTS: Final[dict[str, int]] = {
    "following": 1, "next": 1, "previous": -1, "preceding": -1,
}  # fmt: skip

#: Words between "the" and an amount of time that lay it from the reference time forward
#: (+1) or back (-1): "the next 70 days", "the past three years"; 0 for "the first".
DURATION_DIRECTIONS: Final[dict[str, int]] = {
    "next": 1, "coming": 1, "past": -1, "last": -1, "previous": -1, "first": 0,
}  # fmt: skip

#: Direction words after a counted unit: "two weeks ago" (deictic), "two weeks later"
#: (anaphoric). Value: (sign, anaphoric?).
COUNTED_DIRECTIONS: Final[dict[str, tuple[int, bool]]] = {
    "ago": (-1, False), "from now": (1, False), "hence": (1, False), "later": (1, True),
    "afterwards": (1, True), "afterward": (1, True), "after that": (1, True),
    "earlier": (-1, True), "before that": (-1, True), "before": (-1, True),
}  # fmt: skip

#: Words between "the" and "quarter" or "period" that name the same period of another year,
#: and the words after that say it is a year back: "the corresponding period last year".
SAME_PERIOD_ADJECTIVES: Final[frozenset[str]] = frozenset({"same", "comparable", "corresponding"})
A_YEAR_BACK: Final[frozenset[str]] = frozenset({
    "a year ago", "a year earlier", "a year before", "last year", "the year before",
})  # fmt: skip

#: Words between an amount and the named day it counts from, and their sign: "three days
#: before Nov. 3", "a week from today".
SHIFT_SIGNALS: Final[dict[str, int]] = {"before": -1, "after": 1, "from": 1}
#: Shift signals that also open a span of days: "from Monday to Friday" counts nothing on.
SPAN_OPENERS: Final[frozenset[str]] = frozenset({"from"})

#: The first year of the century still running: "the 1900s" is a century, "the 2000s" a
#: decade.
RUNNING_CENTURY_START: Final[int] = 2000

#: Words joining the two days of a range or pair in one month: "April 24 and 25".
RANGE_WORDS: Final[frozenset[str]] = frozenset({"and", "to", "or", "through", "until", "till"})

#: Words that open a range before its first number: "between 2000 and 3000".
RANGE_OPENERS: Final[frozenset[str]] = frozenset({"between", "from"})

#: Words between the two ends of a span of days: "from Friday to Sunday", "Dec. 28 through
#: Jan. 3" (and "and" after "between"). The second end lies on or after the first.
SPAN_WORDS: Final[frozenset[str]] = frozenset({"to", "through", "thru", "until", "till"})

#: Nouns after a number that make it an amount, not a day: "Nov. 5 and 6 percent".
AMOUNT_NOUNS: Final[frozenset[str]] = frozenset({
    "percent", "per cent", "million", "billion", "thousand", "hundred", "people", "points",
    "times", "of",
})  # fmt: skip

#: Words between an amount and its unit that add it to another: "two more weeks", "an
#: additional year".
ADDED_AMOUNT_WORDS: Final[frozenset[str]] = frozenset({
    "more", "additional", "extra", "further",
})  # fmt: skip

#: Words naming the present, past or future without a date.
REFERENCES: Final[dict[str, str]] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF", "current": "PRESENT_REF",
    "the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}  # fmt: skip

#: References that name a time only after a preposition: "in [the past]", "into [the future]"
#: ("the future of the party" is no time).
PREPOSITIONAL_REFERENCES: Final[frozenset[str]] = frozenset({"the past", "the future"})

#: Prepositions that make a time of a prepositional reference.
REFERENCE_PREPOSITIONS: Final[frozenset[str]] = frozenset({
    "in", "into", "about", "for", "from", "than",
})  # fmt: skip

#: Words just before "now" that make it part of another phrase: "two weeks from now", "right
#: now" (matched at the end of the text before, even inside a word). "until now" stays a time.
NOW_OPENERS: Final[frozenset[str]] = frozenset({"from", "right"})

#: Adverbs of frequency and their TIMEX3 SET values.
FREQUENCY_ADVERBS: Final[dict[str, str]] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M",
    "semiannually": "P6M", "semi-annually": "P6M", "fortnightly": "P2W",
}  # fmt: skip

#: Words just before a date that make it a deadline or a term, which lies ahead whatever the
#: tense of the clause: "extended until March 6", "payable Dec. 7", "as soon as Tuesday",
#: "holders of record Nov. 1" (not "rose to a record on Saturday").
DEADLINE_CUES: Final[frozenset[str]] = frozenset({
    "by", "until", "till", "through", "effective", "payable", "of record", "as soon as",
    "as early as", "no later than", "deadline of", "expire", "expires", "expired", "expiring",
    "ends", "closes", "set for", "scheduled for",
})  # fmt: skip

#: Words just before a date that put something off to it: the date lies ahead of the act,
#: so a weekday is the coming one even in the past tense ("the vote was postponed until
#: Tuesday"). They are deadline cues too.
POSTPONEMENT_CUES: Final[frozenset[str]] = frozenset(
    f"{verb} {preposition}"
    for verb in ("postponed", "delayed", "deferred", "adjourned", "extended", "moved",
                 "pushed back", "put off", "rescheduled")
    for preposition in ("until", "till", "to", "for")
)  # fmt: skip

#: Words before a time that make it the start of a span lasting until now: "since Oct. 23".
SINCE_CUES: Final[frozenset[str]] = frozenset({"since", "ever since"})

#: Words that may stand between a SINCE_CUES word and its time: "since shortly after the
#: Oct. 23 slaying", "since early March" (the modifier is part of the expression).
SINCE_FILLERS: Final[frozenset[str]] = frozenset({
    "shortly", "just", "soon", "right", "after", "before", "the", "its", "their",
})  # fmt: skip

#: Words just after a date that make it a deadline: "the Jan. 14 deadline".
DEADLINE_NOUNS: Final[frozenset[str]] = frozenset({
    "deadline", "deadlines", "return date", "due date", "expiration", "expiry", "target date",
})  # fmt: skip

# --- Modifiers -----------------------------------------------------------------------------

#: Words before a date that place it within its period: "early November", "late 2024".
POSITION_MODIFIERS: Final[dict[str, str]] = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "mid": "MID", "the middle of": "MID", "late": "END", "the end of": "END",
}  # fmt: skip

#: Words before a clock time that make it approximate but stay outside its expression, as
#: TimeML corpora annotate them: "at about [2:30 a.m.]" (mod APPROX).
CLOCK_APPROXIMATE_WORDS: Final[frozenset[str]] = frozenset({"about", "approximately", "roughly"})

#: Words before a date that make it approximate, as legal writing dates an act; they too
#: stay outside its expression: "on or about [March 3, 2021]" (mod APPROX).
DATE_APPROXIMATE_WORDS: Final[frozenset[str]] = frozenset({"on or about", "on or around"})

#: Words before a day, a period or a time that place it before or after another point of it,
#: or near it: "earlier this year", "later Tuesday", "around 7 p.m.".
RELATIVE_POSITION_MODIFIERS: Final[dict[str, str]] = {
    "earlier": "START", "later": "END", "around": "APPROX",
    **{word: "APPROX" for word in CIRCA_WORDS},
    **{word: "APPROX" for word in CLOCK_APPROXIMATE_WORDS | DATE_APPROXIMATE_WORDS},
}  # fmt: skip

#: Words before an amount of time that bound or soften it: "nearly three years".
AMOUNT_MODIFIERS: Final[dict[str, str]] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
}  # fmt: skip

#: Words after an amount of time that make it approximate: "a week or so" (mod APPROX).
APPROXIMATE_SUFFIXES: Final[frozenset[str]] = frozenset({"or so"})

#: Amount modifiers that are prepositions before a bare amount of time: "rose over three
#: years" is during them, not more than them (still MORE_THAN in "over an hour later").
PREPOSITION_AMOUNT_MODIFIERS: Final[frozenset[str]] = frozenset({"over"})

#: Modifier values whose words qualify an amount of time but stay outside its expression, as
#: TimeML corpora annotate them: "about [two weeks]" (mod APPROX).
OUTSIDE_AMOUNT_MODS: Final[frozenset[str]] = frozenset({"APPROX"})

#: Common words of time (not names like months or weekdays), which written with a capital
#: inside a sentence are part of a title: "ABC's "This Week"", "CBS's "60 Minutes"".
COMMON_TIME_WORDS: Final[frozenset[str]] = frozenset({
    *UNITS, "today", "tonight", "tomorrow", "yesterday", "now", "noon", "midnight", "morning",
    "afternoon", "evening", "night",
})  # fmt: skip

# --- Tense cues ----------------------------------------------------------------------------

#: Words and phrases that put a clause in the future (including plans and schedules).
FUTURE_CUES: Final[tuple[str, ...]] = (
    "will", "won't", "shall", "'ll", "going to", "is to", "are to", "set to", "set for",
    "is due to", "are due to", "be due to", "been due to", "was due to", "were due to",
    "scheduled to", "scheduled for", "expected to", "plans to", "plan to", "planning to",
    "planned for", "planned to", "planned", "scheduled", "intends to", "intend to", "aims to",
    "ready to", "prepares to", "preparing to", "upcoming", "would", "is poised to",
    "are poised to", "expects to", "expect to", "expecting to", "hopes to", "hope to",
    "hoping to", "seeks to", "seek to", "forecast to", "forecasted to", "predicted to",
    "projected to", "slated to", "slated for", "likely to", "about to", "on track to",
    "on course to", "bound to", "is due", "are due",
)  # fmt: skip

#: Words that put a clause ahead only where no firmer cue gives it a tense, or only a present
#: one ("A ruling is expected Friday", "Please reply before Friday"): they often stand after a
#: subject that holds a day gone by ("Anyone who witnessed the crash on Friday should call").
WEAK_FUTURE_CUES: Final[tuple[str, ...]] = (
    "due by", "due on", "is expected", "are expected", "forecast for", "is likely", "are likely",
    "looms", "please", "let's",
)  # fmt: skip

#: Modal verbs that put what they govern ahead, weakly as :data:`WEAK_FUTURE_CUES` ("the vote
#: may come as early as Friday", "he should arrive on Monday"), unless "have" follows them, a
#: guess at the past: "may have left on Friday". Not "could", as often the past of "can"
#: ("could be reached Wednesday").
MODAL_CUES: Final[tuple[str, ...]] = ("may", "might", "should", "must")

#: Present forms of verbs that announce a scheduled event, which lies ahead: "The trial opens
#: Tuesday", "The sale ends on Sunday", "Nadal faces Ruud in Sunday's final". After an article
#: a preposition or a number they are nouns ("his two visits on Monday"), after "to" or "did
#: not" plain verbs ("decided to go back on Monday"): no cue.
SCHEDULE_VERBS: Final[tuple[str, ...]] = (
    "starts", "begins", "opens", "reopens", "resumes", "kicks off", "takes effect",
    "take effect", "takes office", "goes on sale", "convenes", "ends", "closes", "expires",
    "concludes", "wraps up", "faces", "hosts", "meets", "visits", "plays", "returns",
    "launches", "travels to", "heads to", "arrives", "airs", "premieres", "go back", "goes back",
    "go forward", "goes forward", "go on sale", "goes to the polls", "go to the polls",
)  # fmt: skip

#: Words after a schedule verb that make it a market report told in the present, of a day
#: gone by: "Wall Street ends higher on Thursday", "The FTSE closes 1% lower".
MARKET_MOVES: Final[frozenset[str]] = frozenset({
    "higher", "lower", "flat", "mixed", "firmer", "weaker", "little changed",
})  # fmt: skip

#: Market moves that need an amount after them, else they end a phrasal verb: "closes up 2%"
#: (not "The plant closes down on Friday").
MARKET_MOVES_WITH_AMOUNT: Final[frozenset[str]] = frozenset({"up", "down"})

#: Words that may stand between a set and the clock time that keeps it: "open daily from 9
#: a.m. to 5 p.m.", "every Monday at 7 a.m." (any other word ends the phrase: "Daily flights
#: were cancelled and the storm hit at 3 p.m.").
SET_CLOCK_JOINS: Final[frozenset[str]] = frozenset({
    "at", "from", "to", "until", "till", "between", "and", "by", "around", "before", "after",
})  # fmt: skip

#: Words of negation before a plain verb: "did not go to the polls".
NEGATIONS: Final[frozenset[str]] = frozenset({"not", "never"})

#: Modals after which a verb that takes a date directly puts it ahead: "will return on
#: Sept. 23" (not the past Sept. 23 however near).
FUTURE_MODALS: Final[frozenset[str]] = frozenset({"will", "shall"})

#: Auxiliaries that make a past tense of the participle after them: "was signed", "had
#: signed" (not "has been closed").
PAST_TENSE_AUXILIARIES: Final[frozenset[str]] = frozenset({"was", "were", "had"})

#: Words that put a plan before them in the past: "was scheduled to", "had been set for",
#: "as previously planned" (the plan's date may lie either side of the reference).
PAST_AUXILIARIES: Final[frozenset[str]] = PAST_TENSE_AUXILIARIES | frozenset({
    "been", "previously", "originally", "initially", "as",
})  # fmt: skip

#: Prepositions that open a phrase naming a time, after which "that" is a demonstrative:
#: "on that night", "in that summer" (not "said that night flights resume").
OPENING_PREPOSITIONS: Final[frozenset[str]] = frozenset({
    "on", "in", "at", "by", "until", "till", "since", "during", "before", "after", "through",
    "throughout", "for", "from", "of", "over",
})  # fmt: skip

#: Prepositions between a verb and the date it takes: "resigned on Dec. 30", "ended in May".
GOVERNING_PREPOSITIONS: Final[frozenset[str]] = frozenset({
    "on", "in", "at", "by", "to", "until", "from", "during",
})  # fmt: skip

#: The present of "be" taking a day as its complement, which states when something still to
#: come is: "The vote is on Friday", "The funeral is Friday" (not "is expected", "is closed":
#: a participle between), and the prepositions it may take ("is from October" is past).
COPULA_OF_TIME: Final[frozenset[str]] = frozenset({"is", "are"})
COPULA_PREPOSITIONS: Final[frozenset[str]] = frozenset({"on"})

#: Words between "of" and "year" when a quarter or half belongs to a year: "the second half of
#: this year" (or a possessive: "the first quarter of Apple's fiscal year").
YEAR_DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "this", "that", "next", "last", "its", "their", "the same", "the following",
    "the previous", "the current", "the coming", "the next", "the last", "our",
})  # fmt: skip

#: Kinds of year a quarter or half may belong to: "the first quarter of fiscal 2025".
YEAR_KINDS: Final[frozenset[str]] = frozenset({"fiscal", "financial", "calendar", "tax"})

#: Conjunctions that may open a clause after its comma: ", and that autumn he left".
CLAUSE_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"and", "but", "then", "so", "yet"})

#: Verb forms that put a clause in the present tense.
PRESENT_CUES: Final[frozenset[str]] = frozenset({
    "is", "are", "am", "says", "has", "have", "does", "do",
})  # fmt: skip

#: Irregular past-tense verb forms, and regular ones too short for the -ed rule ("died");
#: other regular ones are found by their -ed ending.
IRREGULAR_PAST: Final[frozenset[str]] = frozenset({
    "was", "were", "had", "did", "said", "told", "took", "held", "met", "spoke", "made", "came",
    "went", "gave", "got", "found", "thought", "knew", "saw", "left", "began", "brought", "bought",
    "built", "caught", "chose", "drew", "drove", "fell", "felt", "fought", "flew", "forgot", "grew",
    "heard", "hid", "hit", "hurt", "kept", "laid", "led", "lent", "let", "lay", "lost", "meant",
    "paid", "put", "quit", "ran", "rang", "rose", "sent", "set", "shook", "shot", "showed", "shut",
    "sang", "sank", "sat", "slept", "sold", "sought", "spent", "split", "spread", "stood", "stole",
    "struck", "swore", "taught", "tore", "threw", "understood", "woke", "won", "wore", "wrote",
    "withdrew", "overtook", "undertook", "upheld", "became", "arose", "broke", "froze", "stuck",
    "sprang", "bore", "beat", "bid", "cast", "cost", "dealt", "dug", "fed", "fled", "forbade",
    "forgave", "hung", "knelt", "leapt", "read", "rode", "sped", "spun", "strove", "swept", "swam",
    "swung", "wept", "wound", "died", "owed", "tied", "lied", "eyed",
})  # fmt: skip

#: Irregular past participles that differ from the past tense: "had begun", "had gone".
IRREGULAR_PARTICIPLES: Final[frozenset[str]] = frozenset({
    "been", "begun", "gone", "done", "seen", "taken", "given", "known", "written", "broken",
    "spoken", "chosen", "driven", "fallen", "risen", "stolen", "frozen", "shown", "grown",
    "thrown", "flown", "drawn", "worn", "sworn", "torn", "eaten", "beaten", "forgotten",
    "gotten", "hidden", "ridden", "bitten", "shaken", "woken", "become", "come", "run", "sung",
    "swum", "drunk", "rung", "sunk", "arisen", "withdrawn", "overtaken", "undertaken",
    "forbidden", "forgiven", "mistaken", "striven", "sprung", "struck",
})  # fmt: skip

#: Words that may stand between "had" and its participle: "had already left".
PLUPERFECT_FILLERS: Final[frozenset[str]] = frozenset({
    "not", "never", "already", "just", "long", "also", "only", "first", "once", "since", "ever",
    "recently", "previously", "earlier", "twice",
})  # fmt: skip

#: Words after which a past form is a participle, not a tense: "will be held", "is closed",
#: "will stay closed". The auxiliary itself, if it is a cue, gives the tense.
PARTICIPLE_AUXILIARIES: Final[frozenset[str]] = frozenset({
    "be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "get", "gets",
    "got", "getting", "stay", "stays", "stayed", "remain", "remains", "remained", "become",
    "becomes", "became", "'s",
})  # fmt: skip

#: Words that may stand between an auxiliary and its participle: "is not expected", "was
#: widely reported", "has already closed".
PARTICIPLE_FILLERS: Final[frozenset[str]] = frozenset({
    "not", "never", "also", "still", "already", "just", "now", "widely", "largely", "only",
    "yet", "ever", "since", "long", "being", "recently", "reportedly", "officially",
})  # fmt: skip

#: Words before "to" that make it a preposition, not the mark of a headline's future ("Storm
#: to hit coast Thursday"): "according to police", "next to", "from Monday to".
TO_AS_PREPOSITION_AFTER: Final[frozenset[str]] = frozenset({
    "according", "due", "next", "close", "prior", "thanks", "owing", "up", "compared",
    "related", "similar", "addition", "contrary", "opposed", "from", "back", "way", "return",
    "trip", "visit", "flight", "journey", "move", "moved", "went", "go", "goes", "come", "came",
    "talk", "talked", "said", "told", "sent", "gave", "given", "led", "lead", "leads",
    "rose", "fell", "rise", "fall", "rises", "falls", "cut", "raised", "lowered", "reduced",
    "increased", "jumped", "climbed", "dropped", "slipped", "sank", "soared", "plunged",
})  # fmt: skip

#: Plain verbs that end as an -ing form or a plural does, which a headline's "to" still
#: takes: "Storm to bring heavy rain Friday", "Adele to sing on Saturday".
PLAIN_VERBS_LIKE_FORMS: Final[frozenset[str]] = frozenset({
    "bring", "sing", "ring", "swing", "sting", "spring", "cling", "fling", "sling", "string",
    "wring", "focus", "discuss", "pass", "press", "cross", "address", "access", "process",
    "express", "miss", "dismiss", "bless", "toss", "assess", "stress", "harass", "boss",
})  # fmt: skip

#: Words after "to" that make it a preposition: "to the", "to him", "to 5%".
NOT_INFINITIVE_AFTER_TO: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "him", "them", "us", "me", "it", "you", "date", "power", "court", "office",
    "death", "work", "school", "prison", "jail", "hospital", "bed", "church", "market", "war",
    "home", "town", "sea", "vote", "trial", "stay", "life", "order", "light", "bear",
    "verdict", "victory", "justice", "safety", "peace", "freedom",
})  # fmt: skip

#: Words after which a form like "hit", "cut" or "set" is the plain verb, not a past tense:
#: "is forecast to hit Sunday", "will cut rates", "did not quit".
INFINITIVE_MARKERS: Final[frozenset[str]] = frozenset({
    "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll",
    "do", "does", "did", "don't", "doesn't", "didn't", "won't", "let's",
})  # fmt: skip

#: Words after which a regular -ed form modifies a noun instead of being a verb: "the
#: proposed merger", "its preferred shares", "a long-awaited ruling".
ADJECTIVE_POSITIONS: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "every", "of", "in",
    "on", "for", "with", "from", "at", "into", "than", "newly", "recently", "previously",
    "still", "fully", "widely", "so-called", "highly", "very",
})  # fmt: skip

#: Past forms that, written with a capital, name something: "Fed officials" (the Federal
#: Reserve), even at the start of a sentence.
CAPITALISED_NOT_PAST: Final[frozenset[str]] = frozenset({"fed"})

#: Future cues that written with a capital inside a sentence are names: "Actor Will Smith on
#: Monday apologised".
CAPITALISED_NOT_FUTURE: Final[frozenset[str]] = frozenset({"will"})

#: Future cues that written with a capital are names even opening a sentence: "May 5 was".
CAPITALISED_NAMES_NOT_FUTURE: Final[frozenset[str]] = frozenset({"may"})

#: Words ending in -ed that are not past-tense verbs.
NOT_PAST_ED: Final[frozenset[str]] = frozenset({
    "need", "needs", "bed", "red", "shed", "seed", "feed", "speed", "bleed", "breed", "creed",
    "deed", "greed", "heed", "indeed", "proceed", "succeed", "exceed", "embed", "hundred",
    "kindred", "sacred", "naked", "wicked", "wretched", "rugged", "ragged", "crooked", "united",
    "based", "related", "limited", "detailed", "advanced", "armed",
})  # fmt: skip
