"""The benchmark: the whole pipeline against bare spaCy, per stage, at scale and on two cores.

Each (size, processes) pair runs in a fresh Python process (``python -m storyline.bench``), so
that its peak resident memory is its own and an earlier size's caches do not help a later one.
That process warms spaCy's caches on the corpus (untimed), then times ``ingest_articles`` into an
empty SQLite file and bare ``nlp.pipe`` of the same spaCy pipeline over the same texts, taking turns
round by round (`measure`), and writes what it measured as JSON.

Sizes beyond the corpus repeat it with fresh ids (``<id>~r2``, ``~r3``...). A repeated report
with the same text would be dropped as a duplicate, and one with a word changed linked as a
near duplicate, both without being extracted; so each copy is re-composed, by sentences where
it can: the first third of the report, then the middle third of one earlier report and the last
third of another. Copies are therefore parsed, extracted and resolved like new reports, of the
same length on average; the few the pipeline still links as near duplicates are counted.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import multiprocessing.connection
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from . import nlp
from .extract import warm as warm_extractor
from .ingest import read_paths, text_hash
from .model import Article
from .ontology import data_dir
from .pipeline import IngestReport, ingest, ingest_articles
from .store import open_store

__all__ = [
    "BenchError", "BenchResult", "EngineRun", "Run", "bench", "bench_engines", "corpus", "default_data", "measure",
    "measure_engine", "parse_counts",
]  # fmt: skip

STAGES: tuple[str, ...] = ("ingest", "nlp", "extract", "interactions", "resolve", "reconcile", "store")
DEFAULT_SIZES: tuple[int, ...] = (1_000, 10_000, 100_000)
QUICK_SIZES: tuple[int, ...] = (200, 1_000)
DEFAULT_PROCESSES: tuple[int, ...] = (1, 2)

#: The issue's targets: end-to-end throughput against bare spaCy, time per article at the
#: largest size against the smallest, and peak resident memory at 100k.
TARGET_RATIO = 0.8
TARGET_SCALING = 1.3
TARGET_RSS_MB = 1024.0

#: A copy takes its other two thirds from reports at least ``_GAP`` earlier in the stream and
#: half that apart: the GVA file holds the reports of one incident side by side, up to 17 of
#: them, and a copy made of two reports of one story is a near duplicate of both. The stream
#: keeps ``_WINDOW`` reports' last two thirds, whatever the size: enough for 50 copies of each.
_GAP = 40
_WINDOW = 2048
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n\s*\n")
_SPACE = re.compile(r"\s+")


class BenchError(Exception):
    """The benchmark cannot run: no data, or a measuring process failed."""


@dataclass
class Run:
    """One (size, processes) measurement, taken in a process of its own."""

    size: int
    processes: int
    articles: int  # reports fed to the pipeline (and to bare spaCy)
    words: int
    copies: int  # of them re-composed from the corpus to reach the size
    seconds: float  # ingest_articles, end to end
    bare_seconds: float  # bare nlp.pipe over the same texts; 0.0 when not measured (``bare=False``)
    cpu_seconds: float  # CPU time of the pipeline run, workers included: steadier on a busy machine
    bare_cpu_seconds: float
    start_rss_mb: float  # the measuring process with spaCy and the gazetteer loaded, before the run
    peak_rss_mb: float  # the measuring process, up to the end of the pipeline run
    worker_rss_mb: float | None  # the largest spaCy worker process, when there are workers
    stages: dict[str, float]  # STAGES and "other"; nlp less the ingest that runs inside it
    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    without_incident: int = 0
    events_created: int = 0
    events_updated: int = 0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def bare_articles_per_s(self) -> float | None:
        return self.articles / self.bare_seconds if self.bare_seconds else None

    @property
    def ratio(self) -> float | None:
        """Throughput as a fraction of bare spaCy's on the same texts (1.0: no overhead); None
        when bare spaCy was not run at this size."""
        return self.bare_seconds / self.seconds if self.seconds and self.bare_seconds else None

    @property
    def cpu_ratio(self) -> float | None:
        """``ratio`` in CPU seconds rather than wall-clock ones."""
        return self.bare_cpu_seconds / self.cpu_seconds if self.cpu_seconds and self.bare_cpu_seconds else None

    @property
    def seconds_per_article(self) -> float:
        return self.seconds / self.articles if self.articles else 0.0

    @property
    def cpu_per_article(self) -> float:
        """CPU seconds per article, workers included: the steadier measure on a shared machine."""
        return self.cpu_seconds / self.articles if self.articles else 0.0


@dataclass
class BenchResult:
    """All runs of one benchmark, with the comparisons between them."""

    data: str
    batch_size: int
    runs: list[Run] = field(default_factory=list)

    def scaling(self, run: Run, cpu: bool = False) -> float | None:
        """Seconds per article (wall-clock, or CPU with ``cpu``) relative to the smallest size run
        with as many processes."""
        same = [r for r in self.runs if r.processes == run.processes and r.articles]
        if not same:
            return None
        base = _per_article(min(same, key=lambda r: r.size), cpu)
        return _per_article(run, cpu) / base if base else None

    def core_speedup(self, run: Run) -> float | None:
        """Throughput relative to one process at the same size (2.0: twice as fast)."""
        one = next((r for r in self.runs if r.size == run.size and r.processes == 1), None)
        return one.seconds / run.seconds if one is not None and run.seconds else None

    def targets(self) -> list[tuple[str, float | None, bool | None]]:
        """The issue's targets: (what, the measured value or None, met or None if not measured)."""
        single = [r for r in self.runs if r.processes == 1] or self.runs
        procs = min(r.processes for r in single) if single else 1
        which = f"{procs} process" + ("es" if procs > 1 else "")
        ratio = min((r.ratio for r in single if r.ratio is not None), default=None)

        def slower(cpu: bool) -> float | None:
            small = next((_per_article(r, cpu) for r in single if r.size == 1_000), None)
            large = next((_per_article(r, cpu) for r in single if r.size == 100_000), None)
            return large / small if small and large is not None else None

        wall, cpu = slower(False), slower(True)
        peak = max((r.peak_rss_mb for r in self.runs if r.size == 100_000), default=None)
        return [
            (f"throughput >= {TARGET_RATIO} of bare spaCy's (worst {procs}-process run)", ratio, None if ratio is None else ratio >= TARGET_RATIO),
            (f"time per article at 100k <= {TARGET_SCALING}x that at 1k ({which})", wall, None if wall is None else wall <= TARGET_SCALING),
            (f"CPU time per article at 100k <= {TARGET_SCALING}x that at 1k ({which})", cpu, None if cpu is None else cpu <= TARGET_SCALING),
            (f"peak RSS at 100k < {TARGET_RSS_MB:.0f} MB (main process)", peak, None if peak is None else peak < TARGET_RSS_MB),
        ]  # fmt: skip

    def as_json(self) -> dict[str, object]:
        runs = []
        for run in self.runs:
            row: dict[str, object] = asdict(run)
            row.update(
                articles_per_s=run.articles_per_s, words_per_s=run.words_per_s,
                bare_articles_per_s=run.bare_articles_per_s, ratio_to_bare_spacy=run.ratio, cpu_ratio=run.cpu_ratio,
                seconds_per_article=run.seconds_per_article, scaling=self.scaling(run),
                cpu_per_article=run.cpu_per_article, cpu_scaling=self.scaling(run, cpu=True),
                core_speedup=self.core_speedup(run),
            )  # fmt: skip
            runs.append(row)
        targets = [{"target": what, "value": value, "met": met} for what, value, met in self.targets()]
        return {"data": self.data, "batch_size": self.batch_size, "runs": runs, "targets": targets}


