"""The JSON API under /api: events, their claims, articles and reactions, the export, and ingest.

Records are written in the names of DESIGN.md's export contract (storyline.export), so a client
of the API and a reader of `storyline export` see the same fields.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from .. import export, pipeline
from ..ingest import read_objects
from ..model import Article, Event, IngestError
from ..reconcile import reconcile
from ..store import EventQuery, EventRow, Store
from .app import ERRORS, TOKEN_VARIABLE, ErrorBody, Stores, dumps, parse_day
from .views import reacted_by

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

#: The most events one page of the list holds.
MAX_PAGE_SIZE = 100
#: The most articles one POST may carry (each is parsed before the answer).
MAX_ARTICLES = 500

AsOf = Annotated[
    str | None, Query(description="Only what was published by this day, YYYY-MM-DD.", examples=["2024-03-24"])
]


class Place(BaseModel):
    name: str | None
    city: str | None
    admin1: str | None
    country: str | None = Field(description="ISO 3166 alpha-3")


class EventSummary(BaseModel):
    """One event as last reconciled: enough to list it."""

    id: str
    kind: str
    type: str | None
    title: str | None
    date: str | None
    place: Place
    killed: int | None
    wounded: int | None
    articles: int


class EventPage(BaseModel):
    total: int
    page: int
    page_size: int
    events: list[EventSummary]


class ArticleIn(BaseModel):
    """An article as `storyline ingest` reads JSON: only `text` is required (`content` and similar names are read too)."""

    id: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD or any date the JSON reader understands")
    title: str | None = None
    text: str


def summary(row: EventRow) -> EventSummary:
    """An events-list row in the API's names."""
    p = row.place
    return EventSummary(
        id=row.id, kind=row.kind, type=row.type, title=row.title, date=row.date.isoformat() if row.date else None,
        place=Place(name=p.name, city=p.city, admin1=p.admin1, country=p.country),
        killed=row.counts.get("killed"), wounded=row.counts.get("wounded"), articles=row.articles,
    )  # fmt: skip


def store_of(request: Request) -> Store:
    """This server thread's store."""
    stores: Stores = request.app.state.stores
    return stores.get()


def event_as_of(store: Store, event_id: str, as_of: str | None) -> Event:
    """The event reconciled as of a day; 404 if unknown or if nothing about it was out by then."""
    day = parse_day(as_of, "as_of")
    stored = store.event(event_id)
    if stored is None:
        raise HTTPException(404, f"event {event_id!r}: no such event; GET /api/events lists them")
    record = reconcile(stored, day)
    if day is not None and not record.claims:
        raise HTTPException(404, f"event {event_id!r}: nothing about it was published by {day}")
    return record


