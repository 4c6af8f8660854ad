"""The Markdown report: for pull requests, issues and notes."""

from __future__ import annotations

import re

from claimcheck.model import Finding, Report, Span

__all__ = [
    "TIMELINE_ROWS",
    "TOP_PER_SOURCE",
    "plural",
    "render_markdown",
    "resolution_lines",
    "sample_evidence",
    "timeline_rows",
    "top_findings",
]

# Reports stay readable when hundreds of sources restate one fact: a few quotes per competing
# value and a bounded timeline are shown; the JSON report holds every one.
QUOTES_PER_VALUE = 3
QUOTES_PER_FINDING = 12
TIMELINE_ROWS = 20
# Uncorroborated claims shown per source before "show all" (terminal and HTML).
TOP_PER_SOURCE = 5


def top_findings(findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Uncorroborated findings split into the most check-worthy few of each source (in report
    order) and the rest."""
    shown: list[Finding] = []
    rest: list[Finding] = []
    per_source: dict[str, int] = {}
    for finding in findings:
        key = finding.sources[0] if finding.sources else ""
        if per_source.get(key, 0) < TOP_PER_SOURCE:
            per_source[key] = per_source.get(key, 0) + 1
            shown.append(finding)
        else:
            rest.append(finding)
    return shown, rest


def plural(n: int, word: str) -> str:
    """ "1 conflict", "2 conflicts"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


_SPECIAL = re.compile(r"([\\`*_{}\[\]|#])")


def escape(text: str) -> str:
    """Text safe to place inside Markdown: no markup, no HTML, one line."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def _quote(span: Span, report: Report) -> str:
    source = report.source(span.source)
    who = escape(source.outlet or source.id)
    return f"> {escape(span.quote)}\n>\n> — {who} (`{span.source}`, characters {span.start}–{span.end})"


def sample_evidence(finding: Finding, report: Report) -> tuple[list[Span], int]:
    """The quotes a report shows for a finding, and how many it leaves to the JSON report: a
    few for each competing value of a conflict (best supported first), else the first few."""
    if len(finding.evidence) <= QUOTES_PER_FINDING:
        return list(finding.evidence), 0
    chosen: dict[tuple[str, int, int], Span] = {}
    if finding.resolution is not None and finding.resolution.support:
        for support in finding.resolution.support:
            picked = 0
            for claim in support.claims:
                span = report.claim(claim).evidence  # the claim's own quote
                if (span.source, span.start, span.end) in chosen:
                    continue
                chosen[(span.source, span.start, span.end)] = span
                picked += 1
                if picked >= QUOTES_PER_VALUE:
                    break
            if len(chosen) >= QUOTES_PER_FINDING:
                break
    shown = list(chosen.values()) or list(finding.evidence[:QUOTES_PER_FINDING])
    return shown, len(finding.evidence) - len(shown)


def timeline_rows(finding: Finding, report: Report) -> list[tuple[str, str, str, str]]:
    """A figure's timeline as rows (as of, value, outlet, source id), oldest first; past
    ``TIMELINE_ROWS`` points, a last row counts the rest."""
    if finding.figure is None:
        return []
    rows = []
    points = finding.figure.timeline
    rest = len(points) - TIMELINE_ROWS + 1 if len(points) > TIMELINE_ROWS else 0
    for point in points[: TIMELINE_ROWS - 1] if rest else points:
        source = report.source(point.source)
        when = point.as_of.isoformat() if point.as_of else "no date"
        value = f"{point.value} ({point.credited_to})" if point.credited_to else point.value
        rows.append((when, value, source.outlet or source.id, point.source))
    if rest:
        rows.append(("…", f"and {rest} more values", "(all in the JSON report)", ""))
    return rows


def resolution_lines(finding: Finding, limit: int = 4) -> list[str]:
    """A conflict's resolution in plain words: the preferred value (or none) with the reason,
    then the best supported values with their independent sources."""
    resolution = finding.resolution
    if resolution is None or not resolution.support:
        return []
    if resolution.value is not None:
        head = f"Resolution: prefer {resolution.value} (confidence {resolution.confidence:.2f})."
    else:
        head = "Unresolved: no value is preferred."
    lines = [f"{head} {resolution.reason}"]
    for s in resolution.support[:limit]:
        sources = "source" if s.families == 1 else "sources"
        lines.append(f"{s.value}: {s.families} independent {sources} (belief {s.belief:.2f})")
    if len(resolution.support) > limit:
        lines.append(f"and {len(resolution.support) - limit} more values")
    return lines


def _finding(index: int, finding: Finding, report: Report) -> list[str]:
    lines = [f"### {index}. {escape(finding.summary)}", ""]
    if finding.explanation:
        lines += [escape(finding.explanation), ""]
    resolved = resolution_lines(finding)
    if resolved:
        lines += [f"**{escape(resolved[0])}**", ""]
        lines += [f"- {escape(line)}" for line in resolved[1:]] + [""]
    rows = timeline_rows(finding, report)
    if rows and finding.kind == "conflict" and finding.figure is not None:
        change = f" ({finding.figure.change})" if finding.figure.change else ""
        lines += [
            f"Timeline of {escape(finding.figure.label)}{change}, oldest first:",
            "",
            "| as of | value | outlet | source |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {when} | {escape(value)} | {escape(outlet)} | `{sid}` |"
            for when, value, outlet, sid in rows
        ]
        lines.append("")
    shown, hidden = sample_evidence(finding, report)
    for span in shown:
        lines += [_quote(span, report), ""]
    if hidden:
        lines += [f"*… and {hidden} more quotes (every quote is in the JSON report).*", ""]
    if finding.notes:
        lines += [f"- {escape(note)}" for note in finding.notes] + [""]
    return lines


def render_markdown(report: Report) -> str:
    """The report as Markdown: counts, sources, then conflicts, agreements, uncorroborated."""
    counts = report.counts
    lines = [
        "# claimcheck report",
        "",
        f"**{plural(len(report.sources), 'source')}** · {plural(counts['conflict'], 'conflict')} · "
        f"{plural(counts['agreement'], 'agreement')} · {counts['uncorroborated']} uncorroborated",
        "",
        "## Sources",
        "",
        "| id | outlet | published | wire | trust |",
        "| --- | --- | --- | --- | --- |",
    ]
    for s in report.sources:
        published = s.published.isoformat() if s.published else "unknown"
        trust = f"{report.trust[s.id]:.2f}" if s.id in report.trust else ""
        lines.append(
            f"| `{s.id}` | {escape(s.outlet or '')} | {published} | {escape(s.wire or '')} "
            f"| {trust} |"
        )
    lines.append("")
    if report.families:
        lines += ["Sources that are not independent (each family counts once):", ""]
        for fam in report.families:
            members = ", ".join(f"`{m}`" for m in fam.sources)
            lines.append(f"- {members}: {escape(fam.reason)}")
        lines.append("")
    if report.skipped:
        lines += ["Files that could not be read and were not checked:", ""]
        lines += [f"- {escape(reason)}" for reason in report.skipped] + [""]
    titles = {
        "conflict": "Conflicts",
        "agreement": "Agreements",
        "uncorroborated": "Uncorroborated",
    }
    for kind, title in titles.items():
        findings = [f for f in report.findings if f.kind == kind]
        lines += [f"## {title} ({len(findings)})", ""]
        if not findings:
            lines += ["None.", ""]
        for i, finding in enumerate(findings, start=1):
            lines += _finding(i, finding, report)
    return "\n".join(lines).rstrip() + "\n"
