"""Where an incident happened: venue, city, first-level division, country, coordinates.

Place names come from the entity recogniser; what they are (a country, a division, a city)
from the offline gazetteer; how strongly a report puts the incident there from the grammar
("in Krasnogorsk, Moscow Region" places it, "Moscow's Crocus City Hall" loosely, "near Moscow"
not in Moscow at all) and from the dateline ("KANSAS CITY, Kan. -").
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace

import numpy
from spacy.attrs import IDX, LEMMA, LIKE_NUM, LOWER
from spacy.tokens import Doc, Span, Token

from ..ingest import site_suffix
from ..nlp import column, doc_text, entities, kept, positions, sentence_numbers, span_text
from . import gazetteer
from .counties import COMPASS_WORDS, COUNTY_TITLES, counties_named, county_meant, county_town, state_county
from .dateline import INSTITUTION_WORDS
from .dateline import dateline as read_dateline
from .forces import (
    FORCE_KINDS,
    LOCAL_AGENCY_WEIGHT,
    SHERIFF_WORDS,
    county_force,
    far_force,
    force_claims,
    force_initials,
    force_states,
    local_divisions,
    names_an_agency,
    police_say,
    unrecognised_agencies,
    with_county,
)
from .gazetteer import City
from .lexicon import SCENE_VERBS, VENUE_WORDS
from .people import is_person
from .placeclaims import (
    NAMED_DISTRICT_WORDS,
    SETTLEMENT_WORDS,
    PlaceClaim,
    city_for,
    is_county,
    relation_of,
)
from .stations import side_of_site
from .townnames import (
    AGENCY_WORDS,
    BIG_TOWN,
    DISTRICT_WORDS,
    STREET_WORDS,
    aged_towns,
    bare,
    city_named_in,
    city_part,
    cross_street,
    dotted,
    first_word,
    generic,
    headline_towns,
    joined_towns,
    modifier_towns,
    named_so,
    stated_towns,
    unrecognised_counties,
    unrecognised_objects,
)
from .urltowns import URL_WEIGHT, host_state, host_towns, site_of, url_towns

#: Prepositions that put the incident beside a town, not in some other place: "a shooting near
#: Magnolia" in a county's report is placed by the town, as "in rural Pike County" is not.
NEAR_WORDS = {"near", "outside"}
#: The weight of a place the incident happened near: it says where, but not in it.
NEAR_WEIGHT = 0.4
#: What a town weighs more where the report says the incident happened there ("The incident
#: occurred around 11 a.m. in the 400 block of West 27th Street in Newport News"): as much as a
#: town the incident word itself is placed in, which outweighs the dateline of the station's town.
SCENE_WEIGHT = 1.0
#: "in unincorporated Harris County", "in rural Pike County": in the county, outside its towns.
RURAL_WORDS = {"unincorporated", "rural"}
_NAMED_DISTRICT_WORDS = frozenset(NAMED_DISTRICT_WORDS)
#: "the Town of West Sweden", "the City of Clairton": a settlement's formal name.
SETTLEMENT_TITLE = re.compile(r"(?:town|city|village|borough|township) of (?=[A-Z])", re.IGNORECASE)


#: "De'Shawn", "Ta’Niyah": an apostrophe before a capital inside a word, a given name's.
INNER_CAPITAL = re.compile(r"\w['’][A-Z]")


#: Verbs of catching someone: where a suspect was caught is not where the incident happened.
ARREST_LEMMAS = {"arrest", "apprehend", "capture", "detain", "book", "extradite", "jail"}


#: Where the wounded are taken: "a hospital in Atlanta" is not where they were shot.
CARE_WORDS = {"hospital", "hospitals", "clinic", "jail", "prison"}
#: "Harborview Medical Center in Seattle", "a trauma center in Oak Lawn": a center is a
#: hospital when one of these qualifies it; "a community center in Fargo" is not.
CARE_CENTER_WORDS = {"medical", "trauma", "health", "burn"}


def _care(noun: Token) -> bool:
    """Whether a noun names a place the wounded or the caught are taken to: "a hospital",
    "Harborview Medical Center"."""
    if noun.lower_ in CARE_WORDS:
        return True
    return noun.lower_ in ("center", "centre", "centers") and any(
        child.lower_ in CARE_CENTER_WORDS for child in noun.children if child.i < noun.i
    )


def _arrested_there(ent: Span) -> bool:
    """"Police in San Francisco have arrested two people in Emeryville": the town of the arrest,
    not of the shooting, though "arrested" is a counted word of the incident; and "taken to a
    hospital in Atlanta", the town of the hospital."""
    head = ent.root
    while head.dep_ in ("appos", "compound", "conj") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj":
        return False
    held = head.head.head
    if _care(held):
        return True
    if held.dep_ == "dobj" and held.head.pos_ == "VERB":
        held = held.head  # "arrested a 32-year-old man in Tulsa"
    # only the verb's own "in": "arrested in connection with the shootout at a truck stop in
    # Tyler" places the shootout
    return held.pos_ == "VERB" and held.lemma_ in ARREST_LEMMAS


def _beside(ent: Span) -> bool:
    """"a shooting near Magnolia", "a nightclub outside Magnolia", "a shooting on Independence Road
    just south of Lizemores": the town the incident happened beside; not "a hospital near
    Gainesville" where the wounded were taken, nor "arrested near Ocala", where a suspect was
    caught."""
    prep = ent.root.head
    if ent.root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in NEAR_WORDS | COMPASS_WORDS and prep.head.i == prep.i - 1:
        prep = prep.head  # "just outside of Tahoka", "just south of Lizemores"
    if ent.root.dep_ != "pobj" or prep.lower_ not in NEAR_WORDS | COMPASS_WORDS:
        return False
    held = prep.head
    return not _care(held) and held.lemma_ not in ARREST_LEMMAS


#: Nouns of vehicles: "a black Ford sedan", "a Dodge pickup" name a maker, not a town.
VEHICLE_WORDS = {
    "car", "cars", "sedan", "sedans", "truck", "trucks", "pickup", "suv", "van", "minivan", "coupe",
    "vehicle", "hatchback", "convertible", "wagon", "motorcycle",
}  # fmt: skip


def _maker(ent: Span) -> bool:
    """"shot from a black Ford sedan": a name that qualifies a vehicle's noun is its maker's."""
    return _qualifies(ent, VEHICLE_WORDS)


def _qualifies(ent: Span, nouns: set[str]) -> bool:
    """Whether a name qualifies, in its own phrase, a noun of ``nouns`` after it: "a Ford sedan"."""
    root = ent.root
    return root.dep_ == "compound" and root.head.i >= ent.end and root.head.lower_ in nouns


#: Nouns that say where a person lives: "a 19-year-old Clifton resident", "a Dayton native".
HOME_WORDS = {"resident", "residents", "native", "natives"}


def _lives_there(ent: Span) -> bool:
    """"a 19-year-old Clifton resident, the gunman": the town a person lives in or comes from,
    not where the incident happened."""
    return _qualifies(ent, HOME_WORDS)


def _cared_for_there(ent: Span) -> bool:
    """"in stable condition in a Fargo hospital": the town of the hospital, named as a modifier of
    its noun, is where the wounded were taken, not where they were shot."""
    root = ent.root
    return root.dep_ == "compound" and _care(root.head)


#: Words of the examination of the dead, done where a medical examiner works, not where they died.
EXAMINATION_WORDS = frozenset({"autopsy", "autopsies", "necropsy", "postmortem", "post-mortem"})


def _examined_there(ent: Span) -> bool:
    """Whether a place is where the dead are examined: "autopsies, which will be performed in
    Lubbock", "An autopsy will be conducted on Friday morning in Kalamazoo", "ordered an autopsy
    from the Southwestern Institute of Forensic Sciences in Dallas": a regional office's town,
    not the incident's."""
    for word in ent.root.ancestors:
        if word.lower_ in EXAMINATION_WORDS:
            return True
        if word.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in EXAMINATION_WORDS for c in word.children):
            return True
    return False


