"""Resolve the temporal expressions of a sentence against a publication date.

Run: ``.venv/bin/python examples/resolve_dates.py``.
"""

from __future__ import annotations

import datetime as dt

from timeline import extract_times

TEXT = (
    "Trump held a phone call with Putin on Thursday. He will take office on January 20, "
    "and over the next 70 days Biden will press Congress. Last week, drones struck Moscow."
)


def main() -> None:
    """Print each expression with its TIMEX3 type, value and interval."""
    for found in extract_times(TEXT, published=dt.date(2024, 11, 11)):
        interval = "..".join(d.isoformat() for d in found.interval) if found.interval else "-"
        print(f"{found.text!r:22} {found.type:9} {found.value:12} {interval}")


if __name__ == "__main__":
    main()
