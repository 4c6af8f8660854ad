"""Alignment: which claims are about the same proposition.

Claims are grouped by a blocking key (canonical predicate, subject and object; the two sorted for
symmetric predicates), never compared all-pairs across a corpus. Objects that name overlapping
sets of entities are aligned for ordinal reasoning by :func:`proposition_groups`.
"""

from __future__ import annotations

from claimcheck.judge._verdicts import block_key
from claimcheck.reason._ordinal import proposition_groups

__all__ = ["block_key", "proposition_groups"]
