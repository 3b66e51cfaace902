"""The record: articles, claims, events, facts, actors, interactions.

Every stage passes these dataclasses along; none passes dicts of dicts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to"]
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "more_than", "about", "up_to")
#: The qualifier of a place read from the site's other reports (`sitehome`): a town an incident
#: is placed in, or a county's state, that no report names (an empty span), or the state and
#: country of a town's words read as its namesake near the site's home (the words' span).
SITE_HOME = "site home"
Precision = Literal["day", "month", "year"]
Status = Literal["consistent", "rising", "falling", "conflicting", "single"]

#: Count attributes an incident can carry, in the order the record shows them.
COUNT_ATTRIBUTES: tuple[str, ...] = ("killed", "wounded", "arrested", "missing", "hostages")


@dataclass(frozen=True)
class Article:
    """One report. ``published`` is None for an undated report."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    title: str | None = None
    origin: str | None = None  # the file (and line) it was read from, for messages


@dataclass(frozen=True)
class Claim:
    """One value read from one span of one article: ``article.text[start:end] == quote``."""

    attribute: str
    value: str | int
    article: str
    start: int
    end: int
    quote: str
    qualifier: str = "exact"
    confidence: float = 1.0
    extractor: str = ""
    published: dt.date | None = None
    headline: bool = False  # read from the report's headline, which tells the whole toll


@dataclass(frozen=True)
class Place:
    name: str | None = None
    venue: str | None = None
    city: str | None = None
    admin1: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    lat: float | None = None
    lon: float | None = None


@dataclass
class Mention:
    """What one article says about one incident: the unit the resolver clusters."""

    article: Article
    type: str
    cameo: str
    plover: str | None
    claims: list[Claim] = field(default_factory=list)
    date: dt.date | None = None
    date_precision: str | None = None
    place: Place = field(default_factory=Place)
    names: frozenset[str] = frozenset()  # people and groups named around the incident
    trigger: tuple[int, int] = (0, 0)  # span of the word that marks the incident
    kind: str = "incident"  # or "other": a report of no violent incident, grouped by who and what it names
    terms: dict[str, float] = field(default_factory=dict)  # the report's content words, weighted (extract.terms)


@dataclass
class Fact:
    """The reconciled view of one attribute of an event."""

    attribute: str
    best: str | int | None
    low: int | None
    high: int | None
    status: str
    claims: list[Claim]


@dataclass
class Event:
    id: str
    kind: str
    type: str | None
    cameo: str | None
    plover: str | None
    title: str | None
    date: dt.date | None
    date_precision: str | None
    place: Place
    articles: list[str]
    claims: list[Claim]
    facts: dict[str, Fact] = field(default_factory=dict)
    perpetrators: list[tuple[str, bool]] = field(default_factory=list)


@dataclass(frozen=True)
class Actor:
    """A person, organisation or state: name, role, country (ISO 3166 alpha-3)."""

    name: str | None
    role: str | None
    country: str | None
    kind: str  # person, organisation, state, group


@dataclass(frozen=True)
class Evidence:
    """One report's statement of an interaction: ``text[start:end] == quote``."""

    article: str
    start: int
    end: int
    quote: str
    published: dt.date | None = None


@dataclass
class Interaction:
    """Source does something to target, coded in CAMEO (and PLOVER where it has a type)."""

    id: str
    source: Actor
    target: Actor | None
    action: str
    cameo: str
    plover: str | None
    date: dt.date | None
    about: str | None  # the event it reacts to
    claims: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class IngestError:
    """A file, or one line of it, that could not be read as an article."""

    origin: str
    problem: str
    severity: str = "error"  # "warning": the article was still read

    def __str__(self) -> str:
        return f"{self.origin}: {self.problem}"
