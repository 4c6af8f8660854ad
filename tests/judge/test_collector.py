"""Judging pauses the cycle collector and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from tests.judge.conftest import run, source


def _report():
    a = source(
        "a",
        [
            {
                "subject": "Zenda",
                "predicate": "sever_ties",
                "object": "Strelsau",
                "quote": "Zenda cut ties with Strelsau.",
            }
        ],
    )
    b = source(
        "b",
        [
            {
                "subject": "Zenda",
                "predicate": "sever_ties",
                "object": "Strelsau",
                "quote": "Zenda severed ties with Strelsau.",
            }
        ],
    )
    return run(a, b)


@pytest.fixture
def collector():
    was = gc.isenabled()
    yield
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_judging_leaves_the_collector_on_or_off_and_nothing_frozen(collector, enabled):
    (gc.enable if enabled else gc.disable)()
    _report()
    assert gc.isenabled() is enabled
    assert gc.get_freeze_count() == 0


def test_the_report_goes_to_the_oldest_generation(collector):
    gc.enable()
    report = _report()
    # the collector's young passes do not go over it again
    assert any(o is report for o in gc.get_objects(generation=2))


def test_a_callers_frozen_objects_stay_frozen(collector):
    gc.enable()
    kept = [[] for _ in range(3)]
    gc.freeze()
    _report()
    assert gc.get_freeze_count() > 0
    listed = {id(o) for o in gc.get_objects()}  # (the frozen ones are not listed)
    assert not listed & {id(k) for k in kept}


def test_compiling_the_lexicon_inside_judging_sets_off_no_collection(collector):
    # judging compiles the shipped lexicon on its first use: with the collector paused, so
    # that its allocations do not set off passes over the caller's claims
    from claimcheck._check import judge
    from claimcheck.normalise import _predicates

    loaded = source(
        "a",
        [{"subject": "Zenda", "predicate": "sever_ties", "object": "Strelsau",
          "quote": "Zenda cut ties with Strelsau."}],
    )  # fmt: skip
    passes: list[int] = []

    def seen(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    gc.enable()
    _predicates.default_lexicon.cache_clear()
    gc.callbacks.append(seen)
    try:
        judge([loaded.source], list(loaded.claims or []))
    finally:
        gc.callbacks.remove(seen)
    assert passes == []
