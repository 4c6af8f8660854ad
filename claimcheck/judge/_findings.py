"""Building findings: readable phrases for claims and the Finding records themselves."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import heapq
import operator
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

import attrs
from rapidfuzz import fuzz

from claimcheck._build import construct
from claimcheck.model import (
    Claim,
    ConflictKind,
    Entity,
    Figure,
    Finding,
    FindingKind,
    Quantity,
    Source,
    Span,
)
from claimcheck.normalise._fold import fold
from claimcheck.normalise._measures import MeasureSpec, singular
from claimcheck.normalise._numbers import find_quantities, word_number
from claimcheck.normalise._predicates import Lexicon

__all__ = [
    "INDEFINITE",
    "NAMED_SOURCES",
    "REPORT_ORDER",
    "Describer",
    "check_worthiness",
    "counted_as",
    "evidence_of",
    "figure_said",
    "fold_nested",
    "in_english",
    "listed",
    "make_finding",
    "merge_copies",
    "office_holders",
    "opens_with_pronoun",
    "ordinal_word",
    "quoted",
    "unnamed",
]

# Objects that stand for any object: "did not arrest anyone".
INDEFINITE = frozenset({"anyone", "anybody", "no one", "nobody", "anything", "someone", "any"})

# Words right before a verb that put its act ahead: "will resign", "would not appeal", "is
# due to sign", "plans to buy", "has agreed to resign"; and a headline's infinitive after a
# name, "Jo Bloggs to step down", "Ruritania to hold early election".
_AHEAD = re.compile(
    r"(?:\b(?:will|would|shall)(?:\s+not)?|\bwon['’]t|\bwouldn['’]t|['’]ll"
    r"|\b(?:is|are|was|were)\s+(?:due\s+)?to"
    r"|\b(?:plans?|planned|intends?|intended|agreed|agrees?|vow(?:s|ed)?|pledged?|pledges"
    r"|promised?|promises)\s+to"
    r"|\b(?-i:[A-Z])[\w'’-]*\s+to)(?:\s+be)?\s+(?:\w+ly\s+)?$",  # ("would be freed")
    re.IGNORECASE,
)
# A word that every match of _AHEAD holds (a text without one puts nothing ahead).
_AHEAD_WORD = re.compile(
    r"will|would|shall|won|['’]ll|\b(?:is|are|was|were)\b|plan|intend|agree|vow|pledg|promis"
    r"|\b(?-i:[A-Z])\S*\s+to\b",
    re.I,
)


def _opening_word(text: str) -> str:
    """A clause's first word, in lower case."""
    return text.split(" ", 1)[0].lower()


def opens_with_pronoun(text: str) -> bool:
    """Whether a clause opens with a personal pronoun (whom it stands for unresolved)."""
    return _opening_word(text) in ("he", "she", "it", "they", "we", "i", "you")


# Names of nobody: a claim about them that is negated says so by the name.
_NOBODY = frozenset({"no one", "nobody", "nothing", "none"})
# A count printed as a plural of a number word, which takes "of" before what it counts.
_MANY = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|billions)$", re.I)
# Nouns of people, which an attack is on as "attacked" (a place or a target is "struck").
# (besides the groups of people the measures table counts: "migrants", "villagers")
_PEOPLE_NOUNS = frozenset(
    {"people", "person", "child", "girl", "boy", "man", "woman", "men", "women", "children",
     "student", "pupil", "worshipper", "civilian", "tourist", "passenger", "protester",
     "officer", "soldier", "journalist", "worker", "teacher", "patient", "resident", "fan",
     "shopper", "customer", "demonstrator", "spectator", "voter", "guest", "bystander",
     "pedestrian", "commuter", "visitor", "mourner", "family", "crowd", "farmer", "doctor",
     "nurse", "guard", "policeman", "official", "diplomat", "refugee", "hostage", "prisoner",
     "inmate", "athlete", "player", "activist", "supporter", "pilgrim", "villager", "migrant"}
)  # fmt: skip
# Plural nouns without an "s": "people were injured", not "people was injured".
_PLURALS = frozenset({"people", "children", "men", "women", "police", "cattle"})


def _plural_description(described: str) -> bool:
    """Whether a description names more than one: a plural noun ("the suspects", "the
    men"), or a count standing for them ("the four", "all 11")."""
    last = described.split()[-1].lower()
    if described.endswith("s") or last in _PLURALS:
        return True
    count = word_number(last)
    return count is not None and count > 1


# Words by which a clause says it did not happen ("had yet to confirm", "were unable to reach")
_SAYS_NO = re.compile(
    r"\b(?:not|no|never|nobody|nothing|none|yet to|still to be|unable to)\b|n['’]t\b"
    r"|\b(?:refus|declin|fail)\w* to\b",  # "had failed to end": the words say no themselves
    re.IGNORECASE,
)
_ORDINALS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
]


# The most sources a summary names: hundreds of outlets giving one figure are counted past these
# ("A, B, ... and 240 more"); the finding's sources and evidence hold every one.
NAMED_SOURCES = 10


def listed(labels: Iterable[str], limit: int = NAMED_SOURCES) -> str:
    """Distinct ``labels`` in order, joined: at most ``limit``, then how many more.

    >>> listed(["B", "A", "B"]), listed("EDCBA", limit=3)
    ('A, B', 'A, B, C and 2 more')
    """
    distinct = set(labels)
    if len(distinct) <= limit:
        return ", ".join(sorted(distinct))
    return f"{', '.join(heapq.nsmallest(limit, distinct))} and {len(distinct) - limit} more"


