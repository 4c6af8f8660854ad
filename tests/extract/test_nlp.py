"""Choosing and loading the spaCy pipeline: by argument, environment or default; clear errors."""

from __future__ import annotations

import pytest

from claimcheck import ModelError, ParseExtractor, Source, check
from claimcheck.cli import main
from claimcheck.extract import DEFAULT_MODELS, load_pipeline, resolve_model


def test_default_is_an_installed_english_pipeline():
    name = resolve_model()
    assert name in DEFAULT_MODELS
    nlp = load_pipeline(name)
    assert "parser" in nlp.pipe_names
    assert load_pipeline(name) is nlp  # once per process


def test_environment_names_the_pipeline(monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_SPACY_MODEL", "no_such_pipeline_xyz")
    with pytest.raises(ModelError, match=r"no_such_pipeline_xyz.*pip install"):
        resolve_model()
    assert resolve_model(DEFAULT_MODELS[-1]) == DEFAULT_MODELS[-1]  # an argument wins


def test_missing_pipeline_in_the_library():
    with pytest.raises(ModelError, match="not installed"):
        ParseExtractor(model="no_such_pipeline_xyz")
    with pytest.raises(ModelError):
        check("fixtures/ukraine-dprk-2022", model="no_such_pipeline_xyz")


def test_missing_pipeline_on_the_command_line(capsys):
    status = main(["check", "fixtures/ukraine-dprk-2022", "--model", "no_such_pipeline_xyz"])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1
    assert "pip install" in err


def test_the_extractor_pickles_without_its_pipeline():
    import pickle

    extractor = ParseExtractor()
    copy = pickle.loads(pickle.dumps(extractor))
    assert copy.model == extractor.model
    assert len(pickle.dumps(extractor)) < 200_000


def test_a_word_with_a_verb_making_prefix_is_one_token_with_its_stems_lemma():
    nlp = load_pipeline(resolve_model(None))
    doc = nlp("Jo Bloggs co-founded Globex and will re-open its plant, a well-known site.")
    words = {t.text: t for t in doc}
    assert words["co-founded"].lemma_ == "co-found"
    assert words["re-open"].lemma_ == "re-open"
    assert words["co-founded"].dep_ == "ROOT"  # the verb, not a verb "co" and a conjunct
    # other hyphens still part the words they join
    assert {"well", "-", "known"} <= set(words)


def test_a_prefixed_verb_is_read_as_the_verb_it_is():
    (claim,) = ParseExtractor().extract(
        Source(id="s", text="The company will re-open the factory in May.")
    )
    assert (claim.subject, claim.predicate, claim.object) == (
        "company",
        "open:re-open",
        "factory",
    )
