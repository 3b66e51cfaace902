"""A local site's home town, learned from its own reports.

A station's or a paper's report that names no town ("A man was seriously hurt after getting shot
in the back near 84th and Q streets") is most likely of the town most of the site's other
reports are placed in, which its readers need not be told. Once reports are stored, an incident
placed in no town whose reports all come from one site is placed in that site's home: the town of
at least `HOME_EVENTS` of the site's other incidents, and of `HOME_LEAD` times as many as any
other town. Learned from what the store holds, never from a table of sites: a site the store knows
too little of has no home, and an incident on it stays unplaced.

A site whose incidents settle on a state but on no town (a station of a few towns' incidents,
none of them twice) gives that state to such an incident that names none.

The claim says where it came from (`model.SITE_HOME`, an empty span of the first report, as an
address's town has, `urltowns`) and weighs little (`HOME_CONFIDENCE`), so that a town any report
names outweighs it.

What such a site's report names without its state is read, in turn, near the site's home: a
county of many states' in the site's home state (`Homes.counties`: "Greene County" of a Kinston
station is North Carolina's), and a town as its namesake near the home where the gazetteer's own
reading (its biggest namesake) lies far off (`Homes.namesakes`: "Elmhurst" of a Chicago paper is
Elmhurst, Illinois, not New York's; "Lansdowne" of a Baltimore paper is in Maryland, not South
Africa); and a town read abroad as its namesake in the country all the site's incidents lie in,
where no namesake lies near its home ("Birmingham" of a Georgia station is Alabama's, not
England's).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .extract import gazetteer, stations
from .extract.gazetteer import Division
from .extract.placeclaims import is_county
from .extract.urltowns import MIN_PEOPLE, host_state, host_towns, site_of

#: The fewest of a site's incidents in one town that make it the site's home.
HOME_EVENTS = 2
#: How many times as many of a site's incidents lie in its home as in any other town: a station
#: reports its suburbs' shootings too, one or two each ("Atlanta" 8 of wsbtv.com's, "Norcross" 1).
#: More than half of them (GVA city +7) left out the sites of a big city and many suburbs (+13 and
#: 2 wrong, of which one a station's suburb: Norcross).
HOME_LEAD = 2
#: The confidence of a town read from the site's other reports: below an address's town's (a
#: third of `urltowns.URL_WEIGHT`, as `extract._place_claim` weighs it), itself below any town a
#: report's words name.
HOME_CONFIDENCE = 0.01
EXTRACTOR = "sitehome"
#: How far from its site's home a town must lie to be read as the namesake near home instead: a
#: station's region, and then some (Springfield, Missouri of a Dayton station lies 900 km off).
FAR_KM = 400
#: How near the home the namesake must lie, and the homes of an incident's sites to each other: a
#: station's region, which may cross a state line.
NEAR_KM = 200

#: A town as the events table holds it: city, state, country.
Home = tuple[str, str | None, str | None]
T = TypeVar("T")


@dataclass
class Homes:
    """The places of a store's incidents by site, and its incidents placed in no town."""

    placed: dict[str, Counter[Home]] = field(default_factory=lambda: defaultdict(Counter))
    unplaced: dict[str, set[str | None]] = field(default_factory=lambda: defaultdict(set))  # event id -> its sites
    states: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # unplaced event -> its state, country
    in_states: dict[str, Counter[tuple[str, str | None]]] = field(default_factory=lambda: defaultdict(Counter))  # site -> its incidents' states
    in_countries: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # site -> its incidents' countries
    towns: dict[str, Home] = field(default_factory=dict)  # placed event asked about -> its town
    sites: dict[str, set[str | None]] = field(default_factory=lambda: defaultdict(set))  # event asked about -> its sites

    def home(self, site: str | None) -> Home | None:
        """The site's home town, where its incidents settle on one."""
        return _settled(self.placed.get(site or ""))

    def to_place(self) -> Iterable[tuple[str, Home]]:
        """Each unplaced incident all of whose reports come from one site with a home, and whose
        state and country, where it has them, are the home's, with that home."""
        for event_id, sites in self.unplaced.items():
            home = self.home(_one(sites))
            if home is None:
                continue
            state, country = self.states[event_id]
            if (state is None or state == home[1]) and (country is None or country == home[2]):
                yield event_id, home

    def states_to_place(self) -> Iterable[tuple[str, tuple[str, str | None]]]:
        """Each unplaced incident with no state, all of whose reports come from one site with a
        home state but no home town, with that state: a station of a few towns' incidents, none
        of them twice, has a state before a town."""
        for event_id, sites in self.unplaced.items():
            site = _one(sites)
            state, country = self.states[event_id]
            home = self.home_state(site) if state is None and self.home(site) is None else None
            if home is not None and country in (None, home[1]):
                yield event_id, home

    def home_state(self, site: str | None) -> tuple[str, str | None] | None:
        """The site's home state and its country, where its incidents settle on one as on a home
        town (`HOME_EVENTS`, `HOME_LEAD`): a station of a few towns has a state before a town."""
        return _settled(self.in_states.get(site or ""))

    def counties(self) -> Iterable[tuple[str, Division]]:
        """Each incident asked about placed in a county of no state, all of whose reports come from
        one site with a home state that has a county of that name: with that state. "Greene
        County" is a county of fourteen states; of a Kinston station, North Carolina's."""
        for event_id, (town, state, _) in self.towns.items():
            home = self.home_state(_one(self.sites[event_id]))
            if home is None or state is not None or not is_county(town):
                continue
            division = next((d for d in gazetteer.divisions(home[0]) if d.country == home[1]), None)
            if division is not None and division.code in gazetteer.county_states(town):
                yield event_id, division

    def namesakes(self) -> Iterable[tuple[str, gazetteer.City]]:
        """Each placed incident asked about (`learn`'s ``asked``) whose sites with a home have
        homes within `NEAR_KM` of each other (a story told by two Pittsburgh stations and a paper
        of no home), and whose town lies over `FAR_KM` from the first of those homes in another
        state or country, with the nearest town of the same name within `NEAR_KM` of it, in its
        country (`namesake_near`); else with its namesake where the sites' names put it
        (`_namesake_where_the_sites_names_put_it`); else with its namesake among the sites' other
        incidents' towns (`_namesake_among_the_sites_towns`); else, where the town lies across the
        Mississippi from the stations that tell it, with its namesake on their side
        (`_namesake_on_the_stations_side`); else, where the town lies abroad, with its namesake in
        the sites' home country (`_namesake_at_home`)."""
        for event_id, town in self.towns.items():
            homes = [home for site in sorted(self.sites[event_id], key=str) if (home := self.home(site)) is not None]
            near = namesake_near(town, homes[0]) if homes and town[1:] != homes[0][1:] and _one_region(homes) else None
            if near is None:
                near = self._namesake_where_the_sites_names_put_it(event_id, town)
            if near is None:
                near = self._namesake_among_the_sites_towns(event_id, town)
            if near is None:
                near = self._namesake_on_the_stations_side(event_id, town)
            if near is None:
                near = self._namesake_at_home(event_id, town)
            if near is not None:
                yield event_id, near

    def _namesake_where_the_sites_names_put_it(self, event_id: str, town: Home) -> gazetteer.City | None:
        """The town of ``town``'s very name in the state the event's sites are named after
        (`urltowns.host_state`: "Wilmington" of delawareonline.com is Delaware's, not the bigger
        Wilmington of North Carolina), else the nearest within `NEAR_KM` of the town they are
        named after (`namesake_near`: "Abilene" of salina.com is Kansas's, not Texas's), where
        ``town`` lies in another state. Only where the sites named after a state, or else after a
        town, all name the same one; and only a town no other of its country's towns of
        `urltowns.MIN_PEOPLE` is called after ("springfieldnewssun.com" names no home)."""
        sites = [site for site in sorted(self.sites[event_id], key=str) if site is not None]
        states = {state.code for site in sites if (state := host_state(site)) is not None}
        if len(states) > 1:
            return None
        if states:
            (code,) = states
            there = _located(town)
            if there is None or there.admin1_code == code:
                return None
            return next((c for c in _very_namesakes(town[0], [code]) if c.admin1_code == code), None)
        towns = {towns[0] for site in sites if (towns := host_towns(f"http://{site}", set(), {"USA"}))}
        if len(towns) != 1:
            return None
        (named,) = towns
        if any(c.country == named.country and c != named and c.population >= MIN_PEOPLE for c in gazetteer.namesakes(named.name)):
            return None
        division = gazetteer.division(named.admin1_code)
        return namesake_near(town, (named.name, division.name if division else None, named.country))

    def _namesake_among_the_sites_towns(self, event_id: str, town: Home) -> gazetteer.City | None:
        """The town of ``town``'s very name, in its country, within `NEAR_KM` of at least
        `HOME_EVENTS` of the towns of the sites' other incidents, where none of those lies within
        `NEAR_KM` of ``town``: "Jackson" of a station whose other incidents are in Humboldt,
        Dyersburg and Jackson, Tennessee is that Jackson, not Mississippi's capital, though the
        station has no home town; "Newark" of a New York station stays New Jersey's."""
        there = _located(town)
        others = Counter[Home]()
        for site in self.sites[event_id]:
            others.update(self.placed.get(site or "", Counter()))
        others[town] -= sum(1 for site in self.sites[event_id] if site is not None)  # its own sites' count of it
        found = [(c, n) for home, n in (+others).items() if (c := _located(home)) is not None]
        if there is None or not found or any(gazetteer.distance_km(there, c) <= NEAR_KM for c, _ in found):
            return None
        namesakes = [c for c in gazetteer.namesakes(town[0]) if c.country == there.country]

        def near(city: gazetteer.City) -> int:
            return sum(n for c, n in found if gazetteer.distance_km(city, c) <= NEAR_KM)

        best = max(namesakes, key=near, default=None)
        return best if best is not None and near(best) >= HOME_EVENTS else None

    def _namesake_on_the_stations_side(self, event_id: str, town: Home) -> gazetteer.City | None:
        """The town of ``town``'s very name on the side of the Mississippi the call letters of the
        event's stations tell (`stations`), where ``town`` lies on the other side or abroad: in the
        state of the most of the stations' incidents that has one, else the most populous on that
        side ("Danville" of WSLS, Roanoke is Virginia's, not the bigger Danville of California). A
        town abroad only in such a state. Only where all its stations tell one side."""
        sites = self.sites[event_id]
        sides = {stations.side_of_site(site) for site in sites} - {None}
        there = _located(town)
        if len(sides) != 1 or there is None:
            return None
        side = next(iter(sides))
        abroad = there.country != "USA"
        if not abroad and stations.side_of_state(there.admin1_code) in (side, None):
            return None
        states = Counter[str]()
        for site in sites:
            for (state, country), n in self.in_states.get(site or "", Counter()).items():
                states.update({d.code: n for d in gazetteer.divisions(state) if d.country == country == "USA"})
        found = [c for c in _very_namesakes(town[0], states) if c.country == "USA" and stations.side_of_state(c.admin1_code) == side]
        home = max((c for c in found if c.admin1_code in states), key=lambda c: states[c.admin1_code], default=None)
        return home if home is not None or abroad else next(iter(found), None)

    def _namesake_at_home(self, event_id: str, town: Home) -> gazetteer.City | None:
        """The town of ``town``'s very name in the home country of the event's sites, where ``town``
        lies abroad: of the sites' home state first, else the most populous. "Birmingham" of a
        Georgia station whose incidents are all American is Birmingham, Alabama, not England's,
        wherever the station's home town lies. Only where every site with a home country has the
        same one."""
        sites = sorted(self.sites[event_id], key=str)
        countries = {country for site in sites if (country := _settled(self.in_countries.get(site or ""))) is not None}
        if len(countries) != 1 or town[2] in countries:
            return None
        country = next(iter(countries))
        found = [c for c in gazetteer.namesakes(town[0]) if c.country == country]
        states = {d.code for site in sites if (home := self.home_state(site)) is not None for d in gazetteer.divisions(home[0])}
        return next((c for c in found if c.admin1_code in states), found[0] if found else None)


