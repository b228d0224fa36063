"""Command palette provider: ``View: Facts table`` and the other views, by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tui.screens.view_base import VIEWS

_HELP = {
    "explorer": "operations, their facts, the fact detail and the country summary",
    "facts": "every fact the query matches, across operations, sortable by any column",
    "timeline": "markets' lifetimes and operations' dates on one time axis",
    "compare": "the operations marked with space, metric by metric and country by country",
    "charts": "arrests and seizures by year, across operations",
}


class ViewCommands(Provider):
    """Switch to a view; the query stays."""

    def _targets(self) -> list[tuple[str, str, str]]:
        return [(f"View: {title} ({key})", _HELP.get(name, ""), name) for name, key, title in VIEWS]

    async def discover(self) -> Hits:
        if self.app.repo is None:  # the store is still being opened
            return
        for label, help_text, name in self._targets():
            yield DiscoveryHit(Content(label), partial(self.app.show_view, name), help=Content(help_text))  # type: ignore[attr-defined]

    async def search(self, query: str) -> Hits:
        if self.app.repo is None:
            return
        matcher = self.matcher(query)
        for label, help_text, name in self._targets():
            score = max(matcher.match(label), matcher.match(help_text) * 0.5)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(self.app.show_view, name), help=Content(help_text))  # type: ignore[attr-defined]
