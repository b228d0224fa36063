"""The charts view: arrests and seizures by year across operations as bars, one per year,
the longest bar the largest year, the query narrowing what is counted."""

from __future__ import annotations

from tests.tui.conftest import make_app
from tui.screens.charts_view import ChartsView, bar


def _text(view: ChartsView) -> str:
    from rich.console import Console

    console = Console(width=116, record=True, color_system=None)
    console.print(view.query_one("#charts-body").content)
    return console.export_text()


async def _charts(pilot) -> ChartsView:
    await pilot.press("5")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, ChartsView)
    return pilot.app.screen


def test_bars_are_proportional_to_an_eighth_of_a_cell():
    assert bar(100, 100, 10) == "█" * 10
    assert bar(50, 100, 10) == "█" * 5
    assert bar(1, 100, 10) == "▏"  # a figure never vanishes
    assert bar(0, 100, 10) == ""


async def test_arrests_and_seizures_by_year(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _charts(pilot)
        text = _text(view)
        assert "arrests by year" in text and "money seized (USD) by year" in text and "drugs seized (kg) by year" in text
        arrests = text.split("arrests by year")[1].split("by year")[0].splitlines()
        row_2023 = next(line for line in arrests if line.startswith("2023"))
        row_2024 = next(line for line in arrests if line.startswith("2024"))
        assert "288" in row_2023 and "200" in row_2024  # Harbor's worldwide figure; Nightfall's countries
        assert row_2023.count("█") > row_2024.count("█")


async def test_the_query_narrows_the_charts(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _charts(pilot)
        await pilot.press("slash", *"nightfall")
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = _text(view)
        assert "money seized" not in text  # Nightfall seized no money
        assert "Charts · 1 operation" in str(view.query_one("#charts-box").border_title)
