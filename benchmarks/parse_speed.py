"""Extraction measured against the parse it reads: what claimcheck adds on top of spaCy.

    python benchmarks/parse_speed.py             # 200 articles (ratio), then 1,000 with --jobs 2
    python benchmarks/parse_speed.py --quick     # 50 articles, then 200 with --jobs 2

Synthetic articles of about 600 words (benchmarks/synth.py). In one process and one run, the
bare ``nlp.pipe`` over the articles' texts with the same pipeline, then claimcheck's extraction
of the same sources (sentence splitting, parsing, mentions, claims); each timed three times,
median kept, the two alternating so that a busy neighbour hits both. Target: extraction costs
at most 1.3 times the bare parse. Then the larger corpus through ``extract_claims`` with two
processes (one pipeline each), as ``claimcheck check --jobs 2`` runs it; target: 1,000 articles
in under 90 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

from claimcheck import ParseExtractor
from claimcheck._check import extract_claims
from claimcheck.extract import load_pipeline
from claimcheck.model import Source
from claimcheck.sources import source_from_text
from claimcheck.sources._load import Loaded


def _sources(n: int) -> list[Source]:
    articles, _ = synth.corpus(n, max(1, n // 5))
    return [source_from_text(a.text, id=a.source_id) for a in articles]


def ratio(n: int, repeat: int = 3) -> dict[str, float]:
    """Median seconds of the bare parse and of extraction over the same ``n`` articles."""
    sources = _sources(n)
    extractor = ParseExtractor()
    nlp = load_pipeline(extractor.model)
    list(nlp.pipe(["A warm-up sentence for the pipeline."]))
    bare, extract = [], []
    claims = words = 0
    for _ in range(repeat):
        start = time.perf_counter()
        words = sum(len(doc) for doc in nlp.pipe(s.text for s in sources))
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        claims = sum(len(found) for found in extractor.extract_many(sources))
        extract.append(time.perf_counter() - start)
    b, e = statistics.median(bare), statistics.median(extract)
    return {"articles": n, "tokens": words, "claims": claims, "parse": b, "extract": e}


def jobs(n: int, processes: int) -> dict[str, float]:
    entries = [Loaded(s) for s in _sources(n)]
    start = time.perf_counter()
    claims = len(extract_claims(entries, ParseExtractor(), jobs=processes))
    return {"articles": n, "claims": claims, "seconds": time.perf_counter() - start}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora")
    args = parser.parse_args()
    small, large = (50, 200) if args.quick else (200, 1000)
    row = ratio(small)
    print(
        f"{row['articles']} articles, {row['tokens']:.0f} tokens, {row['claims']:.0f} claims: "
        f"bare nlp.pipe {row['parse']:.2f} s, extraction {row['extract']:.2f} s, "
        f"ratio {row['extract'] / row['parse']:.2f} (target <= 1.3)"
    )
    run = jobs(large, 2)
    print(
        f"{run['articles']} articles with --jobs 2: {run['seconds']:.1f} s, "
        f"{run['claims']:.0f} claims (target < 90 s for 1,000)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
