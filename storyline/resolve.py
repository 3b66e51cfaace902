"""Resolve reports into events, one report at a time.

A new incident mention is compared only with the stored events that share a blocking key
(venue word, city, person or group named) and lie within the date window, and with the events
filed under the people it is about within `AFTERMATH_DAYS`, whose arrests, hearings and trials
it may tell (`lookup`): cost grows with the number of reports, never with all pairs. The
evidence of every merge is stored with it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import math
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from .aftermath import AFTERMATH_DAYS, DIVISION_NAMES, aftermath_keys, people, shared_people, told_after
from .extract import dates, gazetteer
from .extract.actors import country_of
from .extract.interactions import Reaction
from .extract.placeclaims import is_county
from .extract.townnames import STREET_WORDS
from .model import Actor, Article, Claim, Evidence, Interaction, Mention, Place
from .names import LEADING, NAME_CACHE, SALIENT, STOP_WORDS, name_words, salience, telling
from .ontology import plover
from .store import SURE_DAY, Candidate, Store

#: Days either side of a report's incident date within which another report may be the same.
WINDOW_DAYS = 7
#: Score at which a report joins an event.
THRESHOLD = 3.0
#: Types that never describe the same attack; "armed attack" and "shooting" may.
DISTINCT_TYPES = {"bombing", "suicide bombing", "arson", "stabbing", "hostage-taking"}
#: A report is filed under this many of its content words, its heaviest once rarity is weighed:
#: reports of one happening share some of them whatever else they name.
TERM_KEYS = 6
#: Content words kept with an event: the heaviest of its reports' signatures summed.
EVENT_TERMS = 150
#: Similarity of content at which it neither speaks for a merge nor against it; reports of two
#: look-alike happenings (two earthquakes, two rehab stays) reach about this much.
CONTENT_NEUTRAL = 0.2
#: Points per unit of similarity above (or below) the neutral level, and the most it gives.
CONTENT_WEIGHT = 10.0
CONTENT_MOST = 5.0
INCIDENT_CONTENT = 1.0
#: Share of the points for alike words kept by a report sure of its weekday when the event is a
#: day off: a shooting "late Friday" is told as Saturday's by the next morning's reports.
NEXT_DAY_CONTENT = 0.5
#: Similarity of content at which places that disagree count only this share against a merge.
SAME_WORDS = 0.45
PLACE_DOUBT = 0.25
#: A report of at most this many content words (a headline told alone) is compared by how much of
#: its own words' weight an event's words cover, at `COVERED` of that share, where that says more
#: than the cosine: an event's summed words are many more than a headline's, and its cosine with
#: them stays low even where the event says every word of it.
SHORT_TERMS = 8
COVERED = 0.7
#: Points for each name two happenings that are no incidents share, the most they give, and the
#: points for the share of all their names they have in common.
NAME_POINTS = 1.5
NAMES_MOST = 4.5
NAMES_SHARE = 4.0


@dataclass(frozen=True)
class Decision:
    event_id: str | None  # None: start a new event
    score: float | None
    evidence: dict[str, object]



def blocking_keys(mention: Mention) -> set[str]:
    """Keys a mention is filed and looked up under; incidents and other happenings apart."""
    if mention.kind == "other":
        return {f"other:name:{n}" for n in telling(mention.names) if len(n) > 3}
    p = mention.place
    keys = {f"venue:{w}" for w in name_words(p.venue)}
    if p.city:
        keys.add(f"city:{gazetteer.fold(p.city)}")
    if p.admin1:
        keys.add(f"admin1:{gazetteer.fold(p.admin1)}")
    keys.update(f"name:{n}" for n in telling(mention.names) if len(n) > 3)
    if not keys and p.country:
        keys.add(f"country:{p.country}")
    return keys


def signature(terms: dict[str, float], reports: int, using: dict[str, int]) -> dict[str, float]:
    """A report's content words as a unit vector: each word's weight damped (a word said ten
    times is not ten times the subject) and raised by its rarity among the ``reports`` stored
    (``using``: how many of them use each word), so that names and rare words count most."""
    weights = {t: (1.0 + math.log(w)) * rarity(reports, using.get(t, 0)) for t, w in terms.items() if w >= 1.0}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items() if w > 0} if norm else {}


def rarity(reports: int, using: int) -> float:
    """How much a word used by ``using`` of ``reports`` stored reports tells: the smoothed inverse
    document frequency, never zero, so that the second report of a new store can find the first."""
    return math.log((reports + 1) / (using + 1)) + 1.0


def term_keys(vector: dict[str, float]) -> set[str]:
    """The keys of a report's heaviest content words; incidents and other happenings share them."""
    heaviest = sorted(vector.items(), key=lambda tw: (-tw[1], tw[0]))[:TERM_KEYS]
    return {f"term:{t}" for t, _ in heaviest}


def summed(event_terms: dict[str, float], vector: dict[str, float]) -> dict[str, float]:
    """An event's content words with one more report's added, the heaviest kept."""
    total = dict(event_terms)
    for t, w in vector.items():
        total[t] = total.get(t, 0.0) + w
    return {t: round(w, 4) for t, w in sorted(total.items(), key=lambda tw: (-tw[1], tw[0]))[:EVENT_TERMS]}


def similarity(vector: dict[str, float], event: Candidate) -> float:
    """Cosine of a report's signature and an event's summed signatures."""
    norm = event.terms_norm
    if not norm or not vector:
        return 0.0
    terms = event.terms
    return sum(map(operator.mul, terms.values(), map(vector.get, terms, itertools.repeat(0.0)))) / norm


