"""The Ray engine against the local one: the same record, the same problems, nothing lost.

One Ray session on this machine (two CPUs) serves the whole module: it takes 10-20 s to start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict
from itertools import islice
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.bench import measure_engine
from storyline.cli import app
from storyline.export import to_json
from storyline.pipeline import IngestReport, ingest
from storyline.store import SQLiteStore, open_store

ray = pytest.importorskip("ray")
from storyline import distributed  # noqa: E402  (after the skip: it needs Ray to run)

pytestmark = pytest.mark.ray

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
GVA = ROOT.parent / "shared" / "data" / "gva" / "articles.jsonl"
GOOD_TEXT = "Two people were hurt when a gas main exploded in the market of Alvena on Friday."

runner = CliRunner(env={"COLUMNS": "240"})


@pytest.fixture(scope="module", autouse=True)
def ray_session() -> Iterator[None]:
    """A local Ray cluster of two CPUs for this module, shut down after it."""
    started = distributed.start(workers=2)
    yield
    if started:
        ray.shutdown()


@pytest.fixture(scope="module")
def gva_slice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 40 GVA articles, several reports of each of a dozen incidents."""
    if not GVA.exists():
        pytest.skip(f"{GVA}: no shared GVA data here")
    path = tmp_path_factory.mktemp("gva") / "gva40.jsonl"
    with GVA.open(encoding="utf-8") as source:
        path.write_text("".join(islice(source, 40)), encoding="utf-8")
    return path


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> Path:
    """A folder of one good report beside a binary file, a broken encoding, bad JSON and an empty file."""
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text at all")
    (folder / "latin1.txt").write_bytes("Police in Montréal said the café was closed after a small fire.".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "feed.jsonl").write_text(json.dumps({"id": "good", "text": GOOD_TEXT}) + '\n{"id": broken\n[1, 2]\n', encoding="utf-8")
    (folder / "list.json").write_text('{"articles": "not a list"', encoding="utf-8")
    return folder


def normalised(record: dict) -> dict:  # type: ignore[type-arg]
    """The export with event and interaction ids replaced by their rank in content order."""
    names: dict[str, str] = {}
    for kind, prefix in (("events", "E"), ("interactions", "I")):
        content = sorted(
            (json.dumps({k: v for k, v in item.items() if k not in ("id", "about", "reactions")}, sort_keys=True), item["id"])
            for item in record[kind]
        )
        names.update({old: f"{prefix}{rank}" for rank, (_, old) in enumerate(content)})
    text = json.dumps(record, sort_keys=True)
    for old in sorted(names, key=len, reverse=True):
        text = text.replace(json.dumps(old), json.dumps(names[old]))
    return json.loads(text)  # type: ignore[no-any-return]


def counts(report: IngestReport) -> dict[str, object]:
    """What an ingest did, less how long it took and where."""
    return {k: v for k, v in asdict(report).items() if k not in ("seconds", "worker_peak_mb")}


def run_both(paths: list[Path], folder: Path, workers: int = 2) -> tuple[SQLiteStore, IngestReport, SQLiteStore, IngestReport]:
    local = open_store(folder / "local.db")
    on_ray = open_store(folder / "ray.db")
    return local, ingest(paths, local), on_ray, distributed.ingest_ray(paths, on_ray, workers=workers, batch_size=16)


@pytest.mark.parametrize("inputs", ["seeds", "seeds+gva40", "empty folder"])
def test_ray_export_equals_the_local_one(inputs: str, gva_slice: Path, tmp_path: Path) -> None:
    paths = {"seeds": [SEEDS], "seeds+gva40": [SEEDS, gva_slice], "empty folder": [tmp_path / "nothing"]}[inputs]
    (tmp_path / "nothing").mkdir()
    local, local_report, on_ray, ray_report = run_both(paths, tmp_path)
    assert counts(ray_report) == counts(local_report)
    assert (ray_report.added > 0) == bool(ray_report.worker_peak_mb) == (inputs != "empty folder")
    assert not ray.data.DataContext.get_current().execution_options.preserve_order  # the caller's settings are back
    assert normalised(to_json(on_ray)) == normalised(to_json(local))
    local.close()
    on_ray.close()


