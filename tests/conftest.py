"""Fixtures shared by the test modules: real SQLite files, the real spaCy pipeline."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline import nlp
from storyline.export import events
from storyline.model import Event
from storyline.ontology import data_dir
from storyline.pipeline import IngestReport, ingest
from storyline.store import SQLiteStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def parse():  # type: ignore[no-untyped-def]
    """The one spaCy pipeline, loaded once for the session."""
    nlp.load()
    return nlp.parse


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    """An empty store in a temporary SQLite file."""
    db = open_store(tmp_path / "test.db")
    yield db
    db.close()


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[SQLiteStore, IngestReport]:
    """The three seed reports, ingested once into a session store."""
    folder = tmp_path_factory.mktemp("seeds")
    db = open_store(folder / "seeds.db")
    report = ingest([SEEDS], db)
    return db, report


@pytest.fixture(scope="session")
def seed_events(seeds_db: tuple[SQLiteStore, IngestReport]) -> list[Event]:
    return list(events(seeds_db[0]))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The evaluation data beside the project; tests that need it skip without it."""
    folder = data_dir()
    if not folder.exists():
        pytest.skip(f"{folder}: no shared evaluation data here")
    return folder


@pytest.fixture(scope="session")
def gold_seeds() -> dict:  # type: ignore[type-arg]
    import json

    path = SHARED / "gold" / "seeds.json"
    if not path.exists():
        pytest.skip(f"{path}: no gold file here")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed folder."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
