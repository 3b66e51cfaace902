"""PLOVER gold standard: 322 sentences from the CAMEO manual, each coded with one PLOVER event.

Each sentence is read as its own article and goes through the interaction extractor alone (no
store, no resolution); the reaction nearest the gold event words is scored on its PLOVER type (its
CAMEO code through the official CAMEO-to-PLOVER table) and on its source's and target's country.

Two things in the gold file are read in the terms our side uses:

* The records were coded in 2016 under PLOVER 0.5b1, whose DEMAND, DISAPPROVE, INVESTIGATE and
  FIGHT the 2021 table calls REQUEST, ACCUSE, ACCUSE (mode investigate) and ASSAULT; without the
  renaming its 76 records of those types could never be right whatever the extractor did.
* Actor codes are ISO 3166 alpha-3 "for all nation-states" (the file's readme), except JAP, ITL and
  VTN, which are plainly Japan, Italy and Vietnam. IGO, NGO, IMG, ISM and a sector word in place of
  a target are not countries: those records are left out of the country scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import nlp, ontology
from ..extract import gazetteer
from ..extract.interactions import Reaction, reactions
from ..model import Article
from .result import Result
from .scorers import macro_f1

FILE = Path("plover") / "PLOVER_GSR_CAMEO.txt"
#: PLOVER 0.5b1 (2016) event types under their 2021 names.
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
#: Country codes the gold file misspells.
MISSPELT = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: What a sentence gets without a reaction.
NONE = "NONE"
#: What a reaction gets whose CAMEO code PLOVER does not map (CAMEO 01 and 02: statements, appeals).
UNMAPPED = "UNMAPPED"


@dataclass(frozen=True)
class Record:
    """One gold sentence: its event type (2021 names) and first source and target as countries."""

    id: str
    text: str
    event: str
    event_text: str
    source: str | None  # ISO alpha-3; None where the first gold source is no country
    target: str | None
    renamed: bool = False  # the gold type was a PLOVER 0.5b1 name


@dataclass(frozen=True)
class Coded:
    """What storyline made of one sentence: the chosen reaction's type, countries and quote."""

    event: str  # a PLOVER type, NONE or UNMAPPED
    source: str | None = None
    target: str | None = None
    action: str | None = None
    cameo: str | None = None
    quote: str | None = None
    reactions: int = 0


def country_code(code: Any) -> str | None:
    """The ISO alpha-3 code of a gold actor code, or None where it names no country."""
    if not isinstance(code, str):
        return None
    code = MISSPELT.get(code.strip().upper(), code.strip().upper())
    return code if len(code) == 3 and gazetteer.country_name(code) else None


def _first_code(actors: Any) -> str | None:
    # the target is a list of actors, "" or missing where the event has none, or once a sector word
    if isinstance(actors, list) and actors and isinstance(actors[0], dict):
        return country_code(actors[0].get("code"))
    return None


