"""Segment a document's text into paragraphs and sentences, and tell article text from furniture.

A paragraph is a run of non-blank lines, usually one: captured pages separate paragraphs with a
single line break and put headings on lines of their own, while plain-text narratives, emails
and PDF copies break their paragraphs into lines of some fixed width. A line continues the
paragraph above it (no blank line between) where the break is a wrap:

- a soft wrap, as the tagger reads one: the line above ends with a letter, digit or comma and
  this one starts with a lower-case letter or digit;
- a width wrap, in a hard-wrapped text: this line's first word would not have fitted on the
  line above within the wrap width, the width of the text's longest line of several words (a
  line wrapper leaves longer only a word too long for any line). A text is hard-wrapped when
  that width is between MIN_WRAP_WIDTH and MAX_WRAP_WIDTH, at least MIN_WRAP_SHARE of its
  breaks between non-blank lines are width wraps, and one of them falls mid-sentence (the line
  above not ending in a PARAGRAPH_STOPS character). Web captures have longer lines, and a list
  of one-sentence paragraphs of even length shows no break mid-sentence.

No wrap joins a line that reads as a unit of its own (furniture or a byline), nor joins a line
to a paragraph's lone first line that does or is a Title Case heading; no list item (bulleted
or numbered) continues a list item or a line ending in a colon. Sentences keep exact character
offsets into the text as given (never normalised), line breaks inside a wrapped paragraph
included. Each paragraph gets one role, shared by all its sentences:

- ``furniture``: comment boxes, cookie notices, navigation, share and subscribe prompts,
  read-more and related links, truncated teasers, photo credits, lone counters, bylines (a
  line of 2-4 Capitalized name words, after "By" or anywhere but the page's first text line;
  so a short Title Case subhead without a small word, "Kremlin Shifts Tone", reads as one);
- ``heading``: a short line without terminal punctuation, in Title Case or placed before the
  article body starts (the title);
- ``body``: everything else.

End of article: a line that is *only* a read-more/related or comment-form cue ("Related", "More
From Author", "Leave a Reply"), met after some body, ends the article. The lines after it are
furniture (teaser headlines, reader comments) until one is clearly article prose again: at least
two sentences and 30 words, as a real paragraph after an inline "Related" box is. A one-sentence
line stays furniture, since that is what a teaser headline looks like.

Everything runs in linear time: two passes over the lines to join them, whitespace tokens,
regexes without nested quantifiers, and cue regexes run only on a line's bounded head or tail or
on lines of bounded length.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterable, Iterator, Mapping
from typing import Final, Literal

import attrs

from timeline._patterns import alternation

__all__ = ["Sentence", "SentenceRole", "ends_sentence", "segment"]

SentenceRole = Literal["body", "heading", "furniture"]

# -- sentence splitting -------------------------------------------------------------------------

TERMINATORS: Final = frozenset(".!?\u2026")  # . ! ? and the ellipsis character
# Straight and curly closing quotes, guillemet, brackets; and their opening counterparts.
CLOSING_PUNCTUATION: Final = "\"'\u201d\u2019\u00bb)]}"
OPENING_PUNCTUATION: Final = "\"'\u201c\u2018\u00ab([{"
#: Never end a sentence inside a paragraph: titles, months, Latin and multi-letter abbreviations.
NONTERMINAL_ABBREVIATIONS: Final = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "mt.", "gov.", "sen.", "rep.", "pres.", "gen.",
    "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.", "rev.", "hon.", "jan.", "feb.",
    "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "vs.",
    "e.g.", "i.e.", "a.m.", "p.m.", "u.s.", "u.k.", "u.n.", "approx.", "dept.", "est.",
})  # fmt: skip
#: Company and name suffixes often close a sentence, so they end one before a capital.
TERMINAL_ABBREVIATIONS: Final = frozenset(
    {"inc.", "corp.", "ltd.", "co.", "llc.", "plc.", "jr.", "sr.", "etc."}
)
#: Abbreviations that precede a number ("No. 10"); before anything else they end a sentence.
NUMBER_ABBREVIATIONS: Final = frozenset({"no.", "nos.", "vol.", "art."})

# -- paragraphs (see the module docstring) --------------------------------------------------------

#: Widest wrap width looked for: a text with a longer line of several words is not hard-wrapped.
MAX_WRAP_WIDTH: Final = 100
#: Narrowest wrap width: shorter lines are a list, a verse or a menu, not a wrapped paragraph.
MIN_WRAP_WIDTH: Final = 35
#: Share of the breaks between non-blank lines that must be width wraps in a hard-wrapped text.
MIN_WRAP_SHARE: Final = 0.5
#: A line ending in one of these may end a paragraph: a break after it proves no hard wrapping.
PARAGRAPH_STOPS: Final = TERMINATORS | {":"}
#: Bullets that open a list item, when followed by whitespace.
LIST_BULLETS: Final = "-*+\u2022\u2023\u25aa\u25e6\u00b7"
#: The most digits of a list item's number ("1.", "12)").
MAX_LIST_NUMBER_DIGITS: Final = 2

# -- furniture cues (matched case-insensitively, on word boundaries) ------------------------------

#: A line that is only one of these, after some body, ends the article (see the module docstring).
END_MARKERS: Final[Mapping[str, tuple[str, ...]]] = {
    "read-more": (
        "read more", "read also", "also read", "read next", "see also", "up next",
        "more from author", "more from the author", "more from this author",
        "more by this author", "more from", "related", "related articles", "related posts",
        "related stories", "related news", "related content", "related coverage",
        "you may also like", "you might also like", "you may be interested in",
        "recommended", "recommended for you", "recommended stories", "trending",
        "trending now", "more stories", "more news", "more articles", "most popular",
        "most read", "popular posts", "latest stories", "latest posts", "latest news",
        "editor's picks", "don't miss", "more on this story", "other stories",
    ),
    "comment-form": (
        "leave a reply", "leave a comment", "post a comment", "add a comment",
        "write a comment", "comments", "reader comments", "show comments", "view comments",
        "join the conversation", "join the discussion", "comments are closed",
    ),
}  # fmt: skip
#: The reason given to the lines after an end marker, by the marker's reason.
TAIL_REASONS: Final[Mapping[str, str]] = {"read-more": "teaser", "comment-form": "comment-form"}
#: Furniture when a line is only the cue (give or take punctuation and a count) or starts with
#: it followed by a separator ("Read more: ...", "FILE - ...", "Photo: ...").
LINE_CUES: Final[Mapping[str, tuple[str, ...]]] = {
    "comment-form": ("no comments", "reply", "cancel reply", "post comment"),
    "navigation": (
        "skip to content", "skip to main content", "skip to navigation", "exit mobile version",
        "back to top", "menu", "main menu", "toggle navigation", "search", "home", "sections",
        "log in", "login", "sign in", "register",
    ),
    "cookie-notice": (
        "accept", "accept all", "reject all", "accept cookies", "manage cookies", "got it",
        "cookie settings", "privacy policy", "cookie policy", "terms of use",
        "terms of service", "terms and conditions", "manage preferences",
    ),
    "subscribe": ("subscribe", "subscribe now", "sign up", "sign up now", "newsletter"),
    "photo-credit": (
        "file", "file photo", "photo", "photos", "image", "credit", "photo credit",
        "image credit", "photograph", "picture", "caption", "pictured",
    ),
    "advertisement": ("advertisement", "sponsored", "sponsored content", "ad"),
}  # fmt: skip
#: Furniture wherever they occur in a line of at most MAX_NOTICE_CHARS characters.
PHRASE_CUES: Final[Mapping[str, tuple[str, ...]]] = {
    "comment-form": (
        "please enter your comment", "please enter your name", "please enter your email",
        "your email address will not be published", "required fields are marked",
        "you must be logged in to post a comment", "log in to comment", "login to comment",
        "comments are closed", "leave a reply", "post a comment", "save my name",
    ),
    "cookie-notice": (
        "this website uses cookies", "this site uses cookies", "we use cookies",
        "our use of cookies", "accept all cookies", "cookie policy", "cookie settings",
        "cookie preferences", "by continuing to browse", "by continuing to use this site",
    ),
    "subscribe": (
        "sign up for our newsletter", "subscribe to our newsletter", "sign up to our newsletter",
        "subscribe to our channel",
    ),
    "photo-credit": ("getty images", "ap photo", "afp photo", "photo by", "photograph by"),
    "advertisement": ("story continues below advertisement", "scroll to continue"),
}  # fmt: skip
#: Agencies credited as "Agency/Name" or "Name/Agency" at the end of a caption.
PHOTO_AGENCIES: Final = (
    "ap", "afp", "reuters", "epa", "getty", "bloomberg", "xinhua", "anadolu", "sputnik", "tass",
    "shutterstock", "efe", "ansa", "dpa", "pool",
)  # fmt: skip
#: Section names of site menus; a run of MIN_NAVIGATION_RUN of them (Capitalized) is a menu.
NAVIGATION_WORDS: Final = frozenset({
    "home", "news", "politics", "world", "sports", "sport", "business", "opinion", "opinions",
    "entertainment", "tech", "technology", "science", "health", "lifestyle", "life", "travel",
    "video", "videos", "live", "local", "national", "international", "culture", "arts",
    "style", "weather", "markets", "economy", "money", "finance", "menu", "search", "latest",
    "us", "uk", "europe", "asia", "africa", "americas", "podcasts", "newsletters", "photos",
    "gallery", "events", "about", "contact", "login", "subscribe", "donate", "stories",
    "features", "analysis", "climate", "environment", "education", "crime", "elections",
    "food", "fashion", "music", "movies", "tv", "books", "games", "autos", "cars", "jobs",
    "obituaries", "editorials", "columns", "blogs", "shop", "deals",
})  # fmt: skip
#: Share buttons; a short line of only these (and SHARE_CONNECTORS) is a row of buttons.
SHARE_WORDS: Final = frozenset({
    "share", "tweet", "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail",
    "print", "pinterest", "reddit", "telegram", "messenger", "copy", "link", "pin", "flipboard",
})  # fmt: skip
SHARE_CONNECTORS: Final = frozenset({"on", "via", "this", "article", "story", "it", "to"})
#: Small words a Title Case heading leaves in lower case; never part of a byline's name.
FUNCTION_WORDS: Final = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
    "by", "with", "as", "into", "onto", "over", "under", "about", "after", "before", "amid",
    "against", "between", "through", "during", "without", "within", "via", "vs", "than", "per",
    "up", "off", "out", "is", "are", "was", "be", "its",
})  # fmt: skip
#: Breadcrumb separators: single right angle quote, guillemet, bar, bullets; spaced / and >.
BREADCRUMB_SEPARATORS: Final = r"\s*[\u203a\u00bb|\u2022\u00b7]\s*|\s+[/>]\s+"
#: What may follow a line cue: colon, bar, guillemets, >, hyphen, en and em dashes.
CUE_SEPARATORS: Final = r"[:|\u00bb\u203a>\-\u2013\u2014]"
TEASER_ENDINGS: Final = ("\u2026", "...", "\u2026]", "...]")
HEADING_BREAKERS: Final = frozenset(".!\u2026:;,")
MAX_HEADING_WORDS: Final = 15
TITLE_CASE_SHARE: Final = 0.75
MAX_NAVIGATION_WORDS: Final = 40
MIN_NAVIGATION_RUN: Final = 3
MAX_CRUMB_WORDS: Final = 4
MAX_SHARE_WORDS: Final = 8
MIN_BYLINE_NAMES: Final = 2
MAX_BYLINE_NAMES: Final = 4
PROSE_MIN_SENTENCES: Final = 2
PROSE_MIN_WORDS: Final = 30
MAX_CUE_CHARS: Final = 160
MAX_NOTICE_CHARS: Final = 600


@attrs.frozen
class Sentence:
    """A sentence ``text[start:end]`` (no outer whitespace), its paragraph, role and reason."""

    start: int
    end: int
    paragraph: int
    role: SentenceRole
    reason: str | None


def segment(text: str) -> list[Sentence]:
    """Split ``text`` into sentences at exact offsets, each with its paragraph's role and reason."""
    sentences: list[Sentence] = []
    seen_body = seen_title = False
    tail: str | None = None  # reason given to the lines after an end-of-article marker
    for paragraph, (offset, line) in enumerate(_lines(text)):
        matches = list(_TOKEN.finditer(line))
        tokens = [match.group() for match in matches]
        spans = _sentence_spans(matches)
        role: SentenceRole = "furniture"
        reason = _furniture_reason(line, tokens)
        if reason is None and tail is not None and not _is_prose(tokens, len(spans)):
            reason = tail
        elif reason is None:
            tail = None
            if _is_byline(tokens, bare=seen_title):
                reason = "byline"
            elif _is_heading(line, tokens, seen_body):
                role, reason = "heading", "heading"
            else:
                role, seen_body = "body", True
            seen_title = seen_title or role != "furniture"
        elif reason in TAIL_REASONS and seen_body and _is_end_marker(line):
            tail = TAIL_REASONS[reason]
        sentences.extend(
            Sentence(offset + start, offset + end, paragraph, role, reason) for start, end in spans
        )
    return sentences


