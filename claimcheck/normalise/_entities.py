"""The entity registry: one canonical id per real-world entity across all sources.

Names come from claims as written ("Abu Dhabi", "UAE", "Kim Min-jun", "Strelsau
Region"). Gazetteer names, capitals and demonyms map to their country; other names are grouped
by their transliteration key and then merged with close spellings (rapidfuzz, after folding)
unless the pair is a known kind of near miss: a name that only extends another (Niger/Nigeria),
or two names the gazetteer knows as different entities (Austria/Australia). Surnames and
acronyms used alone join the one full name they fit.

Clustering is order-independent: the same set of names gives the same ids whatever the order
of the sources.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process

from claimcheck._build import construct
from claimcheck._unionfind import find, union
from claimcheck.model import Entity
from claimcheck.normalise._fold import fold, slug, translit_key
from claimcheck.normalise._gazetteer import gazetteer, token_words

__all__ = ["FUZZY_THRESHOLD", "EntityRegistry", "same_name"]

FUZZY_THRESHOLD = 90.0
_STANCE = re.compile(
    r"^(?:the\s+)?(?:so-called|self-proclaimed|self-declared|self-styled|breakaway|unrecognised|"
    r"unrecognized)\s+",
    re.IGNORECASE,
)
# Words before a party's or a bloc's name that say where it stands, no part of the name: "the
# opposition Congress party", "the ruling Zenda People's Party", "far-right Westmark First".
_STANDING = re.compile(
    r"^(?:the\s+)?(?:(?:main|ruling|governing|opposition|centre-left|center-left|centre-right"
    r"|center-right|far-right|far-left|right-wing|left-wing|hard-right|hardline|junior|senior"
    r"|coalition)\s+)+(?=[A-Z])"
)
# Words that make a name an organisation's ("Interior Ministry", "Geological Survey").
ORG_WORDS = frozenset(
    {
        "Agency", "Ministry", "Office", "Council", "Committee", "Party", "Army", "Forces", "Bank",
        "Union", "Organisation", "Organization", "Association", "Institute", "University", "Court",
        "Commission", "Company", "Corporation", "Group", "Front", "Movement", "Embassy",
        "Parliament", "Assembly", "Congress", "Senate", "Department", "Service", "Police", "Guard",
        "Media", "News", "Times", "Post", "Press", "Television", "TV", "Radio", "Foundation",
        "Fund", "Authority", "Board", "League", "Club", "Inc", "Ltd", "Corp", "Brigade",
        "Battalion", "Navy", "Reuters", "Telegraph", "Herald", "Journal", "Tribune", "Network",
        "Channel", "Representation", "Mission", "Secretariat", "Cabinet", "Government",
        "Administration", "Centre", "Center", "School", "Hospital", "Church", "Airlines",
        "Railways", "Telegram", "Force", "Survey", "Bureau", "Directorate", "Federation",
        "Observatory", "Unit", "Tribunal", "Panel", "Alliance", "Coalition", "Bloc", "Society",
        "Trust", "Consortium", "Exchange", "Airport", "Airports", "Airways", "Holdings",
        "Industries", "Motors", "Energy", "Power", "Systems", "Technologies", "Patrol",
        "Constabulary", "Gendarmerie", "Coastguard",
        # a party named by its members: "Social Democrats", "the Conservatives"
        "Democrats", "Republicans", "Conservatives", "Liberals", "Socialists", "Greens",
        "Communists", "Nationalists", "Tories",
    }
)  # fmt: skip
_ORG = re.compile(r"\b(?:" + "|".join(sorted(ORG_WORDS)) + r")\b")
# Words that make a body of a name when they end it, not elsewhere: "Zenda Air", "Acme Air"
# are airlines ("Air Chief Marshal Jo Bloggs" is a person, "Air Force" a body already);
# "Westmark Wanderers", "Zenda United", "Strelsau Rovers" are clubs (not "City", the last word
# of many cities' names).
ORG_LAST_WORDS = frozenset(
    {"Air", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Hotspur", "FC",
     "AFC"}
)  # fmt: skip
_POLITY = re.compile(r"\b(?:Republic|Kingdom|Emirate|Oblast|Province|Region|Territory)\b")


_LOWER_THE = re.compile(r"^the\s+(?=[a-z])")
_INITIALS = re.compile(r"(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})")  # "PK", "P.K.", "P. K."


@functools.lru_cache(maxsize=1 << 16)
def _clean(name: str) -> str:
    name = _STANCE.sub("", " ".join(name.split())).strip(" ,.;:'\"“”")
    name = _STANDING.sub("", name)
    return _untitled(_LOWER_THE.sub("", name))  # "the electoral commission"


# A party a person's name is written after in US style: "Republican Jo Bloggs", "Democrat
# Jo Bloggs".
AFFILIATIONS = frozenset({"republican", "democrat", "democratic"})


def _untitled(name: str) -> str:
    """A person's name without the office (or the party) written before it: "Acme Chairman Jo
    Bloggs", "Zenda Chief Secretary Jo Bloggs" and "Republican Jo Bloggs" are Jo Bloggs (the
    office is no part of who it is)."""
    words = name.split()
    titled = [k for k, w in enumerate(words) if w.lower() in TITLE_WORDS | AFFILIATIONS]
    if not titled:
        return name
    rest = words[titled[-1] + 1 :]
    person = " ".join(rest)
    if (
        2 <= len(rest) <= 4
        and all(w[:1].isupper() and w.lower() not in _FUNCTION_WORDS for w in rest)
        and _guess_type(person) == "person"
    ):
        return person
    return name


# Capitalised in a title, never a person's name: "Minister Without Portfolio".
_FUNCTION_WORDS = frozenset({"without", "of", "for", "the", "and", "at", "in", "on", "to", "with"})


# Words of an office: in "Westmark District Collector" the first word is no part of a name.
TITLE_WORDS = frozenset(
    {"chairman", "chairwoman", "chair", "minister", "president", "secretary", "spokesman",
     "spokeswoman", "spokesperson", "chief", "director", "governor", "ceo", "collector",
     "commissioner", "ambassador", "envoy", "officer", "head", "mayor"}
)  # fmt: skip

# The last word of a name that is a place, a building, a vehicle, an award or a law, never a
# person ("Bahia Station", "Northern Express", "Harbour Bridge", "Zenda Peace Prize", "Clean
# Air Act").
THING_HEADS = frozenset(
    {"station", "express", "airport", "bridge", "street", "road", "avenue", "square",
     "hospital", "mosque", "church", "cathedral", "temple", "stadium", "museum", "park",
     "market", "bazaar", "port", "harbour", "harbor", "dam", "line", "highway", "railway",
     "river", "lake", "mountain", "mountains", "valley", "island", "islands", "range",
     "district", "province", "region", "village", "city", "county", "mall", "tower", "palace",
     "hotel", "school", "university", "college", "prison", "camp", "terminal", "junction",
     "superfast", "mail", "rajdhani", "shatabdi", "flight", "ship", "ferry", "train",
     "prize", "award", "medal", "trophy", "cup", "act", "treaty", "accord", "agreement",
     # events that a place or a body names: "the Chicago Marathon", "the Cannes Film Festival"
     "marathon", "championship", "championships", "games", "olympics", "festival", "summit",
     "conference", "forum", "tournament", "prix"}
)  # fmt: skip


# Small words inside a person's name: "Lula da Silva", "von der Leyen", "bin Salman".
NAME_PARTICLES = frozenset(
    {"da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "bin",
     "ibn", "al", "el", "la", "le", "du", "y"}
)  # fmt: skip


# The first word of a place's name, never of a person's ("West Zenda", "New Strelsau").
PLACE_LEADS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "northeast", "northwest", "southeast", "southwest", "upper", "lower", "new", "greater"}
)  # fmt: skip


# A company's legal form after its name ("Acme Holdings AG"), as it is written: "Acme" used
# alone is that company.
LEGAL_FORMS = frozenset(
    {"AG", "SA", "S.A.", "NV", "N.V.", "BV", "SE", "PLC", "plc", "Plc", "Inc", "Inc.", "Corp",
     "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Limited", "LLC", "GmbH", "SpA", "AB", "ASA", "Oyj",
     "Group", "Holdings", "Holding", "Company", "Corporation", "Incorporated"}
)  # fmt: skip
# What a company's full name says it makes, between its brand and its legal form ("Acme Motor
# Co", "Globex Airlines Ltd"): the brand used alone is that company.
TRADE_WORDS = frozenset(
    {"Motor", "Motors", "Airlines", "Airways", "Industries", "Electric", "Steel", "Petroleum",
     "Chemical", "Chemicals", "Pharmaceutical", "Pharmaceuticals", "Systems", "Technologies",
     "Communications", "Entertainment", "Semiconductor", "Electronics", "Brands", "Foods"}
)  # fmt: skip


# The last word of a company's name that says what it does and is never a product's: "Acme
# Financial", "Acme Financial Services", "Acme Bancorp" are Acme's company wherever "Acme" or
# "Acme Financial" names it too.
COMPANY_TAILS = frozenset({"Financial", "Services", "Bancorp", "Bancshares", "Financials"})


# The last word of a name that makes it a company's ("Acme Steel", "Acme Financial", "Acme
# Corp"): after a country's name, that name and the words between are the company's ("U.S.
# Steel").
FIRM_WORDS = TRADE_WORDS | COMPANY_TAILS | LEGAL_FORMS


def _without_legal_form(name: str) -> str | None:
    """``name`` without the legal form that ends it ("Acme Group AG" -> "Acme"), or ``None``."""
    words = name.split()
    n = len(words)
    while n > 1 and words[n - 1].rstrip(",") in LEGAL_FORMS:
        n -= 1
    return " ".join(words[:n]) if n < len(words) else None


def _brand(name: str) -> str | None:
    """The brand of a company's full name, a trade word and a legal form after it ("Acme Motor
    Co" -> "Acme"), or ``None``: "Acme Motor" alone may be a product, not the company. A word
    that names a company's business and never a product needs no legal form after it ("Acme
    Financial" -> "Acme", "Acme Financial Services" -> "Acme Financial")."""
    words = name.split()
    if len(words) >= 2 and words[-1] in COMPANY_TAILS:
        return " ".join(words[:-1])
    bare = _without_legal_form(name)
    words = bare.split() if bare else []
    if len(words) < 2 or words[-1] not in TRADE_WORDS:
        return None
    return " ".join(words[:-1])


