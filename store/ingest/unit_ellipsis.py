"""A figure whose unit is left to the one before it: "2.6 million euros in cash, in addition to the
0.8 million seized in Belgium", "11 tonnes of drugs, in addition to the 9 tonnes seized in Spain
and the 4 seized in Portugal".  Linked to the previous money or drugs figure by "in
addition to the", "and the", "plus", and standing with no noun of its own but a seizure verb or a
place, it is the same kind of figure in the same unit (a weight scaled as the one before it)."""

from __future__ import annotations

import re

from store.ingest.numbers import Figure
from store.ingest.quantities import Quantity
from store.ingest.word_classes import SEIZED_EN
from store.model import SEIZED_DRUGS, SEIZED_MONEY

_LINK = re.compile(r"^\s*(?:[\w\s]{0,30}?)?(?:,\s*)?(?:in\s+addition\s+to|on\s+top\s+of|besides|as\s+well\s+as|and|plus)\s+"
                   r"(?:the\s+|another\s+|a\s+further\s+)$", re.IGNORECASE)
_STANDS_ALONE = re.compile(r"^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?" + SEIZED_EN + r"\b",
                           re.IGNORECASE)


def elided_unit(sentence: str, fig: Figure, previous: tuple[Quantity, float] | None) -> Quantity | None:
    """The quantity ``fig`` states with the unit of ``previous`` (the figure before it and its
    written number), or None when it is not such an elided figure."""
    if previous is None:
        return None
    prev, written = previous
    if prev.metric not in (SEIZED_MONEY, SEIZED_DRUGS) or not written or prev.end > fig.start:
        return None
    between = sentence[prev.end:fig.start]
    if re.search(r"\d", between) or not _LINK.match(between) or not _STANDS_ALONE.match(sentence[fig.end:]):
        return None
    value = fig.value * prev.value / written
    return Quantity(prev.metric, int(value) if float(value).is_integer() else round(value, 6), prev.unit,
                    fig.start, fig.end, "exact")
