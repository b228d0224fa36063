"""Store text is data: markup and escape sequences in a quote show literally and never act."""

from __future__ import annotations

from tests.tui.conftest import make_app, plain_of, row_texts
from tui.widgets.text import safe


def test_safe_keeps_length_and_shows_controls():
    text = "a\x1b[2Jb\x07\u202e"
    shown = safe(text)
    assert len(shown) == len(text)
    assert "\x1b" not in shown and "␛[2J" in shown and "␇" in shown
    assert safe("[bold]x[/bold]") == "[bold]x[/bold]"


async def test_hostile_quote_is_shown_literally_and_does_nothing(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.goto_fact(facts["hostile"].id)
        await pilot.pause()
        text = plain_of(app.screen.query_one("#detail"))
        assert "[bold]x[/bold] [@click=app.quit]" in text
        assert "␛[2J" in text and "\x1b" not in text
        # Clicking on the would-be link does not quit.
        await pilot.click("#detail", offset=(30, 1))
        await pilot.click("#detail", offset=(40, 2))
        await pilot.pause()
        assert app.is_running
        svg = app.export_screenshot()
        assert "[@click=app.quit]".replace(" ", "&#160;") in svg or "@click=app.quit" in svg
        assert "\x1b" not in svg


async def test_hostile_operation_name_in_lists_titles_and_palette(tmp_path):
    from store.model import Fact, Operation, Source, sha256_text, stable_id
    from store.repository import Repository
    from store.storage import create, empty_document

    path = tmp_path / "h.json"
    create(path, empty_document())
    repo = Repository.open(path)
    name = "[red]Evil[/red] [@click=app.quit]x\x1b[31m"
    text = f"{name} caused 7 arrests."
    src = Source(id="src-h", title="[b]T[/b]", text=text, sha256=sha256_text(text))
    op = Operation(id="evil", name=name, announced="2024")
    fact = Fact(id=stable_id("f", "h"), operation="evil", metric="arrests", value=7, unit="people", source="src-h",
                quote=text, start=text.index("7"), end=text.index("7") + 1)
    repo.add_records(sources=[src], operations=[op], facts=[fact])
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert row_texts(app.explorer.operations)[0].startswith("[red]Evil[/red] [@click")
        from textual.content import Content

        title = Content.from_markup(app.explorer.facts.border_title).plain  # the getter gives escaped markup
        assert title.startswith("Facts · [red]Evil[/red] [@click=app.quit]x␛[31m")
        await pilot.press("ctrl+p")
        await pilot.press(*"evil")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and app.explorer.op_id == "evil"
