"""Sharing from the explorer: y copies a fact's citation, x exports the focused pane to a file."""

from __future__ import annotations

import csv
import io
import json

from tests.tui.analyst.helpers import app_on_store, settle
from tui.screens.export_dialog import ExportDialog


async def test_copy_citation(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.explorer.goto_operation("nightfall")
        await settle(pilot)
        app.explorer.set_focus(app.explorer.facts)
        index = next(i for i, f in enumerate(app.explorer.facts.rows) if f.metric == "seized_drugs")
        app.explorer.facts.move_to(index)
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        text = app.clipboard
        assert text.startswith("drugs seized: 5 kg — Nightfall — Germany")
        assert "[bold]x[/bold]" in text  # the quote, literally
        assert "\x1b" not in text  # sanitised: the escape in the quote does not reach the clipboard
        assert "Europol: Operation Nightfall" in text and "europol.txt" in text and "2024-03-05" in text


async def _export(pilot, app, tmp_path, name, fmt):
    await pilot.press("x")
    await settle(pilot)
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    dialog.query_one("#export-format").value = fmt
    await settle(pilot)
    dialog.query_one("#export-path").value = str(tmp_path / name)
    await pilot.press("enter")
    await settle(pilot)
    assert app.screen is app.explorer
    return (tmp_path / name).read_text(encoding="utf-8")


async def test_export_what_is_on_screen(tmp_path):
    app = app_on_store(tmp_path)
    app.export_folder = tmp_path
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"harbor", "enter")
        await settle(pilot)
        app.explorer.set_focus(app.explorer.operations)
        ops = json.loads(await _export(pilot, app, tmp_path, "ops.json", "json"))
        assert [op["name"] for op in ops] == [row.op.name for row in app.explorer.operations.rows]
        assert any(f["quote"] == "Operation Harbor led to 288 arrests worldwide." for f in ops[0]["facts"])
        app.explorer.set_focus(app.explorer.facts)
        rows = list(csv.DictReader(io.StringIO(await _export(pilot, app, tmp_path, "facts.csv", "csv"))))
        assert len(rows) == len(app.explorer.facts.rows)
        assert {r["value"] for r in rows} >= {"288", "153"}
        app.explorer.goto_country("US")
        app.explorer.set_focus(app.explorer.country_pane)
        markdown = await _export(pilot, app, tmp_path, "us.md", "md")
        assert "United States" in markdown and "Harbor" in markdown


async def test_export_refuses_to_overwrite(tmp_path):
    app = app_on_store(tmp_path)
    app.export_folder = tmp_path
    (tmp_path / "taken.csv").write_text("keep me")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(tmp_path / "taken.csv")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert "already exists" in str(app.screen.query_one("#export-error").render())
    assert (tmp_path / "taken.csv").read_text() == "keep me"


async def test_s_cycles_the_sort_of_the_focused_list(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        explorer = app.explorer
        explorer.set_focus(explorer.operations)
        await pilot.press("s")
        await settle(pilot)
        names = [row.op.name for row in explorer.operations.rows]
        assert names == sorted(names, key=str.casefold)
        assert "by name" in str(explorer.operations.border_title)
        await pilot.press("s")
        await settle(pilot)
        arrests = [row.headline.value if row.headline else -1 for row in explorer.operations.rows]
        assert arrests == sorted(arrests, reverse=True)
        assert "by arrests" in str(explorer.operations.border_title)
        explorer.goto_operation("harbor")
        await settle(pilot)
        explorer.set_focus(explorer.facts)
        await pilot.press("s")
        await settle(pilot)
        values = [f.value for f in explorer.facts.rows if f.value is not None]
        assert values == sorted(values, reverse=True) and len(values) > 3
        assert "by value" in str(explorer.facts.border_title)
        await pilot.press("s")
        await settle(pilot)
        assert "by country" in str(explorer.facts.border_title)