def covered(vector: dict[str, float], event: Candidate) -> float:
    """The share of a report's word weight that is among an event's words."""
    total = sum(vector.values())
    return sum(w for t, w in vector.items() if t in event.terms) / total if total > 0 else 0.0


def content_part(vector: dict[str, float], event: Candidate, sim: float | None = None) -> tuple[float, dict[str, object]]:
    """Points for how alike a report's words are to an event's, and the evidence; ``sim``: their
    `similarity`, where the caller has it already."""
    if not vector or not event.terms:
        return 0.0, {}
    sim = similarity(vector, event) if sim is None else sim
    part = max(-CONTENT_MOST, min(CONTENT_MOST, CONTENT_WEIGHT * (sim - CONTENT_NEUTRAL)))
    shared = sorted((t for t in vector if t in event.terms), key=lambda t: -vector[t] * event.terms[t])[:8]
    return part, {"content": {"similarity": round(sim, 3), "shared": shared, "score": round(part, 2)}}


def mention_counts(mention: Mention) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in mention.claims:
        if c.attribute in ("killed", "wounded") and isinstance(c.value, int):
            counts[c.attribute] = max(counts.get(c.attribute, 0), c.value)
    return counts


#: The fewest wounded whose number told alike by two reports speaks for one happening: one hurt
#: is every other shooting's toll. From `MANY_WOUNDED` on it speaks twice as loud: "10 people
#: injured in bar shooting" and "10 people shot at Georgia bar", a day apart, one told with no town.
SAME_WOUNDED = 2
MANY_WOUNDED = 4

#: Points against two happenings each of whose leading names the other never says.
STRANGERS = 3.0


def leading_words(names: Iterable[str], terms: dict[str, float]) -> set[str]:
    """The heaviest word of each name a report (or an event) leads with: the boxer's opponent,
    the player put on the injured list, the nominee."""
    if not terms:
        return set()
    most = max(terms.values())
    found = set()
    for name in telling(names):
        heaviest = max(name_words(name), key=lambda w: (terms.get(w, 0.0), w), default=None)
        if heaviest and terms.get(heaviest, 0.0) >= LEADING * most:
            found.add(heaviest)
    return found


def said(names: Iterable[str], terms: dict[str, float]) -> set[str]:
    """Every word a report (or an event) says, as far as it is kept: its content words and the
    words of the names it gives."""
    words = set(terms)
    for name in names:
        words |= name_words(name)
    return words


def strangers(mention: Mention, vector: dict[str, float], event: Candidate) -> tuple[float, dict[str, object]]:
    """Points against a report and an event that each lead with a name the other never says.
    Two look-alikes share the name they are about (the champion, the club, the president) and
    differ in the one beside it (his two challengers, two injured players, two nominees); two
    reports of one happening seldom lack each other's leading names both ways."""
    ours = leading_words(mention.names, vector) - said(event.names, event.terms)
    theirs = leading_words(event.names, event.terms) - said(mention.names, vector)
    if not ours or not theirs:
        return 0.0, {}
    return -STRANGERS, {"strangers": {"report": sorted(ours), "event": sorted(theirs), "score": -STRANGERS}}


def score_other(mention: Mention, event: Candidate, vector: dict[str, float] | None = None, date_confident: bool = False) -> tuple[float, dict[str, object]]:
    """Two reports of no incident tell of one happening when they name the same people and
    organisations and use the same words: two shared names are enough, a share of all they
    name counts too. Also how a report of one kind is weighed against an event of the other.
    ``date_confident``: whether the report is sure of its day, as `score` is told."""
    shared = telling(mention.names & event.names)
    union = telling(mention.names | event.names)
    weight = sum(min(salience(n, mention.terms), salience(n, event.terms)) for n in shared)
    total = min(NAMES_MOST, NAME_POINTS * weight) + (NAMES_SHARE * weight / len(union) if union else 0.0)
    evidence: dict[str, object] = {"names": {"shared": sorted(shared)[:10], "score": round(total, 2)}}
    part, words = content_part(vector or {}, event)
    total += part
    evidence.update(words)
    part, apart = strangers(mention, vector or {}, event)
    total += part
    evidence.update(apart)
    gap = date_gap(mention.date, mention.date_precision, event.date, event.date_precision) if mention.date and event.date else None
    if gap is not None and gap > 30:
        total -= 2.0
        evidence["date"] = {"gap_days": gap, "score": -2.0}
    elif gap is not None and gap > SURE_DAYS_APART and date_confident and _towns_differ(mention.place.city, event.city):
        # "4/14/1970: ... a pipe bomb in the Science Building at California State University, Long
        # Beach" and "4/27/1970: ... dynamite in the science building at California State
        # University, Fullerton": alike in words, but on other days in other towns
        total -= 2.0
        evidence["date"] = {"gap_days": gap, "towns": [mention.place.city, event.city], "score": -2.0}
    return total, evidence


def _towns_differ(city: str | None, other: str | None) -> bool:
    """Whether two towns, both told, are two: not one town's names. Neighbours are two."""
    return bool(city and other) and not _same_town(city or "", other or "")


def _dead_on_one_side(counts: dict[str, int], other: dict[str, int]) -> bool:
    """Whether one of two happenings killed and the other, which counts its wounded, told of no
    dead: a report that counts the wounded tells of the dead too, where there are any."""
    # "no one was killed" tells of no dead, as a report silent on them does
    killed, other_killed = counts.get("killed", 0) > 0, other.get("killed", 0) > 0
    if killed == other_killed:
        return False
    return "wounded" in (other if killed else counts)


