"""Resolution: which value of a conflict to believe, by independent support, recency and trust.

A conflict sets values against each other; each value is backed by claims from families of
sources (copies count once). Source trust is estimated across the corpus with TruthFinder (Yin,
Han and Yu, "Truth Discovery with Multiple Conflicting Information Providers on the Web", KDD
2007), run over *families* rather than sources, so that copying earns no trust:

- a family's trust ``t`` is the mean confidence of the values it backs;
- a value's score is the sum of ``-ln(1 - t)`` over its families, less ``RHO`` times the scores
  of the values it excludes (the other values of the same conflict);
- its confidence is the logistic ``1 / (1 + exp(-GAMMA * score))`` (the paper's dampening);

iterated from ``PRIOR`` until no trust moves by more than ``TOLERANCE`` (at most ``ROUNDS``).
Agreements are items with a single value, so families that agree with others gain trust.

A conflict's resolution then prefers:

- for a figure that evolved (values at different as-of times), the value of the latest as-of
  time, credited to a named source when one is, the timeline kept;
- otherwise the value that more independent families back than any other, when its belief is
  at least ``DECISIVE``;

and says that the evidence does not decide when neither holds ("one source against one").
Everything runs in sorted order: the result does not depend on the order of the sources.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from claimcheck._build import amend, builder, evolve
from claimcheck.judge._figures import as_of, value_classes
from claimcheck.judge._findings import Describer, as_said, ordinal_word, unnamed
from claimcheck.judge._verdicts import block_head, block_key, counts_of, sources_of
from claimcheck.model import Claim, Finding, Resolution, Support

__all__ = ["discover_trust", "prefer", "resolve"]

_ID = operator.attrgetter("id")

PRIOR = 0.8
GAMMA = 0.3
RHO = 0.5
ROUNDS = 20
TOLERANCE = 1e-6
DECISIVE = 0.6
# Trust stays inside (0, 1), where -ln(1 - t) is finite.
_CEILING = 0.99
_FLOOR = 0.01


@attrs.frozen
class Value:
    """One competing value of a conflict: how a person reads it, and the claims behind it
    (none for a value judging drafted: its draft names them)."""

    label: str
    claims: tuple[Claim, ...]
    families: frozenset[str]
    # the value as judging drafted it (its ids and sources), when it did
    draft: Support | None = None


Item = Sequence[frozenset[str]]  # the families behind each value of one conflict or agreement


def _score(
    item: Item, trust: Mapping[str, float], weight: Mapping[str, float] | None = None
) -> list[float]:
    """Each value's confidence in ``item`` given the families' trust (or their ``weight``,
    ``-ln(1 - trust)``, from :func:`_weights`)."""
    if weight is None:
        weight = _weights(trust, {f for fams in item for f in fams})
    # fsum is exact, so the sum does not depend on the order of the families
    return _confidences(
        [
            weight[next(iter(fams))] if len(fams) == 1 else math.fsum(weight[f] for f in fams)
            for fams in item
        ]
    )


def _weights(trust: Mapping[str, float], families: Iterable[str]) -> dict[str, float]:
    """Each family's weight as a value's evidence, ``-ln(1 - trust)``."""
    return {f: -math.log(1.0 - trust[f]) for f in families}


def _confidences(sigma: Sequence[float]) -> list[float]:
    """Each value's confidence from its score, less ``RHO`` times the scores it excludes."""
    total = math.fsum(sigma)
    return [_logistic(GAMMA * (s - RHO * (total - s))) for s in sigma]


