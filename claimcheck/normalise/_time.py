"""Dates and time expressions in English news, as ranges with a precision.

Absolute dates ("13 July 2022", "July 13, 2022", "2022-07-13"), partial ones ("July 13",
"June 2022", "in 2014") and relative ones ("Wednesday", "last month", "three days ago") become
:class:`~claimcheck.model.TimeRange` values. Relative expressions are resolved against the
publication date and stay ``unresolved`` when it is unknown; a day and month without a year keep
``month``/``day`` so that "July 13" still agrees with "13 July 2022".

Every pattern is a plain alternation without nested repetition, so matching is linear.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

import attrs

from claimcheck.model import _WEEKDAYS, TimeRange

__all__ = ["WEEKDAYS", "TimeMention", "find_times", "parse_date", "resolve_month_day"]

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _number
        MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9

WEEKDAYS = _WEEKDAYS  # the days of the week by number, 0 for Monday (one table with the model's)

_MONTH = r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:1[5-9]|20)\d\d)"

_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    (
        "dmy",
        re.compile(
            rf"\b{_DAY.format(g='d')}\s+(?:of\s+)?{_MONTH.format(g='m')},?\s+{_YEAR.format(g='y')}\b"
        ),
    ),
    (
        "mdy",
        re.compile(rf"\b{_MONTH.format(g='m')}\s+{_DAY.format(g='d')},?\s+{_YEAR.format(g='y')}\b"),
    ),
    ("md", re.compile(rf"\b{_MONTH.format(g='m')}\s+{_DAY.format(g='d')}\b(?!\s*(?:,\s*)?\d)")),
    (
        "dm",
        re.compile(rf"\b{_DAY.format(g='d')}\s+(?:of\s+)?{_MONTH.format(g='m')}(?![\w,]*\s+\d)"),
    ),
    (
        # "from April to June", "between January and March 2024": the months from one to the
        # other, whole
        "months",
        re.compile(
            rf"\b(?:from|between)\s+{_MONTH.format(g='m')}\s+(?:to|and|through|until|till)\s+"
            rf"{_MONTH.format(g='m2')}(?:,?\s+{_YEAR.format(g='y')})?\b(?!\s+[0-3]?\d\b)"
        ),
    ),
    ("my", re.compile(rf"\b{_MONTH.format(g='m')},?\s+{_YEAR.format(g='y')}\b")),
    (
        "month",
        re.compile(
            r"\b(?P<rel>in|since|until|by|during|early|late|mid|last|this|next|from)[\s-]+"
            r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b"
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?:in|since|from|until|till|by|of|during|early|late|mid|before|after)\s+(?:the\s+year\s+)?(?P<y>(?:1[5-9]|20)\d\d)\b(?!\s*(?:people|persons|troops|km|miles|%|percent))",
            re.IGNORECASE,
        ),
    ),
    (
        # "on Friday and Saturday", "from Friday to Monday": the days from one to the other
        "weekdays",
        re.compile(
            rf"\b(?:(?:on|between|from)\s+)?(?P<w>{_WEEKDAY_NAMES})\s+(?:and|to|through|until|till)"
            rf"\s+(?:on\s+)?(?P<w2>{_WEEKDAY_NAMES})\b"
        ),
    ),
    (
        # "over the weekend", "at the weekend", "last weekend": its Saturday and Sunday
        "weekend",
        re.compile(r"\b(?P<r>over|at|during|on|this|last|past)\s+(?:the\s+)?weekend\b", re.I),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<earlier>earlier|late|early)\s+|(?:on|last|this)\s+)?(?P<w>{_WEEKDAY_NAMES})\b"
        ),
    ),
    (
        "relday",
        re.compile(
            r"\b(?P<r>yesterday|today|tonight|earlier today|this morning|this afternoon|this evening|last night)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relunit",
        re.compile(
            # ("at the end of the year", "by the start of this month": within it)
            r"\b(?P<r>last|this|earlier this|later this|next|past|"
            r"(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this))\s+"
            r"(?P<u>week|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<u>day|week|month|year)s?\s+ago\b",
            re.IGNORECASE,
        ),
    ),
]

_SMALL = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


@attrs.frozen(slots=True)
class TimeMention:
    """A time expression found in text: its offsets and its normalised range."""

    start: int
    end: int
    range: TimeRange


def _weekday_back(name: str, published: dt.date) -> dt.date:
    """The last day of the weekday ``name`` on or before ``published``: news's "on Friday"."""
    return published - dt.timedelta(days=(published.weekday() - WEEKDAYS[name.lower()]) % 7)


