"""Source independence: which sources copy each other and so count once.

Two sources are one family when they credit the same wire agency, or share a long passage of
their own words or most of the shorter one's words (quotations are left out: independent outlets
quote the same statement). Shared
passages are found through an inverted index of word shingles, so only sources that share a
shingle are ever compared.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import combinations, islice

from claimcheck._unionfind import find, union
from claimcheck.model import Family, Source
from claimcheck.normalise._fold import fold_words

__all__ = [
    "MAX_HOLDERS",
    "SHARED_SHINGLES",
    "SHINGLE",
    "ShingleIndex",
    "copied_pairs",
    "families",
    "join_families",
    "shingles_of",
]

SHINGLE = 8
SHARED_SHINGLES = 12  # about a 20-word passage in common
MAX_HOLDERS = 50  # a shingle more sources hold is common phrasing, not copying
_QUOTED = re.compile(r"[\"“][^\"“”]{0,2000}[\"”]")


def _word_id(word: str) -> int:
    """A word's number, the same in every run (Python's own string hash changes per process).

    30 bits: a number of one machine digit hashes fast inside the tuples of a shingle, and two
    words that share a number only make two texts' runs alike if the other seven words agree.
    """
    digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") & 0x3FFFFFFF


def _shingles(text: str, ids: dict[str, int] | None = None) -> set[int]:
    """The hashes of the text's runs of :data:`SHINGLE` words, quotations left out.

    Words are numbered stably (``ids`` caches the numbers across texts) and a run's hash is
    Python's hash of its tuple of numbers, which does not change between runs of one Python
    build: a claim store keeps them (:class:`ShingleIndex`).
    """
    words = fold_words(_QUOTED.sub(" ", text)) or fold_words(text)
    if len(words) < SHINGLE:  # a short text is one shingle: a copy must repeat all of it
        words = words + [""] * (SHINGLE - len(words))
    ids = {} if ids is None else ids
    missing = set(words).difference(ids)
    if missing:
        ids.update((w, _word_id(w)) for w in missing)
    codes = list(map(ids.__getitem__, words))
    # (each run's words through offset iterators: no copy of a long text's list per offset)
    runs = zip(*(islice(codes, k, None) for k in range(SHINGLE)), strict=False)
    return set(map(hash, runs))


def shingles_of(sources: Iterable[Source]) -> dict[str, set[int]]:
    """Each source's shingles by id (its words numbered once for all of them)."""
    ids: dict[str, int] = {}
    return {source.id: _shingles(source.text, ids) for source in sources}


