"""The command line: build a timeline from a corpus, inspect time expressions, print the schema.

Commands::

    timeline build PATH --out DIR [--top K] [--max-bytes N] [--format LIST] [--quiet]
    timeline extract FILE [--published YYYY-MM-DD] [--kind news|narrative] [--json]
    timeline timeml FILE [--published YYYY-MM-DD] [--kind news|narrative]
    timeline eval-timex [GOLD_DIR] [--kind news|narrative] [--details]
    timeline eval-tls [ARTICLES.jsonl TIMELINES.jsonl] [--all]
    timeline schema

``build`` writes ``timeline.json``, ``chronology.md`` and ``timeline.html`` into DIR (or the
``--format`` list: json, md, html, timelinejs, csv), each atomically (a temporary file in DIR,
then a rename), and prints a short summary (none with ``--quiet``). On a terminal it shows
its progress on stderr once a build takes more than a moment. ``extract``
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, get_args

import timeline
from timeline import tls
from timeline.documents import (
    DEFAULT_MAX_BYTES,
    Document,
    DocumentKind,
    iter_corpus,
    read_document,
)
from timeline.errors import CorpusError, DocumentError, DocumentReadError, InvalidDocumentError
from timeline.evaluate import Finding, Measure, Score, evaluate_folder
from timeline.export import to_csv, to_timelinejs
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
TIMELINEJS_NAME = "timelinejs.json"
CSV_NAME = "timeline.csv"
#: Folder of one TimeML file per document read, named after its id.
TIMEML_FOLDER = "timeml"
#: What ``build --format`` can write, and the file each format is written to.
OUTPUT_FILES: dict[str, str] = {
    "json": JSON_NAME,
    "md": MARKDOWN_NAME,
    "html": HTML_NAME,
    "timelinejs": TIMELINEJS_NAME,
    "csv": CSV_NAME,
    "timeml": TIMEML_FOLDER + "/",
}
DEFAULT_FORMATS = "json,md,html"
#: Documents a build reads before its progress is shown: small builds are quick and silent.
PROGRESS_MIN_DOCUMENTS = 25
PROGRESS_WIDTH = 24
OUTPUT_MODE = 0o644
#: Where the team's evaluation data lives, beside the project, when no path is given.
DEFAULT_TIMEX_GOLD = "../shared/data/tbaq"
DEFAULT_TLS_ARTICLES = "../shared/data/t17-h1n1/articles.jsonl"
DEFAULT_TLS_TIMELINES = "../shared/data/t17-h1n1/timelines.jsonl"
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
  timeline build pages/ --out out --format json,timelinejs,csv --quiet
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
        description="Read a corpus (text files, saved web pages or JSON Lines), reconcile its\n"
        "events, and write timeline.json, chronology.md and timeline.html into the output\n"
        "folder, or the outputs --format names (TimelineJS3 JSON, CSV too).",
        epilog="examples:\n  timeline build seeds --out out --top 20\n"
        "  timeline build pages/ --out out --format json,timelinejs,csv --quiet\n\n"
        + _exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument(
        "path",
        metavar="PATH",
        help="a folder (with manifest.json, or *.txt and *.html files) or a .jsonl file",
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
    build.add_argument(
        "--format",
        type=_formats,
        default=_formats(DEFAULT_FORMATS),
        metavar="LIST",
        help="comma-separated outputs among "
        + ", ".join(f"{name} ({file})" for name, file in OUTPUT_FILES.items())
        + f" (default: {DEFAULT_FORMATS})",
    )
    build.add_argument(
        "--quiet",
        action="store_true",
        help="print no summary and no progress; failures still go to stderr",
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
    evaluate.add_argument(
        "gold",
        metavar="GOLD_DIR",
        nargs="?",
        default=DEFAULT_TIMEX_GOLD,
        help="folder of TimeML (.tml) files (default: %(default)s)",
    )
    _add_document_options(evaluate, published=None)
    evaluate.add_argument(
        "--details",
        action="store_true",
        help="also list every miss, spurious tag, wrong value, type or extent with its context",
    )
    evaluate.set_defaults(run=_eval_timex)

    eval_tls = commands.add_parser(
        "eval-tls",
        help="build a story's timeline and score it against gold timelines (Date-F1, ROUGE)",
        description="Build the timeline of the articles and score it against each gold\n"
        "timeline as tilse does (Martschat & Markert 2017): k = the gold's number of days,\n"
        "Date-F1, and alignment-based ROUGE-1/2 F1 (align+ m:1, the AR of later papers).\n"
        "As in news-tls, the system's days are limited to the gold's span, a day wider each\n"
        "side, and a day's summary has the gold's mean number of sentences.",
        epilog="example:\n  timeline eval-tls ../shared/data/t17-h1n1/articles.jsonl "
        "../shared/data/t17-h1n1/timelines.jsonl\n\n" + _exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    eval_tls.add_argument(
        "articles",
        metavar="ARTICLES",
        nargs="?",
        default=DEFAULT_TLS_ARTICLES,
        help="JSON Lines of articles (default: %(default)s)",
    )
    eval_tls.add_argument(
        "timelines",
        metavar="TIMELINES",
        nargs="?",
        default=DEFAULT_TLS_TIMELINES,
        help="JSON Lines of gold timelines (default: %(default)s)",
    )
    eval_tls.add_argument(
        "--all", action="store_true", help="also print concat, agreement, align and align+"
    )
    eval_tls.set_defaults(run=_eval_tls)

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


def _formats(text: str) -> tuple[str, ...]:
    """A comma-separated list of output formats, each known, in the order given, once."""
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in OUTPUT_FILES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or text!r}; choose among "
            + ", ".join(OUTPUT_FILES)
        )
    return tuple(dict.fromkeys(names))


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
    """Read, build, write the chosen outputs, summarise; 1 when some documents failed."""
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _UsageError(f"cannot create output folder {str(out)!r}: {_reason(exc)}") from None
    progress = _Progress(sys.stderr, enabled=not args.quiet and sys.stderr.isatty())
    try:
        items: list[Document | DocumentError] = list(
            progress.count("reading documents", iter_corpus(args.path, max_bytes=args.max_bytes))
        )
        progress.show("building the timeline")
        result = build_timeline(items, workers=None)
        if args.top is not None:
            result = result.top(args.top)
        for done, name in enumerate(args.format):
            progress.show("writing outputs", done, len(args.format))
            path = out / OUTPUT_FILES[name]
            try:
                if name == "timeml":
                    _write_timeml(path, items)
                else:
                    _write_atomic(path, RENDERERS[name](result))
            except OSError as exc:
                raise _UsageError(f"cannot write {str(path)!r}: {_reason(exc)}") from None
    except CorpusError as exc:
        raise _UsageError(str(exc)) from None
    finally:
        progress.close()
    failures = _failures(items, result)
    for message in failures:
        print(f"{PROG}: {message}", file=sys.stderr)
    if not args.quiet:
        html_path = (out / HTML_NAME).resolve() if "html" in args.format else None
        _summarise(result, html_path, [OUTPUT_FILES[name] for name in args.format])
    return EXIT_DOCUMENTS_FAILED if failures else EXIT_OK


def _write_timeml(folder: Path, items: Sequence[Document | DocumentError]) -> None:
    """One TimeML file per document read, with our TIMEX3 tags, named after its id (characters
    a file name cannot hold become "_"; a clash gets the next free number)."""
    folder.mkdir(exist_ok=True)
    taken: set[str] = set()
    for document in sorted((i for i in items if isinstance(i, Document)), key=lambda d: d.id):
        stem = _SAFE_NAME.sub("_", document.id).strip(".") or "document"
        name, number = stem, 1
        while name in taken:
            number += 1
            name = f"{stem}-{number}"
        taken.add(name)
        times = extract_times(document.text, document.published_date, kind=document.kind)
        try:
            page = to_timeml(document.text, times, doc_id=document.id, dct=document.published_date)
        except ValueError as exc:
            print(f"{PROG}: document {document.id!r}: no TimeML written: {exc}", file=sys.stderr)
            continue
        _write_atomic(folder / f"{name}.tml", page)


_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def _timelinejs_text(result: Timeline) -> str:
    return json.dumps(to_timelinejs(result), indent=2, ensure_ascii=False) + "\n"


#: How each ``--format`` is made from the timeline.
RENDERERS: dict[str, Callable[[Timeline], str]] = {
    "json": Timeline.to_json,
    "md": render_markdown,
    "html": render_html,
    "timelinejs": _timelinejs_text,
    "csv": to_csv,
}


class _Progress:
    """One line of progress on a terminal's stderr, for builds of many documents.

    It starts once ``PROGRESS_MIN_DOCUMENTS`` documents are read (a size, not a clock, so
    the output of a build never depends on the machine's speed). Disabled (``--quiet``, or
    stderr is not a terminal) it writes nothing; the line is erased when the build ends.
    """

    def __init__(self, stream: Any, *, enabled: bool) -> None:
        self._stream = stream
        self._enabled = enabled
        self._started = False
        self._drawn = False

    def count(self, label: str, items: Iterable[Document | DocumentError]) -> Iterator[Any]:
        """Yield ``items``, showing how many have passed."""
        for done, item in enumerate(items, start=1):
            yield item
            self._started = self._started or done >= PROGRESS_MIN_DOCUMENTS
            self.show(label, done)

    def show(self, label: str, done: int | None = None, total: int | None = None) -> None:
        """Draw ``label`` with a bar (``done`` of ``total``), a count, or alone."""
        if not (self._enabled and self._started):
            return
        if total:
            filled = PROGRESS_WIDTH * done // total if done is not None else 0
            bar = "#" * filled + "-" * (PROGRESS_WIDTH - filled)
            line = f"{label} [{bar}] {done}/{total}"
        elif done is not None:
            line = f"{label}: {done}"
        else:
            line = f"{label}\u2026"
        self._stream.write(f"\r{line}\x1b[K")
        self._stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the progress line, if one was drawn."""
        if self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


