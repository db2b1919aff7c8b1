"""The command line: build a timeline from a corpus, inspect time expressions, print the schema.

Commands::

    timeline build PATH --out DIR [--top K] [--max-bytes N]
    timeline extract FILE [--published YYYY-MM-DD] [--kind news|narrative] [--json]
    timeline schema

``build`` writes ``timeline.json``, ``chronology.md`` and ``timeline.html`` into DIR, each
atomically (a temporary file in DIR, then a rename), and prints a short summary.

Exit codes:

    0  every document was read (``extract`` and ``schema``: success)
    1  some documents failed; the outputs are still written and list them as errors
       (also when stdout is closed before the output is printed, e.g. ``| head``)
    2  unusable invocation: bad arguments, a corpus that cannot be listed, an input file that
       cannot be read, or an output folder that cannot be written; one line on stderr
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

import timeline
from timeline.documents import DEFAULT_MAX_BYTES, Document, iter_corpus
from timeline.errors import CorpusError, DocumentError
from timeline.model import Timeline
from timeline.pipeline import build_timeline
from timeline.render import render_html, render_markdown
from timeline.resolve import extract_times

__all__ = ["main", "schema_json"]

DISTRIBUTION = "timeline"
PROG = "timeline"
JSON_NAME = "timeline.json"
MARKDOWN_NAME = "chronology.md"
HTML_NAME = "timeline.html"
OUTPUT_MODE = 0o644
EXIT_OK = 0
EXIT_DOCUMENTS_FAILED = 1
EXIT_USAGE = 2
EXIT_STDOUT_CLOSED = 1
DOCUMENT_KINDS = ("news", "narrative")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
# Characters that would break the one-line, tab-separated output of ``extract``.
_TSV_UNSAFE = str.maketrans({"\t": " ", "\n": " ", "\r": " "})

EPILOG = """\
examples:
  timeline build seeds --out out            read seeds/, write out/timeline.{json,html} and
                                            out/chronology.md
  timeline build corpus.jsonl --out out --top 20
  timeline extract article.txt --published 2024-11-11
  timeline extract story.txt --kind narrative --json
  timeline schema > docs/timeline.schema.json

exit codes:
  0  every document was read (extract, schema: success)
  1  some documents failed; outputs are still written and list them as errors
  2  unusable invocation: bad arguments, corpus cannot be listed, file cannot be read,
     output folder not writable
"""


class _ResolvedTime(Protocol):
    """What ``extract`` prints of each value ``extract_times`` returns."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str | None: ...
    @property
    def interval(self) -> tuple[dt.date, dt.date] | None: ...
    @property
    def granularity(self) -> str | None: ...
    @property
    def mod(self) -> str | None: ...


class _UsageError(Exception):
    """An invocation that cannot run; its message is the one line printed on stderr."""


def schema_json() -> str:
    """The JSON Schema of ``timeline.json`` as committed in ``docs/timeline.schema.json``."""
    return json.dumps(Timeline.json_schema(), indent=2, sort_keys=True) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed help, the version or a usage error
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        code: int = args.run(args)
    except _UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader of stdout went away, e.g. ``| head``
        _silence_stdout()
        return EXIT_STDOUT_CLOSED
    return code


def _silence_stdout() -> None:
    """Point stdout at the null device so that flushing it at exit cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Reconstruct the chronology of a story from the articles that report it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    build = commands.add_parser(
        "build",
        help="build a timeline from a corpus and write JSON, Markdown and HTML",
        description="Read a corpus, reconcile its events, and write timeline.json,\n"
        "chronology.md and timeline.html into the output folder.",
        epilog="example:\n  timeline build seeds --out out --top 20\n\n" + _exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument(
        "path", metavar="PATH", help="a folder (with manifest.json or *.txt) or a .jsonl file"
    )
    build.add_argument("--out", required=True, metavar="DIR", help="output folder (created)")
    build.add_argument(
        "--top",
        type=_non_negative,
        metavar="K",
        help="keep only the K most salient dated events",
    )
    build.add_argument(
        "--max-bytes",
        type=_positive,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="skip (as failed) documents larger than N bytes (default: %(default)s)",
    )
    build.set_defaults(run=_build)

    extract = commands.add_parser(
        "extract",
        help="list the time expressions of one text file and their values",
        description="Print one line per time expression, tab-separated:\n"
        "start-end, type, value, text, interval (first..last day, or -).",
        epilog="example:\n  timeline extract article.txt --published 2024-11-11\n\n"
        + _exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("file", metavar="FILE", help="a UTF-8 text file")
    extract.add_argument(
        "--published",
        type=_iso_day,
        metavar="YYYY-MM-DD",
        help="publication date that relative expressions are resolved against",
    )
    extract.add_argument(
        "--kind", choices=DOCUMENT_KINDS, default="news", help="document kind (default: news)"
    )
    extract.add_argument("--json", action="store_true", help="print a JSON list instead")
    extract.set_defaults(run=_extract)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of timeline.json",
        description="Print the JSON Schema of timeline.json.",
        epilog="example:\n  timeline schema > docs/timeline.schema.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    schema.set_defaults(run=_schema)
    return parser


def _exit_codes() -> str:
    return EPILOG[EPILOG.index("exit codes:") :]


def _version() -> str:
    """The installed distribution's version, else the package's own ``__version__``."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return str(getattr(timeline, "__version__", "unknown"))


