"""The predicate lexicon: canonical news predicates and their surface forms.

The lexicon is data (``claimcheck/data/predicates.yaml``); this module compiles its compact
notation into one regular expression per form kind, so that a sentence is scanned once for every
predicate. Users extend it with their own file of the same form (:func:`load_lexicon`).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any, Literal

import attrs

from claimcheck.errors import UsageError
from claimcheck.normalise._measures import (
    MeasureTable,
    build_measures,
    default_measures,
    read_measures,
)

__all__ = [
    "PERSON_OBJECT",
    "Lexicon",
    "PredicateMatch",
    "PredicateSpec",
    "default_lexicon",
    "inflect",
    "load_lexicon",
]

_VOWELS = "aeiou"


def inflect(lemma: str) -> list[str]:
    """The forms of a regular English verb, with British and American spellings.

    >>> inflect("recognise")[:4]
    ['recognise', 'recognises', 'recognised', 'recognising']
    >>> "banned" in inflect("ban"), "denies" in inflect("deny")
    (True, True)
    >>> "opened" in inflect("open"), "admitted" in inflect("admit"), "kidnapped" in inflect("kidnap")
    (True, True, True)
    """
    forms: list[str] = []
    stems = [lemma]
    if lemma.endswith("ise"):
        stems.append(lemma[:-3] + "ize")
    for stem in stems:
        if stem.endswith("e"):
            forms += [stem, stem + "s", stem + "d", stem[:-1] + "ing"]
        elif stem.endswith("y") and stem[-2:-1] not in _VOWELS:
            forms += [stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"]
        elif re.search(r"(?:^|[^aeiou])[aeiou][bdgmnpt]$", stem) and len(stem) <= 8:
            double = stem + stem[-1]
            if len(re.findall(r"[aeiou]+", stem)) == 1:  # "ban", "stop": one syllable
                forms += [stem, stem + "s", double + "ed", double + "ing"]
            else:  # "opened", but "admitted": which syllable is stressed, the word does not say
                forms += [
                    stem,
                    stem + "s",
                    stem + "ed",
                    stem + "ing",
                    double + "ed",
                    double + "ing",
                ]
        elif stem.endswith(("s", "sh", "ch", "x", "z")):
            forms += [stem, stem + "es", stem + "ed", stem + "ing"]
        else:
            forms += [stem, stem + "s", stem + "ed", stem + "ing"]
    return forms


def _token(token: str, macros: Mapping[str, str]) -> tuple[str, bool]:
    optional = token.endswith("?") and not token.endswith(")?") and "(" not in token
    if optional:
        token = token[:-1]
    macro = re.fullmatch(r"\{(\w+)\}", token)
    if macro:
        if macro[1] not in macros:
            raise UsageError(f"lexicon: unknown macro {{{macro[1]}}}")
        return f"(?:{macros[macro[1]]})", optional
    if token.endswith("~"):
        return "(?:" + "|".join(sorted(inflect(token[:-1]), key=len, reverse=True)) + ")", optional
    if re.search(r"[()\\\[\]{}]", token):
        return token, optional
    words = token.split("|")
    return "(?:" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)
    ) + ")", optional


def compile_form(form: str, macros: Mapping[str, str]) -> str:
    """The regular expression of one lexicon form (see the notation in predicates.yaml)."""
    out = ""
    for token in form.split():
        pattern, optional = _token(token, macros)
        if not out:
            out = pattern
        elif pattern.startswith(("(?=", "(?!")):
            # what must follow the words (after a space): the match ends before it, so that
            # "named X as" and "charged X with" leave X to be the object
            out += f"{pattern[:3]}\\s+{pattern[3:]}"
        elif optional:
            out += rf"(?:\s+{pattern})?"
        else:
            out += rf"\s+{pattern}"
    return out


# In a predicate's ``object_not``: any person named as the object ("joined X": kept X company).
PERSON_OBJECT = "<person>"


@attrs.frozen(slots=True)
class PredicateSpec:
    """One canonical predicate of the lexicon."""

    id: str
    label: str
    object_after: str | None = None
    # the label in the infinitive ("strike" for "struck"), for "did not ..." and "would ..."
    base: str | None = None
    symmetric: bool = False
    actor: str | None = None
    functional: tuple[str, ...] = ()
    quantity_unit: str | None = None
    agent_noun: bool = False
    # the nouns name what the object was given or undergoes ("handed a six-year sentence")
    given_noun: bool = False
    intransitive: bool = False
    # told only with what it acts on: "the police killed" says too little ("killed 12" or
    # "killed the gunman" say it)
    needs_object: bool = False
    object_not: frozenset[str] = frozenset()
    # the predicate an agentless passive says of its patient ("X was elected": X won the vote)
    passive: str | None = None
    # an act done once to the one it is done to: repeated ("sacked six times", a quarterback
    # brought down) the verb has another sense, and the clause is an open claim
    once: bool = False


@attrs.frozen(slots=True)
class PredicateMatch:
    """A predicate found in text: which one, its span, and whether a verb or a noun says it."""

    predicate: str
    start: int
    end: int
    form: Literal["verb", "noun"]


@attrs.frozen
class Lexicon:
    """A compiled predicate lexicon."""

    specs: Mapping[str, PredicateSpec]
    pattern: re.Pattern[str]
    measures: MeasureTable = attrs.field(factory=default_measures)
    paraphrases: Mapping[str, str] = attrs.field(factory=dict)
    # a verb lemma that says the opposite of another: "acquit" is not "convict"
    opposites: Mapping[str, str] = attrs.field(factory=dict)
    # verbs whose agentless passive is a claim: "the black boxes have been recovered"
    agentless: frozenset[str] = frozenset()

    @functools.cached_property
    def opposite_words(self) -> frozenset[str]:
        """Every form of the verbs that say the opposite of another (with their paraphrases):
        "acquitted", "bans", "prohibiting"."""
        lemmas = [
            *self.opposites,
            *(w for w, first in self.paraphrases.items() if first in self.opposites),
        ]
        forms = {form for lemma in lemmas for form in inflect(lemma.replace("_", " "))}
        # "acquitted" as well as "acquited": a final consonant may be doubled
        forms |= {
            f"{w}{w[-1]}{end}" for w in lemmas if w[-1] not in "aeiouwy" for end in ("ed", "ing")
        }
        return frozenset(forms)

    def opposed(self, lemma: str) -> bool:
        """Whether ``lemma`` is the opposite of another verb, whose denial it is stated as.

        >>> default_lexicon().opposed("acquit"), default_lexicon().opposed("convict")
        (True, False)
        """
        return self.paraphrases.get(lemma, lemma) in self.opposites

    def open_predicate(self, lemma: str) -> str:
        """The open predicate of a verb lemma: one of a set of paraphrases ("fired tear gas",
        "used tear gas", "deployed tear gas") is the set's first verb, so that they meet.

        >>> default_lexicon().open_predicate("fire"), default_lexicon().open_predicate("hold")
        ('open:use', 'open:hold')
        """
        lemma = self.paraphrases.get(lemma, lemma)
        lemma = self.opposites.get(lemma, lemma)  # "acquitted" is "not convicted"
        return f"open:{self.paraphrases.get(lemma, lemma)}"

    def find(self, text: str) -> Iterator[PredicateMatch]:
        """Every predicate form in ``text``, left to right, without overlaps."""
        for m in self.pattern.finditer(text):
            group = m.lastgroup or ""
            form, _, index = group.partition("__")
            yield PredicateMatch(
                self._names[int(index)], m.start(), m.end(), "verb" if form == "v" else "noun"
            )

    @functools.cached_property
    def _names(self) -> list[str]:
        return list(self.specs)

    def spec(self, predicate: str) -> PredicateSpec | None:
        """The lexicon entry of ``predicate``, or ``None`` for open predicates."""
        return self.specs.get(predicate)


def _build(data: Mapping[str, Any]) -> Lexicon:
    macros = dict(data.get("macros") or {})
    specs: dict[str, PredicateSpec] = {}
    groups: list[tuple[str, str]] = []
    for index, (pid, entry) in enumerate((data.get("predicates") or {}).items()):
        if not isinstance(entry, Mapping) or not re.fullmatch(r"[a-z][a-z0-9_]*", str(pid)):
            raise UsageError(f"lexicon: predicate {pid!r} needs an id of a-z, 0-9, _ and a mapping")
        specs[pid] = PredicateSpec(
            id=pid,
            label=str(entry.get("label", pid.replace("_", " "))),
            base=str(entry["base"]) if entry.get("base") else None,
            object_after=entry.get("object_after"),
            symmetric=bool(entry.get("symmetric", False)),
            actor=entry.get("actor"),
            functional=tuple(entry.get("functional", ())),
            quantity_unit=entry.get("quantity_unit"),
            agent_noun=bool(entry.get("agent_noun", False)),
            given_noun=bool(entry.get("given_noun", False)),
            object_not=frozenset(str(w).lower() for w in entry.get("object_not") or ()),
            intransitive=bool(entry.get("intransitive", False)),
            needs_object=bool(entry.get("needs_object", False)),
            passive=str(entry["passive"]) if entry.get("passive") else None,
            once=bool(entry.get("once", False)),
        )
        for kind in ("n", "v"):  # nominal forms are longer and more specific: tried first
            forms = entry.get("verbs" if kind == "v" else "nouns") or []
            if not isinstance(forms, list):
                name = "verbs" if kind == "v" else "nouns"
                raise UsageError(f"lexicon: {pid}.{name} must be a list of forms, not {forms!r}")
            if forms:
                alternation = "|".join(compile_form(str(f), macros) for f in forms)
                groups.append((f"{kind}__{index}", alternation))
    body = "|".join(rf"(?P<{name}>{alt})" for name, alt in groups)
    try:
        # (a form's last word as a possessive is not the form's: "left the company's offices")
        pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-]|['\u2019]s\b)", re.IGNORECASE)
    except re.error as err:
        raise UsageError(f"lexicon: a form is not a valid pattern ({err})") from None
    measures = build_measures(data) if "measures" in data else default_measures()
    paraphrases: dict[str, str] = {}
    for group in data.get("paraphrases") or []:
        if not isinstance(group, list) or len(group) < 2:
            raise UsageError("paraphrases: each entry is a list of two or more verb lemmas")
        words = [str(w).lower().replace(" ", "_") for w in group]
        for word in words:
            paraphrases[word] = words[0]
    opposites: dict[str, str] = {}
    for pair in data.get("opposites") or []:
        if not isinstance(pair, list) or len(pair) != 2:
            raise UsageError("opposites: each entry is a list of two verb lemmas")
        yes, no = (str(w).lower().replace(" ", "_") for w in pair)
        opposites[no] = yes
    agentless = data.get("agentless") or []
    if not isinstance(agentless, list):
        raise UsageError("agentless: must be a list of verb lemmas")
    return Lexicon(
        specs=specs,
        pattern=pattern,
        measures=measures,
        paraphrases=paraphrases,
        opposites=opposites,
        agentless=frozenset(str(w).lower() for w in agentless),
    )


def _read(path: str | os.PathLike[str] | None) -> dict[str, Any]:
    from claimcheck.sources._claimfile import safe_yaml

    if path is None:
        text = resources.files("claimcheck.data").joinpath("predicates.yaml").read_text("utf-8")
        where = "predicates.yaml"
    else:
        data = read_config(path, "lexicon")
        where = str(path)
        unknown = set(data) - {
            "macros",
            "predicates",
            "measures",
            "groups",
            "counted",
            "animals",
            "paraphrases",
            "opposites",
            "agentless",
        }
        if unknown:
            raise UsageError(
                f"unknown top-level keys {sorted(unknown)}; a lexicon file has predicates, "
                "macros, measures, groups, counted, animals, paraphrases, opposites and "
                "agentless",
                path=where,
            )
        return data
    data = safe_yaml(text, where)
    if not isinstance(data, dict):
        raise UsageError("a lexicon file is a mapping with 'predicates'", path=where)
    return data


def read_config(path: str | os.PathLike[str], what: str) -> dict[str, Any]:
    """A user's YAML file (a lexicon, aliases) as a mapping; every problem is one
    :class:`~claimcheck.UsageError` naming the file: missing, a folder, too large, not text,
    not YAML, not a mapping. Legacy encodings are read as sources are."""
    from claimcheck.errors import ClaimcheckError
    from claimcheck.sources._claimfile import safe_yaml
    from claimcheck.sources._load import _decode

    where = str(path)
    file = os.fspath(path)
    if not os.path.exists(file):
        raise UsageError(f"no such {what} file", path=where)
    if not os.path.isfile(file):
        raise UsageError(
            f"a {what} file must be a regular file, not a folder or device", path=where
        )
    try:
        with open(file, "rb") as handle:
            raw = handle.read(_CONFIG_LIMIT + 1)
    except OSError as err:
        raise UsageError(f"cannot read the {what} file ({err.strerror})", path=where) from None
    if len(raw) > _CONFIG_LIMIT:
        raise UsageError(f"the {what} file is over 16 MB", path=where)
    try:
        data = safe_yaml(_decode(raw, where), where)
    except ClaimcheckError as err:
        raise UsageError(err.message, path=where, line=err.line) from None
    if not isinstance(data, dict):
        raise UsageError(f"the {what} file must be a YAML mapping", path=where)
    return data


_CONFIG_LIMIT = 16 * 2**20


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with claimcheck, compiled once."""
    return _build(_read(None))