def _per_article(run: Run, cpu: bool) -> float:
    return run.cpu_per_article if cpu else run.seconds_per_article


@dataclass
class EngineRun:
    """One engine over one corpus, in a process of its own: the local pipeline or a Ray job."""

    engine: str  # "local" or "ray"
    workers: int  # processes parsing: 1 for local, Ray worker actors for ray
    articles: int
    seconds: float  # ingest end to end; for Ray, the job with its workers' start, not the cluster's
    first_batch_seconds: float  # until the first batch was stored: start-up, for Ray the workers loading spaCy
    driver_peak_rss_mb: float  # the measuring process (for local, the one that also parses)
    worker_peak_rss_mb: list[float]  # each Ray worker actor's peak, largest first; empty for local
    added: int = 0
    near_duplicates: int = 0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def default_data() -> Path:
    """The GVA articles in the shared evaluation data."""
    return data_dir() / "gva" / "articles.jsonl"


def parse_counts(text: str, option: str) -> list[int]:
    """Read a comma-separated list of positive whole numbers, like ``--sizes 1000,10000``."""
    values = []
    for part in text.split(","):
        part = part.strip().replace("_", "")
        if not part.isdigit() or int(part) < 1:
            raise ValueError(f"{option} {text!r}: write positive whole numbers separated by commas, e.g. 1000,10000")
        values.append(int(part))
    return list(dict.fromkeys(values))


