"""The JSON API through the real app over real SQLite files: reads, as-of views, the export
contract, ingest with and without the token, and one error shape for every bad request."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TOKEN
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import BaseRoute, Mount

from storyline.export import to_json
from storyline.pipeline import IngestReport
from storyline.store import SQLiteStore, open_store
from storyline.web import create_app

EVENT = "ev_a85e9e0581f0"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
KABUL = {
    "id": "kabul-1",
    "published": "2024-05-06",
    "title": "Market attack",
    "text": "Gunmen killed 12 people at a market in Kabul on Monday, police said. Five more were wounded.",
}


@pytest.fixture()
def writer(seeds_file: Path):  # type: ignore[no-untyped-def]
    """The app over a private copy of the seeds, with a token: POST works."""
    with TestClient(create_app(seeds_file, token=TOKEN), raise_server_exceptions=False) as client:
        yield client


def _articles(path: Path) -> int:
    store = open_store(path)
    try:
        return store.article_count()
    finally:
        store.close()


def test_event_list_finds_the_seeds_incident(seeds_client: TestClient) -> None:
    body = seeds_client.get("/api/events").json()
    assert body["total"] == 1 and body["page"] == 1 and body["page_size"] == 20
    [event] = body["events"]
    assert (event["id"], event["date"], event["killed"], event["articles"]) == (EVENT, "2024-03-22", 137, 3)
    assert event["place"] == {
        "name": "Crocus City Hall",
        "city": "Krasnogorsk",
        "admin1": "Moscow Oblast",
        "country": "RUS",
    }


@pytest.mark.parametrize(
    ("query", "total"),
    [
        ("q=crocus", 1),
        ("q=Daesh", 1),  # a word only a report's text has
        ("q=Beslan%25", 0),  # % is a character, not a wildcard
        ("q=Tulsa", 0),
        ("country=rus", 1),
        ("country=USA", 0),
        ("type=armed+attack", 1),
        ("type=shooting", 0),
        ("since=2024-03-22&until=2024-03-22", 1),
        ("since=2024-03-23", 0),
        ("page=2", 1),  # the total stays; the page is empty
    ],
)
def test_event_list_filters(seeds_client: TestClient, query: str, total: int) -> None:
    response = seeds_client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    assert response.json()["total"] == total


def test_event_list_pages_are_bounded(seeds_client: TestClient) -> None:
    response = seeds_client.get("/api/events?page_size=101")
    assert response.status_code == 422
    assert response.json() == {
        "error": "query parameter page_size '101': Input should be less than or equal to 100",
        "status": 422,
    }
    assert seeds_client.get("/api/events?page=2").json()["events"] == []


@pytest.mark.parametrize(
    ("as_of", "killed", "claims"), [(None, 137, 3), ("2024-03-24", 133, 1), ("2024-03-26", 137, 2)]
)
def test_event_as_of_uses_only_reports_published_by_then(
    seeds_client: TestClient, as_of: str | None, killed: int, claims: int
) -> None:
    body = seeds_client.get(f"/api/events/{EVENT}" + (f"?as_of={as_of}" if as_of else "")).json()
    assert body["facts"]["killed"]["best"] == killed
    assert len(body["facts"]["killed"]["claims"]) == claims
    assert body["as_of"] == as_of


def test_event_record_uses_the_export_contract(
    seeds_client: TestClient, seeds_db: tuple[SQLiteStore, IngestReport]
) -> None:
    body = seeds_client.get(f"/api/events/{EVENT}").json()
    exported = to_json(seeds_db[0])
    [record] = exported["events"]
    assert {k: v for k, v in body.items() if k != "as_of"} == record
    assert seeds_client.get("/api/export").json() == exported
    assert seeds_client.get("/api/export?as_of=2024-03-24").json() == to_json(
        seeds_db[0], __import__("datetime").date(2024, 3, 24)
    )


@pytest.mark.parametrize(
    ("format", "first_line"), [("csv", "event_id,event_date"), ("dyads", "source_country,target_country")]
)
def test_export_as_csv(seeds_client: TestClient, format: str, first_line: str) -> None:
    response = seeds_client.get(f"/api/export?format={format}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.text.startswith(first_line)


def test_claims_carry_their_quotes_in_report_order(seeds_client: TestClient) -> None:
    claims = seeds_client.get(f"/api/events/{EVENT}/claims").json()["claims"]
    killed = [(c["value"], c["qualifier"], c["quote"]) for c in claims if c["attribute"] == "killed"]
    assert killed == [
        (133, "exact", "133 deaths"),
        (137, "at_least", "at least 137 people were killed"),
        (60, "more_than", "over 60 lives"),
    ]
    article = seeds_client.get(f"/api/articles/{claims[0]['article']}").json()
    assert all(article["text"][c["start"] : c["end"]] == c["quote"] for c in article["claims"])


def test_articles_and_interactions_of_an_event(seeds_client: TestClient) -> None:
    articles = seeds_client.get(f"/api/events/{EVENT}/articles").json()["articles"]
    assert [(a["id"], a["published"]) for a in articles] == [
        ("002_c17c5e39bdc91cb9", "2024-03-24"), ("001_541e1735f40f9c21", "2024-03-26"), ("000_c445c18be48d3af9", None),
    ]  # fmt: skip
    assert "text" not in articles[0]
    interactions = seeds_client.get(f"/api/events/{EVENT}/interactions").json()["interactions"]
    assert {"IRN", "PAK", "SYR"} <= {ix["source"]["country"] for ix in interactions}
    assert all(ix["about"] == EVENT for ix in interactions)


def test_post_is_refused_without_a_configured_token(
    seeds_client: TestClient, seeds_db: tuple[SQLiteStore, IngestReport]
) -> None:
    before = seeds_db[0].article_count()
    response = seeds_client.post("/api/articles", json=KABUL, headers=AUTH)
    assert response.status_code == 403
    assert response.json() == {
        "error": "ingest over HTTP is off: no token configured; start the server with STORYLINE_TOKEN set",
        "status": 403,
    }
    assert seeds_db[0].article_count() == before


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "missing token: send 'Authorization: Bearer <token>'"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, "missing token: send 'Authorization: Bearer <token>'"),
        ({"Authorization": "Bearer not-the-token"}, "wrong token"),
    ],
)
def test_post_needs_the_right_token(
    writer: TestClient, seeds_file: Path, headers: dict[str, str], message: str
) -> None:
    response = writer.post("/api/articles", json=KABUL, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"error": message, "status": 401}
    assert response.headers["www-authenticate"] == "Bearer"
    assert _articles(seeds_file) == 3


@pytest.mark.parametrize("body", [KABUL, [KABUL]])
def test_posted_article_is_then_visible(writer: TestClient, body: object) -> None:
    response = writer.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 201, response.text
    report = response.json()
    assert (report["read"], report["added"], report["events_created"], report["articles"]) == (1, 1, 1, ["kabul-1"])
    article = writer.get("/api/articles/kabul-1").json()
    # the text opens with its headline, as every reader of storyline's inputs makes it
    assert article["text"] == f"{KABUL['title']}\n\n{KABUL['text']}" and article["published"] == "2024-05-06"
    [event] = writer.get("/api/events?q=Kabul").json()["events"]
    assert event["id"] == article["event"] and event["killed"] == 12
    again = writer.post("/api/articles", json=body, headers=AUTH).json()
    assert (again["added"], again["duplicates"]) == (0, 1)  # the same report again changes nothing


@pytest.mark.parametrize("article_id", ["wire/2024 #7?"])
def test_an_id_with_url_characters_is_linked_whole(writer: TestClient, article_id: str) -> None:
    response = writer.post("/api/articles", json={**KABUL, "id": article_id}, headers=AUTH)
    assert response.status_code == 201, response.text
    [event] = writer.get("/api/events?q=Kabul").json()["events"]
    page = writer.get(f"/events/{event['id']}").text
    href = re.search(r'href="(/articles/[^"#]+)#span-', page)
    assert href and href.group(1) == "/articles/wire%2F2024%20%237%3F"
    assert f"<dt>id</dt><dd>{article_id}</dd>" in writer.get(href.group(1)).text
    assert writer.get("/api/articles/wire%2F2024%20%237%3F").json()["id"] == article_id


def test_a_streamed_body_is_cut_at_the_limit(writer: TestClient, seeds_file: Path) -> None:
    chunks = iter([b'{"text": "' + b"x" * 3_000_000, b"x" * 3_000_000 + b'"}'])  # no Content-Length: chunked
    response = writer.post("/api/articles", content=chunks, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {
        "error": "request body too large: 6,000,012 bytes or more, the limit is 5,000,000; send fewer articles at a time",
        "status": 413,
    }
    assert _articles(seeds_file) == 3


def test_post_keeps_the_good_articles_of_a_mixed_batch(writer: TestClient) -> None:
    response = writer.post("/api/articles", json=[KABUL, {"id": "no-text"}, 7], headers=AUTH)
    assert response.status_code == 201
    body = response.json()
    assert body["added"] == 1
    assert body["problems"] == [
        "request body: item 2: no text (none of 'text', 'content', 'body', 'article', and no 'title' or 'headline')",
        "request body: item 3: not a JSON object (got number)",
    ]


@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        (
            b'{"text": "Gunmen',
            400,
            "request body: malformed JSON (Unterminated string starting at at line 1 column 10)",
        ),
        (b"", 400, "request body: empty; send one article object or a list of them as JSON"),
        (b"[]", 422, "request body: an empty list; send one article object or a list of them"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", 400, "request body: not UTF-8 text (byte 0); send JSON"),
        (b'"just a string"', 422, "request body: not a JSON object or list of objects"),
        (
            b'{"title": "no text"}',
            422,
            "no readable article: request body: no text (none of 'text', 'content', 'body', 'article'), and the title 'no text' is no headline",
        ),
        (b'[{"text": ""}]', 422, "no readable article: request body: item 1: 'text' is empty"),
        (b"[" + b"1," * 600 + b"1]", 413, "request body: 601 articles, the limit is 500 a request"),
        (
            b'{"text": "' + b"x" * 5_000_001 + b'"}',
            413,
            "request body too large: 5,000,013 bytes or more, the limit is 5,000,000; send fewer articles at a time",
        ),
    ],
)
def test_bad_post_bodies_are_refused_and_store_nothing(
    writer: TestClient, seeds_file: Path, content: bytes, status: int, message: str
) -> None:
    response = writer.post("/api/articles", content=content, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == status
    assert response.json() == {"error": message, "status": status}
    assert _articles(seeds_file) == 3


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/events/ev_nope", 404, "event 'ev_nope': no such event; GET /api/events lists them"),
        ("/api/events/ev_nope/claims", 404, "event 'ev_nope': no such event; GET /api/events lists them"),
        ("/api/articles/nope", 404, "article 'nope': no such article"),
        (
            f"/api/events/{EVENT}?as_of=notadate",
            422,
            "query parameter as_of 'notadate': not a date; write it as YYYY-MM-DD",
        ),
        (
            f"/api/events/{EVENT}?as_of=2024-02-30",
            422,
            "query parameter as_of '2024-02-30': not a date; write it as YYYY-MM-DD",
        ),
        (
            f"/api/events/{EVENT}?as_of=2024-03-01",
            404,
            f"event '{EVENT}': nothing about it was published by 2024-03-01",
        ),
        ("/api/events?since=yesterday", 422, "query parameter since 'yesterday': not a date; write it as YYYY-MM-DD"),
        ("/api/events?page=0", 422, "query parameter page '0': Input should be greater than or equal to 1"),
        ("/api/export?format=xml", 422, "query parameter format 'xml': Input should be 'json', 'csv' or 'dyads'"),
        ("/api/nothing", 404, "/api/nothing: no such page or API route; the API is described at /docs"),
    ],
)
def test_bad_reads_say_what_is_wrong(seeds_client: TestClient, url: str, status: int, message: str) -> None:
    response = seeds_client.get(url)
    assert response.status_code == status
    assert response.json() == {"error": message, "status": status}


def _error_shape(response, status: int) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, (response.request.method, response.request.url, response.text)
    body = response.json()
    assert set(body) == {"error", "status"} and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]


def _routes(routes: list[BaseRoute]) -> Iterator[BaseRoute]:
    """Every route, those of included routers too (FastAPI keeps them under the router)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        yield from _routes(inner.routes) if inner is not None else [route]


