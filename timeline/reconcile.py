"""Reconcile: merge event mentions across documents into events, date them, flag conflicts.

Two mentions name the same event when they share its predicate concept and its actors (its
participants that are not places): two actors in common, or the same single actor on both
sides when both date it on overlapping days. Within one document, when either mention refers
back ("the call", "no such conversation") or is denied, one side's actors need only be part
of the other's. A planned and an unplanned mention are one event only when both are dated.
Two dated mentions must also have dates that fit: overlapping, or, across documents, at most
``CONFLICT_WINDOW_DAYS`` apart. Candidates are found through blocks keyed by (predicate,
actor) and (predicate, document), so no step compares all pairs. Dated mentions are clustered
first; an undated mention then joins the dated event it fits best, or other undated mentions.

An event is dated by the interval most of its documents support, preferring the most
specific; a document that dates it incompatibly raises ``conflicting-dates``. Denied and
retracted mentions are no evidence for a date. A mention that denies what other mentions
report raises ``disputed``. The result does not depend on the order of the documents: every
choice is made on sorted keys.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Final, cast

import attrs

from timeline.events import EventMention
from timeline.model import FlagKind, Granularity, MentionStatus

__all__ = ["STATUS_ORDER", "DateEvidence", "EventFlag", "MergedEvent", "reconcile"]

#: Dated mentions whose intervals lie at most this many days apart may still be one event
#: (and are flagged as conflicting); farther apart, they are different events.
CONFLICT_WINDOW_DAYS: Final = 10
#: A block larger than this is too generic to pair within (a predicate with one name that
#: hundreds of mentions share); its members still meet through their other blocks.
MAX_BLOCK: Final = 400
#: Statuses from the firmest claim to the weakest: an event takes the first its mentions
#: have, and its summary comes from a mention of the firmest status.
STATUS_ORDER: Final[tuple[MentionStatus, ...]] = ("asserted", "reported", "planned", "denied")


@attrs.frozen
class DateEvidence:
    """Which mention gave which date."""

    doc_id: str
    start: dt.date
    end: dt.date
    granularity: Granularity
    timex: str
    time_text: str


@attrs.frozen
class EventFlag:
    """A disagreement about an event, with the documents that show it."""

    kind: FlagKind
    detail: str
    doc_ids: tuple[str, ...]


@attrs.frozen
class MergedEvent:
    """One real-world event: its mentions, its date, its flags."""

    id: str
    mentions: tuple[EventMention, ...]
    start: dt.date | None
    end: dt.date | None
    granularity: Granularity | None
    timex: str | None
    flags: tuple[EventFlag, ...]
    status: MentionStatus
    salience: float


def _key(mention: EventMention) -> tuple[str, int, str, str]:
    return (mention.doc_id, mention.start, mention.predicate, mention.trigger)


def _interval(mention: EventMention) -> tuple[dt.date, dt.date] | None:
    return mention.time.interval if mention.time is not None else None


def _evidence(mention: EventMention) -> DateEvidence | None:
    time = mention.time
    if time is None or time.interval is None or time.granularity is None:
        return None
    start, end = time.interval
    # resolve types granularity as str though its values are Granularity's; once it says
    # so, mypy reports this cast as redundant.
    granularity = cast(Granularity, time.granularity)
    return DateEvidence(mention.doc_id, start, end, granularity, time.value, time.text)


def _gap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two intervals; 0 when they overlap."""
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


def _actors(mention: EventMention) -> frozenset[str]:
    return frozenset(mention.participants) - frozenset(mention.places)


def _same_content(a: EventMention, b: EventMention) -> bool:
    """Same predicate and the same actors. Two actors must be shared, or the one actor each
    names when both date it alike. Within one document, a mention that refers back ("the
    call", "no such conversation") or denies may name only part of the other's actors."""
    if a.predicate != b.predicate:
        return False
    if (a.status == "planned") != (b.status == "planned") and (
        _interval(a) is None or _interval(b) is None
    ):
        return False
    left, right = _actors(a), _actors(b)
    referring = a.referring or b.referring or "denied" in (a.status, b.status)
    if a.doc_id == b.doc_id and referring and (left <= right or right <= left):
        return True
    if len(left & right) >= 2:
        return True
    first, second = _interval(a), _interval(b)
    return (
        len(left) == 1
        and left == right
        and first is not None
        and second is not None
        and _gap(first, second) == 0
    )


