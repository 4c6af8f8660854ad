"""Source families: the shingle index gives what comparing every pair of sources would."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Source
from claimcheck._unionfind import find, union
from claimcheck.judge._independence import SHARED_SHINGLES, _shingles, families

WORDS = ["the", "quake", "struck", "zenda", "on", "monday", "killing", "12", "people", "and"]
# texts cut from a few long passages, so that some share long runs of words and some do not
PASSAGES = [" ".join(WORDS[(k * i) % len(WORDS)] for i in range(60)) for k in (1, 3, 7)]
TEXTS = st.builds(
    lambda p, a, n, tail: " ".join([*PASSAGES[p].split()[a : a + n], *tail]),
    st.integers(0, 2),
    st.integers(0, 40),
    st.integers(0, 30),
    st.lists(st.sampled_from(WORDS), max_size=6),
)


def pairwise(sources: list[Source]) -> dict[str, str]:
    """Each source's family root by the definition: every pair compared on the shingles they
    share that at most 50 sources hold."""
    shingles = {s.id: _shingles(s.text) for s in sources}
    holders: dict[int, int] = {}
    for found in shingles.values():
        for k in found:
            holders[k] = holders.get(k, 0) + 1
    parent: dict[str, str] = {}
    for a, b in combinations(sorted(shingles), 2):
        count = sum(1 for k in shingles[a] & shingles[b] if holders[k] <= 50)
        shorter = min(len(shingles[a]), len(shingles[b]))
        if count and count >= min(SHARED_SHINGLES, max(1, (shorter + 1) // 2)):
            union(parent, a, b)
    return {s.id: find(parent, s.id) for s in sources}


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=8))
def test_families_are_the_pairwise_copies(texts):
    sources = [Source(id=f"s{i}", text=text or "x") for i, text in enumerate(texts)]
    keys, _ = families(sources)
    expected = pairwise(sources)
    same = {(a, b) for a, b in combinations(sorted(keys), 2) if keys[a] == keys[b]}
    assert same == {
        (a, b) for a, b in combinations(sorted(expected), 2) if expected[a] == expected[b]
    }
