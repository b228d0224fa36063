"""Keys typed in a dialog act in the dialog: "/" in the ingest dialog's folder tree (or in any
other dialog) must not move the explorer's focus underneath, or after Escape the next keys
(j, k, q…) would be typed into the search box."""

from __future__ import annotations

import pytest

from tests.tui.analyst.helpers import app_on_store, settle
from tui.screens.ingest_dialog import IngestDialog
from tui.widgets.operation_list import OperationList
from tui.widgets.search_box import SearchBox


@pytest.mark.parametrize("opener", ["i", "question_mark"])
async def test_slash_in_a_dialog_leaves_the_explorer_focus_where_it_was(tmp_path, opener):
    (tmp_path / "a.txt").write_text("Police arrested 5 people in Spain.", encoding="utf-8")
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, OperationList)
        await pilot.press(opener)
        await settle(pilot)
        if isinstance(app.screen, IngestDialog):
            await pilot.press("tab")  # into the folder tree, where "/" is no character
            await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.explorer
        assert isinstance(app.focused, OperationList)
        await pilot.press("j")
        await settle(pilot)
        assert app.explorer.query_one(SearchBox).value == ""
