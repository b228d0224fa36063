"""Screenshots of the explorer, compared with accepted SVGs (update: --snapshot-update).

The store is built from test records only, so the pictures do not move when the bundled
dataset grows.
"""

from __future__ import annotations

import pytest

from tests.tui.conftest import make_app, own_store

SIZES = [pytest.param((120, 36), id="120x36"), pytest.param((80, 24), id="80x24")]


async def _settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _app(tmp_path):
    repo, _ = own_store(tmp_path / "s.json")
    return make_app(repo)


@pytest.mark.parametrize("size", SIZES)
def test_main_screen(snap_compare, tmp_path, size):
    async def run_before(pilot):
        await pilot.press("tab")  # the facts pane, first fact: a disputed figure
        await _settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_search(snap_compare, tmp_path, size):
    async def run_before(pilot):
        await pilot.press("slash", *"germany")
        await _settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare, tmp_path, size):
    async def run_before(pilot):
        await pilot.press("question_mark")
        await _settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_country_summary(snap_compare, tmp_path, size):
    async def run_before(pilot):
        await pilot.press("j", "c", *"united states", "enter")  # Harbor, then the US
        await _settle(pilot)
        pilot.app.explorer.country_pane.focus()
        await _settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=run_before)
