"""The public data of claimcheck: sources, claims, findings and the report that holds them.

These pydantic models are the contract between the stages and with users: they validate what
comes in (claim files, sources built by hand) and serialise what goes out (the JSON report and
its schema, ``claimcheck schema``).

>>> src = Source(id="a", text="Rain fell on Monday.")
>>> Span.of(src, 0, 9).quote
'Rain fell'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    computed_field,
    field_validator,
    model_validator,
)

from claimcheck._build import settle, share_keys

__all__ = [
    "Claim",
    "ConflictKind",
    "Entity",
    "Family",
    "Figure",
    "Finding",
    "FindingKind",
    "Modality",
    "Polarity",
    "Precision",
    "Quantity",
    "Report",
    "Resolution",
    "Source",
    "Span",
    "Support",
    "TimeRange",
    "TimelinePoint",
]

Polarity = Literal["affirmed", "negated"]
Modality = Literal["asserted", "reported", "hedged", "unconfirmed", "retracted"]
Precision = Literal["day", "month", "year", "month-day", "range", "unresolved"]
FindingKind = Literal["agreement", "conflict", "uncorroborated"]
ConflictKind = Literal["value", "time", "polarity", "modality", "rank", "attribution"]

_T = TypeVar("_T", "Source", "Claim")

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        # Share the set of given field names with every model that has the same (a million
        # claims hold a handful of distinct sets), and hold the values in a dictionary whose
        # keys the class shares (``_build.settle``).
        settle(self)


class Source(_Model):
    """One document that makes claims: an article, a statement, a claim file.

    ``text`` is the cleaned body (page furniture removed); every :class:`Span` offset refers to it.
    ``published`` is only ever read from the source (a header or a dateline), never guessed.
    """

    id: str = Field(description="Stable slug; by default the file name without its extension.")
    text: str = Field(description="The cleaned body that evidence offsets refer to.")
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = Field(
        default=None, description="Publication date from a header or dateline; null if unknown."
    )
    wire: str | None = Field(
        default=None, description="News agency the text credits (AFP, Reuters, AP ...), if any."
    )
    author: str | None = Field(default=None, description="The byline, from a header.")
    # Claims stated by a claim file travel with their source, outside the public schema.
    _stated: tuple[Claim, ...] | None = PrivateAttr(default=None)

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError(
                f"source id {value!r} must be a slug: letters, digits, '.', '_' or '-'"
            )
        return value


class Span(_Model):
    """Verbatim evidence: ``source.text[start:end] == quote`` always holds."""

    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.quote) != self.end - self.start:
            raise ValueError("span quote length does not match its offsets")
        return self

    @classmethod
    def of(cls, source: Source, start: int, end: int) -> Span:
        """The span of ``source.text[start:end]``.

        >>> Span.of(Source(id="s", text="abc"), 1, 3).quote
        'bc'
        """
        if not 0 <= start <= end <= len(source.text):
            raise ValueError(f"offsets {start}..{end} are outside source {source.id!r}")
        return cls(source=source.id, start=start, end=end, quote=source.text[start:end])


class Entity(_Model):
    """A canonical entity with the names it goes by in the sources."""

    id: str = Field(description="Canonical id, such as 'country:FR' or 'person:jane-doe'.")
    name: str
    type: str = Field(description="country, person, organisation, place, group, ...")
    aliases: list[str] = Field(default_factory=list)
    members: list[str] = Field(
        default_factory=list, description="For a set of entities named together: their ids."
    )


# A time given as where a span starts or ends ("since March", "until June"), not when it was.
_BOUND = re.compile(r"(?:since|from|until|till|by|through|before|after)\b", re.IGNORECASE)


# The days of the week by number (0 for Monday), as the time finder reads them.
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = re.compile(rf"\b({'|'.join(_WEEKDAYS)})\b", re.IGNORECASE)


def _loose_month(time: TimeRange) -> int | None:
    """The month of a time that names a month and nothing to place it by ("in March"), not
    as a span's bound ("since March")."""
    if time.precision != "unresolved" or time.month is None or _BOUND.match(time.text):
        return None
    return time.month


def _month_of(time: TimeRange) -> int | None:
    """The one month a time falls in: a day or days of one month, dated, or a day of a month
    without its year ("July 13"), not as a span's bound."""
    if time.earliest is not None and time.latest is not None:
        same = (time.earliest.year, time.earliest.month) == (time.latest.year, time.latest.month)
        return time.earliest.month if same else None
    if time.precision == "month-day" and not _BOUND.match(time.text):
        return time.month
    return None


