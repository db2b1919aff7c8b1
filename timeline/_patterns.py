"""Regex pieces shared by the modules that build patterns from word tables.

Private to the package: :mod:`timeline.segment` and :mod:`timeline.extract` turn their cue
tables into alternations here, so phrases are ordered, escaped and spaced the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

__all__ = ["APOSTROPHE", "alternation"]

#: An apostrophe, straight or curly.
APOSTROPHE: Final = "['\u2019]"
#: Whitespace between the words of a phrase, unless the caller says otherwise.
_ANY_SPACE: Final = r"\s+"


def alternation(phrases: Iterable[str], space: str = _ANY_SPACE) -> str:
    """A regex alternation of ``phrases``, longest first so the longest phrase wins; words
    apart by ``space``, each apostrophe straight or curly."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(
        space.join(re.escape(word).replace("'", APOSTROPHE) for word in phrase.split())
        for phrase in ordered
    )
