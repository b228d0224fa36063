"""Typing stays fluid because unchanged rows are not rendered again (see row_list.py)."""

from __future__ import annotations

from tests.tui.conftest import make_app
from tui.widgets.operation_list import OperationList


async def test_a_row_that_looks_the_same_is_not_rendered_again(repo, monkeypatch):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        rendered: list[str] = []
        real = OperationList.render_row

        def counting(self, row, width):
            rendered.append(row.op.id)
            return real(self, row, width)

        monkeypatch.setattr(OperationList, "render_row", counting)
        ops = app.explorer.operations
        ops.set_rows(list(ops.rows), ops.cursor, ops.terms)  # the same rows again
        await pilot.pause()
        assert rendered == []
        ops.set_rows(list(ops.rows), ops.cursor, ("harbor",))  # a new highlight on one row only
        await pilot.pause()
        assert "harbor" in rendered  # the row it highlights is drawn again...
        assert "oldmarket" not in rendered  # ...a row it does not touch comes from the cache


async def test_typing_keeps_every_pane_where_it_is(repo, monkeypatch):
    """Search results change the lists' lengths and the panes' texts, never the layout: the
    columns do not shift as a list starts or stops scrolling, and no key lays out (and so
    repaints) the whole screen."""
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash")  # focus moves: the footer shows other keys (a layout)
        await pilot.pause()
        screen = app.explorer
        panes = (screen.operations, screen.facts, screen.detail, screen.country_pane)
        widths = [pane.scrollable_content_region.width for pane in panes]
        layouts = 0
        real = type(screen)._refresh_layout

        def counting(self, *args, **kwargs):
            nonlocal layouts
            layouts += 1
            return real(self, *args, **kwargs)

        monkeypatch.setattr(type(screen), "_refresh_layout", counting)
        for query in ("harbor", "nosuchthing", "germany"):
            screen.search_box.value = ""
            for ch in query:
                await pilot.press(ch)
                await app.workers.wait_for_complete()
                await pilot.pause()
        assert screen.detail.content.plain and screen.facts.rows
        assert layouts == 0
        assert [pane.scrollable_content_region.width for pane in panes] == widths
        # a list longer than its pane scrolls, in the same width, and its scrollbar says so
        facts = screen.facts
        fitting = facts.vertical_scrollbar.render_lines(facts.vertical_scrollbar.size.region)
        facts.set_rows([facts.rows[0]] * 200)
        await pilot.pause()
        assert facts.max_scroll_y > 0 and facts.scrollable_content_region.width == widths[1]
        bar = facts.vertical_scrollbar
        assert bar.window_virtual_size == 200 and bar.render_lines(bar.size.region) != fitting
        facts.set_rows([facts.rows[0]] * 3)
        await pilot.pause()
        assert facts.max_scroll_y == 0 and bar.render_lines(bar.size.region) == fitting
