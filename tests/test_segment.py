"""Tests for timeline.segment: sentence splitting, exact offsets, and furniture detection."""

from __future__ import annotations

import itertools
import re
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.segment import END_MARKERS, LINE_CUES, PHRASE_CUES, Sentence, segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BODY = (
    "The council approved the new tram line on Tuesday after a long debate. "
    "Construction will start in the spring, the mayor said."
)


def sentence_texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def line_roles(text: str) -> list[tuple[str, str, str | None]]:
    """(first sentence text, role, reason) for each paragraph."""
    seen: dict[int, Sentence] = {}
    for sentence in segment(text):
        seen.setdefault(sentence.paragraph, sentence)
    return [(text[s.start : s.end], s.role, s.reason) for s in seen.values()]


def role_of(text: str, line: str) -> tuple[str, str | None]:
    """Role and reason of the paragraph whose first sentence starts ``line``."""
    for first, role, reason in line_roles(text):
        if line.startswith(first):
            return role, reason
    raise AssertionError(f"no paragraph starts {line!r}")


def line_breaks(text: str) -> int:
    """How many line breaks ``text`` holds (CR LF counts once, as str.splitlines has it)."""
    return len((text + ".").splitlines()) - 1


def check_invariants(text: str) -> list[Sentence]:
    """Assert the documented guarantees of segment() on ``text``."""
    sentences = segment(text)
    covered = [False] * len(text)
    previous: Sentence | None = None
    for sentence in sentences:
        piece = text[sentence.start : sentence.end]
        assert (previous.end if previous else 0) <= sentence.start < sentence.end <= len(text)
        assert piece == piece.strip()
        assert all(line.strip() for line in piece.splitlines()), "no blank line in a sentence"
        assert (sentence.reason is None) == (sentence.role == "body")
        assert sentence.role != "heading" or sentence.reason == "heading"
        if previous is not None:
            gap = line_breaks(text[previous.end : sentence.start])
            if sentence.paragraph == previous.paragraph:
                assert gap <= 1, "no blank line inside a paragraph"
            else:
                assert sentence.paragraph == previous.paragraph + 1
                assert gap >= 1, "a paragraph starts on a line of its own"
        covered[sentence.start : sentence.end] = [True] * len(piece)
        previous = sentence
    assert all(covered[i] for i, char in enumerate(text) if not char.isspace())
    assert not sentences or sentences[0].paragraph == 0
    lines = text.splitlines()
    blocks = sum(
        1 for i, line in enumerate(lines) if line.strip() and not (i and lines[i - 1].strip())
    )
    paragraphs = len({s.paragraph for s in sentences})
    assert blocks <= paragraphs <= len([line for line in lines if line.strip()])
    for number in range(paragraphs):
        labels = {(s.role, s.reason) for s in sentences if s.paragraph == number}
        assert len(labels) == 1, "all sentences of a paragraph share its role"
    return sentences


