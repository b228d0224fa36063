"""A keyboard-first list on Textual's Line API: only the visible rows are ever rendered.

Refilling a DataTable or mounting a widget per row costs time per row; a store can hold
100,000 facts. ``RowList`` keeps the rows as plain Python objects, tells the ScrollView how
tall the virtual content is, and renders a row into a cached ``Strip`` only when it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.bindings import LIST_BINDINGS
from tui.widgets.text import highlight

RowT = TypeVar("RowT")


class RowList(ScrollView, Generic[RowT], can_focus=True):
    """Rows with a cursor; subclasses say how one row reads in :meth:`render_row`."""

    BINDINGS = LIST_BINDINGS + [Binding("escape", "back", "Back", id="list.back", show=False)]

    COMPONENT_CLASSES = {
        "row-list--cursor",
        "row-list--cursor-blurred",
        "row-list--match",
        "row-list--dim",
        "row-list--accent",
        "row-list--warning",
    }

    DEFAULT_CSS = """
    RowList {
        overflow-x: hidden;
        overflow-y: auto;
        & > .row-list--cursor { background: $accent 45%; color: $text; text-style: bold; }
        & > .row-list--cursor-blurred { background: $panel-lighten-1; color: $text; }
        & > .row-list--match { color: $text-warning; text-style: bold underline; }
        & > .row-list--dim { color: $text-muted; }
        & > .row-list--accent { color: $text-accent; }
        & > .row-list--warning { color: $text-error; text-style: bold; }
    }
    """

    class RowMessage(Message):
        """Something happened to the row at ``index`` of ``row_list``."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    class Highlighted(RowMessage):
        """The cursor moved to another row (by the user)."""

    class Opened(RowMessage):
        """Enter (or a double click) on a row."""

    class Back(Message):
        """Escape: the user wants the previous pane."""

        def __init__(self, row_list: RowList) -> None:
            super().__init__()
            self.row_list = row_list

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(self, *, empty_text: str = "nothing here", id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: Sequence[RowT] = ()
        self.cursor = 0
        self.terms: tuple[str, ...] = ()
        self.empty_text = empty_text
        self._generation = 0
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)

    # -- data -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RowT], cursor: int = 0, terms: tuple[str, ...] = ()) -> None:
        """Replace the rows (cheap: nothing is rendered until shown). Posts no message."""
        self.rows = rows
        self.terms = terms
        self.cursor = max(0, min(cursor, len(rows) - 1))
        self._generation += 1
        self._cache.clear()
        if self.virtual_size.height != len(rows):  # a new size means a layout pass: only when needed
            self.virtual_size = Size(0, len(rows))
        if self.cursor == 0:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_cursor_visible()
        self.refresh()

    @property
    def current(self) -> RowT | None:
        """The row under the cursor, or None when the list is empty."""
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    def move_to(self, index: int, *, notify: bool = True) -> None:
        """Put the cursor on ``index`` (clamped) and scroll it into view."""
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        if index == self.cursor:
            self._scroll_cursor_visible()
            return
        self.cursor = index
        self._scroll_cursor_visible()
        self.refresh()
        if notify:
            self.post_message(self.Highlighted(self, index))

    def _scroll_cursor_visible(self) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    # -- actions ----------------------------------------------------------------------
    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.rows) - 1)

    def action_page_down(self) -> None:
        self.move_to(self.cursor + max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self.move_to(self.cursor - max(1, self.scrollable_content_region.height - 1))

    def action_open(self) -> None:
        if self.rows:
            self.post_message(self.Opened(self, self.cursor))

    def action_back(self) -> None:
        self.post_message(self.Back(self))

    async def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = offset.y + round(self.scroll_y)
        if 0 <= index < len(self.rows):
            self.focus()
            self.move_to(index)
            if event.chain >= 2:
                self.post_message(self.Opened(self, index))

    def on_focus(self, event: events.Focus) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self._cache.clear()
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self._scroll_cursor_visible()

    # -- rendering --------------------------------------------------------------------
    def render_row(self, row: RowT, width: int) -> Text:
        """One row as text (store strings through ``tui.widgets.text.plain``). Override."""
        return Text(str(row))

    def style_of(self, name: str) -> str:
        """A component class as a Rich style string-compatible object for ``Text.stylize``."""
        return self.get_component_rich_style(name, partial=True)  # type: ignore[return-value]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = round(self.scroll_y) + y
        if not self.rows:
            if y == 0:
                text = Text(self.empty_text, style=self.get_component_rich_style("row-list--dim", partial=True))
                text.truncate(width, overflow="ellipsis", pad=True)
                return Strip(list(text.render(self.app.console)), width).apply_style(base)
            return Strip.blank(width, base)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        is_cursor = index == self.cursor
        key = (index, self._generation, width, is_cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            text = self.render_row(self.rows[index], width)
            text.no_wrap = True
            text.truncate(width, overflow="ellipsis", pad=True)
            if is_cursor:
                # The cursor colours win over the row's own, then search matches go back on top.
                name = "row-list--cursor" if self.has_focus else "row-list--cursor-blurred"
                text.stylize(self.get_component_rich_style(name))
                highlight(text, self.terms, self.get_component_rich_style("row-list--match", partial=True))
            strip = Strip(list(text.render(self.app.console)), width).apply_style(base)
            self._cache[key] = strip
        return strip
