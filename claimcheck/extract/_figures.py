"""Figures: what a counted or measured claim measures, of which event, in which unit.

A claim with a quantity becomes a figure when the measure table
(:mod:`claimcheck.normalise._measures`) names what it measures: by the quantity's unit
("14 percent", "72 km", "3 billion francs"), by a tally noun ("the death toll rose to 12", "the
number of injured"), by a counted noun ("288 deaths"), by the lexicon predicate ("killed 12")
or by the verb ("12 people died", "280 bodies were recovered"). Any other counted noun is a plain
count ("count:ambulance"). A sub-population ("17 children among the dead", "26 foreigners
killed") stays part of the figure.

Figures about an event belong to the story's main event unless the sentence dates another
("a 2004 tremor that killed over 600", "in 1981 ... killing at least 800"): then the event is
that year. Distances are converted to kilometres to compare (the text keeps what was printed);
money keeps its currency as the figure's unit, so amounts compare like with like.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from claimcheck.model import Quantity, TimeRange
from claimcheck.normalise._measures import MeasureSpec, MeasureTable, plural, singular
from claimcheck.normalise._numbers import FRACTION_WORDS, find_quantities, word_number

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "APPROXIMATORS",
    "CURRENCIES",
    "LEVELS",
    "PASSING",
    "STOPPAGES",
    "Figure",
    "compound_kinds",
    "earlier_year",
    "figure_of",
    "injury_condition",
    "money_code",
    "part_in",
    "singular",
]

# Currency words and signs, and the code a figure is compared under.
CURRENCIES = {
    "franc": "CHF", "francs": "CHF", "chf": "CHF",
    "dollar": "USD", "dollars": "USD", "$": "USD", "us$": "USD", "usd": "USD",
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "£": "GBP", "gbp": "GBP",
    "yen": "JPY", "¥": "JPY", "rupee": "INR", "rupees": "INR", "₹": "INR",
    "lakh": "INR", "crore": "INR", "yuan": "CNY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB",
    # (a name several countries' currencies share is one code: a story's are one country's)
    "crown": "CROWN", "crowns": "CROWN", "krona": "CROWN", "kronor": "CROWN",
    "krone": "CROWN", "kroner": "CROWN", "koruna": "CROWN", "korunas": "CROWN",
    "lira": "LIRA", "liras": "LIRA", "lire": "LIRA", "rand": "ZAR", "naira": "NGN",
    "peso": "PESO", "pesos": "PESO", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF",
    "forints": "HUF", "shekel": "ILS", "shekels": "ILS", "dinar": "DINAR", "dinars": "DINAR",
    "dirham": "DIRHAM", "dirhams": "DIRHAM", "ringgit": "MYR", "baht": "THB",
    "rupiah": "IDR", "taka": "BDT", "shilling": "SHILLING", "shillings": "SHILLING",
    "cedi": "GHS", "cedis": "GHS", "kwacha": "KWACHA", "hryvnia": "UAH", "hryvnias": "UAH",
    "tenge": "KZT", "riyal": "RIYAL", "riyals": "RIYAL", "rial": "RIAL", "rials": "RIAL",
    "birr": "ETB",
}  # fmt: skip
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# An event this long before publication is another event, not the story's.
_ANOTHER_EVENT = dt.timedelta(days=60)
# ... and this long before, when the clause says it came earlier ("had already ...").
_ANOTHER_WEEK = dt.timedelta(days=7)
_EARLIER = frozenset({"already", "previously", "earlier"})


@attrs.frozen
class Figure:
    """What a figure claim measures."""

    measure: str
    population: str | None
    event: str | None
    quantity: Quantity


def money_code(unit: str) -> str:
    """The code an amount in ``unit`` is compared under: "francs" -> "CHF", "$" -> "USD".

    >>> money_code("francs"), money_code("$"), money_code("dinars"), money_code("kyat")
    ('CHF', 'USD', 'DINAR', 'KYAT')
    """
    return CURRENCIES.get(unit.lower(), unit.upper())


# Units counted as nouns, by their abbreviations and other spellings: "lost 15kg" and "lost 15
# kilograms" are one figure.
_UNIT_WORDS = {"kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram", "kilogramme": "kilogram",
               "liter": "litre", "ltr": "litre", "meter": "metre",
               # barrels a day, as oil news writes them: "500,000 bpd", "2 million b/d"
               "bpd": "barrel", "b/d": "barrel"}  # fmt: skip

# A change by a percentage has a direction: "fell 12%" and "rose 12%" are not one figure.
_DOWN = frozenset(
    {"fall", "drop", "plunge", "slump", "decline", "lose", "sink", "tumble", "slide", "shed",
     "dip", "crash", "plummet", "dive", "slip", "ease", "retreat", "shrink", "decrease",
     "contract", "narrow", "lower", "down", "less", "low", "halve", "weaken"}
)  # fmt: skip
_UP = frozenset(
    {"rise", "gain", "climb", "jump", "soar", "surge", "rally", "advance", "increase", "grow",
     "expand", "widen", "rocket", "spike", "add", "up", "higher", "high", "more", "double",
     "triple", "quadruple", "strengthen"}
)  # fmt: skip


_CHANGES = _DOWN | _UP
# Acts that change what they act on, by their own verb alone (a clause joined to a change is
# no direction of it: "rose 5%, cutting losses"): "raised the minimum wage by 8%".
_RAISING = frozenset({"raise", "lift", "hike", "boost"})
_CUTTING = frozenset({"cut", "reduce", "slash", "trim"})


# Verbs whose amount is the level their subject stands at: "revenue was $5 billion", "the
# bill reached", "totalled", "stood at", "came in at", "amounted to", "hit".
LEVELS = frozenset({"be", "reach", "total", "stand", "come", "amount", "hit"})
# Verbs of a level passing a mark: what they pass is a bound of the level.
_THRESHOLDS = frozenset({"cross", "top", "surpass", "exceed", "pass", "breach"})


def _from_to(counted: Token) -> bool:
    """Whether ``counted`` is the amount of "from $4 billion to $3 billion" parsed as one, after
    "from" (its "to" on the amount or on its number: "raised its rate from 4% to 4.5%")."""
    return (
        counted.dep_ == "pobj"
        and counted.head.lower_ == "from"
        and any(t.lower_ == "to" and t.i < counted.i for t in counted.subtree)
    )


def moved_to(verb: Token, counted: Token) -> bool:
    """Whether ``counted`` is an amount "$2 to $84" that the parser made one (a range) after a
    verb of change told in the past: "Brent crude rose $2 to $84 a barrel" moved by the first
    and reached the second (a move that happened has one size; not "is expected to rise $2 to
    $3", a forecast's range, nor "rose from $2 to $84", nor "by $2 to $3")."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in _CHANGES:
        return False
    if counted.dep_ not in ("dobj", "npadvmod") or counted.head.i != verb.i:
        return False
    numbers = [t.i for t in counted.subtree if t.like_num]
    if len(numbers) < 2:
        return False
    if not any(t.lower_ == "to" and numbers[0] < t.i < numbers[-1] for t in counted.subtree):
        return False
    first = min(t.i for t in counted.subtree)
    return not (first and verb.doc[first - 1].lower_ in ("from", "between", "by"))


def level_of(verb: Token, counted: Token | None) -> bool:
    """Whether the amount ``counted`` is the level that ``verb``'s subject stands at: after a
    verb of level, or after "to" of a verb of change ("rose to $5.3 billion", "fell from $4
    billion to $3 billion"; "rose $500 million" is by how much)."""
    lemma = verb.lemma_.lower()
    if lemma in LEVELS:
        return True
    if counted is None:
        # an amount read with its bound ("topped $2,000", "above $100,000"): its number
        counted = next(
            (
                t
                for c in verb.children
                for t in ((c,) if c.dep_ == "dobj" else c.children if c.dep_ == "prep" else ())
                if t.like_num and t.dep_ in ("dobj", "pobj")
            ),
            None,
        )
    if any(moved_to(verb, c) for c in ([counted] if counted is not None else verb.children)):
        return True  # "rose $2 to $84" read as one amount: the level is its second
    if lemma in _THRESHOLDS and counted is not None and counted.dep_ == "dobj":
        return counted.head.i == verb.i  # "crossed $100,000", "topped $2,000 an ounce"
    if lemma not in _CHANGES or counted is None or counted.dep_ != "pobj":
        return False
    prep = counted.head
    if _from_to(counted):
        # "fell from $4 billion to $3 billion", parsed as one amount: the one it went to
        return prep.head.i == verb.i
    if prep.lower_ in ("above", "past", "below", "beyond"):
        return prep.head.i == verb.i  # "rose above $100,000": a bound of the level
    if prep.lower_ != "to":
        return False
    onward = prep.head if prep.head.lower_ == "from" else prep
    return onward.head.i == verb.i


_CASE_KINDS = frozenset({"suspected", "confirmed", "probable"})
_ELECTORATE = frozenset({"voter", "voters", "electorate", "elector", "electors"})


def _voted(verb: Token) -> bool:
    """Whether a clause says that those it counts voted: "voted", "cast ballots", "turned out",
    "took part", "went to the polls"."""
    lemma = verb.lemma_.lower()
    words = {c.lemma_.lower() for c in verb.children} | {
        g.lemma_.lower() for c in verb.children if c.dep_ == "prep" for g in c.children
    }
    if lemma == "vote" and (
        words & {"yes", "no", "favour", "favor"}
        or any(c.dep_ == "prep" and c.lower_ in ("for", "against") for c in verb.children)
    ):
        return False  # "60% of voters voted No", "voted for X": a side's share, no turnout
    return (
        lemma in ("vote", "participate")
        or (lemma == "cast" and bool(words & {"ballot", "vote"}))
        or (lemma == "turn" and "out" in words)
        or (lemma == "take" and "part" in words)
        or (lemma == "go" and "poll" in words)
    )


def vote_side(verb: Token) -> str | None:
    """The side a vote is cast for ("voted No", "voting Yes", "voted for Jo Bloggs", "voted
    against the bill", "voted in favour"), in its words, or None."""
    if verb.lemma_.lower() != "vote":
        return None
    for c in verb.children:
        if c.lower_ in ("yes", "no") and c.dep_ != "neg":
            return c.text.capitalize()
        if c.dep_ == "prep" and any(g.lemma_.lower() in ("favour", "favor") for g in c.children):
            return "in favour"  # "voted in favour of the change"
        if c.dep_ == "prep" and c.lower_ in ("for", "against"):
            named = next((g for g in c.children if g.dep_ == "pobj"), None)
            if named is not None:
                words = " ".join(t.text for t in named.subtree)
                return words if c.lower_ == "for" else f"against {words}"
    return None


def change_verb(verb: Token) -> bool:
    """Whether ``verb`` tells a rise or a fall ("fell", "climbed", "eased")."""
    return verb.lemma_.lower() in _CHANGES


def change_noun(noun: Token) -> bool:
    """Whether ``noun`` names a rise or a fall ("a 33% drop", "a 5% rise in sales")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _CHANGES


def move_noun(noun: Token) -> bool:
    """Whether ``noun`` names a move up or down that :func:`directed` can sign: a rise or a
    fall, or an act of raising or cutting ("a quarter-point cut", "a 50 basis point hike")."""
    return change_noun(noun) or noun.lemma_.lower() in _RAISING | _CUTTING


def directed(quantity: Quantity, verb: Token) -> Quantity:
    """A percentage change signed by its direction ("fell 12%" is -12, shown "down 12"): the
    verb (or the noun: "a 33% drop"), or a "lower"/"higher"/"down"/"up" beside it ("opened
    64% lower", "were down 14%")."""
    words = {verb.lemma_.lower()} | {
        c.lemma_.lower()
        for c in verb.children
        if c.dep_ in ("advmod", "acomp", "prt", "advcl")
        # "turnout was 61%, up from 57%": the level reached, the change is from the other
        and not any(g.dep_ == "prep" and g.lower_ == "from" for g in c.children)
        # "rose 4.2%, while energy prices fell 6%": a clause with a subject of its own
        and not (c.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
    }
    lemma = verb.lemma_.lower()
    down = bool(words & _DOWN) or lemma in _CUTTING
    up = bool(words & _UP) or lemma in _RAISING
    if down == up:
        return quantity  # no direction, or both ("fell, then rose 3%"): as printed
    if up:
        return quantity.model_copy(update={"text": f"up {quantity.text}"})
    return quantity.model_copy(
        update={
            "low": None if quantity.high is None else -quantity.high,
            "high": None if quantity.low is None else -quantity.low,
            "text": f"down {quantity.text}",
        }
    )


# What an accused is charged with, counted: "three counts of murder", "10 charges".
_CHARGE_NOUNS = frozenset({"count", "charge"})
# Verbs whose "for" phrase names what is sought: "searching for 23 miners".
_SEEKING = frozenset({"search", "look", "hunt", "comb"})


def sought(noun: Token) -> bool:
    """Whether ``noun`` is what a search is for: "searching for 23 miners"."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lemma_.lower() in _SEEKING
    )


# Nouns of a stoppage of work: "the strike by 33,000 workers".
STOPPAGES = frozenset({"strike", "walkout", "stoppage"})


def _struck_by(counted: Token) -> bool:
    """Whether ``counted`` counts those who stop work in "a strike by 33,000 workers"."""
    return (
        counted.dep_ == "pobj"
        and counted.head.lower_ == "by"
        and counted.head.head.lemma_.lower() in STOPPAGES
    )


def _in_care(verb: Token) -> bool:
    """Whether a verb of injury tells who is in care at the time: "382 are being treated",
    "40 are still being treated" (but "50 were treated for injuries" counts the injured)."""
    children = list(verb.children)
    progressive = any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children) or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)
    )
    still = any(c.dep_ == "advmod" and c.lower_ == "still" for c in children)
    return progressive or still


def _partitive(counted: Token | None, table: MeasureTable) -> Token | None:
    """The tally noun of a definite partitive count, "19 of the dead", "five of the victims":
    the count is a part of that figure, not the figure."""
    whole = of_object(counted) if counted is not None and counted.like_num else None
    if whole is None or whole.lower_ not in table.by_noun:
        return None
    return whole if any(c.dep_ == "det" and c.lower_ == "the" for c in whole.children) else None


def _joined(counted: Token | None) -> list[str]:
    """The nouns joined to a counted one that have no number of their own: "226 passengers
    and crew" counts both (a population of its own), "212 passengers and 14 crew" does not."""
    if counted is None:
        return []
    return [
        c.lower_
        for c in counted.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and not any(g.like_num for g in c.children)
    ]


# What people counted in a disaster work with: listed beside them, no part of their number.
_EQUIPMENT = frozenset(
    {"aircraft", "plane", "helicopter", "vehicle", "truck", "lorry", "boat", "ship", "engine",
     "dog", "excavator", "bulldozer", "drone", "ambulance", "tanker", "pump", "crane"}
)  # fmt: skip


def _of_country(counted: Token | None, unit: str, table: MeasureTable) -> str:
    """A group as counted with the country or origin that sets it apart: "12 British nationals"
    and "14 French nationals" are two groups, not two counts of nationals; "foreign nationals"
    are foreigners, "fighters" militants (the measure table's groups of counted nouns)."""
    if counted is None:
        return unit
    # (by the first of its synonyms: "15 fighters" and "12 militants" are one group)
    named = table.counted_as(singular(unit), set())
    if named != singular(unit) and table.counted.get(named) is not None:
        unit = plural(named)
    marks = [
        c.text
        for c in counted.children
        if c.i < counted.i
        and c.dep_ in ("amod", "compound", "nmod")
        and (c.pos_ == "PROPN" or c.text[:1].isupper() or c.lower_ == "foreign")
    ]
    if not marks:
        return unit
    named = table.counted_as(" ".join([*(m.lower() for m in marks), singular(unit)]), set())
    if named in table.counted and table.counted[named].noun == named:
        return plural(named)
    return " ".join([*marks, unit])


def _counted_beside(counted: Token | None) -> bool:
    """Whether another noun with a number of its own is listed with ``counted``: "12
    protesters and two journalists" (of either)."""
    if counted is None or not counted.is_alpha:
        return False
    first = counted.head if counted.dep_ == "conj" else counted
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return False  # "3,000 jobs, or 6% of its workforce": the same cut, said again
    listed = [c for c in first.children if c.dep_ == "conj"] + [first]
    return any(
        other.i != counted.i
        and other.pos_ == "NOUN"
        and other.is_alpha
        and other.lower_ != counted.lower_
        # "800 firefighters and 12 aircraft": people and what they work with, not two parts
        and singular(other.lower_) not in _EQUIPMENT
        and any(g.like_num or g.dep_ == "nummod" for g in other.children)
        for other in listed
    )


def _capacity(verb: Token) -> bool:
    """Whether a verb tells what something can do, not what it did: "can carry 250",
    "was licensed to carry 250 passengers", "designed to hold 40,000 people"."""
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children):
        return True
    return verb.dep_ in ("xcomp", "acl", "advcl") and verb.head.lemma_.lower() in CAPABLE


def part_in(place: Token) -> str:
    """The population of a figure's part in a place, the place as printed up to its head:
    "in Hentzau province" (of "19 of the dead were in Hentzau province, where ...")."""
    return "in " + " ".join(t.text for t in place.subtree if t.i <= place.i)


def _condition(verb: Token) -> tuple[str, str | None] | None:
    """The measure and sub-population of those a clause puts in care: the injured "in critical
    condition" of "remained in a critical condition", "were in serious condition" (as one
    wording); those in hospital of "remain in hospital". Not the condition of another count
    said between ("43 remain in hospital, 11 of them in critical condition")."""
    if verb.lemma_ not in ("be", "remain", "stay", "lie"):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        if any(o.like_num and o.dep_ in ("npadvmod", "appos") and o.i < c.i for o in verb.children):
            return None
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if g.lemma_.lower() == "condition":
                said = [a.lower_ for a in g.children if a.dep_ == "amod" and a.i < g.i]
                if said:
                    return "injured", f"in {' '.join(said)} condition"
            if g.lemma_.lower() == "hospital":
                return "hospitalised", None
    return None


# How badly the injured are hurt, as the condition they are said to be in.
_INJURY_DEGREES = {
    "critically": "critical",
    "critical": "critical",
    "seriously": "serious",
    "serious": "serious",
    "badly": "serious",
    "severely": "serious",
    "severe": "serious",
    "gravely": "serious",
    "grave": "serious",
    "slightly": "minor",
    "lightly": "minor",
    "minor": "minor",
    "slight": "minor",
    "light": "minor",
}


def _degree(verb: Token, counted: Token | None) -> str | None:
    """The condition of the injured a clause counts by how badly they are hurt: "were
    critically injured", "suffered serious injuries" ("in serious condition"), "were slightly
    hurt" ("with minor injuries"), or None."""
    # (before the verb: in "2,059 were injured, 1,404 of them seriously" it is the part's)
    said = [c.lower_ for c in verb.children if c.dep_ == "advmod" and c.i < verb.i]
    for c in verb.children:
        if (
            c.dep_ == "dobj"
            and c.lemma_.lower() in ("injury", "wound")
            and (counted is None or c.i != counted.i)
        ):
            said += [a.lower_ for a in c.children if a.dep_ == "amod"]
    return next((found for w in said if (found := injury_condition(w)) is not None), None)


def injury_condition(word: str) -> str | None:
    """The condition a word of how badly someone is hurt puts them in ("critically", "serious":
    "in critical condition", "in serious condition"; "slightly": "with minor injuries"), or
    None."""
    found = _INJURY_DEGREES.get(word.lower())
    if found == "minor":
        return "with minor injuries"
    return f"in {found} condition" if found else None


def _still(verb: Token) -> bool:
    """Whether a verb says its state holds now: "are still being held"."""
    return any(c.dep_ == "advmod" and c.lower_ in ("still", "currently") for c in verb.children)


# What is left of the dead, counted by whose it is: "recovered the bodies of 12 workers".
REMAINS = frozenset({"body", "remains", "corpse"})


def _remains_of(counted: Token | None) -> bool:
    """Whether a count is of whose bodies they are: "the bodies of 12 workers"."""
    if counted is None or counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return False
    return counted.head.head.lemma_.lower() in REMAINS


def _denied(obj: Token) -> bool:
    """Whether an object is said with "no" ("no electricity")."""
    return any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children)


def _verb_phrase(lemma: str, obj: Token) -> str:
    """A verb with its object as the measure table lists it: "lose power"; with the object's
    "no" when it has one ("had no electricity" is "have no electricity", a state of its own)."""
    return f"{lemma} {'no ' if _denied(obj) else ''}{obj.lemma_.lower()}"


def measured_denial(verb: Token, table: MeasureTable) -> bool:
    """Whether the "no" of a verb's object belongs to a measure the table names ("23,000
    households had no electricity": those without power, no denial)."""
    return any(
        c.dep_ == "dobj" and _denied(c) and _verb_phrase(verb.lemma_.lower(), c) in table.by_verb
        for c in verb.children
    )


def _alive(verb: Token) -> bool:
    """Whether a verb of recovering says that those it counts were alive: "rescuers pulled 16
    people alive from the wreckage", "three were recovered alive", "were pulled from the water
    alive" (rescued, not bodies)."""
    if any(c.lower_ == "alive" for c in verb.children):
        return True
    # "were pulled from the water alive": the parser may hang it on the place they left
    return any(
        g.lower_ == "alive" and g.i > p.i
        for c in verb.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj"
        for g in p.children
    )


# What a count of a pronoun counts is in an earlier sentence or clause ("four of them in
# critical condition", "two of those were children", "1,300 buildings were damaged, 95 of
# which collapsed"): no figure of its own.
_PRONOUNS = frozenset({"them", "those", "these", "they", "others", "ones", "which", "whom"})


def of_object(token: Token) -> Token | None:
    """The object of ``token``'s "of" phrase: "the city of Lima", "a total of 57"."""
    return prep_object(token, "of")


# Verbs whose object is the level reached: "inflation reached 7.1%", "hit 10 percent".
_REACHING = frozenset({"reach", "hit", "touch"})


def prep_object(token: Token, preposition: str) -> Token | None:
    """The object of ``token``'s phrase of ``preposition``: "in" of "a 33% drop in profit"."""
    return next(
        (
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == preposition
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )


# Nouns that tally whatever their "of" phrase counts: "the number of injured", "a total of 57".
TALLY_NOUNS = frozenset({"number", "tally", "count", "total", "figure"})


_PRINTED_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Nouns of wind, whose speed is not what they blow on's ("winds of 165 mph"); gusts are
# faster than the winds they are in, a figure of their own ("gusts of 200 km/h").
_WINDS = {"wind": "wind", "windspeed": "wind", "gust": "gust"}


def _of_wind(counted: Token | None, subject: Token | None) -> str | None:
    """Whose a speed is: the wind's ("wind") or its gusts' ("gust"), when said "of" a wind
    noun or with one as the subject ("winds reached 120 km/h"); else None."""
    # (the unit or, "200 km/h" split by the tokenizer, the word it hangs on)
    for unit in (counted, counted.head) if counted is not None else ():
        if unit.dep_ == "pobj" and unit.head.lower_ == "of":
            return _WINDS.get(unit.head.head.lemma_.lower())
    return _WINDS.get(subject.lemma_.lower()) if subject is not None else None


def _tally(token: Token | None, table: MeasureTable) -> MeasureSpec | None:
    """The measure a tally phrase names: "death toll", "the number of injured"."""
    if token is None:
        return None
    words = [c.lower_ for c in token.lefts if c.dep_ == "compound"] + [token.lower_]
    phrase = " ".join(words)
    found = table.by_noun.get(phrase) or table.by_noun.get(token.lemma_.lower())
    if found is not None and token.lemma_.lower() not in ("body", "life"):
        return found
    if token.lemma_.lower() in TALLY_NOUNS:
        counted = of_object(token)
        if counted is not None:
            return (
                table.by_noun.get(counted.lower_)
                or table.by_noun.get(counted.lemma_.lower())
                or table.by_verb.get(counted.lemma_.lower())
            )
    return None


def _state_measure(state: Token, table: MeasureTable) -> MeasureSpec | None:
    """The measure of those in a state: "dead", "missing", or a participle of a measure's
    verb ("were presumed drowned", "reported injured")."""
    found = table.by_noun.get(state.lower_)
    if found is None and state.tag_ == "VBN":
        found = table.by_verb.get(state.lemma_.lower())
    return found


def bare_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle joined to another clause with no subject or auxiliary
    of its own: the "presumed" of "six are missing and presumed dead"."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
    )


# What gives a verb a clause of its own: a subject or an auxiliary.
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "aux", "auxpass"})


