"""Numbers, ranges and ordinals written in words or digits.

"third" is 3, "two" is 2, "1,200" is 1200, "more than 40" is the open range ``low=40``,
"nearly 500" an approximate value. Used by the extractor for counts and ranks.
"""

from __future__ import annotations

import functools
import re

from claimcheck.model import Quantity

__all__ = [
    "ORDINAL_WORDS",
    "SHORT_SCALES",
    "VAGUE",
    "find_quantities",
    "ordinal_value",
    "word_number",
]

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "last": -1,
}

_WORD_VALUE: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
_WORD_VALUE.update({w: i * 10 for i, w in enumerate(_TENS) if w})
_WORD_VALUE.update({"a dozen": 12, "dozen": 12, "dozens": 24, "a": 1, "an": 1})


@functools.lru_cache(maxsize=1 << 16)
def word_number(text: str) -> float | None:
    """The value of a number written in digits or words, or ``None``.

    >>> word_number("twenty-three"), word_number("1,200"), word_number("3.5 million")
    (23.0, 1200.0, 3500000.0)
    >>> word_number("a million"), word_number("half a million")
    (1000000.0, 500000.0)
    """
    text = text.strip().lower().replace("-", " ")
    text = re.sub(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}\b)", "", text)
    text = re.sub(r"^half an? ", "0.5 ", text)  # "half a million"
    total, current = 0.0, 0.0
    seen = False
    for token in text.split():
        if re.fullmatch(r"\d+(?:\.\d+)?", token):
            current += float(token)
        elif token == "dozen":
            current = (current or 1) * 12  # "a dozen", "two dozen"
        elif token in _WORD_VALUE:
            current += _WORD_VALUE[token]
        elif token in _SCALES:
            current = (current or 1) * _SCALES[token]
            if _SCALES[token] >= 1000:
                total, current = total + current, 0.0
        elif token == "and" and seen:
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def ordinal_value(word: str) -> int | None:
    """The rank an ordinal names: ``third`` and ``3rd`` are 3.

    >>> ordinal_value("third"), ordinal_value("21st"), ordinal_value("blue")
    (3, 21, None)
    """
    word = word.lower()
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    m = re.fullmatch(r"(\d{1,4})(?:st|nd|rd|th)", word)
    return int(m[1]) if m else None


# "forty", "forty-one", "forty one"; and the scale words ("hundred" ... "trillion"), written once
_TENS_WORD = rf"(?:{'|'.join(t for t in _TENS if t)})(?:[- ](?:{'|'.join(_UNITS[1:10])}))?"
_SCALE_WORD = "|".join(_SCALES)
_NUM_WORD = (
    r"(?:(?:tens|hundreds) of (?:thousands|millions)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[,.]\d)|\d+(?:\.\d+)?|"
    + _TENS_WORD
    + r"|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|(?:half )?a dozen|dozens|scores|hundreds|thousands|millions|"
    # "a million", "half a million": "a" is a number only before a scale word
    rf"(?:half )?an?(?=[ -](?:{_SCALE_WORD})\b))"
)
# The words that bound or approximate a number said after them: "more than 40", "about 300".
_LOWER = {"more than", "over", "above", "at least", "no fewer than", "no less than"}
_UPPER = {"fewer than", "less than", "below", "at most", "up to", "as many as", "as much as",
          "no more than"}  # fmt: skip
