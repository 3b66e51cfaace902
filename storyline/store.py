"""Storage: the record in one SQLite file, or in a PostgreSQL database named by URL.

The `Store` protocol is what the pipeline, the command line and the exports use; SQL stays in
this module and in `schema`, which holds the migrations. One class, `SQLStore`, runs them and
holds every query, written once in plain SQL with ``?`` parameters; a `Dialect` says the little
that differs (parameter marks, column types, how a writer takes the lock, how tables are listed),
and the two backends differ only in how they connect.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import math
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import psycopg

from .model import SITE_HOME, Actor, Article, Claim, Event, Evidence, Interaction, Place
from .schema import MIGRATIONS

#: The confidence of a date claim from which a report is sure of its day (the incident sentence's
#: date, `eventdate.event_date`): a candidate's ``day_told`` is of such a claim, and the resolver
#: weighs a report so sure (`resolve.decide`'s ``date_confident``).
SURE_DAY = 0.7


@dataclass
class Candidate:
    """What the resolver needs to know of a stored event to compare a new report with it."""

    id: str
    date: dt.date | None
    venue: str | None
    city: str | None
    admin1: str | None
    country: str | None
    type: str | None
    names: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)
    article_count: int = 0
    kind: str = "incident"
    terms: dict[str, float] = field(default_factory=dict)  # its reports' signatures, summed
    date_precision: str | None = None  # "day", "month" or "year": how much of ``date`` is known
    doers: set[str] = field(default_factory=set)  # whom its reports name as the perpetrators
    latest: dt.date | None = None  # the day its latest report was published, where any is dated
    day_told: str | None = None  # the phrase its surest report told its day by, if sure ("4/16/1970", "Friday")
    #: What the resolver worked out from this candidate's fields, kept while the store keeps it.
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @functools.cached_property
    def terms_norm(self) -> float:
        """The length of ``terms`` as a vector: one event is compared with many reports."""
        return math.hypot(*self.terms.values())


@dataclass(frozen=True)
class StoredArticle:
    article: Article
    event_id: str | None
    duplicate_of: str | None


@dataclass(frozen=True)
class EventRow:
    """One line of an events list, read as last reconciled, without reading its claims."""

    id: str
    kind: str
    type: str | None
    title: str | None
    date: dt.date | None
    place: Place
    counts: dict[str, int]
    articles: int


@dataclass(frozen=True)
class EventQuery:
    """Which events to list: each field left None matches all; ``text`` is a substring of the
    title, the place or one of the event's reports."""

    type: str | None = None
    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None


class StoreError(Exception):
    """The database cannot be opened or is not a storyline database."""


class Store(Protocol):
    """What every backend provides."""

    def transaction(self) -> AbstractContextManager[None]: ...
    def close(self) -> None: ...
    def has_article(self, article_id: str) -> bool: ...
    def find_text_hash(self, text_hash: str) -> str | None: ...
    def near_duplicates(self, simhash: int) -> list[tuple[str, int]]: ...
    def add_article(self, article: Article, text_hash: str, simhash: int, duplicate_of: str | None, event_id: str | None) -> None: ...
    def article_count(self) -> int: ...
    def candidates(self, keys: list[str], lo: dt.date | None, hi: dt.date | None, limit: int = 20) -> list[Candidate]: ...
    def candidate(self, event_id: str) -> Candidate | None: ...
    def event_keys(self, event_id: str) -> set[str]: ...
    def key_events(self, keys: list[str]) -> dict[str, int]: ...
    def merge_events(self, into: str, gone: str) -> None: ...
    def save_event(self, event: Event, keys: set[str], names: set[str], counts: dict[str, int], terms: dict[str, float]) -> None: ...
    def count_terms(self, terms: list[str]) -> None: ...
    def term_reports(self, terms: list[str]) -> tuple[int, dict[str, int]]: ...
    def set_article_event(self, article_id: str, event_id: str) -> None: ...
    def add_claims(self, event_id: str, claims: list[Claim]) -> None: ...
    def add_merge(self, event_id: str, article_id: str, score: float | None, evidence: dict[str, object]) -> None: ...
    def event(self, event_id: str) -> Event | None: ...
    def event_ids(self) -> list[str]: ...
    def event_names(self, event_id: str) -> set[str]: ...
    def articles(self) -> Iterator[StoredArticle]: ...
    def site_places(self) -> Iterator[Sequence[Any]]: ...
    def article(self, article_id: str) -> StoredArticle | None: ...
    def merges(self, event_id: str) -> list[dict[str, object]]: ...
    def find_interactions(self, key: str) -> list[Interaction]: ...
    def save_interaction(self, interaction: Interaction, key: str) -> None: ...
    def interactions(self, about: str | None = None) -> list[Interaction]: ...
    def find_events(self, query: EventQuery, limit: int, offset: int = 0) -> tuple[int, list[EventRow]]: ...
    def event_facets(self) -> tuple[list[str], list[str]]: ...
    def claims_in(self, article_id: str) -> list[tuple[str, Claim]]: ...
    def evidence_in(self, article_id: str) -> list[tuple[Interaction, Evidence]]: ...
    def data_version(self) -> tuple[object, ...]: ...


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _signed(h: int) -> int:
    """Both backends store signed 64-bit integers."""
    return h - (1 << 64) if h >= (1 << 63) else h


