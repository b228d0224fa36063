"""The arrests chart is drawn for the pane's width: after a resize its bars still fit on one
line each (drawn for the old width they would wrap onto two)."""

from __future__ import annotations

from rich.cells import cell_len

from tests.tui.conftest import make_app, plain_of


def _bar_lines(pane) -> list[str]:
    return [line for line in plain_of(pane).splitlines() if "█" in line or "▏" in line]


async def test_the_chart_is_drawn_again_for_a_narrower_pane(repo):
    app = make_app(repo)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        pane = app.explorer.country_pane
        wide = max(cell_len(line) for line in _bar_lines(pane))
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        width = pane.scrollable_content_region.width
        lines = _bar_lines(pane)
        assert lines and wide > width  # drawn at 200 columns, the bars would not fit now
        assert max(cell_len(line) for line in lines) <= width