def _logistic(x: float) -> float:
    """1 / (1 + e^-x), without overflow for a large |x| (thousands of sources on one side)."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _logistics(x: NDArray[np.float64]) -> NDArray[np.float64]:
    """:func:`_logistic` of every element of ``x``, without overflow."""
    z = np.exp(-np.abs(x))
    out: NDArray[np.float64] = np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))
    return out


def discover_trust(items: Sequence[Item]) -> dict[str, float]:
    """Each family's trust, estimated by TruthFinder over ``items``.

    Families that back exactly the same values of the same items have the same trust at every
    round (they start equal and are updated alike), so the rounds run over such classes of
    families, each counted by its size: a story restated by thousands of outlets is a handful
    of classes, not thousands of families. A round is three sums over arrays of the (value,
    class) pairs (NumPy's ``bincount``): a value's score from its classes' weights, its item's
    total, a class's mean confidence. Python loops over those pairs had cost more than twice as
    much per pair at 200,000 claims as at 100,000 (a float and a list entry made per pair, a
    round, scattered in memory); so had finding the classes with a list of (item, value) per
    family, filled in the hash order of each value's families (three times the time per
    doubling): the pairs are now sorted by family in arrays, and each family's values compared
    as one byte string. The arrays are built in the order of the items and of the sorted
    families, so the sums do not depend on the order of the sources.

    >>> trust = discover_trust([[frozenset("abc"), frozenset("d")]] * 3)
    >>> trust["a"] > trust["d"]
    True
    """
    # every (family, value) pair, the values numbered one after another in item order: made
    # in C, in the order of the items (the families of one value in any order)
    value_sizes = [len(fams) for item in items for fams in item]
    named = list(itertools.chain.from_iterable(fams for item in items for fams in item))
    if not named:
        return {}
    names = sorted(set(named))
    code = dict(zip(names, range(len(names)), strict=True))
    pair_family = np.fromiter(map(code.__getitem__, named), dtype=np.intp, count=len(named))
    pair_values = np.repeat(np.arange(len(value_sizes), dtype=np.intp), value_sizes)
    # each family's values, ascending (its backing, as bytes): families by their name's place
    order = np.lexsort((pair_values, pair_family))
    backing = pair_values[order]
    start = np.searchsorted(pair_family[order], np.arange(len(names) + 1)) * backing.itemsize
    raw = backing.tobytes()
    # families that back the same values are one class, numbered in the order of their first
    # family's name (a dictionary of byte strings, no tuple per pair)
    class_of: dict[bytes, int] = {}
    member = np.fromiter(
        (class_of.setdefault(raw[a:b], len(class_of)) for a, b in itertools.pairwise(start)),
        dtype=np.intp,
        count=len(names),
    )
    n_classes = len(class_of)
    # one (value, class) pair for each value a class backs (its first family's values), by
    # class, each class's values ascending: in the order of the items and of the sorted
    # families, so the sums do not depend on the order of the sources
    first_family = np.unique(member, return_index=True)[1]
    low = start[first_family] // backing.itemsize
    count = start[first_family + 1] // backing.itemsize - low
    cls = np.repeat(np.arange(n_classes), count)
    run = np.arange(len(cls)) - np.repeat(np.cumsum(count) - count, count)
    value = backing[run + np.repeat(low, count)]
    # the values of every item, numbered one after another; each value's item
    item_of = np.repeat(np.arange(len(items)), [len(item) for item in items])
    n_values = len(value_sizes)
    sizes = np.bincount(member, minlength=n_classes).astype(float)
    backed = count.astype(float)
    trust = np.full(n_classes, PRIOR)
    for _ in range(ROUNDS):
        weight = sizes * -np.log(1.0 - trust)
        sigma = np.bincount(value, weights=weight[cls], minlength=n_values)
        total = np.bincount(item_of, weights=sigma, minlength=len(items))[item_of]
        confidence = _logistics(GAMMA * (sigma - RHO * (total - sigma)))
        mean = np.bincount(cls, weights=confidence[value], minlength=n_classes) / backed
        new = np.clip(mean, _FLOOR, _CEILING)
        moved = float(np.max(np.abs(new - trust)))
        trust = new
        if moved < TOLERANCE:
            break
    # class by class, each class's families by name
    held = trust[member].tolist()
    return {names[f]: held[f] for f in np.argsort(member, kind="stable").tolist()}


def _value_order(value: Value) -> tuple[str, str]:
    """The order of a conflict's values: by label, then by first claim."""
    return value.label, value.claims[0].id


