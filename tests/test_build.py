"""The fast model builders give exactly what pydantic's own constructors give."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from claimcheck._build import amend, construct, evolve
from claimcheck.model import Claim, Finding, Quantity, Source, Span, TimeRange

SRC = Source(id="s", text="Rain fell on Monday in the north.")
CLAIM = Claim(
    id="s#1",
    source="s",
    subject="Rain",
    predicate="open:fall",
    text="Rain fell on Monday",
    evidence=Span.of(SRC, 0, 19),
)

CHANGES = st.fixed_dictionaries(
    {},
    optional={
        "subject": st.text(max_size=8),
        "object": st.none() | st.text(max_size=8),
        "location": st.none() | st.text(max_size=8),
        "rank": st.none() | st.integers(1, 9),
        "after": st.lists(st.text(max_size=4), max_size=3),
        "polarity": st.sampled_from(["affirmed", "negated"]),
        "quantity": st.none() | st.builds(Quantity, low=st.floats(0, 9), text=st.just("n")),
        "time": st.none() | st.just(TimeRange(precision="unresolved", text="Monday")),
    },
)


@given(CHANGES)
def test_evolve_is_model_copy_with_update(changes):
    fast, slow = evolve(CLAIM, changes), CLAIM.model_copy(update=changes)
    assert fast == slow
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json()
    assert CLAIM.subject == "Rain"  # the original is untouched


@given(CHANGES)
def test_amend_is_evolve_in_place(changes):
    own = CLAIM.model_copy()
    amended = amend(own, changes)
    assert amended is own
    expected = evolve(CLAIM, changes)
    assert amended == expected
    assert amended.model_fields_set == expected.model_fields_set
    assert amended.model_dump_json() == expected.model_dump_json()
    assert CLAIM.subject == "Rain"  # only the copy amended was changed


def test_evolve_shares_the_given_fields_when_only_given_fields_change():
    assert evolve(CLAIM, {"subject": "x"}).model_fields_set is CLAIM.model_fields_set
    assert "location" in evolve(CLAIM, {"location": "x"}).model_fields_set
    assert "location" not in CLAIM.model_fields_set


def test_construct_is_model_construct():
    values = {
        "id": "conflict-1",
        "kind": "conflict",
        "conflict": "value",
        "summary": "Two figures.",
        "explanation": "",
        "claims": ["s#1"],
        "evidence": [CLAIM.evidence],
        "sources": ["s"],
        "in_conflict": False,
        "notes": [],
        "figure": None,
        "resolution": None,
        "worth": 0.0,
    }
    fields = set(Finding.model_fields)
    fast = construct(Finding, dict(values), fields)
    assert fast == Finding.model_construct(_fields_set=fields, **values) == Finding(**values)
    assert fast.model_dump_json() == Finding(**values).model_dump_json()
    with pytest.raises(ValidationError, match="frozen"):
        fast.summary = "changed"  # type: ignore[misc]


def test_models_with_private_state_are_refused():
    with pytest.raises(AssertionError, match="private"):
        construct(Source, {"id": "s", "text": ""}, {"id", "text"})


def test_models_share_one_set_of_given_fields_and_copies_never_change_it():
    other = Claim(
        id="s#2", source="s", subject="Snow", predicate="open:fall", text="x",
        evidence=Span.of(SRC, 0, 4),
    )  # fmt: skip
    assert other.model_fields_set is CLAIM.model_fields_set  # one set for both, not two
    given = set(CLAIM.model_fields_set)
    copied = other.model_copy(update={"location": "north"})
    assert "location" in copied.model_fields_set
    assert CLAIM.model_fields_set == given  # the shared set was not changed by the copy
    assert evolve(other, {"location": "north"}).model_fields_set == copied.model_fields_set
    assert CLAIM.model_dump(exclude_unset=True).keys() == given


def test_claims_hold_their_values_with_shared_keys():
    # Validated, copied or built, a claim's values sit in a dictionary whose keys its class
    # shares (a third of the memory at a million claims); the values are the model's own.
    validated = Claim.model_validate_json(CLAIM.model_dump_json())
    copied = evolve(CLAIM, {"subject": "Hail"})
    built = construct(Claim, dict(CLAIM.__dict__), CLAIM.model_fields_set)
    for claim in (CLAIM, validated, copied, built):
        values = claim.__dict__
        assert list(values) == list(Claim.model_fields)
        if sys.implementation.name == "cpython":
            assert sys.getsizeof(values) < sys.getsizeof(dict(values)) / 2
    assert copied.subject == "Hail"
    assert CLAIM.subject == "Rain"
    assert built == CLAIM
    assert validated == CLAIM
    assert built.__dict__ is not CLAIM.__dict__  # never one dictionary for two models


def test_the_report_judging_builds_is_the_one_pydantic_validates():
    # judge() builds its report without validating the claims and findings again: the same
    # model, given fields and dump as the report validated from its own fields
    from pathlib import Path

    import claimcheck
    from claimcheck.model import Report

    report = claimcheck.check(Path(__file__).resolve().parents[1] / "fixtures" / "peru-quake-2023")
    validated = Report(**{name: getattr(report, name) for name in Report.model_fields})
    assert report == validated
    assert report.model_fields_set == validated.model_fields_set == set(Report.model_fields)
    assert report.model_dump_json() == validated.model_dump_json()
    assert Report.model_validate_json(report.model_dump_json(exclude={"counts"})) == report
