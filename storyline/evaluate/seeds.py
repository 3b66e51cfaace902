"""The seeds against gold/seeds.json: the share of gold incident values found with provenance."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from .. import ontology
from ..export import events
from ..pipeline import ingest
from ..reconcile import reconcile
from ..store import open_store
from .result import Result


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
