"""Score claimcheck on the real-news development corpus in ``benchmarks/devset/``.

Usage::

    python benchmarks/devset_eval.py                 # every event, one table
    python benchmarks/devset_eval.py --verbose       # also list what was missed
    python benchmarks/devset_eval.py --audit 100     # 100 random claims with their sentence
    python benchmarks/devset_eval.py --json          # the scores as JSON

Each event folder holds ``articles/`` and a ``TRUTH.md`` whose items (AGREE, CONFLICT, VARIANT,
SINGLE) cite evidence as ``<file>: "exact substring"``. The articles are checked together and the
report is scored against the items:

- **coverage**: the share of the evidence strings of AGREE, CONFLICT, VARIANT and SINGLE items
  that lie inside at least one extracted claim's evidence span in that file (what extraction
  reached, whatever judging made of it);
- **agree**: AGREE items for which one agreement finding, or one value of a conflict that
  two or more independent sources back (its resolution's support), has evidence overlapping
  the item's evidence in at least two files; **agree-fig**, the same over the items whose evidence holds a
  figure (a digit or a number word);
- **conflict**: CONFLICT items for which one conflict finding has evidence overlapping at least
  two of the item's evidence strings;
- **single**: SINGLE items with an uncorroborated finding, or a conflict's value that one
  source alone backs, overlapping one of their strings;
- **variant-flagged**: VARIANT items that a conflict finding wrongly spans (lower is better);
  for a figure conflict, only when one of the item's strings is where a claim prints a value
  that overlaps none of the item's other printed values (a figure conflict lists every value; variants of one value, or another
  figure in the same sentence, are not set against each other; nor are values a finding
  credits to different measuring bodies; a VARIANT item all of whose strings are evidence of
  one CONFLICT item is not scored);
- **conflicts-matched**: the reported conflicts that overlap two strings of one CONFLICT item.

A span "overlaps" a truth string when it covers at least half of it. Sentence-length evidence can
overlap a truth string that another claim of the same sentence states, so the finding scores are
generous; the audit is the check on claim quality.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import claimcheck
from claimcheck.model import Finding, Report, Span

DEVSET = Path(__file__).resolve().parent / "devset"
SECTIONS = ("AGREE", "CONFLICT", "VARIANT", "SINGLE")
_ITEM = re.compile(r"^- \*\*(?P<id>[A-Z]+\d+)\*\*")
_EVIDENCE = re.compile(r'^\s+- (?P<file>[\w.-]+\.txt): "(?P<quote>[^"]+)"')
_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
    r"thousands?|million|billion)\b",
    re.IGNORECASE,
)


@dataclass
class Item:
    """One TRUTH.md item: its section, id and cited evidence."""

    section: str
    id: str
    evidence: list[tuple[str, str]] = field(default_factory=list)

    @property
    def is_figure(self) -> bool:
        return any(re.search(r"\d", q) or _NUMBER_WORDS.search(q) for _, q in self.evidence)


def read_truth(path: Path) -> list[Item]:
    """The AGREE, CONFLICT, VARIANT and SINGLE items of one TRUTH.md."""
    items: list[Item] = []
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            name = line[3:].split()[0]
            section = name if name in SECTIONS else None
            continue
        if section is None:
            continue
        head = _ITEM.match(line)
        if head:
            items.append(Item(section, head["id"]))
            continue
        cited = _EVIDENCE.match(line)
        if cited and items and items[-1].section == section:
            items[-1].evidence.append((cited["file"], cited["quote"]))
    return items


Located = tuple[str, int, int]  # source id, start, end in the cleaned text


def locate(report: Report, file: str, quote: str) -> Located | None:
    """Where a truth string stands in the cleaned text of its source, if it survived cleaning."""
    sid = Path(file).stem
    try:
        text = report.source(sid).text
    except KeyError:
        return None
    at = text.find(quote)
    return None if at < 0 else (sid, at, at + len(quote))


def _overlaps(span: Span, where: Located) -> bool:
    sid, start, end = where
    if span.source != sid:
        return False
    shared = min(span.end, end) - max(span.start, start)
    return shared * 2 >= end - start


def _touched(finding: Finding, places: list[Located | None]) -> set[int]:
    """Indexes of the truth strings the finding's evidence overlaps."""
    return {
        i
        for i, where in enumerate(places)
        if where is not None and any(_overlaps(s, where) for s in finding.evidence)
    }


def _states(report: Report, claim_id: str, value: str, where: Located) -> bool:
    """Whether the truth string at ``where`` is where the claim prints its value."""
    span = report.claim(claim_id).evidence
    if span.source != where[0]:
        return False
    at = span.quote.find(value)
    if at < 0:
        return _overlaps(span, where)
    start = span.start + at
    return start < where[2] and where[1] < start + len(value)


