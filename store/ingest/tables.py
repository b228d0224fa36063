"""Pipe- or tab-separated tables: a header row of labels, rows of cells below it.

Each cell is read as "<column label>: <cell>", so the label lends its cue (arrests, cash seized)
to the figure, and the first cell of a row names the row's country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.ingest.facts import SentenceFact, sentence_facts
from store.ingest.places import Mention, find_mentions


@dataclass(frozen=True, slots=True)
class Row:
    start: int
    end: int
    cells: list[tuple[int, int, str]]  # absolute spans and text of the non-empty cells


@dataclass(frozen=True, slots=True)
class Table:
    heading: str  # the line just above the header row ("Results by country:"), or ""
    head: Row
    body: list[Row]

    @property
    def span(self) -> tuple[int, int]:
        return self.head.start, self.body[-1].end


def table_rows(text: str) -> list[Row]:
    """Every line of ``text`` that splits into two or more cells on pipes or tabs."""
    rows, offset = [], 0
    for raw in text.split("\n"):
        if "|" in raw or "\t" in raw.strip():
            cells, pos = [], offset
            for piece in re.split(r"(\||\t)", raw):
                if piece not in ("|", "\t") and piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    cells.append((pos + lead, pos + lead + len(piece.strip()), piece.strip()))
                pos += len(piece)
            if len(cells) >= 2:
                rows.append(Row(offset, offset + len(raw), cells))
        offset += len(raw) + 1
    return rows


def find_tables(text: str) -> list[Table]:
    """Tables: a header row of labels without digits, then rows with as many cells, on the lines right
    below; with the heading line just above the header, if any."""
    rows = table_rows(text)
    out, i = [], 0
    while i < len(rows):
        head = rows[i]
        body: list[Row] = []
        j = i + 1
        if not any(ch.isdigit() for _, _, c in head.cells for ch in c):
            while (j < len(rows) and len(rows[j].cells) == len(head.cells)
                   and not text[(body[-1] if body else head).end:rows[j].start].strip()):
                body.append(rows[j])
                j += 1
        if body:
            above = text[:head.start].rstrip().rsplit("\n", 1)[-1].strip()
            out.append(Table(above, head, body))
            i = j
        else:
            i += 1
    return out


def row_facts(lang: str, table: Table, row: Row) -> tuple[list[tuple[SentenceFact, str | None, int, int]], list[Mention]]:
    """Each cell of a row read as "<column label>: <cell>"; the first cell names the row's country.
    Gives (fact, country, start, end) with absolute spans, and the places the first cell names."""
    first = row.cells[0][2]
    places = [m for m in find_mentions(first) if m.is_place_or_actor]
    code = places[0].code if len({m.code for m in places}) == 1 else None
    context = table.heading if table.heading.endswith(":") else ""
    out = []
    for (_, _, label), (c_start, _c_end, cell) in zip(table.head.cells[1:], row.cells[1:]):
        prefix = f"{label}: "
        facts, _ = sentence_facts(prefix + cell, lang, context=context or f"{label}:")
        for sf in facts:
            q = sf.quantity
            start = c_start + max(0, q.start - len(prefix))
            end = c_start + max(0, q.end - len(prefix))
            out.append((sf, code if code else sf.country, start, end))
    return out, places
