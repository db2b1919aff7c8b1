"""Events: turn the body sentences of a document into event mentions.

A sentence is read clause by clause: cut at ";", and before ", and", ", but", ", while"
where both sides have a finite verb ("Mexico closed its schools, and the WHO raised its
alert"). A clause that reports something happening (a past or planned action, or an event
word such as "call" or "summit") becomes an :class:`EventMention`: its predicate (the event
word, mapped to a shared concept where :mod:`timeline.cues` has one), its participants
(names found by a light capitalisation-based recogniser: titles stripped, acronyms kept,
names after "in", "at"... also listed as places), the source the sentence attributes it
to, its status (asserted, reported, denied or planned) and the time expression that
governs it: the dated expression nearest the event word.

A denial yields two mentions: the denied proposition ("Putin spoke to Trump", status
``denied``, attributed to the denier) and the denial itself as an event of its own (alone,
when the sentence names no event word for what it denies: "dismissed the report").
Headings, page furniture and hypothetical clauses ("could lead to") yield nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from timeline import cues, lexicon
from timeline._patterns import alternation
from timeline.documents import Document
from timeline.extract import Tense, clause_tense, looks_past
from timeline.model import MentionStatus
from timeline.resolve import TimeExpression
from timeline.segment import Sentence

__all__ = ["EventMention", "MentionStatus", "find_mentions"]


@attrs.frozen
class EventMention:
    """One sentence's report of one event, with its provenance in the document.

    ``published`` and ``publisher`` are the document's: weak evidence of the event's date
    when nothing dates it, and the independent outlet that reports it. ``unresolved_time``
    says the clause has a date that could not be resolved ("yesterday" without a known
    year): the text dates the event, so its publication is no evidence.
    """

    doc_id: str
    start: int
    end: int
    text: str
    predicate: str
    trigger: str
    participants: tuple[str, ...]
    places: tuple[str, ...]
    names: tuple[tuple[str, str], ...]
    source: str | None
    status: MentionStatus
    time: TimeExpression | None
    position: float
    notes: tuple[str, ...] = ()
    referring: bool = False
    published: dt.date | None = None
    publisher: str | None = None
    unresolved_time: bool = False


@attrs.define(eq=False)
class _Token:
    """A word with its offsets; plain slots (not frozen) because documents have many."""

    text: str
    lower: str
    start: int
    end: int
    index: int


_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*[^\W_]|[^\W\d_]|\d[\d,.]*")
#: Capitalised words of dates, never names: months, weekdays, eras as tokens keep them
#: ("AD 800", "800 A.D."), but not "BC", which is also British Columbia ("BC Hydro").
_CALENDAR_WORDS: Final[frozenset[str]] = (
    frozenset(lexicon.MONTHS)
    | frozenset(lexicon.WEEKDAYS)
    | (frozenset(era.rstrip(".") for era in lexicon.ERAS) - {"bc"})
)
_DATING_TYPES: Final[frozenset[str]] = frozenset({"DATE", "TIME", "DURATION"})
#: What stands for an unknown digit in a TIMEX3 value ("XXXX-XX-XX").
_UNKNOWN: Final = "X"
#: The concept of a denial event ("denied", "dismissed", "There was no ...").
_DENY: Final = "deny"
#: How many words after "according to" its source may start.
_OPENER_REACH: Final = 4


def _phrases(table: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + alternation(table) + r")(?![\w])", re.IGNORECASE)


_DENIAL = _phrases(cues.DENIAL_CUES)
_HEDGE = _phrases(cues.HEDGE_CUES)
_ATTRIBUTED_HEDGE = _phrases(cues.ATTRIBUTED_HEDGE_CUES)
_OPENER = _phrases(cues.SOURCE_OPENERS)
_UNNAMED = _phrases(cues.UNNAMED_SOURCES)
_RETRACTION = _phrases(cues.RETRACTION_CUES)
_CORRECTION = _phrases(cues.CORRECTION_CUES)


def _tokens(text: str, start: int, end: int) -> tuple[_Token, ...]:
    """The words of ``text[start:end]``, with offsets into ``text``."""
    found: list[_Token] = []
    add = found.append
    for i, m in enumerate(_TOKEN.finditer(text, start, end)):
        word = m.group()
        add(_Token(word, word.lower().rstrip("."), *m.span(), i))
    return tuple(found)


def _token_starts(tokens: Sequence[_Token]) -> tuple[int, ...]:
    return tuple(t.start for t in tokens)


def _possessive(word: str) -> str:
    for suffix in cues.POSSESSIVE_SUFFIXES:
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# --- Names ---------------------------------------------------------------------------------


@attrs.frozen
class _Name:
    key: str
    name: str
    first: int
    last: int


def _is_capitalised(token: _Token) -> bool:
    return token.text[:1].isupper()


def _names(tokens: Sequence[_Token], known_names: frozenset[str], text: str) -> list[_Name]:
    """Runs of capitalised words, titles and demonyms stripped, keyed for matching.

    A person is keyed by surname; an organisation (a name with an organisation word, or
    after "the": "the Daily Planet") by its whole name.

    ``text`` is the document text: a run ends wherever anything but a space separates two
    words ("In Washington, U.S. officials" holds two names).
    """
    found: list[_Name] = []
    run: list[_Token] = []

    def close() -> None:
        titled = [i for i, t in enumerate(run) if t.lower in cues.TITLES]
        after_title = run[titled[-1] + 1 :] if titled else run
        parts = after_title or [t for t in run if t.lower not in cues.TITLES]
        while parts and parts[0].lower in cues.NOT_NAMES and not _is_acronym(parts[0].text):
            parts.pop(0)
        if parts:
            first = parts[0].index
            article = first > 0 and tokens[first - 1].lower in cues.ORGANISATION_ARTICLES
            found.append(_name_of(parts, article))
        run.clear()

    for token in tokens:
        if run and text[run[-1].end : token.start] != " ":
            close()
        if not _is_capitalised(token):
            if run:
                close()
            continue
        word = _possessive(token.text)
        lower = word.lower().rstrip(".")
        usable = (
            lower not in _CALENDAR_WORDS
            and not (token.index == 0 and lower in cues.NOT_NAMES)
            and not (token.index == 0 and not _opens_with_name(tokens, lower, known_names))
        )
        if usable:
            pieces = word.split("-")
            if not all(p[:1].isupper() or p.lower() in cues.TITLES for p in pieces):
                pieces = [word]
            for piece_index, piece in enumerate(pieces):
                if piece_index and piece[:1].isupper() and run:
                    close()
                if piece[:1].isupper() or piece.lower() in cues.TITLES:
                    run.append(attrs.evolve(token, text=piece, lower=piece.lower()))
            if word != token.text:
                close()
        elif run:
            close()
    if run:
        close()
    return found


def _is_acronym(word: str) -> bool:
    """All capitals, two letters or more ("WHO", "US"): a name, even if the word is common."""
    return len(word) > 1 and word.isupper()


def _opens_with_name(tokens: Sequence[_Token], lower: str, known_names: frozenset[str]) -> bool:
    """A sentence's first word is a name when the document uses it as one elsewhere, when a
    verb follows it at once ("Reuters reported", "Reuters also reported"), or when another
    name word follows it ("Karl Brandt, a spokesman, said")."""
    if lower in known_names or lower in cues.TITLES:
        return True
    if lower in cues.NOT_NAMES:
        return False
    following = [t.lower for t in tokens[1:3]]
    return any(w in cues.NAME_SIGNALS or looks_past(w) for w in following) or (
        len(tokens) > 1
        and _is_capitalised(tokens[1])
        and tokens[1].start == tokens[0].end + 1
        and tokens[1].lower not in cues.TITLES
    )


def _name_of(parts: list[_Token], organisation: bool) -> _Name:
    words = [p.text for p in parts]
    lowers = [w.lower().rstrip(".") for w in words]
    if lowers[-1] in cues.NAME_SUFFIXES and len(lowers) > 1:
        key = " ".join(lowers[-2:])
    elif organisation or len(lowers) == 1 or any(w in cues.ORGANISATION_WORDS for w in lowers):
        key = " ".join(lowers)
    else:
        key = lowers[-1]
    return _Name(key, " ".join(words), parts[0].index, parts[-1].index)


# --- Predicates ------------------------------------------------------------------------------


def _is_past(tokens: Sequence[_Token], index: int) -> bool:
    """A finite past form: not capitalised, not an adjective after a determiner (adverbs
    between them skipped: "a widely reported call", but "Doe allegedly phoned")."""
    token = tokens[index]
    if _is_capitalised(token):
        return False
    before = index - 1
    while before >= 0 and tokens[before].lower.endswith("ly"):
        before -= 1
    if before >= 0 and tokens[before].lower in cues.DETERMINERS:
        return False
    return looks_past(token.lower)


def _concept(tokens: Sequence[_Token], index: int, skip: frozenset[str]) -> str | None:
    token = tokens[index]
    concept = cues.EVENT_CONCEPTS.get(token.lower)
    if concept is None or concept in skip or _is_capitalised_mid(token):
        return None
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if following in cues.CONCEPT_BLOCKERS.get(token.lower, frozenset()):
        return None
    return concept


def _predicate(
    tokens: Sequence[_Token], times: Sequence[TimeExpression], denial: _Token | None
) -> tuple[_Token, bool] | None:
    """The event word of a clause and whether it is an event concept.

    An event noun carried by a light verb comes first ("held a phone call", "the call took
    place"). Otherwise, in a clause with a date, the event word nearest the date: it is the
    one the date governs ("On Monday, the minister warned ..."). Otherwise a finite verb that
    is an event concept ("spoke"), the first event noun ("the call lasted an hour"), the
    first finite content verb. In a denial, the denial word and other denial verbs are never
    the event word: what was denied is.
    """
    skip = frozenset({_DENY}) if denial is not None else frozenset()
    excluded = {denial.index} if denial is not None else set()
    concepts = [
        i
        for i in range(len(tokens))
        if _concept(tokens, i, skip) is not None
        and i not in excluded
        and not (tokens[i].lower.endswith("ed") and not _is_past(tokens, i))
    ]
    carried = _carried_event(tokens, concepts)
    if carried is not None:
        return carried, True
    verbs = [
        i
        for i in range(len(tokens))
        if _is_content_verb(tokens, i)
        and i not in excluded
        and cues.EVENT_CONCEPTS.get(tokens[i].lower) not in skip
    ]
    dated = [t for t in times if t.type in _DATING_TYPES and t.interval is not None]
    if dated and (verbs or concepts):

        def distance(index: int) -> int:
            token = tokens[index]
            return min(max(t.start - token.end, token.start - t.end, 0) for t in dated)

        nearest = min(sorted({*verbs, *concepts}), key=distance)
        return tokens[nearest], nearest in concepts
    for index in concepts:
        if _is_past(tokens, index):
            return tokens[index], True
    if concepts:
        return tokens[concepts[0]], True
    if verbs:
        return tokens[verbs[0]], False
    return None


def _before(tokens: Sequence[_Token], index: int) -> _Token | None:
    return tokens[index - 1] if index else None


def _carried_event(tokens: Sequence[_Token], concepts: list[int]) -> _Token | None:
    """An event noun after a light verb ("held a call") or before a happen verb."""
    for index, token in enumerate(tokens):
        if token.lower in cues.LIGHT_VERBS:
            for after in range(index + 1, min(index + 5, len(tokens))):
                if after in concepts:
                    return tokens[after]
                if tokens[after].lower not in cues.LIGHT_FILLERS:
                    break
        if token.lower in cues.HAPPEN_VERBS:
            following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
            if token.lower in cues.PLACE_VERBS and following != cues.PLACE_WORD:
                continue
            before = [i for i in concepts if 0 < index - i <= 4]
            if before:
                return tokens[before[-1]]
    return None


def _is_content_verb(tokens: Sequence[_Token], index: int) -> bool:
    """A finite past verb or a verb after "will" that is not a report, light or auxiliary."""
    token = tokens[index]
    previous = _before(tokens, index)
    after_future = previous is not None and previous.lower in cues.FUTURE_AUXILIARIES
    if not after_future and not looks_past(token.lower):
        return False
    if token.lower in cues.REPORT_VERBS or token.lower in cues.AUXILIARIES:
        return False
    if token.lower in cues.LIGHT_VERBS or token.lower in cues.HAPPEN_VERBS:
        return False
    return _is_past(tokens, index) or (after_future and not _is_capitalised(token))


def _is_capitalised_mid(token: _Token) -> bool:
    return token.index > 0 and _is_capitalised(token)


def _predicate_key(tokens: Sequence[_Token], token: _Token) -> str:
    """A concept, or a crude stem that makes "voiced", "voices" and "voice" one key.

    A word whose concept the next word blocks keeps its stem: "called for" is not a call.
    """
    concept = _concept(tokens, token.index, frozenset())
    if concept is not None:
        return concept
    word = cues.IRREGULAR_BASES.get(token.lower, token.lower)
    for suffix, replacement in cues.STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    word = word.removesuffix(cues.STEM_SILENT_ENDING)
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]
    return word


# --- Attribution, status, time ---------------------------------------------------------------


def _source(
    clause: _Clause, denial: _Token | None, sentence: str
) -> tuple[str | None, _Name | None]:
    """Who the sentence attributes its claim to: the denier, an "according to" source, the
    subject of a report verb ("Peskov said", ", said Peskov"), or unnamed sources."""
    tokens, names, offset = clause.tokens, clause.names, clause.start
    if denial is not None:
        before = [n for n in names if n.last < denial.index]
        if before:
            return before[-1].name, before[-1]
    for opener in _OPENER.finditer(sentence):
        first = bisect.bisect_left(clause.starts, offset + opener.end())
        for name in names:
            if first <= name.first < first + _OPENER_REACH and not re.search(
                r"[,;:]", sentence[opener.end() : tokens[name.first].start - offset]
            ):
                return name.name, name
    for index, token in enumerate(tokens):
        previous = tokens[index - 1] if index else None
        if token.lower not in cues.REPORT_VERBS:
            continue
        if previous is not None and previous.lower in cues.DETERMINERS:
            continue
        subject = [
            n
            for n in names
            if 0 < token.index - n.last <= 3
            and not (n.first and tokens[n.first - 1].lower in cues.PREPOSITIONS)
        ]
        inverted = [
            n
            for n in names
            if 0 < n.first - token.index <= 1
            and token.lower in cues.INVERTING_REPORT_VERBS
            and _ends_clause(sentence, tokens[n.last].end - offset)
        ]
        after_comma = (
            previous is not None and "," in sentence[previous.end - offset : token.start - offset]
        )
        for found in (inverted, subject[::-1]) if after_comma else (subject[::-1], inverted):
            if found:
                return found[0].name, found[0]
    if _UNNAMED.search(sentence):
        return "unnamed sources", None
    return None, None


def _ends_clause(sentence: str, position: int) -> bool:
    """Nothing but punctuation follows ``position`` before the clause goes on."""
    rest = sentence[position:].lstrip()
    return not rest or rest[0] in ",;:.!?)”’\"'"


def _denial(clause: _Clause, sentence: str) -> _Token | None:
    """The word that makes the sentence a denial, unless a word before it cancels it."""
    tokens = clause.tokens
    for cue in _DENIAL.finditer(sentence):
        token = _token_at(clause, clause.start + cue.start())
        if token is None:
            continue
        before = {t.lower for t in tokens[max(0, token.index - 3) : token.index]}
        if not before & cues.DENIAL_CANCELLERS:
            return token
    return None


def _status(
    tenses: _Tenses, sentence: str, trigger: _Token, denied: bool, attributed: bool
) -> MentionStatus:
    """Denied; reported when hedged; planned when future; reported when the sentence puts
    it in a source's mouth; asserted when the article says it in its own voice."""
    if denied:
        return "denied"
    if _HEDGE.search(sentence) or (attributed and _ATTRIBUTED_HEDGE.search(sentence)):
        return "reported"
    if tenses.of(trigger) in (Tense.FUTURE, Tense.FUTURE_IN_PAST):
        return "planned"
    return "reported" if attributed else "asserted"


def _is_hypothetical(text: str, tokens: Sequence[_Token], trigger: _Token) -> bool:
    """A clause opened by "if", or with a modal before the event word in its own clause
    ("talks could lead to a meeting"), reports nothing. A capitalised "May" inside the clause
    is the month ("On 29 May 1453 the city fell")."""
    if tokens and tokens[0].lower == "if":
        return True
    for index in range(trigger.index - 1, -1, -1):
        token = tokens[index]
        if "," in text[token.end : tokens[index + 1].start] or token.lower in cues.SUBORDINATORS:
            return False
        if token.lower in cues.HYPOTHETICAL_CUES and not (
            _is_capitalised_mid(token) and token.lower in lexicon.MONTHS
        ):
            return True
    return False


# Lower case only: "WHO" (an organisation) or a capitalised "That" opens no clause between a
# date and its event word.
_CLAUSE_OPENERS = re.compile(r"\b(?:" + "|".join(sorted(cues.SUBORDINATORS)) + r")\b|[;:]")


def _governing_time(
    text: str, times: Sequence[TimeExpression], trigger: _Token, rivals: Sequence[_Token]
) -> TimeExpression | None:
    """The dated expression nearest the event word in its own clause.

    No clause opener ("that", "which", ";") may stand between them, and the expression must
    not sit nearer a rival word: the denial when the trigger is what was denied, a report
    verb ("Doe met Haddad, Brandt said on Wednesday" dates the saying, not the meeting).
    """

    def distance(t: TimeExpression, token: _Token) -> int:
        return max(t.start - token.end, token.start - t.end, 0)

    def same_clause(t: TimeExpression, token: _Token) -> bool:
        left, right = (t.end, token.start) if t.end <= token.start else (token.end, t.start)
        return _CLAUSE_OPENERS.search(text, left, right) is None

    def rivalled(t: TimeExpression, rival: _Token) -> bool:
        """Nearer the rival in its clause, unless it ends the trigger's clause before a comma
        and the rival ("met on Monday, said Brandt")."""
        if distance(t, rival) >= distance(t, trigger) or not same_clause(t, rival):
            return False
        closes = trigger.end <= t.start and t.end <= rival.start
        return not (closes and "," in text[t.end : rival.start])

    dated = [
        t
        for t in times
        if t.type in _DATING_TYPES
        and t.interval is not None
        and same_clause(t, trigger)
        and not any(rivalled(t, rival) for rival in rivals)
    ]
    return min(dated, key=lambda t: (distance(t, trigger), t.start), default=None)


# --- Mentions ----------------------------------------------------------------------------------


def find_mentions(
    document: Document, sentences: Sequence[Sentence], times: Sequence[TimeExpression]
) -> list[EventMention]:
    """Event mentions of the body sentences of ``document``, in text order.

    Each clause is read on its own; its mentions keep the whole sentence as provenance. A
    sentence inside a quotation opened earlier in the paragraph is attributed to whoever the
    opening sentence quoted, and so is a quotation that follows at once a quotation with a
    speaker ("“We met,” Doe said. “We agreed.”").
    """
    text = document.text
    body = [s for s in sentences if s.role == "body"]
    words_of = [_tokens(text, s.start, s.end) for s in body]
    known = _mid_sentence_capitals(words_of)
    clauses_of = [_split(text, s, words, known) for s, words in zip(body, words_of, strict=True)]
    places = _places(clause for clauses in clauses_of for clause in clauses)
    found_times = _Times(times)
    tenses = _Tenses(text)
    mentions: list[EventMention] = []
    quoted: str | None = None  # the speaker of a quotation still open
    previous: str | None = None  # the speaker of the quotation the last sentence closed
    paragraph = -1
    for sentence, clauses in zip(body, clauses_of, strict=True):
        if sentence.paragraph != paragraph:
            paragraph, quoted, previous = sentence.paragraph, None, None
        words = text[sentence.start : sentence.end]
        inherited = quoted or (previous if words[:1] in _QUOTE_MARKS else None)
        speaker = inherited
        quoting = any(q in words for q in _QUOTE_MARKS)
        for clause in clauses:
            found, source = _clause_mentions(
                document,
                sentence,
                clause,
                found_times.inside(clause),
                places,
                tenses,
                inherited,
                quoting=quoting,
            )
            mentions.extend(found)
            speaker = speaker or source
        balance = _quote_balance(words, open_before=quoted is not None)
        previous = speaker if quoting else None
        if quoted is not None and balance < 0:
            quoted = None
        elif balance > 0:
            quoted, previous = speaker, None
    return _full_sources(mentions)


@attrs.frozen
class _Clause:
    """A clause of a sentence: its words (indexed from 0 in the clause), their start offsets,
    its names, and the sentence's word before it (None for the first clause)."""

    start: int
    end: int
    tokens: tuple[_Token, ...]
    starts: tuple[int, ...]
    names: tuple[_Name, ...]
    before: _Token | None


def _split(
    text: str, sentence: Sentence, words: tuple[_Token, ...], known: frozenset[str]
) -> list[_Clause]:
    """The clauses of a sentence from its words, each named once. No word spans a ";", so
    a clause's words are the sentence's words between its offsets."""
    starts = _token_starts(words)
    clauses = []
    ranges = _clauses(text[sentence.start : sentence.end], sentence.start)
    for start, end in _coordinated(text, words, starts, ranges):
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if low == 0 and high == len(words):
            tokens = words
        else:
            tokens = tuple(
                _Token(t.text, t.lower, t.start, t.end, i) for i, t in enumerate(words[low:high])
            )
        before = words[low - 1] if low else None
        names = tuple(_names(tokens, known, text))
        clauses.append(_Clause(start, end, tokens, _token_starts(tokens), names, before))
    return clauses


class _Times:
    """A document's time expressions sorted by start, to find a clause's by bisection."""

    def __init__(self, times: Iterable[TimeExpression]) -> None:
        self.times = sorted(times, key=lambda t: t.start)
        self.starts = [t.start for t in self.times]

    def inside(self, clause: _Clause) -> list[TimeExpression]:
        """The expressions that lie wholly inside ``clause``."""
        low = bisect.bisect_left(self.starts, clause.start)
        high = bisect.bisect_right(self.starts, clause.end)
        return [t for t in self.times[low:high] if t.end <= clause.end]


class _Tenses:
    """The tense of a document's event words, each from the tense cues of the text around
    it: a few event words per document need no scan of the whole text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def of(self, token: _Token) -> Tense:
        """The tense of the clause around ``token``, from firm cues only: a modal makes an
        event hypothetical, not planned, and a "to" before a verb plans nothing."""
        return clause_tense(self.text, token.start, token.end, weak=False)


def _full_sources(mentions: list[EventMention]) -> list[EventMention]:
    """A source named by one word ("Brandt said") takes the first fuller name the document
    gives it ("Karl Brandt"), so that one speaker is one source."""
    fuller: dict[str, str] = {}
    for mention in mentions:
        for name in (mention.source, *(name for _, name in mention.names)):
            if name and " " in name:
                fuller.setdefault(name.rsplit(" ", 1)[-1].lower(), name)
    return [
        attrs.evolve(m, source=fuller[m.source.lower()])
        if m.source and m.source.lower() in fuller
        else m
        for m in mentions
    ]


_OPEN_QUOTES: Final[tuple[str, ...]] = ("“", "«")
_CLOSE_QUOTES: Final[tuple[str, ...]] = ("”", "»")
_STRAIGHT_QUOTE: Final = '"'
_QUOTE_MARKS: Final[tuple[str, ...]] = (*_OPEN_QUOTES, *_CLOSE_QUOTES, _STRAIGHT_QUOTE)


def _quote_balance(words: str, *, open_before: bool) -> int:
    """Quotations a sentence opens (positive) or closes (negative); an odd number of straight
    quotes opens one, or closes the one left open before."""
    balance = sum(words.count(q) for q in _OPEN_QUOTES) - sum(words.count(q) for q in _CLOSE_QUOTES)
    if balance == 0 and words.count(_STRAIGHT_QUOTE) % 2:
        return -1 if open_before else 1
    return balance


def _clauses(words: str, offset: int) -> list[tuple[int, int]]:
    """The sentence cut at semicolons, as absolute (start, end) ranges."""
    ranges = []
    start = 0
    index = words.find(";")
    while index >= 0:
        ranges.append((offset + start, offset + index))
        start = index + 1
        index = words.find(";", start)
    ranges.append((offset + start, offset + len(words)))
    return [(a, b) for a, b in ranges if b > a]


# A quick test that a clause may hold a coordination: a comma, anything but a word, then a
# coordinator; the tokens decide.
_COORDINATION = re.compile(
    r",\W*(?:" + alternation(sorted(cues.CLAUSE_COORDINATORS)) + r")\b", re.IGNORECASE
)


def _is_finite(words: Sequence[_Token], index: int) -> bool:
    """A finite past form (not a participle after a determiner: "the newly elected
    president"), or a word after a future auxiliary: a clause's verb."""
    if words[index].text[:1].isupper():
        return False
    return _is_past(words, index) or (
        index > 0 and words[index - 1].lower in cues.FUTURE_AUXILIARIES
    )


def _coordinated(
    text: str, words: Sequence[_Token], starts: Sequence[int], ranges: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Each range cut before ", and" (or another coordinator) where both sides report
    something: a finite verb before the comma, and one soon after the coordinator."""
    cut: list[tuple[int, int]] = []
    for start, end in ranges:
        if _COORDINATION.search(text, start, end) is None:
            cut.append((start, end))
            continue
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        begin, verb_before = start, False
        for index in range(low, high):
            word = words[index]
            if (
                verb_before
                and word.lower in cues.CLAUSE_COORDINATORS
                and index > low
                and "," in text[words[index - 1].end : word.start]
                and any(
                    _is_finite(words, i)
                    for i in range(index + 1, min(high, index + 1 + cues.COORDINATED_VERB_REACH))
                )
            ):
                cut.append((begin, words[index - 1].end))
                begin, verb_before = word.start, False
            verb_before = verb_before or _is_finite(words, index)
        cut.append((begin, end))
    return cut


def _mid_sentence_capitals(sentences: Sequence[Sequence[_Token]]) -> frozenset[str]:
    """Capitalised words seen after a sentence's first word: names, not sentence openers."""
    seen: set[str] = set()
    for tokens in sentences:
        for token in tokens[1:]:
            if token.text[:1].isupper():
                seen.add(_possessive(token.text).lower().rstrip("."))
    return frozenset(seen)


def _places(clauses: Iterable[_Clause]) -> frozenset[str]:
    """Names the document puts after a place preposition ("in Ukraine"): places, not actors.
    The word before a clause's first name is the sentence's word before the clause."""
    found: set[str] = set()
    for clause in clauses:
        for name in clause.names:
            previous = clause.tokens[name.first - 1] if name.first else clause.before
            if previous is not None and previous.lower in cues.PLACE_PREPOSITIONS:
                found.add(name.key)
    return frozenset(found)


def _clause_mentions(
    document: Document,
    sentence: Sentence,
    clause: _Clause,
    times: list[TimeExpression],
    places: frozenset[str],
    tenses: _Tenses,
    quoted: str | None,
    *,
    quoting: bool,
) -> tuple[list[EventMention], str | None]:
    """The mentions of one clause, and the source it names (for quotations that go on).
    A clause with no event word, no dated expression and no denial is skipped unless the
    sentence quotes someone, when its source is still looked for."""
    text = document.text
    words = text[clause.start : clause.end]
    tokens, names = clause.tokens, clause.names
    if len(tokens) < 3:
        return [], None
    denial = _denial(clause, words)
    # A clause with neither an event word nor a dated expression reports no event: its
    # predicate is not looked for, but its source still speaks for quotations that go on.
    eventful = any(t.type in _DATING_TYPES and t.interval is not None for t in times) or any(
        t.lower in cues.EVENT_CONCEPTS for t in tokens
    )
    if not eventful and denial is None and not quoting:
        return [], None
    found = _predicate(tokens, times, denial) if eventful else None
    source, source_name = _source(clause, denial, words)
    reporting = [t for t in tokens if t.lower in cues.REPORT_VERBS and _is_past(tokens, t.index)]
    notes = tuple(
        note
        for note, pattern in (("retracted", _RETRACTION), ("corrected", _CORRECTION))
        if pattern.search(words)
    )

    unresolved = any(
        t.type in _DATING_TYPES and t.interval is None and _UNKNOWN in t.value for t in times
    )

    def mention(
        trig: _Token,
        predicate: str,
        keys: dict[str, str],
        status: MentionStatus,
        when: TimeExpression | None,
    ) -> EventMention:
        return EventMention(
            doc_id=document.id,
            start=sentence.start,
            end=sentence.end,
            text=text[sentence.start : sentence.end],
            predicate=predicate,
            trigger=trig.text,
            participants=tuple(sorted(keys)),
            places=tuple(sorted(k for k in keys if k in places)),
            names=tuple(sorted(keys.items())),
            source=source or quoted,
            status=status,
            time=when,
            position=sentence.start / max(len(text), 1),
            notes=notes,
            referring=_refers_back(tokens, trig),
            published=document.published_date,
            publisher=document.source,
            unresolved_time=when is None and unresolved,
        )

    mentions = []
    trigger, is_concept = found if found is not None else (None, False)
    if trigger is not None and not _is_hypothetical(text, tokens, trigger):
        source_key = source_name.key if source_name else None
        claimed = [n for n in names if denial is None or n.first > denial.index]
        participants = {n.key: n.name for n in claimed if n.key != source_key}
        rivals = [t for t in (denial, *reporting) if t is not None and t != trigger]
        time = _governing_time(text, times, trigger, rivals)
        if time is not None or is_concept:
            attributed = source is not None and trigger.lower not in cues.REPORT_VERBS
            status = _status(tenses, words, trigger, denial is not None, attributed)
            predicate = _predicate_key(tokens, trigger)
            mentions.append(mention(trigger, predicate, participants, status, time))
    if denial is not None and source_name is not None:
        keys = {n.key: n.name for n in names}
        rivals = [t for t in (trigger, *reporting) if t is not None and t != denial]
        denial_time = _governing_time(text, times, denial, rivals)
        mentions.append(mention(denial, _DENY, keys, "asserted", denial_time))
    return mentions, source


def _refers_back(tokens: Sequence[_Token], trigger: _Token) -> bool:
    """An event noun after "the", "this", "such"...: it names an event told elsewhere."""
    window = tokens[max(0, trigger.index - 3) : trigger.index]
    return any(t.lower in cues.REFERRING_DETERMINERS for t in window) and not any(
        t.lower in cues.PREPOSITIONS for t in window[-1:]
    )


def _token_at(clause: _Clause, position: int) -> _Token | None:
    """The word of ``clause`` that holds the character at ``position``, if one does."""
    index = bisect.bisect_right(clause.starts, position) - 1
    if index >= 0 and position < clause.tokens[index].end:
        return clause.tokens[index]
    return None
