"""The package's own source: what a linter does not check."""

from __future__ import annotations

import ast
from pathlib import Path

import claimcheck

PACKAGE = Path(claimcheck.__file__).parent


def _module_constants(tree: ast.Module) -> list[tuple[str, int]]:
    """The names a module assigns at its top level, with their lines, in order."""
    out = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        out.extend((t.id, node.lineno) for t in targets if isinstance(t, ast.Name))
    return out


def test_no_module_constant_is_assigned_twice():
    # a second assignment of a module's constant silently changes what the first one's users
    # read (a word list named like another, further down a long module)
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _module_constants(ast.parse(path.read_text("utf-8"))):
            if name in seen:
                twice.append(f"{path.relative_to(PACKAGE)}: {name} at lines {seen[name]}, {line}")
            seen.setdefault(name, line)
    assert twice == []
