"""Tests of saved web pages as documents: article text, publication date and its source."""

from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document, iter_corpus, load_corpus
from timeline.errors import InvalidDocumentError
from timeline.pipeline import build_timeline
from timeline.webpages import page_date, read_webpage

BODY = """
<p>The harbour bridge reopened to traffic on Tuesday after six weeks of repairs, the city
council said in a statement.</p>
<p>Engineers had closed the bridge on February 1 when inspectors found cracks in two of its
steel supports. The repairs cost about two million euros, according to the council.</p>
<p>The mayor said a second inspection would take place in June to check the new supports,
and that the bridge would stay open during that work.</p>
"""

NAVIGATION = """
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
"""

COMMENTS = """
<section class="comments" id="comments"><h2>3 comments</h2>
<div class="comment"><p>Quillfeather wrote: the zebra crossing was repainted on Sunday and
nobody asked us, typical.</p></div>
<div class="comment"><p>Marrowbone said the ferry timetable changed on Friday without
any warning at all.</p></div>
</section>
"""

TEASERS = """
<aside class="related"><h3>Related articles</h3><ul>
<li><a href="/news/tunnel">Tunnel closure extended until October, officials say</a></li>
<li><a href="/news/ferry">Ferry strike called off on Monday by the dockers</a></li>
</ul></aside>
"""

FOOTER = "<footer><p>Copyright The Coastal Herald. All rights reserved.</p></footer>"


