"""Evaluation on real data nobody on the team wrote: scorers and suites.

Scorers are small functions checked against hand-made cases; suites run the real pipeline
on `../shared/data` (or $STORYLINE_DATA) and return named scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from math import comb
from pathlib import Path
from typing import Any, TypeVar

from . import ontology
from .export import events
from .extract import gazetteer
from .pipeline import ingest
from .store import SQLiteStore, open_store

K = TypeVar("K", bound=Hashable)


def bcubed(predicted: Mapping[K, Hashable], gold: Mapping[K, Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering, over the items both map."""
    items = [i for i in gold if i in predicted]
    if not items:
        return 0.0, 0.0, 0.0
    pred_members: dict[Hashable, set[Hashable]] = defaultdict(set)
    gold_members: dict[Hashable, set[Hashable]] = defaultdict(set)
    for i in items:
        pred_members[predicted[i]].add(i)
        gold_members[gold[i]].add(i)
    precision = recall = 0.0
    for i in items:
        same_pred = pred_members[predicted[i]]
        same_gold = gold_members[gold[i]]
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def adjusted_rand(predicted: Mapping[K, Hashable], gold: Mapping[K, Hashable]) -> float:
    """Adjusted Rand index (Hubert and Arabie) over the items both map."""
    items = [i for i in gold if i in predicted]
    n = len(items)
    if n < 2:
        return 1.0
    table = Counter((predicted[i], gold[i]) for i in items)
    rows = Counter(predicted[i] for i in items)
    cols = Counter(gold[i] for i in items)
    index = sum(comb(v, 2) for v in table.values())
    sum_rows = sum(comb(v, 2) for v in rows.values())
    sum_cols = sum(comb(v, 2) for v in cols.values())
    expected = sum_rows * sum_cols / comb(n, 2)
    maximum = (sum_rows + sum_cols) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def macro_f1(predicted: list[str], gold: list[str]) -> float:
    """Macro-averaged F1 over the gold labels."""
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(1 for p, g in zip(predicted, gold, strict=True) if p == label and g == label)
        fp = sum(1 for p, g in zip(predicted, gold, strict=True) if p == label and g != label)
        fn = sum(1 for p, g in zip(predicted, gold, strict=True) if p != label and g == label)
        denom = 2 * tp + fp + fn
        scores.append(2 * tp / denom if denom else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


@dataclass
class Result:
    suite: str
    scores: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {"suite": self.suite, "scores": self.scores, "counts": self.counts, "seconds": round(self.seconds, 1)}


def city_key(name: str | None) -> str:
    """A city name folded for comparison: "St. Louis" and "Saint Louis" are one."""
    key = gazetteer.fold(name or "")
    key = re.sub(r"\bst\.?\s", "saint ", key)
    key = re.sub(r"\bft\.?\s", "fort ", key)
    key = re.sub(r"\bmt\.?\s", "mount ", key)
    return key.removesuffix(" county").strip()


def _gold_cities(value: str) -> set[str]:
    """GVA's "Miami (Cutler Bay)" or "Park (county)": any of the names is right."""
    match = re.match(r"^(.*?)\s*\((.*?)\)\s*$", value)
    if not match:
        return {city_key(value)}
    return {city_key(match.group(1)), city_key(match.group(2))} - {"county", ""}


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


def score_gva(store: SQLiteStore, gold_of: dict[str, str], incidents: dict[str, dict[str, Any]]) -> Result:
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
        }
        for name, ok in checks.items():
            right[name] += ok
        if not all(checks.values()):
            errors.append({
                "incident": incident, "articles": article_ids, "event": event.id if event else None,
                "wrong": [n for n, ok in checks.items() if not ok],
                "gold": {"killed": gold["num_killed"], "injured": gold["num_injured"], "date": gold["date"], "city": gold["city_or_county"]},
                "got": {"killed": killed, "injured": wounded, "date": str(event.date) if event else None, "city": event.place.city if event else None},
            })  # fmt: skip
    n = len([i for i in by_incident if i in incidents])
    precision, recall, f1 = bcubed(predicted, {a: gold_of[a] for a in predicted})
    scores = {
        "killed_exact": right["killed"] / n,
        "injured_exact": right["injured"] / n,
        "date_exact": right["date"] / n,
        "city_exact": right["city"] / n,
        "bcubed_precision": precision,
        "bcubed_recall": recall,
        "bcubed_f1": f1,
        "ari": adjusted_rand(predicted, {a: gold_of[a] for a in predicted}),
    }
    return Result("gva", {k: round(v, 4) for k, v in scores.items()}, {"incidents": n, "articles": len(predicted)}, errors)


