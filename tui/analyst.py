"""The analyst's actions in the explorer (issue 12): bring an article in and review it, correct
stored facts, share them. A mixin of the app, so the explorer screen stays the owner of its panes
and these flows live in one module of their own.

Each action runs only while the explorer is the screen (``ANALYST_ACTIONS`` in ``check_action``):
``e`` on the review screen is that screen's own edit.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from store.ingest.pipeline import Proposal
from store.review import Review
from tui.screens.ingest_dialog import IngestDialog
from tui.screens.review import ReviewScreen
from tui.widgets.text import safe

if TYPE_CHECKING:
    from tui.app import TakedownApp

ANALYST_ACTIONS = frozenset({"ingest", "edit_fact", "delete_fact", "undo", "redo", "copy_citation", "export"})
EXPLORER_KEYS = frozenset({"focus_search", "pick_country"})  # the explorer's own: not over a review


def analyst_check(app: TakedownApp, action: str) -> bool:
    """Whether an app-level key applies on the current screen (``TakedownApp.check_action``)."""
    if action in ANALYST_ACTIONS:
        return app.explorer is not None and app.screen is app.explorer
    if action in EXPLORER_KEYS:
        return not isinstance(app.screen, ReviewScreen)
    return True


class AnalystActions:
    """Mixed into :class:`~tui.app.TakedownApp`."""

    ingest_start: Path | None = None  # where the file tab starts (tests pin it; default: cwd)
    ingest_offline = False
    last_review_ready: float | None = None  # seconds from the end of extraction to the review's first frame

    # -- bring an article in ------------------------------------------------------------
    def action_ingest(self: TakedownApp) -> None:
        if self.explorer is None:
            return
        self.push_screen(IngestDialog(self.ingest_start, offline=self.ingest_offline), self._review_proposal)

    def _review_proposal(self: TakedownApp, proposal: Proposal | None) -> None:
        if proposal is None:
            return
        self.open_review(proposal)

    def open_review(self: TakedownApp, proposal: Proposal) -> ReviewScreen:
        """The review of ``proposal``; a text already in the store opens the review of its stored facts."""
        began = time.perf_counter()
        repo = self.repo
        source = proposal.source
        stored = next((s for s in repo.sources() if s.sha256 == source.sha256), None)
        if stored is not None:
            facts = list(repo.snapshot.facts_by_source.get(stored.id, ()))
            op_ids = list(dict.fromkeys(f.operation for f in facts))
            known = dict(repo.snapshot.operations)
            ops = [known[i] for i in op_ids if i in known]
            review = Review.propose(stored, ops, facts, known, existing=True)
            note = f"This text is already in the store ({safe(stored.title)}): showing its {len(facts)} stored facts."
        else:
            ops, facts = proposal.records()
            review = Review.propose(source, ops, facts, repo.snapshot.operations)
            note = ""
        screen = ReviewScreen(review, repo, note=note, save_existing=getattr(self, "save_existing_review", None))

        def ready() -> None:
            self.last_review_ready = time.perf_counter() - began

        self.push_screen(screen, self._review_closed)
        self.call_after_refresh(ready)
        return screen

    def _review_closed(self: TakedownApp, op_id: str | None) -> None:
        if op_id is None or self.explorer is None:
            return
        self.after_own_write()
        if self.repo.operation(op_id) is not None:
            self.explorer.goto_operation(op_id)

    def after_own_write(self: TakedownApp) -> None:
        """The repository reloaded itself after our write: refill the explorer's panes."""
        self.explorer.refresh_store(time.strftime("saved %H:%M:%S"))
        query = self.explorer.search_box.value
        if query.strip():
            self.explorer.run_search(query)
