"""The command line, run in-process with Typer's CliRunner against real SQLite files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import SALINA_MORE, WICHITA_MORE, site_reports
from typer.testing import CliRunner, Result

from storyline.cli import app
from storyline.store import SQLiteStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
SEED_IDS = {"000_c445c18be48d3af9", "001_541e1735f40f9c21", "002_c17c5e39bdc91cb9"}

# Wide enough that Rich neither wraps messages nor folds quotes in the tables.
runner = CliRunner(env={"COLUMNS": "240"})

EVENT_KEYS = {"id", "kind", "type", "cameo", "title", "date", "place", "facts", "perpetrators", "articles", "reactions"}
PLACE_KEYS = {"name", "city", "admin1", "country", "lat", "lon"}
FACT_KEYS = {"best", "low", "high", "status", "claims"}
CLAIM_KEYS = {"value", "qualifier", "article", "published", "quote", "start", "end"}


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def assert_no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """`storyline ingest examples/seeds` into a file of this module's own; the commands below read it."""
    path = tmp_path_factory.mktemp("cli") / "seeds.db"
    return path, invoke("ingest", str(SEEDS), "--db", str(path))


@pytest.fixture()
def db(seeded_db: tuple[Path, Result]) -> str:
    return str(seeded_db[0])


@pytest.fixture()
def event_id(db: str) -> str:
    store = open_store(db)
    try:
        (only,) = store.event_ids()
        return only
    finally:
        store.close()


def assert_seeds_kept(db: str) -> None:
    """The seed record is whole: three articles, one event, its claims."""
    store = open_store(db)
    try:
        assert {s.article.id for s in store.articles()} == SEED_IDS
        assert len(store.event_ids()) == 1
        assert store.db.execute("SELECT COUNT(*) FROM claims").fetchone()[0] > 0
    finally:
        store.close()


# --- ingest, events, show ------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["events"])
def test_ingested_seeds_list_as_one_event(seeded_db: tuple[Path, Result], command: str) -> None:
    path, ingested = seeded_db
    assert ingested.exit_code == 0, ingested.output
    assert "read 3 reports: 3 added, 0 already stored" in ingested.stdout
    assert "events: 1 new, 2 updated; 0 inputs refused" in ingested.stdout

    result = invoke(command, "--db", str(path))

    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if line.startswith("│ ev_")]
    assert len(rows) == 1
    assert "2024-03-22" in rows[0]
    assert "Crocus City Hall" in rows[0]
    assert "137 (60-137, rising)" in rows[0]


@pytest.mark.parametrize(
    "expected",
    [
        "killed: 137  (range 60-137, rising)",
        "“at least 137 people were killed”",
        "“133 deaths”",
        "“over 60 lives”",
        "where  Crocus City Hall, Krasnogorsk, Moscow Oblast, RUS",
        "who    Islamic State (claimed responsibility)",
    ],
)
def test_show_prints_the_facts_with_their_quotes_and_the_venue(db: str, event_id: str, expected: str) -> None:
    result = invoke("show", event_id, "--db", db)
    assert result.exit_code == 0, result.output
    assert expected in result.stdout


@pytest.mark.parametrize(
    ("as_of", "present", "absent"),
    [
        (
            "2024-03-24",
            ["killed: 133  (range 133-133, single)", "“133 deaths”", "(as of 2024-03-24)"],
            ["137", "over 60"],
        )
    ],
)
def test_show_as_of_a_date_uses_only_what_was_published_by_then(
    db: str, event_id: str, as_of: str, present: list[str], absent: list[str]
) -> None:
    result = invoke("show", event_id, "--db", db, "--as-of", as_of)
    assert result.exit_code == 0, result.output
    for text in present:
        assert text in result.stdout
    for text in absent:
        assert text not in result.stdout


@pytest.mark.parametrize(("as_of", "later_fact"), [("2000-01-01", "Krasnogorsk")])
def test_show_as_of_before_any_report_reveals_nothing_published_later(
    db: str, event_id: str, as_of: str, later_fact: str
) -> None:
    result = invoke("show", event_id, "--db", db, "--as-of", as_of)
    assert_no_traceback(result)
    assert later_fact not in result.output


# --- export --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json"])
def test_json_export_follows_the_contract(db: str, fmt: str) -> None:
    result = invoke("export", "--format", fmt, "--db", db)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert set(record) == {"articles", "events", "interactions"}
    assert {article["id"] for article in record["articles"]} == SEED_IDS
    assert len(record["events"]) == 1
    store = open_store(db)
    try:
        for event in record["events"]:
            assert set(event) == EVENT_KEYS
            assert set(event["date"]) == {"value", "precision"}
            assert set(event["place"]) == PLACE_KEYS
            assert event["facts"], "an event without facts"
            for attribute, fact in event["facts"].items():
                assert set(fact) == FACT_KEYS, attribute
                for claim in fact["claims"]:
                    assert set(claim) == CLAIM_KEYS
                    stored = store.article(claim["article"])
                    assert stored is not None
                    assert stored.article.text[claim["start"] : claim["end"]] == claim["quote"]
        (event,) = record["events"]
        assert event["facts"]["killed"]["best"] == 137
        assert event["date"] == {"value": "2024-03-22", "precision": "day"}
        assert set(event["articles"]) == SEED_IDS
    finally:
        store.close()


@pytest.mark.parametrize("fmt", ["csv"])
def test_csv_export_has_a_header_and_one_row_per_event(db: str, event_id: str, fmt: str) -> None:
    result = invoke("export", "--format", fmt, "--db", db)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["event_id", "event_date", "date_precision", "event_type"]
    assert len(body) == 1
    row = dict(zip(header, body[0], strict=True))
    assert (row["event_id"], row["fatalities"], row["source_count"]) == (event_id, "137", "3")


