"""A view key (2–5) pressed on the loading screen is remembered: the view opens once the
store is open, instead of the key being dropped."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from store.repository import Repository
from tests.tui.conftest import own_store
from tui import app as app_module
from tui.app import TakedownApp
from tui.screens.explorer import ExplorerScreen
from tui.screens.loading import LoadingScreen


async def _until(predicate, pilot, seconds: float = 10) -> None:
    for _ in range(int(seconds / 0.02)):
        if predicate():
            return
        await asyncio.sleep(0.02)
        await pilot.pause()
    raise AssertionError("timed out")


def _held_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The store's open waits for the returned event: the loading screen stays until then."""
    release = threading.Event()
    real_open = Repository.open

    def slow_open(path, *args, **kwargs):
        release.wait(10)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(app_module.Repository, "open", staticmethod(slow_open))
    return release


@pytest.mark.parametrize(("key", "view"), [("2", "FactsView"), ("3", "TimelineView")])
async def test_a_view_key_pressed_while_loading_opens_that_view_once_loaded(tmp_path: Path, monkeypatch, key, view):
    path = tmp_path / "s.json"
    own_store(path)
    release = _held_open(monkeypatch)
    app = TakedownApp(path=path, poll_interval=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        await pilot.press(key)
        assert isinstance(app.screen, LoadingScreen)
        release.set()
        await _until(lambda: type(app.screen).__name__ == view, pilot)
        await pilot.press("1")  # and back to the explorer, which is beneath it
        await _until(lambda: isinstance(app.screen, ExplorerScreen), pilot)


async def test_the_last_key_wins_and_1_means_stay_in_the_explorer(tmp_path: Path, monkeypatch):
    path = tmp_path / "s.json"
    own_store(path)
    release = _held_open(monkeypatch)
    app = TakedownApp(path=path, poll_interval=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("2", "1")
        release.set()
        await _until(lambda: isinstance(app.screen, ExplorerScreen), pilot)
        for _ in range(10):
            await pilot.pause()
        assert isinstance(app.screen, ExplorerScreen)
