"""Hostile and broken input, end to end: corpora read from disk, built, rendered.

Each case of "What happens to bad input" (``docs/bad-input.md``) has a test here: pages that
try to inject HTML, script or Markdown, paths that lead out of the corpus, dates at the edges
of the calendar, old line endings, empty documents, crashes while writing, a corpus of ten
thousand files, and fuzzing of the loaders and the build.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import tracemalloc
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import any_text, dates, edge_dates

from timeline.cli import main
from timeline.documents import Document, iter_corpus, load_corpus
from timeline.errors import CorpusError, DocumentError, DocumentReadError, InvalidDocumentError
from timeline.model import DocumentStatus, Event, Mention, Timeline, When
from timeline.pipeline import build_timeline
from timeline.render import (
    html_link,
    link_target,
    markdown_link,
    render_html,
    render_markdown,
)
from timeline.resolve import extract_times

D = dt.date
STORY = "The council voted on Tuesday to close the bridge.\nMayor Jane Doe resigned on Friday.\n"

#: Things a scraped page may carry, each meant to run or to turn into markup.
PAYLOADS = (
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<!--<script>alert(3)//-->",
    '<img src=x onerror="alert(4)">',
    "<svg onload=alert(5)>",
    '<a href="javascript:alert(6)">click</a>',
    "javascript:alert(7)",
    '" onmouseover="alert(8)',
    "[click](javascript:alert(9))",
    "![pixel](https://evil.example/p.png)",
    "<https://evil.example>",
    "https://evil.example/x and www.evil.example and me@evil.example",
    "[ref]: https://evil.example",
    "&lt;script&gt;alert(10)&lt;/script&gt;",
    "`code` *emph* __strong__ # heading | cell |",
    "\u2028\u2029 line separators",
)
PAYLOAD_TEXT = " ".join(PAYLOADS)


# -- rendering: nothing from a page runs or becomes markup ------------------------------


def hostile_corpus(folder: Path) -> Path:
    """A corpus whose every document field carries all the payloads."""
    folder.mkdir(exist_ok=True)
    text = f"{PAYLOAD_TEXT}\n\nThe council voted on Tuesday to close the bridge, {PAYLOAD_TEXT}"
    (folder / "a.txt").write_text(f"{text}.\nThe mayor, {PAYLOAD_TEXT}, resigned on Friday.\n")
    entries = [
        {
            "id": PAYLOAD_TEXT,
            "file": "a.txt",
            "title": PAYLOAD_TEXT,
            "source": PAYLOAD_TEXT,
            "url": "javascript:alert(11)",
            "published": "2024-11-11",
        },
        {"id": "<b>missing</b>", "file": "<script>.txt"},
    ]
    (folder / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def hostile_timeline(tmp_path_factory: pytest.TempPathFactory) -> Timeline:
    folder = hostile_corpus(tmp_path_factory.mktemp("hostile") / "corpus")
    timeline = build_timeline(iter_corpus(folder))
    assert timeline.events, "the hostile corpus must yield events to render"
    return timeline


class PageScan(HTMLParser):
    """Every tag, attribute and script body of a page, as a browser's tokenizer sees it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def handle_comment(self, data: str) -> None:
        raise AssertionError(f"a comment opened in the page: {data[:40]!r}")


def scan(page: str) -> PageScan:
    parser = PageScan()
    parser.feed(page)
    parser.close()
    return parser


def test_html_page_runs_nothing_a_page_carries(hostile_timeline: Timeline) -> None:
    page = render_html(hostile_timeline)
    clean = scan(render_html(Timeline(documents=[], events=hostile_timeline.events[:0])))
    found = scan(page)

    assert set(found.tags) <= {"html", "head", "meta", "title", "style", "body", "h1", "h2"} | {
        "p", "div", "script", "ul", "li", "code", "strong", "em",
    }  # fmt: skip
    assert found.tags.count("script") == 3
    assert not [name for name, _ in found.attributes if name.startswith("on")]
    assert not [v for _, v in found.attributes if v and "javascript" in v.lower()]
    assert "script" not in clean.tags  # no figure, no script: all three come from Plotly
    visible = " ".join(found.text)
    assert "<script>alert(1)</script>" in visible  # shown as text
    assert "javascript:alert(7)" in visible


