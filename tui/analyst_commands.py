"""Palette commands of the analyst: merge the current operation into another, move the
highlighted fact to another operation (both through ``store.edits``: logged, undoable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tui.widgets.text import safe

if TYPE_CHECKING:
    from tui.app import TakedownApp

COMMANDS = (
    ("Merge the current operation into another…", "merge_operation"),
    ("Move the highlighted fact to another operation…", "move_fact"),
)


class AnalystCommands(Provider):
    @property
    def takedown(self) -> TakedownApp:
        return self.app  # type: ignore[return-value]

    def _ready(self) -> bool:
        return self.takedown.explorer is not None

    async def discover(self) -> Hits:
        if not self._ready():
            return
        for label, action in COMMANDS:
            yield DiscoveryHit(Content(label), getattr(self.takedown, f"prompt_{action}"))

    async def search(self, query: str) -> Hits:
        if not self._ready():
            return
        matcher = self.matcher(query)
        for label, action in COMMANDS:
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, Content(label), getattr(self.takedown, f"prompt_{action}"))


class PaletteActions:
    """Mixed into the app with :class:`~tui.analyst.AnalystActions`."""

    def prompt_merge_operation(self: TakedownApp) -> None:
        from store import edits
        from tui.screens.operation_prompt import OperationPrompt

        op = self.repo.operation(self.explorer.op_id) if self.explorer.op_id else None
        if op is None:
            self.notify("No operation is highlighted.", severity="warning", markup=False)
            return

        def act(name: str) -> str | None:
            def done(change) -> None:
                self._written(change.summary or f"Merged {safe(op.name)} into {safe(name)}")
                target = self.repo.find_operation(name)
                if target is not None:
                    self.explorer.goto_operation(target.id)

            self.write_in_background(lambda: edits.merge_operations(self.repo, op.id, name), done, "Not merged")
            return None

        names = [o.name for o in self.repo.operations() if o.id != op.id]
        self.push_screen(OperationPrompt(f"Merge {safe(op.name)} (its facts, names and countries) into:", names, act))

    def prompt_move_fact(self: TakedownApp) -> None:
        from store import edits
        from store.format import figure, metric_label
        from tui.screens.operation_prompt import OperationPrompt

        fact = self.explorer.facts.current
        if fact is None:
            self.notify("No fact is highlighted.", severity="warning", markup=False)
            return

        def act(name: str) -> str | None:
            self.write_in_background(lambda: edits.move_fact(self.repo, fact.id, name, expect=fact),
                                     lambda change: self._written(change.summary or f"Moved to {safe(name)}"),
                                     "Not moved")
            return None

        names = [o.name for o in self.repo.operations() if o.id != fact.operation]
        self.push_screen(OperationPrompt(f"Move {metric_label(fact.metric)} {safe(figure(fact))} to:", names, act))
