"""The command line: build a timeline from a corpus, inspect time expressions, print the schema.

Commands::

    timeline build PATH --out DIR [--top K] [--max-bytes N]
    timeline extract FILE [--published YYYY-MM-DD] [--kind news|narrative] [--json]
    timeline timeml FILE [--published YYYY-MM-DD] [--kind news|narrative]
    timeline eval-timex GOLD_DIR [--kind news|narrative] [--details]
    timeline schema

``build`` writes ``timeline.json``, ``chronology.md`` and ``timeline.html`` into DIR, each
atomically (a temporary file in DIR, then a rename), and prints a short summary. ``extract``
and ``timeml`` read FILE as ``build`` reads a corpus file (UTF-8, UTF-16 with a BOM or
Windows-1252; not empty).

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
from typing import Any, get_args

import timeline
from timeline.documents import (
    DEFAULT_MAX_BYTES,
    Document,
    DocumentKind,
    iter_corpus,
    read_document,
)
from timeline.errors import CorpusError, DocumentError, DocumentReadError, InvalidDocumentError
from timeline.evaluate import Finding, Measure, Score, evaluate_folder
from timeline.model import Timeline
from timeline.pipeline import build_timeline
from timeline.render import render_html, render_markdown, tally
from timeline.resolve import TimeExpression, extract_times
from timeline.timeml import Timex, to_timeml

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
DOCUMENT_KINDS: tuple[DocumentKind, ...] = get_args(DocumentKind)
FILE_HELP = "a text file (UTF-8, UTF-16 with a byte order mark, or Windows-1252)"
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
  timeline timeml article.txt --published 2024-11-11 > article.tml
  timeline eval-timex ../shared/data/tbaq --details
  timeline schema > docs/timeline.schema.json

exit codes:
  0  every document was read (extract, schema: success)
  1  some documents failed; outputs are still written and list them as errors
  2  unusable invocation: bad arguments, corpus cannot be listed, file cannot be read,
     output folder not writable
"""


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
    extract.add_argument("file", metavar="FILE", help=FILE_HELP)
    _add_document_options(
        extract, published="publication date that relative expressions are resolved against"
    )
    extract.add_argument("--json", action="store_true", help="print a JSON list instead")
    extract.set_defaults(run=_extract)

    timeml = commands.add_parser(
        "timeml",
        help="tag a text file's time expressions and print it as TimeML",
        description="Print the text of FILE as a TimeML document with a TIMEX3 tag around each\n"
        "time expression (tid, type, value, mod, anchorTimeID); the text is unchanged.",
        epilog="example:\n  timeline timeml article.txt --published 2024-11-11 > article.tml\n\n"
        + _exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    timeml.add_argument("file", metavar="FILE", help=FILE_HELP)
    _add_document_options(
        timeml,
        published="publication date: the creation time relative expressions are resolved against",
    )
    timeml.set_defaults(run=_timeml)

    evaluate = commands.add_parser(
        "eval-timex",
        help="score the tagger against TimeML gold files (TempEval-3 rules)",
        description="Tag the text of every TimeML file under GOLD_DIR, resolved against its\n"
        "creation time, and score it with the TempEval-3 Task A rules: strict and relaxed\n"
        "extent match, value and type. One table per subfolder and for all files.",
        epilog="example:\n  timeline eval-timex ../shared/data/tbaq --details\n\n" + _exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument("gold", metavar="GOLD_DIR", help="folder of TimeML (.tml) files")
    _add_document_options(evaluate, published=None)
    evaluate.add_argument(
        "--details",
        action="store_true",
        help="also list every miss, spurious tag, wrong value, type or extent with its context",
    )
    evaluate.set_defaults(run=_eval_timex)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of timeline.json",
        description="Print the JSON Schema of timeline.json.",
        epilog="example:\n  timeline schema > docs/timeline.schema.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    schema.set_defaults(run=_schema)
    return parser


def _add_document_options(command: argparse.ArgumentParser, *, published: str | None) -> None:
    """``--kind``, and ``--published`` with this help unless None: how times are resolved."""
    if published is not None:
        command.add_argument("--published", type=_iso_day, metavar="YYYY-MM-DD", help=published)
    command.add_argument(
        "--kind", choices=DOCUMENT_KINDS, default="news", help="document kind (default: news)"
    )


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
    """One message per failed document, naming it once: the loader's errors, then the build's.

    A loader error's text already names its document; a build's status holds the bare reason.
    """
    messages = {item.doc_id: str(item) for item in items if isinstance(item, DocumentError)}
    for doc in result.documents:
        if doc.status == "error" and doc.id not in messages:
            messages[doc.id] = f"document {doc.id!r}: {doc.error or 'failed'}"
    return list(messages.values())


def _summarise(result: Timeline, html_path: Path) -> None:
    counts = tally(result)
    flags = Counter(flag.kind for event in result.events for flag in event.flags)
    flag_text = ", ".join(f"{flags[kind]} {kind}" for kind in sorted(flags)) or "none"
    print(f"documents: {counts.read} read, {counts.failed} failed")
    print(f"events: {counts.events} ({counts.dated} dated, {counts.undated} undated)")
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
    document = _read_document(args)
    times = extract_times(document.text, published=document.published, kind=document.kind)
    if args.json:
        records = [_time_record(time) for time in times]
        print(json.dumps(records, indent=2, ensure_ascii=False))
    else:
        for time in times:
            print(_time_line(time))
    return EXIT_OK


def _read_document(args: argparse.Namespace) -> Document:
    """FILE read and decoded as a corpus file is, with the options' date and kind."""
    try:
        return read_document(args.file, published=args.published, kind=args.kind)
    except DocumentReadError as exc:  # its reason names the file
        raise _UsageError(exc.reason) from None
    except InvalidDocumentError as exc:
        raise _UsageError(f"file {args.file!r}: {exc.reason}") from None


def _interval(interval: tuple[dt.date, dt.date] | None) -> str:
    return "-" if interval is None else f"{interval[0].isoformat()}..{interval[1].isoformat()}"


def _time_line(time: TimeExpression) -> str:
    """``start-end<TAB>type<TAB>value<TAB>text<TAB>interval`` on one line."""
    fields = (
        f"{time.start}-{time.end}",
        time.type,
        time.value,
        time.text,
        _interval(time.interval),
    )
    return "\t".join(field.translate(_TSV_UNSAFE) for field in fields)


def _time_record(time: TimeExpression) -> dict[str, Any]:
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


# -- timeml and eval-timex --------------------------------------------------------------


def _timeml(args: argparse.Namespace) -> int:
    """Print FILE as TimeML with our TIMEX3 tags."""
    document = _read_document(args)
    times = extract_times(document.text, published=document.published, kind=document.kind)
    try:
        page = to_timeml(document.text, times, doc_id=document.id, dct=document.published_date)
    except ValueError as exc:
        raise _UsageError(f"{args.file!r} cannot be written as TimeML: {exc}") from None
    sys.stdout.write(page)
    return EXIT_OK


def _eval_timex(args: argparse.Namespace) -> int:
    """Print the TempEval-3 scores of every part of GOLD_DIR, and the findings if asked."""
    folder = Path(args.gold)
    if not folder.is_dir():
        raise _UsageError(f"{args.gold!r} is not a folder")
    try:
        parts, findings = evaluate_folder(folder, kind=args.kind)
    except InvalidDocumentError as exc:
        raise _UsageError(str(exc)) from None
    if len(parts) == 1:
        raise _UsageError(f"no TimeML files under {args.gold!r}")
    if args.details:
        for finding in findings:
            print(_finding_line(finding))
        print()
    print(
        f"{'part':12} {'gold':>5} {'system':>6}  "
        + "  ".join(f"{m + ' P/R/F1':>22}" for m in MEASURES)
    )
    for name, counts in parts.items():
        scores = "  ".join(_score_cell(counts.score(measure)) for measure in MEASURES)
        print(f"{name:12} {counts.gold:5} {counts.system:6}  {scores}")
    return EXIT_OK


MEASURES: tuple[Measure, ...] = ("strict", "relaxed", "value", "type")


def _score_cell(score: Score) -> str:
    return f"{100 * score.precision:6.2f} {100 * score.recall:6.2f} {100 * score.f1:6.2f}  "


def _finding_line(finding: Finding) -> str:
    """``kind<TAB>doc<TAB>gold<TAB>ours<TAB>context``, each field on one line."""

    def show(timex: Timex | None) -> str:
        return "-" if timex is None else f"{timex.type} {timex.value} {timex.text!r}"

    fields = (finding.kind, finding.doc_id, show(finding.gold), show(finding.system))
    return "\t".join(field.translate(_TSV_UNSAFE) for field in (*fields, finding.context))


# -- schema -----------------------------------------------------------------------------


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_json())
    return EXIT_OK
