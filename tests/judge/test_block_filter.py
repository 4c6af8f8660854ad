"""The block pre-check never hides a clash the pairwise rule would find."""

from __future__ import annotations

import datetime as dt
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.judge import Describer
from claimcheck.judge._verdicts import _clashes, _may_clash
from claimcheck.model import Claim, Quantity, Source, Span, TimeRange
from claimcheck.normalise import default_lexicon

SOURCES = {
    sid: Source(id=sid, text="x" * 40, published=day)
    for sid, day in (("a", dt.date(2024, 1, 1)), ("b", dt.date(2024, 1, 2)), ("c", None))
}
DESCRIBE = Describer(entities={}, sources=SOURCES, lexicon=default_lexicon())

times = st.none() | st.sampled_from(
    [
        TimeRange(
            earliest=dt.date(2024, 1, d),
            latest=dt.date(2024, 1, d),
            precision="day",
            text=f"{d} Jan",
        )
        for d in (1, 2)
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
        attributed_to=draw(st.sampled_from([None, None, "", "person:x", "person:y"])),
        location=draw(st.none() | st.just("place:p")),
        text=draw(st.sampled_from(["the army killed 5", "the army killed 10"])),
        evidence=Span(source=sid, start=0, end=1, quote="x"),
    )


@st.composite
def blocks(draw: st.DrawFn) -> list[Claim]:
    """Claims of one block: one predicate, two to four claims."""
    predicate = draw(st.sampled_from(["kill", "recognise", "open:say"]))
    numbers = draw(st.lists(st.integers(0, 9), min_size=2, max_size=4, unique=True))
    return [draw(claims(n, predicate)) for n in numbers]


@settings(max_examples=1000, deadline=None)
@given(blocks(), st.sets(st.sampled_from(["time", "quantity"])))
def test_a_block_that_may_not_clash_has_no_clashing_pair(block, functional):
    if _may_clash(block, functional):
        return
    for first, second in permutations(block, 2):
        assert _clashes(first, second, functional, DESCRIBE) == []