def _settled(places: Counter[T] | None) -> T | None:
    """The place a site's incidents settle on: at least `HOME_EVENTS` of them, and `HOME_LEAD`
    times as many as any other place."""
    if not places:
        return None
    (place, n), *rest = places.most_common(2)
    return place if n >= HOME_EVENTS and all(n >= HOME_LEAD * m for _, m in rest) else None


def _one(sites: set[str | None]) -> str | None:
    """The site of an incident all of whose reports come from one site."""
    return next(iter(sites)) if len(sites) == 1 else None


def _located(home: Home) -> gazetteer.City | None:
    """The gazetteer's town of a stored town, state and country."""
    return gazetteer.town_named(home[0], home[2], home[1])


def _very_namesakes(name: str, states: Iterable[str]) -> list[gazetteer.City]:
    """The towns of that very name, most populous first, and those of it in ``states`` the
    gazetteer knows only as a ZIP code's (`gazetteer.hamlets`)."""
    key = gazetteer.fold(name)
    return [c for c in gazetteer.namesakes(name) + gazetteer.hamlets(name, states) if gazetteer.fold(c.name) == key]


def _one_region(homes: list[Home]) -> bool:
    """Whether the homes lie within `NEAR_KM` of the first of them."""
    found = [_located(h) for h in homes]
    first = found[0]
    return first is not None and all(t is not None and gazetteer.distance_km(first, t) <= NEAR_KM for t in found)


