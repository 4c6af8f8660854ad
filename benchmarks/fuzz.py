"""Fuzz the loaders, the extractor, the judge and the renderers; bound the time of every input.

Hypothesis generates inputs for each target (raw bytes, news-like text, mutated fixture articles,
HTML, claim files, several sources checked together). A crash is any exception that is not a
``ClaimcheckError``; a slow input is one whose time exceeds ``BASE + PER_KB * size``. A second
part checks growth: pathological inputs of size n, 2n and 4n must take at most 2.2 times longer
per doubling, measured from n to 4n (no quadratic path).

    python benchmarks/fuzz.py                    # 1,500 examples per target, about 2 minutes
    python benchmarks/fuzz.py --examples 20000   # a long run

Exit status 1 if any target crashed or was slower than the bound.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import ClaimcheckError, RuleExtractor, Source
from claimcheck._check import check_loaded
from claimcheck.report import FORMATS, render
from claimcheck.sources import source_from_text
from claimcheck.sources._claimfile import load_claim_file
from claimcheck.sources._load import Loaded, _decode, load_path

ROOT = Path(__file__).resolve().parent.parent
BASE = 0.25  # seconds allowed to any input, whatever its size (the parser is warmed up first)
PER_KB = 0.15  # and per kilobyte: about four times the parse-based extractor's measured cost
# (parse_speed.py: about 0.2 ms a token, some 180 tokens a kilobyte of news)
EXTRACTOR = RuleExtractor()

_VOCABULARY = (
    "the a an and or but said says told reportedly allegedly not never no denied confirmed "
    "according to after before first second third last Monday Tuesday on in at by of with from "
    "killed injured arrested recognised severed ties cut relations won election declared "
    "minister president police army officials ministry spokesman Reuters AFP AP "
    "France Paris Germany Russia Moscow Peru Chile UN NATO EU "
    "12 40 3.5 million more than at least nearly 2024 July 13 2022 "
    "it he she they its their this that which who"
)
WORDS = _VOCABULARY.split()
PUNCT = [".", ",", ";", ":", "!", "?", '"', "“", "”", "'", "’", "(", ")", "-", "—", "\n", "\n\n"]
TAGS = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<br>",
    "<a href='javascript:x'>",
    "</a>",
    '<meta property="og:title" content="',
    '">',
    "<title>",
    "</title>",
    "&amp;",
    "&lt;",
    "&#x27;",
    "<![CDATA[",
    "]]>",
]
YAML_BITS = [
    "source:",
    "claims:",
    "  - ",
    "{",
    "}",
    "[",
    "]",
    "subject: ",
    "predicate: sever_ties",
    "quote: ",
    "text: ",
    "id: s",
    "time: 2022-07-13",
    "&a",
    "*a",
    "!!str",
    "'",
    '"',
    "\n",
    ": ",
    "- ",
    "null",
    "~",
]


def _articles() -> list[str]:
    return sorted(
        p.read_text("utf-8") for p in ROOT.glob("fixtures/*/*") if p.suffix in (".txt", ".html")
    )


def _joined(pieces: list[str]) -> str:
    return "".join(p if p in PUNCT or p.startswith("<") else " " + p for p in pieces)


news_text = st.lists(st.sampled_from(WORDS + PUNCT), max_size=1500).map(_joined)
html_text = st.lists(st.sampled_from(WORDS + PUNCT + TAGS), max_size=1500).map(_joined)
yaml_text = st.lists(st.sampled_from(YAML_BITS + WORDS[:20]), max_size=400).map("".join)


@st.composite
def mutated_article(draw: st.DrawFn) -> str:
    """A real fixture article with pieces cut, repeated, or replaced by fuzz."""
    text = draw(st.sampled_from(_articles()))
    for _ in range(draw(st.integers(0, 8))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 400)))
        op = draw(st.sampled_from(["cut", "repeat", "insert"]))
        if op == "cut":
            text = text[:i] + text[j:]
        elif op == "repeat":
            text = text[:j] + text[i:j] * draw(st.integers(1, 20)) + text[j:]
        else:
            text = text[:i] + draw(news_text | st.text(max_size=50)) + text[i:]
    return text


def _source(text: str, sid: str = "s", html: bool = False) -> Source | None:
    try:
        return source_from_text(text, id=sid, html=html)
    except ClaimcheckError:
        return None


def load_bytes(data: bytes) -> int:
    try:
        text = _decode(data, "fuzz.bin", html=data[:1] == b"<")
    except ClaimcheckError:
        return len(data)
    src = _source(text)
    if src is not None:
        EXTRACTOR.extract(src)
    return len(data)


def extract_text(text: str) -> int:
    src = _source(text)
    if src is not None:
        for claim in EXTRACTOR.extract(src):
            ev = claim.evidence
            if src.text[ev.start : ev.end] != ev.quote:
                raise AssertionError(f"inexact evidence in claim {claim.id}")
    return len(text.encode())


def extract_html(text: str) -> int:
    src = _source(text, html=True)
    if src is not None:
        EXTRACTOR.extract(src)
    return len(text.encode())


def claim_file(text: str) -> int:
    with contextlib.suppress(ClaimcheckError):
        load_claim_file(text, "fuzz.claims.yaml", "fuzz")
    return len(text.encode())


def check_and_render(texts: list[str]) -> int:
    sources = [s for i, t in enumerate(texts) if (s := _source(t, f"s{i}")) is not None]
    if not sources:
        return 0
    report = check_loaded([Loaded(s) for s in sources])
    for fmt in FORMATS:
        render(report, fmt)
    return sum(len(t.encode()) for t in texts)


_SPECIAL = Path(tempfile.mkdtemp(prefix="claimcheck-fuzz-"))


def special_file(kind: str) -> int:
    """A FIFO, a device, a link to either, or a folder link: refused at once, never read."""
    path = _SPECIAL / f"{kind}.txt"
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link-to-fifo":
        fifo = _SPECIAL / "target.fifo"
        with contextlib.suppress(FileNotFoundError):
            fifo.unlink()
        os.mkfifo(fifo)
        path.symlink_to(fifo)
    else:
        path.symlink_to({"zero": "/dev/zero", "null": "/dev/null", "urandom": "/dev/urandom"}[kind])
    with contextlib.suppress(ClaimcheckError):
        load_path(str(path))
    return 1


_ARTICLE_MARK = "The council approved the budget on Monday after a long debate."


@st.composite
def html_without_end_tags(draw: st.DrawFn) -> str:
    """A page whose optional end tags (li, p, head, td, option) are left out before the article:
    the article's text must survive."""
    head = draw(st.sampled_from(["<head><title>t</title>", "<head><title>t</title></head>", ""]))
    nav = draw(
        st.sampled_from(
            [
                "<nav><ul><li>Home<li>World<li>Sport</ul></nav>",
                "<aside><p>Related<p>More</aside>",
                "<table><tr><td>a<td>b</table>",
                "<select><option>x<option>y</select>",
                "",
            ]
        )
    )
    junk = draw(st.lists(st.sampled_from(["<p>", "<li>", "<dd>", "<dt>", "<br>"]), max_size=4))
    return f"<!doctype html><html>{head}<body>{nav}{''.join(junk)}<article><p>{_ARTICLE_MARK}</article></body></html>"