def test_the_figure_json_cannot_close_its_script_element(hostile_timeline: Timeline) -> None:
    page = render_html(hostile_timeline)
    call = page.index("Plotly.newPlot(")
    figure = page[call : page.index("</script>", call)]

    assert "alert(2)" in figure  # the page's text is in the figure's data...
    assert "<" not in figure  # ...but no "<" at all: no "</script", no "<!--"


def test_markdown_creates_no_link_image_or_html(hostile_timeline: Timeline) -> None:
    markdown = render_markdown(hostile_timeline)
    body = markdown.replace("**", "")  # the renderer's own bold summaries

    active = {
        "link or image": r"(?<!\\)\[[^\]\n]*(?<!\\)\]\s*[(\[:]",
        "HTML or autolink": r"(?<!\\)<[A-Za-z/!?]",
        "bare URL": r"(?<![\\\w])(?:https?:(?=//)|www\.[a-z])",
        "e-mail": r"\w(?<!\\)@\w+\.[a-z]",
        "entity": r"(?<!\\)&#?\w+;",
        "code": r"(?<!\\)`",
    }
    for name, pattern in active.items():
        assert re.search(pattern, body, re.IGNORECASE) is None, name
    assert "alert\\(1\\)" in markdown  # the text is still there, escaped


def test_markdown_escaping_keeps_every_line_a_list_item_or_heading(
    hostile_timeline: Timeline,
) -> None:
    lines = [line for line in render_markdown(hostile_timeline).splitlines() if line]
    for line in lines:
        assert re.match(r"(#{1,3} |- |  - )", line) or line[0].isdigit() or line[0].isalpha()


# -- URLs: links only when http(s) ------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("https://example.com/a", "https://example.com/a"),
        ("HTTP://Example.com", "HTTP://Example.com"),
        (" https://example.com/ ", "https://example.com/"),
        ("https://example.com/a b(c)", "https://example.com/a%20b%28c%29"),
        ('https://example.com/"><script>', "https://example.com/%22%3E%3Cscript%3E"),
        ("https://example.com/caf\u00e9", "https://example.com/caf%C3%A9"),
        ("https://[::1]/x", "https://[::1]/x"),
        ("javascript:alert(1)", None),
        ("JavaScript://example.com/%0Aalert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox(1)", None),
        ("file:///etc/passwd", None),
        ("mailto:me@example.com", None),
        ("//example.com/x", None),
        ("example.com", None),
        ("https://", None),
        ("https:///path", None),
        ("https://example.com/\nx", None),
        ("https://[::1/x", None),
        ("", None),
    ],
)
def test_only_http_urls_become_link_targets(url: str, target: str | None) -> None:
    assert link_target(url) == target


def test_an_http_url_is_a_link_showing_the_url() -> None:
    url = "https://example.com/a?b=1&c=(2)"
    assert markdown_link(url) == (
        "[https\\:\\//example\\.com/a?b=1\\&c=\\(2\\)](https://example.com/a?b=1&c=%282%29)"
    )
    assert html_link(url) == (
        '<a href="https://example.com/a?b=1&amp;c=%282%29" rel="nofollow noopener noreferrer">'
        "https://example.com/a?b=1&amp;c=(2)</a>"
    )


@pytest.mark.parametrize("url", ['javascript:alert("x")', "data:text/html,<b>x</b>"])
def test_any_other_url_is_inert_text(url: str) -> None:
    assert "<a" not in html_link(url) and "<b>" not in html_link(url)
    assert "](" not in markdown_link(url) and "<b>" not in markdown_link(url)


