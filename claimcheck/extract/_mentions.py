"""Entity mentions in one document, with the coreference that news writing relies on.

Found: gazetteer names (countries and their official names, capitals used as metonyms, demonyms
before a government organ), capitalised proper names typed by their keywords or a preceding
title, plural descriptions ("the two breakaway regions") and group nouns ("pro-X separatists").
Resolved within the document: acronyms defined in parentheses, short forms of a name given in
full elsewhere ("Sanz" for "Maria Sanz", "Eastmark" for "Eastmark People's Republic"), and plural
descriptions to the document's most-mentioned pair or list of places.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import resources

import attrs

from claimcheck.extract._sentences import SENTENCE_STARTERS
from claimcheck.normalise._entities import (
    FIRM_WORDS,
    ORG_LAST_WORDS,
    ORG_WORDS,
    PLACE_LEADS,
    THING_HEADS,
    TITLE_WORDS,
)
from claimcheck.normalise._gazetteer import gazetteer, token_words, tokenize
from claimcheck.normalise._numbers import word_number
from claimcheck.normalise._time import WEEKDAYS

__all__ = ["DocMentions", "Mention", "find_document_mentions", "given_names"]

# Capitalised words that open sentences or stand for no entity: never the start of a name.
_STOP = SENTENCE_STARTERS | {
    "According", "All", "Also", "Although", "Amid", "Another", "April", "August", "Authorities",
    "Because", "Born", "Both", "Breaking", "By", "Credit", "Days", "December", "Despite", "Dr",
    "During", "Each", "Every", "February", "First", "Following", "For", "Friday", "From",
    "Here", "Hours", "How", "Image", "Instead", "January", "July", "June", "Last", "Many",
    "March", "May", "Monday", "Months", "Most", "Mr", "Mrs", "Ms", "My", "Next", "No", "Not",
    "November", "Now", "October", "Of", "Officials", "One", "Or", "Other", "Over", "Photo",
    "Pro", "Read", "Related", "Saturday", "Second", "Separatist", "September", "Since", "Sir",
    "So", "Some", "Such", "Sunday", "Then", "Third", "Though", "Three", "Thursday", "To",
    "Today", "Tomorrow", "Tuesday", "Two", "Under", "Until", "Update", "Updated", "Video",
    "Watch", "Wednesday", "Weeks", "What", "Where", "Which", "Who", "Why", "With", "Yesterday",
    "Yet", "You", "Your",
}  # fmt: skip
_CONNECTORS = {
    "of",
    "the",
    "de",
    "del",
    "da",
    "di",
    "du",
    "al",
    "el",
    "bin",
    "ibn",
    "van",
    "von",
    "der",
    "la",
    "le",
    "for",
    "and",
}
# A lower-case particle hyphened to the capitalised rest of a surname ("al-Assad", "el-Sisi").
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|abu|bin|ibn|bint)-[A-Z]")
_POSSESSIVE_IN_NAME = {
    "People",
    "Peoples",
    "Workers",
    "Women",
    "Children",
    "Men",
    "Nations",
    "Citizens",
    "Soldiers",
    "Veterans",
    "Farmers",
}
_POLITY_WORDS = {
    "Republic",
    "Kingdom",
    "Emirate",
    "Emirates",
    "Caliphate",
    "Oblast",
    "Province",
    "Region",
    "Territory",
    "Principality",
    "Federation",
    "Confederation",
}
_TITLES = (
    "Incumbent",
    "Challenger",
    "challenger",
    "Former",
    "Acting",
    "Interim",
    "Outgoing",
    "Opposition leader",
    "opposition leader",
    "incumbent",
    "former",
    "President",
    "Vice President",
    "Vice-President",
    "Prime Minister",
    "Deputy Prime Minister",
    # a devolved government's or a state's head: "Wales First Minister X", "Chief Minister X"
    "First Minister",
    "Chief Minister",
    "Foreign Minister",
    "Defence Minister",
    "Defense Minister",
    "Interior Minister",
    "Finance Minister",
    "Minister",
    "Deputy Foreign Minister",
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Secretary",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Senator",
    "Sen.",
    "Governor",
    "Gov.",
    "Mayor",
    "mayor",
    "General",
    "Gen.",
    # ranks of two words: "Rear Admiral Jo Bloggs" is no admiral of a "Rear"
    "Rear Admiral",
    "Vice Admiral",
    "Lieutenant General",
    "Major General",
    "Brigadier General",
    "Lieutenant Colonel",
    "Lt. Gen.",
    "Maj. Gen.",
    "Brigadier",
    "Captain",
    "Capt.",
    "Colonel",
    "Col.",
    "Commander",
    "Admiral",
    "Ambassador",
    "Envoy",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Chief",
    "Leader",
    "Judge",
    "Justice",
    "Pope",
    # a pope who resigned: "Pope Emeritus Benedict XVI"
    "Pope Emeritus",
    # offices of universities, churches and courts: "Provost Jo Bloggs", "Archbishop ..."
    "Provost",
    "Dean",
    "Rector",
    "Vice-Chancellor",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Prosecutor",
    "Attorney General",
    "Inspector",
    "Superintendent",
    "Sergeant",
    "Sgt.",
    "Detective",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Dr.",
    "Dr",
    "Emir",
    # religious and courtesy honorifics: "Sayyed Hassan Nasrallah" is Hassan Nasrallah (not
    # "Sheikh", which news keeps in some names: "Sheikh Hasina")
    "Sayyed",
    "Sayyid",
    "Ayatollah",
    "Grand Ayatollah",
    "Imam",
    "Rabbi",
    "Reverend",
    "Rev.",
    "Pastor",
    "Sir",
    "Dame",
    "Premier",
    "Speaker",
    "Lawmaker",
    "MP",
    "Rep.",
    "Representative",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "foreign minister",
    "prime minister",
    "minister",
    "leader",
    "chief",
    "commander",
    "chairman",
    "chairwoman",
    "Chief Executive",
    "chief executive",
    "CEO",
    "governor",
)
# Portfolios a minister's or secretary's title begins with ("Home Minister", "Treasury
# Secretary"): part of the title, not what it is an office of.
_PORTFOLIOS = frozenset(
    {"home", "interior", "foreign", "finance", "defence", "defense", "railway", "railways",
     "health", "education", "transport", "trade", "agriculture", "energy", "justice", "labour",
     "labor", "environment", "treasury", "culture", "economy", "commerce", "information",
     "tourism", "housing", "industry", "water", "power", "civil", "aviation", "fire", "police",
     "army", "navy", "military", "intelligence", "security", "party", "state", "union",
     "jobs", "employment", "immigration", "science", "technology", "digital", "sport",
     "sports", "veterans", "welfare", "infrastructure", "communications", "fisheries",
     "mines", "mining", "planning", "development", "women", "youth", "family", "families",
     "climate", "budget", "revenue", "works", "territories", "heritage"}
)  # fmt: skip
# Words that begin a title though they end the capitalised run before it ("Senate Majority
# Leader", "Acme Deputy Chairman").
_TITLE_MODIFIERS = frozenset(
    {"majority", "minority", "deputy", "vice", "assistant", "executive", "supreme", "senior",
     "acting", "interim", "grand",
     # a judge's court or rank: "Magistrate Judge", "U.S. District Judge", "Circuit Judge"
     "magistrate", "district", "circuit", "associate", "presiding", "bankruptcy", "federal"}
)  # fmt: skip
# Common nouns of bodies that a capital letter may open before a title: "Board chairman",
# "Council leader" name no body (unlike "Acme chairman").
_COMMON_BODIES = frozenset(
    {"board", "council", "company", "committee", "group", "club", "team", "firm", "bank",
     "government", "cabinet", "assembly", "city", "county", "district", "region", "province",
     "state", "league", "federation", "association", "court", "parliament"}
)  # fmt: skip
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "chief", "commissioner", "leader"})
# Words after "General" that make it the first word of a name, not a rank.
_GENERAL_NAMES = frozenset(
    {
        *("Motors", "Electric", "Dynamics", "Mills", "Atomics", "Assembly", "Staff", "Hospital"),
        *("Data", "Council", "Court", "Conference", "Secretariat", "Directorate", "Election"),
        *("Elections", "Strike", "Administration", "Accounting", "Services", "Agreement"),
        *("Synod", "Post", "Motor", "Insurance", "Authority", "Command", "Prosecutor's"),
    }
)
_TITLE_TOKENS = tuple(sorted({token_words(x) for x in _TITLES}, key=len, reverse=True))
_ORGANS = (
    "foreign ministry",
    "foreign affairs ministry",
    "ministry of foreign affairs",
    "defence ministry",
    "defense ministry",
    "interior ministry",
    "ministry",
    "government",
    "military",
    "armed forces",
    "forces",
    "troops",
    "army",
    "navy",
    "air force",
    "authorities",
    "officials",
    "embassy",
    "parliament",
    "cabinet",
    "president",
    "presidency",
    "leadership",
    "state media",
    "state-run media",
    "state news agency",
    "state-run news agency",
    "news agency",
    "police",
    "diplomats",
    "diplomat",
    "delegation",
    "regime",
    "administration",
    "prime minister",
    "foreign minister",
    "security services",
    "central bank",
    "state television",
)
# The heads of a state's bodies named by what they do, after the state's possessive:
# "Iceland's civil protection agency", "Japan's meteorological agency", "China's health
# authorities" (up to three lowercase words before the head).
_BODY_HEADS = frozenset(
    {"agency", "ministry", "office", "service", "services", "administration", "authority",
     "authorities", "department"}
)  # fmt: skip
# Words between a possessive and such a head that make it no body of the state: "Acme's own
# office", "Zenda's largest department store" (a function word ends the name's reach).
_NOT_BODY_WORDS = frozenset(
    {"the", "a", "an", "and", "or", "of", "in", "for", "to", "own", "new", "former", "old",
     "largest", "biggest", "main", "only", "first", "last", "back", "head", "post", "box"}
)  # fmt: skip
_PERSON_ORGANS = {"president", "prime minister", "foreign minister", "diplomats", "diplomat"}
_ORGAN_TOKENS = tuple(sorted({tuple(x.lower().split()) for x in _ORGANS}, key=len, reverse=True))
_GROUP_HEADS = {
    "separatists",
    "rebels",
    "militants",
    "insurgents",
    "protesters",
    "protestors",
    "fighters",
    "forces",
    "troops",
    "authorities",
    "officials",
    "demonstrators",
    "police",
    "prosecutors",
    "investigators",
    "soldiers",
    "residents",
    "witnesses",
    "observers",
    "monitors",
    "analysts",
    "experts",
    "diplomats",
    "lawmakers",
    "voters",
    "rescuers",
    "doctors",
    "medics",
    "critics",
    "supporters",
    "opponents",
}
_COMPASS = {
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Central",
    "North",
    "South",
    "East",
    "West",
}
_DESCRIPTION = re.compile(
    r"\b(?:(?P<det>the|its|their|these|those|both|all|two|three|four)\s+)?"
    r"(?P<mods>(?:(?:two|three|four|so-called|self-proclaimed|self-declared|self-styled|"
    r"breakaway|separatist|rebel|rebel-held|occupied|eastern|western|southern|northern|"
    r"disputed|pro-\w+|russian-backed|\w+-backed|independent|republic)\s+){0,4})"
    r"(?P<head>regions|republics|territories|entities|states|provinces|enclaves|oblasts)\b",
    re.IGNORECASE,
)
_PRONOUNS = {"it", "its", "they", "their", "them", "he", "his", "him", "she", "her"}


@attrs.define(slots=True)
class Mention:
    """One mention of an entity (or a description or pronoun) in a document."""

    start: int
    end: int
    text: str
    name: str
    type: str
    gid: str | None = None
    role: str = "name"  # name, capital, demonym, organ, description, pronoun, group, acronym
    possessive: bool = False
    members: tuple[str, ...] = ()
    title: str | None = None
    organ: str | None = None
    country: str | None = None  # the state a titled person or an organ serves
    title_start: int | None = None  # where the words of a person's title (and its state) begin
    acronym: str | None = None  # the acronym the document gives it in brackets right after

    @property
    def actor(self) -> bool:
        """Whether the mention can be the actor of a claim."""
        return self.role not in ("description", "location") and self.type not in ("territory",)


@attrs.define
class DocMentions:
    """Every mention of a document, by sentence, with the document-level resolutions."""

    by_sentence: list[list[Mention]]
    groups: list[tuple[str, ...]]
    acronyms: dict[str, str]


# "Strelsau-based", "Zenda-born", "Westmark-backed", "Jo Bloggs-themed": a name turned
# adjective before a noun (or a name).
_PLACED = re.compile(
    r"[A-Z][\w.'’]*-(?:based|born|led|owned|backed|headquartered|listed|registered|flagged"
    r"|themed|style|inspired|linked|related|made|funded|sponsored|run|controlled|allied"
    r"|aligned|affiliated|bound)"
)


def _cap(token: str) -> bool:
    return token[:1].isupper() or (token[:1].isdigit() and False)


@functools.cache
def _by_first_word(options: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for option in options:
        index.setdefault(option[0], []).append(option)
    return index


def _named_body(words: Sequence[str], k: int) -> int:
    """The length of a state body named by what it does at ``words[k]`` ("civil protection
    agency"): lowercase words, then a head of :data:`_BODY_HEADS`; 0 when there is none."""
    for n in range(1, 4):
        if k + n >= len(words):
            return 0
        modifier = words[k + n - 1]
        if not (modifier.isalpha() and modifier.islower()) or modifier in _NOT_BODY_WORDS:
            return 0
        if words[k + n] in _BODY_HEADS:
            return n + 1
    return 0


# Heads of a body's name that a list of what it does follows: "Department of Health and
# Human Services", "Ministry of Finance and Economy".
_LISTING_HEADS = frozenset(
    {"department", "ministry", "office", "bureau", "agency", "commission", "council",
     "institute", "authority", "administration", "secretariat", "directorate"}
)  # fmt: skip


# The noun after a party's or a bloc's own name, in lower case: "the Law and Justice party".
PARTY_NOUNS = frozenset({"party", "alliance", "coalition", "movement", "front", "bloc"})


def _body_and(words: Sequence[str], i: int, j: int) -> bool:
    """Whether the "and" at ``words[j]`` joins the name begun at ``words[i]``: a body named
    by its head and what it does ("Department of Financial Protection and Innovation"), the
    capitalised words after "and" ending the name (not another name: "the Ministry of
    Defence and Jo Bloggs", "... and Ruritania"); or a party named by two ideals, its noun in
    lower case after them ("the Law and Justice party")."""
    name = [w.lower() for w in words[i:j]]
    of = name.index("of") if "of" in name else 0
    if not of or name[of - 1] not in _LISTING_HEADS:
        # a party named by two ideals, its noun after them: "the Law and Justice party",
        # "the Justice and Development Party"
        k = j + 1
        while k < len(words) and k - j <= 3 and _cap(words[k]):
            k += 1
        return k > j + 1 and k < len(words) and words[k] in PARTY_NOUNS
    k = j + 1
    while k < len(words) and _cap(words[k]):
        if words[k] in given_names() or k - j > 3:
            return False
        k += 1
    return k < len(words) and not words[k][:1].isupper() and words[k] not in ("'s", "’s")


def _match_seq(
    words: Sequence[str], i: int, options: tuple[tuple[str, ...], ...], lower: bool
) -> int:
    """The length of the longest of ``options`` (longest first) that starts at ``words[i]``."""
    if i >= len(words):
        return 0
    first = words[i].lower() if lower else words[i]
    for option in _by_first_word(options).get(first, ()):
        n = len(option)
        window = words[i : i + n]
        if (
            len(window) == n
            and (tuple(w.lower() for w in window) if lower else tuple(window)) == option
        ):
            return n
    return 0


@functools.cache
def given_names() -> dict[str, str]:
    """Given names that tell a person's sex (``claimcheck/data/given_names.tsv``)."""
    text = resources.files("claimcheck.data").joinpath("given_names.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split("\t")
            out[name] = sex
    return out


# The last words of a day's name ("Easter Sunday", "Boxing Day"): never a person's.
_DAY_WORDS = frozenset({*(day.title() for day in WEEKDAYS), "Day", "Eve"})


def _entity_type(tokens: Sequence[str], titled: bool) -> str:
    if any(t in ORG_WORDS for t in tokens) or (len(tokens) > 1 and tokens[-1] in ORG_LAST_WORDS):
        return "organisation"
    if any(t in _POLITY_WORDS for t in tokens):
        return "polity"
    if titled:
        return "person"
    if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1:
        return "name"
    if tokens and tokens[-1].lower() in THING_HEADS:
        return "name"  # "Bahia Station", "Northern Express": a place or a vehicle
    if tokens and tokens[-1] in _DAY_WORDS:
        return "name"  # "Easter Sunday", "Christmas Day", "New Year's Eve": a day
    if len(tokens) >= 2 and tokens[0].lower() in PLACE_LEADS:
        return "name"  # "New York", "North Carolina", "South Sudan": a place, no person
    if 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens):
        return "person"
    return "name"


def _initials(name: str) -> str:
    return "".join(t[0] for t in token_words(name) if t[:1].isupper())


def _title_length(words: Sequence[str], i: int) -> int:
    """How many words of a title begin at ``words[i]``: "Outgoing mayor" is one title of two.
    A bare "General" before a word that names a body or a thing is no rank but the first word
    of a name: "General Motors", "the UN General Assembly", "the General Data Protection
    Regulation"."""
    n = _match_seq(words, i, _TITLE_TOKENS, lower=False)
    while n and (more := _match_seq(words, i + n, _TITLE_TOKENS, lower=False)):
        n += more
    if n == 1 and words[i] == "General" and i + 1 < len(words) and words[i + 1] in _GENERAL_NAMES:
        return 0
    return n


def _titles_name(words: Sequence[str], j: int) -> bool:
    """Whether a title begins at ``words[j]`` and a capitalised name follows it."""
    n = _title_length(words, j)
    k = j + n
    return bool(n) and k < len(words) and _cap(words[k]) and words[k] not in _STOP


def _owned_title(
    out: list[Mention],
    toks: Sequence[tuple[str, int, int]],
    words: Sequence[str],
    i: int,
    j: int,
    adjacent: Callable[[int], bool],
) -> tuple[str, str | None, int]:
    """The title ``words[i:j]`` that a name just before it (``out[-1]``) may own: "Acme
    Chairman Jo Bloggs", "Zenda Chief Secretary Jo Bloggs" are offices of Acme and of Zenda;
    "Home Minister", "Fire chief": a portfolio is the title's own first word (taken from
    ``out``), and so is a word such as "Deputy" that ends the owner's capitalised run (the
    owner mention is cut short before it). Returns the title, its owner (None when there is
    none) and where they begin."""
    title, k = " ".join(words[i:j]), i
    if out[-1].text.lower() in _PORTFOLIOS and words[j - 1].lower() in _PORTFOLIO_TITLES:
        portfolio = out.pop()
        title, k = f"{portfolio.text} {title}", i - 1
    begins = toks[k][1]
    if k >= 2 and words[k - 1] in ("'s", "’s") and out and out[-1].gid:
        return title, out[-1].gid, out[-1].start  # "France's Climate Minister Jo Bloggs"
    if not out or k < 1 or not adjacent(k) or out[-1].end != toks[k - 1][2]:
        return title, None, begins
    owner = out[-1]
    first = next(n for n, t in enumerate(toks) if t[1] == owner.start)
    if owner.role != "name" or (first and adjacent(first) and _cap(words[first - 1])):
        return title, None, begins  # "Globex Capital Chairman ..." read as "Capital": cut short
    *rest, last = owner.text.split(" ")
    if not rest and owner.gid is None and last.lower() in _COMMON_BODIES:
        # "Board chairman Jo Bloggs", "Council leader Jo Bloggs": a body's title, the body unnamed
        out.pop()
        return f"{last.lower()} {title}", None, owner.start
    if not rest and last.lower() in _TITLE_MODIFIERS and owner.gid is None:
        # "Deputy Defence Minister Jo Bloggs": the whole run is the title, of no one named
        out.pop()
        return f"{last} {title}", None, owner.start
    if rest and last.lower() in _TITLE_MODIFIERS and owner.gid is None:
        # "Senate Majority Leader", "Acme Deputy Chairman": the word is the title's
        title = f"{last} {title}"
        owner.text = owner.name = " ".join(rest)
        owner.end = owner.start + len(owner.text)
    return title, owner.gid or owner.name, owner.start


def _company_after(words: Sequence[str], j: int, adjacent: Callable[[int], bool]) -> int:
    """How many capitalised words from ``j`` on end a company's name begun by the place
    before them ("U.S. | Steel", "Zenda | Electric Power Corp"), or 0."""
    k = j
    while k < len(words) and k - j < 4 and adjacent(k) and _cap(words[k]):
        if words[k] in FIRM_WORDS:
            return k + 1 - j
        k += 1
    return 0


def _sentence_mentions(text: str, start: int, end: int) -> list[Mention]:
    gaz = gazetteer()
    toks = [(t, s + start, e + start) for t, s, e in tokenize(text[start:end])]
    words = [t for t, _, _ in toks]
    out: list[Mention] = []

    def adjacent(j: int) -> bool:
        return text[toks[j - 1][2] : toks[j][1]] in (" ", "")

    i = 0
    # a headline in title case, whose long runs of capitals are no names ("Quake Kills 12 in
    # Zenda Province"); not a sentence naming long bodies, whose verbs are in lower case ("the
    # Department of Financial Protection and Innovation named the Federal Deposit ...")
    title_case = (
        len(words) >= 4
        and sum(1 for w in words if w[:1].isupper()) / len(words) > 0.6
        and not any(w.isalpha() and w.islower() and len(w) > 4 for w in words)
    )
    pending_title: str | None = None
    title_country: str | None = None
    title_start = 0  # where the words naming the office begin (its owner's name, or the title)
    while i < len(words):
        word = words[i]
        if _PLACED.fullmatch(word):
            i += 1  # "Strelsau-based Globex": where Globex is, not part of its name
            continue
        n_title = _title_length(words, i)
        if n_title and i + n_title < len(words):
            j = i + n_title
            # "Ambassador to Peru Ana Ruiz": the title's complement comes first.
            if words[j] in ("to", "of") and j + 1 < len(words):
                hit = gaz.match(words, j + 1)
                j = j + 1 + (hit[0] if hit else 0)
            if j < len(words) and _cap(words[j]) and words[j] not in _STOP:
                pending_title = " ".join(words[i:j])
                title_start = toks[i][1]
                if i >= 2 and words[i - 1] in ("'s", "’s") and out and out[-1].gid:
                    title_country = out[-1].gid
                    title_start = out[-1].start
                elif i >= 1 and adjacent(i) and out and out[-1].end == toks[i - 1][2]:
                    pending_title, title_country, title_start = _owned_title(
                        out, toks, words, i, j, adjacent
                    )
                if j > i + n_title:
                    hit = gaz.match(words, i + n_title + 1)
                    if hit:
                        s, e = toks[i + n_title + 1][1], toks[i + n_title + hit[0]][2]
                        out.append(
                            Mention(
                                s,
                                e,
                                text[s:e],
                                hit[1].name,
                                hit[1].type,
                                hit[1].id,
                                role="location",
                            )
                        )
                i = j
                continue
        hit = gaz.match(words, i)
        if hit:
            size, entry = hit
            s, e = toks[i][1], toks[i + size - 1][2]
            j = i + size
            possessive = j < len(words) and words[j] in ("'s", "’s", "'", "’")
            k = j + 1 if possessive else j
            n_organ = _match_seq(words, k, _ORGAN_TOKENS, lower=True)
            if not n_organ and possessive and entry.role != "demonym":
                n_organ = _named_body(words, k)
            prev = words[i - 1].lower() if i else ""
            firm = 0 if possessive or n_organ else _company_after(words, j, adjacent)
            if firm:
                # "U.S. Steel", "Zenda Airlines": a company named after its country, not the
                # country and a name of its own
                e = toks[j + firm - 1][2]
                out.append(Mention(s, e, text[s:e], text[s:e], "organisation", role="name"))
                pending_title = title_country = None
                i = j + firm
                continue
            if entry.role == "demonym" and not n_organ:
                i = j  # an adjective ("Ruritanian ally"), not an actor
                continue
            mention = Mention(
                s,
                e,
                text[s:e],
                entry.name,
                entry.type,
                entry.id,
                role=entry.role,
                possessive=possessive,
            )
            person_title = " ".join(words[k : k + n_organ]).lower() in _PERSON_ORGANS
            if (
                n_organ
                and person_title
                and k + n_organ < len(words)
                and _cap(words[k + n_organ])
                # "40 Ruritanian diplomats, Foreign Minister Jo Bloggs said": no title of hers
                and adjacent(k + n_organ)
            ):
                pending_title = " ".join(words[k : k + n_organ])
                title_country = entry.id
                title_start = s
                i = k + n_organ
                continue
            if n_organ:
                organ_end = toks[k + n_organ - 1][2]
                mention.end, mention.text = organ_end, text[s:organ_end]
                mention.role, mention.organ = "organ", " ".join(words[k : k + n_organ]).lower()
                mention.possessive = k + n_organ < len(words) and words[k + n_organ] in ("'s", "’s")
                j = k + n_organ
            elif entry.role == "capital" and prev in ("in", "at", "near", "from", "to", "into"):
                mention.role = "location"
            if pending_title is None:
                out.append(mention)
            i = j
            continue
        if "-" in word and any(gaz.match([part], 0) for part in word.split("-")):
            i += 1  # "Ruritania-Zenda war": a compound modifier, not a name
            continue
        lone_group = word.lower() in _GROUP_HEADS and not (
            i + 1 < len(words) and _cap(words[i + 1])
        )
        # "Forty-one of the injured were ...": a number opening the sentence (not "Formula One")
        opening_number = i == 0 and word_number(word) is not None
        if (
            _cap(word)
            and word not in _STOP
            and not word.isdigit()
            and not lone_group
            and not opening_number
        ):
            j = i + 1
            while j < len(words):
                if not adjacent(j) or _titles_name(words, j):
                    break  # "Zenda Chief Secretary Jo Bloggs": the title starts a name of its own
                if (
                    (_cap(words[j]) and words[j] not in ("I",) and not gaz.match(words, j))
                    # "Bashar al-Assad", "Abdel Fattah el-Sisi": a particle joined to the name
                    or _PARTICLE_NAME.match(words[j])
                    or (
                        words[j] in ("'s", "’s")
                        and words[j - 1] in _POSSESSIVE_IN_NAME
                        and j + 1 < len(words)
                        and _cap(words[j + 1])
                    )
                    or (
                        words[j] in _CONNECTORS
                        and j + 1 < len(words)
                        and _cap(words[j + 1])
                        and (words[j] != "and" or _body_and(words, i, j))
                        and not gaz.match(words, j + 1)
                        # "Foreign Minister Axel Ruiz of Zenda": a titled person's place or
                        # body follows "of", not more of the name
                        and not (words[j] == "of" and pending_title is not None)
                    )
                ):
                    j += 1
                else:
                    break
            while j > i + 1 and words[j - 1] in _CONNECTORS:
                j -= 1
            turned = next((k for k in range(i + 1, j) if _PLACED.fullmatch(words[k])), None)
            if turned is not None:
                # "New York-based Globex", "a Jo Bloggs-themed party": the words up to the
                # adjective are no name of their own (what follows may be)
                i = turned + 1
                continue
            name_words = words[i:j]
            lone = len(name_words) == 1
            if (title_case and len(name_words) > 3) or (
                lone and (len(word) < 2 or word in _COMPASS)
            ):
                i = j
                continue
            s, e = toks[i][1], toks[j - 1][2]
            etype = _entity_type(name_words, pending_title is not None)
            place_before = i > 0 and words[i - 1].lower() in ("in", "at", "near", "outside", "into")
            possessive = j < len(words) and words[j] in ("'s", "’s")
            if (
                etype == "person"
                and place_before
                and pending_title is None
                and not possessive
                and name_words[0] not in given_names()
            ):
                # "at his residence in Casa Santa Marta", "in Banska Bystrica": capitalised
                # words after a preposition of place are a place, unless a given name or a
                # title says a person ("shots at Jo Bloggs")
                etype = "name"
            if (
                etype == "person"
                and possessive
                and j + 1 < len(words)
                and _cap(words[j + 1])
                and words[j + 1].lower() in THING_HEADS
            ):
                etype = "name"  # "St Peter's Square", "Guy's Hospital": a place's own name
            name = text[s:e]
            out.append(
                Mention(
                    s,
                    e,
                    name,
                    name,
                    etype,
                    None,
                    possessive=possessive,
                    title=pending_title,
                    country=title_country,
                    title_start=title_start if pending_title is not None else None,
                    role="location" if place_before and etype in ("name", "polity") else "name",
                )
            )
            pending_title = title_country = None
            i = j
            continue
        lower = word.lower()
        if lower in _PRONOUNS:
            s, e = toks[i][1], toks[i][2]
            out.append(
                Mention(
                    s,
                    e,
                    word,
                    word.lower(),
                    "pronoun",
                    role="pronoun",
                    possessive=lower in ("its", "their", "his", "her"),
                )
            )
        elif lower in _GROUP_HEADS:
            k = i
            while (
                k > 0
                and adjacent(k)
                and (
                    words[k - 1].lower().startswith("pro-")
                    or (_cap(words[k - 1]) and words[k - 1] not in _STOP)
                    or words[k - 1].lower() in ("the", "separatist")
                )
            ):
                k -= 1
            if k < i or i == 0 or words[i - 1].lower() in ("the", "local", "state", "federal"):
                mods = [w for w in words[k:i] if w.lower() != "the"]
                s, e = toks[k][1], toks[i][2]
                if mods and out and out[-1].end > toks[k][1]:
                    out.pop()
                name = " ".join([*mods, lower]) if mods else lower
                out.append(Mention(s, e, text[s:e], name, "group", role="group"))
        if not _cap(word):
            pending_title = title_country = None
        i += 1
    for m in re.finditer(r"\bthe\s+country\b(?!['’])", text[start:end]):
        s, e = start + m.start(), start + m.end()
        out.append(Mention(s, e, text[s:e], "country", "description", role="description"))
    for m in _DESCRIPTION.finditer(text, start, end):
        if not (m["det"] or m["mods"]) and m["head"].lower() not in (
            "regions",
            "republics",
            "territories",
        ):
            continue
        s, e = m.span()
        owner = [x for x in out if x.possessive and 0 <= s - x.end <= 4 and x.end <= s]
        if owner:
            s = owner[-1].start
            out.remove(owner[-1])
        out = [x for x in out if not (x.start >= s and x.end <= e)]
        out.append(Mention(s, e, text[s:e], m["head"].lower(), "description", role="description"))
    out.sort(key=lambda x: x.start)
    return out


# Words of a public body that a place's name opens ("Florida Highway Patrol", "Zenda City
# Council", "Westmark Police Department"): the place alone is not its short form.
_PLACE_BODIES = frozenset(
    {"police", "patrol", "highway", "department", "council", "county", "city", "municipality",
     "ministry", "government", "court", "legislature", "assembly", "senate", "university",
     "college", "hospital", "airport", "port", "fire", "guard", "sheriff", "sheriff's",
     "transit", "water", "emergency", "health", "school", "schools", "district", "zoo"}
)  # fmt: skip


def _resolve_short_forms(mentions: list[Mention]) -> None:
    """Short forms of a name given in full elsewhere: "Sanz" for "Maria Sanz" (the end of a
    name), "Eastmark" for "Eastmark People's Republic" (the start of a polity's or an
    organisation's name). The start of a person's name is not a short form of it: "Westmark" does
    not stand for "Westmark Chief Secretary Jana Novak", nor "Acme Bank" for a longer run of
    capitalised words."""
    full: dict[tuple[str, ...], set[str]] = {}
    starts: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.gid is None and m.type in ("person", "polity", "organisation", "name"):
            words = tuple(t for t in token_words(m.name) if t not in ("'s", "’s"))
            if len(words) >= 2:
                full.setdefault(words, set()).add(m.name)
                titled = any(w.lower() in TITLE_WORDS for w in words)
                if _entity_type(list(words), False) in ("organisation", "polity") and not titled:
                    starts.add(words)  # "Globex" is not short for "Globex Group Chairman X"
    for m in mentions:
        if m.gid is not None or m.role in ("description", "pronoun", "group"):
            continue
        words = token_words(m.name)
        if len(words) > 2 or not words:
            continue
        candidates = {
            name
            for longer, names in full.items()
            if len(longer) > len(words)
            and (
                (
                    longer[: len(words)] == words
                    and longer in starts
                    # (not a place's public body: "Florida" is no short form of "Florida
                    # Highway Patrol", nor "Zenda" of "Zenda City Council")
                    and not {w.lower() for w in longer[len(words) :]} & _PLACE_BODIES
                )
                or (
                    longer[-len(words) :] == words
                    # "Board of Directors of Acme Bank", "Bank of Zenda": the end of such a
                    # name is the name of another thing, not its short form
                    and not {w.lower() for w in longer[: -len(words)]} & {"of", "for", "de"}
                )
            )
            for name in names
        }
        if len(candidates) == 1:
            resolved = next(iter(candidates))
            m.name = resolved
            m.type = (
                _entity_type(list(token_words(resolved)), False)
                if m.type in ("name", "person")
                else m.type
            )


def _people_named_again(mentions: list[Mention]) -> None:
    """A name the document gives a person elsewhere is that person's here too: "Francis had
    been treated" after "Pope Francis" (a single name, which the words alone cannot type)."""
    people = {m.name for m in mentions if m.type == "person" and m.role == "name"}
    for m in mentions:
        if m.type == "name" and m.role == "name" and m.gid is None and m.name in people:
            m.type = "person"


def _group_name(m: Mention) -> str:
    """A listed name as a member of its list: a capital in "the cities of Rabat, Casablanca and
    Essaouira" is the city, not its state."""
    return m.text if m.role == "capital" else m.name


def _conjunctions(text: str, mentions: list[Mention]) -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    run: list[Mention] = []
    for m in mentions:
        if m.role in ("pronoun", "description", "group") or m.type == "country":
            run = []
            continue
        if run:
            between = text[run[-1].end : m.start]
            if re.fullmatch(
                r"(?:\s*\([A-Z]{2,6}\))?\s*(?:,|,?\s+and|\s*&)\s+(?:neighbouring\s+|neighboring\s+|the\s+)?",
                between,
            ):
                run.append(m)
                continue
            if len(run) >= 2:
                groups.append(tuple(sorted({_group_name(x) for x in run})))
        run = [m]
    if len(run) >= 2:
        groups.append(tuple(sorted({_group_name(x) for x in run})))
    return [g for g in groups if len(g) >= 2]


# Words that open a sentence before a name and describe it ("Neighbouring New Mexico has
# reported nine cases", "Embattled Acme Corp said ..."): never a name's own first word, as
# "United" or "Advanced" may be.
_DESCRIBING_OPENERS = frozenset(
    {"neighbouring", "neighboring", "embattled", "beleaguered", "besieged", "landlocked",
     "war-torn", "cash-strapped", "debt-laden", "debt-ridden", "troubled", "struggling",
     "oil-rich", "resource-rich", "disgraced", "jailed", "ousted", "exiled", "outgoing",
     "incoming", "nearby", "neighbour", "rival", "fellow", "impoverished", "isolated",
     # what kind of business the name is: "Retailer Walmart said", "Insurer Aviva"
     "retailer", "insurer", "lender", "broadcaster", "miner", "conglomerate", "regulator",
     "streamer", "brewer", "startup", "start-up"}
)  # fmt: skip


def describing_opener(word: str) -> bool:
    """Whether a sentence's capitalised first word describes the name after it, and is no
    part of it (:data:`_DESCRIBING_OPENERS`, and a maker of something: "Chipmaker Intel",
    "Carmaker Ford")."""
    low = word.lower()
    return low in _DESCRIBING_OPENERS or (low.endswith("maker") and len(low) > len("maker"))


def _common_openers(
    text: str, sentences: Sequence[tuple[int, int]], by_sentence: list[list[Mention]]
) -> None:
    """A sentence's first word, capitalised by its place, is no part of the person's name
    after it when the document writes that word in lower case elsewhere: the headline's
    "Sprinter Jo Bloggs banned" is the body's "Olympic sprinter Jo Bloggs"; nor when it
    describes what is named ("Neighbouring Westmark has reported nine cases")."""
    lower = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", text))
    starts = {s for s, _ in sentences}
    for mentions in by_sentence:
        for m in mentions:
            first, _, rest = m.text.partition(" ")
            if (
                m.start in starts
                and m.name == m.text
                and (
                    (m.type == "person" and len(rest.split()) >= 2 and first.lower() in lower)
                    or (m.type in ("person", "organisation", "name") and rest
                        and describing_opener(first))
                )
            ):  # fmt: skip
                m.start += len(first) + 1
                m.text = m.name = rest


def _defines(acronym: str, mention: Mention) -> bool:
    """Whether ``acronym``, in brackets right after ``mention``, is its short name: the name's
    initials ("Zenda People's Party (ZPP)"), or a mixed-case short form of a body's name in
    another language that begins as the name does ("Alternative for Germany (AfD)")."""
    letters = acronym.replace(".", "")
    if _initials(mention.name) == letters:
        return True
    # ("Party for Freedom (PVV)", "Alternative for Germany (AfD)"; not a person's "(R)")
    return (
        sum(ch.isupper() for ch in letters) >= 2
        and letters[0] == mention.name[0]
        and mention.type != "person"
        and " " in mention.name
    )


# The roles in which a state's mention names the state: "Zenda", "in Zenda", "Strelsau" (its
# capital), "Zenda's foreign ministry".
_STATE_ROLES = frozenset({"name", "location", "capital", "organ"})

_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z.]{1,7})\)")
_NAME_JOINT = re.compile(r" (?:for|of)(?: the)? ")


