"""Readable text and metadata from an HTML page, with the standard library's parser.

Scripts, styles, navigation, forms and other non-content elements are skipped; block elements
become paragraphs. Title, outlet, canonical URL and publication date come from the usual
``<meta>`` tags (Open Graph, ``article:published_time``) or a ``<time datetime>`` element. The
result is plain text: nothing of the markup reaches a report.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import attrs

__all__ = ["HtmlPage", "parse_html"]

_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "head",
    "title",
    "figure",
    "menu",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "br",
    "hr",
    "dd",
    "dt",
    "figcaption",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col"}


@attrs.define
class HtmlPage:
    """What :func:`parse_html` read from a page."""

    text: str = ""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = HtmlPage()
        self.parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1: list[str] = []
        self.in_h1 = False

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs_}
        if tag == "meta":
            self._meta(values)
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self.page.url = self.page.url or values.get("href") or None
        elif tag == "time" and values.get("datetime") and self.page.published is None:
            self.page.published = values["datetime"]
        if tag in _VOID:
            if tag in _BLOCK:
                self.parts.append("\n")
            return
        if tag == "title":
            self.in_title = True
        if tag in _SKIP or self.skip_depth:
            self.skip_depth += 1
            return
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag == "title":
            self.in_title = False
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self.parts.append(data)

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or "").lower()
        content = values.get("content", "").strip()
        if not content:
            return
        if key in ("og:title", "twitter:title") and self.page.title is None:
            self.page.title = content
        elif key == "og:site_name":
            self.page.outlet = content
        elif key == "og:url" and self.page.url is None:
            self.page.url = content
        elif key in ("article:published_time", "datepublished", "date", "pubdate", "dc.date"):
            self.page.published = self.page.published or content


def parse_html(markup: str) -> HtmlPage:
    """Text and metadata of an HTML document.

    >>> page = parse_html("<title>T</title><p>One &amp; two.</p><script>x()</script>")
    >>> page.text, page.title
    ('One & two.', 'T')
    """
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    page = reader.page
    raw = "".join(reader.parts)
    lines = [re.sub(r"[ \t\f\v\u00a0]+", " ", line).strip() for line in raw.split("\n")]
    page.text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if page.title is None:
        title = " ".join("".join(reader.h1 or reader.title_parts).split())
        page.title = html.unescape(title) or None
    return page
