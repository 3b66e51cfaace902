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


# The web app: the real app over a real SQLite file, a real server on loopback, a real browser.

TOKEN = "test-token"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def copy_store(source: SQLiteStore, target: Path) -> Path:
    """A private copy of a store's file, safe to write to (SQLite's online backup, WAL and all)."""
    import sqlite3

    with sqlite3.connect(target) as copy:
        source.db.backup(copy)
    copy.close()
    return target


@pytest.fixture()
def seeds_file(seeds_db: tuple[SQLiteStore, IngestReport], tmp_path: Path) -> Path:
    """A writable copy of the seeds database, for tests that ingest."""
    return copy_store(seeds_db[0], tmp_path / "seeds.db")


@pytest.fixture(scope="session")
def seeds_client(seeds_db: tuple[SQLiteStore, IngestReport]):  # type: ignore[no-untyped-def]
    """The app over the session's seeds database, read-only use: POST is off (no token)."""
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    with TestClient(create_app(seeds_db[0].path), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="session")
def live_server(seeds_db: tuple[SQLiteStore, IngestReport], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn serving a copy of the seeds database on a free loopback port; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    from storyline.web import create_app

    path = copy_store(seeds_db[0], tmp_path_factory.mktemp("live") / "live.db")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(path, token=TOKEN), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Debian's Chromium under Playwright; the browser tests skip, saying why, without it."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM}: not installed; `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
