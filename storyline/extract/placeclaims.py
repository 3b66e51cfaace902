"""A report's claim of a place, and how one place name is read: the relation its sentence gives it
to the incident ("in Krasnogorsk" places it, "near Moscow" does not, "a Fargo man" comes from
there), the town a name denotes among the states and countries the report names, and whether a
name is a county's. `places` and `forces` read every name through these.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..nlp import kept
from . import gazetteer
from .gazetteer import City
from .lexicon import DEED_NOUNS
from .townnames import (
    BIG_TOWN,
    DISTRICT_WORDS,
)

#: Prepositions that put the incident outside the place they name.
AWAY = {"near", "outside", "from", "of", "to", "toward", "towards", "beyond", "around"}
#: Prepositions that put the incident in the place they name.
INSIDE = {"in", "at", "on", "inside", "into", "within", "across", "throughout"}
#: "the Austin neighborhood" says Austin is a part of a city wherever else the report names it;
#: "the Dallas area" says no such thing.
NAMED_DISTRICT_WORDS = DISTRICT_WORDS - {"area"}
#: "the town of Elmo": the noun says the name is a settlement.
SETTLEMENT_WORDS = {"town", "city", "village", "borough", "township", "hamlet", "community", "suburb"}


@dataclass(frozen=True)
class PlaceClaim:
    attribute: str  # venue, city, admin1, country
    value: str
    start: int
    end: int
    weight: float
    city: City | None = None
    agency: bool = False  # "Chicago police": the force that answers for the place
    with_division: bool = False  # "Wauwatosa, Wisconsin": a town named with its state is no district
    site: bool = False  # named by the site after the headline ("- WMC Action News 5 - Memphis, Tennessee")
    sheriff: bool = False  # "San Diego sheriff's detectives": the county's force, named after its town
    near: bool = False  # "a shooting near Magnolia": the town an incident's sentence puts it beside
    rural: bool = False  # "in unincorporated Harris County": outside the county's towns
    dateline: bool = False  # "PHOENIX --": the town the report was filed from


def relation_of(ent: Span) -> str:
    """How the sentence relates an entity to what happened: in, near, possessive, other. Read
    once a name (`nlp.kept`): an organisation's is asked for again by the claims."""
    return kept(ent.doc, ("places relation", ent.start, ent.end), lambda: _read_relation(ent))


def _read_relation(ent: Span) -> str:
    root = ent.root
    if any(t.dep_ == "case" for t in root.children) or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"):
        return "possessive"
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and (after.lemma_ in DEED_NOUNS or after.lower_ in DEED_NOUNS):
        # "the victim of the Wilkin County shooting": the shooting's place, whatever holds the
        # shooting; read from the word after, as the parser may hang the name on "of" itself
        # and take "shooting" for a verb
        return "in"
    head = root
    # climb appositions and compounds: "in Krasnogorsk, Moscow Region" heads on Krasnogorsk
    while head.dep_ in ("appos", "compound", "conj") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        prep = head.head.lower_
        if prep == "of" and head.head.head.lemma_ in SETTLEMENT_WORDS:
            return "in"  # "in the town of Elmo": asked before "of", which puts a place away
        district = head.head.head
        if prep == "of" and _named_district(district) and district.dep_ == "pobj" and district.head.lower_ in INSIDE:
            return "in"  # "in the Gramercy Park neighborhood of South L.A.": the city the part is of
        if prep in AWAY:
            return "near"
        if prep in INSIDE:
            return "in"
    if head.dep_ == "poss":
        return "possessive"
    return "other"


def _named_district(noun: Token) -> bool:
    """Whether a word of a city's parts names one: "the Gramercy Park neighborhood", not "both
    sides" (of a street)."""
    return noun.lemma_ in NAMED_DISTRICT_WORDS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def in_another_state(city: City, divisions: set[str]) -> bool:
    """Whether the American town a force is named after lies outside the states a report names:
    "Austin police" in a report about Texas, not "Austin" of a report about Illinois. Only the
    report's American states count against a force the report names: a name read as a division
    abroad ("Herrera", a province of Panama and a policeman's name) says nothing of which state
    its "Chicago Police" serve. A town named bare is weighed against every division named
    (`places`): in a report from abroad, an American town's name is most often a misread word."""
    if city.country != "USA":
        return False
    states = {code for code in divisions if (division := gazetteer.division(code)) is not None and division.country == "USA"}
    return bool(states) and city.admin1_code not in states


def city_for(name: str, context_divisions: set[str], context_countries: set[str]) -> City | None:
    """The town a name denotes, in a division or country the report names where it can (a hamlet
    the gazetteer knows only from the Postal Service, only there). A big
    town of that very name outranks a small one in a named division that was once called so:
    "Charleston" in a report that names North Carolina is still not Bryson City, NC."""
    key = gazetteer.fold(name)
    context = context_countries | {d.country for d in map(gazetteer.division, context_divisions) if d is not None}
    candidates = [c for c in gazetteer.cities(name) if not _alias_abroad(c, key, name, context)]
    candidates += gazetteer.hamlets(name, context_divisions)
    if is_county(name):
        # "Fayette County" is the county, not Lexington-Fayette, a town that is also called so
        candidates = [c for c in candidates if gazetteer.fold(c.name) == key]
    if not candidates:
        return None
    big = any(gazetteer.fold(c.name) == key and c.population >= BIG_TOWN for c in candidates)
    for city in candidates:
        if city.admin1_code in context_divisions and not (big and gazetteer.fold(city.name) != key):
            return city
    for city in candidates:
        if city.country in context_countries:
            return city
    return candidates[0]


def _alias_abroad(city: City, key: str, name: str, context: set[str]) -> bool:
    """Whether a name reaches a town only through one of its other names, from a report that
    places itself elsewhere or by letters that may stand for anything: "Wanda" in an American
    report is a woman, not Colonia Wanda in Argentina, and "BB" and "NRA" are not Bielsko-Biala
    and Narrandera. Other names of towns at home stay ("NYC" in a report from New York)."""
    if gazetteer.spelled_out(gazetteer.fold(city.name)) == gazetteer.spelled_out(key):
        return False  # its own name, written short or not: "St. Augustine" is Saint Augustine
    # with nothing to place the report, only a big town's other name ("NYC", "Philly") is read
    # as the town ("Wanda's Lounge" in a report that names no state is no Colonia Wanda); so
    # are letters written with their dots ("L.A."), which stand for a name
    return city.country not in context if context else name.isupper() and "." not in name or city.population < BIG_TOWN


#: Words that end the name of a second-level division: "Henrico County", "Terrebonne Parish".
COUNTY_WORDS = {"county", "parish", "co."}


def is_county(name: str) -> bool:
    """Whether a name is a county's: "Orange County", "the Troup Co."."""
    words = gazetteer.fold(name).split()
    return len(words) > 1 and words[-1] in COUNTY_WORDS
