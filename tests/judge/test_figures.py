"""Figures: compared by what they measure, as intervals, one conflict per figure with a timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import Source

DAY = dt.date(2024, 3, 6)


def check(*texts: str, days: tuple[dt.date, ...] = ()) -> claimcheck.Report:
    sources = [
        Source(id=f"s{i}", text=text, outlet=f"Outlet {i}", published=days[i] if days else DAY)
        for i, text in enumerate(texts)
    ]
    return claimcheck.check(sources)


def figure_conflicts(report: claimcheck.Report) -> list[claimcheck.Finding]:
    return [f for f in report.of_kind("conflict") if f.figure is not None]


def figure_agreements(report: claimcheck.Report) -> list[claimcheck.Finding]:
    return [f for f in report.of_kind("agreement") if f.figure is not None]


@pytest.mark.parametrize(
    ("first", "second", "measure"),
    [
        ("A fire killed 12 people.", "Nine people died in the fire.", "deaths"),
        ("At least 40 people were killed in the blast.", "The blast killed 31 people.", "deaths"),
        ("The fire injured 30 people.", "Forty-one people were injured in the fire.", "injured"),
        ("Seventeen children were among the dead.", "32 children were among the dead.", "deaths"),
        ("The plane crashed at 10:50 local time.", "The plane crashed at 11:20.", "time_of_day"),
    ],
)
def test_figures_that_cannot_both_hold_conflict(first, second, measure):
    report = check(first, second)
    (conflict,) = figure_conflicts(report)
    assert conflict.figure is not None
    assert conflict.figure.measure == measure
    assert conflict.figure.change == "contradiction"  # the same day: not an update
    assert conflict.sources == ["s0", "s1"]
    points = conflict.figure.timeline
    assert sorted(p.source for p in points) == ["s0", "s1"]
    assert [(p.as_of, p.low) for p in points] == sorted((p.as_of, p.low) for p in points)


def test_a_sub_population_is_part_of_the_figure():
    report = check("Seventeen children were among the dead.", "32 children were among the dead.")
    (conflict,) = figure_conflicts(report)
    assert conflict.figure is not None
    assert conflict.figure.population == "children"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("At least 12 people were killed in the fire.", "The fire killed 15 people."),
        ("The fire killed twelve people.", "The fire killed a dozen people."),
        ("The quake struck 72 km southwest of Marrakech.", "The epicentre was 45 miles southwest of Marrakech."),
        ("More than 10 people died in the flood.", "The flood killed 12 people."),
    ],
)  # fmt: skip
def test_compatible_figures_agree(first, second):
    report = check(first, second)
    assert figure_conflicts(report) == []
    assert figure_agreements(report)


def test_values_at_different_times_are_an_evolving_conflict_oldest_first():
    report = check(
        "The fire killed 12 people, police said.",
        "The death toll from the fire rose to 19.",
        days=(DAY + dt.timedelta(days=1), DAY),
    )
    (conflict,) = figure_conflicts(report)
    assert conflict.figure is not None
    assert conflict.figure.change == "evolving"
    assert [p.value for p in conflict.figure.timeline] == ["19", "12"]
    assert [p.as_of for p in conflict.figure.timeline] == [DAY, DAY + dt.timedelta(days=1)]
    assert "19" in conflict.summary
    assert "12" in conflict.summary


def test_a_figure_of_another_dated_event_does_not_join_the_story():
    report = check(
        "The earthquake killed 1,037 people.",
        "It is the deadliest quake since a 2004 tremor that killed over 600 people.",
    )
    assert figure_conflicts(report) == []


def test_one_conflict_per_figure_however_many_sources():
    texts = [
        "The flood killed 10 people.",
        "Ten people died in the floods on Monday, officials said.",
        "The death toll from the flood stood at 12.",
        "Rescuers said 14 people had been killed by the floodwaters.",
        "At least 30 people were killed when the river burst its banks.",
    ]
    report = check(*texts)
    assert len(figure_conflicts(report)) == 1
    # the two outlets that give 10 agree on that value
    assert any(f.sources == ["s0", "s1"] for f in figure_agreements(report))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=60), min_size=2, max_size=5), st.randoms())
def test_figure_judging_is_independent_of_source_order(values, rng):
    from claimcheck._check import judge
    from claimcheck.model import Claim, Quantity, Span

    sources = [
        Source(id=f"s{i}", text=f"The flood killed {v} people.") for i, v in enumerate(values)
    ]
    claims = [
        Claim(
            id=f"s{i}#1", source=f"s{i}", subject="flood", predicate="kill",
            quantity=Quantity(low=v, high=v, text=str(v)), measure="deaths", event="main",
            evidence=Span.of(s, 0, len(s.text)),
        )
        for i, (s, v) in enumerate(zip(sources, values, strict=True))
    ]  # fmt: skip
    shuffled = list(claims)
    rng.shuffle(shuffled)
    a = judge(sources, claims)
    b = judge(list(reversed(sources)), shuffled)
    assert a.model_dump_json() == b.model_dump_json()
    has_conflict = len(set(values)) > 1
    assert bool(figure_conflicts(a)) == has_conflict