def _most_common(labels: Sequence[str]) -> str:
    counts = Counter(labels)
    return min(counts, key=lambda label: (-counts[label], label))


def _grouped(
    claims: Sequence[Claim],
    key: Callable[[Claim], Hashable | None],
    label: Callable[[Claim], str],
    family: Mapping[str, str],
    *,
    keyed: bool = False,
) -> list[Value]:
    """``claims`` grouped by ``key`` (None: left out), each group read by its members' most
    common ``label`` (by its first member's, when ``keyed``: the label follows from the key)."""
    groups: dict[Hashable, list[Claim]] = defaultdict(list)
    for c in claims:
        k = key(c)
        if k is not None:
            groups[k].append(c)
    out = []
    for members in groups.values():
        ordered = tuple(sorted(members, key=_ID)) if len(members) > 1 else tuple(members)
        out.append(
            Value(
                label(ordered[0]) if keyed else _most_common([label(c) for c in ordered]),
                ordered,
                frozenset([family[c.source] for c in ordered]),
            )
        )
    return sorted(out, key=_value_order)


@attrs.define
class _Corpus:
    """The report's claims indexed for gathering every value of a proposition.

    ``parts``: the claims split so that no block crosses two parts (judging's partitions, each
    with the claims judging it implied), and ``part_of`` the part of each block head (a
    predicate, or ``figure:`` and a measure): a block is then looked for in its part alone.
    """

    claims: Mapping[str, Claim]
    describe: Describer
    family: Mapping[str, str]
    parts: Sequence[Sequence[Claim]] | None = None
    part_of: Mapping[str, int] = attrs.Factory(dict)
    by_predicate: dict[str, list[Claim]] = attrs.Factory(dict)
    scanned: set[int] = attrs.Factory(set)
    blocks: dict[tuple[str, str, str], list[Claim]] = attrs.Factory(dict)
    indexed: set[str] = attrs.Factory(set)
    ranked: dict[tuple[str, str], list[Claim]] = attrs.Factory(dict)

    def _index(self, head: str) -> list[Claim]:
        """The claims of a block head, indexed (with those ranked among them) when a conflict
        first asks for a block (most conflicts are figures or drafted, which never ask): the
        claims of its part, or all of them; blocks are keyed lazily too, one head at a time."""
        part = -1 if self.parts is None else self.part_of.get(head)
        if part is not None and part not in self.scanned:  # (each part once, for all its heads)
            self.scanned.add(part)
            claims = self.claims.values() if self.parts is None else self.parts[part]
            for c in claims:  # in report order; every use sorts what it takes
                if c.scoped:
                    continue
                self.by_predicate.setdefault(block_head(c), []).append(c)
                if c.rank is not None and c.subject and not c.implied and c.after:
                    self.ranked.setdefault((c.predicate, c.subject), []).append(c)
        return self.by_predicate.get(head, [])

    def _block(self, key: tuple[str, str, str]) -> list[Claim]:
        if key[0] not in self.indexed:
            self.indexed.add(key[0])
            for c in self._index(key[0]):
                self.blocks.setdefault(block_key(c, self.describe), []).append(c)
        return self.blocks.get(key, [])

    def values(self, finding: Finding) -> list[Value]:
        """The competing values of a conflict, with every claim of the corpus behind each."""
        if finding.figure is None and finding.conflict not in ("rank", "modality"):
            drafted = self._drafted(finding)
            if drafted is not None:
                return drafted
        involved = [self.claims[cid] for cid in finding.claims if cid in self.claims]
        if finding.figure is not None:
            valued = [c for c in involved if c.quantity is not None and c.polarity == "affirmed"]
            out = []
            for group in value_classes(valued):
                ordered = tuple(sorted(group, key=_ID))
                texts = [as_said(c.quantity.text) for c in ordered if c.quantity is not None]
                fams = frozenset(self.family[c.source] for c in ordered)
                out.append(Value(_most_common(texts), ordered, fams))
            return out
        if finding.conflict == "rank":
            return self._rank_values(involved)
        if finding.conflict == "modality":
            # the finding holds every claim on either side: stated, or said to be unconfirmed
            return _grouped(
                involved,
                lambda c: c.modality == "unconfirmed",
                lambda c: "not confirmed" if c.modality == "unconfirmed" else "stated",
                self.family,
            )
        if finding.conflict == "value" and all(c.predicate.startswith("open:") for c in involved):
            # clauses counting one thing differently ("in four provinces" / "in five"): the
            # finding holds every claim of each count, as its summary gives them
            return _grouped(
                [c for c in involved if c.polarity == "affirmed"],
                lambda c: counts_of(c) or None,
                counts_of,
                self.family,
                keyed=True,
            )
        pool: dict[str, Claim] = {c.id: c for c in involved}
        for key in sorted({block_key(c, self.describe) for c in involved}):
            for other in self._block(key):
                pool.setdefault(other.id, other)
        every = [pool[k] for k in sorted(pool)]
        name = self.describe.name
        if finding.conflict == "polarity":
            return _grouped(
                every,
                lambda c: c.polarity,
                lambda c: (
                    # a clause says its own denial ("did not", "was acquitted", "denied: ...")
                    self.describe.proposition(c)
                    if c.predicate.startswith("open:")
                    else ("not: " if c.polarity == "negated" else "")
                    + self.describe.proposition(evolve(c, {"polarity": "affirmed"}))
                ),
                self.family,
            )
        if finding.conflict == "time":
            return _grouped(
                [c for c in every if c.polarity == "affirmed"],
                lambda c: (c.time.earliest, c.time.latest) if c.time else None,
                lambda c: c.time.text if c.time else "",
                self.family,
            )
        if finding.conflict == "attribution":
            return _grouped(
                every,
                lambda c: c.attributed_to,
                lambda c: name(c.attributed_to),
                self.family,
            )
        return _grouped(
            [c for c in every if c.polarity == "affirmed"],
            lambda c: (c.quantity.low, c.quantity.high) if c.quantity else None,
            lambda c: c.quantity.text if c.quantity else "",
            self.family,
        )

    def _drafted(self, finding: Finding) -> list[Value] | None:
        """The values judging drafted for a conflict (:func:`drafted`), when they still
        cover exactly its claims (a conflict merged since is weighed afresh)."""
        if finding.resolution is None:
            return None
        support = finding.resolution.support
        ids = [cid for s in support for cid in s.claims]
        if len(ids) != len(finding.claims) or set(ids) != set(finding.claims):
            return None
        family = self.family
        # (tens of thousands of one-claim values in a large store's count conflicts; drafted
        # in the order of their labels, each once: in the order of _value_order already)
        return [
            Value(s.value, (), frozenset([family[source] for source in s.sources]), s)
            for s in support
        ]

    def _rank_values(self, involved: Sequence[Claim]) -> list[Value]:
        """The predecessors each source names before the ranked subject: "the third, after A and
        B" backs {A, B}; "C did it before" backs every named set holding C, or {C} alone."""
        name = self.describe.name
        ranked = next((c for c in involved if c.rank is not None and c.subject), None)
        if ranked is None or ranked.subject is None:
            return []
        subject = ranked.subject
        if all(c.rank is not None and c.subject == subject for c in involved):
            # "the third to expel them" / "the second": places, with nothing else said
            return _grouped(
                involved,
                lambda c: c.rank,
                lambda c: f"the {ordinal_word(c.rank or 0)}",
                self.family,
                keyed=True,
            )
        sets: dict[frozenset[str], list[Claim]] = defaultdict(list)
        self._index(ranked.predicate)
        for c in self.ranked.get((ranked.predicate, subject), []):
            sets[frozenset(c.after)].append(c)
        for c in involved:
            if c.rank is not None and c.subject == subject and not c.after and not c.implied:
                # "the second", naming no one before: the one it leaves unnamed
                sets[frozenset({f"?{c.rank - 1}"})].append(c)
        for c in involved:
            if c.rank is None and c.subject and c.subject != subject:
                holding = [s for s in sets if c.subject in s] or [frozenset({c.subject})]
                for s in holding:
                    sets[s].append(c)
        out = []
        for names, members in sets.items():
            ordered = tuple(sorted({c.id: c for c in members}.values(), key=_ID))
            mark = next(iter(names)) if len(names) == 1 else ""
            if mark.startswith("?"):
                label = f"{unnamed(int(mark[1:]))} before {name(subject)}"
            elif len(names) == 1 and not any(c.rank is not None for c in ordered):
                label = f"{name(next(iter(names)))} before {name(subject)}"
            else:
                label = f"after {self.describe.names(sorted(names, key=name))}"
            out.append(Value(label, ordered, frozenset(self.family[c.source] for c in ordered)))
        return sorted(out, key=_value_order)


