"""Figures: what a counted or measured claim measures, of which event, in which unit.

A claim with a quantity becomes a figure when the measure table
(:mod:`claimcheck.normalise._measures`) names what it measures: by the quantity's unit
("14 percent", "72 km", "3 billion francs"), by a tally noun ("the death toll rose to 12", "the
number of injured"), by a counted noun ("288 deaths"), by the lexicon predicate ("killed 12")
or by the verb ("12 people died", "280 bodies were recovered"). Any other counted noun is a plain
count ("count:ambulance"). A sub-population ("17 children among the dead", "26 foreigners
killed") stays part of the figure.

Figures about an event belong to the story's main event unless the sentence dates another
("a 2004 tremor that killed over 600", "in 1981 ... killing at least 800"): then the event is
that year. Distances are converted to kilometres to compare (the text keeps what was printed);
money keeps its currency as the figure's unit, so amounts compare like with like.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import attrs

from claimcheck.model import Quantity
from claimcheck.normalise._measures import MeasureSpec, MeasureTable

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Figure", "figure_of", "singular"]

# Currency words and signs, and the code a figure is compared under.
_CURRENCIES = {
    "franc": "CHF", "francs": "CHF", "chf": "CHF",
    "dollar": "USD", "dollars": "USD", "$": "USD", "us$": "USD", "usd": "USD",
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "£": "GBP", "gbp": "GBP",
    "yen": "JPY", "¥": "JPY", "rupee": "INR", "rupees": "INR", "₹": "INR",
    "lakh": "INR", "crore": "INR", "yuan": "CNY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB",
}  # fmt: skip
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# An event this long before publication is another event, not the story's.
_ANOTHER_EVENT = dt.timedelta(days=60)


@attrs.frozen
class Figure:
    """What a figure claim measures."""

    measure: str
    population: str | None
    event: str | None
    quantity: Quantity


def singular(noun: str) -> str:
    """A plural noun's singular, well enough to key counts ("ambulances" -> "ambulance").

    >>> singular("ambulances"), singular("bodies"), singular("coaches"), singular("glass")
    ('ambulance', 'body', 'coach', 'glass')
    """
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "sses", "zes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun


def _tally(token: Token | None, table: MeasureTable) -> MeasureSpec | None:
    """The measure a tally phrase names: "death toll", "the number of injured"."""
    if token is None:
        return None
    words = [c.lower_ for c in token.lefts if c.dep_ == "compound"] + [token.lower_]
    phrase = " ".join(words)
    found = table.by_noun.get(phrase) or table.by_noun.get(token.lemma_.lower())
    if found is not None and token.lemma_.lower() not in ("body", "life"):
        return found
    if token.lemma_.lower() in ("number", "tally", "count", "total", "figure"):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if counted is not None:
            return (
                table.by_noun.get(counted.lower_)
                or table.by_noun.get(counted.lemma_.lower())
                or table.by_verb.get(counted.lemma_.lower())
            )
    return None


def figure_of(
    quantity: Quantity,
    *,
    table: MeasureTable,
    predicate: str,
    verb: Token,
    subject: Token | None,
    counted: Token | None,
    time_latest: dt.date | None,
    published: dt.date | None,
) -> Figure | None:
    """The figure a claim's quantity states, or ``None`` when it measures nothing named."""
    unit = (quantity.unit or "").lower()
    population: str | None = None
    spec = table.by_unit.get(unit)
    if spec is not None:
        if spec.id == "money":
            population = _CURRENCIES.get(unit, unit.upper())
        elif spec.convert:
            convert = spec.convert
            factor = convert.get(unit, 1.0)
            canonical = min(convert, key=lambda u: abs(convert[u] - 1.0))
            quantity = quantity.model_copy(
                update={
                    "low": None if quantity.low is None else quantity.low * factor,
                    "high": None if quantity.high is None else quantity.high * factor,
                    "unit": canonical,
                }
            )
            population = canonical
    if spec is None:
        spec = _tally(subject, table)
    if spec is None and unit and unit in table.by_noun and unit not in ("body", "bodies"):
        spec = table.by_noun[unit]
    if spec is None:
        spec = table.by_predicate.get(predicate)
    if spec is None:
        spec = table.by_verb.get(verb.lemma_.lower())
    if spec is None and counted is not None:
        among = next(
            (c for c in counted.children if c.dep_ == "prep" and c.lower_ in ("among", "of")),
            None,
        )
        target = next((g for g in among.children if g.dep_ == "pobj"), None) if among else None
        if target is not None:
            spec = table.by_noun.get(target.lower_)  # "17 children among the dead"
    if spec is not None and population is None and unit in table.groups:
        population = unit
    if spec is None:
        if not unit or unit in table.groups or unit == "people":
            return None
        measure, about_event = f"count:{singular(unit)}", True
    else:
        measure, about_event = spec.id, spec.about == "event"
    event = None
    if about_event:
        event = "main"
        if (
            time_latest is not None
            and published is not None
            and time_latest < published - _ANOTHER_EVENT
        ):
            event = str(time_latest.year)
        if subject is not None:
            years = [t.text for t in subject.subtree if _YEAR.match(t.text)]
            if years and (published is None or years[0] != str(published.year)):
                event = years[0]  # "a 2004 tremor that killed over 600"
    return Figure(measure, population, event, quantity)
