"""Building trusted models fast: the judge makes a model per claim and finding.

``Model.model_construct`` skips validation but still walks every field, aliases and defaults
(about 6 µs a claim); ``model_copy(update=...)`` copies the set of given fields for every copy
(about 2 KB a claim). At a million claims either costs seconds and gigabytes. The two helpers
here do what ``model_construct`` ends with, and nothing else, for values that are already valid:
claims the pipeline validated, with fields replaced by values of the same types.

They are only for models without private attributes; ``tests/test_build.py`` checks that their
results equal pydantic's own, so a change in pydantic's internals fails there first.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["construct", "evolve", "shared_given"]

M = TypeVar("M", bound=BaseModel)

_set = object.__setattr__


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


def construct(cls: type[M], values: dict[str, Any], fields_set: set[str]) -> M:
    """A ``cls`` holding ``values`` (every field, already valid), without validation.

    ``fields_set`` is shared, not copied: pass one set that is never mutated.
    """
    assert not cls.__private_attributes__, f"{cls.__name__} has private attributes"
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def evolve(model: M, changes: dict[str, Any]) -> M:
    """A copy of ``model`` with ``changes`` (valid values of its fields), not validated.

    As with ``model_copy(update=changes)``, the fields changed count as given; the copy shares
    ``model``'s set of given fields when they already were (pass only fields that change).
    """
    values = {**model.__dict__, **changes}
    given = model.__pydantic_fields_set__
    if not given.issuperset(changes):
        given = shared_given(given | changes.keys())
    return construct(type(model), values, given)
