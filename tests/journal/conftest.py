"""Stores whose writes go through the journal (``TAKEDOWN_JOURNAL=1``: a small store would
otherwise be rewritten whole), and helpers to see what a store holds."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from store.journal import journal_path
from store.repository import Repository
from store.storage import create, empty_document
from tests.conftest import make_fact, make_operation, make_source
from tui import cli_sidecar
from tui.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _journal_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAKEDOWN_JOURNAL", "1")


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    """A store with one operation and two facts, written whole (no journal yet)."""
    path = tmp_path / "store.json"
    create(path, empty_document())
    repo = Repository.open(path)
    source = make_source("Police arrested 12 people in Sweden and 4 in Norway.", title="Report")
    repo.add_records(sources=[source], operations=[make_operation("op-a", name="Alpha")],
                     facts=[make_fact(source, 0, id="f-se", operation="op-a"),
                            make_fact(source, 1, id="f-no", operation="op-a", country="NO", value=4)])
    from store.storage import compact

    compact(path)  # the journal those writes made is folded in: the tests start from a plain JSON
    assert not journal_path(path).exists()
    return Repository.open(path)


def new_facts(tag: str, n: int, operation: str = "op-a") -> tuple:
    source = make_source(f"Report {tag}: " + " ".join(f"Police arrested {i + 1} people." for i in range(n)),
                         title=f"Report {tag}")
    return source, [make_fact(source, i, id=f"f-{tag}-{i}", operation=operation, value=i + 1) for i in range(n)]


def cli(*args: str, db: Path) -> tuple[int, str]:
    """``takedown ARGS --db`` in this process: exit code and what it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main([*args, "--db", str(db)])
    cli_sidecar.wait_for_writers()  # its sidecar is written in a process of its own
    return rc, out.getvalue()


def facts_json(db: Path) -> list:
    rc, out = cli("facts", "--json", db=db)
    assert rc == 0
    return orjson.loads(out)


def run_python(code: str, *, env: dict[str, str] | None = None, **kw) -> subprocess.Popen:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=full_env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)