def _join_bracketed(text: str, mentions: list[Mention]) -> None:
    """A name with a place's name inside it, given its short name in brackets, is one name:
    "Alternative for Germany (AfD)" (not the name "Alternative", then the country)."""
    k = 0
    while k + 1 < len(mentions):
        a, b = mentions[k], mentions[k + 1]
        if (
            a.gid is None
            and a.role == "name"
            and a.type != "person"
            and b.gid is not None
            and _NAME_JOINT.fullmatch(text[a.end : b.start])
            and _BRACKETED.match(text, b.end)
        ):
            name = text[a.start : b.end]
            mentions[k] = Mention(a.start, b.end, name, name, "name")
            del mentions[k + 1]
        k += 1


def find_document_mentions(text: str, sentences: Sequence[tuple[int, int]]) -> DocMentions:
    """All mentions of a document, sentence by sentence, resolved within the document."""
    by_sentence = [_sentence_mentions(text, s, e) for s, e in sentences]
    _common_openers(text, sentences, by_sentence)
    for mentions in by_sentence:
        _join_bracketed(text, mentions)
    flat = [m for sentence in by_sentence for m in sentence]
    acronyms: dict[str, str] = {}
    for m in flat:
        if m.gid is None and m.role == "name":
            after = _BRACKETED.match(text[m.end : m.end + 12])
            if after and _defines(after.group(1), m):
                acronyms[after.group(1)] = m.name
                m.acronym = after.group(1)
    for m in flat:
        if m.gid is None and m.name in acronyms and m.role != "description":
            m.name = acronyms[m.name]
            m.role = "acronym"
            m.type = _entity_type(m.name.split(), False)
    _resolve_short_forms(flat)
    _people_named_again(flat)
    groups: Counter[tuple[str, ...]] = Counter()
    first_seen: dict[tuple[str, ...], int] = {}
    for sentence in by_sentence:
        for group in _conjunctions(text, sentence):
            groups[group] += 1
            first_seen.setdefault(group, len(first_seen))
    ranked = sorted(groups, key=lambda g: (-groups[g], first_seen[g]))
    # "the country": the state the document is about. Known countries and polities first, then an
    # unknown one-word name used as a place ("in Valdoria"); the most mentioned, the first seen.
    states: Counter[tuple[int, str]] = Counter()
    for m in flat:
        if m.type in ("country", "polity") and m.role in _STATE_ROLES:
            states[(0, m.name)] += 1
        elif m.type == "name" and " " not in m.name and m.role == "location":
            states[(1, m.name)] += 1
    if states:
        main = sorted(states, key=lambda k: (k[0], -states[k], k[1]))[0][1]
        for sentence in by_sentence:
            for m in sentence:
                if m.role == "description" and m.name == "country":
                    # (the state its own sentence named before it: "Lebanon's health ministry
                    # says 3,823 people have been killed in the country")
                    before = [
                        b.name
                        for b in sentence
                        if b.type == "country" and b.role in _STATE_ROLES and b.start < m.start
                    ]
                    m.members = (before[-1] if before else main,)
    if ranked:
        for m in flat:
            if m.role == "description" and m.name in (
                "regions",
                "republics",
                "territories",
                "entities",
                "states",
                "provinces",
                "enclaves",
                "oblasts",
            ):
                m.members = ranked[0]
    return DocMentions(by_sentence=by_sentence, groups=ranked, acronyms=acronyms)
