"""Finding claims and findings in a report from a description a person writes.

A description names things as people write them ("Peking", "ETC", "Strelzau"); they are
resolved through the report's entities (names, aliases, gazetteer, spelling variants), so a
description matches however a source spelled the name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from claimcheck.errors import UsageError
from claimcheck.model import Claim, Finding, Report, TimeRange
from claimcheck.normalise._entities import EntityRegistry, same_name
from claimcheck.normalise._fold import fold

__all__ = ["ABOUT_KEYS", "claim_matches", "findings_about", "resolve"]

ABOUT_KEYS = (
    "predicate",
    "subject",
    "object",
    "time",
    "source",
    "text_contains",
    "attributed_to",
    "polarity",
)


def resolve(report: Report, name: str | Iterable[str]) -> frozenset[str]:
    """Entity ids (a group's members) that a written name means in ``report``."""
    if not isinstance(name, str):
        return frozenset().union(*(resolve(report, n) for n in name))
    if ":" in name and " " not in name:
        return frozenset({name})
    wanted = fold(name)
    for entity in report.entities:
        if entity.members:
            continue
        if any(fold(n) == wanted for n in (entity.name, *entity.aliases)):
            return frozenset({entity.id})
    for entity in report.entities:
        if not entity.members and any(same_name(name, n) for n in (entity.name, *entity.aliases)):
            return frozenset({entity.id})
    registry = EntityRegistry([name])
    eid = registry.id_of(name)
    known = {e.id for e in report.entities}
    if eid in known or eid.startswith(("country:", "org:", "place:")):
        return frozenset({eid})
    # A short form ("ZDRF", "Sanz") of one full name in the report.
    fits = {e.id for e in report.entities if not e.members and EntityRegistry._fits(name, e.name)}
    return frozenset(fits) if len(fits) == 1 else frozenset({eid})


def _ids_of(report: Report, eid: str | None) -> frozenset[str]:
    if eid is None:
        return frozenset()
    for entity in report.entities:
        if entity.id == eid and entity.members:
            return frozenset(entity.members)
    return frozenset({eid})


def claim_matches(report: Report, claim: Claim, about: Mapping[str, Any]) -> bool:
    """Whether ``claim`` fits a description such as ``{"subject": "Peking", ...}``."""
    unknown = (
        set(about)
        - set(ABOUT_KEYS)
        - {"in_conflict", "conflict", "sources", "quotes", "explanation_contains", "about"}
    )
    if unknown:
        raise UsageError(f"unknown keys {sorted(unknown)}; use {', '.join(ABOUT_KEYS)}")
    if "predicate" in about and claim.predicate != about["predicate"]:
        return False
    if "source" in about and claim.source != about["source"]:
        return False
    if "polarity" in about and claim.polarity != about["polarity"]:
        return False
    for key in ("subject", "object", "attributed_to"):
        if key in about and about[key] is not None:
            wanted = resolve(report, about[key])
            have = _ids_of(report, getattr(claim, key))
            # "recognised A" is said by "recognised A and B": an object may be part of a set.
            if not (wanted == have or (key == "object" and wanted and wanted <= have)):
                return False
    if "text_contains" in about and fold(about["text_contains"]) not in fold(claim.text):
        return False
    if "time" in about and about["time"] is not None:
        day = about["time"]
        day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        if claim.time is None:
            return False
        point = TimeRange(earliest=day, latest=day, precision="day", text=str(day))
        if claim.time.compatible(point) is False:
            return False
    return True


def findings_about(report: Report, kind: str | None, about: Mapping[str, Any]) -> list[Finding]:
    """Findings of ``kind`` (any kind if ``None``) with a claim that fits ``about``."""
    claims = {c.id: c for c in report.claims}
    out = []
    for finding in report.findings:
        if kind is not None and finding.kind != kind:
            continue
        if any(
            claim_matches(report, claims[cid], about) for cid in finding.claims if cid in claims
        ):
            out.append(finding)
    return out
