"""Fact assertions for tests (and for library code that wants to fail loudly).

Each helper raises :class:`FactError` (an ``AssertionError``) with a message a person can act on:
the claim as claimcheck understood it, the closest claims in the sources with their quotes, and
why each does or does not count.

>>> import claimcheck
>>> from claimcheck.testing import assert_corroborated, assert_conflict
>>> report = claimcheck.check("fixtures/peru-quake-2023")
>>> assert_corroborated(report, "The earthquake killed at least 12 people.").kind
'agreement'
>>> assert_conflict(report, subject="police", predicate="arrest").conflict
'polarity'

A claim is a sentence (read with the same extractor as the sources) or keyword arguments naming
its parts as people write them: ``subject``, ``predicate`` (a lexicon id such as ``sever_ties``),
``object``, ``time`` (``"2022-07-13"``), ``text_contains``, ``attributed_to``, ``polarity``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Iterable, Sequence
from typing import Any, get_args

from rapidfuzz import fuzz

from claimcheck._check import check_loaded
from claimcheck._match import ABOUT_KEYS, claim_matches, findings_about, resolve
from claimcheck.errors import UsageError
from claimcheck.extract import ParseExtractor
from claimcheck.judge._findings import Describer
from claimcheck.model import Claim, ConflictKind, Finding, Polarity, Report, Source
from claimcheck.normalise import default_lexicon
from claimcheck.normalise._fold import fold
from claimcheck.sources._load import Loaded, load_paths

__all__ = [
    "FactError",
    "assert_conflict",
    "assert_corroborated",
    "assert_no_conflicts",
    "assert_resolved",
    "assert_supported",
]

SourcesLike = Report | str | os.PathLike[str] | Source | Iterable[str | os.PathLike[str] | Source]
_TEXT_ID = "text-under-test"
_TEXT_LABEL = "the text under test"


class FactError(AssertionError):
    """A fact assertion failed; the message quotes the evidence on each side."""


def _report(sources: SourcesLike) -> Report:
    if isinstance(sources, Report):
        return sources
    items = [sources] if isinstance(sources, (str, os.PathLike, Source)) else list(sources)
    return check_loaded(load_paths(items))


def _describe(report: Report) -> Describer:
    return Describer(
        entities={e.id: e for e in report.entities},
        sources={s.id: s for s in report.sources},
        lexicon=default_lexicon(),
    )


def _close(word: str, choices: Iterable[str]) -> str:
    near = difflib.get_close_matches(word, sorted(set(choices)), n=3, cutoff=0.6)
    return f" (did you mean {' or '.join(repr(n) for n in near)}?)" if near else ""


# the model's own sets: a kind added there is accepted here
_POLARITIES: tuple[str, ...] = get_args(Polarity)
_CONFLICT_KINDS: tuple[str, ...] = get_args(ConflictKind)


def check_about(report: Report, about: dict[str, Any]) -> dict[str, Any]:
    """``about`` validated against the report: known keys, predicates, names, dates, polarities.

    A description that could never match (a typo in a key, a predicate or a name) is a
    :class:`~claimcheck.UsageError` listing the close matches, never a test that passes because
    nothing matched. Returns ``about`` with its time parsed.
    """
    __tracebackhide__ = True
    out = dict(about)
    for key in about:
        if key not in ABOUT_KEYS:
            raise UsageError(
                f"unknown claim part {key!r}{_close(key, ABOUT_KEYS)}; use {', '.join(ABOUT_KEYS)}"
            )
    polarity = about.get("polarity")
    if polarity is not None and polarity not in _POLARITIES:
        raise UsageError(f"polarity {polarity!r} is not one of {', '.join(_POLARITIES)}")
    predicate = about.get("predicate")
    if predicate is not None:
        known = set(default_lexicon().specs) | {c.predicate for c in report.claims}
        if predicate not in known:
            raise UsageError(
                f"unknown predicate {predicate!r}{_close(str(predicate), known)}: use a lexicon "
                "id such as 'sever_ties', or one the report's claims use"
            )
    names = [n for e in report.entities for n in (e.name, *e.aliases)]
    ids = {e.id for e in report.entities}
    for key in ("subject", "object", "attributed_to"):
        value = about.get(key)
        if value is None:
            continue
        for name in [value] if isinstance(value, str) else list(value):
            if not resolve(report, str(name)) & ids:
                raise UsageError(
                    f"{key} {name!r} names nothing in the report{_close(str(name), names)}"
                )
    source = about.get("source")
    if source is not None and source not in {s.id for s in report.sources}:
        raise UsageError(
            f"source {source!r} is not in the report{_close(str(source), [s.id for s in report.sources])}"
        )
    if about.get("time") is not None:
        out["time"] = _date(about["time"])
    return out


def _date(value: Any) -> dt.date:
    __tracebackhide__ = True
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise UsageError(f"time {value!r} is not a date; write it as 2022-07-13") from None


def _wanted(claim: str | None, about: dict[str, Any]) -> list[dict[str, Any]]:
    """Descriptions of the asserted claim(s): from keywords, or read from a sentence."""
    __tracebackhide__ = True
    unknown = set(about) - set(ABOUT_KEYS)
    if unknown:
        key = sorted(unknown)[0]
        raise UsageError(
            f"unknown claim part {key!r}{_close(key, ABOUT_KEYS)}; use {', '.join(ABOUT_KEYS)}"
        )
    if claim is None:
        if not about:
            raise UsageError("give a claim as a sentence or as keyword arguments")
        return [dict(about)]
    extracted = ParseExtractor().extract(Source(id="assertion", text=claim))
    specs = []
    for c in extracted:
        spec: dict[str, Any] = {"predicate": c.predicate, "subject": c.subject}
        if c.predicate.startswith("open:"):
            spec = {"subject": c.subject, "text_contains": ""}
            spec["_words"] = c.text
        if c.object:
            spec["object"] = c.object.split(" & ") if " & " in c.object else c.object
        if c.time is not None and c.time.earliest and c.time.earliest == c.time.latest:
            spec["time"] = c.time.earliest
        spec["polarity"] = c.polarity
        specs.append({**spec, **about})
    if not specs:
        raise UsageError(f"no claim could be read from {claim!r}; give its parts as keywords")
    return specs


def _matches(report: Report, spec: dict[str, Any], claim: Claim) -> bool:
    words = spec.get("_words")
    plain = {k: v for k, v in spec.items() if not k.startswith("_")}
    if not claim_matches(report, claim, plain):
        return False
    return words is None or fuzz.token_set_ratio(fold(words), fold(claim.text)) >= 60


def _show(spec: dict[str, Any]) -> str:
    parts = [
        f"{k}={v.isoformat() if isinstance(v, dt.date) else v!r}"
        for k, v in spec.items()
        if not k.startswith("_") and v not in ("", None)
    ]
    if spec.get("_words"):
        parts.append(f"words={spec['_words']!r}")
    return ", ".join(parts)


def _closest(report: Report, spec: dict[str, Any], limit: int = 3) -> list[Claim]:
    """The report's claims nearest to a description: same subject first, then by wording."""
    subject_ids = resolve(report, spec["subject"]) if spec.get("subject") else frozenset()
    words = " ".join(str(v) for k, v in spec.items() if k not in ("time",) and v)

    def score(c: Claim) -> tuple[int, int, int, float]:
        same_subject = int(c.subject in subject_ids)
        same_predicate = int(c.predicate == spec.get("predicate"))
        dated = int("time" in spec and c.time is not None)
        wording = fuzz.token_set_ratio(fold(words), fold(c.text))
        return (-same_subject, -same_predicate, -dated, -wording)

    return sorted((c for c in report.claims if not c.implied), key=score)[:limit]


