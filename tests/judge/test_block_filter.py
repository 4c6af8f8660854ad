"""Block judging matches the pairwise rule: the pre-check never hides a clash, and the
near-linear value-class judging finds exactly the claims the pairwise rule sets in conflict."""

from __future__ import annotations

import datetime as dt
from itertools import combinations, permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck._unionfind import find, union
from claimcheck.judge import Describer
from claimcheck.judge._classes import clashing
from claimcheck.judge._memo import Memo
from claimcheck.judge._verdicts import (
    _agreement_sets,
    _as_of,
    _clashes,
    _may_clash,
    _open_agree,
    _open_agreements,
)
from claimcheck.model import Claim, Quantity, Source, Span, TimeRange
from claimcheck.normalise import default_lexicon

SOURCES = {
    sid: Source(id=sid, text="x" * 40, published=day)
    for sid, day in (("a", dt.date(2024, 1, 1)), ("b", dt.date(2024, 1, 2)), ("c", None))
}
DESCRIBE = Describer(entities={}, sources=SOURCES, lexicon=default_lexicon())

times = st.none() | st.sampled_from(
    [
        *(
            TimeRange(
                earliest=dt.date(2024, 1, d),
                latest=dt.date(2024, 1, d),
                precision="day",
                text=f"{d} Jan",
            )
            for d in (1, 2)
        ),
        TimeRange(
            earliest=dt.date(2024, 1, 1),
            latest=dt.date(2024, 1, 31),
            precision="month",
            text="January",
        ),
        TimeRange(
            earliest=dt.date(2024, 2, 1),
            latest=dt.date(2024, 2, 29),
            precision="month",
            text="February",
        ),
        TimeRange(precision="month-day", month=1, day=1, text="1 Jan"),
        TimeRange(precision="month-day", month=1, day=2, text="2 Jan"),
        TimeRange(precision="month-day", month=2, day=1, text="1 Feb"),
    ]
)
quantities = st.none() | st.builds(
    Quantity,
    low=st.none() | st.sampled_from([5.0, 10.0]),
    high=st.none() | st.sampled_from([5.0, 10.0]),
    text=st.just("n"),
)


@st.composite
def claims(draw: st.DrawFn, n: int, predicate: str) -> Claim:
    sid = draw(st.sampled_from(sorted(SOURCES)))
    return Claim(
        id=f"{sid}#{n}",
        source=sid,
        subject="country:aa",
        predicate=predicate,
        object="country:bb",
        time=draw(times),
        quantity=draw(quantities),
        rank=draw(st.sampled_from([None, None, 1, 2])),
        polarity=draw(st.sampled_from(["affirmed", "affirmed", "affirmed", "negated"])),
        modality=draw(
            st.sampled_from(["asserted", "asserted", "reported", "hedged", "unconfirmed"])
        ),
        scoped=draw(st.sampled_from([False, False, False, True])),
        attributed_to=draw(st.sampled_from([None, None, "", "person:x", "person:y"])),
        location=draw(st.none() | st.just("place:p")),
        text=draw(st.sampled_from(["the army killed 5", "the army killed 10"])),
        evidence=Span(source=sid, start=0, end=1, quote="x"),
    )


@st.composite
def blocks(draw: st.DrawFn) -> list[Claim]:
    """Claims of one block: one predicate, two to four claims."""
    predicate = draw(st.sampled_from(["kill", "recognise", "open:say"]))
    numbers = draw(st.lists(st.integers(0, 9), min_size=2, max_size=6, unique=True))
    return [draw(claims(n, predicate)) for n in numbers]


@settings(max_examples=1000, deadline=None)
@given(blocks(), st.sets(st.sampled_from(["time", "quantity"])))
def test_a_block_that_may_not_clash_has_no_clashing_pair(block, functional):
    if _may_clash(block, functional):
        return
    for first, second in permutations(block, 2):
        assert _clashes(first, second, functional, DESCRIBE) == []


FAMILIES = st.sampled_from(
    [{"a": "a", "b": "b", "c": "c"}, {"a": "a", "b": "a", "c": "c"}, {"a": "a", "b": "b", "c": "b"}]
)


@settings(max_examples=1500, deadline=None)
@given(blocks(), st.sets(st.sampled_from(["time", "quantity"])), FAMILIES)
def test_value_classes_find_exactly_the_pairwise_clashes(block, functional, family):
    if block[0].predicate.startswith("open:"):
        return  # open predicates are compared pair by pair over their words
    block = [c.model_copy(update={"measure": None}) for c in block]
    order = DESCRIBE.reading_order
    expected: dict[str, set[str]] = {}
    for a, b in permutations(block, 2):
        if family[a.source] == family[b.source] or a.scoped or b.scoped:
            continue
        first, second = (b, a) if order[b.source] < order[a.source] else (a, b)
        for kind in _clashes(first, second, functional, DESCRIBE):
            if kind != "attribution":  # quotations are compared by their words
                expected.setdefault(kind, set()).update({a.id, b.id})
    found = clashing(block, family, functional=functional, as_of=lambda c: _as_of(c, DESCRIBE))
    assert dict(found) == expected


OPEN_TEXTS = [
    "police fired tear gas at protesters",
    "police fired tear gas at the protesters",
    "tear gas fired by police at protesters",
    "protesters threw stones at police",
    "the crowd dispersed before dawn",
]


@st.composite
def open_blocks(draw: st.DrawFn) -> list[Claim]:
    """Affirmed open claims of one block with few wordings, so that classes repeat."""
    n = draw(st.integers(2, 12))
    out = []
    for k in range(n):
        sid = draw(st.sampled_from(sorted(SOURCES)))
        out.append(
            Claim(
                id=f"{sid}#{k:02d}",
                source=sid,
                subject="group:police",
                predicate="open:fire",
                text=draw(st.sampled_from(OPEN_TEXTS)),
                evidence=Span(source=sid, start=0, end=1, quote="x"),
            )
        )
    return out


@settings(max_examples=1000, deadline=None)
@given(open_blocks(), FAMILIES)
def test_open_agreement_by_word_classes_is_the_pairwise_one(block, family):
    parent: dict[str, str] = {}
    for a, b in combinations(sorted(block, key=lambda c: c.id), 2):
        if family[a.source] != family[b.source] and _open_agree(a, b):
            union(parent, a.id, b.id)
    groups: dict[str, list[str]] = {}
    for c in sorted(block, key=lambda c: c.id):
        if c.id in parent:
            groups.setdefault(find(parent, c.id), []).append(c.id)
    expected = [g for _, g in sorted(groups.items()) if len(g) > 1]
    found = [[c.id for c in g] for g in _open_agreements(block, family)]
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(open_blocks(), open_blocks(), FAMILIES)
def test_kept_open_agreements_are_those_of_the_block_judged_again(block, other, family):
    memo = Memo(salt="run")
    ids = lambda groups: [[c.id for c in g] for g in groups]  # noqa: E731
    fresh = ids(_agreement_sets(block, family))
    assert ids(_agreement_sets(block, family, memo)) == fresh  # made and kept
    again = Memo(memo.kept(), salt="run")
    assert ids(_agreement_sets(block, family, again)) == fresh  # read back
    # another block's content (other words, ids or families) never reads this block's result
    assert ids(_agreement_sets(other, family, again)) == ids(_agreement_sets(other, family))
    # nor does the same block under another salt (another extractor, lexicon or version)
    salted = Memo(memo.kept(), salt="other")
    assert ids(_agreement_sets(block, family, salted)) == fresh
    assert salted.kept().keys().isdisjoint(memo.kept())
