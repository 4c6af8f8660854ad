"""Results of judging steps kept between runs, under a digest of everything they depend on.

A claim store judges its whole corpus again when a source is added; most blocks of claims are
the same as last time. A step that is a pure function of a block's content (the block's
conflicts and agreements) looks its result up here by a digest of that content before
computing it, so a block the new sources do not touch is not judged again. The store loads the
kept results before judging and keeps those used or made by the run (:meth:`Memo.kept`), so
results of blocks that no longer exist are dropped; only the ones it made are written
(:meth:`Memo.made`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["Memo"]

# a kept result: JSON (it is stored as such)
Kept = Any


class Memo:
    """Kept results by key, and which of them this run used or made.

    ``salt`` is mixed into every key: the extractor, lexicon and claimcheck version the results
    were made with (a change of any gives new keys, so old results are never read).
    ``sources`` gives a digest of each source's text and stated claims, where the caller knows
    one (the store's): a claim a source made (not one judging derived) is then known by its
    source's digest and its names, without reading all of it.
    """

    def __init__(
        self,
        known: Mapping[str, Kept] | None = None,
        salt: str = "",
        sources: Mapping[str, str] | None = None,
    ) -> None:
        self.salt = salt
        self.sources = dict(sources or {})
        self._known = dict(known or {})
        self._used: dict[str, Kept] = {}
        self._made: dict[str, Kept] = {}

    def get(self, key: str) -> Kept | None:
        """The result kept under ``key``, or None."""
        found = self._known.get(key)
        if found is not None:
            self._used[key] = found
        return found

    def put(self, key: str, value: Kept) -> None:
        """Keep ``value`` under ``key``."""
        self._known[key] = self._used[key] = self._made[key] = value

    def kept(self) -> dict[str, Kept]:
        """The results this run used or made: what to keep for the next one."""
        return dict(self._used)

    def made(self) -> dict[str, Kept]:
        """The results this run made (not read back): what the next run does not have yet."""
        return dict(self._made)

    def key(self, step: str, parts: Iterable[str]) -> str:
        """The key of ``step`` over ``parts``, with the salt (each part length-prefixed, so no
        two lists of parts share a key)."""
        text = "".join([f"{len(part)}:{part}" for part in parts])
        h = hashlib.sha1(f"{len(self.salt)}:{self.salt}|{step}|{text}".encode())
        return f"{step}:{h.hexdigest()}"
