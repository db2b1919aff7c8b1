"""The public API: what `import timeline` offers, and the promises the package keeps."""

from __future__ import annotations

import ast
import datetime as dt
import runpy
import sys
from pathlib import Path

import pytest

import timeline

PACKAGE = Path(timeline.__file__).parent
EXAMPLES = sorted((PACKAGE.parent / "examples").glob("*.py"))


def test_all_names_resolve_and_nothing_public_is_missing() -> None:
    for name in timeline.__all__:
        assert hasattr(timeline, name), name
    public = {n for n in vars(timeline) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(timeline, n)).__name__ == "module"}
    assert public - modules - {"annotations"} == set(timeline.__all__) - {"__version__"}


def test_pipeline_entry_points_are_importable_from_the_package() -> None:
    for name in (
        "Document",
        "load_corpus",
        "iter_corpus",
        "extract_times",
        "build_timeline",
        "Timeline",
        "TimeExpression",
        "DocumentError",
        "resolve",
        "Context",
    ):
        assert name in timeline.__all__


def test_package_ships_type_information() -> None:
    assert (PACKAGE / "py.typed").exists()


def _clock_reads(tree: ast.AST) -> list[str]:
    """Calls that read the clock: ``x.now()``, ``date.today()``, ``time.time()``..."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        attr, owner = node.func.attr, node.func.value
        if attr in {"now", "today", "utcnow"} or (
            attr in {"time", "localtime", "gmtime", "monotonic"}
            and isinstance(owner, ast.Name)
            and owner.id == "time"
        ):
            found.append(f"line {node.lineno}: {attr}()")
    return found


@pytest.mark.parametrize("module", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_library_never_reads_the_clock(module: Path) -> None:
    assert _clock_reads(ast.parse(module.read_text(encoding="utf-8"))) == []


def test_clock_check_finds_clock_reads() -> None:
    tree = ast.parse("import time, datetime\ndatetime.date.today()\ntime.time()\n")
    assert len(_clock_reads(tree)) == 2


def test_build_does_not_depend_on_the_machine_date(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = timeline.Document(
        id="a",
        text="Officials said the minister met the envoy on Thursday in Paris.",
        published=dt.date(2024, 11, 11),
    )
    undated = timeline.Document(id="b", text="The minister met the envoy on Thursday in Paris.")
    first = timeline.build_timeline([doc, undated]).to_json()

    class FrozenDate(dt.date):
        @classmethod
        def today(cls) -> FrozenDate:
            return cls(1999, 1, 1)

    monkeypatch.setattr(dt, "date", FrozenDate)
    assert timeline.build_timeline([doc, undated]).to_json() == first


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_examples_run(
    script: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", [str(script)])
    runpy.run_path(str(script), run_name="__main__")
    assert capsys.readouterr().out.strip()