def bands(simhash: int) -> list[int]:
    """Four 16-bit bands of a fingerprint."""
    return [(simhash >> (16 * i)) & 0xFFFF for i in range(4)]


#: Probing every band value within two flipped bits of the fingerprint's finds every stored
#: fingerprint within Hamming distance 11: of four bands, one then differs in two bits at most.
PROBE_BITS = 2


@functools.lru_cache(maxsize=1)
def _flips() -> tuple[int, ...]:
    masks = [0] + [1 << i for i in range(16)]
    masks += [(1 << i) | (1 << j) for i in range(16) for j in range(i + 1, 16)] if PROBE_BITS >= 2 else []
    return tuple(masks)


def probes(simhash: int) -> list[list[int]]:
    """For each band, the values a near-duplicate's band may hold."""
    return [[value ^ mask for mask in _flips()] for value in bands(simhash)]


@dataclass(frozen=True)
class Dialect:
    """The little in which two backends' SQL differs; every statement is written once, for both."""

    #: Opens a write transaction holding the writers' lock: one writer at a time per database,
    #: which sees everything the writers before it committed.
    begin: tuple[str, ...]
    #: The tables of the database (of the schema in use, on PostgreSQL).
    list_tables: str
    #: Parameter mark that stands for the ``?`` the statements are written with.
    mark: str = "?"
    #: Rewrites of the schema's column types: (regular expression, replacement).
    types: tuple[tuple[str, str], ...] = ()

    def sql(self, statement: str) -> str:
        """The statement with this backend's parameter marks (no statement has a literal ``?``)."""
        return statement if self.mark == "?" else statement.replace("?", self.mark)

    def ddl(self, script: str) -> list[str]:
        """A migration script as this backend's statements."""
        for pattern, replacement in self.types:
            script = re.sub(pattern, replacement, script)
        return [statement for statement in script.split(";") if statement.strip()]


SQLITE = Dialect(
    # IMMEDIATE takes the write lock at once, so the transaction reads what the last writer committed.
    begin=("BEGIN IMMEDIATE",),
    list_tables="SELECT name FROM sqlite_master WHERE type = 'table'",
)

#: Any constant both processes agree on: pg_advisory_xact_lock(key) is held to the transaction's end.
WRITERS_LOCK = 0x73746F72796C696E  # "storylin"

POSTGRESQL = Dialect(
    begin=("BEGIN", f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})"),
    list_tables="SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()",
    mark="%s",
    types=(
        (r"\bINTEGER PRIMARY KEY\b", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
        (r"\bINTEGER\b", "BIGINT"),  # the fingerprint is a signed 64-bit integer
        (r"\bREAL\b", "DOUBLE PRECISION"),  # PostgreSQL's REAL is 4 bytes: coordinates would lose metres
        # Byte order, as SQLite compares: a database made with a language's collation would
        # otherwise list ids and undated-first orderings differently from the same SQLite file.
        (r"\bTEXT\b", 'TEXT COLLATE "C"'),
    ),
)


