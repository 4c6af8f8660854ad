"""A source's claims packed for the claim store, and read back without validating them again.

Every report of a store reads all its claims. Read through pydantic, a claim costs about 11 µs
(two Python validators and two post-init hooks besides the parsing), most of a large store's
unchanged re-run. The store keeps, beside each source's claims as JSON objects (what it trusts),
the same claims packed: one JSON array per source, each model an array of a bit mask of its
given fields (those that differ from their defaults, as a model read back from JSON without its
defaults has) and its field values in field order; a date as ISO text; a claim's evidence as
its offsets alone (its source is the claim's, its quote that source's text between them); a
claim's text as null when it is its quote. That is half the bytes, parsed in one call.

Packed claims were valid when they were packed; they are built again as they were
(:mod:`claimcheck._build`), not validated. :func:`unpack` raises :class:`ValueError` for
anything that does not fit (the store then reads the JSON objects), and :data:`FORMAT` names
the fields packed, so a model that changes makes older packs unreadable rather than wrong.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from claimcheck._build import builder, shared_given
from claimcheck.model import Claim, Source, Span

if TYPE_CHECKING:
    from claimcheck.normalise import _Naming

__all__ = ["FORMAT", "pack", "packed_rows", "row_names", "unpack", "unpack_rows"]

Convert = Callable[[Any], Any]


def _converter(annotation: Any) -> Convert | None:
    """How a packed value of a field annotated so is made a model's value again: a date from
    its text, a float from a whole number, a nested model from its array; None to keep it."""
    args = set(typing.get_args(annotation)) if _is_union(annotation) else {annotation}
    args.discard(type(None))
    if len(args) != 1:
        return None
    (kind,) = args
    if kind is dt.date:
        return dt.date.fromisoformat
    if kind is float:
        return float
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return functools.partial(_model, _layout(kind))
    return None


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


class _Layout:
    """A model class's fields, their defaults, and those whose packed values are converted."""

    def __init__(self, cls: type[BaseModel]) -> None:
        self.cls = cls
        self.names = list(cls.model_fields)
        self.required = {n for n, f in cls.model_fields.items() if f.is_required()}
        self.defaults = {
            n: f.get_default(call_default_factory=True)
            for n, f in cls.model_fields.items()
            if not f.is_required()
        }
        self.build = builder(cls)
        self.convert: list[tuple[int, Convert]] = []
        for i, field in enumerate(cls.model_fields.values()):
            how = _converter(field.annotation)
            if how is not None:
                self.convert.append((i, how))
        self._given: dict[int, set[str]] = {}

    def mask(self, model: BaseModel) -> int:
        """The fields a model read back from its JSON without defaults has as given."""
        values = model.__dict__
        return sum(
            1 << i
            for i, name in enumerate(self.names)
            if name in self.required or values[name] != self.defaults[name]
        )

    def given(self, mask: int) -> set[str]:
        """The shared set of the fields of ``mask``."""
        found = self._given.get(mask)
        if found is None:
            names = {n for i, n in enumerate(self.names) if mask >> i & 1}
            found = self._given[mask] = shared_given(names)
        return found


# every packed model class's layout, made when first asked for (a nested class's first)
_LAYOUTS: dict[type[BaseModel], _Layout] = {}


def _layout(cls: type[BaseModel]) -> _Layout:
    found = _LAYOUTS.get(cls)
    if found is None:
        found = _LAYOUTS[cls] = _Layout(cls)
    return found


def _model(layout: _Layout, row: list[Any]) -> Any:
    """The model of a packed row (its mask, then its values), its nested models built too."""
    values = row[1:]
    if len(values) != len(layout.names):
        raise ValueError(f"a packed {layout.cls.__name__} has {len(values)} values")
    for i, how in layout.convert:
        value = values[i]
        if value is not None:
            values[i] = how(value)
    return layout.build(zip(layout.names, values, strict=True), layout.given(row[0]))


_CLAIM = _layout(Claim)
_SOURCE = _CLAIM.names.index("source")
_TEXT = _CLAIM.names.index("text")
_EVIDENCE = _CLAIM.names.index("evidence")
# (a claim's evidence is built from its offsets and its source, not converted)
_CLAIM.convert = [(i, how) for i, how in _CLAIM.convert if i != _EVIDENCE]
_SPAN = builder(Span)
_SPAN_GIVEN = shared_given(set(Span.model_fields))