@router.get("/events", response_model=EventPage, summary="List events, newest first")
def list_events(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Text in the title, the place or a report")] = None,
    type: Annotated[str | None, Query(max_length=100, description="Event type, e.g. 'armed attack'")] = None,
    country: Annotated[str | None, Query(max_length=3, description="ISO 3166 alpha-3, e.g. RUS")] = None,
    since: Annotated[str | None, Query(description="Events on or after this day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="Events on or before this day, YYYY-MM-DD")] = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
) -> EventPage:
    """Events matching every filter given, newest first (undated last), a page at a time."""
    query = EventQuery(type=type or None, country=(country or "").upper() or None, since=parse_day(since, "since"),
                       until=parse_day(until, "until"), text=q or None)  # fmt: skip
    total, rows = store_of(request).find_events(query, page_size, (page - 1) * page_size)
    return EventPage(total=total, page=page, page_size=page_size, events=[summary(r) for r in rows])


@router.get("/events/{event_id}", summary="One event, reconciled (as of a day)")
def get_event(request: Request, event_id: str, as_of: AsOf = None) -> dict[str, Any]:
    """The event in the export contract's names, with the ids of its reactions; `as_of` reconciles it from the reports published by then."""
    store = store_of(request)
    record = event_as_of(store, event_id, as_of)
    body = export.event_json(record)
    body["reactions"] = [ix.id for ix in reacted_by(store, event_id, parse_day(as_of, "as_of"))]
    body["as_of"] = as_of or None
    return body


@router.get("/events/{event_id}/claims", summary="Every claim about an event, in report order")
def get_claims(request: Request, event_id: str, as_of: AsOf = None) -> dict[str, Any]:
    """Every claim: value, qualifier, report, publication date, quote and its character span."""
    record = event_as_of(store_of(request), event_id, as_of)
    claims = [
        {
            "attribute": c.attribute, "value": c.value, "qualifier": c.qualifier, "article": c.article,
            "published": c.published.isoformat() if c.published else None, "quote": c.quote, "start": c.start,
            "end": c.end, "confidence": c.confidence, "extractor": c.extractor,
        }
        for c in record.claims
    ]  # fmt: skip
    return {"event": event_id, "as_of": as_of or None, "claims": claims}


@router.get("/events/{event_id}/articles", summary="The reports an event was read from")
def get_event_articles(request: Request, event_id: str) -> dict[str, Any]:
    """The reports of the event, in publication order (undated last), without their text."""
    store = store_of(request)
    event = event_as_of(store, event_id, None)
    found = [store.article(a) for a in event.articles]
    return {
        "event": event_id,
        "articles": [_article_json(s.article, s.event_id, s.duplicate_of, text=False) for s in found if s],
    }


@router.get("/events/{event_id}/interactions", summary="The reactions to an event")
def get_interactions(request: Request, event_id: str, as_of: AsOf = None) -> dict[str, Any]:
    """Who reacted, how and to whom, each with the quotes that state it."""
    store = store_of(request)
    event_as_of(store, event_id, as_of)
    reacted = reacted_by(store, event_id, parse_day(as_of, "as_of"))
    return {"event": event_id, "as_of": as_of or None, "interactions": [export.interaction_json(ix) for ix in reacted]}


@router.get(
    "/export",
    summary="The whole record in the export contract (JSON), or events as CSV, or dyads as CSV",
    responses={200: {"content": {"application/json": {}, "text/csv": {}}}},
)
def get_export(request: Request, format: Literal["json", "csv", "dyads"] = "json", as_of: AsOf = None) -> Response:
    """The same bytes as `storyline export --format FORMAT`, made once per state of the store."""
    store = store_of(request)
    day = parse_day(as_of, "as_of")
    cache: ExportCache = request.app.state.exports
    body = cache.get(store, format, day)
    media = "application/json" if format == "json" else "text/csv; charset=utf-8"
    return Response(body, media_type=media)


class ExportCache:
    """Whole exports, made once per state of the store: each reconciles every event (seconds
    for a few thousand), and most clients ask for the same one. One is made at a time."""

    #: Exports kept for one state of the store (formats times as-of days).
    SIZE = 8

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: tuple[object, ...] | None = None
        self._bodies: dict[tuple[str, dt.date | None], bytes] = {}

    def get(self, store: Store, format: str, day: dt.date | None) -> bytes:
        with self._lock:
            version = store.data_version()
            if version != self._version:
                self._version, self._bodies = version, {}
            body = self._bodies.get((format, day))
            if body is None:
                if format == "json":
                    body = dumps(export.to_json(store, day))
                elif format == "csv":
                    body = export.to_csv(store, day).encode("utf-8")
                else:
                    body = export.dyads(store).encode("utf-8")
                if len(self._bodies) >= self.SIZE:
                    del self._bodies[next(iter(self._bodies))]
                self._bodies[(format, day)] = body
            return body


def _article_json(
    article: Article, event_id: str | None, duplicate_of: str | None, text: bool = True
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": article.id, "url": article.url, "source": article.source,
        "published": article.published.isoformat() if article.published else None, "title": article.title,
        "event": event_id, "duplicate_of": duplicate_of,
    }  # fmt: skip
    if text:
        body["text"] = article.text
    return body


@router.get("/articles/{article_id:path}", summary="One report, its text and the spans the record cites")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """The report with its text, its event, and every span of it the record cites."""
    store = store_of(request)
    found = store.article(article_id)
    if found is None:
        raise HTTPException(404, f"article {article_id!r}: no such article")
    body = _article_json(found.article, found.event_id, found.duplicate_of)
    body["claims"] = [
        {
            "event": e,
            "attribute": c.attribute,
            "value": c.value,
            "qualifier": c.qualifier,
            "quote": c.quote,
            "start": c.start,
            "end": c.end,
        }
        for e, c in store.claims_in(article_id)
    ]
    body["interactions"] = [
        {"interaction": ix.id, "action": ix.action, "quote": e.quote, "start": e.start, "end": e.end}
        for ix, e in store.evidence_in(article_id)
    ]
    return body


ARTICLES_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "oneOf": [
                    ArticleIn.model_json_schema(),
                    {"type": "array", "items": ArticleIn.model_json_schema(), "maxItems": MAX_ARTICLES},
                ]
            },
            "example": {"id": "report-1", "published": "2024-03-24", "text": "Gunmen opened fire at a concert hall..."},
        }
    },
}


