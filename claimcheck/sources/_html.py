"""Readable text and metadata from an HTML page, parsed as a browser would.

The page is parsed by Lexbor (through selectolax), an HTML5 parser that follows the WHATWG
algorithm: optional end tags (``<li>``, ``<p>``, ``</head>``) and misnested markup build the
tree a browser builds, so a menu without its end tags cannot swallow the article after it.

Scripts, styles, navigation, forms and other non-content elements are skipped; block elements
become paragraphs. Title, outlet, canonical URL and publication date come from the usual
``<meta>`` tags (Open Graph, ``article:published_time``) or a ``<time datetime>`` element. The
result is plain text: nothing of the markup reaches a report.
"""

from __future__ import annotations

import re

import attrs
from selectolax.lexbor import LexborHTMLParser
from selectolax.lexbor import LexborNode as Node

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


def _meta(page: HtmlPage, values: dict[str, str]) -> None:
    key = (values.get("property") or values.get("name") or "").lower()
    content = values.get("content", "").strip()
    if not content:
        return
    if key in ("og:title", "twitter:title") and page.title is None:
        page.title = content
    elif key == "og:site_name":
        page.outlet = content
    elif key == "og:url" and page.url is None:
        page.url = content
    elif key in ("article:published_time", "datepublished", "date", "pubdate", "dc.date"):
        page.published = page.published or content


def _text(root: Node) -> str:
    """The readable text under ``root``: skipped elements left out, blocks as paragraphs.

    The tree is walked with a stack, not recursion, so that a page nested thousands deep is
    read as any other.
    """
    parts: list[str] = []
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag or ""
        if closing:
            if tag in _BLOCK:
                parts.append("\n\n")
            continue
        if tag == "-text":
            parts.append(node.text_content or "")
            continue
        if tag in _SKIP or tag.startswith("-"):
            continue
        if tag in _BLOCK:
            parts.append("\n\n" if tag not in _VOID else "\n")
        stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    return "".join(parts)


def parse_html(markup: str) -> HtmlPage:
    """Text and metadata of an HTML document.

    >>> page = parse_html("<title>T</title><p>One &amp; two.</p><script>x()</script>")
    >>> page.text, page.title
    ('One & two.', 'T')
    """
    tree = LexborHTMLParser(markup)
    page = HtmlPage()
    for node in tree.css("meta"):
        _meta(page, {k.lower(): (v or "") for k, v in node.attributes.items()})
    for node in tree.css("link"):
        attributes = {k.lower(): (v or "") for k, v in node.attributes.items()}
        if attributes.get("rel", "").lower() == "canonical" and page.url is None:
            page.url = attributes.get("href") or None
    for node in tree.css("time"):
        when = node.attributes.get("datetime")
        if when and page.published is None:
            page.published = when
    body = tree.body or tree.root
    raw = _text(body) if body is not None else ""
    lines = [re.sub(r"[ \t\f\v\u00a0]+", " ", line).strip() for line in raw.split("\n")]
    page.text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if page.title is None:
        heading = tree.css_first("h1") or tree.css_first("title")
        title = " ".join((heading.text(deep=True) if heading is not None else "").split())
        page.title = title or None
    return page