def corpus(path: Path, size: int) -> Iterator[Article]:
    """Stream ``size`` distinct reports from a JSONL file, repeating it with fresh ids as needed.

    Unreadable lines and exact duplicates within the file are skipped, so that every report
    yielded is parsed. Holds two thirds of ``_WINDOW`` reports in memory, whatever ``size``.
    """
    for _, article in _numbered(path, size):
        yield article


def _numbered(path: Path, size: int) -> Iterator[tuple[int, Article]]:
    """``corpus`` with the number of the copy each report belongs to (1: the file itself)."""
    skipped: set[int] = set()  # positions of the file's duplicates, skipped again in each copy
    seen: set[str] = set()
    recent: deque[tuple[str, str]] = deque(maxlen=_WINDOW)  # (middle, last third) of each report
    distinct = produced = 0
    for copy in range(1, size + 1):
        for position, item in enumerate(a for a in read_paths([path]) if isinstance(a, Article)):
            if produced == size:
                return
            if copy == 1:
                digest = text_hash(item.text)
                if digest in seen:
                    skipped.add(position)
                    continue
                seen.add(digest)
                distinct += 1
            elif position in skipped:
                continue
            first, middle, last = _thirds(item.text)
            if copy > 1:
                p, q = _offsets(copy, min(len(recent), distinct - 1))
                text = f"{first}\n\n{recent[-p][0]}\n\n{recent[-q][1]}" if p else item.text
                item = replace(item, id=f"{item.id}~r{copy}", text=text, origin=f"{item.origin} (copy {copy})")
            recent.append((middle, last))
            produced += 1
            yield copy, item
        if distinct == 0:
            return


