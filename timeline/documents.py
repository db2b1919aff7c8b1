"""Documents: what a build reads, validated at the door, and the corpus loaders.

A :class:`Document` is one article with its publication context. ``load_corpus`` reads a
folder with a ``manifest.json``, a folder of ``.txt`` files or saved web pages (``.html``,
read by :mod:`timeline.webpages`) or a JSON Lines file;
``iter_corpus`` does the same but yields a :class:`~timeline.errors.DocumentError` in place
of each document it could not read, so that one bad file never takes the others down.

Text is kept exactly as decoded (line endings included, so that character offsets index it
as loaded); only a leading byte order mark is removed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import stat
from collections.abc import Iterator, Mapping
from itertools import count
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from timeline.errors import CorpusError, DocumentError, DocumentReadError, InvalidDocumentError

__all__ = [
    "DateSource",
    "Document",
    "DocumentKind",
    "iter_corpus",
    "load_corpus",
    "parse_document",
    "read_document",
]

DocumentKind = Literal["news", "narrative"]
#: Where a document's publication date came from (see :mod:`timeline.webpages`).
DateSource = Literal["manifest", "page-metadata", "inferred", "none"]

DEFAULT_MAX_BYTES = 10_000_000
MANIFEST_NAME = "manifest.json"
#: Largest manifest read (about a million entries): a bigger one, or one that is not a
#: regular file (a pipe, a link to a device), is refused before it can exhaust memory.
MANIFEST_MAX_BYTES = 256_000_000
MANIFEST_LIST_KEY = "documents"
JSONL_SUFFIX = ".jsonl"
TEXT_SUFFIX = ".txt"
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm")
# Document fields a manifest entry may carry besides "id" and "file"; other keys are ignored
# (the seeds' "kind" is a genre such as "news article", not a DocumentKind).
MANIFEST_FIELDS: tuple[str, ...] = ("title", "published", "source", "url")
UTF16_BOMS: tuple[bytes, ...] = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Python's cp1252 codec leaves 0x81 0x8D 0x8F 0x90 0x9D undefined, as the standard does.
FALLBACK_ENCODING = "cp1252"
FALLBACK_ENCODING_NAME = "Windows-1252"
JSON_TYPE_NAMES: Mapping[type, str] = {
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}
# What Document's validator says of a field that is only whitespace.
BLANK_FIELD_MESSAGES: Mapping[str, str] = {"id": "id is blank", "text": "empty text"}
_SKIP_CHUNK = 1 << 16
# Publication dates that ISO 8601 can write but ``datetime`` cannot hold (years 1 to 9999 only):
# a signed or expanded year ("-0044-03-15", "+10000-01-01", year 0 = 1 BC) or an era word.
ERAS_BEFORE_COMMON_ERA: tuple[str, ...] = ("BC", "BCE", "B.C.", "B.C.E.")
ISO_YEAR_DIGITS = 4
#: Longest field value quoted whole in an error message.
SHOWN_VALUE_CHARS = 60
_EXPANDED_YEAR = re.compile(r"(?P<sign>[+-]?)(?P<year>\d{1,20})(?=-|W)", re.ASCII)
_ERA_SUFFIX = re.compile(
    r"(?:^|[\s\d])(?:" + "|".join(map(re.escape, ERAS_BEFORE_COMMON_ERA)) + r")\Z",
    re.IGNORECASE,
)
# A date's fields, to say which one is out of range: "2024-02-30", "2021-W53-1".
_CALENDAR_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?=T|\s|\Z)", re.ASCII)
_WEEK_DATE = re.compile(r"(\d{4})-?W(\d{2})(?:-?(\d))?(?=T|\s|\Z)", re.ASCII)


class Document(BaseModel):
    """One article: its text exactly as loaded, and where and when it was published.

    ``published`` may be a date or a datetime (an ISO 8601 string is parsed; years 1 to 9999,
    so a BC/BCE or a five-digit year is refused with the reason); a datetime's calendar date
    is taken where it was written (its own offset), never converted to UTC. A
    news document without it keeps its relative expressions unresolved: the machine's clock
    is never used.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    text: str
    published: dt.date | dt.datetime | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    kind: DocumentKind = "news"
    date_source: DateSource | None = None

    @field_validator("id", "text")
    @classmethod
    def _not_blank(cls, value: str, info: ValidationInfo) -> str:
        """An id or a text of nothing but whitespace is refused like a missing one."""
        if not value.strip():
            raise ValueError(BLANK_FIELD_MESSAGES[str(info.field_name)])
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _published_is_iso(cls, value: object) -> object:
        if value is None or isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            return _parse_published(value)
        raise ValueError(f"published {value!r} is not an ISO 8601 date or date-time string")

    @property
    def published_date(self) -> dt.date | None:
        """The local calendar date of publication, or None when it is unknown."""
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


