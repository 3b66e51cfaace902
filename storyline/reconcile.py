"""Facts from claims: best, low, high, status, history; and the view as of a date.

Rules: a fact's claims are kept in report order (dated by publication, undated last); the best
count is the one of the latest dated report (a rising toll ends at its latest figure), unless
more reports agree on a larger one, so ``as_of(t)`` is the same computation over the claims
published by t. Undated reports are kept and shown, but never stand in for the latest; they
decide only where nothing is dated. The wounded are the figure most reports agree on, or else
the most victims any report counts, less the dead.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .extract import classify, gazetteer
from .extract.bestplace import COUNTY_SHARE, HOST_REACH
from .extract.claims import LEAD_CHARS
from .extract.dates import WEEKDAYS, is_calendar_date
from .extract.lexicon import TYPES
from .extract.placeclaims import is_county
from .extract.townnames import BIG_TOWN
from .model import COUNT_ATTRIBUTES, SITE_HOME, Claim, Event, Fact, Place
from .ontology import plover

PLACE_ATTRIBUTES = ("venue", "city", "admin1", "country")
#: A count the extractor inferred (hits minus deaths) yields to one a report states.
STATED = 1.0


def report_order(claims: Iterable[Claim]) -> list[Claim]:
    """Claims ordered by publication; undated ones last, each group in text order."""
    return sorted(claims, key=lambda c: (c.published is None, c.published or dt.date.min, c.article, c.start))


def published_by(claims: Iterable[Claim], as_of: dt.date | None) -> list[Claim]:
    if as_of is None:
        return list(claims)
    return [c for c in claims if c.published is not None and c.published <= as_of]


#: A count of the wounded told by how badly they are hurt is some of them, not all: "2 critically
#: wounded" in a headline over a report of five shot. The opening is measured from its first other
#: count, so the whole figure further down is still its own.
SEVERITY = re.compile(r"\b(?:critical|critically|serious|seriously)\b", re.IGNORECASE)


def _per_report(claims: list[Claim]) -> list[Claim]:
    """One figure per report: its largest count (a report that says "a man was killed" and later
    "two people were killed" means two); of the wounded, its largest in the opening
    (`LEAD_CHARS`). Inferred counts are only made where they exceed the stated ones (see
    extract._derived_wounded)."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article].append(c)
    chosen = []
    for items in by_article.values():
        if items[0].attribute == "wounded":
            # a lone victim "seriously injured" is the whole figure, and may open the report
            whole = [c for c in items if int(c.value) < 2 or not SEVERITY.search(c.quote)]
            first = min(c.start for c in whole or items)
            items = [c for c in items if c.start <= first + LEAD_CHARS]
        chosen.append(max(items, key=lambda c: (int(c.value), c.confidence)))
    return report_order(chosen)


def count_fact(attribute: str, claims: list[Claim]) -> Fact | None:
    if not claims:
        return None
    figures = _per_report(claims)
    values = [int(c.value) for c in figures]
    dated = [c for c in figures if c.published is not None]
    if dated:
        latest = max(c.published for c in dated if c.published)
        best = max(int(c.value) for c in dated if c.published == latest)
    else:
        best = max(values)
    # A later report that gives fewer than most reports agree on has left some out (the trial
    # of the man charged with one of the deaths, a vigil for one victim); a larger figure is a
    # rising toll, and stands.
    votes = Counter(values)
    agreed = votes.most_common(2)
    if agreed[0][1] > 1 and (len(agreed) == 1 or agreed[1][1] < agreed[0][1]):
        best = max(best, agreed[0][0])
    best = _left_out(best, votes)
    dated_values = [int(c.value) for c in dated]
    if len(set(values)) == 1:
        status = "consistent" if len(figures) > 1 else "single"
    elif dated_values == sorted(dated_values) and best == max(values):
        status = "rising"
    else:
        status = "conflicting"
    return Fact(attribute, best, min(values), max(values), status, report_order(claims))


