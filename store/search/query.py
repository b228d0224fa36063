"""The query language: free-text terms, ``field:value`` filters and the registry of fields.

A query is words (AND) and filters such as ``country:de``, ``year>=2021`` or ``value>1m``.
Each field is one function registered with ``@field``: it gets the index, the comparison and
the comma-separated values, and returns a mask over the index's facts (or None, with a hint
saying why). Adding a field is one such function; ``FIELDS`` and ``FIELD_ALIASES`` follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from store import countries
from store.metrics import resolve_metric
from store.search.layer import Layer, Mask
from store.search.text import TOKEN, fast_fold
from store.search.variants import name_variants

if TYPE_CHECKING:
    from store.search.index import SearchIndex

Filter = tuple[str, str, str]  # field, comparison, value as typed
FieldFunction = Callable[["SearchIndex", str, list[str], list[str]], "Mask | None"]

_FILTER = re.compile(r"^(?P<field>[^\W\d_][\w]*)(?P<op>:|>=|<=|>|<|=)(?P<value>.*)$")
_NUMBER = re.compile(r"^(?P<num>\d+(?:[.,]\d+)?)(?P<suffix>[kmb]|к|м|тыс|млн|млрд)?$")
_SUFFIX = {"k": 1e3, "к": 1e3, "тыс": 1e3, "m": 1e6, "м": 1e6, "млн": 1e6, "b": 1e9, "млрд": 1e9}
WORLDWIDE_VALUES = countries.WORLDWIDE_WORDS  # ``country:worldwide``: facts of no one country


@dataclass(frozen=True, slots=True)
class Field:
    """A filter field: its name, what else users call it, and the mask it makes."""

    name: str
    apply: FieldFunction  # (index, comparison, values, hints) -> fact mask, or None (a hint said why)
    aliases: tuple[str, ...] = ()
    compares: bool = False  # takes =, >, <, >=, <= besides ``:``


REGISTRY: dict[str, Field] = {}


def field(name: str, *aliases: str, compares: bool = False) -> Callable[[FieldFunction], FieldFunction]:
    """Register a filter field (``@field("country", "cc", "страна")``)."""

    def register(function: FieldFunction) -> FieldFunction:
        REGISTRY[name] = Field(name, function, aliases, compares)
        return function

    return register


def parse_number(text: str) -> float | None:
    """``1000``, ``1,5``, ``10k``, ``1m``, ``2млн`` -> a number; anything else -> None."""
    match = _NUMBER.match(fast_fold(text.strip()).replace(" ", ""))
    if not match:
        return None
    number = float(match["num"].replace(",", "."))
    return number * _SUFFIX.get(match["suffix"] or "", 1)


def parse_query(query: str, hints: list[str]) -> tuple[list[str], list[Filter]]:
    """Free-text terms (folded word tokens) and ``field:value`` filters; an unknown field or an
    unfinished filter (``country:``) becomes a hint, never an error."""
    terms: list[str] = []
    filters: list[Filter] = []
    for word in query.split():
        match = _FILTER.match(word)
        if match and not match["value"].startswith("//"):  # a URL is text, not a filter
            name = fast_fold(match["field"])
            name = FIELD_ALIASES.get(name, name)
            op, value = match["op"], match["value"]
            if name not in REGISTRY:
                hints.append(f"unknown field '{match['field']}{op}' (known: {', '.join(FIELDS)})")
                continue
            if not value:
                continue  # still being typed
            filters.append((name, op, value))
            continue
        for token in TOKEN.findall(fast_fold(word)):
            if token not in terms:
                terms.append(token)
    return terms, filters


def filter_mask(index: SearchIndex, name: str, op: str, value: str, hints: list[str]) -> Mask | None:
    """The facts a parsed filter keeps (None if it cannot apply: ``hints`` says why)."""
    spec = REGISTRY[name]
    if not spec.compares and op != ":":
        comparing = " and ".join(f.name for f in REGISTRY.values() if f.compares)
        hints.append(f"{name}{op}{value}: only {comparing} compare with {op}; use {name}:")
        return None
    return spec.apply(index, op, [v for v in value.split(",") if v.strip()], hints)


def _naming_every_word(layer: Layer, words: list[str]) -> Mask:
    """The rows of a name layer that every word begins a name of (in either script)."""
    rows = np.ones(layer.size, dtype=bool)
    for w in words:
        rows &= layer.mask(name_variants(w))
    return rows


# -- the fields ----------------------------------------------------------------------------------
@field("country", "cc", "страна")
def _country(index: SearchIndex, op: str, values: list[str], hints: list[str]) -> Mask:
    """An ISO code, a name in English or Russian, words of a name, or ``worldwide``."""
    codes = index.codes
    rows = np.zeros(len(codes), dtype=bool)
    for v in values:
        folded = fast_fold(v.strip())
        code = countries.lookup(v)
        if code is None and folded.upper() in codes:
            code = folded.upper()
        if countries.is_worldwide(folded):
            rows[len(codes) - 1] = True
        elif code is not None and code in codes:
            rows[codes.index(code)] = True
        else:
            words = TOKEN.findall(folded)
            sub = _naming_every_word(index.cc_layer, words)
            if not words or not sub.any():
                hints.append(f"country:{v}: no such country")
            else:
                rows |= sub
    return rows[index.fact_cc]


@field("metric", "метрика")
def _metric(index: SearchIndex, op: str, values: list[str], hints: list[str]) -> Mask:
    """A metric by its name or what people call it (``money``, ``guns``, ``аресты``:
    ``store.metrics``), else every metric whose name begins so (``seized`` -> every seizure)
    or which one of the words names."""
    rows = np.zeros(len(index.metrics), dtype=bool)
    for v in values:
        folded = fast_fold(v.strip())
        metric = resolve_metric(folded)
        if metric in index.metrics:
            rows[index.metrics.index(metric)] = True
            continue
        sub = np.array([m.startswith(folded.replace(" ", "_")) for m in index.metrics], dtype=bool)
        if not sub.any():
            sub = index.metric_layer.mask(name_variants(folded))
        if not sub.any():
            hints.append(f"metric:{v}: no such metric (known: {', '.join(index.metrics)})")
        rows |= sub
    return rows[index.fact_metric]


@field("op", "operation", "market", "операция")
def _operation(index: SearchIndex, op: str, values: list[str], hints: list[str]) -> Mask:
    """An operation's id, or words of its names, aliases and markets."""
    rows = np.zeros(index.op_layer.size, dtype=bool)
    for v in values:
        folded = fast_fold(v.strip())
        sub = np.zeros(index.op_layer.size, dtype=bool)
        for i, o in enumerate(index.ops):
            if o.id == folded:
                sub[i] = True
        if not sub.any():
            sub = _naming_every_word(index.op_layer, TOKEN.findall(folded))
        if not sub.any():
            hints.append(f"op:{v}: no such operation")
        rows |= sub
    return rows[index.fact_op]


