"""The side of the Mississippi a broadcaster's call letters tell (`storyline.extract.stations`)."""

from __future__ import annotations

import pytest

from storyline.extract.stations import side_of_site, side_of_state


@pytest.mark.parametrize(
    ("site", "side"),
    [
        ("wqqx.example.com", "east"),
        ("kqqx.example.com", "west"),
        ("kqqx5.example.com", "west"),  # the channel after the letters
        ("wqqx13.example.com", "east"),
        ("wqqxtv.example.com", "east"),
        ("kdka.example.com", "east"),  # licensed before the rule: Pittsburgh's
        ("wfaa.example.com", "west"),  # and Dallas's
        ("westtn.example.com", None),  # a word, not four letters
        ("wqqxactionnews5.example.com", None),
        ("example-herald.com", None),
        ("qwqx.example.com", None),
        (None, None),
    ],
)
def test_a_stations_site_tells_the_side_of_the_river_its_letters_say(site: str | None, side: str | None) -> None:
    assert side_of_site(site) == side


@pytest.mark.parametrize(
    ("code", "side"),
    [("US.VA", "east"), ("US.DC", "east"), ("US.CA", "west"), ("US.IA", "west"), ("US.MN", None), ("US.LA", None), ("GB.ENG", None), (None, None)],
    ids=["Virginia", "District of Columbia", "California", "Iowa", "Minnesota (the river runs through)", "Louisiana (the river runs through)", "England", "none"],
)
def test_a_state_lies_on_one_side_of_the_river_or_across_it(code: str | None, side: str | None) -> None:
    assert side_of_state(code) == side