def iter_corpus(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | DocumentError]:
    """Yield each document of a corpus in order, or the DocumentError that stopped it.

    ``path`` is a folder with a ``manifest.json`` (an object with a "documents" list, or a
    bare list, of entries {"id", "file", "title", "published", "source", "url"}; other keys
    are ignored), a folder without one (every ``*.txt`` file sorted by name, id = file stem,
    no publication date; every ``*.html`` page too, dated by the page), or a ``.jsonl`` file
    (one Document object per line, blank lines skipped). Entries without an id are named
    "entry N" / "line N" (counted from 1). Raises CorpusError at once when the corpus cannot
    be listed; a JSON Lines file that cannot be opened raises it on the first ``next``.
    """
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    root = Path(path)
    try:
        info = root.stat()
    except FileNotFoundError:
        raise CorpusError(f"corpus {str(root)!r} does not exist") from None
    except (OSError, ValueError) as exc:
        raise CorpusError(f"cannot read corpus {str(root)!r}: {_os_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        base = root.resolve()
        manifest = base / MANIFEST_NAME
        if os.path.lexists(manifest):
            return _manifest_documents(base, _read_manifest(manifest), max_bytes)
        return _folder_documents(base, _list_text_files(base), max_bytes)
    if root.suffix.lower() == JSONL_SUFFIX:
        return _jsonl_documents(root, max_bytes)
    raise CorpusError(f"corpus {str(root)!r} is neither a folder nor a {JSONL_SUFFIX} file")


def load_corpus(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Document]:
    """Read every document of a corpus, raising the first DocumentError met (strict mode)."""
    documents: list[Document] = []
    for item in iter_corpus(path, max_bytes=max_bytes):
        if isinstance(item, DocumentError):
            raise item
        documents.append(item)
    return documents


def read_document(
    path: str | os.PathLike[str],
    *,
    doc_id: str | None = None,
    published: dt.date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    kind: DocumentKind = "news",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one text file as a Document (id defaults to the file stem), decoded as a corpus is.

    Raises DocumentReadError or InvalidDocumentError; no corpus folder confines the path.
    """
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    file = Path(path)
    name = file.stem if doc_id is None else doc_id
    text = _read_text_file(file, name, str(path), max_bytes)
    fields = {"title": title, "published": published, "source": source, "url": url}
    return parse_document(name, {"id": name, "text": text, "kind": kind, **fields})


def _parse_published(value: str) -> dt.date:
    """An ISO 8601 date, or date-time when it has a time part; ValueError saying why not."""
    stripped = value.strip()
    try:
        return dt.date.fromisoformat(stripped)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(stripped)
    except ValueError:
        raise ValueError(f"published {_shown(value)} {_why_not_a_date(stripped)}") from None


def _shown(value: str) -> str:
    """``value`` quoted, cut short when it is too long to read in one line of an error."""
    if len(value) <= SHOWN_VALUE_CHARS:
        return repr(value)
    return f"{value[:SHOWN_VALUE_CHARS]!r}... ({len(value):,} characters)"


def _why_not_a_date(text: str) -> str:
    """Why ``text`` is not a date ``datetime`` can hold: out of its years, or of the calendar."""
    year = _EXPANDED_YEAR.match(text)
    if _ERA_SUFFIX.search(text) or (year and (year["sign"] == "-" or int(year["year"]) == 0)):
        return "is before year 1 (BC/BCE): dates before the common era cannot be represented"
    if year and int(year["year"]) > dt.MAXYEAR:
        return f"is after year {dt.MAXYEAR}, the last year that can be represented"
    if year and len(year["year"]) < ISO_YEAR_DIGITS:
        return f"has a year of fewer than {ISO_YEAR_DIGITS} digits (write 0999, not 999)"
    try:
        if match := _CALENDAR_DATE.match(text):
            dt.date(*map(int, match.groups()))
        elif match := _WEEK_DATE.match(text):
            y, week, day = match.groups()
            dt.date.fromisocalendar(int(y), int(week), int(day or 1))
    except ValueError as exc:
        return f"is not a valid date: {exc}"
    return "is not a valid ISO 8601 date or date-time"


def parse_document(doc_id: str, fields: Mapping[str, object]) -> Document:
    """Validate fields into a Document, turning pydantic's error into an InvalidDocumentError."""
    try:
        return Document.model_validate(fields)
    except ValidationError as exc:
        raise InvalidDocumentError(doc_id, _describe(exc)) from None


def _describe(error: ValidationError) -> str:
    """A short human sentence for each field pydantic rejected."""
    reasons: list[str] = []
    for item in error.errors(include_url=False):
        field = ".".join(str(part) for part in item["loc"])
        if item["type"] == "value_error" and "ctx" in item:
            reasons.append(str(item["ctx"]["error"]))
        elif item["type"] == "missing":
            reasons.append(f"missing field {field!r}")
        elif item["type"] == "extra_forbidden":
            reasons.append(f"unknown field {field!r}")
        else:
            reasons.append(f"field {field!r}: {item['msg']}")
    return "; ".join(reasons)


def _os_reason(exc: OSError | ValueError) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def _json_type(value: object) -> str:
    return JSON_TYPE_NAMES.get(type(value), type(value).__name__)


# -- manifest folders ---------------------------------------------------------------------


def _read_manifest(manifest: Path) -> list[object]:
    """The manifest's list of entries; CorpusError when it is unreadable or has none."""
    shown = str(manifest)
    try:
        if not stat.S_ISREG(manifest.stat().st_mode):
            raise CorpusError(f"{shown!r} is not a regular file")
        with manifest.open("rb") as handle:
            raw = handle.read(MANIFEST_MAX_BYTES + 1)
    except OSError as exc:
        raise CorpusError(f"cannot read {shown!r}: {_os_reason(exc)}") from None
    if len(raw) > MANIFEST_MAX_BYTES:
        raise CorpusError(f"{shown!r} is over the limit of {MANIFEST_MAX_BYTES:,} bytes")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CorpusError(
            f"{shown!r} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{shown!r} is not UTF-8: {exc.reason} at byte {exc.start}") from None
    except RecursionError:
        raise CorpusError(f"{shown!r} is nested too deeply to read") from None
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get(MANIFEST_LIST_KEY), list):
        entries: list[object] = data[MANIFEST_LIST_KEY]
        return entries
    raise CorpusError(f"{shown!r} has no {MANIFEST_LIST_KEY!r} list of entries")


def _manifest_documents(
    base: Path, entries: list[object], max_bytes: int
) -> Iterator[Document | DocumentError]:
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        result: Document | DocumentError
        try:
            result = _manifest_document(base, number, entry, seen, max_bytes)
        except DocumentError as exc:
            result = exc
        yield result


def _manifest_document(
    base: Path, number: int, entry: object, seen: dict[str, int], max_bytes: int
) -> Document:
    label = f"entry {number}"
    if not isinstance(entry, dict):
        raise InvalidDocumentError(label, f"entry is a JSON {_json_type(entry)}, not an object")
    doc_id = _entry_id(entry, label)
    _claim(doc_id, seen, number, "entry")
    if "file" not in entry:
        raise InvalidDocumentError(doc_id, f"entry {number} has no 'file' field")
    file = entry["file"]
    if not isinstance(file, str) or not file.strip():
        raise InvalidDocumentError(doc_id, f"field 'file' must be a non-empty string, not {file!r}")
    text = _read_corpus_file(base, file, doc_id, max_bytes)
    fields = {key: entry[key] for key in MANIFEST_FIELDS if key in entry}
    if _is_page(file):
        return _webpage_document(doc_id, text, fields)
    return parse_document(doc_id, {"id": doc_id, "text": text, **fields})


def _entry_id(entry: Mapping[str, object], label: str) -> str:
    """The entry's id, or InvalidDocumentError named after its position."""
    if "id" not in entry:
        raise InvalidDocumentError(label, "missing field 'id'")
    doc_id = entry["id"]
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InvalidDocumentError(label, f"field 'id' must be a non-blank string, not {doc_id!r}")
    return doc_id


def _claim(doc_id: str, seen: dict[str, int], number: int, unit: str) -> None:
    """Record the id's first use; a later use is a duplicate."""
    if doc_id in seen:
        raise InvalidDocumentError(
            doc_id, f"duplicate id at {unit} {number}, already used by {unit} {seen[doc_id]}"
        )
    seen[doc_id] = number


# -- folders of text files ----------------------------------------------------------------


def _list_text_files(base: Path) -> list[str]:
    try:
        names = sorted(
            entry.name
            for entry in os.scandir(base)
            if _is_page(entry.name) or entry.name.lower().endswith(TEXT_SUFFIX)
        )
    except OSError as exc:
        raise CorpusError(f"cannot list corpus {str(base)!r}: {_os_reason(exc)}") from None
    if not names:
        raise CorpusError(
            f"corpus {str(base)!r} has no {MANIFEST_NAME} and no *.txt or *.html files"
        )
    return names


def _is_page(name: str) -> bool:
    """Whether a file name is a saved web page (``.html``/``.htm``, in any case)."""
    return name.lower().endswith(HTML_SUFFIXES)


def _folder_documents(
    base: Path, names: list[str], max_bytes: int
) -> Iterator[Document | DocumentError]:
    for name in names:
        doc_id = Path(name).stem
        result: Document | DocumentError
        try:
            text = _read_corpus_file(base, name, doc_id, max_bytes)
            if _is_page(name):
                result = _webpage_document(doc_id, text, {})
            else:
                result = parse_document(doc_id, {"id": doc_id, "text": text})
        except DocumentError as exc:
            result = exc
        yield result


def _webpage_document(doc_id: str, page: str, fields: Mapping[str, object]) -> Document:
    """A saved web page's article as a Document (imported late: only pages need it)."""
    from timeline.webpages import webpage_document

    return webpage_document(doc_id, page, fields)


# -- reading and decoding files -----------------------------------------------------------


def _read_corpus_file(base: Path, name: str, doc_id: str, max_bytes: int) -> str:
    """The text of ``name``, which must lie inside the corpus folder ``base`` (resolved)."""
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).is_absolute():
        raise DocumentReadError(
            doc_id, f"file {name!r} is an absolute path; give it relative to the corpus folder"
        )
    if ".." in PureWindowsPath(name).parts:
        raise DocumentReadError(doc_id, f"file {name!r} is outside the corpus folder ('..')")
    try:
        target = (base / name).resolve()
    except (OSError, RuntimeError, ValueError) as exc:
        raise DocumentReadError(doc_id, f"file {name!r} cannot be resolved: {exc}") from None
    if not target.is_relative_to(base):
        raise DocumentReadError(doc_id, f"file {name!r} is outside the corpus folder")
    return _read_text_file(target, doc_id, name, max_bytes)