# What a craft is, written after its name in lower case ("the Titan submersible", "the
# Chandrayaan-3 spacecraft"): the name alone is the same craft.
_CRAFT_WORDS = frozenset(
    {"spacecraft", "probe", "rover", "lander", "orbiter", "capsule", "telescope", "satellite",
     "rocket", "submersible", "submarine", "vessel", "ship", "tanker", "freighter", "ferry",
     "yacht", "aircraft", "airliner", "jet", "plane", "helicopter", "drone"}
)  # fmt: skip


# Small words inside a body's name: "Bank of Zenda", "Doctors without Borders".
_JOINING = frozenset({"of", "and", "for", "the", "on", "in", "without", "de", "du", "des", "la",
                      "le", "del", "der", "y", "et", "&"})  # fmt: skip
# A regnal number after a given name: "II", "III", "IV", "XVI".
_REGNAL = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


# Plural endings of the nouns of a group of people ("protesters", "officials", "activists").
_GROUP_ENDINGS = ("ists", "ers", "ants", "officials", "forces")
# Plural nouns of things with those endings: "Acme headquarters", "Zenda waters".
_THINGS_ENDING_SO = frozenset(
    {"headquarters", "quarters", "waters", "papers", "orders", "borders", "numbers", "chambers",
     "letters", "matters", "powers", "centers", "towers", "computers", "servers", "filters",
     "containers", "layers", "covers", "offers", "rivers", "corners", "barriers", "answers",
     "disorders", "transfers", "registers"}
)  # fmt: skip


