"""The pipeline on real files, on both backends: duplicates, bad input beside good, an ingest killed midway."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from conftest import SALINA_MORE, WICHITA_MORE, Databases, connect, site_reports
from spacy.tokens import Doc

from storyline.ingest import NEAR_DUPLICATE_DISTANCE, hamming, read_paths, simhash, text_hash
from storyline.model import Article
from storyline.pipeline import IngestReport, Pending, extract_one, ingest, same_headline, store_pending
from storyline.reconcile import reconcile
from storyline.store import SQLiteStore, SQLStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
SEED_001 = SEEDS / "001_541e1735f40f9c21.txt"
SEED_HEADER = " date 2024-03-26 "

GOOD_TEXT = (
    "A bus crashed into a wall in the centre of Veltrana on Monday morning, injuring five passengers, "
    "the regional emergency service said. The driver was arrested at the scene."
)
NOT_A_DATE_TEXT = (
    " date 2024-13-45 Police said two people were hurt when a gas main exploded in the market of Portela.\n"
)
LATIN1_TEXT = "Police in Montréal said the café on the rue Sainte-Catherine was closed after a small fire on Friday."
JSONL_GOOD_1 = (
    '{"id": "jsonl_1", "text": "Two people were hurt when a gas main exploded in the market of Alvena on Friday."}'
)
JSONL_GOOD_3 = (
    '{"id": "jsonl_3", "text": "Firefighters rescued eleven people from a burning hotel in Serrana on Sunday."}'
)


# --- fixtures for this module: the seeds stored once, copied per test ---------------------------


@pytest.fixture(scope="module")
def seeded_file(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A closed database holding the three seeds, copied by each test that needs them stored."""
    databases = Databases(backend, tmp_path_factory.mktemp("seeded"))
    url = databases.new("seeds")
    store = open_store(url)
    report = ingest([SEEDS], store)
    assert report.added == 3 and report.problems == []
    store.close()
    yield url
    databases.drop()


@pytest.fixture()
def seeded(seeded_file: str, databases: Databases) -> Iterator[SQLStore]:
    """A store that already holds the seeds, in a database of this test's own."""
    store = open_store(databases.new("seeded", template=seeded_file))
    yield store
    store.close()


@dataclass(frozen=True)
class Snapshot:
    """What is stored: every article row and every claim row."""

    articles: dict[str, tuple[object, ...]]
    claims: list[tuple[object, ...]]
    events: list[str]

    @classmethod
    def of(cls, store: SQLStore) -> Snapshot:
        articles = {
            row[0]: tuple(row[1:])
            for row in store.db.execute("SELECT id, text, published, event_id, duplicate_of, origin FROM articles")
        }
        claims = store.db.execute(
            "SELECT article_id, event_id, attribute, value, qualifier, start_char, end_char, quote FROM claims ORDER BY id"
        ).fetchall()
        return cls(articles, claims, store.event_ids())

    def kept_in(self, store: SQLStore) -> None:
        """Assert that every article of this snapshot, and every claim it made, is still stored unchanged."""
        now = Snapshot.of(store)
        assert {key: now.articles.get(key) for key in self.articles} == self.articles
        assert [claim for claim in now.claims if claim[0] in self.articles] == self.claims
        assert set(self.events) <= set(now.events)


def claim_count(store: SQLStore) -> int:
    return int(store.db.execute("SELECT COUNT(*) FROM claims").fetchone()[0])


def seed_body(path: Path = SEED_001) -> str:
    """A seed's text as stored: without its date line."""
    articles = [record for record in read_paths([path]) if isinstance(record, Article)]
    return articles[0].text


# --- duplicates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("runs", [1, 2])
def test_ingesting_the_seeds_again_adds_nothing(seeded: SQLStore, runs: int) -> None:
    before = Snapshot.of(seeded)
    claims = claim_count(seeded)
    for _ in range(runs):
        report = ingest([SEEDS], seeded)
        assert (report.read, report.duplicates, report.added, report.near_duplicates) == (3, 3, 0, 0)
        assert (report.events_created, report.events_updated, report.problems) == (0, 0, [])
    assert seeded.event_ids() == before.events
    assert len(before.events) == 1
    assert claim_count(seeded) == claims
    assert Snapshot.of(seeded) == before


