"""Offices named by titles: "X's ambassador, NAME", "NAME, envoy of X to Y", "Acme Chairman NAME".

A title beside a person's name is a claim that the person holds that office for that state or
body (``hold_office``). Titles are read from the words around the name, which news writes in a few
fixed shapes; the mentions (:mod:`claimcheck.extract._mentions`) already carry a title and its
state when one stood right before the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimcheck.extract._mentions import Mention
from claimcheck.model import Claim, Source, Span
from claimcheck.normalise._gazetteer import gazetteer

__all__ = ["office_claims"]

_TITLE = (
    # (words before the office that describe it, never a verb's past: "Acme's newly appointed
    # chief executive X" is her office, "Acme's board fired chief executive X" is not the
    # board's)
    r"(?:(?!(?!appointed|elected|named|designated)[a-z]+ed\s)[a-z]+\s+){0,2}"
    r"(?:ambassador|envoy|president|minister|spokes\w+|leader|chief|commander"
    r"|chair\w*|secretary|governor|chief executive)"
)
_OWNED_BEFORE = re.compile(rf"['’]s\s+(?P<t>{_TITLE}),?\s+$")
# "NAME, Acme's chief executive, said": the owner's name, then the office
_COMMA = re.compile(r",\s+(?:the\s+)?")
_TITLE_AFTER_OWNER = re.compile(rf"['’]s\s+(?P<t>{_TITLE})(?=\s*[,;.)])")
# "NAME, envoy of X to Y", "NAME, a senior analyst at Acme Bank": the office, then whose
_OF_AFTER = re.compile(
    rf",\s+(?:(?:the|a|an)\s+)?(?P<t>{_TITLE}|(?:[a-z]+\s+)?(?:analyst|economist|strategist"
    r"|professor|researcher|director|head))\s+(?:of|to|for|at)\s+(?:the\s+)?"
)

# "Foreign Minister NAME of Zenda": whose the office before the name is.
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?")

# A part of a body named after it, whose head is not the body's: "the Acme office in Zenda",
# "the UN refugee agency", "the Senate intelligence committee", "the UN agency's delegation".
_UNIT_AFTER = re.compile(
    r"['’]s\b|\s+(?:[a-z]+\s+){0,2}(?:mission|office|branch|delegation|bureau|team|unit"
    r"|chapter|division|agency|operations|programme|program|affiliate|subsidiary|arm|wing"
    r"|section|desk|committee|commission|council|panel)s?\b"
)


# Words of a title that hold no office now, or none at all ("former president", "Dr").
_NOT_OFFICES = frozenset({"former", "ex", "late", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
                          "dr.", "sheikh"})  # fmt: skip


_NOT_NOW = re.compile(r"\b(?:former|ex-|late)\s*$", re.IGNORECASE)


# Military and police ranks, which a title may end in before a name without being part of the
# office: "Army chief General Jo Bloggs" is the army's chief.
_RANKS = frozenset({"general", "gen.", "colonel", "col.", "major", "lieutenant", "lt.",
                    "captain", "capt.", "admiral", "brigadier", "marshal", "sergeant",
                    "commodore"})  # fmt: skip
# Offices that "general" ends ("attorney general", "director general"): no rank.
_GENERAL_OFFICES = frozenset({"attorney", "secretary", "director", "surgeon", "governor",
                              "solicitor", "inspector", "auditor", "consul", "postmaster",
                              "comptroller", "prosecutor", "procurator", "registrar",
                              "adjutant", "accountant", "paymaster"})  # fmt: skip


def _without_rank(title: str) -> str:
    """A title (lower case) without the ranks it ends in: "chief general" is "chief",
    "general" nothing; "attorney general" stays an office.

    >>> _without_rank("chief general"), _without_rank("attorney general"), _without_rank("general")
    ('chief', 'attorney general', '')
    """
    words = title.split()
    while words and words[-1] in _RANKS:
        if words[-1] == "general" and len(words) > 1 and words[-2] in _GENERAL_OFFICES:
            break
        words.pop()
    return " ".join(words)


def office_claims(
    source: Source, start: int, end: int, mentions: Sequence[Mention], next_id: Callable[[], str]
) -> list[Claim]:
    """``hold_office`` claims for the titled people of the sentence ``source.text[start:end]``."""
    text = source.text
    gaz = gazetteer()
    out = []
    for m in mentions:
        if m.type != "person" or m.role == "pronoun":
            continue
        title, country = m.title, m.country
        # the words that name the office and the person ("Acme Chairman Jo Bloggs")
        first = m.title_start if m.title_start is not None else m.start
        last = m.end
        if country is None:  # "Zenda's defence minister Jo Bloggs": the title's state before it
            window = max(start, m.start - 60)
            owned = _OWNED_BEFORE.search(text[window : m.start])
            if owned:
                title = owned["t"]
                # a state's ("Zenda's defence minister Jo Bloggs") or a body's ("Acme's chief
                # executive, Jo Bloggs"), not a person's: the name the "'s" is of (a state's
                # organ, read whole: "Zenda's central bank governor Jo Bloggs")
                at = window + owned.start()
                owners = [
                    x
                    for x in mentions
                    if (x.possessive or x.role == "organ")
                    and (x.gid or x.type != "person")
                    and x.start <= at <= x.end <= m.start
                ]
                country = (owners[-1].gid or owners[-1].name) if owners else None
                first = owners[-1].start if owners else first
        if title is not None and country is None:
            # "Foreign Minister Axel Ruiz of Zenda": the title's state after the name
            of = _OF_OWNER.match(text[m.end : end])
            owners = [x for x in mentions if of and x.start == m.end + of.end() and x.end <= end]
            if owners and owners[0].type != "person" and not owners[0].possessive:
                country = owners[0].gid or owners[0].name
                last = owners[0].end
        if title is None:
            after = _OF_AFTER.match(text[m.end : end])
            if after:
                title = after["t"]
                owners = [x for x in mentions if x.start == m.end + after.end() and x.end <= end]
                if owners and _UNIT_AFTER.match(text[owners[0].end : end]):
                    owners = []  # "head of the Acme office in Zenda": the office's, not Acme's
                if owners and not owners[0].possessive:  # "director of Zenda's fire service"
                    country = owners[0].gid or owners[0].name
                    first, last = m.start, owners[0].end
        if title is None:
            comma = _COMMA.match(text[m.end : end])
            following = [x for x in mentions if comma and x.start == m.end + comma.end()]
            holder = following[0] if following else None
            owned = (
                _TITLE_AFTER_OWNER.match(text[holder.end : end])
                if holder is not None and holder.possessive
                else None
            )
            if holder is not None and owned:
                title = owned["t"]
                country = holder.gid or holder.name
                first, last = m.start, holder.end + owned.end()
            elif (
                holder is not None
                and holder.role == "organ"
                and holder.gid
                and re.fullmatch(_TITLE, holder.organ or "")
                and re.match(r"\s*[,;.)]", text[holder.end : end])
            ):
                # "Jo Bloggs, France's foreign minister, said": the state's office, read as
                # an organ of the state
                title, country = holder.organ, holder.gid
                first, last = m.start, holder.end
        if title is None or country is None or _NOT_OFFICES.intersection(title.lower().split()):
            continue
        if _NOT_NOW.search(text[max(start, first - 12) : first]):
            continue  # "Former French President Jo Bloggs"
        if re.match(r" [A-Z]", text[m.end : m.end + 2]):
            continue  # "Chairman Jo Jordan" read as "Jo" and a country: the name is cut
        title = _without_rank(re.sub(r"\s+(?:to|of)\s+.*$", "", title).lower())
        if not title:
            continue  # "General Jo Bloggs": a rank, no office
        owner = gaz.entities[country][0] if country in gaz.entities else country
        out.append(
            Claim(
                id=next_id(),
                source=source.id,
                subject=m.name,
                predicate="hold_office",
                object=owner,
                value=title,
                text=" ".join(text[first:last].split()),
                evidence=Span.of(source, start, end),
            )
        )
    return out
