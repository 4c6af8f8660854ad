"""Block judging matches the pairwise rule: the pre-check never hides a clash, and the
near-linear value-class judging finds exactly the claims the pairwise rule sets in conflict."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from itertools import combinations, permutations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck.judge._verdicts as verdicts_module
from claimcheck._build import evolve
from claimcheck._unionfind import find, union
from claimcheck.judge import Describer
from claimcheck.judge._classes import clashing
from claimcheck.judge._figures import _above_whole, _interval, _stated, figure_key
from claimcheck.judge._memo import Memo
from claimcheck.judge._verdicts import (
    _as_of,
    _block_findings,
    _block_parts,
    _clashes,
    _count_clashes,
    _count_conflicts,
    _judge_block,
    _may_clash,
    _open_agree,
    _open_agreements,
    _times_apart,
)
from claimcheck.model import Claim, Entity, Quantity, Resolution, Source, Span, TimeRange
from claimcheck.normalise import default_lexicon

SOURCES = {
    sid: Source(id=sid, text="x" * 40, published=day)
    for sid, day in (("a", dt.date(2024, 1, 1)), ("b", dt.date(2024, 1, 2)), ("c", None))
}
DESCRIBE = Describer(entities={}, sources=SOURCES, lexicon=default_lexicon())

times = st.none() | st.sampled_from(
    [
        *(
            TimeRange(
                earliest=dt.date(2024, 1, d),
                latest=dt.date(2024, 1, d),
                precision="day",
                text=f"{d} Jan",
            )
            for d in (1, 2)
        ),
        TimeRange(
            earliest=dt.date(2024, 1, 1),
            latest=dt.date(2024, 1, 31),
            precision="month",
            text="January",
        ),
        TimeRange(
            earliest=dt.date(2024, 2, 1),
            latest=dt.date(2024, 2, 29),
            precision="month",
            text="February",
        ),
        TimeRange(precision="month-day", month=1, day=1, text="1 Jan"),
        TimeRange(precision="month-day", month=1, day=2, text="2 Jan"),
        TimeRange(precision="month-day", month=2, day=1, text="1 Feb"),
        # months and weekdays with nothing to place them by (1 Jan 2024 is a Monday)
        TimeRange(precision="unresolved", month=1, text="in January"),
        TimeRange(precision="unresolved", month=2, text="in February"),
        TimeRange(precision="unresolved", month=2, text="since February"),
        TimeRange(precision="unresolved", text="on Monday"),
        TimeRange(precision="unresolved", text="on Tuesday"),
        TimeRange(precision="unresolved", text="until Tuesday"),
    ]
)
quantities = st.none() | st.builds(
    Quantity,
    low=st.none() | st.sampled_from([5.0, 10.0]),
    high=st.none() | st.sampled_from([5.0, 10.0]),
    text=st.just("n"),
)


@st.composite
def claims(draw: st.DrawFn, n: int, predicate: str) -> Claim:
    sid = draw(st.sampled_from(sorted(SOURCES)))
    return Claim(
        id=f"{sid}#{n}",
        source=sid,
        subject="country:aa",
        predicate=predicate,
        object="country:bb",
        time=draw(times),
        quantity=draw(quantities),
        rank=draw(st.sampled_from([None, None, 1, 2])),
        rank_scope=draw(st.sampled_from(["country", "country", "EU country"])),
        polarity=draw(st.sampled_from(["affirmed", "affirmed", "affirmed", "negated"])),
        modality=draw(
            st.sampled_from(["asserted", "asserted", "reported", "hedged", "unconfirmed"])
        ),
        scoped=draw(st.sampled_from([False, False, False, True])),
        attributed_to=draw(st.sampled_from([None, None, "", "person:x", "person:y"])),
        location=draw(st.none() | st.just("place:p")),
        text=draw(st.sampled_from(["the army killed 5", "the army killed 10"])),
        evidence=Span(source=sid, start=0, end=1, quote="x"),
    )


@st.composite
def blocks(draw: st.DrawFn) -> list[Claim]:
    """Claims of one block: one predicate, two to four claims."""
    predicate = draw(st.sampled_from(["kill", "recognise", "open:say"]))
    numbers = draw(st.lists(st.integers(0, 9), min_size=2, max_size=6, unique=True))
    return [draw(claims(n, predicate)) for n in numbers]


@settings(max_examples=1000, deadline=None)
@given(blocks(), st.sets(st.sampled_from(["time", "quantity"])))
def test_a_block_that_may_not_clash_has_no_clashing_pair(block, functional):
    if _may_clash(block, functional):
        return
    for first, second in permutations(block, 2):
        assert _clashes(first, second, functional, DESCRIBE) == []


FAMILIES = st.sampled_from(
    [{"a": "a", "b": "b", "c": "c"}, {"a": "a", "b": "a", "c": "c"}, {"a": "a", "b": "b", "c": "b"}]
)


@settings(max_examples=1500, deadline=None)
@given(blocks(), st.sets(st.sampled_from(["time", "quantity"])), FAMILIES)
def test_value_classes_find_exactly_the_pairwise_clashes(block, functional, family):
    if block[0].predicate.startswith("open:"):
        return  # open predicates are compared pair by pair over their words
    block = [c.model_copy(update={"measure": None}) for c in block]
    order = DESCRIBE.reading_order
    expected: dict[str, set[str]] = {}
    for a, b in permutations(block, 2):
        if family[a.source] == family[b.source] or a.scoped or b.scoped:
            continue
        first, second = (b, a) if order[b.source] < order[a.source] else (a, b)
        for kind in _clashes(first, second, functional, DESCRIBE):
            if kind != "attribution":  # quotations are compared by their words
                expected.setdefault(kind, set()).update({a.id, b.id})
    found = clashing(block, family, functional=functional, as_of=lambda c: _as_of(c, DESCRIBE))
    assert dict(found) == expected


OPEN_TEXTS = [
    "police fired tear gas at protesters",
    "police fired tear gas at the protesters",
    # the same words but for what they count: alike in words, not in what they say
    "police fired tear gas at 300 protesters",
    "police fired tear gas at 3000 protesters",
    "police fired tear gas at 300 protesters and 2 journalists",
    "tear gas fired by police at protesters",
    "protesters threw stones at police",
    "the crowd dispersed before dawn",
]


@st.composite
def open_blocks(
    draw: st.DrawFn,
    texts: Sequence[str] = tuple(OPEN_TEXTS),
    varied: bool = False,
    *,
    subject: str = "group:police",
    predicate: str = "open:fire",
    times: Sequence[TimeRange | None] = (),
) -> list[Claim]:
    """Open claims of one block with few wordings, so that classes repeat: affirmed, or
    (``varied``) some denied, scoped or placed; each of one of ``times`` when given."""
    n = draw(st.integers(2, 12))
    out = []
    for k in range(n):
        sid = draw(st.sampled_from(sorted(SOURCES)))
        traits = {
            "polarity": draw(st.sampled_from(["affirmed", "affirmed", "negated"])),
            "scoped": draw(st.sampled_from([False, False, True])),
            "location": draw(st.sampled_from([None, None, "place:p", "place:q"])),
        }
        out.append(
            Claim(
                id=f"{sid}#{k:02d}",
                source=sid,
                subject=subject,
                predicate=predicate,
                time=draw(st.sampled_from(times)) if times else None,
                text=draw(st.sampled_from(texts)),
                evidence=Span(source=sid, start=0, end=1, quote="x"),
                **(traits if varied else {}),
            )
        )
    return out


def _pairwise_agreements(
    block: Sequence[Claim],
    family: Mapping[str, str],
    agree: Callable[[Claim, Claim], bool] = _open_agree,
) -> list[list[str]]:
    """The agreements of the pairwise definition: the components of the claims of different
    families that ``agree``, by id."""
    parent: dict[str, str] = {}
    for a, b in combinations(sorted(block, key=lambda c: c.id), 2):
        if family[a.source] != family[b.source] and agree(a, b):
            union(parent, a.id, b.id)
    groups: dict[str, list[str]] = {}
    for c in sorted(block, key=lambda c: c.id):
        if c.id in parent:
            groups.setdefault(find(parent, c.id), []).append(c.id)
    return [g for _, g in sorted(groups.items()) if len(g) > 1]


@settings(max_examples=1000, deadline=None)
@given(open_blocks(), FAMILIES)
def test_open_agreement_by_word_classes_is_the_pairwise_one(block, family):
    found = [[c.id for c in g] for g in _open_agreements(block, family)]
    assert found == _pairwise_agreements(block, family)


EVENT_TEXTS = [
    "Jo Bloggs died on Monday",
    "Jo Bloggs, the party's founder, died on Monday at the age of 88, the government said",
    "Bloggs died aged 88 after a long illness",
    "Jo Bloggs died in hospital",
    # (words the others share none of: only the event joins it to them)
    "the cleric passed away peacefully at home, his family announced",
]
_DAYS = [
    None,
    TimeRange(
        earliest=dt.date(2025, 4, 21), latest=dt.date(2025, 4, 21), precision="day", text="Monday"
    ),
    TimeRange(
        earliest=dt.date(2025, 4, 20), latest=dt.date(2025, 4, 20), precision="day", text="Sunday"
    ),
]


@settings(max_examples=500, deadline=None)
@given(
    open_blocks(tuple(EVENT_TEXTS), subject="person:jo-bloggs", predicate="open:die", times=_DAYS),
    FAMILIES,
)
def test_a_named_person_s_dated_event_agrees_by_classes_as_pairwise(block, family):
    # a bare event of one day meets the same day's whatever the words; another day never
    def agree(a: Claim, b: Claim) -> bool:
        return not _times_apart({a.time} - {None}, {b.time} - {None}) and _open_agree(a, b)

    found = [[c.id for c in g] for g in _open_agreements(block, family)]
    assert found == _pairwise_agreements(block, family, agree)


def test_a_dated_event_is_compared_among_more_wordings_than_are_compared_pairwise():
    # past PAIRWISE_LIMIT wordings only shared words pair classes, and the event: two
    # sources' deaths of one day in words they share none of still meet
    monday = _DAYS[1]
    filler = [
        Claim(
            id=f"c#{k:03d}", source="c", subject="person:jo-bloggs", predicate="open:die",
            text=f"wording number {k} of another kind", evidence=Span(source="c", start=0, end=1, quote="x"),
        )
        for k in range(verdicts_module.PAIRWISE_LIMIT + 1)
    ]  # fmt: skip
    told = [
        Claim(
            id=f"{sid}#000", source=sid, subject="person:jo-bloggs", predicate="open:die",
            time=monday, text=text, evidence=Span(source=sid, start=0, end=1, quote="x"),
        )
        for sid, text in (("a", EVENT_TEXTS[0]), ("b", EVENT_TEXTS[-1]))
    ]  # fmt: skip
    found = _open_agreements([*filler, *told], {"a": "a", "b": "b", "c": "c"})
    assert [[c.id for c in g] for g in found] == [["a#000", "b#000"]]


COUNTED_TEXTS = [
    "police fired tear gas at 300 protesters",
    "police fired tear gas at 3000 protesters",
    "police fired tear gas at three hundred protesters",
    "police fired tear gas at 300 protesters and 2 journalists",
    "police fired tear gas at 300 protesters and 200 protesters",
    "police fired tear gas at the 300 protesters in 2 cities",
    "police fired 3 rounds of tear gas",
    "police fired tear gas at protesters",
]


@settings(max_examples=1000, deadline=None)
@given(open_blocks(COUNTED_TEXTS, varied=True), FAMILIES)
def test_open_counts_by_classes_clash_as_the_pairwise_rule_says(block, family):
    expected: set[str] = set()
    for a, b in combinations(block, 2):
        if family[a.source] == family[b.source] or a.scoped or b.scoped:
            continue
        if "value" in _clashes(a, b, set(), DESCRIBE):
            expected |= {a.id, b.id}
    assert _count_clashes(block, family) == expected


@settings(max_examples=500, deadline=None)
@given(open_blocks(COUNTED_TEXTS, varied=True), FAMILIES)
def test_open_count_conflicts_part_the_clashing_claims(block, family):
    groups = _count_conflicts(block, family)
    members = [cid for group in groups for cid in group]
    assert len(members) == len(set(members))  # each claim in one conflict at most
    assert set(members) == _count_clashes(block, family)
    assert all(group == sorted(group) for group in groups)
    where = {cid: k for k, group in enumerate(groups) for cid in group}
    for a, b in combinations(block, 2):
        if family[a.source] == family[b.source] or a.scoped or b.scoped:
            continue
        if "value" in _clashes(a, b, set(), DESCRIBE):
            assert where[a.id] == where[b.id]  # two claims that clash are one conflict's


def test_a_few_outlets_counting_apart_from_hundreds_are_found():
    sources = {f"s{k:03d}": Source(id=f"s{k:03d}", text="x" * 40) for k in range(303)}
    block = [
        Claim(
            id=f"{sid}#1",
            source=sid,
            subject="group:police",
            predicate="open:fire",
            # many wordings share every word: none is rare enough to pair claims by
            text=f"police fired tear gas at {300 if k < 300 else 3000} protesters",
            evidence=Span(source=sid, start=0, end=1, quote="x"),
        )
        for k, sid in enumerate(sources)
    ]
    describe = Describer(entities={}, sources=sources, lexicon=default_lexicon())
    family = {sid: sid for sid in sources}
    key = ("open:fire", "group:police", "")
    conflicts, _ = _judge_block(key, block, describe, family)
    (clash,) = [f for f in conflicts if f.kind == "conflict"]
    assert clash.conflict == "value"
    assert len(clash.sources) == 303


@st.composite
def any_blocks(draw: st.DrawFn) -> tuple[tuple[str, str, str], list[Claim]]:
    """A block's key and its claims (by id): of a lexicon predicate, of open claims, or of a
    figure (claims stating a count)."""
    kind = draw(st.sampled_from(["lexicon", "open", "figure"]))
    if kind == "open":
        block = draw(open_blocks())
    else:
        block = draw(blocks().filter(lambda b: not b[0].predicate.startswith("open:")))
    if kind == "figure":
        block = [
            c.model_copy(update={"measure": "count:soldier"}) if c.quantity else c for c in block
        ]
        block = [c for c in block if c.measure] or block[:1]
    block = sorted({c.id: c for c in block}.values(), key=lambda c: c.id)
    first = block[0]
    key = figure_key(first) if first.measure else (first.predicate, "country:aa", "country:bb")
    return key, block


def _kept_as_stored(memo: Memo) -> dict[str, object]:
    return json.loads(json.dumps(memo.kept()))  # as the store writes and reads it


@settings(max_examples=300, deadline=None)
@given(any_blocks(), any_blocks(), FAMILIES)
def test_kept_block_findings_are_those_of_the_block_judged_again(keyed, other, family):
    key, block = keyed
    fresh = _judge_block(key, block, DESCRIBE, family)
    memo = Memo(salt="run")
    assert _block_findings(key, block, DESCRIBE, family, memo) == fresh  # made and kept
    again = Memo(_kept_as_stored(memo), salt="run")
    assert _block_findings(key, block, DESCRIBE, family, again) == fresh  # read back
    # another block's content (other claims, ids or families) never reads this block's result
    other_key, other_block = other
    expected = _judge_block(other_key, other_block, DESCRIBE, family)
    assert _block_findings(other_key, other_block, DESCRIBE, family, again) == expected
    # nor does the same block under another salt (another extractor, lexicon or version)
    salted = Memo(_kept_as_stored(memo), salt="other")
    assert _block_findings(key, block, DESCRIBE, family, salted) == fresh
    assert salted.kept().keys().isdisjoint(memo.kept())


def _agreed_block() -> tuple[tuple[str, str, str], list[Claim]]:
    """Two outlets' claims that country:aa recognised country:bb on 1 Jan."""
    when = TimeRange(
        earliest=dt.date(2024, 1, 1), latest=dt.date(2024, 1, 1), precision="day", text="1 Jan"
    )
    block = [
        Claim(
            id=f"{sid}#1",
            source=sid,
            subject="country:aa",
            predicate="recognise",
            object="country:bb",
            time=when,
            evidence=Span(source=sid, start=0, end=1, quote="x"),
        )
        for sid in ("a", "b")
    ]
    return ("recognise", "country:aa", "country:bb"), block