def in_english(items: Sequence[str]) -> str:
    """``items`` joined as English, in their order.

    >>> in_english(["A", "B", "C"]), in_english(["A"]), in_english([])
    ('A, B and C', 'A', '')
    """
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def ordinal_word(n: int) -> str:
    """ "third" for 3; "21st" beyond the words.

    >>> ordinal_word(4), ordinal_word(22)
    ('fourth', '22nd')
    """
    if 0 <= n < len(_ORDINALS):
        return _ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_CARDINALS = ("no one", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def unnamed(count: int) -> str:
    """Who a place in an order leaves before it when its source names no one: "the second"
    puts one before, "the first" no one.

    >>> unnamed(0), unnamed(2), unnamed(12)
    ('no one', 'two not named', '12 not named')
    """
    if count <= 0:
        return "no one"
    return f"{_CARDINALS[count] if count < len(_CARDINALS) else count} not named"


def office_holders(
    held: Iterable[Claim], entities: Mapping[str, Entity], texts: Mapping[str, str]
) -> dict[str, tuple[str, frozenset[str]]]:
    """The one person the ``held`` claims say holds each office that a description among
    ``entities`` names, by its folded title, with the sources whose ``texts`` name that person:
    "Finance Minister Maria Sanz" (a ``hold_office`` claim) puts Maria Sanz under "finance
    minister", for "the finance minister". An office two persons are said to hold is left
    out; so are those no description names (and no text is then read)."""
    described = {fold(e.name) for e in entities.values() if e.type == "description"}
    holders: dict[str, set[str]] = defaultdict(set)
    for c in held:
        if (
            c.predicate == "hold_office"
            and c.polarity == "affirmed"
            and c.value
            and (person := c.subject) is not None
            and person.startswith("person:")
            and person in entities
            and (title := fold(c.value)) in described
        ):
            holders[title].add(person)
    out = {}
    for title, people in holders.items():
        if len(people) == 1:
            (person,) = people
            name = entities[person].name
            out[title] = (person, frozenset(sid for sid, text in texts.items() if name in text))
    return out


@attrs.frozen
class Describer:
    """Turns ids into names and claims into short sentences."""

    entities: Mapping[str, Entity]
    sources: Mapping[str, Source]
    lexicon: Lexicon
    # The entities each source's claims name, over every predicate (a judged partition holds
    # one predicate's claims only); given when a figure of an unnamed thing needs them.
    named: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    # The one person the corpus says holds an office a description names, by its folded
    # title, with the sources that name that person, over every predicate (a judged partition
    # holds one predicate's claims only): see :func:`office_holders`.
    offices: Mapping[str, tuple[str, frozenset[str]]] = attrs.field(factory=dict)
    published: Mapping[str, dt.date | None] = attrs.field(init=False)
    reading_order: Mapping[str, tuple[bool, dt.date, str]] = attrs.field(init=False)
    first_published: dt.date | None = attrs.field(init=False)
    # :meth:`source_label` of every source, looked up once (summaries label 100,000s)
    _labels: Mapping[str, str] = attrs.field(init=False, eq=False, repr=False)
    # :meth:`future` by (clause, predicate): a thousand sources restate a few clauses
    _ahead: dict[tuple[str, str], bool] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    @published.default
    def _published(self) -> dict[str, dt.date | None]:
        """Each source's publication date, looked up once."""
        return {sid: source.published for sid, source in self.sources.items()}

    @reading_order.default
    def _reading_order(self) -> dict[str, tuple[bool, dt.date, str]]:
        """A sort key per source: oldest first, undated last, then by id."""
        return {sid: (day is None, day or dt.date.min, sid) for sid, day in self.published.items()}

    @_labels.default
    def _source_labels(self) -> dict[str, str]:
        return {sid: source.outlet or sid for sid, source in self.sources.items()}

    @first_published.default
    def _first_published(self) -> dt.date | None:
        """The earliest publication date of any source: the story is no older than this."""
        return min((d for d in self.published.values() if d is not None), default=None)

    def name(self, eid: str | None) -> str:
        """The display name of an entity id (or the text itself when it is no id)."""
        if eid is None:
            return "someone"
        entity = self.entities.get(eid)
        if entity is not None:
            if (
                entity.type == "description"
                and " " not in entity.name
                and entity.name not in INDEFINITE
                and entity.name not in ("everyone", "people")
            ):
                # an event named by its head noun (but "killed several people" killed people,
                # not "the people")
                return f"the {entity.name}"
            return entity.name
        return eid.split(":", 1)[1].replace("-", " ") if ":" in eid else eid

    def names(self, eids: Iterable[str]) -> str:
        """Names joined as English: "A, B and C"."""
        return in_english([self.name(e) for e in eids])

    def _people(self, eid: str) -> bool:
        """Whether an entity is someone: a person, or a description of people ("the girls")."""
        if eid.startswith("person:"):
            return True
        if not eid.startswith(("description:", "group:")):
            return False
        last = singular(self.name(eid).split()[-1].lower())
        return last in _PEOPLE_NOUNS or last in map(singular, self.lexicon.measures.groups)

    def label(self, predicate: str) -> str:
        """The verb phrase of a predicate."""
        spec = self.lexicon.spec(predicate)
        if spec is not None:
            return spec.label
        if predicate == "hold_office":
            return "holds office for"
        return predicate.removeprefix("open:")

    def base(self, predicate: str) -> str:
        """The verb phrase in the infinitive: "recognise" for "recognised". The lexicon's
        ``base`` where it gives one; else the label's first word without a regular ending."""
        spec = self.lexicon.spec(predicate)
        if spec is not None and spec.base:
            return spec.base
        words = self.label(predicate).split()
        if words:
            head = words[0]
            if re.search(r"(?:is|iz|at|us|bl|ir|uc|ag|rg)ed$", head):
                head = head[:-1]
            elif head.endswith("ied"):
                head = head[:-3] + "y"
            elif head.endswith("ed"):
                head = head[:-2]
            words[0] = head
        return " ".join(words)

    def named_pronoun(self, claim: Claim) -> str:
        """The claim's clause with the name its opening pronoun stands for, in brackets, as
        an editor clarifies a quotation: "he [Jo Bloggs] would appeal", "it [Acme] would cut
        300 jobs". Only when the pronoun fits what it was read as (a person is "he" or "she";
        a company or a country "it"); otherwise the clause as it is."""
        text, subject = claim.text, claim.subject
        opening = _OPENING_PRONOUN.match(text)
        if opening is None or subject is None or ":" not in subject:
            return text
        kind = subject.split(":", 1)[0]
        if kind not in _PRONOUN_KINDS[opening.group(1).lower()]:
            return text
        name = self.name(subject)
        if name in text[opening.end() :]:
            # "he would nominate Jo Bloggs to lead the agency": Bloggs's claim, named in it,
            # and "he" another
            return text
        return f"{text[: opening.end()]} [{name}]{text[opening.end() :]}"

    def proposition(self, claim: Claim) -> str:
        """The claim as a short sentence without its qualifiers."""
        if claim.predicate.startswith("open:"):
            words = quoted(self.named_pronoun(claim))
            if _denied(claim, self.lexicon.opposite_words):
                return f"denied: {words}"  # reported content of a denial
            return words
        if claim.predicate == "hold_office":
            return f"{self.name(claim.subject)} is {claim.value or 'an official'} of {self.name(claim.object)}"
        spec = self.lexicon.spec(claim.predicate)
        # a count of what the act was done to, not a size the clause gives ("injured in a
        # fire at a 24-storey building") or an amount ("released $20 million in aid")
        counted = claim.quantity is not None and self.lexicon.measures.counts_act(claim.measure)
        if (
            counted
            and claim.subject is None
            and spec is not None
            and spec.intransitive
            and not spec.needs_object
        ):
            # "Five ministers resigned", "Thirty-one of them pleaded guilty": a count of those
            # who did it (an act done to what it counts needs its object), not "someone
            # pleaded guilty" or "five ministers were resigned"
            return quoted(self.named_pronoun(claim))
        if (
            spec is not None
            and claim.subject
            and not (claim.object or claim.value or counted)
            and (spec.needs_object or (not spec.intransitive and claim.quantity is not None))
        ):
            # "(before he) was shot dead by police": "the police killed" says too little; "the
            # government released $20 million in aid": an amount is no object of the act
            return quoted(self.named_pronoun(claim))
        if claim.subject is None and (
            not (claim.object or claim.value or counted)
            or (not claim.object and opens_with_pronoun(claim.text))
            # "I am so happy to join the club": the speaker unresolved, not "the club was
            # joined" (a first or second person, or an infinitive's doer left unsaid, is
            # no passive's agent left unnamed; nor is an infinitive done)
            or (claim.object and _opening_word(claim.text) in ("i", "we", "you", "to"))
            # "about 80 people joined the search": those who did it are a count of people, not
            # no one ("the search was joined")
            or (
                claim.object is not None
                and claim.quantity is not None
                and (claim.quantity.unit or "").lower() in ("people", "persons")
            )
        ):
            # "(his lawyers said) they would not appeal", "no arrests have been made": not
            # "someone would not appeal", "someone did not arrest"
            return quoted(self.named_pronoun(claim))
        label = self.label(claim.predicate)
        if claim.predicate == "attack" and claim.object and self._people(claim.object):
            label = "attacked"  # "the girls were attacked", not "struck" (as a town is)
        # "no one was killed" is a denial told by its own word: not "no one was not killed"
        negated = claim.polarity == "negated" and not any(
            self.name(n).lower() in _NOBODY for n in (claim.subject, claim.object) if n
        )
        if claim.subject is None and claim.object and " " not in label:
            # "Ruritania has been accused of ...": no one is said to act; the passive says it
            # ("someone accused Ruritania" reads as if a source had hidden a name)
            patient = self.name(claim.object)
            # (a count read as a name is many too: "the 11 were arrested")
            were = (
                claim.object.startswith("group:")
                or (claim.object.startswith("description:") and _plural_description(patient))
                or (word_number(patient) or 0) > 1
            )
            return f"{patient} {self._passive(claim, were, negated)} {label}"
        if (
            claim.subject is None
            and not claim.object
            and counted
            and claim.quantity is not None
            and " " not in label
        ):
            # "that killed over 600 people", no one named: "over 600 people were killed", not
            # "someone killed"
            many = counted_as(claim.quantity.text, claim.quantity.unit)
            one = claim.quantity.low == claim.quantity.high == 1
            return f"{many} {self._passive(claim, not one, negated)} {label}"
        future = self.future(claim)
        if negated:
            did = "would not" if future else "did not"
            text = f"{self.name(claim.subject)} {did} {self.base(claim.predicate)}"
        elif future:
            text = f"{self.name(claim.subject)} would {self.base(claim.predicate)}"
        else:
            text = f"{self.name(claim.subject)} {label}"
        if claim.object:
            text += f" {self.name(claim.object)}"
        else:
            # "imposed sanctions on", "severed ties with": on no one named, the phrase ends
            # at its noun ("Acme imposed sanctions"; see dangling())
            text = _DANGLING.sub("", text)
        return text

    def _passive(self, claim: Claim, plural: bool, negated: bool) -> str:
        """The verb "to be" before a passive's participle: "were", "was not", or "would be"
        for an act ahead ("50 hostages would be freed during the truce")."""
        negation = " not" if negated else ""
        if self.future(claim):
            return f"would{negation} be"
        return f"{'were' if plural else 'was'}{negation}"

    def dangling(self, claim: Claim) -> str:
        """The preposition that :meth:`proposition` leaves off a lexicon claim naming no
        object ("on" of "imposed sanctions on"), for a count said after it; "to" for what a
        holder is given ("sentenced Jo Bloggs to 25 years"); else ""."""
        spec = self.lexicon.spec(claim.predicate)
        if spec is not None and spec.given_noun:
            return "to"
        if claim.object or claim.predicate.startswith("open:"):
            return ""
        found = _DANGLING.search(self.label(claim.predicate))
        return found.group().strip() if found else ""

    def future(self, claim: Claim) -> bool:
        """Whether a lexicon claim's words put its act ahead ("Jo Bloggs will resign", "said he
        would not appeal", "is due to sign"), or its time is after its source was published
        ("the law takes effect next year"): it is then told as what would happen, not as
        done."""
        day = self.published.get(claim.source)
        when = claim.time.earliest if claim.time is not None else None
        # (a scheduled event's time is the date it is set for, not the setting's: "sentencing
        # was scheduled for July 11")
        if day is not None and when is not None and when > day and claim.predicate != "schedule":
            return True
        key = (claim.text, claim.predicate)
        ahead = self._ahead.get(key)
        if ahead is None:
            found = None
            if _AHEAD_WORD.search(claim.text):  # most texts have none: no need to find the verb
                found = next(
                    (m for m in self.lexicon.find(claim.text) if m.predicate == claim.predicate),
                    None,
                )
            ahead = found is not None and bool(_AHEAD.search(claim.text[: found.start]))
            self._ahead[key] = ahead
        return ahead

    def only(self, source_ids: Iterable[str]) -> str:
        """Who alone says something: one source's label, or a family's labels as copies of
        one another ("Only A, B (copies of one another) says: ...")."""
        labels = self.labels(source_ids)
        if len(labels) == 1:
            return next(iter(labels))
        return f"{listed(labels)} (copies of one another)"

    def labels(self, source_ids: Iterable[str]) -> set[str]:
        """The distinct labels of ``source_ids`` (each source labelled once)."""
        known = self._labels
        return {known.get(s) or s for s in set(source_ids)}

    def sources_named(self, source_ids: Iterable[str]) -> str:
        """The labels of ``source_ids`` as a summary names them (see :func:`listed`)."""
        return listed(self.labels(source_ids))

    def source_label(self, source_id: str) -> str:
        """A source as people name it: its outlet, or its id."""
        return self._labels.get(source_id) or source_id


_FINDING_FIELDS = set(Finding.model_fields)


# Entity kinds that name someone or somewhere in particular (a description does not).
_NAMED_KINDS = ("person:", "org:", "organisation:", "country:", "name:", "place:", "polity:")


def check_worthiness(claim: Claim) -> float:
    """How much a claim deserves a fact-checker's time, in [0, 1]: a figure, named actors, a
    date and a place make it checkable; an open predicate with nothing named, a hedge or a
    fragment without an object, value or figure make it the reader's last concern.

    >>> from claimcheck.model import Source, Span, Quantity
    >>> src = Source(id="s", text="x" * 40)
    >>> figure = Claim(id="s#1", source="s", subject="country:pe", predicate="kill",
    ...                quantity=Quantity(low=9, high=9, text="9"), evidence=Span.of(src, 0, 9))
    >>> fragment = Claim(id="s#2", source="s", subject="description:tragedy",
    ...                  predicate="open:begin", evidence=Span.of(src, 0, 9))
    >>> check_worthiness(figure) > 0.6 > 0.2 > check_worthiness(fragment)
    True
    """
    score = 0.0
    if claim.quantity is not None:
        score += 0.35
    named = [n for n in (claim.subject, claim.object) if n and n.startswith(_NAMED_KINDS)]
    score += 0.2 if named else 0.0
    score += 0.05 if len(named) > 1 else 0.0
    if claim.time is not None:
        score += 0.15
    if claim.location:
        score += 0.1
    if not claim.predicate.startswith("open:"):
        score += 0.15
    elif claim.object is None and claim.value is None and claim.quantity is None:
        score -= 0.15  # "the tragedy began": a fragment
    if claim.modality == "hedged":
        score -= 0.1
    if claim.attributed_to:
        score += 0.05
    return round(min(max(score, 0.0), 1.0), 3)


def _worth(claims: Sequence[Claim]) -> float:
    """The highest check-worthiness of ``claims``, scored once per distinct shape of claim (a
    figure that a thousand sources give is a thousand claims of a few shapes)."""
    if len(claims) == 1:
        return check_worthiness(claims[0])
    scores: dict[tuple[object, ...], float] = {}
    for c in claims:
        shape = (
            c.quantity is None, c.subject, c.object, c.time is None, c.location, c.predicate,
            c.value is None, c.modality, c.attributed_to is None,
        )  # fmt: skip
        if shape not in scores:
            scores[shape] = check_worthiness(c)
    return max(scores.values(), default=0.0)


_BULLET = re.compile(r"^[-–—•*]\s+")
# A preposition that ends a verb phrase whose object is not given.
_DANGLING = re.compile(r"\s+(?:on|against|with|to|of|for|from|in|at|by|into|over)$")
_TRAILING = " .;,:"


# A clause that opens with a pronoun (after its quotation mark, if any), and the kinds of
# entity each pronoun can stand for.
_OPENING_PRONOUN = re.compile(r"[\"“]?(he|she|it)\b", re.IGNORECASE)
_PRONOUN_KINDS = {
    "he": ("person",),
    "she": ("person",),
    "it": ("organisation", "org", "country", "polity", "name"),
}


def quoted(text: str) -> str:
    """A clause in quotation marks, as a summary shows it: without its last punctuation, a list
    item's bullet, or a quotation mark the clause's cut left open at either end (one opened
    inside it is closed).

    >>> quoted('the parents were distraught."')
    '“the parents were distraught”'
    >>> quoted('"No one was found alive.')
    '“No one was found alive”'
    >>> quoted('- Buildings collapsed in the old city.')
    '“Buildings collapsed in the old city”'
    >>> quoted('the takeover was the "best solution"')
    '“the takeover was the "best solution"”'
    >>> quoted('"rescue of injured passengers has been completed"')
    '“rescue of injured passengers has been completed”'
    >>> quoted('Zenda would pay for its "big mistake.')
    '“Zenda would pay for its "big mistake"”'
    """
    text = _BULLET.sub("", text.strip()).rstrip(_TRAILING)
    for opening, closing in (('"', '"'), ("“", "”")):
        inner = text[1:-1]
        if text[:1] == opening and text[-1:] == closing and opening not in inner:
            # a quotation whole: the summary's own marks stand for its
            text = inner.strip().rstrip(_TRAILING)
    if text.count('"') % 2:
        if text.startswith('"'):
            text = text[1:]
        elif text.endswith('"'):
            text = text[:-1].rstrip(_TRAILING)
        elif text[text.rindex('"') - 1].isspace():
            text += '"'  # a quotation the clause's cut left open is closed where it ends
    if text.startswith("“") and text.count("“") > text.count("”"):
        text = text[1:]
    if text.endswith("”") and text.count("”") > text.count("“"):
        text = text[:-1].rstrip(_TRAILING)
    return f"“{text}”"


# Claims in report order: by source, then place in the source (a C-level key: findings and
# reports sort hundreds of thousands of claims).
REPORT_ORDER = operator.attrgetter("source", "evidence.start", "id")
_SPAN_PLACE = operator.attrgetter("source", "start", "end")
_SOURCE = operator.attrgetter("source")


# Pronouns a count may be "of" ("179 of them", "three of those"): no unit to name.
_COUNTED_PRONOUNS = frozenset({"them", "those", "these", "us", "you", "whom", "which"})


def counted_as(count: str, unit: str | None) -> str:
    """A count printed with the noun it counts: "four diplomats", "hundreds of people" (not
    "hundreds people"); the count alone for no noun, or a pronoun ("killing 179 of them":
    179)."""
    if not unit or unit in _COUNTED_PRONOUNS:
        return count
    return f"{count}{' of' if _MANY.search(count) else ''} {unit}"


def evidence_of(claims: Sequence[Claim]) -> tuple[list[Span], list[str]]:
    """A finding's evidence and sources given its claims: one span per place quoted, and each
    source once, in report order."""
    if len(claims) == 1:  # most findings of a large corpus: one source's claim
        (only,) = claims
        return [only.evidence], [only.source]
    # Report order is source order when no source gives two of the claims (thousands of
    # outlets giving a figure once each): sorted by a plain key, then the full one only when
    # a source repeats.
    ordered = sorted(claims, key=_SOURCE)
    sources = list(map(_SOURCE, ordered))
    if not any(map(operator.eq, sources, sources[1:])):
        # each source once: each span is a place of its own (a claim's evidence quotes its
        # own source), with no table of places to tell equal ones apart
        return [c.evidence for c in ordered], sources
    ordered.sort(key=REPORT_ORDER)
    evidence = [c.evidence for c in ordered]
    # equal places quote the same words
    places = dict(zip(map(_SPAN_PLACE, evidence), evidence, strict=True))
    return list(places.values()), list(dict.fromkeys(sources))


def make_finding(
    kind: FindingKind,
    claims: Sequence[Claim],
    summary: str,
    explanation: str = "",
    *,
    conflict: ConflictKind | None = None,
    notes: Sequence[str] = (),
    in_conflict: bool = False,
    figure: Figure | None = None,
) -> Finding:
    """A finding over ``claims``, with their evidence in a stable order and an order-free id."""
    spans, sources = evidence_of(claims)
    if len(claims) == 1:  # most findings of a large corpus: one source's claim
        ids = [claims[0].id]
    else:
        # ids sort in linear time when the claims come in id order (a block's do): findings
        # of a large corpus hold 100,000s of claims
        ids = sorted([c.id for c in claims])
        if any(map(operator.eq, ids, ids[1:])):  # a claim given twice
            ids = list(dict.fromkeys(ids))
    digest = hashlib.sha1(("|".join([kind, conflict or "", *ids])).encode()).hexdigest()[:10]
    summary = summary[:1].upper() + summary[1:]
    # Every value here is built from validated claims and spans: construct without validating
    # the spans again (a million-claim report makes hundreds of thousands of findings).
    return construct(
        Finding,
        {
            "id": f"{kind}-{digest}",
            "kind": kind,
            "conflict": conflict,
            "summary": summary,
            "explanation": explanation,
            "claims": ids,
            "evidence": spans,
            "sources": sources,
            "in_conflict": in_conflict,
            "notes": sorted(set(notes)),
            "figure": figure,
            "resolution": None,
            "worth": _worth(claims),
        },
        _FINDING_FIELDS,
    )


def _denied(claim: Claim, opposites: Collection[str] = ()) -> bool:
    """Whether an open claim is shown as "denied: ..." (negated, and its words do not say so,
    by a negation or by a verb of ``opposites``: "X was acquitted" says "not convicted")."""
    if claim.polarity != "negated" or _SAYS_NO.search(claim.text):
        return False
    return not any(word in opposites for word in fold(claim.text).split())


def _quoted(finding: Finding, claims: Mapping[str, Claim]) -> Claim | None:
    """The claim whose clause a finding quotes (its first, when it is an open claim: a lexicon
    claim is summarised in other words)."""
    first = claims[finding.claims[0]]
    if not first.predicate.startswith("open:") or first.modality == "retracted":
        return None
    return first


def _plain(finding: Finding, claims: Mapping[str, Claim]) -> bool:
    """Whether every claim of a finding is a clause stating no figure."""
    return all(
        (c := claims[cid]).predicate.startswith("open:") and c.measure is None
        for cid in finding.claims
    )


def _holds(outer: Finding, inner: Finding, claims: Mapping[str, Claim]) -> bool:
    """Whether each claim of ``inner`` is quoted by a claim of ``outer`` from its source (and
    not shown as denied there unless it is shown so itself)."""
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for cid in outer.claims:
        c = claims[cid]
        if c.predicate.startswith("open:"):
            by_source[c.source].append(c)
    for cid in inner.claims:
        a = claims[cid]
        words = a.text.lower().rstrip(".!?;:, ")
        if not any(
            words in b.text.lower() and (_denied(a) or not _denied(b)) for b in by_source[a.source]
        ):
            return False
    return True


def _merged(
    group: Sequence[Finding], claims: Mapping[str, Claim], summary: str | None = None
) -> Finding:
    """One finding of ``group``'s claims, told as its first finding is (or by ``summary``)."""
    head = group[0]
    return make_finding(
        head.kind,
        [claims[c] for f in group for c in f.claims],
        head.summary if summary is None else summary,
        head.explanation,
        notes=[n for f in group for n in f.notes],
        in_conflict=head.in_conflict,
    )


def _fold(same: list[Finding], claims: Mapping[str, Claim]) -> list[Finding]:
    """Findings of one kind, sources and sentences with those whose clauses another one quotes
    folded into it (see :func:`fold_nested`)."""
    if len(same) == 1:
        return same
    # longest quote first, so that a clause folds into the longest one that holds it; of
    # equal quotes, a figure's first (it says more: "for $3 billion (amount: $3 billion)")
    # (a clause's closing stop is no more words: "ordered X to forfeit $11 billion." holds
    # no more than the figure's "... to forfeit $11 billion")
    size = {f.id: len(claims[f.claims[0]].text.rstrip(".!?;:, ")) for f in same}
    plain = {f.id: _plain(f, claims) for f in same}
    quoted = {f.id: _quoted(f, claims) is not None for f in same}
    same = sorted(same, key=lambda f: (-size[f.id], plain[f.id], f.id))
    kept: list[Finding] = []
    folded: dict[str, list[Finding]] = defaultdict(list)
    for f in same:
        home = (
            next((k for k in kept if quoted[k.id] and _holds(k, f, claims)), None)
            if plain[f.id]
            else None
        )
        if home is None:
            kept.append(f)
        else:
            folded[home.id].append(f)
    return [_merged([k, *folded[k.id]], claims) if folded[k.id] else k for k in kept]


def _given(claim: Claim) -> Quantity:
    assert claim.quantity is not None
    return claim.quantity


def _in_unit(claim: Claim) -> str:
    """A figure's value as printed, with its currency or unit when the print has no sign of it
    ("100 billion CHF", "$54 billion")."""
    text = _given(claim).text
    signed = any(sign in text for sign in "$€£¥₹") or not claim.population
    return text if signed else f"{text} {claim.population}"


@functools.lru_cache(maxsize=4096)
def as_said(printed: str) -> str:
    """A value as a summary says it mid-sentence: "at least four", "thirty-eight", not the
    capital the value had at the head of its sentence ("At least four people were killed");
    a name's capital stays ("Category 3").

    >>> as_said("Only five"), as_said("At least 12"), as_said("Category 3")
    ('only five', 'at least 12', 'Category 3')
    """
    first = printed.split(" ", 1)[0]
    if not (first[:1].isupper() and first[1:].islower()):
        return printed
    lowered = printed[:1].lower() + printed[1:]
    if first.lower() in _FOCUS:
        return lowered  # "Only five bodies had been recovered": "only five"
    found = find_quantities(lowered)
    return lowered if found and found[0][0] == 0 else printed


def unsigned(said: str, measure: str | None) -> str:
    """A percentage's value without the sign its label says: "between 58.3 and 60.7" (per
    cent), as "58.3" is printed for "58.3%"."""
    return said.replace("%", "") if measure == "percent" else said


# Words that stress a figure printed before it ("only five", "just 12"): never a name's.
_FOCUS = frozenset({"only", "just", "merely", "barely", "exactly", "precisely"})


def figure_said(claim: Claim) -> str:
    """A figure's value as a finding of one source states it: as printed mid-sentence, with
    whom or where it counts when the print does not say ("169 Indian nationals", "at least 19
    in Hentzau province"); the injured's condition is said with the label instead."""
    said = unsigned(as_said(_given(claim).text), claim.measure)
    population = claim.population
    last = population.split()[-1] if population else ""
    if claim.measure == "injured" or not population or last in said:
        return said
    # a place ("in Hentzau province") or people of a kind ("Ruritanian nationals", "crew"),
    # not what a measure's value is of ("level", "to uphold", a currency, a place's name)
    place = population.startswith("in ") and population != "in all"
    kind = (
        last.islower()
        and not population.startswith(("to ", "in "))  # (a vote's motion: "to uphold the bans")
        and (last.endswith("s") or last in _PEOPLE_WORDS)
    )
    return f"{said} {population}" if place or kind else said


# Plural nouns of people without a plural ending: "22 crew", "five men".
_PEOPLE_WORDS = frozenset({"crew", "men", "women", "children", "people", "staff", "police"})


def _fold_values(same: list[Finding], claims: Mapping[str, Claim]) -> list[Finding]:
    """Uncorroborated figures of one clause that differ only in their unit or currency (an
    amount and its conversion in brackets, "100 billion francs (about 101 billion euros)"):
    one finding stating both values (see :func:`fold_nested`)."""
    first: dict[str, Claim] = {}  # the figure each finding's summary states
    kinds: dict[tuple[object, ...], list[Finding]] = defaultdict(list)
    out = []
    for f in same:
        c = next(
            (
                c
                for cid in f.claims
                if (c := claims[cid]).measure is not None
                and c.quantity is not None
                and f.summary.endswith(f": {figure_said(c)}).")
            ),
            None,
        )
        if c is None:
            out.append(f)
        else:
            first[f.id] = c
            kinds[(c.text, c.measure, c.polarity)].append(f)
    for group in kinds.values():
        if len({first[f.id].population for f in group}) < 2:
            out.extend(group)
            continue
        # the amount as printed first, then its conversions (approximate: a day's rate)
        group.sort(key=lambda f: (_given(first[f.id]).approximate, f.id))
        head = group[0]
        values = " / ".join(dict.fromkeys(_in_unit(first[f.id]) for f in group))
        summary = f"{head.summary[: -len(figure_said(first[head.id])) - 2]}{values})."
        out.append(_merged(group, claims, summary))
    return out


# Claims to look up by id: in a sequence, or a mapping by their ids (a caller that looks up
# many claims in one large corpus builds the mapping once).
Claims = Sequence[Claim] | Mapping[str, Claim]


def _lookup(claims: Claims, ids: set[str]) -> dict[str, Claim]:
    """The claims with the given ids (from a sequence in one pass, without a dictionary of
    every claim)."""
    if isinstance(claims, Mapping):
        return {i: claims[i] for i in ids if i in claims}
    return {c.id: c for c in claims if c.id in ids}


def fold_nested(
    findings: Sequence[Finding],
    claims: Claims,
    counting: Mapping[str, MeasureSpec] | None = None,
) -> list[Finding]:
    """Findings with every clause that a longer clause of the same sentences already quotes
    folded into the longer one's finding ("to order a probe" inside "led the ministry to order
    a probe", alone or agreed by the same sources): one finding with all the claims and their
    evidence, not two a reader must tell apart. With ``counting`` (the measure of each counting
    predicate, the measures table's ``by_predicate``), an act told alone in the words of a figure it counts, agreed or contested, is
    left out (:func:`_figured_apart`).

    Only plain clauses fold (open claims stating no figure), into a finding of the same kind,
    sources and sentences, and never into a clause shown as denied unless shown so too:
    "denied: to confirm that rescue was under way" does not hide "rescue was under way". A
    negation, a hedge or a speaker stays in the longer quote's words ("would not respect",
    "only if losses are incurred"). An amount and its bracketed conversion that one source
    alone gives are one finding stating both values (:func:`_fold_values`). The result does not
    depend on the order of ``findings``.
    """
    maybe = [
        f
        for f in findings
        if f.kind in ("uncorroborated", "agreement") and f.figure is None and not f.in_conflict
    ]
    first = _lookup(claims, {f.claims[0] for f in maybe})
    groups: dict[tuple[object, ...], list[Finding]] = defaultdict(list)
    for f in maybe:
        if first[f.claims[0]].modality != "retracted" and (  # a correction's own finding
            f.kind == "uncorroborated" or _quoted(f, first) is not None
        ):
            groups[(f.kind, tuple(f.sources))].append(f)
    grouped = {f.id for group in groups.values() for f in group}
    out = [f for f in findings if f.id not in grouped]
    # findings of one kind and sources quoting the same sentences: only those can fold (a
    # finding alone in its sentences stays as it is)
    places: list[list[Finding]] = []
    for group in groups.values():
        by_place: dict[tuple[object, ...], list[Finding]] = defaultdict(list)
        for f in group:
            by_place[tuple(map(_SPAN_PLACE, f.evidence))].append(f)
        places.extend(by_place.values())
    # every claim of the findings that may fold, looked up once
    crowded = [same for same in places if len(same) > 1]
    held = _lookup(claims, {cid for same in crowded for f in same for cid in f.claims})
    for same in places:
        if len(same) == 1:
            out.extend(same)
            continue
        folded = _fold(same, held)
        out.extend(_fold_values(folded, held) if same[0].kind == "uncorroborated" else folded)
    return _told_once(_figured_apart(out, claims, counting or {}), claims)


def _figured_apart(
    findings: list[Finding], claims: Claims, counting: Mapping[str, MeasureSpec]
) -> list[Finding]:
    """Findings without an uncorroborated act that a figure's agreement or conflict counts in
    the same words of the same source: "The death toll from the collapse has risen to 16" is
    that source's word for the deaths, agreed as a figure, not also the act of killing told
    alone. ``counting`` gives the measure each counting predicate's figure has ("kill":
    the deaths); another act of the sentence ("An avalanche buried skiers, killing five") stays."""
    told = [
        f
        for f in findings
        if f.kind == "uncorroborated" and f.figure is None and not f.in_conflict and f.evidence
    ]
    if not told:
        return findings
    # the measures of the figures quoting those words (only those: a figure's evidence runs to
    # hundreds of thousands of spans in a corpus of one event's restatements)
    wanted = {_SPAN_PLACE(span) for f in told for span in f.evidence}
    telling = {sid for f in told for sid in f.sources}
    figured: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for f in findings:
        if (
            f.figure is not None
            and f.kind in ("agreement", "conflict")
            and not telling.isdisjoint(f.sources)
        ):
            for span in f.evidence:
                if (place := _SPAN_PLACE(span)) in wanted:
                    figured[place].add(f.figure.measure)
    told = [f for f in told if all(_SPAN_PLACE(span) in figured for span in f.evidence)]
    held = _lookup(claims, {cid for f in told for cid in f.claims})
    gone = {
        f.id
        for f in told
        if all(
            (c := held.get(cid)) is not None
            and c.quantity is None
            and (spec := counting.get(c.predicate)) is not None
            and spec.id in figured[_SPAN_PLACE(c.evidence)]
            for cid in f.claims
        )
    }
    return [f for f in findings if f.id not in gone]


def _told_once(findings: list[Finding], claims: Claims) -> list[Finding]:
    """Uncorroborated findings of the same sources told in the same words as one finding with
    all their claims: two clauses of one sentence (a toll's rise and the deaths it counts)
    quoted whole are one quote to a reader, not two. So is a quote told once with the figure
    it states and once without ("... rose to 122 on Tuesday" (dead: 122), and the same words
    for the deaths the toll implies): one finding, told with the figure."""
    said: dict[tuple[tuple[str, ...], str], list[Finding]] = defaultdict(list)
    for f in findings:
        if f.kind == "uncorroborated" and not f.in_conflict:
            said[(tuple(f.sources), _FIGURE_TOLD.sub("", f.summary))].append(f)
    twice: list[tuple[list[Finding], str]] = []
    for (_, bare), group in said.items():
        told = sorted({f.summary for f in group} - {bare})
        if len(told) > 1:
            # several figures of one quote, each its own (each told alike still once)
            alike: dict[str, list[Finding]] = defaultdict(list)
            for f in group:
                alike[f.summary].append(f)
            twice.extend((same, summary) for summary, same in alike.items() if len(same) > 1)
        elif len(group) > 1:
            twice.append((group, told[0] if told else bare))
    if not twice:
        return findings
    held = _lookup(claims, {cid for group, _ in twice for f in group for cid in f.claims})
    merged: dict[str, Finding] = {}
    gone: set[str] = set()
    for group, summary in twice:
        ordered = sorted(group, key=lambda f: f.id)
        merged[ordered[0].id] = _merged(ordered, held, summary)
        gone.update(f.id for f in ordered[1:])
    return [merged.get(f.id, f) for f in findings if f.id not in gone]


# A figure a finding of one source tells after its quote: "... on Tuesday” (dead: 122)."
_FIGURE_TOLD = re.compile(r"(?<=”) \([^()]*\)(?=\.$)")


# Two quotes of copies are one clause when they differ by no more than an edit.
COPY_SIMILARITY = 90.0


def merge_copies(
    findings: Sequence[Finding],
    claims: Claims,
    family: Mapping[str, str],
    describe: Describer,
) -> list[Finding]:
    """Uncorroborated clauses of copies of one story, edited apart ("The accident, about 220
    kilometers ..." / "The crash, about 220 kilometers ..."), as one finding of the family:
    the edit put them in different blocks, and a reader would dismiss the second.

    Only plain clauses merge (open claims stating no figure), from different sources of one
    family, whose folded quotes have a similarity of at least ``COPY_SIMILARITY``. Candidates
    share a run of three words, so the cost stays near-linear in the findings. The result
    does not depend on the order of ``findings``.
    """
    maybe = [
        f
        for f in findings
        if f.kind == "uncorroborated"
        and f.figure is None
        and len({family[s] for s in f.sources}) == 1
    ]
    # only a family with two sources can have copies to merge: the others' claims are not
    # looked up (most findings of a large corpus are one source's own)
    spread: dict[str, set[str]] = defaultdict(set)
    for f in maybe:
        spread[family[f.sources[0]]].update(f.sources)
    maybe = [f for f in maybe if len(spread[family[f.sources[0]]]) > 1]
    if len(maybe) < 2:
        return list(findings)
    held = _lookup(claims, {cid for f in maybe for cid in f.claims})
    by_family: dict[str, list[Finding]] = defaultdict(list)
    for f in maybe:
        if _plain(f, held) and held[f.claims[0]].modality != "retracted":
            by_family[family[f.sources[0]]].append(f)
    merged: dict[str, Finding] = {}  # the id of each merged finding's first: the merged one
    gone: set[str] = set()
    for fam in sorted(by_family):
        group = sorted(by_family[fam], key=lambda f: (f.summary, f.id))
        if len({s for f in group for s in f.sources}) < 2:
            continue
        clusters: list[list[Finding]] = []
        texts: list[str] = []  # each cluster's first quote, folded
        held_by: list[set[str]] = []  # each cluster's sources
        index: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for f in group:
            text = fold(held[f.claims[0]].text)
            words = text.split()
            runs = {tuple(words[k : k + 3]) for k in range(max(1, len(words) - 2))}
            home = next(
                (
                    k
                    for k in sorted({k for run in runs for k in index.get(run, ())})
                    if held_by[k].isdisjoint(f.sources)
                    and fuzz.ratio(texts[k], text) >= COPY_SIMILARITY
                ),
                None,
            )
            if home is None:
                clusters.append([f])
                texts.append(text)
                held_by.append(set(f.sources))
                for run in runs:
                    index[run].append(len(clusters) - 1)
            else:
                clusters[home].append(f)
                held_by[home].update(f.sources)
        for cluster in clusters:
            if len(cluster) < 2:
                continue
            who = describe.only(s for f in cluster for s in f.sources)
            said = cluster[0].summary.split(" says: ", 1)[-1]
            summary = f"Only {who} says: {said}"
            merged[cluster[0].id] = _merged(cluster, held, summary)
            gone.update(f.id for f in cluster[1:])
    return [merged.get(f.id, f) for f in findings if f.id not in gone]