def _why_not(report: Report, spec: dict[str, Any], claim: Claim) -> str:
    plain = {k: v for k, v in spec.items() if not k.startswith("_")}
    plain.setdefault("polarity", "affirmed")
    for key in ("predicate", "subject", "object", "time", "polarity", "attributed_to"):
        if key in plain and not claim_matches(report, claim, {key: plain[key]}):
            have = getattr(claim, key)
            if key == "time":
                have = claim.time.text if claim.time else "no date"
            return f"different {key} ({have})"
    return "matches"


def _quote(report: Report, claim: Claim) -> str:
    source = report.source(claim.source)
    who = f"{source.outlet} ({source.id})" if source.outlet else source.id
    span = claim.evidence
    return f'{who}, chars {span.start}-{span.end}: "{" ".join(span.quote.split())}"'


def _family_of(report: Report, source: str) -> str:
    for family in report.families:
        if source in family.sources:
            return family.id
    return source


def assert_corroborated(
    sources: SourcesLike, claim: str | None = None, /, *, min_sources: int = 2, **about: Any
) -> Finding:
    """Assert that a claim is made by at least ``min_sources`` independent sources.

    ``sources`` is a :class:`Report`, or files, folders and sources to check. Returns the
    agreement (or, with ``min_sources=1``, any finding) that holds the claim.
    """
    __tracebackhide__ = True
    if not isinstance(min_sources, int) or isinstance(min_sources, bool) or min_sources < 1:
        raise UsageError(f"min_sources must be a whole number of at least 1, not {min_sources!r}")
    report = _report(sources)
    describe = _describe(report)
    if claim is None:
        about = check_about(report, about)
    for spec in _wanted(claim, about):
        holders = [c for c in report.claims if _matches(report, spec, c)]
        # A claim named by its parts is affirmed unless said otherwise; one named by its words
        # only is whatever those words say.
        polarity = spec.get("polarity", "affirmed" if "predicate" in spec else None)
        affirmed = [c for c in holders if polarity is None or c.polarity == polarity]
        families = {_family_of(report, c.source) for c in affirmed}
        if len(families) >= min_sources:
            ids = {c.id for c in affirmed}
            kinds = ("agreement",) if min_sources >= 2 else ("agreement", "uncorroborated")
            for finding in report.findings:
                if finding.kind in kinds and ids & set(finding.claims):
                    return finding
        lines = [
            f"claim not corroborated by {min_sources} independent sources (found {len(families)}):",
            f"  claim: {_show(spec)}",
        ]
        if affirmed:
            lines.append("  made by:")
            lines += [f"    - {_quote(report, c)}" for c in affirmed]
            shared = [f for f in report.families if set(f.sources) & {c.source for c in affirmed}]
            for family in shared:
                lines.append(f"  counted once: {', '.join(family.sources)} ({family.reason})")
        else:
            lines.append("  closest claims in the sources, and why they do not count:")
            for c in _closest(report, spec):
                lines.append(f"    - {describe.proposition(c)}: {_why_not(report, spec, c)}")
                lines.append(f"      {_quote(report, c)}")
        raise FactError("\n".join(lines))
    raise AssertionError("unreachable")  # pragma: no cover - _wanted never returns []


