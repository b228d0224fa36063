"""Escape in a pane goes back a level or does nothing; only "/" focuses the search box."""

from __future__ import annotations

from tests.tui.conftest import make_app
from tui.widgets.fact_list import FactList
from tui.widgets.operation_list import OperationList


async def test_escape_from_the_operations_does_not_enter_the_search(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.focused, OperationList)
        await pilot.press("j", "j")
        assert app.explorer.search_box.value == ""
        assert app.explorer.op_id == "oldmarket"
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_escapes_from_the_detail_climb_back_to_the_operations_and_stop(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "enter")  # operation → facts → detail
        await pilot.press("escape")
        assert isinstance(app.focused, FactList)
        await pilot.press("escape", "escape")  # the second one, at the top level, does nothing
        assert isinstance(app.focused, OperationList)
        await pilot.press("j", "j", "j")
        assert app.explorer.search_box.value == ""
        assert app.explorer.operations.cursor == 2


async def test_escape_in_the_country_pane_goes_back_to_the_facts(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab", "tab")  # operations → facts → detail → country
        await pilot.press("escape", "escape")
        assert isinstance(app.focused, OperationList)
        assert app.explorer.search_box.value == ""


async def test_slash_still_focuses_the_search(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("escape", "slash", *"harb")
        assert app.explorer.search_box.value == "harb"