# What a pack holds: every packed class's fields, in order (a model that changes gives another).
FORMAT = "1|" + "|".join(
    f"{cls.__name__}:{','.join(layout.names)}"
    for cls, layout in sorted(_LAYOUTS.items(), key=lambda item: item[0].__name__)
)


def _packed_value(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return _packed_model(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _packed_model(model: BaseModel) -> list[Any]:
    layout = _layout(type(model))
    values = model.__dict__
    return [layout.mask(model), *[_packed_value(values[n]) for n in layout.names]]


def pack(claims: Sequence[Claim]) -> str:
    """One source's claims (in their order) as packed text."""
    rows = []
    for claim in claims:
        row = _packed_model(claim)
        span = claim.evidence
        row[1 + _SOURCE] = None
        row[1 + _EVIDENCE] = [span.start, span.end]
        if claim.text == span.quote:
            row[1 + _TEXT] = None
        rows.append(row)
    return json.dumps(rows, separators=(",", ":"), ensure_ascii=False)


def unpack(data: str | bytes, source: Source) -> list[Claim]:
    """The claims :func:`pack` packed for ``source``; :class:`ValueError` when they do not fit
    it (a quote outside its text, a row of another shape)."""
    return unpack_rows(packed_rows(data), source)


def packed_rows(data: str | bytes) -> list[Any]:
    """The rows of packed claims, read but not yet built (:func:`unpack_rows` builds them)."""
    rows = json.loads(data)
    if not isinstance(rows, list):
        raise ValueError("packed claims that are not a list")
    return rows


# where a packed row holds a claim's single names (subject, object, location, attributed_to)
# and the names it lists (after, before)
_NAMED = tuple(
    1 + _CLAIM.names.index(f) for f in ("subject", "object", "location", "attributed_to")
)
_LISTED = tuple(1 + _CLAIM.names.index(f) for f in ("after", "before"))
_PLACE = {name: 1 + i for i, name in enumerate(_CLAIM.names)}


def row_names(rows: Sequence[Any]) -> Iterator[str]:
    """Every name the claims of packed ``rows`` use, as normalising counts them
    (:func:`claimcheck.normalise._names_of`); :class:`ValueError` for a row of another shape."""
    try:
        for row in rows:
            for k in _NAMED:
                if row[k]:
                    yield row[k]
            for k in _LISTED:
                yield from filter(None, row[k])
    except (TypeError, KeyError, IndexError) as err:
        raise ValueError(f"packed claims that do not fit: {err}") from None


def unpack_rows(rows: list[Any], source: Source, naming: _Naming | None = None) -> list[Claim]:
    """The claims of :func:`packed_rows` (which are used up), named as ``naming`` names them
    when given: normalised as they are built, not copied or changed afterwards."""
    sid, text = source.id, source.text
    evidence, own, said = 1 + _EVIDENCE, 1 + _SOURCE, 1 + _TEXT
    subject, obj, location, attributed = _NAMED
    after, before = _LISTED
    place = _PLACE
    event, predicate, quantity = place["event"], place["predicate"], place["quantity"]
    out: list[Claim] = []
    try:
        for row in rows:
            start, end = row[evidence]
            quote = text[start:end]
            if not 0 <= start <= end or len(quote) != end - start:
                raise ValueError(f"a packed claim's offsets {start}..{end} are outside the text")
            row[evidence] = _SPAN(
                (("source", sid), ("start", start), ("end", end), ("quote", quote)), _SPAN_GIVEN
            )
            row[own] = sid
            if row[said] is None:
                row[said] = quote
            if naming is not None:
                # (a name that changes was given, as the row's mask says already)
                names = (row[subject], row[obj], row[location], row[attributed])
                teamed = naming.teamed(
                    row[predicate], row[subject], row[obj], row[event], row[quantity]
                )
                for field, value in naming.changes(names, row[after], row[before]).items():
                    row[place[field]] = value
                if row[event]:
                    row[event] = naming.priced(row[event])
                for field, value in teamed.items():  # (from the names as printed)
                    row[place[field]] = value
            out.append(_model(_CLAIM, row))
    except (TypeError, KeyError, IndexError, AttributeError) as err:
        raise ValueError(f"packed claims that do not fit: {err}") from None
    return out