def _loose_weekday(time: TimeRange) -> int | None:
    """The day of the week (0 for Monday) a time names with nothing to place it by ("on
    Friday", "last Friday"), not as a span's bound ("since Friday": a weekday found alone,
    whatever came before it, is not taken)."""
    if time.precision != "unresolved" or time.month is not None or _BOUND.match(time.text):
        return None
    if len(time.text.split()) < 2:
        return None
    named = {found.lower() for found in _WEEKDAY.findall(time.text)}
    return _WEEKDAYS[named.pop()] if len(named) == 1 else None


def _weekday_of(time: TimeRange) -> int | None:
    """The day of the week of a time that is one dated day."""
    if time.earliest is not None and time.earliest == time.latest:
        return time.earliest.weekday()
    return None


class TimeRange(_Model):
    """When something happened, as a range with its precision.

    A date without a year keeps ``month``/``day`` and no bounds; a relative expression is resolved
    against the publication date, or left ``unresolved`` when that is unknown.
    """

    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: Precision
    text: str
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)

    def compatible(self, other: TimeRange) -> bool | None:
        """Whether both ranges can describe the same moment; ``None`` when it cannot be told.

        >>> a = TimeRange(earliest=dt.date(2022, 7, 13), latest=dt.date(2022, 7, 13),
        ...               precision="day", text="13 July 2022")
        >>> b = TimeRange(precision="month-day", month=7, day=13, text="July 13")
        >>> a.compatible(b)
        True
        """
        if self.earliest and self.latest and other.earliest and other.latest:
            return self.earliest <= other.latest and other.earliest <= self.latest
        for one, two in ((self, other), (other, self)):
            if one.precision == "month-day" and one.month is not None:
                if two.precision == "month-day":
                    return (one.month, one.day) == (two.month, two.day)
                if two.earliest and two.latest and two.earliest == two.latest:
                    return (two.earliest.month, two.earliest.day) == (one.month, one.day)
                if two.earliest and two.latest and two.precision == "month":
                    return two.earliest.month == one.month
        for one, two in ((self, other), (other, self)):
            # "in March" with no date to place it by, against another month: an event happens
            # once, so two months cannot both be its
            month = _loose_month(one)
            if month is not None:
                theirs = _loose_month(two) or _month_of(two)
                if theirs is not None and theirs != month:
                    return False
            # "on Friday" with no date to place it by, against another weekday, named or
            # dated: a story's days are days of one week
            day = _loose_weekday(one)
            if day is not None:
                theirs = _loose_weekday(two) if two.earliest is None else _weekday_of(two)
                if theirs is not None and theirs != day:
                    return False
        return None


class Quantity(_Model):
    """A number or a range of numbers, with its unit: "more than 40" is ``low=40``."""

    low: float | None = None
    high: float | None = None
    unit: str | None = None
    text: str
    approximate: bool = False


class Claim(_Model):
    """One normalised proposition a source makes, with the evidence for it."""

    id: str
    source: str
    subject: str | None = Field(description="Entity id or normalised text of the actor.")
    predicate: str = Field(
        description="Canonical predicate id, or 'open:<verb>' outside the lexicon."
    )
    object: str | None = Field(default=None, description="Entity id (or set of ids joined by '&').")
    value: str | None = Field(default=None, description="A non-entity object: a role, a figure.")
    time: TimeRange | None = None
    rank: int | None = Field(default=None, ge=1)
    rank_scope: str | None = Field(
        default=None,
        description="What the rank counts among: the ranked noun with what qualifies it "
        "('country', 'European Union country in a week').",
    )
    after: list[str] = Field(default_factory=list, description="Entities that did it earlier.")
    before: list[str] = Field(default_factory=list, description="Entities that did it later.")
    quantity: Quantity | None = None
    location: str | None = None
    measure: str | None = Field(
        default=None,
        description="For a figure: what it measures ('deaths', 'injured', 'percent', "
        "'count:ambulances'), whatever the sentence's subject.",
    )
    population: str | None = Field(
        default=None,
        description="For a figure: the sub-population or unit it is given in ('children', 'USD').",
    )
    event: str | None = Field(
        default=None,
        description="For a figure about an event: 'main' (the story's event) or the year of "
        "another event the text names ('2004').",
    )
    polarity: Polarity = "affirmed"
    modality: Modality = "asserted"
    attributed_to: str | None = Field(default=None, description="Who the source says claims it.")
    scoped: bool = Field(
        default=False, description="True for time-scoped statements ('no immediate comment')."
    )
    implied: bool = Field(
        default=False, description="Derived from another claim (an ordinal's named predecessors)."
    )
    text: str = Field(default="", description="The clause, as a person would read it.")
    evidence: Span

    @model_validator(mode="after")
    def _evidence_from_source(self) -> Claim:
        if self.evidence.source != self.source:
            raise ValueError("claim evidence must come from the claim's own source")
        return self


