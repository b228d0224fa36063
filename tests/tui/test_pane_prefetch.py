"""The panes of a search result come with it: the search worker renders the fact detail and
the country summary for the fact the explorer will show, and the explorer paints them in the
frame with the new lists (tui/pane_prefetch.py). What is shown is what the explorer would
have rendered itself."""

from __future__ import annotations

from tests.tui.conftest import make_app
from tui.widgets.country_pane import render_country
from tui.widgets.fact_detail import render_fact

QUERIES = ["harbor", "nightfall", "germany", "arrested 160", "country:nl", "nemesis", "zzzz", "160"]


async def _settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_each_result_shows_the_panes_the_worker_made_and_they_match_a_fresh_render(repo):
    app = make_app(repo)
    used = 0
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.explorer
        for query in QUERIES:
            await pilot.press("slash", *query)
            await _settle(pilot)
            fact = screen.facts.current
            panes = screen._prepared
            assert panes is not None, query
            if fact is not None:
                expected = render_fact(screen.repo, fact, screen.terms)
                assert screen.detail.content == expected and screen.detail.content.spans == expected.spans, query
                if screen.detail.content is panes.detail.text:
                    used += 1
            op = screen.repo.operation(screen.op_id) if screen.op_id else None
            country = render_country(screen.repo, screen.country, op, screen.country_pane.chart_width())
            assert screen.country_pane.content == country, query
            await pilot.press("escape", "escape")
            await _settle(pilot)
    assert used >= len(QUERIES) // 2  # the worker's guess is what the explorer showed


async def test_a_wrong_guess_is_rendered_by_the_explorer(repo):
    """Moving in the fact list after a search shows that fact, not the worker's."""
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.explorer
        await pilot.press("slash", *"nightfall")
        await _settle(pilot)
        await pilot.press("enter")  # into the results
        await pilot.press("tab", "j")
        await _settle(pilot)
        fact = screen.facts.current
        assert screen.detail.content == render_fact(screen.repo, fact, screen.terms)
