"""Measures: what a figure counts, from the words around it (``claimcheck/data/measures.yaml``).

A figure is a claim about a measure of an event ("12 dead in the fire") or of a thing ("Globex
shares fell 14%"). The table maps lexicon predicates, verb lemmas, counted or tally nouns and
unit words to measures, so that "A fire killed 12", "twelve people died" and "the death toll
rose to 12" are one figure. Users extend it with a ``measures:`` mapping in a lexicon file.

>>> table = default_measures()
>>> table.by_verb["die"].id, table.by_unit["miles"].id, table.by_noun["death toll"].id
('deaths', 'distance', 'deaths')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, Literal

import attrs

from claimcheck.errors import UsageError

__all__ = [
    "INVARIANT_PLURALS",
    "IRREGULAR_PLURALS",
    "Counted",
    "MeasureSpec",
    "MeasureTable",
    "build_measures",
    "default_measures",
    "description",
    "is_description",
    "plural",
    "read_measures",
    "singular",
]


IRREGULAR_PLURALS = {
    "buses": "bus", "viruses": "virus", "campuses": "campus", "gases": "gas", "men": "man",
    "women": "woman", "children": "child", "people": "person", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "lives": "life", "knives": "knife", "wives": "wife",
    "halves": "half", "shelves": "shelf", "thieves": "thief", "leaves": "leaf",
}  # fmt: skip
_PLURAL_OF = {one: many for many, one in IRREGULAR_PLURALS.items()}
# Nouns ending in "man" or "men" that are no compound of "man" ("gunman", "gunmen").
_NOT_MAN = frozenset(
    {"human", "humans", "german", "germans", "roman", "romans", "shaman", "shamans", "caiman",
     "caimans", "talisman", "talismans", "ottoman", "ottomans", "cayman", "doberman", "specimen",
     "regimen", "abdomen", "omen", "stamen", "acumen", "albumen", "bitumen", "cyclamen", "hymen",
     "lumen", "semen", "dolmen", "amen", "yemen", "oman", "woman", "women"}
)  # fmt: skip
# Nouns whose plural is the noun itself: "1,200 personnel", "two aircraft".
INVARIANT_PLURALS = frozenset(
    {"personnel", "staff", "crew", "police", "aircraft", "livestock", "cattle", "sheep", "deer",
     "fish", "equipment", "offspring", "series", "species"}
)  # fmt: skip


def plural(phrase: str) -> str:
    """The plural of a counted noun phrase's last word ("fire rescue team" -> "fire rescue
    teams"), as a report names a count.

    >>> plural("ambulance"), plural("body"), plural("coach"), plural("bus"), plural("child")
    ('ambulances', 'bodies', 'coaches', 'buses', 'children')
    >>> plural("personnel"), plural("gunman"), plural("human"), plural("mm")
    ('personnel', 'gunmen', 'humans', 'mm')
    >>> plural("schoolchild")
    'schoolchildren'
    """
    *rest, noun = phrase.split(" ") or [""]
    if noun in INVARIANT_PLURALS or (len(noun) <= 3 and not set(noun) & set("aeiouy")):
        many = noun  # "personnel"; an abbreviated unit, "mm", "kg"
    elif noun in _PLURAL_OF:
        many = _PLURAL_OF[noun]
    elif noun.endswith("man") and noun not in _NOT_MAN:
        many = noun[:-3] + "men"  # "gunman", "fisherman", "policewoman"
    elif noun.endswith("child"):
        many = noun + "ren"  # "schoolchild", "grandchild"
    elif noun.endswith("y") and len(noun) > 2 and noun[-2] not in "aeiou":
        many = noun[:-1] + "ies"
    elif noun.endswith(("ch", "sh", "x", "s", "z")):
        many = noun + "es"
    else:
        many = noun + "s"
    return " ".join([*rest, many])


def description(noun: str) -> str:
    """How a figure names an unnamed thing it is of: "institution" -> "the institution"."""
    return f"the {noun}"


def is_description(about: str | None) -> bool:
    """Whether a figure's ``event`` is a :func:`description` rather than a name ("Acme Bank")
    or the story's event ("main")."""
    return bool(about) and about.startswith("the ")  # type: ignore[union-attr]


