"""The Dask backend's time against one process, on a folder of claim files or of articles.

    python benchmarks/dask_ratio.py                    # 2,000 claim files of 5 claims each
    python benchmarks/dask_ratio.py --files 50000      # the scale issue's size
    python benchmarks/dask_ratio.py --articles 1000    # 1,000 articles of about 600 words

Claim files need no parsing, so that ratio measures the backend itself: loading, shipping
claims to two workers, judging by predicate part and merging. Articles are parsed, so their
ratio shows what the workers gain on extraction, the usual cost of a real run (synthetic
articles, ``benchmarks/synth.py``). The two reports must be equal.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

import claimcheck
from claimcheck.distributed import check_dask


def write_corpus(folder: Path, files: int, seed: int = 3) -> None:
    """``files`` claim files about 300 tie-cuttings among 80 invented states, a tenth of the
    dates off by a day."""
    rng = random.Random(seed)
    for k in range(files):
        lines = [
            f"source: {{id: s{k:06d}, outlet: 'Outlet {k}', published: 2024-03-0{1 + k % 9}}}",
            "claims:",
        ]
        for j in range(5):
            fact = rng.randrange(300)
            subject, obj = f"State{fact % 40}", f"State{(fact * 7) % 40 + 40}"
            day = 1 + fact % 20 + (1 if rng.random() < 0.1 else 0)
            quote = f"{subject} cut ties with {obj} (fact {fact}, line {j}, source {k})."
            lines.append(
                f"  - {{subject: {subject}, predicate: sever_ties, object: {obj}, "
                f"time: 2024-02-{day:02d}, quote: '{quote}'}}"
            )
        (folder / f"s{k:06d}.claims.yaml").write_text("\n".join(lines) + "\n", "utf-8")


def write_articles(folder: Path, n: int) -> None:
    """``n`` synthetic articles of about 600 words on ``n / 4`` events."""
    articles, _ = synth.corpus(n, max(1, n // 4))
    for article in articles:
        (folder / f"{article.source_id}.txt").write_text(article.text, "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000, help="claim files (default 2000)")
    parser.add_argument("--articles", type=int, help="articles instead of claim files")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    from dask.distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.articles:
            write_articles(folder, args.articles)
            what = f"{args.articles} articles"
        else:
            write_corpus(folder, args.files)
            what = f"{args.files} claim files"
        start = time.perf_counter()
        local = claimcheck.check(folder)
        one = time.perf_counter() - start
        with (
            LocalCluster(
                n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=":0"
            ) as cluster,
            Client(cluster) as client,
        ):
            start = time.perf_counter()
            remote = check_dask(folder, client=client)
            spread = time.perf_counter() - start
    same = "equal" if remote == local else "DIFFERENT"
    print(
        f"{what}, {len(local.claims)} claims: one process {one:.1f} s, "
        f"Dask ({args.workers} workers) {spread:.1f} s, ratio {spread / one:.2f}; reports {same}"
    )
    return 0 if remote == local else 1


if __name__ == "__main__":
    sys.exit(main())
