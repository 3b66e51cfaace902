"""Global Terrorism Database, 1970-72: one analyst's summary per incident and its gold values.

Each row with a summary is read as its own article and scored on the event it went to (rows whose
articles share an event are fine: the counts, date, city and group are checked per row).

The articles are undated on purpose. Every summary opens with its own date ("7/2/1970: ...") and
is written after the fact, so handing the pipeline the incident date as the publication date would
give away the date it is scored on (an undated incident takes the report's date).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..export import events
from ..extract import gazetteer
from ..model import Article, Event
from ..store import Store
from .ecbplus import events_of
from .gva import city_key
from .result import Result, ingest_and_score

FILE = Path("gtd") / "gtd_1970_1972.csv"
#: The export is not UTF-8; its curly quotes (0x93, 0x94) say Windows-1252 rather than Latin-1.
ENCODING = "cp1252"
UNKNOWN = "unknown"
#: GTD files an attack in any borough under "New York City"; the extractor names the borough.
NEW_YORK_BOROUGHS = {"manhattan", "brooklyn", "queens", "bronx", "the bronx", "staten island"}
#: New York City, its boroughs and its short name, as `city_key` folds them.
NEW_YORK_KEYS = frozenset(city_key(name) for name in (*NEW_YORK_BOROUGHS, "new york"))


@dataclass(frozen=True)
class Incident:
    """One GTD row with a summary: the article it becomes and the values it is scored on."""

    article: Article
    date: dt.date | None  # None where the day or month is not known (0 in the row)
    killed: int | None  # None where the row leaves nkill empty
    wounded: int | None
    city: str | None  # None for empty or "Unknown"
    group: str | None


def _count(value: str) -> int | None:
    value = value.strip()
    return int(float(value)) if value else None


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:  # month or day 0: not known
        return None


def _known(value: str) -> str | None:
    value = value.strip()
    return value if value and value.casefold() != UNKNOWN else None


def read_incidents(path: Path) -> list[Incident]:
    """The rows of a GTD CSV export that have a summary, each as an undated article."""
    incidents = []
    with path.open(encoding=ENCODING, newline="") as handle:
        for row in csv.DictReader(handle):
            summary = row["summary"].strip()
            if not summary:
                continue
            article = Article(id=row["eventid"], text=summary, origin=f"{path}: eventid {row['eventid']}")
            incidents.append(Incident(
                article, _date(row["iyear"], row["imonth"], row["iday"]), _count(row["nkill"]), _count(row["nwound"]),
                _known(row["city"]), _known(row["gname"]),
            ))  # fmt: skip
    return incidents


def gtd(data: Path, db: Path | None = None, limit: int | None = None, n_process: int = 1) -> Result:
    """GTD 1970-72: counts, date, city and group of each summarised incident."""
    incidents = read_incidents(data / FILE)[:limit]
    return ingest_and_score(
        "gtd", (i.article for i in incidents), lambda store: score_gtd(store, incidents), db, n_process
    )


def _best(event: Event | None, attribute: str) -> int:
    """The event's best count, 0 where it has none (most GTD incidents killed no one)."""
    fact = event.facts.get(attribute) if event else None
    return fact.best if fact is not None and isinstance(fact.best, int) else 0


def _same_city(gold: str, got: str | None) -> bool:
    want, found = city_key(gold), city_key(got)
    return found == want or (want == city_key("New York City") and found in NEW_YORK_KEYS)


def _group_key(name: str) -> str:
    """A group's name folded for comparison: the summaries write "New Years Gang" where the row
    has "New Year's Gang", and "the Black Panther Party" where it has "Black Panthers"."""
    words = re.sub(r"[^\w ]", "", gazetteer.fold(name)).split()
    if len(words) > 1 and words[-1] == "party":
        words.pop()
    return " " + " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words) + " "


def _same_group(gold: str, names: list[str]) -> bool:
    """Either name inside the other, in whole words: "Weathermen" and "the Weathermen group"."""
    want = _group_key(gold)
    return any(got.strip() and (got in want or want in got) for got in map(_group_key, names))


def score_gtd(store: Store, incidents: list[Incident]) -> Result:
    """Per row: killed and wounded (exact and mean absolute error), date, city and group."""
    event_of = events_of(store, [i.article for i in incidents])
    records = {e.id: e for e in events(store)}
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    absolute: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    for incident in incidents:
        event_id = event_of.get(incident.article.id)
        event = records.get(event_id) if event_id else None
        killed, wounded = _best(event, "killed"), _best(event, "wounded")
        perpetrators = [name for name, _ in event.perpetrators] if event else []
        checks: dict[str, bool] = {}
        if incident.killed is not None:
            checks["killed"] = killed == incident.killed
            absolute["killed"] += abs(killed - incident.killed)
        if incident.wounded is not None:
            checks["wounded"] = wounded == incident.wounded
            absolute["wounded"] += abs(wounded - incident.wounded)
        if incident.date is not None:
            checks["date"] = bool(event and event.date == incident.date)
        if incident.city is not None:
            checks["city"] = bool(event and _same_city(incident.city, event.place.city))
        if incident.group is not None:
            checks["group"] = _same_group(incident.group, perpetrators)
        for name, ok in checks.items():
            asked[name] += 1
            right[name] += ok
        if not all(checks.values()):
            errors.append({
                "eventid": incident.article.id, "event": event_id, "wrong": [n for n, ok in checks.items() if not ok],
                "gold": {"killed": incident.killed, "wounded": incident.wounded, "date": str(incident.date), "city": incident.city, "group": incident.group},
                "got": {"killed": killed, "wounded": wounded, "date": str(event.date) if event else None, "city": event.place.city if event else None, "groups": perpetrators},
                "count_error": abs(killed - (incident.killed or 0)) + abs(wounded - (incident.wounded or 0)),
                "summary": incident.article.text,
            })  # fmt: skip
    scores = {
        "killed_exact": right["killed"] / asked["killed"] if asked["killed"] else 0.0,
        "killed_mae": absolute["killed"] / asked["killed"] if asked["killed"] else 0.0,
        "wounded_exact": right["wounded"] / asked["wounded"] if asked["wounded"] else 0.0,
        "wounded_mae": absolute["wounded"] / asked["wounded"] if asked["wounded"] else 0.0,
        "date_exact": right["date"] / asked["date"] if asked["date"] else 0.0,
        "city_exact": right["city"] / asked["city"] if asked["city"] else 0.0,
        "group_match": right["group"] / asked["group"] if asked["group"] else 0.0,
    }
    counts = {
        "rows": len(incidents), "rows_with_event": sum(1 for i in incidents if event_of.get(i.article.id)),
        "events": len({event_of[i.article.id] for i in incidents if event_of.get(i.article.id)}),
        **{f"rows_scored_{name}": n for name, n in asked.items()},
    }  # fmt: skip
    errors.sort(key=lambda e: (-e["count_error"], -len(e["wrong"]), e["eventid"]))
    return Result("gtd", {k: round(v, 4) for k, v in scores.items()}, counts, errors)
