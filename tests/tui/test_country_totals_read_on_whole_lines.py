"""The country pane's totals: ``arrests  212 people  2 figures from 4 facts`` on one line where
it fits, else the figures and facts whole on a line of their own under the value (or as far in as they fit) — never
"from 4 facts" left alone by the wrap."""

from __future__ import annotations

import re

from tests.tui.conftest import make_app


async def test_figures_and_facts_of_a_total_stay_together(store):
    repo, _ = store
    for size in ((80, 24), (100, 30), (120, 36), (160, 40)):
        app = make_app(repo)
        async with app.run_test(size=size) as pilot:
            await app.workers.wait_for_complete()
            await pilot.press("slash", *"country:de", "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            pane = app.explorer.country_pane
            lines = [pane.render_line(y).text.rstrip() for y in range(pane.virtual_size.height)]
            assert any(re.search(r"\b2 figures from 4 facts$", line) for line in lines), (size, lines)
            assert not any(line.strip().startswith(("from ", "facts")) for line in lines), (size, lines)
            value_at = next(line.index("212 people") for line in lines if "212 people" in line)
            detail = next(line for line in lines if "figures from" in line)
            if "212 people" not in detail:  # on its own line: under the value, or as far in as it fits
                width = pane.scrollable_content_region.width
                assert detail.index("2 figures") == min(value_at, width - len("2 figures from 4 facts")), (size, lines)
