"""Every verdict kind and every conflict kind, on hand-written claim files."""

from __future__ import annotations

import datetime as dt

import pytest

import claimcheck
from tests.judge.conftest import kinds, outlets, run, source, told

CUT = {"subject": "Kiev", "predicate": "sever_ties", "object": "Pyongyang"}


def recognises(subject: str, **fields: object) -> dict[str, object]:
    """A hand-written claim that ``subject`` recognised Eastmark, with ``fields`` added."""
    return {"subject": subject, "predicate": "recognise", "object": "Eastmark", **fields}


def test_agreement_across_spellings_and_aliases():
    report = run(
        source("a", [{**CUT, "quote": "Kiev cut ties with Pyongyang."}]),
        source(
            "b",
            [
                {
                    "subject": "Ukraine",
                    "predicate": "sever_ties",
                    "object": "DPRK",
                    "quote": "Ukraine severed ties with the DPRK.",
                }
            ],
        ),
    )
    assert kinds(report) == [("agreement", None)]
    finding = report.findings[0]
    assert finding.sources == ["a", "b"]
    assert [s.quote for s in finding.evidence] == [
        "Kiev cut ties with Pyongyang.",
        "Ukraine severed ties with the DPRK.",
    ]
    assert "2 independent sources" in finding.summary


def test_symmetric_predicate_matches_either_direction():
    report = run(
        source("a", [{**CUT, "quote": "q1"}]),
        source(
            "b",
            [
                {
                    "subject": "North Korea",
                    "predicate": "sever_ties",
                    "object": "Ukraine",
                    "quote": "q2",
                }
            ],
        ),
    )
    assert kinds(report) == [("agreement", None)]


def test_uncorroborated():
    report = run(
        source("a", [{**CUT, "quote": "q"}]),
        source("b", [{"subject": "Chile", "predicate": "annex", "object": "Peru", "quote": "r"}]),
    )
    assert kinds(report) == [("uncorroborated", None), ("uncorroborated", None)]
    assert all(not f.in_conflict for f in report.findings)


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        ('the parents were distraught."', "“the parents were distraught”"),
        ('"No one was found alive in that family.', "“No one was found alive in that family”"),
        ("- Buildings collapsed in the old city.", "“Buildings collapsed in the old city”"),
        ('the deal was the "best solution"', '“the deal was the "best solution"”'),
    ],
)
def test_a_summary_quotes_a_clause_without_marks_its_cut_left_open(quote, shown):
    report = run(source("a", [{"predicate": "open:say", "subject": "x", "quote": quote}]))
    assert [f.summary for f in report.findings] == [f"Only a says: {shown}."]


def test_a_summary_names_whom_an_opening_pronoun_stands_for():
    report = told(
        a="Jo Bloggs was arrested on Monday. He said he had lost his passport.",
        b="Acme Corp posted a loss. It said it had closed its plant in Zenda.",
    )
    summaries = {f.summary for f in report.findings}
    assert "Only a says: “he [Jo Bloggs] had lost his passport”." in summaries
    assert "Only b says: “it [Acme Corp] had closed its plant in Zenda”." in summaries
    # a pronoun that does not fit what it was read as is left alone
    wrong = run(
        source("c", [{"predicate": "open:promise", "subject": "Zenda", "quote": "She promised"}])
    )
    assert [f.summary for f in wrong.findings] == ["Only c says: “She promised”."]


def test_an_act_with_no_actor_named_is_summarised_in_the_passive():
    report = run(
        source("a", [{"predicate": "accuse", "object": "Chile", "quote": "Chile was accused"}]),
        source("b", [{"predicate": "sever_ties", "object": "Peru", "quote": "ties were cut"}]),
    )
    summaries = sorted(f.summary for f in report.findings)
    # a one-word act reads as a passive; a phrase with its preposition keeps "someone"
    assert summaries == [
        "Only a says: Chile was accused.",
        "Only b says: someone severed ties with Peru.",
    ]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Police said the four had been arrested near the border.", "the four were arrested"),
        ("Police said the 11 had been detained.", "11 were arrested"),
        ("Police said the suspect had been arrested near the border.", "the suspect was arrested"),
    ],
)
def test_a_described_patient_counted_as_many_takes_a_plural_verb(text, shown):
    (finding,) = told(a=text).findings
    assert finding.summary == f"Only a says: {shown}."


@pytest.mark.parametrize(
    ("predicate", "did"),
    [
        ("attack", "Zenda did not strike Westmark"),  # irregular: "struck"
        ("invade", "Zenda did not invade Westmark"),  # "-ed" after a silent "e"
        ("sanction", "Zenda did not impose sanctions on Westmark"),
        ("withdraw", "Zenda did not withdraw from Westmark"),
        ("meet", "Zenda did not meet Westmark"),
    ],
)
def test_a_denied_act_reads_with_its_verb_in_the_infinitive(predicate, did):
    claim = {"predicate": predicate, "subject": "Zenda", "object": "Westmark"}
    report = run(source("a", [{**claim, "polarity": "negated", "quote": "It did not."}]))
    assert [f.summary for f in report.findings] == [f"Only a says: {did}."]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Hundreds of people have been injured, officials said.", "Hundreds of people"),
        ("Dozens of people have been injured, officials said.", "Dozens of people"),
        # a number takes no "of"
        ("More than 300 people have been injured, officials said.", "More than 300 people"),
    ],
)
def test_a_count_told_by_a_plural_number_word_reads_with_of(text, shown):
    (finding,) = told(a=text).findings
    assert finding.summary.startswith(f"Only a says: {shown} were injured")


def test_a_hedged_act_alone_is_told_in_its_own_words():
    report = told(a="Jo Bloggs could have been jailed for up to 12 years.")
    assert [f.summary for f in report.findings] == [
        "Only a says: “Jo Bloggs could have been jailed for up to 12 years”."
    ]


def test_polarity_conflict():
    report = run(
        source("a", [{**CUT, "quote": "Kiev cut ties."}]),
        source("b", [{**CUT, "polarity": "negated", "quote": "Kiev did not cut ties."}]),
    )
    assert ("conflict", "polarity") in kinds(report)
    conflict = report.of_kind("conflict")[0]
    assert {s.quote for s in conflict.evidence} == {"Kiev cut ties.", "Kiev did not cut ties."}
    # the conflict shows both sides with their support; they are not listed again
    assert report.of_kind("uncorroborated") == []
    assert conflict.resolution is not None
    sides = sorted((s.sources, s.value.startswith("not: ")) for s in conflict.resolution.support)
    assert sides == [(["a"], False), (["b"], True)]


@pytest.mark.parametrize(
    ("denial", "told", "conflict"),
    [
        ("No ransom was paid, the minister said.",
         "An official said a ransom of $2 million had been paid for their release.", True),
        ("The government paid no ransom.", "The government paid a ransom of $2 million.", True),
        # (another thing paid is no denial of it)
        ("The government paid no ransom.", "The government paid a fine of $2 million.", False),
    ],
)  # fmt: skip
def test_an_act_denied_without_a_figure_meets_the_act_told_with_one(denial, told, conflict):
    report = _two_outlets(denial, told)
    found = [f for f in report.of_kind("conflict") if f.conflict == "polarity"]
    assert bool(found) == conflict


def test_time_conflict_and_compatible_precision():
    report = run(
        source("a", [{**CUT, "time": "2024-03-01", "quote": "q1"}]),
        source("b", [{**CUT, "time": "2024-03-05", "quote": "q2"}]),
        source("c", [{**CUT, "time": "March 1", "quote": "q3"}], published=dt.date(2024, 3, 2)),
    )
    # one conflict for the proposition: b disagrees with a and with c; a and c agree
    (conflict,) = [f for f in report.of_kind("conflict") if f.conflict == "time"]
    assert conflict.sources == ["a", "b", "c"]
    assert conflict.resolution is not None
    assert [(s.sources, s.families) for s in conflict.resolution.support] == [
        (["a", "c"], 2),
        (["b"], 1),
    ]
    # never an agreement and a conflict over the same quotes
    assert not any(set(f.claims) & set(conflict.claims) for f in report.of_kind("agreement"))


def test_value_conflict_shows_the_oldest_first_and_is_marked_evolving():
    kill = {"subject": "the earthquake", "predicate": "kill"}
    report = run(
        source(
            "late",
            [{**kill, "quantity": 120, "quote": "killed 120"}],
            published=dt.date(2024, 3, 3),
        ),
        source(
            "early", [{**kill, "quantity": 40, "quote": "killed 40"}], published=dt.date(2024, 3, 1)
        ),
    )
    conflict = next(f for f in report.of_kind("conflict") if f.conflict == "value")
    assert conflict.summary.index("40") < conflict.summary.index("120")
    assert "as of 2024-03-01" in conflict.summary
    assert any("evolving" in n for n in conflict.notes)


def test_overlapping_ranges_are_no_value_conflict():
    kill = {"subject": "the flood", "predicate": "kill"}
    report = run(
        source("a", [{**kill, "quantity": {"low": 40}, "quote": "more than 40"}]),
        source("b", [{**kill, "quantity": 45, "quote": "45"}]),
    )
    assert not report.of_kind("conflict")


def test_rank_conflict():
    report = run(
        source("a", [recognises("Ghana", rank=2, quote="second")]),
        source("b", [recognises("Ghana", rank=3, quote="third")]),
    )
    assert ("conflict", "rank") in kinds(report)


def test_ranks_in_two_scopes_do_not_conflict():
    # the third EU country and the fourth European country can both be Ghana
    report = run(
        source("a", [recognises("Ghana", rank=3, rank_scope="EU country", quote="third")]),
        source(
            "b",
            [
                recognises(
                    "Ghana",
                    rank=4,
                    rank_scope="European country",
                    after=["Chile", "Peru", "Norway"],
                    quote="fourth",
                )
            ],
        ),
    )
    assert not report.of_kind("conflict")
    # (in one scope they do)
    report = run(
        source("a", [recognises("Ghana", rank=3, rank_scope="EU country", quote="third")]),
        source("b", [recognises("Ghana", rank=4, rank_scope="EU country", quote="fourth")]),
    )
    assert ("conflict", "rank") in kinds(report)


def test_derived_rank_conflict_names_the_minimum_order():
    report = run(
        source(
            "a",
            [
                recognises(
                    "Ghana", rank=2, after=["Chile"], quote="Ghana was the second, after Chile."
                )
            ],
        ),
        source(
            "b",
            [recognises("Peru", before=["Ghana"], quote="Peru did so before Ghana.")],
        ),
    )
    conflict = next(f for f in report.of_kind("conflict") if f.conflict == "rank")
    assert "at least the third" in conflict.explanation
    assert {s.quote for s in conflict.evidence} == {
        "Ghana was the second, after Chile.",
        "Peru did so before Ghana.",
    }
    chile = [f for f in report.of_kind("uncorroborated") if "Chile" in f.summary]
    assert chile, "the named predecessor is a claim of its own"


def test_dates_order_the_events_for_the_derived_conflict():
    report = run(
        source(
            "a",
            [recognises("Ghana", rank=1, time="2024-05-02", quote="Ghana was the first.")],
        ),
        source(
            "b",
            [recognises("Peru", time="2024-04", quote="Peru recognised it in April.")],
        ),
    )
    assert ("conflict", "rank") in kinds(report)


def test_unnamed_predecessors_leave_room():
    report = run(
        source(
            "a",
            [recognises("Ghana", rank=3, after=["Chile"], quote="third")],
        ),
        source(
            "b",
            [recognises("Peru", before=["Ghana"], quote="earlier")],
        ),
    )
    assert not report.of_kind("conflict")


def test_attribution_conflict():
    words = "The border will stay closed"
    claim = {"subject": "Chile", "predicate": "open:close", "modality": "reported", "quote": words}
    report = run(
        source(
            "a",
            [{**claim, "attributed_to": "Maria Ruiz"}],
            text=f'Maria Ruiz told a rally: "{words}".',
        ),
        source(
            "b",
            [{**claim, "attributed_to": "Luis Ortega"}],
            text=f'"{words}," Luis Ortega said on radio.',
        ),
    )
    assert ("conflict", "attribution") in kinds(report)


def test_time_scoped_statement_does_not_conflict():
    report = run(
        source(
            "a",
            [
                {
                    "subject": "Chile",
                    "predicate": "comment",
                    "polarity": "negated",
                    "scoped": True,
                    "quote": "no immediate comment from Chile",
                }
            ],
        ),
        source(
            "b",
            [
                {
                    "subject": "Chile",
                    "predicate": "comment",
                    "quote": "Chile said in a statement ...",
                }
            ],
        ),
    )
    assert not report.of_kind("conflict")


def test_same_wire_counts_once():
    claim = {**CUT, "quote": "Kiev cut ties with Pyongyang."}
    report = run(source("a", [claim], wire="AFP"), source("b", [claim], wire="AFP"))
    assert not report.of_kind("agreement")
    assert [f.sources for f in report.families] == [["a", "b"]]
    assert report.of_kind("uncorroborated")[0].sources == ["a", "b"]


def test_copied_text_counts_once():
    text = " ".join(
        f"Sentence number {i} of a long wire story about the border closure." for i in range(6)
    )
    claim = {**CUT, "quote": "Sentence number 0"}
    report = run(
        source("a", [claim], text=text), source("b", [claim], text=text + " An extra line.")
    )
    assert report.families
    assert not report.of_kind("agreement")


def test_reported_and_hedged_agreements_say_so():
    report = run(
        source("a", [{**CUT, "modality": "reported", "attributed_to": "Kyiv", "quote": "q1"}]),
        source("b", [{**CUT, "modality": "hedged", "quote": "q2"}]),
    )
    notes = report.of_kind("agreement")[0].notes
    assert any("reported" in n for n in notes)
    assert any("hedged" in n for n in notes)


def test_claims_in_different_places_are_different_propositions():
    import claimcheck

    a = claimcheck.Source(id="a", text="Police in Norway arrested 11 protesters on Monday.")
    b = claimcheck.Source(id="b", text="Police in Sweden did not arrest anyone on Monday.")
    c = claimcheck.Source(id="c", text="Police in Sweden arrested 40 protesters on Monday.")
    report = claimcheck.check([a, b, c])
    conflicts = report.of_kind("conflict")
    assert [(f.conflict, f.sources) for f in conflicts] == [("polarity", ["b", "c"])]
    assert report.of_kind("agreement") == []


@pytest.mark.parametrize(
    ("denied_on", "conflict"),
    [
        ("2025-03-04", True),  # the same day: both cannot be right
        ("2025-03-03", False),  # a denial before the arrests: true when it was made
    ],
)
def test_no_arrests_made_meets_any_arrest_said_as_of_its_day(denied_on, conflict):
    report = _two_outlets(
        "Three managers were arrested on suspicion of negligence, police said.",
        "No arrests have been made, a police spokesman said.",
        published=(dt.date(2025, 3, 4), dt.date.fromisoformat(denied_on)),
    )
    found = [f for f in report.of_kind("conflict") if f.conflict == "polarity"]
    assert [f.sources for f in found] == ([["s0", "s1"]] if conflict else [])
    if conflict:
        # what was said, in its words (not "someone arrested")
        assert "three managers were arrested" in found[0].summary.lower()


