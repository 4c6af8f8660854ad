"""Building corpora of claim-file and plain-text sources in memory."""

from __future__ import annotations

from typing import Any

import yaml

import claimcheck
from claimcheck._check import check_loaded
from claimcheck.model import Report
from claimcheck.sources._claimfile import load_claim_file
from claimcheck.sources._load import Loaded


def source(sid: str, claims: list[dict[str, Any]], **meta: Any) -> Loaded:
    """A claim-file source; each claim needs at least a predicate and a quote."""
    text = yaml.safe_dump({"source": {"id": sid, **meta}, "claims": claims}, allow_unicode=True)
    src, stated = load_claim_file(text, f"{sid}.claims.yaml", sid)
    return Loaded(src, tuple(stated), f"{sid}.claims.yaml")


def run(*sources: Loaded) -> Report:
    return check_loaded(sources)


def kinds(report: Report) -> list[tuple[str, str | None]]:
    return [(f.kind, f.conflict) for f in report.findings]


def told(**texts: str) -> Report:
    """The report of plain-text sources, each given by its id."""
    return claimcheck.check([claimcheck.source_from_text(t, id=sid) for sid, t in texts.items()])


def outlets(*texts: str) -> Report:
    """The report of plain-text sources s0, s1, ... from outlets "Outlet 0", "Outlet 1", ..."""
    return claimcheck.check(
        [
            claimcheck.source_from_text(text, id=f"s{k}", outlet=f"Outlet {k}")
            for k, text in enumerate(texts)
        ]
    )
