"""Numbers, ranges and ordinals."""

from __future__ import annotations

import pytest

from claimcheck.normalise import find_quantities, ordinal_value, word_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two", 2),
        ("twenty-three", 23),
        ("1,200", 1200),
        ("3.5 million", 3_500_000),
        ("one hundred", 100),
        ("forty", 40),
        ("blue", None),
    ],
)
def test_word_number(text, value):
    assert word_number(text) == value


@pytest.mark.parametrize(
    ("word", "rank"), [("first", 1), ("third", 3), ("21st", 21), ("tenth", 10), ("cat", None)]
)
def test_ordinal_value(word, rank):
    assert ordinal_value(word) == rank


@pytest.mark.parametrize(
    ("text", "low", "high", "approximate"),
    [
        ("more than 40 people died", 40, None, False),
        ("at least 12 injured", 12, None, False),
        ("nearly 500 homes", 500, 500, True),
        ("up to 30 dead", None, 30, False),
        ("between 10 and 20 people", 10, 20, False),
        ("two soldiers", 2, 2, False),
        # "a" and "half a" before a scale word; "a" alone is no number
        ("more than a million people", 1_000_000, None, False),
        ("half a million refugees", 500_000, 500_000, False),
        ("a hundred homes", 100, 100, False),
        ("half a dozen people were hurt", 6, 6, False),  # (not a dozen)
        # two numbers joined by "or" or "to" are a range, in words as in digits
        ("three or four more cars derailed", 3, 4, False),
        ("10 or 12 people", 10, 12, False),
        ("two to three weeks", 2, 3, False),
        ("six or seven hundred homes", 600, 700, False),
        # each end with its unit, and a scale after the second end only
        ("between $28 and $30 a share", 28, 30, False),
        ("between 5% and 7%", 5, 7, False),
        ("3 percent to 4 percent", 3, 4, False),
        ("between $1.2 billion and $1.5 billion", 1.2e9, 1.5e9, False),
        ("1.2 to 1.5 billion people", 1.2e9, 1.5e9, False),
        ("a 40-million-euro contract", 40_000_000, 40_000_000, False),  # a hyphenated scale
        ("$1.5 trillion in debt", 1.5e12, 1.5e12, False),
        # separators and a decimal point in one number
        ("India's population at 1,428.6 million", 1_428_600_000, 1_428_600_000, False),
        ("2,500.5 tonnes of grain", 2500.5, 2500.5, False),
        # plural round numbers are an order of magnitude
        ("dozens of people", 24, 149, True),
        ("hundreds injured", 200, 1_499, True),
        ("scores were injured", 40, 199, True),  # (a score is twenty)
        # a half after a whole number is the number's
        ("22 and a half years", 22.5, 22.5, False),
        ("22 1/2 years", 22.5, 22.5, False),
        ("more than two and a half hours", 2.5, None, False),
        ("12 and a half million people", 12.5e6, 12.5e6, False),
        ("Tens of thousands of people", 20_000, 149_999, True),
        ("hundreds of thousands fled", 200_000, 1_499_999, True),
    ],
)
def test_quantities(text, low, high, approximate):
    q = find_quantities(text)[0][2]
    assert (q.low, q.high, q.approximate) == (low, high, approximate)


@pytest.mark.parametrize("text", ["by 0.25 percentage points", "by one percentage point"])
def test_percentage_points_are_not_per_cent(text):
    # a change of a rate in points is no change in per cent ("rose 0.25%")
    q = find_quantities(text)[0][2]
    assert q.unit == "percentage"


def test_numbers_joined_by_or_in_falling_order_are_two_numbers():
    found = [(q.low, q.high, q.text) for _, _, q in find_quantities("twelve or ten ways")]
    assert found == [(12, 12, "twelve"), (10, 10, "ten ways")]
    # a score keeps its order, as before
    assert [(q.low, q.high) for _, _, q in find_quantities("won 3-1")] == [(3, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "rose 5% and fell 7%",  # "and" joins a range only after "between"
        "up 12% to 5.2 billion",  # a change, then a level
        "from 3.8 percent to 3.1 percent",  # a change from one to the other
        "5% or 7%",
    ],
)
def test_numbers_each_with_its_unit_that_are_no_range(text):
    found = find_quantities(text)
    assert len(found) == 2
    assert all(q.low == q.high for _, _, q in found)


def test_a_before_no_scale_word_is_no_number():
    from claimcheck.normalise import find_quantities

    assert find_quantities("a man was killed and an officer hurt") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("winds of 200 km/h", "km/h"),
        ("gusts of 120 kilometres per hour", "kilometres per hour"),
        ("winds of 75 miles an hour", "miles an hour"),
        ("winds of up to 165 mph", "mph"),
        ("it lay 200 km from the coast", "km"),  # a distance stays one
    ],
)
def test_a_speed_has_its_whole_unit(text, unit):
    ((_, _, quantity),) = find_quantities(text)
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        # after a currency sign, "m" and "k" are a scale, as "bn" is anywhere
        ("$355m", 355e6, None),
        ("£20k", 20e3, None),
        ("US$5m", 5e6, None),
        # elsewhere "m" is metres
        ("ran 400m", 400.0, "m"),
    ],
)
def test_a_money_amount_s_scale_suffix_is_a_scale(text, low, unit):
    ((_, _, quantity),) = find_quantities(text)
    assert (quantity.low, quantity.unit) == (low, unit)


@pytest.mark.parametrize(
    ("text", "value", "said"),
    [
        ("the economy shrank -0.5% in the quarter", -0.5, "-0.5%"),
        ("up from minus 0.1%", -0.1, "minus 0.1%"),
        ("temperatures of -20C", -20, "-20"),
        ("(-3%)", -3, "-3%"),
        # a hyphen within a word or between a range's ends is no sign
        ("Covid-19 cases", 19, "19 cases"),
    ],
)
def test_a_number_below_zero_keeps_its_sign(text, value, said):
    (found,) = find_quantities(text)
    assert (found[2].low, found[2].high, found[2].text) == (value, value, said)
