"""Palette entries of the same figure from different sources can be told apart."""

from __future__ import annotations

from tests.tui.conftest import make_app
from tui.commands import FactCommands


async def _fact_hits(app, query: str) -> list[str]:
    provider = FactCommands(app.screen, None)
    return [str(hit.prompt) async for hit in provider.search(query)]


async def test_same_figure_entries_name_outlet_tier_and_date(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.app.workers.wait_for_complete()
        hits = [h for h in await _fact_hits(app, "nightfall arrests") if "160 people DE" in h]
        assert len(hits) == 2 and len(set(hits)) == 2
        assert any("europol.txt official 2024-03-05" in h for h in hits)
        assert any("wire.txt news 2024-03-08" in h for h in hits)


async def test_every_fact_entry_of_an_operation_is_distinct(bundled):
    app = make_app(bundled)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.app.workers.wait_for_complete()
        hits = await _fact_hits(app, "raptor arrests")
        assert len(hits) >= 2
        assert len(set(hits)) == len(hits), sorted(h for h in hits if hits.count(h) > 1)


async def test_palette_worldwide_clears_a_picked_country(repo):
    from textual.command import CommandPalette

    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c", *"germany", "enter")
        await pilot.app.workers.wait_for_complete()
        assert app.explorer.country_pinned and app.explorer.search_box.value == "country:de"
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"country: worldwide")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.explorer.country_pinned and app.explorer.search_box.value == ""
        assert len(app.explorer.operations.rows) == 3
