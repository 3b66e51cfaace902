"""The quality gate: each suite's scores on ../shared/data against eval/baseline.json.

A score may rise freely; it fails when it falls more than TOLERANCE below its baseline (for an
error such as `killed_mae`, rises more than TOLERANCE above it). Each suite runs once per session.
After a real improvement, write the new numbers into the baseline with the change that made them
(`storyline eval SUITE --json`, rounded to 4 decimals). `event_share` of ecbplus is not gated: on
topics that are no incident at all, more events is not better.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.evaluate import evaluate
from storyline.ontology import data_dir

DATA = data_dir()
if not DATA.exists():
    pytest.skip(
        f"{DATA}: no shared evaluation data here; the quality gate needs ../shared/data", allow_module_level=True
    )

BASELINE_FILE = Path(__file__).resolve().parent.parent / "eval" / "baseline.json"
BASELINE: dict[str, dict[str, float]] = json.loads(BASELINE_FILE.read_text(encoding="utf-8"))
TOLERANCE = 0.01
#: What each suite reads, beside the data folder; a suite whose input is missing is skipped.
INPUTS = {
    "seeds": DATA.parent / "gold" / "seeds.json",
    "gva": DATA / "gva" / "articles.jsonl",
    "ecbplus": DATA / "ecbplus",
    "gtd": DATA / "gtd" / "gtd_1970_1972.csv",
    "plover": DATA / "plover" / "PLOVER_GSR_CAMEO.txt",
    "petrarch2": DATA / "petrarch2" / "PETR.UnitTest.records.xml",
}


def _lower_is_better(score: str) -> bool:
    return score.endswith("_mae")


def _drops(baseline: dict[str, float], scores: dict[str, float]) -> dict[str, tuple[float, float | None]]:
    """Scores worse than their baseline by more than the tolerance (or gone), as (baseline, now)."""
    worse = {}
    for name, want in baseline.items():
        got = scores.get(name)
        if got is None:
            worse[name] = (want, None)
        elif (got - want if _lower_is_better(name) else want - got) > TOLERANCE:
            worse[name] = (want, got)
    return worse


@pytest.mark.parametrize(
    ("scores", "failing"),
    [
        ({"f1": 0.795, "killed_mae": 0.205}, set()),  # within the tolerance
        ({"f1": 0.95, "killed_mae": 0.1}, set()),  # better
        ({"f1": 0.7, "killed_mae": 0.3}, {"f1", "killed_mae"}),  # worse: F1 down, error up
        ({}, {"f1", "killed_mae"}),  # a score that is gone fails too
    ],
)
def test_gate_fails_only_scores_worse_than_the_baseline_by_more_than_the_tolerance(
    scores: dict[str, float], failing: set[str]
) -> None:
    assert set(_drops({"f1": 0.8, "killed_mae": 0.2}, scores)) == failing


@pytest.mark.slow
@pytest.mark.parametrize("suite", sorted(BASELINE))
def test_suite_scores_do_not_fall_below_the_baseline(suite: str, tmp_path: Path) -> None:
    needs = INPUTS.get(suite, DATA)
    if not needs.exists():
        pytest.skip(f"{needs}: not here, so the {suite} suite cannot run")
    result = evaluate(suite, DATA, db=tmp_path / f"{suite}.db")
    print(f"\n{suite} ({result.seconds:.0f} s)    baseline      now     diff")
    for name, want in BASELINE[suite].items():
        got = result.scores.get(name)
        print(
            f"  {name:<20} {want:>8.4f} {got if got is None else format(got, '8.4f'):>8} {'' if got is None else format(got - want, '+8.4f')}"
        )
    drops = _drops(BASELINE[suite], result.scores)
    assert not drops, f"{suite}: worse than {BASELINE_FILE.name} by more than {TOLERANCE}: {drops}"