def _identical(text: str) -> tuple[str, str]:
    return "copy_of_001.txt", text


def _crlf_and_spacing(text: str) -> tuple[str, str]:
    return "copy_of_001.txt", text.replace("\n", "  \r\n") + "\r\n\r\n"


def _as_json(text: str) -> tuple[str, str]:
    import json

    return "copy_of_001.json", json.dumps({"id": "wire_copy", "text": text.removeprefix(SEED_HEADER)})


@pytest.mark.parametrize("variant", [_identical, _crlf_and_spacing, _as_json], ids=["identical", "crlf", "json"])
def test_same_text_under_another_name_is_a_duplicate(
    seeded: SQLStore, tmp_path: Path, variant: Callable[[str], tuple[str, str]]
) -> None:
    before = Snapshot.of(seeded)
    name, content = variant(SEED_001.read_text(encoding="utf-8"))
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    report = ingest([path], seeded)
    assert (report.read, report.duplicates, report.added, report.near_duplicates, report.problems) == (1, 1, 0, 0, [])
    assert Snapshot.of(seeded) == before


REWRITTEN_LEDE = (
    "Pakistan's ambassador in Washington, Masood Khan, visited the Russian embassy on Tuesday to offer his "
    "condolences over the terrorist attack in Moscow, a gesture of solidarity against terrorism across borders."
)


def _new_wording(body: str) -> str:
    return body.replace("an important diplomatic gesture", "a notable diplomatic gesture", 1)


def _headline(body: str) -> str:
    return "Pakistan envoy offers condolences to Russia over Moscow attack\n\n" + body


def _headline_and_rewritten_lede(body: str) -> str:
    rest = body.split("\n\n")[1:]
    return "\n\n".join(["Pakistani ambassador condoles with Russia", REWRITTEN_LEDE, *rest])


@pytest.mark.parametrize(
    "rewrite",
    [
        _new_wording,
        _headline,
        _headline_and_rewritten_lede,
    ],
    ids=["new wording in the first sentence", "headline added", "headline and rewritten first paragraph"],
)
def test_near_duplicate_is_linked_to_its_original_and_adds_no_claims(
    seeded: SQLStore, tmp_path: Path, rewrite: Callable[[str], str]
) -> None:
    original = "001_541e1735f40f9c21"
    body = seed_body()
    changed = rewrite(body)
    assert changed != body
    assert hamming(simhash(body), simhash(changed)) <= NEAR_DUPLICATE_DISTANCE
    before = Snapshot.of(seeded)
    claims = claim_count(seeded)
    path = tmp_path / "republished.txt"
    path.write_text(SEED_HEADER + changed, encoding="utf-8")

    report = ingest([path], seeded)

    assert (report.read, report.near_duplicates, report.added, report.duplicates, report.problems) == (1, 1, 0, 0, [])
    stored = seeded.article("republished")
    expected_event = seeded.article(original)
    assert stored is not None and expected_event is not None
    assert stored.duplicate_of == original
    assert stored.event_id == expected_event.event_id is not None
    assert claim_count(seeded) == claims
    assert seeded.db.execute("SELECT COUNT(*) FROM claims WHERE article_id = 'republished'").fetchone()[0] == 0
    before.kept_in(seeded)
    assert seeded.event_ids() == before.events


@pytest.mark.parametrize("rewrite", [_new_wording, _headline], ids=["new wording in the first sentence", "headline added"])
def test_near_duplicate_in_the_same_batch_as_its_original_is_linked_to_it(
    store: SQLStore, tmp_path: Path, rewrite: Callable[[str], str]
) -> None:
    body, folder = seed_body(), tmp_path / "reports"
    folder.mkdir()
    (folder / "a_original.txt").write_text(SEED_HEADER + body, encoding="utf-8")
    (folder / "b_republished.txt").write_text(SEED_HEADER + rewrite(body), encoding="utf-8")

    report = ingest([folder], store, batch_size=8)

    assert (report.read, report.added, report.near_duplicates, report.problems) == (2, 1, 1, [])
    copy, original = store.article("b_republished"), store.article("a_original")
    assert copy is not None and original is not None
    assert copy.duplicate_of == "a_original" and copy.event_id == original.event_id is not None


