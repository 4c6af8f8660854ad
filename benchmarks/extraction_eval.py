"""Score the extractor against the hand-annotated claims in fixtures/*/gold-claims.yaml.

Usage: python benchmarks/extraction_eval.py [--verbose] [FIXTURE_DIR ...]

For every fixture folder with a gold-claims.yaml, the folder is checked and each gold claim is
looked up among the extracted claims of its source (same subject after normalisation, and the
predicate or the words the gold claim names). The table gives, per fixture:

- recall: gold claims found;
- precision: extracted lexicon claims (open claims and implied claims aside, since the gold
  files do not list every open clause) that match a gold claim;
- per normaliser, among the found gold claims that state the qualifier: entities (object),
  time (compatible range), ordinals (rank and named predecessors), quantities, attribution
  and polarity.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

import claimcheck
from claimcheck._match import claim_matches, resolve
from claimcheck.model import Claim, Report, TimeRange
from claimcheck.normalise import find_times

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ("entities", "time", "ordinals", "quantities", "attribution", "polarity")


def _time(value: Any) -> TimeRange | None:
    text = str(value)
    if len(text) == 4:
        text = f"in {text}"
    elif len(text) == 7:
        year, month = text.split("-")
        text = f"in {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][int(month) - 1]} {year}"
    found = list(find_times(text))
    return found[0].range if found else None


def _core(gold: dict[str, Any]) -> dict[str, Any]:
    return {k: gold[k] for k in ("source", "subject", "predicate", "text_contains") if k in gold}


def _qualifiers(report: Report, gold: dict[str, Any], claim: Claim) -> dict[str, bool]:
    out: dict[str, bool] = {}
    if "object" in gold:
        out["entities"] = claim_matches(report, claim, {"object": gold["object"]})
    if "time" in gold:
        wanted = _time(gold["time"])
        out["time"] = bool(claim.time and wanted and claim.time.compatible(wanted))
    if "rank" in gold or "after" in gold:
        after = sorted(resolve(report, gold.get("after", [])))
        out["ordinals"] = claim.rank == gold.get("rank") and sorted(claim.after) == after
    if "quantity" in gold:
        anchor = None if claim.quantity is None else (claim.quantity.low or claim.quantity.high)
        out["quantities"] = anchor == gold["quantity"]
    if "attributed_to" in gold:
        out["attribution"] = claim_matches(report, claim, {"attributed_to": gold["attributed_to"]})
    if "polarity" in gold:
        out["polarity"] = claim.polarity == gold["polarity"]
    return out


def evaluate(folder: Path, verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(hits, total) for recall, precision and each normaliser."""
    gold_claims = yaml.safe_load((folder / "gold-claims.yaml").read_text("utf-8"))
    report = claimcheck.check(folder)
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    matched: set[str] = set()
    for gold in gold_claims:
        candidates = [
            c for c in report.claims if not c.implied and claim_matches(report, c, _core(gold))
        ]
        scores["recall"][1] += 1
        if not candidates:
            if verbose:
                print(f"  missed: {gold}")
            continue
        scores["recall"][0] += 1
        results = [_qualifiers(report, gold, c) for c in candidates]
        best = max(range(len(candidates)), key=lambda i: sum(results[i].values()))
        matched.update(c.id for c in candidates)
        for check, ok in results[best].items():
            if verbose and not ok:
                c = candidates[best]
                print(
                    f"  wrong {check}: {gold} -> {c.subject} {c.predicate} {c.object} {c.time} {c.attributed_to}"
                )
            scores[check][0] += int(ok)
            scores[check][1] += 1
    lexicon = [c for c in report.claims if not c.implied and not c.predicate.startswith("open:")]
    if verbose:
        for c in lexicon:
            if c.id not in matched:
                print(f"  unmatched: {c.source} {c.subject} {c.predicate} {c.object} | {c.text}")
    scores["precision"] = [sum(1 for c in lexicon if c.id in matched), len(lexicon)]
    return {k: (v[0], v[1]) for k, v in scores.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list unmatched claims")
    parser.add_argument(
        "folders", nargs="*", type=Path, metavar="FIXTURE_DIR", help="default: every fixture"
    )
    args = parser.parse_args(argv)
    verbose = args.verbose
    folders = args.folders or sorted(
        p.parent for p in (ROOT / "fixtures").glob("*/gold-claims.yaml")
    )
    missing = [f for f in folders if not (f / "gold-claims.yaml").is_file()]
    if missing:
        parser.error(f"no gold-claims.yaml in {', '.join(map(str, missing))}")
    columns = ("recall", "precision", *CHECKS)
    rows = []
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for folder in folders:
        if verbose:
            print(folder.name)
        result = evaluate(folder, verbose)
        cells = []
        for col in columns:
            hits, total = result.get(col, (0, 0))
            totals[col][0] += hits
            totals[col][1] += total
            cells.append(f"{hits}/{total} {100 * hits / total:.0f}%" if total else "-")
        rows.append((folder.name, cells))
    rows.append(
        (
            "all",
            [f"{h}/{t} {100 * h / t:.0f}%" if t else "-" for h, t in (totals[c] for c in columns)],
        )
    )
    width = max(len(name) for name, _ in rows)
    header = f"{'fixture':<{width}} | " + " | ".join(f"{c:>12}" for c in columns)
    print(header)
    print("-" * len(header))
    for name, cells in rows:
        print(f"{name:<{width}} | " + " | ".join(f"{c:>12}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
