"""The pipeline: sources in, one :class:`~claimcheck.model.Report` out."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.extract import Extractor, RuleExtractor
from claimcheck.judge import Describer, families, implied_claims, verdicts
from claimcheck.model import Claim, Report, Source
from claimcheck.normalise import Lexicon, default_lexicon, normalise_claims
from claimcheck.reason import precedence_conflicts
from claimcheck.sources._load import Loaded, load_paths

__all__ = ["check", "check_loaded"]

Item = str | os.PathLike[str] | Source


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimcheck")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def check_loaded(
    loaded: Iterable[Loaded],
    *,
    extractor: Extractor | None = None,
    lexicon: Lexicon | None = None,
    aliases: Mapping[str, str] | None = None,
    progress: Callable[[str], None] | None = None,
    independent: Collection[str] = (),
    skipped: Sequence[ClaimcheckError] = (),
) -> Report:
    """The report of already loaded sources (see :func:`check`).

    Sources named in ``independent`` never join a family of copies (for a text under test);
    ``skipped`` are the files that could not be read, listed in the report.
    """
    lexicon = lexicon or default_lexicon()
    extractor = extractor or RuleExtractor(lexicon)
    entries = sorted(loaded, key=lambda e: e.source.id)
    sources = [e.source for e in entries]
    raw: list[Claim] = []
    for entry in entries:
        stated = entry.claims if entry.claims is not None else entry.source._stated
        if progress is not None:
            progress(entry.source.id)
        raw.extend(stated if stated is not None else extractor.extract(entry.source))
    texts = {s.id: s.text for s in sources}
    for claim in raw:
        span = claim.evidence
        if texts.get(span.source, "")[span.start : span.end] != span.quote:
            raise UsageError(
                f"extractor returned evidence that does not quote source "
                f"{span.source!r} exactly (claim {claim.id})"
            )
    claims, registry = normalise_claims(raw, aliases)
    claims = claims + implied_claims(claims)
    family_of, family_list = families(sources, independent)
    entities = {e.id: e for e in registry.entities()}
    describe = Describer(entities=entities, sources={s.id: s for s in sources}, lexicon=lexicon)
    derived = precedence_conflicts(claims, describe, family_of)
    findings = verdicts(claims, describe, family_of, derived)
    return Report(
        sources=sources,
        claims=sorted(claims, key=lambda c: (c.source, c.evidence.start, c.id)),
        entities=registry.entities(),
        findings=findings,
        families=family_list,
        skipped=[str(err) for err in skipped],
        version=_version(),
    )


def check(
    items: Item | Iterable[Item],
    *,
    extractor: Extractor | None = None,
    lexicon: Lexicon | None = None,
    aliases: Mapping[str, str] | None = None,
    skip_unreadable: bool = False,
    strict: bool = False,
) -> Report:
    """Cross-check sources: files, folders of files, or :class:`Source` objects.

    Args:
        items: one path or source, or several.
        extractor: how claims are found in text (default: :class:`RuleExtractor`).
        lexicon: the predicate lexicon (default: the shipped one; see ``load_lexicon``).
        aliases: extra names, ``{"alias": "canonical name"}`` (see ``load_aliases``).
        skip_unreadable: skip files named directly that cannot be read instead of raising.
            Unreadable files inside a folder are always skipped (with a
            :class:`~claimcheck.ClaimcheckWarning`) unless ``strict``. Skipped files are listed
            in ``Report.skipped``.
        strict: raise for any file that cannot be read, inside a folder too.

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
        loaded, extractor=extractor, lexicon=lexicon, aliases=aliases, skipped=skipped
    )
