"""Tests for timeline.events: sentences of invented articles become event mentions.

Every article here is made up. Its publication date is Thursday 2024-03-14, so "on Tuesday"
is 2024-03-12 and "on Monday" 2024-03-11.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document, load_corpus
from timeline.events import EventMention
from timeline.pipeline import document_mentions

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
THURSDAY = dt.date(2024, 3, 14)
TUESDAY = dt.date(2024, 3, 12)
MONDAY = dt.date(2024, 3, 11)


def mentions_of(text: str, published: dt.date | None = THURSDAY) -> list[EventMention]:
    return document_mentions(Document(id="doc", text=text, published=published))


def only(text: str) -> EventMention:
    """The one mention of ``text`` that is not a denial event."""
    found = [m for m in mentions_of(text) if m.predicate != "deny"]
    assert len(found) == 1, [(m.predicate, m.trigger) for m in found]
    return found[0]


def day_of(mention: EventMention) -> dt.date | None:
    if mention.time is None or mention.time.interval is None:
        return None
    start, end = mention.time.interval
    assert start == end
    return start


# --- predicate concepts and participants -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Prime Minister Jane Doe called President Omar Haddad on Tuesday.", id="called"
        ),
        pytest.param("Jane Doe phoned Omar Haddad on Tuesday.", id="phoned"),
        pytest.param("Jane Doe spoke with Omar Haddad on Tuesday.", id="spoke"),
        pytest.param("Jane Doe held a phone call with Omar Haddad on Tuesday.", id="held-call"),
        pytest.param(
            "Jane Doe had a lengthy conversation with Omar Haddad on Tuesday.", id="conversation"
        ),
        pytest.param("Jane Doe and Omar Haddad talked by telephone on Tuesday.", id="talked"),
        pytest.param(
            "The call between Jane Doe and Omar Haddad took place on Tuesday.", id="took-place"
        ),
    ],
)
def test_phrasings_of_a_call_are_one_contact_concept(sentence: str) -> None:
    mention = only(sentence)
    assert mention.predicate == "contact"
    assert mention.participants == ("doe", "haddad")
    assert day_of(mention) == TUESDAY
    assert mention.status == "asserted"


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        pytest.param("Jane Doe met Omar Haddad in Geneva on Tuesday.", "meet", id="met"),
        pytest.param("Jane Doe and Omar Haddad held a summit on Tuesday.", "meet", id="summit"),
        pytest.param("Jane Doe visited Omar Haddad on Tuesday.", "visit", id="visited"),
        pytest.param("Jane Doe signed a treaty with Omar Haddad on Tuesday.", "agree", id="signed"),
        pytest.param("Jane Doe resigned on Tuesday.", "resign", id="resigned"),
    ],
)
def test_event_words_map_to_their_concept(sentence: str, predicate: str) -> None:
    mention = only(sentence)
    assert mention.predicate == predicate
    assert day_of(mention) == TUESDAY


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        pytest.param(
            "Prime Minister Jane Doe met President Omar Haddad on Tuesday.",
            ("doe", "haddad"),
            id="titles-stripped",
        ),
        pytest.param(
            "Foreign Minister Lena Ortiz met Senator Paul Grant on Tuesday.",
            ("grant", "ortiz"),
            id="two-word-titles",
        ),
        pytest.param(
            "Jane Doe met editors of the Daily Planet on Tuesday.",
            ("daily planet", "doe"),
            id="organisation-after-the",
        ),
        pytest.param(
            "Jane Doe met officials of the Interior Ministry on Tuesday.",
            ("doe", "interior ministry"),
            id="organisation-word",
        ),
    ],
)
def test_participants_are_keyed_by_surname_or_whole_organisation(
    sentence: str, keys: tuple[str, ...]
) -> None:
    assert only(sentence).participants == keys


def test_a_name_opening_the_sentence_keeps_its_first_name() -> None:
    text = "Karl Brandt denied that Jane Doe had called Omar Haddad."
    assert {m.source for m in mentions_of(text)} == {"Karl Brandt"}


# --- sources ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, according to the Daily Planet.",
            "Daily Planet",
            id="according-to",
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, Karl Brandt said.", "Karl Brandt", id="x-said"
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, said Karl Brandt.", "Karl Brandt", id="said-x"
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, said Karl Brandt, a government spokesman.",
            "Karl Brandt",
            id="said-x-apposition",
        ),
        pytest.param(
            "Karl Brandt said Jane Doe met Omar Haddad on Tuesday.", "Karl Brandt", id="x-said-that"
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, the newspaper reported, citing Karl Brandt.",
            "Karl Brandt",
            id="citing",
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, people familiar with the talks said.",
            "unnamed sources",
            id="unnamed",
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, the Daily Planet reported, citing a diplomat.",
            "Daily Planet",
            id="citing-no-name",
        ),
        pytest.param("Jane Doe met Omar Haddad on Tuesday.", None, id="none"),
    ],
)
def test_source_attribution(sentence: str, source: str | None) -> None:
    mention = only(sentence)
    assert mention.source == source
    assert mention.participants == ("doe", "haddad")
    assert day_of(mention) == TUESDAY


# --- status ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        pytest.param("Jane Doe met Omar Haddad on Tuesday.", "asserted", id="asserted"),
        pytest.param(
            "Jane Doe reportedly met Omar Haddad on Tuesday.", "reported", id="reportedly"
        ),
        pytest.param(
            "Jane Doe allegedly phoned Omar Haddad on Tuesday.", "reported", id="allegedly"
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, according to the Daily Planet.",
            "reported",
            id="according-to",
        ),
        pytest.param("Jane Doe will meet Omar Haddad on Friday.", "planned", id="will"),
        pytest.param(
            "Jane Doe was due to meet Omar Haddad on Friday.", "planned", id="plan-told-in-past"
        ),
        pytest.param(
            "Karl Brandt denied that Jane Doe met Omar Haddad on Tuesday.", "denied", id="denied"
        ),
    ],
)
def test_status(sentence: str, status: str) -> None:
    mention = only(sentence)
    assert mention.status == status
    assert mention.participants == ("doe", "haddad")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        pytest.param(
            "Jane Doe resigned on Tuesday, citing health reasons.", "asserted", id="a-reason"
        ),
        pytest.param(
            "Jane Doe resigned on Tuesday, the Daily Planet said, citing a colleague.",
            "reported",
            id="a-source",
        ),
    ],
)
def test_citing_hedges_only_an_attributed_claim(sentence: str, status: str) -> None:
    assert only(sentence).status == status


def test_a_planned_event_is_dated_forward() -> None:
    mention = only("Jane Doe will meet Omar Haddad on Friday.")
    assert day_of(mention) == dt.date(2024, 3, 15)


# --- the governing time expression -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday after arriving in Geneva on Monday.",
            TUESDAY,
            id="nearest-wins",
        ),
        pytest.param(
            "Jane Doe said on Wednesday that she met Omar Haddad on Monday.",
            MONDAY,
            id="inside-the-that-clause",
        ),
        pytest.param(
            "Jane Doe told reporters on Wednesday that she met Omar Haddad.",
            None,
            id="not-across-that",
        ),
        pytest.param(
            "Jane Doe met Omar Haddad in Geneva; the talks had begun on Monday.",
            None,
            id="not-across-semicolon",
        ),
        pytest.param(
            "Jane Doe met Omar Haddad, Karl Brandt said on Wednesday.",
            None,
            id="date-of-the-saying",
        ),
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, Karl Brandt said.", TUESDAY, id="before-comma"
        ),
    ],
)
def test_governing_time(sentence: str, expected: dt.date | None) -> None:
    meetings = [m for m in mentions_of(sentence) if m.predicate == "meet"]
    assert len(meetings) == 1
    assert day_of(meetings[0]) == expected


def test_each_clause_of_a_sentence_has_its_own_date() -> None:
    text = "Jane Doe met Omar Haddad on Monday; Lena Ortiz visited Paul Grant on Tuesday."
    dates = {m.predicate: day_of(m) for m in mentions_of(text)}
    assert dates == {"meet": MONDAY, "visit": TUESDAY}


@pytest.mark.parametrize("coordinator", ["and", "but", "while"])
def test_coordinated_clauses_each_report_their_own_event(coordinator: str) -> None:
    text = (
        f"Jane Doe met Omar Haddad on Monday, {coordinator} Lena Ortiz visited Paul Grant "
        "on Tuesday."
    )
    found = {m.predicate: (day_of(m), m.participants) for m in mentions_of(text)}
    assert found == {"meet": (MONDAY, ("doe", "haddad")), "visit": (TUESDAY, ("grant", "ortiz"))}
    for mention in mentions_of(text):
        assert mention.text == text  # the whole sentence stays the provenance


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe met Omar Haddad, Lena Ortiz and Paul Grant on Monday.",
        "Jane Doe met Omar Haddad on Monday, and then in Geneva.",
        "On Monday, Jane Doe, the newly elected prime minister, and Omar Haddad met in Rome.",
    ],
)
def test_a_list_after_a_comma_is_not_a_second_clause(sentence: str) -> None:
    (mention,) = mentions_of(sentence)
    assert mention.predicate == "meet" and day_of(mention) == MONDAY


def test_an_acronym_is_a_participant_even_when_it_is_also_a_common_word() -> None:
    (mention,) = mentions_of("On Monday, the WHO raised its alert level.")
    assert mention.participants == ("who",)


@pytest.mark.parametrize(
    "sentence",
    ["Pope Leo crowned Charlemagne in AD 800.", "Pope Leo crowned Charlemagne in 800 A.D."],
)
def test_an_era_is_no_participant(sentence: str) -> None:
    (mention,) = mentions_of(sentence)
    assert mention.participants == ("charlemagne", "leo")


# --- denials ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "predicate", "denier"),
    [
        pytest.param(
            "Government spokesman Karl Brandt denied that Jane Doe had called Omar Haddad.",
            "contact",
            "Karl Brandt",
            id="denied-that",
        ),
        pytest.param(
            "Karl Brandt dismissed reports of a call between Jane Doe and Omar Haddad "
            "as pure fiction.",
            "contact",
            "Karl Brandt",
            id="pure-fiction",
        ),
        pytest.param(
            "There was no meeting between Jane Doe and Omar Haddad, Karl Brandt said.",
            "meet",
            "Karl Brandt",
            id="there-was-no",
        ),
    ],
)
def test_a_denial_yields_the_denied_proposition_and_the_denial(
    sentence: str, predicate: str, denier: str
) -> None:
    found = mentions_of(sentence)
    denied = [m for m in found if m.status == "denied"]
    assert [(m.predicate, m.participants, m.source) for m in denied] == [
        (predicate, ("doe", "haddad"), denier)
    ]
    denials = [m for m in found if m.predicate == "deny"]
    assert len(denials) == 1
    assert denials[0].status == "asserted"
    assert denials[0].source == denier
    assert {"doe", "haddad"} <= set(denials[0].participants)


def test_the_date_of_a_denial_is_not_the_date_of_what_it_denies() -> None:
    text = "On Wednesday, Karl Brandt denied that Jane Doe had called Omar Haddad on Tuesday."
    found = {m.predicate: m for m in mentions_of(text)}
    assert found["contact"].status == "denied"
    assert day_of(found["contact"]) == TUESDAY
    assert day_of(found["deny"]) == dt.date(2024, 3, 13)


def test_a_denial_without_an_event_word_is_still_an_event() -> None:
    found = mentions_of("On Wednesday, Karl Brandt dismissed the report as pure fiction.")
    assert [(m.predicate, m.status, m.source) for m in found] == [
        ("deny", "asserted", "Karl Brandt")
    ]
    assert day_of(found[0]) == dt.date(2024, 3, 13)


def test_refraining_from_confirming_or_denying_is_no_denial() -> None:
    text = (
        "The ministry refrained from confirming or denying that Jane Doe met Omar Haddad "
        "on Tuesday."
    )
    found = mentions_of(text)
    assert found
    assert all(m.status != "denied" and m.predicate != "deny" for m in found)


# --- what is not an event --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Jane Doe called for a ceasefire on Tuesday.", id="called-for"),
        pytest.param("Jane Doe called on Omar Haddad to resign on Tuesday.", id="called-on"),
        pytest.param("Jane Doe called off the trip on Tuesday.", id="called-off"),
    ],
)
def test_calling_for_something_is_not_a_phone_call(sentence: str) -> None:
    assert all(m.predicate != "contact" for m in mentions_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "The deal could lead to a meeting between Jane Doe and Omar Haddad next month.",
            id="could-lead-to",
        ),
        pytest.param("If Jane Doe meets Omar Haddad on Friday, the talks will resume.", id="if"),
        pytest.param("Jane Doe might travel to Geneva to meet Omar Haddad next week.", id="might"),
        pytest.param(
            "Analysts say the crisis may possibly prompt a summit of Jane Doe and Omar Haddad.",
            id="may-possibly",
        ),
    ],
)
def test_hypothetical_clauses_yield_nothing(sentence: str) -> None:
    assert mentions_of(sentence) == []


@pytest.mark.parametrize("month_first", [True, False])
def test_the_month_may_is_no_modal(month_first: bool) -> None:
    date = "May 29, 1453" if month_first else "29 May 1453"
    mention = only(f"On {date} the Ottoman army captured Constantinople.")
    assert mention.trigger == "captured"
    assert mention.time is not None and mention.time.value == "1453-05-29"


def test_a_modal_in_another_clause_does_not_make_the_event_hypothetical() -> None:
    mention = only("Jane Doe, who could not be reached, met Omar Haddad on Tuesday.")
    assert mention.predicate == "meet"
    assert day_of(mention) == TUESDAY


ARTICLE_WITH_FURNITURE = """Doe Meets Haddad On Tuesday In Geneva

