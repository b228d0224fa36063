"""A picked country is a ``country:`` filter in the search box: the lists show what it kept,
the box says why, and Escape (or the picker's "worldwide" entry) takes it away."""

from __future__ import annotations

import re

# ``country:``, ``cc:`` and ``страна:`` (store.search.query registers these names)
_COUNTRY_TOKEN = re.compile(r"(?i)^(?:country|cc|страна):\S*$")
WORLDWIDE = "-worldwide-"  # the picker's "worldwide / clear" entry


def without_country(query: str) -> str:
    """``query`` without its ``country:`` filters."""
    return " ".join(word for word in query.split() if not _COUNTRY_TOKEN.match(word))


def with_country(query: str, code: str | None) -> str:
    """``query`` filtered to the country ``code`` (None: to no country), its words kept."""
    rest = without_country(query)
    if code is None:
        return rest
    return f"country:{code.lower()} {rest}".strip()


def has_country(query: str) -> bool:
    return any(_COUNTRY_TOKEN.match(word) for word in query.split())