def _dates_fit(a: EventMention, b: EventMention) -> bool:
    first, second = _interval(a), _interval(b)
    if first is None or second is None:
        return True
    gap = _gap(first, second)
    if gap == 0:
        return True
    return a.doc_id != b.doc_id and gap <= CONFLICT_WINDOW_DAYS


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _block_keys(mention: EventMention) -> list[tuple[str, str]]:
    """The blocks a mention belongs to: its predicate with its document, and with each actor."""
    return [(mention.predicate, "doc:" + mention.doc_id)] + [
        (mention.predicate, actor) for actor in sorted(_actors(mention))
    ]


def _blocks(
    mentions: Sequence[EventMention], members: Iterable[int]
) -> dict[tuple[str, str], list[int]]:
    """Candidate groups: mentions sharing a predicate and an actor, or a predicate and a
    document. Only members of one block are ever compared."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in members:
        for key in _block_keys(mentions[index]):
            blocks[key].append(index)
    return blocks


def _join_within(
    blocks: dict[tuple[str, str], list[int]],
    union: _Union,
    same: Callable[[int, int], bool],
) -> None:
    """Join every pair of one block that ``same`` accepts; blocks over ``MAX_BLOCK`` are
    skipped."""
    for block in blocks.values():
        if len(block) > MAX_BLOCK:
            continue
        for x, i in enumerate(block):
            for j in block[x + 1 :]:
                if same(i, j):
                    union.join(i, j)


def _cluster(mentions: Sequence[EventMention]) -> list[list[int]]:
    """Group mention indices into events: dated first, then undated ones joined to them."""
    dated = [i for i, m in enumerate(mentions) if _interval(m) is not None]
    undated = [i for i, m in enumerate(mentions) if _interval(m) is None]
    union = _Union(len(mentions))
    dated_blocks = _blocks(mentions, dated)
    _join_within(
        dated_blocks,
        union,
        lambda i, j: (
            _same_content(mentions[i], mentions[j]) and _dates_fit(mentions[i], mentions[j])
        ),
    )
    loose: list[int] = []
    for i in undated:
        best: tuple[int, int, int] | None = None
        for key in _block_keys(mentions[i]):
            for j in dated_blocks.get(key, ()):
                if _same_content(mentions[i], mentions[j]):
                    shared = len(_actors(mentions[i]) & _actors(mentions[j]))
                    root = union.find(j)
                    candidate = (-shared, root, j)
                    if best is None or candidate < best:
                        best = candidate
        if best is not None:
            union.join(i, best[1])
        else:
            loose.append(i)
    _join_within(
        _blocks(mentions, loose), union, lambda i, j: _same_content(mentions[i], mentions[j])
    )
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(mentions)):
        groups[union.find(index)].append(index)
    return list(groups.values())


def _date(mentions: Sequence[EventMention]) -> tuple[DateEvidence | None, list[EventFlag]]:
    """The best-supported date of an event's mentions and the conflicts it leaves."""
    evidence = sorted(
        {
            e
            for m in mentions
            if m.status != "denied"
            and "retracted" not in m.notes
            and (e := _evidence(m)) is not None
        },
        key=lambda e: (e.start, e.end, e.doc_id, e.timex),
    )
    if not evidence:
        return None, []

    def support(candidate: DateEvidence) -> tuple[int, int, dt.date, str]:
        docs = {e.doc_id for e in evidence if e.start <= candidate.end and candidate.start <= e.end}
        return (
            -len(docs),
            (candidate.end - candidate.start).days,
            candidate.start,
            candidate.timex,
        )

    best = min(evidence, key=support)
    disagreeing = [e for e in evidence if e.end < best.start or best.end < e.start]
    if not disagreeing:
        return best, []
    agreeing = sorted({e.doc_id for e in evidence if e not in disagreeing})
    others = sorted({e.doc_id for e in disagreeing} - set(agreeing))
    if not others:
        return best, []
    described = "; ".join(
        f"{e.doc_id} says {e.timex} ({e.time_text!s})" for e in disagreeing if e.doc_id in others
    )
    detail = f"{', '.join(agreeing)} date it {best.timex}; {described}"
    return best, [EventFlag("conflicting-dates", detail, tuple(sorted({*agreeing, *others})))]