#: How many days apart two reports of one incident may date it where the report is sure of its
#: day: one, a late-night shooting told as "late Friday" and as "early Saturday". Two days apart
#: are two shootings in one town ("Sunday" and "Tuesday" in Birmingham); allowing two merged them
#: (GVA date 0.8280 -> 0.8292, B3 precision 0.9763 -> 0.9793, GTD date 0.8922 -> 0.8959).
SURE_DAYS_APART = 1
#: What two days each written out weigh against one incident (GTD's "4/1/1970:" and "4/5/1970:"
#: of two fires at one university, told in alike words, its name shared): a day written out is
#: the day, where a weekday or a telling's day is a night either side of midnight off. As much
#: as the words and the venue two such reports share (GTD date +3, city +1, killed +1 at 3.0;
#: GVA unchanged).
WRITTEN_APART = 3.0


#: The date's points where every report of the event was published before the day a report is
#: sure of (`_written_before`), or the report before the day the event is sure of (`_out_before`).
WRITTEN_BEFORE = -2.0


def _written_out(mention: Mention) -> bool:
    """Whether a report is sure of its day by a date written out ("4/16/1970:", "on June 29"), not
    by a weekday or the day of its telling, which a night either side of midnight puts a day off."""
    day = mention.date.isoformat() if mention.date else None
    return any(c.attribute == "date" and c.confidence >= SURE_DAY and c.value == day and dates.is_calendar_date(c.quote) for c in mention.claims)


def _written_before(mention: Mention, event: Candidate) -> bool:
    """Whether every report of ``event`` was published before the day ``mention`` tells of."""
    told = mention.date if mention.date_precision in (None, "day") else None
    return told is not None and event.latest is not None and told > event.latest


def _out_before(mention: Mention, event: Candidate) -> bool:
    """Whether ``mention`` was published before the day ``event`` is sure of: the other way
    round of `_written_before`, as a stored event seen as a report (`as_mention`) is published
    when its last report was."""
    published = mention.article.published
    sure = event.day_told is not None and event.date_precision in (None, "day")
    return published is not None and sure and event.date is not None and published < event.date


def _day_before_unsure(mention: Mention, event: Candidate) -> bool:
    """Whether ``event`` is dated only by the day its reports came out (none told its day) and
    ``mention`` tells of a day not after it: "Beloit teen charged in apparently accidental shooting
    death of best friend", out on December 24, and a later report's "Dec. 22, 2015"."""
    return event.day_told is None and mention.date is not None and event.date is not None and mention.date <= event.date


