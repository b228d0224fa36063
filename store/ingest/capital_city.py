"""«the capital» of a one-country story is in that country.

Local copy names its capital without naming it: "two men arrested on suspicion of selling drugs from the
capital", «задержаны в столице».  After a place preposition and "the" (not "the capital of …", not money:
"working capital"), in an article that names one country only, it is that country.
"""

from __future__ import annotations

import re

from store.ingest.article_context import named_countries

_CAPITAL = re.compile(r"capital\b(?!\s+(?:of|city\s+of|gains?|markets?)\b)|столиц(?:е|ы|у)(?![\w-])(?!\s+(?:(?-i:[А-ЯЁ])|республики|страны))",
                      re.IGNORECASE)
_BEFORE = re.compile(r"(?:\b(?:in|from|near|around|across|outside|of)\s+the|(?<![\w-])(?:в|из|по|под|около))\s+$", re.IGNORECASE)


def capital_country(text: str, start: int) -> tuple[int, str] | None:
    """(end, country) when the word at ``start`` is "the capital" of the article's one country."""
    m = _CAPITAL.match(text, start)
    if not m or not _BEFORE.search(text[max(0, start - 16):start]):
        return None
    named = named_countries()
    return (m.end(), next(iter(named))) if len(named) == 1 else None


def is_capital_word(word: str) -> bool:
    """``word`` is the bare noun "capital" / «столица» (a mention :func:`capital_country` made)."""
    return bool(re.fullmatch(r"(?i)capital|столиц(?:а|е|ы|у)", word))
