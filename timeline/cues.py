"""Cue words for events: report and denial verbs, hedges, titles, event concepts.

The event finder (:mod:`timeline.events`) reads these tables; nothing language-specific
about events lives in its code. Keys are lower case.
"""

from __future__ import annotations

from typing import Final

#: Verbs that attribute a statement to a source: "Peskov said", "the Post reported".
REPORT_VERBS: Final[frozenset[str]] = frozenset(
    """said say says stated states told tells added adds noted notes claimed claims
    insisted insists asserted asserts announced announces confirmed confirms reported
    reports wrote writes explained explains argued argues warned warns indicated indicates
    revealed reveals acknowledged acknowledges emphasized emphasised emphasizes
    reiterated reiterates suggested suggests""".split()
)

#: Words that, right after a sentence's first word, show that it names someone: a report
#: verb ("Reuters reported") or an attribution ("Doe, according to police, fled").
NAME_SIGNALS: Final[frozenset[str]] = REPORT_VERBS | {"according"}

#: Report verbs that may come before their subject: "..., said Peskov".
INVERTING_REPORT_VERBS: Final[frozenset[str]] = frozenset(
    {"said", "says", "told", "added", "wrote"}
)

#: Phrases that open an attribution whose source follows: "according to the Washington Post".
SOURCE_OPENERS: Final[tuple[str, ...]] = (
    "according to a report by", "according to an initial report by", "according to reports by",
    "according to", "as reported by", "reported by", "citing", "in response to",
)  # fmt: skip

#: Unnamed sources: a sentence citing them is attributed to "unnamed sources".
UNNAMED_SOURCES: Final[tuple[str, ...]] = (
    "sources familiar", "unidentified sources", "sources said", "sources say",
    "sources revealing", "sources indicate", "sources stated", "sources suggesting",
    "sources close to", "people familiar", "officials said", "anonymous sources",
    "condition of anonymity",
)  # fmt: skip

#: Words that deny what another source reports. A sentence with one is a denial.
DENIAL_CUES: Final[tuple[str, ...]] = (
    "denied", "denies", "deny", "denying", "denial", "refuted", "refutes", "refute",
    "rejected the report", "rejected reports", "dismissed", "dismisses", "pure fiction",
    "completely untrue", "untrue", "false information", "fake news", "no such",
    "did not take place", "never happened", "never took place", "there was no",
    "there were no", "did not happen", "has not occurred", "no truth",
)  # fmt: skip

#: Words that mark a claim as reported, alleged or unconfirmed.
HEDGE_CUES: Final[tuple[str, ...]] = (
    "reportedly", "allegedly", "alleged", "according to", "purportedly", "reports that",
    "reported that", "is said to", "are said to", "was said to", "said to have", "if true",
    "unconfirmed", "claims of", "claimed that", "rumored", "rumoured", "first reported",
    "reports of", "also reported", "sources",
)  # fmt: skip

#: Words that mark a claim as reported only in a sentence that names its source: "the Post
#: reported, citing officials", but not "she resigned, citing health reasons".
ATTRIBUTED_HEDGE_CUES: Final[tuple[str, ...]] = ("citing",)

#: Words that say a claim was withdrawn or amended.
RETRACTION_CUES: Final[tuple[str, ...]] = (
    "retracted", "retraction", "withdrew the report", "withdrew its report",
)  # fmt: skip
CORRECTION_CUES: Final[tuple[str, ...]] = (
    "correction:", "corrected", "an earlier version of this", "this article has been updated",
    "was misidentified", "incorrectly reported", "incorrectly stated",
)  # fmt: skip

#: Modal words that make a clause hypothetical rather than a report of an event. "would"
#: is not one: it reports a plan in indirect speech ("said he would visit Kyiv").
HYPOTHETICAL_CUES: Final[frozenset[str]] = frozenset(
    {"could", "might", "may", "if", "should", "potentially", "possibly"}
)