def test_every_route_answers_errors_in_one_shape(writer: TestClient) -> None:
    """Walk every route of the app: a wrong method, an unknown id, a bad parameter each get
    ``{"error", "status"}``, whatever the route."""
    app = writer.app
    walked = 0
    for route in _routes(app.routes):  # type: ignore[attr-defined]
        if isinstance(route, Mount):
            _error_shape(writer.get(f"{route.path}/no-such-file.css"), 404)
            _error_shape(writer.post(f"{route.path}/no-such-file.css"), 405)
            walked += 1
            continue
        path = re.sub(r"\{[^}]+\}", "no-such-id", route.path)  # type: ignore[attr-defined]
        methods = set(getattr(route, "methods", None) or {"GET"})
        wrong = "DELETE" if "DELETE" not in methods else "PATCH"
        _error_shape(writer.request(wrong, path), 405)
        if "{" in route.path:  # type: ignore[attr-defined]
            _error_shape(writer.request(sorted(methods)[0], path), 404)
        if isinstance(route, APIRoute):
            names = {p.name for p in route.dependant.query_params}
            for name, bad in (
                ("as_of", "notadate"),
                ("since", "x"),
                ("until", "x"),
                ("page", "0"),
                ("page_size", "1000"),
                ("format", "xml"),
            ):
                if name in names:
                    real = route.path.replace("{event_id}", EVENT).replace("{article_id}", "001_541e1735f40f9c21")
                    _error_shape(writer.get(f"{real}?{name}={bad}"), 422)
            if "POST" in methods:
                _error_shape(writer.post(path, content=b"{", headers=AUTH), 400)
                _error_shape(writer.post(path, content=b"{}"), 401)
        walked += 1
    assert walked == 15  # 8 API routes, 3 pages, /docs, /openapi.json, 2 static mounts
    _error_shape(writer.get("/no/such/page"), 404)


