"""`storyline bench --serve`: the server under load, measured from outside.

The server runs as `storyline serve` in a process of its own on a free loopback port, over a
database of real reports (the GVA articles by default). Concurrent clients, each with its own
keep-alive connection, make a fixed number of requests drawn from a mix of the routes a reader
and an API client use; every response is read whole. Traffic goes to 127.0.0.1 only, and the run
is bounded in requests and in time.
"""

from __future__ import annotations

import asyncio
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from ..pipeline import ingest
from ..store import EventQuery, open_store

#: (route, share of the requests): the reader's pages, the API's reads, the export.
MIX: tuple[tuple[str, float], ...] = (
    ("list page", 0.10),
    ("dossier page", 0.25),
    ("article page", 0.05),
    ("api list", 0.15),
    ("api search", 0.05),
    ("api event", 0.20),
    ("api claims", 0.10),
    ("api interactions", 0.05),
    ("api export csv", 0.03),
    ("api export json", 0.02),
)
#: No run takes longer than this, whatever its numbers: it stops and counts what is left as errors.
TIME_LIMIT_S = 900.0


class LoadError(Exception):
    """The load test cannot run: no data, or the server did not start."""


@dataclass
class ServeResult:
    """What the clients saw: every latency, by route, and the errors."""

    db: str
    events: int
    articles: int
    clients: int
    requests: int
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=dict)  # route -> seconds, answered requests
    errors: dict[str, int] = field(default_factory=dict)  # route -> failed requests
    samples: list[str] = field(default_factory=list)  # the first few errors, for the report

    @property
    def done(self) -> int:
        return sum(len(v) for v in self.latencies.values()) + sum(self.errors.values())

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def requests_per_s(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0

    def percentile(self, q: float, route: str | None = None) -> float | None:
        """Latency at quantile ``q`` (0.5, 0.95, 0.99) in milliseconds, of one route or all."""
        values = sorted(self.latencies.get(route, []) if route else [x for v in self.latencies.values() for x in v])
        if not values:
            return None
        return 1000 * values[min(len(values) - 1, max(0, round(q * len(values)) - 1))]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def build_database(data: Path, db: Path) -> None:
    """Ingest a file or folder of reports into a new database (the GVA articles: minutes)."""
    if not data.exists():
        raise LoadError(f"{data}: no such file; pass --data with reports to serve, or --db with a database")
    store = open_store(db)
    try:
        ingest([data], store)
    finally:
        store.close()


def _plan(db: Path, count: int, seed: int) -> tuple[list[tuple[str, str]], int, int]:
    """The requests to make, in order: (route, path); and the events and articles there are."""
    store = open_store(db)
    try:
        events = store.event_ids()
        articles = [s.article.id for s in store.articles() if s.event_id]
        _, rows = store.find_events(EventQuery(), 200)
    finally:
        store.close()
    if not events or not articles:
        raise LoadError(f"{db}: no events to serve; ingest some reports first")
    words = sorted({r.place.city for r in rows if r.place.city}) or ["a"]
    pages = max(1, len(events) // 20)
    rng = random.Random(seed)
    routes, weights = zip(*MIX, strict=True)
    plan = []
    for route in rng.choices(routes, weights=weights, k=count):
        event, article = rng.choice(events), rng.choice(articles)
        path = {
            "list page": f"/?page={rng.randint(1, max(1, pages // 2))}",
            "dossier page": f"/events/{event}",
            "article page": f"/articles/{article}",
            "api list": f"/api/events?page={rng.randint(1, pages)}&page_size=20",
            "api search": f"/api/events?q={rng.choice(words)}",
            "api event": f"/api/events/{event}",
            "api claims": f"/api/events/{event}/claims",
            "api interactions": f"/api/events/{event}/interactions",
            "api export csv": "/api/export?format=csv",
            "api export json": "/api/export",
        }[route]
        plan.append((route, path))
    return plan, len(events), len(articles)


async def _drive(base: str, plan: list[tuple[str, str]], clients: int, result: ServeResult) -> None:
    queue = iter(plan)
    deadline = time.monotonic() + TIME_LIMIT_S
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(http: httpx.AsyncClient) -> None:
        for route, path in queue:
            if time.monotonic() > deadline:
                result.errors[route] = result.errors.get(route, 0) + 1
                continue
            started = time.perf_counter()
            try:
                response = await http.get(path)
                ok, problem = response.status_code == 200, f"{path}: HTTP {response.status_code} {response.text[:200]}"
            except httpx.HTTPError as exc:
                ok, problem = False, f"{path}: {type(exc).__name__} {exc}"
            if ok:
                result.latencies.setdefault(route, []).append(time.perf_counter() - started)
            else:
                result.errors[route] = result.errors.get(route, 0) + 1
                if len(result.samples) < 5:
                    result.samples.append(problem)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as http:
        await asyncio.gather(*(client(http) for _ in range(clients)))


def _wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise LoadError(f"the server exited ({server.returncode}) before answering")
        try:
            if httpx.get(f"{base}/api/events?page_size=1", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise LoadError(f"the server did not answer within {timeout:.0f} s")


def serve_bench(
    db: Path | None = None,
    data: Path | None = None,
    clients: int = 50,
    requests: int = 5_000,
    seed: int = 0,
    on_step: Callable[[str], None] | None = None,
) -> ServeResult:
    """Serve ``db`` (built from ``data`` first if it does not exist) and load it; see the module.

    One request per route is made first and not counted: the export cache is filled by it.
    """
    say = on_step or (lambda _: None)
    with tempfile.TemporaryDirectory(prefix="storyline-serve-bench-") as folder:
        path = db or Path(folder) / "serve.db"
        if not path.exists():
            if data is None:
                raise LoadError(f"{path}: no such database, and no --data to build it from")
            say(f"building {path} from {data} (minutes for the GVA articles)...")
            build_database(data, path)
        plan, events, articles = _plan(path, requests, seed)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        command = [sys.executable, "-m", "storyline.cli", "serve", "--db", str(path), "--port", str(port), "--quiet"]
        log = (Path(folder) / "server.log").open("wb")
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        try:
            say(f"starting the server on {base}...")
            try:
                _wait_ready(base, server)
            except LoadError as exc:
                tail = (Path(folder) / "server.log").read_text(errors="replace").strip().splitlines()[-3:]
                raise LoadError(f"{exc}: " + " / ".join(tail)) from None
            warm = {route: p for route, p in reversed(plan)}
            for p in warm.values():
                httpx.get(base + p, timeout=300)
            say(f"{requests:,} requests from {clients} clients...")
            result = ServeResult(db=str(path), events=events, articles=articles, clients=clients, requests=requests)
            started = time.perf_counter()
            # In a thread of its own: the caller may already run an event loop (a notebook, Playwright).
            with ThreadPoolExecutor(1) as runner:
                runner.submit(asyncio.run, _drive(base, plan, clients, result)).result()
            result.seconds = time.perf_counter() - started
        finally:
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
    return result
