"""The predicate lexicon: notation, inflection, extension by users, and clear errors."""

from __future__ import annotations

import pytest

from claimcheck import UsageError, load_aliases, load_lexicon
from claimcheck.normalise import EntityRegistry, default_lexicon
from claimcheck.normalise._predicates import inflect


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        (
            "recognise",
            {"recognise", "recognises", "recognised", "recognising", "recognize", "recognized"},
        ),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("ban", {"ban", "bans", "banned", "banning"}),
        ("attack", {"attack", "attacks", "attacked", "attacking"}),
        ("push", {"push", "pushes", "pushed", "pushing"}),
    ],
)
def test_inflect(lemma, forms):
    assert forms <= set(inflect(lemma))


@pytest.mark.parametrize(
    ("text", "predicate", "form"),
    [
        ("Chile severed diplomatic ties with Peru", "sever_ties", "verb"),
        ("the severance of ties with Peru", "sever_ties", "noun"),
        ("Chile broke off relations with Peru", "sever_ties", "verb"),
        ("Chile recognized Eastmark", "recognise", "verb"),
        ("the annexation of Westmark", "annex", "noun"),
        ("Ruritania launched a full-scale invasion of Sylvania", "invade", "verb"),
        ("Kalnina won the presidential run-off", "win_election", "verb"),
        ("a death toll from the storm", "kill", "noun"),
        ("the US imposed new sanctions on Iran", "sanction", "verb"),
        ("police took three men into custody", "arrest", "verb"),
        ("the mayor was shot dead on Monday", "kill", "verb"),
        ("gunmen shot two guards dead", "kill", "verb"),
        ("a man was stabbed to death", "kill", "verb"),
    ],
)
def test_surface_forms(text, predicate, form):
    found = list(default_lexicon().find(text))
    assert [(m.predicate, m.form) for m in found][:1] == [(predicate, form)]


def test_every_predicate_has_a_label_and_a_form():
    lexicon = default_lexicon()
    assert len(lexicon.specs) >= 25
    for spec in lexicon.specs.values():
        assert spec.label


def test_user_lexicon_extends_the_shipped_one(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "predicates:\n  evacuate:\n    label: evacuated\n    verbs: ['evacuate~']\n    functional: [quantity]\n",
        "utf-8",
    )
    lexicon = load_lexicon(extra)
    assert [m.predicate for m in lexicon.find("Officials evacuated 300 residents")] == ["evacuate"]
    assert "sever_ties" in lexicon.specs
    assert lexicon.specs["evacuate"].base is None  # read off the label: "evacuate"


def test_a_lexicon_entry_gives_its_verb_in_the_infinitive(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "predicates:\n  flee:\n    label: fled from\n    base: flee from\n"
        "    verbs: ['flee|flees|fled|fleeing from']\n",
        "utf-8",
    )
    assert load_lexicon(extra).specs["flee"].base == "flee from"


def test_a_lexicon_entry_says_its_act_is_done_once(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "predicates:\n  fire:\n    label: fired\n    verbs: ['fire~']\n    once: true\n", "utf-8"
    )
    lexicon = load_lexicon(extra)
    assert lexicon.specs["fire"].once
    assert lexicon.specs["dismiss"].once
    assert not lexicon.specs["sever_ties"].once


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("predicates:\n  Bad-Id: {label: x}\n", "predicate 'Bad-Id'"),
        ("predicates:\n  p: {verbs: ['{nomacro}']}\n", "unknown macro"),
        ("predicates:\n  p: {verbs: ['(unclosed']}\n", "not a valid pattern"),
        ("- a list\n", "mapping"),
        ("counted:\n  - [lorry, truck]\n", "needs a mapping with a list of nouns"),
        ("counted:\n  - {nouns: lorry}\n", "must be a list"),
        ("measures:\n  price: {intraday: often}\n", "must be true or false"),
        ("measures:\n  move: {daily: sometimes}\n", "must be true or false"),
        ("measures:\n  cuts: {planned: maybe}\n", "must be true or false"),
        ("measures:\n  price: {priced: bond}\n", "must be a list"),
        ("opposites:\n  - [win]\n", "list of two verb lemmas"),
        ("agentless: evacuate\n", "list of verb lemmas"),
    ],
)
def test_bad_lexicon_files(tmp_path, content, fragment):
    path = tmp_path / "bad.yaml"
    path.write_text(content, "utf-8")
    with pytest.raises(UsageError, match=fragment):
        load_lexicon(path)


def test_user_counted_nouns_join_the_shipped_ones(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("counted:\n  - nouns: [ferry, boat]\n    within: [sink, capsize]\n", "utf-8")
    measures = load_lexicon(extra).measures
    assert measures.counted_as("boat", {"capsize"}) == "ferry"
    assert measures.counted_as("boat", {"race"}) == "boat"  # outside its words
    assert measures.counted_as("lorry", set()) == "truck"  # the shipped groups stay


def test_user_animals_join_the_shipped_ones(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("animals: [reindeer, yaks]\n", "utf-8")
    animals = load_lexicon(extra).measures.animals
    assert {"reindeer", "yak", "cattle"} <= animals


def test_a_noun_of_two_groups_is_counted_by_the_one_its_clause_holds():
    measures = default_lexicon().measures
    assert measures.counted_as("car", {"derail", "train"}) == "carriage"
    assert measures.counted_as("car", {"crash"}) == "vehicle"
    assert measures.counted_as("vehicle", set()) == "vehicle"


def test_user_opposites_join_the_shipped_ones(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("opposites:\n  - [open, close]\n", "utf-8")
    lexicon = load_lexicon(extra)
    assert lexicon.open_predicate("close") == "open:open"
    assert lexicon.opposed("close")
    assert lexicon.opposed("acquit")  # the shipped pairs stay
    assert {"closed", "acquitted"} <= lexicon.opposite_words


def test_user_agentless_verbs_join_the_shipped_ones(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("agentless: [rescue]\n", "utf-8")
    lexicon = load_lexicon(extra)
    assert {"rescue", "recover"} <= lexicon.agentless


def test_user_priced_nouns_name_a_measure(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "measures:\n  bond_price: {label: bond price, about: subject, intraday: true,"
        " priced: [bond]}\n",
        "utf-8",
    )
    measures = load_lexicon(extra).measures
    assert measures.by_priced["bond"].id == "bond_price"
    assert measures.by_priced["bond"].intraday
    assert measures.by_priced["share"].id == "share_price"  # the shipped one stays


def test_alias_file(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("Freedonia: [Republic of Freedonia, Fredonia]\n", "utf-8")
    aliases = load_aliases(path)
    reg = EntityRegistry(["Freedonia", "Fredonia", "Republic of Freedonia"], aliases)
    assert len({reg.id_of(n) for n in ["Freedonia", "Fredonia", "Republic of Freedonia"]}) == 1


def test_touching_down_is_landing():
    lexicon = default_lexicon()
    assert lexicon.open_predicate("touch_down") == lexicon.open_predicate("land") == "open:land"
