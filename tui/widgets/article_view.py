"""An article's text on the Line API, with its figures marked, a caret and a selection.

The review screen shows a whole article (50 KB and more) beside the facts proposed from it.
The text is wrapped here into visual lines that remember their character offsets, so that a
fact's span scrolls into view, a click lands on a character (and on the figure under it), and
a selection made with the keyboard (shift+arrows) or the mouse (drag) is a span of the text —
the span a missed figure is added from. Only the visible lines are rendered.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.bindings import ARTICLE_BINDINGS
from tui.widgets.text import safe
from tui.widgets.virtual import set_virtual_height

_WORD = re.compile(r"\S+\s*|\s+")


class Mark(NamedTuple):
    """A highlighted span of the text: a proposed figure."""

    start: int
    end: int
    index: int  # the fact's place in the review list
    rejected: bool = False


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Visual lines of ``text`` at ``width`` cells as ``(start, end)`` offsets (``end`` before
    the newline); words move whole to the next line, a word wider than a line is cut."""
    lines: list[tuple[int, int]] = []
    width = max(1, width)
    at = 0
    for paragraph in text.split("\n"):
        base = at
        at += len(paragraph) + 1
        if not paragraph:
            lines.append((base, base))
            continue
        start, used = base, 0
        for match in _WORD.finditer(paragraph):
            word_start, word = base + match.start(), match.group()
            size = cell_len(word.rstrip()) if word.strip() else 0
            if used and used + size > width:
                lines.append((start, word_start))
                start, used = word_start, 0
            while size > width:  # a very long word: cut it at the width
                cut = word_start
                cells = 0
                while cut < base + match.end() and cells + cell_len(text[cut]) <= width:
                    cells += cell_len(text[cut])
                    cut += 1
                lines.append((start, cut))
                start, word_start, used = cut, cut, 0
                word = text[cut: base + match.end()]
                size = cell_len(word.rstrip())
            used += cell_len(word)
        lines.append((start, base + len(paragraph)))
    return lines


