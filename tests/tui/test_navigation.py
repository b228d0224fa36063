"""Keys and mouse: moving, first/last, panes, opening, going back, quitting."""

from __future__ import annotations

from tests.tui.conftest import make_app
from tui.widgets.country_pane import CountryPane
from tui.widgets.fact_detail import FactDetail
from tui.widgets.fact_list import FactList
from tui.widgets.operation_list import OperationList
from tui.widgets.search_box import SearchBox


async def test_j_k_and_arrows_move_the_operation_cursor(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        ops = app.explorer.operations
        await pilot.press("j")
        assert ops.cursor == 1 and app.explorer.op_id == "harbor"
        # The facts pane follows the operation.
        assert {f.operation for f in app.explorer.facts.rows} == {"harbor"}
        await pilot.press("down")
        assert app.explorer.op_id == "oldmarket"
        await pilot.press("down")  # clamps at the bottom
        assert ops.cursor == 2
        await pilot.press("k")
        assert app.explorer.op_id == "harbor"
        await pilot.press("up", "up")  # clamps at the top
        assert ops.cursor == 0 and app.explorer.op_id == "nightfall"


async def test_g_and_G_go_to_first_and_last(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("G")
        assert app.explorer.operations.cursor == 2 and app.explorer.op_id == "oldmarket"
        await pilot.press("g")
        assert app.explorer.operations.cursor == 0 and app.explorer.op_id == "nightfall"


async def test_fact_cursor_updates_detail_and_country(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("tab")
        assert isinstance(app.focused, FactList)
        first = app.explorer.facts.current
        assert first.metric == "arrests" and first.country == "DE"
        assert app.explorer.country == "DE"
        await pilot.press("j")
        assert app.explorer.fact_id == app.explorer.facts.rows[1].id
        await pilot.press("G")
        assert app.explorer.facts.cursor == len(app.explorer.facts.rows) - 1
        assert app.explorer.facts.current.metric == "seized_drugs"
        await pilot.press("g")
        assert app.explorer.facts.cursor == 0 and app.explorer.fact_id == first.id


async def test_tab_and_shift_tab_cycle_the_panes(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        seen = [type(app.focused)]
        for _ in range(4):
            await pilot.press("tab")
            seen.append(type(app.focused))
        assert seen == [OperationList, FactList, FactDetail, CountryPane, SearchBox]
        await pilot.press("shift+tab")
        assert isinstance(app.focused, CountryPane)


async def test_enter_opens_and_escape_goes_back(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("j", "enter")
        assert isinstance(app.focused, FactList)
        assert app.explorer.facts.current.operation == "harbor"
        await pilot.press("enter")
        assert isinstance(app.focused, FactDetail)
        await pilot.press("escape")
        assert isinstance(app.focused, FactList)
        await pilot.press("escape")
        assert isinstance(app.focused, OperationList)


async def test_mouse_click_selects_and_double_click_opens(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        ops = app.explorer.operations
        region = ops.content_region
        await pilot.click(OperationList, offset=(region.x - ops.region.x + 2, region.y - ops.region.y + 2))
        await pilot.pause()
        assert app.explorer.op_id == "oldmarket"
        facts = app.explorer.facts
        await pilot.double_click(FactList, offset=(facts.content_region.x - facts.region.x + 2, facts.content_region.y - facts.region.y))
        await pilot.pause()
        assert isinstance(app.focused, FactDetail)


async def test_q_quits_when_not_typing(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_q_types_in_search_and_ctrl_q_always_quits(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", "q")
        await pilot.pause()
        assert app.is_running and app.explorer.search_box.value == "q"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
