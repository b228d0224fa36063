"""The store as the explorer and the command line see it: operations, facts, sources,
country summaries, conflicts.

A :class:`Repository` holds one immutable :class:`~store.snapshot.Snapshot` of the file
(readers need no lock) and writes through :func:`store.storage.transaction`;
``reload_if_changed`` lets a long-running explorer pick up what other processes committed.
The pieces it stands on have modules of their own: :mod:`store.paths` (which store a
command means), :mod:`store.decoding` (reading a file into a snapshot) and
:mod:`store.figure_groups` (the rules for figures several sources report). The names callers
import from here are re-exported from those.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store import countries, sidecar
from store.changes import Records, respect_changes
from store.decoding import _typed_decoder, load_records
from store.figure_groups import (
    Total,
    agreement_marks,
    figure_groups,
    group_key,
    metric_order,
    other_reports,
    per_country,
    source_rank,
    sum_groups,
)
from store.journal import journal_path
from store.model import ARRESTS, Fact, Operation, Source, from_dict, replace, to_dict
from store.paths import bundled_document, resolve_path
from store.snapshot import Snapshot
from store.storage import (
    TEMP_MARK,
    StoreError,
    clean_leftovers,
    create,
)

# What callers import from here; ``_typed_decoder`` for the benchmarks and the model's tests.
__all__ = [
    "CountrySummary", "Related", "Repository", "Snapshot", "Total", "_typed_decoder", "group_key",
    "merge_operations", "resolve_path",
]


@dataclass(frozen=True)
class Related:
    """What other sources say about a fact's figure."""

    corroborating: tuple[Fact, ...]  # same value, other source
    conflicting: tuple[Fact, ...]  # different value, other source
    same_sentence: tuple[Fact, ...]  # other facts quoted from the same sentence


@dataclass(frozen=True)
class CountrySummary:
    code: str
    name_en: str
    name_ru: str
    operations: tuple[Operation, ...]
    totals: tuple[Total, ...]
    facts: int


def _year_and_name(op: Operation) -> tuple[str, str]:
    """Operation lists sort by this, reversed: newest year first."""
    return (op.year or "0000", op.name.lower())


def _file_stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _disk_stamp(path: Path) -> tuple:
    """The store file's stamp and its journal's (inode, size): a commit changes one of them."""
    try:
        st = journal_path(path).stat()
        journal: tuple[int, int] | None = (st.st_ino, st.st_size)
    except OSError:
        journal = None
    return (_file_stamp(path), journal)


