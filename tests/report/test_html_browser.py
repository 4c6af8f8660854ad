"""The HTML report in a real headless Chromium: what a reader sees and can do, and what cannot run.

Needs Chromium (Debian's ``chromium``; ``.ci/run`` installs it when absent) or the browser named by
``CLAIMCHECK_CHROMIUM``. Screenshots go to ``test-artifacts/`` for people to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck.cli import main
from tests.conftest import FIXTURES, ROOT

playwright = pytest.importorskip("playwright.sync_api")

ARTIFACTS = ROOT / "test-artifacts"
# The closed network refuses Chromium's own background traffic; these flags stop it asking.
_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str | None:
    named = os.environ.get("CLAIMCHECK_CHROMIUM")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium on this machine (.ci/run installs Debian's chromium)")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=_FLAGS)
        yield launched
        launched.close()


class _Visit:
    """A page opened on a report file, with everything it requested, said and showed."""

    def __init__(self, browser, path: Path) -> None:  # type: ignore[no-untyped-def]
        self.context = browser.new_context(viewport={"width": 1200, "height": 900})
        self.page = self.context.new_page()
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.console: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def dismiss(dialog) -> None:  # type: ignore[no-untyped-def]
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        self.page.on("dialog", dismiss)
        self.page.goto(self.url)

    def outside(self) -> list[str]:
        """Requests for anything but the report file itself."""
        return [u for u in self.requests if u.split("#")[0] != self.url]

    def in_view(self, selector: str) -> bool:
        """Whether the element's top edge is on screen (scrolled to, not under the toolbar)."""
        return bool(
            self.page.evaluate(
                "s => { const r = document.querySelector(s).getBoundingClientRect();"
                " return r.top >= 0 && r.top < innerHeight; }",
                selector,
            )
        )

    def visible(self, selector: str) -> int:
        return sum(1 for el in self.page.query_selector_all(selector) if el.is_visible())

    def shoot(self, name: str, *, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


def _report(fixture: str, tmp_path: Path) -> Path:
    out = tmp_path / f"{fixture}.html"
    assert main(["check", str(FIXTURES / fixture), "-o", str(out), "-q"]) == 0
    return out


@pytest.fixture
def seed(browser, tmp_path: Path) -> Iterator[_Visit]:
    visit = _Visit(browser, _report("ukraine-dprk-2022", tmp_path))
    yield visit
    visit.context.close()


def test_opens_offline_with_conflicts_first(seed):
    page = seed.page
    assert seed.outside() == []
    assert seed.errors == []
    assert seed.console == []
    headings = [h.inner_text() for h in page.query_selector_all("h2")]
    assert headings[0].startswith("Conflicts (1)")
    conflict = page.query_selector("#conflict .finding")
    assert conflict is not None
    assert conflict.is_visible()
    sides = conflict.query_selector_all(".side")
    assert len(sides) == 2  # the two outlets side by side
    left, right = (s.bounding_box() for s in sides)
    assert left
    assert right
    assert abs(left["y"] - right["y"]) < 1
    assert left["x"] < right["x"]
    marks = [m.inner_text() for m in conflict.query_selector_all("mark")]
    assert any("Syria" in m for m in marks)
    assert any("Belarus" in m for m in marks)
    shot = seed.shoot("report-ukraine-dprk-2022.png")
    assert shot.stat().st_size > 10_000


def test_highlight_in_a_source_leads_to_its_finding(seed):
    page = seed.page
    highlight = page.query_selector("#sources a.hl.conflict")
    assert highlight is not None
    target = highlight.get_attribute("href")
    highlight.click()
    assert page.evaluate("location.hash") == target
    finding = page.query_selector(str(target))
    assert finding is not None
    assert finding.is_visible()
    assert seed.in_view(str(target))
    # And back: the evidence links to the claim's place in the source text.
    finding.query_selector("a[href^='#c']").click()
    assert seed.in_view(page.evaluate("location.hash"))
    assert seed.outside() == []


def test_filters_by_kind_entity_and_words(seed):
    page = seed.page
    total = len(page.query_selector_all(".finding"))
    collapsed = len(page.query_selector_all("details.more .finding"))
    assert collapsed > 0  # the less check-worthy claims wait behind "show all"
    assert seed.visible(".finding") == total - collapsed
    assert page.inner_text("#shown") == f"{total} of {total}"

    page.uncheck("input[name=kind][value=uncorroborated]")
    assert seed.visible(".finding.uncorroborated") == 0
    assert seed.visible(".finding.conflict") == 1
    assert seed.visible(".finding.agreement") > 0
    shown = seed.visible(".finding")
    assert page.inner_text("#shown") == f"{shown} of {total}"

    options = page.query_selector_all("#entity option")
    label = next(o for o in options if o.inner_text().startswith("Syria"))
    page.select_option("#entity", str(label.get_attribute("value")))
    key = str(label.get_attribute("value"))
    visible = [f for f in page.query_selector_all(".finding") if f.is_visible()]
    assert visible
    assert all(key in str(f.get_attribute("data-entities")).split() for f in visible)
    seed.shoot("report-filtered.png")

    page.click("#reset")
    page.fill("#words", "Crimea")
    visible = [f for f in page.query_selector_all(".finding") if f.is_visible()]
    assert 0 < len(visible) < total
    assert all("crimea" in f.inner_text().lower() for f in visible)
    page.fill("#words", "no finding says this")
    assert seed.visible(".finding") == 0
    assert seed.visible(".filtered") == 3
    page.click("#reset")
    assert seed.visible(".finding") == total - collapsed
    page.click("details.more > summary")  # show all
    assert seed.visible(".finding") == total


def test_prints_without_the_toolbar(seed):
    seed.page.emulate_media(media="print")
    assert not seed.page.is_visible("#filters")
    collapsed = len(seed.page.query_selector_all("details.more .finding"))
    assert seed.visible(".finding") == len(seed.page.query_selector_all(".finding")) - collapsed


def test_hostile_sources_run_nothing(browser, tmp_path):
    visit = _Visit(browser, _report("hostile", tmp_path))
    page = visit.page
    try:
        for link in page.query_selector_all("a"):
            if link.is_visible():
                link.hover()
        for element in page.query_selector_all("#summary td, .source h3, .side h4"):
            element.hover()
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert visit.dialogs == []
        assert visit.errors == []
        assert visit.outside() == []
        # The policy would log a refusal if anything had slipped past the escaping.
        assert not [m for m in visit.console if "Content Security Policy" in m]
        assert page.evaluate("document.scripts.length") == 1
        assert page.evaluate("document.querySelectorAll('a[href^=\"javascript\" i]').length") == 0
        text = page.inner_text("#sources")
        assert "<script>window.__pwned='body-script'</script>" in text
        assert "<svg onload=\"window.__pwned='svg'\">" in text
        visit.shoot("report-hostile.png", full_page=True)
    finally:
        visit.context.close()


def test_a_figure_conflict_draws_its_timeline(browser, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name, day, text in [
        ("early", "2024-03-05", "The fire at the market killed 12 people, police said."),
        ("later", "2024-03-06", "The death toll from the market fire rose to 19 on Wednesday."),
        ("latest", "2024-03-07", "At least 25 people were killed in the fire, officials said."),
    ]:
        (news / f"{name}.txt").write_text(
            f"outlet: {name.title()} Post\npublished: {day}\n\n{text}\n"
        )
    out = tmp_path / "fire.html"
    assert main(["check", str(news), "-o", str(out), "-q"]) == 0
    visit = _Visit(browser, out)
    try:
        assert visit.outside() == []
        assert visit.errors == []
        chart = visit.page.query_selector("#conflict .timeline svg")
        assert chart is not None
        assert chart.is_visible()
        marks = chart.query_selector_all("g.mark")
        assert len(marks) == 3
        # oldest first, left to right, and the values rise as the toll did
        boxes = [m.bounding_box() for m in marks]
        assert all(b is not None for b in boxes)
        xs = [b["x"] for b in boxes if b]
        ys = [b["y"] for b in boxes if b]
        assert xs == sorted(xs)
        assert ys[0] > ys[1]  # 19 drawn above 12
        rows = visit.page.query_selector_all("#conflict .timeline-table tr")
        assert [r.inner_text().split("\t")[1] for r in rows[1:]] == ["12", "19", "at least 25"]
        visit.page.query_selector("#conflict .timeline").scroll_into_view_if_needed()
        visit.shoot("figure-timeline.png")
    finally:
        visit.context.close()