def _copying(count: int, size_a: int, size_b: int) -> bool:
    """Whether ``count`` shared shingles make two texts copies: a long shared passage, or most
    of the shorter text."""
    return count >= SHARED_SHINGLES or count >= max(1, (min(size_a, size_b) + 1) // 2)


def copied_pairs(shingles: Mapping[str, set[int]]) -> dict[tuple[str, str], int]:
    """The pairs of sources (by id, the smaller first) that copy each other, with the number
    of shingles they share that at most :data:`MAX_HOLDERS` sources hold."""
    return _copied(sorted(shingles.items()))


def _copied(shingles: Iterable[tuple[str, set[int]]]) -> dict[tuple[str, str], int]:
    """:func:`copied_pairs` over sources' shingles given one source at a time, in id order (so
    that no more than one source's set is held at once)."""
    # Most shingles belong to one source: index them by their first holder alone, and keep a
    # list of holders only for the shingles that are shared (a list per shingle took most of
    # the time and memory on a large corpus).
    first: dict[int, str] = {}
    holders_of: dict[int, list[str]] = {}
    sizes: dict[str, int] = {}
    for sid, found in shingles:
        sizes[sid] = len(found)
        seen = first.keys() & found  # set operations: the loop over shingles runs in C
        for shingle in seen:
            holders_of.setdefault(shingle, [first[shingle]]).append(sid)
        first.update(dict.fromkeys(found - seen if seen else found, sid))
    del first
    return _copied_among(holders_of.values(), sizes)


def _copied_among(
    holder_lists: Iterable[Sequence[str]], sizes: Mapping[str, int]
) -> dict[tuple[str, str], int]:
    """The copied pairs, given the holders of each shingle (in id order) and each source's
    number of shingles: shingles of more than :data:`MAX_HOLDERS` holders do not count."""
    # the pairs of holders of each shared shingle, counted in C
    shared: Counter[tuple[str, str]] = Counter()
    for holders in holder_lists:
        if len(holders) <= MAX_HOLDERS:
            shared.update(combinations(holders, 2))
    # (the test of _copying written out: it runs for every pair that shares a shingle)
    return {
        pair: count
        for pair, count in shared.items()
        if count >= SHARED_SHINGLES
        or count >= max(1, (min(sizes[pair[0]], sizes[pair[1]]) + 1) // 2)
    }


def families(
    sources: Sequence[Source], independent: Collection[str] = ()
) -> tuple[dict[str, str], list[Family]]:
    """Each source's family key, and the families of more than one source.

    >>> a = Source(id="a", text="x", wire="AFP")
    >>> b = Source(id="b", text="y", wire="AFP")
    >>> keys, fams = families([a, b])
    >>> keys["a"] == keys["b"], fams[0].sources
    (True, ['a', 'b'])
    """
    ids: dict[str, int] = {}
    ordered = sorted(sources, key=lambda s: s.id)
    copied = _copied((s.id, _shingles(s.text, ids)) for s in ordered)
    return join_families(sources, copied, independent)


def join_families(
    sources: Sequence[Source],
    copied: Mapping[tuple[str, str], int],
    independent: Collection[str] = (),
) -> tuple[dict[str, str], list[Family]]:
    """:func:`families` given the pairs that copy each other (:func:`copied_pairs`, or a
    claim store's :class:`ShingleIndex`)."""
    ids = sorted(s.id for s in sources)
    parent: dict[str, str] = {}
    reasons: dict[tuple[str, str], str] = {}

    def join(a: str, b: str, why: str) -> None:
        if a in independent or b in independent:
            return  # a text under test is compared with the sources, never merged into them
        union(parent, a, b)
        reasons.setdefault((min(a, b), max(a, b)), why)

    by_wire: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        if s.wire:
            by_wire[s.wire.lower()].append(s.id)
    for wire, members in sorted(by_wire.items()):
        members.sort()
        for other in members[1:]:
            join(members[0], other, f"same wire credit ({wire.upper()})")
    for (a, b), count in sorted(copied.items()):
        join(a, b, f"long shared passages ({count + SHINGLE - 1}+ words)")
    keys = {sid: find(parent, sid) for sid in ids}
    groups: dict[str, list[str]] = defaultdict(list)
    for sid in ids:
        groups[keys[sid]].append(sid)
    why_of: dict[str, set[str]] = defaultdict(set)
    for (a, _b), reason in reasons.items():
        why_of[keys[a]].add(reason)
    out = []
    for root, members in sorted(groups.items()):
        if len(members) < 2:
            continue
        why = sorted(why_of[root])
        out.append(Family(id=f"family:{root}", sources=members, reason="; ".join(why)))
    return keys, out


# A shingle's holders, or None when more than MAX_HOLDERS sources hold it (a phrase so common
# that it says nothing about copying).
Holders = list[str] | None


class ShingleIndex:
    """Copied pairs kept up to date as sources are added, one at a time, without comparing
    the others again (a claim store keeps its parts between runs).

    ``holders`` maps each shingle to its holders (or None past :data:`MAX_HOLDERS`), for the
    shingles of the sources being added at least; ``sizes`` each source's number of shingles;
    ``copied`` the copied pairs with their counts. :meth:`add` changes all three in place and
    notes which shingles changed; the result is what :func:`copied_pairs` gives over every
    source (a hypothesis test checks it). Removing a source needs a rebuild.
    """

    def __init__(
        self,
        holders: dict[int, Holders],
        sizes: dict[str, int],
        copied: dict[tuple[str, str], int],
    ) -> None:
        self.holders, self.sizes, self.copied = holders, sizes, copied
        self.changed: set[int] = set()

    @classmethod
    def of(cls, shingles: Mapping[str, set[int]]) -> ShingleIndex:
        """The index of every source's shingles at once (every shingle counts as changed)."""
        holders: dict[int, Holders] = {}
        for sid in sorted(shingles):
            for shingle in shingles[sid]:
                held = holders.setdefault(shingle, [])
                if held is not None:
                    held.append(sid)
                    if len(held) > MAX_HOLDERS:
                        holders[shingle] = None
        sizes = {sid: len(found) for sid, found in shingles.items()}
        copied = _copied_among((held for held in holders.values() if held is not None), sizes)
        index = cls(holders, sizes, copied)
        index.changed = set(holders)
        return index

    def add(self, sid: str, shingles: set[int]) -> None:
        """Add source ``sid`` (not already in the index) with its shingles."""
        self.sizes[sid] = len(shingles)
        counts: Counter[str] = Counter()
        lost: Counter[tuple[str, str]] = Counter()
        for shingle in shingles:
            held = self.holders.get(shingle, [])
            if held is None:
                continue
            if len(held) < MAX_HOLDERS:
                counts.update(held)
                self.holders[shingle] = [*held, sid]
            else:  # one holder too many: its pairs no longer count it
                lost.update(pair for pair in combinations(sorted(held), 2) if pair in self.copied)
                self.holders[shingle] = None
            self.changed.add(shingle)
        for pair, count in lost.items():
            left = self.copied[pair] - count
            if _copying(left, self.sizes[pair[0]], self.sizes[pair[1]]):
                self.copied[pair] = left
            else:
                del self.copied[pair]
        for other, count in counts.items():
            if _copying(count, len(shingles), self.sizes[other]):
                self.copied[(min(sid, other), max(sid, other))] = count
