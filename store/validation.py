"""Checking what a person typed for a fact: the edit form, the review screen and ``takedown edit``.

Every field a form holds is text; :func:`validate_fact` turns it into the values a
:class:`~store.model.Fact` holds (metric canonical, value a number, country an ISO code,
date ISO) and says in words what is wrong with the rest, one :class:`FieldError` per field,
so a form can put each message beside its field and a command can print one line.
Only the fields given are checked; ``base`` (the fact being edited) supplies the others
for the checks that span fields (a unit is checked against the metric it goes with).
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from store import countries
from store.metrics import BY_NAME, EVENT_METRICS, METRIC_UNITS, SEIZED_MONEY, metric_label, resolve_metric
from store.model import QUALIFIERS, Fact, iso_currencies
from store.text import fold

FIELDS: tuple[str, ...] = ("metric", "value", "unit", "qualifier", "country", "date", "operation")
MAX_TEXT = 200  # a unit or an operation name longer than this is a paste gone wrong

# What people type for a qualifier, in either language.
QUALIFIER_WORDS: dict[str, str] = {
    "": "exact", "exact": "exact", "exactly": "exact", "=": "exact", "ровно": "exact",
    "approximate": "approximate", "approximately": "approximate", "approx": "approximate", "about": "approximate",
    "around": "approximate", "some": "approximate", "~": "approximate", "≈": "approximate", "около": "approximate",
    "примерно": "approximate", "порядка": "approximate", "почти": "approximate",
    "at_least": "at_least", "at least": "at_least", "more than": "at_least", "over": "at_least", ">": "at_least",
    ">=": "at_least", "≥": "at_least", "+": "at_least", "более": "at_least", "больше": "at_least", "свыше": "at_least",
    "не менее": "at_least", "по меньшей мере": "at_least",
    "at_most": "at_most", "at most": "at_most", "up to": "at_most", "less than": "at_most", "under": "at_most",
    "<": "at_most", "<=": "at_most", "≤": "at_most", "до": "at_most", "не более": "at_most", "менее": "at_most",
}
# Other spellings of the fixed units (metrics.METRIC_UNITS).
UNIT_WORDS: dict[str, str] = {
    "people": "people", "person": "people", "persons": "people", "suspects": "people", "arrests": "people",
    "человек": "people", "чел": "people", "чел.": "people", "люди": "people",
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg", "кг": "kg",
    "килограмм": "kg", "килограммов": "kg",
    "items": "items", "item": "items", "pieces": "items", "pcs": "items", "units": "items", "guns": "items",
    "firearms": "items", "weapons": "items", "шт": "items", "шт.": "items", "единиц": "items", "единицы": "items",
}
CURRENCY_WORDS: dict[str, str] = {
    "$": "USD", "us$": "USD", "dollars": "USD", "dollar": "USD", "долларов": "USD", "доллар": "USD",
    "€": "EUR", "euro": "EUR", "euros": "EUR", "евро": "EUR",
    "£": "GBP", "pounds": "GBP", "фунтов": "GBP",
    "₽": "RUB", "руб": "RUB", "руб.": "RUB", "рублей": "RUB", "рубль": "RUB",
}
WORLDWIDE = countries.WORLDWIDE_WORDS | {""}  # empty: the form's field left blank
_SCALES: dict[str, int] = {
    "k": 1_000, "thousand": 1_000, "тыс": 1_000, "тыс.": 1_000, "тысяч": 1_000, "тысячи": 1_000,
    "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "million": 1_000_000, "millions": 1_000_000,
    "млн": 1_000_000, "млн.": 1_000_000, "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000,
    "b": 1_000_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000, "млрд": 1_000_000_000,
    "млрд.": 1_000_000_000, "миллиард": 1_000_000_000, "миллиарда": 1_000_000_000, "миллиардов": 1_000_000_000,
}
_NUMBER = re.compile(r"^(?P<num>\d+(?:[.,]\d+)?)\s*(?P<scale>[^\d\s].*)?$")
_GROUPED = re.compile(r"^\d{1,3}(?:[,\u00a0\u202f ']\d{3})+(?:\.\d+)?$")
_GROUPED_RU = re.compile(r"^\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?$")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DOTTED_DATE = re.compile(r"^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$")  # 02.05.2023, 05.2023
_SLASHED_DATE = re.compile(r"^(\d{4})/(\d{1,2})(?:/(\d{1,2}))?$")
FIRST_YEAR, LAST_YEAR = 1970, 2100
WHOLE_UNITS = frozenset({"people", "items"})  # counted, never measured: 2.5 arrests is a typo


@dataclass(frozen=True, slots=True)
class FieldError:
    """What is wrong with one field, in words a user reads beside it."""

    field: str
    message: str

    def __str__(self) -> str:
        return self.message


def shown(text: object, limit: int = 40) -> str:
    """A value quoted in a message: control and escape characters made visible, long text cut,
    so a message about hostile input cannot itself be hostile."""
    out = []
    for ch in str(text):
        if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"}:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    result = "".join(out)
    if len(result) > limit:
        result = result[: limit - 1] + "…"
    return f"'{result}'"


def has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} for ch in text)


def validate_fact(
    fields: Mapping[str, str],
    *,
    known_operations: Collection[str] = (),
    base: Fact | None = None,
    new_operations: bool = True,
) -> tuple[dict[str, Any], list[FieldError]]:
    """Clean what a form holds for a fact; returns (cleaned values, errors).

    ``fields`` holds text for any of :data:`FIELDS` (an edit gives only what changes).
    The cleaned values are what a Fact holds: ``metric`` canonical, ``value`` an int, a
    float or None, ``unit`` checked against the metric, ``qualifier`` one of QUALIFIERS,
    ``country`` an ISO code or None (worldwide), ``date`` ``YYYY``/``YYYY-MM``/``YYYY-MM-DD``
    or None, ``operation`` the spelling in ``known_operations`` it matches (case and
    accents aside) or, if ``new_operations``, the new name as typed. A field with an error
    is left out of the cleaned values.
    """
    cleaned: dict[str, Any] = {}
    errors: list[FieldError] = []
    for name in fields:
        if name not in FIELDS:
            errors.append(FieldError(name, f"{shown(name)} is not a field of a fact (fields: {', '.join(FIELDS)})"))
    for name, check in _CHECKS.items():
        if name not in fields:
            continue
        raw = fields[name]
        text = "" if raw is None else str(raw)
        try:
            if check is None:  # the operation: checked against the store's names
                cleaned[name] = _operation(text, known_operations, new_operations)
            else:
                cleaned[name] = check(text)
        except _Invalid as exc:
            errors.append(FieldError(name, str(exc)))
    _check_across(fields, cleaned, errors, base)
    for error in errors:
        cleaned.pop(error.field, None)
    return cleaned, errors


class _Invalid(ValueError):
    pass


def _metric(text: str) -> str:
    text = text.strip()
    if not text:
        raise _Invalid("metric is empty: say what the figure counts (arrests, money, drugs, firearms…)")
    if has_control(text) or len(text) > MAX_TEXT:
        raise _Invalid(f"metric {shown(text)} is not a metric takedown knows")
    metric = resolve_metric(text)
    if metric is None:
        raise _Invalid(f"metric {shown(text)} is not a metric takedown knows (try arrests, money, drugs, firearms)")
    return metric


def parse_value(text: str) -> int | float | None:
    """``1,234``, ``1 234``, ``53.4 million``, ``53,4 млн``, ``2.5k`` -> a number; ``""`` -> None."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text or text in {"-", "—"}:
        return None
    if text.startswith("-") or text.startswith("−"):
        raise _Invalid(f"value {shown(text)} is negative: a figure counts something")
    compact = text.replace("_", "")
    head, _, tail = compact.partition(" ")
    for candidate, rest in ((compact, ""), (head, tail)):
        if _GROUPED.match(candidate):
            compact = candidate.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "") + (" " + rest if rest else "")
            break
        if _GROUPED_RU.match(candidate) and ("," in candidate or candidate.count(".") > 1 or " " in candidate):
            compact = candidate.replace(".", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".") + (" " + rest if rest else "")
            break
    match = _NUMBER.match(compact.strip())
    if not match:
        raise _Invalid(f"value {shown(text)} is not a number")
    scale = 1
    if match["scale"]:
        word = fold(match["scale"].strip())
        if word not in _SCALES:
            raise _Invalid(f"value {shown(text)} is not a number (put the unit in the unit field)")
        scale = _SCALES[word]
    number = float(match["num"].replace(",", ".")) * scale
    if not math.isfinite(number) or number > 1e15:
        raise _Invalid(f"value {shown(text)} is too large to be a figure")
    if number.is_integer():
        return int(number)
    return round(number, 6)