def _guess_type(name: str) -> str:
    if _ORG.search(name) or _without_legal_form(name):
        return "organisation"
    if " " in name and name.rsplit(" ", 1)[1] in ORG_LAST_WORDS:
        return "organisation"
    if _POLITY.search(name):
        return "polity"
    words = name.split()
    if name.islower():
        return "group" if name.endswith(_GROUP_ENDINGS) else "description"
    if (
        len(words) > 1
        and words[-1].islower()
        and words[-1].endswith(_GROUP_ENDINGS)
        and words[-1] not in _THINGS_ENDING_SO
    ):
        # "Customs officers", "Zenda soldiers", "Acme workers": people of a body or a place,
        # a group (not a body's name: the capital is the body's or the place's)
        return "group"
    if words and words[-1].lower() in THING_HEADS:
        return "name"
    if words and words[0] == "The":
        return "name"  # "The Hindu", "The Zenda Star": a title, never a person
    if words and words[0].lower() in PLACE_LEADS:
        return "name"
    if len(words) == 2 and words[0][:1].isupper() and _REGNAL.fullmatch(words[-1]):
        return "person"  # "Rudolf V", "Charles III": a sovereign's or a pope's regnal number
    if len(words) > 1 and len(words[-1]) > 1 and words[-1].isalpha() and words[-1].isupper():
        return "name"  # "Zenda SDMA", "Acme FC": an acronym ends a body's name, not a person's
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return "person"
    if (
        3 <= len(words) <= 6
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)
        and any(w in NAME_PARTICLES for w in words)
    ):
        return "person"  # "Luiz Inacio Lula da Silva", "Ursula von der Leyen"
    return "name"


