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
from ..nlp import doc_text, entities
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
    r"\s*(?:\([^)]{1,40}\)\s*)?(?P<sep>—|–|--|-|:)\s"
)
#: "DATE: September 26" and "UPDATE: ..." open a press release with a field, not a place.
FIELD_LABELS = {"DATE", "TIME", "UPDATE", "UPDATED", "LOCATION", "CONTACT", "SUBJECT", "RE", "FROM", "TO", "WHEN", "WHERE", "WHO", "WHAT", "SOURCE", "NOTE", "EDITOR"}  # fmt: skip
#: Names that end in these words are institutions, never towns: "Lucas County Common Pleas Court".
INSTITUTION_WORDS = {"court", "courthouse", "jail", "prison", "detention", "department", "office", "agency", "bureau", "service", "services", "schools", "district"}  # fmt: skip
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
    agency: bool = False  # "Chicago police": the force that answers for the place


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
    return [PlaceClaim("city", city.name, start, start + len(name), LOCAL_AGENCY_WEIGHT, city, agency=True)]


def _dateline(doc: Doc) -> tuple[str, str | None, int, int] | None:
    for match in DATELINE.finditer(doc_text(doc)[:DATELINE_REACH]):
        city = match.group("city").strip()
        if (
            len(city) < 3
            or city.upper() != city
            or city in ("AP", "BREAKING", "WATCH", "VIDEO", "PHOTOS")
            or city in FIELD_LABELS
        ):
            continue
        if match.start("city") > 0 and not (match.group("region") or match.start("city") < 200):
            continue  # deep in the text, only "CITY, State —" is a dateline
        if match.group("sep") == ":" and not gazetteer.cities(city):
            continue  # "NOPD: 4 shot in Gert Town" is a headline that quotes its source
        return city.title(), match.group("region"), match.start("city"), match.end("city")
    return None


def _reads_as_division(
    divisions: list[gazetteer.Division], city: City | None, relation: str, firm_countries: set[str]
) -> bool:
    """Whether a name that is both a division and a town names the division. A big town wins
    unless the report names the division's country: "a Toledo man" is from Ohio, not Spain."""
    if city is None:
        return True
    if city.population >= 500_000:
        return relation == "near"  # "near Moscow" is the region around the city
    return city.population < BIG_TOWN or any(d.country in firm_countries for d in divisions)


#: A town this big is read as the town, not as a division abroad of the same name.
BIG_TOWN = 100_000


def _place_named_org(ent: Span, divisions: set[str], countries: set[str]) -> bool:
    """"Brooksville police" and "Pomona restaurant": the recogniser calls a town an organisation
    when it names the town's police or qualifies a noun."""
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    if _city_for(text, divisions, countries) is None:
        return False
    return _names_agency(ent) or (ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN")


def places(doc: Doc, incident_sentences: set[int], excluded: set[int], anchors: set[int]) -> list[PlaceClaim]:
    """Place claims of a report, weighted by how firmly each puts the incident there."""
    ents = [e for e in entities(doc) if e.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON") and e.root.i not in excluded]
    ents = [e for e in ents if e.label_ != "PERSON" or _settlement(e)]
    divisions_named: set[str] = set()
    countries_named: set[str] = set()
    firm_countries: set[str] = set()  # named by a word that means nothing else
    for ent in ents:
        named = gazetteer.divisions(ent.text)
        for division in named:
            divisions_named.add(division.code)
        iso3 = gazetteer.country(ent.text)
        if iso3:
            countries_named.add(iso3)
            firm_countries.add(iso3)
        elif named and not gazetteer.cities(ent.text):
            firm_countries.update(d.country for d in named)
    dateline = _dateline(doc)
    if dateline and dateline[1]:
        for division in gazetteer.divisions(dateline[1]):
            divisions_named.add(division.code)
            firm_countries.add(division.country)
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
        if ent.label_ == "ORG" and not settlement and not _place_named_org(ent, divisions_named, countries_named):
            claims.extend(_agency_city(ent, divisions_named, countries_named))
            continue
        if ent.label_ not in ("GPE", "LOC", "ORG") and not settlement:
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
        if divisions and _reads_as_division(divisions, city, relation, firm_countries):
            division = divisions[0]
            if weight > 0:
                claims.append(PlaceClaim("admin1", division.name, ent.start_char, ent.end_char, weight))
            claims.append(PlaceClaim("country", division.country, ent.start_char, ent.end_char, max(weight, 0.3) * 0.5))
            continue
        if ent.end < len(doc) and doc[ent.end].lemma_ in DISTRICT_WORDS:
            weight *= 0.2  # "the South Chicago neighborhood": a part of a city, not the city
        agency = _names_agency(ent)
        if agency:
            weight = max(weight, LOCAL_AGENCY_WEIGHT)  # "Memphis police said": the local force
        if city is None and ent[-1].lower_ in INSTITUTION_WORDS:
            continue
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
        claims.append(PlaceClaim("city", city.name if city else text, ent.start_char, ent.end_char, weight, city, agency))
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
    if city is not None and city.city is None:
        city = chosen["city"] = _policed_by(claims, city) or city
    if city is not None and city.city is not None:
        top = totals[("city", city.value.casefold())]
        for key, total in ranked:
            other = strongest[key]
            if (
                key[0] == "city" and other.city and other is not city and total >= 0.5 * top
                and gazetteer.more_exact(other.city, city.city)
            ):  # fmt: skip
                city = chosen["city"] = other
        city = chosen["city"] = _policed_by(claims, city) or city
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


def _policed_by(claims: list[PlaceClaim], chosen: PlaceClaim) -> PlaceClaim | None:
    """The city whose police answer for the chosen place when that place is one of its districts:
    "ROGERS PARK — ... a Chicago police spokesman said" is in Chicago, and so is "the West Side".
    A town with its own police named ("Oak Park police") stays a town. The police say more than
    the distance: Rogers Park lies beyond Chicago's radius, at the city's northern edge."""
    if any(c.agency and c.value.casefold() == chosen.value.casefold() for c in claims):
        return None
    for claim in claims:
        host = claim.city
        if not claim.agency or host is None or claim.value.casefold() == chosen.value.casefold():
            continue
        if chosen.city is None or (_inside(chosen.city, host) and chosen.city.population < BIG_TOWN):
            return claim  # a borough of millions (Brooklyn, policed by the NYPD) is a city of its own
    return None


def _inside(inner: City, host: City) -> bool:
    """Whether a place may be a district of a bigger city: same division, same metropolitan area."""
    return (
        host.population > inner.population and host.admin1_code == inner.admin1_code
        and (gazetteer.distance_km(host, inner) < gazetteer.METRO_KM or gazetteer.fold(host.name) in gazetteer.fold(inner.name))
    )  # fmt: skip


def district_of(claims: list[PlaceClaim], chosen: dict[str, PlaceClaim]) -> str | None:
    """The part of the chosen city a report names ("West Garfield Park", "the West Side"): two
    shootings on one day in a big city are told apart by it."""
    city = chosen.get("city")
    if city is None or city.city is None:
        return None
    best: tuple[float, str] | None = None
    for claim in claims:
        if claim.attribute != "city" or claim.agency or claim.value.casefold() == city.value.casefold():
            continue
        # only a district the gazetteer knows: "the West Side" and street names overlap the rest
        if claim.city is not None and _inside(claim.city, city.city) and (best is None or claim.weight > best[0]):
            best = (claim.weight, claim.value)
    return best[1] if best else None


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
