"""An edit and an ingest in two processes at once: neither loses the other's work."""

from __future__ import annotations

import subprocess
import sys

from store import edits
from store.repository import Repository
from tests.edits.conftest import ROOT


def test_edits_during_a_concurrent_ingest_lose_nothing(repo: Repository):
    env_path = str(repo.path)
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.store_writer", env_path, "ingest", "60", "--slow-fsync", "0.01"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert writer.stdout.readline().strip() == "0"  # the ingest is under way
    values = []
    while writer.poll() is None or len(values) < 5:  # edits interleave with its transactions
        value = 100 + len(values)
        edits.edit_fact(repo, "f-arrests", {"value": str(value)}, reason=f"pass {len(values)}")
        values.append(value)
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    final = Repository.open(repo.path)
    assert {f"f-ingest-{n:05d}" for n in range(60)} <= {f.id for f in final.facts()}
    assert final.fact("f-arrests").value == values[-1]
    assert [c.reason for c in reversed(edits.history(final))] == [f"pass {n}" for n in range(len(values))]


def test_an_edit_from_another_process_during_an_ingest_is_kept(repo: Repository):
    writer = subprocess.Popen(  # writes until stopped: the edit below lands in the middle
        [sys.executable, "-m", "tests.store_writer", str(repo.path), "bulk", "100000", "--slow-fsync", "0.01"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert writer.stdout.readline().strip() == "0"
    editor = subprocess.run(
        [sys.executable, "-c", "import sys; from tui.cli import main; sys.exit(main())",
         "--db", str(repo.path), "delete", "f-drugs", "--reason", "duplicate"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert writer.poll() is None
    writer.stdout.readline()  # one more commit after the edit
    writer.terminate()
    out, _ = writer.communicate(timeout=60)
    committed = 2 + len(out.split())
    assert editor.returncode == 0, editor.stderr
    final = Repository.open(repo.path)
    assert final.fact("f-drugs") is None
    assert {f"f-bulk-{n:05d}" for n in range(committed)} <= {f.id for f in final.facts()}
    assert [c.kind for c in edits.history(final)] == ["delete"]
