"""Queries over a store: operations, facts, sources, country summaries, conflicts.

A :class:`Repository` holds one immutable :class:`Snapshot` of the file (readers need no
lock) and writes through :func:`store.storage.transaction`. ``reload_if_changed`` lets a
long-running explorer pick up what other processes committed.
"""

from __future__ import annotations

import functools
import gc
import math
import os
from bisect import bisect_left, bisect_right
from operator import attrgetter
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from store import countries
from store.model import (
    ARRESTS,
    CORE_METRICS,
    EVENT_METRICS,
    RECORD_TYPES,
    Fact,
    Operation,
    Source,
    ValidationError,
    decoded_records_valid,
    from_dict,
    load_many,
    replace,
    to_dict,
)
from store.storage import (
    TEMP_MARK,
    StoreError,
    check_schema,
    clean_leftovers,
    create,
    empty_document,
    parse_document,
    read_raw,
    transaction,
)

TIER_RANK = {"official": 0, "news": 1, "trade_news": 2, "low": 3}


@dataclass(frozen=True)
class Snapshot:
    """One committed state of the store, indexed for the explorer's queries.

    What the explorer's first frame needs (facts by id and by operation) is built with the
    snapshot; the other indexes on first use (one pass over the facts each, ~30 ms at
    100,000), so they are not on the way to that frame."""

    sources: dict[str, Source]
    operations: dict[str, Operation]
    facts: tuple[Fact, ...]
    facts_by_id: dict[str, Fact] = field(repr=False)
    facts_by_operation: dict[str, tuple[Fact, ...]] = field(repr=False)
    fact_countries: frozenset[str | None] = field(repr=False)  # every fact's country (None: worldwide)

    @classmethod
    def build(cls, sources: Iterable[Source], operations: Iterable[Operation], facts: Iterable[Fact]) -> Snapshot:
        facts = tuple(facts)
        by_op: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            by_op[fact.operation].append(fact)
        return cls(
            sources={s.id: s for s in sources},
            operations={o.id: o for o in operations},
            facts=facts,
            facts_by_id={f.id: f for f in facts},
            facts_by_operation={k: tuple(v) for k, v in by_op.items()},
            fact_countries=frozenset(map(attrgetter("country"), facts)),
        )

    @functools.cached_property
    def facts_by_country(self) -> dict[str | None, tuple[Fact, ...]]:
        return _grouped(self.facts, attrgetter("country"))

    @functools.cached_property
    def facts_by_source(self) -> dict[str, tuple[Fact, ...]]:
        return _grouped(self.facts, attrgetter("source"))

    @functools.cached_property
    def groups(self) -> dict[tuple, tuple[Fact, ...]]:
        """Facts that report the same figure (``group_key``); events are no figures."""
        events = EVENT_METRICS
        groups: dict[tuple, list[Fact]] = defaultdict(list)
        for fact in self.facts:  # group_key and is_event inlined: 100,000 times
            if fact.metric not in events:
                groups[(fact.operation, fact.metric, fact.unit, fact.country)].append(fact)
        return {k: tuple(v) for k, v in groups.items()}