def _conflicts(report: Report, about: dict[str, Any]) -> list[Finding]:
    if not about:
        return report.of_kind("conflict")
    return findings_about(report, "conflict", about)


def _describe_conflict(report: Report, finding: Finding) -> list[str]:
    lines = [f"  - {finding.conflict} conflict: {finding.summary}"]
    if finding.explanation:
        lines.append(f"    {finding.explanation}")
    for span in finding.evidence:
        source = report.source(span.source)
        who = f"{source.outlet} ({source.id})" if source.outlet else source.id
        lines.append(f'    {who}, chars {span.start}-{span.end}: "{" ".join(span.quote.split())}"')
    return lines


def assert_no_conflicts(sources: SourcesLike, /, **about: Any) -> Report:
    """Assert that the sources do not conflict (about one claim, when its parts are given)."""
    __tracebackhide__ = True
    report = _report(sources)
    about = check_about(report, about)
    found = _conflicts(report, about)
    if found:
        what = f" about {_show(about)}" if about else ""
        lines = [f"{len(found)} conflict(s) between the sources{what}:"]
        for finding in found:
            lines += _describe_conflict(report, finding)
        raise FactError("\n".join(lines))
    return report


def assert_conflict(sources: SourcesLike, /, *, kind: str | None = None, **about: Any) -> Finding:
    """Assert that the sources conflict about a claim (of a given ``kind``, if named)."""
    __tracebackhide__ = True
    if kind is not None and kind not in _CONFLICT_KINDS:
        raise UsageError(
            f"unknown conflict kind {kind!r}{_close(str(kind), _CONFLICT_KINDS)}; "
            f"use {', '.join(_CONFLICT_KINDS)}"
        )
    report = _report(sources)
    about = check_about(report, about)
    found = [f for f in _conflicts(report, about) if kind is None or f.conflict == kind]
    if found:
        return found[0]
    lines = [f"no {kind + ' ' if kind else ''}conflict about {_show(about) or 'anything'}"]
    others = report.of_kind("conflict")
    if others:
        lines.append("  conflicts the sources do have:")
        for finding in others:
            lines += _describe_conflict(report, finding)
    else:
        lines.append("  the sources have no conflicts at all")
    raise FactError("\n".join(lines))


def _names_value(report: Report, preferred: str, value: str) -> bool:
    """Whether a preferred value holds ``value``: its words, or a name of the entity it means
    ("Zenda" in "after Westmark and Zenda"; "UAE" for "United Arab Emirates")."""
    words = f" {fold(preferred)} "
    if f" {fold(value)} " in words:
        return True
    ids = resolve(report, value)
    for entity in report.entities:
        if entity.id in ids and any(
            f" {fold(n)} " in words for n in (entity.name, *entity.aliases)
        ):
            return True
    return False