def _offsets(copy: int, span: int) -> tuple[int, int]:
    """How far back copy ``copy`` takes its middle and its last third, among the ``span``
    reports before it; (0, 0), the report itself, only when there is none.

    The three thirds come from three stories (the offsets are at least half a ``_GAP`` apart),
    and no two copies share both a middle and a last third: the distance between the two
    offsets differs from copy to copy. Two copies sharing two thirds are near duplicates.
    """
    if span < 1:
        return 0, 0
    slots = (span - _GAP // 2 + 1) // (_GAP + 1)
    if slots < 1:  # a corpus of a few dozen reports: as far apart as it allows
        middle = 1 + (copy - 2) % span
        return middle, 1 + (middle + (copy - 2) % max(1, span - 1)) % span
    k = (copy - 2) % slots
    middle = _GAP * (k + 1)
    return middle, middle + _GAP // 2 + k


def _thirds(text: str) -> tuple[str, str, str]:
    """Split a text in three of about equal length, at sentence ends where there are some near."""
    first = _cut(text, len(text) // 3)
    second = _cut(text, 2 * len(text) // 3, after=first)
    return text[:first].rstrip(), text[first:second].strip(), text[second:].lstrip()


def _cut(text: str, target: int, after: int = 0) -> int:
    """The sentence end nearest ``target`` if within a tenth of the text, else the nearest space."""
    slack = len(text) // 10
    for pattern in (_BOUNDARY, _SPACE):
        cuts = [m.end() for m in pattern.finditer(text, after + 1) if m.end() < len(text)]
        near = [c for c in cuts if abs(c - target) <= slack] if pattern is _BOUNDARY else cuts
        if near:
            return min(near, key=lambda c: abs(c - target))
    return max(after, target)


#: Reports parsed, untimed, before a one-process run: enough to fill spaCy's caches with the
#: corpus's common words, as the second of two passes over the same texts would find them.
WARM_UP = 1000
#: A one-process run takes the reports in rounds of this many batches, each round through the
#: pipeline and through bare spaCy, which of the two goes first alternating from round to round.
ROUND_BATCHES = 8


def measure(path: Path, size: int, processes: int, batch_size: int = 64, bare: bool = True) -> Run:
    """Time the pipeline, and bare spaCy (unless not ``bare``), over the same ``size`` reports.
    Peak memory is read from this process, so call it in a fresh one (``bench`` does).

    With one process the two passes alternate, round by round (`ROUND_BATCHES`), over the same
    reports, bare spaCy in a process forked once both are warm: a machine that speeds up or
    slows down in the course of a run (it is shared) then weighs on both alike, neither finds
    the words the other's parse put in spaCy's caches, and the peak memory read is the
    pipeline's alone. Measured one after the other, in one process, bare spaCy ran 19% faster
    per word at 10,000 reports than at 1,000 while the pipeline's own parse did not. With
    n_process > 1 each pass starts its workers once, so bare spaCy runs after the pipeline.
    """
    nlp.load()
    warm_extractor()  # startup costs, paid once per process and not by bare spaCy either
    nlp.parse("Police said two people were hurt in a shooting on Friday.")
    if processes == 1:
        # Through the pipeline's own batching, whose memory is bounded: the peak read below is
        # this process's whole life, and a warm-up in batches of 64 whole texts set it alone.
        for _ in nlp.pipe(((a.text, None) for a in corpus(path, min(size, WARM_UP))), batch_size=batch_size):
            pass
    articles = words = copies = 0

    def counted() -> Iterator[Article]:
        nonlocal articles, words, copies
        for copy, article in _numbered(path, size):
            articles += 1
            words += len(article.text.split())
            copies += copy > 1
            yield article

    clock: dict[str, list[float]] = {"pipeline": [0.0, 0.0], "bare": [0.0, 0.0]}  # wall and CPU seconds
    report = IngestReport()
    start_rss = _current_rss_mb()
    alternate = processes == 1 and bare
    # forked before the store is opened, which the other process then never holds
    with _BareSpacy(batch_size, start=alternate) as bare_spacy, tempfile.TemporaryDirectory(prefix="storyline-bench-") as folder:
        store = open_store(Path(folder) / "bench.db")

        def pipeline(items: Iterator[Article]) -> None:
            started, cpu = time.perf_counter(), _cpu_seconds()
            ingest_articles(items, store, report=report, batch_size=batch_size, n_process=processes)
            clock["pipeline"][0] += time.perf_counter() - started
            clock["pipeline"][1] += _cpu_seconds() - cpu

        if alternate:
            stream = counted()
            for turn in itertools.count():
                batch = list(itertools.islice(stream, ROUND_BATCHES * batch_size))
                if not batch:
                    break
                for run_pass in (pipeline, bare_spacy) if turn % 2 == 0 else (bare_spacy, pipeline):
                    run_pass(iter(batch))
            clock["bare"] = [bare_spacy.seconds, bare_spacy.cpu]
        else:
            pipeline(counted())
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    # spaCy has joined its workers by now, so they count as this process's children.
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if processes > 1 else None
    if bare and processes > 1:
        started, cpu = time.perf_counter(), _cpu_seconds()
        for _ in nlp.load().pipe(_texts(corpus(path, size)), batch_size=batch_size, n_process=processes):
            pass
        clock["bare"] = [time.perf_counter() - started, _cpu_seconds() - cpu]
    (seconds, cpu), (bare_seconds, bare_cpu) = clock["pipeline"], clock["bare"]
    return Run(
        size=size, processes=processes, articles=articles, words=words, copies=copies, seconds=seconds,
        bare_seconds=bare_seconds, cpu_seconds=cpu, bare_cpu_seconds=bare_cpu, start_rss_mb=start_rss,
        peak_rss_mb=peak, worker_rss_mb=workers, stages=_stages(report, seconds),
        added=report.added, duplicates=report.duplicates, near_duplicates=report.near_duplicates,
        without_incident=report.without_incident, events_created=report.events_created,
        events_updated=report.events_updated,
    )  # fmt: skip


def _texts(articles: Iterable[Article]) -> Iterator[str]:
    """What bare spaCy parses of each report: as much as the pipeline reads (`nlp.MAX_CHARS`)."""
    return (a.text[: nlp.MAX_CHARS] for a in articles)


class _BareSpacy:
    """Bare ``nlp.pipe`` in a process forked from this one, warm as it is, parsing the reports
    it is given a round at a time while this one waits. ``seconds`` and ``cpu`` sum what the
    rounds took there, the sending of the texts not counted."""

    def __init__(self, batch_size: int, start: bool = True) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, theirs = context.Pipe()
        self._process = context.Process(target=_bare_rounds, args=(theirs, batch_size), daemon=True)
        self._start = start  # False: a context that starts nothing, for a run without the rounds
        self.seconds = self.cpu = 0.0

    def __enter__(self) -> _BareSpacy:
        if self._start:
            self._process.start()
        return self

    def __call__(self, articles: Iterable[Article]) -> None:
        try:
            self._conn.send(list(_texts(articles)))
            seconds, cpu = self._conn.recv()
        except (EOFError, BrokenPipeError):
            self._process.join(timeout=60)
            raise BenchError(f"the bare spaCy process ended with exit code {self._process.exitcode}") from None
        self.seconds += seconds
        self.cpu += cpu

    def __exit__(self, *exc: object) -> None:
        if self._start:
            if self._process.is_alive():
                self._conn.send(None)
            self._process.join(timeout=60)
            if self._process.is_alive():
                self._process.kill()
        self._conn.close()


def _bare_rounds(conn: multiprocessing.connection.Connection, batch_size: int) -> None:
    """`_BareSpacy`'s process: parse each list of texts received, answer (seconds, CPU seconds)."""
    model = nlp.load()
    while (texts := conn.recv()) is not None:
        started, cpu = time.perf_counter(), time.process_time()
        for _ in model.pipe(texts, batch_size=batch_size):
            pass
        conn.send((time.perf_counter() - started, time.process_time() - cpu))
    conn.close()


def measure_engine(path: Path, size: int, engine: str, workers: int = 1, batch_size: int = 64) -> EngineRun:
    """Time ``size`` reports through one engine, read from a JSONL file as a user would give them.

    The file is written first and not timed; so is starting the Ray cluster, which a real job
    finds running. Call it in a fresh process: peak memory is this process's.
    """
    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as folder:
        data = Path(folder) / "articles.jsonl"
        with data.open("w", encoding="utf-8") as out:
            for article in corpus(path, size):
                row = {"id": article.id, "url": article.url, "source": article.source, "title": article.title,
                       "published": article.published and article.published.isoformat(), "text": article.text}  # fmt: skip
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        store = open_store(Path(folder) / "bench.db")
        first: list[float] = []

        def progress(count: int) -> None:
            if not first:
                first.append(time.perf_counter())

        if engine == "ray":
            from . import distributed

            distributed.start(workers=workers)
            started = time.perf_counter()
            report = distributed.ingest_ray([data], store, workers=workers, batch_size=batch_size, progress=progress)
        else:
            nlp.load()
            warm_extractor()  # as for `measure`: paid once per process, before the run
            started = time.perf_counter()
            report = ingest([data], store, batch_size=batch_size, n_process=workers, progress=progress)
        seconds = time.perf_counter() - started
        store.close()
    return EngineRun(
        engine=engine, workers=workers, articles=report.read, seconds=seconds,
        first_batch_seconds=(first[0] - started) if first else seconds,
        driver_peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        worker_peak_rss_mb=sorted(report.worker_peak_mb.values(), reverse=True),
        added=report.added, near_duplicates=report.near_duplicates,
    )  # fmt: skip


def _cpu_seconds() -> float:
    """User and system CPU time of this process and its finished children."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def _current_rss_mb() -> float:
    """This process's resident memory now (Linux; 0.0 where /proc is missing)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _stages(report: IngestReport, total: float) -> dict[str, float]:
    """Seconds per stage, each counted once: reading runs inside spaCy's stream, so the
    pipeline's nlp figure includes it; "other" is commits, lookups and bookkeeping."""
    raw = {stage: report.seconds.get(stage, 0.0) for stage in STAGES}
    stages = dict(raw, nlp=max(0.0, raw["nlp"] - raw["ingest"]))
    stages["other"] = max(0.0, total - sum(stages.values()))
    return stages


def bench(
    path: Path,
    sizes: Sequence[int] = DEFAULT_SIZES,
    processes: Sequence[int] = DEFAULT_PROCESSES,
    batch_size: int = 64,
    on_run: Callable[[int, int], None] | None = None,
    bare_up_to: int | None = None,
) -> BenchResult:
    """Measure every size with every process count, each in a fresh Python process.

    ``on_run(size, processes)`` is called as each measurement starts (they can take an hour).
    Bare spaCy runs beside the pipeline at sizes up to ``bare_up_to`` (every size when None):
    at 100k it doubles a run of hours, and the scaling and memory targets need only the pipeline.
    """
    _check_data(path)
    result = BenchResult(data=str(path), batch_size=batch_size)
    for size in sorted(sizes):
        for count in sorted(processes):
            if on_run:
                on_run(size, count)
            bare = bare_up_to is None or size <= bare_up_to
            result.runs.append(Run(**_measure_apart(path, size, count, batch_size, bare=bare)))
    return result


def bench_engines(
    path: Path,
    sizes: Sequence[int],
    workers: Sequence[int] = DEFAULT_PROCESSES,
    batch_size: int = 64,
    on_run: Callable[[int, str, int], None] | None = None,
) -> list[EngineRun]:
    """The local engine on one process, then a Ray job with each count of ``workers``, at each
    size, each in a fresh Python process. ``on_run(size, engine, workers)`` as each starts."""
    _check_data(path)
    runs = []
    for size in sorted(sizes):
        for engine, count in [("local", 1), *(("ray", n) for n in sorted(workers))]:
            if on_run:
                on_run(size, engine, count)
            runs.append(EngineRun(**_measure_apart(path, size, count, batch_size, engine)))
    return runs


def _check_data(path: Path) -> None:
    if not path.is_file():
        raise BenchError(f"{path}: no such file; pass --data with a JSONL file of articles")
    if not any(isinstance(item, Article) for item in read_paths([path])):
        raise BenchError(f"{path}: no readable articles in it (one JSON object with a 'text' per line)")


def _measure_apart(path: Path, size: int, count: int, batch_size: int, engine: str | None = None, bare: bool = True) -> dict[str, Any]:
    """Run ``python -m storyline.bench`` for one measurement and return what it wrote."""
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))
    env.pop(nlp.CACHE_ENV, None)  # a measurement parses every text
    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as folder:
        out = Path(folder) / "run.json"
        command = [
            sys.executable, "-m", "storyline.bench", str(path), "--size", str(size),
            "--processes", str(count), "--batch-size", str(batch_size), "--out", str(out),
        ]  # fmt: skip
        if engine is not None:
            command += ["--engine", engine]
        if not bare:
            command.append("--no-bare")
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0 or not out.exists():
            tail = done.stderr.strip().splitlines()[-5:]
            how = f"--engine {engine} " if engine else ""
            raise BenchError(f"the run of {size} articles with {how}--processes {count} failed: " + " / ".join(tail))
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


def main(argv: Sequence[str] | None = None) -> None:
    """One measurement, for ``bench``: ``python -m storyline.bench DATA --size N --out FILE``."""
    parser = argparse.ArgumentParser(prog="python -m storyline.bench", description=main.__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--engine", choices=("local", "ray"), help="measure_engine instead of measure")
    parser.add_argument("--no-bare", action="store_true", help="time the pipeline only, not bare spaCy")
    args = parser.parse_args(argv)
    if args.engine:
        run: Run | EngineRun = measure_engine(args.data, args.size, args.engine, args.processes, args.batch_size)
    else:
        run = measure(args.data, args.size, args.processes, args.batch_size, bare=not args.no_bare)
    args.out.write_text(json.dumps(asdict(run)), encoding="utf-8")


if __name__ == "__main__":
    main()
