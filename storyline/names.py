"""The names a report gives, as the resolver weighs them: the words of a name, whether a name tells
one happening from another, and how much of what a report is about a name is."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from .extract import gazetteer
from .extract.actors import country_of
from .extract.lexicon import VENUE_WORDS

#: Words of no weight in a name or a town's name.
STOP_WORDS = {"the", "of", "and", "a", "an", "at", "in", "on", "city"}
#: Names read by the resolver's word and name tests, kept: each report is scored against up to
#: 200 stored events, and reading their names again for each pair had been a third of resolving
#: once 8,000 reports were stored.
NAME_CACHE = 65536


@functools.lru_cache(maxsize=NAME_CACHE)
def name_words(name: str | None) -> frozenset[str]:
    """The words of a name that tell it (folded, no possessive), less `STOP_WORDS` and venue words."""
    if not name:
        return frozenset()
    return frozenset(w for w in gazetteer.fold(name).replace("'s", "").split() if w not in STOP_WORDS and w not in VENUE_WORDS)


def telling(names: Iterable[str]) -> set[str]:
    """The names that tell one happening from another: not a people or a country ("Indian",
    "French", "India"), which reports of any happening there name, nor an age."""
    return {n for n in names if _tells(n)}


@functools.lru_cache(maxsize=NAME_CACHE)
def _tells(name: str) -> bool:
    return not name.startswith("age:") and country_of(name) is None


#: A name whose heaviest word weighs this share of a report's heaviest word, or more, is one of
#: what the report is about; one named in passing counts for its share of that.
SALIENT = 0.4


def salience(name: str, terms: dict[str, float]) -> float:
    """How much of what a report (or an event) is about a name is, from 0 to 1: its heaviest
    word's weight against the heaviest word's. Two look-alikes share a name said in passing (the
    president who appointed both, the rival of another boxer), seldom the one they are about."""
    if not terms:
        return 1.0  # nothing to weigh it by: a name counts whole, as it did before words were kept
    most = max(terms.values())
    weight = max((terms.get(w, 0.0) for w in gazetteer.fold(name).split()), default=0.0)
    return min(1.0, weight / (SALIENT * most)) if most > 0 else 1.0


#: A name is one of what a report (or an event) leads with when its heaviest word weighs this
#: share of the report's heaviest word, or more.
LEADING = 0.7
