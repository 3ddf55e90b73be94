"""Shared pytest fixtures; each owner keeps to a marked block."""

# --- store fixtures ---
import importlib.util
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _load_pg_helper():  # tests/ is not a package: load the helper by path
    spec = importlib.util.spec_from_file_location("rasd_tests_pg", Path(__file__).with_name("pg.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_pg = _load_pg_helper()
PgServer, find_bin_dir = _pg.PgServer, _pg.find_bin_dir

_db_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A real PostgreSQL server for the session (skipped when the binaries are absent)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries not found (/usr/lib/postgresql/*/bin/initdb): apt-get install postgresql")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install 'psycopg[binary]'")
    server = PgServer(bin_dir).start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rasd.db'}"
    server = request.getfixturevalue("pg_server")
    return server.create_database(f"rasd_test_{next(_db_counter)}")
# --- end store fixtures ---

# --- web fixtures ---
import os as _web_os  # noqa: E402
import socket as _web_socket  # noqa: E402
import sqlite3 as _web_sqlite3  # noqa: E402
import subprocess as _web_subprocess  # noqa: E402
import time as _web_time  # noqa: E402
import urllib.request as _web_urlrequest  # noqa: E402

WEB_SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles.jsonl"
WEB_TOKEN = "test-token-5f1c"


@pytest.fixture(scope="session")
def web_template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store holding the real extraction output of ``samples/articles.jsonl`` (built once)."""
    from rasd.ingest import ingest, read_inputs
    from rasd.store import open_store

    path = tmp_path_factory.mktemp("web") / "template.db"
    with open_store(f"sqlite:///{path}") as store:
        summary = ingest(read_inputs([str(WEB_SAMPLES)]), store, progress=False)
    assert summary.stored > 0 and not summary.failed, summary.lines()
    return path


@pytest.fixture
def web_db_url(web_template_db: Path, tmp_path: Path) -> str:
    """A private copy of the sample store (tests may write to it)."""
    target = tmp_path / "web.db"
    src, dst = _web_sqlite3.connect(web_template_db), _web_sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return f"sqlite:///{target}"


def _web_free_port() -> int:
    with _web_socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(web_db_url: str) -> Iterator[str]:
    """``rasd serve`` (uvicorn) in a subprocess on a free loopback port, with ``WEB_TOKEN`` set;
    yields its base URL."""
    port = _web_free_port()
    env = {**_web_os.environ, "RASD_TOKEN": WEB_TOKEN}
    proc = _web_subprocess.Popen([sys.executable, "-m", "rasd.cli", "serve", "--db", web_db_url,
                                  "--host", "127.0.0.1", "--port", str(port)], env=env,
                                 stdout=_web_subprocess.PIPE, stderr=_web_subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = _web_time.monotonic() + 30
    while True:
        try:
            with _web_urlrequest.urlopen(base + "/api/stats", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or _web_time.monotonic() > deadline:
                proc.kill()
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                pytest.fail(f"rasd serve did not start on {base}: {out}")
            _web_time.sleep(0.2)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except _web_subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stdout:
        proc.stdout.close()
# --- end web fixtures ---

# --- geo fixtures ---
@pytest.fixture(scope="session")
def geo():
    """The shipped gazetteer, loaded once for all geocoding tests."""
    from rasd.geo import Geocoder

    return Geocoder.default()
# --- end geo fixtures ---