@pytest.mark.parametrize(
    ("denial", "report", "conflict"),
    [
        ("No one was killed in the blast, police said.", "The blast killed three people.", True),
        ("Nobody was injured.", "Two people were injured in the blast.", True),
        # an open verb's denial is scoped by its words: no conflict with another finding
        ("No one was found alive in that house.", "Two survivors were found in the rubble.", False),
        # an actor's "none" denies the actor's count, when the clauses say the same
        ("Rescuers found no survivors.", "Rescuers found two survivors.", True),
        ("Police seized no weapons.", "Police seized 300 weapons in the raid.", True),
        ("Acme did not cut jobs.", "Acme cut 200 jobs.", True),
        (
            "Rescuers found no survivors in Strelsau.",
            "Rescuers found two survivors in Zenda.",
            False,
        ),
        ("Rescuers found no survivors.", "Soldiers found two survivors.", False),
        # a noun of two words, counted with its kind
        ("The building had no fire exits.", "The building had two fire exits.", True),
        # none of a noun, by no one named: the act by anyone, in any words
        ("No hostages were hurt, the ministry said.", "One hostage was slightly injured.", True),
        ("No passengers were injured.", "Gunmen wounded two passengers.", True),
        ("No passengers were injured.", "Two crew members were injured.", False),
        ("No civilians were killed in Zenda.", "Two civilians were killed in Strelsau.", False),
        # nor in another event the clauses name
        (
            "No one was killed in the attack on the studio.",
            "At least 10 people were killed in violence across the country.",
            False,
        ),
        ("No one was killed in the attack.", "Two people were killed in the attack.", True),
        ("No one was killed in the quake.", "The earthquake killed two people.", True),
        ("No one was killed in the incident.", "Two people were killed in the attack.", True),
    ],
)
def test_no_one_denies_the_act_by_anyone(denial, report, conflict):
    found = _same_day_conflicts(denial, report)
    assert [(f.conflict, f.sources) for f in found] == (
        [("polarity", ["s0", "s1"])] if conflict else []
    )
    if conflict:
        assert found[0].summary.endswith(f"“{denial.split(',')[0].rstrip('.')}”.")


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        # one thing counted differently: two statements, not one
        (
            "The government declared a state of emergency in three provinces.",
            "A state of emergency was declared in four provinces, the government said.",
            False,
        ),
        # numbers of different things do not keep alike sentences apart
        (
            "Late on Friday the magnitude 6.8 quake hit the Zenda mountains.",
            "Late on Friday a powerful quake hit the Zenda mountains, killing 600 people.",
            True,
        ),
    ],
)
def test_open_claims_that_count_one_thing_differently_do_not_agree(first, second, agree):
    report = _two_outlets(first, second)
    assert bool(report.of_kind("agreement")) == agree


@pytest.mark.parametrize(
    ("part", "whole", "conflict"),
    [
        # a part above its whole: both cannot hold (residents evacuated are all of them)
        ("About 8,000 children have been evacuated.", "Around 5,000 people were evacuated.", True),
        # a part below its whole, whatever the group
        (
            "About 3,000 children have been evacuated.",
            "Around 5,000 people were evacuated.",
            False,
        ),
        ("Seventeen children were among the dead.", "The quake killed 300 people.", False),
    ],
)
def test_a_count_of_some_is_at_most_the_count_of_all(part, whole, conflict):
    found = _same_day_conflicts(part, whole)
    assert [(f.conflict, f.sources) for f in found] == (
        [("value", ["s0", "s1"])] if conflict else []
    )
    if conflict:
        assert "about 8,000 children" in found[0].summary


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        ("The army dispatched three units of rescuers to the village on Monday.", True),
        # units sold are no rescue teams
        ("The company sold three units to the village on Monday.", False),
    ],
)
def test_teams_and_units_of_a_force_count_one_thing(second, agree):
    report = _two_outlets("The army sent three teams of rescuers to the village on Monday.", second)
    assert bool(report.of_kind("agreement")) == agree


def test_a_figure_credited_to_two_officials_is_corroboration_not_an_attribution_conflict():
    import claimcheck

    report = claimcheck.check(
        [
            claimcheck.Source(id="a", text="The fire killed nine people, police said."),
            claimcheck.Source(
                id="b", text="The fire killed nine people, the health ministry said."
            ),
        ]
    )
    assert report.of_kind("conflict") == []
    agreements = report.of_kind("agreement")
    assert agreements
    assert all(f.sources == ["a", "b"] for f in agreements)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Officials said six people were killed in Friday's strikes.",
         "Officials said 11 people were killed in the strikes on Friday and Saturday."),
        ("The rail operator said 250,000 passengers were affected on Friday.",
         "The rail operator said 800,000 passengers were affected over the weekend."),
    ],
)  # fmt: skip
def test_counts_of_acts_over_different_days_do_not_conflict(one, other):
    from claimcheck import Source

    day = dt.date(2024, 3, 9)  # a Saturday
    report = claimcheck.check(
        [Source(id="a", text=one, published=day), Source(id="b", text=other, published=day)]
    )
    assert not report.of_kind("conflict")
    # the same days' counts still do
    same = other.replace("in the strikes on Friday and Saturday", "in Friday's strikes")
    same = same.replace("over the weekend", "on Friday")
    report = claimcheck.check(
        [Source(id="a", text=one, published=day), Source(id="b", text=same, published=day)]
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["value"]


def test_an_event_happens_once_and_summaries_state_the_value():
    import claimcheck
    from claimcheck import Source

    day = dt.date(2024, 3, 6)
    report = claimcheck.check(
        [
            Source(id="a", text="The fire killed nine people on Tuesday.", published=day),
            Source(id="b", text="The fire killed nine people on Monday.", published=day),
        ]
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "time"
    assert "on Tuesday" in conflict.summary
    assert "on Monday" in conflict.summary
    # the count they agree on is an agreement that says the count
    (agreement,) = report.of_kind("agreement")
    assert "Nine" in agreement.summary or "nine" in agreement.summary
    assert not any("Monday / on Tuesday" in f.summary for f in report.findings)


def test_two_independent_denials_agree():
    import claimcheck
    from claimcheck import Source

    day = dt.date(2024, 3, 6)
    report = claimcheck.check(
        [
            Source(
                id="a", text="Police did not arrest Rafiq Hasan, officials said.", published=day
            ),
            Source(id="b", text="Rafiq Hasan was not arrested by police on Monday.", published=day),
        ]
    )
    agreements = report.of_kind("agreement")
    assert [f.sources for f in agreements] == [["a", "b"]]
    assert report.of_kind("uncorroborated") == []


@pytest.mark.parametrize(
    ("texts", "agree"),
    [
        # paraphrases of one act by the same actor on the same thing meet
        (["Police fired tear gas at fans, witnesses said.", "Police used tear gas inside the stadium.",
          "Police deployed tear gas to disperse the crowd."], True),
        # whatever the voice: the agentless passive joins the one actor said to do it
        (["Police fired tear gas at fans.", "Tear gas was fired at the crowd."], True),
        # the four ways of the issue: one act
        (["Police responded with tear gas.", "Tear gas was fired at the crowd.",
          "Police fired tear gas at fans.", "Police used tear gas in the stands."], True),
        # near misses that must not merge: another actor, another thing, another act
        (["Police fired tear gas at fans.", "Protesters used tear gas on Sunday."], False),
        (["Police fired tear gas at fans.", "Police fired rubber bullets at fans."], False),
        (["Police used tear gas at the match.", "Police praised fans at the match."], False),
    ],
)  # fmt: skip
def test_paraphrases_meet_and_near_misses_do_not(texts, agree):
    import claimcheck
    from claimcheck import Source

    day = dt.date(2024, 3, 6)
    report = claimcheck.check(
        [Source(id=f"s{k}", text=t, published=day) for k, t in enumerate(texts)]
    )
    together = [f for f in report.of_kind("agreement") if len(f.sources) == len(texts)]
    assert bool(together) == agree


def test_a_class_stated_in_other_words_is_one_proposition():
    import claimcheck
    from claimcheck import Source

    day = dt.date(2024, 3, 6)
    texts = [
        "Globex is one of 30 lenders known as globally systemically important banks.",
        "Globex is classified as a global systemically important bank, the regulator said.",
        "Initech is classified as a regional bank.",
    ]
    report = claimcheck.check(
        [Source(id=f"s{k}", text=t, published=day) for k, t in enumerate(texts)]
    )
    assert [f.sources for f in report.of_kind("agreement")] == [["s0", "s1"]]


def test_a_clause_quoted_inside_a_longer_one_is_one_finding():
    import claimcheck
    from claimcheck import Source

    report = claimcheck.check(
        [
            Source(id="a", text="The blast led the Zenda government to close the border."),
            Source(id="b", text="Acme shares rose 5% on Monday."),
        ]
    )
    (only_a,) = [f for f in report.of_kind("uncorroborated") if f.sources == ["a"]]
    assert len(only_a.claims) == 2  # "to close the border" is in it, with its evidence
    assert "led the Zenda government to close the border" in only_a.summary


def test_folding_keeps_a_clause_apart_from_a_denial_that_quotes_it():
    from claimcheck.judge._findings import fold_nested, make_finding
    from claimcheck.model import Claim, Source, Span

    text = "Officials had yet to confirm that rescue work was under way."
    src = Source(id="a", text=text)
    span = Span.of(src, 0, len(text))

    def claim(n: int, clause: str, polarity: str) -> Claim:
        return Claim(
            id=f"a#{n}",
            source="a",
            subject="officials",
            predicate="open:confirm" if n == 1 else "open:be",
            polarity=polarity,  # type: ignore[arg-type]
            text=clause,
            evidence=span,
        )

    # shown as "denied: “to confirm that rescue work was under way”"
    outer = claim(1, "to confirm that rescue work was under way", "negated")
    inner = claim(2, "that rescue work was under way", "affirmed")
    findings = [make_finding("uncorroborated", [c], c.text) for c in (outer, inner)]
    assert len(fold_nested(findings, [outer, inner])) == 2  # the denial does not hide it
    same = inner.model_copy(update={"polarity": "negated"})
    findings[1] = make_finding("uncorroborated", [same], same.text)
    (folded,) = fold_nested(findings, [outer, same])
    assert folded.claims == ["a#1", "a#2"]
    assert len(fold_nested(list(reversed(findings)), [same, outer])) == 1


def test_an_agreed_clause_inside_a_longer_agreed_clause_is_one_agreement():
    import claimcheck
    from claimcheck import Source

    said = "The government acted to secure financial stability and protect the economy in this "
    report = claimcheck.check(
        [
            Source(
                id="a",
                text="Markets fell sharply in Strelsau on Monday morning as traders weighed the "
                f"news. {said}exceptional situation, officials said.",
            ),
            Source(
                id="b",
                text="Acme chief Jo Bloggs spoke of a sad day for the bank and its staff. "
                f"{said}exceptional situation, the finance minister told reporters.",
            ),
        ]
    )
    (agreement,) = report.of_kind("agreement")
    assert agreement.sources == ["a", "b"]
    assert len(agreement.claims) == 4  # both clauses of each source
    assert "to secure financial stability" in agreement.summary


def test_an_amount_and_its_conversion_are_one_finding_stating_both():
    import claimcheck
    from claimcheck import Source

    report = claimcheck.check(
        [
            Source(
                id="a",
                text="Globex will buy Initech for 3 billion francs ($3.2 billion) in shares.",
            ),
            Source(id="b", text="Acme shares rose 5% on Monday."),
        ]
    )
    (only_a,) = [f for f in report.of_kind("uncorroborated") if f.sources == ["a"]]
    claims = {c.id: c for c in report.claims}
    assert {claims[c].population for c in only_a.claims} >= {"CHF", "USD"}
    assert only_a.summary.endswith("(amount: 3 billion CHF / $3.2 billion).")


def test_a_description_by_a_synonym_names_the_same_thing():
    import claimcheck
    from claimcheck import Source

    report = claimcheck.check(
        [
            Source(id="a", text="The quake destroyed the old bridge in Zenda on Monday."),
            Source(id="b", text="On Monday the earthquake destroyed the old bridge in Zenda."),
        ]
    )
    (agreement,) = report.of_kind("agreement")  # "quake" was another subject
    assert agreement.sources == ["a", "b"]
    assert {c.subject for c in report.claims} == {"description:earthquake"}


def test_a_candidate_s_share_is_theirs_however_it_is_said():
    day = dt.date(2024, 7, 29)
    report = _two_outlets(
        "The electoral authority declared President Jo Bloggs the winner of Sunday's "
        "presidential election with 51.2% of the vote. It said opposition candidate Maria Sanz "
        "received 44.2%.",
        "The official result of Sunday's election gave Jo Bloggs 51.2% against 44.2% for Maria "
        "Sanz. Opposition leader Axel Ruiz said Maria Sanz had won 70% of the vote.",
        published=(day, day),
    )
    # Bloggs's 51.2% is no value of Sanz's share: one agreement, and Sanz's two shares conflict
    (agreement,) = [f for f in report.of_kind("agreement") if "51.2" in f.summary]
    assert agreement.sources == ["s0", "s1"]
    (conflict,) = report.of_kind("conflict")
    assert "Maria Sanz" in conflict.summary
    assert "44.2" in conflict.summary
    assert "70" in conflict.summary
    assert "51.2" not in conflict.summary


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one who replaces another succeeds them
        (
            "Jo Bloggs will replace Maria Sanz, who announced in August that she would step down.",
            "Jo Bloggs succeeds Maria Sanz.",
        ),
        # what a maker builds it produces
        (
            "Acme produced 410,831 vehicles in the quarter.",
            "Acme built 410,831 cars in the quarter.",
        ),
        # a jet is a plane
        (
            "An Acme Airlines jet crashed near Zenda on Wednesday.",
            "An Acme Airlines plane crashed near Zenda on Wednesday.",
        ),
        # a level passed is the thing's level, however it is passed
        (
            "Bitcoin crossed $100,000 for the first time on Thursday.",
            "Bitcoin rose above $100,000 for the first time on Thursday.",
        ),
        ("Gold hit a record $2,000 an ounce on Monday.", "Gold topped $2,000 an ounce on Monday."),
        # a blackout is an outage
        (
            "The blackout began at 12:33 p.m. local time on Monday.",
            "The outage began shortly after 12:30 p.m. on Monday.",
        ),
        # what is downed is shot down
        (
            "Westmark shot down a Ruritanian drone on Wednesday.",
            "Westmark downed a drone over the border on Wednesday, officials said.",
        ),
        # what a landslide or a quake struck it hit, the villages named either way round
        (
            "The landslides struck the villages of Tarlen and Hentz early on Tuesday.",
            "The landslides hit Tarlen and Hentz villages early on Tuesday.",
        ),
        # support thrown behind someone is support
        (
            "Jo Bloggs endorsed Maria Sanz as the party's candidate on Sunday.",
            "Jo Bloggs threw his support behind Maria Sanz on Sunday, aides said.",
        ),
        # who drops out of a race withdraws from it
        (
            "Jo Bloggs withdrew from the presidential race on Sunday.",
            "Jo Bloggs dropped out of the race on Sunday, his campaign said.",
        ),
        # what caught fire burst into flames
        (
            "The bus skidded off the road near Zenda and burst into flames, police said.",
            "The bus veered off the road and caught fire shortly after noon, officials said.",
        ),
        # who a suspect is, however the police put it
        (
            "Police identified the gunman as Axel Ruiz of Zenda.",
            "Police named the suspected gunman as Axel Ruiz, from Zenda.",
        ),
    ],
)
def test_paraphrases_of_one_act_agree(first, second):
    report = _two_outlets(first, second)
    assert report.of_kind("agreement")
    assert all(f.sources == ["s0", "s1"] for f in report.of_kind("agreement"))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a denial in an event it names, in its words (not "no one was killed" anywhere)
        (
            "No one was killed in the attack on the studio.",
            "\u201cNo one was killed in the attack on the studio\u201d.",
        ),
        # a term with its length
        (
            "Jo Bloggs had been serving a 23-year sentence in Zenda.",
            "Jo Bloggs was sentenced to 23 years.",
        ),
        # a clause and its figure quoted alike, once (a closing stop is no more words)
        (
            "Judge Maria Sanz also ordered Jo Bloggs to forfeit $11 billion.",
            "\u201cJudge Maria Sanz also ordered Jo Bloggs to forfeit $11 billion\u201d "
            "(amount: $11 billion).",
        ),
    ],
)
def test_what_one_source_says_is_told_as_it_says_it(text, told):
    report = _two_outlets(text, "At least 10 people were killed in violence across the country.")
    assert not report.of_kind("conflict")
    assert [f.summary for f in report.of_kind("uncorroborated") if f.sources == ["s0"]] == [
        f"Only Zenda Star says: {told}"
    ]


