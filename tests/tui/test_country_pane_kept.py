"""The country pane keeps its renderings of (country, operation) pairs: coming back to a pair
shows exactly what a fresh render would, and a new snapshot never shows an old one."""

from __future__ import annotations

from tests.tui.conftest import make_app
from tui.widgets.country_pane import render_country


def _fresh(screen):
    op = screen.repo.operation(screen.op_id) if screen.op_id else None
    return render_country(screen.repo, screen.country, op, screen.country_pane.chart_width())


async def test_moving_back_and_forth_shows_what_a_fresh_render_would(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.explorer
        seen = []
        for key in ["j", "j", "k", "k", "j", "k"]:
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            expected = _fresh(screen)
            assert screen.country_pane.content == expected
            assert screen.country_pane.content.spans == expected.spans
            seen.append((screen.country, screen.op_id))
        assert len(set(seen)) > 1  # it did move between pairs
        assert len(screen.country_pane._kept) >= 2


async def test_a_new_snapshot_renders_anew(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.explorer
        await pilot.pause()
        shown = screen.country_pane.content
        old = screen.repo.snapshot
        from store.snapshot import Snapshot

        snap = old
        screen.repo.snapshot = Snapshot.build(snap.sources.values(), snap.operations.values(), snap.facts, snap.changes)
        screen.country_pane._shown = None
        op = screen.repo.operation(screen.op_id) if screen.op_id else None
        screen.country_pane.show(screen.repo, screen.country, op)
        kept = [entry for key, entry in screen.country_pane._kept.items() if key[0] == id(screen.repo.snapshot)]
        assert kept and kept[0][0] is screen.repo.snapshot  # rendered for the new snapshot, not reused
        assert all(entry[0] is screen.repo.snapshot for entry in screen.country_pane._kept.values())  # old one let go
        assert screen.country_pane.content == _fresh(screen) == shown