def _read_text_file(path: Path, doc_id: str, shown: str, max_bytes: int) -> str:
    """Read and decode a regular file of at most ``max_bytes`` bytes."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DocumentReadError(doc_id, f"file {shown!r} does not exist") from None
    except (OSError, ValueError) as exc:
        raise DocumentReadError(doc_id, f"cannot read file {shown!r}: {_os_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentReadError(doc_id, f"file {shown!r} is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentReadError(doc_id, f"file {shown!r} is not a regular file")
    if info.st_size > max_bytes:
        raise _too_large(doc_id, shown, f"{info.st_size:,} bytes", max_bytes)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise DocumentReadError(doc_id, f"cannot read file {shown!r}: {_os_reason(exc)}") from None
    if len(data) > max_bytes:
        raise _too_large(doc_id, shown, f"over {max_bytes:,} bytes", max_bytes)
    return _decode(data, doc_id, shown)


def _too_large(doc_id: str, shown: str, size: str, max_bytes: int) -> DocumentReadError:
    return DocumentReadError(
        doc_id, f"file {shown!r} is {size}, over the limit of {max_bytes:,} bytes"
    )


def _decode(data: bytes, doc_id: str, shown: str) -> str:
    """UTF-16 with a BOM, UTF-8 (BOM removed), else Windows-1252 when every byte is defined."""
    if data.startswith(UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentReadError(
                doc_id,
                f"file {shown!r} has a UTF-16 byte order mark but is not UTF-16: "
                f"{exc.reason} at byte offset {exc.start}",
            ) from None
        if "\x00" in text:
            raise DocumentReadError(
                doc_id, f"file {shown!r} is a binary file (it has NUL characters)"
            )
        return text
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentReadError(
            doc_id, f"file {shown!r} is a binary file (NUL byte at offset {nul})"
        )
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentReadError(
                doc_id,
                f"file {shown!r} has a UTF-8 byte order mark but byte 0x{data[exc.start]:02x} "
                f"at offset {exc.start} is not valid UTF-8",
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        first = utf8_error.start
    try:
        return data.decode(FALLBACK_ENCODING)
    except UnicodeDecodeError as fallback_error:
        other = fallback_error.start
    if other == first:
        detail = (
            f"byte 0x{data[first]:02x} at offset {first} is neither UTF-8 "
            f"nor {FALLBACK_ENCODING_NAME}"
        )
    else:
        detail = (
            f"byte 0x{data[first]:02x} at offset {first} is not valid UTF-8, and byte "
            f"0x{data[other]:02x} at offset {other} is undefined in {FALLBACK_ENCODING_NAME}"
        )
    raise DocumentReadError(doc_id, f"file {shown!r} cannot be decoded: {detail}")


# -- JSON Lines ---------------------------------------------------------------------------


def _jsonl_documents(path: Path, max_bytes: int) -> Iterator[Document | DocumentError]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise CorpusError(f"cannot read corpus {str(path)!r}: {_os_reason(exc)}") from None
    seen: dict[str, int] = {}
    with handle:
        for number, line, size in _lines(handle, max_bytes):
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            if not line.strip():
                continue
            result: Document | DocumentError
            try:
                if size > max_bytes:
                    raise DocumentReadError(
                        f"line {number}",
                        f"line is {size:,} bytes, over the limit of {max_bytes:,} bytes",
                    )
                result = _jsonl_document(number, line, seen)
            except DocumentError as exc:
                result = exc
            yield result


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes, int]]:
    """Yield (number, line without its newline, its size); a line over max_bytes is cut short."""
    for number in count(1):
        line = handle.readline(max_bytes + 2)
        if not line:
            return
        size = len(line)
        tail = line
        while not tail.endswith(b"\n"):
            tail = handle.readline(_SKIP_CHUNK)
            if not tail:
                break
            size += len(tail)
        if line.endswith(b"\n"):
            line = line[:-1]
            size -= 1
        elif tail.endswith(b"\n"):
            size -= 1
        yield number, line, size


def _jsonl_document(number: int, line: bytes, seen: dict[str, int]) -> Document:
    label = f"line {number}"
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentReadError(
            label, f"byte 0x{line[exc.start]:02x} at offset {exc.start} is not valid UTF-8"
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidDocumentError(
            label, f"not valid JSON: {exc.msg} at column {exc.colno}"
        ) from None
    except RecursionError:
        raise InvalidDocumentError(label, "JSON nested too deeply to read") from None
    if not isinstance(data, dict):
        raise InvalidDocumentError(label, f"line is a JSON {_json_type(data)}, not an object")
    doc_id = _entry_id(data, label)
    _claim(doc_id, seen, number, "line")
    return parse_document(doc_id, data)