def passive_state(verb: Token) -> Token | None:
    """The state a passive verb puts its subject in: "dead" of "20 were feared dead", or of
    a bare participle joined to another clause ("six are missing and feared dead")."""
    if not bare_participle(verb) and not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("oprd", "acomp")), None)


def figure_of(
    quantity: Quantity,
    *,
    table: MeasureTable,
    predicate: str,
    verb: Token,
    subject: Token | None,
    counted: Token | None,
    obj: Token | None = None,
    time_latest: dt.date | None,
    published: dt.date | None,
) -> Figure | None:
    """The figure a claim's quantity states, or ``None`` when it measures nothing named.

    A number that people talk about ("observers describe the 288 days of winter", "residents
    welcome 168 projects") is the object of their attitude, not a figure the source states.
    """
    measured = any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd")), None)
    # "20 people were feared dead": those feared to be in the state are counted
    held = passive_state(verb)
    in_state = held is not None and _state_measure(held, table) is not None
    if (
        verb.lemma_.lower() in ATTITUDES
        and not (verb.lemma_.lower() == "estimate" and measured)
        and not in_state
        # "Acme is recalling 1.2 million vehicles": a count recalled is a product recall
        and not (verb.lemma_.lower() == "recall" and counted is not None and counted.dep_ == "dobj")
    ):
        return None  # but "police estimated the crowd at 35,000" is a measurement
    if _capacity(verb):
        return None  # "the ferry was licensed to carry 250 passengers": how many it may hold
    unit = (quantity.unit or "").lower()
    if unit in _LENGTHS:
        return None  # "dumping 80 cm of snow" counts no centimetres (see _fallen)
    if unit[:1].isdigit():
        return None  # "nineteen of the 21 injured were released": a part of a number, of what?
    if (
        unit in ("", "people", "persons")
        and counted is not None
        and counted.dep_ == "pobj"
        and counted.head.lower_ == "of"
        and counted.head.head.lemma_.lower() in REMAINS
    ):
        # "the bodies of 78 people have been recovered": 78 bodies (of a group, "the bodies
        # of three children", the group is kept as the figure's part)
        unit = "bodies"
    if singular(unit) == "member" and counted is not None:
        # "35 crew members", "six family members": the members of a group count the group
        kinds = compound_kinds(counted, nouns_only=False)
        if kinds and kinds[0] in table.groups:
            unit = kinds[0]
    if counted is not None and (
        any(c.dep_ == "amod" and c.lower_ == "striking" for c in counted.children)
        or _struck_by(counted)
    ):
        # "33,000 striking workers returned to work", "the strike by 33,000 workers": the
        # strikers' count
        unit = "strikers"
    population: str | None = None
    unit = unit_words(unit, counted, quantity, (subject, obj), table)
    spec = table.by_unit.get(unit)
    if spec is not None and spec.id == "distance":
        return None  # distances are read from the text with the place they are measured from
    if spec is not None and spec.id == "percent":
        share = of_object(counted) if counted is not None else None
        if share is not None and share.lemma_.lower() in _ELECTORATE and _voted(verb):
            # "about 66% of eligible voters cast ballots": the turnout ("turnout was 68%")
            return Figure("percent", "level", "turnout", quantity)
        side = vote_side(verb) if share is not None else None
        if side is not None:
            # "60% of voters voted No", "52% of Australians voted for X": that side's share
            return Figure("percent", None, f"vote {side}", quantity)
        # (the range a rate is brought to, by its ends: "to a range of 4.75% to 5%")
        reached = spanned(counted) or counted
        if (
            counted is not None
            and reached is not None
            and (
                (reached.dep_ == "pobj" and reached.head.lower_ in ("to", "at"))
                or _from_to(reached)
                or (counted.dep_ == "attr" and verb.lemma_ == "be")
                or (counted.dep_ in ("dobj", "npadvmod") and verb.lemma_.lower() in _REACHING)
            )
        ):
            # "inflation rose to 7.5 percent", "stood at 5 percent", "turnout was 62%",
            # "inflation reached 7.1%": the level reached, not the change (which "rose 0.5
            # percent" gives): the two never meet
            population = "level"
        elif counted is None or of_object(counted) is None:
            # a change ("fell 12%"), not a share of something ("cut 3,000 jobs, or 6% of its
            # workforce" is no fall of 6%)
            quantity = directed(quantity, verb)
    if spec is not None:
        if spec.id == "money":
            population = money_code(unit)
        elif spec.convert:
            quantity = converted(quantity, unit, spec)
            population = quantity.unit
            if spec.id == "speed":
                population = _of_wind(counted, subject) or ""
            elif spec.id == "points":
                quantity = directed(quantity, verb)  # "cut rates by 50 basis points": down
    own = (
        counted is None
        or counted.like_num  # a bare number ("rose to 2059") counts what its clause names
        or counted.i in (subject.i if subject else -1, obj.i if obj else -1)
    )
    # what an act with a measure of its own does to its object counts for that measure: in
    # "Halloween crowd surge kills 151" (a headline the parser reads with "crowd" its
    # subject) the 151 are dead, not a crowd
    acted_on = counted is not None and counted.dep_ == "dobj" and predicate in table.by_predicate
    if (
        spec is None
        and not acted_on
        and (own or unit in ("people", "persons") or unit in table.groups)
    ):
        # "the death toll rose to 125", "the wounded stood at 300"; but in "victims were counted
        # twice at two hospitals" the number counts hospitals, not victims
        spec = _tally(subject, table) or _tally(obj, table)
    if spec is None and counted is not None and counted.like_num and unit in table.by_noun:
        # "two of the injured died": a part of the injured, counted by what it did (deaths)
        verbal = table.by_verb.get(verb.lemma_.lower())
        if verbal is not None and verbal is not table.by_noun[unit]:
            spec = verbal
    if spec is None and unit and unit in table.by_noun and unit not in ("body", "bodies"):
        spec = table.by_noun[unit]
        verbal = table.by_predicate.get(predicate) or table.by_verb.get(verb.lemma_.lower())
        if (
            verbal is not None
            and verbal is not spec
            and not verbal.counts  # (a verb that counts only some nouns: "found 12 bodies")
            and counted is not None
            and counted.dep_ in ("nsubj", "nsubjpass", "dobj")
        ):
            # "nine survivors were arrested": counted by what was done to them, not by what
            # they are (those arrested, not those rescued)
            spec = verbal
    if spec is None:
        spec = table.by_predicate.get(predicate)
    if spec is None and verb.lemma_.lower() == "find" and predicate.startswith("open:"):
        # a verdict found is its act: "found 14 activists guilty" convicted them (the
        # extractor's predicate for "find ... guilty")
        spec = table.by_verb.get(predicate.removeprefix("open:"))
    if spec is None:
        spec = table.by_verb.get(verb.lemma_.lower())
        if (
            spec is not None
            and spec.counts
            and obj is not None
            and counted is not None
            and counted.dep_ == "pobj"  # (not "1,600 firefighters are battling the flames")
            and counted.head.dep_ != "agent"  # (nor "the final was watched by 75,784 fans")
            and obj.i != counted.i
            and obj.pos_ == "NOUN"
            and singular(obj.lemma_.lower()) not in spec.counts
            and obj.lemma_.lower() not in table.groups
        ):
            # "power was cut to millions of people": the act is on power, and those it reached
            # are no count of what it cut
            spec = None
        if spec is not None and spec.id == "held" and not _still(verb):
            # "freed 23 hostages held by gunmen": held until then; "three hostages are still
            # being held" (or "remain in captivity") are held now
            spec = None
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        spec is None
        and verb.lemma_.lower() == "have"
        and holder is not None
        and counted is not None
        and (counted.dep_ == "dobj" or (counted.dep_ == "conj" and counted.head.dep_ == "dobj"))
    ):
        # "the plane had 67 passengers and four crew": those a vehicle has are on board, each
        # listed count too (what it counts is checked below: "the ship had 20 containers"
        # counts no one)
        spec = table.by_holder.get(holder.lemma_.lower())
    if spec is None and verb.tag_ in ("VBN", "VBD") and verb.lower_.endswith("ed"):
        # "with 38 people still unaccounted for": a participle naming a measure's state
        spec = table.by_noun.get(verb.lower_)
    if spec is None and verb.lemma_.lower() in COMPELLING and counted is not None:
        # "forcing about 6,000 people to evacuate": those made to do it did it
        act = next(
            (
                c
                for c in [*verb.children, *counted.children]
                if c.dep_ == "xcomp"
                # (or hung on those it counts, as the parser may have it)
                or (c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children))
            ),
            None,
        )
        if act is not None and counted.dep_ == "dobj" and counted.head.i == verb.i:
            # the act, or the act with its object ("forcing 4,000 to flee their homes")
            done = next((c.lemma_.lower() for c in act.children if c.dep_ == "dobj"), None)
            spec = table.by_verb.get(act.lemma_.lower()) or table.by_verb.get(
                # "forced about 6,000 people to flee": made to leave, their homes unsaid
                f"{act.lemma_.lower()} {done or 'home'}"
            )
    if spec is None:
        # "57 people lost their lives", "40,000 took to the streets": a verb with its object
        # ("lose life"), its preposition's ("take to street") or its particle ("walk out")
        lemma = verb.lemma_.lower()
        for c in verb.children:
            # (or the passive's patient: "power was cut to 1.8 million households")
            if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and c.pos_ == "NOUN"):
                # (with what it is done in: "took part in the walkout" is a strike's, "took
                # part in the march" a crowd's)
                spec = next(
                    (
                        found
                        for p in verb.children
                        if p.dep_ == "prep"
                        for g in p.children
                        if g.dep_ == "pobj"
                        and (
                            found := table.by_verb.get(
                                f"{lemma} {c.lemma_.lower()} {p.lower_} {g.lemma_.lower()}"
                            )
                        )
                    ),
                    None,
                ) or table.by_verb.get(_verb_phrase(lemma, c))
                part_of = next(  # what "took part in" names
                    (
                        g.lemma_.lower()
                        for p in verb.children
                        if p.dep_ == "prep" and p.lower_ == "in"
                        for g in p.children
                        if g.dep_ == "pobj"
                    ),
                    None,
                )
                if (
                    spec is not None
                    and f"{lemma} {c.lemma_.lower()}" == "take part"
                    and part_of is not None
                    and part_of not in _GATHERINGS
                ):
                    # "four people took part in the robbery": doers of an act, no crowd
                    spec = table.by_verb.get(f"{lemma} {c.lemma_.lower()} in {part_of}")
                if (
                    spec is not None
                    and counted is not None
                    and c.i == counted.i
                    and singular(c.lower_) not in spec.counts
                ):
                    # the counted noun itself, which the measure does not count: "left
                    # 400,000 homes without power" counts homes, not those who left home
                    # ("has 48,000 employees" counts the employees it has)
                    spec = None
            elif c.dep_ == "prep":
                held = next((g for g in c.children if g.dep_ == "pobj"), None)
                # (but "the wounded were taken to two hospitals" counts the hospitals)
                if held is not None and (counted is None or held.i != counted.i):
                    spec = table.by_verb.get(f"{lemma} {c.lower_} {held.lemma_.lower()}")
            elif c.dep_ in ("prt", "advmod") and c.i == verb.i + 1:
                spec = table.by_verb.get(f"{lemma} {c.lower_}")  # "40,000 walked out"
            if spec is not None:
                break
    if spec is not None and spec.id == "bodies_recovered" and _alive(verb):
        spec = table.measures.get("rescued", spec)
    elif (
        spec is not None
        and spec.id == "bodies_recovered"
        and unit
        and singular(unit) not in spec.counts
        and not _remains_of(counted)
    ):
        # "rescuers pulled three workers from the river": people, alive or dead, the sentence
        # does not say (a group of them is no more the bodies than "people" are)
        spec = None
    if (
        spec is not None
        and spec.counts
        and unit
        and unit not in table.groups
        and singular(unit) not in spec.counts | table.groups
    ):
        # "three teams took part": teams counted, not a crowd; "pulled 168 people from the
        # water": people, alive or dead, not bodies (people are what a measure counting
        # persons counts)
        spec = None
    if (
        spec is not None
        and counted is not None
        and sought(counted)
        and counted.head.head.i == verb.i
    ):
        # "rescuers were searching for 23 miners": those sought, not those searching
        spec = None
    if spec is not None and not spec.convert and unit and singular(unit) in table.animals:
        spec = None  # "500,000 cattle have died": cattle counted, not the story's dead
    if spec is not None and unit and singular(unit) in _CHARGE_NOUNS:
        # "was charged with 10 counts of fraud": ten counts of one charge, not ten charged
        spec = None
    if spec is None and state is not None:
        # "12 people remain missing", "57 were confirmed dead": the state they are in
        spec = _state_measure(state, table)
    if spec is None and counted is not None:
        among = next(
            (
                c
                for c in [*counted.children, *verb.children]
                if c.dep_ == "prep" and c.lower_ in ("among", "of")
            ),
            None,
        )
        target = next((g for g in among.children if g.dep_ == "pobj"), None) if among else None
        if target is not None:
            spec = table.by_noun.get(target.lower_)  # "17 children among the dead"
    if counted is not None and (
        (spec is not None and spec.id == "deaths")
        or (spec is None and unit not in _PRONOUNS and "injured" in table.measures)
    ):
        condition = _condition(verb)
        if condition is not None and condition[0] in table.measures:
            # "12 people remained in critical condition": of the injured, those in it; "two
            # of the victims were in a critical condition": alive, in care, not dead
            spec, population = table.measures[condition[0]], condition[1]
    if spec is not None and spec.id == "injured" and _in_care(verb):
        spec = table.measures.get("hospitalised", spec)
    if spec is not None and spec.id == "injured" and population is None:
        # "seven were critically injured" are the injured in critical condition, not all of
        # them ("suffered serious injuries": in serious condition); "nine of the injured were
        # in a serious condition" are in it as printed without its article
        condition = _condition(verb)
        if condition is not None and condition[0] == "injured":
            population = condition[1]
        else:
            population = _degree(verb, counted)
    if spec is not None and spec.id == "cases" and counted is not None and population is None:
        # "1,350 suspected cases", "400 confirmed cases": two figures, not two values of one
        population = next(
            (c.lower_ for c in counted.children if c.lower_ in _CASE_KINDS), population
        )
    whole = _partitive(counted, table) if spec is not None else None
    in_care = population is not None and population.endswith(" condition")
    if whole is not None and not in_care:
        # "19 of the dead were in Hentzau province": a part of the toll, the part in a place;
        # a part of no place said ("five of the victims were foreigners") is no figure (a
        # condition is no place: "two of the victims were in a critical condition")
        place = prep_object(verb, "in")
        if place is None:
            return None
        population = part_in(place)
    if spec is not None and population is None and unit in table.groups:
        joined = _joined(counted)
        # "226 passengers and crew" are everyone on board; "12 children and women" a part
        everyone = (spec.id == "aboard" and "crew" in joined) or (
            not joined and singular(unit) in spec.whole
        )
        population = (
            None if everyone else " and ".join([_of_country(counted, unit, table), *joined])
        )
    if (
        spec is not None
        and population is None
        and unit
        and _others(unit, counted)
        and spec.id not in _BESIDE_THE_DEAD
    ):
        # "all 50 of his co-defendants", "the 50 other men": those beside someone the story
        # names, not everyone ("51 men were convicted" counts him too)
        population = unit if unit.startswith("co-") else f"other {unit}"
    if (
        spec is not None
        and population is None
        and unit
        and unit not in ("people", "persons", "person")
        and table.by_noun.get(unit) is not spec
        and _counted_beside(counted)
    ):
        # "arrested 12 protesters and two journalists": two parts of the arrests, whatever
        # the nouns, not two values of their whole (but "1,250 cases and 45 deaths": the
        # deaths are all of the toll); "35 crew members" with the kind of members they are
        population = " ".join([*compound_kinds(counted), unit])
    if spec is None:
        if not unit or unit in table.groups or unit == "people" or unit in _PRONOUNS:
            return None
        if singular(unit) in ("year", "month", "week", "day", "hour", "minute"):
            return None  # "sentenced to 12 years": a length, the claim's own value, no count
        if singular(unit) == "degree":
            return None  # "soared above 51 degrees Celsius": a temperature (or an angle)
        kinds = compound_kinds(counted)
        # "two passenger trains" count passenger trains, not the trains of "three trains";
        # "ten carriages" and "ten coaches" of a derailed train count one thing
        context = {t.lemma_.lower() for t in verb.subtree}
        if table.counted_as(" ".join([*kinds, singular(unit)]), context) in table.groups:
            return None  # "22 crew members": a group, as "22 crew" is
        word = singular(unit)
        noun = table.counted_as(_UNIT_WORDS.get(word, word), context)
        measure, about_event = f"count:{' '.join([*kinds, noun])}", True
    else:
        measure, about_event = spec.id, spec.about == "event"
    event = None
    if about_event:
        event = "main"
        if (year := earlier_year(time_latest, published)) is not None:
            event = str(year)
        elif (
            time_latest is not None
            and published is not None
            and time_latest < published - _ANOTHER_WEEK
            and any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in verb.children)
        ):
            # "Ruritania had already expelled four diplomats in March": an earlier act of
            # its kind, not the story's
            event = time_latest.strftime("%Y-%m")
        if subject is not None:
            # (not a year in a clause about a subject that is no event: "Acme, founded in
            # 1998, cut 1,200 jobs" are this year's cuts; "a fire that broke out in 2004
            # killed 12" is the 2004 fire)
            event_noun = subject.lemma_.lower() in EVENT_NOUNS
            counted_words = quantity.text.split()  # ("About 2000 to 2500 people": no year)
            years = [
                t.text
                for t in subject.subtree
                if _YEAR.match(t.text)
                and (event_noun or not _in_clause(t, subject))
                and t.text not in counted_words
            ]
            if years and (published is None or years[0] != str(published.year)):
                event = years[0]  # "a 2004 tremor that killed over 600"
    return Figure(measure, population, event, quantity)