@router.post(
    "/articles",
    status_code=201,
    summary="Ingest articles: one object or a list (needs the token)",
    openapi_extra={"requestBody": ARTICLES_BODY},
    responses={
        400: {"model": ErrorBody, "description": "Body is not JSON"},
        401: {"model": ErrorBody, "description": "No or wrong token"},
        403: {"model": ErrorBody, "description": "No token configured: ingest over HTTP is off"},
    },
)
async def post_articles(request: Request) -> JSONResponse:
    """Ingest one article object or a list of them; answers what was added, with the problems of the rest."""
    _authorise(request)
    items = _read_body(await request.body())
    readable = [i for i in items if isinstance(i, Article)]
    if not readable:
        problems = [str(p) for p in items if isinstance(p, IngestError) and p.severity == "error"]
        raise HTTPException(422, "no readable article: " + "; ".join(problems))
    stores: Stores = request.app.state.stores
    report = await run_in_threadpool(_ingest, stores, items)
    body = {
        "read": report.read, "added": report.added, "duplicates": report.duplicates,
        "near_duplicates": report.near_duplicates, "events_created": report.events_created,
        "events_updated": report.events_updated, "articles": [a.id for a in readable],
        "problems": [str(p) for p in report.problems],
    }  # fmt: skip
    return JSONResponse(body, status_code=201)


def _authorise(request: Request) -> None:
    token: str | None = request.app.state.token
    if not token:
        raise HTTPException(
            403, f"ingest over HTTP is off: no token configured; start the server with {TOKEN_VARIABLE} set"
        )
    sent = request.headers.get("authorization", "")
    scheme, _, value = sent.partition(" ")
    if scheme.lower() != "bearer" or not value:
        raise HTTPException(
            401, "missing token: send 'Authorization: Bearer <token>'", headers={"WWW-Authenticate": "Bearer"}
        )
    if not secrets.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "wrong token", headers={"WWW-Authenticate": "Bearer"})


def _read_body(raw: bytes) -> list[Article | IngestError]:
    """The articles of a POST body, or a 400/422 that names what is wrong with it."""
    if not raw.strip():
        raise HTTPException(400, "request body: empty; send one article object or a list of them as JSON")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPException(400, f"request body: not UTF-8 text (byte {exc.start}); send JSON") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HTTPException(
            400, f"request body: malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None
    if isinstance(data, list) and not data:
        raise HTTPException(422, "request body: an empty list; send one article object or a list of them")
    if isinstance(data, list) and len(data) > MAX_ARTICLES:
        raise HTTPException(413, f"request body: {len(data)} articles, the limit is {MAX_ARTICLES} a request")
    if not isinstance(data, dict | list):
        raise HTTPException(422, "request body: not a JSON object or list of objects")
    return list(read_objects(data, "request body"))


def _ingest(stores: Stores, items: list[Article | IngestError]) -> pipeline.IngestReport:
    with stores.write_lock:
        return pipeline.ingest_articles(items, stores.get())
