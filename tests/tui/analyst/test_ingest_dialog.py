"""The ingest dialog (``i``): files, URLs and pasted text, and refusals shown in the dialog."""

from __future__ import annotations

from textual.widgets import TabbedContent, TextArea

from tests.tui.analyst.helpers import ARTICLE, HOSTILE_ARTICLE, app_on_store, screen_text, settle
from tui.screens.edit_form import EditForm
from tui.screens.ingest_dialog import IngestDialog
from tui.screens.review import ReviewScreen


async def test_file_path_opens_review(tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="cp1251")
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, IngestDialog)
        await pilot.press(*"article.txt")
        app.screen.query_one("#ingest-path").value = str(tmp_path / "article.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.review.source.text.startswith("Operation Quillfeather")
        assert app.last_review_ready is not None


async def test_tree_lists_only_readable_files(tmp_path):
    for name in ("a.txt", "b.pdf", "c.html", "d.png", "e.exe"):
        (tmp_path / name).write_bytes(b"x")
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        shown = screen_text(app)
        assert "a.txt" in shown and "b.pdf" in shown and "c.html" in shown
        assert "d.png" not in shown and "e.exe" not in shown


async def test_pasted_text_opens_review(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        app.screen.query_one(TabbedContent).active = "ingest-paste-tab"
        app.screen.query_one(TextArea).text = ARTICLE
        app.screen.query_one("#ingest-published").value = "2025-02-04"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.review.source.published == "2025-02-04"


async def test_refusals_are_notices_in_the_dialog(tmp_path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty.txt").write_bytes(b"")
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        dialog = app.screen
        for spec, words in ((tmp_path / "binary.txt", "binary.txt"), (tmp_path / "empty.txt", "empty file"),
                            (tmp_path / "missing.txt", "no such file"),
                            ("https://example.org/a", "not fetched")):
            dialog.query_one("#ingest-path").value = str(spec)
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert app.screen is dialog
            assert words in str(dialog.query_one("#ingest-notice").render()), spec
        dialog.query_one("#ingest-published").value = "yesterday"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "not a date" in str(dialog.query_one("#ingest-notice").render())
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.explorer


async def test_hostile_text_is_shown_literally(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        from tests.tui.analyst.helpers import open_text

        open_text(app, HOSTILE_ARTICLE)
        await settle(pilot)
        shown = screen_text(app)
        assert "[bold]Redcap[/bold]" in shown and "[@click=app.quit]x[/]" in shown
        assert "\x1b" not in shown and "[link=http://evil]" in shown
        assert app.is_running
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditForm)
        shown = screen_text(app)
        assert "[link=http://evil]here[/link]" in shown
        app.screen.query_one("#form-country").value = "[red]x\x1b[2J"
        await settle(pilot)
        shown = screen_text(app)
        assert "is not a country" in shown and "\x1b" not in shown and "␛" in shown
        assert app.is_running
