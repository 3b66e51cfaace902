"""The police forces a report names, and the places they answer for: "Memphis police" puts the
incident in Memphis, "the Henrico County Sheriff's Office" in Henrico County, "MPD" in the town
of its initials, and a state's or a far city's force, or one named only far from the incident,
less or not at all. `places` weighs these claims among the report's others.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from ..nlp import doc_text, kept, positions, span_text
from . import gazetteer
from .gazetteer import City
from .placeclaims import (
    PlaceClaim,
    city_for,
    in_another_state,
    is_county,
    relation_of,
)
from .townnames import (
    AGENCY_WORDS,
    BIG_TOWN,
    COUNTY_NAME_WORDS,
    DISTRICT_WORDS,
    MISREAD,
    bare,
    city_part,
    first_word,
    named_so,
)

LOCAL_AGENCY_WEIGHT = 1.0
#: Characters into a report beyond which a force named outside the incident's sentences is most
#: often another story's: a related report below the text, a sidebar.
FAR_FORCE_CHARS = 2000
#: The share of its weight such a force keeps.
FAR_FORCE_SHARE = 0.3


def far_force(claim: PlaceClaim, doc: Doc, sentence_of: dict[int, int], incident_sentences: set[int]) -> PlaceClaim:
    """A force named far below the opening, outside the incident's sentences ("DeKalb County
    police" in a related story under a report of a standoff in Buford), at a share of its weight."""
    if not (claim.agency or claim.sheriff) or claim.start < FAR_FORCE_CHARS:
        return claim
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None or sentence_of.get(span.sent.start, -1) in incident_sentences:
        return claim
    return replace(claim, weight=claim.weight * FAR_FORCE_SHARE)


#: "University police", "Metro police": words that name the kind of force, not its town.
FORCE_KINDS = {
    "university", "college", "campus", "school", "metro", "transit", "airport", "harbor", "port",
    "park", "housing", "state", "federal", "capitol", "tribal", "military", "border", "county",
    "city", "township", "village", "town",
}  # fmt: skip

#: The words after a town that name its force ("Memphis police", "Lee County sheriff").
_FORCE_WORDS = frozenset({"police", "sheriff"})


#: Words between a force's town and its word for a force: "Savannah Chatham Metropolitan Police".
METRO_WORDS = {"metro", "metropolitan"}


def unrecognised_agencies(doc: Doc, divisions: set[str], countries: set[str], near: set[str]) -> list[PlaceClaim]:
    """"Memphis police are investigating": towns the recogniser left out (or called a person)
    where they name the local force; ``near`` as `force_claims` reads it."""
    claims = []
    for word in (doc[i] for i in positions(doc, LOWER, _FORCE_WORDS)):
        if word.i == 0:
            continue
        first = word.i
        while first > 0 and word.i - first < 3 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title and doc[first - 1].ent_type_ in MISREAD:
            first -= 1
        name = doc[first : word.i]
        if first > 1 and doc[first - 1].text in ("-", "–", "/") and not doc[first - 2].whitespace_:
            # "Savannah-Chatham police" serve Savannah and its county, not the town of Chatham
            first, name = first - 2, doc[first - 2 : first - 1]
            if doc[first].pos_ != "PROPN" or not doc[first].is_title or doc[first].ent_type_ not in ("", "PERSON", "NORP", "ORG"):
                continue
        if not len(name) or name[0].lower_ in FORCE_KINDS or any(t.lower_ in AGENCY_WORDS for t in name):
            continue  # "State Police", "Metro police"; but "Clinton Township police" is the township's
        if name[0].ent_type_ == "PERSON" and name[0].ent_iob_ != "B":
            continue  # the end of a person's name: "officer John Memphis police ..."
        name, city = _force_town(name, divisions, countries, near)
        if city is None or in_another_state(city, divisions) or _state_force(span_text(name), city):
            continue
        sheriff = word.lower_ == COUNTY_FORCE
        claims.append(PlaceClaim("city", city.name, name.start_char, name.end_char, LOCAL_AGENCY_WEIGHT, city, agency=not sheriff, sheriff=sheriff))
    return claims


