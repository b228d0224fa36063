"""Stores for the edit tests: a small one built from records, and the committed schema-1 file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from store.repository import Repository
from store.storage import create, empty_document
from tests.conftest import make_fact, make_operation, make_source

ROOT = Path(__file__).resolve().parents[2]
SCHEMA1_FIXTURE = Path(__file__).parent / "fixtures" / "schema1_store.json"


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    """Two operations, "Quillfeather" (2 facts) and an ingested "Operation Quillfeather" (1 fact)."""
    path = tmp_path / "store.json"
    create(path, empty_document())
    repo = Repository.open(path)
    main = make_source("Police arrested 12 people in Sweden and seized 40 kg of drugs.", title="Main report",
                       origin="https://example.org/quill", published="2024-03-05")
    other = make_source("Officers detained 3 suspects in Norway.", title="Ingested note", origin="note.txt")
    repo.add_records(
        sources=[main, other],
        operations=[
            make_operation("quillfeather", name="Quillfeather", countries=("SE",), announced="2024-03"),
            make_operation("operation-quillfeather", name="Operation Quillfeather", aliases=("Quill",),
                           countries=("NO",), markets=("Feather Bazaar",)),
        ],
        facts=[
            make_fact(main, 0, id="f-arrests", operation="quillfeather", value=12, start=16, end=18),
            make_fact(main, 1, id="f-drugs", operation="quillfeather", metric="seized_drugs", value=40, unit="kg",
                      start=47, end=49),
            make_fact(other, 2, id="f-norway", operation="operation-quillfeather", value=3, country="NO",
                      start=18, end=19),
        ],
    )
    return repo


@pytest.fixture
def schema1_store(tmp_path: Path) -> Path:
    path = tmp_path / "old.json"
    shutil.copyfile(SCHEMA1_FIXTURE, path)
    return path


def takedown(*args: str, db: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line in a new process, as a script would."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "TAKEDOWN_DB": str(db), **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", "import sys; from tui.cli import main; sys.exit(main())", *args],
        cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120,
    )