class Repository:
    """The store as the explorer and the command line see it."""

    def __init__(self, path: Path, snapshot: Snapshot, stamp: tuple | None, opened: sidecar.Opened | None = None) -> None:
        self.path = path
        self._stamp = stamp
        self._cache: dict[tuple, Any] = {}
        self.snapshot = snapshot
        self.opened: sidecar.Opened | None = opened  # how this snapshot was read (store.sidecar): its key, a saved index

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @snapshot.setter
    def snapshot(self, value: Snapshot) -> None:
        """A new snapshot drops every summary computed from the old one."""
        self._snapshot = value
        self._cache = {}

    def _cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """Summaries are pure functions of the immutable snapshot: compute each once."""
        cache = self._cache  # a reload in another thread swaps the dict; this one stays consistent
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def warm(self) -> None:
        """Compute every country's and operation's summary now, e.g. in a background thread,
        so that moving through the explorer never waits for one."""
        self.snapshot.facts_by_id  # noqa: B018 - built on first use: now, not on a key
        self.snapshot.facts_by_source  # noqa: B018
        for code in self.countries_in_store():
            self.country_summary(code)
        for op in list(self.snapshot.operations.values()):
            self.ordered_facts(op.id)
            self.participants(op)
            self.headline(op)
            self.operation_totals(op)
            self.arrests_by_country(op)
            for key, group in self._figure_groups(op.id).items():
                self._cached(("marks", key), functools.partial(agreement_marks, group))

    # -- opening and reloading -------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None = None, *, create_missing: bool = True) -> Repository:
        """Open a store; a store that does not exist yet is created from the bundled dataset."""
        path = resolve_path(path)
        if not path.exists():
            if not create_missing:
                raise StoreError(f"{path}: no such store")
            create(path, bundled_document())
        elif any(path.parent.glob(f".{path.name}*{TEMP_MARK}*")):
            clean_leftovers(path)
        opened = sidecar.open_snapshot(path)
        return cls(path, opened.snapshot, opened.stamp, opened)

    def changed_on_disk(self) -> bool:
        return _disk_stamp(self.path) != self._stamp

    def reload_if_changed(self) -> bool:
        """Re-read the file if another process committed; True if the snapshot changed."""
        if not self.changed_on_disk():
            return False
        self.reopen()
        return True

    def reopen(self) -> None:
        """Read the store again: the JSON (or its sidecar) and its journal."""
        self.adopt(sidecar.open_snapshot(self.path))

    def adopt(self, opened: sidecar.Opened) -> None:
        """Take ``opened`` as the store's state (a reopen, or our own journalled write)."""
        self.snapshot = opened.snapshot
        self.opened = opened
        self._stamp = opened.stamp

    # -- reading ---------------------------------------------------------------------
    def operations(self) -> list[Operation]:
        """Newest first (by year, then name)."""
        return sorted(self.snapshot.operations.values(), key=_year_and_name, reverse=True)

    def operation(self, op_id: str) -> Operation | None:
        return self.snapshot.operations.get(op_id)

    def find_operation(self, name: str) -> Operation | None:
        """By id, name or alias, case-insensitive."""
        from store.text import fold

        if name in self.snapshot.operations:
            return self.snapshot.operations[name]
        wanted = fold(name.strip())
        for op in self.snapshot.operations.values():
            if wanted in {fold(n) for n in (op.id, *op.names())}:
                return op
        return None

    def sources(self) -> list[Source]:
        return list(self.snapshot.sources.values())

    def source(self, source_id: str) -> Source | None:
        return self.snapshot.sources.get(source_id)

    def has_source(self, sha256: str) -> bool:
        return any(s.sha256 == sha256 for s in self.snapshot.sources.values())

    def fact(self, fact_id: str) -> Fact | None:
        return self.snapshot.facts_by_id.get(fact_id)

    def facts(self, operation: str | None = None, country: str | None = None, metric: str | None = None) -> list[Fact]:
        """Facts filtered by operation id, ISO country code and metric, in file order."""
        if operation is not None:
            pool: Iterable[Fact] = self.snapshot.facts_by_operation.get(operation, ())
        elif country is not None:
            pool = self.snapshot.facts_by_country.get(country, ())
        else:
            pool = self.snapshot.facts
        return [
            f
            for f in pool
            if (country is None or f.country == country) and (metric is None or f.metric == metric)
        ]

    def ordered_facts(self, op_id: str) -> list[Fact]:
        """An operation's facts as the explorer lists them: core metrics first (arrests, money,
        drugs, firearms), worldwide before countries, then the better and earlier source, so
        the figure a total would pick leads its group."""
        return self._cached(("ordered", op_id), lambda: sorted(self.snapshot.facts_by_operation.get(op_id, ()), key=self._fact_order))

    def _fact_order(self, fact: Fact) -> tuple:
        tier, published = source_rank(self.snapshot.sources.get(fact.source))
        return (*metric_order(fact.metric), fact.country or "", fact.date or "", tier, published, fact.id)

    def related(self, fact: Fact) -> Related:
        """Corroborations, conflicts and same-sentence neighbours of a fact."""
        corroborating, conflicting = other_reports(fact, self.figure_group(fact))
        neighbours: tuple[Fact, ...] = ()
        if fact.quote and fact.source:  # the sentence may state figures of other operations too
            neighbours = tuple(
                f for f in self.snapshot.facts_by_source.get(fact.source, ()) if f.id != fact.id and f.quote == fact.quote
            )
        return Related(
            corroborating=corroborating,
            conflicting=conflicting,
            same_sentence=neighbours,
        )

    def figure_group(self, fact: Fact) -> tuple[Fact, ...]:
        """The facts that report the same figure as ``fact`` (``group_key``), itself included;
        none for an event. Grouped per operation on first use, so the explorer's first frame
        groups only the operation it shows, not the whole store."""
        if fact.is_event:
            return ()
        return self._figure_groups(fact.operation).get(group_key(fact), ())

    def _figure_groups(self, op_id: str) -> dict[tuple, tuple[Fact, ...]]:
        return self._cached(("groups", op_id), lambda: figure_groups(self.snapshot.facts_by_operation.get(op_id, ())))

    def agreement(self, fact: Fact) -> str:
        """``!`` when another source states a different figure, ``=`` when others only agree,
        else a blank: ``related`` in one character, computed once per figure group (a list
        row asks for it; groups can hold thousands of facts)."""
        if fact.is_event:
            return " "
        key = group_key(fact)
        marks = self._cached(("marks", key), lambda: agreement_marks(self.figure_group(fact)))
        return marks.get(fact.id, " ")

    def participants(self, op: Operation) -> tuple[str, ...]:
        """The operation's countries plus any country its facts are reported for."""
        return self._cached(("participants", op.id), lambda: self._participants(op))

    def _participants(self, op: Operation) -> tuple[str, ...]:
        seen = list(op.countries)
        for fact in self.snapshot.facts_by_operation.get(op.id, ()):
            if fact.country and fact.country not in seen:
                seen.append(fact.country)
        return tuple(seen)

    def headline(self, op: Operation) -> Total | None:
        """The figure an operation is known by: its arrests, worldwide if stated, else summed."""
        return self._cached(("headline", op.id), lambda: self._headline(op))

    def _headline(self, op: Operation) -> Total | None:
        facts = [f for f in self.snapshot.facts_by_operation.get(op.id, ()) if f.metric == ARRESTS and f.value is not None]
        if not facts:
            return None
        chosen = sum_groups(facts, self.snapshot.sources, prefer_worldwide=True)
        return chosen[0] if chosen else None

    def operation_totals(self, op: Operation) -> tuple[Total, ...]:
        """The operation's totals: its worldwide figure where stated, else its countries' sum."""
        return self._cached(("totals", op.id), lambda: sum_groups(self.snapshot.facts_by_operation.get(op.id, ()), self.snapshot.sources, prefer_worldwide=True))

    def arrests_by_country(self, op: Operation) -> list[tuple[str, float]]:
        """Per-country arrests of an operation, one value per country, largest first."""
        return self._cached(("arrests", op.id), lambda: self._arrests_by_country(op))

    def _arrests_by_country(self, op: Operation) -> list[tuple[str, float]]:
        facts = [f for f in self.snapshot.facts_by_operation.get(op.id, ()) if f.metric == ARRESTS]
        return per_country(facts, self.snapshot.sources)

    def countries_in_store(self) -> list[str]:
        """ISO codes of every country named by an operation or a fact."""
        codes = {c for op in self.snapshot.operations.values() for c in op.countries}
        codes.update(c for c in self.snapshot.fact_countries if c)
        return sorted(codes)

    def country_summary(self, code: str) -> CountrySummary:
        """The operations a country took part in and its totals per metric and unit.

        A figure reported by several sources counts once (see :func:`pick`); amounts in
        different currencies are never added together.
        """
        country = countries.get(code)
        if country is None:
            raise StoreError(f"unknown country code {code!r}")
        return self._cached(("country", country.code), lambda: self._country_summary(country.code))

    def _country_summary(self, code: str) -> CountrySummary:
        country = countries.get(code)
        assert country is not None
        facts = self.snapshot.facts_by_country.get(country.code, ())
        op_ids = {op.id for op in self.snapshot.operations.values() if country.code in op.countries}
        op_ids.update(f.operation for f in facts)
        ops = sorted(
            (self.snapshot.operations[i] for i in op_ids if i in self.snapshot.operations),
            key=_year_and_name,
            reverse=True,
        )
        return CountrySummary(
            code=country.code,
            name_en=country.name_en,
            name_ru=country.name_ru,
            operations=tuple(ops),
            totals=sum_groups(facts, self.snapshot.sources),
            facts=len(facts),
        )

    # -- writing ---------------------------------------------------------------------
    def check_before_write(self, document: dict[str, Any]) -> None:
        """A write's check of the document it read inside the lock: checked whole unless it is
        the file this repository's snapshot was read (and validated) from."""
        if _disk_stamp(self.path) != self._stamp:
            load_records(self.path, document)

    def add_records(
        self,
        sources: Iterable[Source] = (),
        operations: Iterable[Operation] = (),
        facts: Iterable[Fact] = (),
    ) -> int:
        """Write sources, operations and facts in one transaction; returns the new facts' count.

        Records are keyed by id: a source or fact already there is kept as it is; an
        operation already there is merged (aliases, markets and countries unioned, dates
        filled where missing). The snapshot is reloaded afterwards.
        """
        from store.journal_write import write

        new_sources, new_operations, new_facts = list(sources), list(operations), list(facts)
        records: list[Source | Operation | Fact] = [*new_sources, *new_operations, *new_facts]
        for record in records:
            record.validate()

        def work(rows: Records) -> int:
            operations, facts = respect_changes(rows.document, new_operations, new_facts)
            for source in new_sources:
                if rows.get("sources", source.id) is None:
                    rows.put("sources", source.id, to_dict(source))
            for op in operations:
                existing = rows.get("operations", op.id)
                if existing is None:
                    rows.put("operations", op.id, to_dict(op))
                else:
                    merged = to_dict(merge_operations(from_dict(Operation, dict(existing)), op))
                    if merged != existing:
                        rows.put("operations", op.id, merged)
            added = 0
            for fact in facts:
                if rows.get("facts", fact.id) is None:
                    rows.put("facts", fact.id, to_dict(fact))
                    added += 1
            return added

        return write(self, work)


def merge_operations(old: Operation, new: Operation) -> Operation:
    """Union of what two records say about one operation; the first record's name stays."""

    def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*a, *b)))

    return replace(
        old,
        aliases=tuple(a for a in union(old.aliases, (new.name, *new.aliases)) if a != old.name),
        markets=union(old.markets, new.markets),
        countries=union(old.countries, new.countries),
        announced=old.announced or new.announced,
        started=old.started or new.started,
        ended=old.ended or new.ended,
    )
