"""Loading sources: text, Markdown, HTML and claim files, alone or by the folder.

>>> from claimcheck.sources import load_sources
>>> [s.id for s in load_sources(["fixtures/peru-quake-2023"])]
['andean-times', 'diario-del-sur', 'pacific-daily']
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from claimcheck.model import Source
from claimcheck.sources._load import iter_source_files, load_path, load_paths, source_from_text

__all__ = ["iter_source_files", "load_source", "load_sources", "source_from_text"]


def _attach(loaded_source: Source, claims: object) -> Source:
    loaded_source._stated = claims  # type: ignore[assignment]
    return loaded_source


def load_source(path: str | os.PathLike[str]) -> Source:
    """Load one source file.

    Raises:
        claimcheck.errors.SourceError: the file is missing, unreadable, binary or empty.
        claimcheck.errors.HeaderError: its metadata header is malformed.
        claimcheck.errors.ClaimFileError: it is a claim file that does not match the schema.
    """
    loaded = load_path(path)
    return _attach(loaded.source, loaded.claims)


def load_sources(
    paths: str | os.PathLike[str] | Source | Iterable[str | os.PathLike[str] | Source],
) -> list[Source]:
    """Load files and folders of sources (folders sorted by file name): one path, or several.

    Sources given as :class:`~claimcheck.model.Source` objects pass through unchanged.
    """
    return [_attach(entry.source, entry.claims) for entry in load_paths(paths)]