def _dispute(mentions: Sequence[EventMention]) -> list[EventFlag]:
    """``disputed`` when some mentions deny what others report, naming both sides."""
    denied = [m for m in mentions if m.status == "denied"]
    claimed = [m for m in mentions if m.status in ("asserted", "reported")]
    if not denied or not claimed:
        return []
    reporters = [m for m in claimed if m.status == "reported"] or claimed
    detail = f"denied by {_parties(denied)}; reported by {_parties(reporters)}"
    doc_ids = tuple(sorted({m.doc_id for m in (*denied, *claimed)}))
    return [EventFlag("disputed", detail, doc_ids)]


#: How a dispute names the side of mentions that attribute their claim to nobody.
UNATTRIBUTED: Final = "unattributed"


def _parties(mentions: Sequence[EventMention]) -> str:
    """ "Kremlin (001, 002), Dmitry Peskov (004)": each source with the documents quoting
    it, named sources first, then the unattributed mentions."""
    by_source: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        by_source[mention.source or UNATTRIBUTED].add(mention.doc_id)
    ordered = sorted(by_source.items(), key=lambda item: (item[0] == UNATTRIBUTED, item[0]))
    return ", ".join(f"{source} ({', '.join(sorted(docs))})" for source, docs in ordered)


def _notes(mentions: Sequence[EventMention]) -> list[EventFlag]:
    flags = []
    for kind in ("retracted", "corrected"):
        docs = tuple(sorted({m.doc_id for m in mentions if kind in m.notes}))
        if docs:
            flags.append(EventFlag(kind, f"{kind} according to {', '.join(docs)}", docs))
    return flags


def _salience(mentions: Sequence[EventMention], dated: bool) -> float:
    """Independent support first (documents, then sources), then how early articles tell it."""
    documents = len({m.doc_id for m in mentions})
    sources = len({m.source for m in mentions if m.source})
    earliest = min(m.position for m in mentions)
    return round(documents + 0.5 * sources + 0.1 * len(mentions) + (1.0 - earliest)
                 + (1.0 if dated else 0.0), 6)  # fmt: skip


def _status(mentions: Sequence[EventMention]) -> MentionStatus:
    present = {m.status for m in mentions}
    return next(status for status in STATUS_ORDER if status in present)


def reconcile(mentions: Iterable[EventMention]) -> list[MergedEvent]:
    """Merge mentions into events, in chronological order (undated last).

    Deterministic and independent of the order of ``mentions``.
    """
    ordered = sorted(set(mentions), key=_key)
    events = []
    for group in _cluster(ordered):
        members = tuple(ordered[i] for i in sorted(group))
        date, conflicts = _date(members)
        digest = hashlib.sha1(
            "|".join(f"{m.doc_id}:{m.start}:{m.predicate}" for m in members).encode()
        ).hexdigest()[:12]
        events.append(
            MergedEvent(
                id=f"e{digest}",
                mentions=members,
                start=date.start if date else None,
                end=date.end if date else None,
                granularity=date.granularity if date else None,
                timex=date.timex if date else None,
                flags=tuple(conflicts + _dispute(members) + _notes(members)),
                status=_status(members),
                salience=_salience(members, date is not None),
            )
        )
    return sorted(events, key=_order)


def _order(event: MergedEvent) -> tuple[int, dt.date, dt.date, float, str]:
    if event.start is None or event.end is None:
        return (1, dt.date.min, dt.date.min, -event.salience, event.id)
    return (0, event.start, event.end, -event.salience, event.id)
