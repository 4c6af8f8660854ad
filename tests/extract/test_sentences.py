"""Sentence splitting with offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Lee met Dr. Park. They talked.", ["Mr. Lee met Dr. Park.", "They talked."]),
        (
            "Troops left the U.S. base at 5 p.m. on Friday.",
            ["Troops left the U.S. base at 5 p.m. on Friday."],
        ),
        ("It aided the U.S. The talks failed.", ["It aided the U.S.", "The talks failed."]),
        ('"We will win," he said. "Never."', ['"We will win," he said.', '"Never."']),
        ("Gen. J. Smith spoke. Rain fell!", ["Gen. J. Smith spoke.", "Rain fell!"]),
        (
            "Headline without a stop\nBody starts here. And ends.",
            ["Headline without a stop", "Body starts here.", "And ends."],
        ),
        ("No punctuation at all in this long text", ["No punctuation at all in this long text"]),
        # a case's name
        (
            "The court overturned Roe v. Wade on Friday. It ruled 5-4.",
            ["The court overturned Roe v. Wade on Friday.", "It ruled 5-4."],
        ),
        # a clock time ends its sentence, unless a day, a date or a time zone follows it
        (
            "The car hit the crowd at about 10:30 a.m. Some of the injured were hurt.",
            ["The car hit the crowd at about 10:30 a.m.", "Some of the injured were hurt."],
        ),
        ("It struck at 10:30 a.m. Sunday in Zenda.", ["It struck at 10:30 a.m. Sunday in Zenda."]),
        ("It landed at 6:03 p.m. Zenda time.", ["It landed at 6:03 p.m. Zenda time."]),
        ("It hit at 11 p.m. (2200 GMT) on Friday.", ["It hit at 11 p.m. (2200 GMT) on Friday."]),
        (
            "It began at 9 p.m. GMT on Friday. It ended.",
            ["It began at 9 p.m. GMT on Friday.", "It ended."],
        ),
    ],
)
def test_split(text, expected):
    assert sentences(text) == expected


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"'”AB")), max_size=200))
def test_spans_are_ordered_non_empty_substrings(text):
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last = end
