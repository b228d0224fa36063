"""What a query matched: ``SearchResult`` and the row views it hands the explorer.

A result of the index holds the index's ranked rows and the mask of every matched fact, and
makes fact lists only when asked: the explorer never needs all of them, only the matched facts
of the operation it shows (``facts_in_order``) and the per-operation counts (``op_counts``).
A result built by hand (``SearchResult(query=..., facts=[...])``) works the same from lists.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, overload

import numpy as np

from store.model import Fact, Operation
from store.search.layer import Mask, Rows

if TYPE_CHECKING:
    from store.repository import Snapshot


class RowSource(Protocol):
    """What a result needs of the index that made it."""

    @property
    def facts(self) -> tuple[Fact, ...]: ...

    @property
    def snapshot(self) -> Snapshot: ...

    def op_members(self, op_id: str) -> Rows: ...

    def ordered_rows(self, op_id: str, ordered: Sequence[Fact]) -> Rows: ...


@dataclass(frozen=True, slots=True)
class Matched:
    """The index's side of a result: which facts matched and in which order they rank."""

    index: RowSource
    rows: Rows  # ranked rows of ``facts``, cut at the search's limit
    mask: Mask  # every matched fact (typo matches included), over the index's facts


class FactRows(Sequence[Fact]):
    """Facts picked by row number from the index's tuple, without building a list: the
    explorer shows one operation's matched facts, and an operation can hold tens of
    thousands of them (a list of those per keystroke costs milliseconds)."""

    __slots__ = ("_facts", "_rows")

    def __init__(self, facts: Sequence[Fact], rows: Rows) -> None:
        self._facts = facts
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> Fact: ...

    @overload
    def __getitem__(self, i: slice) -> list[Fact]: ...

    def __getitem__(self, i: int | slice) -> Fact | list[Fact]:
        if isinstance(i, slice):
            return [self._facts[r] for r in self._rows[i].tolist()]
        return self._facts[int(self._rows[i])]

    def __iter__(self) -> Iterator[Fact]:
        facts = self._facts
        return (facts[r] for r in self._rows.tolist())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FactRows):
            return self._facts is other._facts and np.array_equal(self._rows, other._rows)
        if isinstance(other, list | tuple):
            return len(other) == len(self) and all(a is b or a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def position(self, fact_id: str | None) -> int | None:
        """Where the fact with ``fact_id`` is, or None."""
        if fact_id is None:
            return None
        facts = self._facts
        for i, r in enumerate(self._rows.tolist()):
            if facts[r].id == fact_id:
                return i
        return None


class SearchResult:
    """What a query matched. ``facts`` is ranked and cut at the search's ``limit`` (``total``
    is not); with ``matched`` (from the index) it is made on first access."""

    def __init__(self, query: str, facts: Sequence[Fact] | None = None, operations: Sequence[Operation] | None = None,
                 countries: Sequence[str] | None = None, total: int = 0, terms: Sequence[str] | None = None,
                 hints: Sequence[str] | None = None, fuzzy: bool = False, exact: int = 0,
                 corrections: dict[str, list[str]] | None = None, op_counts: dict[str, int] | None = None,
                 named: dict[str, int] | None = None, matched: Matched | None = None,
                 malformed: Sequence[str] | None = None) -> None:
        self.query = query
        self.operations: list[Operation] = list(operations) if operations is not None else []
        self.countries: list[str] = list(countries) if countries is not None else []
        self.total = total
        self.terms: list[str] = list(terms) if terms is not None else []  # folded words to highlight
        self.hints: list[str] = list(hints) if hints is not None else []
        # the hints about filters the query could not apply as typed (an unknown field, a
        # comparison with no number): the explorer shows them; a script is told it erred
        self.malformed: list[str] = list(malformed) if malformed is not None else []
        self.fuzzy = fuzzy  # some facts matched only by typo tolerance (below exact ones)
        self.exact = exact  # how many of ``total`` matched without typo tolerance
        self.corrections: dict[str, list[str]] = corrections if corrections is not None else {}  # typed term -> names
        self.op_counts: dict[str, int] = op_counts if op_counts is not None else {}  # operation id -> matched facts
        # operation id -> how well the query's words name it: per word, 2 by its name or an
        # alias (a typo of one counts), 1 by one of its markets; the explorer lists by it
        self.named: dict[str, int] = named if named is not None else {}
        self._matched = matched
        self._facts: list[Fact] | None = list(facts) if facts is not None else None if matched is not None else []

    @property
    def facts(self) -> list[Fact]:
        if self._facts is None:
            assert self._matched is not None
            facts = self._matched.index.facts
            self._facts = [facts[i] for i in self._matched.rows.tolist()]
        return self._facts

    @property
    def snapshot(self) -> Snapshot | None:
        """The snapshot this result's rows refer to (None for a result built by hand)."""
        return self._matched.index.snapshot if self._matched is not None else None

    @property
    def mask(self) -> Mask | None:
        """Every matched fact, a flag per fact of :attr:`snapshot` (None for a result built by hand)."""
        return self._matched.mask if self._matched is not None else None

    def facts_in(self, op_id: str) -> list[Fact]:
        """The matched facts of one operation (in no particular order), without the others."""
        if self._matched is None:
            return [f for f in self.facts if f.operation == op_id]
        index, mask = self._matched.index, self._matched.mask
        rows = index.op_members(op_id)
        facts = index.facts
        return [facts[i] for i in rows[mask[rows]].tolist()]

    def facts_in_order(self, op_id: str, ordered: Sequence[Fact]) -> Sequence[Fact]:
        """The matched facts of one operation in the order of ``ordered`` (all its facts, as
        ``Repository.ordered_facts`` gives them): a mask over the operation's rows, no list."""
        if self._matched is None:
            wanted = {id(f) for f in self.facts if f.operation == op_id}
            return [f for f in ordered if id(f) in wanted]
        index, mask = self._matched.index, self._matched.mask
        rows = index.ordered_rows(op_id, ordered)
        return FactRows(index.facts, rows[mask[rows]])

    def __repr__(self) -> str:
        return f"SearchResult(query={self.query!r}, total={self.total}, operations={len(self.operations)})"
