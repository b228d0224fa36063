"""Search over a snapshot: one engine for the explorer, ``takedown search`` and the palette.

The index is built once per snapshot (``SearchIndex(snapshot)``, about a second at 100,000
facts: build it in a worker) and answers a keystroke in about a millisecond.

How it is laid out (N facts):

* **Layers**, each a sorted list of interned folded keys with CSR posting lists (one
  ``int32`` numpy array of ids, ordered by key, plus offsets). Because keys are sorted and
  postings are concatenated in key order, every key that starts with a prefix is one
  contiguous slice of the postings: a prefix lookup is two bisects and one scatter.

  - ``facts``: words of quotes, details, stated values, attributions and units -> fact rows;
  - ``operations``: words of ids, names, aliases and markets, plus their other-script and
    spelling-neutral forms (``спектор``, ``spektor``) -> operation rows;
  - ``countries``: ISO codes, English and Russian names, aliases and adjectives -> country rows;
  - ``metrics``: metric names and labels in English and Russian -> metric rows;
  - ``sources``: words of titles and origins -> source rows.

* **Per-fact columns** (numpy): operation, country, source, metric, unit, year and value of
  every fact. A match in a small layer (``Germany`` -> country row) becomes a fact mask
  with one gather (``country_mask[fact_country]``), so names shared by thousands of facts
  are stored once, not once per fact.

A query is split into free-text terms (AND) and field filters. Each term matches, as a
prefix, its folded form, its other-script form (``germaniya`` <-> ``германия``), its
Snowball stem and its pymorphy3 lemmas (``германии`` -> ``германия``/``герман``); names also
match by a spelling-neutral skeleton (``спектор`` -> SpecTor). Per-term masks are cached,
so typing a query one character at a time evaluates only the word being typed (the earlier
words' masks are reused and intersected): that is the incremental narrowing, and it gives
exactly what a fresh search gives. When exact and prefix matching find (almost) nothing,
terms that are no known name are matched against the names' vocabulary with rapidfuzz
(``hydar`` -> ``hydra``), and those facts rank below every exact match.

Facts come ranked: first those where every term hits a name (operation, market, country,
metric) or a whole word, then prefix and morphology matches, then typo matches; within a
rank, file order.
"""

from __future__ import annotations

import math
import re
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from sys import intern

import numpy as np

from store import countries
from store.format import metric_label
from store.model import EVENT_METRICS, METRIC_LABELS, Fact, Operation
from store.search_text import (
    TOKEN,
    fast_fold,
    highlight_terms,
    is_cyrillic,
    lemmas,
    name_variants,
    other_script,
    prefix_variants,
    tokens,
)
from store.text import has_cyrillic, fold

FIELDS = ("country", "metric", "op", "year", "value", "lang", "source", "unit")
FIELD_ALIASES = {
    "cc": "country", "operation": "op", "market": "op", "language": "lang", "src": "source",
    "страна": "country", "метрика": "metric", "операция": "op", "год": "year", "язык": "lang",
    "источник": "source", "значение": "value",
}
_FILTER = re.compile(r"^(?P<field>[^\W\d_][\w]*)(?P<op>:|>=|<=|>|<|=)(?P<value>.*)$")
_NUMBER = re.compile(r"^(?P<num>\d+(?:[.,]\d+)?)(?P<suffix>[kmb]|к|м|тыс|млн|млрд)?$")
_SUFFIX = {"k": 1e3, "к": 1e3, "тыс": 1e3, "m": 1e6, "м": 1e6, "млн": 1e6, "b": 1e9, "млрд": 1e9}

# Russian (and a few extra English) words for the metrics, so ``аресты`` or ``оружие`` find them.
METRIC_WORDS: dict[str, tuple[str, ...]] = {
    "arrests": ("arrests", "arrested", "detained", "аресты", "арестованы", "задержания", "задержаны"),
    "seized_money": ("money", "cash", "деньги", "изъято", "изъятие", "денег"),
    "seized_drugs": ("drugs", "narcotics", "наркотики", "наркотиков", "изъято"),
    "seized_firearms": ("firearms", "guns", "weapons", "оружие", "оружия", "изъято"),
    "launched": ("launched", "launch", "started", "запуск", "запущен", "открыт"),
    "shut_down": ("shut", "down", "closed", "takedown", "закрыт", "ликвидирован", "закрытие"),
}
WORLDWIDE_WORDS = ("worldwide", "world", "global", "мир", "всему", "миру")

FUZZY_FEW = 3  # typo matching kicks in when exact and prefix matching find fewer facts
FUZZY_MIN_LEN = 4


