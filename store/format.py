"""How figures read to people: ``53.4 million USD``, ``850 kg``, ``more than 155 people``.

Shared by the command line, the explorer and exports, so a figure reads the same everywhere.
"""

from __future__ import annotations

from store import countries
from store.metrics import metric_label as metric_label  # re-exported: the label lives with the metrics
from store.model import METRIC_LABELS, Fact

QUALIFIER_WORDS = {"exact": "", "approximate": "about", "at_least": "more than", "at_most": "up to"}
QUALIFIER_SIGNS = {"exact": "", "approximate": "~", "at_least": "≥", "at_most": "≤"}
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "RUB": "₽"}


def number(value: float | int | None) -> str:
    """``53400000`` -> ``53.4 million``; small numbers with thousands separators."""
    if value is None:
        return "—"
    magnitude = abs(value)
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            scaled = value / size
            text = f"{scaled:,.2f}".rstrip("0").rstrip(".")
            return f"{text} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def amount(value: float | int | None, unit: str | None) -> str:
    """A value with its unit: ``53.4 million USD``, ``850 kg``, ``155 people``."""
    text = number(value)
    return f"{text} {unit}" if unit and value is not None else text


def figure(fact: Fact) -> str:
    """The fact as people read it, qualifier included: ``more than 150 people``."""
    if fact.value is None:
        if fact.value_text:
            return fact.value_text
        return METRIC_LABELS.get(fact.metric, fact.metric)
    words = QUALIFIER_WORDS.get(fact.qualifier, "")
    text = amount(fact.value, fact.unit)
    return f"{words} {text}" if words else text


def short_figure(fact: Fact) -> str:
    """Compact form for table cells: ``≥150 people``."""
    if fact.value is None:
        return fact.value_text or "—"
    return f"{QUALIFIER_SIGNS.get(fact.qualifier, '')}{amount(fact.value, fact.unit)}"


def country_label(code: str | None) -> str:
    """``Germany / Германия`` or ``worldwide``."""
    if not code:
        return "worldwide"
    country = countries.get(code)
    return f"{country.name_en} / {country.name_ru}" if country else code
