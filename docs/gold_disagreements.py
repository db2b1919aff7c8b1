"""How often a TimeML gold corpus gives the same context-free words different readings.

Run: ``.venv/bin/python docs/gold_disagreements.py [GOLD_DIR]`` (default ``../shared/data/tbaq``).

"last week", "this week", "two days ago", "today" mean one thing once the creation time is
known ("a year ago" is left out: in a quarterly report it names the quarter a year back).
For each such phrase, every gold value is rewritten relative to its document's creation time
("1989-W42" in a document of week 43 is "W-1"; "1989-WXX" stays as it is), and the readings
are counted. A tagger that gives each phrase one reading matches at most the most frequent
one: the annotations beyond it are values that no consistent rule can match.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.evaluate import gold_files  # noqa: E402
from timeline.timeml import read_timeml  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "tbaq"

#: Phrases whose value follows from the creation time alone.
CONTEXT_FREE = re.compile(
    r"(?:last|this|next|the past|the last) (?:week|month|year|quarter|weekend)"
    r"|(?!a year)(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|years?) ago"
    r"|today|yesterday|tomorrow|tonight|the weekend"
)


def reading(value: str, created: dt.date) -> str:
    """``value`` rewritten relative to ``created``: years, ISO weeks, months and days as
    offsets ("Y-1", "W-1", "M+0", "D-1"); anything else as it is."""
    year = re.match(r"(\d{4})(.*)", value)
    if year is None:
        return value
    offset, rest = int(year[1]) - created.year, year[2]
    week = re.fullmatch(r"-W(\d{1,2})(-WE)?", rest)
    if week and 1 <= int(week[1]) <= 52:
        monday = dt.date.fromisocalendar(int(year[1]), int(week[1]), 1)
        weeks = (monday - (created - dt.timedelta(days=created.weekday()))).days // 7
        return f"W{weeks:+d}{week[2] or ''}"
    day = re.fullmatch(r"-(\d{2})-(\d{2})", rest)
    if day:
        return f"D{(dt.date(int(year[1]), int(day[1]), int(day[2])) - created).days:+d}"
    month = re.fullmatch(r"-(\d{2})", rest)
    if month:
        return f"M{12 * offset + int(month[1]) - created.month:+d}"
    return f"Y{offset:+d}{rest}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    folder = parser.parse_args().gold
    readings: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    total = 0
    for path in gold_files(folder):
        document = read_timeml(path)
        total += len(document.timexes)
        if document.dct is None:
            continue
        for timex in document.timexes:
            phrase = " ".join(timex.text.lower().split()).strip(".,")
            if CONTEXT_FREE.fullmatch(phrase):
                readings[phrase][f"{timex.type} {reading(timex.value, document.dct)}"] += 1
    print(f"{'phrase':<16} {'gold':>5} {'beyond':>6}  readings (most frequent first)")
    annotated = beyond = 0
    for phrase, counts in sorted(readings.items(), key=lambda item: -sum(item[1].values())):
        count = sum(counts.values())
        extra = count - counts.most_common(1)[0][1]
        annotated, beyond = annotated + count, beyond + extra
        shown = ", ".join(f"{r} x{n}" for r, n in counts.most_common())
        print(f"{phrase:<16} {count:>5} {extra:>6}  {shown}")
    print(
        f"\n{annotated} of {total} gold TIMEX3 are such phrases; {beyond} of them "
        f"({100 * beyond / annotated:.1f}%) disagree with their phrase's most frequent reading."
    )


if __name__ == "__main__":
    main()