def _day_range(day: dt.date, text: str) -> TimeRange:
    return TimeRange(
        earliest=day, latest=day, precision="day", text=text, month=day.month, day=day.day
    )


def _month_range(year: int, month: int, text: str) -> TimeRange:
    last = calendar.monthrange(year, month)[1]
    return TimeRange(
        earliest=dt.date(year, month, 1),
        latest=dt.date(year, month, last),
        precision="month",
        text=text,
        month=month,
    )


def _months_range(m: re.Match[str], published: dt.date | None, text: str) -> TimeRange | None:
    """The months from ``m``'s first to its second, whole: in its year, else the latest
    span that ends by the month of publication."""
    first, last = (MONTHS[m[g].lower().rstrip(".")] for g in ("m", "m2"))
    if m["y"]:
        year = int(m["y"])
    elif published is not None:
        year = published.year - (1 if last > published.month else 0)
    else:
        return TimeRange(precision="unresolved", text=text)
    start = dt.date(year - (1 if first > last else 0), first, 1)
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return TimeRange(earliest=start, latest=end, precision="range", text=text)


def _year_range(year: int, text: str) -> TimeRange:
    return TimeRange(
        earliest=dt.date(year, 1, 1), latest=dt.date(year, 12, 31), precision="year", text=text
    )


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def resolve_month_day(month: int, day: int, published: dt.date | None, text: str) -> TimeRange:
    """A day and month without a year, placed in the year that makes it recent news.

    News dates a past event without its year when it falls within the last months, so the day is
    put in the publication year unless that would be more than a month after publication.

    >>> resolve_month_day(2, 24, dt.date(2022, 7, 13), "February 24").earliest
    datetime.date(2022, 2, 24)
    >>> resolve_month_day(12, 30, dt.date(2022, 1, 3), "December 30").earliest
    datetime.date(2021, 12, 30)
    >>> resolve_month_day(7, 13, None, "July 13").precision
    'month-day'
    """
    if published is None:
        return TimeRange(precision="month-day", month=month, day=day, text=text)
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= published + dt.timedelta(days=31):
            return _day_range(candidate, text)
    return TimeRange(precision="month-day", month=month, day=day, text=text)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _relative(kind: str, m: re.Match[str], published: dt.date | None, text: str) -> TimeRange:
    if published is None:
        return TimeRange(precision="unresolved", text=text)
    if kind == "weekday":
        return _day_range(_weekday_back(m["w"], published), text)
    if kind == "weekdays":
        first = _weekday_back(m["w"], published)
        last = first + dt.timedelta(days=(WEEKDAYS[m["w2"].lower()] - first.weekday()) % 7)
        return TimeRange(earliest=first, latest=last, precision="range", text=text)
    if kind == "weekend":
        # the last one, or the one under way; "over the weekend" written on a Thursday or a
        # Friday is the coming one
        gone = m["r"].lower() in ("last", "past")
        saturday = _weekday_back("saturday", published)
        if not gone and published.weekday() in (3, 4):
            saturday += dt.timedelta(days=7)
        elif gone and published.weekday() in (5, 6):
            saturday -= dt.timedelta(days=7)  # "last weekend", written at a weekend
        return TimeRange(
            earliest=saturday, latest=saturday + dt.timedelta(days=1), precision="range", text=text
        )
    if kind == "relday":
        word = m["r"].lower()
        shift = 1 if word in ("yesterday", "last night") else 0
        return _day_range(published - dt.timedelta(days=shift), text)
    unit = m["u"].lower()
    if kind == "ago":
        n = _SMALL.get(m["n"].lower()) or int(m["n"])
        if unit == "day":
            return _day_range(published - dt.timedelta(days=n), text)
        if unit == "week":
            end = published - dt.timedelta(days=7 * (n - 1))
            return TimeRange(
                earliest=end - dt.timedelta(days=13), latest=end, precision="range", text=text
            )
        if unit == "month":
            return _month_range(*_shift_months(published, -n), text)
        return _year_range(published.year - n, text)
    which = m["r"].lower()
    offset = {"last": -1, "past": -1, "next": 1}.get(which, 0)
    if unit == "year":
        return _year_range(published.year + offset, text)
    if unit == "month":
        year, month = _shift_months(published, offset)
        return _month_range(year, month, text)
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
    if which == "past":
        return TimeRange(
            earliest=published - dt.timedelta(days=7),
            latest=published,
            precision="range",
            text=text,
        )
    return TimeRange(
        earliest=monday, latest=monday + dt.timedelta(days=6), precision="range", text=text
    )


