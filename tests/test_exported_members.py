"""The public API is what storyline/__init__.py exports; this guards it."""

from __future__ import annotations

import storyline


def test_all_names_the_public_api_exactly() -> None:
    public = {name for name in dir(storyline) if not name.startswith("_")}
    modules = {"aftermath", "bench", "cli", "distributed", "evaluate", "export", "extract", "ingest", "model", "names", "nlp", "ontology", "pipeline", "reconcile", "resolve", "schema", "sitehome", "store", "web"}
    assert set(storyline.__all__) <= public
    assert public - set(storyline.__all__) - modules == set()


def test_api_runs_the_seeds_end_to_end(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import SEEDS

    store = storyline.open_store(tmp_path / "api.db")
    report = storyline.ingest([SEEDS], store)
    assert report.added == 3 and not report.errors
    (event,) = list(storyline.events(store))
    assert event.facts["killed"].best == 137
