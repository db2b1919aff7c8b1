"""Write ``docs/api.md``, the API reference, from the docstrings and signatures of the code.

Run from the project root: ``python docs/make_api.py`` (``--check`` exits 1 when the committed
file is not current, as the test suite does). Each public module of ``timeline`` gets a
section with every name in its ``__all__``: functions and classes with their signature and
docstring, a class's public methods and properties, and other values by their ``repr``.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "api.md"
#: The modules documented, in the order the data flows through them.
MODULES = (
    "timeline",
    "timeline.documents",
    "timeline.webpages",
    "timeline.errors",
    "timeline.extract",
    "timeline.resolve",
    "timeline.pipeline",
    "timeline.model",
    "timeline.render",
    "timeline.export",
    "timeline.timeml",
    "timeline.cli",
)
HEADER = (
    "# API reference\n\n"
    "Generated from the docstrings by `python docs/make_api.py`; do not edit by hand.\n"
    "The package `timeline` re-exports the main names; the sections after it document each\n"
    "module's own public names.\n"
)
NO_DOC = "(no docstring)"


def _doc(obj: object) -> str:
    return inspect.getdoc(obj) or NO_DOC


def _annotation(annotation: object) -> str:
    """An annotation as written: postponed ones are strings already, shown without quotes."""
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def _signature(obj: object) -> str:
    """``(a: int, *, b: str = 'x') -> bool``, annotations as the source writes them."""
    try:
        signature = inspect.signature(obj)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "(...)"
    parameters = [
        parameter.replace(
            annotation=_Written(_annotation(parameter.annotation))
            if parameter.annotation is not parameter.empty
            else parameter.empty
        )
        for parameter in signature.parameters.values()
    ]
    returns = signature.return_annotation
    written = signature.replace(
        parameters=parameters,
        return_annotation=_Written(_annotation(returns))
        if returns is not signature.empty
        else signature.empty,
    )
    return str(written)


class _Written:
    """An annotation that prints as the text it holds."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _members(cls: type) -> list[str]:
    """The public methods and properties a class defines itself, each with its docstring."""
    lines: list[str] = []
    for name, member in vars(cls).items():
        if name.startswith("_") or name.startswith("model_"):
            continue
        if isinstance(member, property):
            lines.append(f"- `{name}` (property): {_doc(member).splitlines()[0]}")
        elif isinstance(member, (classmethod, staticmethod)):
            function = member.__func__
            lines.append(f"- `{name}{_signature(function)}`: {_doc(function).splitlines()[0]}")
        elif inspect.isfunction(member):
            lines.append(f"- `{name}{_signature(member)}`: {_doc(member).splitlines()[0]}")
    return lines


def _entry(name: str, obj: object) -> list[str]:
    """The Markdown of one public name."""
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        values = ", ".join(f"`{member.name}`" for member in obj)
        return [f"### class `{name}`", "", _doc(obj), "", f"Members: {values}.", ""]
    if inspect.isclass(obj):
        lines = [f"### class `{name}{_signature(obj)}`", "", _doc(obj), ""]
        members = _members(obj)
        return lines + ([*members, ""] if members else [])
    if inspect.isfunction(obj):
        return [f"### `{name}{_signature(obj)}`", "", _doc(obj), ""]
    return [f"### `{name}`", "", f"`{obj!r}`", ""]


def _module(module: ModuleType) -> list[str]:
    summary = (module.__doc__ or NO_DOC).strip().splitlines()[0]
    lines = [f"## `{module.__name__}`", "", summary, ""]
    names: list[str] = list(getattr(module, "__all__", []))
    if module.__name__ == "timeline":  # the package lists what it re-exports, not re-documents
        exported = ", ".join(f"`{name}`" for name in sorted(names))
        return [*lines, f"Exports: {exported}.", ""]
    for name in sorted(names):
        lines += _entry(name, getattr(module, name))
    return lines


def render() -> str:
    """The whole reference as Markdown, the same on every machine."""
    lines = [HEADER]
    for name in MODULES:
        lines += _module(importlib.import_module(name))
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        if not current:
            print("docs/api.md is out of date: run python docs/make_api.py", file=sys.stderr)
        return 0 if current else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