# Words that tell apart places or bodies of one name: a compass point ("Eastern Cape",
# "Western Cape"; "South Eastern Railway", "South Western Railway") or a position ("Upper",
# "Lower"). Two names that differ in such words are two entities however alike they look.
_CONTRAST = re.compile(
    r"(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?"
    r"|upper|lower|inner|outer|central|middle|greater|new|old"
)


def same_name(a: str, b: str) -> bool:
    """Whether two names that no gazetteer knows are spellings of one name.

    >>> same_name("Strelsau People's Republic", "Strelzau People's Republic")
    True
    >>> same_name("Kim Min Jun", "Kim Min-jun")
    True
    >>> same_name("Niger", "Nigeria"), same_name("Austria", "Australia")
    (False, False)
    >>> same_name("Eastern Province", "Western Province")
    False
    """
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    if not ka or not kb or ka.startswith(kb) or kb.startswith(ka):
        return False
    fa, fb = fold(a).split(), fold(b).split()
    if len(fa) != len(fb) or min(len(ka), len(kb)) < 6:
        return False
    pairs = zip(fa, fb, strict=True)
    if any(x != y and _CONTRAST.fullmatch(x) and _CONTRAST.fullmatch(y) for x, y in pairs):
        return False  # "Eastern Cape" and "Western Cape": alike, and two places
    return fuzz.ratio(ka, kb) >= FUZZY_THRESHOLD


