"""Story-scale benchmark: build the swine-flu story end to end at 1x, 4x and 16x its size.

    .venv/bin/python benchmarks/story_scale.py [ARTICLES.jsonl] [--sizes 1 4 16] [--workers N]

The larger corpora are the same articles again, each copy shifted by whole years (its
publication date and every year written in its text) under new ids, so that copies tell
stories of their own rather than piling onto the same events. Each size is built in a child
process (read the JSON Lines, build, serialise to JSON), which reports its wall and CPU time
(its own and its workers'), and the events it found; the parent
reads the child's peak memory (``ru_maxrss``, the largest of it and its workers) and prints
articles per second and the growth factors between sizes.

Targets (issue 4): 405 articles under 10 s, 16x under 3 minutes, memory under 2 GB, and 16x
the articles in at most 20x the time of 1x.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_ARTICLES = Path(__file__).resolve().parents[2] / "shared/data/t17-h1n1/articles.jsonl"
YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def shifted(line: str, copy: int) -> str:
    """One article line as copy number ``copy``: new id, every year ``copy`` years later."""
    if copy == 0:
        return line
    data = json.loads(line)
    data["id"] = f"{data['id']}#copy{copy}"
    data["text"] = YEAR.sub(lambda m: str(int(m.group()) + copy), data.get("text") or "")
    if data.get("published"):
        data["published"] = YEAR.sub(lambda m: str(int(m.group()) + copy), data["published"])
    return json.dumps(data, ensure_ascii=False)


def child(path: str, workers: int | None) -> None:
    """Build the corpus at ``path`` and print one JSON line of figures."""
    from timeline import tls
    from timeline.pipeline import build_timeline

    wall, cpu = time.perf_counter(), time.process_time()
    items = tls.read_articles(path)
    built = build_timeline(items, workers=workers)
    text = built.to_json()
    elapsed = time.perf_counter() - wall
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = time.process_time() - cpu + children.ru_utime + children.ru_stime
    print(
        json.dumps(
            {
                "articles": len(items),
                "events": len(built.events),
                "dated": sum(1 for e in built.events if e.when is not None),
                "wall": elapsed,
                "cpu": used,
                "bytes": len(text),
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", default=str(DEFAULT_ARTICLES))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--workers", type=int, default=None, help="default: one per CPU")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.workers)
        return 0
    lines = [line for line in Path(args.articles).read_text(encoding="utf-8").splitlines() if line]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            corpus = Path(folder) / f"x{size}.jsonl"
            corpus.write_text(
                "\n".join(shifted(line, copy) for copy in range(size) for line in lines) + "\n",
                encoding="utf-8",
            )
            command = [sys.executable, __file__, "--child", str(corpus)]
            if args.workers is not None:
                command += ["--workers", str(args.workers)]
            process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
            out, _ = process.communicate()
            if process.returncode:
                print(f"size {size}x failed with exit code {process.returncode}", file=sys.stderr)
                return 1
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            figures = json.loads(out.strip().splitlines()[-1])
            figures.update(size=size, peak_mb=peak)
            rows.append(figures)
            print(
                f"{size:>3}x {figures['articles']:>6} articles  {figures['wall']:7.1f} s wall "
                f"{figures['cpu']:7.1f} s cpu  {figures['articles'] / figures['wall']:6.1f} "
                f"articles/s  peak {peak:6.0f} MB (largest so far)  events {figures['events']}",
                flush=True,
            )
    base = rows[0]
    for row in rows[1:]:
        factor = row["articles"] / base["articles"]
        print(
            f"{row['size']}x vs {base['size']}x: {factor:.0f}x the articles, "
            f"{row['wall'] / base['wall']:.1f}x the wall time, "
            f"{row['cpu'] / base['cpu']:.1f}x the CPU time"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