# -- sentence splitting -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones on Jan. 5 in St. Louis. They talked for an hour.",
            ["Mr. Smith met Dr. Jones on Jan. 5 in St. Louis.", "They talked for an hour."],
        ),
        (
            "U.S. officials said so. The U.K. Government agreed with the U.N. on Monday.",
            ["U.S. officials said so.", "The U.K. Government agreed with the U.N. on Monday."],
        ),
        ("Troops will stay in the U.S.", ["Troops will stay in the U.S."]),
        (
            "Growth was 3.5 percent. 2.1 percent was forecast.",
            ["Growth was 3.5 percent.", "2.1 percent was forecast."],
        ),
        (
            "J. R. R. Tolkien wrote it in 1937. He was a professor.",
            ["J. R. R. Tolkien wrote it in 1937.", "He was a professor."],
        ),
        (
            "He said, \u201cIt is over.\u201d Then he left.",
            ["He said, \u201cIt is over.\u201d", "Then he left."],
        ),
        (
            "She called it \u2018pure fiction.\u2019 Nobody believed her.",
            ["She called it \u2018pure fiction.\u2019", "Nobody believed her."],
        ),
        (
            'They said "no." "We disagree," he replied.',
            ['They said "no."', '"We disagree," he replied.'],
        ),
        (
            "Wait\u2026 What happened? Nobody knows! Really.",
            ["Wait\u2026", "What happened?", "Nobody knows!", "Really."],
        ),
        ("He hesitated... Then he spoke.", ["He hesitated...", "Then he spoke."]),
        (
            "The vote was held at 9 a.m. Monday in Paris.",
            ["The vote was held at 9 a.m. Monday in Paris."],
        ),
        ("Donald Trump Jr. posted a photo.", ["Donald Trump Jr. posted a photo."]),
        (
            "Shares of Acme Inc. rose. Rivals fell.",
            ["Shares of Acme Inc. rose.", "Rivals fell."],
        ),
        (
            "It ranked No. 10 on the list. The answer was No. Then it changed.",
            ["It ranked No. 10 on the list.", "The answer was No.", "Then it changed."],
        ),
        (
            "Cities, e.g. Paris, i.e. France vs. Germany. Next one.",
            ["Cities, e.g. Paris, i.e. France vs. Germany.", "Next one."],
        ),
        ("The count was 5. then it rose.", ["The count was 5. then it rose."]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("He left (for good.) Then silence.", ["He left (for good.)", "Then silence."]),
        ("First line\nSecond line.", ["First line", "Second line."]),
        ("", []),
        ("   \n\t \r\n", []),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


def test_paragraphs_are_lines_counted_without_blank_ones() -> None:
    text = "One. Two.\n\n\nThree.\n  \nFour."
    assert [(text[s.start : s.end], s.paragraph) for s in segment(text)] == [
        ("One.", 0),
        ("Two.", 0),
        ("Three.", 1),
        ("Four.", 2),
    ]


def test_offsets_with_crlf_cr_tabs_and_unicode() -> None:
    text = (
        "\ufeffBridge Reopens\r\n\tIt reopened on \u201cTuesday.\u201d Cars\u00a0returned.\r\r"
        "Then\u2026 nothing.\u2028Last line\u2026\r\n"
    )
    sentences = check_invariants(text)
    assert [text[s.start : s.end] for s in sentences] == [
        "\ufeffBridge Reopens",
        "It reopened on \u201cTuesday.\u201d",
        "Cars\u00a0returned.",
        "Then\u2026 nothing.",
        "Last line\u2026",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2, 3]
    assert sentences[-1].reason == "teaser"


# -- roles on invented pages --------------------------------------------------------------------

PAGE = "\n".join(
    [
        "World Business Tech Opinion Sport",
        "Home \u203a Europe \u203a Harbour bridge reopens after repairs",
        "Harbour bridge reopens after three months of repairs",
        "By Marta Keller",
        "12",
        "FILE - Workers inspect cables on the bridge in Lisbon, Portugal, on "
        "March 3, 2023. (AP Photo/Jo Doe, File)",
        "The city reopened the harbour bridge on Tuesday after three months of "
        "repairs. Traffic resumed at 6 a.m. and officials said the work cost "
        "4.2 million euros.",
        "Engineers found corroded cables in January, according to the transport ministry.",
        "What Comes Next for the Port",
        "The port authority said it would publish a new maintenance plan in the "
        "spring. Ferry operators welcomed the decision.",
        "Share on Facebook",
        "Tweet",
        "Sign up for our newsletter and get the news every morning",
        "Marta Keller",
        "Related Articles",
        "New tram line opens in the north",
        "Ferry strike ends after two days.",
        "On Saturday, the museum said attendance had doubled in the summer, and the director\u2026",
        "Council approves budget for schools...",
        "3 Comments",
        "Leave a Reply",
        "Please enter your comment!",
        "Please enter your name here",
        "We use cookies to improve your experience. Accept all",
        "Privacy Policy",
        "Skip to content",
        "",
    ]
)

PAGE_ROLES = [
    ("furniture", "navigation"),
    ("furniture", "navigation"),
    ("heading", "heading"),
    ("furniture", "byline"),
    ("furniture", "counter"),
    ("furniture", "photo-credit"),
    ("body", None),
    ("body", None),
    ("heading", "heading"),
    ("body", None),
    ("furniture", "share"),
    ("furniture", "share"),
    ("furniture", "subscribe"),
    ("furniture", "byline"),
    ("furniture", "read-more"),
    ("furniture", "teaser"),
    ("furniture", "teaser"),
    ("furniture", "teaser"),
    ("furniture", "teaser"),
    ("furniture", "comment-form"),
    ("furniture", "comment-form"),
    ("furniture", "comment-form"),
    ("furniture", "comment-form"),
    ("furniture", "cookie-notice"),
    ("furniture", "cookie-notice"),
    ("furniture", "navigation"),
]


def test_invented_page_roles() -> None:
    check_invariants(PAGE)
    assert [(role, reason) for _, role, reason in line_roles(PAGE)] == PAGE_ROLES


def test_page_roles_do_not_depend_on_line_endings() -> None:
    crlf = PAGE.replace("\n", "\r\n")
    assert [(role, reason) for _, role, reason in line_roles(crlf)] == PAGE_ROLES
    check_invariants(crlf)


def test_related_box_inside_article_gives_way_to_prose() -> None:
    text = "\n".join(
        [
            "Dam Opens in the Valley",
            BODY,
            "Related",
            "Valley farmers fear drought",
            "Water prices rise again.",
            "The dam holds enough water for two dry summers, engineers said on Wednesday. "
            "It took six years to build and cost more than the government first planned, "
            "according to figures released by the ministry.",
            "Comments",
            "Great news for the valley, finally.",
            "Anna Berg",
            "Who pays for it",
        ]
    )
    assert [(role, reason) for _, role, reason in line_roles(text)] == [
        ("heading", "heading"),
        ("body", None),
        ("furniture", "read-more"),
        ("furniture", "teaser"),
        ("furniture", "teaser"),
        ("body", None),
        ("furniture", "comment-form"),
        ("furniture", "comment-form"),
        ("furniture", "comment-form"),
        ("furniture", "comment-form"),
    ]


def test_end_marker_before_any_body_does_not_swallow_the_article() -> None:
    text = f"Leave a comment\nComments\nTram Line Approved\n{BODY}\nIt opens in 2026."
    assert [role for _, role, _ in line_roles(text)] == [
        "furniture",
        "furniture",
        "heading",
        "body",
        "body",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Photo: Jane Doe/Reuters", "photo-credit"),
        ("REUTERS/Evelyn Hockstein", "photo-credit"),
        ("The mayor cuts the ribbon. Getty Images", "photo-credit"),
        ("Image: city council", "photo-credit"),
        ("Credit: Jane Doe", "photo-credit"),
        ("FILE \u2013 The bridge in 2019. (AP Photo/J. Scott Smith)", "photo-credit"),
        ("Protesters march in the rain. John Roe/AFP", "photo-credit"),
        ("Home Politics World Sports", "navigation"),
        ("News | Sport | Weather | Culture", "navigation"),
        ("Home / Europe", "navigation"),
        ("Exit mobile version", "navigation"),
        ("SKIP TO CONTENT", "navigation"),
        ("0", "counter"),
        ("(12)", "counter"),
        ("1,234", "counter"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("Share this article", "share"),
        ("Subscribe", "subscribe"),
        ("Subscribe to our newsletter for daily updates.", "subscribe"),
        ("This site uses cookies. By continuing to browse you agree.", "cookie-notice"),
        ("Accept All", "cookie-notice"),
        ("You must be logged in to post a comment.", "comment-form"),
        ("Comments are closed.", "comment-form"),
        ("Read more: Tram line approved after debate", "read-more"),
        ("READ MORE \u00bb", "read-more"),
        ("You May Also Like", "read-more"),
        ("Editor\u2019s Picks", "read-more"),
        ("Trending", "read-more"),
        ("Advertisement", "advertisement"),
        ("* * *", "decoration"),
        ("The ferry sank near the harbour on Sunday, officials said, and the\u2026", "teaser"),
        ("By Jane Doe and John Roe", "byline"),
        ("By J. R. Hartley", "byline"),
        ("Ana-Maria O\u2019Neil", "byline"),
    ],
)
def test_furniture_lines_after_body(line: str, reason: str) -> None:
    text = f"{BODY}\n{line}"
    assert role_of(text, line) == ("furniture", reason)


@pytest.mark.parametrize(
    "line",
    [
        "The company updated its privacy policy on Monday, regulators said.",
        "Recommended doses were exceeded, the report found.",
        "A Reuters/Ipsos poll published on Friday showed support fell.",
        "Related talks will resume next week in Geneva.",
        "Home prices rose 5% in March, the bank said.",
        "Comments by the minister drew criticism from the opposition.",
        "Jane Doe said the bridge was safe.",
        "Subscribers to the service will pay more from June.",
        "He shared the photo on Facebook on Tuesday.",
        "Trump said he would read more about the plan.",
    ],
)
def test_prose_mentioning_cue_words_stays_body(line: str) -> None:
    text = f"{BODY}\n{line}"
    assert role_of(text, line) == ("body", None)


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Kremlin Shifts Tone After the Vote", "heading"),
        ("What Comes Next for the Port?", "heading"),
        ("Conclusion: A Fragile Path to Peace", "heading"),
        ("what comes next for the port?", "body"),
        ("Trains will run every ten minutes from May", "body"),
        ("The Mayor Said:", "body"),
    ],
)
def test_headings_after_body(line: str, role: str) -> None:
    assert role_of(f"{BODY}\n{line}\n{BODY}", line)[0] == role


