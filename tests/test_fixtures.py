"""Regression: each fixture folder's report holds the hand-annotated findings of its expected.yaml.

An expectation names things as articles write them; names are resolved through the report's
entities, so a match also checks that spellings and aliases were merged. In a spec, ``sources``
is the finding's expected sources; every other key describes a claim of the finding.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import claimcheck
from claimcheck._match import findings_about
from tests.conftest import FIXTURES

CASES = sorted(p.parent for p in FIXTURES.glob("*/expected.yaml"))
_reports: dict[Path, claimcheck.Report] = {}


def expected(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((folder / "expected.yaml").read_text("utf-8"))
    return data


def report_of(folder: Path) -> claimcheck.Report:
    if folder not in _reports:
        _reports[folder] = claimcheck.check(folder)
    return _reports[folder]


def items(section: str) -> list[Any]:
    out = []
    for folder in CASES:
        for i, spec in enumerate(expected(folder).get(section, [])):
            out.append(pytest.param(folder, spec, id=f"{folder.name}-{section}-{i}"))
    return out


def about(spec: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in spec.items() if k not in ("sources", "in_conflict")}


@pytest.mark.parametrize("folder", CASES, ids=lambda p: p.name)
def test_sources_and_families(folder):
    report, exp = report_of(folder), expected(folder)
    assert [s.id for s in report.sources] == exp["sources"]
    assert [f.sources for f in report.families] == exp.get("families", [])
    texts = {s.id: s.text for s in report.sources}
    for finding in report.findings:
        for span in finding.evidence:
            assert texts[span.source][span.start : span.end] == span.quote


@pytest.mark.parametrize(("folder", "spec"), items("conflicts"))
def test_conflicts(folder, spec):
    report = report_of(folder)
    found = [
        f
        for f in findings_about(report, "conflict", spec["about"])
        if f.conflict == spec["conflict"]
        and spec.get("explanation_contains", "") in f.explanation
        and spec.get("summary_contains", "") in f.summary
    ]
    assert found, f"no {spec['conflict']} conflict about {spec['about']}"
    finding = found[0]
    assert finding.sources == spec["sources"]
    quotes = " ".join(span.quote for span in finding.evidence)
    for quote in spec.get("quotes", []):
        assert quote in quotes
    assert spec.get("explanation_contains", "") in finding.explanation
    assert spec.get("summary_contains", "") in finding.summary


@pytest.mark.parametrize(("folder", "spec"), items("agreements"))
def test_agreements(folder, spec):
    report = report_of(folder)
    found = findings_about(report, "agreement", about(spec))
    assert found, f"no agreement for {spec}"
    assert found[0].sources == spec.get("sources", expected(folder)["sources"])


@pytest.mark.parametrize(("folder", "spec"), items("uncorroborated"))
def test_uncorroborated(folder, spec):
    report = report_of(folder)
    found = findings_about(report, "uncorroborated", about(spec))
    assert found, f"nothing uncorroborated matches {spec}"
    assert found[0].sources == spec["sources"]
    if "in_conflict" in spec:
        assert found[0].in_conflict is spec["in_conflict"]
    agreed = {cid for f in report.of_kind("agreement") for cid in f.claims}
    assert not set(found[0].claims) & agreed


@pytest.mark.parametrize(("folder", "spec"), items("no_conflict"))
def test_time_scoped_statements_are_no_conflict(folder, spec):
    report = report_of(folder)
    assert findings_about(report, None, spec), "the statement should still be reported"
    assert not findings_about(report, "conflict", spec)


@pytest.mark.parametrize("folder", CASES, ids=lambda p: p.name)
def test_page_furniture_never_quoted(folder):
    report = report_of(folder)
    for claim in report.claims:
        for furniture in expected(folder).get("never_quoted", []):
            assert furniture not in claim.evidence.quote
