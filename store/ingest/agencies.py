"""National agencies that name their country without a country word: "the FBI", "the DEA", «ФБР».

An agency taking part makes its country one of the article's participants, but it is added to the
country list only after every figure is placed: it never decides a figure's country or makes a
one-country story a two-country one ("$" in an Australian story that thanks the FBI is still AUD).
"""

from __future__ import annotations

import re

_AGENCIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:FBI|DEA|Federal\s+Bureau\s+of\s+Investigation|Drug\s+Enforcement\s+(?:Administration|Agency))\b"
                r"|(?<![\w])ФБР(?![\w])"), "US"),
)


def agency_countries(sentence: str) -> list[str]:
    """Countries whose national agency the sentence names."""
    return [code for pattern, code in _AGENCIES if pattern.search(sentence)]


def agency_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, country) of each national agency named in the sentence ("ФБР и полиция Нидерландов": the
    FBI is one member of a two-country coalition)."""
    return [(m.start(), m.end(), code) for pattern, code in _AGENCIES for m in pattern.finditer(sentence)]
