"""The header: which store is open and how much is in it (so a reload is visible)."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
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
    """One line: app name, store path, counts."""

    def show(self, repo: Repository, path_label: str | None = None, note: str = "") -> None:
        snap = repo.snapshot
        text = Text.assemble((" takedown ", "bold reverse"))
        text.append("  ")
        text.append_text(plain(path_label or display_path(repo.path), style="italic"))
        n_countries = len(repo.countries_in_store())
        counts = "   " + " · ".join((count(len(snap.operations), "operation"), count(len(snap.facts), "fact"),
                                       count(len(snap.sources), "source"), count(n_countries, "country")))
        text.append(counts, style="dim")
        if note:
            text.append(f"   {note}", style="bold")
        self.update(text)
