"""Resolution on made-up reports: which reports are one happening, and the evidence kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.pipeline import ingest
from storyline.store import SQLiteStore

SHOOTING_A1 = (
    "DAYTON, Ohio — Marcus Hill, 24, was shot and killed Saturday night outside a bar on Main Street, police said. "
    "Officers found Hill lying in the parking lot. No arrests have been made."
)
SHOOTING_A2 = (
    "Police in Dayton are still looking for whoever killed Marcus Hill. The 24-year-old was shot Saturday night "
    "outside the Main Street bar where he worked, his sister Tanya Hill said."
)
SHOOTING_B = (
    "DAYTON, Ohio — A 61-year-old woman, Gloria Stevens, was wounded Saturday afternoon when a stray bullet came "
    "through the window of her home on Oak Avenue, police said."
)
CHICAGO_WEST = (
    "WEST GARFIELD PARK — A 19-year-old man was shot and wounded Sunday night on the West Side, "
    "a Chicago police spokesman said. He was taken to Stroger Hospital in good condition."
)
CHICAGO_SOUTH = (
    "ROSELAND — A 23-year-old man was shot and wounded Sunday night on the Far South Side, "
    "a Chicago police spokesman said. He was taken to Advocate Christ Medical Center."
)
REHAB_1 = (
    "Tara Reid checked herself into Promises Treatment Center in Malibu, her representative Jack Ketsoyan told "
    "People magazine on Tuesday. Reid asked for privacy."
)
REHAB_2 = (
    "Actress Tara Reid has entered Promises Treatment Center, according to her publicist Jack Ketsoyan. "
    "The facility in Malibu has treated many celebrities."
)
REHAB_OTHER = (
    "Lindsay Lohan has left the Betty Ford Center and checked into Cliffside Malibu, her lawyer Shawn Holley said "
    "in a statement to Access Hollywood."
)


def _write(folder: Path, reports: dict[str, str], published: str = "2017-04-10") -> Path:
    path = folder / "reports.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for key, text in reports.items():
            handle.write(json.dumps({"id": key, "published": published, "text": text}) + "\n")
    return path


def _groups(store: SQLiteStore) -> dict[str, str | None]:
    return {s.article.id: s.event_id for s in store.articles()}


@pytest.mark.parametrize(
    ("reports", "together", "apart"),
    [
        ({"a1": SHOOTING_A1, "a2": SHOOTING_A2, "b": SHOOTING_B}, [("a1", "a2")], [("a1", "b"), ("a2", "b")]),
        ({"r1": REHAB_1, "r2": REHAB_2, "l": REHAB_OTHER}, [("r1", "r2")], [("r1", "l"), ("r2", "l")]),
        ({"w": CHICAGO_WEST, "s": CHICAGO_SOUTH}, [], [("w", "s")]),
    ],
    ids=["two shootings in one town on one day", "two celebrities in rehab", "two districts of one big city"],
)
def test_reports_of_one_happening_are_one_event(store: SQLiteStore, tmp_path: Path, reports: dict[str, str], together: list[tuple[str, str]], apart: list[tuple[str, str]]) -> None:
    ingest([_write(tmp_path, reports)], store)
    groups = _groups(store)
    assert all(groups[k] is not None for k in reports)
    for a, b in together:
        assert groups[a] == groups[b], (a, b)
    for a, b in apart:
        assert groups[a] != groups[b], (a, b)


@pytest.mark.parametrize("reports", [{"r1": REHAB_1, "r2": REHAB_2}])
def test_reports_of_no_incident_make_an_other_event_with_evidence(store: SQLiteStore, tmp_path: Path, reports: dict[str, str]) -> None:
    ingest([_write(tmp_path, reports)], store)
    (event_id,) = store.event_ids()
    event = store.event(event_id)
    assert event is not None and event.kind == "other"
    merges = store.merges(event_id)
    joined = [m for m in merges if m["score"] is not None]
    assert len(joined) == 1
    assert "tara reid" in joined[0]["evidence"]["names"]["shared"]  # type: ignore[index]
