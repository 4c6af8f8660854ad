"""Hand-written claim files."""

from __future__ import annotations

import json

import pytest

from claimcheck import ClaimFileError, load_source
from claimcheck.sources._load import load_path

GOOD = """\
source: {id: ministry, outlet: Ministry, published: 2024-03-01}
claims:
  - subject: Ruritania
    predicate: sever_ties
    object: Freedonia
    time: 2024-03-01
    quote: "Ruritania cut ties with Freedonia on Friday."
  - subject: Ruritania
    predicate: recognise
    object: [Eastland, Westland]
    rank: 2
    after: [Osterlich]
    quote: "It was the second to recognise them."
"""


def test_claims_and_text_from_quotes(write):
    loaded = load_path(write("m.claims.yaml", GOOD))
    assert loaded.source.id == "ministry"
    assert loaded.claims is not None
    first, second = loaded.claims
    assert loaded.source.text.splitlines() == [first.text, second.text]
    assert first.time is not None
    assert first.time.precision == "day"
    assert second.object == "Eastland & Westland"
    assert second.after == ["Osterlich"]
    for claim in loaded.claims:
        assert loaded.source.text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote


def test_json_claim_file(write):
    data = {
        "claims": [{"subject": "A", "predicate": "annex", "object": "B", "quote": "A annexed B."}]
    }
    loaded = load_path(write("x.claims.json", json.dumps(data)))
    assert loaded.source.id == "x"
    assert loaded.claims is not None
    assert loaded.claims[0].predicate == "annex"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("claims: []", "claims: List should have at least 1 item"),
        ("claims:\n  - {predicate: annex, quote: q, colour: red}", "claims.0.colour"),
        ("claims:\n  - {predicate: Annex!, quote: q}", "claims.0.predicate"),
        ("claims:\n  - {predicate: annex}", "claims.0.quote"),
        (
            "source: {text: Some text.}\nclaims:\n  - {predicate: annex, quote: absent}",
            "not found verbatim",
        ),
        ("claims:\n  - {predicate: annex, quote: q, time: whenever}", "claims.0.time"),
        ("- just a list", "a mapping"),
        ("claims: [unclosed", "invalid YAML"),
        ("a: &x [1]\nb: *x", "aliases are not allowed"),
        ("x: !!python/object:os.system {}", "invalid YAML"),
    ],
)
def test_bad_claim_files_name_the_field(write, content, fragment):
    path = write("bad.claims.yaml", content)
    with pytest.raises(ClaimFileError, match=fragment.replace("(", r"\(")) as err:
        load_source(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("time", "precision"),
    [("2024-03", "month"), ("2024", "year"), ("July 13", "day"), ("13 July 2022", "day")],
)
def test_time_forms(write, time, precision):
    content = f"source: {{published: 2024-08-01}}\nclaims:\n  - {{predicate: annex, time: '{time}', quote: q}}"
    loaded = load_path(write("t.claims.yaml", content))
    assert loaded.claims is not None
    assert loaded.claims[0].time is not None
    assert loaded.claims[0].time.precision == precision
