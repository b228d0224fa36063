"""Export what is on screen (``x``): the filtered operations with their facts, the current
operation's facts, or the country summary — whichever pane has focus — as CSV, JSON or
Markdown (``store.share``), to a file named here (default: in the current folder)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from store import share
from store.storage import StoreError
from tui.bindings import EXPORT_BINDINGS

if TYPE_CHECKING:
    from tui.app import TakedownApp

FORMATS = (("CSV", "csv"), ("JSON", "json"), ("Markdown", "md"))


@dataclass(frozen=True)
class Exportable:
    """What the focused pane shows, ready to be rendered in a format."""

    what: str  # operations, facts, country (in the file name)
    label: str  # for the dialog and the notice
    name: str | None  # the operation or country in the file name
    render: Callable[[str], str]


def on_screen(app: TakedownApp) -> Exportable | None:
    """What the explorer shows in the focused pane."""
    explorer, repo = app.explorer, app.repo
    if explorer is None:
        return None
    focused = app.focused
    if focused is explorer.country_pane and explorer.country:
        summary = repo.country_summary(explorer.country)
        return Exportable("country", f"the country summary of {summary.name_en}", summary.name_en,
                          lambda fmt: share.export_country(summary, repo, fmt))
    if focused in (explorer.facts, explorer.detail):
        op = repo.operation(explorer.op_id) if explorer.op_id else None
        if op is None:
            return None
        facts = list(explorer.facts.rows)
        return Exportable("facts", f"{len(facts)} facts of {op.name}", op.name,
                          lambda fmt: share.export_facts(facts, repo, fmt, title=f"{op.name}: facts"))
    ops = [row.op for row in explorer.operations.rows]
    if not ops:
        return None
    query = explorer.search_box.value.strip()
    title = f"Operations matching “{query}”" if query else "Operations"
    return Exportable("operations", f"{len(ops)} operation{'s' if len(ops) != 1 else ''} with their facts", None,
                      lambda fmt: share.export_operations(ops, repo, fmt, title=title))


class ExportDialog(ModalScreen[Path | None]):
    """A file name (its ending picks the format) and a format; ctrl+s or ⏎ writes."""

    BINDINGS = EXPORT_BINDINGS

    def __init__(self, what: Exportable, repo, folder: Path | None = None) -> None:
        super().__init__()
        self.what = what
        self.repo = repo
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self._offered: str | None = None  # the default name last put in the file box

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = "Export"
            box.border_subtitle = "⏎ / ctrl+s write · esc cancel"
            yield Static(Content(f"Export {self.what.label}"), id="export-what")
            with Horizontal(classes="form-row"):
                yield Label("Format", classes="form-label")
                yield Select(FORMATS, value="csv", allow_blank=False, compact=True, id="export-format")
            with Horizontal(classes="form-row"):
                yield Label("File", classes="form-label")
                yield Input(self._default("csv"), compact=True, id="export-path")
            yield Static("", id="export-error", classes="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Export", variant="primary", compact=True, id="export-save")
                yield Button("Cancel", compact=True, id="export-cancel")

    def _default(self, fmt: str) -> str:
        """A dated name that says what the file holds, and that no file in the folder has yet."""
        self._offered = str(share.unused_path(self.folder / share.default_filename(self.what.what, fmt, name=self.what.name)))
        return self._offered

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()
        for box in self.query(Input):  # a steady cursor in tests and screenshots, as in the explorer
            box.cursor_blink = not self.app.is_headless

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        box = self.query_one("#export-path", Input)
        path = Path(box.value)
        offered = box.value == self._offered  # the name is still the one offered: offer anew
        box.value = str(path.with_suffix("." + str(event.value))) if box.value and not offered else self._default(str(event.value))

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-save")
    def action_save(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        error = self.query_one("#export-error", Static)
        if not raw:
            error.update("give a file name")
            error.display = True
            return
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        try:
            fmt = share.format_of(path, str(self.query_one("#export-format", Select).value))
            written = share.write_export(path, self.what.render(fmt))
        except StoreError as exc:
            error.update(Content(str(exc)))
            error.display = True
            return
        self.app.notify(f"Exported {self.what.label} to {written}", markup=False, timeout=6)
        self.dismiss(written)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