def test_sentence_case_title_before_body_is_a_heading() -> None:
    text = f"Council approves tram line after long debate\n{BODY}"
    assert line_roles(text)[0][1:] == ("heading", "heading")


def test_cue_tables_are_lowercase_and_each_cue_is_recognised() -> None:
    for table in (END_MARKERS, LINE_CUES, PHRASE_CUES):
        for reason, phrases in table.items():
            for phrase in phrases:
                assert phrase == phrase.lower().strip()
                line = phrase.title() if table is not PHRASE_CUES else f"Note: {phrase} here."
                assert role_of(f"{BODY}\n{line}", line) == ("furniture", reason), line


# -- hard-wrapped and soft-wrapped paragraphs ----------------------------------------------------

SIEGE = """The Siege of the City

In the spring of 1453 the Ottoman army under Mehmed II arrived before
the walls of Constantinople and began a siege that lasted fifty-three
days. The defenders, numbering perhaps seven thousand men, held the
land walls through April and into May.

On 29 May 1453 the city fell after a final assault that began before
dawn. The emperor Constantine XI was killed in the fighting near the
Gate of St. Romanus. Three days later the sultan entered the Hagia
Sophia and ordered it converted into a mosque.
"""

HARBOUR = [
    "The harbour bridge reopened on Tuesday after three months of repairs, and traffic resumed "
    "at six in the morning. Engineers had found corroded cables in January, the transport "
    "ministry said in a statement. The work cost 4.2 million euros, well above the first "
    "estimate of Dr. Anna Berg, who led the inspection team for the city.",
    "Ferry operators welcomed the decision. The port authority said it would publish a new "
    "maintenance plan in the spring, with inspections of the Tagus crossings every six months "
    "until the end of 2026.",
]