@attrs.frozen
class _Line:
    """A line's stripped text ``text[start:end]`` (empty when blank), its width (the length of
    the line as it is without trailing whitespace) and whether it holds several words."""

    start: int
    end: int
    width: int
    several_words: bool


_TOKEN = re.compile(r"\S+")
#: A soft wrap, as the tagger reads one: a word character or comma before the break, ...
_WRAP_END = re.compile(r"[\w,]")
#: ... and a lower-case letter or a digit after it.
_WRAP_START = re.compile(r"[a-z0-9]")
_LIST_ITEM = re.compile(rf"(?:[{re.escape(LIST_BULLETS)}]|\d{{1,{MAX_LIST_NUMBER_DIGITS}}}[.)])\s")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, paragraph) for each paragraph, stripped, at its offset in ``text``: a run
    of non-blank lines, each continuing the one above it (see the module docstring)."""
    lines = _physical_lines(text)
    width = _wrap_width(text, lines)
    first: _Line | None = None
    last: _Line | None = None
    for line in lines:
        if first is not None and last is not None:
            if line.start < line.end and _continues(text, first, last, line, width):
                last = line
                continue
            yield first.start, text[first.start : last.end]
        first = last = line if line.start < line.end else None
    if first is not None and last is not None:
        yield first.start, text[first.start : last.end]


def _physical_lines(text: str) -> list[_Line]:
    """Every line of ``text``, blank ones included, with its stripped span and width."""
    lines = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip()
        several_words = len(content.split(maxsplit=1)) > 1
        start = offset + len(content) - len(content.lstrip())
        lines.append(_Line(start, offset + len(content), len(content), several_words))
        offset += len(raw)
    return lines


def _wrap_width(text: str, lines: list[_Line]) -> int | None:
    """The width ``text`` is hard-wrapped at, its longest line of several words, or None when it
    does not look hard-wrapped (see the module docstring)."""
    if any(line.several_words and line.width > MAX_WRAP_WIDTH for line in lines):
        return None
    width = max((line.width for line in lines if line.several_words), default=0)
    if width < MIN_WRAP_WIDTH:
        return None
    breaks = full = mid_sentence = 0
    for above, line in itertools.pairwise(lines):
        if above.start < above.end and line.start < line.end:
            breaks += 1
            if _is_full(text, above, line, width):
                full += 1
                mid_sentence += _last_character(text, above) not in PARAGRAPH_STOPS
    return width if mid_sentence and full >= MIN_WRAP_SHARE * breaks else None


def _last_character(text: str, line: _Line) -> str:
    """The last character of a non-blank line before any closing quotes and brackets."""
    end = line.end
    while end > line.start + 1 and text[end - 1] in CLOSING_PUNCTUATION:
        end -= 1
    return text[end - 1]


def _is_full(text: str, above: _Line, line: _Line, width: int) -> bool:
    """Whether the first word of ``line`` would not have fitted on ``above`` within ``width``."""
    word = _TOKEN.match(text, line.start)
    return word is not None and above.width + 1 + word.end() - word.start() > width


def _continues(text: str, first: _Line, last: _Line, line: _Line, width: int | None) -> bool:
    """Whether ``line`` continues the paragraph of lines ``first`` to ``last``: a wrap, save a
    list item after a list or a colon, and no line (nor lone first line) that stands alone."""
    if _LIST_ITEM.match(text, line.start) and (
        _LIST_ITEM.match(text, first.start) or text[last.end - 1] == ":"
    ):
        return False
    full = width is not None and _is_full(text, last, line, width)
    soft = bool(_WRAP_END.match(text, last.end - 1) and _WRAP_START.match(text, line.start))
    if not (full or soft) or _stands_alone(text[line.start : line.end], heading=False):
        return False
    return first is not last or not _stands_alone(text[first.start : first.end], heading=True)


def _stands_alone(line: str, heading: bool) -> bool:
    """Whether a line reads as a unit of its own, so no wrap joins it: furniture, a byline, or
    when ``heading`` a Title Case heading."""
    tokens = _TOKEN.findall(line)
    return (
        _furniture_reason(line, tokens) is not None
        or _is_byline(tokens, bare=True)
        or (heading and _is_heading(line, tokens, seen_body=True))
    )


_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+")


def _sentence_spans(tokens: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a stripped paragraph, given its whitespace tokens."""
    spans: list[tuple[int, int]] = []
    start = 0
    for previous, token in itertools.pairwise(tokens):
        if ends_sentence(previous.group(), token.group()):
            spans.append((start, previous.end()))
            start = token.start()
    spans.append((start, tokens[-1].end()))
    return spans


