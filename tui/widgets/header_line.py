"""A one-line header over a Line-API list (column titles, an axis of years)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.strip import Strip
from textual.widget import Widget

from tui.widgets.cells import Cell, cell_segments


class HeaderLine(Widget):
    """One line of cells; padded like the list under it (its scrollbar included), so the
    columns line up. Subclasses say what the line holds in :meth:`cells`."""

    DEFAULT_CSS = """
    HeaderLine { height: 1; padding: 0 2 0 1; color: $text-muted; text-style: bold; background: $panel; }
    """

    def cells(self, width: int) -> Sequence[Cell]:  # pragma: no cover - every header overrides it
        return ()

    def render_line(self, y: int) -> Strip:
        width = self.content_region.width
        base = self.rich_style
        if y:
            return Strip.blank(width, base)
        return Strip(cell_segments(tuple(self.cells(width)), width, base), width)
