"""What adding one file to a claim store of N articles costs, against that file's own work.

    python benchmarks/store_add.py                 # a store of 1,000 synthetic articles
    python benchmarks/store_add.py --articles 200  # smaller

The store is built once (two extraction processes), its report made (and kept); then one new
article is added and the report made again, with the extractor already loaded. That run is
compared with the new file's extraction alone and with judging only the claims in the blocks
the new file's claims fall in (with every source, so families are the same): the scale issue
asks that the whole run cost under twice those two together. That judging finds the families
of every source from their texts, as ``check()`` does; the strict ratio gives it the families
the store already knows, so that its time is the blocks' alone. Medians of ``--repeat`` runs,
each adding another new article to a copy of the built store.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

from claimcheck import ClaimStore
from claimcheck._check import extract_claims, judge
from claimcheck.extract import ParseExtractor
from claimcheck.judge._findings import Describer
from claimcheck.judge._verdicts import block_key
from claimcheck.normalise import default_lexicon, normalise_claims
from claimcheck.sources._load import load_path


def touched_claims(store: ClaimStore, new_ids: set[str]) -> tuple[list, list]:
    """Every source, and the claims in the blocks that the new sources' claims fall in."""
    sources, claims = store.sources(), store.claims()
    lexicon = default_lexicon()
    # as judge() normalises them, so that the blocks are the ones it judges
    normalised, registry = normalise_claims(claims, synonyms=lexicon.measures.synonym_aliases)
    describe = Describer(
        entities={e.id: e for e in registry.entities()},
        sources={s.id: s for s in sources},
        lexicon=lexicon,
    )
    keys = {block_key(c, describe) for c in normalised if c.source in new_ids}
    ids = {c.id for c in normalised if block_key(c, describe) in keys}
    return sources, [c for c in claims if c.id in ids]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder, extra = Path(tmp, "corpus"), Path(tmp, "extra")
        folder.mkdir()
        extra.mkdir()
        articles, _ = synth.corpus(args.articles + args.repeat, max(1, args.articles // 4))
        for k, article in enumerate(articles):
            where = folder if k < args.articles else extra
            (where / f"{article.source_id}.txt").write_text(article.text, "utf-8")
        built = Path(tmp, "built.db")
        extractor = ParseExtractor()
        start = time.perf_counter()
        with ClaimStore(built, extractor=extractor) as store:
            store.add([folder], jobs=2)
            first = time.perf_counter() - start
            report = store.report()
            print(
                f"store of {args.articles} articles, {len(report.claims)} claims: built in "
                f"{first:.1f} s, first report {time.perf_counter() - start - first:.1f} s"
            )
        # the store was built in worker processes: load this process's parser before timing
        # (else the first run's extraction pays it, and its ratio looks better than it is)
        extractor.extract(load_path(str(next(folder.iterdir()))).source)
        runs: list[tuple[float, float, float, float]] = []
        for path in sorted(extra.iterdir()):
            db = Path(tmp, "run.db")
            shutil.copy(built, db)
            with ClaimStore(db, extractor=extractor) as store:
                loaded = load_path(str(path))
                t0 = time.perf_counter()
                extract_claims([loaded], extractor)
                alone = time.perf_counter() - t0
                # Each result is held until its time is taken: freeing a report of the whole
                # store (tens of thousands of claims) is the caller's work when it lets go of
                # it, not the add's (a tenth of a second at 1,000 articles).
                t0 = time.perf_counter()
                store.add([path])
                made = store.report()
                whole = time.perf_counter() - t0
                del made
                sources, claims = touched_claims(store, {loaded.source.id})
                t0 = time.perf_counter()
                made = judge(sources, claims)
                blocks = time.perf_counter() - t0
                del made
                known = store._families(sources)
                t0 = time.perf_counter()
                made = judge(sources, claims, families_of=known)
                only = time.perf_counter() - t0
                del made
            runs.append((whole, alone, blocks, only))
            print(
                f"  add {path.name}: {whole:.2f} s; its extraction {alone:.2f} s; judging its "
                f"{len(claims)} claims' blocks {blocks:.2f} s ({only:.2f} s with the families "
                f"known); ratio {whole / (alone + blocks):.2f}, strict {whole / (alone + only):.2f}"
            )
        whole, alone, blocks, only = (statistics.median(r[k] for r in runs) for k in range(4))
        print(
            f"median: adding one file {whole:.2f} s against {alone:.2f} s extraction + "
            f"{blocks:.2f} s judging its blocks: ratio {whole / (alone + blocks):.2f} (target < 2); "
            f"with the families known {only:.2f} s, strict ratio {whole / (alone + only):.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