def test_a_clause_naming_its_subject_gives_its_opening_pronoun_no_name():
    report = _two_outlets(
        "Jo Bloggs said on Wednesday he would nominate Maria Sanz to lead the agency.",
        "At least 10 people were killed in violence across the country.",
    )
    summaries = [f.summary for f in report.of_kind("uncorroborated") if f.sources == ["s0"]]
    # Sanz's leading is told as said, not as "he [Maria Sanz] would nominate ..."
    assert "Only Zenda Star says: \u201che would nominate Maria Sanz to lead the agency\u201d." in (
        summaries
    )


def test_two_clauses_told_in_the_same_words_are_one_finding():
    report = _two_outlets(
        "The death toll from floods in Rio Grande do Sul rose to 107 on Thursday, with 136 "
        "people still missing, the civil defence agency said.",
        "Floods in the southern Brazilian state of Rio Grande do Sul have killed at least 100 "
        "people, the state civil defence agency said on Wednesday.",
        published=(dt.date(2024, 5, 10), dt.date(2024, 5, 9)),
    )
    summaries = [f.summary for f in report.of_kind("uncorroborated") if f.sources == ["s0"]]
    assert len(summaries) == len(set(summaries))


def test_a_blackout_is_an_outage():
    report = _two_outlets(
        "The blackout began at 12:33 p.m. local time on Monday.",
        "The outage began shortly after 12:30 p.m. on Monday.",
    )
    assert {c.subject for c in report.claims} == {"description:blackout"}


def test_copies_edited_apart_say_a_clause_once():
    import claimcheck
    from claimcheck import Source

    day = dt.date(2024, 3, 6)
    common = (
        "Rescuers searched the rubble of the collapsed market in Zenda on Tuesday. "
        "The regional governor visited the site and met families of the missing. "
        "Engineers said the roof had been weakened by heavy rain over the past week. "
    )
    edited = "{}, about 200 kilometres north of Strelsau, left a chaotic scene at the market."
    report = claimcheck.check(
        [
            Source(id="a", text=common + edited.format("The accident"), published=day),
            Source(id="b", text=common + edited.format("The collapse"), published=day),
        ]
    )
    assert [f.sources for f in report.families] == [["a", "b"]]
    scene = [f for f in report.of_kind("uncorroborated") if "chaotic scene" in f.summary]
    plain = [f for f in scene if "distance" not in f.summary]
    # one finding of the family, with both copies' quotes as evidence
    assert [f.sources for f in plain] == [["a", "b"]]
    assert plain[0].summary.startswith("Only a, b (copies of one another) says: ")
    assert {e.source for e in plain[0].evidence} == {"a", "b"}


def _same_day_conflicts(first: str, second: str) -> list[claimcheck.Finding]:
    """The conflicts of two outlets' texts published on one day."""
    day = dt.date(2025, 3, 4)
    return _two_outlets(first, second, published=(day, day)).of_kind("conflict")


def _two_outlets(
    first: str, second: str, published: tuple[dt.date | None, dt.date | None] = (None, None)
) -> claimcheck.Report:
    """The report of two texts from two outlets: s0 (Zenda Star) and s1 (Strelsau Post),
    published on the days given."""
    return claimcheck.check(
        [
            claimcheck.source_from_text(
                first, id="s0", outlet="Zenda Star", published=published[0]
            ),
            claimcheck.source_from_text(
                second, id="s1", outlet="Strelsau Post", published=published[1]
            ),
        ]
    )


def _judged(report: claimcheck.Report) -> list[claimcheck.Finding]:
    """The report's conflicts and agreements: its findings but what only one source says."""
    return [f for f in report.findings if f.kind != "uncorroborated"]


@pytest.mark.parametrize(
    ("stated", "unconfirmed", "conflict"),
    [
        # a passive without its agent, and a synonym of the thing ("freight" / "goods" train)
        ("A goods train was also involved in the crash, officials said.",
         "Local media reported that a freight train was also involved, but the authorities gave "
         "no immediate confirmation of this.", True),
        # a lexicon predicate: judged by the proposition, not by pairs
        ("Police arrested Jo Bloggs, a teacher, at his home on Sunday.",
         "Local media reported that police had arrested Jo Bloggs, but police did not confirm "
         "it.", True),
        # both reported as unconfirmed: they agree on that much
        ("Local media reported that police arrested Jo Bloggs in Zenda on Sunday, but police "
         "did not confirm it.",
         "Local media reported that police arrested Jo Bloggs in Zenda on Sunday, but police "
         "did not confirm it.", False),
    ],
)  # fmt: skip
def test_a_claim_stated_against_the_same_claim_unconfirmed(stated, unconfirmed, conflict):
    report = _two_outlets(stated, unconfirmed)
    found = [f for f in report.of_kind("conflict") if f.conflict == "modality"]
    assert bool(found) == conflict
    if conflict:
        (finding,) = found
        assert finding.sources == ["s0", "s1"]
        assert finding.summary.startswith("Zenda Star states it and Strelsau Post says it was not")


@pytest.mark.parametrize(
    ("other", "kind"),
    [
        ("Jo Bloggs was sentenced to 10 years in jail on Tuesday.", "conflict"),
        ("Jo Bloggs was sentenced to 12 years on Tuesday.", "agreement"),
    ],
)
def test_a_sentence_without_its_court_meets_the_court_s(other, kind):
    report = claimcheck.check(
        [
            claimcheck.source_from_text(
                "A court in Zenda sentenced Jo Bloggs to 12 years in prison.", id="s0"
            ),
            claimcheck.source_from_text(other, id="s1"),
        ]
    )
    found = [f for f in report.of_kind(kind) if "sentenced" in f.summary]
    (finding,) = found
    assert finding.sources == ["s0", "s1"]


def test_an_opposite_verb_denies_the_act_it_is_the_opposite_of():
    report = told(
        s0="A Zenda court acquitted Jo Bloggs of fraud on Monday.",
        s1="On Monday, Jo Bloggs was convicted by a Zenda court, his lawyer said.",
    )
    (conflict,) = [f for f in report.of_kind("conflict") if f.conflict == "polarity"]
    # told by the affirming words, not by "acquitted" said to be affirmed
    assert "convicted" in conflict.summary
    assert "acquitted" not in conflict.summary
    alone = claimcheck.check(
        [claimcheck.source_from_text("The court in Zenda acquitted Jo Bloggs.", id="s0")]
    )
    # an acquittal reads as what it says, not as "denied: ... acquitted"
    assert not any("denied" in f.summary for f in alone.findings)
    # and so do acts a clause says are yet to happen, or could not
    for text in (
        "Officials had yet to confirm the toll.",
        "Rescuers were unable to reach the village.",
        "A loan from the central bank had failed to end the panic.",
        "Jo Bloggs refused to concede.",
        "With 187 bodies still to be identified, keeping them is proving a challenge.",
    ):
        alone = told(s0=text)
        assert [c.polarity for c in alone.claims] == ["negated"]
        assert not any("denied" in f.summary for f in alone.findings)


@pytest.mark.parametrize(
    ("stated", "denied", "conflict"),
    [
        ("Maria Sanz died in hospital.", "Maria Sanz did not die, her family said.", True),
        ("The Acme bridge collapsed.", "The Acme bridge did not collapse.", True),
        ("The Acme bridge collapsed.", "The Globex bridge did not collapse.", False),
    ],
)
def test_a_denied_open_claim_meets_its_plain_affirmation(stated, denied, conflict):
    # the affirmation names no date, speaker or rank: the denial alone makes the pair worth
    # comparing
    report = _two_outlets(stated, denied)
    found = [f for f in report.of_kind("conflict") if f.conflict == "polarity"]
    assert bool(found) == conflict


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Tarlenheim ferry capsized near Zenda.", "The Tarlenheim ferry overturned."),
        ("Maria Sanz perished in the fire.", "Maria Sanz died in the fire, officials said."),
        ("Jo Bloggs succumbed in hospital on Sunday.", "Jo Bloggs died in hospital."),
        ("The Westmark rocket exploded on Thursday.", "The Westmark rocket blew up on Thursday."),
        # a measure lifted, in the words of its undoing
        (
            "Jo Bloggs lifted martial law on Wednesday.",
            "Jo Bloggs revoked martial law on Wednesday.",
        ),
        ("The council repealed the ban on Monday.", "The council lifted the ban on Monday."),
        # no one done to, and no act reported
        ("No one was injured in the blast.", "No injuries were reported in the blast."),
        ("No one was arrested, police said.", "No arrests were made, police said."),
    ],
)
def test_paraphrases_of_an_event_a_thing_undergoes_agree(first, second):
    report = _two_outlets(first, second)
    (agreement,) = report.of_kind("agreement")
    assert agreement.sources == ["s0", "s1"]
    assert not report.of_kind("conflict")


def test_an_agreement_states_a_value_only_independent_sources_give():
    report = _two_outlets(
        "Jo Bloggs won the presidential election on Sunday with 54.2% of the vote.",
        "The electoral commission on Tuesday declared Jo Bloggs the winner of Sunday's "
        "presidential election.",
    )
    (agreed,) = [f for f in report.findings if f.kind == "agreement"]
    assert "Jo Bloggs won" in agreed.summary
    assert "54.2" not in agreed.summary  # only one of the two gives the share
    both = _two_outlets("Police arrested 15 people on Sunday.", "Police arrested 15 on Sunday.")
    # the figure's agreement tells the value; the act's, on the same claims, is not told twice
    (agreed,) = both.of_kind("agreement")
    assert agreed.figure is not None
    assert "15" in agreed.summary
    # counts that differ leave the act its people, not a verb at the end
    apart = _two_outlets("The gunman killed five people.", "The gunman killed six people.")
    (agreed,) = apart.of_kind("agreement")
    assert agreed.summary.startswith("The gunman killed people:")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Rebels released 27 hostages on Friday.", "the rebels released 27 hostages (on Friday)"),
        ("The EU imposed sanctions on 12 officials on Monday.",
         "European Union imposed sanctions on 12 officials (on Monday)"),
        ("Police arrested 15 on Sunday.", "the police arrested 15 (on Sunday)"),
    ],
)  # fmt: skip
def test_a_count_one_source_tells_an_act_by_reads_after_the_act(text, shown):
    # not "the rebels released (freed: 27)": the count in the act's words
    (finding,) = told(a=text).findings
    assert finding.summary == f"Only a says: {shown}."


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        (
            "Zenda on Wednesday expelled four Westmark diplomats.",
            "Zenda expelled four diplomats from Westmark on Wednesday.",
            "Zenda expelled four diplomats",
        ),
        (
            "Rebels freed dozens of hostages.",
            "The rebels freed dozens of hostages on Monday.",
            "The rebels released dozens of hostages",
        ),
    ],
)
def test_an_agreed_count_reads_with_what_it_counts(first, second, shown):
    # the act with no object named but its count: the count says what it counts
    (agreed,) = _two_outlets(first, second).of_kind("agreement")
    assert agreed.summary.startswith(f"{shown} ") or agreed.summary.startswith(f"{shown}:")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The earthquake killed at least nine people on Wednesday.",
            "At least nine people were killed by the earthquake on Wednesday.",
        ),
        ("Westmark beat Zenda 2-1 in Strelsau on Sunday.", "Westmark beat Zenda 2-1 on Sunday."),
    ],
)
def test_an_act_agreed_with_its_figure_is_one_agreement(first, second):
    report = _two_outlets(first, second)
    (agreed,) = report.of_kind("agreement")
    assert agreed.figure is not None
    assert len({f.id for f in report.findings}) == len(report.findings)


def test_a_denial_by_someone_unresolved_is_no_denial_by_no_one():
    report = _two_outlets(
        "Jo Bloggs's lawyer said he would appeal the verdict.",
        "Bloggs's lawyers said they would not appeal.",
    )
    assert not report.of_kind("conflict")
    # "no arrests were made" names no one, and denies any arrest
    report = _two_outlets("Police arrested two men.", "No arrests have been made.")
    assert [f.conflict for f in report.of_kind("conflict")] == ["polarity"]


def test_no_group_claiming_an_attack_denies_any_claim_of_it():
    report = _two_outlets(
        "The Westmark Liberation Front claimed responsibility for the attack.",
        "No group has claimed responsibility for the attack.",
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "polarity"
    assert "says no one did:" in conflict.summary


@pytest.mark.parametrize(
    "denial", ["No one was injured in the blast.", "No injuries were reported in the blast."]
)
def test_either_denial_conflicts_with_the_act_once(denial):
    report = _two_outlets("Two people were injured in the blast.", denial)
    assert [f.conflict for f in report.of_kind("conflict")] == ["polarity"]


@pytest.mark.parametrize(
    "text",
    [
        "Bloggs's lawyers said they would not appeal.",
        "No arrests have been made.",
    ],
)
def test_a_claim_naming_no_one_and_nothing_is_told_in_its_words(text):
    report = _two_outlets(text, "Acme opened a plant.")
    (finding,) = [f for f in report.findings if "Zenda Star" in f.summary]
    assert "someone" not in finding.summary
    assert "\u201c" in finding.summary


def test_an_infinitive_whose_doer_is_unresolved_is_told_in_its_words():
    report = _two_outlets(
        '"A dream come true," Bloggs wrote. "I am so happy to join the club of my dreams."',
        "Acme opened a plant.",
    )
    (finding,) = [f for f in report.findings if "club" in f.summary]
    # not "the club was joined": no one is named, and joining is what the speaker hopes
    assert "was joined" not in finding.summary
    assert "\u201c" in finding.summary


def test_an_election_set_for_two_dates_is_a_conflict_however_it_is_said():
    day = dt.date(2026, 2, 26)
    called = "Prime Minister Axel Ruiz on Monday called a snap election for May 12."
    report = _two_outlets(
        called, "Ruritanians will vote in an early election on May 19.", (day, day)
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "time"
    # the date ahead: May 12 after February is this year's, not last year's
    assert any(c.time and c.time.earliest == dt.date(2026, 5, 12) for c in report.claims)
    same = _two_outlets(called, "Ruritania will hold an early election on May 12.", (day, day))
    assert not same.of_kind("conflict")
    # an election that was is no date set
    past = _two_outlets(
        "The last election, held on May 5, 2019, was won by Ruiz.",
        "Ruritania will hold an early election on May 19.",
        (day, day),
    )
    assert not past.of_kind("conflict")


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        ("Sentencing is scheduled for July 11.", "agreement"),
        ("Sentencing has been set for July 18.", "conflict"),
    ],
)
def test_a_hearing_or_a_sentencing_set_for_a_date_is_that_date(second, kind):
    day = dt.date(2026, 5, 30)
    report = _two_outlets("Justice Jo Bloggs set sentencing for July 11.", second, (day, day))
    scheduled = [f for f in report.findings if f.kind == kind and "sentencing" in f.summary]
    assert scheduled
    assert not [f for f in report.of_kind("conflict") if f not in scheduled]
    if kind == "agreement":
        # set, not to come: the date is what it is set for; and the clause's act is that
        # setting, not a second claim of the same words left alone
        assert scheduled[0].summary.startswith("The sentencing was scheduled (July 11)")
        assert not report.of_kind("uncorroborated")