@given(st.text())
def test_a_link_target_never_breaks_out_of_its_link(url: str) -> None:
    target = link_target(url)
    if target is not None:
        assert re.fullmatch(r"(?i)https?://[A-Za-z0-9\-._~!#$%&*+,/:;=?@\[\]]+", target)
        assert markdown_link(url).endswith(f"]({target})")
        assert html_link(url).count('"') == 4


# -- paths: nothing outside the corpus folder -------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "C:\\Windows\\win.ini",
        "\\\\server\\share\\a.txt",
        "..\\outside.txt",
        "sub/../../outside.txt",
        "a\x00.txt",
    ],
)
def test_manifest_paths_that_lead_out_are_errors_for_their_document(
    tmp_path: Path, name: str
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (tmp_path / "outside.txt").write_text(STORY)
    (corpus / "ok.txt").write_text(STORY)
    entries = [{"id": "bad", "file": name}, {"id": "ok", "file": "ok.txt"}]
    (corpus / "manifest.json").write_text(json.dumps(entries))

    bad, good = iter_corpus(corpus)

    assert isinstance(bad, DocumentReadError) and bad.doc_id == "bad"
    assert isinstance(good, Document)


def test_a_symlinked_folder_leading_out_is_refused(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "secret"
    corpus.mkdir()
    outside.mkdir()
    (outside / "a.txt").write_text(STORY)
    (corpus / "linked").symlink_to(outside, target_is_directory=True)
    (corpus / "manifest.json").write_text(json.dumps([{"id": "a", "file": "linked/a.txt"}]))

    (item,) = iter_corpus(corpus)

    assert isinstance(item, DocumentReadError) and "outside the corpus folder" in item.reason


def test_a_folder_without_manifest_refuses_a_txt_link_leading_out(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "secret.txt").write_text(STORY)
    (corpus / "b.txt").symlink_to(tmp_path / "secret.txt")
    (corpus / "a.txt").write_text(STORY)
    (corpus / "c.txt").symlink_to(corpus / "a.txt")  # a link inside the corpus is fine

    a, b, c = iter_corpus(corpus)

    assert isinstance(a, Document) and isinstance(c, Document)
    assert isinstance(b, DocumentReadError) and "outside the corpus folder" in b.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_or_a_device_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for a writer
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # endless, and outside the corpus
    entries = [{"id": "pipe", "file": "pipe.txt"}, {"id": "zero", "file": "zero.txt"}]
    (tmp_path / "manifest.json").write_text(json.dumps(entries))

    pipe, zero = iter_corpus(tmp_path)

    assert isinstance(pipe, DocumentReadError) and "not a regular file" in pipe.reason
    assert isinstance(zero, DocumentReadError) and "outside the corpus folder" in zero.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_manifest_that_is_a_pipe_or_a_device_is_refused_without_blocking(
    tmp_path: Path,
) -> None:
    (tmp_path / "pipe").mkdir()
    os.mkfifo(tmp_path / "pipe" / "manifest.json")
    (tmp_path / "zero").mkdir()
    (tmp_path / "zero" / "manifest.json").symlink_to("/dev/zero")

    for folder in ("pipe", "zero"):
        with pytest.raises(CorpusError, match="not a regular file"):
            iter_corpus(tmp_path / folder)


def test_a_manifest_over_its_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("timeline.documents.MANIFEST_MAX_BYTES", 100)
    (tmp_path / "manifest.json").write_text(json.dumps([{"id": "x" * 100, "file": "a.txt"}]))

    with pytest.raises(CorpusError, match="over the limit of 100 bytes"):
        iter_corpus(tmp_path)


# -- resource bounds --------------------------------------------------------------------


def test_build_refuses_a_document_over_max_bytes_and_reads_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "big.txt").write_text("word " * 400)
    (corpus / "small.txt").write_text(STORY)

    code = main(["build", str(corpus), "--out", str(tmp_path / "out"), "--max-bytes", "1000"])

    assert code == 1
    result = Timeline.from_json((tmp_path / "out" / "timeline.json").read_text())
    status = {doc.id: doc for doc in result.documents}
    assert status["small"].status == "ok"
    assert status["big"].status == "error" and "limit of 1,000 bytes" in (status["big"].error or "")
    assert "'big'" in capsys.readouterr().err


# -- line endings -----------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n", "\u2028", "\r\r\n"])
def test_line_endings_are_kept_and_offsets_slice_the_loaded_text(
    tmp_path: Path, newline: str
) -> None:
    body = STORY.replace("\n", newline) + f"{newline}It reopened on Monday.{newline}"
    (tmp_path / "a.txt").write_bytes(body.encode())
    (tmp_path / "manifest.json").write_text(
        json.dumps([{"id": "a", "file": "a.txt", "published": "2024-11-11"}])
    )

    (document,) = load_corpus(tmp_path)
    timeline = build_timeline([document])
    mentions = [m for event in timeline.events for m in event.mentions]

    assert document.text == body
    assert len(mentions) == 3  # one sentence per line: the line breaks were seen
    assert all_slices_hold(timeline, {"a": body})
    for time in extract_times(body, document.published):
        assert body[time.start : time.end] == time.text


def slices_back(text: str, m: Mention) -> bool:
    """The mention's sentence and time words are ``text`` at their offsets, one inside the other."""
    if text[m.start : m.end] != m.text:
        return False
    if m.time_start is None or m.time_end is None:
        return m.time_text is None
    return text[m.time_start : m.time_end] == m.time_text and (
        m.start <= m.time_start <= m.time_end <= m.end
    )


def all_slices_hold(timeline: Timeline, texts: dict[str, str]) -> bool:
    """Every mention's sentence and time words are their document's text at their offsets."""
    for event in timeline.events:
        for m in event.mentions:
            assert slices_back(texts[m.doc_id], m), (m, texts[m.doc_id])
    return True


# -- empty documents, by every path -----------------------------------------------------

BLANKS = ("", " ", "\n\r\n\t  \u00a0\u2003\n")


def write_corpus(folder: Path, form: str, texts: dict[str, str]) -> Path:
    """The same documents as a manifest folder, a folder of .txt files, or JSON Lines."""
    folder.mkdir(parents=True, exist_ok=True)
    if form == "jsonl":
        path = folder / "corpus.jsonl"
        lines = [json.dumps({"id": doc_id, "text": text}) for doc_id, text in texts.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    for doc_id, text in texts.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    if form == "manifest":
        entries = [{"id": doc_id, "file": f"{doc_id}.txt"} for doc_id in texts]
        (folder / "manifest.json").write_text(json.dumps(entries))
    return folder


@pytest.mark.parametrize("form", ["manifest", "folder", "jsonl"])
@pytest.mark.parametrize("blank", BLANKS, ids=["empty", "space", "mixed-whitespace"])
def test_an_empty_document_is_listed_as_an_error_and_the_build_goes_on(
    tmp_path: Path, form: str, blank: str, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "in", form, {"blank": blank, "story": STORY})

    items = list(iter_corpus(corpus))
    code = main(["build", str(corpus), "--out", str(tmp_path / "out")])

    assert [type(item) for item in items] == [InvalidDocumentError, Document]
    assert code == 1
    result = Timeline.from_json((tmp_path / "out" / "timeline.json").read_text())
    assert [(d.id, d.status, d.error) for d in result.documents] == [
        ("blank", "error", "empty text"),
        ("story", "ok", None),
    ]
    assert "document 'blank': empty text" in capsys.readouterr().err
    with pytest.raises(InvalidDocumentError, match="empty text"):
        load_corpus(corpus)


def test_a_corpus_of_only_empty_documents_still_writes_every_output(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", "folder", {"a": "", "b": " \n "})

    assert main(["build", str(corpus), "--out", str(tmp_path / "out")]) == 1
    result = Timeline.from_json((tmp_path / "out" / "timeline.json").read_text())
    assert [d.status for d in result.documents] == ["error", "error"] and not result.events
    assert "No dated events." in (tmp_path / "out" / "chronology.md").read_text()
    assert "No dated events to plot." in (tmp_path / "out" / "timeline.html").read_text()


# -- publication dates at the edges -----------------------------------------------------


@pytest.mark.parametrize(
    ("published", "fragment"),
    [
        ("-0044-03-15", "before year 1 (BC/BCE)"),
        ("0000-06-01", "before year 1 (BC/BCE)"),
        ("44 BC", "before year 1 (BC/BCE)"),
        ("753 b.c.e.", "before year 1 (BC/BCE)"),
        ("10000-01-01", "after year 9999"),
        ("+12024-11-10", "after year 9999"),
        ("999-01-01", "fewer than 4 digits"),
        ("2024-02-30", "day is out of range for month"),
        ("2023-02-29", "day is out of range for month"),
        ("2024-13-01", "month must be in 1..12"),
        ("2021-W53", "Invalid week: 53"),
        ("2024-11-10T25:00", "not a valid ISO 8601 date or date-time"),
        ("9" * 500, "(500 characters)"),
    ],
)
def test_a_date_datetime_cannot_hold_is_an_error_naming_the_document_and_why(
    tmp_path: Path, published: str, fragment: str
) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text("Another story, on Monday.")
    entries = [
        {"id": "rome", "file": "a.txt", "published": published},
        {"id": "fine", "file": "b.txt", "published": "2024-11-11"},
    ]
    (tmp_path / "manifest.json").write_text(json.dumps(entries))

    bad, good = iter_corpus(tmp_path)

    assert isinstance(bad, InvalidDocumentError) and bad.doc_id == "rome"
    assert fragment in bad.reason and str(bad).startswith("document 'rome': published ")
    assert len(str(bad)) < 200
    assert isinstance(good, Document)


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2020-W53-7", D(2021, 1, 3)),
        ("2020-W53", D(2020, 12, 28)),
        ("20241110", D(2024, 11, 10)),
        ("0001-01-01", D.min),
        ("9999-12-31T23:59:59+14:00", D.max),
        ("2024-02-29T12:00Z", D(2024, 2, 29)),
        (" 2024-11-10 ", D(2024, 11, 10)),
    ],
)
def test_iso_forms_at_the_edges_are_read(published: str, day: D) -> None:
    document = Document.model_validate({"id": "a", "text": "x", "published": published})

    assert document.published_date == day


EDGE_TEXT = (
    "The council voted to close the bridge yesterday.\n"
    "The mayor signed the order this week.\n"
    "The mayor resigned on December 30.\n"
    "The city will reopen the bridge next year.\n"
)


def dated(timeline: Timeline) -> dict[str, str]:
    """The first words of each dated event's summary -> its TIMEX3 value."""
    return {
        " ".join(e.summary.split()[:3]): e.when.timex for e in timeline.events if e.when is not None
    }


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # ISO week 53, at the turn of the year
        (
            "2021-01-03",
            {
                "The council voted": "2021-01-02",
                "The mayor signed": "2020-W53",
                "The mayor resigned": "2020-12-30",
                "The city will": "2022",
            },
        ),
        # a year boundary
        (
            "2025-01-01",
            {
                "The council voted": "2024-12-31",
                "The mayor signed": "2025-W01",
                "The mayor resigned": "2024-12-30",
                "The city will": "2026",
            },
        ),
        # 29 February
        (
            "2024-02-29",
            {
                "The council voted": "2024-02-28",
                "The mayor signed": "2024-W09",
                "The mayor resigned": "2023-12-30",
                "The city will": "2025",
            },
        ),
        # a year before 1000
        (
            "0999-06-15",
            {
                "The council voted": "0999-06-14",
                "The mayor signed": "0999-W24",
                "The mayor resigned": "0998-12-30",
                "The city will": "1000",
            },
        ),
        # the last day datetime holds: what lies beyond it stays undated
        (
            "9999-12-31",
            {"The council voted": "9999-12-30", "The mayor resigned": "9999-12-30"},
        ),
        # a datetime late in the evening west of Greenwich: its own date, not UTC's
        (
            "2024-11-10T23:30:00-05:00",
            {
                "The council voted": "2024-11-09",
                "The mayor signed": "2024-W45",
                "The mayor resigned": "2023-12-30",
                "The city will": "2025",
            },
        ),
        # just after midnight east of Greenwich, still the day before in UTC
        (
            "2024-11-11T00:30:00+14:00",
            {
                "The council voted": "2024-11-10",
                "The mayor signed": "2024-W46",
                "The mayor resigned": "2023-12-30",
                "The city will": "2025",
            },
        ),
    ],
)
def test_relative_dates_resolve_against_the_local_date_at_the_edges(
    published: str, expected: dict[str, str]
) -> None:
    document = Document.model_validate({"id": "a", "text": EDGE_TEXT, "published": published})

    timeline = build_timeline([document])

    assert dated(timeline).items() >= expected.items()
    assert timeline.documents[0].published == document.published_date
    assert timeline.documents[0].published == D.fromisoformat(published[:10])


