"""The search's hints stay under the search box for as long as the query holds (no toasts)."""

from __future__ import annotations

import html

from tests.tui.conftest import make_app


async def _type(pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _hint(app) -> str:
    return str(app.explorer.search_box.border_subtitle or "")


async def test_unknown_field_hint_stays_while_the_query_does(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "slash", *"foo:x")
        assert "unknown field 'foo:'" in _hint(app)
        await _type(pilot, *" harbor")  # typing on: the field is still unknown
        assert "unknown field 'foo:'" in _hint(app)
        assert not app._notifications  # a hint, not a toast that goes while the query stays
        await _type(pilot, "escape")  # the query is cleared: so is its hint
        assert _hint(app) == ""


async def test_close_names_hint_goes_with_the_typo(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "slash", *"nigthfall")
        assert "close names" in _hint(app)
        assert not app._notifications
        for _ in "nigthfall":
            await pilot.press("backspace")
        await _type(pilot, *"nightfall")
        assert "close names" not in _hint(app)
        assert app.explorer.operations.current.op.id == "nightfall"


async def test_hint_is_shown_on_screen_under_the_box(repo):
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await _type(pilot, "slash", *"foo:x")
        screen = html.unescape(app.export_screenshot()).replace("\xa0", " ")
        assert "unknown field 'foo:'" in screen