RECORD = (
    "{day}: Unknown perpetrators placed a pipe bomb in the Science Building at Elm State University in "
    "Springfield, Illinois, United States. The bomb was discovered and subsequently disarmed. There were no casualties."
)


@pytest.mark.parametrize("batch_size", [8, 1], ids=["one batch", "one at a time"])
def test_records_alike_but_for_the_date_they_open_with_are_two(store: SQLStore, tmp_path: Path, batch_size: int) -> None:
    one, other = RECORD.format(day="4/14/1970"), RECORD.format(day="5/14/1970")
    assert hamming(simhash(one), simhash(other)) <= NEAR_DUPLICATE_DISTANCE
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "a_april.txt").write_text(one, encoding="utf-8")
    (folder / "b_may.txt").write_text(other, encoding="utf-8")

    report = ingest([folder], store, batch_size=batch_size)

    assert (report.read, report.added, report.near_duplicates, report.problems) == (2, 2, 0, [])
    april, may = store.article("a_april"), store.article("b_may")
    assert april is not None and may is not None and may.duplicate_of is None
    assert april.event_id is not None and may.event_id is not None and april.event_id != may.event_id


BOILERPLATE = (
    "Just one more thing. We have sent you a verification email. Please check your email and click on the "
    "link to activate your profile. If you do not receive the verification message within a few minutes of "
    "signing up, please check your Spam or Junk folder. Close this window to go on reading the news. "
)


def test_one_sites_boilerplate_under_two_headlines_is_two_reports(store: SQLStore, tmp_path: Path) -> None:
    rows = [
        {"id": "a", "title": "Four wounded in shooting at Pomona restaurant", "content": BOILERPLATE, "published": "2014-05-02"},
        {"id": "b", "title": "Killeen boy, 2, in critical condition after shooting", "content": BOILERPLATE + "Closed.", "published": "2014-06-09"},
        {"id": "c", "title": "Four wounded in shooting at Pomona restaurant drive-through", "content": BOILERPLATE, "published": "2014-05-02"},
    ]
    path = tmp_path / "site.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    report = ingest([path], store)

    assert report.problems == []
    a, b, c = (store.article(i) for i in "abc")
    assert a is not None and b is not None and c is not None
    assert b.duplicate_of is None and b.event_id != a.event_id  # another headline: another report
    assert c.duplicate_of == "a"  # the same headline over the same body: the same report
    assert same_headline("Four shot in Pomona", None)




def test_an_incident_no_report_places_is_placed_in_its_sites_home(store: SQLStore, tmp_path: Path) -> None:
    path = site_reports(tmp_path)

    report = ingest([path], store)
    again = ingest([path], store)

    assert report.problems == [] and report.events_placed_at_home == 1 and again.events_placed_at_home == 0
    placed = {i: store.article(i) for i in "abcde"}
    events = {i: store.event(a.event_id) for i, a in placed.items() if a is not None and a.event_id is not None}
    assert len({e.id for e in events.values() if e is not None}) == 5
    c, d = events["c"], events["d"]
    assert c is not None and d is not None
    assert (c.place.city, c.place.admin1, c.place.country) == ("Wichita", "Kansas", "USA")
    [home] = [claim for claim in c.claims if claim.attribute == "city"]
    # no report's words: the first report, an empty span, and a qualifier that says so
    assert (home.qualifier, home.article, home.quote, home.start, home.end) == ("site home", "c", "", 0, 0)
    assert d.place.city is None  # one incident of the other site in a town is no home


