"""TimeML in and out, and TempEval-3 scoring, on TimeML written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import extract_times
from timeline.cli import main
from timeline.errors import InvalidDocumentError
from timeline.evaluate import Counts, evaluate_folder, pair, score_document
from timeline.timeml import TimeMLDocument, Timex, read_timeml, to_timeml

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wire-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-11" temporalFunction="false" \
functionInDocument="CREATION_TIME">November 11, 2024</TIMEX3></DCT>
<TEXT>
The ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on \
<TIMEX3 tid="t1" type="DATE" value="2024-11-07">Thursday</TIMEX3> &amp; agreed to talk again \
<TIMEX3 tid="t2" type="DATE" value="2024-W47" anchorTimeID="t0">next week</TIMEX3>. \
Prices rose <TIMEX3 tid="t3" type="DURATION" value="P3Y" mod="LESS_THAN">\
nearly three years</TIMEX3> after the <TIMEX3 tid="t4" type="DATE" value="2021">2021</TIMEX3> crash.
</TEXT>
</TimeML>
"""


def test_reading_gives_the_plain_text_the_creation_time_and_offsets() -> None:
    document = read_timeml(GOLD)
    assert document.doc_id == "wire-1"
    assert document.dct == dt.date(2024, 11, 11)
    assert "<" not in document.text and "&amp;" not in document.text
    assert "Thursday & agreed" in document.text
    assert [t.text for t in document.timexes] == [
        "Thursday", "next week", "nearly three years", "2021",
    ]  # fmt: skip
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text
    assert document.timexes[1].anchor == "t0"
    assert document.timexes[2].mod == "LESS_THAN"


def test_reading_a_file_uses_its_name_only_when_it_has_no_docid(tmp_path: Path) -> None:
    path = tmp_path / "story.tml"
    path.write_text(GOLD.replace("<DOCID>wire-1</DOCID>\n", ""), encoding="utf-8")
    assert read_timeml(path).doc_id == "story"


@pytest.mark.parametrize(
    ("markup", "complaint"),
    [
        ("<TimeML><TEXT>unclosed</TimeML>", "not well-formed"),
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
        (
            '<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="soon"/></DCT>'
            "<TEXT>x</TEXT></TimeML>",
            "creation time",
        ),
    ],
    ids=["malformed", "no-text", "bad-dct"],
)
def test_bad_timeml_is_a_document_error_that_says_what_is_wrong(
    markup: str, complaint: str
) -> None:
    with pytest.raises(InvalidDocumentError, match=complaint):
        read_timeml(markup, doc_id="bad")


def test_writing_keeps_the_text_and_tags_each_expression() -> None:
    text = "Talks began on Monday & will resume next week.\r\nPrices rose for nearly three years."
    published = dt.date(2024, 11, 13)
    found = extract_times(text, published)
    page = to_timeml(text, found, doc_id="d", dct=published)
    back = read_timeml(page)
    assert back.text == text
    assert back.dct == published
    assert [(t.start, t.end, t.type, t.value) for t in back.timexes] == [
        (e.start, e.end, e.type, e.value) for e in found
    ]
    monday = back.timexes[0]
    assert monday.anchor == "t0"
    assert next(t for t in back.timexes if t.text == "nearly three years").mod == "LESS_THAN"


def test_writing_refuses_overlaps_and_characters_xml_cannot_hold() -> None:
    found = extract_times("on Monday", dt.date(2024, 11, 13))
    with pytest.raises(ValueError, match="overlapping"):
        to_timeml("on Monday", [*found, *found])
    with pytest.raises(ValueError, match="cannot be in XML"):
        to_timeml("bell\x07 on Monday", [])


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs",),
            blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
            "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff",
        )
    )
    | st.sampled_from(
        ["He left on Friday, 3 p.m., & came back <soon> in May 2024.", "a\r\nb\rc 1990s"]
    ),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
)
def test_reading_what_we_wrote_gives_back_text_and_annotations(
    text: str, published: dt.date
) -> None:
    found = extract_times(text, published)
    back = read_timeml(to_timeml(text, found, doc_id="x", dct=published))
    assert back.text == text
    assert [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in back.timexes] == [
        (e.start, e.end, e.text, e.type, e.value, e.mod) for e in found
    ]


