"""A text wrapped line by line, only as far as it is looked at.

The country pane holds about 130 wrapped lines of which some 15 show, and wrapping the
whole of it cost 8–17 ms a key. Rich wraps each logical line (between ``\\n``) on its own, so
a pane can wrap just the lines in view: a line no wider than the pane is one screen line
(that is all its height needs), a wider one is wrapped at once to learn its height (a few
per text), and every line is turned into strips the first time it is drawn. The strips are
the ones ``Console.render_lines`` gives for the whole text (``test_text_pane_lazy.py``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import MutableMapping
from itertools import accumulate

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual.strip import Strip

try:  # where rich breaks a line (what ``Text.wrap`` calls); without it, lines are wrapped to count them
    from rich._wrap import divide_line
except ImportError:  # pragma: no cover - a rich that moved it
    divide_line = None


# (id(line), width, base) → (line, its strips): the line is kept so its id cannot be reused
StripCache = MutableMapping[tuple, tuple[Text, list[Strip]]]


_HANG_KEY = "takedown.hang"
_HANGS: dict[int, Style] = {}


def hang_style(cells: int) -> Style:
    """The style that marks a line's first ``cells`` as its hanging indent (``hanging``)."""
    style = _HANGS.get(cells)
    if style is None:
        style = _HANGS[cells] = Style(meta={_HANG_KEY: cells})
    return style


def hanging(line: Text, cells: int) -> Text:
    """Mark ``line`` so that, wrapped, its continuation lines start ``cells`` in (under the
    value of ``label     value``, inside an opening quote mark), not at the margin. The
    mark is a span, so it survives cutting a text at its newlines."""
    line.spans.insert(0, Span(0, min(cells, len(line.plain)), hang_style(cells)))
    return line


def hang_of(line: Text) -> int:
    """The hanging indent ``line`` was marked with (0: none)."""
    for span in line.spans:
        style = span.style
        if isinstance(style, Style) and style._meta is not None and span.start == 0:
            cells = style.meta.get(_HANG_KEY)
            if cells:
                return int(cells)
    return 0


def logical_lines(text: Text) -> list[Text]:
    """``text`` cut at its newlines, as rich cuts it before wrapping."""
    return list(text.split("\n", allow_blank=True))


class WrappedText:
    """The logical ``lines`` of a text laid out for one width and base style."""

    __slots__ = ("key", "height", "lines", "_console", "_width", "_base", "_starts", "_strips", "_cache")

    def __init__(self, lines: list[Text], console: Console, width: int, base: Style, cache: StripCache | None = None) -> None:
        """``cache``: strips of lines laid out before (for this console), shared between texts."""
        self.key = (width, base)
        self.lines, self._console, self._width, self._base = lines, console, width, base
        self._cache = cache
        self._strips: list[list[Strip] | None] = [None] * len(lines)
        heights = []
        for index, line in enumerate(lines):
            if cache is not None and (kept := cache.get((id(line), width, base))) is not None and kept[0] is line:
                heights.append(len(kept[1]))  # laid out before: its height is known
                self._strips[index] = kept[1]
                continue
            plain = line.plain
            if width <= 0:
                heights.append(0)
            elif "\t" in plain or line.no_wrap or line.overflow not in (None, "fold") or line.justify not in (None, "default"):
                heights.append(len(self._render(index)))  # the rare line rich lays out otherwise
            elif line.cell_len <= width:
                heights.append(1)  # fits: rich does not break it
            elif hang_of(line):
                heights.append(len(self._render(index)))  # wrapped under its hanging indent
            elif divide_line is not None:
                heights.append(len(divide_line(plain, width, fold=True)) + 1)  # Text.wrap's breaks
            else:
                heights.append(len(self._render(index)))
        self._starts = [0, *accumulate(heights)]
        self.height = self._starts[-1]

    def _render(self, index: int) -> list[Strip]:
        strips = self._strips[index]
        if strips is None:
            width, console, line = self._width, self._console, self.lines[index]
            if line.cell_len <= width and "\t" not in line.plain and line.justify in (None, "default"):
                # a line that fits, drawn as rich draws it without the wrapping machinery
                segments = Segment.adjust_line_length([s for s in line.render(console, end="") if s.text], width, pad=True)
                strips = [Strip(segments, width).apply_style(self._base)]
            elif (hang := min(hang_of(line), width // 2)) > 0:
                strips = self._hanging(line, hang)
            else:
                options = console.options.update(width=width, height=None)
                strips = [Strip(line, width).apply_style(self._base) for line in console.render_lines(line, options, pad=True)]
            self._strips[index] = strips
            if self._cache is not None:
                self._cache[(id(line), width, self._base)] = (line, strips)
        return strips

    def _hanging(self, line: Text, hang: int) -> list[Strip]:
        """``line`` wrapped to the width less ``hang``, its first ``hang`` cells before the
        first screen line and as many blanks before every other."""
        width, console = self._width, self._console
        head, body = line[:hang], line[hang:]
        head_segments = [s for s in head.render(console, end="") if s.text]
        head_segments = Segment.adjust_line_length(head_segments, hang, pad=True)
        options = console.options.update(width=width - hang, height=None)
        strips = []
        for at, wrapped in enumerate(console.render_lines(body, options, pad=True)):
            lead = head_segments if at == 0 else [Segment(" " * hang)]
            strips.append(Strip([*lead, *wrapped], width).apply_style(self._base))
        return strips

    def strip(self, y: int) -> Strip | None:
        """Screen line ``y`` of the text (None past its end)."""
        if not 0 <= y < self.height:
            return None
        index = bisect_right(self._starts, y) - 1
        return self._render(index)[y - self._starts[index]]

    def strips(self) -> list[Strip]:
        """Every screen line (for copying a selection: the whole text)."""
        return [strip for index in range(len(self.lines)) for strip in self._render(index)]
