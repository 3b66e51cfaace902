"""Reading reports from files, folders and feeds, and recognising duplicate reports."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from storyline.ingest import NEAR_DUPLICATE_DISTANCE, hamming, read_paths, simhash, site_free, text_hash
from storyline.model import Article, IngestError

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"  # the bundled copy of shared/seeds
GVA = SHARED / "data" / "gva" / "articles.jsonl"
DATA = Path(__file__).resolve().parent / "data_ingest"
ROOT = Path(__file__).resolve().parents[1]

GOOD_TEXT = "Police said two people were hurt when a gas main exploded in the market on Friday."


def split(records: Iterable[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    """Separate what read_paths yields into articles and problems."""
    articles: list[Article] = []
    errors: list[IngestError] = []
    for record in records:
        if isinstance(record, Article):
            articles.append(record)
        else:
            errors.append(record)
    return articles, errors


def read(tmp_path: Path, name: str, content: str | bytes) -> tuple[list[Article], list[IngestError]]:
    """Write one file and read it back."""
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return split(read_paths([path]))


# --- the seeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "published", "start"),
    [
        ("000_c445c18be48d3af9", None, "Following the harrowing terror attack"),
        ("001_541e1735f40f9c21", dt.date(2024, 3, 26), "On March 26, 2024"),
        ("002_c17c5e39bdc91cb9", dt.date(2024, 3, 24), "In a significant show of solidarity"),
    ],
)
def test_seed_reports_keep_file_name_as_id_and_date_line_as_published(
    stem: str, published: dt.date | None, start: str
) -> None:
    articles, errors = split(read_paths([SEEDS]))
    assert errors == []
    by_id = {article.id: article for article in articles}
    article = by_id[stem]
    assert article.published == published
    assert article.text.startswith(start)
    assert article.origin == str(SEEDS / f"{stem}.txt")


def test_gva_corpus_loads_every_line_with_its_date() -> None:
    if not GVA.exists():
        pytest.skip("shared/data is not present")
    articles, errors = split(read_paths([GVA]))
    # 57 lines of the corpus have "content": "" but a title: their headline is their text, but
    # where the title is a language code or an error page's.
    assert len(articles) + len(errors) == 3161
    assert sum(article.text == article.title for article in articles) == 57 - len(errors)
    assert {error.problem.split(": ", 1)[1].split(",")[0] for error in errors} == {"'content' is empty"}
    assert all(article.published is not None for article in articles)
    first = articles[0]
    assert first.id == "487a3272320d10caa163cb3ad61b7d1f"
    assert first.published == dt.date(2014, 1, 28)
    assert first.url is not None and first.url.startswith("http://web.archive.org/")
    assert first.title is not None and first.title.startswith("Teen charged")
    assert first.origin == f"{GVA}:1"


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ('{"id": "a", "title": "Two hikers hurt in rockfall near Dunmere", "content": ""}', "Two hikers hurt in rockfall near Dunmere"),
        ('{"id": "a", "headline": "Barn fire kills 40 goats", "text": "  "}', "Barn fire kills 40 goats"),
        ('{"id": "a", "title": "  Ferry runs aground off Kessel Point "}', "Ferry runs aground off Kessel Point"),
    ],
)
def test_record_with_a_headline_and_no_body_is_a_report_told_by_its_headline(tmp_path: Path, line: str, text: str) -> None:
    path = tmp_path / "headlines.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    articles, errors = split(read_paths([path]))
    assert errors == []
    assert [(a.id, a.text, a.title) for a in articles] == [("a", text, text)]


@pytest.mark.parametrize(
    ("url", "published", "first"),
    [
        # the day the outlet wrote into the address is the first publication, not a later update
        ("https://news.example.com/2015/02/05/two-hurt-in-shooting/", "2015-02-06", dt.date(2015, 2, 5)),
        ("https://news.example.com/article/20140914/six-wounded-outside-bar", "2016-05-31", dt.date(2014, 9, 14)),
        ("https://news.example.com/news/20150813_Boy_stable_after_shooting", None, dt.date(2015, 8, 13)),
        # an archive kept a copy before the day the record gives: the page was written by then
        ("http://web.archive.org/web/20141011112653/http://news.example.com/ci_26443354/shooting", "2016-08-15", dt.date(2014, 10, 11)),
        # a later day in the address, a number that is no day, or no address change nothing
        ("https://news.example.com/2015/02/26/three-dead/", "2015-02-25", dt.date(2015, 2, 25)),
        ("https://news.example.com/story/20159999/shooting", "2015-02-25", dt.date(2015, 2, 25)),
        (None, "2015-02-25", dt.date(2015, 2, 25)),
    ],
)
def test_address_bounds_the_day_of_first_publication(tmp_path: Path, url: str | None, published: str | None, first: dt.date) -> None:
    record = {"id": "r", "text": "Two men were hurt in a shooting.", "url": url, "published": published}
    articles, errors = read(tmp_path, "reports.jsonl", json.dumps(record) + "\n")
    assert errors == []
    assert [a.published for a in articles] == [first]


# --- plain text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "published", "text"),
    [
        (" date 2024-03-26 On March 26, 2024, talks began.", dt.date(2024, 3, 26), "On March 26, 2024, talks began."),
        ("date: 2024-03-26\nTalks began.\n\nThey ended.", dt.date(2024, 3, 26), "Talks began.\n\nThey ended."),
        ("Date: March 26, 2024\nTalks began.", dt.date(2024, 3, 26), "Talks began."),
        ("date 2024-03-26\n\n  Talks began.", dt.date(2024, 3, 26), "Talks began."),
        ("Talks began on Tuesday.", None, "Talks began on Tuesday."),
        ("Date palms burned on Tuesday.", None, "Date palms burned on Tuesday."),
    ],
)
def test_text_file_date_line_becomes_published_and_is_removed_from_text(
    tmp_path: Path, content: str, published: dt.date | None, text: str
) -> None:
    articles, errors = read(tmp_path, "report.txt", content)
    assert errors == []
    assert articles == [Article(id="report", text=text, published=published, origin=str(tmp_path / "report.txt"))]


@pytest.mark.parametrize("value", ["2024-13-45", "yesterday-ish"])
def test_text_file_with_bad_date_line_warns_and_keeps_article_undated(tmp_path: Path, value: str) -> None:
    articles, errors = read(tmp_path, "report.txt", f" date {value} Talks began.")
    assert [str(error) for error in errors] == [
        f"{tmp_path / 'report.txt'}: line 1: 'date' line is not a date: '{value}'"
    ]
    assert errors[0].severity == "warning"
    assert [(article.text, article.published) for article in articles] == [("Talks began.", None)]


def test_text_is_normalised_to_nfc_with_unix_line_ends_and_no_bom(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Café owners in Zürich.")
    content = "\ufeff" + decomposed + "\r\n\r\nSecond paragraph.\r\n"
    articles, errors = read(tmp_path, "report.txt", content)
    assert errors == []
    assert articles[0].text == "Café owners in Zürich.\n\nSecond paragraph."


# --- bad input: one problem each, and the rest of the batch still comes through -----------------


def sparse_file(size: int) -> Callable[[Path], None]:
    """Return a writer of a file of ``size`` bytes that takes no time or disk to make."""

    def write(path: Path) -> None:
        with path.open("wb") as stream:
            stream.truncate(size)

    return write


def broken_utf8(path: Path) -> None:
    path.write_bytes("Protesters in Zürich — and Genève — ".encode() + b"\xe2\x80 marched on Sunday.")


BAD_INPUTS = [
    # (file name, content or writer, the problem, severity, whether the file still gives an article)
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file, not text", "error", False),
    ("dump.txt", bytes(range(1, 9)) * 100, "binary file, not text", "error", False),
    ("data.jsonl", b'{"text": "x"}\n\x00\x01\x02', "binary file, not text", "error", False),
    ("empty.txt", b"", "empty file", "error", False),
    ("blank.txt", b"  \n\t\r\n  ", "empty file", "error", False),
    ("blank.jsonl", b"\n\n   \n", "empty file", "error", False),
    ("dated.txt", b" date 2024-03-26  \n", "no text after the 'date' line", "error", False),
    ("utf16.txt", GOOD_TEXT.encode("utf-16"), "decoded as UTF-16, not UTF-8", "warning", True),
    ("huge.txt", sparse_file(50 * 1024 * 1024), "file too large (52.4 MB > 20.0 MB limit)", "error", False),
    ("huge.json", sparse_file(25_000_000), "file too large (25.0 MB > 20.0 MB limit)", "error", False),
    (
        "latin.txt",
        "The mayor\u2019s café reopened. \u201cWe will not be intimidated,\u201d she said.".encode("cp1252"),
        "decoded as cp1252, not UTF-8",
        "warning",
        True,
    ),
    ("broken.txt", broken_utf8, "invalid UTF-8 at byte 42; undecodable bytes replaced", "warning", True),
    (
        "lines.jsonl",
        b'{"text": "first report"}\n{"text": "second",\n{"text": "third report"}\n',
        "line 2: malformed JSON (Expecting property name enclosed in double quotes at column 19)",
        "error",
        True,
    ),
    ("lines.jsonl", b'{"text": "first"}\n[1, 2]\n', "line 2: not a JSON object (got array)", "error", True),
    (
        "lines.jsonl",
        b'{"text": "first"}\n{"id": "no words"}\n',
        "line 2: no text (none of 'text', 'content', 'body', 'article', and no 'title' or 'headline')",
        "error",
        True,
    ),
    ("lines.jsonl", b'{"text": "first"}\n{"text": "  "}\n', "line 2: 'text' is empty", "error", True),
    ("lines.jsonl", b'{"text": "first"}\n{"content": "", "title": " "}\n', "line 2: 'content' is empty", "error", True),
    (
        "lines.jsonl",
        b'{"text": "first"}\n{"content": "", "title": "fr"}\n',
        "line 2: 'content' is empty, and the title 'fr' is no headline",
        "error",
        True,
    ),
    (
        "lines.jsonl",
        b'{"text": "first"}\n{"content": "", "title": "Error 404 | Page not found"}\n',
        "line 2: 'content' is empty, and the title 'Error 404 | Page not found' is no headline",
        "error",
        True,
    ),
    ("lines.jsonl", b'{"text": "first"}\n{"text": 5}\n', "line 2: 'text' is not a string (got number)", "error", True),
    (
        "lines.jsonl",
        b'{"text": "first", "published": "sometime soon"}\n',
        "line 1: 'published' is not a date: 'sometime soon'",
        "warning",
        True,
    ),
    (
        "lines.jsonl",
        b'{"text": "first"}\n{"text": "' + b"x" * 30_000_000 + b'"}\n',
        "line 2: line too large (30.0 MB > 20.0 MB limit)",
        "error",
        True,
    ),
    (
        "list.json",
        b'[{"text": "first"},\n {"text": }]',
        "line 2: malformed JSON (Expecting value at column 11)",
        "error",
        False,
    ),
    ("list.json", b'[{"text": "first"}, "second"]', "item 2: not a JSON object (got string)", "error", True),
    ("number.json", b"42", "not a JSON object or list of objects (got number)", "error", False),
    (
        "config.xml",
        b'<?xml version="1.0"?><config><retries>3</retries></config>',
        "not an RSS or Atom feed (no <channel> or <feed> element)",
        "error",
        False,
    ),
    (
        "app.html",  # a page that a script fills in the browser
        b'<html><head><title>Loading</title><script>window.app = 1;</script></head><body><div id="root"></div></body></html>',
        "no article text found in HTML",
        "error",
        False,
    ),
    (
        "feed.rss",
        b'<rss version="2.0"><channel><title>T</title><item><title>x</title></item></channel></rss>',
        "entry 1: no text in entry",
        "error",
        False,
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "problem", "severity", "readable"),
    BAD_INPUTS,
    ids=[f"{case[0]}-{case[2][:40]}" for case in BAD_INPUTS],
)
def test_bad_input_gives_one_exact_problem_and_spares_the_rest_of_the_batch(
    tmp_path: Path,
    name: str,
    content: bytes | Callable[[Path], None],
    problem: str,
    severity: str,
    readable: bool,
) -> None:
    bad = tmp_path / "batch" / name
    bad.parent.mkdir()
    if callable(content):
        content(bad)
    else:
        bad.write_bytes(content)
    (tmp_path / "batch" / "zz_good.txt").write_text(GOOD_TEXT)
    started = time.perf_counter()
    articles, errors = split(read_paths([tmp_path / "batch"]))
    assert time.perf_counter() - started < 5
    assert [str(error) for error in errors] == [f"{bad}: {problem}"]
    assert errors[0].severity == severity
    assert "zz_good" in {article.id for article in articles}
    assert any(article.origin is not None and article.origin.startswith(str(bad)) for article in articles) is readable


def test_missing_path_is_reported_and_the_other_paths_still_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT)
    articles, errors = split(read_paths([tmp_path / "missing.txt", good]))
    assert [str(error) for error in errors] == [f"{tmp_path / 'missing.txt'}: no such file or directory"]
    assert [article.id for article in articles] == ["good"]


def test_cp1252_text_is_decoded_to_the_right_characters(tmp_path: Path) -> None:
    text = "The mayor\u2019s café reopened. \u201cWe will not be intimidated,\u201d she said."
    articles, _ = read(tmp_path, "latin.txt", text.encode("cp1252"))
    assert articles[0].text == text


def test_broken_utf8_keeps_the_good_characters(tmp_path: Path) -> None:
    broken_utf8(tmp_path / "broken.txt")
    articles, _ = split(read_paths([tmp_path / "broken.txt"]))
    assert articles[0].text == "Protesters in Zürich — and Genève — \ufffd marched on Sunday."


def test_bad_lines_spare_the_good_lines_of_the_same_file(tmp_path: Path) -> None:
    lines = b'{"text": "first report"}\n{"text": "second",\nnot json\n{"text": "fourth report"}\n'
    articles, errors = read(tmp_path, "mixed.jsonl", lines)
    assert [error.problem.split(":")[0] for error in errors] == ["line 2", "line 3"]
    assert [(article.text, article.origin) for article in articles] == [
        ("first report", f"{tmp_path / 'mixed.jsonl'}:1"),
        ("fourth report", f"{tmp_path / 'mixed.jsonl'}:4"),
    ]


@pytest.mark.parametrize("max_bytes", [100])
def test_jsonl_limit_holds_per_line_so_large_files_still_stream(tmp_path: Path, max_bytes: int) -> None:
    lines = "".join(json.dumps({"id": f"a{n}", "text": f"Report number {n}."}) + "\n" for n in range(20))
    path = tmp_path / "many.jsonl"
    path.write_text(lines)
    assert path.stat().st_size > max_bytes
    articles, errors = split(read_paths([path], max_bytes=max_bytes))
    assert errors == []
    assert [article.id for article in articles] == [f"a{n}" for n in range(20)]


def test_reading_is_lazy(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "first"}\n' + "not json\n" * 1000)
    records = read_paths([tmp_path / "a.jsonl"])
    first = next(iter(records))
    assert isinstance(first, Article) and first.text == "first"


# --- folders -----------------------------------------------------------------------------------


def test_folders_are_read_recursively_in_sorted_order_skipping_hidden_files(tmp_path: Path) -> None:
    for relative in ["b.txt", "a/z.txt", "a/c.txt", ".hidden.txt", ".git/config.txt", "a/.cache/x.txt"]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Report {relative}.")
    articles, errors = split(read_paths([tmp_path]))
    assert errors == []
    assert [article.id for article in articles] == ["c", "z", "b"]


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Bridge collapses in Veltrana | The Daily Example</title>
<link rel="canonical" href="https://example.org/news/bridge-collapse">
<meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
<meta property="og:site_name" content="The Daily Example"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Bridge collapses in Veltrana</h1>
<p>A road bridge over the Ostra river collapsed during the morning rush hour on Tuesday, killing four people, the regional emergency service said.</p>
<p>Rescue divers pulled eleven people from the water, and nine of them were taken to the city hospital, two in a critical condition.</p>
<p>Mayor Ilona Petrak said the bridge had been inspected in September and declared safe, and she announced an independent inquiry.</p>
</article>
<footer><p>Copyright 2024 The Daily Example. All rights reserved.</p><p>Subscribe to our newsletter for daily updates.</p></footer>
</body></html>"""


