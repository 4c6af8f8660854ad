"""Union-find over string keys, the smallest key of a set as its root (so results are stable)."""

from __future__ import annotations

__all__ = ["find", "union"]


def find(parent: dict[str, str], x: str) -> str:
    """The root of ``x`` (a new key is its own root), compressing the path on the way."""
    root = x
    while parent.setdefault(root, root) != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root


def union(parent: dict[str, str], a: str, b: str) -> str:
    """Merge the sets of ``a`` and ``b``; the root of the merged set.

    >>> parent: dict[str, str] = {}
    >>> union(parent, "b", "c"), union(parent, "c", "a"), find(parent, "b")
    ('b', 'a', 'a')
    """
    ra, rb = find(parent, a), find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
    return min(ra, rb)
