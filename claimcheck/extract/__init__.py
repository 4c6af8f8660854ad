"""Extraction: from a source's text to the claims it makes.

An extractor is anything with an ``extract(source) -> list[Claim]`` method (the
:class:`Extractor` protocol); subjects and objects in its claims are names as written, which the
normalisation stage turns into canonical entity ids. The default is :class:`ParseExtractor`,
which reads claims off a spaCy dependency parse of English text.

>>> from claimcheck.model import Source
>>> claims = ParseExtractor().extract(Source(id="a", text="Ruritania annexed Freedonia in 2020."))
>>> [(c.subject, c.predicate, c.object, c.time.text) for c in claims]
[('Ruritania', 'annex', 'Freedonia', '2020')]
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from claimcheck.extract._nlp import DEFAULT_MODELS, load_pipeline, resolve_model
from claimcheck.extract._sentences import split_sentences
from claimcheck.extract._tree import ParseExtractor
from claimcheck.model import Claim, Source

__all__ = [
    "DEFAULT_MODELS",
    "Extractor",
    "ParseExtractor",
    "RuleExtractor",
    "load_pipeline",
    "resolve_model",
    "split_sentences",
]

#: The name the default extractor had before it read a parse; kept so that code using it runs.
RuleExtractor = ParseExtractor


@runtime_checkable
class Extractor(Protocol):
    """What claimcheck needs of an extractor: claims from one source."""

    def extract(self, source: Source) -> list[Claim]:
        """The claims ``source`` makes; evidence spans must quote ``source.text`` exactly."""
        ...
