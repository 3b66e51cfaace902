"""The pages: the events list, an event's dossier, an article with its cited spans marked.

Rendered on the server with Jinja2, autoescape on for every template; no script runs on them.
"""

from __future__ import annotations

import math
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException

from ..extract import gazetteer
from ..reconcile import reconcile
from ..store import EventQuery
from .api import store_of, summary
from .app import HERE, parse_day
from .views import article_spans, dossier, segments

router = APIRouter(include_in_schema=False)

#: Events on one page of the list.
PAGE_SIZE = 50
#: The pages need no script and nothing from elsewhere; should escaping ever fail, the browser
#: still runs nothing a report carries.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
    " base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

# autoescape=True for every template, whatever its name: article text is untrusted.
templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True))
templates.env.globals["country_name"] = lambda code: gazetteer.country_name(code) if code else None
# An id in a link is one path segment: a report's id may hold '#', '?' or '/'.
templates.env.filters["segment"] = lambda value: quote(str(value), safe="")


@router.get("/", response_class=HTMLResponse)
def events_page(
    request: Request,
    q: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(max_length=100)] = None,
    country: Annotated[str | None, Query(max_length=3)] = None,
    since: str | None = None,
    until: str | None = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> HTMLResponse:
    """The events list, with search, filters and pages."""
    store = store_of(request)
    query = EventQuery(type=type or None, country=(country or "").upper() or None, since=parse_day(since, "since"),
                       until=parse_day(until, "until"), text=q or None)  # fmt: skip
    total, rows = store.find_events(query, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    types, countries = store.event_facets()
    filters = {"q": q or "", "type": type or "", "country": country or "", "since": since or "", "until": until or ""}
    pages = max(1, math.ceil(total / PAGE_SIZE))

    def link(number: int) -> str:
        return "/?" + urlencode({**{k: v for k, v in filters.items() if v}, "page": number})

    return templates.TemplateResponse(
        request,
        "events.html",
        {
            "events": [summary(r) for r in rows], "total": total, "filters": filters, "types": types,
            "countries": countries, "page": page, "pages": pages,
            "previous": link(page - 1) if page > 1 else None, "next": link(page + 1) if page < pages else None,
        },
        headers=PAGE_HEADERS,
    )  # fmt: skip


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, as_of: str | None = None) -> HTMLResponse:
    """An event's dossier, as of a day when one is given."""
    store = store_of(request)
    day = parse_day(as_of, "as_of")
    stored = store.event(event_id)
    if stored is None:
        raise HTTPException(404, f"event {event_id!r}: no such event; the list is at /")
    # Before the first report the page still answers, and says so: the as-of form stays usable.
    view = dossier(store, reconcile(stored, day), day)
    return templates.TemplateResponse(request, "event.html", {"d": view, "event": view.event}, headers=PAGE_HEADERS)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    """A report's text with the spans the record cites marked and anchored."""
    store = store_of(request)
    found = store.article(article_id)
    if found is None:
        raise HTTPException(404, f"article {article_id!r}: no such article")
    spans = article_spans(store, article_id)
    return templates.TemplateResponse(
        request,
        "article.html",
        {"stored": found, "article": found.article, "spans": spans, "segments": segments(found.article.text, spans)},
        headers=PAGE_HEADERS,
    )
