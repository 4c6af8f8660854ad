"""The HTML report without a browser: structure, escaping, the content policy, determinism.

The browser half (filters, links, no requests, hostile pages) is in test_html_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.cli import main
from claimcheck.report import render, render_html
from claimcheck.report._html import _context, _safe_url
from tests.conftest import FIXTURES


class _Dom(HTMLParser):
    """What the page holds: elements with attributes, inline script and style, text by id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.texts: dict[str, str] = {}
        self._inside: str | None = None
        self._capture: list[tuple[str, int]] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.elements.append((tag, values))
        if tag in ("script", "style"):
            self._inside = tag
            (self.scripts if tag == "script" else self.styles).append("")
        if tag == "div" and values.get("class") == "text":
            self._capture.append((str(values.get("data-source", len(self.texts))), self._depth))
            self.texts[self._capture[-1][0]] = ""
        if tag not in ("meta", "input", "br", "img", "link"):
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        self._inside = None
        self._depth -= 1
        if self._capture and self._capture[-1][1] == self._depth:
            self._capture.pop()

    def handle_data(self, data: str) -> None:
        if self._inside == "script":
            self.scripts[-1] += data
        elif self._inside == "style":
            self.styles[-1] += data
        for key, _ in self._capture:
            self.texts[key] += data


def _dom(page: str) -> _Dom:
    dom = _Dom()
    dom.feed(page)
    dom.close()
    return dom


def _assert_inert(dom: _Dom) -> None:
    """One script (ours), no event handlers, no link that runs code or leaves without a click."""
    assert len(dom.scripts) == 1
    for tag, attrs in dom.elements:
        assert tag not in ("iframe", "object", "embed", "img", "link", "base", "form")
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action"):
                assert value, (tag, name)
                assert value.startswith("#") or re.match(r"https?://", value), value


@pytest.fixture(scope="module")
def seed() -> claimcheck.Report:
    return claimcheck.check(FIXTURES / "ukraine-dprk-2022")


@pytest.fixture(scope="module")
def hostile() -> claimcheck.Report:
    return claimcheck.check(FIXTURES / "hostile")


def test_policy_allows_exactly_the_inline_script_and_style(seed):
    page = render_html(seed)
    dom = _dom(page)
    policy = next(a["content"] for t, a in dom.elements if a.get("http-equiv"))
    assert policy is not None
    assert "default-src 'none'" in policy
    for body, directive in ((dom.scripts[0], "script-src"), (dom.styles[0], "style-src")):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy
    _assert_inert(dom)


def test_sections_in_order_with_every_finding_and_source(seed):
    page = render_html(seed)
    order = [page.index(f'id="{s}"') for s in ("summary", "conflict", "agreement", "sources")]
    assert order == sorted(order)
    assert page.count('<article class="finding ') == len(seed.findings)
    assert page.count('<article class="source"') == len(seed.sources)
    conflict = page[page.index('id="conflict"') : page.index('id="agreement"')]
    assert conflict.count('class="side"') == 2  # the two outlets, side by side


def test_every_claim_is_highlighted_and_linked_to_its_finding(seed):
    page = render_html(seed)
    anchors = set(re.findall(r'<article class="finding \w+" id="(f\d+)"', page))
    links = re.findall(r'<a class="hl (\w+)" href="#(f\d+)"', page)
    assert links
    assert {target for _, target in links} <= anchors
    assert {kind for kind, _ in links} >= {"conflict", "agreement", "uncorroborated"}
    for i in range(1, len(seed.claims) + 1):
        assert f'<span id="c{i}"></span>' in page


def test_source_text_is_reproduced_exactly(seed):
    dom = _dom(render_html(seed))
    assert list(dom.texts.values()) == [s.text for s in seed.sources]


def test_hostile_fixture_is_escaped(hostile):
    page = render_html(hostile)
    dom = _dom(page)
    _assert_inert(dom)
    assert "javascript:" not in " ".join(str(a.get("href")) for _, a in dom.elements)
    assert "&lt;script&gt;window.__pwned=&#x27;body-script&#x27;&lt;/script&gt;" in page
    assert list(dom.texts.values()) == [s.text for s in hostile.sources]


def test_deterministic_and_reachable_through_render(seed):
    assert render(seed, "html") == render_html(seed) == render_html(seed)


def test_cli_infers_html_from_the_output_name(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["check", str(FIXTURES / "ukraine-dprk-2022"), "-o", str(out), "-q"]) == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert out.stat().st_mode & 0o044  # readable like any new file, not private to the writer


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//example.org", False),
        ("https://", False),
        (None, False),
    ],
)
def test_only_web_addresses_become_links(url, safe):
    assert (_safe_url(url) is not None) is safe


@pytest.mark.parametrize(
    ("text", "start", "end", "before", "after"),
    [
        ("One thing. Two men came today, he said. Three.", 11, 30, "", " he said."),
        ("One thing. Two men came today. Three.", 11, 30, "", ""),
        ("Start here and the quote ends, then more.", 15, 29, "Start here and ", ", then more."),
    ],
)
def test_context_stays_in_the_quoted_sentence(text, start, end, before, after):
    assert _context(text, start, end) == (before, after)


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r") | st.just("\n"),
    min_size=1,
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, meta=_TEXT, data=st.data())
def test_any_text_stays_text(text, meta, data):
    """Whatever a source holds, the page shows it verbatim and runs nothing of it."""
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    source = claimcheck.Source(id="s", text=text, title=meta, outlet=meta, url=meta)
    span = claimcheck.Span.of(source, start, end)
    claim = claimcheck.Claim(
        id="s#1", source="s", subject=meta, predicate="open:x", text=meta, evidence=span
    )
    finding = claimcheck.Finding(
        id="f",
        kind="uncorroborated",
        summary=meta,
        claims=[claim.id],
        evidence=[span],
        sources=["s"],
    )
    report = claimcheck.Report(sources=[source], claims=[claim], entities=[], findings=[finding])
    dom = _dom(render_html(report))
    _assert_inert(dom)
    assert list(dom.texts.values()) == [text]


def test_resolutions_and_trust_are_shown():
    report = claimcheck.check(FIXTURES / "revised-toll")
    page = render_html(report)
    assert '<p class="resolution decided">Resolution: prefer 125' in page
    assert "<th>Trust</th>" in page
    for source in report.sources:
        assert f"<td>{report.trust[source.id]:.2f}</td>" in page
    seed = render_html(claimcheck.check(FIXTURES / "ukraine-dprk-2022"))
    assert '<p class="resolution undecided">Unresolved: no value is preferred.' in seed