def _positive(text: str) -> int:
    value = _integer(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {text!r}")
    return value


def _non_negative(text: str) -> int:
    value = _integer(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be zero or more, not {text!r}")
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


def _iso_day(text: str) -> dt.date:
    """A calendar date written exactly YYYY-MM-DD."""
    if ISO_DAY.fullmatch(text) is None:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: {exc}") from None


# -- build ------------------------------------------------------------------------------


def _build(args: argparse.Namespace) -> int:
    """Read, build, write the three outputs, summarise; 1 when some documents failed."""
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _UsageError(f"cannot create output folder {str(out)!r}: {_reason(exc)}") from None
    try:
        items: list[Document | DocumentError] = list(
            iter_corpus(args.path, max_bytes=args.max_bytes)
        )
    except CorpusError as exc:
        raise _UsageError(str(exc)) from None
    result = build_timeline(items)
    if args.top is not None:
        result = result.top(args.top)
    outputs = {
        JSON_NAME: result.to_json(),
        MARKDOWN_NAME: render_markdown(result),
        HTML_NAME: render_html(result),
    }
    for name, text in outputs.items():
        try:
            _write_atomic(out / name, text)
        except OSError as exc:
            raise _UsageError(f"cannot write {str(out / name)!r}: {_reason(exc)}") from None
    failures = _failures(items, result)
    for message in failures:
        print(f"{PROG}: {message}", file=sys.stderr)
    _summarise(result, (out / HTML_NAME).resolve())
    return EXIT_DOCUMENTS_FAILED if failures else EXIT_OK


def _failures(items: Sequence[Document | DocumentError], result: Timeline) -> list[str]:
    """One message per failed document: the loader's errors, then any the build added."""
    messages = {item.doc_id: str(item) for item in items if isinstance(item, DocumentError)}
    for doc in result.documents:
        if doc.status == "error" and doc.id not in messages:
            messages[doc.id] = f"document {doc.id!r}: {doc.error or 'failed'}"
    return list(messages.values())


def _summarise(result: Timeline, html_path: Path) -> None:
    failed = sum(1 for doc in result.documents if doc.status == "error")
    dated = len(result.dated())
    flags = Counter(flag.kind for event in result.events for flag in event.flags)
    flag_text = ", ".join(f"{flags[kind]} {kind}" for kind in sorted(flags)) or "none"
    print(f"documents: {len(result.documents) - failed} read, {failed} failed")
    print(f"events: {len(result.events)} ({dated} dated, {len(result.events) - dated} undated)")
    print(f"flags: {flag_text}")
    print(f"html: {html_path}")


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it over ``path``."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, OUTPUT_MODE)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# -- extract ----------------------------------------------------------------------------


def _extract(args: argparse.Namespace) -> int:
    """Print the time expressions of one file, as tab-separated lines or a JSON list."""
    try:
        text = Path(args.file).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise _UsageError(f"cannot read {args.file!r}: {_reason(exc)}") from None
    except UnicodeDecodeError as exc:
        raise _UsageError(f"{args.file!r} is not UTF-8: {exc.reason} at byte {exc.start}") from None
    times = extract_times(text, published=args.published, kind=args.kind)
    if args.json:
        records = [_time_record(time) for time in times]
        print(json.dumps(records, indent=2, ensure_ascii=False))
    else:
        for time in times:
            print(_time_line(time))
    return EXIT_OK


def _interval(interval: tuple[dt.date, dt.date] | None) -> str:
    return "-" if interval is None else f"{interval[0].isoformat()}..{interval[1].isoformat()}"


def _time_line(time: _ResolvedTime) -> str:
    """``start-end<TAB>type<TAB>value<TAB>text<TAB>interval`` on one line."""
    fields = (
        f"{time.start}-{time.end}",
        time.type,
        "-" if time.value is None else time.value,
        time.text,
        _interval(time.interval),
    )
    return "\t".join(str(field).translate(_TSV_UNSAFE) for field in fields)


def _time_record(time: _ResolvedTime) -> dict[str, Any]:
    interval = time.interval
    return {
        "start": time.start,
        "end": time.end,
        "text": time.text,
        "type": time.type,
        "value": time.value,
        "interval": None if interval is None else [day.isoformat() for day in interval],
        "granularity": time.granularity,
        "mod": time.mod,
    }


# -- schema -----------------------------------------------------------------------------


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_json())
    return EXIT_OK
