"""The HTML report: one self-contained file a journalist can open, read, filter and print.

Everything the page needs is inline (CSS, a small script for the filters); it makes no request,
and a Content-Security-Policy with hashes of that CSS and script forbids any other script, style,
image, font or connection. All text from the sources is escaped, so a hostile article cannot run
code in the report; the policy is a second wall should an escape ever be missed.

Layout: a summary (counts, sources, families), then conflicts with their sources side by side and
the quotes highlighted in context, then agreements and uncorroborated claims, then every source's
text with each extracted claim highlighted and linked to its finding.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from claimcheck.model import Claim, Finding, FindingKind, Report, Source, Span, TimelinePoint
from claimcheck.report._markdown import (
    TIMELINE_ROWS,
    plural,
    resolution_lines,
    sample_evidence,
    top_findings,
)

__all__ = ["render_html"]

_KINDS: tuple[FindingKind, ...] = ("conflict", "agreement", "uncorroborated")
_TITLES = {"conflict": "Conflicts", "agreement": "Agreements", "uncorroborated": "Uncorroborated"}
_BLURB = {
    "conflict": "Sources that cannot all be right. Read the quotes side by side.",
    "agreement": "Claims that two or more independent sources make.",
    "uncorroborated": "Claims that only one source, or one family of copies, makes.",
}
# How far the context around a quote may reach, in characters, before it is cut at a word.
_CONTEXT = 220
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n\s*\n")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")

_CSS = """
:root{--ink:#1d2433;--muted:#5b6475;--line:#d9dee7;--paper:#fff;--bg:#f5f6f8;
--conflict:#b42318;--conflict-bg:#fde8e6;--agreement:#1a7f37;--agreement-bg:#e3f4e7;
--uncorroborated:#9a6700;--uncorroborated-bg:#fff4d6;--mark:#ffe27a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,
"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1120px;margin:0 auto;padding:24px 20px 64px}
h1{font-size:1.7rem;margin:0 0 4px}h2{font-size:1.3rem;margin:40px 0 4px}
h3{font-size:1.05rem;margin:0 0 6px;line-height:1.4}
a{color:#0b57d0}.muted,.blurb{color:var(--muted)}.blurb{margin:0 0 14px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:18px 0}
.card{flex:1 1 150px;background:var(--paper);border:1px solid var(--line);border-radius:10px;
padding:12px 16px;text-decoration:none;color:inherit;border-top:5px solid var(--muted)}
.card b{display:block;font-size:2rem;line-height:1.1}
.card.conflict{border-top-color:var(--conflict)}.card.agreement{border-top-color:var(--agreement)}
.card.uncorroborated{border-top-color:var(--uncorroborated)}
table{border-collapse:collapse;width:100%;background:var(--paper);border:1px solid var(--line)}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
td.date{white-space:nowrap}th{font-size:.85rem;color:var(--muted);font-weight:600}
.families{margin:10px 0 0;padding-left:20px}
.toolbar{display:none;position:sticky;top:0;z-index:5;gap:10px 18px;flex-wrap:wrap;
align-items:center;background:var(--paper);border:1px solid var(--line);border-radius:10px;
padding:10px 14px;margin:18px 0;box-shadow:0 2px 6px rgba(0,0,0,.06)}
.js .toolbar{display:flex}
.toolbar label{white-space:nowrap}.toolbar select,.toolbar input[type=search]{font:inherit;
padding:3px 6px;border:1px solid var(--line);border-radius:6px;max-width:260px}
.finding{background:var(--paper);border:1px solid var(--line);border-left:6px solid var(--muted);
border-radius:10px;padding:14px 18px;margin:12px 0;break-inside:avoid}
.finding.conflict{border-left-color:var(--conflict)}
.finding.agreement{border-left-color:var(--agreement)}
.finding.uncorroborated{border-left-color:var(--uncorroborated)}
.finding,.source,.kind-section,.hl,span[id]{scroll-margin-top:120px}
.finding:target,.finding.flash{outline:3px solid #0b57d0;outline-offset:2px}
.badge{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;
letter-spacing:.04em;padding:1px 8px;border-radius:999px;margin-right:6px;vertical-align:2px}
.badge.conflict{background:var(--conflict-bg);color:var(--conflict)}
.badge.agreement{background:var(--agreement-bg);color:var(--agreement)}
.badge.uncorroborated{background:var(--uncorroborated-bg);color:var(--uncorroborated)}
.explanation{margin:6px 0 10px}
.resolution{margin:6px 0;font-weight:600}.resolution.decided{color:#1b5e20}
.support{margin:0 0 8px;font-size:13px;color:#444}
details.more>summary{cursor:pointer;color:#444;margin:8px 0}
.timeline{margin:6px 0 12px}.timeline svg{max-width:100%;height:auto;background:#fff}
.timeline figcaption{font-size:12px;color:#555}.timeline-table{border-collapse:collapse;font-size:12px}
.timeline-table td,.timeline-table th{padding:1px 8px;text-align:left}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px}
.side{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfbfc}
.side h4{margin:0 0 6px;font-size:.9rem}.side h4 .muted{font-weight:400}
blockquote{margin:6px 0;font-family:Georgia,"Times New Roman",serif;font-size:1.02rem}
blockquote .ctx{color:var(--muted)}
mark{background:var(--mark);color:inherit;padding:0 1px;border-radius:2px}
.where{font-size:.8rem}
.notes{margin:8px 0 0;padding-left:20px;color:var(--muted);font-size:.92rem}
.source{background:var(--paper);border:1px solid var(--line);border-radius:10px;
padding:14px 18px;margin:14px 0}
.source .text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:1.02rem;
line-height:1.65;overflow-wrap:anywhere}
.hl{color:inherit;text-decoration:none;border-bottom:2px solid;border-radius:2px}
.hl.conflict{background:var(--conflict-bg);border-color:var(--conflict)}
.hl.agreement{background:var(--agreement-bg);border-color:var(--agreement)}
.hl.uncorroborated{background:var(--uncorroborated-bg);border-color:var(--uncorroborated)}
.hl:hover,.hl:focus{outline:2px solid #0b57d0}
.legend span{margin-right:14px}
.hide-agreement .hl.agreement,.hide-conflict .hl.conflict,
.hide-uncorroborated .hl.uncorroborated{background:none;border-color:transparent}
.empty{color:var(--muted);font-style:italic}.skipped{color:var(--conflict);margin-top:14px}
footer{margin-top:48px;color:var(--muted);font-size:.85rem}
@media print{body{background:#fff;font-size:11pt}.toolbar{display:none!important}
.finding,.source,.side{break-inside:avoid}main{max-width:none;padding:0}
a{color:inherit;text-decoration:none}.finding:target{outline:none}}
""".strip()

# Filters: by kind (also dims the highlights of hidden kinds), by entity and by words.
_JS = """
(function(){
document.documentElement.classList.add('js');
var root=document.body,findings=[].slice.call(document.querySelectorAll('.finding'));
var kinds=[].slice.call(document.querySelectorAll('input[name=kind]'));
var entity=document.getElementById('entity'),words=document.getElementById('words');
var shown=document.getElementById('shown');
var more=[].slice.call(document.querySelectorAll('details.more'));
function apply(){
 var on={};kinds.forEach(function(k){on[k.value]=k.checked;
  root.classList.toggle('hide-'+k.value,!k.checked);});
 var e=entity.value,w=words.value.trim().toLowerCase(),n=0;
 if(e||w){more.forEach(function(d){d.open=true;});}
 findings.forEach(function(f){
  var ok=on[f.dataset.kind]&&(!e||(' '+f.dataset.entities+' ').indexOf(' '+e+' ')>=0)
   &&(!w||f.textContent.toLowerCase().indexOf(w)>=0);
  f.hidden=!ok;if(ok){n++;}});
 document.querySelectorAll('.kind-section').forEach(function(s){
  var any=s.querySelector('.finding:not([hidden])');
  var none=s.querySelector('.filtered');if(none){none.hidden=!!any||!s.querySelector('.finding');}});
 shown.textContent=n+' of '+findings.length;
}
kinds.forEach(function(k){k.addEventListener('change',apply);});
entity.addEventListener('change',apply);words.addEventListener('input',apply);
document.getElementById('reset').addEventListener('click',function(){
 kinds.forEach(function(k){k.checked=true;});entity.value='';words.value='';
 more.forEach(function(d){d.open=false;});apply();});
document.addEventListener('click',function(ev){
 var a=ev.target.closest&&ev.target.closest('a.hl');if(!a){return;}
 var t=document.getElementById(a.getAttribute('href').slice(1));
 var d=t&&t.closest('details');if(d){d.open=true;}
 if(t&&t.hidden){kinds.forEach(function(k){k.checked=true;});entity.value='';words.value='';
  apply();}});
apply();
})();
""".strip()


def _digest(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


_POLICY = (
    "default-src 'none'; "
    f"style-src 'sha256-{_digest(_CSS)}'; "
    f"script-src 'sha256-{_digest(_JS)}'; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _safe_url(url: str | None) -> str | None:
    """The URL if it is a plain web address; never ``javascript:`` or ``data:``."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def _bullets(items: Iterable[str], css: str | None = None) -> list[str]:
    """An escaped bullet list."""
    opening = f'<ul class="{css}">' if css else "<ul>"
    return [opening, *(f"<li>{_e(item)}</li>" for item in items), "</ul>"]


def _outlet(source: Source) -> str:
    return source.outlet or source.title or source.id


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The words around ``text[start:end]``: back to its sentence start, on to its sentence end."""
    lo = max(0, start - _CONTEXT)
    before = text[lo:start]
    cuts = [m.end() for m in _SENTENCE_END.finditer(before)]
    if cuts:
        before = before[cuts[-1] :]
    elif lo > 0:
        before = "… " + before.split(None, 1)[-1] if " " in before else "… "
    after = text[end : end + _CONTEXT]
    if not after or (_ENDS_SENTENCE.search(text[start:end]) and after[:1].isspace()):
        after = ""
    elif stop := _SENTENCE_END.search(after):
        after = after[: stop.start() + 1]
    elif end + _CONTEXT < len(text):
        after = after.rsplit(None, 1)[0] + " …" if " " in after else " …"
    return " ".join(before.split()) + (" " if before[-1:].isspace() else ""), (
        (" " if after[:1].isspace() else "") + " ".join(after.split())
    )


class _Page:
    """Indexes over a report that the page's parts share: anchors, claims' findings, entities."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.sources = {s.id: s for s in report.sources}
        self.source_anchor = {s.id: f"s{i}" for i, s in enumerate(report.sources, start=1)}
        self.claim_anchor = {c.id: f"c{i}" for i, c in enumerate(report.claims, start=1)}
        self.finding_anchor = {f.id: f"f{i}" for i, f in enumerate(report.findings, start=1)}
        self.entity_key = {e.id: f"e{i}" for i, e in enumerate(report.entities, start=1)}
        self.claims = {c.id: c for c in report.claims}
        self.claims_of: dict[str, list[Claim]] = defaultdict(list)
        for claim in report.claims:
            self.claims_of[claim.source].append(claim)
        self.members = {e.id: e.members for e in report.entities}
        self._finding_entities: dict[str, list[str]] = {}
        self.by_span: dict[tuple[str, int, int], str] = {}
        for claim in report.claims:
            ev = claim.evidence
            self.by_span.setdefault((ev.source, ev.start, ev.end), claim.id)
        # A claim's finding: its most telling one, conflicts first.
        self.finding_of: dict[str, Finding] = {}
        for kind in _KINDS:
            for finding in report.of_kind(kind):
                for claim_id in finding.claims:
                    self.finding_of.setdefault(claim_id, finding)

    def entities_of(self, claims: Iterable[Claim]) -> list[str]:
        ids: set[str] = set()
        members = self.members
        for claim in claims:
            for ref in (claim.subject, claim.object, *claim.after, *claim.before):
                for part in (ref or "").split("&"):
                    if part in self.entity_key:
                        ids.add(part)
                        ids.update(m for m in members.get(part, ()) if m in self.entity_key)
        return sorted(ids, key=lambda i: int(self.entity_key[i][1:]))

    def finding_entities(self, finding: Finding) -> list[str]:
        """The entities a finding is about (asked for by the toolbar and by the finding)."""
        if finding.id not in self._finding_entities:
            self._finding_entities[finding.id] = self.entities_of(
                self.claims[c] for c in finding.claims if c in self.claims
            )
        return self._finding_entities[finding.id]


def _summary(page: _Page) -> list[str]:
    report = page.report
    counts = report.counts
    out = ['<section id="summary">', '<div class="cards">']
    for kind in _KINDS:
        out.append(
            f'<a class="card {kind}" href="#{kind}"><b>{counts[kind]}</b>'
            f"{_e(kind if counts[kind] == 1 else _TITLES[kind].lower())}</a>"
        )
    out.append(
        f'<a class="card" href="#sources"><b>{len(report.sources)}</b>'
        f"{'source' if len(report.sources) == 1 else 'sources'}</a>"
    )
    out.append("</div>")
    out.append(
        '<table class="source-table"><thead><tr><th>Outlet</th><th>Title</th>'
        "<th>Published</th><th>Wire</th><th>Claims</th><th>Trust</th></tr></thead><tbody>"
    )
    claims_per_source: dict[str, int] = defaultdict(int)
    for claim in report.claims:
        claims_per_source[claim.source] += 1
    for s in report.sources:
        url = _safe_url(s.url)
        title = _e(s.title or "")
        if url and title:
            title = f'<a href="{_e(url)}" rel="noopener noreferrer">{title}</a>'
        out.append(
            f'<tr><td><a href="#{page.source_anchor[s.id]}">{_e(_outlet(s))}</a>'
            f'<div class="muted where">{_e(s.id)}</div></td><td>{title}</td>'
            f'<td class="date">{_e(s.published.isoformat()) if s.published else "unknown"}</td>'
            f"<td>{_e(s.wire or '')}</td><td>{claims_per_source[s.id]}</td>"
            f"<td>{_e(f'{report.trust[s.id]:.2f}') if s.id in report.trust else ''}</td></tr>"
        )
    out.append("</tbody></table>")
    if report.families:
        out.append(
            '<p class="muted">Sources that are not independent count once toward corroboration:</p>'
            '<ul class="families">'
        )
        for fam in report.families:
            names = ", ".join(_e(_outlet(page.sources[m])) for m in fam.sources)
            out.append(f"<li>{names} — {_e(fam.reason)}</li>")
        out.append("</ul>")
    if report.skipped:
        out.append('<p class="skipped">Files that could not be read and were not checked:</p>')
        out.extend(_bullets(report.skipped))
    out.append("</section>")
    return out


def _toolbar(page: _Page) -> list[str]:
    report = page.report
    counts = report.counts
    uses: dict[str, int] = defaultdict(int)
    for finding in report.findings:
        for entity_id in page.finding_entities(finding):
            uses[entity_id] += 1
    names = {e.id: e.name for e in report.entities}
    options = sorted(uses, key=lambda i: (names[i].casefold(), i))
    out = ['<div class="toolbar" id="filters" role="search" aria-label="Filter findings">']
    out.append("<strong>Show</strong>")
    for kind in _KINDS:
        out.append(
            f'<label><input type="checkbox" name="kind" value="{kind}" checked> '
            f'<span class="badge {kind}">{_e(_TITLES[kind])}</span>{counts[kind]}</label>'
        )
    out.append('<label>about <select id="entity"><option value="">any entity</option>')
    for entity_id in options:
        out.append(
            f'<option value="{page.entity_key[entity_id]}">{_e(names[entity_id])} '
            f"({uses[entity_id]})</option>"
        )
    out.append("</select></label>")
    out.append(
        '<label>containing <input type="search" id="words" placeholder="words"></label>'
        '<button type="button" id="reset">Show all</button>'
        '<span class="muted">showing <span id="shown"></span> findings</span></div>'
    )
    return out


def _quote(page: _Page, span: Span) -> str:
    source = page.sources[span.source]
    before, after = _context(source.text, span.start, span.end)
    claim_id = page.by_span.get((span.source, span.start, span.end))
    target = page.claim_anchor[claim_id] if claim_id else page.source_anchor[span.source]
    return (
        f'<blockquote><span class="ctx">{_e(before)}</span><mark>{_e(span.quote)}</mark>'
        f'<span class="ctx">{_e(after)}</span></blockquote>'
        f'<div class="where muted">characters {span.start}–{span.end} · '
        f'<a href="#{target}">show in source</a></div>'
    )


def _sides(page: _Page, evidence: Sequence[Span]) -> list[str]:
    by_source: dict[str, list[Span]] = defaultdict(list)
    for span in evidence:
        by_source[span.source].append(span)
    out = ['<div class="sides">']
    for source_id, spans in by_source.items():
        source = page.sources[source_id]
        when = f" · {source.published.isoformat()}" if source.published else ""
        out.append(
            f'<div class="side"><h4>{_e(_outlet(source))}<span class="muted">{_e(when)}</span></h4>'
        )
        out.extend(_quote(page, span) for span in spans)
        out.append("</div>")
    out.append("</div>")
    return out


def _finding(page: _Page, finding: Finding) -> list[str]:
    entities = " ".join(page.entity_key[e] for e in page.finding_entities(finding))
    label = finding.conflict or ("in a conflict" if finding.in_conflict else finding.kind)
    out = [
        f'<article class="finding {finding.kind}" id="{page.finding_anchor[finding.id]}" '
        f'data-kind="{finding.kind}" data-entities="{entities}">',
        f'<h3><span class="badge {finding.kind}">{_e(label)}</span>{_e(finding.summary)}</h3>',
    ]
    if finding.explanation:
        out.append(f'<p class="explanation">{_e(finding.explanation)}</p>')
    resolved = resolution_lines(finding)
    if resolved:
        decided = "decided" if finding.resolution and finding.resolution.value else "undecided"
        out.append(f'<p class="resolution {decided}">{_e(resolved[0])}</p>')
        out.extend(_bullets(resolved[1:], css="support"))
    if finding.figure is not None and finding.kind == "conflict" and finding.figure.timeline:
        out.extend(_timeline(page, finding))
    shown, hidden = sample_evidence(finding, page.report)
    out.extend(_sides(page, shown))
    if hidden:
        out.append(
            f'<p class="muted">… and {hidden} more quotes (every quote is in the JSON report).</p>'
        )
    if finding.notes:
        out.extend(_bullets(finding.notes, css="notes"))
    out.append("</article>")
    return out


_CHART_W, _CHART_H, _PAD = 560, 170, 44


def _timeline(page: _Page, finding: Finding) -> list[str]:
    """A figure's values against time: an inline SVG (a mark per source, a bar for a range, an
    arrow for "at least"), then the same as a small table. No external asset, no inline style:
    presentation attributes only, which the page's Content-Security-Policy allows."""
    assert finding.figure is not None
    points = finding.figure.timeline
    days = sorted({p.as_of for p in points if p.as_of is not None})
    undated = any(p.as_of is None for p in points)
    slots: list[dt.date | None] = [*days, None] if undated else list(days)
    bounds = [v for p in points for v in (p.low, p.high) if v is not None]
    lo, hi = (min(bounds), max(bounds)) if bounds else (0.0, 1.0)
    if hi == lo:
        lo, hi = lo - 1, hi + 1
    span = hi - lo
    lo, hi = lo - span * 0.08, hi + span * 0.08

    slot_of = {day: k for k, day in enumerate(slots)}

    def x(day: dt.date | None) -> float:
        if len(slots) == 1:
            return _CHART_W / 2
        return _PAD + slot_of[day] * (_CHART_W - 2 * _PAD) / (len(slots) - 1)

    def y(value: float) -> float:
        return _CHART_H - 28 - (value - lo) / (hi - lo) * (_CHART_H - 48)

    label = finding.figure.label + (f" ({finding.figure.change})" if finding.figure.change else "")
    out = [
        f'<figure class="timeline"><svg role="img" width="{_CHART_W}" height="{_CHART_H}" '
        f'viewBox="0 0 {_CHART_W} {_CHART_H}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{_e('Timeline of ' + label)}</title>",
        f'<line x1="{_PAD}" y1="{_CHART_H - 28}" x2="{_CHART_W - _PAD}" y2="{_CHART_H - 28}" '
        'stroke="#999" stroke-width="1"/>',
        f'<text x="4" y="{y(hi - span * 0.08) + 4:.1f}" font-size="11" fill="#555">'
        f"{_e(_number(hi - span * 0.08))}</text>",
        f'<text x="4" y="{y(lo + span * 0.08) + 4:.1f}" font-size="11" fill="#555">'
        f"{_e(_number(lo + span * 0.08))}</text>",
    ]
    for day in slots:
        text = day.isoformat() if day is not None else "no date"
        out.append(
            f'<text x="{x(day):.1f}" y="{_CHART_H - 10}" font-size="11" fill="#555" '
            f'text-anchor="middle">{_e(text)}</text>'
        )
    # one mark per value and day, however many sources give it (its tooltip counts them)
    marks: dict[tuple[dt.date | None, float | None, float | None], tuple[TimelinePoint, list[str]]]
    marks = {}
    for point in points:
        outlet = page.report.source(point.source).outlet or point.source
        marks.setdefault((point.as_of, point.low, point.high), (point, []))[1].append(outlet)
    for point, outlets in marks.values():  # the first point of each value and day draws it
        cx = x(point.as_of)
        more = f" and {len(outlets) - 3} more" if len(outlets) > 3 else ""
        tip = f"{point.value}: {', '.join(outlets[:3])}{more}"
        out.append(f'<g class="mark" data-source="{_e(point.source)}"><title>{_e(tip)}</title>')
        if point.low is not None and point.high is not None and point.high != point.low:
            out.append(
                f'<line x1="{cx:.1f}" y1="{y(point.low):.1f}" x2="{cx:.1f}" '
                f'y2="{y(point.high):.1f}" stroke="#b3261e" stroke-width="3"/>'
            )
        value = point.low if point.low is not None else point.high
        if value is not None:
            out.append(f'<circle cx="{cx:.1f}" cy="{y(value):.1f}" r="5" fill="#b3261e"/>')
            if point.high is None:  # "at least": open above
                out.append(
                    f'<path d="M{cx - 5:.1f} {y(value) - 9:.1f} L{cx:.1f} {y(value) - 17:.1f} '
                    f'L{cx + 5:.1f} {y(value) - 9:.1f}" stroke="#b3261e" fill="none"/>'
                )
        out.append("</g>")
    out.append("</svg>")
    out.append(f"<figcaption>{_e('Timeline of ' + label + ', oldest first')}</figcaption>")
    out.append('<table class="timeline-table"><tr><th>as of</th><th>value</th><th>outlet</th></tr>')
    rest = len(points) - TIMELINE_ROWS + 1 if len(points) > TIMELINE_ROWS else 0
    for point in points[: TIMELINE_ROWS - 1] if rest else points:
        when = point.as_of.isoformat() if point.as_of else "no date"
        outlet = page.report.source(point.source).outlet or point.source
        shown = f"{point.value} ({point.credited_to})" if point.credited_to else point.value
        out.append(f"<tr><td>{_e(when)}</td><td>{_e(shown)}</td><td>{_e(outlet)}</td></tr>")
    if rest:
        out.append(f"<tr><td>…</td><td>and {rest} more values</td><td>(all in the JSON)</td></tr>")
    out.append("</table></figure>")
    return out


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")


def _findings(page: _Page) -> list[str]:
    out = []
    for kind in _KINDS:
        findings = page.report.of_kind(kind)
        out.append(f'<section class="kind-section" id="{kind}">')
        out.append(f"<h2>{_TITLES[kind]} ({len(findings)})</h2>")
        out.append(f'<p class="blurb">{_BLURB[kind]}</p>')
        if not findings:
            out.append('<p class="empty">None.</p>')
        else:
            out.append('<p class="empty filtered" hidden>None match the filters.</p>')
        shown, rest = top_findings(findings) if kind == "uncorroborated" else (findings, [])
        for finding in shown:
            out.extend(_finding(page, finding))
        if rest:
            # the most check-worthy claims of each source first; the rest one click away
            out.append(
                f'<details class="more"><summary>Show all {len(findings)} uncorroborated '
                f"claims ({len(rest)} more)</summary>"
            )
            for finding in rest:
                out.extend(_finding(page, finding))
            out.append("</details>")
        out.append("</section>")
    return out


def _rank(finding: Finding) -> int:
    if finding.kind == "conflict" or finding.in_conflict:
        return 0
    return 1 if finding.kind == "agreement" else 2


def _highlighted(page: _Page, source: Source) -> str:
    """The source's text with every claim's evidence a link to its finding (overlaps split)."""
    claims = page.claims_of[source.id]
    text = source.text
    cuts = sorted(
        {0, len(text)} | {c.evidence.start for c in claims} | {c.evidence.end for c in claims}
    )
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        starts[claim.evidence.start].append(i)
        ends[claim.evidence.end].append(i)
    out: list[str] = []
    active: set[int] = set()  # the claims covering the current piece, swept along the cuts
    for lo, hi in itertools.pairwise(cuts):
        active.difference_update(ends.get(lo, ()))
        out.extend(
            f'<span id="{page.claim_anchor[claims[i].id]}"></span>' for i in starts.get(lo, ())
        )
        active.update(i for i in starts.get(lo, ()) if claims[i].evidence.end > lo)
        piece = _e(text[lo:hi])
        covering = [claims[i] for i in sorted(active)]
        found = [(page.finding_of[c.id], c) for c in covering if c.id in page.finding_of]
        if not found:
            out.append(piece)
            continue
        finding, _ = min(found, key=lambda fc: (_rank(fc[0]), page.finding_anchor[fc[0].id]))
        kind = "conflict" if _rank(finding) == 0 else finding.kind
        title = "; ".join(dict.fromkeys(c.text or c.evidence.quote for _, c in found))
        out.append(
            f'<a class="hl {kind}" href="#{page.finding_anchor[finding.id]}" '
            f'title="{_e(title)}">{piece}</a>'
        )
    return "".join(out)


def _sources(page: _Page) -> list[str]:
    out = [
        '<section id="sources"><h2>Sources</h2>',
        '<p class="blurb legend">Every extracted claim is highlighted; select one to go to its '
        'finding. <span class="badge conflict">conflict</span>'
        '<span class="badge agreement">agreement</span>'
        '<span class="badge uncorroborated">uncorroborated</span></p>',
    ]
    for source in page.report.sources:
        meta = [x for x in (source.title, source.published and source.published.isoformat()) if x]
        out.append(
            f'<article class="source" id="{page.source_anchor[source.id]}">'
            f"<h3>{_e(_outlet(source))}</h3>"
            f'<p class="muted">{" · ".join(_e(m) for m in meta)}</p>'
            f'<div class="text">{_highlighted(page, source)}</div></article>'
        )
    out.append("</section>")
    return out


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page (no requests, no external files).

    >>> from claimcheck.model import Report
    >>> page = render_html(Report(sources=[], claims=[], entities=[], findings=[]))
    >>> page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    True
    """
    page = _Page(report)
    counts = report.counts
    title = (
        f"claimcheck: {plural(counts['conflict'], 'conflict')} across "
        f"{plural(len(report.sources), 'source')}"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style></head><body><main>",
        "<header><h1>claimcheck report</h1>",
        f'<p class="muted">{plural(counts["conflict"], "conflict")}, '
        f"{plural(counts['agreement'], 'agreement')} and {counts['uncorroborated']} "
        f"uncorroborated {'claim' if counts['uncorroborated'] == 1 else 'claims'} across "
        f"{plural(len(report.sources), 'source')}.</p></header>",
        *_summary(page),
        *_toolbar(page),
        *_findings(page),
        *_sources(page),
        f"<footer>Generated by claimcheck {_e(report.version)}. Quotes are verbatim; "
        "offsets count characters of each source's cleaned text.</footer>",
        f"</main><script>{_JS}</script></body></html>",
    ]
    return "\n".join(parts) + "\n"