def _timex(start: int, end: int, value: str = "2024", kind: str = "DATE") -> Timex:
    return Timex("t", start, end, "x" * (end - start), kind, value)


def test_pairs_are_overlaps_matched_once_from_left_to_right() -> None:
    gold = [_timex(0, 5), _timex(10, 20), _timex(30, 35)]
    system = [_timex(3, 12), _timex(15, 18), _timex(40, 45)]
    assert [(g.start, s.start) for g, s in pair(gold, system)] == [(0, 3), (10, 15)]


def test_scores_follow_the_tempeval_rules() -> None:
    text = "x" * 60
    gold = TimeMLDocument(
        "d", text, None, (_timex(0, 5, "2024"), _timex(10, 20, "P3Y", "DURATION"), _timex(30, 35))
    )
    system = [
        _timex(0, 5, "2024"),  # strict, right value and type
        _timex(12, 20, "P2Y", "DURATION"),  # relaxed only, wrong value
        _timex(50, 55),  # spurious
    ]
    counts, findings = score_document(gold, system)
    assert counts == Counts(gold=3, system=3, strict=1, relaxed=2, value=1, type=2)
    assert sorted(f.kind for f in findings) == ["extent", "missed", "spurious", "value"]
    relaxed = counts.score("relaxed")
    assert relaxed.precision == pytest.approx(2 / 3) and relaxed.recall == pytest.approx(2 / 3)
    value = counts.score("value")
    assert value.f1 == pytest.approx(relaxed.f1 * 1 / 2)
    assert Counts().score("strict").f1 == 0.0


def test_eval_timex_scores_a_folder_per_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for part in ("wire", "paper"):
        (tmp_path / part).mkdir()
        (tmp_path / part / "one.tml").write_text(GOLD, encoding="utf-8")
    parts, _ = evaluate_folder(tmp_path)
    assert set(parts) == {"wire", "paper", "all"}
    assert parts["all"].gold == 8
    assert main(["eval-timex", str(tmp_path), "--details"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("all")
    assert "strict" in out and "relaxed" in out


def test_eval_timex_refuses_a_folder_without_timeml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval-timex", str(tmp_path)]) == 2
    assert "no TimeML files" in capsys.readouterr().err


def test_timeml_command_prints_a_document_that_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The summit opened on Thursday.", encoding="utf-8")
    assert main(["timeml", str(path), "--published", "2024-11-11"]) == 0
    back = read_timeml(capsys.readouterr().out)
    assert back.text == "The summit opened on Thursday."
    assert [(t.text, t.value) for t in back.timexes] == [("Thursday", "2024-11-07")]


def test_eval_timex_defaults_to_the_shared_data_beside_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "main"
    gold = tmp_path / "shared" / "data" / "tbaq" / "wire"
    project.mkdir()
    monkeypatch.chdir(project)
    assert main(["eval-timex"]) == 2
    assert "../shared/data/tbaq" in capsys.readouterr().err
    gold.mkdir(parents=True)
    (gold / "one.tml").write_text(GOLD, encoding="utf-8")
    assert main(["eval-timex"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("all")


def test_build_writes_one_timeml_file_per_document_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The talks opened on Monday.", encoding="utf-8")
    (corpus / "b.txt").write_text("", encoding="utf-8")
    (corpus / "manifest.json").write_text(
        '{"documents": [{"id": "wire/a", "file": "a.txt", "published": "2024-11-13"},'
        ' {"id": "b", "file": "b.txt"}]}',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert (
        main(["build", str(corpus), "--out", str(out), "--format", "json,timeml", "--quiet"]) == 1
    )
    assert sorted(p.name for p in (out / "timeml").iterdir()) == ["wire_a.tml"]
    back = read_timeml(out / "timeml" / "wire_a.tml")
    assert back.doc_id == "wire/a" and back.dct == dt.date(2024, 11, 13)
    assert [(t.text, t.value) for t in back.timexes] == [("Monday", "2024-11-11")]