#: A figure at most this many times the latest that an earlier report gave: the latest left some
#: out. One larger still is a tally, or another incident's ("48 deaths" of officers in a year).
LEFT_OUT = 3


def _left_out(best: int, votes: Counter[int]) -> int:
    """The toll when an earlier report gave more dead than the latest: a toll does not fall, and
    the later report has left some out (the gunman who killed himself, an unborn child, the
    victims of a trial's one charge), unless fewer reports gave the larger figure than the
    smaller, or it is over ``LEFT_OUT`` times as large. ``votes``: how many reports give each figure."""
    larger = [v for v in votes if best < v <= LEFT_OUT * max(best, 1) and votes[v] >= votes[best]]
    return max(larger, default=best)


def wounded_fact(claims: list[Claim], dead: list[Claim]) -> Fact | None:
    """The wounded: the figure more reports agree on than on any other (the smaller of two as
    agreed on), less those who died since; else, of the people any one report counts as hurt,
    the dead included, the most, less the dead; more where a headline gives the whole toll
    (`_headline_toll`). A victim who dies moves from the wounded to the dead ("a girl was shot",
    then "the girl has died"), and a later report that names fewer victims (the trial of the man
    charged with one death) has left some out rather than healed them."""
    fact = count_fact("wounded", claims)
    if fact is None:
        return None
    toll = count_fact("killed", dead)
    killed = int(toll.best) if toll is not None and toll.best is not None else 0
    died = {c.article: int(c.value) for c in _per_report(dead)}
    most_died = max(died.values(), default=0)
    figures = _per_report(claims)
    votes = Counter(int(c.value) for c in figures)
    most = max(votes.values())
    if most > 1:
        # More reports agree on a figure than on any other: one that counts more has read a
        # tally or another incident into it ("4 wounded", "4 injured", then "27 people shot"
        # in a report of the weekend). Two figures as many reports agree on: the smaller, as
        # the larger has counted the dead among the hurt ("8 shot" of six hurt and two dead)
        # or one victim twice; unless only the larger's reports count the dead apart, as many
        # as the reports settle on: they told the whole incident ("killing a man and injuring
        # three others"), and those of one wounded victim told a part of it, or another
        # shooting. Those since dead leave it: the dead the reports settle on, not the most
        # one report counts (a report of the gunman's motive that tells of "five officers
        # dead" in another city's shooting).
        tied = [v for v, n in votes.items() if n == most]
        whole = [v for v in tied if killed and any(int(c.value) == v and died.get(c.article) == killed for c in figures)]
        agreed = min(whole or tied)
        there = max(died.get(c.article, 0) for c in figures if int(c.value) == agreed)
        fact.best = max(0, agreed - max(0, killed - there))
        return _headline_toll(fact, claims, dead, killed)
    hurt = max(int(c.value) + died.get(c.article, 0) for c in figures)
    fact.best = max(0, hurt - most_died)
    return _headline_toll(fact, claims, dead, killed)


def _headline_toll(fact: Fact, claims: list[Claim], dead: list[Claim], killed: int) -> Fact:
    """The wounded a headline gives beside the dead the reports settle on (``killed``), where
    they are more than the reports agree on: "3 Dead, 2 Hurt in Shooting Spree" is the whole toll,
    over reports that each tell of one of the hurt ("child injured", "the suspect was shot"). A
    headline's hurt beside another toll of dead ("1 dead, 5 hurt" of a weekend) is no figure of
    this one."""
    tolls = {c.article for c in dead if c.headline and int(c.value) == killed}
    told = [int(c.value) for c in claims if c.headline and c.article in tolls]
    if killed and told and max(told) > int(fact.best or 0):
        fact.best = max(told)
    return fact


def _weighted(claims: list[Claim]) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for c in claims:
        totals[str(c.value)] += c.confidence
    return totals


