"""Build the chronology of a small corpus from Python and print what sources disagree on.

Run: ``.venv/bin/python examples/quickstart.py [CORPUS]`` (default: the project's seeds).
"""

from __future__ import annotations

import sys
from pathlib import Path

from timeline import build_timeline, iter_corpus


def main(corpus: Path) -> None:
    """Print the dated events of ``corpus`` with their flags."""
    result = build_timeline(iter_corpus(corpus))
    for event in result.dated():
        assert event.when is not None
        print(f"{event.when.timex:12} {event.summary[:90]}")
        for flag in event.flags:
            print(f"{'':12} ⚠ {flag.kind}: {flag.detail}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "seeds")
