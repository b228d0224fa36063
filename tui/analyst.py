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

from textual.screen import ModalScreen

from store.format import figure, metric_label
from store.ingest.pipeline import Proposal
from store.review import Review
from tui.screens.ingest_dialog import IngestDialog
from tui.screens.review import ReviewScreen
from tui.widgets.text import figure_span, safe

if TYPE_CHECKING:
    from tui.app import TakedownApp

ANALYST_ACTIONS = frozenset({"ingest", "edit_fact", "delete_fact", "undo", "redo", "copy_citation", "export", "cycle_sort"})
EXPLORER_KEYS = frozenset({"focus_search", "pick_country"})  # the explorer's own: not over a review


def analyst_check(app: TakedownApp, action: str) -> bool:
    """Whether an app-level key applies on the current screen (``TakedownApp.check_action``)."""
    if action in ANALYST_ACTIONS:
        return app.explorer is not None and app.screen is app.explorer
    if action in EXPLORER_KEYS:
        # over a review or a dialog they would act on the explorer underneath (focus its search
        # box unseen, so the keys after Escape are typed there): the dialog keeps its keys
        return not isinstance(app.screen, ReviewScreen | ModalScreen)
    return True


class AnalystActions:
    """Mixed into :class:`~tui.app.TakedownApp`."""

    ingest_start: Path | None = None  # where the file tab starts (tests pin it; default: cwd)
    ingest_offline = False
    export_folder: Path | None = None  # where exports go by default (tests pin it; default: cwd)
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

    def save_existing_review(self: TakedownApp, review: Review) -> str:
        """A stored text's review saved: rejected facts deleted, edited ones changed and figures
        added by hand written through ``store.edits`` (each logged, undoable)."""
        from store import edits
        from store.review import fact_fields

        deleted = edited = 0
        for draft in review.drafts:
            stored = self.repo.fact(draft.fact.id)
            if draft.added:
                continue
            if stored is None:
                continue
            if not draft.accepted:
                edits.delete_fact(self.repo, stored.id, expect=stored, reload=False)
                deleted += 1
            elif draft.edited:
                before = fact_fields(stored, review.operation_name(stored.operation))
                after = review.fields_of(review.drafts.index(draft))
                changed = {k: v for k, v in after.items() if v != before.get(k)}
                if changed:
                    edits.edit_fact(self.repo, stored.id, changed, expect=stored, reload=False)
                    edited += 1
        self.repo.reload_if_changed()
        added = [d for d in review.drafts if d.added and d.accepted]
        if added:
            _, ops, _ = review.records()
            edits.add_facts(self.repo, [d.fact for d in added], ops)
        return f"Saved: {edited} edited, {deleted} deleted, {len(added)} added."

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

    # -- correct later: edit, delete, undo, redo ------------------------------------------------
    def _current_fact(self: TakedownApp):
        fact = self.explorer.facts.current if self.explorer is not None else None
        if fact is None:
            self.notify("No fact is highlighted.", severity="warning", markup=False)
        return fact

    def action_edit_fact(self: TakedownApp) -> None:
        from store import edits
        from store.review import fact_fields
        from store.validation import validate_fact
        from tui.screens.edit_form import EditForm

        fact = self._current_fact()
        if fact is None:
            return
        op = self.repo.operation(fact.operation)
        initial = fact_fields(fact, op.name if op else fact.operation)

        def submit(fields: dict[str, str]):
            changed = {k: v for k, v in fields.items() if v != initial.get(k)}
            if not changed:
                return []
            # what the form can show beside its fields is checked here; the write (and a fact
            # another process changed meanwhile, refused then) happens in the background
            _, errors = validate_fact(changed, known_operations=[o.name for o in self.repo.operations()], base=fact)
            if errors:
                return errors
            self.write_in_background(lambda: edits.edit_fact(self.repo, fact.id, changed, expect=fact),
                                     lambda change: self._written(f"Edited: {change.summary or 'edited'} (u undoes)"),
                                     "Not edited")
            return []

        self.push_screen(EditForm(f"Edit · {metric_label(fact.metric)} {figure(fact)}", initial, submit,
                                  quote=fact.quote, figure=figure_span(fact, self.repo.source(fact.source)),
                                  operations=[o.name for o in self.repo.operations()],
                                  countries_in_store=self.repo.countries_in_store()))

    def _written(self: TakedownApp, notice: str) -> None:
        """A write of ours is in the store: refill the explorer's panes and say what changed."""
        if self.explorer is not None:
            self.after_own_write()
        self.notify(notice, markup=False)

    def action_delete_fact(self: TakedownApp) -> None:
        from store import edits
        from tui.screens.confirm import Confirm

        fact = self._current_fact()
        if fact is None:
            return
        op = self.repo.operation(fact.operation)

        def answered(yes: bool | None) -> None:
            if yes:
                self.write_in_background(lambda: edits.delete_fact(self.repo, fact.id, expect=fact),
                                         lambda change: self._written(f"{change.summary or 'Deleted'} (u undoes)"),
                                         "Not deleted")

        question = f"Delete {metric_label(fact.metric)} {figure(fact)} of {op.name if op else fact.operation}" \
                   f" ({fact.country or 'worldwide'})? u undoes it."
        self.push_screen(Confirm(safe(question), "Delete", "Keep"), answered)

    def action_undo(self: TakedownApp) -> None:
        self._undo_redo("undo")

    def action_redo(self: TakedownApp) -> None:
        self._undo_redo("redo")

    def _undo_redo(self: TakedownApp, which: str) -> None:
        from store import edits

        def done(change) -> None:
            # the log's summary already says it ("undid #3: deleted …"): say it once, and the way back
            summary = change.summary or ("undid the last change" if which == "undo" else "redid the last change")
            back = " (ctrl+r redoes)" if which == "undo" else " (u undoes)"
            self._written(summary[:1].upper() + summary[1:] + back)

        self.write_in_background(lambda: getattr(edits, which)(self.repo), done, f"Cannot {which}")

    # -- sort and share -------------------------------------------------------------------------
    def action_cycle_sort(self: TakedownApp) -> None:
        """``s``: the next sort of the focused list (the operations unless the facts have focus)."""
        from tui.sorting import FACT_SORTS, OPERATION_SORTS, next_sort

        explorer = self.explorer
        if self.focused in (explorer.facts, explorer.detail):
            explorer.fact_sort = next_sort(FACT_SORTS, explorer.fact_sort)
            explorer.show_operation()
            self.notify(f"Facts sorted by {explorer.fact_sort}", markup=False, timeout=2)
        else:
            explorer.op_sort = next_sort(OPERATION_SORTS, explorer.op_sort)
            explorer.fill()
            self.notify(f"Operations sorted by {explorer.op_sort}", markup=False, timeout=2)

    # -- share --------------------------------------------------------------------------------
    def action_copy_citation(self: TakedownApp) -> None:
        from store.share import citation

        fact = self._current_fact()
        if fact is None:
            return
        text = citation(fact, self.repo)
        self.copy_to_clipboard(text)
        self.last_copied = text
        self.notify("Copied to the clipboard: " + text.split("\n", 1)[0], markup=False)

    last_copied: str | None = None

    def action_export(self: TakedownApp) -> None:
        from tui.screens.export_dialog import ExportDialog, on_screen

        what = on_screen(self)
        if what is None:
            self.notify("Nothing on screen to export.", severity="warning", markup=False)
            return
        self.push_screen(ExportDialog(what, self.repo, self.export_folder))