def value_fact(attribute: str, claims: list[Claim]) -> Fact | None:
    """A non-count attribute: the value with the most confident support."""
    if not claims:
        return None
    totals = _weighted(claims)
    best = max(totals, key=lambda v: (totals[v], v))
    status = "single" if len(claims) == 1 else "consistent" if len(totals) == 1 else "conflicting"
    return Fact(attribute, best, None, None, status, report_order(claims))


def event_date_fact(claims: list[Claim]) -> Fact | None:
    """The event's day: the value with the most confident support among those on or before its
    first report. A later report of a trial, an arrest or a funeral dates what it tells of ("was
    sentenced Monday"), and nothing that happened after the first report of it is the event.
    A month or a year ("last July") names no day: it supports the days that fall in it, and is
    the value only where no report gives a day. Of two days a day apart as surely told, the one
    named more firmly (`_written_of_two_nights`); of others that tie, the later."""
    if not claims:
        return None
    first = min((c.published for c in claims if c.published is not None), default=None)
    possible = [c for c in claims if first is None or str(c.value) <= first.isoformat()] or claims
    days = [c for c in possible if c.qualifier in ("day", "report_date")]
    totals = _weighted(days or possible)
    coarse = [c for c in possible if c.qualifier in ("month", "year")] if days else []
    for c in coarse:
        width = 7 if c.qualifier == "month" else 4  # "2024-03" or "2024" of "2024-03-01"
        for value in totals:
            if value[:width] == str(c.value)[:width]:
                totals[value] += c.confidence
    best = _written_of_two_nights(totals, days) or max(totals, key=lambda v: (totals[v], v))
    every = value_fact("date", claims)
    assert every is not None
    return Fact("date", best, None, None, every.status, every.claims)


def _written_of_two_nights(totals: dict[str, float], days: list[Claim]) -> str | None:
    """Of two days a day apart that tie, the one a report names the more firmly: "early Sunday
    morning" the next morning and "Saturday, July 4, 2015" a year on are one night told either
    side of midnight, the weekday read from a publication stamp that may be a day off; the report
    that wrote the day out decided which it was. A weekday, in turn, names its day where
    "tonight" and "overnight" are whatever day the stamp says. None where no report gives a day:
    ``totals`` are then of months or years ("2016-07"), which are not nights."""
    if not days:
        return None
    top = max(totals.values())
    tied = [v for v, total in totals.items() if math.isclose(total, top)]
    if len(tied) != 2 or abs((dt.date.fromisoformat(tied[0]) - dt.date.fromisoformat(tied[1])).days) != 1:
        return None
    firmness = {v: max((_named(c.quote) for c in days if str(c.value) == v), default=0) for v in tied}
    one, other = tied
    return one if firmness[one] > firmness[other] else other if firmness[other] > firmness[one] else None


def _named(quote: str) -> int:
    """How firmly a date phrase names its day: written out as a date (2), by its weekday (1), or
    by the day of its telling ("tonight", "yesterday", "overnight": 0)."""
    if is_calendar_date(quote):
        return 2
    return 1 if any(w in WEEKDAYS for w in re.findall(r"[a-z]+", quote.casefold())) else 0


def read_again(claims: list[Claim]) -> list[Claim]:
    """A place attribute's claims less those read again: where a site's home reads a report's
    words as the namesake near it (`sitehome.namesake_near`), that reading replaces the
    gazetteer's of the same words, which stays in the record beside it."""
    again = {(c.article, c.start, c.end) for c in claims if c.qualifier == SITE_HOME and c.end > c.start}
    return [c for c in claims if c.qualifier == SITE_HOME or (c.article, c.start, c.end) not in again] if again else claims


