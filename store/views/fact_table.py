"""The facts table: every fact of the store, one row each, sortable by any column.

A store can hold 100,000 facts or more and a sort must land in a frame or two, so the table
never sorts facts: per snapshot it turns each column into an integer (or float) key per fact
once, and per column and direction it keeps the facts' order as an index array (one stable
``np.argsort`` of the ranks in the explorer's order, made on first use or by
:meth:`FactTable.warm`). Sorting the rows a query matched is then one gather of that array
through the query's mask: ~1 ms at 100,000 facts. Nothing here walks every fact in Python
before the first rows can show: the explorer's order comes from ranks
(``store.views.explorer_order``), the agreement marks of all facts only when sorted by them.

Ties keep the explorer's order (operations newest first, then each operation's facts as the
explorer lists them), in both directions; facts without a value, date or tier sort last
either way, as a spreadsheet user expects of blanks.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter

import numpy as np

from store.figure_groups import TIER_RANK, metric_order
from store.model import QUALIFIERS, Fact
from store.outlets import fact_date
from store.snapshot import Snapshot
from store.views.explorer_order import explorer_rows


@dataclass(frozen=True, slots=True)
class Column:
    """A column of the table: its key, what the header says, and its first direction."""

    key: str
    title: str
    descending_first: bool = False  # figures and dates: the largest, the newest first


COLUMNS: tuple[Column, ...] = (
    Column("operation", "Operation"),
    Column("date", "Date", descending_first=True),
    Column("metric", "Metric"),
    Column("figure", "Figure", descending_first=True),
    Column("country", "Country"),
    Column("qualifier", "Qualifier"),
    Column("tier", "Tier"),
    Column("mark", "Agreement"),
)
COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)
MARK_WORDS = {"!": "conflict", "=": "corroborated", " ": ""}
_MARK_RANK = {"!": 0, "=": 1, " ": 2}
BLANK = np.iinfo(np.int64).max  # the key of a blank cell: last in both directions


def row_date(fact: Fact, snapshot: Snapshot) -> str | None:
    """The date a row shows and sorts by: :func:`store.outlets.fact_date` (``None``: neither)."""
    return fact_date(fact.date, snapshot.sources.get(fact.source)) or None


def _ranks(values: Sequence[str | None]) -> np.ndarray:
    """Each value's place among the distinct values (None: :data:`BLANK`)."""
    distinct = sorted({v for v in values if v is not None})
    place = {v: i for i, v in enumerate(distinct)}
    return np.fromiter((BLANK if v is None else place[v] for v in values), dtype=np.int64, count=len(values))


