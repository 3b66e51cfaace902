"""Fixtures shared by the test modules: real SQLite files, a real PostgreSQL server, the real spaCy pipeline.

Storage tests take the `backend` fixture (directly or through `store` and `databases`) and run
once on SQLite and once on the PostgreSQL server that $STORYLINE_TEST_PG names (`make test`
starts one); without that variable the PostgreSQL runs skip.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, closing
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest

from storyline import nlp
from storyline.export import events
from storyline.extract import extract
from storyline.model import Article, Event, Mention, Place
from storyline.ontology import data_dir
from storyline.pipeline import IngestReport, ingest
from storyline.reconcile import reconcile
from storyline.store import POSTGRESQL, SQLITE, Dialect, SQLiteStore, SQLStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
SHARED = ROOT.parent / "shared"
PG_VARIABLE = "STORYLINE_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def parse():  # type: ignore[no-untyped-def]
    """The one spaCy pipeline, loaded once for the session."""
    nlp.load()
    return nlp.parse


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The URL of the PostgreSQL server for this run; the tests that need one skip without it."""
    url = os.environ.get(PG_VARIABLE)
    if not url:
        pytest.skip(f"{PG_VARIABLE} is not set: no PostgreSQL server for this run (`make test` starts one)")
    return url


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each storage test runs once per backend (session-scoped, so the tests are grouped by backend)."""
    if request.param == "postgresql":
        request.getfixturevalue("pg_server")
    return str(request.param)


class Databases:
    """New databases of one backend, by name: SQLite files in a folder, or databases on the server."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.backend = backend
        self.folder = folder
        self.server = os.environ.get(PG_VARIABLE, "")
        self.created: list[str] = []

    @property
    def dialect(self) -> Dialect:
        return SQLITE if self.backend == "sqlite" else POSTGRESQL

    def new(self, name: str, template: str | None = None) -> str:
        """A new empty database (or a copy of a closed one): its `--db` value."""
        if self.backend == "sqlite":
            path = self.folder / f"{name}.db"
            if template:
                shutil.copyfile(template, path)
            return str(path)
        database = f"storyline_{name}_{uuid.uuid4().hex[:8]}"
        copied = f' TEMPLATE "{urlsplit(template).path.lstrip("/")}"' if template else ""
        with self.admin() as admin:
            admin.execute(f'CREATE DATABASE "{database}"{copied}')
        self.created.append(database)
        return urlsplit(self.server)._replace(path=f"/{database}").geturl()

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.server, autocommit=True)

    def drop(self) -> None:
        if self.created:
            with self.admin() as admin:
                for database in self.created:
                    admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def connect(url: str) -> AbstractContextManager[Any]:
    """A connection of its own to a database (what another process sees), closed on leaving."""
    if url.startswith(("postgresql://", "postgres://")):
        return closing(psycopg.connect(url, autocommit=True))
    return closing(sqlite3.connect(url, timeout=30))


@pytest.fixture()
def databases(backend: str, tmp_path: Path) -> Iterator[Databases]:
    """New databases for one test, dropped after it."""
    made = Databases(backend, tmp_path)
    yield made
    made.drop()


@pytest.fixture()
def store(databases: Databases) -> Iterator[SQLStore]:
    """An empty store: a temporary SQLite file, or a new database on the PostgreSQL server."""
    db = open_store(databases.new("test"))
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


def article_of(text: str, published: str | None = "2017-04-10") -> Article:
    """An article of one test text, published on the given day (None: undated)."""
    return Article(id="a", text=text, published=dt.date.fromisoformat(published) if published else None)


def incident_of(parse, text: str, published: str | None = "2017-04-10") -> Mention:  # type: ignore[no-untyped-def]
    """What the extractor reads of one test text as a report (`article_of`) of an incident."""
    mention = extract(parse(text), article_of(text, published))
    assert mention is not None, text
    return mention


def event_of(parse, reports: list[tuple[str, str]]) -> Event:  # type: ignore[no-untyped-def]
    """One event from the claims of several reports, each a (text, publication date)."""
    claims = []
    for i, (text, published) in enumerate(reports):
        article = Article(id=f"r{i}", text=text, published=dt.date.fromisoformat(published))
        mention = extract(parse(text), article)
        assert mention is not None, text
        claims.extend(mention.claims)
    event = Event(id="e", kind="incident", type=None, cameo=None, plover=None, title=None, date=None,
                  date_precision=None, place=Place(), articles=[f"r{i}" for i in range(len(reports))], claims=claims)  # fmt: skip
    return reconcile(event)


SITE_REPORTS = [
    # two of a site's incidents are in Wichita; a third names no town; another site's names none either
    ("a", "https://www.example-herald.com/news/a", "2015-03-02", "A man was shot and killed on Elm Street in Wichita, Kansas, on Monday night, police said."),
    ("b", "https://m.example-herald.com/news/b", "2015-03-07", "Two women were wounded in a shooting outside a bar in Wichita, Kansas, early Saturday, police said."),
    ("c", "https://example-herald.com/news/c", "2015-03-10", "A teenager was shot in the leg near 21st and Hydraulic on Tuesday evening, police said. He is expected to recover."),
    ("d", "https://other-gazette.com/d", "2015-03-11", "A woman was shot in the arm near 9th and Ohio on Wednesday afternoon, police said."),
    ("e", "https://other-gazette.com/e", "2015-03-01", "A man was wounded in a shooting in Topeka, Kansas, on Sunday, police said."),
]


WICHITA_MORE = [
    # two more of the site's incidents in Wichita, so that a town far off does not unsettle its home
    ("w1", "https://www.example-herald.com/news/w1", "2015-01-06", "Three teenagers were injured when gunfire erupted at a house party in Wichita, Kansas, early Sunday, officers said."),
    ("w2", "https://www.example-herald.com/news/w2", "2015-02-17", "A convenience store clerk was killed during a robbery in Wichita, Kansas, on Monday, detectives said."),
]


SALINA_MORE = [
    # a second Kansas town of the other site's, so that its incidents settle on a state but on no
    # town; and an incident of that site placed nowhere, whose words name no state either
    ("g", "https://other-gazette.com/g", "2015-02-10", "Two brothers were hurt when shots were fired into their car in Salina, Kansas, late Tuesday, officers said."),
    ("h", "https://other-gazette.com/h", "2015-03-12", "A man was shot in the hand outside a convenience store on Thursday night, police said. He is expected to recover."),
]


def site_reports(folder: Path, more: list[tuple[str, str, str, str]] | None = None) -> Path:
    """`SITE_REPORTS` (and ``more`` of that shape) as a JSON Lines file: five reports of two
    sites, one of them placed in no town."""
    path = folder / "sites.jsonl"
    rows = [{"id": i, "url": url, "published": day, "title": "", "text": text} for i, url, day, text in SITE_REPORTS + (more or [])]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