def _state_force(name: str, city: City) -> bool:
    """Whether a force or department is a state's, not a town's: "the Florida Department of
    Children and Families" and "Iowa Department of Natural Resources" are no forces of the
    small towns of Florida, New York and Iowa, Louisiana, named after a state many times their
    size; but "New York police" are the city's, a town too big to give way to its state, and
    "Douglas police" are the Georgia town's, not of the Manx parish hardly bigger than it; and
    "Maryland State Police" are no force of Maryland City, a town called so only as its other name."""
    states = gazetteer.divisions(name)
    if city.population >= BIG_TOWN and all(d.country == city.country for d in states[:1]):
        return False  # but "the Virginia Department of Game" is no force of Virginia, South Africa
    if states and not named_so(city, name):
        return True  # "Maryland State Police" reach Maryland City only as another of its names
    return any(d.code != city.admin1_code and gazetteer.dwarfs(d.code, city) for d in states[:1])



def local_divisions(
    claims: list[PlaceClaim], ents: list[Span], forces: dict[tuple[int, int], list[PlaceClaim] | None], divisions: set[str], countries: set[str]
) -> set[str]:
    """The divisions of the towns whose police speak in a report, or whose name heads it: a
    local report names its state no more than its country, and a name that reads as a town
    elsewhere ("Liberty City" in Texas, in a report of the Miami police) is a part of this one.
    ``forces``: `force_claims` of the report's organisations."""
    local = {c.city.admin1_code for c in claims if c.city is not None}  # the dateline, unnamed forces
    for ent in ents:
        if ent.label_ == "ORG" and (force := forces[ent.start, ent.end]) is not None:
            local.update(c.city.admin1_code for c in force if c.city)
            local.update(d.code for d in force_states(force))  # "Hawaii Police" stand in Hawaii
        elif names_an_agency(ent):
            city = city_for(bare(span_text(ent)), divisions, countries)
            if city is not None:
                local.add(city.admin1_code)
    return local


def force_states(claims: list[PlaceClaim] | None) -> list[gazetteer.Division]:
    """The states of a force's claims (`force_claims`) that name a state's force: "Hawaii
    Police", "the Virginia Department of Game and Inland Fisheries"."""
    return [d for c in claims or () if c.attribute == "admin1" for d in gazetteer.divisions(c.value)[:1]]


def force_claims(ent: Span, divisions: set[str], countries: set[str], near: set[str]) -> list[PlaceClaim] | None:
    """The claims of the force a name is (`_agency_city`), or None where it names a place
    (`_place_named_org`). ``near``: the states of the report's site and dateline towns, where a
    town of many is read (`_force_town`)."""
    return None if _place_named_org(ent, divisions, countries) else _agency_city(ent, divisions, countries, near)


def names_an_agency(ent: Span) -> bool:
    """"Memphis police", "Memphis' police": the force is named after the place. Read once a name
    (`nlp.kept`): the local divisions and the claims both ask."""
    return kept(ent.doc, ("places names agency", ent.start, ent.end), lambda: _read_names_agency(ent))


def _read_names_agency(ent: Span) -> bool:
    following = ent.doc[ent.end : ent.end + 2]
    if following and "\n" in following[0].text:
        return False  # "... shot in Evanston\n\nPolice are investigating": a headline's town, the body's police
    if following and following[0].is_punct and following[0].tag_ != "POS":
        return False
    if following and following[0].is_lower and following[0].lower_ not in AGENCY_WORDS | FORCE_KINDS | DISTRICT_WORDS:
        return False  # "Law enforcement authorities": the name qualifies another noun, no force
    return any(t.lower_ in AGENCY_WORDS for t in following) or ent.root.head.lower_ in AGENCY_WORDS


#: Words of an American county's force: a report that has one stands in the United States.
SHERIFF_WORDS = frozenset({"sheriff"})
#: A sheriff keeps a county's peace, not a town's: "San Diego sheriff's detectives" at a range in
#: Poway and "the Los Angeles Sheriff's Department" in Compton say nothing of the city of San
#: Diego or Los Angeles answering for the place, as "Los Angeles police" would. Such a claim
#: names the town, but neither polices (`bestplace._policed_by`) nor hosts (`bestplace._host_of`) another.
COUNTY_FORCE = "sheriff"


