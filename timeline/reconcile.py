"""Reconcile: merge event mentions across documents into events, date them, flag conflicts.

Two mentions name the same event when they share its predicate concept and its actors (its
participants that are not places): two actors in common, or the same single actor on both
sides when both date it on overlapping days. Within one document, when either mention refers
back ("the call", "no such conversation") or is denied, one side's actors need only be part
of the other's. A planned and an unplanned mention are one event only when both are dated.
Two dated mentions must also have dates that fit: overlapping, or, across documents, at most
``CONFLICT_WINDOW_DAYS`` apart, and a merged event never spreads wider than that.

No step compares all pairs: candidates meet in blocks keyed by (predicate, actor, date
bucket) and (predicate, document), where a bucket is ``CONFLICT_WINDOW_DAYS`` days and an
undated mention reaches the days before its publication. Block sizes follow the coverage of
one story in one window, not the size of the corpus. Dated mentions are clustered first; an
undated mention then joins the dated event it fits best, or other undated mentions.

An event is dated by the interval most publishers, then documents, support, preferring the
most specific; a document that dates it incompatibly raises ``conflicting-dates``. Denied
and retracted mentions are no evidence for a date. When no mention dates it, its earliest
publication does, as weak evidence. Every date keeps its evidence: which mention gave it. A
mention that denies what other mentions report raises ``disputed``. Salience weighs distinct
publishers, documents, the coverage of the event's day and how early articles tell it. The
result does not depend on the order of the documents: every choice is made on sorted keys.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final, cast

import attrs

from timeline.events import EventMention
from timeline.model import FlagKind, Granularity, MentionStatus

__all__ = [
    "SALIENCE_WEIGHTS",
    "STATUS_ORDER",
    "DateEvidence",
    "EventFlag",
    "MergedEvent",
    "block_sizes",
    "reconcile",
]

#: Dated mentions whose intervals lie at most this many days apart may still be one event
#: (and are flagged as conflicting); farther apart, they are different events.
CONFLICT_WINDOW_DAYS: Final = 10
#: A block larger than this is too generic to pair within (a predicate with one name that
#: hundreds of mentions share); its members still meet through their other blocks.
MAX_BLOCK: Final = 400
#: Mentions dated to at most this many days (a day, a week, a month) are blocked by date
#: buckets; coarser ones by their first year.
FINE_DAYS: Final = 62
#: Statuses from the firmest claim to the weakest: an event takes the first its mentions
#: have, and its summary comes from a mention of the firmest status.
STATUS_ORDER: Final[tuple[MentionStatus, ...]] = ("asserted", "reported", "planned", "denied")


@attrs.frozen
class DateEvidence:
    """Which mention gave which date: its time expression, or (``weak``) its document's
    publication date when nothing in the text dates it."""

    doc_id: str
    start: dt.date
    end: dt.date
    granularity: Granularity
    timex: str
    time_text: str
    mention_start: int = 0
    weak: bool = False


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
    evidence: tuple[DateEvidence, ...] = ()
    weak: bool = False


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
    return DateEvidence(
        mention.doc_id, start, end, granularity, time.value, time.text, mention.start
    )


def _published_evidence(mention: EventMention) -> DateEvidence | None:
    day = mention.published
    if day is None:
        return None
    return DateEvidence(
        mention.doc_id, day, day, "day", day.isoformat(), "", mention.start, weak=True
    )


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
    """Union-find over mentions that keeps, per group, its latest first day and earliest
    last day: a group never spreads over more than ``CONFLICT_WINDOW_DAYS`` between them, so
    reports that each fit the next cannot chain distinct events together."""

    def __init__(self, mentions: Sequence[EventMention]) -> None:
        self.parent = list(range(len(mentions)))
        self.spread: list[tuple[int, int] | None] = []
        for mention in mentions:
            interval = _interval(mention)
            self.spread.append(
                None if interval is None else (interval[0].toordinal(), interval[1].toordinal())
            )

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def _merged(self, a: int, b: int) -> tuple[int, int] | None:
        first, second = self.spread[a], self.spread[b]
        if first is None or second is None:
            return first or second
        return max(first[0], second[0]), min(first[1], second[1])

    def fits(self, a: int, b: int) -> bool:
        """Whether joining the groups of ``a`` and ``b`` keeps their dates close enough."""
        merged = self._merged(self.find(a), self.find(b))
        return merged is None or merged[0] - merged[1] <= CONFLICT_WINDOW_DAYS

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            root, child = min(ra, rb), max(ra, rb)
            self.spread[root] = self._merged(ra, rb)
            self.parent[child] = root


def _reach(mention: EventMention) -> tuple[dt.date, dt.date] | None:
    """The days a mention's event may lie on, for blocking: its interval, or the window
    before its publication when nothing dates it."""
    interval = _interval(mention)
    if interval is not None:
        return interval
    published = mention.published
    if published is None:
        return None
    first = dt.date.fromordinal(max(1, published.toordinal() - CONFLICT_WINDOW_DAYS))
    return first, published


def _buckets(mention: EventMention) -> range | tuple[int | str | None]:
    """Date buckets of ``CONFLICT_WINDOW_DAYS`` days: a mention covers those from its first
    day to ``CONFLICT_WINDOW_DAYS`` after its last, so two mentions at most that far apart
    always share one. A mention dated more coarsely than ``FINE_DAYS`` (a season, a year, a
    decade) takes one bucket named after its first year instead."""
    reach = _reach(mention)
    if reach is None:
        return (None,)
    if (reach[1] - reach[0]).days > FINE_DAYS:
        return (f"from {reach[0].year}",)
    width = CONFLICT_WINDOW_DAYS
    return range(reach[0].toordinal() // width, (reach[1].toordinal() + width) // width + 1)


BlockKey = tuple[str, str, int | str | None]


def _block_keys(mention: EventMention) -> list[BlockKey]:
    """The blocks a mention belongs to: its predicate with its document, and with each actor
    in each date bucket it reaches."""
    keys: list[BlockKey] = [(mention.predicate, "doc:" + mention.doc_id, None)]
    buckets = _buckets(mention)
    for actor in sorted(_actors(mention)):
        keys.extend((mention.predicate, actor, bucket) for bucket in buckets)
    return keys


def _blocks(mentions: Sequence[EventMention], members: Iterable[int]) -> dict[BlockKey, list[int]]:
    """Candidate groups: mentions sharing a predicate, an actor and a date bucket, or a
    predicate and a document. Only members of one block are ever compared."""
    blocks: dict[BlockKey, list[int]] = defaultdict(list)
    for index in members:
        for key in _block_keys(mentions[index]):
            blocks[key].append(index)
    return blocks


def block_sizes(mentions: Iterable[EventMention]) -> list[int]:
    """The sizes of the blocks reconciliation compares within, largest first: the cost of
    merging is the sum of their squares. A public diagnostic, for checking that blocking
    keeps a corpus's comparisons near-linear."""
    ordered = sorted(set(mentions), key=_key)
    return sorted((len(b) for b in _blocks(ordered, range(len(ordered))).values()), reverse=True)


