"""The shortest prefix of an id that no other id shares, as git shortens commits.

A table for people shows ``f-34722b6e`` where the id is ``f-34722b6ebaaa81dba806``: short
enough to leave room for the figures, long enough to type into ``takedown edit`` (which takes
a unique prefix, ``store.edits.resolve_fact_id``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

LEAST = 10  # "f-" and eight hex digits


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def unique_prefixes(wanted: Iterable[str], every: Iterable[str], least: int = LEAST) -> dict[str, str]:
    """``{id: its shortest unique prefix of at least ``least`` characters}`` for each id of
    ``wanted`` among the ids of ``every`` (an id that is a prefix of another stays whole)."""
    ordered = sorted(set(every))
    out: dict[str, str] = {}
    for ident in wanted:
        at = bisect_left(ordered, ident)
        need = least
        for neighbour in (ordered[at - 1] if at > 0 else None, ordered[at + 1] if at + 1 < len(ordered) else None,
                          ordered[at] if at < len(ordered) and ordered[at] != ident else None):
            if neighbour is not None and neighbour != ident:
                need = max(need, _common(ident, neighbour) + 1)
        out[ident] = ident[:need]
    return out
