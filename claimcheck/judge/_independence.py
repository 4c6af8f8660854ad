"""Source independence: which sources copy each other and so count once.

Two sources are one family when they credit the same wire agency, or share a long passage of
their own words or most of the shorter one's words (quotations are left out: independent outlets
quote the same statement). Shared
passages are found through an inverted index of word shingles, so only sources that share a
shingle are ever compared.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from itertools import combinations

from claimcheck._unionfind import find, union
from claimcheck.model import Family, Source
from claimcheck.normalise._fold import fold_words

__all__ = ["SHARED_SHINGLES", "SHINGLE", "families"]

SHINGLE = 8
SHARED_SHINGLES = 12  # about a 20-word passage in common
_QUOTED = re.compile(r"[\"“][^\"“”]{0,2000}[\"”]")


def _shingles(text: str) -> set[int]:
    words = fold_words(_QUOTED.sub(" ", text)) or fold_words(text)
    if len(words) < SHINGLE:  # a short text is one shingle: a copy must repeat all of it
        words = words + [""] * (SHINGLE - len(words))
    # Python's own hash of the word tuple: only compared within one run, and far cheaper than a
    # cryptographic digest per shingle.
    return set(map(hash, zip(*(words[k:] for k in range(SHINGLE)), strict=False)))


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
    # Most shingles belong to one source: index them by their first holder alone, and keep a
    # list of holders only for the shingles that are shared (a list per shingle took most of
    # the time and memory on a large corpus).
    first: dict[int, str] = {}
    holders_of: dict[int, list[str]] = {}
    sizes: dict[str, int] = {}
    for s in sorted(sources, key=lambda x: x.id):
        shingles = _shingles(s.text)
        sizes[s.id] = len(shingles)
        seen = first.keys() & shingles  # set operations: the loop over shingles runs in C
        for shingle in seen:
            holders_of.setdefault(shingle, [first[shingle]]).append(s.id)
        first.update(dict.fromkeys(shingles - seen if seen else shingles, s.id))
    del first
    # the pairs of holders of each shared shingle, counted in C (holders are in id order)
    shared: Counter[tuple[str, str]] = Counter()
    for holders in holders_of.values():
        if len(holders) <= 50:
            shared.update(combinations(holders, 2))
    # A long shared passage, or most of the shorter text: either is copying.
    copied = [
        (pair, count)
        for pair, count in shared.items()
        if count >= SHARED_SHINGLES
        or count >= max(1, (min(sizes[pair[0]], sizes[pair[1]]) + 1) // 2)
    ]
    for (a, b), count in sorted(copied):
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
