"""The search index of one snapshot: name and word layers, per-fact columns, term masks.

Built once per snapshot (``SearchIndex(snapshot)``, about a second at 100,000 facts: build it
in a worker); a keystroke then costs about a millisecond.

* **Layers** (``store.search.layer``), each a sorted list of folded keys with CSR postings:

  - ``fact_layer``: words of quotes, details, stated values, attributions and units -> facts;
  - ``op_layer``: words of ids, names, aliases and markets, plus their other-script and
    spelling-neutral forms (``спектор``, ``spektor``) -> operations;
  - ``cc_layer``: ISO codes, English and Russian names, aliases and adjectives -> countries;
  - ``metric_layer``: metric names and labels in English and Russian -> metrics;
  - ``src_layer``: words of titles and origins -> sources.

* **Per-fact columns** (numpy): operation, country, source, metric, unit, year and value of
  every fact. A match in a small layer (``Germany`` -> a country row) becomes a fact mask
  with one gather (``country_mask[fact_cc]``), so names shared by thousands of facts are
  stored once, not once per fact.

* **Term masks** (``term``): what one typed word matches, cached, so typing a query one
  character at a time evaluates only the word being typed. ``fuzzy`` widens a word to the
  names within a typo of it. Combining them into a ranked result is ``store.search.rank``.
"""

from __future__ import annotations

import math
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

import numpy as np

from store import countries
from store.metrics import METRIC_LABELS, metric_label, search_words
from store.model import Fact, Operation, Source
from store.search import query as query_language
from store.search import rank
from store.search.fuzzy import NameVocabulary, is_typo_candidate
from store.search.layer import Column, Layer, Mask, Rows
from store.search.morph import lemmas
from store.search.text import fast_fold, is_cyrillic, other_script, tokens
from store.search.variants import name_keys, name_variants, prefix_variants

if TYPE_CHECKING:
    from store.repository import Snapshot
    from store.search.result import SearchResult