#: "It happened at a home in Ridgeville": verbs that place the incident in a sentence that need
#: not name it with a word of violence.
HAPPEN_LEMMAS = {"happen", "occur"}
#: Verbs that send the police to the scene: "officers responded to a home in Sandston", "they
#: were called to the 10000 block of Fitzgerald Road in Jonesboro", "deputies were dispatched to".
SCENE_LEMMAS = SCENE_VERBS | {"call"}  # "called to" a place; "called" dates no incident ("called it a tragedy")


def _happened_there(ent: Span) -> bool:
    """Whether a sentence says the incident happened in the place: "The shooting occurred on a
    street in Ridgeville", "it happened at the family's home in Rock Falls", or sends the police
    there: "police were called to a home in Jonesboro"."""
    return any(
        a.pos_ in ("VERB", "AUX")
        and (a.lemma_ in HAPPEN_LEMMAS or a.lemma_ in SCENE_LEMMAS and any(c.dep_ == "prep" and c.lower_ == "to" for c in a.children))
        for a in ent.root.ancestors
    )


#: Verbs of a home, whose address is no scene: "who was last known to live at 41 11th Street in Shalimar".
LIVING_LEMMAS = frozenset({"live", "reside"})
#: Words of streets that also name what is no street: "arraigned in 34th District Court in Romulus".
PUBLIC_PLACE_WORDS = frozenset({"court", "ct", "place", "pl", "way", "circle"})


def _at_address(ent: Span) -> bool:
    """Whether a town closes an address: "in the 1800 block of Beyers Landing Drive in Buford",
    "in the area of 300 South 500 West in Lebanon" (a grid address: a number and a compass
    word), "near 363rd and Durango avenues in Tonopah" (a crossing of streets). A report gives
    the block or the street of the scene, where the police went, unless it is someone's home
    ("who lives on Oak Street in Shalimar")."""
    prep = ent.root.head
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.head is prep:
        return False
    place = prep.head
    word = place.lower_.rstrip(".") if place.tag_ != "NNS" else place.lemma_.lower()  # "at 363rd and Durango avenues"
    address = place.lemma_ == "block" or word in STREET_WORDS - PUBLIC_PLACE_WORDS or (word in COMPASS_WORDS and any(c.like_num for c in place.children))
    return address and not any(a.lemma_ in LIVING_LEMMAS for a in place.ancestors)


def _home_county(ent: Span) -> bool:
    """Whether a county is named as where someone is from, and no more: "The family is from White
    County" of a shooting in Crossville (Tennessee's, of Cumberland County) says where they live,
    not which Crossville the report means (Illinois', of White County). Not "a girl from White
    County was shot inside her home", nor "a news release from Racine County Sheriff's Office"."""
    root = ent.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_ == "be" and prep.dep_ == "prep" and ent[-1].text in COUNTY_TITLES


def _aged(ent: Span) -> bool:
    """"her children, Tristan, 8, and Michaela, 12": a name followed by an age is a person's,
    wherever else the report names it."""
    return ent.end in _ages(ent.doc)


def _ages(doc: Doc) -> frozenset[int]:
    """Where an age between commas follows a word: the first comma's index, found once a report
    (`nlp.kept`)."""

    def read() -> frozenset[int]:
        commas = positions(doc, LOWER, ",")
        numbers, at = column(doc, LIKE_NUM), set(commas)
        return frozenset(i for i in commas if i + 2 in at and numbers[i + 1])

    return kept(doc, "ages", read)


#: How much of its weight a claim keeps when the report calls the name a part of a city.
DISTRICT_SHARE = 0.2


def _divisions(name: str) -> list[gazetteer.Division]:
    """The divisions a name denotes, none for a word of direction: "the South Side" and "the West
    Side" of an American city are not the South and West Regions of Cameroon."""
    return list(_named_divisions(name))


@functools.lru_cache(maxsize=8192)
def _named_divisions(name: str) -> tuple[gazetteer.Division, ...]:
    """`_divisions` of a name, kept: each name of a report is asked about in several passes."""
    return () if generic(name) else tuple(gazetteer.divisions(name))


def _people_words(doc: Doc, aged: list[Span]) -> set[str]:
    """The first and last names of the people a report names in full: "Teriah Davis" and then
    "Teriah's brother", "Jacara Sproaps, 38" and then "Sproaps' son", where the recogniser takes
    the short name for a place. Names of two to four capitalised words, read by the recogniser as
    a person's, or followed by an age whatever it read them as (``aged``, `_aged`)."""
    words: set[str] = set()
    for ent in [e for e in entities(doc) if e.label_ == "PERSON" or _names_a_person(e)] + aged:
        name = [t for t in ent if t.tag_ != "POS" and t.text not in ("'", "’")]
        if 2 <= len(name) <= 4 and all(t.is_title and t.is_alpha for t in name):
            words.update(gazetteer.fold(t.text) for t in (name[0], name[-1]))
    return words


def _states_named(ents: list[Span], dateline: tuple[str, str | None, int, int] | None) -> frozenset[str]:
    """The American states a report names as places or in its dateline, before its towns are
    read, where a hamlet's name is a town's (`townnames.modifier_towns`: "Victim identified in
    Iaeger murder investigation" over a report of "McDowell County, West Virginia")."""
    names = [span_text(e) for e in ents if e.label_ in ("GPE", "LOC") and not _names_street(e)]
    if dateline and dateline[1]:
        names.append(dateline[1])
    return frozenset(d.code for name in names for d in _divisions(name) if d.country == "USA")


def _unsure_hamlet(ent: Span, city: City) -> bool:
    """Whether a name read as a hamlet the gazetteer knows only from the Postal Service
    (`gazetteer.hamlets`) is read so without the words that place a thing in a town: a hamlet's
    name is as often a person's, a street's or a part of another name's ("fired at Pitts", "a
    shooting on Utica", "in Bailey's Grove"); "in Yoder" is the town, and so is "just south of
    Lizemores" (`_placed_beside`)."""
    if city not in gazetteer.hamlets(city.name, [city.admin1_code]):
        return False
    doc = ent.doc
    possessive = ent.end < len(doc) and doc[ent.end].tag_ == "POS"
    return possessive or ent.start == 0 or not (doc[ent.start - 1].lower_ == "in" or _placed_beside(ent))


