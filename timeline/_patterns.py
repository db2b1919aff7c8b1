"""Regex pieces shared by the modules that build patterns from word tables.

Private to the package: :mod:`timeline.segment` and :mod:`timeline.extract` turn their cue
tables into alternations here, so phrases are ordered, escaped and spaced the same way; the
extractor also asks here which characters a pattern's matches can start with, to put a
quick lookahead in front of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Final

__all__ = [
    "APOSTROPHE",
    "alternation",
    "capitalised",
    "caseless_alternation",
    "first_characters",
    "grouped_alternation",
    "lookahead",
]

#: An apostrophe, straight or curly.
APOSTROPHE: Final = "['\u2019]"
#: Whitespace between the words of a phrase, unless the caller says otherwise.
_ANY_SPACE: Final = r"\s+"


def alternation(phrases: Iterable[str], space: str = _ANY_SPACE) -> str:
    """A regex alternation of ``phrases``, longest first so the longest phrase wins; words
    apart by ``space``, each apostrophe straight or curly."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(_words(phrase.split(), space) for phrase in ordered)


def _words(words: list[str], space: str) -> str:
    """``words`` escaped, each apostrophe straight or curly, apart by ``space``."""
    return space.join(re.escape(word).replace("'", APOSTROPHE) for word in words)


def _after_first(phrase: str, space: str) -> str:
    """The pattern of ``phrase`` after its first character."""
    first, *others = phrase.split()
    return _words([first[1:], *others], space)


def _by_first_character(phrases: Iterable[str], key: Callable[[str], str]) -> dict[str, list[str]]:
    """``phrases`` longest first, grouped by the ``key`` of their first character."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase)):
        groups.setdefault(key(phrase[0]), []).append(phrase)
    return groups


def caseless_alternation(phrases: Iterable[str], space: str = _ANY_SPACE) -> str:
    """Like :func:`alternation`, for a case-insensitive pattern, and faster to search: the
    phrases are grouped by their first letter, written as an exact class of its two cases
    ("(?-i:[Tt])(?:hree|wo)"), which the regex engine tests before entering a group, where a
    case-insensitive letter makes it try every phrase in turn."""
    parts = []
    for first, group in _by_first_character(phrases, str.lower).items():
        if not (first.isascii() and first.isalpha()):  # a digit or a mark: no cases
            parts.append(alternation(group, space))
        else:
            rests = "|".join(_after_first(phrase, space) for phrase in group)
            parts.append("(?-i:[" + first.upper() + first + "])(?:" + rests + ")")
    return "|".join(parts)


def grouped_alternation(phrases: Iterable[str], space: str, guard: str = "") -> str:
    """Like :func:`alternation`, for a case-sensitive search of lower-case text (its
    apostrophes straight), and faster: phrases grouped by their first character, so the
    regex engine tries only the group of the character it stands on. ``guard``, a lookbehind
    over the character before a phrase and its first (written ``.``), is checked after that
    character: a pattern that opens with the groups starts with a set of literal
    characters, which lets the engine skip quickly to them, where a lookbehind first makes
    it stop at every position."""
    return "|".join(
        re.escape(first)
        + guard
        + "(?:"
        + "|".join(_after_first(phrase, space) for phrase in group)
        + ")"
        for first, group in _by_first_character(phrases, str).items()
    )


def capitalised(phrases: Iterable[str], space: str = _ANY_SPACE) -> str:
    """Like :func:`alternation`, but each phrase must start with a capital letter even in a
    case-insensitive pattern ("May", "MAY", not "may"): the first letter is matched exactly."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    parts = []
    for phrase in ordered:
        pattern = alternation([phrase], space)
        parts.append("(?-i:" + pattern[0].upper() + ")" + pattern[1:])
    return "|".join(parts)


#: Characters that a case-insensitive pattern matches beside an ASCII letter's two cases.
_FOLDS: Final[dict[str, str]] = {"k": "\u212a", "s": "\u017f"}


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, each case spelled out, or None
    when any may (or the pattern may match nothing). A leading :func:`lookahead` built from
    them lets the regex engine skip quickly to where a match can begin."""
    found = _first(_parser.parse(pattern, flags).data, bool(flags & re.IGNORECASE))
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def lookahead(chars: frozenset[str]) -> str:
    """A case-sensitive lookahead for one of ``chars``: ``(?=[...])``."""
    return "(?=(?-i:[" + "".join(re.escape(c) for c in sorted(chars)) + "]))"


#: The widest character range of a class taken apart into its characters.
_MAX_RANGE: Final = 64
#: What :func:`_first` finds: the first characters and whether the part can match nothing.
_First = tuple[set[str], bool]


def _cased(chars: Iterable[str], ignorecase: bool) -> set[str]:
    """``chars``, with every case a case-insensitive match would take when ``ignorecase``."""
    out = set(chars)
    if ignorecase:
        for char in list(out):
            out |= {char.lower(), char.upper(), _FOLDS.get(char.lower(), char)}
    return out


def _first(items: Iterable[tuple[Any, Any]], ignorecase: bool) -> _First | None:
    """The first characters of a parsed sequence and whether it can match nothing; None if
    any character can start it."""
    chars: set[str] = set()
    for op, av in items:
        found: _First | None
        if op is _c.LITERAL:
            found = (_cased(chr(av), ignorecase), False)
        elif op is _c.IN:
            found = _first_in(av, ignorecase)
        elif op is _c.SUBPATTERN:
            _, add, remove, body = av
            inner = (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            found = _first(body.data, inner)
        elif op is _c.BRANCH:
            found = _first_branch(av[1], ignorecase)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _, body = av
            repeated = _first(body.data, ignorecase)
            found = None if repeated is None else (repeated[0], repeated[1] or low == 0)
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            found = (set(), True)
        else:
            return None
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_branch(alternatives: Iterable[Any], ignorecase: bool) -> _First | None:
    chars: set[str] = set()
    empty = False
    for alternative in alternatives:
        found = _first(alternative.data, ignorecase)
        if found is None:
            return None
        chars |= found[0]
        empty = empty or found[1]
    return chars, empty


def _first_in(members: Iterable[tuple[Any, Any]], ignorecase: bool) -> _First | None:
    chars: set[str] = set()
    for op, av in members:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_RANGE:
            chars.update(chr(n) for n in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return _cased(chars, ignorecase), False