def singular(noun: str) -> str:
    """A plural noun's singular, well enough to key counts ("ambulances" -> "ambulance").

    >>> singular("ambulances"), singular("bodies"), singular("coaches"), singular("buses")
    ('ambulance', 'body', 'coach', 'bus')
    >>> singular("peoples")  # a plural of a plural: as far as it goes, so that it is stable
    'person'
    >>> singular("gunmen"), singular("policewomen"), singular("specimen")
    ('gunman', 'policewoman', 'specimen')
    >>> singular("schoolchildren"), singular("children")
    ('schoolchild', 'child')
    """
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith("men") and noun not in _NOT_MAN:
        return noun[:-3] + "man"  # "gunmen", "firemen", "policewomen"
    if noun.endswith("children"):
        return noun[:-3]  # "schoolchildren", "grandchildren"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "sses", "zes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return IRREGULAR_PLURALS.get(noun[:-1], noun[:-1])
    return noun


@attrs.frozen(slots=True)
class MeasureSpec:
    """One measure: its id, how reports name it, and what it is about."""

    id: str
    label: str
    about: Literal["event", "subject"] = "event"
    convert: Mapping[str, float] = attrs.field(factory=dict)
    per_authority: bool = False
    evolves: bool = False
    intraday: bool = False
    # a change over a day (a share's move): values that their sentences date to different days
    # are two days' figures, never set against each other
    daily: bool = False
    # when given, a count by one of the measure's verbs is this measure only if what it counts
    # is one of these nouns (or a sub-population, or people): "three teams took part" counts
    # teams, not a crowd
    counts: frozenset[str] = frozenset()
    # groups that, counted by this measure, are all of it, not a part: "evacuated 4,000
    # residents" is everyone evacuated
    whole: frozenset[str] = frozenset()
    # a count announced before it is done: "plans to cut 1,500 jobs" is the figure, as "will
    # cut" is (a plan to kill is no toll)
    planned: bool = False
    # with per_authority, the words of which an unnamed credit must hold one to be a measuring
    # body ("the national seismological centre"); when empty, any credit is one
    bodies: frozenset[str] = frozenset()
    # the place a figure's sentence gives is the event's scene (where a storm made landfall,
    # where a quake struck), not a part of it with a figure of its own
    scene: bool = False


@attrs.frozen(slots=True)
class Counted:
    """A group of counted nouns that name one kind of thing: the noun the group is counted as,
    and the words (any one) the counting clause must hold for the group to apply."""

    noun: str
    within: frozenset[str] = frozenset()
    # the group a noun is in where ``within`` does not hold ("car" is a train's carriage in
    # a derailment, a vehicle elsewhere)
    otherwise: Counted | None = None


