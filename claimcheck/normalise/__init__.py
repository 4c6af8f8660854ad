"""Normalisation: the canonical forms that make claims from different sources comparable.

Entities (gazetteer, aliases, transliteration and spelling variants), time expressions as
ranges, numbers and ordinals, and the predicate lexicon.

>>> from claimcheck.normalise import fold, translit_key
>>> fold("Côte d’Ivoire") == fold("cote d'ivoire")
True
"""

from __future__ import annotations

import operator
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping

from claimcheck._build import evolve
from claimcheck.errors import UsageError
from claimcheck.model import Claim, Quantity
from claimcheck.normalise._entities import FUZZY_THRESHOLD, EntityRegistry, same_name
from claimcheck.normalise._fold import fold, slug, translit_key
from claimcheck.normalise._numbers import find_quantities, ordinal_value, word_number
from claimcheck.normalise._predicates import Lexicon, default_lexicon, load_lexicon
from claimcheck.normalise._time import find_times, parse_date

__all__ = [
    "FUZZY_THRESHOLD",
    "EntityRegistry",
    "Lexicon",
    "default_lexicon",
    "find_quantities",
    "find_times",
    "fold",
    "load_aliases",
    "load_lexicon",
    "normalise_claims",
    "ordinal_value",
    "parse_date",
    "same_name",
    "slug",
    "translit_key",
    "word_number",
]

_ID = re.compile(r"^[a-z]+:[\w+.-]+$")


_NAMED = ("subject", "object", "location", "attributed_to")
_NAMES = operator.attrgetter(*_NAMED)
_LISTED = ("after", "before")


def normalise_claims(
    claims: Iterable[Claim],
    aliases: Mapping[str, str] | None = None,
    *,
    synonyms: Callable[[Iterable[str]], Mapping[str, str]] | None = None,
) -> tuple[list[Claim], EntityRegistry]:
    """Claims with every name replaced by its canonical entity id, and the registry used.

    Names that already are ids (``country:kp``) are kept, so normalising twice changes nothing.
    ``synonyms`` gives more aliases from the names used (descriptions by synonyms, see
    ``MeasureTable.synonym_aliases``); ``aliases`` win over them.

    >>> from claimcheck.model import Source, Span
    >>> src = Source(id="s", text="Canberra cut ties with Ottawa.")
    >>> c = Claim(id="s#1", source="s", subject="Canberra", predicate="sever_ties",
    ...           object="Ottawa", evidence=Span.of(src, 0, 29))
    >>> out, _ = normalise_claims([c])
    >>> out[0].subject, out[0].object
    ('country:au', 'country:ca')
    """
    return _normalised(claims, aliases, synonyms, evolve)


def _normalised(
    claims: Iterable[Claim],
    aliases: Mapping[str, str] | None,
    synonyms: Callable[[Iterable[str]], Mapping[str, str]] | None,
    rename: Callable[[Claim, dict[str, object]], Claim],
) -> tuple[list[Claim], EntityRegistry]:
    """:func:`normalise_claims`, each claim whose names change given to ``rename`` with the
    changes (:func:`evolve` copies it; :func:`amend` changes the caller's own claims in place:
    a claim store's, read for one report, need no copies)."""
    claims = list(claims)
    used = Counter(n for c in claims for n in _names_of(c))
    naming = _Naming(used, aliases, synonyms)
    changes_of = naming.of
    out = []
    for c in claims:
        # Only the names change; the claim was validated when it was made and ids are plain
        # strings: copy it without validating again, and only when a name changes (at a
        # million claims, pydantic's own copies took seconds and gigabytes).
        changes = changes_of(c)
        out.append(rename(c, changes) if changes else c)
    return out, naming.registry


def _names_of(claim: Claim) -> Iterator[str]:
    """Every name a claim uses (its single names, then those it lists), as normalising
    counts them."""
    for n in (claim.subject, claim.object, claim.location, claim.attributed_to, *claim.after):
        if n:
            yield n
    yield from filter(None, claim.before)


