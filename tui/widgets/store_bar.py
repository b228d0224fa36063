"""The header: which store is open and how much is in it (so a reload is visible)."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import Static

from store.repository import Repository
from store.words import count
from tui.widgets.text import plain


def display_path(path: Path) -> str:
    """The store path with the home folder as ``~``."""
    try:
        return "~/" + str(path.expanduser().resolve().relative_to(Path.home().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


class StoreBar(Static):
    """One line: app name, store path, counts. The counts that do not fit whole are left
    out from the end (countries first), never cut mid-word (``147`` without ``sources``)."""

    _shown: tuple[str, list[str], str] | None = None  # path, counts, note

    def show(self, repo: Repository, path_label: str | None = None, note: str = "") -> None:
        snap = repo.snapshot
        counts = [count(len(snap.operations), "operation"), count(len(snap.facts), "fact"),
                  count(len(snap.sources), "source"), count(len(repo.countries_in_store()), "country")]
        self._shown = (path_label or display_path(repo.path), counts, note)
        self._paint()

    def on_resize(self, event: events.Resize) -> None:
        if self._shown is not None:
            self._paint()

    def _paint(self) -> None:
        assert self._shown is not None
        path, counts, note = self._shown
        text = Text.assemble((" takedown ", "bold reverse"))
        text.append("  ")
        text.append_text(plain(path, style="italic"))
        room = (self.size.width or 10**6) - text.cell_len - (3 + cell_len(note) if note else 0)
        kept = list(counts)
        while kept and 3 + cell_len(" · ".join(kept)) > room:
            kept.pop()
        if kept:
            text.append("   " + " · ".join(kept), style="dim")
        if note:
            text.append(f"   {note}", style="bold")
        self.update(text)