class TimelinePoint(_Model):
    """One source's value of a figure, with the time it holds as of."""

    source: str
    claim: str
    value: str = Field(description="The figure as the source prints it.")
    low: float | None = None
    high: float | None = None
    as_of: dt.date | None = Field(
        default=None, description="The time the figure holds: its own date, else publication."
    )
    credited_to: str | None = Field(
        default=None,
        description="For measures each authority gives its own value of (a magnitude): who "
        "the value is credited to, by the source or by an identical credited value.",
    )


class Figure(_Model):
    """What a figure finding is about, and each source's value oldest first."""

    measure: str
    label: str = Field(description="How a person names the measure: 'dead', 'injured'.")
    population: str | None = None
    about: str | None = Field(default=None, description="The event or thing measured.")
    change: Literal["evolving", "contradiction"] | None = Field(
        default=None,
        description="For conflicts: 'evolving' when the differing values hold at different "
        "times, 'contradiction' when at the same time.",
    )
    timeline: list[TimelinePoint] = Field(default_factory=list)


class Support(_Model):
    """One competing value of a conflict and what stands behind it."""

    value: str = Field(description="The value as a person reads it.")
    families: int = Field(description="Independent sources (families of copies count once).")
    sources: list[str]
    claims: list[str]
    belief: float = Field(
        description="Belief in the value in [0, 1], from the trust of the sources behind it."
    )


class Resolution(_Model):
    """Which value of a conflict to believe, and why; ``value`` is ``None`` when undecided."""

    value: str | None = Field(
        default=None, description="The preferred value, or None when the evidence does not decide."
    )
    support: list[Support] = Field(default_factory=list, description="Best supported first.")
    confidence: float = Field(description="Confidence in the preferred value, in [0, 1].")
    reason: str = Field(description="One sentence: why this value, or why none.")


class Finding(_Model):
    """A verdict about one proposition across sources, with verbatim evidence on each side."""

    id: str
    kind: FindingKind
    conflict: ConflictKind | None = Field(default=None, description="For conflicts: what clashes.")
    summary: str = Field(description="One sentence a person can read.")
    explanation: str = ""
    claims: list[str]
    evidence: list[Span]
    sources: list[str]
    in_conflict: bool = Field(
        default=False, description="For uncorroborated claims that also take part in a conflict."
    )
    notes: list[str] = Field(default_factory=list)
    figure: Figure | None = Field(
        default=None, description="For findings about a figure: its measure and timeline."
    )
    resolution: Resolution | None = Field(
        default=None, description="For conflicts: the value to believe, its support and why."
    )
    worth: float = Field(
        default=0.0,
        description="Check-worthiness in [0, 1]: figures, named actors, dates and places first; "
        "bare opinion and fragments last. Uncorroborated findings are ordered by it.",
    )


class Family(_Model):
    """Sources that are not independent (shared passages, the same wire): they count once."""

    id: str
    sources: list[str]
    reason: str


class Report(_Model):
    """Everything claimcheck found about a set of sources; ``model_dump_json()`` is the JSON report."""

    sources: list[Source]
    claims: list[Claim]
    entities: list[Entity]
    findings: list[Finding]
    families: list[Family] = Field(default_factory=list)
    skipped: list[str] = Field(
        default_factory=list, description="Files that could not be read, each with the reason."
    )
    version: str = ""
    trust: dict[str, float] = Field(
        default_factory=dict,
        description="Each source's trust in [0, 1], estimated across the corpus (copies share "
        "their family's).",
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def counts(self) -> dict[str, int]:
        """Number of findings of each kind."""
        out = {"agreement": 0, "conflict": 0, "uncorroborated": 0}
        for finding in self.findings:
            out[finding.kind] += 1
        return out

    def of_kind(self, kind: FindingKind) -> list[Finding]:
        """The findings of one kind, in report order."""
        return [f for f in self.findings if f.kind == kind]

    def source(self, source_id: str) -> Source:
        """The source with this id (``KeyError`` if there is none)."""
        return self._by_id("sources", self.sources)[source_id]

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (``KeyError`` if there is none)."""
        return self._by_id("claims", self.claims)[claim_id]

    def _by_id(self, field: str, items: list[_T]) -> dict[str, _T]:
        """``items`` by id (the first of each id), built on the first lookup and kept.

        The table lives in the instance dict outside the model's fields, so equality, dumps and
        the schema never see it; it is rebuilt when the list is another one (``model_copy``
        with an update) or has changed length.
        """
        key = f"_{field}_by_id"
        cached = self.__dict__.get(key)
        if cached is None or cached[0] is not items or cached[1] != len(items):
            table: dict[str, _T] = {}
            for item in items:
                table.setdefault(item.id, item)
            cached = self.__dict__[key] = (items, len(items), table)
        return cached[2]


# The models the pipeline copies and builds by the million (see ``_build``), before any exists.
share_keys(Claim, Entity, TimelinePoint, Figure, Finding)
