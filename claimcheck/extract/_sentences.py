"""Sentence segmentation that keeps offsets and survives quotes, abbreviations and datelines.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by space
and a capital, digit or opening quote, unless the period ends a known abbreviation or an initial;
a line break always ends a sentence, since headlines, captions and datelines stand on their own
lines. One linear scan; no pattern can backtrack.
"""

from __future__ import annotations

import re

from claimcheck.normalise._time import MONTHS, WEEKDAYS

__all__ = ["MAX_SENTENCE", "SENTENCE_STARTERS", "split_sentences"]

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "cpl",
    "sgt",
    "adm",
    "gov",
    "sen",
    "rep",
    "rev",
    "st",
    "sr",
    "jr",
    "mt",
    "ft",
    "no",
    "vs",
    "v",  # "Roe v. Wade": a case's name
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "dept",
    "est",
    "approx",
    "fig",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "pres",
    "amb",
    "hon",
    "e.g",
    "i.e",
    "cf",
    "al",
    "p",
    "pp",
    "vol",
    "art",
    "sec",
    "min",
    "max",
}
SENTENCE_STARTERS = {
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "On",
    "At",
    "But",
    "And",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "However",
    "Meanwhile",
    "Earlier",
    "Later",
    "If",
}
_END = re.compile(r"[.!?]+[\"'”’)\]]*")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


# What a clock time runs on into: "at 10:30 a.m. Sunday", "at 3 p.m. Jan. 5", "at 9 a.m. GMT"
# (the days and months the time reader knows, and the days named relative to today)
_AFTER_CLOCK = frozenset({*WEEKDAYS, *MONTHS, "today", "tomorrow", "yesterday"})


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    if word.lower() in ("a.m", "p.m"):
        # a clock time ends its sentence unless a day, a date or a time zone follows it
        # ("6:03 p.m. India time", "11 p.m. (2200 GMT)": the time's zone too)
        following = re.match(r"\s*(\(?)(\w*)(?:\s+(\w+))?(?:\s+(\w+))?", text[dot + 1 : dot + 40])
        if following is None or following.group(1):
            return True
        after = following.group(2)
        zone = [(w or "").lower() for w in following.group(3, 4)]
        return (
            after.lower() in _AFTER_CLOCK
            or (after.isupper() and 2 <= len(after) <= 4)
            or "time" in zone
        )
    if word.lower().rstrip(".") in _ABBREVIATIONS:
        return True
    # Initials (J. Smith) and dotted acronyms (U.S.) do not end a sentence unless a typical
    # sentence opener follows.
    if len(word) == 1 and word.isupper():
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        following = re.match(r"\s+(\w+)", text[dot + 1 : dot + 30])
        return not (following and following.group(1) in SENTENCE_STARTERS)
    return False


# No news sentence runs this long; a longer run is text without punctuation (a table, a list,
# a pasted dump). Cutting it keeps every later stage's work per sentence bounded, so the
# extractor stays linear in its input whatever it is given.
MAX_SENTENCE = 1500


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most :data:`MAX_SENTENCE` characters, cut at a
    clause mark or a space where there is one in the last fifth of the piece."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        floor = limit - MAX_SENTENCE // 5
        cut = limit
        for mark in (";", ",", " "):
            found = text.rfind(mark, floor, limit)
            if found > start:
                cut = found + 1
                break
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` of the sentences of ``text``, stripped of surrounding space.

    >>> t = 'Dr. Li met U.S. envoys. "We agree," she said!\\nNext line'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Dr. Li met U.S. envoys.', '"We agree," she said!', 'Next line']
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        stop = line.end()
        pos = start
        while True:
            m = _END.search(text, pos, stop)
            if not m:
                break
            end = m.end()
            following = text[end : end + 2]
            ends_here = end >= stop or (
                following[:1].isspace()
                and (
                    following[1:2].isupper()
                    or following[1:2].isdigit()
                    or following[1:2] in "\"'“‘("
                )
            )
            if ends_here and text[m.start()] == "." and m.end() - m.start() == 1:
                ends_here = not _is_abbreviation(text, m.start())
            if ends_here:
                spans.append((start, end))
                start = end
            pos = end
        spans.append((start, stop))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.extend(_bounded(text, s, e))
    return out
