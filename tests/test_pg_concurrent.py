"""Two `storyline ingest` processes writing one PostgreSQL database at once store what one process would.

Each process parses on its own (the expensive part runs in parallel); each batch is stored in
one transaction that holds the writers' lock, so it resolves against everything the other
process has committed and re-checks for duplicates under the lock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS, SHARED, Databases, connect

from storyline.export import to_json
from storyline.store import open_store

pytestmark = pytest.mark.postgresql

GVA = SHARED / "data" / "gva" / "articles.jsonl"
#: GVA reports taken, plus the three seeds: enough for several reports per incident, a minute of parsing.
SLICE = 60
#: Small batches, so that the two processes' transactions take turns many times.
BATCH = 4


def gva_reports() -> list[dict[str, Any]]:
    if not GVA.exists():
        pytest.skip(f"{GVA}: no GVA articles here")
    with GVA.open(encoding="utf-8") as lines:
        return [json.loads(line) for line, _ in zip(lines, range(SLICE), strict=False)]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def halves(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The first GVA reports split in two by incident: every report of one incident in one half."""
    rows = gva_reports()
    incidents = list(dict.fromkeys(row["incident_id"] for row in rows))
    folder = tmp_path_factory.mktemp("halves")
    first, second = ([row for row in rows if incidents.index(row["incident_id"]) % 2 == half] for half in (0, 1))
    return write_jsonl(folder / "first.jsonl", first), write_jsonl(folder / "second.jsonl", second)


@pytest.fixture(scope="module")
def dealt(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same reports dealt alternately into two halves: most incidents have reports in both."""
    rows = gva_reports()
    folder = tmp_path_factory.mktemp("dealt")
    return write_jsonl(folder / "even.jsonl", rows[0::2]), write_jsonl(folder / "odd.jsonl", rows[1::2])


@pytest.fixture()
def server_databases(pg_server: str, tmp_path: Path) -> Iterator[Databases]:
    made = Databases("postgresql", tmp_path)
    yield made
    made.drop()


def ingest_at_once(db: str, *inputs: list[Path]) -> None:
    """Run one `storyline ingest` process per list of paths, all at once, into one database."""
    env = {k: v for k, v in os.environ.items() if k != "STORYLINE_DB"}
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "storyline.cli", "ingest", *map(str, paths), "--db", db, "--batch-size", str(BATCH), "-q"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for paths in inputs
    ]
    for child in children:
        out, err = child.communicate(timeout=600)  # a guard against a hung child, not a measurement
        assert child.returncode == 0, f"{child.args}:\n{out}\n{err}"


def exported(db: str) -> dict[str, Any]:
    with closing(open_store(db)) as store:
        return to_json(store)


def record(db: str) -> dict[str, list[str]]:
    """The exported record with the ids aside: each event as its date, place, facts with their
    claims, and the reports it was made of; each interaction by the reports of its event."""
    data = exported(db)
    members = {event["id"]: event["articles"] for event in data["events"]}

    def key(item: dict[str, Any], *drop: str) -> str:
        return json.dumps({k: v for k, v in item.items() if k not in drop}, sort_keys=True)

    return {
        "events": sorted(key(event, "id", "reactions") for event in data["events"]),
        "articles": sorted(key({**article, "event": members.get(article["event"])}) for article in data["articles"]),
        "interactions": sorted(key({**ix, "about": members.get(ix["about"])}, "id") for ix in data["interactions"]),
    }


def turns(db: str, second: Path) -> int:
    """How often the stored reports, in the order they were stored, pass from one process's to the other's."""
    theirs = {json.loads(line)["id"] for line in second.read_text(encoding="utf-8").splitlines()}
    with connect(db) as other:
        order = [row[0] in theirs for row in other.execute("SELECT id FROM articles ORDER BY ingested_at, id")]
    return sum(a != b for a, b in zip(order, order[1:], strict=False))


@pytest.fixture(scope="module")
def one_process(pg_server: str, halves: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeds and both halves ingested by a single process: what two processes must match."""
    databases = Databases("postgresql", tmp_path_factory.mktemp("one"))
    db = databases.new("one_process")
    ingest_at_once(db, [SEEDS, *halves])
    yield db
    databases.drop()


@pytest.mark.parametrize("processes", [2])
def test_processes_on_disjoint_incidents_store_what_one_process_does(
    one_process: str, server_databases: Databases, halves: tuple[Path, Path], processes: int
) -> None:
    db = server_databases.new("halves")
    ingest_at_once(db, [SEEDS, halves[0]], [halves[1]])
    assert turns(db, halves[1]) >= processes, "the processes did not write at the same time"
    assert record(db) == record(one_process)


@pytest.mark.parametrize("processes", [2])
def test_processes_on_the_same_files_store_each_report_once(one_process: str, server_databases: Databases, halves: tuple[Path, Path], processes: int) -> None:
    db = server_databases.new("same_files")
    ingest_at_once(db, *([SEEDS, *halves] for _ in range(processes)))
    got = record(db)
    assert len(got["articles"]) == SLICE + 2  # the three seeds, and one GVA line has no text
    assert got == record(one_process)


@pytest.mark.parametrize("processes", [2])
def test_processes_sharing_incidents_store_what_one_process_does_in_their_commit_order(
    server_databases: Databases, dealt: tuple[Path, Path], tmp_path: Path, processes: int
) -> None:
    """Reports of one incident in both processes: each resolves against what the other committed.

    Clustering depends on the order reports arrive in, so the record is compared with one process
    that reads the same reports in the order the two processes' transactions committed them: the
    two processes' writes must be equivalent to one after the other, with nothing lost or doubled.
    """
    db = server_databases.new("dealt")
    ingest_at_once(db, [SEEDS, dealt[0]], [dealt[1]])
    assert turns(db, dealt[1]) >= processes, "the processes did not write at the same time"
    with connect(db) as other:
        columns = ("id", "url", "source", "published", "title", "text")
        stored = [dict(zip(columns, row, strict=True)) for row in other.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY ingested_at, id")]
    replay = server_databases.new("replay")
    ingest_at_once(replay, [write_jsonl(tmp_path / "in_commit_order.jsonl", stored)])
    got = record(db)
    assert len(got["articles"]) == SLICE + 2
    assert got == record(replay)


@pytest.mark.parametrize("other", ["sqlite"])
def test_sqlite_and_postgresql_store_the_same_record(one_process: str, halves: tuple[Path, Path], tmp_path: Path, other: str) -> None:
    db = Databases(other, tmp_path).new("one_process")
    ingest_at_once(db, [SEEDS, *halves])
    assert exported(db) == exported(one_process)