def place_of(facts: dict[str, Fact]) -> Place:
    """The place record from the place facts, with the gazetteer's coordinates for the city."""
    city_fact = facts.get("city")
    country = str(facts["country"].best) if "country" in facts else None
    admin1 = str(facts["admin1"].best) if "admin1" in facts else None
    city_name = str(city_fact.best) if city_fact else None
    located: gazetteer.City | None = None
    if city_fact is not None:
        totals = _weighted(city_fact.claims)
        claimed = {str(c.value) for c in facts["admin1"].claims} if "admin1" in facts else set()
        candidates = {v: _town_in(v, country, admin1, claimed) for v in totals}
        top = candidates.get(city_name or "")
        if city_name and is_county(city_name):
            # one report's county gives way to the town another report puts the incident in, one
            # of a state with a county of that name: a station's town far off ("Birmingham",
            # Alabama, of a Richland County shooting) gives the county no more exact place. Not
            # only a town the gazetteer puts in the county: it knows one county of a town, and
            # Broken Arrow lies in Tulsa and Wagoner County
            towns = [
                v for v, c in candidates.items()
                if c is not None and not is_county(v) and totals[v] >= COUNTY_SHARE * totals[city_name]
                and _may_lie_in(v, city_name)
            ]  # fmt: skip
            if towns:
                city_name = max(towns, key=lambda v: totals[v])
                top = candidates[city_name]
        # Of two cities a few kilometres apart the smaller is the more exact place.
        for value, city in candidates.items():
            if (
                city and top and city is not top and totals[value] >= 0.4 * totals[city_name or ""]
                and gazetteer.more_exact(city, top)
            ):  # fmt: skip
                city_name, top = value, city
        host = _host_city(candidates, totals, city_name, top)
        if host is not None:
            city_name, top = host, candidates[host]
        located = top
    if located is not None:
        division = gazetteer.division(located.admin1_code)
        admin1 = division.name if division else admin1
        country = located.country
    elif city_name and admin1 and is_county(city_name):
        admin1 = _county_state(city_name, admin1, facts["admin1"])
    venue = str(facts["venue"].best) if "venue" in facts else None
    return Place(
        name=venue or city_name or admin1 or (gazetteer.country_name(country) if country else None),
        venue=venue,
        city=city_name,
        admin1=admin1,
        country=country,
        lat=located.lat if located else None,
        lon=located.lon if located else None,
    )


def _town_in(name: str, country: str | None, admin1: str | None, claimed: set[str]) -> gazetteer.City | None:
    """The town a reported name stands for: of the state the reports settle on (``admin1``) first;
    a namesake elsewhere only in a state some report names (``claimed``): "ANTIOCH, Tenn." is a
    part of Nashville the gazetteer does not know, not Antioch, California, which no report names."""
    town = gazetteer.town_named(name, country, admin1)
    if town is None or not claimed:
        return town
    states = {d.code for state in claimed for d in gazetteer.divisions(state)}
    if town.admin1_code in states:
        return town
    # "Manhattan" of a Riley County, Kansas report merged with one of Missouri is Kansas's
    others = (gazetteer.town_named(name, country, state) for state in sorted(claimed))
    return next((t for t in others if t is not None and t.admin1_code in states), None)


def _county_state(county: str, admin1: str, states: Fact) -> str:
    """The state of a county of no town: the state the reports settle on where it has a county of
    that name (or the gazetteer knows the county nowhere), else the heaviest other state claimed
    that has one: "GREENVILLE COUNTY, S.C." is South Carolina's, whatever another report's
    "Greenville" read in Alabama says."""
    if not gazetteer.county_states(county) or gazetteer.holds_county(admin1, county):
        return admin1
    totals = _weighted(states.claims)
    return max((v for v in totals if gazetteer.holds_county(v, county)), key=lambda v: totals[v], default=admin1)


def _may_lie_in(town: str, county: str) -> bool:
    """Whether a town of that name lies in a state with a county of that name, or the county is
    one the gazetteer does not know."""
    states = gazetteer.county_states(county)
    return not states or any(t.admin1_code in states for t in gazetteer.cities(town) if gazetteer.fold(t.name) == gazetteer.fold(town))


#: How much of a district's support the city that holds it needs to hold the event: a report or
#: two that name only the big city beside three that name the town ("Chelsea" beside Boston) do not.
HOST_SHARE = 0.5


