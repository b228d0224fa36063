"""Every view shows store strings literally: markup stays text, escapes never reach the terminal."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import make_app, row_texts
from tests.tui.test_hostile_text import assert_no_raw_escapes, hostile_store, terminal_output


async def test_the_views_show_hostile_names_literally(tmp_path: Path):
    repo, data = hostile_store(tmp_path / "evil.json")
    app = make_app(repo)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await pilot.press("space")  # mark the hostile operation (the one in the store)
        for key in ("2", "3", "4", "5"):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            output = terminal_output(app)
            assert_no_raw_escapes(output)
            assert "Op [@click" in output or key in ("4", "5"), key  # compare: two marks needed; charts: no names  # compare needs two marks
            for x, y in ((5, 6), (20, 7), (60, 8)):
                await pilot.click(offset=(x, y))
            assert app.is_running
        await pilot.press("2")
        await pilot.pause()
        lines = "\n".join(row_texts(app.screen.table))
        assert "Op [@click=app.screenshot('x.svg'," in lines
        await pilot.press("slash", *"evil")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert_no_raw_escapes(terminal_output(app))
