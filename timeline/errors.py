"""Errors raised by timeline.

Every error the library raises on purpose derives from :class:`TimelineError`::

    TimelineError
    ├── CorpusError        the corpus as a whole cannot be read (no such path, no manifest,
    │                      a manifest that is not JSON or not a list of entries)
    └── DocumentError      one document cannot be used; carries ``doc_id`` and ``reason``
        ├── DocumentReadError     its bytes cannot be read or decoded, its file is missing
        │                         or lies outside the corpus folder
        └── InvalidDocumentError  it was read but is unusable: empty text, invalid date,
                                  missing or ill-typed field

A build never stops at a :class:`DocumentError`: the document is listed in the output
with ``status: "error"`` and the error's message, and the other documents go on.
"""

from __future__ import annotations

__all__ = [
    "CorpusError",
    "DocumentError",
    "DocumentReadError",
    "InvalidDocumentError",
    "TimelineError",
]


class TimelineError(Exception):
    """Base class of every error timeline raises on purpose."""


class CorpusError(TimelineError):
    """The corpus as a whole cannot be read: nothing in it can be listed."""


class DocumentError(TimelineError):
    """One document cannot be used; the message names the document and what is wrong."""

    def __init__(self, doc_id: str, reason: str) -> None:
        self.doc_id = doc_id
        self.reason = reason
        super().__init__(f"document {doc_id!r}: {reason}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        return (type(self), (self.doc_id, self.reason))


class DocumentReadError(DocumentError):
    """The document's file is missing, outside the corpus, unreadable or undecodable."""


class InvalidDocumentError(DocumentError):
    """The document was read but is unusable: empty, an invalid date, a bad field."""
