"""Scorers checked on hand-made cases with known answers."""

from __future__ import annotations

import pytest

from storyline.evaluate import adjusted_rand, bcubed, city_key, macro_f1
from storyline.evaluate.gtd import _same_city, _same_group


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ({1: "a", 2: "a", 3: "b"}, {1: "x", 2: "x", 3: "y"}, (1.0, 1.0, 1.0)),
        # everything in one cluster: precision 5/9 (items of x see 2/3, y sees 1/3), recall 1
        ({1: "a", 2: "a", 3: "a"}, {1: "x", 2: "x", 3: "y"}, (5 / 9, 1.0, 2 * (5 / 9) / (5 / 9 + 1))),
        # all singletons: precision 1, recall (1/2 + 1/2 + 1) / 3
        ({1: "a", 2: "b", 3: "c"}, {1: "x", 2: "x", 3: "y"}, (1.0, 2 / 3, 0.8)),
    ],
)
def test_bcubed_on_hand_made_clusterings(predicted, gold, expected) -> None:  # type: ignore[no-untyped-def]
    assert bcubed(predicted, gold) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ({1: "a", 2: "a", 3: "b", 4: "b"}, {1: "x", 2: "x", 3: "y", 4: "y"}, 1.0),
        ({1: "a", 2: "b", 3: "a", 4: "b"}, {1: "x", 2: "x", 3: "y", 4: "y"}, -0.5),
        # sklearn.metrics.adjusted_rand_score([0,0,0,1,1,1],[0,0,1,1,2,2]) == 0.24242424...
        ({1: 0, 2: 0, 3: 0, 4: 1, 5: 1, 6: 1}, {1: 0, 2: 0, 3: 1, 4: 1, 5: 2, 6: 2}, 0.2424242424),
    ],
)
def test_adjusted_rand_on_hand_made_clusterings(predicted, gold, expected) -> None:  # type: ignore[no-untyped-def]
    assert adjusted_rand(predicted, gold) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        (["a", "b", "a"], ["a", "b", "a"], 1.0),
        (["a", "a", "a"], ["a", "b", "b"], (0.5 + 0.0) / 2),
    ],
)
def test_macro_f1_on_hand_made_labels(predicted: list[str], gold: list[str], expected: float) -> None:
    assert macro_f1(predicted, gold) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("St. Louis", "Saint Louis"), ("Ft. Worth", "Fort Worth"), ("Kansas City", "kansas city"), ("The Bronx", "Bronx"),
        # one name written with and without its space or hyphen
        ("De Witt", "DeWitt"), ("Winston Salem", "Winston-Salem"),
    ],
)
def test_city_names_compare_folded(a: str, b: str) -> None:
    assert city_key(a) == city_key(b)


@pytest.mark.parametrize(("a", "b"), [("Dewitt", "Dexter"), ("Salem", "Winston-Salem"), ("Harris County", "Harrison")])
def test_other_city_names_stay_apart(a: str, b: str) -> None:
    assert city_key(a) != city_key(b)


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [("New York City", "Brooklyn", True), ("New York City", "The Bronx", True), ("New York City", "Staten Island", True),
     ("New York City", "New York", True), ("New York City", "Newark", False), ("DeWitt", "De Witt", True)],
)
def test_a_gtd_city_is_its_boroughs_too(gold: str, got: str, same: bool) -> None:
    assert _same_city(gold, got) is same


@pytest.mark.parametrize(
    ("gold", "names", "same"),
    [
        ("Weathermen", ["the Weathermen group"], True),
        ("New Year's Gang", ["New Years Gang"], True),
        ("Black Panthers", ["Black Panther Party"], True),
        ("Puerto Rican Nationalists", ["Puerto Rican nationalists"], True),
        ("Black Panthers", ["White Panther Party"], False),
        ("Black Nationalists", ["African Americans"], False),
        ("Armed Commandos of Liberation", ["Rican Nationalists", ""], False),
    ],
)
def test_gtd_group_names_match_in_whole_words(gold: str, names: list[str], same: bool) -> None:
    assert _same_group(gold, names) is same
