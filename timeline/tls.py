"""Timeline summarisation scores: Date-F1 and alignment-based ROUGE (Martschat & Markert 2017).

A TLS timeline maps days to a daily summary (a list of sentences). A built
:class:`~timeline.model.Timeline` becomes one by :func:`system_timeline`: its dated day-grain
events ranked by salience, cut to the ``k`` best distinct days, each day summarised by the
best mention sentences of its selected events. It is then scored against a journalist's gold
timeline as the tilse toolkit does:

- Date-F1: the predicted days against the gold days.
- ROUGE-N ``concat``: all summaries of each side concatenated.
- ROUGE-N ``agreement``: summaries compared only on days both sides have.
- ROUGE-N ``align`` (date costs, one-to-one), ``align+`` (date and content costs, one-to-one)
  and ``align+ m:1`` (date and content costs, many-to-one, the "AR" of later papers): days are
  aligned, and matched n-grams of an aligned pair count ``1 / (1 + days apart)``.

ROUGE-N here is computed in the project: words are lower-cased runs of letters and digits,
n-gram counts are clipped (a multiset overlap); no stemming, no stop-word removal, no Perl.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Final

import attrs

from timeline.documents import Document, parse_document
from timeline.errors import CorpusError, DocumentError, InvalidDocumentError
from timeline.model import Event, Timeline

__all__ = [
    "ALIGN_VARIANTS",
    "GoldTimeline",
    "Scores",
    "TlsScores",
    "agreement",
    "align",
    "concat",
    "date_f1",
    "evaluate_timeline",
    "ngrams",
    "read_articles",
    "read_gold",
    "system_timeline",
    "words",
]

#: A TLS timeline: each day with its daily summary, a list of sentences.
Summaries = Mapping[dt.date, Sequence[str]]

_WORD: Final = re.compile(r"[^\W_]+")
#: Days the field's protocol extends the gold timeline's span by on each side when it limits
#: the system's days (news-tls, Ghalandari & Ifrim 2020).
SPAN_EXTENSION_DAYS: Final = 1
#: The alignment variants: (name, content costs, many-to-one).
ALIGN_VARIANTS: Final[tuple[tuple[str, bool, bool], ...]] = (
    ("align", False, False),
    ("align+", True, False),
    ("align+ m:1", True, True),
)


@attrs.frozen
class Scores:
    """Precision, recall and F1 of one measure."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall; 0 when both are 0."""
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


@attrs.frozen
class GoldTimeline:
    """A journalist's timeline: its id and each day's summary sentences."""

    id: str
    summaries: Mapping[dt.date, tuple[str, ...]]

    @property
    def mean_sentences(self) -> int:
        """Sentences per day, rounded (at least 1): the length the system's days get."""
        days = [len(s) for s in self.summaries.values()]
        return max(1, round(sum(days) / len(days))) if days else 1


@attrs.frozen
class TlsScores:
    """All scores of one system timeline against one gold timeline."""

    gold_id: str
    dates: Scores
    rouge: Mapping[tuple[str, int], Scores]


# --- ROUGE-N -----------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The lower-cased words of ``text``: runs of letters and digits."""
    return _WORD.findall(text.lower())


def ngrams(sentences: Iterable[str], n: int) -> Counter[tuple[str, ...]]:
    """The n-grams of each sentence (none across sentence boundaries), counted."""
    counts: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        tokens = words(sentence)
        counts.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return counts


@attrs.frozen
class _Counts:
    hits: int
    predicted: int
    reference: int


def _counts(predicted: Sequence[str], reference: Sequence[str], n: int) -> _Counts:
    ours, theirs = ngrams(predicted, n), ngrams(reference, n)
    hits = sum(min(count, theirs[gram]) for gram, count in ours.items())
    return _Counts(hits, sum(ours.values()), sum(theirs.values()))


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def date_f1(predicted: Iterable[dt.date], reference: Iterable[dt.date]) -> Scores:
    """Date selection: the share of predicted days in the gold, and of gold days predicted."""
    ours, theirs = set(predicted), set(reference)
    both = len(ours & theirs)
    return Scores(_ratio(both, len(ours)), _ratio(both, len(theirs)))


def concat(predicted: Summaries, reference: Summaries, n: int) -> Scores:
    """ROUGE-N of all daily summaries concatenated, in day order."""
    counts = _counts(_joined(predicted), _joined(reference), n)
    return Scores(_ratio(counts.hits, counts.predicted), _ratio(counts.hits, counts.reference))


def _joined(summaries: Summaries) -> list[str]:
    return [sentence for day in sorted(summaries) for sentence in summaries[day]]


def agreement(predicted: Summaries, reference: Summaries, n: int) -> Scores:
    """ROUGE-N where only the summaries of the same day are compared."""
    hits = predicted_total = reference_total = 0
    for day in set(predicted) | set(reference):
        counts = _counts(predicted.get(day, ()), reference.get(day, ()), n)
        hits += counts.hits
        predicted_total += counts.predicted if day in predicted else 0
        reference_total += counts.reference if day in reference else 0
    return Scores(_ratio(hits, predicted_total), _ratio(hits, reference_total))


