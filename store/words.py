"""Counted words: ``1 operation``, ``11 operations``, ``1 person``, never ``operation(s)``.

Every count the explorer, the command line and the exports show goes through here, so a
singular reads as a singular everywhere. English only: no user-facing Russian string counts
anything (Russian text is data: names, quotes), so there are no Russian forms to choose.
"""

from __future__ import annotations

# Plurals that are not the word plus "s"; a word not listed takes an "s".
IRREGULAR = {
    "person": "people",
    "country": "countries",
    "entry": "entries",
    "match": "matches",
    "category": "categories",
    "summary": "summaries",
}
# Units are stored in the plural (``people``, ``items``, ``years``); their singular for a value of 1.
SINGULAR_UNITS = {"people": "person", "items": "item", "years": "year", "days": "day", "months": "month"}


def is_one(n: float | int) -> bool:
    """True for exactly one (``1``, ``1.0``); ``1.5``, ``0`` and ``-1`` take the plural."""
    return n == 1


def plural(word: str, n: float | int) -> str:
    """``word`` in the form that goes with ``n``: ``plural("country", 2)`` -> ``countries``."""
    if is_one(n):
        return word
    return IRREGULAR.get(word) or word + "s"


def count(n: float | int, word: str) -> str:
    """``n`` with its word, thousands separated: ``1 fact``, ``1,234 facts``, ``0 countries``."""
    shown = f"{int(n):,}" if float(n).is_integer() else f"{n:,.2f}".rstrip("0").rstrip(".")
    return f"{shown} {plural(word, n)}"


def unit_for(unit: str, value: float | int | None) -> str:
    """A stored unit as it reads after ``value``: ``1 person``, ``2 people``, ``1 kg``."""
    if value is not None and is_one(value):
        return SINGULAR_UNITS.get(unit, unit)
    return unit
