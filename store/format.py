"""How figures read to people: ``53.4 million USD``, ``850 kg``, ``more than 155 people``.

Shared by the command line, the explorer and exports, so a figure reads the same everywhere.
"""

from __future__ import annotations

from store import countries
from store.metrics import metric_label as metric_label  # re-exported: the label lives with the metrics
from store.model import METRIC_LABELS, Fact
from store.words import unit_for

QUALIFIER_WORDS = {"exact": "", "approximate": "about", "at_least": "more than", "at_most": "up to"}
QUALIFIER_SIGNS = {"exact": "", "approximate": "~", "at_least": "≥", "at_most": "≤"}
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "RUB": "₽"}


SCALES = ((1e9, "billion", "B"), (1e6, "million", "M"))


def _scaled(value: float | int) -> tuple[str, str, str] | None:
    """``207_580_000`` -> ``("207.58", "million", "M")``, None below a million. Two decimals
    at most, rounded before the scale is final: ``999_999_999`` is ``1 billion``."""
    magnitude = abs(value)
    for i, (size, word, letter) in enumerate(SCALES):
        if magnitude >= size:
            scaled = round(value / size, 2)
            if i > 0 and abs(scaled) >= 1000:  # 999.999 million rounds up to a billion
                size, word, letter = SCALES[i - 1]
                scaled = round(value / size, 2)
            return f"{scaled:,.2f}".rstrip("0").rstrip("."), word, letter
    if round(magnitude) >= 1e6:  # 999,999.996 rounds to a million
        return "1" if value > 0 else "-1", SCALES[-1][1], SCALES[-1][2]
    return None


def number(value: float | int | None) -> str:
    """``53400000`` -> ``53.4 million``; small numbers with thousands separators."""
    if value is None:
        return "—"
    scaled = _scaled(value)
    if scaled is not None:
        return f"{scaled[0]} {scaled[1]}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def compact_number(value: float | int | None) -> str:
    """``207580000`` -> ``207.58M``, ``1.2B``; below a million as :func:`number` (``850,000``).

    The same digits as :func:`number`, only the scale word shortened, so a list row and the
    detail pane agree to the last decimal."""
    if value is None:
        return "—"
    scaled = _scaled(value)
    return f"{scaled[0]}{scaled[2]}" if scaled is not None else number(value)


def amount(value: float | int | None, unit: str | None) -> str:
    """A value with its unit: ``53.4 million USD``, ``850 kg``, ``155 people``, ``1 person``."""
    text = number(value)
    return f"{text} {unit_for(unit, value)}" if unit and value is not None else text


def compact_amount(value: float | int | None, unit: str | None) -> str:
    """A value with its unit for a list cell: ``207.58M USD``, ``850 kg``, ``1 person``."""
    text = compact_number(value)
    return f"{text} {unit_for(unit, value)}" if unit and value is not None else text


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
    """Compact form for lists and table cells: ``≥150 people``, ``207.58M USD``."""
    if fact.value is None:
        return fact.value_text or "—"
    return f"{QUALIFIER_SIGNS.get(fact.qualifier, '')}{compact_amount(fact.value, fact.unit)}"


def country_label(code: str | None) -> str:
    """``Germany / Германия`` or ``worldwide``."""
    if not code:
        return "worldwide"
    country = countries.get(code)
    return f"{country.name_en} / {country.name_ru}" if country else code
