"""A figure whose unit is left to the one before it: "2.6 million euros in cash, in addition to the
0.8 million seized in Belgium", "11 tonnes of drugs, in addition to the 9 tonnes seized in Spain
and the 4 seized in Portugal".  Linked to the previous money or drugs figure by "in
addition to the", "and the", "plus", and standing with no noun of its own but a seizure verb or a
place, it is the same kind of figure in the same unit (a weight scaled as the one before it).

Russian copy gaps the verb and the unit after a dash: «в первом тайнике — 200 граммов мефедрона, во втором —
еще 350», «у него 1,5 кг гашиша, у сообщника — 700 мефедрона»: a place or holder, a dash, and a bare figure that
ends its clause or names only a drug."""

from __future__ import annotations

import re

from store.ingest.numbers import Figure
from store.ingest.parts import drug_kind
from store.ingest.quantities import Quantity
from store.ingest.word_classes import SEIZED_EN
from store.model import SEIZED_DRUGS, SEIZED_MONEY

_LINK = re.compile(r"^\s*(?:[\w\s]{0,30}?)?(?:,\s*)?(?:in\s+addition\s+to|on\s+top\s+of|besides|as\s+well\s+as|and|plus)\s+"
                   r"(?:the\s+|another\s+|a\s+further\s+)$", re.IGNORECASE)
_STANDS_ALONE = re.compile(r"^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?" + SEIZED_EN + r"\b",
                           re.IGNORECASE)


# «…, во втором — еще 350», «, а у сообщника — около 700»: a clause of its own whose verb and unit are gapped
_RU_GAP = re.compile(r"^[^\d.;:!?()]*?,\s*(?:а\s+)?(?:(?:в|во|на|у|при|из)\s+[^\d.;:!?(),—–]{1,40}?\s+)?[—–]\s*"
                     r"(?:ещ[её]\s+)?(?:(?:около|более|свыше|почти|примерно|порядка)\s+)?$", re.IGNORECASE)
_RU_CLAUSE_END = re.compile(r"^\s*(?:[.;,!?)]|$|и\s|а\s)")


def _gapped(sentence: str, between: str, fig: Figure) -> bool:
    if not _RU_GAP.match(between):
        return False
    after = sentence[fig.end:]
    return bool(_RU_CLAUSE_END.match(after) or drug_kind(re.split(r"[,;.]|\sи\s", after, maxsplit=1)[0][:30]))


def elided_unit(sentence: str, fig: Figure, previous: tuple[Quantity, float] | None) -> Quantity | None:
    """The quantity ``fig`` states with the unit of ``previous`` (the figure before it and its
    written number), or None when it is not such an elided figure."""
    if previous is None:
        return None
    prev, written = previous
    if prev.metric not in (SEIZED_MONEY, SEIZED_DRUGS) or not written or prev.end > fig.start:
        return None
    between = sentence[prev.end:fig.start]
    if re.search(r"\d", between) or not ((_LINK.match(between) and _STANDS_ALONE.match(sentence[fig.end:]))
                                         or (prev.metric == SEIZED_DRUGS and _gapped(sentence, between, fig))):
        return None
    value = fig.value * prev.value / written
    return Quantity(prev.metric, int(value) if float(value).is_integer() else round(value, 6), prev.unit,
                    fig.start, fig.end, "exact")
