from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.models import Article
from sitrep.pipeline import Pipeline, PipelineOptions

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture
def extract(pipeline: Pipeline):
    def run(text: str, published: date | None = date(2023, 3, 9), title: str = ""):
        return pipeline.process(Article("t", text, title=title, published=published)).events

    return run


@pytest.fixture(scope="session")
def rules_extract(pipeline: Pipeline):
    """Extraction by the rules alone (no statistical fallback), for tests of what the rules read."""
    rules = Pipeline(
        PipelineOptions(fallback=False), lexicon=pipeline.lexicon, gazetteer=pipeline.gazetteer, nlp=pipeline.nlp
    )

    def run(text: str, published: date | None = date(2023, 3, 9)):
        return rules.process(Article("t", text, published=published)).events

    return run


@pytest.fixture(scope="session")
def night_strikes(pipeline: Pipeline):
    text = (FIXTURES / "night_strikes.txt").read_text(encoding="utf-8")
    # Published on Tuesday 14 February 2023, the morning after the strikes.
    return pipeline.process(Article("night", text, published=date(2023, 2, 14)))


def _pg_binaries() -> Path:
    import glob
    import shutil

    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if candidates:
        return Path(candidates[-1]).parent
    raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed; .ci/run installs them")


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory):
    """A real PostgreSQL server for the test session, on a free local port, in a temporary
    directory. As root, the server runs as the 'postgres' user (initdb refuses root)."""
    import os
    import shutil
    import socket
    import subprocess
    import tempfile

    binaries = _pg_binaries()
    # Not under pytest's temporary folder: that is private to root, and the server runs as postgres.
    base = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
    data, sockets = base / "data", base / "run"
    sockets.mkdir()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
        base.chmod(0o755)
        prefix = ["runuser", "-u", "postgres", "--"]
    env = {**os.environ, "LC_ALL": "C"}
    subprocess.run(
        [
            *prefix,
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    subprocess.run(
        [
            *prefix,
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "log"),
            "-w",
            "-o",
            f"-p {port} -k {sockets} -h 127.0.0.1",
            "start",
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True, env=env
        )
        shutil.rmtree(base, ignore_errors=True)
