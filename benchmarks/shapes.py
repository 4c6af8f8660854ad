"""Judging time and peak memory by corpus *shape*, at N and 2N claims.

    python benchmarks/shapes.py                          # every shape, 10k to 200k claims
    python benchmarks/shapes.py --shapes b --sizes 1000000
    python benchmarks/shapes.py --quick                  # 10k and 20k

Shapes (ready claims, no extraction; each size judged in a fresh process so its peak memory is
its own):

- **a**: many events, few sources each (``synth.claims``: facts stated about four times);
- **b**: one event, N sources, each restating the same eight facts (a toll, injured, a date of
  the tie-cutting, a recognition, an arrest, a magnitude, an evacuation, a rank) with 10% of
  sources giving another value (another toll, another date, a denial);
- **c**: one article repeating one claim N times;
- **d**: a mix: half **a**, half **b**.

Each row: claims, seconds of ``judge`` (normalise, families, verdicts, resolution), peak RSS,
findings; then the ratio to the row of half the claims (the target is at most 2.2 for both).
With ``--repeat``, every size is run once per round, sizes interleaved; a row gives the medians
over rounds, and a ratio the median of the ratios within each round (a host that slows down
for a minute slows both sizes of a round).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

from claimcheck._check import judge
from claimcheck.model import Claim, Quantity, Source, Span, TimeRange

DAY = dt.date(2024, 5, 3)
PER_SOURCE = 8


def _source(sid: str, sentences: list[str], published: dt.date) -> tuple[Source, list[int]]:
    starts, pos, parts = [], 0, []
    for s in sentences:
        starts.append(pos)
        parts.append(s)
        pos += len(s) + 1
    return Source(id=sid, text=" ".join(parts), published=published), starts


def one_event(n: int, seed: int = 7) -> tuple[list[Source], list[Claim]]:
    """Shape b: ``n`` claims from ``n / 8`` outlets restating one event's eight facts."""
    rng = random.Random(seed)
    sources: list[Source] = []
    claims: list[Claim] = []
    for k in range(max(1, n // PER_SOURCE)):
        sid = f"o{k:07d}"
        odd = rng.random() < 0.1
        toll = 125 + (rng.choice([-50, 49, 120]) if odd else 0)
        day = 3 + (rng.choice([1, 2]) if odd and rng.random() < 0.5 else 0)
        facts: list[tuple[str, dict[str, object]]] = [
            (f"The quake killed {toll} people ({sid}).",
             {"subject": "quake", "predicate": "kill", "measure": "deaths", "event": "main",
              "quantity": Quantity(low=toll, high=toll, text=str(toll))}),
            (f"It injured 400 people ({sid}).",
             {"subject": "quake", "predicate": "injure", "measure": "injured", "event": "main",
              "quantity": Quantity(low=400, high=400, text="400")}),
            (f"Ruritania cut ties with Freedonia on {day} May ({sid}).",
             {"subject": "Ruritania", "predicate": "sever_ties", "object": "Freedonia",
              "time": TimeRange(earliest=dt.date(2024, 5, day), latest=dt.date(2024, 5, day),
                                precision="day", text=f"{day} May")}),
            (f"Ruritania recognised Eastland ({sid}).",
             {"subject": "Ruritania", "predicate": "recognise", "object": "Eastland"}),
            (f"Police arrested Rafiq Hasan ({sid}).",
             {"subject": "police", "predicate": "arrest", "object": "Rafiq Hasan",
              "polarity": "negated" if odd and rng.random() < 0.3 else "affirmed"}),
            (f"The magnitude was 6.8 ({sid}).",
             {"subject": "quake", "predicate": "open:be", "measure": "magnitude",
              "event": "main", "quantity": Quantity(low=6.8, high=6.8, text="6.8")}),
            (f"Officials evacuated 3,000 residents ({sid}).",
             {"subject": "officials", "predicate": "open:evacuate", "measure": "evacuated",
              "event": "main", "quantity": Quantity(low=3000, high=3000, text="3,000")}),
            (f"Ruritania was the third to recognise Eastland ({sid}).",
             {"subject": "Ruritania", "predicate": "recognise", "object": "Eastland",
              "rank": 3, "after": ["Osterlich", "Sylvania"]}),
        ]  # fmt: skip
        source, starts = _source(sid, [t for t, _ in facts], DAY + dt.timedelta(days=k % 3))
        sources.append(source)
        for j, ((text, spec), start) in enumerate(zip(facts, starts, strict=True)):
            claims.append(
                Claim(
                    id=f"{sid}#{j + 1}",
                    source=sid,
                    text=text,
                    evidence=Span.of(source, start, start + len(text)),
                    **spec,  # type: ignore[arg-type]
                )
            )
    return sources, claims


def repeated(n: int) -> tuple[list[Source], list[Claim]]:
    """Shape c: one article repeating one claim ``n`` times."""
    sentence = "Chile cut ties with Peru on 3 May 2024."
    text = " ".join([sentence] * n)
    source = Source(id="one", text=text, published=DAY)
    time_range = TimeRange(earliest=DAY, latest=DAY, precision="day", text="3 May 2024")
    step = len(sentence) + 1
    claims = [
        Claim(
            id=f"one#{k + 1}", source="one", subject="Chile", predicate="sever_ties",
            object="Peru", time=time_range, text=sentence,
            evidence=Span.of(source, k * step, k * step + len(sentence)),
        )
        for k in range(n)
    ]  # fmt: skip
    return [source], claims


def mixed(n: int) -> tuple[list[Source], list[Claim]]:
    """Shape d: half many small events, half one big event."""
    sa, ca = synth.claims(n // 2)
    sb, cb = one_event(n - n // 2)
    return sa + sb, ca + cb


SHAPES = {"a": synth.claims, "b": one_event, "c": repeated, "d": mixed}


def child(shape: str, n: int) -> None:
    sources, claims = SHAPES[shape](n)
    start = time.perf_counter()
    report = judge(sources, claims)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counts = report.counts
    print(json.dumps({"claims": len(claims), "seconds": seconds, "peak_mb": peak, **counts}))


def run(shape: str, n: int) -> dict[str, float]:
    """One judging of ``shape`` at ``n`` claims, in a fresh process."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", shape, str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    row: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shapes", nargs="+", default=sorted(SHAPES), choices=sorted(SHAPES))
    parser.add_argument("--sizes", type=int, nargs="+")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    sizes = args.sizes or (
        [10_000, 20_000] if args.quick else [10_000, 20_000, 50_000, 100_000, 200_000]
    )
    print(
        f"{'shape':>5} | {'claims':>9} | {'seconds':>8} | {'peak MB':>8} | findings | x time | x memory"
    )
    for shape in args.shapes:
        # Round by round, every size once: a slower spell of a noisy host falls on every size
        # alike, and each doubling's ratio is taken within a round (then the median of them).
        rounds = [{n: run(shape, n) for n in sizes} for _ in range(args.repeat)]
        for k, n in enumerate(sizes):
            seconds = statistics.median(r[n]["seconds"] for r in rounds)
            peak = statistics.median(r[n]["peak_mb"] for r in rounds)
            row = rounds[0][n]
            findings = int(row["conflict"] + row["agreement"] + row["uncorroborated"])
            ratio = ""
            if k and n == 2 * sizes[k - 1]:
                half = sizes[k - 1]
                x_time = statistics.median(r[n]["seconds"] / r[half]["seconds"] for r in rounds)
                x_memory = statistics.median(r[n]["peak_mb"] / r[half]["peak_mb"] for r in rounds)
                ratio = f"{x_time:6.2f} | {x_memory:6.2f}"
            print(
                f"{shape:>5} | {int(row['claims']):>9,} | {seconds:8.2f} | "
                f"{peak:8.0f} | {findings:>8,} | {ratio}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
