"""The detail and country panes wrap only the lines they draw: what they draw is, line for
line and style for style, what a full render of their text at the pane's width draws (a
line with a hanging indent wrapped under it) — at the top, scrolled down, and after a resize."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from tests.tui.conftest import full_render, make_app
from tui.widgets.country_pane import render_country
from tui.widgets.fact_detail import render_fact
from tui.widgets.wrapped_text import WrappedText, logical_lines

WIDTHS = (7, 23, 41, 58, 117)
BASE = Style(bgcolor="#202020", color="#d0d0d0")


def _full(console: Console, text: Text, width: int, base: Style) -> list[Strip]:
    return full_render(console, text, width, base)


def _look(strips) -> list:
    """What each line shows: its cells and their styles (zero-width segments show nothing)."""
    return [[(s.text, s.style) for s in strip if s.text] for strip in strips]


def _lazy(console: Console, text: Text, width: int, base: Style) -> list:
    view = WrappedText(logical_lines(text), console, width, base)
    return _look(view.strip(y) for y in range(view.height))


def _console() -> Console:
    return Console(width=200, force_terminal=True, color_system="truecolor", legacy_windows=False)


def test_fact_details_draw_what_a_full_render_draws(bundled, store):
    console = _console()
    texts = []
    for repo in (bundled, store[0]):
        facts = list(repo.facts())[:60]
        assert facts
        for fact in facts:
            texts.append(render_fact(repo, fact))
            texts.append(render_fact(repo, fact, ("arrest", "market")))
    for text in texts:
        for width in WIDTHS:
            assert _lazy(console, text, width, BASE) == _look(_full(console, text, width, BASE))


def test_country_summaries_draw_what_a_full_render_draws(bundled, store):
    console = _console()
    checked = 0
    for repo in (bundled, store[0]):
        ops = list(repo.operations())[:5] + [None]
        codes = sorted({f.country for f in repo.facts() if f.country})[:12] + [None]
        for op in ops:
            for code in codes:
                for width in WIDTHS:
                    text = render_country(repo, code, op, max(20, width))
                    assert _lazy(console, text, width, BASE) == _look(_full(console, text, width, BASE))
                    checked += 1
    assert checked > 100


def test_odd_texts_draw_what_a_full_render_draws():
    console = _console()
    texts = [
        Text(""),
        Text("\n"),
        Text("ends with a newline\n\n"),
        Text("tab\there and\ttwo", style="bold"),
        Text.assemble(("a" * 300, "red"), " ", ("word " * 50, "italic"), "\n", "Ночь " * 40),
        Text("wide 漢字 " * 30),
        Text("centred line that is long enough to be wrapped somewhere " * 3, justify="center"),
    ]
    for text in texts:
        for width in WIDTHS:
            assert _lazy(console, text, width, BASE) == _look(_full(console, text, width, BASE))


def _drawn(pane) -> list[str]:
    return [pane.render_line(y).text for y in range(pane.scrollable_content_region.height)]


def _expected(pane) -> list[str]:
    width = pane.scrollable_content_region.width
    full = _full(pane.app.console, pane.content, width, pane.rich_style)
    top = round(pane.scroll_y)
    rows = [strip.text for strip in full[top:top + pane.scrollable_content_region.height]]
    return rows + [" " * width] * (pane.scrollable_content_region.height - len(rows))


async def test_panes_scroll_to_their_later_lines_and_rewrap_on_resize(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.explorer
        await app.workers.wait_for_complete()
        await pilot.pause()
        for pane in (screen.detail, screen.country_pane):
            assert pane.virtual_size.height == len(_full(app.console, pane.content, pane.scrollable_content_region.width,
                                                          pane.rich_style))
            assert _drawn(pane) == _expected(pane)
        country = screen.country_pane
        assert country.virtual_size.height > country.scrollable_content_region.height  # there is more below
        first = _drawn(country)
        country.scroll_end(animate=False)
        await pilot.pause()
        assert round(country.scroll_y) > 0
        assert _drawn(country) == _expected(country) != first
        await pilot.resize_terminal(160, 44)
        await pilot.pause()
        await pilot.pause()
        for pane in (screen.detail, screen.country_pane):
            assert _drawn(pane) == _expected(pane)
            assert pane.virtual_size.height == len(_full(app.console, pane.content, pane.scrollable_content_region.width,
                                                          pane.rich_style))
