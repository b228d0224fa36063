"""The conflict and edited marks (``!``, ``=``, ``✎``) stand in their own column before a gap:
every row's metric starts in the same column and no mark touches its first letter."""

from __future__ import annotations

import pytest

from store import edits
from tests.tui.conftest import make_app, row_texts


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (200, 60)])
async def test_marks_are_apart_from_the_metric_and_metrics_align(store, size):
    repo, facts = store
    edits.edit_fact(repo, facts["b_de"].id, {"value": "171"})  # a conflicting fact, now edited too: "!✎"
    app = make_app(repo)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lines = [line for line in row_texts(app.explorer.facts) if line.strip()]
        edited = [line for line in lines if "171" in line]
        assert len(edited) == 1 and edited[0].startswith("!✎ ")
        # two marks, a gap, then the metric: in the same column on every row
        assert all(line[:2].strip(" !=✎") == "" and line[2] == " " and line[3].isalpha() for line in lines), lines
