"""Textual's private API that takedown uses (tui/textual_internals.py) still exists and still
does what the speed tricks rely on. A failure here after a Textual upgrade means: re-check
tui/textual_internals.py against the new Textual before anything else."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import textual
from textual.geometry import Size

from tests.tui.conftest import make_app
from tui import textual_internals as internals

UPGRADE = "Textual changed its private API: update tui/textual_internals.py"


def test_textual_is_the_pinned_version():
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    pins = [dep for dep in pyproject["project"]["dependencies"] if re.match(r"textual\s*==", dep)]
    assert pins, "textual must be pinned exactly (tui/textual_internals.py relies on private names)"
    assert pins[0].split("==")[1].strip() == textual.__version__, UPGRADE


async def test_every_private_name_exists(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert internals.missing(app, app.screen, app.explorer.operations) == [], UPGRADE


async def test_batching_and_pending_paint_are_seen_and_painting_clears_them(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        for _ in range(50):  # a start-up repaint may still hold a batch for a moment
            if not internals.app_is_batching(app):
                break
            await pilot.pause(0.02)
        assert not internals.app_is_batching(app), UPGRADE
        with app.batch_update():
            assert internals.app_is_batching(app), UPGRADE
        assert not internals.app_is_batching(app), UPGRADE
        screen.refresh(layout=True)  # what a widget reports by message on its idle
        assert internals.screen_has_paint_pending(screen), UPGRADE
        internals.paint_screen_now(screen)
        assert not internals.screen_has_paint_pending(screen), UPGRADE


async def test_scroll_update_clamps_and_sizes_the_scrollbar(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        view = app.explorer.facts
        view.set_reactive(type(view).virtual_size, Size(0, 500))
        internals.update_scroll(view, Size(0, 500))
        assert view.vertical_scrollbar.window_virtual_size == 500, UPGRADE
        view.scroll_to(y=400, animate=False, immediate=True)
        view.set_reactive(type(view).virtual_size, Size(0, 3))
        internals.update_scroll(view, Size(0, 3))
        assert view.scroll_y == 0, UPGRADE  # the offset is clamped to the new content