def test_an_act_told_only_with_its_object_is_quoted_without_it():
    report = _two_outlets(
        "The gunman wounded two guards before he was shot dead by police.", "Nothing."
    )
    summaries = [f.summary for f in report.of_kind("uncorroborated")]
    assert "Only Zenda Star says: “before he was shot dead by police”." in summaries


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # one act, the same words, a different count of one thing
        ("The government declared a state of emergency in four provinces on Friday.",
         "The government declared a state of emergency in five provinces on Friday.", True),
        # the same count, or counts of different things, or different acts: no conflict
        ("The government declared a state of emergency in four provinces on Friday.",
         "The government declared a state of emergency in four provinces, officials said.", False),
        ("The storm destroyed 40 homes in three villages.",
         "The storm destroyed two bridges in three villages.", False),
        ("The government declared a state of emergency in four provinces.",
         "The government closed schools in five provinces.", False),
        # a thing counted twice counts their sum too
        ("The government declared a state of emergency in two provinces in the north and "
         "five provinces in the south.",
         "The government declared a state of emergency in seven provinces.", False),
    ],
)  # fmt: skip
def test_open_claims_that_count_one_thing_differently_conflict(first, second, conflict):
    report = _two_outlets(first, second)
    found = [f for f in report.findings if f.kind == "conflict"]
    assert bool(found) == conflict
    if conflict:
        (clash,) = found
        assert clash.conflict == "value"
        assert "4 provinces" in clash.summary
        assert "5 provinces" in clash.summary


def test_clauses_counting_two_things_apart_are_two_conflicts():
    texts = [
        "Residents have long debated the 188 kilometres of railway.",
        "Residents have long debated the 526 kilometres of railway.",
        "Residents have long debated 52 stalled projects.",
        "Residents have long debated 44 stalled projects.",
    ]
    report = outlets(*texts)
    found = report.of_kind("conflict")
    # the railway's length is one figure, the projects another: no value of one is the other's
    assert sorted(f.sources for f in found) == [["s0", "s1"], ["s2", "s3"]]
    for f in found:
        assert f.resolution is not None
        assert len(f.resolution.support) == 2
    railway = next(f for f in found if f.sources == ["s0", "s1"])
    assert "188 kilometres" in railway.summary
    assert "44" not in railway.summary
    assert "projects" not in railway.summary


@pytest.mark.parametrize(
    ("days", "conflict"),
    [
        # "not yet" the day after a report that it happened: both cannot be right
        ((dt.date(2026, 3, 14), dt.date(2026, 3, 15)), True),
        # a report after the "not yet", or the same day, tells what happened since
        ((dt.date(2026, 3, 16), dt.date(2026, 3, 15)), False),
        ((dt.date(2026, 3, 15), dt.date(2026, 3, 15)), False),
    ],
)
def test_a_not_yet_contradicts_what_was_reported_before_it(days, conflict):
    report = _two_outlets(
        "The plane's black boxes have been recovered, he said.",
        "The black boxes have not yet been recovered, according to the aviation authority.",
        published=days,
    )
    found = [f for f in report.findings if f.kind == "conflict"]
    assert [f.conflict for f in found] == (["polarity"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        ("Jo Bloggs was convicted of fraud on Monday, his lawyer said.", "agreement"),
        ("A Zenda court acquitted Jo Bloggs of fraud on Monday.", "conflict"),
        ("A Zenda court found Jo Bloggs not guilty of fraud on Monday.", "conflict"),
    ],
)
def test_found_guilty_is_a_conviction(second, kind):
    report = _two_outlets("A Zenda court found Jo Bloggs guilty of fraud on Monday.", second)
    assert [f.kind for f in _judged(report)] == [kind]


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        (
            "Jo Bloggs was found not guilty on Friday on all five counts he faced.",
            "A jury on Friday acquitted Jo Bloggs of all charges.",
            "agreement",
        ),
        ("Acme shareholders rejected the merger.", "Acme shareholders approved the merger.",
         "conflict"),
        ("The board rejected the bid on Monday.", "The bid was rejected on Monday.", "agreement"),
        # the denials of other clauses are too loose to agree on
        ("Jo Bloggs did not attend the hearing.", "Jo Bloggs did not attend the hearing.", None),
    ],
)  # fmt: skip
def test_the_opposite_of_an_act_is_told_alike_by_its_verb_or_a_negation(first, second, kind):
    report = _two_outlets(first, second)
    found = _judged(report)
    assert [f.kind for f in found] == ([kind] if kind else [])
    for f in found:
        if f.resolution is not None:
            # each side reads as it is said: not "not: ... rejected"
            assert not any(s.value.startswith("not:") for s in f.resolution.support)


def test_a_rejected_claim_is_denied_a_rejected_bill_is_not_approved():
    report = _two_outlets(
        "Jo Bloggs rejected the claims on Monday.",
        "The minister rejected calls to resign.",
    )
    assert not [c for c in report.claims if c.predicate == "open:approve"]
    (vote,) = _two_outlets("Parliament rejected the bill on Monday.", "Rain fell.").claims[:1]
    assert (vote.predicate, vote.polarity, vote.object) == (
        "open:approve",
        "negated",
        "description:bill",
    )


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        ("Iceland's civil protection agency declared a state of emergency.", "agreement"),
        ("Japan's meteorological agency declared a state of emergency.", None),
        # a possessive before what is no body of the state
        ("Iceland's largest department store declared a state of emergency.", None),
    ],
)
def test_a_state_body_named_by_what_it_does_acts_for_the_state(second, kind):
    report = _two_outlets("Iceland declared a state of emergency on Friday.", second)
    assert [f.kind for f in _judged(report)] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # an appositive says nothing of what happened
        ("Jo Bloggs died on Friday in the penal colony where he was serving a 19-year sentence.",
         "Jo Bloggs, the president's fiercest and best-known critic, has died in prison.",
         "agreement"),
        # a role given with "as", and a title of a university's office
        ("Provost Derek Strand will serve as interim president.",
         "Acme University said Derek Strand, the provost, would serve as interim president.",
         "agreement"),
        ("Derek Strand will serve as interim president.",
         "Derek Strand will serve as interim treasurer.", None),
        ("Derek Strand will take over as chief executive.", "Acme will take over Globex.", None),
        # nor does a relative clause it ends in, of one it names
        ("Jo Bloggs will succeed Axel Ruiz, who announced in August that he would step down.",
         "Jo Bloggs will replace Prime Minister Axel Ruiz, who did not seek re-election.",
         "agreement"),
        ("Jo Bloggs will succeed Axel Ruiz, who announced in August that he would step down.",
         "Maria Sanz will replace Axel Ruiz, who did not seek re-election.", None),
    ],
)  # fmt: skip
def test_what_a_clause_says_happened_whatever_its_asides(first, second, kind):
    report = _two_outlets(first, second)
    assert [f.kind for f in _judged(report)] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # a thing named by its noun alone is the one thing named more fully with that noun
        ("The Federal Reserve cut interest rates on Wednesday.",
         "The Fed cut rates on Wednesday.", "agreement"),
        ("Dealers will update the camera software free of charge.",
         "Dealers will update the software at no cost.", "agreement"),
        # the words of the clauses still decide
        ("The Federal Reserve cut interest rates on Wednesday.",
         "The Fed cut rates for the third time this year to help exporters.", None),
        # a speaker's words quoted alike tell of one thing, named in full or not
        ('Jo Bloggs said the economy was "in a good place" on Wednesday.',
         'Jo Bloggs told reporters that the Zenda economy was "in a good place".', "agreement"),
        ('Jo Bloggs said the economy was "in a good place" on Wednesday.',
         'Axel Ruiz told reporters that the Zenda economy was "in a good place".', None),
    ],
)  # fmt: skip
def test_a_clause_about_a_thing_by_its_noun_alone_meets_the_fuller(first, second, kind):
    report = _two_outlets(first, second)
    assert [f.kind for f in _judged(report)] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # not "killed children": the second outlet counts people
        ("The fire killed 12 children and five women.", "The fire killed 30 people."),
        # told by the count, not the first outlet's sentence quoted whole, then "people"
        ("The death toll from the fire in Zenda rose to 93 on Saturday.",
         "At least 96 people have been killed by the fire in Zenda."),
    ],
)  # fmt: skip
def test_an_act_agreed_on_by_counts_of_different_people_killed_people(first, second):
    (agreement,) = _two_outlets(first, second).of_kind("agreement")
    assert agreement.summary.startswith("The fire killed people:")


def test_an_appeal_against_a_ruling_is_an_act_a_plea_is_not():
    report = _two_outlets(
        "Jo Bloggs said on Friday he would appeal.",
        "Jo Bloggs will not appeal the verdict, his lawyer said on Friday.",
    )
    (conflict,) = [f for f in report.findings if f.kind == "conflict"]
    assert conflict.conflict == "polarity"
    pleas = _two_outlets("Police appealed for witnesses.", "The mayor appealed to residents.")
    assert not [c for c in pleas.claims if c.predicate == "appeal"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Jo Bloggs said he would appeal.", "Jo Bloggs would appeal"),
        ("Jo Bloggs will not appeal, his lawyer said.", "Jo Bloggs would not appeal"),
        ("Jo Bloggs will resign next week.", "Jo Bloggs would resign"),
        ("Jo Bloggs resigned on Friday.", "Jo Bloggs resigned"),
        ("Jo Bloggs did not resign.", "Jo Bloggs did not resign"),
        # a headline's infinitive
        ("Jo Bloggs to resign after nine years", "Jo Bloggs would resign"),
    ],
)
def test_an_act_ahead_is_told_as_what_would_happen(text, told):
    (finding,) = [
        f for f in _two_outlets(text, "Acme opened a plant.").findings if "Bloggs" in f.summary
    ]
    assert told in finding.summary


def test_everyone_on_board_is_one_figure_and_a_licence_is_none():
    report = _two_outlets(
        "The ferry was carrying 226 passengers and crew when it capsized.",
        "The ferry, carrying 226 people, sank off Zenda. It was licensed to carry 250 "
        "passengers, the operator said.",
    )
    assert not report.of_kind("conflict")
    (agreed,) = report.of_kind("agreement")
    assert "226 on board" in agreed.summary


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ("The ship sank in the Atlantic.", "The ship sank in the Pacific.", False),
        ("The ship sank in the Atlantic.", "The ship sank in the Atlantic on Monday.", True),
        ("The ship sank off Zenda.", "The ship sank.", True),  # one place said, not two
        # two countries named, each by one source: two propositions
        ("France summoned the Iranian ambassador.", "France summoned the Russian ambassador.",
         False),
        ("France summoned Iran's ambassador.", "France summoned the Iranian ambassador.", True),
        ("France summoned the Iranian ambassador.", "France summoned the ambassador.", True),
        # two days that cannot be one
        ("The floods, which began on Sunday, destroyed more than 400 homes.",
         "The floods began on Saturday after days of heavy rain.", False),
        ("The floods began on Sunday.", "The floods began in Zenda.", True),
    ],
)  # fmt: skip
def test_open_claims_in_two_places_do_not_agree(first, second, agree):
    days = (dt.date(2024, 5, 14), dt.date(2024, 5, 15))
    assert bool(_two_outlets(first, second, days).of_kind("agreement")) == agree


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what a speaker calls a thing is what the speaker says it is
        ("Transport minister Jo Bloggs called the strike \"unjustified\".",
         "Transport minister Jo Bloggs said the strike was unjustified."),
        ("The president described the attack as cowardly.",
         "The attack was cowardly, the president said."),
        # two states joined by "and", the second read by the parser as a verb
        # a move reported just before is the decision another outlet names
        ('Jo Bloggs called the move "deeply regrettable".',
         "Jo Bloggs said the decision was deeply regrettable."),
        ('Maria Sanz said members were "angry and determined".',
         '"Our members are angry and determined," Maria Sanz told reporters.'),
    ],
)  # fmt: skip
def test_a_speaker_s_characterisation_agrees_with_its_statement(first, second):
    (agreed,) = _two_outlets(first, second).of_kind("agreement")
    assert agreed.sources == ["s0", "s1"]


def test_an_attack_s_perpetrator_is_one_whatever_the_noun():
    first = "Officers killed the attacker in an exchange of fire."
    second = "Police said the shooter was killed by officers."
    (agreed,) = _two_outlets(first, second).of_kind("agreement")
    assert agreed.sources == ["s0", "s1"]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # a count of prisoners is one figure whatever the noun
        ("Five inmates escaped from the prison in Zenda on Tuesday.",
         "Six prisoners escaped from Zenda's jail on Tuesday.", {"five", "six"}),
        # an act said to come earlier is another event's figure
        ("Ruritania expelled ten Westmark diplomats on Wednesday.",
         "Ruritania expelled 12 Westmark diplomats on Wednesday. Ruritania had already "
         "expelled four Westmark diplomats in March.", {"ten", "12"}),
    ],
)  # fmt: skip
def test_one_figure_s_conflict_sets_these_values_against_each_other(first, second, values):
    day = dt.date(2026, 5, 14)
    (conflict,) = _two_outlets(first, second, published=(day, day)).of_kind("conflict")
    assert conflict.figure is not None
    assert {p.value for p in conflict.figure.timeline} == values


def test_a_toll_that_rose_on_a_later_day_is_no_other_date_of_the_act():
    report = _two_outlets(
        "An explosion at a coal mine near Zenda killed 22 miners on Monday night.",
        "The death toll from Monday's explosion at a coal mine near Zenda rose to 25 on "
        "Tuesday, officials said.",
        published=(dt.date(2026, 2, 10), dt.date(2026, 2, 11)),
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["value"]  # the toll's figures
    assert any(f.sources == ["s0", "s1"] for f in report.of_kind("agreement"))  # the killing


def test_an_open_agreement_worded_apart_shows_both_wordings():
    report = _two_outlets(
        "The plane crashed shortly after takeoff from Zenda airport.",
        "The plane crashed while landing at Zenda airport.",
    )
    (agreed,) = report.of_kind("agreement")
    # the detail only one source gives is not shown as agreed by both
    assert "shortly after takeoff" in agreed.summary
    assert "while landing" in agreed.summary


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # what happens to its subject once: two days are two accounts of when
        ("The floods, which began on Sunday, destroyed more than 400 homes.",
         "The floods began on Saturday after days of heavy rain.", True),
        ("The ferry sank on Monday.", "The ferry sank on Tuesday night off Zenda.", True),
        # an act with an object may be done twice
        ("Rebels attacked the town on Monday.", "Rebels attacked the town again on Tuesday.",
         False),
    ],
)  # fmt: skip
def test_a_one_time_happening_at_two_times_conflicts(first, second, conflict):
    days = (dt.date(2024, 5, 14), dt.date(2024, 5, 15))
    found = [f.conflict for f in _two_outlets(first, second, days).of_kind("conflict")]
    assert ("time" in found) == conflict


def test_a_clock_time_in_a_clause_counts_nothing():
    # "11:11 p.m." is the time of day's own figure, not a count of "p"
    report = _two_outlets(
        "The magnitude 6.8 earthquake struck at 11:11 p.m.",
        "The magnitude 7.2 earthquake struck at 11:11 p.m.",
    )
    assert report.of_kind("conflict")
    assert not [f for f in report.findings if "11 p " in f.summary or "11 p," in f.summary]


def test_counts_listed_under_one_verb_are_parts_not_rival_totals():
    # "12 protesters and two journalists": two parts of the arrests, whatever their nouns
    report = _two_outlets(
        "Police arrested 12 protesters and two journalists.", "Police arrested 14 people."
    )
    assert not report.of_kind("conflict")
    report = _two_outlets(
        "Police arrested 12 protesters and two journalists.",
        "Police arrested 12 protesters and five journalists.",
    )
    (clash,) = report.of_kind("conflict")
    assert clash.figure is not None
    assert clash.figure.population == "journalists"
    assert any("12 arrested (protesters)" in f.summary for f in report.of_kind("agreement"))


