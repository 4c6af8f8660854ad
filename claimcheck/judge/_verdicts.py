"""Verdicts: agreements, conflicts and uncorroborated claims, block by block.

Claims are grouped by a blocking key (predicate, subject, object; subject and object sorted for
symmetric predicates) and only compared inside their block. Inside a block, sources are counted
by family, so copies count once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import math
import operator
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import combinations, pairwise
from typing import Any

from rapidfuzz import fuzz

from claimcheck._build import builder, construct, evolve
from claimcheck._unionfind import Components, find, union
from claimcheck.extract._figures import EVENT_NOUNS, EVENT_VERBS
from claimcheck.judge._classes import (
    clashing,
    comparable_scopes,
    discrete_clashes,
    places,
    rank_scope_of,
)
from claimcheck.judge._figures import (
    FUNCTION_WORDS,
    WHOLE_SUFFIX,
    _words_of,
    absorb_parts,
    counting_actor,
    figure_key,
    head_word,
    join_counted_whole,
    join_descriptions,
    join_owned,
    join_purposes,
    judge_figures,
    names_label,
    part_conflicts,
    sums_told,
    value_classes,
)
from claimcheck.judge._findings import (
    _FINDING_FIELDS,
    _SPAN_PLACE,
    INDEFINITE,
    Describer,
    as_said,
    counted_as,
    figure_said,
    in_english,
    listed,
    make_finding,
    opens_with_pronoun,
    ordinal_word,
    quoted,
)
from claimcheck.judge._memo import Memo
from claimcheck.model import (
    Claim,
    ConflictKind,
    Entity,
    Figure,
    Finding,
    Quantity,
    Resolution,
    Support,
    TimeRange,
)
from claimcheck.normalise._fold import fold, phrase_key, slug
from claimcheck.normalise._gazetteer import countries_named
from claimcheck.normalise._measures import singular
from claimcheck.normalise._numbers import ordinal_value, word_number
from claimcheck.normalise._time import find_times

__all__ = [
    "block_head",
    "block_key",
    "counts_of",
    "drafted",
    "implied_claims",
    "member_claims",
    "part_totals",
    "sources_of",
    "verdicts",
]

OPEN_SIMILARITY = 60.0
# How alike two open claims' words but their numbers must be to count one thing apart.
_COUNTED_SIMILARITY = 85
_ID = operator.attrgetter("id")
_SOURCE = operator.attrgetter("source")


def _by_figure(claim: Claim) -> bool:
    """Whether a claim is blocked as a figure alone (an open verb stating a measure)."""
    return claim.measure is not None and claim.predicate.startswith("open:")


def block_head(claim: Claim) -> str:
    """The first part of a claim's :func:`block_key`, known without the rest."""
    return f"figure:{claim.measure}" if _by_figure(claim) else claim.predicate


# The entity of "no one" (the extractor's one name for nobody).
_NO_ONE = "description:no-one"


def block_key(claim: Claim, describe: Describer) -> tuple[str, str, str]:
    """The blocking key of a claim: claims about one proposition share it; figures meet by
    what they measure, whatever their sentence's subject (see ``judge._figures``)."""
    if _by_figure(claim):
        return figure_key(claim)
    return act_key(claim, describe)


def act_key(claim: Claim, describe: Describer) -> tuple[str, str, str]:
    """The blocking key of a claim as an act (its predicate, subject and object), whatever
    figure it states."""
    # a stated class or state meets its other wordings ("a ... bank" / "... banks")
    subject = claim.subject or ""
    obj = claim.object or (phrase_key(claim.value) if claim.value else "")
    if obj == _NO_ONE and not subject and claim.polarity == "negated":
        obj = ""  # "no one was injured" is "no injuries were reported": nobody was
    spec = describe.lexicon.spec(claim.predicate)
    if spec is not None and spec.symmetric and obj < subject:
        subject, obj = obj, subject
    return claim.predicate, subject, obj


def _denied_acts(
    claims: Sequence[Claim], blocks: dict[tuple[str, str, str], list[Claim]], describe: Describer
) -> None:
    """A denial of an act told with its figure, judged as the act too: "Acme denied that
    hackers had stolen the data of 40 million customers" meets "hackers stole the data of
    about 40 million customers" as a denial of the theft (an open verb's figure is blocked as
    the figure alone, where a denial states no value); so do the acts it denies, told with
    figures, and so denied without one: "no ransom was paid" meets "a ransom of $2 million
    had been paid". Nothing is added where no such denial is made."""
    denied = {
        act_key(c, describe)
        for c in claims
        if c.polarity == "negated"
        and c.predicate.startswith("open:")
        and (c.subject or c.object)
        and not c.scoped
    }
    if not denied:
        return
    for c in claims:
        if _by_figure(c) and (c.subject or c.object) and (key := act_key(c, describe)) in denied:
            blocks[key].append(c)


def implied_claims(claims: Sequence[Claim]) -> list[Claim]:
    """Claims a source makes by naming predecessors: "the third, after A and B" says A and B did it."""
    out: list[Claim] = []
    naming = [
        c for c in claims if c.after and not c.implied and not c.predicate.startswith("open:")
    ]
    if not naming:
        return out
    own = {(c.source, c.subject, c.predicate, c.object) for c in claims}
    for c in naming:
        for other in c.after:
            if (c.source, other, c.predicate, c.object) in own:
                continue
            own.add((c.source, other, c.predicate, c.object))
            out.append(
                evolve(
                    c,
                    {
                        "id": f"{c.id}>{slug(other)}",
                        "subject": other,
                        "rank": None,
                        "rank_scope": None,
                        "after": [],
                        "before": [c.subject] if c.subject else [],
                        "time": None,
                        "implied": True,
                    },
                )
            )
    return out


# Tolls of people whose count of a group ("killing nine passengers") is the count of everyone
# when the source gives no other.
# So are those on board and those rescued ("a boat carrying 278 passengers" is everyone aboard
# when no crew is counted).
_TOLLS = frozenset({"deaths", "injured", "missing", "aboard", "rescued"})
_ABOARD_TOLLS = frozenset({"aboard", "rescued"})
_CREW = re.compile(r"\bcrew", re.IGNORECASE)
_ALL = WHOLE_SUFFIX  # the id suffix of such a claim
# Groups by age, sex or belonging, which a toll names as a part of it ("12 children were
# killed" in a strike that killed 30, "12 residents"): never taken for everyone.
_KINDS_OF_PEOPLE = frozenset(
    {"children", "women", "men", "girls", "boys", "minors", "teenagers", "infants", "babies",
     "residents", "villagers", "citizens", "civilians", "nationals", "foreigners", "tourists"}
)  # fmt: skip


def part_totals(claims: Sequence[Claim], groups: Collection[str]) -> list[Claim]:
    """A source's only count of a toll, when it counts a group of people by what they were
    ("the fire killed nine passengers", "four workers were killed"), as the toll of everyone,
    as another outlet's "nine people were killed" gives it; one claim per source, measure and
    event, when the source gives one such count and no count of everyone. Not a group by age,
    sex or belonging ("12 children were killed", "12 residents": parts of a toll), nor two
    groups told apart, nor two counts. But one count told of two such groups ("gunmen killed
    26 men", "26 tourists" in its headline) is of everyone: two groups of the same size are
    one group told twice; and so is the sum of a list of groups said together, when it is all
    the source gives ("Twenty children and three teachers died": 23, :func:`_one_list`)."""
    told: set[tuple[str, str, str | None]] = set()
    parts: dict[tuple[str, str, str | None], list[Claim]] = defaultdict(list)
    kinds: dict[tuple[str, str, str | None], list[Claim]] = defaultdict(list)
    populated: dict[tuple[str, str, str | None], list[Claim]] = defaultdict(list)
    everyone: set[tuple[str, str, str | None]] = set()  # a count of everyone given
    for c in claims:
        if c.measure not in _TOLLS or c.quantity is None or c.implied:
            continue
        key = (c.source, c.measure, c.event)
        if c.population is None:
            told.add(key)
            everyone.add(key)
            continue
        populated[key].append(c)
        last = c.population.split()[-1]
        if (
            c.polarity != "affirmed"
            or last not in groups
            or " and " in c.population
            # ("Seven passengers and three crew were on board": the crew, uncounted here, too)
            or (c.measure in _ABOARD_TOLLS and _CREW.search(c.evidence.quote) is not None)
        ):
            told.add(key)  # a part of some other kind: the source's toll is not this count
            continue
        (kinds if last in _KINDS_OF_PEOPLE else parts)[key].append(c)
    out = []
    summed = set()
    for key in sorted(populated.keys() - everyone, key=str):
        # (a headline and a sentence may each give the list: one sum, said twice)
        by_clause: dict[str, list[Claim]] = defaultdict(list)
        for c in populated[key]:
            by_clause[c.text].append(c)
        lists = [_one_list(clause) for clause in by_clause.values()]
        sums = {c.quantity.low for c in lists if c is not None and c.quantity is not None}
        if lists and all(c is not None for c in lists) and len(sums) == 1:
            out.append(min((c for c in lists if c is not None), key=_ID))
            summed.add(key)
    for key in sorted((parts.keys() | kinds.keys()) - told - summed, key=str):
        found = parts.get(key, [])
        if found and key in kinds:
            continue  # a part by age, sex or belonging beside: the toll is not said
        if not found:
            found = kinds[key]
            if len({singular(c.population or "") for c in found}) < 2:
                continue  # one such group: a part of the toll ("12 children were killed")
        if len({(c.quantity.low, c.quantity.high) for c in found if c.quantity}) != 1:
            continue  # two counts: which is everyone's is not said
        c = found[0]
        out.append(evolve(c, {"id": f"{c.id}{_ALL}", "population": None, "implied": True}))
    return out


# The id suffix of an act told of one of the group its object names (member_claims).
_MEMBER = ">of"
# Acts on several together that are no act on each ("merged A and B", "compared A and B").
_TOGETHER = frozenset(
    {"open:merge", "open:unite", "open:separate", "open:compare", "open:link", "open:connect",
     "open:reconcile", "open:introduce", "open:pit", "open:pair"}
)  # fmt: skip


def member_claims(claims: Sequence[Claim], describe: Describer) -> list[Claim]:
    """An act told of a group its object names, told of each member too ("dismissed chief
    executive X, finance chief Y and top lawyer Z" dismissed X), so that it meets another
    outlet's act on one of them ("fired its chief executive X"). Such a claim stands only
    beside a claim of one member (:func:`_member_finding_kept`); it is never reported alone.
    Not a figure, a denial, or an act on several together ("merged A and B")."""
    out = []
    for c in claims:
        if (
            c.implied
            or c.object is None
            or not c.object.startswith("group:")
            or c.polarity != "affirmed"
            or c.measure is not None
            or c.predicate in _TOGETHER
        ):
            continue
        entity = describe.entities.get(c.object)
        members = entity.members if entity is not None else []
        spec = describe.lexicon.spec(c.predicate)
        if len(members) < 2 or (spec is not None and spec.symmetric):
            continue
        # (its place in a sequence is the group's: "the third to recognise A and B")
        told: dict[str, Any] = {"implied": True, "rank": None, "after": [], "before": []}
        for k, member in enumerate(members):
            out.append(evolve(c, {**told, "id": f"{c.id}{_MEMBER}{k}", "object": member}))
    return out


def _member_finding_kept(finding: Finding) -> bool:
    """Whether a finding stands that acts told of a group's members (member_claims) take part
    in: only beside a claim that is no such act ("dismissed X and Y" in two outlets is the
    group's own finding, not one per member too)."""
    return any(_MEMBER not in cid for cid in finding.claims)


def _one_list(counts: Sequence[Claim]) -> Claim | None:
    """The sum of a source's only counts of a toll given in one clause (:func:`part_totals`
    groups them so) when they are the groups of one list ("Twenty children and three teachers
    died": 23 dead), as the toll of everyone; None unless they are exact counts of two or
    more groups said together, not all of them groups by age, sex or belonging ("killed 12
    children and five women" may leave others uncounted)."""
    lasts = [(c.population or "").split()[-1:] for c in counts]
    if (
        len(counts) < 2
        or all(last and last[0] in _KINDS_OF_PEOPLE for last in lasts)
        or any(c.polarity != "affirmed" or " and " in (c.population or "") for c in counts)
        or len({c.predicate for c in counts}) != 1
        or len({c.population for c in counts}) != len(counts)
    ):
        return None
    quantities = [c.quantity for c in counts if c.quantity is not None]
    if len(quantities) != len(counts) or any(
        q.low is None or q.low != q.high or q.approximate for q in quantities
    ):
        return None
    total = sum(q.low or 0.0 for q in quantities)
    told = " and ".join(f"{c.quantity.text} {c.population}" for c in counts if c.quantity)
    first = min(counts, key=_ID)
    quantity = Quantity(low=total, high=total, unit="people", text=told)
    changes = {"id": f"{first.id}{_ALL}", "population": None, "implied": True, "quantity": quantity}
    return evolve(first, changes)


def _retold(finding: Finding, group_of: Mapping[str, str]) -> bool:
    """Whether a finding is only of counts of one group told as everyone's (part_totals): the
    group's own finding tells it."""
    bases = [cid.removesuffix(_ALL) for cid in finding.claims]
    return all(cid.endswith(_ALL) for cid in finding.claims) and (
        len({singular(group_of.get(base) or "") for base in bases}) == 1
    )


