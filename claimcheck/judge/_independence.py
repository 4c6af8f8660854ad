"""Source independence: which sources copy each other and so count once.

Two sources are one family when they credit the same wire agency, or share a long passage of
their own words or most of the shorter one's words (quotations are left out: independent outlets
quote the same statement). Shared
passages are found among hashed runs of words (shingles), grouped by their hash (a claim
store keeps an inverted index of them), so only sources that share a shingle are ever compared.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import combinations, islice

import numpy as np
from numpy.typing import NDArray

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


def _words(text: str) -> list[str]:
    """A text's words for its shingles: folded, quotations left out, at least :data:`SHINGLE`
    of them (a short text is one shingle: a copy must repeat all of it)."""
    words = fold_words(_QUOTED.sub(" ", text)) or fold_words(text)
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    return words


def _codes(words: list[str], ids: dict[str, int]) -> list[int]:
    """The words' numbers, each new word numbered in ``ids`` (kept across texts)."""
    missing = set(words).difference(ids)
    if missing:
        ids.update((w, _word_id(w)) for w in missing)
    return list(map(ids.__getitem__, words))


def _shingles(text: str, ids: dict[str, int] | None = None) -> set[int]:
    """The hashes of the text's runs of :data:`SHINGLE` words, quotations left out.

    Words are numbered stably (``ids`` caches the numbers across texts) and a run's hash is
    Python's hash of its tuple of numbers, which does not change between runs of one Python
    build: a claim store keeps them (:class:`ShingleIndex`).
    """
    codes = _codes(_words(text), {} if ids is None else ids)
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
    ids = sorted(shingles)
    owner = np.repeat(np.arange(len(ids)), [len(shingles[sid]) for sid in ids])
    hashes = np.fromiter(
        (h for sid in ids for h in shingles[sid]), dtype=np.int64, count=len(owner)
    )
    return _copied_arrays(ids, owner, hashes)


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


# Python's hash of a tuple (CPython's ``tuplehash``, xxHash's round on 64-bit builds): a
# shingle's hash computed over arrays is the one :func:`_shingles` gives its tuple of codes.
_XX1, _XX2, _XX5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
_TUPLE_SALT = _XX5 ^ 3527539
_CHUNK = 1 << 15


def _run_hashes(codes: NDArray[np.uint64], size: int = SHINGLE) -> NDArray[np.int64]:
    """The hash of every run of ``size`` consecutive codes, as Python hashes their tuple
    (a code below 2**61 is its own hash)."""
    count = len(codes) - size + 1
    out = np.empty(count, dtype=np.uint64)
    # A chunk at a time, in place in two buffers: the rounds go over arrays that stay in the
    # processor's cache (over whole arrays of millions, a new array each step, they went to
    # memory and the kernel's fresh pages, and cost more than the arithmetic).
    lane, high = np.empty(_CHUNK, dtype=np.uint64), np.empty(_CHUNK, dtype=np.uint64)
    with np.errstate(over="ignore"):  # (the arithmetic is modulo 2**64, as in C)
        for start in range(0, count, _CHUNK):
            acc = out[start : start + _CHUNK]
            m = len(acc)
            acc[:] = _XX5
            for k in range(size):
                np.multiply(codes[start + k : start + k + m], np.uint64(_XX2), out=lane[:m])
                acc += lane[:m]
                np.left_shift(acc, np.uint64(31), out=high[:m])
                acc >>= np.uint64(33)
                acc |= high[:m]
                acc *= np.uint64(_XX1)
            acc += np.uint64(size ^ _TUPLE_SALT)
    hashes = out.view(np.int64)
    hashes[hashes == -1] = 1546275796  # (-1 is no hash in C: Python gives this instead)
    return hashes


def _copied_texts(ordered: Sequence[Source]) -> dict[tuple[str, str], int]:
    """:func:`copied_pairs` of the sources' texts (in id order), their shingles hashed and
    grouped over arrays: at news scale (hundreds of thousands of shingles) the index of every
    shingle's first holder outgrew the processor's caches and grew faster than linearly."""
    ids: dict[str, int] = {}
    codes: list[int] = []
    lengths = np.zeros(len(ordered), dtype=np.int64)
    for k, source in enumerate(ordered):
        text_codes = _codes(_words(source.text), ids)
        codes.extend(text_codes)
        lengths[k] = len(text_codes)
    every = np.array(codes, dtype=np.uint64)
    if not len(every):
        return {}
    hashes = _run_hashes(every)
    # a text of L words starts L - SHINGLE + 1 runs (the later ones run into the next text)
    runs = lengths - (SHINGLE - 1)
    owner = np.repeat(np.arange(len(ordered)), runs)
    # (the runs of text k are numbered from first[k] among them all, from starts[k] among every
    # run hashed)
    starts, first = np.cumsum(lengths) - lengths, np.cumsum(runs) - runs
    inside = np.arange(len(owner)) + np.repeat(starts - first, runs)
    return _copied_arrays([s.id for s in ordered], owner, hashes[inside])


def _copied_arrays(
    ids: Sequence[str], owner: NDArray[np.int64], hashes: NDArray[np.int64]
) -> dict[tuple[str, str], int]:
    """The copied pairs, given each shingle's hash and its owner (an index into ``ids``, which
    are in order). A text may hold a shingle more than once."""
    # Only the shingles of more than one holding (two texts, or twice in one) are grouped:
    # the values are sorted (fast, in place of an index), and the few held more than once
    # picked out by a search among them.
    values = np.sort(hashes)
    repeated = np.unique(values[1:][values[1:] == values[:-1]])
    if not len(repeated):
        return {}
    shared = repeated[np.minimum(np.searchsorted(repeated, hashes), len(repeated) - 1)] == hashes
    sizes = np.bincount(owner, minlength=len(ids))
    hashes, owner = hashes[shared], owner[shared]
    by_hash = np.lexsort((owner, hashes))
    hashes, owner = hashes[by_hash], owner[by_hash]
    # each shingle once per text (a text's size counts it once)
    again = np.zeros(len(hashes), dtype=bool)
    again[1:] = (hashes[1:] == hashes[:-1]) & (owner[1:] == owner[:-1])
    sizes -= np.bincount(owner[again], minlength=len(ids))
    hashes, owner = hashes[~again], owner[~again]
    first = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    held = np.diff(np.r_[first, len(hashes)])
    # the pairs of holders of each shingle of 2 to MAX_HOLDERS holders, as one number each,
    # counted by size of holding (a table of shingles by holders, its columns paired)
    pairs: list[NDArray[np.int64]] = []
    n = np.int64(len(ids))
    for holders in np.unique(held[(held >= 2) & (held <= MAX_HOLDERS)]):
        table = owner[first[held == holders][:, None] + np.arange(holders)]
        for i, j in combinations(range(int(holders)), 2):
            pairs.append(table[:, i] * n + table[:, j])
    if not pairs:
        return {}
    pair, count = np.unique(np.concatenate(pairs), return_counts=True)
    a, b = np.divmod(pair, n)
    least = np.minimum(sizes[a], sizes[b])
    copying = (count >= SHARED_SHINGLES) | (count >= np.maximum(1, (least + 1) // 2))
    return {
        (ids[i], ids[j]): c
        for i, j, c in zip(
            a[copying].tolist(), b[copying].tolist(), count[copying].tolist(), strict=True
        )
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
    ordered = sorted(sources, key=lambda s: s.id)
    return join_families(sources, _copied_texts(ordered), independent)


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
