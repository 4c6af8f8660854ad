"""Accuracy of claimcheck's conflict resolution against majority vote and TruthFinder.

Synthetic truth-discovery data with planted source accuracy and copying: each object has a true
value (0) and three wrong ones; each independent source covers an object with probability
``--coverage`` and gives the truth with its own accuracy (drawn from ``--accuracy LOW HIGH``),
else a wrong value at random; each copier republishes one original's values word for word
(with probability ``--copy-rate`` per object, else it reports on its own). Copiers copy the
*least* accurate originals, as aggregators of a bad wire story do, so copying amplifies errors.

Methods, on the same (source, object, value) triples:

- **majority**: the value most sources give (ties broken at random, seeded);
- **truthdiscovery TruthFinder**: the ``truthdiscovery`` package's TruthFinder with its
  defaults (a benchmark-only dependency, never imported by claimcheck; see below);
- **claimcheck**: ``claimcheck.judge._resolve`` on the same triples, with the families that
  claimcheck's text-based copy detection finds when copies are verbatim (each copier with its
  original); it may decline to prefer a value ("undecided"), which counts as wrong in
  *accuracy* and is left out of *accuracy when decided*; **claimcheck, never undecided** takes
  the best supported value even then.

Usage::

    python benchmarks/resolution.py                       # seed 7, the table of record
    python benchmarks/resolution.py --seeds 1 2 3 4 5     # medians over seeds
    python benchmarks/resolution.py --td-python /tmp/tdvenv/bin/python

``truthdiscovery`` 1.0.4 pins old versions of attrs and numpy, so it lives in its own virtual
environment: ``python -m venv /tmp/tdvenv && /tmp/tdvenv/bin/pip install --no-deps
truthdiscovery==1.0.4 && /tmp/tdvenv/bin/pip install numpy scipy bidict imageio matplotlib``.
Its package imports a drawing backend (``cairo``) that this benchmark never uses; the child
process stubs that module.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
from collections import Counter, defaultdict

from claimcheck.judge._resolve import _score, discover_trust, prefer

Triple = tuple[str, str, int]

_TD_CHILD = """
import json, sys, types
sys.modules.setdefault("cairo", types.ModuleType("cairo"))
from truthdiscovery.input import Dataset
from truthdiscovery.algorithm import TruthFinder
triples = [tuple(t) for t in json.load(sys.stdin)]
result = TruthFinder().run(Dataset(triples))
out = {}
for var in sorted({t[1] for t in triples}):
    out[var] = sorted(result.get_most_believed_values(var))[0]
