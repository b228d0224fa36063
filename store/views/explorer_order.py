"""Every fact of a snapshot in the explorer's order, as one index array, without sorting facts.

The explorer lists operations newest first (``Repository.operations``) and each operation's
facts by ``Repository.ordered_facts``: core metrics first, worldwide before countries, then
date, the better and earlier source, the id. Sorting a million facts that way is ~8 s of
Python (a key tuple per fact); the facts table needs that order as the tie-break of every sort
before it can show one. Here each part of the key becomes one rank per fact (a dict lookup
over the few distinct values: metrics, countries, dates, sources), and ``np.lexsort`` orders
the ranks; only facts that tie on all of them (the same figure from the same source, twice)
are put in id order in Python. The result equals the explorer's own order fact for fact
(``tests/test_explorer_order.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from operator import attrgetter

import numpy as np

from store.figure_groups import metric_order, source_rank
from store.model import Operation
from store.snapshot import Snapshot


def operations_newest_first(snapshot: Snapshot) -> list[Operation]:
    """``Repository.operations``: newest year first, then by name (a stable reversed sort)."""
    return sorted(snapshot.operations.values(), key=lambda op: (op.year or "0000", op.name.lower()), reverse=True)


CHUNK = 50_000  # values per C-level pass: a pass holds the GIL (~3 ms), the UI thread gets it between


def _column(facts: Sequence, name: str) -> list:
    """One attribute of every fact, in chunks (a worker's ``map`` over a million facts would
    hold the GIL for ~100 ms: the interface would stall that long)."""
    get = attrgetter(name)
    out: list = []
    for at in range(0, len(facts), CHUNK):
        out.extend(map(get, facts[at:at + CHUNK]))
    return out


def _ranks(values: Sequence[Hashable], key: Callable | None = None) -> np.ndarray:
    """Each value's place among the distinct values, compared by ``key`` (default: the values
    themselves); values with equal keys share a place."""
    distinct: set = set()
    for at in range(0, len(values), CHUNK):
        distinct.update(values[at:at + CHUNK])
    keyed = {v: key(v) for v in distinct} if key is not None else {v: v for v in distinct}
    key_place = {k: i for i, k in enumerate(sorted(set(keyed.values())))}
    place = {v: key_place[k] for v, k in keyed.items()}
    out = np.empty(len(values), dtype=np.int64)
    for at in range(0, len(values), CHUNK):
        part = values[at:at + CHUNK]
        out[at:at + len(part)] = np.fromiter(map(place.__getitem__, part), dtype=np.int64, count=len(part))
    return out


def explorer_rows(snapshot: Snapshot) -> np.ndarray:
    """Rows of ``snapshot.facts`` in the explorer's order; facts of an operation that is not
    in the store come last, in store order."""
    facts = snapshot.facts
    n = len(facts)
    if not n:
        return np.zeros(0, dtype=np.int64)
    op_place = {op.id: i for i, op in enumerate(operations_newest_first(snapshot))}
    unknown = len(op_place)
    op_rank = np.fromiter((op_place.get(op, unknown) for op in _column(facts, "operation")), dtype=np.int64, count=n)
    metric = _ranks(_column(facts, "metric"), key=metric_order)
    country = _ranks([c or "" for c in _column(facts, "country")])
    date = _ranks([d or "" for d in _column(facts, "date")])
    sources = snapshot.sources
    source = _ranks(_column(facts, "source"), key=lambda s: source_rank(sources.get(s)))
    known = op_rank < unknown
    if not known.all():  # the explorer lists no fact of a missing operation: keep store order
        for column in (metric, country, date, source):
            column[~known] = 0
    rows = np.arange(n)
    # lexsort: the last key is the primary one; the row breaks the remaining ties for now
    order = np.lexsort((rows, source, date, country, metric, op_rank))
    _ties_by_id(facts, order, (op_rank, metric, country, date, source), known)
    return order


def _ties_by_id(facts: Sequence, order: np.ndarray, keys: tuple[np.ndarray, ...], known: np.ndarray) -> None:
    """Put runs of facts that tie on every rank in id order (in place), as the explorer's key
    ends with the id; a stable sort keeps equal ids in store order, as ``sorted`` does."""
    if len(order) < 2:
        return
    same = np.ones(len(order) - 1, dtype=bool)
    for key in keys:
        ranked = key[order]
        same &= ranked[1:] == ranked[:-1]
    same &= known[order][1:]  # facts of missing operations stay in store order
    if not same.any():
        return
    starts = np.flatnonzero(same & ~np.concatenate(([False], same[:-1])))
    ends = np.flatnonzero(same & ~np.concatenate((same[1:], [False]))) + 2
    for start, end in zip(starts.tolist(), ends.tolist()):
        run = order[start:end].tolist()
        order[start:end] = sorted(run, key=lambda r: facts[r].id)
