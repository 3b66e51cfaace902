"""A site's home town, learned from the places of its other reports (`storyline.sitehome`)."""

from __future__ import annotations

import pytest

from storyline.extract.urltowns import site_of
from storyline.sitehome import learn, namesake_near

WICHITA = ("Wichita", "Kansas", "USA")
TOPEKA = ("Topeka", "Kansas", "USA")
SALINA = ("Salina", "Kansas", "USA")
SEATTLE = ("Seattle", "Washington", "USA")


def _row(event: str, url: str | None, place: tuple[str | None, str | None, str | None], kind: str = "incident", by_home: bool = False) -> tuple[object, ...]:
    return (event, url, *place, kind, by_home)


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("http://m.wsbtv.com:80/news/news/local/a/", "wsbtv.com"),
        ("http://web.archive.org/web/20150727233545/http://www.wisn.com/news/a/30630556", "wisn.com"),
        ("https://www.example-herald.com/news/c", "example-herald.com"),
        ("file:///tmp/report.html", None),
        ("http://localhost/report", None),
        (None, None),
    ],
)
def test_a_site_is_one_name_for_all_its_versions(url: str | None, site: str | None) -> None:
    assert site_of(url) == site


def test_the_town_of_most_of_a_sites_incidents_is_its_home() -> None:
    homes = learn([
        _row("e1", "https://herald.example.com/1", WICHITA),
        _row("e1", "https://www.herald.example.com/1b", WICHITA),  # two reports of one incident count once
        _row("e2", "https://herald.example.com/2", WICHITA),
        _row("e3", "https://herald.example.com/3", TOPEKA),
        _row("e8", "https://herald.example.com/8", SALINA),  # the suburbs' one each: twice as many at home
        _row("e4", "https://herald.example.com/4", (None, None, None)),
        _row("e5", "https://herald.example.com/5", (None, "Kansas", "USA")),  # its state is the home's
        _row("e6", "https://herald.example.com/6", (None, "Texas", "USA")),  # another state's: not placed
        _row("e7", "https://herald.example.com/7", (None, None, None), kind="other"),  # no incident
    ])  # fmt: skip
    assert dict(homes.to_place()) == {"e4": WICHITA, "e5": WICHITA}


@pytest.mark.parametrize(
    "rows",
    [
        # one incident in a town is no home
        [_row("e1", "https://a.example.com/1", WICHITA)],
        # no town twice as often as another
        [_row(f"e{i}", "https://a.example.com/x", town) for i, town in enumerate((WICHITA, WICHITA, WICHITA, TOPEKA, TOPEKA))],
        # a town a home placed teaches nothing: the site's reports named it once
        [_row("e1", "https://a.example.com/1", WICHITA), _row("e2", "https://a.example.com/2", WICHITA, by_home=True)],
    ],
    ids=["one incident", "no lead", "placed by a home"],
)
def test_a_site_that_settles_on_no_town_has_no_home(rows: list[tuple[object, ...]]) -> None:
    unplaced = _row("e9", "https://a.example.com/9", (None, None, None))
    assert dict(learn([*rows, unplaced]).to_place()) == {}


def test_an_incident_reported_by_two_sites_is_placed_by_neither() -> None:
    rows = [_row(f"e{i}", f"https://{site}.example.com/{i}", WICHITA) for i, site in enumerate(("a", "a", "b", "b"))]
    both = [_row("e9", "https://a.example.com/9", (None, None, None)), _row("e9", "https://b.example.com/9", (None, None, None))]
    assert dict(learn(rows + both).to_place()) == {}


AUGUSTA_GEORGIA = ("Augusta", "Georgia", "USA")  # the gazetteer's Augusta: Augusta, Kansas lies 32 km from Wichita
DERBY_ENGLAND = ("Derby", "England", "GBR")  # Derby, Kansas: 17 km from Wichita


@pytest.mark.parametrize(
    ("town", "near"),
    [
        (AUGUSTA_GEORGIA, ("Augusta", "US.KS")),
        (DERBY_ENGLAND, ("Derby", "US.KS")),
        (("Seattle", "Washington", "USA"), None),  # no Seattle in Kansas
        (("Springfield", "Missouri", "USA"), None),  # 250 km off: within a station's reach, read as it is
        (TOPEKA, None),  # in the home's state already
    ],
    ids=["another state", "another country", "no namesake near home", "not far", "home state"],
)
def test_a_far_town_is_read_as_its_namesake_near_the_sites_home(
    town: tuple[str, str, str], near: tuple[str, str] | None
) -> None:
    found = namesake_near(town, WICHITA)
    assert (found.name, found.admin1_code) == near if found is not None else near is None