def html_end_tags(page: str) -> int:
    src = _source(page, html=True)
    if src is None or _ARTICLE_MARK not in src.text:
        raise AssertionError("the article was lost after omitted end tags")
    return len(page.encode())


_STORE_BYTES: bytes | None = None


def _pristine_store() -> bytes:
    """The bytes of a store of the bundled example, built once (before any timing)."""
    global _STORE_BYTES
    if _STORE_BYTES is None:
        db = _SPECIAL / "pristine.db"
        with claimcheck.ClaimStore(db, extractor=EXTRACTOR) as store:
            store.add([ROOT / "fixtures" / "ukraine-dprk-2022"])
        _STORE_BYTES = db.read_bytes()
    return _STORE_BYTES


def store_corruption(flips: list[tuple[int, int]]) -> int:
    """A claim store with flipped bytes: a StoreError or a report, never another error."""
    data = bytearray(_pristine_store())
    for offset, mask in flips:
        data[offset % len(data)] ^= mask or 1
    path = _SPECIAL / "damaged.db"
    path.write_bytes(bytes(data))
    with (
        contextlib.suppress(ClaimcheckError),
        claimcheck.ClaimStore(path, extractor=EXTRACTOR) as store,
    ):
        store.report()
    return len(data) // 1024


TARGETS: dict[str, tuple[Callable[..., int], st.SearchStrategy[object]]] = {
    "bytes": (load_bytes, st.binary(max_size=6000)),
    "news text": (extract_text, news_text),
    "mutated articles": (extract_text, mutated_article()),
    "html": (extract_html, html_text),
    "claim files": (claim_file, yaml_text),
    "check + render": (check_and_render, st.lists(mutated_article(), min_size=1, max_size=3)),
    "special files": (
        special_file,
        st.sampled_from(["fifo", "link-to-fifo", "zero", "null", "urandom"]),
    ),
    "html end tags": (html_end_tags, html_without_end_tags()),
    "store corruption": (
        store_corruption,
        st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=8),
    ),
}


