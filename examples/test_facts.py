"""Fact tests written in Python, on the bundled example. Run: pytest examples/"""

import pytest

from claimcheck.testing import assert_conflict, assert_corroborated, assert_supported


@pytest.mark.claimcheck("../fixtures/ukraine-dprk-2022")
def test_ties_were_cut_on_13_july(claimcheck_report):
    assert_corroborated(claimcheck_report, "Ukraine cut ties with North Korea on 13 July 2022.")


@pytest.mark.claimcheck("../fixtures/ukraine-dprk-2022")
def test_the_order_of_recognitions_is_disputed(claimcheck_report):
    finding = assert_conflict(
        claimcheck_report, kind="rank", subject="North Korea", predicate="recognise"
    )
    assert "at least the fourth" in finding.explanation


@pytest.mark.claimcheck("../fixtures/ukraine-dprk-2022")
def test_a_summary_says_only_what_the_sources_say(claimcheck_report):
    summary = "Ukraine cut ties with North Korea. Russia invaded Ukraine."
    assert_supported(summary, by=claimcheck_report)