class FactRows(Sequence):
    """Facts picked by row number from the index's tuple, without building a list: the
    explorer shows one operation's matched facts, and an operation can hold tens of
    thousands of them (a list of those per keystroke costs milliseconds)."""

    __slots__ = ("_facts", "_rows")

    def __init__(self, facts: Sequence[Fact], rows: np.ndarray) -> None:
        self._facts = facts
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._facts[r] for r in self._rows[i].tolist()]
        return self._facts[int(self._rows[i])]

    def __iter__(self):
        facts = self._facts
        return (facts[r] for r in self._rows.tolist())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FactRows):
            return self._facts is other._facts and np.array_equal(self._rows, other._rows)
        if isinstance(other, (list, tuple)):
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
    """What a query matched. ``facts`` (ranked, cut at the search's ``limit``) is made on
    first access: the explorer never needs all of them, only the matched facts of the
    operation it shows (``facts_in``) and the per-operation counts (``op_counts``)."""

    def __init__(self, query: str, facts: list[Fact] | None = None, operations: list[Operation] | None = None,
                 countries: list[str] | None = None, total: int = 0, terms: list[str] | None = None,
                 hints: list[str] | None = None, fuzzy: bool = False, exact: int = 0,
                 corrections: dict[str, list[str]] | None = None) -> None:
        self.query = query
        self._facts: list[Fact] | None = list(facts) if facts is not None else []
        self.operations: list[Operation] = list(operations) if operations is not None else []
        self.countries: list[str] = list(countries) if countries is not None else []
        self.total = total
        self.terms: list[str] = list(terms) if terms is not None else []  # folded words to highlight
        self.hints: list[str] = list(hints) if hints is not None else []
        self.fuzzy = fuzzy  # some facts matched only by typo tolerance (they come last)
        self.exact = exact  # how many of ``total`` matched without typo tolerance
        self.corrections: dict[str, list[str]] = corrections if corrections is not None else {}  # typed term -> names
        self.op_counts: dict[str, int] = {}  # operation id -> matched facts (only operations with some)
        self.named: dict[str, int] = {}  # matched operation id -> words of the query that name it
        self._index: SearchIndex | None = None
        self._rows: np.ndarray | None = None  # ranked rows of ``facts`` (before materialising)
        self._matched: np.ndarray | None = None  # bool mask over the index's facts

    @property
    def facts(self) -> list[Fact]:
        if self._facts is None:
            facts = self._index.facts  # type: ignore[union-attr]
            self._facts = [facts[i] for i in self._rows.tolist()]  # type: ignore[union-attr]
        return self._facts

    @facts.setter
    def facts(self, value: list[Fact]) -> None:
        self._facts = value

    def facts_in(self, op_id: str) -> list[Fact]:
        """The matched facts of one operation (in no particular order), without the others."""
        index, matched = self._index, self._matched
        if index is None or matched is None:
            return [f for f in self.facts if f.operation == op_id]
        rows = index.op_members(op_id)
        facts = index.facts
        return [facts[i] for i in rows[matched[rows]].tolist()]

    @property
    def snapshot(self):
        """The snapshot this result's rows refer to (None for a result built by hand)."""
        return self._index.snapshot if self._index is not None else None

    def facts_in_order(self, op_id: str, ordered: Sequence[Fact]) -> Sequence[Fact]:
        """The matched facts of one operation in the order of ``ordered`` (all its facts, as
        ``Repository.ordered_facts`` gives them): a mask over the operation's rows, no list."""
        index, matched = self._index, self._matched
        if index is None or matched is None:
            wanted = {id(f) for f in self.facts if f.operation == op_id}
            return [f for f in ordered if id(f) in wanted]
        rows = index.ordered_rows(op_id, ordered)
        return FactRows(index.facts, rows[matched[rows]])

    def __repr__(self) -> str:
        return f"SearchResult(query={self.query!r}, total={self.total}, operations={len(self.operations)})"


