"""The Ray engine: reading, parsing and extraction as a Ray Data job, on one machine or a cluster.

```
driver: file names  ->  Ray tasks: files to articles  ->  Ray actors: spaCy + extract  ->  driver: resolve, store
(ingest.sources)        (ingest.read_source)              (pipeline.extract_one)            (pipeline.store_pending)
```

The driver lists file names only; files are read, parsed and read for claims by Ray workers,
one spaCy pipeline loaded per worker actor. The driver iterates the results as they come and
resolves and stores them with the code of the local engine, in input order
(``preserve_order``): resolution is order-dependent, so the record equals a local run's.
Problems of reading travel with the articles, in order, and reach the report as they would
locally. Rows cross processes as pickled bytes: Arrow holds no dataclasses.
"""

from __future__ import annotations

import logging
import os
import pickle
import resource
import socket
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from . import nlp
from .extract import warm as warm_extractor
from .ingest import read_source, simhash, sources, text_hash
from .model import Article, IngestError
from .pipeline import Gate, IngestReport, Pending, Progress, extract_one, parse_headlines, store_pending
from .store import Store

__all__ = ["RayError", "ingest_ray", "start"]

#: Blocks leaving the read stage hold about this many bytes (60-80 news reports): a JSONL file
#: is read by one task, and with Ray's default of 128 MiB its whole content would be one
#: block, parsed by one worker while the others wait.
BLOCK_BYTES = 256 * 1024

# Ray, on Linux, binds its services to the address other machines see this one by; a cluster
# started here for one job binds to 127.0.0.1 instead (read when `ray` is first imported).
_LOOPBACK_ONLY = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"


class RayError(Exception):
    """Ray is not installed, or the cluster cannot be reached."""


def start(address: str | None = None, workers: int = 2) -> bool:
    """Connect to the Ray cluster at ``address`` (or ``$RAY_ADDRESS``), or start one on this
    machine with ``workers`` CPUs; False if this process is already connected to one.

    The dashboard stays off and worker logs stay out of the terminal.
    """
    address = address or os.environ.get("RAY_ADDRESS") or None
    if address is None:
        os.environ.setdefault(_LOOPBACK_ONLY, "0")
    else:
        _check_reachable(address)
    ray = _ray()
    if ray.is_initialized():
        return False
    quiet: dict[str, Any] = {"log_to_driver": False, "logging_level": logging.ERROR}
    try:
        if address is None:
            ray.init(num_cpus=workers, include_dashboard=False, **quiet)
        else:
            ray.init(address=address, **quiet)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if address is None:
            raise RayError(f"cannot start Ray on this machine ({reason}); see `ray status`") from exc
        raise RayError(
            f"{address}: cannot connect to a Ray cluster there ({reason}); start one with "
            "`ray start --head`, or leave out --ray-address to run on this machine"
        ) from exc
    return True


def _check_reachable(address: str) -> None:
    """Fail in seconds where nothing listens at ``HOST:PORT``: ``ray.init`` retries for minutes."""
    host, _, port = address.rpartition(":")
    if "://" in address or not host or not port.isdigit():
        return  # "auto", "ray://...": Ray's own lookup
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        raise RayError(
            f"{address}: no Ray cluster answers there ({exc.strerror or exc}); start one with "
            "`ray start --head`, or leave out --ray-address to run on this machine"
        ) from exc