def test_server_errors_keep_the_shape(seeds_db: tuple[SQLiteStore, IngestReport]) -> None:
    app = create_app(seeds_db[0].path)

    def broken() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/broken", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/broken")
    assert response.status_code == 500
    assert response.json() == {
        "error": "internal error (RuntimeError) while answering /broken; the server log has the details",
        "status": 500,
    }


def test_openapi_description_is_valid(seeds_client: TestClient) -> None:
    from openapi_spec_validator import validate

    spec = seeds_client.get("/openapi.json").json()
    validate(spec)
    assert {"/api/events", "/api/events/{event_id}", "/api/events/{event_id}/claims", "/api/events/{event_id}/articles",
            "/api/events/{event_id}/interactions", "/api/export", "/api/articles/{article_id}", "/api/articles"} == set(spec["paths"])  # fmt: skip
    assert spec["paths"]["/api/articles"]["post"]["requestBody"]["required"] is True
    assert spec["components"]["schemas"]["ErrorBody"]["required"] == ["error", "status"]


def test_docs_work_offline(seeds_client: TestClient) -> None:
    page = seeds_client.get("/docs").text
    assets = re.findall(r'(?:href|src)="([^"]+)"', page)
    assert assets and all(a.startswith("/docs-assets/") for a in assets), assets
    assert "http://" not in page and "https://" not in page
    for asset in assets:
        assert seeds_client.get(asset).status_code == 200, asset


@pytest.mark.parametrize("db", ["missing-dir/none.db"])
def test_app_refuses_a_database_it_cannot_open(tmp_path: Path, db: str) -> None:
    from storyline.store import StoreError

    with pytest.raises(StoreError, match="not a storyline database"):
        create_app(tmp_path / db)
