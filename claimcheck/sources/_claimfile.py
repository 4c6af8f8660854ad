"""Hand-written claim files: sources whose claims are stated, not extracted.

A claim file is YAML or JSON with a ``source`` mapping (like a metadata header, plus an optional
``text``) and a ``claims`` list. Each claim names its subject, predicate and object as they are
written (they are normalised like extracted claims) and quotes its evidence verbatim; when the
source has no ``text``, its text is the quotes, one per line::

    source: {id: ministry, outlet: Ministry, published: 2024-03-01}
    claims:
      - {subject: Ruritania, predicate: sever_ties, object: Freedonia,
         time: 2024-03-01, quote: "Ruritania cut ties with Freedonia on Friday."}
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from claimcheck.errors import ClaimFileError
from claimcheck.model import Claim, Modality, Polarity, Quantity, Source, Span, TimeRange
from claimcheck.normalise._time import find_times, parse_date

__all__ = ["load_claim_file", "safe_yaml"]

MAX_CLAIM_FILE_BYTES = 16 * 1024 * 1024


class _NoAliasLoader(yaml.SafeLoader):
    """Safe YAML without anchors and aliases, which can make a small file expand without bound."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases are not allowed in claimcheck files", event.start_mark
            )
        return super().compose_node(parent, index)


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """An unquoted date YAML cannot build ("2024-02-30") stays text, for the schema to refuse
    with the file and field named, instead of an exception from inside the YAML parser."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_NoAliasLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _json(text: str, path: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ClaimFileError(f"invalid JSON: {err.msg}", path=path, line=err.lineno) from None
    except RecursionError:
        raise ClaimFileError("JSON nested too deeply", path=path) from None


def safe_yaml(text: str, path: str) -> Any:
    """Parse YAML safely (no tags, no aliases), raising :class:`ClaimFileError` with the line."""
    try:
        return yaml.load(text, Loader=_NoAliasLoader)
    except RecursionError:
        raise ClaimFileError("YAML nested too deeply", path=path) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        line = mark.line + 1 if mark is not None else None
        raise ClaimFileError(f"invalid YAML: {problem}", path=path, line=line) from None


class _SourceSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    wire: str | None = None
    text: str | None = None


class _QuantitySpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    low: float | None = None
    high: float | None = None
    unit: str | None = None


class _ClaimSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    subject: str | None = None
    predicate: str
    object: str | list[str] | None = None
    time: str | dt.date | None = None
    rank: int | None = Field(default=None, ge=1)
    rank_scope: str | None = None
    after: list[str] = Field(default_factory=list)
    before: list[str] = Field(default_factory=list)
    quantity: float | _QuantitySpec | None = None
    location: str | None = None
    polarity: Polarity = "affirmed"
    modality: Modality = "asserted"
    attributed_to: str | None = None
    scoped: bool = False
    quote: str = Field(min_length=1)

    @field_validator("predicate")
    @classmethod
    def _predicate(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z][a-z0-9_]*(?::[a-z0-9_ -]+)?", value):
            raise ValueError("a predicate is a lexicon id such as 'sever_ties' or 'open:<verb>'")
        return value


class _ClaimFileSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: _SourceSpec = Field(default_factory=_SourceSpec)
    claims: list[_ClaimSpec] = Field(min_length=1)


def _time_range(value: str | dt.date, published: dt.date | None) -> TimeRange | None:
    if isinstance(value, dt.date):
        return TimeRange(
            earliest=value,
            latest=value,
            precision="day",
            text=value.isoformat(),
            month=value.month,
            day=value.day,
        )
    text = value.strip()
    day = parse_date(text)
    if day is not None:
        return _time_range(day, None).model_copy(update={"text": text})  # type: ignore[union-attr]
    month = re.fullmatch(r"((?:1[5-9]|20)\d\d)-([01]\d)", text)
    if month:
        text = dt.date(int(month[1]), int(month[2]), 1).strftime("%B %Y")
    elif re.fullmatch(r"(?:1[5-9]|20)\d\d", text):
        text = f"in {text}"
    for found in find_times(text, published):
        if (found.start == 0 and found.end == len(text)) or found.range.precision == "year":
            return found.range.model_copy(update={"text": value})
    return None


def _quantity(spec: float | _QuantitySpec | None, quote: str) -> Quantity | None:
    if spec is None:
        return None
    if isinstance(spec, _QuantitySpec):
        return Quantity(low=spec.low, high=spec.high, unit=spec.unit, text=quote)
    return Quantity(low=float(spec), high=float(spec), text=str(spec))


def _where(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


def load_claim_file(text: str, path: str, default_id: str) -> tuple[Source, list[Claim]]:
    """The source and claims of a claim file's ``text`` (read from ``path``)."""
    if len(text.encode("utf-8", "replace")) > MAX_CLAIM_FILE_BYTES:
        raise ClaimFileError("claim file is larger than 16 MB", path=path)
    data = _json(text, path) if path.endswith(".json") and text.strip() else safe_yaml(text, path)
    if not isinstance(data, dict):
        raise ClaimFileError("a claim file is a mapping with 'source' and 'claims' keys", path=path)
    try:
        spec = _ClaimFileSpec.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        raise ClaimFileError(
            f"{_where(first['loc'])}: {first['msg']}"
            + (f" ({len(err.errors()) - 1} more problems)" if len(err.errors()) > 1 else ""),
            path=path,
        ) from None
    body = spec.source.text
    if body is None:
        body = "\n".join(claim.quote for claim in spec.claims)
    try:
        source = Source(
            id=spec.source.id or default_id,
            text=body,
            title=spec.source.title,
            outlet=spec.source.outlet,
            url=spec.source.url,
            published=spec.source.published,
            wire=spec.source.wire,
        )
    except ValidationError as err:
        raise ClaimFileError(f"source: {err.errors()[0]['msg']}", path=path) from None
    claims: list[Claim] = []
    cursor = 0
    for index, item in enumerate(spec.claims):
        start = body.find(item.quote, cursor if spec.source.text is None else 0)
        if start < 0:
            raise ClaimFileError(
                f"claims.{index}.quote: not found verbatim in the source text", path=path
            )
        cursor = start + len(item.quote)
        obj = " & ".join(item.object) if isinstance(item.object, list) else item.object
        time = None
        if item.time is not None:
            time = _time_range(item.time, source.published)
            if time is None:
                raise ClaimFileError(
                    f"claims.{index}.time: {item.time!r} is not a date, month, year or "
                    "a date expression such as 'July 13'",
                    path=path,
                )
        claims.append(
            Claim(
                id=f"{source.id}#{index + 1}",
                source=source.id,
                subject=item.subject,
                predicate=item.predicate,
                object=obj,
                time=time,
                rank=item.rank,
                rank_scope=item.rank_scope,
                after=item.after,
                before=item.before,
                quantity=_quantity(item.quantity, item.quote),
                location=item.location,
                polarity=item.polarity,
                modality=item.modality,
                attributed_to=item.attributed_to,
                scoped=item.scoped,
                text=item.quote,
                evidence=Span.of(source, start, start + len(item.quote)),
            )
        )
    return source, claims