@pytest.mark.parametrize(("as_of", "later"), [("2024-03-24", "001_541e1735f40f9c21")])
def test_json_export_as_of_a_date_lists_no_later_article(db: str, as_of: str, later: str) -> None:
    result = invoke("export", "--format", "json", "--db", db, "--as-of", as_of)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert later not in {article["id"] for article in record["articles"]}


# --- bad usage -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["events", "--as-of", "notadate"], 2, "--as-of 'notadate': not a date; write it as YYYY-MM-DD"),
        (["show", "--as-of", "notadate"], 2, "--as-of 'notadate': not a date; write it as YYYY-MM-DD"),
        (["export", "--as-of", "notadate"], 2, "--as-of 'notadate': not a date; write it as YYYY-MM-DD"),
        (["show", "nosuchevent"], 1, "nosuchevent: no such event; `storyline events` lists them"),
        (["export", "--format", "xml"], 2, "--format 'xml': choose json, csv or dyads"),
    ],
)
def test_bad_usage_exits_with_a_message_and_no_traceback(db: str, args: list[str], code: int, message: str) -> None:
    result = invoke(*args, "--db", db)
    assert result.exit_code == code
    assert message in result.stderr
    assert result.stdout == ""
    assert_no_traceback(result)
    assert_seeds_kept(db)


@pytest.mark.parametrize("command", ["events", "show", "export"])
def test_missing_database_is_named_and_not_created(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "missing.db"
    result = invoke(command, "--db", str(missing))
    assert result.exit_code == 1
    assert f"{missing}: no such database; run `storyline ingest PATH --db {missing}` first" in result.stderr
    assert_no_traceback(result)
    assert not missing.exists()


@pytest.mark.parametrize("content", [b"These are my notes, not a database.\n" * 40])
def test_file_that_is_not_a_database_is_named_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    result = invoke("events", "--db", str(path))
    assert result.exit_code == 1
    assert f"{path}: not a storyline database (file is not a database)" in result.stderr
    assert_no_traceback(result)
    assert path.read_bytes() == content


@pytest.mark.parametrize("command", ["ingest", "events", "export"])
def test_unreachable_postgresql_url_is_named_without_its_password(tmp_path: Path, command: str) -> None:
    # Nothing listens on port 1: refused at once, whatever the machine.
    url = "postgresql://storyline:s3cret@127.0.0.1:1/storyline"
    result = invoke(command, *([str(SEEDS)] if command == "ingest" else []), "--db", url)
    assert result.exit_code == 1
    assert "postgresql://storyline:***@127.0.0.1:1/storyline: cannot connect to PostgreSQL (" in result.stderr
    assert "s3cret" not in result.output
    assert_no_traceback(result)


@pytest.mark.parametrize("target", ["no/such/folder/record.json"])
def test_export_to_an_unwritable_path_is_named_without_a_traceback(db: str, tmp_path: Path, target: str) -> None:
    output = tmp_path / target
    result = invoke("export", "--db", db, "--output", str(output))
    assert_no_traceback(result)
    assert result.exit_code == 1
    assert str(output) in result.stderr


# --- ingest with a bad file ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"), [("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)]
)
def test_ingest_names_a_binary_file_and_reads_the_rest(
    seeds_copy: Path, tmp_path: Path, name: str, content: bytes
) -> None:
    (seeds_copy / name).write_bytes(content)
    path = tmp_path / "cli.db"

    result = invoke("ingest", str(seeds_copy), "--db", str(path))

    assert result.exit_code == 0, result.output
    assert f"{seeds_copy / name}: binary file, not text" in result.stderr
    assert "read 3 reports: 3 added" in result.stdout
    assert "1 inputs refused" in result.stdout
    assert_no_traceback(result)
    store: SQLiteStore = open_store(path)
    try:
        assert {s.article.id for s in store.articles()} == SEED_IDS
    finally:
        store.close()


def test_ingest_tells_of_incidents_placed_in_their_sites_home_town(tmp_path: Path) -> None:
    result = invoke("ingest", str(site_reports(tmp_path)), "--db", str(tmp_path / "sites.db"))

    assert result.exit_code == 0, result.output
    # one line, however wide the terminal wraps it
    assert "events: 5 new, 0 updated, 1 placed in their site's home town; 0 inputs refused" in " ".join(result.stdout.split())


@pytest.mark.parametrize(
    ("more", "told"),
    [
        (
            [*WICHITA_MORE, ("f", "https://www.example-herald.com/news/f", "2015-03-13", "Two men were shot in Derby on Thursday night, police said.")],
            "1 placed in their site's home town, 1 towns read as the namesake near their site's home;",
        ),
        (SALINA_MORE, "1 placed in their site's home town, 1 placed in their site's home state;"),
        (
            [*WICHITA_MORE, ("f", "https://www.example-herald.com/news/f", "2015-03-13", "A man was shot in Butler County on Thursday night, deputies said.")],
            "1 placed in their site's home town, 1 counties placed in their site's home state;",
        ),
    ],
    ids=["towns read as the namesake near home", "incidents placed in the home state", "counties placed in the home state"],
)
def test_ingest_tells_of_what_their_sites_home_placed(tmp_path: Path, more: list[tuple[str, str, str, str]], told: str) -> None:
    result = invoke("ingest", str(site_reports(tmp_path, more)), "--db", str(tmp_path / "sites.db"))

    assert result.exit_code == 0, result.output
    assert told in " ".join(result.stdout.split())