# A value in a figure's timeline: low, high and the body it is credited to.
Value = tuple[float | None, float | None, str | None]


def _opposed(report: Report, finding: Finding, places: list[Located | None]) -> bool:
    """Whether the finding sets two of the truth strings against each other."""
    touched = _touched(finding, places)
    if len(touched) < 2:
        return False
    if finding.figure is None:
        return True
    values: list[set[Value]] = []
    for i in touched:
        where = places[i]
        assert where is not None
        values.append(
            {
                (p.low, p.high, p.credited_to)
                for p in finding.figure.timeline
                if _states(report, p.claim, p.value, where)
            }
        )

    def apart(a: Value, b: Value) -> bool:
        if a[2] and b[2] and a[2] != b[2]:
            return False  # each measuring body's own value, shown as such
        lo_a, hi_a = a[0] if a[0] is not None else -1e300, a[1] if a[1] is not None else 1e300
        lo_b, hi_b = b[0] if b[0] is not None else -1e300, b[1] if b[1] is not None else 1e300
        return hi_a < lo_b or hi_b < lo_a

    def parted(va: set[Value], vb: set[Value]) -> bool:
        return not ({x[:2] for x in va} & {x[:2] for x in vb}) and all(
            apart(a, b) for a in va for b in vb
        )

    # An item may list several pairs of notations ("2 946" = "2,946", "5 674" = "5,674"): a
    # string is set against the others when the finding parts its value from every one of them.
    stated = [v for v in values if v]
    return any(
        len(stated) > 1 and all(parted(va, vb) for vb in stated if vb is not va) for va in stated
    )


@dataclass
class Score:
    """Counts for one event."""

    event: str
    found: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)
    hit: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, hit: bool, label: str) -> None:
        self.total[key] = self.total.get(key, 0) + 1
        self.found[key] = self.found.get(key, 0) + int(hit)
        (self.hit if hit else self.missed).setdefault(key, []).append(label)

    def ratio(self, key: str) -> float | None:
        return self.found.get(key, 0) / self.total[key] if self.total.get(key) else None


def _supported(report: Report, conflicts: list[Finding], *, alone: bool = False) -> list[Finding]:
    """The values of conflicts that two or more independent sources back (``alone``: that one
    source backs), each as a finding over its claims (a proposition is one conflict, whose
    resolution tells the support behind each value, not a conflict and agreements)."""
    out = []
    for f in conflicts:
        for s in f.resolution.support if f.resolution else []:
            if (s.families == 1) if alone else (s.families >= 2):
                spans = [report.claim(c).evidence for c in s.claims]
                out.append(f.model_copy(update={"evidence": spans, "claims": s.claims}))
    return out


def _also_conflict(item: Item, items: list[Item]) -> bool:
    """Whether every string of a VARIANT item is also evidence of one CONFLICT item (the truth
    then wants them set against each other, and the variant is not scored)."""

    def within(other: Item) -> int:
        return sum(
            any(f == g and (q in r or r in q) for g, r in other.evidence) for f, q in item.evidence
        )

    return any(
        within(other) == len(item.evidence) for other in items if other.section == "CONFLICT"
    )


def score_event(folder: Path, report: Report) -> Score:
    """Score one event's report against its TRUTH.md."""
    items = read_truth(folder / "TRUTH.md")
    score = Score(folder.name)
    spans: dict[str, list[Span]] = {}
    for claim in report.claims:
        spans.setdefault(claim.source, []).append(claim.evidence)
    conflicts = report.of_kind("conflict")
    matched: set[str] = set()
    for item in items:
        places = [locate(report, f, q) for f, q in item.evidence]
        for (file, quote), where in zip(item.evidence, places, strict=True):
            inside = where is not None and any(
                s.start <= where[1] and where[2] <= s.end for s in spans.get(where[0], [])
            )
            score.add("coverage", inside, f"{item.id} {file}: {quote}")
        label = f"{item.id} " + " | ".join(q for _, q in item.evidence[:3])
        if item.section == "AGREE":
            hit = any(
                len({places[i][0] for i in _touched(f, places) if places[i]}) >= 2
                for f in [*report.of_kind("agreement"), *_supported(report, conflicts)]
            )
            score.add("agree", hit, label)
            if item.is_figure:
                score.add("agree-fig", hit, label)
        elif item.section == "CONFLICT":
            hits = [f for f in conflicts if len(_touched(f, places)) >= 2]
            matched.update(f.id for f in hits)
            score.add("conflict", bool(hits), label)
        elif item.section == "SINGLE":
            hit = any(
                _touched(f, places)
                for f in [
                    *report.of_kind("uncorroborated"),
                    *_supported(report, conflicts, alone=True),
                ]
            )
            score.add("single", hit, label)
        elif item.section == "VARIANT" and not _also_conflict(item, items):
            flagged = any(_opposed(report, f, places) for f in conflicts)
            # Counted as "found" when flagged, so the ratio is the share wrongly flagged.
            score.add("variant-flagged", flagged, label)
    for finding in conflicts:
        score.add("conflicts-matched", finding.id in matched, finding.summary)
    return score