def collapsed(text: str) -> list[str]:
    """The sentences of ``text``, each with its whitespace collapsed to single spaces."""
    return [" ".join(sentence.split()) for sentence in sentence_texts(text)]


def test_hard_wrapped_narrative_keeps_paragraphs_and_whole_sentences() -> None:
    sentences = check_invariants(SIEGE)
    assert [(s.paragraph, s.role, SIEGE[s.start : s.end]) for s in sentences] == [
        (0, "heading", "The Siege of the City"),
        (
            1,
            "body",
            "In the spring of 1453 the Ottoman army under Mehmed II arrived before\n"
            "the walls of Constantinople and began a siege that lasted fifty-three\ndays.",
        ),
        (
            1,
            "body",
            "The defenders, numbering perhaps seven thousand men, held the\n"
            "land walls through April and into May.",
        ),
        (2, "body", "On 29 May 1453 the city fell after a final assault that began before\ndawn."),
        (
            2,
            "body",
            "The emperor Constantine XI was killed in the fighting near the\nGate of St. Romanus.",
        ),
        (
            2,
            "body",
            "Three days later the sultan entered the Hagia\n"
            "Sophia and ordered it converted into a mosque.",
        ),
    ]


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_wrap_widths(width: int, newline: str) -> None:
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in ["Bridge Reopens", *HARBOUR])
    wrapped = wrapped.replace("\n", newline)
    sentences = check_invariants(wrapped)
    assert [" ".join(wrapped[s.start : s.end].split()) for s in sentences] == collapsed(
        "\n".join(["Bridge Reopens", *HARBOUR])
    )
    assert [(s.paragraph, s.role) for s in sentences] == [(0, "heading")] + [(1, "body")] * 3 + [
        (2, "body")
    ] * 2


