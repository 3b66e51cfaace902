"""The `storyline` command line: parses arguments, calls the Python API, prints with Rich."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import evaluate as evaluation
from . import export as exporting
from . import pipeline
from .model import Event
from .reconcile import reconcile
from .store import Store, StoreError, open_store

app = typer.Typer(
    help="storyline: news reports in, one sourced and reconciled event record out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Piped or under make, Rich would wrap the record at 80 columns; a terminal keeps its own width.
console = Console(width=None if sys.stdout.isatty() or "COLUMNS" in os.environ else 140)
errors = Console(stderr=True)

DEFAULT_DB = "storyline.db"
DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file (created if missing) or postgresql:// URL. Default: $STORYLINE_DB or ./storyline.db."),
]


def _db(value: str | None) -> str:
    return value or os.environ.get("STORYLINE_DB") or DEFAULT_DB


def _open(db: str | None, must_exist: bool = False) -> Store:
    path = _db(db)
    if must_exist and not path.startswith(("postgres://", "postgresql://")) and not Path(path).exists():
        errors.print(f"[red]{path}: no such database[/red]; run `storyline ingest PATH --db {path}` first")
        raise typer.Exit(1)
    try:
        return open_store(path)
    except StoreError as exc:
        errors.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc


def _parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        errors.print(f"[red]{option} {value!r}: not a date; write it as YYYY-MM-DD[/red]")
        raise typer.Exit(2) from None


def _count_items(paths: list[Path]) -> int | None:
    """Articles to expect, for the progress bar: JSONL lines and files; None if unknown."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.suffix in (".jsonl", ".ndjson") and path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for _ in handle)
        elif path.is_file():
            total += 1
    return total or None


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt, .html, .json, .jsonl, RSS/Atom feeds.")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction and per spaCy batch.")] = 64,
    processes: Annotated[int, typer.Option("--processes", "-j", help="spaCy worker processes.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    engine: Annotated[str, typer.Option("--engine", help="local (this process) or ray (a Ray Data job).")] = "local",
    workers: Annotated[int, typer.Option("--workers", help="--engine ray: worker actors, one spaCy pipeline each.")] = 2,
    ray_address: Annotated[str | None, typer.Option("--ray-address", help="--engine ray: a running cluster, HOST:6379 (default: $RAY_ADDRESS, else one started here).")] = None,
) -> None:
    """Read reports into the record. Example: storyline ingest examples/seeds --db seeds.db

    On Ray: storyline ingest --engine ray --workers 4 --ray-address HEAD:6379 articles.jsonl
    """
    if engine not in ("local", "ray"):
        errors.print(f"[red]--engine {engine!r}: choose local or ray[/red]")
        raise typer.Exit(2)
    if engine == "ray" and processes != 1:
        errors.print("[red]--processes is for --engine local[/red]; with --engine ray, give --workers")
        raise typer.Exit(2)
    if workers < 1:
        errors.print(f"[red]--workers {workers}: must be at least 1[/red]")
        raise typer.Exit(2)
    store = _open(db)
    total = None if quiet else _count_items(paths)
    columns = [TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=errors, disable=quiet, transient=True) as bar:
        task = bar.add_task("ingest", total=total)

        def advance(count: int) -> None:
            bar.advance(task, count)

        if engine == "ray":
            from . import distributed

            try:
                report = distributed.ingest_ray(paths, store, workers=workers, address=ray_address, batch_size=batch_size, progress=advance)
            except distributed.RayError as exc:
                store.close()
                errors.print(f"[red]{exc}[/red]")
                raise typer.Exit(1) from exc
        else:
            report = pipeline.ingest(paths, store, batch_size=batch_size, n_process=processes, progress=advance)
    for problem in report.problems:
        colour = "yellow" if getattr(problem, "severity", "error") == "warning" else "red"
        errors.print(f"[{colour}]{problem}[/{colour}]", highlight=False)
    console.print(
        f"read {report.read} reports: {report.added} added, {report.duplicates} already stored, "
        f"{report.near_duplicates} near-duplicates linked, {report.without_incident} without an incident; "
        f"events: {report.events_created} new, {report.events_updated} updated"
        + (f", {report.events_placed_at_home} placed in their site's home town" if report.events_placed_at_home else "")
        + (f", {report.counties_placed_at_home} counties placed in their site's home state" if report.counties_placed_at_home else "")
        + (f", {report.states_placed_at_home} placed in their site's home state" if report.states_placed_at_home else "")
        + (f", {report.towns_read_near_home} towns read as the namesake near their site's home" if report.towns_read_near_home else "")
        + f"; {len(report.errors)} inputs refused"
    )
    store.close()
    if report.errors and not report.read:
        raise typer.Exit(1)


@app.command("events")
def list_events(
    db: DbOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Only what was published by YYYY-MM-DD.")] = None,
) -> None:
    """List the events as a table. Example: storyline events --db seeds.db"""
    store = _open(db, must_exist=True)
    table = Table(title="events")
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    for name in ("type", "where", "killed", "wounded", "reports"):
        table.add_column(name)
    for event in exporting.events(store, _parse_date(as_of, "--as-of")):
        table.add_row(
            event.id, str(event.date or "?"), event.type or "", _where(event), _figure(event, "killed"),
            _figure(event, "wounded"), str(len(event.articles)),
        )  # fmt: skip
    console.print(table)


def _where(event: Event) -> str:
    p = event.place
    return ", ".join(x for x in (p.venue, p.city, p.admin1, p.country) if x)


def _figure(event: Event, attribute: str) -> str:
    fact = event.facts.get(attribute)
    if fact is None:
        return ""
    spread = f" ({fact.low}-{fact.high}, {fact.status})" if fact.low != fact.high else ""
    return f"{fact.best}{spread}"


@app.command()
def show(
    event_id: Annotated[str | None, typer.Argument(metavar="[EVENT]", help="An event id from `storyline events`; all events if left out.")] = None,
    db: DbOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Only what was published by YYYY-MM-DD.")] = None,
) -> None:
    """Show one event's record: what, when, where, each fact with its claims and quotes.

    Example: storyline show ev_a85e9e0581f0 --as-of 2024-03-24
    """
    store = _open(db, must_exist=True)
    day = _parse_date(as_of, "--as-of")
    if event_id is None:
        for event in exporting.events(store, day):
            render(event, store, day)
            console.print()
        return
    stored = store.event(event_id)
    if stored is None:
        errors.print(f"[red]{event_id}: no such event[/red]; `storyline events` lists them")
        raise typer.Exit(1)
    record = reconcile(stored, day)
    if day is not None and not record.claims:
        errors.print(f"[red]{event_id}: nothing about this event was published by {day}[/red]")
        raise typer.Exit(1)
    render(record, store, day)


def render(event: Event, store: Store, as_of: dt.date | None = None) -> None:
    """Print an event's record to the terminal."""
    heading = f"[bold]{event.title}[/bold]  [dim]{event.id}[/dim]"
    if as_of:
        heading += f"  [yellow](as of {as_of})[/yellow]"
    console.print(heading)
    console.print(f"what   {event.type}  (CAMEO {event.cameo}, PLOVER {event.plover})")
    console.print(f"when   {event.date or 'unknown'}" + (f"  ({event.date_precision})" if event.date_precision else ""))
    p = event.place
    coords = f"  ({p.lat:.4f}, {p.lon:.4f})" if p.lat is not None and p.lon is not None else ""
    console.print(f"where  {_where(event) or 'unknown'}{coords}")
    if event.perpetrators:
        console.print("who    " + "; ".join(f"{n} ({'claimed responsibility' if c else 'named'})" for n, c in event.perpetrators))
    published = {s.article.id: s.article.published for s in store.articles() if s.article.id in event.articles}
    console.print(f"from   {len(event.articles)} reports: " + ", ".join(f"{a} ({published.get(a) or 'undated'})" for a in event.articles))
    for attribute, fact in event.facts.items():
        if fact.low is None and fact.status == "single" and attribute not in ("killed", "wounded", "arrested"):
            continue
        table = Table(title=f"{attribute}: {fact.best}" + (f"  (range {fact.low}-{fact.high}, {fact.status})" if fact.low is not None else f"  ({fact.status})"), title_justify="left")
        table.add_column("value")
        table.add_column("qualifier")
        table.add_column("report")
        table.add_column("published")
        table.add_column("quote", overflow="fold")
        for c in fact.claims:
            table.add_row(str(c.value), c.qualifier, c.article, str(c.published or "undated"), f"“{c.quote}” [dim][{c.start}:{c.end}][/dim]")
        console.print(table)
    reacted = [ix for ix in store.interactions(about=event.id) if as_of is None or any(c.published and c.published <= as_of for c in ix.claims)]
    if reacted:
        table = Table(title=f"reactions: {len(reacted)}", title_justify="left")
        for name in ("who", "country", "action", "whom", "reports"):
            table.add_column(name, overflow="fold")
        for ix in reacted:
            who = ", ".join(x for x in (ix.source.name, ix.source.role) if x)
            whom = (ix.target.name or ix.target.role or "") if ix.target else ""
            table.add_row(who, ix.source.country or "", f"{ix.action} ({ix.cameo})", f"{whom} {ix.target.country or '' if ix.target else ''}".strip(), str(len(ix.claims)))
        console.print(table)


@app.command()
def reactions(
    event_id: Annotated[str, typer.Argument(metavar="EVENT", help="An event id from `storyline events`.")],
    db: DbOption = None,
) -> None:
    """Who reacted to an event, and how. Example: storyline reactions ev_a85e9e0581f0"""
    store = _open(db, must_exist=True)
    if store.event(event_id) is None:
        errors.print(f"[red]{event_id}: no such event[/red]; `storyline events` lists them")
        raise typer.Exit(1)
    table = Table(title=f"reactions to {event_id}")
    for name in ("who", "role", "country", "action", "cameo", "whom", "date", "reports", "quote"):
        table.add_column(name, overflow="fold")
    for ix in store.interactions(about=event_id):
        target = ix.target
        whom = f"{target.name or target.role or ''} ({target.country or '?'})" if target else ""
        table.add_row(
            ix.source.name or "", ix.source.role or "", ix.source.country or "", ix.action, ix.cameo, whom,
            str(ix.date or ""), str(len(ix.claims)), f"“{ix.claims[0].quote}”" if ix.claims else "",
        )  # fmt: skip
    console.print(table)


@app.command("export")
def export_command(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="json (the export contract), csv (events) or dyads (CSV of who did what to whom, counted).")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default: standard output.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Only what was published by YYYY-MM-DD.")] = None,
) -> None:
    """Export the record. Example: storyline export --format json -o record.json"""
    if format not in ("json", "csv", "dyads"):
        errors.print(f"[red]--format {format!r}: choose json, csv or dyads[/red]")
        raise typer.Exit(2)
    store = _open(db, must_exist=True)
    day = _parse_date(as_of, "--as-of")
    if format == "json":
        text = json.dumps(exporting.to_json(store, day), indent=2, ensure_ascii=False) + "\n"
    elif format == "dyads":
        text = exporting.dyads(store)
    else:
        text = exporting.to_csv(store, day)
    if output is None:
        sys.stdout.write(text)
    else:
        tmp = output.with_name(output.name + ".tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(output)
        except OSError as exc:
            errors.print(f"[red]{output}: cannot write ({exc.strerror})[/red]")
            raise typer.Exit(1) from exc
        errors.print(f"wrote {output}")


@app.command("eval")
def eval_command(
    suite: Annotated[str, typer.Argument(help=f"One of: {', '.join(evaluation.SUITES)}.")],
    data: Annotated[Path | None, typer.Option("--data", help="The evaluation data folder (default ../shared/data).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    errors_out: Annotated[Path | None, typer.Option("--errors", help="Write every miss to this JSON file.")] = None,
    processes: Annotated[int, typer.Option("--processes", "-j", help="spaCy worker processes.")] = 1,
) -> None:
    """Score the pipeline on real data. Example: storyline eval gva --json"""
    if suite not in evaluation.SUITES:
        errors.print(f"[red]{suite!r}: no such suite[/red]; choose from {', '.join(evaluation.SUITES)}")
        raise typer.Exit(2)
    folder = data or evaluation.ontology.data_dir()
    if not folder.exists():
        errors.print(f"[red]{folder}: no evaluation data there[/red]; pass --data")
        raise typer.Exit(1)
    result = evaluation.evaluate(suite, folder, n_process=processes)
    if errors_out:
        errors_out.write_text(json.dumps(result.errors, indent=1, ensure_ascii=False), encoding="utf-8")
    if as_json:
        console.print_json(json.dumps(result.as_json()))
        return
    table = Table("score", "value", title=f"eval {suite}  ({result.seconds:.0f} s)")
    for name, value in result.scores.items():
        table.add_row(name, f"{value:.4f}")
    for name, value in result.counts.items():
        table.add_row(name, str(value))
    console.print(table)


@app.command()
def bench(
    data: Annotated[Path | None, typer.Option("--data", help="JSONL of articles (default: the GVA articles, ../shared/data/gva/articles.jsonl).")] = None,
    sizes: Annotated[str | None, typer.Option("--sizes", help="Articles per run, comma-separated; the corpus repeats with fresh ids. Default 1000,10000,100000.")] = None,
    processes: Annotated[str, typer.Option("--processes", "-j", help="spaCy worker processes to compare, comma-separated.")] = "1,2",
    quick: Annotated[bool, typer.Option("--quick", help="Sizes 200,1000: a smoke run of minutes, not hours.")] = False,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction and per spaCy batch, for both.")] = 64,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    serve_load: Annotated[bool, typer.Option("--serve", help="Load the web server instead: concurrent clients over loopback, latency and errors.")] = False,
    db: Annotated[str | None, typer.Option("--db", help="With --serve: the database to serve, built from --data if missing (default: a temporary one).")] = None,
    clients: Annotated[int, typer.Option("--clients", help="With --serve: concurrent clients.", min=1, max=1000)] = 50,
    requests: Annotated[int, typer.Option("--requests", help="With --serve: requests in all.", min=1, max=1_000_000)] = 5_000,
    engine: Annotated[str, typer.Option("--engine", help="local: against bare spaCy; ray: Ray jobs of --processes workers against the local engine.")] = "local",
    bare_up_to: Annotated[int | None, typer.Option("--bare-up-to", help="Run bare spaCy beside the pipeline only at sizes up to this (default: every size); at 100k it doubles hours.", min=1)] = None,
) -> None:
    """Measure throughput against bare spaCy, time per stage, scaling and cores, side by side.

    Each size runs in a fresh process; 100,000 articles take hours on two cores.
    Example: storyline bench --quick;  storyline bench --serve --db gva.db;
    on Ray: storyline bench --engine ray --sizes 500 --processes 1,2
    """
    if engine not in ("local", "ray"):
        errors.print(f"[red]--engine {engine!r}: choose local or ray[/red]")
        raise typer.Exit(2)
    from . import bench as benchmark

    if serve_load:
        clash = next((flag for flag, given in (("--quick", quick), ("--sizes", sizes), ("--json", as_json), ("--engine", engine != "local")) if given), None)
        if clash:
            errors.print(f"[red]--serve and {clash}: choose one[/red] (--serve measures the web server, not the pipeline)")
            raise typer.Exit(2)
        _bench_serve(data or benchmark.default_data(), Path(db) if db else None, clients, requests)
        return

    if quick and sizes is not None:
        errors.print("[red]--quick and --sizes: choose one[/red] (--quick means --sizes 200,1000)")
        raise typer.Exit(2)
    try:
        counts = list(benchmark.QUICK_SIZES) if quick else benchmark.parse_counts(sizes or "1000,10000,100000", "--sizes")
        workers = benchmark.parse_counts(processes, "--processes")
    except ValueError as exc:
        errors.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    if batch_size < 1:
        errors.print(f"[red]--batch-size {batch_size}: must be at least 1[/red]")
        raise typer.Exit(2)

    def starting(size: int, count: int) -> None:
        errors.print(f"measuring {size:,} articles on {count} process{'es' if count > 1 else ''}...", highlight=False)

    if engine == "ray":
        _bench_engines(data or benchmark.default_data(), counts, workers, batch_size, as_json)
        return
    try:
        result = benchmark.bench(data or benchmark.default_data(), counts, workers, batch_size, on_run=starting, bare_up_to=bare_up_to)
    except benchmark.BenchError as exc:
        errors.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    if as_json:
        console.print_json(json.dumps(result.as_json()))
        return

    def fixed(value: float | None, digits: int = 2) -> str:
        return "" if value is None else f"{value:,.{digits}f}"

    # Wide enough for every figure whole: Rich otherwise cuts cells to 80 columns in a pipe or a CI log.
    wide = Console(width=max(console.width, 132), highlight=False)
    throughput = Table(title=f"throughput: {result.data}, batches of {result.batch_size}")
    scaling = Table(title="scaling, cores and memory (s/article relative to the smallest size; speed relative to 1 process)")
    stages = Table(title="seconds per stage (nlp less the reading that runs inside spaCy's stream)")
    for table, names in (
        (throughput, ("size", "procs", "articles", "words", "seconds", "articles/s", "words/s", "bare spaCy articles/s", "ratio to bare spaCy", "ratio, CPU time")),
        (scaling, ("size", "procs", "s/article", "vs smallest size", "CPU s/article", "CPU vs smallest", "vs 1 process", "RSS MB before", "peak RSS MB", "worker peak RSS MB", "copies", "near duplicates")),
        (stages, ("size", "procs", *benchmark.STAGES, "other", "total")),
    ):  # fmt: skip
        for name in names:
            table.add_column(name, justify="right")
    for run in result.runs:
        size, procs = f"{run.size:,}", str(run.processes)
        throughput.add_row(
            size, procs, f"{run.articles:,}", f"{run.words:,}", fixed(run.seconds, 1), fixed(run.articles_per_s, 1),
            fixed(run.words_per_s, 0), fixed(run.bare_articles_per_s, 1), fixed(run.ratio), fixed(run.cpu_ratio),
        )  # fmt: skip
        scaling.add_row(
            size, procs, fixed(run.seconds_per_article, 3), fixed(result.scaling(run)), fixed(run.cpu_per_article, 3),
            fixed(result.scaling(run, cpu=True)), fixed(result.core_speedup(run)),
            fixed(run.start_rss_mb, 0), fixed(run.peak_rss_mb, 0), fixed(run.worker_rss_mb, 0), f"{run.copies:,}",
            f"{run.near_duplicates:,}",
        )  # fmt: skip
        cells = [fixed(run.stages.get(stage, 0.0), 1) for stage in (*benchmark.STAGES, "other")]
        stages.add_row(size, procs, *cells, fixed(run.seconds, 1))
    for table in (throughput, scaling, stages):
        wide.print(table)
    wide.print(
        "copies: reports re-composed from thirds of three corpus reports to reach the size, so that each is parsed "
        "and extracted; near duplicates: parsed, then linked to an earlier report and not extracted."
    )
    for what, value, met in result.targets():
        verdict = "not measured" if met is None else ("met" if met else "NOT met")
        wide.print(f"target: {what}: {'' if value is None else f'{value:.2f}, '}{verdict}")


def _bench_serve(data: Path, db: Path | None, clients: int, requests: int) -> None:
    """`bench --serve`: run the load test and print what the clients saw."""
    from .web import load

    try:
        result = load.serve_bench(db, data, clients, requests, on_step=lambda step: errors.print(step, highlight=False))
    except load.LoadError as exc:
        errors.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc

    def ms(value: float | None) -> str:
        return "" if value is None else f"{value:,.1f}"

    table = Table(title=f"serve: {result.events:,} events, {result.articles:,} articles; {result.clients} clients, {result.seconds:.1f} s")
    for name in ("route", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "requests/s"):
        table.add_column(name, justify="left" if name == "route" else "right")
    for route, _ in load.MIX:
        answered = len(result.latencies.get(route, []))
        failed = result.errors.get(route, 0)
        table.add_row(route, f"{answered + failed:,}", str(failed), ms(result.percentile(0.5, route)),
                      ms(result.percentile(0.95, route)), ms(result.percentile(0.99, route)), "")  # fmt: skip
    table.add_row(
        "all", f"{result.done:,}", str(result.error_count), ms(result.percentile(0.5)), ms(result.percentile(0.95)),
        ms(result.percentile(0.99)), f"{result.requests_per_s:,.1f}", style="bold",
    )  # fmt: skip
    wide = Console(width=max(console.width, 120), highlight=False)
    wide.print(f"database: {result.db}")
    wide.print(table)
    for sample in result.samples:
        errors.print(f"[red]{sample}[/red]", highlight=False)
    if result.error_count:
        raise typer.Exit(1)


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help="SQLite file to serve, made by `storyline ingest`. Default: $STORYLINE_DB or ./storyline.db.")] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 0.0.0.0 opens it to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=1, max=65535)] = 8000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No access log.")] = False,
) -> None:
    """Serve the JSON API and the pages. POST /api/articles needs $STORYLINE_TOKEN.

    Example: STORYLINE_TOKEN=secret storyline serve --db seeds.db --port 8000
    """
    from .web import serve as serving
    from .web.app import TOKEN_VARIABLE

    _open(db, must_exist=True).close()
    token = os.environ.get(TOKEN_VARIABLE) or None
    ingest_note = "POST /api/articles takes the token" if token else f"POST /api/articles is off (set {TOKEN_VARIABLE} to allow it)"
    errors.print(f"serving {_db(db)} at http://{host}:{port}/  (API docs at /docs; {ingest_note})", highlight=False)
    serving(_db(db), host=host, port=port, token=token, access_log=not quiet)