def score(
    mention: Mention,
    event: Candidate,
    date_confident: bool,
    vector: dict[str, float] | None = None,
    common: frozenset[str] = frozenset(),
    tolls: bool = True,
) -> tuple[float, dict[str, object]]:
    """How strongly the evidence says this report tells of this event, and the evidence.

    ``vector``: the report's `signature`, compared with the event's words. ``common``: the report's
    `common_names`, which neither join it to an event nor keep it apart. ``tolls``: whether the two
    tolls of dead are compared; not for two stored events (`reunite`), each holding its latest
    report's toll, which for two halves of one incident are of different days."""
    if mention.kind == "other" or event.kind != mention.kind:
        return score_other(mention, event, vector, date_confident)
    evidence: dict[str, object] = {}
    total = 0.0
    p = mention.place
    # Two reports told in the same rare words are one happening even where the places read
    # from them disagree: a name taken for a town ("Palin" for Palín, Guatemala) misplaces one.
    sim = similarity(vector or {}, event)
    doubt = PLACE_DOUBT if sim >= SAME_WORDS else 1.0
    gap = date_gap(mention.date, mention.date_precision, event.date, event.date_precision) if mention.date and event.date else None
    told_after = _written_before(mention, event)  # the report's day is after every report of the event was out
    # An event whose reports told no day of it is dated by the day they came out, and its day may
    # be any of a few before: a report sure of a day not after that is scored as one unsure of its
    # day. Weeks apart, the aftermath's own rules judge (`told_after`), the report's day as sure.
    sure = date_confident and not _day_before_unsure(mention, event)
    if gap is not None:
        if gap > WINDOW_DAYS:
            return aftermath_score(mention, event, date_confident, vector or {}, gap, common)
        same_day = gap == 0 and mention.date_precision in (None, "day") and event.date_precision in (None, "day")
        part = 2.0 if same_day else 1.0 if gap <= (SURE_DAYS_APART if sure else 3) else 0.2
        if gap > SURE_DAYS_APART and sure:
            part = -1.0
        if gap >= SURE_DAYS_APART and sure and _written_out(mention) and event.day_told and dates.is_calendar_date(event.day_told):
            # "3/3/1970: Unknown perpetrators bombed a foreign-made car painted red in Denver" and
            # "3/4/1970:" over the same words: a day each writes out is its day, not one night
            part = -WRITTEN_APART
        if sure and (told_after or _out_before(mention, event)):
            # A boy "shot in front of his family Monday night" is not of a West Garfield Park
            # shooting whose every report was out by Sunday: a report tells of no later day, and
            # the Sunday event, compared again as a report (`reunite`), is of no Monday shooting.
            part = WRITTEN_BEFORE
        total += part
        evidence["date"] = {"gap_days": gap, "score": part}
    venue, other_venue = _site(p.venue), _site(event.venue)
    shared_venue = name_words(venue) & name_words(other_venue)
    if shared_venue:
        overlap = len(shared_venue) / max(1, len(name_words(venue) | name_words(other_venue)))
        total += 3.0 * overlap + 0.5
        evidence["venue"] = {"shared": sorted(shared_venue), "score": round(3.0 * overlap + 0.5, 2)}
    if p.city and event.city:
        if _same_town(p.city, event.city):
            part = same_city_points(p.city, p.country)
            total += part
            evidence["city"] = {"same": p.city, "score": part}
        elif _town_in_county(p, event):
            # "Harris County" and "Houston": one place told more and less exactly
            total += TOWN_IN_COUNTY
            evidence["city"] = {"within": [p.city, event.city], "score": TOWN_IN_COUNTY}
        elif _town_outside_county(p, event):
            # "Charlotte County" and Courtland, a town of Southampton County in the same state
            total -= 1.5 * doubt
            evidence["city"] = {"outside": [p.city, event.city], "score": -1.5 * doubt}
        elif _one_unplaced(p, event):
            # A county or a street read as the town ("DeKalb County" and "Decatur", "Houston
            # Street" and "San Antonio"): the town may well lie in it, or it in the town.
            total -= UNPLACED * doubt
            evidence["city"] = {"unplaced": [p.city, event.city], "score": -UNPLACED * doubt}
        elif not _near(p.city, event.city, p.country, p.admin1, event.admin1) and not _one_region_named_alike(mention, vector or {}, event, common):
            total -= 1.5 * doubt
            evidence["city"] = {"differ": [p.city, event.city], "score": -1.5 * doubt}
        elif not _near(p.city, event.city, p.country, p.admin1, event.admin1):
            # One state, and both name one person or one street: a part of a city read as a town
            # of its own ("Algiers" of New Orleans), or the suburb and the city beside it.
            evidence["city"] = {"one_region": [p.city, event.city], "score": 0.0}
        else:
            total += 1.0
            evidence["city"] = {"nearby": [p.city, event.city], "score": 1.0}
    elif p.city and not event.city and says_town(p.city, event.terms) or event.city and not p.city and says_town(event.city, vector or {}):
        # A report whose town was not read may still say it ("Memphis police said"): the town
        # the other is placed in is then no stranger to it.
        total += SAID_TOWN
        evidence["city"] = {"said": p.city or event.city, "score": SAID_TOWN}
    elif p.admin1 and event.admin1 and gazetteer.fold(p.admin1) == gazetteer.fold(event.admin1):
        total += 0.5
        evidence["admin1"] = {"same": p.admin1, "score": 0.5}
    if p.country and event.country and p.country != event.country and not _read_two_ways(p, event):
        total -= 4.0 * doubt
        evidence["country"] = {"differ": [p.country, event.country], "score": -4.0 * doubt}
    short = bool(vector) and len(vector or {}) <= SHORT_TERMS and not p.city
    alike = max(sim, COVERED * covered(vector or {}, event)) if short else sim
    part, words = content_part(vector or {}, event, alike)
    if part > 0 and sure and gap and not shared_people(mention, vector or {}, event) and not shared_street(mention, event, gap):
        # Two attacks a few days apart by one group in one town are told in the same words:
        # where the report is sure of its day and it is another, the words do not join them,
        # unless both are about the people one of them left (the airport shooting's dead, named
        # the next day by the outlets that had told of it).
        # A day off is as often one shooting told as "late Friday" and as Saturday's: its words
        # count for a share; not where the day is after every report of the event was out (a
        # neighbourhood's Monday shooting and its Sunday night's, told in a big city's words).
        next_day = gap == 1 and told_by_weekday(mention) and not told_after
        part = (NEXT_DAY_CONTENT if next_day else 0.0) * part
        words = {"content": {"similarity": round(sim, 3), "score": round(part, 2), "other_day": True}}
    total += INCIDENT_CONTENT * part
    evidence.update(words)
    shared_all = mention.names & event.names
    shared_names = {
        n for n in shared_all - common
        if (len(n) > 3 and country_of(n) is None or n.startswith("age:")) and not (CARE_WORDS | PAGE_WORDS) & set(n.split())
    }  # fmt: skip
    # "Austin" of "Austin Balcarcel" and of "Jalil Austin": one word of two people's names
    shared_names = {n for n in shared_names if not _two_people(n, mention.names, event.names)}
    if gap and part <= 0 and all(n.startswith("age:") for n in shared_names):
        # A boy of sixteen is shot in a big city most days: on another day, and told in other
        # words, an age is all two reports share by chance as often as by one happening.
        common = common | shared_names
        shared_names = set()
    if shared_names:
        part = min(3.0, sum(AGE_POINTS if n.startswith("age:") else ONE_WORD_NAME if in_passing(n, vector or {}, event) else 1.5 for n in shared_names))
        total += part
        evidence["names"] = {"shared": sorted(shared_names)[:10], "score": part}
    elif mention.names and event.names and not shared_all & common and _names_people(mention, vector or {}, event):
        total -= 0.5
        evidence["names"] = {"shared": [], "score": -0.5}
    apart = _districts_apart(mention, event, p.country)
    if apart:
        # "Roseland" and "West Garfield Park": two parts of one big city, so the city they share
        # says nothing of one happening. Its points had outweighed the districts on a Sunday night
        # told in a big city's usual words ("man", "shot", "police spokesman").
        city = evidence.get("city")
        part = 2.0 + (city["score"] if isinstance(city, dict) and "same" in city else 0.0)
        total -= part
        evidence["district"] = {"differ": apart, "score": -part}
    counts = mention_counts(mention)
    for attribute in ("killed",) if tolls else ():
        if attribute in counts and attribute in event.counts:
            a, b = counts[attribute], event.counts[attribute]
            if a == b:
                total += 0.5
                evidence[attribute] = {"same": a, "score": 0.5}
            elif min(a, b) == 0 or max(a, b) > 3 * max(1, min(a, b)) and max(a, b) < 10:
                total -= 1.0
                evidence[attribute] = {"differ": [a, b], "score": -1.0}
    if tolls and counts.get("wounded", 0) >= SAME_WOUNDED and counts.get("wounded") == event.counts.get("wounded"):
        part = 1.0 if counts["wounded"] >= MANY_WOUNDED else 0.5
        total += part
        evidence["wounded"] = {"same": counts["wounded"], "score": part}
    if _dead_on_one_side(counts, event.counts):
        # "a shooting that left one man dead" and "two men were wounded in a shooting": one
        # shooting killed, the other hurt only, two of a big city's same day
        total -= 1.0
        evidence["killed"] = {"one_side": [counts.get("killed"), event.counts.get("killed")], "score": -1.0}
    if mention.type and event.type and mention.type == event.type:
        total += 0.3
        evidence["type"] = {"same": mention.type, "score": 0.3}
    elif {mention.type, event.type} <= DISTINCT_TYPES and mention.type != event.type:
        total -= 1.0  # a bombing and an arson on one day in one city are two attacks
        evidence["type"] = {"differ": [mention.type, event.type], "score": -1.0}
    if venue and other_venue and not shared_venue:
        total -= 1.0
        evidence["venue"] = {"differ": [venue, other_venue], "score": -1.0}
    return total, evidence