def test_ray_reports_bad_input_as_the_local_engine_does(bad_inputs: Path, tmp_path: Path) -> None:
    local, local_report, on_ray, ray_report = run_both([SEEDS, bad_inputs, tmp_path / "missing.txt"], tmp_path)
    assert [str(p) for p in ray_report.problems] == [str(p) for p in local_report.problems]
    assert [(p.origin.split("/")[-1], p.problem) for p in ray_report.errors] == [
        ("binary.txt", "binary file, not text"),
        ("empty.txt", "empty file"),
        ("feed.jsonl", "line 2: malformed JSON (Expecting value at column 8)"),
        ("feed.jsonl", "line 3: not a JSON object (got array)"),
        ("list.json", "line 1: malformed JSON (Expecting ',' delimiter at column 26)"),
        ("missing.txt", "no such file or directory"),
    ]
    assert counts(ray_report) == counts(local_report)
    assert normalised(to_json(on_ray)) == normalised(to_json(local))
    local.close()
    on_ray.close()


def test_ray_bad_input_loses_nothing_stored(bad_inputs: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "kept.db")
    ingest([SEEDS], store)
    before = to_json(store)
    report = distributed.ingest_ray([bad_inputs, SEEDS], store, workers=1)
    assert (report.added, report.duplicates, len(report.errors)) == (2, 3, 5)  # good.txt and latin1.txt added
    after = to_json(store)
    stored = {a["id"] for a in before["articles"]}
    assert [a for a in after["articles"] if a["id"] in stored] == before["articles"]
    assert {e["id"] for e in before["events"]} <= {e["id"] for e in after["events"]}
    store.close()


@pytest.mark.parametrize("workers", ["2"])
def test_ingest_command_on_ray_prints_what_the_local_one_does(workers: str, bad_inputs: Path, tmp_path: Path) -> None:
    outputs = []
    for engine in (["--engine", "local"], ["--engine", "ray", "--workers", workers]):
        db = tmp_path / f"{engine[1]}.db"
        result = runner.invoke(app, ["ingest", str(SEEDS), str(bad_inputs), "--db", str(db), "-q", *engine])
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output
        exported = runner.invoke(app, ["export", "--db", str(db)])
        outputs.append((result.stdout, result.stderr, normalised(json.loads(exported.stdout))))
    assert outputs[0] == outputs[1]
    assert "read 5 reports: 5 added" in outputs[1][0] and "5 inputs refused" in outputs[1][0]
    assert "binary.txt: binary file, not text" in outputs[1][1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "spark"], "--engine 'spark': choose local or ray"),
        (["--engine", "ray", "--workers", "0"], "--workers 0: must be at least 1"),
        (["--engine", "ray", "--processes", "2"], "--processes is for --engine local"),
    ],
)
def test_ingest_command_explains_bad_engine_options(args: list[str], message: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("address", ["127.0.0.1:1"])
def test_ingest_command_explains_an_unreachable_cluster(address: str, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db), "--engine", "ray", "--ray-address", address])
    assert result.exit_code == 1
    assert f"{address}: no Ray cluster answers there (Connection refused)" in result.stderr
    assert "Traceback" not in result.output


def test_bench_measures_a_ray_job(gva_slice: Path) -> None:
    run = measure_engine(gva_slice, 20, "ray", workers=2, batch_size=8)
    assert (run.engine, run.workers, run.articles) == ("ray", 2, 20)
    assert run.seconds >= run.first_batch_seconds > 0 and run.driver_peak_rss_mb > 0
    assert 1 <= len(run.worker_peak_rss_mb) <= 2 and all(mb > 100 for mb in run.worker_peak_rss_mb)


@pytest.mark.parametrize("workers", ["1"])
def test_ingest_command_starts_and_stops_a_ray_of_its_own(workers: str, tmp_path: Path) -> None:
    """The command as a user runs it: a process of its own, Ray started on 127.0.0.1 and shut down."""
    db = tmp_path / "own.db"
    command = [sys.executable, "-m", "storyline.cli", "ingest", str(SEEDS), "--db", str(db), "-q", "--engine", "ray", "--workers", workers]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("read 3 reports: 3 added, 0 already stored")
    assert "Traceback" not in done.stderr and "WARNING" not in done.stderr
    store = open_store(db)
    assert len(to_json(store)["events"]) == 1
    store.close()