class _Naming:
    """How a corpus's names are normalised: the registry of the names ``used`` (each counted
    as often as it is used, see :func:`_names_of`), and the changes that name a claim by it.

    ``synonyms`` gives more aliases from the names used (see :func:`normalise_claims`);
    ``aliases`` win over them.
    """

    def __init__(
        self,
        used: Mapping[str, int],
        aliases: Mapping[str, str] | None = None,
        synonyms: Callable[[Iterable[str]], Mapping[str, str]] | None = None,
    ) -> None:
        # A million claims name a few thousand things: each distinct name is told apart from
        # an id once, not once per claim.
        if synonyms is not None:
            aliases = {**synonyms(sorted(used)), **(aliases or {})}
        spelled = Counter({n: k for n, k in used.items() if not _ID.match(n)})
        registry = EntityRegistry(spelled, aliases)
        # (and the names other names are aliases of: "Acme sales" is "Acme revenue")
        owned = _owner_aliases(registry, sorted({*spelled, *(aliases or {}).values()}))
        if owned:
            # "Acme shares" and "Acme Corp shares" are one company's shares when "Acme" is
            # Acme Corp: named again with the owner as its entity is named (the user's aliases
            # win, and an alias of a name so named again is one of the new name)
            aliases = {**owned, **{k: owned.get(v, v) for k, v in (aliases or {}).items()}}
            registry = EntityRegistry(spelled, aliases)
        self.registry = registry
        self._known = registry.known_ids()
        self._forces = _forces_of(registry, sorted(spelled))
        self._teams = _teams_of(registry, sorted(spelled))
        self._team_names = {
            place: entity.name
            for place, tid in self._teams.items()
            if (entity := registry.entity(tid)) is not None
        }
        # a million claims hold a few thousand combinations of names: each is renamed once
        self._by_names: dict[tuple[str | None, ...], dict[str, object]] = {}
        self._prices: dict[str, str] = {}  # events, as :meth:`priced` names them

    def canon(self, name: str) -> str:
        """The id a name is normalised to (an id is kept)."""
        found = self._known.get(name)  # every name seen has its id already
        if found is not None:
            return found
        return name if _ID.match(name) else self.registry.id_of(name)

    def of(self, claim: Claim) -> dict[str, object]:
        """The fields that change when ``claim`` is normalised, with their new values (see
        :meth:`changes`)."""
        values = claim.__dict__
        changes = self.changes(_NAMES(claim), values["after"], values["before"])
        event = values["event"]
        if event and (priced := self.priced(event)) != event:
            changes = {**changes, "event": priced}
        teamed = self.teamed(
            claim.predicate, values["subject"], values["object"], event, values["quantity"]
        )
        return {**changes, **teamed} if teamed else changes

    def teamed(
        self,
        predicate: str,
        subject: str | None,
        obj: str | None,
        event: str | None,
        quantity: Quantity | None,
    ) -> dict[str, object]:
        """The fields that change when the sides of a result that a source names by their
        place alone ("Westmark beat Zenda 2-1") are named as the teams the corpus names in
        full ("Westmark Wolves"), from a claim's names as printed: the place's name stands
        for its one team in a result, never elsewhere."""
        if not self._teams or not ((event and " v " in event) or _CONTEST.match(predicate)):
            return {}
        teams = self._teams
        changes: dict[str, object] = {
            f: teams[n] for f, n in (("subject", subject), ("object", obj)) if n in teams
        }
        sides = event.split(" v ") if event else []
        if len(sides) == 2 and any(s in teams for s in sides):
            named = [self._team_names.get(s, s) for s in sides]
            ordered = sorted(named, key=fold)
            changes["event"] = " v ".join(ordered)
            if ordered != named and quantity is not None and quantity.low is not None:
                # the score is one number in the sides' order (g1 * 100 + g2): turned with them
                mine, theirs = divmod(int(quantity.low), 100)
                value = float(theirs * 100 + mine)
                changes["quantity"] = quantity.model_copy(update={"low": value, "high": value})
        return changes

    def priced(self, event: str) -> str:
        """An event that is the price of a named thing ("price of Acme Financial Services"),
        the fine of one ("Acme fine"), a company's thing (:func:`_owner_aliases`: "Acme
        revenue", "Acme Corp profit") or any named owner's ("Bloggs bribes"), named as its
        entity is ("price of Acme Financial", when that is the name used most; "Acme Corp
        fine"; "Acme revenue" of a corpus whose Acme Corp is Acme; "Jo Bloggs bribes"), so that
        two wordings of one thing's price, fine or figure meet; any other event as it is."""
        found = self._prices.get(event)
        if found is None:
            found = event
            head, of, name = event.partition("price of ")
            fine = not of and event.endswith(" fine")
            if fine:
                name = event.removesuffix(" fine")
            cid = self._known.get(name) if of or fine else None
            entity = self.registry.entity(cid) if cid else None
            if entity is not None and entity.name != name:
                found = f"{entity.name} fine" if fine else f"{head}{of}{entity.name}"
            elif owned := _owner_aliases(self.registry, [event], self._known):
                found = owned[event]
            else:
                found = self._owner_named(event)
            self._prices[event] = found
        return found

    def _owner_named(self, event: str) -> str:
        """An event of a named owner's thing, its last word ("Bloggs bribes"), with the owner
        named as its entity is ("Jo Bloggs bribes"); any other event as it is."""
        owner, _, thing = event.rpartition(" ")
        cid = self._known.get(owner) if owner else None
        entity = self.registry.entity(cid) if cid else None
        if entity is None or entity.type in ("description", "group") or entity.name == owner:
            return event
        return f"{entity.name} {thing}"

    def changes(
        self, names: tuple[str | None, ...], after: list[str], before: list[str]
    ) -> dict[str, object]:
        """The fields that change when a claim with these single ``names`` (subject, object,
        location, attributed_to) and these listed names is normalised, with their new values
        (a dictionary shared by claims with the same names: never change it)."""
        changes = self._by_names.get(names)
        if changes is None:
            changes = self._by_names[names] = self._renamed(names)
        if after or before:
            changes = dict(changes)  # (the shared one is never changed)
            for field, listed in zip(_LISTED, (after, before), strict=True):
                if listed and (canonicals := sorted({self.canon(n) for n in listed})) != listed:
                    changes[field] = canonicals
        return changes

    def _renamed(self, names: tuple[str | None, ...]) -> dict[str, object]:
        changes: dict[str, object] = {}
        for field, name in zip(_NAMED, names, strict=True):
            if field == "subject" and name in self._forces:
                changes[field] = self._forces[name]  # "Westmark troops shelled": Westmark did
                continue
            if name is not None and (canonical := self.canon(name)) != name:
                if field == "location" and canonical.startswith("person:"):
                    continue  # "near Westmark" is the place, not the Westmark District Collector
                changes[field] = canonical
        return changes


