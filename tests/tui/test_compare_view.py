"""Marking operations with space and comparing them: totals and arrests per country side by
side, conflicts marked, the query narrowing the facts counted."""

from __future__ import annotations

from tests.tui.conftest import make_app, plain_of, row_texts
from tui.screens.compare_view import CompareView


async def _compare(pilot) -> CompareView:
    await pilot.press("4")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, CompareView)
    return pilot.app.screen


def _line(text: str, start: str) -> str:
    """The table row whose first cell starts with ``start``."""
    return next(line for line in text.splitlines() if line.strip("│ ").startswith(start))


async def _compare_nightfall_and_harbor(pilot) -> CompareView:
    """Mark the first two operations of the list (Nightfall, Harbor) and press 4."""
    await pilot.pause()
    await pilot.press("space", "down", "space")
    return await _compare(pilot)


def _body(view: CompareView) -> str:
    from rich.console import Console

    console = Console(width=116, record=True, color_system=None)
    console.print(view.query_one("#compare-body").content)
    return console.export_text()


async def test_space_marks_operations_in_the_list(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("space", "down", "space")  # Nightfall, Harbor
        await pilot.pause()
        ops = app.explorer.operations
        assert ops.marked == ["nightfall", "harbor"]
        lines = row_texts(ops)
        assert lines[0].startswith("● Nightfall") and lines[1].startswith("● Harbor") and not lines[2].startswith("●")
        await pilot.press("space")  # unmark Harbor
        assert ops.marked == ["nightfall"]


async def test_compare_needs_two_marked_operations(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("space")
        view = await _compare(pilot)
        assert "Mark two or more operations" in plain_of(view.query_one("#compare-body"))
        assert "Marked: Nightfall" in plain_of(view.query_one("#compare-body"))


async def test_marked_operations_side_by_side_with_conflicts(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _compare_nightfall_and_harbor(pilot)
        text = _body(view)
        arrests = _line(text, "arrests")
        assert "200 !" in arrests and "288" in arrests  # Nightfall: 160 (disputed) + 40; Harbor: worldwide
        germany = _line(text, "DE Germany")
        assert "160 !" in germany and "52" in germany
        assert "Nightfall 2024" in text and "Harbor 2023" in text


async def test_the_query_narrows_the_facts_compared(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _compare_nightfall_and_harbor(pilot)
        await pilot.press("slash", *"netherlands")
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = _body(view)
        arrests = _line(text, "arrests")
        assert "40" in arrests and "200" not in arrests and "!" not in arrests
        assert "facts matching" in str(view.query_one("#compare-box").border_title)