def test_an_incident_placed_nowhere_of_a_site_with_a_home_state_and_no_home_town_is_placed_in_that_state(store: SQLStore, tmp_path: Path) -> None:
    report = ingest([site_reports(tmp_path, SALINA_MORE)], store)

    h = store.article("h")
    assert h is not None and h.event_id is not None
    event = store.event(h.event_id)
    assert event is not None
    assert (event.place.city, event.place.admin1, event.place.country) == (None, "Kansas", "USA")
    assert report.states_placed_at_home == 1
    # no report's words: the first report, an empty span, and a qualifier that says so
    assert {(c.attribute, c.article, c.quote, c.qualifier) for c in event.claims if c.attribute in ("admin1", "country")} == {
        ("admin1", "h", "", "site home"),
        ("country", "h", "", "site home"),
    }


def test_a_site_of_one_incident_in_a_state_gives_no_state_to_its_incident_placed_nowhere(store: SQLStore, tmp_path: Path) -> None:
    report = ingest([site_reports(tmp_path, SALINA_MORE[1:])], store)

    h = store.article("h")
    assert h is not None and h.event_id is not None
    event = store.event(h.event_id)
    assert event is not None and event.place.admin1 is None
    assert report.states_placed_at_home == 0


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a county of eight states, Kansas's among them
        ("A man was shot and wounded in Butler County on Thursday night, deputies said.", "Kansas"),
        # a county of fourteen states, none of them the site's
        ("A woman was shot in Greene County on Thursday night, deputies said.", None),
    ],
    ids=["the home state's", "no county of the home state's"],
)
def test_a_county_a_sites_report_names_without_its_state_is_placed_in_its_home_state(
    store: SQLStore, tmp_path: Path, text: str, state: str | None
) -> None:
    report = ingest([site_reports(tmp_path, [*WICHITA_MORE, ("f", "https://www.example-herald.com/news/f", "2015-03-13", text)])], store)

    f = store.article("f")
    assert f is not None and f.event_id is not None
    event = store.event(f.event_id)
    assert event is not None
    assert (event.place.admin1, event.place.country) == ((state, "USA") if state else (None, None))
    assert event.place.city is not None and event.place.city.endswith("County")  # the county stays its place
    assert report.counties_placed_at_home == int(state is not None)
    # no report's words: the first report, an empty span, and a qualifier that says so
    assert {(c.attribute, c.article, c.quote, c.qualifier) for c in event.claims if c.attribute in ("admin1", "country")} == (
        {("admin1", "f", "", "site home"), ("country", "f", "", "site home")} if state else set()
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the gazetteer's Augusta is Georgia's, its Derby England's: the site's are near Wichita
        ("A man was shot and wounded in Augusta on Thursday night, police said.", ("Augusta", "Kansas", "USA")),
        ("Two men were shot in Derby on Thursday night, police said.", ("Derby", "Kansas", "USA")),
        # a report that names the state is read as it says, as one in dateline style
        ("A woman was shot in Augusta, Georgia, on Thursday night, police said.", ("Augusta", "Georgia", "USA")),
        ("AUGUSTA, Ga. - A woman was shot on Broad Street on Thursday night, police said.", ("Augusta", "Georgia", "USA")),
    ],
    ids=["another state", "another country", "state named", "dateline"],
)
def test_a_far_town_a_sites_report_names_is_read_near_its_home(store: SQLStore, tmp_path: Path, text: str, place: tuple[str, str, str]) -> None:
    report = ingest([site_reports(tmp_path, [*WICHITA_MORE, ("f", "https://www.example-herald.com/news/f", "2015-03-13", text)])], store)

    f = store.article("f")
    assert f is not None and f.event_id is not None
    event = store.event(f.event_id)
    assert event is not None
    assert (event.place.city, event.place.admin1, event.place.country) == place
    read = [c for c in event.claims if c.qualifier == "site home"]
    assert report.towns_read_near_home == (1 if place[1] == "Kansas" else 0)
    # the gazetteer's reading stays in the record beside the one that replaced it, both of the town's words
    assert all(c.article == "f" and c.quote == place[0] and c.attribute in ("admin1", "country") for c in read)
    assert bool(read) is (place[1] == "Kansas") and any(c.qualifier == "exact" and c.attribute == "admin1" for c in event.claims)
    # the replaced reading supports nothing: the state is one reading's, not the larger of two
    assert {str(c.value) for c in reconcile(event).facts["admin1"].claims} == {place[1]}
    assert ingest([site_reports(tmp_path)], store).towns_read_near_home == 0  # read once


