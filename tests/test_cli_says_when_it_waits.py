"""A command that must wait for another process's write lock says so on stderr at once (one
line), then does its work when the lock is free: a wait of up to a minute is never silence."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from store import storage
from store.repository import Repository
from store.storage import lock_path
from tui.cli import main

HOLD = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1]); lock.acquire(); print("held", flush=True); time.sleep(float(sys.argv[2]))
"""


def _hold(path: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(lock_path(path)), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_an_edit_behind_another_writer_says_it_waits_then_edits(capsys, store_path: Path):
    repo = Repository.open(store_path)
    fact = repo.facts()[0]
    holder = _hold(store_path, 1.5)
    try:
        started = time.monotonic()
        code = main(["edit", fact.id, "--value", "777", "--db", str(store_path)])
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    out, err = capsys.readouterr()
    assert code == 0 and waited >= 1.0
    assert err.count("\n") == 1 and "another takedown process is writing; waiting" in err
    assert Repository.open(store_path).fact(fact.id).value == 777
    assert storage.on_lock_wait is None  # a library caller after main() waits quietly


def test_no_wait_no_word(capsys, store_path: Path):
    repo = Repository.open(store_path)
    fact = repo.facts()[0]
    assert main(["edit", fact.id, "--value", "778", "--db", str(store_path)]) == 0
    assert "waiting" not in capsys.readouterr().err
