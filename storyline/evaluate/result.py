"""What a suite returns."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Article
from ..pipeline import ingest_articles
from ..store import Store, open_store


@dataclass
class Result:
    suite: str
    scores: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {"suite": self.suite, "scores": self.scores, "counts": self.counts, "seconds": round(self.seconds, 1)}


def ingest_and_score(
    name: str, articles: Iterable[Article], score: Callable[[Store], Result], db: Path | None, n_process: int
) -> Result:
    """Ingest a suite's articles into a fresh store, score them, and note time and input counts."""
    started = dt.datetime.now()
    store = open_store(db or Path(tempfile.mkdtemp()) / f"{name}.db")
    report = ingest_articles(articles, store, n_process=n_process)
    result = score(store)
    result.seconds = (dt.datetime.now() - started).total_seconds()
    result.counts.update(
        input_errors=len(report.errors), duplicates=report.duplicates, near_duplicates=report.near_duplicates
    )
    return result