# Victims counted beside the dead: "eight other people were injured" (after "killed 22
# workers") are all the injured, as "eight others were injured" are.
_BESIDE_THE_DEAD = frozenset({"injured", "hospitalised", "missing"})


def _others(unit: str, counted: Token | None) -> bool:
    """Whether a count is of those beside someone: "co-defendants", "other men"."""
    return unit.lower().startswith("co-") or (
        counted is not None and any(c.lower_ == "other" for c in counted.children)
    )


def act_latest(time: TimeRange | None, verb: Token, sentence: str) -> dt.date | None:
    """The latest day a clause's time lets its act have been on; none for a span its perfect
    verb runs since then to the report ("has killed 412 since October": the story's toll, as
    of now; not "the deadliest since 1992, when a plane crashed"), as ``sentence`` says it."""
    if time is None:
        return None
    said = time.text.lower()
    # (its own "has", or the one of the verb it is joined to: "has killed 400 and infected")
    holders = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for h in holders for c in h.children)
    if perfect and (said.startswith("since ") or f"since {said}" in sentence.lower()):
        return None
    return time.latest


def earlier_year(latest: dt.date | None, published: dt.date | None) -> int | None:
    """The year of a time so long before its source was published that it is another
    event's ("a fire that broke out in 2004 killed 12"), or None."""
    if latest is None or published is None or latest >= published - _ANOTHER_EVENT:
        return None
    return latest.year


