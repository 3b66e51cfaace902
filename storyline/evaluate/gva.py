"""GVA / SemEval-2018 Task 5: local news reports of shootings and the incidents they report."""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..export import events
from ..extract import gazetteer
from ..model import Event
from ..pipeline import ingest
from ..store import Store, open_store
from .result import Result
from .scorers import adjusted_rand, bcubed


def city_key(name: str | None) -> str:
    """A city name folded for comparison: "St. Louis" and "Saint Louis" are one, and so are "De
    Witt" and "DeWitt", "Winston Salem" and "Winston-Salem", written with and without the space."""
    key = gazetteer.spelled_out(gazetteer.fold(name or "").removeprefix("the "))  # "The Bronx" is GVA's "Bronx"
    return re.sub(r"[\s-]+", "", key.removesuffix(" county").strip())


def _gold_cities(value: str) -> set[str]:
    """GVA's "Miami (Cutler Bay)" or "Park (county)": any of the names is right."""
    match = re.match(r"^(.*?)\s*\((.*?)\)\s*$", value)
    if not match:
        return {city_key(value)}
    return {city_key(match.group(1)), city_key(match.group(2))} - {"county", ""}


def _summary(event: Event) -> dict[str, Any]:
    """What an event says of the scored facts, for the errors file."""
    facts = event.facts
    return {
        "killed": facts["killed"].best if "killed" in facts else None,
        "injured": facts["wounded"].best if "wounded" in facts else None,
        "date": str(event.date), "city": event.place.city, "state": event.place.admin1,
    }  # fmt: skip


def _gva_date(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value.strip(), "%B %d, %Y").date()
    except ValueError:
        return None


def gva(data: Path, db: Path | None = None, limit: int | None = None, n_process: int = 1) -> Result:
    """GVA / SemEval-2018 Task 5: per incident counts, date, city; grouping of articles."""
    started = dt.datetime.now()
    articles_path = data / "gva" / "articles.jsonl"
    incidents = {}
    with (data / "gva" / "incidents.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            incidents[row["incident_uri"]] = row
    gold_of: dict[str, str] = {}
    source = articles_path
    with articles_path.open(encoding="utf-8") as handle:
        lines = handle.readlines()[:limit] if limit else None
    if lines is not None:
        tmp = Path(tempfile.mkdtemp()) / "gva.jsonl"
        tmp.write_text("".join(lines), encoding="utf-8")
        source = tmp
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            gold_of.setdefault(row["id"], row["incident_id"])
    store = open_store(db or Path(tempfile.mkdtemp()) / "gva.db")
    report = ingest([source], store, n_process=n_process)
    result = score_gva(store, gold_of, incidents)
    result.seconds = (dt.datetime.now() - started).total_seconds()
    result.counts.update(articles_read=report.read, input_errors=len(report.errors))
    return result


def score_gva(store: Store, gold_of: dict[str, str], incidents: dict[str, dict[str, Any]]) -> Result:
    predicted: dict[str, str] = {}
    for stored in store.articles():
        if stored.article.id in gold_of:
            # a report that told of no incident is a cluster of its own
            predicted[stored.article.id] = stored.event_id or f"none:{stored.article.id}"
    records = {e.id: e for e in events(store)}
    by_incident: dict[str, list[str]] = defaultdict(list)
    for article_id, incident in gold_of.items():
        by_incident[incident].append(article_id)
    right: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    for incident, article_ids in by_incident.items():
        gold = incidents.get(incident)
        if gold is None:
            continue
        votes = Counter(predicted[a] for a in article_ids if a in predicted and not predicted[a].startswith("none:"))
        event = records.get(votes.most_common(1)[0][0]) if votes else None
        facts = event.facts if event else {}
        killed = int(facts["killed"].best) if "killed" in facts and facts["killed"].best is not None else 0
        wounded = int(facts["wounded"].best) if "wounded" in facts and facts["wounded"].best is not None else 0
        checks = {
            "killed": killed == gold["num_killed"],
            "injured": wounded == gold["num_injured"],
            "date": bool(event and event.date == _gva_date(gold["date"])),
            "city": bool(event and city_key(event.place.city) in _gold_cities(gold["city_or_county"])),
            # the state a town is read in: a town's name alone is many towns' ("Springfield")
            "state": bool(event and gazetteer.fold(event.place.admin1 or "") == gazetteer.fold(gold["state"])),
        }
        for name, ok in checks.items():
            right[name] += ok
        if not all(checks.values()):
            errors.append({
                "incident": incident, "articles": article_ids, "event": event.id if event else None,
                "events": {a: predicted.get(a) for a in article_ids},  # each report's event: splits show
                "split": {v: _summary(records[v]) for v in sorted(set(votes) - {event.id if event else ""}) if v in records},
                "wrong": [n for n, ok in checks.items() if not ok],
                "gold": {"killed": gold["num_killed"], "injured": gold["num_injured"], "date": gold["date"], "city": gold["city_or_county"], "state": gold["state"]},
                "got": {"killed": killed, "injured": wounded, "date": str(event.date) if event else None, "city": event.place.city if event else None, "state": event.place.admin1 if event else None},
            })  # fmt: skip
    n = len([i for i in by_incident if i in incidents])
    precision, recall, f1 = bcubed(predicted, {a: gold_of[a] for a in predicted})
    scores = {
        "killed_exact": right["killed"] / n,
        "injured_exact": right["injured"] / n,
        "date_exact": right["date"] / n,
        "city_exact": right["city"] / n,
        "state_exact": right["state"] / n,
        "bcubed_precision": precision,
        "bcubed_recall": recall,
        "bcubed_f1": f1,
        "ari": adjusted_rand(predicted, {a: gold_of[a] for a in predicted}),
    }
    return Result("gva", {k: round(v, 4) for k, v in scores.items()}, {"incidents": n, "articles": len(predicted)}, errors)