@pytest.mark.parametrize("name", ["bridge.html", "bridge.htm", "bridge.txt"])
def test_html_page_gives_main_text_without_boilerplate(tmp_path: Path, name: str) -> None:
    articles, errors = read(tmp_path, name, PAGE)
    assert errors == []
    [article] = articles
    assert article.id == "bridge"
    assert article.text.startswith("Bridge collapses in Veltrana\n\nA road bridge over the Ostra river collapsed")
    assert article.text.endswith("declared safe, and she announced an independent inquiry.")
    assert article.text.count("\n\n") == 3
    for boilerplate in ("World news", "Sport", "Copyright", "Subscribe"):
        assert boilerplate not in article.text
    assert article.title == "Bridge collapses in Veltrana"
    assert article.url == "https://example.org/news/bridge-collapse"
    assert article.published == dt.date(2024, 3, 5)


def test_html_page_without_date_stays_undated(tmp_path: Path) -> None:
    # A copyright year in the footer is not the publication date.
    page = PAGE.replace('<meta property="article:published_time" content="2024-03-05T08:30:00+01:00">', "")
    articles, _ = read(tmp_path, "bridge.html", page)
    assert articles[0].published is None


# --- feeds -------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://wire.example.org/</link>
<item><title>Bridge collapses in Veltrana</title><link>https://wire.example.org/bridge</link>
<guid isPermaLink="false">wire-2024-0042</guid><pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>A road bridge collapsed on Tuesday, killing four people.</p><p>Mayor Ilona Petrak ordered an inquiry.</p>]]></content:encoded>
</item>
<item><title>Wildfire on the Kesmar coast</title><link>https://wire.example.org/fire?id=7&amp;x=1</link>
<pubDate>Sat, 09 Mar 2024 18:00:00 GMT</pubDate>
<description>&lt;p&gt;More than 5,000 people fled their homes.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom Wire</title><id>urn:example:wire</id>
<updated>2024-03-06T12:00:00Z</updated>
<entry><title>Minister visits Veltrana</title><id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
<link href="https://atom.example.org/minister"/><published>2024-03-06T09:00:00Z</published>
<updated>2024-03-06T10:00:00Z</updated>
<content type="html">&lt;p&gt;Transport minister Pavel Sorin visited the site.&lt;/p&gt;&lt;p&gt;He promised a pontoon.&lt;/p&gt;</content>
</entry></feed>"""


# An item without a guid is known by its link, hashed because "?" and "&" make poor ids.
FIRE_ID = hashlib.sha256(b"https://wire.example.org/fire?id=7&x=1").hexdigest()[:16]


@pytest.mark.parametrize("name", ["wire.rss", "wire.xml", "wire"])
def test_rss_items_become_articles(tmp_path: Path, name: str) -> None:
    articles, errors = read(tmp_path, name, RSS)
    assert errors == []
    assert [(a.id, a.published, a.source, a.title, a.url) for a in articles] == [
        (
            "wire-2024-0042",
            dt.date(2024, 3, 5),
            "Example Wire",
            "Bridge collapses in Veltrana",
            "https://wire.example.org/bridge",
        ),
        (
            FIRE_ID,
            dt.date(2024, 3, 9),
            "Example Wire",
            "Wildfire on the Kesmar coast",
            "https://wire.example.org/fire?id=7&x=1",
        ),
    ]
    # the headline opens the text, as the reader sees the report
    assert articles[0].text == (
        "Bridge collapses in Veltrana\n\n"
        "A road bridge collapsed on Tuesday, killing four people.\n\nMayor Ilona Petrak ordered an inquiry."
    )
    assert articles[1].text == "Wildfire on the Kesmar coast\n\nMore than 5,000 people fled their homes."


def test_a_body_that_opens_with_its_headline_keeps_one(tmp_path: Path) -> None:
    row = {"id": "a1", "title": "Four wounded in Pomona", "content": "Four wounded in  Pomona\n\nPolice said four were shot."}
    articles, errors = read(tmp_path, "one.jsonl", json.dumps(row) + "\n")
    assert errors == []
    assert articles[0].text == row["content"]


@pytest.mark.parametrize(
    ("title", "opening"),
    [("Girl shot - WXYZ News 4 - Memphis, Tennessee", "Girl shot - WXYZ News 4 - Memphis, Tennessee\n\nA girl was shot.")],
)
def test_the_headline_opens_the_text_with_the_sites_name(tmp_path: Path, title: str, opening: str) -> None:
    # the site's town is read as a weak place, and a claim's quote must stand in the text
    row = {"id": "a1", "title": title, "content": "A girl was shot."}
    articles, errors = read(tmp_path, "one.jsonl", json.dumps(row) + "\n")
    assert errors == []
    assert articles[0].text == opening


@pytest.mark.parametrize("name", ["wire.atom", "wire.feed", "wire.txt"])
def test_atom_entries_become_articles(tmp_path: Path, name: str) -> None:
    articles, errors = read(tmp_path, name, ATOM)
    assert errors == []
    [article] = articles
    assert article.text.endswith("\n\nTransport minister Pavel Sorin visited the site.\n\nHe promised a pontoon.")
    assert article.text.startswith(article.title or "no title")
    assert article.published == dt.date(2024, 3, 6)
    assert article.source == "Example Atom Wire"
    assert article.url == "https://atom.example.org/minister"
    assert len(article.id) == 16


# --- JSON and JSONL ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        [{"id": "a1", "text": "First report."}, {"text": "Second report.", "title": "Second"}],
        {"articles": [{"id": "a1", "text": "First report."}, {"text": "Second report.", "title": "Second"}]},
    ],
)
def test_json_list_gives_one_article_per_object(tmp_path: Path, content: object) -> None:
    articles, errors = read(tmp_path, "batch.json", json.dumps(content))
    assert errors == []
    origin = str(tmp_path / "batch.json")
    assert articles == [
        Article(id="a1", text="First report.", origin=f"{origin}: item 1"),
        Article(id=text_hash("Second report.")[:16], text="Second report.", title="Second", origin=f"{origin}: item 2"),
    ]


def test_json_single_object_takes_the_file_name_as_id(tmp_path: Path) -> None:
    articles, errors = read(tmp_path, "report-17.json", json.dumps({"text": "One report.", "published": "2024-03-26"}))
    assert errors == []
    assert [(a.id, a.published) for a in articles] == [("report-17", dt.date(2024, 3, 26))]


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ({"content": "Body."}, "text", "Body."),
        ({"body": "Body."}, "text", "Body."),
        ({"article": "Body."}, "text", "Body."),
        ({"text": "T.", "dct": "2014-01-28"}, "published", dt.date(2014, 1, 28)),
        ({"text": "T.", "date": "2014-01-28"}, "published", dt.date(2014, 1, 28)),
        ({"text": "T.", "pubdate": "Tuesday, January 28, 2014"}, "published", dt.date(2014, 1, 28)),
        ({"text": "T.", "published_at": "2024-03-26T23:30:00-05:00"}, "published", dt.date(2024, 3, 26)),
        ({"text": "T.", "publication_date": "26 March 2024"}, "published", dt.date(2024, 3, 26)),
        ({"text": "T.", "published": 1711411200}, "published", dt.date(2024, 3, 26)),
        ({"text": "T.", "published": None}, "published", None),
        ({"text": "T.", "uri": "http://a.example/1"}, "url", "http://a.example/1"),
        ({"text": "T.", "link": "http://a.example/1"}, "url", "http://a.example/1"),
        ({"text": "T.", "outlet": "Wire"}, "source", "Wire"),
        ({"text": "T.", "publisher": "Wire"}, "source", "Wire"),
        ({"text": "T.", "domain": "wire.example"}, "source", "wire.example"),
        ({"text": "T.", "doc_id": "d7"}, "id", "d7"),
        ({"text": "T.", "article_id": 7}, "id", "7"),
        ({"text": "T.", "uid": "u7"}, "id", "u7"),
    ],
)
def test_jsonl_field_aliases_fill_the_article(
    tmp_path: Path, line: dict[str, object], field: str, value: object
) -> None:
    articles, errors = read(tmp_path, "aliases.ndjson", json.dumps(line) + "\n")
    assert errors == []
    assert getattr(articles[0], field) == value


@pytest.mark.parametrize("text", ["Same report.", "  Same   REPORT. "])
def test_article_without_id_gets_a_stable_hash_of_its_text(tmp_path: Path, text: str) -> None:
    first, _ = read(tmp_path, "a.jsonl", json.dumps({"text": text}))
    again, _ = read(tmp_path, "b.jsonl", json.dumps({"text": "same report."}))
    assert first[0].id == again[0].id == text_hash("same report.")[:16]
    assert len(first[0].id) == 16


# --- duplicates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Four dead in bridge collapse.", "four  dead in\nbridge COLLAPSE.", True),
        ("Café", unicodedata.normalize("NFD", "Café"), True),
        ("Four dead in bridge collapse.", "Five dead in bridge collapse.", False),
    ],
)
def test_text_hash_ignores_case_and_whitespace_only(a: str, b: str, same: bool) -> None:
    assert (text_hash(a) == text_hash(b)) is same
    assert len(text_hash(a)) == 64


WIRE = (DATA / "wire_story.txt").read_text()
OTHER = (DATA / "other_story.txt").read_text()
HEADLINE, LEDE, *BODY = WIRE.split("\n\n")
NEW_HEADLINE = "Bridge collapse in Veltrana kills four, mayor orders inquiry"
NEW_LEDE = (
    "Four people died on Tuesday when the central span of a busy road bridge across the Ostra river"
    " in Veltrana gave way at the height of the morning rush, plunging cars and a lorry into the"
    " river, emergency officials said."
)


@pytest.mark.parametrize(
    "republished",
    [
        "\n\n".join([NEW_HEADLINE, LEDE, *BODY]),
        "\n\n".join([HEADLINE, NEW_LEDE, *BODY]),
        "\n\n".join([NEW_HEADLINE, NEW_LEDE, *BODY]),
        "\n\n".join([HEADLINE, LEDE, *BODY[:-1]]),  # last paragraph trimmed
    ],
    ids=["new headline", "new first paragraph", "both", "trimmed"],
)
def test_republished_wire_story_is_a_near_duplicate(republished: str) -> None:
    assert len(WIRE.split()) > 300
    assert hamming(simhash(WIRE), simhash(republished)) <= NEAR_DUPLICATE_DISTANCE


@pytest.mark.parametrize(
    ("a", "b"),
    [(WIRE, OTHER), ("\n\n".join([NEW_HEADLINE, NEW_LEDE, *BODY]), OTHER)],
    ids=["original", "republished"],
)
def test_different_stories_are_not_near_duplicates(a: str, b: str) -> None:
    assert len(b.split()) > 300
    assert hamming(simhash(a), simhash(b)) > 2 * NEAR_DUPLICATE_DISTANCE


@pytest.mark.parametrize(
    ("text", "fingerprint"),
    [("", 0), ("Four dead as river bridge collapses during morning rush hour", 6076429177580505856)],
)
def test_simhash_is_the_same_in_every_process(text: str, fingerprint: int) -> None:
    # Python's hash() of a str changes per process; a fingerprint stored today must match tomorrow.
    code = f"from storyline.ingest import simhash; print(simhash({text!r}))"
    other = int(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    )
    assert simhash(text) == other == fingerprint


@pytest.mark.parametrize(("a", "b", "distance"), [(0, 0, 0), (0b1011, 0b0010, 2), (0, 2**64 - 1, 64)])
def test_hamming_counts_differing_bits(a: int, b: int, distance: int) -> None:
    assert hamming(a, b) == distance


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Girl shot in chest - WMC Action News 5 - Memphis, Tennessee", "Girl shot in chest"),
        ("2 shot, 1 dead, in Russell neighborhood - wave3.com-Louisville News", "2 shot, 1 dead, in Russell neighborhood"),
        ("Patrols up after weekend shooting - WRCBtv.com | Chattanooga", "Patrols up after weekend shooting"),
        ("Teen killed - police say", "Teen killed - police say"),  # no site named: kept whole
        ("Atlanta News: 4 shot in northwest", "Atlanta News: 4 shot in northwest"),  # the first part is the headline
    ],
)
def test_the_site_name_after_a_headline_is_left_out(title: str, headline: str) -> None:
    assert site_free(title) == headline