# Nouns of a span of values, said by its ends: "to a range of 4.75% to 5%".
VALUE_RANGES = frozenset({"range", "band", "corridor"})


def spanned(counted: Token | None) -> Token | None:
    """The range whose ends ``counted`` gives ("a range of 4.75% to 5%"), if it does."""
    if counted is None or counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return None
    span = counted.head.head
    return span if span.lemma_.lower() in VALUE_RANGES else None


def converted(quantity: Quantity, unit: str, spec: MeasureSpec) -> Quantity:
    """``quantity``, printed in ``unit``, in the common unit of ``spec`` (a measure whose units
    convert: speeds, areas, points), as precise as it was printed."""
    convert = spec.convert
    factor = convert.get(unit, 1.0)
    canonical = min(convert, key=lambda u: abs(convert[u] - 1.0))
    # (the unit as printed: "a quarter point", or after the number: "50 basis points")
    said = quantity.text.lower()
    printed = (
        quantity.text
        if unit in said or re.search(rf"\b{re.escape(quantity.unit or '.')}\b", said, re.I)
        else f"{quantity.text} {unit}"
    )
    low, high = quantity.low, quantity.high
    digits = _PRINTED_NUMBER.search(quantity.text)
    if low is not None and low == high and not quantity.approximate and digits:
        # converted, a value is as precise as it was printed: "120 mph" is 115 to 125
        # mph, which holds "193 km/h" (as distances are read); and a round figure in
        # the measure's own unit stands for what rounds to it, as an outlet that
        # converts a figure rounds it: "270 km/h" holds "165 mph" (265.5 km/h).
        # (Neighbouring round figures stay apart: "250 km/h" is not "260 km/h"; a
        # figure that is not round is as printed: "193 km/h" is not "194 km/h".)
        # (units that are powers of ten of each other convert exactly: basis points)
        exact = all(map(_decimal, convert.values()))
        number = digits[0].replace(",", "")
        # (slightly under the half, so that neighbouring roundings never touch: "120 mph" and
        # "130 mph" are two speeds)
        half = 0.0
        if not exact and (factor != 1.0 or (number.endswith("0") and "." not in number)):
            half = 0.98 * _rounding(number)
        low, high = low - half, high + half
    # ("some 30,000 acres": the value as given, in its unit)
    return _scaled(quantity, low, high, factor, canonical, text=printed)


