"""Which claims of a block clash, found in near-linear time rather than over all pairs.

The pairwise rule (:func:`claimcheck.judge._verdicts._clashes`) is the definition: two claims of
different families clash on polarity, time, value, rank or attribution. Here each kind is found
for the whole block at once, with the same answer:

- intervals (a dated time, a quantity) clash when one lies wholly below another: a claim clashes
  when its upper bound is below the highest lower bound of another family, or its lower bound
  above the lowest upper bound of another family (the two best families of each kept, so a
  family is never compared with itself);
- discrete values (a rank, a day of the year given without a year) clash when another family
  gives another value: counted from how many (value, family) pairs exist, without pairs;
- a denial clashes with an affirmation by another family unless the denial was written before
  the affirmed event happened (then it was true when written).

Claims named for two different places never clash, so the block is judged once per place with
the claims that name none. What still needs the claims' words (open predicates, quotations
given to two speakers) is compared over the near-linear candidate pairs of the block.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence

from claimcheck.model import (
    Claim,
    ConflictKind,
    _loose_month,
    _loose_weekday,
    _month_of,
    _weekday_of,
)

__all__ = [
    "clashing",
    "comparable_groups",
    "comparable_scopes",
    "discrete_clashes",
    "places",
    "rank_scope_of",
]

_INF = math.inf


def places(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The block split so that claims named for two different places never meet: each place's
    claims with those that name none (or all of them when none names a place)."""
    named: dict[str, list[Claim]] = defaultdict(list)
    loose: list[Claim] = []
    for c in claims:
        if c.location:
            named[c.location].append(c)
        else:
            loose.append(c)
    if not named:
        return [loose]
    return [[*named[p], *loose] for p in sorted(named)]


