"""Tests of the command line, run on the project's seed corpus and on small corpora built here."""

from __future__ import annotations

import json
import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import _failures, main
from timeline.errors import DocumentReadError
from timeline.model import DocumentStatus, Timeline

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


def test_extract_on_a_file_that_cannot_be_decoded_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "undecodable.txt"
    path.write_bytes(b"Caf\xe9 opened \x81 on Monday.")  # 0x81: neither UTF-8 nor cp1252
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert "UTF-8" in err
    assert err.startswith("timeline: error: ") and err.count("\n") == 1


@pytest.mark.parametrize("command", ["extract", "timeml"])
@pytest.mark.parametrize(
    "data",
    [b"", b" \r\n\t ", b"GIF89a\x00\x01"],
    ids=["empty", "whitespace", "binary"],
)
def test_a_file_build_would_refuse_exits_2_with_one_line(
    tmp_path: Path, command: str, data: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "refused.txt"
    path.write_bytes(data)
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("timeline: error: ") and err.count("\n") == 1
    assert str(path) in err


@pytest.mark.parametrize("command", ["extract", "timeml"])
@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "cp1252"], ids=["utf8-bom", "utf16-bom", "cp1252"]
)
def test_extract_and_timeml_read_what_build_reads(
    tmp_path: Path, command: str, encoding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "The caf\u00e9 \u201cLe Coin\u201d opened on 7 November 2024.\n"
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    assert main([command, str(path), "--published", "2024-11-11"]) == 0
    out = capsys.readouterr().out
    assert "7 November 2024" in out
    if command == "extract":
        (line,) = out.splitlines()
        start, end = (int(n) for n in line.split("\t")[0].split("-"))
        assert text[start:end] == "7 November 2024"
    else:
        assert "caf\u00e9 \u201cLe Coin\u201d" in out


def test_timeml_names_the_document_after_the_file_and_dates_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "summit-day.txt"
    path.write_text("Delegates met on Friday.\n", encoding="utf-8")
    assert main(["timeml", str(path), "--published", "2024-11-11"]) == 0
    out = capsys.readouterr().out
    assert "summit-day" in out
    assert "2024-11-11" in out
    assert "2024-11-08" in out


def test_document_options_are_the_same_on_every_command_that_resolves_times(
    capsys: pytest.CaptureFixture[str],
) -> None:
    helps = {}
    for command in ("extract", "timeml", "eval-timex"):
        assert main([command, "--help"]) == 0
        helps[command] = capsys.readouterr().out
    for text in helps.values():
        assert "--kind {news,narrative}" in text
    assert "--published YYYY-MM-DD" in helps["extract"]
    assert "--published YYYY-MM-DD" in helps["timeml"]
    assert "--published" not in helps["eval-timex"]


# -- failure messages -------------------------------------------------------------------


def test_a_document_the_loader_could_not_read_is_named_once_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "here.txt").write_text("The mayor resigned on Tuesday.", encoding="utf-8")
    entries = [
        {"id": "here", "file": "here.txt", "published": "2024-11-11"},
        {"id": "gone-story", "file": "missing.txt", "published": "2024-11-11"},
    ]
    (corpus / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.count("gone-story") == 1
    assert err.startswith("timeline: document 'gone-story': ")
    assert "missing.txt" in err


def test_a_document_the_build_refused_is_named_once_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = "The mayor resigned on Tuesday, officials said.\n"
    (corpus / "first-copy.txt").write_text(story, encoding="utf-8")
    (corpus / "second-copy.txt").write_text(story, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.count("second-copy") == 1
    assert err.startswith("timeline: document 'second-copy': ")
    markdown = (out / "chronology.md").read_text(encoding="utf-8")
    (line,) = [line for line in markdown.splitlines() if "error:" in line]
    assert line.startswith("- second\\-copy \u00b7 error: ")
    assert line.count("second") == 1


def test_failure_messages_name_each_document_once() -> None:
    loader_error = DocumentReadError("a", "file 'a.txt' does not exist")
    result = Timeline(
        documents=[
            DocumentStatus(id="a", status="error", error="file 'a.txt' does not exist"),
            DocumentStatus(id="b", status="error", error="duplicate id: another document has it"),
            DocumentStatus(id="c", status="error"),
            DocumentStatus(id="d"),
        ],
        events=[],
    )
    assert _failures([loader_error], result) == [
        "document 'a': file 'a.txt' does not exist",
        "document 'b': duplicate id: another document has it",
        "document 'c': failed",
    ]


# -- formats, quiet, progress and help ----------------------------------------------------


def test_build_writes_the_formats_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out), "--format", "timelinejs, CSV,json"]) == 0
    assert {path.name for path in out.iterdir()} == {
        "timelinejs.json",
        "timeline.csv",
        "timeline.json",
    }
    timeline = Timeline.from_json((out / "timeline.json").read_text(encoding="utf-8"))
    slides = json.loads((out / "timelinejs.json").read_text(encoding="utf-8"))["events"]
    assert [slide["unique_id"] for slide in slides] == [e.id for e in timeline.dated()]
    rows = (out / "timeline.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("id,date,start,end,granularity")
    printed = capsys.readouterr().out
    assert "written: timelinejs.json, timeline.csv, timeline.json" in printed
    assert "html:" not in printed


@pytest.mark.parametrize("formats", ["pdf", "json,pdf", ",", ""])
def test_build_with_an_unknown_format_is_a_usage_error(
    tmp_path: Path, formats: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "out"), "--format", formats]) == 2
    assert "format" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_build_quiet_prints_nothing_but_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(
        tmp_path / "c", {"a.txt": "The council met on Monday."}, ["a.txt", "b.txt"]
    )
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "'b'" in captured.err


class Terminal:
    """A stand-in for a terminal's stderr that records what is written to it."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("quiet", [False, True])
def test_progress_is_shown_on_a_terminal_unless_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: bool
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr("timeline.cli.PROGRESS_MIN_DOCUMENTS", 2)
    extra = ["--quiet"] if quiet else []
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "out"), *extra]) == 0
    if quiet:
        assert terminal.text == ""
    else:
        assert "reading documents: 1" not in terminal.text
        assert f"reading documents: {len(seed_ids())}" in terminal.text
        assert "building the timeline" in terminal.text
        assert "writing outputs [" in terminal.text and "] 2/3" in terminal.text
        assert terminal.text.endswith("\r\x1b[K")  # the line is erased at the end


def test_small_builds_show_no_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "out")]) == 0
    assert terminal.text == ""


def test_pipes_show_no_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("timeline.cli.PROGRESS_MIN_DOCUMENTS", 1)
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err == ""  # stderr is not a terminal here


def test_every_command_has_an_example_in_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    commands = re.findall(r"^    (\S+)\s", capsys.readouterr().out, re.MULTILINE)
    assert {"build", "extract", "schema"} <= set(commands)
    for command in commands:
        assert main([command, "--help"]) == 0
        assert re.search(rf"^  timeline {re.escape(command)}\b", capsys.readouterr().out, re.M)


# -- generated documentation ---------------------------------------------------------------


def test_committed_api_reference_is_current() -> None:
    make_api = runpy.run_path(str(ROOT / "docs" / "make_api.py"))
    committed = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert committed == make_api["render"](), "run: python docs/make_api.py"


def test_api_reference_documents_every_public_name() -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in ("load_corpus", "read_webpage", "to_timelinejs", "to_csv", "Timeline"):
        assert f"`{name}" in text
    assert "(no docstring)" not in text
