"""A fast burst of keys ("/harbor⏎2", typed quickly or sent by tmux) does what it says: the
query is "harbor" and 2 opens the facts table with it, not a query "harbor2"."""

from __future__ import annotations

from textual import events

from tests.tui.conftest import make_app
from tui.screens.facts_view import FactsView


async def test_a_key_right_after_enter_in_the_explorers_search_box_is_a_key(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.explorer.focus_search()
        await pilot.pause()
        for key in (*"harbor", "enter", "2"):  # posted at once: none waits for the one before
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.explorer.search_box.value == "harbor"
        assert isinstance(app.screen, FactsView) and app.screen.search_box.value == "harbor"
