"""Screenshots of the analyst's screens at 120×36, compared with accepted SVGs
(update: ``--snapshot-update``): the ingest dialog, the review and the fact form."""

from __future__ import annotations

from pathlib import Path

from tests.tui.analyst.helpers import ARTICLE, app_on_store, open_text, settle

HERE = Path(__file__).parent
SIZE = (120, 36)


def _app(tmp_path):
    app = app_on_store(tmp_path)
    app.ingest_start = Path("articles")  # relative: the tree's root label is the same everywhere
    return app


def test_ingest_dialog(snap_compare, tmp_path, monkeypatch):
    monkeypatch.chdir(HERE)

    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        tree = pilot.app.screen.query_one("#ingest-tree")
        for _ in range(100):  # the tree lists the folder in its own worker
            if len(tree.root.children) == 2:
                break
            await pilot.pause(0.05)
        await pilot.pause()

    assert snap_compare(_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_review_screen(snap_compare, tmp_path):
    async def run_before(pilot):
        await settle(pilot)
        screen = open_text(pilot.app, ARTICLE, "quillfeather.txt")
        await settle(pilot)
        screen.facts.move_to(1)
        await pilot.press("space")
        await settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_edit_form(snap_compare, tmp_path):
    async def run_before(pilot):
        await settle(pilot)
        open_text(pilot.app, ARTICLE, "quillfeather.txt")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        pilot.app.screen.query_one("#form-value").value = "forty-two"
        await settle(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=SIZE, run_before=run_before)
