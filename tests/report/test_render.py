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


def test_reports_show_a_bounded_sample_of_evidence():
    import datetime as dt

    import claimcheck
    from claimcheck import Source

    day = dt.date(2024, 3, 6)
    sources = [
        Source(
            id=f"s{k:02d}",
            text=f"Report {k}: the flood in Zenda killed {12 if k % 5 else 15} people, "
            f"rescuers from district {k} said.",
            outlet=f"Outlet {k}",
            published=day,
        )
        for k in range(40)
    ]
    report = claimcheck.check(sources)
    (conflict,) = [f for f in report.of_kind("conflict") if f.figure is not None]
    assert len(conflict.evidence) == 40  # every quote in the JSON report
    for fmt in ("md", "text", "html"):
        text = render(report, fmt)
        assert "more quotes (every quote is in the JSON report)" in text
    md = render(report, "md")
    section = md.split("## Conflicts", 1)[1].split("## Agreements", 1)[0]
    assert section.count("\n> — ") <= 12
    # both competing values keep quotes in the sample
    assert "killed 15 people" in section
    assert "killed 12 people" in section
    assert "and 21 more values" in section  # the timeline is bounded too


def test_uncorroborated_claims_come_most_check_worthy_first(report):
    from claimcheck.report import render_text
    from claimcheck.report._markdown import TOP_PER_SOURCE

    single = report.of_kind("uncorroborated")
    assert [f.worth for f in single] == sorted((f.worth for f in single), reverse=True)
    assert all(0.0 <= f.worth <= 1.0 for f in single)
    short = render_text(report)
    full = render_text(report, show_all=True)
    per_source: dict[str, int] = {}
    for f in single:
        per_source[f.sources[0]] = per_source.get(f.sources[0], 0) + 1
    hidden = sum(max(0, n - TOP_PER_SOURCE) for n in per_source.values())
    assert hidden > 0
    assert f"… and {hidden} more uncorroborated claims" in short
    assert "more uncorroborated claims" not in full
    assert len(full) > len(short)


def test_the_sample_quotes_each_value_by_its_own_claims():
    from claimcheck.model import Claim, Finding, Report, Resolution, Source, Span, Support
    from claimcheck.report._markdown import sample_evidence

    sources, claims = [], []
    for k in range(8):
        text = f"Early count: {k} dead. Later count: {k + 100} dead."
        source = Source(id=f"s{k}", text=text)
        sources.append(source)
        # ids sort otherwise than the quotes' offsets: "#10" before "#9"
        for cid, start in ((f"s{k}#9", 0), (f"s{k}#10", text.index("Later"))):
            end = text.index(".", start) + 1
            claims.append(
                Claim(
                    id=cid,
                    source=source.id,
                    subject="flood",
                    predicate="kill",
                    evidence=Span.of(source, start, end),
                )
            )
    early = [c for c in claims if c.id.endswith("#9")]
    late = [c for c in claims if c.id.endswith("#10")]
    finding = Finding(
        id="conflict-x",
        kind="conflict",
        summary="s",
        claims=sorted(c.id for c in claims),
        evidence=sorted((c.evidence for c in claims), key=lambda s: (s.source, s.start)),
        sources=[s.id for s in sources],
        resolution=Resolution(
            support=[
                Support(
                    value="late", families=8, sources=[], claims=[c.id for c in late], belief=0.5
                ),
                Support(
                    value="early", families=8, sources=[], claims=[c.id for c in early], belief=0.5
                ),
            ],
            confidence=0.5,
            reason="r",
        ),
    )
    report = Report(sources=sources, claims=claims, entities=[], findings=[finding])
    shown, hidden = sample_evidence(finding, report)
    assert hidden == 16 - len(shown)
    quotes = [s.quote for s in shown]
    assert sum(q.startswith("Later") for q in quotes) == 3  # three quotes of each value
    assert sum(q.startswith("Early") for q in quotes) == 3
