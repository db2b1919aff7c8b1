"""Run the command line as ``python -m timeline``; see :mod:`timeline.cli`."""

from __future__ import annotations

from timeline.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
