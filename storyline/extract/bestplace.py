"""Which of a report's place claims is the incident's: the heaviest town, made more exact where
the report names a town inside the county it heads with, and moved to the city whose police
answer for a district or whose reach holds a suburb-sized reading.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..model import Place
from . import gazetteer
from .counties import county_city
from .gazetteer import City
from .placeclaims import PlaceClaim, is_county
from .townnames import BIG_TOWN

__all__ = ["COUNTY_SHARE", "HOST_REACH", "best_place", "district_of", "place_of"]


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
    if city is not None and "admin1" in chosen:
        city = chosen["city"] = _in_named_state(claims, ranked, totals, strongest, chosen["admin1"], city) or city
    town = None
    if city is not None and is_county(city.value):
        near = {(c.attribute, c.value.casefold()) for c in claims if c.near}
        city = chosen["city"] = _town_in_county(ranked, strongest, city.value, totals[("city", city.value.casefold())], near) or city
        rural = any(c.rural and c.value.casefold() == city.value.casefold() for c in claims)
        town = county_city(city.value, _states_of(claims, chosen)) if is_county(city.value) and not rural else None
        if town is not None:  # "HARRIS COUNTY, Texas —" with no town named is of Houston's addresses
            city = chosen["city"] = PlaceClaim("city", town.name, city.start, city.end, city.weight, town)
    if city is not None and city.city is None:
        # "shot in Frayser" with no town known by that name, on a page of a Memphis station: a
        # part of the station's town more often than a town of its own; but a county named is
        # wider than any town, and the station's may lie outside it
        # a site's town read as the county the report names ("Putnam" beside "the Putnam County
        # sheriff") is no town the station stands in
        site = next((c for c in claims if c.site and c.city is not None and not is_county(city.value) and not _elsewhere(claims, c)), None)
        city = chosen["city"] = _policed_by(claims, city) or site or city
    if city is not None and city.city is not None:
        top = totals[("city", city.value.casefold())]
        for key, total in ranked:
            other = strongest[key]
            if (
                key[0] == "city" and other.city and other is not city and total >= 0.5 * top
                and gazetteer.more_exact(other.city, city.city) and town is None
            ):  # fmt: skip  # a county's city stands for the county: its own suburbs place no more exactly
                city = chosen["city"] = other
        city = chosen["city"] = _placed_in(claims, city) or _in_its_county(claims, city) or city
        city = chosen["city"] = _as_firm(_policed_by(claims, city) or _far_reading(claims, city), city) or city
        assert city.city is not None
        division = gazetteer.division(city.city.admin1_code)
        if division is not None and ("admin1" not in chosen or gazetteer.fold(chosen["admin1"].value) != gazetteer.fold(division.name)):
            chosen["admin1"] = PlaceClaim("admin1", division.name, city.start, city.end, city.weight, city.city)
        chosen["country"] = PlaceClaim("country", city.city.country, city.start, city.end, city.weight, city.city)
    elif city is not None and is_county(city.value) and "admin1" not in chosen and (only := _only_division(city.value) or _sites_state(claims, city.value)) is not None:
        # "Allamakee County" is Iowa's alone: the county says its state, as a town of one name does;
        # and "DeKalb County" on the page of a station of "South Georgia News" is Georgia's
        chosen["admin1"] = PlaceClaim("admin1", only.name, city.start, city.end, city.weight)
        chosen["country"] = PlaceClaim("country", only.country, city.start, city.end, city.weight)
    elif city is not None and city.city is None and "admin1" not in chosen and not is_county(city.value) and (state := _state_of_the_rest(claims)) is not None:
        # a town the gazetteer does not know lies in the one state of the report's other places:
        # "the unincorporated community of French Valley" beside "Riverside County Sheriff's",
        # "4th Street, Sinai" beside "Brookings" and "Sioux Falls" (not Ecuador's Sinaí)
        chosen["admin1"] = PlaceClaim("admin1", state.name, city.start, city.end, city.weight)
        chosen["country"] = PlaceClaim("country", state.country, city.start, city.end, city.weight)
    elif "admin1" in chosen:
        if city is not None and is_county(city.value):
            chosen["admin1"] = _county_state(claims, city.value, chosen["admin1"])
        divisions = gazetteer.divisions(chosen["admin1"].value)
        if divisions:
            a = chosen["admin1"]
            chosen["country"] = PlaceClaim("country", divisions[0].country, a.start, a.end, a.weight)
    return chosen


#: How many times a town's weight the state the report names must weigh to keep the report in it:
#: "shot in some North Carolina woods ... taken to a hospital in Spartanburg, S.C." is North
#: Carolina's, whatever town the report names elsewhere.
STATE_OVER_TOWN = 3.0


def _in_named_state(
    claims: list[PlaceClaim],
    ranked: list[tuple[tuple[str, str], float]],
    totals: dict[tuple[str, str], float],
    strongest: dict[tuple[str, str], PlaceClaim],
    state: PlaceClaim,
    city: PlaceClaim,
) -> PlaceClaim | None:
    """The heaviest town or county of the state the report names, where the chosen town lies in
    another state and the state weighs over `STATE_OVER_TOWN` times as much; None where the
    town lies in the state, or the state does not weigh so much. ``ranked``: `best_place`'s
    ``totals`` (each claim's key and summed weight), heaviest first."""
    codes = {d.code for d in gazetteer.divisions(state.value)}
    if city.city is None or city.city.admin1_code in codes or not codes:
        return None
    if totals[("admin1", state.value.casefold())] < STATE_OVER_TOWN * totals[("city", city.value.casefold())]:
        return None
    if sum(c.attribute == "admin1" and not c.site and c.value.casefold() == state.value.casefold() for c in claims) < 2:
        return None  # "Last month in Florida, a woman was shot" in a report of Milwaukee: another incident's
    for (attribute, value), _ in ranked:
        other = strongest[(attribute, value)]
        if attribute != "city" or other is city:
            continue
        if other.city is not None and other.city.admin1_code in codes or other.city is None and is_county(other.value) and gazetteer.holds_county(state.value, other.value):
            return other
    return None


#: How much of a county's weight a town named in the same report needs to place it more exactly.
COUNTY_SHARE = 0.25
#: The weight of a claim that puts the incident in a town ("shot in Sandston", "Sandston police"),
#: not one that only names it ("taken to a hospital in Richmond" outside the incident's sentences).
PLACED = 1.0


def _states_of(claims: list[PlaceClaim], chosen: dict[str, PlaceClaim]) -> list[str]:
    """The codes of the divisions a report stands in: the one it is placed in first, then those
    of the towns it names, most weighty first."""
    states = [d.code for d in gazetteer.divisions(chosen["admin1"].value)[:1]] if "admin1" in chosen else []
    for claim in sorted(claims, key=lambda c: -c.weight):
        if claim.city is not None and claim.city.admin1_code not in states:
            states.append(claim.city.admin1_code)
    return states


def _town_in_county(
    ranked: list[tuple[tuple[str, str], float]],
    strongest: dict[tuple[str, str], PlaceClaim],
    name: str,
    county: float,
    near: set[tuple[str, str]],
) -> PlaceClaim | None:
    """The town a report names beside the county it heads with: "HENRICO COUNTY, Va. — ... shot
    inside a home in Sandston" happened in Sandston. The county is the sheriff's beat, a wider
    place than the town, as "near Moscow" is wider than Krasnogorsk. Only a town the report puts
    the incident in: one merely named ("the boy's family moved from Wichita") says nothing of
    where in the county it happened, and a town abroad or in another state has lost its weight
    to the report's own state before it gets here. A town the incident's sentence puts it beside
    (`near`: "a shooting near Fort Walton Beach" in an Okaloosa County report) places it too,
    however often the report names its county: the county says no more than that. So does a
    town of the county (``name``) whose claims weigh as much as the county's, wherever it is named:
    "Glynn County police" twice and "found dead in a bedroom ... in Brunswick" once."""
    for (attribute, value), total in ranked:
        claim = strongest[(attribute, value)]
        if (
            attribute == "city" and claim.city is not None and not is_county(value)
            and (claim.weight >= PLACED and total >= COUNTY_SHARE * county or (attribute, value) in near or total >= county and gazetteer.in_county(claim.city, name))
        ):  # fmt: skip
            return claim
    return None


def _only_division(county: str) -> gazetteer.Division | None:
    """The one division that holds a county of this name, where only one does."""
    code = gazetteer.county_division(county)
    return gazetteer.division(code) if code is not None else None


def _sites_state(claims: list[PlaceClaim], county: str) -> gazetteer.Division | None:
    """The state the site is named after (`places._site_states`), or the state of a town it is
    named after, that has a county of this name: "WTOC-TV: Savannah, Beaufort, SC" is a Georgia
    station's page, and its "Clayton County" Georgia's, not Iowa's."""
    for claim in claims:
        if not claim.site:
            continue
        if claim.attribute == "admin1":
            state = next((d for d in gazetteer.divisions(claim.value) if d.country == "USA"), None)
        else:
            state = gazetteer.division(claim.city.admin1_code) if claim.city is not None else None
        if state is not None and gazetteer.holds_county(state.name, county):
            return state
    return None


def _county_state(claims: list[PlaceClaim], county: str, state: PlaceClaim) -> PlaceClaim:
    """The state of a county named with no town: the heaviest state the report names that has a
    county of that name, else the state of the heaviest town it names in such a county: "rural
    Ripley County ... near the Fairdealing area" is Missouri's, not Arkansas's, which the report
    names as where the family meant to go. The state chosen where it has one, or where the
    gazetteer knows no county of that name."""
    known = gazetteer.county_states(county)
    if not known or gazetteer.holds_county(state.value, county):
        return state
    totals: dict[str, float] = defaultdict(float)
    for claim in claims:
        if claim.attribute == "admin1" and not claim.site and gazetteer.holds_county(claim.value, county):
            totals[claim.value] += claim.weight
    if totals:
        value = max(totals, key=lambda v: totals[v])
        return next(c for c in claims if c.attribute == "admin1" and c.value == value)
    towns = [c for c in claims if c.city is not None and c.city.admin1_code in known and gazetteer.in_county(c.city, county)]
    town = max(towns, key=lambda c: c.weight, default=None)
    division = gazetteer.division(town.city.admin1_code) if town is not None and town.city is not None else None
    return PlaceClaim("admin1", division.name, town.start, town.end, town.weight, town.city) if town is not None and division is not None else state


def _as_firm(host: PlaceClaim | None, district: PlaceClaim) -> PlaceClaim | None:
    """The city that holds the chosen district, as firmly placed as the district: "1 dead after
    shooting in Allapattah ... Miami police say" puts the shooting in Miami as firmly as in
    Allapattah, however lightly the police's town is named."""
    if host is None or host.weight >= district.weight:
        return host
    return replace(host, weight=district.weight)


def _elsewhere(claims: list[PlaceClaim], site: PlaceClaim) -> bool:
    """Whether a report names a town or a state other than the state of the site's town: a
    station's report of a shooting in a town it does not know by name ("a Toomsuba family", near
    Meridian, Miss., on an Alabama station's page) is not of the station's town."""
    assert site.city is not None
    for claim in claims:
        if claim.site:
            continue
        if claim.attribute == "city" and claim.city is not None and claim.city.admin1_code != site.city.admin1_code:
            return True
        if claim.attribute == "admin1" and site.city.admin1_code not in {d.code for d in gazetteer.divisions(claim.value)}:
            return True
    return False


def _policed_by(claims: list[PlaceClaim], chosen: PlaceClaim) -> PlaceClaim | None:
    """The city whose police answer for the chosen place when that place is one of its districts:
    "ROGERS PARK — ... a Chicago police spokesman said" is in Chicago, and so is "the West Side".
    A town with its own police named ("Oak Park police") stays a town. The police say more than
    the distance: Rogers Park lies beyond Chicago's radius, at the city's northern edge. Where no
    city's police speak, a city named nearby may still hold the place (`_host_of`)."""
    if any(c.agency and c.value.casefold() == chosen.value.casefold() for c in claims):
        return None
    for claim in claims:
        host = claim.city
        if not claim.agency or host is None or claim.value.casefold() == chosen.value.casefold():
            continue
        if chosen.city is None or (_inside(chosen.city, host) and chosen.city.population < BIG_TOWN):
            return claim  # a borough of millions (Brooklyn, policed by the NYPD) is a city of its own
    return _host_of(claims, chosen)


#: How far from the town the incident happened beside the town it happened in may lie: a
#: county's reach.
BESIDE_KM = 100
#: The weight of a town an incident's sentence puts it in (`places`' "in").
IN_INCIDENT = 2.0


def _placed_in(claims: list[PlaceClaim], chosen: PlaceClaim) -> PlaceClaim | None:
    """The town an incident's sentence puts it in, where the report puts it only beside the
    chosen town, which otherwise it is filed from: "PHOENIX -- ... a hunting accident west of
    Phoenix" ... "near 363rd and Durango avenues in Tonopah" is Tonopah's. Not where it puts it
    in the chosen town too ("MISSOULA -- ... shot and killed in Lolo ... near Lolo")."""
    inner = chosen.city
    key = gazetteer.fold(chosen.value)
    own = [c for c in claims if c.attribute == "city" and gazetteer.fold(c.value) == key]
    if inner is None or not any(c.near for c in own) or any(c.weight >= IN_INCIDENT and not (c.near or c.dateline or c.site) for c in own):
        return None
    towns = [
        c for c in claims
        if c.attribute == "city" and c.city is not None and gazetteer.fold(c.value) != key and c.weight >= IN_INCIDENT
        and not (c.agency or c.site or c.dateline) and c.city.admin1_code == inner.admin1_code
        and gazetteer.distance_km(c.city, inner) <= BESIDE_KM
    ]  # fmt: skip
    return max(towns, key=lambda c: c.weight, default=None)


def _in_its_county(claims: list[PlaceClaim], chosen: PlaceClaim) -> PlaceClaim | None:
    """The town of the county the report names, where the chosen town lies in none of the
    counties of its state the report names and an incident's sentence puts the report in a town
    of one of them: "MISSOULA, Mont. — ... Lake County deputies arrested a man ... The boy was
    shot at a home in Ronan" is Ronan's; the station files from a town outside the sheriff's
    county."""
    inner = chosen.city
    state = gazetteer.division(inner.admin1_code) if inner is not None and inner.country == "USA" else None
    if inner is None or state is None:
        return None
    counties = {
        _county_name(c.value) for c in claims
        if c.attribute == "city" and c.city is None and is_county(c.value) and gazetteer.holds_county(state.name, _county_name(c.value))
    }  # fmt: skip
    if not counties or any(gazetteer.in_county(inner, county) for county in counties):
        return None
    towns = [
        c for c in claims
        if c.attribute == "city" and c.city is not None and c.city.admin1_code == inner.admin1_code and c.weight >= IN_INCIDENT
        and not (c.agency or c.site or c.dateline) and any(gazetteer.in_county(c.city, county) for county in counties)
    ]  # fmt: skip
    return max(towns, key=lambda c: c.weight, default=None)


def _state_of_the_rest(claims: list[PlaceClaim]) -> gazetteer.Division | None:
    """The one American state of all the towns and counties a report names that the gazetteer
    knows, or None where they lie in none or in several."""
    codes = {c.city.admin1_code for c in claims if c.attribute == "city" and c.city is not None and c.city.country == "USA"}
    codes |= {
        code for c in claims
        if c.attribute == "city" and c.city is None and is_county(c.value) and (code := gazetteer.county_division(_county_name(c.value))) is not None
    }  # fmt: skip
    return gazetteer.division(codes.pop()) if len(codes) == 1 else None


def _county_name(name: str) -> str:
    """A county's name as the gazetteer keeps it: "Lake Co." is "Lake County"."""
    words = name.split()
    return " ".join([*words[:-1], "County"]) if words[-1].casefold() == "co." else name


def _far_reading(claims: list[PlaceClaim], chosen: PlaceClaim) -> PlaceClaim | None:
    """The town a report's other places stand in when they all stand away from the chosen one:
    "AUSTIN —" over a report of the Chicago police is a part of Chicago, not the capital of
    Texas, and "a Liberty City shooting" with Miami's fire rescue is in Miami; so is a lone name
    where two other places of one state agree (`_agreed`): "Homewood" (Alabama's) beside
    "Pittsburgh" and "Allegheny County" is a part of Pittsburgh, and "Edgewater" (Illinois's)
    beside "Calvert County" and "Glen Burnie" the Edgewater of their state, Maryland. The chosen
    reading stays where the report names its state ("AUSTIN, Texas —") or anything else in it,
    or where no other place of the report is firm: its own state, its police, or two claims agreeing."""
    inner = chosen.city
    if inner is None or chosen.with_division:
        return None
    key = gazetteer.fold(chosen.value)
    others = [c for c in claims if c.attribute in ("city", "admin1") and gazetteer.fold(c.value) != key]
    support: dict[str, list[PlaceClaim]] = defaultdict(list)
    for claim in others:
        if claim.attribute == "admin1" and not claim.site:
            for division in gazetteer.divisions(claim.value)[:1]:
                support[division.code].append(claim)
        elif claim.city is not None:
            support[claim.city.admin1_code].append(claim)
        elif is_county(claim.value) and (code := gazetteer.county_division(claim.value)) is not None:
            support[code].append(claim)
    if inner.admin1_code in support or any(c.agency and gazetteer.fold(c.value) == key for c in claims):
        return None
    for code, named in support.items():
        state = gazetteer.division(code)
        namesake = gazetteer.town_named(chosen.value, inner.country, state.name) if state is not None and _agreed(named) else None
        if namesake is not None and namesake.admin1_code == code:
            return replace(chosen, city=namesake)  # "Edgewater" beside "Calvert County" and "Glen Burnie" is Maryland's
    hosts = [
        c for c in others
        if c.attribute == "city" and c.city is not None and gazetteer.distance_km(c.city, inner) > gazetteer.METRO_KM
        and c.city.population > inner.population and (c.agency or _agreed(support[c.city.admin1_code], chosen))
    ]  # fmt: skip
    return max(hosts, key=lambda c: c.weight, default=None)


#: How much of the chosen town's weight the places of another state must weigh together to stand
#: against it (`_agreed`).
AGREED_SHARE = 0.5


def _agreed(claims: list[PlaceClaim], chosen: PlaceClaim | None = None) -> bool:
    """Whether a state stands firm in a report by more than one place of it, none the site's:
    "Pittsburgh" and "Allegheny County" against a lone "Homewood", a town of Alabama and a part of
    Pittsburgh. The state's own name is none ("of Omaha, Nebraska" is a victim's home). Against a
    ``chosen`` town, they weigh together `AGREED_SHARE` of it: passing words stand against no dateline."""
    places = [c for c in claims if c.attribute == "city" and not c.site]
    heavy = chosen is None or sum(c.weight for c in places) >= AGREED_SHARE * chosen.weight
    return len({gazetteer.fold(c.value) for c in places}) > 1 and heavy


#: How far beyond its urban radius a named city's districts may lie: the radius grows with the
#: population, and a city of wide limits (Indianapolis, Louisville) reaches past it.
HOST_REACH = 1.5


#: How much of the heaviest host's weight a smaller host needs to hold a district instead.
HOST_WEIGHT_SHARE = 0.5


#: How many times a district's people its city holds: a town of like size beside it (a suspect's
#: home town next door) is a neighbour, not the city it is a part of, unless the district bears
#: the city's name ("Framingham Center", Framingham's).
HOST_SIZE = 2


def _host_of(claims: list[PlaceClaim], chosen: PlaceClaim) -> PlaceClaim | None:
    """The city a chosen town lies within, when the report names that city too: "Hunting Park"
    and "Philadelphia" in one report are the district and its city. Only within the city's
    reach: a suburb beyond it (Evanston beside Chicago) is a town of its own, and so is one
    named with its state ("in Wauwatosa, Wisconsin", a report of bombings around Milwaukee), and a
    city the report puts the incident beside ("west of Phoenix") holds it not."""
    inner = chosen.city
    if inner is None or inner.population >= BIG_TOWN or chosen.with_division:
        return None
    beside = {gazetteer.fold(c.value) for c in claims if c.near}
    hosts = [
        c for c in claims
        if c.attribute == "city" and c.city is not None and not c.sheriff and not c.site and gazetteer.fold(c.value) not in beside
        and (c.city.population > HOST_SIZE * inner.population or c.city.population > inner.population and gazetteer.fold(c.city.name) in gazetteer.fold(inner.name))
        and c.city.admin1_code == inner.admin1_code and gazetteer.distance_km(c.city, inner) <= HOST_REACH * gazetteer.urban_radius_km(c.city)
    ]  # fmt: skip
    if not hosts:
        return None
    # of the hosts about as firmly named, the smallest holds the district most exactly: "Long
    # Island City, Queens" under "NEW YORK —" is in Queens, a borough of the city
    heaviest = max(c.weight for c in hosts)
    return min((c for c in hosts if c.weight >= HOST_WEIGHT_SHARE * heaviest), key=lambda c: (c.city.population if c.city else 0, -c.weight))


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
        if claim.attribute != "city" or claim.agency or claim.sheriff or claim.value.casefold() == city.value.casefold():
            continue
        # only a district the gazetteer knows: "the West Side" and street names overlap the rest;
        # or a name read far away that the city's police outweighed ("AUSTIN —" in Chicago)
        host = _far_reading(claims, claim) if claim.city is not None and claim.weight >= PLACED else None
        far = host is not None and host.value.casefold() == city.value.casefold()
        if claim.city is not None and (_inside(claim.city, city.city) or far) and (best is None or claim.weight > best[0]):
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
