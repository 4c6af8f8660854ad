"""Ordinal and timeline reasoning: contradictions that no single pair of claims shows.

"X was the Nth to do P, after A and B" says that exactly N-1 did P before X, and names them.
Every other source that puts some Y before X (by "X came after Y did the same", "Y did P before
X", or dates that order the two) adds a predecessor. When the named predecessors outnumber N-1,
the claims cannot all hold; the finding holds the smallest set of claims that shows it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

from claimcheck._unionfind import find, union
from claimcheck.judge._classes import comparable_groups, discrete_clashes, rank_scope_of
from claimcheck.judge._findings import Describer, make_finding, ordinal_word, unnamed
from claimcheck.model import Claim, Finding

__all__ = ["precedence_conflicts", "proposition_groups"]


def _members(eid: str | None, entities: Describer) -> frozenset[str]:
    if eid is None:
        return frozenset()
    entity = entities.entities.get(eid)
    if entity is not None and entity.members:
        return frozenset(entity.members)
    return frozenset({eid})


def proposition_groups(claims: Sequence[Claim], describe: Describer) -> list[list[Claim]]:
    """Claims grouped by predicate and object, objects that share a member taken as one.

    Linear in the claims: the objects' members are merged with a union-find per predicate.
    Groups come sorted by predicate, then by their first claim id.
    """
    by_predicate: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        ordered = c.rank is not None or bool(c.after) or bool(c.before)
        if (
            c.object is not None
            and (ordered or not c.predicate.startswith("open:"))
            and c.polarity == "affirmed"
        ):
            by_predicate[c.predicate].append(c)
    out: list[list[Claim]] = []
    members_of: dict[str | None, list[str]] = {}  # each object's members, worked out once
    for predicate in sorted(by_predicate):
        parent: dict[str, str] = {}
        for obj in sorted({c.object for c in by_predicate[predicate]}, key=str):
            if obj not in members_of:
                members_of[obj] = sorted(_members(obj, describe))
            members = members_of[obj]
            for other in members[1:]:
                union(parent, members[0], other)
        grouped: dict[str, list[Claim]] = defaultdict(list)
        for c in by_predicate[predicate]:
            grouped[find(parent, members_of[c.object][0])].append(c)
        groups = [sorted(g, key=lambda x: x.id) for g in grouped.values()]
        out.extend(sorted(groups, key=lambda g: g[0].id))
    return out


def _ranked_groups(claims: Sequence[Claim], describe: Describer) -> list[list[Claim]]:
    """The proposition groups in which some claim gives a rank: the only ones order can break."""
    if not any(c.rank is not None for c in claims):
        return []
    return [g for g in proposition_groups(claims, describe) if any(c.rank is not None for c in g)]


def _before_edges(group: Sequence[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """(Y, X) -> every claim that puts Y before X (so a new source only adds evidence)."""
    edges: dict[tuple[str, str], dict[str, Claim]] = {}
    by_source_subject: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in group:
        if c.subject is not None and not c.implied:
            by_source_subject[(c.source, c.subject)].append(c)

    def add(key: tuple[str, str], claims: list[Claim]) -> None:
        support = edges.setdefault(key, {})
        for c in claims:
            support.setdefault(c.id, c)

    def own(source: str, subject: str) -> list[Claim]:
        return by_source_subject.get((source, subject), [])

    for c in group:
        if c.subject is None:
            continue
        for y in c.after:
            add((y, c.subject), [c, *own(c.source, y)])
        for x in c.before:
            add((c.subject, x), [c, *own(c.source, x)])
    # Dates order subjects too: Y before X when some Y claim ends before some X claim starts.
    # Per subject, its claims sorted by date: each pair of subjects is decided by their
    # extremes, without comparing every pair of claims.
    dated: dict[str, list[tuple[dt.date, dt.date, Claim]]] = defaultdict(list)
    for c in group:
        if c.subject and c.time and c.time.earliest and c.time.latest:
            dated[c.subject].append((c.time.earliest, c.time.latest, c))
    for y in sorted(dated):
        for x in sorted(dated):
            if x == y:
                continue
            last_start = max(start for start, _, _ in dated[x])
            first_end = min(end for _, end, _ in dated[y])
            if first_end < last_start:
                support = [c for _, end, c in dated[y] if end < last_start]
                support += [c for start, _, c in dated[x] if start > first_end]
                add((y, x), support)
    return {key: list(support.values()) for key, support in edges.items()}


def precedence_conflicts(
    claims: Sequence[Claim], describe: Describer, family: Mapping[str, str]
) -> list[Finding]:
    """Conflicts between a claimed rank and the predecessors other sources name."""
    # One finding per ranked subject and place in each proposition: every source that gives
    # the rank, and every source that names a predecessor too many, adds its claims to it.
    merged: dict[
        tuple[int, str, int], tuple[Claim, set[str], dict[str, list[Claim]], dict[str, Claim]]
    ] = {}
    groups = _ranked_groups(claims, describe)
    order = describe.reading_order
    for index, group in enumerate(groups):
        ranked = [c for c in group if c.rank is not None and c.subject and not c.implied]
        if not ranked:
            continue
        edges = _before_edges(group)
        # by the subject put after; each edge's families (two are enough to tell)
        into: dict[str, list[tuple[str, list[Claim], set[str]]]] = defaultdict(list)
        for (y, x), support in sorted(edges.items()):
            fams: set[str] = set()
            for c in support:
                fams.add(family[c.source])
                if len(fams) > 1:
                    break
            into[x].append((y, support, fams))
        for r in sorted(ranked, key=lambda c: (order[c.source], c.id)):
            assert r.rank is not None
            assert r.subject is not None
            named = set(r.after)
            extra: dict[str, list[Claim]] = {}
            # a rank in a qualified scope ("the third EU country") counts only the predecessors
            # named in that scope: who else is in it, the claims do not say
            scope = rank_scope_of(r)
            for y, support, fams in into.get(r.subject, []):
                if y in named or y == r.subject or fams == {family[r.source]}:
                    continue
                if scope and not any(rank_scope_of(c) == scope for c in support):
                    continue
                extra.setdefault(y, support)
            if not extra or len(named) + len(extra) <= r.rank - 1:
                continue
            key = (index, r.subject, r.rank)
            if key not in merged:
                merged[key] = (r, named, extra, {})
            involved = merged[key][3]
            for c in [r, *(c for support in extra.values() for c in support)]:
                involved.setdefault(c.id, c)
    found = [
        _finding(r, named, extra, list(involved.values()), describe)
        for r, named, extra, involved in merged.values()
    ]
    return found + _same_rank_conflicts(groups, describe, family)


def _same_rank_conflicts(
    groups: Sequence[Sequence[Claim]], describe: Describer, family: Mapping[str, str]
) -> list[Finding]:
    """Two sources naming different holders of one place ("X was the first", "Y was the first")."""
    # (by the claims in conflict: a clash of bare scopes is found once, whatever the groups)
    out: dict[tuple[int, int, frozenset[str]], list[Claim]] = {}
    for index, group in enumerate(groups):
        by_rank: dict[int, list[Claim]] = defaultdict(list)
        for c in group:
            if c.rank is not None and c.subject and not c.implied:
                by_rank[c.rank].append(c)
        for rank, all_holders in sorted(by_rank.items()):
            # one place in comparable scopes ("the first in the EU" and "the first in Europe"
            # may be two holders)
            for holders in comparable_groups(all_holders):
                # the holders whose subject another family names differently, without pairs
                ids = discrete_clashes(((c, c.subject) for c in holders), family=family)
                if ids:
                    out[(index, rank, frozenset(ids))] = [c for c in holders if c.id in ids]
    findings = []
    for (_, rank, _), involved in out.items():
        first = involved[0]
        names = describe.names(sorted({c.subject or "" for c in involved}))
        place = ordinal_word(rank)
        scope = first.rank_scope or "one"
        summary = (
            f"Sources disagree on which {scope} was the {place} to "
            f"{describe.base(first.predicate)} {describe.name(first.object)}: {names}."
        )
        explanation = f"Only one can be the {place}; if every source is right, the order they give cannot hold."
        findings.append(make_finding("conflict", involved, summary, explanation, conflict="rank"))
    return findings


def _finding(
    r: Claim,
    named: set[str],
    extra: dict[str, list[Claim]],
    involved: list[Claim],
    describe: Describer,
) -> Finding:
    assert r.rank is not None
    x = describe.name(r.subject)
    label = describe.label(r.predicate)
    obj = describe.name(r.object)
    scope = r.rank_scope or "one"
    first_source = describe.source_label(r.source)
    others = sorted(extra)
    other_sources = sorted(
        {describe.source_label(c.source) for y in others for c in extra[y] if c.source != r.source}
    )
    said = f"{first_source} says {x} was the {ordinal_word(r.rank)} {scope} to {describe.base(r.predicate)} {obj}"
    if named:
        said += f", after {describe.names(sorted(named))}"
    said += f", so exactly {r.rank - 1} did so before {x}."
    then = f" {', '.join(other_sources)} {'say' if len(other_sources) > 1 else 'says'} {describe.names(others)} did so before {x}."
    total = len(named) + len(extra) + 1
    explanation = said + then + f" If both hold, {x} was at least the {ordinal_word(total)}."
    # The competing accounts: each named set of predecessors with the sources that give it,
    # then the predecessors that other sources add.
    accounts: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for c in involved:
        if c.rank == r.rank and c.subject == r.subject and not c.implied:
            accounts[tuple(sorted(c.after))].add(describe.source_label(c.source))
    ranked_sources = {s for labels in accounts.values() for s in labels}
    parts = [
        f"{describe.names(list(names)) if names else unnamed(r.rank - 1)} ({_listed(labels)})"
        for names, labels in sorted(accounts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    adding = sorted(set(other_sources) - ranked_sources)
    if adding:
        parts.append(f"{describe.names(others)} ({_listed(set(adding))})")
    if r.predicate.startswith("open:"):
        # (an open predicate is a verb's lemma: "who impeach" would not read)
        act = f"who did so before {x} (to {describe.base(r.predicate)} {obj})"
    else:
        act = f"who {label} {obj} before {x}"
    summary = f"Sources disagree on {act}: {' against '.join(parts)}."
    return make_finding("conflict", involved, summary, explanation, conflict="rank")


def _listed(labels: set[str], limit: int = 3) -> str:
    """Source labels for a summary: "A, B, C and 11 more"."""
    ordered = sorted(labels)
    if len(ordered) <= limit:
        return ", ".join(ordered)
    return f"{', '.join(ordered[:limit])} and {len(ordered) - limit} more"