def test_a_source_s_claims_are_kept_by_its_digest_and_what_judging_reads_besides():
    key, block = _agreed_block()
    digests = {"a": "1", "b": "2"}
    family = {"a": "a", "b": "b", "c": "c"}
    memo = Memo(salt="run", sources=digests)
    _, (agreement,) = _block_findings(key, block, DESCRIBE, family, memo)
    assert "2 independent sources" in agreement.summary
    kept = _kept_as_stored(memo)
    # the names the findings print: an entity named anew is judged again
    named = Describer(
        entities={"country:aa": Entity(id="country:aa", name="Ruritania", type="country")},
        sources=SOURCES,
        lexicon=default_lexicon(),
    )
    _, (renamed,) = _block_findings(
        key, block, named, family, Memo(kept, salt="run", sources=digests)
    )
    assert renamed.summary.startswith("Ruritania")
    # the families: copies of one another agree with nothing
    copies = {"a": "a", "b": "a", "c": "c"}
    assert _block_findings(
        key, block, DESCRIBE, copies, Memo(kept, salt="run", sources=digests)
    ) == ([], [])
    # the earliest publication of all sources (a figure without a date counts from it)
    earlier = Describer(
        entities={},
        sources={**SOURCES, "d": Source(id="d", text="x", published=dt.date(2023, 1, 1))},
        lexicon=default_lexicon(),
    )
    again = Memo(kept, salt="run", sources=digests)
    _block_findings(key, block, earlier, family, again)
    assert again.kept().keys().isdisjoint(kept)
    # the same names, families and dates: read back
    same = Memo(kept, salt="run", sources=digests)
    assert _block_findings(key, block, DESCRIBE, family, same) == ([], [agreement])
    assert same.kept().keys() == kept.keys()


