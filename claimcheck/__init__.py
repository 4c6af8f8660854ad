"""claimcheck: cross-verify what several sources say about the same event.

Give it sources (articles as text or HTML, statements, claim files); it extracts the claims each
makes, normalises them, and reports agreements between independent sources, conflicts, and
uncorroborated claims, each with verbatim evidence.

>>> import claimcheck
>>> report = claimcheck.check("fixtures/ukraine-dprk-2022")
>>> [f.conflict for f in report.of_kind("conflict")]
['rank']
"""

from __future__ import annotations

from claimcheck._check import check
from claimcheck.errors import (
    ClaimcheckError,
    ClaimcheckWarning,
    ClaimFileError,
    HeaderError,
    ModelError,
    OutputError,
    SourceError,
    StoreError,
    UsageError,
)
from claimcheck.extract import Extractor, ParseExtractor, RuleExtractor
from claimcheck.model import (
    Claim,
    Entity,
    Family,
    Figure,
    Finding,
    Quantity,
    Report,
    Resolution,
    Source,
    Span,
    Support,
    TimelinePoint,
    TimeRange,
)
from claimcheck.normalise import load_aliases, load_lexicon
from claimcheck.sources import load_source, load_sources, source_from_text
from claimcheck.store import ClaimStore

__all__ = [
    "Claim",
    "ClaimFileError",
    "ClaimStore",
    "ClaimcheckError",
    "ClaimcheckWarning",
    "Entity",
    "Extractor",
    "Family",
    "Figure",
    "Finding",
    "HeaderError",
    "ModelError",
    "OutputError",
    "ParseExtractor",
    "Quantity",
    "Report",
    "Resolution",
    "RuleExtractor",
    "Source",
    "SourceError",
    "Span",
    "StoreError",
    "Support",
    "TimeRange",
    "TimelinePoint",
    "UsageError",
    "check",
    "load_aliases",
    "load_lexicon",
    "load_source",
    "load_sources",
    "source_from_text",
]