class FactTable:
    """Sort keys and presorted orders of one snapshot's facts (rows: ``snapshot.facts``).

    ``base_order`` gives the facts in the explorer's order (a sequence of the snapshot's own
    fact objects); ``mark`` the agreement mark of a fact (``!``, ``=`` or a blank)."""

    def __init__(self, snapshot: Snapshot, base_order: Sequence[Fact] | np.ndarray | None,
                 mark: Callable[[Fact], str]) -> None:
        self.snapshot = snapshot
        facts = snapshot.facts
        self.size = len(facts)
        if base_order is None:  # the explorer's order, from ranks (~1 s at a million facts)
            base = explorer_rows(snapshot)
        elif isinstance(base_order, np.ndarray):
            base = base_order.astype(np.int64)
        else:
            row_of = self.row_of
            base = np.fromiter((row_of[id(f)] for f in base_order if id(f) in row_of), dtype=np.int64)
        if len(base) != self.size:  # a fact the base order missed goes after the others
            seen = np.zeros(self.size, dtype=bool)
            seen[base] = True
            base = np.concatenate([base, np.flatnonzero(~seen)])
        self.base = base.astype(np.int32)  # rows in the explorer's order (int32: 4 bytes a row, 16 orders)
        self._mark = mark
        self._marks: list[str] | None = None
        self._keys: dict[str, np.ndarray] = {}
        self._orders: dict[tuple[str, bool], np.ndarray] = {}
        self._lock = threading.Lock()
        self._order_locks: dict[tuple[str, bool], threading.Lock] = {}

    @functools.cached_property
    def row_of(self) -> dict[int, int]:
        """``id(fact)`` -> its row (a dict of every fact: made when first needed)."""
        return {id(f): i for i, f in enumerate(self.snapshot.facts)}

    @property
    def marks(self) -> list[str]:
        """Every fact's agreement mark (a second or more at a million facts: the ``mark``
        sort and the warm-up ask for it, rows ask :meth:`mark` one at a time)."""
        if self._marks is None:
            mark = self._mark
            self._marks = [mark(f) for f in self.snapshot.facts]
        return self._marks

    # -- keys ---------------------------------------------------------------------------
    def key(self, column: str) -> np.ndarray:
        """One sortable number per fact for ``column`` (blanks: :data:`BLANK` or NaN)."""
        if column not in self._keys:
            self._keys[column] = self._make_key(column)
        return self._keys[column]

    def _make_key(self, column: str) -> np.ndarray:
        facts, snapshot = self.snapshot.facts, self.snapshot
        if column == "operation":
            names = {op_id: op.name.casefold() for op_id, op in snapshot.operations.items()}
            return _ranks([names.get(f.operation, f.operation.casefold()) for f in facts])
        if column == "date":
            return _ranks([row_date(f, snapshot) for f in facts])
        if column == "metric":
            orders = {m: metric_order(m) for m in {f.metric for f in facts}}
            return _ranks([orders[f.metric] for f in facts])  # type: ignore[misc]  # tuples sort too
        if column == "figure":
            return np.fromiter((np.nan if f.value is None else float(f.value) for f in facts), dtype=np.float64,
                               count=self.size)
        if column == "country":
            return _ranks([f.country or "" for f in facts])  # worldwide first
        if column == "qualifier":
            place = {q: i for i, q in enumerate(QUALIFIERS)}
            return np.fromiter((place.get(f.qualifier, len(place)) for f in facts), dtype=np.int64, count=self.size)
        if column == "tier":
            sources = snapshot.sources
            tiers = [sources[f.source].tier if f.source in sources else None for f in facts]
            return np.fromiter((TIER_RANK.get(t, BLANK) if t else BLANK for t in tiers), dtype=np.int64,
                               count=self.size)
        if column == "mark":
            return np.fromiter(map(_MARK_RANK.__getitem__, self.marks), dtype=np.int64, count=self.size)
        raise KeyError(column)

    # -- orders -------------------------------------------------------------------------
    def order(self, column: str | None, descending: bool = False) -> np.ndarray:
        """Every row sorted by ``column`` (None: the explorer's order), ties in the
        explorer's order, blanks last."""
        if column is None:
            return self.base
        cached = self._orders.get((column, descending))
        if cached is not None:
            return cached
        with self._lock:  # one lock per order: a sort the user asked for never waits behind
            lock = self._order_locks.setdefault((column, descending), threading.Lock())  # the warm-up's others
        with lock:
            cached = self._orders.get((column, descending))
            if cached is None:
                cached = self._orders[(column, descending)] = self._sort(column, descending)
        return cached

    def figure_groups(self) -> np.ndarray:
        """Figures compare within what they count: arrests with arrests, USD with USD. The
        groups in the explorer's metric order (arrests, money, drugs, firearms, the others),
        then by unit; the same order in both directions, only the values inside reverse."""
        if "figure_group" not in self._keys:
            facts = self.snapshot.facts
            pairs = [(m, u or "") for m, u in zip(map(attrgetter("metric"), facts), map(attrgetter("unit"), facts))]
            # a few dozen distinct pairs: the explorer's metric order is computed once for each
            ranked = sorted(set(pairs), key=lambda pair: (metric_order(pair[0]), pair[1]))
            place = {pair: i for i, pair in enumerate(ranked)}
            self._keys["figure_group"] = np.fromiter(map(place.__getitem__, pairs), dtype=np.int64, count=self.size)
        return self._keys["figure_group"]

    def _sort(self, column: str, descending: bool) -> np.ndarray:
        """One stable argsort of the column's ranks taken in the explorer's order: ties keep
        that order, without a lexsort over a tie-break key (0.1–0.3 s at a million facts)."""
        key = self.key(column)
        if key.dtype.kind == "f":
            blank = np.isnan(key)
            _, value = np.unique(np.where(blank, 0.0, key), return_inverse=True)  # figures as ranks
            value = value.reshape(-1).astype(np.int64)
        else:
            blank = key == BLANK
            value = np.where(blank, 0, key)
        if descending:
            value = value.max(initial=0) - value
        span = int(value.max(initial=0)) + 1
        if column == "figure":  # within what they count, in the same group order both ways
            groups = self.figure_groups()
            value = groups * span + value
            span *= int(groups.max(initial=0)) + 1
        composite = np.where(blank, span, value)  # blanks last either way
        base = self.base
        ranked = composite[base]
        ranked = ranked.astype(np.int32) if span < 2**31 - 1 else ranked
        return base[np.argsort(ranked, kind="stable")]

    def has_order(self, column: str | None, descending: bool = False) -> bool:
        """Whether sorting by ``column`` is one gather now (its order is made)."""
        return column is None or (column, descending) in self._orders

    def warm(self, cancelled: Callable[[], bool] = lambda: False) -> None:
        """Make every column's orders now (a worker): no first sort waits for its keys.
        ``cancelled`` is asked between orders (the app may have quit)."""
        self.row_of  # noqa: B018 - keeping the cursor's fact through a reload asks for it
        for column in COLUMN_KEYS:
            for descending in (False, True):
                if cancelled():
                    return
                self.order(column, descending)

    def rows(self, mask: np.ndarray | None, column: str | None = None, descending: bool = False) -> np.ndarray:
        """The rows ``mask`` keeps (None: all), sorted: one gather of a presorted order."""
        order = self.order(column, descending)
        if mask is None:
            return order
        return order[mask[order]]

    def mark(self, fact: Fact) -> str:
        """The agreement mark of one of the snapshot's facts (a blank for another)."""
        row = self.row_of.get(id(fact))
        if row is None:
            return " "
        return self._marks[row] if self._marks is not None else self._mark(fact)
