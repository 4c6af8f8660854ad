"""Renderers: snapshots of the seed report (reviewed on change) and escaping of hostile text.

Run with CLAIMCHECK_UPDATE_SNAPSHOTS=1 to rewrite the snapshots after a reviewed change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import claimcheck
from claimcheck.report import render, render_markdown, render_text
from tests.conftest import FIXTURES

SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.fixture(scope="module")
def report() -> claimcheck.Report:
    return claimcheck.check(FIXTURES / "ukraine-dprk-2022").model_copy(
        update={"version": "SNAPSHOT"}
    )


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_snapshot(report, fmt):
    text = render(report, fmt)
    path = SNAPSHOTS / f"ukraine-dprk-2022.{fmt}"
    if os.environ.get("CLAIMCHECK_UPDATE_SNAPSHOTS"):
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8"), f"{path.name} changed: review, then update the snapshot"


def test_text_lists_every_finding(report):
    text = render_text(report, width=120)
    for finding in report.findings:
        assert finding.summary.split(":")[0][:40] in " ".join(text.split())


def test_markdown_escapes_hostile_text():
    source = claimcheck.Source(
        id="evil", text="<script>alert(1)</script> | **bold** # [x](javascript:y)"
    )
    span = claimcheck.Span.of(source, 0, len(source.text))
    claim = claimcheck.Claim(
        id="evil#1", source="evil", subject="x", predicate="open:x", text=source.text, evidence=span
    )
    finding = claimcheck.Finding(
        id="f",
        kind="uncorroborated",
        summary=source.text,
        claims=[claim.id],
        evidence=[span],
        sources=["evil"],
    )
    hostile = claimcheck.Report(sources=[source], claims=[claim], entities=[], findings=[finding])
    md = render_markdown(hostile)
    assert "<script>" not in md
    assert "&lt;script&gt;" in md
    assert "\\| \\*\\*bold\\*\\*" in md
    assert "\\[x\\]" in md  # no live link