def test_a_state_one_outlet_reports_and_another_denies_conflicts():
    report = _two_outlets(
        "Coast guard spokesman Jo Bloggs said the ferry was overloaded, but the operator "
        "denied it.",
        "Jo Bloggs said the ferry was not overloaded, contradicting earlier reports.",
    )
    (clash,) = report.of_kind("conflict")
    assert clash.conflict == "polarity"


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("The wildfire has burned more than 12,000 hectares.",
         "The wildfire has scorched some 30,000 acres.", "agreement"),
        ("The wildfire has burned 5,000 hectares.",
         "The wildfire has scorched some 30,000 acres.", "conflict"),
        # homes and houses destroyed are one count
        ("The storm destroyed 95 homes.", "Around 100 houses were destroyed by the storm.",
         "agreement"),
    ],
)  # fmt: skip
def test_areas_in_any_unit_and_homes_or_houses_meet(first, second, kind):
    report = _two_outlets(first, second)
    assert [f.kind for f in _judged(report)] == [kind]


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # no evidence of it is no affirmation of it: it does not contradict a denial
        ("Jo Bloggs said the attack was not terrorism.", False),
        ("Maria Sanz said the attack was terrorism.", True),
    ],
)
@pytest.mark.parametrize("that", ["that ", ""])
def test_no_indication_that_a_thing_happened_does_not_affirm_it(other, conflict, that):
    report = _two_outlets(
        f"Interior Minister Jo Bloggs said there was no indication {that}the attack was terrorism.",
        other,
    )
    assert bool(report.of_kind("conflict")) == conflict
    claims = [c for c in report.claims if c.source == "s0" and c.predicate == "open:be"]
    assert [(c.polarity, c.text) for c in claims] == [
        ("negated", f"no indication {that}the attack was terrorism")
    ]


def test_a_denial_of_a_prepositional_act_contradicts_it():
    report = _two_outlets(
        "Acme will pay for the clean-up.", "Acme denied that it would pay for the clean-up."
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["polarity"]


@pytest.mark.parametrize(
    "text",
    [
        "Police could not confirm that the suspect had fled the country.",
        "The study did not prove that the food caused the deaths.",
    ],
)
def test_what_one_source_leaves_unconfirmed_is_not_what_it_says_happened(text):
    report = _two_outlets(text, "The ferry sank on Monday.")
    (told,) = [f.summary for f in report.of_kind("uncorroborated") if f.sources == ["s0"]]
    assert told.startswith("Only ")
    assert " says it is not confirmed: " in told


def test_a_guilty_plea_is_one_act_wherever_it_was_made():
    report = _two_outlets(
        "Acme Bank pleaded guilty to the charges in a federal court on Thursday.",
        "Acme Bank pleaded guilty in a Zenda court on Thursday.",
    )
    assert [f.summary.split(" (")[0] for f in report.of_kind("agreement")] == [
        "Acme Bank pleaded guilty to the allegations"
    ]
    # (a plea of not guilty is no guilty plea)
    pleas = _two_outlets("Jo Bloggs pleaded not guilty to fraud.", "The ferry sank.")
    assert "plead_guilty" not in {c.predicate for c in pleas.claims}


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Five ministers resigned on Monday.", "\u201cFive ministers resigned on Monday\u201d"),
        ("Thirty-one of them pleaded guilty.", "\u201cThirty-one of them pleaded guilty\u201d"),
    ],
)
def test_a_count_of_those_who_did_an_act_is_told_in_their_words(text, told):
    report = _two_outlets(text, "The ferry sank.")
    summaries = [f.summary for f in report.of_kind("uncorroborated") if f.sources == ["s0"]]
    assert [s.split(": ", 1)[1].split(" (")[0].rstrip(".") for s in summaries] == [told]


@pytest.mark.parametrize(
    ("second", "agreed"),
    [
        ("Jo Bloggs was banned for 12 months on Friday.", True),
        # (a length in years is one in months, and nine is not twelve)
        ("Jo Bloggs was banned for nine months on Friday.", False),
    ],
)
def test_lengths_in_years_and_months_are_one_count(second, agreed):
    report = _two_outlets("Jo Bloggs was banned for one year on Friday.", second)
    assert bool(report.of_kind("agreement")) == agreed


def test_other_counts_in_two_denials_tell_only_their_details():
    report = _two_outlets(
        "A jury acquitted Jo Bloggs of all charges in the shooting of three men.",
        "Jo Bloggs was found not guilty over the shootings of two men and the wounding of a third.",
    )
    assert [f.kind for f in report.findings if f.kind != "uncorroborated"] == ["agreement"]


def test_calling_for_a_thing_is_demanding_it():
    report = _two_outlets(
        "The UN called for a ceasefire on Monday.", "The UN demanded a ceasefire."
    )
    assert [f.kind for f in report.findings] == ["agreement"]


def test_a_count_with_no_one_named_is_told_in_the_passive():
    report = _two_outlets(
        "More than 800 injured passengers had been taken to hospitals.",
        "The storm damaged roads.",
    )
    told = [f.summary for f in report.findings if "800" in f.summary]
    assert any("more than 800 passengers were injured" in s.lower() for s in told)
    assert not any("someone" in f.summary for f in report.findings)


def test_a_size_the_clause_gives_is_not_told_as_its_count():
    report = _two_outlets(
        "Twelve people were killed and 35 injured in a fire at a 24-storey apartment building.",
        "The storm damaged roads.",
    )
    told = [f.summary for f in report.findings if "24-storey" in f.summary]
    assert told
    assert not any("24-storey were" in s or "someone" in s for s in told)
    assert any("“35 injured in a fire at a 24-storey apartment building" in s for s in told)


def test_counts_listed_each_with_its_place_are_parts_of_the_toll():
    report = _two_outlets(
        "The storm killed 12 people in Zenda and 8 in Tarlenheim.", "The storm killed 20 people."
    )
    assert not report.of_kind("conflict")
    parts = {
        c.population: c.quantity.low
        for c in report.claims
        if c.source == "s0" and c.measure and not c.implied
    }
    assert parts == {"in Zenda": 12, "in Tarlenheim": 8}
    # the list, all the source gives, is its toll: 20, as the other outlet's
    assert any(f.figure is not None for f in report.of_kind("agreement"))
    # one place named for the whole list is the toll's place, not a part
    report = _two_outlets(
        "The storm killed 12 people in Zenda.", "The storm killed 20 people in Zenda."
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["value"]


@pytest.mark.parametrize(
    "listed",
    [
        "Police arrested 15 people on Saturday and 20 on Sunday, a spokesman said.",
        "Police arrested 15 protesters on Saturday and another 20 on Sunday.",
    ],
)
def test_counts_listed_each_with_its_time_are_parts_not_a_figure_that_changed(listed):
    report = _two_outlets(listed, "Police said 35 people were arrested over the weekend.")
    assert not report.of_kind("conflict")
    parts = {
        (c.population, c.time.text if c.time else None): c.quantity.low
        for c in report.claims
        if c.source == "s0" and c.measure == "arrested"
    }
    assert parts == {("on Saturday", "on Saturday"): 15, ("on Sunday", "on Sunday"): 20}
    # one time for the whole list dates the figure; it is no part
    report = _two_outlets(
        "Police arrested 15 people on Saturday.", "Police arrested 35 people on Saturday."
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["value"]


def test_a_part_above_its_whole_is_told_in_the_whole_s_conflict():
    days = (dt.date(2026, 8, 3), dt.date(2026, 8, 4), dt.date(2026, 8, 4), dt.date(2026, 8, 4))
    texts = (
        "The fire forced about 6,000 people to evacuate.",
        "About 7,500 people have been evacuated.",
        "7,500 children were evacuated from a dozen villages.",
        "7,000 women were evacuated.",
    )
    report = claimcheck.check(
        [
            claimcheck.source_from_text(text, id=f"s{k}", outlet=f"Outlet {k}", published=day)
            for k, (text, day) in enumerate(zip(texts, days, strict=True))
        ]
    )
    (clash,) = report.of_kind("conflict")
    assert clash.sources == ["s0", "s1", "s2", "s3"]  # both parts told in the one conflict
    assert "7,500 children (Outlet 2" in clash.summary
    assert "7,000 women (Outlet 3" in clash.summary
    assert clash.figure is not None


def test_an_event_that_started_at_a_time_gives_its_time_of_day():
    report = _two_outlets(
        "The shooting began at 4:30 p.m. on Friday.", "The attack started at 6 p.m. on Friday."
    )
    (clash,) = report.of_kind("conflict")
    assert "time of day" in clash.summary
    report = _two_outlets(
        "The blaze broke out shortly after 9 a.m.", "The fire started at around 11 a.m."
    )
    (clash,) = report.of_kind("conflict")
    assert "shortly after 9 a.m." in clash.summary
    # a verb and its subject alone are no claim, nor with a time that is no clock's
    assert not [
        c
        for c in _two_outlets("Rescuers worked through the night.", "x y z.").claims
        if c.source == "s0"
    ]
    assert not _two_outlets("The tragedy began.", "The storm damaged roads.").of_kind("conflict")
    assert not [c for c in _two_outlets("The tragedy began.", "x y z.").claims if c.source == "s0"]


def test_those_trapped_and_those_taken_to_hospital_are_figures_that_meet():
    report = _two_outlets(
        "A methane explosion killed 14 miners and trapped 22 others underground. Four of "
        "them were taken to hospital with burns.",
        "At least 14 miners were killed and 22 trapped when methane exploded. Four miners "
        "were hospitalised.",
    )
    agreed = {f.figure.measure for f in report.of_kind("agreement") if f.figure}
    assert {"trapped", "injured"} <= agreed
    assert not report.of_kind("conflict")


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("It was the second deadly accident at the mine this year.",
         "It was the third fatal accident at the mine this year, after a roof collapse in "
         "March and a fire in June.", True),
        ("The crash was the second derailment in the region in a month.",
         "It was the third derailment in the region in a month, officials said.", True),
        ("The bank raised its rate to 5.25% on Thursday, its fourth increase this year.",
         "The bank lifted its key rate to 5.25 percent, the third hike this year.", True),
        # another series: no conflict
        ("It was the second deadly accident at the mine this year.",
         "It was the third accident in the country this year.", False),
        ("It was the second deadly accident at the mine this year.",
         "It was the second fatal accident at the mine this year.", False),
        ("It was the third murder of a mayor in Westmark this year.",
         "It is the second killing of a mayor in Westmark this year.", True),
        ("The outbreak, the second this winter, was confirmed on Sunday.",
         "It is the third outbreak this winter.", True),
    ],
)  # fmt: skip
def test_the_event_placed_in_one_series_at_two_places_is_a_rank_conflict(first, second, conflict):
    report = _two_outlets(first, second)
    assert [f.conflict for f in report.of_kind("conflict")] == (["rank"] if conflict else [])
    # two places in one series never agree besides
    placed = {cid for f in report.of_kind("conflict") for cid in f.claims}
    assert not [f for f in report.of_kind("agreement") if placed & set(f.claims)]


@pytest.mark.parametrize(
    "none",
    [
        "No deaths have been reported, but at least 12 people were treated in hospital.",
        "There were no deaths, officials said.",
        "No fatalities were reported.",
    ],
)
def test_no_deaths_said_is_that_no_one_was_killed(none):
    report = _two_outlets(none, "Two people were killed when their house was hit by rocks.")
    assert [f.conflict for f in report.of_kind("conflict")] == ["polarity"]
    # not when the absence is itself denied
    report = _two_outlets(
        "Officials denied that no deaths had been recorded.", "Two people were killed."
    )
    assert not report.of_kind("conflict")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("No one was killed.", "no one was killed"),
        ("No deaths have been reported.", "no one was killed"),
        ("Police arrested no one.", "the police arrested no one"),
        ("Police did not arrest the man.", "the police did not arrest the man"),
    ],
)
def test_a_denial_told_by_its_nobody_is_not_negated_twice(text, told):
    import claimcheck

    report = claimcheck.check([claimcheck.source_from_text(text, id="a")])
    assert [f.summary for f in report.findings] == [f"Only a says: {told}."]


@pytest.mark.parametrize("toll", ["Two people were killed.", "Two people were injured."])
def test_no_casualties_is_that_no_one_was_killed_or_injured(toll):
    report = _two_outlets("There were no casualties, officials said.", toll)
    assert [f.conflict for f in report.of_kind("conflict")] == ["polarity"]


def _the_figure_conflict(report):
    """The figure of a report's one conflict (a figure conflict)."""
    (conflict,) = report.of_kind("conflict")
    assert conflict.figure is not None
    return conflict.figure


def test_residents_evacuated_are_everyone_evacuated():
    report = _two_outlets(
        "Authorities evacuated about 4,000 residents on Thursday.",
        "More than 5,000 people have been evacuated.",
    )
    figure = _the_figure_conflict(report)
    assert (figure.measure, figure.population) == ("evacuated", None)
    # a group that is a part of a toll stays a part
    report = _two_outlets("The fire killed 12 residents.", "The fire killed 20 people.")
    assert not report.of_kind("conflict")


def test_a_count_said_of_it_stands_whoever_it_is():
    report = _two_outlets(
        "The company said it would cut about 1,200 jobs in its hardware division.",
        "Acme will cut 1,500 jobs.",
    )
    assert _the_figure_conflict(report).measure == "job_cuts"
    # a state of "it" is no claim without a name for it
    alone = _two_outlets("It was a sad day, the company said.", "x y z.")
    assert not [c for c in alone.claims if c.source == "s0"]


def test_summaries_name_ten_sources_and_count_the_rest():
    # Hundreds of outlets behind one proposition: the summary names the first ten (in order)
    # and counts the others; the finding's sources and evidence hold every one.
    outlets = [source(f"s{k:02d}", [{**CUT, "quote": f"Kiev cut ties ({k})."}]) for k in range(14)]
    agreement = run(*outlets).of_kind("agreement")[0]
    named = ", ".join(f"s{k:02d}" for k in range(10))
    assert agreement.summary.endswith(f"14 independent sources agree ({named} and 4 more).")
    assert len(agreement.sources) == len(agreement.evidence) == 14
    denial = source("z", [{**CUT, "polarity": "negated", "quote": "Kiev did not cut ties."}])
    conflict = run(*outlets, denial).of_kind("conflict")[0]
    assert conflict.summary.lower().startswith(f"{named} and 4 more affirm and z denies:")
    assert len(conflict.sources) == 15


def test_two_offices_of_one_person_do_not_corroborate_each_other():
    report = told(
        a="France's foreign minister Jo Bloggs visited Zenda.",
        b="France's prime minister Jo Bloggs arrived in Strelsau.",
        c="France's Foreign Minister Jo Bloggs met reporters.",
    )
    offices = [f for f in report.findings if "is " in f.summary and "of France" in f.summary]
    assert sorted((f.kind, f.sources) for f in offices) == [
        ("agreement", ["a", "c"]),
        ("uncorroborated", ["b"]),
    ]


def test_a_denial_is_set_against_the_count_it_denies():
    report = told(
        a="Police arrested two men in Zenda, officials said.",
        b="The police did not arrest anyone in Zenda.",
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.summary == "A affirms and b denies: the police arrested two men."


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # a place in an order is not a count, and two places are two things said
        ("Zenda is the fourth largest city in Ruritania.",
         "Zenda is the third largest city in Ruritania.", ["conflict"]),
        ("Zenda, a port, is the third largest city in Ruritania.",
         "Zenda is the third largest city in Ruritania.", ["agreement"]),
    ],
)  # fmt: skip
def test_places_in_an_order_that_differ_never_agree(first, second, kinds):
    report = _two_outlets(first, second)
    assert sorted({f.kind for f in report.findings}) == sorted(kinds)
    for finding in report.of_kind("conflict"):
        assert finding.conflict == "value"
        assert "the fourth largest" in finding.summary
        assert "the third largest" in finding.summary


