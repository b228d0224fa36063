"""Which facts of a snapshot a search result matched, as one flag per fact."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from store.snapshot import Snapshot

if TYPE_CHECKING:
    from store.search import SearchResult


def matched_mask(snapshot: Snapshot, result: SearchResult | None) -> np.ndarray:
    """A flag per fact of ``snapshot.facts``: every fact when there is no query, else those
    the query matched (all of them, not the ranked cut). A result of another snapshot (the
    store was reloaded and its new search has not landed) is matched by fact id."""
    n = len(snapshot.facts)
    if result is None:
        return np.ones(n, dtype=bool)
    mask = result.mask if result.snapshot is snapshot else None
    if mask is not None and len(mask) == n:
        return mask
    wanted = {fact.id for fact in result.facts}
    return np.fromiter((fact.id in wanted for fact in snapshot.facts), dtype=bool, count=n)


def matched_operations(snapshot: Snapshot, result: SearchResult | None) -> set[str] | None:
    """The ids of the operations a query matched (by name, market, or one of their facts);
    None when there is no query (every operation)."""
    if result is None:
        return None
    ops = {op.id for op in result.operations}
    ops.update(result.op_counts)  # operations with a matched fact
    return ops