def test_the_first_day_datetime_holds_builds_and_leaves_the_past_undated() -> None:
    document = Document(id="a", text=EDGE_TEXT, published=D(1, 1, 1))
    timeline = build_timeline([document])

    assert timeline.documents[0].status == "ok"
    assert "The council voted" not in dated(timeline)  # "yesterday" was year 0


# -- no data lost: atomic writes --------------------------------------------------------


class _Interrupted(BaseException):
    """Stands for a kill arriving while a file is half written."""


def test_a_crash_while_writing_leaves_the_previous_outputs_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "in", "manifest", {"a": STORY})
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    write_corpus(tmp_path / "in", "manifest", {"a": STORY, "b": "The bridge reopened on May 2."})
    real_fdopen = os.fdopen

    def half_then_die(fd: int, *args: Any, **kwargs: Any) -> Any:
        stream = real_fdopen(fd, *args, **kwargs)
        write = stream.write

        def dying_write(text: str) -> int:
            write(text[: len(text) // 2])
            stream.flush()
            raise _Interrupted

        stream.write = dying_write
        return stream

    monkeypatch.setattr("timeline.cli.os.fdopen", half_then_die)
    with pytest.raises(_Interrupted):
        main(["build", str(corpus), "--out", str(out)])

    assert {path.name: path.read_bytes() for path in out.iterdir()} == before  # no temp file
    Timeline.from_json((out / "timeline.json").read_text())


def test_exit_codes_of_build(tmp_path: Path) -> None:
    good = write_corpus(tmp_path / "good", "jsonl", {"a": STORY})
    mixed = write_corpus(tmp_path / "mixed", "jsonl", {"a": STORY, "b": ""})

    assert main(["build", str(good), "--out", str(tmp_path / "o1")]) == 0
    assert main(["build", str(mixed), "--out", str(tmp_path / "o2")]) == 1
    assert main(["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o3")]) == 2
    assert main(["build", str(good), "--out", str(tmp_path / "o4"), "--max-bytes", "0"]) == 2
    (tmp_path / "file").write_text("x")
    assert main(["build", str(good), "--out", str(tmp_path / "file" / "o5")]) == 2
    assert (tmp_path / "o2" / "timeline.json").exists()


# -- ten thousand documents: flat memory, any order -------------------------------------


def generated_texts(count: int) -> Iterator[tuple[str, str, str]]:
    """(id, text, publication date) of ``count`` small, distinct, one-event articles."""
    for i in range(count):
        text = f"The council of Town{i} voted on Tuesday to close bridge {i}.\n"
        yield f"doc{i:05d}", text, f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"


def write_generated(folder: Path, count: int, *, shuffle: random.Random | None = None) -> Path:
    folder.mkdir()
    entries = []
    for doc_id, text, published in generated_texts(count):
        (folder / f"{doc_id}.txt").write_text(text)
        entries.append({"id": doc_id, "file": f"{doc_id}.txt", "published": published})
    if shuffle is not None:
        shuffle.shuffle(entries)
    (folder / "manifest.json").write_text(json.dumps(entries))
    return folder


def peak_bytes_per_document(folder: Path, count: int) -> float:
    tracemalloc.start()
    try:
        timeline = build_timeline(iter_corpus(folder))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(timeline.documents) == count
    assert all(doc.status == "ok" for doc in timeline.documents)
    assert len(timeline.dated()) == count
    return peak / count


def test_ten_thousand_documents_build_with_flat_memory_per_document(tmp_path: Path) -> None:
    small = peak_bytes_per_document(write_generated(tmp_path / "small", 1_000), 1_000)
    large = peak_bytes_per_document(write_generated(tmp_path / "large", 10_000), 10_000)

    assert large <= 1.25 * small, (small, large)


def test_the_result_does_not_depend_on_the_order_of_the_files(tmp_path: Path) -> None:
    story = [
        ("a", "The council voted on Tuesday to close the bridge, Mayor Jane Doe said."),
        ("b", "Mayor Jane Doe said the council voted on Wednesday to close the bridge."),
        ("c", "Mayor Jane Doe denied on Friday that the council voted to close the bridge."),
        ("d", "The council voted on Tuesday to close the bridge, Mayor Jane Doe said."),
        ("e", ""),
    ]
    generated = [(doc_id, text) for doc_id, text, _ in generated_texts(300)]
    texts = dict(story + generated)
    outputs = set()
    for seed in range(3):
        order = list(texts)
        random.Random(seed).shuffle(order)
        folder = tmp_path / f"order{seed}"
        folder.mkdir()
        for name in order:
            (folder / f"{name}.txt").write_text(texts[name])
        entries = [{"id": n, "file": f"{n}.txt", "published": "2024-11-08"} for n in order]
        (folder / "manifest.json").write_text(json.dumps(entries))
        outputs.add(build_timeline(iter_corpus(folder)).to_json())

    assert len(outputs) == 1


# -- fuzzing: only documented exceptions escape, offsets slice back ---------------------

FILE_NAMES = ("a.txt", "b.txt", "sub/c.txt", "../x.txt", "/etc/hostname", "", ".", "sub", "a\x00")
FIELD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(("2024-11-10", "2024-02-30", "-0044-03-15", "2024-11-10T23:30:00-05:00")),
    st.lists(st.integers(), max_size=2),
)
ENTRIES = st.dictionaries(
    st.sampled_from(("id", "file", "title", "published", "source", "url", "kind", "extra")),
    st.one_of(FIELD_VALUES, st.sampled_from(FILE_NAMES)),
)
MANIFESTS = st.one_of(
    st.binary(max_size=120),
    st.lists(st.one_of(ENTRIES, FIELD_VALUES), max_size=5).map(json.dumps).map(str.encode),
    st.lists(ENTRIES, max_size=5).map(lambda es: json.dumps({"documents": es}).encode()),
)
FILE_BYTES = st.one_of(
    st.binary(max_size=120),
    st.text(max_size=60).map(lambda t: t.encode("utf-8")),
    st.text(max_size=60).map(lambda t: t.encode("utf-16")),
)


