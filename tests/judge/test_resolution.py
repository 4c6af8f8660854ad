"""Resolutions: which value of a conflict to believe, by independent support, recency and trust."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
import claimcheck._check
from claimcheck import Source, UsageError
from claimcheck._build import evolve
from claimcheck.judge._resolve import discover_trust, resolve
from claimcheck.testing import FactError, assert_resolved
from tests.judge.conftest import outlets

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
DAY = dt.date(2024, 3, 6)


def test_fourteen_independent_outlets_outweigh_one():
    report = claimcheck.check(FIXTURES / "recognition-coverage")
    (conflict,) = report.of_kind("conflict")  # one finding for the proposition, not fifteen
    finding = assert_resolved(
        report, {"subject": "North Korea", "predicate": "recognise"}, value="Syria"
    )
    assert finding is conflict
    resolution = conflict.resolution
    assert resolution is not None
    assert [(s.value, s.families) for s in resolution.support] == [
        ("after Russia and Syria", 14),
        ("after Belarus and Russia", 1),
    ]
    assert resolution.confidence > 0.9
    assert "14 independent sources" in resolution.reason
    # the outlet alone against the others loses trust
    assert report.trust["outlet-15"] < min(v for k, v in report.trust.items() if k != "outlet-15")


def test_a_revised_toll_prefers_the_latest_credited_figure():
    report = claimcheck.check(FIXTURES / "revised-toll")
    finding = assert_resolved(report, value="125")
    assert finding.figure is not None
    assert finding.figure.change == "evolving"
    resolution = finding.resolution
    assert resolution is not None
    assert "latest" in resolution.reason
    assert "174" in resolution.reason  # the earlier value is named, the timeline kept
    assert next(p.value for p in finding.figure.timeline) == "174"


def test_one_source_against_one_is_not_decided():
    report = claimcheck.check(FIXTURES / "ukraine-dprk-2022")
    (conflict,) = report.of_kind("conflict")
    assert conflict.resolution is not None
    assert conflict.resolution.value is None
    assert "does not decide" in conflict.resolution.reason
    with pytest.raises(FactError, match="unresolved: The evidence does not decide") as failure:
        assert_resolved(report, subject="North Korea", predicate="recognise", value="Syria")
    assert "Syria before North Korea: 1 independent source" in str(failure.value)


def test_assert_resolved_needs_a_value_and_a_conflict():
    report = claimcheck.check(FIXTURES / "revised-toll")
    with pytest.raises(UsageError, match="needs the value"):
        assert_resolved(report)
    with pytest.raises(FactError, match="no conflict about"):
        assert_resolved(report, {"predicate": "annex"}, value="1")


def _copies(text: str, n: int, prefix: str) -> list[Source]:
    return [
        Source(id=f"{prefix}{k}", text=text, outlet=f"{prefix.upper()} {k}", published=DAY)
        for k in range(n)
    ]


def test_copies_count_once():
    independent = [
        Source(id="a", text="The flood killed 12 people in Zenda, officials said.", published=DAY),
        Source(id="b", text="Twelve people died in the Zenda flood on Monday.", published=DAY),
        Source(id="c", text="At least 12 people were killed by the flood, the mayor said.", published=DAY),
    ]  # fmt: skip
    # five copies of one wire story, word for word: one family
    wire = _copies(
        "Floodwaters swept through the low-lying districts of Zenda overnight and the flood "
        "killed 30 people, according to a count by the regional emergency service, whose "
        "teams were still searching collapsed houses on Monday evening.",
        5,
        "w",
    )
    report = claimcheck.check([*independent, *wire])
    (conflict,) = [f for f in report.of_kind("conflict") if f.figure is not None]
    resolution = conflict.resolution
    assert resolution is not None
    assert resolution.support[0].families == 3
    assert resolution.value is not None
    assert "12" in resolution.value
    trust = report.trust
    assert len({trust[f"w{k}"] for k in range(5)}) == 1  # a family shares its trust


def test_trust_rises_with_agreement():
    agree, alone = frozenset({"a", "b", "c"}), frozenset({"d"})
    trust = discover_trust([[agree, alone]] * 3 + [[agree]])
    assert trust["a"] == trust["b"] == trust["c"] > trust["d"]
    assert all(0.0 < t < 1.0 for t in trust.values())


def test_the_report_json_carries_resolutions_and_trust():
    report = claimcheck.check(FIXTURES / "revised-toll")
    data = report.model_dump(mode="json")
    assert set(data["trust"]) == {s.id for s in report.sources}
    (conflict,) = [f for f in data["findings"] if f["kind"] == "conflict"]
    assert conflict["resolution"]["value"] == "125"
    assert {"value", "families", "sources", "claims", "belief"} <= set(
        conflict["resolution"]["support"][0]
    )


TEXTS = (
    "The flood killed {n} people in Zenda.",
    "{n} people died in the Zenda flood, officials said.",
    "Rescuers said the flood had killed {n} people.",
    "The death toll from the flood stood at {n}.",
    "At least {n} people were killed by the floodwaters in Zenda.",
)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from([9, 12, 12, 15]), min_size=2, max_size=5),
    st.lists(st.integers(0, 3), min_size=5, max_size=5),
    st.randoms(use_true_random=False),
)
def test_resolutions_do_not_depend_on_source_order(values, days, rng):
    sources = [
        Source(
            id=f"s{i}",
            text=TEXTS[i].format(n=v),
            outlet=f"Outlet {i}",
            published=DAY + dt.timedelta(days=days[i]),
        )
        for i, v in enumerate(values)
    ]
    shuffled = list(sources)
    rng.shuffle(shuffled)
    a = claimcheck.check(sources)
    b = claimcheck.check(shuffled)
    assert a.trust == b.trust
    resolutions = [
        (f.id, f.resolution.model_dump_json() if f.resolution else None) for f in a.findings
    ]
    assert resolutions == [
        (f.id, f.resolution.model_dump_json() if f.resolution else None) for f in b.findings
    ]
    for finding in a.of_kind("conflict"):
        assert finding.resolution is not None
        assert 0.0 <= finding.resolution.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the fire is not 12 but nine, police said.",
        "The fire killed not 12 but nine people.",
        "Police corrected the death toll from the fire from 12 to nine.",
        "Police revised the toll from the fire down to nine from 12.",
    ],
)
def test_a_corrected_figure_loses_to_its_correction(text):
    report = claimcheck.check(
        [
            Source(id="a", text=text, published=DAY),
            Source(id="b", text="Nine people died in the fire, officials said.", published=DAY),
        ]
    )
    values = {
        (c.source, c.quantity.text.lower())
        for c in report.claims
        if c.measure == "deaths" and c.quantity is not None and c.polarity == "affirmed"
    }
    assert values == {("a", "nine"), ("b", "nine")}
    assert [f for f in report.of_kind("conflict") if f.figure] == []


def test_an_outlets_correction_retracts_its_earlier_figure():
    report = claimcheck.check(
        [
            Source(
                id="a",
                text="Correction: an earlier version of this article said the fire killed 12 "
                "people. The fire killed nine people, police said.",
                published=DAY,
            ),
            Source(id="b", text="The fire killed 12 people on Tuesday.", published=DAY),
        ]
    )
    (retracted,) = [c for c in report.claims if c.modality == "retracted"]
    assert retracted.quantity is not None
    assert retracted.quantity.text == "12"
    assert retracted.attributed_to is None  # "Correction" and "version" are no speakers
    shown = [f for f in report.findings if retracted.id in f.claims]
    assert [f.kind for f in shown] == ["uncorroborated"]
    assert "retracted" in shown[0].summary
    # the retracted 12 neither agrees with b's 12 nor is set against a's nine
    (conflict,) = [f for f in report.of_kind("conflict") if f.figure]
    assert retracted.id not in conflict.claims


def test_thousands_of_families_on_one_side_do_not_overflow():
    many = frozenset(f"f{k}" for k in range(5000))
    trust = discover_trust([[many, frozenset({"x"})]])
    assert 0.0 < trust["x"] < trust["f0"] < 1.0


def test_a_magnitude_does_not_evolve_the_latest_is_not_preferred_for_it():
    days = [DAY, DAY, DAY, DAY + dt.timedelta(days=2)]
    texts = [
        "The quake had a magnitude of 6.8, the survey said.",
        "The magnitude 6.8 earthquake struck at night.",
        "A magnitude-6.8 quake shook the region.",
        "An earthquake of magnitude 6.1 struck the region.",
    ]
    report = claimcheck.check(
        [
            Source(id=f"s{k}", text=t, published=d)
            for k, (t, d) in enumerate(zip(texts, days, strict=True))
        ]
    )
    (conflict,) = [f for f in report.of_kind("conflict") if f.figure]
    assert conflict.figure is not None
    assert conflict.figure.change == "contradiction"  # different days, yet not an update
    assert conflict.resolution is not None
    assert conflict.resolution.value is not None
    assert "6.8" in conflict.resolution.value


def _truthfinder(items):
    """TruthFinder family by family, as the paper states it: the reference for discover_trust,
    which iterates over classes of families that back the same values."""
    import math

    from claimcheck.judge import _resolve as r

    families = sorted({f for item in items for fams in item for f in fams})
    trust = dict.fromkeys(families, r.PRIOR)
    for _ in range(r.ROUNDS):
        backed = {f: [] for f in families}
        for item in items:
            sigma = [math.fsum(-math.log(1 - trust[f]) for f in fams) for fams in item]
            total = math.fsum(sigma)
            for fams, s in zip(item, sigma, strict=True):
                confidence = r._logistic(r.GAMMA * (s - r.RHO * (total - s)))
                for f in fams:
                    backed[f].append(confidence)
        moved = 0.0
        for f in families:
            new = min(max(math.fsum(backed[f]) / len(backed[f]), r._FLOOR), r._CEILING)
            moved = max(moved, abs(new - trust[f]))
            trust[f] = new
        if moved < r.TOLERANCE:
            break
    return trust


ITEMS = st.lists(
    st.lists(st.frozensets(st.sampled_from("abcdefghij"), max_size=6), max_size=4),
    min_size=1,
    max_size=8,
)


@given(ITEMS)
@settings(max_examples=200, deadline=None)
def test_trust_by_classes_of_families_is_truthfinder_family_by_family(items):
    fast, slow = discover_trust(items), _truthfinder(items)
    assert fast.keys() == slow.keys()
    for f in slow:
        assert fast[f] == pytest.approx(slow[f], abs=1e-9)


def test_clauses_that_count_apart_are_weighed_by_their_counts():
    report = outlets(
        "The government declared a state of emergency in four provinces on Monday.",
        "The government declared a state of emergency in five provinces on Monday, officials said.",
        "Officials in the capital said on Monday that the government had declared a state of "
        "emergency in four provinces.",
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "value"
    resolution = conflict.resolution
    assert resolution is not None
    # each count with its sources, as the summary gives them (not "too few values")
    assert [(s.value, s.sources, s.families) for s in resolution.support] == [
        ("4 provinces", ["s0", "s2"], 2),
        ("5 provinces", ["s1"], 1),
    ]
    assert resolution.value == "4 provinces"


def test_a_draft_two_conflicts_share_gives_each_its_own_support(monkeypatch):
    # Resolving fills a conflict's draft in place: a draft met a second time is copied, so
    # that no two conflicts' resolutions share (or overwrite) one support.
    seen = []

    def capture(findings, *rest):
        seen.append((findings, *rest))
        return resolve(findings, *rest)

    monkeypatch.setattr(claimcheck._check, "resolve", capture)
    test_clauses_that_count_apart_are_weighed_by_their_counts()
    ((findings, claims, describe, family, _),) = seen
    (drafted,) = [f for f in findings if f.resolution is not None]
    twin = evolve(drafted, {"id": f"{drafted.id}-twin"})
    alone, _ = resolve([drafted], claims, describe, family)
    both, _ = resolve([drafted, twin], claims, describe, family)
    first, second = (f.resolution for f in both)
    assert first is not None
    assert second is not None
    assert first == second == alone[0].resolution
    assert not {id(s) for s in first.support} & {id(s) for s in second.support}


def test_a_claim_stated_and_said_unconfirmed_are_its_two_values():
    report = outlets(
        "Police arrested Jo Bloggs, a teacher, at his home on Sunday.",
        "Local media reported that police had arrested Jo Bloggs, but police did not confirm it.",
    )
    (conflict,) = (f for f in report.of_kind("conflict") if f.conflict == "modality")
    assert conflict.resolution is not None
    assert [(s.value, s.sources) for s in conflict.resolution.support] == [
        ("not confirmed", ["s1"]),
        ("stated", ["s0"]),
    ]


def test_places_in_an_order_are_the_values_of_a_rank_conflict():
    report = outlets(
        "Ruritania became the third country to expel Westmark diplomats this year, after "
        "Freedonia and Sylvania.",
        "Ruritania is the second country to expel Westmark diplomats this year.",
    )
    by_summary = {f.summary.split(":")[0]: f for f in report.of_kind("conflict")}
    ranks = by_summary["Different ranks for"].resolution
    assert ranks is not None
    assert [(s.value, s.sources) for s in ranks.support] == [
        ("the second", ["s1"]),
        ("the third", ["s0"]),
    ]
    # "the second" names no one before it: one it leaves unnamed, not no one
    (before,) = (f for f in report.of_kind("conflict") if "before Ruritania" in f.summary)
    assert "one not named (Outlet 1)" in before.summary
    assert before.resolution is not None
    assert sorted(s.value for s in before.resolution.support) == [
        "after Freedonia and Sylvania",
        "one not named before Ruritania",
    ]


@pytest.mark.parametrize(
    "fixture", ["recognition-coverage", "peru-quake-2023", "valdoria-runoff-2025", "revised-toll"]
)
def test_a_conflicts_block_is_looked_for_in_its_part_alone(monkeypatch, fixture):
    # Resolving gathers a conflict's block from the part judging found it in (a quarter of a
    # second at 200,000 claims, indexing all of them for one block): the same values, the
    # same resolutions and trust, as looking through every claim.
    seen = []

    def capture(findings, *rest):
        seen.append((findings, *rest))
        return resolve(findings, *rest)

    monkeypatch.setattr(claimcheck._check, "resolve", capture)
    claimcheck.check(FIXTURES / fixture)
    ((findings, claims, describe, family, parts),) = seen
    assert parts is not None
    asked = [f for f in findings if f.kind == "conflict" and f.resolution is None]
    assert asked  # conflicts whose values are gathered from their blocks, not drafted
    assert resolve(findings, claims, describe, family, parts) == resolve(
        findings, claims, describe, family
    )


def test_every_claim_is_in_the_part_of_its_block_head():
    from claimcheck._check import normalised_claims, partitioned
    from claimcheck.judge._verdicts import block_head
    from claimcheck.normalise import default_lexicon

    report = claimcheck.check(FIXTURES / "peru-quake-2023")
    claims, _ = normalised_claims(report.claims, default_lexicon())
    parts, part_of = partitioned(claims)
    assert len(parts) > 1
    assert sum(map(len, parts)) == len(claims)
    for k, part in enumerate(parts):
        for c in part:
            assert part_of[block_head(c)] == k
            assert part_of[c.predicate] == k
