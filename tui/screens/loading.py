"""The first frame for a large store: the explorer paints at once and reads the file behind it.

Reading and checking 100,000 facts takes about half a second, a million several seconds; a
blank terminal feels broken, so the app shows where it is reading from while a worker opens
the store.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Static


def describe(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return f"Creating a new store at {path} from the bundled dataset…"
    return f"Opening {path} ({size / 1_000_000:.1f} MB)…"


class LoadingScreen(Screen[None]):
    """Shown until the store is read; replaced by the explorer (or the app exits with the error)."""

    DEFAULT_CSS = """
    LoadingScreen { align: center middle; }
    LoadingScreen #loading-text { width: auto; height: auto; color: $text-muted; }
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        # A path is data, not markup. No spinner: its frames would take the GIL from the reader.
        yield Static(Text(describe(self.path)), id="loading-text")
        yield Footer()