def check_items(items: list[Document | DocumentError]) -> None:
    for item in items:
        assert isinstance(item, Document | DocumentError)
        if isinstance(item, Document):
            assert item.text.strip() and item.id.strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    manifest=st.none() | MANIFESTS,
    files=st.dictionaries(st.sampled_from(FILE_NAMES[:3]), FILE_BYTES, max_size=3),
)
def test_any_corpus_folder_loads_or_fails_with_documented_errors(
    tmp_path_factory: pytest.TempPathFactory, manifest: bytes | None, files: dict[str, bytes]
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "sub").mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    if manifest is not None:
        (folder / "manifest.json").write_bytes(manifest)

    try:
        items = list(iter_corpus(folder, max_bytes=100))
    except CorpusError:
        return
    check_items(items)
    first_error = next((item for item in items if isinstance(item, DocumentError)), None)
    if first_error is None:
        assert load_corpus(folder, max_bytes=100) == items
    else:
        with pytest.raises(type(first_error)):
            load_corpus(folder, max_bytes=100)
    timeline = build_timeline(items)
    assert len(timeline.documents) == len(items)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.binary(max_size=80) | ENTRIES.map(json.dumps).map(str.encode), max_size=6))
def test_any_json_lines_file_loads_or_fails_with_documented_errors(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes]
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines))

    items = list(iter_corpus(path, max_bytes=60))

    check_items(items)
    assert len(build_timeline(items).documents) == len(items)


