"""The default extractor: English news claims read off a spaCy dependency parse.

A source is cut into sentences (news conventions: datelines, abbreviations, a bound on length),
every sentence is parsed by the English pipeline (:mod:`claimcheck.extract._nlp`, batched with
``nlp.pipe``), and claims are built from the tree, one construction at a time:

- **clauses**: a verb with its roles from the dependency labels: the subject (``nsubj``), the
  patient of a passive (``nsubjpass``) with its agent (``by`` ...), the object (``dobj``,
  ``attr``, or the object of the preposition the lexicon names); coordinated verbs share their
  subject, relative and participial clauses take the noun they modify;
- **predicates**: the lexicon (``claimcheck/data/predicates.yaml``) names the canonical ones;
  every other verb with an argument is an open claim ``open:<lemma>`` (the parser's lemma);
- **nominalisations** of lexicon predicates: ``X's recognition of Y``, ``the arrest of Y by X``;
- **polarity**: ``not``/``never``/``no``, and reported content under ``deny``/``reject
  claims that``; **modality**: reported (a speech verb's clausal complement, a quote with its
  trailer, ``according to X``, with the speaker as ``attributed_to``) or hedged;
- **counts**: a number with the noun it counts (``nummod``), its modifiers (``at least``,
  ``more than``), and never a clock time or a year;
- **ordinals** (``the third country, after A and B, to recognise``) and **anaphora** (``made
  the same move``, ``followed suit``) that take the predicate of the event they refer to.

Names are resolved through the document's mentions (gazetteer names, capitals and organs as
states, acronyms, short forms: :mod:`claimcheck.extract._mentions`); a noun phrase with no
mention is a description (``fire``, ``death toll``). Evidence is the whole sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import attrs

from claimcheck._build import evolve
from claimcheck.extract._figures import (
    APPROXIMATORS,
    ATTITUDES,
    CURRENCIES,
    EVENT_NOUNS,
    EVENT_VERBS,
    LASTING,
    LEVELS,
    PASSING,
    REMAINS,
    STOPPAGES,
    TALLY_NOUNS,
    TIME_ZONES,
    VALUE_RANGES,
    Figure,
    Measurement,
    act_latest,
    bare_participle,
    change_noun,
    change_verb,
    compound_kinds,
    converted,
    directed,
    earlier_year,
    figure_of,
    injury_condition,
    is_clock,
    level_of,
    measured_denial,
    measurements,
    money_code,
    move_noun,
    moved_to,
    of_object,
    part_in,
    passive_state,
    prep_object,
    sought,
    spanned,
    unit_words,
    up_to,
    vote_side,
)
from claimcheck.extract._mentions import (
    _COMPASS,
    PARTY_NOUNS,
    Mention,
    describing_opener,
    find_document_mentions,
    given_names,
)
from claimcheck.extract._nlp import load_pipeline, resolve_model
from claimcheck.extract._roles import office_claims
from claimcheck.extract._sentences import split_sentences
from claimcheck.model import Claim, Modality, Quantity, Source, Span, TimeRange
from claimcheck.normalise._entities import AFFILIATIONS, ORG_WORDS
from claimcheck.normalise._fold import fold
from claimcheck.normalise._gazetteer import gazetteer, token_words
from claimcheck.normalise._measures import (
    INVARIANT_PLURALS,
    MeasureSpec,
    MeasureTable,
    description,
    plural,
    singular,
)
from claimcheck.normalise._numbers import (
    FRACTION_WORDS,
    SHORT_SCALES,
    VAGUE,
    find_quantities,
    ordinal_value,
    word_number,
)
from claimcheck.normalise._predicates import (
    PERSON_OBJECT,
    Lexicon,
    PredicateMatch,
    PredicateSpec,
    default_lexicon,
    inflect,
)
from claimcheck.normalise._time import WEEKDAYS, find_times

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ParseExtractor"]

# -- dependency labels, named once --------------------------------------------------------------
_SUBJ = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
_OBJ = frozenset({"dobj", "attr", "oprd", "dative"})
# Punctuation that joins a clause to the one before it, never part of the clause.
_CLAUSE_JOINS = frozenset({",", ";", ":", "-", "–", "—"})
# Words that open a clause whose content they take as true: a clause quoted alone reads without
# them ("told reporters that at least 280 bodies were recovered", "after a train derailed").
# Not "if", "unless", "before": what they open may not have happened; "when", "as" and "once"
# only before a clause in a past tense (_PAST_MARKS).
_FACTIVE_MARKS = frozenset(
    {"that", "after", "because", "since", "while", "whilst", "although", "though", "whereas"}
)
# Words that join a clause of its time: what they join happened when its verb is past.
_PAST_MARKS = frozenset({"when", "as", "once"})
_CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "pcomp", "parataxis"}
)
_CONTENT_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
_NOUN_POS = frozenset({"NOUN", "PROPN", "NUM"})

# -- lexical classes (closed sets of English function and framing words) -------------------------
_SPEECH = frozenset(
    {
        "say", "tell", "announce", "state", "report", "claim", "add", "insist", "warn", "note",
        "declare", "confirm", "write", "allege", "argue", "stress", "explain", "acknowledge",
        "admit", "maintain", "tweet", "post", "reiterate", "assert", "estimate",
    }
)  # fmt: skip
_DENIAL = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
# Verbs of a speaker holding back what is asked: "declined to give details", "would not
# elaborate".
_WITHHOLDING = frozenset(
    {"decline", "refuse", "elaborate", "comment", "give", "provide", "offer", "specify",
     "disclose", "identify", "name", "reveal"}
)  # fmt: skip
# Verbs of a speaker's commitment, said of the speaker ("... and vowed to retaliate").
_VOWS = frozenset({"vow", "pledge", "promise", "threaten", "swear"})
# What a speaker does as a speaker: says, vows, denies, holds back.
_SPEAKERS_OWN = _SPEECH | _VOWS | _DENIAL | _WITHHOLDING
# Verbs by which a speaker says what something is: "called the strike unjustified",
# "described the attack as cowardly".
_CHARACTERISING = frozenset({"call", "describe", "label", "brand", "dub", "term"})
# Verbs that give the occasion of a statement in a participle before it: "Speaking to reporters,
# the minister said ...", "Addressing parliament, ...": how it was said, not a claim of its own.
_OCCASIONS = frozenset(
    {"speak", "talk", "address", "reply", "respond", "answer", "comment", "react", "brief",
     "testify", "appear"}
)  # fmt: skip
# Verbs of saying whose passive subject is the one spoken to: "residents were warned".
_ADDRESSED = frozenset({"tell", "warn"})
# "P was false": what a claim is called when it is denied.
_FALSE = frozenset(
    {"false", "untrue", "incorrect", "wrong", "baseless", "groundless", "fabricated", "fake"}
)
# Nouns of bodies that speak and act as one, besides the organisation words of names
# ("Ministry", "Party"): "the opposition said it would challenge the result".
_BODY_NOUNS = frozenset(
    {"opposition", "regulator", "watchdog", "junta", "regime", "prosecution", "operator",
     "manufacturer", "carrier", "airline", "insurer", "lender", "retailer", "utility", "firm",
     "militia", "broadcaster"}
)  # fmt: skip
_CLAIM_NOUNS = frozenset(
    {"report", "claim", "allegation", "suggestion", "rumour", "rumor", "accusation", "speculation"}
)
_HEDGE_ADVERBS = frozenset(
    {"reportedly", "allegedly", "purportedly", "apparently", "possibly", "probably", "likely"}
)
_HEDGE_AUX = frozenset({"may", "might", "could"})
# Auxiliaries of what is foretold or supposed: "would hurt", "will hurt", "could hurt".
_FORETELLING = _HEDGE_AUX | {"would", "will", "shall", "'ll", "'d"}
# Verbs of injury that, foretold and uncounted, mean harm of another kind: "the tariffs will
# hurt farmers", "the budget would hurt the poorest families".
_HARMED_IN_WORDS = frozenset({"hurt"})
_HEDGE_FRAMES = frozenset(
    {"believe", "think", "understand", "fear", "expect", "suspect", "hope", "predict", "assume",
     "presume"}
)  # fmt: skip
# What is scheduled, not yet done, as a forecast is: "the minister is due to visit the area",
# "is scheduled to meet", "is set to announce" (hedged, as "is expected to" is).
_SCHEDULED = frozenset({"due", "schedule", "slate", "set"})
# Verbs whose passive lends its subject to the infinitive after it: "the driver is said to be in
# critical condition", "four miners are believed to have died" (the driver is in that
# condition, four died, as the source hedges it).
_RAISING = _HEDGE_FRAMES | (_SCHEDULED - {"due"}) | {
    "say", "report", "allege", "rumour", "rumor", "know", "estimate", "presume", "suppose",
    "consider", "confirm",
}  # fmt: skip
# Of those, the ones that pass on what others say: "is said to", "is reported to" hedge.
_HEARSAY = frozenset({"say", "report", "allege", "rumour", "rumor"})
# Verbs that carry no claim of their own, whatever their arguments.
_LIGHT = frozenset({"do", "seem", "appear", "let"})
_COPULAS = frozenset({"be", "become", "remain"})
# Prepositions that place a clause in time or give a reason: they never open its object.
_NOT_OBJECT_PREPS = frozenset(
    {"of", "since", "during", "until", "despite", "after", "before", "amid", "because"}
)  # fmt: skip
# Words that open a clause of time, which the parser may read as a preposition with the
# clause's subject for its object ("since a quake in 1999 killed 2,400").
_SUBORDINATING = frozenset({"since", "after", "before", "until", "till"})
# The tags of a verb that has a tense of its own (a clause's, not a participle's).
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Verbs whose infinitive complement is wanted, asked for or planned, not done ("urged X to
# recognise"); and those that say it was not done ("refused to resign").
_UNREALISED = frozenset(
    {
        "urge", "ask", "call", "appeal", "press", "want", "plan", "threaten", "vow", "promise",
        "hope", "seek", "intend", "aim", "try", "attempt", "propose", "demand", "wish", "push",
        "encourage", "invite", "prepare", "consider", "offer", "design", "mean",
    }
)  # fmt: skip
# Verbs of telling someone what to do: "police warned residents to stay indoors" (what they are
# told to do is not done); their clauses with "that" are reports ("told reporters that ...").
_ORDERS = frozenset({"warn", "advise", "instruct", "tell", "request"})
# Verbs of an effort whose success is not said: "tugboats were working to free the vessel",
# "battled to contain the blaze" (what they worked at is told in its own words)
_EFFORTS = frozenset({"work", "struggle", "strive", "race", "scramble", "battle", "fight"})
_REFUSED = frozenset({"refuse", "decline", "fail", "reject"})
# Verbs by which a subject says it will do an act itself ("plans to appeal", "vowed to
# resign"): the act, told as what would happen.
_INTENDING = frozenset({"plan", "intend", "vow", "pledge", "promise"})
# Verbs that announce what their subject will do ("plans to cut 1,500 jobs").
_PLANS = frozenset({"plan", "intend", "aim", "propose", "prepare"})
# Events the subject itself undergoes ("the ferry sank", "Jo Bloggs died"): said of a named or
# definite thing, the verb alone is the news.
_UNDERGONE = frozenset(
    {"die", "sink", "capsize", "collapse", "explode", "derail", "overturn", "drown", "crash",
     "erupt", "survive", "burst", "succumb", "perish"}
)  # fmt: skip
# "were able to reach the village" says they reached it; "unable to" that they did not.
# Adjectives after a copula whose infinitive's subject is the copula's: "rescuers were unable
# to reach the village", "the minister is due to visit the area".
_ABLE = frozenset({"able", "unable", "due"})
# What a purchase or merger is done in: "in a deal worth $4.2 billion".
_DEALS = frozenset(
    {"deal", "transaction", "agreement", "takeover", "acquisition", "merger", "purchase",
     "buyout", "sale"}
)  # fmt: skip
# Verbs that give a figure of their object ("the commission put turnout at 58%", "analysts
# estimated the cost at $2 billion"): the object has the value, as their subject says it (but
# "the bank set its rate at 4.5%" is an act of the bank's).
_VALUING = frozenset({"put", "place", "estimate", "calculate", "assess"})
# Marks of a clause set against another: "..., while police put the crowd at 45,000".
_CONTRASTING = frozenset({"while", "whereas", "whilst"})
# Verbs of money given or set aside for a purpose: what follows "for" is the purpose.
_FUNDING = frozenset(
    {"pledge", "promise", "donate", "give", "provide", "allocate", "earmark", "approve",
     "budget", "raise", "seek", "request", "ask", "fine", "award", "grant", "lend", "loan",
     "invest", "spend", "release", "contribute", "commit", "set"}
)  # fmt: skip
# Spans of time a result is reported for: "a profit of $1.2 billion for the second quarter".
_REPORT_SPANS = frozenset({"quarter", "year", "half", "month", "week", "period", "season", "day"})
# How badly: "no one was seriously injured" denies only the worst.
_DEGREES = frozenset({"seriously", "critically", "badly", "severely", "gravely", "significantly"})
# Nouns that refer to a figure the sentence gives: "police put the number at 15,000".
_REFERRING = frozenset({"number", "figure", "total", "count", "estimate", "turnout", "crowd"})
# Where a term is served: "two years of imprisonment" (not "of probation").
_CUSTODY = frozenset({"prison", "jail", "gaol", "imprisonment", "detention", "custody"})
# Determiners by which a phrase refers to what the story told before: "the 21 injured".
_BACK_REFERRING = frozenset({"the", "these", "those"})
# Natural disasters and outbreaks, beside the story events the figures module knows.
_DISASTERS = frozenset({
    "cyclone", "hurricane", "typhoon", "tornado", "tsunami", "avalanche", "wildfire", "drought",
    "heatwave", "epidemic", "outbreak",
})  # fmt: skip
# What "it is the worst ..." may be said of: the story's event, not its speaker.
_EVENTS = EVENT_NOUNS | _DISASTERS | {"eruption", "famine", "mudslide", "bombing", "flooding"}
# Events that the acts counted in them took place in, with the day they give ("killed in the
# strikes on Friday and Saturday").
_DATED_EVENTS = _EVENTS | {
    "strike", "airstrike", "raid", "shelling", "clash", "fighting", "violence", "unrest", "riot",
    "protest", "bombardment", "offensive",
}  # fmt: skip
# Events set for a date ahead, and the verbs that set them: "called an election for May 12",
# "set sentencing for July 11", "the hearing is scheduled for March 3".
_SCHEDULED_EVENTS = frozenset(
    {"election", "referendum", "runoff", "run-off", "summit", "sentencing", "trial", "hearing",
     "inauguration", "funeral", "launch"}
)  # fmt: skip
_SETTING = frozenset({"call", "set", "schedule", "fix", "plan"})
# Modifiers of an event that was: "the last election".
_PAST_EVENTS = frozenset({"last", "previous", "past", "earlier", "recent", "former"})
# Verbs of what is foreseen: an amount in their infinitive is expected, not done.
_FORECASTS = frozenset({"expect", "forecast", "predict", "anticipate", "project"})
# Of those, states of mind rather than acts: "officials hope to reopen the line" is no claim.
_WISHES = frozenset({"want", "hope", "wish", "expect", "consider"})
# Verbs that put something in a class by record or name ("is classified as a systemically
# important bank", "was designated as a terrorist group"): the passive says what it *is*.
# Not opinions ("is seen / regarded as"): those are a speaker's view, a claim of their own.
_CLASSIFYING = frozenset(
    {"classify", "designate", "list", "categorise", "categorize", "class", "know", "register"}
)
_DIRECTIONS = frozenset(
    f"{ns}{ew}" for ns in ("", "north", "south") for ew in ("", "east", "west") if ns or ew
)
_PLACE_NOUNS = frozenset(
    {
        "city", "town", "village", "peninsula", "region", "province", "state", "district",
        "island", "port", "capital", "county", "territory", "municipality", "prefecture",
        "coast",
    }
)  # fmt: skip
_PERSONAL = frozenset(
    {"it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "them"}
)
_RELATIVE = frozenset({"which", "that", "who", "whom", "whose"})
_PLACE_PREPS = frozenset({"in", "near", "at", "outside", "inside", "across", "off"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_OWNER_LABELS = frozenset({"ORG", "GPE", "PERSON", "FAC"})
# Prepositions that open a verb's participant even when it is not a name ("looked into the
# cause", "crashed into the coaches", "fired on protesters").
_RELATIONAL = frozenset({"top", "front", "side", "part", "middle", "behalf", "account", "basis"})
_OBJECT_PREPS = frozenset({"into", "onto", "against", "toward", "towards"})
# Verbs whose use with an object has another sense than without one, by the verb of that sense:
# a court "overturned the ruling" (struck it down), a boat "overturned" (capsized).
_TRANSITIVE_SENSE = {"overturn": "strike_down"}
# Verbs whose sense with a preposition of motion is another than the paraphrase of the bare
# verb: a storm "slammed into the coast" (hit it), a minister "slammed the plan" (criticised).
_MOTION_SENSE = frozenset({"slam"})
# What one spends that is time, not money ("spent 38 days in hospital", "years in prison").
_SPENT_TIME = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
     "time", "while", "life", "career", "childhood", "summer", "winter", "season", "term"}
)  # fmt: skip
# Verbs of one person against another, after which "the 22-year-old" may be either.
_RIVALRY = frozenset(
    {"beat", "defeat", "edge", "overcome", "face", "play", "shoot", "stab", "attack", "kill",
     "hit", "punch", "sue", "accuse", "challenge", "oust", "succeed", "replace", "fire"}
)  # fmt: skip
# The predicate of one side beating another ("beat", "defeated", "edged"), as paraphrased.
_WON_OVER = "open:beat"
# Objects that are the subject itself: "killed himself".
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
# What is won, and may be won by two together: "shared the Nobel Peace Prize", "shared the
# title".
_PRIZES = frozenset({"prize", "award", "medal", "title", "trophy", "crown", "honour", "honor"})
# Verbs of an event their subject undergoes by falling, whose "into" or "onto" says where it
# fell, not on what it acted ("collapsed into the river", "sank into the sea"): the event is
# told without it (a fall of another verb keeps it: "the bus plunged into a gorge").
_FALLING = frozenset({"collapse", "sink"})
# Verbs whose preposition opens what they act on, whatever it is ("called for a ceasefire",
# "clashed with police", "led to the shutdown"): prepositional verbs, by their lemma.
_PREPOSITIONAL_VERBS: dict[str, frozenset[str]] = {
    verb: frozenset(preps.split())
    for verb, preps in {
        "call": "for", "ask": "for", "appeal": "for", "push": "for", "press": "for",
        "lobby": "for", "campaign": "for", "search": "for", "look": "for", "pay": "for",
        "apologise": "for to", "apologize": "for to", "account": "for", "compensate": "for",
        "vote": "for on", "bid": "for", "apply": "for", "clash": "with", "side": "with",
        "deal": "with", "comply": "with", "cooperate": "with", "negotiate": "with",
        "lead": "to", "contribute": "to", "respond": "to", "react": "to", "object": "to",
        "result": "in", "invest": "in", "participate": "in", "rely": "on", "insist": "on",
        "comment": "on", "depend": "on", "suffer": "from", "recover": "from",
        "benefit": "from", "protest": "against", "run": "for", "stand": "for",
        "file": "for", "sift": "through", "dig": "through", "comb": "through",
    }.items()
}  # fmt: skip
# What one stands or runs for as a candidate: "stand for re-election", "ran for mayor".
_CANDIDACIES = frozenset(
    {"election", "re-election", "reelection", "office", "president", "presidency", "mayor",
     "parliament", "seat", "leader", "leadership", "governor", "senate", "congress",
     "nomination", "post", "chair", "chairman", "chairmanship"}
)  # fmt: skip
# Who foresees a result, and how: "analysts had expected revenue of $84.5 billion".
_FORESEEING = frozenset({"expect", "forecast", "estimate", "predict", "project", "see"})
_FORECASTERS = frozenset(
    {"analyst", "analysts", "economist", "economists", "strategist", "strategists", "street",
     "forecaster", "forecasters", "market", "markets", "consensus", "investor", "investors"}
)  # fmt: skip
# A result set against what was expected of it: "beating estimates of $84.5 billion".
_BEATING = frozenset({"beat", "miss", "top", "exceed", "surpass", "trail", "lag"})
_ESTIMATES = frozenset({"estimate", "estimates", "expectation", "expectations", "forecast",
                        "forecasts", "consensus", "projection", "projections"})  # fmt: skip
# What a figure measures of a thing that news also names after "of": "sales of the iPhone",
# "the revenue of Acme" (as "iPhone sales", "Acme's revenue"; "shares of Acme" are read as
# a priced thing's).
_OWNED_MEASURES = frozenset(
    {"sale", "sales", "revenue", "revenues", "profit", "profits", "earnings", "price", "prices",
     "export", "exports", "import", "imports", "output", "production", "delivery",
     "deliveries", "income", "value", "valuation", "turnover"}
)  # fmt: skip
_ANSWER_VERBS = frozenset({"respond", "react", "retaliate", "reply", "hit_back"})
_COUNT_WORDS = frozenset({"dozen", "dozens", "tens", "hundreds", "thousands", "scores", "millions"})
# What strikes or hits without a state or an armed group acting: forces of nature, and
# vehicles on the ground ("the express struck the derailed coaches"). Never an attack.
_NO_ATTACKERS = (EVENT_NOUNS - {"attack", "shooting"}) | _DISASTERS | {
    "lightning", "aftershock", "wave",
    "train", "express", "locomotive", "car", "bus", "coach", "truck", "lorry", "van", "tram",
    "taxi", "vehicle", "motorcycle", "bicycle", "ferry",
    # and at sea: "the tanker struck a reef"
    "ship", "tanker", "vessel", "boat", "freighter", "liner", "yacht", "trawler", "barge",
}  # fmt: skip
# What a ship's name starts with: "the MV Aurora struck a reef" (a merchant vessel, never an
# attacker).
_VESSEL_PREFIXES = frozenset({"mv", "ms", "mt", "ss", "rms", "fv", "m/v"})
# Periods that tell one figure from another of the same name: "monthly inflation" is not the
# inflation a story gives by itself, which is the year's ("annual inflation"). (A quarter's
# figure is the story's: "quarterly profit" is the "second-quarter profit".)
_PERIODS = frozenset({"monthly", "weekly"})
# Words that tell a figure's own measure from the plain one of its noun: "core inflation"
# (without energy and food) is not the inflation rate; nor is "underlying profit" the profit.
_MEASURED_APART = _PERIODS | {"core", "underlying"}
# Mention types of a country or a territory, which report their own figures; and of a place.
_COUNTRIES = frozenset({"country", "territory", "polity"})
_PLACES = _COUNTRIES | {"place"}
# Signs that a number is a share, not a thing: a phrase headed by one names nothing.
_SHARE_SIGNS = frozenset({"%", "percent", "pct"})
# Those who work for a body: "workers at Acme" are its staff (and "jobs at Acme" its jobs),
# not people in a place.
_STAFF = frozenset(
    {"worker", "employee", "staff", "machinist", "member", "miner", "nurse", "doctor",
     "teacher", "pilot", "engineer", "driver", "labourer", "laborer", "mechanic", "workforce",
     "job"}
)  # fmt: skip
# kinds of named things that are no person (a "his" or "her" is never theirs)
_BODY_TYPES = _PLACES | {"organisation"}
# What a candidate's share is of: "52.3% of the vote", "of the ballots cast".
_VOTES = frozenset({"vote", "ballot"})
# Verbs of a vote's passing what it was on: the share it passed "with" is the share for it.
_APPROVING = frozenset({"approve", "ratify", "endorse", "back", "accept", "adopt", "pass",
                        "carry"})  # fmt: skip
# Prepositions of a change beside a clause's own: "after", "following", "led by", "amid".
_BESIDE = frozenset({"after", "following", "by", "amid", "with", "on"})
# Places on a storm's scale (the measures table's).
_SCALES = frozenset({"category", "tornado_rating"})
# Verbs of a storm changing in strength: the place on its scale they bring it to is reached
# ("strengthened into a Category 5", "became a Category 5 hurricane").
_GROWING = frozenset({"strengthen", "intensify", "weaken", "upgrade", "downgrade", "become"})
# Measurements that make their clause a claim when it is none by itself.
_CLAUSE_MEASURES = frozenset(
    {"depth", "magnitude", "category", "tornado_rating", "contained", "duration"}
)
# A market's sessions, in which a price moves: "fell 7% in extended trading".
_SESSIONS = frozenset({"trading", "trade", "session", "dealing", "dealings"})
# What an amount is paid in, not what it is of: "$5 million in bitcoin", "$11.8 billion in cash".
_PAYMENT_FORMS = frozenset(
    {"cash", "bitcoin", "cryptocurrency", "crypto", "stock", "share", "gold", "bond", "kind",
     "instalment", "installment", "coin", "banknote", "note"}
)  # fmt: skip
# Measurements that are all their clause's open claim says ("the blaze was 30% contained").
_CLAUSE_FIGURES = frozenset({"contained"})
# Measurements whose numbers are theirs alone: no count or level of the clause they are in.
_OWN_NUMBERS = frozenset({"votes_for", "votes_against", "contained"})
# The lengths of a speed's unit in words ("kilometres per hour").
_SPEED_LENGTHS = frozenset({"kilometres", "kilometers", "miles", "km"})
# Nouns of a rate set in per cent, with the preposition naming what the rate is on or in: "a
# 20 percent tariff on steel", "tariffs of 25 percent", "a 4.9% stake in Globex".
_RATES = {
    "tariff": "on", "tax": "on", "duty": "on", "levy": "on", "surcharge": "on", "vat": "on",
    "stake": "in",
}  # fmt: skip
# A rise asked for, offered or agreed in a negotiation is a rate one side sets: "demanding a
# 10% pay rise", "offered a rise of 5 percent", "accepted a 7% raise".
_PAY_CHANGES = frozenset({"rise", "raise", "increase", "hike"})
_ASKING = frozenset({"demand", "want", "seek", "ask", "call", "push", "press", "request"})
_OFFERING = frozenset({"offer", "propose", "table"})
_AGREEING = frozenset({"agree", "accept", "win", "secure", "approve", "reject", "refuse"})
# What a rise is included in tells the side: "an offer that included a 25% pay rise" is
# offered, as "offered a 25% rise" is.
_INCLUDING = frozenset({"include", "contain", "feature"})
_TERMS_OFFERED = {"offer": "offered", "proposal": "offered", "bid": "offered",
                  "deal": "agreed", "agreement": "agreed", "settlement": "agreed",
                  "contract": "agreed"}  # fmt: skip
# What a rise in pay is a rise of: "the deal raises wages by 7%".
_PAY_NOUNS = frozenset({"pay", "wage", "wages", "salary", "salaries", "earnings"})
# Verbs of holding: what they count is a load ("a ship carrying 80,000 tonnes of crude").
_HOLDING = frozenset({"carry", "transport", "contain", "load", "haul"})
# Verbs of what a thing has or stands at, not of something done: an amount they give at an
# earlier time is the same figure's earlier value.
_STATES = LEVELS | {
    "have", "hold", "own", "manage", "control", "keep", "rise", "fall", "grow", "increase",
    "decrease", "drop",
}  # fmt: skip
# What strikes when it hits: "a missile hit the market" is an attack on it.
_WEAPONS = frozenset({
    "missile", "rocket", "shell", "drone", "bomb", "airstrike", "projectile", "mortar",
    "grenade", "torpedo", "warhead", "munition", "barrage",
})  # fmt: skip
# What is held about people, counted by whose it is: "the personal data of 4 million
# customers", "the records of 12,000 patients".
_RECORDS = frozenset({
    "data", "datum", "detail", "record", "information", "account", "file", "identity",
    "password", "email", "address", "number",
})  # fmt: skip
# Verbs that move a figure "up to" or "down to" a level: "was revised up to 0.3%".
_REVISING = frozenset({"revise", "mark", "push", "bump", "nudge", "ratchet", "scale", "round"})
# Verbs that declare someone what a noun says: "declared X the winner".
_DECLARING = frozenset({"declare", "name", "proclaim", "pronounce", "confirm", "crown"})
# Verbs that hand a share to someone: "the count gave Jo Bloggs 51.2%".
_SHARING = frozenset({"give", "hand", "award", "grant"})
_PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pct"})
_PERCENT_SIGN = re.compile(r"\s*(?:%|per\s?cent)$", re.IGNORECASE)
# Changes of a rate counted in points ("by 0.25 percentage points", "by 50 basis points").
_POINTS = frozenset({"points", "count:point"})
# Fractions of one unit that a rate moves by: "half a percentage point", "a quarter of a
# percentage point", "three quarters of a point", "a quarter-point cut".
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}
_FRACTION_UNITS = frozenset({"point"})
# Verbs by which a rate's maker makes a move a noun names: "announced a half-point cut",
# "delivered a 50 basis point hike".
_ENACTING = frozenset(
    {"announce", "deliver", "approve", "make", "implement", "enact", "unveil", "adopt"}
)
# Verbs by which a maker presents its plan: "announced plans to cut 2,000 jobs", "unveiled a
# plan to close 50 stores", "has plans to".
_PRESENTING = frozenset(
    {"announce", "unveil", "outline", "detail", "present", "reveal", "disclose", "confirm",
     "have", "set"}
)  # fmt: skip
# Prepositions that open a gerund clause whose doer is the main clause's: "after winning",
# "before leaving", "since taking office", "by cutting", "upon arriving".
_GERUND_TIMES = frozenset({"after", "before", "since", "by", "upon", "on", "while", "despite"})
_NOT_COUNTS = frozenset({"DATE", "TIME"})  # entity labels of numbers that count nothing
_ANAPHORIC_OBJECTS = frozenset({"move", "step", "decision"})
# Units of a term ("sentenced to 12 years", "jailed for 18 months"), as parts of a year.
_TERMS = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 365.0}
# Days in a unit of time given to act, at least and at most: a month is 28 to 31 days, so that
# "six months" meets "180 days".
_DAYS_IN = {
    "hour": (1 / 24, 1 / 24), "day": (1.0, 1.0), "week": (7.0, 7.0), "month": (28.0, 31.0),
    "year": (365.0, 366.0),
}  # fmt: skip
# Verbs that give someone time to act ("gave them 48 hours to leave"), or have it ("has 180
# days to pass a law"); verbs that order an act done within a time ("ordered to leave within
# three days").
_TIME_GIVING = frozenset({"give", "grant", "allow", "have"})
_TIME_ORDERING = frozenset({"order", "tell", "instruct", "direct", "require", "give"})
# Verbs whose subject holds what their object names ("is serving a six-year sentence"), and
# verbs that give it to someone ("was handed a ten-year term"): see _given_frame.
_SERVING = frozenset({"serve", "receive", "get", "begin", "start", "complete", "finish"})
_GIVING = frozenset({"hand", "give", "impose", "mete", "deliver"})
# Verbs that change a term already given: "reduced his sentence to eight years".
_TERM_CHANGES = frozenset(
    {"reduce", "cut", "commute", "shorten", "increase", "extend", "lengthen", "raise"}
)
# "did not confirm", "gave no confirmation": words that leave what was reported unconfirmed
_CONFIRM_VERBS = frozenset({"confirm", "verify", "corroborate"})
_CONFIRM_NOUNS = frozenset({"confirmation", "verification", "corroboration"})
# Verbs that show or say what a clause says: not shown or not said, it is not confirmed ("the
# study did not prove that the food caused the deaths", "police did not say that the man was
# armed"); but "searched the house but did not find the weapon" leaves the search as it is.
_SHOWING_VERBS = frozenset(
    {"prove", "show", "establish", "demonstrate", "find", "say", "state", "claim"}
)
# Verbs of belief, whose negation leaves what they hold unconfirmed too: "police did not
# believe the attack was terrorism-related" is no claim that it was.
_BELIEVING_VERBS = frozenset({"believe", "think", "suspect"})
# Verbs whose negation leaves what they hold unconfirmed (asked of every word of a sentence).
_UNCONFIRMING_VERBS = _CONFIRM_VERBS | _SHOWING_VERBS | _BELIEVING_VERBS
# Words that open a question a clause holds: "did not say how the attackers gained access".
_ASKING_WORDS = frozenset({"how", "why", "when", "where", "what", "who", "which", "whether"})
# "was in contrast to", "in line with", "in keeping with": a comparison, where a copula's
# preposition would otherwise place its subject
_RELATIONS = frozenset({"contrast", "line", "keeping", "comparison", "contradiction"})
_SAME = frozenset({"same", "similar"})
_ORDINAL_AFTER = frozenset({"after", "following", "behind"})

# -- what is not syntax: page furniture inside a sentence, time-scoped statements ----------------
_SKIP_SENTENCE = re.compile(
    r"^\(?(?:image|photo|picture|file\s+photo|video)\s*(?:credit)?\s*:", re.IGNORECASE
)
# A dateline: the place in capitals ("NEW DELHI", "ZENDA, Ruritania (AP)"), or in title case
# before a news agency's credit ("Zenda/Strelsau, Jun 3 (PTI)"), with an optional date.
_AGENCY = (
    r"\((?:AP|AFP|Reuters|PTI|IANS|ANI|UNI|dpa|DPA|Xinhua|TASS|Sputnik|Bloomberg|UPI|EFE|ANSA|"
    r"Kyodo|Yonhap|Bernama|IRNA|WAM|SPA|KUNA|MENA|CNA|AA|APA)\)"
)
# its date: a month and a day, and the year when given ("May 20", "Feb 3, 2025")
_DAY = r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
_STATE = r"(?:[A-Z][a-z]+\.?|[A-Z]\.(?:[A-Z]\.)+)"
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'’.\-/]+(?:\s[A-Z][A-Z'’.\-/]+){0,3}"
    # (a state after the city, abbreviated or not: "TAMPA, Fla. (AP)", "WASHINGTON, D.C.")
    rf"(?:{_DAY}|,\s*{_STATE}(?:\s{_STATE}){{0,2}}(?=\s*[(\-—–]))?"
    rf"|[A-Z][\w'’.\-]+(?:[/ ][A-Z][\w'’.\-]+){{0,3}}(?:{_DAY})?"
    rf"(?=\s*{_AGENCY}))"
    # (a comma before the credit: "MOSCOW, (Sputnik/Prime) -")
    r"(?:,?\s*\([^)]{1,40}\))?\s*(?:[-—–:]+|(?=[A-Z][a-z]))\s*"
)
_AGENCY_LEAD = re.compile(rf"^{_AGENCY}\s*[-—–:]+\s*")
_MARKUP = re.compile(r"[<>={}]")  # a "word" of markup that a page let into its text
_BARE_DATELINE = re.compile(r"^[A-Z]{3,}(?:[ ,]+[A-Z]{2,}){0,3}[ ,]+(?=[A-Z][a-z])")
_CREDIT = re.compile(r"\s*\((?:image|photo)\s+credit[^)]*\)\s*$", re.IGNORECASE)
_SCOPED = re.compile(
    r"\bno\s+immediate\b|\bnot\s+immediately\b|\bnot\s+yet\b|\b(?:has|have|had)\s+yet\s+to\b|"
    r"\bcould\s+not\s+be\s+reached\b|\bdeclined\s+to\s+comment\b|\bdid\s+not\s+respond\b|"
    # what has not happened as of writing ("has not commented", "have not been identified")
    # and no comment given ("didn't return calls", "was not available for comment"): a
    # later act does not contradict it
    r"\b(?:has|have)(?:\s+not|n['’]t)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)\b|"
    r"\bhad(?:\s+not|n['’]t)\s+(?:commented|responded|replied)\b|"
    r"\b(?:did\s+not|didn['’]t)\s+(?:comment|reply|return)\b|"
    r"\bnot\s+available\s+for\s+comment\b",
    re.IGNORECASE,
)


# Verbs of being kept or living somewhere, whose place a distance after it only locates
# ("serving a sentence in a colony 1,900 km from the capital", "held at a prison 100 km
# north of X", "lives in a village 30 km away").
_KEPT_AT = frozenset(
    {"serve", "live", "reside", "stay", "remain", "hold", "keep", "detain", "jail", "imprison",
     "confine", "house"}
)  # fmt: skip

# A rival's share of the vote told after the winner's: "with 51% of the vote against 44% for
# Y", "51% to 44% for Y", "versus 44% for Y".
_RIVAL_SHARE = re.compile(
    r"\b(?:against|to|versus|vs\.?)\s+"
    r"(?P<share>(?:(?:about|around|nearly|almost|roughly|some)\s+)?\d[\d.]*\s?"
    r"(?:%|percent|per cent))\s+for\s+"
)

# What two parties agree to or sign, with its value: "a 10-year, $700 million contract", "a
# $700 million deal over 10 years".
_CONTRACTS = frozenset({"contract", "deal", "agreement", "pact", "extension"})

# An aside that sets a figure against an earlier one by a multiple: ", nearly double its tally
# in 2019", ", twice as many as in 2019", ", three times the number in 2020".
_MULTIPLYING_ASIDE = re.compile(
    r",\s+(?:(?:nearly|almost|about|roughly|more\s+than|less\s+than|some|over)\s+)?"
    r"(?:double|triple|twice|half|(?:two|three|four|five|ten)\s+times)\b[^,;]*$"
)

# How far a count has got, told beside the shares it gives: "with more than 99% of ballot
# boxes opened", "with 80% of the votes counted", "with 95 percent of precincts reporting".
_PARTIAL_COUNT = re.compile(
    r"\bwith\s+(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?\d[\d.]*\s?"
    r"(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:votes?|ballots?|ballot\s+boxes|precincts|polling\s+stations|returns|districts)\s+"
    r"(?:counted|opened|tallied|reported|reporting|processed|in)\b",
    re.IGNORECASE,
)

# Those shot besides the dead: "22 others were shot", "five more people had been shot".
_SHOT_BESIDES = re.compile(
    r"\b(?P<n>[\w-]+)\s+(?:others|other\s+people|more(?:\s+people)?)\s+"
    r"(?:were|had\s+been|have\s+been)\s+shot\b",
    re.IGNORECASE,
)

# The debt a price or a value takes on besides the shares: "including debt", "including net
# debt", "with assumed debt", "plus debt".
_WITH_DEBT = re.compile(
    r"\b(?:including|with|plus)\s+(?:(?:its|the|net|assumed|outstanding)\s+)*debt\b",
    re.IGNORECASE,
)


@attrs.define(slots=True)
class _Frame:
    """One claim in the making: tokens for its roles, before names are given to them."""

    anchor: Token
    predicate: str
    subject: Token | None = None
    subject_name: str | None = None
    obj: Token | None = None
    object_name: str | None = None
    negated: bool = False
    speaker: str | None = None
    hedged: bool = False
    quantity: Quantity | None = None
    rank: tuple[int, str, list[str]] | None = None
    time: TimeRange | None = None
    scoped: bool = False
    antecedent: _Frame | None = None  # the event an anaphor ("made the same move") refers to
    retracted: bool = False  # "an earlier version of this article said ...": corrected
    unconfirmed: bool = False  # "..., but the authorities gave no confirmation of this"
    value: str | None = None
    after: list[str] = attrs.Factory(list)
    before: list[str] = attrs.Factory(list)
    said_by: Token | None = None  # who characterises ("X called the strike unjustified")
    given: Token | None = None  # the noun of what is given ("serving a sentence in Zenda")


@attrs.define
class _DocState:
    """What one source's extraction carries from sentence to sentence."""

    source: Source
    lexicon: Lexicon
    claims: list[Claim] = attrs.Factory(list)
    last_subject: str | None = None
    last_person: str | None = None
    # the named bodies (organisations, companies) that were the subject of a clause, and
    # every body named: for whom "the company" or "the chipmaker" stands (_subject_body)
    subject_bodies: set[str] = attrs.Factory(set)
    named_bodies: set[str] = attrs.Factory(set)
    # every person named, with the sentence naming them (for whom "she" or "he" stands)
    people: list[tuple[int, str]] = attrs.Factory(list)
    # every person introduced without a name ("a 19-year-old man"), by sentence and where
    strangers: list[tuple[int, int]] = attrs.Factory(list)
    # the last sentence whose subject is a person not named ("The gunman, a poet, fired ...")
    unnamed_subject: int = -2
    # the last sentence whose subject, a person, acts against another (beat, shoot, sue ...),
    # neither the story's topic yet ("Jo Bloggs beat Axel Ruiz 6-3"): who "the 22-year-old"
    # or a "he" no given name settles is after it, the text does not say
    contested: int = -2
    # who beat whom, each side by its name as told ("Jo Bloggs" and "Bloggs"): the other side
    # of a score told later without it ("Bloggs rallied to win 3-6, 6-4, 6-3")
    opponents: dict[str, str] = attrs.Factory(dict)
    # who a description turned out to be ("The gunman was identified as Jo Bloggs"): the
    # description's words and the name, or None when the text names two for it
    identified: dict[str, str | None] = attrs.Factory(dict)
    counter: int = 0
    sentence: int = 0  # the sentence being read
    last_speaker: str | None = None  # who was last reported, and in which sentence
    # every body named, in order: its sentence, where, its name, and the nouns of its kind
    # the text gives it ("the New Popular Front alliance", "the Supreme Court", "the militia
    # group Hamas"), for "the alliance", "the court", "the group" after it
    bodies: list[tuple[int, int, str, frozenset[str]]] = attrs.Factory(list)
    # the sex of people whose title tells it ("Pope Francis", "Queen Margrethe")
    sexes: dict[str, str] = attrs.Factory(dict)
    spoke_at: int = -2
    # whether the claims before ``rises_read`` name a rise asked for or offered
    rise_named: bool = False
    rises_read: int = 0

    def next_id(self) -> str:
        self.counter += 1
        return f"{self.source.id}#{self.counter}"


def _place_in_capitals(words: str) -> bool:
    """Whether the capitals that open a text are a place (a dateline without its dash), not an
    acronym that opens its first sentence ("UBS Group AG has agreed", "NATO Secretary General
    Jo Bloggs said"): several words, a place the gazetteer knows, or one word longer than an
    acronym that the gazetteer does not know as an organisation."""
    names = words.replace(",", " ").split()
    if len(names) > 1:
        return True
    gaz = gazetteer()
    entry = gaz.index.get(token_words(names[0])) or gaz.index.get(token_words(names[0].title()))
    if entry is not None:
        return gaz.entities[entry.id][1] != "organisation"
    return len(names[0]) > 4


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentences worth parsing: furniture, datelines and photo credits cut off."""
    out = []
    for k, (start, end) in enumerate(split_sentences(text)):
        piece = text[start:end]
        if _SKIP_SENTENCE.match(piece):
            continue
        dateline = _DATELINE.match(piece) or _AGENCY_LEAD.match(piece)
        if dateline and dateline.end() < len(piece) and re.search(r"[-—–:(]", dateline[0]):
            # (an agency's credit opens the piece when the splitter cut the dateline's place
            # off at an abbreviation: "TAMPA, Fla." | "(AP) - Hurricane ...")
            start += dateline.end()
        elif k == 0 and (bare := _BARE_DATELINE.match(piece)) and _place_in_capitals(bare[0]):
            start += bare.end()  # "NEW DELHI Rescuers spent ...": a dateline that lost its dash
        credit = _CREDIT.search(text[start:end])
        if credit:
            end = start + credit.start()
        if end - start >= 3:
            out.append((start, end))
    return out


def _clause_before_semicolon(verb: Token) -> Token | None:
    """The semicolon that ends a clause the parser made a complement of ``verb``, the main verb
    of the clause after it ("Zenda has a poor safety record; the EU has banned its airlines"),
    or None."""
    if verb.dep_ != "ROOT":
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i < verb.i:
            semicolon = next((t for t in verb.doc[c.i : verb.i] if t.text == ";"), None)
            if semicolon is not None and semicolon.i > c.right_edge.i:
                return semicolon
    return None


def _at_semicolon(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The two clauses of a sentence joined by its one semicolon ("The union is demanding a
    15% pay rise; the government has offered 5%"), or the sentence alone. Several semicolons
    are a list's ("in Karsk, Zenda; Strelsau, Westmark; and Tarlenheim"); so is a side of
    fewer than three words."""
    piece = text[start:end]
    if piece.count(";") != 1:
        return [(start, end)]
    cut = start + piece.index(";")
    after = cut + 1
    while after < end and text[after].isspace():
        after += 1
    if len(text[start:cut].split()) < 3 or len(text[after:end].split()) < 3:
        return [(start, end)]
    return [(start, cut + 1), (after, end)]


class ParseExtractor:
    """Claims from English news text, read off a spaCy dependency parse.

    Args:
        lexicon: the predicate lexicon (default: the shipped one).
        model: the spaCy pipeline's package name (default: see :func:`resolve_model`).

    The pipeline is loaded on first use, once per process; :meth:`extract_many` parses several
    sources in one batch.

    >>> from claimcheck.model import Source
    >>> src = Source(id="a", text="Ruritania severed ties with Freedonia on 3 May 2024.")
    >>> [(c.subject, c.predicate, c.object) for c in ParseExtractor().extract(src)]
    [('Ruritania', 'sever_ties', 'Freedonia')]
    """

    name = "parse"

    def __init__(self, lexicon: Lexicon | None = None, model: str | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.model = resolve_model(model)

    def __getstate__(self) -> dict[str, Any]:
        return {"lexicon": self.lexicon, "model": self.model}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.lexicon = state["lexicon"]
        self.model = state["model"]

    def extract(self, source: Source) -> list[Claim]:
        """The claims ``source`` makes, with subjects and objects as names."""
        return next(iter(self.extract_many([source])))

    def extract_many(self, sources: Iterable[Source]) -> Iterator[list[Claim]]:
        """The claims of each source, in order; every sentence goes through one ``nlp.pipe``."""
        nlp = load_pipeline(self.model)
        for source in sources:
            text = source.text
            sentences = _sentences(text)
            if source.title:
                # the headline printed again in the text: headlinese ("Ruritania severs ties
                # after separatists recognition") parses poorly, and the story says it again
                title = " ".join(source.title.split()).casefold()
                sentences = [
                    (s, e) for s, e in sentences if " ".join(text[s:e].split()).casefold() != title
                ]
            docs = nlp.pipe(text[s:e] for s, e in sentences)
            mentions = find_document_mentions(text, sentences)
            state = _DocState(source=source, lexicon=self.lexicon)
            for (start, end), doc, found in zip(sentences, docs, mentions.by_sentence, strict=True):
                state.sentence += 1
                made = len(state.claims)
                _Sentence(state, doc, start, end, _placed_as_places(doc, start, found)).run()
                halves = _at_semicolon(text, start, end) if len(state.claims) == made else []
                if len(halves) == 2:
                    # nothing read of two clauses joined by a semicolon: the parser may have
                    # made the first a complement of the second's verb ("the union is
                    # demanding a 15% pay rise; the government has offered 5%"), each is
                    # parsed alone (where something was read, the second may need the
                    # first's words: "the crowd at 15,000; organisers claimed 60,000")
                    parsed = nlp.pipe(text[s:e] for s, e in halves)
                    for (s, e), half in zip(halves, parsed, strict=True):
                        mine = [m for m in found if s <= m.start and m.end <= e]
                        _Sentence(state, half, s, e, _placed_as_places(half, s, mine)).run()
            yield _bounded_alike(_as_identified(state.claims, state.identified))


# Prepositions whose object is another moment than the clause's act: before or after it, what
# it is compared with or what it answers.
_OTHER_MOMENT = frozenset({"after", "before", "since", "following", "over", "to", "until", "than"})
# What a company's result is told "on": "a profit of $4.2 billion on revenue of $31.5 billion".
_RESULT_BASES = frozenset({"revenue", "revenues", "sale", "sales", "turnover"})
# Periods a change is told over, one on the last: "year on year", "month on month".
_PERIODS_ON = frozenset({"year", "month", "quarter", "week"})
# A cargo's material named by a word that stands for another's: "tonnes of crude" are of oil.
_MATERIALS = {"crude": "oil"}


def _period_on_period(period: Token) -> Token | None:
    """The amount the parser made a modifier of the first period of "year on year" ("rose 11%
    year on year", "fell 2% month on month", "up 7% quarter over quarter"), or None."""
    doc = period.doc
    if period.lemma_.lower() not in _PERIODS_ON or period.i + 2 >= len(doc):
        return None
    on, again = doc[period.i + 1], doc[period.i + 2]
    if on.lower_ not in ("on", "over") or again.lemma_.lower() != period.lemma_.lower():
        return None
    return next((c for c in period.children if c.dep_ in ("compound", "nummod")), None)


def _another_moment(tokens: Sequence[Token]) -> bool:
    """Whether a date said as a thing's ("Tuesday's vote") names a thing after a preposition
    of another moment: "resigned after Tuesday's vote" did not resign on Tuesday."""
    owned = next((t.head for t in tokens if t.dep_ == "poss"), None)
    return owned is not None and owned.dep_ == "pobj" and owned.head.lower_ in _OTHER_MOMENT


def _placed_as_places(doc: Doc, start: int, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, a name of two or more capitalised words that the tagger reads wholly as
    a place no person ("at his Los Angeles home", "in Buenos Aires") typed as a name.

    The mention finder knows capitalisation, not places: without the parse it takes any two to
    four capitalised words for a person, and "he" would then stand for a city.
    """
    for m in mentions:
        if m.type != "person" or m.role != "name" or m.title is not None or " " not in m.text:
            continue
        tokens = [t for t in doc if m.start <= start + t.idx < m.end]
        labels = {t.ent_type_ for t in tokens}
        if labels and labels <= _PLACE_LABELS and not _aged_name(tokens):
            m.type = "name"
    return mentions


def _aged_name(tokens: Sequence[Token]) -> bool:
    """Whether a name is told with an age beside it, "Ada Okafor, 31, was arrested": a person's
    (the tagger may read an unfamiliar name as a place's; no place has an age)."""
    return any(_age_beside_name(c) is not None for t in tokens for c in t.children)


class _Sentence:
    """The claims of one parsed sentence."""

    def __init__(
        self, state: _DocState, doc: Doc, start: int, end: int, mentions: list[Mention]
    ) -> None:
        self.state = state
        self.doc = doc
        self.base = start
        self.end = end
        self.text = state.source.text
        self.mentions = mentions
        self.frames: list[_Frame] = []
        self.by_anchor: dict[int, _Frame] = {}
        self.in_nouns: set[int] = set()  # verbs inside a lexicon noun's words that made a claim
        self.found: list[Measurement] = []  # the sentence's measurements (made by run)
        # a date naming a frame's thing ("Monday's explosion"), by the frame's anchor
        self.named_times: dict[int, TimeRange] = {}
        self.speaker_group: str | None = None
        self.time_at: dict[int, TimeRange] = {}
        self.times: list[tuple[list[Token], TimeRange]] = []  # every time said, with its words
        self.dated_parts: set[str] = set()  # ids of counts that are each of its own time
        # by the text of a quantity, the noun each number printed so counts, by the number's
        # index ("taken to two hospitals; two of them ..."), the one counted last last
        self.counted: dict[str, dict[int, Token]] = {}
        for m in mentions:
            sex = _TITLE_SEX.get(m.title.split()[0].lower()) if m.title else None
            if sex is not None and m.type == "person":
                state.sexes[m.name] = sex
            if m.role in ("name", "acronym") and m.type in ("organisation", "name"):
                kinds = _kinds_named(self.text, m)
                # (a name of no known kind, often a place the gazetteer does not know, is
                # no rival antecedent: "headed to Pokhara. The airline said")
                if kinds or m.type == "organisation":
                    state.bodies.append((state.sentence, m.start, m.name, kinds))

    # -- offsets and names -----------------------------------------------------------------

    def _offsets(self, tokens: Sequence[Token]) -> tuple[int, int]:
        first = min(t.idx for t in tokens)
        last = max(t.idx + len(t) for t in tokens)
        return self.base + first, self.base + last

    def _oblique(self, mention: Mention) -> bool:
        """Whether a mention is the object of a preposition (not of "by", a passive's doer),
        or joined to one ("under A and B")."""
        root = self._first_conjunct(mention)
        return root is not None and root.dep_ == "pobj" and root.head.lower_ != "by"

    def _subject_body(self, head: Token) -> str | None:
        """The body a description refers back to ("Acme reported revenue of $30 billion. The
        chipmaker forecast ..."): the one named body the source has made the subject of a
        clause (two, "the regulator said Acme is recalling ...", and "the company" is
        unsaid), or with none made a subject the one body it names, when no other body it
        names is named with the description's noun ("the bank" after "the FDIC took over Acme
        Bank" is no one here); None for any other noun phrase."""
        # (with no body a subject, the one body the source names: "a court ordered Acme to be
        # wound up ... the developer has liabilities of $328 billion")
        bodies = self.state.subject_bodies or self.state.named_bodies
        if len(bodies) != 1 or not _the_body(head):
            return None
        (body,) = bodies
        noun = head.lemma_.lower()
        if any(noun in other.lower().split() for other in self.state.named_bodies - {body}):
            return None
        return body

    def _main_subject(self, mention: Mention) -> bool:
        """Whether a mention is the subject of its sentence's main verb (or joined to it)."""
        root = self._first_conjunct(mention)
        return root is not None and root.dep_ in _SUBJ | _PASSIVE_SUBJ and root.head.dep_ == "ROOT"

    def _acted_on(self, mention: Mention) -> bool:
        """Whether a mention is the rival a verb of one against another acts on ("beat Axel
        Ruiz", "shot Axel Ruiz"): who "the 22-year-old" after it is, the text does not say (but
        "Zenda United signed Axel Ruiz. The 22-year-old ..." is the one signed)."""
        root = self._first_conjunct(mention)
        return root is not None and root.dep_ == "dobj" and root.head.lemma_.lower() in _RIVALRY

    def _possessor(self, mention: Mention) -> bool:
        """Whether a mention names the owner of something ("Axel Ruiz's record"), or is
        joined to one ("A and B's")."""
        root = self._first_conjunct(mention)
        return root is not None and root.dep_ == "poss"

    def _first_conjunct(self, mention: Mention) -> Token | None:
        """The head of a mention, or of the first of the conjuncts it is joined to ("B" of
        "under A and B" stands where "A" does)."""
        root = self._root_of(mention)
        while root is not None and root.dep_ == "conj" and root.head is not root:
            root = root.head
        return root

    def _root_of(self, mention: Mention) -> Token | None:
        span = self.doc.char_span(
            mention.start - self.base, mention.end - self.base, alignment_mode="expand"
        )
        return span.root if span is not None and len(span) else None

    @staticmethod
    def _beside_speaker(noun: Token) -> bool:
        """Whether ``noun`` is parsed as a subject of a speech verb that has another subject
        after it, its speaker ("41 migrants drowned ..., the agency said")."""
        verb = noun.head
        return (
            noun.dep_ in _SUBJ
            and verb.lemma_ in _SPEECH
            and any(c.dep_ in _SUBJ and c.i > noun.i for c in verb.children)
        )

    def _reporting(self, mention: Mention) -> bool:
        """Whether a mention is only who reports what its sentence tells: the subject of a
        verb of saying that takes the words said ("..., committee chair X said")."""
        root = self._root_of(mention)
        if root is None or root.dep_ not in _SUBJ:
            return False
        verb = root.head
        return verb.lemma_ in _SPEECH and any(c.dep_ == "ccomp" for c in verb.children)

    def _mention_at(self, token: Token) -> Mention | None:
        start, end = self._offsets([token])
        for m in self.mentions:
            if m.start <= start and end <= m.end and m.role != "pronoun":
                return m
        return None

    @staticmethod
    def _phrase(head: Token, names: Collection[str] = ()) -> list[Token]:
        """A description's words: the head noun and the bare nouns compounded with it.

        "the death toll" is "death toll", "a magnitude 6.8 earthquake" and "Sunday's deadly
        earthquake" are "earthquake": adjectives, figures and owners describe, they do not name
        (but an adjective that ``names`` holds with the noun, "black box", is part of it).
        """
        if head.text.capitalize() in ORG_WORDS:
            # "the foreign ministry", "the civil defence agency": here the words name a body.
            # ("the 167-year old bank" is a bank: an age or a figure does not name it)
            kept = [
                c
                for c in head.lefts
                if c.dep_ in ("compound", "amod")
                and c.pos_ != "NUM"
                and not any(t.like_num for t in c.subtree)
                and not (c.lower_ == "old" and c.i and c.doc[c.i - 1].lower_ in ("year", "years"))
                # "the Strelsau-based company", "a state-owned bank": where it is, who owns
                # it (the parser keeps "based" and drops the rest)
                and not any(t.text == "-" for t in c.subtree)
            ]
            # "a Hong Kong court", "the New York police": a place's whole name, not its last word
            named = [
                t
                for c in kept
                if c.pos_ == "PROPN"
                for t in c.subtree
                if t.i < c.i
                and t.pos_ == "PROPN"
                and (t.dep_ in ("compound", "flat") or _slashed(t))
            ]
            return sorted([*named, *kept, head], key=lambda t: t.i)
        tokens: list[Token] = []
        for c in head.lefts:
            if c.dep_ not in ("compound", "amod"):
                continue
            if (
                c.dep_ == "amod"
                and c.ent_type_ not in _OWNER_LABELS
                and c.pos_ != "PROPN"
                and f"{c.lower_} {singular(head.lower_)}" not in names
                and c.lower_ not in _MEASURED_APART
            ):
                continue  # but "Globex shares" with Globex parsed as a modifier is a name
            if c.pos_ == "PROPN" or c.ent_type_ in _OWNER_LABELS:
                # "Acme Bank shares", "Globex shares": the owner is part of the name, when it
                # stands next to it ("give Acme Bank extensive liquidity" is Acme's liquidity
                # only in a misparse of the two objects)
                owner = [t for t in c.subtree if t.pos_ == "PROPN" or t.ent_type_]
                between = head.doc[max(t.i for t in owner) + 1 : head.i]
                if all(t.pos_ in ("PROPN", "NOUN") for t in between):
                    tokens.extend(owner)
            elif c.lower_ in CURRENCIES and c.i and c.doc[c.i - 1].like_num:
                continue  # "a 5 million euro fine": the amount's currency, not the fine's name
            elif (c.pos_ == "NOUN" and not list(c.children)) or c.dep_ == "amod":
                tokens.append(c)  # (an adjective left here is part of a name: "black box")
            elif c.pos_ == "NOUN" and all(
                g.dep_ == "compound" and g.pos_ == "NOUN" and g.i < c.i and not list(g.children)
                for g in c.children
            ):
                tokens.extend([*c.children, c])  # "data center revenue", "air traffic control"
        return [*sorted(tokens, key=lambda t: t.i), head]

    def name(
        self, head: Token | None, *, speaker: str | None = None, actor: bool = False
    ) -> str | None:
        """The name of the noun phrase headed by ``head``: a mention, or a description.

        A capital stands for its state only as an ``actor`` (the subject of a state's act, a
        speaker): "Strelsau recognised X" is Ruritania; "the cities of Rabat and Casablanca"
        are cities.
        """
        if head is None:
            return None
        if head.text in _SHARE_SIGNS and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children
        ):
            # "95% voted to reject the offer": a share of some group, which the phrase does
            # not name (but "60% of voters": the voters, as "of" names them)
            return None
        if head.lower_ == "it" and any(
            (
                c.dep_ in ("ccomp", "xcomp", "csubj")
                # an infinitive: not "after profit fell 18% to $1.2 billion"
                or (c.dep_ == "advcl" and _to_infinitive(c))
            )
            and c.i > head.i
            for holder in [
                head.head,
                *(g for g in head.head.children if g.dep_ in ("acomp", "attr")),
            ]
            for c in holder.children
        ):
            return None  # "it was vital to find ...", "it was necessary for X to act"
        if head.lower_ in _PERSONAL or head.tag_ in ("PRP", "PRP$"):
            return self._pronoun(head, speaker)
        if _the_national(head):
            # "Police arrested Jo Bloggs. The Briton was charged": the person just named, when
            # only one was (of two, which is which nationality cannot be told)
            return self._only_person_near(head)
        counted = (
            prep_object(head, "of")
            if head.lower_ == "none" or head.lower_ in _COUNT_WORDS
            else None
        )
        if counted is not None:
            # "hundreds of protesters", "tens of thousands of teachers": the protesters, the
            # teachers (as "2,000 teachers" are), not the order of magnitude; "none of its
            # diplomats were injured": the diplomats, the clause denied
            return self.name(counted, speaker=speaker, actor=actor)
        one_of = prep_object(head, "of") if head.lower_ == "one" else None
        if one_of is not None and one_of.pos_ == "NOUN" and one_of.tag_ == "NNS":
            # "X and one of his bodyguards were killed": a bodyguard, not "one"
            members = self.name(one_of, speaker=speaker, actor=actor)
            return singular(members) if members else None
        if head.lower_ == "none":
            return "no one"  # "none were hurt"
        if _no_one(head) or head.lower_ == "nobody" or _no_actor(head):
            return "no one"  # "no one was killed", "nobody was hurt": one name for nobody
        if head.lower_ in ("everyone", "everybody"):
            # "killing everyone on board": all of them, as printed (not "everyone who lost
            # their home", whom the clause picks out)
            restricted = any(c.dep_ == "relcl" for c in head.children)
            return None if restricted else "everyone"
        if head.lower_ in _RELATIVE and head.dep_ != "ROOT":
            return None
        issuer = self._issuer(head)
        if issuer is not None:
            # "shares of Acme", "shares in Acme Bank": Acme shares, as "Acme's shares" are (the
            # name as the issuer's mention gives it, unless that took in the shares too)
            owner = self.name(issuer)
            mention = self._mention_at(issuer)
            if mention is not None and mention.role == "location":
                # "shares in Initech": the company (its full name, "Initech Bank", as
                # "Initech's shares" gives it), not a place "in" which
                owner = mention.name
            if owner is None or head.lower_ in owner.lower().split():
                owner = self._proper_chain(issuer) or issuer.text
            return f"{owner} {head.lower_}"
        for appos in head.children:
            # "Another ally, Zenda, ...": the apposition names what a description only describes.
            if (
                appos.dep_ == "appos"
                # (or a title the parser took for a name: "Prime Minister Sheikh Hasina")
                and (head.pos_ == "NOUN" or _titled(head))
                and self._mention_at(appos)
                and not _names_the_complement(head, appos)
                # (not "the captain of the plane, a Bombardier Dash-8": an indefinite
                # apposition tells what kind of thing, of whichever noun, not whose name)
                and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children)
                and _beside(head, appos)
            ):
                return self.name(appos, speaker=speaker, actor=actor)
        if (
            head.dep_ == "appos"
            and head.pos_ == "NOUN"
            and head.head.pos_ == "PROPN"
            and self._mention_at(head.head) is not None
        ):
            # "France, the hosts, finished fifth", the verb parsed as the apposition's: the
            # name the description describes
            return self.name(head.head, speaker=speaker, actor=actor)
        beside = _apposed_on_verb(head)
        if beside is not None and self._mention_at(beside) is not None:
            # "sentenced the former head of the agency, Jo Bloggs, to ...", the name parsed
            # as the verb's: an apposition still
            return self.name(beside, speaker=speaker, actor=actor)
        mention = self._mention_at(head)
        if (
            mention is not None
            and mention.gid is None
            and (head.tag_ == "NNS" or (head.tag_ == "NN" and head.pos_ == "NOUN"))
            and (head.i == head.sent.start or head.nbor(-1).is_punct)
            and (
                mention.text == head.text
                or (head.pos_ == "NOUN" and mention.text.startswith(f"{head.text} of "))
            )
        ):
            # "Fathers sobbed", "Hospitals in X", "Imports of Westmark steel grew", "Talk of
            # job cuts was far too early": a common noun capitalised by place
            mention = None
        if mention is not None and mention.role == "capital" and not actor:
            mention = attrs.evolve(mention, name=mention.text, role="location")
        if (
            mention is not None
            and not mention.members
            and (
                mention.role == "description"
                or (mention.role == "group" and " " not in mention.text)
            )
        ):
            mention = None  # the tree names a description better than a pattern does
        if mention is None and head.lemma_.lower() in _PLACE_NOUNS:
            # "the Ruritanian peninsula of Westmark", "the city of Lima": the name is the place;
            # but "the Tarlenheim district of Zenda" is Tarlenheim (in Zenda), as "in
            # Tarlenheim" names it
            # (and "Mundakkai and Chooralmala villages": the names joined, each a village)
            own = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
            if own and own[-1].right_edge.i == head.i - 1 and self._mention_at(own[-1]) is not None:
                return self.name(own[-1])
            place = of_object(head)
            if place is not None and self._mention_at(place) is not None:
                return self.name(place)
        if mention is None and head.lower_ in PARTY_NOUNS:
            # "Zenda's ruling Law and Justice party": the party's name and its noun, as "the
            # Zenda People's Party" is named (not "Zenda ruling party")
            own = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
            party = self._mention_at(own[-1]) if own else None
            if (
                party is not None
                and party.role == "name"
                and party.gid is None
                # (the name whole: not the "ZLP" of "the ZPP/ZLP bloc")
                and self._offsets([own[0].left_edge])[0] >= party.start
            ):
                return f"{party.name} {head.lower_}"
        if _short_place(mention, head):
            mention = None  # "Westmark" is not short for "Westmark Chief Secretary X"
        if (
            mention is not None
            and mention.role == "organ"
            and mention.organ in _BUILT_ORGANS
            and head.dep_ in ("dobj", "pobj")
            and not actor
        ):
            # "protesters stormed Westmark's parliament": the building, not the state
            mention = None
        if mention is not None and mention.gid and head.ent_type_ == "PERSON":
            chain = self._proper_chain(head)
            if chain:
                return chain  # "Thomas Jordan" is a man, not Jordan
        if mention is not None and head.pos_ == "PROPN":
            chain = self._proper_chain(head)
            longer = chain is not None and len(chain) > len(mention.name)
            plain = mention.gid is None and mention.title is None and mention.role == "name"
            if chain and longer and plain and chain.endswith(mention.text):
                mention = attrs.evolve(mention, name=chain, text=chain)
            elif chain and chain.endswith(mention.text) and self._named_after_place(head, mention):
                # "Air Ruritania", "Dynamo Strelsau": a club or a company named after a place
                # (the parser's one proper name) is neither the country nor its capital
                mention = attrs.evolve(
                    mention, name=chain, text=chain, type="name", gid=None, role="name"
                )
        if mention is not None:
            joined = [c for c in head.children if c.dep_ == "conj"]
            # (not a number the parser joined to it, "died in Zenda and one in Strelsau"; but
            # "Jo Bloggs and one of his bodyguards")
            conj = [c for c in joined if not c.like_num or of_object(c) is not None]
            named = [self._display(mention)]
            if not joined:
                # "A and B" that the parser hung under one head: every name of the phrase.
                inner = self._phrase_mentions(head)
                if len(inner) > 1:
                    named = [self._display(m) for m in inner]
            named += [n for c in conj if (n := self.name(c)) is not None]
            return " & ".join(dict.fromkeys(n for n in named if n)) or None
        if _the_aged(head):
            return self._aged_person(head)  # "The 57-year-old was also fined": who was named
        if head.pos_ == "ADJ" and any(c.lower_ == "the" for c in head.children):
            # "rush the injured to hospital", "take over the second largest"
            return " ".join(t.lower_ for t in head.subtree if t.i <= head.i)
        if head.pos_ == "ADJ" and head.dep_ == "dobj" and not list(head.children):
            return head.lower_  # "made landfall" tagged an adjective: an object is a thing
        if head.pos_ not in _NOUN_POS and not head.like_num:
            return None
        body = self._body_referred(head) or self._subject_body(head)
        if body is not None:
            return body
        earned = _earned_from(head)
        if earned is not None:
            return earned
        whole = _hyphenated(head)
        tokens = [
            t
            for t in self._phrase(head, self.state.lexicon.measures.counted)
            # "a cease-fire" parsed as "cease" before "fire": the whole word once
            if whole is None or t.i >= head.i or t.i < whole[0]
        ]
        words = [
            t.text if t.pos_ == "PROPN" or t.ent_type_ in _OWNER_LABELS else t.lower_
            for t in tokens
        ]
        if whole is not None:
            words[-1] = head.doc[whole[0] : whole[1] + 1].text.lower()
        # "the CDU/CSU bloc": two names joined by a slash stay one word
        joints = ["/" if _slashed(a) and b.i == a.i + 2 else " " for a, b in pairwise(tokens)]
        phrase = "".join(w + j for w, j in zip(words, [*joints, ""], strict=True))
        phrase = phrase.strip(" ,.;:'\"“”")
        return phrase or None

    def _named_after_place(self, head: Token, mention: Mention) -> bool:
        """Whether the country or capital ``mention`` ends a proper name that an unknown word
        begins ("Air Ruritania"; not "Central Strelsau", nor "Ruritanian Strelsau")."""
        if mention.possessive:
            return False
        if not (mention.gid or "").startswith("country:") or mention.role in ("organ", "demonym"):
            return False
        first = next(c for c in head.lefts if c.dep_ in ("compound", "flat"))
        before = self._mention_at(first)
        return (
            before is None or (before.gid is None and before.role == "name")
        ) and first.text not in _PLACE_QUALIFIERS

    def _proper_chain(self, head: Token) -> str | None:
        """The proper name the parser joined under ``head`` ("Acme Bank"), titles left out
        (and words joined under those: "Kansas City Chiefs", parsed "Kansas" under "City")."""

        def joined(token: Token) -> list[Token]:
            return [
                t
                for c in token.lefts
                if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"
                for t in (*joined(c), c)
            ]

        chain = sorted(joined(head), key=lambda t: t.i)
        if chain and chain[0].i == chain[0].sent.start and describing_opener(chain[0].text):
            chain = chain[1:]  # "Neighbouring New Mexico has reported nine cases"
        while chain and chain[0].lower_ in _DAY_NAMES:
            chain = chain[1:]  # "On Wednesday Westmark downed a drone": a day, then the name
        if not chain or chain[-1].i != head.i - 1:
            return None
        tokens = [*chain, head]
        titled = [k for k, t in enumerate(tokens) if _titled(t)]
        if titled:
            tokens = tokens[titled[-1] + 1 :]
        if len(tokens) < 2 or any(t.i != tokens[0].i + k for k, t in enumerate(tokens)):
            return None
        start, end = self._offsets(tokens)
        return self.text[start:end]

    def _pronoun(self, head: Token, speaker: str | None) -> str | None:
        """Who a pronoun stands for, where news writing makes it plain; otherwise nobody.

        First person inside reported words is the speaker ("we" their body); "he"/"she" is the
        last person named; "it"/"they" is the speaker only as the subject of the speaker's own
        clause ("Acme said it would cut 300 jobs"). Anything else stays unresolved: a wrong
        antecedent is worse than none.
        """
        low = head.lower_
        if low in ("i", "me", "my", "we", "us", "our"):
            if speaker is None:
                return None
            return (self.speaker_group or speaker) if low in ("we", "us", "our") else speaker
        clause = head.head
        if (
            low == "it"
            and clause.lemma_ == "be"
            and any(c.dep_ == "attr" and c.pos_ == "PROPN" for c in clause.children)
        ):
            return None  # "... has a new president-elect and it is Jo Bloggs": who, not what
        if head.dep_ in _SUBJ and clause.dep_ in ("advcl", "conj") and low in ("it", "they"):
            main = _subject_of(clause.head)
            if main is None and low == "it":
                # "Acme was fined on Thursday after it pleaded guilty": the passive's subject
                main = _nearest_child(clause.head, _PASSIVE_SUBJ)
            # (not "75 climbers were on the mountain when it erupted": "it" is no plural)
            plural = main is not None and main.tag_ in ("NNS", "NNPS")
            # (nor a count: "only one of the 242 people on board survived when it crashed")
            counted = main is not None and (main.like_num or main.pos_ == "NUM")
            if (
                main is not None
                and main.pos_ != "PRON"
                and not (low == "it" and plural)
                and not counted
            ):
                return self.name(main)  # "X did A shortly before it did B"
            # "firefighters brought the blaze under control hours after it started", "regulators
            # fined Acme $3 billion after it pleaded guilty": the one singular thing acted on
            things = [
                c
                for c in clause.head.children
                if c.dep_ in ("dobj", "dative")
                and c.tag_ in ("NN", "NNP")
                and c.ent_type_ not in ("PERSON", "MONEY", "CARDINAL", "QUANTITY", "PERCENT")
                and not any(k.dep_ == "conj" for k in c.children)
            ]
            if low == "it" and plural and len(things) == 1:
                return self.name(things[0])
        caused = _caused_thing(head)
        if caused is not None:
            return self.name(caused)
        if low in ("its", "their", "his", "her") and head.dep_ == "poss":
            # "Ruritania did X on the eve of its invasion": the owner is the clause's subject.
            verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subject = _clause_subject(verb) if verb is not None else None
            if (
                subject is not None
                and subject.i < head.i
                and not self._named_between(subject, head)
                and self._owner_fits(low, subject)
            ):
                return self.name(subject, speaker=speaker)
        if low in ("he", "she") and head.dep_ in _SUBJ | _PASSIVE_SUBJ:
            first = self._first_conjunct_person(head, _PRONOUN_SEX[low])
            if first is not None:
                return first
        if low in ("he", "she") and speaker is not None and self._speaker_s_own(head, speaker):
            return speaker  # "Sunak said he would step down": the speaker, named by surname
        if low in ("he", "she", "him", "his", "her"):
            return self.person_before(head)
        if (
            low == "it"
            and head.head.lemma_ in _COPULAS
            and any(c.dep_ == "attr" and c.lemma_.lower() in _EVENTS for c in head.head.children)
        ):
            return None  # "It is the worst drought in four decades, the UN said": the event
        if speaker is not None and head.dep_ in _SUBJ | _PASSIVE_SUBJ:
            clause = head.head
            while clause.dep_ == "conj":
                clause = clause.head
            teller = clause.head
            content = clause.dep_ in _CONTENT_DEPS and teller.lemma_ in _SPEECH | _DENIAL
            if clause.dep_ in ("acl", "ccomp") and teller.lemma_ in _CLAIM_NOUNS:
                # "the government denied reports that it had cut off the internet"
                teller = teller.head
                content = teller.lemma_ in _DENIAL
            speaker_token = _subject_of(teller)
            # a name, whatever entity label the tagger gave it ("Globex" as a product)
            named = speaker_token is not None and (
                self._mention_at(speaker_token) is not None
                or (speaker_token.pos_ == "PROPN" and speaker_token.text[:1].isupper())
                # "Google's parent company Alphabet said it would cut": named beside its noun
                or any(
                    c.dep_ == "appos" and c.pos_ == "PROPN" and self._mention_at(c) is not None
                    for c in speaker_token.children
                )
                # "It said it had closed the plant": the speaker's own "it", already read (a
                # "they" is read less surely: whom it stands for is often a guess)
                or speaker_token.lower_ == low == "it"
                # "the army denied that it had shelled the village": a body named by its
                # noun, and "it" the doer of an act (not "it was a tragedy")
                or (
                    low == "it"
                    and speaker_token.tag_ == "NN"
                    and speaker_token.i < head.i  # (not "'It would ...,' the minister said")
                    and any(c.lower_ == "the" for c in speaker_token.children)
                    # a body, not "the minister"
                    and _a_body(speaker_token)
                    and head.head.lemma_ not in _COPULAS
                )
            )
            last = self.state.last_subject
            if (
                content
                and low == "it"
                and speaker_token is not None
                and speaker_token.i > head.i
                and head.head.lemma_ in _COPULAS
            ):
                return None  # "'It was a terrible night,' the governor said": no one, nothing
            if (
                content
                and low == "it"
                and speaker_token is not None
                and speaker_token.i > head.i
                # (the subject of the said clause itself, not of one joined to it: "we have
                # an area ..., and it is full of ...")
                and head.head.i == clause.i
                and last is not None
                and not self._named_person(last)
            ):
                # "It released the satellites, the agency said", "It will cut 300 jobs, the
                # company said": what the sentence before told of (the rocket, Acme), as an
                # "it" opening a sentence is
                return last
            if content and named:
                return self.speaker_group or speaker  # "Acme said it would cut 300 jobs"
        return None

    def _speaker_s_own(self, pronoun: Token, speaker: str) -> bool:
        """Whether "he" or "she" is the subject of what a name it may stand for says ("Sunak
        said he would step down"): the speaker's own, whether or not a given name or a title
        told the speaker a person."""
        teller = _speech_verb_of(pronoun)
        if teller is None:
            return False
        said_by = _subject_of(teller)
        mention = self._mention_at(said_by) if said_by is not None else None
        return (
            said_by is not None
            and said_by.pos_ == "PROPN"
            and said_by.i < pronoun.i
            and mention is not None
            and mention.type in ("person", "name")
            and self._sex_of(speaker) in (None, _PRONOUN_SEX[pronoun.lower_])
        )

    def _first_conjunct_person(self, pronoun: Token, sex: str) -> str | None:
        """The person a clause joined to another names as (or as the owner of) its subject,
        for the joined clause's "he" or "she": "Bloggs's bail was revoked and he was taken into
        custody" is Bloggs, whoever was named in the sentences before; never one of the other
        sex."""
        clause = pronoun.head
        if clause.dep_ not in ("conj", "advcl") or clause.head.pos_ not in ("VERB", "AUX"):
            return None
        main = next(
            (c for c in clause.head.children if c.dep_ in _SUBJ | _PASSIVE_SUBJ and c.i < clause.i),
            None,
        )
        if main is None or main.pos_ == "PRON":
            return None
        owner = (
            main
            if main.pos_ == "PROPN"
            else next((c for c in main.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        )
        mention = self._mention_at(owner) if owner is not None else None
        if mention is None or not _a_person(mention):
            return None
        return mention.name if self._sex_of(mention.name) in (None, sex) else None

    def _owner_fits(self, possessive: str, subject: Token) -> bool:
        """Whether a possessive can stand for a clause's subject: "its" for no person ("He
        oversaw its accession" is not his), "his" and "her" for no thing or body ("the court
        rejected his appeal" is not the court's)."""
        low = subject.lower_
        mention = self._mention_at(subject) if subject.pos_ != "PRON" else None
        if possessive == "its":
            person = low in ("he", "she", "i", "we", "you", "they") or (
                mention is not None and _a_person(mention)
            )
            return not person
        if possessive in ("his", "her"):
            thing = (
                low in ("it", "they", "we")
                or (mention is not None and mention.type in _BODY_TYPES)
                # a body named by its noun: "the regulator", "the company"
                or (subject.tag_ == "NN" and _a_body(subject))
            )
            return not thing
        return True

    def _named_between(self, first: Token, last: Token) -> bool:
        """Whether a name other than ``first``'s stands between two tokens (a rival antecedent)."""
        start, end = self._offsets([first])[1], self._offsets([last])[0]
        return any(
            start <= m.start and m.end <= end and m.role not in ("description", "pronoun", "group")
            for m in self.mentions
        )

    def _body_referred(self, head: Token) -> str | None:
        """The body a bare definite noun of its kind refers back to: "The alliance won 180
        seats" after "the New Popular Front alliance", "the court said" after "the Supreme
        Court ruled", when that body is the last one named (in this sentence or the two
        before); None otherwise (another body named since: which one is meant is unsaid)."""
        if (
            head.tag_ != "NN"
            or head.lower_ not in _KIND_NOUNS
            or [(c.dep_, c.lower_) for c in head.lefts] != [("det", "the")]
            or any(c.dep_ in ("prep", "relcl", "acl", "appos", "compound") for c in head.rights)
        ):
            return None
        at, now = self.base + head.idx, self.state.sentence
        before = [b for b in self.state.bodies if now - 2 <= b[0] and (b[0] < now or b[1] < at)]
        if not before or head.lower_ not in before[-1][3]:
            return None
        return before[-1][2]

    def _strangers(self, pronoun: Token | None = None) -> list[int]:
        """Where the sentence introduces a person without a name: a singular noun of a person
        with an indefinite article ("Police arrested a 19-year-old man", "A second suspect,
        aged 17, was detained"), neither a name's apposition nor said of someone ("he is a
        teacher"); nor, given a ``pronoun``, its own verb's other party, which it cannot be
        ("after an employee recognised him")."""
        groups = self.state.lexicon.measures.groups
        found = []
        for t in self.doc:
            # ("a 19-year-old from Zenda": an adjective the tagger takes for the head)
            aged = t.lower_ == "old" and any(c.lower_ == "year" for c in t.lefts)
            if (
                not (t.tag_ == "NN" or aged)
                or t.dep_ in ("attr", "compound", "npadvmod", "amod")
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.lefts)
            ):
                continue
            if not (aged or t.lemma_.lower() in _STRANGER_NOUNS or t.lower_ in groups):
                continue
            named = (t.dep_ == "appos" and t.head.pos_ == "PROPN") or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children
            )
            if not named and not (pronoun is not None and t.head.i == pronoun.head.i):
                found.append(self.base + t.idx)
        return found

    def _stranger_since(self, name: str, pronoun: Token) -> bool:
        """Whether a person was introduced without a name after ``name`` was last named (in a
        later sentence, or in this one after it) and before ``pronoun``: "he" is then more
        likely the newcomer, and a wrong antecedent is worse than none."""
        now, before = self.state.sentence, self.base + pronoun.idx
        here = [m.end for m in self.mentions if _a_person(m) and m.name == name and m.end <= before]
        strangers = [at for at in self._strangers(pronoun) if at < before]
        if here:
            return any(here[-1] < at for at in strangers)
        last = max((k for k, n in self.state.people if n == name), default=None)
        if last is None:
            return False
        return bool(strangers) or any(last < k < now for k, _ in self.state.strangers)

    def _only_person_near(self, token: Token) -> str | None:
        """The one person named in the sentence before and in this one before ``token``; None
        when none was, or more than one."""
        start = self.base + token.idx
        here = {m.name for m in self.mentions if _a_person(m) and m.end <= start}
        before = {n for at, n in self.state.people if at == self.state.sentence - 1}
        named = here | before
        return next(iter(named)) if len(named) == 1 else None

    def _aged_person(self, token: Token) -> str | None:
        """Who "the 57-year-old" is: the person just named (:meth:`person_before`), but no one
        when the sentence before is contested (a subject acting against another person,
        :meth:`_acted_on`) and this one names no one before it: "Jo Bloggs beat Axel Ruiz
        6-3. The 22-year-old ..." may be either."""
        start = self.base + token.idx
        if self.state.contested == self.state.sentence - 1 and not any(
            _a_person(m) and m.role != "pronoun" and m.end <= start for m in self.mentions
        ):
            return None
        return self.person_before(token)

    def person_before(self, token: Token) -> str | None:
        """The last person named before ``token``: in its sentence, else in the ones before.
        For "she" or "he", the last one of that sex named in this sentence or the three
        before, where a given name tells it ("Maria Sanz resigned. ... Jo Bloggs named Axel
        Ruiz as her replacement. She is the third minister to leave": Maria Sanz); a person
        of the other sex is never taken. Nobody when a person was introduced without a name
        since that one was named ("Police arrested a 19-year-old man. Investigators said he
        had ...": the man, whom no name gives)."""
        found = self._person_before(token)
        if found is not None and self._stranger_since(found, token):
            return None
        if (
            found is not None
            and token.dep_ in _SUBJ | _PASSIVE_SUBJ
            and token.head.dep_ == "ROOT"
            and self.state.unnamed_subject == self.state.sentence - 1
            and found not in {m.name for m in self.mentions if m.end <= self.base + token.idx}
        ):
            # "The gunman fired four shots at Jo Bloggs. He was arrested": the sentence's "he"
            # goes on with the one before's subject, a person without a name
            return None
        return found

    def _person_before(self, token: Token) -> str | None:
        start = self.base + token.idx
        named = [m for m in self.mentions if _a_person(m) and m.end <= start]
        sex = _PRONOUN_SEX.get(token.lower_)
        if sex is not None:
            recent = [n for at, n in self.state.people if at >= self.state.sentence - 3]
            candidates = [*reversed([m.name for m in named]), *reversed(recent)]
            speaker = self.state.last_speaker
            if (
                token.dep_ in _SUBJ
                and token.head.lemma_ in _SPEECH
                and not named
                and speaker in candidates
                and self.state.spoke_at >= self.state.sentence - 1
                and self._sex_of(speaker) in (None, sex)
            ):
                return speaker  # "..., Y said. She added that ...": who spoke goes on
            sexes = [self._sex_of(n) for n in candidates]
            fitting = [n for n, x in zip(candidates, sexes, strict=True) if x == sex]
            others = [n for n, x in zip(candidates, sexes, strict=True) if x is None]
            chosen = fitting[0] if fitting else others[0] if others else None
            if (
                chosen is not None
                and chosen == speaker
                and not named
                # (the sentence before: not this one's own speaker, "he said he was sorry")
                and self.state.spoke_at == self.state.sentence - 1
                and len({*fitting, *others}) > 1
            ):
                # "'...,' Jo Bloggs said. She is the 19th woman to win the prize": after a
                # quote, "she" may be its speaker or another the story is about (of her sex,
                # or of none a given name tells); a wrong antecedent is worse than none
                return None
            if (
                chosen is not None
                and not fitting
                and not named
                and len(others) > 1
                and self.state.contested == self.state.sentence - 1
            ):
                # "X beat Y 6-3. He ...", no given name telling either's sex: either
                return None
            if chosen is not None:
                return chosen
        return named[-1].name if named else self.state.last_person

    def _sex_of(self, name: str) -> str | None:
        """The sex a person's given name tells (theirs, or that of the person of that
        surname named in full before), or None."""
        if name in self.state.sexes:
            return self.state.sexes[name]
        # (the party a name is written after is no given name: "Republican Jo Bloggs")
        words = [w for w in name.split() if w.lower() not in AFFILIATIONS] or name.split()
        found = given_names().get(words[0]) if len(words) > 1 else None
        if found is None and len(words) == 1:
            full = self._full_name(name)
            found = given_names().get(full.split()[0]) if full else None
        return found

    def _full_name(self, surname: str) -> str | None:
        """The person last named in full whose surname ``surname`` is ("Axel Ruiz" for
        "Ruiz"), or None."""
        return next(
            (
                n
                for _, n in reversed(self.state.people)
                if n != surname and n.split()[-1] == surname
            ),
            None,
        )

    def _phrase_mentions(self, head: Token) -> list[Mention]:
        """Names in the phrase of ``head`` joined by "and" or commas, outside nested phrases."""
        nested = {
            t.i
            for c in head.children
            if c.dep_ in ("prep", "relcl", "acl", "appos")
            for t in c.subtree
        }
        tokens = [t for t in head.subtree if t.i not in nested]
        if not any(t.dep_ == "cc" for t in tokens):
            return []
        start, end = self._offsets(tokens)
        return [
            m for m in self.mentions if start <= m.start and m.end <= end and m.role != "pronoun"
        ]

    @staticmethod
    def _display(m: Mention | None) -> str | None:
        if m is None:
            return None
        if m.members:
            return " & ".join(m.members)
        if m.role == "description":
            return re.sub(r"^(?:the|its|their|these|those)\s+", "", m.text.lower())
        return m.name

    def _speaking_for(self, head: Token, group: Token) -> bool:
        """Whether a speaker named with a body's words before it speaks for that body: "police
        spokesman Jo Bloggs", "the main opposition party", "Zenda's transport ministry"; not
        "candy maker Acme", a name with words that describe it."""
        if head.pos_ != "PROPN":
            return True
        mention = self._mention_at(group)
        return (mention is not None and mention.role != "name") or any(
            _titled(t) for c in head.lefts if c.dep_ == "compound" for t in c.subtree
        )

    def speaker_name(self, head: Token) -> str | None:
        """The speaker's name; for "police spokesman X", "police" is kept as the speaker's group."""
        if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.i < head.i:
            teller = _stranded_teller(head.sent.root)
            if teller is not None and teller.i == head.i:
                # "..., in Nairobi, a coalition of rights groups said": the coalition, not the
                # name the parser hung it on
                return " ".join(t.lower_ for t in self._phrase(head))
        beside = next((c for c in head.children if c.dep_ == "appos"), None)
        if (
            beside is not None
            and self._mention_at(beside) is not None
            and not (head.pos_ == "PROPN" and _titled(beside))
        ):
            # "the state news agency, KCNA, said"; but "Jo Bloggs, Zenda Fire Chief, said" is
            # Jo Bloggs, whose office follows the name
            return self.speaker_name(beside)
        group = [
            t
            for c in head.lefts
            if c.dep_ == "compound"
            for t in c.subtree
            if t.dep_ == "compound" and t.pos_ == "NOUN" and not _titled(t)
        ]
        mention = self._mention_at(head)
        if mention is not None and mention.title and mention.country:
            # "Acme chief executive Jo Bloggs": the body whose office the speaker holds
            self.speaker_group = mention.country
        elif (
            group
            and self._speaking_for(head, group[0])
            and not (
                _a_body(head)
                and not _a_body(group[0])
                and not any(c.dep_ == "poss" for c in head.children)
            )
        ):
            # (but "the health ministry" is a body of its own, whose field is no body; a
            # state's, "Zenda's transport ministry", speaks for the state)
            self.speaker_group = self.name(group[0])
        if head.pos_ == "NOUN" and (mention is None or mention.role in ("group", "description")):
            of = next(
                (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")),
                None,
            )
            body = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if body is not None and self._mention_at(body) is not None:
                return self.speaker_name(body)
        if mention is not None and mention.role == "capital":
            return mention.name  # "Paris said": the state speaks
        if mention is not None and mention.role == "organ" and mention.organ:
            return f"{mention.name} {mention.organ}"
        return self.name(head)

    # -- the sentence --------------------------------------------------------------------------

    def run(self) -> None:
        self._lexicon_frames()
        self._open_frames()
        self._ranked_asides()
        self._ranked_members()
        self._attach_times()
        self._attach_attribution()
        self._unconfirmed()
        made: dict[int, Claim] = {}
        changed: set[str] = set()  # acts whose object is a change their figures tell
        first = len(self.state.claims)
        self.found = measurements(self.doc.text, self.state.lexicon.measures)
        for frame in self.frames:
            obj = frame.obj
            held = next(
                (
                    m
                    for m in self.found
                    if obj is not None and m.measure == "temperature" and m.start <= obj.idx < m.end
                ),
                None,
            )
            if held is not None:
                # "the thermometer reached 46.2C": a figure (its claim is made with the
                # sentence's measurements), not a thing named "46.2C"
                frame.obj, frame.object_name = None, None
                frame.value = frame.value or held.quantity.text
        anchors = {f.anchor.i for f in self.frames}
        for frame in sorted(self.frames, key=lambda f: f.anchor.i):
            if _manner_alone(frame, anchors) or _start_alone(frame) or self._intent_alone(frame):
                continue
            claim = self._claim(frame) or self._unmatched(frame)
            if claim is not None and claim.predicate == "begin" and _erupting(frame.subject):
                # "a volcano erupted on Monday": the eruption began, not the volcano
                claim = evolve(claim, {"predicate": self._open_predicate(frame.anchor)})
            if claim is not None:
                prices = self._share_prices(frame, claim)
                if prices and claim.measure == "money" and claim.quantity == prices[0].quantity:
                    # "shares were quoted at 0.61 francs": the clause's amount is the price
                    claim, prices = evolve(prices[0], {"id": claim.id}), prices[1:]
                converted = self._conversions(claim)  # (of an amount: never placed apart)
                claim, listed = self._enumerated(frame, claim)
                listed += self._included(frame, claim)
                if (
                    claim.measure is not None
                    and claim.measure.startswith("count:")
                    and claim.population is None
                    and _counted_since(frame.anchor)
                ):
                    # "cancelled 3,500 flights since Friday": a running total, not one day's
                    # count ("cancelled 1,200 flights on Saturday")
                    claim = evolve(claim, {"population": "in all"})
                fined = self._fined_party(frame) if claim.predicate == "open:fine" else None
                claim, listed = _fined(claim, fined), [_fined(c, fined) for c in listed]
                converted = [_fined(c, fined or claim.object) for c in converted]
                claim, act = self._toll_and_act(frame, claim)
                made[frame.anchor.i] = claim
                self.state.claims.extend([claim, *converted, *listed, *act])
                self.state.claims.extend(self._worth_claim(frame, claim))
                self.state.claims.extend(self._held(frame, claim))
                for price in [*prices, *self._priced(frame, claim)]:
                    self.state.claims.extend([price, *self._conversions(price)])
                changes = self._changes(frame, claim)
                self.state.claims.extend(changes)
                if (
                    claim.predicate.startswith("open:")
                    and claim.measure is None
                    and frame.obj is not None
                    and change_noun(frame.obj)
                    and any(c.measure is not None for c in changes)
                ):
                    # "Acme reported a 12% rise in revenue": the rise is what it says, told by
                    # its figures (Acme revenue up 12%), not also as an act of reporting a rise
                    changed.add(claim.id)
                self.state.claims.extend(
                    # (a share's price is not the level of what its subject names)
                    c
                    for c in self._level_after(frame, claim)
                    if all(p.quantity != c.quantity for p in prices)
                )
        self._untallied(first, made)
        self._figures_referred(first, made)
        self._rises_referred(first, made)
        measured = self._measured(made)
        # a clause that says only how much of a fire is contained is that figure's claim; so is
        # one that says only how long or high a thing is ("the fissure is about 3.5 km long":
        # what it is, its value, is the figure's words; not a position, "77 km southwest of
        # X", whose words say more than the distance)
        said = {c.text for c in measured if c.measure in _CLAUSE_FIGURES}
        valued = {
            (c.text, c.value)
            for c in measured
            if c.predicate == "open:be" and c.value and c.population in ("length", "height")
        }
        self.state.claims[first:] = [
            c
            for c in self.state.claims[first:]
            if not (
                c.predicate.startswith("open:")
                and c.quantity is None
                and (c.text in said or (c.predicate == "open:be" and (c.text, c.value) in valued))
            )
            and c.id not in changed
        ]
        self.state.claims.extend(measured)
        self.state.claims.extend(self._on_board(made, self.state.claims[first:]))
        self._all_aboard(made, first)
        self._goals_by_times(made, first)
        self.state.claims.extend(self._aboard_total(self.state.claims[first:]))
        self.state.claims.extend(self._there_aboard())
        self.state.claims.extend(self._there_counted())
        self.state.claims.extend(self._ages_beside_names())
        self.state.claims.extend(self._ages_stated())
        self.state.claims.extend(self._counted_in_state(first))
        self.state.claims.extend(self._scores(made))
        self.state.claims.extend(self._moves_between_levels(first))
        self.state.claims.extend(self._multiplied(first))
        self.state.claims.extend(self._amount_changes(first))
        self.state.claims.extend(self._rival_shares(first))
        self.state.claims.extend(self._contract_values(first, made))
        self._time_given(first, made)
        for verb, scheduled in self._scheduled():
            plain = made.get(verb)
            if plain is None or not plain.predicate.startswith("open:") or plain.quantity:
                self.state.claims.append(scheduled)
            else:  # "set sentencing for July 11": the clause's act is the date it sets
                at = next(k for k, c in enumerate(self.state.claims) if c is plain)
                self.state.claims[at] = evolve(scheduled, {"id": plain.id})
        if not any(
            c.predicate == "kill" and c.polarity == "negated" for c in self.state.claims[first:]
        ):  # "no deaths from the virus": a denial read already
            self.state.claims.extend(self._no_deaths())
        for copula, ordinal in self._event_ordinals():
            plain = made.get(copula) if copula is not None else None
            if plain is None or plain.quantity is not None:
                self.state.claims.append(ordinal)
            else:  # the clause's claim, now with its place in the series
                at = next(k for k, c in enumerate(self.state.claims) if c is plain)
                self.state.claims[at] = evolve(ordinal, {"id": plain.id})  # (made holds it)
        self.state.claims.extend(
            office_claims(self.state.source, self.base, self.end, self.mentions, self.state.next_id)
        )
        self._drop_increments(first)
        self._drop_bare_ages(first)
        self._note_opponents(first)
        self._note_identified()
        self._with_debt(first)
        self._partial_count(first)
        self._shot_besides(first)
        self._condition_parts(first)
        self._blamed(first)
        people = [m for m in self.mentions if _a_person(m) and m.role != "pronoun"]
        # A clause's subject or object is who comes next, before a name a preposition takes
        # ("Acme signed Jo Bloggs from Westmark Rovers. The 22-year-old ...": Jo Bloggs, not
        # the club the tagger took for a person): those are listed first, as named earlier.
        # Who only reports it comes before those it tells of: "X was arrested 13 times, the
        # committee's chair Y said. She is ..." is X; and so does one named as the owner of
        # something: "Jo Bloggs broke Axel Ruiz's record. The 23-year-old ..." is Jo Bloggs.
        # Of the rest, the main clause's subject, named in a sentence before, is who the story
        # goes on with (its topic, kept): "Jo Bloggs won the party's leadership. Bloggs beat
        # Axel Ruiz 215-194. He will ..." is Jo Bloggs.
        aside = [m for m in people if self._oblique(m) or self._reporting(m) or self._possessor(m)]
        before = {n for _, n in self.state.people}
        topic = [
            m
            for m in people
            if m not in aside
            and self._main_subject(m)
            and (m.name in before or self._full_name(m.name) is not None)
        ]
        rest = [m for m in people if m not in aside and m not in topic]
        if not topic and any(map(self._main_subject, rest)) and any(map(self._acted_on, rest)):
            self.state.contested = self.state.sentence
        people = [*aside, *rest, *topic]
        if people:
            self.state.last_person = people[-1].name
        self.state.people.extend((self.state.sentence, m.name) for m in people)
        for m in self.mentions:
            root = self._first_conjunct(m)
            # (a proper name: not "Shares of Acme fell")
            if (
                m.role == "name"
                and m.type not in _NOT_BODIES
                and root is not None
                and root.pos_ == "PROPN"
            ):
                self.state.named_bodies.add(m.name)
                if root.dep_ in _SUBJ | _PASSIVE_SUBJ:
                    self.state.subject_bodies.add(m.name)
        self.state.strangers.extend((self.state.sentence, at) for at in self._strangers())
        if _unnamed_subject(self.doc):
            self.state.unnamed_subject = self.state.sentence

    def _blamed(self, first: int) -> None:
        """A speaker saying someone else was responsible for something blames them: "Acme
        said Globex was responsible for the outage" is Acme's accusation of Globex, as "Acme
        blamed Globex for the outage" is (not a speaker's own admission, nor a denial)."""
        claims = self.state.claims
        for k in range(first, len(claims)):
            c = claims[k]
            if (
                c.predicate == "open:be"
                and c.polarity == "affirmed"
                and c.subject
                and c.attributed_to
                and c.subject != c.attributed_to
                and _RESPONSIBLE.match(c.value or "")
            ):
                claims[k] = evolve(
                    c,
                    {
                        "predicate": "accuse",
                        "subject": c.attributed_to,
                        "object": c.subject,
                        "value": None,
                        "attributed_to": None,
                        "modality": "asserted",
                    },
                )

    def _condition_parts(self, first: int) -> None:
        """The part of the sentence's injured in a condition, given after them: "Forty people
        were injured, four of them in critical condition" (or "four of them critically") has
        four in critical condition, as "four were critically injured" does."""
        groups = self.state.lexicon.measures.groups
        totals = [
            c
            for c in self.state.claims[first:]
            if c.measure in ("injured", "hospitalised")
            and c.quantity
            # (or of a group: "four crew members were injured, three of them seriously")
            and (not c.population or c.population in groups)
        ]
        by_noun = self.state.lexicon.measures.by_noun
        named = any(  # "the wounded were taken to two hospitals; two of them were ..."
            t.lower_ in by_noun
            and by_noun[t.lower_].id in ("injured", "hospitalised")
            and any(c.lower_ == "the" for c in t.children)
            for t in self.doc
        )
        if not totals and not named:
            return
        said = self._said(self.doc[:].root) if not totals else {}
        if said is None:
            return  # its speaker denies it
        modality = totals[0].modality if totals else said["modality"]
        speaker = totals[0].attributed_to if totals else said["attributed_to"]
        for found in _PART_CONDITION.finditer(self.doc.text):
            population = injury_condition(found["adverb"] or found["state"] or "")
            counts = find_quantities(found["count"])
            if population is None or len(counts) != 1:
                continue
            unit = "person" if counts[0][2].low == 1 else "people"
            quantity = counts[0][2].model_copy(update={"unit": unit, "text": found["count"]})
            self.state.claims.append(
                self._sentence_claim(
                    self.base + found.start(),
                    self.base + found.end(),
                    subject=None,
                    predicate="injure",
                    quantity=quantity,
                    measure="injured",
                    population=population,
                    event="main",
                    modality=modality,
                    attributed_to=speaker,
                )
            )

    def _unconfirmed(self) -> None:
        """What a clause says is marked unconfirmed by the clause set against it: "PTI reported
        that a freight train was also involved, but the authorities gave no immediate
        confirmation of this" (or "did not confirm it", "but there was no confirmation"), or
        by the refusal that holds it: "officials did not confirm reports that the pilot had
        asked to land", "police could not confirm that the suspect had fled". The refusal to
        confirm is no claim of its own."""
        for token in self.doc:
            if not self._denies_confirmation(token):
                continue
            held = [
                c
                for c in token.children
                if c.dep_ == "ccomp"
                # ("did not say how the attackers gained access": that they did is given)
                and not (token.lemma_ in _SHOWING_VERBS and c.left_edge.lower_ in _ASKING_WORDS)
            ] + [
                g
                for c in token.children
                if c.dep_ == "dobj"
                for g in c.children
                if g.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in g.children)
            ]
            if held:
                said = {t.i for clause in held for t in clause.subtree}
                refusal = {token.i}
            elif (
                token.lemma_ not in _SHOWING_VERBS | _BELIEVING_VERBS
                and token.dep_ == "conj"
                and any(
                    c.dep_ == "cc" and c.lower_ in ("but", "yet")
                    for c in (*token.head.children, *token.children)
                )
            ):
                refusal = {t.i for t in token.subtree}
                said = {t.i for t in token.head.subtree} - refusal
            else:
                continue
            for frame in self.frames:
                frame.unconfirmed = frame.unconfirmed or frame.anchor.i in said
            self.frames = [f for f in self.frames if f.anchor.i not in refusal]

    def _denies_confirmation(self, verb: Token) -> bool:
        """Whether ``verb`` says something was not confirmed: "gave no confirmation", "did not
        (immediately) confirm", "could not verify", "there was no confirmation", "did not
        prove"."""
        if verb.lemma_ in _UNCONFIRMING_VERBS:
            return self._negated(verb)
        noun = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("dobj", "attr", "nsubj") and c.lemma_.lower() in _CONFIRM_NOUNS
            ),
            None,
        )
        if noun is None or verb.lemma_ not in ("give", "offer", "provide", "issue", "be"):
            return False
        return self._negated(verb) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children
        )

    def _note_identified(self) -> None:
        """Note who a described person turned out to be: "The gunman was identified as Jo
        Bloggs", "Police named the victim as Jo Bloggs", "Jo Bloggs was identified as the
        gunman" (one person described by "the" and a singular noun, one named person)."""
        for verb in self.doc:
            if verb.lemma_.lower() not in ("identify", "name") or verb.pos_ != "VERB":
                continue
            said = [c for c in verb.children if c.dep_ in (*_PASSIVE_SUBJ, "dobj")]
            as_ = [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if len(said) != 1 or len(as_) != 1:
                continue
            pair = sorted([said[0], as_[0]], key=lambda t: t.pos_ == "PROPN")
            described, named = pair
            mention = self._mention_at(named)
            if (
                named.pos_ != "PROPN"
                or mention is None
                or not _a_person(mention)
                or described.pos_ != "NOUN"
                or described.tag_ != "NN"
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in described.children)
                or any(c.dep_ == "conj" for c in (*described.children, *named.children))
            ):
                continue
            words = self.name(described)
            if words is None:
                continue
            # (one who attacked, by any of the words a story uses for them: "The FBI
            # identified the shooter as Jo Bloggs" names "the gunman" of the sentence before)
            for said_as in _ASSAILANTS if words in _ASSAILANTS else (words,):
                known = self.state.identified.get(said_as, mention.name)
                self.state.identified[said_as] = mention.name if known == mention.name else None

    def _note_opponents(self, first: int) -> None:
        """Who beat whom in this sentence's claims, for a score told later without the rival
        (:meth:`_score_claim`), by each side's full name and its last word."""
        for c in self.state.claims[first:]:
            if (
                c.predicate == _WON_OVER
                and c.subject
                and c.object
                and " & " not in c.subject + c.object
            ):
                for one, other in ((c.subject, c.object), (c.object, c.subject)):
                    self.state.opponents[one] = self.state.opponents[one.split()[-1]] = other

    def _shot_besides(self, first: int) -> None:
        """Those shot besides the dead are the wounded: "One person was killed and 22 others
        were shot" counts 22 injured, as "wounded 22" does (shot alone may count the dead
        too: "23 people were shot, one fatally")."""
        claims = self.state.claims
        told = claims[first:]
        if not any(c.predicate == "kill" and c.quantity is not None for c in told):
            return
        besides = _SHOT_BESIDES.search(self.text, self.base, self.end)
        if besides is None:
            return
        shooting = self.state.lexicon.open_predicate("shoot")
        for k in range(first, len(claims)):
            c = claims[k]
            if (
                c.predicate == shooting
                and c.object is None
                and c.measure is None
                and c.quantity is not None
                and c.quantity.text == besides["n"]
            ):
                claims[k] = evolve(
                    c, {"predicate": "injure", "measure": "injured", "event": "main"}
                )

    def _partial_count(self, first: int) -> None:
        """Shares told "with 99% of ballot boxes opened" are those of a count not yet done: a
        figure of their own (population "partial count"), which the final result's does not
        contradict ("had 52.1% ... with more than 99% of ballot boxes opened" / "took 52.16
        percent", the electoral council said)."""
        if _PARTIAL_COUNT.search(self.text, self.base, self.end) is None:
            return
        claims = self.state.claims
        for k in range(first, len(claims)):
            c = claims[k]
            if c.measure == "percent" and c.population is None and c.quantity is not None:
                claims[k] = evolve(c, {"population": "partial count"})

    def _with_debt(self, first: int) -> None:
        """A price or a value told with the debt it takes on ("a deal worth $14.9 billion
        including debt", "Including debt, the deal is valued at $14.9 billion") is another
        figure than the one paid for the shares ("buy Acme for $14.1 billion"): its event
        says so. The phrase goes with the amount printed right before it, or, opening the
        sentence, the first one after it."""
        claims = self.state.claims
        sentence = self.text[self.base : self.end]
        phrases = list(_WITH_DEBT.finditer(sentence))
        if not phrases:
            return
        spots = {}
        for k in range(first, len(claims)):
            c = claims[k]
            if c.measure == "money" and c.quantity is not None and c.quantity.text:
                at = sentence.find(c.quantity.text)
                # (the amount itself, not one it is restated as: "$14.1 billion, or $14.9
                # billion including debt" is not what includes it)
                own = re.split(r",? or ", c.quantity.text, maxsplit=1)[0]
                if at >= 0:
                    spots[k] = (at, at + len(own))
        for phrase in phrases:
            after = [k for k, (_, e) in spots.items() if 0 <= phrase.start() - e <= 3]
            opening = not sentence[: phrase.start()].strip(" \"'“‘")
            before = [k for k, (s, _) in spots.items() if s > phrase.end()] if opening else []
            nearest = min((spots[k][0] for k in before), default=None)
            for k in after or [k for k in before if spots[k][0] == nearest]:
                event = claims[k].event or "value"
                if not event.endswith(" including debt"):
                    claims[k] = evolve(claims[k], {"event": f"{event} including debt"})

    def _drop_bare_ages(self, first: int) -> None:
        """ "He was 100." is the person's age: the clause is not told again as a bare "was 100"
        of no measure beside it."""
        claims = self.state.claims
        ages = {
            (c.subject, c.quantity.low)
            for c in claims[first:]
            if c.measure == "age" and c.quantity is not None
        }
        if ages:
            claims[first:] = [
                c
                for c in claims[first:]
                if not (
                    c.predicate == "open:be"
                    and c.measure is None
                    and c.quantity is not None
                    and (c.subject, c.quantity.low) in ages
                )
            ]

    def _drop_increments(self, first: int) -> None:
        """Counts of more of something already counted are no totals: in "three more people
        died, bringing the toll to 15" (or after "the fire killed 12"), 3 is an increment of
        the toll, not a toll; the claim stays, without the figure. "Killed 820 and injured
        another 672" counts the injured for the first time: a figure of another measure
        before it in the sentence is what "another" adds to."""
        claims = self.state.claims
        placed: dict[int, Token] = {}  # the sentence's figures, by the noun each counts
        for k in range(first, len(claims)):
            quantity = claims[k].quantity
            token = self._counted(quantity.text) if quantity and claims[k].measure else None
            if token is not None:
                placed[k] = token
        earlier = {c.measure for c in claims[:first] if c.measure and c.quantity}
        by_noun = self.state.lexicon.measures.by_noun
        for k, token in placed.items():
            claim = claims[k]
            # "Two adults were also critically injured" (after "nine children were injured"):
            # told in addition, as "two more" is (not "also killed 12 in Westmark", a place's)
            also = claim.location is None and any(
                c.dep_ == "advmod" and c.lower_ == "also" for c in token.head.children
            )
            if not (_increment(token) or also) or claim.id in self.dated_parts:
                continue  # "15 on Saturday and another 20 on Sunday": each its day's count
            named = by_noun.get(token.lower_) or by_noun.get(token.lemma_.lower())
            # "divers recovered six more bodies": more of what the noun itself counts
            own = named is not None and named.id == claim.measure
            before = [claims[j].measure for j, t in placed.items() if t.i < token.i]
            if not own and any(m != claim.measure for m in before):
                continue  # "killed 820 and injured another 672": more than the dead
            # (others than a count told before them: "eight other children and two adults
            # were injured" are eight besides those told of earlier, not more than the two;
            # "three more people died, bringing the toll to 15" are more than any count)
            other = not also and not any(
                c.lower_ in _INCREMENTS and c.lower_ != "other"
                for c in token.subtree
                if c.i < token.i
            )
            here = {
                claims[j].measure
                for j, t in placed.items()
                if j != k and (t.i < token.i or not other)
            }
            if own or claim.measure in earlier | here:
                claims[k] = evolve(
                    claim, {"measure": None, "population": None, "event": None, "quantity": None}
                )

    def _tokens_in(self, match: PredicateMatch) -> list[Token]:
        return [
            t
            for t in self.doc
            if match.start <= t.idx < match.end or (t.idx < match.start < t.idx + len(t))
        ]

    def _lexicon_frames(self) -> None:
        sentence = self.doc.text
        for match in self.state.lexicon.find(sentence):
            tokens = self._tokens_in(match)
            if not tokens:
                continue
            if match.form == "verb":
                # the main verb, not an auxiliary before it ("arrests have been made"; "has been
                # prime minister since 2015": the copula, not "has")
                verbs = (
                    [t for t in tokens if t.pos_ == "VERB"]
                    or [t for t in tokens if t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass")]
                    or [t for t in tokens if t.pos_ == "AUX"]
                )
                anchor = verbs[0] if verbs else tokens[0]
                if anchor.i in self.by_anchor:
                    continue
                frame = self._verb_frame(anchor, match.predicate, tokens)
            else:
                nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
                inside = {t.i for t in tokens}
                heads = [t for t in nouns if t.head.i not in inside or t.head.i == t.i]
                anchor = heads[0] if heads else nouns[0] if nouns else tokens[0]
                if anchor.i in self.by_anchor:
                    continue
                frame = self._noun_frame(anchor, match.predicate, tokens)
            if frame is None or self._denial_frame(frame):
                continue
            spec = self.state.lexicon.spec(match.predicate)
            # The verb in another sense than the lexicon's: "figures released on Saturday";
            # "the quake struck at 11 pm", "the Northern Express struck a goods train" (no
            # state acts)
            matched = {t.i for t in tokens}
            other_sense = spec is not None and (
                (frame.obj is not None and frame.obj.lemma_ in spec.object_not)
                # an object read as a count: "seized 2 tonnes of cocaine"
                or (
                    frame.obj is None
                    and match.form == "verb"
                    and any(
                        t.lemma_ in spec.object_not
                        for c in anchor.children
                        if c.dep_ == "dobj"
                        for t in (c, of_object(c))
                        if t is not None
                    )
                )
                # a particle the lexicon's words do not hold makes another verb: "struck the
                # law down", "shelled out $5 million"
                or (
                    match.form == "verb"
                    and any(
                        c.dep_ == "prt" and c.i not in matched and _phrasal(c, anchor)
                        for c in anchor.children
                    )
                )
                or (
                    # "the budget would hurt the poorest families": harm foretold, uncounted,
                    # is no injury
                    anchor.lemma_.lower() in _HARMED_IN_WORDS
                    and frame.quantity is None
                    and any(c.dep_ == "aux" and c.lower_ in _FORETELLING for c in anchor.children)
                )
                # "the retailer blamed falling sales": a cause it names, no one accused
                or (anchor.lemma_ == "blame" and frame.obj is not None and _a_cause(frame.obj))
                or (
                    # "Berset was joined by X": joining a person is keeping them company
                    PERSON_OBJECT in spec.object_not
                    and frame.obj is not None
                    and (mention := self._mention_at(frame.obj)) is not None
                    and mention.type == "person"
                )
                or (
                    spec.actor == "state"
                    and frame.subject is not None
                    and (
                        frame.subject.lemma_.lower() in _NO_ATTACKERS
                        or any(
                            c.dep_ == "compound" and c.lower_ in _VESSEL_PREFIXES
                            for c in frame.subject.children
                        )
                        or _named_storm(frame.subject, anchor)
                    )
                )
            )
            # "tugboats were working to free the vessel": the effort, not the act done
            attempted = (
                anchor.dep_ in ("xcomp", "advcl")
                and _to_infinitive(anchor)
                and anchor.head.lemma_ in _EFFORTS
            )
            if other_sense or attempted:
                if match.form != "verb":
                    continue
                frame.predicate = self._open_predicate(anchor)
            self._add(frame)
            if match.form != "verb" and self.by_anchor.get(anchor.i) is frame:
                # "Ottawa's decision to cut ties with X": the verb inside the noun's words is
                # the same act, not an open claim of its own
                self.in_nouns.update(t.i for t in tokens if t.pos_ == "VERB")

    @staticmethod
    def _denial_frame(frame: _Frame) -> bool:
        """A denial whose content is a clause: the content is the claim (negated), not this."""
        anchor = frame.anchor
        if anchor.lemma_ not in _DENIAL:
            return False
        for c in anchor.children:
            if c.dep_ in _CONTENT_DEPS:
                return True
            if c.dep_ == "dobj" and c.lemma_ in _CLAIM_NOUNS:
                return any(g.dep_ in ("acl", "ccomp", "relcl") for g in c.children)
        return False

    def _intent_alone(self, frame: _Frame) -> bool:
        """Whether a frame is a verb of intending with nothing but the lexicon act it intends,
        which is a claim of its own (:meth:`_intended`): "Bloggs plans to appeal" is the
        appeal, not also a plan of nothing (a planned count stays told as the plan too: "Acme
        plans to cut 300 jobs")."""
        anchor = frame.anchor
        if (
            not frame.predicate.startswith("open:")
            or anchor.lemma_ not in _INTENDING
            or frame.obj is not None
        ):
            return False
        return any(
            f.anchor.dep_ == "xcomp" and f.anchor.head.i == anchor.i and self._intended(f)
            for f in self.frames
        )

    def _intended(self, frame: _Frame) -> bool:
        """Whether a lexicon act is one its doer says it will do: "Bloggs plans to appeal",
        "vowed to appeal", "intends to resign", as "Bloggs will appeal" says it (told as what
        would happen: ``Describer.future``); not one another is asked to do ("urged Chile to
        recognise") nor a count ("plans to hire 500": :meth:`_planned`)."""
        anchor = frame.anchor
        return (
            anchor.dep_ == "xcomp"
            and anchor.head.lemma_ in _INTENDING
            and _to_infinitive(anchor)
            and not frame.predicate.startswith("open:")
            and frame.quantity is None
            and not any(c.dep_ in ("dobj", "dative") for c in anchor.head.children)
        )

    def _planned(self, frame: _Frame) -> bool:
        """Whether a plan's act counts a measure that is news before it is done: "Acme plans
        to eliminate 1,500 positions" is the jobs cut (the table's ``planned``)."""
        spec = self.state.lexicon.measures.by_verb.get(frame.anchor.lemma_.lower())
        return (
            spec is not None
            and spec.planned
            and frame.quantity is not None
            and frame.anchor.head.lemma_ in _PLANS
        )

    def _add(self, frame: _Frame) -> None:
        anchor = frame.anchor
        if self._comparison(anchor):
            return
        if (
            frame.predicate == "begin"
            and frame.subject is not None
            and frame.subject.lemma_.lower() in _TAKING_EFFECT
            and self.state.lexicon.spec("take_effect") is not None
        ):
            # "the ceasefire will begin at midnight": a measure's start is its taking effect
            frame.predicate = "take_effect"
        if _question(anchor) in ("whether", "how many", "which"):
            # "did not say how many people had been arrested", "... which units would be
            # affected": asked, not told
            return
        if frame.predicate.startswith("open:") and _background_participle(anchor):
            # "two firefighters were injured while battling the blaze": what they were doing,
            # told of the injury; "... rammed a bridge, officials said, bringing down part of
            # it": a participle the parse hung on the report, not on what it reports
            return
        if (
            _unrealised(anchor)
            and frame.rank is None
            and not self._planned(frame)
            and not self._intended(frame)
        ):
            return  # "urged Chile to recognise": asked for, not done
        infinitive = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in anchor.children)
        owned = any(c.dep_ == "poss" for c in anchor.head.children)
        if (
            anchor.dep_ in ("acl", "relcl")
            and infinitive
            and frame.rank is None
            and not owned
            and not (self._planned(frame) and anchor.head.head.lemma_ in _PRESENTING)
        ):
            # "a deal to take over X", "bodies still to be identified": not (yet) done (but a
            # plan its maker presents is its own: "Acme announced plans to cut 2,000 jobs", as
            # "Acme plans to cut 2,000 jobs"; not "unions rejected a plan to cut ...")
            return
        if (
            infinitive
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in anchor.children)
            and not _took_time(anchor.head)
            and frame.rank is None
        ):
            # "a plan for Acme to borrow 50 billion", "it is vital for the bank to act": what
            # is planned, wished or judged, not done (but "it took three days for rescuers to
            # reach the village": they reached it)
            return
        judged = anchor.head.lemma_ in _COPULAS and any(
            c.dep_ in ("acomp", "attr") for c in anchor.head.children
        )
        if infinitive and judged and anchor.dep_ in ("advcl", "xcomp") and frame.rank is None:
            return  # "it was necessary for the authorities to act": a judgement, not an event
        if _if_clause(anchor) or _as_though(anchor) or _generic_where(anchor):
            # "if some bodies go unclaimed", "even if it stayed solvent", "looked as though a
            # whirlwind had tossed the coaches", "Where quakes are rare, ...": not a fact
            return
        self.frames.append(frame)
        self.by_anchor[frame.anchor.i] = frame

    def _open_frames(self) -> None:
        for token in self.doc:
            if token.i in self.by_anchor or token.i in self.in_nouns:
                continue
            if self._ranked_complement(token):
                continue  # "X became the third country to recognise Y": the recognising, ranked
            if token.lemma_ in _COPULAS and token.dep_ in _CLAUSE_DEPS:
                if any(_able_to(g) for c in token.children for g in c.children):
                    continue  # "were able to reach": the reaching is the claim
                copula = self._copula(token)
                if copula is not None:
                    self._add(copula)
                continue
            if token.pos_ != "VERB":
                continue
            if token.dep_ not in _CLAUSE_DEPS and token.dep_ != "ROOT":
                continue
            if _anaphoric(token):
                anaphor = self._anaphora(token)
                if anaphor is not None:
                    self._add(anaphor)
                continue  # "Chile followed suit", the act not found: nothing to check
            if token.lemma_ in _LIGHT or (token.lemma_ in _DENIAL and not _rejected_act(token)):
                continue
            characterised = self._characterised(token)
            if characterised is not None:
                self._add(characterised)
                continue
            if token.lemma_ in ("cite", "quote") and token.tag_ == "VBG" and token.dep_ != "ROOT":
                continue  # "state TV, citing the ministry, said ...": where a report comes from
            if (
                token.lemma_ in _OCCASIONS
                and token.tag_ == "VBG"
                and token.dep_ == "advcl"
                and token.head.lemma_ in _SPEECH | _DENIAL
                and not _has_subject(token)
            ):
                continue  # "Speaking to reporters, the minister said ...": its occasion
            infinitive = next(
                (c for c in token.children if c.dep_ == "xcomp" and _to_infinitive(c)), None
            )
            if infinitive is not None and token.lemma_ in (_UNREALISED - _WISHES) | _ORDERS:
                # "the pilot asked to return to the airport", "Acme plans to cut 300 jobs",
                # "police urged residents to stay indoors": the asking, planning or urging is
                # the claim (what is asked for is not done), with what it is for as its value
                frame = self._verb_frame(token, self._open_predicate(token), [token])
                said = any(c.dep_ in _SUBJ or c.dep_ == "agent" for c in token.children)
                # "the collector has been told to reach the spot": who is told, by no one named
                told = frame is not None and frame.obj is not None and _patient(token) is not None
                if frame is not None and ((frame.subject is not None and said) or told):
                    # (its own subject, not one the parse lends a purpose clause or participle)
                    frame.quantity = None
                    frame.value = self._purpose(infinitive)
                    self._add(frame)
                continue
            if infinitive is not None and not any(c.dep_ == "dobj" for c in token.children):
                continue  # "agreed to buy X": the infinitive carries the claim
            if token.dep_ == "conj" and _trailing_said(token.head) == token:
                continue  # "..., Jo Bloggs told employees": who says the sentence
            content = any(
                c.dep_ in _CONTENT_DEPS and c.pos_ in ("VERB", "AUX") for c in token.children
            ) or _content_misread(token)
            if content and token.lemma_ in (_SPEECH | _HEDGE_FRAMES | _UNREALISED | _REFUSED):
                continue
            if (
                token.lemma_ in _SPEECH
                and not any(c.dep_ == "dobj" for c in token.children)
                and not any(
                    c.dep_ in _SUBJ | _PASSIVE_SUBJ and self._is_count(c) for c in token.children
                )
                and not self._declared(token)
            ):
                # but "50 ambulances have reported": a count that arrived; "57 people were
                # confirmed dead": a count in a state; "a state of emergency was declared":
                # what is declared
                continue
            frame = self._verb_frame(token, self._open_predicate(token), [token])
            if frame is None:
                continue
            if frame.subject is None:
                # "jailed Jo Bloggs for taking bribes": what the court found the person did
                frame.subject = _convicted_of(token)
            if (
                token.lemma_ == "hit"
                and frame.subject is not None
                and frame.subject.lemma_.lower() in _WEAPONS
                and frame.obj is not None
                and self.state.lexicon.spec("attack") is not None
            ):
                # "a missile hit a busy market": what a weapon hits, it strikes (a storm, a
                # car or a slump that hits something is another sense, left open)
                frame.predicate = "attack"
            fine = _fine_given(token)
            if fine is not None:
                # "hit Acme with a fine of 1.8 billion euros", "slapped Acme with a $5 million
                # penalty": fined Acme that amount
                frame.predicate = self.state.lexicon.open_predicate("fine")
                # (the amount "of" the fine, or the one it is told with: "a $5 million penalty")
                amounts = [of_object(fine), *(c for c in fine.children if c.dep_ == "nummod")]
                amount = next((a for a in amounts if a is not None and self._money(a)), None)
                if frame.quantity is None and amount is not None:
                    frame.quantity = self._count(amount)
            sued = _sued(token, frame.obj)
            if sued is not None:
                # "filed a lawsuit against Acme", "brought a suit against Acme": sued Acme
                frame.predicate, frame.obj = self.state.lexicon.open_predicate("sue"), sued
            if token.lemma_ == "stand" and any(
                c.lower_ == "for" and not any(g.lemma_.lower() in _CANDIDACIES for g in c.children)
                for c in token.children
            ):
                # "SNB stands for the Swiss National Bank": a definition (not "will not stand
                # for re-election", a candidacy)
                continue
            patient = _patient(token)
            if patient is None and (
                any(c.dep_ == "auxpass" for c in token.children) or _participle_raised(token)
            ):
                # "20 people are believed to be trapped", "five were reported killed"
                patient = _raised_subject(token)
            if patient is None and _passive_conjunct(token):
                patient = _patient(token.head)  # "was sentenced and fined $2 million"
            if patient is None and _state_conjunct(token):
                # "six workers are missing and presumed dead": whom the state is said of
                patient = _subject_of(token.head) or _patient(token.head)
                if patient is not None and frame.quantity is None and self._is_count(patient):
                    frame.quantity = self._count(patient)  # ("six workers": a count)
            counted_subject = any(  # people or things counted, not an amount or a length
                c.dep_ in _SUBJ
                and self._is_count(c)
                and c.lemma_.lower() not in _LENGTHS
                and self._money(c) is None
                for c in token.children
            )
            # "..., bringing the death toll to 45": a tally it moves, with its figure
            figured = (
                frame.obj is not None and frame.quantity is not None and self._tally_noun(frame.obj)
            )
            # "At least 41 migrants drowned when their boat capsized", parsed as a phrase whose
            # noun the participle follows: those counted did it (a phrase alone, or the
            # subject of the speech that follows, ", the agency said", beside its speaker;
            # or those a search is for: "searching for 23 miners trapped underground")
            counted_head = (
                token.dep_ == "acl"
                and token.head.pos_ == "NOUN"
                and frame.quantity is not None
                and self._is_count(token.head)
                and (
                    token.head.dep_ == "ROOT"
                    or self._beside_speaker(token.head)
                    or sought(token.head)
                )
            )
            if (
                frame.subject is None
                and patient is None
                and not (counted_subject or counted_head or figured)
            ):
                # an open claim needs an actor, the patient of a passive, or a count ("25
                # were still missing")
                continue
            if frame.subject is None and patient is not None and frame.quantity is None:
                classed = self._classified_as(token)
                if classed is not None:
                    # "Acme is classified as a systemically important bank": Acme is one, as
                    # "Acme is one of 30 banks known as ..." says
                    frame.predicate, frame.subject, frame.obj = "open:be", patient, None
                    frame.value = self._text(classed)
                    self._add(frame)
                    continue
            if frame.subject is None:
                # "shares were quoted at 0.61 francs": a passive without its agent says
                # something of its patient.
                if frame.quantity is None:
                    # "Four rescue forces, over 15 fire teams and up to 60 ambulances have been
                    # sent", a list the parser split into several patients: the counted one
                    counted = next(
                        (
                            c
                            for c in token.children
                            if c.dep_ in _PASSIVE_SUBJ and self._is_count(c)
                        ),
                        None,
                    )
                    if counted is not None:
                        # a count, not an entity; the other patients are other things
                        frame.obj, frame.quantity = None, self._count(counted)
                # (a verdict's "guilty" is the act, "convict" or "acquit", not a value of it)
                verdict = _verdict(token)
                extra = next(
                    (c for c in token.children if c.dep_ in ("oprd", "acomp") and c != verdict),
                    None,
                )
                target = self._prepositional_object(token)
                if target is not None and (
                    target.head.lower_ in ("as", "at", "to") or self._mention_at(target)
                ):
                    extra = extra or target
                if (
                    extra is None
                    and frame.quantity is None
                    and patient is not None
                    and (token.lemma_ in self.state.lexicon.agentless or _said(token))
                    and self._is_thing(patient)
                ):
                    # "a goods train was also involved (in the crash)", "the black boxes have
                    # been recovered": a thing that took part, or an act on a thing, its agent
                    # never said; "Acme denied that safety rules had been broken": what a
                    # statement says happened, or did not
                    frame.obj = patient
                    self._add(frame)
                    continue
                if extra is None and frame.quantity is None:
                    aimed = any(
                        c.dep_ == "prep"
                        and c.lower_ in ("at", "into", "against", "toward", "towards", "on")
                        and any(
                            g.dep_ == "pobj"
                            and g.pos_ in _NOUN_POS
                            and g.ent_type_ not in _NOT_COUNTS
                            for g in c.children
                        )
                        for c in token.children
                    )
                    if (
                        aimed
                        and patient is not None
                        and patient.pos_ == "NOUN"
                        and self._is_thing(patient)
                    ):
                        # "tear gas was fired at the crowd": an act aimed at someone, its agent
                        # unsaid (but "festivities were held on Saturday" is no claim)
                        frame.obj = patient
                        self._add(frame)
                    continue
                if extra is not None and frame.quantity is None:
                    frame.value = self._text(extra.head if extra.dep_ == "pobj" else extra)
                self._add(frame)
                continue
            held = self.by_anchor.get(frame.subject.i)
            if held is not None and (
                held.subject is not None or held.obj is not None or held.quantity is not None
            ):
                continue  # "the death toll rose to 17": the lexicon claim holds the figure
            refused = token.dep_ == "xcomp" and token.head.lemma_ in _REFUSED
            if frame.obj is None and frame.quantity is None and frame.object_name is None:
                verdict = _verdict(token)  # (the act, not a value of it)
                complement = next(
                    (c for c in token.children if c.dep_ in ("acomp", "oprd") and c != verdict),
                    None,
                )
                target = self._prepositional_object(token)
                if refused:
                    frame.value = None  # "Ozols refused to concede": the refusal is the claim
                elif complement is not None:
                    frame.value = self._text(complement)
                elif target is not None:
                    frame.obj = target  # "soldiers fired on protesters"
                    # "fired on" is its own verb: paraphrases are of the verb with its
                    # preposition ("fire on" is not "use on")
                    frame.predicate = self.state.lexicon.open_predicate(
                        f"{self._verb_lemma(token)}_{target.head.lower_}"
                    )
                elif (role := _role_as(token)) is not None:
                    # "Jo Bloggs will serve as interim president": the role is what is said,
                    # of the verb as written ("take over as chief executive" is no buying)
                    frame.value = self._text(role)
                    frame.predicate = f"open:{self._verb_lemma(token)}"
                elif not self._placed(token) and not _undergone(frame) and not _clocked(token):
                    # "the tragedy began": a verb and its subject are not yet a claim (but "the
                    # attack started at 6 p.m." says when)
                    continue
            self._add(frame)

    @staticmethod
    def _classified_as(verb: Token) -> Token | None:
        """The class a passive classifying verb puts its patient in ("listed as a heritage
        site"), when the verb is one and names it with "as"."""
        if verb.lemma_.lower() not in _CLASSIFYING or verb.tag_ != "VBN":
            return None
        return next(
            (
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ in _NOUN_POS
            ),
            None,
        )

    def _placed(self, verb: Token) -> bool:
        """Whether the verb is placed at a named place or time ("the crash happened in
        Eastmark district", "the carriages derailed at about 19:00")."""
        for c in verb.children:
            if c.dep_ == "npadvmod" and c.ent_type_ in _NOT_COUNTS:
                return True
            if any(g.dep_ == "npadvmod" and g.lemma_.lower() in _LENGTHS for g in (c, *c.children)):
                return True  # "sank about 20 kilometres from the port": placed by a distance
            if c.dep_ != "prep":
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if c.lower_ in ("at", "on", "in", "around", "by") and (
                pobj.ent_type_ in _NOT_COUNTS or is_clock(self._text(pobj))
            ):
                return True  # "derailed at about 19:00", "crashed at 10:50 local time"
            if c.lower_ in _PLACE_PREPS and self._is_place(pobj):
                return True
            if c.lower_ == "at" and pobj.lemma_.lower() == "depth":
                return True  # "the quake hit at a depth of 57 km": placed below the ground
            if verb.dep_ not in ("relcl", "acl") and any(
                g.dep_ == "prep"
                and g.lower_ in ("on", "at")
                and any(h.dep_ == "pobj" and h.ent_type_ in ("DATE", "TIME") for h in g.children)
                for g in pobj.children
            ):
                # "landed near the south pole on Wednesday", the day hung on "pole" (not "a fire
                # that swept through a warehouse on Tuesday killed 17": the fire's, told of it)
                return True
        return False

    def _is_place(self, token: Token) -> bool:
        """A named place, or a place noun a name makes definite ("Westmark's Eastmark district")."""
        if token.ent_type_ in _PLACE_LABELS or self._mention_at(token) is not None:
            return True
        if token.lemma_.lower() not in _PLACE_NOUNS:
            return False
        named = of_object(token)  # "the city of Lima"
        return (named is not None and self._mention_at(named) is not None) or any(
            c.dep_ in ("compound", "poss") and (c.ent_type_ in _PLACE_LABELS or c.pos_ == "PROPN")
            for c in token.children
        )

    def _prepositional_object(self, verb: Token) -> Token | None:
        """The object of the verb's first preposition, when it names a participant."""
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ in _NOT_OBJECT_PREPS:
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None or _a_time(pobj) or pobj.pos_ not in _NOUN_POS:
                continue  # (a time: "died on Easter Monday", a feast the tagger took for none)
            if _MARKUP.search(pobj.text) or pobj.lemma_ in _RELATIONAL:
                continue  # markup, or "on top of", "in front of": no participant
            if c.lower_ in ("into", "onto") and verb.lemma_.lower() in _FALLING:
                continue  # "collapsed into the river": where it fell, not what it acted on
            named = pobj.pos_ == "PROPN" or self._mention_at(pobj) is not None
            plural_target = c.lower_ == "on" and pobj.tag_ == "NNS" and c.i == verb.i + 1
            # "police responded with tear gas": what a response is made with is its object
            answered = c.lower_ == "with" and verb.lemma_.lower() in _ANSWER_VERBS
            opened = c.lower_ in _PREPOSITIONAL_VERBS.get(verb.lemma_.lower(), ())
            if (
                not named
                and c.lower_ not in _OBJECT_PREPS
                and not plural_target
                and not answered
                and not opened
            ):
                continue  # "waded through heaps", "stayed for fear": circumstances, not objects
            if c.lower_ in _PLACE_PREPS and self._is_place(pobj):
                continue  # a place is the claim's location, not its object
            return pobj
        return None

    def _copula(self, verb: Token) -> _Frame | None:
        """``X is/was Y``: an ``open:be`` claim when X is a noun phrase and Y a noun or adjective."""
        subject = _subject_of(verb) or _raised_subject(verb)
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        places = [
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in ("on", "in", "under", "at", "among", "aboard", "without")
        ]
        # a place before a time ("were without electricity on Tuesday morning"), a time when
        # it is all ("the last eruption was in 2001")
        where = next(
            (
                c
                for c in places
                if not any(
                    g.dep_ == "pobj" and (_timed(g) or g.lemma_.lower() in _TIME_NOUNS)
                    for g in c.children
                )
            ),
            places[0] if places else None,
        )
        if (
            subject is None
            and attr is not None
            and where is not None
            and where.i < verb.i
            and (where.lower_ == "among" or _says_aboard(where))
            and not any(c.dep_ == "expl" for c in verb.children)
        ):
            # "Among the dead were 17 children", "On board were 72 people": whom the clause
            # counts after the verb ("In theory, there is no reason ...": no inversion)
            subject, attr = attr, None
        if subject is None or subject.lower_ in ("there", "this", "that", "what", "which"):
            return None
        acomp = next((c for c in verb.children if c.dep_ == "acomp"), None)
        moved = next(
            (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("up", "down")), None
        )
        if moved is not None:
            # "shares were down 4.73%": a change, measured
            measure = next(
                (c for c in [*verb.children, *moved.children] if c.dep_ in ("npadvmod", "dobj")),
                None,
            )
            if measure is not None and self._is_count(measure):
                frame = _Frame(anchor=verb, predicate=f"open:be_{moved.lower_}", subject=subject)
                frame.quantity = self._count(measure)
                return frame
        if acomp is not None and acomp.i + 1 < len(verb.doc) and verb.doc[acomp.i + 1].text == "-":
            return None  # "we will be de-risking": a split word, not an adjective
        if attr is None and acomp is None and where is None:
            return None
        if where is not None and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _RELATIONS for g in where.children
        ):
            return None  # "his tone was in contrast to X", "in line with": a comparison
        if attr is not None and any(
            c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children)
            for c in attr.children
        ):
            return None  # "the second woman to lead X": the ordinal claim says it
        if (
            verb.lemma_ == "be"
            and attr is None
            and acomp is not None
            and acomp.pos_ == "VERB"
            and acomp.tag_ == "VBN"
        ):
            # "the ferry was not overloaded": a passive the parser read as a state; the act
            # that "the ferry was overloaded" affirms, here denied
            frame = _Frame(anchor=verb, predicate=self._open_predicate(acomp), obj=subject)
            frame.negated = self._negated(verb) or self._negated(acomp)
            return frame
        frame = _Frame(anchor=verb, predicate=f"open:{verb.lemma_.lower()}", subject=subject)
        of = (
            next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if attr is not None and attr.lower_ == "one"
            else None
        )
        category = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if category is not None:
            # "X is one of 30 institutions known as G-SIBs", "one of the largest banks": X is
            # a member of the class, named by "known as" / "called" when the text names it
            named = next(
                (
                    g
                    for c in category.children
                    if c.dep_ == "acl" and c.lemma_ in ("know", "call", "designate", "classify")
                    for p in c.children
                    if p.dep_ in ("prep", "oprd") and (p.lower_ == "as" or p.dep_ == "oprd")
                    for g in ([p] if p.dep_ == "oprd" else p.children)
                    if g.dep_ in ("pobj", "oprd")
                ),
                None,
            )
            frame.value = self._text(named if named is not None else category)
            frame.negated = self._negated(verb)
            frame.rank = None
            return frame
        if attr is not None:
            if _compass(attr):
                frame.value = self._text(attr)  # "was 77 km southwest of X": a position
            elif self._is_count(attr):
                frame.quantity = self._count(attr)
            elif attr.pos_ in ("NOUN", "PROPN"):
                frame.obj = attr
            else:
                return None
        else:
            frame.value = self._text(acomp if acomp is not None else where)  # type: ignore[arg-type]
            if acomp is not None and acomp.lower_ == "worth":
                frame.quantity = self._worth(verb, frame)  # "the items are worth $5 million"
            joined = self._joined_state(verb, acomp) if acomp is not None else None
            if joined is not None:
                start, end = self._offsets(joined)
                frame.value = " ".join(self.text[start:end].split()).strip("\"“”'‘’ ")
        if frame.quantity is None and self._is_count(subject):
            frame.quantity = self._count(subject)  # "17 children were among the dead"
        frame.negated = self._negated(verb)
        frame.rank = None
        return frame

    @staticmethod
    def _joined_state(verb: Token, acomp: Token) -> list[Token] | None:
        """The words of two states joined by "and" that the parser reads as a second verb:
        "members are angry and determined" (with "determined" a conjunct of "are")."""
        joined = next((c for c in verb.children if c.dep_ == "conj" and c.i > acomp.i), None)
        if joined is None or joined.tag_ not in ("VBN", "VBD", "JJ") or list(joined.children):
            return None
        between = verb.doc[acomp.right_edge.i + 1 : joined.i]
        if len(between) != 1 or between[0].lower_ not in ("and", "but"):
            return None
        return list(verb.doc[acomp.left_edge.i : joined.i + 1])

    def _characterised(self, verb: Token) -> _Frame | None:
        """``X called Y Z``, ``X described Y as Z``: X says that Y is Z ("the minister called
        the strike "unjustified"" is the minister's "the strike was unjustified")."""
        if verb.lemma_.lower() not in _CHARACTERISING or self._negated(verb):
            return None
        said_by = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        complement = next((c for c in verb.children if c.dep_ == "oprd"), None)
        if complement is None:
            as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            complement = next(
                (
                    c
                    for c in (as_.children if as_ else ())
                    if c.dep_ in ("pobj", "amod", "acomp", "pcomp")
                ),
                None,
            )
        if said_by is None or obj is None or complement is None:
            return None
        # ("as cowardly" is tagged an adverb)
        adjective = complement.pos_ == "ADJ" or (
            complement.pos_ == "ADV" and complement.lower_.endswith("ly")
        )
        if not (adjective or complement.pos_ == "NOUN"):
            return None
        frame = _Frame(anchor=verb, predicate="open:be", subject=obj, said_by=said_by)
        frame.value = self._text(complement)
        return frame

    def _purpose(self, infinitive: Token) -> str:
        """What an infinitive asks or plans, up to the first clause, comma, subordinator or
        later prepositional phrase that hangs from it: "to take over its smaller rival" (not
        "... once a plan for X to borrow ... had failed"), "to return to the airport" (not
        "... shortly before the crash")."""
        cuts = {
            c.left_edge.i
            for c in infinitive.subtree
            if c.i != infinitive.i and c.dep_ in ("relcl", "acl", "advcl", "appos", "parataxis")
        }
        cuts |= {
            c.left_edge.i
            for c in infinitive.children
            if c.dep_ == "prep" and c.i != infinitive.i + 1
        }
        cuts |= {t.i for t in infinitive.subtree if t.is_punct or t.pos_ == "SCONJ"}
        end = min((i for i in cuts if i > infinitive.i), default=infinitive.right_edge.i + 1)
        start, stop = self._offsets([t for t in infinitive.subtree if t.i < end])
        return " ".join(self.text[start:stop].split())

    def _term(self, verb: Token, frame: _Frame) -> Quantity | None:
        """The length a predicate whose value is its quantity gives "to" or "for": "sentenced
        to 12 years in prison", "jailed for 18 months" (1.5 years), in years: a term given to
        its holder (not "detained for 90 days", whose quantity counts the detained)."""
        spec = self.state.lexicon.spec(frame.predicate)
        if spec is None or "quantity" not in spec.functional or not spec.given_noun:
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "for"):
                continue
            for pobj in prep.children:
                served = of_object(pobj) if pobj.dep_ == "pobj" else None
                if served is not None and pobj.lemma_.lower() == "total":
                    pobj, served = served, None  # "sentenced to a total of 31 years"
                if served is not None and served.lemma_.lower() not in _CUSTODY:
                    continue  # "three years of supervised release", "of probation": no jail
                if pobj.dep_ == "pobj" and (length := self._length(pobj)) is not None:
                    return length
        return None

    def _length(self, unit: Token) -> Quantity | None:
        """The length, in years, that a unit of time and the number before it give ("12
        years", "18 months", "six-year"); None for another word or no number."""
        per_year = _TERMS.get(unit.lemma_.lower())
        if per_year is None:
            return None
        start, end = self._offsets([t for t in unit.subtree if t.i <= unit.i])
        found = find_quantities(self.text[start:end])
        if not found:
            return None
        printed = found[0][2]
        low = None if printed.low is None else printed.low / per_year
        high = None if printed.high is None else printed.high / per_year
        # "11 years and three months": one length, in two units
        joined = [c for c in unit.children if c.dep_ == "conj"]
        more = next(
            (length for c in joined if (length := self._length(c)) is not None),
            None,
        )
        if more is not None and more.low is not None and more.low == more.high:
            low = None if low is None else low + more.low
            high = None if high is None else high + more.low
            end = self._offsets([t for c in joined for t in c.subtree if t.i <= c.i])[1]
        return printed.model_copy(
            update={
                "low": low,
                "high": high,
                "unit": "years",
                "text": " ".join(self.text[start + found[0][0] : end].split()),
            }
        )

    def _given_frame(self, noun: Token, predicate: str) -> _Frame | None:
        """The claim of a noun that names what someone was given or undergoes (a lexicon
        entry's ``given_noun``): "was handed a six-year prison sentence", "a court gave him a
        ten-year term", "imposed a sentence of 12 years on X", "X, who is serving a 20-year
        sentence". Who holds it is the claim's object, who gave it (when said) its subject,
        and the length in the noun's words its value."""
        verb = noun.head
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or verb.i == noun.i:
            return None
        subject = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        passive = next((c for c in verb.children if c.dep_ in _PASSIVE_SUBJ), None)
        recipient = next(
            (
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("on", "to")
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        agent = _agent_of(verb)
        length: Quantity | None = None  # a term's new length, when changed
        if lemma in _SERVING and noun.dep_ == "dobj" and passive is None:
            holder, giver = self._inherited_roles(verb, subject, None, False)[0], None
        elif lemma in _GIVING and noun.dep_ == "nsubjpass":  # "a term was imposed on him"
            holder, giver = recipient, agent
        elif lemma in _GIVING and noun.dep_ == "dobj" and passive is not None:
            holder, giver = passive, agent  # "was handed a six-year sentence"
        elif lemma in _GIVING and noun.dep_ == "dobj":
            dative = next((c for c in verb.children if c.dep_ == "dative"), None)
            holder, giver = dative or recipient, subject
        elif lemma in _TERM_CHANGES and noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
            # "reduced the prison sentence of Jo Bloggs from 12 years to eight years", "had
            # his jail term cut to seven years": the term as it now is
            holder = next((c for c in noun.children if c.dep_ == "poss"), None) or (of_object(noun))
            giver = subject if noun.dep_ == "dobj" else agent
            changed = _changed_to(verb)
            if changed is None or (length := self._length(changed)) is None:
                return None
        else:
            return None
        if holder is None or self._negated(verb):
            return None  # "was not given a prison sentence": perhaps another penalty
        frame = _Frame(anchor=verb, predicate=predicate, given=noun)
        frame.subject, frame.obj = giver, holder
        if length is not None:
            frame.quantity = length
            return frame
        for c in noun.children:
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
                frame.quantity = frame.quantity or self._length(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                lengths = (self._length(g) for g in c.children if g.dep_ == "pobj")
                frame.quantity = frame.quantity or next((q for q in lengths if q), None)
        return frame

    def _text(self, token: Token) -> str:
        """The words of ``token``'s phrase, up to a relative clause or apposition (quotation
        marks around it dropped: "he was "pleased"" is pleased)."""
        cut = [
            c.left_edge.i
            for c in token.rights
            if c.dep_ in ("relcl", "acl", "appos", "ccomp", "advcl", "xcomp", "prep")
            and c.i != token.i + 1
        ]
        tokens = [t for t in token.subtree if not cut or t.i < min(cut)]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        start, end = self._offsets(tokens or [token])
        return " ".join(self.text[start:end].split()).strip("\"“”'‘’ ")

    @staticmethod
    def _is_thing(noun: Token) -> bool:
        """A concrete patient named by a bare noun phrase ("tear gas", "the bridge"), not a
        pronoun, a number or people counted ("12 people were taken")."""
        return (
            not noun.like_num
            and noun.lemma_.lower() not in ("people", "person", "one", "thing", "it")
            and not any(c.dep_ == "nummod" for c in noun.children)
        )

    @staticmethod
    def _verb_lemma(verb: Token) -> str:
        """The verb's lemma with its particle ("take_over"), as written; a verdict's "found
        guilty" is "convict", "found not guilty" "acquit"."""
        verdict = _verdict(verb)
        if verdict is not None:
            return "acquit" if any(c.dep_ == "neg" for c in verdict.children) else "convict"
        doc = verb.doc
        particle = next(
            (c.lower_ for c in verb.children if c.dep_ == "prt" and not _opens_preposition(c)),
            None,
        )
        lemma = verb.lemma_.lower()
        lemma = _LEMMA_FIXES.get(lemma, lemma)
        if verb.i >= 2 and doc[verb.i - 1].text == "-" and not doc[verb.i - 2].whitespace_:
            lemma = f"{doc[verb.i - 2].lower_}-{lemma}"  # "de-risking": de-risk, not risk
        return f"{lemma}_{particle}" if particle else lemma

    def _unmatched(self, frame: _Frame) -> Claim | None:
        """The claim of a lexicon verb's clause that lacks the other party the lexicon's act
        needs, told as the clause says it: "Acme agreed a deal worth $5 billion" names no party
        to the agreement, yet it says a deal was agreed (an open claim of the verb and its
        object). Only for acts between two parties (symmetric, or with their object after a
        preposition: "signed a deal with", "cut ties with"), and not in a participle's clause
        ("recognizing the independence": of whom?)."""
        anchor = frame.anchor
        spec = self.state.lexicon.spec(frame.predicate)
        if (
            spec is None
            or not (spec.symmetric or spec.object_after)
            or anchor.pos_ != "VERB"
            or anchor.tag_ == "VBG"
            or frame.obj is not None
            or frame.subject is None
            or spec.intransitive
        ):
            return None
        direct = next((c for c in anchor.children if c.dep_ == "dobj"), None)
        if direct is None or not self._is_thing(direct):
            return None
        open_frame = attrs.evolve(
            frame, predicate=self._open_predicate(anchor), obj=direct, object_name=self.name(direct)
        )
        return self._claim(open_frame)

    def _open_predicate(self, verb: Token) -> str:
        if _landfall(verb):
            # "made landfall", "came ashore": one act, whichever words tell it
            return self.state.lexicon.open_predicate("make_landfall")
        if _derailed(verb):
            # "left the tracks", "came off the rails": derailed
            return self.state.lexicon.open_predicate("derail")
        lemma = self._verb_lemma(verb)
        if lemma in _TRANSITIVE_SENSE and any(
            c.dep_ in ("dobj", *_PASSIVE_SUBJ) for c in verb.children
        ):
            lemma = _TRANSITIVE_SENSE[lemma]  # "overturned the ruling" / "the boat overturned"
        motion = next(
            (c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS),
            None,
        )
        if lemma in _MOTION_SENSE and motion is not None:
            lemma = f"{lemma}_{motion}"  # "slammed into the coast with winds of 150 mph"
        if lemma == "share" and any(
            c.dep_ in ("dobj", *_PASSIVE_SUBJ) and c.lemma_.lower() in _PRIZES
            for c in verb.children
        ):
            lemma = "win"  # "shared the Nobel Peace Prize": won it, with another
        if lemma == "claim" and any(
            c.dep_ in ("dobj", *_PASSIVE_SUBJ) and _won_thing(c) for c in verb.children
        ):
            lemma = "win"  # "claimed his eighth Ballon d'Or", "claimed the title": won it
        if lemma == "spend" and any(
            c.dep_ in ("dobj", *_PASSIVE_SUBJ) and c.lemma_.lower() in _SPENT_TIME
            for c in verb.children
        ):
            return "open:spend_time"  # "spent 38 days in hospital": no payment
        return self.state.lexicon.open_predicate(lemma)

    def _awarded(self, verb: Token, frame: _Frame, passive: bool) -> None:
        """What was awarded told as what its winner won, as other outlets put it: "the
        committee awarded the prize to X", "X was awarded the prize", "the contract was
        awarded to X" are "X won the prize (the contract)"."""
        given = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "to X" (a preposition the parser may call the dative)
        to = next(
            (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None
        )
        recipient = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
        winner: Token | None
        prize: Token | None
        if passive and given is not None:
            winner, prize = frame.obj, given  # "X was awarded the prize"
        elif passive:
            winner, prize = recipient, frame.obj  # "the contract was awarded to X"
        else:
            winner, prize = recipient, given  # "the committee awarded the prize to X"
        if winner is None or prize is None or winner.i == prize.i:
            return
        frame.predicate = self.state.lexicon.open_predicate("win")
        frame.subject, frame.obj = winner, prize

    # -- verbs -----------------------------------------------------------------------------------

    @staticmethod
    def _declared(verb: Token) -> bool:
        """Whether a verb of saying has a thing said as its passive subject: "a state of
        emergency was declared", "a ceasefire was announced", "the deaths were confirmed" (not
        the one told or warned: "residents were warned", nor "it was announced that ...")."""
        return verb.lemma_ not in _ADDRESSED and any(
            c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN") for c in verb.children
        )

    def _verb_frame(self, verb: Token, predicate: str, matched: Sequence[Token]) -> _Frame | None:
        if _from_when(verb):
            return None  # "will cut output by 500,000 barrels a day starting in May": a time
        if verb.dep_ == "acl" and any(
            c.dep_ == "det" and c.lower_ in ("every", "each") for c in verb.head.children
        ):
            return None  # "extended by a day for every 10 hostages released": a rate, no act
        if (
            verb.dep_ == "relcl"
            and _record_time(verb.head)
            and any(
                d.dep_ == "det" and d.lower_ in ("a", "an", "any")
                for c in verb.children
                if c.dep_ in _SUBJ | _PASSIVE_SUBJ | {"dobj"}
                for d in c.children
            )
        ):
            # "It was the first time a government had been ousted since 1962": a record of any
            # such act (the story's own act is told in its own clause; "the first time
            # Ruritania has recognised Westmark" is that act)
            return None
        spec = self.state.lexicon.spec(predicate)
        frame = _Frame(anchor=verb, predicate=predicate)
        children = list(verb.children)
        if (
            verb.lemma_ in _DENIAL
            and any(c.dep_ in _PASSIVE_SUBJ for c in children)
            and any(c.dep_ == "dobj" for c in children)
        ):
            # "Jo Bloggs was denied bail": what was refused them, no denial of anything said
            return None
        passive = (
            any(c.dep_ in _PASSIVE_SUBJ or c.dep_ == "auxpass" for c in children)
            or (
                verb.dep_ == "acl"
                and verb.tag_ == "VBN"  # "a deal brokered by the government"
                and not any(
                    c.dep_ in _SUBJ or (c.dep_ == "aux" and c.lemma_ == "have") for c in children
                )
                and not _verbless_main(verb)
            )
            or _participle_raised(verb)  # "five people were reported killed"
            or _passive_conjunct(verb)  # "was arrested on Monday and charged with murder"
        )
        subject = _subject_of(verb)
        patient = _patient(verb)
        if (
            not passive
            and subject is not None
            and (_reduced_relative(verb, subject) or _headline_passive(verb, subject))
        ):
            passive, patient, subject = True, subject, None
        agent = _agent_of(verb, means=spec is not None)
        if agent is not None and agent.ent_type_ in ("DATE", "TIME"):
            agent = None  # "is expected by the end of 2023", "must be paid by Friday": a deadline
        if passive:
            vehicles = self.state.lexicon.measures.by_holder
            frame.subject = agent if agent is not None else _when_cause(verb, spec, vehicles)
            frame.obj = patient
        else:
            frame.subject = subject
        frame.subject, frame.obj = self._inherited_roles(verb, frame.subject, frame.obj, passive)
        matched = _gap_filled(verb, matched)
        matched_ids = {t.i for t in matched}
        if frame.obj is None or (not passive and frame.obj.i in matched_ids):
            frame.obj = self._object(verb, matched, spec.object_after if spec else None)
        elif spec and spec.object_after:
            frame.obj = self._object(verb, matched, spec.object_after) or frame.obj
        if frame.obj is not None and frame.obj.i in matched_ids:
            frame.obj = None
        if (
            frame.obj is not None
            and spec is not None
            and spec.intransitive
            and frame.obj.dep_ == "pobj"
            and frame.obj.head.lower_ == "of"
            and frame.obj.head.head.i in matched_ids
        ):
            frame.obj = None  # "won the leadership of the party": whose contest, no object
        verdict = _verdict(verb)
        if frame.obj is None and verdict is not None:
            # "the court found Jo Bloggs guilty": the parser makes the accused the subject of
            # "guilty"; the verdict is about them
            frame.obj = next((c for c in verdict.children if c.dep_ in _SUBJ), None)
        if frame.obj is None and not passive and spec is not None and not spec.intransitive:
            # "Ruritania backed and funded the movement": a verb that needs an object shares the
            # one of the verb coordinated right after it
            frame.obj = _raised_object(verb)
        if frame.obj is not None and frame.obj.lower_ == "landfall" and _landfall(verb):
            frame.obj = None  # "made landfall": the act, with no object (as "came ashore")
        if frame.obj is not None and _derailed(verb):
            frame.obj = None  # "left the tracks": the derailing, with no object
        if frame.obj is not None:
            frame.obj = _side_beaten(verb, frame.obj) or _numbered(frame.obj) or frame.obj
        if frame.obj is not None and _compass(frame.obj):
            # "struck 72 km southwest of X": where, not what (the distance is a figure)
            frame.value, frame.obj = self._text(frame.obj), None
        elif (
            frame.obj is not None
            and frame.obj.lemma_.lower() in _LENGTHS
            and any(_compass(c) for c in frame.obj.children)
        ):
            # "lies about 70 km (40 miles) southwest of X": the whole position
            start, end = self._offsets(list(frame.obj.subtree))
            frame.value, frame.obj = " ".join(self.text[start:end].split()), None
        if passive and frame.subject is None and frame.obj is not None and spec and spec.passive:
            # "X was elected" with no one said to elect: what X did ("X won the vote")
            frame.predicate, frame.subject, frame.obj = spec.passive, frame.obj, None
        elif not passive and frame.obj is not None and spec and spec.passive:
            # "Westmark elected Jo Bloggs as president", "voters elected Jo Bloggs president"
            # (the name read into the office's noun): what the person did, as the passive says
            elected = _person_in(frame.obj)
            if elected is not None:
                frame.predicate, frame.subject, frame.obj = spec.passive, elected, None
        if predicate == self.state.lexicon.open_predicate("award"):
            self._awarded(verb, frame, passive)
        # (not "23,000 households had no power": those without it, a figure's own words)
        frame.negated = self._negated(verb) and not measured_denial(
            verb, self.state.lexicon.measures
        )
        frame.quantity = _passed(verb, self._frame_quantity(verb, frame))
        frame.rank = self._ordinal(verb)
        if verb.dep_ == "amod" and self._is_count(verb.head):
            frame.quantity = self._count(verb.head)  # "more than 800 injured passengers"
        tally = verb.head if verb.dep_ in ("acl", "amod", "pobj") else None
        if tally is not None and tally.dep_ == "pobj":
            tally = tally.head.head  # "the number of injured"
        if tally is not None and tally.lemma_ in _TALLIES and tally.head.pos_ == "VERB":
            # "put the number injured at about 900", "the toll of dead stood at 288"
            frame.quantity = self._frame_quantity(tally.head, _Frame(anchor=tally, predicate=""))
            if frame.obj is not None and frame.obj.i == tally.i:
                frame.obj = None
        if frame.rank is not None:
            frame.subject = self._ordinal_subject(verb) or frame.subject
        if (
            frame.quantity is not None
            and frame.obj is not None
            and (self._is_count(frame.obj) or _total_of(frame.obj))
        ):
            # "killed 12 people", "arrested a total of 45 people": a count, not an entity
            frame.obj = None
        # the verb's own subject, or the opening phrase a misparse left as the root, or the
        # noun a relative clause is about ("three trains that had collided")
        raised = _raised_subject(verb)
        own = frame.subject is not None and (
            frame.subject.head.i in (verb.i, frame.subject.i)
            or _relative_subject(verb, frame.subject)
            or (raised is not None and raised.i == frame.subject.i)
        )
        if own and frame.subject is not None and frame.subject.like_num and not passive:
            # "721 of the injured were in critical condition": a figure, not a name
            frame.quantity = frame.quantity or self._count(frame.subject)
            frame.subject = None
        if own and frame.subject is not None and self._is_count(frame.subject) and not passive:
            if frame.quantity is None:
                frame.quantity = self._count(frame.subject)
            frame.subject = None if predicate.startswith("open:") is False else frame.subject
        dead = (
            frame.subject
            if own and not passive and predicate == "open:die"
            else frame.obj
            if passive and predicate == "kill"
            else None
        )
        if frame.quantity is None and dead is not None:
            # "A third child has died": the toll is three children now
            frame.quantity = self._nth_of(dead)
        if (
            frame.quantity is None
            and frame.obj is not None
            and not passive
            and verb.lemma_.lower() in _GAINING
            and any(c.dep_ == "poss" for c in frame.obj.children)
            # (not "his fourth major title", "his second Wimbledon title", "his second
            # consecutive title": the count of a kind, or of a run, not of all of them)
            and not [c for c in frame.obj.children if c.dep_ in ("amod", "compound", "nmod")][1:]
        ):
            # "claimed his fourth title": he has won four titles
            frame.quantity = self._nth_of(frame.obj, ("poss",))
        return frame

    def _nth_of(self, thing: Token, owners: tuple[str, ...] = ("det",)) -> Quantity | None:
        """The count an ordinal gives one thing of several ("a third child", "the fifth
        victim": three children, five victims; with ``owners`` ("poss"), "his fourth title":
        four titles), or None."""
        if thing.tag_ != "NN" or not any(
            c.dep_ in owners and (c.dep_ == "poss" or c.lower_ in ("a", "an", "the"))
            for c in thing.children
        ):
            return None
        nth = next(
            (c for c in thing.children if c.dep_ == "amod" and ordinal_value(c.lower_)), None
        )
        value = ordinal_value(nth.lower_) if nth is not None else None
        if nth is None or value is None or value < 2:
            return None
        start, end = self._offsets([nth, thing])
        return Quantity(low=value, high=value, unit=plural(thing.lower_), text=self.text[start:end])

    def _inherited_roles(
        self, verb: Token, subject: Token | None, obj: Token | None, passive: bool
    ) -> tuple[Token | None, Token | None]:
        """Roles a clause leaves to its governor: coordination, control, relative clauses."""
        head = verb.head
        if verb.dep_ == "acl" and any(c.dep_ == "mark" for c in verb.children):
            return subject, obj  # "reports that it had shelled X": the noun's content, no role
        if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
            subject = _antecedent(verb)
            if verb.lemma_.lower() in self.state.lexicon.measures.by_verb:
                subject = _placed_thing(subject)
        if obj is not None and obj.lower_ in _RELATIVE and verb.dep_ == "relcl":
            obj = _antecedent(verb)
        if subject is None and not passive:
            if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
                # "X was arrested on May 2 and has denied the charges": the subject the two
                # verbs share, the first's passive one too, does the second (active) act
                # (not "was arrested and charged": a bare participle shares the passive)
                # (and an event its subject undergoes: "was hit by a missile and sank", the
                # tagger's participle "sank" is the ship's)
                active = (
                    verb.tag_ != "VBN"
                    or any(c.dep_ == "aux" for c in verb.children)
                    or verb.lemma_ in _UNDERGONE
                )
                inherited = _subject_of(head) or next(
                    (c for c in head.children if c.dep_ in _PASSIVE_SUBJ and active), None
                )
                unjoined = _unjoined_clause(head, verb)
                if unjoined is not None:
                    # "The strikes came a day after rockets fired from X killed two": no "and"
                    # joins the verbs; the parser took the clause's own verb for a second one
                    inherited = unjoined
                if inherited is not None and inherited.lower_ in _RELATIVE and head.dep_ == "relcl":
                    inherited = _antecedent(head)
                told = _told_before(head, verb)
                if told is not None:
                    # "X won 35.4%, the commission said on Tuesday, but lost its majority": X
                    # lost it, not the speaker (the parser joins "lost" to "said")
                    inherited = _subject_of(told) or inherited
                speaker = _speaker_between(head, verb)
                if speaker is not None:
                    # "Gunmen killed two, police said, but declined to comment": the police
                    # declined (the parser joins "declined" to "killed")
                    inherited = speaker
                subject = inherited if inherited is not None else self._frame_subject(head)
            elif verb.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
                infinitive = _to_infinitive(verb)
                controller = next((c for c in head.children if c.dep_ == "dobj"), None)
                # (a causative's infinitive may be parsed as an adverbial clause: "causing up
                # to three cars to derail")
                controlled = (
                    verb.dep_ == "xcomp" or head.lemma_ in _CAUSATIVE
                ) and head.lemma_ not in _USING
                if infinitive and controlled and _controls(controller):
                    # "forced the airline to cancel", "led the ministry to order a probe": the
                    # object does what it was made to
                    subject = controller
                elif infinitive:  # "decided to cut", "spent Saturday wading ... to recover"
                    subject = _clause_subject(head)
                elif verb.tag_ == "VBG" or _perfect_participle(verb):
                    # "struck Peru, killing 9": the striker kills; "will need a partner, having
                    # won 72 seats": the one who will need it won them
                    subject = _nearest_subject(verb)
                elif verb.dep_ == "advcl":
                    # "It was the strongest since a quake in 1999 killed 2,400": the clause's
                    # own subject, which the parser took for the object of "since"
                    subject = _misread_subordinate(head, verb)
            elif _able_to(verb):  # "rescuers were able to reach the village"
                subject = _clause_subject(head.head)
            elif (
                verb.dep_ == "pcomp"
                and verb.tag_ == "VBG"
                and head.lower_ in _GERUND_TIMES
                and head.head.pos_ in ("VERB", "AUX")
            ):
                # "will be president after winning 59% of the vote": who will be won it
                subject = _clause_subject(head.head)
            elif verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
                owner = next((c for c in head.children if c.dep_ == "poss"), None)
                infinitive = any(c.lower_ == "to" for c in verb.children)
                if owner is not None and infinitive:
                    subject = owner  # "X's decision to recognise": X recognises
                elif infinitive and head.head.pos_ in ("VERB", "AUX"):
                    # "waded through the wreckage to recover bodies": the wader recovers
                    subject = _clause_subject(head.head)
                elif verb.tag_ == "VBN" and not _verbless_main(verb):
                    obj = obj or (None if _counts_itself(verb) else head)
                elif (
                    verb.tag_ == "VBD"
                    and verb.sent.root.pos_ in ("NOUN", "PROPN")
                    and head.dep_ == "pobj"
                    and _within_root_phrase(head.head)
                ):
                    # "Ten carriages from a train derailed", "A man armed with a rifle attacked
                    # shoppers": a sentence without a verb of its own is a misparse that hung
                    # the finite verb on the last noun; the subject is the phrase the sentence
                    # opens with
                    subject = verb.sent.root
                elif (
                    verb.tag_ == "VBD"
                    and head.dep_ == "dobj"
                    and head.head.dep_ == "acl"
                    and head.head.tag_ == "VBG"
                    and head.head.head.pos_ in ("NOUN", "PROPN")
                ):
                    # "A jet carrying 181 people crashed": the finite verb hung on the object
                    # of the participle that describes its subject
                    subject = head.head.head
                else:
                    subject = head
        if passive and obj is None and verb.dep_ in ("acl", "relcl") and not _counts_itself(verb):
            obj = head
        if passive and obj is None and verb.dep_ in ("conj", "xcomp"):
            # "killed and 672 injured", "288 people are known to have been killed"; "has been
            # arrested, convicted five times and sentenced": the first conjunct's
            while (
                verb.dep_ == "conj"
                and head.dep_ == "conj"
                and not any(c.dep_ in _SUBJ | _PASSIVE_SUBJ for c in head.children)
            ):
                head = head.head
            obj = next((c for c in head.children if c.dep_ in _PASSIVE_SUBJ), None)
            if obj is None and verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
                # "the ship sank and was found by divers": the second verb is done to what
                # did the first
                obj = _subject_of(head)
                if obj is not None and obj.lower_ in _RELATIVE and head.dep_ == "relcl":
                    obj = _antecedent(head)
        if (
            passive
            and obj is None
            and verb.dep_ == "pcomp"
            and head.lower_ in _GERUND_TIMES
            and head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)
        ):
            # "opened fire ... before being shot dead by police": what was done was done to
            # the one who did the clause's act
            obj = _clause_subject(head.head)
        return subject, obj

    def _frame_subject(self, verb: Token) -> Token | None:
        frame = self.by_anchor.get(verb.i)
        return frame.subject if frame is not None else None

    def _object(
        self, verb: Token, matched: Sequence[Token], preposition: str | None
    ) -> Token | None:
        matched_ids = {t.i for t in matched}
        holders = [verb, *matched]
        if preposition:
            for holder in holders:
                for c in holder.children:
                    if c.dep_ == "prep" and c.lower_ == preposition:
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if pobj is not None and not _a_time(pobj):
                            return pobj
        last = max(matched, key=lambda t: t.i)
        if last.pos_ == "ADP" and last.i != verb.i:
            pobj = next((g for g in last.children if g.dep_ == "pobj"), None)
            if pobj is not None and not _a_time(pobj):
                return pobj  # (not "imposed sanctions on Monday": when, not on whom)
        for c in verb.children:
            if c.dep_ in _OBJ and c.i not in matched_ids and not _MARKUP.search(c.text):
                if c.ent_type_ in _NOT_COUNTS and not any(
                    p.dep_ == "prep" and p.lower_ == "of" for p in c.children
                ):
                    continue  # "spent Saturday": a time, not an object ("three days of
                    # national mourning" is one)
                if c.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    return _antecedent(verb)  # "villages that the earthquake cut off"
                return c
        for c in verb.children:
            if c.dep_ in _OBJ and c.i in matched_ids:
                # "recognise the independence of X": the object is the "of" phrase's.
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in ("of", "for", "to"):
                        pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            return pobj
        return None

    @staticmethod
    def _comparison(verb: Token) -> bool:
        """``No stronger quake has ever hit``: a superlative in disguise, not a negation."""
        return any(
            c.dep_ in _SUBJ | _PASSIVE_SUBJ
            and any(d.lower_ == "no" for d in c.children)
            and any(d.tag_ in ("JJR", "RBR") for d in c.children)
            for c in verb.children
        )

    @staticmethod
    def _negated(verb: Token) -> bool:
        for c in verb.children:
            if c.dep_ == "neg" and _corrects(c):
                continue  # "is not 174 but 125": a correction, not a denial
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
                return True
            if c.dep_ == "advmod" and any(d.dep_ == "neg" for d in c.children):
                return True  # "Ruritania no longer has any allies"
            if c.dep_ in _SUBJ | _PASSIVE_SUBJ | {"dobj"} and any(
                _denying_no(d) for d in c.children
            ):
                return True
            if c.dep_ in _SUBJ | _PASSIVE_SUBJ and c.lower_ in ("nobody", "none", "nothing"):
                return True
        return _evidence_denied(verb)

    @staticmethod
    def _retracted(verb: Token) -> bool:
        """Whether a correction withdraws the clause: "an earlier version of this article said
        the fire killed 12", "the agency incorrectly reported that ...", "was misreported as"."""
        node = verb
        while node.head.i != node.i:
            head = node.head
            if node.dep_ in _CONTENT_DEPS and head.lemma_ in _SPEECH | {"misstate", "misreport"}:
                if any(t.text == ";" for t in node.doc[head.i : verb.i]):
                    return False  # "... said 12 had died; the toll is nine": past the report
                if head.lemma_ in ("misstate", "misreport") or any(
                    c.dep_ == "advmod" and c.lower_ in _IN_ERROR for c in head.children
                ):
                    return True
                if any(
                    c.dep_ in _SUBJ
                    and c.lemma_.lower() in _VERSIONS
                    and any(
                        d.lower_ in ("earlier", "previous", "original", "first", "prior")
                        for d in c.children
                    )
                    for c in head.children
                ):
                    return True
            node = head
        return False

    @staticmethod
    def _hedged(verb: Token, *, reported: bool = False) -> bool:
        for c in verb.children:
            if c.dep_ == "aux" and c.lower_ in _HEDGE_AUX:
                return True
            if c.dep_ == "aux" and c.lower_ == "would" and not reported:
                return True  # reported "would" is the speaker's future, said as such
            if c.dep_ == "advmod" and c.lower_ in _HEDGE_ADVERBS:
                return True
        # "X is believed to have ...", "... thought to have struck", "the deal is expected to
        # close", "Acme expects to hire 200": a hedge or a forecast governs the clause; so
        # does hearsay, "the company is said to be considering a sale"; and "20 people were
        # feared dead" is a hedge with its state.
        if verb.dep_ == "xcomp" and verb.head.lemma_ in _HEDGE_FRAMES | _SCHEDULED:
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_ in _HEARSAY:
            return any(c.dep_ == "auxpass" for c in verb.head.children)
        if _claiming_noun(verb) is not None:
            return True
        return verb.lemma_ in _HEDGE_FRAMES and passive_state(verb) is not None

    # -- counts ----------------------------------------------------------------------------------

    @staticmethod
    def _is_count(token: Token) -> bool:
        if _unit_fraction(token) is not None:
            return True  # "by half a percentage point", "by a quarter of a point"
        if _timed(token):
            return False
        if _no_one(token):
            return False  # "no one was killed": nobody, not a count of one
        if _share_of(token):
            return False  # "one in seven Pakistanis", "one third of the country": a share
        if token.lower_ == "times":
            return False  # "arrested 13 times", "three times the size": how often, how much more
        if (
            token.lemma_.lower() not in _UNIT_NOUNS
            and _refers_back(token)
            and not any(_says_aboard(c) for c in token.children)
        ):
            # "the two breakaway regions" refers; it does not count (but "the ship's 18 crew
            # members" counts the crew: a possessive names whose they are; and "the 58 people
            # on board were killed" counts everyone the phrase itself sets apart)
            return False
        if token.lower_ in _COUNT_WORDS and any(
            c.dep_ in ("compound", "poss") for c in token.children
        ):
            return False  # "Acme's test scores": whose, and of what, not how many
        if _numeric(token) or token.lower_ in _COUNT_WORDS:
            return True
        if (
            token.tag_ not in ("NNS", "NNPS")
            and token.lower_ not in _UNIT_NOUNS
            and token.lower_ not in CURRENCIES
            and token.lower_ not in INVARIANT_PLURALS  # "four crew", "200 police"
        ):
            return False  # "a 6.8 earthquake", "train 12841": a measure or a number, not a count
        return any(_counting(c) and not _timed(c) and not _lettered(c) for c in token.children)

    def _all_but(self, holder: Token) -> Quantity | None:
        """The count of "all but two of the 181 people aboard": the whole less those excepted
        (179), as printed; None for any other phrase, or a whole or an exception not exact."""
        if holder.lower_ != "all":
            return None
        but = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "but"), None)
        excepted = next((g for g in but.children if g.dep_ == "pobj"), None) if but else None
        if excepted is None or not _numeric(excepted):
            return None
        of = next((c for c in excepted.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if whole is None:
            return None
        # (the whole is definite, "the 181 people": counted all the same)
        total = self._count(whole)
        # ("one of ..." counts a member, not one: the exception is one all the same)
        less = _ONE if excepted.lower_ == "one" else self._count(excepted)
        if (
            total is None
            or less is None
            or total.low is None
            or total.low != total.high
            or less.low is None
            or less.low != less.high
            or not 0 < less.low < total.low
        ):
            return None
        # (its whole a number alone: "all but two of the 181")
        number = next((c for c in whole.children if _counting(c)), whole)
        said = self.text[holder.idx : number.idx + len(number)]
        left = total.low - less.low
        return total.model_copy(update={"low": left, "high": left, "text": said})

    def _money_suffixed(self, head: Token, number: Token | None) -> Quantity | None:
        """An amount with its scale as a suffix that the tokenizer split off ("$355m" read as
        "$", "355", "m"): millions of the currency, not metres."""
        suffix = head.text.rstrip(".")  # (a sentence's last word keeps its full stop: "m.")
        if (
            number is None
            or suffix.lower() not in ("m", "k", "bn", "mn")
            or head.idx != number.idx + len(number.text)
        ):
            return None
        sign = next((t for t in number.subtree if t.i < number.i and t.lower_ in CURRENCIES), None)
        if sign is None:
            return None
        text = self.doc.text[sign.idx : head.idx + len(suffix)]
        found = find_quantities(text)
        if len(found) != 1 or found[0][2].unit is not None:
            return None
        return found[0][2].model_copy(update={"unit": sign.lower_, "text": text})

    def _count(self, head: Token) -> Quantity | None:
        """The count of the noun phrase headed by ``head`` ("at least 12 people", "41")."""
        fraction = _unit_fraction(head)
        if fraction is not None:
            part, opening, noun = fraction
            start, end = self._offsets([opening, noun])
            said = self.text[start:end]
            self._counts(said, noun, opening)
            return Quantity(low=part, high=part, unit=noun.lower_, text=said)
        if _timed(head):
            return None
        number: Token | None
        unit: str | None = None
        counted_as: Token | None = None  # the noun it counts, said in another clause
        if _numeric(head) or head.lower_ in _COUNT_WORDS:
            number = head
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if (
                of is not None
                and head.lower_ == "one"
                and not _compounded_number(head)
                and not _counted_whole(of)
            ):
                return None  # "one of 30 banks", "one of the largest banks": a member, no count
            counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if counted is not None and f"{head.lower_} of {counted.lower_}" in VAGUE:
                counted = of_object(counted)  # "tens of thousands of people": counts people
            unit = counted.lower_ if counted is not None else None
            if counted is not None and counted.pos_ in ("VERB", "ADJ"):
                unit = "people"  # "41 of the injured", "12 of the dead": people so described
            if unit is None:
                # "$4 billion": the currency sign before the number is its unit
                unit = next(
                    (t.lower_ for t in head.subtree if t.i < head.i and t.lower_ in CURRENCIES),
                    None,
                )
            after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
            suffixed = self._money_suffixed(after, head) if after is not None else None
            if suffixed is not None:
                return suffixed  # "$355m": the number itself is the count's head
            if (
                unit is None
                and after is not None
                and after.lower_ in CURRENCIES
                and after.dep_ == "compound"
                and after.head.i == head.head.i
            ):
                # "a 5 million euro fine": the currency the number's noun is named with
                unit = after.lower_
            gapped = _gapped_noun(head) if unit is None else None
            if gapped is not None:
                # "won 121 seats, while the Liberal Democrats took 72": the seats are said once
                unit = gapped.lower_
                counted_as = gapped
        else:
            number = next(
                (c for c in head.children if _counting(c) and not _timed(c)),
                None,
            )
            unit = _speed_unit(head) or head.lower_
            suffixed = self._money_suffixed(head, number)
            if suffixed is not None:
                return suffixed
        if number is None or _year_like(number) or _named_number(number):
            return None
        if number.i > 0 and _corrects(self.doc[number.i - 1]):
            # "not 174 but 125", "killed not 12 but nine people": the value is the correction
            value = next(c for c in number.children if c.dep_ == "conj" and c.like_num)
            found = find_quantities(value.text)
            if found:
                quantity = found[0][2].model_copy(update={"unit": unit, "text": value.text})
                self._counts(quantity.text, head, value)
                return quantity
        # (not its owner: "completed his $44bn deal", parsed with "his" the amount's)
        owner = {t.i for c in number.children if c.dep_ == "poss" for t in c.subtree}
        tokens = [
            t
            for t in number.subtree
            if (t.i <= number.i or t.lower_ in _SCALE_WORDS) and t.i not in owner
        ]
        if _approximated(number):
            tokens.insert(0, number.head)  # "wounding about 2,800", parsed as a preposition's
        # (nor the words that praise it: "fined a record €1.2bn", "a whopping $5bn")
        praising = [
            k
            for k, t in enumerate(tokens)
            if t.i < number.i
            and t.pos_ in ("NOUN", "ADJ")
            and t.is_alpha  # (not "%": "4.75% to 5.0%")
            and t.lower_ not in _AMOUNT_WORDS
        ]
        if praising:
            tokens = tokens[praising[-1] + 1 :]
            while len(tokens) > 1 and tokens[0].is_punct:
                tokens = tokens[1:]  # ("one dead, dozens injured": the dozens)
        doc = number.doc
        upper = next(
            (c for c in number.children if c.dep_ == "conj" and c.like_num and c.i > number.i),
            None,
        )
        if (
            head.i == number.i
            and upper is not None
            and any(c.lower_ == "between" for c in number.children)
            and any(c.dep_ == "cc" and c.i < upper.i for c in number.children)
        ):
            # "at between $28 and $30": the range's second end is the number's conjunct
            tokens = list(doc[min(t.i for t in tokens) : upper.right_edge.i + 1])
        if (
            number.i + 2 < len(doc)
            and doc[number.i + 1].lower_ == "of"
            and f"{number.lower_} of {doc[number.i + 2].lower_}" in VAGUE
        ):
            tokens += [doc[number.i + 1], doc[number.i + 2]]  # "tens of thousands"
        if head.i != number.i:
            # Everything from the number's first word up to the counted noun: ranges
            # ("10-12", "Ten to 12") hang off the number in several ways.
            first = min(t.i for t in tokens)
            estimate = self.doc[first - 1] if first > 0 else None
            if (
                estimate is not None
                and estimate.lower_ == "estimated"
                and estimate.head.i == head.i
            ):
                # "an estimated 2,000 people": the parser hangs the estimate on the noun
                first -= 2 if first > 1 and self.doc[first - 2].lower_ in ("an", "a") else 1
            if first > 0 and _bounding_no(self.doc[first - 1]):
                first -= 1  # "no more than six years", "no fewer than 40 people": a bound
            span = [t for t in self.doc[first : head.i] if not t.is_space]
            within = {t.i for t in number.subtree}
            modifier = next(
                (
                    k
                    for k, t in enumerate(span)
                    if t.i > number.i
                    and t.like_num
                    and t.i not in within
                    and t.head.i not in (head.i, number.i)
                    and t.i + 1 < head.i
                    and self.doc[t.i + 1].text in ("-", "–")
                ),
                None,
            )
            if modifier is not None:
                # "two five-year terms": two terms, each five years (the second number counts
                # the word it is hyphened to, not the terms)
                span = span[:modifier]
                while len(span) > 1 and span[-1].is_punct:
                    span = span[:-1]
            if not span:
                return None  # a number after its noun ("police 40"): no count of it
            bracket = next((k for k, t in enumerate(span) if t.text in ("(", "[")), None)
            if bracket is not None and bracket > 0:
                # "$4 billion (3.7 billion euros)" parsed as one phrase: the amount is what
                # precedes the bracket, in the currency its sign gives (the bracket converts it)
                span = span[:bracket]
                sign = next((t.lower_ for t in span if t.lower_ in CURRENCIES), None)
                if sign is None:
                    return None
                unit = sign
            named = next(
                (
                    k
                    for k, t in enumerate(span)
                    if t.pos_ == "PROPN" and any(u.like_num for u in span[:k])
                ),
                None,
            )
            if named:
                span = span[:named]  # "79 MAX 9 jets", "two Boeing 737 planes": a model's number
            numeric = [k for k, t in enumerate(span) if t.like_num or t.lower_ in _SCALE_WORDS]
            tokens = span[: numeric[-1] + 1] if numeric else span  # "two rescue helicopters"
            while len(tokens) > 1 and not (
                tokens[0].like_num or tokens[0].lower_ in _QUANTITY_WORDS
            ):
                tokens = tokens[1:]  # "since 1960, when at least 12 000 people died"
            if sum(t.like_num for t in tokens) > 1 and any(
                t.lower_ in ("in", "out") for t in tokens
            ):
                return None  # "one in three trains", "two out of five": a share, not a count
        tokens = _between_units(head) or self._moved(head, tokens)
        if (
            len(tokens) > 2
            and tokens[0].lower_ in ("up", "down")
            and tokens[1].lower_ == "to"
            and tokens[0].i > 0
            and self.doc[tokens[0].i - 1].lemma_.lower() in _REVISING
        ):
            # "growth was revised up to 0.3%": the verb's particle and the level it went to,
            # not "at most 0.3%" (but "killed up to 12 people" is at most 12)
            tokens = tokens[2:]
        start, end = self._offsets(tokens)
        if (
            head.lower_ in _PERCENT_WORDS
            and head.i > number.i
            and spanned(head) is not None
            and any(t.lower_ in _PERCENT_WORDS for t in tokens if t.i < number.i)
        ):
            # "a range of 4.75% to 5%": both ends print their unit, the second is the head
            end = self._offsets([head])[1]
        found = find_quantities(self.text[start:end])
        if not found:
            return None
        quantity = found[0][2]
        quantity = quantity.model_copy(update={"unit": unit, "text": self.text[start:end]})
        self._counts(quantity.text, counted_as or head, number)
        return quantity

    def _counts(self, text: str, noun: Token, number: Token) -> None:
        """Keep ``noun`` as what the quantity printed ``text`` (its number ``number``)
        counts."""
        by_number = self.counted.setdefault(text, {})
        by_number.pop(number.i, None)  # (counted again: now the one counted last)
        by_number[number.i] = noun

    def _counted(self, text: str) -> Token | None:
        """The noun the quantity printed ``text`` counts: the one counted last."""
        by_number = self.counted.get(text)
        return next(reversed(by_number.values())) if by_number else None

    def _counted_near(self, text: str, anchor: Token) -> Token | None:
        """The noun a quantity printed ``text`` counts in the clause of ``anchor``: of two
        numbers printed alike ("taken to two hospitals; two of them ..."), the nearer's."""
        by_number = self.counted.get(text)
        if not by_number:
            return None
        nearest = min(by_number, key=lambda i: (abs(i - anchor.i), i))
        return by_number[nearest]

    @staticmethod
    def _moved(head: Token, tokens: list[Token]) -> list[Token]:
        """The words of a count that the parser joined with another across "to", as if a
        range: "fell from $4 billion to $3 billion" went to the second, "rose by $500
        million to $5.7 billion" rose by the first (a range, "500 to 600 people", is kept)."""
        if head.dep_ != "pobj" or head.head.lower_ not in ("from", "by"):
            return tokens
        cut = next(
            (k for k, t in enumerate(tokens) if t.lower_ == "to" and t.dep_ == "quantmod"), 0
        )
        before, after = tokens[:cut], tokens[cut + 1 :]
        if not (any(t.like_num for t in before) and any(t.like_num for t in after)):
            return tokens
        if head.head.lower_ == "from":
            return after
        # "by 3 to 4 percent" is a range; "by $500 million to $5.7 billion" two amounts,
        # each with its own sign or scale
        marked = _SCALE_WORDS | _UNIT_SIGNS
        if any(t.lower_ in marked for t in before) and any(t.lower_ in marked for t in after):
            return before
        return tokens

    def _score_in(self, verb: Token) -> re.Match[str] | None:
        """A match score in a win, loss or draw clause ("beat Globex 3-1", "lost 1-3 to")."""
        if verb.lemma_.lower() not in _SCORE_VERBS:
            return None
        # the clause's own words: the verb itself may be a clause of another ("said X won"),
        # and a clause under it is its own ("won the title, beating X 4-6, 6-4")
        inner = [c for c in verb.children if c.dep_ in ("relcl", "advcl", "ccomp")]
        tokens = [
            t for t in verb.subtree if t.i == verb.i or t.dep_ not in ("relcl", "advcl", "ccomp")
        ]
        start, end = self._offsets(tokens)
        # (a score that starts in the clause's words but that the parser split off them, its
        # sets hung on another verb: "came from two sets down to beat X 3-6, 3-6, 6-4")
        for found in _SCORE.finditer(self.text, start, self.end):
            if found.start() >= end:
                break
            first, second = (self._token_at(found.start(k)) for k in (1, 2))
            if first is not None and any(first in c.subtree for c in inner):
                continue
            after = next((t for t in self.doc if t.idx >= found.end() - self.base), None)
            if (second is not None and second.dep_ == "nummod" and second.head.i > second.i) or (
                after is not None and after.tag_ == "NNS"
            ):
                return None  # "won 10-12 seats": a count of something, not a score
            return found
        return None

    def _token_at(self, offset: int) -> Token | None:
        """The token at ``offset`` in the source's text, if this sentence has one there."""
        at = offset - self.base
        return next((t for t in self.doc if t.idx <= at < t.idx + len(t)), None)

    def _sentence_claim(self, start: int, end: int, **fields: Any) -> Claim:
        """A claim of this sentence with ``fields``, quoting ``self.text[start:end]`` (its
        spaces folded), with the sentence as evidence and the source's next id. A quote never
        ends inside a word: "180 km/h." may be tokenised "km", "/" and "h.", the last taken
        for the sentence's full stop."""
        text = self.text
        while 0 < end < len(text) and text[end].isalnum() and not text[end - 1].isspace():
            end += 1
        return Claim(
            id=self.state.next_id(),
            source=self.state.source.id,
            text=" ".join(text[start:end].split()),
            evidence=Span.of(self.state.source, self.base, self.end),
            **fields,
        )

    def _said(self, head: Token) -> dict[str, Any] | None:
        """The modality and speaker of a claim of ``head``'s clause made outside a frame ("There
        were no deaths, police said"); None when its speaker denies it."""
        speaker, denied = self._speaker_of(head)
        if denied:
            return None
        return {"modality": "reported" if speaker else "asserted", "attributed_to": speaker}

    def _no_deaths(self) -> list[Claim]:
        """ "No deaths have been reported", "there were no fatalities": that no one was killed,
        said as the absence of deaths (it conflicts with "two people were killed" as "no one
        was killed" does); "no injuries were reported", that no one was injured; "there were
        no casualties", both."""
        out: list[Claim] = []
        for noun in self.doc:
            head = noun.head
            if (
                noun.lemma_.lower() not in _ABSENT_ACTS
                or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
                or not (
                    (noun.dep_ == "nsubjpass" and head.lemma_ in _RECORDED) or _existential(noun)
                )
                # "no serious injuries were reported": minor ones may have been
                or any(c.dep_ in ("amod", "compound") and c.lower_ in _GRAVE for c in noun.children)
            ):
                continue
            said = self._said(head)
            if said is None:
                continue
            # the clause alone: "No deaths have been reported", "There were no deaths"
            words = [noun, *noun.subtree, head, *(c for c in head.children if c.dep_ == "expl")]
            start, end = self._offsets(words)
            out.extend(
                self._sentence_claim(
                    start,
                    end,
                    subject=None,
                    predicate=act,
                    object="no one",
                    polarity="negated",
                    **said,
                )
                for act in _ABSENT_ACTS[noun.lemma_.lower()]
            )
        return out

    def _scheduled(self) -> list[tuple[int, Claim]]:
        """The date an election or a summit is set for, whoever sets it and however: "called a
        snap election for May 12", "will hold an early election on May 19", "will vote in an
        election on May 19" are each the election's date, so that two dates conflict. Only an
        event ahead (called, set, scheduled for a date, or to be held or voted in), not one
        that was ("the last election, held on May 5"). Each with the verb that sets it."""
        out: list[tuple[int, Claim]] = []
        for noun in self.doc:
            if noun.lemma_.lower() not in _SCHEDULED_EVENTS or any(
                c.lower_ in _PAST_EVENTS for c in noun.children
            ):
                continue
            verb = noun.head
            if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_ == "vote":
                verb, preposition = verb.head, "on"  # "will vote in an election on May 19"
            elif noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_ in _SETTING:
                preposition = "for"  # "called a snap election for May 12"
            elif noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_ == "hold":
                preposition = "on"  # "will hold an early election on May 19"
            else:
                continue
            if verb.lemma_ in ("hold", "vote") and not _ahead(verb):
                continue
            when = next(
                (
                    found
                    for tokens, found in self.times
                    for holder in (verb, noun)
                    for c in holder.children
                    if c.dep_ == "prep"
                    and c.lower_ == preposition
                    and tokens[0].head.i == c.i
                    and any(ch.isdigit() for ch in found.text)  # a date, not "on Monday"
                ),
                None,
            )
            said = self._said(verb)
            if when is None or said is None:
                continue
            when = _ahead_of(when, self.state.source.published)
            start, end = self._offsets([noun, *verb.subtree])
            out.append(
                (
                    verb.i,
                    self._sentence_claim(
                        start,
                        end,
                        subject=None,
                        predicate="schedule",
                        object=noun.lemma_.lower(),
                        time=when,
                        **said,
                    ),
                )
            )
        return out

    def _event_ordinals(self) -> list[tuple[int | None, Claim]]:
        """The story's event placed in a series: "it was the second deadly accident at the mine
        this year", "the crash was the third derailment in the region since May", and an act
        placed so in a phrase after its clause ("raised its rate to 5.25%, its fourth increase
        this year"). The claim's value is the series (the noun with its adjectives, places and
        times, "deadly" and "fatal" alike, a hike an increase), so that only sources placing
        the event in one series meet: "the third fatal accident at the mine this year"
        conflicts with the second; "the third accident in the country" is another series.
        Paired with the copula whose clause it is (its claim is replaced), or None."""
        out: list[tuple[int | None, Claim]] = []
        for noun in self.doc:
            head = noun.head
            placed = _placed_in_series(noun)
            if placed is not None:
                # "The outbreak, the second this winter, was confirmed": the event named,
                # then its place in the series in a phrase of its own
                verb = head.head
                said = self._said(verb) if verb.pos_ in ("VERB", "AUX") else None
                if said is None or self._negated(verb):
                    continue
                # (quoted as the event and its place: the clause is its act's own claim)
                quoted = self._offsets(list(self.doc[head.left_edge.i : noun.right_edge.i + 1]))
                out.append((None, self._placed_claim(quoted, head, (noun,), placed, said)))
                continue
            if noun.lemma_.lower() not in _SERIES_NOUNS or self._negated(head):
                continue
            if noun.dep_ == "attr" and head.lemma_ in ("be", "become"):
                subject = _subject_of(head)
                if subject is None or not (
                    subject.lower_ in ("it", "this")
                    or (
                        subject.lemma_.lower() in EVENT_NOUNS
                        and all(c.dep_ in ("det", "poss") for c in subject.children)
                    )
                ):
                    continue  # another event named ("the March collapse was the first ...")
                copula: int | None = head.i
                scope: tuple[Token, ...] = (noun, head)
            elif (
                noun.dep_ in ("npadvmod", "dobj", "appos")
                and head.pos_ == "VERB"
                and noun.left_edge.i > 0
                and self.doc[noun.left_edge.i - 1].text == ","
                and any(c.dep_ in ("det", "poss") for c in noun.children)
            ):
                copula, scope = None, (noun,)  # the act's own phrases are not the series'
            else:
                continue
            # a place counted from the start ("last" is no rank a series can be compared by)
            ranks = [
                v
                for c in noun.children
                if c.dep_ == "amod" and (v := ordinal_value(c.text) or 0) > 0
            ]
            if len(ranks) != 1:
                continue
            said = self._said(head)
            if said is None:
                continue
            claim = self._placed_claim(self._clause_span(head), noun, scope, ranks[0], said)
            out.append((copula, claim))
        return out

    def _placed_claim(
        self,
        quoted: tuple[int, int],
        noun: Token,
        holders: Sequence[Token],
        place: int,
        said: dict[str, Any],
    ) -> Claim:
        """The claim that the story's event, named by ``noun``, has ``place`` in its series
        (:meth:`_series` of ``noun`` and ``holders``), quoting ``quoted``."""
        start, end = quoted
        return self._sentence_claim(
            start,
            end,
            subject=None,
            predicate="open:be",
            value=self._series(noun, holders),
            rank=place,
            rank_scope=noun.lemma_.lower(),
            **said,
        )

    def _moves_between_levels(self, first: int) -> list[Claim]:
        """A rate's move in percentage points, from the two levels its clause gives: "cut
        interest rates to 5% from 5.25%" moved them down 0.25 points, as "lowered its key rate
        by a quarter of a percentage point to 5%" says (not where the clause tells the move
        itself)."""
        claims = self.state.claims[first:]
        told = {c.text for c in claims if c.measure == "points"}
        out = []
        for c in claims:
            q = c.quantity
            if (
                c.measure != "percent"
                or c.population != "level"
                or q is None
                or q.low is None
                or q.low != q.high
                or c.text in told
            ):
                continue
            found = _LEVELS.search(c.text)
            if found is None:
                continue
            to, earlier = (_leading_number(level) for level in _levels_said(found))
            if to != q.low or to == earlier:
                continue
            move = round(to - earlier, 6)
            # (told as the move, with the two levels it is read from)
            way, size = "up" if move > 0 else "down", abs(move)
            noun = "percentage point" if size == 1 else "percentage points"
            text = f"{way} {size:g} {noun} ({found[0]})"
            points = Quantity(low=move, high=move, unit="percentage point", text=text)
            out.append(self._implied_figure(c, points, "points", "percentage point"))
            told.add(c.text)
        return out

    def _amount_changes(self, first: int) -> list[Claim]:
        """An amount's change in per cent, from the two amounts its clause gives: "profit
        rose to $16.6 billion from $6.19 billion" (or "revenue of $30 billion, up from $13.5
        billion a year earlier") rose 168%, as "profit rose 168%" says; implied, as a rate's
        move read from its levels is (not where the clause tells its change in per cent). The
        change spans what the two amounts' printed digits allow."""
        claims = self.state.claims[first:]
        told = {c.text for c in claims if c.measure == "percent"}
        out = []
        for c in claims:
            q = c.quantity
            if c.measure != "money" or q is None or q.low is None or q.low != q.high:
                continue
            if q.approximate or c.text in told:
                continue  # ("about $30 billion": no bounds to read a change from)
            found = _AMOUNTS_FROM.search(c.text)
            if found is None:
                continue
            to, earlier = _levels_said(found)
            if to[:1] != earlier[:1]:
                continue  # (amounts in two currencies)
            now, then = _amount_bounds(to), _amount_bounds(earlier)
            if now is None or then is None or not now[0] <= q.low <= now[1] or then[0] <= 0:
                continue
            low = round((now[0] / then[1] - 1) * 100, 1)
            high = round((now[1] / then[0] - 1) * 100, 1)
            if low <= 0 <= high:
                continue
            way, mid = ("up" if low > 0 else "down"), abs(low + high) / 2
            said = f"{way} {mid:.1f}".removesuffix(".0") + f" ({found[0].strip(' ,')})"
            quantity = Quantity(low=low, high=high, unit="%", text=said)
            out.append(self._implied_figure(c, quantity, "percent", None, c.event))
            told.add(c.text)
        return out

    def _multiplied(self, first: int) -> list[Claim]:
        """The change in per cent a verb of multiplying tells: "sales more than tripled" rose
        more than 200%, as "revenue rose 265%" says ("doubled" 100%, "quadrupled" 300%,
        "halved" down 50%); implied, as a rate's move read from its levels is (not where the
        clause gives its change in per cent itself)."""
        claims = self.state.claims[first:]
        told = {c.text for c in claims if c.measure == "percent"}
        out = []
        for c in claims:
            factor = _MULTIPLES.get(c.predicate)
            if factor is None or c.text in told or c.subject is None:
                continue
            verb = c.predicate.removeprefix("open:")
            found = re.search(rf"\b(more than\s+)?{verb}[a-z]*\b", c.text, re.I)
            if found is None:
                continue
            change = round((factor - 1) * 100, 6)
            way = "up" if change > 0 else "down"
            if found[1] and change > 0:
                # ("more than tripled": at least 200% up)
                low, high, said = change, None, f"{way} more than {abs(change):g}"
            else:
                low, high, said = change, change, f"{way} {abs(change):g}"
            quantity = Quantity(low=low, high=high, unit="%", text=f"{said} ({found[0]})")
            out.append(self._implied_figure(c, quantity, "percent", None))
            told.add(c.text)
        return out

    def _implied_figure(
        self,
        claim: Claim,
        quantity: Quantity,
        measure: str,
        population: str | None,
        event: str | None = None,
    ) -> Claim:
        """A figure read from what ``claim`` says (a rate's move from its two levels, a change
        from a verb of multiplying), as a claim of its own: implied, since told alone it says no
        more than the words it is read from. ``event``: what it is a figure of, where not of
        the claim's subject (an amount's change is of the amount's thing: "Acme revenue")."""
        changes = {"quantity": quantity, "measure": measure, "population": population}
        changes |= {"id": self.state.next_id(), "event": event, "implied": True}
        return evolve(claim, changes)

    def _series(self, noun: Token, holders: Sequence[Token]) -> str:
        """The series an event is placed in: its noun and the noun's adjectives, and the places
        and times said of ``holders`` (not "after" its predecessors)."""
        words = [
            _SERIES_SYNONYMS.get(c.lower_, c.lower_)
            for c in noun.children
            if c.dep_ in ("amod", "compound") and ordinal_value(c.text) is None
        ]
        lemma = noun.lemma_.lower()
        words.append(_SERIES_SYNONYMS.get(lemma, lemma))
        phrases = [
            c
            for holder in holders
            for c in holder.children
            # (not who says so: "..., according to the national association of mayors")
            if (c.dep_ == "prep" and c.lower_ not in _ORDINAL_AFTER and c.lower_ != "according")
            or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
        ]
        for phrase in sorted(phrases, key=lambda t: t.i):
            words.extend(t.lower_ for t in phrase.subtree if not t.is_punct)
        return " ".join(words)

    def _scores(self, made: dict[int, Claim]) -> list[Claim]:
        """Match scores as figures of the match, whichever team is named first: "Acme beat Globex
        3-1", "Globex lost 1-3 to Acme" and "Acme won 3-1 against Globex" are one score."""
        out = []
        noun_scores: set[int] | None = None  # (read once, when a verb's score is found)
        for anchor_i, claim in made.items():
            verb = self.doc[anchor_i]
            if claim.quantity is not None and _by_margin(verb):
                # "beat India by six wickets": the result stands without its margin, as
                # another outlet's "beat India" or "a victory over India" tells it
                plain = {"quantity": None, "measure": None, "population": None, "event": None}
                out.append(evolve(claim, {"id": self.state.next_id(), **plain}))
            found = self._score_in(verb)
            subject = _subject_of(verb)
            beaten = None
            if subject is None and any(c.dep_ == "auxpass" for c in verb.children):
                # "England were beaten 2-1 by Spain": Spain beat England
                subject = next(
                    (g for c in verb.children if c.dep_ == "agent" for g in c.children), None
                )
                beaten = next((c for c in verb.children if c.dep_ in _PASSIVE_SUBJ), None)
            if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
                subject = _subject_of(verb.head)  # "won the title, beating X 4-6, 6-4": the winner
            frame = self.by_anchor.get(anchor_i)
            if subject is None and frame is not None and verb.dep_ in ("xcomp", "advcl", "pcomp"):
                # "came from two sets down to beat X 3-6, ...", "won the title after beating X
                # 3-1": the one the clause's act is of
                subject = frame.subject
            if found is None or subject is None:
                continue
            opponent = next(
                (
                    g
                    for c in verb.children
                    if c.dep_ in (*_OBJ, "npadvmod")
                    or (c.dep_ == "prep" and c.lower_ in ("against", "over", "to", "with"))
                    for g in ([c] if c.dep_ in (*_OBJ, "npadvmod") else c.children)
                    if g.dep_ in (*_OBJ, "npadvmod", "pobj")
                    and not g.like_num
                    and g.pos_ in _NOUN_POS
                    and g.ent_type_ not in _NOT_COUNTS
                ),
                None,
            )
            if noun_scores is None:
                noun_scores = self._noun_score_starts()
            if (
                opponent is not None and opponent.lemma_.lower() in _SCORE_NOUNS
            ) or found.start() in noun_scores:
                # "won (the title) with a 3-1 victory over X": the noun's score, of the noun's
                # sides (_noun_scores)
                continue
            if opponent is not None and opponent.lemma_.lower() in _CONTESTS:
                # "won the shootout 4-2": the contest, the rival told before; or after it, as
                # the parser may hang it there ("lost the cup final 2-1 to X")
                opponent = _rival_in(opponent)
            opponent = opponent or beaten
            if opponent is None:
                opponent = next((c for c in subject.children if c.dep_ == "conj"), None)
            scored = self._score_claim(
                claim, found, _SCORE_VERBS[verb.lemma_.lower()], subject, opponent
            )
            if scored is not None:
                out.append(scored)
        return [*out, *self._noun_scores(made), *self._scores_alone(made)]

    def _scores_alone(self, made: dict[int, Claim]) -> list[Claim]:
        """A score told with no rival in a clause that makes no claim of its own ("Bloggs,
        22, rallied to win 3-6, 6-4, 6-3"), of the match the document told before (the rival
        it named: :meth:`_note_opponents`)."""
        out = []
        for verb in self.doc:
            kind = _SCORE_VERBS.get(verb.lemma_.lower())
            if kind is None or verb.pos_ != "VERB" or verb.i in made:
                continue
            if any(c.dep_ in (*_OBJ, "prep") and not c.like_num for c in verb.children):
                continue  # (a rival or a thing won is said: another reading's)
            found = self._score_in(verb)
            subject = _clause_subject(verb)
            said = self._said(verb)
            if found is None or subject is None or said is None:
                continue
            full, rival = self._rival_told_before(subject)
            if rival is None:
                continue
            start, end = self._offsets(
                list(verb.head.subtree) if verb.dep_ == "xcomp" else list(verb.subtree)
            )
            base = self._sentence_claim(
                start, end, subject=full, predicate=self._open_predicate(verb), **said
            )
            scored = self._score_claim(base, found, kind, subject, None)
            if scored is not None:
                out.append(scored)
        return out

    def _rival_told_before(self, side: Token | None) -> tuple[str | None, str | None]:
        """A side of a match by its full name, and the rival the document told it beat or lost
        to before (:meth:`_note_opponents`), found by that name or by the side's as a team's."""
        team, full = self._team(side), self.name(side)
        opponents = self.state.opponents
        return full, opponents.get(team or "") or opponents.get(full or "")

    def _noun_scores(self, made: dict[int, Claim]) -> list[Claim]:
        """Match scores said by a noun of the result: "reached the final with a 3-2 victory
        over Strelsau City", "suffered a 2-0 defeat to Acme FC" (the team is the clause's
        subject)."""
        out = []
        for noun in self.doc:
            kind = _SCORE_NOUNS.get(noun.lemma_.lower())
            if kind is None or noun.pos_ != "NOUN":
                continue
            found = self._score_before(noun)
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            claim = made.get(verb.i) if verb is not None else None
            subject = _subject_of(verb) if verb is not None else None
            if subject is None and verb is not None:
                # "Spain were crowned champions after a 2-1 victory over England": the team the
                # passive is said of won it
                subject = next((c for c in verb.children if c.dep_ in _PASSIVE_SUBJ), None)
            led = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
            if led is not None and noun.head.lower_ == "to" and noun.head.head.i == led.head.i:
                subject = led  # "Jo Bloggs led Acme FC to a 3-2 win over Globex": Acme won
            if verb is not None and noun.dep_ == "dobj" and noun.head.i == verb.i:
                # "Jo Bloggs's goal gave Acme a 1-0 victory over Globex": Acme won
                subject = next(
                    (
                        c
                        for c in verb.children
                        if c.dep_ in ("dative", "iobj", "dobj")
                        and c.i < noun.i
                        and c.pos_ in _NOUN_POS
                    ),
                    subject,
                )
            if claim is None or subject is None:
                continue
            against = next(
                (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _AGAINST), None
            )
            opponent = (
                next((g for g in against.children if g.dep_ == "pobj"), None) if against else None
            )
            if kind == "defeat":
                # "a 2-0 defeat to Acme": a loss; "a 3-0 defeat of Acme": a win
                kind = "lose" if against is not None and against.lower_ in ("to", "by") else "win"
            beaten = self._beaten(claim, kind, subject, opponent, against)
            if beaten is not None:
                out.append(beaten)
            scored = self._score_claim(claim, found, kind, subject, opponent) if found else None
            if scored is not None:
                out.append(scored)
        return out

    def _beaten(
        self,
        claim: Claim,
        kind: str,
        side: Token,
        opponent: Token | None,
        against: Token | None,
    ) -> Claim | None:
        """The result a noun tells as who beat whom: "led Acme to a six-wicket victory over
        Globex" and "suffered a 2-0 defeat to Globex" (Globex beat Acme) as another outlet's
        "beat" puts it. Only two named sides, "over", "to" or "against" naming the rival (not
        "a win against the odds")."""
        if kind not in ("win", "lose") or opponent is None or against is None:
            return None
        if against.lower_ not in ("over", "to", "against") or (
            kind == "lose" and against.lower_ == "over"
        ):
            return None
        if opponent.pos_ != "PROPN" or side.pos_ != "PROPN":
            return None
        team, other = self._team(side), self._team(opponent)
        if not team or not other or team == other:
            return None
        winner, loser = (team, other) if kind == "win" else (other, team)
        return evolve(
            claim,
            {
                "id": self.state.next_id(),
                "subject": winner,
                "predicate": self.state.lexicon.open_predicate("beat"),
                "object": loser,
                "value": None,
                "quantity": None,
                "measure": None,
            },
        )

    def _noun_score_starts(self) -> set[int]:
        """Where the scores that nouns of a result print start ("a 3-1 victory")."""
        return {
            found.start()
            for noun in self.doc
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in _SCORE_NOUNS
            if (found := self._score_before(noun)) is not None
        }

    def _score_before(self, noun: Token) -> re.Match[str] | None:
        """The first set of the score printed right before a noun of the result, all its
        sets read on from it ("a 6-2 6-2 7-6 (4) victory": from "6-2", however the parser
        split the phrase)."""
        start, _ = self._offsets([noun.left_edge])
        at = self.base + noun.idx
        for found in _SCORE.finditer(self.text, self.base, at):
            end = found.end()
            while (more := _NEXT_SET.match(self.text, end, at)) is not None:
                end = more.end()
            if _TIE_BREAK_TO.fullmatch(self.text, end, at):
                return found
        return _SCORE.search(self.text, start, at)

    def _score_claim(
        self,
        claim: Claim,
        found: re.Match[str],
        kind: str,
        subject: Token | None,
        opponent: Token | None,
    ) -> Claim | None:
        """The score ``found`` of a ``kind`` of result (win, lose, draw) of the team
        ``subject`` against ``opponent``, as a figure of the match (from ``claim``)."""
        team, other = self._team(subject), self._team(opponent)
        if team and not other:
            # "Bloggs rallied to win 3-6, 6-4, 6-3", the rival named before: that match
            full, other = self._rival_told_before(subject)
            if other and full and full.endswith(team):
                team = full
        if not team or not other or team == other:
            return None
        a, b = int(found[1]), int(found[2])
        printed = found[0]
        sets = [(a, b)]
        end = found.end()
        while (more := _NEXT_SET.match(self.text, end)) is not None:
            sets.append((int(more[1]), int(more[2])))
            end = more.end()
        if len(sets) > 1:
            # "beat Globex 4-6, 6-4, 6-4, 6-4": a match of sets, won by who won more of them
            # (not the first set's games)
            a, b = sum(x > y for x, y in sets), sum(x < y for x, y in sets)
            printed = self.text[found.start() : end]
        if kind == "draw" and a != b:
            return None
        mine, theirs = (max(a, b), min(a, b)) if kind == "win" else (min(a, b), max(a, b))
        (first, g1), (second, g2) = sorted(
            [(team, mine), (other, theirs)], key=lambda tg: fold(tg[0])
        )
        value = float(g1 * 100 + g2)  # one number per score, in the teams' own order
        return evolve(
            claim,
            {
                "id": self.state.next_id(),
                "quantity": Quantity(low=value, high=value, text=printed),
                "measure": "score",
                "population": None,
                "event": f"{first} v {second}",
            },
        )

    def _team(self, token: Token | None) -> str | None:
        """A side of a match, alone (not with the team named beside it)."""
        if token is None:
            return None
        if token.pos_ == "PROPN":
            return self._proper_chain(token) or token.text
        return self.name(token)

    def _counted_as_other(self, count: Token, verb: Token) -> bool:
        """Whether a count names, in its own modifier, a measure other than its verb's: in a
        headline's "four dead, dozens missing" the parser makes "four dead" a subject of
        "missing"."""
        table = self.state.lexicon.measures
        own = table.by_verb.get(verb.lemma_.lower())
        if own is None:
            return False
        return any(
            c.dep_ == "amod"
            and (named := table.by_noun.get(c.lower_)) is not None
            and named.id != own.id
            for c in count.children
        )

    def _amount_reached(self, verb: Token) -> Quantity | None:
        """The amount a change reaches when the clause gives its move in money too: "Brent
        crude climbed $5.04, or 6.3%, to $84.93 a barrel" stands at $84.93 (the level, as
        "rose to $84.93" gives it), not at $5.04; None for any other clause."""
        if not change_verb(verb):
            return None
        moved = next(
            (c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and self._money(c)), None
        )
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        level = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
        if moved is not None and level is None:
            return self._range_reached(verb, moved)
        if moved is None or level is None or self._money(level) is None:
            return None
        return self._count(level)

    def _range_reached(self, verb: Token, moved: Token) -> Quantity | None:
        """The level of "Brent crude rose $2 to $84 a barrel" when the parser takes "$2 to
        $84" for one amount (:func:`moved_to`): the second, reached."""
        found = self._money(moved)
        if not moved_to(verb, moved) or found is None:
            return None
        amount = found[0]
        parts = _RANGE_PRINTED.fullmatch(amount.text)
        level = find_quantities(parts[1]) if parts is not None else []
        if parts is None or len(level) != 1 or level[0][2].low != amount.high:
            return None
        return Quantity(low=amount.high, high=amount.high, unit=amount.unit, text=parts[1])

    def _frame_quantity(self, verb: Token, frame: _Frame) -> Quantity | None:
        if self._score_in(verb) is not None:
            return None  # "beat Globex 3-1": a score (read by _scores), not a count
        term = self._term(verb, frame)
        if term is not None:
            return term
        reached = self._amount_reached(verb)
        if reached is not None:
            return reached
        for holder in (frame.obj, frame.subject):
            if holder is None or (
                holder is frame.subject
                and holder.head.i != verb.i
                and not _relative_subject(verb, holder)
                # (a passive's agent: "the final was watched by 75,784 fans")
                and not (holder.head.dep_ == "agent" and holder.head.head.i == verb.i)
                # "among six people missing": the people a measure's participle tells of
                # (not "devices running Windows")
                and not (
                    verb.dep_ == "acl"
                    and verb.tag_ == "VBG"
                    and verb.head.i == holder.i
                    and verb.lemma_.lower() in self.state.lexicon.measures.by_verb
                )
            ):
                continue
            if self._counted_as_other(holder, verb):
                continue  # "four dead, dozens missing": the four are the dead
            rate = self._rate_percent(holder)
            if rate is not None:
                return self._count(rate)  # "imposed a 20 percent tariff": the tariff's rate
            striking = prep_object(holder, "by") if holder.lemma_.lower() in STOPPAGES else None
            if striking is not None and self._is_count(striking):
                return self._count(striking)  # "the strike by 33,000 workers began": strikers
            # ("All but two of the 181 people on board a Zenda Air flight died", parsed with
            # "All" the flight's determiner: the count is still the all-but's)
            excepting = next((c for c in holder.children if _all_but_word(c)), holder)
            remaining = self._all_but(excepting)
            if remaining is not None:
                return remaining
            if self._is_count(holder) or self._one_counted(holder, verb, frame):
                quantity = self._count(holder)
                if quantity is not None:
                    return quantity
            counted = self._tallied(holder)
            if counted is not None:
                return self._count(counted)
            amount = of_object(holder)
            if (
                holder.lemma_.lower() in _RECORDS
                and amount is not None
                and self._is_count(amount)
                and self._money(amount) is None
            ):
                return self._count(amount)  # "stole the data of 4 million customers": whose
            if amount is not None and self._money(amount):
                return self._count(amount)  # "a fine of $5 million", "a profit of 2 billion"
            if (
                holder.lemma_.lower() in REMAINS
                and amount is not None
                and self._is_count(amount)
                and not self._is_count(holder)
            ):
                return self._count(amount)  # "recovered the bodies of 12 workers": 12 bodies
            measured = self._measured_of(amount)
            if measured is not None:
                return measured  # "packed winds of 165 mph", "burned an area of 9,000 acres"
            if frame.obj is not None and holder.i == frame.obj.i:
                # "announced sanctions against 12 officials", "imposed tariffs on 200 goods":
                # those the act's object is aimed at
                aimed = next(
                    (
                        g
                        for c in (*holder.children, *verb.children)
                        if c.dep_ == "prep"
                        and (c.lower_ == "against" or (c.lower_ == "on" and c.head.i == holder.i))
                        for g in c.children
                        if g.dep_ == "pobj"
                        and self._is_count(g)
                        # (not "gave X 51.2% against 44.2% for Y": a share set against another)
                        and g.lower_ not in _PERCENT_WORDS
                    ),
                    None,
                )
                if aimed is not None:
                    return self._count(aimed)
        worth = self._worth(verb, frame)
        if worth is not None:
            return worth
        if verb.lemma_.lower() in _SELLING and _sold(verb, frame) is not None:
            # "the painting sold for $92 million", "was sold for", "went for": its price
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    paid = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if paid is not None and self._money(paid) is not None:
                        return self._count(paid)
        for c in verb.children:
            # "made landfall ... packing winds of 160 km/h" parsed with the winds a second
            # object of "made": what it holds is still measured
            if c.dep_ == "dobj" and (frame.obj is None or c.i != frame.obj.i):
                measured = self._measured_of(of_object(c))
                if measured is not None:
                    return measured
        direct = next((c for c in verb.children if c.dep_ == "dobj"), None)
        for thing in dict.fromkeys(t for t in (frame.obj, direct) if t is not None):
            # "signed a $3 billion deal", "gets a 100 billion-franc loan": the amount of the
            # thing the verb acts on (its object, or its direct object when the claim's is
            # another: "signed a $3 billion deal with Globex")
            for c in thing.lefts:
                if c.dep_ in ("compound", "nummod", "amod", "nmod") and self._money(c):
                    return self._count(c)
        particles = [g for c in verb.children if c.dep_ in ("advmod", "prt") for g in c.children]
        # "came ashore as a Category 5 storm with winds of 185 mph": what the thing it came as
        # holds, as if it came with it
        particles += [
            w
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pobj"
            for w in g.children
            if w.dep_ == "prep" and w.lower_ == "with"
        ]
        # "revised down to 125 from 174": the value it went to, not the one it left
        for c in sorted([*verb.children, *particles], key=lambda c: (c.lower_ == "from", c.i)):
            if (c.dep_ in _OBJ or c.dep_ == "npadvmod") and self._is_count(c):
                return self._count(c)  # "lost 61.95%", "fell as much as 12 percent"
            moved = _period_on_period(c) if c.dep_ == "npadvmod" else None
            if moved is not None and self._is_count(moved):
                return self._count(moved)  # "rose 11% year on year", parsed "11% year"
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ":
                # "leaving at least four people dead": the count the state is said of
                held = next((g for g in c.children if g.dep_ in _SUBJ), None)
                if held is not None and self._is_count(held):
                    return self._count(held)
            if (
                frame.obj is None
                and verb.lemma_.lower() in self.state.lexicon.measures.by_verb
                and (pobj := next((g for g in c.children if g.dep_ == "pobj"), None)) is not None
                and _approximated(pobj)
            ):
                return self._count(pobj)  # "killing 12 and wounding about 2,800"
            if (
                c.dep_ == "prep"
                and c.lower_ in ("through", "across", "over")
                and (pobj := next((g for g in c.children if g.dep_ == "pobj"), None)) is not None
                and pobj.lower_ in self.state.lexicon.measures.by_unit
                and self._is_count(pobj)
            ):
                return self._count(pobj)  # "burned through 12,000 hectares": the area
            if (
                c.dep_ == "prep"
                and c.lower_ in ("above", "past", "beyond")
                and verb.lemma_ in _CHANGES
                and (pobj := next((g for g in c.children if g.dep_ == "pobj"), None)) is not None
                and self._is_count(pobj)
                and (passed := self._count(pobj)) is not None
                and passed.low is not None
            ):
                # "the toll rose above 4,000": at least 4,000
                said = f"{c.text} {passed.text}"
                return passed.model_copy(update={"high": None, "text": said})
            if (
                c.dep_ == "prep" and c.lower_ in ("to", "at", "by", "from", "with", "between")
            ) or _by_points(c):
                if _absolute(c):
                    continue  # "with 90% of precincts reporting": how far the count has got
                if any(_age_at_death(g) for g in c.children):
                    continue  # "died on Tuesday at 84": an age, not a toll
                onward = next(
                    (g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"), None
                )
                if c.lower_ == "from" and onward is None:
                    # "revised the number of people killed to 253, from 359": the value it
                    # went to, parsed into the object's words
                    onward = next(
                        (
                            t
                            for d in verb.children
                            if d.dep_ == "dobj"
                            for t in d.subtree
                            if t.dep_ == "prep"
                            and t.lower_ == "to"
                            and any(g.dep_ == "pobj" and self._is_count(g) for g in t.children)
                        ),
                        None,
                    )
                if c.lower_ == "from" and onward is not None:
                    c = onward  # "from 174 to 125": the value it went to
                elif (
                    c.lower_ == "from"
                    and change_verb(verb)
                    and not any(t.lower_ == "to" for t in c.subtree)
                ):
                    # "inflation dropped from 2.3% in April": the level it left (but "fell
                    # from $40 to $32", parsed as one amount, went to $32)
                    continue
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in VALUE_RANGES:
                    # "cut its rate to a range of 4.75% to 5%": the range's ends
                    pobj = of_object(pobj) or pobj
                if pobj is not None and self._is_count(pobj):
                    return self._count(pobj)
                measured = (
                    self._measured_of(of_object(pobj))
                    if pobj is not None and c.lower_ == "with"
                    else None
                )
                if measured is not None:
                    return measured  # "hit the coast with winds of 140 mph"
                if pobj is not None and c.lower_ == "to" and verb.lemma_ in _CHANGES:
                    # "the toll has risen to 2012 (people)": a figure a tagger took for a year
                    number = (
                        pobj
                        if pobj.like_num
                        else next(
                            (g for g in pobj.children if g.dep_ == "nummod" and g.like_num), None
                        )
                    )
                    if number is not None and (found := find_quantities(number.text)):
                        unit = None if number is pobj else pobj.lower_
                        return found[0][2].model_copy(update={"text": number.text, "unit": unit})
        return None

    def _measured_of(self, amount: Token | None) -> Quantity | None:
        """The quantity of ``amount`` when it measures in a unit the measures table converts
        (a speed, a distance, an area): what a noun holds "of" ("winds of 165 mph")."""
        if amount is not None and amount.lower_.rstrip(".") in ("h", "hr") and amount.i > 1:
            # "200 km/h", split by the tokenizer: the number hangs on "km"
            km = amount.doc[amount.i - 2]
            amount = km if _speed_unit(km) else amount
        if amount is None or not self._is_count(amount):
            return None
        quantity = self._count(amount)
        spec = (
            self.state.lexicon.measures.by_unit.get((quantity.unit or "").lower())
            if quantity
            else None
        )
        return quantity if spec is not None and spec.convert else None

    def _toll_and_act(self, frame: _Frame, claim: Claim) -> tuple[Claim, list[Claim]]:
        """A toll that moved ("the death toll from Monday's explosion rose to 25 on Tuesday")
        states a figure as of its clause's time, and the act it counts, dated by the date
        that names it or not at all: the explosion did not kill on Tuesday. The figure is
        kept as the clause's verb's, judged as a figure alone; the act is a claim of its own.
        """
        anchor, verb = frame.anchor, frame.anchor.head
        if (
            claim.predicate.startswith("open:")
            or claim.measure is None
            or claim.quantity is None
            or anchor.lemma_.lower() not in _TALLIES
            or anchor.dep_ not in _SUBJ
            or verb.lemma_.lower() not in _TOLL_MOVES
        ):
            return claim, []
        named = self.named_times.get(anchor.i)
        # ("the death toll from Sunday's earthquake rose to 31": Sunday dates the quake; the
        # count holds as of the report)
        when = None if named is not None and claim.time == named else claim.time
        figure = evolve(claim, {"predicate": self._open_predicate(verb), "time": when})
        act = evolve(
            claim,
            {
                "id": self.state.next_id(),
                "quantity": None,
                "measure": None,
                "population": None,
                "event": None,
                "time": named,
            },
        )
        return figure, [act]

    def _one_counted(self, noun: Token, verb: Token, frame: _Frame) -> bool:
        """Whether "one <noun>" counts one, as "two <nouns>" count two: only where the clause
        states a measure ("one person was killed", "one firefighter was injured"); elsewhere
        a singular noun counts nothing ("one official said", "a 6.8 earthquake")."""
        if noun.tag_ != "NN" or not any(
            c.dep_ == "nummod" and c.lower_ == "one" and c.i < noun.i for c in noun.children
        ):
            return False
        table = self.state.lexicon.measures
        return (
            table.by_predicate.get(frame.predicate) is not None
            or table.by_verb.get(verb.lemma_.lower()) is not None
        )

    def _tally_noun(self, noun: Token) -> bool:
        """Whether ``noun`` tallies: a measure's noun ("toll", "crowd") or "total", "number"."""
        lemma = noun.lemma_.lower()
        return lemma in TALLY_NOUNS or lemma in self.state.lexicon.measures.by_noun

    def _tallied(self, holder: Token) -> Token | None:
        """The count a tally noun gives with "of": "a death toll of 57", "a crowd of about
        20,000", "a total of 57 people"."""
        if not self._tally_noun(holder) or holder.lemma_.lower() in ("body", "life"):
            return None  # "the bodies of 12 passengers": whose bodies, not how many
        counted = of_object(holder)
        return counted if counted is not None and self._is_count(counted) else None

    # -- ordinals and anaphora -----------------------------------------------------------------

    def _ordinal(self, verb: Token) -> tuple[int, str, list[str]] | None:
        """``X became the Nth <scope>, after A and B, to <verb>``: rank, scope, predecessors;
        or ``X won the cup for the Nth time`` (``it was the Nth time X won the cup``): the
        act's Nth time."""
        if not _to_infinitive(verb):
            return _nth_time(verb)
        head = verb.head
        holder: Token | None = None
        if verb.dep_ in ("acl", "relcl") and head.pos_ == "NOUN":
            holder = head
        elif verb.dep_ in ("advcl", "xcomp") and head.lemma_ in ("become", "be"):
            holder = next((c for c in head.children if c.dep_ == "attr"), None)
        if holder is None:
            return None
        rank = _ordinal_of(holder)
        if rank is None:
            return None
        return rank, _rank_scope(holder, verb), self._predecessors(holder, verb)

    def _predecessors(self, holder: Token, verb: Token) -> list[str]:
        """Who a rank's holder noun says came before, after "after", "following" or "behind"
        on the noun, what it stands in, or the ranked verb ("the third country, after A and B,
        to recognise X"), sorted."""
        after: list[str] = []
        for place in (holder, holder.head, verb):
            for c in place.children:
                if c.dep_ in ("prep", "mark") and c.lower_ in _ORDINAL_AFTER:
                    for g in c.children:
                        if g.dep_ == "pobj" and (named := self.name(g)):
                            after += named.split(" & ")
        return sorted(dict.fromkeys(after))

    def _ranked_asides(self) -> None:
        """An act's rank told in an aside that says it again: "Zenda recognised X on Monday,
        becoming the third country to do so", "..., making it the third country to do so,
        after A and B", "..., the third country to do so" (the aside's "do so" is the act of
        the clause it hangs on, which the aside ranks)."""
        for do in self.doc:
            if do.lemma_ != "do" or not _to_infinitive(do):
                continue
            if not any(c.lower_ == "so" and c.dep_ == "advmod" for c in do.children):
                continue
            if do.dep_ in ("acl", "relcl") and do.head.pos_ == "NOUN":
                holder: Token | None = do.head  # "the third country to do so"
            else:
                # "making it the third country to do so" (the country the subject of "do"),
                # "becoming the third country to do so" (the verb's complement)
                holder = next(
                    (c for c in do.children if c.dep_ in _SUBJ and c.pos_ == "NOUN"), None
                ) or next(
                    (
                        c
                        for c in do.head.children
                        if do.head.lemma_ in ("become", "be", "make")
                        and c.dep_ in ("attr", "oprd")
                        and c.pos_ == "NOUN"
                    ),
                    None,
                )
            rank = _ordinal_of(holder) if holder is not None else None
            if holder is None or rank is None:
                continue
            act = next(
                (
                    self.by_anchor[a.i]
                    for a in do.ancestors
                    if a.i in self.by_anchor and a.lemma_ not in ("make", "become", "be")
                ),
                None,
            )
            if act is not None and act.rank is None:
                act.rank = rank, _rank_scope(holder, do), self._predecessors(holder, do)

    def _ranked_members(self) -> None:
        """Joining told as the member one became: "X became the 32nd member of NATO", "X
        becomes NATO's 32nd member" are X joining NATO, its 32nd member; "X joined NATO,
        becoming the alliance's 32nd member" ranks the joining."""
        join = "join"
        if self.state.lexicon.spec(join) is None:
            return  # (a lexicon without the act)
        for member in self.doc:
            become = member.head
            if member.lemma_ != "member" or member.dep_ != "attr" or become.lemma_ != "become":
                continue
            rank = _ordinal_of(member)
            whole = next((c for c in member.children if c.dep_ == "poss"), None) or of_object(
                member
            )
            if rank is None or whole is None:
                continue
            ranked: tuple[int, str, list[str]] = rank, "member", []
            frame = self.by_anchor.get(become.i)
            joined = self.by_anchor.get(become.head.i) if become.dep_ == "advcl" else None
            if joined is not None and joined.predicate == join and joined.rank is None:
                joined.rank = ranked  # "joined NATO, becoming the alliance's 32nd member"
            elif frame is not None and frame.predicate.startswith("open:") and frame.rank is None:
                frame.predicate, frame.obj, frame.value, frame.rank = join, whole, None, ranked

    def _ranked_complement(self, token: Token) -> bool:
        """Whether ``token`` is the "became" or "is" of ``X became the Nth <scope> to <verb>``,
        whose act is the claim, with its rank (:meth:`_ordinal`): the copula says no more."""
        if token.lemma_ not in ("become", "be"):
            return False
        holder = next((c for c in token.children if c.dep_ == "attr"), None)
        verbs = [c for c in token.children if c.dep_ in ("advcl", "xcomp")]
        if holder is not None:
            verbs += [c for c in holder.children if c.dep_ in ("acl", "relcl")]
        return any(v.pos_ == "VERB" and self._ordinal(v) is not None for v in verbs)

    def _ordinal_subject(self, verb: Token) -> Token | None:
        head = verb.head
        if head.lower_ == "time":
            return None  # "it was the third time the bank raised rates": the bank did it
        if head.dep_ == "appos" and head.head.pos_ in ("PROPN", "NOUN"):
            # "Maria Sanz stepped down, the second member of the cabinet to resign": the one
            # the ranked noun stands beside
            return head.head
        if head.dep_ == "attr":
            head = head.head
        if head.lemma_ in ("become", "be"):
            return _subject_of(head)
        return None

    def _anaphora(self, verb: Token) -> _Frame | None:
        """The act an anaphoric verb (:func:`_anaphoric`: "made the same move", "followed
        suit") stands for, or None when the act is not found."""
        subject = _subject_of(verb)
        if subject is None:
            return None
        # The event the clause hangs on ("X's recognition came after Y made the same move"),
        # else the last event the document named.
        governing = self._frame_above(verb.head) if verb.head.i != verb.i else None
        if governing is not None and not governing.predicate.startswith("open:"):
            frame = _Frame(anchor=verb, predicate=governing.predicate, subject=subject)
            frame.antecedent = governing
            frame.negated = self._negated(verb)
            return frame
        subject_name = self.name(subject)
        earlier = next(
            (
                c
                for c in reversed(self.state.claims)
                if c.predicate not in _STATEMENTS and c.subject != subject_name
            ),
            None,
        )
        if earlier is None or earlier.predicate.startswith("open:"):
            # "Bolivia sent a rescue team. Chile followed suit": the act followed is the last
            # one, outside the lexicon here; an older one ("police did not arrest anyone") is
            # not what Chile did
            return None
        frame = _Frame(anchor=verb, predicate=earlier.predicate, subject=subject)
        frame.object_name = earlier.object
        # following an act that was not done ("did not arrest anyone") is not doing it either
        frame.negated = self._negated(verb) != (earlier.polarity == "negated")
        return frame

    # -- nominalisations -------------------------------------------------------------------------

    def _noun_frame(self, noun: Token, predicate: str, matched: Sequence[Token]) -> _Frame | None:
        spec = self.state.lexicon.spec(predicate)
        if spec is not None and spec.given_noun:
            return self._given_frame(noun, predicate)
        frame = _Frame(anchor=noun, predicate=predicate)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and (
            owner.ent_type_ in ("DATE", "TIME") or owner.lemma_.lower() in _TIME_NOUNS
        ):
            owner = None  # "Friday's attack on the concert hall": when, not who
        frame.subject = owner
        last = max(matched, key=lambda t: t.i)
        trailing = last.lower_ if last.pos_ == "ADP" else None
        target = self._object(noun, matched, spec.object_after if spec else None)
        if trailing in ("from", "by") and target is not None and target.like_num:
            return None  # "corrected the death toll from 174 to 125": a value, not a cause
        if trailing in ("from", "by") and target is not None:
            frame.subject, target = target, None
        elif spec is not None and spec.intransitive:
            target = None  # "the winner of the run-off": the predicate names the contest
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "by" and frame.subject is None:
                frame.subject = next((g for g in c.children if g.dep_ == "pobj"), None)
        if frame.subject is None:
            # "Strelsau's decision to cut ties": the possessor of the noun that governs the match.
            governor = noun.head
            while governor.i != governor.head.i and governor.pos_ not in ("NOUN", "PROPN"):
                governor = governor.head
            if governor.pos_ in ("NOUN", "PROPN") and governor.i != noun.i:
                frame.subject = next((c for c in governor.children if c.dep_ == "poss"), None)
            if frame.subject is None and noun.i != matched[0].i:
                first = matched[0]
                frame.subject = next((c for c in first.children if c.dep_ == "poss"), None)
        frame.obj = target
        if spec is not None and spec.agent_noun:
            # "declared X the winner of ...": X is who the noun is said of.
            holder = noun.head if noun.dep_ in ("oprd", "attr", "xcomp", "ccomp", "dobj") else noun
            said_of = next((c for c in noun.children if c.dep_ in _SUBJ), None) or next(
                (
                    c
                    for c in holder.children
                    # (the name parsed as a clause of its own: "declared President X the winner")
                    if (c.dep_ == "dobj" or (c.dep_ == "ccomp" and c.pos_ == "PROPN"))
                    and c.i < noun.i
                ),
                None,
            )
            before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
            if (
                said_of is None
                and before is not None
                and before.pos_ == "PROPN"
                and before.dep_ in ("dobj", "ccomp")
                and before.head.lemma_ in _DECLARING
            ):
                said_of = before  # "declared X the winner", the noun parsed as a clause apart
            if said_of is None and holder.lemma_ in _DECLARING:
                # "X was declared the winner": who the passive declares so
                said_of = next((c for c in holder.children if c.dep_ == "nsubjpass"), None)
            if noun.dep_ == "appos":  # "declared X, the winner of ...", misparsed or not
                said_of = noun.head
            frame.subject = said_of or frame.subject
        governor = noun.head
        if noun.dep_ == "appos" and governor.head.i != governor.i:
            governor = governor.head
            frame.quantity = self._frame_quantity(governor, _Frame(anchor=governor, predicate=""))
        if noun.dep_ in _SUBJ | {"dobj", "attr", "oprd"} and governor.i != noun.i:
            # "the death toll rose to 17", "declared X the winner with 55 percent"
            frame.quantity = self._frame_quantity(governor, _Frame(anchor=governor, predicate=""))
        frame.quantity = self._frame_quantity(noun, frame) or frame.quantity
        frame.negated = any(_denying_no(c) for c in noun.children)
        if frame.subject is None and frame.obj is None and not (spec and spec.intransitive):
            return None
        return frame

    # -- times and attribution -------------------------------------------------------------------

    def _attach_times(self) -> None:
        if not self.frames:
            return
        published = self.state.source.published
        nominal: list[tuple[_Frame, TimeRange]] = []
        for found in find_times(self.doc.text, published):
            tokens = [t for t in self.doc if found.start <= t.idx < found.end]
            if not tokens or _zone_aside(self.doc.text, found.start, found.end):
                continue  # "landed at 12:20 a.m. (1520 GMT Friday)": the moment in another zone
            self.times.append((tokens, found.range))
            frame = self._frame_above(tokens[0])
            if frame is not None and _in_apposition(tokens[0], frame.anchor):
                # "Axel Ruiz, prime minister from 2010 until 2019, was taken into custody on
                # Monday": the years describe him, they do not date the arrest
                continue
            if frame is not None and _said_when(tokens, frame.anchor):
                # "Police said on Friday the suspect fled": the day it was said, parsed into
                # what was said (it stands before the said clause's subject)
                self.time_at.setdefault(frame.anchor.head.i, found.range)
                frame = None
            if frame is not None and (
                _in_modifier(tokens[0], frame.anchor)
                or _of_the_reason(tokens[0], frame.anchor)
                or _superlative_since(tokens[0])
                or _earlier_value(tokens[0], frame.anchor)
                or _compared_with(tokens[0], frame.anchor)
                or _declared_when(tokens[0], frame.anchor)
            ):
                # "the company, founded in 1998, employs 4,000": the year is the founding's;
                # "rose to 4.1%, its highest level since 2001": what the level is compared
                # with; "has risen to 57, up from 41 on Monday": the earlier value's day; "a
                # profit of $2 billion, up 12% from a year ago": the time compared with; "was
                # declared the winner early on Monday": when it was declared, not won
                frame = None
            if frame is not None and any(t.dep_ == "poss" for t in tokens):
                # "revised the toll from Tuesday's fire on Friday": a date that names a thing
                # dates the clause only when nothing else does; and never when the thing is
                # another moment than the act's ("resigned after Tuesday's vote", "a premium
                # to Friday's closing price", "arrested over Monday's attack")
                if not _another_moment(tokens):
                    nominal.append((frame, found.range))
            elif frame is not None and frame.time is None and frame.quantity is not None:
                frame.time = self._since_span(tokens, frame.anchor, found.range)
            elif frame is not None and frame.time is None:
                frame.time = found.range
            elif frame is None:
                verb = next((a for a in tokens[0].ancestors if a.pos_ in ("VERB", "AUX")), None)
                if verb is not None:
                    self.time_at.setdefault(verb.i, found.range)
        for frame, when in nominal:
            self.named_times.setdefault(frame.anchor.i, when)
            if frame.time is None:
                frame.time = when
        for frame in self.frames:
            if frame.time is None:
                frame.time = self._when_clause_time(frame.anchor)
            if frame.time is None and frame.quantity is not None:
                frame.time = self._time_of_event_in(frame.anchor)
        for frame in self.frames:  # (once every act has its own time)
            if frame.time is None and frame.quantity is not None:
                frame.time = self._earlier_year_of_act(frame.anchor)

    def _since_span(self, tokens: Sequence[Token], verb: Token, when: TimeRange) -> TimeRange:
        """The time of a clause's figure: ``when``; or, for a perfect verb's span "since" it
        ("more than 3,800 people have been killed since October 2023"), the span from it to
        the report, whose figures are as of the report's day (not of October 2023). (An act
        without a figure keeps the day it starts from: "has been president since 2019" took
        office then.)"""
        published = self.state.source.published
        first = tokens[0]
        if (
            published is None
            or when.earliest is None
            or first.i == 0
            or self.doc[first.i - 1].lower_ != "since"
            or act_latest(when, verb, self.doc.text) is not None  # (a perfect verb's span)
            or when.earliest > published
        ):
            return when
        text = f"since {when.text}"
        return TimeRange(earliest=when.earliest, latest=published, precision="range", text=text)

    def _earlier_year_of_act(self, anchor: Token) -> TimeRange | None:
        """The earlier year of the act a participle's count follows from: "in 1992, when a
        plane crashed near the capital, killing all 167 people on board" counts that crash's
        dead and those on board (another event's figures, not the story's); a participle of an
        act this year keeps no date of it, as before."""
        if anchor.tag_ != "VBG" or anchor.dep_ != "advcl":
            return None
        # its verb's act, or (the parser hanging the participle on the sentence's verb) the
        # act told last before it
        act = self.by_anchor.get(anchor.head.i)
        if act is None or act.time is None:
            before = (f for f in self.frames if f.anchor.i < anchor.i)
            act = max(before, key=lambda f: f.anchor.i, default=None)
        if act is None or act.time is None:
            return None
        published = self.state.source.published
        latest = act_latest(act.time, act.anchor, self.doc.text)
        return act.time if earlier_year(latest, published) is not None else None

    def _time_of_event_in(self, anchor: Token) -> TimeRange | None:
        """The time of the event a count's act took place in: "six people were killed in
        Friday's strikes" were killed on Friday, and so were those of "11 were killed and 108
        wounded in the strikes on Friday and Saturday" (the joined verb's event)."""
        verbs = [anchor, *(c for c in anchor.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        for verb in verbs[1:]:
            joined = self.by_anchor.get(verb.i)
            if joined is not None and joined.quantity is not None and joined.time is not None:
                return joined.time  # "six were killed and 91 wounded on Friday": both counts
        for verb in verbs:
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                    continue
                for event in (c for c in prep.children if c.dep_ == "pobj"):
                    told = self.by_anchor.get(event.i)
                    if told is not None and told.time is not None:
                        return told.time
                    if event.lemma_.lower() not in _DATED_EVENTS:
                        continue
                    inside = next(
                        (when for tokens, when in self.times if tokens[0] in event.subtree), None
                    )
                    if inside is not None:
                        return inside
        return None

    def _when_clause_time(self, anchor: Token) -> TimeRange | None:
        """The time a "when" clause takes from what it hangs on: "the dispute began in March,
        when troops entered Hentzau" dates the entering to March (a clause of the time, or of
        a verb that the time dates)."""
        if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in anchor.children):
            return None
        if anchor.dep_ == "relcl":
            return next((when for tokens, when in self.times if anchor.head in tokens), None)
        if anchor.dep_ == "advcl" and anchor.i > anchor.head.i:
            return self._time_above(anchor)
        return None

    def _time_above(self, anchor: Token) -> TimeRange | None:
        """The time of the act whose clause ``anchor``'s hangs on, if that act is a claim."""
        above = self.by_anchor.get(anchor.head.i)
        return above.time if above is not None else None

    def _frame_above(self, token: Token) -> _Frame | None:
        node = token
        while True:
            frame = self.by_anchor.get(node.i)
            if frame is not None and not _time_participle(node):
                return frame
            for c in node.children:
                if c.dep_ in _SUBJ and c.i in self.by_anchor:
                    return self.by_anchor[c.i]
            if node.head.i == node.i or (node.dep_ == "conj" and node.lemma_ in _SPEECH):
                # (a statement joined to a clause, ", officials said on Tuesday", dates the
                # statement, not the clause)
                return None
            node = node.head

    def _attach_attribution(self) -> None:
        according = self._according_to()
        scoped = bool(_SCOPED.search(self.doc.text))
        for frame in self.frames:
            speaker, negated = self._speaker_of(frame.anchor)
            if speaker is None and frame.said_by is not None:
                speaker = self.speaker_name(frame.said_by)
            if speaker is None and according and self._in_scope(frame.anchor, according[1]):
                speaker = according[0]
            frame.speaker = speaker
            if speaker is not None:
                self.state.last_speaker, self.state.spoke_at = speaker, self.state.sentence
            measures = self.state.lexicon.measures
            counting = measures.by_verb.get(frame.anchor.lemma_.lower())
            tolled = frame.predicate in measures.by_predicate or (
                # a verb that counts only some things ("cut 3,000 jobs") counts when it does
                counting is not None and (frame.quantity is not None or not counting.counts)
            )
            if (
                frame.time is None
                and speaker is not None
                and not tolled
                and not _told_as_before(frame.anchor)
                and not _timed_apart(frame.anchor)
                and not _to_come(frame.anchor)
                and not _declared(frame.anchor)
            ):
                # "X said on Wednesday it was cutting ties": the time of the statement (but
                # "said on Saturday the quake has killed 296" dates the count, not the deaths)
                frame.time = next(
                    (self.time_at[a.i] for a in _clause_chain(frame.anchor) if a.i in self.time_at),
                    None,
                )
            if negated:
                frame.negated = not frame.negated
            frame.retracted = self._retracted(frame.anchor)
            if frame.retracted:
                frame.speaker = None  # the outlet's own earlier words, not a speaker's
            frame.hedged = (
                self._hedged(frame.anchor, reported=speaker is not None)
                or (frame.anchor.dep_ == "ccomp" and _verb_in(frame.anchor.head, _HEDGE_FRAMES))
                or any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in frame.anchor.children)
                or any(_conditional(c) for c in frame.anchor.children)
                or _unrealised(frame.anchor)  # "plans to eliminate 1,500 jobs": not done yet
                or _future_condition(frame.anchor)  # "will resign once a council is set up"
                or _state_conjunct(frame.anchor)  # "are missing and presumed dead"
            )  # "the government hopes ...", "will pay a fee if the deal fails"
            if any(c.lower_ in ("still", "yet") for c in frame.anchor.children) and _to_infinitive(
                frame.anchor
            ):
                frame.negated = frame.scoped = True  # "187 bodies still to be identified"
            head = frame.anchor.head
            if frame.anchor.dep_ == "xcomp" and head.lemma_ in _REFUSED:
                frame.negated = not frame.negated  # "refused to resign"
            elif _able_to(frame.anchor):
                # "were unable to reach", "were not able to reach": they did not reach it
                if (head.lemma_ == "unable") != self._negated(head.head):
                    frame.negated = not frame.negated
            elif frame.anchor.dep_ == "xcomp" and self._negated(head):
                frame.negated = not frame.negated  # "never designed to resist", "did not agree to"
            if frame.anchor.dep_ == "xcomp" and any(c.lower_ == "yet" for c in head.children):
                frame.negated = frame.scoped = True  # "officials had yet to confirm"
            if frame.rank is not None:
                copula = head if head.pos_ in ("VERB", "AUX") else head.head
                frame.hedged = frame.hedged or self._hedged(copula, reported=speaker is not None)
            if scoped and frame.negated:
                frame.scoped = True
            if frame.subject is not None:
                spec = self.state.lexicon.spec(frame.predicate)
                state_act = spec is not None and spec.actor == "state"
                frame.subject_name = self.name(frame.subject, speaker=speaker, actor=state_act)
            elif frame.rank is not None:
                frame.subject_name = self.name(self._ordinal_subject(frame.anchor))
            if frame.object_name is None and frame.obj is not None:
                frame.object_name = self._city(frame) or self.name(frame.obj, speaker=speaker)
            self._reciprocal(frame)
            if frame.antecedent is not None and frame.object_name is None:
                before = frame.antecedent
                frame.object_name = before.object_name or self.name(before.obj)

        for frame in self.frames:
            # "X's recognition came after Y made the same move": Y did it before X.
            earlier = frame.antecedent
            if earlier is None or frame.subject_name is None:
                continue
            mark = next(
                (c.lower_ for c in frame.anchor.children if c.dep_ in ("mark", "prep")), None
            )
            if mark in ("after", "following"):
                earlier.after.append(frame.subject_name)
            elif mark == "before":
                earlier.before.append(frame.subject_name)

    def _city(self, frame: _Frame) -> str | None:
        """The city a capital names as what an act is done to ("rebels seized Zenda",
        "troops took control of Strelsau"), as a place of its own: a capital stands for its state
        as the party to a state's act, the lexicon's ``actor: state`` ("Canberra cut ties with
        Ottawa", and so "missiles struck Strelsau", an attack)."""
        spec = self.state.lexicon.spec(frame.predicate)
        mention = self._mention_at(frame.obj) if frame.obj is not None else None
        if mention is None or mention.role != "capital" or (spec and spec.actor == "state"):
            return None
        assert frame.obj is not None  # (its mention was found)
        named = any(c.dep_ in ("compound", "flat") for c in frame.obj.lefts)
        if named and self._named_after_place(frame.obj, mention):
            return None  # "joined Real Madrid": a club named after the city, not the city
        entry = gazetteer().index.get(token_words(mention.text))
        if entry is None or entry.city is None:
            return None
        return "place:" + "-".join(entry.city.split())

    def _reciprocal(self, frame: _Frame) -> None:
        """Two parties named together as the subject of an act between two ("Jo Bloggs and
        Maria Sanz met", "Ruritania and Westmark signed a ceasefire agreement") are its
        subject and its object, as "Jo Bloggs met Maria Sanz" says."""
        spec = self.state.lexicon.spec(frame.predicate)
        if spec is None or not spec.symmetric or frame.obj is not None:
            return
        parties = (frame.subject_name or "").split(" & ")
        if len(parties) == 2 and frame.object_name is None:
            frame.subject_name, frame.object_name = parties

    def _according_to(self) -> tuple[str, Token] | None:
        """``according to X``: the source X and the word "according", which marks its scope."""
        for token in self.doc:
            if token.lower_ == "according":
                pobj = _according_whom(token)
                name = self.speaker_name(pobj) if pobj is not None else None
                if name is not None:
                    return name, token
        return None

    @staticmethod
    def _in_scope(anchor: Token, marker: Token) -> bool:
        """Whether ``marker`` ("according") qualifies the clause of ``anchor``, not one phrase.
        A semicolon ends its reach: "according to X, A; B" gives B in the writer's words."""
        low, high = sorted((marker.i, anchor.i))
        if any(t.text == ";" for t in anchor.doc[low:high]):
            return False
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head  # "according to X, the quake killed A and injured B": both
        node = marker.head
        while node.i != anchor.i:
            if node.dep_ in ("appos", "acl", "relcl") or node.head.i == node.i:
                return node.i == anchor.i
            node = node.head
        return True

    def _speaker_of(self, anchor: Token) -> tuple[str | None, bool]:
        """Who the clause of ``anchor`` is reported from, and whether they deny it."""
        node = anchor
        while node.head.i != node.i:
            head = node.head
            via = node.dep_
            if head.lemma_ in _DENIAL and via in _CONTENT_DEPS | {"dobj"}:
                speaker = _subject_of(head)
                if via != "dobj" or node.lower_ not in ("it", "them"):
                    return (self.speaker_name(speaker) if speaker is not None else None), True
            if (
                head.lemma_ in _CLAIM_NOUNS
                and via in ("acl", "ccomp")
                and head.head.lemma_ in (_DENIAL)
            ):
                denier = head.head
                speaker = _subject_of(denier)
                return (self.speaker_name(speaker) if speaker is not None else None), True
            if (
                head.lemma_ == "be"
                and via in ("ccomp", "csubj")
                and node.i < head.i
                and any(c.dep_ == "acomp" and c.lemma_.lower() in _FALSE for c in head.children)
            ):
                # "P, the ministry said, was false": a denial of P by the one who said so
                teller = next(
                    (
                        _subject_of(c)
                        for c in head.children
                        if c.dep_ == "parataxis" and c.lemma_ in _SPEECH
                    ),
                    None,
                )
                return (self.speaker_name(teller) if teller is not None else None), True
            if (
                via == "advcl"
                and node.lemma_ in _VALUING | _SPEECH
                and any(c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in node.children)
                and _has_subject(node)
            ):
                # "Organisers said 200,000 took part, while police put the crowd at 45,000":
                # the contrast gives another's word, not the first speaker's
                return (
                    self.speaker_name(s) if (s := _subject_of(node)) is not None else None
                ), False
            if head.lemma_ in _SPEECH and via in _CONTENT_DEPS:
                if _question(node) is not None:
                    return None, False  # "did not say why the train derailed": not what they said
                if head.i < anchor.i and any(t.text == ";" for t in self.doc[head.i : anchor.i]):
                    return None, False  # "X said A; B": B is the writer's, past the report
                if (
                    anchor.i < head.i
                    and any(t.text == ";" for t in self.doc[anchor.i : head.i])
                    and any(
                        c.dep_ in _CONTENT_DEPS | {"dobj"} and c.i > head.i for c in head.children
                    )
                ):
                    # "Police put the crowd at 35,000; organisers said more than 100,000 took
                    # part", "...; organisers claimed 60,000": A is the writer's, before a
                    # report of its own
                    return None, False
                speaker = _speaking_subject(head)
                if speaker is not None and speaker.lower_ not in _PERSONAL:
                    return self.speaker_name(speaker), False
                if speaker is not None and speaker.lower_ in ("he", "she"):
                    return self.person_before(speaker), False
                if speaker is not None and speaker.lower_ in ("it", "they"):
                    if self.state.spoke_at >= self.state.sentence - 1:
                        # "State TV said A. It added that B": the one just reported
                        return self.state.last_speaker, False
                    return self.state.last_subject, False
                return None, False
            if via == "xcomp" and head.lemma_ in _REFUSED and node.i == anchor.i:
                # "Officials said the company had failed to pay its workers": the refusal is
                # what the speaker reports ("Sanz denied that the police had failed to ...": or
                # denies)
                node = head
                continue
            if (
                head.lemma_ in _REFUSED | _UNREALISED
                and via == "xcomp"
                # (what one says one intends is said: "Bloggs said he intends to resign")
                and head.lemma_ not in _INTENDING
            ) or via == "relcl":
                break  # a relative clause describes in the writer's words, not the speaker's
            node = head
        else:
            teller = _trailing_teller(node)
            if teller is not None:
                return self.speaker_name(teller), False
        return self._aside_speaker(anchor), False

    def _aside_speaker(self, anchor: Token) -> str | None:
        """Who says so in an aside the parser hangs on the clause ("More than a million people
        marched on Thursday, unions said, in the fourth day of strikes")."""
        for node in (anchor, *anchor.ancestors):
            for c in node.children:
                if c.dep_ == "parataxis" and c.lemma_ in _SPEECH and c.i > anchor.i:
                    speaker = _subject_of(c)
                    if speaker is not None and speaker.lower_ not in _PERSONAL:
                        return self.speaker_name(speaker)
                teller = _trailing_aside(c) if c.i > anchor.i else None
                if teller is not None:
                    return self.speaker_name(teller)
            if node.dep_ == "relcl":
                break
        return None

    # -- claims ----------------------------------------------------------------------------------

    def _ordered_act(self, frame: _Frame) -> tuple[str, Token] | None:
        """The act and its object that a verb of ordering or carrying out tells by the act's
        noun: "ordered the evacuation of Zenda" (evacuate Zenda), "announced the closure of
        the airport", "began the demolition of the tower"; None for any other clause."""
        act, noun = frame.anchor.lemma_.lower(), frame.obj
        if act not in _ORDERING or noun is None or noun.dep_ != "dobj":
            return None
        verb = _NOMINALISED.get(noun.lemma_.lower())
        done = of_object(noun)
        if verb is None or done is None or done.pos_ not in _NOUN_POS:
            return None
        return self.state.lexicon.open_predicate(verb), done

    def _claim(self, frame: _Frame) -> Claim | None:
        spec = self.state.lexicon.spec(frame.predicate)
        if spec is not None and spec.once and _repeated(frame.anchor):
            # "Mahomes was sacked six times": not dismissed six times; the clause as it is
            frame.predicate, spec = self._open_predicate(frame.anchor), None
        if frame.obj is not None and frame.obj.lower_ in _REFLEXIVES and frame.obj.dep_ == "dobj":
            # "the gunman killed himself": an act on oneself, not on those the act is done to
            # elsewhere ("killing 14 people")
            lemma = self._verb_lemma(frame.anchor)
            frame.predicate = self.state.lexicon.open_predicate(f"{lemma}_oneself")
            frame.obj, frame.object_name, spec = None, None, None
        ordered = self._ordered_act(frame) if spec is None else None
        if ordered is not None:
            # "authorities ordered the evacuation of Zenda": Zenda's evacuation, as "Zenda was
            # evacuated" tells it
            frame.predicate, frame.obj = ordered
            frame.object_name = self.name(frame.obj)
        if frame.negated and any(
            c.dep_ == "advmod" and c.lower_ in _DEGREES for c in frame.anchor.children
        ):
            # "No one was seriously injured": some may have been, slightly
            return None
        if frame.negated and any(
            c.dep_ == "prep" and c.lower_ == "since" for c in frame.anchor.children
        ):
            # "No pope has visited Ruritania since 1996", "has not been seen since Monday":
            # a span without the act, which says nothing against (indeed implies) the act
            # on the day the span starts
            return None
        subject = frame.subject_name
        obj = frame.object_name
        nothing = subject is None and obj is None
        measures = self.state.lexicon.measures
        if (
            nothing
            and spec is not None
            and frame.quantity is not None
            and frame.predicate not in measures.by_predicate
            and measures.by_noun.get((frame.quantity.unit or "").lower()) is not None
        ):
            # "At least 33 deaths had been blamed on the storm": a toll by its own noun,
            # whatever the verb, as "33 deaths have been linked to the storm" is
            frame.predicate, spec = self._open_predicate(frame.anchor), None
        if nothing and frame.predicate.startswith("open:") and frame.quantity is None:
            return None  # a passive's counted patient ("280 bodies were recovered") stays
        # (a count of those an act a measure counts was done to is its figure, whoever did
        # it: "Twenty-two people have been released" are the freed)
        measured = frame.quantity is not None and frame.predicate in measures.by_predicate
        if (
            nothing
            and spec is not None
            and (
                (not spec.intransitive and not measured)
                or (frame.quantity is None and not frame.negated)
            )
        ):
            # "grief over the deaths", "injured passengers were sent": no claim (but "no
            # arrests were made" denies that anyone was arrested)
            return None
        if (
            subject is None
            and frame.quantity is None
            and spec is not None
            and (frame.anchor.pos_ in _NOUN_POS or frame.anchor.tag_ == "VBG")
        ):
            # "recognition of X", "supporting the insurgents", "while blaming the crisis on
            # Y": an act named without anyone said to do it is no claim of the source
            return None
        if (
            obj is None
            and spec is not None
            and not spec.intransitive
            and frame.quantity is None
            and frame.value is None
            and frame.rank is None
            and frame.antecedent is None
        ):
            return None  # "Ruritania's severance of ties", "recognizing the independence": of whom?
        if obj is not None and obj == subject:
            obj = None  # "SNB stands for the Swiss National Bank": a name, not a claim
        if (
            frame.subject is not None
            and frame.subject.lower_ in _UNIT_NOUNS
            and frame.anchor.tag_ in ("VBG", "VBN")
            and frame.subject.left_edge.i > 0
            and self.doc[frame.subject.left_edge.i - 1].lower_ == "with"
            # (but "with 61% of voters voting No" is the share of No)
            and vote_side(frame.anchor) is None
        ):
            return None  # "..., with 98% of ballots counted": how far the count has got
        location = self._location(frame)
        if frame.predicate.startswith("open:") and not self._well_formed(frame, subject, obj):
            return None
        if subject is not None and frame.subject is not None and frame.subject.pos_ != "PRON":
            self.state.last_subject = subject
        figure = self._figure(frame)
        if figure is None and ordered is not None:
            figure = self._ordered_figure(frame)
        if location is None and figure is not None and figure.event == "main":
            # "Poland's death toll rose to seven": the toll in Poland, as "seven people died in
            # Poland" gives it (a part of one that floods across several countries took)
            location = self._tally_owner(frame)
        if figure is not None and _of_those(frame.anchor) and self._counted_before(figure):
            # "79 were injured. Of those, 27 were taken to hospital": a part of the count told
            # before (as "27 of the injured" is), not the measure's figure (but "trapped 22
            # others. Four of them were taken to hospital" counts the injured); told in its
            # own words, or not at all when the act is the count's own ("27 of them were hurt")
            if not frame.predicate.startswith("open:"):
                return None
            figure = None
        if (
            figure is None
            and obj is None
            and frame.quantity is not None
            and spec is not None
            and not spec.intransitive
            and frame.value is None
            and frame.rank is None
            and frame.antecedent is None
        ):
            # "900 firefighters, backed by 12 aircraft": a count that measures nothing stands
            # where the act's object should be; backed whom, the claim cannot say
            return None
        speaker = frame.speaker
        if (
            figure is not None
            and subject is not None
            and obj is not None
            and self._valued(frame, figure)
        ):
            # "the commission put turnout at 58%": turnout was 58%, as the commission says
            speaker, subject, obj = speaker or subject, obj, None
        if (
            figure is not None
            and frame.subject is not None
            and frame.subject.lower_ in ("%", "percent", "per cent", "percentage")
        ):
            # "42 percent of voters opposed the change": no one named "percent" did it; the
            # share is the figure, of the group it names (the figure's)
            subject = None
        if figure is not None and subject is not None:
            subject = self._owned(frame, figure, subject)
        reported = speaker is not None
        modality: Modality = (
            "retracted"
            if frame.retracted
            else "unconfirmed"
            if frame.unconfirmed
            else "hedged"
            if frame.hedged
            else "reported"
            if reported
            else "asserted"
        )
        anchor = frame.anchor
        if (
            anchor.pos_ == "NOUN"
            and anchor.lemma_.lower() in _TALLIES
            and anchor.dep_ in ("nsubj", "nsubjpass")
            and anchor.head.pos_ in ("VERB", "AUX")
        ):
            # "the death toll from the storm rose to 17": the act a tally is of, quoted with
            # what the sentence says of the tally (the noun phrase alone reads as no claim)
            anchor = anchor.head
        start, end = self._clause_span(anchor)
        rank = frame.rank
        # "the court acquitted X": the denial of "the court convicted X" (the lexicon's opposites)
        opposed = frame.predicate == self._open_predicate(
            frame.anchor
        ) and self.state.lexicon.opposed(self._verb_lemma(frame.anchor))
        return self._sentence_claim(
            start,
            end,
            subject=subject,
            predicate=frame.predicate,
            object=obj,
            time=frame.time,
            rank=rank[0] if rank else None,
            rank_scope=rank[1] if rank else None,
            after=rank[2] if rank else sorted(set(frame.after)),
            before=sorted(set(frame.before)),
            value=frame.value,
            quantity=figure.quantity if figure else self._unmeasured(frame.quantity),
            measure=figure.measure if figure else None,
            population=figure.population if figure else None,
            event=figure.event if figure else None,
            location=location,
            polarity="negated" if (frame.negated or frame.scoped) != opposed else "affirmed",
            modality=modality,
            attributed_to=speaker,
            scoped=frame.scoped,
        )

    def _counted_before(self, figure: Figure) -> bool:
        """Whether the last count told before is of ``figure``'s measure."""
        last = next((c for c in reversed(self.state.claims) if c.quantity is not None), None)
        return last is not None and last.measure == figure.measure

    def _valued(self, frame: _Frame, figure: Figure) -> bool:
        """Whether the frame gives ``figure`` (its own) of its object, measuring a thing, not
        an event ("put turnout at 58%"; "put the death toll at 45" is the event's toll)."""
        if frame.anchor.lemma_ not in _VALUING:
            return False
        if not any(c.dep_ == "prep" and c.lower_ == "at" for c in frame.anchor.children):
            return False
        spec = self.state.lexicon.measures.spec(figure.measure)
        return spec is not None and spec.about == "subject"

    def _owned(self, frame: _Frame, figure: Figure, subject: str) -> str:
        """The subject of a figure about a thing, with its named owner: "Globex's shares fell
        60%" measures Globex shares, as "Globex shares fell 60%" does ("its shares" stays)."""
        spec = self.state.lexicon.measures.spec(figure.measure)
        if spec is None or spec.about != "subject" or frame.subject is None:
            return subject
        return self._with_owner(frame.subject, subject)

    def _with_owner(self, noun: Token, name: str) -> str:
        """``name`` (of ``noun``) with the named owner before it: "Acme's revenue" is Acme
        revenue ("its revenue" stays revenue)."""
        owner = next(
            (
                c
                for c in noun.children
                if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in _NOT_COUNTS
            ),
            None,
        )
        if owner is None and noun.lemma_.lower() in _OWNED_MEASURES:
            # "sales of the iPhone" are iPhone sales, "the revenue of Acme" Acme revenue
            of = prep_object(noun, "of")
            owner = of if of is not None and of.pos_ == "PROPN" else None
            if owner is not None and noun.lower_ in (self.name(owner) or "").lower():
                owner = None  # "Revenue of Acme" opening a sentence, read as one name
        if owner is None:
            owner = self._speaker_owning(noun)
        if owner is None:
            return _country_owned(noun, name)
        mention = self._mention_at(owner)
        if noun.text.title() in ORG_WORDS and mention is not None and _a_person(mention):
            return name  # "Jo Bloggs's Zenda Alliance won 28%": led by, not part of its name
        placed = owner.ent_type_ in _PLACE_LABELS or (
            mention is not None and mention.type in ("country", "territory")
        )
        if (placed and noun.pos_ == "PROPN") or (noun.lower_ in PARTY_NOUNS and name[:1].isupper()):
            # "Spain's Socialist Party won 32%", "Zenda's Law and Justice party": the
            # country's, not its name
            return name
        named = self.name(owner)
        return f"{named} {name}" if named and named not in name else name

    def _speaker_owning(self, noun: Token) -> Token | None:
        """The named body whose own thing "its" makes ``noun`` when the noun is the subject of
        what that body says: "Acme said its revenue rose 5%" (Acme's revenue, as "Acme's
        revenue rose 5%" says); None otherwise."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
            return None
        teller = _speech_verb_of(noun)
        if teller is None or teller.lemma_ not in _SPEECH:
            return None
        speaker = _subject_of(teller)
        mention = self._mention_at(speaker) if speaker is not None else None
        if speaker is None or speaker.pos_ != "PROPN" or mention is None or _a_person(mention):
            return None  # ("its" is no person's)
        return speaker

    def _expected(self, frame: _Frame, figure: Figure | None) -> Figure | None:
        """The amount forecasters expected of a result, however it is told: "analysts had
        expected revenue of $84.5 billion" and "revenue ... beating Wall Street estimates of
        $84.53 billion" are both the revenue expected (a figure of its own, not the result's);
        None for any other clause."""
        quantity = frame.quantity
        if quantity is None or (quantity.unit or "").lower() not in CURRENCIES:
            return None
        lemma = frame.anchor.lemma_.lower()
        thing: Token | None = None
        if (
            figure is None
            and lemma in _FORESEEING
            and frame.subject is not None
            and frame.subject.lemma_.lower() in _FORECASTERS
            and frame.obj is not None
        ):
            thing = frame.obj  # "analysts had expected revenue of $84.5 billion"
        elif (
            figure is not None
            and figure.measure == "money"
            and lemma in _BEATING
            and frame.obj is not None
            and frame.obj.lemma_.lower() in _ESTIMATES
            and frame.subject is not None
        ):
            thing = frame.subject  # "revenue ... beating estimates of $84.53 billion"
        if thing is None or thing.lemma_.lower() not in _OWNED_MEASURES:
            return None
        unit = quantity.unit or ""
        return Figure(
            measure="money",
            population=money_code(unit),
            event=f"{thing.lemma_.lower()} expected",  # (no owner of "revenue": see join_owned)
            quantity=quantity,
        )

    def _ordered_figure(self, frame: _Frame) -> Figure | None:
        """The count an act told by its noun gives of those it is done to, by the act's verb:
        "ordered the evacuation of 300,000 residents" evacuated 300,000, as "evacuated
        300,000 residents" did (everyone the measure counts: not a part, "300 children")."""
        if frame.quantity is None or frame.obj is None:
            return None
        spec = self.state.lexicon.measures.by_verb.get(frame.predicate.removeprefix("open:"))
        counted = self._counted_near(frame.quantity.text, frame.anchor)
        if spec is None or spec.about != "event" or counted is None or counted.i != frame.obj.i:
            return None
        if singular(counted.lemma_.lower()) not in {*spec.whole, "person", "people"}:
            return None
        return Figure(spec.id, None, "main", frame.quantity)

    def _figure(self, frame: _Frame) -> Figure | None:
        """What the frame's quantity measures, of which event or thing."""
        if frame.quantity is None:
            return None
        counted = self._counted_near(frame.quantity.text, frame.anchor)
        figure = figure_of(
            frame.quantity,
            table=self.state.lexicon.measures,
            predicate=frame.predicate,
            verb=frame.anchor,
            subject=frame.subject,
            counted=counted,
            obj=frame.obj,
            time_latest=self._latest(frame),
            published=self.state.source.published,
        )
        expected = self._expected(frame, figure)
        if expected is not None:
            return expected
        if (
            figure is not None
            and figure.measure == "percent"
            and figure.population == "level"
            and figure.event is None
        ):
            figure = attrs.evolve(figure, event=self._rate_of(frame))
        if figure is not None and figure.measure == "points" and frame.subject is None:
            # "rates were cut by half a point": the rate's change, no one said to make it
            figure = attrs.evolve(figure, event=self._rate_of(frame))
        recipient = next((c for c in frame.anchor.children if c.dep_ == "dative"), None)
        if (
            figure is not None
            and figure.measure == "percent"
            and figure.event is None
            and frame.anchor.lemma_.lower() in _SHARING
            and recipient is not None
            and recipient.pos_ == "PROPN"
        ):
            # "the count gave Jo Bloggs 51.2%", "polls give the Zenda Party 30%": the share is
            # the one it is given to
            figure = attrs.evolve(figure, event=self.name(recipient))
        if (
            figure is not None
            and figure.measure == "percent"
            and figure.population is None
            and figure.event is None
            and figure.quantity.text.startswith(("up ", "down "))
            and frame.obj is not None
            and frame.obj.dep_ == "dobj"
        ):
            # "raised the minimum wage by 8%" changes the wage, as "the minimum wage rose 8%"
            # says: the change is of what the act changed, not of who acted
            figure = attrs.evolve(figure, event=self._rate_of(frame))
        against = prep_object(frame.anchor, "against")
        if (
            figure is not None
            and figure.measure == "percent"
            and figure.population is None
            and figure.quantity.text.startswith(("up ", "down "))
            and against is not None
            and (currency := self.name(against))
        ):
            # "the crown fell 4% against the dollar": its move against that currency, not
            # another's ("rose 2% against the euro")
            figure = attrs.evolve(figure, population=f"against {currency}")
        side = _TERMS_OFFERED.get(frame.subject.lemma_.lower()) if frame.subject else None
        if (
            figure is not None
            and figure.measure == "percent"
            and side is not None
            and figure.quantity.text.startswith("up ")
            and frame.obj is not None
            and frame.obj.lemma_.lower() in _PAY_NOUNS
        ):
            # "the agreement raises wages by 38%": the rise the deal gives, as "the deal
            # includes a 38% pay rise" tells it (see _terms_side)
            figure = attrs.evolve(
                figure, quantity=frame.quantity, population="level", event=f"rise {side}"
            )
        if (
            figure is not None
            and figure.event == "main"
            and (
                any(_cumulative(t) for t in (frame.obj, frame.subject, counted) if t is not None)
                # "the floods have killed more than 170 people since March", after the story's
                # event's own toll: a season's
                or (
                    not figure.measure.startswith("count:")
                    and self._since_long_ago(frame)
                    and self._event_counted_before(figure)
                )
            )
        ):
            # "bring the toll from weeks of flooding to more than 140", "the total death toll
            # from the floods since March": all of a season's, not the story's event's
            figure = attrs.evolve(figure, event="total")
        year = self._dated_clause(frame.anchor)
        if figure is not None and figure.event == "main" and year is not None:
            figure = attrs.evolve(figure, event=year)  # "since 1960, when 12,000 died"
        if figure is not None and figure.event == "main" and _in_another_event(frame.anchor):
            # "at least 10 people were killed in another mine collapse": not the story's toll
            figure = attrs.evolve(figure, event="another")
        if figure is not None and figure.measure in ("deaths", "injured"):
            figure = _without_assailants(figure, frame.anchor, counted)
        rated = _rated(counted) if counted is not None else None
        if figure is not None and figure.measure == "percent" and rated is not None:
            # "a 20 percent tariff on steel": the level of the tariff on steel, not a change
            assert counted is not None  # (rated is found from it)
            event = self._rate_name(rated, counted, frame.anchor)
            figure = attrs.evolve(figure, quantity=frame.quantity, population="level", event=event)
        if figure is not None and counted is not None:
            figure = self._of_whole(figure, counted)
        if (
            figure is not None
            and figure.population is None
            and counted is not None
            and any(c.dep_ == "amod" and c.lower_ == "new" for c in counted.children)
            and (spec := self.state.lexicon.measures.spec(figure.measure)) is not None
            and spec.evolves
        ):
            # "confirmed 120 new cases on Tuesday": a day's (or a week's) increment of a
            # running count, not the count itself ("more than 3,400 since January")
            figure = attrs.evolve(figure, population="new")
        if (
            figure is not None
            and figure.population is None
            and figure.event == "main"
            # (a toll's, not a count of things: "Japan finished third with 20 golds" is
            # Japan's golds, not those won in Japan)
            and not figure.measure.startswith("count:")
            and counted is not None
            and counted.head.lower_ == "with"
            and counted.head.head.i == frame.anchor.i
            and (place := self._place_of(frame)) is not None
        ):
            # "The town of Tarlenheim was worst hit, with 11 deaths": the place's part of the
            # toll, as "11 of the victims died in Tarlenheim" gives it
            figure = attrs.evolve(figure, population=f"in {place}")
        if (
            figure is not None
            and figure.measure.startswith("count:")
            and frame.anchor.lemma_.lower() in _HOLDING
            and (figure.event is None or not figure.event[:1].isdigit())
        ):
            # "a tanker carrying 80,000 tonnes of crude oil" is its cargo, not the 3,000
            # tonnes it spilled: what a thing holds is another figure than what is done
            # (of what, by its noun: "1 million litres of fuel" and "2 million litres of
            # smuggled fuel" are one cargo's figure)
            material = of_object(counted) if counted is not None else None
            held = material.lemma_.lower() if material is not None else None
            # ("80,000 tonnes of crude" is of crude oil)
            held = _MATERIALS.get(held, held) if held else None
            figure = attrs.evolve(figure, event=f"cargo of {held}" if held else "cargo")
        if (
            figure is not None
            and figure.measure == "money"
            and figure.event is None
            and counted is not None
            and (each := self._per_share(counted)) is not None
        ):
            figure = attrs.evolve(figure, event=each)
        if (
            figure is not None
            and figure.measure == "money"
            and figure.event is None
            # (not "pledged $4.5 billion for reconstruction": what it is for, not bought)
            and frame.anchor.lemma_.lower() not in _FUNDING
            # (nor an amount said of the subject: "Acme, once valued at $47 billion, has filed
            # for bankruptcy" paid nothing for it)
            and not (
                counted is not None
                and frame.subject is not None
                and counted in frame.subject.subtree
            )
        ):
            # "will pay 3 billion francs for Initech": the amount is the price of the thing
            thing = next(
                (
                    g
                    for c in frame.anchor.children
                    if c.dep_ in ("prep", "dative") and c.lower_ == "for"
                    for g in c.children
                    if g.dep_ == "pobj"
                    # (the parser may take "for" after the amount for a dative: then only a
                    # name, "for its rival Globex", not "paid $26 billion for default status")
                    and (c.dep_ == "prep" or g.pos_ == "PROPN")
                    and not self._is_count(g)
                    # (not "reported a profit of $1.2 billion for the second quarter")
                    and g.lemma_.lower() not in _REPORT_SPANS
                    # (nor "for a fee of ...": what the fee buys is the price's, see _priced)
                    and g.lemma_.lower() not in _FEES
                    # (nor "rose above $100,000 for the first time": when, not what)
                    and g.lemma_.lower() not in _TIME_NOUNS
                ),
                None,
            )
            if thing is not None and (name := self.name(thing)):
                figure = attrs.evolve(figure, event=f"price of {name}")
            elif (
                frame.anchor.lemma_.lower() in _FETCHING
                and frame.subject is not None
                and (name := self.name(frame.subject))
            ) or (
                frame.anchor.lemma_.lower() in _SELLING
                and (sold := _sold(frame.anchor, frame)) is not None
                and (name := self.name(sold))
            ):
                # "the painting fetched $92 million": its price, as "sold for $92 million"
                figure = attrs.evolve(figure, event=f"price of {name}")
        if (
            figure is not None
            and figure.measure == "money"
            and figure.event is None
            and counted is not None
            and (thing := _worth_of_amount(counted)) is not None
            and (name := self.name(thing))
        ):
            figure = attrs.evolve(figure, event=name)  # "a deal worth $5 billion": the deal's
        if (
            figure is not None
            and figure.event is None
            and counted is not None
            # (a rate's change in points is its actor's: "cut rates by a quarter of a point")
            and figure.measure not in _POINTS
        ):
            # "100 billion francs in liquidity assistance", "a 9 billion-franc guarantee":
            # an amount is about the thing it is in, or the noun it modifies
            of = next(
                (c for c in counted.children if c.dep_ == "prep" and c.lower_ in ("in", "of")),
                None,
            )
            thing = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if thing is not None and thing.lemma_.lower() in _PAYMENT_FORMS:
                thing = None  # "a ransom of $5 million in bitcoin": how it is paid, not what
            if thing is not None and thing.lemma_.lower() in _SESSIONS:
                thing = None  # "fell 7% in extended trading": when, not what fell
            if thing is None and counted.dep_ in ("compound", "amod", "nmod", "nummod"):
                thing = counted.head
            elif thing is None and counted.dep_ == "pobj" and counted.head.lower_ == "of":
                thing = counted.head.head  # "a fine of $5 million": the fine's amount
                # (but "a total of $2.3 billion" is the amount itself)
                thing = thing if thing.pos_ in _NOUN_POS and not _total_of(thing) else None
            if thing is not None and thing.ent_type_ not in _NOT_COUNTS:
                name = self.name(thing)
                actor = frame.subject
                # what the verb acts on: its object, or the amount itself ("pledged $100
                # million")
                acted_on = frame.obj or (counted if counted.dep_ == "dobj" else None)
                owner = next((c for c in thing.children if c.dep_ == "poss"), None)
                if name and owner is not None and owner.pos_ != "PRON":
                    # "Biden blocked Nippon Steel's $14.9 billion purchase", "the Japanese
                    # company's $15bn takeover": its owner's, not the actor's
                    name = self._with_owner(thing, name)
                elif (
                    name
                    and acted_on is not None
                    and acted_on.head.i == frame.anchor.i
                    and acted_on.i in (thing.i, counted.i)
                    and actor is not None
                    and (
                        actor.pos_ == "PROPN"
                        or _the_aged(actor)
                        # "ordered him to pay a fine of $1.5 million": his fine, when he is
                        # someone named
                        or (actor.tag_ == "PRP" and self.name(actor) is not None)
                    )
                ):
                    # "Acme reported revenue of $5.5 billion", "Ruritania pledged $100
                    # million in aid": the named actor's revenue, its aid
                    name = f"{self.name(actor)} {name}"
                elif (
                    name
                    and thing.lemma_.lower() in _VOTES
                    and frame.anchor.lemma_.lower() in _APPROVING
                ):
                    # "members approved the contract with 59% of the vote": the share of those
                    # who voted for it, as "59% voted in favour" gives it
                    name = "vote in favour"
                elif (
                    name
                    and thing.lemma_.lower() in _VOTES
                    and actor is not None
                    and actor.pos_ == "PROPN"
                    and (who := self.name(actor))
                ):
                    # "won the runoff with 52.3% of the vote": the candidate's share, as in
                    # "won 51.8 percent of the vote"
                    name = f"{who} {name}"
                # (named by the first of its synonyms: "51.9 percent of votes" is of the vote)
                figure = attrs.evolve(figure, event=self._synonym(name) if name else name)
        if figure is not None and figure.measure == "money" and figure.event is None:
            # "Acme's revenue was $5 billion", "reached $5.2 billion", "rose to $5.3 billion":
            # the level of the thing the subject names, whatever the verb
            level = self._level(frame.anchor, frame.subject, counted)
            if level is not None:
                figure = attrs.evolve(figure, event=level)
        if (
            figure is not None
            and figure.measure == "money"
            and figure.event is None
            and frame.anchor.lemma_.lower() == "demand"
            and counted is not None
            and counted.head.i == frame.anchor.i
        ):
            figure = attrs.evolve(figure, event="demand")  # "are demanding $10 million"
        if figure is not None and figure.measure == "money" and figure.event:
            figure = attrs.evolve(figure, event=self._synonym(figure.event))
        if (
            figure is not None
            and figure.measure == "money"
            and frame.anchor.dep_ == "xcomp"
            and frame.anchor.head.lemma_.lower() in _FORECASTS
        ):
            # "Globex had expected to price its shares at $28 to $30" is the price it expected,
            # not the price it set ("priced its shares at $32")
            figure = attrs.evolve(figure, event=f"expected {figure.event or self._done(frame)}")
        earlier = earlier_year(self._latest(frame), self.state.source.published)
        if (
            figure is not None
            and figure.measure == "money"
            # (not what a thing had or stood at: "had $209 billion in assets at the end of
            # last year" is the assets' earlier value, the same figure)
            and frame.anchor.lemma_.lower() not in _STATES
            and earlier is not None
        ):
            # "the previous record jackpot, of 160 million crowns, was won in 2019": that
            # year's amount, not the story's (as a count in another year is another event's)
            figure = attrs.evolve(figure, event=f"{figure.event or self._done(frame)} in {earlier}")
        return figure

    def _done(self, frame: _Frame) -> str:
        """Who did what, as an amount of no thing named is about: "Globex price" (the act as
        its paraphrases share it: "spent" is "pay")."""
        done = self.state.lexicon.open_predicate(frame.anchor.lemma_.lower())
        return f"{self.name(frame.subject) or ''} {done.removeprefix('open:')}".strip()

    def _rate_percent(self, noun: Token) -> Token | None:
        """The percentage a rate noun is set at, if it is one: "a 20 percent tariff", "tariffs
        of 25 percent", "a 4.9% stake"."""
        if noun.lemma_.lower() not in _RATES and noun.lemma_.lower() not in _PAY_CHANGES:
            return None
        candidates = [
            *(c for c in noun.lefts if c.dep_ in ("compound", "nummod", "amod", "nmod")),
            *([amount] if (amount := of_object(noun)) is not None else []),
        ]
        table = self.state.lexicon.measures
        for c in candidates:
            quantity = self._count(c) if self._is_count(c) else None
            spec = table.by_unit.get((quantity.unit or "").lower()) if quantity else None
            rated = _rated(c)
            if (
                spec is not None
                and spec.id == "percent"
                and rated is not None
                and rated.i == noun.i
            ):
                return c
        return None

    def _rate_name(self, rate: Token, percent: Token, verb: Token) -> str:
        """What a rate's level is of: the rate noun with its compounds, and what it is on or
        in ("tariff on steel", "income tax", "stake in Globex"); the first common noun of what
        a tariff is on ("steel imports from X" and "Westmark steel" are both on steel)."""
        words = [
            c.lower_
            for c in rate.lefts
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i != percent.i
        ]
        # (by the first of its synonyms: "a 25% tariff" and "a 20% duty" are one rate's)
        name = self._synonym(" ".join([*words, rate.lemma_.lower()]))
        if rate.lemma_.lower() in _PAY_CHANGES:
            # "demanding a 10% pay rise" / "want a 10% raise": what one side asks or offers
            # (whatever the words for the rise), never what the other does
            return f"rise {_terms_side(verb) or _side(verb.lemma_.lower())}"
        preposition = _RATES[rate.lemma_.lower()]
        thing = next(
            (
                g
                for holder in (rate, percent, verb)
                for c in holder.children
                if c.dep_ == "prep" and c.lower_ == preposition
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if thing is None:
            return name
        common = next((t for t in thing.subtree if t.pos_ == "NOUN"), None)
        what = singular(common.lower_) if common is not None else self.name(thing)
        return f"{name} {preposition} {what}" if what else name

    def _synonym(self, name: str) -> str:
        """``name`` with its last word (or two) as the first of its synonyms (the measures
        table's groups that hold anywhere): "Acme sales" is Acme revenue, "net income"
        profit."""
        words = name.split(" ")
        counted = self.state.lexicon.measures.counted
        for n in (2, 1):  # (a noun of two words first: "Acme net income" is Acme profit)
            last = " ".join(words[-n:])
            group = counted.get(last.lower()) if len(words) >= n else None
            if group is not None and not group.within and not last[:1].isupper():
                return " ".join([*words[:-n], group.noun])
        return name

    def _level(self, verb: Token, subject: Token | None, counted: Token | None) -> str | None:
        """The name of the thing whose level an amount gives (:func:`level_of`): a common
        noun's ("revenue", "Acme's net income"), not an actor's ("Acme hit $1 trillion"); or,
        of a verb that sets a level, its object's ("raised the minimum wage to $12.41 an hour"
        sets the wage, as "the minimum wage will rise to $12.41" does)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if (
            verb.lemma_.lower() in _SETTING_LEVELS
            and obj is not None
            and not obj.like_num
            and counted is not None
            and counted.dep_ == "pobj"
            and counted.head.lower_ == "to"
            and counted.head.head.i == verb.i
        ):
            name = self._level_name(obj)
            of = prep_object(obj, "of")
            if name and of is not None and (whose := self.name(of)):
                return f"{name} of {whose}"  # "cut the price of its phone": the phone's
            if (
                name
                and subject is not None
                and subject.pos_ == "PROPN"
                and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children)
                and (whose := self.name(subject))
            ):
                return f"{whose} {name}"  # "Acme cut its prices": Acme's prices
            return name
        return self._level_name(subject) if level_of(verb, counted) else None

    def _level_name(self, subject: Token | None) -> str | None:
        """What a level is of: a common noun's thing, with its named owner; or a thing named
        that is no actor ("Bitcoin crossed $100,000", not "Acme paid")."""
        if subject is None:
            return None
        if subject.pos_ == "PROPN":
            mention = self._mention_at(subject)
            if mention is None or mention.type != "name" or mention.gid is not None:
                return None
            return self.name(subject)
        if subject.pos_ != "NOUN" or subject.ent_type_:
            return None
        name = self.name(subject)
        return self._with_owner(subject, name) if name else None

    def _event_counted_before(self, figure: Figure) -> bool:
        """Whether the source told the story's event's own count of ``figure``'s measure
        before, another number ("At least 42 people were killed when a dam burst"): a count
        since weeks ago is then a season's, not the event's (a story whose event is the season,
        "floods have killed more than 1,000 since mid-June", has no other)."""
        return any(
            c.measure == figure.measure
            and c.event == "main"
            and c.quantity is not None
            and c.quantity != figure.quantity
            for c in self.state.claims
        )

    def _since_long_ago(self, frame: _Frame) -> bool:
        """Whether the frame counts from a time weeks before its source was published on
        ("since March", "since mid-March" in a story of April 30): a running total of a season,
        not of the story's event (whose own day "since Friday" names)."""
        published = self.state.source.published
        if published is None or not _counted_since(frame.anchor):
            return False
        since = {
            t.i
            for c in _count_modifiers(frame.anchor)
            if c.dep_ == "prep" and c.lower_ == "since"
            for t in c.subtree
        }
        return any(
            tokens[0].i in since and when.latest is not None and when.latest < published - _SEASON
            for tokens, when in self.times
        )

    def _of_whole(self, figure: Figure, counted: Token) -> Figure | None:
        """A count of parts as a count for their whole ("10-12 coaches of the Northern
        Express", "three cars on the second train", "three units of the Zenda Relief Force");
        ``None`` for an increment ("three or four more cars"), which counts no total."""
        if not figure.measure.startswith("count:"):
            return figure
        if _increment(counted):
            return None
        crime = of_object(counted) if figure.measure == "count:charge" else None
        if crime is not None:
            # "charged with three counts of murder", "faces 10 charges of attempted murder":
            # counts of that charge, a part of all the charges ("faces 13 charges"), no whole
            words = [t.lower_ for t in crime.lefts if t.dep_ in ("amod", "compound")]
            return attrs.evolve(figure, population=" ".join([*words, crime.lower_]))
        if counted.lemma_.lower() in _AMOUNTS_OF_STUFF:
            return figure  # "2,000 tonnes of crude oil": what it is of is its stuff, no whole
        whole = next(
            (
                c
                for c in counted.children
                if c.dep_ == "prep" and c.lower_ in ("of", "from", "on", "aboard")
            ),
            None,
        )
        owner = next((g for g in whole.children if g.dep_ == "pobj"), None) if whole else None
        if (
            owner is not None
            and counted.like_num
            and any(c.dep_ == "nummod" for c in owner.children)
        ):
            return figure  # "212 of the 350 seats", "ten of the 12 coaches": a part of a total
        if (
            owner is not None
            and owner.pos_ in _NOUN_POS
            and owner.lemma_.lower() not in ("people", "person")
            and (name := self._whole(owner))
        ):
            return attrs.evolve(figure, event=name)
        return figure

    def _whole(self, noun: Token) -> str | None:
        """The whole that counted parts belong to, as a figure's event: a name ("10 coaches of
        the Northern Express"), a common noun told apart by its modifiers ("of the second
        train", "of another train"), or ``None`` for the story's own ("of a train", "of the
        train", "seven of its carriages": a pronoun's is the one told of before)."""
        if noun.pos_ != "NOUN":
            if any(c.dep_ == "conj" and self._is_count(c) for c in noun.children):
                # "four units of A and three units of B" parsed with the second count on A: the
                # whole is A alone
                mention = self._mention_at(noun)
                return mention.name if mention is not None else self._text(noun)
            # a name given with its acronym ("National Relief Force (NRF)") is the acronym,
            # however another outlet spells the name out
            mention = self._mention_at(noun)
            return mention.acronym if mention is not None and mention.acronym else self.name(noun)
        marks = [
            c.lower_
            for c in noun.children
            if c.i < noun.i
            and (
                (c.dep_ in ("amod", "nummod", "compound", "poss") and c.tag_ != "PRP$")
                or (c.dep_ == "det" and c.lower_ not in ("a", "an", "the", "this", "that"))
            )
        ]
        return " ".join([*marks, noun.lemma_.lower()]) if marks else None

    def _figures_referred(self, first: int, made: dict[int, Claim]) -> None:
        """A number that refers to the one figure its sentence gives, as another's estimate of
        it: "Organisers said 50,000 people took part, while police put the number at 15,000",
        "Police estimated the crowd at 15,000; organisers claimed 60,000". Only a number that
        a valuing verb puts "the number" (figure, total) at, or the bare object of a verb of
        saying, in a sentence with figures of one measure whose sources each give their own
        (the measure table's ``per_authority``); the number's teller is its credit."""
        table = self.state.lexicon.measures
        claims = self.state.claims[first:]
        measured = [
            c
            for c in claims
            if c.measure and (spec := table.spec(c.measure)) and spec.per_authority
        ]
        if len({c.measure for c in measured}) != 1:
            return
        model = measured[0]
        for anchor_i, claim in list(made.items()):
            if claim.quantity is None or claim.measure is not None:
                continue
            verb = self.doc[anchor_i]
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            valued = verb.lemma_ in _VALUING and obj is not None and obj.lemma_ in _REFERRING
            said = verb.lemma_ in _SPEECH and obj is not None and obj.like_num
            teller = _subject_of(verb)
            if not (valued or said) or teller is None:
                continue
            referred = evolve(
                claim,
                {
                    "measure": model.measure,
                    "event": model.event,
                    "population": model.population,
                    "attributed_to": self.speaker_name(teller),
                    "modality": "reported",
                },
            )
            self._replace_made(first, made, anchor_i, referred)
        for verb in self.doc:
            # "...; organisers claimed 60,000": a number said, the clause no claim of its own
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            teller = _subject_of(verb)
            if (
                verb.i in made
                or verb.lemma_ not in _SPEECH
                or obj is None
                or not obj.like_num
                or teller is None
                or (quantity := self._count(obj)) is None
            ):
                continue
            start, end = self._offsets([*teller.subtree, verb, *obj.subtree])
            self.state.claims.append(
                self._sentence_claim(
                    start,
                    end,
                    subject=None,
                    predicate=self._open_predicate(verb),
                    quantity=quantity,
                    measure=model.measure,
                    event=model.event,
                    population=model.population,
                    modality="reported",
                    attributed_to=self.speaker_name(teller),
                )
            )

    def _rises_referred(self, first: int, made: dict[int, Claim]) -> None:
        """A bare share a side asks for or offers, in a document that names a rise asked for or
        offered: "The union is demanding a 10% pay rise. The company has offered 4%." (the
        offer is of the rise)."""
        state = self.state
        # (earlier sentences' claims are read once: a long document is not read again for
        # every sentence)
        state.rise_named = state.rise_named or any(
            (c.event or "").startswith("rise ") for c in state.claims[state.rises_read : first]
        )
        state.rises_read = first
        if not state.rise_named and not any(
            (c.event or "").startswith("rise ") for c in state.claims[first:]
        ):
            return
        for anchor_i, claim in list(made.items()):
            verb = self.doc[anchor_i]
            lemma = verb.lemma_.lower()
            # (the share its object; or, as the parser may hang it, beside the verb: "while the
            # companies have offered 4%")
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod")), None)
            if (
                claim.measure != "percent"
                or claim.event is not None
                or lemma not in _ASKING | _OFFERING
                or obj is None
                or obj.lower_ not in _PERCENT_WORDS
            ):
                continue
            referred = evolve(claim, {"event": f"rise {_side(lemma)}", "population": "level"})
            self._replace_made(first, made, anchor_i, referred)

    def _replace_made(self, first: int, made: dict[int, Claim], anchor: int, claim: Claim) -> None:
        """``claim`` in place of the sentence's claim of the clause at ``anchor`` (the same
        id), in ``made`` and among the sentence's claims (from ``first``)."""
        made[anchor] = claim
        self.state.claims[first:] = [
            claim if c.id == claim.id else c for c in self.state.claims[first:]
        ]

    def _untallied(self, first: int, made: dict[int, Claim]) -> None:
        """The sentence's claims (from ``first``) without the counts and levels of numbers that
        a measurement of their own gives ("passed by 220 votes to 150", "ruled 6-3", "with 200
        MPs voting for it", "the blaze was 30% contained"): the votes are the tally's figures,
        the share the containment, not a count or a level; a clause's own claim stays without
        its figure."""
        own = {m.quantity.low for m in self.found if m.measure in _OWN_NUMBERS}
        if not own:
            return
        clauses = {c.id: anchor for anchor, c in made.items()}
        kept = []
        for claim in self.state.claims[first:]:
            if (
                claim.quantity is not None
                and claim.quantity.low in own
                and (claim.measure in (None, "percent") or claim.measure.startswith("count:"))
            ):
                if claim.id not in clauses:
                    continue
                figure = {"measure": None, "population": None, "event": None, "quantity": None}
                claim = made[clauses[claim.id]] = evolve(claim, figure)
            kept.append(claim)
        self.state.claims[first:] = kept

    def _measured(self, made: dict[int, Claim]) -> list[Claim]:
        """Distances and clock times of the sentence, each a figure of the clause it is in:
        "the quake struck 72 km southwest of Lima", "derailed at about 19:00"."""
        out = []
        for found in self.found:
            tokens = [t for t in self.doc if found.start <= t.idx < found.end]
            if found.measure == "duration":
                lasted = self._lasted(found, tokens)
                if lasted is not None:
                    out.append(lasted)
                continue
            frame = self._frame_above(tokens[0]) if tokens else None
            claim = made.get(frame.anchor.i) if frame is not None else None
            if frame is None and found.measure in _SCALES | _OWN_NUMBERS and made and tokens:
                # "Zara came ashore as a Category 3 hurricane, packing ...": a storm's place on
                # its scale in a clause that is no claim is the sentence's nearest claim's
                nearest = min(made, key=lambda i: (abs(i - tokens[0].i), i))
                frame, claim = self.by_anchor.get(nearest), made[nearest]
            if frame is not None and claim is None and found.measure in _CLAUSE_MEASURES:
                # "(the survey) said it was at a depth of 18.5 km", "Zara came ashore as a
                # Category 3 hurricane": the measurement is the clause's claim
                held, frame.quantity = frame.quantity, found.quantity
                claim = self._claim(frame) or next(
                    (made[a.i] for a in frame.anchor.ancestors if a.i in made), None
                )  # "... put the magnitude at 6.8 and said it was at a depth of 18.5 km"
                frame.quantity = held
            if found.measure == "age" and (frame is None or claim is None):
                # "The 22-year-old aircraft had been inspected", "the end of 167-year-old Acme
                # Bank": an age is a claim of its own, whatever its clause says
                aged = self._aged(tokens)
                if aged is not None:
                    out.append(self._age_claim(found.quantity, aged, tokens))
                continue
            if found.measure in _CLAUSE_MEASURES and claim is None and not made and tokens:
                # "The 6.8-magnitude earthquake was the strongest in a century": a sentence
                # that makes no claim still gives its subject's measure
                measured = self._subject_measure(found, tokens)
                if measured is not None:
                    out.append(measured)
                continue
            if found.measure == "mourning" and claim is None and tokens:
                # "three days of national mourning were declared": declared by no one named,
                # still a figure the source gives
                verb = next((a for a in tokens[0].ancestors if a.pos_ in ("VERB", "AUX")), None)
                if verb is not None:
                    start, end = self._clause_span(verb)
                    out.append(
                        self._sentence_claim(
                            start,
                            end,
                            subject=None,
                            predicate=self._open_predicate(verb),
                            quantity=found.quantity,
                            measure="mourning",
                            event="main",
                        )
                    )
                continue
            if frame is None or claim is None or claim.measure == found.measure:
                continue
            if found.measure == "time_of_day" and _in_conjunct(tokens[0], frame.anchor):
                continue  # "broke out at 2 a.m. and was brought under control by 6 a.m."
            if frame.anchor.lemma_.lower() in ATTITUDES:
                continue  # "historians recall the 304 kilometres of railway": a topic
            population = found.population
            if found.measure in _SCALES and self._verb_lemma(frame.anchor) in _GROWING:
                # "strengthened into a Category 5 storm": the place a change reached, not the
                # one another source gives of the event ("made landfall as a Category 4")
                population = "reached"
            if found.measure == "time_of_day":
                subject = frame.subject
                eventful = (
                    # with its particle: "came down", "broke out" ("took off" is no "took
                    # place": a stage of a flight, not the event)
                    self._verb_lemma(frame.anchor) in EVENT_VERBS
                    or (subject is not None and subject.lemma_.lower() in EVENT_NOUNS)
                    or _landfall(frame.anchor)
                )
                if not eventful:
                    continue  # "the train leaves at 3.20 pm": a timetable, not the event
            elif found.measure == "distance":
                if self._verb_lemma(frame.anchor) in _KEPT_AT:
                    # "serving a sentence in a colony in X, about 1,900 km northeast of Y":
                    # where the place lies, not a figure of what is done there
                    continue
                after = re.match(
                    # "72 km (45 miles) southwest of tourist hotspot X": the place named
                    # ("15 km off X", "15 km from the port of X")
                    r"\s*(?:\([^)]*\)\s*)?(?:[a-z-]+\s+){0,2}(?:of|from|off|outside|near)\s+"
                    # (a name of several words whole: "30 km west of Port Vila")
                    r"(?:[a-z-]+\s+){0,4}([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)",
                    self.doc.text[found.end : found.end + 80],
                )
                # the place as printed (figures meet by its spelling-free key); with none, a
                # height ("sent ash 5 km into the sky", "7 km high") is not a distance
                population = re.split(r"[’']s\b", after[1])[0] if after else None
                if population is None and _HEIGHT.match(self.doc.text[found.end :]):
                    population = "height"
                elif population is None and _LONG.match(self.doc.text[found.end :]):
                    population = "length"  # "the fissure was about 4 km long": no distance
            event: str = "main"
            later = _another_event(frame.subject) if frame.subject is not None else None
            published = self.state.source.published
            if later is not None:
                # "A second quake of magnitude 7.5 struck hours later": the second's magnitude
                event = later
            elif (
                year := earlier_year(act_latest(claim.time, frame.anchor, self.doc.text), published)
            ) is not None:
                # "(the strongest since 1999,) when a magnitude 7.6 earthquake killed about
                # 2,400 people": that year's quake, as its toll is
                event = str(year)
            elif (earlier := _participle_year(tokens, published)) is not None:
                event = earlier  # "breaking the record of 45.2C set in 1965": 1965's
            named: str | None = claim.subject
            act: dict[str, Any] = {}
            if found.measure == "age":
                aged = self._aged(tokens)
                if aged is None:
                    continue
                named, event = aged, _age_of(aged)  # "167-year-old Acme Bank": the bank's age
                # what the aged one is, not what the clause does ("a 19-year-old Austrian was
                # arrested": no arrest by the Austrian), as an age beside a name is
                act = {"predicate": "open:be", "object": None, "value": None}
            # the figure in its clause's words, else in the sentence's ("put the magnitude
            # at 6.8 and said it was at a depth of 18.5 km": the depth is the survey's too)
            said = self.doc.text[found.start : found.end]
            text = claim.text if said in claim.text else " ".join(self.doc.text.split())
            out.append(
                evolve(
                    claim,
                    {
                        "id": self.state.next_id(),
                        "subject": named,
                        "quantity": found.quantity,
                        "measure": found.measure,
                        "population": population,
                        "event": event,
                        "text": text,
                        # (a temperature's place is the one printed after it: "Temperatures in
                        # Westmark reached 47.3C in the town of Hentzau" is Hentzau's)
                        "location": (
                            None
                            if found.measure == "temperature" and population
                            else claim.location
                        ),
                        **act,
                    },
                )
            )
        return out

    def _time_given(self, first: int, made: dict[int, Claim]) -> None:
        """How long someone is given to do something, a figure of whom it is given to: "the
        diplomats were given 72 hours to leave the country", "gave the diplomats 48 hours to
        leave", "parliament has 180 days to pass new legislation", "ordered five diplomats
        to leave within three days". The act is not done, nor done by the giver: the
        clause's claims of it, and of the giving, are replaced by the figure (but for a
        figure of their own)."""
        for noun in self.doc:
            per_unit = _DAYS_IN.get(noun.lemma_.lower())
            if per_unit is None or not any(c.dep_ == "nummod" for c in noun.children):
                continue
            found = _time_given_to(noun)
            if found is None:
                continue
            holder, act, verb = found
            said = self._said(verb)
            start, end = self._offsets([t for t in verb.subtree if t.dep_ != "punct"])
            printed = find_quantities(self.text[slice(*self._offsets(list(noun.subtree)))])
            # (those of a common noun by the noun alone: "five Westmark diplomats" are the
            # diplomats another outlet says were given it)
            name = holder.lower_ if holder.pos_ == "NOUN" else self.name(holder)
            if said is None or not printed or not name:
                continue
            low, high = printed[0][2].low, printed[0][2].high
            quantity = Quantity(
                low=None if low is None else round(low * per_unit[0], 4),
                high=None if high is None else round(high * per_unit[1], 4),
                unit="days",
                text=printed[0][2].text,
            )
            # (a figure of the giving stays: "ordered five diplomats to leave ...")
            dropped = {
                c.id
                for i in (act.i, verb.i)
                if (c := made.get(i)) is not None and c.quantity is None
            }
            self.state.claims[first:] = [
                c for c in self.state.claims[first:] if c.id not in dropped
            ]
            self.state.claims.append(
                self._sentence_claim(
                    start,
                    end,
                    subject=name,
                    predicate=self._open_predicate(act),
                    measure="time_given",
                    quantity=quantity,
                    **said,
                )
            )

    def _contract_values(self, first: int, made: dict[int, Claim]) -> list[Claim]:
        """The value of a contract two named parties make, however the clause tells who made
        it: "Jo Bloggs agreed to a 10-year, $700 million contract with Zenda United" and
        "Zenda United signed Jo Bloggs to a $700 million deal" are one deal's value. A claim
        of the sentence giving that amount already is named so instead."""
        out = []
        for noun in self.doc:
            if noun.lemma_.lower() not in _CONTRACTS:
                continue
            # "a $700 million contract", "a deal worth $5 billion"
            worth = _deal_value(noun)
            money = next(
                (
                    found
                    for c in [*noun.children, *([worth] if worth is not None else [])]
                    if c.dep_ in ("nummod", "compound", "nmod", "amod", "pobj", "npadvmod")
                    and c.ent_type_ == "MONEY"
                    if (found := self._money(c)) is not None
                ),
                None,
            )
            verb = noun.head
            if noun.dep_ == "pobj" and verb.lower_ in ("to", "on", "into"):
                verb = verb.head
            elif noun.dep_ != "dobj":
                continue
            if money is None or verb.pos_ not in ("VERB", "AUX"):
                continue
            parties = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i != noun.i]
            parties += [
                g
                # (on the noun or on its worth: "a deal worth $5 billion with Y")
                for c in (*noun.subtree, *verb.children)
                if c.dep_ == "prep" and c.lower_ == "with"
                if c.head.i in (noun.i, verb.i) or c.head.head.i == noun.i
                for g in c.children
                if g.dep_ == "pobj"
            ]
            names = {
                name
                for p in parties
                if (m := self._mention_at(p)) is not None and m.role == "name"
                if (name := self.name(p))
            }
            if len(names) != 2:
                continue
            event = "deal between {} and {}".format(*sorted(names, key=fold))
            claims = self.state.claims
            given = [
                k
                for k in range(first, len(claims))
                if claims[k].measure == "money"
                and claims[k].quantity == money[0]
                and (claims[k].event is None or claims[k].event in _CONTRACTS)
            ]
            for k in given:
                claims[k] = evolve(claims[k], {"event": event})
            if given:
                continue
            claim = made.get(verb.i)
            said = self._said(verb) if claim is None else None
            if claim is None and said is not None:
                start, end = self._offsets(list(verb.subtree))
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                claim = self._sentence_claim(
                    start,
                    end,
                    subject=self.name(subject) if subject is not None else None,
                    predicate=self._open_predicate(verb),
                    time=next(
                        (when for tokens, when in self.times if verb in tokens[0].ancestors),
                        None,
                    ),
                    **said,
                )
            if claim is not None:
                out.append(self._amount_claim(claim, money, event))
        return out

    def _rival_shares(self, first: int) -> list[Claim]:
        """The share of the vote a rival got, told after the winner's: "X was declared the
        winner with 51% of the vote against 44% for Y" is Y's 44%, as "Y received 44%" is."""
        won = [
            c
            for c in self.state.claims[first:]
            if c.predicate == "win_election" and c.measure == "percent" and c.subject
        ]
        if not won:
            return []
        out = []
        for found in _RIVAL_SHARE.finditer(self.doc.text):
            token = next((t for t in self.doc if t.idx == found.end()), None)
            mention = self._mention_at(token) if token is not None else None
            share = [q for _, _, q in find_quantities(found["share"]) if q.unit == "%"]
            if mention is None or not _a_person(mention) or len(share) != 1:
                continue
            if mention.name == won[0].subject:
                continue
            out.append(
                evolve(
                    won[0],
                    {
                        "id": self.state.next_id(),
                        "predicate": self.state.lexicon.open_predicate("receive"),
                        "subject": mention.name,
                        "object": None,
                        "quantity": share[0],
                        "event": None,
                    },
                )
            )
        return out

    def _ages_beside_names(self) -> list[Claim]:
        """A person's age set off by commas after the name: "Jo Bloggs, 58, was convicted"."""
        out = []
        for token in self.doc:
            head = token.head
            quantity = _age_beside_name(token)
            if quantity is None:
                continue
            if _sole_role(head):
                # "The gunman, 34, was shot dead": the one the story gives that role
                out.append(self._age_claim(quantity, self._role(head), [token]))
                continue
            mention = self._mention_at(head)
            before = self.person_before(head)
            known = before is not None and before.split()[-1] == head.text  # "Bloggs, 58,"
            if (
                head.ent_type_ != "PERSON"
                and not known
                and (mention is None or not _a_person(mention))
            ):
                continue  # a person's age: "Globex, 12, ..." is no age of a company
            name = self.name(head)
            if name is None:
                continue
            out.append(self._age_claim(quantity, name, [token]))
        return out

    def _counted_in_state(self, first: int) -> list[Claim]:
        """People counted with an adjective that is a measure's state: "looking for three
        missing people" counts the missing (a number the sentence's claims do not give
        already)."""
        table = self.state.lexicon.measures
        given = {c.quantity.low for c in self.state.claims[first:] if c.quantity is not None}
        out = []
        for token in self.doc:
            # (the parser reads "missing" as an adjective or as a verb's participle)
            spec = table.by_noun.get(token.lower_) if token.pos_ in ("ADJ", "VERB") else None
            noun = token.head
            # "Four dead, 159 missing": the parser hangs "159 missing" on "Four"; its own
            # count is the missing's
            noun = next((c for c in token.children if c.dep_ in _SUBJ and self._is_count(c)), noun)
            # "Zenda stampede: 30 dead, 60 injured": the parser makes the count the state's
            # own modifier, the state a phrase beside the event's noun
            counting = next(
                (c for c in token.children if c.dep_ == "nummod" and c.i < token.i), None
            )
            if (
                counting is not None
                and token.dep_ in ("appos", "conj")
                and self._is_count(counting)
            ):
                noun = counting
            if (
                spec is None
                or spec.about != "event"
                or (token.dep_ != "amod" and noun is not counting)
                or not self._is_count(noun)
                or (quantity := self._count(noun)) is None
                or quantity.low in given
                or (said := self._said(noun)) is None
            ):
                continue
            words = list((token if noun.head.i == token.i else noun).subtree)
            while words[0].is_punct:
                words.pop(0)  # (", 159 missing": the comma hangs on it too)
            while words[-1].is_punct:
                words.pop()  # ("30 dead, 60 injured": and the comma after it)
            start, end = self._offsets(words)
            out.append(
                self._sentence_claim(
                    start,
                    end,
                    subject=None,
                    predicate=f"open:be_{token.lower_}",
                    quantity=quantity,
                    measure=spec.id,
                    event="main",
                    **said,
                )
            )
        return out

    def _ages_stated(self) -> list[Claim]:
        """A person's age as a sentence says it: "He was 88.", "Bloggs was 58" (a bare
        number, nothing counted, of a person named or "he"/"she"); "Bloggs died on Tuesday at
        84" (:func:`_age_at_death`)."""
        out = []
        for token in self.doc:
            at_death = _age_at_death(token)
            verb = token.head.head if at_death else token.head
            subject = _subject_of(verb) if verb.lemma_ == "be" or at_death else None
            # (an age at death wherever it stands in its clause; an age after "was" alone)
            stated = at_death or (
                token.dep_ == "attr"
                and token.like_num
                and not any(c.dep_ != "punct" for c in token.children)
                and not (
                    token.i + 1 < len(self.doc)
                    and not self.doc[token.i + 1].is_punct
                    and not _joins_clauses(self.doc[token.i + 1], verb)
                )
                and not any(c.dep_ in ("neg", "advmod") for c in verb.children)
            )
            if subject is None or not stated:
                continue
            quoted = [*subject.subtree, verb, token]
            if subject.lower_ == "who" and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
                subject = verb.head  # "Bloggs, who is 61, ...": the person the clause is of
                quoted = [subject, verb, token]
            if subject.pos_ == "PRON" and subject.lower_ in ("he", "she"):
                name = self.person_before(subject)
            else:
                mention = self._mention_at(subject) if subject.pos_ == "PROPN" else None
                name = self.name(subject) if mention is not None and _a_person(mention) else None
            quantity = _age_given(token)
            if name is None or quantity is None or quantity.low != int(quantity.low or 0):
                continue  # (a whole number of years: "He was 88.")
            start, end = self._offsets(quoted)
            out.append(
                self._sentence_claim(
                    start,
                    end,
                    subject=name,
                    predicate="open:be",
                    quantity=quantity,
                    measure="age",
                    event=name,
                )
            )
        return out

    def _lasted(self, found: Measurement, tokens: Sequence[Token]) -> Claim | None:
        """How long the story's event lasted, as a claim of its own: "the heist took four
        minutes", "a raid that lasted just seven minutes" (the event named by one of its nouns,
        ``LASTING``; "the flight took 11 hours" is no duration of the story's event)."""
        verb = next((a for a in tokens[0].ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() not in ("last", "take"):
            return None
        subject = _subject_of(verb)
        if verb.dep_ in ("relcl", "acl") and (subject is None or subject.lower_ in _RELATIVE):
            subject = verb.head  # "a raid that lasted", "the raid, lasting seven minutes"
        if subject is None or subject.lemma_.lower() not in LASTING:
            return None
        start, end = self._offsets([subject, *subject.lefts, *tokens])
        return self._sentence_claim(
            start,
            end,
            subject=self.name(subject),
            predicate="open:last",
            quantity=found.quantity,
            measure="duration",
            event="main",
        )

    def _subject_measure(self, found: Measurement, tokens: Sequence[Token]) -> Claim | None:
        """A measure of the main clause's subject (``tokens`` modifying it) as a claim of the
        story's event: "The 6.8-magnitude earthquake was the strongest in a century". Not of a
        noun that names another time ("the magnitude 7.0 quake of 1960")."""
        noun = _modified(tokens, nouns=True)
        holder = noun
        if noun is not None and noun.dep_ == "appos" and noun.head.lemma_.lower() in _UNIT_NOUNS:
            holder = noun.head  # "The magnitude 6.8 quake was ...", parsed with "magnitude" subject
        if (
            noun is None
            or holder is None
            or holder.dep_ not in _SUBJ | _PASSIVE_SUBJ
            or holder.head.dep_ != "ROOT"
            or noun.pos_ != "NOUN"
            or any(_a_time(t) or _year_like(t) for t in noun.subtree)
        ):
            return None
        start, end = self._offsets([*tokens, noun, *noun.lefts])
        return self._sentence_claim(
            start,
            end,
            subject=self.name(noun),
            predicate="open:be",
            quantity=found.quantity,
            measure=found.measure,
            event="main",
        )

    def _age_claim(self, quantity: Quantity, aged: str, tokens: Sequence[Token]) -> Claim:
        """An age as a claim of its own: "167-year-old Acme Bank", "Jo Bloggs, 58"; quoted from
        the age's words (``tokens``) through the noun they modify."""
        noun = _modified(tokens) or tokens[-1]
        named: list[Token] = []
        if noun.dep_ == "appos":
            # "Acme, a 30-year-old carrier": the name the description stands beside
            named = [c for c in noun.head.subtree if c.i < noun.i]
        elif noun.pos_ == "PROPN":
            # "Abdelhak El Amrani, 33": the whole name
            named = [c for c in noun.lefts if c.dep_ in ("compound", "flat")]
        elif tokens and noun.i < tokens[0].i:
            named = list(noun.lefts)  # "The truck driver, 41": the role's words
        start, end = self._offsets([*named, *tokens, noun])
        return self._sentence_claim(
            start,
            end,
            subject=aged,
            predicate="open:be",
            quantity=quantity,
            measure="age",
            event=_age_of(aged),
        )

    def _role(self, noun: Token) -> str:
        """The one person a sole role names (:func:`_sole_role`), by the first of its synonyms,
        with the nouns before it: "the attacker" is the gunman; "the bus driver" is no "truck
        driver"."""
        kinds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
        return description(self._synonym(" ".join([*kinds, noun.lemma_.lower()])))

    def _aged(self, tokens: Sequence[Token]) -> str | None:
        """Whose age "N-year-old" gives: the noun it modifies, or what that noun describes
        ("Acme Bank, a 166-year-old institution"); an unnamed thing of the measure's
        ``described`` nouns is "the <noun>" ("the fall of a 166-year-old institution"), which
        judging resolves to the one named thing it can be (``described``)."""
        first = tokens[0] if tokens else None
        if first is not None and first.lower_ in ("at", "aged"):
            # "Jo Bloggs died at the age of 87", "died on Thursday aged 88": the age of whom
            # the clause is about; "Jo Bloggs, aged 58, was convicted": of the name
            holder = first.head
            while holder.head.i != holder.i and (
                holder.ent_type_ in ("DATE", "TIME") or holder.pos_ == "ADP"
            ):
                holder = holder.head  # "died on April 21 aged 88": the date's verb
            if holder.pos_ in ("VERB", "AUX"):
                holder = _subject_of(holder) or holder
            if holder.pos_ == "PRON" and holder.lower_ in ("he", "she"):
                return self.person_before(holder)
            named = next(
                (c for c in holder.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
            )
            if holder.pos_ == "NOUN" and named is not None:
                holder = named  # "The writer Maria Sanz died ... aged 89": the one named
            if _sole_role(holder):
                return self._role(holder)  # "the gunman, aged 35,"
            return self.name(holder) if holder.pos_ == "PROPN" else None
        noun = _modified(tokens, nouns=True)
        last = tokens[-1] if tokens else None
        if noun is None and last is not None and _the_aged(last):
            # "Jo Bloggs was sentenced. The 57-year-old was also fined": the person just named
            return self._aged_person(last)
        if noun is None:
            return None
        if noun.dep_ == "appos" and (noun.pos_ == "NOUN" or not _a_name(noun)):
            noun = noun.head  # "The suspect, a 19-year-old Austrian": the suspect's age
        if noun.pos_ == "NOUN" and noun.dep_ == "attr":
            noun = _subject_of(noun.head) or noun
        if noun.pos_ == "PROPN":
            return self.name(noun)
        lemma = noun.lemma_.lower()
        if _sole_role(noun):
            return self._role(noun)  # "the attacker, a 34-year-old local man"
        return description(lemma) if lemma in self.state.lexicon.measures.by_described else None

    def _unmeasured(self, quantity: Quantity | None) -> Quantity | None:
        """A quantity that is no figure: kept, unless it is a distance, which the text's own
        reading states (with the place it is measured from) as a figure of its own."""
        unit = ((quantity.unit if quantity else None) or "").lower()
        spec = self.state.lexicon.measures.by_unit.get(unit)
        return None if spec is not None and spec.id == "distance" else quantity

    def _latest(self, frame: _Frame) -> dt.date | None:
        """The latest day the frame's act can have been on: its own time's, or for a
        participle of a dated act ("In 2011, a ferry sank ..., killing 180 people"), that
        act's."""
        time = frame.time
        anchor = frame.anchor
        if time is None and anchor.dep_ == "advcl" and anchor.tag_ == "VBG":
            time = self._time_above(anchor)
        return act_latest(time, anchor, self.doc.text)

    def _dated_clause(self, anchor: Token) -> str | None:
        """The year a "when" clause or a relative clause on a year places its event in
        ("since 1960, when at least 12,000 people died"), if not the publication's year."""
        published = self.state.source.published
        marker: Token | None = None
        if anchor.dep_ in ("relcl", "advcl") and _YEAR_TEXT.fullmatch(anchor.head.text):
            return (
                None if published and anchor.head.text == str(published.year) else anchor.head.text
            )
        relative = next(
            (c for c in anchor.children if c.dep_ in _SUBJ and c.tag_ in ("WDT", "WP")), None
        )
        if anchor.dep_ == "relcl" or relative is not None:
            # "a 2004 tremor near the coast that killed over 600": the noun's own year (the
            # parser may hang a long relative clause on the main verb: then the nearest year
            # that modifies a noun before the relative pronoun)
            if anchor.dep_ == "relcl":
                near = list(anchor.head.children)
            else:
                assert relative is not None
                near = list(self.doc[max(0, relative.i - 12) : relative.i])
            year = next(
                (
                    c.text
                    for c in reversed(near)
                    if c.dep_ in ("nummod", "compound", "amod", "npadvmod")
                    and c.head.pos_ == "NOUN"
                    and _YEAR_TEXT.fullmatch(c.text)
                ),
                None,
            )
            if year is not None:
                return None if published and year == str(published.year) else year
        marker = next((t for t in anchor.subtree if t.lower_ == "when" and t.i < anchor.i), None)
        if marker is None:
            return None
        before = [t for t in self.doc[: marker.i] if _YEAR_TEXT.fullmatch(t.text)]
        if not before or marker.i - before[-1].i > 3:
            return None
        year = before[-1].text
        return None if published and year == str(published.year) else year

    def _changes(self, frame: _Frame, claim: Claim) -> list[Claim]:
        """A percentage change named by a noun, of what follows "in": "Acme reported a 33%
        drop in profit" is Acme's profit, down 33%, as "Acme's profit fell 33%" is. So is one
        beside the clause's own, of the thing it names: "the index slumped 5.8%, led by a 27%
        plunge in Acme Bank shares" (Acme Bank shares down 27%)."""
        out = []
        obj = frame.obj
        if claim.measure is None and obj is not None and change_noun(obj):
            owner = frame.subject is not None and frame.subject.pos_ == "PROPN"
            out += self._change_of(obj, claim, claim.subject if owner else None)
        if (
            claim.measure is None
            and obj is not None
            and obj.dep_ == "dobj"
            and frame.anchor.lemma_.lower() in _ENACTING
        ):
            out += self._points_moved(frame, obj, claim)
        for noun in _changes_beside(frame.anchor):
            out += self._change_of(noun, claim, None, named=True)
        if claim.measure == "money" and claim.event and claim.quantity is not None:
            out += self._amount_moved(frame, claim)
            out += self._amount_on(frame, claim)
        return out

    def _amount_on(self, frame: _Frame, claim: Claim) -> list[Claim]:
        """The revenue a result is told "on": "Acme reported a profit of $4.2 billion on
        revenue of $31.5 billion" gives Acme's revenue too, as "Acme's revenue was $31.5
        billion" does (on the verb or on the amount's noun; "sales", "turnover" are revenue)."""
        obj = frame.obj
        if obj is None or claim.event is None or not claim.event.endswith(f" {obj.lemma_}"):
            return []
        owner = claim.event.removesuffix(f" {obj.lemma_}")
        for holder in (frame.anchor, obj):
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "on":
                    continue
                base = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if base is None or base.lemma_.lower() not in _RESULT_BASES:
                    continue
                of = prep_object(base, "of")
                amount = self._money(of) if of is not None else None
                if amount is not None:
                    about = self._synonym(f"{owner} {base.lower_}")
                    return [self._amount_claim(claim, amount, about)]
        return []

    def _amount_moved(self, frame: _Frame, claim: Claim) -> list[Claim]:
        """The change told after an amount a clause reports: "Acme reported revenue of $85.8
        billion, up 5% from a year earlier" is Acme's revenue up 5%, as "Acme's revenue grew
        5%" is."""
        for moved in frame.anchor.children:
            if moved.dep_ != "advmod" or moved.lower_ not in ("up", "down"):
                continue
            before = self.doc[moved.i - 1] if moved.i > 0 else None
            if before is None or before.text != ",":
                continue  # (a trailing phrase, after the amount: not "went up 5%")
            share = next(
                (
                    c
                    for c in moved.children
                    if c.dep_ in ("npadvmod", "dobj", "nummod")
                    and c.lower_ in _PERCENT_WORDS
                    and self._is_count(c)
                ),
                None,
            )
            quantity = self._count(share) if share is not None else None
            if quantity is not None and claim.event is not None:
                return [self._changed(claim, claim.event, directed(quantity, moved))]
        return []

    def _change_of(
        self, noun: Token, claim: Claim, owner: str | None, *, named: bool = False
    ) -> list[Claim]:
        """The claim of the change a noun names ("a 33% drop in profit"), from ``claim``'s
        clause: of what follows "in" (as the verb form names it, "sales", not "sale"; by its
        own name when ``named``), with its ``owner`` before it."""
        counted = next(
            (
                c
                for c in noun.lefts
                if c.dep_ in ("compound", "nummod", "amod", "nmod")
                and c.lower_ in _PERCENT_WORDS
                and self._is_count(c)
            ),
            None,
        )
        of = prep_object(noun, "in")
        quantity = self._count(counted) if counted is not None else None
        if of is not None and (_timed(of) or of.lemma_.lower() in _TIME_NOUNS):
            # "food prices saw a 5% increase in May": when, not what; the subject's change
            if claim.subject is None or quantity is None:
                return []
            return [self._changed(claim, claim.subject, directed(quantity, noun))]
        if quantity is None or of is None:
            return []
        thing = (self.name(of) if named else None) or of.lower_
        changed = self._changed(
            claim, f"{owner} {thing}" if owner else thing, directed(quantity, noun)
        )
        # and the amount it reached: "reported a 12% rise in revenue to $8.1 billion" (the
        # "to" on the noun, or on what it is of), as "revenue rose 12% to $8.1 billion" says
        reached = prep_object(noun, "to") or prep_object(of, "to")
        amount = self._money(reached) if reached is not None else None
        if amount is None or changed.subject is None:
            return [changed]
        return [changed, self._amount_claim(changed, amount, self._synonym(changed.subject))]

    def _points_moved(self, frame: _Frame, noun: Token, claim: Claim) -> list[Claim]:
        """A rate's change in points that a noun names, made by the clause's subject: "the
        bank announced a half-point cut", "delivered a 50 basis point rate hike" (as "cut
        rates by half a point" says)."""
        if not move_noun(noun):  # (a move it can sign: not "a 25 basis point reduction")
            return []
        point = next(
            (t for t in noun.subtree if t.i < noun.i and t.lemma_.lower() in _FRACTION_UNITS),
            None,
        )
        if point is None:
            return []
        quantity = self._count(point) if self._is_count(point) else None
        number = next(
            (t for t in noun.subtree if t.dep_ == "nummod" and t.like_num and t.i < point.i), None
        )
        if quantity is None and number is not None:
            # "a 50 basis point rate cut", "a 75-basis-point hike": the number hangs on the
            # noun the points describe, or on their words
            found = find_quantities(number.text)
            if len(found) == 1:
                quantity = found[0][2].model_copy(
                    update={"unit": point.lower_, "text": number.text}
                )
        if quantity is None:
            return []
        table = self.state.lexicon.measures
        # (of a rate, when its points are not said to be percentage or basis points: "a
        # quarter-point rate cut", "a half-point cut in interest rates")
        unit = unit_words(
            quantity.unit or "", point, quantity, [*noun.subtree, frame.subject], table
        )
        spec = table.by_unit.get(unit)
        if spec is None or spec.id != "points":
            return []
        moved = directed(converted(quantity, unit, spec), noun)
        figure = {"measure": spec.id, "population": moved.unit, "event": None, "object": None}
        return [evolve(claim, {"id": self.state.next_id(), "quantity": moved, **figure})]

    def _changed(self, claim: Claim, thing: str, quantity: Quantity) -> Claim:
        """``claim``'s clause as the change by ``quantity`` (a percentage) of ``thing``."""
        figure = {"measure": "percent", "population": None, "event": None, "object": None}
        return evolve(
            claim, {"id": self.state.next_id(), "subject": thing, "quantity": quantity, **figure}
        )

    def _level_after(self, frame: _Frame, claim: Claim) -> list[Claim]:
        """The amount a change reached: "Acme's profit fell 35% to $1.2 billion" is a fall of
        35% and a profit of $1.2 billion, as "Acme's profit was $1.2 billion" is. So is the
        rate a change in points reached: "raised its interest rate by 0.25 percentage points
        to 5.25%" sets the rate at 5.25%, as "raised its interest rate to 5.25%" does."""
        reached = prep_object(frame.anchor, "to")
        if reached is not None and (
            claim.measure in _POINTS or (claim.measure == "percent" and claim.population is None)
        ):
            rate = self._rate_reached(frame, claim, reached)
            if rate is not None:
                return [rate]
        if claim.measure == "percent":
            amount = self._money(reached) if reached is not None else None
            level = self._level(frame.anchor, frame.subject, reached)
        elif claim.measure == "money":
            # "rose by $500 million to $5.7 billion", parsed as one amount (the clause's is
            # the first; "rose to $5.7 billion" is the clause's own)
            by = prep_object(frame.anchor, "by")
            amount = self._reached(by) if by is not None else None
            level = self._level_name(frame.subject) if amount else None
        else:
            return []
        if amount is None or level is None:
            return []
        return [self._amount_claim(claim, amount, self._synonym(level))]

    def _rate_reached(self, frame: _Frame, claim: Claim, reached: Token) -> Claim | None:
        """The percentage a change's "to" phrase (``reached``, its object) sets, of the
        clause's object, or of its subject when it has none, as a level."""
        start, end = self._offsets(list(reached.subtree))
        found = find_quantities(self.text[start:end])
        if len(found) != 1:
            return None
        quantity = found[0][2]
        spec = self.state.lexicon.measures.by_unit.get((quantity.unit or "").lower())
        if spec is None or spec.id != "percent":
            return None
        # (the value as the clause's own percentages print it: without its unit)
        text = _PERCENT_SIGN.sub("", quantity.text) or quantity.text
        quantity = quantity.model_copy(update={"text": text})
        changes = {"quantity": quantity, "measure": "percent", "population": "level"}
        about = self._rate_of(frame)
        return evolve(claim, {"id": self.state.next_id(), **changes, "event": about})

    def _rate_of(self, frame: _Frame) -> str | None:
        """What a level set by an act on a thing is of: "raised its interest rate to 5.25%"
        sets the interest rate, not the bank; None when the clause has no object (the level
        is then its subject's, as figures are)."""
        return self.name(frame.obj) if frame.obj is not None else None

    def _amount_claim(self, claim: Claim, amount: tuple[Quantity, str], about: str) -> Claim:
        """A claim of the amount ``amount`` (with its currency code) of ``about``, from
        ``claim``'s clause."""
        quantity, currency = amount
        changes = {"quantity": quantity, "measure": "money", "population": currency}
        return evolve(claim, {"id": self.state.next_id(), **changes, "event": about})

    def _reached(self, head: Token) -> tuple[Quantity, str] | None:
        """The second amount of a count :meth:`_moved` cut in two ("by $500 million to $5.7
        billion"), with its currency code."""
        tokens = list(head.subtree)
        kept = self._moved(head, tokens)
        if kept == tokens or not kept or kept[0].i != tokens[0].i:
            return None
        start, end = self._offsets(tokens[len(kept) + 1 :])
        found = find_quantities(self.text[start:end])
        sign = next((t.lower_ for t in tokens[len(kept) + 1 :] if t.lower_ in CURRENCIES), None)
        if not found or sign is None:
            return None
        quantity = found[0][2].model_copy(update={"unit": sign, "text": self.text[start:end]})
        return quantity, money_code(sign)

    def _priced(self, frame: _Frame, claim: Claim) -> list[Claim]:
        """The price an exchange names: "agreed to buy Initech for $4 billion", "will pay 3
        billion francs for Initech", "will acquire Initech in a deal worth $4.2 billion". The
        amount is the price of the thing exchanged, whatever the verb (buy, acquire, take
        over, sell, pay)."""
        # "to buy 24 fighter jets for $5 billion": the price of what was counted
        counted = self._counted(claim.quantity.text) if claim.quantity else None
        if claim.measure is not None and not claim.measure.startswith("count:"):
            if not (claim.measure == "money" and counted is not None and _increment(counted)):
                return []
            # "for 80 million euros, with a further 10 million in add-ons": the clause's amount
            # is what is added to the price, which is a figure of its own
            counted = None
        out = []
        # (the price may hang on what was counted: "purchase 20 fighter jets for $4.5 billion")
        held = list(counted.children) if counted is not None and counted.dep_ == "dobj" else []
        # (or on what was bought, as the parser may hang it: "signed Axel Ruiz from Strelsau
        # Rovers for a fee of 85 million euros")
        bought = [c for c in frame.obj.children if c.lower_ == "for"] if frame.obj else []
        for prep in [*frame.anchor.children, *held, *bought]:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "in"):
                continue
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            part = ""
            if pobj is not None and prep.lower_ == "in":
                pobj = _deal_value(pobj)
            elif pobj is not None and pobj.lemma_.lower() in _FEES:
                # "for a club-record fee of 85 million euros", "for a fee reported to be 80
                # million euros"; "an initial fee of 80 million euros" is a part of the price
                if any(c.dep_ == "amod" and c.lower_ in _FIRST_PARTS for c in pobj.children):
                    part = "initial "
                pobj = of_object(pobj) or _said_to_be(pobj)
            if pobj is None:
                continue
            passive = any(c.dep_ == "auxpass" for c in frame.anchor.children)
            # "the painting sold for $92 million", "went for": what sells is what is paid for
            selling = frame.obj is None and frame.anchor.lemma_.lower() in _SELLING
            exchanged = frame.obj or (frame.subject if passive or selling else None)
            if exchanged is None and counted is not None and counted.dep_ == "dobj":
                exchanged = counted
            if frame.anchor.lemma_.lower() in _MOVES or (
                frame.obj is not None and frame.obj.lemma_.lower() in _MOVES
            ):
                # "Jo Bloggs joined Zenda United for 80 million euros", "completed his move to
                # Zenda United for ...": who moves is bought
                exchanged = frame.subject
            amount = self._money(pobj) if exchanged is not None else None
            if amount is None or exchanged is None:
                continue
            thing = self.name(exchanged)
            if counted is not None and exchanged.i == counted.i and claim.measure:
                thing = claim.measure.removeprefix("count:")  # as counted: "fighter jet"
            about = f"{part}price of {thing}" if thing else f"{part}price"
            out.append(self._amount_claim(claim, amount, about))
        return out

    def _tally_owner(self, frame: _Frame) -> str | None:
        """The place whose tally the clause's subject is ("Poland's death toll", "the
        country's toll" is not named), if it is one."""
        subject = frame.subject
        if subject is None or subject.lemma_.lower() not in TALLY_NOUNS | {"toll"}:
            return None
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        mention = self._mention_at(owner) if owner is not None else None
        return (
            self.name(owner)
            if owner is not None and mention is not None and mention.type in _PLACES
            else None
        )

    def _place_of(self, frame: _Frame) -> str | None:
        """The name of the place a clause is about (its subject or object, or what either is
        "of": "the town of Tarlenheim"), if a place it is."""
        for role in (frame.obj, frame.subject):
            if role is None:
                continue
            if role.lemma_.lower() in _PLACE_NOUNS and (named := of_object(role)) is not None:
                return self.name(named)  # "the town of Tarlenheim", known or not
            mention = self._mention_at(role)
            if mention is not None and mention.type in _PLACES:
                return self.name(role)
        return None

    def _per_share(self, counted: Token) -> str | None:
        """What an amount "a share" or "per share" is of: "a dividend of 50 cents a share" is
        the dividend per share, "will pay $48 a share" and "will receive $46 per share" the
        price per share (not the price of the whole company); None for another amount."""
        after = [t.lower_ for t in self.doc[counted.i + 1 : counted.i + 3]]
        if after not in (["a", "share"], ["per", "share"]):
            return None
        holder = (
            counted.head.head if counted.dep_ == "pobj" and counted.head.lower_ == "of" else None
        )
        if holder is not None and holder.pos_ == "NOUN" and holder.lemma_ not in ("price", "offer"):
            return f"{holder.lemma_.lower()} per share"  # "a dividend of 50 cents a share"
        return "price per share"

    def _worth_claim(self, frame: _Frame, claim: Claim) -> list[Claim]:
        """The amount a thing of the clause is worth when the clause's claim counts something
        else: "Three thieves took jewels valued at 25 million euros" counts the thieves and
        values the jewels."""
        if claim.measure == "money" or claim.quantity is None:
            return []
        worth = self._worth(frame.anchor, frame)
        if worth is None:
            return []
        valued = self._claim(attrs.evolve(frame, quantity=worth))
        return [valued] if valued is not None and valued.measure == "money" else []

    def _worth(self, verb: Token, frame: _Frame) -> Quantity | None:
        """The amount a thing of the clause is said to be worth: "signed a deal worth $5
        billion", "stole jewels worth 88 million euros", "the items are worth an estimated
        88 million euros" (its figure is the thing's, :func:`_worth_of`)."""
        places = list(verb.children)
        for holder in (frame.obj, frame.subject, *(c for c in verb.children if c.dep_ == "dobj")):
            if holder is not None:
                places.extend(holder.children)
        for word in places:
            if word.lower_ == "worth":
                amounts = [
                    c for c in word.children if c.dep_ in ("npadvmod", "pobj", "dobj", "attr")
                ]
            elif _valued_at(word):  # "a deal valued at $11.8 billion"
                amounts = [g for c in word.children if c.lower_ == "at" for g in c.children]
            else:
                continue
            for c in amounts:
                if c.dep_ in ("npadvmod", "pobj", "dobj", "attr") and self._money(c):
                    return self._count(c)
        return None

    def _money(self, token: Token) -> tuple[Quantity, str] | None:
        """The amount of money ``token`` heads, with its currency code ("3 billion francs":
        CHF), or ``None`` when it counts something else."""
        if not self._is_count(token):
            return None
        quantity = self._count(token)
        unit = ((quantity.unit if quantity else None) or "").lower()
        spec = self.state.lexicon.measures.by_unit.get(unit)
        if quantity is None or spec is None or spec.id != "money":
            return None
        return quantity, money_code(unit)

    def _fined_party(self, frame: _Frame) -> str | None:
        """Who a verb of fining fines when the parser hung them on the amount: "fined Acme
        1.8 billion euros" read as "Acme euros" (a name before the amount's number)."""
        amount = next((c for c in frame.anchor.children if c.dep_ == "dobj"), None)
        if amount is None or self._money(amount) is None:
            return None
        first = min((t.i for t in amount.subtree if t.like_num or t.tag_ == "$"), default=amount.i)
        party = next(
            (
                c
                for c in amount.children
                if c.dep_ in ("nmod", "compound", "poss") and c.pos_ == "PROPN" and c.i < first
            ),
            None,
        )
        return self.name(party) if party is not None else None

    def _share_prices(self, frame: _Frame, claim: Claim) -> list[Claim]:
        """The price a named thing stands at: "Globex shares closed at $12.50", "shares of
        Initech were quoted at 41 euros", "Acme's shares opened 60% lower, at 0.68 francs". The
        things priced are the measure table's ``priced`` nouns; the figure is their owner's
        ("share price of Globex"), so that it meets whatever the verb (open, close, trade,
        quote, fall)."""
        table = self.state.lexicon.measures
        anchor = frame.anchor
        if any(c.dep_ == "dobj" for c in anchor.children):
            # "shares jumped 25%, valuing the company at $65 billion": what the verb acts on
            # stands at that amount, not the shares
            return []
        thing = frame.subject or next((c for c in anchor.children if c.dep_ in _PASSIVE_SUBJ), None)
        spec = table.by_priced.get(thing.lemma_.lower()) if thing is not None else None
        if thing is None or spec is None:
            return []
        owner = next(
            (
                c
                for c in thing.children
                if c.dep_ in ("poss", "compound", "amod")
                and (c.pos_ == "PROPN" or c.ent_type_ in _OWNER_LABELS or self._named_modifier(c))
                and c.ent_type_ not in _NOT_COUNTS
            ),
            None,
        )
        if owner is None:  # "shares of Initech", "shares in Acme"
            of = next(
                (c for c in thing.children if c.dep_ == "prep" and c.lower_ in ("of", "in")), None
            )
            owner = next(
                (g for g in (of.children if of else ()) if g.dep_ == "pobj" and g.pos_ == "PROPN"),
                None,
            )
        named = self.name(owner) if owner is not None else None
        if named is None:
            return []  # "its shares", "the shares": whose, the sentence does not say
        lead = f"{thing.lower_} of "
        if named.lower().startswith(lead):
            named = named[len(lead) :]  # "Shares of Acme Corp" taken for one name
        # the amount "at" which they stand, or "to" which they moved, on the verb or on its
        # "lower" / "down"
        holders = [anchor, *(c for c in anchor.children if c.dep_ in ("advmod", "acomp"))]
        out = []
        for prep in (c for h in holders for c in h.children):
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "to"):
                continue
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            amount = self._money(pobj) if pobj is not None else None
            if amount is None:
                continue
            quantity, currency = amount
            out.append(
                evolve(
                    claim,
                    {
                        "id": self.state.next_id(),
                        "subject": named,
                        "object": None,
                        "value": None,
                        "quantity": quantity,
                        "measure": spec.id,
                        "population": currency,
                        "event": None,
                    },
                )
            )
        return out

    def _listed(self, head: Token) -> list[Token]:
        """The other items of a list headed by ``head``: its conjuncts, and counts the parser
        hung on it as appositions ("200 ambulances, 50 buses and 45 units")."""
        out = []
        for c in head.children:
            if c.dep_ == "conj" and _stray(c):
                continue  # "killed 12 people and 30 were injured": 30 were injured
            if c.dep_ == "conj" or (c.dep_ == "appos" and self._is_count(c) and not _of_them(c)):
                out.append(c)
                out.extend(self._listed(c))
        return out

    def _enumerated(self, frame: _Frame, claim: Claim) -> tuple[Claim, list[Claim]]:
        """Counts listed together, each a figure: "15 fire teams, doctors and up to 60
        ambulances have been sent", "some 200 ambulances, 50 buses and 45 health units"; and
        ``claim`` itself, a part of its place when the list gives each count its own place
        ("killed 12 people in Zenda and 8 in Tarlenheim": 12 and 8 are no toll of the whole)."""
        last = self._counted(claim.quantity.text) if claim.quantity else None
        counted = {last.i} if last is not None else set()
        heads = [
            t
            for t in (
                frame.obj,
                frame.subject,
                *(c for c in frame.anchor.children if c.dep_ in _PASSIVE_SUBJ | _SUBJ),
                *(c for c in frame.anchor.children if c.dep_ == "dobj"),
            )
            if t is not None
        ]
        # the phrase holding the claim's own count heads the list, else the first role
        head = next((t for t in heads if t.i in counted), heads[0] if heads else None)
        if head is None:
            return claim, []
        listed = [head, *self._listed(head)]
        seen = {t.i for t in listed}
        listed.extend(
            t for t in _split_items(head, frame.anchor) if t.i not in seen and self._is_count(t)
        )
        if counted and not counted & {t.i for t in listed}:
            return claim, []  # "two trains derailed, killing 280 people": not the count's list
        if head.head.i == frame.anchor.i and head.dep_ == "dobj":
            # "rushed four units of A and three units of B": the parser may hang the second
            # object on the verb, and a count whose verb is left out ("arrested 15 people on
            # Saturday and 20 on Sunday")
            listed.extend(
                c
                for c in frame.anchor.children
                if c.dep_ == "conj"
                and (
                    c.pos_ == "NOUN"
                    or (c.pos_ == "NUM" and not any(g.dep_ in _SUBJ for g in c.children))
                )
            )
        for item in list(listed):
            # ... or on the first one's whole ("four units of [A and three units] of B")
            for prep in (c for c in item.children if c.dep_ == "prep" and c.lower_ == "of"):
                for whole in (g for g in prep.children if g.dep_ == "pobj"):
                    listed.extend(
                        c for c in whole.children if c.dep_ == "conj" and self._is_count(c)
                    )
        # "sent three rescue units, together with 60 ambulances", "along with 1,200 personnel",
        # "plus 45 buses": added to the list, whether the parser hangs them on it or the verb
        for holder in (*listed, frame.anchor):
            for c in holder.children:
                if c.dep_ != "prep":
                    continue
                if c.lower_ in ("together", "along"):  # "along with" parsed as two prepositions
                    c = next((g for g in c.children if g.lower_ == "with"), c)
                joined = c.lower_ == "plus" or (
                    c.lower_ == "with"
                    and (
                        c.head.lower_ in ("together", "along")
                        or any(a.lower_ in ("together", "along") for a in c.children)
                    )
                )
                if joined:
                    listed.extend(g for g in c.children if g.dep_ == "pobj")
        # a list that is the clause's subject gives each count its own subject: in "200
        # ambulances, 50 buses and 45 units were at work" the buses are not the ambulances
        own_subject = (
            frame.subject is not None
            and head.i == frame.subject.i
            and claim.subject == self.name(head)
        )
        # (and a list that is its object, each count its own object: "attacks on three
        # churches and three hotels" are no attacks on churches counted in hotels)
        own_object = (
            frame.obj is not None
            and head.i == frame.obj.i
            and head.i in counted  # (not "the workers, two Malians and a Spaniard")
            and claim.object is not None
            and claim.object == self.name(head)
        )
        counts = [
            t
            for t in listed
            if (self._is_count(t) or _one_listed(t, listed))
            and not self._counted_as_other(t, frame.anchor)
        ]
        places = self._places_apart(counts, frame.anchor)
        times = {} if places else self._times_apart(counts, frame)
        if times and head.i in times:
            places = {i: when.text for i, when in times.items()}
        if places and claim.measure is not None and claim.population is None and head.i in places:
            # each part is of its own place, the clause's place the first one's only
            claim = evolve(claim, {"population": places[head.i], "location": None})
            if times:
                self.dated_parts.add(claim.id)
        out: list[Claim] = []
        counting = {t.i for t in counts}
        for item in listed:
            if item.i in counted or item.i not in counting:
                continue
            edge = item.left_edge.i
            if edge > 0 and self.doc[edge - 1].text in ("(", "["):
                continue  # "5 billion francs ($5.4bn)": a conversion, not another item
            quantity = self._count(item)
            if quantity is None:
                continue
            figure = figure_of(
                quantity,
                table=self.state.lexicon.measures,
                predicate=frame.predicate,
                verb=frame.anchor,
                subject=None,
                counted=item,
                time_latest=act_latest(frame.time, frame.anchor, self.doc.text),
                published=self.state.source.published,
            )
            if figure is not None:
                # "rushed four units of A and three units of B": each item counts its own whole
                figure = self._of_whole(figure, item)
            if figure is None:
                continue
            share_of = of_object(item) if figure.measure == "percent" else None
            if figure.event is None and share_of is not None and (named := self.name(share_of)):
                # "lay off about 15,000 employees, roughly 15% of its staff": a share of the
                # thing it is of (its owner's), as "cut 15% of its staff" gives it
                figure = attrs.evolve(figure, event=self._with_owner(share_of, named))
            out.append(
                evolve(
                    claim,
                    {
                        "id": self.state.next_id(),
                        "quantity": figure.quantity,
                        "measure": figure.measure,
                        "population": figure.population or places.get(item.i),
                        **({"location": None} if item.i in places else {}),
                        "event": figure.event,
                        **({"time": times[item.i]} if item.i in times else {}),
                        **({"subject": self.name(item)} if own_subject else {}),
                        **({"object": self.name(item)} if own_object else {}),
                        **({"subject": self.name(gap)} if (gap := _gapped(item)) else {}),
                    },
                )
            )
            if item.i in times:
                self.dated_parts.add(out[-1].id)
        return claim, out

    def _included(self, frame: _Frame, claim: Claim) -> list[Claim]:
        """Parts of a whole count said beside it: "killed 48 people, including 11 children",
        "the toll rose to 51, among them nine children" (the part of a population the measure
        table names, as "11 children among the dead" is)."""
        if claim.measure is None or claim.population is not None or claim.quantity is None:
            return []
        table = self.state.lexicon.measures
        if table.spec(claim.measure) is None:
            return []
        counted = self._counted(claim.quantity.text)
        parts = [
            g
            for c in (counted.children if counted is not None else [])
            if c.dep_ == "prep" and c.lower_ == "including"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        anchor = frame.anchor
        # (on the verb of a toll's noun: "the death toll rose to 51, among them nine children")
        holders = [anchor, anchor.head] if anchor.pos_ in _NOUN_POS else [anchor]
        parts += [
            c
            for holder in holders
            for c in holder.children
            if c.dep_ in ("npadvmod", "appos")
            and any(
                p.dep_ == "prep"
                and p.lower_ == "among"
                and any(g.lower_ in ("them", "those") for g in p.children)
                for p in c.children
            )
        ]
        out = []
        for part in parts:
            quantity = self._count(part) if self._is_count(part) else None
            if quantity is None or part.lower_ not in table.groups:
                continue
            out.append(
                evolve(
                    claim,
                    {
                        "id": self.state.next_id(),
                        "quantity": quantity,
                        "population": part.lower_,
                        # (a toll's time is when it stood so, not when its dead died)
                        **({"time": None} if anchor.pos_ in _NOUN_POS else {}),
                    },
                )
            )
        return out

    def _places_apart(self, items: Sequence[Token], verb: Token) -> dict[int, str]:
        """Each listed count's own place ("in Zenda"), by the count's token, when every count
        has one and there are two or more: the counts are then parts, each of its place. A
        count's place hangs on it, or on the verb between it and the next count ("arrested 12
        people in Zenda and 30 in Strelsau"); those aboard a craft and those below it are
        two places too ("killing all six people on board and one person on the ground")."""
        ordered = sorted(items, key=lambda t: t.i)
        places: dict[int, str] = {}
        for k, item in enumerate(ordered):
            spot = _on_board_or_ground(item)
            if spot is not None:
                places[item.i] = spot  # "six people on board and one person on the ground"
                continue
            end = ordered[k + 1].left_edge.i if k + 1 < len(ordered) else len(self.doc)
            place = next(
                (
                    g
                    for holder in (item, verb)
                    for c in holder.children
                    if c.dep_ == "prep"
                    and c.lower_ in ("in", "at")
                    and (holder is item or item.i < c.i < end)
                    for g in c.children
                    if g.dep_ == "pobj" and self._place_name(g) is not None
                ),
                None,
            )
            if place is None:
                return {}
            places[item.i] = part_in(place)
        return places if len(set(places.values())) > 1 else {}

    def _times_apart(self, items: Sequence[Token], frame: _Frame) -> dict[int, TimeRange]:
        """Each listed count's own time, by the count's token, when every count has one and
        they differ ("arrested 15 people on Saturday and 20 on Sunday", "5 in 2019 and 7 in
        2020"): the counts are then parts, each of its time, not a figure that changed. A
        count's time hangs on it, or on the verb between it and the next count."""
        ordered = sorted(items, key=lambda t: t.i)
        if len(ordered) < 2:
            return {}
        found: dict[int, TimeRange] = {}
        for tokens, when in self.times:
            words = {t.i for t in tokens}
            root = next((t for t in tokens if t.head.i not in words), tokens[0])
            holder = root.head.head if root.head.dep_ == "prep" else root.head
            for k, item in enumerate(ordered):
                end = ordered[k + 1].left_edge.i if k + 1 < len(ordered) else len(self.doc)
                if holder.i == item.i or (holder.i == frame.anchor.i and item.i < root.i < end):
                    if item.i in found:
                        return {}  # two times for one count: whose is which is unclear
                    found[item.i] = when
        if len(found) < len(ordered) or len({w.text for w in found.values()}) < 2:
            return {}
        return found

    def _held(self, frame: _Frame, claim: Claim) -> list[Claim]:
        """Counts a holder carries, in a "with" phrase on one of the clause's roles: "the plane,
        with 57 passengers and four crew, crashed" is 57 on board and four crew on board (the
        measure table's ``holders``)."""
        table = self.state.lexicon.measures
        out = []
        for role in (frame.subject, frame.obj):
            spec = table.by_holder.get(role.lemma_.lower()) if role is not None else None
            if role is None or spec is None:
                continue
            for prep in role.children:
                if prep.dep_ != "prep" or prep.lower_ != "with":
                    continue
                items = [g for g in prep.children if g.dep_ == "pobj"]
                items += [c for g in items for c in self._listed(g)]
                for item in items:
                    quantity = self._count(item) if self._is_count(item) else None
                    if quantity is None:
                        continue
                    # "a truck with 20 tonnes of rice": no one on board
                    held = self._aboard(claim, quantity, _counted_noun(item), spec)
                    if held is not None:
                        out.append(held)
        return out

    def _aboard(
        self, claim: Claim, quantity: Quantity, unit: str, spec: MeasureSpec
    ) -> Claim | None:
        """``claim``'s figure of those on board, ``quantity`` of ``unit`` (any form), if the
        unit counts people or what the measure counts (passengers, crew: each a part of those
        on board, as in "carrying 58 passengers")."""
        table = self.state.lexicon.measures
        *kinds, last = unit.split() or [""]
        # "22 crew members" are crew; "40 school children" children
        unit = table.counted_as(" ".join([*kinds, singular(last)]), set())
        if kinds and unit not in spec.counts | table.groups:
            unit = table.counted_as(singular(last), set())
        people = unit in ("people", "person")
        if not (people or unit in spec.counts | table.groups):
            return None
        return evolve(
            claim,
            {
                "id": self.state.next_id(),
                "quantity": quantity,
                "measure": spec.id,
                "population": None if people else plural(unit),
                # (of the event its clause tells: "in 1992, when a plane crashed, killing all
                # 167 people on board" had them on board in 1992)
                "event": claim.event if _of_another_event(claim.event) else "main",
            },
        )

    def _there_is(self, noun: Token) -> tuple[Claim, Quantity] | None:
        """The plain claim that "there were" ``noun``, counted, and its count ("there were 168
        people on board"); None when the noun is no such count or its speaker denies it."""
        if not _existential(noun) or not self._is_count(noun):
            return None
        quantity = self._count(noun)
        if quantity is None:
            return None
        said = self._said(noun.head)
        if said is None:
            return None
        there = [c for c in noun.head.children if c.dep_ == "expl"]
        start, end = self._offsets([*there, noun.head, *noun.subtree])
        plain = self._sentence_claim(start, end, subject=None, predicate="open:be", **said)
        return plain, quantity

    def _there_aboard(self) -> list[Claim]:
        """Those on board as the sentence says there were: "There were 168 people on board",
        "there were 58 passengers aboard" (the measure table's ``aboard``)."""
        spec = self.state.lexicon.measures.measures.get("aboard")
        out: list[Claim] = []
        for noun in self.doc:
            if spec is None or not any(
                _says_aboard(c) for c in [*noun.children, *noun.head.children]
            ):
                continue
            found = self._there_is(noun)
            if found is None:
                continue
            aboard = self._aboard(*found, noun.lower_, spec)
            if aboard is not None:
                out.append(aboard)
        return out

    def _there_counted(self) -> list[Claim]:
        """A measure's count as the sentence says there were: "there were 29 survivors",
        "there have been 12 deaths" (a noun that names the measure, counted)."""
        by_noun = self.state.lexicon.measures.by_noun
        out: list[Claim] = []
        for noun in self.doc:
            spec = by_noun.get(noun.lower_)
            if spec is None or spec.id == "aboard":
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                continue  # ("there were no deaths": what no one did, read elsewhere)
            found = self._there_is(noun)
            if found is None:
                continue
            claim, quantity = found
            changes = {"quantity": quantity, "measure": spec.id, "event": "main"}
            out.append(evolve(claim, changes))
        return out

    def _remade(self, made: dict[int, Claim], verb: int, first: int, claim: Claim) -> None:
        """Put ``claim`` in the place of the claim made of the clause of ``verb`` (the same
        id), among the sentence's claims (from ``first``)."""
        claims = self.state.claims
        for k in range(first, len(claims)):
            if claims[k].id == claim.id:
                claims[k] = made[verb] = claim

    def _goals_by_times(self, made: dict[int, Claim], first: int) -> None:
        """Make a scorer's "scored twice" (or "three times") the count of goals it tells, as
        "scored two goals" is: the act's claim (of the sentence's, from ``first``) becomes
        the figure."""
        for verb, claim in made.items():
            token = self.doc[verb]
            if token.lemma_.lower() not in _SCORING or claim.quantity is not None:
                continue
            if claim.subject is None or claim.polarity != "affirmed":
                continue
            times = next(
                (c for c in token.children if c.dep_ in ("advmod", "npadvmod") and _times(c)),
                None,
            )
            value = _times(times) if times is not None else None
            if times is None or value is None:
                continue
            start, end = self._offsets(list(times.subtree))
            quantity = Quantity(low=value, high=value, unit="goals", text=self.text[start:end])
            # (the act as "scored two goals for Westmark" gives it: the goals, not the team)
            figure = {
                "predicate": self._open_predicate(token),
                "object": None,
                "measure": "count:goal",
                "population": None,
                "event": "main",
            }
            self._remade(made, verb, first, evolve(claim, {**figure, "quantity": quantity}))

    def _all_aboard(self, made: dict[int, Claim], first: int) -> None:
        """Make a toll of everyone on board the count of those on board the source gave ("a
        plane carrying 72 people crashed, killing all on board" killed 72, as "killing all 72
        people on board" says): the act's claim (of the sentence's, from ``first``) becomes
        the figure; left as it is when the source gave no such count."""
        if _ALL_ABOARD.search(self.doc.text) is None:
            return  # (most sentences: no need to look through the source's claims so far)
        table = self.state.lexicon.measures
        counts = [
            (k, c)
            for k, c in enumerate(self.state.claims)
            if c.measure == "aboard" and c.population is None and c.quantity is not None
        ]
        # this sentence's count (of the event it tells, another year's too), or the story's
        here = [c for k, c in counts if k >= first]
        story = [c for _, c in counts if c.event == "main"]
        held = here or story
        aboard = held[-1] if held else None
        if aboard is None or aboard.quantity is None:
            return
        for verb, claim in made.items():
            spec = table.by_verb.get(self.doc[verb].lemma_.lower())
            if (
                spec is None
                or spec.id != "deaths"
                or claim.measure is not None
                or claim.polarity != "affirmed"
            ):
                continue
            sentence = self.doc[verb].sent
            found = _ALL_ABOARD.search(sentence.text)
            start = sentence.start_char + found.start() if found else -1
            everyone = next((t for t in sentence if t.idx == start), None)
            if found is None or everyone is None or verb not in (t.i for t in everyone.ancestors):
                continue
            # (the count as this clause says it: "all on board")
            figure = {
                "measure": spec.id,
                "population": None,
                "event": aboard.event,
                "object": None,
                "quantity": aboard.quantity.model_copy(update={"text": found[0]}),
            }
            self._remade(made, verb, first, evolve(claim, figure))

    def _on_board(self, made: dict[int, Claim], said: Sequence[Claim]) -> list[Claim]:
        """Those on board as a count of the sentence names them, wherever it stands: "killing
        42 of the 58 people on board", "all 157 passengers aboard the jet died", "72 people
        were on board the plane", "On board were 72 people" (a figure of the clause the count
        is in; the measure table's ``aboard`` counts), unless the sentence's claims (``said``)
        state it already ("carrying 58 people on board")."""
        table = self.state.lexicon.measures
        spec = table.measures.get("aboard")
        if spec is None:
            return []
        known = {c.quantity.text for c in said if c.measure == spec.id and c.quantity is not None}
        out = []
        for noun in self.doc:
            # "the 58 people on board", or what is said to be on board: "72 people were on
            # board the plane", "On board were 72 people"
            holders = [noun]
            if (
                noun.dep_ in ("nsubj", "attr")
                and noun.head.lemma_ == "be"
                and not _existential(noun)
            ):
                holders.append(noun.head)
            listed = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
            if listed:
                # "had 60 passengers and four crew on board": said after the list, of all of it
                holders.append(listed[-1])
            aboard_words = [c for h in holders for c in h.children if _says_aboard(c)]
            if not aboard_words or any(map(_aboard_several, aboard_words)):
                continue  # ("all 67 people aboard the two aircraft": no one vehicle's count)
            if not any(_counting(c) for c in noun.children) and not _numeric(noun):
                continue
            if _no_one(noun):
                continue  # "No one was on board": nobody, not a count of one
            if len(holders) == 1 and _some_of(noun, table):
                continue  # "five people on board were killed": some of those aboard
            frame = self._frame_above(noun)
            claim = made.get(frame.anchor.i) if frame is not None else None
            quantity = self._count(noun)
            if claim is None or quantity is None or quantity.text in known:
                continue
            # ("168 were aboard": people; "70 passengers and crew": everyone on board)
            # (but "174 passengers and six crew": two counts, each of its kind)
            everyone = any(
                c.dep_ == "conj"
                and c.lemma_.lower() == "crew"
                and not any(g.dep_ == "nummod" for g in c.children)
                for c in noun.children
            )
            unit = "people" if _numeric(noun) or everyone else _counted_noun(noun)
            aboard = self._aboard(claim, quantity, unit, spec)
            if aboard is not None:
                out.append(aboard)
        return out

    def _aboard_total(self, said: Sequence[Claim]) -> list[Claim]:
        """Everyone on board, when a sentence lists them by kind and nowhere in all: "a flight
        with 174 passengers and six crew on board" had 180 people on board, as another outlet
        may say ("a plane carrying 180 people"). Only exact counts of one list, each of
        another kind. So are everyone rescued, killed or missing of a vessel's passengers and
        crew ("195 passengers and 35 crew members were rescued": 230 people), the two that
        make up everyone aboard (other lists, "12 children and five women", need not)."""
        out = []
        by_measure: dict[str, list[Claim]] = {}
        for c in said:
            if c.measure is not None and c.polarity == "affirmed" and not c.implied:
                by_measure.setdefault(c.measure, []).append(c)
        for measure, listed in sorted(by_measure.items()):
            if measure != "aboard" and {c.population for c in listed} != _ABOARD_KINDS:
                continue
            total = self._list_total(listed)
            if total is not None:
                out.append(total)
        return out

    def _list_total(self, parts: Sequence[Claim]) -> Claim | None:
        """The sum of ``parts``, counts of one list of the sentence each of another kind, as a
        count of people; None unless they are exact counts of exactly one list."""
        if len(parts) < 2 or any(c.population is None for c in parts):
            return None
        nouns = [self._counted(c.quantity.text) for c in parts if c.quantity is not None]
        if len(nouns) != len(parts) or any(n is None for n in nouns):
            return None
        first = min((n for n in nouns if n is not None), key=lambda n: n.i)
        listed = {first.i, *(t.i for t in self._listed(first))}
        if first.dep_ in _PASSIVE_SUBJ | _SUBJ:
            listed |= {t.i for t in _split_items(first, first.head) if t.i > first.i}
        quantities = [c.quantity for c in parts if c.quantity is not None]
        if (
            {n.i for n in nouns if n is not None} != listed
            or len({c.population for c in parts}) != len(parts)
            or any(q.low is None or q.low != q.high or q.approximate for q in quantities)
        ):
            return None
        total = sum(q.low or 0.0 for q in quantities)
        # the list as printed, from its first count to its last counted noun
        words = [t for n in nouns if n is not None for t in (n, *n.lefts)]
        start, end = self._offsets(words)
        quantity = Quantity(low=total, high=total, unit="people", text=self.text[start:end])
        changes = {"quantity": quantity, "population": None, "id": self.state.next_id()}
        return evolve(parts[0], changes)

    def _conversions(self, claim: Claim) -> list[Claim]:
        """The same amount in another currency, in brackets: "3 billion francs ($3.23 billion)"."""
        if claim.measure is None or claim.quantity is None:
            return []
        if claim.measure != "money" and claim.measure not in {
            s.id for s in self.state.lexicon.measures.by_priced.values()
        }:
            return []
        counted = self._counted(claim.quantity.text)
        if counted is None:
            return []
        # Only the bracket right after the amount: in "UBS takes the first 5 billion francs
        # ($5.4bn), the government the next 9 billion ($9.7bn)" the second bracket converts
        # the government's amount, which the parse may still hang under the first.
        doc = counted.doc
        if counted.i + 1 >= len(doc) or doc[counted.i + 1].text not in ("(", "["):
            return []
        close = next((t.i for t in doc[counted.i + 2 :] if t.text in (")", "]")), len(doc))
        out = []
        for token in counted.subtree:
            if not counted.i + 1 < token.i < close or token.lower_ not in CURRENCIES:
                continue
            # "(US$3.23 billion)": a sign before the number; "(3.2 billion dollars)": a noun
            holder = token.head if token.tag_ == "$" or token.pos_ == "SYM" else token
            if holder.i == counted.i:
                continue
            quantity = self._count(holder) if self._is_count(holder) else None
            if quantity is None or quantity.text == claim.quantity.text:
                continue
            currency = CURRENCIES[token.lower_]
            # a conversion is the outlet's arithmetic at some day's rate: approximate, so
            # "($3.23 billion)" and "($3.24bn)" for the same 3 billion francs do not conflict
            quantity = quantity.model_copy(update={"approximate": True})
            out.append(
                evolve(
                    claim,
                    {"id": self.state.next_id(), "quantity": quantity, "population": currency},
                )
            )
        return out

    def _well_formed(self, frame: _Frame, subject: str | None, obj: str | None) -> bool:
        """Whether an open claim still says something once its names are resolved.

        A role the parse found but no name could be given to ("it was an earthquake", "called
        it a sad day") leaves a claim a reader would have to dismiss; so does a time named as a
        subject ("Today is a historic day") or a claim with nothing but its subject.
        """
        if (
            frame.subject is not None
            and subject is None
            and frame.subject.dep_ not in _PASSIVE_SUBJ
            # "the company said it would cut 1,200 jobs": the act's count stands, whoever "it"
            # is (not a state's: "it was at a depth of 18.5 km" is what "it" is)
            and not (
                frame.quantity is not None
                and frame.subject.pos_ == "PRON"
                and frame.anchor.lemma_ != "be"
            )
        ):
            return False
        if frame.obj is not None and obj is None and frame.quantity is None:
            return False
        if frame.subject is not None and _timed(frame.subject) and not _the_aged(frame.subject):
            return False  # (but "the 61-year-old" is who was named)
        # the patient of a passive, or of a participle after "be" ("was not overloaded": the
        # copula's own subject)
        passive_patient = frame.obj is not None and (
            frame.obj.dep_ in _PASSIVE_SUBJ
            or (frame.obj.dep_ in _SUBJ and frame.obj.head.i == frame.anchor.i)
            or frame.obj == _patient(frame.anchor)
        )
        if subject is None and not passive_patient and frame.quantity is None:
            return False
        refusal = frame.anchor.dep_ == "xcomp" and frame.anchor.head.lemma_ in _REFUSED
        return bool(
            obj is not None
            or refusal
            or _undergone(frame)
            or frame.quantity is not None
            or frame.value is not None
            or self._placed(frame.anchor)
            or _clocked(frame.anchor)  # "started shortly after 4 p.m."
        )

    def _hung_on_root_phrase(self, anchor: Token) -> bool:
        """Whether ``anchor`` is a finite verb the parser hung on a noun of the phrase that
        its sentence opens with, whose subject that phrase is ("Ten carriages from a train
        derailed near Karsk": its quote starts with "Ten carriages", not "derailed")."""
        frame = self.by_anchor.get(anchor.i)
        return (
            anchor.dep_ == "acl"
            and anchor.tag_ == "VBD"
            and frame is not None
            and frame.subject is not None
            and frame.subject.i == anchor.sent.root.i
        )

    def _clause_span(self, anchor: Token) -> tuple[int, int]:
        if anchor.dep_ in ("acl", "relcl", "advcl", "xcomp") and self.by_anchor.get(anchor.i):
            frame = self.by_anchor[anchor.i]
            if frame.rank is not None:
                # "X became the third country ... to recognise": the whole ordinal statement.
                head = anchor.head if anchor.head.pos_ in ("VERB", "AUX") else anchor.head.head
                anchor = head
        tokens = [t for t in anchor.subtree if not t.is_punct or t.i not in (anchor.i,)]
        joined = self._joined_clauses(anchor)
        before = _clause_before_semicolon(anchor)
        if before is not None:
            # "Zenda has a poor safety record; the EU has banned its airlines": the parser
            # made the first clause a complement of the second's verb; each is its own
            tokens = [t for t in tokens if t.i > before.i]
        elif anchor.dep_ in ("ROOT",) or not tokens:
            if not joined:
                return self.base, self.end
            tokens = list(self.doc)
        if joined:  # the clause ends where the statement joined to it begins
            tokens = [t for t in tokens if t.i < min(joined)]
        teller = _stranded_teller(anchor.sent.root) if anchor.dep_ != "ROOT" else None
        if teller is not None:
            # "..., a coalition of rights groups said": who says it, not part of what is said
            tokens = [t for t in tokens if t.i < teller.left_edge.i - 1]
        # "Amrani, who went outside and joined ...": a verb joined to a relative clause without
        # a subject of its own is about the clause's noun too
        relative = (
            anchor.head
            if anchor.dep_ == "conj" and anchor.head.dep_ == "relcl" and not _has_subject(anchor)
            else anchor
        )
        if (
            (
                relative.dep_ == "relcl"
                and any(
                    c.lower_ in _RELATIVE and c.dep_ in _SUBJ | _PASSIVE_SUBJ | _OBJ
                    for c in relative.children
                )
            )
            or _where_clause(anchor)
            or _evidence_denied(anchor)  # "no indication that ...": what denies it
            or (
                anchor.dep_ == "acl"
                and anchor.tag_ in ("VBN", "VBG")
                and anchor.head.pos_ in _NOUN_POS
            )
            or self._hung_on_root_phrase(anchor)
        ):
            # "villages that the earthquake had cut off", "a deal brokered by the government":
            # the clause is about its noun, which a reader needs to see ("brokered by the
            # government" alone says nothing)
            noun = _antecedent(relative) if relative.dep_ == "relcl" else relative.head
            told = self.by_anchor.get(relative.i)
            doer = told.subject if told is not None else None
            if doer is not None and doer.i < noun.i and noun in doer.subtree:
                noun = doer  # "the fire in Zenda, Ruritania, which killed 85" (_placed_thing)
            tokens += [t for t in noun.subtree if noun.left_edge.i <= t.i < relative.left_edge.i]
        claiming = _claiming_noun(anchor)
        if claiming is not None:
            # "claims that Westmark ordered the attack": what is claimed, with its noun (the
            # clause alone reads as the source's own word)
            tokens += list(self.doc[claiming.i : anchor.left_edge.i])
        purpose = (
            anchor.dep_ == "advcl"
            and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in anchor.children)
            and not _has_subject(anchor)
        )
        if anchor.dep_ == "advcl" and not _has_subject(anchor):
            misread = _misread_subordinate(anchor.head, anchor)
            if misread is not None:
                # "since a quake in 1999 killed 2,400": the clause with its own subject, which
                # the parser took for the object of "since" (the act alone names no event)
                tokens += list(self.doc[misread.head.i : anchor.i])
        if (anchor.dep_ == "xcomp" or purpose) and anchor.head.pos_ in ("VERB", "AUX"):
            # "Ozols refused to concede", "Globex has agreed to buy Initech", "a solution was
            # found to secure stability": the governing verb and its subject belong to the
            # clause (the act alone names no one, and a purpose alone is a fragment); a
            # purpose is of the whole act, what it acts on too ("To lower the risks, the
            # government is giving Acme a guarantee")
            kept = {"aux", "auxpass", "neg", *(("dobj", "dative", "attr") if purpose else ())}
            head = anchor.head
            tokens += [head, *_governing(head, kept)]
            # "Survivors were seen hurrying back to help free people": up the chain of verbs
            # to the one whose subject they share
            tokens += _chain_up(head)
            denier = head.head
            if head.lemma_ in _REFUSED and head.dep_ in _CONTENT_DEPS and denier.lemma_ in _DENIAL:
                # "Sanz denied that the police had failed to control the crowd": the denial
                # of a failure says the act was done, which its words alone say was not
                tokens += [denier, *_governing(denier, ())]
        if (
            anchor.dep_ == "advcl"
            and anchor.tag_ == "VBG"
            and anchor.i < anchor.head.i
            and not _has_subject(anchor)
            and anchor.head.pos_ in ("VERB", "AUX")
        ):
            # "Urging calm, the ministry said ...": a participle opening the sentence is done
            # by the clause's subject, which follows it
            tokens += _governing(anchor.head)
        if _able_to(anchor):  # "Rescuers were unable to reach": who could not, and not
            copula = anchor.head.head
            tokens += [anchor.head, copula, *_governing(copula, ("aux", "neg"))]
        stray = _stray_subject(anchor) if anchor.dep_ == "conj" else None
        said = self.by_anchor.get(anchor.i)
        if (
            anchor.dep_ == "conj"
            and anchor.head.pos_ in ("VERB", "AUX")
            and said is not None
            and said.predicate.startswith("open:")
            and _elided_subject(anchor)
        ):
            # "Several carriages derailed and at least one caught fire": one of what the
            # clause before names (a lexicon act's count says what it counts: "30 were injured")
            tokens += [t for t in anchor.head.subtree if t.i < anchor.left_edge.i]
        if stray is not None:
            # "killed 12 people and 30 were injured": "30 were injured", its subject the
            # parser put in the list before it
            tokens = [*stray.subtree, *(t for t in tokens if t.i > stray.right_edge.i)]
        elif (
            anchor.dep_ == "conj"
            and anchor.head.pos_ in ("VERB", "AUX")
            and not _has_subject(anchor)
        ):
            # "Ruritania has backed and funded the movement", "police arrested 12 and seized
            # weapons": the subject the verbs share belongs to the second one's quote too
            # ("rescuers were working to cut the wreck and recover the dead": the verb whose
            # subject both acts share, with it)
            tokens += [*_governing(anchor.head), *_chain_up(anchor.head)]
        tokens = self._own_roles(anchor, tokens)
        for timed, _ in self.times:
            if _said_when(timed, anchor):
                # "said on Wednesday he would not seek re-election": the day it was said,
                # parsed into what was said, is no word of it
                first = timed[0].head if timed[0].head.dep_ == "prep" else timed[0]
                said_on = range(min(first.i, timed[0].i), timed[-1].i + 1)
                tokens = [t for t in tokens if t.i not in said_on]
        tokens.sort(key=lambda t: t.i)
        asked = _question(anchor) in ("why", "how", "when", "where")
        while len(tokens) > 1 and (
            tokens[0].text in _CLAUSE_JOINS
            or _factive_mark(tokens[0], anchor)
            # "did not say how the attackers got in": the attackers got in
            or (asked and tokens[0].i == anchor.left_edge.i)
            # "shortly after X announced ...": the mark and its adverb (but "so that ...": a
            # purpose, which may not come about)
            or (
                tokens[0].dep_ == "advmod"
                and tokens[0].head.i == anchor.i
                and tokens[0].lower_ != "so"
                and _factive_mark(tokens[1], anchor)
            )
        ):
            # ", assist the injured": the comma joins it to the last clause; "that ...": the
            # word that made it a part of the sentence
            tokens = tokens[1:]
        while len(tokens) > 1 and (
            tokens[-1].text in _CLAUSE_JOINS
            or tokens[-1].dep_ == "cc"
            or (
                tokens[-1].dep_ == "prep"
                and not any(tokens[-1].children)
                and not _stranded(tokens[-1])
            )
        ):
            # "to recover bodies and": what it joins is another clause; "covering potential
            # losses on": a preposition whose object the parser put elsewhere (but "29 were
            # unaccounted for" ends on its own)
            tokens = tokens[:-1]
        start, end = self._offsets(tokens)
        return start, end

    def _own_roles(self, anchor: Token, tokens: list[Token]) -> list[Token]:
        """A quote with the words of its own roles, not another clause's: a list the parser
        ran across two clauses ("the club had no fire safety certificate and its emergency
        exits were locked", "exits" joined to "certificate") gives the noun to the clause that
        took it as its role, quoted from the noun on ("its emergency exits were locked"), and
        takes it out of the other ("the club had no fire safety certificate")."""
        frame = self.by_anchor.get(anchor.i)
        held = {t.i for t in tokens}
        own = {r.i for r in (frame.subject, frame.obj) if r is not None} if frame else set()
        lent = {
            r.i
            for other in self.frames
            if other.anchor.i != anchor.i
            for r in (other.subject, other.obj)
            if r is not None and r.dep_ == "conj" and r.i in held and r.i not in own
        }
        if lent:
            dropped = {t.i for i in lent for t in self.doc[i].subtree}
            tokens = [t for t in tokens if t.i not in dropped]
        role = frame.obj if frame is not None else None
        if role is not None and role.dep_ == "conj" and role.i < anchor.i and role.i not in held:
            tokens = [*tokens, *self.doc[role.left_edge.i : anchor.i]]
        return tokens

    def _joined_clauses(self, anchor: Token) -> set[int]:
        """The words of a statement joined to ``anchor`` once the anchor has said what it acts
        on: "X ordered an investigation and said the rules had been broken" quotes "X ordered
        an investigation" (what X said is a claim of its own, attributed to X)."""
        out: set[int] = set()
        for c in anchor.children:
            if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX"):
                continue
            if (
                c.lemma_.lower() in _SPEECH
                and any(g.dep_ == "ccomp" for g in c.children)
                and any(d.dep_ in _COMPLEMENTS and d.i < c.i for d in anchor.children)
            ) or (
                _has_subject(c)
                and c.lemma_.lower() not in _SPEECH
                and (c.i in self.by_anchor or not _pronoun_subject(c))
            ):
                # (or a clause with a subject of its own: "names were taken, but no bank
                # details were accessed" quotes the first clause, and so does "X will not
                # stand again, and Y is retiring", though the second is no claim; but "...,
                # fire chief Jo Bloggs told reporters" says who says it, and "..., and it could
                # run for a few hours" goes on about the first, told nowhere else)
                out.update(t.i for t in c.subtree)
            elif c.i in self.by_anchor and (stray := _stray_subject(c)) is not None:
                # "killed 12 people and 30 were injured": the clause from its stray subject
                out.update(t.i for t in c.subtree)
                out.update(range(stray.left_edge.i, c.i))
            elif (
                anchor.dep_ == "ccomp"
                and _verb_in(anchor.head, _SPEECH)
                and c.lemma_.lower() in _SPEECH | _VOWS
                and not _has_subject(c)
            ):
                # "X said the decision was regrettable and vowed to retaliate": the speaker's
                # second act, which the parser joins to what was said
                out.update(t.i for t in c.subtree)
            elif (
                c.i in self.by_anchor
                and _has_subject(anchor)
                and any(d.dep_ in _COMPLEMENTS and d.i < c.i for d in anchor.children)
            ):
                # "X conceded defeat and congratulated Y": a second act of the same subject,
                # a claim of its own, once the first has said what it acts on (not of a
                # participle's: "causing damage and sending residents fleeing" stays whole)
                out.update(t.i for t in c.subtree)
        said = _trailing_said(anchor)
        if said is not None:
            # "..., or 6% of its staff, Jo Bloggs, the chief executive, told employees": who
            # says it, the name the parser hung on the clause's last noun too
            out.update(t.i for t in said.subtree)
            teller = _teller_of(said)
            if teller is not None and teller.dep_ in ("appos", "conj"):
                out.update(t.i for t in teller.subtree)
        if not _has_subject(anchor):
            return out
        for c in anchor.children:
            if (
                c.dep_ == "advcl"
                and c.tag_ == "VBG"
                and c.lemma_.lower() in _SPEECH
                and any(g.dep_ == "ccomp" and g.i in self.by_anchor for g in c.children)
            ):
                # "X has not conceded, saying his party would challenge the results": what X
                # says is a claim of its own, attributed to X
                out.update(t.i for t in c.subtree)
        return out

    def _location(self, frame: _Frame) -> str | None:
        taken = {t.i for t in (frame.subject, frame.obj) if t is not None}
        holders = [frame.anchor]
        if frame.subject is not None:
            holders.append(frame.subject)
        if frame.obj is not None and self._person_at(frame.obj):
            # "arrested Jo Bloggs in Zenda", the place parsed as the person's: where the act was
            holders.append(frame.obj)
        counted = (
            self._counted_near(frame.quantity.text, frame.anchor)
            if frame.quantity is not None
            else None
        )
        if counted is not None and counted.dep_ == "dobj" and counted.head.i == frame.anchor.i:
            holders.append(counted)  # "killed 12 people in Zenda": so is the count's
        if frame.given is not None:
            holders.append(frame.given)  # "serving a 23-year sentence in Zenda": where it was
        if any(_worldwide(c) for holder in holders for c in holder.children):
            # "recall 1.12 million vehicles worldwide": all of them, not the ones in the place
            # another clause names ("about 1 million of the vehicles are in the US")
            return "world"
        staffed = any(t is not None and t.lemma_.lower() in _STAFF for t in (*holders, frame.obj))
        for holder in holders:
            if self._issuer(holder) is not None:
                continue  # "shares in Acme fell": the company whose shares, not a place
            for c in holder.children:
                if c.dep_ != "prep" or c.lower_ not in _PLACE_PREPS:
                    continue
                if (
                    any(g.lower_ in _SPREAD for g in c.children if g.dep_ == "advmod")
                    or (c.i > 0 and self.doc[c.i - 1].lower_ in _SPREAD)
                    or _most_of_them(self.doc, c.i)
                ):
                    # "died, mostly in the north", "4,100 cases, most of them in the province
                    # of Hentzau": where most were, not the scope
                    continue
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None or pobj.i in taken:
                    continue
                if c.lower_ == "at" and staffed:
                    mention = self._mention_at(pobj)
                    if mention is not None and mention.type not in _PLACES:
                        # "33,000 workers at Acme", "machinists walked off the job at Acme":
                        # its staff, not people in a place (a named place stays one)
                        continue
                name = self._place_name(pobj)
                if name is not None:
                    return name
        if _where_clause(frame.anchor):
            # "Zenda, where 13 people were confirmed dead": the clause is placed in its noun
            return self._place_name(frame.anchor.head)
        fronted = _fronted_place(frame.anchor)
        if fronted is not None:
            # "In Zenda County, officials said 30 people had died": what they said is placed
            return self._place_name(fronted)
        # "Westmark reported 18 deaths", "Westmark has reported 18 deaths from the disease": a
        # country reporting its figures reports its own (the deaths' verb or the noun's)
        anchor = frame.anchor
        reporting = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
        if reporting.lemma_ in _RECORDED:
            subject = _subject_of(reporting)
            mention = self._mention_at(subject) if subject is not None else None
            if subject is not None and mention is not None and mention.type in _COUNTRIES:
                return self._place_name(subject)
        return None

    def _person_at(self, token: Token) -> bool:
        """Whether ``token`` names a person (its mention's type; :func:`_a_person` also tells
        an office the tagger took for a person)."""
        mention = self._mention_at(token)
        return mention is not None and mention.type == "person"

    def _named_modifier(self, token: Token) -> bool:
        """Whether ``token`` is a name the parser tagged as an adjective before its noun
        ("Acme shares" read as "Acme" JJ): capitalised, and a name the document's mentions
        know (not a country's or a people's adjective)."""
        mention = self._mention_at(token) if token.dep_ == "amod" else None
        return (
            mention is not None
            and token.i < token.head.i
            and token.text[:1].isupper()
            and mention.role == "name"
            and mention.gid is None
        )

    def _issuer(self, head: Token) -> Token | None:
        """The company whose shares ``head`` names in "shares of Acme" or "shares in Acme" (not
        the market of "shares in Tokyo")."""
        issuer = _issuer(head)
        if issuer is None and head.lemma_.lower() in ("share", "stock"):
            # "Acme shares", the name tagged as an adjective
            issuer = next((c for c in head.children if self._named_modifier(c)), None)
        mention = self._mention_at(issuer) if issuer is not None else None
        if mention is not None and (
            mention.role == "capital" or mention.type in ("country", "territory", "place")
        ):
            return None
        return issuer

    def _place_name(self, token: Token) -> str | None:
        """The name of the place ``token`` names, if it names one."""
        if token.text in TIME_ZONES:
            return None  # "derailed at 19:20 IST": when, not where
        mention = self._mention_at(token)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if (
            owner is not None
            and mention is not None
            and mention.type not in _PLACES
            and token.lemma_.lower() not in _PLACE_NOUNS
        ):
            # "at Zenda's Central Station", "outside Zenda's Acme Hospital": a named building,
            # in the place that owns it (as another source says "in Zenda"); not "Westmark's
            # Eastmark district" or "Westmark's eastern Zenda state", places themselves
            found = self._place_name(owner)
            if found is not None:
                return found
        placed = mention is not None and mention.type in _PLACES
        if placed or self._is_place(token):
            name = self.name(token)
            if name is not None and not name.startswith("person:") and not self._named_person(name):
                return name  # "near Westmark" is no person, whatever the mention
        return None

    def _named_person(self, name: str) -> bool:
        """Whether ``name`` is a person the document has named, in full or by surname ("fired
        six shots at Ruiz": at the mayor Axel Ruiz, not at a place)."""
        return any(n == name for _, n in self.state.people) or self._full_name(name) is not None


# Words that make a count an increment on another: "three more cars", "another two buses".
_INCREMENTS = frozenset({"more", "another", "other", "further", "additional", "extra"})
# Verbs of a match result, and what they make of their subject: "beat" wins, "lost" loses.
_SCORE_VERBS = {
    "beat": "win", "defeat": "win", "thrash": "win", "rout": "win", "edge": "win",
    "overcome": "win", "down": "win", "crush": "win", "win": "win", "lose": "lose",
    "draw": "draw", "tie": "draw",
}  # fmt: skip


# Suits at law that one files or brings "against" whom one sues.
_SUITS = frozenset({"lawsuit", "suit", "case", "complaint", "action", "claim"})


def _fine_given(verb: Token) -> Token | None:
    """The fine of "hit Acme with a fine of 1.8 billion euros" ("slapped Acme with a $5
    million penalty"): the noun after "with" of a verb of hitting; None for another act."""
    if verb.lemma_.lower() not in ("hit", "slap") or not any(
        c.dep_ == "dobj" for c in verb.children
    ):
        return None
    return next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in ("fine", "penalty")
        ),
        None,
    )


def _sued(verb: Token, thing: Token | None) -> Token | None:
    """Whom "filed a lawsuit against X" (or "brought a suit", "launched legal action")
    sues: the object of "against", on the suit or on the verb; None for another act."""
    if verb.lemma_.lower() not in ("file", "bring", "launch", "lodge", "take") or thing is None:
        return None
    if thing.lemma_.lower() not in _SUITS or thing.dep_ not in ("dobj", *_PASSIVE_SUBJ):
        return None
    if thing.lemma_.lower() in ("action", "claim", "case") and not any(
        c.lower_ in ("legal", "civil", "lawsuit", "court") for c in thing.children
    ):
        return None  # ("took action against", "filed a claim": no suit named)
    return next(
        (
            g
            for c in (*thing.children, *verb.children)
            if c.dep_ == "prep" and c.lower_ == "against"
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ in _NOUN_POS
        ),
        None,
    )


# What one claims that one has won: a prize, a title, a championship.
_WON_THINGS = _PRIZES | {"championship", "gold", "victory", "win", "cup"}


def _won_thing(thing: Token) -> bool:
    """Whether a thing claimed is a thing won: a prize, a title, a championship ("claimed the
    title"), or one counted by its ordinal ("claimed his eighth Ballon d'Or"); not
    responsibility, lives or asylum."""
    if thing.lemma_.lower() in _WON_THINGS:
        return True
    return any(c.ent_type_ == "ORDINAL" and c.dep_ == "amod" for c in thing.children)


def _by_margin(verb: Token) -> bool:
    """Whether a verb of winning has its margin ("beat India by six wickets", "won by 12
    points"): "by" and a counted noun."""
    if _SCORE_VERBS.get(verb.lemma_.lower()) != "win" or verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(
            g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children) for g in c.children
        )
        for c in verb.children
    )


# What may stand between a score's last set and the noun of the result: its tie-break.
_TIE_BREAK_TO = re.compile(r"(?:\s*\(\d{1,2}(?:[-–]\d{1,2})?\))?\s*")
# Nouns of a match's result: "a 3-2 victory over", "a 2-0 defeat to" ("defeat" either way).
_SCORE_NOUNS = {"victory": "win", "win": "win", "loss": "lose", "draw": "draw", "defeat": "defeat"}
# What is won or lost, not whom: "won the shootout 4-2", "lost the final 1-0".
_CONTESTS = frozenset(
    {"final", "semifinal", "semi-final", "match", "game", "shootout", "tie", "series", "title",
     "race", "tournament", "cup", "decider", "playoff", "play-off", "election", "vote"}
)  # fmt: skip

# Verbs of scoring goals, whose count a number of times tells ("scored twice").
_SCORING = frozenset({"score", "net"})


def _times(token: Token) -> float | None:
    """How many times an adverb of repetition says: "twice" 2, "three times" 3."""
    if token.lower_ == "twice":
        return 2.0
    if token.lower_ == "thrice":
        return 3.0
    if token.lemma_.lower() != "time" or token.lower_ == "time":
        return None
    count = next((c for c in token.children if c.dep_ == "nummod"), None)
    found = find_quantities(count.text) if count is not None else []
    return found[0][2].low if len(found) == 1 else None


def _rival_in(contest: Token) -> Token | None:
    """The side a contest's noun names after a preposition of facing ("the cup final 2-1 to
    Westmark Wolves", "the final against X"), if any."""
    return next(
        (
            g
            for c in contest.subtree
            if c.dep_ == "prep" and c.lower_ in ("against", "over", "to", "with")
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN"
        ),
        None,
    )


# Two levels of a rate in one clause, the new and the earlier: "to 5% from 5.25%", "from 5% to
# 5.25%".
_LEVEL = r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)"
_LEADING_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _to_from(level: str) -> str:
    """The pattern of a level reached from an earlier one, each written as ``level``: "to X
    from Y", with a few words between ("fell to 3% in June, down from 3.3%")."""
    return (
        rf"\bto\s+(?P<to>{level})(?:\s+(?!from\b)[\w-]+){{0,3}},?\s+(?:up\s+|down\s+)?"
        rf"from\s+(?P<from>{level})"
    )


def _levels_said(found: re.Match[str]) -> tuple[str, str]:
    """The level reached and the earlier one, as printed, of a match of :func:`_to_from` (or
    of its other order, groups "to2" and "from2")."""
    return (found["to"], found["from"]) if found["to"] else (found["to2"], found["from2"])


_LEVELS = re.compile(
    rf"{_to_from(_LEVEL)}|\bfrom\s+(?P<from2>{_LEVEL})\s+to\s+(?P<to2>{_LEVEL})", re.IGNORECASE
)

# An amount printed as a range: "$2 to $84", "$2 billion to $16 billion".
_RANGE_PRINTED = re.compile(r".+?\s+to\s+(.+)")

# An amount reached from an earlier one: "rose to $16.6 billion from $6.19 billion", "$30
# billion, up from $13.5 billion a year earlier".
_AMOUNT = r"[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:trillion|billion|million|bn|m)\b)?"
_AMOUNTS_FROM = re.compile(
    rf"{_to_from(_AMOUNT)}"
    rf"|(?P<to2>{_AMOUNT})(?:\s+(?!from\b)[\w-]+){{0,8}},\s+(?:up|down)\s+from\s+"
    rf"(?P<from2>{_AMOUNT})",
    re.IGNORECASE,
)
_AMOUNT_SCALES = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6}


_AMOUNT_PRINTED = re.compile(r"[$€£]\s?(\d[\d,]*)(?:\.(\d+))?\s*([a-z]*)", re.IGNORECASE)


def _amount_bounds(printed: str) -> tuple[float, float] | None:
    """The values an amount as printed may stand for, by its last printed digit: "$6.19
    billion" is 6.185 to 6.195 billion."""
    found = _AMOUNT_PRINTED.match(printed)
    if found is None:
        return None
    scale = _AMOUNT_SCALES.get(found[3].lower(), 1.0) if found[3] else 1.0
    value = float(found[1].replace(",", "") + (f".{found[2]}" if found[2] else ""))
    half = 0.5 * 10.0 ** -len(found[2] or "")
    return (value - half) * scale, (value + half) * scale


# Verbs that tell an act by its noun, as done: "ordered the evacuation of Zenda".
_ORDERING = frozenset({"order", "announce", "begin", "start", "complete"})
# Nouns of acts, with their verbs: "the evacuation of Zenda" is Zenda evacuated.
_NOMINALISED = {
    "evacuation": "evacuate", "closure": "close", "suspension": "suspend",
    "cancellation": "cancel", "postponement": "postpone", "withdrawal": "withdraw",
    "demolition": "demolish", "expulsion": "expel", "release": "release",
    "deployment": "deploy", "recall": "recall", "shutdown": "shut",
}  # fmt: skip

# Verbs of multiplying, by the factor they multiply by: "sales tripled" rose 200%.
_MULTIPLES = {"open:double": 2.0, "open:triple": 3.0, "open:quadruple": 4.0, "open:halve": 0.5}

_AGAINST = frozenset({"over", "against", "to", "by", "of", "with"})
# (a score may end its sentence: "beat Acme 3-1."; "3-1.5" is no score)
_SCORE = re.compile(r"(?<![\d.,:])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d:]|[.,]\d)")
# The next set of a match's sets after one ("4-6, 6-4", "7-6 (7-4) 6-3"), with its tie-break.
_NEXT_SET = re.compile(
    r"(?:\s*\(\d{1,2}(?:[-–]\d{1,2})?\))?,?\s+(?:and\s+)?(\d{1,2})\s?[-–]\s?(\d{1,2})"
    r"(?![\d:]|\.\d)"
)
# Corrections: "an earlier version of this article said", "incorrectly reported that".
_VERSIONS = frozenset({"version", "edition", "article", "story", "report", "headline"})
_IN_ERROR = frozenset({"incorrectly", "wrongly", "mistakenly", "erroneously", "falsely"})
# Nouns of what would show a thing true: "no evidence that ...", "no sign that ...".
_EVIDENCE = frozenset({"indication", "evidence", "sign", "proof", "suggestion", "hint", "trace"})
# A part of a count in a condition, after it: "four of them in critical condition", "two of
# whom were seriously" (see _Sentence._condition_parts).
_PART_CONDITION = re.compile(
    r"\b(?P<count>[\w,.-]+) of (?:them|whom) (?:(?:were|are|was|is) )?"
    r"(?:(?P<adverb>\w+ly)\b|in (?:an? )?(?P<state>\w+) condition\b)",
    re.IGNORECASE,
)
# The part that "most of them" and the like pick out of a count ("many of whom").
_MOST = frozenset({"most", "many", "majority", "half", "some", "several", "two-thirds"})


def _terms_side(verb: Token) -> str | None:
    """The side of the terms a verb of including tells of, by what includes them: "an offer
    that included a 25% pay rise" (offered), "the deal includes a 7% raise" (agreed)."""
    if verb.lemma_.lower() not in _INCLUDING:
        return None
    holder = (
        verb.head
        if verb.dep_ == "relcl"
        else next((c for c in verb.children if c.dep_ in _SUBJ), None)
    )
    return _TERMS_OFFERED.get(holder.lemma_.lower()) if holder is not None else None


def _side(lemma: str) -> str:
    """Which side of a negotiation a verb of a rise tells: "asked" ("demanding a 10% rise"),
    "offered", "rejected" or "agreed"."""
    if lemma in _ASKING:
        return "asked"
    if lemma in _OFFERING:
        return "offered"
    return "rejected" if lemma in ("reject", "refuse") else "agreed"


def _most_of_them(doc: Doc, at: int) -> bool:
    """Whether the words before token ``at`` are "most of them" (or "many of whom", ...)."""
    return (
        at >= 3
        and doc[at - 1].lower_ in ("them", "those", "whom", "which", "these")
        and doc[at - 2].lower_ == "of"
        and doc[at - 3].lower_ in _MOST
    )


# Adverbs that spread a figure over places rather than scope it to one: "mostly in the north".
_SPREAD = frozenset(
    {"mostly", "mainly", "largely", "chiefly", "primarily", "predominantly", "principally"}
)
# Nouns that measure rather than name: "55 percent", "220 km", "3 billion francs".
_LENGTHS = frozenset(
    {"km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet", "yard"}
)
# Units of an amount of stuff: "tonnes of crude oil", "litres of fuel", "barrels a day".
_AMOUNTS_OF_STUFF = frozenset(
    {"tonne", "ton", "kilogram", "kilo", "kg", "gram", "pound", "ounce", "litre", "liter",
     "gallon", "barrel", "cubic"}
)  # fmt: skip
_UNIT_NOUNS = frozenset(
    {
        "percent", "%", "km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet",
        "franc", "dollar", "euro", "pound", "yen", "rupee", "yuan", "tonne", "ton", "degree",
        "point", "kg", "magnitude", "hour", "minute", "second", "day", "week", "month", "year",
        "mph", "km/h", "km/hr", "kph", "kmh", "knot", "knots", "bpd",
    }
)  # fmt: skip
# Words that may open a number phrase: "at least 12", "more than 40", "up to 60", "a dozen".
_QUANTITY_WORDS = frozenset(
    {
        "at", "least", "more", "than", "over", "nearly", "almost", "about", "around", "roughly",
        "between",
        "some", "up", "to", "fewer", "less", "most", "as", "many", "much", "an", "a", "estimated",
        "no",
        "half",
        "another", "further", "just", "only", "approximately", "close", "under", "below", "above",
    }
)  # fmt: skip
_CHANGES = frozenset(
    {"rise", "climb", "reach", "increase", "jump", "grow", "soar", "mount", "surge", "go"}
)
# Verbs by which an actor sets the level of a thing "to" an amount: "raised the minimum wage
# to $12.41 an hour", "cut its price to $499".
_SETTING_LEVELS = frozenset(
    {"raise", "increase", "lift", "hike", "boost", "cut", "lower", "reduce", "slash", "trim"}
)
# What a toll does when it moves or stands ("rose to 25", "stood at 25").
_TOLL_MOVES = _CHANGES | {"stand"}
# The count "one" ("all but one of the 12"), where "one of ..." would name a member.
_ONE = Quantity(low=1.0, high=1.0, text="one")


def _passed(verb: Token, quantity: Quantity | None) -> Quantity | None:
    """``quantity`` of ``verb``'s clause, a lower bound when the verb goes past a figure its
    object gives: "the toll exceeded 1,000" and "topped 1,000" say more than 1,000 (as printed,
    with the verb)."""
    if (
        quantity is None
        or quantity.low is None
        or quantity.high != quantity.low
        or verb.lemma_.lower() not in PASSING
        or not any(
            # its object a number, or counted by one ("exceeded 1,000 units")
            c.like_num or any(g.dep_ == "nummod" for g in c.children)
            for c in verb.children
            if c.dep_ == "dobj"
        )
    ):
        return quantity
    return quantity.model_copy(update={"high": None, "text": f"{verb.text} {quantity.text}"})


_CONDITIONS = frozenset({"if", "unless", "whether"})
# Lexicon predicates that report words, not events: never what "followed suit" refers to.
_STATEMENTS = frozenset({"deny", "comment", "accuse", "condemn", "hold_office"})
_YEAR_TEXT = re.compile(r"(?:1[89]|20)\d\d")
_TALLIES = TALLY_NOUNS | {"toll"}  # the words of a tally, and "toll"
# The kinds of people on board a vessel or a plane that make up all of them.
_ABOARD_KINDS = frozenset({"passengers", "crew"})
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})
# Every word that may stand before a number as part of its amount (what is left out of one
# is the rest: "fined a record €1.2bn").
_AMOUNT_WORDS = _QUANTITY_WORDS | _COUNT_WORDS | _SCALE_WORDS | _UNIT_NOUNS
# Signs printed with an amount of their own: "$500 million", "12%".
_UNIT_SIGNS = frozenset({"$", "€", "£", "¥", "%", "percent"})


_TITLES = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "officer", "chief", "minister",
        "secretary", "director", "head", "commissioner", "superintendent", "inspector", "chairman",
        "president", "ambassador", "envoy", "representative", "source", "member", "leader",
        "executive", "chairwoman", "chairperson", "manager", "governor", "mayor", "deputy",
    }
)  # fmt: skip


def _hyphenated(head: Token) -> tuple[int, int] | None:
    """The first and last token of a hyphenated word the tokenizer split: "ex-gratia",
    "all-share"."""
    doc = head.doc
    first = last = head.i
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_:
        if doc[first - 1].whitespace_:
            break
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_:
        if doc[last + 1].whitespace_:
            break
        last += 2
    if first == last:
        return None
    return first, last


def _trailing_said(root: Token) -> Token | None:
    """The closing ", X said" the parser joined to the sentence's main verb as a second verb:
    "The toll has risen to 52, with 1,350 cases recorded, officials said" (a speech verb after
    a comma, no "and" before it, saying nothing of its own; "told employees" names only whom
    it told)."""
    said = next(
        (
            c
            for c in root.children
            if c.dep_ == "conj" and c.lemma_ in _SPEECH and c.right_edge.i >= len(c.doc) - 2
        ),
        None,
    )
    if said is None or said.i == 0 or said.doc[said.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ == "cc" and c.i < said.i for c in root.children):
        return None  # "rose to 52, and officials said ...": a second statement
    told = [c for c in said.children if c.dep_ in ("ccomp", "dobj", "xcomp", "dative")]
    if said.lemma_ == "tell":
        # "..., the chief executive told employees on Friday": whom it was told
        told = [c for c in told if c.dep_ != "dobj" or c.pos_ not in ("NOUN", "PROPN")]
    if told:
        return None  # it says something of its own
    return said


def _trailing_teller(root: Token) -> Token | None:
    """Who says the sentence in a closing ", X said" (:func:`_trailing_said`)."""
    said = _trailing_said(root)
    return None if said is None else _teller_of(said)


def _teller_of(said: Token) -> Token | None:
    """Who a closing speech verb (:func:`_trailing_said`) is said by: its subject, or the name
    the parser hung elsewhere right before it ("..., or 6% of its staff, Jo Bloggs, the chief
    executive, told employees", a name read as an apposition or as another item of a list)."""
    subject = next((c for c in said.children if c.dep_ == "nsubj" and c.i < said.i), None)
    if subject is not None or said.i < 2:
        return subject
    return next(
        (
            t
            for t in said.doc[said.head.i : said.i]
            if t.dep_ in ("appos", "conj")
            and t.pos_ == "PROPN"
            # (its phrase ends at the comma before the verb, the comma its own or not)
            and t.right_edge.i in (said.i - 2, said.i - 1)
            and said.doc[t.left_edge.i - 1].text == ","
        ),
        None,
    )


def _verb_in(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether ``token`` is one of ``lemmas``, by lemma or by inflection (the lemmatiser reads
    "hopes" as "hop")."""
    return token.lemma_ in lemmas or token.lower_ in _inflections(lemmas)


@functools.cache
def _inflections(lemmas: frozenset[str]) -> frozenset[str]:
    return frozenset(form for lemma in lemmas for form in inflect(lemma))


def _short_place(mention: Mention | None, head: Token) -> bool:
    """Whether the mention made a one-word place name the short form of a longer name."""
    return (
        mention is not None
        and mention.gid is None
        and mention.name != mention.text
        and " " not in mention.text
        and (head.ent_type_ in _PLACE_LABELS or mention.name.startswith(mention.text + " "))
        and (head.ent_type_ in _PLACE_LABELS or mention.type == "person")
    )


# Names of days and of the months that are no one's given name (not April, May, June or
# August), which the parser may join to a name after them ("On Wednesday Westmark ...", "In
# March Acme ...").
_DAY_NAMES = frozenset(WEEKDAYS) | {
    "january", "february", "march", "july", "september", "october", "november", "december",
}  # fmt: skip

# Titles held by one sex: whom "he" or "she" can stand for, when no given name tells it.
_TITLE_SEX = {
    **dict.fromkeys(
        ("mr", "sir", "king", "prince", "pope", "cardinal", "duke", "lord", "emperor", "sultan",
         "emir"),
        "m",
    ),
    **dict.fromkeys(
        ("mrs", "ms", "miss", "queen", "princess", "duchess", "lady", "dame", "empress"), "f"
    ),
}  # fmt: skip

# Nouns of the kind of a body, by which a story refers back to one it named ("the party",
# "the court", "the airline"): the organisation words, singular, but for a news outlet's, the
# police's and a front line's (never referred to so), and a few more.
_KIND_NOUNS = frozenset(
    {"administration", "agency", "airline", "airport", "alliance", "army", "assembly",
     "association", "authority", "bank", "battalion", "bloc", "board", "brigade", "broadcaster",
     "bureau", "cabinet", "carrier", "center", "centre", "church", "club", "coalition",
     "commission", "committee", "company", "congress", "consortium", "corporation", "council",
     "court", "department", "directorate", "embassy", "exchange", "federation", "firm", "force",
     "foundation", "fund", "government", "group", "hospital", "institute", "insurer", "league",
     "lender", "manufacturer", "militia", "ministry", "mission", "movement", "navy", "network",
     "observatory", "office", "operator", "organisation", "organization", "panel", "parliament",
     "party", "railway", "regulator", "retailer", "school", "secretariat", "senate", "service",
     "society", "survey", "tribunal", "trust", "union", "unit", "university"}
)  # fmt: skip
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _kinds_named(text: str, mention: Mention) -> frozenset[str]:
    """The nouns of its kind a body's mention is given: the word after it ("the Houthi
    movement"), its own last word ("the Supreme Court"), the word before it ("the carrier
    Saurya Airlines")."""
    words = [mention.text.split()[-1].lower()]
    if (after := _WORD_AFTER.match(text, mention.end)) is not None:
        words.append(after[1])
    if (ahead := _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)) is not None:
        words.append(ahead[1])
    return frozenset(singular(w) for w in words) & _KIND_NOUNS


def _between_units(head: Token) -> list[Token]:
    """The words of a range whose two ends each print their unit, from "between" to the second
    ("won between 58.3% and 60.7% of the vote", the second end the first's conjunct; or
    "brought its rate to between 4.75% and 5%", "between" the first number's); none for
    anything else."""
    between: Token | None = head.head if head.dep_ == "pobj" else None
    if between is None or between.lower_ != "between":
        between = next(
            (
                t
                for c in head.children
                if c.dep_ == "nummod" and c.i < head.i
                for t in c.children
                if t.dep_ == "quantmod" and t.lower_ == "between"
            ),
            None,
        )
    if between is None:
        return []
    second = next((c for c in head.children if c.dep_ == "conj"), None)
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)
    if second is None or not joined or not any(c.like_num for c in second.subtree):
        return []
    doc = head.doc
    return list(doc[between.i : max(t.i for t in second.subtree if t.i <= second.i) + 1])


# What a company earns, which news names by where it comes from ("revenue from its cloud
# business", "income from tourism"), and the words for a part of a company that source names
# ("its data center business" is data center).
_EARNED = frozenset({"revenue", "sales", "profit", "income", "earnings"})
_BUSINESS_PARTS = frozenset(
    {"business", "unit", "division", "segment", "arm", "operation", "operations"}
)


def _earned_from(head: Token) -> str | None:
    """What is earned named by its source, as the source's own words put it first: "revenue
    from its data center business" is data center revenue, "sales from its phone division"
    phone sales, "income from tourism" tourism income; None for anything else."""
    if head.lower_ not in _EARNED and head.lemma_.lower() not in _EARNED:
        return None
    source = prep_object(head, "from")
    if source is None or source.pos_ != "NOUN":
        return None
    words = [
        t.lower_
        for t in source.subtree
        if t.i < source.i and t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "ADJ", "PROPN")
    ]
    if source.lemma_.lower() not in _BUSINESS_PARTS:
        words.append(source.lower_)
    return " ".join([*words, head.lower_]) if words else None


def _in_another_event(verb: Token) -> bool:
    """Whether a clause places its act in another event than the story's: "killed in another
    mine collapse", "in a separate attack", "in an earlier blast"; or tells the one a ranked
    event follows ("It was the second deadly stampede this year, after 12 people died at a
    station in March")."""
    if _before_the_ranked(verb):
        return True
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "during")
        and any(
            g.dep_ == "pobj"
            and any(
                (d.dep_ == "det" and d.lower_ == "another")
                or (d.dep_ == "amod" and d.lower_ in ("separate", "earlier", "previous"))
                for d in g.children
            )
            for g in p.children
        )
        for p in verb.children
    )


# Measures that start by taking effect: "the ceasefire will begin at midnight" is "will take
# effect at midnight", "the ban starts on Monday" "comes into force on Monday".
_TAKING_EFFECT = frozenset(
    {"ceasefire", "truce", "law", "rule", "ban", "tariff", "sanction", "curfew", "embargo",
     "regulation", "restriction", "lockdown", "tax", "measure", "policy", "reform"}
)  # fmt: skip
# Words that open the earlier event a ranked one follows.
_FOLLOWING = frozenset({"after", "following"})


def _before_the_ranked(verb: Token) -> bool:
    """Whether a clause tells an earlier event that a ranked one, the story's, follows: "It
    was the third fatal crash this month, after a bus overturned on Monday" (an "after"
    clause, or a noun after "after" that the clause describes, on a copula whose noun has an
    ordinal or a superlative: "the second", "the deadliest")."""
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _FOLLOWING for c in verb.children
    ):
        copula = verb.head
    elif (
        verb.dep_ in ("acl", "relcl")
        and verb.head.dep_ == "pobj"
        and verb.head.head.dep_ == "prep"
        and verb.head.head.lower_ in _FOLLOWING
    ):
        copula = verb.head.head.head
    else:
        return False
    return copula.lemma_ == "be" and any(
        c.dep_ in ("attr", "nsubj")
        and any(
            d.dep_ == "amod" and (d.ent_type_ == "ORDINAL" or d.tag_ == "JJS") for d in c.children
        )
        for c in copula.children
    )


def _repeated(verb: Token) -> bool:
    """Whether a clause says its act was done more than once: "six times", "twice"."""
    return any(
        (c.dep_ == "npadvmod" and c.lemma_.lower() == "time" and c.tag_ == "NNS")
        or (c.dep_ == "advmod" and c.lower_ in ("twice", "repeatedly"))
        for c in verb.children
    )


def _of_those(verb: Token) -> bool:
    """Whether the count of a clause is of some of those counted before: "Of those, 27 were
    taken to hospital", "27 of them were" (a demonstrative: not "27 of whom", a relative
    clause's)."""
    return any(
        (c.i < verb.i and _points_back(c, _DEMONSTRATIVES))
        or (c.dep_ in ("nsubj", "nsubjpass") and c.like_num and _of_them(c, _DEMONSTRATIVES))
        for c in verb.children
    )


def _trailing_aside(verb: Token) -> Token | None:
    """The speaker of a verb of saying that ends a sentence after a comma and says nothing of
    its own, which the parser took for a clause of the sentence ("were injured when a car
    ploughed into crowds, police said on Tuesday"); None for anything else."""
    if verb.dep_ != "advcl" or verb.lemma_ not in _SPEECH:
        return None
    if any(c.dep_ in _CONTENT_DEPS for c in verb.children):
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1), None)
    before = verb.doc[speaker.left_edge.i - 1] if speaker is not None else None
    if before is None or before.text != "," or speaker is None or speaker.lower_ in _PERSONAL:
        return None
    return speaker


def _raised_subject(verb: Token) -> Token | None:
    """The subject a raising verb's passive lends ``verb``, its infinitive: "the driver" of
    "the driver is said to be in critical condition" (see ``_RAISING``)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ not in _RAISING:
        return None
    if not _to_infinitive(verb) and not _participle_raised(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJ), None)


def _participle_raised(verb: Token) -> bool:
    """Whether ``verb`` is a participle after a raising verb's passive, a passive of its own:
    "five people were reported killed", "two climbers are feared drowned"."""
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # not "to have struck"
        and verb.head.lemma_ in _RAISING
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def _unrealised(verb: Token) -> bool:
    """Whether ``verb``'s act is asked for, planned or wished, not done: "urged Chile to
    recognise", "plans to cut 1,500 jobs" (see ``_UNREALISED``); not a clause beside it with
    a subject of its own ("is demanding 15%, while the government has offered 6%"). "With"
    and an infinitive tell what is to come: "with 1,000 prisoners to be freed" (but "with 187
    bodies still to be identified" says what is not done yet: a denial, read elsewhere)."""
    with_clause = any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children) or (
        verb.dep_ == "pcomp" and verb.head.lower_ == "with"  # (the parser's other reading)
    )
    if (
        with_clause
        and _to_infinitive(verb)
        and not any(c.lower_ in ("still", "yet") for c in verb.children)
    ):
        return True
    if verb.dep_ == "advcl" and any(c.dep_ in _SUBJ | _PASSIVE_SUBJ for c in verb.children):
        return False
    if verb.dep_ == "xcomp" and _to_infinitive(verb) and verb.head.lemma_ in _ORDERS:
        return True
    if verb.dep_ in ("xcomp", "ccomp") and _permits_only(verb.head):
        return True
    return verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_ in _UNREALISED


# Verbs of letting someone do something, and the rules that let them: "a law that allowed the
# government to detain suspects" says what may be done, not that it was.
_PERMITTING = frozenset({"allow", "let", "permit", "authorise", "authorize", "empower"})
_RULES = frozenset(
    {"law", "bill", "act", "legislation", "rule", "regulation", "decree", "statute",
     "constitution", "provision", "amendment", "ordinance", "policy", "code", "power"}
)  # fmt: skip


def _permits_only(verb: Token) -> bool:
    """Whether ``verb`` lets someone act without saying they did: a rule's letting ("the law
    allows police to hold suspects", "a law that allowed the government to detain ..."), or
    a letting still to come or in general ("would allow banks to lend", "allows users to
    ..."); not a past letting by someone ("police let the marchers pass": they passed)."""
    if verb.lemma_ not in _PERMITTING:
        return False
    if verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    ):
        return True
    letter = verb.head if verb.dep_ == "relcl" else _subject_of(verb)
    return letter is not None and letter.lemma_.lower() in _RULES


# What a rank's "in" may name that narrows nothing: "the third country in the world", "the
# first president in the country's history", "the first city in the nation".
_EVERYWHERE = frozenset({"world", "history", "country", "nation"})
# Adjectives of a region or a faith, which narrow a rank's series ("the fourth European
# country", "the first Orthodox Christian country"), unlike a nation's own adjective.
_REGIONAL = frozenset(
    {
        *("european", "asian", "african", "arab", "western", "eastern", "nordic", "baltic"),
        *("caribbean", "latin", "gulf", "balkan", "scandinavian", "pacific", "mediterranean"),
        *("orthodox", "christian", "muslim", "catholic", "islamic", "jewish", "hindu"),
        "buddhist",
    }
)


def _ordinal_of(noun: Token) -> int | None:
    """The place an ordinal before ``noun`` gives it ("the third country": 3), if any."""
    return next((v for c in noun.children if (v := ordinal_value(c.lower_)) and v > 0), None)


def _nth_time(verb: Token) -> tuple[int, str, list[str]] | None:
    """The rank and scope of an act done "for the Nth time" ("it was the Nth time X did it"),
    counted in the span it says; none for a record "for the first time since 1998"."""
    if verb.dep_ == "relcl" and verb.head.lower_ == "time":
        times: Token | None = verb.head  # "It was the third time the bank has ..."
    else:
        times = prep_object(verb, "for")
    rank = _ordinal_of(times) if times is not None and times.lower_ == "time" else None
    if times is None or rank is None:
        return None
    if any(c.lower_ == "since" for c in (*times.children, *verb.children)):
        return None  # "for the first time since 1998": a record since then, no count
    # (within the span it says: "for the second time this year" is no count of all times, as
    # "for the third time in his career" is another)
    spans = [
        _word_as_named(t)
        for c in (*times.children, *verb.children)
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"
        for t in c.subtree
    ]
    return rank, " ".join([_rank_scope(times, verb), *spans]), []


def _rank_scope(holder: Token, verb: Token) -> str:
    """What a rank counts among: the ranked noun with its qualifiers and the span or place its
    count is kept in ("third European Union country to recognise X in a week": "European Union
    country in a week"); the bare noun when nothing qualifies it ("third country")."""
    words = [
        _word_as_named(t)
        for c in holder.lefts
        if c.dep_ in ("amod", "compound", "nmod")
        and ordinal_value(c.lower_) is None
        # (a nation's own adjective is its series: "the second Ruritanian president" is the
        # second of its presidents, as "the first president in the country's history" is)
        and not (c.ent_type_ == "NORP" and c.lower_ not in _REGIONAL)
        for t in c.subtree
        if not t.is_punct
    ]
    words.append(holder.lemma_.lower())
    for place in (holder, verb):
        for c in place.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            for pobj in (g for g in c.children if g.dep_ == "pobj"):
                if pobj.lemma_.lower() in _EVERYWHERE:
                    continue  # "in the world", "in the country's history": every one of them
                # (the phrase up to its noun: "in a week", not "in a week on Tuesday")
                words += ["in", *(_word_as_named(t) for t in pobj.subtree if t.i <= pobj.i)]
    return " ".join(words)


def _word_as_named(token: Token) -> str:
    """A word as a scope or a series names it: a name as written, any other word in lower case."""
    return token.text if token.pos_ == "PROPN" or token.ent_type_ == "NORP" else token.lower_


def _to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a "to" infinitive ("agreed to buy", "asked to return")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _split_items(head: Token, verb: Token) -> list[Token]:
    """The other subjects (or objects) of ``verb`` in ``head``'s role: items of one list the
    parser split ("195 passengers and 35 crew members were rescued", "cut 12,000 jobs, about
    6% of its workforce", read as two subjects or two objects, not as a list or an
    apposition)."""
    if head.dep_ not in _PASSIVE_SUBJ | _SUBJ | {"dobj"}:
        return []
    return [t for t in verb.children if t.dep_ == head.dep_ and t.i != head.i]


def _role_as(verb: Token) -> Token | None:
    """The role a verb's "as" gives its subject ("served as prime minister", "will take over
    as chief executive"): a noun, not a likeness ("such as", "as well as", "as usual")."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "as" or any(g.dep_ == "advmod" for g in c.children):
            continue
        role = next((g for g in c.children if g.dep_ == "pobj"), None)
        if role is not None and role.pos_ == "NOUN":
            return role
    return None


def _participle_year(tokens: Sequence[Token], published: dt.date | None) -> str | None:
    """A year before ``published`` that a participle gives the phrase a measurement stands in
    ("the record of 45.2C set in 1965"): the measurement is of that year."""
    if not tokens or published is None:
        return None
    for noun in (*tokens, *tokens[0].ancestors):
        if noun.pos_ in ("VERB", "AUX"):
            return None  # (the clause's own time is the clause's)
        for c in noun.children:
            if c.dep_ != "acl":
                continue
            for t in c.subtree:
                if _YEAR_TEXT.fullmatch(t.text) and int(t.text) < published.year:
                    return t.text
    return None


def _modified(tokens: Sequence[Token], *, nouns: bool = False) -> Token | None:
    """The first word (noun, with ``nouns``) outside ``tokens`` that one of them hangs from:
    the noun "167-year-old" modifies, the name "58" stands beside."""
    inside = {t.i for t in tokens}
    return next(
        (
            t.head
            for t in tokens
            if t.head.i not in inside and (not nouns or t.head.pos_ in _NOUN_POS)
        ),
        None,
    )


def _joins_clauses(word: Token, verb: Token) -> bool:
    """Whether ``word`` is the conjunction joining ``verb``'s clause to another ("Bloggs was
    95 and Sanz was 63"), not a word of its own clause."""
    return (
        word.dep_ == "cc"
        and word.head == verb
        and any(
            c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > word.i for c in verb.children
        )
    )


def _set_off_after(token: Token) -> bool:
    """Whether a comma or a semicolon follows ``token`` ("Jo Bloggs, 58, was convicted"), or
    the sentence's full stop ("The gunman was identified as Jo Bloggs, 33.")."""
    doc = token.doc
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else None
    return after in (",", ";") or (after == "." and token.i + 2 == len(doc))


def _age_beside_name(token: Token) -> Quantity | None:
    """The age a number set off by commas after a name gives ("58" of "Jo Bloggs, 58, was
    convicted"), or None."""
    if (
        token.dep_ != "appos"
        or not token.like_num
        or (token.head.pos_ != "PROPN" and not _sole_role(token.head))
        or not (token.i > 0 and token.doc[token.i - 1].text == ",")
        or not _set_off_after(token)
    ):
        return None
    return _age_given(token)


# Roles a story gives one person, whom "the" names without a name: "The gunman, 34, was shot
# dead", "the suspected gunman, aged 35", "the driver, a 52-year-old man".
_SOLE_ROLES = frozenset(
    {"gunman", "shooter", "attacker", "assailant", "suspect", "driver", "pilot", "captain",
     "bomber", "hijacker", "killer", "perpetrator", "assassin"}
)  # fmt: skip


def _age_of(aged: str) -> str:
    """Whose age a figure is (its event): the name or description aged; a sole role by its
    noun alone ("gunman"), which meets other sources' (a description left alone meets none:
    ``join_descriptions``)."""
    role = aged.removeprefix("the ")
    return role if role != aged and role.rsplit(" ", 1)[-1] in _SOLE_ROLES else aged


def _sole_role(noun: Token) -> bool:
    """Whether ``noun`` is "the" one of a role a story gives one person (``_SOLE_ROLES``): not
    one of several ("the second gunman", "the other driver")."""
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and noun.lemma_.lower() in _SOLE_ROLES
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and not any(c.lower_ in _ONE_OF_SEVERAL for c in noun.children)
    )


# Words that make a role one of several: "the second gunman", "the other driver".
_ONE_OF_SEVERAL = frozenset({"first", "second", "third", "other", "another", "fellow", "lead"})


def _age_given(token: Token) -> Quantity | None:
    """The age a bare number gives, in years ("58" of "Jo Bloggs, 58,"), when it can be one."""
    found = find_quantities(token.text)
    value = found[0][2].low if found else None
    if value is None or not 0 < value < 120:
        return None
    return Quantity(low=value, high=value, unit="years", text=token.text)


def _the_aged(token: Token) -> bool:
    """Whether ``token`` is "old" in "the 57-year-old" standing alone as a subject or object:
    news writes it for the person just named."""
    return (
        token.lower_ == "old"
        and token.dep_ in _SUBJ | _PASSIVE_SUBJ | {"dobj", "pobj"}
        and any(c.lower_ == "the" for c in token.children)
        and any(c.lower_ in ("year", "years") for c in token.children)
    )


# Demonyms that name a whole people with "the", never one person: "the Spanish", "the French".
_COLLECTIVE_DEMONYMS = frozenset(
    {"spanish", "french", "british", "english", "irish", "welsh", "scottish", "dutch", "swiss",
     "chinese", "japanese", "portuguese", "vietnamese", "lebanese", "sudanese", "danish"}
)  # fmt: skip


# What a speaker says of someone they blame: "was responsible for the attack", "is to blame".
_RESPONSIBLE = re.compile(r"(?:responsible|to blame)\b", re.IGNORECASE)


def _the_national(token: Token) -> bool:
    """Whether ``token`` is a nationality standing for one person, a subject or an object with
    "the": "the Spaniard", "the 21-year-old Briton" (not "the Spanish", nor "the Spaniards")."""
    if not (
        token.tag_ in ("NNP", "NN")
        and token.text[:1].isupper()
        and not token.text.endswith("s")
        and token.lower_ not in _COLLECTIVE_DEMONYMS
        and token.dep_ in _SUBJ | _PASSIVE_SUBJ | {"dobj", "pobj"}
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    ):
        return False
    if token.ent_type_ == "NORP":
        return True
    entry = gazetteer().index.get(token_words(token.text))
    return entry is not None and entry.role == "demonym"


def _a_person(mention: Mention) -> bool:
    """Whether a mention names a person, not an office the tagger took for one ("Jo Bloggs,
    Zenda Fire Chief, said")."""
    return mention.type == "person" and mention.name.split()[-1].lower() not in _TITLES


def _titled(token: Token) -> bool:
    return token.lemma_.lower() in _TITLES


def _increment(counted: Token) -> bool:
    """Whether a count says how many *more* ("three more cars", "another 20"), not how many
    ("more than 300 homes" is a bound)."""
    doc = counted.doc
    return any(
        c.lower_ in _INCREMENTS
        and not (c.lower_ == "more" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "than")
        for c in counted.subtree
        if c.i < counted.i
    )


def _governing(verb: Token, deps: Iterable[str] = ()) -> list[Token]:
    """The words of ``verb``'s subject (and of its children of ``deps``), which a clause that
    depends on the verb quotes with it."""
    wanted = _SUBJ | _PASSIVE_SUBJ | set(deps)
    return [t for c in verb.children if c.dep_ in wanted for t in c.subtree]


def _chain_up(verb: Token) -> list[Token]:
    """The verbs above ``verb`` up a chain of infinitives without subjects of their own, to
    the one whose subject they share, with that subject and their auxiliaries and negations."""
    out: list[Token] = []
    while verb.dep_ == "xcomp" and not _has_subject(verb) and verb.head.pos_ == "VERB":
        verb = verb.head
        out += [verb, *_governing(verb, ("aux", "auxpass", "neg"))]
    return out


def _absolute(phrase: Token) -> bool:
    """Whether a "with" phrase is absolute, a circumstance with its own participle ("with 90%
    of precincts reporting"): what it counts is not the clause's figure."""
    return phrase.lower_ == "with" and any(
        t.tag_ in ("VBG", "VBN")
        and t.pos_ == "VERB"
        # a participle standing as the phrase's noun ("of precincts reporting") or with its
        # own subject; not one that modifies a noun ("with 52% of the votes cast")
        and (t.dep_ == "pobj" or _has_subject(t))
        for t in phrase.subtree
    )


# What follows a length that is a thing's own size, not a distance from a place: "the fissure
# was about 4 km long", "2 km wide".
_LONG = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:long|wide|deep)\b", re.IGNORECASE)
# What follows a length that is a height: "5 km into the sky", "7 km high", "1,500 metres above
# sea level" (not "5 km up the river").
_HEIGHT = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:high\b|tall\b|up\b(?!\s+(?:the|a|an)\b)|above\b"
    r"|in(?:to)? the (?:sky|air|atmosphere)\b)",
    re.IGNORECASE,
)

# Nouns of an act said to be none, and the acts denied: "no deaths have been reported", "there
# were no injuries"; "no casualties", both (a casualty is one killed or injured: which of the
# two a count of casualties counts differs between Englishes, their absence is of both).
_ABSENT_ACTS = {
    "death": ("kill",), "fatality": ("kill",), "injury": ("injure",),
    "casualty": ("kill", "injure"),
}  # fmt: skip
_RECORDED = frozenset({"report", "record", "confirm", "register"})

# Words that place an event in one series whichever a source uses.
_SERIES_SYNONYMS = {
    "killing": "murder",
    "fatal": "deadly",
    "lethal": "deadly",
    "hike": "increase",
    "rise": "increase",
    "raise": "increase",
    "reduction": "cut",
    "decrease": "cut",
    "earthquake": "quake",
}
# Events and acts that news places in a series ("the third hike this year"); never a time
# unit ("the third day of clashes" moves on with the story).
_SERIES_NOUNS = EVENT_NOUNS | {
    "increase", "hike", "rise", "raise", "cut", "reduction", "decrease", "strike", "airstrike",
    "raid", "bombing", "outbreak", "eruption", "protest", "demonstration", "murder", "killing",
    "assassination", "kidnapping", "stabbing", "hijacking",
}  # fmt: skip


def _placed_in_series(token: Token) -> int | None:
    """The place an appositive ordinal gives the event noun it stands beside ("the outbreak,
    the second this winter, ..." is 2), or None."""
    head = token.head
    if (
        token.dep_ != "appos"
        or head.lemma_.lower() not in _SERIES_NOUNS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        or not any(c.dep_ == "det" for c in head.children)  # "the outbreak", not a name
    ):
        return None
    place = ordinal_value(token.text) or 0
    return place if place > 0 else None


# What a verb acts on, or says, after it: its clause is complete before a verb joined to it.
_COMPLEMENTS = frozenset(
    {"dobj", "attr", "acomp", "oprd", "dative", "ccomp", "xcomp", "prep", "agent"}
)


# Words that point back to a group just named: "four of them".
_BACK_REFERENCES = frozenset({"them", "those", "these", "whom", "which"})
_DEMONSTRATIVES = _BACK_REFERENCES - {"whom", "which"}


def _of_them(count: Token, back: Collection[str] = _BACK_REFERENCES) -> bool:
    """Whether a count is a part of the group named before it ("16 survivors were taken to
    hospital, four of them in critical condition"), not another item of a list."""
    return any(_points_back(c, back) for c in count.children)


def _points_back(prep: Token, back: Collection[str]) -> bool:
    """Whether ``prep`` is "of" a word of ``back``: "of them", "of those"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lower_ in back for g in prep.children)
    )


def _stranded(prep: Token) -> bool:
    """Whether a preposition without an object ends its clause ("unaccounted for", "what they
    had hoped for"): the next word is a full stop, a joining word or nothing."""
    following = prep.nbor(1) if prep.i + 1 < len(prep.doc) else None
    return following is None or following.text in (".", ",", ";", "!", "?", "and", "but")


def _manner_alone(frame: _Frame, anchors: set[int]) -> bool:
    """Whether an open claim is only how an act that makes no claim was done: "(the men
    climbed over the fence) using bedsheets"; "(the commission declared her the winner,)
    defeating the incumbent", lent a subject that did not do it. Alone, its quote names
    neither who nor what; beside its act's claim, it folds into that one's finding."""
    verb = frame.anchor
    return (
        frame.predicate.startswith("open:")
        and frame.quantity is None
        and verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.head.i not in anchors
        # ("urging calm, the ministry said ...": the speaker's own act, said as it spoke)
        and verb.head.lemma_ not in _SPEECH
        and not any(c.dep_ in _SUBJ for c in verb.children)
    )


def _start_alone(frame: _Frame) -> bool:
    """Whether an open claim is only when the act it hangs on starts: "(would impose a
    tariff,) starting on March 1", "beginning next week". Its quote names neither who nor
    what."""
    verb = frame.anchor
    return (
        frame.predicate in ("open:start", "open:begin")
        and frame.quantity is None
        and verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in _SUBJ or c.dep_ in _OBJ for c in verb.children)
    )


def _state_conjunct(verb: Token) -> bool:
    """Whether ``verb`` is a bare participle of a raising verb with its complement, joined to
    a clause whose subject it shares: "are missing and presumed dead", "remain missing,
    feared dead" (the "presumed", "feared")."""
    return (
        bare_participle(verb)
        and verb.lemma_ in _RAISING
        and any(c.dep_ in ("oprd", "acomp") for c in verb.children)
    )


def _passive_conjunct(verb: Token) -> bool:
    """Whether ``verb`` is a bare participle joined to a passive verb, whose passive it
    shares: the "charged" of "was arrested on Monday and charged with murder" (not a past
    tense: "was hit by a missile and sank", "was injured and lost a leg"); an amount after it
    is what the passive keeps of two objects ("was sentenced to 12 years and fined $2
    million"; so is a regular past form the tagger took for a past tense there, "fined")."""
    head = verb.head
    kept = any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in verb.children)
    return (
        verb.dep_ == "conj"
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and kept and verb.lower_.endswith("ed")))
        and verb.lemma_ not in _UNDERGONE
        and head.tag_ == "VBN"
        and not any(
            c.dep_ in (*_SUBJ, "aux", "auxpass") or (c.dep_ == "dobj" and c.ent_type_ != "MONEY")
            for c in verb.children
        )
        and any(c.dep_ == "auxpass" or c.dep_ in _PASSIVE_SUBJ for c in head.children)
    )


def _patient(verb: Token) -> Token | None:
    """The subject of a passive verb: labelled passive, or active beside a passive auxiliary
    ("said the ferry was overloaded", as the parser sometimes has it)."""
    children = list(verb.children)
    # (of two, a misparse of "far-right libertarian Axel Ruiz was elected", the nearer)
    found = _nearest_child(verb, _PASSIVE_SUBJ)
    auxiliaries = [c for c in children if c.dep_ == "auxpass"]
    if found is None and auxiliaries:
        # on the verb, or hung on its auxiliary
        held = [c for holder in (verb, *auxiliaries) for c in holder.children]
        found = next((c for c in held if c.dep_ in _SUBJ), None)
    if found is None and auxiliaries:
        found = _stray_subject(verb)
    return found


def _stray_subject(verb: Token) -> Token | None:
    """The subject the parser joined to the list before a clause that it left without one:
    "30" of "the quake killed 12 people and 30 were injured" (parsed "12 people and 30")."""
    if _has_subject(verb):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    first = min(auxiliaries, key=lambda c: c.i) if auxiliaries else None
    if first is None or first.i == 0 or first.i > verb.i:
        return None
    before = verb.doc[first.i - 1]
    item = before if before.dep_ == "conj" else before.head
    if (
        item.dep_ == "conj"
        and item.head.i < item.i
        and item.right_edge.i == first.i - 1
        and not any(a.i == verb.i for a in item.ancestors)
    ):
        return item
    return None


def _rated(percent: Token) -> Token | None:
    """The rate noun a percentage sets ("a 20 percent tariff", "tariffs of 25 percent"), if
    any."""
    head = percent.head
    if percent.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif percent.dep_ not in ("compound", "nummod", "amod", "nmod"):
        return None
    if head.i == percent.i:
        return None
    if head.lemma_.lower() in _RATES:
        return head
    verb = head.head.head if head.dep_ == "pobj" else head.head
    negotiated = verb.lemma_.lower() in _ASKING | _OFFERING | _AGREEING or bool(_terms_side(verb))
    # (not "approved a 7.5 percent rise in the minimum wage": a change of what it names)
    named = prep_object(head, "in") is not None
    return head if head.lemma_.lower() in _PAY_CHANGES and negotiated and not named else None


# The words a story uses for one who attacked, any of which names them all once identified.
_ASSAILANTS = ("gunman", "shooter", "attacker", "assailant", "bomber", "knifeman", "stabber")


# Things a source blames for what went wrong, which no one can be accused of being.
_CAUSES = frozenset(
    {"weather", "rain", "snow", "storm", "fog", "wind", "heat", "cold", "drought", "flood",
     "flooding", "ice", "lightning", "heatwave", "earthquake", "quake", "fire", "smoke",
     "cost", "price", "demand", "sale", "revenue", "inflation", "rate", "tariff", "competition",
     "slowdown", "downturn", "recession", "pandemic", "war", "crisis", "shortage", "delay",
     "error", "failure", "fault", "glitch", "problem", "outage", "mistake", "condition",
     "speed", "fatigue", "negligence", "update", "upgrade", "software", "bug", "malfunction",
     "breakdown", "defect", "flaw", "virus", "cyberattack", "hack", "strike", "traffic",
     "congestion", "decline", "drop", "fall", "rise", "increase", "surge", "decision",
     "policy", "rule", "regulation"}
)  # fmt: skip


def _a_cause(noun: Token) -> bool:
    """Whether the object of "blamed" is a cause, not someone blamed: a thing of
    :data:`_CAUSES`, or one said to move or to be bad ("falling sales", "rising costs", "bad
    weather"); a name is someone's."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    return noun.lemma_.lower() in _CAUSES or any(
        c.dep_ == "amod" and (c.tag_ == "VBG" or c.lower_ in _BAD) for c in noun.children
    )


# Words that call a cause bad: "bad weather", "poor demand".
_BAD = frozenset(
    {"bad", "poor", "heavy", "high", "higher", "low", "lower", "weak", "severe", "faulty",
     "defective", "technical", "human", "extreme"}
)  # fmt: skip


def _without_assailants(figure: Figure, verb: Token, counted: Token | None) -> Figure:
    """A toll that counts its attackers among them, as the range of its victims and all:
    "Six people were killed, including the attacker" is five victims, or six with him (it
    holds with "killed five people before police shot him dead")."""
    quantity = figure.quantity
    if quantity.low is None or quantity.low != quantity.high:
        return figure
    holders = (verb, counted) if counted is not None else (verb,)
    for prep in (c for holder in holders for c in holder.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
            continue
        for noun in prep.children:
            if noun.dep_ not in ("pobj", "dep") or noun.lemma_.lower() not in _ASSAILANTS:
                continue
            if noun.tag_ == "NN":
                them = 1.0
            else:  # "including the two attackers"
                said = next((c for c in noun.children if c.dep_ == "nummod"), None)
                them = (word_number(said.text) or 0.0) if said is not None else 0.0
            if 0 < them < quantity.low:
                low = quantity.low - them
                return attrs.evolve(figure, quantity=quantity.model_copy(update={"low": low}))
    return figure


def _as_identified(claims: list[Claim], identified: Mapping[str, str | None]) -> list[Claim]:
    """A source's claims with a description its text identifies ("The gunman was identified
    as Jo Bloggs") as the person it names, wherever the description is a subject or an
    object ("A police officer shot the gunman": shot Jo Bloggs)."""
    names = {words: name for words, name in identified.items() if name is not None}
    if not names:
        return claims
    return [
        evolve(
            c,
            {
                "subject": names.get(c.subject, c.subject) if c.subject else c.subject,
                "object": names.get(c.object, c.object) if c.object else c.object,
            },
        )
        # (not the identifying itself: "Police named the dead man as Jo Bloggs" is of the man)
        if (c.subject in names or c.object in names) and c.predicate != "open:identify"
        else c
        for c in claims
    ]


def _bounded_alike(claims: list[Claim]) -> list[Claim]:
    """A source's figures with a bare value that its own words bound elsewhere: the headline's
    "Floods kill 48" is the story's "killed at least 48 people", a lower bound, not exactly 48
    (which a later "51" would contradict)."""
    bounds = {
        (c.measure, c.population, c.event, c.quantity.low)
        for c in claims
        if c.measure is not None
        and c.quantity is not None
        and c.quantity.low is not None
        and c.quantity.high is None
        and c.polarity == "affirmed"
    }
    if not bounds:
        return claims
    out = []
    for c in claims:
        q = c.quantity
        if (
            q is not None
            and q.low is not None
            and q.low == q.high
            and not q.approximate
            and (c.measure, c.population, c.event, q.low) in bounds
        ):
            c = evolve(c, {"quantity": q.model_copy(update={"high": None})})
        out.append(c)
    return out


def _of_another_event(event: str | None) -> bool:
    """Whether a figure's event is another than the story's: a year's, or "another"."""
    return event is not None and (event.isdigit() or event == "another")


def _refers_back(noun: Token) -> bool:
    """Whether ``noun`` refers to what the story told before ("the two breakaway regions",
    "the 21 injured"): a determiner of :data:`_BACK_REFERRING` on it."""
    return any(c.dep_ == "det" and c.lower_ in _BACK_REFERRING for c in noun.children)


def _counts_itself(participle: Token) -> bool:
    """Whether a participle after a noun counts those it was done to itself, so that the noun
    is not what it was done to: "stampede: 30 dead, 60 injured" (the stampede injured no
    one; 60 were); "the 21 injured" (a number the story gave before, no thing named; but
    "killed and another 672 injured" counts the 672)."""
    head = participle.head
    return (head.like_num and _refers_back(head)) or any(
        c.like_num and c.i < participle.i and c.dep_ in ("npadvmod", "nsubj", "nsubjpass")
        for c in participle.children
    )


def _speech_verb_of(subject: Token) -> Token | None:
    """The verb of saying or denying whose words the clause of ``subject`` are, through the
    clauses joined to them ("Sunak said he would step down", "Acme said its revenue rose");
    None for the subject of any other clause."""
    if subject.dep_ not in _SUBJ | _PASSIVE_SUBJ:
        return None
    clause = subject.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    teller = clause.head
    if clause.dep_ not in _CONTENT_DEPS or teller.lemma_ not in _SPEECH | _DENIAL:
        return None
    return teller


def _leading_number(text: str) -> float:
    """The number a level's words open with ("5.25%" is 5.25)."""
    found = _LEADING_NUMBER.match(text)
    assert found is not None  # (_LEVELS matches levels by their opening number)
    return float(found[0])


def _side_beaten(verb: Token, obj: Token) -> Token | None:
    """The side a result's verb beat, where the parser took the score for its object:
    "Westmark beat Zenda 1-0", parsed with the score's last number the object and "Zenda" an
    adverb; None for any other clause."""
    if obj.tag_ != "CD" or verb.lemma_.lower() not in _SCORE_VERBS:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < obj.i),
        None,
    )


# What a storm is called before its name, or said to be: "Hurricane Zara", "as a hurricane".
_STORMS = frozenset({"hurricane", "storm", "typhoon", "cyclone"})


def _named_storm(subject: Token, verb: Token) -> bool:
    """Whether a clause's subject is a storm named ("Hurricane Zara struck Zenda", "Zara
    struck Zenda as a Category 4 hurricane"): what it strikes it does not attack."""
    if any(c.dep_ == "compound" and c.lower_ in _STORMS for c in subject.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _STORMS for g in c.children)
        for c in verb.children
    )


def _worldwide(token: Token) -> bool:
    """Whether ``token`` says "everywhere": "worldwide", "globally", "around the world",
    "across the globe"."""
    if token.dep_ == "advmod" and token.lower_ in ("worldwide", "globally"):
        return True
    return (
        token.dep_ == "prep"
        and token.lower_ in ("around", "across")
        and any(g.dep_ == "pobj" and g.lower_ in ("world", "globe") for g in token.children)
    )


def _all_but_word(token: Token) -> bool:
    """Whether ``token`` is the "all" of "all but N of ..." hung on a noun as its determiner
    (a misparse of "all but two of the 181 people on board a flight")."""
    return (
        token.dep_ == "det"
        and token.lower_ == "all"
        and any(c.dep_ == "prep" and c.lower_ == "but" for c in token.children)
    )


def _denying_no(token: Token) -> bool:
    """Whether ``token`` is a determiner "no" that denies ("no arrests were made"), not one
    that bounds a number (:func:`_bounding_no`)."""
    return token.dep_ == "det" and token.lower_ == "no" and not _bounding_no(token)


def _bounding_no(token: Token) -> bool:
    """Whether ``token`` is the "no" of a bound: "sought no more than six years", "no fewer
    than 40 people"."""
    doc = token.doc
    return (
        token.lower_ == "no"
        and token.i + 2 < len(doc)
        and doc[token.i + 1].lower_ in ("more", "fewer", "less")
        and doc[token.i + 2].lower_ == "than"
    )


def _no_actor(head: Token) -> bool:
    """Whether ``head`` is an actor denied outright: "no group has claimed responsibility"."""
    return head.lemma_.lower() in _ACTOR_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.children
    )


# Nouns of whoever might act, which "no" makes no one: "no group", "no organisation".
_ACTOR_NOUNS = frozenset(
    {"group", "organisation", "organization", "faction", "party", "person", "individual"}
)


def _ahead_of(when: TimeRange, published: dt.date | None) -> TimeRange:
    """A date said without its year, of an event ahead: the next such day after publication
    (read as news reads a bare date, the last one before it, "May 12" in February would be a
    year back)."""
    earliest, latest = when.earliest, when.latest
    if (
        published is None
        or earliest is None
        or latest is None
        or earliest >= published
        or re.search(r"\d{4}", when.text)
    ):
        return when
    try:
        return when.model_copy(
            update={
                "earliest": earliest.replace(year=earliest.year + 1),
                "latest": latest.replace(year=latest.year + 1),
            }
        )
    except ValueError:  # 29 February
        return when


def _ahead(verb: Token) -> bool:
    """Whether a verb's act is still to come: "will hold", "is to hold", "to vote"."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "’ll", "to")
        for c in verb.children
    )


# Words that make "number" vague, not a tally: "a large number of", "the same number of".
_VAGUE_NUMBER = frozenset(
    {"same", "large", "small", "growing", "increasing", "unknown", "undisclosed", "equal",
     "similar", "significant", "limited", "considerable", "substantial", "unspecified"}
)  # fmt: skip


def _numbered(noun: Token) -> Token | None:
    """What a vague "number of" phrase stands for, no count given: "Westmark would expel the
    same number of diplomats" expels diplomats, "arrested a number of protesters" protesters
    (not "the number of dead", which refers to a figure the sentence gives)."""
    if noun.lemma_.lower() != "number":
        return None
    vague = any(
        (c.dep_ == "det" and c.lower_ == "a") or (c.dep_ == "amod" and c.lower_ in _VAGUE_NUMBER)
        for c in noun.children
    )
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    if not vague or counted is None or counted.tag_ not in ("NNS", "NNPS"):
        return None
    return counted


def _within_root_phrase(preposition: Token) -> bool:
    """Whether a preposition is part of the noun phrase that is its sentence's root, on the
    noun itself or on a participle describing it: "from" of "Ten carriages from a train",
    "with" of "A man armed with a rifle"."""
    holder = preposition.head
    while holder.dep_ == "acl" and holder.tag_ == "VBN":
        holder = holder.head
    return holder.i == preposition.sent.root.i


def _time_given_to(noun: Token) -> tuple[Token, Token, Token] | None:
    """Who a time ``noun`` is given to, to do what, by which verb: "gave the diplomats 48
    hours to leave" (the diplomats, "leave", "gave"), "were given 72 hours to leave",
    "parliament has 180 days to pass ...", "ordered five diplomats to leave within three
    days" (the diplomats, "leave", "ordered"), "residents must leave within 48 hours"; None
    for any other use of a time."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "within":
        act = verb.head
        if any(c.dep_ == "aux" and c.lower_ == "must" for c in act.children):
            # "residents must leave within 48 hours"
            holder = next((c for c in act.children if c.dep_ == "nsubj"), None)
            return (holder, act, act) if holder is not None else None
        if act.dep_ != "xcomp" or not _to_infinitive(act) or act.head.lemma_ not in _TIME_ORDERING:
            return None
        holder = next((c for c in act.head.children if c.dep_ in ("dobj", "dative")), None)
        return (holder, act, act.head) if holder is not None else None
    if noun.dep_ not in ("dobj", "npadvmod") or verb.lemma_ not in _TIME_GIVING:
        return None
    purpose = next(
        (
            c
            for c in (*noun.children, *verb.children)
            if c.dep_ in ("relcl", "acl", "advcl", "xcomp") and _to_infinitive(c)
        ),
        None,
    )
    if purpose is None or purpose.lemma_ == "go":
        return None  # (not "has three weeks to go": how long is left)
    if verb.lemma_ == "have":
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        holder = next((c for c in verb.children if c.dep_ == "dative"), None) or _patient(verb)
    return (holder, purpose, verb) if holder is not None else None


def _total_of(noun: Token) -> bool:
    """Whether ``noun`` only wraps the amount it is "of": "a total of 45 people", "the sum of
    $5 million"."""
    return noun.lemma_.lower() in ("total", "sum") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _gapped(item: Token) -> Token | None:
    """The actor named before a listed count whose verb is left out: "the World Bank pledged
    $1 billion and the European Union 800 million euros" (the Union's 800 million)."""
    numbers = [c.left_edge.i for c in item.children if c.dep_ == "nummod"]
    if item.dep_ != "conj" or item.head.pos_ not in ("VERB", "AUX") or not numbers:
        return None  # (a conjunct of a noun shares its verb's actor: "12 Zenda residents")
    return next(
        (
            c
            for c in item.children
            if c.dep_ in ("nmod", "compound", "poss") and c.pos_ == "PROPN" and c.i < min(numbers)
        ),
        None,
    )


def _stray(item: Token) -> bool:
    """Whether a list item is the stray subject of the clause after it (see _stray_subject)."""
    nxt = item.doc[item.right_edge.i + 1] if item.right_edge.i + 1 < len(item.doc) else None
    if nxt is None or nxt.dep_ not in ("aux", "auxpass") or nxt.head.pos_ not in ("VERB", "AUX"):
        return False
    stray = _stray_subject(nxt.head)
    return stray is not None and stray.i == item.i


def _evidence_denied(verb: Token) -> bool:
    """Whether ``verb`` heads what there is said to be no evidence of: "there was no
    indication that the attack was terrorism", "found no evidence that the fire was started
    deliberately", "no indication the attack was terrorism-related" (no affirmation of it; a
    denial, if a cautious one)."""
    noun = verb.head
    if verb.dep_ not in ("acl", "ccomp") or noun.lemma_.lower() not in _EVIDENCE:
        return False
    if not _has_subject(verb) and not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    ):
        return False  # (a content clause says whom it is about: "no sign the fire spread")
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or any(
        c.dep_ == "neg" for c in noun.head.children
    )


def _clocked(verb: Token) -> bool:
    """Whether a verb is given a clock time by a phrase of its own ("started at 6 p.m.",
    "began shortly after 4 p.m."): a number in a time the parser's entities mark (not "through
    the night")."""
    return any(
        c.dep_ == "prep" and any(g.ent_type_ == "TIME" and g.like_num for g in c.subtree)
        for c in verb.children
    )


def _where_clause(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause placed by "where" in the noun it follows."""
    return clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children)


def _a_time(token: Token) -> bool:
    """Whether a noun names a time ("Monday", "Sunday night", "13 July"), not a participant."""
    return token.ent_type_ in _NOT_COUNTS or token.lower_ in WEEKDAYS


def _content_misread(verb: Token) -> bool:
    """Whether the parse took a verb's content clause for its object: "Acknowledging that
    identification was a challenge" read with "that" a determiner, "identification" the
    object and "was" an auxiliary of "Acknowledging" (no auxiliary comes after its verb in a
    statement)."""
    return any(c.dep_ in ("aux", "auxpass") and c.i > verb.i for c in verb.children)


def _opens_preposition(particle: Token) -> bool:
    """Whether a particle is the first word of a preposition: "killed along with a bodyguard",
    "arrested together with his wife"."""
    doc = particle.doc
    return (
        particle.lower_ in ("along", "together")
        and particle.i + 1 < len(doc)
        and doc[particle.i + 1].lower_ == "with"
    )


def _phrasal(particle: Token, verb: Token) -> bool:
    """Whether a particle the parser hung on ``verb`` makes a phrasal verb of it: right after
    it ("struck down the law") or ending the clause ("struck the law down"); not a preposition
    taken for one ("hijacked the ship off the coast")."""
    if _opens_preposition(particle):
        return False
    if particle.i == verb.i + 1:
        return True
    following = particle.doc[particle.i + 1] if particle.i + 1 < len(particle.doc) else None
    return following is None or following.pos_ not in ("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON")


def _perfect_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle after "having" with no subject of its own: "(the party
    will need a partner,) having won 72 seats"."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
        and not _has_subject(verb)
    )


def _one_listed(item: Token, listed: Sequence[Token]) -> bool:
    """Whether ``item`` is "one" of something listed after another count: "six people on board
    and one person on the ground" (a singular noun is otherwise no count)."""
    return (
        item.i != listed[0].i
        and item.tag_ == "NN"
        and any(c.dep_ == "nummod" and c.lower_ in ("one", "1") for c in item.children)
    )


def _on_board_or_ground(counted: Token) -> str | None:
    """Where those a count counts were, when it says they were aboard a craft ("six people on
    board", "all six people aboard the jet") or on the ground below it ("one person in a car
    on the ground")."""
    if any(_says_aboard(c) for c in counted.children):
        return "on board"
    if any(t.lower_ == "ground" and t.head.lower_ == "on" for t in counted.subtree):
        return "on the ground"
    return None


def _clause_chain(verb: Token) -> Iterator[Token]:
    """The clauses ``verb``'s clause stands in, up to the first noun on the way: "police said
    on Thursday the toll had risen" (the rising is what was said that day), but not through
    "the number of people killed when a tanker exploded" (the explosion, told inside a noun's
    words, is what the number is of, not what was said)."""
    for a in verb.ancestors:
        if a.pos_ not in ("VERB", "AUX", "ADJ"):
            return
        yield a


# Auxiliaries of what is to come: "will step down" ("said on Wednesday he would not sign"
# tells what he said that day, as reported speech does).
_WILL = frozenset({"will", "shall", "'ll"})


def _pronoun_subject(verb: Token) -> bool:
    """Whether a verb's subject is a pronoun ("and it could operate", "and I realised")."""
    return any(c.dep_ in _SUBJ | _PASSIVE_SUBJ and c.pos_ == "PRON" for c in verb.children)


def _to_come(verb: Token) -> bool:
    """Whether a clause tells what will happen: "Jo Bloggs will step down, the company said
    on Monday", "said on Tuesday he would step down", "has agreed to resign once a council
    is set up" (not on the day it said so)."""
    if any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children):
        return True
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SPEECH
    refused = any(c.dep_ == "neg" for c in verb.children)
    if (
        reported
        and not refused
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
    ):
        # the future of the day it was said (but "said on Wednesday he would not sign the
        # bill" is a refusal that day)
        return True
    return _future_condition(verb)


def _future_condition(verb: Token) -> bool:
    """Whether a clause waits on something yet to happen, told in the present: "will resign
    once a council is set up", "agreed to step down when a successor is chosen" (not "once
    the fire was contained, residents returned"). The condition may hang on the verb an
    infinitive completes ("agreed | to resign | once ...")."""
    holders = [verb, verb.head] if verb.dep_ == "xcomp" and _to_infinitive(verb) else [verb]
    for c in (c for h in holders for c in h.children):
        # (the parser may read "once" as an adverb of the clause)
        mark = next((m.lower_ for m in c.children if m.dep_ in ("mark", "advmod")), None)
        if c.dep_ != "advcl" or mark not in ("once", "when", "until", "after"):
            continue
        tensed = [c, *(a for a in c.children if a.dep_ in ("aux", "auxpass"))]
        if any(t.tag_ in ("VBZ", "VBP") for t in tensed):
            return True
    return False


def _timed_apart(verb: Token) -> bool:
    """Whether a clause happened at another time than the clause it hangs on says: "he would
    not sign the bill, a day after protesters stormed parliament" (not on the day he said so)."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
        for c in verb.children
    )


def _said_when(tokens: Sequence[Token], clause: Token) -> bool:
    """Whether a time stands between a verb of saying and the subject of the clause it says,
    parsed into the clause: "Westmark said on Wednesday it would impose ..."."""
    subject = _subject_of(clause)
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in _SPEECH
        and subject is not None
        and clause.head.i < tokens[0].i
        and tokens[-1].i < subject.left_edge.i
    )


def _time_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle that stands for a preposition of time, whose time is
    its clause's: "will be notified starting March 20", "takes effect beginning Monday" (not
    "with deliveries starting in June": the deliveries' start, and its time)."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_ in ("start", "begin")
        and verb.dep_ in ("advcl", "prep", "acl")
        and not _has_subject(verb)
        and not any(c.dep_ == "dobj" for c in verb.children)
        and not _started_thing(verb)
    )


def _started_thing(verb: Token) -> bool:
    """Whether a participle of starting tells the start of the noun that "with" opens: "with
    pre-orders starting on Friday", "with deliveries starting in June"."""
    return (
        verb.dep_ == "acl"
        and verb.head.dep_ == "pobj"
        and verb.head.head.lower_ in ("with", "without")
    )


def _background_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle without a subject that tells what was going on, not an
    act of its own: one marked "while" or "when" ("injured while battling the blaze"), or one
    the parse hung after a report's verb ("..., officials said, bringing down part of the
    span"), whose doer is not the speaker."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VBG" or _has_subject(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("while", "whilst", "when") for c in verb.children):
        return True
    # (but "is said to be considering a sale": what is said, with its auxiliaries)
    return (
        verb.head.lemma_ in _SPEECH
        and verb.head.i < verb.i
        and verb.left_edge.i > 0
        and verb.doc[verb.left_edge.i - 1].text == ","
    )


def _has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own (active or passive)."""
    return any(c.dep_ in _SUBJ | _PASSIVE_SUBJ for c in verb.children)


def _changes_beside(anchor: Token) -> list[Token]:
    """Change nouns beside a clause's own figure: the object of its prepositions ("fell after
    a 12% drop in sales") and of a participle's ("slumped 5.8%, led by a 27% plunge in Acme
    Bank shares")."""
    holders = [
        anchor,
        *(c for c in anchor.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN"),
    ]
    return [
        g
        for holder in holders
        for c in holder.children
        if c.dep_ in ("prep", "agent") and c.lower_ in _BESIDE
        for g in c.children
        if g.dep_ == "pobj" and change_noun(g)
    ]


def _when_clause(verb: Token) -> Token | None:
    """The clause opened by "when" that a verb governs, if any."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl" and any(m.lower_ == "when" and m.i < c.i for m in c.children)
        ),
        None,
    )


def _when_cause(
    verb: Token, spec: PredicateSpec | None, vehicles: Mapping[str, object]
) -> Token | None:
    """What did an act of the lexicon's told in the passive without its doer, when a clause
    opened by "when" says what happened: "at least 14 people were killed when a car bomb went
    off" (the car bomb killed them). A thing, not a person or a pronoun ("were injured when
    they fled" names no doer), nor a vehicle that came to grief itself ("were killed when their
    helicopter crashed", "when the vessel imploded": those aboard, not its victims; the
    measure table's ``holders`` are the vehicles)."""
    if spec is None:
        return None
    clause = _when_clause(verb)
    if clause is None:
        # "nine people were killed and 946 were injured when a quake struck": the clause
        # ending the sentence tells of every passive act joined before it
        joined = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
        clause = _when_clause(joined[-1]) if joined else None
    if clause is None or clause.lemma_ in _SPEECH:
        # (not "were injured when a car ploughed into crowds, police said", its speaker's
        # verb parsed as the clause: the police told it, they did not do it)
        return None
    cause = _subject_of(clause)
    if cause is None or cause.pos_ != "NOUN" or cause.ent_type_ == "PERSON":
        return None
    if cause.lemma_.lower() in vehicles and not any(c.dep_ == "dobj" for c in clause.children):
        return None
    return cause


def _speed_unit(head: Token) -> str | None:
    """A speed's unit of three words, from its first ("120 kilometres per hour", "75 miles an
    hour"), else None."""
    doc = head.doc
    if head.lower_ not in _SPEED_LENGTHS or head.i + 2 >= len(doc):
        return None
    per, hour = doc[head.i + 1], doc[head.i + 2]
    if per.lower_ in ("per", "an", "a") and hour.lower_ == "hour":
        return f"{head.lower_} {per.lower_} hour"
    unit = hour.lower_.rstrip(".")  # ("km/h." ends a sentence)
    if head.lower_ == "km" and per.text == "/" and unit in ("h", "hr"):
        return f"km/{unit}"  # "200 km/h", split by the tokenizer
    return None


def _anaphoric(verb: Token) -> bool:
    """Whether the verb stands for an act named before: "made the same move", "took a
    similar step", "followed suit", "did the same", "did likewise"."""
    lemma = verb.lemma_
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in ("make", "take"):
        return any(
            o.lemma_ in _ANAPHORIC_OBJECTS and any(a.lower_ in _SAME for a in o.children)
            for o in objects
        )
    if lemma == "follow":
        return any(o.lower_ == "suit" for o in objects)
    return lemma == "do" and (
        any(o.lower_ == "same" for o in objects)
        or any(c.lower_ == "likewise" for c in verb.children)
    )


def _able_to(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of "was able / unable / due to ..." after a copula."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in _ABLE
        and head.dep_ == "acomp"
        and head.head.lemma_ in _COPULAS
    )


def _antecedent(clause: Token) -> Token:
    """The noun a relative clause is about: the one the parser hangs it on, but for "which"
    after the things a "between" names, the noun before "between" ("a collision between a
    bus and a lorry, which happened near Zenda": the collision happened; the parser hangs the
    clause on "bus")."""
    noun = clause.head
    if not any(c.lower_ == "which" and c.dep_ in _SUBJ | _PASSIVE_SUBJ for c in clause.children):
        return noun
    first = noun
    while first.dep_ == "conj":
        first = first.head
    between = first.head
    if (
        first.dep_ == "pobj"
        and between.lower_ == "between"
        and between.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "conj" for c in first.children)
    ):
        return between.head
    return noun


def _claiming_noun(verb: Token) -> Token | None:
    """The noun whose content ``verb``'s clause is, when claims or reports say it and the
    writer only tells of them: "there were claims that X", "amid reports that X", and "said
    of claims that X" (the parser hangs the clause on "said"); else None. A denial of them
    is told as such (:meth:`_speaker_of`)."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or verb.dep_ not in ("acl", "ccomp") or mark.i == 0:
        return None
    noun = verb.head if verb.dep_ == "acl" else verb.doc[mark.i - 1]
    if (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _CLAIM_NOUNS
        and noun.head.lemma_ not in _DENIAL
    ):
        return noun
    return None


def _told_as_before(verb: Token) -> bool:
    """Whether a reported clause tells, in the past passive, what was done before it was said:
    "Jo Bloggs was stabbed 22 times, prosecutors said on Friday", a week after the stabbing
    ("said on Friday" dates the telling). (Not the past perfect: "said on Sunday that Jo
    Bloggs had resigned" is the tense of reported words, most often of that day.)"""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return not any(c.lower_ == "had" for c in auxiliaries) and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in auxiliaries
    )


def _placed_thing(noun: Token) -> Token:
    """What a place stands after, when a relative clause says it did an act a place cannot do:
    "the 2018 fire in Zenda, Ruritania, which killed 85 people" (the parser hangs the clause
    on the last place; the fire killed them); else ``noun``."""
    place = noun
    if place.ent_type_ not in _PLACE_LABELS:
        return noun
    while place.dep_ in ("appos", "conj") and place.head.ent_type_ in _PLACE_LABELS:
        place = place.head
    preposition = place.head
    if place.dep_ != "pobj" or preposition.lower_ not in ("in", "near", "at", "outside"):
        return noun
    thing = preposition.head
    if thing.pos_ not in ("NOUN", "PROPN") or thing.ent_type_ in ("GPE", "LOC"):
        return noun  # ("the Camp Fire" a tagger may take for a facility: a thing that acts)
    return thing


def _factive_mark(token: Token, clause: Token) -> bool:
    """Whether ``token`` is the word that makes ``clause`` part of its sentence and takes it as
    true ("that", "after", "because" ...: :data:`_FACTIVE_MARKS`)."""
    if token.head.i != clause.i or token.dep_ not in ("mark", "advmod"):
        return False
    if token.dep_ == "mark" and token.lower_ in _FACTIVE_MARKS:
        return True
    # "as rescuers searched", "when a storm hit", "since 2008, when rivals took over": a time
    # in the past took place ("when the deal closes" may not)
    return token.lower_ in _PAST_MARKS and clause.dep_ in ("advcl", "relcl") and _past(clause)


def _past(verb: Token) -> bool:
    """Whether a clause is in a past tense: its verb or its first auxiliary is ("took",
    "were digging", "had collapsed")."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return (aux if aux is not None else verb).tag_ == "VBD"


def _undergone(frame: _Frame) -> bool:
    """Whether the clause is an event its named or definite subject undergoes ("the ferry
    sank", "Jo Bloggs died", "one man has died"), not a bare plural ("houses collapsed") or no
    one ("no one died")."""
    head = frame.subject
    undergone = frame.anchor.lemma_ in _UNDERGONE or _derailed(frame.anchor)
    if head is None or not undergone:
        return False
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
    if any(d in ("no", "any", "neither") for d in dets):
        return False
    one = any(c.dep_ == "nummod" and c.lower_ == "one" for c in head.children)
    return head.pos_ in ("PROPN", "PRON") or bool(dets) or one


def _if_clause(clause: Token) -> bool:
    """Whether ``clause`` is an adverbial "if" or "unless" clause: a condition, no fact."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children
    )


def _as_though(clause: Token) -> bool:
    """Whether ``clause`` is an "as though" comparison: what things looked like, not what
    happened ("as if" is an "if" clause)."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return clause.dep_ == "advcl" and {"as", "though"} <= marks


def _generic_where(clause: Token) -> bool:
    """Whether ``clause`` is a fronted "where" / "wherever" / "whenever" clause: "Where
    destructive earthquakes are rare, buildings are not built to resist them" states a
    condition in general, not a fact (but "when the quake struck" dates one)."""
    return (
        clause.dep_ == "advcl"
        and clause.i < clause.head.i
        and any(
            c.dep_ == "advmod" and c.lower_ in ("where", "wherever", "whenever")
            for c in clause.children
        )
    )


def _conditional(clause: Token) -> bool:
    """Whether ``clause`` makes its head's claim conditional: "(will pay) if the deal fails",
    "unless ..." (but "even if it stayed solvent" concedes: the claim holds either way)."""
    return _if_clause(clause) and not any(
        c.lower_ == "even" for c in clause.subtree if c.i < clause.i
    )


def _year_like(token: Token) -> bool:
    """Whether a number is a year: tagged as no count, or one end of a span of years
    however it is tagged ("covers some 2019 to 2023 models": model years, not 2,023 models)."""
    if not _YEAR_TEXT.fullmatch(token.text):
        return False
    if token.ent_type_ != "CARDINAL":
        return True
    doc, i = token.doc, token.i
    for first, last in ((i - 2, i), (i, i + 2)):
        if first >= 0 and last < len(doc) and doc[first + 1].lower_ in _YEAR_SPANNING:
            ends = doc[first].text, doc[last].text
            if all(map(_YEAR_TEXT.fullmatch, ends)) and 0 < int(ends[1]) - int(ends[0]) <= 30:
                return True
    return False


# Words between the years of a span: "2019 to 2023", "2019 through 2023".
_YEAR_SPANNING = frozenset({"to", "through", "-", "–"})


def _nearest_subject(participle: Token) -> Token | None:
    """The subject of the nearest clause before a trailing participle: "Rescuers spent Saturday
    searching after two trains derailed, killing 280" - the trains killed, not the rescuers."""
    head = participle.head
    before = [
        v
        for v in head.subtree
        if v.i < participle.i and v.pos_ in ("VERB", "AUX") and _subject_of(v) is not None
    ]
    found = _subject_of(max(before, key=lambda v: v.i)) if before else _subject_of(head)
    if found is None and not before:
        # "Maria Sanz was elected, winning 51.9 percent": who was elected won; "the town was
        # struck by a quake, killing nine": the agent, when named, did it
        agent = _agent_of(head)
        found = agent or next((c for c in head.children if c.dep_ in _PASSIVE_SUBJ), None)
    while found is None and head.dep_ == "conj":
        # "A fire has burned 12,000 hectares and destroyed 80 homes, forcing ...": the subject
        # the joined verbs share
        head = head.head
        found = _subject_of(head)
    return found


_TIME_NOUNS = frozenset(
    {"day", "night", "morning", "evening", "week", "month", "year", "hour", "minute", "time",
     "weekend", *WEEKDAYS}
)  # fmt: skip


def _compass(token: Token) -> bool:
    """Whether ``token`` is a compass direction ("north", "south-west")."""
    return token.lower_.replace("-", "") in _DIRECTIONS


def _controls(obj: Token | None) -> bool:
    """Whether a verb's object is who does its infinitive ("forced the airline to cancel");
    a stretch of time spent is not ("spent Saturday to recover bodies")."""
    return obj is not None and (
        (obj.pos_ in ("NOUN", "PROPN") and obj.lemma_.lower() not in _TIME_NOUNS)
        or _the_aged(obj)  # "ordered the 61-year-old to pay a fine"
        or obj.lower_ in ("him", "her", "them")  # "ordered him to pay": whoever he is
    )


# Nouns by which news refers back to the company or the body it is about: "the company said",
# "the chipmaker forecast", "the bank raised its forecast".
_FIRM_NOUNS = frozenset(
    {"company", "firm", "group", "chipmaker", "carmaker", "automaker", "planemaker", "airline",
     "carrier", "lender", "bank", "insurer", "retailer", "manufacturer", "conglomerate",
     "broadcaster", "publisher", "operator", "utility", "startup", "start-up", "supermarket",
     "exchange", "developer", "drugmaker", "steelmaker", "miner", "refiner"}
)  # fmt: skip
# Mention types that are no such body.
_NOT_BODIES = frozenset({"person", "country", "territory", "place", "group", "pronoun"})


def _the_body(head: Token) -> bool:
    """Whether ``head`` refers back to a body by its kind alone: "the company", "the US
    carmaker" (a noun of :data:`_FIRM_NOUNS` after "the", with nothing after it that tells
    which: not "the company that built it", "the bank's chief")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _FIRM_NOUNS or head.tag_ != "NN":
        return False
    # (an aside set off by commas tells of it, not which: "the developer, once the country's
    # biggest,")
    if any(c.dep_ not in ("det", "amod", "compound", "punct", "appos") for c in head.children):
        return False
    if any(c.dep_ == "amod" and c.lower_ in _OTHER_BODY for c in head.children):
        return False  # "the combined company", "the rival bank": another body
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and head.dep_ != "poss"


# Adjectives that make a body's noun another body than the one named: "the combined company",
# "the new group", "the rival bank", "the parent company", "the central bank" (a state's).
_OTHER_BODY = frozenset(
    {"combined", "merged", "enlarged", "new", "former", "rival", "parent", "other", "acquired",
     "target", "bidding", "buying", "selling", "central"}
)  # fmt: skip


# Verbs that make their object do what their infinitive says: "causing three cars to derail".
_CAUSATIVE = frozenset({"cause", "force", "compel", "prompt", "lead", "drive"})
# Verbs whose subject does their infinitive with their object: "police used water cannon to
# disperse the crowd" (the police dispersed it).
_USING = frozenset({"use", "employ", "utilise", "utilize"})


def _caused_thing(pronoun: Token) -> Token | None:
    """What "it" or "them" stands for as what a clause's act made do something: "a ship struck
    the bridge, causing it to collapse" (the bridge); the act's object, when it is a thing of
    the pronoun's number named before it (not "lost control of the plane, causing it to
    crash": the control is no antecedent)."""
    low = pronoun.lower_
    if low not in ("it", "them"):
        return None
    causing = pronoun.head.head if pronoun.dep_ in _SUBJ else pronoun.head
    if pronoun.dep_ not in (*_SUBJ, "dobj") or causing.lemma_ not in _CAUSATIVE:
        return None
    if causing.tag_ != "VBG" or causing.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    thing = next((c for c in causing.head.children if c.dep_ == "dobj"), None)
    number = ("NN", "NNP") if low == "it" else ("NNS", "NNPS")
    if thing is None or thing.tag_ not in number or thing.i > pronoun.i:
        return None
    return None if any(c.dep_ == "prep" and c.lower_ == "of" for c in thing.children) else thing


def _issuer(head: Token) -> Token | None:
    """The company whose shares ``head`` names in "shares of Acme" or "shares in Acme" (a proper
    name, as "Acme shares" and "Acme's shares" name it before the noun)."""
    if head.lemma_.lower() not in ("share", "stock") or head.tag_ not in ("NNS", "NN"):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            owner = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ == "PROPN":
                # "shares of Acme and other banks": several companies' shares, named as printed
                return None if any(c.dep_ == "conj" for c in owner.children) else owner
    return None


# What a denial verb's object may be when the denial is of what someone said ("rejected the
# claims", "rejected the idea that ..."): its content, not a thing decided on.
_SAID_NOUNS = _CLAIM_NOUNS | {
    "idea", "notion", "criticism", "charge", "assertion", "characterisation",
    "characterization", "comparison", "premise", "view", "statement", "finding", "call",
}  # fmt: skip


def _rejected_act(verb: Token) -> bool:
    """Whether ``verb`` is "reject" of a thing put to a vote or a decision ("shareholders
    rejected the merger", "the bid was rejected"): the opposite of approving it, a claim;
    not a denial of what someone said ("rejected the claims", "rejected that ...")."""
    if verb.lemma_.lower() != "reject" or any(c.dep_ in _CONTENT_DEPS for c in verb.children):
        return False
    if any(t.lemma_.lower() == "vote" and t.pos_ == "NOUN" for t in verb.subtree):
        # "rejected the bill by 300 votes to 250": the tally's first side is the rejection's,
        # not the votes for the bill (left unsaid, as a tally's sides are not told apart here;
        # but "with 61.4% voting against" is who rejected it)
        return False
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return (
        thing is not None
        and thing.pos_ in ("NOUN", "PROPN")
        and thing.lemma_.lower() not in _SAID_NOUNS
    )


# Verbs of a court's or a body's finding, whose "for" or "of" phrase is what it found the
# person did: "sentenced to nine years for taking bribes", "convicted of accepting bribes".
_CONVICTING = frozenset({"sentence", "jail", "imprison", "convict", "fine", "punish", "ban"})


def _convicted_of(act: Token) -> Token | None:
    """Whom a conviction or a sentence finds did ``act``, a gerund after "for" or "of": "a
    court sentenced Jo Bloggs ... for taking bribes", "was jailed after being convicted of
    accepting bribes", "was found guilty of taking bribes" (not "found not guilty")."""
    if act.tag_ != "VBG" or act.dep_ != "pcomp" or act.head.lower_ not in ("for", "of"):
        return None
    judged = act.head.head
    if judged.lower_ == "guilty":
        judged = judged.head  # ("found guilty of": the verdict's verb)
        if _verdict(judged) is None:
            return None
    elif judged.lemma_.lower() not in _CONVICTING:
        return None
    if any(c.dep_ == "neg" for c in (*judged.children, *act.head.head.children)):
        return None
    found = next((c for c in judged.children if c.dep_ == "dobj"), None) or _patient(judged)
    if (
        found is None
        and judged.dep_ == "pcomp"
        and any(c.dep_ == "auxpass" for c in judged.children)
    ):
        # "was jailed ... after being convicted of": the one the clause is about
        outer = judged.head.head
        found = _patient(outer) or _subject_of(outer)
    return found


def _verdict(verb: Token) -> Token | None:
    """The "guilty" of a verdict ("found X guilty", "was found not guilty"), if ``verb`` gives
    one."""
    if verb.lemma_.lower() != "find":
        return None
    # ("found Jo Bloggs, 41, guilty": parsed as a modifier of the accused, after the age)
    accused = [c for c in verb.children if c.dep_ == "dobj"]
    return next(
        (
            c
            for c in (*verb.children, *(g for a in accused for g in a.children))
            if c.lower_ == "guilty"
            and (
                c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
                or (c.dep_ == "amod" and c.i > c.head.i)
            )
        ),
        None,
    )


def _existential(noun: Token) -> bool:
    """Whether ``noun`` is what "there is / there were" says there is: "There were no deaths",
    "there were 168 people on board"."""
    head = noun.head
    return (
        noun.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children)
    )


def _counted_noun(noun: Token) -> str:
    """A counted noun with the nouns compounded before it, in lower case: "crew members"."""
    return " ".join([*compound_kinds(noun, nouns_only=False), noun.lower_])


def _some_of(noun: Token, table: MeasureTable) -> bool:
    """Whether a count of those aboard that an act of the measure table befell may be some of
    them only: "five people on board were killed" (but "the 58 people on board", "all 157
    passengers aboard", "the ship's 18 crew members" are everyone aboard, as are those a
    vehicle had or carried)."""
    act = table.by_verb.get(noun.head.lemma_.lower())
    if noun.dep_ not in (*_SUBJ, *_PASSIVE_SUBJ, "dobj") or act is None or act.id == "aboard":
        return False
    numbers = [c for c in noun.children if c.dep_ == "nummod"]
    return not any(
        (c.dep_ in ("det", "predet", "quantmod") and c.lower_ in ("the", "all", "these", "those"))
        or c.dep_ == "poss"
        for c in (*noun.children, *(g for n in numbers for g in n.children))
    )


# Everyone on board, said without their number: "killing all on board", "everyone aboard".
_ALL_ABOARD = re.compile(
    r"\b(?:all|everyone|everybody)(?: (?:of )?those)? (?:on board|aboard)\b", re.IGNORECASE
)


def _says_aboard(token: Token) -> bool:
    """Whether ``token`` says "on board" or "aboard (the jet)" of the noun it hangs under."""
    if token.lower_ == "aboard":
        return True
    return (
        token.dep_ == "prep"
        and token.lower_ == "on"
        and any(
            g.dep_ == "pobj"
            # (or "on board Air India Flight 171", parsed with "board" a part of the name)
            and (
                g.lower_ == "board"
                or any(c.lower_ == "board" and c.i == g.left_edge.i for c in g.children)
            )
            for g in token.children
        )
    )


def _aboard_several(token: Token) -> bool:
    """Whether "aboard ..." or "on board ..." (``token``) names more than one vehicle ("the
    two aircraft", "both ships", "the boats"): those it counts are several crews together."""
    return any(
        t.pos_ == "NOUN"
        and t.lower_ != "board"
        and (
            t.tag_ == "NNS"
            or any(
                (c.dep_ == "nummod" and c.lower_ not in ("one", "1")) or c.lower_ == "both"
                for c in t.children
            )
        )
        for t in token.subtree
        if t.i != token.i
    )


def _no_one(token: Token) -> bool:
    """Whether ``token`` is the "one" of "no one"."""
    return token.lower_ == "one" and any(c.lower_ == "no" for c in token.children)


def _said(verb: Token) -> bool:
    """Whether ``verb`` heads what a statement or a denial says ("said that the rules had been
    broken", "denied that ..."), or a clause joined to it ("said names were taken but no bank
    details were accessed")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if _according(verb) is not None:
        return True  # "According to officials, some bodies had been counted twice"
    return verb.dep_ == "ccomp" and verb.head.lemma_ in _SPEECH | _DENIAL


def _according(verb: Token) -> Token | None:
    """Whom ``verb``'s clause is "according to": the name after it, when the clause has one."""
    for c in verb.children:
        if c.lower_ == "according" and c.dep_ in ("prep", "advcl"):
            return _according_whom(c)
    return None


def _according_whom(according: Token) -> Token | None:
    """The object of "to" after the word "according", if the parse gives one."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    return next((g for g in to.children if g.dep_ == "pobj"), None) if to else None


def _took_time(verb: Token) -> bool:
    """Whether ``verb`` is "it took (three days)", whose "for X to V" happened."""
    return verb.lemma_ == "take" and any(
        c.lower_ == "it" or c.ent_type_ in ("DATE", "TIME") for c in verb.children
    )


# Lemmas the parser's lemmatiser gets wrong for common news verbs ("fined" -> "fin").
_LEMMA_FIXES = {
    "fin": "fine", "gutte": "gut", "stag": "stage", "unaccounte": "unaccounted", "rat": "rate",
}  # fmt: skip
# Nouns of a price paid: "for a fee of 85 million euros", "for a sum of $2 million".
_FEES = frozenset({"fee", "sum", "price", "amount", "payment", "transfer"})
# Verbs of moving to a buyer: the mover is what is paid for ("joined Acme for $5 million").
_MOVES = frozenset({"join", "move", "transfer", "switch"})
# Words before a place that name a part of it, not something named after it ("Greater Zenda",
# "Northern Zenda").
_PLACE_QUALIFIERS = frozenset({"Greater", "Downtown", "Metro", "Inner", "Outer", "Old"}) | _COMPASS
# What makes an amount the first part of a price: "an initial fee", "an upfront payment".
_FIRST_PARTS = frozenset({"initial", "upfront", "up-front", "guaranteed", "basic", "base", "fixed"})
# Verbs whose subject is sold, with no object: "the painting sold for $92 million", "went for"
_SELLING = frozenset({"sell", "go"})
# ... and whose subject's price is their object: "the painting fetched $92 million"
_FETCHING = frozenset({"fetch"})


def _sold(verb: Token, frame: _Frame) -> Token | None:
    """What a verb of selling without a buyer's object sells: its subject ("the painting sold
    for $92 million", "went for"), or a passive's ("was sold for")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return frame.obj or frame.subject
    return frame.subject if frame.obj is None else None


def _said_to_be(noun: Token) -> Token | None:
    """What a noun is said to be by a participle hung on it: "a fee reported to be 80
    million euros", "a sum believed to be $5 million" (the last noun of the "be")."""
    for said in noun.children:
        if said.dep_ != "acl" or said.tag_ != "VBN":
            continue
        for be in said.children:
            if be.dep_ == "xcomp" and be.lemma_ == "be":
                return next((c for c in be.children if c.dep_ == "attr"), None)
    return None


_PRONOUN_SEX = {"she": "f", "her": "f", "he": "m", "him": "m", "his": "m"}
# Nouns of a person that a story introduces without a name ("a man", "a suspect"), besides the
# measures' groups ("a teenager", "a passenger") and "a 19-year-old".
_STRANGER_NOUNS = frozenset(
    {"man", "woman", "person", "individual", "suspect", "gunman", "attacker", "assailant",
     "shooter", "assassin", "intruder", "driver", "motorist", "cyclist", "pedestrian",
     "victim", "survivor", "witness", "bystander", "youth", "teen", "relative", "neighbour",
     "neighbor", "son", "daughter", "father", "mother", "husband", "wife", "employee"}
)  # fmt: skip


def _zone_aside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in brackets that give the moment in another time zone
    ("at 12:20 a.m. (1520 GMT Friday)"): its day there, not the day it happened where it did."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.rfind(")", 0, start) > opened:
        return False
    closed = text.find(")", end)
    inner = text[opened + 1 : closed if closed >= 0 else len(text)]
    return any(word.strip(".,;") in TIME_ZONES for word in inner.split())


def _lettered(number: Token) -> bool:
    """Whether a number is listed with single capital letters, as a name is ("Model Y, S, 3 and
    X vehicles"): a model's or a grade's, not a count."""
    listed = [c for c in number.children if c.dep_ == "conj"]
    if number.dep_ == "conj":
        listed.append(number.head)
    return any(len(t.text) == 1 and t.text.isupper() for t in listed)


# A state's organs that are buildings too: what is done to them may be done to the building.
_BUILT_ORGANS = frozenset({"parliament", "embassy"})


def _landfall(verb: Token) -> bool:
    """Whether a verb tells a storm reaching land, the storm named or not: "Zara made
    landfall", "came ashore"."""
    lemma = verb.lemma_.lower()
    return (lemma == "make" and any(c.lower_ == "landfall" for c in verb.children)) or (
        lemma == "come" and any(c.lower_ == "ashore" for c in verb.children)
    )


# What a train runs on, which it leaves when it derails.
_RAILS = frozenset({"track", "tracks", "rail", "rails", "line"})


def _derailed(verb: Token) -> bool:
    """Whether a verb tells a train or its carriages derailing in other words: "left the
    tracks", "jumped the rails", "came off the rails", "went off the track"."""
    lemma = verb.lemma_.lower()
    if lemma in ("leave", "jump"):
        return any(c.dep_ == "dobj" and c.lower_ in _RAILS for c in verb.children)
    return lemma in ("come", "go", "run") and any(
        c.dep_ in ("prep", "prt")
        and c.lower_ == "off"
        and any(g.lower_ in _RAILS for g in c.children)
        for c in verb.children
    )


def _fronted_place(verb: Token) -> Token | None:
    """The noun of a place phrase that opens a sentence before its speaker and verb of
    saying, which places what is said ("In Zenda County, officials said 30 people had
    died"); None when the clause is no such content."""
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    teller = clause.head
    if clause.dep_ != "ccomp" or teller.lemma_ not in _SPEECH:
        return None
    speaker = _subject_of(teller)
    for c in teller.children:
        if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and c.i < clause.i:
            if speaker is not None and c.i > speaker.i:
                continue  # "officials said in a statement": how, not where
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _unnamed_subject(doc: Iterable[Token]) -> bool:
    """Whether the main clause's subject is a person no name gives ("The gunman, a 71-year-old
    poet, fired four shots", "A man was detained"), of what it reports when it reports."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_ in _SPEECH:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    subject = (
        next((c for c in root.children if c.dep_ in _SUBJ | _PASSIVE_SUBJ), None)
        if root is not None
        else None
    )
    return (
        subject is not None
        and subject.tag_ == "NN"
        and subject.lemma_.lower() in _STRANGER_NOUNS
        and not any(c.dep_ in ("appos", "compound") and _a_name(c) for c in subject.children)
    )


def _a_name(token: Token) -> bool:
    """Whether a proper noun names someone: not one said with "a" ("a 19-year-old Austrian",
    "a Briton"), nor a nationality."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ != "NORP"
        and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    )


# Verbs of winning a count of something, which a clause joined to another may say of a number
# alone: "Labour won 411 seats, while the Conservatives took 121".
_GAINING = frozenset({"win", "take", "get", "gain", "secure", "claim", "capture", "grab"})


def _gapped_noun(number: Token) -> Token | None:
    """The noun a bare number counts when the clause it is the object of is joined to one that
    counts that noun with the same verb (or another verb of winning): "the Conservatives won
    121 seats, while the Liberal Democrats took 72" (72 seats)."""
    verb = number.head
    if number.dep_ != "dobj" or verb.dep_ not in ("advcl", "conj") or number.n_lefts:
        return None
    other = verb.head
    lemmas = {verb.lemma_.lower(), other.lemma_.lower()}
    if len(lemmas) > 1 and not lemmas <= _GAINING:
        return None
    return next(
        (
            c
            for c in other.children
            if c.dep_ == "dobj"
            and c.pos_ == "NOUN"
            and any(g.dep_ == "nummod" and g.like_num for g in c.children)
        ),
        None,
    )


def _by_points(agent: Token) -> bool:
    """Whether a passive's "by" says by how many points, not who did it: "rates were cut by
    half a point", "were raised by 50 basis points"."""
    pobj = (
        next((g for g in agent.children if g.dep_ == "pobj"), None)
        if agent.dep_ == "agent"
        else None
    )
    return pobj is not None and (
        pobj.lemma_.lower() in _FRACTION_UNITS or _unit_fraction(pobj) is not None
    )


def _unit_fraction(head: Token) -> tuple[float, Token, Token] | None:
    """A fraction of one unit in the phrase headed by ``head``, as its value, its first word
    and the unit's noun: "half a percentage point", "a quarter point", "a half-point" (the
    fraction a word of the unit's), "a quarter of a percentage point", "three quarters of a
    point" (the unit the fraction's "of")."""
    unit = head
    if head.lower_ in _FRACTIONS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        unit = next((g for g in of.children if g.dep_ == "pobj"), head) if of else head
        part = head
    else:
        part = next(
            (
                c
                for c in head.children
                if c.i < head.i
                and c.lower_ in _FRACTIONS
                and c.dep_ in ("predet", "amod", "compound", "nmod", "nummod")
            ),
            head,
        )
    if unit is head is part or unit.lemma_.lower() not in _FRACTION_UNITS:
        return None
    # (the article of the noun the unit describes: "a quarter-point cut")
    phrase = unit.head if unit.dep_ in ("compound", "amod", "nmod") else unit
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in phrase.children):
        return None  # "half the points", "a quarter of the points": a share of some
    times = next((c for c in part.children if c.dep_ == "nummod" and c.i < part.i), None)
    if (times is None) == (part.lower_ == "quarters"):
        return None  # ("three quarters", never "three quarter" nor "quarters" alone)
    count = 1.0 if times is None else word_number(times.lower_)
    if count is None:
        return None
    words = [t for t in (times, part, *part.children, *phrase.children) if t is not None]
    first = min(
        (t for t in words if t.dep_ in ("det", "predet", "nummod") or t is part), key=lambda t: t.i
    )
    return count * _FRACTIONS[part.lower_], first, unit


def _counting(token: Token) -> bool:
    """Whether ``token`` is the number counting its head noun: its numeral, or a number word
    the tagger took for an adjective or a compound at the head of a sentence ("Eleven
    patients died": not "Formula One drivers", a name's part)."""
    if token.dep_ == "nummod":
        # (not "Model S, X, 3 and Y vehicles": a number listed with names is a name)
        return not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.children)
    if (
        token.dep_ == "amod"
        and token.text.replace(",", "").isdigit()
        and token.i + 1 == token.head.i
        and token.i > 0
        and token.nbor(-1).lower_ in ("the", "all", "its", "their")
    ):
        return True  # "six of the 143 people on board", the number tagged an adjective
    return (
        token.dep_ in ("amod", "compound")
        and token.is_alpha
        and token.like_num
        and token.i + 1 == token.head.i
        and (token.i == token.sent.start or not token.nbor(-1).is_title)
        and word_number(token.lower_) is not None
    )


def _fined(claim: Claim, fined: str | None = None) -> Claim:
    """An amount someone is fined is their fine: "regulators fined Acme 240 million euros"
    and "Acme was fined 240 million euros" give Acme's fine, as "Acme must pay a fine of
    210 million euros" does (``fined``: who, when the parse lost them)."""
    who = claim.object or fined
    if (
        claim.measure != "money"
        or claim.event is not None
        or claim.predicate != "open:fine"
        or not who
    ):
        return claim
    return evolve(claim, {"event": f"{who} fine"})


def _deal_value(deal: Token) -> Token | None:
    """What a deal is worth, as the text gives it: "a deal worth $4.2 billion", "a
    transaction valued at 3 billion francs", "a deal valuing the company at $35 billion", "a
    $35.3 billion deal" (the token heading the amount)."""
    if deal.lemma_.lower() not in _DEALS:
        return None
    for valued in deal.children:
        if valued.dep_ in ("nummod", "compound", "nmod", "amod") and valued.ent_type_ == "MONEY":
            return valued  # "in a $35.3 billion all-stock deal"
        held = [valued] if valued.lower_ in ("worth", "valued") else []
        if valued.lower_ == "valuing":  # (the amount "at" which, not a number in what)
            held = [c for c in valued.children if c.dep_ == "prep" and c.lower_ == "at"]
        for holder in held:
            amount = next((g for g in holder.subtree if g.like_num), None)
            if amount is not None:
                # the number's head, when the number is a part of it ("$ 4.2 billion")
                while amount.dep_ in ("compound", "quantmod", "nummod") and amount.head != holder:
                    amount = amount.head
                return amount
    return None


def _in_conjunct(token: Token, anchor: Token) -> bool:
    """Whether ``token`` stands in a verb coordinated under ``anchor``'s clause, that verb's
    own (the time of another act the sentence adds, which made no claim; a depth or distance
    is the event's, whichever clause gives it)."""
    return any(
        node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.i == anchor.i
        for node in up_to(token, anchor)
    )


def _clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s clause, through the verbs it hangs on ("spent Saturday wading")."""
    node = verb
    for _ in range(4):
        found = _subject_of(node)
        if found is None:
            # "carriages are believed to have derailed", "walls designed to resist": the
            # passive's subject is the subject of its infinitive
            found = next((c for c in node.children if c.dep_ in _PASSIVE_SUBJ), None)
        if found is not None:
            return found
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
            return None
        if node.dep_ == "conj" and (speaker := _speaker_between(node.head, node)) is not None:
            return speaker  # "..., police said, but declined to comment": the police's
        node = node.head
    return None


# Verbs that put a person in an office: "elected X president", "named X chief executive".
_ELECTING = frozenset({"elect", "appoint", "name", "choose", "select", "re-elect", "reelect"})


def _person_in(noun: Token) -> Token | None:
    """A person's name that ``noun`` is, or that the parser read into it as a compound:
    "Jo Bloggs", or the "Jo Bloggs" of "elected Jo Bloggs president"."""
    if noun.ent_type_ == "PERSON":
        return noun
    return next(
        (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"), None
    )


def _headline_passive(verb: Token, subject: Token) -> bool:
    """Whether a clause is a headline's passive, its auxiliary left out: "Man arrested after
    stabbing spree", "Minister charged with fraud" (a participle as the main verb, its subject
    before it, no auxiliary and no object), "Sanz elected Westmark president" (an office as
    the only object of a verb of electing)."""
    if verb.dep_ != "ROOT" or subject.i > verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.sent[-1].text == ".":
        # a sentence of the story, not a headline: a participle there is a past tense the
        # tagger misread ("Rescue workers, near the epicentre, sifted through rubble.")
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.tag_ == "VBN" and not objects:
        return True
    # "Sanz elected Westmark president": whom an election names, then the office (the tagger
    # may read the participle as a past tense), not an act of electing an office
    return (
        verb.lemma_.lower() in _ELECTING
        and len(objects) == 1
        and _titled(objects[0])
        and _person_in(objects[0]) is None  # (not "voters elected Jo Bloggs president")
        # (a headline's bare office: "elected a new president" is an act of electing)
        and not any(c.dep_ in ("det", "poss") for c in objects[0].children)
        and not any(c.dep_ in ("oprd", "attr", "dative") for c in verb.children)
    )


def _reduced_relative(verb: Token, subject: Token) -> bool:
    """Whether a finite-looking verb is a participle describing the noun before it: in "for
    3 billion francs ($3.3 billion), paid in shares, the bank gets ..." the parser reads
    "francs paid"; the francs were paid. A subject is never set off from its own verb by one
    comma alone, and a verb of the past tense reads as a participle there (its other clause
    holds the sentence's main verb)."""
    if verb.tag_ != "VBD" or verb.dep_ == "ROOT" or subject.i > verb.i:
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children):
        return False
    after = verb.doc[subject.i : verb.i]
    return (
        after[-1].text == ","
        and sum(t.text == "," for t in after) == 1
        and all(t.is_punct for t in verb.doc[subject.right_edge.i + 1 : verb.i])
    )


def _raised_object(verb: Token) -> Token | None:
    """The object two coordinated verbs share, written after the second ("backed and funded
    the movement"): the second verb follows the first with only "and"/"or" between them, has
    no subject of its own, and has a direct object."""
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if second is None or second.i != verb.i + 2 or verb.doc[verb.i + 1].dep_ != "cc":
        return None
    if any(c.dep_ in _SUBJ or c.dep_ in _PASSIVE_SUBJ for c in second.children):
        return None
    return next((c for c in second.children if c.dep_ == "dobj"), None)


def _country_owned(noun: Token, name: str) -> str:
    """``name`` with the country that a one-word demonym or country name before ``noun`` names
    as its owner: "the French economy" and "the US economy" are France's and the United
    States' economies, as "France's economy" and "America's economy" are."""
    words = name.split()
    if noun.pos_ != "NOUN" or not words or words[-1].lower() not in (noun.lower_, noun.lemma_):
        return name  # a name ("Swiss National Bank"), or what the noun stands for
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod"):
            hit = gazetteer().match([c.text], 0)
            if hit is None or hit[1].type != "country" or hit[1].role not in ("name", "demonym"):
                continue
            own = " ".join(w for w in name.split() if w != c.text)
            return f"{hit[1].name} {own}"
    return name


def _valued_at(word: Token) -> bool:
    """Whether ``word`` is "valued" after the noun it values: "a deal valued at $11.8 billion"."""
    return word.lemma_ == "value" and word.dep_ == "acl" and word.tag_ == "VBN"


def _unjoined_clause(head: Token, verb: Token) -> Token | None:
    """The subject of an adverbial clause between ``head`` and its conjunct ``verb`` when no
    conjunction joins the two ("came a day after rockets fired from X killed two"): the
    conjunct is that clause's verb, misparsed, and that subject its own."""
    between = head.doc[head.i + 1 : verb.i]
    if any(t.dep_ == "cc" or t.lower_ in ("and", "or", "but", ";") for t in between):
        return None
    clause = next((c for c in head.children if c.dep_ == "advcl" and head.i < c.i < verb.i), None)
    if clause is not None:
        return _subject_of(clause)
    return _misread_subordinate(head, verb)


def _misread_subordinate(head: Token, verb: Token) -> Token | None:
    """The subject of a clause that a subordinating word opens between ``head`` and the
    clause's finite ``verb``, when the parser read the word as a preposition and the subject
    as its object: "was the strongest since a quake in 1999 killed 2,400" (the quake)."""
    if verb.tag_ not in _FINITE:
        return None
    for word in head.doc[head.i + 1 : verb.i]:
        if word.dep_ == "prep" and word.lower_ in _SUBORDINATING:
            noun = next((c for c in word.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.right_edge.i == verb.i - 1:
                return noun
    return None


def _changed_to(verb: Token) -> Token | None:
    """The unit of time a change goes "to" ("from 12 years to eight years", "cut to seven
    years"), the "to" on the verb or on its "from"."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        holders = [prep] if prep.lower_ == "to" else []
        if prep.lower_ == "from":
            holders += [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"]
            holders += [
                c
                for g in prep.children
                for c in g.children
                if c.dep_ == "prep" and c.lower_ == "to"
            ]
        for to in holders:
            unit = next((g for g in to.children if g.dep_ == "pobj"), None)
            if unit is not None and unit.lemma_.lower() in _TERMS:
                return unit
    return None


# Nouns that after "by" say how something was done, not who did it: always ("charged with
# manslaughter by negligence", "passed by a majority of 20"), or bare ("sent by mail", "arrived
# by road"; "hit by a car" is the car's act).
_MEANS = frozenset(
    {
        "negligence", "mistake", "accident", "error", "default", "chance", "omission",
        "majority", "margin", "consensus", "proxy", "decree", "vote",
    }
)  # fmt: skip
# How a message or a traveller goes, said bare after "by": never who acts ("owners will be
# notified by letter", "were taken to hospital by helicopter"), in any claim.
_CARRIERS = frozenset(
    {
        "mail", "post", "letter", "phone", "telephone", "email", "text", "fax", "courier",
        "radio", "video", "videolink", "air", "sea", "road", "rail", "land", "car", "bus",
        "train", "boat", "ship", "plane", "helicopter", "foot",
    }
)  # fmt: skip
_BARE_MEANS = _MEANS | _CARRIERS | frozenset(
    {
        "force", "hand", "law", "design", "name", "birth", "marriage", "nature", "profession",
        "trade", "means", "virtue",
    }
)  # fmt: skip


def _means(noun: Token) -> bool:
    """Whether ``noun`` after "by" says how, not who (:data:`_MEANS`)."""
    lemma = noun.lemma_.lower()
    if lemma in _TIME_NOUNS or noun.like_num or lemma in ("%", "percent", "cent"):
        return True  # how much: "was extended by a day", "was cut by 10%"
    return lemma in _MEANS or (lemma in _BARE_MEANS and _bare_noun(noun))


def _carrier(noun: Token) -> bool:
    """Whether ``noun`` after "by" is how a message or a traveller went (:data:`_CARRIERS`,
    bare: "by letter", not "by the letter's author")."""
    return noun.lemma_.lower() in _CARRIERS and _bare_noun(noun)


def _bare_noun(noun: Token) -> bool:
    """Whether a noun stands without a determiner or an owner ("by letter", not "by the
    letter" or "by his letter")."""
    return not any(d.dep_ in ("det", "poss") for d in noun.children)


# Words that stand for a noun said just before: "... and at least one caught fire".
_ELIDING = frozenset(
    {"one", "some", "many", "most", "all", "none", "several", "few", "both", "others", "another"}
)


def _elided_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is a number or quantifier standing for a noun said before it
    ("at least one", "most"), not a noun of its own ("two ferries")."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJ | _PASSIVE_SUBJ), None)
    if subject is None:
        return False
    return (subject.pos_ == "NUM" or subject.lower_ in _ELIDING) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children
    )


def _names_the_complement(head: Token, appos: Token) -> bool:
    """Whether a name set off after ``head``'s "of" phrase names that phrase's noun, not the
    plural ``head`` the parser hung it on: "Fans of the home team, Acme FC, invaded the pitch"
    (one name is no name of many)."""
    return (
        head.tag_ == "NNS"
        and appos.tag_ == "NNP"
        and not any(c.dep_ == "conj" for c in appos.children)  # names of many ("X and Y")
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and head.i < c.i < appos.i for c in head.children
        )
    )


def _agent_of(verb: Token, *, means: bool = False) -> Token | None:
    """Who does a passive's act, by its "by" phrase: "was struck by an earthquake". With
    ``means``, not a means (:data:`_MEANS`: "was charged with manslaughter by negligence"):
    a lexicon predicate's summary names its agent, where an open claim is quoted whole."""
    return next(
        (
            g
            for c in verb.children
            # (not "were cut by half a point": by how much)
            if c.dep_ == "agent" and not _by_points(c)
            for g in c.children
            if g.dep_ == "pobj" and not (means and _means(g)) and not _carrier(g)
        ),
        None,
    )


def _apposed_on_verb(noun: Token) -> Token | None:
    """A name set off by commas right after ``noun``'s phrase but parsed as its verb's
    (an adverbial noun): "sentenced the former head of the agency, Jo Bloggs, to eight
    years"."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return None
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    name = doc[comma + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    closed = name.i + 1 < len(doc) and doc[name.i + 1].text in (",", ".")
    if (
        name.pos_ == "PROPN"
        and name.dep_ in ("npadvmod", "appos")
        and name.head.i == noun.head.i
        and closed
    ):
        return name
    return None


def _worth_of_amount(amount: Token) -> Token | None:
    """What an amount after "worth" or "valued at" is the value of (:func:`_worth_of`), also
    when the parser hangs "worth" on the amount ("took bribes worth 2 million euros", the
    amount a second object): the noun before "worth"."""
    head = amount.head
    if head.lower_ == "worth" or (head.lower_ == "at" and _valued_at(head.head)):
        return _worth_of(head)
    worth = next((c for c in amount.children if c.dep_ == "amod" and c.lower_ == "worth"), None)
    before = amount.doc[worth.i - 1] if worth is not None and worth.i else None
    if before is not None and before.pos_ in _NOUN_POS and before.head.i == head.i:
        return before
    return None


def _worth_of(worth: Token) -> Token | None:
    """What "worth" (or "valued at") says the value of: the noun it follows ("a deal worth $5
    billion", also when parsed on the verb: "stole jewels worth ..."), or the subject it is
    said of ("the items are worth ...")."""
    if worth.lower_ == "at":
        return worth.head.head  # "a deal valued at": the deal
    head = worth.head
    if head.pos_ in _NOUN_POS:
        return head
    if worth.dep_ == "acomp":
        return _subject_of(head)
    before = worth.doc[worth.i - 1] if worth.i else None
    if before is not None and before.pos_ in _NOUN_POS and before.head.i == head.i:
        return before
    return None


def _relative_subject(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` is the noun that the relative clause ``verb`` has as its subject
    ("three trains that had run into each other": the trains ran)."""
    return (
        verb.dep_ == "relcl"
        and subject.i == verb.head.i
        and any(c.dep_ in _SUBJ and c.lower_ in _RELATIVE for c in verb.children)
    )


def _stranded_teller(said: Token) -> Token | None:
    """Who a closing verb of saying without a subject of its own is said by, when the parser
    hung its subject on the clause before it as an apposition: "... stormed parliament in
    Nairobi, a coalition of rights groups said" (the coalition said so; Nairobi is none)."""
    if said.lemma_ not in _SPEECH or said.dep_ != "ROOT" or said.i < 3:
        return None
    if any(c.dep_ in _SUBJ for c in said.children):
        return None
    before = said.doc[said.i - 1]
    teller = next(
        (
            t
            for t in before.ancestors
            if t.dep_ == "appos" and t.i < said.i and t.right_edge.i == said.i - 1
        ),
        before if before.dep_ == "appos" else None,
    )
    if teller is None or teller.pos_ not in _NOUN_POS:
        return None
    return teller if said.doc[teller.left_edge.i - 1].text == "," else None


def _speaking_subject(verb: Token) -> Token | None:
    """Who says what a verb of saying reports: its subject, or when it has none of its own, the
    subject of the clause it continues ("the minister said A and added that B", "..., adding
    that B", "Noting that B, the minister said ...")."""
    subject = _subject_of(verb) or _stranded_teller(verb)
    node = verb
    while subject is None and node.head.i != node.i:
        if not (node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG")):
            break
        node = node.head
        subject = _subject_of(node)
    return subject


def _in_modifier(token: Token, anchor: Token) -> bool:
    """Whether ``token`` stands in a clause that modifies a noun (a participle, a relative
    clause) between it and the clause anchored at ``anchor``; not an event's ("a fire that
    swept through the warehouse on Tuesday killed 174": the fire's day is its deaths')."""
    node = token
    while node.i != anchor.i and node.head.i != node.i and anchor not in node.children:
        if (
            node.pos_ in ("VERB", "AUX")
            and node.dep_ in ("acl", "relcl")
            and node.head.lemma_.lower() not in EVENT_NOUNS
        ):
            return True
        node = node.head
    return False


def _age_at_death(token: Token) -> bool:
    """Whether ``token`` is a bare number after "at" on a verb of dying, a person's age: "died
    on Tuesday at 84", "passed away at 91" (not "the toll stood at 84")."""
    at = token.head
    return (
        token.dep_ == "pobj"
        and token.like_num
        and not any(c.dep_ != "punct" for c in token.children)
        and at.lower_ == "at"
        and at.head.lemma_ in ("die", "pass")
        and (at.head.lemma_ == "die" or any(c.lower_ == "away" for c in at.head.children))
        and _age_given(token) is not None
    )


def _a_body(noun: Token) -> bool:
    """Whether a noun names a body by its kind: "ministry", "party", "police", "opposition"."""
    return noun.text.title() in ORG_WORDS or noun.lemma_.lower() in _BODY_NOUNS


def _in_apposition(token: Token, anchor: Token) -> bool:
    """Whether ``token`` stands in a noun phrase set beside a participant to describe it,
    between it and the clause anchored at ``anchor`` ("Axel Ruiz, prime minister from 2010
    until 2019, was arrested"); not beside an event ("the attack, on Monday, killed five")."""
    node = token
    while node.i != anchor.i and node.head.i != node.i:
        if node.dep_ == "appos" and node.head.lemma_.lower() not in EVENT_NOUNS:
            return True
        node = node.head
    return False


def _of_the_reason(token: Token, anchor: Token) -> bool:
    """Whether ``token`` dates the noun of what a clause was done for, between it and the
    clause anchored at ``anchor``: "sentenced on Friday for the murder of X last year" (the
    murder was last year, not the sentencing)."""
    # (a bare time on the noun, "the murder last year"; "arrested for the attack on Friday" may
    # be the arrest's day, as the parser hangs it)
    return any(
        node.dep_ == "npadvmod"
        and node.head.pos_ == "NOUN"
        and node.head.dep_ == "pobj"
        and node.head.head.lower_ == "for"
        and node.head.head.head.i == anchor.i
        for node in up_to(token, anchor)
    )


# Words a change is told with, whose "from" names the time it is compared with: "up 12% from
# a year ago", "fell 3% from last year".
_MOVES_FROM = frozenset(
    {"up", "down", "rise", "fall", "grow", "climb", "increase", "decrease", "decline", "drop",
     "jump", "slip", "gain", "dip", "slide", "shrink", "surge", "soar", "plunge", "tumble"}
)  # fmt: skip


def _declared(anchor: Token) -> bool:
    """Whether a noun is what a clause declares someone ("was declared the winner"): the
    clause's times are the declaring's, not the noun's."""
    return anchor.pos_ == "NOUN" and anchor.head.lemma_ in _DECLARING


def _declared_when(token: Token, anchor: Token) -> bool:
    """Whether a time in a clause declaring someone what a noun says is the declaring's, not
    the noun's: "X was declared the winner early on Monday" was declared then (the contest's
    own day is said in its name: "the winner of Sunday's election")."""
    if not _declared(anchor):
        return False
    contest = {
        g.i for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree
    }
    return token.i not in contest


def _compared_with(token: Token, anchor: Token) -> bool:
    """Whether a time hangs under what a figure is compared with, between it and the clause
    anchored at ``anchor``: "up 12% from a year ago", "higher than last year", "compared
    with a year earlier", "versus the same period last year", or in an aside that multiplies
    an earlier figure, however the parser hung it ("won 99 seats, nearly double its tally in
    2019") (not when it happened)."""
    aside = token.doc.text.rfind(",", anchor.idx, token.idx)
    if aside >= 0 and _MULTIPLYING_ASIDE.match(token.doc.text, aside, token.idx):
        return True
    for node in up_to(token.head, anchor):
        word = node.lower_
        if word in ("versus", "vs", "vs.") or (
            word == "than" and node.head.lower_ not in ("later", "earlier", "sooner")
        ):
            return True  # (but "no later than Monday morning" is a deadline: a time)
        if word in ("with", "to") and node.head.lower_ in ("compared", "comparison"):
            return True
        if word == "from" and node.head.lemma_.lower() in _MOVES_FROM:
            # (not "from January to March", a span of its own)
            return not any(
                c.dep_ == "prep"
                and c.lower_ in ("to", "until", "through")
                and any(g.ent_type_ == "DATE" for g in c.children)
                for c in node.head.children
            )
    return False


def _earlier_value(token: Token, anchor: Token) -> bool:
    """Whether ``token`` hangs under the "from" of an earlier value between it and the clause
    anchored at ``anchor``: "has risen to 57, up from 41 on Monday"."""
    return any(
        node.lower_ == "from" and any(c.dep_ == "pobj" and c.like_num for c in node.children)
        for node in up_to(token.head, anchor)
    )


# How a time's first word hangs inside the noun phrase after "since": "the 2008 financial
# crisis", "the financial crisis 15 years ago".
_INSIDE_TIME = frozenset({"nummod", "compound", "amod", "det", "poss", "npadvmod", "advmod"})


def _share_of(token: Token) -> bool:
    """Whether a number (or the noun it counts) is a share, "one in seven", "one third",
    "two-thirds": read by :func:`find_quantities`, which finds no count in it."""
    number = token if token.like_num else next((c for c in token.children if c.like_num), None)
    if number is None:
        return False
    doc = number.doc
    after = doc[number.i + 1].lower_ if number.i + 1 < len(doc) else ""
    if after not in ("in", "-") and not after.startswith(FRACTION_WORDS):
        return False  # (most counts: no word of a share after them, nothing more to read)
    end = min(len(doc), number.i + 4)
    return not find_quantities(doc[number.i : end].text) and bool(find_quantities(number.text))


def _erupting(subject: Token | None) -> bool:
    """Whether ``subject`` is a mountain that erupts ("a volcano", "Mount Etna"), not an
    event that begins ("clashes erupted")."""
    if subject is None:
        return False
    return subject.lemma_.lower() in ("volcano", "mount", "mountain", "crater", "geyser") or (
        subject.pos_ == "PROPN" and any(t.lower_ in ("mount", "volcano") for t in subject.subtree)
    )


# A toll's words that make it a season's whole: "the total toll", "the overall death toll".
_WHOLE_TALLY = frozenset({"total", "overall", "cumulative", "combined"})


def _cumulative(noun: Token) -> bool:
    """Whether a tally noun counts a season's whole, not one event's: "the total death toll",
    "the toll from weeks of flooding", "the toll since March"."""
    if noun.lemma_.lower() not in _TALLIES:
        return False
    if any(c.lower_ in _WHOLE_TALLY for c in noun.children if c.dep_ == "amod"):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in noun.children):
        return True
    # (the parser may hang "from weeks of" on the verb: "bring the toll from weeks of ...")
    holders = [noun, noun.head] if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else [noun]
    for c in (c for holder in holders for c in holder.children):
        span = next((g for g in c.children if g.dep_ == "pobj"), None)
        if (
            c.dep_ == "prep"
            and c.lower_ == "from"
            and span is not None
            and span.lemma_.lower() in _SPANS
            and any(g.dep_ == "prep" and g.lower_ == "of" for g in span.children)
        ):
            return True
    return False


# How long before a story a count runs from for it to be a season's total, not its event's.
_SEASON = dt.timedelta(days=14)
# Lengths of time a whole is counted over: "weeks of flooding", "months of fighting".
_SPANS = frozenset({"day", "week", "month", "year"})


def _count_modifiers(verb: Token) -> list[Token]:
    """What modifies a verb's count: the verb's own dependants, and those the parser hung on
    what it counts ("has cancelled 3,500 flights since Friday", the time on the flights)."""
    counted = [c for c in verb.children if c.dep_ == "dobj"]
    return [*verb.children, *(g for d in counted for g in d.children)]


def _counted_since(verb: Token) -> bool:
    """Whether ``verb``'s count runs from a time on: "has cancelled 3,500 flights since
    Friday", "since the outage began" (not "since the airline could not fly": a cause)."""
    for c in _count_modifiers(verb):
        if c.dep_ == "prep" and c.lower_ == "since":
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return c.lemma_.lower() in ("begin", "start", "erupt", "break")
    return False


# Words that place a clause after what the story told: "Hours later, a quake hit".
_LATER = frozenset({"later", "afterwards", "afterward"})


def _another_event(noun: Token) -> str | None:
    """Which other event than the story's a noun names by its order ("a second quake": "second",
    "another blast": "another", "a strong aftershock": "aftershock"; "hours later, a quake
    hit": "another"), or None."""
    if noun.lemma_.lower() == "aftershock":
        return "aftershock"
    ordered = next(
        (
            c.lower_
            for c in noun.children
            if c.dep_ in ("amod", "det") and c.lower_ in ("second", "third", "fourth", "another")
        ),
        None,
    )
    if (
        ordered is None
        and noun.dep_ in _SUBJ
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and any(c.dep_ == "advmod" and c.lower_ in _LATER for c in noun.head.children)
    ):
        return "another"  # "Hours later, a magnitude 7.5 quake hit": not the one told before
    return ordered


def _record_time(noun: Token) -> bool:
    """Whether ``noun`` is "the first time", "the last time", "the only time" of a record."""
    return noun.lemma_.lower() == "time" and any(
        c.lower_ in ("first", "last", "only") or c.tag_ == "JJS" for c in noun.children
    )


def _superlative_since(token: Token) -> bool:
    """Whether ``token`` begins the time of "since" after a superlative or "first" ("its
    highest level since 2001", "the deadliest attack since 2015", "the first visit since
    2015", "the biggest merger since the 2008 financial crisis"): the time it is compared
    with, not the time of the clause."""
    node = token
    while node.dep_ in _INSIDE_TIME and node.head.i != node.i:
        node = node.head  # a year inside the noun phrase: "the 2008 financial crisis"
    since = node.head
    if node.dep_ != "pobj" or since.lower_ != "since" or since.dep_ != "prep":
        return False
    compared = since.head
    if compared.dep_ == "relcl" and _record_time(compared.head):
        return True  # "the first time a government had been ousted since 1962"
    if compared.pos_ in ("VERB", "AUX"):
        # "to claim their first title since 1986", the time hung on the verb: its object's
        compared = next((c for c in compared.children if c.dep_ in ("dobj", "attr")), compared)
    if compared.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return compared.tag_ == "JJS" or any(
        c.tag_ in ("JJS", "RBS")
        or c.lower_ in ("first", "last")
        or any(g.tag_ == "RBS" for g in c.children)  # "the most sweeping shake-up since"
        for c in compared.children
    )


def _verbless_main(verb: Token) -> bool:
    """Whether ``verb`` is the main verb of a sentence the parser gave none, hung as a
    participle on the noun it made the root: "The board named Jo Bloggs as chief executive"
    (right after the noun, with an object of its own), "The blast, which occurred at 10 a.m.,
    killed 40 people" (after the comma that closes what the noun was told by; a participle
    with an object of its own is no passive; nor is one that ends the sentence after the
    clause or the apposition the noun was told by: "Jo Bloggs, who won 44% of the vote,
    conceded on Sunday")."""
    if not (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.i == verb.sent.root.i
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
    ):
        return False
    if verb.doc[verb.i - 1].text != ",":
        # "The board named Maria Sanz as interim chief executive.": right after the noun,
        # with an object or its predicate of its own
        return verb.i == verb.head.i + 1 and any(c.dep_ in ("dobj", "oprd") for c in verb.children)
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    told = [c for c in verb.head.children if c.dep_ in ("relcl", "appos") and c.i < verb.i]
    return (
        bool(told)
        and told[-1].right_edge.i == verb.i - 2
        and verb.right_edge.i >= verb.sent.end - 2
        and not any(c.dep_ == "agent" for c in verb.children)
    )


# Words of a range of numbers the entity tagger may take for a date: "between 20 and 30".
_RANGE_WORDS = frozenset({"between", "and", "to", "-", "–", "from"})


def _from_when(verb: Token) -> bool:
    """Whether a participle of starting only says from when the clause it hangs on holds:
    "cut output starting in May", "beginning on Monday" (no one starts anything; but "with
    pre-orders starting on Friday" is the pre-orders' start). The parse may hang it on the
    noun before it when that noun ends a phrase of another preposition: "will be notified by
    letter starting in March", "a ban on flights starting in May" (the ban starts)."""
    if verb.lemma_ not in ("start", "begin") or verb.tag_ != "VBG":
        return False
    hung = verb.dep_ == "acl" and verb.head.dep_ == "pobj" and not _started_thing(verb)
    if verb.dep_ not in ("advcl", "xcomp", "prep", "npadvmod") and not hung:
        return False
    kids = list(verb.children)
    return bool(kids) and all(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and _timed(g) for g in c.children) for c in kids
    )


# Words of how grave harm was: "no serious injuries" denies only those.
# ("life-threatening" is parsed as its last word)
_GRAVE = frozenset(
    {"serious", "major", "severe", "significant", "grave", "critical", "life-threatening",
     "threatening", "fatal"}
)  # fmt: skip


def _timed(token: Token) -> bool:
    """Whether the named-entity tagger marks ``token`` a date or a time (which counts
    nothing). Not numbers of up to three digits alone (or in a range) where a count stands:
    counting a plural noun ("between 20 and 30 people"), as a clause's subject ("officials
    said 45 had died": "at 10" is a time, "10 were hurt" is not; "Jo Bloggs, 45," is an age),
    as a verb's object ("injuring 35"), or as the value a toll is put at ("put the toll at
    42, while ...")."""
    if token.ent_type_ not in _NOT_COUNTS:
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    numbers = entity is not None and all(
        (t.text.isdigit() and len(t.text) <= 3)
        # ("Fourteen activists were convicted": a number word opening a sentence, tagged
        # a date)
        or (t.is_alpha and t.like_num)
        or t.lower_ in _RANGE_WORDS
        for t in entity
    )
    if not numbers:
        return True
    if token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS"):
        return False  # "between 20 and 30 people": a count of people, whatever the tag
    if token.dep_ in _SUBJ | _PASSIVE_SUBJ:
        return token.i > 0 and token.doc[token.i - 1].text == ","
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return False  # "killing seven and injuring 35, police said": what the act counts
    preposition = token.head
    return not (
        token.dep_ == "pobj"
        and preposition.lower_ in ("at", "to")
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _TALLIES for c in preposition.head.children
        )
    )


def _question(clause: Token) -> str | None:
    """The kind of indirect question the content clause of ``clause`` is: "whether" ("asked
    whether the dam had held", "if" too), "how many" ("how much" too: the number is what is
    asked), "which" ("which", "what", "who": the one who did it is asked), or its wh-word
    ("why", "how", "when", "where": what it asks about happened); None when it is no
    question."""
    if clause.dep_ != "ccomp":
        return None
    first = clause.left_edge
    node = first
    while node.i != clause.i:
        if node.i != first.i and node.pos_ in ("VERB", "AUX"):
            return None  # "if that happens, UBS would take on ...": another clause's word
        node = node.head
    word = first.lower_
    if word in ("whether", "if"):
        return "whether"
    if word in ("which", "what", "who", "whom", "whose"):
        return "which"  # "did not say which units were hit": who or what is asked
    after = first.doc[first.i + 1].lower_ if first.i + 1 < len(first.doc) else ""
    if word == "how" and after in ("many", "much"):
        return "how many"
    return word if word in ("why", "how", "when", "where") else None


_ABOARD = frozenset({"board", "aboard"})


def _listed_in_other(subject: Token, subjects: Sequence[Token]) -> bool:
    """Whether ``subject`` follows an "and" that joins a list inside another of the verb's
    ``subjects`` (the parser's second subject is the list's last item)."""
    if not subject.left_edge.i:
        return False
    joining = subject.doc[subject.left_edge.i - 1]
    return joining.dep_ == "cc" and any(
        other.i != subject.i and joining.head in other.subtree and other.i < joining.i
        for other in subjects
    )


def _gap_filled(verb: Token, matched: Sequence[Token]) -> Sequence[Token]:
    """A lexicon match's words without the verb's direct object when the object stands inside
    the words, between the verb and the rest ("took Jo Bloggs into custody", "placed the
    president under house arrest"): the object is the act's, not a word of its form."""
    direct = next((c for c in verb.children if c.dep_ == "dobj"), None)
    inside = {t.i for t in matched}
    if direct is None or direct.i not in inside or max(inside) <= direct.right_edge.i:
        return matched
    held = {t.i for t in direct.subtree}
    return [t for t in matched if t.i not in held]


def _nearest_child(verb: Token, deps: Collection[str]) -> Token | None:
    """The verb's child of one of ``deps``; of two (a misparse), the nearest before the verb,
    else the first."""
    found = [c for c in verb.children if c.dep_ in deps]
    if len(found) > 1:
        # "one of the 242 people on board the plane survived": the vehicle after "on board"
        # or "aboard" is where they were, however the parser hung it; "a plane with 72
        # people on board crashed": those after "with" are what the other holds
        doc = verb.doc
        found = [
            c
            for c in found
            if not (c.left_edge.i and doc[c.left_edge.i - 1].text.lower() in (*_ABOARD, "with"))
        ] or found
        # "A train carrying 342 passengers and 10 crew collided": the words after "and" end
        # the other subject's list, hung on the verb
        found = [c for c in found if not _listed_in_other(c, found)] or found
    before = [c for c in found if c.i < verb.i]
    return max(before, key=lambda c: c.i) if before else found[0] if found else None


def _told_before(said: Token, joined: Token) -> Token | None:
    """The clause a speaker's verb closes when a contrasting clause the parser joined to that
    verb goes on with it: in "X won 35.4%, the commission said, but lost its majority", "won"
    (not for a verb of saying, vowing or holding back, the speaker's own: "..., police said,
    but declined to give details")."""
    if said.lemma_.lower() not in _SPEECH or joined.lemma_.lower() in _SPEAKERS_OWN:
        return None
    if not any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in (*joined.children, *said.children)
    ):
        return None
    return next(
        (
            c
            for c in said.children
            if c.dep_ in _CONTENT_DEPS and c.i < said.i and c.pos_ in ("VERB", "AUX")
        ),
        None,
    )


def _speaker_between(head: Token, joined: Token) -> Token | None:
    """The speaker of a verb of saying set between two joined verbs, when the second is the
    speaker's own saying or holding back ("X killed two, police said, but declined to
    comment": the police declined), or None."""
    if joined.lemma_.lower() not in _SPEAKERS_OWN:
        return None
    said = next(
        (
            c
            for c in head.children
            if c.dep_ in ("parataxis", "ccomp")
            and head.i < c.i < joined.i
            and c.lemma_.lower() in _SPEECH
        ),
        None,
    )
    return _subject_of(said) if said is not None else None


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject; of two (a misparse of "a magnitude 6.8 earthquake"), the nearer."""
    subject = _nearest_child(verb, _SUBJ)
    if subject is None and (source := _according(verb)) is not None:
        # "According to Acme, about 16 billion francs of bonds will become worthless", parsed
        # with the francs set beside Acme: what stands after the comma is the subject
        beside = [
            c
            for c in source.children
            if c.dep_ == "appos"
            and c.i < verb.i
            and any(t.text == "," for t in verb.doc[source.i : c.i])
        ]
        subject = beside[0] if beside else None
    if subject is not None and subject.lemma_.lower() in _UNIT_NOUNS:
        # "the magnitude 7.0 earthquake struck", parsed as "magnitude" with "earthquake" beside it
        if subject.lemma_.lower() in _LENGTHS and any(c.dep_ == "nummod" for c in subject.children):
            # "footage from an area some 40 km (25 miles) south of X showed ...": a distance
            # does nothing; the parser took a place's position for the subject
            return None
        beside = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        subject = beside[0] if beside else subject
    return subject


_SUFFIXED = re.compile(r"\d+(?:\.\d+)?(?:" + "|".join(SHORT_SCALES) + ")", re.IGNORECASE)


def _beside(head: Token, appos: Token) -> bool:
    """Whether an apposition stands by its noun's phrase, as one does ("the storm, Helene,"),
    not a name the parser hung on a noun a clause away ("The storm came ashore ..., before
    tearing through Georgia, the Carolinas and Tennessee")."""
    between = head.doc[head.i + 1 : appos.left_edge.i]
    return all(t.is_punct or head in t.ancestors for t in between)


def _compounded_number(token: Token) -> bool:
    """Whether a number word is the end of a compound number: the "one" of "Forty-one"."""
    return any(c.dep_ == "compound" and c.like_num for c in token.children)


# Words that make a number approximate, which the parser may take for a preposition ("some"
# before a number is a determiner, never one).
_APPROXIMATING = APPROXIMATORS - {"some"}
# Bounds the parser reads as prepositions too: "injuring over 2,800", "killing under 50".
_BOUNDING = frozenset({"over", "under"})


def _approximated(number: Token) -> bool:
    """Whether ``number`` is a bare number the parser made the object of an approximating or
    bounding word read as a preposition ("wounding about 2,800", "injuring over 2,800")."""
    return (
        number.dep_ == "pobj"
        and number.head.dep_ == "prep"
        and number.head.lower_ in _APPROXIMATING | _BOUNDING
        and _numeric(number)
        and all(c.dep_ == "punct" for c in number.children)
    )


def _named_number(number: Token) -> bool:
    """Whether a number word is part of a name, capitalised after a capitalised word inside
    its sentence: "Capital One shares", "Formula One", not "One man died"."""
    if not number.is_alpha or not number.text[:1].isupper() or number.i == number.sent.start:
        return False
    before = number.doc[number.i - 1]
    return before.is_alpha and before.text[:1].isupper()


def _slashed(token: Token) -> bool:
    """Whether a proper name is joined to the next by a slash ("CDU/CSU")."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "/"
        and not token.whitespace_
        and not doc[token.i + 1].whitespace_
        and doc[token.i + 2].pos_ == "PROPN"
    )


def _counted_whole(of: Token) -> bool:
    """Whether an "of" names a whole its source has counted and set apart, of which "one"
    is a count ("only one of the 242 people on board survived"), not one member of a kind ("one
    of 30 banks", "one of the largest banks")."""
    whole = next((g for g in of.children if g.dep_ == "pobj"), None)
    return (
        whole is not None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in whole.children)
        and any(c.dep_ == "nummod" for c in whole.children)
        and any(_says_aboard(c) for c in whole.children)
    )


def _numeric(token: Token) -> bool:
    """A number, written with a scale suffix too ("3.24bn")."""
    return bool(token.like_num or _SUFFIXED.fullmatch(token.text))


def _corrects(neg: Token) -> bool:
    """Whether a "not" opens a correction: "not 174 but 125"."""
    if neg.lower_ not in ("not", "never") or neg.i + 1 >= len(neg.doc):
        return False
    number = neg.doc[neg.i + 1]
    return (
        number.like_num
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in number.children)
        and any(c.dep_ == "conj" and c.like_num for c in number.children)
    )


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for c in token.children:
        if c.dep_ == "conj":
            out.append(c)
            out.extend(_conjuncts(c))
    return out