def _join_within(
    blocks: dict[BlockKey, list[int]],
    union: _Union,
    same: Callable[[int, int], bool],
) -> None:
    """Join every pair of one block that ``same`` accepts. A block over ``MAX_BLOCK`` (one
    event reported in hundreds of articles) is joined through exemplars instead: each member
    is compared with the first member of every group found so far, at most ``MAX_BLOCK`` of
    them, so the most widely reported event is still one event and the cost stays linear."""
    for block in blocks.values():
        if len(block) > MAX_BLOCK:
            _join_through_exemplars(block, union, same)
            continue
        for x, i in enumerate(block):
            for j in block[x + 1 :]:
                if same(i, j):
                    union.join(i, j)


def _join_through_exemplars(
    block: list[int], union: _Union, same: Callable[[int, int], bool]
) -> None:
    exemplars: list[int] = []
    for i in block:
        match = next((e for e in exemplars if same(i, e)), None)
        if match is not None:
            union.join(i, match)
        elif len(exemplars) < MAX_BLOCK:
            exemplars.append(i)


def _cluster(mentions: Sequence[EventMention]) -> list[list[int]]:
    """Group mention indices into events: dated first, then undated ones joined to them.

    An undated mention joins the dated mention that shares most actors with it, preferring
    its own document, then the one dated nearest before its publication.
    """
    dated = [i for i, m in enumerate(mentions) if _interval(m) is not None]
    undated = [i for i, m in enumerate(mentions) if _interval(m) is None]
    union = _Union(mentions)
    dated_blocks = _blocks(mentions, dated)
    _join_within(
        dated_blocks,
        union,
        lambda i, j: (
            _same_content(mentions[i], mentions[j])
            and _dates_fit(mentions[i], mentions[j])
            and union.fits(i, j)
        ),
    )
    loose: list[int] = []
    for i in undated:
        mention = mentions[i]
        reach = _reach(mention)
        best: tuple[int, bool, int, int, int] | None = None
        for key in _block_keys(mention):
            block = dated_blocks.get(key, ())
            if len(block) > MAX_BLOCK:
                continue
            for j in block:
                other = mentions[j]
                if not _same_content(mention, other):
                    continue
                interval = _interval(other)
                gap = _gap(reach, interval) if reach and interval else 0
                if other.doc_id != mention.doc_id and gap > 0:
                    continue
                shared = len(_actors(mention) & _actors(other))
                candidate = (-shared, other.doc_id != mention.doc_id, gap, union.find(j), j)
                if best is None or candidate < best:
                    best = candidate
        if best is not None:
            union.join(i, best[3])
        else:
            loose.append(i)
    _join_within(
        _blocks(mentions, loose), union, lambda i, j: _same_content(mentions[i], mentions[j])
    )
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(mentions)):
        groups[union.find(index)].append(index)
    return list(groups.values())


