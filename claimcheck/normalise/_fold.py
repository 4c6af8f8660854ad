"""Text folding: the keys that spelling, case, accents and transliteration cannot change.

``fold`` is for comparing names and phrases; ``translit_key`` goes further and merges the usual
romanisation alternations (g/h, ie/y, kh/h, doubled letters) so that names written from another
script compare equal. Both are idempotent: folding a folded string changes nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold", "slug", "translit_key"]

_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": "-"}
)
_NON_WORD = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free words separated by single spaces.

    >>> fold("  Ahn Jung-ho ")
    'ahn jung ho'
    >>> fold("Côte d’Ivoire's")
    'cote d ivoire s'
    """
    text = text.translate(_QUOTES)
    if not text.isascii():  # accents to strip; plain ASCII (most text) has none
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.lower()).strip()


def slug(text: str) -> str:
    """A folded name with hyphens, for ids: ``slug("Jane Doe") == "jane-doe"``."""
    return fold(text).replace(" ", "-")


_TRANSLIT = [
    (re.compile(r"kh"), "h"),
    (re.compile(r"g(?=[aeiouy]|$)"), "h"),
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), "i"),
    (re.compile(r"iy|yi|ie|y"), "i"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"w"), "v"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r" "), ""),
]


def translit_key(text: str) -> str:
    """A key under which romanisations of one name from another script coincide.

    >>> translit_key("Odessa") == translit_key("Odesa")
    True
    >>> translit_key("Kiev") == translit_key("Kyiv")
    True
    >>> translit_key("Niger") == translit_key("Nigeria")
    False
    """
    key = fold(text)
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key
