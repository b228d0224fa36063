"""Two equal figures in two towns are two hauls: "seized 2 kg of cocaine in Leeds … seized 2 kg in York",
"5 kg of heroin in Madrid and 5 kg of heroin in Seville".

One figure stated twice is kept once (:mod:`store.ingest.settle`); but the same weight, sum or count
written beside a different town of the same country is another raid's, not a restatement.  The town
of a figure is the city named nearest it in its own clause.
"""

from __future__ import annotations

import re

from store.ingest.extraction import ExtractedFact
from store.ingest.places import find_mentions

_CLAUSE_END = re.compile(r"[;:!?]|\.\s")


def figure_town(f: ExtractedFact) -> str | None:
    """The city named next to ``f``'s figure in its clause ("2 kg of cocaine in Leeds"), as written."""
    if not f.quote or f.start < f.quote_start:
        return None
    at, end = f.start - f.quote_start, f.end - f.quote_start
    cities = [m for m in find_mentions(f.quote) if m.kind == "city" and not m.origin]
    best: tuple[int, str] | None = None
    for m in cities:
        between = f.quote[end:m.start] if m.start >= end else f.quote[m.end:at]
        if _CLAUSE_END.search(between) or re.search(r"\d", between):
            continue  # another clause, or another figure stands between them
        distance = m.start - end if m.start >= end else (at - m.end) + 20  # a town after the figure first
        if best is None or distance < best[0]:
            best = (distance, f.quote[m.start:m.end])
    return best[1] if best else None


def other_town(f: ExtractedFact, earlier: list[ExtractedFact]) -> bool:
    """``f`` is written beside a town none of the equal ``earlier`` figures (all placed in towns) was."""
    if f.quote_start == 0 or not earlier or any(e.quote_start == 0 for e in earlier):
        return False  # a headline restates the body's figure wherever it says it was
    mine = figure_town(f)
    towns = [figure_town(e) for e in earlier]
    return mine is not None and all(t is not None and t != mine for t in towns)
