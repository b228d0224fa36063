"""The operation list: newest first, one line each with year, countries and headline figure."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from store.format import number
from store.model import Operation
from store.repository import Repository, Total
from tui.widgets.row_list import RowList
from tui.widgets.text import highlight, plain


@dataclass(frozen=True, slots=True)
class OperationRow:
    """What a row shows, computed once per snapshot (headlines read every fact of the op)."""

    op: Operation
    countries: int
    headline: Total | None
    facts: int

    @classmethod
    def build(cls, repo: Repository, op: Operation) -> OperationRow:
        return cls(
            op=op,
            countries=len(repo.participants(op)),
            headline=repo.headline(op),
            facts=len(repo.snapshot.facts_by_operation.get(op.id, ())),
        )

    @property
    def headline_text(self) -> str:
        if self.headline is None:
            return "—"
        return number(self.headline.value)


class OperationList(RowList[OperationRow]):
    """Operations as rows: ``SpecTor   2023   9   155 arrests``."""

    def render_row(self, row: OperationRow, width: int) -> Text:
        year = row.op.year or "----"
        right = Text.assemble(
            (f" {year:>4}", self.style_of("row-list--dim")),
            (f" {row.countries:>3}", self.style_of("row-list--accent")),
            (f" {row.headline_text:>9}", ""),
        )
        name_width = max(4, width - right.cell_len)
        name = plain(row.op.name, style="bold")
        highlight(name, self.terms, self.style_of("row-list--match"))
        name.truncate(name_width, overflow="ellipsis", pad=True)
        return Text.assemble(name, right)