def _bench_engines(data: Path, sizes: list[int], workers: list[int], batch_size: int, as_json: bool) -> None:
    """`storyline bench --engine ray`: the local engine against Ray jobs, in one table."""
    from . import bench as benchmark

    def starting(size: int, engine: str, count: int) -> None:
        errors.print(f"measuring {size:,} articles, engine {engine}, {count} worker{'s' if count > 1 else ''}...", highlight=False)

    try:
        runs = benchmark.bench_engines(data, sizes, workers, batch_size, on_run=starting)
    except benchmark.BenchError as exc:
        errors.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    if as_json:
        console.print_json(json.dumps([dict(asdict(run), articles_per_s=run.articles_per_s) for run in runs]))
        return
    table = Table(title=f"engines: {data}, batches of {batch_size} (Ray: cluster started before timing)")
    for name in ("articles", "engine", "workers", "added", "seconds", "first batch s", "articles/s", "vs local", "driver peak RSS MB", "worker peak RSS MB"):
        table.add_column(name, justify="right")
    for run in runs:
        local = next(r for r in runs if r.engine == "local" and r.articles == run.articles)
        each = ", ".join(f"{mb:,.0f}" for mb in run.worker_peak_rss_mb) or "(in driver)"
        table.add_row(
            f"{run.articles:,}", run.engine, str(run.workers), f"{run.added:,}", f"{run.seconds:,.1f}", f"{run.first_batch_seconds:,.1f}",
            f"{run.articles_per_s:,.2f}", f"{local.seconds / run.seconds:,.2f}" if run.seconds else "", f"{run.driver_peak_rss_mb:,.0f}", each,
        )  # fmt: skip
    Console(width=max(console.width, 132), highlight=False).print(table)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