WORLDWIDE_WORDS = ("worldwide", "world", "global", "мир", "всему", "миру")
FIRST_KEYS = "abcdefghijklmnopqrstuvwxyz0123456789абвгдежзийклмнопрстуфхцчшщэюя"

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """A small least-recently-used cache; reads need no lock, writes take one."""

    def __init__(self, size: int) -> None:
        self.max = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.max:
                self._items.popitem(last=False)

    def hit(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            try:
                self._items.move_to_end(key)
            except KeyError:  # evicted by another thread meanwhile
                pass
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True, slots=True)
class Term:
    """What one typed word matches."""

    all: Mask  # facts the term matches (prefix, morphology, names)
    top: Mask  # facts where it hits a name or a whole word
    names: Mask | None  # facts where it hits a name (operation, market, country, metric); None: none
    ops: Mask  # operations it names (name, alias, market or a participant country), or is a typo of
    ccs: Mask  # countries it names
    named: bool  # it is (the beginning of) a known name: no typo matching for it
    own: Mask  # operations whose own names (name, alias, market) it matches, or is a typo of
    titled: Mask  # those of them whose name or alias it matches (not only a market's)
    near: Mask | None  # facts of operations whose name it is a typo of (not matched otherwise); None: none
    corrections: tuple[str, ...]  # the names of those operations it is taken for, closest first


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

    def __init__(self, snapshot: Snapshot, *, warm: bool = True, state: IndexState | None = None) -> None:
        """``state``: what :meth:`state` returned for an index of this same snapshot (read
        back from the store's sidecar cache): restored instead of built."""
        self.snapshot = snapshot
        self._lock = threading.Lock()
        self._ordered: dict[str, Rows] = {}  # operation id -> rows in the explorer's order
        if state is None:
            self._build(snapshot)
        else:
            self._restore(snapshot, state)
        n = max(1, len(self.facts))
        self.term_cache: LRU[str, Term] = LRU(max(8, min(256, 24_000_000 // (2 * n))))
        self.fuzzy_cache: LRU[str, tuple[Mask, list[str]]] = LRU(64)
        self.filter_cache: LRU[query_language.Filter, Mask] = LRU(32)
        if warm:
            from store.search.morph import warm_up

            warm_up()

    def search(self, query: str, limit: int | None = None, facets: bool = True) -> SearchResult:
        """Facts, operations and countries for a query; ``limit`` caps ``facts`` (not ``total``);
        ``facets=False`` leaves out the operations and countries (``rank.search``)."""
        return rank.search(self, query, limit, facets)

    # -- operations' rows -------------------------------------------------------------------
    def op_members(self, op_id: str) -> Rows:
        """The rows of an operation's facts (ascending)."""
        i = self._op_index.get(op_id)
        if i is None:
            return self._op_order[:0]
        return self._op_order[self._op_offsets[i]:self._op_offsets[i + 1]]

    def ordered_rows(self, op_id: str, ordered: Sequence[Fact]) -> Rows:
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

    # -- warming ----------------------------------------------------------------------------
    def warm_first_keys(self) -> None:
        """Match every letter and digit now, as the first key of a query (its words' masks
        are then cached): a one-letter prefix spans the most keys, and it is the key typed most.
        Skipped when the cache of masks is too small to keep them (a store of millions)."""
        if self.term_cache.max >= 2 * len(FIRST_KEYS):
            for ch in FIRST_KEYS:
                self.term(ch)

    def warm_orders(self, ordered: Callable[[str], Sequence[Fact]]) -> None:
        """``ordered_rows`` of every operation now (``ordered``: ``Repository.ordered_facts``
        of this index's snapshot), e.g. in the background worker that built the index."""
        for op in self.ops:
            try:
                self.ordered_rows(op.id, ordered(op.id))
            except KeyError:  # the store was reloaded meanwhile: this index is out of date
                return

    def clear_caches(self) -> None:
        """Forget every cached term, typo and filter mask."""
        self.term_cache.clear()
        self.fuzzy_cache.clear()
        self.filter_cache.clear()

    # -- building ---------------------------------------------------------------------------
    def _build(self, snapshot: Snapshot) -> None:
        self.facts: tuple[Fact, ...] = tuple(snapshot.facts)
        facts = self.facts
        n = len(facts)
        ops = list(snapshot.operations.values())
        self.ops: list[Operation] = ops
        op_row = {op.id: i for i, op in enumerate(ops)}
        # Facts of operations that are not in the store get one shared "unknown" row.
        unknown_op = len(ops)

        all_cc = countries.all_countries()
        codes: list[str | None] = list(all_cc)
        for f in facts:
            if f.country and f.country not in all_cc and f.country not in codes:
                codes.append(f.country)
        codes.append(None)  # worldwide
        self.codes: list[str | None] = codes
        cc_row = {c: i for i, c in enumerate(codes)}

        sources = list(snapshot.sources.values())
        self.sources: list[Source] = sources
        src_row = {s.id: i for i, s in enumerate(sources)}
        unknown_src = len(sources)

        metrics = list(dict.fromkeys((*METRIC_LABELS, *sorted({f.metric for f in facts}))))
        self.metrics: list[str] = metrics
        metric_row = {m: i for i, m in enumerate(metrics)}
        units = sorted({f.unit for f in facts if f.unit})
        self.units: list[str] = units
        unit_row = {u: i + 1 for i, u in enumerate(units)}  # 0: no unit

        # Per-fact columns.
        fact_op = np.fromiter((op_row.get(f.operation, unknown_op) for f in facts), dtype=np.int32, count=n)
        self.fact_op: Column = fact_op
        self.fact_cc: Column = np.fromiter((cc_row[f.country or None] for f in facts), dtype=np.int16, count=n)
        self.fact_src: Column = np.fromiter((src_row.get(f.source, unknown_src) for f in facts), dtype=np.int32, count=n)
        self.fact_metric: Column = np.fromiter((metric_row[f.metric] for f in facts), dtype=np.int16, count=n)
        self.fact_unit: Column = np.fromiter((unit_row.get(f.unit or "", 0) for f in facts), dtype=np.int16, count=n)
        self.fact_value: np.ndarray = np.fromiter(
            (math.nan if f.value is None else float(f.value) for f in facts), dtype=np.float64, count=n
        )
        op_year = np.array([int(op.year) if op.year and op.year.isdigit() else 0 for op in ops] + [0], dtype=np.int16)
        date_year = np.fromiter(
            (int(f.date[:4]) if f.date and f.date[:4].isdigit() else 0 for f in facts), dtype=np.int16, count=n
        )
        self.op_year: Column = op_year
        self.fact_year: Column = np.where(date_year > 0, date_year, op_year[fact_op])
        # Each operation's fact rows, for the matched facts of one operation.
        self._op_index = op_row
        self._op_order: Rows = np.argsort(fact_op, kind="stable").astype(np.int32)
        self._op_offsets = np.zeros(len(ops) + 2, dtype=np.int64)
        np.cumsum(np.bincount(fact_op, minlength=len(ops) + 1), out=self._op_offsets[1:])
        self.src_lang: list[str] = [s.language or "" for s in sources] + [""]
        self.src_tier: list[str] = [s.tier or "" for s in sources] + [""]

        self.fact_layer, quote_words = _fact_layer(facts)
        # How many of the fact layer's first keys are words of quotes (the rest only of details,
        # stated values, attributions or units): whether a prefix begins a quote's word.
        in_quotes = np.fromiter((k in quote_words for k in self.fact_layer.keys), dtype=np.int32,
                                count=len(self.fact_layer.keys))
        self._quote_keys = np.zeros(len(in_quotes) + 1, dtype=np.int32)
        np.cumsum(in_quotes, out=self._quote_keys[1:])
        del quote_words, in_quotes
        # Name layers.
        self.op_layer = Layer.from_docs(
            [name_keys((op.id.replace("-", " "), *op.names(), *op.markets)) for op in ops] + [set()]
        )
        self.op_title_layer = Layer.from_docs([name_keys((op.id.replace("-", " "), *op.names())) for op in ops] + [set()])
        self.cc_layer = Layer.from_docs([_country_keys(code) for code in codes])
        self.metric_layer = Layer.from_docs([
            {m, *m.split("_"), *tokens(metric_label(m)), *(fast_fold(w) for w in search_words(m))} for m in metrics
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
        self.op_cc: np.ndarray = op_cc
        self._derive()

    def _derive(self) -> None:
        """What follows cheaply from the built (or restored) parts."""
        # The vocabulary typo tolerance works on: names only, not quotes.
        self.vocabulary = NameVocabulary((self.op_layer, self.cc_layer, self.metric_layer))
        self.op_vocabulary = NameVocabulary((self.op_layer,))
        self.all_facts: Mask = np.ones(len(self.facts), dtype=bool)

    # -- persisting (store.sidecar) ---------------------------------------------------------
    def state(self) -> IndexState:
        """Everything ``_build`` computed from the snapshot, as arrays and lists of strings:
        what the sidecar cache saves so that the next open need not build it again."""
        return IndexState(
            arrays={name: getattr(self, name) for name in STATE_ARRAYS},
            lists={name: list(getattr(self, name)) for name in STATE_LISTS},
            layers={name: getattr(self, name) for name in STATE_LAYERS},
        )

    def _restore(self, snapshot: Snapshot, state: IndexState) -> None:
        self.facts = tuple(snapshot.facts)
        self.ops = list(snapshot.operations.values())
        self.sources = list(snapshot.sources.values())
        if len(state.arrays["fact_op"]) != len(self.facts) or len(state.arrays["op_year"]) != len(self.ops) + 1:
            raise ValueError("the saved index is of another snapshot")
        for name in STATE_ARRAYS:
            setattr(self, name, state.arrays[name])
        for name in STATE_LISTS:
            setattr(self, name, state.lists[name])
        for name in STATE_LAYERS:
            setattr(self, name, state.layers[name])
        self._op_index = {op.id: i for i, op in enumerate(self.ops)}
        self._derive()

    def update(self, snapshot: Snapshot) -> SearchIndex:
        """The index of a new snapshot (after a reload): rebuilt, caches dropped."""
        if snapshot is self.snapshot:
            return self
        with self._lock:
            self._build(snapshot)
            self.snapshot = snapshot
            self.clear_caches()
            self._ordered = {}
        return self

    def nbytes(self) -> int:
        """Approximate memory held by the index's arrays (not the shared records)."""
        arrays = (self.fact_op, self.fact_cc, self.fact_src, self.fact_metric, self.fact_unit,
                  self.fact_value, self.fact_year, self.op_cc, self.op_year, self._quote_keys)
        return sum(a.nbytes for a in arrays) + sum(
            layer.nbytes() for layer in (self.fact_layer, self.op_layer, self.op_title_layer, self.cc_layer,
                                         self.metric_layer, self.src_layer)
        )

    # -- one term ---------------------------------------------------------------------------
    def term(self, term: str) -> Term:
        """What a folded word matches as typed so far (cached)."""
        cached = self.term_cache.hit(term)
        if cached is not None:
            return cached
        n = len(self.facts)
        all_mask = np.zeros(n, dtype=bool)
        top_mask = np.zeros(n, dtype=bool)
        fact_layer = self.fact_layer
        # Names: operations, countries, metrics (they rank first), sources (they do not).
        names = name_variants(term)
        # Names rank first when typed whole, or their beginning once it has 3 letters
        # (``de`` ranks Germany first, not Denmark or ``detained``).
        whole = len(term) < 3
        op_m = self.op_layer.mask(names)
        cc_m = self.cc_layer.mask(names)
        code = countries.lookup(term) if is_cyrillic(term) and len(term) >= 4 else None
        if code is not None and code in self.codes:
            cc_m[self.codes.index(code)] = True
        metric_m = self.metric_layer.mask(names)
        named = bool(op_m.any() or cc_m.any() or metric_m.any())
        name_hits = None
        if named:
            name_hits = self._gather(op_m, cc_m, metric_m)
            all_mask |= name_hits
            if whole:
                exact_cc = self.cc_layer.mask(names, exact=True)
                if code is not None and code in self.codes:
                    exact_cc[self.codes.index(code)] = True
                name_hits = self._gather(self.op_layer.mask(names, exact=True), exact_cc,
                                         self.metric_layer.mask(names, exact=True))
            top_mask |= name_hits
        names_mask = name_hits if named else None
        quoted = False  # it begins a word of some fact's quote (not only of an attribution...)
        for variant in prefix_variants(term):
            lo, hi = fact_layer.span(variant)
            all_mask[fact_layer.postings[fact_layer.offsets[lo]:fact_layer.offsets[hi]]] = True
            quoted = quoted or bool(self._quote_keys[hi] > self._quote_keys[lo])
        for exact in {term, other_script(term), *lemmas(term)}:
            top_mask[fact_layer.exact_rows(exact)] = True
        src_m = self.src_layer.mask(prefix_variants(term))
        if src_m.any():
            all_mask |= src_m[self.fact_src]
        titled = self.op_title_layer.mask(names)
        near: Mask | None = None
        corrections: tuple[str, ...] = ()
        # A word that begins no name and no word of a quote (a source's title or an attribution's
        # at most) may be an operation's name with a typo: ``spectr`` is SpecTor, not "Spectrum News".
        if not named and not quoted and is_typo_candidate(term):
            near_ops, near_titled, corrections = self._near_operations(term)
            if near_ops.any():
                op_m, titled = near_ops, near_titled
                near = near_ops[self.fact_op] & ~all_mask
        ops = op_m | self.op_cc[:, cc_m].any(axis=1) if cc_m.any() else op_m
        result = Term(all_mask, top_mask, names_mask, ops, cc_m, named, op_m, titled, near, corrections)
        self.term_cache.put(term, result)
        return result

    def _near_operations(self, term: str) -> tuple[Mask, Mask, tuple[str, ...]]:
        """Operations whose names (or markets) the term is a typo or two off (or off their
        beginning), those of them by name or alias, and the names."""
        names = self.op_vocabulary.near(term)
        ops = self.op_layer.mask(names, exact=True)
        titled = self.op_title_layer.mask(names, exact=True)
        return ops, titled, tuple(names)

    def _gather(self, op_m: Mask, cc_m: Mask, metric_m: Mask) -> Mask:
        """Facts of the named operations, countries and metrics."""
        hits = np.zeros(len(self.facts), dtype=bool)
        for mask, column in ((op_m, self.fact_op), (cc_m, self.fact_cc), (metric_m, self.fact_metric)):
            if mask.any():
                hits |= mask[column]
        return hits

    def fuzzy(self, term: str) -> tuple[Mask, list[str]]:
        """Facts whose names are within one or two typos of the term (or of its beginning),
        and those names, closest first (cached)."""
        cached = self.fuzzy_cache.hit(term)
        if cached is not None:
            return cached
        names = self.vocabulary.near(term)
        mask = np.zeros(len(self.facts), dtype=bool)
        columns = {id(self.op_layer): self.fact_op, id(self.cc_layer): self.fact_cc, id(self.metric_layer): self.fact_metric}
        for name in names:
            for layer in self.vocabulary.layers[name]:
                sub = np.zeros(layer.size, dtype=bool)
                sub[layer.exact_rows(name)] = True
                mask |= sub[columns[id(layer)]]
        result = (mask, names)
        self.fuzzy_cache.put(term, result)
        return result

    # -- filters ----------------------------------------------------------------------------
    def filter(self, name: str, op: str, value: str, hints: list[str]) -> Mask | None:
        """The facts a parsed filter keeps (cached when it needed no hint)."""
        key = (name, op, value)
        cached = self.filter_cache.hit(key)
        if cached is not None:
            return cached
        mask = query_language.filter_mask(self, name, op, value, hints)
        if mask is not None and not hints:
            self.filter_cache.put(key, mask)
        return mask


# What ``state`` holds: every attribute ``_build`` sets that is not derived from the others.
STATE_ARRAYS = ("fact_op", "fact_cc", "fact_src", "fact_metric", "fact_unit", "fact_value", "op_year",
                "fact_year", "_op_order", "_op_offsets", "_quote_keys", "op_cc")
STATE_LISTS = ("codes", "metrics", "units", "src_lang", "src_tier")
STATE_LAYERS = ("fact_layer", "op_layer", "op_title_layer", "cc_layer", "metric_layer", "src_layer")


@dataclass(frozen=True)
class IndexState:
    """The built parts of a :class:`SearchIndex` (see ``SearchIndex.state``)."""

    arrays: dict[str, np.ndarray]
    lists: dict[str, list]
    layers: dict[str, Layer]


def _fact_layer(facts: Sequence[Fact]) -> tuple[Layer, set[str]]:
    """Words of quotes, details, stated values, attributions and units -> facts, and the
    words of quotes; the words of a quote are found once per distinct quote (a sentence can
    state several figures)."""
    vocab: dict[str, int] = {}
    quote_ids: dict[str, tuple[int, ...]] = {}
    extra_ids: dict[tuple[str | None, ...], tuple[int, ...]] = {}
    key_ids, row_ids = array("i"), array("i")
    setdefault = vocab.setdefault
    for row, f in enumerate(facts):
        ids = quote_ids.get(f.quote)
        if ids is None:
            ids = quote_ids[f.quote] = tuple({setdefault(t, len(vocab)) for t in tokens(f.quote)})
        extra = (f.detail, f.value_text, f.attributed_to, f.unit)
        more = extra_ids.get(extra)
        if more is None:
            words: set[str] = set()
            for text in extra:
                if text:
                    words.update(tokens(text))
            more = extra_ids[extra] = tuple(setdefault(t, len(vocab)) for t in words)
        if more:
            ids = tuple(set(ids).union(more))
        key_ids.extend(ids)
        row_ids.extend([row] * len(ids))
    keys = list(vocab)
    quote_words = {keys[i] for word_ids in quote_ids.values() for i in word_ids}
    return Layer.from_pairs(len(facts), keys, key_ids, row_ids), quote_words


def _country_keys(code: str | None) -> set[str]:
    """What a country row is filed under: its code, names, aliases and adjectives."""
    if code is None:
        return set(WORLDWIDE_WORDS)
    country = countries.get(code)
    if country is None:
        return {code.lower()}
    keys = name_keys((country.name_en, country.name_ru, *country.aliases, *country.adjectives))
    keys.add(code.lower())
    return keys
