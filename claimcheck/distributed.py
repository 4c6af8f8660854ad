"""A distributed backend on Dask, for corpora beyond one machine (``pip install 'claimcheck[dask]'``).

Loading and extraction are a map over the source files; judging is a shuffle of the normalised
claims by predicate (the first part of every blocking key), each predicate's claims judged on a
worker, and the findings merged in report order. Entity normalisation and source families need
every name and every text at once and run on the client. The report is the one
:func:`claimcheck.check` gives for the same input.

    from dask.distributed import Client, LocalCluster
    from claimcheck.distributed import check_dask

    with Client(LocalCluster(n_workers=4)) as client:
        report = check_dask(["news/"], client=client)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from claimcheck._check import (
    Item,
    PartitionResult,
    _stated,
    judge,
    judge_partition,
)
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.extract import Extractor, ParseExtractor
from claimcheck.judge import Describer
from claimcheck.model import Claim, Report, Source
from claimcheck.normalise import Lexicon, default_lexicon
from claimcheck.sources._load import Loaded, files_named, load_path, refuse_duplicate_ids

__all__ = ["check_dask"]


def _dask() -> Any:
    try:
        import dask.bag
    except ImportError:  # pragma: no cover - depends on the installation
        raise UsageError("the Dask backend needs Dask: pip install 'claimcheck[dask]'") from None
    return dask.bag


def _expand(items: Iterable[Item]) -> list[str | Source]:
    out: list[str | Source] = []
    for item in items:
        if isinstance(item, Source):
            out.append(item)
            continue
        files, in_folder = files_named(item)
        # A file named directly keeps its spelling: check_dask raises for it, not skips it.
        out.extend([str(f) for f in files] if in_folder else [os.fspath(item)])
    return out


def _load_and_extract(item: str | Source, extractor: Extractor) -> Loaded | ClaimcheckError:
    """The loaded source with its claims (stated or extracted), or why it cannot be read."""
    try:
        entry = Loaded(item) if isinstance(item, Source) else load_path(item)
    except ClaimcheckError as err:
        return err
    stated = _stated(entry)
    claims = tuple(stated) if stated is not None else tuple(extractor.extract(entry.source))
    return Loaded(entry.source, claims, entry.path)


def _judge_group(
    group: tuple[str, list[Claim]], describe: Describer, family: Mapping[str, str]
) -> PartitionResult:
    return judge_partition(group[1], describe, family)


def _judge_part(
    part: list[Claim], *, describe: Describer, family: Mapping[str, str]
) -> PartitionResult:
    return judge_partition(part, describe, family)


def check_dask(
    items: Item | Iterable[Item],
    *,
    client: Any = None,
    extractor: Extractor | None = None,
    lexicon: Lexicon | None = None,
    aliases: Mapping[str, str] | None = None,
    partitions: int | None = None,
) -> Report:
    """Cross-check sources on a Dask cluster; the same report as :func:`claimcheck.check`.

    Args:
        items: files, folders or :class:`~claimcheck.Source` objects.
        client: a ``dask.distributed.Client``; without one, Dask's default scheduler runs.
        extractor, lexicon, aliases: as for :func:`claimcheck.check`.
        partitions: how many pieces the sources are split into (default: about 4 per worker).

    Files that cannot be read raise, as :func:`claimcheck.check` does with a file named
    directly; inside a folder they are skipped and listed in ``Report.skipped``.
    """
    bag = _dask()
    if isinstance(items, (str, os.PathLike, Source)):
        items = [items]
    items = list(items)
    expanded = _expand(items)
    if not expanded:
        raise UsageError("no sources given")
    lexicon = lexicon or default_lexicon()
    extractor = extractor or ParseExtractor(lexicon)
    workers = len(client.scheduler_info()["workers"]) if client is not None else os.cpu_count() or 1
    n = partitions or max(1, min(len(expanded), 4 * workers))
    compute: dict[str, Any] = {"scheduler": client} if client is not None else {}
    loaded = (
        bag.from_sequence(expanded, npartitions=n)
        .map(_load_and_extract, extractor)
        .compute(**compute)
    )
    named = {os.fspath(i) for i in items if not isinstance(i, Source)}
    entries: list[Loaded] = []
    skipped: list[ClaimcheckError] = []
    for item, result in zip(expanded, loaded, strict=True):
        if isinstance(result, ClaimcheckError):
            if isinstance(item, str) and item in named:
                raise result
            skipped.append(result)
            continue
        entries.append(result)
    refuse_duplicate_ids(entries)
    if not entries:
        raise UsageError("no readable sources given")
    sources = [e.source for e in entries]
    raw = [c for e in entries for c in e.claims or ()]

    def shuffle(
        parts: list[list[Claim]], describe: Describer, family: Mapping[str, str]
    ) -> list[PartitionResult]:
        if client is not None:
            # Scatter the parts to the workers rather than embed them in the task graph (a
            # graph of hundreds of megabytes is slow to build and to send), then judge each.
            shared = client.scatter([describe, dict(family)], broadcast=True)
            futures = client.map(
                _judge_part,
                client.scatter(parts),
                describe=shared[0],
                family=shared[1],
                pure=False,
            )
            found: list[PartitionResult] = client.gather(futures)
            return found
        # Regroup on the workers by the part each claim's predicate belongs to (a predicate
        # and the figure measures its claims state are judged together).
        part_of = {c.predicate: k for k, part in enumerate(parts) for c in part}
        claims = [c for part in parts for c in part]
        grouped = bag.from_sequence(claims, npartitions=n).groupby(
            lambda c: part_of[c.predicate], shuffle="tasks"
        )
        results: list[PartitionResult] = grouped.map(_judge_group, describe, family).compute(
            **compute
        )
        return results

    return judge(
        sources, raw, lexicon=lexicon, aliases=aliases, skipped=skipped, map_partitions=shuffle
    )
