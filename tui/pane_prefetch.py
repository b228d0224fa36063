"""The fact detail and country panes of a search result, made by the search worker.

Rendering the two big panes (the detail's text with its highlights and related figures, the
country summary, each wrapped into strips) takes 10–20 ms at 100,000 facts: done on the UI
thread after the lists' frame, it put the frame a user reads two frames behind the key. The
search worker instead predicts which fact and country the explorer will show for the result
(the same rules as ``ExplorerScreen.fill``: the selected operation if it is still listed, else
the first; the highlighted fact if it still matches, else the first; the fact's country unless
one was picked), renders both panes for it and hands them over with the result. The explorer
uses them only when they are of exactly what it shows (fact, terms, country, operation,
width and style); a wrong guess costs the render it would have done anyway.

Everything here runs in the worker and reads no widget: what it needs of the screen is
captured on the UI thread when the search starts (:class:`PaneState`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text
from textual.strip import Strip

from store.model import Fact, Operation
from store.repository import Repository
from tui.widgets.country_pane import render_country
from tui.widgets.fact_detail import render_fact
from tui.widgets.text_pane import wrap_text

if TYPE_CHECKING:
    from store.search import SearchResult


@dataclass(frozen=True)
class Prepared:
    """One pane's text and its wrapped strips, and what they were made for."""

    key: tuple
    text: Text
    strips: tuple[Any, list[Strip]]  # (the pane's wrap key, strips)


@dataclass(frozen=True)
class PreparedPanes:
    detail: Prepared | None
    country: Prepared | None


@dataclass(frozen=True)
class PaneState:
    """The explorer's state and the panes' geometry when a search started (UI thread)."""

    console: Console
    op_id: str | None
    fact_id: str | None
    country: str | None
    country_pinned: bool
    op_order: dict[str, int]
    detail_wrap: tuple
    country_wrap: tuple
    chart_width: int


def predict(repo: Repository, result: SearchResult, state: PaneState) -> tuple[Operation | None, Fact | None, str | None]:
    """The operation, fact and country the explorer will show for ``result``."""
    order = state.op_order
    named = result.named
    ops = sorted((op for op in result.operations if op.id in order), key=lambda op: (-named.get(op.id, 0), order[op.id]))
    country = state.country
    if not ops:
        return None, None, _country(state, None, result)
    op = next((o for o in ops if o.id == state.op_id), ops[0])
    ordered = repo.ordered_facts(op.id)
    facts: Sequence[Fact]
    if ordered and result.op_counts.get(op.id) == len(ordered):
        facts = ordered
    elif result.snapshot is repo.snapshot:
        facts = result.facts_in_order(op.id, ordered)
    else:
        return op, None, country
    fact = facts[0] if len(facts) else None
    if state.fact_id is not None and op.id == state.op_id and len(facts):
        at = facts.position(state.fact_id) if hasattr(facts, "position") else next(
            (i for i, f in enumerate(facts) if f.id == state.fact_id), None)
        fact = facts[at or 0]
    return op, fact, _country(state, fact, result)


def _country(state: PaneState, fact: Fact | None, result: SearchResult) -> str | None:
    """As ``ExplorerScreen.show_fact`` picks it."""
    if state.country_pinned:
        return state.country
    if fact is not None and fact.country:
        return fact.country
    if result.countries:
        return result.countries[0]
    return None if fact is not None else state.country


def prepare(repo: Repository, result: SearchResult, state: PaneState) -> PreparedPanes:
    """Both panes for the predicted fact and country (in the search worker)."""
    op, fact, country = predict(repo, result, state)
    terms = tuple(result.terms)
    detail = None
    if fact is not None:
        text = render_fact(repo, fact, terms)
        detail = Prepared((fact, terms), text, (state.detail_wrap, wrap_text(state.console, text, *state.detail_wrap)))
    key = (repo.snapshot, country, op, state.chart_width)
    cache_key = (id(repo.snapshot), country, op.id if op else None, state.chart_width, state.country_wrap)
    country_pane = _countries.get(cache_key)
    if country_pane is None or country_pane.key[0] is not repo.snapshot or country_pane.key[2] is not op:
        text = render_country(repo, country, op, state.chart_width)
        country_pane = Prepared(key, text, (state.country_wrap, wrap_text(state.console, text, *state.country_wrap)))
        _countries[cache_key] = country_pane
        while len(_countries) > COUNTRIES_KEPT:
            _countries.pop(next(iter(_countries)), None)
    return PreparedPanes(detail, country_pane)


# The country pane of a (country, operation) pair, wrapped: typing a query comes back to the
# same few pairs again and again, and the pane (a summary, 40 operation names and a chart of
# arrests per country: over a hundred lines) is the costliest to wrap. Only the search worker
# writes it (one at a time: the worker is exclusive).
COUNTRIES_KEPT = 64
_countries: dict[tuple, Prepared] = {}
