"""Command palette providers: jump to an operation, a country or a fact.

The providers know the app only as a :class:`PaletteHost` (the store, its search index and
three jumps), not as the concrete ``TakedownApp``: no import cycle, and any app that offers
these can host them.

Matcher.highlight parses its candidate as markup, so store text is highlighted here with
``Content`` built from plain strings instead: a name like ``[@click=app.quit]`` stays text.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from store import countries
from store.format import metric_label, short_figure
from store.model import Fact
from store.outlets import fact_date, outlet, tier_label
from store.repository import Repository
from tui.widgets.text import clip, safe

if TYPE_CHECKING:  # numpy comes with it: imported when the first fact search runs
    from store.search import SearchIndex


class PaletteHost(Protocol):
    """What the palette needs of its app."""

    repo: Repository | None  # None while the store is still being opened

    def search_index(self) -> SearchIndex: ...

    def goto_operation(self, op_id: str) -> None: ...

    def goto_fact(self, fact_id: str) -> None: ...

    def goto_country(self, code: str | None) -> None: ...  # None: worldwide (clears a pick)


class HostedProvider(Provider):
    """A provider whose app is a :class:`PaletteHost`."""

    @property
    def host(self) -> PaletteHost:
        return cast(PaletteHost, self.app)


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


class OperationCommands(HostedProvider):
    """``Operation: SpecTor (2023)`` for every operation, matched on names and aliases."""

    def _candidates(self) -> list[tuple[str, str, str]]:
        out: list[tuple[str, str, str]] = []
        repo = self.host.repo
        for op in repo.operations() if repo is not None else ():
            label = safe(f"Operation: {op.name}" + (f" ({op.year})" if op.year else ""))
            aliases = safe(", ".join(op.aliases + op.markets))
            out.append((label, aliases, op.id))
        return out

    async def discover(self) -> Hits:
        if self.host.repo is None:  # the store is still being opened
            return
        for label, aliases, op_id in self._candidates():
            yield DiscoveryHit(Content(label), partial(self.host.goto_operation, op_id), help=Content(aliases))

    async def search(self, query: str) -> Hits:
        if self.host.repo is None:
            return
        matcher = self.matcher(query)
        for label, aliases, op_id in self._candidates():
            score = max(matcher.match(label), matcher.match(aliases) * 0.9)
            if score > 0:
                yield Hit(score, highlighted(matcher, label), partial(self.host.goto_operation, op_id), help=Content(aliases))


WORLDWIDE_LABEL = "Country: worldwide (clear the picked country)"


class CountryCommands(HostedProvider):
    """``Country: Germany / Германия (DE)`` for countries in the store (any country when typed),
    and ``Country: worldwide`` to clear a pick."""

    async def discover(self) -> Hits:
        if self.host.repo is None:  # the store is still being opened
            return
        for code in self.host.repo.countries_in_store():
            country = countries.get(code)
            if country:
                yield DiscoveryHit(Content(f"Country: {country.label()}"), partial(self.host.goto_country, code))

    async def search(self, query: str) -> Hits:
        if self.host.repo is None:
            return
        matcher = self.matcher(query)
        score = matcher.match(WORLDWIDE_LABEL)
        if score > 0:
            yield Hit(score, highlighted(matcher, WORLDWIDE_LABEL), partial(self.host.goto_country, None))
        in_store = set(self.host.repo.countries_in_store())
        for code, country in countries.all_countries().items():
            label = f"Country: {country.label()}"
            score = matcher.match(label)
            if score > 0:
                if code not in in_store:
                    score *= 0.5
                yield Hit(score, highlighted(matcher, label), partial(self.host.goto_country, code))


class FactCommands(HostedProvider):
    """Facts found by the explorer's own search engine (fast on a large store)."""

    async def search(self, query: str) -> Hits:
        if self.host.repo is None:
            return
        if len(query.strip()) < 2:
            return
        index = self.host.search_index()
        result = index.search(query, limit=20)
        repo = self.host.repo
        for rank, fact in enumerate(result.facts):
            op = repo.operation(fact.operation)
            label = safe(fact_label(fact, op.name if op else fact.operation, repo))
            yield Hit(
                0.6 - rank * 0.01,
                Content(label),
                partial(self.host.goto_fact, fact.id),
                help=Content(clip(safe(fact.quote), 100)),
            )


def fact_label(fact: Fact, operation_name: str, repo: Repository) -> str:
    """``Fact: Harbor · arrests 153 people US · harbor.txt official 2023-05-02``: the source
    part tells apart entries of the same figure from different sources."""
    source = repo.source(fact.source)
    origin = " ".join(part for part in (outlet(source), tier_label(source), fact_date(fact.date, source)) if part)
    return (f"Fact: {operation_name} · {metric_label(fact.metric)} {short_figure(fact)} "
            f"{fact.country or 'worldwide'} · {origin}")