def _without_told_wholes(findings: Sequence[Finding], claims: Sequence[Claim]) -> list[Finding]:
    """``findings`` (conflicts, or agreements) without a group's finding that one of
    everyone's counts tells count for count: "seven miners died" / "at least nine miners were
    killed" is told within "dead: at least seven (workers); seven; at least nine", each
    source's count of the group its count of everyone (part_totals); not twice ("280 / about
    300 passengers on board" within "280 / about 300 on board", which a third outlet's "300
    people" joins). A group's count that is not its source's count of everyone ("nine miners
    and two rescuers") leaves the group's finding its own."""
    whole_of: dict[str, str] = {}  # a claim's id -> the finding holding its count of everyone
    for f in findings:
        for cid in f.claims:
            if cid.endswith(_ALL):
                whole_of[cid] = f.id
    if not whole_of:
        return list(findings)
    by_id = {c.id: c for c in claims if c.id in whole_of or f"{c.id}{_ALL}" in whole_of}

    def told(f: Finding) -> bool:
        if f.conflict not in ("value", None) or f.figure is None:
            return False
        wholes = {whole_of.get(f"{cid}{_ALL}") for cid in f.claims}
        if len(wholes) != 1 or None in wholes or wholes == {f.id}:
            return False
        return all(
            (part := by_id.get(cid)) is not None
            and part.population is not None
            and (whole := by_id.get(f"{cid}{_ALL}")) is not None
            and whole.quantity == part.quantity
            for cid in f.claims
        )

    return [f for f in findings if not told(f)]


def _when(claim: Claim, describe: Describer) -> str:
    published = describe.published[claim.source]
    return f"as of {published.isoformat()}" if published else "no date"


def _families_of(claims: Sequence[Claim], family: Mapping[str, str]) -> set[str]:
    return {family[c.source] for c in claims}


def _independent(claims: Iterable[Claim], family: Mapping[str, str]) -> bool:
    """Whether ``claims`` come from two families or more: read up to the second family met,
    not all of them (a group that thousands of outlets restate has its second in a few)."""
    first: str | None = None
    for c in claims:
        found = family[c.source]
        if first is None:
            first = found
        elif found != first:
            return True
    return False


# A phrase set off by commas inside a clause: an appositive ("Jo Bloggs, the party's
# leader, has died") or an aside, that says nothing of what the clause says happened.
_ASIDE = re.compile(r", [^,]{1,80}, ")
# A relative clause set off by a comma at a clause's end, which tells of one the clause names
# (and makes a claim of its own): "Jo Bloggs will succeed Axel Ruiz, who did not seek
# re-election".
_LAST_RELATIVE = re.compile(r", (?:who|whom|whose|which) [^,]{1,120}\.?$")


# Verbs of an event that a named doer undergoes or does without an object: "Jo Bloggs died".
_EVENTFUL = frozenset({*EVENT_VERBS, "die"}) - {"take", "start", "begin", "hit", "strike"}


def _dated_event(claim: Claim) -> tuple[str, dt.date] | None:
    """Who a bare event befell and its day, when a clause tells no more of it than that: "Jo
    Bloggs died on Monday" (no object, value or count; a named doer, not a description). Two
    sources that tell it of one day tell one event, whatever else their clauses run on to
    ("..., the Vatican said, a day after appearing in ...")."""
    t, subject = claim.time, claim.subject
    if (
        subject is None
        or subject.startswith(("description:", "group:"))
        or ":" not in subject
        or claim.predicate.removeprefix("open:") not in _EVENTFUL
        or claim.object
        or claim.value
        or claim.quantity is not None
        or claim.polarity != "affirmed"
        or t is None
        or t.precision != "day"
        or t.earliest is None
        or t.earliest != t.latest
    ):
        return None
    return subject, t.earliest


def _open_agree(a: Claim, b: Claim) -> bool:
    event = _dated_event(a)
    if event is not None and event == _dated_event(b):
        return True  # (the countries its words name are asides: "the Argentine pontiff")
    text_a, text_b = fold(a.text), fold(b.text)
    if _named_apart(countries_named(text_a.split()), countries_named(text_b.split())):
        return False
    return _said_alike(
        (text_a, _bare(a.text)), (text_b, _bare(b.text)), _counted_in(a.text), _counted_in(b.text)
    )


def _bare(text: str) -> str | None:
    """A clause's folded words without its asides (:data:`_ASIDE`) and a relative clause
    it ends in (:data:`_LAST_RELATIVE`), or None when it has none."""
    bare = _LAST_RELATIVE.sub("", _ASIDE.sub(" ", text))
    return fold(bare) if bare != text else None


def _said_alike(
    a: tuple[str, str | None],
    b: tuple[str, str | None],
    counted_a: Mapping[str, set[float]],
    counted_b: Mapping[str, set[float]],
) -> bool:
    """Whether two open claims' words (folded, and without asides when they have some) say the
    same (:func:`_alike`): "Jo Bloggs, the president's fiercest critic, has died in prison"
    says what "Jo Bloggs died on Friday in a penal colony" says."""
    if _alike(a[0], b[0], counted_a, counted_b):
        return True
    if a[1] is None and b[1] is None:
        return False
    return _alike(a[1] or a[0], b[1] or b[0], counted_a, counted_b)


def _times_apart(times_a: Collection[TimeRange], times_b: Collection[TimeRange]) -> bool:
    """Whether two classes of open claims give times, and none of one's can be any of the
    other's ("began on Sunday" / "began on Saturday")."""
    return bool(times_a and times_b) and all(
        a.compatible(b) is False for a in times_a for b in times_b
    )


def _named_apart(named_a: frozenset[str], named_b: frozenset[str]) -> bool:
    """Whether two clauses name different countries (:func:`countries_named`), each one the
    other does not: "France summoned the Iranian ambassador" and "... the Chinese ambassador"
    say two things, however alike their other words."""
    return bool(named_a - named_b) and bool(named_b - named_a)


# A thousands separator ("3,000") and a decimal point ("1.5") between digits: folding would
# make each number two ("3 000", "1 5").
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_DECIMAL = re.compile(r"\d+d\d+")
# Words that multiply the number before them: "1.5 million", "three hundred".
_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