@attrs.frozen
class MeasureTable:
    """Measures indexed by the words that name them."""

    measures: Mapping[str, MeasureSpec]
    by_predicate: Mapping[str, MeasureSpec]
    by_verb: Mapping[str, MeasureSpec]
    by_noun: Mapping[str, MeasureSpec]
    by_unit: Mapping[str, MeasureSpec]
    groups: frozenset[str]
    counted: Mapping[str, Counted] = attrs.field(factory=dict)
    by_priced: Mapping[str, MeasureSpec] = attrs.field(factory=dict)
    by_described: Mapping[str, MeasureSpec] = attrs.field(factory=dict)
    by_holder: Mapping[str, MeasureSpec] = attrs.field(factory=dict)
    # counted nouns (singular) no measure counts: animals ("500,000 cattle died")
    animals: frozenset[str] = frozenset()
    # the measures a lexicon predicate or verb names (:meth:`counts_act`)
    acting: frozenset[str] = attrs.field(init=False)

    @acting.default
    def _acting(self) -> frozenset[str]:
        return frozenset(s.id for s in (*self.by_predicate.values(), *self.by_verb.values()))

    def spec(self, measure: str | None) -> MeasureSpec | None:
        """The measure ``measure`` (``None`` for counts of other things)."""
        return self.measures.get(measure or "")

    def counts_act(self, measure: str | None) -> bool:
        """Whether ``measure`` counts what an act was done to (a lexicon predicate or verb
        names it: the dead, the injured, the rescued), or is a plain count ("12 homes were
        destroyed": ``None`` or ``count:home``): not a size or a scale ("a 24-storey building",
        "magnitude 6.1", "$3 million").

        >>> default_measures().counts_act("deaths"), default_measures().counts_act("storeys")
        (True, False)
        """
        return measure is None or measure.startswith("count:") or measure in self.acting

    def label(self, measure: str) -> str:
        """How a report names ``measure``: "dead", or the counted noun of a plain count, in the
        plural ("ambulances")."""
        spec = self.measures.get(measure)
        if spec is not None:
            return spec.label
        return plural(measure.removeprefix("count:"))

    def synonym_aliases(self, names: Iterable[str]) -> dict[str, str]:
        """Descriptions whose last word (or last two, "freight train") is a synonym in a group
        that holds anywhere (no ``within`` words), as aliases of the description by the
        group's first noun: "quake" and "powerful quake" name what "earthquake" and "powerful
        earthquake" do; so does a description after its owner's name ("Zenda jobless rate").
        The synonym is in lower case, or one word opening a sentence ("Inflation"): a name
        ("Quake Lake") is none.

        >>> default_measures().synonym_aliases(["quake", "powerful quake", "Quake Lake"])
        {'quake': 'earthquake', 'powerful quake': 'powerful earthquake'}
        >>> default_measures().synonym_aliases(["freight train", "ruling", "Zenda jobless rate"])
        {'freight train': 'goods train', 'ruling': 'verdict', 'Zenda jobless rate': 'Zenda unemployment rate'}
        >>> default_measures().synonym_aliases(["developing nations", "walkouts", "the nation"])
        {'developing nations': 'developing countries', 'walkouts': 'strikes', 'the nation': 'the country'}
        """
        out: dict[str, str] = {}
        for name in names:
            words = name.split()
            # (one word capitalised, "Inflation rose to 3.1%", opens its sentence)
            opening = len(words) == 1 and name.istitle()
            for n in (2, 1):
                if len(words) < n:
                    continue
                tail = " ".join(words[-n:])
                if opening:
                    tail = tail.lower()
                elif not tail.islower():
                    continue  # a description is lower case; a name ("Quake Lake") is no synonym
                group = self.counted.get(tail)
                if group is not None and not group.within and group.noun != tail:
                    out[name] = " ".join([*words[:-n], group.noun])
                    break
        return out

    def counted_as(self, noun: str, context: set[str]) -> str:
        """The noun a count of ``noun`` is counted as: the first of its group of synonyms when
        the group holds in ``context`` (lemmas of the counting clause), else the first of the
        group it is in otherwise, if any, else ``noun``."""
        found = self.counted.get(noun)
        if found is not None and found.within and not found.within & context:
            found = found.otherwise
        return noun if found is None else found.noun