def seeds(data: Path, db: Path | None = None, limit: int | None = None, n_process: int = 1) -> Result:
    """The seeds against gold/seeds.json: share of incident values found with provenance."""
    started = dt.datetime.now()
    shared = data.parent
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))["incident"]
    store = open_store(db or Path(tempfile.mkdtemp()) / "seeds.db")
    ingest([shared / "seeds"], store)
    found = list(events(store))
    checks: dict[str, bool] = {"one_incident": len(found) == 1}
    event = found[0] if found else None
    facts = event.facts if event else {}
    texts = {s.article.id: s.article.text for s in store.articles()}
    checks["date"] = bool(event and str(event.date) == gold["date"])
    for key in ("venue", "city", "admin1", "country"):
        checks[f"place_{key}"] = bool(event and getattr(event.place, key) == gold["place"][key])
    checks["articles"] = bool(event and sorted(event.articles) == sorted(gold["articles"]))
    for attribute in ("killed", "wounded", "arrested"):
        for want in gold[attribute]:
            qualifiers = want.get("qualifier", "exact")
            allowed = set(qualifiers) if isinstance(qualifiers, list) else {qualifiers}
            claims = facts[attribute].claims if attribute in facts else []
            checks[f"{attribute}_{want['article'][:3]}"] = any(
                c.article == want["article"] and c.value == want["value"] and c.qualifier in allowed
                and texts[c.article][c.start : c.end] == c.quote
                for c in claims
            )  # fmt: skip
    checks["killed_best"] = "killed" in facts and facts["killed"].best == gold["killed_best"]
    checks["wounded_best"] = "wounded" in facts and facts["wounded"].best == gold["wounded_best"]
    if event is not None:
        from .reconcile import reconcile

        stored = store.event(event.id)
        assert stored is not None
        for day, want in gold["as_of"].items():
            view = reconcile(stored, dt.date.fromisoformat(day))
            checks[f"as_of_{day}"] = all(
                view.facts.get(a) is not None and view.facts[a].best == want[f"{a}_best"] for a in ("killed", "wounded")
            )
    checks["responsibility"] = bool(event and any(n == "Islamic State" and c for n, c in event.perpetrators))
    checks["plover"] = bool(event and ontology.plover(event.cameo) == gold["plover"])
    checks["quotes_match"] = bool(event and all(texts[c.article][c.start : c.end] == c.quote for c in event.claims))
    share = sum(checks.values()) / len(checks)
    errors = [{"check": k} for k, ok in checks.items() if not ok]
    return Result("seeds", {"gold_share": round(share, 4)}, {"checks": len(checks), "passed": sum(checks.values())}, errors, (dt.datetime.now() - started).total_seconds())


SUITES: dict[str, Callable[..., Result]] = {"seeds": seeds, "gva": gva}


def evaluate(suite: str, data: Path | None = None, **options: Any) -> Result:
    """Run one suite on the data folder (default: ../shared/data or $STORYLINE_DATA)."""
    if suite not in SUITES:
        raise KeyError(f"unknown suite {suite!r}; choose from {', '.join(SUITES)}")
    return SUITES[suite](data or ontology.data_dir(), **options)