def _compare(name: str, column: np.ndarray, index: SearchIndex, op: str, values: list[str],
             hints: list[str]) -> Mask | None:
    """Facts whose ``column`` compares with any of the values (``year:2021,2023``)."""
    if op == ":":
        op = "="
    numbers = []
    for v in values:
        number = parse_number(v)
        if number is None:
            hints.append(f"{name}{op}{v}: {name} needs a number")
            return None
        numbers.append(number)
    mask = np.zeros(len(index.facts), dtype=bool)
    for number in numbers:
        with np.errstate(invalid="ignore"):
            hit = {"=": column == number, ">": column > number, "<": column < number,
                   ">=": column >= number, "<=": column <= number}[op]
        if name == "year":
            hit &= column > 0
            if op == "=":  # an operation filed under that year counts too
                hit |= index.op_year[index.fact_op] == number
        mask |= hit
    return mask


@field("year", "год", compares=True)
def _year(index: SearchIndex, op: str, values: list[str], hints: list[str]) -> Mask | None:
    """The fact's date, else its operation's year; ``year:2023`` also takes operations of 2023."""
    return _compare("year", index.fact_year, index, op, values, hints)


@field("value", "значение", compares=True)
def _value(index: SearchIndex, op: str, values: list[str], hints: list[str]) -> Mask | None:
    """The stated figure (``value>=1m``)."""
    return _compare("value", index.fact_value, index, op, values, hints)