def _value(text: str) -> int | float | None:
    return parse_value(text)


def _unit(text: str) -> str | None:
    """Free text here; checked against the metric in :func:`_check_across`."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    if has_control(text) or len(text) > MAX_TEXT:
        raise _Invalid(f"unit {shown(text)} is not a unit")
    return text


def _qualifier(text: str) -> str:
    key = " ".join(fold(text).replace("_", " ").split())
    for candidate in (key, key.replace(" ", "_")):
        if candidate in QUALIFIER_WORDS:
            return QUALIFIER_WORDS[candidate]
        if candidate in QUALIFIERS:
            return candidate
    raise _Invalid(f"qualifier {shown(text)} is not one of exact, approximate, at least, at most")


def _country(text: str) -> str | None:
    text = text.strip()
    if fold(text) in WORLDWIDE:
        return None
    if has_control(text) or len(text) > MAX_TEXT:
        raise _Invalid(f"country {shown(text)} is not a country")
    code = countries.lookup(text)
    if code is None:
        raise _Invalid(f"country {shown(text)} is not a country takedown knows (a name in English or Russian, an ISO code, or worldwide)")
    return code


def parse_date(text: str) -> str | None:
    """``2023``, ``2023-05``, ``2023-05-02``, ``02.05.2023``, ``05.2023``, ``2023/05/02`` -> ISO; ``""`` -> None."""
    text = text.strip()
    if not text:
        return None
    year = month = day = None
    if m := _ISO_DATE.match(text):
        year, month, day = m[1], m[2], m[3]
    elif m := _DOTTED_DATE.match(text):
        day, month, year = m[1], m[2], m[3]
    elif m := _SLASHED_DATE.match(text):
        year, month, day = m[1], m[2], m[3]
    else:
        raise _Invalid(f"date {shown(text)} is not a date (write 2023, 2023-05 or 2023-05-02)")
    y = int(year)
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise _Invalid(f"date {shown(text)}: the year {y} is out of range ({FIRST_YEAR}–{LAST_YEAR})")
    out = f"{y:04d}"
    if month is not None:
        mo = int(month)
        if not 1 <= mo <= 12:
            raise _Invalid(f"date {shown(text)} is not a date: there is no month {mo}")
        out += f"-{mo:02d}"
        if day is not None:
            d = int(day)
            last = calendar.monthrange(y, mo)[1]
            if not 1 <= d <= last:
                raise _Invalid(f"date {shown(text)} is not a date: {calendar.month_name[mo]} {y} has {last} days")
            out += f"-{d:02d}"
    return out


def _date(text: str) -> str | None:
    return parse_date(text)


def _operation(text: str, known: Collection[str], new_operations: bool) -> str:
    text = " ".join(text.split())
    if not text:
        raise _Invalid("operation is empty: pick one or type a new name")
    if has_control(text) or len(text) > MAX_TEXT:
        raise _Invalid(f"operation {shown(text)} is not an operation name")
    if text in known:
        return text
    wanted = fold(text)
    for name in known:
        if fold(name) == wanted:
            return name
    if not new_operations:
        raise _Invalid(f"operation {shown(text)} is not in the store")
    return text


_CHECKS = {
    "metric": _metric, "value": _value, "unit": _unit, "qualifier": _qualifier,
    "country": _country, "date": _date, "operation": None,
}


def is_money(metric: str) -> bool:
    """Metrics whose unit is a currency: money seized and its parts (cash, crypto in money)."""
    return metric == SEIZED_MONEY or metric.startswith(SEIZED_MONEY + "_")


def _check_across(fields: Mapping[str, str], cleaned: dict[str, Any], errors: list[FieldError], base: Fact | None) -> None:
    """The checks that span fields: a unit for its metric, no value for an event."""
    if any(e.field in {"metric", "value", "unit"} for e in errors):
        return
    metric = cleaned.get("metric", base.metric if base else None)
    if metric is None:
        return
    value = cleaned["value"] if "value" in cleaned else (base.value if base else None)
    if "unit" in fields:
        unit = cleaned.get("unit")
    else:
        unit = base.unit if base else None
        metric_changed = base is not None and "metric" in cleaned and cleaned["metric"] != base.metric
        if metric_changed and METRIC_UNITS.get(metric) and unit != METRIC_UNITS[metric]:
            unit = METRIC_UNITS[metric]  # a metric with one unit: the edit takes it along
            cleaned["unit"] = unit
    label = metric_label(metric)
    if metric in EVENT_METRICS:
        if value is not None:
            field = "value" if "value" in fields else "metric"
            errors.append(FieldError(field, f"{label} is an event: it has a date, not a value (leave the value empty)"))
        return
    expected = METRIC_UNITS.get(metric)
    if expected in WHOLE_UNITS and isinstance(value, float) and not value.is_integer():
        errors.append(FieldError("value", f"value {shown(fields.get('value', value))} is not a whole number of {expected} ({label})"))
        return
    if expected:
        if unit is None:
            if value is not None:
                cleaned["unit"] = expected  # the metric's one unit goes without saying
            return
        if UNIT_WORDS.get(fold(unit), unit) != expected:
            errors.append(FieldError("unit", f"unit {shown(unit)} is not a unit for {label} ({expected})"))
            return
        if "unit" in fields or unit != expected:
            cleaned["unit"] = expected
        return
    if is_money(metric):
        if unit is None:
            if value is not None:
                errors.append(FieldError("unit", f"{label} needs a currency: an ISO 4217 code such as USD, EUR or RUB"))
            return
        code = CURRENCY_WORDS.get(fold(unit), unit.upper())
        if code not in iso_currencies():
            errors.append(FieldError("unit", f"unit {shown(unit)} is not a currency for {label} (an ISO 4217 code such as USD, EUR or RUB)"))
            return
        if "unit" in fields or code != unit:
            cleaned["unit"] = code
        return
    if metric not in BY_NAME and "metric" in cleaned:
        errors.append(FieldError("metric", f"metric {shown(metric)} is not a metric takedown knows"))


__all__ = ["FIELDS", "FieldError", "parse_date", "parse_value", "shown", "validate_fact"]
