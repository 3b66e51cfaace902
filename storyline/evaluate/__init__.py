"""Evaluation on real data nobody on the team wrote: scorers and suites.

Scorers are small functions checked against hand-made cases; each suite runs the real pipeline
on `../shared/data` (or $STORYLINE_DATA) and returns named scores.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import ontology
from .gva import city_key, gva, score_gva
from .result import Result
from .scorers import adjusted_rand, bcubed, macro_f1
from .seeds import seeds

__all__ = ["SUITES", "Result", "adjusted_rand", "bcubed", "city_key", "evaluate", "gva", "macro_f1", "score_gva", "seeds"]

SUITES: dict[str, Callable[..., Result]] = {"seeds": seeds, "gva": gva}


def evaluate(suite: str, data: Path | None = None, **options: Any) -> Result:
    """Run one suite on the data folder (default: ../shared/data or $STORYLINE_DATA)."""
    if suite not in SUITES:
        raise KeyError(f"unknown suite {suite!r}; choose from {', '.join(SUITES)}")
    return SUITES[suite](data or ontology.data_dir(), **options)
