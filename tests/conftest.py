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