PUBLISHED = st.one_of(
    st.none(),
    dates(),
    edge_dates(),
    st.datetimes(
        min_value=dt.datetime(1, 1, 2),
        max_value=dt.datetime(9999, 12, 30),
        timezones=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=-12))]),
    ),
)


@st.composite
def documents(draw: st.DrawFn) -> list[Document | DocumentError]:
    items: list[Document | DocumentError] = []
    for number in range(draw(st.integers(0, 4))):
        text = draw(any_text().filter(str.strip))
        if draw(st.booleans()):
            text = text.replace("\n", draw(st.sampled_from(["\r", "\r\n", "\n\n"])))
        items.append(
            Document(
                id=draw(st.sampled_from([f"d{number}", "same", "<b>x</b>"])),
                text=text,
                published=draw(PUBLISHED),
                kind=draw(st.sampled_from(["news", "news", "narrative"])),
            )
        )
    if draw(st.booleans()):
        items.append(InvalidDocumentError(draw(st.text(min_size=1, max_size=8)), "broken"))
    return items


@settings(max_examples=200, deadline=None)
@given(documents())
def test_any_documents_build_every_one_listed_and_offsets_slicing_back(
    items: list[Document | DocumentError],
) -> None:
    timeline = build_timeline(items)

    assert len(timeline.documents) == len(items)
    mentions: dict[str, list[Mention]] = {}
    for event in timeline.events:
        for m in event.mentions:
            mentions.setdefault(m.doc_id, []).append(m)
    for doc_id, found in mentions.items():  # of documents sharing an id, one was read
        texts = [item.text for item in items if isinstance(item, Document) and item.id == doc_id]
        assert any(all(slices_back(text, m) for m in found) for text in texts), doc_id
    assert Timeline.from_json(timeline.to_json()) == timeline
    render_markdown(timeline)


@settings(max_examples=200, deadline=None)
@given(any_text(), PUBLISHED)
def test_extract_times_on_any_text_and_date_slices_back(
    text: str, published: dt.date | None
) -> None:
    for kind in ("news", "narrative"):
        for time in extract_times(text, published, kind=kind):
            assert text[time.start : time.end] == time.text


def test_a_timeline_with_the_extreme_dates_renders(hostile_timeline: Timeline) -> None:
    def when(start: D, end: D) -> When:
        return When(start=start, end=end, granularity="day", timex=start.isoformat())

    mention = Mention(doc_id="a", start=0, end=1, text="x")
    events = [
        Event(id=f"e{i}", summary=f"edge {i}", when=w, mentions=[mention])
        for i, w in enumerate(
            [when(D.min, D.min), when(D.max, D.max), when(D.min, D.max), when(D(999, 1, 1), D.max)]
        )
    ]
    timeline = Timeline(documents=[DocumentStatus(id="a")], events=events)

    assert "0001-01-01 (Mon)" in render_markdown(timeline)
    assert scan(render_html(timeline)).tags.count("script") == 3