def _scaled(
    quantity: Quantity,
    low: float | None,
    high: float | None,
    factor: float,
    unit: str,
    **more: Any,
) -> Quantity:
    """``quantity`` with bounds ``low`` and ``high`` times ``factor``, in ``unit`` (and the
    fields ``more``)."""
    return quantity.model_copy(
        update={
            "low": None if low is None else low * factor,
            "high": None if high is None else high * factor,
            "unit": unit,
            **more,
        }
    )


# What a rate is, of which a change counted in "points" is in percentage points: "cut
# interest rates by a quarter point", "the yield rose 12 basis points".
_RATE_NOUNS = frozenset({"rate", "yield"})


def unit_words(
    unit: str,
    counted: Token | None,
    quantity: Quantity,
    holders: Iterable[Token | None],
    table: MeasureTable,
) -> str:
    """The unit of a quantity, with the words compounded before its noun when they name a
    unit of their own ("50 basis points", "0.25 percentage points"); the points by which a
    rate moves ("a quarter point", "half a point" of a clause about rates) are percentage
    points."""
    # (not the fraction of one: "a quarter point", "a half-point")
    kinds = [k for k in compound_kinds(counted, nouns_only=False) if k not in FRACTION_WORDS]
    words = " ".join([*kinds, unit])
    if counted is not None and words != unit and words in table.by_unit:
        return words
    if (
        singular(unit) == "point"
        and words == unit
        and quantity.high is not None
        and quantity.high < 10  # ("cut rates by 75 points" counts basis points)
        and any(h is not None and h.lemma_.lower() in _RATE_NOUNS for h in holders)
    ):
        return "percentage points"
    return unit


def _decimal(factor: float) -> bool:
    """Whether a conversion ``factor`` is a power of ten (basis points to percentage points)."""
    exponent = math.log10(factor)
    return abs(exponent - round(exponent)) < 1e-9


def compound_kinds(counted: Token | None, *, nouns_only: bool = True) -> list[str]:
    """The words compounded before a counted noun, in lower case, which say what kind of it
    is counted: "passenger" of "two passenger trains", "crew" of "35 crew members" (with
    ``nouns_only``, those tagged nouns alone)."""
    if counted is None:
        return []
    return [
        c.lower_
        for c in counted.children
        if c.dep_ == "compound" and c.i < counted.i and (c.pos_ == "NOUN" or not nouns_only)
    ]


def _in_clause(token: Token, noun: Token) -> bool:
    """Whether ``token`` stands in a clause inside ``noun``'s phrase (a participle, a relative
    clause), not in the phrase itself."""
    return any(node.pos_ in ("VERB", "AUX") for node in up_to(token.head, noun))


def up_to(node: Token, stop: Token) -> Iterator[Token]:
    """``node`` and its heads, up to (not including) ``stop`` or the root of its sentence."""
    while node.i != stop.i and node.head.i != node.i:
        yield node
        node = node.head


# -- figures that are not syntax: distances and clock times, found in the sentence's text --------

_DISTANCE = re.compile(
    r"(?P<mod>\b(?:about|around|some|nearly|roughly|approximately|almost|over|more than|"
    r"up to|as much as|as high as|less than|at least)\s+)?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>km|kilomet(?:re|er)s?|miles?|metres|meters|feet)\b"
    # not a bracketed conversion, nor a speed ("winds of 185 km per hour", "120 miles an hour")
    r"(?!\s*\))(?!\s*(?:/\s*h|(?:per|an|a)\s+(?:hour|h|hr)\b))",
    re.IGNORECASE,
)
_MAGNITUDE_WORDS = {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_MAGNITUDE = re.compile(
    r"\bmagnitude(?:[- ]of)?[- ](?P<a>\d(?:\.\d)?|four|five|six|seven|eight|nine)\b"
    r"|\b(?P<b>\d(?:\.\d)?)[- ]magnitude\b"
    r"|\bmagnitude\s+at\s+(?P<c>\d(?:\.\d)?)\b",
    re.IGNORECASE,
)
# "at a depth of 18.5 km", "10 km deep", "18.5 km below the surface": a depth, not a distance.
_DEPTH_BEFORE = re.compile(r"\bdepth\s+of\s*$", re.IGNORECASE)
_DEPTH_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:deep\b|below\b|beneath\b|under(?:ground|\s+the)\b)",
    re.IGNORECASE,
)
# A storm's place on its scale ("a Category 4 hurricane", "weakened to Category 2"), and a
# tornado's on the Enhanced Fujita scale ("an EF4", "rated EF-3"): only in a sentence that
# names such a storm (a "Category 1" listed building is none).
_CATEGORY = re.compile(r"\bcategory[- ](?P<n>[1-5])\b", re.IGNORECASE)
_STORMS = re.compile(r"\b(?:hurricane|typhoon|cyclone|storm)s?\b", re.IGNORECASE)
_ENHANCED_FUJITA = re.compile(r"\bEF-?(?P<n>[0-5])\b")
# (a storm rated on the tornadoes' scale is one: "the storm was rated EF3")
_TORNADOES = re.compile(r"\b(?:tornado|tornadoes|twister|storm)s?\b", re.IGNORECASE)
# "167-year-old", and as also printed, "167-year old", "167 year-old", "5 years old"
_AGE = re.compile(r"\b(?P<n>\d{1,3})[- ]years?[- ]old\b", re.IGNORECASE)
# "died at the age of 87", "died on Thursday aged 88", "a man aged 45"
_AGED = re.compile(r"\b(?:at the age of|aged)\s+(?P<n>\d{1,3})\b(?![.,]\d|[- ]years?[- ]old)")
# "a five-storey building", "the 24-story tower", "a six-floor block"
_STOREYS = re.compile(r"\b(?P<n>\d{1,3}|[a-z]+)-(?:storey|story|floor)\b", re.IGNORECASE)
# Rain or snow that fell, by its depth: "300 mm of rain", "up to 80 cm of fresh snow".
_FALLEN = re.compile(
    r"(?:\b(?:up to|as much as|more than|over|about|around|nearly|almost|some)\s+)?"
    r"\b\d+(?:\.\d+)?\s*(?P<unit>mm|cm|millimet(?:re|er)s|centimet(?:re|er)s|inch(?:es)?)"
    r"\s+of\s+(?:(?:fresh|heavy|new|torrential)\s+)?(?P<kind>rain|snow)(?:fall)?\b",
    re.IGNORECASE,
)
# Rain told by its depth and what it did, in a sentence about rain: "with 254.8 mm falling in
# less than 24 hours", "254 millimetres recorded in Tarlenheim", "dropped 120 mm in a day".
_FALLEN_BARE = re.compile(
    r"(?:\b(?:up to|as much as|more than|over|about|around|nearly|almost|some)\s+)?"
    r"\b\d+(?:\.\d+)?\s*(?P<unit>mm|millimet(?:re|er)s|inch(?:es)?)"
    r"(?=\s+(?:fell|falling|fallen|recorded|(?:was|were|had\s+been)\s+recorded|in\s+(?:less\s+than"
    r"\s+|under\s+)?(?:\d+|a|one|a\s+single)\s+(?:hours?|days?)))",
    re.IGNORECASE,
)
_RAIN_WORDS = re.compile(r"\b(?:rain|rainfall|downpours?|precipitation|rained)\b", re.IGNORECASE)
# lengths in millimetres: a depth of rain or snow (which counts no centimetres)
_LENGTHS = {"mm": 1.0, "millimetres": 1.0, "millimeters": 1.0, "cm": 10.0, "centimetres": 10.0,
           "centimeters": 10.0, "inch": 25.4, "inches": 25.4}  # fmt: skip