def _date(
    mentions: Sequence[EventMention],
) -> tuple[DateEvidence | None, list[EventFlag], tuple[DateEvidence, ...]]:
    """The best-supported date of an event's mentions, the conflicts it leaves, and the
    evidence: every mention's date. The date is the one the most publishers, then
    documents, support (their dates overlap it), the most specific of those. Without any,
    the earliest publication of a mention that reports it (with no date it failed to
    resolve) dates it, as weak evidence."""
    evidence = sorted(
        {
            e
            for m in mentions
            if m.status != "denied"
            and "retracted" not in m.notes
            and (e := _evidence(m)) is not None
        },
        key=lambda e: (e.start, e.end, e.doc_id, e.timex, e.mention_start),
    )
    if not evidence:
        weak = sorted(
            (
                e
                for m in mentions
                if m.status != "denied" and not m.unresolved_time
                if (e := _published_evidence(m))
            ),
            key=lambda e: (e.start, e.doc_id, e.mention_start),
        )
        return (weak[0] if weak else None), [], tuple(weak)
    found = tuple(evidence)

    publisher = {m.doc_id: m.publisher or m.doc_id for m in mentions}

    def support(candidate: DateEvidence) -> tuple[int, int, int, dt.date, str]:
        docs = {e.doc_id for e in evidence if e.start <= candidate.end and candidate.start <= e.end}
        return (
            -len({publisher[d] for d in docs}),
            -len(docs),
            (candidate.end - candidate.start).days,
            candidate.start,
            candidate.timex,
        )

    best = min(evidence, key=support)
    disagreeing = [e for e in evidence if e.end < best.start or best.end < e.start]
    if not disagreeing:
        return best, [], found
    agreeing = sorted({e.doc_id for e in evidence if e not in disagreeing})
    others = sorted({e.doc_id for e in disagreeing} - set(agreeing))
    if not others:
        return best, [], found
    described = "; ".join(
        dict.fromkeys(
            f"{e.doc_id} says {e.timex} ({e.time_text!s})"
            for e in disagreeing
            if e.doc_id in others
        )
    )
    detail = f"{', '.join(agreeing)} date it {best.timex}; {described}"
    flag = EventFlag("conflicting-dates", detail, tuple(sorted({*agreeing, *others})))
    return best, [flag], found


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


#: Weights of the salience score: independent support (outlets, then documents), how much
#: of the coverage dates something to the event's day, how early the articles tell it, and
#: whether a mention (not only a publication date) dates it.
SALIENCE_WEIGHTS: Final[dict[str, float]] = {
    "publishers": 1.0,
    "documents": 1.0,
    "coverage": 1.0,
    "position": 0.5,
    "dated": 1.0,
}


def _salience(
    mentions: Sequence[EventMention], date: DateEvidence | None, coverage: Mapping[dt.date, int]
) -> float:
    """Independent support (distinct publishers, distinct documents, both on a log scale),
    the coverage of the event's day (documents dating something to it), how early the
    articles tell it, and a bonus for a date read in the text rather than inferred."""
    documents = {m.doc_id for m in mentions}
    publishers = {m.publisher or m.doc_id for m in mentions}
    earliest = min(m.position for m in mentions)
    day = date.start if date is not None and date.start == date.end else None
    weights = SALIENCE_WEIGHTS
    score = (
        weights["publishers"] * math.log2(1 + len(publishers))
        + weights["documents"] * math.log2(1 + len(documents))
        + weights["coverage"] * (math.log2(1 + coverage.get(day, 0)) if day is not None else 0.0)
        + weights["position"] * (1.0 - earliest)
        + weights["dated"] * (date is not None and not date.weak)
    )
    return round(score, 6)


def _coverage(mentions: Iterable[EventMention]) -> dict[dt.date, int]:
    """For each day, how many documents date something (not denied) to that very day."""
    days: dict[dt.date, set[str]] = defaultdict(set)
    for mention in mentions:
        interval = _interval(mention)
        if interval is not None and interval[0] == interval[1] and mention.status != "denied":
            days[interval[0]].add(mention.doc_id)
    return {day: len(docs) for day, docs in days.items()}


def _status(mentions: Sequence[EventMention]) -> MentionStatus:
    present = {m.status for m in mentions}
    return next(status for status in STATUS_ORDER if status in present)


def reconcile(mentions: Iterable[EventMention]) -> list[MergedEvent]:
    """Merge mentions into events, in chronological order (undated last).

    Deterministic and independent of the order of ``mentions``.
    """
    ordered = sorted(set(mentions), key=_key)
    coverage = _coverage(ordered)
    events = []
    for group in _cluster(ordered):
        members = tuple(ordered[i] for i in sorted(group))
        date, conflicts, evidence = _date(members)
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
                salience=_salience(members, date, coverage),
                evidence=evidence,
                weak=date is not None and date.weak,
            )
        )
    return sorted(events, key=_order)


def _order(event: MergedEvent) -> tuple[int, dt.date, dt.date, float, str]:
    if event.start is None or event.end is None:
        return (1, dt.date.min, dt.date.min, -event.salience, event.id)
    return (0, event.start, event.end, -event.salience, event.id)
