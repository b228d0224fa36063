"""The explorer's writes (delete, edit, undo…) run in a worker thread: keys keep working while
one is under way, the result is applied once it is written (the panes refilled, a notice), and
a write that fails is a notice, the explorer still running and the store as it was."""

from __future__ import annotations

import threading

from store import edits
from store.repository import Repository
from tests.tui.analyst.helpers import app_on_store, ask_to_delete, said, settle


async def test_a_delete_runs_in_a_worker_while_keys_keep_working(tmp_path, monkeypatch):
    app = app_on_store(tmp_path)
    release, started, threads = threading.Event(), threading.Event(), []
    real = edits.delete_fact

    def held_delete(*args, **kwargs):
        threads.append(threading.current_thread())
        started.set()
        assert release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(edits, "delete_fact", held_delete)
    async with app.run_test(size=(120, 36)) as pilot:
        fact = await ask_to_delete(app, pilot)
        rows = len(app.explorer.facts.rows)
        await pilot.press("y")
        assert started.wait(30)
        # the write is held in its thread; the explorer still takes keys and moves
        cursor = app.explorer.facts.cursor
        await pilot.press("j")
        await pilot.pause()
        assert app.explorer.facts.cursor == cursor + 1
        assert Repository.open(app.repo.path).fact(fact.id) is not None
        release.set()
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert threads and threads[0] is not threading.main_thread()
        assert Repository.open(app.repo.path).fact(fact.id) is None
        assert len(app.explorer.facts.rows) == rows - 1  # the owner refilled the list
        assert said(app, "u undoes")


async def test_a_failed_write_is_a_notice_and_changes_nothing(tmp_path, monkeypatch):
    app = app_on_store(tmp_path)

    def failing_delete(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(edits, "delete_fact", failing_delete)
    async with app.run_test(size=(120, 36)) as pilot:
        fact = await ask_to_delete(app, pilot)
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.is_running and said(app, "No space left on device")
        assert Repository.open(app.repo.path).fact(fact.id) is not None
        assert fact in app.explorer.facts.rows
        # and an undo with nothing to undo says so, as a warning
        await pilot.press("u")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.is_running
        assert any("nothing to undo" in str(n.message) and n.severity == "warning" for n in app._notifications)


async def test_saving_a_stored_texts_review_writes_in_a_worker(tmp_path, monkeypatch):
    from tests.tui.analyst.helpers import stored_then_reopened

    app = app_on_store(tmp_path)
    threads = []
    real = edits.delete_fact

    def recording_delete(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(edits, "delete_fact", recording_delete)
    async with app.run_test(size=(120, 36)) as pilot:
        again = await stored_then_reopened(app, pilot)
        gone = again.review.drafts[0].fact
        await pilot.press("space", "ctrl+s")  # reject a stored fact, save
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.screen is app.explorer and said(app, "Saved: 0 edited, 1 deleted")
        assert threads and all(t is not threading.main_thread() for t in threads)
        assert Repository.open(app.repo.path).fact(gone.id) is None