#: Days apart within which two reports that name one street are one shooting told in alike words.
STREET_DAYS = 3


def shared_street(mention: Mention, event: Candidate, gap: int) -> bool:
    """Whether a report and an event a few days apart both name one street ("Copeland Street", "the
    4300 block of Hazelridge"): a report dated by its telling is a day or three off the shooting it
    tells of, and two shootings on one street within days are few."""
    if gap > STREET_DAYS:
        return False
    return any(set(gazetteer.fold(n).split()) & STREET_WORDS for n in mention.names & event.names if len(n.split()) > 1)


#: Points for a town one report is placed in that the other, placed in none, names in its words.
SAID_TOWN = 1.5


def says_town(city: str, terms: dict[str, float]) -> bool:
    """Whether every word of a town's name is among a report's (or an event's) content words."""
    words = [w for w in gazetteer.fold(city).replace(".", "").split() if w not in STOP_WORDS]
    return bool(words) and all(w in terms for w in words)


#: Points for a shared age: a victim's age is shared by chance by many shootings of a town.
AGE_POINTS = 1.0
#: Points for a shared name of one word that one of the two says only in passing.
ONE_WORD_NAME = 1.0


def in_passing(name: str, vector: dict[str, float], event: Candidate) -> bool:
    """Whether a shared name is of one word and said in passing by the report or the event (see
    `salience`): the station or the police force that speak of every shooting of their town
    ("WANE", "CMPD"), more often than the victim or the street both are about."""
    if " " in name or name.startswith("age:"):
        return False
    return min(salience(name, vector), salience(name, event.terms)) < 1.0


def _two_people(name: str, names: Iterable[str], other_names: Iterable[str]) -> bool:
    """Whether a name of one word two reports share is a word of two people's names: each report
    names one person by two words that hold it, and their other words differ, neither the start
    of the other ("Austin Balcarcel" and "Jalil Austin"; not "Stan Perlo" and "Stanley Perlo").
    A word of many longer names is an organisation's ("Marfin Egnatia Bank", "Wells Fargo Bank")."""
    if " " in name or name.startswith("age:"):
        return False

    def other_word(found: Iterable[str]) -> str | None:
        longer = [n.split() for n in found if " " in n and name in n.split()]
        if len(longer) != 1 or len(longer[0]) != 2:
            return None
        return next((w for w in longer[0] if w != name), None)  # not "austin austin"

    one, other = other_word(names), other_word(other_names)
    return one is not None and other is not None and not (one.startswith(other[:3]) or other.startswith(one[:3]))


def _names_people(mention: Mention, vector: dict[str, float], event: Candidate) -> bool:
    """Whether a report or an event names a person: two that share no names are kept apart by it
    only then. The first reports of a shooting name no one, only the station, the page, an age,
    and two of them have no names to share whether they tell of one shooting or of two."""
    return bool(people(mention.names, vector, mention.place, 0.0) or people(event.names, event.terms, event, 0.0))


def told_by_weekday(mention: Mention) -> bool:
    """Whether a report's sure day is told only by a word for a day ("Friday night", "early
    Sunday", "yesterday"), never by a date: a day it reads one off when the shooting was at
    midnight or the weekday is of the next morning's telling."""
    days_told = [c.quote for c in mention.claims if c.attribute == "date" and c.confidence >= SURE_DAY]
    return bool(days_told) and not any(ch.isdigit() for quote in days_told for ch in quote)






def aftermath_score(
    mention: Mention,
    event: Candidate,
    date_confident: bool,
    vector: dict[str, float],
    gap: int,
    common: frozenset[str] = frozenset(),
) -> tuple[float, dict[str, object]]:
    """How strongly a report dated weeks or months from an event tells of it all the same: the
    rest of the evidence, the dates left out, less the margin `told_after` asks of it."""
    told = told_after(mention, vector, event, gap)
    if told is None:
        return float("-inf"), {"date_gap_days": gap}
    margin, after = told
    total, evidence = score(dataclasses.replace(mention, date=None), event, date_confident, vector, common)
    evidence["aftermath"] = after
    return total - margin, evidence


def lookup(store: Store, mention: Mention, vector: dict[str, float], keys: Iterable[str]) -> list[Candidate]:
    """The stored events a report may tell of: those filed under one of ``keys`` within its date
    window, and those of the people it leads with within `AFTERMATH_DAYS`, whose aftermath it may
    tell. Two lookups by key a report: the cost grows with the reports, never with all pairs."""
    lo, hi = window(mention)
    found = store.candidates(sorted(keys), lo, hi)
    far = aftermath_keys(mention, vector)
    if far and mention.date is not None:
        first, last = days(mention.date, mention.date_precision)
        seen = {c.id for c in found}
        span = dt.timedelta(days=AFTERMATH_DAYS)
        found += [c for c in store.candidates(sorted(far), first - span, last + span) if c.id not in seen]
    return found


