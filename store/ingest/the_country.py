"""«в стране» / "in the country" of a one-country story is that country.

A Kazakh police summary closes «всего изъято в общей сложности 12,5 кг наркотиков в стране»: "in all" alone reads as a
total over every place, but the country word says which place the total covers.  In an article that names one country
only, «в стране», «по (всей) стране» and "in/across the country" stand for it ("a nationwide raid" is left alone: it names a
kind of raid, not where a figure is); with several countries
named (or none) the word places nothing.
"""

from __future__ import annotations

import re

from store.ingest.article_context import named_countries

_WORD = re.compile(r"(?:стране|country)(?![\w-])(?!\s+(?:(?-i:[А-ЯЁA-Z])|of\b|пребывания|происхождения|назначения))",
                   re.IGNORECASE)
_BEFORE = re.compile(r"(?:(?<![\w-])(?:в|во|по)(?:\s+(?:всей|этой|нашей))?|\b(?:in|across|throughout|around)\s+the(?:\s+whole)?)\s+$",
                     re.IGNORECASE)


def country_word(text: str, start: int) -> tuple[int, str] | None:
    """(end, country) when the word at ``start`` is "the country" of the article's one country."""
    m = _WORD.match(text, start)
    if not m or not _BEFORE.search(text[max(0, start - 24):start]):
        return None
    named = named_countries()
    return (m.end(), next(iter(named))) if len(named) == 1 else None
