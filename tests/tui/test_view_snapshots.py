"""Screenshots of the cross-operation views at 120×36, compared with accepted SVGs
(update: --snapshot-update). The store is built from test records only."""

from __future__ import annotations

from tests.tui.conftest import make_app, own_store

SIZE = (120, 36)


async def _settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _app(tmp_path):
    repo, _ = own_store(tmp_path / "s.json")
    return make_app(repo)


def test_facts_table_sorted_by_figure(snap_compare, tmp_path):
    async def run_before(pilot):
        await pilot.press("2")
        await _settle(pilot)
        await pilot.press("s", "s", "s", "s", "down")  # operation, date, metric, figure (largest first)
        await _settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_facts_table_filtered(snap_compare, tmp_path):
    async def run_before(pilot):
        await pilot.press("2")
        await _settle(pilot)
        await pilot.press("slash", *"germany arrests", "enter")
        await _settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_timeline(snap_compare, tmp_path):
    async def run_before(pilot):
        await pilot.press("3")
        await _settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_compare(snap_compare, tmp_path):
    async def run_before(pilot):
        await _settle(pilot)
        await pilot.press("space", "down", "space", "4")  # Nightfall and Harbor
        await _settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_charts(snap_compare, tmp_path):
    async def run_before(pilot):
        await pilot.press("5")
        await _settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=SIZE, run_before=run_before)