def county_force(ent: Span) -> bool:
    """"San Diego sheriff's detectives": the force named after the place is its county's."""
    following = [t for t in ent.doc[ent.end : ent.end + 2] if t.lower_ in AGENCY_WORDS]
    word = following[0] if following else ent.root.head
    return word.lower_ == COUNTY_FORCE


def with_county(ent: Span) -> Span:
    """The whole name of a county the recogniser cut before its word for county: "Sacramento"
    of "Sacramento County Sheriff's Department" is the county, not the city; or cut after its
    first word: "Contra" an organisation and "Costa County" a place, of "the Contra Costa County
    Sheriff's Department", where only the whole is a county's name; or took with its force as
    one organisation."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in COUNTY_NAME_WORDS and doc[ent.end].is_title and ent[-1].lower_ not in COUNTY_NAME_WORDS:
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    if ent.label_ == "ORG" and ent[-1].lower_ not in COUNTY_NAME_WORDS:
        # "the Richland County Sheriff's Department", one organisation: its county is the place,
        # as where the recogniser names the county apart ("Richland County" and "Sheriff's Department")
        county = next((t for t in ent[1:] if t.lower_ in COUNTY_NAME_WORDS and t.is_title), None)
        first = first_word(ent)
        if county is not None and county.i > first and county.i + 1 < ent.end and ent.doc[county.i + 1].lower_ in AGENCY_WORDS:
            name = Span(doc, first, county.i + 1, label="GPE")
            if gazetteer.county_towns(span_text(name)):
                return name
    if ent[-1].lower_ in COUNTY_NAME_WORDS and not gazetteer.county_towns(span_text(ent)):
        start = ent.start
        while start > 0 and ent.start - start < 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
            if gazetteer.county_towns(span_text(doc[start : ent.end])):
                return Span(doc, start, ent.end, label=ent.label_)
    return ent


def police_say(ent: Span) -> bool:
    """"shot in Tyler, police said": the police speak of the place, as firmly as when named
    after it; but they may be a big city's police speaking of one of its districts ("in West
    Englewood, police said"), so the place is no town with a force of its own."""
    following = ent.doc[ent.end : ent.end + 2]
    return len(following) == 2 and following[0].text == "," and following[1].lower_ in AGENCY_WORDS


def _agency_city(ent: Span, divisions: set[str], countries: set[str], near: set[str]) -> list[PlaceClaim]:
    """"Memphis Police Department" names Memphis."""
    agency = [t for t in ent if t.lower_ in AGENCY_WORDS]
    first = first_word(ent)
    if not agency or agency[0].i <= first:
        return []
    end = agency[0].i
    # "Savannah-Chatham Metro Police", "Charlotte-Mecklenburg Police": a force of a city and its
    # county is the city's first
    end = next((t.i for t in ent.doc[first + 1 : end] if t.text in ("-", "–") and not t.whitespace_ and not t.nbor(-1).whitespace_), end)
    words, city = _force_town(ent.doc[first:end], divisions, countries, near)
    name = span_text(words)
    start = ent.doc[first].idx
    if city is not None and _state_force(name, city):
        # "the Virginia Department of Game and Inland Fisheries": the report stands in the state
        # (a state's force has a division of its name: `_state_force` reads one)
        return [PlaceClaim("admin1", gazetteer.divisions(name)[0].name, start, start + len(name), LOCAL_AGENCY_WEIGHT)]
    if city is None:
        # "Hawaii Police", "Michigan State Police", "Texas Department of Public Safety": a state's
        # force, of a state no town is named after, stands in that state
        parts = name.split()
        found = next((d for k in range(len(parts), 0, -1) if len(d := gazetteer.divisions(" ".join(parts[:k]))) == 1), [])
        return [PlaceClaim("admin1", found[0].name, start, start + len(name), LOCAL_AGENCY_WEIGHT)] if found else []
    if in_another_state(city, divisions):
        return []
    sheriff = agency[0].lower_ == COUNTY_FORCE
    return [PlaceClaim("city", city.name, start, start + len(name), LOCAL_AGENCY_WEIGHT, city, agency=not sheriff, sheriff=sheriff)]


