"""A resize through "terminal too small" keeps the focused pane and the picked country."""

from __future__ import annotations

import pytest

from tests.tui.conftest import make_app
from tui.widgets.fact_list import FactList
from tui.widgets.operation_list import OperationList


def _footer_offers_open(app) -> bool:
    return any(active.binding.id == "list.open" for active in app.active_bindings.values())


@pytest.mark.parametrize("small", [(70, 20), (79, 40), (120, 23)])
async def test_focused_pane_survives_too_small(repo, small):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("tab")  # the facts pane
        assert isinstance(app.focused, FactList)
        await pilot.resize_terminal(*small)
        await pilot.pause()
        assert app.screen.has_class("-too-small")
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert isinstance(app.focused, FactList)
        assert _footer_offers_open(app)
        before = app.explorer.facts.cursor
        await pilot.press("j")
        assert app.explorer.facts.cursor == before + 1


async def test_operations_keep_focus_and_picked_country_stays(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("c", *"united states", "enter")
        await pilot.pause()
        assert app.explorer.country == "US" and app.explorer.country_pinned
        for size in ((70, 20), (60, 18), (200, 60), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert isinstance(app.focused, OperationList)
        assert app.explorer.country == "US" and app.explorer.country_pinned
        assert "US (picked)" in str(app.explorer.country_pane.border_title)
        await pilot.press("j")
        assert app.explorer.op_id == "harbor"


async def test_search_box_keeps_focus_through_too_small(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"har")
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        await pilot.press("b")
        assert app.explorer.search_box.value == "harb"


async def test_focus_comes_back_when_the_resize_happened_under_a_modal(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("tab")  # the facts pane
        await pilot.press("c")
        await pilot.pause()
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        await pilot.press("escape")  # the picker is cancelled while the terminal is too small
        await pilot.pause()
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert isinstance(app.focused, FactList)
        await pilot.press("question_mark")
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.focused, FactList)
