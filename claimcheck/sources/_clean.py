"""Page furniture, datelines and wire credits: what a scraped article carries besides its story.

``clean_text`` removes the lines that are never claims (advertisement markers, share and
subscribe prompts, copyright lines, the footer after them, repeated headlines) and returns the
cleaned body together with what those lines told about the source: the publication date of a
dateline ("Last Updated 13 July 2022, 19:19 IST", "(Published ...)") and the wire agency credited.
A copyright year is never taken for a publication date.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from claimcheck.normalise._fold import fold
from claimcheck.normalise._time import parse_date

__all__ = ["Cleaned", "clean_text"]

# Lines that are page furniture wherever they stand (matched against the whole stripped line).
_FURNITURE = re.compile(
    r"""^(?:
        advertisement|advert|sponsored(?:\s+content)?|promoted|
        follow\s+us(?:\s+on)?(?:\s+\w+)?|share(?:\s+this)?(?:\s+(?:article|story|on\s+\w+))?|
        tweet|print|email|whatsapp|facebook|twitter|linkedin|telegram|
        back\s+to\s+top.?|scroll\s+to\s+top|skip\s+to\s+(?:main\s+)?content|
        (?:leave|post|add)\s+a\s+comment|\d*\s*comments?|no\s+comments?|
        related(?:\s+(?:articles|stories|posts|news|coverage))?|read\s+more.*|see\s+also|
        (?:also\s+)?read\s*:.*|click\s+here.*|sign\s+up.*|log\s*in|register|menu|search|
        subscribe.*|newsletter.*|enter\s+your\s+email.*|your\s+email(?:\s+address)?:?|
        (?:copyright|\(c\)|©)\s*(?:©|\(c\)|\d{4}|reserved|\s*$).*|all\s+rights\s+reserved.*|
        \W{1,3}|
        (?:photo|image|video|file\s+photo)(?:\s+credit)?\s*:.*|
        (?:updated|last\s+updated|published|posted(?:\s+on)?|first\s+published)
        (?=\s*(?::|on\b|at\b|\d|$|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|
            (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\w+\s+ago\b)).*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Fragments that mark a line as navigation even inside a longer line ("... No Comments on ...").
_NAV_FRAGMENT = re.compile(r"\bNo Comments? on\b|\bComments? Off on\b|\bPosted in\b", re.IGNORECASE)

# Markers after which the rest of a page is footer (author boxes, outlet self-description).
_FOOTER_START = re.compile(
    r"^(?:(?:copyright|©|\(c\))\s*(?:©|\(c\)|\d{4}|\s*$).{0,120}|all\s+rights\s+reserved.{0,120}|"
    r"related\s+(?:articles|stories|posts)|"
    r"(?:leave|post)\s+a\s+(?:comment|reply)|about\s+(?:us|the\s+author)|subscribe\s+to\b.*)$",
    re.IGNORECASE,
)

_DATELINE = re.compile(
    r"(?P<label>first\s+published|published(?:\s+on)?|last\s+updated|updated(?:\s+on)?|"
    r"posted(?:\s+on)?)\s*:?\s*(?P<date>[^()\n|]{6,60})",
    re.IGNORECASE,
)

_WIRES = {
    "AFP": re.compile(
        r"\((?:AFP)\)|\bAFP\s*[-—–]|[-—–]\s*AFP\b|\bAgence France[- ]Presse\b|\bby AFP\b|^AFP$"
    ),
    "Reuters": re.compile(
        r"\(Reuters\)|\bReuters\s*[-—–]|[-—–]\s*Reuters\b|^Reuters$|\(Reporting by\b"
    ),
    "AP": re.compile(r"\((?:AP)\)|\bAP\s*[-—–]\s|\bAssociated Press\b|^AP$"),
    "PTI": re.compile(r"\(PTI\)|\bPTI\s*[-—–]\s|^PTI$"),
    "ANI": re.compile(r"\(ANI\)|^ANI$"),
    "Xinhua": re.compile(r"\(Xinhua\)|^Xinhua$"),
}


@attrs.frozen(slots=True)
class Cleaned:
    """The result of :func:`clean_text`."""

    text: str
    published: dt.date | None
    wire: str | None
    dropped: int


def _is_furniture(line: str) -> bool:
    return bool(_FURNITURE.match(line.strip("()[] "))) or bool(_NAV_FRAGMENT.search(line))


def _dateline_date(line: str) -> tuple[str, dt.date] | None:
    m = _DATELINE.search(line)
    if not m:
        return None
    day = parse_date(m["date"].strip().rstrip(").,"))
    return (m["label"].lower(), day) if day else None


def clean_text(raw: str) -> Cleaned:
    """Drop page furniture from ``raw`` and read its dateline and wire credit.

    >>> c = clean_text("Talks end\\n\\nADVERTISEMENT\\nThe talks ended.\\n(Published 2 May 2023)\\n")
    >>> c.text, c.published
    ('Talks end\\n\\nThe talks ended.', datetime.date(2023, 5, 2))
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    published: dict[str, dt.date] = {}
    wire: str | None = None
    kept: list[str] = []
    seen: set[str] = set()
    dropped = 0
    total = sum(len(line.strip()) for line in lines)
    seen_chars = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        seen_chars += len(stripped)
        if len(stripped) < 120:
            dated = _dateline_date(stripped)
            if dated and _is_furniture(stripped):
                published.setdefault(dated[0].split()[0], dated[1])
        if wire is None:
            for name, pattern in _WIRES.items():
                if pattern.search(stripped):
                    wire = name
                    break
        # The footer begins at a copyright or comment marker once the story has been told.
        if _FOOTER_START.match(stripped) and seen_chars >= total / 2:
            dropped += 1 + sum(1 for rest in lines[index + 1 :] if rest.strip())
            break
        key = fold(stripped)
        if _is_furniture(stripped) or key in seen:
            dropped += 1
            continue
        seen.add(key)
        kept.append(stripped)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    date = published.get("published") or published.get("first") or published.get("posted")
    if date is None:
        date = published.get("last") or published.get("updated")
    return Cleaned(text=text, published=date, wire=wire, dropped=dropped)
