"""The record's SQL schema: the migrations that build it, in order, each applied once.

`store.SQLStore` runs them, written in plain SQL that both SQLite and PostgreSQL read once its
`store.Dialect` has given each column its type; a store's ``schema_version`` says how many it has
run. A change to the record is a new migration at the end, never an edit of one already run.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT, source TEXT, published TEXT, title TEXT,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        simhash INTEGER NOT NULL,
        band0 INTEGER NOT NULL, band1 INTEGER NOT NULL, band2 INTEGER NOT NULL, band3 INTEGER NOT NULL,
        duplicate_of TEXT REFERENCES articles(id),
        event_id TEXT,
        origin TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_text_hash ON articles(text_hash);
    CREATE INDEX articles_band0 ON articles(band0);
    CREATE INDEX articles_band1 ON articles(band1);
    CREATE INDEX articles_band2 ON articles(band2);
    CREATE INDEX articles_band3 ON articles(band3);
    CREATE INDEX articles_event ON articles(event_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL, type TEXT, cameo TEXT, plover TEXT, title TEXT,
        date TEXT, date_precision TEXT,
        place_name TEXT, venue TEXT, city TEXT, admin1 TEXT, country TEXT, lat REAL, lon REAL,
        names TEXT NOT NULL DEFAULT '[]',
        counts TEXT NOT NULL DEFAULT '{}',
        perpetrators TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(date);
    CREATE TABLE event_keys (
        key TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES events(id),
        PRIMARY KEY (key, event_id)
    );
    CREATE INDEX event_keys_event ON event_keys(event_id);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        attribute TEXT NOT NULL,
        value TEXT NOT NULL,
        is_number INTEGER NOT NULL,
        qualifier TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        quote TEXT NOT NULL,
        confidence REAL NOT NULL,
        extractor TEXT NOT NULL,
        published TEXT
    );
    CREATE INDEX claims_event ON claims(event_id);
    CREATE INDEX claims_article ON claims(article_id);
    CREATE TABLE merges (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        score REAL,
        evidence TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX merges_event ON merges(event_id);
    """,
    """
    CREATE TABLE interactions (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        source_name TEXT, source_role TEXT, source_country TEXT, source_kind TEXT NOT NULL,
        target_name TEXT, target_role TEXT, target_country TEXT, target_kind TEXT,
        action TEXT NOT NULL, cameo TEXT NOT NULL, plover TEXT,
        date TEXT,
        about TEXT REFERENCES events(id),
        updated_at TEXT NOT NULL
    );
    CREATE INDEX interactions_key ON interactions(key);
    CREATE INDEX interactions_about ON interactions(about);
    CREATE TABLE interaction_claims (
        id INTEGER PRIMARY KEY,
        interaction_id TEXT NOT NULL REFERENCES interactions(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        quote TEXT NOT NULL,
        published TEXT
    );
    CREATE INDEX interaction_claims_interaction ON interaction_claims(interaction_id);
    """,
    # What reports say, for the resolver: each event's content words (the sum of its reports'
    # weighted signatures), and in how many reports each word occurs, which tells rare words
    # from common ones. The row of the empty term counts the reports.
    """
    ALTER TABLE events ADD COLUMN terms TEXT NOT NULL DEFAULT '{}';
    CREATE TABLE term_counts (
        term TEXT PRIMARY KEY,
        reports INTEGER NOT NULL
    );
    """,
    # Each key row carries its event's day where the event is known to the day, so that a lookup
    # reads only the events of its days under a key ("admin1:texas" holds every event of the
    # state's history); an event known to its month or year only, or undated, has none.
    """
    ALTER TABLE event_keys ADD COLUMN day TEXT;
    UPDATE event_keys SET day = (
        SELECT e.date FROM events e WHERE e.id = event_keys.event_id AND (e.date_precision IS NULL OR e.date_precision = 'day')
    );
    CREATE INDEX event_keys_day ON event_keys(key, day);
    """,
    # Which claims a report's headline makes: "3 Dead, 2 Hurt in Shooting Spree" tells the whole
    # toll, where reports each telling of one victim agree on fewer (`reconcile.wounded_fact`).
    """
    ALTER TABLE claims ADD COLUMN headline INTEGER NOT NULL DEFAULT 0;
    """,
]
