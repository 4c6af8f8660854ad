"""Speed, memory and accuracy as the corpus grows.

    python benchmarks/scale.py                  # up to 1,000 articles and 1M claims, about 12 minutes
    python benchmarks/scale.py --quick          # smaller sizes, a minute or two
    python benchmarks/scale.py --only judging --repeat 1

Extraction: synthetic articles of about 600 words (benchmarks/synth.py), one process, then two.
Judging: ready claims (no extraction), each size in a fresh process so that its peak memory is
its own. Accuracy: the findings of the largest extracted corpus against the planted ground truth.
Timings are medians of repeated runs (extraction up to 250 articles; judging ``--repeat`` runs
per size, three by default); compare ratios between rows, not single numbers (the machines are
small and shared). Each judging row also times a bare pass that indexes the input claims in a
dict: its growth is the machine's own, and judging time over it should stay about constant.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

from claimcheck import RuleExtractor
from claimcheck._check import extract_claims, judge
from claimcheck.model import Report
from claimcheck.sources import source_from_text
from claimcheck.sources._load import Loaded


def _loaded(n_sources: int) -> tuple[list[Loaded], list[synth.Event], dict[str, str]]:
    """The corpus loaded as sources, its events, and each source's family (its original)."""
    articles, events = synth.corpus(n_sources, max(1, n_sources // 5))
    entries = [Loaded(source_from_text(a.text, id=a.source_id)) for a in articles]
    return entries, events, {a.source_id: a.copy_of or a.source_id for a in articles}


def extraction(sizes: list[int]) -> list[dict[str, float]]:
    rows = []
    extractor = RuleExtractor()
    for n in sizes:
        entries, _, _ = _loaded(n)
        runs = []
        claims = 0
        for _ in range(3 if n <= 250 else 1):
            start = time.perf_counter()
            claims = len(extract_claims(entries, extractor))
            runs.append(time.perf_counter() - start)
        seconds = statistics.median(runs)
        rows.append({"articles": n, "claims": claims, "seconds": seconds, "jobs": 1})
    entries, _, _ = _loaded(sizes[-1])
    start = time.perf_counter()
    claims = len(extract_claims(entries, extractor, jobs=2))
    rows.append(
        {"articles": sizes[-1], "claims": claims, "seconds": time.perf_counter() - start, "jobs": 2}
    )
    return rows


def judge_child(n: int) -> None:
    """Run in a fresh process: judge n ready claims, print time and peak memory as JSON."""
    sources, claims = synth.claims(n)
    with open("/proc/self/statm") as statm:  # resident pages now: what the input alone takes
        input_mb = int(statm.read().split()[1]) * resource.getpagesize() / 2**20
    # The machine's own floor: one pass that indexes every claim in a dict. Its growth per
    # doubling is what memory alone costs once the data outgrows the caches.
    scans = []
    for _ in range(3):
        start = time.perf_counter()
        index = {c.id: c.subject for c in claims}
        scans.append(time.perf_counter() - start)
        del index
    start = time.perf_counter()
    report = judge(sources, claims)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "claims": n,
                "seconds": seconds,
                "scan": statistics.median(scans),
                "input_mb": input_mb,
                "peak_mb": peak_kb / 1024,
                "findings": len(report.findings),
            }
        )
    )


