"""The web application: the JSON API and the pages, one FastAPI app over one store.

Every error, from any route or from no route at all, is answered in one JSON shape,
``{"error": message, "status": code}``. Request bodies are bounded before any route reads them.
Each server thread keeps its own SQLite connection (SQLite connections stay in their thread).
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import logging
import os
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..store import Store, open_store

log = logging.getLogger("storyline.web")

#: Largest request body read, in bytes: a POST of articles beyond it is refused with 413.
BODY_LIMIT = 5_000_000
HERE = Path(__file__).resolve().parent
TOKEN_VARIABLE = "STORYLINE_TOKEN"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class ErrorBody(BaseModel):
    """The one shape of every error the server answers."""

    error: str
    status: int


#: The errors every route may answer, for the OpenAPI description.
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((404, "No such event or article"), (413, "Request body too large"), (422, "Bad parameter"))
}


class Stores:
    """One store per server thread, opened on first use, over one database URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self.write_lock = threading.Lock()  # one ingest at a time; readers go on meanwhile (WAL)

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url)
            self._local.store = store
        return store


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    """One line per problem: where, the value sent, what is wrong with it."""
    problems = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ())]
        where = (
            f"{loc[0]} parameter {'.'.join(loc[1:])}"
            if len(loc) > 1 and loc[0] in ("query", "path", "header")
            else ".".join(loc) or "request"
        )
        sent = f" {err['input']!r}" if "input" in err and isinstance(err["input"], str | int | float) else ""
        hint = "; write dates as YYYY-MM-DD" if str(err.get("type", "")).startswith("date") else ""
        problems.append(f"{where}{sent}: {err.get('msg', 'invalid')}{hint}")
    return "; ".join(problems) or "invalid request"


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"{request.url.path}: no such page or API route; the API is described at /docs"
        elif exc.status_code == 405:
            allowed = (exc.headers or {}).get("Allow") or (exc.headers or {}).get("allow") or ""
            message = f"{request.method} {request.url.path}: method not allowed" + (
                f"; use {allowed}" if allowed else ""
            )
        return error_response(exc.status_code, message, dict(exc.headers) if exc.headers else None)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return error_response(
            500,
            f"internal error ({type(exc).__name__}) while answering {request.url.path}; the server log has the details",
        )


class BodyLimit:
    """Refuse a request body over ``limit`` bytes with 413, whether declared or streamed."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(scope, send, int(declared) if declared.isdigit() else None)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await self._refuse(scope, send, size)
                return
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, send: Send, size: int | None) -> None:
        if size is None:
            response = error_response(400, "Content-Length is not a number")
        else:
            response = error_response(
                413,
                f"request body too large: {size:,} bytes or more, the limit is {self.limit:,}; send fewer articles at a time",
            )
        await response(scope, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


def create_app(db_url: str | Path, token: str | None = None, body_limit: int = BODY_LIMIT) -> FastAPI:
    """The app serving the record in ``db_url``: the JSON API under /api, the pages, /docs.

    ``token`` allows ``POST /api/articles`` to clients that send ``Authorization: Bearer <token>``;
    without one, POST is refused. Raises StoreError if the database cannot be opened.
    """
    from . import api, pages

    url = str(db_url)
    open_store(url).close()  # a bad path or a foreign file fails here, not on the first request
    app = FastAPI(
        title="storyline",
        summary="The sourced, reconciled event record over HTTP.",
        description="Reads are open; `POST /api/articles` needs `Authorization: Bearer $STORYLINE_TOKEN`. "
        'Every error is `{"error": message, "status": code}`.',
        version=_version(),
        docs_url=None,
        redoc_url=None,
    )
    app.state.stores = Stores(url)
    app.state.token = token or None
    app.state.exports = api.ExportCache()
    _install_errors(app)
    app.add_middleware(BodyLimit, limit=body_limit)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    docs_assets = importlib.resources.files(fastapi_offline) / "static"
    app.mount("/docs-assets", StaticFiles(directory=str(docs_assets)), name="docs-assets")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        """Swagger UI, served from this server: it works with no network."""
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="storyline API", swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css", swagger_favicon_url="/docs-assets/favicon.png",
        )  # fmt: skip

    return app


def _version() -> str:
    from .. import __version__

    return __version__


def parse_day(value: str | None, name: str) -> dt.date | None:
    """A YYYY-MM-DD query value; empty means none. A bad one is a 422 that says how to write it."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise StarletteHTTPException(
            422, f"query parameter {name} {value!r}: not a date; write it as YYYY-MM-DD"
        ) from None


def dumps(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def serve(
    db_url: str | Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, access_log: bool = True
) -> None:
    """Serve the app with uvicorn until interrupted; the token defaults to $STORYLINE_TOKEN."""
    import uvicorn

    app = create_app(db_url, token if token is not None else os.environ.get(TOKEN_VARIABLE))
    uvicorn.run(app, host=host, port=port, access_log=access_log, log_level="info" if access_log else "warning")