#: Words of the places the wounded are taken to: reports of every shooting in a city name its
#: trauma centre ("Stroger Hospital" had joined Chicago shootings days apart).
CARE_WORDS = {"hospital", "medical", "trauma", "clinic", "infirmary"}
#: Words of the names on every page an outlet prints: its owner, its copyright line, the page's
#: machinery ("Meredith Corporation", "Copyright 2016 WFSB", "enable JavaScript", "Twitter").
PAGE_WORDS = {"corporation", "corp", "inc", "media", "broadcasting", "copyright", "javascript", "twitter", "facebook"}
#: Words of the offices that speak of a shooting, read as its venue where the report names no
#: other ("Harris County Sheriff's Office", "the Medical Examiner's Office"): one county's sheriff
#: speaks of all its shootings, and the hospital the wounded were taken to is no scene either.
AGENCY_WORDS = {"sheriff", "police", "prosecutor", "coroner", "examiner", "precinct"} | CARE_WORDS


@functools.lru_cache(maxsize=NAME_CACHE)
def _site(venue: str | None) -> str | None:
    """A venue as the place of a happening: None for an office's or a hospital's."""
    if not venue or AGENCY_WORDS & set(re.findall(r"[a-z]+", gazetteer.fold(venue))):
        return None
    return venue


#: A city of at least this many people has shootings every day: two reports placed in it say less
#: for one happening than two placed in a town (GVA: Chicago boys of sixteen shot a day apart).
BIG_CITY = 1_000_000
#: How many times a borough's people the city that holds it has (New York's 8.8 million, Brooklyn's 2.7).
HOST_TIMES = 2
SAME_CITY = 2.0
SAME_BIG_CITY = 1.5


def same_city_points(city: str, country: str | None) -> float:
    """Points for two reports placed in one city: fewer where it is a city of millions."""
    town = next((c for c in gazetteer.cities(city) if country is None or c.country == country), None)
    return SAME_BIG_CITY if town is not None and town.population >= BIG_CITY else SAME_CITY


#: Two named districts of one city closer than this may be one place named two ways.
DISTRICT_KM = 3.0


def _districts_apart(mention: Mention, event: Candidate, country: str | None) -> list[str]:
    """The districts a report and an event name when they lie apart ("Englewood" and "West
    Englewood" do not)."""
    a = _report_districts(frozenset(mention.names))
    if "districts" not in event.memo:
        event.memo["districts"] = _districts(event.names)  # an event is scored against many reports
    b = cast(tuple[str, ...], event.memo["districts"])
    if not a or not b or set(a) & set(b):
        return []
    located = [[c for n in side for c in gazetteer.cities(n) if country is None or c.country == country] for side in (a, b)]
    if not all(located) or min(gazetteer.distance_km(x, y) for x in located[0] for y in located[1]) < DISTRICT_KM:
        return []
    return [*a, *b]


def _districts(names: Iterable[str]) -> tuple[str, ...]:
    """The districts among a report's (or an event's) names, in order."""
    return tuple(sorted(n.removeprefix("district:") for n in names if n.startswith("district:")))


#: `_districts` of a report, asked for once for each of its candidates.
_report_districts = functools.lru_cache(maxsize=64)(_districts)


#: Words a town's name is given with or without: "Greenacres" and "Greenacres City" are one town.
TOWN_WORDS = {"city", "town", "village", "township", "borough"}


def _same_town(one: str, other: str) -> bool:
    """Whether two towns' names are one town's, told with or without a word of `TOWN_WORDS`."""
    a, b = (set(gazetteer.fold(n).split()) for n in (one, other))
    return a == b or bool(a and b) and (a <= b or b <= a) and (a ^ b) <= TOWN_WORDS


def _read_two_ways(place: Place, event: Candidate) -> bool:
    """Whether two places of different countries differ only in how a town's name was read: the
    town one report is placed in is also a town of the other's country ("Navarro", "Rockdale" and
    "Albion" are towns of Argentina, Australia and Canada as well as of the United States). The
    towns then differ as any two do, not as two countries."""
    return any(
        city is not None and any(c.country == country for c in gazetteer.cities(city))
        for city, country in ((place.city, event.country), (event.city, place.country))
    )


#: Points for two reports of which one names a county and the other a town in it ("Harris County"
#: and Houston, "Wilkin County" and Foxhome): one place told less and more exactly, as near as two
#: towns beside each other. GVA grouping recall +1 incident (a county's report and its hamlet's).
TOWN_IN_COUNTY = 1.0
#: Points against two reports whose towns differ where one of them is a county or a street.
UNPLACED = 0.5


def _no_town(city: str, country: str | None) -> bool:
    """Whether a name read as a town is a county's or a street's that no town of the gazetteer
    (of ``country``, where known) bears: "Fulton County", "Green Hill Road"."""
    words = gazetteer.fold(city).replace("'s", "").replace("’s", "").split()
    if not any(w in STREET_WORDS or w in gazetteer.DIVISION_WORDS or w in DIVISION_NAMES for w in words):
        return False
    return not any(country is None or c.country == country for c in gazetteer.cities(city))


def _states_differ(place: Place, event: Candidate) -> bool:
    """Whether a report and an event are placed in two different states, both known."""
    return bool(place.admin1 and event.admin1 and gazetteer.fold(place.admin1) != gazetteer.fold(event.admin1))