def prefer(
    values: Sequence[frozenset[str]], trust: Mapping[str, float]
) -> tuple[int | None, float]:
    """The value (its index) that independent support and trust prefer, or ``None`` when the
    evidence does not decide, with the belief in the best supported value.

    A value is preferred when more independent families back it than any other and its belief
    (the evidence for it, net of the evidence for the values it excludes) is at least
    ``DECISIVE``.

    >>> prefer([frozenset("abc"), frozenset("d")], dict.fromkeys("abcd", 0.8))[0]
    0
    >>> prefer([frozenset("a"), frozenset("d")], dict.fromkeys("ad", 0.8))[0] is None
    True
    """
    if len(values) < 2:
        return (0 if values else None), 1.0 if values else 0.0
    beliefs = _score(values, trust)
    order = sorted(range(len(values)), key=lambda k: (-len(values[k]), -beliefs[k], k))
    top, second = order[0], order[1]
    return (top if _decisive(values[top], values[second], beliefs[top]) else None), beliefs[top]


def _decisive(top: frozenset[str], second: frozenset[str], belief: float) -> bool:
    """Whether the best supported value wins: more families than any other, enough belief."""
    return len(top) > len(second) and belief >= DECISIVE


def _plural(n: int) -> str:
    return f"{n} independent source{'s' if n != 1 else ''}"