class SQLStore:
    """The record in a SQL database: schema, migrations and every query, for either backend."""

    dialect: Dialect
    db: Any  # sqlite3.Connection or psycopg.Connection: both have execute(), cursor() and close()
    url: str

    def _open(self, settings: Sequence[str] = ()) -> None:
        """Check that the database is ours (or empty), apply the settings, bring the schema up to date.

        On any failure the connection is closed and a database of another application is left as it was.
        """
        self._depth = 0
        self._kept: dict[str, tuple[str, Candidate]] = {}  # see CANDIDATES_KEPT
        self._claims_kept: dict[str, tuple[tuple[int, int], list[Claim]]] = {}  # see CLAIMS_KEPT
        self._claims_in_all = 0  # the claims kept there
        try:
            self._check_owner()
            for statement in settings:
                self.db.execute(statement)
            self._migrate()
        except BaseException:
            self.db.close()
            raise

    def _check_owner(self) -> None:
        """Refuse, and leave untouched, a database that another application made."""
        tables = {row[0] for row in self.db.execute(self.dialect.list_tables)}
        if tables and "schema_version" not in tables:
            clash = sorted(tables & {"articles", "events", "claims", "merges", "event_keys"}) or sorted(tables)
            raise StoreError(f"{self.shown}: not a storyline database (table {clash[0]} already exists)")

    def _migrate(self) -> None:
        tables = {row[0] for row in self.db.execute(self.dialect.list_tables)}
        if "schema_version" in tables and self.schema_version >= len(MIGRATIONS):
            return
        # Under the writers' lock, and the version read again: two processes opening one new
        # database at once would otherwise both create its tables.
        with self.transaction():
            self.db.execute(*self.dialect.ddl("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
            for version in range(self.schema_version + 1, len(MIGRATIONS) + 1):
                for statement in self.dialect.ddl(MIGRATIONS[version - 1]):
                    self.db.execute(statement)
                self._run("INSERT INTO schema_version (version) VALUES (?)", (version,))

    @property
    def shown(self) -> str:
        """The database as messages name it."""
        return self.url

    def _run(self, sql: str, params: Sequence[object] = ()) -> Any:
        """Execute one statement written with ``?`` marks; returns the cursor."""
        return self.db.execute(self.dialect.sql(sql), params)

    def _rows(self, sql: str) -> Iterator[Sequence[Any]]:
        """The rows of a query over a whole table, fetched as they are consumed (SQLite steps its cursor)."""
        yield from self._run(sql)

    def _run_many(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        if rows:
            self.db.cursor().executemany(self.dialect.sql(sql), rows)

    @property
    def schema_version(self) -> int:
        return int(self._run("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one. Nothing is half-written.

        It holds the writers' lock from its first statement, so what it reads (is this text
        stored, which events are candidates) is what every other process has committed.
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        begin, *locks = self.dialect.begin
        self.db.execute(begin)
        self._depth = 1
        try:
            for statement in locks:
                self.db.execute(statement)
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            # claims read inside it may be gone, and their ids given again to others
            self._forget_claims()
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._depth = 0

    def close(self) -> None:
        self.db.close()

    # articles

    def has_article(self, article_id: str) -> bool:
        return self._run("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def find_text_hash(self, text_hash: str) -> str | None:
        row = self._run("SELECT id FROM articles WHERE text_hash = ? LIMIT 1", (text_hash,)).fetchone()
        return row[0] if row else None

    def near_duplicates(self, simhash: int) -> list[tuple[str, int]]:
        """Stored articles whose fingerprint may lie within Hamming distance 11 of this one:
        (id, fingerprint). Each band is looked up through its index, never a scan."""
        found: dict[str, int] = {}
        for column, values in zip(("band0", "band1", "band2", "band3"), probes(simhash), strict=True):
            marks = ", ".join("?" for _ in values)
            for row in self._run(f"SELECT id, simhash FROM articles WHERE {column} IN ({marks}) LIMIT 500", values):
                found.setdefault(row[0], row[1] % (1 << 64))
        return list(found.items())

    def add_article(self, article: Article, text_hash: str, simhash: int, duplicate_of: str | None, event_id: str | None) -> None:
        self._run(
            "INSERT INTO articles (id, url, source, published, title, text, text_hash, simhash, band0, band1, band2, band3,"
            " duplicate_of, event_id, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id, article.url, article.source,
                article.published.isoformat() if article.published else None,
                article.title, article.text, text_hash, _signed(simhash), *bands(simhash),
                duplicate_of, event_id, article.origin, dt.datetime.now(dt.UTC).isoformat(),
            ),
        )  # fmt: skip

    def _article(self, row: Sequence[Any]) -> StoredArticle:
        return StoredArticle(
            Article(id=row[0], url=row[1], source=row[2], published=_date(row[3]), title=row[4], text=row[5], origin=row[8]),
            event_id=row[6],
            duplicate_of=row[7],
        )

    _ARTICLE_COLUMNS = "id, url, source, published, title, text, event_id, duplicate_of, origin"

    def articles(self) -> Iterator[StoredArticle]:
        """Every stored article, read as it is consumed: oldest first, undated last."""
        for row in self._rows(f"SELECT {self._ARTICLE_COLUMNS} FROM articles ORDER BY published IS NULL, published, id"):
            yield self._article(row)

    def site_places(self) -> Iterator[Sequence[Any]]:
        """Each stored report of an event, copies left out, with its event's place, for
        `sitehome.learn`: event id, address, town, state, country, kind, and whether a site's
        home placed it."""
        yield from self._rows(
            "SELECT a.event_id, a.url, e.city, e.admin1, e.country, e.kind, EXISTS (SELECT 1 FROM claims c"
            f" WHERE c.event_id = e.id AND c.attribute = 'city' AND c.qualifier = '{SITE_HOME}')"
            " FROM articles a JOIN events e ON e.id = a.event_id WHERE a.duplicate_of IS NULL"
        )

    def article(self, article_id: str) -> StoredArticle | None:
        row = self._run(f"SELECT {self._ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return self._article(row) if row else None

    def article_count(self) -> int:
        return int(self._run("SELECT COUNT(*) FROM articles").fetchone()[0])

    # events

    _CANDIDATE_COLUMNS = (
        "e.id, e.date, e.venue, e.city, e.admin1, e.country, e.type, e.names, e.counts,"
        " (SELECT COUNT(*) FROM articles a WHERE a.event_id = e.id), e.kind, e.terms, e.date_precision, e.perpetrators,"
        " e.updated_at, (SELECT MAX(a.published) FROM articles a WHERE a.event_id = e.id),"
        # the phrase of the surest claim of its day, where a report was sure of it
        f" (SELECT c.quote FROM claims c WHERE c.event_id = e.id AND c.attribute = 'date' AND c.value = e.date AND c.confidence >= {SURE_DAY}"
        " ORDER BY c.confidence DESC, c.id LIMIT 1)"
    )
    #: Decoded candidates kept between lookups, by id, with the ``updated_at`` they were read at:
    #: the same few events are candidates of many reports, and decoding their words' JSON anew
    #: each time took a fifth of the resolver's time.
    CANDIDATES_KEPT = 4096

    def _candidate(self, r: Sequence[Any]) -> Candidate:
        """The candidate of a row of ``_CANDIDATE_COLUMNS``, kept with its ``updated_at``."""
        found = Candidate(
            r[0], _date(r[1]), r[2], r[3], r[4], r[5], r[6], set(json.loads(r[7])), json.loads(r[8]), r[9], r[10],
            json.loads(r[11]), r[12], {name for name, _ in json.loads(r[13])}, latest=_date(r[15]), day_told=r[16],
        )
        kept = self._kept
        if len(kept) >= self.CANDIDATES_KEPT:
            kept.clear()  # the store outgrew it: those still asked for are read again
        kept[found.id] = (r[14], found)
        return found

    def candidates(self, keys: list[str], lo: dt.date | None, hi: dt.date | None, limit: int = 20) -> list[Candidate]:
        """Events that share a blocking key and whose date lies in [lo, hi] (or is unknown). An event
        known only to its month or year is stored under the first day of it, and is found where any
        day of that month or year lies in [lo, hi].

        Found in two steps: which events, by id and ``updated_at`` alone (so that sorting the many
        that share a state's key carries none of their words), then the rows of those not kept
        decoded as they are now."""
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        rows = f"SELECT event_id FROM event_keys WHERE key IN ({marks})"
        params: list[object] = list(keys)
        if lo is not None and hi is not None:
            # the key's rows of the window's days, by the (key, day) index, and those of events
            # known to no day, whose month or year the condition below checks
            rows = f"{rows} AND day BETWEEN ? AND ? UNION ALL {rows} AND day IS NULL"
            params = [*keys, lo.isoformat(), hi.isoformat(), *keys]
        sql = (
            "SELECT e.id, e.updated_at FROM events e"
            f" JOIN (SELECT event_id, COUNT(*) AS shared FROM ({rows}) r GROUP BY event_id) k ON k.event_id = e.id"
        )
        if lo is not None and hi is not None:
            sql += (
                " WHERE (e.date IS NULL OR e.date BETWEEN ? AND ?"
                " OR e.date_precision = 'month' AND e.date BETWEEN ? AND ? OR e.date_precision = 'year' AND e.date BETWEEN ? AND ?)"
            )
            params += [lo.isoformat(), hi.isoformat(), lo.replace(day=1).isoformat(), hi.isoformat()]
            params += [lo.replace(month=1, day=1).isoformat(), hi.isoformat()]
        # Those sharing the most keys first: a state's key alone finds every event there that week.
        sql += " ORDER BY k.shared DESC, e.updated_at DESC LIMIT ?"
        params.append(limit)
        ranked = self._run(sql, params).fetchall()
        kept = self._kept
        found = {i: kept[i][1] for i, updated in ranked if i in kept and kept[i][0] == updated}
        missing = [i for i, _ in ranked if i not in found]
        if missing:
            marks = ", ".join("?" for _ in missing)
            found.update((r[0], self._candidate(r)) for r in self._run(f"SELECT {self._CANDIDATE_COLUMNS} FROM events e WHERE e.id IN ({marks})", missing))
        return [found[i] for i, _ in ranked if i in found]

    def candidate(self, event_id: str) -> Candidate | None:
        """One stored event as the resolver sees it, or None when there is none by that id."""
        row = self._run(f"SELECT {self._CANDIDATE_COLUMNS} FROM events e WHERE e.id = ?", (event_id,)).fetchone()
        return self._candidate(row) if row else None

    def event_keys(self, event_id: str) -> set[str]:
        """The blocking keys an event is filed under."""
        return {r[0] for r in self._run("SELECT key FROM event_keys WHERE event_id = ?", (event_id,))}

    def key_events(self, keys: list[str]) -> dict[str, int]:
        """How many stored events each of ``keys`` is filed under (0 left out)."""
        return self._counted("SELECT key, COUNT(*) FROM event_keys WHERE key IN ({marks}) GROUP BY key", sorted(set(keys)))

    def _counted(self, sql: str, values: list[str]) -> dict[str, int]:
        """``(value, count)`` rows of ``sql`` asked of ``values`` in chunks, ``{marks}`` standing for each
        chunk's placeholders: SQLite allows only so many parameters a statement."""
        found: dict[str, int] = {}
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            found.update(self._run(sql.format(marks=", ".join("?" for _ in chunk)), chunk).fetchall())
        return found

    def merge_events(self, into: str, gone: str) -> None:
        """Make event ``gone`` part of event ``into``: its reports, claims, merge evidence, keys and
        the interactions about it move over, and its row goes. The caller saves ``into`` reconciled.

        Interactions are filed under a key that ends with the event's id: that key moves too, so
        that a later report of the same reaction finds them under the event they are now about."""
        for table in ("articles", "claims", "merges"):
            self._run(f"UPDATE {table} SET event_id = ? WHERE event_id = ?", (into, gone))
        self._run(
            "INSERT INTO event_keys (key, event_id) SELECT key, CAST(? AS TEXT) FROM event_keys WHERE event_id = ?"
            " ON CONFLICT DO NOTHING",
            (into, gone),
        )
        self._run("DELETE FROM event_keys WHERE event_id = ?", (gone,))
        self._run(
            "UPDATE interactions SET about = ?, key = substr(key, 1, length(key) - length(CAST(? AS TEXT))) || CAST(? AS TEXT)"
            " WHERE about = ?",
            (into, gone, into, gone),
        )
        self._run("DELETE FROM events WHERE id = ?", (gone,))

    def save_event(self, event: Event, keys: set[str], names: set[str], counts: dict[str, int], terms: dict[str, float]) -> None:
        """Insert or update an event as reconciled, filed under ``keys``; ``terms``: its reports' content words, summed."""
        p = event.place
        self._run(
            "INSERT INTO events (id, kind, type, cameo, plover, title, date, date_precision, place_name, venue, city,"
            " admin1, country, lat, lon, names, counts, perpetrators, updated_at, terms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, type = excluded.type, cameo = excluded.cameo,"
            " plover = excluded.plover, title = excluded.title, date = excluded.date,"
            " date_precision = excluded.date_precision, place_name = excluded.place_name, venue = excluded.venue,"
            " city = excluded.city, admin1 = excluded.admin1, country = excluded.country, lat = excluded.lat,"
            " lon = excluded.lon, names = excluded.names, counts = excluded.counts,"
            " perpetrators = excluded.perpetrators, updated_at = excluded.updated_at, terms = excluded.terms",
            (
                event.id, event.kind, event.type, event.cameo, event.plover, event.title,
                event.date.isoformat() if event.date else None, event.date_precision,
                p.name, p.venue, p.city, p.admin1, p.country, p.lat, p.lon,
                json.dumps(sorted(names)), json.dumps(counts),
                json.dumps([[n, c] for n, c in event.perpetrators]),
                dt.datetime.now(dt.UTC).isoformat(), json.dumps(terms, sort_keys=True),
            ),
        )  # fmt: skip
        day = event.date.isoformat() if event.date and event.date_precision in (None, "day") else None
        self._run("UPDATE event_keys SET day = ? WHERE event_id = ? AND day IS DISTINCT FROM ?", (day, event.id, day))
        self._run_many(
            "INSERT INTO event_keys (key, event_id, day) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(k, event.id, day) for k in sorted(keys)],
        )

    def count_terms(self, terms: list[str]) -> None:
        """One more report, which uses each of ``terms``."""
        self._run_many(
            "INSERT INTO term_counts (term, reports) VALUES (?, 1)"
            " ON CONFLICT (term) DO UPDATE SET reports = term_counts.reports + 1",
            [("",), *((t,) for t in sorted(set(terms)) if t)],
        )

    def term_reports(self, terms: list[str]) -> tuple[int, dict[str, int]]:
        """How many reports were counted, and how many of them use each of ``terms`` (0 left out)."""
        found = self._counted("SELECT term, reports FROM term_counts WHERE term IN ({marks})", sorted({"", *terms}))
        return found.pop("", 0), found

    def set_article_event(self, article_id: str, event_id: str) -> None:
        self._run("UPDATE articles SET event_id = ? WHERE id = ?", (event_id, article_id))

    def add_claims(self, event_id: str, claims: list[Claim]) -> None:
        kept = self._kept_claims_dropped(event_id)
        self._run_many(
            "INSERT INTO claims (event_id, article_id, attribute, value, is_number, qualifier, start_char, end_char,"
            " quote, confidence, extractor, published, headline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    event_id, c.article, c.attribute, str(c.value), int(isinstance(c.value, int)), c.qualifier,
                    c.start, c.end, c.quote, c.confidence, c.extractor,
                    c.published.isoformat() if c.published else None, int(c.headline),
                )
                for c in claims
            ],
        )  # fmt: skip
        if kept is not None:
            # kept as now stored, when no claim but these has come to the event since it was read
            mark = self._claims_mark(event_id)
            if mark[0] == kept[0][0] + len(claims):
                self._keep_claims(event_id, mark, kept[1] + claims)

    def add_merge(self, event_id: str, article_id: str, score: float | None, evidence: dict[str, object]) -> None:
        self._run(
            "INSERT INTO merges (event_id, article_id, score, evidence, created_at) VALUES (?, ?, ?, ?, ?)",
            (event_id, article_id, score, json.dumps(evidence, sort_keys=True), dt.datetime.now(dt.UTC).isoformat()),
        )

    def merges(self, event_id: str) -> list[dict[str, object]]:
        rows = self._run(
            "SELECT article_id, score, evidence, created_at FROM merges WHERE event_id = ? ORDER BY id", (event_id,)
        ).fetchall()
        return [{"article": r[0], "score": r[1], "evidence": json.loads(r[2]), "at": r[3]} for r in rows]

    def event_names(self, event_id: str) -> set[str]:
        row = self._run("SELECT names FROM events WHERE id = ?", (event_id,)).fetchone()
        return set(json.loads(row[0])) if row else set()

    # interactions

    def find_interactions(self, key: str) -> list[Interaction]:
        """Stored interactions filed under a key (source, action, event), targets and all."""
        rows = self._run(f"SELECT {_INTERACTION_COLUMNS} FROM interactions WHERE key = ? ORDER BY id", (key,)).fetchall()
        return [_interaction(r, []) for r in rows]

    def save_interaction(self, interaction: Interaction, key: str) -> None:
        s, t = interaction.source, interaction.target
        self._run(
            f"INSERT INTO interactions ({_INTERACTION_COLUMNS}, key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET target_name = excluded.target_name, target_role = excluded.target_role,"
            " target_country = excluded.target_country, target_kind = excluded.target_kind,"
            " source_role = COALESCE(interactions.source_role, excluded.source_role),"
            " source_country = COALESCE(interactions.source_country, excluded.source_country),"
            " updated_at = excluded.updated_at",
            (
                interaction.id, s.name, s.role, s.country, s.kind,
                t.name if t else None, t.role if t else None, t.country if t else None, t.kind if t else None,
                interaction.action, interaction.cameo, interaction.plover,
                interaction.date.isoformat() if interaction.date else None, interaction.about,
                key, dt.datetime.now(dt.UTC).isoformat(),
            ),
        )  # fmt: skip
        self._run_many(
            "INSERT INTO interaction_claims (interaction_id, article_id, start_char, end_char, quote, published)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (interaction.id, c.article, c.start, c.end, c.quote, c.published.isoformat() if c.published else None)
                for c in interaction.claims
            ],
        )

    def interactions(self, about: str | None = None) -> list[Interaction]:
        """Every stored interaction (or those about one event), with their claims."""
        sql = f"SELECT {_INTERACTION_COLUMNS} FROM interactions"
        params: tuple[str, ...] = ()
        if about is not None:
            sql += " WHERE about = ?"
            params = (about,)
        rows = self._run(sql + " ORDER BY date IS NULL, date, id", params).fetchall()
        claims: dict[str, list[Evidence]] = {r[0]: [] for r in rows}
        # Those of one event are read through the index on `about`, not picked from all of them.
        mine = " WHERE interaction_id IN (SELECT id FROM interactions WHERE about = ?)" if about is not None else ""
        for c in self._run(
            "SELECT interaction_id, article_id, start_char, end_char, quote, published FROM interaction_claims"
            f"{mine} ORDER BY published IS NULL, published, id",
            params,
        ):
            if c[0] in claims:
                claims[c[0]].append(Evidence(c[1], c[2], c[3], c[4], _date(c[5])))
        return [_interaction(r, claims[r[0]]) for r in rows]

    def event_ids(self) -> list[str]:
        return [r[0] for r in self._run("SELECT id FROM events ORDER BY date IS NULL, date, id")]

    def find_events(self, query: EventQuery, limit: int, offset: int = 0) -> tuple[int, list[EventRow]]:
        """The events a query matches, newest first (undated last): (how many in all, this page)."""
        where: list[str] = []
        params: list[object] = []
        for column, value in (("e.type", query.type), ("e.country", query.country)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if query.since:
            where.append("e.date >= ?")
            params.append(query.since.isoformat())
        if query.until:
            where.append("e.date <= ?")
            params.append(query.until.isoformat())
        if query.text:
            like = "%" + query.text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            fields = " OR ".join(f"lower({c}) LIKE ? ESCAPE '\\'" for c in ("e.title", "e.place_name", "e.city", "e.admin1", "e.id"))
            where.append(
                f"({fields} OR e.id IN (SELECT a.event_id FROM articles a WHERE a.event_id IS NOT NULL"
                " AND (lower(a.title) LIKE ? ESCAPE '\\' OR lower(a.text) LIKE ? ESCAPE '\\')))"
            )
            params += [like] * 7
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        total = int(self._run(f"SELECT COUNT(*) FROM events e{clause}", params).fetchone()[0])
        # The page is chosen on (date, id) alone: the rest, report counts included, is read for its rows only.
        order = "ORDER BY e.date IS NULL, e.date DESC, e.id"
        rows = self._run(
            f"WITH page AS (SELECT e.id FROM events e{clause} {order} LIMIT ? OFFSET ?)"
            " SELECT e.id, e.kind, e.type, e.title, e.date, e.place_name, e.venue, e.city, e.admin1, e.country, e.lat,"
            " e.lon, e.counts, (SELECT COUNT(*) FROM articles a WHERE a.event_id = e.id)"
            f" FROM events e JOIN page ON page.id = e.id {order}",
            [*params, limit, offset],
        ).fetchall()
        return total, [
            EventRow(
                id=r[0], kind=r[1], type=r[2], title=r[3], date=_date(r[4]),
                place=Place(name=r[5], venue=r[6], city=r[7], admin1=r[8], country=r[9], lat=r[10], lon=r[11]),
                counts=json.loads(r[12]), articles=r[13],
            )
            for r in rows
        ]  # fmt: skip

    def event_facets(self) -> tuple[list[str], list[str]]:
        """The event types and the countries that occur, for a list's filters."""
        types = [r[0] for r in self.db.execute("SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY type")]
        countries = [r[0] for r in self.db.execute("SELECT DISTINCT country FROM events WHERE country IS NOT NULL ORDER BY country")]
        return types, countries

    def claims_in(self, article_id: str) -> list[tuple[str, Claim]]:
        """The claims read from one article, with the event each belongs to, in text order."""
        return [
            (r[0], Claim(attribute=r[1], value=int(r[2]) if r[3] else r[2], qualifier=r[4], start=r[5], end=r[6],
                         quote=r[7], confidence=r[8], extractor=r[9], published=_date(r[10]), article=article_id,
                         headline=bool(r[11])))
            for r in self._run(
                "SELECT event_id, attribute, value, is_number, qualifier, start_char, end_char, quote, confidence,"
                " extractor, published, headline FROM claims WHERE article_id = ? ORDER BY start_char, id",
                (article_id,),
            )
        ]  # fmt: skip

    def evidence_in(self, article_id: str) -> list[tuple[Interaction, Evidence]]:
        """The statements of interactions read from one article, each with its interaction
        (without its other claims), in text order."""
        return [
            (_interaction(r[5:], []), Evidence(article_id, r[0], r[1], r[2], _date(r[3])))
            for r in self._run(
                f"SELECT c.start_char, c.end_char, c.quote, c.published, c.id, {', '.join('i.' + n.strip() for n in _INTERACTION_COLUMNS.split(','))}"
                " FROM interaction_claims c JOIN interactions i ON i.id = c.interaction_id"
                " WHERE c.article_id = ? ORDER BY c.start_char, c.id",
                (article_id,),
            )
        ]

    def data_version(self) -> tuple[object, ...]:
        """Changes whenever an ingest stores something: a key for caches of whole exports."""
        row = self.db.execute(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims),"
            " (SELECT COUNT(*) FROM interaction_claims), (SELECT MAX(updated_at) FROM events),"
            " (SELECT MAX(updated_at) FROM interactions)"
        ).fetchone()
        return tuple(row)

    #: How many events' claims `event` keeps, as read, for the next read of the same event.
    #: A report joining an event of forty reports read all their claims again, and reconciling
    #: them; kept, only how many there are and the last one's id are read.
    CLAIMS_KEPT = 2048
    #: How many claims it keeps in all: an event's claims grow with its reports, so that 2,048
    #: events of a store of 100,000 reports held far more than those of 10,000 (the bench's
    #: resident memory grew by 12 MB a thousand reports past 10,000).
    CLAIMS_KEPT_IN_ALL = 131_072

    def event(self, event_id: str) -> Event | None:
        row = self._run(
            "SELECT id, kind, type, cameo, plover, title, date, date_precision, place_name, venue, city, admin1,"
            " country, lat, lon, perpetrators FROM events WHERE id = ?",
            (event_id,),
        ).fetchone()
        if row is None:
            return None
        articles = [
            r[0]
            for r in self._run(
                "SELECT id FROM articles WHERE event_id = ? ORDER BY published IS NULL, published, id", (event_id,)
            )
        ]
        return Event(
            id=row[0], kind=row[1], type=row[2], cameo=row[3], plover=row[4], title=row[5], date=_date(row[6]),
            date_precision=row[7],
            place=Place(name=row[8], venue=row[9], city=row[10], admin1=row[11], country=row[12], lat=row[13], lon=row[14]),
            articles=articles, claims=self._claims(event_id), perpetrators=[(n, bool(c)) for n, c in json.loads(row[15])],
        )  # fmt: skip

    def _claims(self, event_id: str) -> list[Claim]:
        """An event's claims in the order they were stored: kept from the last read while the
        event holds as many claims as then and the same last one. Claims are only ever added, or
        moved whole from one event to another, and their ids only grow (a rollback, which could
        give an id again, forgets them all)."""
        mark = self._claims_mark(event_id)
        kept = self._claims_kept.get(event_id)
        if kept is not None and kept[0] == mark:
            return list(kept[1])
        claims = [
            Claim(
                attribute=r[0], value=int(r[1]) if r[2] else r[1], qualifier=r[3], start=r[4], end=r[5], quote=r[6],
                confidence=r[7], extractor=r[8], published=_date(r[9]), article=r[10], headline=bool(r[11]),
            )
            for r in self._run(
                "SELECT attribute, value, is_number, qualifier, start_char, end_char, quote, confidence, extractor,"
                " published, article_id, headline FROM claims WHERE event_id = ? ORDER BY id",
                (event_id,),
            )
        ]  # fmt: skip
        self._keep_claims(event_id, mark, claims)
        return list(claims)

    def _keep_claims(self, event_id: str, mark: tuple[int, int], claims: list[Claim]) -> None:
        """Keep an event's claims as read, forgetting all those kept once there are too many
        events or claims (`CLAIMS_KEPT`, `CLAIMS_KEPT_IN_ALL`): those still asked for are read again."""
        self._kept_claims_dropped(event_id)
        if len(self._claims_kept) >= self.CLAIMS_KEPT or self._claims_in_all + len(claims) > self.CLAIMS_KEPT_IN_ALL:
            self._forget_claims()
        self._claims_kept[event_id] = (mark, claims)
        self._claims_in_all += len(claims)

    def _kept_claims_dropped(self, event_id: str) -> tuple[tuple[int, int], list[Claim]] | None:
        """An event's kept claims, no longer kept (None where none were)."""
        kept = self._claims_kept.pop(event_id, None)
        self._claims_in_all -= len(kept[1]) if kept else 0
        return kept

    def _forget_claims(self) -> None:
        """Forget every event's kept claims."""
        self._claims_kept.clear()
        self._claims_in_all = 0

    def _claims_mark(self, event_id: str) -> tuple[int, int]:
        """How many claims an event holds, and the last one's id."""
        count, last = self._run("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM claims WHERE event_id = ?", (event_id,)).fetchone()
        return int(count), int(last)


_INTERACTION_COLUMNS = (
    "id, source_name, source_role, source_country, source_kind, target_name, target_role, target_country,"
    " target_kind, action, cameo, plover, date, about"
)


def _interaction(row: tuple, claims: list[Evidence]) -> Interaction:  # type: ignore[type-arg]
    target = Actor(row[5], row[6], row[7], row[8]) if row[8] else None
    return Interaction(
        id=row[0], source=Actor(row[1], row[2], row[3], row[4]), target=target, action=row[9], cameo=row[10],
        plover=row[11], date=_date(row[12]), about=row[13], claims=claims,
    )  # fmt: skip


#: Pages the write-ahead log grows to before SQLite copies it into the database file, syncing
#: both (its default is 1,000). A batch of 64 reports writes about that many once 3,000 are
#: stored, so each commit had waited for a checkpoint: 3,000 reports' commits took 0.72 s
#: with the default and 0.47 s with this.
WAL_PAGES = 16384


class SQLiteStore(SQLStore):
    """The record in one SQLite file (WAL: readers never wait for the writer)."""

    dialect = SQLITE

    def __init__(self, path: str | Path) -> None:
        self.path = self.url = str(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            # The settings come after the owner check: another application's file is left as it was.
            self._open(settings=("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", f"PRAGMA wal_autocheckpoint={WAL_PAGES}"))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a storyline database ({exc})") from exc


class PostgresStore(SQLStore):
    """The record in a PostgreSQL database, which any number of processes may write at once."""

    dialect = POSTGRESQL

    def __init__(self, url: str) -> None:
        self.url = url
        self._cursors = itertools.count()
        # A server that does not answer is reported after ten seconds, not waited on for ever.
        try:
            urlsplit(url).port  # noqa: B018 - checked here, as psycopg's "failed to resolve host" would not say why
        except ValueError as exc:
            raise StoreError(f"{self.shown}: not a valid PostgreSQL URL ({exc})") from exc
        timeout: dict[str, Any] = {} if "connect_timeout" in url else {"connect_timeout": 10}
        try:
            self.db = psycopg.connect(url, autocommit=True, **timeout)
        except psycopg.Error as exc:
            raise StoreError(f"{self.shown}: cannot connect to PostgreSQL ({self._reason(exc)})") from exc
        try:
            self._open()
        except psycopg.Error as exc:
            raise StoreError(f"{self.shown}: cannot set up the storyline tables ({self._reason(exc)})") from exc

    @property
    def shown(self) -> str:
        return _masked(self.url, self.url)

    def _rows(self, sql: str) -> Iterator[Sequence[Any]]:
        # psycopg's ordinary cursor holds the whole result in memory: every article's text, on an
        # export. A server-side cursor sends rows in hundreds; WITH HOLD, as the connection
        # commits each statement and other queries run while the rows are read.
        with self.db.cursor(name=f"rows_{next(self._cursors)}", withhold=True) as cursor:
            cursor.execute(sql)
            yield from cursor

    def _reason(self, exc: psycopg.Error) -> str:
        return _masked(" ".join(str(exc).split()), self.url)


def _masked(text: str, url: str) -> str:
    """The text with the URL's password replaced by ***: messages name the database, never its password."""
    found = re.match(r"[a-z]+://[^/@:]*:([^/]*)@", url) or re.search(r"[?&]password=([^&]*)", url)
    return text.replace(found.group(1), "***") if found and found.group(1) else text


def open_store(url: str | Path) -> SQLStore:
    """Open (and create or migrate) the store a ``--db`` value names: a SQLite file or a postgresql:// URL."""
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresStore(text)
    return SQLiteStore(text)
