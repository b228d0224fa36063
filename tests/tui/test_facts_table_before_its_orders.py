"""The facts table is usable before its sort keys exist (seconds at a million facts): every
matched fact shows at once in the store's order, the title says so, and the explorer's order
replaces it when made — at the top, or on the fact the user moved the cursor to. A sort
likewise shows its top unless the user moved the cursor."""

from __future__ import annotations

import asyncio
import threading

from tests.tui.conftest import make_app, row_texts
from tui.screens.facts_view import FactsView


def _held(app) -> threading.Event:
    """Make the app's facts table wait for the returned event (as a slow build would)."""
    release = threading.Event()
    build = app.fact_table

    def slow_build():
        release.wait(10)
        return build()

    app.fact_table = slow_build
    return release


def _operation_names(repo, facts) -> list[str]:
    return [repo.operation(f.operation).name.split()[0] for f in facts]


async def _open_held(pilot) -> FactsView:
    await pilot.press("2")
    for _ in range(50):
        await pilot.pause()
        if isinstance(pilot.app.screen, FactsView) and pilot.app.screen.table.rows:
            break
    view = pilot.app.screen
    assert isinstance(view, FactsView)
    return view


async def test_rows_show_at_once_in_store_order_while_the_table_is_made(store):
    repo, _ = store
    app = make_app(repo)
    release = _held(app)
    async with app.run_test(size=(120, 36)) as pilot:
        try:
            view = await _open_held(pilot)
            facts = repo.snapshot.facts
            assert len(view.table.rows) == len(facts)
            assert "in store order" in str(view.box.border_title)
            shown = [line.split()[0] for line in row_texts(view.table) if line]
            assert shown == _operation_names(repo, facts[: len(shown)])
            await pilot.press("slash", *"netherlands")  # a query filters the rows meanwhile
            for _ in range(50):
                await pilot.pause(0.02)
                if len(view.table.rows) < len(facts):
                    break
            lines = [line for line in row_texts(view.table) if line]
            assert lines and all(" NL " in line for line in lines)
            assert str(view.box.border_title).startswith(f"Facts {len(lines)} of {len(facts)} · in store order")
        finally:
            release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "in store order" not in str(view.box.border_title)


async def test_the_explorers_order_arrives_at_the_top_when_the_cursor_was_not_moved(store):
    repo, _ = store
    app = make_app(repo)
    release = _held(app)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open_held(pilot)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        explorer = [f for op in repo.operations() for f in repo.ordered_facts(op.id)]
        assert view.table.cursor == 0 and view.table.current is explorer[0]
        shown = [line.split()[0] for line in row_texts(view.table) if line]
        assert shown == _operation_names(repo, explorer[: len(shown)])


async def test_the_fact_the_user_moved_to_stays_under_the_cursor_when_the_order_arrives(store):
    repo, _ = store
    app = make_app(repo)
    release = _held(app)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open_held(pilot)
        await pilot.press("down", "down", "down")
        await pilot.pause()
        chosen = view.table.current
        assert chosen is repo.snapshot.facts[3]
        release.set()
        await app.workers.wait_for_complete()
        await asyncio.sleep(0.05)
        await pilot.pause()
        assert "in store order" not in str(view.box.border_title)
        assert view.table.current is chosen


async def test_a_sort_from_the_top_row_shows_the_top_of_the_sorted_table(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 12)) as pilot:  # fewer lines than facts: the view scrolls
        await pilot.press("2")
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen
        view.sort_by("figure")  # largest first, from the top
        await app.workers.wait_for_complete()
        await pilot.pause()
        order = view._table.rows(None, "figure", True)
        assert view.table.cursor == 0 and view.table.current is repo.snapshot.facts[int(order[0])]
        await pilot.press("down", "down")
        await pilot.pause()
        chosen = view.table.current
        view.sort_by("date")  # the cursor was moved: it stays on its fact
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.table.current is chosen
