"""Articles and helpers for the analyst flows (ingest dialog, review, form)."""

from __future__ import annotations

from pathlib import Path

from store.ingest.pipeline import propose
from store.ingest.reading import read_pasted
from tests.tui.conftest import make_app, own_store

ARTICLE = (
    "Operation Quillfeather: police arrest 42 across Europe\n\n"
    "Europol said on Tuesday that Operation Quillfeather, a joint action against a darknet market, led to 42 arrests. "
    "In Spain 17 people were detained and in France 12 suspects were arrested. "
    "Investigators seized EUR 1.2 million in cash and 35 kg of drugs.\n\n"
    "The market had about 90,000 users. Police in Italy also searched 9 homes."
)
HOSTILE_ARTICLE = (
    "Operation [bold]Redcap[/bold] hit the market [@click=app.quit]x[/] hard.\n\n"
    "Police arrested 31 people in Poland [link=http://evil]here[/link] \x1b[2J and seized 4 kg of drugs."
)


async def settle(pilot) -> None:
    """Wait for the workers that finish (a DirectoryTree's loader runs for as long as it lives)."""
    finishing = [w for w in pilot.app.workers if w.group != "_loader"]
    if finishing:  # an empty list would mean "all of them"
        await pilot.app.workers.wait_for_complete(finishing)
    await pilot.pause()
    explorer = pilot.app.explorer
    for _ in range(100):  # the explorer paints its detail and country panes after the lists
        if explorer is None or not (explorer._panes_pending or explorer._paint_by):
            break
        await pilot.pause(0.02)
    await pilot.pause()


def app_on_store(tmp_path: Path):
    repo, _ = own_store(tmp_path / "s.json")
    app = make_app(repo)
    app.ingest_start = tmp_path
    app.ingest_offline = True
    return app


def open_text(app, text: str, name: str = "pasted text"):
    """The review of ``text`` as the dialog would open it."""
    return app.open_review(propose(read_pasted(text), name))


def screen_text(app) -> str:
    """Everything the current screen shows, as plain lines (what a user reads)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def said(app, words: str) -> bool:
    """A notice on screen holds ``words``."""
    return any(words in str(n.message) for n in app._notifications)


async def ask_to_delete(app, pilot):
    """Open Nightfall's first fact and press d: the confirmation is up; the fact is returned."""
    await settle(pilot)
    app.explorer.goto_operation("nightfall")
    await settle(pilot)
    app.explorer.set_focus(app.explorer.facts)
    fact = app.explorer.facts.current
    await pilot.press("d")
    await settle(pilot)
    return fact


async def stored_then_reopened(app, pilot):
    """Save ARTICLE's review, then open the same text again: its review of the stored facts."""
    await settle(pilot)
    open_text(app, ARTICLE)
    await settle(pilot)
    await pilot.press("ctrl+s")
    await settle(pilot)
    again = open_text(app, ARTICLE)
    await settle(pilot)
    return again
