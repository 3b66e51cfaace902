"""Generality on real reports nobody on the team wrote: a slice of the GVA corpus.

The whole corpus is measured by `storyline eval gva`; this slice keeps the suite quick and fails
when extraction or grouping falls well below what the whole corpus scores (see the issue notes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.evaluate import gva

#: Floors a little under the scores of the first 400 lines when this test was written.
FLOORS = {"killed_exact": 0.7, "injured_exact": 0.55, "date_exact": 0.6, "city_exact": 0.4, "bcubed_f1": 0.8}


@pytest.mark.slow
@pytest.mark.parametrize("lines", [400])
def test_gva_slice_scores_stay_above_their_floors(shared_data: Path, tmp_path: Path, lines: int) -> None:
    result = gva(shared_data, db=tmp_path / "gva.db", limit=lines)
    assert result.counts["incidents"] > 150
    low = {k: v for k, v in result.scores.items() if k in FLOORS and v < FLOORS[k]}
    assert not low, (low, result.scores)