def _words(entry: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = entry.get(key) or []
    if not isinstance(value, list):
        raise UsageError(f"measures: {where}.{key} must be a list of words")
    return [str(v).lower() for v in value]


def build_measures(data: Mapping[str, Any]) -> MeasureTable:
    """A measure table from the ``measures:``, ``groups:`` and ``counted:`` of a lexicon's
    data."""
    measures: dict[str, MeasureSpec] = {}
    by_predicate: dict[str, MeasureSpec] = {}
    by_verb: dict[str, MeasureSpec] = {}
    by_noun: dict[str, MeasureSpec] = {}
    by_unit: dict[str, MeasureSpec] = {}
    by_priced: dict[str, MeasureSpec] = {}
    by_described: dict[str, MeasureSpec] = {}
    by_holder: dict[str, MeasureSpec] = {}
    for mid, entry in (data.get("measures") or {}).items():
        if not isinstance(entry, Mapping):
            raise UsageError(f"measures: {mid!r} needs a mapping")
        about = entry.get("about", "event")
        if about not in ("event", "subject"):
            raise UsageError(f"measures: {mid}.about must be 'event' or 'subject'")
        convert = {str(k).lower(): float(v) for k, v in (entry.get("convert") or {}).items()}
        per_authority = entry.get("per_authority", False)
        evolves = entry.get("evolves", False)
        intraday = entry.get("intraday", False)
        daily = entry.get("daily", False)
        planned = entry.get("planned", False)
        scene = entry.get("scene", False)
        flags = (per_authority, evolves, intraday, daily, planned, scene)
        if not all(isinstance(flag, bool) for flag in flags):
            raise UsageError(
                f"measures: {mid}.per_authority, .evolves, .intraday, .daily, .planned and "
                ".scene must be true or false"
            )
        spec = MeasureSpec(
            str(mid),
            str(entry.get("label", mid)),
            about,
            convert,
            per_authority,
            evolves,
            intraday,
            daily,
            frozenset(singular(w) for w in _words(entry, "counts", str(mid))),
            frozenset(singular(w) for w in _words(entry, "whole", str(mid))),
            planned,
            frozenset(_words(entry, "bodies", str(mid))),
            scene,
        )
        measures[spec.id] = spec
        for word in _words(entry, "predicates", str(mid)):
            by_predicate[word] = spec
        for word in _words(entry, "verbs", str(mid)):
            by_verb[word] = spec
        for word in _words(entry, "nouns", str(mid)):
            by_noun[word] = spec
        for word in _words(entry, "units", str(mid)):
            by_unit[word] = spec
        for word in _words(entry, "priced", str(mid)):
            by_priced[word] = spec
        for word in _words(entry, "described", str(mid)):
            by_described[word] = spec
        for word in _words(entry, "holders", str(mid)):
            by_holder[word] = spec
    groups = frozenset(str(g).lower() for g in data.get("groups") or [])
    counted: dict[str, Counted] = {}
    for k, entry in enumerate(data.get("counted") or []):
        nouns = _words(entry, "nouns", f"counted[{k}]") if isinstance(entry, Mapping) else []
        if not nouns:
            raise UsageError(f"counted: {entry!r} needs a mapping with a list of nouns")
        group = Counted(nouns[0], frozenset(_words(entry, "within", f"counted[{k}]")))
        for noun in nouns:
            held = counted.get(noun)
            if held is not None and held.within and not group.within:
                # a noun of a group that holds in some clauses, and of this one elsewhere
                counted[noun] = attrs.evolve(held, otherwise=group)
            else:
                counted[noun] = group
    animals = frozenset(singular(w) for w in _words(data, "animals", "animals"))
    return MeasureTable(
        measures, by_predicate, by_verb, by_noun, by_unit, groups, counted, by_priced,
        by_described, by_holder, animals,
    )  # fmt: skip


def read_measures() -> dict[str, Any]:
    """The shipped measures file, as data (``measures``, ``groups``, ``counted``, ``animals``)."""
    from claimcheck.sources._claimfile import safe_yaml

    text = resources.files("claimcheck.data").joinpath("measures.yaml").read_text("utf-8")
    data = safe_yaml(text, "measures.yaml")
    assert isinstance(data, dict)
    return data


@functools.lru_cache(maxsize=1)
def default_measures() -> MeasureTable:
    """The shipped measure table, built once."""
    return build_measures(read_measures())