#: Verbs that carry no event of their own; the event noun after them names it
#: ("held a phone call", "engaged in talks").
LIGHT_VERBS: Final[frozenset[str]] = frozenset(
    """held hold holds had have has engaged engage conducted conduct made make""".split()
)
#: Verbs that say an event happened; the event noun before them names it ("the call took
#: place"). Those in :data:`PLACE_VERBS` count only with :data:`PLACE_WORD` after them.
HAPPEN_VERBS: Final[frozenset[str]] = frozenset(
    """took taken take takes occurred occur occurs happened happen happens""".split()
)
#: Happen verbs that say so only before "place": "the call took place", not "took a call".
PLACE_VERBS: Final[frozenset[str]] = frozenset("""took taken take takes""".split())
PLACE_WORD: Final = "place"
#: Words that may stand between a light verb and its event noun.
LIGHT_FILLERS: Final[frozenset[str]] = frozenset(
    """a an the in into its his her their phone brief short long first second lengthy
    telephone video private public direct""".split()
)

#: Prepositions: a name right after one is an object or a place, never a speaker.
PREPOSITIONS: Final[frozenset[str]] = frozenset(
    """in on at by for from with to of about against into onto over under between among
    across through during after before since until near toward towards""".split()
)

#: Event words (verbs and nouns) mapped to a shared concept, so that "called", "phone call",
#: "spoke" and "conversation" name the same kind of event.
EVENT_CONCEPTS: Final[dict[str, str]] = {
    **dict.fromkeys(
        """call calls called calling phone phoned conversation conversations spoke speak
        speaks talk talks talked discussion discussions discussed discuss dialogue contact
        contacted outreach conversed chat spoken""".split(),
        "contact",
    ),
    **dict.fromkeys("meet meets met meeting meetings summit summits".split(), "meet"),
    **dict.fromkeys(
        """attack attacks attacked strike strikes struck bombed bombing shelled shelling
        assault offensive raid raids invaded invasion""".split(),
        "attack",
    ),
    **dict.fromkeys("visit visits visited trip".split(), "visit"),
    **dict.fromkeys("elected election won victory win wins vote voted".split(), "election"),
    **dict.fromkeys("signed sign signs signing agreement deal treaty".split(), "agree"),
    **dict.fromkeys(
        """congratulated congratulate congratulation congratulations congratulates""".split(),
        "congratulate",
    ),
    **dict.fromkeys("killed kill kills died dead deaths death".split(), "die"),
    **dict.fromkeys("arrested arrest arrests detained detention".split(), "arrest"),
    **dict.fromkeys("resigned resign resigns resignation stepped".split(), "resign"),
    **dict.fromkeys("announced announce announces announcement".split(), "announce"),
    **dict.fromkeys("launched launch launches".split(), "launch"),
    **dict.fromkeys("warned warn warns warning".split(), "warn"),
    **dict.fromkeys("sworn inaugurated inauguration office".split(), "take-office"),
    **dict.fromkeys("denied deny denies denial dismissed refuted".split(), "deny"),
}

#: Event words that name another kind of event before these words: "called for" is a
#: demand, not a phone call.
CONCEPT_BLOCKERS: Final[dict[str, frozenset[str]]] = {
    **dict.fromkeys(("call", "calls", "called", "calling"), frozenset({"for", "on", "it", "off"})),
    **dict.fromkeys(("strike", "strikes", "struck"), frozenset({"a", "down", "out"})),
}

#: Words just before a denial word that cancel it: "refrained from confirming or denying".
DENIAL_CANCELLERS: Final[frozenset[str]] = frozenset(
    """not never neither nor from without or refused declined confirming confirm""".split()
)

#: Prepositions after which a capitalised name is a place: "the war in Ukraine".
PLACE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    """in across throughout near into inside outside""".split()
)

#: Verbs whose past forms are irregular, mapped to the base used as a predicate key.
IRREGULAR_BASES: Final[dict[str, str]] = {
    "spoke": "speak", "met": "meet", "held": "hold", "took": "take", "told": "tell",
    "said": "say", "made": "make", "gave": "give", "went": "go", "came": "come",
    "won": "win", "lost": "lose", "sent": "send", "left": "leave", "began": "begin",
    "fought": "fight", "struck": "strike", "shot": "shoot", "fled": "flee", "led": "lead",
    "saw": "see", "knew": "know", "thought": "think", "brought": "bring", "sought": "seek",
    "stood": "stand", "wrote": "write", "rose": "rise", "fell": "fall", "ran": "run",
    "became": "become", "withdrew": "withdraw", "spent": "spend", "paid": "pay",
    "sold": "sell", "bought": "buy", "built": "build", "kept": "keep", "drew": "draw",
}  # fmt: skip

