"""Renderers: one :class:`~claimcheck.model.Report`, several formats.

A renderer is a function from a report to text (the :class:`Renderer` protocol);
:func:`render` picks one by format name.

>>> from claimcheck.model import Report
>>> print(render(Report(sources=[], claims=[], entities=[], findings=[]), "json")[:1])
{
"""

from __future__ import annotations

from typing import Protocol

from claimcheck.errors import UsageError
from claimcheck.model import Report
from claimcheck.report._html import render_html
from claimcheck.report._markdown import render_markdown
from claimcheck.report._text import render_text

__all__ = [
    "FORMATS",
    "Renderer",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
    "render_text",
]


class Renderer(Protocol):
    """Turns a report into text."""

    def __call__(self, report: Report, /) -> str: ...


def render_json(report: Report) -> str:
    """The JSON report: the :class:`Report` model, indented, with a trailing newline."""
    return report.model_dump_json(indent=2) + "\n"


FORMATS: dict[str, Renderer] = {
    "text": render_text,
    "md": render_markdown,
    "json": render_json,
    "html": render_html,
}


def render(report: Report, fmt: str) -> str:
    """The report in format ``fmt`` (one of :data:`FORMATS`)."""
    try:
        return FORMATS[fmt](report)
    except KeyError:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