def test_an_incident_asked_about_whose_sites_homes_lie_in_one_region_is_read_near_them() -> None:
    rows = [
        *(_row(f"e{i}", f"https://herald.example.com/{i}", WICHITA) for i in (1, 2, 7, 8, 10, 11)),
        *(_row(f"s{i}", f"https://seattle.example.com/{i}", SEATTLE) for i in (1, 2)),
        _row("e3", "https://herald.example.com/3", AUGUSTA_GEORGIA),
        _row("e4", "https://herald.example.com/4", DERBY_ENGLAND),  # not asked about: stored by an earlier ingest
        _row("e5", "https://herald.example.com/5", DERBY_ENGLAND),  # also told by a site of no home
        _row("e5", "https://gazette.example.org/5", DERBY_ENGLAND),
        _row("e6", "https://gazette.example.org/6", AUGUSTA_GEORGIA),  # only a site of no home
        _row("e9", "https://herald.example.com/9", DERBY_ENGLAND),  # told by sites of homes far apart: read
        _row("e9", "https://seattle.example.com/9", DERBY_ENGLAND),  # in their one country, not near either
    ]
    read = {event: (town.name, town.admin1_code) for event, town in learn(rows, {"e1", "e3", "e5", "e6", "e9"}).namesakes()}
    assert read == {"e3": ("Augusta", "US.KS"), "e5": ("Derby", "US.KS"), "e9": ("Derby", "US.KS")}


def test_a_town_abroad_is_read_at_home_where_its_sites_incidents_lie_at_home() -> None:
    rows = [
        _row("e1", "https://station.example.com/1", WICHITA),  # a station of a home state but no home town
        _row("e2", "https://station.example.com/2", TOPEKA),
        _row("e3", "https://station.example.com/3", SALINA),
        _row("e8", "https://station.example.com/8", ("Hutchinson", "Kansas", "USA")),
        _row("e9", "https://station.example.com/9", ("Lawrence", "Kansas", "USA")),
        _row("e4", "https://station.example.com/4", ("Birmingham", "England", "GBR")),  # Kansas has none
        _row("e5", "https://station.example.com/5", DERBY_ENGLAND),  # Kansas has one
        _row("e6", "https://other.example.org/6", ("Paris", "Ile-de-France", "FRA")),  # a site of no home country
        _row("e7", "https://other.example.org/7", DERBY_ENGLAND),
    ]
    homes = learn(rows, {"e4", "e5", "e6"})
    assert homes.home("station.example.com") is None
    read = {event: (town.name, town.admin1_code) for event, town in homes.namesakes()}
    assert read == {"e4": ("Birmingham", "US.AL"), "e5": ("Derby", "US.KS")}


def test_a_far_town_is_read_as_its_nearest_namesake_across_a_state_line() -> None:
    found = namesake_near(("Wilmington", "North Carolina", "USA"), ("Philadelphia", "Pennsylvania", "USA"))
    assert found is not None and (found.name, found.admin1_code) == ("Wilmington", "US.DE")  # 40 km off, in Delaware


def test_a_county_of_no_state_is_placed_in_its_sites_home_state_where_it_has_one() -> None:
    rows = [
        *(_row(f"e{i}", f"https://herald.example.com/{i}", WICHITA) for i in (1, 2)),
        _row("e3", "https://herald.example.com/3", ("Butler County", None, None)),  # Kansas has one, as eight states do
        _row("e4", "https://herald.example.com/4", ("Greene County", None, None)),  # Kansas has none
        _row("e5", "https://herald.example.com/5", ("Butler County", "Ohio", "USA")),  # a report named its state
        _row("e6", "https://herald.example.com/6", ("Linwood", None, None)),  # a town, not a county
    ]
    placed = {event: division.name for event, division in learn(rows, {"e3", "e4", "e5", "e6"}).counties()}
    assert placed == {"e3": "Kansas"}


def test_a_site_of_a_few_towns_has_a_home_state_before_a_home_town() -> None:
    rows = [
        _row("e1", "https://station.example.com/1", WICHITA),
        _row("e2", "https://station.example.com/2", TOPEKA),
        _row("e3", "https://station.example.com/3", SALINA),
        _row("e4", "https://station.example.com/4", ("Butler County", None, None)),
    ]
    homes = learn(rows, {"e4"})
    assert homes.home("station.example.com") is None and homes.home_state("station.example.com") == ("Kansas", "USA")
    assert {event: division.name for event, division in homes.counties()} == {"e4": "Kansas"}


