"""The timeline view: markets' lifetimes and operations' announcements on one axis, filtered
by the query, unknown dates drawn as unknown, Enter opening the operation."""

from __future__ import annotations

from tests.tui.conftest import make_app, row_texts
from tui.screens.timeline_view import TimelineView


async def _open(pilot) -> TimelineView:
    await pilot.press("3")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, TimelineView)
    return pilot.app.screen


async def test_every_market_and_operation_is_a_row_oldest_first(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        lines = [line for line in row_texts(view.timeline) if line]
        assert [line.split()[1] for line in lines] == ["Old", "Harbor", "Nightfall"]
        old = lines[0]
        assert "● Old Market" in old and "? → 2019-05" in old  # its launch: unknown, not guessed
        assert "?╌━" in old  # drawn as unknown before the shutdown
        assert "announced 2023-05" in lines[1] and "◆" in lines[1].split("2023-05")[1]
        header = view.query_one("#timeline-header").render_line(0).text
        assert "2019" in header and "2024" in header


async def test_the_query_filters_the_rows_and_zooms_the_axis(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        await pilot.press("slash", *"nightfall")
        await app.workers.wait_for_complete()
        await pilot.pause()
        lines = [line for line in row_texts(view.timeline) if line]
        assert len(lines) == 1 and "Nightfall" in lines[0]
        header = view.query_one("#timeline-header").render_line(0).text
        assert "2024" in header and "2019" not in header


async def test_enter_opens_the_operation_in_the_explorer(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        await pilot.press("down", "enter")  # Harbor
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is app.explorer
        assert app.explorer.op_id == "harbor" and app.explorer.operations.current.op.id == "harbor"
        assert view.op_id == "harbor"


async def test_the_row_under_the_cursor_is_described_with_who_closed_the_market(tmp_path):
    from store.model import Fact, Operation
    from tests.tui.conftest import own_store, plain_of

    repo, _ = own_store(tmp_path / "s.json")
    # Harbor lists "Monopoly Market" as a target: give that market a record and a lifetime
    repo.add_records(operations=[Operation(id="monopoly", name="Monopoly Market", kind="market_takedown")],
                     facts=[Fact(id="l1", operation="monopoly", metric="launched", value=None, unit=None, date="2019"),
                            Fact(id="s1", operation="monopoly", metric="shut_down", value=None, unit=None, date="2021-12"),
                            Fact(id="s2", operation="monopoly", metric="shut_down", value=None, unit=None, date="2021")])
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        rows = [line for line in row_texts(view.timeline) if line]
        at = next(i for i, line in enumerate(rows) if "Monopoly Market" in line)
        assert "2019 → 2021-12" in rows[at] and "━" in rows[at]
        for _ in range(at):
            await pilot.press("down")
        await pilot.pause()
        detail = plain_of(view.query_one("#timeline-detail"))
        assert "launched 2019 (1 fact)" in detail and "shut down 2021-12 (2 facts)" in detail
        assert "closed by Harbor (2023-05)" in detail