# The forces or agents of a state or body, named with it: "Westmark troops", "Acme guards".
_FORCES = re.compile(
    r"^(?P<owner>.+) (?:troops|soldiers|forces|agents|officers|snipers|guards|commandos|marines"
    r"|fighters|militants|gunmen|personnel)$"
)
_OWNERS = ("country:", "organisation:", "name:")


def _forces_of(registry: EntityRegistry, names: Iterable[str]) -> dict[str, str]:
    """The id of the state or body whose forces each of ``names`` names, when the corpus
    names that owner too: what "Westmark troops" or "Secret Service agents" do, their state or
    body does (as an actor only: "three Westmark soldiers were killed" were not Westmark)."""
    known = registry.known_ids()
    out: dict[str, str] = {}
    for name in names:
        found = _FORCES.match(name)
        if found is None:
            continue
        owner = known.get(found["owner"]) or registry.listed_id(found["owner"])
        if owner is not None and owner.startswith(_OWNERS) and registry.entity(owner):
            out[name] = owner
    return out


# The predicates of a result between two sides, whose sides a place's name may stand for:
# "Westmark beat Zenda", "Westmark won the cup" (after a paraphrase: "defeated" is "beat").
_CONTEST = re.compile(r"^open:(?:beat|win|lose|draw|tie|play|face|host)(?:_|$)")
# The last word of a team's name, its plural nickname after its place's name: "Westmark
# Wolves", "Zenda 76ers", "Strelsau Red Lions".
_NICKNAME = re.compile(r"(?:[A-Z][a-z]+|\d+[a-z]+)s")
# Plural last words of names that are no team's: bodies, places, parties.
_NOT_NICKNAMES = frozenset(
    {"States", "Nations", "Emirates", "Islands", "Isles", "Mountains", "Hills", "Heights",
     "Falls", "Springs", "Lakes", "Rapids", "Keys", "Plains", "Woods", "Highlands",
     "Territories", "Games", "Olympics", "Championships", "Airlines", "Airways", "Services",
     "Industries", "Holdings", "Systems", "Technologies", "Communications", "Motors",
     "Electronics", "Pharmaceuticals", "Chemicals", "Brands", "Foods", "Financials", "Works",
     "News", "Times", "Forces", "Affairs", "Democrats", "Republicans", "Liberals",
     "Conservatives", "Greens", "Socialists", "Guards", "Marines"}
)  # fmt: skip