def _placed_beside(ent: Span) -> bool:
    """Whether a name follows words that put a thing beside a place: "near Lizemores", "outside
    of Foxhome", "just south of Lizemores", "in rural Foxhome"."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]]
    return bool(before) and (
        before[-1] in NEAR_WORDS or before[-1] == "of" and len(before) == 2 and (before[0] in COMPASS_WORDS or before[0] in NEAR_WORDS)
        or before[-1] in RURAL_WORDS and len(before) == 2 and before[0] == "in"
    )


def _names_a_person(ent: Span) -> bool:
    """Whether a name is set beside a word for a person as that person's, whatever the recogniser
    read it as: "another man, Bradley Stover," (read as a facility), so that "Stover was shot"
    is no town of Missouri."""
    root = ent.root
    return root.dep_ == "appos" and root.head.pos_ == "NOUN" and is_person(root.head)


def _lies_in(city: City, region: str) -> bool:
    """Whether a town lies in the state or country a dateline or the text names beside it: one
    name may be both ("Tbilisi, Georgia", "Atlanta, Georgia")."""
    divisions = gazetteer.divisions(region)
    if city.admin1_code in {d.code for d in divisions}:
        return True
    country = gazetteer.country(region)
    return city.country == country if country is not None else not divisions


#: The share of its division's people a city called by the division's name holds that makes the
#: name the city's: New York City holds over a quarter of New York State; Oklahoma City a sixth of
#: Oklahoma.
DIVISION_SHARE = 0.25


def _holds_its_division(city: City | None, divisions: list[gazetteer.Division]) -> bool:
    """Whether a city the gazetteer knows by a division's name lies in that division and holds
    `DIVISION_SHARE` of its people: "in New York" is the city, "in Oklahoma" the state."""
    return city is not None and any(
        d.code == city.admin1_code and city.population >= DIVISION_SHARE * gazetteer.division_people(d.code) for d in divisions
    )


def _town_of(name: str, region: str) -> City | None:
    """The town of a name in the state or country written after it ("Victoria, Virginia"), or None."""
    divisions = gazetteer.divisions(region)
    country = gazetteer.country(region)
    city = city_for(name, {d.code for d in divisions}, {country} if country else {d.country for d in divisions})
    return named_so(city, name) if city is not None and _lies_in(city, region) else None


def _town_and_state(name: str) -> tuple[str, City] | None:
    """A town and its state run together as one name, with no comma between ("in Chicago
    Illinois", "Kansas City Missouri"): the town's name and the town, where the last words name a
    state (not a country) that a town of the other words lies in; else None. Not a part of a state
    told by its direction ("West Texas", "Central Illinois"), whatever town is called West."""
    words = name.split()
    for k in (2, 1):
        named, region = " ".join(words[:-k]), " ".join(words[-k:])
        if len(words) <= k or generic(named):  # "West Texas" is a region, not West
            continue
        if gazetteer.divisions(region) and gazetteer.country(region) is None:
            town = _town_of(named, region)
            if town is not None:
                return named, town
    return None


def _a_towns_name(division: gazetteer.Division, name: str) -> bool:
    """Whether a name reaches a division only as another of its names and is a big town's very
    name: "Algiers" is the city (the province is Alger), and a report of "Tullis Drive in
    Algiers" names no Algerian province for its other towns to be read in. "New York" is both the
    state's name and the city's, and names the state too; "MO" is Missouri, whatever village of
    Norway is called Mo. A division of fewer people than a big town of its very name elsewhere is
    the town's name too: "Salinas" is California's city of 157,000, not a municipality of Puerto
    Rico of 22,000."""
    key = gazetteer.fold(name)
    towns = [c for c in gazetteer.cities(name) if gazetteer.fold(c.name) == key and c.population >= BIG_TOWN]
    if gazetteer.fold(division.name) != key:
        return bool(towns)
    return any(c.admin1_code != division.code and c.population > gazetteer.division_people(division.code) for c in towns)


def _dotless_city(name: str, divisions: list[gazetteer.Division], near: set[str], countries: set[str]) -> City | None:
    """The city that letters without their dots stand for, where the division they also name is
    the city's own: "DC police" are Washington's, as "D.C. police" are; but "LA" is Louisiana,
    whatever "L.A." stands for."""
    dots = dotted(name)
    if dots is None:
        return None
    codes = {d.code for d in divisions}  # the division the letters name places them
    city = city_for(dots, near | codes, countries | {d.country for d in divisions})
    return city if city is not None and city.admin1_code in codes else None


def _division_after(ent: Span) -> str | None:
    """The name of the state a town is named with ("Florida" of "Clewiston, Florida", "Pa." of
    "Macungie, Pa."), or None."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    nxt = doc[ent.end + 1 : ent.end + 4]
    return next((span_text(nxt[:k]) for k in range(1, len(nxt) + 1) if gazetteer.divisions(span_text(nxt[:k]))), None)


#: Most words of a town's name closing a building's: "the Citizens Bank Building in North Little Rock".
ENCLOSED_WORDS = 3


def _enclosed_towns(ents: list[Span], excluded: set[int]) -> list[Span]:
    """Towns the recogniser ran into the name of a building or a body before the town's state:
    "the Citizens Bank Building in Norwalk, Ohio", "the City Hall of Providence, Rhode Island",
    "the University of Tampa in Florida"; or that open it: "the Cleveland Museum of Art in Ohio".
    Only a town the gazetteer knows by that name, in the state written after it; not a
    hospital's, where the wounded were taken."""
    found = []
    for ent in ents:
        if ent.label_ not in ("ORG", "FAC") or len(ent) < 2 or ent.root.i in excluded or any(t.lower_ in CARE_WORDS for t in ent):
            continue
        campus = _campus_town(ent)
        if campus is not None:
            found.append(campus)
            continue
        region = _division_after(ent) or _division_in_after(ent)
        if region is None:
            continue
        at = max((t.i for t in ent[:-1] if t.lower_ in ("in", "of")), default=None)
        spans = [Span(ent.doc, at + 1, ent.end, label="GPE")] if at is not None and 0 < ent.end - at - 1 <= ENCLOSED_WORDS else []
        first = first_word(ent)
        spans += [Span(ent.doc, first, first + size, label="GPE") for size in range(1, ENCLOSED_WORDS + 1) if first + size < ent.end]
        town = next((t for t in spans if all(w.is_title for w in t) and _town_of(span_text(t), region) is not None), None)
        if town is not None:
            found.append(town)
    return found


#: Words between a state university's state and its campus's town: "the University of
#: California, Riverside", "the University of Wisconsin-Madison", "the University of Illinois at
#: Urbana-Champaign".
CAMPUS_MARKS = frozenset({",", "-", "–", "at"})


def _campus_town(ent: Span) -> Span | None:
    """The town of a state university's campus, named after its state: Riverside of "the University
    of California, Riverside", Champaign of "the University of Illinois, Champaign-Urbana" (the
    first of two towns joined). Only a town the gazetteer knows in that state."""
    words = list(ent)
    for i, word in enumerate(words[:-2]):
        if word.lower_ != "of" or i == 0 or words[i - 1].lower_ != "university":
            continue
        for size in (2, 1):  # "North Carolina", "Illinois"
            after = i + 1 + size
            state = span_text(ent[i + 1 : after]) if after < len(words) else None
            if state is None or not gazetteer.divisions(state) or gazetteer.country(state) is not None:
                continue
            start = after
            while start < len(words) and words[start].lower_ in CAMPUS_MARKS:
                start += 1
            if start == after:
                continue  # "the University of Illinois Police Station": no campus told
            for end in range(min(len(words), start + ENCLOSED_WORDS), start, -1):
                town = ent[start:end]
                if all(w.is_title for w in town) and _town_of(span_text(town), state) is not None:
                    return Span(ent.doc, ent.start + start, ent.start + end, label="GPE")
    return None


def _division_in_after(ent: Span) -> str | None:
    """The state a name is placed in right after it: "Florida" of "the University of Tampa in Florida"."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in":
        return None
    nxt = doc[ent.end + 1 : ent.end + 4]
    return next((span_text(nxt[:k]) for k in range(len(nxt), 0, -1) if gazetteer.divisions(span_text(nxt[:k])) and gazetteer.country(span_text(nxt[:k])) is None), None)


#: "the Hillview Village apartment complex": a name before these words is a building's.
BUILDING_WORDS = VENUE_WORDS | {"apartment", "condominium", "condo", "townhome", "townhouse"}


def _names_street(ent: Span) -> bool:
    """Whether a name is a street's: it ends in a word of streets ("Green Hill Road"), or the
    recogniser left that word out ("West Chestnut" of "West Chestnut Street")."""
    last = ent[-1].lower_.rstrip(".")
    after = ent.doc[ent.end].lower_.rstrip(".") if ent.end < len(ent.doc) else ""
    return len(ent) > 1 and last in STREET_WORDS or after in STREET_WORDS and ent.doc[ent.end].is_title


def _on_a_street(ent: Span) -> bool:
    """Whether a name is a street's, whatever town the gazetteer also calls so: the block of a
    street ("the 3700 block of Cambridge"), an address on it ("the Addison address"), or the
    street's last word where the recogniser took the rest for another name ("South Maryland
    Parkway" read as "South Maryland" and "Parkway")."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lemma_ == "block":
        return True
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent.end < len(doc) and doc[ent.end].lemma_ == "address":
        return True  # "lives at the Addison address": Addison Street's, told before; "a rural Williston address" is the town's
    root = ent.root
    return len(ent) == 1 and root.lower_.rstrip(".") in STREET_WORDS and any(c.dep_ == "compound" and c.i == ent.start - 1 and c.is_title for c in root.children)


def _names_building(ent: Span) -> bool:
    """Whether a name qualifies a building's noun in its own phrase: "the Hillview Village
    apartment complex", "the Oak Terrace Apartments complex". A town the gazetteer knows that
    does so still names the town ("a Pomona restaurant"), so this is asked only of the others."""
    return _qualifies(ent, BUILDING_WORDS)


def _names_a_complex(ent: Span) -> bool:
    """Whether a name, even a town's, is that of a complex of homes: "the Maple Ridge apartments",
    "the Oak Park apartment complex". "The" makes the complex one of a kind, where "a Pomona
    restaurant" and "his Chicago apartment" are of the town."""
    if not _names_building(ent):
        return False
    noun = ent.root.head
    if noun.tag_ != "NNS" and noun.head.lower_ != "complex":
        return False  # "apartments", "townhomes"; "apartment complex"
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


#: The last words of a school's or a church's name, often a person's: "Dunbar Elementary School".
INSTITUTION_NAME_WORDS = {"school", "elementary", "academy", "church", "college", "university", "hospital"}
#: The words before a short name that put someone in an institution, not in a town: "at
#: Dunbar", "transferred to Mount Sinai".
INSTITUTION_PREPS = frozenset({"at", "to"})


def _institutions_first_words(ents: list[Span]) -> tuple[set[str], set[str]]:
    """The first words of the schools, churches and hospitals a report names ("Dunbar" of
    "Dunbar Elementary School"), and their names without the last word ("Mount Sinai" of "Mount
    Sinai Hospital"), by which it may call them again."""
    named = [e for e in ents if e.label_ in ("FAC", "ORG") and len(e) > 1 and e[-1].lower_ in INSTITUTION_NAME_WORDS and e[0].is_title]
    return {gazetteer.fold(e[0].text) for e in named}, {gazetteer.fold(e[:-1].text) for e in named}


def _short_for_institution(ent: Span, institutions: tuple[set[str], set[str]]) -> bool:
    """Whether a short name is a school, a church or a hospital the report named in full, where
    one is "at" it or taken "to" it: "named principal at Dunbar" after "Dunbar Elementary
    School" is no town called Dunbar, nor "transferred to Mount Sinai" after "Mount Sinai
    Hospital" Mount Sinai, New York; "a Pensacola teen" beside "Pensacola High School" is of the
    town, and so is "flown to Houston" beside "Houston Methodist Hospital": a first word alone
    stands for its institution only "at" it."""
    root = ent.root
    if root.dep_ != "pobj":
        return False
    first_words, names = institutions
    name, prep = gazetteer.fold(ent.text), root.head.lower_
    return (prep == "at" and len(ent) == 1 and name in first_words) or (prep in INSTITUTION_PREPS and name in names)


#: The weight of the town a venue is named after: a hint where the report names no town.
VENUE_TOWN_WEIGHT = 0.3


def _venues_town(ent: Span, divisions: set[str]) -> list[PlaceClaim]:
    """"The Wasilla Bible Church": a venue named after its town, in a report that names the
    town's state. Weak: a school named after a president ("Lincoln Elementary School") is
    named after no town, and outside the report's state no town reading is kept."""
    words = [t for t in ent if t.lower_ != "the"]
    for size in range(min(3, len(words) - 1), 0, -1):
        head = words[:size]
        if not all(t.is_title for t in head) or any(t.ent_type_ == "PERSON" for t in head):
            continue
        name = ent.doc[head[0].i : head[-1].i + 1]
        city = next((c for c in gazetteer.cities(span_text(name)) if c.admin1_code in divisions and named_so(c, span_text(name))), None)
        if city is not None:
            return [PlaceClaim("city", city.name, name.start_char, name.end_char, VENUE_TOWN_WEIGHT, city)]
    return []


def _town_as_facility(ent: Span, text: str, relation: str, divisions: set[str], countries: set[str]) -> bool:
    """"shot in Compton", "a Grandview woman": the recogniser calls a town a facility at times.
    Read as the town where the gazetteer knows one of that very name and the sentence puts
    something in it or names a noun after it; a facility's own name ("Cranford Road", "Union
    Station") is no town's."""
    if ent.label_ != "FAC" or _names_building(ent) or ent[0].lower_ in FORCE_KINDS:
        return False  # "Metro police" are a kind of force, not Metro, Indonesia
    if relation != "in" and not (ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN"):
        return False
    return named_so(city_for(text, divisions, countries), text) is not None


def _far_district(city: City, standing: set[str], called_a_town: bool) -> bool:
    """Whether the only town of a name lies in another American state than the one a report
    stands in by its dateline or its site (``standing``), naming no state: "Saturday's fatal
    shooting in Ensley" on the page of a Birmingham station is in Birmingham's Ensley, not in
    Ensley, Florida. Not a big town ("a shooting in Atlanta" is in Atlanta wherever the station
    stands), nor one the report calls a town or whose force it names (``called_a_town``)."""
    return bool(standing) and _small_town_unvouched(city, called_a_town) and city.admin1_code not in standing


def _small_town_unvouched(city: City, called_a_town: bool) -> bool:
    """Whether a reading is a small American town the report does not vouch for as a town (calls
    it none, names no force of it): one that a station's district of the same name may be."""
    return not called_a_town and city.country == "USA" and city.population < BIG_TOWN


#: How far from the big town a site's address is named after its reports' towns may lie: a
#: station of Washington reports Capitol Heights, Maryland, and one of Indianapolis reports Gary.
STATION_REACH_KM = 400


def _beyond_reach(city: City, homes: list[City], called_a_town: bool) -> bool:
    """Whether a name's reading lies far beyond the reach of the site a report stands on, by the
    big town its address is named after (``homes``), in a report naming no state: "a gunbattle
    near Westport" on a Kansas City paper's page is Kansas City's Westport, not the town of
    Connecticut. Not a big town, nor one the report calls a town or whose force it names."""
    return bool(homes) and _small_town_unvouched(city, called_a_town) and all(gazetteer.distance_km(city, home) > STATION_REACH_KM for home in homes)


def _standing(dateline: list[PlaceClaim], site: list[PlaceClaim], ents: list[Span]) -> set[str]:
    """The American states a report that names none may stand in (`_far_district`): by its
    dateline's town, or its site's town where its text names that town too (a station's page may
    carry a story of another state); those of every town of the name ("STERLING –" may be of
    Illinois or of Virginia)."""
    in_text = {gazetteer.fold(bare(span_text(e))) for e in ents}
    towns = dateline + [s for s in site if gazetteer.fold(s.value) in in_text]
    return {
        town.admin1_code
        for c in towns if c.city is not None and c.city.country == "USA"
        for town in gazetteer.cities(c.value) if town.country == "USA" and gazetteer.fold(town.name) == gazetteer.fold(c.value)
    }  # fmt: skip


def _written_short(name: str, claims: list[PlaceClaim]) -> City | None:
    """The town read before whose name ends with the words of a name, as a report writes it
    short: "Lauderdale" under "FT LAUDERDALE --" is Fort Lauderdale, not Lauderdale-by-the-Sea.
    Not words of kind alone ("Beach" of "Palm Beach"), nor a name less a word of direction or
    kind, which names another place ("Flatbush" beside "East Flatbush", "York" and "New York")."""
    if generic(name):
        return None
    words = gazetteer.fold(name).split()
    for claim in claims:
        full = gazetteer.fold(claim.city.name).split() if claim.attribute == "city" and claim.city is not None else []
        if 0 < len(words) < len(full) and full[-len(words) :] == words and not generic(" ".join(full[: -len(words)])):
            return claim.city
    return None


def _settlement(ent: Span) -> bool:
    head = ent.root
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in SETTLEMENT_WORDS


def _divisions_not_countries(
    both: dict[str, str], divisions_named: set[str], countries_named: set[str], firm_countries: set[str], county_country: set[str]
) -> set[str]:
    """Of the names of both a country and divisions of other countries (``both``, folded name to
    country), those the report means as the division: "in Georgia" in a report that names
    another American state, or comes from one, or names a county only American states have
    ("the Glynn County Sheriff's Office", ``county_country``) or a sheriff, is the state, not the Caucasian
    country. Any other is the country. ``divisions_named``, ``countries_named`` and
    ``firm_countries`` are completed with each reading."""
    home = {d.country for d in map(gazetteer.division, divisions_named) if d is not None} | county_country
    read: set[str] = set()
    for name, iso3 in both.items():
        named = [d for d in gazetteer.divisions(name) if d.country != iso3]
        if iso3 not in countries_named and any(d.country in home for d in named):
            read.add(name)
            divisions_named.update(d.code for d in named if d.country in home)
        else:
            countries_named.add(iso3)
            firm_countries.add(iso3)
            divisions_named.update(d.code for d in named)
    return read


def _reads_as_division(
    divisions: list[gazetteer.Division], city: City | None, relation: str, firm_countries: set[str], home: set[str]
) -> bool:
    """Whether a name that is both a division and a town names the division. A big town wins
    unless the report names the division's country: "a Toledo man" is from Ohio, not Spain. A
    town known by the name only as another of its names is none: "in Oklahoma" is the state,
    not Oklahoma City (`city` is None then); and a division many times the town's size wins:
    "a Virginia girl" is from the state, not from Virginia, Free State. But a town of the
    country the report names outright or by its counties and sheriffs (``home``) wins over a
    division abroad ("Piedmont" is no Piemonte in a report of a South Carolina county), and over
    a division of its own country that does not dwarf it ("San Juan, Puerto Rico")."""
    if city is None:
        return True
    if city.country in home and not any(d.country in home | firm_countries for d in divisions):
        return False  # "near Highway 86 in Piedmont" in a report of South Carolina's deputies is no Piemonte
    own = [d for d in divisions if d.country == city.country]
    if city.country in home | firm_countries and own and not any(gazetteer.dwarfs(d.code, city) for d in own):
        return False  # "San Juan, Puerto Rico": the town, not its municipality nor a province of Argentina
    if city.population >= 500_000:
        return relation == "near"  # "near Moscow" is the region around the city
    # "A Virginia girl": a state many times the town's size is the state, not Virginia, Free State
    return city.population < BIG_TOWN or any(d.country in firm_countries or gazetteer.dwarfs(d.code, city) for d in divisions)


#: The weight of a town the site's name after the headline names ("- WMC Action News 5 - Memphis,
#: Tennessee"): the station's home, where most of its reports happen but not all, so it decides
#: only where the report names no town, and holds only the districts the gazetteer does not know
#: ("shot in Frayser", `bestplace.best_place`): a town it knows is one of the station's neighbours ("shot in
#: Chelsea" on a Boston station's page), not a part of its home (`bestplace._host_of`).
SITE_WEIGHT = 0.1


def site_tokens(doc: Doc) -> set[int]:
    """The tokens of the site's name after the headline: every report of the site names it, so
    no extractor reads it as the report's words (`_site_towns` reads its town)."""
    span = site_suffix(doc_text(doc))
    if span is None:
        return set()
    starts = column(doc, IDX)  # the words that start inside it, found without a Token of each word
    return set(range(int(numpy.searchsorted(starts, span[0])), int(numpy.searchsorted(starts, span[1]))))


def _site_towns(doc: Doc, divisions: set[str], countries: set[str]) -> list[PlaceClaim]:
    """Weak claims for the towns the site's name after the headline names: "Memphis, Tennessee",
    "FOX 8 WVUE New Orleans News", "Tyler, Longview, Jacksonville". The recogniser seldom finds
    them among call letters and a station's words, so each run of capitalised words is looked up,
    its longest part that is a town's very name."""
    span = site_suffix(doc_text(doc))
    if span is None:
        return []
    text = doc_text(doc)
    # "Birmingham, AL" is the town of Alabama, not of England; so is "Columbus, GA News Weather"
    pieces = [piece.strip() for piece in re.split(r"[,|/\-–]", text[span[0] : span[1]])]
    named = {d.code for piece in pieces if piece for name in {piece, piece.split()[0]} for d in gazetteer.divisions(name)}
    divisions = divisions | named
    countries = countries | {d.country for d in map(gazetteer.division, named) if d is not None}
    claims = []
    for run in _CAPITALISED.finditer(text, span[0], span[1]):
        words = list(re.finditer(r"\S+", run.group(0)))
        for a, b in _parts_longest_first(len(words)):
            start, end = run.start() + words[a].start(), run.start() + words[b - 1].end()
            name = text[start:end]
            city = named_so(city_for(name, divisions, countries), name)
            # a state's name is no town ("Georgia News"); a far country's division of the name
            # ("Savannah", a region of Ghana) does not keep a station's town from being one
            if city is not None and not any(d.country == city.country for d in gazetteer.divisions(name)) and not gazetteer.country(name):
                claims.append(PlaceClaim("city", city.name, start, end, SITE_WEIGHT, city, site=True))
                break
    return claims


def _parts_longest_first(count: int) -> Iterator[tuple[int, int]]:
    """The parts of a run of ``count`` words, as (first, past last) word positions: the longest
    first, of one length the leftmost first ("New Orleans News", "New Orleans", "Orleans News",
    "New", ...)."""
    return ((a, a + size) for size in range(count, 0, -1) for a in range(count - size + 1))


#: A run of capitalised words: "Action News", "New Orleans News", "Memphis".
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+)*")


def _dateline_host(
    doc: Doc, dateline: tuple[str, str | None, int, int], city: City | None, divisions: set[str], countries: set[str]
) -> PlaceClaim | None:
    """The town a dateline names after a part of it, in a state's place: "BED-STUY, Brooklyn —"
    and "EAST NEW YORK, Brooklyn —" are of Brooklyn. Only a bigger town of the part's state
    nearby, where the gazetteer knows the part; a state's or a county's name is no town."""
    _, region, _, end = dateline
    if not region or gazetteer.divisions(region) or gazetteer.country(region) or is_county(region):
        return None
    host = named_so(city_for(region, divisions, countries), region)
    if host is None or (city is not None and not (
        city.admin1_code == host.admin1_code and city.population < host.population and gazetteer.distance_km(city, host) < gazetteer.METRO_KM
    )):  # fmt: skip
        return None
    start = doc_text(doc).find(region, end)
    return PlaceClaim("city", host.name, start, start + len(region), 3.0, host, with_division=True)


def _unpossessed(ent: Span) -> Span:
    """A place's name without the possessive the recogniser took into it: "Allegheny County's 20
    most wanted fugitives" names Allegheny County, whose "'s" says how, not which."""
    if len(ent) > 1 and ent[-1].tag_ == "POS" and ent.label_ in ("GPE", "LOC"):
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def places(doc: Doc, incident_sentences: set[int], excluded: set[int], anchors: set[int], url: str | None = None) -> list[PlaceClaim]:
    """Place claims of a report, weighted by how firmly each puts the incident there; ``url``:
    the report's address, whose town is a weak claim (`urltowns`)."""
    ents = [with_county(_unpossessed(e)) for e in joined_towns(doc, entities(doc)) if e.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON") and e.root.i not in excluded]
    ents = [e for e in ents if (e.label_ != "PERSON" or _settlement(e))]
    ents = ents + aged_towns(doc, ents, excluded)
    dateline = read_dateline(doc)
    states = _states_named(ents, dateline)
    ents = ents + modifier_towns(doc, ents, excluded, states)
    ents = ents + stated_towns(doc, ents, excluded)
    ents = ents + headline_towns(doc, ents, excluded, states)
    ents = ents + unrecognised_counties(doc, ents, excluded)
    ents = ents + _enclosed_towns(ents, excluded)
    # a county of one state's alone names its state for its hamlets: "in rural Foxhome" of "the Wilkin County Sheriff"
    counties_states = {code for county in counties_named(bare(span_text(e)) for e in ents).values() if (code := gazetteer.county_division(county)) is not None}
    ents = sorted((e for e in ents + unrecognised_objects(doc, ents, excluded, states | counties_states) if not cross_street(e)), key=lambda e: e.start)
    divisions_named: set[str] = set()
    countries_named: set[str] = set()
    firm_countries: set[str] = set()  # named by a word that means nothing else
    both: dict[str, str] = {}  # names of a country and of divisions elsewhere: "Georgia"
    for ent in ents:
        if _names_street(ent):
            continue  # "Indiana Avenue" in a report from Georgia places it in no state
        whole = span_text(ent)
        named = _divisions(whole)
        iso3 = gazetteer.country(whole)
        if iso3 and any(d.country != iso3 for d in named):
            both[gazetteer.fold(whole)] = iso3
            continue
        for division in named:
            if not _a_towns_name(division, whole):
                divisions_named.add(division.code)
        if iso3:
            countries_named.add(iso3)
            firm_countries.add(iso3)
        elif named and not gazetteer.cities(whole):
            firm_countries.update(d.country for d in named)
    if dateline and dateline[1]:
        for division in gazetteer.divisions(dateline[1]):
            divisions_named.add(division.code)
            firm_countries.add(division.country)
    counties = counties_named(bare(span_text(e)) for e in ents if not _home_county(e))
    # a sheriff keeps the peace of an American county: "Sheriff: ... 10 people shot at Georgia bar"
    sheriffs = {"USA"} if positions(doc, LEMMA, SHERIFF_WORDS, cased=True) else set()
    # and a site of a station's call letters (`stations`: "wvtm13.com") is an American station's
    station = {"USA"} if side_of_site(site_of(url)) is not None else set()
    american = gazetteer.counties_country(counties.values()) | sheriffs | station
    as_division = _divisions_not_countries(both, divisions_named, countries_named, firm_countries, american)
    context_countries = countries_named | {gazetteer.division(code).country for code in divisions_named if gazetteer.division(code)}  # type: ignore[union-attr]

    # "AUSTIN —" over a report of "the Austin neighborhood" names a district of the city whose
    # police speak, not the capital of Texas: a name the report calls a district is one throughout.
    # The recogniser often takes the name before "neighborhood" for a person's.
    before_district = set(positions(doc, LEMMA, _NAMED_DISTRICT_WORDS))
    districts = {gazetteer.fold(bare(span_text(e))) for e in entities(doc) if e.end in before_district}
    aged_ents = [e for e in ents if _aged(e)]
    aged = {gazetteer.fold(bare(span_text(e))) for e in aged_ents}
    people = _people_words(doc, aged_ents)
    institutions = _institutions_first_words(ents)
    claims: list[PlaceClaim] = []
    if dateline:
        name, region, start, end = dateline
        city = city_for(name, divisions_named, countries_named)
        part = city_named_in(name) if city is None else None
        if part is not None:  # "DOWNTOWN JACKSON —"
            city = named_so(city_for(part, divisions_named, countries_named), part)
            if city is not None:
                start, end = start + name.index(part), start + name.index(part) + len(part)
                name = part
        if city is not None and region and not _lies_in(city, region):
            city = None  # "KIDRON, Ohio" is no town of Israel once called so: the name is the place
        weight = 3.0 * (DISTRICT_SHARE if gazetteer.fold(name) in districts else 1.0)
        host = _dateline_host(doc, dateline, city, divisions_named, countries_named)
        if host is not None:
            claims.append(host)
            weight *= DISTRICT_SHARE
        claims.append(PlaceClaim("city", city.name if city else name, start, end, weight, city, with_division=bool(region), dateline=True))

    site = _site_towns(doc, divisions_named, countries_named | station)
    # the countries the report stands in: those it names, and its dateline's and its site's town's.
    # A town abroad it names only in passing is an unrelated sidebar's ("Five Must-See
    # Destinations In Paris" on the page of a shooting in Philadelphia) or a common word that is
    # also a town's name ("Law enforcement" is no Scottish town).
    home = context_countries | {c.city.country for c in claims + site if c.city is not None}
    # and the states of its dateline's and site's towns, where a name of many towns is read first:
    # "PHILADELPHIA (CBS) — A boy was shot in Chester" is in Chester, Pennsylvania, not England
    near = divisions_named | {c.city.admin1_code for c in claims + site if c.city is not None}
    standing = set() if divisions_named else _standing(claims, site, ents)
    # the big city a report's site is named after ("kansascity.com", "fox13memphis.com"); a
    # small town's name in an address is as often a word's ("enterprisenews.com", of Brockton)
    homes = [] if divisions_named else [c for c in host_towns(url, divisions_named, countries_named) if c.country == "USA" and c.population >= BIG_TOWN]
    home_state = gazetteer.division(homes[0].admin1_code) if len({h.admin1_code for h in homes}) == 1 else None
    claims.extend(unrecognised_agencies(doc, divisions_named, countries_named, near))
    # read once, for the divisions of the local forces and for the claims
    forces = {(e.start, e.end): force_claims(e, divisions_named, countries_named, near) for e in ents if e.label_ == "ORG"}
    # a state's force ("Hawaii Police") stands in its country, as a sheriff does in America's
    american |= {d.country for found in forces.values() for d in force_states(found)}
    local = local_divisions(claims, ents, forces, divisions_named, countries_named)
    if local:
        # "Gwinnett County police ... the DeKalb Police Swat team": a county of one state named
        # beside another town's force keeps its state's towns at home
        local |= {code for county in counties.values() if (code := gazetteer.county_division(county)) is not None}
    sentence_of = sentence_numbers(doc)
    for ent in ents:
        sent_index = sentence_of.get(ent.sent.start, -1)
        relation = relation_of(ent)
        scene = relation == "in" and _happened_there(ent)  # "The incident occurred ... in Newport News"
        in_incident = sent_index in incident_sentences or scene or (relation == "in" and _at_address(ent))
        text = bare(span_text(ent).strip())
        if ent.label_ in ("FAC", "ORG") and ent[-1].lower_ in VENUE_WORDS and in_incident and relation != "near":
            claims.append(PlaceClaim("venue", text, ent.start_char, ent.end_char, 2.0 if relation == "in" else 1.0))
            claims.extend(_venues_town(ent, divisions_named | local))
            continue
        if _maker(ent) or _on_a_street(ent) or _names_a_complex(ent) or _short_for_institution(ent, institutions):
            continue  # "a black Ford sedan" is no town of Ford, nor "a Dodge pickup" of Dodge City
        settlement = _settlement(ent)  # "the town of Elmo", whatever the recogniser called Elmo
        titled = SETTLEMENT_TITLE.match(text)
        if titled:  # "the Town of West Sweden", called so as a whole, is West Sweden
            text, settlement = text[titled.end() :], True
        # "Savannah-Chatham Metro Police", called a place as a whole, is a force like any other
        force = ent.label_ == "ORG" or (len(ent) > 1 and ent[-1].lower_ in AGENCY_WORDS)
        if force and not settlement:
            found = forces[ent.start, ent.end] if ent.label_ == "ORG" else force_claims(ent, divisions_named, countries_named, near)
            if found is not None:
                claims.extend(found)
                continue
        if ent.label_ not in ("GPE", "LOC", "ORG") and not settlement and not _town_as_facility(ent, text, relation, divisions_named, countries_named):
            continue
        iso3 = None if gazetteer.fold(text) in as_division else gazetteer.country(text)
        if iso3 and county_town(text, None, counties.values(), near):
            iso3 = None  # "in Lebanon" beside "Boone County deputies" is a town of the county
        if (relation == "in" and _arrested_there(ent)) or _cared_for_there(ent) or _lives_there(ent) or _examined_there(ent):
            relation = "elsewhere"
        weight = {"in": 2.0, "possessive": 1.2, "other": 0.6, "near": NEAR_WEIGHT, "elsewhere": 0.4}[relation]
        if relation == "in" and scene:
            weight += SCENE_WEIGHT
        if relation not in ("near", "elsewhere") and any(a.i in anchors for a in ent.root.ancestors):
            weight += 1.0  # "the attack ... in Krasnogorsk": the place of the incident word itself
            if any(c.dep_ == "appos" for c in ent.root.children):
                weight += 0.5  # "Krasnogorsk, Moscow Region": placed with care
        if not in_incident:
            weight *= 0.3
        if iso3:
            claims.append(PlaceClaim("country", iso3, ent.start_char, ent.end_char, max(weight, 0.5)))
            continue
        divisions = _divisions(text)
        city = _written_short(text, claims) or city_for(text, near, countries_named) or _dotless_city(text, divisions, near, countries_named)
        if city is None and counties:
            city = county_town(text, None, counties.values(), near)  # "Iaeger" beside "McDowell County deputies"
        start, end = (ent.end_char - len(text) if titled else ent.start_char), ent.end_char
        run = _town_and_state(text) if city is None and not divisions else None
        if run is not None:  # "in Chicago Illinois", read as one name: the town, written with its state
            text, city = run
            end = start + len(text)
        if city is None and not divisions:
            words = city_part(ent)
            part = span_text(words) if words else ""  # "southeast DC" is in Washington, as "southeast D.C." is
            # "South L.A.": letters with their dots stand for their city, as they do alone
            part_city = city_for(part, near, countries_named) if words else None
            city = (part_city if "." in part else named_so(part_city, part) or _dotless_city(part, _divisions(part), near, countries_named)) if words else None
            if words is not None and city is not None:
                text, start, end = span_text(words), words.start_char, words.end_char
        # "in Oklahoma" is the state, not Oklahoma City, also called so; but "D.C." and "NYC",
        # letters standing for a city, stand for the city
        reading = city if "." in text or text.isupper() or _holds_its_division(city, divisions) else named_so(city, text)
        region = _division_after(ent)
        written = region if divisions and region is not None and gazetteer.country(region) is None else None
        if written is not None and (town := _town_of(text, written)) is not None:
            city = reading = town  # "Cairo, Illinois": a town written with its state is no division of Egypt
        if divisions and (written is None or reading is None or not _lies_in(reading, written)) and _reads_as_division(divisions, reading, relation, firm_countries, american | firm_countries):
            division = divisions[0]
            if weight > 0:
                claims.append(PlaceClaim("admin1", division.name, ent.start_char, ent.end_char, weight))
            claims.append(PlaceClaim("country", division.country, ent.start_char, ent.end_char, max(weight, 0.3) * 0.5))
            continue
        if (ent.end < len(doc) and doc[ent.end].lemma_ in DISTRICT_WORDS) or gazetteer.fold(text) in districts:
            weight *= DISTRICT_SHARE  # "the South Chicago neighborhood": a part of a city, not the city
        names_agency = names_an_agency(ent)
        sheriff = names_agency and county_force(ent)
        if sheriff and city is not None and not is_county(text) and gazetteer.county_states(f"{text} County") and not gazetteer.in_county(city, f"{text} County"):
            # a sheriff keeps a county's peace: "Rockdale sheriff" is Rockdale County's (Georgia),
            # not Rockdale, Texas; a town in a county of its name keeps its sheriff ("San Diego
            # sheriff's detectives"). The county is named for sure, as "the town of Elmo" is.
            text, city = f"{text} County", None
            settlement = True
        agency = names_agency and not sheriff
        if agency or police_say(ent):
            weight = max(weight, LOCAL_AGENCY_WEIGHT)  # "Memphis police said": the local force
        if city is None and ent[-1].lower_ in INSTITUTION_WORDS:
            continue
        followed = region is not None or run is not None
        if city is not None and not followed and _far_district(city, standing, settlement or names_agency):
            city = None  # "a fatal shooting in Ensley" on a Birmingham station's page: a part of Birmingham, not Ensley, Florida
        relocated = False
        if city is not None and not followed and _beyond_reach(city, homes, settlement or names_agency):
            # "near Westport" on a Kansas City paper's page; but "Tonopah" on a Phoenix station's
            # is the hamlet of Arizona, which the gazetteer reads after the town of Nevada
            near_home = gazetteer.town_named(text, "USA", home_state.name) if home_state is not None else None
            city = near_home if near_home is not None and not _beyond_reach(near_home, homes, False) else None
            relocated = city is not None  # a town's name, read again: no person's nor word's
        if region is not None and city is not None and not _lies_in(city, region):
            # "Victoria, Virginia" in a report that names Texas is the Virginian town; "Caulfield,
            # Missouri" is no town of Victoria, Australia: the name is the place
            city = _town_of(text, region)
        if city is not None and not (followed or settlement or names_agency or relocated) and _unsure_hamlet(ent, city):
            city = None
        if city is None and not followed and not settlement:
            weight *= 0.3  # a neighbourhood, a street or a misread word, more often than a town
        elif city is not None and divisions_named and city.admin1_code not in divisions_named and city.country == "USA":
            weight *= 0.3  # "Austin" in a report about Illinois is a Chicago neighbourhood
        elif city is not None and home and city.country not in home:
            weight *= 0.3  # a word that is also a town abroad: "Stirling" in a report from Illinois
        elif city is not None and local and city.admin1_code not in local and not agency:
            weight *= 0.3  # "Whitehaven" in a report of the Memphis police is a part of Memphis
        if weight <= 0:
            if city is not None:  # "near Moscow" still says which country
                claims.append(PlaceClaim("country", city.country, ent.start_char, ent.end_char, 0.3))
            continue
        if not (agency or settlement or followed) and gazetteer.fold(text) in aged:
            continue  # "Tristan, 8," is no town, nor "Tristan's school"
        if relation != "in" and not (agency or settlement or followed) and gazetteer.fold(text) in people:
            continue  # "Samyah Copeland, 16" and then "killed Copeland", "Copeland's family"
        if city is None and _names_building(ent):
            continue  # "the Hillview Village apartment complex" is no town called Hillview Village
        if city is None and INNER_CAPITAL.search(text) and relation == "possessive":
            continue  # "Ta'Niyah's father": a given name with an inner capital, in a possessive
        if city is None and _names_street(ent):
            continue  # "the 1000 block of North Francisco Avenue" is no town
        if city is None and (not any(t.is_title for t in ent) or any(t.i in anchors for t in ent)):
            continue  # "Child Injured in Accidental Shooting": a Title Case headline's words are no town
        if generic(text) and not (settlement or followed):
            continue  # "the West Side" is a part of some city, not West, Texas
        # only a town read at its full weight: one in another state or abroad is none of the county's
        near_town = relation == "near" and in_incident and _beside(ent) and weight >= NEAR_WEIGHT
        rural = ent.start > 0 and doc[ent.start - 1].lower_ in RURAL_WORDS
        claims.append(PlaceClaim("city", city.name if city else text, start, end, weight, city, agency, followed, sheriff=sheriff, near=near_town, rural=rural))
    claims = [far_force(c, doc, sentence_of, incident_sentences) for c in claims]
    claims = _divisions_of_their_towns(claims)
    claims += site
    # quoting nothing: the address is no part of the report's text
    claims += [PlaceClaim("city", city.name, 0, 0, URL_WEIGHT, city, site=True) for _, city in url_towns(url, divisions_named, countries_named | station)]
    # "LEWIS, Ky. —" and "Putnam sheriff's deputies" in a report of Lewis County or Putnam County
    if counties:  # read again only where the report names a county
        claims = [_in_named_county(c, counties, near) for c in claims]
        claims = [replace(c, value=county, city=None) if c.attribute == "city" and (county := county_meant(c.value, c.city, counties)) else c for c in claims]
    claims = [_in_state_county(c, claims, divisions_named) for c in claims]
    if not divisions_named:
        claims = [_beside_their_towns(c, claims) for c in claims]
        county_states = {gazetteer.county_division(county) for county in counties.values()}
        state = gazetteer.division(county_states.pop() or "") if len(county_states) == 1 else None
        # unless the report names a town of that state, of which the far town may be a part
        # ("Homewood" beside "Pittsburgh's Action News 4" and "Allegheny County's": `bestplace`)
        if state is not None and not any(c.attribute == "city" and c.city is not None and c.city.admin1_code == state.code for c in claims):
            claims = [read for c in claims for read in _in_counties_state(c, state)]
    if american:
        written = doc_text(doc)
        claims = [_at_home(c, american, context_countries, near, written) for c in claims]
    return claims + force_initials(doc, claims) + _site_states(doc, url)


def _site_states(doc: Doc, url: str | None) -> list[PlaceClaim]:
    """The states the site is named after, as claims of no weight: "WALB.com, South Georgia News,
    Weather, Sports" after the headline, "delawareonline.com" in the address. No report is placed
    by them; they tell which state's county a report placed in a county alone means
    (`bestplace.best_place`): a Georgia station's "DeKalb County" is Georgia's, not Illinois's."""
    claims = []
    span = site_suffix(doc_text(doc))
    if span is not None:
        text = doc_text(doc)
        for run in _CAPITALISED.finditer(text, span[0], span[1]):
            words = run.group(0).split()
            names = (" ".join(words[a:b]) for a, b in _parts_longest_first(len(words)))
            state = next((d for name in names for d in gazetteer.divisions(name) if d.country == "USA"), None)
            if state is not None:
                claims.append(PlaceClaim("admin1", state.name, run.start(), run.end(), 0.0, site=True))
    state = host_state(site_of(url))
    if state is not None:
        claims.append(PlaceClaim("admin1", state.name, 0, 0, 0.0, site=True))
    return claims


#: The weight of the towns of a division a report puts the incident in that makes a big town's
#: name that is also the division's name the division (`_divisions_of_their_towns`): one town
#: the incident is placed in ("Marysville police", `bestplace.PLACED`).
DIVISION_TOWNS = 1.0


def _divisions_of_their_towns(claims: list[PlaceClaim]) -> list[PlaceClaim]:
    """A big town's name that is also a division's, read as the division where the report puts
    the incident in other towns of it: "a Washington school shooting" beside "Marysville-Pilchuck
    High School" and "Marysville police" is the state's, not the capital's. The town's own police
    ("Washington police") keep it the town."""
    weights: dict[str, float] = defaultdict(float)  # by division
    own: dict[tuple[str, City], float] = defaultdict(float)  # by name and town
    for claim in claims:
        if claim.attribute == "city" and claim.city is not None:
            weights[claim.city.admin1_code] += claim.weight
            own[claim.value, claim.city] += claim.weight
    read = []
    for claim in claims:
        town = claim.city
        if claim.attribute == "city" and town is not None and not claim.agency:
            states = [d for d in _divisions(claim.value) if d.code != town.admin1_code and weights[d.code] >= DIVISION_TOWNS]
            if states and weights[town.admin1_code] - own[claim.value, town] < DIVISION_TOWNS:
                read.append(PlaceClaim("admin1", states[0].name, claim.start, claim.end, claim.weight))
                continue
        read.append(claim)
    return read


def _in_named_county(claim: PlaceClaim, counties: dict[str, str], states: set[str]) -> PlaceClaim:
    """A town's claim read again as the town of its name in a county the report names
    (`counties.county_town`)."""
    if claim.attribute != "city" or claim.city is None or is_county(claim.value):
        return claim
    town = county_town(claim.value, claim.city, counties.values(), states)
    return claim if town is None else replace(claim, value=town.name, city=town)


def _at_home(claim: PlaceClaim, home: set[str], named: set[str], states: set[str], text: str) -> PlaceClaim:
    """A town's claim read abroad, in a report that stands in a country it does not name (a
    sheriff's report, one of a county only American states have: ``home``), read again as the
    town of that very name at home, of the report's ``states`` first; or as a town the gazetteer
    does not know, where home has none of that name: "Chesterfield" beside "the Beaufort County
    Sheriff's Office" is no town of England, and "Pinetown" none of KwaZulu-Natal. A town of a
    country the report ``named``, or of a division of it ("Birmingham, England"), stays. A town
    home does not know keeps the name as the report's ``text`` writes it ("Sinai", not "Sinaí")."""
    if claim.attribute != "city" or claim.city is None or claim.city.country in home | named or is_county(claim.value):
        return claim
    namesakes = [c for c in gazetteer.namesakes(claim.value) if c.country in home]
    town = next((c for c in namesakes if c.admin1_code in states), namesakes[0] if namesakes else None)
    return replace(claim, value=town.name if town else text[claim.start : claim.end] or claim.value, city=town)


#: How near a town the report names another town's namesake must lie to be the one it means.
NAMESAKE_BESIDE_KM = 100


def _beside_their_towns(claim: PlaceClaim, claims: list[PlaceClaim]) -> PlaceClaim:
    """A small town's claim read again as its namesake beside the report's other towns, in a
    report naming no state, where the first reading lies beside none of them: "a hunting accident
    in Caledonia" of a woman "from Rochester" is Caledonia, New York, not the bigger town of
    Wisconsin. In the first reading's country: "Northampton", read as England's, moves no
    American town there. A big town keeps its reading, and so does a town the report writes with
    its state."""
    town = claim.city
    if town is None or not _small_town_unwritten(claim):
        return claim
    key = gazetteer.fold(claim.value)
    others = [c.city for c in claims if c.attribute == "city" and c.city is not None and gazetteer.fold(c.value) != key]
    if not others or any(gazetteer.distance_km(town, other) <= NAMESAKE_BESIDE_KM for other in others):
        return claim
    beside = [
        c for c in gazetteer.namesakes(claim.value)
        if c != town and c.country == town.country and any(gazetteer.distance_km(c, other) <= NAMESAKE_BESIDE_KM for other in others)
    ]  # fmt: skip
    return claim if not beside else replace(claim, value=beside[0].name, city=beside[0])


def _small_town_unwritten(claim: PlaceClaim) -> bool:
    """Whether a claim is of a town under `BIG_TOWN` the report writes without its state: one
    that may be read again as a namesake (`_beside_their_towns`, `_in_counties_state`)."""
    town = claim.city
    return claim.attribute == "city" and town is not None and not claim.with_division and town.population < BIG_TOWN and not is_county(claim.value)


def _in_counties_state(claim: PlaceClaim, state: gazetteer.Division) -> list[PlaceClaim]:
    """A small American town's claim whose every reading lies outside the one state of the
    counties a report names, in a report naming no state, read as the town of that state the
    name reaches, by any of its names ("Greenacres" beside "Palm Beach County" is Greenacres
    City, Florida, not the Greenacres of California), else as a town of that state the gazetteer
    does not know: "Lewiston" beside "Bertie County" is a village of North Carolina, not Maine's
    city."""
    town = claim.city
    if town is None or town.country != "USA" or not _small_town_unwritten(claim):
        return [claim]
    there = next((c for c in gazetteer.cities(claim.value) + gazetteer.hamlets(claim.value, [state.code]) if c.admin1_code == state.code), None)
    if there is not None:
        return [replace(claim, value=there.name, city=there)]
    return [replace(claim, city=None), PlaceClaim("admin1", state.name, claim.start, claim.end, claim.weight)]


def _in_state_county(claim: PlaceClaim, claims: list[PlaceClaim], divisions: set[str]) -> PlaceClaim:
    """A town's claim read again as a county of the states the report stands in, where the town
    lies outside them (`counties.state_county`): the states it names and those of its other towns."""
    if claim.attribute != "city" or claim.city is None or is_county(claim.value) or claim.with_division:
        return claim
    if claim.city.admin1_code in divisions:
        return claim  # a town of a state the report names lies in the report's states
    key = gazetteer.fold(claim.value)
    states = divisions | {c.city.admin1_code for c in claims if c.attribute == "city" and c.city is not None and gazetteer.fold(c.value) != key}
    county = state_county(claim.value, claim.city, states)
    return claim if county is None else replace(claim, value=county, city=None)
