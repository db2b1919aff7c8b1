"""Saved web pages: an article page (``.html``) as a Document, its date and where it came from.

The article text is the page's main content as trafilatura finds it, without navigation,
comment threads or related-article teasers, one paragraph per line. The publication date is
htmldate's: first from what the page declares (meta tags, JSON-LD, ``<time>`` elements, bylines,
the date in its URL), which counts as ``"page-metadata"``; failing that from dates in its
visible text, which counts as ``"inferred"``. A manifest's date overrides both
(``"manifest"``); a page with none is ``"none"`` and its relative expressions stay unresolved.

Nothing here touches the network: both libraries get the page as UTF-8 bytes, never a URL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs
import htmldate
import trafilatura

from timeline.documents import DateSource, Document, parse_document
from timeline.errors import InvalidDocumentError

__all__ = [
    "WebPage",
    "page_date",
    "read_webpage",
    "webpage_document",
]

ISO_DAY = "%Y-%m-%d"


@attrs.frozen
class WebPage:
    """What a saved article page yields: its text, title, URL, and dated publication."""

    text: str
    title: str | None
    url: str | None
    published: dt.date | None
    date_source: DateSource


def page_date(html: str | bytes, *, url: str | None = None) -> tuple[dt.date | None, DateSource]:
    """The page's publication date and its source: its metadata, else its text, else none.

    ``url`` (the address the page was saved from) is searched for a date too, as is the
    page's own canonical link.
    """
    data = _as_bytes(html)
    passes: tuple[tuple[bool, DateSource], ...] = ((False, "page-metadata"), (True, "inferred"))
    for extensive, source in passes:
        # The original publication date, not the last modification.
        found = htmldate.find_date(
            data, extensive_search=extensive, original_date=True, outputformat=ISO_DAY, url=url
        )
        if found is not None:
            return dt.date.fromisoformat(found), source
    return None, "none"


def read_webpage(html: str | bytes, *, url: str | None = None, date: bool = True) -> WebPage:
    """The article in a saved page: main text without furniture, title, URL and date (not
    looked for when ``date`` is false: a manifest that gives one saves the search)."""
    data = _as_bytes(html)
    # Main text only, precision first: a teaser or comment that slips through becomes a false
    # event, a lost paragraph only a missed one.
    extracted = trafilatura.bare_extraction(
        data,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        with_metadata=True,
    )
    text = _paragraphs(getattr(extracted, "text", None) or "")
    title = getattr(extracted, "title", None) or None
    page_url = url or getattr(extracted, "url", None) or None
    published, source = page_date(data, url=page_url) if date else (None, "none")
    return WebPage(text=text, title=title, url=page_url, published=published, date_source=source)


def webpage_document(doc_id: str, html: str, fields: Mapping[str, object]) -> Document:
    """A Document from a saved page; ``fields`` (a manifest entry's) override what the page says.

    Raises InvalidDocumentError when the page has no article text or a field is invalid.
    """
    url = fields.get("url")
    dated = fields.get("published") is not None
    page = read_webpage(html, url=url if isinstance(url, str) else None, date=not dated)
    if not page.text:
        raise InvalidDocumentError(doc_id, "the page has no article text")
    found: dict[str, object] = {
        "title": page.title,
        "url": page.url,
        "published": page.published,
        "date_source": page.date_source,
    }
    if dated:
        found["date_source"] = "manifest"
    given = {key: value for key, value in fields.items() if value is not None}
    return parse_document(doc_id, {**found, **given, "id": doc_id, "text": page.text})


def _as_bytes(html: str | bytes) -> bytes:
    """UTF-8 bytes: both libraries decode them as UTF-8 and never take them for a URL."""
    return html.encode("utf-8") if isinstance(html, str) else html


def _paragraphs(text: str) -> str:
    """One paragraph per line, each stripped, no blank lines: as the segmenter reads text."""
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