def test_heading_right_above_a_wrapped_paragraph() -> None:
    text = "Bridge Reopens After Repairs\n" + textwrap.fill(HARBOUR[0], 72)
    sentences = check_invariants(text)
    assert [(s.paragraph, s.role) for s in sentences] == [(0, "heading")] + [(1, "body")] * 3
    assert text[sentences[0].start : sentences[0].end] == "Bridge Reopens After Repairs"


def test_capitalised_continuation_joins_by_width() -> None:
    text = (
        "The bridge was closed for three months while engineers replaced the\n"
        "Tagus cables, and the ferries carried commuters across the river in\n"
        "January. Traffic resumed on Tuesday, the ministry said."
    )
    assert sentence_texts(text) == [
        "The bridge was closed for three months while engineers replaced the\n"
        "Tagus cables, and the ferries carried commuters across the river in\nJanuary.",
        "Traffic resumed on Tuesday, the ministry said.",
    ]


def test_pdf_copy_without_blank_lines_between_paragraphs() -> None:
    text = "\n".join(textwrap.fill(p, 66) for p in HARBOUR)
    assert [s.paragraph for s in check_invariants(text)] == [0, 0, 0, 1, 1]


@pytest.mark.parametrize("repeat", [1, 2], ids=["88-chars", "154-chars"])
def test_overlong_word_on_its_own_line_keeps_the_text_hard_wrapped(repeat: int) -> None:
    url = "https://example.org/news/2024/11/07/" + "harbour-bridge-reopens-after-repairs/" * repeat
    prose = f"{HARBOUR[0]} The report is at {url} for anyone who wants to read the details."
    text = textwrap.fill(prose, 72, break_long_words=False, break_on_hyphens=False)
    assert len(url) > 72 and url in text.splitlines()
    assert collapsed(text) == collapsed(prose)
    assert {s.paragraph for s in check_invariants(text)} == {0}


@pytest.mark.parametrize(
    "lines",
    [
        ["Apples", "Pears", "Three kinds of plums", "Cherries"],
        [
            "The bridge reopened on Tuesday morning.",
            "The mayor cut the ribbon at noon sharp.",
            "Ferries stopped running at the weekend.",
            "Tram services will resume next Monday.",
        ],
        [
            "Harbour Bridge Reopens After Long Repairs",
            "By Marta Keller",
            "The harbour bridge reopened on Tuesday after three months of repairs.",
            "Engineers found corroded cables in January, the ministry said.",
            "Ferry operators welcomed the decision on Wednesday.",
        ],
        [
            "Council approves the new tram line after a long debate",
            "The council approved the line on Tuesday.",
            "Construction will start in the spring.",
            "Trains will run every ten minutes.",
        ],
    ],
    ids=["short-items", "even-sentences", "short-page", "title-above-short-lines"],
)
def test_lines_that_are_not_wrapped_stay_paragraphs(lines: list[str]) -> None:
    text = "\n".join(lines)
    sentences = check_invariants(text)
    assert len({s.paragraph for s in sentences}) == len(lines)