def _county_and_town(place: Place, event: Candidate) -> tuple[str, list[gazetteer.City]] | None:
    """Of two places, where one is a county and the other a town: the county, and the towns of
    the gazetteer called by the town's name, hamlets too ("Wilkin County" and Foxhome)."""
    for county, town in ((place.city or "", event.city or ""), (event.city or "", place.city or "")):
        if is_county(county) and not is_county(town):
            key = gazetteer.fold(town)
            return county, gazetteer.namesakes(town) + [c for c in gazetteer.hamlets(town) if gazetteer.fold(c.name) == key]
    return None


def _town_in_county(place: Place, event: Candidate) -> bool:
    """Whether one of two places is a county and the other a town the gazetteer puts in a county
    of that name, in one state as far as known: "Harris County" and Houston."""
    pair = None if _states_differ(place, event) else _county_and_town(place, event)
    return pair is not None and any(gazetteer.in_county(c, pair[0]) for c in pair[1])


def _town_outside_county(place: Place, event: Candidate) -> bool:
    """Whether one of two places is a county and the other a town of the same state that the
    gazetteer puts in other counties only: "Charlotte County" and Courtland (Southampton County),
    both in Virginia. Only where the state of each is known and the same, and the county is one
    the gazetteer knows in it."""
    if not place.admin1 or not event.admin1 or _states_differ(place, event):
        return False
    pair = _county_and_town(place, event)
    if pair is None:
        return False
    county, towns = pair
    state = gazetteer.fold(place.admin1)
    towns = [c for c in towns if (d := gazetteer.division(c.admin1_code)) is not None and gazetteer.fold(d.name) == state]
    # a county the gazetteer knows in the state: of one it does not, the town may lie in it
    return bool(towns) and all(
        gazetteer.county_towns(county, c.admin1_code) and gazetteer.counties_of(c) and not gazetteer.in_county(c, county) for c in towns
    )


def _one_unplaced(place: Place, event: Candidate) -> bool:
    """Whether of two towns in one region (as far as known) one is a county or a street; or, in
    one state both told, a part of a town the gazetteer does not know ("North Fairmount" of
    Cincinnati, "Southwest Miami-Dade")."""
    if _states_differ(place, event):
        return False
    if _no_town(place.city or "", place.country) or _no_town(event.city or "", event.country or place.country):
        return True
    return bool(place.admin1 and event.admin1) and not (gazetteer.cities(place.city or "") and gazetteer.cities(event.city or ""))


def _one_region_named_alike(mention: Mention, vector: dict[str, float], event: Candidate, common: frozenset[str]) -> bool:
    """Whether a report and an event placed in one region (state) both name one person or one
    street: towns that differ there speak less against one happening."""
    p = mention.place
    if not p.admin1 or not event.admin1 or gazetteer.fold(p.admin1) != gazetteer.fold(event.admin1):
        return False
    shared = (mention.names & event.names) - common
    if any(len(n.split()) > 1 and set(gazetteer.fold(n).split()) & STREET_WORDS for n in shared):
        return True
    return bool(shared & people(mention.names, vector, p, SALIENT) & people(event.names, event.terms, event, SALIENT))


def _near(a: str, b: str, country: str | None, a_state: str | None = None, b_state: str | None = None) -> bool:
    """Whether two towns lie in one metropolitan area, the smaller a town of its own beside the
    other; two cities of millions each ("Brooklyn" and "Queens") are two places, however near.
    Each is the town of that very name in its own state, where that is known, as the event's place
    is read (`gazetteer.town_named`): the Clifton beside Grand Junction, Colorado, not the biggest."""
    ca, cb = gazetteer.town_named(a, country, a_state), gazetteer.town_named(b, country, b_state)
    if not (ca and cb) or min(ca.population, cb.population) >= BIG_CITY and not _within(ca, cb):
        return False
    return gazetteer.distance_km(ca, cb) < gazetteer.METRO_KM


def _within(one: gazetteer.City, other: gazetteer.City) -> bool:
    """Whether one of two big cities is a part of the other: a borough of New York City is."""
    small, big = sorted((one, other), key=lambda c: c.population)
    return big.population > HOST_TIMES * small.population and gazetteer.distance_km(small, big) < gazetteer.urban_radius_km(big)