#: Titles and roles that precede a name and are not part of it.
TITLES: Final[frozenset[str]] = frozenset(
    """president president-elect vice prime minister foreign defence defense secretary
    spokesperson spokesman spokeswoman press chancellor king queen prince princess pope
    senator sen rep representative governor gov mayor general gen chief director
    ceo chairman chairwoman chair ambassador envoy adviser advisor national security
    communications former outgoing incoming current leader officials official dr mr mrs ms
    minister's president's sir lord lady justice judge commander colonel col captain
    lieutenant sergeant""".split()
)

#: Capitalised words that start sentences or headings but name nobody.
NOT_NAMES: Final[frozenset[str]] = frozenset(
    """the a an in on at by for from with without during after before since until but and
    or yet so however meanwhile although though while when where as if this that these those
    it its his her their our my your we they he she i you there here despite amid among
    following according throughout furthermore moreover also initially simultaneously
    speaking reacting verifying emphasizing declared setting created given having any many
    some both each every such no not what which who whom whose how why under over into
    through between against about across around near beyond within upon once still even
    just only very more most less least other another all several few much lots
    ukrainian russian american european british german french chinese hungarian democratic
    republican western eastern northern southern""".split()
)

#: Words before a name that make it an organisation or a thing, keyed as a whole: people
#: take no article ("the Daily Planet", "the Kremlin", but "Jane Doe").
ORGANISATION_ARTICLES: Final[frozenset[str]] = frozenset({"the"})

#: Words inside a name that make it an organisation or place, keyed as a whole.
ORGANISATION_WORDS: Final[frozenset[str]] = frozenset(
    """post times news journal agency department ministry council committee commission union
    party house office bank fund court congress senate parliament assembly team
    administration government association organization organisation institute university
    club group company corporation inc corp ltd network press reuters nations forces army
    navy command alliance""".split()
)

#: Determiners that make an event noun refer back to an event already told ("the call",
#: "this discussion", "no such conversation").
REFERRING_DETERMINERS: Final[frozenset[str]] = frozenset(
    "the this that these those such its".split()
)

#: Determiners: a past form right after one (adverbs between skipped) is an adjective, "the
#: reported call"; a report verb after one is a noun, "the said report".
DETERMINERS: Final[frozenset[str]] = frozenset(
    "the a an this that these those his her its their our any no such".split()
)

#: Auxiliary verbs: never the event word of a clause.
AUXILIARIES: Final[frozenset[str]] = frozenset(
    "is are was were be been being has have had do does did will would shall".split()
)

#: Words before a base verb that make it a planned event: "will visit".
FUTURE_AUXILIARIES: Final[frozenset[str]] = frozenset({"will"})

#: Words that open a subordinate clause: a time expression across one dates another event,
#: and a modal before one does not make the event after it hypothetical.
#: Words that, after a comma, join two clauses that each report something: "Mexico closed
#: its schools, and the WHO raised its alert". A sentence is cut before them when both sides
#: have a finite verb.
CLAUSE_COORDINATORS: Final[frozenset[str]] = frozenset({"and", "but", "while", "whereas"})
#: How many words after the coordinator the second clause's verb may come.
COORDINATED_VERB_REACH: Final = 6

SUBORDINATORS: Final[frozenset[str]] = frozenset({"that", "which", "whether", "who", "whom"})

#: Possessive endings stripped from a name ("Putin's"), longest first.
POSSESSIVE_SUFFIXES: Final[tuple[str, ...]] = ("’s", "'s", "’", "'")

#: Generational suffixes that key a person by the last two words: "Martin Luther King Jr.".
NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"jr", "sr"})

#: Inflectional endings a crude stemmer cuts, in the order tried, with what replaces each:
#: "voiced", "voices" and "voice" share a key, "denied" keys as "deny".
STEM_SUFFIXES: Final[tuple[tuple[str, str], ...]] = (
    ("ing", ""), ("ied", "y"), ("ed", ""), ("es", ""), ("s", ""),
)  # fmt: skip
#: The ending a stem drops after its suffix is cut ("voice" -> "voic", as "voiced" does).
STEM_SILENT_ENDING: Final = "e"
