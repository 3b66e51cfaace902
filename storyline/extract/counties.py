"""The town of a report that names only a county, and the county a short name stands for.

A report of a shooting "in northwest Harris County" or "in Miami-Dade County" names the county
whose deputies answer for the place, not the town; the address it happened at bears the name of
the city whose postal area spreads over most of the county. Where a county's biggest town is a
big city, that city is the report's town; a rural county's towns are each too small to hold the
county's reports, and the county stays the place, as it does where the report says the place lies
outside any town ("in unincorporated Harris County", `places.RURAL_WORDS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import gazetteer
from .gazetteer import City
from .townnames import BIG_TOWN

#: How many people a county's biggest town needs to stand for the county: a city whose postal
#: area covers the county's suburbs (Houston, Orlando, Baton Rouge), not a rural county's town.
COUNTY_CITY_PEOPLE = 200_000
#: The share of a county's towns' people its biggest town holds to stand for a smaller county
#: too: "Navarro County" is Corsicana's (0.83 of its towns' people), "Ocean County" no one
#: town's (Toms River, 0.22), nor "DeKalb County" (0.13).
TOWN_SHARE = 0.6
#: The people such a town needs: a village that is most of a county of hamlets stands for none.
TOWN_PEOPLE = 10_000

#: Words before a county's name that say which part of it: "northwest Harris County".
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "nw", "ne", "sw", "se"}  # fmt: skip


def county_name(name: str) -> str:
    """A county's own name from the words a report calls it by: "northwest Harris County's"
    is Harris County; but "East Baton Rouge Parish" is a parish of that very name."""
    words = gazetteer.fold(name).removesuffix("'s").split()
    while len(words) > 2 and words[0] in COMPASS_WORDS and not gazetteer.county_towns(" ".join(words)):
        words = words[1:]
    return " ".join(words)


def county_city(county: str, states: list[str]) -> City | None:
    """The city a county stands for, or None: "Harris County" in Texas is Houston, "Wake County"
    in North Carolina Raleigh, and "Navarro County" Corsicana, which holds most of its towns'
    people; but "Horry County" no town, its people spread over many. ``states``: the codes of the
    divisions the report stands in, its state's first; with none, only a name no other county
    bears ("Marion County" of Indiana is Indianapolis's, of Mississippi no city's)."""
    name = county_name(county)
    towns = [town for code in states for town in gazetteer.county_towns(name, code)][:1]
    if not states:
        towns = gazetteer.county_towns(name)
        towns = towns if len(towns) == 1 else []
    if not towns:
        return None
    town = towns[0]
    people = gazetteer.county_people(name, town.admin1_code)  # none where its towns are not known
    return town if town.population >= COUNTY_CITY_PEOPLE or people and town.population >= TOWN_PEOPLE and town.population >= TOWN_SHARE * people else None


#: "Lewis County" at the head of a name: the county's, or its sheriff's or paper's ("Lewis County Herald").
COUNTY_IN_NAME = re.compile(r"(?P<name>[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*)*) (?:County|Parish)\b")


def counties_named(names: Iterable[str]) -> dict[str, str]:
    """The counties among a report's names, by their folded short name: {"lewis": "Lewis County"}."""
    found = (COUNTY_IN_NAME.match(name) for name in names if "County" in name or "Parish" in name)
    return {gazetteer.fold(m.group("name")): m.group(0) for m in found if m}


def county_meant(name: str, town: City | None, counties: dict[str, str]) -> str | None:
    """The county a short name stands for in a report that names the county in full ("LEWIS, Ky.
    —" over a report of the Lewis County sheriff), or None: a town read from it lies in no state
    with a county of that name. "Baltimore" beside "Baltimore County" is the city."""
    county = counties.get(gazetteer.fold(name))
    if county is None or (town is not None and any(t.admin1_code == town.admin1_code for t in gazetteer.county_towns(county))):
        return None
    return county


#: The words that end a county's name, in the order a state's counties are more often called by.
COUNTY_TITLES = ("County", "Parish")


def state_county(name: str, reading: City | None, states: set[str]) -> str | None:
    """The county of a state the report stands in that a short name stands for, where the town
    read from it lies outside them all: "DeKalb police" in a report of towns of Georgia are the
    county's, not those of DeKalb, Illinois, and "a shooting in Coweta" beside a Georgia town is
    in Coweta County. Only where one of the states has a county of that name; a name the report
    stands by in the reading's own state ("LINCOLN, Neb.") keeps the town, and so does a big
    town's name ("Montgomery police" on the page of a Columbus, Georgia station are Alabama's
    capital's, not Montgomery County, Georgia's)."""
    if reading is None or not states or reading.admin1_code in states or reading.population >= BIG_TOWN:
        return None
    found = [
        f"{name} {title}" for title in COUNTY_TITLES
        if any(gazetteer.county_towns(f"{name} {title}", code) for code in states)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def county_town(name: str, reading: City | None, counties: Iterable[str], states: set[str]) -> City | None:
    """The town of a name that lies in a county the report names, where its first reading lies
    in none of them: "in Jackson" beside "the Butts County coroner" is Jackson, Georgia, not the
    capital of Mississippi, and "in Lebanon" beside "Boone County deputies" a town of Indiana, not
    a country. Where towns of that name lie in named counties of several states (a "Washington
    County" in many), only the one of a state the report stands in (``states``), or none."""
    counties = list(counties)
    if not counties or (reading is not None and any(gazetteer.in_county(reading, c) for c in counties)):
        return None
    key = gazetteer.fold(name)
    # a name the gazetteer reads as no town may be a hamlet's, in a county the report names of
    # whatever state: "Iaeger" beside "the McDowell County Sheriff" (West Virginia and North
    # Carolina have one); a town read otherwise is not one by its name alone ("Putnam" beside
    # "the Putnam County sheriff" is no hamlet of Putnam County, Illinois)
    towns = gazetteer.cities(name) + (gazetteer.hamlets(name) if reading is None else [])
    found = [c for c in towns if gazetteer.fold(c.name) == key and any(gazetteer.in_county(c, county) for county in counties)]
    if len({c.admin1_code for c in found}) > 1:
        found = [c for c in found if c.admin1_code in states]
    return found[0] if len({c.admin1_code for c in found}) == 1 else None