def _grouped(facts: Iterable[Fact], key: Callable[[Fact], Any]) -> dict:
    grouped: dict[Any, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[key(fact)].append(fact)
    return {k: tuple(v) for k, v in grouped.items()}


def group_key(fact: Fact) -> tuple:
    """Facts that report the same figure: same operation, metric, unit, country and detail kind."""
    return (fact.operation, fact.metric, fact.unit, fact.country)


@dataclass(frozen=True)
class Related:
    """What other sources say about a fact's figure."""

    corroborating: tuple[Fact, ...]  # same value, other source
    conflicting: tuple[Fact, ...]  # different value, other source
    same_sentence: tuple[Fact, ...]  # other facts quoted from the same sentence


@dataclass(frozen=True)
class Total:
    metric: str
    unit: str | None
    value: float
    facts: int  # how many facts were read
    groups: int  # how many distinct figures were added (one value per group)
    chosen: tuple[str, ...]  # ids of the facts whose values were added


@dataclass(frozen=True)
class CountrySummary:
    code: str
    name_en: str
    name_ru: str
    operations: tuple[Operation, ...]
    totals: tuple[Total, ...]
    facts: int


def _support(values: list[Any], tolerance: float = 0.02) -> dict[Any, int]:
    """For each distinct value, how many facts give a value within ``tolerance`` of it.

    Values within 2 % support each other (120 backs 119; 199 does not). Sorted distinct
    values and prefix counts keep this O(d log d), not O(n²), for groups of thousands.
    """
    counts: dict[Any, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    numbers = sorted(v for v in counts if v is not None)
    prefix = [0]
    for v in numbers:
        prefix.append(prefix[-1] + counts[v])
    support: dict[Any, int] = {None: counts[None]} if None in counts else {}
    for v in numbers:
        if v >= 0:
            low, high = v * (1 - tolerance), (v / (1 - tolerance) if tolerance < 1 else math.inf)
        else:
            low, high = v / (1 - tolerance), v * (1 - tolerance)
        support[v] = prefix[bisect_right(numbers, high)] - prefix[bisect_left(numbers, low)]
    return support


def stated(fact: Fact) -> tuple:
    """What a source says about a figure: its value, or its words and date when it has none."""
    return (fact.value, fact.value_text if fact.value is None else None, fact.date if fact.value is None else None)


def _agreement_marks(group: Sequence[Fact]) -> dict[str, str]:
    """``Repository.agreement`` for every fact of a group, in O(n): the other sources' facts
    are the group minus the fact's own source, and those that agree are the facts stating
    the same figure minus those of its own source."""
    by_source = Counter(f.source for f in group)
    by_stated = Counter(stated(f) for f in group)
    by_both = Counter((f.source, stated(f)) for f in group)
    marks: dict[str, str] = {}
    for f in group:
        said = stated(f)
        others = len(group) - by_source[f.source]
        agreeing = by_stated[said] - by_both[(f.source, said)]
        marks[f.id] = "!" if others > agreeing else "=" if others else " "
    return marks


def pick(group: Iterable[Fact], sources: dict[str, Source]) -> Fact:
    """One value for a group of facts reporting the same figure.

    The value the most sources support wins (values within 2 % support each other, so one
    page's typo cannot outvote two sources that agree); ties go to the better source tier
    (official first), then to the exact value most sources give, then to the earliest
    source. Deterministic, so totals never flicker.
    """
    group = list(group)
    if len(group) == 1:
        return group[0]
    exact: dict[Any, int] = defaultdict(int)
    for fact in group:
        exact[fact.value] += 1
    support = _support([f.value for f in group])

    def rank(fact: Fact) -> tuple:
        source = sources.get(fact.source)
        tier = TIER_RANK.get(source.tier if source else None, 4)
        published = (source.published if source else None) or "9999"
        return (-support[fact.value], tier, -exact[fact.value], published, fact.id)

    return min(group, key=rank)


def summable(metric: str) -> bool:
    """Counts and seizures add up across operations; sentences, dates and market sizes do not."""
    return metric == ARRESTS or metric.startswith("seized_")


def sum_groups(facts: Iterable[Fact], sources: dict[str, Source], *, prefer_worldwide: bool = False) -> tuple[Total, ...]:
    """Totals per (metric, unit), adding one value per group of same-figure facts.

    With ``prefer_worldwide`` (an operation's own totals), a worldwide figure stands for the
    whole and per-country figures are not added on top of it.
    """
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.is_event or fact.value is None or not summable(fact.metric):
            continue
        groups[group_key(fact)].append(fact)
    totals: dict[tuple[str, str | None], list[Fact]] = defaultdict(list)
    counts: dict[tuple[str, str | None], int] = defaultdict(int)
    for members in groups.values():
        chosen = pick(members, sources)
        totals[(chosen.metric, chosen.unit)].append(chosen)
        counts[(chosen.metric, chosen.unit)] += len(members)
    out = []
    for (metric, unit), chosen in sorted(totals.items(), key=lambda kv: (_metric_order(kv[0][0]), kv[0][1] or "")):
        if prefer_worldwide:
            worldwide = [f for f in chosen if f.country is None]
            chosen = worldwide or chosen
        out.append(
            Total(
                metric=metric,
                unit=unit,
                value=sum(f.value for f in chosen),  # type: ignore[misc]
                facts=counts[(metric, unit)],
                groups=len(chosen),
                chosen=tuple(f.id for f in chosen),
            )
        )
    return tuple(out)


def _metric_order(metric: str) -> tuple[int, str]:
    return (CORE_METRICS.index(metric) if metric in CORE_METRICS else len(CORE_METRICS), metric)


def resolve_path(path: Path | str | None) -> Path:
    """The store a command means: ``path`` if given (``~`` expanded), else :func:`default_path`."""
    return Path(path).expanduser() if path else default_path()


def default_path() -> Path:
    """``TAKEDOWN_DB`` or ``store.json`` in the user data directory."""
    env = os.environ.get("TAKEDOWN_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("takedown", appauthor=False)) / "store.json"


def bundled_document() -> dict[str, Any]:
    """The dataset shipped in the package: what a new store starts from."""
    from importlib.resources import files

    import orjson

    return orjson.loads(files("store.data").joinpath("bundled.json").read_bytes())


def load_records(path: Path, document: dict[str, Any]) -> Snapshot:
    """Turn a parsed document into records, refusing it whole if any record is malformed.

    The garbage collector is paused while 100,000 records are made (it would scan them again
    and again for nothing) and the result is frozen, so later collections skip it: without
    that a full collection can land on a keystroke.
    """
    loaded: dict[str, list] = {}
    with gc_paused():
        for table, kind in RECORD_TYPES.items():
            try:
                loaded[table] = load_many(kind, document[table])
            except ValidationError as exc:
                raise StoreError(f"{path}: {table} {exc}; the file was left as it is") from None
        snapshot = Snapshot.build(loaded["sources"], loaded["operations"], loaded["facts"])
    gc.freeze()
    return snapshot


class _TypedDocument(msgspec.Struct):
    """A store file as msgspec decodes it: records made and type-checked while parsing."""

    facts: dict[str, Fact]
    sources: dict[str, Source]
    operations: dict[str, Operation]
    meta: dict[str, dict[str, Any]]


@functools.cache
def _typed_decoder() -> msgspec.json.Decoder:
    return msgspec.json.Decoder(_TypedDocument)


def read_snapshot(path: Path) -> Snapshot:
    """The store at ``path``, read for the explorer and the commands.

    A store is checked whole before anything is shown. The usual case, a valid file, is
    decoded straight into records (types, unknown and missing fields checked by msgspec as
    it parses; about the time of parsing alone), then each record's own rules run. Anything
    that path refuses is read again the slow way, parsed to plain JSON and checked record
    by record, which names the problem (or accepts what the typed decoder was stricter about).
    """
    raw = read_raw(path)
    with gc_paused():
        try:
            typed = _typed_decoder().decode(raw)
            check_schema(path, typed.meta)
            tables = (list(typed.sources.values()), list(typed.operations.values()), list(typed.facts.values()))
            if not decoded_records_valid(*tables):
                raise ValidationError("a record breaks a rule")  # the slow path says which
        except Exception:  # noqa: BLE001 - whatever it is, the slow path names it (or accepts)
            return load_records(path, parse_document(path, raw))
        del typed  # its tables of documents: the records are all that is kept
        snapshot = Snapshot.build(*tables)
    gc.freeze()
    return snapshot


@contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection while a store is parsed and turned into records: it would walk
    the growing heap again and again (hundreds of thousands of new objects) for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _file_stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class Repository:
    """The store as the explorer and the command line see it."""

    def __init__(self, path: Path, snapshot: Snapshot, stamp: tuple | None) -> None:
        self.path = path
        self._stamp = stamp
        self._cache: dict[tuple, Any] = {}
        self.snapshot = snapshot

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
        self.snapshot.facts_by_source  # noqa: B018 - built on first use: now, not on a key
        for code in self.countries_in_store():
            self.country_summary(code)
        for op in list(self.snapshot.operations.values()):
            self.ordered_facts(op.id)
            self.participants(op)
            self.headline(op)
            self.operation_totals(op)
            self.arrests_by_country(op)
            for key, group in self._figure_groups(op.id).items():
                self._cached(("marks", key), lambda: _agreement_marks(group))

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
        stamp = _file_stamp(path)
        return cls(path, read_snapshot(path), stamp)

    def changed_on_disk(self) -> bool:
        return _file_stamp(self.path) != self._stamp

    def reload_if_changed(self) -> bool:
        """Re-read the file if another process committed; True if the snapshot changed."""
        if not self.changed_on_disk():
            return False
        stamp = _file_stamp(self.path)
        self.snapshot = read_snapshot(self.path)
        self._stamp = stamp
        return True

    # -- reading ---------------------------------------------------------------------
    def operations(self) -> list[Operation]:
        """Newest first (by year, then name)."""
        return sorted(self.snapshot.operations.values(), key=lambda o: (o.year or "0000", o.name.lower()), reverse=True)

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
        metric = CORE_METRICS.index(fact.metric) if fact.metric in CORE_METRICS else len(CORE_METRICS)
        source = self.snapshot.sources.get(fact.source)
        tier = TIER_RANK.get(source.tier if source else None, 4)
        published = (source.published if source else None) or "9999"
        return (metric, fact.metric, fact.country or "", fact.date or "", tier, published, fact.id)

    def related(self, fact: Fact) -> Related:
        """Corroborations, conflicts and same-sentence neighbours of a fact."""
        same_figure = self.figure_group(fact)
        others = [f for f in same_figure if f.id != fact.id and f.source != fact.source]
        neighbours: tuple[Fact, ...] = ()
        if fact.quote and fact.source:  # the sentence may state figures of other operations too
            neighbours = tuple(
                f for f in self.snapshot.facts_by_source.get(fact.source, ()) if f.id != fact.id and f.quote == fact.quote
            )
        return Related(
            corroborating=tuple(f for f in others if stated(f) == stated(fact)),
            conflicting=tuple(f for f in others if stated(f) != stated(fact)),
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
        def compute() -> dict[tuple, tuple[Fact, ...]]:
            groups: dict[tuple, list[Fact]] = defaultdict(list)
            for fact in self.snapshot.facts_by_operation.get(op_id, ()):
                if not fact.is_event:
                    groups[group_key(fact)].append(fact)
            return {k: tuple(v) for k, v in groups.items()}

        return self._cached(("groups", op_id), compute)

    def agreement(self, fact: Fact) -> str:
        """``!`` when another source states a different figure, ``=`` when others only agree,
        else a blank: ``related`` in one character, computed once per figure group (a list
        row asks for it; groups can hold thousands of facts)."""
        if fact.is_event:
            return " "
        key = group_key(fact)
        marks = self._cached(("marks", key), lambda: _agreement_marks(self.figure_group(fact)))
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
        facts = [f for f in self.snapshot.facts_by_operation.get(op.id, ()) if f.metric == ARRESTS and f.country]
        out = [(t_country, total) for t_country, total in _per_country(facts, self.snapshot.sources)]
        return sorted(out, key=lambda item: (-item[1], item[0]))

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
            key=lambda o: (o.year or "0000", o.name.lower()),
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
        sources, operations, facts = list(sources), list(operations), list(facts)
        for record in (*sources, *operations, *facts):
            record.validate()
        added = 0
        def check(document: dict[str, Any]) -> None:
            if _file_stamp(self.path) != self._stamp:  # our snapshot already validated our stamp
                load_records(self.path, document)

        with transaction(self.path, initial=empty_document(), check=check) as db:
            src_table, op_table, fact_table = db.table("sources"), db.table("operations"), db.table("facts")
            known_sources = {doc["id"] for doc in src_table.all()}
            known_facts = {doc["id"] for doc in fact_table.all()}
            new_sources = [to_dict(s) for s in sources if s.id not in known_sources]
            if new_sources:
                src_table.insert_multiple(new_sources)
            existing_ops = {doc["id"]: doc.doc_id for doc in op_table.all()}
            for op in operations:
                if op.id in existing_ops:
                    doc_id = existing_ops[op.id]
                    merged = merge_operations(from_dict(Operation, dict(op_table.get(doc_id=doc_id))), op)
                    op_table.update(to_dict(merged), doc_ids=[doc_id])
                else:
                    existing_ops[op.id] = op_table.insert(to_dict(op))
            new_facts = []
            for fact in facts:
                if fact.id not in known_facts:
                    known_facts.add(fact.id)
                    new_facts.append(to_dict(fact))
            if new_facts:
                fact_table.insert_multiple(new_facts)
            added = len(new_facts)
        self.reload_if_changed()
        return added


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


def _per_country(facts: list[Fact], sources: dict[str, Source]) -> list[tuple[str, float]]:
    by_country: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_country[fact.country].append(fact)  # type: ignore[index]
    out = []
    for code, members in by_country.items():
        totals = sum_groups(members, sources)
        if totals:
            out.append((code, totals[0].value))
    return out