def _host_city(
    candidates: dict[str, gazetteer.City | None], totals: dict[str, float], chosen: str | None, top: gazetteer.City | None
) -> str | None:
    """The city one report names whose district another report heads with: "1 dead after shooting
    in Allapattah" and "... in Allapattah, Miami police said" are one shooting in Miami, as
    within one report (`bestplace._host_of`). Only a district within the bigger city's reach and
    in its state, and one no more exactly placed than the city (Krasnogorsk is not Moscow)."""
    if chosen is None or top is None or top.population >= BIG_TOWN:
        return None
    hosts = [
        value for value, city in candidates.items()
        if city is not None and value != chosen and not is_county(value) and city.population > top.population
        and city.admin1_code == top.admin1_code and totals[value] >= HOST_SHARE * totals[chosen]
        and gazetteer.distance_km(city, top) <= HOST_REACH * gazetteer.urban_radius_km(city)
        and not gazetteer.more_exact(top, city)
    ]  # fmt: skip
    return max(hosts, key=lambda v: totals[v], default=None)


def reconcile(event: Event, as_of: dt.date | None = None) -> Event:
    """The event with its facts, date, place, type and perpetrators computed from its claims."""
    claims = published_by(event.claims, as_of)
    by_attribute: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_attribute[c.attribute].append(c)
    facts: dict[str, Fact] = {}
    for attribute in COUNT_ATTRIBUTES:
        if attribute == "wounded":
            fact = wounded_fact(by_attribute.get(attribute, []), by_attribute.get("killed", []))
        else:
            fact = count_fact(attribute, by_attribute.get(attribute, []))
        if fact:
            facts[attribute] = fact
    for attribute in PLACE_ATTRIBUTES:
        fact = value_fact(attribute, read_again(by_attribute.get(attribute, [])))
        if fact:
            facts[attribute] = fact
    date = event_date_fact(by_attribute.get("date", []))
    if date:
        facts["date"] = date
    if any(a in facts for a in PLACE_ATTRIBUTES):
        place = place_of(facts)
    else:
        place = event.place if as_of is None else Place()  # known only from later reports
    modes = {str(c.value) for c in by_attribute.get("mode", [])}
    kind = classify(modes) if modes else event.type
    date_fact = facts.get("date")
    day = dt.date.fromisoformat(str(date_fact.best)) if date_fact else None
    precision = None
    if date_fact:
        # "July 1" and "July" share the value 2024-07-01: a day claim for it makes it a day
        qualifiers = {c.qualifier for c in date_fact.claims if str(c.value) == date_fact.best}
        precision = "day" if qualifiers & {"day", "report_date"} or not qualifiers else "month" if "month" in qualifiers else "year"
    claimed = list(dict.fromkeys(str(c.value) for c in by_attribute.get("responsibility", [])))
    named = [str(c.value) for c in by_attribute.get("perpetrator", []) if str(c.value) not in claimed]
    perpetrators = [(name, True) for name in claimed] + [(name, False) for name in dict.fromkeys(named)]
    cameo = TYPES.get(kind or "", event.cameo or "180") if event.kind == "incident" else None
    articles = list(dict.fromkeys(c.article for c in report_order(claims))) if as_of else event.articles
    return Event(
        id=event.id,
        kind=event.kind,
        type=kind,
        cameo=cameo,
        plover=plover(cameo),
        title=title_of(kind, place) if event.kind == "incident" else event.title,
        date=day,
        date_precision=precision,
        place=place,
        articles=articles,
        claims=report_order(claims),
        facts=facts,
        perpetrators=perpetrators,
    )


def title_of(kind: str | None, place: Place) -> str:
    what = (kind or "incident").capitalize()
    where = ", ".join(x for x in (place.venue, place.city or place.admin1) if x)
    if not where and place.country:
        where = gazetteer.country_name(place.country) or place.country
    return f"{what} at {where}" if place.venue else f"{what} in {where}" if where else what