def judging(sizes: list[int], repeat: int) -> list[dict[str, float]]:
    """Each size judged ``repeat`` times in fresh processes: the run of median time."""
    rows = []
    for n in sizes:
        runs = []
        for _ in range(repeat):
            done = subprocess.run(
                [sys.executable, __file__, "--judge-child", str(n)],
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        runs.sort(key=lambda row: row["seconds"])
        rows.append(runs[len(runs) // 2])
    return rows


def _overall(rows: list[dict[str, float]], size: str, key: str = "seconds") -> None:
    """Growth of ``key`` per doubling from the first row to the last (a geometric mean)."""
    first, last = rows[0], rows[-1]
    ratio = (last[key] / first[key]) ** (1 / math.log2(last[size] / first[size]))
    what = "time" if key == "seconds" else key
    print(f"{what} from {first[size]:.0f} to {last[size]:.0f} {size}: {ratio:.2f} x per doubling")


def accuracy(n_sources: int) -> dict[str, tuple[int, int]]:
    """Planted agreements and conflicts found, and conflicts that were not planted."""
    entries, events, family = _loaded(n_sources)
    report: Report = judge([e.source for e in entries], extract_claims(entries, RuleExtractor()))
    event_of: dict[str, str] = {}
    for event in events:
        for sid in event.values:
            event_of[sid] = event.id
    found: dict[str, set[str]] = defaultdict(set)
    false_conflicts = 0
    for finding in report.findings:
        if finding.kind == "uncorroborated":
            continue
        involved = {event_of.get(s) for s in finding.sources}
        if finding.kind == "conflict" and (len(involved) != 1 or None in involved):
            false_conflicts += 1
            continue
        for eid in involved:
            if eid is not None:
                found[finding.kind].add(eid)
    wanted: dict[str, set[str]] = defaultdict(set)
    planted_conflicts = {e.id for e in events if e.conflict}
    for event in events:
        by_value: dict[str, set[str]] = defaultdict(set)
        for sid, value in event.values.items():
            by_value[value].add(family[sid])
        if any(len(f) >= 2 for f in by_value.values()):
            wanted["agreement"].add(event.id)
        if len([v for v in by_value if by_value[v]]) >= 2 and event.id in planted_conflicts:
            wanted["conflict"].add(event.id)
    false_conflicts += len(found["conflict"] - wanted["conflict"])
    return {
        "agreements found": (
            len(found["agreement"] & wanted["agreement"]),
            len(wanted["agreement"]),
        ),
        "conflicts found": (len(found["conflict"] & wanted["conflict"]), len(wanted["conflict"])),
        "conflicts not planted": (
            false_conflicts,
            sum(f.kind == "conflict" for f in report.findings),
        ),
    }


_KEYS = {"input MB": "input_mb", "peak MB": "peak_mb"}


def _table(
    rows: list[dict[str, float]],
    columns: list[str],
    series: Callable[[dict[str, float]], bool] = lambda row: True,
) -> None:
    """Rows as a text table, with the time ratio to the previous row of the same series."""
    print(" | ".join(f"{c:>9}" for c in [*columns, "x per doubling"]))
    previous = None
    for row in rows:
        values = []
        for column in columns:
            if column == "claims/s":
                values.append(f"{row['claims'] / row['seconds']:9.0f}")
            elif column == "/ scan":
                values.append(f"{row['seconds'] / row['scan']:9.0f}")
            elif column == "scan":
                values.append(f"{row['scan']:9.3f}")
            else:
                value = row[_KEYS.get(column, column)]
                values.append(f"{value:9.2f}" if column == "seconds" else f"{value:9.0f}")
        ratio = ""
        if series(row):
            ratio = f"{row['seconds'] / previous:.2f}" if previous else ""
            previous = row["seconds"]
        print(" | ".join([*values, f"{ratio:>14}"]), flush=True)
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--judge-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=["extraction", "judging", "accuracy"])
    parser.add_argument(
        "--repeat", type=int, default=3, help="judging runs per size, the median kept (default 3)"
    )
    args = parser.parse_args()
    if args.judge_child:
        judge_child(args.judge_child)
        return 0
    ext_sizes = [50, 100, 200] if args.quick else [125, 250, 500, 1000]
    judge_sizes = (
        [25_000, 50_000, 100_000] if args.quick else [125_000, 250_000, 500_000, 1_000_000]
    )
    if args.only in (None, "extraction"):
        print("extraction (articles of ~600 words)")
        rows = extraction(ext_sizes)
        _table(
            rows,
            ["articles", "jobs", "claims", "seconds", "claims/s"],
            series=lambda row: row["jobs"] == 1,
        )
        _overall([row for row in rows if row["jobs"] == 1], "articles")
        print()
    if args.only in (None, "judging"):
        print(f"judging (ready claims, fresh process per run, median of {args.repeat})")
        rows = judging(judge_sizes, args.repeat)
        _table(
            rows,
            ["claims", "seconds", "claims/s", "input MB", "peak MB", "findings", "scan", "/ scan"],
        )
        _overall(rows, "claims")
        _overall(rows, "claims", "scan")
        print()
    if args.only in (None, "accuracy"):
        size = 200 if args.quick else 1000
        print(f"accuracy on {size} extracted articles against the planted ground truth")
        for name, (hit, total) in accuracy(size).items():
            print(f"  {name:22} {hit:6} / {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
