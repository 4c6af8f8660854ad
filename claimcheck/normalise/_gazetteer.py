"""The shipped gazetteer: countries, capitals, demonyms, organisations and territories.

Loaded once from the TSV files in ``claimcheck/data``; names are indexed by their token
sequence so that a text is matched in one left-to-right pass, longest name first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from importlib import resources

import attrs

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "countries_named",
    "gazetteer",
    "token_words",
    "tokenize",
]

# Words, keeping internal apostrophes, dots and hyphens ("Hong-chol", "U.S."), with a possessive
# "'s" split off as its own token.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:[\w.’'-]*[^\W_])?")
_POSSESSIVE = re.compile(r"^(?P<stem>.+?)(?P<pos>['’]s?)$")


def tokenize(text: str) -> Iterator[tuple[str, int, int]]:
    """Word tokens of ``text`` with their offsets; possessives are separate tokens.

    >>> [t for t, _, _ in tokenize("South Africa's U.S.-led envoy")]
    ['South', 'Africa', "'s", 'U.S.', 'led', 'envoy']
    """
    for m in _TOKEN.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        if (
            end < len(text)
            and text[end] in "'’"
            and (end + 1 == len(text) or text[end + 1] in "sS")
        ):
            after = end + 2 if end + 1 < len(text) and text[end + 1] in "sS" else end + 1
            if after >= len(text) or not text[after].isalnum():
                yield word, start, end
                yield text[end:after], end, after
                continue
        pos = _POSSESSIVE.match(word)
        if (
            pos
            and len(pos["stem"]) > 1
            and pos["pos"].endswith(("s", "S"))
            and pos["pos"][0] in "'’"
        ):
            cut = start + len(pos["stem"])
            yield pos["stem"], start, cut
            yield word[len(pos["stem"]) :], cut, end
            continue
        yield word, start, end


def token_words(text: str) -> tuple[str, ...]:
    """The words :func:`tokenize` finds, without offsets.

    >>> token_words("South Africa's U.S.-led envoy")
    ('South', 'Africa', "'s", 'U.S.', 'led', 'envoy')
    """
    if "'" not in text and "’" not in text:  # no possessive to split: the pattern says it all
        return tuple(_TOKEN.findall(text))
    return tuple(t for t, _, _ in tokenize(text))


@attrs.frozen(slots=True)
class GazetteerEntry:
    """What a gazetteer name stands for."""

    id: str
    name: str
    type: str
    country: str | None = None
    role: str = "name"  # name, capital or demonym
    # a capital's own name, as first listed ("Beijing" for "Peking"): the city, where it is a place
    city: str | None = None


@attrs.frozen
class Gazetteer:
    """Names indexed by token tuple; ``entities`` lists each entity's aliases."""

    index: dict[tuple[str, ...], GazetteerEntry]
    entities: dict[str, tuple[str, str, list[str]]]
    longest: int

    def match(self, tokens: list[str], start: int) -> tuple[int, GazetteerEntry] | None:
        """The longest name starting at ``tokens[start]``: (token count, entry)."""
        for size in range(min(self.longest, len(tokens) - start), 0, -1):
            entry = self.index.get(tuple(tokens[start : start + size]))
            if entry is not None:
                return size, entry
        return None


def _rows(name: str) -> Iterator[list[str]]:
    text = resources.files("claimcheck.data").joinpath(name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield (line.split("\t") + [""] * 5)[:5]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _keys(name: str) -> list[tuple[str, ...]]:
    tokens = token_words(name)
    keys = [tokens]
    if tokens and tokens[0] in ("The", "the"):
        keys.append(tokens[1:])
        keys.append(("the", *tokens[1:]))
    return keys


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    index: dict[tuple[str, ...], GazetteerEntry] = {}
    entities: dict[str, tuple[str, str, list[str]]] = {}

    def add(surface: str, entry: GazetteerEntry) -> None:
        for key in _keys(surface):
            if key and key not in index:
                index[key] = entry

    for code, name, aliases, capitals, demonyms in _rows("countries.tsv"):
        cid = f"country:{code.lower()}"
        entities[cid] = (name, "country", _split(aliases))
        for surface in [name, *_split(aliases)]:
            add(surface, GazetteerEntry(cid, name, "country"))
        listed = _split(capitals)
        for capital in listed:
            add(capital, GazetteerEntry(cid, name, "country", cid, role="capital", city=listed[0]))
        for demonym in _split(demonyms):
            add(demonym, GazetteerEntry(cid, name, "country", cid, role="demonym"))
    for oid, name, aliases, kind, _ in _rows("organisations.tsv"):
        eid = f"org:{oid}"
        entities[eid] = (name, kind or "organisation", _split(aliases))
        for surface in [name, *_split(aliases)]:
            add(surface, GazetteerEntry(eid, name, kind or "organisation"))
    for pid, name, aliases, part_of, _ in _rows("territories.tsv"):
        eid = f"place:{pid}"
        country = f"country:{part_of.lower()}" if part_of else None
        entities[eid] = (name, "territory", _split(aliases))
        for surface in [name, *_split(aliases)]:
            add(surface, GazetteerEntry(eid, name, "territory", country))
    return Gazetteer(index=index, entities=entities, longest=max(len(k) for k in index))


@functools.lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Each one-word name, capital and demonym of a country, folded, with the country's id
    ("iranian" -> country:ir); a word two countries share is left out."""
    from claimcheck.normalise._fold import fold

    out: dict[str, str] = {}
    shared: set[str] = set()
    for key, entry in gazetteer().index.items():
        if entry.type != "country" or len(key) != 1:
            continue
        word = fold(key[0])
        if out.get(word, entry.id) != entry.id:
            shared.add(word)
        out[word] = entry.id
    return {w: cid for w, cid in out.items() if w not in shared}


def countries_named(words: Iterable[str]) -> frozenset[str]:
    """The ids of the countries that folded ``words`` name by a one-word name, capital or
    demonym.

    >>> sorted(countries_named("france summoned the iranian ambassador in paris".split()))
    ['country:fr', 'country:ir']
    """
    index = _country_words()
    return frozenset(cid for w in words if (cid := index.get(w)) is not None)
