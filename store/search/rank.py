"""From a query to a ranked result: match every word, widen by typos, rank, count facets.

* **Match**: each free-text word's mask (``SearchIndex.term``) is intersected with the
  others' (AND) and with the filters'.
* **Widening**: a word that begins no name and no word of a quote may be an operation's name
  with a typo (``spectr`` -> SpecTor, though a source is "Spectrum News"): the facts of those
  operations join (``Term.near``). When exact and prefix matching find (almost) nothing,
  words that are no known name are matched against every name with rapidfuzz (``hydar``).
* **Tiers**: facts where every word hits a name (operation, market, country, metric) come
  first, then those where every word hits a name or a whole word, then the facts of the
  operations a typo names, then prefix and morphology matches (quotes, titles), then other
  typo matches; within a tier, file order. The result holds the ranked rows, cut at the limit.
* **Facets**: the matched operations and countries, those every word names first, then by
  how many facts matched; and per operation, how well the words name it by its own names
  (by name or alias before by market), which the explorer lists operations by.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from store.model import Operation
from store.search.fuzzy import is_typo_candidate
from store.search.layer import Mask
from store.search.query import parse_query
from store.search.result import Matched, SearchResult
from store.search.variants import highlight_terms
from store.text import has_cyrillic

if TYPE_CHECKING:
    from store.search.index import SearchIndex, Term

FUZZY_FEW = 3  # typo matching kicks in when exact and prefix matching find fewer facts


@dataclass(slots=True)
class Widened:
    """Facts matched only by typo tolerance, and the names each corrected word was taken for."""

    mask: Mask | None
    corrections: dict[str, list[str]]


class Facets(NamedTuple):
    operations: list[Operation]  # named by every word first, then by matched facts
    op_counts: dict[str, int]  # operation id -> matched facts (only operations with some)
    named: dict[str, int]  # operation id -> how well the words name it (``_name_scores``)
    countries: list[str]  # named by every word first, then by matched facts


def search(index: SearchIndex, query: str, limit: int | None = None, facets: bool = True) -> SearchResult:
    """Facts, operations and countries for a query; ``limit`` caps ``facts`` (not ``total``).
    ``facets=False``: no operations or countries (most of a warm search's time), for a caller
    that reads only which facts matched (the facts table)."""
    hints: list[str] = []
    terms, filters = parse_query(query, hints)
    malformed = list(hints)  # an unknown field: the query cannot mean what was typed
    flt: Mask | None = None
    for name, op, value in filters:
        before = len(hints)
        mask = index.filter(name, op, value, hints)
        if mask is not None:
            flt = mask if flt is None else flt & mask
        else:  # a filter that cannot apply (``value>abc``, ``lang>ru``) is left out
            malformed += hints[before:]
    matches = [index.term(t) for t in terms]
    found = _match(index, matches, flt)
    exact_total = int(np.count_nonzero(found.all))
    corrections = {t: list(m.corrections) for t, m in zip(terms, matches) if m.corrections}
    near = found.near
    widened = _widen(index, terms, matches, flt, found.all) if exact_total < FUZZY_FEW and terms else Widened(None, {})
    fuzzy_mask = widened.mask
    for term, names in widened.corrections.items():
        corrections[term] = list(dict.fromkeys((*corrections.get(term, ()), *names)))
    if fuzzy_mask is not None and near is not None:
        fuzzy_mask = fuzzy_mask & ~near
    # Ranked rows, cut at the limit: names, whole words, typos of operation names, prefixes, other typos.
    tiers = [found.names, found.top & ~found.names] if matches else [found.all]
    if near is not None:
        tiers.append(near)
    if matches:
        tiers.append(found.all & ~found.top)
    if fuzzy_mask is not None:
        tiers.append(fuzzy_mask)
    if near is not None or fuzzy_mask is not None:
        close = ", ".join(_close_names(corrections))
        hints.append(f"no exact match; showing close names: {close}" if exact_total == 0
                     else f"also showing close names: {close}")
    matched = found.all
    for extra in (near, fuzzy_mask):
        if extra is not None:
            matched = matched | extra
    operations, op_counts, named, countries = _facets(index, matches, flt, matched) if facets else Facets([], {}, {}, [])
    return SearchResult(
        query=query,
        operations=operations,
        countries=countries,
        total=int(np.count_nonzero(matched)),
        terms=_highlights(terms, corrections),
        hints=hints,
        malformed=malformed,
        fuzzy=near is not None or fuzzy_mask is not None,
        exact=exact_total,
        corrections=corrections,
        op_counts=op_counts,
        named=named,
        matched=Matched(index, _ranked_rows(tiers, len(index.facts) if limit is None else max(0, limit)), matched),
    )


class Found(NamedTuple):
    all: Mask  # facts every word matches
    top: Mask  # ... where every word hits a name or a whole word
    names: Mask  # ... where every word hits a name
    near: Mask | None  # facts matched only once a word is taken for the operation name it is a typo of


def _match(index: SearchIndex, matches: list[Term], flt: Mask | None) -> Found:
    """Facts every word matches (and the filters keep), by how well they match."""
    n = len(index.facts)
    if not matches:
        all_mask = index.all_facts.copy() if flt is None else flt.copy()
        return Found(all_mask, all_mask, all_mask, None)
    all_mask = matches[0].all.copy()
    top_mask = matches[0].top.copy()
    names_mask = np.zeros(n, dtype=bool) if matches[0].names is None else matches[0].names.copy()
    for m in matches[1:]:
        all_mask &= m.all
        top_mask &= m.top
        if m.names is None:
            names_mask[:] = False
        else:
            names_mask &= m.names
    if flt is not None:
        all_mask &= flt
    top_mask &= all_mask
    names_mask &= top_mask
    near = None
    if any(m.near is not None for m in matches):
        near = np.ones(n, dtype=bool) if flt is None else flt.copy()
        for m in matches:
            near &= m.all if m.near is None else m.all | m.near
        near &= ~all_mask
        if not near.any():
            near = None
    return Found(all_mask, top_mask, names_mask, near)


def _widen(index: SearchIndex, terms: list[str], matches: list[Term], flt: Mask | None, all_mask: Mask) -> Widened:
    """Facts found once the words that name nothing may be a typo or two off a name."""
    eligible = [i for i, (t, m) in enumerate(zip(terms, matches)) if not m.named and is_typo_candidate(t)]
    corrections: dict[str, list[str]] = {}
    if not eligible:
        return Widened(None, corrections)
    widened: Mask | None = None
    for i, m in enumerate(matches):
        part = m.all
        if i in eligible:
            extra, names = index.fuzzy(terms[i])
            if names:
                corrections[terms[i]] = names
            part = part | extra
        widened = part.copy() if widened is None else widened & part
    assert widened is not None
    if flt is not None:
        widened &= flt
    fuzzy_mask = widened & ~all_mask
    return Widened(fuzzy_mask if fuzzy_mask.any() else None, corrections)


def _close_names(corrections: dict[str, list[str]]) -> list[str]:
    """The names the typos were taken for, in the script the user typed (not our
    transliterated forms), three per word."""
    return list(dict.fromkeys(
        name for term, names in corrections.items()
        for name in [n for n in names if has_cyrillic(n) == has_cyrillic(term)][:3]
    ))


def _ranked_rows(tiers: list[Mask], wanted: int) -> np.ndarray:
    """The rows of the tiers in order, the first ``wanted`` of them."""
    rows: list[np.ndarray] = []
    for tier in tiers:
        if wanted <= 0:
            break
        found = np.flatnonzero(tier)[:wanted]
        rows.append(found)
        wanted -= len(found)
    return np.concatenate(rows) if rows else np.zeros(0, dtype=np.intp)


def _highlights(terms: list[str], corrections: dict[str, list[str]]) -> list[str]:
    """What was typed, in both scripts, with stems; and the typo corrections."""
    highlight: list[str] = []
    for t in terms:
        highlight.extend(highlight_terms(t))
    for names in corrections.values():
        highlight.extend(names)
    return list(dict.fromkeys(highlight))


def _facets(index: SearchIndex, matches: list[Term], flt: Mask | None, matched: Mask) -> Facets:
    """Operations and countries (those named by every word first, then by how many facts
    matched), the matched facts per operation, and how well the words name each operation."""
    ops = index.ops
    op_counts = np.bincount(index.fact_op[matched], minlength=len(ops) + 1)[: len(ops)]
    cc_counts = np.bincount(index.fact_cc[matched], minlength=len(index.codes))
    score = _name_scores(matches, len(ops))
    named_ops: list[int] = []
    named_ccs: list[int] = []
    if matches and flt is None:
        ops_mask = matches[0].ops.copy()
        cc_mask = matches[0].ccs.copy()
        for m in matches[1:]:
            ops_mask &= m.ops
            cc_mask &= m.ccs
        op_rows = np.flatnonzero(ops_mask[: len(ops)])
        named_ops = op_rows[np.lexsort((-op_counts[op_rows], -score[op_rows]))].tolist()
        cc_rows = np.flatnonzero(cc_mask)
        named_ccs = cc_rows[np.argsort(-cc_counts[cc_rows], kind="stable")].tolist()
    by_count = np.flatnonzero(op_counts)
    counts = {ops[i].id: c for i, c in zip(by_count.tolist(), op_counts[by_count].tolist())}
    by_count_rows = by_count[np.argsort(-op_counts[by_count], kind="stable")].tolist()
    operations = [ops[i] for i in dict.fromkeys((*named_ops, *by_count_rows))]
    named = {ops[i].id: int(score[i]) for i in np.flatnonzero(score).tolist() if ops[i].id in counts or i in named_ops}
    cc_by_count = np.flatnonzero(cc_counts)
    cc_rows_by_count = cc_by_count[np.argsort(-cc_counts[cc_by_count], kind="stable")].tolist()
    countries = [c for c in (index.codes[i] for i in dict.fromkeys((*named_ccs, *cc_rows_by_count))) if c]
    return Facets(operations, counts, named, countries)


def _name_scores(matches: list[Term], n_ops: int) -> np.ndarray:
    """How well the words name each operation by its own names: per word, 2 for its name or
    an alias (as typed, or a typo off it), 1 for only one of its markets (``monopoly`` names
    Monopoly Market before SpecTor, whose market it was)."""
    score = np.zeros(n_ops, dtype=np.int64)
    for m in matches:
        score += m.own[:n_ops].astype(np.int64) + m.titled[:n_ops]
    return score
