"""The review's list of proposed facts names each metric whole: "shut down" and "launched" are
not cut to "shut do…" in the 120-column review, and an event shows its date where a figure would be."""

from __future__ import annotations

from tests.tui.analyst.helpers import app_on_store, open_text, screen_text, settle

ARTICLE = (
    "Police arrest 61 in crackdown on darknet market Nightjar\n\n"
    "Police in six countries have arrested 61 people in an operation against the darknet marketplace "
    "Nightjar, Europol said. The operation, code-named Operation Glasswing, was led by German investigators.\n\n"
    "Nightjar had operated since 2021 and was taken offline on 10 February 2025."
)


async def test_event_rows_name_their_metric_whole_and_show_their_date(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        open_text(app, ARTICLE)
        await settle(pilot)
        drafts = app.screen.review.drafts
        assert any(d.fact.metric == "shut_down" for d in drafts), [d.fact.metric for d in drafts]
        shown = screen_text(app)
        assert "shut do…" not in shown
        row = next(line for line in shown.splitlines() if "shut down" in line)
        assert "2025-02-10" in row