# A block larger than this is split by a longer prefix (or suffix), so that names sharing a
# common ending ("... Province") are not all compared with each other.
MAX_BLOCK = 64


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` stand in ``longer`` in their order, others between them or not."""
    rest = iter(longer)
    return all(word in rest for word in words)


def _blocks(keys: list[str], *, head: bool, size: int) -> list[list[str]]:
    """``keys`` grouped by their first (or last) ``size`` characters, large groups refined."""
    grouped: dict[str, list[str]] = {}
    for k in keys:
        grouped.setdefault(k[:size] if head else k[-size:], []).append(k)
    out: list[list[str]] = []
    for prefix in sorted(grouped):
        group = grouped[prefix]
        if len(group) > MAX_BLOCK and any(len(k) > size for k in group):
            out.extend(_blocks(group, head=head, size=size + 2))
        elif len(group) > 1:
            out.append(group)
    return out


_ENTITY_FIELDS = set(Entity.model_fields)


def _entity(
    *,
    id: str,
    name: str,
    type: str,
    aliases: list[str] | None = None,
    members: list[str] | None = None,
) -> Entity:
    """An entity from names and ids the registry made (plain strings): built without
    validation, as a corpus can name hundreds of thousands of entities."""
    values = {
        "id": id,
        "name": name,
        "type": type,
        "aliases": aliases or [],
        "members": members or [],
    }
    return construct(Entity, values, _ENTITY_FIELDS)


def _acronyms(name: str) -> set[str]:
    """The acronyms of a name: of all its capitalised words, and without its legal form
    ("Advanced Micro Devices Inc" is AMD)."""
    bare = _without_legal_form(name)
    return {_initials(n.replace("-", " ").split()) for n in (name, bare) if n}


def _initials(words: list[str]) -> str:
    """The acronym of a name's capitalised words, an acronym among them whole: "US
    Geological Survey" (or "U.S. ...") is USGS, "United Nations" UN.

    >>> _initials(["U.S.", "Geological", "Survey"]), _initials(["United", "Nations"])
    ('USGS', 'UN')
    """
    out = []
    for word in words:
        bare = word.replace(".", "")  # "U.S."
        if word[:1].isupper():
            out.append(bare if len(bare) > 1 and bare.isupper() and bare.isalpha() else word[0])
    return "".join(out)


class EntityRegistry:
    """Maps names to canonical entities; build it from every name, then ask for ids.

    ``names`` is every name as used (repeats count), or a mapping of each name to how often it
    is used (a :class:`~collections.Counter`): the most used spelling names an entity.

    >>> reg = EntityRegistry(["Abu Dhabi", "UAE", "Kim Min Jun", "Kim Min-jun"])
    >>> reg.id_of("Abu Dhabi") == reg.id_of("UAE") == "country:ae"
    True
    >>> reg.id_of("Kim Min Jun") == reg.id_of("Kim Min-jun")
    True
    """

    def __init__(
        self, names: Iterable[str] | Mapping[str, int], aliases: Mapping[str, str] | None = None
    ) -> None:
        self._aliases = {fold(k): v for k, v in (aliases or {}).items()}
        self._gaz = gazetteer()
        self._ids: dict[str, str] = {}
        self._memo: dict[str, str] = {}
        self._entities: dict[str, Entity] = {}
        counts: Counter[str] = Counter()
        cleaned: dict[str, str] = {}
        used = Counter(names)  # a Counter of a mapping takes its counts
        for raw, seen in used.items():  # each distinct name once, however often used
            for part in raw.split(" & "):
                name = cleaned[part] = self._cleaned(part)
                if name:
                    counts[name] += seen
        unknown: dict[str, list[str]] = {}
        for name in sorted(counts):
            gid = self._gazetteer_id(name)
            if gid is not None:
                self._ids[name] = gid
                self._add_known(gid, name)
            else:
                unknown.setdefault(translit_key(name) or fold(name), []).append(name)
        self._cluster(unknown, counts)
        # Every name seen is known now: answer for it without cleaning and looking it up again.
        for part, name in cleaned.items():
            if name in self._ids:
                self._memo[part] = self._ids[name]

    def _cleaned(self, name: str) -> str:
        return _clean(self._aliases.get(fold(name), name) if self._aliases else name)

    def _gazetteer_id(self, name: str) -> str | None:
        tokens = token_words(name)
        if not tokens:
            return None
        whole = self._gaz.index.get(tokens)  # the name is a gazetteer name, all of it
        if whole is not None:
            return whole.id
        return self._lower_index().get(fold(name))

    def _lower_index(self) -> dict[str, str]:
        if not hasattr(self, "_lower"):
            self._lower = {
                fold(" ".join(k)): e.id
                for k, e in self._gaz.index.items()
                if e.role == "name" and len(" ".join(k)) > 3
            }
        return self._lower

    def _add_known(self, gid: str, surface: str) -> None:
        name, etype, _aliases = self._gaz.entities[gid]
        entity = self._entities.get(gid)
        seen = set(entity.aliases) if entity else set()
        if surface != name:
            seen.add(surface)
        self._entities[gid] = _entity(id=gid, name=name, type=etype, aliases=sorted(seen))

    def _cluster(self, groups: dict[str, list[str]], counts: Counter[str]) -> None:
        keys = sorted(groups)
        parent: dict[str, str] = {}

        # Spelling variants: compare keys only within blocks that share the first three letters
        # or the last four; a variant differing at one end is still compared through the other,
        # and blocks stay small however many names a corpus holds.
        blocks = [*_blocks(keys, head=True, size=3), *_blocks(keys, head=False, size=4)]
        for block in blocks:
            if len(block) < 2:
                continue
            for i, key in enumerate(block):
                hits = process.extract(
                    key, block[i + 1 :], scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=None
                )
                for other, _, _ in hits:
                    if same_name(groups[key][0], groups[other][0]):
                        union(parent, key, other)
        # Initials for first names ("MJ Sanz", "J. R. Bloggs") join the one full name with that
        # surname whose first name starts with the first initial.
        by_surname: dict[str, list[str]] = {}
        initialled: list[tuple[str, str, str]] = []
        for k in keys:
            words = groups[k][0].split()
            if not 2 <= len(words) <= 4 or _guess_type(groups[k][0]) != "person":
                continue
            if _INITIALS.fullmatch(" ".join(words[:-1])):
                initialled.append((k, words[0][0], fold(words[-1])))
            else:
                by_surname.setdefault(fold(words[-1]), []).append(k)
        for k, initial, surname in initialled:
            fits = {
                find(parent, fk)
                for fk in by_surname.get(surname, ())
                if groups[fk][0][:1] == initial
            }
            if len(fits) == 1:
                union(parent, k, next(iter(fits)))
        # A person's name without one of its given names ("Luis Ruiz", "Jo Bloggs") is the
        # one longer name with that surname that holds its words in order ("Axel Luis Ruiz",
        # "Jo Anne Bloggs").
        for named in by_surname.values():
            said = {k: fold(groups[k][0]).split() for k in named}
            for k in named:
                fits = {
                    find(parent, fk)
                    for fk in named
                    if len(said[fk]) > len(said[k]) and _in_order(said[k], said[fk])
                }
                if len(fits) == 1:
                    union(parent, k, next(iter(fits)))
        # Surnames, first names and acronyms used alone join the single longer name they fit
        # (after the initialled names joined theirs: "Sanz" beside "MJ Sanz" and "Maria Sanz" is
        # the one person both name).
        # Candidates are looked up by first word, last word and initials, not scanned; only the
        # handles some single-word name uses are indexed.
        singles: dict[str, str] = {}  # key -> its handle, in key order
        for k in keys:
            name = groups[k][0]
            if len(name.split()) == 1:
                singles[k] = name if name.isupper() and len(name) >= 2 else fold(name)
        wanted = set(singles.values())
        full: dict[str, list[tuple[str, str]]] = {}
        for k in keys if wanted else ():
            fname = groups[k][0]
            if len(fname.split()) < 2:
                continue
            words = fname.replace("-", " ").split()
            handles = {fold(w) for w in words if w[:1].isupper()} | _acronyms(fname)
            for handle in handles & wanted:
                full.setdefault(handle, []).append((k, fname))
        for k, handle in singles.items():
            name = groups[k][0]
            fits = {
                find(parent, fk) for fk, fname in full.get(handle, ()) if self._fits(name, fname)
            }
            if len(fits) == 1:
                union(parent, k, next(iter(fits)))
        # A company named with and without its legal form ("Acme Group AG", "Acme") is one
        # organisation, named as it is most often.
        # Not when the shorter name already names a person ("Jo Bloggs" and "Bloggs" beside
        # "Bloggs Group"): the group is the person's company, not the person.
        by_fold = {fold(groups[k][0]): k for k in keys}
        people: dict[str, set[str]] = {}  # the person-shaped names of each cluster
        for k in keys:
            if len(groups[k][0].split()) > 1 and _guess_type(groups[k][0]) == "person":
                people.setdefault(find(parent, k), set()).add(k)
        companies: set[str] = set()
        for k in keys:
            for bare in (_without_legal_form(groups[k][0]), _brand(groups[k][0])):
                # (a place's name, "Ruritania Airlines Ltd", is the gazetteer's: not here)
                plain = by_fold.get(fold(bare)) if bare else None
                if plain is not None and not people.get(find(parent, plain), set()) - {plain}:
                    union(parent, k, plain)
                    companies.add(k)
        # A craft named with what it is ("the Titan submersible") is the craft its name alone
        # names ("Titan"), where the corpus uses that name.
        for k in keys:
            *words, kind = groups[k][0].split()
            plain = by_fold.get(fold(" ".join(words))) if words and kind in _CRAFT_WORDS else None
            if plain is not None:
                union(parent, k, plain)
        # A party named by its members ("the Conservatives", "Social Democrats") is the party
        # of that name, where the corpus names it ("Conservative Party", "Social Democratic
        # Party"), and so is one named by its adjective alone ("Liberal leader Jo Bloggs").
        for k in keys:
            words = groups[k][0].split()
            last = words[-1]
            party = by_fold.get(fold(f"{groups[k][0]} Party")) if len(words) == 1 else None
            if party is not None and party != k:
                union(parent, k, party)
                continue
            if not (last[:1].isupper() and last.endswith("s") and len(last) > 3):
                continue
            for stem in (last[:-1], f"{last[:-1]}ic"):
                party = by_fold.get(fold(" ".join([*words[:-1], stem, "Party"])))
                if party is not None:
                    union(parent, k, party)
                    break
        company_roots = {find(parent, k) for k in companies}
        clusters: dict[str, list[str]] = {}
        for k in keys:
            clusters.setdefault(find(parent, k), []).extend(groups[k])
        for root, members in clusters.items():
            if root in company_roots:
                canonical = min(members, key=lambda n: (-counts[n], len(n), n))
            elif len(members) == 1:  # most names have no variant
                canonical = members[0]
            else:
                longest = max(len(n.split()) for n in members)
                full_names = [n for n in members if len(n.split()) == longest]
                # the most used full name, spelled out before initials ("Jo Bloggs", "JB Bloggs")
                canonical = min(
                    full_names,
                    key=lambda n: (bool(_INITIALS.fullmatch(n.split()[0])), -counts[n], n),
                )
            etype = "organisation" if root in company_roots else _guess_type(canonical)
            eid = f"{etype}:{slug(canonical)}"
            self._entities[eid] = _entity(
                id=eid, name=canonical, type=etype, aliases=sorted(set(members) - {canonical})
            )
            for n in members:
                self._ids[n] = eid

    @staticmethod
    def _fits(short: str, full: str) -> bool:
        words = full.replace("-", " ").split()
        if short.isupper() and len(short) >= 2:
            # (not a name that holds it whole: "AMD shares" are AMD's, not AMD; nor a group
            # named after a body, "United Auto Workers members": the body is not its members)
            return (
                short not in words
                and not any(w[:1].islower() and w not in _JOINING for w in words)
                and short in _acronyms(full)
            )
        if _guess_type(full) != "person":
            return False
        if fold(short) == fold(words[-1]):
            return True  # a surname
        if any(w.lower() in TITLE_WORDS for w in words):
            return False  # not the place or body before an office ("Westmark District Collector")
        # a first name, or one between ("Lula" of "Luiz Inacio Lula da Silva")
        return fold(short) in {fold(w) for w in words[:-1] if w[:1].isupper()}

    def known_ids(self) -> Mapping[str, str]:
        """The id of every name resolved so far (all the names the registry was built from).

        >>> EntityRegistry(["Peking", "Beijing"]).known_ids()
        {'Peking': 'country:cn', 'Beijing': 'country:cn'}
        """
        return self._memo

    def id_of(self, name: str) -> str:
        """The canonical id of ``name``; a set written "A & B" gets a group id."""
        known = self._memo.get(name)
        if known is None:
            known = self._memo[name] = self._id_of(name)
        return known

    def _id_of(self, name: str) -> str:
        parts = [p for p in name.split(" & ") if p.strip()]
        if len(parts) > 1:
            ids = sorted(self._listed_ids(parts))
            if len(ids) == 1:
                return ids[0]
            gid = "group:" + "+".join(i.split(":", 1)[1] for i in ids)
            if gid not in self._entities:
                members = [self._entities[i].name for i in ids if i in self._entities]
                self._entities[gid] = _entity(
                    id=gid, name=" and ".join(members), type="group", members=ids
                )
            return gid
        cleaned = self._cleaned(name)
        if cleaned in self._ids:
            return self._ids[cleaned]
        known = self._gazetteer_id(cleaned)
        if known is not None:
            return known
        return f"{_guess_type(cleaned)}:{slug(cleaned) or 'unknown'}"

    def _listed_ids(self, parts: list[str]) -> set[str]:
        """The ids of the members of a list. A capital stands for its state ("Washington and
        Paris agreed") unless it is listed with a place no gazetteer knows as a state: then
        the list is of places and the capital is the city ("Zenda, Strelsau and Hentzau felt
        the tremors")."""
        ids = {p: self.id_of(p) for p in parts}
        roles = {p: self._role(p) for p in parts}
        capitals = [p for p in parts if roles[p] == "capital"]
        if not capitals or all(
            roles[p] is not None or not ids[p].startswith("name:") for p in parts
        ):
            return set(ids.values())
        for p in capitals:
            city = self._cleaned(p)
            ids[p] = eid = f"name:{slug(city)}"
            self._entities.setdefault(eid, _entity(id=eid, name=city, type="name"))
        return set(ids.values())

    def listed_id(self, name: str) -> str | None:
        """The id of all of ``name`` as the gazetteer lists it (a state by its name, capital or
        demonym), or None.

        >>> EntityRegistry([]).listed_id("Canadian"), EntityRegistry([]).listed_id("Zenda")
        ('country:ca', None)
        """
        entry = self._gaz.index.get(token_words(self._cleaned(name)))
        return entry.id if entry is not None else None

    def _role(self, name: str) -> str | None:
        """The gazetteer role (name, capital, demonym) of all of ``name``, if it is listed."""
        entry = self._gaz.index.get(token_words(self._cleaned(name)))
        return entry.role if entry is not None else None

    def entities(self) -> list[Entity]:
        """Every entity the registry knows, sorted by id."""
        return [self._entities[k] for k in sorted(self._entities)]

    def entity(self, eid: str) -> Entity | None:
        """The entity with id ``eid``, if known."""
        return self._entities.get(eid)