_APPROX = {"nearly", "almost", "about", "around", "roughly", "some", "an estimated"}
_MODS = "|".join(sorted(_LOWER | _UPPER | _APPROX, key=lambda mod: (-len(mod), mod)))
_QUANTITY = re.compile(
    rf"\b(?P<mod>{_MODS})?\s*"
    rf"(?P<num>{_NUM_WORD})(?:(?:\s+|-)(?P<scale>{_SCALE_WORD}))?"
    # "5% to 7%", "$28 to $30": a range whose ends each carry the unit
    r"(?:(?P<unit1>%|\s?percent(?!age)|\s?per cent)?\s*(?P<sep>-|to|and|or)\s*(?P<cur2>[$€£¥₹])?"
    r"(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s+(?P<scale2d>{_SCALE_WORD})\b)?"
    # "three or four", "two to three": a range in words
    rf"|\s+(?:or|to)\s+(?P<num2w>{_TENS_WORD}|one|two|three|four|five|six|"
    rf"seven|eight|nine|ten|eleven|twelve)\b(?:\s+(?P<scale2>{_SCALE_WORD})\b)?)?"
    # a speed's unit is three words or has a slash ("120 kilometres per hour", "200 km/h")
    # ("percentage points" is a unit of its own, not "percent")
    r"(?:\s*(?P<unit>%|percent(?!age)|per cent|(?:kilomet(?:re|er)s?|miles) (?:per|an) hour|"
    r"km ?/ ?hr?\b|(?-i:[a-z]+)))?",
    re.IGNORECASE,
)
# Plural round numbers name an order of magnitude, not a number: "dozens" is 24 or more,
# "tens of thousands" 20,000 or more. News stretches them upwards ("thousands marched" of a
# crowd the police put at 12,000; "hundreds of flights" of 1,200): each reaches to half again
# its next power of ten, short of the next one's band ("thousands" and "tens of thousands"
# still differ, so do "dozens" and "hundreds").
VAGUE = {
    "dozens": (24.0, 149.0),
    "scores": (40.0, 199.0),  # (a score is 20: "scores were injured", "scores of people")
    "hundreds": (200.0, 1_499.0),
    "thousands": (2_000.0, 14_999.0),
    "tens of thousands": (20_000.0, 149_999.0),
    "hundreds of thousands": (200_000.0, 1_499_999.0),
    "millions": (2e6, 14_999_999.0),
    "tens of millions": (2e7, 149_999_999.0),
    "hundreds of millions": (2e8, 1_499_999_999.0),
}
# Scales written as a suffix of the number: "$3.24bn".
SHORT_SCALES = {"bn": 1e9, "mn": 1e6, "tn": 1e12}
# Scales written as a suffix only after a currency sign ("$355m"; "400m" is metres).
_MONEY_SCALES = {"m": 1e6, "k": 1e3}
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:US|A|C|NZ|HK|S)\$)\s?$")
_PERCENT_WORDS = {"%", "percent", "per cent"}
_BETWEEN = re.compile(r"\bbetween\s*[$€£¥₹]?\s*$", re.IGNORECASE)
# What makes a number a share of something, not a count: "one in seven", "one in every five",
# "one third", "two-thirds", "a quarter".
_RATIO = re.compile(
    r"\s+in\s+(?:every\s+)?(?P<of>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?:\s+[a-z]+)?",
    re.IGNORECASE,
)
# The words after a number that make it a share ("one third", "two-thirds"), singular.
FRACTION_WORDS = ("half", "halves", "third", "quarter", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth")  # fmt: skip
_FRACTION = re.compile(
    r"[\s-]+(?:"
    + "|".join(w if w.startswith("hal") else f"{w}s?" for w in FRACTION_WORDS)
    + r")\b(?!-)",  # (not "two half-day strikes": two strikes)
    re.IGNORECASE,
)
# A half after a whole number ("22 and a half", "22 1/2", "22½"), with the unit after it.
_HALF = re.compile(
    r"(?:\s+and\s+a\s+half\b|\s*½|\s+1/2\b)(?:\s+(?P<unit>(?-i:[a-z]+)))?", re.IGNORECASE
)
# A bound or an approximation said before a currency's sign, right before a number.
_MOD_BEFORE_CURRENCY = re.compile(rf"\b(?P<mod>{_MODS})\s*[$€£¥₹]\s*$", re.IGNORECASE)


def _repeated_range(text: str, m: re.Match[str]) -> bool:
    """Whether two numbers that each carry their unit ("5% to 7%", "$28 and $30") are one
    range: the same unit on both, in ascending order, not a change "from" one "to" the
    other, and joined by "and" only after "between"."""
    sep = m["sep"].lower()
    before = text[: m.start("num")]
    if sep == "or" or re.search(r"\bfrom\s*[$€£¥₹]?\s*$", before, re.IGNORECASE):
        return False
    if sep == "and" and not _BETWEEN.search(before):
        return False
    if m["unit1"] and (m["cur2"] or (m["unit"] or "").strip().lower() not in _PERCENT_WORDS):
        return False  # "up 12% to 5.2 billion": a change, then a level
    if m["cur2"] and not before.rstrip().endswith(m["cur2"]):
        return False
    first, second = word_number(m["num"].lower()), word_number(m["num2"])
    return first is not None and second is not None and first <= second


def find_quantities(text: str) -> list[tuple[int, int, Quantity]]:
    """Counts in ``text`` with their offsets: ``(start, end, Quantity)``.

    >>> [(q.low, q.high, q.unit) for _, _, q in find_quantities("more than 40 people died")]
    [(40.0, None, 'people')]
    >>> [(q.low, q.unit) for _, _, q in find_quantities("($3.24bn)")]
    [(3240000000.0, None)]
    >>> [(q.low, q.high) for _, _, q in find_quantities("worth more than $65 billion")]
    [(65000000000.0, None)]
    >>> [(q.low, q.high) for _, _, q in find_quantities("above 4,000 and below 30")]
    [(4000.0, None), (None, 30.0)]
    >>> find_quantities("one in seven adults, two-thirds of voters")  # shares, no counts
    []
    >>> [q.low for _, _, q in find_quantities("two half-day strikes")]
    [2.0]
    """
    out: list[tuple[int, int, Quantity]] = []
    pos = 0
    while (m := _QUANTITY.search(text, pos)) is not None:
        pos = max(m.end(), pos + 1)
        raw = m["num"].lower()
        vague = VAGUE.get(" ".join(raw.split()))
        if vague is not None:
            value: float | None = vague[0]
            mod = "an estimated"
        else:
            value = word_number(raw + (" " + m["scale"] if m["scale"] else ""))
            mod = (m["mod"] or "").lower()
        if value is None:
            continue
        ratio = _RATIO.match(text, m.end("num"))
        of = word_number(ratio["of"].replace(",", "").lower()) if ratio is not None else None
        if ratio is not None and of is not None and value <= 10 and value < of < 1000:
            pos = ratio.end()  # "one in seven Pakistanis": a share, no count (nor is the seven)
            continue
        if _FRACTION.match(text, m.end("num")):
            continue  # "one third of the country", "two-thirds of voters": a share
        half = (
            _HALF.match(text, m.end("num"))
            if vague is None and not m["scale"] and value == int(value)
            else None
        )
        if half is not None:
            # "22 and a half years", "22 1/2 years", "two and a half hours": the half is the
            # number's, and the unit follows it
            whole, unit = value + 0.5, (half["unit"] or "").lower() or None
            if unit in _SCALES:
                whole, unit = whole * _SCALES[unit], None  # "12 and a half million"
            out.append(_found(text, m, half.end(), whole, whole, unit, mod, vague=False))
            pos = half.end()
            continue
        if not mod and (moved := _MOD_BEFORE_CURRENCY.search(text, 0, m.start("num"))):
            # "more than $65 billion": the bound is said before the currency's sign
            mod = moved["mod"].lower()
        low: float | None = value
        high: float | None = vague[1] if vague is not None else value
        second = m["num2"] or m["num2w"]
        apart = False  # two numbers joined by "or" that are no range
        repeated = bool(m["num2"] and (m["unit1"] or m["cur2"]))
        if repeated and not _repeated_range(text, m):
            # "rose 5% and fell 7%", "up 12% to 5.2 billion", "from 3.8% to 3.1%" are no
            # ranges ("between 5% and 7%", "$28 to $30" are): read the first number alone,
            # and the second next
            cut = m.end("unit1") if m["unit1"] else m.end("scale") if m["scale"] else m.end("num")
            m = _QUANTITY.match(text, m.start(), cut)
            if m is None:
                continue
            pos = m.end()
            second = None
        if second:
            high = word_number(second)
            if (m["num2w"] or m["sep"] == "or") and (high is None or high < value):
                # "12 or 10 ways": two numbers, not a range; the second is read next
                high, second, apart = value, None, True
                pos = m.start("num2w" if m["num2w"] else "num2")
            elif m["scale2"] and not m["scale"] and high is not None:
                # "six or seven hundred": the scale is both numbers'
                times = _SCALES[m["scale2"].lower()]
                low, high = value * times, high * times
            elif m["scale2d"] and high is not None:
                # "1.2 to 1.5 billion", "$1.2 billion to $1.5 billion": the second's scale is
                # the first's too when it has none
                times = _SCALES[m["scale2d"].lower()]
                low, high = (value if m["scale"] else value * times), high * times
        unit = None if apart else (m["unit"] or m["unit1"] or "").strip().lower() or None
        money = unit in _MONEY_SCALES and bool(_CURRENCY_BEFORE.search(text, 0, m.start("num")))
        if (
            unit is not None
            and (unit in SHORT_SCALES or money)
            and m["num"][:1].isdigit()
            and not m["scale"]
        ):
            # "$3.24bn", "5.4m": a scale written as a suffix; after a currency, "m" and "k" are
            # millions and thousands ("$355m", "£20k"), not metres
            factor = SHORT_SCALES.get(unit) or _MONEY_SCALES[unit]
            low = None if low is None else low * factor
            high = None if high is None else high * factor
            unit = None
        end = (
            m.end()
            if unit
            else m.end(
                "scale2d"
                if m["scale2d"]
                else "num2"
                if m["num2"]
                else "scale2"
                if m["scale2"]
                else "num2w"
            )
            if second
            else m.end("scale")
            if m["scale"]
            else m.end("num")
        )
        sign = None if second or mod else _SIGN.search(text, 0, m.start("num"))
        if sign is not None and low is not None and high is not None:
            # "from -0.1%", "minus 20C": below zero ("-" hard against a number a space or a
            # bracket opens; not "Covid-19", nor the second end of "0-0.1%")
            low, high = -high, -low
        start = sign.start() if sign is not None else None
        out.append(_found(text, m, end, low, high, unit, mod, vague=vague is not None, start=start))
    return out


# A sign before a number: "-0.1%" (not "Covid-19"), "minus 20C", "negative 0.3%".
_SIGN = re.compile(r"(?:(?:^|(?<=[\s(]))-|\b(?:minus|negative)\s+)$", re.IGNORECASE)


def _found(
    text: str,
    m: re.Match[str],
    end: int,
    low: float | None,
    high: float | None,
    unit: str | None,
    mod: str,
    *,
    vague: bool,
    start: int | None = None,
) -> tuple[int, int, Quantity]:
    """The quantity :func:`find_quantities` read from ``m`` up to ``end``: from its modifier
    (or its number; from ``start`` when given: its sign), bounded as the modifier says ("at
    least" keeps the low value alone), approximate after an approximating word or for a vague
    number ("dozens")."""
    if mod in _LOWER:
        high = None
    elif mod in _UPPER:
        low = None
    if start is None:
        start = m.start("mod") if m["mod"] else m.start("num")
    quantity = Quantity(
        low=low, high=high, unit=unit, text=text[start:end], approximate=mod in _APPROX or vague
    )
    return start, end, quantity
