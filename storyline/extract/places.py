"""Where an incident happened: venue, city, first-level division, country, coordinates.

Place names come from the entity recogniser; what they are (a country, a division, a city)
from the offline gazetteer; how strongly a report puts the incident there from the grammar
("in Krasnogorsk, Moscow Region" places it, "Moscow's Crocus City Hall" loosely, "near Moscow"
not in Moscow at all) and from the dateline ("KANSAS CITY, Kan. -").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..model import Place
from . import gazetteer
from .gazetteer import City
from .lexicon import VENUE_WORDS

#: Prepositions that put the incident outside the place they name.
AWAY = {"near", "outside", "from", "of", "to", "toward", "towards", "beyond", "around"}
#: Prepositions that put the incident in the place they name.
INSIDE = {"in", "at", "on", "inside", "into", "within", "across", "throughout"}
#: "the Austin neighborhood": the noun says the name is a part of a city.
DISTRICT_WORDS = {"neighborhood", "neighbourhood", "section", "district", "side", "area", "quarter", "precinct", "ward"}
#: "the town of Elmo": the noun says the name is a settlement.
SETTLEMENT_WORDS = {"town", "city", "village", "borough", "township", "hamlet", "community", "suburb"}
#: "KANSAS CITY, Kan. —", "AUSTIN —", "MOSCOW (Reuters) -": a dateline opens a report.
DATELINE = re.compile(
    r"(?:\A|\n|\s/\s|\d\s[AP]M\s+)\s*(?P<city>[A-Z][A-Z.'\- ]{1,40}[A-Z.])(?:,\s*(?P<region>[A-Z][A-Za-z.\- ]{1,25}?))?"
    r"\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-|:)\s"
)
#: How far into a report a dateline may stand (after a timestamp or a photo credit).
DATELINE_REACH = 600


@dataclass(frozen=True)
class PlaceClaim:
    attribute: str  # venue, city, admin1, country
    value: str
    start: int
    end: int
    weight: float
    city: City | None = None


def _relation(ent: Span) -> str:
    """How the sentence relates an entity to what happened: in, near, possessive, other."""
    root = ent.root
    if any(t.dep_ == "case" for t in root.children) or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"):
        return "possessive"
    head = root
    # climb appositions and compounds: "in Krasnogorsk, Moscow Region" heads on Krasnogorsk
    while head.dep_ in ("appos", "compound", "conj") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        prep = head.head.lower_
        if prep in AWAY:
            return "near"
        if prep in INSIDE:
            return "in"
        if prep == "of" and head.head.head.lemma_ in SETTLEMENT_WORDS:
            return "in"  # "in the town of Elmo"
    if head.dep_ == "poss":
        return "possessive"
    return "other"


def _city_for(name: str, context_divisions: set[str], context_countries: set[str]) -> City | None:
    candidates = gazetteer.cities(name)
    if not candidates:
        return None
    for city in candidates:
        if city.admin1_code in context_divisions:
            return city
    for city in candidates:
        if city.country in context_countries:
            return city
    return candidates[0]


#: Local police, sheriffs and fire departments are named after the place they serve.
AGENCY_WORDS = {"police", "sheriff", "fire", "pd", "department", "officers", "authorities"}
LOCAL_AGENCY_WEIGHT = 1.0


def _names_agency(ent: Span) -> bool:
    following = ent.doc[ent.end : ent.end + 2]
    return any(t.lower_ in AGENCY_WORDS for t in following) or ent.root.head.lower_ in AGENCY_WORDS


def _followed_by_division(ent: Span) -> bool:
    """"Macungie, Pa." and "Clewiston, Florida": a town named with its state."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    nxt = doc[ent.end + 1 : ent.end + 4]
    return any(gazetteer.divisions(nxt[: k].text) for k in range(1, len(nxt) + 1))


def _settlement(ent: Span) -> bool:
    head = ent.root
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in SETTLEMENT_WORDS