@pytest.mark.parametrize(
    ("url", "text", "state"),
    [
        ("https://www.wqqx.example.com/news/f", "A teenager was shot and killed in Danville on Thursday night, police said.", "Virginia"),
        ("https://www.kqqx.example.com/news/f", "A teenager was shot and killed in Danville on Thursday night, police said.", "California"),
        ("https://www.wqqx.example.com/news/f", "A teenager was shot and killed in Danville, California, on Thursday night.", "California"),
    ],
    ids=["a W station's", "a K station's", "state named"],
)
def test_a_town_a_stations_report_names_is_read_on_the_side_of_the_river_its_letters_tell(
    store: SQLStore, tmp_path: Path, url: str, text: str, state: str
) -> None:
    # the gazetteer's biggest Danville is California's, Virginia's the next
    ingest([site_reports(tmp_path, [("f", url, "2015-03-13", text)])], store)

    f = store.article("f")
    assert f is not None and f.event_id is not None
    event = store.event(f.event_id)
    assert event is not None
    assert (event.place.city, event.place.admin1, event.place.country) == ("Danville", state, "USA")


SHOT_FRIDAY = (
    "A 19-year-old man was shot in the arm outside a convenience store on Friday night, police said. "
    "He was taken to a hospital in serious condition."
)
SEDAN_SOUGHT = "Police{where} are looking for the driver of a silver sedan after a shooting on Friday night. The man who was shot is expected to survive."


@pytest.mark.parametrize(
    ("url", "where", "joined"),
    [
        # another site's report that names the town: one incident, once the first is placed there
        ("https://other-gazette.com/h", " in Wichita, Kansas,", True),
        # the same site's that names none: both placed by one guess, which joins nothing
        ("https://www.example-herald.com/news/h", "", False),
    ],
    ids=["named by another site", "placed by the same guess"],
)
def test_an_incident_placed_in_its_sites_home_joins_a_report_that_names_the_town(
    store: SQLStore, tmp_path: Path, url: str, where: str, joined: bool
) -> None:
    more = [("g", "https://www.example-herald.com/news/g", "2015-03-14", SHOT_FRIDAY), ("h", url, "2015-03-14", SEDAN_SOUGHT.format(where=where))]

    report = ingest([site_reports(tmp_path, more)], store)

    g, h = store.article("g"), store.article("h")
    assert g is not None and h is not None and g.event_id is not None and h.event_id is not None
    assert (g.event_id == h.event_id) is joined and report.events_merged == int(joined)
    event = store.event(h.event_id)
    assert event is not None and event.place.city == "Wichita"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Three hurt as bus overturns on Marlow bypass", "A bus overturned on the Marlow bypass on Monday, and three passengers were hurt, police said."),
        ("Two hikers injured in rockfall near Dunmere quarry", "Two hikers were injured on Saturday when rocks fell near the Dunmere quarry, rescuers said."),
    ],
)
def test_report_with_a_headline_and_no_body_is_stored_after_its_batch(store: SQLStore, tmp_path: Path, title: str, body: str) -> None:
    rows = [
        {"id": "bare", "title": title, "content": "", "published": "2019-03-04"},
        {"id": "full", "title": title, "content": body, "published": "2019-03-04"},
    ]
    path = tmp_path / "headlines.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    report = ingest([path], store)

    assert report.problems == []
    bare, full = store.article("bare"), store.article("full")
    assert bare is not None and full is not None
    assert bare.article.text == title
    assert bare.event_id is not None  # a report of its own, shown with its event


# --- bad input beside good input -----------------------------------------------------------------


def _write_sparse(size: int) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with path.open("wb") as handle:
            handle.write(b"Police said the fire was out by noon. " * 100)
            handle.truncate(size)  # a sparse file: no 50 MB written to disk

    return write