def days(date: dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    """The first and last day a date may be: "September 2010" is stored as its first day and may
    be any of its thirty."""
    if precision == "year":
        return date.replace(month=1, day=1), date.replace(month=12, day=31)
    if precision == "month":
        following = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return date.replace(day=1), following - dt.timedelta(days=1)
    return date, date


def date_gap(one: dt.date, one_precision: str | None, other: dt.date, other_precision: str | None) -> int:
    """Days between two dates, each as much of it as is known: none between "September 2010"
    and September 10, 2010."""
    a, b = days(one, one_precision), days(other, other_precision)
    return max(0, (a[0] - b[1]).days, (b[0] - a[1]).days)


def window(mention: Mention) -> tuple[dt.date | None, dt.date | None]:
    """The days within which another report's incident may be this one's."""
    if mention.date is None or mention.kind == "other":
        return None, None
    span = dt.timedelta(days=WINDOW_DAYS)
    first, last = days(mention.date, mention.date_precision)
    return first - span, last + span


#: A name already filed under this many stored events is one that speaks of many happenings (the
#: county prosecutor, the police chief, the station that prints every report of its area, a
#: surname borne by thousands): two reports that both give it are no more one happening for it.
COMMON_EVENTS = 5


def common_names(store: Store, mention: Mention) -> frozenset[str]:
    """The names of a report that `COMMON_EVENTS` stored events or more are filed under."""
    prefix = "other:name:" if mention.kind == "other" else "name:"
    keyed = {f"{prefix}{n}": n for n in telling(mention.names) if len(n) > 3}
    return frozenset(keyed[k] for k, c in store.key_events(sorted(keyed)).items() if c >= COMMON_EVENTS)


def decide(
    mention: Mention, candidates: list[Candidate], vector: dict[str, float] | None = None, common: frozenset[str] = frozenset()
) -> Decision:
    """Join the best-scoring candidate above the threshold, or start a new event; ``common``: the
    report's `common_names`."""
    date_confident = any(c.attribute == "date" and c.confidence >= SURE_DAY for c in mention.claims)
    best: tuple[float, Candidate, dict[str, object]] | None = None
    for event in candidates:
        s, evidence = score(mention, event, date_confident, vector, common)
        if best is None or s > best[0]:
            best = (s, event, evidence)
    if best is not None and best[0] >= THRESHOLD:
        return Decision(best[1].id, round(best[0], 3), best[2])
    why: dict[str, object] = {"reason": f"no stored event scored at least {THRESHOLD:.1f}"}
    if best is not None:
        why["best"] = {"event": best[1].id, "score": round(best[0], 3), "evidence": best[2]}
    return Decision(None, None, why)


#: Events of at most this many reports are checked again, once a batch is stored, against the
#: events found since: a report read before the others of its happening started one of its own,
#: and a happening told by a dozen outlets may have been read as two halves of a handful each.
REPAIR_MOST = 10
#: Score at which two stored events are one: the score at which a report joins an event.
REPAIR_THRESHOLD = 3.0


def as_mention(event: Candidate) -> Mention:
    """A stored event seen as one report of it, to score it against another event."""
    place = Place(venue=event.venue, city=event.city, admin1=event.admin1, country=event.country)
    # its tolls, as its reports' claims would give them: two stored events are kept apart by their
    # dead as a report and an event are
    counted = [Claim(attribute=a, value=v, article=event.id, start=0, end=0, quote="") for a, v in sorted(event.counts.items())]
    if event.date is not None and event.day_told and dates.is_calendar_date(event.day_told):
        # and its day as written out, where it was: two events a day apart so are two
        counted.append(Claim(attribute="date", value=event.date.isoformat(), article=event.id, start=0, end=0, quote=event.day_told, confidence=SURE_DAY))
    return Mention(
        article=Article(id=event.id, text="", published=event.latest), type=event.type or "", cameo="", plover=None, claims=counted,
        date=event.date, date_precision=event.date_precision,
        place=place, names=frozenset(event.names), kind=event.kind, terms=dict(event.terms),
    )  # fmt: skip


def unit(terms: dict[str, float]) -> dict[str, float]:
    """An event's summed signature as a unit vector, to compare it as one report is compared."""
    norm = math.sqrt(sum(w * w for w in terms.values()))
    return {t: w / norm for t, w in terms.items()} if norm else {}


def reunite(event: Candidate, candidates: list[Candidate]) -> Decision:
    """The stored event that ``event`` tells of too, if one scores at least `REPAIR_THRESHOLD`
    against it as a report would; the evidence says so either way."""
    mention = as_mention(event)
    vector = unit(event.terms)
    best: tuple[float, Candidate, dict[str, object]] | None = None
    for other in candidates:
        if other.id == event.id:
            continue
        # An event's date is reconciled from its reports, so it is held as sure: two attacks some
        # days apart by one group in one town (GTD) are two, however alike their words.
        s, evidence = score(mention, other, True, vector, tolls=False)
        if best is None or s > best[0]:
            best = (s, other, evidence)
    if best is not None and best[0] >= REPAIR_THRESHOLD:
        return Decision(best[1].id, round(best[0], 3), best[2])
    return Decision(None, round(best[0], 3) if best else None, {})


#: Reactions that, named without a target, are addressed to the country the incident struck.
ADDRESSED_TO_THE_STRUCK = {"condolences", "condemnation", "expression of solidarity", "offer of support", "offer of aid"}


def interaction_key(source: Actor, action: str, about: str | None) -> str:
    """Reports of one reaction share this key: who, what, about which event."""
    who = gazetteer.fold(source.name) if source.name else f"country:{source.country}"
    return f"{who}|{action}|{about or '-'}"


def file_reaction(reaction: Reaction, about: str | None, struck: str | None, store: Store) -> Interaction:
    """The stored interaction this report's reaction is one more claim of, or a new one."""
    source = reaction.source.record()
    target = reaction.target.record() if reaction.target else None
    if target is None and struck and about and reaction.action in ADDRESSED_TO_THE_STRUCK and source.country != struck:
        target = Actor(gazetteer.country_name(struck), None, struck, "state")
    key = interaction_key(source, reaction.action, about)
    claim = Evidence(reaction.article, reaction.start, reaction.end, reaction.quote, reaction.date)
    for stored in store.find_interactions(key):
        same_target = target is None or stored.target is None or stored.target.country == target.country
        if same_target:
            stored.claims = [claim]
            if stored.target is None and target is not None:
                stored.target = target
            return stored
    digest = hashlib.sha256(f"{key}|{target.country if target else '-'}|{reaction.article}|{reaction.start}".encode()).hexdigest()[:12]
    return Interaction(
        id=f"ix_{digest}", source=source, target=target, action=reaction.action, cameo=reaction.cameo,
        plover=plover(reaction.cameo), date=reaction.date, about=about, claims=[claim],
    )  # fmt: skip


def new_event_id(article_id: str) -> str:
    """Stable event id from the first report that told of it."""
    return "ev_" + hashlib.sha256(article_id.encode()).hexdigest()[:12]