def _teams_of(registry: EntityRegistry, names: Iterable[str]) -> dict[str, str]:
    """The id of the one team named by each place's name in ``names`` ("Westmark" for
    "Westmark Wolves"), where the corpus names that team in full and no other team of that
    place."""
    known = registry.known_ids()
    named = set(names)
    found: dict[str, set[str]] = {}
    for name in named:
        words = name.split()
        if len(words) < 2 or name not in known or not _NICKNAME.fullmatch(words[-1]):
            continue
        if words[-1] in _NOT_NICKNAMES:
            continue
        # the nickname is its last word, or its last two ("Strelsau Red Lions")
        for cut in (1, 2):
            place = " ".join(words[:-cut])
            if place in named and (cut == 1 or words[-2][:1].isupper()):
                found.setdefault(place, set()).add(known[name])
    return {place: next(iter(ids)) for place, ids in found.items() if len(ids) == 1}


# A company's shares or results named with the company before them: "Acme shares", "Initech
# Bank stock", "Acme revenue".
_OWNED = re.compile(
    r"^(?P<owner>.+) (?P<thing>shares|stock|revenue|sales|profit|earnings|net income)$"
)


def _owner_aliases(
    registry: EntityRegistry, names: Iterable[str], known: Mapping[str, str] | None = None
) -> dict[str, str]:
    """A named company's shares or stock ("Acme shares", "Acme stock"), and its revenue, sales,
    profit or earnings, named as the registry names the company ("Acme" is Acme Corp): "Acme
    Corp shares", "Acme Corp revenue". ``known``: the registry's ids by name, when at hand."""
    if known is None:
        known = registry.known_ids()  # (only owners named themselves: nothing is added)
    out: dict[str, str] = {}
    for name in names:
        found = _OWNED.match(name)
        if found is None:
            continue
        owner = known.get(found["owner"])
        entity = registry.entity(owner) if owner is not None else None
        if entity is None or entity.type in ("description", "group"):
            continue  # a named owner only: "food stock" is no company's
        # a company's stock is its shares: "Globex stock dropped 2.5%", "Globex shares fell"
        thing = "shares" if found["thing"] == "stock" else found["thing"]
        renamed = f"{entity.name} {thing}"
        if renamed != name:
            out[name] = renamed
    return out


def load_aliases(path: str | os.PathLike[str]) -> dict[str, str]:
    """A user alias file: YAML mapping a canonical name to a list of its other names.

    ``{"Freedonia": ["Republic of Freedonia", "Fredonia"]}`` makes every alias mean Freedonia.
    """
    from claimcheck.normalise._predicates import read_config

    data = read_config(path, "alias")
    if not isinstance(data, dict):
        raise UsageError("an alias file maps canonical names to lists of aliases", path=str(path))
    out: dict[str, str] = {}
    for canonical, names in data.items():
        if not isinstance(names, list):
            raise UsageError(f"aliases of {canonical!r} must be a list", path=str(path))
        for alias in names:
            out[str(alias)] = str(canonical)
    return out