def _latest(
    values: Sequence[Value], describe: Describer
) -> tuple[Value, dt.date, str | None] | None:
    """The value of the latest as-of time of an evolving figure, and who it is credited to."""
    dated = [(day, v, c) for v in values for c in v.claims if (day := as_of(c, describe))]
    if not dated:
        return None
    last = max(day for day, _, _ in dated)
    at_last = [(v, c) for day, v, c in dated if day == last]
    credited = sorted({v.label: v for v, c in at_last if c.attributed_to}.items())
    pool = credited or sorted({v.label: v for v, _ in at_last}.items())
    if len(pool) != 1:
        return None
    chosen = pool[0][1]
    who = sorted(
        {describe.name(c.attributed_to) for v, c in at_last if v is chosen and c.attributed_to}
    )
    return chosen, last, ", ".join(who) or None


_support = builder(Support)
_SUPPORT_FIELDS = set(Support.model_fields)


def resolution(
    finding: Finding,
    values: Sequence[Value],
    trust: Mapping[str, float],
    describe: Describer,
    weight: Mapping[str, float] | None = None,
    filled: set[int] | None = None,
) -> Resolution:
    """The resolution of one conflict given its competing values and the families' trust
    (and their weights, :func:`_weights`, when known).

    A drafted value's support is its draft with the families and belief filled in: a copy, or
    with ``filled`` (the ids of the drafts filled so far) the draft itself, filled in place
    the first time it is met (drafts are judging's own, tens of thousands in a large store).
    """

    def fill(draft: Support, changes: dict[str, Any]) -> Support:
        if filled is None or id(draft) in filled:
            return evolve(draft, changes)
        filled.add(id(draft))
        return amend(draft, changes)

    beliefs = _score([v.families for v in values], trust, weight) if values else []
    ranked = sorted(
        zip(values, beliefs, strict=True),
        key=lambda vb: (-len(vb[0].families), -vb[1], vb[0].label),
    )
    # (built without validating: a large corpus's conflicts give tens of thousands)
    support = [
        _support(
            (
                ("value", v.label),
                ("families", len(v.families)),
                ("sources", sources_of(v.claims)),
                ("claims", [c.id for c in v.claims]),
                ("belief", round(b, 4)),
            ),
            _SUPPORT_FIELDS,
        )
        if v.draft is None
        else fill(v.draft, {"families": len(v.families), "belief": round(b, 4)})
        for v, b in ranked
    ]
    if len(ranked) < 2:
        return Resolution(support=support, confidence=0.0, reason="Too few values to compare.")
    top, second = ranked[0][0], ranked[1][0]
    if finding.figure is not None and finding.figure.change == "evolving":
        latest = _latest(values, describe)
        if latest is not None:
            chosen, day, who = latest
            earlier = [v.label for v, _ in ranked if v is not chosen][:3]
            credit = f", credited to {who}" if who else ""
            return Resolution(
                value=chosen.label,
                support=support,
                confidence=0.8 if who else 0.6,
                reason=f"The latest figure, as of {day.isoformat()}{credit}; earlier or other "
                f"values: {', '.join(earlier)}.",
            )
    share = ranked[0][1]  # ranked as prefer() ranks: families, then belief
    if _decisive(top.families, second.families, share):
        others = ", ".join(
            [f"{_plural(len(v.families))} for {v.label}" for v, _ in ranked if v is not top][:2]
        )
        return Resolution(
            value=top.label,
            support=support,
            confidence=round(share, 4),
            reason=f"Given by {_plural(len(top.families))} against {others}.",
        )
    if len(top.families) == len(second.families):
        why = f"{_plural(len(top.families))} against {len(second.families)}"
    else:
        why = f"{_plural(len(top.families))} against {len(second.families)}, not decisive"
    return Resolution(
        support=support,
        confidence=round(share, 4),
        reason=f"The evidence does not decide: {why}.",
    )


