"""One committed state of a store, indexed for the explorer's queries."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from store.model import Fact, Operation, Source


@dataclass(frozen=True)
class Snapshot:
    """The records of one committed store file; immutable, so readers share it without a lock.

    What the explorer's first frame needs (facts by operation) is built with the snapshot;
    the other indexes on first use (one pass over the facts each, ~30 ms at 100,000; facts by
    id ~0.5 s at a million, built by the background worker before any key needs it), so they
    are not on the way to that frame."""

    sources: dict[str, Source]
    operations: dict[str, Operation]
    facts: tuple[Fact, ...]
    facts_by_operation: dict[str, tuple[Fact, ...]] = field(repr=False)
    fact_countries: frozenset[str | None] = field(repr=False)  # every fact's country (None: worldwide)
    changes: tuple[dict[str, Any], ...] = field(default=(), repr=False)  # the hand-change log (store.changes)
    rows: RowKeys | None = field(default=None, repr=False, compare=False)  # where each record sits in the file

    @classmethod
    def build(
        cls,
        sources: Iterable[Source],
        operations: Iterable[Operation],
        facts: Iterable[Fact],
        changes: Iterable[dict[str, Any]] = (),
        *,
        by_operation: dict[str, tuple[Fact, ...]] | None = None,
        rows: RowKeys | None = None,
    ) -> Snapshot:
        """``by_operation``: the facts grouped by operation, when the caller has them already
        (the sidecar cache groups its column of operation codes with numpy)."""
        facts = tuple(facts)
        if by_operation is None:
            by_op: dict[str, list[Fact]] = defaultdict(list)
            for fact in facts:
                by_op[fact.operation].append(fact)
            by_operation = {k: tuple(v) for k, v in by_op.items()}
        return cls(
            sources={s.id: s for s in sources},
            operations={o.id: o for o in operations},
            facts=facts,
            facts_by_operation=by_operation,
            fact_countries=frozenset(map(attrgetter("country"), facts)),
            changes=tuple(sorted(changes, key=lambda c: c.get("id", 0))),
            rows=rows,
        )

    @functools.cached_property
    def facts_by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}

    @functools.cached_property
    def facts_by_country(self) -> dict[str | None, tuple[Fact, ...]]:
        return _grouped(self.facts, attrgetter("country"))

    @functools.cached_property
    def facts_by_source(self) -> dict[str, tuple[Fact, ...]]:
        return _grouped(self.facts, attrgetter("source"))


class RowKeys:
    """The TinyDB document key of every record, in the snapshot's order, and the raw
    ``changes`` table: what a journalled write (store.journal) needs to name the rows it
    changes without re-reading the file. Facts' keys may be held as a numpy array of ints
    (the sidecar's form) and become text on first use."""

    def __init__(self, schema: int, keys: dict[str, Any], change_table: dict[str, dict[str, Any]]) -> None:
        self.schema = schema
        self._keys = keys
        self.change_table = change_table
        self._sorted: dict[str, bool] = {}
        self.ids: dict[str, dict[str, str]] = {}  # table -> record id -> key, made on first write
        self.docs: dict[str, dict[str, dict[str, Any]]] = {}  # table -> key -> the record as a document

    def id_index(self, table: str, records: Iterable[Any]) -> dict[str, str]:
        """Record id -> document key (kept: the next write's snapshot updates a copy)."""
        if table not in self.ids:
            self.ids[table] = dict(zip(map(attrgetter("id"), records), self.of(table)))
        return self.ids[table]

    def carry(self, old: RowKeys, table: str, replaced: list[Any], put: dict[str, Any]) -> None:
        """Take over ``old``'s id index and documents of ``table`` (moved, not copied: the old
        snapshot's writer is done with them), less what a write replaced or removed and plus
        what it put (``put``: key -> record or None)."""
        if table in old.docs:
            docs = self.docs[table] = old.docs.pop(table)
            for key in put:
                docs.pop(key, None)
        if table in old.ids:
            ids = self.ids[table] = old.ids.pop(table)
            for record in replaced:
                ids.pop(record.id, None)
            for key, record in put.items():
                if record is not None:
                    ids[record.id] = key

    def is_sorted(self, table: str) -> bool:
        """Keys in increasing order as text, as the store's writer leaves them (checked once)."""
        if table not in self._sorted:
            keys = self.of(table)
            self._sorted[table] = all(a < b for a, b in zip(keys, keys[1:]))
        return self._sorted[table]

    def mark_sorted(self, table: str) -> None:
        self._sorted[table] = True

    def of(self, table: str) -> tuple[str, ...]:
        keys = self._keys[table]
        if not isinstance(keys, tuple):
            keys = self._keys[table] = tuple(map(str, keys.tolist()))
        return keys

    def raw(self, table: str) -> Any:
        """As held (a tuple of text or an array of ints), for the sidecar."""
        return self._keys[table]


def _grouped(facts: Iterable[Fact], key: Callable[[Fact], Any]) -> dict:
    grouped: dict[Any, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[key(fact)].append(fact)
    return {k: tuple(v) for k, v in grouped.items()}