def namesake_near(town: Home, home: Home) -> gazetteer.City | None:
    """The nearest town of ``town``'s very name to ``home``, in its country and within `NEAR_KM`
    of it, whichever its state (Wilmington, Delaware of a Philadelphia station), where ``town``
    itself lies over `FAR_KM` from it. A town the gazetteer knows only as a ZIP code's
    (`gazetteer.hamlets`) only in the home's state, as the site's reports name it."""
    here, there = _located(home), _located(town)
    if here is None or there is None or gazetteer.distance_km(here, there) <= FAR_KM:
        return None
    states = [d.code for d in gazetteer.divisions(home[1])] if home[1] else []
    near = [c for c in _very_namesakes(town[0], states) if c.country == home[2]]
    return min((c for c in near if gazetteer.distance_km(here, c) <= NEAR_KM), key=lambda c: gazetteer.distance_km(here, c), default=None)


def learn(rows: Iterable[Sequence[Any]], asked: Collection[str] = ()) -> Homes:
    """Homes from the stored reports, as `Store.site_places` gives them: each report's event id,
    address, the event's town, state, country and kind, and whether a home placed it. An event
    counts once for each site that reported it; one a home placed teaches nothing. The towns and
    sites of the placed events of ``asked`` are kept for `Homes.counties` and `Homes.namesakes`."""
    found = Homes()
    seen: set[tuple[str, str]] = set()
    for event_id, url, city, state, country, kind, by_home in rows:
        if kind != "incident":
            continue
        site = site_of(url)
        if city is not None and not by_home and event_id in asked:
            found.towns[event_id] = (city, state, country)
            found.sites[event_id].add(site)
        if city is None:
            found.unplaced[event_id].add(site)
            found.states[event_id] = (state, country)
        elif site is not None and not by_home and (site, event_id) not in seen:
            seen.add((site, event_id))
            found.placed[site][(city, state, country)] += 1
            if state is not None:
                found.in_states[site][(state, country)] += 1
            if country is not None:
                found.in_countries[site][country] += 1
    return found
