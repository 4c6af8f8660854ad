"""Building trusted models fast: the judge makes a model per claim and finding.

``Model.model_construct`` skips validation but still walks every field, aliases and defaults
(about 6 µs a claim); ``model_copy(update=...)`` copies the set of given fields for every copy
(about 2 KB a claim). At a million claims either costs seconds and gigabytes. The two helpers
here do what ``model_construct`` ends with, and nothing else, for values that are already valid:
claims the pipeline validated, with fields replaced by values of the same types.

The models of the classes given to :func:`share_keys` (those built here, and those pydantic
validates: see ``_Model.model_post_init``) hold their values in a dictionary whose keys every
model of the class shares (CPython's split dictionary, as a plain object's attributes are
kept): a third of the memory of a dictionary of its own, which a million claims feel as
gigabytes, and the kernel as page faults. Where the interpreter does not share keys so, the
dictionary is an ordinary one.

They are only for models without private attributes; ``tests/test_build.py`` checks that their
results equal pydantic's own, so a change in pydantic's internals fails there first.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = [
    "amend",
    "builder",
    "construct",
    "evolve",
    "settle",
    "share_keys",
    "shared_given",
    "shared_values",
]

M = TypeVar("M", bound=BaseModel)

_set = object.__setattr__


def _slot_setter(name: str) -> Callable[[Any, Any], None]:
    """The setter of one of ``BaseModel``'s own slots, called directly: a model is built with
    four of them, and ``object.__setattr__`` looks each one up by name first (about 0.4 µs a
    model instead of 0.7, for the hundreds of thousands a large store's report builds).
    ``object.__setattr__`` where it is no slot."""
    slot = vars(BaseModel).get(name)
    setter = getattr(slot, "__set__", None)
    if setter is None:  # pragma: no cover - another pydantic's layout
        return lambda model, value: _set(model, name, value)
    return setter  # type: ignore[no-any-return]


_SET_DICT = _slot_setter("__dict__")
_SET_GIVEN = _slot_setter("__pydantic_fields_set__")
_SET_EXTRA = _slot_setter("__pydantic_extra__")
_SET_PRIVATE = _slot_setter("__pydantic_private__")


# One set object per distinct set of given field names, shared by every model that has it.
_GIVEN: dict[frozenset[str], set[str]] = {}


def shared_given(given: set[str]) -> set[str]:
    """The one shared set equal to ``given`` (``given`` itself the first time it is seen).

    Pydantic keeps a set of the fields given to each model: 700 bytes for nine names, as much
    as a claim's own values. A million claims have a handful of distinct sets, so models point
    at shared ones. They are never mutated: the models are frozen, and pydantic copies the set
    before it changes one (``model_copy``).
    """
    return _GIVEN.setdefault(frozenset(given), given)


# Per model class: a dictionary of its fields whose keys the class shares (see share_keys).
_SHARED: dict[type[BaseModel], dict[str, Any]] = {}


def share_keys(*classes: type[BaseModel]) -> None:
    """Build the models of ``classes`` with dictionaries that share their keys from now on.

    Call it when the classes are defined: once pydantic has made instances of a class, the
    interpreter may no longer share its keys (a class whose keys are not shared keeps
    dictionaries of their own, as before).
    """
    for cls in classes:
        template = cls.__new__(cls)
        for name in cls.model_fields:  # set as attributes: the keys are the class's shared ones
            _set(template, name, None)
        values = template.__dict__
        if sys.getsizeof(values.copy()) < sys.getsizeof(dict(values)):
            _SHARED[cls] = values


def shared_values(cls: type[BaseModel], values: dict[str, Any]) -> dict[str, Any]:
    """``values`` (a ``cls``'s, every field) in a dictionary with the keys ``cls`` shares, when
    it shares them (see :func:`share_keys`)."""
    shared = _SHARED.get(cls)
    if shared is None or len(values) != len(shared):
        return values
    out = shared.copy()  # a copy of a split dictionary shares its keys; updating them too
    out.update(values)
    return out


def settle(model: BaseModel) -> None:
    """Point a model pydantic has just validated at the shared set of its given fields and at
    a dictionary with its class's shared keys (:func:`shared_given`, :func:`shared_values`).

    It runs once for every model validated (tens of thousands when a store is read), so it
    does the two in one call, without the helpers' own calls.
    """
    given = model.__pydantic_fields_set__
    _set(model, "__pydantic_fields_set__", _GIVEN.setdefault(frozenset(given), given))
    shared = _SHARED.get(type(model))
    if shared is not None:
        values = model.__dict__
        if len(values) == len(shared):
            out = shared.copy()
            out.update(values)
            _set(model, "__dict__", out)


def _model(cls: type[M], values: dict[str, Any], fields_set: set[str]) -> M:
    model = cls.__new__(cls)
    _SET_DICT(model, values)
    _SET_GIVEN(model, fields_set)
    _SET_EXTRA(model, None)
    _SET_PRIVATE(model, None)
    return model


def construct(cls: type[M], values: dict[str, Any], fields_set: set[str]) -> M:
    """A ``cls`` holding ``values`` (every field, already valid), without validation.

    ``fields_set`` is shared, not copied: pass one set that is never mutated.
    """
    assert not cls.__private_attributes__, f"{cls.__name__} has private attributes"
    return _model(cls, shared_values(cls, values), fields_set)


def builder(cls: type[M]) -> Callable[[Iterable[tuple[str, Any]], set[str]], M]:
    """:func:`construct` for many models of ``cls``, from ``(name, value)`` pairs of every
    field, with what it looks up for each model looked up once."""
    assert not cls.__private_attributes__, f"{cls.__name__} has private attributes"
    shared = _SHARED.get(cls)

    def build(pairs: Iterable[tuple[str, Any]], fields_set: set[str]) -> M:
        values = shared.copy() if shared is not None else {}
        values.update(pairs)
        return _model(cls, values, fields_set)

    return build


def evolve(model: M, changes: dict[str, Any]) -> M:
    """A copy of ``model`` with ``changes`` (valid values of its fields), not validated.

    As with ``model_copy(update=changes)``, the fields changed count as given; the copy shares
    ``model``'s set of given fields when they already were (pass only fields that change).
    """
    cls = type(model)
    assert not cls.__private_attributes__, f"{cls.__name__} has private attributes"
    given = model.__pydantic_fields_set__
    if not given.issuperset(changes):
        given = shared_given(given | changes.keys())
    values = model.__dict__.copy()  # a copy of shared-key values keeps sharing the keys
    values.update(changes)
    return _model(cls, values, given)


def amend(model: M, changes: dict[str, Any]) -> M:
    """``model`` itself with ``changes`` (valid values of its fields): :func:`evolve` without
    the copy, for a model only the caller holds (one it has just built or read back, that no
    one has seen, hashed or kept yet). Returns ``model``."""
    assert not type(model).__private_attributes__, f"{type(model).__name__} has private attributes"
    given = model.__pydantic_fields_set__
    if not given.issuperset(changes):
        _set(model, "__pydantic_fields_set__", shared_given(given | changes.keys()))
    model.__dict__.update(changes)
    return model