def test_a_far_town_is_read_as_its_namesake_among_the_sites_other_towns() -> None:
    jackson_ms, jackson_tn = ("Jackson", "Mississippi", "USA"), ("Jackson", "Tennessee", "USA")
    rows = [
        # a station of a region's towns, none of them twice: no home town
        _row("w1", "https://westtn.example.com/1", ("Humboldt", "Tennessee", "USA")),
        _row("w2", "https://westtn.example.com/2", ("Dyersburg", "Tennessee", "USA")),
        _row("w3", "https://westtn.example.com/3", jackson_tn),
        _row("w4", "https://westtn.example.com/4", jackson_ms),  # 300 km from any of them
        # a station of a city and the city across the river: Newark is New Jersey's
        *(_row(f"n{i}", f"https://metro.example.com/{i}", ("New York City", "New York", "USA")) for i in (1, 2, 3)),
        _row("n4", "https://metro.example.com/4", ("Newark", "New Jersey", "USA")),
        # one other incident near a namesake is too few
        _row("p1", "https://lone.example.com/1", ("Clarksburg", "West Virginia", "USA")),
        _row("p2", "https://lone.example.com/2", ("Charleston", "South Carolina", "USA")),
    ]
    homes = learn(rows, {"w4", "n4", "p2"})
    assert homes.home("westtn.example.com") is None
    read = {event: (town.name, town.admin1_code) for event, town in homes.namesakes()}
    assert read == {"w4": ("Jackson", "US.TN")}


def test_a_town_the_site_has_placed_another_incident_in_is_kept() -> None:
    jackson_ms = ("Jackson", "Mississippi", "USA")
    rows = [
        _row("w1", "https://westtn.example.com/1", ("Humboldt", "Tennessee", "USA")),
        _row("w2", "https://westtn.example.com/2", ("Dyersburg", "Tennessee", "USA")),
        _row("w3", "https://westtn.example.com/3", jackson_ms),
        _row("w4", "https://westtn.example.com/4", jackson_ms),
        _row("w4", None, jackson_ms),  # a report of no address beside it: no site's count
    ]
    assert dict(learn(rows, {"w4"}).namesakes()) == {}


def test_a_town_across_the_river_from_its_station_is_read_as_its_namesake_on_the_stations_side() -> None:
    danville_ca = ("Danville", "California", "USA")
    rows = [
        _row("e1", "https://wqqa.example.com/1", danville_ca),  # a W station of no other incident: the most populous east
        _row("e2", "https://wqqb5.example.com/2", ("Peoria", "Illinois", "USA")),  # one of Illinois's: Illinois's
        _row("e3", "https://wqqb5.example.com/3", danville_ca),
        _row("e4", "https://kqqc.example.com/4", danville_ca),  # a K station's stays
        _row("e5", "https://wqqd.example.com/5", danville_ca),  # a W station and a K station tell no side
        _row("e5", "https://kqqd.example.com/5", danville_ca),
        _row("e6", "https://wqqe.example.com/6", ("Danville", "Virginia", "USA")),  # on the station's side already
        _row("e7", "https://kqqf.example.com/7", ("Preston", "England", "GBR")),  # abroad: not in a state of no incident
        _row("e8", "https://kqqgtv.example.com/8", ("Boise", "Idaho", "USA")),
        _row("e9", "https://kqqgtv.example.com/9", ("Preston", "England", "GBR")),  # in the station's state
        _row("e10", "https://example-herald.com/10", danville_ca),  # no call letters
    ]
    read = {event: (town.name, town.admin1_code) for event, town in learn(rows, {f"e{i}" for i in range(1, 11)}).namesakes()}
    assert read == {"e1": ("Danville", "US.VA"), "e3": ("Danville", "US.IL"), "e9": ("Preston", "US.ID")}


def test_a_far_town_is_read_as_its_namesake_where_the_sites_name_puts_it() -> None:
    rows = [
        # a site named after a state, and one after a town of one name, with no other incidents
        _row("e1", "https://delawaredaily.example.com/1", ("Wilmington", "North Carolina", "USA")),
        _row("e2", "https://salinadaily.example.com/2", ("Abilene", "Texas", "USA")),
        # a town's name of many towns is no home; a town in the site's state stays
        _row("e3", "https://springfielddaily.example.com/3", ("Springfield", "Ohio", "USA")),
        _row("e4", "https://delawaredaily.example.com/4", ("Dover", "Delaware", "USA")),
        # a state with no town of the name: kept
        _row("e5", "https://delawaredaily.example.com/5", ("Abilene", "Texas", "USA")),
    ]
    read = {event: (town.name, town.admin1_code) for event, town in learn(rows, {f"e{i}" for i in range(1, 6)}).namesakes()}
    assert read == {"e1": ("Wilmington", "US.DE"), "e2": ("Abilene", "US.KS")}
