"""A contrast clause after the figures is another person's or group's: "Three administrators were
arrested, while a fourth man was being pursued in Brazil".

Wire copy joins what happened to a second group with ", while" or ", whereas".  A country named only
inside that clause says where the second group is, not where the sentence's earlier figures were,
unless the clause holds a figure of its own ("…, while the rest were held in Germany", which the
breakdown readers place themselves).
"""

from __future__ import annotations

import re

_CONTRAST = re.compile(r",\s*(?:while|whereas|whilst)\s+|[,;]\s*(?:пока|тогда\s+как|в\s+то\s+время\s+как)\s+", re.IGNORECASE)


def in_contrast_clause(sentence: str, at: int, picked: list) -> bool:
    """The place at offset ``at`` stands in a ", while …" clause that holds none of the sentence's figures."""
    opened = [m for m in _CONTRAST.finditer(sentence, 0, at)]
    if not opened or not picked:
        return False
    start = opened[-1].start()
    stop = sentence.find(";", at)
    end = stop if stop >= 0 else len(sentence)
    return not any(start <= q.start < end for q, _ in picked)