def assert_resolved(
    sources: SourcesLike,
    about: dict[str, Any] | None = None,
    /,
    value: str | None = None,
    **more: Any,
) -> Finding:
    """Assert that the conflict about a claim resolves to ``value`` (its preferred value holds
    it) and return that conflict; fail with the competing values and their independent support.

    ``about`` is a mapping of claim parts (``subject``, ``predicate``, ...), or give them as
    keywords.
    """
    __tracebackhide__ = True
    if value is None or not str(value).strip():
        raise UsageError("assert_resolved needs the value=... that the conflict should resolve to")
    report = _report(sources)
    wanted = check_about(report, {**(about or {}), **more})
    found = _conflicts(report, wanted)
    if not found:
        raise FactError(f"no conflict about {_show(wanted) or 'anything'} to resolve")
    lines: list[str] = []
    for finding in found:
        resolution = finding.resolution
        preferred = resolution.value if resolution else None
        if preferred is not None and _names_value(report, preferred, str(value)):
            return finding
        lines += _describe_conflict(report, finding)[:1]
        if resolution is None:
            lines.append("    no resolution")
            continue
        lines.append(
            f"    resolved to {preferred!r} (confidence {resolution.confidence:.2f}): "
            f"{resolution.reason}"
            if preferred is not None
            else f"    unresolved: {resolution.reason}"
        )
        for support in resolution.support:
            lines.append(
                f"    - {support.value}: {support.families} independent source(s) "
                f"({', '.join(support.sources)}), belief {support.belief:.2f}"
            )
    head = f"the conflict about {_show(wanted) or 'the sources'} does not resolve to {value!r}:"
    raise FactError("\n".join([head, *lines]))


def assert_supported(
    text_or_claims: str | Sequence[Claim], /, *, by: SourcesLike, published: dt.date | None = None
) -> Report:
    """Assert that every claim of a text (a summary, a model's answer) is supported by sources.

    A claim is supported when a source makes the same claim without a clash; the failure lists
    the unsupported claims and the contradicted ones with the sources' quotes.
    """
    __tracebackhide__ = True
    sources = [by] if isinstance(by, (str, os.PathLike, Source, Report)) else list(by)
    loaded: list[Loaded] = []
    for item in sources:
        if isinstance(item, Report):
            loaded += [Loaded(s) for s in item.sources]
        else:
            loaded += load_paths([item])
    if isinstance(text_or_claims, str):
        under_test = Loaded(
            Source(id=_TEXT_ID, text=text_or_claims, published=published, outlet=_TEXT_LABEL)
        )
    else:
        claims = list(text_or_claims)
        text = "\n".join(c.evidence.quote for c in claims)
        under_test = Loaded(
            Source(id=_TEXT_ID, text=text, published=published, outlet=_TEXT_LABEL), tuple(claims)
        )
    report = check_loaded([*loaded, under_test], independent={_TEXT_ID})
    describe = _describe(report)
    own = [c for c in report.claims if c.source == _TEXT_ID and not c.implied]
    if not own:
        raise UsageError("no claim could be read from the text under test")
    unsupported, contradicted = [], []
    for claim in own:
        conflicts = [f for f in report.of_kind("conflict") if claim.id in f.claims]
        if conflicts:
            contradicted.append((claim, conflicts))
            continue
        agreed = any(
            f.kind == "agreement" and claim.id in f.claims and len(f.sources) > 1
            for f in report.findings
        )
        if not agreed:
            unsupported.append(claim)
    if not unsupported and not contradicted:
        return report
    lines = [
        f"{len(unsupported) + len(contradicted)} of {len(own)} claims of the text are not "
        "supported by the sources:"
    ]
    for claim, conflicts in contradicted:
        lines.append(f"  contradicted: {describe.proposition(claim)} (“{claim.text}”)")
        for finding in conflicts:
            lines += ["  " + line for line in _describe_conflict(report, finding)]
    for claim in unsupported:
        lines.append(f"  unsupported: {describe.proposition(claim)} (“{claim.text}”)")
        spec = {"subject": claim.subject, "predicate": claim.predicate}
        nearest = [c for c in _closest(report, spec) if c.source != _TEXT_ID][:2]
        for c in nearest:
            lines.append(f"    nearest: {_quote(report, c)}")
    raise FactError("\n".join(lines))
