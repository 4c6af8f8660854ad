"""Regression: the seed pair's report holds the hand-annotated findings of expected.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import claimcheck
from claimcheck._match import findings_about

FIXTURE = Path(__file__).parent.parent / "fixtures" / "ukraine-dprk-2022"
EXPECTED: dict[str, Any] = yaml.safe_load((FIXTURE / "expected.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def report() -> claimcheck.Report:
    return claimcheck.check(FIXTURE)


def test_sources_and_metadata(report: claimcheck.Report) -> None:
    assert [s.id for s in report.sources] == EXPECTED["sources"]
    dh = report.source("dh-2022-07-13")
    assert dh.published is not None
    assert dh.published.isoformat() == "2022-07-13"
    assert report.source("iria-2022-07").published is None  # a copyright year is no date


@pytest.mark.parametrize("spec", EXPECTED["conflicts"], ids=lambda s: s["conflict"])
def test_conflicts(report: claimcheck.Report, spec: dict[str, Any]) -> None:
    found = [
        f
        for f in findings_about(report, "conflict", spec["about"])
        if f.conflict == spec["conflict"]
    ]
    assert found, f"no {spec['conflict']} conflict about {spec['about']}"
    finding = found[0]
    assert finding.sources == spec["sources"]
    quotes = " ".join(span.quote for span in finding.evidence)
    for quote in spec["quotes"]:
        assert quote in quotes
    assert spec["explanation_contains"] in finding.explanation


@pytest.mark.parametrize(
    "spec", EXPECTED["agreements"], ids=lambda s: f"{s['subject']}-{s['predicate']}"
)
def test_agreements(report: claimcheck.Report, spec: dict[str, Any]) -> None:
    found = findings_about(report, "agreement", spec)
    assert found, f"no agreement for {spec}"
    assert found[0].sources == EXPECTED["sources"]


@pytest.mark.parametrize(
    "spec",
    EXPECTED["uncorroborated"],
    ids=lambda s: str(s.get("subject") or s.get("text_contains")),
)
def test_uncorroborated(report: claimcheck.Report, spec: dict[str, Any]) -> None:
    about = {k: v for k, v in spec.items() if k != "in_conflict"}
    found = findings_about(report, "uncorroborated", about)
    assert found, f"nothing uncorroborated matches {spec}"
    assert found[0].sources == [spec["source"]]
    if "in_conflict" in spec:
        assert found[0].in_conflict is spec["in_conflict"]
    agreed = {cid for f in report.of_kind("agreement") for cid in f.claims}
    assert not set(found[0].claims) & agreed


@pytest.mark.parametrize("spec", EXPECTED["no_conflict"], ids=lambda s: s["predicate"])
def test_time_scoped_statement_is_no_conflict(
    report: claimcheck.Report, spec: dict[str, Any]
) -> None:
    assert findings_about(report, None, spec), "the statement should still be reported"
    assert not findings_about(report, "conflict", spec)


def test_page_furniture_never_quoted(report: claimcheck.Report) -> None:
    for claim in report.claims:
        for furniture in EXPECTED["never_quoted"]:
            assert furniture not in claim.evidence.quote


def test_evidence_quotes_are_exact(report: claimcheck.Report) -> None:
    texts = {s.id: s.text for s in report.sources}
    for finding in report.findings:
        for span in finding.evidence:
            assert texts[span.source][span.start : span.end] == span.quote
