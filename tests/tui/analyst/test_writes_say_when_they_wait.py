"""A delete or undo while another process holds the store's write lock (an ingest running)
says so first — "waiting for it…" — and then happens once the lock is free: no silent freeze."""

from __future__ import annotations

import subprocess
import sys

from store.repository import Repository
from store.storage import lock_busy, lock_path
from tests.tui.analyst.helpers import app_on_store, ask_to_delete, said, settle
from tests.tui.conftest import wait_until

HOLD = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1]); lock.acquire(); print("held", flush=True); time.sleep(float(sys.argv[2]))
"""


def _hold(path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(lock_path(path)), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder




async def test_delete_behind_another_writer_says_it_waits_then_deletes(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        fact = await ask_to_delete(app, pilot)
        holder = _hold(app.repo.path, 2.5)
        try:
            assert lock_busy(app.repo.path)
            await pilot.press("y")
            await wait_until(pilot, lambda: said(app, "Another takedown process is writing the store; waiting"), 20)
            assert said(app, "Another takedown process is writing the store; waiting")
            if holder.poll() is None:  # not yet while the lock is held
                assert Repository.open(app.repo.path).fact(fact.id) is not None
            await wait_until(pilot, lambda: Repository.open(app.repo.path).fact(fact.id) is None)
        finally:
            holder.wait(timeout=30)
        assert Repository.open(app.repo.path).fact(fact.id) is None
        assert not lock_busy(app.repo.path)


async def test_a_free_store_writes_at_once_without_the_notice(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        fact = await ask_to_delete(app, pilot)
        await pilot.press("y")
        await settle(pilot)
        assert Repository.open(app.repo.path).fact(fact.id) is None
        assert not said(app, "waiting")
        await pilot.press("u")
        await settle(pilot)
        assert Repository.open(app.repo.path).fact(fact.id) is not None
