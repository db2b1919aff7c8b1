"""TimeML in and out: read annotated documents, write our TIMEX3 tags into a text.

Reading takes the text inside ``<TEXT>`` (tags removed, character entities decoded), the
document creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``) and every
TIMEX3 inside ``<TEXT>`` with its character offsets in that text. Writing inserts TIMEX3 tags
(``tid``, ``type``, ``value``, and ``mod``/``anchorTimeID`` where they apply) into the text,
which otherwise stays exactly as it was: reading what we wrote gives back the same text and
the same annotations.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Final
from xml.sax.saxutils import escape, quoteattr

import attrs

from timeline.errors import InvalidDocumentError
from timeline.resolve import TimeExpression

__all__ = ["TimeMLDocument", "Timex", "read_timeml", "to_timeml"]

#: The TIMEX3 id of the document creation time, as TimeBank numbers it.
DCT_TID: Final = "t0"
#: Carriage returns written as references, since XML parsers fold raw ones into newlines.
_ENTITIES: Final = {"\r": "&#13;"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@attrs.frozen
class Timex:
    """One TIMEX3 annotation: its extent in the document text and its attributes."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None


@attrs.frozen
class TimeMLDocument:
    """A TimeML document: its id, its plain text, its creation time and its TIMEX3s."""

    doc_id: str
    text: str
    dct: dt.date | None
    timexes: tuple[Timex, ...]


def _walk(element: ET.Element, parts: list[str], found: list[Timex], offset: int) -> int:
    """Append the text under ``element`` to ``parts``, recording TIMEX3 spans; returns the
    offset after it."""
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _walk(child, parts, found, offset)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:offset]
            found.append(
                Timex(
                    tid=child.get("tid", ""),
                    start=start,
                    end=offset,
                    text=text,
                    type=child.get("type", ""),
                    value=child.get("value", ""),
                    mod=child.get("mod"),
                    anchor=child.get("anchorTimeID"),
                )
            )
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def read_timeml(source: str | Path, *, doc_id: str | None = None) -> TimeMLDocument:
    """Read a TimeML file (a path) or TimeML markup (a string that starts with ``<``)."""
    if isinstance(source, Path) or not source.lstrip().startswith("<"):
        path = Path(source)
        name = doc_id or path.stem
        markup = path.read_text(encoding="utf-8")
    else:
        name = doc_id or "timeml"
        markup = source
    try:
        root = ET.fromstring(markup)
    except ET.ParseError as error:
        raise InvalidDocumentError(name, f"not well-formed TimeML: {error}") from None
    body = root.find(".//TEXT")
    if body is None:
        raise InvalidDocumentError(name, "no <TEXT> element")
    parts: list[str] = []
    found: list[Timex] = []
    _walk(body, parts, found, 0)
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                dct = dt.date.fromisoformat(timex.get("value", "")[:10])
            except ValueError:
                raise InvalidDocumentError(
                    name, f"creation time {timex.get('value')!r} is not a date"
                ) from None
            break
    docid = root.findtext(".//DOCID")
    return TimeMLDocument(
        doc_id=doc_id or (docid.strip() if docid else name),
        text="".join(parts),
        dct=dct,
        timexes=tuple(sorted(found, key=lambda t: (t.start, t.end))),
    )


def to_timeml(
    text: str,
    expressions: Sequence[TimeExpression],
    *,
    doc_id: str = "",
    dct: dt.date | None = None,
) -> str:
    """A TimeML document of ``text`` with a TIMEX3 tag around each expression.

    Relative expressions get ``anchorTimeID`` pointing at the creation time when they were
    resolved against it. Overlapping expressions are refused: TimeML cannot nest TIMEX3.
    """
    bad = _NOT_XML.search(text)
    if bad is not None:
        raise ValueError(f"character {bad.group()!r} at offset {bad.start()} cannot be in XML")
    ordered = sorted(expressions, key=lambda e: (e.start, e.end))
    for left, right in itertools.pairwise(ordered):
        if right.start < left.end:
            raise ValueError(f"overlapping expressions {left.text!r} and {right.text!r}")
    lines = ['<?xml version="1.0" ?>', "<TimeML>"]
    if doc_id:
        lines.append(f"<DOCID>{escape(doc_id)}</DOCID>")
    if dct is not None:
        lines.append(
            f'<DCT><TIMEX3 tid="{DCT_TID}" type="DATE" value="{dct.isoformat()}" '
            f'temporalFunction="false" functionInDocument="CREATION_TIME">'
            f"{dct.isoformat()}</TIMEX3></DCT>"
        )
    body: list[str] = []
    cursor = 0
    for number, expression in enumerate(ordered, start=1):
        body.append(escape(text[cursor : expression.start], _ENTITIES))
        attributes = {"tid": f"t{number}", "type": expression.type, "value": expression.value}
        if expression.mod:
            attributes["mod"] = expression.mod
        if dct is not None and expression.anchor == dct:
            attributes["temporalFunction"] = "true"
            attributes["anchorTimeID"] = DCT_TID
        rendered = " ".join(f"{key}={quoteattr(value)}" for key, value in attributes.items())
        body.append(f"<TIMEX3 {rendered}>{escape(expression.text, _ENTITIES)}</TIMEX3>")
        cursor = expression.end
    body.append(escape(text[cursor:], _ENTITIES))
    lines.append("<TEXT>" + "".join(body) + "</TEXT>")
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"
