"""Figures: values of one measure compared as intervals, with a timeline.

Figure claims (those with a ``measure``) meet by measure, sub-population and what they are
about (the story's event, another dated event, or a thing), whatever the grammatical subject
of their sentence. Their values are intervals ("at least 9" is [9, ∞), "about 900" a band
around 900), so "at least 9" agrees with 12 and 31 conflicts with "at least 40". Inside a block
the values are compared through each family's lowest upper bound and highest lower bound: a
conflict exists when one family's value lies wholly below another's, found in one pass, never
by comparing all pairs. A block is one conflict (every value, oldest first, in its timeline)
or one agreement, never both.

Some measures are each measuring body's own (a magnitude from two seismological agencies): a
value credited to one body (by "according to", or as the subject of "put", "measured",
"recorded") is set only against values credited to the same body or to none, and an uncredited
value equal to a credited one is taken as that body's.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from claimcheck._build import construct
from claimcheck.judge._findings import Describer, as_said, listed, make_finding, unsigned
from claimcheck.model import Claim, Figure, Finding, Quantity, TimelinePoint
from claimcheck.normalise._fold import fold, translit_key
from claimcheck.normalise._measures import is_description, singular
from claimcheck.normalise._numbers import VAGUE

__all__ = [
    "FUNCTION_WORDS",
    "as_of",
    "figure_groups",
    "figure_key",
    "head_word",
    "join_counted_whole",
    "join_descriptions",
    "join_owned",
    "join_purposes",
    "judge_figures",
    "named_by_source",
    "names_label",
    "part_conflicts",
    "value_classes",
]

_ID = operator.attrgetter("id")

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)

# "about 900", "some 212", "nearly 1,015": approximate values are a band this wide; one of a
# single significant digit ("about 30 km", "some 2,000"), which says less, up to twice as
# wide.
APPROXIMATE = 0.05
ROUND_APPROXIMATE = 0.10

_EXPLAIN = {
    "evolving": "The figures do not overlap and were given at different times: the figure may "
    "have changed. Each value is shown with the time it holds as of, oldest first; the newest "
    "is not taken as the truth without a source saying so.",
    "contradiction": "The figures do not overlap and hold as of the same time: both cannot be "
    "right.",
    "told": "The figures do not overlap, and a source tells the figure moved from one to the "
    'other ("rose to 45 from 31"): the value it moved from is an earlier one. Each value is '
    "shown with the time it holds as of.",
    "intraday": "The figures do not overlap and were given the same day, for a figure that moves "
    "within a day (a share price): the sources may quote different moments (before the market "
    "opened, at the open, at the close). Each value is shown with its day.",
}
_NOTES = {
    "evolving": "evolving: the figures come from different publication times",
    "told": "evolving: a source tells the figure moved from one value to the other",
    "intraday": "evolving: the figure moves within a day; the sources may quote different moments",
}


def counting_actor(claim: Claim) -> str | None:
    """The named actor whose count of things a figure is ("the Freedom Party won 208 seats"),
    if any: a description ("rescuers") or no actor counts for the story. Named actors
    together are an actor of their own: "Ruritania and Westmark exchanged 24 prisoners" is
    not what "Westmark released 10 prisoners" counts. With no subject, a named object is the
    actor ("the Conservative Party was reduced to 121 seats")."""
    subject = claim.subject
    if not subject and claim.object and not claim.object.startswith(_UNNAMED):
        # "the Conservative Party was reduced to 121 seats": the count is of the one acted on
        subject = claim.object
    if claim.measure is None or not claim.measure.startswith("count:") or not subject:
        return None
    if subject.startswith("group:"):
        return subject if "+" in subject else None
    return None if subject.startswith("description:") else subject


# How a signed change's value is printed (see ``directed``): "up 5", "down 12".
_DIRECTIONS = ("up ", "down ")

# Words that name nothing themselves: what a number may stand before without counting it
# ("rescued 12 on Monday"), what joins a name to another thing's ("price of record").
FUNCTION_WORDS = frozenset(
    {"at", "in", "on", "for", "to", "of", "from", "by", "with", "and", "or", "but", "the",
     "as", "than", "was", "were", "is", "are", "after", "before", "since", "until", "into",
     "over", "under", "when", "while", "who", "which", "that", "this", "last", "per"}
)  # fmt: skip


# Verbs of what an actor has, counted: its stores, fleet, inmates (not what it does to them).
# (Not "run", "hold" or "keep": "three trains that had run into each other" moved, "three
# guards were held hostage" were seized.)
_INVENTORY = frozenset(
    f"open:{verb}" for verb in ("have", "own", "operate", "possess", "manage", "house")
)
# Verbs by which counted things went ahead: "only about 600 flights took off" counts other
# flights than "cancelled about 800 flights" does.
_WENT_AHEAD = frozenset(f"open:{verb}" for verb in ("take_off", "depart", "go_ahead"))


def figure_key(claim: Claim) -> tuple[str, str, str]:
    """The block of a figure claim: its measure, sub-population and what it is about (a thing
    named by an entity id meets the same words as an event: "Turnout was 61%" and "58% of
    voters cast ballots" are both the turnout's)."""
    subject = claim.subject or ""
    if claim.measure == "age" and subject.startswith("person:"):
        # a person's age is theirs however the source names them ("Jo Bloggs, 47" and "He
        # was 47" of a Bloggs named in full before): by their entity, not their name as printed
        about = _words_of(subject)
    else:
        about = claim.event or _words_of(subject)
    measured = f" {claim.measure}"
    if about.lower().endswith(measured) and len(about) > len(measured):
        # "Westmark's population fell to 9.8 million" and "Westmark has 9.7 million
        # inhabitants" are both Westmark's
        about = about[: -len(measured)]
    elif about.lower() == claim.measure and claim.subject:
        about = _words_of(claim.subject)  # "Westmark has a population of 9.7 million"
    elif claim.measure == "percent" and about.lower() == "vote" and subject:
        # "The Law and Justice party came first with 35.38% of the vote": its share, as "won
        # the most votes, with 35.4%" gives it
        about = _words_of(subject)
    elif claim.measure == "percent" and about.lower().endswith(" vote"):
        # a candidate's share of the vote is theirs, however it is said: "Jo Bloggs won 51% of
        # the vote", "received 51%", "the count gave Jo Bloggs 51%" (by the candidate's entity
        # when the claim names one: "Bloggs won 87%" is Jo Bloggs's share)
        about = about[: -len(" vote")]
        # (any of the name's words: "Lai took 40%" is Lai Ching-te's, surname first)
        said = fold(about).replace("-", " ")
        if subject and ":" in subject and f" {said} " in f" {fold(_words_of(subject))} ":
            about = _words_of(subject)
    if claim.predicate in _INVENTORY and (claim.measure or "").startswith("count:"):
        # what an actor has is another figure than what it does to some of them: "Acme has
        # 500 stores" and "Acme will close 50 stores", "United operates 79 of the planes" and
        # "the carrier grounded 65 of its aircraft", are two figures, not two values of one
        about = f"{about} held"
    elif claim.predicate in _WENT_AHEAD and (claim.measure or "").startswith("count:"):
        about = f"{about} ran"
    if claim.measure == "money" and not claim.event:
        # What an actor pays, takes on or is lent are different amounts: "the bank will pay 3
        # billion" and "the bank will take on up to 5 billion in losses" never meet.
        about = f"{about} {claim.predicate.removeprefix('open:')}"
    population = claim.population or ""
    if claim.measure in ("distance", "temperature"):
        # the place measured from or at, as printed: "Marrakesh" and "Marrakech" are one place
        population = translit_key(population)[:6]
        if claim.measure == "distance" and not population:
            # a distance from no place named is its act's: "the blast was heard 20 kilometres
            # away" and "residents within 3 km were told to stay indoors" are two distances
            about = f"{about} {claim.predicate.removeprefix('open:')}"
    else:
        # "one firefighter was injured" and "two firefighters were hurt" count one population
        population = singular(population)
    if (
        claim.measure == "percent"
        and not population
        and claim.quantity is not None
        and claim.quantity.text.startswith(_DIRECTIONS)
    ):
        # "the population rose 5 percent" is a change, "18 percent of the population is over
        # 65" a share: two figures of one thing
        population = "change"
    elif (
        claim.measure == "percent"
        and not population
        and claim.event
        and not claim.subject
        and not about.startswith(f"{(act := claim.predicate.removeprefix('open:'))} ")
    ):
        # a share of a group by what the group did: "57.9 percent of voters backed the
        # change" and "42 percent of voters opposed it" are two figures, not two values of
        # one (but a candidate's share of the vote is theirs however it is won; and "59% voted
        # in favour" names its act already)
        about = f"{about} {act}"
    return f"figure:{claim.measure}", population, _singular_head(fold(about))


# Nouns of one thing that news words several ways: a company's "$69 billion acquisition",
# "$68.7 billion purchase" and "takeover" of another are one deal's price.
_SAME_THING = {
    "purchase": "acquisition",
    "takeover": "acquisition",
    "buyout": "acquisition",
    # a company's shares and its stock: "its shares fell about 7%", "the stock dropped 6.9%"
    "stock": "share",
    # those it employs: "cut 15% of its workforce", "15% of its staff", "of its employees"
    "staff": "workforce",
    "employee": "workforce",
}


# Words of the one company two make: "the combined company", "the merged group", "the
# enlarged bank".
_MERGED = frozenset({"combined", "merged", "enlarged", "new combined"})


def _singular_head(about: str) -> str:
    """What a figure is about with its last word singular (and one word of those that name
    one thing, :data:`_SAME_THING`): "cut interest rates to 4.5%" and "lowered its key
    interest rate to 4.5%" are one rate's."""
    head, _, last = about.rpartition(" ")
    if last == "futures" and head:
        # "Brent crude futures climbed to $84.93": the commodity's price, as "Brent crude
        # rose to $84.93" gives it
        head, _, last = head.rpartition(" ")
    last = singular(last)
    last = _SAME_THING.get(last, last)
    if head in _MERGED:
        head = "combined"  # "the merged company", "the enlarged group": the combined one's
    return f"{head} {last}" if head else last


def _words_of(name: str) -> str:
    """The words of an entity id ("name:voter-turnout" is "voter turnout"), or ``name``."""
    kind, colon, rest = name.partition(":")  # (a million figures: no pattern per claim)
    return rest.replace("-", " ") if colon and kind.isalpha() and kind.islower() else name


# The first number as printed: its digits before and after the decimal point; and the
# scales a printed number stands for ("1.2 billion", "3 lakh").
_PRINTED = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")
_SCALES = (1.0, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12)


@functools.lru_cache(maxsize=4096)
def _rounding(text: str, value: float) -> float:
    """Half the last printed digit's worth of an exact ``value`` printed as ``text``, in the
    value's scale: "4%" is 4 to the nearest one, "3.8%" to the nearest tenth, "$1.2 billion"
    to the nearest hundred million; a count in words is exact to one. Slightly under the
    half, so that neighbouring roundings ("6.8" and "6.9") never touch."""
    printed = _PRINTED.search(text)
    if printed is None:
        return 0.49
    number = float(printed[1].replace(",", "") + (f".{printed[2]}" if printed[2] else ""))
    scale = abs(value) / number if number else 0.0
    if not any(math.isclose(scale, s) for s in _SCALES):
        return 0.0  # a clock time, a converted unit, a number printed in parts: as it is
    return 0.49 * scale * 10.0 ** -len(printed[2] or "")


@functools.lru_cache(maxsize=4096)
def _approximation(text: str) -> float:
    """How wide an approximate value's band is, as a share of it: what rounds to its one
    significant digit ("about 30 km" is 27 to 33, "some 2,000" 1,800 to 2,200), never
    more than ``ROUND_APPROXIMATE``; ``APPROXIMATE`` for a value printed more exactly
    ("about 220", "about 2.5 million")."""
    printed = _PRINTED.search(text)
    if printed is None or printed[2]:
        return APPROXIMATE
    digits = printed[1].replace(",", "")
    if not digits.strip("0"):
        return APPROXIMATE
    zeros = len(digits) - len(digits.rstrip("0"))
    half = 0.5 * 10.0**zeros / float(digits)
    return min(max(APPROXIMATE, half), ROUND_APPROXIMATE)


def _interval(claim: Claim, *, rounded: bool = False) -> tuple[float, float]:
    """The values a claim's figure allows: its bounds, an approximate value's band, and when
    ``rounded``, what rounds to an exact value (a conflict needs values that cannot both
    hold; classes of agreeing values take exact values as printed)."""
    assert claim.quantity is not None
    low = claim.quantity.low
    high = claim.quantity.high
    lo = -math.inf if low is None else low
    hi = math.inf if high is None else high
    if claim.quantity.approximate:
        # a band either side, negative values too ("down about 12%" is -12.6 to -11.4)
        share = _approximation(claim.quantity.text)
        lo, hi = lo - abs(lo) * share, hi + abs(hi) * share
    elif rounded and low is not None and low == high:
        # an exact value stands for what rounds to it: "revenue rose 4%" holds with "3.8%"
        # (never more than "about" the value would allow: "$4 billion" is not "$4.5 billion")
        half = min(_rounding(claim.quantity.text, low), abs(low) * APPROXIMATE)
        lo, hi = lo - half, hi + half
    return lo, hi


# Verbs whose subject gives a measurement: "the survey put the magnitude at 6.8".
_MEASURING = frozenset(
    {"put", "measure", "record", "register", "estimate", "rate", "place", "report", "give"}
)


# Entity ids of what is described, not named (a description, a group of people).
_UNNAMED = ("description:", "group:")


def _credit(claim: Claim, bodies: frozenset[str] = frozenset()) -> str | None:
    """Who a measurement is credited to in its own sentence; with ``bodies`` (the measure's),
    an unnamed credit only when its words hold one of them ("officials" and "the health
    ministry" measure no magnitude; "the national seismological centre" does)."""
    credit = claim.attributed_to
    if not credit and claim.subject and claim.predicate.removeprefix("open:") in _MEASURING:
        credit = claim.subject
    if credit and bodies and credit.startswith(_UNNAMED):
        words = set(credit.partition(":")[2].split("-"))
        return credit if words & bodies else None
    return credit or None


def _shortened(own: dict[str, str | None]) -> dict[str, str | None]:
    """Credits with a body described in fewer words taken as the one body described more
    fully, when only one is: "the seismological centre" is "the national seismological
    centre" of another source (but "the centre" beside two centres stays apart)."""
    described = {b for b in own.values() if b is not None and b.startswith("description:")}
    words = {b: set(b.partition(":")[2].split("-")) for b in described}
    fuller: dict[str, str] = {}
    for b in described:
        wider = [o for o in described if o != b and words[b] < words[o]]
        if len(wider) == 1:
            fuller[b] = wider[0]
    return {cid: fuller.get(b, b) if b is not None else None for cid, b in own.items()}


def credited(
    valued: Sequence[Claim], bodies: frozenset[str] = frozenset()
) -> dict[str, str | None]:
    """Each claim's measuring body: its own credit, else that of an identical credited value
    (``bodies`` as :func:`_credit` reads them)."""
    own = _shortened({c.id: _credit(c, bodies) for c in valued})
    by_value: dict[tuple[float, float], str] = {}
    credits = [(c, body) for c in valued if (body := own[c.id]) is not None]
    for c, body in sorted(credits, key=lambda cb: cb[0].id):
        by_value.setdefault(_interval(c), body)
    if not by_value:
        return own  # nothing is credited
    return {c.id: own[c.id] or by_value.get(_interval(c)) for c in valued}


def _clash_by_body(
    valued: Sequence[Claim], family: Mapping[str, str], body: Mapping[str, str | None]
) -> tuple[Claim, Claim] | None:
    """:func:`_clash` within each body's values together with the uncredited ones."""
    bodies: dict[str, list[Claim]] = defaultdict(list)
    loose: list[Claim] = []
    for c in valued:
        name = body[c.id]
        (bodies[name] if name is not None else loose).append(c)
    if not bodies:
        return _clash(valued, family)
    for name in sorted(bodies):
        found = _clash([*bodies[name], *loose], family)
        if found is not None:
            return found
    return None


def as_of(claim: Claim, describe: Describer) -> dt.date | None:
    """The day a figure holds as of: its own date when the sentence gives one, else the day
    its source was published."""
    time = claim.time
    published = describe.published[claim.source]
    if time is None or time.latest is None or time.precision != "day":
        return published
    first = describe.first_published
    if (
        published is not None
        and first is not None
        and time.latest < first - dt.timedelta(days=1)
        and _WEEKDAY.search(time.text)
    ):
        # "the toll rose to 2,012 on Sunday" in a story first dated Saturday, updated since: a
        # weekday read back from a stale publication date would date the figure before any
        # source told the story; it holds as of its report
        return published
    measures = describe.lexicon.measures
    verb = claim.predicate.removeprefix("open:")
    if published is not None and (verb in measures.by_verb or verb in measures.by_predicate):
        # "a fire on Tuesday killed 174": Tuesday dates the fire, not the count, which holds
        # as of the report; "the toll rose to 125 on Friday" dates the count itself
        return max(time.latest, published)
    return time.latest


# A price's move told of a moment of the day other than its close, and one told at the close.
_DURING = re.compile(
    r"\b(?:in (?:early|morning|midday|afternoon|late|pre-?market|after-?hours|extended) "
    r"(?:trade|trading|deals)|at one point|intraday|earlier in the (?:day|session))\b",
    re.IGNORECASE,
)
_AT_CLOSE = re.compile(r"\b(?:closed|closing|ended|finished|settled)\b", re.IGNORECASE)


def _at_the_close(valued: list[Claim]) -> list[Claim]:
    """A moving price's values without those told of another moment of the day ("fell 1.6%
    in early trading"), when others are told at the close ("closed up 1%"): two moments, not
    two accounts of one."""
    during = {c.id for c in valued if _DURING.search(c.text)}
    rest = [c for c in valued if c.id not in during]
    return rest if during and any(_AT_CLOSE.search(c.text) for c in rest) else valued


def _priced_move(claim: Claim, describe: Describer) -> bool:
    """Whether a figure is a move of a thing whose price moves within the day: "Acme shares
    fell 6% in early trading" and "were down 4% by midday" may be two moments of one day."""
    if claim.measure != "percent" or not claim.subject:
        return False
    words = fold(describe.name(claim.subject)).split()
    spec = describe.lexicon.measures.by_priced.get(singular(words[-1])) if words else None
    return spec is not None and spec.intraday


def named_by_source(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """The entities each source's claims name (as subject or object), for
    :func:`join_descriptions` and for a description told of a named thing its sources name
    (see ``_bare_descriptions``): every one when a figure is of an unnamed thing; else only the
    things named by a name that ends in a noun some description has for its head ("the Acme
    Airlines plane", "a passenger plane"); empty when there are none."""
    keep: set[str] | None = None
    if not any(is_description(event) for event in {c.event for c in claims}):
        # (the distinct events and entities first: a million claims share a handful)
        said_of = {e for c in claims for e in (c.subject, c.object) if e}
        heads = {head_word(e) for e in said_of if e.startswith("description:")}
        keep = {
            e for e in said_of if e.startswith(("name:", "organisation:")) and head_word(e) in heads
        }
        if not keep:
            return {}
    said: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for entity in (c.subject, c.object):
            if entity and (keep is None or entity in keep):
                said[c.source].update(entity.split("&"))
    return {source: frozenset(ids) for source, ids in said.items()}


def head_word(entity: str) -> str:
    """The head noun of a description's (or a thing's) id, its last word:
    "description:oil-tanker" -> "tanker", "name:westmark-bridge" -> "bridge"."""
    return entity.split(":", 1)[-1].rsplit("-", 1)[-1]


def join_descriptions(
    blocks: dict[tuple[str, str, str], list[Claim]], named: Mapping[str, frozenset[str]]
) -> None:
    """Join the figures of an unnamed thing to those of the one named thing it can be.

    "the fall of a 166-year-old institution" gives an age to "the institution"; when the
    sources give that measure to exactly one named thing that the description's own source
    names too ("167-year-old Acme Bank"), the description is taken as that thing, so its value
    meets theirs. Two or more such things leave it alone: a wrong referent is worse than none.
    A description left alone meets no other source's ("the 161-year-old bank" and "the
    167-year-old bank" may be the buyer and the bought).
    """
    if not named:
        return  # no figure of the corpus is of an unnamed thing (:func:`named_by_source`)
    described = sorted(
        key
        for key, block in blocks.items()
        if key[0].startswith("figure:") and block and all(is_description(c.event) for c in block)
    )
    if not described:
        return
    # the named things a measure is given for, by the entities its claims are about
    things: dict[tuple[str, str], list[tuple[tuple[str, str, str], set[str]]]] = defaultdict(list)
    for key, block in blocks.items():
        if key[0].startswith("figure:") and not any(is_description(c.event) for c in block):
            things[key[:2]].append((key, {c.subject for c in block if c.subject}))
    nothing: frozenset[str] = frozenset()
    for key in described:
        sources = {c.source for c in blocks[key]}
        owners = [
            k
            for k, ids in things.get(key[:2], [])
            if all(ids & named.get(s, nothing) for s in sources)
        ]
        if len(owners) == 1:
            blocks[owners[0]].extend(blocks.pop(key))
        elif len(sources) > 1:
            for c in blocks.pop(key):
                blocks[(key[0], key[1], f"{key[2]} {c.source}")].append(c)


def join_owned(blocks: dict[tuple[str, str, str], list[Claim]]) -> None:
    """Join the figures of a thing named by its noun alone ("the main index fell 6.2%",
    "Acme said its shares fell 5%", "lowered its deposit rate to 3.75%") to those of the one
    thing of those words named with its owner ("Zenda's benchmark index", "Acme shares", "the
    Bank of Zenda's deposit rate"), when each of their sentences names the owner (or its
    speaker or its subject is the owner: "The developer has liabilities of $328 billion",
    the developer read as Acme). Two or more owned things leave it alone.

    So too when each of their sentences refers back to the thing with an owner's word ("the
    company's shares fell 1.2%", "lifted its benchmark rate to 4.25 percent") and one thing of
    that noun is named more fully by the noun's own words ("Acme's shares", "its key interest
    rate"; not "price of record", another thing's): a bare "the rate" is not said to be it."""
    fuller: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in blocks:
        if key[0].startswith("figure:") and " " in key[2]:
            # (by each of its endings: "deposit rate" of "bank of zenda deposit rate" too)
            words = key[2].split(" ")
            for k in range(1, len(words)):
                fuller[(key[0], key[1], " ".join(words[k:]))].append(key)
    if not fuller:
        return
    bare = [k for k in blocks if k[0].startswith("figure:") and k[2] and k in fuller]
    for key in sorted(bare):
        if key not in blocks:
            continue  # (joined already)
        owners = [k for k in fuller[key] if k in blocks]
        if len(owners) == 1:
            (owned,) = owners
            owner = owned[2].removesuffix(key[2]).strip()
            if all(
                _names_owner(c, owner)
                # (or the clause's subject is the owner, as its source resolved "the developer")
                or (c.subject is not None and owner == fold(_words_of(c.subject)))
                for c in blocks[key]
            ):
                blocks[owned].extend(blocks.pop(key))
                continue
        noun = key[2]
        plain = [k for k in owners if FUNCTION_WORDS.isdisjoint(k[2].split())]
        if len(plain) > 1 and all(_acted_on(c, key[2]) for c in blocks[key]):
            # what an actor does to "its key rate" is the one such thing an actor acts on
            # ("kept its benchmark interest rate"), not one told of itself ("inflation fell to
            # 2.6%"); two acted on leave it alone
            plain = [k for k in plain if any(_acted_on(c, k[2]) for c in blocks[k])]
        if len(plain) != 1 or not noun.isalpha() or noun == "main":
            continue  # (one word, not the story's event nor a year)
        # (the noun as keys hold it, singular: "its shares" refers to "share"; or a word keys
        # hold as it: "its stock")
        nouns = {noun, *(word for word, same in _SAME_THING.items() if same == noun)}
        forms = "|".join(
            sorted({form for n in nouns for form in (n, f"{n}s", f"{n}es", f"{n[:-1]}ies")})
        )
        # ("its shares", "the company's shares", or "shares in the company")
        referred = re.compile(
            rf"\b(?:its|their|[a-z]+['’]s)\s+(?:[a-z-]+\s+)?(?:{forms})\b"
            rf"|\b(?:{forms})\s+(?:in|of)\s+the\s+[a-z]+\b",
            re.I,
        )
        if all(referred.search(c.text) for c in blocks[key]):
            blocks[plain[0]].extend(blocks.pop(key))


def _acted_on(claim: Claim, about: str) -> bool:
    """Whether a figure claim of the thing ``about`` (a figure key's words) has an actor: a
    subject other than the thing itself ("the bank kept its rate at 4.5%", not "the rate
    rose to 4.5%")."""
    subject = claim.subject
    if subject is None:
        return False
    # (by whole words: "the pirates" are no rate)
    return not f" {_singular_head(fold(_words_of(subject)))}".endswith(f" {about}")


def _names_owner(claim: Claim, owner: str) -> bool:
    """Whether ``claim``'s sentence names ``owner`` (folded words, a figure key's) or its
    speaker is the owner ("Acme said ...")."""
    return f" {owner} " in f" {fold(claim.evidence.quote)} " or (
        claim.attributed_to is not None and owner == _words_of(claim.attributed_to)
    )


def join_counted_whole(blocks: dict[tuple[str, str, str], list[Claim]]) -> None:
    """Join a count told of the story ("up to 9.8 million customers may have been exposed") to
    the count of the one named whole the corpus gives it of ("the data of about 10 million
    customers of Acme"), when each of its sentences names that whole (or its speaker is it:
    "Acme said ..."). Two or more wholes leave it alone."""
    wholes: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in blocks:
        if (
            key[0].startswith("figure:count:")
            and key[2] not in _NOT_WHOLES
            and not key[2][:1].isdigit()  # (nor a year's)
            and not is_description(key[2])
        ):
            wholes[(key[0], key[1])].append(key)
    for (measure, population), owners in sorted(wholes.items()):
        key = (measure, population, "main")
        if len(owners) != 1 or key not in blocks:
            continue
        if all(_names_owner(c, owners[0][2]) for c in blocks[key]):
            blocks[owners[0]].extend(blocks.pop(key))


def join_purposes(blocks: dict[tuple[str, str, str], list[Claim]]) -> None:
    """Join a vote's tally told without what it was for ("lost a confidence vote by 142 votes
    to 98") to the one tally of that vote the corpus tells with it ("lawmakers voted 140-98 to
    oust him"): one vote, whose counts then meet. Two purposes ("ruled 6-3 to uphold the law,
    and 5-4 to overturn the precedent") leave it alone."""
    purposes: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in blocks:
        if key[0].startswith("figure:") and key[1].startswith("to "):
            purposes[(key[0], key[2])].append(key)
    for (measure, about), keys in sorted(purposes.items()):
        bare = (measure, "", about)
        if len(keys) == 1 and bare in blocks:
            blocks[keys[0]].extend(blocks.pop(bare))


# What a figure is about that is no named whole: the story's event, another, all of a season's.
_NOT_WHOLES = frozenset({"main", "another", "total", ""})


def figure_groups(block: Sequence[Claim], *, scene: bool = False) -> list[list[Claim]]:
    """The block split by place: figures for a named place that is not the block's usual one
    ("13 dead in Callao" beside a national toll) are figures of their own; so are a place's
    when a source gives them below every figure it gives of no place, as a part of its total
    ("arrested 14 people ... nine of the suspects were detained in Zenda").

    With ``scene`` (a measure whose place is where the event happened, a storm's category at
    landfall), figures placed apart whose values all hold together are one figure ("made
    landfall in the Big Bend region as a Category 4" and "near Perry as a Category 4");
    differing values stay apart (a storm weakened further inland, a quake elsewhere)."""
    places = Counter(c.location for c in block if c.location)
    ranked = places.most_common(2)
    # (two places named as often are two places' figures: no figure of no place is either's)
    usual = ranked[0][0] if ranked and (len(ranked) < 2 or ranked[1][1] < ranked[0][1]) else None
    parts: set[str] = set()
    if usual is not None:
        # each source's least figure of no place (None when one has no lower bound)
        totals: dict[str, float | None] = {}
        for c in block:
            if not c.location and c.quantity is not None:
                low = c.quantity.low
                known = totals.get(c.source, low)
                totals[c.source] = None if low is None or known is None else min(low, known)
        parts = {
            c.location
            for c in block
            if c.location == usual
            and c.quantity is not None
            and (most := _at_most(c.quantity)) is not None
            and (total := totals.get(c.source)) is not None
            and most < total  # less than all of them: a part of the total
        }
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in block:
        place = c.location or ""
        groups[place if place and (place != usual or place in parts) else ""].append(c)
    if scene and len(groups) > 1 and len(value_classes(_stated(block))) == 1:
        return [list(block)]
    return [groups[k] for k in sorted(groups)]


def _at_most(quantity: Quantity) -> float | None:
    """The most a figure may be, as the source that gives it beside a larger total means it:
    its upper end, or a lower bound's own value ("at least 10 people died in Zenda" beside
    "killed more than 1,000": no source gives one toll as both)."""
    return quantity.high if quantity.high is not None else quantity.low


def _said_day(claim: Claim) -> dt.date | None:
    """The day a claim's own sentence gives ("rose 1.5% on Wednesday"), if it gives one."""
    time = claim.time
    return time.latest if time is not None and time.precision == "day" else None


def _said_month(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """The month a claim's own sentence gives ("was 3.9% in September"), if it gives one."""
    time = claim.time
    if time is None or time.precision != "month" or not (time.earliest and time.latest):
        return None
    return time.earliest, time.latest


def _by_day(group: Sequence[Claim], describe: Describer) -> list[list[Claim]]:
    """A group of a measure of one day's change (the table's ``daily``) split by the days its
    sentences give: "shares fell 6% on Tuesday" and "rose 1.5% on Wednesday" are two days'
    figures, not one figure that changed. A value without a day of its own is of the day its
    source was published when another value gives that day, or, for a price's move, when every
    day given is later (it cannot be a later day's); else it stays with the undated (a
    quarter's "revenue rose 4%" meets "sales grew 3.8%" whenever each was reported).

    So too by month, when values give two months or more: "inflation was 3.9% in September"
    and "rose to 4.2% in October" are each month's figure; a value that gives no month is of
    the latest one told (a monthly figure is reported after its month)."""
    months = {_said_month(c) for c in group} - {None}
    if len(months) > 1:
        latest = max(m for m in months if m is not None)
        by_month: dict[tuple[dt.date, dt.date], list[Claim]] = defaultdict(list)
        for c in group:
            by_month[_said_month(c) or latest].append(c)
        return [part for key in sorted(by_month) for part in _by_day(by_month[key], describe)]
    said = [_said_day(c) for c in group]
    days = {d for d in said if d is not None}
    # a change over a span of its own ("shares are up 170% this year") beside a day's moves
    # is a figure of that span, not another value of the day's
    spans: dict[tuple[dt.date, dt.date], list[Claim]] = defaultdict(list)
    if days:
        kept: list[tuple[Claim, dt.date | None]] = []
        for c, day in zip(group, said, strict=True):
            t = c.time
            if day is None and t is not None and t.earliest and t.latest and t.latest > t.earliest:
                spans[(t.earliest, t.latest)].append(c)
            else:
                kept.append((c, day))
        group, said = [c for c, _ in kept], [day for _, day in kept]
    over = [spans[k] for k in sorted(spans)]

    def day_of(c: Claim, said: dt.date | None) -> dt.date | None:
        if said is not None:
            return said
        published = describe.published[c.source]
        # its publication's day when another value gives it, or for a price's move when
        # every day given is later ("shares fell 20% in after-hours trading", reported the
        # day before "fell 26% on Friday", is no Friday's move)
        if published is not None and (
            published in days or (days and published < min(days) and _priced_move(c, describe))
        ):
            return published
        return None

    placed = [day_of(c, d) for c, d in zip(group, said, strict=True)]
    if len({d for d in placed if d is not None}) < 2:
        return [list(group), *over]
    parts: dict[dt.date | None, list[Claim]] = defaultdict(list)
    for c, day in zip(group, placed, strict=True):
        parts[day].append(c)
    return [parts[d] for d in sorted(parts, key=lambda d: (d is None, d or dt.date.min))] + over


def _event_window(claim: Claim, describe: Describer) -> tuple[dt.date, dt.date] | None:
    """The days a count's own sentence says the counted acts fell on ("250,000 passengers were
    affected on Friday", "were killed in the strikes on Friday and Saturday"), for a count of
    what an act did (its verb the measure's, as :func:`as_of` reads it); None when it gives no
    day."""
    time = claim.time
    if (
        time is None
        or time.precision not in ("day", "range")
        or time.earliest is None
        or time.latest is None
    ):
        return None
    measures = describe.lexicon.measures
    verb = claim.predicate.removeprefix("open:")
    if verb not in measures.by_verb and verb not in measures.by_predicate:
        return None
    return time.earliest, time.latest


def _by_window(group: Sequence[Claim], describe: Describer) -> list[list[Claim]]:
    """A group of counts of acts split by the days their sentences say the acts fell on: "six
    people were killed in Friday's strikes" and "11 were killed in the strikes on Friday and
    Saturday" count different acts, as "250,000 passengers were affected on Friday" and
    "800,000 over the weekend" do. Only when a window spans days: two single days may be one
    act that happens once, dated differently ("the fire killed nine on Tuesday" / "on
    Monday": the day is in conflict, the count agreed). A count that gives no day is the
    story's count so far: it goes with the window that ends last (the widest of those)."""
    windows = [_event_window(c, describe) for c in group]
    distinct = {w for w in windows if w is not None}
    if len(distinct) < 2 or all(first == last for first, last in distinct):
        return [list(group)]
    last = max(distinct, key=lambda w: (w[1], -w[0].toordinal()))
    parts: dict[tuple[dt.date, dt.date], list[Claim]] = defaultdict(list)
    for c, window in zip(group, windows, strict=True):
        parts[window or last].append(c)
    return [parts[w] for w in sorted(parts)]


def _clash(valued: Sequence[Claim], family: Mapping[str, str]) -> tuple[Claim, Claim] | None:
    """Two claims of different families whose values cannot both hold, if any.

    The two families with the lowest upper bounds and the two with the highest lower bounds
    decide it (each family by its own lowest and highest, its first claim by id on a tie): no
    pairs, and no pass over every claim once two families are found below the rest.
    """
    by_interval: dict[tuple[float, float], list[Claim]] = defaultdict(list)
    for c in valued:
        by_interval[_interval(c, rounded=True)].append(c)
    if not by_interval or min(hi for _, hi in by_interval) >= max(lo for lo, _ in by_interval):
        return None  # every value holds with every other (thousands giving one figure)
    lows = _extremes(by_interval, 1, family)
    highs = _extremes(by_interval, 0, family)
    for fam_a, (hi, below) in lows:
        for fam_b, (lo, above) in highs:
            if fam_a != fam_b and hi < lo:
                return below, above
    return None


# A figure's move told with both its values: "rose to 45 from 31", "climbed from 31 to 45".
_MOVED = re.compile(
    r"\bto\s+(?P<to>\d[\d,]*(?:\.\d+)?)\s+from\s+(?P<from>\d[\d,]*(?:\.\d+)?)\b"
    r"|\bfrom\s+(?P<from2>\d[\d,]*(?:\.\d+)?)\s+to\s+(?P<to2>\d[\d,]*(?:\.\d+)?)\b",
    re.IGNORECASE,
)


def _moved_between(below: Claim, above: Claim, valued: Sequence[Claim]) -> bool:
    """Whether a claim of the figure tells it moved between the two values in dispute: its
    own value reached "from" the other ("the toll rose to 45 from 31" beside another outlet's
    31): the one is an earlier value of the figure, not a rival."""
    ends = [_interval(below), _interval(above)]
    for c in valued:
        found = _MOVED.search(c.text)
        q = c.quantity
        if found is None or q is None or q.low is None or q.low != q.high:
            continue
        to = float((found["to"] or found["to2"]).replace(",", ""))
        was = float((found["from"] or found["from2"]).replace(",", ""))
        if to != q.low:
            continue  # (the move of another figure of the clause)
        # (the two values in dispute do not overlap: each end holds one of them at most)
        where = [
            next((k for k, (lo, hi) in enumerate(ends) if lo <= v <= hi), -1) for v in (was, to)
        ]
        if -1 not in where and where[0] != where[1]:
            return True
    return False


def _changes_told(
    valued: Sequence[Claim], family: Mapping[str, str], when: Mapping[str, dt.date | None]
) -> bool:
    """Whether the values of a moving figure differ only as its sources tell it moved: every
    family gives one value alike (a class of :func:`value_classes`), and each of its other
    values comes from a family that gave that one on an earlier day ("made landfall as a
    Category 3" on Monday and, in the same outlet, "weakened to a Category 1"; "36 dead" by
    all, "53" later by one of them) or on the same day (a second value its source gives
    beside the shared one is of something else, or a change it tells: "sales climbed 18%"
    and "Azure revenue was up 30%", the product's name read as an adjective; not when every
    family gives the other value too, a figure all of them report as disputed), the other
    values in no dispute of their own. Nobody then says another than what the others say: no
    conflict."""
    families = {family[c.source] for c in valued}
    for shared in value_classes(valued):
        first: dict[str, dt.date] = {}
        for c in shared:
            day = when[c.id]
            fam = family[c.source]
            if day is not None and (fam not in first or day < first[fam]):
                first[fam] = day
        if first.keys() != families:
            continue
        held = {c.id for c in shared}
        later = [c for c in valued if c.id not in held]
        if not all(
            (day := when[c.id]) is not None and first[family[c.source]] <= day for c in later
        ):
            continue
        same_day = any(when[c.id] == first[family[c.source]] for c in later)
        if same_day and {family[c.source] for c in later} == families:
            # (not when every family gives another value too, the same day: a figure all
            # report as disputed, "the council gave X 44%" and "the opposition's count 70%")
            continue
        # (and the later values, when several sources give them, are not in dispute)
        return _clash(later, family) is None
    return False


def _extremes(
    by_interval: Mapping[tuple[float, float], Sequence[Claim]],
    end: int,
    family: Mapping[str, str],
) -> list[tuple[str, tuple[float, Claim]]]:
    """The two families whose values reach least far (``end`` 1: the lowest upper bounds) or
    furthest (``end`` 0: the highest lower bounds), each with its bound and the claim of the
    family giving it (the first by id), nearest first, then by family.

    The bounds are taken level by level from the extreme: once a whole level leaves two
    families, no family seen later can come before them.
    """
    sign = 1.0 if end else -1.0
    levels: dict[float, list[Claim]] = defaultdict(list)
    for interval, claims in by_interval.items():
        levels[interval[end]].extend(claims)
    seen: dict[str, tuple[float, Claim]] = {}
    for bound in sorted(levels, key=lambda b: sign * b):
        level: dict[str, Claim] = {}
        for c in levels[bound]:
            fam = family[c.source]
            if fam in seen:
                continue  # its bound lies nearer the extreme
            held = level.get(fam)
            if held is None or c.id < held.id:
                level[fam] = c
        seen.update((fam, (bound, c)) for fam, c in level.items())
        if len(seen) >= 2:
            break
    return heapq.nsmallest(2, seen.items(), key=lambda kv: (sign * kv[1][0], kv[0]))


def _sweep(
    ordered: Sequence[tuple[float, float]],
) -> tuple[list[list[tuple[float, float]]], list[float], list[float]]:
    """Classes of intervals sorted by lower bound (a class closes when the next interval misses
    its common part), with the low and high ends of each class's common part: both come out
    sorted, the parts disjoint."""
    classes: list[list[tuple[float, float]]] = []
    lows: list[float] = []
    highs: list[float] = []
    for lo, hi in ordered:
        if classes and max(lo, lows[-1]) <= min(hi, highs[-1]):
            classes[-1].append((lo, hi))
            lows[-1], highs[-1] = max(lo, lows[-1]), min(hi, highs[-1])
        else:
            classes.append([(lo, hi)])
            lows.append(lo)
            highs.append(hi)
    return classes, lows, highs


def value_classes(valued: Sequence[Claim], *, rounded: bool = False) -> list[list[Claim]]:
    """Claims whose values can all hold together, each claim in one class (an exact value
    as printed, or when ``rounded`` with what rounds to it: "$9.2 billion" with "$9.24
    billion").

    Values with both bounds ("12", "about 900", "10 to 12") are classed by a sweep over their
    intervals. A one-sided value ("at least 50", "up to 60") names its bound: it joins the class
    nearest that bound among those it can hold with, so "up to 60" backs "60" rather than
    "nearly 50"; found by bisection over the classes' sorted common parts, never all pairs.
    One-sided values that hold with no class are swept into classes of their own.

    Claims of one interval always fall in one class (the first of them leaves the class's
    common part inside its interval, so the others join it and change nothing): the sweep runs
    over the distinct intervals, which thousands of sources giving one figure share.
    """
    by_interval: dict[tuple[float, float], list[Claim]] = defaultdict(list)
    for c in valued:
        by_interval[_interval(c, rounded=rounded)].append(c)
    ordered = sorted(by_interval)
    bounded = [v for v in ordered if math.isfinite(v[0]) and math.isfinite(v[1])]
    classes, lows, highs = _sweep(bounded)
    loose: list[tuple[float, float]] = []
    for lo, hi in ordered:
        if math.isfinite(lo) and math.isfinite(hi):
            continue
        if math.isfinite(lo):  # "at least lo": the first class reaching up to lo
            k = bisect.bisect_left(highs, lo)
            fits = k < len(classes)
        else:  # "up to hi" (or no bound at all): the last class starting at or below hi
            k = bisect.bisect_right(lows, hi) - 1
            fits = k >= 0
        if not fits:
            loose.append((lo, hi))
            continue
        classes[k].append((lo, hi))
        lows[k], highs[k] = max(lo, lows[k]), min(hi, highs[k])
    more, _, _ = _sweep(loose)
    # each class, and the classes, in the order of their values, then ids
    out = []
    for intervals in sorted([*classes, *more], key=min):
        out.append([c for v in sorted(intervals) for c in sorted(by_interval[v], key=_ID)])
    return out


_Order = tuple[bool, dt.date, float, str, str]


def _timeline_order(claim: Claim, when: dt.date | None) -> _Order:
    """Oldest first by the time a value holds as of (``when``); undated last; then by value."""
    return when is None, when or dt.date.min, _interval(claim)[0], claim.source, claim.id


_POINT_FIELDS = set(TimelinePoint.model_fields)
_FIGURE_GIVEN = {"measure", "label", "population", "about", "timeline"}


def _value(claim: Claim) -> str:
    assert claim.quantity is not None
    return unsigned(as_said(claim.quantity.text), claim.measure)


def _label_words(text: str) -> list[str]:
    # as words, one by one ("a 21-storey building" names the storeys)
    return [singular(w) for w in fold(text).replace("-", " ").split()]


def names_label(value: str, label: str) -> bool:
    """Whether a value as printed names its measure's label: the label's words in order,
    others between ("three days of national mourning" names "days of mourning").

    >>> names_label("three days of national mourning", "days of mourning")
    True
    >>> names_label("six", "missing")
    False
    """
    said = iter(_label_words(value))
    return all(w in said for w in _label_words(label))


def _after_values(values: Sequence[str], what: str, figure: Figure, describe: Describer) -> str:
    """What follows a figure's values in a summary: its name, without the measure's label
    when a value names it already ("magnitude 6.8", not "magnitude 6.8 magnitude")."""
    label = describe.lexicon.measures.label(figure.measure)
    # as words, a label of several too ("three days of mourning"); one value naming it names
    # it for all ("6.8 / magnitude 6.8", not "6.8 / magnitude 6.8 magnitude")
    named = any(names_label(v, label) for v in values)
    if named and what.startswith(label):
        what = what[len(label) :].strip()
    last = values[-1].split()[-1].lower() if values and values[-1].split() else ""
    if what and figure.measure.startswith("count:") and last in _ROUND_WORDS:
        return f" of {what}"  # a count of things in round words: "dozens of homes"
    return f" {what}" if what else ""


# The words a count in round words ends in, which a counted noun follows with "of" ("dozens",
# "tens of thousands"): the vague numbers' own.
_ROUND_WORDS = frozenset(words.split()[-1] for words in VAGUE)


# Verbs by which a count is its subject's own ("Acme has 48,000 employees": employees of
# Acme); by any other, the subject did something to what it counts ("Ruritania expelled 12
# diplomats" are diplomats expelled by Ruritania, not its own).
_OWNING = frozenset(
    {"open:have", "open:own", "open:hold", "open:include", "open:contain", "open:employ",
     "open:be", "open:number", "open:comprise", "open:house", "open:keep"}
)  # fmt: skip


def _about(claim: Claim, describe: Describer) -> str:
    if claim.event == "main":
        actor = counting_actor(claim)
        if actor is None:
            return ""
        owned = claim.predicate in _OWNING
        return f" {'of' if owned else 'by'} {describe.name(actor)}"
    if claim.event == "vote" and claim.subject:
        return f" ({describe.name(claim.subject)} vote)"  # "came first with 35% of the vote"
    if claim.event:
        return f" ({claim.event})"
    return f" of {describe.name(claim.subject)}" if claim.subject else ""


def _what(claim: Claim, describe: Describer, *, placed: bool = True) -> str:
    """What a figure is of, as a finding names it: its measure's label, sub-population, thing
    and (when ``placed``) place."""
    assert claim.measure is not None
    table = describe.lexicon.measures
    label = table.label(claim.measure)
    spec = table.measures.get(claim.measure)
    # (a converted figure's population is the unit it is compared in: "area", not "area
    # (hectare)" for acres)
    unit = spec is not None and claim.population in spec.convert
    population = f" ({claim.population})" if claim.population and not unit else ""
    where = describe.name(claim.location) if claim.location and placed else ""
    place = f" in {where}" if where else ""
    if (claim.population or "").startswith("in ") and fold(where) in fold(claim.population or ""):
        # the part of a toll in a place ("19 of the dead were in X", "in X province"): said once
        place = ""
    return f"{label}{population}{_unlabelled(_about(claim, describe), label)}{place}"


def _moved(claim: Claim, what: str, describe: Describer) -> str:
    """What a conflict of a move in per cent is of, said as a move: "the change in Acme
    shares, in per cent" ("per cent of Acme shares" reads as a share of them: ``what``, which
    :func:`_what` starts with the measure's label); any other figure's ``what`` as it is."""
    said = claim.quantity.text if claim.quantity is not None else ""
    if claim.measure != "percent" or not said.startswith(("up ", "down ")):
        return what
    label = f"{describe.lexicon.measures.label(claim.measure)} of "
    return (
        f"the change in {what.removeprefix(label)}, in per cent" if what.startswith(label) else what
    )


def _unlabelled(about: str, label: str) -> str:
    """What a figure is about without the measure's label at its end: "population of
    Nigeria", not "population of Nigeria population" (a thing named with the measure's word);
    the label stays when nothing else would ("of population")."""
    closing = ")" if about.endswith(")") else ""
    words = about.removesuffix(closing).split()
    said = label.lower().split()
    rest = words[: -len(said)]
    named = any(w.strip("(") not in ("", "of", "by") for w in rest)
    if [w.lower() for w in words[-len(said) :]] == said and named:
        return " " + " ".join(rest) + closing
    return about


def judge_figures(
    block: Sequence[Claim], describe: Describer, family: Mapping[str, str]
) -> tuple[list[Finding], list[Finding]]:
    """The conflicts and agreements of one block of figure claims (sorted by id)."""
    conflicts: list[Finding] = []
    agreements: list[Finding] = []
    spec = describe.lexicon.measures.spec(block[0].measure or "")  # one measure a block
    scene = spec is not None and spec.scene
    groups = figure_groups(block, scene=scene)
    if spec is not None and spec.daily:
        groups = [part for group in groups for part in _by_day(group, describe)]
    else:
        groups = [part for group in groups for part in _by_window(group, describe)]
    for group in groups:
        valued = _stated(group)
        if not valued:
            continue
        if (spec is not None and spec.intraday) or _priced_move(valued[0], describe):
            valued = _at_the_close(valued)
        when = {c.id: as_of(c, describe) for c in valued}
        ordered = sorted(valued, key=lambda c: _timeline_order(c, when[c.id]))
        # a thing named, before any description joined to it ("Acme Bank", not "the bank"),
        # or by its owner ("Zenda index", not "the index": join_owned)
        first = next((c for c in ordered if not is_description(c.event)), ordered[0])
        if spec is not None and spec.about == "subject":
            owned = [c for c in ordered if " " in _words_of(c.subject or "")]
            if owned and len({c.subject for c in ordered}) > 1 and not is_description(first.event):
                first = owned[0]
        # (a scene's figure told of two places names neither)
        placed = not (scene and len({c.location for c in valued}) > 1)
        what = _what(first, describe, placed=placed)
        body = credited(valued, spec.bodies) if spec is not None and spec.per_authority else {}
        # One point per claim of a figure that thousands of sources may give: built from
        # validated values without validating them again.
        timeline = [
            construct(
                TimelinePoint,
                {
                    "source": c.source,
                    "claim": c.id,
                    "value": _value(c),
                    "low": c.quantity.low if c.quantity else None,
                    "high": c.quantity.high if c.quantity else None,
                    "as_of": when[c.id],
                    "credited_to": describe.name(name) if (name := body.get(c.id)) else None,
                },
                _POINT_FIELDS,
            )
            for c in ordered
        ]
        assert ordered[0].measure is not None
        figure = construct(
            Figure,
            {
                "measure": ordered[0].measure,
                "label": describe.lexicon.measures.label(ordered[0].measure),
                "population": ordered[0].population,
                "about": first.event or (describe.name(first.subject) if first.subject else None),
                "change": None,
                "timeline": timeline,
            },
            _FIGURE_GIVEN,  # valid values: no second pass over a timeline of thousands
        )
        clash = _clash_by_body(valued, family, body) if body else _clash(valued, family)
        # a toll moves as the story develops; a magnitude or a distance does not
        moves = ordered[0].measure.startswith("count:") or (spec is not None and spec.evolves)
        if clash is not None and moves and _changes_told(valued, family, when):
            clash = None  # each source that gives a later value tells the change itself
        if clash is not None:
            below, above = clash
            # a share price moves within the day: quotes of one day may be different moments
            intraday = (
                moves
                and spec is not None
                and (spec.intraday or _priced_move(first, describe))
                and when[below.id] == when[above.id]
            )
            change = (
                "evolving"
                if moves and (when[below.id] != when[above.id] or intraday)
                else "contradiction"
            )
            # the first six values, each source's same value once, as of its first day (a
            # headline dated by its publication, its body by the day it names), in the words
            # it first has ("62", not again as "58 passengers and four crew members")
            values: dict[str, None] = {}
            shown: set[tuple[float | None, float | None, str, str]] = set()
            read = 0
            for point in timeline:
                if len(values) == 6:
                    break
                read += 1
                credit = f", credited to {point.credited_to}" if point.credited_to else ""
                source = describe.source_label(point.source)
                if (point.low, point.high, source, credit) not in shown:
                    shown.add((point.low, point.high, source, credit))
                    values[_dated(point.value, source, point.as_of, credit)] = None
            more = f" and {len(timeline) - read} more" if read < len(timeline) else ""
            summary = (
                f"Different figures for {_moved(first, what, describe)}: {'; '.join(values)}{more}."
            )
            reason = "intraday" if intraday else change
            if reason == "contradiction" and moves and _moved_between(below, above, valued):
                change, reason = "evolving", "told"
            notes = [_NOTES[reason]] if reason in _NOTES else []
            hedged = describe.labels(c.source for c in ordered if c.modality == "hedged")
            if hedged:
                # "20 were feared dead", "four are believed to have died": not asserted
                notes.append(f"hedged, not asserted, by {listed(hedged)}")
            conflicts.append(
                make_finding(
                    "conflict",
                    ordered,
                    summary,
                    _EXPLAIN[reason],
                    conflict="value",
                    notes=notes,
                    figure=figure.model_copy(update={"change": change}),
                )
            )
        else:
            # one conflict or one agreement per figure: a conflict's resolution gives the
            # support behind each value
            agreements.extend(_agreeing(valued, what, figure, describe, family))
    return conflicts, agreements


def part_conflicts(
    blocks: Mapping[tuple[str, str, str], Sequence[Claim]],
    describe: Describer,
    family: Mapping[str, str],
) -> list[Finding]:
    """A count of some of the people a figure counts against the figure itself: "8,000
    residents were evacuated" cannot hold with "around 5,000 were evacuated" as of one day
    (and is an evolving figure across days). A part is at most its whole, so it conflicts only
    with a whole below it: "17 children among the dead" never meets a toll of 300."""
    groups = describe.lexicon.measures.groups
    out: list[Finding] = []
    for (head, population, about), block in sorted(blocks.items()):
        whole = blocks.get((head, "", about))
        if not head.startswith("figure:") or population not in groups or not whole:
            continue
        pair = _above_whole(_stated(block), _stated(whole), family)
        if pair is None:
            continue
        below, above = pair
        when = {c.id: as_of(c, describe) for c in pair}
        change = "evolving" if when[below.id] != when[above.id] else "contradiction"
        shown = [_entry(below, describe), _entry(above, describe, part=True)]
        out.append(
            make_finding(
                "conflict",
                list(pair),
                f"Different figures for {_what(below, describe)}: {'; '.join(shown)}.",
                _EXPLAIN[change]
                + " The larger figure counts only some of those the other counts, so it cannot"
                " be the larger.",
                conflict="value",
                notes=[_NOTES[change]] if change in _NOTES else [],
            )
        )
    return out


_MORE = re.compile(r"( and \d+ more)?\.$")


# The id suffix of a claim that tells a source's only count of a group as its count of
# everyone (judge._verdicts.part_totals).
WHOLE_SUFFIX = ">all"


def sums_told(
    conflicts: Sequence[Finding], claims: Sequence[Claim]
) -> tuple[list[Finding], set[str]]:
    """``conflicts`` without those of lists' sums that a conflict of their parts tells
    already, and the ids of those sums: "174 passengers and six crew" against "171
    passengers and six crew members" is the passengers' conflict, not a second one of
    everyone on board. Only when every value of the sums' conflict is such a sum (a source
    that counts everyone in one number still conflicts)."""
    summed = [
        f
        for f in conflicts
        if f.figure is not None and f.figure.population is None and " and " in f.summary
    ]
    if not summed:
        return list(conflicts), set()
    parted = {
        cid for f in conflicts if f.figure is not None and f.figure.population for cid in f.claims
    }
    wanted = {cid for f in summed for cid in f.claims}
    totals = {c.id: c for c in claims if c.id in wanted}
    places = {(c.source, c.evidence.start, c.measure) for c in totals.values()}
    # each source's counts of a part, by the sentence that gives them
    spans: dict[tuple[str, int, str | None], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.population and c.quantity is not None:
            place = (c.source, c.evidence.start, c.measure)
            if place in places:
                spans[place].append(c)

    def explained(cid: str) -> bool:
        total = totals.get(cid)
        if total is None or total.quantity is None:
            return False
        parts = [
            p
            for p in spans.get((total.source, total.evidence.start, total.measure), [])
            if p.quantity is not None and p.quantity.text in total.quantity.text
        ]
        return len(parts) >= 2 and any(p.id in parted for p in parts)

    dropped = [f for f in summed if all(explained(cid) for cid in f.claims)]
    told = {f.id for f in dropped}
    return [f for f in conflicts if f.id not in told], {cid for f in dropped for cid in f.claims}


def absorb_parts(
    conflicts: Sequence[Finding],
    parts: Sequence[Finding],
    claims: Sequence[Claim],
    describe: Describer,
) -> list[Finding]:
    """``conflicts`` with each of :func:`part_conflicts`' findings told inside the value
    conflict of its whole, when the whole is in one: one conflict per figure ("evacuated: about
    6,000; About 7,500; 7,500 residents"), not one for the whole and one for its part."""
    if not parts:
        return list(conflicts)
    wholes = {cid: f for f in conflicts if f.conflict == "value" and f.figure for cid in f.claims}
    wanted = {cid for p in parts for cid in p.claims}
    for cid in list(wanted):
        if cid in wholes:
            wanted.update(wholes[cid].claims)
    by_id = {c.id: c for c in claims if c.id in wanted}
    merged: dict[str, Finding] = {}  # a whole's finding id -> it, with its parts told
    out_parts: list[Finding] = []
    for p in parts:
        above = next(by_id[cid] for cid in p.claims if by_id[cid].population)
        told_in = next((wholes[cid] for cid in p.claims if cid in wholes), None)
        if told_in is None:
            out_parts.append(p)
            continue
        whole = merged.get(told_in.id, told_in)  # with the parts told in it already
        if f"{above.id}{WHOLE_SUFFIX}" in whole.claims:
            continue  # told there already, as its source's count of everyone
        entry = _entry(above, describe, part=True)
        found = _MORE.search(whole.summary)  # (before "and 3 more", if the list was cut)
        cut, more = (found.start(), found[1] or "") if found else (len(whole.summary), "")
        told = f"{whole.summary[:cut]}; {entry}{more}."
        merged[told_in.id] = make_finding(
            "conflict",
            [by_id[cid] for cid in sorted({*whole.claims, above.id})],
            told,
            f"{whole.explanation} One figure counts only some of those the others count "
            f"({above.population}) and is larger than one of them.",
            conflict="value",
            notes=sorted({*whole.notes, *p.notes}),
            figure=whole.figure,
        )
    return [*(merged.get(f.id, f) for f in conflicts), *out_parts]


def _above_whole(
    parts: Sequence[Claim], totals: Sequence[Claim], family: Mapping[str, str]
) -> tuple[Claim, Claim] | None:
    """A total and a part of different families whose values cannot both hold (the part's
    lower bound above the total's upper bound), if any: parts from the highest, totals from
    the lowest, stopping where no pair can be."""
    ordered = sorted(totals, key=lambda c: (_interval(c, rounded=True)[1], c.id))
    for part in sorted(parts, key=lambda c: (-_interval(c, rounded=True)[0], c.id)):
        low = _interval(part, rounded=True)[0]
        if not ordered or _interval(ordered[0], rounded=True)[1] >= low:
            return None  # no total lies below this part, nor below any smaller one
        for total in ordered:
            if _interval(total, rounded=True)[1] >= low:
                break
            if family[total.source] != family[part.source]:
                return total, part
    return None


def _entry(claim: Claim, describe: Describer, *, part: bool = False) -> str:
    """A figure claim's value as a conflict lists it, with its source and day; a ``part``'s
    with the population it counts ("7,500 residents (Strelsau Post, 2025-03-04)")."""
    value = f"{_value(claim)} {claim.population}" if part else _value(claim)
    return _dated(value, describe.source_label(claim.source), as_of(claim, describe))


def _dated(value: str, source: str, day: dt.date | None, credit: str = "") -> str:
    """A value as a conflict's summary lists it: "12 (Zenda Star, 2025-03-04)"."""
    return f"{value} ({source}, {day.isoformat() if day else 'no date'}{credit})"


def _stated(block: Sequence[Claim]) -> list[Claim]:
    """The claims of ``block`` that state a value: affirmed, not scoped to a moment."""
    return [
        c for c in block if c.quantity is not None and c.polarity == "affirmed" and not c.scoped
    ]


def _roundings_of_one(group: Sequence[Claim]) -> bool:
    """Whether the exact values of ``group`` are one value printed to different precisions:
    each lies within what every value printed as or less precisely rounds to ("46C" and
    "46.2C", "$9.2 billion" and "$9.24 billion"; not "46%" and "46.5%", which rounds to 47)."""
    levels: dict[float, list[tuple[float, float, float]]] = defaultdict(list)
    for c in group:
        if c.quantity is None or c.quantity.approximate or c.quantity.low is None:
            continue
        lo, hi = _interval(c, rounded=True)
        levels[hi - lo].append((lo, hi, c.quantity.low))
    low, high = -math.inf, math.inf
    for width in sorted(levels, reverse=True):  # the least precise first
        low = max([low, *(lo for lo, _, _ in levels[width])])
        high = min([high, *(hi for _, hi, _ in levels[width])])
        if not all(low <= point <= high for _, _, point in levels[width]):
            return False
    return True


def _agreeing(
    valued: Sequence[Claim],
    what: str,
    figure: Figure,
    describe: Describer,
    family: Mapping[str, str],
) -> list[Finding]:
    """An agreement for each value that independent sources give alike (in a block without a
    conflict: a conflict's resolution gives the support behind each of its values)."""
    out = []
    # (no value of the figure clashes with another: printed less exactly, one is the other
    # rounded, "$9.2 billion" and "$9.24 billion", and they agree)
    classes = [
        part
        for group in value_classes(valued, rounded=True)
        for part in ([group] if _roundings_of_one(group) else value_classes(group))
    ]
    # each class's points of the timeline, in its order, in one pass over it
    class_of = {c.id: k for k, group in enumerate(classes) for c in group}
    points: list[list[TimelinePoint]] = [[] for _ in classes]
    for p in figure.timeline:
        points[class_of[p.claim]].append(p)
    for group, timeline in zip(classes, points, strict=True):
        fams = {family[c.source] for c in group}
        if len(fams) < 2:
            continue
        distinct = sorted({_value(c) for c in group})
        sources = describe.sources_named(c.source for c in group)
        # ("six people are presumed dead": agreed, as the sources hedge it)
        hedged = describe.labels(c.source for c in group if c.modality == "hedged")
        summary = (
            f"{' / '.join(distinct)}{_after_values(distinct, what, figure, describe)}: "
            f"{len(fams)} independent sources agree ({sources})."
        )
        out.append(
            make_finding(
                "agreement",
                group,
                summary,
                "The figures overlap: corroborated by sources that do not copy each other.",
                notes=[f"hedged, not asserted, by {listed(hedged)}"] if hedged else [],
                figure=figure.model_copy(update={"timeline": timeline, "change": None}),
            )
        )
    return out
