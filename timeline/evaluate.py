"""Evaluate the temporal tagger against TimeML gold files with the TempEval-3 Task A rules.

Relaxed match: a gold and a system TIMEX3 whose extents overlap, paired one to one from left
to right. Strict match: identical extents. Precision and recall are summed over all files
(micro-averaged). Value and type are judged on relaxed pairs: their F1 is the attribute's
accuracy on those pairs times the relaxed F1, as the official TempEval-3 scorer computes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final, Literal

import attrs

from timeline.resolve import extract_times
from timeline.timeml import TimeMLDocument, Timex, read_timeml

__all__ = [
    "Counts",
    "Finding",
    "Measure",
    "Score",
    "evaluate_folder",
    "pair",
    "score_document",
    "system_timexes",
]

Measure = Literal["strict", "relaxed", "value", "type"]

#: Characters of context shown on each side of a finding.
CONTEXT: Final = 40


@attrs.frozen
class Score:
    """Precision, recall and F1 of one measure, as fractions."""

    precision: float
    recall: float
    f1: float


@attrs.frozen
class Counts:
    """What the scorer counts; they add up across documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    def score(self, measure: Measure) -> Score:
        """The P/R/F1 of ``measure``; value and type are counted on relaxed pairs."""
        hits = getattr(self, measure)
        precision = hits / self.system if self.system else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return Score(precision, recall, f1)


@attrs.frozen
class Finding:
    """One error for the error analysis: a miss, a spurious tag, or a wrong value or type."""

    doc_id: str
    kind: Literal["missed", "spurious", "value", "type", "extent"]
    gold: Timex | None
    system: Timex | None
    context: str


def pair(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """Relaxed one-to-one pairs of overlapping extents, found left to right."""
    gold = sorted(gold, key=lambda t: (t.start, t.end))
    system = sorted(system, key=lambda t: (t.start, t.end))
    pairs = []
    g = s = 0
    while g < len(gold) and s < len(system):
        left, right = gold[g], system[s]
        if left.start < right.end and right.start < left.end:
            pairs.append((left, right))
            g += 1
            s += 1
        elif left.end <= right.start:
            g += 1
        else:
            s += 1
    return pairs


def system_timexes(document: TimeMLDocument, kind: Literal["news", "narrative"]) -> list[Timex]:
    """Our tagger's TIMEX3s for a gold document's text, resolved against its creation time."""
    published = document.dct if kind == "news" else None
    return [
        Timex(f"t{i}", e.start, e.end, e.text, e.type, e.value, e.mod)
        for i, e in enumerate(extract_times(document.text, published, kind=kind), start=1)
    ]


def score_document(
    document: TimeMLDocument, system: Sequence[Timex]
) -> tuple[Counts, list[Finding]]:
    """The counts of one document and its findings for error analysis."""
    pairs = pair(document.timexes, system)
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    findings: list[Finding] = []

    def context(start: int, end: int) -> str:
        text = document.text
        left = text[max(0, start - CONTEXT) : start]
        right = text[end : end + CONTEXT]
        return " ".join(f"{left}[[{text[start:end]}]]{right}".split())

    for gold in document.timexes:
        if id(gold) not in matched_gold:
            findings.append(
                Finding(document.doc_id, "missed", gold, None, context(gold.start, gold.end))
            )
    for found in system:
        if id(found) not in matched_system:
            findings.append(
                Finding(document.doc_id, "spurious", None, found, context(found.start, found.end))
            )
    for gold, found in pairs:
        where = context(min(gold.start, found.start), max(gold.end, found.end))
        if gold.value != found.value:
            findings.append(Finding(document.doc_id, "value", gold, found, where))
        if gold.type != found.type:
            findings.append(Finding(document.doc_id, "type", gold, found, where))
        if (gold.start, gold.end) != (found.start, found.end):
            findings.append(Finding(document.doc_id, "extent", gold, found, where))
    counts = Counts(
        gold=len(document.timexes),
        system=len(system),
        strict=sum((g.start, g.end) == (s.start, s.end) for g, s in pairs),
        relaxed=len(pairs),
        value=sum(g.value == s.value for g, s in pairs),
        type=sum(g.type == s.type for g, s in pairs),
    )
    return counts, sorted(findings, key=lambda f: (f.doc_id, _position(f), f.kind))


def _position(finding: Finding) -> int:
    timex = finding.gold or finding.system
    return timex.start if timex is not None else 0


def gold_files(folder: Path) -> list[Path]:
    """The TimeML files under ``folder``, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.suffix in (".tml", ".xml") and p.is_file())


def evaluate_folder(
    folder: Path, kind: Literal["news", "narrative"] = "news"
) -> tuple[dict[str, Counts], list[Finding]]:
    """Counts per part (each subfolder, and "all") and every finding, over a gold folder."""
    parts: dict[str, Counts] = {}
    findings: list[Finding] = []
    for path in gold_files(folder):
        document = read_timeml(path)
        counts, found = score_document(document, system_timexes(document, kind))
        part = path.parent.name if path.parent != folder else folder.name
        parts[part] = parts.get(part, Counts()) + counts
        findings.extend(found)
    parts["all"] = sum(_values(parts), Counts())
    return parts, findings


def _values(parts: dict[str, Counts]) -> Iterable[Counts]:
    return (counts for name, counts in parts.items() if name != "all")