def test_a_ranked_act_is_agreed_on_and_its_places_conflict():
    report = _two_outlets(
        "Ruritania became the third country to recognise Zenda.",
        "Ruritania became the fourth country to recognise Zenda.",
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["rank"]
    (agreed,) = report.of_kind("agreement")
    assert agreed.summary.startswith("Ruritania recognised Zenda: 2 independent sources agree")
    assert not report.of_kind("uncorroborated")  # neither source says it alone
    # the copula says nothing the ranked act does not: no claim of its own
    assert {c.predicate for c in report.claims} == {"recognise"}


@pytest.mark.parametrize(
    "second",
    [
        # the ranked noun beside the actor, after its clause
        "Maria Sanz stepped down on Tuesday, the second member of the cabinet to resign this "
        "month.",
        # a participle of the clause, and leaving the government as resigning
        "Maria Sanz resigned on Tuesday, becoming the second minister to leave the government "
        "this month.",
    ],
)
def test_a_ranked_resignation_however_placed_conflicts_with_another_rank(second):
    first = "Maria Sanz became the third minister to resign this month."
    report = _two_outlets(first, second)
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "rank"
    assert conflict.summary.startswith("Different ranks for: Maria Sanz resigned")


def test_an_act_on_no_one_named_does_not_end_on_its_preposition():
    # the act of a claim file that names no one it was done to
    stated = {"subject": "Westmark", "predicate": "sanction"}
    report = run(
        source("a", [{**stated, "quote": "Westmark acted."}]),
        source("b", [{**stated, "quote": "Sanctions came from Westmark."}]),
    )
    (agreed,) = report.of_kind("agreement")
    assert agreed.summary.startswith("Westmark imposed sanctions:"), agreed.summary
    # counted, it keeps its preposition: the count follows
    counted = _two_outlets(
        "Westmark sanctioned four officials on Monday over the vote.",
        "Westmark imposed sanctions on four officials on Monday, officials said.",
    )
    assert any(f.summary.startswith("Westmark imposed sanctions on four") for f in counted.findings)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The bridge was opened in March.", "The bridge was opened in June."),
        ("The minister resigned on Friday.", "The minister resigned on Thursday."),
    ],
)
def test_two_months_or_weekdays_without_a_date_conflict_and_never_agree(first, second):
    report = _two_outlets(first, second)
    assert [f.conflict for f in report.of_kind("conflict")] == ["time"]
    assert not report.of_kind("agreement")


def test_an_arrest_in_two_places_is_no_agreement():
    report = _two_outlets(
        "Police arrested Jo Bloggs in Zenda on Monday.",
        "Police arrested Jo Bloggs in Strelsau on Monday.",
    )
    assert len({c.location for c in report.claims if c.predicate == "arrest"}) == 2
    assert not report.of_kind("agreement")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "3,000" and "5,000" had been read as 3 and 0, 5 and 0, which share a count
        ("Acme, which employs 3,000 people, cut 300 jobs.",
         "Acme, which employs 5,000 people, cut 300 jobs."),
        ("The storm cut power to 1.5 million homes in Zenda.",
         "The storm cut power to 2.5 million homes in Zenda."),
    ],
)  # fmt: skip
def test_numbers_with_separators_and_scales_are_counted_whole(first, second):
    report = _two_outlets(first, second)
    agreed = " ".join(f.summary for f in report.of_kind("agreement"))
    assert "employs" not in agreed
    assert "power" not in agreed
    assert report.of_kind("conflict")


def test_a_figure_s_conflict_is_not_told_again_as_its_clauses_counts():
    report = _two_outlets(
        "The ship sank about 10 km off the coast of Zenda.",
        "The ship sank about 40 km off the coast of Zenda.",
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.figure is not None
    assert conflict.figure.measure == "distance"
    # and the clauses it shows are not listed as said by one source alone
    assert not report.of_kind("uncorroborated")


def test_what_has_not_happened_yet_conflicts_only_with_what_happened_before():
    # undated, a later comment may have come after: no conflict
    undated = _two_outlets(
        "The ministry has not confirmed the deaths.",
        "The ministry confirmed the deaths on Sunday.",
    )
    assert not undated.of_kind("conflict")
    # written on Monday, "has not confirmed" denies Sunday's confirmation
    monday = dt.date(2024, 3, 4)
    dated = _two_outlets(
        "The ministry has not confirmed the deaths.",
        "The ministry confirmed the deaths on Sunday.",
        (monday, monday),
    )
    assert [f.conflict for f in dated.of_kind("conflict")] == ["polarity"]


def test_an_agreed_clause_says_when_the_figures_it_quotes_are_disputed():
    report = _two_outlets(
        "The 6.8-magnitude quake hit Zenda.", "The magnitude 7.2 quake hit Zenda."
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.figure is not None
    (agreed,) = report.of_kind("agreement")
    assert agreed.summary.endswith("; the magnitude they give differs.")
    # agreeing on the clause and its figure, nothing is said
    same = _two_outlets("The 6.8-magnitude quake hit Zenda.", "A magnitude 6.8 quake hit Zenda.")
    assert all("differ" not in f.summary for f in same.findings)


def test_a_level_put_on_a_thing_meets_the_level_stated_of_it():
    # "put turnout at 58%" is turnout's level, as "turnout was 62%" is
    report = _two_outlets(
        "Turnout was 62 percent, the election commission said.",
        "The election commission put turnout at 58%.",
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.figure is not None
    assert {e.quote for e in conflict.evidence} == {
        "Turnout was 62 percent, the election commission said.",
        "The election commission put turnout at 58%.",
    }


def test_the_times_of_two_acts_of_one_sentence_do_not_conflict():
    report = _two_outlets(
        "The fire broke out at around 2 a.m. and was brought under control by 6 a.m.",
        "Firefighters brought the blaze under control about four hours after it started at 2am.",
    )
    assert not report.of_kind("conflict")
    assert any(f.figure is not None for f in report.of_kind("agreement"))


def test_a_denial_meets_the_act_whatever_else_each_sentence_goes_on_to_say():
    # each quote is the act's own clause, so their words are compared without the rest
    monday = dt.date(2024, 10, 7)
    report = _two_outlets(
        "Jo Bloggs conceded defeat late on Sunday and congratulated Maria Sanz.",
        "Jo Bloggs has not conceded defeat, saying his party would challenge the results.",
        (monday, monday),
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "polarity"


def test_an_actor_named_by_its_noun_alone_is_the_one_described_more_fully():
    # "a court in Strelsau" (the court) and "a Ruritanian court" sentence one person once
    report = _two_outlets(
        "A Ruritanian court on Thursday sentenced Jo Bloggs to 12 years in prison.",
        "A court in Strelsau on Thursday sentenced Jo Bloggs to 10 years in prison.",
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "value"
    # two fuller descriptions may be two courts: nothing is joined
    two = _two_outlets(
        "A Ruritanian court sentenced Jo Bloggs to 12 years in prison.",
        "A military court sentenced Jo Bloggs to 10 years in prison.",
    )
    assert not two.of_kind("conflict")


@pytest.mark.parametrize(("day", "kind"), [("July 1", "agreement"), ("August 1", "conflict")])
def test_a_measure_taking_effect_is_one_act_however_it_is_worded(day, kind):
    report = _two_outlets(
        "President Jo Bloggs said the constitution would take effect on July 1.",
        f"The new constitution will come into force on {day}, officials said.",
    )
    found = _judged(report)
    assert [f.kind for f in found] == [kind]
    assert "take effect" in found[0].summary


def test_the_result_of_a_vote_is_its_outcome():
    report = _two_outlets(
        "The main opposition party said it would challenge the result in court.",
        "The opposition said it would not challenge the outcome, its leader said.",
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["polarity"]


def test_hundreds_of_protesters_are_the_protesters():
    report = _two_outlets(
        "Hundreds of protesters gathered in Zenda on Sunday and demanded new elections.",
        "In Zenda, protesters demanded new elections at a rally, police said.",
    )
    (agreement,) = report.of_kind("agreement")
    assert "demanded new elections" in agreement.summary
    assert all(c.subject != "description:hundreds" for c in report.claims)


def test_an_inquiry_ordered_or_announced_is_one_act_with_or_without_its_object():
    report = _two_outlets(
        "The transport minister, Axel Ruiz, ordered an investigation on Wednesday.",
        "Transport Minister Axel Ruiz announced an inquiry into the crash.",
    )
    (agreement,) = report.of_kind("agreement")
    assert agreement.summary.startswith("Axel Ruiz opened an inquiry")


def test_an_inquiry_into_the_story_s_event_is_one_whatever_its_noun():
    report = _two_outlets(
        "Prime Minister Maria Sanz ordered an investigation into the collapse.",
        "Prime Minister Maria Sanz has ordered an inquiry into the disaster.",
    )
    (agreement,) = report.of_kind("agreement")
    assert agreement.summary.startswith("Maria Sanz opened an inquiry")
    # what is no event stays apart
    report = _two_outlets(
        "Prime Minister Maria Sanz ordered an investigation into the collapse.",
        "Prime Minister Maria Sanz ordered an investigation into the company's accounts.",
    )
    assert not report.of_kind("agreement")
    # and an inquiry said without its object is not taken for either of two
    report = _two_outlets(
        "Maria Sanz ordered an investigation into the collapse. She also ordered an inquiry "
        "into the firm's accounts.",
        "Maria Sanz ordered an investigation on Tuesday.",
    )
    assert not report.of_kind("agreement")


def test_an_act_done_by_a_count_of_people_is_told_in_its_words():
    report = _two_outlets(
        "About 80 people, including volunteers, joined the search.", "The storm hit on Monday."
    )
    told = [f.summary for f in report.findings if "search" in f.summary]
    assert told == [
        "Only Zenda Star says: “About 80 people, including volunteers, joined the search”."
    ]


def test_sacking_and_dismissing_someone_is_one_act():
    report = _two_outlets(
        "Prime Minister Maria Sanz sacked Defence Minister Axel Ruiz on Wednesday.",
        "Prime Minister Maria Sanz dismissed Defence Minister Axel Ruiz on Tuesday.",
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["time"]
    # dismissing what is said is no dismissal from a post
    report = _two_outlets(
        "The ministry dismissed the reports on Tuesday.",
        "The ministry sacked its spokesman on Tuesday.",
    )
    assert not [
        c for c in report.claims if c.predicate == "dismiss" and c.object != "description:spokesman"
    ]


@pytest.mark.parametrize(
    ("first", "second", "agreed"),
    [
        ("Pirates hijacked an oil tanker off the coast of Zenda, the operator said.",
         "Armed pirates seized the tanker near Strelsau, officials said.", "captured"),
        # two fuller descriptions of the noun leave the bare one alone
        ("Pirates hijacked an oil tanker off Zenda. Days later, pirates seized a gas tanker.",
         "Armed pirates seized the tanker near Strelsau, officials said.", None),
        # a thing named with a name ending in the noun, where the bare one's sentence names it
        ("Traffic on the Westmark Bridge was halted before the bridge collapsed on Tuesday.",
         "The Westmark Bridge collapsed when a ship struck it.", "collapsed"),
        # (a bridge its sentence does not name may be another)
        ("Traffic was halted before the bridge collapsed on Tuesday.",
         "The Westmark Bridge collapsed when a ship struck it.", None),
        # a fuller description is the named thing its own source names too
        ("A small passenger plane crashed near Zenda on Monday. The Acme Airlines plane was "
         "carrying 19 people.", "An Acme Airlines jet crashed near Zenda on Monday.", "crashed"),
        # (a plane its source never names may be another)
        ("A small passenger plane crashed near Zenda on Monday.",
         "An Acme Airlines jet crashed near Zenda on Monday.", None),
    ],
)  # fmt: skip
def test_a_thing_described_by_its_noun_alone_is_the_one_described_more_fully(first, second, agreed):
    report = _two_outlets(first, second)
    found = report.of_kind("agreement")
    if agreed is None:
        assert not found
    else:
        (agreement,) = found
        assert agreed in agreement.summary


def test_an_event_that_befalls_a_named_thing_once_is_one_whatever_the_words():
    report = _two_outlets(
        "A ship hit the Westmark Bridge, causing it to collapse into the river.",
        "Divers searched the water a day after the Westmark Bridge collapsed.",
    )
    assert [f.summary for f in report.of_kind("agreement") if "collapse" in f.summary]
    # (so is a sinking, blocked as its passive is)
    report = _two_outlets(
        "A huge wave struck the ferry Hentzau Express on Monday, causing it to sink.",
        "Divers searched the water a day after the Hentzau Express sank.",
    )
    assert [f.summary for f in report.of_kind("agreement") if "sank" in f.summary]
    # a thing described by its noun may be two ("the house"): its words decide
    report = _two_outlets(
        "A ship hit the house, causing it to collapse into the river.",
        "Divers searched the water a day after the house collapsed.",
    )
    assert not [f.summary for f in report.of_kind("agreement") if "collapse" in f.summary]


def test_a_takeover_or_a_succession_between_two_named_parties_is_one_whatever_the_words():
    report = _two_outlets(
        "Acme Corp agreed on Monday to buy Globex for $14.1 billion in cash.",
        "Acme Corp will acquire Globex in a deal worth $14.9 billion including debt.",
    )
    assert [f.summary for f in report.of_kind("agreement") if "Globex" in f.summary]
    report = _two_outlets(
        "Jo Bloggs will replace Axel Ruiz as chief executive in March, the board said.",
        "Bloggs, 52, succeeds Axel Ruiz, who retires after a decade in the job.",
    )
    assert [f.summary for f in report.of_kind("agreement") if "Ruiz" in f.summary]
    # a thing described by its noun may be two ("a rival"): its words decide
    report = _two_outlets(
        "Acme Corp agreed on Monday to buy a rival for $14.1 billion in cash.",
        "Acme Corp will acquire a rival in a deal worth $14.9 billion including debt.",
    )
    assert not [f.summary for f in report.of_kind("agreement") if "rival" in f.summary]


def test_an_agreed_share_of_the_vote_is_told_with_its_values():
    report = _two_outlets(
        "The commission declared Jo Bloggs the winner of the election, with 51.2% of the vote.",
        "Jo Bloggs was declared the winner of the election with 51% of the vote.",
    )
    (agreement,) = report.of_kind("agreement")
    assert "51.2" in agreement.summary


def test_a_candidate_s_share_is_theirs_however_the_source_names_them():
    report = _two_outlets(
        "Jo Bloggs won Ruritania's presidential election with 87.3% of the vote.",
        "Bloggs was re-elected with 87.28% of the vote, according to final results.",
    )
    assert [f.summary for f in report.of_kind("agreement") if "87.28 / 87.3" in f.summary]


def test_a_promise_to_resign_is_told_as_what_would_happen():
    report = _two_outlets(
        "Jo Bloggs has agreed to resign once a transitional council is set up, Axel Ruiz said.",
        "Jo Bloggs said on Tuesday he would step down once a transitional council is installed.",
    )
    (agreement,) = report.of_kind("agreement")
    assert "would resign" in agreement.summary


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what an actor spent is what it paid
        ("Acme paid $26.3 billion in 2021 for default status.",
         "Acme spent $26.3 billion in 2021 on deals to be the default search engine."),
        # a fine of one company, however each source names it
        ("Acme was fined a record 1.2 billion euros by the regulator on Monday.",
         "The regulator fined Acme Platforms 1.2 billion euros on Monday."),
    ],
)  # fmt: skip
def test_one_amount_told_two_ways_agrees(first, second):
    report = _two_outlets(first, second)
    assert [f for f in report.of_kind("agreement") if f.figure is not None]


def test_a_change_of_state_said_of_what_changed_is_its_agentless_passive():
    report = _two_outlets(
        "The governor said the bridge, which opened in 1977, was safe.",
        "The 1.6-mile bridge was opened in 1977.",
    )
    assert len(report.of_kind("agreement")) == 1
    # (a person does not undergo it: "the minister resumed" is no "was resumed")
    report = _two_outlets("The minister resumed on Monday.", "The talks were resumed on Monday.")
    assert not report.of_kind("agreement")


def test_counts_of_one_thing_told_in_parts_agree_with_their_sum():
    report = _two_outlets(
        "A jury convicted Jo Bloggs of seven counts of fraud and conspiracy in November.",
        "Jo Bloggs was found guilty last November of two counts of wire fraud and five counts "
        "of conspiracy.",
    )
    assert len(report.of_kind("agreement")) == 1


def test_a_prize_and_an_award_are_one_honour():
    report = _two_outlets(
        "The prize is worth 11 million Swedish crowns.",
        "The award comes with 11 million Swedish kronor.",
    )
    assert [f.summary for f in report.of_kind("agreement") if "11 million" in f.summary]


def test_overturning_a_ruling_is_striking_it_down_not_capsizing():
    report = _two_outlets(
        "The Supreme Court overturned the ruling on Friday.",
        "The Supreme Court struck down the ruling on Friday.",
    )
    assert len(report.of_kind("agreement")) == 1
    assert not [c for c in report.claims if c.predicate == "open:capsize"]
    # (a boat that overturned capsized)
    report = _two_outlets(
        "The ferry capsized near Zenda on Friday.", "The ferry overturned near Zenda on Friday."
    )
    assert {c.predicate for c in report.claims} == {"open:capsize"}


def test_prosecutors_appealing_to_a_higher_court_are_the_prosecution_appealing():
    report = _two_outlets(
        "Prosecutors said they would appeal to the Supreme Court.",
        "The prosecution said it would not appeal the ruling.",
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["polarity"]


def test_an_amount_is_told_in_the_clauses_words_not_as_the_acts_object():
    report = _two_outlets(
        "The government released $20 million in emergency aid on Monday.",
        "The storm damaged roads.",
    )
    told = [f.summary for f in report.findings if "$20 million" in f.summary]
    assert any("“The government released $20 million in emergency aid" in s for s in told)


def test_an_agreement_states_a_time_only_when_sources_agree_on_it():
    report = _two_outlets(
        "Police arrested the captain of the ferry on Sunday.",
        "The captain of the ferry has been arrested, police said.",
    )
    (agreement,) = report.of_kind("agreement")
    assert "Sunday" not in agreement.summary


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Several people were injured in scuffles.", "people were injured"),
        ("The children were evacuated from the school.", "children were evacuated"),
        ("The minister was sacked on Monday.", "minister was dismissed"),
        ("Three people were injured, one of them seriously.", "one person was injured"),
    ],
)
def test_a_passive_without_its_doer_is_told_in_the_number_of_its_patient(text, said):
    report = told(a=text)
    assert any(said in f.summary for f in report.findings), [f.summary for f in report.findings]


def test_a_figure_another_act_states_is_told_in_its_words():
    report = told(
        a="A regional jet flipped over while landing on Monday, injuring 18 of the 80 people on "
        "board, officials said."
    )
    summaries = [f.summary for f in report.findings]
    assert "Only a says: “injuring 18 of the 80 people on board” (on board: 80)." in summaries


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The fire broke out on Monday near the town, officials said.",
         "The blaze started on Sunday near the town."),
        ("Clashes erupted in Zenda on Friday.", "The clashes began in Zenda on Thursday."),
    ],
)  # fmt: skip
def test_an_event_s_start_on_two_days_is_a_conflict(first, second):
    report = _two_outlets(first, second, (dt.date(2025, 3, 4), dt.date(2025, 3, 4)))
    (clash,) = report.of_kind("conflict")
    assert clash.conflict == "time"


@pytest.mark.parametrize(
    "text",
    [
        "Jo Bloggs started a business in 2010.",
        "Prices began to fall on Monday.",
        "The company started laying off workers in May.",
        "The tragedy began.",
        # a price or a rate that "starts at"
        "The new phone starts at $1,099 in the United States.",
        "Rates started at 5% last year.",
    ],
)
def test_a_start_with_an_object_a_verb_or_nothing_after_it_is_no_event_start(text):
    report = _two_outlets(text, "x y z.")
    assert not [c for c in report.claims if c.predicate == "begin"]


def test_a_value_said_mid_sentence_loses_the_capital_of_its_sentence():
    report = _two_outlets(
        "At least four people were killed when the tornado struck the town.",
        "The tornado killed five people in the town.",
    )
    (agreement,) = [f for f in report.of_kind("agreement") if "tornado" in f.summary]
    assert "killed at least four / five" in agreement.summary


def test_a_kidnapping_on_two_days_is_a_conflict_whichever_verb():
    report = _two_outlets(
        "The three aid workers were abducted on December 14 near Mopti.",
        "The three aid workers were kidnapped near Mopti on December 15.",
        (dt.date(2025, 2, 18), dt.date(2025, 2, 18)),
    )
    (clash,) = report.of_kind("conflict")
    assert clash.conflict == "time"


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [
        # one elected (by no one named) won the vote
        (
            "Maria Sanz won Ruritania's presidential runoff on Sunday, defeating Axel Ruiz.",
            "Maria Sanz was elected president of Ruritania on Sunday.",
            "Maria Sanz won the vote",
        ),
        # a truce agreed on a day is the one agreed
        (
            "Ruritania and Westmark agreed on Wednesday to a four-day truce.",
            "Ruritania and Westmark have agreed to a truce, Zenda's foreign ministry said.",
            "signed an agreement with",
        ),
    ],
)
def test_one_act_worded_two_ways_agrees(first, second, said):
    (agreement,) = _two_outlets(first, second).of_kind("agreement")
    assert said in agreement.summary
    assert len(agreement.sources) == 2


