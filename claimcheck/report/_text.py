"""The terminal report, rendered with rich: what ``claimcheck check`` prints by default."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimcheck.model import Finding, Report
from claimcheck.report._markdown import (
    plural,
    resolution_lines,
    sample_evidence,
    timeline_rows,
    top_findings,
)

__all__ = ["render_text"]

_STYLE = {"conflict": "bold red", "agreement": "bold green", "uncorroborated": "bold yellow"}
_CONTEXT = 30


def _evidence(finding: Finding, report: Report) -> Group:
    parts = []
    shown, hidden = sample_evidence(finding, report)
    for span in shown:
        source = report.source(span.source)
        before = source.text[max(0, span.start - _CONTEXT) : span.start]
        after = source.text[span.end : span.end + _CONTEXT]
        line = Text()
        line.append(f"{source.outlet or source.id}: ", style="bold")
        line.append(
            ("…" if span.start > _CONTEXT else "") + " ".join(before.split())[-_CONTEXT:] + " ",
            style="dim",
        )
        line.append(" ".join(span.quote.split()), style="italic")
        line.append(
            " " + " ".join(after.split())[:_CONTEXT] + ("…" if len(after) >= _CONTEXT else ""),
            style="dim",
        )
        parts.append(line)
    if hidden:
        parts.append(
            Text(f"… and {hidden} more quotes (every quote is in the JSON report)", style="dim")
        )
    return Group(*parts)


# Control characters (ESC above all) in a source would reach the terminal as commands: each
# becomes U+FFFD, one character for one, so that offsets still hold.
_INERT = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160)], "�")


def _inert_text(text: str | None) -> str | None:
    return text.translate(_INERT) if text else text


def _inert(report: Report) -> Report:
    """The report with every text a source wrote made inert for a terminal."""
    sources = [
        s.model_copy(
            update={k: _inert_text(getattr(s, k)) for k in ("text", "title", "outlet", "wire")}
        )
        for s in report.sources
    ]
    findings = [
        f.model_copy(
            update={
                "summary": _inert_text(f.summary),
                "explanation": _inert_text(f.explanation),
                "notes": [_inert_text(n) or "" for n in f.notes],
                "evidence": [
                    e.model_copy(update={"quote": _inert_text(e.quote)}) for e in f.evidence
                ],
            }
        )
        for f in report.findings
    ]
    return report.model_copy(
        update={
            "sources": sources,
            "findings": findings,
            "skipped": [_inert_text(x) or "" for x in report.skipped],
        }
    )


def render_text(
    report: Report, *, width: int = 100, color: bool = False, show_all: bool = False
) -> str:
    """The report as terminal text (ANSI colours when ``color``); nothing a source wrote can
    act on the terminal. Uncorroborated claims: the most check-worthy few of each source,
    unless ``show_all``."""
    report = _inert(report)
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )
    counts = report.counts
    console.print(
        Text(
            f"claimcheck: {plural(len(report.sources), 'source')}, "
            f"{plural(counts['conflict'], 'conflict')}, {plural(counts['agreement'], 'agreement')}, "
            f"{counts['uncorroborated']} uncorroborated",
            style="bold",
        )
    )
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("source", "outlet", "published", "wire"):
        table.add_column(column)
    for s in report.sources:
        table.add_row(
            s.id,
            s.outlet or "",
            s.published.isoformat() if s.published else "unknown",
            s.wire or "",
        )
    console.print(table)
    for fam in report.families:
        console.print(
            Text(f"family (counts once): {', '.join(fam.sources)} — {fam.reason}", style="dim")
        )
    for reason in report.skipped:
        console.print(Text(f"not checked: {reason}", style="yellow"))
    for kind in ("conflict", "agreement", "uncorroborated"):
        findings = [f for f in report.findings if f.kind == kind]
        if not findings:
            continue
        hidden = 0
        if kind == "uncorroborated" and not show_all:
            findings, rest = top_findings(findings)
            hidden = len(rest)
        console.print()
        console.print(Text(f"{kind.upper()} ({len(findings) + hidden})", style=_STYLE[kind]))
        for finding in findings:
            body: list[Text | Group | Table] = [Text(finding.summary, style="bold")]
            if finding.explanation and kind == "conflict":
                body.append(Text(finding.explanation))
            resolved = resolution_lines(finding)
            if resolved:
                style = "bold green" if finding.resolution and finding.resolution.value else "bold"
                body.append(Text(resolved[0], style=style))
                body.extend(Text(f"  {line}", style="dim") for line in resolved[1:])
            rows = timeline_rows(finding, report)
            if rows and kind == "conflict":
                timeline = Table(box=None, pad_edge=False, show_header=True, header_style="dim")
                for column in ("as of", "value", "outlet"):
                    timeline.add_column(column)
                for when, value, outlet, _ in rows:
                    timeline.add_row(when, value, outlet)
                body.append(timeline)
            body.append(_evidence(finding, report))
            if finding.notes:
                body.append(Text("; ".join(finding.notes), style="dim"))
            title = finding.conflict or ("in conflict" if finding.in_conflict else None)
            console.print(
                Panel(
                    Group(*body),
                    title=title,
                    title_align="left",
                    border_style=_STYLE[kind].split()[-1],
                )
            )
        if hidden:
            console.print(
                Text(
                    f"… and {hidden} more uncorroborated claims, less check-worthy "
                    "(--all shows them; every one is in the JSON report)",
                    style="dim",
                )
            )
    return buffer.getvalue()
