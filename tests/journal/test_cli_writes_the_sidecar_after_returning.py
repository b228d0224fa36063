"""A command returns without waiting for its sidecar: the write runs in a detached writer
process, the sidecar appears when it is done, and a writer killed before it finished leaves
no sidecar (never a broken one) — the next command reads the JSON and writes it again."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from store import sidecar
from store.repository import Repository
from tests.journal.conftest import facts_json
from tui import cli_sidecar
from tui.cli import main


@pytest.fixture(autouse=True)
def _every_store_worth_a_sidecar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sidecar, "WORTH_FROM_BYTES", 0)  # the test stores are tiny


class _HeldReplace:
    """``os`` for the sidecar module whose ``replace`` (the write's last step) waits until
    ``go`` exists: the writer is held after writing its temp file, before the rename (at
    most 30 s: a command that wrote in its own process would otherwise never return)."""

    def __init__(self, go: Path) -> None:
        self.go = go

    def replace(self, src, dst) -> None:
        for _ in range(3000):  # a writer in the command's own process would hold it: give up
            if self.go.exists():
                return os.replace(src, dst)
            time.sleep(0.01)
        raise TimeoutError("held too long")

    def __getattr__(self, name: str):
        return getattr(os, name)


def _writer_of(db: Path) -> int:
    """Run ``takedown facts --db`` in this process; the pid of the writer it left running."""
    assert main(["facts", "--json", "--db", str(db)]) == 0
    pids = list(cli_sidecar._writers)
    assert len(pids) == 1 and pids[0] != os.getpid()
    return pids[0]


def test_the_command_returns_while_its_writer_runs_and_the_sidecar_appears(repo: Repository, tmp_path, monkeypatch,
                                                                             capsys):
    go = tmp_path / "go"
    monkeypatch.setattr(sidecar, "os", _HeldReplace(go))
    path = repo.path
    pid = _writer_of(path)
    capsys.readouterr()
    # main() has returned, its output is out, and the writer is still held before its rename
    assert not sidecar.sidecar_path(path).exists()
    assert os.waitpid(pid, os.WNOHANG) == (0, 0)  # still running
    go.touch()
    cli_sidecar.wait_for_writers()
    assert sidecar.sidecar_path(path).exists()
    assert Repository.open(path).opened.sidecar_current


def test_a_killed_writer_leaves_no_broken_sidecar(repo: Repository, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sidecar, "os", _HeldReplace(tmp_path / "never"))
    path = repo.path
    pid = _writer_of(path)
    capsys.readouterr()
    os.kill(pid, signal.SIGKILL)
    cli_sidecar.wait_for_writers()
    assert not sidecar.sidecar_path(path).exists()  # only its temp file, never a half sidecar
    monkeypatch.undo()
    monkeypatch.setattr(sidecar, "WORTH_FROM_BYTES", 0)
    reopened = Repository.open(path)
    assert not reopened.opened.sidecar_current  # read from the JSON, as if there were no sidecar
    first = facts_json(path)  # ... and this command writes the sidecar again
    assert Repository.open(path).opened.sidecar_current
    assert facts_json(path) == first
