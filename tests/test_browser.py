"""The timeline page as people see it: headless Chromium, driven over the DevTools protocol.

Skipped (with the reason) where Chromium or websocket-client is missing; CI installs both.
The browser runs offline: host names resolve to nothing, and the tests also record every
request the page makes, which must be none but the page itself.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline.documents import load_corpus
from timeline.model import Event, Flag, Mention, Timeline, When
from timeline.pipeline import build_timeline
from timeline.render import format_when, render_html

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-port=0",
    "--window-size=1280,900",
)
START_TIMEOUT = 30.0
CALL_TIMEOUT = 30.0
PLOT_TIMEOUT = 20.0
MARKER_MIN = 8  # px: a single-day event is a marker at least this wide and high
SPAN_MIN = 2  # px: a span's fill, besides its outline, however long the axis

websocket = pytest.importorskip("websocket", reason="websocket-client is not installed")
CHROMIUM = next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


class Browser:
    """One headless Chromium page over the DevTools protocol, with what it logged and fetched."""

    def __init__(self, profile: Path) -> None:
        assert CHROMIUM is not None
        self.process = subprocess.Popen(
            [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + START_TIMEOUT
        while not (port_file.exists() and len(port_file.read_text().split()) == 2):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError("Chromium did not open its DevTools port")
            time.sleep(0.05)
        port, path = port_file.read_text().split()
        self.socket = websocket.create_connection(
            f"ws://127.0.0.1:{port}{path}", timeout=CALL_TIMEOUT, suppress_origin=True
        )
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.call(
            "Target.attachToTarget",
            {"targetId": target["targetId"], "flatten": True},
            session=False,
        )
        self.session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def call(
        self, method: str, params: dict[str, Any] | None = None, *, session: bool = True
    ) -> Any:
        """Send a command and wait for its result, keeping the events that arrive meanwhile."""
        number = next(self.ids)
        message: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        self.socket.send(json.dumps(message))
        while True:
            reply = json.loads(self.socket.recv())
            if reply.get("id") == number:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def evaluate(self, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, page: Path, *, figure: bool = True) -> None:
        """Load ``page`` and wait until it is complete and, if asked, Plotly has drawn."""
        self.call("Page.navigate", {"url": page.as_uri()})
        deadline = time.monotonic() + PLOT_TIMEOUT
        drawn = "!!document.querySelector('#timeline-figure .main-svg .point')"
        while not self.evaluate(
            f"document.readyState === 'complete' && {drawn if figure else 'true'}"
        ):
            if time.monotonic() > deadline:
                raise AssertionError("the figure was not drawn")
            time.sleep(0.1)

    def errors(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, and log entries of level error."""
        self.evaluate("0")  # a round trip: every event sent before its reply is in
        found: list[str] = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "warning"):
                found.append(" ".join(str(a.get("value", a)) for a in params["args"]))
            elif method == "Runtime.exceptionThrown":
                found.append(str(params["exceptionDetails"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                found.append(params["entry"]["text"])
        return found

    def requests(self) -> list[str]:
        """The URL of every request the page started."""
        self.evaluate("0")
        return [
            event["params"]["request"]["url"]
            for event in self.events
            if event.get("method") == "Network.requestWillBeSent"
        ]

    def hover(self, x: float, y: float) -> str:
        """Move the mouse to (x, y) and return the text of the hover label that appears."""
        self.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x - 5, "y": y - 5})
        self.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        deadline = time.monotonic() + 5
        text = ""
        while not text and time.monotonic() < deadline:
            time.sleep(0.1)
            text = self.evaluate(
                "Array.from(document.querySelectorAll('#timeline-figure .hoverlayer .hovertext'))"
                ".map(e => e.textContent).join('\\n')"
            )
        return str(text)

    def close(self) -> None:
        if hasattr(self, "socket"):
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# The main plot's event points: [event id, x, y, width, height] each, read through the data
# that Plotly binds to its SVG nodes (the range slider's miniature copies are left out).
DRAWN_EVENTS = """
(() => {
  const gd = document.getElementById('timeline-figure');
  const drawn = [];
  for (const layer of gd.querySelectorAll(
      '.cartesianlayer .barlayer .trace, .cartesianlayer .scatterlayer .trace')) {
    const trace = layer.__data__ && layer.__data__[0] && layer.__data__[0].trace;
    if (!trace || trace.meta !== 'event') continue;
    for (const point of layer.querySelectorAll('.point')) {
      const box = point.getBoundingClientRect();
      drawn.push([trace.customdata[point.__data__.i], box.x + box.width / 2,
                  box.y + box.height / 2, box.width, box.height]);
    }
  }
  return drawn;
})()
"""
LEGEND_TEXT = (
    "Array.from(document.querySelectorAll('#timeline-figure .legend .legendtext'))"
    ".map(e => e.textContent)"
)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    profile = tmp_path / "profile"
    profile.mkdir()
    opened = Browser(profile)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def seeds_timeline() -> Timeline:
    return build_timeline(load_corpus(SEEDS))


def show(browser: Browser, timeline: Timeline, folder: Path) -> list[list[Any]]:
    """Open the timeline's page; return its drawn event points."""
    page = folder / "timeline.html"
    page.write_text(render_html(timeline), encoding="utf-8")
    browser.open(page)
    drawn: list[list[Any]] = browser.evaluate(DRAWN_EVENTS)
    return drawn


def test_the_page_loads_without_errors_or_requests(
    browser: Browser, seeds_timeline: Timeline, tmp_path: Path
) -> None:
    show(browser, seeds_timeline, tmp_path)
    assert browser.errors() == []
    page = (tmp_path / "timeline.html").as_uri()
    assert [url for url in browser.requests() if url != page] == []


def assert_visible(timeline: Timeline, drawn: list[list[Any]]) -> None:
    """Each dated event drawn once; a single day as a marker, a span at least a sliver."""
    assert sorted(item[0] for item in drawn) == sorted(e.id for e in timeline.dated())
    points = {e.id for e in timeline.dated() if e.when is not None and e.when.start == e.when.end}
    for event_id, _, _, width, height in drawn:
        least = MARKER_MIN if event_id in points else SPAN_MIN
        assert min(width, height) >= least, f"event {event_id} is drawn {width}x{height}px"


def test_every_dated_event_is_drawn_once_and_visible(
    browser: Browser, seeds_timeline: Timeline, tmp_path: Path
) -> None:
    assert_visible(seeds_timeline, show(browser, seeds_timeline, tmp_path))


def test_the_legend_names_the_flags(
    browser: Browser, seeds_timeline: Timeline, tmp_path: Path
) -> None:
    show(browser, seeds_timeline, tmp_path)
    legend = " ".join(browser.evaluate(LEGEND_TEXT))
    kinds = {flag.kind for event in seeds_timeline.dated() for flag in event.flags}
    assert kinds, "the seeds have a flagged event"
    for kind in kinds:
        assert kind in legend


def test_hovering_an_event_shows_its_summary_date_and_sources(
    browser: Browser, seeds_timeline: Timeline, tmp_path: Path
) -> None:
    drawn = show(browser, seeds_timeline, tmp_path)
    events = {event.id: event for event in seeds_timeline.dated()}

    def alone(item: list[Any]) -> bool:
        return all(
            other is item or abs(other[1] - item[1]) + abs(other[2] - item[2]) > 2 * MARKER_MIN
            for other in drawn
        )

    candidates = [item for item in drawn if events[item[0]].sources and alone(item)]
    assert candidates, "no event with sources stands alone on the page"
    for event_id, x, y, _, _ in candidates[:3]:
        target = events[event_id]
        text = " ".join(browser.hover(x, y).split())
        assert target.when is not None and format_when(target.when) in text
        assert " ".join(target.summary.split())[:30] in text
        for source in target.sources:
            assert source in text
        assert target.mentions[0].doc_id in text


# -- a long story -------------------------------------------------------------------------


def long_story(count: int) -> Timeline:
    """``count`` events over two years: single days, short and long spans, some flagged."""
    events: list[Event] = []
    first = dt.date(2023, 1, 2)
    for n in range(count):
        start = first + dt.timedelta(days=(n * 7) % 730)
        length = (0, 0, 0, 2, 30)[n % 5]
        when = When(
            start=start,
            end=start + dt.timedelta(days=length),
            granularity="day",
            timex=start.isoformat(),
        )
        flags = [Flag(kind="disputed", detail="denied", doc_ids=["d1"])] if n % 17 == 0 else []
        text = f"Event number {n} happened."
        events.append(
            Event(
                id=f"e{n:04d}",
                summary=f"Event number {n}",
                when=when,
                status=("asserted", "reported", "planned", "denied")[n % 4],
                sources=[f"Source {n % 3}"],
                mentions=[Mention(doc_id=f"d{n % 9}", start=0, end=len(text), text=text)],
                flags=flags,
            )
        )
    return Timeline(documents=[], events=events)


def test_hundreds_of_events_stay_drawn_visible_and_compact(
    browser: Browser, tmp_path: Path
) -> None:
    story = long_story(400)
    assert_visible(story, show(browser, story, tmp_path))
    height = browser.evaluate("document.getElementById('timeline-figure').offsetHeight")
    assert height < 1400  # lanes, not one row per event
    assert browser.evaluate("!!document.querySelector('#timeline-figure .rangeslider-container')")
    assert browser.errors() == []


def test_the_harness_sees_console_errors_and_requests(browser: Browser, tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><html><body><img src='http://example.invalid/x.png'>"
        "<script>console.error('boom'); undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    browser.open(page, figure=False)
    time.sleep(0.5)
    errors = " ".join(browser.errors())
    assert "boom" in errors and "undefinedFunction" in errors
    assert "http://example.invalid/x.png" in browser.requests()


def test_no_chromium_process_is_left_behind(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    opened = Browser(profile)
    opened.close()
    assert opened.process.poll() is not None
