"""The seeds: three real reports of one attack, checked value by value against gold/seeds.json."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.model import Event
from storyline.ontology import plover
from storyline.reconcile import reconcile
from storyline.store import SQLiteStore


def _incident(seed_events: list[Event]) -> Event:
    assert len(seed_events) == 1, [e.title for e in seed_events]
    return seed_events[0]


def test_three_reports_make_one_incident(seed_events: list[Event], gold_seeds: dict) -> None:
    event = _incident(seed_events)
    assert event.kind == "incident"
    assert sorted(event.articles) == sorted(gold_seeds["incident"]["articles"])


def test_incident_date_is_when_it_happened_not_when_reported(seed_events: list[Event], gold_seeds: dict) -> None:
    event = _incident(seed_events)
    assert event.date == dt.date.fromisoformat(gold_seeds["incident"]["date"])
    assert event.date_precision == "day"


@pytest.mark.parametrize("field", ["venue", "city", "admin1", "country"])
def test_incident_place(seed_events: list[Event], gold_seeds: dict, field: str) -> None:
    event = _incident(seed_events)
    assert getattr(event.place, field) == gold_seeds["incident"]["place"][field]


def test_incident_has_coordinates_from_the_gazetteer(seed_events: list[Event]) -> None:
    place = _incident(seed_events).place
    assert place.lat == pytest.approx(55.82, abs=0.05)
    assert place.lon == pytest.approx(37.33, abs=0.05)


def test_incident_type_is_an_assault(seed_events: list[Event], gold_seeds: dict) -> None:
    event = _incident(seed_events)
    assert event.type == "armed attack"
    assert plover(event.cameo) == gold_seeds["incident"]["plover"]


@pytest.mark.parametrize("attribute", ["killed", "wounded", "arrested"])
def test_every_gold_figure_is_a_claim_with_its_qualifier(seed_events: list[Event], gold_seeds: dict, attribute: str) -> None:
    fact = _incident(seed_events).facts[attribute]
    for want in gold_seeds["incident"][attribute]:
        allowed = want.get("qualifier", "exact")
        allowed = set(allowed) if isinstance(allowed, list) else {allowed}
        matches = [c for c in fact.claims if c.article == want["article"] and c.value == want["value"]]
        assert matches, f"no {attribute} claim of {want['value']} from {want['article']}"
        assert any(c.qualifier in allowed for c in matches), [c.qualifier for c in matches]


@pytest.mark.parametrize("attribute", ["killed", "wounded"])
def test_rising_toll_keeps_history_and_ends_at_latest(seed_events: list[Event], gold_seeds: dict, attribute: str) -> None:
    fact = _incident(seed_events).facts[attribute]
    assert fact.best == gold_seeds["incident"][f"{attribute}_best"]
    assert fact.status == "rising"
    published = [c.published for c in fact.claims]
    dated = [p for p in published if p is not None]
    assert dated == sorted(dated)
    assert published[-1] is None  # the undated report comes last, never as the latest


@pytest.mark.parametrize("day", ["2024-03-24", "2024-03-26"])
def test_as_of_uses_only_what_was_published_by_then(seeds_db: tuple[SQLiteStore, object], gold_seeds: dict, day: str) -> None:
    store = seeds_db[0]
    (event_id,) = store.event_ids()
    stored = store.event(event_id)
    assert stored is not None
    view = reconcile(stored, dt.date.fromisoformat(day))
    for attribute in ("killed", "wounded"):
        assert view.facts[attribute].best == gold_seeds["incident"]["as_of"][day][f"{attribute}_best"]
    assert all(c.published is not None and c.published <= dt.date.fromisoformat(day) for c in view.claims)


def test_responsibility_claimed_by_islamic_state_reported_as_daesh(seed_events: list[Event]) -> None:
    event = _incident(seed_events)
    assert event.perpetrators == [("Islamic State", True)]  # and no one who only reacted to it
    claim = next(c for c in event.claims if c.attribute == "responsibility")
    assert "Daesh" in claim.quote


def test_beslan_is_neither_an_incident_nor_a_source_of_figures(seed_events: list[Event], seeds_db: tuple[SQLiteStore, object]) -> None:
    event = _incident(seed_events)
    store = seeds_db[0]
    texts = {s.article.id: s.article.text for s in store.articles()}
    beslan = texts["000_c445c18be48d3af9"].index("Beslan")
    for claim in event.claims:
        assert "Beslan" not in claim.quote and "2004" not in claim.quote
        if claim.article == "000_c445c18be48d3af9":
            assert not (claim.start <= beslan < claim.end)
    assert event.date is not None and event.date.year == 2024


def test_every_quote_equals_its_span(seed_events: list[Event], seeds_db: tuple[SQLiteStore, object]) -> None:
    store = seeds_db[0]
    texts = {s.article.id: s.article.text for s in store.articles()}
    event = _incident(seed_events)
    assert event.claims
    for claim in event.claims:
        assert texts[claim.article][claim.start : claim.end] == claim.quote


def test_undated_report_is_kept_and_marked_undated(seeds_db: tuple[SQLiteStore, object]) -> None:
    stored = seeds_db[0].article("000_c445c18be48d3af9")
    assert stored is not None and stored.article.published is None and stored.event_id is not None


def test_section_headings_lend_nothing(seed_events: list[Event]) -> None:
    for claim in _incident(seed_events).claims:
        assert claim.quote not in ("The Escalating Toll and Global Outcry", "The Tragedy in Moscow")


def test_every_merge_keeps_its_evidence(seeds_db: tuple[SQLiteStore, object]) -> None:
    store = seeds_db[0]
    (event_id,) = store.event_ids()
    merges = store.merges(event_id)
    assert len(merges) == 3
    joined = [m for m in merges if m["score"] is not None]
    assert len(joined) == 2
    for merge in joined:
        assert merge["evidence"], merge