def _agency_city(ent: Span, divisions: set[str], countries: set[str]) -> list[PlaceClaim]:
    """"Memphis Police Department" names Memphis."""
    words = [t for t in ent if t.lower_ in AGENCY_WORDS]
    first = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if not words or words[0].i <= first:
        return []
    name = ent.doc[first : words[0].i].text
    city = _city_for(name, divisions, countries)
    if city is None or (divisions and city.admin1_code not in divisions and city.country == "USA"):
        return []
    start = ent.doc[first].idx
    return [PlaceClaim("city", city.name, start, start + len(name), LOCAL_AGENCY_WEIGHT, city)]


def _dateline(doc: Doc) -> tuple[str, str | None, int, int] | None:
    for match in DATELINE.finditer(doc.text[:DATELINE_REACH]):
        city = match.group("city").strip()
        if len(city) < 3 or city.upper() != city or city in ("AP", "UPDATE", "BREAKING", "WATCH", "VIDEO", "PHOTOS"):
            continue
        if match.start("city") > 0 and not (match.group("region") or match.start("city") < 200):
            continue  # deep in the text, only "CITY, State —" is a dateline
        return city.title(), match.group("region"), match.start("city"), match.end("city")
    return None


def places(doc: Doc, incident_sentences: set[int], excluded: set[int], anchors: set[int]) -> list[PlaceClaim]:
    """Place claims of a report, weighted by how firmly each puts the incident there."""
    ents = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON") and e.root.i not in excluded]
    ents = [e for e in ents if e.label_ != "PERSON" or _settlement(e)]
    divisions_named: set[str] = set()
    countries_named: set[str] = set()
    for ent in ents:
        for division in gazetteer.divisions(ent.text):
            divisions_named.add(division.code)
        iso3 = gazetteer.country(ent.text)
        if iso3:
            countries_named.add(iso3)
    dateline = _dateline(doc)
    if dateline and dateline[1]:
        for division in gazetteer.divisions(dateline[1]):
            divisions_named.add(division.code)
    context_countries = countries_named | {gazetteer.division(code).country for code in divisions_named if gazetteer.division(code)}  # type: ignore[union-attr]

    claims: list[PlaceClaim] = []
    if dateline:
        name, _, start, end = dateline
        city = _city_for(name, divisions_named, countries_named)
        claims.append(PlaceClaim("city", city.name if city else name, start, end, 3.0, city))

    sentence_of = {s.start: i for i, s in enumerate(doc.sents)}
    for ent in ents:
        sent_index = sentence_of.get(ent.sent.start, -1)
        in_incident = sent_index in incident_sentences
        relation = _relation(ent)
        text = ent.text.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        if ent.label_ in ("FAC", "ORG") and ent[-1].lower_ in VENUE_WORDS and in_incident and relation != "near":
            claims.append(PlaceClaim("venue", text, ent.start_char, ent.end_char, 2.0 if relation == "in" else 1.0))
            continue
        settlement = _settlement(ent)  # "the town of Elmo", whatever the recogniser called Elmo
        if ent.label_ == "ORG" and not settlement:
            claims.extend(_agency_city(ent, divisions_named, countries_named))
            continue
        if ent.label_ not in ("GPE", "LOC") and not settlement:
            continue
        iso3 = gazetteer.country(text)
        weight = {"in": 2.0, "possessive": 1.2, "other": 0.6, "near": 0.4}[relation]
        if relation != "near" and any(a.i in anchors for a in ent.root.ancestors):
            weight += 1.0  # "the attack ... in Krasnogorsk": the place of the incident word itself
            if any(c.dep_ == "appos" for c in ent.root.children):
                weight += 0.5  # "Krasnogorsk, Moscow Region": placed with care
        if not in_incident:
            weight *= 0.3
        if iso3:
            claims.append(PlaceClaim("country", iso3, ent.start_char, ent.end_char, max(weight, 0.5)))
            continue
        divisions = gazetteer.divisions(text)
        city = _city_for(text, divisions_named, countries_named)
        if divisions and (city is None or city.population < 500_000 or relation == "near"):
            division = divisions[0]
            if weight > 0:
                claims.append(PlaceClaim("admin1", division.name, ent.start_char, ent.end_char, weight))
            claims.append(PlaceClaim("country", division.country, ent.start_char, ent.end_char, max(weight, 0.3) * 0.5))
            continue
        if ent.end < len(doc) and doc[ent.end].lemma_ in DISTRICT_WORDS:
            weight *= 0.2  # "the South Chicago neighborhood": a part of a city, not the city
        if _names_agency(ent):
            weight = max(weight, LOCAL_AGENCY_WEIGHT)  # "Memphis police said": the local force
        if city is None and not _followed_by_division(ent) and not settlement:
            weight *= 0.3  # a neighbourhood, a street or a misread word, more often than a town
        elif city is not None and divisions_named and city.admin1_code not in divisions_named and city.country == "USA":
            weight *= 0.3  # "Austin" in a report about Illinois is a Chicago neighbourhood
        elif city is not None and context_countries and city.country not in context_countries:
            weight *= 0.3  # a word that is also a town abroad: "Stirling" in a report from Illinois
        if weight <= 0:
            if city is not None:  # "near Moscow" still says which country
                claims.append(PlaceClaim("country", city.country, ent.start_char, ent.end_char, 0.3))
            continue
        if city is None and not any(t.is_title for t in ent):
            continue
        claims.append(PlaceClaim("city", city.name if city else text, ent.start_char, ent.end_char, weight, city))
    return claims