def events(names: Iterable[str]) -> list[Path]:
    wanted = list(names)
    found = sorted(p for p in DEVSET.iterdir() if (p / "TRUTH.md").is_file())
    if wanted:
        found = [p for p in found if p.name in wanted]
    return found


def audit(reports: list[Report], n: int, seed: int) -> None:
    """Print ``n`` random claims, each with the sentence it came from, for a reader to judge."""
    pool = [(r, c) for r in reports for c in r.claims if not c.implied]
    rng = random.Random(seed)
    for k, (report, claim) in enumerate(rng.sample(pool, min(n, len(pool))), 1):
        text = report.source(claim.source).text
        start = max(text.rfind("\n", 0, claim.evidence.start), 0)
        end = text.find("\n", claim.evidence.end)
        sentence = text[start : end if end >= 0 else len(text)].strip()
        parts = [f"subject={claim.subject}", f"predicate={claim.predicate}"]
        for name in ("object", "value", "location", "attributed_to"):
            if getattr(claim, name):
                parts.append(f"{name}={getattr(claim, name)}")
        if claim.quantity:
            parts.append(f"quantity={claim.quantity.text!r}")
        if claim.time:
            parts.append(f"time={claim.time.text!r}")
        if claim.polarity == "negated":
            parts.append("NEGATED")
        if claim.modality != "asserted":
            parts.append(claim.modality)
        print(f"[{k}] {claim.source} {claim.id}")
        print("    " + "  ".join(parts))
        print(f"    quote: {claim.evidence.quote}")
        if len(sentence) > len(claim.evidence.quote) + 2:
            print(f"    paragraph: {sentence[:400]}")
        print()


COLUMNS = ("coverage", "agree", "agree-fig", "conflict", "single", "variant-flagged")


def _cell(score: Score, key: str) -> str:
    if not score.total.get(key):
        return "-"
    return f"{score.found.get(key, 0)}/{score.total[key]} {score.ratio(key):.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("event", nargs="*", help="event folder names (default: all)")
    parser.add_argument("--verbose", action="store_true", help="list what was missed")
    parser.add_argument("--audit", type=int, metavar="N", help="print N random claims")
    parser.add_argument("--seed", type=int, default=13, help="seed of the audit sample")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    folders = events(args.event)
    if not folders:
        print(f"no event in {DEVSET}", file=sys.stderr)
        return 2
    reports = [claimcheck.check(sorted((f / "articles").glob("*.txt"))) for f in folders]
    if args.audit:
        audit(reports, args.audit, args.seed)
        return 0
    scores = [score_event(f, r) for f, r in zip(folders, reports, strict=True)]
    if args.json:
        out = {s.event: {k: [s.found.get(k, 0), s.total[k]] for k in s.total} for s in scores}
        print(json.dumps(out, indent=2, sort_keys=True))
        return 0
    width = max(len(s.event) for s in scores)
    print(" | ".join([f"{'event':<{width}}", *(f"{c:>15}" for c in COLUMNS)]))
    print("-" * (width + 18 * len(COLUMNS)))
    for s in scores:
        print(" | ".join([f"{s.event:<{width}}", *(f"{_cell(s, c):>15}" for c in COLUMNS)]))
    for s, r in zip(scores, reports, strict=True):
        counts = r.counts
        print(
            f"{s.event}: {len(r.claims)} claims; {counts['conflict']} conflicts "
            f"({_cell(s, 'conflicts-matched')} match a CONFLICT item), "
            f"{counts['agreement']} agreements, {counts['uncorroborated']} uncorroborated"
        )
    if args.verbose:
        for s in scores:
            for key, labels in sorted(s.missed.items()):
                if key in ("variant-flagged",):
                    continue
                print(f"\n{s.event} missed {key}:")
                for label in labels:
                    print(f"  - {label[:160]}")
            for label in s.hit.get("variant-flagged", []):
                print(f"\n{s.event} VARIANT flagged as a conflict:\n  - {label[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