def test_a_claim_one_source_makes_is_told_with_its_time():
    report = _two_outlets(
        "The strike, which began on May 2, lasted 146 days.", "The talks in Zenda went on."
    )
    summaries = [f.summary for f in report.of_kind("uncorroborated")]
    assert "Only Zenda Star says: the strike began (May 2)." in summaries


def test_a_ruling_challenged_is_appealed():
    (agreement,) = _two_outlets(
        "Acme said it would appeal the decision.",
        "Acme said it would challenge the ruling in court.",
    ).of_kind("agreement")
    assert agreement.summary.startswith("Acme would appeal")


def test_an_act_dated_after_its_source_is_told_as_ahead():
    report = _two_outlets(
        "The law takes effect next year, officials said.",
        "Nothing.",
        published=(dt.date(2023, 5, 18), None),
    )
    summaries = [f.summary for f in report.of_kind("uncorroborated")]
    assert any("would take effect" in s for s in summaries)
    assert not any("took effect" in s for s in summaries)


def test_an_agreed_term_is_what_the_holder_was_sentenced_to():
    report = _two_outlets(
        "A judge sentenced Jo Bloggs to 25 years in prison on Thursday.",
        "Jo Bloggs was sentenced to 25 years in prison on Thursday.",
    )
    (agreed,) = report.of_kind("agreement")
    assert "sentenced Jo Bloggs to 25 years" in agreed.summary


def test_clauses_giving_different_shares_do_not_agree():
    report = _two_outlets(
        "The drug slowed cognitive decline by 35% in a late-stage trial.",
        "In a clinical trial, the drug slowed decline by 29% compared with a placebo.",
    )
    assert not report.of_kind("agreement")


def test_two_votes_of_one_sentence_are_two_figures():
    report = _two_outlets(
        "The court ruled 6-3 to uphold the law, and 5-4 to overturn the precedent.",
        "The justices voted 5-4 to overturn the precedent.",
    )
    assert not report.of_kind("conflict")
    assert any("5 votes for" in f.summary for f in report.of_kind("agreement"))


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # a source's only count of the dead, of a group of people by what they were, is the
        # toll of everyone
        ("A fire on the train killed nine passengers.", "Nine people were killed in the fire.",
         "agreement"),
        ("Two prison officers died in the assault.", "Three guards were killed in the assault.",
         "conflict"),
        # one count told of two groups by what they were is everyone's too
        ("Gunmen killed 26 tourists. The gunmen killed 26 men at the site.",
         "Militants killed 26 people.", "agreement"),
        ("Gunmen killed 26 tourists. The gunmen killed 26 men at the site.",
         "Militants killed 28 people.", "conflict"),
        # the groups of one list said together, when they are all the source gives
        ("Twenty children and three teachers died when their bus caught fire.",
         "A bus fire killed 23 people.", "agreement"),
        ("Twenty children and three teachers died when their bus caught fire.",
         "A bus fire killed 25 people.", "conflict"),
        # (the list told twice, in a headline and a sentence, is one sum)
        ("Bus blaze kills 20 children and three teachers\n\nTwenty children and three "
         "teachers died when their bus caught fire.", "A bus fire killed 23 people.",
         "agreement"),
        # (a list beside a count of everyone is a part of it: no agreement on its sum)
        ("The fire killed 26 people. Twelve children and five women were among the dead.",
         "A bus fire killed 17 people.", "conflict"),
    ],
)  # fmt: skip
def test_a_source_s_only_count_of_a_group_is_its_toll(first, second, kind):
    report = _two_outlets(first, second)
    found = _judged(report)
    assert [f.kind for f in found if f.figure is not None] == [kind]


@pytest.mark.parametrize(
    "first",
    [
        # one group by age or sex is a part of the toll, whatever its size
        "Gunmen killed 26 men.",
        # two of them of two sizes: which is everyone's is not said
        "Gunmen killed 20 men. The gunmen killed 26 tourists at the site.",
    ],
)
def test_a_part_of_a_toll_by_age_sex_or_belonging_is_not_everyone_s(first):
    report = _two_outlets(first, "Militants killed 26 people.")
    assert not [f for f in _judged(report) if f.figure is not None and f.kind != "uncorroborated"]


def test_a_count_to_be_done_is_told_as_ahead():
    report = _two_outlets("Qatar said 50 hostages would be freed during the truce.", "Nothing.")
    summaries = [f.summary for f in report.of_kind("uncorroborated")]
    assert any("50 hostages would be released" in s for s in summaries)


def test_the_head_chief_and_leader_of_a_body_are_one_office():
    report = _two_outlets(
        "Jo Bloggs, the head of the Acme group, was on the list.",
        "Acme chief Jo Bloggs was on the list.",
    )
    offices = [f for f in report.of_kind("agreement") if "is head of Acme" in f.summary]
    assert len(offices) == 1
    # but a chief executive is not the head of the body, nor its chief
    report = _two_outlets(
        "Acme chief executive Jo Bloggs was on the list.", "Acme chief Jo Bloggs was on the list."
    )
    assert not [f for f in report.of_kind("agreement") if " is " in f.summary]


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        # (the countries its clauses name are asides: no two places of the death)
        ("Jo Bloggs, the Argentine cleric, died on April 21 aged 88.", True),
        # another day is no agreement; nor another event
        ("Jo Bloggs, the Argentine cleric, died on April 20 aged 88.", False),
        ("Jo Bloggs, the Argentine cleric, resigned on April 21.", False),
    ],
)
def test_a_named_person_s_death_on_one_day_agrees_whatever_the_clause_runs_on_to(second, agree):
    monday = dt.date(2025, 4, 21)
    report = _two_outlets(
        "Jo Bloggs died on Monday at the age of 88, the Italian government said, a day "
        "after appearing before crowds in St Mary's Square on Easter Sunday.",
        second,
        published=(monday, monday),
    )
    died = [f for f in report.of_kind("agreement") if "died on Monday" in f.summary]
    assert bool(died) == agree


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Jo Bloggs, 55, will be sworn in on Monday.", "Jo Bloggs will take office on Monday."),
        # who became the country's leader took office
        ("Jo Bloggs became Ruritania's prime minister on Friday after his party won.",
         "Bloggs became prime minister on Friday after meeting the king."),
    ],
)  # fmt: skip
def test_one_sworn_in_agrees_with_one_who_takes_office(first, second):
    report = _two_outlets(first, second)
    (agreed,) = report.of_kind("agreement")
    assert agreed.summary.startswith("Jo Bloggs took office")


def test_a_quote_told_with_its_figure_is_not_told_again_without_it():
    # the toll's rise (dead: 122) and the deaths the toll implies quote the same words
    report = _two_outlets(
        "The death toll from wildfires in the Zenda region rose to 122 on Tuesday, the "
        "forensic service said.",
        "Firefighters battled the blaze near Strelsau.",
    )
    told = [f.summary for f in report.of_kind("uncorroborated") if f.sources == ["s0"]]
    assert len(told) == 1
    assert told[0].endswith("(dead: 122).")


@pytest.mark.parametrize(
    ("killed", "died", "shown"),
    [
        ("Jo Bloggs was killed in the attack.", "Jo Bloggs died in the attack.", "Jo Bloggs died"),
        # a group's killing tells the death of the one member another source says died
        (
            "Jo Bloggs and Maria Sanz were killed when the helicopter crashed, officials said.",
            "Jo Bloggs died in the crash along with seven others, officials said.",
            "Jo Bloggs died",
        ),
    ],
)
def test_a_killing_told_with_no_killer_is_the_death_another_source_tells(killed, died, shown):
    report = told(a=killed, b=died)
    (agreement,) = [f for f in report.findings if f.kind == "agreement"]
    assert agreement.summary.startswith(f"{shown}: 2 independent sources agree")
    assert {e.source for e in agreement.evidence} == {"a", "b"}


def test_a_group_killed_tells_each_death_told_alone():
    # the group's killing is not joined to one of the deaths; told of each member, it
    # corroborates each death on its own
    report = told(
        a="Jo Bloggs and Maria Sanz were killed in the attack.",
        b="Jo Bloggs died in the attack. Maria Sanz died in hospital.",
    )
    agreements = report.of_kind("agreement")
    assert sorted(f.summary.split(" died")[0] for f in agreements) == ["Jo Bloggs", "Maria Sanz"]
    assert all(f.sources == ["a", "b"] for f in agreements)


def test_two_outlets_denying_one_thing_in_their_own_clause_agree():
    report = _two_outlets(
        "Police in Zenda said on Monday that the stabbing was not being treated as terror-related.",
        "The stabbing is not being treated as terror-related, the chief constable told "
        "reporters late on Tuesday.",
    )
    (agreement,) = report.of_kind("agreement")
    assert agreement.sources == ["s0", "s1"]
    assert "not being treated" in agreement.summary


def test_a_new_president_is_the_president():
    report = _two_outlets(
        "Jo Bloggs flew to Strelsau for the inauguration of France's new president, Maria Sanz, "
        "on Tuesday.",
        "Jo Bloggs was seen hours after attending the swearing-in of French President Maria Sanz.",
    )
    (agreement,) = [f for f in report.of_kind("agreement") if "president" in f.summary]
    assert agreement.summary.startswith("Maria Sanz is president of France: 2 independent")


def test_a_fourth_title_claimed_is_four_titles_won():
    report = _two_outlets(
        "Rudolf Rassendyll, 21, claimed his fourth title on Sunday in Strelsau.",
        "Rudolf Rassendyll has now won four titles, the federation said.",
    )
    (agreement,) = report.of_kind("agreement")
    assert agreement.figure is not None
    assert agreement.sources == ["s0", "s1"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The girls were attacked at a dance workshop on Monday.", "the girls were attacked"),
        ("A man attacked Jo Bloggs outside her home.", "the man attacked Jo Bloggs"),
        # people of a group the figures count, or of other nouns of people
        ("Gunmen attacked villagers in Karsk.", "the gunmen attacked villagers"),
        ("A gunman attacked shoppers at a mall.", "the gunman attacked shoppers"),
        # (the finite verb the parser hung on the noun of "armed with": the man's)
        ("A man armed with a rifle attacked shoppers at a mall.", "the man attacked shoppers"),
        # a place or a target is struck
        ("Rebels attacked Zenda on Monday.", "the rebels struck Zenda"),
    ],
)
def test_an_attack_on_people_reads_as_attacked(text, shown):
    (finding,) = told(a=text).findings
    assert finding.summary.startswith(f"Only a says: {shown}")