def _write(content: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(content)

    return write


@dataclass(frozen=True)
class BadInput:
    name: str
    write: Callable[[Path], None]
    problem: str
    severity: str
    stored: tuple[str, ...]  # articles read from the file in spite of the problem


BAD_INPUTS = [
    BadInput(
        "photo.jpg",
        _write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 16),
        "binary file, not text",
        "error",
        (),
    ),
    BadInput("empty.txt", _write(b""), "empty file", "error", ()),
    BadInput("huge.txt", _write_sparse(50_000_000), "file too large (50.0 MB > 20.0 MB limit)", "error", ()),
    BadInput(
        "latin1.txt", _write(LATIN1_TEXT.encode("latin-1")), "decoded as cp1252, not UTF-8", "warning", ("latin1",)
    ),
    BadInput(
        "broken.txt",
        _write("Police in Montréal said the café was closed ".encode() + b"\xff\xfe" + b" after a fire on Friday."),
        "invalid UTF-8 at byte 46; undecodable bytes replaced",
        "warning",
        ("broken",),
    ),
    BadInput(
        "lines.jsonl",
        _write(f'{JSONL_GOOD_1}\n{{"id": "jsonl_2", "text": \n{JSONL_GOOD_3}\n'.encode()),
        "line 2: malformed JSON (Expecting value at column 27)",
        "error",
        ("jsonl_1", "jsonl_3"),
    ),
    BadInput(
        "bad.json",
        _write(b'{"id": "x", "text": "hello",\n "published": }\n'),
        "line 2: malformed JSON (Expecting value at column 15)",
        "error",
        (),
    ),
    BadInput(
        "catalog.xml",
        _write(b'<?xml version="1.0"?>\n<catalog><book id="1"><title>A</title></book></catalog>\n'),
        "not an RSS or Atom feed (no <channel> or <feed> element)",
        "error",
        (),
    ),
    BadInput(
        "undated.txt",
        _write(NOT_A_DATE_TEXT.encode()),
        "line 1: 'date' line is not a date: '2024-13-45'",
        "warning",
        ("undated",),
    ),
]


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=[bad.name for bad in BAD_INPUTS])
def test_bad_input_is_reported_by_name_and_the_rest_goes_in(seeded: SQLStore, tmp_path: Path, bad: BadInput) -> None:
    before = Snapshot.of(seeded)
    folder = tmp_path / "batch"
    folder.mkdir()
    bad_path = folder / bad.name
    bad.write(bad_path)
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")

    report = ingest([folder], seeded)

    assert [str(problem) for problem in report.problems] == [f"{bad_path}: {bad.problem}"]
    assert [problem.severity for problem in report.problems] == [bad.severity]
    assert report.read == 1 + len(bad.stored)
    assert report.added == report.read
    assert seeded.has_article("good")
    for article_id in bad.stored:
        assert seeded.has_article(article_id)
    assert seeded.article_count() == len(before.articles) + report.read
    before.kept_in(seeded)


@pytest.mark.parametrize(
    ("article_id", "text", "published"),
    [
        ("latin1", LATIN1_TEXT, None),
        ("undated", NOT_A_DATE_TEXT.removeprefix(" date 2024-13-45 ").strip(), None),
    ],
)
def test_file_read_with_a_warning_is_stored_as_read(
    seeded: SQLStore, tmp_path: Path, article_id: str, text: str, published: None
) -> None:
    bad = next(bad for bad in BAD_INPUTS if bad.stored == (article_id,))
    bad.write(tmp_path / bad.name)
    report = ingest([tmp_path / bad.name], seeded)
    assert [problem.severity for problem in report.problems] == ["warning"]
    stored = seeded.article(article_id)
    assert stored is not None
    assert stored.article.text == text
    assert stored.article.published is published


SAME_NAME_A = "Two people were hurt when a gas main exploded in the market of Alvena on Friday, police said."
SAME_NAME_B = "Firefighters rescued eleven people from a burning hotel in Serrana on Sunday, officials said."