# -- layers ----------------------------------------------------------------------------------
class Layer:
    """Sorted folded keys with CSR postings: prefix lookups are one contiguous slice."""

    __slots__ = ("size", "keys", "offsets", "postings")

    def __init__(self, size: int, keys: list[str], offsets: np.ndarray, postings: np.ndarray) -> None:
        self.size = size
        self.keys = keys
        self.offsets = offsets
        self.postings = postings

    @classmethod
    def from_pairs(cls, size: int, vocab: list[str], key_ids: array, row_ids: array) -> Layer:
        """``vocab[key_ids[i]]`` occurs in row ``row_ids[i]`` (rows ascending)."""
        order = sorted(range(len(vocab)), key=vocab.__getitem__)
        rank = np.empty(len(vocab), dtype=np.int32)
        rank[np.asarray(order, dtype=np.int32)] = np.arange(len(vocab), dtype=np.int32)
        kid = rank[np.frombuffer(key_ids, dtype=np.int32)] if len(key_ids) else np.zeros(0, np.int32)
        rid = np.frombuffer(row_ids, dtype=np.int32) if len(row_ids) else np.zeros(0, np.int32)
        perm = np.argsort(kid, kind="stable")
        postings = np.ascontiguousarray(rid[perm])
        counts = np.bincount(kid, minlength=len(vocab))
        offsets = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        return cls(size, [intern(vocab[i]) for i in order], offsets, postings)

    @classmethod
    def from_docs(cls, docs: list[set[str]]) -> Layer:
        vocab: dict[str, int] = {}
        key_ids, row_ids = array("i"), array("i")
        for row, keys in enumerate(docs):
            ids = [vocab.setdefault(k, len(vocab)) for k in keys if k]
            key_ids.extend(ids)
            row_ids.extend([row] * len(ids))
        return cls.from_pairs(len(docs), list(vocab), key_ids, row_ids)

    def span(self, prefix: str) -> tuple[int, int]:
        lo = bisect_left(self.keys, prefix)
        return lo, bisect_left(self.keys, prefix + "\U0010ffff", lo)

    def prefix_rows(self, prefix: str) -> np.ndarray:
        lo, hi = self.span(prefix)
        return self.postings[self.offsets[lo]:self.offsets[hi]]

    def exact_rows(self, key: str) -> np.ndarray:
        i = bisect_left(self.keys, key)
        if i < len(self.keys) and self.keys[i] == key:
            return self.postings[self.offsets[i]:self.offsets[i + 1]]
        return self.postings[:0]

    def has_prefix(self, prefix: str) -> bool:
        lo, hi = self.span(prefix)
        return hi > lo

    def nbytes(self) -> int:
        return self.offsets.nbytes + self.postings.nbytes + 8 * len(self.keys)


@dataclass(slots=True)
class _Term:
    all: np.ndarray  # facts the term matches (prefix, morphology, names)
    top: np.ndarray  # facts where it hits a name or a whole word
    ops: np.ndarray  # operations it names (name, alias, market or a participant country)
    ccs: np.ndarray  # countries it names
    named: bool  # it is (the beginning of) a known name: no typo matching for it
    own: np.ndarray  # operations whose own names (name, alias, market) it matches


class _LRU(OrderedDict):
    def __init__(self, size: int) -> None:
        super().__init__()
        self.max = size

    def put(self, key, value) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.max:
            self.popitem(last=False)

    def hit(self, key):
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value


def country_words(code: str | None) -> str:
    """Everything a country is called, for display and for other modules."""
    if not code:
        return "worldwide"
    country = countries.get(code)
    if not country:
        return code
    return " ".join((code, country.name_en, country.name_ru, *country.aliases, *country.adjectives))


