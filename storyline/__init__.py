"""storyline: news reports in, one sourced and reconciled event record out.

The Python API the command line calls::

    from storyline import open_store, ingest, events
    store = open_store("storyline.db")
    ingest(["examples/seeds"], store)
    for event in events(store):
        print(event.title, event.facts["killed"].best)
"""

from .distributed import RayError, ingest_ray
from .export import events, to_csv, to_json
from .model import Actor, Article, Claim, Event, Evidence, Fact, IngestError, Interaction, Mention, Place
from .pipeline import IngestReport, ingest, ingest_articles
from .reconcile import reconcile
from .store import PostgresStore, SQLiteStore, Store, StoreError, open_store

__all__ = [
    "Actor",
    "Article",
    "Claim",
    "Event",
    "Evidence",
    "Fact",
    "IngestError",
    "IngestReport",
    "Interaction",
    "Mention",
    "Place",
    "PostgresStore",
    "RayError",
    "SQLiteStore",
    "Store",
    "StoreError",
    "events",
    "ingest",
    "ingest_articles",
    "ingest_ray",
    "open_store",
    "reconcile",
    "to_csv",
    "to_json",
]
__version__ = "0.1.0"