json.dump(out, sys.stdout)
"""


def generate(
    seed: int,
    objects: int,
    independent: int,
    copiers: int,
    coverage: float,
    accuracy: tuple[float, float],
    copy_rate: float,
) -> tuple[list[Triple], dict[str, str]]:
    """Triples and each source's family (a copier shares its original's)."""
    rng = random.Random(seed)
    acc = {f"src{k:03d}": rng.uniform(*accuracy) for k in range(independent)}
    originals = sorted(acc, key=lambda s: (acc[s], s))[: max(1, copiers // 2)]
    family = {s: s for s in acc}
    copy_of = {}
    for k in range(copiers):
        copier = f"cop{k:03d}"
        copy_of[copier] = originals[k % len(originals)]
        family[copier] = family[copy_of[copier]]
        acc[copier] = rng.uniform(*accuracy)
    given: dict[str, dict[str, int]] = defaultdict(dict)
    for o in range(objects):
        obj = f"obj{o:04d}"
        for s in sorted(acc):
            if s in copy_of:
                continue
            if rng.random() < coverage:
                given[s][obj] = 0 if rng.random() < acc[s] else rng.randint(1, 3)
        for c in sorted(copy_of):
            original = copy_of[c]
            if obj in given[original] and rng.random() < copy_rate:
                given[c][obj] = given[original][obj]
            elif rng.random() < coverage:
                given[c][obj] = 0 if rng.random() < acc[c] else rng.randint(1, 3)
    triples = [(s, obj, v) for s in sorted(given) for obj, v in sorted(given[s].items())]
    return triples, family


def majority(triples: list[Triple], seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for _, obj, v in triples:
        votes[obj][v] += 1
    out = {}
    for obj, counts in sorted(votes.items()):
        best = max(counts.values())
        out[obj] = rng.choice(sorted(v for v, n in counts.items() if n == best))
    return out


def claimcheck_resolution(
    triples: list[Triple], family: dict[str, str], *, forced: bool = False
) -> dict[str, int | None]:
    """claimcheck's preferred value per object (``None`` when undecided); ``forced`` takes the
    best supported value even when the evidence does not decide."""
    by_obj: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s, obj, v in triples:
        by_obj[obj][v].add(family[s])
    items = []
    keyed: dict[str, tuple[list[int], list[frozenset[str]]]] = {}
    for obj in sorted(by_obj):
        values = sorted(by_obj[obj])
        fams = [frozenset(by_obj[obj][v]) for v in values]
        keyed[obj] = (values, fams)
        items.append(fams)
    trust = discover_trust(items)
    out: dict[str, int | None] = {}
    for obj, (values, fams) in keyed.items():
        index, _ = prefer(fams, trust)
        if forced and index is None:
            beliefs = _score(fams, trust)
            index = min(range(len(values)), key=lambda k: (-len(fams[k]), -beliefs[k], k))
        out[obj] = values[index] if index is not None else None
    return out


def truthfinder(triples: list[Triple], python: str | None) -> dict[str, int] | None:
    payload = json.dumps(triples)
    command = [python or sys.executable, "-c", _TD_CHILD]
    try:
        done = subprocess.run(
            command, input=payload, capture_output=True, text=True, check=True, timeout=600
        )
    except (subprocess.CalledProcessError, FileNotFoundError, subprocess.TimeoutExpired) as err:
        detail = getattr(err, "stderr", "") or str(err)
        print(f"truthdiscovery not run: {detail.strip().splitlines()[-1]}", file=sys.stderr)
        return None
    return {k: int(v) for k, v in json.loads(done.stdout).items()}


def score(chosen: dict[str, int] | dict[str, int | None]) -> tuple[float, float, float]:
    """(accuracy, accuracy when decided, share decided); the truth is 0 everywhere."""
    decided = [v for v in chosen.values() if v is not None]
    right = sum(v == 0 for v in decided)
    total = len(chosen) or 1
    return right / total, right / (len(decided) or 1), len(decided) / total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[7])
    parser.add_argument("--objects", type=int, default=400)
    parser.add_argument("--sources", type=int, default=30, help="independent sources")
    parser.add_argument("--copiers", type=int, default=12)
    parser.add_argument("--coverage", type=float, default=0.3)
    parser.add_argument("--accuracy", type=float, nargs=2, default=[0.3, 0.9])
    parser.add_argument("--copy-rate", type=float, default=0.9)
    parser.add_argument("--td-python", help="a Python with truthdiscovery installed")
    args = parser.parse_args(argv)
    rows: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for seed in args.seeds:
        triples, family = generate(
            seed,
            args.objects,
            args.sources,
            args.copiers,
            args.coverage,
            (args.accuracy[0], args.accuracy[1]),
            args.copy_rate,
        )
        rows["majority vote"].append(score(majority(triples, seed)))
        rows["claimcheck"].append(score(claimcheck_resolution(triples, family)))
        rows["claimcheck, never undecided"].append(
            score(claimcheck_resolution(triples, family, forced=True))
        )
        found = truthfinder(triples, args.td_python)
        if found is not None:
            rows["truthdiscovery TruthFinder"].append(score(found))
    print(
        f"{args.objects} objects, {args.sources} independent sources + {args.copiers} copiers, "
        f"coverage {args.coverage}, accuracy {args.accuracy[0]}-{args.accuracy[1]}, "
        f"copy rate {args.copy_rate}; seeds {' '.join(map(str, args.seeds))} (medians)"
    )
    print(f"{'method':<28} | accuracy | accuracy when decided | decided")
    for name, values in rows.items():
        acc, when, share = (statistics.median(v[k] for v in values) for k in range(3))
        print(f"{name:<28} | {acc:8.3f} | {when:21.3f} | {share:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
