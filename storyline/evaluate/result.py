"""What a suite returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Result:
    suite: str
    scores: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {"suite": self.suite, "scores": self.scores, "counts": self.counts, "seconds": round(self.seconds, 1)}
