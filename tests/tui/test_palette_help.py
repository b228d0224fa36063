"""The command palette (operations, countries, facts, Textual's own) and the help screen."""

from __future__ import annotations

from textual.app import App
from textual.command import CommandPalette

from tests.tui.conftest import make_app, plain_of
from tui.app import TakedownApp
from tui.commands import CountryCommands, FactCommands, OperationCommands
from tui.screens.help import HelpScreen


def test_commands_extend_textuals_own():
    assert App.COMMANDS <= TakedownApp.COMMANDS
    assert {OperationCommands, CountryCommands, FactCommands} <= TakedownApp.COMMANDS


async def _palette(pilot, query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*query)
    await pilot.pause(0.4)
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_jumps_to_an_operation(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _palette(pilot, "operation old market")
        assert app.explorer.op_id == "oldmarket"


async def test_palette_jumps_to_a_country(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _palette(pilot, "country: united kingdom")
        assert app.explorer.country == "GB" and app.explorer.country_pinned


async def test_palette_jumps_to_a_fact(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _palette(pilot, "Bundeskriminalamt")
        assert app.explorer.fact_id == facts["c_de"].id
        assert "Trade wire" in plain_of(app.screen.query_one("#detail"))


async def test_help_opens_lists_the_keys_and_closes(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body")
        lines = app.screen.query_one("#help-box").render_lines
        assert lines  # rendered
        from rich.console import Console

        from tui.screens.help import help_table

        console = Console(width=100, record=True)
        console.print(help_table())
        text = console.export_text()
        for key in ("/", "c", "?", "ctrl+p", "tab / shift+tab", "g / G", "j / k", "escape", "ctrl+q"):
            assert key in text
        assert body.display
        await pilot.press("q")  # closes the help, does not quit
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_footer_shows_live_bindings(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        keys = {b.binding.id for b in app.active_bindings.values() if b.binding.show}
        assert {"app.search", "app.country", "app.help", "app.quit", "list.open"} <= keys
        await pilot.press("slash")
        keys = {b.binding.id for b in app.active_bindings.values() if b.binding.show}
        assert "search.escape" in keys and "list.open" not in keys
