"""Rows as fixed-width cells, turned straight into segments.

A list row is a handful of columns (name, year, figure, country…). Building it as a
``rich.text.Text`` and rendering that (spans, divide, truncate, style arithmetic per span)
costs ~0.2 ms a row, and typing in the search box re-renders every visible row whose
highlight changed: at 40 rows that is most of a frame. Here a row is a tuple of cells, each
already the text it shows, and a line is made by fitting each cell to its width and cutting
it at the search matches — a few string operations per cell.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style

from tui.widgets.text import match_spans


class Cell(NamedTuple):
    """One column of a row. ``text`` must already be safe for the screen (``text.safe``)."""

    text: str
    style: Style | None = None
    width: int | None = None  # None: as long as the text; else cut (with "…") or padded to it
    right: bool = False  # padded on the left (numbers)
    marks: bool = False  # search matches are highlighted in this cell
    ellipsis: bool = True  # a cut shows "…" (codes and dates are simply cropped)


def fit(text: str, width: int, *, right: bool = False, ellipsis: bool = True) -> str:
    """``text`` in exactly ``width`` cells."""
    if width <= 0:
        return ""
    length = cell_len(text)
    if length == width:
        return text
    if length > width:
        if ellipsis:
            return set_cell_size(text, width - 1) + "…"
        return set_cell_size(text, width)
    pad = " " * (width - length)
    return pad + text if right else text + pad


def cell_segments(cells: tuple[Cell, ...] | list[Cell], width: int, base: Style, *, terms: tuple[str, ...] = (),
                  match: Style | None = None, over: Style | None = None, mark_all: bool = False) -> list[Segment]:
    """The segments of one line of exactly ``width`` cells.

    ``base`` is under every cell and ``over`` (the cursor) on top of every cell's own style;
    ``match`` is laid over the spans of ``terms`` in cells with ``marks`` (in every cell with
    ``mark_all``)."""
    segments: list[Segment] = []
    used = 0
    for cell in cells:
        if used >= width:
            break
        text = cell.text if cell.width is None else fit(cell.text, cell.width, right=cell.right, ellipsis=cell.ellipsis)
        if not text:
            continue
        style = base + cell.style if cell.style is not None else base
        if over is not None:
            style = style + over
        spans = match_spans(text, terms) if terms and match is not None and (cell.marks or mark_all) else ()
        if not spans:
            segments.append(Segment(text, style))
        else:
            marked = style + match  # type: ignore[operator]
            at = 0
            for start, end in spans:
                start = max(start, at)
                if end <= start:
                    continue
                if start > at:
                    segments.append(Segment(text[at:start], style))
                segments.append(Segment(text[start:end], marked))
                at = end
            if at < len(text):
                segments.append(Segment(text[at:], style))
        used += cell_len(text)
    if used < width:
        segments.append(Segment(" " * (width - used), base))
    elif used > width:
        segments = list(Segment.adjust_line_length(segments, width, style=base))
    return segments


def fit_words(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells, cut after a whole word when that loses little
    (``participating…``, not ``participating cou…``), else mid-word, with "…"."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return set_cell_size(text, width)
    head = set_cell_size(text, width - 1)
    space = head.rstrip().rfind(" ")
    if space > 0 and cell_len(head[:space]) >= max(width - 5, -(-2 * width // 3)):
        return head[:space].rstrip() + "…"
    return head.rstrip() + "…"


def fit_host(name: str, width: int) -> str:
    """An outlet in at most ``width`` cells: its top-level domain goes first
    (``nationalcybersecurity…``), then the name is cut, with "…"."""
    if cell_len(name) <= width:
        return name
    stem, dot, _tld = name.rpartition(".")
    if dot and stem and " " not in name and cell_len(stem) + 1 <= width:
        return stem + "…"
    return fit_words(name, width)
