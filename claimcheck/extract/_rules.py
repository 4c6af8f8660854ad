"""The default extractor: rule-based English news claims, with no model to download.

A document is split into sentences, a sentence into attribution units (the writer's own words,
or what a speaker is reported to say: ``X said ...``, quotes with a trailer, ``according to X``)
and a unit into clauses at the connectives news uses to order events (``after``, ``before``,
``shortly after``, ``while``, ``a move that``). In each clause the lexicon predicates are found and
their arguments assigned by voice (active, passive with ``by``), by nominalisation (``X's
recognition of Y``, ``the decision to cut ties``) and by the ordinal construction (``the third
country, after A and B, to recognise``). Anaphoric predicates (``made the same move``,
``followed suit``) take the predicate and object of the event they refer to. Clauses with a
subject and a verb but no lexicon predicate are kept as open claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimcheck.extract._mentions import DocMentions, Mention, find_document_mentions
from claimcheck.extract._sentences import split_sentences
from claimcheck.model import Claim, Polarity, Quantity, Source, Span, TimeRange
from claimcheck.normalise._gazetteer import gazetteer, tokenize
from claimcheck.normalise._numbers import find_quantities, ordinal_value
from claimcheck.normalise._predicates import Lexicon, PredicateMatch, default_lexicon
from claimcheck.normalise._time import TimeMention, find_times

__all__ = ["RuleExtractor"]

_SPEECH = (
    r"said|says|say|told\s+(?:\w+\s+){0,3}?|tells|announced|announces|stated|states|reported|"
    r"reports|claimed|claims|added|insisted|warned|noted|declared|confirmed|wrote|alleged|"
    r"denied|denies|deny|argued|stressed|explained|acknowledged|admitted|maintained"
)
_SPEECH_RE = re.compile(
    rf"\b(?P<verb>{_SPEECH})\b(?P<when>\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|then|earlier|later|last\s+\w+|in\s+a\s+statement))?"
    r"(?P<that>\s+that)?\s+(?=\S)"
)
# Verbs that report speech only when a clause follows ("declared that ...", not "declared a
# state of emergency"); "said" and "told" always do.
_DESCRIBED_SPEAKER = re.compile(
    r"\s*(?P<np>(?:the|a|an|its|their|his|her)\s+(?:[A-Za-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?:\s+(?:also|later|again|previously|repeatedly|firmly|flatly|strongly))?\s*",
    re.IGNORECASE,
)
# The subject of reported content that names no entity: "the vote was free", "soldiers had
# fired", "the port would stay closed". Determiner optional; a verb form must follow.
_FINITE_AUX = r"(?:was|were|is|are|had|has|have|would|will|could|can|might|may|should|did|does)\b"
_REPORTED_SUBJECT = re.compile(
    rf"\s*(?:(?:the|a|an|some|many|several|its|their)\s+)?"
    rf"((?:(?!{_FINITE_AUX})[a-z][\w-]*\s+){{0,2}}(?!{_FINITE_AUX})[a-z][\w-]*)"
    rf"\s+(?={_FINITE_AUX}|[a-z]{{3,}}ed\b)"
)
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her)\s+")
_NOT_A_NOUN = {
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "there",
    "this",
    "that",
    "these",
    "those",
    "what",
    "which",
    "who",
    "and",
    "but",
    "or",
    "if",
    "when",
    "as",
    "so",
    "then",
    "not",
}
_PURE_SPEECH = re.compile(r"^(?:said|says|say|told|tells)\b", re.IGNORECASE)
_CLAUSE_FOLLOWS = re.compile(r"[\"“]|(?:it|he|she|they|we|I|there)\b|[A-Z]")
# ", the agency said on Monday." closing a sentence: the rest is what the speaker said.
_TRAIL_SAID = re.compile(
    r",\s+(?P<who>[^,;\"“”]{2,80}?)\s+(?:said|says|told\s+\w+|added|reported|announced|confirmed|"
    r"stated|claimed|reportedly\s+said)(?P<when>\s+(?:on\s+)?[A-Z]?\w+)?\s*[.!?]?\s*$"
)
# A dateline opening a story: "LIMA (Reuters) - ", "KYIV, March 3 (AP) — ".
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s+"
)
_TRAILER = re.compile(
    rf"^[,\s]*(?:(?P<pre>[^\"“”]{{1,80}}?)\s+(?:{_SPEECH})|(?:{_SPEECH})\s+(?P<post>[^\"“”]{{1,80}}?))(?P<rest>[,\s].*)?[.!?]?$"
)
_QUOTE_FIRST = re.compile(r"^\s*[\"“](?P<q>[^\"“”]{8,}?)[,.!?]?[\"”](?P<trailer>[^\"“”]+)$")
_ACCORDING = re.compile(r",?\s*according\s+to\s+(?P<who>[^,.;]{2,80})[.,]?\s*$", re.IGNORECASE)
_ACCORDING_FRONT = re.compile(r"^\s*according\s+to\s+(?P<who>[^,]{2,80}),\s*", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r";\s+|,?\s+(?:(?:hours|days|weeks|months|years|minutes|shortly|just|soon|long|moments)\s+)?"
    r"(?P<rel>after|before)\s+(?=(?:[A-Z]|the\s|a\s|an\s|it\s|they\s|he\s|she\s|its\s|their\s|another\s|pro-))"
    r"|,?\s+(?P<rel2>while|whereas|although|though|because|when|whereupon)\s+"
    r"|,\s+(?P<rel3>a move that|a step that|a decision that|which|who)\s+"
    r"|,\s+(?P<rel4>saying|adding|claiming|insisting)\s+"
    r"|,\s+(?=(?P<rel5>[a-z]+ing)\s)"
    r"|,\s+and\s+(?=(?:[A-Z]|it\s|they\s|he\s|she\s))"
)
_ORDINAL = re.compile(
    r"\bthe\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,3}(?:st|nd|rd|th))"
    r"\s+(?:(?:[\w-]+\s+){0,2}?)(?P<scope>[a-z]+)\b(?P<mid>[^.;]{0,160}?)\s+to\s+(?=[a-z])",
    re.IGNORECASE,
)
_ORDINAL_AFTER = re.compile(r"\b(?:after|following|behind)\s+(?P<list>.+?)[,\s]*$")
_ANAPHORA = re.compile(
    r"\b(?:(?:made|make|makes|making)\s+(?:the\s+same|a\s+similar)\s+(?:move|decision|step)|"
    r"(?:took|take|takes|taken|taking)\s+(?:the\s+same|a\s+similar)\s+(?:step|decision|move)|"
    r"followed\s+suit|follows\s+suit|follow\s+suit|did\s+(?:the\s+same|likewise|so)|"
    r"has\s+done\s+the\s+same|had\s+done\s+the\s+same)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|no|without|refused\s+to|declined\s+to|failed\s+to)\b|n['’]t\b",
    re.IGNORECASE,
)
_SCOPED = re.compile(
    r"\bno\s+immediate\b|\bnot\s+immediately\b|\bnot\s+yet\b|\bhas\s+yet\s+to\b|\bhave\s+yet\s+to\b|"
    r"\bcould\s+not\s+be\s+reached\b|\bdeclined\s+to\s+comment\b|\bdid\s+not\s+respond\b|\bso\s+far\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|apparently|possibly|probably|may\s+have|might\s+have|"
    r"could\s+have|(?:is|are|was|were)\s+(?:believed|thought|said|understood|expected)\s+to|"
    r"appears?\s+to|seems?\s+to|unconfirmed|rumou?red)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(?:appealed\s+to|urged|asked|called\s+on|pressed|pressured|wants?|wanted|plans?\s+to|"
    r"planned\s+to|threatened\s+to|vowed\s+to|promised\s+to|would|will|could|might|may|"
    r"in\s+talks|possible|to\s+eventually)\b",
    re.IGNORECASE,
)
_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|is|are|be|been|being|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_PLACE_PREPOSITIONS = {"in", "near", "at", "across", "outside", "inside"}
_PLACE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(_PLACE_PREPOSITIONS))})\s", re.IGNORECASE)
_PREPOSITIONS = {
    *_PLACE_PREPOSITIONS,
    "of",
    "to",
    "with",
    "from",
    "by",
    "for",
    "on",
    "over",
    "against",
    "about",
    "into",
    "than",
    "between",
    "among",
    "amid",
    "toward",
    "towards",
}
_AUXILIARIES = {
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "did",
    "does",
    "do",
    "must",
    "be",
    "been",
}
_IRREGULAR = {
    "became",
    "become",
    "becomes",
    "made",
    "makes",
    "took",
    "takes",
    "gave",
    "gives",
    "went",
    "goes",
    "came",
    "comes",
    "held",
    "holds",
    "met",
    "meets",
    "sent",
    "sends",
    "lie",
    "lies",
    "lay",
    "fell",
    "falls",
    "rose",
    "rises",
    "won",
    "wins",
    "lost",
    "loses",
    "led",
    "leads",
    "left",
    "leaves",
    "saw",
    "sees",
    "told",
    "tells",
    "began",
    "begins",
    "brought",
    "brings",
    "built",
    "paid",
    "ran",
    "runs",
    "stood",
    "stands",
    "want",
    "wants",
    "has",
    "had",
    "have",
    "got",
    "gets",
    "kept",
    "keeps",
    "put",
    "set",
    "sought",
    "seeks",
    "spoke",
    "speaks",
    "struck",
    "fled",
    "flees",
    "drew",
    "grew",
    "grows",
    "knew",
    "knows",
    "thought",
    "found",
    "finds",
    "shows",
    "showed",
    "pose",
    "posed",
    "lacks",
    "lack",
}
_DETERMINERS = {"a", "an", "the", "no", "any", "some", "its", "their", "his", "her", "our", "every"}
_NOUN_CONTEXT = {
    "the",
    "a",
    "an",
    "new",
    "fresh",
    "further",
    "including",
    "of",
    "its",
    "their",
    "his",
    "her",
    "these",
    "those",
    "such",
    "no",
    "any",
    "economic",
    "western",
}
_EVENT_VERBS = {
    "hit",
    "hits",
    "struck",
    "swept",
    "sweeps",
    "tore",
    "razed",
    "flattened",
    "engulfed",
}
_STOPVERB = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
}
_SKIP_SENTENCE = re.compile(
    r"^\(?(?:image|photo|picture|file\s+photo|video)\s*(?:credit)?\s*:", re.IGNORECASE
)


@attrs.define
class _Unit:
    """A stretch of a sentence with one attribution."""

    start: int
    end: int
    speaker: Mention | None = None
    speaker_text: str | None = None
    reported: bool = False
    negated: bool = False
    when: TimeRange | None = None


@attrs.define
class _Clause:
    start: int
    end: int
    unit: _Unit
    relation: str | None = None  # how it relates to the clause before it: after, before, ...
    subject: Mention | None = None
    claims: list[Claim] = attrs.Factory(list)


@attrs.define
class _State:
    source: Source
    doc: DocMentions
    lexicon: Lexicon
    claims: list[Claim] = attrs.Factory(list)
    last_subject: Mention | None = None
    recent: list[Claim] = attrs.Factory(list)
    counter: int = 0

    def next_id(self) -> str:
        self.counter += 1
        return f"{self.source.id}#{self.counter}"


def _display(m: Mention | None) -> str | None:
    if m is None:
        return None
    if m.members:
        return " & ".join(m.members)
    if m.type == "event":
        return m.name
    if m.role == "description":
        return re.sub(r"^(?:the|its|their|these|those)\s+", "", m.text.lower())
    return m.name


def _speaker_name(m: Mention | None) -> str | None:
    if m is None:
        return None
    if m.role == "organ" and m.organ:
        return f"{m.name} {m.organ}"
    return _display(m)


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


class RuleExtractor:
    """Rule-based extraction of claims from English news text.

    >>> from claimcheck.model import Source
    >>> src = Source(id="a", text="Ruritania severed ties with Freedonia on 3 May 2024.")
    >>> [(c.subject, c.predicate, c.object) for c in RuleExtractor().extract(src)]
    [('Ruritania', 'sever_ties', 'Freedonia')]
    """

    name = "rules"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()

    def extract(self, source: Source) -> list[Claim]:
        """The claims ``source`` makes, with subjects and objects as names."""
        text = source.text
        sentences = split_sentences(text)
        doc = find_document_mentions(text, sentences)
        state = _State(source=source, doc=doc, lexicon=self.lexicon)
        for (start, end), mentions in zip(sentences, doc.by_sentence, strict=False):
            if _SKIP_SENTENCE.match(text[start:end]):
                continue
            # Credits and photo captions' sources in parentheses are not claims.
            dateline = _DATELINE.match(text[start:end])
            if dateline:
                start += dateline.end()
            cut = re.search(
                r"\s*\((?:image|photo)\s+credit[^)]*\)\s*$", text[start:end], re.IGNORECASE
            )
            if cut:
                end = start + cut.start()
            _Sentence(state, start, end, [m for m in mentions if m.end <= end]).run()
        return state.claims


class _Sentence:
    def __init__(self, state: _State, start: int, end: int, mentions: list[Mention]) -> None:
        self.state = state
        self.text = state.source.text
        self.start = start
        self.end = end
        self.mentions = mentions
        self.times: list[TimeMention] = [
            TimeMention(t.start + start, t.end + start, t.range)
            for t in find_times(self.text[start:end], state.source.published)
        ]

    # -- units -----------------------------------------------------------------------------

    def run(self) -> None:
        for unit in self._units():
            self._unit(unit)
        self._roles()

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def _time_in(self, start: int, end: int) -> TimeRange | None:
        inside = [t for t in self.times if t.start >= start and t.end <= end]
        return inside[0].range if inside else None

    def _speaker(self, start: int, end: int) -> tuple[Mention | None, str | None]:
        found = [m for m in self._mentions_in(start, end) if m.role != "location"]
        # "observers from the OSCE", "officials at the ministry": the body speaks.
        if len(found) >= 2 and found[0].role == "group":
            between = self.text[found[0].end : found[1].start]
            if re.fullmatch(r"\s+(?:from|of|at|with)\s+(?:the\s+)?", between):
                return found[1], None
        for m in found:
            if m.role == "pronoun" and m.name in ("he", "she", "they", "it"):
                return self.state.last_subject, None
            if m.role != "pronoun":
                return m, None
        phrase = re.search(
            r"\b(?:the|a)\s+(statement|ministry|spokes\w+|official\w*|report|agency)\b",
            self.text[start:end],
            re.IGNORECASE,
        )
        return None, phrase.group(0) if phrase else None

    def _units(self) -> list[_Unit]:
        s, e = self.start, self.end
        sentence = self.text[s:e]
        quote = _QUOTE_FIRST.match(sentence)
        if quote:
            trailer = quote["trailer"]
            if re.search(rf"\b(?:{_SPEECH})\b|according to", trailer):
                t0 = s + quote.start("trailer")
                speaker, phrase = self._speaker(t0, e)
                q0, q1 = s + quote.start("q"), s + quote.end("q")
                return [_Unit(q0, q1, speaker, phrase, reported=True, when=self._time_in(t0, e))]
        according = _ACCORDING.search(sentence) or _ACCORDING_FRONT.match(sentence)
        if according:
            w0, w1 = s + according.start("who"), s + according.end("who")
            speaker, phrase = self._speaker(w0, w1)
            phrase = phrase or self.text[w0:w1]
            if according.re is _ACCORDING_FRONT:
                return [_Unit(s + according.end(), e, speaker, phrase, reported=True)]
            return [_Unit(s, s + according.start(), speaker, phrase, reported=True)]
        trail = _TRAIL_SAID.search(sentence)
        if trail and len(trail["who"].split()) <= 8 and '"' not in sentence[: trail.start()][-2:]:
            w0, w1 = s + trail.start("who"), s + trail.end("who")
            speaker, phrase = self._speaker(w0, w1)
            phrase = phrase or " ".join(self.text[w0:w1].split())
            when = self._time_in(s + trail.start(), e)
            return [_Unit(s, s + trail.start(), speaker, phrase, reported=True, when=when)]
        return [_Unit(s, e)]

    def _split_speech(self, unit: _Unit) -> tuple[_Unit, _Unit] | None:
        """``X said (that) CONTENT`` as the speaker's unit and the content's."""
        segment = self.text[unit.start : unit.end]
        for m in _SPEECH_RE.finditer(segment):
            before = segment[: m.start()]
            if before.count('"') % 2 or before.count("“") > before.count("”"):
                continue  # inside a quotation
            if re.search(r"[\"”][,;]?\s*$", before):
                continue  # a quotation's trailer, handled with the quotation
            breaks = list(_CLAUSE_BREAK.finditer(before))
            cut = breaks[-1] if breaks else None
            speaker_start = unit.start + (cut.end() if cut else 0)
            aside = re.search(r"^(?P<content>.+?),\s+(?P<who>(?:\S+\s+){0,5}\S+)\s*$", before)
            if aside and not breaks and "," not in aside["who"]:
                # "The toll rose to 31, the ministry said on Wednesday, as ...": the content
                # comes first; what follows the speech verb is the writer's own.
                w0 = unit.start + aside.start("who")
                speaker, phrase = self._speaker(w0, unit.start + m.start())
                phrase = phrase or " ".join(aside["who"].split())
                c1 = unit.start + aside.end("content")
                when = self._time_in(unit.start + m.start(), unit.start + m.end()) or unit.when
                tail = _Unit(
                    unit.start + m.end(),
                    unit.end,
                    unit.speaker,
                    unit.speaker_text,
                    unit.reported,
                    unit.negated,
                    unit.when,
                )
                return tail, _Unit(unit.start, c1, speaker, phrase, reported=True, when=when)
            conjoined = re.search(r"\s+and\s*$", before)
            if conjoined and conjoined.start() > speaker_start - unit.start:
                # "X did Y and said Z": X did Y; X is the speaker of Z.
                head = _Unit(
                    unit.start,
                    unit.start + conjoined.start(),
                    unit.speaker,
                    unit.speaker_text,
                    unit.reported,
                    unit.negated,
                    unit.when,
                )
                speaker, _ = self._speaker(speaker_start, unit.start + conjoined.start())
                c0 = unit.start + m.end()
                return head, _Unit(
                    c0,
                    unit.end,
                    speaker,
                    None,
                    reported=True,
                    when=self._time_in(unit.start + m.start(), c0) or unit.when,
                )
            if not (
                _PURE_SPEECH.match(m["verb"])
                or m["that"]
                or _CLAUSE_FOLLOWS.match(segment, m.end())
            ):
                continue  # "announced the recognition", "declared a state of emergency": acts
            speaker, phrase = self._speaker(speaker_start, unit.start + m.start())
            if re.search(r"\bit\s+(?:was|is|has\s+been)\s*$", before):
                speaker, phrase = None, None
            elif speaker is None and phrase is None:
                # "The army denied ...", "a police spokesman said ...": a described speaker.
                described = _DESCRIBED_SPEAKER.fullmatch(
                    self.text[speaker_start : unit.start + m.start()]
                )
                if described is None:
                    continue
                n0 = speaker_start + described.start("np")
                n1 = speaker_start + described.end("np")
                named = _LEADING_DETERMINER.sub("", " ".join(self.text[n0:n1].lower().split()))
                speaker = Mention(n0, n1, self.text[n0:n1], named, "group", role="group")
            c0 = unit.start + m.end()
            when = self._time_in(unit.start + m.start(), c0) or unit.when
            negated = m["verb"].lower().startswith("den")
            content = _Unit(
                c0, unit.end, speaker, phrase, reported=True, negated=negated, when=when
            )
            head = _Unit(
                unit.start,
                speaker_start,
                unit.speaker,
                unit.speaker_text,
                unit.reported,
                unit.negated,
                unit.when,
            )
            return head, content
        return None

    def _unit(self, unit: _Unit) -> None:
        split = self._split_speech(unit)
        if split is not None:
            head, content = split
            if head.end > head.start:
                self._clauses(head)
            if content.speaker is not None and content.speaker.actor:
                self.state.last_subject = content.speaker
            self._unit(content)
            return
        self._clauses(unit)

    # -- clauses ---------------------------------------------------------------------------

    def _clauses(self, unit: _Unit, speech_head: bool = False) -> None:
        segment = self.text[unit.start : unit.end]
        # An ordinal's sentence is one clause: "the second to lead X, after Y" names Y as earlier.
        protected = [(m.start(), len(segment)) for m in _ORDINAL.finditer(segment)]
        protected += [(m.start(), m.end()) for m in re.finditer(r"[\"“][^\"“”]*[\"”]", segment)]
        clauses: list[_Clause] = []
        cursor, relation = 0, None
        for m in _CLAUSE_BREAK.finditer(segment):
            if any(a < m.start() < b for a, b in protected):
                continue
            if m.start() > cursor:
                clauses.append(_Clause(unit.start + cursor, unit.start + m.start(), unit, relation))
            relation = (m["rel"] or m["rel2"] or m["rel3"] or m["rel4"] or "and").lower()
            if m["rel5"]:
                relation = "participle"
            cursor = m.end()
        if cursor < len(segment):
            clauses.append(_Clause(unit.start + cursor, unit.end, unit, relation))
        previous: _Clause | None = None
        for clause in clauses:
            self._clause(clause, previous, speech_head)
            previous = clause

    def _subject(self, clause: _Clause, before: int, previous: _Clause | None) -> Mention | None:
        for m in self._mentions_in(clause.start, before):
            if m.role == "location":
                continue
            word_before = self.text[max(clause.start, m.start - 12) : m.start].split()
            if word_before and word_before[-1].lower() in _PREPOSITIONS:
                continue
            if m.role == "pronoun":
                if m.possessive:
                    continue
                return self._resolve_pronoun(clause, previous)
            if m.possessive and m.role != "organ" and before - m.end > 4:
                continue  # "X's ..." modifies a noun; the subject is that noun phrase
            return m
        if (
            clause.relation
            in (
                "saying",
                "adding",
                "claiming",
                "insisting",
                "which",
                "who",
                "a move that",
                "participle",
            )
            and previous is not None
        ):
            return previous.subject
        head = self.text[clause.start : before].strip().lower()
        first = head.split()[0] if head.split() else ""
        if (
            clause.unit.reported
            and clause.unit.speaker is not None
            and clause.start == clause.unit.start
        ) and (not head or first.endswith("ing") or first == "to"):
            return clause.unit.speaker
        if head.startswith(("to ", "and ")) or not head:
            return previous.subject if previous is not None else None
        return None

    def _resolve_pronoun(self, clause: _Clause, previous: _Clause | None) -> Mention | None:
        unit = clause.unit
        speaker_is_actor = unit.reported and unit.speaker is not None and unit.speaker.actor
        if speaker_is_actor and (previous is None or previous.unit is not unit):
            return unit.speaker
        if previous is not None and previous.subject is not None:
            return previous.subject
        return self.state.last_subject

    def _clause(self, clause: _Clause, previous: _Clause | None, speech_head: bool) -> None:
        text = self.text[clause.start : clause.end]
        matches = list(self.state.lexicon.find(text))
        anaphora = _ANAPHORA.search(text)
        first_verb = matches[0].start if matches else (anaphora.start() if anaphora else len(text))
        clause.subject = self._subject(clause, clause.start + first_verb, previous)
        if clause.subject is None and not matches and not anaphora:
            clause.subject = self._subject(clause, clause.end, previous)
        if clause.subject is None:
            clause.subject = self._leading_noun_phrase(clause)
        if speech_head:
            if clause.subject is not None and clause.subject.actor:
                self.state.last_subject = clause.subject
            return
        for match in matches:
            claim = self._lexicon_claim(clause, match, previous)
            if claim is not None:
                clause.claims.append(claim)
        if anaphora and not matches:
            claim = self._anaphora_claim(clause, anaphora, previous)
            if claim is not None:
                clause.claims.append(claim)
        subject_name = _display(clause.subject)
        if not any(c.subject == subject_name for c in clause.claims):
            claim = self._ordinal_claim(clause) or self._open_claim(clause)
            if claim is not None:
                clause.claims.append(claim)
        self._order(clause, previous)
        if clause.subject is not None and clause.subject.actor and clause.subject.role != "pronoun":
            self.state.last_subject = clause.subject
        for claim in clause.claims:
            self.state.claims.append(claim)
            if not claim.predicate.startswith("open:"):
                self.state.recent.append(claim)

    def _order(self, clause: _Clause, previous: _Clause | None) -> None:
        """ "A did P after B did P": B comes before A for that predicate."""
        if previous is None or clause.relation not in ("after", "before"):
            return
        for earlier in previous.claims:
            for later in clause.claims:
                if earlier.predicate != later.predicate or later.subject is None:
                    continue
                if earlier.subject == later.subject:
                    continue
                field = "after" if clause.relation == "after" else "before"
                values = getattr(earlier, field)
                if later.subject not in values:
                    updated = earlier.model_copy(update={field: [*values, later.subject]})
                    self._replace(previous, earlier, updated)

    def _replace(self, clause: _Clause, old: Claim, new: Claim) -> None:
        for collection in (clause.claims, self.state.claims, self.state.recent):
            for i, item in enumerate(collection):
                if item is old:
                    collection[i] = new

    # -- claims ----------------------------------------------------------------------------

    def _object(self, clause: _Clause, start: int, prep: str | None) -> Mention | None:
        end = clause.end
        quote = re.search(r"[\"“]", self.text[start:end])
        if quote and not re.search(r"[\"“][^\"”]*$", self.text[clause.start : start]):
            end = start + quote.start()
        candidates = [m for m in self._mentions_in(start, end) if m.role != "pronoun"]
        for m in candidates:
            if prep is not None:
                gap = self.text[start : m.start]
                if not re.search(rf"\b{prep}\s+(?:the\s+)?(?:so-called\s+)?$", gap):
                    continue
            if m.role == "location" and prep is None:
                continue
            if m.possessive and m.role not in ("organ", "description") and not m.members:
                return None  # "support for X's annexation of Y": the object is an event, not X
            return m
        return None

    def _conjoined(self, first: Mention, clause: _Clause) -> str | None:
        """The object's name, extended over a conjunction ("A and B") into a set."""
        if first.members:
            return " & ".join(first.members)
        names = [first]
        for m in self._mentions_in(first.end, clause.end):
            between = self.text[names[-1].end : m.start]
            if m.role in ("pronoun", "description") or not re.fullmatch(
                r"(?:\s*\([A-Z.]{2,8}\))?\s*(?:,|,?\s+and|\s*&)\s+(?:the\s+)?(?:so-called\s+)?",
                between,
            ):
                break
            names.append(m)
        if len(names) == 1:
            return _display(first)
        return " & ".join(sorted({n.name for n in names}))

    def _possessor(self, start: int, clause: _Clause, previous: _Clause | None) -> Mention | None:
        """``X's`` (or ``its``) just before a nominal predicate."""
        window = self.text[max(clause.start, start - 40) : start]
        for m in reversed(self._mentions_in(max(clause.start, start - 40), start)):
            gap = self.text[m.end : start]
            if m.possessive and re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){0,2}", gap + " "):
                if m.role == "pronoun":
                    return self._resolve_pronoun(clause, previous) or self.state.last_subject
                return m
        if re.search(r"\b(?:its|their)\s+(?:\w+\s+){0,2}$", window):
            prior = [
                m for m in self._mentions_in(self.start, start) if m.actor and m.role != "pronoun"
            ]
            return prior[-1] if prior else self.state.last_subject
        return None

    def _lexicon_claim(
        self, clause: _Clause, match: PredicateMatch, previous: _Clause | None
    ) -> Claim | None:
        spec = self.state.lexicon.spec(match.predicate)
        assert spec is not None
        m0, m1 = clause.start + match.start, clause.start + match.end
        before = self.text[clause.start : m0]
        surface = self.text[m0:m1]
        passive = False
        first_word = surface.split()[0].lower()
        if _REQUEST.search(before[-60:]) and not clause.unit.negated:
            return None
        participle = clause.relation == "participle" and (
            not before.strip() or before.rstrip().endswith(" and")
        )
        if match.form == "verb" and first_word.endswith("ing") and not participle:
            prev = before.split()[-1].lower() if before.split() else ""
            if prev and prev not in _AUXILIARIES | {
                "am",
                "after",
                "before",
                "by",
                "while",
                "for",
                "also",
                "now",
                "still",
            }:
                return None
        prev_word = before.split()[-1].lower() if before.split() else ""
        if match.form == "verb" and prev_word in _NOUN_CONTEXT:
            return None
        reduced = re.match(r"\s+(?:of|by)\b", self.text[m1 : m1 + 4])
        # "two men accused of looting": a description, not an event.
        if (
            match.form == "verb"
            and first_word.endswith("ed")
            and reduced
            and prev_word.isalpha()
            and prev_word not in _AUXILIARIES
            and not prev_word.endswith("ly")
        ):
            return None
        subject: Mention | None
        obj: Mention | None
        passive = False
        if match.form == "noun" and spec.agent_noun:
            # "declared X the winner of": the doer stands just before the noun.
            near = [m for m in self._mentions_in(max(clause.start, m0 - 60), m0) if m.actor]
            subject = near[-1] if near else clause.subject
            obj = None
        elif (
            match.form == "noun"
            and re.search(r"\s(?:from|by|in|of)$", surface)
            and (spec.intransitive or surface.endswith(("from", "by")))
        ):
            subject, obj = self._object(clause, m1, None), None
            if subject is None or subject.start - m1 > 3:
                subject = self._np_after(m1, clause.end)
            if subject is not None and subject.role == "location":
                subject.role = "name"
        elif match.form == "noun":
            subject = self._possessor(m0, clause, previous)
            by = re.match(r"[^,;]*?\bby\s+", self.text[m1 : clause.end])
            obj = self._object(clause, m1, None)
            if by and obj is not None and obj.start > m1 + by.end():
                obj = None
            if subject is None and by:
                agents = self._mentions_in(m1 + by.end(), clause.end)
                subject = agents[0] if agents else None
            if subject is None and not re.search(
                r"\b(?:over|for|of|after|to|amid|despite|about|on)\s+(?:the\s+|a\s+)?$", before
            ):
                if (
                    clause.unit.reported
                    and clause.start == clause.unit.start
                    and not before.strip(" the")
                ):
                    subject = clause.unit.speaker
                else:
                    subject = clause.subject
        else:
            passive = bool(_PASSIVE_AUX.search(before)) and first_word.endswith(("ed", "en", "wn"))
            if passive:
                obj = clause.subject
                by = re.match(r"[^,;]*?\bby\s+", self.text[m1 : clause.end])
                agents = self._mentions_in(m1 + by.end(), clause.end) if by else []
                subject = agents[0] if agents else None
            else:
                subject = self._infinitive_subject(clause, m0, previous) or clause.subject
                obj = self._object(clause, m1, spec.object_after)
                if obj is None and spec.object_after is not None:
                    obj = self._object(clause, m1, None)
                if spec.object_after is None and (obj is None or obj.start - m1 > 2):
                    obj = self._np_object(m1, clause.end) or obj
        if subject is None and match.form == "verb" and not passive:
            subject = self._noun_phrase_subject(clause, m0)
            if subject is not None and clause.subject is None:
                clause.subject = subject
        if subject is None and obj is None:
            return None
        if obj is None and not spec.intransitive:
            return None
        if subject is None and not (match.form == "verb" and passive):
            return None
        if (
            subject is not None
            and subject.role == "description"
            and obj is None
            and not spec.intransitive
        ):
            return None
        counted = r"(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several)"
        if (
            spec.quantity_unit
            and obj is not None
            and obj.role == "description"
            and re.match(counted, obj.text)
        ):
            obj = None  # "killed 31 people": a count, not a victim
        ordinal = self._ordinal(clause, m0, m1)
        quantity = self._quantity(
            clause, m1, spec.quantity_unit is not None or "quantity" in spec.functional
        )
        negated = bool(_NEGATION.search(before[-40:])) != clause.unit.negated
        scoped = bool(_SCOPED.search(self.text[clause.start : clause.end]))
        return self._claim(
            clause,
            match.predicate,
            subject,
            obj,
            ordinal=ordinal,
            quantity=quantity,
            polarity="negated" if negated or scoped else "affirmed",
            scoped=scoped,
        )

    def _noun_phrase_subject(self, clause: _Clause, m0: int) -> Mention | None:
        """An event or group as subject: "the earthquake killed ...", "a car bomb injured ..."."""
        before = self.text[clause.start : m0]
        np = re.match(
            r"^\s*(?:the|a|an)\s+((?:[\w.-]+\s+){0,3}[a-z][\w-]*)\s+(?:(?:has|have|had)\s+)?$",
            before,
            re.IGNORECASE,
        )
        if np is None or np.group(1).split()[-1].lower() in _AUXILIARIES:
            return None
        return self._description(clause.start + np.start(1), clause.start + np.end(1))

    def _leading_noun_phrase(self, clause: _Clause) -> Mention | None:
        """ "A landslide hit ...": a clause opened by a plain noun phrase and a verb."""
        np = re.match(
            r"\s*(?:the|a|an)\s+((?:[\w.-]+\s+){0,3}?[a-z][\w-]*)\s+(?P<verb>[a-z]+)\b",
            self.text[clause.start : clause.end],
            re.IGNORECASE,
        )
        if np is None:
            return None
        verb = np["verb"].lower()
        if not (
            verb in _AUXILIARIES
            or verb in _IRREGULAR
            or verb.endswith("ed")
            or verb in _EVENT_VERBS
        ):
            return None
        return self._description(clause.start + np.start(1), clause.start + np.end(1))

    def _description(self, s: int, e: int) -> Mention:
        """A noun phrase as a description named by its head: "a magnitude 6.8 earthquake";
        "the flood in X" is named by "flood", the phrase after the preposition being a place."""
        place = _PLACE_AFTER.search(self.text, s, e)
        if place is not None:
            e = place.start()
        head = self.text[s:e].split()[-1].lower()
        return Mention(s, e, self.text[s:e], head, "event", role="description")

    def _np_object(self, start: int, end: int) -> Mention | None:
        """A plain noun phrase right after a verb: "arrested two men", "arrest anyone"."""
        np = re.match(
            r"\s+((?:(?:two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|"
            r"hundreds\s+of|\d+)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:men|women|people|children|"
            r"suspects|protesters|soldiers|civilians|officials|journalists|activists|migrants|"
            r"students|workers|members|anyone|anybody|no\s+one|nobody|someone))\b",
            self.text[start:end],
        )
        if np is None:
            return None
        s, e = start + np.start(1), start + np.end(1)
        return Mention(
            s,
            e,
            self.text[s:e],
            " ".join(self.text[s:e].lower().split()),
            "description",
            role="description",
        )

    def _np_after(self, start: int, end: int) -> Mention | None:
        """The noun phrase at ``start``: "Sunday's earthquake" in "toll from Sunday's earthquake in"."""
        np = re.match(
            r"\s*(?:the\s+|a\s+|an\s+)?((?:[\w.’'-]+\s+){0,3}?[a-z][\w-]*)(?=\s+(?:in|at|on|near|has|have|had|was|is|rose|climbed|stood|reached|of)\b|[,.;]|$)",
            self.text[start:end],
        )
        if np is None:
            return None
        return self._description(start + np.start(1), start + np.end(1))

    def _infinitive_subject(
        self, clause: _Clause, m0: int, previous: _Clause | None
    ) -> Mention | None:
        before = self.text[max(clause.start, m0 - 60) : m0]
        decided = re.search(
            r"(?:decision|move|bid|attempt|refusal|plan|readiness|offer)\s+to\s+$", before
        )
        if decided:
            return self._possessor(max(clause.start, m0 - 60) + decided.start(), clause, previous)
        return None

    def _ordinal(
        self, clause: _Clause, m0: int, m1: int | None = None
    ) -> tuple[int, str, list[str]] | None:
        """Rank, scope and named predecessors of the predicate at ``m0`` ("the third ..., after A and B, to")."""
        window_start = self.start
        found = None
        for m in _ORDINAL.finditer(self.text[window_start : m0 + 1]):
            if window_start + m.end() == m0:
                found = m
        if found is None:
            return None
        rank = ordinal_value(found["ord"])
        if rank is None or rank < 1:
            return None
        after: list[str] = []
        mid_start = window_start + found.start("mid")
        listing = _ORDINAL_AFTER.search(found["mid"])
        tail = re.search(
            r",\s+(?:after|following|behind)\s+(?P<list>[^;]+?)\s*[.;]?$",
            self.text[m1 or m0 : clause.end],
        )
        if listing:
            l0 = mid_start + listing.start("list")
            l1 = mid_start + listing.end("list")
        elif tail:
            l0, l1 = (m1 or m0) + tail.start("list"), (m1 or m0) + tail.end("list")
        if listing or tail:
            after = sorted(
                {_display(m) or "" for m in self._mentions_in(l0, l1) if m.role != "pronoun"} - {""}
            )
        return rank, found["scope"].lower(), after

    def _quantity(self, clause: _Clause, after: int, wanted: bool) -> Quantity | None:
        """The count that goes with a predicate: the first after it, else the last before it."""
        if not wanted:
            return None
        text = self.text[clause.start : clause.end]
        spans = [(t.start - clause.start, t.end - clause.start) for t in self.times]
        found = [
            (q0, quantity)
            for q0, _q1, quantity in find_quantities(text)
            if not any(a <= q0 < b for a, b in spans) and quantity.unit not in ("of",)
        ]
        offset = after - clause.start
        following = [q for q0, q in found if q0 >= offset]
        preceding = [q for q0, q in found if q0 < offset]
        if following:
            return following[0]
        return preceding[-1] if preceding else None

    def _anaphora_claim(
        self, clause: _Clause, anaphora: re.Match[str], previous: _Clause | None
    ) -> Claim | None:
        referent = next(
            (
                c
                for c in reversed(self.state.claims)
                if not c.implied and c.predicate != "hold_office"
            ),
            None,
        )
        if referent is None or clause.subject is None:
            return None
        subject_name = _display(clause.subject)
        if subject_name == referent.subject:
            return None
        return self._claim(
            clause, referent.predicate, clause.subject, None, object_name=referent.object
        )

    def _ordinal_claim(self, clause: _Clause) -> Claim | None:
        """ "X is the second woman to lead Y, after Z": a ranked claim whose verb is no lexicon's."""
        if clause.subject is None or not clause.subject.actor:
            return None
        for m in _ORDINAL.finditer(self.text, clause.start, clause.end):
            verb = re.match(r"(?:be\s+)?([a-z]+)", self.text[m.end() : clause.end])
            if verb is None:
                continue
            v0, v1 = m.end() + verb.start(1), m.end() + verb.end(1)
            ordinal = self._ordinal(clause, v0, v1)
            if ordinal is None:
                continue
            obj = self._object(clause, v1, None)
            hedged = bool(_REQUEST.search(self.text[clause.start : m.start()]))
            claim = self._claim(
                clause, f"open:{_stem(verb.group(1))}", clause.subject, obj, ordinal=ordinal
            )
            return claim.model_copy(update={"modality": "hedged"}) if hedged else claim
        return None

    def _open_claim(self, clause: _Clause) -> Claim | None:
        subject = clause.subject
        if (subject is None or not subject.actor) and clause.unit.reported and not clause.claims:
            # Reported content often has a plain noun phrase as subject: "the vote was free".
            np = _REPORTED_SUBJECT.match(self.text[clause.start : clause.end])
            if np is not None and np.group(1).split()[0].lower() not in _NOT_A_NOUN:
                subject = self._description(clause.start + np.start(1), clause.start + np.end(1))
        if (
            subject is None
            or subject.role == "pronoun"
            or not (subject.actor or subject.type == "event")
        ):
            return None
        origin = max(subject.end, clause.start)
        if subject.end <= clause.start:
            # The subject was resolved from outside ("Acme said it would ..."): skip the pronoun.
            pronoun = re.match(r"\s*(?:it|he|she|they|we|I)\b", self.text[origin : clause.end])
            if pronoun is not None:
                origin += pronoun.end()
        tokens = [
            (t, s + origin, e + origin) for t, s, e in tokenize(self.text[origin : clause.end])
        ]
        verb: tuple[str, int, int] | None = None
        aux = False
        for word, s, e in tokens[:8]:
            lower = word.lower()
            if (
                lower in ("'s", "’s")
                or lower.endswith("ly")
                or lower
                in (
                    "also",
                    "previously",
                    "long",
                    "further",
                    "then",
                    "now",
                    "still",
                    "not",
                    "never",
                    "no",
                    "longer",
                )
            ):
                continue
            if lower in _AUXILIARIES:
                following = self.text[e : e + 12].split()
                if following and following[0].lower() in _DETERMINERS:
                    verb = (word, s, e)
                    break
                aux = True
                continue
            if not word.isalpha() or word[0].isupper():
                break
            if (
                aux
                or lower.endswith("ed")
                or lower in _IRREGULAR
                or (lower.endswith("s") and not lower.endswith("ss"))
            ):
                verb = (word, s, e)
            break
        if verb is None and aux:
            verb = next(((w, s, e) for w, s, e in tokens[:8] if w.lower() in _AUXILIARIES), None)
        if verb is None:
            if aux and tokens:
                verb = next(((w, s, e) for w, s, e in tokens if w.lower() in _STOPVERB), None)
            if verb is None:
                return None
        negated = bool(_NEGATION.search(self.text[origin : verb[2] + 12])) != clause.unit.negated
        refused = re.match(r"\s+to\s+([a-z]+)", self.text[verb[2] : clause.end])
        if refused and verb[0].lower() in (
            "refused",
            "refuses",
            "declined",
            "declines",
            "failed",
            "fails",
        ):
            # "X refused to concede": X did not concede (the negation is already counted).
            verb = (refused.group(1), verb[2] + refused.start(1), verb[2] + refused.end(1))
        obj = self._object(attrs.evolve(clause, end=min(clause.end, verb[2] + 60)), verb[2], None)
        scoped = bool(_SCOPED.search(self.text[clause.start : clause.end]))
        if re.search(r"\bno\s+(?:immediate\s+)?comment\b", self.text[clause.start : clause.end]):
            return None
        return self._claim(
            clause,
            f"open:{_stem(verb[0])}",
            subject,
            obj,
            quantity=self._quantity(clause, verb[2], True),
            polarity="negated" if negated or scoped else "affirmed",
            scoped=scoped,
        )

    def _claim(
        self,
        clause: _Clause,
        predicate: str,
        subject: Mention | None,
        obj: Mention | None,
        *,
        object_name: str | None = None,
        ordinal: tuple[int, str, list[str]] | None = None,
        quantity: Quantity | None = None,
        polarity: Polarity = "affirmed",
        scoped: bool = False,
    ) -> Claim:
        unit = clause.unit
        time = self._time_in(clause.start, clause.end) or (unit.when if unit.reported else None)
        hedged = bool(_HEDGE.search(self.text[clause.start : clause.end]))
        modality = "hedged" if hedged else "reported" if unit.reported else "asserted"
        inside = self._mentions_in(clause.start, clause.end)
        location = next((m.name for m in inside if m.role == "location"), None)
        if location is None:
            # "police in X arrested ...", "the flood near X": a place named after a preposition
            # that is neither the claim's subject nor its object.
            taken = {subject.start if subject else -1, obj.start if obj else -1}
            for m in inside:
                before = self.text[max(clause.start, m.start - 6) : m.start].split()
                if (
                    m.start not in taken
                    and before
                    and before[-1].lower() in _PLACE_PREPOSITIONS
                    and m.type in ("country", "territory", "place", "polity")
                ):
                    location = m.name
                    break
        subject_name = _display(subject)
        name = (
            object_name
            if object_name is not None
            else (self._conjoined(obj, clause) if obj else None)
        )
        if name == subject_name:
            name = None
        speaker = _speaker_name(unit.speaker) or unit.speaker_text
        return Claim(
            id=self.state.next_id(),
            source=self.state.source.id,
            subject=subject_name,
            predicate=predicate,
            object=name,
            time=time,
            rank=ordinal[0] if ordinal else None,
            rank_scope=ordinal[1] if ordinal else None,
            after=ordinal[2] if ordinal else [],
            quantity=quantity,
            location=location,
            polarity=polarity,
            modality=modality,
            attributed_to=speaker,
            scoped=scoped,
            text=" ".join(self.text[clause.start : clause.end].split()),
            evidence=Span.of(self.state.source, self.start, self.end),
        )

    # -- roles -------------------------------------------------------------------------------

    def _roles(self) -> None:
        """Titles that say who holds which office: "X's ambassador, NAME", "NAME, envoy of X"."""
        gaz = gazetteer()
        for m in self.mentions:
            if m.type != "person" or m.role in ("pronoun",):
                continue
            title, country = m.title, m.country
            if title is None:
                before = self.text[max(self.start, m.start - 60) : m.start]
                owned = re.search(
                    r"['’]s\s+(?P<t>(?:[a-z]+\s+){0,2}(?:ambassador|envoy|president|minister|spokes\w+|leader|chief|commander)),?\s+$",
                    before,
                )
                if owned:
                    title = owned["t"]
                    owners = [
                        x for x in self._mentions_in(self.start, m.start) if x.possessive and x.gid
                    ]
                    country = owners[-1].gid if owners else None
            if title is None:
                after = re.match(
                    r",\s+(?:the\s+)?(?P<t>(?:[a-z]+\s+){0,2}(?:ambassador|envoy|president|minister|spokes\w+|leader|chief|commander))\s+(?:of|to|for)\s+(?:the\s+)?",
                    self.text[m.end : self.end],
                )
                if after:
                    title = after["t"]
                    owners = self._mentions_in(m.end + after.end(), self.end)
                    if owners:
                        country = owners[0].gid or owners[0].name
            if title is None or country is None:
                continue
            title = re.sub(r"\s+(?:to|of)\s+.*$", "", title).lower()
            owner_name = gaz.entities[country][0] if country in gaz.entities else country
            state_claim = Claim(
                id=self.state.next_id(),
                source=self.state.source.id,
                subject=m.name,
                predicate="hold_office",
                object=owner_name,
                value=title,
                text=" ".join(self.text[m.start : min(self.end, m.end + 80)].split()),
                evidence=Span.of(self.state.source, self.start, self.end),
            )
            self.state.claims.append(state_claim)


def extract_all(sources: Sequence[Source], extractor: RuleExtractor | None = None) -> list[Claim]:
    """Claims of several sources, in source order."""
    ext = extractor or RuleExtractor()
    return [claim for source in sources for claim in ext.extract(source)]
