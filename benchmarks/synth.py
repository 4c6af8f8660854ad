"""A synthetic news corpus with its ground truth, for the scale benchmarks.

``corpus(n_sources, n_events)`` writes articles of about 600 words: each reports one event with
its key facts (ties severed on a date, a death toll, arrests, an election win, a recognition),
written with the spelling variants real outlets use (official names, capitals for states,
hyphenated or spaced personal names), inside filler prose. Some outlets give a different value
(a planted conflict); some articles are wire copies of another (a family that counts once).
``claims(n)`` builds ready claims directly, for judging at sizes extraction would take hours to
reach. Everything is seeded: the same arguments give the same corpus.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from claimcheck import Claim, Source, Span
from claimcheck.normalise._gazetteer import gazetteer

__all__ = ["Article", "Event", "claims", "corpus"]

FIRST = [
    "Ana",
    "Boris",
    "Chen",
    "Dara",
    "Elif",
    "Farid",
    "Greta",
    "Hamid",
    "Ines",
    "Jonas",
    "Kira",
    "Lucas",
    "Mei",
    "Nadia",
    "Omar",
    "Petra",
]
FAMILY = [
    "Park",
    "Kim-Lee",
    "Novak",
    "Haddad",
    "Silva",
    "Okafor",
    "Jensen",
    "Moreau",
    "Tanaka",
    "Kowalski",
    "Rossi",
    "Osei",
]
OUTLETS = [
    f"{a} {b}"
    for a in ("Daily", "Evening", "Morning", "Weekly", "Global")
    for b in ("Herald", "Courier", "Post", "Tribune", "Monitor", "Ledger", "Observer", "Gazette")
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER_SUBJECTS = [
    "Analysts",
    "Residents",
    "Observers",
    "Local traders",
    "Diplomats",
    "Economists",
    "Aid workers",
    "Opposition figures",
    "Historians",
    "Teachers",
]
FILLER_VERBS = [
    "expect",
    "worry about",
    "point to",
    "have long debated",
    "warn of",
    "question",
    "welcome",
    "study",
    "recall",
    "describe",
]
FILLER_OBJECTS = [
    "the cost of {n} new roads",
    "{n} years of slow growth",
    "the price of grain in {n} markets",
    "a shortage of {n} teachers",
    "the {n} river crossings",
    "the budget for {n} clinics",
    "a harvest {n} tonnes smaller",
    "{n} stalled projects",
    "the {n} days of winter",
    "the {n} kilometres of railway",
]


@dataclass
class Event:
    """One planted event: its fact, the value each reporting family gives, and the ground truth."""

    id: str
    kind: str
    predicate: str
    subject: str
    object: str | None
    values: dict[str, str] = field(default_factory=dict)  # source id -> value stated
    conflict: bool = False


@dataclass
class Article:
    source_id: str
    text: str
    copy_of: str | None = None


def _countries(rng: random.Random) -> list[tuple[str, list[str]]]:
    """Countries with the other names the news uses for them (official names)."""
    out = []
    for _eid, (name, kind, aliases) in sorted(gazetteer().entities.items()):
        if kind != "country":
            continue
        forms = [name, *sorted(a for a in aliases if a.count(" ") < 6)][:3]
        out.append((name, forms))
    rng.shuffle(out)
    return out[:120]


def _filler(rng: random.Random, words: int) -> str:
    out: list[str] = []
    count = 0
    while count < words:
        sentence = (
            f"{rng.choice(FILLER_SUBJECTS)} {rng.choice(FILLER_VERBS)} "
            f"{rng.choice(FILLER_OBJECTS).format(n=rng.randint(2, 900))}."
        )
        out.append(sentence)
        count += len(sentence.split())
    return " ".join(out)


def _date(rng: random.Random) -> dt.date:
    return dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 300))


def _fact(event: Event, value: str, forms: dict[str, list[str]], rng: random.Random) -> str:
    subject = rng.choice(forms.get(event.subject, [event.subject]))
    obj = rng.choice(forms.get(event.object or "", [event.object or ""]))
    if event.kind == "ties":
        return f"{subject} severed diplomatic ties with {obj} on {value}."
    if event.kind == "toll":
        return f"The flood in {subject} killed {value} people, officials said."
    if event.kind == "arrest":
        if value == "none":
            return f"Police in {subject} did not arrest anyone, a spokesman said."
        weekday = WEEKDAYS[int(event.id[1:]) % 7]
        return f"Police in {subject} arrested {value} protesters on {weekday}."
    if event.kind == "election":
        return f"{event.subject} won the presidential election in {obj} on {value}."
    return f"{subject} recognised the independence of {obj}, the foreign ministry said."


def corpus(
    n_sources: int,
    n_events: int,
    *,
    seed: int = 7,
    conflict_rate: float = 0.2,
    copy_rate: float = 0.1,
) -> tuple[list[Article], list[Event]]:
    """``n_sources`` articles about ``n_events`` events, and the events' ground truth."""
    rng = random.Random(seed)
    countries = _countries(rng)
    forms = dict(countries)
    names = [name for name, _ in countries]
    events: list[Event] = []
    for i in range(n_events):
        kind = ["ties", "toll", "arrest", "election", "recognition"][i % 5]
        # Each event its own country, so that two events never read as one proposition.
        a = names[(i // 5) % len(names)]  # per kind, a new country for each of 600 events
        b = rng.choice([n for n in names if n != a])
        person = f"{rng.choice(FIRST)} {rng.choice(FAMILY)}"
        predicate = {
            "ties": "sever_ties",
            "toll": "kill",
            "arrest": "arrest",
            "election": "win_election",
            "recognition": "recognise",
        }[kind]
        events.append(Event(f"e{i}", kind, predicate, person if kind == "election" else a, b))
    articles: list[Article] = []
    truth_value: dict[str, str] = {}
    event_day: dict[str, dt.date] = {}
    for event in events:
        day = _date(rng)
        event_day[event.id] = day
        truth_value[event.id] = {
            "ties": f"{day.day} {day:%B} {day.year}",
            "toll": str(rng.randint(5, 60) * 2),
            "arrest": str(rng.randint(2, 40)),
            "election": f"{day.day} {day:%B} {day.year}",
            "recognition": "",
        }[event.kind]
    for i in range(n_sources):
        sid = f"src{i:06d}"
        if articles and rng.random() < copy_rate:
            original = rng.choice(articles)
            articles.append(Article(sid, original.text, original.source_id))
            for event in events:
                if original.source_id in event.values:
                    event.values[sid] = event.values[original.source_id]
            continue
        event = events[i % n_events]
        value = truth_value[event.id]
        if event.values and rng.random() < conflict_rate and event.kind != "recognition":
            if event.kind in ("ties", "election"):
                other = _date(rng)
                value = f"{other.day} {other:%B} {other.year}"
            elif event.kind == "toll":
                value = str(int(value) + rng.randint(3, 30))
            else:
                value = "none"
            event.conflict = True
        event.values[sid] = value
        body = "\n\n".join(
            [
                _filler(rng, 250),
                _fact(event, value, forms, rng),
                _filler(rng, 330),
            ]
        )
        outlet = OUTLETS[i % len(OUTLETS)]
        # Every outlet reports an event within a day or two of it, as the news does.
        day = (event_day[event.id] + dt.timedelta(days=1 + i % 2)).isoformat()
        articles.append(
            Article(sid, f"title: Report {i}\noutlet: {outlet} {i}\npublished: {day}\n\n{body}\n")
        )
    return articles, events


_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ven",
    "tor",
    "sa",
    "del",
    "un",
    "bri",
    "go",
    "sha",
    "nel",
    "quo",
    "tam",
    "fi",
    "ren",
    "zar",
    "por",
    "li",
]


def _place(k: int) -> str:
    """A made-up place name, distinct for each ``k``: "Kalomira", "Ventorsa" ..."""
    parts = []
    k = (k * 2654435761 + 12345) % len(_SYLLABLES) ** 6  # scatter: neighbours share no syllable
    for _ in range(6):
        k, r = divmod(k, len(_SYLLABLES))
        parts.append(_SYLLABLES[r])
    return "".join(parts).capitalize() + " Province"


def _variant(name: str, rng: random.Random) -> str:
    """The name as another outlet may spell it (a doubled or dropped letter), now and then."""
    if rng.random() < 0.15:
        i = rng.randrange(2, len(name) - 10)
        return name[:i] + name[i] + name[i:]
    return name


def claims(n: int, *, per_source: int = 10, seed: int = 7) -> tuple[list[Source], list[Claim]]:
    """``n`` ready claims over ``n // per_source`` sources: agreements, value and date
    conflicts and spelling variants, as extraction would give them."""
    rng = random.Random(seed)
    countries = _countries(rng)
    names = [forms for _, forms in countries]
    n_sources = max(1, n // per_source)
    n_facts = max(1, n // 4)  # each fact stated about four times
    sources: list[Source] = []
    out: list[Claim] = []
    for s in range(n_sources):
        sid = f"s{s:07d}"
        sentences: list[tuple[str, dict[str, object]]] = []
        for _ in range(per_source):
            fact = rng.randrange(n_facts)
            frng = random.Random(fact)
            a = frng.randrange(len(names))
            predicate = ["sever_ties", "kill", "recognise", "sanction"][fact % 4]
            subject = rng.choice(names[a])
            obj = _variant(_place(fact), rng)
            count = frng.randint(5, 500) + (rng.randint(20, 40) if rng.random() < 0.1 else 0)
            text = f"{subject} {predicate.replace('_', ' ')} {obj} ({count})."
            sentences.append(
                (text, {"predicate": predicate, "subject": subject, "object": obj, "count": count})
            )
        body = " ".join(t for t, _ in sentences)
        source = Source(
            id=sid, text=body, published=dt.date(2024, 1, 1) + dt.timedelta(days=s % 300)
        )
        sources.append(source)
        pos = 0
        for k, (text, spec) in enumerate(sentences):
            start = body.index(text, pos)
            pos = start + len(text)
            quantity = None
            if spec["predicate"] == "kill":
                from claimcheck import Quantity

                c = float(spec["count"])  # type: ignore[arg-type]
                quantity = Quantity(low=c, high=c, unit="people", text=f"{int(c)} people")
            out.append(
                Claim(
                    id=f"{sid}#{k + 1}",
                    source=sid,
                    subject=str(spec["subject"]),
                    predicate=str(spec["predicate"]),
                    object=str(spec["object"]),
                    quantity=quantity,
                    text=text,
                    evidence=Span.of(source, start, start + len(text)),
                )
            )
    return sources, out
