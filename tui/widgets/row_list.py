"""A keyboard-first list on Textual's Line API: only the visible rows are ever rendered.

Refilling a DataTable or mounting a widget per row costs time per row; a store can hold
100,000 facts. ``RowList`` keeps the rows as plain Python objects, tells the ScrollView how
tall the virtual content is, and renders a row into a cached ``Strip`` only when it is shown.

Typing in the search box refills the lists on every key, so a refill is made cheap:

* rendered strips are cached by what they show (the row object, the parts of it the search
  terms highlight, width, cursor, focus), not by refill, so a row that looks the same after
  the next key is not rendered again;
* only the screen lines whose content changed are refreshed (Textual re-styles every line
  of a refreshed region: border, padding, background, filters);
* a row is a few cells turned straight into segments (``cells.py``), not a rich Text;
* a new row count updates the scrollbar without a layout pass of the whole screen (the
  scrollbar is always shown, so the width of the content never changes).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.bindings import LIST_BINDINGS
from tui.widgets.cells import Cell, cell_segments
from tui.widgets.quiet_title import QuietTitle
from tui.widgets.text import safe
from tui.widgets.virtual import refresh_changed_lines, set_virtual_height

RowT = TypeVar("RowT")


class RowList(QuietTitle, ScrollView, Generic[RowT], can_focus=True):
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
        overflow-y: scroll;
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
        # key → (row, strip); the row is kept so that its id() cannot be reused by another row
        self._cache: LRUCache[tuple, tuple[object, Strip]] = LRUCache(1024)
        self._drawn: dict[int, Hashable] = {}  # screen line → the key of what it shows
        self._title: object = None
        self._styles: dict[tuple[str, bool], object] = {}  # resolved styles, until focus or CSS changes

    # -- data -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RowT], cursor: int = 0, terms: tuple[str, ...] = ()) -> None:
        """Replace the rows (cheap: nothing is rendered until shown). Posts no message.

        Refreshes only the lines that now show something else; giving the same rows, cursor
        and terms again repaints nothing."""
        cursor = max(0, min(cursor, len(rows) - 1))
        if rows == self.rows and terms == self.terms and cursor == self.cursor:
            self.rows = rows  # an equal list: nothing on screen changes
            return
        self.rows = rows
        self.terms = terms
        self.cursor = cursor
        if self.virtual_size.height != len(rows):
            set_virtual_height(self, len(rows))
        scroll_y = round(self.scroll_y)
        if self.cursor == 0:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_cursor_visible()
        if round(self.scroll_y) == scroll_y:  # a scroll has refreshed every line already
            self._refresh_changed_lines()

    def refresh(self, *regions: Region, **kwargs) -> RowList:  # type: ignore[override]
        if self._quiet:
            return self
        if not regions:
            self._drawn.clear()
        return super().refresh(*regions, **kwargs)

    def refresh_changed(self) -> None:
        """Repaint the visible lines whose content changed for a reason other than the rows
        (what a subclass shows of them: ``OperationList.scope``)."""
        if self.is_mounted:
            self._refresh_changed_lines()

    def _refresh_changed_lines(self) -> None:
        """Refresh the visible lines whose key changed since they were drawn."""
        height = self.scrollable_content_region.height
        if height <= 0 or not self._drawn:
            self.refresh()
            return
        width = self.scrollable_content_region.width
        top = round(self.scroll_y)
        drawn = self._drawn
        refresh_changed_lines(self, lambda y: drawn.get(y) != self._line_key(top + y, y, width))

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
        scroll_y = round(self.scroll_y)
        self._scroll_cursor_visible()
        if round(self.scroll_y) == scroll_y:
            self._refresh_changed_lines()
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
        self._styles.clear()  # the background follows :focus
        self.refresh()  # the strips are cached per focus state

    def on_blur(self, event: events.Blur) -> None:
        self._styles.clear()
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._drawn.clear()
        self._scroll_cursor_visible()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()  # a theme or CSS change: the cached strips have the old colours
        self._styles.clear()
        self._drawn.clear()

    # -- rendering --------------------------------------------------------------------
    def render_row(self, row: RowT, width: int) -> Sequence[Cell]:
        """One row as cells (store strings through ``tui.widgets.text.safe``). Override."""
        return (Cell(safe(str(row))),)

    def match_key(self, row: RowT) -> Hashable:
        """What of ``self.terms`` the rendering of ``row`` depends on. Two renderings of a
        row with equal match keys must be identical; override with the highlighted spans so
        a row renders once while the terms change around it (the default: the terms)."""
        return self.terms

    def cursor_match_key(self, row: RowT) -> Hashable:
        """:meth:`match_key` for the cursor row, which shows matches in every column (the
        default: the terms and the match key)."""
        return (self.terms, self.match_key(row))

    def _line_key(self, index: int, y: int, width: int) -> Hashable:
        """The key of what screen line ``y`` (row ``index``) shows."""
        if not self.rows:
            return ("empty", self.empty_text, width, self.has_focus) if y == 0 else ("blank", width, self.has_focus)
        if index >= len(self.rows):
            return ("blank", width, self.has_focus)
        row = self.rows[index]
        is_cursor = index == self.cursor
        # the cursor row shows every match, in any column (and what else its match key holds)
        marks = self.cursor_match_key(row) if is_cursor else self.match_key(row)
        return (id(row), marks, width, is_cursor, self.has_focus)

    def style_of(self, name: str, partial: bool = True) -> Style:
        """A component class as a Rich style (``partial``: only what the class sets), resolved
        once until the focus or the CSS changes: resolving walks the ancestors' styles, which
        costs more than rendering the row."""
        key = (name, partial)
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = self.rich_style if not name else self.get_component_rich_style(name, partial=partial)
        return style  # type: ignore[return-value]

    _line_width: int | None = None  # the content width while ``render_lines`` runs

    def render_lines(self, crop: Region) -> list[Strip]:
        self._line_width = self.scrollable_content_region.width  # once per pass, not per line
        try:
            return super().render_lines(crop)
        finally:
            self._line_width = None

    def render_line(self, y: int) -> Strip:
        width = self._line_width if self._line_width is not None else self.scrollable_content_region.width
        base = self.style_of("", partial=False)
        index = round(self.scroll_y) + y
        key = self._line_key(index, y, width)
        self._drawn[y] = key
        if not self.rows:
            if y == 0:
                cells = (Cell(safe(self.empty_text), self.style_of("row-list--dim"), width),)
                return Strip(cell_segments(cells, width, base), width)
            return Strip.blank(width, base)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        is_cursor = index == self.cursor
        cached = self._cache.get(key)
        if cached is not None and cached[0] is row:
            return cached[1]
        # The cursor colours win over the row's own, then search matches go back on top
        # (in every column of the cursor row, in the highlighted columns of the others).
        over = self.style_of("row-list--cursor" if self.has_focus else "row-list--cursor-blurred", partial=False) if is_cursor else None
        segments = cell_segments(self.render_row(row, width), width, base, terms=self.terms,
                                 match=self.style_of("row-list--match"), over=over, mark_all=is_cursor)
        strip = Strip(segments, width)
        self._cache[key] = (row, strip)
        return strip