def fuzz(name: str, examples: int) -> tuple[list[tuple[float, int]], str | None]:
    """Timings (seconds, bytes) of every input, and the crash, if one was found."""
    func, strategy = TARGETS[name]
    timings: list[tuple[float, int]] = []

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(value: object) -> None:
        start = time.perf_counter()
        size = func(value)
        timings.append((time.perf_counter() - start, size))

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", claimcheck.ClaimcheckWarning)
            run()
    except Exception as err:  # a crash is what this looks for
        return timings, f"{type(err).__name__}: {err}"
    return timings, None


GROWTH: dict[str, Callable[[int], str]] = {
    "no punctuation": lambda n: "the army said soldiers fired on protesters " * n,
    "one long line": lambda n: "x" * (40 * n),
    "sentences": lambda n: "Police said France killed 12 people in Paris on Monday. " * n,
    "nested quotes": lambda n: '"he said "they said ' * n,
    "names and commas": lambda n: "France, Germany and Peru, " * n,
    "html tags": lambda n: "<div><p>Peru said " * n,
}


def growth(name: str, base: int = 400) -> list[float]:
    """Median seconds to load and extract sizes base, 2·base, 4·base."""
    out = []
    for n in (base, 2 * base, 4 * base):
        text = GROWTH[name](n)
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            extract_html(text) if "html" in name else extract_text(text)
            runs.append(time.perf_counter() - start)
        out.append(statistics.median(runs))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=1500, help="inputs per target")
    parser.add_argument("--only", choices=sorted(TARGETS), help="one target")
    args = parser.parse_args()
    failed = False
    EXTRACTOR.extract(Source(id="warm-up", text="The parser is loaded once, before any timing."))
    _pristine_store()  # the store that the corruption target damages is set up untimed
    print(
        f"{'target':18} | {'inputs':>6} | {'crash':>5} | {'median ms':>9} | {'max ms':>8} | "
        f"{'worst / bound':>13}"
    )
    print("-" * 76)
    for name in [args.only] if args.only else TARGETS:
        timings, crash = fuzz(name, args.examples)
        worst = max((t / (BASE + PER_KB * size / 1024) for t, size in timings), default=0.0)
        median = statistics.median(t for t, _ in timings) * 1000 if timings else 0.0
        longest = max((t for t, _ in timings), default=0.0) * 1000
        print(
            f"{name:18} | {len(timings):6} | {'YES' if crash else 'no':>5} | {median:9.2f} | "
            f"{longest:8.1f} | {worst:12.0%}",
            flush=True,
        )
        if crash:
            print(f"  crash: {crash}")
        failed |= crash is not None or worst > 1
    print()
    print(f"{'growth':18} | {'n':>8} | {'2n':>8} | {'4n':>8} | {'ratio per doubling':>18}")
    print("-" * 72)
    for name in GROWTH:
        a, b, c = growth(name)
        ratio = (c / a) ** 0.5  # the mean factor per doubling, n to 4n: less noisy than each step
        print(f"{name:18} | {a:8.3f} | {b:8.3f} | {c:8.3f} | {ratio:18.2f}", flush=True)
        failed |= ratio > 2.2
    print()
    print("FAILED" if failed else "ok: no crash, every input within its bound, linear growth")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