class SearchIndex:
    """The search index of one snapshot; ``search`` is safe to call from any thread."""

    def __init__(self, snapshot, *, warm: bool = True) -> None:
        self.snapshot = snapshot
        self._lock = threading.Lock()
        self._ordered: dict[str, np.ndarray] = {}  # operation id -> rows in the explorer's order
        self._build(snapshot)
        n = max(1, len(self.facts))
        self._terms = _LRU(max(8, min(256, 24_000_000 // (2 * n))))
        self._filters = _LRU(32)
        if warm:
            from store.search_text import warm_up

            warm_up()

    def op_members(self, op_id: str) -> np.ndarray:
        """The rows of an operation's facts (ascending)."""
        i = self._op_index.get(op_id)
        if i is None:
            return self._op_order[:0]
        return self._op_order[self._op_offsets[i]:self._op_offsets[i + 1]]

    def ordered_rows(self, op_id: str, ordered: Sequence[Fact]) -> np.ndarray:
        """The rows of an operation's facts in the order of ``ordered`` (the same fact
        objects, of this index's snapshot); computed once per operation."""
        rows = self._ordered.get(op_id)
        if rows is None or len(rows) != len(ordered):
            members = self.op_members(op_id).tolist()
            facts = self.facts
            at = {id(facts[r]): r for r in members}
            rows = np.fromiter((at[id(f)] for f in ordered), dtype=np.int32, count=len(ordered))
            self._ordered[op_id] = rows
        return rows

    def warm_first_keys(self) -> None:
        """Match every letter and digit now, as the first key of a query (its words' masks
        are then cached): a one-letter prefix spans the most keys, and it is the key typed most.
        Skipped when the cache of masks is too small to keep them (a store of millions)."""
        keys = "abcdefghijklmnopqrstuvwxyz0123456789абвгдежзийклмнопрстуфхцчшщэюя"
        if self._terms.max >= 2 * len(keys):
            for ch in keys:
                self._term(ch)

    def warm_orders(self, ordered: Callable[[str], Sequence[Fact]]) -> None:
        """``ordered_rows`` of every operation now (``ordered``: ``Repository.ordered_facts``
        of this index's snapshot), e.g. in the background worker that built the index."""
        for op in self.ops:
            try:
                self.ordered_rows(op.id, ordered(op.id))
            except KeyError:  # the store was reloaded meanwhile: this index is out of date
                return

    # -- building ---------------------------------------------------------------------------
    def _build(self, snapshot) -> None:
        self.facts: tuple[Fact, ...] = tuple(snapshot.facts)
        facts = self.facts
        n = len(facts)
        ops = list(snapshot.operations.values())
        self.ops: list[Operation] = ops
        op_row = {op.id: i for i, op in enumerate(ops)}
        # Facts of operations that are not in the store get one shared "unknown" row.
        unknown_op = len(ops)

        all_cc = countries.all_countries()
        codes = list(all_cc)
        for f in facts:
            if f.country and f.country not in all_cc and f.country not in codes:
                codes.append(f.country)
        codes.append(None)  # worldwide
        self.codes: list[str | None] = codes
        cc_row = {c: i for i, c in enumerate(codes)}

        sources = list(snapshot.sources.values())
        self.sources = sources
        src_row = {s.id: i for i, s in enumerate(sources)}
        unknown_src = len(sources)

        metrics = list(dict.fromkeys((*METRIC_LABELS, *sorted({f.metric for f in facts}))))
        self.metrics = metrics
        metric_row = {m: i for i, m in enumerate(metrics)}
        units = sorted({f.unit for f in facts if f.unit})
        self.units = units
        unit_row = {u: i + 1 for i, u in enumerate(units)}  # 0: no unit

        # Per-fact columns.
        fact_op = np.fromiter((op_row.get(f.operation, unknown_op) for f in facts), dtype=np.int32, count=n)
        fact_cc = np.fromiter((cc_row[f.country or None] for f in facts), dtype=np.int16, count=n)
        fact_src = np.fromiter((src_row.get(f.source, unknown_src) for f in facts), dtype=np.int32, count=n)
        fact_metric = np.fromiter((metric_row[f.metric] for f in facts), dtype=np.int16, count=n)
        fact_unit = np.fromiter((unit_row.get(f.unit, 0) for f in facts), dtype=np.int16, count=n)
        fact_value = np.fromiter(
            (math.nan if f.value is None else float(f.value) for f in facts), dtype=np.float64, count=n
        )
        op_year = np.array([int(op.year) if op.year and op.year.isdigit() else 0 for op in ops] + [0], dtype=np.int16)
        date_year = np.fromiter(
            (int(f.date[:4]) if f.date and f.date[:4].isdigit() else 0 for f in facts), dtype=np.int16, count=n
        )
        self.fact_op, self.fact_cc, self.fact_src = fact_op, fact_cc, fact_src
        self.fact_metric, self.fact_unit, self.fact_value = fact_metric, fact_unit, fact_value
        self.op_year = op_year
        self.fact_year = np.where(date_year > 0, date_year, op_year[fact_op])
        # Each operation's fact rows, for the matched facts of one operation.
        self._op_index = op_row
        self._op_order = np.argsort(fact_op, kind="stable").astype(np.int32)
        self._op_offsets = np.zeros(len(ops) + 2, dtype=np.int64)
        np.cumsum(np.bincount(fact_op, minlength=len(ops) + 1), out=self._op_offsets[1:])
        self.src_lang = [s.language or "" for s in sources] + [""]

        # Fact layer: quote words, cached per distinct quote (sentences stating two figures).
        vocab: dict[str, int] = {}
        quote_ids: dict[str, tuple[int, ...]] = {}
        extra_ids: dict[tuple, tuple[int, ...]] = {}
        key_ids, row_ids = array("i"), array("i")
        setdefault = vocab.setdefault
        for row, f in enumerate(facts):
            ids = quote_ids.get(f.quote)
            if ids is None:
                ids = quote_ids[f.quote] = tuple({setdefault(t, len(vocab)) for t in tokens(f.quote)})
            extra = (f.detail, f.value_text, f.attributed_to, f.unit)
            more = extra_ids.get(extra)
            if more is None:
                words = set()
                for text in extra:
                    if text:
                        words.update(tokens(text))
                more = extra_ids[extra] = tuple(setdefault(t, len(vocab)) for t in words)
            if more:
                ids = tuple(set(ids).union(more))
            key_ids.extend(ids)
            row_ids.extend([row] * len(ids))
        del quote_ids, extra_ids
        self.fact_layer = Layer.from_pairs(n, list(vocab), key_ids, row_ids)
        del vocab, key_ids, row_ids

        # Name layers.
        self.op_layer = Layer.from_docs([_name_keys((op.id.replace("-", " "), *op.names(), *op.markets)) for op in ops] + [set()])
        cc_docs = []
        for code in codes:
            country = all_cc.get(code) if code else None
            if code is None:
                cc_docs.append(set(WORLDWIDE_WORDS))
            elif country is None:
                cc_docs.append({code.lower()})
            else:
                keys = _name_keys((country.name_en, country.name_ru, *country.aliases, *country.adjectives))
                keys.add(code.lower())
                cc_docs.append(keys)
        self.cc_layer = Layer.from_docs(cc_docs)
        self.metric_layer = Layer.from_docs([
            {m, *m.split("_"), *tokens(metric_label(m)), *(fast_fold(w) for w in METRIC_WORDS.get(m, ()))} for m in metrics
        ])
        self.src_layer = Layer.from_docs(
            [set(tokens(s.title)) | set(tokens(s.origin or "")) for s in sources] + [set()]
        )
        # Which countries take part in which operation (for the operations list).
        op_cc = np.zeros((len(ops) + 1, len(codes)), dtype=bool)
        for i, op in enumerate(ops):
            for c in op.countries:
                if c in cc_row:
                    op_cc[i, cc_row[c]] = True
        self.op_cc = op_cc
        # The vocabulary typo tolerance works on: names only, not quotes.
        fuzzy_names: dict[str, list[tuple[Layer, str]]] = {}
        for layer in (self.op_layer, self.cc_layer, self.metric_layer):
            for key in layer.keys:
                if len(key) >= 3 and not key.isdigit():
                    fuzzy_names.setdefault(key, []).append((layer, key))
        self._fuzzy_vocab = list(fuzzy_names)
        self._fuzzy_targets = fuzzy_names
        self._fuzzy_prefixes: dict[int, tuple[list[str], list[list[str]]]] = {}
        self._fuzzy_by_length: dict[int, list[str]] = {}
        for name in self._fuzzy_vocab:
            self._fuzzy_by_length.setdefault(len(name), []).append(name)
        for size in range(FUZZY_MIN_LEN, 9):  # the lengths typed most; made here, off the UI thread
            self._prefix_table(size)
        self.all_facts = np.ones(n, dtype=bool)

    def update(self, snapshot) -> SearchIndex:
        """The index of a new snapshot (after a reload): rebuilt, caches dropped."""
        if snapshot is self.snapshot:
            return self
        with self._lock:
            self._build(snapshot)
            self.snapshot = snapshot
            self._terms.clear()
            self._filters.clear()
            self._ordered = {}
        return self

    def nbytes(self) -> int:
        """Approximate memory held by the index's arrays (not the shared records)."""
        arrays = (self.fact_op, self.fact_cc, self.fact_src, self.fact_metric, self.fact_unit,
                  self.fact_value, self.fact_year, self.op_cc, self.op_year)
        return sum(a.nbytes for a in arrays) + sum(
            layer.nbytes() for layer in (self.fact_layer, self.op_layer, self.cc_layer, self.metric_layer, self.src_layer)
        )

    # -- one term ---------------------------------------------------------------------------
    def _term(self, term: str) -> _Term:
        cached = self._terms.hit(term)
        if cached is not None:
            return cached
        n = len(self.facts)
        all_mask = np.zeros(n, dtype=bool)
        top_mask = np.zeros(n, dtype=bool)
        fact_layer = self.fact_layer
        for variant in prefix_variants(term):
            all_mask[fact_layer.prefix_rows(variant)] = True
        for exact in {term, other_script(term), *lemmas(term)}:
            top_mask[fact_layer.exact_rows(exact)] = True
        # Names: operations, countries, metrics (they rank first), sources (they do not).
        names = name_variants(term)
        # Names rank first when typed whole, or their beginning once it has 3 letters
        # (``de`` ranks Germany first, not Denmark or ``detained``).
        whole = len(term) < 3
        op_m = self._names_mask(self.op_layer, names)
        cc_m = self._names_mask(self.cc_layer, names)
        code = countries.lookup(term) if is_cyrillic(term) and len(term) >= 4 else None
        if code is not None and code in self.codes:
            cc_m[self.codes.index(code)] = True
        metric_m = self._names_mask(self.metric_layer, names)
        named = bool(op_m.any() or cc_m.any() or metric_m.any())
        if named:
            name_hits = self._gather(op_m, cc_m, metric_m)
            all_mask |= name_hits
            if whole:
                exact_cc = self._names_mask(self.cc_layer, names, exact=True)
                if code is not None and code in self.codes:
                    exact_cc[self.codes.index(code)] = True
                name_hits = self._gather(self._names_mask(self.op_layer, names, exact=True), exact_cc,
                                         self._names_mask(self.metric_layer, names, exact=True))
            top_mask |= name_hits
        src_m = np.zeros(self.src_layer.size, dtype=bool)
        for variant in prefix_variants(term):
            src_m[self.src_layer.prefix_rows(variant)] = True
        if src_m.any():
            all_mask |= src_m[self.fact_src]
        ops = op_m | self.op_cc[:, cc_m].any(axis=1) if cc_m.any() else op_m
        result = _Term(all_mask, top_mask, ops, cc_m, named, op_m)
        with self._lock:
            self._terms.put(term, result)
        return result

    def _gather(self, op_m: np.ndarray, cc_m: np.ndarray, metric_m: np.ndarray) -> np.ndarray:
        """Facts of the named operations, countries and metrics."""
        hits = np.zeros(len(self.facts), dtype=bool)
        for mask, column in ((op_m, self.fact_op), (cc_m, self.fact_cc), (metric_m, self.fact_metric)):
            if mask.any():
                hits |= mask[column]
        return hits

    @staticmethod
    def _names_mask(layer: Layer, variants: tuple[str, ...], exact: bool = False) -> np.ndarray:
        mask = np.zeros(layer.size, dtype=bool)
        for variant in variants:
            rows = layer.exact_rows(variant) if exact else layer.prefix_rows(variant)
            if len(rows):
                mask[rows] = True
        return mask

    def _prefix_table(self, size: int) -> tuple[list[str], list[list[str]]]:
        """The distinct beginnings of ``size`` characters of longer names, and their names."""
        table = self._fuzzy_prefixes.get(size)
        if table is None:
            by_prefix: dict[str, list[str]] = {}
            for name in self._fuzzy_vocab:
                if len(name) > size:
                    by_prefix.setdefault(name[:size], []).append(name)
            table = self._fuzzy_prefixes[size] = (list(by_prefix), list(by_prefix.values()))
        return table

    def _fuzzy(self, term: str) -> tuple[np.ndarray, list[str]]:
        """Facts whose names are within one or two typos of the term (or of its beginning)."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        key = ("~", term)
        cached = self._terms.hit(key)
        if cached is not None:
            return cached
        max_dist = 1 if len(term) < 7 else 2
        found: dict[str, int] = {}
        for variant in dict.fromkeys((term, other_script(term))):
            size = len(variant)
            # Whole names: only those of a length within reach of the typos.
            near = [name for n in range(size - max_dist, size + max_dist + 1) for name in self._fuzzy_by_length.get(n, ())]
            for name, dist, _ in process.extract(variant, near, scorer=OSA.distance, score_cutoff=max_dist, limit=None):
                found[name] = min(dist, found.get(name, dist))
            # The beginning of a longer name, typed with a typo: ``monopl`` -> ``monopoly``.
            # Names share beginnings, so each distinct beginning is compared once.
            keys, owners = self._prefix_table(size)
            for _, dist, i in process.extract(variant, keys, scorer=OSA.distance, score_cutoff=max_dist, limit=None):
                for name in owners[i]:
                    found[name] = min(dist, found.get(name, dist))
        mask = np.zeros(len(self.facts), dtype=bool)
        names = sorted(found, key=lambda k: (found[k], k))[:20]
        for name in names:
            for layer, k in self._fuzzy_targets[name]:
                rows = layer.exact_rows(k)
                if layer is self.fact_layer:
                    mask[rows] = True
                    continue
                sub = np.zeros(layer.size, dtype=bool)
                sub[rows] = True
                column = self.fact_op if layer is self.op_layer else self.fact_cc if layer is self.cc_layer else self.fact_metric
                mask |= sub[column]
        result = (mask, names)
        with self._lock:
            self._terms.put(key, result)
        return result

    # -- filters ----------------------------------------------------------------------------
    def _filter(self, name: str, op: str, value: str, hints: list[str]) -> np.ndarray | None:
        key = (name, op, value)
        cached = self._filters.hit(key)
        if cached is not None:
            return cached
        mask = self._compute_filter(name, op, value, hints)
        if mask is not None and not hints:
            with self._lock:
                self._filters.put(key, mask)
        return mask

    def _compute_filter(self, name: str, op: str, value: str, hints: list[str]) -> np.ndarray | None:
        values = [v for v in value.split(",") if v.strip()]
        if name in ("year", "value"):
            if op == ":":
                op = "="
            numbers = []
            for v in values:
                number = _parse_number(v)
                if number is None:
                    hints.append(f"{name}{op}{v}: {name} needs a number")
                    return None
                numbers.append(number)
            column = self.fact_year if name == "year" else self.fact_value
            mask = np.zeros(len(self.facts), dtype=bool)
            for number in numbers:
                with np.errstate(invalid="ignore"):
                    hit = {"=": column == number, ">": column > number, "<": column < number,
                           ">=": column >= number, "<=": column <= number}[op]
                if name == "year":
                    hit &= column > 0
                    if op == "=":  # an operation filed under that year counts too
                        hit |= self.op_year[self.fact_op] == number
                mask |= hit
            return mask
        if op != ":":
            hints.append(f"{name}{op}{value}: only year and value compare with {op}; use {name}:")
            return None
        if name == "country":
            rows = np.zeros(len(self.codes), dtype=bool)
            for v in values:
                folded = fast_fold(v.strip())
                code = countries.lookup(v)
                if code is None and folded.upper() in self.codes:
                    code = folded.upper()
                if folded in ("worldwide", "none", "-", "мир"):
                    rows[len(self.codes) - 1] = True
                elif code is not None and code in self.codes:
                    rows[self.codes.index(code)] = True
                else:
                    words = TOKEN.findall(folded)
                    sub = np.ones(len(self.codes), dtype=bool)
                    for w in words:
                        sub &= self._names_mask(self.cc_layer, name_variants(w))
                    if not words or not sub.any():
                        hints.append(f"country:{v}: no such country")
                    else:
                        rows |= sub
            return rows[self.fact_cc]
        if name == "metric":
            rows = np.zeros(len(self.metrics), dtype=bool)
            for v in values:
                folded = fast_fold(v.strip())
                sub = np.zeros(len(self.metrics), dtype=bool)
                for i, m in enumerate(self.metrics):
                    if m.startswith(folded.replace(" ", "_")):
                        sub[i] = True
                if not sub.any():
                    sub = self._names_mask(self.metric_layer, name_variants(folded))
                if not sub.any():
                    hints.append(f"metric:{v}: no such metric (known: {', '.join(self.metrics)})")
                rows |= sub
            return rows[self.fact_metric]
        if name == "op":
            rows = np.zeros(self.op_layer.size, dtype=bool)
            for v in values:
                folded = fast_fold(v.strip())
                sub = np.zeros(self.op_layer.size, dtype=bool)
                for i, o in enumerate(self.ops):
                    if o.id == folded:
                        sub[i] = True
                if not sub.any():
                    sub[:] = True
                    for w in TOKEN.findall(folded):
                        sub &= self._names_mask(self.op_layer, name_variants(w))
                if not sub.any():
                    hints.append(f"op:{v}: no such operation")
                rows |= sub
            return rows[self.fact_op]
        if name == "lang":
            wanted = {fast_fold(v.strip()) for v in values}
            wanted |= {{"russian": "ru", "english": "en", "рус": "ru", "англ": "en"}.get(w, w) for w in wanted}
            rows = np.array([lang in wanted for lang in self.src_lang], dtype=bool)
            return rows[self.fact_src]
        if name == "source":
            rows = np.zeros(self.src_layer.size, dtype=bool)
            for v in values:
                folded = fast_fold(v.strip())
                sub = np.ones(self.src_layer.size, dtype=bool)
                for w in TOKEN.findall(folded):
                    part = np.zeros(self.src_layer.size, dtype=bool)
                    part[self.src_layer.prefix_rows(w)] = True
                    sub &= part
                rows |= sub
            for i, s in enumerate(self.sources):
                if s.id in values:
                    rows[i] = True
            return rows[self.fact_src]
        if name == "unit":
            wanted = {v.strip().upper() for v in values}
            rows = np.array([False] + [u.upper() in wanted for u in self.units], dtype=bool)
            return rows[self.fact_unit]
        return None

    # -- the query ----------------------------------------------------------------------------
    def search(self, query: str, limit: int | None = None) -> SearchResult:
        """Facts, operations and countries for a query; ``limit`` caps ``facts`` (not ``total``)."""
        result = SearchResult(query=query)
        terms, filters = parse_query(query, result.hints)
        n = len(self.facts)
        flt = None
        for name, op, value in filters:
            mask = self._filter(name, op, value, result.hints)
            if mask is not None:
                flt = mask if flt is None else flt & mask
        matches = [self._term(t) for t in terms]
        if matches:
            all_mask = matches[0].all.copy()
            top_mask = matches[0].top.copy()
            for m in matches[1:]:
                all_mask &= m.all
                top_mask &= m.top
        else:
            all_mask = self.all_facts.copy()
            top_mask = self.all_facts.copy()
        if flt is not None:
            all_mask &= flt
            top_mask &= flt
        top_mask &= all_mask
        exact_total = int(np.count_nonzero(all_mask))
        fuzzy_mask = None
        if exact_total < FUZZY_FEW and terms:
            eligible = [i for i, (t, m) in enumerate(zip(terms, matches))
                        if not m.named and len(t) >= FUZZY_MIN_LEN and not t.isdigit()]
            if eligible:
                widened = None
                for i, m in enumerate(matches):
                    part = m.all
                    if i in eligible:
                        extra, names = self._fuzzy(terms[i])
                        if names:
                            result.corrections[terms[i]] = names
                        part = part | extra
                    widened = part.copy() if widened is None else widened & part
                if flt is not None:
                    widened &= flt
                fuzzy_mask = widened & ~all_mask
                if not fuzzy_mask.any():
                    fuzzy_mask = None
        # Ranked rows, cut at the limit: whole names/words, then prefixes, then typos.
        tiers = [top_mask, all_mask & ~top_mask] if matches else [all_mask]
        if fuzzy_mask is not None:
            tiers.append(fuzzy_mask)
            result.fuzzy = True
            # Name the matches in the script the user typed (not our transliterated forms).
            fixed = list(dict.fromkeys(
                name for term, names in result.corrections.items()
                for name in [n for n in names if has_cyrillic(n) == has_cyrillic(term)][:3]
            ))
            result.hints.append(f"no exact match; showing close names: {', '.join(fixed)}")
        rows: list[np.ndarray] = []
        wanted = n if limit is None else max(0, limit)
        for tier in tiers:
            if wanted <= 0:
                break
            found = np.flatnonzero(tier)[:wanted]
            rows.append(found)
            wanted -= len(found)
        result._index = self
        result._rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.intp)
        result._facts = None  # made on first access
        result.exact = exact_total
        result.total = exact_total + (int(np.count_nonzero(fuzzy_mask)) if fuzzy_mask is not None else 0)
        # Highlighting: what was typed, in both scripts, with stems; and typo corrections.
        highlight: list[str] = []
        for t in terms:
            highlight.extend(highlight_terms(t))
        for names in result.corrections.values():
            highlight.extend(names)
        result.terms = list(dict.fromkeys(highlight))
        # Operations and countries: those named by every term first, then by how many facts.
        matched = all_mask if fuzzy_mask is None else all_mask | fuzzy_mask
        op_counts = np.bincount(self.fact_op[matched], minlength=len(self.ops) + 1)[: len(self.ops)]
        cc_counts = np.bincount(self.fact_cc[matched], minlength=len(self.codes))
        named_ops: list[int] = []
        named_ccs: list[int] = []
        if matches and flt is None:
            ops_mask = matches[0].ops.copy()
            cc_mask = matches[0].ccs.copy()
            for m in matches[1:]:
                ops_mask &= m.ops
                cc_mask &= m.ccs
            named_ops = np.flatnonzero(ops_mask[: len(self.ops)])
            named_ops = named_ops[np.argsort(-op_counts[named_ops], kind="stable")].tolist()
            named_ccs = np.flatnonzero(cc_mask)
            named_ccs = named_ccs[np.argsort(-cc_counts[named_ccs], kind="stable")].tolist()
        result._matched = matched
        by_count = np.flatnonzero(op_counts)
        result.op_counts = {self.ops[i].id: c for i, c in zip(by_count.tolist(), op_counts[by_count].tolist())}
        by_count = by_count[np.argsort(-op_counts[by_count], kind="stable")].tolist()
        result.operations = [self.ops[i] for i in dict.fromkeys((*named_ops, *by_count))]
        if matches:  # how many of the words name each matched operation by its own names
            own = np.sum([m.own[: len(self.ops)] for m in matches], axis=0)
            result.named = {self.ops[i].id: int(own[i]) for i in np.flatnonzero(own).tolist()
                            if self.ops[i].id in result.op_counts or i in named_ops}
        cc_by_count = np.flatnonzero(cc_counts)
        cc_by_count = cc_by_count[np.argsort(-cc_counts[cc_by_count], kind="stable")].tolist()
        result.countries = [c for c in (self.codes[i] for i in dict.fromkeys((*named_ccs, *cc_by_count))) if c]
        return result


def _name_keys(names) -> set[str]:
    """Keys of names: folded words, their other-script and skeleton forms, and joined words
    (``wallstreetmarket``, ``darkhuntor``) so names typed without spaces match."""
    from store.search_text import skeleton

    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        words = tokens(name)
        for w in words:
            keys.add(w)
            keys.add(other_script(w))
            keys.add(skeleton(w))
        if len(words) > 1:
            joined = "".join(words)
            keys.update((joined, skeleton(joined)))
    keys.discard("")
    return keys


def _parse_number(text: str) -> float | None:
    match = _NUMBER.match(fast_fold(text.strip()).replace(" ", ""))
    if not match:
        return None
    number = float(match["num"].replace(",", "."))
    return number * _SUFFIX.get(match["suffix"] or "", 1)


def parse_query(query: str, hints: list[str]) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Free-text terms (folded word tokens) and ``field:value`` filters; an unknown field or an
    unfinished filter (``country:``) becomes a hint, never an error."""
    terms: list[str] = []
    filters: list[tuple[str, str, str]] = []
    for word in query.split():
        match = _FILTER.match(word)
        if match and not match["value"].startswith("//"):  # a URL is text, not a filter
            name = fast_fold(match["field"])
            name = FIELD_ALIASES.get(name, name)
            op, value = match["op"], match["value"]
            if name not in FIELDS:
                hints.append(f"unknown field '{match['field']}{op}' (known: {', '.join(FIELDS)})")
                continue
            if not value:
                continue  # still being typed
            filters.append((name, op, value))
            continue
        for token in TOKEN.findall(fast_fold(word)):
            if token not in terms:
                terms.append(token)
    return terms, filters


def is_event(metric: str) -> bool:
    return metric in EVENT_METRICS


__all__ = ["FIELDS", "Layer", "SearchIndex", "SearchResult", "country_words", "fold", "parse_query"]
