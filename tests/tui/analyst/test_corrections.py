"""Correcting stored facts in the explorer: e, d, u, ctrl+r, the palette's merge and move."""

from __future__ import annotations

from store.changes import readable
from store.repository import Repository
from tests.tui.analyst.helpers import app_on_store, screen_text, settle
from tests.tui.conftest import row_texts
from tui.screens.confirm import Confirm
from tui.screens.edit_form import EditForm


async def _to_fact(pilot, app, value):
    """Highlight the Nightfall fact with ``value`` in the facts pane."""
    app.explorer.goto_operation("nightfall")
    await settle(pilot)
    app.explorer.set_focus(app.explorer.facts)
    rows = list(app.explorer.facts.rows)
    index = next(i for i, f in enumerate(rows) if f.value == value and f.source)
    app.explorer.facts.move_to(index)
    await settle(pilot)
    return rows[index]


async def test_edit_undo_redo(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        fact = await _to_fact(pilot, app, 40)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditForm)
        app.screen.query_one("#form-value").value = "41"
        app.screen.query_one("#form-country").value = "Belgium"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is app.explorer
        edited = Repository.open(app.repo.path).fact(fact.id)
        assert (edited.value, edited.country, edited.edited) == (41, "BE", True)
        assert (edited.quote, edited.start, edited.end, edited.source) == (fact.quote, fact.start, fact.end, fact.source)
        assert any("✎" in line for line in row_texts(app.explorer.facts))
        assert "edited by hand" in app.explorer.detail.content.plain
        await pilot.press("u")
        await settle(pilot)
        assert Repository.open(app.repo.path).fact(fact.id) == fact
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert Repository.open(app.repo.path).fact(fact.id).value == 41
    # undo works after a restart: it is the log in the file
    from tests.tui.conftest import make_app

    again = make_app(Repository.open(tmp_path / "s.json"))
    async with again.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
    assert Repository.open(tmp_path / "s.json").fact(fact.id) == fact
    kinds = [c.kind for c in readable(Repository.open(tmp_path / "s.json").snapshot.changes)]
    assert kinds.count("undo") == 2 and "redo" in kinds


async def test_delete_asks_then_removes(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        fact = await _to_fact(pilot, app, 170)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        await settle(pilot)
        assert Repository.open(app.repo.path).fact(fact.id) is not None
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert Repository.open(app.repo.path).fact(fact.id) is None
        assert all(f.id != fact.id for f in app.explorer.facts.rows)


async def test_invalid_edit_is_refused_in_words(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await _to_fact(pilot, app, 40)
        before = app.repo.path.read_bytes()
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#form-unit").value = "litres"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, EditForm)
        assert "'litres' is not a unit for arrests" in screen_text(app)
        assert app.repo.path.read_bytes() == before


async def test_palette_merge_and_move(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        fact = await _to_fact(pilot, app, 160)
        app.prompt_move_fact()
        await settle(pilot)
        app.screen.query_one("#prompt-input").value = "Harbor"
        await pilot.press("enter")
        await settle(pilot)
        assert Repository.open(app.repo.path).fact(fact.id).operation == "harbor"
        app.explorer.goto_operation("oldmarket")
        await settle(pilot)
        app.prompt_merge_operation()
        await settle(pilot)
        app.screen.query_one("#prompt-input").value = "Harbor"
        await pilot.press("enter")
        await settle(pilot)
        repo = Repository.open(app.repo.path)
        assert repo.operation("oldmarket") is None
        assert "Old Market" in repo.operation("harbor").aliases
        assert app.explorer.op_id == "harbor"


async def test_palette_lists_the_commands(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"merge the current")
        await pilot.pause(0.3)
        assert "Merge the current operation into another" in screen_text(app)