By Sarah Lin

Prime Minister Jane Doe met President Omar Haddad in Geneva on Tuesday.
Share this article
Read more: Doe visited Paris on Friday
Leave a comment
"""


def test_headings_and_page_furniture_yield_nothing() -> None:
    found = mentions_of(ARTICLE_WITH_FURNITURE)
    body = ARTICLE_WITH_FURNITURE.index("Prime Minister")
    assert [(m.predicate, m.start) for m in found] == [("meet", body)]


# --- quotations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "Jane Doe said: “We talked about the border. We also discussed the dam on Monday.”",
            id="open-quotation-goes-on",
        ),
        pytest.param(
            "“We talked about the border,” Jane Doe said. “We also discussed the dam on Monday.”",
            id="next-quotation",
        ),
        pytest.param(
            'Jane Doe said: "We talked about the border. We also discussed the dam on Monday."',
            id="straight-quotes",
        ),
    ],
)
def test_a_quotation_that_goes_on_keeps_its_speaker(paragraph: str) -> None:
    text = "Jane Doe met Omar Haddad in Geneva on Tuesday.\n" + paragraph + "\n"
    dam = [m for m in mentions_of(text) if "dam" in m.text]
    assert len(dam) == 1
    assert dam[0].source == "Jane Doe"
    assert day_of(dam[0]) == MONDAY


def test_a_speaker_does_not_carry_over_to_the_next_paragraph() -> None:
    text = (
        "“We talked about the border,” Jane Doe said.\n"
        "“The talks with Omar Haddad ended on Monday.”\n"
    )
    ended = [m for m in mentions_of(text) if "ended" in m.text]
    assert len(ended) == 1
    assert ended[0].source is None


# --- provenance ------------------------------------------------------------------------------

SENTENCES = (
    "Prime Minister Jane Doe called President Omar Haddad on Tuesday.",
    "Karl Brandt denied that Jane Doe had called Omar Haddad.",
    "Jane Doe will visit Paris on Friday, according to the Daily Planet.",
    "“We discussed the dam on Monday,” Omar Haddad said.",
    "The talks ended on March 12; the ministers left Geneva.",
    "Lena Ortiz reportedly met Paul Grant in Rome last week.",
)


def assert_provenance(document: Document, mentions: list[EventMention]) -> None:
    for mention in mentions:
        assert document.text[mention.start : mention.end] == mention.text
        assert mention.doc_id == document.id
        if mention.time is not None:
            assert document.text[mention.time.start : mention.time.end] == mention.time.text
            assert mention.start <= mention.time.start <= mention.time.end <= mention.end


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(SENTENCES), st.sampled_from([" ", "\n", "\n\n", "\r\n", "\n  \t"])
        ),
        min_size=1,
        max_size=6,
    ),
    st.text(alphabet=" \n", max_size=3),
)
def test_mention_offsets_slice_the_document(parts: list[tuple[str, str]], lead: str) -> None:
    text = lead + "".join(sentence + gap for sentence, gap in parts)
    document = Document(id="doc", text=text, published=THURSDAY)
    found = document_mentions(document)
    assert found
    assert_provenance(document, found)


def test_seed_mentions_slice_their_documents() -> None:
    for document in load_corpus(SEEDS):
        found = document_mentions(document)
        assert found
        assert_provenance(document, found)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        pytest.param(
            "Jane Doe met Omar Haddad on Tuesday, the Daily Planet said.", "reported", id="said"
        ),
        pytest.param(
            "On Tuesday, Jane Doe warned that Omar Haddad was wrong.", "asserted", id="own-words"
        ),
    ],
)
def test_a_claim_in_a_sources_mouth_is_reported_but_the_sources_own_act_is_asserted(
    sentence: str, status: str
) -> None:
    document = Document(id="d", text=sentence, published=dt.date(2024, 3, 14))
    found = document_mentions(document)
    assert found and found[0].status == status
