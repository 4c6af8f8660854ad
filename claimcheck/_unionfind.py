"""Union-find over string keys, the smallest key of a set as its root (so results are stable)."""

from __future__ import annotations

__all__ = ["Components", "find", "union"]


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


class Components:
    """Union-find over the integers ``0 .. n-1`` for hot loops: each item's set is a list
    lookup (the smaller set is relabelled on a merge, so an item moves at most log n times).

    >>> sets = Components(4)
    >>> sets.merge(0, 2); sets.merge(3, 2)
    >>> sets.of[0] == sets.of[3], sets.of[0] == sets.of[1]
    (True, False)
    """

    __slots__ = ("members", "of")

    def __init__(self, n: int) -> None:
        self.of = list(range(n))  # the set of each item (read it directly: it is the hot path)
        self.members = [[i] for i in range(n)]

    def merge(self, a: int, b: int) -> None:
        """Join the sets of ``a`` and ``b``."""
        keep, gone = self.of[a], self.of[b]
        if keep == gone:
            return
        if len(self.members[keep]) < len(self.members[gone]):
            keep, gone = gone, keep
        for k in self.members[gone]:
            self.of[k] = keep
        self.members[keep].extend(self.members[gone])
        self.members[gone] = []
