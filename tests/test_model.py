"""Report lookups: by id, without changing what the report is."""

from __future__ import annotations

import pickle

import pytest

import claimcheck
from tests.conftest import FIXTURES

SEED = FIXTURES / "ukraine-dprk-2022"


@pytest.fixture(scope="module")
def report() -> claimcheck.Report:
    return claimcheck.check(SEED)


def test_lookups_find_every_source_and_claim(report):
    for source in report.sources:
        assert report.source(source.id) is source
    for claim in report.claims:
        assert report.claim(claim.id) is claim
    with pytest.raises(KeyError):
        report.claim("no-such-claim")
    with pytest.raises(KeyError):
        report.source("no-such-source")


def test_lookups_leave_equality_dumps_and_pickles_alone(report):
    fresh = claimcheck.check(SEED)
    report.claim(report.claims[0].id)
    report.source(report.sources[0].id)
    assert report == fresh
    assert fresh == report
    assert report.model_dump_json() == fresh.model_dump_json()
    assert "_by_id" not in repr(report)
    assert pickle.loads(pickle.dumps(report)) == fresh


def test_a_copy_with_other_claims_looks_up_its_own(report):
    first = report.claims[0]
    report.claim(first.id)  # the table of the original is built
    copy = report.model_copy(update={"claims": report.claims[1:]})
    with pytest.raises(KeyError):
        copy.claim(first.id)
    assert copy.claim(report.claims[1].id) is report.claims[1]
    assert report.claim(first.id) is first
