"""A site's home town, learned from the places of its other reports (`storyline.sitehome`)."""

from __future__ import annotations

import pytest

from storyline.extract.urltowns import site_of
from storyline.sitehome import learn

WICHITA = ("Wichita", "Kansas", "USA")
TOPEKA = ("Topeka", "Kansas", "USA")
SALINA = ("Salina", "Kansas", "USA")


def _row(event: str, url: str, place: tuple[str | None, str | None, str | None], kind: str = "incident", by_home: bool = False) -> tuple[object, ...]:
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