# "three days of national mourning", "a seven-day mourning period", "a mourning period of
# three days"
_MOURNING = re.compile(
    # ("a national day of mourning", "three days of national mourning")
    r"\b(?P<n>\d{1,2}|[a-z]+)(?:\s+(?:national\s+|official\s+|public\s+)?days?\s+of\s+"
    r"(?:national\s+|official\s+|public\s+)?"
    r"mourning|-day\s+(?:national\s+|official\s+|public\s+)?mourning)\b"
    # ("a national mourning period of three days")
    r"|\bmourning\s+period\s+of\s+(?P<period>\d{1,2}|[a-z]+)\s+days?\b",
    re.IGNORECASE,
)
# How a vote went, as news prints a tally: "by 220 votes to 150", "by a vote of 6 to 3", "by a
# majority of six to three", "voted seven to two", "with 221 deputies voting in favour and 149
# against", "141 in favour, five against", "a 6-3 ruling", "voted 52-48". A count of votes for
# and against, of the vote the sentence reports.
_TALLY_NUMBER = r"\d[\d,]*|[a-z]+(?:-[a-z]+)?"
_VOTERS = (
    r"(?:votes?|deputies|lawmakers|legislators|MPs|members|senators|representatives|countries|"
    r"states|nations|judges|justices|shareholders)"
)
_TALLIES = (
    re.compile(
        rf"\bby\s+(?P<yes>{_TALLY_NUMBER})\s+votes?\s+to\s+(?P<no>{_TALLY_NUMBER})\b"
        rf"|\bby\s+a\s+(?:vote|margin|majority)\s+of\s+(?P<yes2>{_TALLY_NUMBER})(?:\s+votes?)?"
        rf"\s+to\s+(?P<no2>{_TALLY_NUMBER})\b",
        re.IGNORECASE,
    ),
    re.compile(
        # ("204 of the 300 members of the National Assembly voting in favour and 85 against")
        rf"\b(?P<yes>{_TALLY_NUMBER})\s+(?:of\s+(?:the|its|their)\s+(?:{_TALLY_NUMBER})\s+)?"
        rf"(?:{_VOTERS}\s+)?(?:of\s+the\s+(?:[\w-]+\s+){{1,4}})?(?:(?:voting|voted)\s+)?"
        r"(?:in\s+favou?r(?:\s+of\s+(?:it|the\s+\w+))?|for(?:\s+it)?)\s*"
        rf"(?:,|and|with|to|while)?\s*(?:with\s+)?(?P<no>{_TALLY_NUMBER})\s+"
        rf"(?:{_VOTERS}\s+)?(?:(?:voting|voted)\s+)?against\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<yes>\d{1,3})\s?[-–]\s?(?P<no>\d{1,3})\s+(?:vote|votes|ruling|decision|majority|"
        r"verdict)\b"
        r"|\b(?:voted|ruled|passed|approved|adopted|rejected|decided)\s+(?:\w+\s+)?"
        r"(?P<yes2>\d{1,3})\s?[-–]\s?(?P<no2>\d{1,3})\b"
        # ("voted 52 to 48", "ruled seven to two")
        rf"|\b(?:voted|ruled|decided)\s+(?P<yes3>{_TALLY_NUMBER})\s+to\s+"
        rf"(?P<no3>{_TALLY_NUMBER})\b"
        # "the decision was 11-1", "the final vote was 7-2"
        r"|\b(?:vote|decision|ruling|verdict|tally)\s+(?:was|is|had\s+been|of)\s+"
        r"(?P<yes4>\d{1,3})\s?[-–]\s?(?P<no4>\d{1,3})\b"
        # "beat Jo Bloggs 215-194 in a runoff vote", "won 7-2 in a secret ballot"
        r"|\b(?P<yes5>\d{1,3})\s?[-–]\s?(?P<no5>\d{1,3})\s+in\s+(?:a|an|the|its)\s+"
        r"(?:[\w-]+\s+)?(?:vote|ballot|runoff|run-off)\b",
        re.IGNORECASE,
    ),
)
# A further tally of a list of votes: "(ruled 6-3 to uphold the law,) and 5-4 to overturn".
_MORE_TALLIES = re.compile(
    r"\band\s+(?P<yes>\d{1,3})\s?[-–]\s?(?P<no>\d{1,3})(?=\s+to\s+[a-z]+)", re.IGNORECASE
)
# What a vote was for, right after its tally: "voted 5-4 to overturn".
_PURPOSE = re.compile(r"\s+to\s+([a-z]+)\b(?!\s+\d)", re.IGNORECASE)
# One side of a vote: "Seven of the nine members voted for the increase", "12 senators voted
# against the bill".
_ONE_SIDE = re.compile(
    rf"\b(?P<n>{_TALLY_NUMBER})\s+(?:of\s+(?:the|its|their)\s+(?:{_TALLY_NUMBER})\s+)?"
    rf"(?:\w+\s+)?{_VOTERS}\s+(?:of\s+the\s+(?:[\w-]+\s+){{1,4}})?(?:had\s+)?(?:voted|voting)\s+"
    r"(?P<side>for|in\s+favou?r|against)\b",
    re.IGNORECASE,
)


def _tallies(text: str) -> list[Measurement]:
    """The counts of votes for and against of each tally in ``text``.

    >>> [(m.measure, m.quantity.low) for m in _tallies("It passed by 220 votes to 150.")]
    [('votes_for', 220.0), ('votes_against', 150.0)]
    >>> [m.quantity.low for m in _tallies("with 221 voting in favour and 149 against")]
    [221.0, 149.0]
    >>> told = "with 204 of the 300 members of the assembly voting in favour and 85 against"
    >>> [m.quantity.low for m in _tallies(told)]
    [204.0, 85.0]
    >>> [m.quantity.low for m in _tallies("The court ruled 6-3 on Monday.")]
    [6.0, 3.0]
    >>> [m.quantity.low for m in _tallies("It ruled by a majority of six to three.")]
    [6.0, 3.0]
    >>> [m.quantity.low for m in _tallies("The court voted seven to two.")]
    [7.0, 2.0]
    >>> _tallies("Lawmakers voted unanimously to approve it.")
    []
    >>> _tallies("Voters backed it by a margin of two to one.")
    []
    >>> [(m.measure, m.quantity.low)
    ...  for m in _tallies("Seven of the nine members of the board voted for it.")]
    [('votes_for', 7.0)]
    >>> _tallies("Prices rose by 20 to 150.") + _tallies("They won 3-1.")
    []

    A tally followed by what was voted for is of that vote ("ruled 6-3 to uphold the law, and
    5-4 to overturn the precedent": two votes, each its own figure):

    >>> [(m.quantity.low, m.population) for m in _tallies(
    ...     "The court ruled 6-3 to uphold the law, and 5-4 to overturn the precedent.")]
    [(6.0, 'to uphold'), (3.0, 'to uphold'), (5.0, 'to overturn'), (4.0, 'to overturn')]
    """
    out: list[Measurement] = []
    taken: list[tuple[int, int]] = []
    for pattern in (*_TALLIES, _MORE_TALLIES):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if pattern is _MORE_TALLIES and not taken:
                continue  # ("and 3-1 to ..." goes on a list of votes only)
            yes, no = next(
                (f"yes{k}", f"no{k}")
                for k in ("", "2", "3", "4", "5")
                if m.groupdict().get(f"yes{k}")
            )
            counts = [_tally_number(m[yes]), _tally_number(m[no])]
            if counts[0] is None or counts[1] is None:
                continue
            if m[no].lower() == "one" and not m[yes][:1].isdigit():
                continue  # "backed the reform by a margin of two to one": a ratio, no tally
            taken.append((m.start(), m.end()))
            purpose = _PURPOSE.match(text, m.end())
            for group, measure, count in zip(
                (yes, no), ("votes_for", "votes_against"), counts, strict=True
            ):
                quantity = Quantity(low=count, high=count, text=m[group])
                out.append(
                    Measurement(
                        m.start(group),
                        m.end(group),
                        measure,
                        quantity,
                        f"to {purpose[1].lower()}" if purpose else None,
                    )
                )
    for m in _ONE_SIDE.finditer(text):
        count = _tally_number(m["n"])
        if count is None or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        measure = "votes_against" if m["side"].lower() == "against" else "votes_for"
        quantity = Quantity(low=count, high=count, text=m["n"])
        out.append(Measurement(m.start("n"), m.end("n"), measure, quantity))
    return out


