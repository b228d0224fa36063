"""The timeline's year labels come at a regular, round step (every year, 2, 5, 10…) and a
regular number of cells apart, at every terminal width, and the grid lines sit on them."""

from __future__ import annotations

import re

from tests.tui.conftest import make_app, row_texts
from tui.screens.timeline_view import TimelineView


async def test_year_labels_are_evenly_stepped_and_spaced(bundled):
    for width in (80, 90, 100, 120, 160):
        app = make_app(bundled)
        async with app.run_test(size=(width, 30)) as pilot:
            await pilot.press("3")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, TimelineView)
            header = app.screen.query_one("#timeline-header").render_line(0).text
            axis_at = header.index("Dates") + 5
            labels = [(int(m.group()), m.start()) for m in re.finditer(r"\b(19|20)\d\d\b", header[axis_at:])]
            assert len(labels) >= 3, (width, header)
            years = {b[0] - a[0] for a, b in zip(labels, labels[1:])}
            cells = {b[1] - a[1] for a, b in zip(labels, labels[1:])}
            assert len(years) == 1 and len(cells) == 1, (width, header)
            step, spacing = years.pop(), cells.pop()
            assert step in (1, 2, 5, 10) and all(year % step == 0 for year, _ in labels), (width, header)
            assert spacing >= 5, (width, header)  # labels never touch
            # every grid line of a row stands on the step: under a label, or where one did not fit
            row = next(line for line in row_texts(app.screen.timeline) if "┊" in line)
            grid = {i - axis_at for i, ch in enumerate(row) if ch == "┊" and i >= axis_at}
            first = labels[0][1]
            assert grid and all((at - first) % spacing == 0 for at in grid), (width, header, row)
