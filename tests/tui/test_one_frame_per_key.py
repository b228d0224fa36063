"""A key typed in the search box is shown in one frame with its results: the box, the lists,
the fact detail and the country pane never show two different queries at once; and the box
still shows a key at once when the search is slow."""

from __future__ import annotations

import asyncio
import time

from tests.tui.conftest import make_app


def _frames(app) -> list[tuple[str, tuple, str, str]]:
    """What each frame written shows: the query, the facts listed, the detail, the country."""
    shown: list[tuple[str, tuple, str, str]] = []
    display = app._display

    def recording(screen, renderable):
        display(screen, renderable)
        explorer = app.explorer
        shown.append((explorer.search_box.value, tuple(f.id for f in explorer.facts.rows),
                       explorer.detail.content.plain, explorer.country_pane.content.plain))

    app._display = recording
    return shown


def _state(app) -> tuple[str, tuple, str, str]:
    explorer = app.explorer
    return (explorer.search_box.value, tuple(f.id for f in explorer.facts.rows),
            explorer.detail.content.plain, explorer.country_pane.content.plain)


async def test_every_frame_shows_one_query_in_every_pane(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        await pilot.pause()
        frames = _frames(app)
        settled: dict[str, tuple] = {}
        for ch in "germany":
            await pilot.press(ch)
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.pause(0.05)
            settled[app.explorer.search_box.value] = _state(app)
        assert frames, "typing painted nothing"
        seen = {frame[0] for frame in frames}
        assert {"g", "germany"} <= seen
        for frame in frames:  # a frame with a query shows that query's lists and panes
            assert frame == settled[frame[0]], f"a frame mixed panes of two queries: {frame[0]!r}"
        # results that differ from key to key, so a stale pane would have been seen
        assert len({state[1:] for state in settled.values()}) > 1


async def test_a_key_shows_in_the_box_before_a_slow_search_answers(repo, monkeypatch):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        await pilot.pause()
        index = app.search_index()
        real = index.search

        def slow(query):
            time.sleep(0.4)
            return real(query)

        monkeypatch.setattr(index, "search", slow)
        frames = _frames(app)
        before = _state(app)
        await pilot.press("h")
        await asyncio.sleep(0.15)  # the search is still running
        await pilot.pause()
        assert app.workers and any(not w.is_finished for w in app.workers)
        assert frames and frames[-1][0] == "h"  # the key is on screen...
        assert frames[-1][1:] == before[1:]  # ...with the panes as they were
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause(0.05)
        assert frames[-1] == _state(app) and frames[-1][1:] != before[1:]