@pytest.mark.parametrize(
    ("second", "agreed"),
    [
        ("Jo Bloggs became the first Asian woman to win the prize.", True),
        # another series: neither rules the other out, and they do not say one thing
        ("Jo Bloggs is the first Ruritanian writer to win the prize.", False),
    ],
)
def test_places_in_two_series_do_not_agree(second, agreed):
    report = _two_outlets("Jo Bloggs is the first Asian woman to win the prize.", second)
    assert bool(report.of_kind("agreement")) == agreed
    assert not report.of_kind("conflict")


def test_people_unnumbered_are_no_people_named():
    report = _two_outlets("Police opened fire on the crowd, killing several people.", "Nothing.")
    (told,) = [f for f in report.of_kind("uncorroborated") if "killed" in f.summary]
    assert "killed people" in told.summary


def test_an_act_on_a_group_corroborates_the_act_on_one_of_its_members():
    report = _two_outlets(
        "Acme's new owner fired chief executive Jo Bloggs on Thursday.",
        "Acme's new owner ousted chief executive Jo Bloggs, finance chief Axel Ruiz and top "
        "lawyer Maria Sanz on Thursday.",
    )
    (agreed,) = report.of_kind("agreement")
    assert "Jo Bloggs" in agreed.summary
    assert "Axel Ruiz" not in agreed.summary
    # what only the second outlet says of the others stays its own
    (alone,) = report.of_kind("uncorroborated")
    assert "Axel Ruiz" in alone.summary
    # the members' acts are never reported alone
    assert all(
        ">of" not in cid for f in report.findings if f.kind != "agreement" for cid in f.claims
    )


def test_one_act_on_a_group_in_two_outlets_is_one_agreement():
    report = _two_outlets(
        "Police arrested Jo Bloggs and Axel Ruiz in Zenda on Thursday, officials said.",
        "Jo Bloggs and Axel Ruiz were detained by police on Thursday after a raid.",
    )
    assert len(report.of_kind("agreement")) == 1
    assert not report.of_kind("uncorroborated")


@pytest.mark.parametrize(
    ("first", "second", "measure"),
    [
        (
            "A boat carrying 278 passengers capsized on Lake Zenda on Thursday.",
            "The boat that sank on Thursday was carrying about 278 people, officials said.",
            "aboard",
        ),
        (
            "The plane crashed on Thursday and one passenger survived, police said.",
            "Only one of the 242 people on board the flight survived the crash on Thursday.",
            "rescued",
        ),
    ],
)
def test_a_source_s_only_count_of_passengers_is_everyone_s(first, second, measure):
    report = _two_outlets(first, second)
    assert [f for f in report.of_kind("agreement") if f.figure and f.figure.measure == measure]


def test_passengers_counted_beside_a_crew_are_not_everyone_aboard():
    report = _two_outlets(
        "A private jet crashed on Wednesday, killing all 10 people on board.",
        "Seven passengers and three crew were on board the jet that crashed on Wednesday.",
    )
    assert not [f for f in report.of_kind("conflict") if f.figure and f.figure.measure == "aboard"]


_VOTED = "Union members approved the contract with 59% of the vote on Monday."
_STOLEN = "Hackers stole the data of about 10 million customers of Acme Telecom."
_GREW = "Acme reported revenue of $30.04 billion, up from $13.51 billion a year earlier."


@pytest.mark.parametrize(
    ("first", "second", "said", "other", "kind", "found"),
    [
        # the share a vote passed with is the share voting for it (not the share against)
        ("Some 59% of members voted in favour of the deal.", _VOTED, "59",
         ("Some 41% of members voted against the deal.", _VOTED), "conflict", False),
        # a count told of the story meets the count of the one whole its source names (a
        # count whose sentence names no whole may be of another)
        (_STOLEN, "Acme Telecom said the details of up to 9.8 million customers may have been "
         "exposed.", "customers", (_STOLEN, "The details of up to 9.8 million customers may "
         "have been exposed, police said."), "agreement", False),
        # an amount's change read from two amounts meets the change told (and one the two
        # amounts cannot give is a conflict)
        ("Acme said its quarterly revenue rose 122% to $30 billion.", _GREW, "122",
         ("Acme said its quarterly revenue rose 150% to $30 billion.", _GREW), "conflict", True),
    ],
)  # fmt: skip
def test_a_figure_told_two_ways_meets_itself(first, second, said, other, kind, found):
    report = _two_outlets(first, second)
    assert [f for f in report.of_kind("agreement") if said in f.summary]
    # (and beside a figure told otherwise, or of another thing)
    assert bool(_two_outlets(*other).of_kind(kind)) is found


def test_counts_of_two_charges_are_two_figures():
    report = _two_outlets(
        "A man was charged with three counts of murder and 10 counts of attempted murder.",
        "He also faces 10 charges of attempted murder.",
    )
    assert not report.of_kind("conflict")


def test_a_company_s_shares_are_its_stock():
    report = _two_outlets(
        "Acme's shares fell about 7% in after-hours trading.",
        "Acme stock dropped 6.9% after the results were released.",
    )
    assert [f for f in report.of_kind("agreement") if "6.9" in f.summary]


def test_a_clause_s_act_is_told_with_its_figure_not_alone():
    report = _two_outlets(
        "More than 1,000 pilgrims died as temperatures reached 51.8C in Mecca.",
        "Temperatures in Mecca hit 51.8 degrees Celsius on Monday.",
    )
    assert [f for f in report.of_kind("agreement") if "51.8" in f.summary]
    # (only the deaths are one source's alone)
    assert [
        f.summary.endswith("(dead: more than 1,000 pilgrims).")
        for f in report.of_kind("uncorroborated")
    ] == [True]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # declaring and announcing
        ("The governor declared a state of emergency in Zenda on Monday.",
         "The governor announced a state of emergency in Zenda on Monday."),
        # a storm making landfall and coming ashore
        ("Storm Zara made landfall in Zenda on Monday.", "Zara came ashore in Zenda on Monday."),
        # an act told by its noun after a verb of ordering it
        ("Authorities ordered the evacuation of Zenda on Wednesday.",
         "Authorities evacuated Zenda on Wednesday."),
        ("The government announced the closure of Zenda airport on Monday.",
         "The government closed Zenda airport on Monday."),
        ("Officials ordered the evacuation of the town of Zenda.",
         "The town of Zenda was evacuated, officials said."),
    ],
)  # fmt: skip
def test_one_act_told_in_two_outlets_words_is_one_agreement(first, second):
    report = _two_outlets(first, second)
    assert len(report.of_kind("agreement")) == 1
    assert not report.of_kind("uncorroborated")


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        ("About 300,000 people were evacuated from the coast on Wednesday.", "agreement"),
        ("Authorities evacuated 250,000 residents on Wednesday.", "conflict"),
    ],
)
def test_a_count_of_an_act_told_by_its_noun_is_the_act_s_figure(second, kind):
    # "ordered the evacuation of 300,000 residents" evacuated 300,000, as the verb tells it
    report = _two_outlets("Officials ordered the evacuation of 300,000 residents.", second)
    assert [f.figure.measure for f in report.of_kind(kind) if f.figure] == ["evacuated"]


def test_an_intended_act_meets_the_act_told_ahead():
    report = _two_outlets(
        "Jo Bloggs, who denied the charges, plans to appeal, his lawyer said.",
        "Jo Bloggs will appeal the verdict, his lawyer Maria Sanz told reporters.",
    )
    (agreed,) = [f for f in report.of_kind("agreement") if "appeal" in f.summary]
    assert agreed.summary.startswith("Jo Bloggs would appeal")


def test_a_count_everywhere_is_no_value_of_a_count_in_one_country():
    report = _two_outlets(
        "Acme is recalling about 1 million vehicles in the United States.",
        "Acme said it would recall 1.12 million vehicles worldwide.",
    )
    assert not report.of_kind("conflict")


def test_a_share_of_a_company_s_staff_is_a_share_of_its_workforce():
    report = _two_outlets(
        "Acme will cut more than 15% of its workforce, or about 15,000 jobs.",
        "Acme said it would lay off about 15,000 employees, roughly 15% of its staff.",
    )
    assert [f for f in report.of_kind("agreement") if "15 per cent" in f.summary]
    # (a share of its employees is one too, and another value of it a conflict)
    report = _two_outlets(
        "Acme will cut 10% of its workforce.", "Acme said it would cut 15% of its employees."
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["value"]


def test_a_level_told_with_its_move_meets_the_level_told_alone():
    report = _two_outlets(
        "Acme's quarterly profit rose $2 billion to $16 billion.",
        "Acme said its quarterly profit rose to $16 billion.",
    )
    (agreed,) = report.of_kind("agreement")
    assert "$16 billion" in agreed.summary
    assert not report.of_kind("conflict")


def test_a_concession_told_against_a_refusal_to_concede_is_a_conflict():
    report = _two_outlets(
        "Her rival, Jo Bloggs, conceded defeat on Monday.", "Jo Bloggs has refused to concede."
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "polarity"


@pytest.mark.parametrize(
    ("told", "change"),
    [
        ("The death toll rose to 45 from 31 on Tuesday, officials said.", "evolving"),
        ("The death toll climbed from 31 to 45 on Tuesday, officials said.", "evolving"),
        # (a move from another value tells nothing of the 31)
        ("The death toll rose to 45 from 38 on Tuesday, officials said.", "contradiction"),
    ],
)
def test_a_value_another_source_tells_the_figure_moved_from_is_an_earlier_one(told, change):
    day = dt.date(2024, 5, 3)
    report = claimcheck.check(
        [
            claimcheck.source_from_text(told, id="s0", outlet="Zenda Star", published=day),
            claimcheck.source_from_text(
                "Officials said 31 people had been killed.",
                id="s1",
                outlet="Strelsau Post",
                published=day,
            ),
        ]
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.figure is not None
    assert conflict.figure.change == change


def test_new_cases_are_a_figure_apart_from_the_running_total():
    report = _two_outlets(
        "The health ministry confirmed 120 new cases of cholera on Tuesday.",
        "Zenda reported 118 new cholera cases on Tuesday. The outbreak has infected more than "
        "3,400 people since the start of the year.",
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.figure is not None
    assert [p.value for p in conflict.figure.timeline] == ["118", "120"]  # (not the 3,400)


def test_a_commodity_s_futures_price_is_its_price():
    report = _two_outlets(
        "Brent crude rose to $84.93 a barrel.",
        "Brent crude futures climbed $5.04, or 6.3%, to $84.93 a barrel on Monday.",
    )
    assert [f for f in report.of_kind("agreement") if "84.93" in f.summary]


def test_a_person_described_by_an_office_is_its_one_holder_where_the_source_names_them():
    # "Zenda's finance minister" is Maria Sanz, whom another source calls that, where its own
    # text names her too: one resignation, on two days
    held = "Zenda's finance minister Maria Sanz resigned on Tuesday."
    report = outlets(
        held, "Zenda's finance minister resigned on Wednesday. Maria Sanz said she did no wrong."
    )
    (conflict,) = report.of_kind("conflict")
    assert (conflict.conflict, conflict.sources) == ("time", ["s0", "s1"])
    # a source that names only the office may mean another holder, earlier or elsewhere
    assert not outlets(held, "Zenda's finance minister resigned on Wednesday.").of_kind("conflict")
    # two persons said to hold the office: neither is taken for the description
    two = outlets(
        held,
        "Zenda's finance minister resigned on Wednesday. Maria Sanz and Jo Bloggs spoke.",
        "Jo Bloggs, Zenda's finance minister, was arrested in 2019.",
    )
    assert not two.of_kind("conflict")


def test_claims_a_conflict_leaves_undisputed_still_agree():
    # the day is disputed; that she resigned this year, which both days fit, two sources give
    report = outlets(
        "Maria Sanz resigned on Tuesday.",
        "Maria Sanz resigned on Wednesday. She is the third minister to resign this year.",
        "Maria Sanz is the second minister to resign this year.",
    )
    assert sorted((f.conflict, f.sources) for f in report.of_kind("conflict")) == [
        ("rank", ["s1", "s2"]),
        ("time", ["s0", "s1"]),
    ]
    (agreement,) = report.of_kind("agreement")
    assert agreement.sources == ["s1", "s2"]
    assert "Maria Sanz resigned (this year)" in agreement.summary
    assert not [f for f in report.of_kind("uncorroborated") if "resigned" in f.summary]


def test_a_denial_of_a_toll_meets_its_measure_counted_by_another_verb():
    # "no one was killed" against "five people died": the dead, however their deaths are told
    report = outlets("Police said no one was killed.", "Five people died in the blast.")
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "polarity"
    # (a clause quoted whole is not told with its count again)
    assert conflict.summary.startswith("Outlet 1 says \u201cFive people died in the blast\u201d;")
    # a toll of another event denies nothing of this one
    other = outlets(
        "No one was killed in the attack.", "Five people were killed in another attack last week."
    )
    assert not other.of_kind("conflict")


def test_an_age_counts_nothing_in_an_open_claim():
    report = outlets(
        "Jo Bloggs was jailed on Tuesday. The 62-year-old was found guilty on five counts of "
        "corruption.",
        "A court jailed Jo Bloggs. Judges found him guilty on six counts of corruption.",
    )
    (conflict,) = report.of_kind("conflict")
    assert "counts" in conflict.summary
    assert "62" not in conflict.summary.split(":", 2)[-1]


def test_the_nth_time_of_an_act_is_its_rank():
    report = _two_outlets(
        "Westmark won the World Cup for the second time on Sunday.",
        "Westmark won the World Cup for the third time.",
    )
    (conflict,) = report.of_kind("conflict")
    assert conflict.conflict == "rank"
    assert conflict.summary.endswith(": the second (Zenda Star); the third (Strelsau Post).")


def test_it_was_the_nth_time_is_the_act_s_rank_in_the_span_it_says():
    report = _two_outlets(
        "It was the third time the bank has raised rates this year.",
        "The bank raised rates for the second time this year.",
    )
    assert [f.conflict for f in report.of_kind("conflict")] == ["rank"]
    # the times of another span are another count
    report = _two_outlets(
        "The bank raised rates for the fourth time in two years.",
        "The bank raised rates for the second time this year.",
    )
    assert not report.of_kind("conflict")


def test_a_first_time_since_a_date_is_no_rank():
    report = _two_outlets(
        "Westmark won the World Cup for the first time since 1998.",
        "Westmark won the World Cup for the third time.",
    )
    assert not report.of_kind("conflict")


def test_filing_for_bankruptcy_agrees_with_filing_for_bankruptcy_protection():
    report = outlets(
        "Globex, one of the oldest department store chains, filed for bankruptcy on Monday.",
        "Department store chain Globex has filed for bankruptcy protection, it said.",
    )
    assert [f.sources for f in report.of_kind("agreement")] == [["s0", "s1"]]


def test_winning_a_prize_and_receiving_it_are_one_act_ranked_alike():
    report = outlets(
        "Maria Sanz, 71, is the first writer from Westmark to win the prize.",
        "Maria Sanz became the second Westmark writer to receive the prize, after Jo Bloggs.",
    )
    assert "rank" in {f.conflict for f in report.of_kind("conflict")}
