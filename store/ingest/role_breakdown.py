"""People counted by role in one sentence that add up to an arrests total stated elsewhere.

"The NCB has arrested five people … The raids led to the arrest of A, 27, and B, 24, the alleged
kingpins, and three couriers": the two and the three are the five again, told by role.  Counts
after one active verb stay apart when nothing totals them ("arrested two admins and five
vendors"); when another sentence states their sum for the same operation and place, they are a
breakdown of that total, not more arrests.  Counts placed in different countries are a country
breakdown (settled elsewhere), never dropped here.
"""

from __future__ import annotations

from store.ingest.extraction import ExtractedFact
from store.model import ARRESTS


def drop_role_breakdowns(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """``facts`` without the role counts of one sentence whose sum another sentence's arrests total states."""
    by_sentence: dict[int, list[ExtractedFact]] = {}
    for f in facts:
        if f.metric == ARRESTS and f.value:
            by_sentence.setdefault(f.quote_start, []).append(f)
    drop: set[int] = set()
    for start, group in by_sentence.items():
        if len(group) < 2 or len({f.country for f in group if f.country}) > 1 or len({f.operation for f in group}) > 1:
            continue
        place = next((f.country for f in group if f.country), None)
        total = sum(f.value or 0 for f in group)
        if any(t.quote_start != start and t.metric == ARRESTS and t.value == total and t.operation == group[0].operation
               and (place is None or t.country in (place, None)) for t in facts):
            drop.update(id(f) for f in group)
    return [f for f in facts if id(f) not in drop]
