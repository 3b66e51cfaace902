"""Exports: the JSON contract of DESIGN.md, and CSV in ACLED/GDELT-like columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

from .model import COUNT_ATTRIBUTES, Actor, Event, Fact, Interaction
from .reconcile import reconcile
from .store import Store

CSV_COLUMNS = [
    "event_id", "event_date", "date_precision", "event_type", "cameo", "plover", "title", "venue", "location",
    "admin1", "country", "latitude", "longitude", "fatalities", "fatalities_low", "fatalities_high",
    "fatalities_status", "wounded", "arrested", "missing", "hostages", "perpetrators", "source_count",
    "first_reported", "last_reported", "articles",
]  # fmt: skip


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def fact_json(fact: Fact) -> dict[str, Any]:
    return {
        "best": fact.best,
        "low": fact.low,
        "high": fact.high,
        "status": fact.status,
        "claims": [
            {
                "value": c.value,
                "qualifier": c.qualifier,
                "article": c.article,
                "published": _iso(c.published),
                "quote": c.quote,
                "start": c.start,
                "end": c.end,
            }
            for c in fact.claims
        ],
    }


def event_json(event: Event) -> dict[str, Any]:
    p = event.place
    return {
        "id": event.id,
        "kind": event.kind,
        "type": event.type,
        "cameo": event.cameo,
        "title": event.title,
        "date": {"value": _iso(event.date), "precision": event.date_precision if event.date else None},
        "place": {"name": p.name, "city": p.city, "admin1": p.admin1, "country": p.country, "lat": p.lat, "lon": p.lon},
        "facts": {a: fact_json(f) for a, f in event.facts.items()},
        "perpetrators": [{"name": n, "claimed": c} for n, c in event.perpetrators],
        "articles": list(event.articles),
        "reactions": [],
    }


def actor_json(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "role": actor.role, "country": actor.country}


def interaction_json(ix: Interaction) -> dict[str, Any]:
    return {
        "id": ix.id,
        "source": actor_json(ix.source),
        "target": actor_json(ix.target),
        "action": ix.action,
        "cameo": ix.cameo,
        "plover": ix.plover,
        "date": _iso(ix.date),
        "about": ix.about,
        "claims": [{"article": c.article, "quote": c.quote, "start": c.start, "end": c.end} for c in ix.claims],
    }


def dyads(store: Store) -> str:
    """Who did what to whom, counted by country pair and action: the analysts' dyad table."""
    counts: dict[tuple[str, str, str, str], int] = {}
    for ix in store.interactions():
        key = (ix.source.country or "", (ix.target.country if ix.target else None) or "", ix.action, ix.cameo)
        counts[key] = counts.get(key, 0) + 1
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source_country", "target_country", "action", "cameo", "count"])
    for (source, target, action, cameo), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        writer.writerow([source, target, action, cameo, n])
    return out.getvalue()


def events(store: Store, as_of: dt.date | None = None) -> Iterator[Event]:
    """Every stored event, reconciled (as of a date, if given), in date order."""
    for event_id in store.event_ids():
        stored = store.event(event_id)
        if stored is not None:
            record = reconcile(stored, as_of)
            if as_of is None or record.claims:
                yield record


def to_json(store: Store, as_of: dt.date | None = None) -> dict[str, Any]:
    """The whole record as one object, exactly in the names of the export contract."""
    interactions = [
        ix for ix in store.interactions()
        if as_of is None or any(c.published is not None and c.published <= as_of for c in ix.claims)
    ]  # fmt: skip
    reactions_of: dict[str, list[str]] = {}
    for ix in interactions:
        if ix.about:
            reactions_of.setdefault(ix.about, []).append(ix.id)
    return {
        "articles": [
            {
                "id": s.article.id,
                "url": s.article.url,
                "source": s.article.source,
                "published": _iso(s.article.published),
                "title": s.article.title,
                "event": s.event_id,
            }
            for s in store.articles()
            if as_of is None or (s.article.published is not None and s.article.published <= as_of)
        ],
        "events": [_with_reactions(event_json(e), reactions_of) for e in events(store, as_of)],
        "interactions": [interaction_json(ix) for ix in interactions],
    }


def _with_reactions(record: dict[str, Any], reactions_of: dict[str, list[str]]) -> dict[str, Any]:
    record["reactions"] = reactions_of.get(record["id"], [])
    return record


def csv_row(event: Event) -> dict[str, Any]:
    facts = event.facts
    killed = facts.get("killed")
    published = sorted({c.published for c in event.claims if c.published})
    p = event.place
    row: dict[str, Any] = {
        "event_id": event.id, "event_date": _iso(event.date), "date_precision": event.date_precision,
        "event_type": event.type, "cameo": event.cameo, "plover": event.plover, "title": event.title,
        "venue": p.venue, "location": p.city, "admin1": p.admin1, "country": p.country,
        "latitude": p.lat, "longitude": p.lon,
        "fatalities": killed.best if killed else None, "fatalities_low": killed.low if killed else None,
        "fatalities_high": killed.high if killed else None, "fatalities_status": killed.status if killed else None,
        "perpetrators": "; ".join(n for n, _ in event.perpetrators), "source_count": len(event.articles),
        "first_reported": _iso(published[0]) if published else None,
        "last_reported": _iso(published[-1]) if published else None, "articles": "; ".join(event.articles),
    }  # fmt: skip
    for attribute in COUNT_ATTRIBUTES[1:]:
        fact = facts.get(attribute)
        row[attribute] = fact.best if fact else None
    return row


def to_csv(store: Store, as_of: dt.date | None = None) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events(store, as_of):
        writer.writerow(csv_row(event))
    return out.getvalue()
