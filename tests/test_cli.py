"""Tests of the command line, run on the project's seed corpus and on small corpora built here."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.model import Timeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SCHEMA_FILE = ROOT / "docs" / "timeline.schema.json"
OUTPUT_NAMES = {"timeline.json", "chronology.md", "timeline.html"}
REGENERATE = "python -m timeline schema > docs/timeline.schema.json"


def seed_ids() -> list[str]:
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    return [entry["id"] for entry in manifest["documents"]]


def write_corpus(folder: Path, files: dict[str, str], listed: list[str]) -> Path:
    """A corpus folder whose manifest lists ``listed``; only ``files`` exist on disk."""
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    entries = [{"id": Path(name).stem, "file": name, "published": "2024-11-11"} for name in listed]
    (folder / "manifest.json").write_text(json.dumps({"documents": entries}), encoding="utf-8")
    return folder


# -- schema -----------------------------------------------------------------------------


def test_committed_schema_is_current() -> None:
    expected = json.dumps(Timeline.json_schema(), indent=2, sort_keys=True) + "\n"
    committed = SCHEMA_FILE.read_text(encoding="utf-8") if SCHEMA_FILE.exists() else ""
    assert committed == expected, f"{SCHEMA_FILE.name} is stale; regenerate it: {REGENERATE}"


def test_schema_command_prints_the_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == SCHEMA_FILE.read_text(encoding="utf-8")


def test_python_dash_m_runs_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "schema"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == Timeline.json_schema()


# -- help and version -------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert re.fullmatch(r"timeline \S+\n", capsys.readouterr().out)


def test_help_gives_an_example_per_command_and_the_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for example in ("timeline build ", "timeline extract ", "timeline schema"):
        assert example in text
    assert "exit codes" in text
    for code in ("0 ", "1 ", "2 "):
        assert f"\n  {code}" in text


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().err


# -- build ------------------------------------------------------------------------------


def test_build_on_the_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "new" / "out"
    assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    assert {path.name for path in out.iterdir()} == OUTPUT_NAMES  # no temporary files left
    timeline = Timeline.from_json((out / "timeline.json").read_text(encoding="utf-8"))
    assert [doc.id for doc in timeline.documents] == seed_ids()
    assert all(doc.status == "ok" for doc in timeline.documents)
    markdown = (out / "chronology.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Timeline\n")
    assert all(f"- {doc_id} " in markdown for doc_id in seed_ids())
    assert (out / "timeline.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    captured = capsys.readouterr()
    assert f"documents: {len(seed_ids())} read, 0 failed" in captured.out
    assert re.search(r"^events: \d+ \(\d+ dated, \d+ undated\)$", captured.out, re.MULTILINE)
    assert re.search(r"^flags: ", captured.out, re.MULTILINE)
    assert str((out / "timeline.html").resolve()) in captured.out
    assert captured.err == ""


def test_build_is_repeatable_and_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    first = {name: (out / name).read_bytes() for name in OUTPUT_NAMES}
    assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    assert {name: (out / name).read_bytes() for name in OUTPUT_NAMES} == first


def test_build_top_keeps_at_most_k_events(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out), "--top", "1"]) == 0
    timeline = Timeline.from_json((out / "timeline.json").read_text(encoding="utf-8"))
    assert len(timeline.events) <= 1
    assert all(event.when is not None for event in timeline.events)


def test_build_with_a_missing_document_exits_1_and_lists_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(
        tmp_path / "corpus",
        {"present.txt": "The mayor resigned on Tuesday, officials said on Wednesday."},
        ["present.txt", "vanished.txt"],
    )
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out)]) == 1
    assert {path.name for path in out.iterdir()} == OUTPUT_NAMES
    timeline = Timeline.from_json((out / "timeline.json").read_text(encoding="utf-8"))
    status = {doc.id: doc.status for doc in timeline.documents}
    assert status == {"present": "ok", "vanished": "error"}
    assert next(doc for doc in timeline.documents if doc.id == "vanished").error
    captured = capsys.readouterr()
    assert "vanished" in captured.err
    assert "documents: 1 read, 1 failed" in captured.out


def test_build_on_a_missing_corpus_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("timeline: error: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_build_into_an_unusable_output_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["build", str(SEEDS), "--out", str(blocker / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("timeline: error: ") and err.count("\n") == 1


@pytest.mark.parametrize(
    "extra",
    [["--top", "-1"], ["--top", "many"], ["--max-bytes", "0"], ["--max-bytes", "1e3"]],
)
def test_build_with_bad_numbers_is_a_usage_error(tmp_path: Path, extra: list[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out), *extra]) == 2
    assert not out.exists()


def test_build_needs_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEEDS)]) == 2
    assert "--out" in capsys.readouterr().err


def test_build_via_python_dash_m(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "build", str(SEEDS), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    assert {path.name for path in out.iterdir()} == OUTPUT_NAMES


# -- extract ----------------------------------------------------------------------------


STORY = (
    "The summit opened on 7 November 2024 in Geneva.\n"
    "Delegates left on Friday, and a second round is planned for March 2025.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("utf-8"))
    return path


def test_extract_prints_one_tab_separated_line_per_expression(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(story), "--published", "2024-11-11"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    for line in lines:
        span, _type, _value, text, interval = line.split("\t")
        start, end = (int(n) for n in span.split("-"))
        assert STORY[start:end] == text
        assert interval == "-" or re.fullmatch(r"\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d", interval)
    by_text = {line.split("\t")[3]: line.split("\t")[4] for line in lines}
    assert any(
        "7 November 2024" in text and interval == "2024-11-07..2024-11-07"
        for text, interval in by_text.items()
    )


def test_extract_json(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(story), "--published", "2024-11-11", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert isinstance(records, list) and records
    keys = {"start", "end", "text", "type", "value", "interval", "granularity", "mod"}
    for record in records:
        assert set(record) == keys
        assert STORY[record["start"] : record["end"]] == record["text"]
    assert any(record["interval"] == ["2024-11-07", "2024-11-07"] for record in records)


def test_extract_narrative_without_publication_date(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(story), "--kind", "narrative"]) == 0
    assert capsys.readouterr().out


@pytest.mark.parametrize("published", ["2024-13-01", "11/07/2024", "20241107", "2024-02-30"])
def test_extract_with_a_bad_publication_date_is_a_usage_error(
    story: Path, published: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(story), "--published", published]) == 2
    err = capsys.readouterr().err
    assert "--published" in err and "Traceback" not in err


def test_extract_on_a_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / "absent.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("timeline: error: ") and err.count("\n") == 1


def test_extract_on_a_file_that_is_not_utf8_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 opened on Monday.".encode("latin-1"))
    assert main(["extract", str(path)]) == 2
    assert "UTF-8" in capsys.readouterr().err
