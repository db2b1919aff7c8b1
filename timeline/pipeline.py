"""Pipeline: documents in, a reconciled :class:`~timeline.model.Timeline` out.

``build_timeline`` runs every stage on each document (segment, extract and resolve times,
find event mentions), reconciles the mentions across documents and fills the public model.
A document that cannot be used is listed with ``status: "error"`` and never stops the others.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Final

from timeline import reconcile as rec
from timeline.documents import Document, parse_document
from timeline.errors import DocumentError, InvalidDocumentError
from timeline.events import EventMention, find_mentions
from timeline.model import (
    DateEvidence,
    DocumentStatus,
    Event,
    Flag,
    Mention,
    Timeline,
    When,
)
from timeline.resolve import extract_times
from timeline.segment import segment

__all__ = ["build_timeline", "document_mentions"]

#: Share of an event's mentions that must name a participant for the event to list it.
PARTICIPANT_SHARE: Final = 0.25
#: A build reads its documents in parallel processes from this many documents on.
PARALLEL_FROM: Final = 100
#: At most this many processes read documents.
MAX_WORKERS: Final = 8
#: Longest summary line, in characters; longer sentences are cut at a word.
SUMMARY_LENGTH: Final = 180


def document_mentions(document: Document) -> list[EventMention]:
    """The event mentions of one document: segment, date, find events.

    Its id and text are checked first by :class:`Document`'s own rules, for a document made
    without validation (``Document.model_construct``): a blank one raises
    :class:`InvalidDocumentError`.
    """
    parse_document(document.id, document.model_dump(include={"id", "text"}))
    sentences = segment(document.text)
    times = extract_times(document.text, document.published_date, kind=document.kind)
    return find_mentions(document, sentences, times)


def build_timeline(
    items: Iterable[Document | DocumentError], *, workers: int | None = 1
) -> Timeline:
    """Build the chronology of ``items``: documents, or errors for documents that failed.

    Every item appears in the result's ``documents``, read or with its error. Of documents
    that share an id, or a text (up to whitespace: the same article twice), the first in
    sorted order is read and the others are errors, so a copy adds no weight to any date.
    The result is the same whatever the order of the items.

    Documents are read in ``workers`` processes (1: in this one, the default); ``None``
    picks one per CPU, up to ``MAX_WORKERS``, from ``PARALLEL_FROM`` documents on. Outside
    Linux workers are spawned, so a script that asks for them must guard its entry point
    with ``if __name__ == "__main__"``. The result does not depend on the number of workers.
    """
    documents: list[Document] = []
    statuses: list[DocumentStatus] = []
    for item in items:
        if isinstance(item, DocumentError):
            statuses.append(DocumentStatus(id=item.doc_id, status="error", error=item.reason))
        else:
            documents.append(item)
    ids: set[str] = set()
    texts: dict[str, str] = {}
    errors: dict[int, DocumentError] = {}
    ordered = sorted(documents, key=lambda d: (d.id, d.model_dump_json()))
    to_read: list[int] = []
    for index, document in enumerate(ordered):
        fingerprint = " ".join(document.text.split())
        if document.id in ids:
            errors[index] = InvalidDocumentError(
                document.id, "duplicate id: another document has it"
            )
        elif fingerprint in texts:
            errors[index] = InvalidDocumentError(
                document.id, f"same text as document {texts[fingerprint]!r}: counted once"
            )
        else:
            ids.add(document.id)
            texts[fingerprint] = document.id
            to_read.append(index)
    mentions: list[EventMention] = []
    results = _read_all([ordered[i] for i in to_read], _worker_count(len(to_read), workers))
    for index, result in zip(to_read, results, strict=True):
        if isinstance(result, DocumentError):
            errors[index] = result
        else:
            mentions.extend(result)
    statuses.extend(_status(d, errors.get(i)) for i, d in enumerate(ordered))
    statuses.sort(key=lambda s: (s.id, s.status, s.error or "", s.model_dump_json()))
    return Timeline(documents=statuses, events=[_event(e) for e in rec.reconcile(mentions)])


def _worker_count(documents: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, workers)
    if documents < PARALLEL_FROM:
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(MAX_WORKERS, cpus or 1))


def _mentions_or_error(document: Document) -> list[EventMention] | DocumentError:
    try:
        return document_mentions(document)
    except DocumentError as failure:
        return failure


def _read_all(
    documents: Sequence[Document], workers: int
) -> list[list[EventMention] | DocumentError]:
    """Each document's mentions or error, in order; in ``workers`` processes when above 1:
    forked on Linux (children that share the loaded library), spawned elsewhere."""
    if workers == 1 or len(documents) < 2:
        return [_mentions_or_error(d) for d in documents]
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    chunk = max(1, len(documents) // (workers * 8))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        return list(pool.map(_mentions_or_error, documents, chunksize=chunk))


def _status(document: Document, error: DocumentError | None) -> DocumentStatus:
    return DocumentStatus(
        id=document.id,
        title=document.title,
        published=document.published_date,
        status="error" if error else "ok",
        error=error.reason if error else None,
        url=document.url,
    )


def _event(event: rec.MergedEvent) -> Event:
    when = None
    if (
        event.start is not None
        and event.end is not None
        and event.granularity is not None
        and event.timex is not None
    ):
        when = When(
            start=event.start,
            end=event.end,
            granularity=event.granularity,
            timex=event.timex,
            basis="published" if event.weak else "text",
        )
    return Event(
        id=event.id,
        summary=_summary(event),
        when=when,
        status=event.status,
        participants=_participants(event.mentions),
        sources=sorted({m.source for m in event.mentions if m.source}),
        salience=event.salience,
        mentions=[_mention(m) for m in event.mentions],
        flags=[Flag(kind=f.kind, detail=f.detail, doc_ids=list(f.doc_ids)) for f in event.flags],
        date_evidence=[_evidence(e) for e in event.evidence],
    )


def _evidence(evidence: rec.DateEvidence) -> DateEvidence:
    return DateEvidence(
        doc_id=evidence.doc_id,
        mention_start=evidence.mention_start,
        start=evidence.start,
        end=evidence.end,
        granularity=evidence.granularity,
        timex=evidence.timex,
        time_text=None if evidence.weak else evidence.time_text,
        basis="published" if evidence.weak else "text",
    )


def _participants(mentions: Sequence[EventMention]) -> list[str]:
    """The names an event's mentions agree on: in a well-covered event, those named by at
    least a quarter of its mentions; each under the fullest form the articles use."""
    names: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for mention in mentions:
        for key, name in mention.names:
            counts[key] += 1
            if len(name) > len(names.get(key, "")):
                names[key] = name
    least = math.ceil(PARTICIPANT_SHARE * len(mentions)) if len(mentions) >= 4 else 1
    return sorted(names[key] for key, count in counts.items() if count >= least)


def _mention(mention: EventMention) -> Mention:
    time = mention.time
    return Mention(
        doc_id=mention.doc_id,
        start=mention.start,
        end=mention.end,
        text=mention.text,
        time_text=time.text if time else None,
        time_start=time.start if time else None,
        time_end=time.end if time else None,
        timex=time.value if time else None,
        status=mention.status,
        source=mention.source,
    )


def _summary(event: rec.MergedEvent) -> str:
    """One line from the best mention: dated, asserted, with the most names, then shortest."""
    best = min(
        event.mentions,
        key=lambda m: (
            rec.STATUS_ORDER.index(m.status) if event.status != "denied" else 0,
            m.time is None,
            -len(m.participants),
            len(m.text),
            m.doc_id,
            m.start,
        ),
    )
    line = " ".join(best.text.split())
    if len(line) <= SUMMARY_LENGTH:
        return line
    cut = line[:SUMMARY_LENGTH].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
