"""Fact tests that check nothing must fail: every false green reported, and the noise fixed."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Source, UsageError
from claimcheck.testing import (
    FactError,
    assert_conflict,
    assert_corroborated,
    assert_no_conflicts,
)
from tests.conftest import FIXTURES

SEED = FIXTURES / "ukraine-dprk-2022"


@pytest.fixture(scope="module")
def seed() -> claimcheck.Report:
    return claimcheck.check(SEED)


@pytest.fixture(scope="module")
def denials() -> claimcheck.Report:
    return claimcheck.check(
        [
            Source(id="a", text="Police did not arrest Rafiq Hasan, a spokesman said."),
            Source(id="b", text="The police have not arrested Rafiq Hasan."),
            Source(id="c", text="A fire at the factory killed nine people."),
        ]
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda r: assert_no_conflicts(r, predicate="arest"), "did you mean 'arrest'"),
        (lambda r: assert_no_conflicts(r, subject="polise"), "did you mean 'police'"),
        (lambda r: assert_no_conflicts(r, subjct="police"), "did you mean 'subject'"),
        (lambda r: assert_conflict(r, kind="valeu"), "did you mean 'value'"),
        (lambda r: assert_conflict(r, polarity="maybe"), "polarity 'maybe'"),
        (lambda r: assert_corroborated(r, predicate="arest", subject="police"), "'arest'"),
        (lambda r: assert_corroborated(r, subject="police", time="not a date"), "not a date"),
        (lambda r: assert_corroborated(r, subject="police", min_sources=0), "at least 1"),
    ],
)
def test_a_description_that_can_never_match_is_a_usage_error(denials, call, message):
    with pytest.raises(UsageError, match=message):
        call(denials)


def test_two_independent_denials_are_an_agreement(denials):
    finding = assert_corroborated(
        denials, subject="police", predicate="arrest", object="Rafiq Hasan", polarity="negated"
    )
    assert finding.kind == "agreement"
    assert finding.sources == ["a", "b"]


def test_corroboration_never_passes_on_an_uncorroborated_finding(denials):
    with pytest.raises(FactError, match="not corroborated by 2"):
        assert_corroborated(denials, subject="fire", predicate="kill")


def test_a_lexicon_given_to_the_extractor_is_used_everywhere(tmp_path):
    extra = tmp_path / "lex.yaml"
    extra.write_text(
        "predicates:\n  evacuate:\n    label: evacuated\n    verbs: ['evacuate~']\n",
        encoding="utf-8",
    )
    lexicon = claimcheck.load_lexicon(extra)
    report = claimcheck.check(
        [Source(id="a", text="Police evacuated the village."), Source(id="b", text="Police evacuated the village on Monday.")],
        extractor=claimcheck.ParseExtractor(lexicon),
    )  # fmt: skip
    summaries = " ".join(f.summary for f in report.findings)
    assert "evacuated" in summaries
    assert "evacuate " not in summaries


def test_a_source_built_in_code_reads_its_dateline_and_wire():
    report = claimcheck.check(
        Source(id="a", text="Last Updated 13 July 2022, 19:19 IST\nDHAKA (Reuters) - A fire killed 9 people.")
    )  # fmt: skip
    source = report.sources[0]
    assert source.published is not None
    assert source.published.isoformat() == "2022-07-13"
    assert source.wire == "Reuters"
    assert "DHAKA" in source.text  # the text, and every offset, stay as given


def test_the_author_header_is_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "author: Jane Doe\noutlet: Daily\n\nA fire killed 9 people.\n", encoding="utf-8"
    )
    report = claimcheck.check(path)
    assert report.sources[0].author == "Jane Doe"
    assert '"author":"Jane Doe"' in report.model_dump_json()


# -- the plugin, in pytester ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("corpus: [corpus]\nagreements:\n  - {abot: {subject: Kyiv}}\n", "unknown key 'agreements.0.abot'*did you mean*"),
        ("corpus: [corpus]\nconflcit: []\n", "unknown key 'conflcit'*did you mean 'conflicts'*"),
        ("corpus: [corpus]\nagreements:\n  - just a string\n", "agreements.0*"),
    ],
)  # fmt: skip
def test_fact_file_mistakes_fail_at_collection(corpus, content, message):
    corpus.makefile(".yaml", facts_bad=content)
    result = corpus.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"*{message}"])
    assert "Traceback" not in result.stdout.str()


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1"])
def test_fact_files_in_other_encodings_are_read(corpus, encoding):
    text = "corpus: [corpus]\nagreements:\n  - {subject: Kyiv, predicate: sever_ties, object: DPRK}  # Kyïv\n"
    (corpus.path / "facts_enc.yaml").write_bytes(text.encode(encoding))
    corpus.runpytest().assert_outcomes(passed=1)


def test_sources_as_one_string_and_in_any_order(corpus):
    corpus.makefile(
        ".yaml",
        facts_src=(
            "corpus: [corpus]\n"
            "uncorroborated:\n  - {subject: Belarus, predicate: recognise, sources: iria-2022-07}\n"
            "conflicts:\n  - {conflict: rank, about: {subject: North Korea, predicate: recognise},"
            " sources: [iria-2022-07, dh-2022-07-13]}\n"
        ),
    )
    corpus.runpytest().assert_outcomes(passed=2)


def test_a_failure_shows_the_users_line_and_the_message_only(corpus):
    corpus.makepyfile(
        test_one="""
        import pytest
        from claimcheck.testing import assert_corroborated

        @pytest.mark.claimcheck("corpus")
        def test_ties(claimcheck_report):
            assert_corroborated(claimcheck_report, "Ukraine cut ties with North Korea on 14 July 2022.")
        """
    )
    result = corpus.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    lines = result.stdout.lines
    failure = lines[lines.index(next(x for x in lines if "FAILURES" in x)) :]
    body = [x for x in failure if "short test summary" in x]
    end = failure.index(body[0]) if body else len(failure)
    assert end < 25, "\n".join(failure[:end])
    assert "claimcheck/testing.py" not in "\n".join(failure)
    result.stdout.fnmatch_lines(["*different time (July 13)*"])


def test_report_option_creates_its_folder_and_follows_the_extension(corpus):
    corpus.makefile(
        ".yaml",
        facts_seed="corpus: [corpus]\nno_conflicts:\n  - {subject: North Korea, predicate: comment}\n",
    )
    result = corpus.runpytest("--claimcheck-report", "out/r.html")
    result.assert_outcomes(passed=1)
    assert result.ret == 0
    page = (corpus.path / "out" / "r.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")


def test_report_option_on_an_input_fails_in_one_line_not_a_traceback(corpus):
    corpus.makefile(
        ".yaml",
        facts_seed="corpus: [corpus]\nno_conflicts:\n  - {subject: North Korea, predicate: comment}\n",
    )
    result = corpus.runpytest("--claimcheck-report", "corpus/iria-2022-07.txt")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*claimcheck: report not written:*"])
    assert "Traceback" not in result.stdout.str()


def test_a_failing_fact_file_item_prints_under_25_lines(corpus):
    corpus.makefile(
        ".yaml",
        facts_one="corpus: [corpus]\nagreements:\n  - {subject: Kyiv, predicate: sever_ties, object: DPRK, time: 2022-07-14}\n",
    )  # fmt: skip
    result = corpus.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    assert len(result.stdout.lines) < 25, result.stdout.str()
    result.stdout.fnmatch_lines(["*different time*"])


def test_the_text_under_test_is_named_as_such(seed):
    with pytest.raises(FactError) as caught:
        claimcheck.testing.assert_supported(
            "North Korea was the first country to recognise the two breakaway regions.", by=seed
        )
    message = str(caught.value)
    assert "Text-under-test" not in message
    assert "as of undated" not in message