def ingest_ray(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int = 2,
    address: str | None = None,
    batch_size: int = 64,
    progress: Progress | None = None,
) -> IngestReport:
    """``pipeline.ingest`` with reading, parsing and extraction on ``workers`` Ray actors.

    Uses the Ray cluster this process is connected to; else connects to ``address`` (or
    ``$RAY_ADDRESS``), or starts one on this machine and shuts it down when done. Every worker
    needs the same storyline install and the same files at the same paths.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    report = IngestReport()
    found = list(sources(paths))  # names, not contents
    if not found:
        return report
    started_here = start(address, workers)
    try:
        gate = Gate(store, report, progress)
        results = _results(_dataset(found, workers, batch_size), report)
        with warnings.catch_warnings():
            # Ray judges the workers' share of the input by the number of files, before the
            # read splits them into blocks: one JSONL file would warn that one worker suffices.
            warnings.filterwarnings("ignore", "The minimum number of concurrent actors", UserWarning)
            store_pending(_admitted(results, gate), store, report, batch_size=batch_size, progress=progress)
        return report
    finally:
        if started_here:
            _ray().shutdown()


def _dataset(found: list[Path | IngestError], workers: int, batch_size: int) -> Any:
    """The job: file names in, one pickled ``Pending`` or ``IngestError`` per row out, in order."""
    ray = _ray()
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # "progress bars disabled", plans, timings
    # A dataset keeps the settings current when it is made: set them for this job, then put
    # back the caller's, who may run other Ray Data jobs in this process.
    context = ray.data.DataContext.get_current()
    saved = context.copy()
    context.execution_options.preserve_order = True
    context.target_max_block_size = BLOCK_BYTES
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    try:
        listed = ray.data.from_items([{"source": pickle.dumps(source)} for source in found])
        # Reading is light next to parsing: its tasks take no CPU of their own, so that a
        # cluster of `workers` CPUs runs `workers` parsers.
        read = listed.flat_map(_read, num_cpus=0, compute=ray.data.TaskPoolStrategy(size=min(workers, len(found))))
        # No restarts: Ray could not restart these actors reliably anyway (it says so on every run,
        # ray-project/ray#53727); a worker that dies fails the job, and every batch stored before stays.
        # Ray 2.60 takes max_restarts only among the remote arguments it warns are deprecated.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return read.map_batches(
                _Reader, batch_size=batch_size, num_cpus=1, max_restarts=0, compute=ray.data.ActorPoolStrategy(size=workers)
            )
    finally:
        context.execution_options = saved.execution_options
        context.target_max_block_size = saved.target_max_block_size
        context.enable_progress_bars = saved.enable_progress_bars
        context.print_on_execution_start = saved.print_on_execution_start


def _read(row: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Ray task: the articles and problems of one file, one row each."""
    for record in read_source(pickle.loads(row["source"])):
        yield {"item": pickle.dumps(record)}


class _Reader:
    """Ray actor: loads the spaCy pipeline once, then parses and reads one batch after another."""

    def __init__(self) -> None:
        nlp.load()
        warm_extractor()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        records: list[Article | IngestError | Pending] = [pickle.loads(blob) for blob in batch["item"]]
        texts = [(record.text, i) for i, record in enumerate(records) if isinstance(record, Article)]
        parsed = list(nlp.pipe(texts, batch_size=max(1, len(texts))))
        headlines = parse_headlines([doc for doc, _ in parsed])
        for (doc, i), headline in zip(parsed, headlines, strict=True):
            article = records[i]
            assert isinstance(article, Article)
            records[i] = Pending(article, text_hash(article.text), simhash(article.text), extract_one(doc, article, headline))
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        return {
            "item": [pickle.dumps(record) for record in records],
            "pid": [os.getpid()] * len(records),
            "peak_mb": [peak_mb] * len(records),
        }


def _results(dataset: Any, report: IngestReport) -> Iterator[Pending | IngestError]:
    """The job's rows as they stream in; each worker's peak memory goes into the report."""
    for row in dataset.iter_rows():
        pid = int(row["pid"])
        report.worker_peak_mb[pid] = max(report.worker_peak_mb.get(pid, 0.0), float(row["peak_mb"]))
        item: Pending | IngestError = pickle.loads(row["item"])
        yield item


def _admitted(results: Iterable[Pending | IngestError], gate: Gate) -> Iterator[Pending]:
    """The results the local engine would have parsed: new reports, in input order."""
    for item in results:
        if isinstance(item, IngestError):
            gate.admit(item, "")
        elif gate.admit(item.article, item.digest):
            yield item


def _ray() -> Any:
    """The ``ray`` module, imported on first use: it takes a second, and most runs need none."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise RayError("--engine ray needs Ray: pip install 'storyline[ray]' (ray[data]==2.60.0)") from exc
    return ray