def test_list_after_a_wrapped_paragraph_does_not_join() -> None:
    intro = textwrap.fill(
        "The council listed its priorities for the coming year in a long statement that it "
        "released to the press on Monday, after a debate that lasted into the night:",
        72,
    )
    items = [
        "- repair the harbour bridge and replace the corroded cables on both sides of it",
        "- extend the tram line to the airport",
        "1. build two schools in the northern districts, where the population has doubled",
        "2) hire teachers",
    ]
    text = "\n".join([intro, *items])
    paragraphs = [text[s.start : s.end] for s in check_invariants(text)]
    assert paragraphs[-len(items) :] == items


def test_soft_wrap_in_a_captured_page() -> None:
    text = (
        f"{BODY}\nThe council said the line, which will cost 40 million euros and take three "
        "years to build,\nwill open in 2026, and work starts in\n2025 with a new depot.\n"
        "construction firms bid on it."
    )
    sentences = check_invariants(text)
    assert [(s.paragraph, text[s.start : s.end]) for s in sentences[2:]] == [
        (
            1,
            "The council said the line, which will cost 40 million euros and take three years "
            "to build,\nwill open in 2026, and work starts in\n2025 with a new depot.",
        ),
        (2, "construction firms bid on it."),
    ]


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        (["Kremlin Shifts Tone After the Vote", "more than a hundred deputies objected."],
         [("heading", "heading"), ("body", None)]),
        (["By Jane Doe", "updated five hours ago"], [("furniture", "byline"), ("body", None)]),
        (["Share", "12"], [("furniture", "share"), ("furniture", "counter")]),
        (["Read more about the vote in", "comments"],
         [("body", None), ("furniture", "comment-form")]),
    ],
)  # fmt: skip
def test_soft_wrap_never_joins_headings_or_furniture(
    lines: list[str], roles: list[tuple[str, str | None]]
) -> None:
    text = "\n".join([BODY, *lines])
    assert [(role, reason) for _, role, reason in line_roles(text)][1:] == roles


def test_furniture_next_to_a_full_line_of_wrapped_text_stays_apart() -> None:
    credit = "FILE - Workers inspect the cables on the bridge. (AP Photo/Jo Doe, File)"
    cookie = "We use cookies to improve your experience on this website. Accept all"
    body = textwrap.fill(HARBOUR[0], 72).splitlines()
    text = "\n".join([credit, *body[:2], cookie, *body[2:]])
    width = max(len(line) for line in text.splitlines())
    for line, after in itertools.pairwise(text.splitlines()):
        assert len(line) + 1 + len(after.split()[0]) > width, "every line is full"
    assert [(role, reason) for _, role, reason in line_roles(text)] == [
        ("furniture", "photo-credit"),
        ("body", None),
        ("furniture", "cookie-notice"),
        ("body", None),
    ]


#: Prose for the wrapping property: content words (no cue or function words), names and
#: numbers that never end a sentence, so every line of a wrapped paragraph is plain prose.
PROSE_WORDS = (
    "harbour", "bridge", "engineers", "repaired", "cables", "winter", "valley", "farmers",
    "waited", "river", "slowly", "builders", "worked", "nights", "council", "approved",
    "budget", "stone", "walls", "ferry", "crossed", "quietly", "tram", "reached", "station",
    "morning", "ministers", "signed", "treaty", "rain",
)  # fmt: skip
PROSE_NAMES = ("Anna", "Berg", "Lisbon", "Mehmed", "Tagus", "Romanus")
PROSE_NUMBERS = ("1453", "4.2", "29")


