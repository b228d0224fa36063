"""Command palette providers: jump to an operation, a country or a fact.

Matcher.highlight parses its candidate as markup, so store text is highlighted here with
``Content`` built from plain strings instead: a name like ``[@click=app.quit]`` stays text.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from store import countries
from store.format import metric_label, short_figure
from tui.widgets.text import clip, safe

if TYPE_CHECKING:
    from tui.app import TakedownApp


def highlighted(matcher: Matcher, candidate: str) -> Content:
    """``candidate`` as plain Content with the fuzzy match picked out."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if not score:
        return content
    for offset in offsets:
        if offset < len(candidate) and not candidate[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class OperationCommands(Provider):
    """``Operation: SpecTor (2023)`` for every operation, matched on names and aliases."""

    @property
    def explorer(self) -> TakedownApp:
        return self.app  # type: ignore[return-value]

    def _candidates(self) -> list[tuple[str, str, str]]:
        out = []
        for op in self.explorer.repo.operations():
            label = safe(f"Operation: {op.name}" + (f" ({op.year})" if op.year else ""))
            aliases = safe(", ".join(op.aliases + op.markets))
            out.append((label, aliases, op.id))
        return out

    async def discover(self) -> Hits:
        if self.app.repo is None:  # the store is still being opened
            return
        for label, aliases, op_id in self._candidates():
            yield DiscoveryHit(Content(label), partial(self.explorer.goto_operation, op_id), help=Content(aliases))

    async def search(self, query: str) -> Hits:
        if self.app.repo is None:
            return
        matcher = self.matcher(query)
        for label, aliases, op_id in self._candidates():
            score = max(matcher.match(label), matcher.match(aliases) * 0.9)
            if score > 0:
                yield Hit(score, highlighted(matcher, label), partial(self.explorer.goto_operation, op_id), help=Content(aliases))


class CountryCommands(Provider):
    """``Country: Germany / Германия (DE)`` for countries in the store (any country when typed)."""

    @property
    def explorer(self) -> TakedownApp:
        return self.app  # type: ignore[return-value]

    async def discover(self) -> Hits:
        if self.app.repo is None:  # the store is still being opened
            return
        for code in self.explorer.repo.countries_in_store():
            country = countries.get(code)
            if country:
                yield DiscoveryHit(Content(f"Country: {country.label()}"), partial(self.explorer.goto_country, code))

    async def search(self, query: str) -> Hits:
        if self.app.repo is None:
            return
        matcher = self.matcher(query)
        in_store = set(self.explorer.repo.countries_in_store())
        for code, country in countries.all_countries().items():
            label = f"Country: {country.label()}"
            score = matcher.match(label)
            if score > 0:
                if code not in in_store:
                    score *= 0.5
                yield Hit(score, highlighted(matcher, label), partial(self.explorer.goto_country, code))


class FactCommands(Provider):
    """Facts found by the explorer's own search engine (fast on a large store)."""

    @property
    def explorer(self) -> TakedownApp:
        return self.app  # type: ignore[return-value]

    async def search(self, query: str) -> Hits:
        if self.app.repo is None:
            return
        if len(query.strip()) < 2:
            return
        index = self.explorer.search_index()
        result = index.search(query, limit=20)
        repo = self.explorer.repo
        for rank, fact in enumerate(result.facts):
            op = repo.operation(fact.operation)
            label = safe(f"Fact: {op.name if op else fact.operation} · {metric_label(fact.metric)} "
                         f"{short_figure(fact)} {fact.country or 'worldwide'}")
            yield Hit(
                0.6 - rank * 0.01,
                Content(label),
                partial(self.explorer.goto_fact, fact.id),
                help=Content(clip(safe(fact.quote), 100)),
            )