def _force_town(words: Span, divisions: set[str], countries: set[str], near: set[str]) -> tuple[Span, City | None]:
    """The words before a force's word for a force that name its town, and the town: "Memphis"
    of "Memphis police", "Savannah" of "Savannah Chatham Metropolitan Police" (a city's force and
    its county's, without the hyphen). A name of many towns, none in a state the report names, is
    the town of a ``near`` state (its site's, its dateline's): "The Laurel Police Department" on a
    Hattiesburg, MS station's page is Laurel, Mississippi's, not the bigger Laurel of Maryland;
    but a big town's force stays the big town's ("Montgomery police" on a Columbus, Georgia
    station's page are Alabama's capital's, not those of Montgomery, Georgia)."""
    while len(words) > 1 and words[-1].lower_ in METRO_WORDS:
        words = words[:-1]
    name = span_text(words)
    city = city_for(name, divisions, countries)
    big = city is not None and city.population >= BIG_TOWN and gazetteer.fold(city.name) == gazetteer.fold(name)
    if near and city is not None and city.admin1_code not in divisions and not big:
        city = city_for(name, near, countries)
    found = _town_and_its_county(words, divisions, countries) if city is None else None
    return found if found is not None else (words, city)


def _town_and_its_county(words: Span, divisions: set[str], countries: set[str]) -> tuple[Span, City] | None:
    """The words of the town a force's name opens with, and the town, where the rest is the
    name of a county of the town's state: "Savannah Chatham" (Chatham County, Georgia)."""
    for cut in range(words.start + 1, words.end):
        town = city_for(span_text(words.doc[words.start : cut]), divisions, countries)
        if town is not None and gazetteer.county_towns(f"{span_text(words.doc[cut : words.end])} County", town.admin1_code):
            return words.doc[words.start : cut], town
    return None


def _place_named_org(ent: Span, divisions: set[str], countries: set[str]) -> bool:
    """"Brooksville police" and "Pomona restaurant": the recogniser calls a town an organisation
    when it names the town's police or qualifies a noun, and sometimes where it is a place
    outright: "injured by gunfire in Humble on Monday"."""
    text = bare(span_text(ent))
    city = city_for(text, divisions, countries)
    if city is None:
        # "in SW Atlanta": a part of a city named after it, called an organisation too
        return relation_of(ent) == "in" and city_part(ent) is not None
    if relation_of(ent) == "in" and ent[0].lower_ != "the" and named_so(city, text):
        return True
    return names_an_agency(ent) or police_say(ent) or (ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN")


#: "NOPD", "LAPD", "IMPD", "LVMPD": a town's police called by its initials, and M for Metro.
FORCE_INITIALS = re.compile(r"(?P<town>[A-Z]{1,3}?)M?PD")
FORCE_INITIALS_IN_TEXT = re.compile(rf"(?<!\w){FORCE_INITIALS.pattern}(?!\w)")


def force_initials(doc: Doc, claims: list[PlaceClaim]) -> list[PlaceClaim]:
    """"NOPD: 4 shot in Gert Town" over a report from New Orleans: a force called by the
    initials of a town the report names is that town's police, as "New Orleans police" would
    be, where its initials name one town of the report. In a report that names no town they
    are the big American town they stand for (`gazetteer.initialled_towns`): "a report from
    NOPD" beside "the St. Roch neighborhood" alone. Not beside a town of the report, though
    another's initials: "NYPD" beside "a Brooklyn street" leaves the borough the place."""
    towns = {c.value: c.city for c in claims if c.attribute == "city" and c.city is not None and not is_county(c.value)}
    found = []
    # found in the text, not word by word: making a `Token` of every word cost more than the rule
    text = doc_text(doc)
    # every match holds "PD": most reports have none, and the search tries a match at every capital
    for match in FORCE_INITIALS_IN_TEXT.finditer(text) if "PD" in text else ():
        word = doc.char_span(match.start(), match.end())
        if word is None or len(word) != 1:
            continue  # inside a longer word, or not one word to the tokenizer
        initials = match.group("town")
        named = [
            (name, city) for name, city in towns.items()
            if gazetteer.initials(name) == initials
        ]  # fmt: skip
        big = gazetteer.initialled_towns().get(initials)
        if not towns and big is not None:
            named = [(big.name, big)]
        if len(named) == 1:
            name, city = named[0]
            found.append(PlaceClaim("city", name, word.start_char, word.end_char, LOCAL_AGENCY_WEIGHT, city, agency=True))
    return found
