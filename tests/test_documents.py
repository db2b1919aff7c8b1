"""Tests of the corpus loaders: manifests, text folders, JSON Lines, decoding, errors."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document, iter_corpus, load_corpus, read_document
from timeline.errors import (
    CorpusError,
    DocumentError,
    DocumentReadError,
    InvalidDocumentError,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

GOOD_TEXT = "The council met on Tuesday.\nIt voted the next day.\n"


def write_manifest(folder: Path, entries: object) -> None:
    (folder / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")


def three_entries(folder: Path, middle: dict[str, object]) -> None:
    """A manifest with good entries 'a' and 'c' around ``middle``."""
    for name in ("a", "c"):
        (folder / f"{name}.txt").write_text(f"{name}: {GOOD_TEXT}", encoding="utf-8")
    entries = [
        {"id": "a", "file": "a.txt", "published": "2024-03-01"},
        middle,
        {"id": "c", "file": "c.txt", "published": "2024-03-02"},
    ]
    write_manifest(folder, {"documents": entries})


def write_bytes(name: str, data: bytes) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    return setup


def nothing(folder: Path) -> None:
    """No file to create."""


def make_directory(folder: Path) -> None:
    (folder / "b.txt").mkdir()


def link_outside(folder: Path) -> None:
    outside = folder.parent / f"{folder.name}-outside.txt"
    outside.write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "b.txt").symlink_to(outside)


ENTRY_ERRORS = [
    pytest.param(
        {"file": "b.txt"},
        write_bytes("b.txt", b"text"),
        InvalidDocumentError,
        "entry 2",
        ["'id'"],
        id="missing-id",
    ),
    pytest.param(
        {"id": "b"},
        nothing,
        InvalidDocumentError,
        "b",
        ["entry 2", "'file'"],
        id="missing-file",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt"},
        nothing,
        DocumentReadError,
        "b",
        ["'b.txt'", "does not exist"],
        id="file-missing",
    ),
    pytest.param(
        {"id": "b", "file": "/etc/hostname"},
        nothing,
        DocumentReadError,
        "b",
        ["'/etc/hostname'", "absolute"],
        id="absolute-path",
    ),
    pytest.param(
        {"id": "b", "file": "../b.txt"},
        write_bytes("../b.txt", GOOD_TEXT.encode()),
        DocumentReadError,
        "b",
        ["'../b.txt'", "outside the corpus folder"],
        id="dot-dot",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt"},
        link_outside,
        DocumentReadError,
        "b",
        ["'b.txt' is outside the corpus folder"],
        id="symlink-outside",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt"},
        write_bytes("b.txt", b"x" * 5000),
        DocumentReadError,
        "b",
        ["5,000 bytes", "limit of 1,000 bytes"],
        id="too-large",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt"},
        make_directory,
        DocumentReadError,
        "b",
        ["directory"],
        id="directory",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt"},
        write_bytes("b.txt", b"GIF89a\x00\x01\x02"),
        DocumentReadError,
        "b",
        ["binary file", "offset 6"],
        id="binary",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt"},
        write_bytes("b.txt", b"abc \x81 def"),
        DocumentReadError,
        "b",
        ["offset 4", "0x81"],
        id="undecodable",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt"},
        write_bytes("b.txt", b""),
        InvalidDocumentError,
        "b",
        ["empty text"],
        id="empty",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt"},
        write_bytes("b.txt", b" \r\n\t\n  "),
        InvalidDocumentError,
        "b",
        ["empty text"],
        id="whitespace-only",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt", "published": "2024-02-30"},
        write_bytes("b.txt", b"text"),
        InvalidDocumentError,
        "b",
        ["'2024-02-30'"],
        id="impossible-date",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt", "published": "yesterday"},
        write_bytes("b.txt", b"text"),
        InvalidDocumentError,
        "b",
        ["'yesterday'"],
        id="relative-date",
    ),
    pytest.param(
        {"id": "b", "file": "b.txt", "title": 7},
        write_bytes("b.txt", b"text"),
        InvalidDocumentError,
        "b",
        ["'title'"],
        id="ill-typed-title",
    ),
    pytest.param(
        ["not", "an", "object"],
        nothing,
        InvalidDocumentError,
        "entry 2",
        ["not an object"],
        id="entry-not-object",
    ),
]


@pytest.mark.parametrize(("middle", "setup", "error_type", "doc_id", "fragments"), ENTRY_ERRORS)
def test_one_bad_entry_yields_its_error_and_the_others_load(
    tmp_path: Path,
    middle: dict[str, object],
    setup: Callable[[Path], None],
    error_type: type[DocumentError],
    doc_id: str,
    fragments: list[str],
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    three_entries(corpus, middle)
    setup(corpus)

    first, bad, last = iter_corpus(corpus, max_bytes=1000)

    assert isinstance(first, Document) and first.id == "a"
    assert isinstance(last, Document) and last.id == "c"
    assert type(bad) is error_type
    assert bad.doc_id == doc_id
    assert str(bad).startswith(f"document {doc_id!r}: ")
    for fragment in fragments:
        assert fragment in str(bad)
    with pytest.raises(error_type) as raised:
        load_corpus(corpus, max_bytes=1000)
    assert raised.value.doc_id == doc_id


def test_duplicate_id_fails_the_second_entry_only(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("another text", encoding="utf-8")
    three_entries(tmp_path, {"id": "a", "file": "b.txt"})

    first, duplicate, last = iter_corpus(tmp_path)

    assert isinstance(first, Document) and first.text.startswith("a: ")
    assert isinstance(duplicate, InvalidDocumentError)
    assert duplicate.doc_id == "a"
    assert "duplicate id" in str(duplicate) and "entry 1" in str(duplicate)
    assert isinstance(last, Document)


def test_seeds_load_with_the_manifest_dates_and_titles() -> None:
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["documents"]

    documents = load_corpus(SEEDS)

    assert len(documents) == 5
    assert [doc.id for doc in documents] == [entry["id"] for entry in entries]
    for doc, entry in zip(documents, entries, strict=True):
        assert doc.published == dt.date.fromisoformat(entry["published"])
        assert doc.published_date == doc.published
        assert doc.title == entry["title"]
        assert doc.kind == "news"
        raw = (SEEDS / entry["file"]).read_bytes()
        assert doc.text == raw.decode("utf-8")


def test_bare_list_manifest_and_extra_keys_are_accepted(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(GOOD_TEXT, encoding="utf-8")
    entry = {
        "id": "x1",
        "file": "one.txt",
        "title": "A title",
        "published": "2023-05-06",
        "source": "Example Daily",
        "url": "https://example.org/x1",
        "kind": "opinion column",
        "byline": "Someone",
    }
    write_manifest(tmp_path, [entry])

    (doc,) = load_corpus(tmp_path)

    assert doc == Document(
        id="x1",
        text=GOOD_TEXT,
        title="A title",
        published=dt.date(2023, 5, 6),
        source="Example Daily",
        url="https://example.org/x1",
    )


def test_files_in_subfolders_of_the_corpus_are_allowed(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "n.txt").write_text(GOOD_TEXT, encoding="utf-8")
    write_manifest(tmp_path, [{"id": "n", "file": "sub/n.txt"}])

    (doc,) = load_corpus(tmp_path)

    assert doc.text == GOOD_TEXT and doc.published is None


def test_folder_without_manifest_reads_txt_files_sorted_by_name(tmp_path: Path) -> None:
    (tmp_path / "b-second.txt").write_text("second text", encoding="utf-8")
    (tmp_path / "a-first.txt").write_text("first text", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")

    documents = load_corpus(tmp_path)

    assert [(doc.id, doc.text, doc.published) for doc in documents] == [
        ("a-first", "first text", None),
        ("b-second", "second text", None),
    ]


def test_folder_without_manifest_reports_a_bad_file_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    (tmp_path / "b.txt").write_text("fine", encoding="utf-8")

    bad, good = iter_corpus(tmp_path)

    assert isinstance(bad, DocumentReadError) and bad.doc_id == "a"
    assert isinstance(good, Document) and good.id == "b"


def test_missing_path_is_a_corpus_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        iter_corpus(tmp_path / "nowhere")


def test_manifest_that_is_not_json_names_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text('{"documents": [\n  {"id": "a",,}\n]}')

    with pytest.raises(CorpusError, match=r"line 2, column \d+"):
        iter_corpus(tmp_path)


@pytest.mark.parametrize(
    "manifest",
    [{"docs": []}, {"documents": {"id": "a"}}, "documents", 42],
    ids=["no-documents-key", "documents-not-list", "string", "number"],
)
def test_manifest_without_a_documents_list_is_a_corpus_error(
    tmp_path: Path, manifest: object
) -> None:
    write_manifest(tmp_path, manifest)

    with pytest.raises(CorpusError, match="'documents'"):
        load_corpus(tmp_path)


def test_empty_folder_and_other_files_are_corpus_errors(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"no manifest\.json"):
        iter_corpus(tmp_path)
    article = tmp_path / "article.txt"
    article.write_text(GOOD_TEXT, encoding="utf-8")
    with pytest.raises(CorpusError, match="neither a folder nor"):
        iter_corpus(article)


def test_max_bytes_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        iter_corpus(tmp_path, max_bytes=0)


# -- JSON Lines ---------------------------------------------------------------------------


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_happy_path_keeps_every_field(tmp_path: Path) -> None:
    records = [
        {
            "id": "n1",
            "text": "Line one.\r\nLine two.",
            "published": "2024-06-01T08:30:00+02:00",
            "title": "T",
            "source": "S",
            "url": "https://example.org/n1",
        },
        {"id": "n2", "text": "Once upon a time.", "kind": "narrative"},
    ]
    path = jsonl(tmp_path / "c.jsonl", [json.dumps(records[0]), "", "   ", json.dumps(records[1])])

    first, second = load_corpus(path)

    assert first.text == "Line one.\r\nLine two."
    assert first.published == dt.datetime(
        2024, 6, 1, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert (first.title, first.source, first.url) == ("T", "S", "https://example.org/n1")
    assert second.kind == "narrative" and second.published is None


def test_jsonl_bad_lines_are_named_and_the_others_load(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": "fine"})
    lines = [
        good,
        "{not json",
        "[1, 2]",
        json.dumps({"text": "no id"}),
        json.dumps({"id": "ok", "text": "again"}),
        json.dumps({"id": "typo", "text": "x", "publshed": "2024-01-01"}),
        "",
        json.dumps({"id": "late", "text": "x", "published": "yesterday"}),
        json.dumps({"id": "last", "text": "fine too"}),
    ]
    path = jsonl(tmp_path / "c.jsonl", lines)

    items = list(iter_corpus(path))

    assert [item.id if isinstance(item, Document) else item.doc_id for item in items] == [
        "ok",
        "line 2",
        "line 3",
        "line 4",
        "ok",
        "typo",
        "late",
        "last",
    ]
    messages = [str(item) for item in items]
    assert "not valid JSON" in messages[1]
    assert "not an object" in messages[2]
    assert "missing field 'id'" in messages[3]
    assert "duplicate id" in messages[4] and "line 1" in messages[4]
    assert "unknown field 'publshed'" in messages[5]
    assert "'yesterday'" in messages[6]
    assert all(isinstance(item, InvalidDocumentError) for item in items[1:7])
    with pytest.raises(InvalidDocumentError, match="line 2"):
        load_corpus(path)


def test_jsonl_line_over_the_limit_is_an_error_for_that_line(tmp_path: Path) -> None:
    long_record = json.dumps({"id": "big", "text": "x" * 500})
    path = jsonl(tmp_path / "c.jsonl", [long_record, json.dumps({"id": "s", "text": "small"})])

    big, small = iter_corpus(path, max_bytes=100)

    assert isinstance(big, DocumentReadError) and big.doc_id == "line 1"
    assert f"{len(long_record)} bytes" in str(big)
    assert isinstance(small, Document) and small.id == "s"


def test_jsonl_undecodable_line_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    good = json.dumps({"id": "a", "text": "caf\u00e9"}).encode()
    path.write_bytes(b"\xef\xbb\xbf" + good + b'\n{"id": "b", "text": "\xff"}\n')

    first, second = iter_corpus(path)

    assert isinstance(first, Document) and first.text == "caf\u00e9"
    assert isinstance(second, DocumentReadError) and second.doc_id == "line 2"
    assert "0xff" in str(second)


# -- decoding -----------------------------------------------------------------------------


def load_one(folder: Path, data: bytes) -> Document | DocumentError:
    (folder / "doc.txt").write_bytes(data)
    write_manifest(folder, [{"id": "d", "file": "doc.txt"}])
    (item,) = iter_corpus(folder)
    return item


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfplain text", "plain text"),
        ("\ufeffquote \u201cit\u201d".encode("utf-16-le"), "quote \u201cit\u201d"),
        ("\ufeffquote \u201cit\u201d".encode("utf-16-be"), "quote \u201cit\u201d"),
        (b"He said \x93no\x94 \x96 twice", "He said \u201cno\u201d \u2013 twice"),
        (b"caf\xe9 cr\xe8me", "caf\u00e9 cr\u00e8me"),
        ("caf\u00e9 \u201cUTF-8\u201d".encode(), "caf\u00e9 \u201cUTF-8\u201d"),
    ],
    ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252-quotes", "cp1252-accents", "utf8"],
)
def test_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    item = load_one(tmp_path, data)

    assert isinstance(item, Document)
    assert item.text == expected


@pytest.mark.parametrize("undefined", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_bytes_undefined_in_cp1252_are_reported_with_their_offset(
    tmp_path: Path, undefined: int
) -> None:
    item = load_one(tmp_path, b"caf\xe9 ok" + bytes([undefined]))

    assert isinstance(item, DocumentReadError)
    assert "offset 3" in str(item)
    assert f"0x{undefined:02x}" in str(item) and "offset 7" in str(item)


def test_broken_utf16_is_reported_with_its_offset(tmp_path: Path) -> None:
    item = load_one(tmp_path, b"\xff\xfea\x00b")

    assert isinstance(item, DocumentReadError)
    assert "UTF-16" in str(item) and "offset 4" in str(item)


def test_crlf_is_kept_so_offsets_index_the_loaded_text(tmp_path: Path) -> None:
    data = b"First line.\r\nOn 3 May it rained.\r\n\r\nEnd.\r\n"
    item = load_one(tmp_path, data)

    assert isinstance(item, Document)
    assert item.text == data.decode()
    start = data.index(b"3 May")
    assert item.text[start : start + 5] == "3 May"


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_yield_a_document_or_a_document_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    item = load_one(tmp_path_factory.mktemp("fuzz"), data)

    assert isinstance(item, Document | DocumentError)
    if isinstance(item, Document):
        assert "\x00" not in item.text and item.text.strip()


@settings(max_examples=100, deadline=None)
@given(text=st.text(st.characters(blacklist_characters="\x00\ufeff", codec="utf-8"), min_size=1))
def test_utf8_text_loads_unchanged(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    item = load_one(tmp_path_factory.mktemp("utf8"), text.encode("utf-8"))

    if text.strip():
        assert isinstance(item, Document) and item.text == text
    else:
        assert isinstance(item, InvalidDocumentError) and "empty text" in str(item)


# -- publication dates and read_document --------------------------------------------------


@pytest.mark.parametrize(
    ("published", "local_date"),
    [
        ("2024-11-11T23:30:00-05:00", dt.date(2024, 11, 11)),
        ("2024-11-12T00:15:00+09:00", dt.date(2024, 11, 12)),
        ("2024-11-11T00:00:00Z", dt.date(2024, 11, 11)),
        ("2024-11-11", dt.date(2024, 11, 11)),
    ],
)
def test_published_datetime_keeps_its_local_date(published: str, local_date: dt.date) -> None:
    doc = Document.model_validate({"id": "p", "text": "text", "published": published})

    assert doc.published_date == local_date


def test_published_datetime_with_offset_survives_a_manifest(tmp_path: Path) -> None:
    (tmp_path / "late.txt").write_text("Late edition.", encoding="utf-8")
    write_manifest(
        tmp_path, [{"id": "l", "file": "late.txt", "published": "2024-11-11T23:30:00-05:00"}]
    )

    (doc,) = load_corpus(tmp_path)

    assert isinstance(doc.published, dt.datetime)
    assert doc.published.utcoffset() == dt.timedelta(hours=-5)
    assert doc.published_date == dt.date(2024, 11, 11)


@pytest.mark.parametrize("bad", ["2024-13-01", "11/11/2024", "", 20241111, True])
def test_document_rejects_published_values_that_are_not_iso(bad: object) -> None:
    with pytest.raises(ValueError, match="published"):
        Document.model_validate({"id": "p", "text": "text", "published": bad})


@pytest.mark.parametrize(
    ("field", "message"),
    [("id", "id is blank"), ("text", "empty text")],
)
@pytest.mark.parametrize("blank", [" ", "\t\r\n", "\u00a0\u2003"])
def test_document_refuses_a_blank_id_or_text(field: str, message: str, blank: str) -> None:
    fields = {"id": "d", "text": "Some text.", field: blank}

    with pytest.raises(ValueError, match=message):
        Document.model_validate(fields)


@given(st.text(min_size=1).filter(str.strip), st.text(min_size=1).filter(str.strip))
def test_document_keeps_any_visible_id_and_text_unchanged(doc_id: str, text: str) -> None:
    doc = Document(id=doc_id, text=text)

    assert (doc.id, doc.text) == (doc_id, text)


def test_read_document_reads_one_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbfSome story")

    doc = read_document(path, published="2024-01-02", title="Story")

    assert (doc.id, doc.text, doc.published, doc.title) == (
        "story",
        "Some story",
        dt.date(2024, 1, 2),
        "Story",
    )
    with pytest.raises(DocumentReadError, match="does not exist"):
        read_document(tmp_path / "absent.txt")
    with pytest.raises(InvalidDocumentError, match="'someday'"):
        read_document(path, doc_id="s", published="someday")


def test_unreadable_file_is_a_read_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    (tmp_path / "locked.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    write_manifest(tmp_path, [{"id": "l", "file": "locked.txt"}])

    (item,) = iter_corpus(tmp_path)

    assert isinstance(item, DocumentReadError) and "cannot read" in str(item)
