"""Tests for timeline.tls: Date-F1 and the ROUGE variants on tiny hand-computed timelines."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import tls
from timeline.cli import main
from timeline.errors import CorpusError, DocumentError
from timeline.model import Event, Mention, Timeline, When

D1, D2, D3 = dt.date(2024, 5, 1), dt.date(2024, 5, 2), dt.date(2024, 5, 3)


def day(n: int) -> dt.date:
    return dt.date(2024, 5, n)


# --- words and n-grams -------------------------------------------------------------------------


def test_words_are_lower_cased_runs_of_letters_and_digits() -> None:
    assert tls.words("The WHO's alert, level 5!") == ["the", "who", "s", "alert", "level", "5"]


def test_ngrams_never_cross_sentences() -> None:
    assert tls.ngrams(["a b", "c d"], 2) == {("a", "b"): 1, ("c", "d"): 1}


# --- Date-F1 -----------------------------------------------------------------------------------


def test_date_f1_counts_days_in_both() -> None:
    scores = tls.date_f1([day(1), day(2), day(3)], [day(2), day(3), day(4), day(5)])
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 4)
    assert scores.f1 == pytest.approx(4 / 7)


def test_date_f1_of_nothing_is_zero() -> None:
    assert tls.date_f1([], [day(1)]).f1 == 0.0


# --- concat and agreement ----------------------------------------------------------------------


def test_concat_compares_all_summaries_at_once() -> None:
    predicted = {D1: ["a b c"]}
    reference = {D2: ["A b d e"]}
    one = tls.concat(predicted, reference, 1)
    assert (one.precision, one.recall) == pytest.approx((2 / 3, 2 / 4))
    two = tls.concat(predicted, reference, 2)
    assert (two.precision, two.recall) == pytest.approx((1 / 2, 1 / 3))


def test_agreement_compares_only_the_same_days() -> None:
    predicted = {D1: ["a b"], D2: ["c d"]}
    reference = {D1: ["a x"], D3: ["c d"]}
    scores = tls.agreement(predicted, reference, 1)
    assert (scores.precision, scores.recall) == pytest.approx((1 / 4, 1 / 4))


def test_clipped_counts_do_not_reward_repetition() -> None:
    scores = tls.concat({D1: ["flu flu flu"]}, {D1: ["flu spreads"]}, 1)
    assert (scores.precision, scores.recall) == pytest.approx((1 / 3, 1 / 2))


# --- alignment ---------------------------------------------------------------------------------


def test_align_weights_a_day_off_by_half() -> None:
    scores = tls.align({D1: ["a b"]}, {D2: ["a b"]}, 1)
    assert (scores.precision, scores.recall) == pytest.approx((1 / 2, 1 / 2))


def test_align_plus_many_to_one_lets_two_days_share_a_gold_day() -> None:
    predicted = {D1: ["a b"], D3: ["a c"]}
    reference = {D2: ["a b"]}
    # Costs to D2: D1 is 0.5 * (1 - 1) = 0, D3 is 0.5 * (1 - 0.5) = 0.25.
    many = tls.align(predicted, reference, 1, content=True, many_to_one=True)
    assert many.precision == pytest.approx((2 * 0.5 + 1 * 0.5) / 4)
    assert many.recall == pytest.approx(2 * 0.5 / 2)
    one = tls.align(predicted, reference, 1, content=True)
    assert one.precision == pytest.approx(2 * 0.5 / 4)  # only D1 is aligned
    assert one.recall == pytest.approx(2 * 0.5 / 2)


def test_align_of_identical_timelines_is_perfect() -> None:
    timeline = {D1: ["flu reaches Mexico City"], D3: ["WHO raises alert level"]}
    for content, many in ((False, False), (True, False), (True, True)):
        scores = tls.align(timeline, timeline, 2, content=content, many_to_one=many)
        assert scores.f1 == pytest.approx(1.0)


def test_align_with_an_empty_side_scores_zero() -> None:
    assert tls.align({}, {D1: ["a"]}, 1).f1 == 0.0


def _brute_force(costs: list[list[float]]) -> float:
    rows, cols = len(costs), len(costs[0])
    if rows <= cols:
        return min(
            sum(costs[r][c] for r, c in enumerate(perm))
            for perm in itertools.permutations(range(cols), rows)
        )
    return min(
        sum(costs[r][c] for c, r in enumerate(perm))
        for perm in itertools.permutations(range(rows), cols)
    )


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda rows: st.integers(1, 4).flatmap(
            lambda cols: st.lists(
                st.lists(st.integers(0, 9), min_size=cols, max_size=cols),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_the_assignment_is_one_to_one_and_of_least_cost(matrix: list[list[int]]) -> None:
    costs = [[float(x) for x in row] for row in matrix]
    pairs = tls._assignment(costs)
    assert len(pairs) == min(len(costs), len(costs[0]))
    assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == len(pairs)
    assert sum(costs[r][c] for r, c in pairs) == pytest.approx(_brute_force(costs))


# --- from a built timeline ---------------------------------------------------------------------


def event(
    ident: str, when: dt.date | None, salience: float, *texts: str, grain: str = "day"
) -> Event:
    return Event(
        id=ident,
        summary=texts[0],
        when=None
        if when is None
        else When(start=when, end=when, granularity=grain, timex=when.isoformat()),  # type: ignore[arg-type]
        salience=salience,
        mentions=[
            Mention(doc_id=f"{ident}-{i}", start=0, end=len(t), text=t) for i, t in enumerate(texts)
        ],
    )


def test_the_system_timeline_takes_the_k_most_salient_days() -> None:
    timeline = Timeline(
        documents=[],
        events=[
            event("a", day(1), 5.0, "Schools closed in the capital."),
            event("b", day(1), 4.0, "Flights were cancelled."),
            event("c", day(2), 3.0, "The alert level was raised."),
            event("d", day(3), 9.0, "A week of talks.", grain="week"),
            event("e", None, 9.0, "Undated."),
            event("f", day(4), 1.0, "Least salient."),
        ],
    )
    two = tls.system_timeline(timeline, 2)
    assert two == {
        day(1): ["Schools closed in the capital."],
        day(2): ["The alert level was raised."],
    }
    longer = tls.system_timeline(timeline, 2, sentences=2)
    assert longer[day(1)] == ["Schools closed in the capital.", "Flights were cancelled."]
    inside = tls.system_timeline(timeline, 5, span=(day(2), day(4)))
    assert sorted(inside) == [day(2), day(4)]


def test_a_day_is_summarised_by_the_mention_the_others_agree_with() -> None:
    timeline = Timeline(
        documents=[],
        events=[
            event(
                "a",
                day(1),
                1.0,
                "Mexico closed its schools on Monday.",
                "In other news, football matches were held.",
                "Mexico closed schools, museums and cinemas.",
            )
        ],
    )
    (summary,) = tls.system_timeline(timeline, 1)[day(1)]
    assert summary.startswith("Mexico closed")


def gold(*entries: tuple[str, list[str]]) -> str:
    return json.dumps(
        {"timeline_id": "g", "entries": [{"date": d, "sentences": s} for d, s in entries]}
    )


def test_a_timeline_equal_to_the_gold_scores_one(tmp_path: Path) -> None:
    path = tmp_path / "timelines.jsonl"
    path.write_text(
        gold(("2024-05-01", ["Schools closed ."]), ("2024-05-03", ["Alert raised ."])) + "\n"
    )
    (reference,) = tls.read_gold(path)
    timeline = Timeline(
        documents=[],
        events=[
            event("a", day(1), 2.0, "Schools closed ."),
            event("b", day(3), 1.0, "Alert raised ."),
            event("c", day(9), 0.5, "Outside the span ."),
        ],
    )
    scores = tls.evaluate_timeline(timeline, reference)
    assert scores.dates.f1 == 1.0
    assert all(s.f1 == pytest.approx(1.0) for s in scores.rouge.values())


def test_articles_with_empty_text_become_errors_and_collections_sources(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    rows = [
        {"id": "a", "collection": "wire", "published": "2024-05-01", "text": "Schools closed ."},
        {"id": "b", "collection": "wire", "published": "2024-05-01", "text": ""},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = tls.read_articles(path)
    assert not isinstance(first, DocumentError) and first.source == "wire"
    assert isinstance(second, DocumentError) and second.doc_id == "b"


def test_eval_tls_prints_each_gold_timeline_and_the_mean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles.jsonl"
    rows = [
        {
            "id": f"n{i}",
            "collection": source,
            "published": "2024-05-02",
            "text": f"Mexico closed all schools on May 1 , {speaker} said .",
        }
        for i, (source, speaker) in enumerate((("wire", "officials"), ("daily", "Ana Ruiz")))
    ] + [{"id": "empty", "collection": "wire", "published": "2024-05-02", "text": " "}]
    articles.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    timelines = tmp_path / "timelines.jsonl"
    timelines.write_text(gold(("2024-05-01", ["Mexico closed all schools ."])) + "\n")
    assert main(["eval-tls", str(articles), str(timelines)]) == 0
    out = capsys.readouterr().out
    assert "Date-F1" in out and "align+ m:1 R-1 F" in out
    (mean,) = [line for line in out.splitlines() if line.startswith("mean")]
    assert mean.split()[1] == "1.0000"
    assert "1 failed" in out


@pytest.mark.parametrize(
    ("line", "complaint"),
    [
        ('{"timeline_id": "t", "entries": []}', "has no days"),
        ("[1, 2]", "not a JSON object"),
        ("{not json", "not a gold timeline"),
        ('{"timeline_id": "t", "entries": [{"date": "soon", "sentences": []}]}', "not a gold"),
    ],
    ids=["no-days", "not-object", "not-json", "bad-date"],
)
def test_a_bad_gold_timeline_is_a_corpus_error_naming_file_and_line(
    tmp_path: Path, line: str, complaint: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=complaint) as caught:
        tls.read_gold(path)
    assert "gold.jsonl" in str(caught.value) and "line 2" in str(caught.value)
