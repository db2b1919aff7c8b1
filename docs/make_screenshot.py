"""Build the seeds' timeline and save a screenshot of its page as ``docs/timeline.png``.

Run from the project root: ``python docs/make_screenshot.py`` (needs Chromium). The browser
runs headless and offline, with a fresh profile that is removed afterwards.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from timeline import build_timeline, load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUT = ROOT / "docs" / "timeline.png"
WINDOW = "1280,1500"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--virtual-time-budget=5000",
)


def main() -> int:
    """Render the seeds' page and screenshot it; 1 when Chromium is missing."""
    chromium = next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)
    if chromium is None:
        print("make_screenshot: Chromium is not installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "timeline.html"
        build_timeline(load_corpus(SEEDS)).to_html(page)
        subprocess.run(
            [
                chromium,
                *FLAGS,
                f"--user-data-dir={Path(work) / 'profile'}",
                f"--window-size={WINDOW}",
                f"--screenshot={OUTPUT}",
                page.as_uri(),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
        )
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