def _build(kind: str, m: re.Match[str], published: dt.date | None) -> TimeRange | None:
    text = m.group(0)
    if kind in ("iso", "dmy", "mdy"):
        month = int(m["m"]) if kind == "iso" else MONTHS[m["m"].lower().rstrip(".")]
        day = _date(int(m["y"]), month, int(m["d"]))
        return _day_range(day, text) if day else None
    if kind in ("md", "dm"):
        month, day_number = MONTHS[m["m"].lower().rstrip(".")], int(m["d"])
        if not 1 <= day_number <= 31 or _date(2000, month, day_number) is None:
            return None
        return resolve_month_day(month, day_number, published, text)
    if kind == "my":
        return _month_range(int(m["y"]), MONTHS[m["m"].lower().rstrip(".")], text)
    if kind == "year":
        return _year_range(int(m["y"]), text)
    if kind == "months":
        return _months_range(m, published, text)
    if kind == "month":
        month = MONTHS[m["m"].lower()]
        if published is None:
            return TimeRange(precision="unresolved", month=month, text=text)
        year = published.year
        if m["rel"] == "next":
            year += 1 if month <= published.month else 0
        elif (month - published.month) % 12 == 1 and m["rel"] not in ("last", "since"):
            # the month after publication is the coming one, as a day up to a month ahead is
            # (resolve_month_day): "takes effect in November" in October, "by January" in
            # December; further ahead it is last year's ("in August", written in May)
            year += 1 if month < published.month else 0
        elif month > published.month or (m["rel"] == "last" and month == published.month):
            year -= 1
        return _month_range(year, month, text)
    return _relative(kind, m, published, text)


def find_times(text: str, published: dt.date | None = None) -> Iterator[TimeMention]:
    """Every time expression in ``text``, left to right, without overlaps.

    >>> [t.range.earliest for t in find_times("It rained on Wednesday.", dt.date(2022, 7, 13))]
    [datetime.date(2022, 7, 13)]
    >>> [t.range.precision for t in find_times("Talks began last month.")]
    ['unresolved']
    """
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if kind == "year":
                start = m.start("y")
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            built = _build(kind, m, published)
            if built is None:
                continue
            if kind == "year":
                built = built.model_copy(update={"text": m["y"]})
            taken.append((start, end))
            found.append(TimeMention(start, end, built))
    yield from sorted(found, key=lambda t: t.start)


_TIME_OF_DAY = re.compile(
    r"[,\s]+\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s+[A-Z]{2,4})?\s*$"
)


def parse_date(value: str) -> dt.date | None:
    """A full calendar date written in any of the usual news forms, or ``None``.

    >>> parse_date("13 July 2022, 19:19 IST")
    datetime.date(2022, 7, 13)
    >>> parse_date("July 13, 2022")
    datetime.date(2022, 7, 13)
    >>> parse_date("2022-07-13T19:19:00+05:30")
    datetime.date(2022, 7, 13)
    >>> parse_date("next week") is None
    True
    """
    value = value.strip()
    if not value:
        return None
    iso = re.match(r"^((?:1[5-9]|20)\d\d)-([01]\d)-([0-3]\d)(?:[T ][\d:.+\-Z ]*)?$", value)
    if iso:
        return _date(int(iso[1]), int(iso[2]), int(iso[3]))
    value = _TIME_OF_DAY.sub("", value)
    value = re.sub(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+", "", value)
    for kind, pattern in _PATTERNS[1:3]:
        m = pattern.fullmatch(value)
        if m:
            built = _build(kind, m, None)
            return built.earliest if built else None
    return None