def page(head: str = "", body: str = BODY, extra: str = "") -> str:
    """A whole article page: navigation, the article, then ``extra`` and a footer."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Harbour bridge reopens | The Coastal Herald</title>{head}</head>\n"
        f"<body>{NAVIGATION}<article><h1>Harbour bridge reopens after repairs</h1>{body}"
        f"</article>{extra}{FOOTER}</body></html>\n"
    )


JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "headline": "Harbour bridge reopens after repairs", '
    '"datePublished": "2023-03-14T09:30:00+01:00", '
    '"dateModified": "2023-03-20T10:00:00+01:00"}</script>'
)
URL_ONLY = '<link rel="canonical" href="https://herald.example/2021/06/05/bridge-reopens.html">'
TEXT_DATE_BODY = BODY + "<p>This report was first written on 3 May 2019 by our staff.</p>"


def test_json_ld_gives_the_original_publication_date() -> None:
    found = read_webpage(page(JSON_LD))
    assert (found.published, found.date_source) == (dt.date(2023, 3, 14), "page-metadata")
    assert found.title is not None and "Harbour bridge reopens" in found.title


def test_a_date_only_in_the_canonical_url_is_page_metadata() -> None:
    found = read_webpage(page(URL_ONLY))
    assert (found.published, found.date_source) == (dt.date(2021, 6, 5), "page-metadata")
    assert found.url == "https://herald.example/2021/06/05/bridge-reopens.html"


def test_a_date_only_in_the_url_it_was_saved_from() -> None:
    url = "https://herald.example/news/2020/11/30/bridge"
    assert page_date(page(), url=url) == (dt.date(2020, 11, 30), "page-metadata")


def test_a_page_without_any_date() -> None:
    found = read_webpage(page())
    assert (found.published, found.date_source) == (None, "none")


def test_a_date_found_only_in_the_visible_text_is_inferred() -> None:
    assert page_date(page(body=TEXT_DATE_BODY)) == (dt.date(2019, 5, 3), "inferred")


def test_comments_teasers_and_navigation_do_not_reach_the_text() -> None:
    text = read_webpage(page(JSON_LD, extra=COMMENTS + TEASERS)).text
    assert "reopened to traffic on Tuesday" in text
    assert "second inspection would take place in June" in text
    for furniture in ("Quillfeather", "Marrowbone", "zebra", "Tunnel closure", "Ferry strike"):
        assert furniture not in text
    for furniture in ("Sport", "Copyright", "Related articles", "3 comments"):
        assert furniture not in text


def test_the_text_has_one_paragraph_per_line() -> None:
    lines = read_webpage(page(JSON_LD)).text.split("\n")
    assert all(line == line.strip() and line for line in lines)
    assert any(line.startswith("Engineers had closed the bridge") for line in lines)
    assert any(line.startswith("The mayor said") for line in lines)


def test_a_page_that_looks_like_a_url_is_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    found = read_webpage("https://herald.example/2021/06/05/bridge-reopens.html")
    assert found.text == ""
    assert page_date(page(JSON_LD))[1] == "page-metadata"


# -- the corpus loaders ------------------------------------------------------------------


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_a_folder_of_pages_without_a_manifest(tmp_path: Path) -> None:
    write(tmp_path, "a.html", page(JSON_LD, extra=COMMENTS))
    write(tmp_path, "b.htm", page(URL_ONLY))
    write(tmp_path, "c.html", page())
    write(tmp_path, "d.txt", "The council met on Tuesday.\n")
    docs = load_corpus(tmp_path)
    assert [doc.id for doc in docs] == ["a", "b", "c", "d"]
    assert [doc.published for doc in docs] == [
        dt.date(2023, 3, 14),
        dt.date(2021, 6, 5),
        None,
        None,
    ]
    assert [doc.date_source for doc in docs] == ["page-metadata", "page-metadata", "none", None]
    assert "Quillfeather" not in docs[0].text
    assert docs[3].text == "The council met on Tuesday.\n"


def test_a_manifest_overrides_what_the_page_says(tmp_path: Path) -> None:
    write(tmp_path, "a.html", page(JSON_LD))
    write(tmp_path, "b.html", page(URL_ONLY))
    write(tmp_path, "c.html", page())
    entries = [
        {"id": "A", "file": "a.html", "published": "2023-03-15", "title": "Given title"},
        {"id": "B", "file": "b.html", "source": "Herald"},
        {"id": "C", "file": "c.html", "url": "https://herald.example/2022/01/09/c"},
    ]
    (tmp_path / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")
    a, b, c = load_corpus(tmp_path)
    assert (a.published, a.date_source, a.title) == (
        dt.date(2023, 3, 15),
        "manifest",
        "Given title",
    )
    assert (b.published, b.date_source, b.source) == (
        dt.date(2021, 6, 5),
        "page-metadata",
        "Herald",
    )
    assert (c.published, c.date_source) == (dt.date(2022, 1, 9), "page-metadata")
    assert c.url == "https://herald.example/2022/01/09/c"


def test_a_page_without_article_text_is_an_error_for_that_page_only(tmp_path: Path) -> None:
    write(tmp_path, "a.html", "<html><head><title>Empty</title></head><body></body></html>")
    write(tmp_path, "b.html", page(JSON_LD))
    first, second = iter_corpus(tmp_path)
    assert isinstance(first, InvalidDocumentError)
    assert first.doc_id == "a" and "no article text" in first.reason
    assert isinstance(second, Document)


def test_documents_without_a_date_source_default_to_none() -> None:
    assert Document(id="x", text="Some text.").date_source is None


def test_a_build_from_pages_resolves_against_the_page_date(tmp_path: Path) -> None:
    write(tmp_path, "a.html", page(JSON_LD, extra=COMMENTS + TEASERS))
    result = build_timeline(load_corpus(tmp_path))
    assert [doc.published for doc in result.documents] == [dt.date(2023, 3, 14)]
    days = {event.when.start for event in result.dated() if event.when is not None}
    assert dt.date(2023, 3, 14) in days  # "on Tuesday", published Tuesday 2023-03-14
    summaries = " ".join(event.summary for event in result.events)
    assert "Ferry" not in summaries and "Quillfeather" not in summaries


@settings(max_examples=25, deadline=None)
@given(
    st.text(max_size=300),
    st.sampled_from(["", JSON_LD, URL_ONLY]),
    st.sampled_from(["", "<p>", "</article>", "<!--", "<script>", "\x00", "\ufeff"]),
)
def test_any_page_gives_a_web_page_or_nothing(text: str, head: str, cut: str) -> None:
    """Whatever the markup, reading a page never raises; its text has no blank lines."""
    found = read_webpage(page(head, body=f"<p>{text}</p>{cut}{text}"))
    assert "\n\n" not in found.text and found.text == found.text.strip()
    assert found.date_source in ("page-metadata", "inferred", "none")
    assert (found.published is None) == (found.date_source == "none")