def load_lexicon(*paths: str | os.PathLike[str]) -> Lexicon:
    """The shipped lexicon extended (entries added or replaced) by the files at ``paths``."""
    data = _read(None)
    shipped = read_measures()
    data["measures"] = dict(shipped.get("measures") or {})
    data["groups"] = list(shipped.get("groups") or [])
    data["counted"] = list(shipped.get("counted") or [])
    data["animals"] = list(shipped.get("animals") or [])
    for path in paths:
        extra = _read(path)
        data["macros"] = {**data.get("macros", {}), **(extra.get("macros") or {})}
        data["predicates"] = {**data["predicates"], **(extra.get("predicates") or {})}
        data["measures"] = {**data["measures"], **(extra.get("measures") or {})}
        data["groups"] = [*data["groups"], *(extra.get("groups") or [])]
        data["counted"] = [*data["counted"], *(extra.get("counted") or [])]
        data["animals"] = [*data["animals"], *(extra.get("animals") or [])]
        data["paraphrases"] = [*(data.get("paraphrases") or []), *(extra.get("paraphrases") or [])]
        data["opposites"] = [*(data.get("opposites") or []), *(extra.get("opposites") or [])]
        more = extra.get("agentless") or []
        if not isinstance(more, list):
            raise UsageError("agentless: must be a list of verb lemmas", path=str(path))
        data["agentless"] = [*(data.get("agentless") or []), *more]
    return _build(data)
