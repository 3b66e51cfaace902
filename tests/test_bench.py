"""The benchmark on a small corpus: what it reports and how it streams, never how fast it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.bench import ROUND_BATCHES, STAGES, BenchError, BenchResult, Run, _BareSpacy, bench, corpus, measure
from storyline.cli import app
from storyline.ingest import text_hash
from storyline.pipeline import IngestReport, ingest_articles
from storyline.store import SQLiteStore, open_store

runner = CliRunner(env={"COLUMNS": "240"})

CITIES = ("Dayton", "Tulsa", "Fresno", "Toledo", "Akron", "Mobile", "Reno", "Boise", "Macon", "Provo")
DAYS = ("Monday", "Tuesday", "Wednesday")
WHERE = ("outside a bar", "at a gas station", "in a parking lot")


def _report(number: int) -> dict[str, str]:
    city, day, where = CITIES[number % 10], DAYS[number % 3], WHERE[number // 10]
    text = (
        f"Police in {city} said {number % 4 + 1} people were shot {where} on {day} night. "
        f"Officers found the victims at about {number % 12 + 1} p.m. and took them to a hospital, "
        f"where one of them died. Detectives said the shooting followed an argument. "
        f"No arrest has been made, and police asked anyone with information to call. "
        f"Neighbours said it was the {number + 2}th shooting on the block this year."
    )
    return {"id": f"report-{number:02d}", "dct": f"2016-03-{number % 28 + 1:02d}", "content": text}


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Thirty short reports in a JSONL file, the format of the GVA articles."""
    path = tmp_path_factory.mktemp("bench") / "articles.jsonl"
    lines = [json.dumps(_report(n)) for n in range(30)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [10, 30, 100])
def test_corpus_streams_distinct_reports_with_fresh_ids(articles: Path, size: int) -> None:
    stream = list(corpus(articles, size))
    assert len(stream) == size
    assert len({a.id for a in stream}) == size
    assert len({text_hash(a.text) for a in stream}) == size
    copies = [a for a in stream if "~r" in a.id]
    assert len(copies) == max(0, size - 30)
    assert all(a.id.split("~r")[0].startswith("report-") for a in copies)


def test_bench_reports_every_run_with_its_stages(articles: Path) -> None:
    result = bench(articles, sizes=[40], processes=[1], batch_size=16)
    [run] = result.runs
    assert (run.size, run.processes, run.articles, run.copies) == (40, 1, 40, 10)
    assert run.words > 0 and run.seconds > 0 and run.bare_seconds > 0 and run.peak_rss_mb > 0
    assert run.added + run.near_duplicates == 40 and run.duplicates == 0
    assert set(run.stages) == {*STAGES, "other"}
    assert all(seconds >= 0 for seconds in run.stages.values())
    assert result.scaling(run) == 1.0 and result.scaling(run, cpu=True) == 1.0 and result.core_speedup(run) == 1.0
    assert run.cpu_per_article == run.cpu_seconds / 40 > 0
    exported = result.as_json()
    assert exported["runs"][0]["ratio_to_bare_spacy"] == run.ratio  # type: ignore[index]
    assert [t["met"] for t in exported["targets"]][1:] == [None, None, None]  # type: ignore[union-attr]


def test_bench_runs_bare_spacy_only_up_to_the_size_asked(articles: Path) -> None:
    result = bench(articles, sizes=[20, 40], processes=[1], batch_size=16, bare_up_to=20)
    small, large = result.runs
    assert small.bare_seconds > 0 and small.ratio is not None and small.cpu_ratio is not None
    assert large.bare_seconds == 0 and large.ratio is None and large.cpu_ratio is None and large.bare_articles_per_s is None
    assert large.seconds > 0 and result.scaling(large) is not None and result.scaling(large, cpu=True) is not None
    ratio = result.targets()[0][1]
    assert ratio == small.ratio  # the size without bare spaCy does not count as a ratio of 0


def test_rounds_of_the_one_process_run_store_what_one_stream_stores(articles: Path, tmp_path: Path) -> None:
    """Pipeline and bare spaCy alternate round by round; the pipeline's rounds, each an
    `ingest_articles` call on the one store, file the reports as one stream of them does."""
    batch_size = 2
    size = 2 * ROUND_BATCHES * batch_size + 6  # two whole rounds and part of a third
    run = measure(articles, size, 1, batch_size=batch_size)
    whole = ingest_articles(corpus(articles, size), open_store(tmp_path / "whole.db"), batch_size=batch_size)
    assert run.articles == size and run.bare_seconds > 0 and run.bare_cpu_seconds > 0
    assert (run.added, run.near_duplicates, run.duplicates) == (whole.added, whole.near_duplicates, whole.duplicates)
    assert (run.events_created, run.events_updated, run.without_incident) == (whole.events_created, whole.events_updated, whole.without_incident)
    assert sum(run.stages.values()) == pytest.approx(run.seconds)