def read_records(path: Path) -> list[Record]:
    """The coded sentences of a PLOVER gold-standard file, less its DOCUMENT record."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(rows, list):
        raise ValueError(f"{path}: not a PLOVER gold-standard file (no JSON list of records)")
    records = []
    for row in rows:
        if row.get("event") == "DOCUMENT" or not row.get("text"):
            continue
        event = str(row["event"]).strip().upper()
        records.append(Record(
            str(row["id"]), row["text"], RENAMED.get(event, event), row.get("eventText") or "",
            _first_code(row.get("source")), _first_code(row.get("target")), event in RENAMED,
        ))  # fmt: skip
    return records


def _anchor(text: str, event_text: str) -> int | None:
    """Where the first gold event word that the sentence holds stands in it."""
    for word in event_text.split():
        match = re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE)
        if match:
            return match.start()
    return None


def closest(found: list[Reaction], text: str, event_text: str) -> Reaction | None:
    """The reaction whose span holds or stands nearest the gold event words; the first one where
    the sentence does not hold them."""
    if not found:
        return None
    at = _anchor(text, event_text)
    if at is None:
        return found[0]
    return min(found, key=lambda r: 0 if r.start <= at < r.end else min(abs(r.start - at), abs(r.end - 1 - at)))


def code_sentence(record: Record, found: list[Reaction]) -> Coded:
    """What the reactions of one sentence say, as scored against its gold record."""
    chosen = closest(found, record.text, record.event_text)
    if chosen is None:
        return Coded(NONE)
    return Coded(
        ontology.plover(chosen.cameo) or UNMAPPED, chosen.source.country, chosen.target.country if chosen.target else None,
        chosen.action, chosen.cameo, chosen.quote, len(found),
    )  # fmt: skip


def extract(records: list[Record], n_process: int = 1) -> Iterable[tuple[Record, list[Reaction]]]:
    """Each record with the reactions storyline reads in its sentence."""
    for doc, record in nlp.pipe(((r.text, r) for r in records), n_process=n_process):
        yield record, reactions(doc, Article(id=record.id, text=record.text), set())


def plover(data: Path, db: Path | None = None, limit: int | None = None, n_process: int = 1) -> Result:
    """PLOVER gold standard: event type, source and target country of each coded sentence.

    ``db`` is taken for the suites' common signature and not used: nothing is stored.
    """
    started = dt.datetime.now()
    records = read_records(data / FILE)[:limit]
    coded = [code_sentence(record, found) for record, found in extract(records, n_process)]
    result = score_plover(records, coded)
    result.seconds = (dt.datetime.now() - started).total_seconds()
    return result


def _share(right: int, asked: int) -> float:
    return right / asked if asked else 0.0


def score_plover(records: list[Record], coded: list[Coded]) -> Result:
    """Event type accuracy and macro-F1 over the gold types; source and target country accuracy
    over the records whose first gold actor is a country. The errors hold one row per gold type
    (its precision and recall), then every record scored wrong on anything."""
    if len(records) != len(coded):
        raise ValueError(f"{len(records)} records but {len(coded)} codings")
    gold = [r.event for r in records]
    predicted = [c.event for c in coded]
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    for record, got in zip(records, coded, strict=True):
        checks = {"event": got.event == record.event}
        if record.source is not None:
            checks["source"] = got.source == record.source
        if record.target is not None:
            checks["target"] = got.target == record.target
        for name, ok in checks.items():
            asked[name] += 1
            right[name] += ok
        if not all(checks.values()):
            misses.append({
                "kind": "miss", "id": record.id, "wrong": [n for n, ok in checks.items() if not ok],
                "gold": {"event": record.event, "event_text": record.event_text, "source": record.source, "target": record.target},
                "got": {"event": got.event, "action": got.action, "cameo": got.cameo, "source": got.source, "target": got.target, "quote": got.quote, "reactions": got.reactions},
                "text": record.text,
            })  # fmt: skip
    scores = {
        "event_type_accuracy": _share(right["event"], len(records)),
        "event_type_macro_f1": macro_f1(predicted, gold),
        "source_country_accuracy": _share(right["source"], asked["source"]),
        "target_country_accuracy": _share(right["target"], asked["target"]),
    }
    with_reaction = [(r, c) for r, c in zip(records, coded, strict=True) if c.event != NONE]
    counts = {
        "records": len(records),
        "records_with_reaction": len(with_reaction),
        "records_unmapped_cameo": sum(1 for c in coded if c.event == UNMAPPED),
        "records_gold_type_renamed": sum(1 for r in records if r.renamed),
        "event_type_right": right["event"],
        "records_scored_source": asked["source"],
        "source_country_right": right["source"],
        "records_scored_target": asked["target"],
        "target_country_right": right["target"],
    }
    return Result("plover", {k: round(v, 4) for k, v in scores.items()}, counts, per_type(predicted, gold) + misses)


def per_type(predicted: list[str], gold: list[str]) -> list[dict[str, Any]]:
    """Precision and recall of each gold type, most frequent first."""
    rows = []
    for label, n in sorted(Counter(gold).items(), key=lambda item: (-item[1], item[0])):
        tp = sum(1 for p, g in zip(predicted, gold, strict=True) if p == label == g)
        said = sum(1 for p in predicted if p == label)
        rows.append({
            "kind": "per_type", "type": label, "gold": n, "predicted": said, "right": tp,
            "precision": round(tp / said, 4) if said else 0.0, "recall": round(tp / n, 4),
        })  # fmt: skip
    return rows
