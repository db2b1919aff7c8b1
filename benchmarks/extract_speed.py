"""Throughput of extract_times beside dateparser's search_dates, measured in the same run.

Run: ``.venv/bin/python benchmarks/extract_speed.py [CORPUS ...] [--repeat N]``

Each CORPUS is a folder with manifest.json, a .jsonl file, or a folder of TimeML files
(``*.tml``: the text inside <TEXT> and the creation time). Default: the project's seeds and,
when present, ``../shared/data/tbaq``. Both extractors get each document's publication date
(``RELATIVE_BASE`` for dateparser). The two are timed alternately, ``--repeat`` rounds each,
and the medians are reported with their ratio, since shared machines are noisy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from timeline import extract_times, load_corpus

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = (ROOT / "seeds", ROOT.parent / "shared" / "data" / "tbaq")
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"')
_TAG = re.compile(r"<[^>]+>")

Sample = tuple[str, dt.date | None]


def read_timeml(folder: Path) -> list[Sample]:
    """Plain text and creation date of every TimeML file under ``folder``."""
    samples = []
    for path in sorted(folder.rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = _TEXT.search(raw)
        dct = _DCT.search(raw)
        published = dt.date.fromisoformat(dct.group(1)[:10]) if dct else None
        samples.append((_TAG.sub("", body.group(1) if body else raw), published))
    return samples


def read(corpus: Path) -> list[Sample]:
    """The (text, publication date) pairs of a corpus in any supported form."""
    if corpus.is_dir() and not (corpus / "manifest.json").exists():
        return read_timeml(corpus)
    return [(d.text, d.published_date) for d in load_corpus(corpus)]


def ours(samples: Sequence[Sample]) -> int:
    return sum(len(extract_times(text, published)) for text, published in samples)


def peer(samples: Sequence[Sample]) -> int:
    from dateparser.search import search_dates

    found = 0
    for text, published in samples:
        base = dt.datetime.combine(published or dt.date(2000, 1, 1), dt.time())
        settings = {"RELATIVE_BASE": base}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found += len(search_dates(text, languages=["en"], settings=settings) or [])  # type: ignore[arg-type]
    return found


def measure(samples: Sequence[Sample], repeat: int) -> dict[str, list[float]]:
    """Seconds per round for each extractor, rounds interleaved."""
    runners: dict[str, Callable[[Sequence[Sample]], int]] = {"timeline": ours, "dateparser": peer}
    times: dict[str, list[float]] = {name: [] for name in runners}
    peer(samples[:1])
    for _ in range(repeat):
        for name, run in runners.items():
            start = time.perf_counter()
            run(samples)
            times[name].append(time.perf_counter() - start)
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    corpora = args.corpora or [c for c in DEFAULT_CORPORA if c.exists()]
    for corpus in corpora:
        samples = read(corpus)
        chars = sum(len(text) for text, _ in samples)
        times = measure(samples, args.repeat)
        medians = {name: statistics.median(values) for name, values in times.items()}
        print(f"{corpus}: {len(samples)} documents, {chars:,} characters, {args.repeat} rounds")
        for name, seconds in medians.items():
            print(f"  {name:10} median {seconds:8.3f} s  {chars / seconds / 1e6:7.3f} MB/s")
        print(f"  ratio      timeline is {medians['dateparser'] / medians['timeline']:.1f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