def resolve(
    findings: Sequence[Finding],
    claims: Sequence[Claim] | Mapping[str, Claim],
    describe: Describer,
    family: Mapping[str, str],
    parts: tuple[Sequence[Sequence[Claim]], Mapping[str, int]] | None = None,
) -> tuple[list[Finding], dict[str, float]]:
    """The findings with a resolution on every conflict, and each source's trust (``claims``
    as a sequence, or a mapping of them by id that a caller made already). ``parts``: the
    claims split as judging split them, with the part of each block head (see
    :func:`claimcheck._check.partitioned`), so that a conflict's block is looked for in its
    part alone (at 200,000 claims, indexing all of them for one block cost a quarter second)."""
    by_id = claims if isinstance(claims, Mapping) else {c.id: c for c in claims}
    corpus = _Corpus(by_id, describe, family, *(parts or ()))
    conflicts = {f.id: corpus.values(f) for f in findings if f.kind == "conflict"}
    items: list[Item] = [[v.families for v in values] for values in conflicts.values() if values]
    for f in findings:
        if f.kind == "agreement":
            items.append([frozenset(family[s] for s in f.sources)])
    trust = discover_trust(items)
    weight = _weights(trust, trust)
    filled: set[int] = set()
    out = [
        f.model_copy(
            update={"resolution": resolution(f, conflicts[f.id], trust, describe, weight, filled)}
        )
        if f.id in conflicts
        else f
        for f in findings
    ]
    by_source = {sid: round(trust.get(fam, PRIOR), 4) for sid, fam in sorted(family.items())}
    return out, by_source
