"""Generality on real reports nobody on the team wrote: a slice of the GVA corpus.

The whole corpus is measured by `storyline eval gva`; this slice keeps the suite quick and fails
when extraction or grouping falls well below what the whole corpus scores (see the issue notes).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.evaluate import gva
from storyline.evaluate.gva import score_gva
from storyline.pipeline import ingest
from storyline.store import open_store

#: Floors a little under the scores of the first 400 lines when this test was written.
FLOORS = {"killed_exact": 0.7, "injured_exact": 0.55, "date_exact": 0.6, "city_exact": 0.4, "bcubed_f1": 0.8}


@pytest.mark.slow
@pytest.mark.parametrize("lines", [400])
def test_gva_slice_scores_stay_above_their_floors(shared_data: Path, tmp_path: Path, lines: int) -> None:
    result = gva(shared_data, db=tmp_path / "gva.db", limit=lines)
    assert result.counts["incidents"] > 150
    low = {k: v for k, v in result.scores.items() if k in FLOORS and v < FLOORS[k]}
    assert not low, (low, result.scores)


def test_an_incident_is_scored_on_the_state_its_town_is_read_in(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "title": "", "published": "2016-05-02", "text": "A man was shot and killed in Springfield, Illinois, on Sunday night, police said."},
        {"id": "b", "title": "", "published": "2016-05-09", "text": "Two women were wounded in a shooting in Springfield, Missouri, on Sunday, police said."},
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    store = open_store(tmp_path / "gva.db")
    ingest([path], store)
    incident = {"num_killed": 1, "num_injured": 0, "date": "May 1, 2016", "city_or_county": "Springfield"}
    gold = {
        "1": {**incident, "state": "Illinois"},
        "2": {**incident, "num_killed": 0, "num_injured": 2, "state": "Illinois"},  # GVA's state, not the report's
    }

    result = score_gva(store, {"a": "1", "b": "2"}, gold)

    assert result.scores["city_exact"] == 1.0 and result.scores["state_exact"] == 0.5
    [missed] = result.errors
    assert missed["incident"] == "2" and missed["wrong"] == ["date", "state"]
    assert (missed["gold"]["state"], missed["got"]["state"]) == ("Illinois", "Missouri")
