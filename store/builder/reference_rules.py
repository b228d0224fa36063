"""The reference import's mapping tables and per-row judgements, read from their data files.

``store/data/reference/mapping.toml`` says how a reference row's wording becomes a metric,
a unit and a qualifier and which operation record a label stands for (the canonical metric
names are store/metrics.py's METRIC_NAMES); ``overrides.toml`` holds the judgements the rules cannot make,
each with its reason. The files are checked as they load: a table that names a metric outside
the canonical list is an error here, not a stray name in the store.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from importlib.resources import files
from typing import Any

from store.metrics import METRIC_NAMES

MAPPING_PATH = "reference/mapping.toml"
OVERRIDES_PATH = "reference/overrides.toml"


@dataclass(frozen=True)
class DateRule:
    """One way to tell what a ``date`` row dates; every condition given must hold."""

    metric: str
    unit: str | None = None
    unit_matches: re.Pattern[str] | None = None
    detail_matches: re.Pattern[str] | None = None

    def applies(self, unit: str, detail: str) -> bool:
        return ((self.unit is None or unit == self.unit)
                and (self.unit_matches is None or bool(self.unit_matches.search(unit)))
                and (self.detail_matches is None or bool(self.detail_matches.search(detail))))


@dataclass(frozen=True)
class MarketRecord:
    """Rows of a multi-market operation's label that belong to one of its markets."""

    label: str
    mentions: str
    unless: str
    group_prefix: str
    spec: dict[str, Any]  # the market's operation record (name, aliases, kind, ...)

    def owns(self, row: dict[str, Any]) -> bool:
        if row["operation"] != self.label:
            return False
        text = f"{row.get('metric_detail') or ''} {row.get('unit') or ''}".lower()
        return ((self.mentions in text and self.unless not in text)
                or (row.get("conflict_group") or "").startswith(self.group_prefix))


@dataclass(frozen=True)
class Override:
    reason: str
    country: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Rules:
    metrics: frozenset[str]  # the canonical metric names
    date_metrics: tuple[DateRule, ...]
    operation_dates: dict[str, str]  # dated metric -> the operation's date it feeds
    other_units: dict[str, tuple[str, str | None]]  # stated unit -> (metric, stored unit)
    country_units: dict[str, str]
    amount_units: dict[str, tuple[str, Decimal]]  # stated unit -> (ISO code, factor)
    other_money: tuple[tuple[re.Pattern[str], str], ...]
    substances: tuple[tuple[re.Pattern[str], str], ...]
    qualifiers: tuple[tuple[str, re.Pattern[str]], ...]
    operations: dict[str, dict[str, Any]]  # reference label -> operation record
    market_records: tuple[MarketRecord, ...]
    overrides: dict[str, Override]  # row id -> judgement


def read_toml(path: str) -> dict[str, Any]:
    """A TOML file of ``store/data``, parsed."""
    return tomllib.loads(files("store.data").joinpath(path).read_text(encoding="utf-8"))


def _spec(table: dict[str, Any]) -> dict[str, Any]:
    """An operation record as the import uses it: lists become tuples."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in table.items()}


def _unit_target(value: str | dict[str, str]) -> tuple[str, str | None]:
    return (value, None) if isinstance(value, str) else (value["metric"], value.get("unit"))


def _date_rule(table: dict[str, str]) -> DateRule:
    unknown = table.keys() - {"metric", "unit", "unit_matches", "detail_matches"}
    if unknown:
        raise ValueError(f"{MAPPING_PATH}: date rule for {table.get('metric')!r} has unknown key(s) {sorted(unknown)}")
    return DateRule(
        metric=table["metric"],
        unit=table.get("unit"),
        unit_matches=re.compile(table["unit_matches"]) if "unit_matches" in table else None,
        detail_matches=re.compile(table["detail_matches"]) if "detail_matches" in table else None,
    )


def _check_metrics(rules: Rules) -> None:
    named = {rule.metric for rule in rules.date_metrics} | set(rules.operation_dates)
    named |= {metric for metric, _unit in rules.other_units.values()} | set(rules.country_units.values())
    named |= {metric for _p, metric in (*rules.other_money, *rules.substances)}
    stray = named - rules.metrics
    if stray:
        raise ValueError(f"{MAPPING_PATH}: metric(s) {sorted(stray)} are not in the canonical list")


@functools.cache
def rules() -> Rules:
    """The rules of the shipped data files, loaded once and checked."""
    return load_rules(read_toml(MAPPING_PATH), read_toml(OVERRIDES_PATH))


def load_rules(mapping: dict[str, Any], overrides: dict[str, Any]) -> Rules:
    """Rules from the parsed mapping and overrides; ValueError if they contradict themselves."""
    by_row: dict[str, Override] = {}
    for entry in overrides["override"]:
        for row_id in entry["rows"]:
            if row_id in by_row:
                raise ValueError(f"{OVERRIDES_PATH}: row {row_id} is overridden twice")
            by_row[row_id] = Override(reason=entry["reason"], country=entry.get("country"), date=entry.get("date"))
    loaded = Rules(
        metrics=frozenset(METRIC_NAMES),
        date_metrics=tuple(_date_rule(t) for t in mapping["date_metrics"]),
        operation_dates=dict(mapping["operation_dates"]),
        other_units={unit: _unit_target(v) for unit, v in mapping["other_units"].items()},
        country_units=dict(mapping["country_units"]),
        amount_units={unit: (v["unit"], Decimal(v["scale"])) for unit, v in mapping["amount_units"].items()},
        other_money=tuple((re.compile(p), m) for p, m in mapping["other_money"]),
        substances=tuple((re.compile(p), m) for p, m in mapping["substances"]),
        qualifiers=tuple((name, re.compile(p)) for name, p in mapping["qualifiers"]),
        operations={label: _spec(t) for label, t in mapping["operations"].items()},
        market_records=tuple(
            MarketRecord(label=t["label"], mentions=t["mentions"], unless=t["unless"], group_prefix=t["group_prefix"],
                         spec=_spec({k: v for k, v in t.items() if k not in ("label", "mentions", "unless", "group_prefix")}))
            for t in mapping["market_records"]
        ),
        overrides=by_row,
    )
    _check_metrics(loaded)
    return loaded
