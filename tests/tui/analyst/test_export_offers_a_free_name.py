"""``x`` twice on the same pane the same day: the dialog offers a name no file has yet
(``…-2.csv``), so the second export is written, not refused with "already exists"."""

from __future__ import annotations

from store import share
from tests.tui.analyst.helpers import app_on_store, settle
from tui.screens.export_dialog import ExportDialog


async def _export_with_the_offered_name(pilot, app) -> str:
    await pilot.press("x")
    await settle(pilot)
    assert isinstance(app.screen, ExportDialog)
    offered = app.screen.query_one("#export-path").value
    await pilot.press("enter")
    await settle(pilot)
    assert app.screen is app.explorer, "the export was refused"
    return offered


async def test_a_second_export_gets_a_name_of_its_own(tmp_path):
    app = app_on_store(tmp_path)
    app.export_folder = tmp_path
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.explorer.set_focus(app.explorer.facts)
        first = await _export_with_the_offered_name(pilot, app)
        second = await _export_with_the_offered_name(pilot, app)
    assert first != second and second.endswith("-2.csv")
    assert (tmp_path / first).read_text(encoding="utf-8") == (tmp_path / second).read_text(encoding="utf-8")


async def test_switching_the_format_offers_a_free_name_too(tmp_path):
    app = app_on_store(tmp_path)
    app.export_folder = tmp_path
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.explorer.set_focus(app.explorer.facts)
        offered = await _export_with_the_offered_name(pilot, app)
        (tmp_path / offered).with_suffix(".json").write_text("mine", encoding="utf-8")
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#export-format").value = "json"
        await settle(pilot)
        assert app.screen.query_one("#export-path").value.endswith("-2.json")


def test_unused_path_counts_up(tmp_path):
    target = tmp_path / "a.csv"
    assert share.unused_path(target) == target
    target.write_text("x")
    (tmp_path / "a-2.csv").write_text("x")
    assert share.unused_path(target) == tmp_path / "a-3.csv"