NAMED = {
    "subject": "country:cc",
    "object": "country:dd",
    "location": "place:ee",
    "attributed_to": "person:ff",
    "after": ["country:gg"],
    "before": ["country:hh"],
}


def _block_digest(block: Sequence[Claim], describe: Describer = DESCRIBE) -> str:
    key = ("recognise", "country:aa", "country:bb")
    family = {c.source: c.source for c in block}
    # each source's digest known: its claims are known by their ids and names
    digests = dict.fromkeys(family, "digest")
    return Memo(salt="run").key("block", _block_parts(key, block, describe, family, digests))


def test_a_block_is_kept_by_every_name_of_every_claim():
    _, block = _agreed_block()
    first, second = block
    digest = _block_digest(block)
    assert _block_digest([evolve(first, {}), second]) == digest
    # a name normalising gave any claim, in any field, gives another block
    for field, name in NAMED.items():
        assert _block_digest([evolve(first, {field: name}), second]) != digest, field
    # which name is which
    swapped = [evolve(c, {"subject": c.object, "object": c.subject}) for c in block]
    assert _block_digest(swapped) != digest
    # which claim has which names
    third = evolve(second, {"id": "c#1", "source": "c"})

    def placed(*places: str) -> str:
        claims = [first, second, third]
        return _block_digest(
            [evolve(c, {"location": p}) for c, p in zip(claims, places, strict=True)]
        )

    assert placed("place:x", "place:y", "place:x") != placed("place:x", "place:x", "place:y")
    listing = {"after": ["country:gg"]}
    assert _block_digest([evolve(first, listing), second]) != _block_digest(
        [first, evolve(second, listing)]
    )
    assert _block_digest([evolve(first, listing), second]) != _block_digest(
        [evolve(first, {"before": ["country:gg"]}), second]
    )


