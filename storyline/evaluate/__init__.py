"""Evaluation on real data nobody on the team wrote: scorers and suites.

Scorers are small functions checked against hand-made cases; each suite runs the real pipeline
on `../shared/data` (or $STORYLINE_DATA) and returns named scores.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import ontology
from .ecbplus import ecbplus, score_ecbplus
from .gtd import gtd, score_gtd
from .gva import city_key, gva, score_gva
from .petrarch2 import petrarch2, score_petrarch2
from .plover import plover, score_plover
from .result import Result
from .scorers import adjusted_rand, bcubed, macro_f1
from .seeds import seeds

__all__ = [
    "SUITES", "Result", "adjusted_rand", "bcubed", "city_key", "ecbplus", "evaluate", "gtd", "gva", "macro_f1",
    "petrarch2", "plover", "score_ecbplus", "score_gtd", "score_gva", "score_petrarch2", "score_plover", "seeds",
]  # fmt: skip

SUITES: dict[str, Callable[..., Result]] = {
    "seeds": seeds, "gva": gva, "ecbplus": ecbplus, "gtd": gtd, "plover": plover, "petrarch2": petrarch2,
}  # fmt: skip


def evaluate(suite: str, data: Path | None = None, **options: Any) -> Result:
    """Run one suite on the data folder (default: ../shared/data or $STORYLINE_DATA)."""
    if suite not in SUITES:
        raise KeyError(f"unknown suite {suite!r}; choose from {', '.join(SUITES)}")
    return SUITES[suite](data or ontology.data_dir(), **options)
