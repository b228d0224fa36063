"""What the explorer writes around its panes: border titles set only when they change, the
hint line under the search box, and where a remembered fact sits in a new list."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from store.model import Fact


def set_title(widget, title: str, *, subtitle: bool = False) -> None:
    """A border title (or subtitle) from a plain string (never markup), set only when it
    changed: setting one repaints the whole pane."""
    attribute = "border_subtitle" if subtitle else "border_title"
    if getattr(widget, f"_takedown_{attribute}", None) != title:
        setattr(widget, f"_takedown_{attribute}", title)
        setattr(widget, attribute, Content(title))


def search_hint(hints: Sequence[str]) -> str:
    """The line under the search box: what the engine says about the query."""
    return " · ".join(hints)


def position(facts: Sequence[Fact], fact_id: str | None, hint: int = 0) -> int:
    """Where the fact with ``fact_id`` is in ``facts`` (0 when it is not): looked up at
    ``hint`` (the cursor, where it usually stays while typing) before a scan."""
    if fact_id is None or not facts:
        return 0
    if 0 <= hint < len(facts) and facts[hint].id == fact_id:
        return hint
    if hasattr(facts, "position"):  # a search result's view (store.search.FactRows)
        found = facts.position(fact_id)
    else:
        found = next((i for i, f in enumerate(facts) if f.id == fact_id), None)
    return found or 0