def best_place(claims: list[PlaceClaim]) -> dict[str, PlaceClaim]:
    """The heaviest claim per attribute. Of two cities a few kilometres apart the smaller is
    the more exact ("near Moscow" is Krasnogorsk); the division and country follow the city."""
    totals: dict[tuple[str, str], float] = defaultdict(float)
    strongest: dict[tuple[str, str], PlaceClaim] = {}
    for claim in claims:
        key = (claim.attribute, claim.value.casefold())
        totals[key] += claim.weight
        if key not in strongest or claim.weight > strongest[key].weight or (strongest[key].city is None and claim.city):
            strongest[key] = claim
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    chosen: dict[str, PlaceClaim] = {}
    for key, total in ranked:
        if key[0] not in chosen and total > 0:
            chosen[key[0]] = strongest[key]
    city = chosen.get("city")
    if city is not None and city.city is not None:
        top = totals[("city", city.value.casefold())]
        for key, total in ranked:
            other = strongest[key]
            if (
                key[0] == "city" and other.city and other is not city and total >= 0.5 * top
                and gazetteer.more_exact(other.city, city.city)
            ):  # fmt: skip
                city = chosen["city"] = other
        assert city.city is not None
        division = gazetteer.division(city.city.admin1_code)
        if division is not None and ("admin1" not in chosen or gazetteer.fold(chosen["admin1"].value) != gazetteer.fold(division.name)):
            chosen["admin1"] = PlaceClaim("admin1", division.name, city.start, city.end, city.weight, city.city)
        chosen["country"] = PlaceClaim("country", city.city.country, city.start, city.end, city.weight, city.city)
    elif "admin1" in chosen:
        divisions = gazetteer.divisions(chosen["admin1"].value)
        if divisions:
            a = chosen["admin1"]
            chosen["country"] = PlaceClaim("country", divisions[0].country, a.start, a.end, a.weight)
    return chosen


def place_of(chosen: dict[str, PlaceClaim]) -> Place:
    """The place a report gives, from its chosen claims, filled in from the gazetteer's city."""
    city = chosen["city"].city if "city" in chosen else None
    venue = chosen["venue"].value if "venue" in chosen else None
    city_name = chosen["city"].value if "city" in chosen else None
    return Place(
        name=venue or city_name,
        venue=venue,
        city=city_name,
        admin1=(chosen["admin1"].value if "admin1" in chosen else None) or (city.admin1 if city else None),
        country=(chosen["country"].value if "country" in chosen else None) or (city.country if city else None),
        lat=city.lat if city else None,
        lon=city.lon if city else None,
    )