# How much of a fire is contained: "was 30% contained", "25 percent contained".
_CONTAINED = re.compile(
    r"\b(?P<share>(?P<n>\d{1,3})\s?(?:%|percent|per cent))\s+(?:contained|containment)\b"
    # ("containment stood at 10 percent", "containment of the blaze reached 30%")
    r"|\bcontainment(?:\s+of\s+the\s+[a-z-]+(?:\s+fire)?)?"
    r"(?:\s+(?:has\s+|had\s+)?(?:stood|was|is|reached|rose|grew|increased|climbed|jumped))?"
    r"(?:\s+(?:at|to|of))?\s+(?P<after>(?P<m>\d{1,3})\s?(?:%|percent|per cent))",
    re.IGNORECASE,
)


def _tally_number(printed: str) -> float | None:
    """A tally's count as printed ("220", "1,204", "five"); None for another word."""
    if printed[0].isdigit():
        return float(printed.replace(",", ""))
    return word_number(printed.lower())


# What many take part in as a crowd: "2 million people took part in the protests" (but "four
# people took part in the robbery" are its doers).
_GATHERINGS = frozenset(
    {"protest", "march", "rally", "demonstration", "vigil", "gathering", "parade",
     "procession", "celebration", "ceremony", "funeral", "service", "strike", "walkout",
     "sit-in", "event", "concert", "festival", "commemoration", "memorial", "prayer",
     "mobilisation", "mobilization", "action", "day", "movement", "boycott", "occupation"}
)  # fmt: skip


