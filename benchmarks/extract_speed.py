"""Throughput of extract_times beside dateparser's search_dates, measured in the same run.

Run: ``.venv/bin/python benchmarks/extract_speed.py [--data DIR] [--repeat N] [--mb 10]``

Three measurements, each in a fresh child process so that peak memory is its own:

1. The development corpus (TimeML files under ``--data``, default ``../shared/data/tbaq``;
   the project's seeds when it is missing): both extractors on every document with its
   creation date (``RELATIVE_BASE`` for dateparser), rounds interleaved, medians compared.
2. A news text of ``--mb`` megabytes made by repeating the corpus: throughput of both, and
   the peak resident memory of extract_times on it.
3. Linear growth: extract_times on 1, 4 and 16 MB of that text, seconds per MB at each size.

Shared machines are noisy: rounds alternate between the two extractors and medians are
reported. ``--peer-rounds`` bounds dateparser's rounds on the big text (it is slow).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tbaq"
MB = 1_000_000

Sample = tuple[str, dt.date | None]


def read_corpus(data: Path) -> list[Sample]:
    """(text, creation date) of every TimeML file under ``data``, or of the seeds."""
    from timeline import load_corpus
    from timeline.timeml import read_timeml

    files = sorted(data.rglob("*.tml")) if data.is_dir() else []
    if files:
        return [(d.text, d.dct) for d in map(read_timeml, files)]
    return [(d.text, d.published_date) for d in load_corpus(ROOT / "seeds")]


def big_text(samples: Sequence[Sample], size: int) -> str:
    """The corpus texts repeated, separated by blank lines, cut to ``size`` characters."""
    block = "\n\n".join(text for text, _ in samples)
    return ((block + "\n\n") * (size // (len(block) + 2) + 1))[:size]


def run_ours(samples: Sequence[Sample]) -> int:
    from timeline import extract_times

    return sum(len(extract_times(text, published)) for text, published in samples)


def run_peer(samples: Sequence[Sample]) -> int:
    from dateparser.search import search_dates

    found = 0
    for text, published in samples:
        base = dt.datetime.combine(published or dt.date(2000, 1, 1), dt.time())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            hits = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
        found += len(hits or [])
    return found


def child(job: dict[str, object]) -> dict[str, float]:
    """Run one timed job in this process and report seconds and peak memory."""
    import resource
    import time

    samples = read_corpus(Path(str(job["data"])))
    if job["size"]:
        samples = [(big_text(samples, int(str(job["size"]))), dt.date(2000, 1, 1))]
    runner = run_ours if job["who"] == "timeline" else run_peer
    runner(samples[:1])
    start = time.perf_counter()
    found = runner(samples)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    chars = sum(len(text) for text, _ in samples)
    return {"seconds": seconds, "chars": chars, "found": found, "peak_mb": peak_kb / 1024}


def measure(who: str, data: Path, size: int = 0) -> dict[str, float]:
    job = json.dumps({"who": who, "data": str(data), "size": size})
    out = subprocess.run(
        [sys.executable, __file__, "--child", job], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def compare(data: Path, size: int, rounds: int, peer_rounds: int) -> None:
    runs: dict[str, list[dict[str, float]]] = {"timeline": [], "dateparser": []}
    for index in range(rounds):
        runs["timeline"].append(measure("timeline", data, size))
        if index < peer_rounds:
            runs["dateparser"].append(measure("dateparser", data, size))
    chars = runs["timeline"][0]["chars"]
    label = f"{size / MB:g} MB news text" if size else f"development corpus {data}"
    print(f"{label}: {chars:,.0f} characters")
    medians = {}
    for who, results in runs.items():
        seconds = statistics.median(r["seconds"] for r in results)
        medians[who] = seconds
        peak = max(r["peak_mb"] for r in results)
        print(
            f"  {who:10} median {seconds:8.2f} s over {len(results)} rounds"
            f"  {chars / seconds / MB:6.3f} MB/s  peak {peak:6.0f} MB"
            f"  ({results[0]['found']:,.0f} found)"
        )
    print(f"  ratio      timeline is {medians['dateparser'] / medians['timeline']:.1f}x faster")


def growth(data: Path, sizes: Sequence[int], rounds: int) -> None:
    print("linear growth of extract_times:")
    base = None
    for size in sizes:
        seconds = statistics.median(
            measure("timeline", data, size)["seconds"] for _ in range(rounds)
        )
        per_mb = seconds / (size / MB)
        base = base or per_mb
        print(f"  {size / MB:4g} MB  {seconds:7.2f} s  {per_mb:5.2f} s/MB  ({per_mb / base:.2f}x)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3, help="rounds per measurement")
    parser.add_argument("--mb", type=float, default=10, help="size of the big news text")
    parser.add_argument("--peer-rounds", type=int, default=1, help="dateparser rounds, big text")
    parser.add_argument("--skip-growth", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0
    compare(args.data, 0, args.repeat, args.repeat)
    compare(args.data, int(args.mb * MB), args.repeat, args.peer_rounds)
    if not args.skip_growth:
        growth(args.data, [MB, 4 * MB, 16 * MB], args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