def test_a_bare_spacy_process_that_dies_is_reported(articles: Path) -> None:
    reports = list(corpus(articles, 3))
    with _BareSpacy(batch_size=2) as bare_spacy:
        bare_spacy(reports)
        assert bare_spacy.seconds > 0 and bare_spacy.cpu > 0
        bare_spacy._process.kill()
        bare_spacy._process.join()
        with pytest.raises(BenchError, match="bare spaCy process ended with exit code -9"):
            bare_spacy(reports)


@pytest.mark.parametrize("data", ["missing.jsonl"])
def test_bench_refuses_a_missing_corpus(tmp_path: Path, data: str) -> None:
    with pytest.raises(BenchError, match=f"{data}: no such file; pass --data with a JSONL file of articles"):
        bench(tmp_path / data, sizes=[10], processes=[1])


def test_bench_command_prints_the_tables(articles: Path) -> None:
    result = runner.invoke(app, ["bench", "--data", str(articles), "--sizes", "20", "--processes", "1"])
    assert result.exit_code == 0, result.output
    for title in ("throughput: ", "scaling, cores and memory", "seconds per stage"):
        assert title in result.stdout
    assert "target: throughput >= 0.8 of bare spaCy's" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--sizes", "1000,lots"], 2, "--sizes '1000,lots': write positive whole numbers separated by commas"),
        (["--processes", "0"], 2, "--processes '0': write positive whole numbers separated by commas"),
        (["--quick", "--sizes", "10"], 2, "--quick and --sizes: choose one"),
        (["--serve", "--sizes", "10"], 2, "--serve and --sizes: choose one"),
        (["--engine", "spark", "--sizes", "10"], 2, "--engine 'spark': choose local or ray"),
        (["--data", "nowhere.jsonl", "--sizes", "10"], 1, "nowhere.jsonl: no such file; pass --data"),
    ],
)
def test_bench_command_explains_bad_options(args: list[str], code: int, message: str) -> None:
    result = runner.invoke(app, ["bench", *args])
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_bench_serve_answers_every_request(seeds_db: tuple[SQLiteStore, IngestReport]) -> None:
    from storyline.web.load import MIX, serve_bench

    result = serve_bench(Path(seeds_db[0].path), clients=5, requests=50)
    assert (result.done, result.error_count, result.samples) == (50, 0, [])
    assert set(result.latencies) <= {route for route, _ in MIX}
    assert result.percentile(0.5) is not None and result.requests_per_s > 0


def test_bench_serve_builds_its_database_from_reports(articles: Path, tmp_path: Path) -> None:
    from storyline.web.load import serve_bench

    result = serve_bench(tmp_path / "built.db", articles, clients=3, requests=20)
    assert (result.done, result.error_count) == (20, 0)
    assert result.articles > 0 and result.events > 0 and (tmp_path / "built.db").exists()


def test_bench_serve_command_prints_the_table(seeds_db: tuple[SQLiteStore, IngestReport]) -> None:
    result = runner.invoke(app, ["bench", "--serve", "--db", seeds_db[0].path, "--clients", "5", "--requests", "50"])
    assert result.exit_code == 0, result.output
    assert "5 clients" in result.stdout
    for column in ("requests", "errors", "p50 ms", "p95 ms", "p99 ms", "requests/s"):
        assert column in result.stdout


@pytest.mark.parametrize("data", ["nowhere.jsonl"])
def test_bench_serve_explains_a_missing_corpus(tmp_path: Path, data: str) -> None:
    result = runner.invoke(app, ["bench", "--serve", "--db", str(tmp_path / "new.db"), "--data", str(tmp_path / data)])
    assert result.exit_code == 1
    assert f"{data}: no such file; pass --data with reports to serve, or --db with a database" in result.stderr


def _run(size: int, processes: int, seconds: float, peak_rss_mb: float) -> Run:
    return Run(
        size=size, processes=processes, articles=size, words=100 * size, copies=0, seconds=seconds, bare_seconds=0.0,
        cpu_seconds=2 * seconds, bare_cpu_seconds=0.0, start_rss_mb=400.0, peak_rss_mb=peak_rss_mb,
        worker_rss_mb=None, stages={},
    )  # fmt: skip


def test_targets_name_the_process_count_they_were_measured_with() -> None:
    """Without a 1-process run, the scaling and memory targets are judged on the runs there are
    and say so, rather than claiming one process."""
    result = BenchResult(data="gva", batch_size=64, runs=[_run(1_000, 2, 50.0, 600.0), _run(100_000, 2, 6_000.0, 700.0)])
    (_, ratio, _), (wall_what, wall, wall_met), (cpu_what, cpu, _), (_, peak, peak_met) = result.targets()
    assert ratio is None
    assert "(2 processes)" in wall_what and "(2 processes)" in cpu_what and "1 process" not in wall_what
    assert wall == pytest.approx(1.2) and cpu == pytest.approx(1.2) and wall_met is True
    assert peak == 700.0 and peak_met is True
    result.runs.insert(0, _run(1_000, 1, 100.0, 500.0))
    assert "(1 process)" in result.targets()[1][0] and result.targets()[1][1] is None