@pytest.mark.parametrize(
    "together",
    [
        True,
        False,
    ],
    ids=["in one batch", "in a later ingest"],
)
def test_different_reports_with_the_same_file_name_are_not_lost(
    seeded: SQLStore, tmp_path: Path, together: bool
) -> None:
    before = Snapshot.of(seeded)
    first, second = tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt"
    for path, text in ((first, SAME_NAME_A), (second, SAME_NAME_B)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")

    if together:
        report = ingest([first.parent, second.parent, tmp_path / "good.txt"], seeded)
    else:
        ingest([first.parent], seeded)
        report = ingest([second.parent, tmp_path / "good.txt"], seeded)

    texts = {stored.article.text for stored in seeded.articles()}
    assert SAME_NAME_A in texts
    assert seeded.has_article("good")
    assert report.duplicates == 0
    # Stored under another id, or refused with a message that names it: either way, not silently gone.
    assert SAME_NAME_B in texts or any(str(problem).startswith(f"{second}: ") for problem in report.problems)
    before.kept_in(seeded)


# --- two writers at once ------------------------------------------------------------------------


@pytest.mark.parametrize(("first", "second"), [("000_c445c18be48d3af9", "001_541e1735f40f9c21")])
def test_report_ingested_while_another_writer_holds_the_lock_joins_its_event(
    databases: Databases, parse: object, first: str, second: str
) -> None:
    """Two reports of one attack from two connections at once: the second waits for the first
    to commit and then resolves against its event, instead of starting a second one."""
    url = databases.new("two_writers")
    done, failed = [], []

    def second_writer() -> None:
        try:
            with closing(open_store(url)) as other:  # a connection of its own, opened in its thread
                done.append(ingest([SEEDS / f"{second}.txt"], other))
        except BaseException as exc:  # noqa: B036 - reported by the test's thread below
            failed.append(exc)

    thread = threading.Thread(target=second_writer)
    with closing(open_store(url)) as store:
        with store.transaction():  # the first ingest's transaction joins this one, held open
            assert ingest([SEEDS / f"{first}.txt"], store).events_created == 1
            thread.start()
            thread.join(3)  # time to parse the second report and reach the lock, not to pass it
            assert (done, failed) == ([], [])
        thread.join(60)
        assert failed == []
        assert (done[0].events_created, done[0].events_updated) == (0, 1)
        (event,) = store.event_ids()
        stored = store.event(event)
        assert stored is not None and set(stored.articles) == {first, second}


# --- an ingest killed midway ---------------------------------------------------------------------

KILLED_BATCH = 4
KILLED_FILES = 40
TOWNS = ["Alvena", "Portela", "Serrana", "Veltrana", "Kesmar", "Ostra", "Marlow", "Dunmore", "Caldera", "Rivas"]
CHILD = """
import sys
from storyline.pipeline import ingest
from storyline.store import open_store
ingest([sys.argv[1]], open_store(sys.argv[2]), batch_size=int(sys.argv[3]))
"""


def write_reports(folder: Path) -> dict[str, Path]:
    """Write KILLED_FILES distinct reports built from the seeds' paragraphs; return them by id."""
    folder.mkdir()
    paragraphs = [
        p for a in read_paths([SEEDS]) if isinstance(a, Article) for p in a.text.split("\n\n") if len(p) > 200
    ]
    files = {}
    for i in range(KILLED_FILES):
        lede = (
            f"{i + 3} people were killed and {2 * i + 5} wounded when gunmen opened fire at a market in "
            f"{TOWNS[i % len(TOWNS)]} on March {i % 28 + 1}, 2024, police said."
        )
        path = folder / f"report_{i:02d}.txt"
        path.write_text(f"{lede}\n\n{paragraphs[i % len(paragraphs)]}", encoding="utf-8")
        files[path.stem] = path
    return files


def committed_articles(url: str) -> int:
    """Articles another process sees in the database; 0 before the schema exists."""
    if not url.startswith(("postgresql://", "postgres://")) and not Path(url).exists():
        return 0
    try:
        with connect(url) as db:
            return int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except (sqlite3.OperationalError, psycopg.errors.UndefinedTable):  # the schema is not there yet
        return 0


ORPHANS = {
    "articles of a missing event": "SELECT id FROM articles WHERE event_id NOT IN (SELECT id FROM events)",
    "copies of a missing article": "SELECT id FROM articles WHERE duplicate_of NOT IN (SELECT id FROM articles)",
    "claims of a missing event": "SELECT id FROM claims WHERE event_id NOT IN (SELECT id FROM events)",
    "events without an article": "SELECT id FROM events WHERE id NOT IN"
    " (SELECT event_id FROM articles WHERE event_id IS NOT NULL)",
}


def assert_consistent(store: SQLStore) -> None:
    """Nothing half-written: every reference resolves and every quote is the text it points at."""
    db = store.db
    if isinstance(db, sqlite3.Connection):  # PostgreSQL checks its foreign keys itself, always
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for what, sql in ORPHANS.items():
        assert db.execute(sql).fetchall() == [], what
    rows = db.execute(
        "SELECT c.id, c.article_id, a.text, c.start_char, c.end_char, c.quote"
        " FROM claims c LEFT JOIN articles a ON a.id = c.article_id"
    ).fetchall()
    for claim_id, article_id, text, start, end, quote in rows:
        assert text is not None, f"claim {claim_id}: article {article_id} is not stored"
        assert text[start:end] == quote, f"claim {claim_id}: {quote!r} is not {article_id}[{start}:{end}]"


@pytest.mark.parametrize("batch_size", [KILLED_BATCH])
def test_ingest_killed_midway_leaves_whole_batches_and_resumes(databases: Databases, tmp_path: Path, batch_size: int) -> None:
    files = write_reports(tmp_path / "reports")
    db_path = databases.new("killed")
    log = tmp_path / "child.log"
    with log.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tmp_path / "reports"), str(db_path), str(batch_size)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            deadline = time.monotonic() + 120  # a guard against a hung child, not a measurement
            while committed_articles(db_path) == 0:
                assert child.poll() is None, f"the ingest ended before it was killed:\n{log.read_text()}"
                assert time.monotonic() < deadline, f"no article stored within the guard time:\n{log.read_text()}"
                time.sleep(0.01)
            child.send_signal(signal.SIGKILL)
        finally:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    store = open_store(db_path)
    try:
        survived = store.article_count()
        assert 0 < survived < KILLED_FILES, "the kill did not land midway"
        assert survived % batch_size == 0  # a batch is all or nothing
        assert_consistent(store)

        report = ingest([tmp_path / "reports"], store, batch_size=batch_size)

        assert report.problems == []
        assert report.read == KILLED_FILES
        assert report.duplicates == survived
        assert report.added + report.near_duplicates == KILLED_FILES - survived
        stored = {s.article.id: s.article.origin for s in store.articles()}
        assert stored == {article_id: str(path) for article_id, path in files.items()}
        assert store.article_count() == KILLED_FILES
        assert_consistent(store)
    finally:
        store.close()


# --- a stream of results that fails: the Ray engine's workers, or any other source ----------------


def _pending_seeds(parse: Callable[[str], Doc]) -> Iterator[Pending]:
    for article in read_paths([SEEDS]):
        assert isinstance(article, Article)
        doc = parse(article.text)
        yield Pending(article, text_hash(article.text), simhash(article.text), extract_one(doc, article))


@pytest.mark.parametrize(("batch_size", "stored"), [(2, 2), (1, 3)])
def test_results_that_fail_midway_leave_whole_batches_only(
    store: SQLiteStore, parse: Callable[[str], Doc], batch_size: int, stored: int
) -> None:
    def dying() -> Iterator[Pending]:
        yield from _pending_seeds(parse)
        raise RuntimeError("worker died")

    report = IngestReport()
    with pytest.raises(RuntimeError, match="worker died"):
        store_pending(dying(), store, report, batch_size=batch_size)
    assert report.added == stored
    assert len(store.db.execute("SELECT id FROM articles").fetchall()) == stored
    assert claim_count(store) > 0
