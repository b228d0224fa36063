"""The notice after u / ctrl+r says once what was undone or redone ("Undid #1: deleted …"), not
"Undone: undid #1: deleted …", and says how to take it back."""

from __future__ import annotations

from tests.tui.analyst.helpers import app_on_store, settle
from tests.tui.analyst.test_corrections import _to_fact


def _last_notice(app) -> str:
    return list(app._notifications)[-1].message


async def test_undo_and_redo_notices_say_it_once(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await _to_fact(pilot, app, 40)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        undone = _last_notice(app)
        assert undone.startswith("Undid #1: deleted") and "ndone" not in undone
        assert "ctrl+r" in undone
        await pilot.press("ctrl+r")
        await settle(pilot)
        redone = _last_notice(app)
        assert redone.startswith("Redid #1: deleted") and "edone" not in redone