def _failures(items: Sequence[Document | DocumentError], result: Timeline) -> list[str]:
    """One message per failed document, naming it once: the loader's errors, then the build's.

    A loader error's text already names its document; a build's status holds the bare reason.
    """
    messages = {item.doc_id: str(item) for item in items if isinstance(item, DocumentError)}
    for doc in result.documents:
        if doc.status == "error" and doc.id not in messages:
            messages[doc.id] = f"document {doc.id!r}: {doc.error or 'failed'}"
    return list(messages.values())


def _summarise(result: Timeline, html_path: Path | None, files: Sequence[str]) -> None:
    counts = tally(result)
    flags = Counter(flag.kind for event in result.events for flag in event.flags)
    flag_text = ", ".join(f"{flags[kind]} {kind}" for kind in sorted(flags)) or "none"
    print(f"documents: {counts.read} read, {counts.failed} failed")
    print(f"events: {counts.events} ({counts.dated} dated, {counts.undated} undated)")
    print(f"flags: {flag_text}")
    print(f"written: {', '.join(files)}")
    if html_path is not None:
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


def _eval_tls(args: argparse.Namespace) -> int:
    """Print Date-F1 and AR-1/AR-2 F1 per gold timeline and their mean."""
    try:
        items = tls.read_articles(args.articles)
        golds = tls.read_gold(args.timelines)
    except CorpusError as exc:
        raise _UsageError(str(exc)) from None
    if not golds:
        raise _UsageError(f"no gold timelines in {args.timelines!r}")
    built = build_timeline(items, workers=None)
    results = [tls.evaluate_timeline(built, gold) for gold in golds]
    names = [name for name, _, _ in tls.ALIGN_VARIANTS]
    variants = ["concat", "agreement", *names] if args.all else [names[-1]]
    header = ["Date-F1"] + [f"{v} R-{n} F" for v in variants for n in (1, 2)]
    print(f"{'timeline':48} " + " ".join(f"{h:>16}" for h in header))

    def row(label: str, values: Sequence[float]) -> None:
        print(f"{label:48} " + " ".join(f"{v:16.4f}" for v in values))

    table = [[r.dates.f1] + [r.rouge[v, n].f1 for v in variants for n in (1, 2)] for r in results]
    for result, values in zip(results, table, strict=True):
        row(result.gold_id, values)
    row("mean", [sum(column) / len(column) for column in zip(*table, strict=True)])
    counts = tally(built)
    print(f"documents: {counts.read} read, {counts.failed} failed")
    return EXIT_OK


# -- schema -----------------------------------------------------------------------------


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_json())
    return EXIT_OK
