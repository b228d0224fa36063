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