_LANGUAGES = {"russian": "ru", "english": "en", "рус": "ru", "англ": "en"}


@field("lang", "language", "язык")
def _language(index: SearchIndex, op: str, values: list[str], hints: list[str]) -> Mask:
    """The language of the fact's source (``ru``, ``en``, ``russian``...)."""
    wanted = {fast_fold(v.strip()) for v in values}
    wanted |= {_LANGUAGES.get(w, w) for w in wanted}
    rows = np.array([lang in wanted for lang in index.src_lang], dtype=bool)
    return rows[index.fact_src]


@field("source", "src", "источник")
def _source(index: SearchIndex, op: str, values: list[str], hints: list[str]) -> Mask:
    """Words beginning the source's title or origin, or the source's id."""
    layer = index.src_layer
    rows = np.zeros(layer.size, dtype=bool)
    for v in values:
        sub = np.ones(layer.size, dtype=bool)
        for w in TOKEN.findall(fast_fold(v.strip())):
            sub &= layer.mask((w,))
        rows |= sub
    for i, s in enumerate(index.sources):
        if s.id in values:
            rows[i] = True
    return rows[index.fact_src]


@field("unit")
def _unit(index: SearchIndex, op: str, values: list[str], hints: list[str]) -> Mask:
    """The fact's unit (``EUR``, ``kg``, ``people``)."""
    wanted = {v.strip().upper() for v in values}
    rows = np.array([False] + [u.upper() in wanted for u in index.units], dtype=bool)
    return rows[index.fact_unit]


# Source tiers, best first, and what else people call them.
SOURCE_TIERS: dict[str, tuple[str, ...]] = {
    "official": ("official", "gov", "government", "police", "authorities", "официальный", "официальные",
                 "официальная", "власти", "полиция"),
    "news": ("news", "media", "press", "новости", "сми", "пресса"),
    "trade_news": ("trade_news", "trade", "trade_press", "tradepress", "specialist", "отраслевые", "отраслевая",
                   "профильные"),
    "low": ("low", "blog", "blogs", "forum", "низкий", "блог", "блоги"),
}
_TIER_WORDS = {fast_fold(word): tier for tier, words in SOURCE_TIERS.items() for word in words}
_NO_TIER = ("none", "unknown", "unrated", "-", "нет")  # ``tier:none``: sources without a tier


@field("tier", "уровень")
def _tier(index: SearchIndex, op: str, values: list[str], hints: list[str]) -> Mask:
    """The tier of the fact's source (official, news, trade_news, low, or none), by name,
    by what else people call it (``gov``, ``media``, ``trade``, ``blog``) or by its beginning."""
    wanted: set[str] = set()
    for v in values:
        key = re.sub(r"[\s\-]+", "_", fast_fold(v.strip()))
        if key in _NO_TIER:
            wanted.add("")
        elif key in _TIER_WORDS:
            wanted.add(_TIER_WORDS[key])
        else:
            begun = {tier for tier in SOURCE_TIERS if tier.startswith(key)}
            if not begun:
                hints.append(f"tier:{v}: no such tier (known: {', '.join(SOURCE_TIERS)}, none)")
            wanted |= begun
    rows = np.array([tier in wanted for tier in index.src_tier], dtype=bool)
    return rows[index.fact_src]


FIELDS: tuple[str, ...] = tuple(REGISTRY)
FIELD_ALIASES: dict[str, str] = {alias: f.name for f in REGISTRY.values() for alias in f.aliases}