def _content_f1(predicted: Sequence[str], reference: Sequence[str]) -> float:
    """The unigram-overlap F1 that ``align+`` uses as a content cost."""
    counts = _counts(predicted, reference, 1)
    return Scores(_ratio(counts.hits, counts.predicted), _ratio(counts.hits, counts.reference)).f1


def _date_cost(a: dt.date, b: dt.date) -> float:
    return 1 - 1 / (abs((a - b).days) + 1)


def align(
    predicted: Summaries,
    reference: Summaries,
    n: int,
    *,
    content: bool = False,
    many_to_one: bool = False,
) -> Scores:
    """Alignment-based ROUGE-N: each day of one side aligned to a day of the other.

    The cost of a pair is the date cost ``1 - 1/(1 + days apart)``, times ``1 -`` the
    unigram F1 of the two summaries when ``content``. The alignment is one-to-one of least
    total cost, or each day to its cheapest partner when ``many_to_one``. Hits of an aligned
    pair are weighted by ``1/(1 + days apart)``; unaligned days add only their own n-grams.
    """
    ours, theirs = sorted(predicted), sorted(reference)
    if not ours or not theirs:
        return Scores(0.0, 0.0)

    def cost(pred: dt.date, ref: dt.date) -> float:
        factor = _date_cost(pred, ref)
        if content:
            factor *= 1 - _content_f1(predicted[pred], reference[ref])
        return factor

    assign: Callable[[list[list[float]]], list[tuple[int, int]]] = (
        _cheapest if many_to_one else _assignment
    )
    costs = [[cost(p, r) for r in theirs] for p in ours]
    precision_pairs = [(ours[row], theirs[col]) for row, col in assign(costs)]
    flipped = [list(column) for column in zip(*costs, strict=True)]
    recall_pairs = [(ours[col], theirs[row]) for row, col in assign(flipped)]

    def weighted_hits(pairs: list[tuple[dt.date, dt.date]]) -> float:
        """Shared n-grams of each (ours, theirs) day pair, discounted by the days apart."""
        return sum(
            _counts(predicted[pred], reference[ref], n).hits / (abs((pred - ref).days) + 1)
            for pred, ref in pairs
        )

    precision_total = sum(sum(ngrams(predicted[day], n).values()) for day in ours)
    recall_total = sum(sum(ngrams(reference[day], n).values()) for day in theirs)
    return Scores(
        _ratio(weighted_hits(precision_pairs), precision_total),
        _ratio(weighted_hits(recall_pairs), recall_total),
    )


def _cheapest(costs: list[list[float]]) -> list[tuple[int, int]]:
    """Each row to its cheapest column (the first on ties)."""
    return [(i, min(range(len(row)), key=row.__getitem__)) for i, row in enumerate(costs)]


