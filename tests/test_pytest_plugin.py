"""The pytest plugin, run in pytest's own pytester (in-process, no subprocess)."""

from __future__ import annotations

import json

import pytest

FACTS = """\
corpus: [corpus]
agreements:
  - {subject: Kyiv, predicate: sever_ties, object: DPRK, time: 2022-07-13}
conflicts:
  - {conflict: rank, about: {subject: North Korea, predicate: recognise}}
uncorroborated:
  - {subject: Belarus, predicate: recognise, sources: [iria-2022-07]}
no_conflicts:
  - {subject: North Korea, predicate: comment}
"""


def test_fact_file_passes(corpus):
    corpus.makefile(".yaml", facts_seed=FACTS)
    result = corpus.runpytest("-v")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(
        ["*facts_seed.yaml::agreements[[]0[]] Kyiv sever_ties DPRK on 2022-07-13 PASSED*"]
    )


def test_fact_file_failure_quotes_both_sides(corpus):
    corpus.makefile(
        ".yaml",
        facts_seed="corpus: [corpus]\nno_conflicts:\n  - {subject: North Korea, predicate: recognise}\n",
    )
    result = corpus.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*1 conflict(s) between the sources about*",
            "*at least the fourth*",
            "*Deccan Herald (dh-2022-07-13), chars*Syria, made the same move last month*",
            "*(iria-2022-07), chars*the third country in the world, after Russia and Belarus*",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_wrong_date_fails_with_the_closest_claims(corpus):
    corpus.makefile(
        ".yaml",
        facts_seed="corpus: [corpus]\nagreements:\n  - {subject: Ukraine, predicate: sever_ties, object: North Korea, time: 2022-07-20}\n",
    )
    result = corpus.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*claim not corroborated by 2 independent sources (found 0)*",
            "*different time (July 13)*",
        ]
    )


def test_marker_and_fixture(corpus):
    corpus.makepyfile(
        """
        import pytest
        from claimcheck.testing import assert_corroborated

        @pytest.mark.claimcheck("corpus")
        def test_fact(claimcheck_report):
            assert_corroborated(claimcheck_report, "Russia annexed Crimea.")
        """
    )
    corpus.runpytest().assert_outcomes(passed=1)


def test_ini_option_and_session_cache(corpus):
    corpus.makeini("[pytest]\nclaimcheck_corpus = corpus\n")
    corpus.makepyfile(
        """
        def test_one(claimcheck_report):
            assert claimcheck_report.counts["conflict"] == 1

        def test_same_object(claimcheck_report, claimcheck_check):
            assert claimcheck_check("corpus") is claimcheck_report
        """
    )
    corpus.runpytest().assert_outcomes(passed=2)


def test_missing_corpus_says_what_to_do(pytester):
    pytester.makepyfile("def test_x(claimcheck_report):\n    pass\n")
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)  # a fixture that cannot be set up is an error, not a failure
    result.stdout.fnmatch_lines(["*@pytest.mark.claimcheck('path')*claimcheck_corpus*"])


def test_report_option_writes_the_report(corpus):
    corpus.makefile(".yaml", facts_seed=FACTS)
    corpus.runpytest("--claimcheck-report", "out.json").assert_outcomes(passed=4)
    data = json.loads((corpus.path / "out.json").read_text("utf-8"))
    assert [s["id"] for s in data["sources"]] == ["dh-2022-07-13", "iria-2022-07"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("agreements: []\n", "needs 'corpus'"),
        ("corpus: [corpus]\nsurprises: []\n", "unknown key 'surprises'"),
        ("corpus: [corpus]\nagreements: [unclosed\n", "invalid YAML"),
    ],
)
def test_bad_fact_files_are_collection_errors(corpus, content, message):
    corpus.makefile(".yaml", facts_bad=content)
    result = corpus.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"*{message}*"])


def test_example_file_in_under_ten_lines(corpus):
    corpus.makepyfile(
        test_new_user="""
        import pytest
        from claimcheck.testing import assert_corroborated

        @pytest.mark.claimcheck("corpus")
        def test_ties_cut(claimcheck_report):
            assert_corroborated(claimcheck_report, "Ukraine cut ties with North Korea on 13 July 2022.")
        """
    )
    corpus.runpytest().assert_outcomes(passed=1)