# Clock times, which count nothing: "at 11:11 p.m.", "7 am", "19.20 pm", "(2200 GMT)".
_CLOCK_TEXT = re.compile(
    r"\b\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\b\.?)?"
    r"|\b\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.\s?m\.|[ap]m\b)"
    r"|\b\d{3,4}\s*(?:GMT|UTC)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 16)
def _counted_in(text: str) -> dict[str, set[float]]:
    """:func:`_counted` of a clause as printed, its numbers kept whole, its clock times left
    out and its amounts counted in their currency's word ("$92 million at auction" counts 92
    million dollars, not "at"); folded past fold's cache, which is for the clauses themselves:
    this result is cached here."""
    text = _CLOCK_TEXT.sub(" ", text)
    text = _YEARS.sub(_in_months, text)  # "for one year" / "for nine months": 12 / 9 months
    text = _PER_CENT.sub(" percent", text)  # "by 35%" counts percent, not the word after
    text = _SIGNED_AMOUNT.sub(_amount_in_words, text)
    return _counted(fold.__wrapped__(_DECIMAL_POINT.sub("d", _THOUSANDS.sub("", text))))


# A length in years, counted in months as a length in months is: "banned for one year" and
# "banned for nine months" count one thing differently (not an age: "five years old").
_YEAR_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_YEARS = re.compile(
    rf"\b(?P<n>\d+(?:\.\d+)?|{'|'.join(_YEAR_COUNTS)})[\s-]+years?\b(?![\s-]+old\b)",
    re.IGNORECASE,
)


def _in_months(m: re.Match[str]) -> str:
    """A length in years (:data:`_YEARS`) written in months: "one year" is "12 months"."""
    n = m["n"].lower()
    years = float(_YEAR_COUNTS[n]) if n in _YEAR_COUNTS else float(n)
    return f"{years * 12:g} months"


# A share's sign or words: "35%", "35 per cent" (folding drops the sign).
_PER_CENT = re.compile(r"\s?(?:%|\bper\s+cent\b)", re.IGNORECASE)
# An amount printed after its currency's sign, with its scale: "$92 million", "€2.4bn".
_SIGN_WORDS = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees"}
_SIGNED_AMOUNT = re.compile(
    r"(?:US|A|C|NZ|HK|S)?(?P<sign>[$€£¥₹])\s?(?P<amount>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>hundred|thousand|million|billion|trillion|bn|m)\b)?"
)
_SCALE_WORDS = {"bn": "billion", "m": "million"}


def _amount_in_words(m: re.Match[str]) -> str:
    """An amount with its sign as words: "$2.4bn" is "2.4 billion dollars"."""
    scale = m["scale"] or ""
    scale = _SCALE_WORDS.get(scale, scale)
    return " ".join(w for w in (m["amount"], scale, _SIGN_WORDS[m["sign"]]) if w)


def _alike(
    text_a: str,
    text_b: str,
    counted_a: Mapping[str, set[float]],
    counted_b: Mapping[str, set[float]],
) -> bool:
    """Whether two open claims' folded words say the same: alike enough, and not counting one
    thing differently ("in three provinces" / "in four provinces" differ in what matters; "the
    magnitude 7 quake hit" / "the quake hit, killing 600" do not)."""
    if _count_apart(counted_a, counted_b):
        return False
    return fuzz.token_set_ratio(text_a, text_b) >= OPEN_SIMILARITY


def _count_apart(counted_a: Mapping[str, set[float]], counted_b: Mapping[str, set[float]]) -> bool:
    """Whether two texts' counts (:func:`_counted`) give one noun numbers that share none."""
    return any(
        counted_a[noun].isdisjoint(counted_b[noun]) for noun in counted_a.keys() & counted_b.keys()
    )


# What an age is told in, before "old": "the 62-year-old", "a man 30 years old".
_AGE_UNITS = frozenset({"year", "years", "month", "months"})
# Words that are numbers only sometimes ("a deal", "one of them"): never read as one here.
_NOT_NUMBERS = frozenset({"a", "an", "one"})


@functools.lru_cache(maxsize=1 << 16)
def _counted(text: str) -> dict[str, set[float]]:
    """The numbers of folded ``text`` by the word they count ("three provinces" -> provinces:
    {3}); a number's word is the next word that is not a number. A place in an order is kept
    apart from a count, under its word with a leading "#" ("the fourth largest city" ->
    #largest: {4}): "the third largest city" and "the fourth largest city" say two things.
    A word counted twice counts their sum too: "two counts of wire fraud and five counts of
    conspiracy" are seven counts. An age ("the 62-year-old") counts nothing."""
    out: dict[str, set[float]] = defaultdict(set)
    told: dict[str, list[float]] = defaultdict(list)
    pending: list[float] = []
    ordinal: list[float] = []
    words = text.split()
    for k, w in enumerate(words):
        if pending and w in _AGE_UNITS and words[k + 1 : k + 2] == ["old"]:
            pending = []  # "62 year old": whose age, not 62 years of something
            continue
        value = _number(w)
        place = None if value is not None else _place(w)
        if value is not None and pending and w in _SCALES:
            pending[-1] *= value  # "1.5 million": one number
        elif value is not None:
            pending.append(value)
        elif place is not None:
            ordinal.append(place)
        else:
            if pending:
                out[w].update(pending)
                told[w].append(pending[-1])
                pending = []
            if ordinal:
                out[f"#{w}"].update(ordinal)
                ordinal = []
    for w, values in told.items():
        if len(values) > 1:
            out[w].add(math.fsum(values))
    return dict(out)


def _ranks_apart(first: Collection[tuple[int, str]], second: Collection[tuple[int, str]]) -> bool:
    """Whether two sets of (rank, scope) give comparable scopes only different places: "the
    third murder of a mayor this year" / "the second" (not "the third in the EU" / "the fourth
    in Europe", which can both hold)."""
    pairs = [(a, b) for a, s in first for b, t in second if comparable_scopes(s, t)]
    return bool(pairs) and all(a != b for a, b in pairs)


def _tally(claim: Claim) -> dict[str, set[float]]:
    """What an open claim counts (:func:`_counted`), that a count conflict compares: not the
    place in an order of a claim with a rank, which is judged as its rank."""
    counted = _counted_in(claim.text)
    if claim.rank is None:
        return counted
    return {noun: values for noun, values in counted.items() if not noun.startswith("#")}


def _counts_differ(a: Claim, b: Claim) -> bool:
    """Whether two open claims say one thing but count something in it differently: "declared
    a state of emergency in four provinces" / "... in five provinces". Their words but the
    numbers must be near the same (a different act or thing counted is no conflict)."""
    if not _count_apart(_tally(a), _tally(b)):
        return False
    text_a, text_b = fold(a.text), fold(b.text)
    return fuzz.token_set_ratio(_uncounted(text_a), _uncounted(text_b)) >= _COUNTED_SIMILARITY


def _count_clashes(block: Sequence[Claim], family: Mapping[str, str]) -> set[str]:
    """Ids of the open claims that :func:`_counts_differ` sets against another family's claim
    (affirmed, not scoped, not elsewhere: as :func:`_clashes` compares them), found by classes
    (:func:`_count_conflicts`)."""
    return {cid for group in _count_conflicts(block, family) for cid in group}


def _count_conflicts(block: Sequence[Claim], family: Mapping[str, str]) -> list[list[str]]:
    """The count conflicts of a block of open claims: the ids of the claims that count one
    thing apart (:func:`_counts_differ`), a list for each thing (in id order, the lists by
    their first id).

    "Residents debated the 188 km of railway" / "... the 526 km of railway" is one conflict,
    and "... 52 stalled projects" / "... 44 stalled projects" another: a claim counting
    projects is no value of the railway's length. Claims that count several things at once
    join the conflicts of each into one ("3 dead in 2 towns" / "4 dead in 3 towns").

    Claims are grouped by their words without the numbers; groups whose words are alike
    (:func:`_word_groups` picks the pairs of groups worth comparing) are compared noun by noun,
    one value per claim counted from (value, family) pairs as discrete values are; a claim
    giving one noun several numbers ("3 dead ... 4 dead") is compared with each claim, as its
    numbers need only meet one of the other's. Near-linear in the claims whatever their
    counts: hundreds of outlets giving one figure and a few another find each other.
    """
    parent: dict[str, str] = {}
    for part in places(block):
        by_words: dict[str, list[Claim]] = defaultdict(list)
        for c in part:
            if c.polarity == "affirmed" and not c.scoped and _counts_any(c):
                by_words[_uncounted(fold(c.text))].append(c)
        texts = sorted(by_words)
        pairs = {(i, i) for i in range(len(texts))}
        for group in _word_groups([frozenset(t.split()) for t in texts]):
            pairs.update(combinations(group, 2))
        for i, j in sorted(pairs):
            if fuzz.token_set_ratio(texts[i], texts[j]) >= _COUNTED_SIMILARITY:
                for ids in _counted_apart(by_words[texts[i]], by_words[texts[j]], family):
                    first = min(ids)
                    for cid in ids:
                        union(parent, first, cid)
    groups: dict[str, list[str]] = defaultdict(list)
    for cid in sorted(parent):
        groups[find(parent, cid)].append(cid)
    return sorted(groups.values())


def _counted_apart(
    xs: Sequence[Claim], ys: Sequence[Claim], family: Mapping[str, str]
) -> Iterator[set[str]]:
    """For each noun that claims of ``xs`` and ``ys`` count, the ids of the claims that count
    it with numbers sharing none of a claim's of another family on the other side (each side
    against itself when the same); none when none do."""
    same = xs is ys
    for noun in sorted({n for c in [*xs, *ys] for n in _tally(c)}):
        left = [(c, v) for c in xs if (v := _tally(c).get(noun))]
        right = left if same else [(c, v) for c in ys if (v := _tally(c).get(noun))]
        out = discrete_clashes(
            ((c, min(v)) for c, v in left if len(v) == 1),
            None if same else ((c, min(v)) for c, v in right if len(v) == 1),
            family=family,
        )
        for mine, theirs in ((left, right),) if same else ((left, right), (right, left)):
            for c, values in mine:
                if len(values) == 1:
                    continue
                for d, other in theirs:  # several numbers need only meet one of the other's
                    if family[d.source] != family[c.source] and values.isdisjoint(other):
                        out |= {c.id, d.id}
        if out:
            yield out


def _number(word: str) -> float | None:
    """The number a folded word is, in digits or in words ("a", "one" are none here)."""
    if word.isdigit():
        return float(word)
    if _DECIMAL.fullmatch(word):
        return float(word.replace("d", "."))  # a decimal point kept by _counted_in
    return None if word in _NOT_NUMBERS else word_number(word)


def _place(word: str) -> float | None:
    """The place in an order a folded word gives ("third", "3rd"), if it is one."""
    if not word.endswith(("st", "nd", "rd", "th")):
        return None  # (every ordinal, in words or digits, ends so: most words are none)
    value = ordinal_value(word)
    return None if value is None else float(value)


@functools.lru_cache(maxsize=1 << 16)
def _uncounted(text: str) -> str:
    """Folded ``text`` without its numbers and places in an order."""
    return " ".join(w for w in text.split() if _number(w) is None and _place(w) is None)


def counts_of(claim: Claim) -> str:
    """The counts an open claim's words give, "4 provinces", "the fourth largest" (a
    conflict's values; two claims give the same text when they count alike)."""
    return _counts_text(claim.text, claim.rank is not None)


@functools.lru_cache(maxsize=1 << 16)
def _counts_text(text: str, ranked: bool) -> str:
    out = []
    for noun, values in sorted(_counted_in(text).items()):
        if noun.startswith("#"):
            if ranked:
                continue  # a claim with a rank is judged by its rank (as _tally() leaves it)
            places = " or ".join(ordinal_word(int(v)) for v in sorted(values))
            out.append(f"the {places} {noun[1:]}")
        else:
            # (a word that counts nothing named is left out: "rescued 12 on Monday" says 12)
            counted = "" if noun in FUNCTION_WORDS else f" {noun}"
            out.append(f"{' or '.join(f'{v:,.12g}' for v in sorted(values))}{counted}")
    return ", ".join(out)


_EXPLAIN: dict[str, str] = {
    "polarity": "One source states it and another denies it; both cannot be right.",
    "modality": "One source states it (itself or on a speaker's word); another reports it but "
    "says it was not confirmed. It may have been confirmed since: compare the sources' dates.",
    "time": "The sources give times that do not overlap for the same event.",
    "value": "The figures do not overlap. The newer one is not taken as the truth without a "
    "source saying so.",
    "rank": "The sources give different places in the order.",
    "attribution": "A quotation cannot come first from two speakers.",
}


# Inside a block this large, open claims are compared only with those that share a word that
# is not common in the block (or the same words): all pairs would be quadratic in the block.
PAIRWISE_LIMIT = 200


def _word_groups(words: Sequence[frozenset[str]]) -> list[list[int]]:
    """Groups of indexes into ``words`` whose pairs are worth comparing.

    All the items when there are up to :data:`PAIRWISE_LIMIT`; among more, the items with the
    same words (neighbours in a chain when there are more than the limit: enough to link them
    into one agreement), and the items that share a word used by at most
    :data:`PAIRWISE_LIMIT` of them. Near-linear whatever the number of items.
    """
    if len(words) <= PAIRWISE_LIMIT:
        return [list(range(len(words)))]
    postings: dict[str, list[int]] = defaultdict(list)
    same: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        same[ws].append(i)
        for w in ws:
            postings[w].append(i)
    groups: list[list[int]] = []
    for group in same.values():
        if len(group) <= PAIRWISE_LIMIT:
            groups.append(group)
        else:  # identical texts, many of them: a chain links them all for agreement
            groups.extend([i, j] for i, j in pairwise(group))
    groups.extend(p for p in postings.values() if 1 < len(p) <= PAIRWISE_LIMIT)
    return groups


def _words(claim: Claim) -> frozenset[str]:
    return frozenset(fold(claim.text).split())


def _candidate_pairs(claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """The pairs of ``claims`` (sorted by id) worth comparing by their words
    (:func:`_word_groups`), in order."""
    ordered = sorted(claims, key=_ID)
    if len(ordered) <= PAIRWISE_LIMIT:
        return list(combinations(ordered, 2))
    groups = _word_groups([_words(c) for c in ordered])
    pairs = sorted({pair for group in groups for pair in combinations(group, 2)})
    return [(ordered[i], ordered[j]) for i, j in pairs]


def _elsewhere(a: Claim, b: Claim) -> bool:
    """Whether the claims name two different places ("police in A", "police in B"): then they
    are two propositions, whatever they say."""
    return bool(a.location and b.location and a.location != b.location)


# The event a clause places what it tells in: "killed in the attack on the studio", "killed
# in violence across the country" (its noun, by the noun news words it with).
_IN_EVENT = re.compile(
    r"\b(?:in|during)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?("
    + "|".join(sorted(EVENT_NOUNS | {"violence", "clashes", "fighting", "unrest", "riots"}))
    + r")\b",
    re.IGNORECASE,
)
_SAME_EVENT = {
    "quake": "earthquake",
    "tremor": "earthquake",
    "blaze": "fire",
    "blast": "explosion",
    "collision": "crash",
}
# Nouns that name any event: "in the incident" may be the attack another clause names.
_ANY_EVENT = frozenset({"incident", "accident", "tragedy", "disaster"})


def _event_named(text: str) -> str | None:
    """The event a clause names as the one it tells of, by one noun for each; None for none
    or for a noun of any event."""
    found = _IN_EVENT.search(text)
    if found is None or found[1].lower() in _ANY_EVENT:
        return None
    return _SAME_EVENT.get(found[1].lower(), found[1].lower())


def _other_events(a: Claim, b: Claim) -> bool:
    """Whether the claims place what they tell in two events they name ("no one was killed in
    the attack on the studio", "ten were killed in violence across the country")."""
    first, second = _event_named(a.text), _event_named(b.text)
    return first is not None and second is not None and first != second


def _measured(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """``claims`` that state a figure of more than none (not implied), by measure, in order:
    "five people died" are deaths; "no one was killed" none."""
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        q = c.quantity
        if c.measure and not c.implied and not c.scoped and q is not None and (q.low or 0) > 0:
            out[c.measure].append(c)
    return out


def _another_event(claim: Claim) -> bool:
    """Whether a claim's figure is of another event than the story's: "killed in another mine
    collapse", "since a 7.6 earthquake in 1999 killed 2,400 people" (an event of a year)."""
    event = claim.event or ""
    return event == "another" or event.isdigit()


@functools.lru_cache(maxsize=1 << 16)
def _strip_times(text: str) -> str:
    out, last = [], 0
    for found in find_times(text):
        out.append(text[last : found.start])
        last = found.end
    return "".join([*out, text[last:]])


def _as_of(claim: Claim, describe: Describer) -> tuple[dt.date | None, dt.date | None]:
    """When a claim holds: its own time, else the day its source was published."""
    if claim.time is not None and claim.time.earliest and claim.time.latest:
        return claim.time.earliest, claim.time.latest
    day = describe.published[claim.source]
    return day, day


def _later_change(a: Claim, b: Claim, describe: Describer) -> bool:
    """A denial older than the event it denies is no contradiction ("had not conceded" on
    Monday, "conceded" on Tuesday): it was true when written."""
    negated, affirmed = (a, b) if a.polarity == "negated" else (b, a)
    _, denied_until = _as_of(negated, describe)
    happened, _ = _as_of(affirmed, describe)
    return denied_until is not None and happened is not None and denied_until < happened


def _denied_since(
    block: Sequence[Claim], describe: Describer, family: Mapping[str, str]
) -> set[str]:
    """Time-scoped denials ("the black boxes have not yet been recovered") against what another
    source reported happening before the denial was made: "not yet" is no contradiction of
    later reports, but it is of earlier ones. The ids of every claim in such a clash."""
    scoped = [c for c in block if c.scoped and c.polarity == "negated"]
    if not scoped:
        return set()
    affirmed = [c for c in block if c.polarity == "affirmed" and not c.scoped]
    found: set[str] = set()
    for denial in scoped:
        since, _ = _as_of(denial, describe)
        for c in affirmed:
            _, happened = _as_of(c, describe)
            if (
                since is not None
                and happened is not None
                and happened < since
                and family[c.source] != family[denial.source]
                and not _elsewhere(c, denial)
                and (not c.predicate.startswith("open:") or _open_agree(c, denial))
            ):
                found |= {c.id, denial.id}
    return found


def _disjoint(a: Claim, b: Claim) -> bool:
    assert a.quantity is not None
    assert b.quantity is not None
    lo_a, hi_a, lo_b, hi_b = a.quantity.low, a.quantity.high, b.quantity.low, b.quantity.high
    return (hi_a is not None and lo_b is not None and hi_a < lo_b) or (
        hi_b is not None and lo_a is not None and hi_b < lo_a
    )


# Open verbs of what happens to its subject once, at one time: two times for one subject are
# two accounts of when it happened ("the floods began on Sunday" / "... on Saturday").
_ONCE = frozenset(
    {"open:begin", "open:start", "open:break_out", "open:occur", "open:happen", "open:erupt",
     "open:collapse", "open:sink", "open:capsize", "open:crash", "open:derail", "open:explode",
     "open:die"}
)  # fmt: skip


def _once(first: Claim, second: Claim) -> bool:
    """Whether two claims of one block tell a one-time happening of their subject, with no
    object or value that could make them two ("began on Sunday" / "began on Saturday")."""
    return (
        first.predicate in _ONCE
        and first.subject is not None
        and not (first.object or first.value or second.object or second.value)
    )


def _clashes(
    first: Claim, second: Claim, functional: set[str], describe: Describer, *, counts: bool = True
) -> list[ConflictKind]:
    """What makes two claims of one block incompatible: the kind of each clash (a finding's
    summary is written once for all its claims, by :func:`_summary`). ``counts=False`` leaves
    out open claims counting a noun apart (:func:`_count_clashes` finds those for a block)."""
    if _elsewhere(first, second):
        return []
    if first.polarity != second.polarity:
        if first.predicate.startswith("open:") and not _open_agree(first, second):
            return []
        if _later_change(first, second, describe):
            return []
        return ["polarity"]
    if first.polarity == "negated":
        return []
    out: list[ConflictKind] = []
    if (
        _unconfirmed(first) != _unconfirmed(second)
        and "hedged" not in (first.modality, second.modality)
        and (not first.predicate.startswith("open:") or _open_agree(first, second))
    ):
        out.append("modality")  # one states it, the other says it was not confirmed
    ta, tb = first.time, second.time
    if (
        ta is not None
        and tb is not None
        and ta.compatible(tb) is False
        and (
            "time" in functional
            or _once(first, second)
            or (
                first.predicate.startswith("open:")
                and fuzz.token_set_ratio(
                    fold(_strip_times(first.text)), fold(_strip_times(second.text))
                )
                >= 85
            )
        )
    ):
        out.append("time")
    if counts and first.predicate.startswith("open:") and _counts_differ(first, second):
        out.append("value")  # "in four provinces" / "in five provinces"
    if (
        "quantity" in functional
        and first.measure is None  # a figure is judged with its measure (judge._figures)
        and second.measure is None
        and first.quantity is not None
        and second.quantity is not None
        and _disjoint(first, second)  # values are intervals: "at least 9" holds with 12
    ):
        out.append("value")
    if (
        first.rank is not None
        and second.rank is not None
        and first.rank != second.rank
        # (the third in the EU and the fourth in Europe can both hold)
        and comparable_scopes(rank_scope_of(first), rank_scope_of(second))
    ):
        out.append("rank")
    speakers = first.attributed_to, second.attributed_to
    if (
        speakers[0]
        and speakers[1]
        and speakers[0] != speakers[1]
        and _quoted(first, describe)
        and _quoted(second, describe)
        and fuzz.ratio(fold(first.text), fold(second.text)) >= 90
    ):
        out.append("attribution")
    return out


def _unconfirmed(claim: Claim) -> bool:
    return claim.modality == "unconfirmed"


def _quoted(claim: Claim, describe: Describer) -> bool:
    """Whether the claim's words stand inside quotation marks: only a verbatim quotation can be
    wrongly credited; a figure or a paraphrase credited to two officials is routine
    corroboration ("the fire killed nine, police said" / "..., the ministry said")."""
    evidence = claim.evidence
    source = describe.sources.get(claim.source)
    text = source.text if source is not None and source.text else evidence.quote
    offset = evidence.start if text is not evidence.quote else 0
    words = claim.text[:40]
    local = evidence.quote.find(words) if words else -1
    at = offset + max(local, 0)
    before = text[text.rfind("\n", 0, at) + 1 : at]
    curly = sum(before.count(c) for c in "“«") > sum(before.count(c) for c in "”»")
    return curly or before.count('"') % 2 == 1


def _may_clash(block: Sequence[Claim], functional: set[str]) -> bool:
    """Whether any pair of ``block`` could clash, tested on the whole block at once.

    :func:`_clashes` needs two polarities, or (between affirmations) two claims that differ in
    time, figure, rank or speaker: a block where no field has two values has no conflict, and
    most blocks are such.
    """
    polarities = {c.polarity for c in block}
    if len(polarities) > 1:
        return True
    if "affirmed" not in polarities:
        return False  # two denials never clash
    modalities = {c.modality for c in block}
    if "unconfirmed" in modalities and len(modalities - {"hedged"}) > 1:
        return True
    if sum(c.time is not None for c in block) > 1:
        return True
    if "quantity" in functional and all(c.measure is None for c in block):
        ranges = {(c.quantity.low, c.quantity.high) for c in block if c.quantity is not None}
        if len(ranges) > 1 or any(
            low is not None and high is not None and high < low for low, high in ranges
        ):
            return True
    if len({c.rank for c in block if c.rank is not None}) > 1:
        return True
    if block[0].predicate.startswith("open:") and sum(_counts_any(c) for c in block) > 1:
        return True  # open claims counting something: they may count it differently
    return len({c.attributed_to for c in block if c.attributed_to}) > 1


def _counts_any(claim: Claim) -> bool:
    return bool(_tally(claim))


def _listed(groups: Mapping[str, set[str]], limit: int = 6) -> str:
    """Values with the sources giving each: "12 (A, B); 15 (C)", in the order given."""
    ordered = list(groups.items())
    shown = [f"{value} ({listed(labels)})" for value, labels in ordered[:limit]]
    more = f" and {len(ordered) - limit} more" if len(ordered) > limit else ""
    return "; ".join(shown) + more


def _values_said(group: Sequence[Claim], describe: Describer) -> str:
    """The length a group of one source's claims gives to what someone is given, which no
    figure tells ("was sentenced to 16 years", as an agreement's summary says it), or ""."""
    spec = describe.lexicon.spec(group[0].predicate)
    if group[0].measure is not None or spec is None or not spec.given_noun:
        return ""
    values = sorted({_as_length(as_said(c.quantity.text)) for c in group if c.quantity})
    return _values_after(group[0], values, describe) if values else ""


def _counts_act(claim: Claim, describe: Describer) -> bool:
    """Whether a claim tells its act by a count of those it was done to, naming no one: "Zenda
    expelled four diplomats", "the rebels released 27 hostages"."""
    return bool(
        claim.subject
        and not (claim.object or claim.value)
        and claim.quantity is not None
        and describe.lexicon.measures.counts_act(claim.measure)
    )


def _count_after(claim: Claim, describe: Describer) -> str:
    """The count a claim tells its act by (:func:`_counts_act`), as a summary says it after
    the act's proposition (" four diplomats", " on 12 officials"); "" for any other claim."""
    if not _counts_act(claim, describe) or claim.quantity is None:
        return ""
    return _values_after(claim, [as_said(claim.quantity.text)], describe, claim.quantity.unit)


def _values_after(
    claim: Claim, values: Sequence[str], describe: Describer, unit: str | None = None
) -> str:
    """``values`` as a summary says them after ``claim``'s proposition, with the preposition
    it leaves off: " on three" ("imposed sanctions on" three), " to 25 years"; with ``unit``,
    what they count once after them (" at least four / five people")."""
    preposition = describe.dangling(claim)
    said = counted_as(" / ".join(values), unit)
    return f" {preposition} {said}" if preposition else f" {said}"


_HYPHENED_LENGTH = re.compile(r"(.+?)-(year|month|week|day)")


def _as_length(value: str) -> str:
    """A length printed as a modifier, as a sentence says it after "to": "23-year" is "23
    years"."""
    found = _HYPHENED_LENGTH.fullmatch(value)
    if found is None:
        return value
    one = found[1].lower() in ("1", "one", "a")
    return f"{found[1]} {found[2]}{'' if one else 's'}"


def _with_count(proposition: str, claim: Claim) -> str:
    """A proposition with the count its claim gives in place of an object ("police arrested
    two men"), for a denial set against it ("police did not arrest anyone")."""
    counted = claim.quantity
    if claim.subject and claim.object is None and counted is not None and counted.unit:
        return f"{proposition} {counted_as(counted.text, counted.unit)}"
    return proposition


def _summary(kind: str, claims: Sequence[Claim], describe: Describer) -> str:
    """One sentence for a conflict of ``kind`` over ``claims``: the competing values and who
    gives each."""
    said = next((c for c in claims if c.polarity == "affirmed"), claims[0])
    what = describe.proposition(evolve(said, {"polarity": "affirmed"}))
    label, labels = describe.source_label, describe.labels
    values: dict[str, set[str]] = defaultdict(set)
    if kind == "polarity":
        what = _with_count(what, said)
        yes = labels(c.source for c in claims if c.polarity == "affirmed")
        no = labels(c.source for c in claims if c.polarity == "negated")
        affirm = "affirms" if len(yes) == 1 else "affirm"
        deny = "denies" if len(no) == 1 else "deny"
        return f"{listed(yes)} {affirm} and {listed(no)} {deny}: {what}."
    if kind == "modality":
        sure = labels(c.source for c in claims if not _unconfirmed(c))
        unsure = labels(c.source for c in claims if _unconfirmed(c))
        state = "states" if len(sure) == 1 else "state"
        say = "says" if len(unsure) == 1 else "say"
        return f"{listed(sure)} {state} it and {listed(unsure)} {say} it was not confirmed: {what}."
    if kind == "attribution":
        speakers = sorted({describe.name(c.attributed_to) for c in claims if c.attributed_to})
        return f"The same words are given to {' and to '.join(speakers)}: {what}."
    order = describe.reading_order
    for c in sorted(claims, key=lambda c: (order[c.source], c.id)):  # oldest source first
        if kind == "time" and c.time is not None:
            values[c.time.text].add(label(c.source))
        elif kind == "value" and c.quantity is not None:
            values[f"{as_said(c.quantity.text)} ({_when(c, describe)})"].add(label(c.source))
        elif kind == "value" and c.predicate.startswith("open:"):
            values[f"{counts_of(c)} ({_when(c, describe)})"].add(label(c.source))
        elif kind == "rank" and c.rank is not None:
            values[f"the {ordinal_word(c.rank)}"].add(label(c.source))
    noun = {"time": "dates", "value": "figures", "rank": "ranks"}[kind]
    return f"Different {noun} for: {what}: {_listed(values)}."


def _pair_conflicts(
    block: Sequence[Claim], describe: Describer, family: Mapping[str, str]
) -> list[Finding]:
    """Conflicts inside one block (sorted by id): at most one per kind, over every claim that
    clashes with a claim of another family (copies add nothing); of open claims' counts, one
    for each thing counted apart.

    Lexicon predicates are judged by value classes (:mod:`claimcheck.judge._classes`), in
    near-linear time; what needs the claims' words (open predicates, quotations) is compared
    over the block's candidate pairs.
    """
    spec = describe.lexicon.spec(block[0].predicate)
    functional = set(spec.functional) if spec else set()
    if not _may_clash(block, functional):
        return []
    ids: dict[ConflictKind, set[str]] = defaultdict(set)
    counted: list[list[str]] = []  # open claims' count conflicts, one for each thing counted
    if block[0].predicate.startswith("open:"):
        # Open claims clash only through a date, a denial, a speaker, a rank, a claim said
        # to be unconfirmed (a denial or an unconfirmed claim clashes with any other) or a
        # count (by classes, over the whole block).
        telling = (
            block
            if any(_unconfirmed(c) or (c.polarity == "negated" and not c.scoped) for c in block)
            else [
                c
                for c in block
                if c.time or c.polarity == "negated" or c.attributed_to or c.rank is not None
            ]
        )
        pairs = _candidate_pairs(telling)
        counted = _count_conflicts(block, family)
    else:
        found = clashing(block, family, functional=functional, as_of=lambda c: _as_of(c, describe))
        for kind, members in found.items():
            ids[kind] |= members
        quoted = [c for c in block if c.polarity == "affirmed" and not c.scoped and c.attributed_to]
        pairs = _candidate_pairs(quoted) if len({c.attributed_to for c in quoted}) > 1 else []
    order = describe.reading_order  # each pair is read oldest source first
    wanted = None if block[0].predicate.startswith("open:") else {"attribution"}
    for a, b in pairs:
        if family[a.source] == family[b.source] or a.scoped or b.scoped:
            continue
        first, second = (b, a) if order[b.source] < order[a.source] else (a, b)
        for kind in _clashes(first, second, functional, describe, counts=False):
            if wanted is None or kind in wanted:
                ids[kind] |= {a.id, b.id}
    ids["polarity"] |= _denied_since(block, describe, family)
    by_id = {c.id: c for c in block}
    out = []
    groups = [(kind, sorted(found_ids)) for kind, found_ids in ids.items() if found_ids]
    groups += [("value", found_ids) for found_ids in counted]
    for kind, found_ids in sorted(groups):
        claims = [by_id[i] for i in found_ids]
        notes = []
        if kind == "value" and len({describe.published[c.source] for c in claims}) > 1:
            notes.append("evolving: the figures come from different publication times")
        finding = make_finding(
            "conflict",
            claims,
            _summary(kind, claims, describe),
            _EXPLAIN[kind],
            conflict=kind,
            notes=notes,
        )
        if kind == "value" and block[0].predicate.startswith("open:"):
            # the counts it sets apart, found while their words are at hand (a kept block
            # keeps them too): resolving the conflict weighs them
            values: dict[str, list[Claim]] = defaultdict(list)
            for c in claims:
                values[counts_of(c)].append(c)
            finding = evolve(finding, {"resolution": drafted(sorted(values.items()))})
        out.append(finding)
    return out


def sources_of(claims: Sequence[Claim]) -> list[str]:
    """The sources of ``claims``, each once, sorted."""
    return [claims[0].source] if len(claims) == 1 else sorted(set(map(_SOURCE, claims)))


_SUPPORT_FIELDS = set(Support.model_fields)
_RESOLUTION_FIELDS = set(Resolution.model_fields)
_support = builder(Support)


def drafted(values: Iterable[tuple[str, Sequence[Claim]]]) -> Resolution:
    """A conflict's draft resolution: its competing values (each read as it is, with its
    claims, in id order: their ids and sources) and nothing weighed yet. Resolving fills in
    the families and beliefs (:func:`claimcheck.judge._resolve.resolve`)."""
    return _draft((v, [c.id for c in claims], sources_of(claims)) for v, claims in values)


def _draft(values: Iterable[tuple[str, list[str], list[str]]]) -> Resolution:
    """:func:`drafted` given each value's claim ids and sources."""
    support = [
        _support(
            (
                ("value", v),
                ("families", 0),
                ("sources", sources),
                ("claims", ids),
                ("belief", 0.0),
            ),
            _SUPPORT_FIELDS,
        )
        for v, ids, sources in values
    ]
    fields = {"value": None, "support": support, "confidence": 0.0, "reason": ""}
    return construct(Resolution, fields, _RESOLUTION_FIELDS)


def _indefinite_denials(
    claims: Sequence[Claim], describe: Describer, family: Mapping[str, str]
) -> list[Finding]:
    """ "X did not arrest anyone" against "X arrested two men": a denial of any object; "no
    one was killed" and "no arrests were made", which name no actor, against the act by anyone
    (but not one said after the denial was)."""
    found: list[Finding] = []
    denials = [c for c in claims if c.polarity == "negated" and not c.scoped]
    if not denials:
        return found
    affirmed: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
    by_predicate: dict[str, list[Claim]] = defaultdict(list)
    # affirmed counts by act, actor and counted noun (made when a denial of a noun needs them)
    counts: dict[tuple[str, str | None, str], list[Claim]] | None = None
    # affirmed figures of more than none by measure (made when a denial of a measured act
    # needs them: "five people died" are deaths)
    by_measure: dict[str, list[Claim]] | None = None
    for c in claims:
        if c.polarity == "affirmed" and not c.scoped:
            affirmed[(c.predicate, c.subject)].append(c)
            by_predicate[c.predicate].append(c)
    for c in sorted(denials, key=_ID):
        bare = (
            c.subject is None
            and c.object is None
            and not c.predicate.startswith("open:")
            # "(his lawyers said) they would not appeal": someone unresolved, not no one
            and not opens_with_pronoun(c.text)
        )
        entity = describe.entities.get(c.object or "")
        actor = describe.entities.get(c.subject or "")
        nobody = actor is not None and actor.name.lower() in INDEFINITE and c.object is not None
        counted = None if nobody else _denied_noun(c, entity)
        if counted is not None:
            if counts is None:
                counts = _counts_by_noun(affirmed)
            # (no actor named, "no hostages were hurt": under None, every actor's counts)
            denied = counts.get((c.predicate, c.subject, counted), [])
            found.extend(_counted_denial(c, denied, describe, family))
            continue
        if nobody:
            # "no group has claimed responsibility for the attack": no one did it to that
            candidates = [a for a in by_predicate[c.predicate] if a.object == c.object]
        elif not bare and (entity is None or entity.name.lower() not in INDEFINITE):
            continue
        elif c.subject is not None:
            candidates = affirmed[(c.predicate, c.subject)]
        elif c.predicate.startswith("open:"):
            continue  # "no one was found alive in that family": an open verb's scope is its words
        else:
            candidates = [
                a
                for a in by_predicate[c.predicate]
                # a bare affirmation meets a bare denial in their block
                if not (bare and a.subject is None and a.object is None and a.quantity is None)
                and not _later_change(c, a, describe)
            ]
            measure = describe.lexicon.measures.by_predicate.get(c.predicate)
            if measure is not None and not bare:
                # "no one was killed" against "five people died": the act's own measure,
                # counted by another verb (of the same partition)
                if by_measure is None:
                    by_measure = _measured(a for a in claims if a.polarity == "affirmed")
                candidates += [
                    a
                    for a in by_measure.get(measure.id, [])
                    if a.predicate != c.predicate and not _later_change(c, a, describe)
                ]
        others = [
            a
            for a in candidates
            if family[a.source] != family[c.source]
            and not _elsewhere(a, c)
            and not _other_events(a, c)
            and not _another_event(a)
        ]
        if others:
            what = describe.proposition(others[0])
            if not what.startswith("\u201c"):  # (a clause quoted holds its count already)
                what = _with_count(what, others[0])
            if others[0].subject is None:  # not "someone arrested": the words
                what = quoted(others[0].text)
            summary = (
                f"{describe.source_label(others[0].source)} says {what}; "
                f"{describe.source_label(c.source)} says no one {'did' if nobody else 'was'}: "
                f"{quoted(c.text)}."
            )
            found.append(
                make_finding(
                    "conflict", [c, *others], summary, _EXPLAIN["polarity"], conflict="polarity"
                )
            )
    return found


# Words a denial and a count of the same act differ by: "found no survivors", "did not cut
# any jobs" / "found two survivors", "cut 200 jobs".
_DENIAL_WORDS = frozenset({"no", "not", "did", "does", "do", "any", "none", "never"})


def _counts_by_noun(
    affirmed: Mapping[tuple[str, str | None], list[Claim]],
) -> dict[tuple[str, str | None, str], list[Claim]]:
    """The affirmed claims that count something (more than none), by act, actor and the
    counted noun in the singular (alone, and with the kind its measure names: "exit" and "fire
    exit"); under no actor (None), every actor's counts."""
    out: dict[tuple[str, str | None, str], list[Claim]] = defaultdict(list)
    for (predicate, subject), claims in affirmed.items():
        for a in claims:
            q = a.quantity
            if q is not None and q.unit is not None and (q.low or 0) > 0:
                nouns = {singular(fold(q.unit))}
                if a.measure is not None and a.measure.startswith("count:"):
                    nouns.add(a.measure.removeprefix("count:"))  # "fire exit", with its kind
                for noun in sorted(nouns):
                    out[(predicate, subject, noun)].append(a)
                    if subject is not None:
                        out[(predicate, None, noun)].append(a)
    return out


def _counted_denial(
    denial: Claim,
    counted: Sequence[Claim],
    describe: Describer,
    family: Mapping[str, str],
) -> list[Finding]:
    """ "Rescuers found no survivors" against "rescuers found two survivors": the same actor
    doing the same act to some (``counted``: the actor's counts of the noun) of what the
    denial says there were none of. The two clauses must say the same apart from the count
    and the negation (or one say more than the other): "found no survivors in Strelsau"
    denies nothing "in Zenda"."""
    words = _plain_words(denial.text)
    # a lexicon act denied of no one in particular ("no hostages were hurt") is the act
    # whatever its words ("one hostage was slightly injured"); an open verb's is its words
    worded = denial.subject is not None or denial.predicate.startswith("open:")
    others = [
        a
        for a in counted
        if family[a.source] != family[denial.source]
        and not _elsewhere(a, denial)
        and not _later_change(denial, a, describe)
        and (not worded or (other := _plain_words(a.text)) <= words or words <= other)
    ]
    if not others:
        return []
    first = others[0]
    summary = (
        f"{describe.source_label(first.source)} says {quoted(first.text)}; "
        f"{describe.source_label(denial.source)} says there were none: {quoted(denial.text)}."
    )
    return [
        make_finding(
            "conflict", [denial, *others], summary, _EXPLAIN["polarity"], conflict="polarity"
        )
    ]


def _plain_words(text: str) -> frozenset[str]:
    """A clause's folded words without its numbers and the words of a denial."""
    return frozenset(
        w
        for w in fold(_strip_times(text)).split()
        if w not in _DENIAL_WORDS and word_number(w) is None and not w[:1].isdigit()
    )


def _denied_noun(claim: Claim, entity: Entity | None) -> str | None:
    """The noun a denial says there were none of, by an actor ("found no survivors"), in the
    singular; None for any other claim (a denial of a named thing, "did not arrest Bloggs").
    Without an actor, only a lexicon act's: "no hostages were hurt"."""
    if entity is None or claim.quantity is not None:
        return None
    if claim.subject is None and claim.predicate.startswith("open:"):
        return None
    if entity.type not in ("description", "group") or entity.name.lower() in INDEFINITE:
        return None
    # (a noun of its words, said alike by the count: "no fire exits" / "two fire exits")
    words = fold(entity.name).split()
    return singular(" ".join(words)) if len(words) <= 3 else None


def _notes(claims: Sequence[Claim], describe: Describer) -> list[str]:
    notes = []
    precisions = {c.time.precision for c in claims if c.time}
    if len(precisions) > 1:
        notes.append(
            f"times given at different precision ({', '.join(sorted(precisions))}), compatible"
        )
    for c in claims:
        if c.modality == "reported":
            who = describe.name(c.attributed_to) if c.attributed_to else "a speaker"
            notes.append(f"{c.source}: reported, attributed to {who}")
        elif c.modality == "hedged":
            notes.append(f"{c.source}: hedged")
        elif c.modality == "unconfirmed":
            notes.append(f"{c.source}: reported as not confirmed")
        if c.implied and c.measure is None:
            notes.append(f"{c.source}: implied by an ordinal or sequence")
        elif c.implied:
            notes.append(f"{c.source}: read from other figures it gives")
        if c.scoped:
            notes.append(f"{c.source}: time-scoped statement; later reports do not contradict it")
    return notes


def _denial_sets(
    block: Sequence[Claim], family: Mapping[str, str], describe: Describer
) -> list[list[Claim]]:
    """Denials of one proposition by independent sources: they corroborate each other ("police
    did not arrest X", in two outlets), unless someone affirms it (then it is a conflict).

    A clause's denials are of a lexicon's act, or of a verb that has an opposite: "X was
    acquitted" and "X was found not guilty" (not convicted) say one thing. Other clauses agree
    as their affirmations do, by their words, when they deny something of a thing ("the
    incident was not being treated as terror-related"); without one ("did not say", "has not
    commented") they are too loose to agree on."""
    predicate = block[0].predicate
    if any(c.polarity == "affirmed" and not c.scoped for c in block):
        return []
    if (
        predicate.startswith("open:")
        and predicate.removeprefix("open:") not in describe.lexicon.opposites.values()
    ):
        denied = [c for c in block if c.polarity == "negated" and c.object and not c.scoped]
        return _open_agreements(denied, family) if len(denied) > 1 else []
    # ("has not arrested X", as of its writing, agrees with "did not arrest X")
    negative = [c for c in block if c.polarity == "negated"]
    if _counted_apart_in(negative):
        return []  # "banned for nine months" / "banned for one year": not one denial
    return [negative] if _independent(negative, family) else []


# Lengths of time, which a ban, a suspension or a term has one of.
_LENGTH_NOUNS = frozenset({"months", "weeks", "days", "hours"})


def _counted_apart_in(claims: Sequence[Claim]) -> bool:
    """Whether ``claims`` give one length of time two numbers (:func:`_tally`, one number
    each): "banned for nine months" and "banned for one year" (12 months). (Other counts in
    a denial's words may tell its details apart: "acquitted of the shooting of three men" and
    "found not guilty over the shootings of two men and the wounding of a third".)"""
    seen: dict[str, float] = {}
    for c in claims:
        for noun, values in _tally(c).items():
            if noun not in _LENGTH_NOUNS or len(values) != 1:
                continue
            if seen.setdefault(noun, min(values)) != min(values):
                return True
    return False


# Words of one office written several ways ("Acme chairman", "Acme Chair").
_OFFICE_WORDS = {
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "ceo": "chief executive",
}


# Single words for whoever leads a body: "the head of Acme", "Acme chief", "Acme's leader".
_LEADS = frozenset({"head", "chief", "leader"})


def _office_key(title: str) -> str:
    """A title as offices are compared: "Chairman" and "chair" are one office, and so are
    "head", "chief" and "leader" said alone.

    An office newly taken is the office: "new president" is "president".

    >>> _office_key("Chairman"), _office_key("foreign  spokeswoman"), _office_key("Head")
    ('chair', 'foreign spokesperson', 'leader')
    >>> _office_key("new president")
    'president'
    """
    words = title.lower().split()
    if len(words) > 1 and words[0] in ("new", "newly-elected"):
        words = words[1:]
    if len(words) == 1 and words[0] in _LEADS:
        return "leader"
    return " ".join(_OFFICE_WORDS.get(w, w) for w in words)


def _agreement_sets(
    key: tuple[str, str, str], block: Sequence[Claim], family: Mapping[str, str]
) -> list[list[Claim]]:
    """Affirmed claims of the block that corroborate each other."""
    positive = [c for c in block if c.polarity == "affirmed" and not c.scoped]
    if key[0].startswith("open:"):
        once = key if _befalls_once(key) else None
        return _open_agreements(positive, family, once)
    if block[0].predicate == "hold_office":
        # one person's offices for one state: "foreign minister" and "prime minister" are two
        by_title: dict[str, list[Claim]] = defaultdict(list)
        for c in positive:
            by_title[_office_key(c.value or "")].append(c)
        return [g for t in sorted(by_title) for g in _placed_agreements(by_title[t], family)]
    return _placed_agreements(positive, family)


def _placed_agreements(positive: Sequence[Claim], family: Mapping[str, str]) -> list[list[Claim]]:
    """The claims that corroborate each other, place by place, and event by event: an act
    whose figure is another event's ("in 2011, a ferry sank ..., killing 180") tells of
    that event, not of the story's."""
    by_event: dict[str, list[Claim]] = defaultdict(list)
    for c in positive:
        # (a figure's event is "main", the year of another event, or what it is about)
        by_event[c.event if c.event and c.event.isdigit() else ""].append(c)
    out = []
    for event in sorted(by_event):
        out.extend(_in_one_place(by_event[event], family))
    return out


def _in_one_place(positive: Sequence[Claim], family: Mapping[str, str]) -> list[list[Claim]]:
    """The claims that corroborate each other, place by place."""
    # Claims placed in different locations are different propositions; a claim that names no
    # place joins the others only when they all name the same one.
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in positive:
        by_place[c.location or ""].append(c)
    places = sorted(p for p in by_place if p)
    if len(places) == 1 and "" in by_place:
        placed = [list(positive)]
    else:
        placed = [by_place[p] for p in sorted(by_place)]
    return [g for g in placed if _independent(g, family)]


# Ids of a thing named, not described: a person, or a name.
_NAMED = ("person:", "name:")
# Events that befall one thing once, whatever its clause's other words: "the Westmark Bridge
# collapsed", "Jo Bloggs died" (of the open verbs of one time, :data:`_ONCE`).
_BEFALLS = frozenset(f"open:{verb}" for verb in ("collapse", "sink", "capsize", "die", "drown"))


# Acts between two named parties that happen once: "Acme agreed to buy Globex for $5
# billion" and "Acme will acquire Globex in a deal worth $5.2 billion including debt" tell the
# one takeover; "Jo Bloggs will succeed Axel Ruiz as chief executive" the one succession.
_ONCE_BETWEEN = frozenset({"open:buy", "open:replace"})
_PARTIES = ("person:", "name:", "organisation:")


def _befalls_once(key: tuple[str, str, str]) -> bool:
    """Whether a block is an event that befalls its one named subject once, with no object or
    state said (or, a change of state, blocked as its passive: :func:`_ergative`), or an act
    between two named parties that happens once (:data:`_ONCE_BETWEEN`): every clause of it
    tells the one event, whatever its other words."""
    if key[0] in _ONCE_BETWEEN:
        return key[1].startswith(_PARTIES) and key[2].startswith(_PARTIES) and key[1] != key[2]
    if key[0] not in _BEFALLS:
        return False
    if key[0] in _ERGATIVE and not key[1]:
        return key[2].startswith(_NAMED)  # "the Westmark ferry sank" / "was sunk"
    return key[1].startswith(_NAMED) and not key[2]


def _open_agreements(
    positive: Sequence[Claim], family: Mapping[str, str], once: object = None
) -> list[list[Claim]]:
    """Open claims that agree: the components of the graph joining two claims of different
    families whose words are alike (:func:`_open_agree`), over the pairs
    :func:`_word_groups` finds worth comparing. ``once``: the block is an event that befalls
    its subject once (:func:`_befalls_once`), which every unhedged clause of it tells.

    The likeness reads only the set of folded words, so the graph is built over classes of
    claims with the same words: a class holding two families is connected in itself; two alike
    classes join unless both hold the one same family (then no pair of their claims is
    independent). Two classes are compared at most once, and not at all when they are joined
    already: thousands of outlets restating a sentence cost about one comparison per wording.
    """
    # (a bare event of one day, "Jo Bloggs died on Monday", is one whatever the words)
    classes: dict[tuple[frozenset[str], object], list[Claim]] = defaultdict(list)
    for c in sorted(positive, key=_ID):
        event = once if once is not None and c.modality != "hedged" else _dated_event(c)
        classes[(_words(c), event)].append(c)
    keys = list(classes)  # in order of their first claim's id
    words = [w for w, _ in keys]
    events = [e for _, e in keys]
    members = [classes[k] for k in keys]
    held = [{family[c.source] for c in m} for m in members]
    # the one family of a class that holds one (copies in it corroborate nothing)
    solo = [next(iter(h)) if len(h) == 1 else None for h in held]
    texts = [(fold(m[0].text), _bare(m[0].text)) for m in members]
    counted = [_counted_in(m[0].text) for m in members]
    # "sank in the Atlantic" / "sank in the Pacific": alike words, two places
    placed = [{c.location for c in m if c.location} for m in members]
    named = [countries_named(w) for w in words]
    # "the floods began on Sunday" / "... on Saturday": alike words, two times
    timed = [{c.time for c in m if c.time is not None} for m in members]
    # "the third murder of a mayor this year" / "the second killing ...": two places in one series
    ranked = [{(c.rank, rank_scope_of(c)) for c in m if c.rank is not None} for m in members]
    # "the first South Korean writer to win the prize" / "the first Asian woman to win the
    # award": places in two series, which agree on nothing (though neither rules out the
    # other); "the third country" and "the third nation" are one series
    series = [{scope for _, scope in places} for places in ranked]
    joined = [len(h) > 1 for h in held]
    sets = Components(len(words))
    component = sets.of
    unlike: set[tuple[int, int]] = set()
    by_event: dict[object, list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        if event is not None:
            by_event[event].append(i)
    dated = [group for group in by_event.values() if len(group) > 1]
    for group in [*_word_groups(words), *dated]:
        if len({component[i] for i in group}) == 1:
            continue  # all joined already
        for x, i in enumerate(group):
            for j in group[x + 1 :]:
                if component[i] == component[j] or (solo[i] is not None and solo[i] == solo[j]):
                    continue
                if (i, j) in unlike:
                    continue
                one_event = events[i] is not None and events[i] == events[j]
                if (
                    (placed[i] and placed[j] and placed[i].isdisjoint(placed[j]))
                    or (not one_event and _named_apart(named[i], named[j]))
                    or _times_apart(timed[i], timed[j])
                    or _ranks_apart(ranked[i], ranked[j])
                    or (series[i] and series[j] and series[i].isdisjoint(series[j]))
                    or not (one_event or _said_alike(texts[i], texts[j], counted[i], counted[j]))
                ):
                    unlike.add((i, j))
                    continue
                joined[i] = joined[j] = True
                sets.merge(i, j)
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, claims in enumerate(members):
        if joined[i]:
            groups[component[i]].extend(claims)
    found = [sorted(g, key=_ID) for g in groups.values()]
    return sorted((g for g in found if len(g) > 1), key=lambda g: g[0].id)


def verdicts(
    claims: Sequence[Claim],
    describe: Describer,
    family: Mapping[str, str],
    extra_conflicts: Sequence[Finding] = (),
    memo: Memo | None = None,
) -> list[Finding]:
    """Every finding about ``claims``: conflicts first, then agreements, then uncorroborated.

    ``memo`` keeps the results of block-level steps between runs (:mod:`._memo`); the findings
    are the same with it or without.

    A claim its own source retracts ("an earlier version of this article said ...") neither
    corroborates nor contradicts anything: it is reported alone, as retracted.
    """
    retracted = [c for c in claims if c.modality == "retracted"]
    if retracted:
        claims = [c for c in claims if c.modality != "retracted"]
    blocks: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    totals = False  # whether counts of a group are told as everyone's too (part_totals)
    members = False  # whether acts on a group are told of its members too (member_claims)
    for c in claims:
        if c.implied and c.id.endswith(_ALL):
            totals = True
        elif c.implied and _MEMBER in c.id:
            members = True
        key = block_key(c, describe)
        # "the quake killed 12": an event claim and a figure, judged as both; "12 were killed"
        # names nothing but its figure, and is judged as the figure alone
        states_figure = c.measure is not None and not c.predicate.startswith("open:")
        bare = not (c.subject or c.object or c.value)
        if not (states_figure and bare and key[0] == c.predicate):
            blocks[key].append(c)
        if states_figure:
            blocks[figure_key(c)].append(c)
    _denied_acts(claims, blocks, describe)
    _by_counting_actor(blocks)
    _by_counting_act(blocks)
    _by_event_actor(blocks, describe)
    join_descriptions(blocks, describe.named)
    join_owned(blocks)
    join_counted_whole(blocks)
    join_purposes(blocks)
    _bare_descriptions(blocks, describe)
    _office_holders(blocks, describe)
    _one_place(blocks)
    _untargeted(blocks, describe)
    _ergative(blocks)
    # Voice: "tear gas was fired" (no agent) is the act "police fired tear gas", and "Jo
    # Bloggs was sentenced" the court's sentencing, when only one actor is said to do it to
    # that thing.
    actors: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in blocks:
        if not key[0].startswith("figure:") and key[1] and key[2]:
            actors[(key[0], key[2])].append(key)
    for key in sorted(k for k in blocks if not k[0].startswith("figure:") and not k[1] and k[2]):
        owners = actors.get((key[0], key[2]), [])
        if len(owners) == 1:
            blocks[owners[0]].extend(blocks.pop(key))
    _died(blocks, describe)
    parts = part_conflicts(blocks, describe, family)
    if totals:
        # (a part against a count of a group told as everyone's is the group's own comparison)
        parts = [f for f in parts if not any(cid.endswith(_ALL) for cid in f.claims)]
    conflicts = [*extra_conflicts, *_indefinite_denials(claims, describe, family)]
    agreements: list[Finding] = []
    keyed = [(key, sorted(blocks[key], key=_ID)) for key in sorted(blocks)]
    ordered_blocks = [block for _, block in keyed]
    for key, block in keyed:
        found, corroborated = _block_findings(key, block, describe, family, memo)
        conflicts.extend(found)
        agreements.extend(corroborated)
    if totals:
        # counts of one group told as everyone's (part_totals) are judged with that group
        # already: not told twice
        group_of = {c.id: c.population for c in claims if c.population}
        conflicts = [f for f in conflicts if not _retold(f, group_of)]
        agreements = [f for f in agreements if not _retold(f, group_of)]
        conflicts = _without_told_wholes(conflicts, claims)
        agreements = _without_told_wholes(agreements, claims)
    if members:
        conflicts = [f for f in conflicts if _member_finding_kept(f)]
        agreements = [f for f in agreements if _member_finding_kept(f)]
    conflicts, summed = sums_told(absorb_parts(conflicts, parts, claims, describe), claims)
    in_conflict = {cid for f in conflicts for cid in f.claims}
    # Claims a conflict already shows with their support are not listed again as claims only
    # one source makes; a rank conflict's claims are (its conflict is about their order).
    shown = {cid for f in conflicts if f.conflict != "rank" for cid in f.claims}
    # (and so are sums of parts whose conflict tells theirs: sums_told)
    agreed = {cid for f in agreements for cid in f.claims} | shown | summed
    # a count of a group told as what it says of everyone (part_totals) is told there
    if totals:
        agreed |= {cid.removesuffix(_ALL) for cid in agreed if cid.endswith(_ALL)}
    # a clause's act whose figure (the same clause's claim with its measure) is agreed or
    # disputed already: "temperatures reached 51.8C in Mecca" is told there
    agreed |= _figures_told(claims, agreed)
    uncorroborated: list[Finding] = []
    told: set[str] = set()  # a claim judged in two blocks is reported alone once
    for block in ordered_blocks:
        by_family: dict[str, list[Claim]] = defaultdict(list)
        for c in block:
            if (
                c.id not in agreed
                and c.id not in told
                and _MEMBER not in c.id  # (an act told of one of a group: member_claims)
                # (nor a figure read from others its source gives, told alone with them: a
                # group's count told as everyone's, part_totals; a rate's move read from its
                # two levels)
                and not (c.implied and c.measure is not None)
            ):
                by_family[family[c.source]].append(c)
                told.add(c.id)
        for fam in sorted(by_family):
            group = by_family[fam]  # in id order, as the block is
            hedged = all(c.modality == "hedged" for c in group) and not group[
                0
            ].predicate.startswith("open:")
            # (a denial in an event it names is told in its words: "no one was killed in the
            # attack on the studio" is not that no one was killed anywhere)
            scoped = group[0].polarity == "negated" and _event_named(group[0].text) is not None
            # (and a figure of another event)
            other = _another_event(group[0])
            counted = ""  # the count told after the act, in its words
            if hedged or scoped or other or _other_figure(group[0], describe):
                # told in its own words: "Bloggs could have been jailed for up to 12 years" (a
                # hedged act alone) is no "Jo Bloggs was sentenced"; "injuring 18 of the 80
                # people on board" (a figure the act does not count) no "the jet injured"
                proposition = quoted(describe.named_pronoun(group[0]))
            else:
                proposition = describe.proposition(group[0])
                # when it says it happened, as an agreement's summary does: "the strike
                # began (May 2)" (a quoted claim's words hold it already); and the count
                # the act is told by ("the rebels released 12 nationals", not "the rebels
                # released (freed: 12 nationals)")
                if not proposition.startswith("\u201c"):
                    counted = _count_after(group[0], describe)
                    proposition += counted + _values_said(group, describe) + _when_said(group)
            figure = group[0]
            if figure.measure is not None and figure.quantity is not None and not counted:
                # one sentence can state several figures: say which one this is
                label = describe.lexicon.measures.label(figure.measure)
                if figure.measure == "injured" and figure.population:
                    # the part of the injured in a condition: "(injured in critical condition: 11)"
                    label = f"{label} {figure.population}"
                # (whom or where it counts: "(on board: 169 Indian nationals)", not all)
                said = figure_said(figure)
                # ("seven days of national mourning" names its label already)
                proposition += f" ({said})" if names_label(said, label) else f" ({label}: {said})"
            marked = any(c.id in in_conflict for c in group)
            # ("police could not confirm that the suspect had fled": not what it says happened)
            unconfirmed = all(c.modality == "unconfirmed" for c in group)
            says = "says it is not confirmed" if unconfirmed else "says"
            summary = f"Only {describe.only(c.source for c in group)} {says}: {proposition}."
            explanation = "No independent source corroborates this claim."
            if marked:
                explanation += " It takes part in a conflict."
            uncorroborated.append(
                make_finding(
                    "uncorroborated",
                    group,
                    summary,
                    explanation,
                    notes=_notes(group, describe),
                    in_conflict=marked,
                )
            )
    for c in sorted(retracted, key=_ID):
        value = f" {as_said(c.quantity.text)}" if c.quantity is not None else ""
        summary = (
            f"{describe.source_label(c.source)} retracted: {describe.proposition(c)}{value} "
            "(a correction withdrew it)."
        )
        uncorroborated.append(
            make_finding(
                "uncorroborated",
                [c],
                summary,
                "The source corrected this claim; it is neither corroboration nor conflict.",
                notes=[f"{c.source}: retracted by the source's correction"],
            )
        )
    restated = _restated(conflicts)
    ordered = sorted(
        (f for f in conflicts if f.id not in restated), key=lambda f: (f.summary, f.id)
    )
    agreements = _figures_apart(_told_by_figures(agreements, claims), conflicts, claims, describe)
    return (
        ordered
        + sorted(agreements, key=lambda f: (f.summary, f.id))
        + sorted(uncorroborated, key=lambda f: (-f.worth, f.summary, f.id))
    )


def _figure_places(conflicts: Sequence[Finding]) -> dict[tuple[str, int, int], list[Finding]]:
    """The figures' conflicts that quote each place (source, start, end)."""
    out: dict[tuple[str, int, int], list[Finding]] = defaultdict(list)
    for f in conflicts:
        if f.figure is not None:
            for place in map(_SPAN_PLACE, f.evidence):
                out[place].append(f)
    return out


def _restated(conflicts: Sequence[Finding]) -> set[str]:
    """Ids of the count conflicts of clauses whose sentences a figure's conflict already sets
    against each other: "the ship sank about 10 km off the coast" against "about 40 km" is the
    distance's conflict, not a second one about the clauses' counts."""
    quoting = _figure_places(conflicts)
    if not quoting:
        return set()
    out = set()
    for f in conflicts:
        if f.conflict == "value" and f.figure is None:
            # one figure's conflict holding every sentence of this one
            held = [
                {g.id for g in quoting.get(place, ())} for place in map(_SPAN_PLACE, f.evidence)
            ]
            if held and set.intersection(*held):
                out.add(f.id)
    return out


def _told_by_figures(agreements: Sequence[Finding], claims: Sequence[Claim]) -> list[Finding]:
    """``agreements`` less those that one figure's agreement tells already: "the quake killed
    at least nine" agreed by the claims that agree on "at least nine dead" (a claim judged as
    an act and as a figure), or "Westmark beat Zenda" by the sentences that agree on "2-1"
    (the act said in the same clause as its figure). One finding a reader need not tell
    apart from another, with the same evidence; when the act's claims are all the figure's,
    the figure's finding is worded as the act ("the quake killed at least nine"), which
    names who did it."""
    figures = [f for f in agreements if f.figure is not None]
    if not figures or len(figures) == len(agreements):
        return list(agreements)
    by_id = {c.id: c for c in claims}

    def said(cid: str) -> tuple[object, ...] | None:
        c = by_id.get(cid)
        if c is None:
            return None
        return (c.source, c.predicate, c.subject, c.object, *_SPAN_PLACE(c.evidence))

    told: dict[object, set[int]] = defaultdict(set)  # a claim, or what it says where: figures
    for k, f in enumerate(figures):
        for cid in f.claims:
            told[cid].add(k)
            if (place := said(cid)) is not None:
                told[place].add(k)
    worded: dict[int, str] = {}
    out: list[Finding] = []
    for f in agreements:
        if f.figure is None:
            shared: set[int] | None = None
            for cid in f.claims:
                place = said(cid)
                telling = told.get(cid) or (told.get(place, set()) if place else set())
                shared = set(telling) if shared is None else shared & telling
                if not shared:
                    break
            if shared:
                same = [k for k in sorted(shared) if figures[k].claims == f.claims]
                first = by_id.get(f.claims[0])
                if (
                    same
                    and first is not None
                    and not first.predicate.startswith("open:")
                    and _shows_figure(f.summary, first)
                ):
                    worded[same[0]] = f.summary
                continue
        out.append(f)
    if worded:
        renamed = {id(figures[k]): summary for k, summary in worded.items()}
        out = [evolve(f, {"summary": renamed[id(f)]}) if id(f) in renamed else f for f in out]
    return out


def _shows_figure(summary: str, claim: Claim) -> bool:
    """Whether an act's summary prints its claim's figure ("The quake killed at least nine"),
    so that it can word the figure's agreement; "Jo Bloggs won the vote" does not print the
    51% its figure's agreement is about."""
    quantity = claim.quantity
    number = _DIGITS.search(quantity.text) if quantity is not None else None
    return number is None or number[0] in summary


_DIGITS = re.compile(r"\d[\d.,]*\d|\d")


def _figures_apart(
    agreements: Sequence[Finding],
    conflicts: Sequence[Finding],
    claims: Sequence[Claim],
    describe: Describer,
) -> list[Finding]:
    """``agreements`` with a word on the figures they do not agree on: the clause "the
    6.8-magnitude quake hit Zenda" that another source gives with "magnitude 7.2" is agreed
    on, and its summary quotes one source's figure, which a figure's conflict disputes."""
    quoting = _figure_places(conflicts)
    if not quoting:
        return list(agreements)
    open_ids: set[str] | None = None  # looked up once an agreement meets a disputed place
    out = []
    for f in agreements:
        measures = {
            g.figure.measure
            for place in map(_SPAN_PLACE, f.evidence)
            for g in quoting.get(place, ())
            if g.figure is not None
        }
        if f.figure is not None or not measures:
            out.append(f)
            continue
        if open_ids is None:
            open_ids = {c.id for c in claims if c.predicate.startswith("open:")}
        if f.claims[0] not in open_ids:
            out.append(f)
            continue
        labels = sorted({describe.lexicon.measures.label(m) for m in measures})
        differ = "differ" if len(labels) > 1 else "differs"
        summary = f"{f.summary.removesuffix('.')}; the {in_english(labels)} they give {differ}."
        out.append(evolve(f, {"summary": summary}))
    return out


def _bare_descriptions(
    blocks: dict[tuple[str, str, str], list[Claim]], describe: Describer
) -> None:
    """An act by or on a thing described by its noun alone is the act by or on the one thing
    described more fully with that noun: "a court in Zenda sentenced Jo Bloggs" (the court)
    and "a Ruritanian court sentenced Jo Bloggs" are one sentencing, and "pirates seized the
    tanker" and "pirates hijacked an oil tanker" one capture. Two fuller descriptions ("a
    Ruritanian court", "a federal court") leave it alone. So for a clause's act ("the Fed cut
    rates" / "the Federal Reserve cut interest rates"), whose words still decide whether the
    two say the same (:func:`_open_agree`).

    A thing named by a name that ends in the noun ("the Westmark Bridge", "an Acme Airlines
    plane") is such a fuller description, where the bare one's own sentences name it: "traffic
    on the Westmark Bridge stopped before the bridge collapsed" and "the Westmark Bridge
    collapsed" are one collapse; or where both quote one speaker's words alike
    (:func:`_quoting_alike`). A fuller description is that named thing where each of its
    sources' claims name it too, and nothing else is described or named with the noun: "a
    passenger plane crashed ... The Acme Airlines plane was carrying 19" tells of one plane."""
    for role in (1, 2):  # the actor, then the target
        heads: dict[tuple[str, ...], list[tuple[str, str, str]]] = defaultdict(list)
        names: dict[tuple[str, ...], list[tuple[str, str, str]]] = defaultdict(list)
        for key in blocks:
            if key[0].startswith("figure:"):
                continue
            if key[role].startswith("description:"):
                heads[(key[0], key[3 - role], head_word(key[role]))].append(key)  # "oil-tanker"
            elif key[role].startswith(("name:", "organisation:")):  # "Acme Airlines plane"
                names[(key[0], key[3 - role], head_word(key[role]))].append(key)
        for found, keys in sorted(heads.items()):
            head = found[2]
            bare = [k for k in keys if k[role] == f"description:{head}"]
            fuller = [k for k in keys if k[role] != f"description:{head}"]
            named = names.get(found, [])
            if len(bare) == 1 and not named and len(fuller) == 1:
                blocks[fuller[0]].extend(blocks.pop(bare[0]))
            elif len(bare) == 1 and not fuller and len(named) == 1:
                said = fold(describe.name(named[0][role]))
                if all(said in fold(c.evidence.quote) for c in blocks[bare[0]]) or (
                    _quoting_alike(blocks[bare[0]], blocks[named[0]])
                ):
                    blocks[named[0]].extend(blocks.pop(bare[0]))
            elif not bare and len(fuller) == 1 and len(named) == 1:
                thing = named[0][role]
                if all(thing in describe.named.get(c.source, ()) for c in blocks[fuller[0]]):
                    blocks[named[0]].extend(blocks.pop(fuller[0]))


def _office_holders(blocks: dict[tuple[str, str, str], list[Claim]], describe: Describer) -> None:
    """An act by or on a person described by an office alone is the act by or on the one
    person the corpus says holds it: "Zenda's finance minister resigned on Wednesday" and
    "Finance Minister Maria Sanz resigned on Tuesday" tell one resignation, on two days, where
    the description's own source names Maria Sanz too. An office said to be held by two
    persons leaves it alone (:func:`office_holders`); so does a source that names only the
    office (it may mean another holder, earlier or elsewhere)."""
    if not describe.offices:
        return
    for role in (1, 2):  # the actor, then the target
        described = (
            k
            for k in blocks
            if k[role].startswith("description:") and not k[0].startswith("figure:")
        )
        for key in sorted(described):
            entity = describe.entities.get(key[role])
            office = describe.offices.get(fold(entity.name)) if entity is not None else None
            if office is None:
                continue
            person, naming = office
            held = (key[0], person, key[2]) if role == 1 else (key[0], key[1], person)
            if held in blocks and all(c.source in naming for c in blocks[key]):
                blocks[held].extend(blocks.pop(key))


# Words set in quotation marks, of three words or more: what a speaker is quoted as saying.
_QUOTED_WORDS = re.compile(r"[\"“”]([^\"“”]{3,200}?)[\"“”]")


def _quoted_words(text: str) -> set[str]:
    """The folded phrases of three words or more that ``text`` sets in quotation marks."""
    return {fold(m[1]) for m in _QUOTED_WORDS.finditer(text) if len(m[1].split()) >= 3}


def _quoting_alike(first: Sequence[Claim], second: Sequence[Claim]) -> bool:
    """Whether every claim of ``first`` quotes words that a claim of ``second`` quotes alike,
    by the same speaker: "Powell said the economy was 'in a good place'" and "Powell said the
    U.S. economy was 'in a good place'" tell one statement of one thing, however each names it.
    """
    quoted = {
        (c.attributed_to, phrase) for c in second for phrase in _quoted_words(c.evidence.quote)
    }
    return bool(quoted) and all(
        c.attributed_to is not None
        and any((c.attributed_to, phrase) in quoted for phrase in _quoted_words(c.evidence.quote))
        for c in first
    )


# Figures read at a place (the place is their block's population): "Temperatures in Zenda
# reached 51.8C".
_READ_AT_A_PLACE = frozenset({"figure:temperature"})


def _one_place(blocks: dict[tuple[str, str, str], list[Claim]]) -> None:
    """A figure read at a place, said without the place ("temperatures exceeded 51C"), is the
    figure of the one place the sources read it at ("Temperatures in Zenda reached 51.8C"); with
    two places read, it is no one place's and is left alone."""
    placed: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in blocks:
        if key[0] in _READ_AT_A_PLACE and key[1]:
            placed[(key[0], key[2])].append(key)
    for key in sorted(k for k in blocks if k[0] in _READ_AT_A_PLACE and not k[1]):
        found = placed.get((key[0], key[2]), [])
        if len(found) == 1:
            blocks[found[0]].extend(blocks.pop(key))


# Verbs of a change of state that say the same of what changed in the intransitive as in the
# passive without an agent ("the border closed" / "the border was closed").
_ERGATIVE = frozenset(
    f"open:{verb}"
    for verb in ("open", "reopen", "close", "sink", "capsize", "break", "burst", "halt", "resume")
)


def _ergative(blocks: dict[tuple[str, str, str], list[Claim]]) -> None:
    """A change of state said of what changed is blocked as its passive is ("the bridge opened
    in 1977" is "the bridge was opened in 1977"), and meets the act of whoever made it as the
    passive does (a person does not change so: "the minister resumed" is no "was resumed")."""
    for key in sorted(k for k in blocks if k[0] in _ERGATIVE and k[1] and not k[2]):
        if not key[1].startswith("person:"):
            blocks.setdefault((key[0], "", key[1]), []).extend(blocks.pop(key))


# A death said of someone as the act that befell them, and the act of killing them told with
# no one who did it (the two heads are judged in one part: :data:`JOINED_HEADS`).
_DIE, _KILL = "open:die", "kill"
JOINED_HEADS = ((_KILL, _DIE),)


def _died(blocks: dict[tuple[str, str, str], list[Claim]], describe: Describer) -> None:
    """A killing told with no killer ("Jo Bloggs was killed") tells the death that "Jo Bloggs
    died" tells: judged with it, when a source says so, as one event that befell the person
    (a killer named keeps the act apart: "the gunman killed Jo Bloggs" is the gunman's). So
    is the killing of a group of named people, when only one of them is said to have died."""
    dead = sorted(k for k in blocks if k[0] == _DIE and not k[2] and k[1].startswith(_NAMED))
    if not dead:
        return
    who = {k[1]: k for k in dead}
    for key in sorted(k for k in blocks if k[0] == _KILL and not k[1] and k[2]):
        entity = describe.entities.get(key[2])
        members = entity.members if entity is not None and entity.members else [key[2]]
        died = [who[m] for m in members if m in who]
        if len(died) == 1:
            blocks[died[0]].extend(blocks.pop(key))


def _untargeted(blocks: dict[tuple[str, str, str], list[Claim]], describe: Describer) -> None:
    """An act that needs no object, said without one, is the act said with the one object the
    corpus gives it by that actor: "Axel Ruiz ordered an investigation" and "Axel Ruiz
    announced an inquiry into the crash" are one inquiry. Two objects leave it alone; a count
    ("the quake killed 12") is its figure's, never joined.

    Such an act done to the story's event by its noun is done to the event, whatever the noun:
    "ordered an investigation into the collapse" and "ordered an inquiry into the disaster"
    are one inquiry, one object among the actor's others ("into the airline's finances")."""
    events: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in sorted(k for k in blocks if k[1] and k[2] and not k[0].startswith("figure:")):
        spec = describe.lexicon.spec(key[0])
        words = _words_of(key[2]).split() if key[2].startswith("description:") else []
        if spec is not None and spec.intransitive and words and words[-1] in EVENT_NOUNS:
            events[(key[0], key[1])].append(key)
    for first, *rest in events.values():
        for key in rest:
            blocks[first].extend(blocks.pop(key))
    targets: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in blocks:
        if key[2] and not key[0].startswith(("figure:", "open:")):
            targets[(key[0], key[1])].append(key)
    for key in sorted(k for k in blocks if k[1] and not k[2]):
        spec = describe.lexicon.spec(key[0])
        found = targets.get((key[0], key[1]), [])
        if spec is None or not spec.intransitive or len(found) != 1:
            continue
        moved = [c for c in blocks[key] if c.quantity is None]
        if moved:
            blocks[found[0]].extend(moved)
            kept = [c for c in blocks[key] if c.quantity is not None]
            if kept:
                blocks[key] = kept
            else:
                del blocks[key]


def _by_counting_actor(blocks: dict[tuple[str, str, str], list[Claim]]) -> None:
    """Counts of things by two or more named actors are each actor's figure: "the Freedom
    Party won 208 seats" and "the Unity Party took 101 seats" are two figures, not two values
    of one (with one named actor, "Acme will close 50 stores" and "the company will close 45"
    stay one figure). Counts without a named actor stay the story's; so do those of a plural
    description, but for a named actor's: "airlines cancelled more than 3,000 flights" are
    many actors' count, not what "Acme Air cancelled more than 1,000 flights" counts."""
    for key in [k for k in blocks if k[0].startswith("figure:count:")]:
        counted = [(c, counting_actor(c)) for c in blocks[key]]
        named = {actor for _, actor in counted if actor is not None}
        # (named actors together, "Ruritania and Westmark", are what "the two countries" are)
        if len(named) == 1 and "+" not in min(named) and any(_many(c) for c, _ in counted):
            _split_block(blocks, key, lambda c: counting_actor(c) or _many(c))
        elif len(named) == 1 and _described_apart(counted):
            _split_block(blocks, key, lambda c: counting_actor(c) or _described(c))
        elif len(named) >= 2:
            _split_block(blocks, key, counting_actor)


def _described(claim: Claim) -> str | None:
    """A count's subject when it is a description ("a Labour-Green alliance won 25 seats")."""
    subject = claim.subject
    return subject if subject and subject.startswith("description:") else None


def _described_apart(counted: Sequence[tuple[Claim, str | None]]) -> bool:
    """Whether a source gives the one named actor's count and a described actor's count two
    values: "the Freedom Party won 37 seats ... a Labour-Green alliance came second with 25"
    tells the alliance apart from the party (one value would leave the description as the
    named actor, "Acme will close 50 stores" and "the company will close 50")."""
    values: dict[str, dict[bool, set[tuple[float | None, float | None]]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for c, actor in counted:
        if c.quantity is not None and (actor is not None or _described(c)):
            values[c.source][actor is not None].add((c.quantity.low, c.quantity.high))
    return any(told[True] and told[False] and told[True] != told[False] for told in values.values())


def _by_counting_act(blocks: dict[tuple[str, str, str], list[Claim]]) -> None:
    """Counts of one thing by two acts are two figures when a source gives them two values:
    "the storm destroyed 80 homes and damaged 200 others" counts the destroyed and the
    damaged, so "85 homes were destroyed" conflicts with the 80 alone ("seized 300 kg of
    cocaine" and "confiscated 300 kg", one act a source, stay one figure)."""
    for key in [k for k in blocks if k[0].startswith("figure:count:")]:
        values: dict[str, dict[str, set[tuple[float | None, float | None]]]] = defaultdict(
            lambda: defaultdict(set)
        )
        for c in blocks[key]:
            if c.quantity is not None:
                values[c.source][c.predicate].add((c.quantity.low, c.quantity.high))
        if any(len(acts) > 1 and len(set().union(*acts.values())) > 1 for acts in values.values()):
            _split_block(blocks, key, operator.attrgetter("predicate"))


def _many(claim: Claim) -> str | None:
    """A count's subject when it is a plural description of others than those counted
    ("airlines cancelled 3,000 flights"; not "200 ambulances were at the site"), else None."""
    subject = claim.subject
    if not subject or not subject.startswith("description:"):
        return None
    last = head_word(subject)
    counted = (claim.measure or "").rsplit(" ", 1)[-1].removeprefix("count:")
    return subject if singular(last) not in (last, counted) else None


def _split_block(
    blocks: dict[tuple[str, str, str], list[Claim]],
    key: tuple[str, str, str],
    actor: Callable[[Claim], str | None],
) -> None:
    """Block ``key`` split by each claim's ``actor``: an actor's claims in a block of their own
    (the key's third part with the actor after it), those of none left under ``key``."""
    kept = []
    for c in blocks.pop(key):
        who = actor(c)
        if who is None:
            kept.append(c)
        else:
            blocks[(key[0], key[1], f"{key[2]} {who}")].append(c)
    if kept:
        blocks[key] = kept


def _by_event_actor(blocks: dict[tuple[str, str, str], list[Claim]], describe: Describer) -> None:
    """An event's figures by what did it, when one source gives two doers different values in
    one place: "a car bomb killed 12 ... hours later, a suicide bomber killed seven" are two
    attacks' tolls, not two values of one. Figures naming no doer ("at least 14 people were
    killed"), or only who reports them, stay the story's (they may be either). A source
    naming one doer twice ("the quake killed 80", "the earthquake killed 80") splits
    nothing."""
    table = describe.lexicon.measures
    for key in [k for k in blocks if k[0].startswith("figure:") and k[2] == "main"]:
        spec = table.spec(key[0].removeprefix("figure:"))
        if spec is None or spec.about != "event":
            continue
        # (the doer of the measure's own act, "the car bomb killed": not who reports it,
        # "officials reported 21 deaths")
        acts = {p for p, of in table.by_predicate.items() if of.id == spec.id}
        # (by place too: "71 killed by cholera in Ruritania" and "18 deaths from the disease"
        # next door are one disease's tolls in two places, which places tell apart)
        doing = [c for c in blocks[key] if c.quantity and _doer(acts, c)]
        # (thousands of outlets naming one doer each: the sources naming two found first)
        first: dict[tuple[str, str | None], str | None] = {}
        two = {
            (c.source, c.location)
            for c in doing
            if first.setdefault((c.source, c.location), c.subject) != c.subject
        }
        values: dict[tuple[str, str | None], set[tuple[float | None, float | None]]]
        values = defaultdict(set)
        for c in doing:
            if (c.source, c.location) in two and c.quantity is not None:
                values[(c.source, c.location)].add((c.quantity.low, c.quantity.high))
        if not any(len(v) > 1 for v in values.values()):
            continue
        _split_block(blocks, key, functools.partial(_doer, acts))


def _doer(acts: Collection[str], claim: Claim) -> str | None:
    """Who does a measure's own act in ``claim`` (its subject, when its predicate is one of
    ``acts``), or None."""
    return (claim.subject or None) if claim.predicate in acts else None


def _counted_act(claim: Claim, describe: Describer) -> bool:
    """Whether a claim is an act its lexicon entry tells only with what it acts on, here only
    a count ("killed five"): its words, without the count, would end at the verb."""
    spec = describe.lexicon.spec(claim.predicate)
    return (
        spec is not None
        and spec.needs_object
        and claim.subject is not None
        and not (claim.object or claim.value)
        and claim.polarity == "affirmed"
    )


def _judge_block(
    key: tuple[str, str, str],
    block: Sequence[Claim],
    describe: Describer,
    family: Mapping[str, str],
) -> tuple[list[Finding], list[Finding]]:
    """The conflicts and the agreements of one block (its claims sorted by id)."""
    if key[0].startswith("figure:"):
        return judge_figures(block, describe, family)
    conflicts = _pair_conflicts(block, describe, family)
    # A proposition is an agreement or a conflict, never both over the same quotes: the
    # conflict's resolution tells the support behind each value instead.
    # (sources that give the act different places in an order still agree on the act)
    disputed = {cid for f in conflicts if f.conflict != "rank" for cid in f.claims}
    agreements = []
    for group in _agreement_sets(key, block, family) + _denial_sets(block, family, describe):
        if disputed.intersection(c.id for c in group):
            if key[0].startswith("open:") or group[0].polarity != "affirmed":
                continue
            # the claims no conflict disputes still agree where independent sources give
            # them: "resigned on Tuesday" / "on Wednesday" dispute the day, and two sources'
            # "resigned this year" (a time both days fit) agree that she resigned; (an open
            # clause's agreement is a chain of alike wordings, which a claim taken out may
            # break)
            group = [c for c in group if c.id not in disputed]
            if not _independent(group, family):
                continue
        fams = _families_of(group, family)
        proposition = _agreed_words(group, describe)
        if key[0] == _DIE and any(c.predicate == _KILL for c in group):
            # (the death they all tell, not one's killing of a group: _died)
            proposition = f"{describe.name(key[1])} died"
        # a time that only one source gives is not what the others agree on (as a value is not)
        timed = [c for c in group if c.time]
        when = _when_said(timed) if _independent(timed, family) else ""
        valued = [c for c in group if c.quantity is not None]
        values = sorted({as_said(c.quantity.text) for c in valued if c.quantity is not None})
        if values and len(value_classes(valued)) == 1 and _independent(valued, family):
            # a summary states the value it agrees on, when independent sources give it;
            # figures that differ are the figure's own finding ("police arrested 15" / "a
            # dozen" agree on the arrests), and one source's figure is not what others agree on
            # "Zenda expelled four diplomats", not "Zenda expelled four"
            units = {c.quantity.unit for c in valued if c.quantity is not None}
            unit = units.pop() if len(units) == 1 and _counts_act(valued[0], describe) else None
            proposition += _values_after(group[0], values, describe, unit)
        elif valued and _counted_act(group[0], describe):
            # "the gunman killed five" / "... six" (the figure's own conflict): the gunman
            # killed people, not "the gunman killed"; what every source counts, else people
            # ("killed 12 children" / "killed 30 people" agree that it killed people)
            units = {c.quantity.unit for c in valued if c.quantity}
            unit = units.pop() if len(units) == 1 else None
            # (told by a claim that counts: the act said without a count is quoted whole)
            told = next(
                (t for c in valued if not (t := describe.proposition(c)).startswith("\u201c")), None
            )
            if told is not None:
                proposition = f"{told} {unit or 'people'}"
        sources = describe.sources_named(c.source for c in group)
        summary = f"{proposition}{when}: {len(fams)} independent sources agree ({sources})."
        explanation = "Corroborated by sources that do not copy each other."
        agreements.append(
            make_finding("agreement", group, summary, explanation, notes=_notes(group, describe))
        )
    return conflicts, agreements


def _clause_of(claim: Claim) -> tuple[str, int, int, str, str | None, str | None]:
    """A claim's clause: its quote's place, its act and its participants."""
    span = claim.evidence
    return (span.source, span.start, span.end, claim.predicate, claim.subject, claim.object)


def _figures_told(claims: Sequence[Claim], agreed: Collection[str]) -> set[str]:
    """The claims without a figure whose clause's claim with its figure is among ``agreed``
    ("temperatures reached 51.8C in Mecca" is the act, and the temperature, of one clause):
    what the figure's finding shows already."""
    # (by predicate first: a million claims' clauses are not keyed where no act shares one)
    acts = {c.predicate for c in claims if c.measure is None}
    figures = {
        _clause_of(c)
        for c in claims
        if c.measure is not None and c.predicate in acts and c.id in agreed
    }
    if not figures:
        return set()
    told = {clause[3] for clause in figures}
    return {
        c.id
        for c in claims
        if c.measure is None and c.predicate in told and _clause_of(c) in figures
    }


def _when_said(claims: Iterable[Claim]) -> str:
    """The times ``claims`` give, as a summary adds them after what happened: " (on Monday /
    on Tuesday)", or "" when they give none."""
    times = sorted({c.time.text for c in claims if c.time is not None})
    return f" ({' / '.join(times)})" if times else ""


def _other_figure(claim: Claim, describe: Describer) -> bool:
    """Whether a claim states a figure of another measure than its act counts, the act said
    without what it was done to ("the jet injured", stating the 80 on board)."""
    if claim.measure is None or claim.quantity is None or claim.object or claim.value:
        return False
    if claim.predicate.startswith("open:") or claim.subject is None:
        return False
    counted = describe.lexicon.measures.by_predicate.get(claim.predicate)
    return counted is not None and counted.id != claim.measure


def _agreed_words(group: Sequence[Claim], describe: Describer) -> str:
    """What an agreement says: its first claim's proposition; for open claims worded apart by
    their sources, the two first wordings, so that a detail only one gives is not shown as
    agreed ("... shortly after takeoff" / "... while landing"); for an office, as the fewest
    words name it ("president", not one source's "new president")."""
    if group[0].predicate == "hold_office":
        group = sorted(group, key=lambda c: (len((c.value or "").split()), c.id))
    first = describe.proposition(group[0])
    if not group[0].predicate.startswith("open:"):
        return first
    # (one claim of each wording: thousands of outlets restate a few)
    worded = {(c.text, c.subject): c for c in group}
    if len(worded) == 1:
        return first
    wordings = list(dict.fromkeys(describe.proposition(c) for c in worded.values()))
    if len(wordings) == 1:
        return first
    more = len(wordings) - 2
    rest = f" and {more} other wording{'s' if more > 1 else ''}" if more > 0 else ""
    return f"{wordings[0]} / {wordings[1]}{rest}"


def _block_findings(
    key: tuple[str, str, str],
    block: Sequence[Claim],
    describe: Describer,
    family: Mapping[str, str],
    memo: Memo | None,
) -> tuple[list[Finding], list[Finding]]:
    """:func:`_judge_block`, looked up in ``memo`` first and kept there.

    A finding is kept as what :func:`make_finding` was given (its claims by id), and only when
    that gives it back exactly; a kept result that does not fit the block is judged again.
    """
    if memo is None:
        return _judge_block(key, block, describe, family)
    digest = memo.key("block", _block_parts(key, block, describe, family, memo.sources))
    by_id = {c.id: c for c in block}
    kept = memo.get(digest)
    if kept is not None:
        with contextlib.suppress(KeyError, TypeError, ValueError):
            conflicts, agreements = ([_rebuilt(r, by_id) for r in part] for part in kept)
            return conflicts, agreements
    found = _judge_block(key, block, describe, family)
    try:
        records = [[_record(f, by_id) for f in part] for part in found]
    except KeyError:
        return found  # evidence that no claim of the block quotes: not kept
    if all(
        _rebuilt(r, by_id) == f
        for part, made in zip(records, found, strict=True)
        for r, f in zip(part, made, strict=True)
    ):
        memo.put(digest, records)
    return found


# What judging reads of a claim besides its source's digest: the names normalising gave it
# (a block's claims share a few combinations of their single names; few name others before).
_SINGLE_NAMES = operator.attrgetter("subject", "object", "location", "attributed_to")


def _block_parts(
    key: tuple[str, str, str],
    block: Sequence[Claim],
    describe: Describer,
    family: Mapping[str, str],
    sources: Mapping[str, str],
) -> Iterator[str]:
    """Everything judging ``block`` reads, as text: its key; the earliest publication date (a
    figure's undated values count from it); each claim's id and names; each source's digest
    (of its text, outlet, dates and stated claims, which fix the claims it makes but for their
    names) and family; all of each claim judging derived, or of a source without a digest; and
    the name each entity is shown by."""
    yield "\t".join(key)
    yield str(describe.first_published)
    yield repr(list(map(_ID, block)))
    # each claim's single names, as the index of their combination among the block's
    single = list(map(_SINGLE_NAMES, block))
    combinations = dict.fromkeys(single)
    yield repr(list(combinations))
    if len(combinations) > 1:
        place = {names: str(k) for k, names in enumerate(combinations)}
        yield ",".join([place[names] for names in single])
    else:
        yield ""
    listed = [(c.id, c.after, c.before) for c in block if c.after or c.before]
    yield repr(listed)
    # (each a part for all of them: a large block's thousands of claims, hashed as one text)
    yield "\n".join(
        [f"{sid}\t{sources.get(sid)}\t{family[sid]}" for sid in sorted(set(map(_SOURCE, block)))]
    )
    yield "\n".join([c.model_dump_json() for c in block if c.implied or c.source not in sources])
    named = {n for names in combinations for n in names if n}
    named.update(n for _, after, before in listed for n in (*after, *before))
    yield "\n".join([f"{name}\t{describe.name(name)}" for name in sorted(named)])


_RECORDED = {
    "id",
    "kind",
    "conflict",
    "summary",
    "explanation",
    "claims",
    "sources",
    "notes",
    "in_conflict",
    "figure",
    "worth",
}


def _record(finding: Finding, by_id: Mapping[str, Claim]) -> dict[str, Any]:
    """``finding`` as JSON, its evidence as the ids of claims that quote each span (a span is
    its claim's; the claims are the block's, fixed by the memo's key)."""
    record = finding.model_dump(mode="json", include=_RECORDED)
    quoting = {_SPAN_PLACE(by_id[cid].evidence): cid for cid in reversed(finding.claims)}
    record["evidence"] = [quoting[_SPAN_PLACE(span)] for span in finding.evidence]
    if finding.resolution is not None:  # a draft (drafted())
        record["values"] = [[s.value, s.claims, s.sources] for s in finding.resolution.support]
    return record


def _rebuilt(record: Mapping[str, Any], by_id: Mapping[str, Claim]) -> Finding:
    """The finding of a :func:`_record`, made again from the block's claims without judging
    or validating them again (thousands of kept findings are read back on every run)."""
    figure = record["figure"]
    values = record.get("values")
    fields = {
        **{name: record[name] for name in _RECORDED},
        "claims": list(record["claims"]),
        "sources": list(record["sources"]),
        "notes": list(record["notes"]),
        "evidence": [by_id[cid].evidence for cid in record["evidence"]],
        "figure": None if figure is None else Figure.model_validate(figure),
        # (a value's sources are its claims', which the block's key fixes)
        "resolution": None
        if values is None
        else _draft((v, list(ids), list(sources)) for v, ids, sources in values),
    }
    return construct(Finding, fields, _FINDING_FIELDS)
