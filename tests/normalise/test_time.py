"""Time expressions as ranges, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.model import TimeRange
from claimcheck.normalise import find_times, parse_date

PUB = dt.date(2023, 5, 10)  # a Wednesday


def one(text: str, published: dt.date | None = PUB) -> TimeRange:
    found = list(find_times(text, published))
    assert len(found) == 1, found
    assert text[found[0].start : found[0].end]
    return found[0].range


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("on 4 March 2021", dt.date(2021, 3, 4), dt.date(2021, 3, 4), "day"),
        ("on March 4, 2021", dt.date(2021, 3, 4), dt.date(2021, 3, 4), "day"),
        ("on 2021-03-04", dt.date(2021, 3, 4), dt.date(2021, 3, 4), "day"),
        ("in March 2021", dt.date(2021, 3, 1), dt.date(2021, 3, 31), "month"),
        ("in 2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31), "year"),
        ("on May 2", dt.date(2023, 5, 2), dt.date(2023, 5, 2), "day"),
        ("on December 30", dt.date(2022, 12, 30), dt.date(2022, 12, 30), "day"),
        ("said Wednesday", PUB, PUB, "day"),
        ("on Monday", dt.date(2023, 5, 8), dt.date(2023, 5, 8), "day"),
        ("yesterday", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day"),
        ("last month", dt.date(2023, 4, 1), dt.date(2023, 4, 30), "month"),
        ("last year", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year"),
        ("three days ago", dt.date(2023, 5, 7), dt.date(2023, 5, 7), "day"),
        ("two months ago", dt.date(2023, 3, 1), dt.date(2023, 3, 31), "month"),
        # a span of whole months: the latest that ends by publication, or in its year
        ("from January to March", dt.date(2023, 1, 1), dt.date(2023, 3, 31), "range"),
        ("between April and June", dt.date(2022, 4, 1), dt.date(2022, 6, 30), "range"),
        ("from November to February", dt.date(2022, 11, 1), dt.date(2023, 2, 28), "range"),
        ("from April to June 2021", dt.date(2021, 4, 1), dt.date(2021, 6, 30), "range"),
        # days from one to the other, as a lone weekday is: the last such day
        ("on Monday and Tuesday", dt.date(2023, 5, 8), dt.date(2023, 5, 9), "range"),
        ("from Friday to Monday", dt.date(2023, 5, 5), dt.date(2023, 5, 8), "range"),
        ("between Tuesday and Thursday", PUB - dt.timedelta(days=1), dt.date(2023, 5, 11),
         "range"),
        # a weekend, on a Wednesday: the one just gone
        ("over the weekend", dt.date(2023, 5, 6), dt.date(2023, 5, 7), "range"),
        ("last weekend", dt.date(2023, 5, 6), dt.date(2023, 5, 7), "range"),
        # a part of this year or month: within it
        ("at the end of the year", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year"),
        ("by the end of the month", dt.date(2023, 5, 1), dt.date(2023, 5, 31), "month"),
        ("from the start of this year", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year"),
    ],
)  # fmt: skip
def test_resolved(text, earliest, latest, precision):
    r = one(text)
    assert (r.earliest, r.latest, r.precision) == (earliest, latest, precision)


@pytest.mark.parametrize("text", ["on Tuesday", "last month", "yesterday", "two weeks ago"])
def test_relative_without_publication_date_stays_unresolved(text):
    r = one(text, None)
    assert r.precision == "unresolved"
    assert r.earliest is None


def test_day_without_year_keeps_month_and_day():
    r = one("on July 13", None)
    assert (r.precision, r.month, r.day, r.earliest) == ("month-day", 7, 13, None)


def test_precision_is_compatible():
    day = one("on 13 July 2022")
    partial = one("on July 13", None)
    month = one("in July 2022")
    other = one("on 14 July 2022")
    assert day.compatible(partial) is True
    assert partial.compatible(day) is True
    assert day.compatible(month) is True
    assert day.compatible(other) is False
    assert partial.compatible(other) is False


def test_a_month_without_its_year_is_compatible_only_with_that_month():
    march, june = one("in March", None), one("in June", None)
    assert (march.earliest, march.month) == (None, 3)
    assert march.compatible(june) is False
    assert june.compatible(march) is False
    assert march.compatible(one("in early March", None)) is None  # which day, unknown
    assert march.compatible(one("on 13 July 2022")) is False
    assert one("on July 13", None).compatible(one("in July", None)) is None
    assert one("on July 13", None).compatible(march) is False
    # where a span starts or ends is not when it was
    assert one("since March", None).compatible(june) is None
    assert june.compatible(one("until March", None)) is None


def test_a_weekday_without_its_date_is_compatible_only_with_that_weekday():
    friday, thursday = one("on Friday", None), one("on Thursday", None)
    assert friday.compatible(thursday) is False
    assert friday.compatible(one("late on Friday", None)) is None
    assert friday.compatible(one("on 13 July 2022")) is False  # a Wednesday
    assert one("on Wednesday", None).compatible(one("on 13 July 2022")) is None
    assert one("since Thursday", None).compatible(friday) is None


@pytest.mark.parametrize("text", ["in 2000 people", "3000 troops", "page 12", "the 1990s"])
def test_numbers_are_not_years(text):
    assert not [t for t in find_times(text, PUB) if t.range.precision == "year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13 July 2022, 19:19 IST", dt.date(2022, 7, 13)),
        ("Wed, 13 Jul 2022", dt.date(2022, 7, 13)),
        ("2022-07-13T19:19:00Z", dt.date(2022, 7, 13)),
        ("31 February 2022", None),
        ("soon", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        ("takes effect in November", dt.date(2026, 10, 6), dt.date(2026, 11, 1)),
        ("from January", dt.date(2026, 12, 10), dt.date(2027, 1, 1)),
        ("since November", dt.date(2026, 10, 6), dt.date(2025, 11, 1)),
        ("last November", dt.date(2026, 10, 6), dt.date(2025, 11, 1)),
        ("in August", dt.date(2026, 5, 2), dt.date(2025, 8, 1)),
        ("in September", dt.date(2026, 10, 6), dt.date(2026, 9, 1)),
    ],
)
def test_a_month_without_its_year_is_the_coming_one_only_when_it_is_next(text, published, month):
    (found,) = find_times(text, published)
    assert found.range.earliest == month


@pytest.mark.parametrize(
    ("text", "published", "saturday"),
    [
        # written late in the week, the weekend is the coming one
        ("over the weekend", dt.date(2023, 5, 12), dt.date(2023, 5, 13)),
        ("at the weekend", dt.date(2023, 5, 11), dt.date(2023, 5, 13)),
        # at a weekend, it is that one; "last weekend" then is the one before
        ("over the weekend", dt.date(2023, 5, 14), dt.date(2023, 5, 13)),
        ("last weekend", dt.date(2023, 5, 13), dt.date(2023, 5, 6)),
    ],
)
def test_a_weekend_is_the_one_news_of_that_day_means(text, published, saturday):
    r = one(text, published)
    assert (r.earliest, r.latest) == (saturday, saturday + dt.timedelta(days=1))
