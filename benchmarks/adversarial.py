"""Linear time on adversarial text: every stage, seconds per megabyte at two sizes.

Run: ``.venv/bin/python benchmarks/adversarial.py [--sizes 1 4] [--repeat N] [--only NAME ...]``

Each hostile text (a megabyte of digits, of one repeated word, of punctuation, with no
spaces, "May May May", nested brackets...) is built at each size and run through
``segment``, ``extract_times`` and ``build_timeline`` (which segments, extracts and finds
events again, then reconciles), and the timeline it builds through both renderers. The
table gives seconds per MB of each stage at the smallest and the largest size, and their
ratio: about 1 when time grows linearly with the text, about the size ratio (4) when it
grows quadratically. Texts are ASCII, so one character is one byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
import time
from collections.abc import Callable, Sequence

from timeline.documents import Document
from timeline.pipeline import build_timeline
from timeline.render import render_html, render_markdown
from timeline.resolve import extract_times
from timeline.segment import segment

MB = 1_000_000
PUBLISHED = dt.date(2024, 11, 11)
#: A ratio above this between seconds per MB at the largest and the smallest size is flagged.
SUSPICIOUS_RATIO = 2.0

#: Name -> the repeating unit of a hostile text (a callable builds texts that do not repeat).
UNITS: dict[str, str | Callable[[int], str]] = {
    "digits": "7",
    "one-word": "word ",
    "punctuation": ".,;:!?-'\"()",
    "no-spaces": "abcdefghijklmnopqrstuvwxyz",
    "may-may": "May ",
    "nested-brackets": lambda size: "([{" * (size // 6) + "}])" * (size // 6),
    "spaces": " ",
    "newlines": "\n",
    "old-mac-lines": "A line.\r",
    "numbers": "12 ",
    "iso-dates": "2024-11-07 ",
    "slashes": "1/2/",
    "capitals": "Aa Bb ",
    "dotted": "A.B.",
    "dense-mentions": "He left on Monday. ",
    "reported": "said said that ",
    "in-the-next": "in the next ",
    "one-long-sentence": "the council met and voted and ",
}
#: Ends every text, so that one of only spaces or newlines is still a document.
LAST_WORD = " end."
STAGES = ("segment", "extract_times", "build_timeline", "render")


def hostile_text(name: str, size: int) -> str:
    """The hostile text ``name`` of ``size`` characters, ending in a word (never blank)."""
    unit = UNITS[name]
    body = unit(size) if callable(unit) else unit * (size // len(unit) + 1)
    return body[: size - len(LAST_WORD)] + LAST_WORD


def timed(run: Callable[[], object], repeat: int) -> float:
    """The best of ``repeat`` timings of ``run``, in seconds (shared machines are noisy)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def stage_seconds(text: str, repeat: int) -> dict[str, float]:
    """Seconds each stage takes on ``text`` as one news document."""
    document = Document(id="hostile", text=text, published=PUBLISHED)
    timeline = build_timeline([document])
    return {
        "segment": timed(lambda: segment(text), repeat),
        "extract_times": timed(lambda: extract_times(text, PUBLISHED), repeat),
        "build_timeline": timed(lambda: build_timeline([document]), repeat),
        "render": timed(lambda: (render_markdown(timeline), render_html(timeline)), repeat),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=float, nargs=2, default=[1, 4], metavar=("SMALL", "LARGE"), help="in MB"
    )
    parser.add_argument("--repeat", type=int, default=1, help="keep the best of N runs")
    parser.add_argument("--only", nargs="+", choices=sorted(UNITS), metavar="NAME")
    args = parser.parse_args(argv)
    small, large = args.sizes
    names = args.only or list(UNITS)
    quadratic = large / small
    print(
        f"seconds per MB at {small:g} / {large:g} MB (ratio: ~1 linear, ~{quadratic:g} quadratic)"
    )
    print(f"{'text':20}" + "".join(f"{stage:>30}" for stage in STAGES))
    worst = 0.0
    for name in names:
        per_mb = {
            size: stage_seconds(hostile_text(name, int(size * MB)), args.repeat)
            for size in (small, large)
        }
        cells = []
        for stage in STAGES:
            low = per_mb[small][stage] / small
            high = per_mb[large][stage] / large
            ratio = high / low if low > 0 else float("inf")
            worst = max(worst, ratio)
            mark = " !" if ratio > SUSPICIOUS_RATIO else "  "
            cells.append(f"{low:8.3f} /{high:8.3f} ({ratio:4.2f}){mark}")
        print(f"{name:20}" + "".join(f"{cell:>30}" for cell in cells), flush=True)
    print(f"worst ratio: {worst:.2f} (flagged above {SUSPICIOUS_RATIO})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
