"""The store on both backends: schema and migrations, refusing what is not ours, transactions, bad URLs."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import Databases, connect

from storyline.ingest import simhash, text_hash
from storyline.model import Article, Claim, Event, Place
from storyline.pipeline import ingest
from storyline.store import MIGRATIONS, WAL_PAGES, EventQuery, SQLStore, StoreError, open_store

REPORT = Article(
    id="market_blast",
    text="Police said two people were hurt when a gas main exploded in the market on Friday.",
    origin="market_blast.txt",
)


def add(store: SQLStore, article: Article = REPORT) -> None:
    """Store one article the way the pipeline does, with its hashes."""
    store.add_article(article, text_hash(article.text), simhash(article.text), None, None)


def article_ids(url: str) -> list[str]:
    """The article ids in the database, read through a connection of its own (what other processes see)."""
    with connect(url) as other:
        return [row[0] for row in other.execute("SELECT id FROM articles ORDER BY id")]


# --- schema and migrations ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["new"])
def test_new_database_gets_the_whole_schema(databases: Databases, name: str) -> None:
    store = open_store(databases.new(name))
    try:
        assert store.schema_version == len(MIGRATIONS)
        tables = {row[0] for row in store.db.execute(databases.dialect.list_tables)}
        assert {"articles", "events", "event_keys", "claims", "merges", "interactions", "term_counts", "schema_version"} <= tables
    finally:
        store.close()


@pytest.mark.parametrize("events", [1, 2])
def test_a_database_of_the_previous_schema_gains_event_words_and_keeps_its_events(databases: Databases, events: int) -> None:
    path = databases.new("previous")
    store = open_store(path)
    # Back to the schema before event words: the last three migrations undone, as an older storyline left it.
    for statement in (
        *UNDO_HEADLINES, *UNDO_KEY_DAYS, "ALTER TABLE events DROP COLUMN terms", "DROP TABLE term_counts", "DELETE FROM schema_version WHERE version = 3"
    ):
        store.db.execute(statement)
    for i in range(events):
        store.db.execute(
            store.dialect.sql("INSERT INTO events (id, kind, updated_at) VALUES (?, 'other', '2024-01-01')"), (f"ev_{i}",)
        )
    store.close()
    store = open_store(path)
    try:
        assert store.schema_version == len(MIGRATIONS) == 5
        rows = store.db.execute("SELECT id, terms FROM events ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [(f"ev_{i}", "{}") for i in range(events)]
        assert store.term_reports(["pirate"]) == (0, {})
    finally:
        store.close()


#: The last migration undone: key rows without their event's day.
UNDO_KEY_DAYS = ("DROP INDEX event_keys_day", "ALTER TABLE event_keys DROP COLUMN day", "DELETE FROM schema_version WHERE version = 4")
UNDO_HEADLINES = ("ALTER TABLE claims DROP COLUMN headline", "DELETE FROM schema_version WHERE version = 5")


def _event(event_id: str, day: dt.date | None, precision: str | None = "day") -> Event:
    return Event(event_id, "incident", "shooting", None, None, None, day, precision, Place(city="Austin", admin1="Texas", country="USA"), [], [])


@pytest.mark.parametrize(
    ("day", "precision", "found"),
    [
        (dt.date(2017, 4, 8), "day", True),
        (dt.date(2017, 3, 8), "day", False),
        (dt.date(2017, 4, 1), "month", True),  # April 2017: the window's days lie in it
        (dt.date(2017, 1, 1), "year", True),
        (None, None, True),  # undated: found in any window
    ],
    ids=["its day in the window", "a month before", "known to its month", "known to its year", "undated"],
)
def test_a_database_before_key_days_gains_them_and_finds_its_events_by_day(
    databases: Databases, day: dt.date | None, precision: str | None, found: bool
) -> None:
    path = databases.new("before_key_days")
    store = open_store(path)
    with store.transaction():
        store.save_event(_event("kin", day, precision), {"city:austin", "admin1:texas"}, set(), {}, {})
    for statement in (*UNDO_HEADLINES, *UNDO_KEY_DAYS):
        store.db.execute(statement)
    store.close()
    store = open_store(path)
    try:
        assert store.schema_version == len(MIGRATIONS)
        window = (dt.date(2017, 4, 6), dt.date(2017, 4, 10))
        assert [c.id for c in store.candidates(["admin1:texas"], *window)] == (["kin"] if found else [])
        assert [c.id for c in store.candidates(["admin1:texas"], None, None)] == ["kin"]
    finally:
        store.close()


def _claim(article: Article, value: int, attribute: str = "killed") -> Claim:
    return Claim(attribute, value, article.id, 0, len(article.text), article.text)


def test_a_claim_read_from_the_headline_is_kept_so(store: SQLStore) -> None:
    with store.transaction():
        add(store)
        store.save_event(_event("ev_one", dt.date(2017, 4, 8)), set(), set(), {}, {})
        store.add_claims("ev_one", [replace(_claim(REPORT, 2, "wounded"), headline=True), _claim(REPORT, 1)])
    event = store.event("ev_one")
    assert event is not None and [(c.attribute, c.headline) for c in event.claims] == [("wounded", True), ("killed", False)]
    assert [(c.attribute, c.headline) for _, c in store.claims_in(REPORT.id)] == [("wounded", True), ("killed", False)]


@pytest.mark.parametrize("change", ["a claim added", "an event merged in", "claims given back by a rollback"])
def test_an_events_claims_are_read_as_they_now_are_after_each_change(store: SQLStore, change: str) -> None:
    """`event` keeps the claims it read; every way claims change is seen on the next read."""
    other = Article(id="second_report", text="Three people died in the blast.", origin="second_report.txt")
    with store.transaction():
        for article, event_id in ((REPORT, "ev_one"), (other, "ev_two")):
            add(store, article)
            store.save_event(_event(event_id, dt.date(2017, 4, 8)), set(), set(), {}, {})
            store.add_claims(event_id, [_claim(article, 2)])
    assert [c.value for c in store.event("ev_one").claims] == [2]  # type: ignore[union-attr]
    if change == "a claim added":
        with store.transaction():
            store.add_claims("ev_one", [_claim(REPORT, 4, "wounded"), _claim(REPORT, 3)])
        expected = [2, 4, 3]
    elif change == "an event merged in":
        store.event("ev_two")
        with store.transaction():
            store.merge_events("ev_one", "ev_two")
        assert store.event("ev_two") is None
        expected = [2, 2]
    else:
        with pytest.raises(Boom), store.transaction():
            store.add_claims("ev_one", [_claim(REPORT, 9)])
            assert [c.value for c in store.event("ev_one").claims] == [2, 9]  # type: ignore[union-attr]
            raise Boom("rolled back")
        with store.transaction():
            store.add_claims("ev_one", [_claim(REPORT, 5)])  # may take the id the rolled-back claim had
        expected = [2, 5]
    first = store.event("ev_one")
    assert first is not None and [c.value for c in first.claims] == expected
    first.claims.append(_claim(REPORT, 100))  # a caller's list is its own
    again = store.event("ev_one")
    assert again is not None and [c.value for c in again.claims] == expected
    fresh = open_store(store.url)  # keeps nothing yet: reads every claim
    try:
        read = fresh.event("ev_one")
        assert read is not None and read.claims == again.claims
    finally:
        fresh.close()


def test_the_claims_kept_between_reads_are_bounded_in_all_and_read_right(store: SQLStore) -> None:
    """An event's claims grow with its reports: the store keeps at most `CLAIMS_KEPT_IN_ALL` of
    them however few events hold them, and an event's claims read after the rest were forgotten
    are read whole again."""
    store.CLAIMS_KEPT_IN_ALL = 3  # type: ignore[misc]
    other = Article(id="second_report", text="Three people died in the blast.", origin="second_report.txt")
    with store.transaction():
        for article, event_id in ((REPORT, "ev_one"), (other, "ev_two")):
            add(store, article)
            store.save_event(_event(event_id, dt.date(2017, 4, 8)), set(), set(), {}, {})
            store.add_claims(event_id, [_claim(article, 2), _claim(article, 1, "wounded")])
    for _ in range(2):
        for event_id in ("ev_one", "ev_two"):
            read = store.event(event_id)
            assert read is not None and [c.value for c in read.claims] == [2, 1]
            assert sum(len(claims) for _, claims in store._claims_kept.values()) <= 3
    with store.transaction():
        store.add_claims("ev_two", [_claim(other, 3)])  # kept ones extended past the bound: forgotten
    assert sum(len(claims) for _, claims in store._claims_kept.values()) <= 3
    read = store.event("ev_two")
    assert read is not None and [c.value for c in read.claims] == [2, 1, 3]


@pytest.mark.parametrize("moved_to", [dt.date(2017, 4, 20), None])
def test_an_event_whose_date_is_reconciled_anew_is_found_by_its_new_day(store: SQLStore, moved_to: dt.date | None) -> None:
    """A later report moves the event's day: its keys, filed under the old day, move with it, and
    the copy of it the store keeps decoded is read again."""
    old = dt.date(2017, 4, 8)
    with store.transaction():
        store.save_event(_event("kin", old), {"city:austin"}, set(), {}, {})
    assert [c.date for c in store.candidates(["city:austin"], old, old)] == [old]
    with store.transaction():
        store.save_event(_event("kin", moved_to), {"city:austin", "venue:lamar"}, set(), {}, {})
    if moved_to is not None:
        assert store.candidates(["city:austin"], old, old) == []
    near = moved_to or old
    assert [(c.id, c.date) for c in store.candidates(["city:austin", "venue:lamar"], near, near)] == [("kin", moved_to)]


@pytest.mark.parametrize(
    ("reports", "asked", "expected"),
    [
        ([["pirate", "navy"], ["pirate"]], ["pirate", "navy", "volcano"], (2, {"pirate": 2, "navy": 1})),
        ([["pirate", "pirate"]], ["pirate"], (1, {"pirate": 1})),  # a word counts once a report
    ],
    ids=["two reports", "a word said twice"],
)
def test_term_counts_say_how_many_reports_use_each_word(
    store: SQLStore, reports: list[list[str]], asked: list[str], expected: tuple[int, dict[str, int]]
) -> None:
    with store.transaction():
        for terms in reports:
            store.count_terms(terms)
    assert store.term_reports(asked) == expected


@pytest.mark.parametrize("reopenings", [1, 3])
def test_reopening_keeps_data_and_does_not_rerun_migrations(databases: Databases, reopenings: int) -> None:
    path = databases.new("kept")
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
def test_sqlite_journal_mode_is_wal(tmp_path: Path, seen_from: str) -> None:
    path = tmp_path / "wal.db"
    with closing(open_store(path)) as store:
        if seen_from == "the store":
            mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
        else:
            # WAL is a property of the file: every later connection finds it on.
            with closing(sqlite3.connect(path)) as other:
                mode = other.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


@pytest.mark.parametrize("reports", [3])
def test_the_store_sets_its_checkpoint_length_and_closing_leaves_every_report_in_the_file(tmp_path: Path, reports: int) -> None:
    """The log is copied into the file every `WAL_PAGES` pages; a few commits leave it beside the
    file, and closing the store copies it in."""
    path = tmp_path / "wal.db"
    with closing(open_store(path)) as store:
        assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_PAGES
        for i in range(reports):
            with store.transaction():
                add(store, Article(id=f"report_{i}", text=f"Report {i}: two people were hurt in a fire.", origin=f"{i}.txt"))
        assert (tmp_path / "wal.db-wal").stat().st_size > 0
    assert not (tmp_path / "wal.db-wal").exists()
    with closing(sqlite3.connect(path)) as other:
        assert other.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == reports


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


@pytest.mark.parametrize(("name", "schema"), [("other_app", "CREATE TABLE articles (slug TEXT, body TEXT)")])
def test_database_of_another_application_is_refused_and_left_unchanged(databases: Databases, name: str, schema: str) -> None:
    url = databases.new(name)
    with connect(url) as other:
        other.execute(schema)
        other.execute("INSERT INTO articles VALUES ('a', 'their text')")
        other.commit()
    with pytest.raises(StoreError) as raised:
        open_store(url)
    assert str(raised.value) == f"{url}: not a storyline database (table articles already exists)"
    with connect(url) as other:
        assert other.execute("SELECT * FROM articles").fetchall() == [("a", "their text")]
        assert [row[0] for row in other.execute(databases.dialect.list_tables)] == ["articles"]


@pytest.mark.parametrize(
    ("url", "shown", "problem"),
    [
        # Nothing listens on port 1: refused at once, whatever the machine.
        (
            "postgresql://storyline:s3cret@127.0.0.1:1/storyline",
            "postgresql://storyline:***@127.0.0.1:1/storyline",
            'cannot connect to PostgreSQL (connection failed: connection to server at "127.0.0.1", port 1 failed: Connection refused',
        ),
        (
            "postgresql://storyline:s3cret@localhost:port/storyline",
            "postgresql://storyline:***@localhost:port/storyline",
            "not a valid PostgreSQL URL (Port could not be cast to integer value as 'port')",
        ),
        (
            "postgres://127.0.0.1:1/events?password=s3cret&sslmode=sometimes",
            "postgres://127.0.0.1:1/events?password=***&sslmode=sometimes",
            'cannot connect to PostgreSQL (connection is bad: invalid sslmode value: "sometimes")',
        ),
    ],
    ids=["unreachable", "port not a number", "bad option"],
)
def test_bad_postgresql_url_is_named_without_its_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, shown: str, problem: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError) as raised:
        open_store(url)
    message = str(raised.value)
    assert message.startswith(f"{shown}: {problem}")
    assert "s3cret" not in message
    # The URL was not taken for a file name.
    assert list(tmp_path.iterdir()) == []


# --- transactions --------------------------------------------------------------------------------


class Boom(Exception):
    """Raised inside a transaction to abort it."""


@pytest.mark.parametrize("error", [Boom("abort"), KeyboardInterrupt()])
def test_transaction_rolls_back_everything_on_exception(store: SQLStore, error: BaseException) -> None:
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
    assert article_ids(store.url) == ["kept"]
    # The store is usable again after the rollback.
    with store.transaction():
        add(store, REPORT)
    assert article_ids(store.url) == ["kept", REPORT.id]


@pytest.mark.parametrize("raised_in", ["outer", "inner"])
def test_nested_transaction_joins_the_outer_one(store: SQLStore, raised_in: str) -> None:
    inner_report = Article(id="inner", text="A bus crashed into a wall in the city centre on Monday, injuring five.")
    with pytest.raises(Boom), store.transaction():
        add(store, REPORT)
        with store.transaction():
            add(store, inner_report)
            if raised_in == "inner":
                raise Boom("inner")
        # Leaving the inner block committed nothing: no other connection sees its article yet.
        assert article_ids(store.url) == []
        raise Boom("outer")
    assert store.article_count() == 0
    assert article_ids(store.url) == []


@pytest.mark.parametrize("depth", [2, 3])
def test_nested_transactions_commit_once_when_the_outer_one_ends(store: SQLStore, depth: int) -> None:
    path = store.url

    def nest(level: int) -> None:
        with store.transaction():
            add(store, Article(id=f"level{level}", text=f"Report number {level} of a fire in the port on Sunday."))
            if level < depth:
                nest(level + 1)
            assert article_ids(path) == []

    nest(1)
    assert article_ids(path) == [f"level{level}" for level in range(1, depth + 1)]


@pytest.mark.parametrize("held_s", [0.5])
def test_a_second_writer_waits_for_the_first_and_reads_what_it_committed(store: SQLStore, held_s: float) -> None:
    """The writers' lock that lets two ingest processes share one database."""
    waiting, seen, failed = threading.Event(), [], []

    def second_writer() -> None:
        try:
            with closing(open_store(store.url)) as other:  # a connection of its own, opened in its thread
                waiting.set()
                with other.transaction():
                    seen.append(other.has_article(REPORT.id))
        except BaseException as exc:  # noqa: B036 - reported by the test's thread below
            failed.append(exc)
            waiting.set()

    thread = threading.Thread(target=second_writer)
    with store.transaction():
        add(store)
        thread.start()
        assert waiting.wait(30)
        time.sleep(held_s)
        assert (seen, failed) == ([], [])  # still waiting for the lock
    thread.join(30)
    assert (seen, failed) == ([True], [])


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


@pytest.mark.parametrize(
    ("query", "found"),
    [
        (EventQuery(text="DAYTON"), 1),
        (EventQuery(text="no such words 100%_"), 0),
        (EventQuery(since=dt.date(2017, 4, 1), until=dt.date(2017, 4, 30), country="USA"), 1),
        (EventQuery(since=dt.date(2018, 1, 1)), 0),
    ],
)
def test_events_are_found_by_words_dates_and_country_on_every_backend(store: SQLStore, tmp_path: Path, query: EventQuery, found: int) -> None:
    path = tmp_path / "reports.jsonl"
    text = "DAYTON, Ohio — Marcus Hill, 24, was shot and killed Saturday night outside a bar on Main Street, police said."
    path.write_text(json.dumps({"id": "r1", "published": "2017-04-10", "text": text}) + "\n", encoding="utf-8")
    ingest([path], store)
    total, rows = store.find_events(query, limit=10)
    assert total == found == len(rows)
    assert store.data_version() != ()