def _assignment(costs: list[list[float]]) -> list[tuple[int, int]]:
    """A one-to-one assignment of least total cost (Hungarian method), as (row, column)
    pairs; a rectangular matrix leaves the surplus rows or columns unassigned."""
    rows, cols = len(costs), len(costs[0])
    if rows > cols:
        return sorted(
            (r, c) for c, r in _assignment([list(col) for col in zip(*costs, strict=True)])
        )
    # Potentials method on a rows <= cols matrix, 1-based with a virtual column 0.
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    owner = [0] * (cols + 1)
    way = [0] * (cols + 1)
    for i in range(1, rows + 1):
        owner[0] = i
        j0 = 0
        least = [math.inf] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            for j in range(1, cols + 1):
                if used[j]:
                    continue
                current = costs[i0 - 1][j - 1] - u[i0] - v[j]
                if current < least[j]:
                    least[j], way[j] = current, j0
                if least[j] < delta:
                    delta, j1 = least[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return sorted((owner[j] - 1, j - 1) for j in range(1, cols + 1) if owner[j])


# --- From a built timeline to a TLS timeline ---------------------------------------------------


def system_timeline(
    timeline: Timeline,
    k: int,
    *,
    sentences: int = 1,
    span: tuple[dt.date, dt.date] | None = None,
) -> dict[dt.date, list[str]]:
    """The ``k`` best days of ``timeline`` with their daily summaries.

    Day-grain events (inside ``span`` when given) are ranked by salience; going down the
    ranking, each new day is taken until there are ``k``. A day's summary is the best
    mention sentence of each of its events in rank order, up to ``sentences``, no sentence
    twice.
    """
    ranked = sorted(
        (e for e in timeline.events if _day(e, span) is not None),
        key=lambda e: (-e.salience, e.id),
    )
    by_day: dict[dt.date, list[Event]] = {}
    for event in ranked:
        day = _day(event, span)
        assert day is not None
        if day in by_day or len(by_day) < k:
            by_day.setdefault(day, []).append(event)
    summaries: dict[dt.date, list[str]] = {}
    for day, events in sorted(by_day.items()):
        lines: list[str] = []
        for event in events:
            line = _best_sentence(event)
            if line not in lines and len(lines) < sentences:
                lines.append(line)
        summaries[day] = lines
    return summaries


def _day(event: Event, span: tuple[dt.date, dt.date] | None) -> dt.date | None:
    when = event.when
    if when is None or when.granularity != "day" or when.start != when.end:
        return None
    if span is not None and not span[0] <= when.start <= span[1]:
        return None
    return when.start


def _best_sentence(event: Event) -> str:
    """The mention sentence whose words the event's other mentions share most (its centre),
    with whitespace collapsed; an event with one distinct sentence gives that sentence."""
    texts = sorted({" ".join(m.text.split()) for m in event.mentions})
    if len(texts) == 1:
        return texts[0]
    pooled = ngrams(texts, 1)

    def centrality(text: str) -> tuple[float, str]:
        own = set(words(text))
        shared = sum(pooled[(w,)] - 1 for w in own)
        return (-shared / (len(own) + 5), text)

    return min(texts, key=centrality)


# --- Reading the data and scoring --------------------------------------------------------------


def _json_lines(path: str | Path, what: str) -> Iterator[tuple[int, object]]:
    """(line number, parsed value or the JSONDecodeError) of each non-blank line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CorpusError(f"cannot read {what} {str(path)!r}: {exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, exc


def read_articles(path: str | Path) -> list[Document | DocumentError]:
    """Articles of a JSON Lines file of ``{"id", "collection", "published", "text"}``.

    The collection is the publisher (``source``). An article that cannot be used (an empty
    text, a bad date, a line that is not a JSON object) is returned as its error, so the
    build lists it with status ``error``.
    """
    items: list[Document | DocumentError] = []
    for number, data in _json_lines(path, "articles"):
        if not isinstance(data, dict):
            reason = (
                f"not valid JSON: {data.msg}"
                if isinstance(data, json.JSONDecodeError)
                else ("not a JSON object")
            )
            items.append(InvalidDocumentError(f"line {number}", reason))
            continue
        doc_id = str(data.get("id") or f"line {number}")
        fields = {
            "id": doc_id,
            "text": data.get("text") or "",
            "published": data.get("published"),
            "source": data.get("collection") or data.get("source"),
        }
        try:
            items.append(parse_document(doc_id, fields))
        except DocumentError as exc:
            items.append(exc)
    return items


def read_gold(path: str | Path) -> list[GoldTimeline]:
    """Gold timelines of a JSON Lines file of ``{"timeline_id", "entries": [{"date",
    "sentences"}]}``; sentences of a day given twice are joined. A line that is not such a
    timeline, or one with no days, is a CorpusError naming the file and the line."""
    timelines = []
    for number, data in _json_lines(path, "timelines"):
        where = f"{str(path)!r} line {number}"
        if isinstance(data, json.JSONDecodeError):
            raise CorpusError(
                f"timelines {where}: not a gold timeline (not valid JSON: {data.msg})"
            )
        if not isinstance(data, dict):
            raise CorpusError(f"timelines {where}: not a JSON object")
        try:
            days: dict[dt.date, tuple[str, ...]] = {}
            for entry in data["entries"]:
                day = dt.date.fromisoformat(entry["date"][:10])
                days[day] = days.get(day, ()) + tuple(entry["sentences"])
            timeline_id = str(data.get("timeline_id", number))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CorpusError(f"timelines {where}: not a gold timeline ({exc})") from None
        if not days:
            raise CorpusError(f"timelines {where}: gold timeline {timeline_id!r} has no days")
        timelines.append(GoldTimeline(timeline_id, days))
    return timelines


def evaluate_timeline(timeline: Timeline, gold: GoldTimeline) -> TlsScores:
    """Score ``timeline`` against ``gold`` as the field does: ``k`` = the gold's number of
    days, the system's days limited to the gold's span (extended by a day each side), and
    days summarised with the gold's mean number of sentences per day."""
    days = sorted(gold.summaries)
    if not days:
        raise ValueError(f"gold timeline {gold.id!r} has no days")
    extension = dt.timedelta(days=SPAN_EXTENSION_DAYS)
    predicted = system_timeline(
        timeline,
        len(days),
        sentences=gold.mean_sentences,
        span=(days[0] - extension, days[-1] + extension),
    )
    rouge: dict[tuple[str, int], Scores] = {}
    for n in (1, 2):
        rouge["concat", n] = concat(predicted, gold.summaries, n)
        rouge["agreement", n] = agreement(predicted, gold.summaries, n)
        for name, content, many in ALIGN_VARIANTS:
            rouge[name, n] = align(predicted, gold.summaries, n, content=content, many_to_one=many)
    return TlsScores(gold.id, date_f1(predicted, days), rouge)
