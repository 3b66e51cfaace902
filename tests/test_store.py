"""The SQLite store: schema and migrations, refusing files that are not databases, transactions."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from storyline.ingest import simhash, text_hash
from storyline.model import Article
from storyline.store import MIGRATIONS, SQLiteStore, StoreError, open_store

REPORT = Article(
    id="market_blast",
    text="Police said two people were hurt when a gas main exploded in the market on Friday.",
    origin="market_blast.txt",
)


def add(store: SQLiteStore, article: Article = REPORT) -> None:
    """Store one article the way the pipeline does, with its hashes."""
    store.add_article(article, text_hash(article.text), simhash(article.text), None, None)


def article_ids(path: Path) -> list[str]:
    """The article ids in the file, read through a connection of its own (what other processes see)."""
    with closing(sqlite3.connect(path)) as other:
        return [row[0] for row in other.execute("SELECT id FROM articles ORDER BY id")]


# --- schema and migrations ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["new.db"])
def test_new_file_gets_the_whole_schema(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    store = open_store(path)
    try:
        assert store.schema_version == len(MIGRATIONS)
        tables = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"articles", "events", "event_keys", "claims", "merges", "schema_version"} <= tables
    finally:
        store.close()


@pytest.mark.parametrize("reopenings", [1, 3])
def test_reopening_keeps_data_and_does_not_rerun_migrations(tmp_path: Path, reopenings: int) -> None:
    path = tmp_path / "kept.db"
    store = open_store(path)
    with store.transaction():
        add(store)
    store.close()
    for _ in range(reopenings):
        store = open_store(path)
        store.close()
    store = open_store(path)
    try:
        assert store.schema_version == len(MIGRATIONS)
        # One row per migration: a migration run twice would add a second row (or fail on CREATE TABLE).
        versions = [row[0] for row in store.db.execute("SELECT version FROM schema_version ORDER BY version")]
        assert versions == list(range(1, len(MIGRATIONS) + 1))
        stored = store.article(REPORT.id)
        assert stored is not None
        assert stored.article.text == REPORT.text
        assert stored.article.origin == REPORT.origin
    finally:
        store.close()


@pytest.mark.parametrize("seen_from", ["the store", "another connection"])
def test_journal_mode_is_wal(store: SQLiteStore, seen_from: str) -> None:
    if seen_from == "the store":
        mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
    else:
        # WAL is a property of the file: every later connection finds it on.
        with closing(sqlite3.connect(store.path)) as other:
            mode = other.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


# --- files that are not storyline databases ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("random.db", random.Random(7).randbytes(4096)),
        ("notes.db", b"These are my notes, not a database.\n" * 40),
        ("report.txt", b"Police said two people were hurt in the market on Friday.\n"),
    ],
)
def test_file_that_is_not_sqlite_is_refused_by_name_and_left_alone(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(StoreError) as raised:
        open_store(path)
    assert str(raised.value) == f"{path}: not a storyline database (file is not a database)"
    assert path.read_bytes() == content


@pytest.mark.parametrize(("name", "schema"), [("other_app.db", "CREATE TABLE articles (slug TEXT, body TEXT)")])
def test_database_of_another_application_is_refused_and_left_unchanged(tmp_path: Path, name: str, schema: str) -> None:
    path = tmp_path / name
    with closing(sqlite3.connect(path)) as other:
        other.execute(schema)
        other.execute("INSERT INTO articles VALUES ('a', 'their text')")
        other.commit()
    with pytest.raises(StoreError) as raised:
        open_store(path)
    assert str(raised.value) == f"{path}: not a storyline database (table articles already exists)"
    with closing(sqlite3.connect(path)) as other:
        assert other.execute("SELECT * FROM articles").fetchall() == [("a", "their text")]
        assert [row[0] for row in other.execute("SELECT name FROM sqlite_master")] == ["articles"]


@pytest.mark.parametrize(
    "url",
    ["postgresql://storyline@localhost:5432/storyline", "postgres://localhost/events"],
)
def test_postgresql_url_is_refused_until_the_backend_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError) as raised:
        open_store(url)
    assert str(raised.value) == f"{url}: the PostgreSQL backend is not built yet; use a SQLite file path"
    # The URL was not taken for a file name.
    assert list(tmp_path.iterdir()) == []


# --- transactions --------------------------------------------------------------------------------


class Boom(Exception):
    """Raised inside a transaction to abort it."""


@pytest.mark.parametrize("error", [Boom("abort"), KeyboardInterrupt()])
def test_transaction_rolls_back_everything_on_exception(store: SQLiteStore, error: BaseException) -> None:
    kept = Article(id="kept", text="A bus crashed into a wall in the city centre on Monday, injuring five.")
    with store.transaction():
        add(store, kept)
    with pytest.raises(type(error)), store.transaction():
        add(store, REPORT)
        store.db.execute("UPDATE articles SET title = 'changed' WHERE id = 'kept'")
        assert store.has_article(REPORT.id)
        raise error
    assert not store.has_article(REPORT.id)
    assert store.article_count() == 1
    stored = store.article("kept")
    assert stored is not None and stored.article.title is None
    assert article_ids(Path(store.path)) == ["kept"]
    # The store is usable again after the rollback.
    with store.transaction():
        add(store, REPORT)
    assert article_ids(Path(store.path)) == ["kept", REPORT.id]


@pytest.mark.parametrize("raised_in", ["outer", "inner"])
def test_nested_transaction_joins_the_outer_one(store: SQLiteStore, raised_in: str) -> None:
    inner_report = Article(id="inner", text="A bus crashed into a wall in the city centre on Monday, injuring five.")
    with pytest.raises(Boom), store.transaction():
        add(store, REPORT)
        with store.transaction():
            add(store, inner_report)
            if raised_in == "inner":
                raise Boom("inner")
        # Leaving the inner block committed nothing: no other connection sees its article yet.
        assert article_ids(Path(store.path)) == []
        raise Boom("outer")
    assert store.article_count() == 0
    assert article_ids(Path(store.path)) == []


@pytest.mark.parametrize("depth", [2, 3])
def test_nested_transactions_commit_once_when_the_outer_one_ends(store: SQLiteStore, depth: int) -> None:
    path = Path(store.path)

    def nest(level: int) -> None:
        with store.transaction():
            add(store, Article(id=f"level{level}", text=f"Report number {level} of a fire in the port on Sunday."))
            if level < depth:
                nest(level + 1)
            assert article_ids(path) == []

    nest(1)
    assert article_ids(path) == [f"level{level}" for level in range(1, depth + 1)]


@pytest.mark.parametrize("distance", [0, 1, 3, 7, 11])
def test_band_probes_reach_every_fingerprint_within_eleven_bits(distance: int) -> None:
    import random

    from storyline.store import bands, probes

    rng = random.Random(distance)
    for _ in range(200):
        original = rng.getrandbits(64)
        copy = original
        for bit in rng.sample(range(64), distance):
            copy ^= 1 << bit
        probed, copy_bands = probes(original), bands(copy)
        assert any(copy_bands[i] in probed[i] for i in range(4))