def ends_sentence(token: str, following: str) -> bool:
    """Whether a sentence ends after ``token`` within a paragraph, given the token after it."""
    core = token.rstrip(CLOSING_PUNCTUATION)
    first = following[0]
    if not core or core[-1] not in TERMINATORS:
        return False
    if not (first.isupper() or first.isdigit() or first in OPENING_PUNCTUATION):
        return False
    if core[-1] != "." or core.endswith(".."):
        return True
    word = core.lstrip(OPENING_PUNCTUATION).casefold()
    if word in NUMBER_ABBREVIATIONS:
        return not first.isdigit()
    if word in TERMINAL_ABBREVIATIONS:
        return True
    return word not in NONTERMINAL_ABBREVIATIONS and _INITIALISM.fullmatch(word) is None


# -- roles --------------------------------------------------------------------------------------


def _grouped(cues: Mapping[str, Iterable[str]]) -> str:
    """An alternation with one named group per reason (hyphens become underscores)."""
    return "|".join(f"(?P<{r.replace('-', '_')}>{alternation(p)})" for r, p in cues.items())


_LINE_CUE_TABLE = {
    r: END_MARKERS.get(r, ()) + LINE_CUES.get(r, ()) for r in {**END_MARKERS, **LINE_CUES}
}
_LINE_CUE = re.compile(
    rf"[\W\d_]*(?:{_grouped(_LINE_CUE_TABLE)})(?:[\W\d_]*\Z|\s*{CUE_SEPARATORS})", re.IGNORECASE
)
_PHRASE_CUE = re.compile(rf"\b(?:{_grouped(PHRASE_CUES)})\b", re.IGNORECASE)
_END_MARKER = re.compile(
    rf"\W*(?:{alternation(p for ps in END_MARKERS.values() for p in ps)})\W*", re.IGNORECASE
)
_AGENCY = alternation(PHOTO_AGENCIES)
_AGENCY_CREDIT = re.compile(
    rf"\b(?:{_AGENCY})(?:\s+photos?)?\s*/.{{0,60}}(?<![.!?])\Z|/\s*(?:{_AGENCY})\W{{0,2}}\Z",
    re.IGNORECASE | re.DOTALL,
)
_ALPHANUMERIC = re.compile(r"[^\W_]")
_COUNTER = re.compile(r"[(\[]?\d[\d,.]*[)\]]?")
_BREADCRUMB = re.compile(BREADCRUMB_SEPARATORS)
_NAME_WORD = re.compile(r"[^\W\d_]\.|[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_SHARE_LINE_WORDS = SHARE_WORDS | SHARE_CONNECTORS
_NON_NAME_WORDS = FUNCTION_WORDS | NAVIGATION_WORDS | SHARE_WORDS
_WORD_STRIP = string.punctuation + CLOSING_PUNCTUATION + OPENING_PUNCTUATION + "\u2026\u2013\u2014"


def _cue_reason(match: re.Match[str] | None) -> str | None:
    return None if match is None or match.lastgroup is None else match.lastgroup.replace("_", "-")


def _furniture_reason(line: str, tokens: list[str]) -> str | None:
    """Why a line is page furniture by its cues and shape, or None when it is not."""
    if line.endswith(TEASER_ENDINGS):
        return "teaser"
    if _ALPHANUMERIC.search(line) is None:
        return "decoration"
    if _COUNTER.fullmatch(line):
        return "counter"
    reason = _cue_reason(_LINE_CUE.match(line[:MAX_CUE_CHARS]))
    if reason is None and len(line) <= MAX_NOTICE_CHARS:
        reason = _cue_reason(_PHRASE_CUE.search(line))
    if reason is None and _AGENCY_CREDIT.search(line[-MAX_CUE_CHARS:]):
        reason = "photo-credit"
    if reason is None and _is_share(tokens):
        reason = "share"
    if reason is None and _is_navigation(line, tokens):
        reason = "navigation"
    return reason


def _is_end_marker(line: str) -> bool:
    return len(line) <= MAX_CUE_CHARS and _END_MARKER.fullmatch(line) is not None


def _is_share(tokens: list[str]) -> bool:
    """A row of share buttons: "Share on Facebook", "Tweet", "Facebook Twitter Email"."""
    if len(tokens) > MAX_SHARE_WORDS:
        return False
    words = [token.strip(_WORD_STRIP).casefold() for token in tokens]
    return _SHARE_LINE_WORDS.issuperset(words) and not SHARE_WORDS.isdisjoint(words)


def _is_navigation(line: str, tokens: list[str]) -> bool:
    """A menu or breadcrumb: a run of Capitalized section names, or short items between
    separators ("Home / World / Europe"); a breadcrumb may end with the article's title."""
    if len(tokens) > MAX_NAVIGATION_WORDS:
        return False
    run = longest = 0
    for token in tokens:
        run = run + 1 if token[0].isupper() and token.casefold() in NAVIGATION_WORDS else 0
        longest = max(longest, run)
    if longest >= MIN_NAVIGATION_RUN:
        return True
    items = _BREADCRUMB.split(line)
    crumbs = len(items) >= 3 or (len(items) == 2 and items[0].casefold() == "home")
    return crumbs and all(len(item.split()) <= MAX_CRUMB_WORDS for item in items[:-1])


def _is_byline(tokens: list[str], bare: bool) -> bool:
    """Only a person's name: 2-4 Capitalized name words after "By" (names joined by "and"), or
    without "By" when ``bare`` (not as a page's first text line, which is its title)."""
    names = tokens
    if tokens and tokens[0].casefold() == "by":
        names = [token for token in tokens[1:] if token != "and"]
    elif not bare:
        return False
    return MIN_BYLINE_NAMES <= len(names) <= MAX_BYLINE_NAMES and all(map(_is_name_word, names))


def _is_name_word(token: str) -> bool:
    """A Capitalized word that can be part of a name ("Jane", "O'Neil", "J."), not all caps."""
    return (
        token[0].isupper()
        and _NAME_WORD.fullmatch(token) is not None
        and (token.endswith(".") or any(char.islower() for char in token))
        and token.casefold() not in _NON_NAME_WORDS
    )


def _is_heading(line: str, tokens: list[str], seen_body: bool) -> bool:
    """A short line without terminal punctuation, in Title Case or before any body (a title);
    a question is a heading only in Title Case."""
    if len(tokens) > MAX_HEADING_WORDS:
        return False
    last = line.rstrip(CLOSING_PUNCTUATION)[-1:]
    if not last or last in HEADING_BREAKERS:
        return False
    if last != "?" and not seen_body:
        return True
    return _is_title_case(tokens)


def _is_title_case(tokens: list[str]) -> bool:
    """Whether most words other than small function words start with a capital letter."""
    words = [token.lstrip(OPENING_PUNCTUATION) for token in tokens]
    content = [w for w in words if w[:1].isalpha() and w.casefold() not in FUNCTION_WORDS]
    capitalised = sum(1 for word in content if word[0].isupper())
    return bool(content) and capitalised >= TITLE_CASE_SHARE * len(content)


def _is_prose(tokens: list[str], sentence_count: int) -> bool:
    """Clearly article prose: a paragraph of several sentences and many words."""
    return sentence_count >= PROSE_MIN_SENTENCES and len(tokens) >= PROSE_MIN_WORDS