def test_a_finding_that_its_record_does_not_give_back_is_not_kept(monkeypatch):
    key, block = _agreed_block()
    family = {"a": "a", "b": "b", "c": "c"}
    conflicts, agreements = _judge_block(key, block, DESCRIBE, family)
    # a finding changed after it was made, in what its record does not hold: a resolution,
    # evidence that none of its claims quotes
    elsewhere = Span(source="a", start=5, end=6, quote="y")
    made_up = Resolution(confidence=0.5, reason="made up")
    for update in ({"resolution": made_up}, {"evidence": [elsewhere]}):
        changed = [f.model_copy(update=update) for f in agreements]
        found = (conflicts, changed)
        monkeypatch.setattr(verdicts_module, "_judge_block", lambda *args, found=found: found)
        memo = Memo(salt="run")
        assert _block_findings(key, block, DESCRIBE, family, memo) == (conflicts, changed)
        assert memo.kept() == {}


def test_a_kept_finding_is_given_back_field_for_field():
    key, block = _agreed_block()
    family = {"a": "a", "b": "b", "c": "c"}
    memo = Memo(salt="run")
    made = _block_findings(key, block, DESCRIBE, family, memo)
    assert made[1]
    assert memo.made()
    # read back through JSON, as a store keeps it
    again = Memo(json.loads(json.dumps(memo.made())), salt="run")
    assert _block_findings(key, block, DESCRIBE, family, again) == made
    assert again.made() == {}  # read back, not judged again


@settings(max_examples=500, deadline=None)
@given(blocks(), blocks(), FAMILIES)
def test_a_part_above_its_whole_is_found_when_any_pair_is(parts, totals, family):
    parts, totals = _stated(parts), _stated(totals)

    def clash(total: Claim, part: Claim) -> bool:
        independent = family[total.source] != family[part.source]
        return independent and _interval(total)[1] < _interval(part)[0]

    found = _above_whole(parts, totals, family)
    assert (found is not None) == any(clash(t, p) for p in parts for t in totals)
    if found is not None:
        assert clash(*found)