# A temperature: "46.2C", "46.5 degrees Celsius", "minus 12C", "115F", "45.4 degrees". A
# unit that says so ("°C", "Celsius") always is one; a bare "C", "F" or "degrees" only in a
# sentence about the weather (_WEATHER).
_TEMPERATURE = re.compile(
    r"(?<![\w.,-])(?P<mod>(?:about|around|nearly|almost|over|more than|above|below|"
    r"up to)\s+)?(?P<neg>minus\s+|-|−)?(?P<n>\d{1,3}(?:\.\d)?)\s?"
    r"(?:(?P<sign>°|º)\s?(?P<u1>[CF])\b|(?:degrees?\s+)?(?P<u2>Celsius|centigrade|Fahrenheit)\b"
    r"|(?P<u3>[CF])\b(?![.’'-]\w)|(?P<deg>degrees\b(?!\s+(?:of|north|south|east|west))))",
)
_WEATHER = re.compile(
    r"\b(?:temperatures?|thermometers?|heat|heatwave|heat wave|hottest|coldest|warmest|"
    r"freezing|frost|weather|mercury|record high|record low)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"(?P<mod>\b(?:about|around|approximately|roughly|nearly|shortly after|just after|"
    r"shortly before|just before|before|after|by|until|till|since|from)\s+)?"
    r"\b(?P<h>2[0-3]|[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s?"
    r"(?P<half>a\.\s?m\.|p\.\s?m\.|am\b|pm\b)?",
    re.IGNORECASE,
)
# Words before a clock time that make it where a span ends or starts, not a moment of it.
_SPAN_BOUNDS = frozenset({"until", "till", "since", "from"})
# Time zones as news prints them after a clock time ("19:20 IST", "2200 GMT"): never a place.
TIME_ZONES = frozenset(
    {"GMT", "UTC", "IST", "CET", "CEST", "BST", "EET", "EEST", "WET", "MSK", "EST", "EDT",
     "CST", "CDT", "MST", "MDT", "PST", "PDT", "JST", "KST", "HKT", "SGT", "PKT", "AEST",
     "AEDT", "WIB", "EAT", "WAT", "CAT", "SAST"}
)  # fmt: skip
# What tells "19.20" is a clock time, not a decimal.
_TIME_WORD = re.compile(
    rf"\s*(?:local time|hrs|hours|{'|'.join(sorted(TIME_ZONES))})\b", re.IGNORECASE
)
# Verbs of talking about or feeling about something: their objects are topics, not figures.
ATTITUDES = frozenset(
    {"describe", "welcome", "recall", "expect", "debate", "praise", "criticise", "criticize",
     "discuss", "mention", "cite", "note", "remember", "question", "dispute", "point", "hail",
     "lament", "mourn", "celebrate", "fear", "doubt", "predict", "forecast", "estimate", "hope",
     "study", "worry", "consider", "review", "examine", "imagine", "recount"}
)  # fmt: skip
# Verbs that make those they act on do something ("forced 6,000 people to evacuate"): what
# the infinitive does, they did (unlike "urged" or "ordered", which may not have been obeyed).
COMPELLING = frozenset({"force", "compel", "oblige", "cause", "prompt", "drive"})
# What a thing is made, allowed or able to do ("licensed to carry", "designed to hold"): a
# count under it is a capacity, not an event's figure.
CAPABLE = frozenset(
    {"license", "licence", "design", "build", "certify", "authorise", "authorize", "permit",
     "allow", "equip", "rate", "mean", "intend"}
)  # fmt: skip
# Minutes either side of "about 19:20".
CLOCK_LEEWAY = 5
# A clock time dates an event only in a clause about the event: its verb or its subject says so.
EVENT_VERBS = frozenset(
    {"happen", "occur", "strike", "hit", "crash", "derail", "collide", "explode", "erupt",
     "start", "break", "begin", "take", "sink", "capsize", "collapse", "overturn", "plunge",
     "come_down", "go_down", "blow_up", "break_out", "go_off",
     # a launch's own moment: "the rocket lifted off at 10:42 a.m."
     "lift_off", "blast_off"}
)  # fmt: skip
EVENT_NOUNS = frozenset(
    {"accident", "crash", "collision", "quake", "earthquake", "tremor", "explosion", "blast",
     "fire", "blaze", "attack", "derailment", "disaster", "tragedy", "incident", "storm",
     "flood", "landslide", "shooting", "stampede", "crush", "collapse"}
)  # fmt: skip


@attrs.frozen
class Measurement:
    """A distance or a clock time in a sentence: offsets, measure and value."""

    start: int
    end: int
    measure: str
    quantity: Quantity
    population: str | None = None


# Verbs that go past a figure: what they give is a lower bound ("the toll exceeded 1,000",
# "temperatures topped 50C", "surpassed 5 km"); as lemmas, and printed before a figure.
PASSING = frozenset({"exceed", "top", "surpass"})
_PASSED = r"exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?"
_PASSED_BEFORE = re.compile(rf"\b(?:{_PASSED})\s+$", re.IGNORECASE)


def _passing(text: str, start: int) -> str:
    """The verb going past the figure printed at ``start`` ("exceeded " of "temperatures
    exceeded 51C"), or ""."""
    found = _PASSED_BEFORE.search(text, max(0, start - 20), start)
    return found[0] if found else ""


# Words that make the number after them approximate: "about 70", "some 2,000".
APPROXIMATORS = frozenset(
    {"about", "around", "some", "nearly", "roughly", "approximately", "almost"}
)


def _approximate(mod: str | None) -> tuple[bool, bool, bool]:
    """(approximate, a lower bound, an upper bound) for a modifier word: "about 70", "at least
    5 km", "up to 7 km", "exceeded 51C"."""
    mod = (mod or "").strip().lower()
    return (
        mod in APPROXIMATORS,
        mod in ("over", "above", "more than", "at least", "shortly after", "just after")
        or re.fullmatch(_PASSED, mod) is not None,
        mod in ("up to", "as much as", "as high as", "less than", "below"),
    )


def _rounding(printed: str) -> float:
    """Half the step a printed measurement is rounded to, at most 5% of it for a round one.

    >>> _rounding("72"), _rounding("70"), _rounding("18.5"), _rounding("250"), _rounding("10")
    (0.5, 3.5, 0.05, 5.0, 0.5)
    """
    whole, _, decimals = printed.partition(".")
    if decimals:
        return 0.5 * 10.0 ** -len(decimals)
    zeros = len(whole) - len(whole.rstrip("0"))
    step = 0.5 * 10.0 ** min(zeros, max(len(whole) - 1, 0))
    return max(0.5, min(step, 0.05 * float(whole)))


def measurements(text: str, table: MeasureTable) -> list[Measurement]:
    """Distances and depths (in km), magnitudes, ages, buildings' storeys, days of mourning,
    temperatures (in degrees Celsius) and clock times (minutes after midnight) written in
    ``text``.

    A conversion in brackets ("72 km (45 miles)", "19:00 local time (13:30 GMT)") is the same
    figure again and is not repeated.

    >>> [(m.measure, m.quantity.low, m.quantity.high)
    ...  for m in measurements("It lay 72 km (45 miles) away.", default_table())]
    [('distance', 71.5, 72.5)]
    >>> [(m.measure, m.quantity.low) for m in measurements("at a depth of 10 km, magnitude six",
    ...                                                   default_table())]
    [('depth', 9.5), ('magnitude', 6.0)]
    >>> [(m.measure, m.quantity.low, m.quantity.high)
    ...  for m in measurements("at about 7 pm", default_table())]
    [('time_of_day', 1135.0, 1204.0)]
    """
    out = []
    distance = table.measures.get("distance")
    if distance is not None:
        for m in _DISTANCE.finditer(text):
            if text[: m.start()].rstrip().endswith("("):
                continue
            unit = m["unit"].lower()
            factor = distance.convert.get(unit, distance.convert.get(unit.rstrip("s"), 1.0))
            printed = m["num"].replace(",", "")
            value = float(printed)
            # A measured length is as precise as it is printed: "45 miles" is 44.5 to 45.5 miles,
            # "70 km" a round figure, 65 to 75 km.
            passing = "" if m["mod"] else _passing(text, m.start())
            approximate, lower, upper = _approximate(m["mod"] or passing)
            half = 0.0 if approximate else _rounding(printed)  # "about 70" has its own band
            quantity = Quantity(
                low=None if upper else (value - half) * factor,
                high=None if lower else (value + half) * factor,
                unit="km", text=passing + m[0].strip(), approximate=approximate,
            )  # fmt: skip
            deep = _DEPTH_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) or (
                _DEPTH_AFTER.match(text[m.end() : m.end() + 40])
            )
            if deep and "depth" in table.measures:
                out.append(Measurement(m.start(), m.end(), "depth", quantity))
            else:
                out.append(Measurement(m.start(), m.end(), "distance", quantity, "km"))
    for m in _MAGNITUDE.finditer(text):
        printed = (m["a"] or m["b"] or m["c"]).lower()
        value = float(_MAGNITUDE_WORDS.get(printed) or printed)
        quantity = Quantity(low=value, high=value, text=m[0].strip())
        out.append(Measurement(m.start(), m.end(), "magnitude", quantity))
    scales = (
        ("category", _CATEGORY, _STORMS),
        ("tornado_rating", _ENHANCED_FUJITA, _TORNADOES),
    )
    for measure, scale, storms in scales:
        if measure not in table.measures or not storms.search(text):
            continue
        for m in scale.finditer(text):
            value = float(m["n"])
            quantity = Quantity(low=value, high=value, text=m[0])
            out.append(Measurement(m.start(), m.end(), measure, quantity))
    if "duration" in table.measures:
        out.extend(_durations(text))
    for pattern in (_AGE, _AGED):
        for m in pattern.finditer(text):
            value = float(m["n"])
            # (as printed: "87-year-old"; "at the age of 87" and "aged 87" are 87)
            printed = m[0] if pattern is _AGE else m["n"]
            quantity = Quantity(low=value, high=value, unit="years", text=printed)
            out.append(Measurement(m.start(), m.end(), "age", quantity))
    for measure, pattern in (("storeys", _STOREYS), ("mourning", _MOURNING)):
        if measure not in table.measures:
            continue
        for m in pattern.finditer(text):
            printed = (m["n"] or m.groupdict().get("period") or "").lower()
            count = float(printed) if printed.isdigit() else word_number(printed)
            if count:
                quantity = Quantity(low=count, high=count, text=m[0])
                out.append(Measurement(m.start(), m.end(), measure, quantity))
    if "temperature" in table.measures:
        out.extend(_temperatures(text))
    out.extend(_fallen(text, table))
    if "votes_for" in table.measures:
        out.extend(_tallies(text))
    if "contained" in table.measures:
        for m in _CONTAINED.finditer(text):
            share = float(m["n"] or m["m"])
            quantity = Quantity(low=share, high=share, unit="%", text=m["share"] or m["after"])
            out.append(Measurement(m.start(), m.end(), "contained", quantity))
    for m in _CLOCK.finditer(text):
        if not m["half"] and not m["m"]:
            continue  # a bare number is no clock time
        if m["m"] and not m["half"] and "." in m[0] and not _TIME_WORD.match(text, m.end()):
            continue  # "3.5 million", "6.8", "21.30 million": decimals, not times
        if text[: m.start()].rstrip().endswith("("):
            continue
        bound = " ".join((m["mod"] or "").lower().split())
        if bound in _SPAN_BOUNDS:
            continue  # "until 6 a.m.", "since 9 am": where a span ends or starts, not a moment
        hour = int(m["h"]) % 12 if m["half"] else int(m["h"])
        if m["half"] and m["half"].lower().startswith("p"):
            hour += 12
        minutes = float(hour * 60 + int(m["m"] or 0))
        approximate, after, _ = _approximate(m["mod"])
        # "11 p.m." is the hour from 23:00; "about 19:20" is a few minutes either side
        end = minutes + (59 if m["m"] is None else 0)
        low: float | None = minutes
        high: float | None = end
        if approximate:
            low, high = minutes - CLOCK_LEEWAY, end + CLOCK_LEEWAY
        if after:
            high = minutes + 30  # "shortly after 11 pm"
        if bound in ("shortly before", "just before"):
            low, high = minutes - 30, minutes
        elif bound in ("before", "by"):
            low, high = None, minutes  # "brought under control by 6 a.m."
        elif bound == "after":
            high = None
        quantity = Quantity(low=low, high=high, unit="minutes", text=m[0].strip())
        out.append(Measurement(m.start(), m.end(), "time_of_day", quantity))
    return out


# How long something lasted: "lasted just seven minutes", "took about four hours" (not "took
# four hours to reach the village", how long another act took).
_LASTED = re.compile(
    r"\b(?:lasted|lasting|took)\s+(?:(?:just|only|barely|a\s+mere)\s+)?"
    r"(?P<q>(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|under|over"
    r"|up\s+to)\s+)?(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>seconds?|minutes?|hours?))"
    r"\b(?!\s+(?:for\s+\S+\s+)?to\s)",
    re.IGNORECASE,
)
# Minutes in each unit of a duration.
_MINUTES = {"second": 1 / 60, "minute": 1.0, "hour": 60.0}
# Nouns of the story's event whose duration is the event's: "the raid lasted seven minutes".
LASTING = EVENT_NOUNS | {"raid", "heist", "robbery", "siege", "standoff", "operation", "assault"}


def _durations(text: str) -> list[Measurement]:
    """How long the story's event lasted, in minutes ("the heist took four minutes", "a raid
    that lasted just seven minutes"), when the sentence names the event by one of its nouns
    (``LASTING``): a flight or a meeting that lasted is another thing's."""
    lasted = list(_LASTED.finditer(text))
    # (the sentence's words only where something lasted: most sentences say nothing of it)
    if not lasted or LASTING.isdisjoint(w.lower() for w in re.findall(r"[A-Za-z]+", text)):
        return []
    out = []
    for m in lasted:
        found = find_quantities(m["q"])
        if not found:
            continue
        quantity = found[0][2]
        factor = _MINUTES[m["unit"].lower().removesuffix("s")]
        quantity = _scaled(quantity, quantity.low, quantity.high, factor, "minutes")
        out.append(Measurement(m.start("q"), m.end("q"), "duration", quantity))
    return out


def _fallen(text: str, table: MeasureTable) -> list[Measurement]:
    """Rain or snow that fell, in millimetres ("up to 80 cm of snow" is at most 800 mm), as
    printed; in a sentence about rain, a depth that fell or was recorded is the rain's ("the
    heaviest rainfall ..., with 254.8 mm falling in less than 24 hours")."""
    out = []
    found_bare = list(_FALLEN_BARE.finditer(text)) if _RAIN_WORDS.search(text) else []
    for m in [*_FALLEN.finditer(text), *found_bare]:
        kind = m["kind"] if "kind" in m.re.groupindex else "rain"
        measure = f"{kind.lower()}fall"
        found = find_quantities(m[0][: m.end("unit") - m.start()])
        if measure not in table.measures or not found:
            continue
        quantity = found[0][2]
        quantity = _scaled(quantity, quantity.low, quantity.high, _LENGTHS[m["unit"].lower()], "mm")
        out.append(Measurement(m.start(), m.end(), measure, quantity))
    return out


def _temperatures(text: str) -> list[Measurement]:
    """The temperatures of ``text``, in degrees Celsius (a Fahrenheit figure converted), each
    with the place printed after it ("46.2C in the town of Hentzau") as its population: the
    heat in one town is no figure for another.

    >>> [(m.quantity.low, m.population) for m in _temperatures("Temperatures hit 115F in Zenda.")]
    [(46.1, 'Zenda')]
    >>> [m.population for m in _temperatures("It hit 46.2C in El Granado on Saturday.")]
    ['El Granado']
    >>> _temperatures("Police searched flat 1C.")  # a bare "C" outside the weather
    []
    >>> [(m.quantity.low, m.population) for m in _temperatures("with 40.3 Celsius measured at Zenda")]
    [(40.3, 'Zenda')]
    >>> [m.population for m in _temperatures("The temperature in Zenda hit 45C and 44C in Hentzau.")]
    ['Zenda', 'Hentzau']
    """
    out: list[Measurement] = []
    weather = _WEATHER.search(text) is not None
    for m in _TEMPERATURE.finditer(text):
        stated = m["sign"] or m["u2"] or (m["u3"] and "." in m["n"])  # "46.2C"
        if not stated and not weather:
            continue  # "Room 1C", "turned 180 degrees": no temperature
        if text[: m.start()].rstrip().endswith("("):
            continue  # "46.2C (115.2F)": the same figure converted
        unit = (m["u1"] or m["u2"] or m["u3"] or "C")[0].upper()
        value = float(m["n"]) * (-1 if m["neg"] else 1)
        if unit == "F":
            value = round((value - 32) * 5 / 9, 1)
        passing = "" if m["mod"] else _passing(text, m.start())
        approximate, lower, upper = _approximate(m["mod"] or passing)
        quantity = Quantity(
            low=None if upper else value,
            high=None if lower else value,
            unit="°C",
            text=passing + m[0].strip(),
            approximate=approximate,
        )
        # the place printed after it, else the one what was measured is named with before it
        # (past the last temperature: "the temperature in Zenda reached 45.1C")
        before = _PLACE_MEASURED.finditer(text, out[-1].end if out else 0, m.start())
        place = _PLACE_AFTER.match(text, m.end()) or max(before, key=_START, default=None)
        out.append(
            Measurement(m.start(), m.end(), "temperature", quantity, place[1] if place else None)
        )
    return out


# The place a figure is of, printed after it: "in Zenda", "in the town of Hentzau", also past
# the day it was reached ("47.3C on Monday in the town of Hentzau").
_PLACE_NAMED = (
    r"(?:the\s+(?:town|city|village|capital|region|province)\s+of\s+)?"
    # (a name whose first word opens names, with the next: "El Granado", "New Delhi")
    r"((?:(?:El|La|Le|Las|Los|San|Santa|St|New|Port|Fort|Mount|Al)\s+)?[A-Z][\w’'-]+)"
)
_PLACE_AFTER = re.compile(
    r"(?:\s+on\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?)?"
    # ("40.3C measured at Coningsby": where the reading was taken)
    r"(?:\s+(?:measured|recorded|registered|observed))?"
    rf"\s+(?:in|at)\s+{_PLACE_NAMED}"
)
# The place named with what was measured, printed before the figure: "the temperature in
# Zenda reached 45.1C", "Temperatures in the town of Hentzau hit 47C" (the last before it,
# by where it starts).
_PLACE_MEASURED = re.compile(rf"\b(?i:temperatures?|thermometers?|mercury)\s+in\s+{_PLACE_NAMED}")
_START = operator.methodcaller("start")


def is_clock(text: str) -> bool:
    """Whether ``text`` holds a clock time ("10:50", "7 pm").

    >>> is_clock("10:50 local time"), is_clock("6.8"), is_clock("around 7 pm")
    (True, False, True)
    """
    return any(
        m["half"] or (m["m"] and ":" in m[0]) for m in _CLOCK.finditer(text) if m["m"] or m["half"]
    )


def default_table() -> MeasureTable:
    """The shipped measure table (for doctests)."""
    from claimcheck.normalise._measures import default_measures

    return default_measures()