class ArticleView(ScrollView, can_focus=True):
    """The article with its proposed figures marked; click a figure to select its fact."""

    ALLOW_SELECT = False  # selection is this widget's own (a span of the text, not of the screen)
    BINDINGS = ARTICLE_BINDINGS

    COMPONENT_CLASSES = {"article--figure", "article--rejected", "article--current", "article--selection", "article--caret"}

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: scroll;
        & > .article--figure { color: $text-warning; text-style: bold underline; }
        & > .article--rejected { color: $text-muted; text-style: strike; }
        & > .article--current { background: $warning 40%; color: $text; text-style: bold; }
        & > .article--selection { background: $accent 50%; }
        & > .article--caret { text-style: reverse; }
    }
    """

    class FigureClicked(Message):
        """A click on a marked figure: select fact ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, text: str = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.text = safe(text, keep_newlines=True)  # same length: offsets stay valid
        self.marks: list[Mark] = []
        self._starts: list[int] = []
        self.current: int | None = None
        self.caret = 0
        self.anchor: int | None = None
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._width = -1
        self._dragging = False

    # -- data ---------------------------------------------------------------------------
    def set_marks(self, marks: Sequence[Mark], current: int | None = None) -> None:
        self.marks = sorted(marks)
        self._starts = [m.start for m in self.marks]
        self.current = current
        self.refresh()

    def select_fact(self, index: int | None) -> None:
        """Mark fact ``index`` as the current one and scroll its figure into view."""
        self.current = index
        mark = next((m for m in self.marks if m.index == index), None)
        if mark is not None:
            if self.anchor is None:  # no selection under way: a keyboard selection starts at the figure
                self.caret = mark.start
            self.scroll_to_offset(mark.start)
        self.refresh()

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected span (start, end), or None."""
        if self.anchor is None or self.anchor == self.caret:
            return None
        return (min(self.anchor, self.caret), max(self.anchor, self.caret))

    def select_span(self, start: int, end: int) -> None:
        self.anchor, self.caret = max(0, start), min(len(self.text), end)
        self._caret_visible()
        self.refresh()

    # -- layout -------------------------------------------------------------------------
    def _wrap(self) -> list[tuple[int, int]]:
        width = self.scrollable_content_region.width
        if width != self._width:
            self._width = width
            self._lines = wrap_offsets(self.text, width) if width > 0 else []
            self._line_starts = [start for start, _ in self._lines]
            if self.virtual_size.height != len(self._lines):
                set_virtual_height(self, len(self._lines))
        return self._lines

    def on_mount(self) -> None:
        self._wrap()

    def on_resize(self, event: events.Resize) -> None:
        self._wrap()
        self.refresh()

    def line_of(self, offset: int) -> int:
        """The visual line that shows character ``offset``."""
        self._wrap()
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line of ``offset`` into view, a third of the way down if it was out of it."""
        line = self.line_of(offset)
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if height > 0 and not top <= line < top + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    def offset_at(self, x: int, y: int) -> int:
        """The character under content cell (x, y)."""
        lines = self._wrap()
        if not lines:
            return 0
        index = min(len(lines) - 1, max(0, y + round(self.scroll_y)))
        start, end = lines[index]
        cells = 0
        for at in range(start, end):
            cells += cell_len(self.text[at])
            if cells > x:
                return at
        return end

    # -- rendering ----------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        lines = self._wrap()
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = round(self.scroll_y) + y
        if not 0 <= index < len(lines):
            return Strip.blank(width, base)
        start, end = lines[index]
        styles = self._styles_for(start, end, base)
        segments = [Segment(self.text[a:b], style) for a, b, style in styles]
        caret = self.caret if self.has_focus else None
        if caret is not None and caret == end and (index + 1 >= len(lines) or lines[index + 1][0] != end or end == start):
            segments.append(Segment(" ", base + self.get_component_rich_style("article--caret", partial=True)))
        return Strip(segments).adjust_cell_length(width, base)

    def _styles_for(self, start: int, end: int, base: Style) -> list[tuple[int, int, Style]]:
        """Pieces of ``text[start:end]`` with their styles: figures, the current one, the
        selection and the caret."""
        points = {start, end}
        at = max(0, bisect.bisect_right(self._starts, start) - 8)
        marks = [m for m in self.marks[at:bisect.bisect_left(self._starts, end)] if m.end > start]
        for mark in marks:
            points.update((max(start, mark.start), min(end, mark.end)))
        chosen = self.selection
        if chosen:
            points.update((max(start, min(end, chosen[0])), max(start, min(end, chosen[1]))))
        caret = self.caret if self.has_focus else None
        if caret is not None and start <= caret < end:
            points.update((caret, caret + 1))
        edges = sorted(points)
        figure = self.get_component_rich_style("article--figure", partial=True)
        rejected = self.get_component_rich_style("article--rejected", partial=True)
        current = self.get_component_rich_style("article--current", partial=True)
        selected = self.get_component_rich_style("article--selection", partial=True)
        caret_style = self.get_component_rich_style("article--caret", partial=True)
        out = []
        for a, b in zip(edges, edges[1:]):
            if a >= b:
                continue
            style = base
            for mark in marks:
                if mark.start <= a < mark.end:
                    style = style + (rejected if mark.rejected else figure)
                    if mark.index == self.current:
                        style = style + current
            if chosen and chosen[0] <= a < chosen[1]:
                style = style + selected
            if caret is not None and a == caret:
                style = style + caret_style
            out.append((a, b, style))
        return out

    # -- keyboard: caret and selection ----------------------------------------------------
    def _move(self, offset: int, extend: bool) -> None:
        offset = max(0, min(len(self.text), offset))
        if extend:
            if self.anchor is None:
                self.anchor = self.caret
        else:
            self.anchor = None
        self.caret = offset
        self._caret_visible()
        self.refresh()

    def _caret_visible(self) -> None:
        line = self.line_of(self.caret)
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if height <= 0:
            return
        if line < top:
            self.scroll_to(y=line, animate=False, immediate=True)
        elif line >= top + height:
            self.scroll_to(y=line - height + 1, animate=False, immediate=True)

    def _vertical(self, delta: int) -> int:
        lines = self._wrap()
        if not lines:
            return 0
        line = self.line_of(self.caret)
        column = self.caret - lines[line][0]
        target = max(0, min(len(lines) - 1, line + delta))
        start, end = lines[target]
        return min(start + column, end)

    def _word(self, direction: int) -> int:
        text, at = self.text, self.caret
        if direction > 0:
            while at < len(text) and not text[at].isalnum():
                at += 1
            while at < len(text) and text[at].isalnum():
                at += 1
        else:
            while at > 0 and not text[at - 1].isalnum():
                at -= 1
            while at > 0 and text[at - 1].isalnum():
                at -= 1
        return at

    def action_caret(self, how: str, extend: bool = False) -> None:
        """Move the caret: ``left``/``right`` a character, ``word-left``/``word-right`` a word,
        ``up``/``down`` a line, ``page-up``/``page-down``, ``home``/``end`` of the line."""
        lines = self._wrap()
        page = max(1, self.scrollable_content_region.height - 1)
        line = self.line_of(self.caret)
        targets = {
            "left": lambda: self.caret - 1,
            "right": lambda: self.caret + 1,
            "word-left": lambda: self._word(-1),
            "word-right": lambda: self._word(1),
            "up": lambda: self._vertical(-1),
            "down": lambda: self._vertical(1),
            "page-up": lambda: self._vertical(-page),
            "page-down": lambda: self._vertical(page),
            "home": lambda: lines[line][0] if lines else 0,
            "end": lambda: lines[line][1] if lines else 0,
        }
        self._move(targets[how](), extend)

    def action_clear_selection(self) -> None:
        self.anchor = None
        self.refresh()

    # -- mouse: click a figure, drag to select ------------------------------------------------
    def _event_offset(self, event: events.MouseEvent, *, captured: bool = False) -> int | None:
        """The character under the mouse; while dragging (``captured``) also past the edges,
        clamped to the text, so a drag out of the pane still selects to its edge."""
        at = event.get_content_offset_capture(self) if captured else event.get_content_offset(self)
        if at is None:
            return None
        region = self.scrollable_content_region
        return self.offset_at(max(0, min(at.x, region.width)), max(0, min(at.y, region.height - 1)))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        offset = self._event_offset(event)
        if offset is None:
            return
        self.focus()
        self.anchor, self.caret = offset, offset
        self._dragging = True
        self.capture_mouse()
        self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:  # until the button comes up (captured: the moves come here)
            offset = self._event_offset(event, captured=True)
            if offset is not None and offset != self.caret:
                self.caret = offset
                self._caret_visible()
                self.refresh()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            self._dragging = False
            self.release_mouse()
            offset = self._event_offset(event, captured=True)
            if offset is not None:
                self.caret = offset
            if self.anchor == self.caret:
                self.anchor = None
                mark = self.mark_at(self.caret)
                if mark is not None:
                    self.post_message(self.FigureClicked(mark.index))
            self.refresh()

    def mark_at(self, offset: int) -> Mark | None:
        at = bisect.bisect_right(self._starts, offset)
        for mark in reversed(self.marks[max(0, at - 8):at]):
            if mark.start <= offset < mark.end:
                return mark
        return None

    def on_focus(self, event: events.Focus) -> None:
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self.refresh()