def _interval_clashes(
    items: Iterable[tuple[Claim, float, float]], family: Mapping[str, str]
) -> set[str]:
    """Ids of claims whose interval lies wholly beside another family's."""
    rows = list(items)
    highest_low: dict[str, float] = {}
    lowest_high: dict[str, float] = {}
    for c, lo, hi in rows:
        f = family[c.source]
        highest_low[f] = max(highest_low.get(f, -_INF), lo)
        lowest_high[f] = min(lowest_high.get(f, _INF), hi)
    top_lows = sorted(highest_low.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    top_highs = sorted(lowest_high.items(), key=lambda kv: (kv[1], kv[0]))[:2]
    out = set()
    for c, lo, hi in rows:
        f = family[c.source]
        other_low = next((v for g, v in top_lows if g != f), -_INF)
        other_high = next((v for g, v in top_highs if g != f), _INF)
        if hi < other_low or lo > other_high:
            out.add(c.id)
    return out


def rank_scope_of(claim: Claim) -> str:
    """What a claim's rank is compared by: its scope when something qualifies the ranked noun
    ("EU country", "country in Europe"), else "" for every bare noun ("the third country" and
    "the second nation", "the third minister" and "the second member of the cabinet" count one
    series, however worded)."""
    scope = claim.rank_scope or ""
    return scope if " " in scope else ""


def comparable_scopes(first: str, second: str) -> bool:
    """Whether places in two scopes (:func:`rank_scope_of`) can clash: unless each is
    qualified, and differently ("the third EU country" and "the fourth European country" can
    both hold; "the third country" and "the fourth European country" cannot)."""
    return not first or not second or first == second


def comparable_groups(ranked: Sequence[Claim]) -> list[list[Claim]]:
    """``ranked`` (claims with a rank) in groups whose scopes are all comparable: each
    qualified scope's claims with the bare ones, or the bare ones alone; in scope order, each
    in id order."""
    scoped: dict[str, list[Claim]] = defaultdict(list)
    for c in ranked:
        scoped[rank_scope_of(c)].append(c)
    bare = scoped.pop("", [])
    groups = [[*bare, *scoped[scope]] for scope in sorted(scoped)] or [bare]
    return [sorted(group, key=lambda c: c.id) for group in groups]


def _scoped_rank_clashes(claims: Sequence[Claim], family: Mapping[str, str]) -> set[str]:
    """Ids of ranked claims whose place another family gives differently in a comparable
    scope."""
    out: set[str] = set()
    for group in comparable_groups([c for c in claims if c.rank is not None]):
        out |= discrete_clashes(((c, c.rank) for c in group), family=family)
    return out


def discrete_clashes(
    xs: Iterable[tuple[Claim, Hashable]],
    ys: Iterable[tuple[Claim, Hashable]] | None = None,
    *,
    family: Mapping[str, str],
) -> set[str]:
    """Ids of claims whose value differs from another family's: among ``xs`` (and ``ys`` is
    None), or across the two lists (each x against the ys, each y against the xs)."""
    left = list(xs)
    right = left if ys is None else list(ys)
    out: set[str] = set()
    for mine, theirs in ((left, right), (right, left)) if ys is not None else ((left, left),):
        pairs = {(key, family[c.source]) for c, key in theirs}
        by_key = Counter(key for key, _ in pairs)
        by_family = Counter(f for _, f in pairs)
        total = len(pairs)
        for c, key in mine:
            f = family[c.source]
            # (value, family) pairs with another value and another family
            others = total - by_key[key] - by_family[f] + ((key, f) in pairs)
            if others > 0:
                out.add(c.id)
    return out


def _day(value: dt.date) -> float:
    return float(value.toordinal())


def _time_clashes(claims: Sequence[Claim], family: Mapping[str, str]) -> set[str]:
    """Claims whose time cannot be another family's (``TimeRange.compatible`` is False)."""
    dated = [c for c in claims if c.time and c.time.earliest and c.time.latest]
    out = _interval_clashes(
        (
            (c, _day(c.time.earliest), _day(c.time.latest))  # type: ignore[union-attr,arg-type]
            for c in dated
        ),
        family,
    )
    # (TimeRange.compatible's months and weekdays with nothing to place them by)
    months_alone = [(c, m) for c in claims if c.time and (m := _loose_month(c.time))]
    if months_alone:
        out |= discrete_clashes(months_alone, family=family)
        in_month = [(c, m) for c in claims if c.time and (m := _month_of(c.time))]
        out |= discrete_clashes(months_alone, in_month, family=family)
    days_alone = [(c, d) for c in claims if c.time and (d := _loose_weekday(c.time)) is not None]
    if days_alone:
        out |= discrete_clashes(days_alone, family=family)
        dated_days = [(c, d) for c in claims if c.time and (d := _weekday_of(c.time)) is not None]
        out |= discrete_clashes(days_alone, dated_days, family=family)
    yearless = [
        c
        for c in claims
        if c.time
        and not (c.time.earliest and c.time.latest)
        and c.time.precision == "month-day"
        and c.time.month is not None
    ]
    if not yearless:
        return out
    assert all(c.time is not None for c in yearless)
    out |= discrete_clashes(
        ((c, (c.time.month, c.time.day)) for c in yearless),  # type: ignore[union-attr]
        family=family,
    )
    single = [c for c in dated if c.time.earliest == c.time.latest]  # type: ignore[union-attr]
    out |= discrete_clashes(
        ((c, (c.time.month, c.time.day)) for c in yearless),  # type: ignore[union-attr]
        ((c, (c.time.earliest.month, c.time.earliest.day)) for c in single),  # type: ignore[union-attr]
        family=family,
    )
    months = [
        c
        for c in dated
        if c.time.precision == "month" and c.time.earliest != c.time.latest  # type: ignore[union-attr]
    ]
    out |= discrete_clashes(
        ((c, c.time.month) for c in yearless),  # type: ignore[union-attr]
        ((c, c.time.earliest.month) for c in months),  # type: ignore[union-attr]
        family=family,
    )
    return out


def _polarity_clashes(
    affirmed: Sequence[Claim],
    negated: Sequence[Claim],
    family: Mapping[str, str],
    as_of: Callable[[Claim], tuple[dt.date | None, dt.date | None]],
) -> set[str]:
    """Affirmations and denials by different families, unless the denial predates the event.

    A pair does not clash when the denial holds until a day before the affirmed event happened;
    an unknown day never excuses. Each side is checked against the other side's extreme per
    family: the latest a denial holds until, the earliest an affirmation happens.
    """

    def until(c: Claim) -> float:
        day = as_of(c)[1]
        return _INF if day is None else _day(day)

    def happened(c: Claim) -> float:
        day = as_of(c)[0]
        return -_INF if day is None else _day(day)

    latest_denial: dict[str, float] = {}
    for c in negated:
        f = family[c.source]
        latest_denial[f] = max(latest_denial.get(f, -_INF), until(c))
    earliest_event: dict[str, float] = {}
    for c in affirmed:
        f = family[c.source]
        earliest_event[f] = min(earliest_event.get(f, _INF), happened(c))
    top_denials = sorted(latest_denial.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    top_events = sorted(earliest_event.items(), key=lambda kv: (kv[1], kv[0]))[:2]
    out = set()
    for c in affirmed:
        f = family[c.source]
        best = next((v for g, v in top_denials if g != f), None)
        if best is not None and not best < happened(c):
            out.add(c.id)
    for c in negated:
        f = family[c.source]
        best = next((v for g, v in top_events if g != f), None)
        if best is not None and not until(c) < best:
            out.add(c.id)
    return out


def clashing(
    claims: Sequence[Claim],
    family: Mapping[str, str],
    *,
    functional: set[str],
    as_of: Callable[[Claim], tuple[dt.date | None, dt.date | None]],
) -> dict[ConflictKind, set[str]]:
    """For a block of a lexicon predicate (not an open one): the ids of the claims that clash
    with a claim of another family, by kind (polarity, modality, time, value, rank)."""
    out: dict[ConflictKind, set[str]] = defaultdict(set)
    for part in places([c for c in claims if not c.scoped]):
        affirmed = [c for c in part if c.polarity == "affirmed"]
        negated = [c for c in part if c.polarity == "negated"]
        if affirmed and negated:
            out["polarity"] |= _polarity_clashes(affirmed, negated, family, as_of)
        if any(c.modality == "unconfirmed" for c in affirmed):
            # stated (itself or on a speaker's word) against reported as not confirmed; a
            # hedge clashes with neither
            out["modality"] |= discrete_clashes(
                ((c, c.modality == "unconfirmed") for c in affirmed if c.modality != "hedged"),
                family=family,
            )
        if "time" in functional:
            out["time"] |= _time_clashes(affirmed, family)
        if "quantity" in functional:
            out["value"] |= _interval_clashes(
                (
                    (c, -_INF if q.low is None else q.low, _INF if q.high is None else q.high)
                    for c in affirmed
                    if c.measure is None and (q := c.quantity) is not None
                ),
                family,
            )
        out["rank"] |= _scoped_rank_clashes(affirmed, family)
    return {kind: ids for kind, ids in out.items() if ids}
