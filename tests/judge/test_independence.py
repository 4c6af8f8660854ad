"""Source families: the shingle index gives what comparing every pair of sources would."""

from __future__ import annotations

from itertools import combinations
from types import SimpleNamespace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Source
from claimcheck._unionfind import find, union
from claimcheck.judge._independence import (
    SHARED_SHINGLES,
    ShingleIndex,
    _copied_texts,
    _run_hashes,
    _shingles,
    copied_pairs,
    families,
)
from claimcheck.judge._verdicts import _independent

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


def pairwise_copies(texts: dict[str, str], limit: int = 50) -> dict[tuple[str, str], int]:
    """The copied pairs by the definition: every pair of texts compared on the shingles they
    share that at most ``limit`` texts hold."""
    shingles = {sid: _shingles(text) for sid, text in texts.items()}
    holders: dict[int, int] = {}
    for found in shingles.values():
        for k in found:
            holders[k] = holders.get(k, 0) + 1
    copied = {}
    for a, b in combinations(sorted(shingles), 2):
        count = sum(1 for k in shingles[a] & shingles[b] if holders[k] <= limit)
        shorter = min(len(shingles[a]), len(shingles[b]))
        if count and count >= min(SHARED_SHINGLES, max(1, (shorter + 1) // 2)):
            copied[(a, b)] = count
    return copied


def pairwise(sources: list[Source]) -> dict[str, str]:
    """Each source's family root by the definition (:func:`pairwise_copies`)."""
    parent: dict[str, str] = {}
    for a, b in pairwise_copies({s.id: s.text for s in sources}):
        union(parent, a, b)
    return {s.id: find(parent, s.id) for s in sources}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 2**30 - 1), min_size=8, max_size=40))
def test_a_run_of_codes_hashed_over_arrays_has_the_hash_of_its_tuple(codes):
    # (the claim store keeps shingles hashed as tuples; a report hashes them over arrays)
    expected = [hash(tuple(codes[k : k + 8])) for k in range(len(codes) - 7)]
    assert _run_hashes(np.array(codes, dtype=np.uint64)).tolist() == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=10), st.sampled_from([2, 3, 50]))
def test_copies_found_over_arrays_are_the_pairwise_definition(texts, limit):
    from claimcheck.judge import _independence

    sources = [Source(id=f"s{i:02d}", text=text or "x") for i, text in enumerate(texts)]
    texts_of = {s.id: s.text for s in sources}
    saved = _independence.MAX_HOLDERS
    _independence.MAX_HOLDERS = limit  # small limits leave common shingles out
    try:
        from_texts = _copied_texts(sources)
        from_sets = copied_pairs({s.id: _shingles(s.text) for s in sources})
    finally:
        _independence.MAX_HOLDERS = saved
    assert from_texts == from_sets == pairwise_copies(texts_of, limit)


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


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=10), st.sampled_from([2, 3, 50]), st.data())
def test_an_index_kept_as_sources_come_gives_the_copies_of_all_of_them(texts, limit, data):
    from claimcheck.judge import _independence

    sources = {f"s{i:02d}": text or "x" for i, text in enumerate(texts)}
    saved = _independence.MAX_HOLDERS
    _independence.MAX_HOLDERS = limit  # small limits make common shingles drop out as they come
    try:
        order = data.draw(st.permutations(sorted(sources)))  # in any order
        built = data.draw(st.integers(0, len(order)))  # the first ones indexed at once
        index = ShingleIndex.of({sid: _shingles(sources[sid]) for sid in order[:built]})
        for sid in order[built:]:
            index.add(sid, _shingles(sources[sid]))
        expected = copied_pairs({sid: _shingles(text) for sid, text in sources.items()})
    finally:
        _independence.MAX_HOLDERS = saved
    assert index.copied == expected


def test_a_shingle_past_the_limit_counts_for_no_pair_whenever_its_holders_came():
    from claimcheck.judge import _independence

    copied_text = " ".join(f"w{i}" for i in range(30))  # s0 and s1 share it: a copy
    phrase = "the river burst its banks after heavy rain"  # one shingle, held by every source
    texts = {
        "s0": f"{copied_text}. {phrase}",
        "s1": f"{copied_text}. {phrase}",
        "s2": f"alpha beta gamma. {phrase}",
        "s3": f"delta epsilon zeta. {phrase}",
    }
    saved = _independence.MAX_HOLDERS
    _independence.MAX_HOLDERS = 2
    try:
        index = ShingleIndex.of({k: _shingles(texts[k]) for k in ("s0", "s1", "s2")})
        index.add("s3", _shingles(texts["s3"]))
        expected = copied_pairs({k: _shingles(t) for k, t in texts.items()})
    finally:
        _independence.MAX_HOLDERS = saved
    assert index.copied == expected
    assert list(expected) == [("s0", "s1")]


@given(
    st.lists(st.sampled_from("abcd"), max_size=8),
    st.dictionaries(st.sampled_from("abcd"), st.sampled_from("xyz"), min_size=4),
)
def test_independent_is_two_families_or_more(sources: list[str], family: dict[str, str]) -> None:
    # read up to the second family only, it says what counting them all says
    claims = [SimpleNamespace(source=s) for s in sources]
    assert _independent(claims, family) == (len({family[s] for s in sources}) >= 2)  # type: ignore[arg-type]