@st.composite
def prose_sentences(draw: st.DrawFn) -> str:
    """A sentence of 5-14 content words, maybe with commas, a name and a number inside."""
    words = draw(st.lists(st.sampled_from(PROSE_WORDS), min_size=5, max_size=14))
    words = [
        w + "," if draw(st.booleans()) and i < len(words) - 1 else w for i, w in enumerate(words)
    ]
    for inside in (PROSE_NAMES, PROSE_NUMBERS):
        if draw(st.booleans()):
            words.insert(draw(st.integers(1, len(words) - 1)), draw(st.sampled_from(inside)))
    return " ".join([words[0].capitalize(), *words[1:]]) + draw(st.sampled_from(".?!"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(prose_sentences(), min_size=1, max_size=5), min_size=1, max_size=4),
    st.integers(50, 90),
)
def test_hard_wrapping_keeps_the_sentences(paragraphs: list[list[str]], width: int) -> None:
    unwrapped = "\n\n".join(" ".join(p) for p in paragraphs)
    wrapped = "\n\n".join(
        textwrap.fill(" ".join(p), width, break_on_hyphens=False) for p in paragraphs
    )
    sentences = check_invariants(wrapped)
    pieces = [wrapped[s.start : s.end] for s in sentences]
    assert [" ".join(piece.split()) for piece in pieces] == collapsed(unwrapped)
    assert collapsed(unwrapped) == [sentence for p in paragraphs for sentence in p]
    assert "".join("".join(piece.split()) for piece in pieces) == "".join(wrapped.split())


# -- guarantees on arbitrary text ---------------------------------------------------------------

PIECES = [
    "word", "Word", "Mr.", "U.S.", "J.", "3.5", "0", ".", "!", "?", "\u2026", "...", " ", " ",
    "  ", "\t", "\n", "\r\n", "\r", "\u2028", "\x0b", "\x1c", "\u00a0", "\u201c", "\u201d",
    "\u2018", "\u2019", '"', "'", "(", ")", "Home", "Politics", "Read more", "Leave a Reply",
    "Related", "FILE -", "(AP Photo/Jo Doe)", "By", "Jane", "Doe", "\u203a", "|", "/", ":",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_invariants_on_arbitrary_text(text: str) -> None:
    check_invariants(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_invariants_on_page_like_text(text: str) -> None:
    check_invariants(text)


def test_segment_is_deterministic() -> None:
    assert segment(PAGE) == segment(PAGE)


# -- linear time (smoke test, not a benchmark) ----------------------------------------------------

MEGABYTE = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        "word " * (MEGABYTE // 5),
        "7" * MEGABYTE,
        ".!?\u2026\u201d\u2019/()" * (MEGABYTE // 8),
        "a." * (MEGABYTE // 2),
        ("The U.S. Sen. J. R. Smith said 3.5 percent rose\u2026 Then Mr. Doe left. " * 20_000),
        "Home Politics World Sports Leave a reply \u203a Related\n" * (MEGABYTE // 50),
        "Reuters/" * (MEGABYTE // 8),
        textwrap.fill("The bridge, the river and the harbour reopened. " * 20_000, 72),
        "one two three four five six seven eight nine ten eleven twelve thirteen,\n" * 14_000,
    ],
    ids=[
        "one-word",
        "digits",
        "punctuation",
        "initials",
        "giant-line",
        "short-lines",
        "slashes",
        "hard-wrapped",
        "wrapped-one-sentence",
    ],
)
def test_large_inputs_finish_quickly(text: str) -> None:
    started = time.perf_counter()
    sentences = segment(text)
    assert time.perf_counter() - started < 5
    assert sentences


# -- the project's seed pages (general properties only) -------------------------------------------

_LOWERCASE_WORD = re.compile(r"\b[a-z]{2,}\b")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.stem)
def test_seed_pages(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    sentences = check_invariants(text)
    body = [text[s.start : s.end] for s in sentences if s.role == "body"]
    assert body
    for sentence in body:
        assert _LOWERCASE_WORD.search(sentence), sentence
        assert len(sentence.split()) >= 3, sentence
        assert not sentence.endswith(("\u2026", "...")), sentence
    body_chars = sum(len(sentence) for sentence in body)
    assert body_chars >= 0.7 * sum(s.end - s.start for s in sentences)
    for item in sentences:
        piece = text[item.start : item.end]
        if item.role == "heading":
            assert len(piece.split()) <= 15 and not piece.endswith((".", "!")), piece
