"""Packed claims read back as the claims their JSON gives, and refuse what does not fit."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck._build import evolve
from claimcheck._packed import FORMAT, pack, packed_rows, row_names, unpack, unpack_rows
from claimcheck.model import Claim, Quantity, Span, TimeRange
from tests.test_build import CLAIM, SRC

DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
TIMES = st.builds(
    TimeRange,
    earliest=st.none() | DAYS,
    latest=st.none() | DAYS,
    precision=st.sampled_from(["day", "month", "unresolved"]),
    text=st.text(max_size=6),
    month=st.none() | st.integers(1, 12),
)
QUANTITIES = st.builds(
    Quantity,
    low=st.none() | st.integers(0, 99) | st.floats(0, 1e6),  # whole numbers read back as floats
    high=st.none() | st.floats(0, 1e6),
    unit=st.none() | st.text(max_size=4),
    text=st.text(max_size=6),
    approximate=st.booleans(),
)
CHANGES = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(min_size=1, max_size=8),
        "subject": st.none() | st.text(max_size=8),
        "object": st.none() | st.text(max_size=8),
        "value": st.none() | st.text(max_size=8),
        "location": st.none() | st.text(max_size=8),
        "rank": st.none() | st.integers(1, 9),
        "after": st.lists(st.text(max_size=4), max_size=3),
        "before": st.lists(st.text(max_size=4), max_size=3),
        "polarity": st.sampled_from(["affirmed", "negated"]),
        "modality": st.sampled_from(["asserted", "reported", "hedged"]),
        "scoped": st.booleans(),
        "implied": st.booleans(),
        "quantity": st.none() | QUANTITIES,
        "time": st.none() | TIMES,
        "text": st.text(max_size=12),
        "evidence": st.integers(0, len(SRC.text)).flatmap(
            lambda start: st.integers(start, len(SRC.text)).map(
                lambda end: Span.of(SRC, start, end)
            )
        ),
    },
)


@given(st.lists(CHANGES, max_size=4))
def test_packed_claims_are_the_claims_their_json_gives(changes):
    claims = [evolve(CLAIM, c) for c in changes]
    back = unpack(pack(claims), SRC)
    # what the store's JSON rows give: each claim without its defaults, validated
    read = [Claim.model_validate_json(c.model_dump_json(exclude_defaults=True)) for c in claims]
    assert back == read
    for one, two in zip(back, read, strict=True):
        assert one.model_dump_json() == two.model_dump_json()
        assert one.model_fields_set == two.model_fields_set
        for name in Claim.model_fields:
            mine, theirs = getattr(one, name), getattr(two, name)
            assert type(mine) is type(theirs), name
            if name in ("time", "quantity", "evidence") and mine is not None:
                assert mine.model_fields_set == theirs.model_fields_set
                assert [type(v) for v in vars(mine).values()] == [
                    type(v) for v in vars(theirs).values()
                ]


def test_a_claims_text_that_is_its_quote_is_not_packed_twice():
    same = evolve(CLAIM, {"text": CLAIM.evidence.quote})
    assert same.evidence.quote not in pack([same])
    assert unpack(pack([same]), SRC) == [same]


@pytest.mark.parametrize(
    "data",
    [
        "{}",  # not rows
        "[[1]]",  # a row of another shape
        pack([CLAIM]).replace("[0,19]", "[0,999]"),  # a quote past the text's end
        pack([CLAIM]).replace("[0,19]", "[5,2]"),  # offsets the wrong way round
        "[3]",
    ],
)
def test_packs_that_do_not_fit_are_value_errors(data):
    with pytest.raises(ValueError, match=r"packed|outside|Expecting"):
        unpack(data, SRC)


def test_the_format_names_every_packed_field():
    for name in (*Claim.model_fields, *TimeRange.model_fields, *Quantity.model_fields):
        assert name in FORMAT


NAMES = st.sampled_from(
    ["", "Ruritania", "Strelsau", "Jo Bloggs", "J. Bloggs", "Acme", "Acme Corp shares",
     "Acme shares", "country:fr", "Abu Dhabi", "UAE", "the quake", "the earthquake"]
)  # fmt: skip
NAMED = st.fixed_dictionaries(
    {},
    optional={
        "subject": st.none() | NAMES,
        "object": st.none() | NAMES,
        "location": st.none() | NAMES,
        "attributed_to": st.none() | NAMES,
        "after": st.lists(NAMES, max_size=3),
        "before": st.lists(NAMES, max_size=2),
    },
)


@given(st.lists(NAMED, max_size=6), st.sampled_from([None, {"Strelsau": "Ruritania"}]))
def test_claims_named_as_they_are_built_are_the_claims_normalised(changes, aliases):
    # the store names packed claims as it builds them: the claims and registry that
    # normalising the built claims gives
    from collections import Counter

    from claimcheck.normalise import _Naming, default_lexicon, normalise_claims

    synonyms = default_lexicon().measures.synonym_aliases
    data = pack([evolve(CLAIM, c) for c in changes])
    expected, registry = normalise_claims(unpack(data, SRC), aliases, synonyms=synonyms)
    rows = packed_rows(data)
    naming = _Naming(Counter(row_names(rows)), aliases, synonyms)
    named = unpack_rows(rows, SRC, naming)
    assert named == expected
    assert [c.model_fields_set for c in named] == [c.model_fields_set for c in expected]
    assert naming.registry.entities() == registry.entities()
