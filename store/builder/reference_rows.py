"""Reading one reference row: the operation it is about, and its metric, value, unit, date
and qualifier as the store keeps them (the rules are in :mod:`store.builder.reference_rules`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from store import countries
from store.builder.reference_rules import rules
from store.model import ARRESTS, SEIZED_DRUGS, SEIZED_FIREARMS, SEIZED_MONEY, is_partial_date, slugify

LB_TO_KG = Decimal("0.45359237")
_CASH_ONLY = re.compile(r"^cash( only|\s*\(| in\b)")
_LEADING_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


class RowError(ValueError):
    """A row that cannot be imported; the message is the reason."""


def exact(value: Decimal) -> int | float:
    """A decimal as the store keeps it: an int where it is whole."""
    return int(value) if value == value.to_integral_value() else float(value)


def _numeric(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def qualifier(detail: str | None) -> str:
    """``at_least`` for "more than", ``approximate`` for "about"..., from the row's wording."""
    text = (detail or "").lower()
    return next((name for name, pattern in rules().qualifiers if pattern.search(text)), "exact")


def country_code(name: str | None) -> str | None:
    if name is None:
        return None
    code = countries.lookup(name)
    if code is None:
        raise RowError(f"unknown country {name!r}")
    return code


def country_list(text: str | None) -> tuple[str, ...]:
    """ISO codes of the countries a ``countries`` row lists in its wording."""
    found: list[str] = []
    for token in re.split(r"[,;:()+]|\band\b|\bplus\b|\bbesides\b", text or ""):
        words = token.split()
        if not words or not words[0][0].isupper():  # names, not words ("no arrests listed" is not Norway)
            continue
        for n in range(min(3, len(words)), 0, -1):  # "South Korea", "Czechia supplied evidence"
            code = countries.lookup(" ".join(words[:n]))
            if code:
                if code not in found:
                    found.append(code)
                break
    return tuple(found)


def parse_date(text: str) -> tuple[str | None, str | None]:
    """A stated date -> (partial ISO date, end of a stated range)."""
    match = _LEADING_DATE.match(text.strip())
    if not match:
        return None, None
    date = "-".join(p for p in match.groups() if p)
    rest = text.strip()[match.end():]
    if rest.startswith("/"):  # "2019-04-23/24": the day is not one day
        date = date[:7]
    end = None
    range_match = re.match(r"\s+to\s+(.+)$", rest)
    if range_match:
        end, _ = parse_date(range_match.group(1))
    if not is_partial_date(date):
        return None, None
    return date, end


def date_metric(row: dict[str, Any]) -> str:
    """What a ``date`` row dates (the first rule of ``date_metrics`` that applies)."""
    detail = (row.get("metric_detail") or "").lower()
    unit = (row.get("unit") or "").lower()
    for rule in rules().date_metrics:
        if rule.applies(unit, detail):
            return rule.metric
    raise RowError(f"date row whose role (announced, launched, shut down...) is not recognised: {detail!r}")


def operation_for(row: dict[str, Any]) -> dict[str, Any]:
    """The operation record (name, aliases, kind...) a row's figure belongs to."""
    for market in rules().market_records:
        if market.owns(row):
            return market.spec
    spec = rules().operations.get(row["operation"])
    if spec is None:
        raise RowError(f"unknown operation label {row['operation']!r}")
    return spec


def money_kinds(rows: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    """The kinds of money (combined, cash, crypto) each operation reports."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row["metric"] in ("cash_seized", "crypto_seized"):
            try:
                op = slugify(operation_for(row)["name"])
            except RowError:
                continue
            kinds[op].add(_money_kind(row))
    return kinds


def _money_kind(row: dict[str, Any]) -> str:
    if row["metric"] == "crypto_seized":
        return "crypto"
    return "cash" if _CASH_ONLY.match((row.get("metric_detail") or "").lower()) else "combined"


def _amount(row: dict[str, Any]) -> tuple[int | float | None, str | None, str | None]:
    """(value, unit, value as stated if converted) for an amount of money."""
    unit = (row.get("unit") or "").strip()
    value = row["value"]
    known = rules().amount_units.get(unit.lower())
    if known is None:  # BTC, BTC/XMR: a cryptocurrency amount, kept as stated
        if _numeric(value):
            return value, unit or None, None
        return None, unit or None, str(value)
    code, scale = known
    if not _numeric(value):
        return None, code, str(value)
    stated = f"{value} {unit}" if scale != 1 or unit != code else None
    return exact(Decimal(str(value)) * scale), code, stated


def _money_fields(row: dict[str, Any], metric: str) -> dict[str, Any]:
    amount, unit, stated = _amount(row)
    return dict(metric=metric, value=amount, unit=unit, value_text=stated if amount is not None else str(row["value"]))


def fact_fields(row: dict[str, Any], kinds: dict[str, set[str]], op_id: str,
                group_metric: dict[str, str]) -> dict[str, Any]:
    """The metric, value, unit, date and qualifier of one row (``kinds``: :func:`money_kinds`;
    ``group_metric``: the metric each conflict group got from its first row, filled here)."""
    table = rules()
    metric_in = row["metric"]
    detail = row.get("metric_detail")
    unit_in = (row.get("unit") or "").strip()
    value = row["value"]
    numeric = _numeric(value)
    out: dict[str, Any] = dict(value=value if numeric else None, value_text=None if numeric else str(value),
                               unit=None, date=None, qualifier=qualifier(detail))
    if metric_in == "arrests":
        out.update(metric=ARRESTS, unit="people")
    elif metric_in == "firearms":
        out.update(metric=SEIZED_FIREARMS, unit="items")
    elif metric_in == "drugs_kg":
        metric = next((m for pattern, m in table.substances if pattern.search((detail or "").lower())), SEIZED_DRUGS)
        out.update(metric=metric, unit="kg")
        if numeric and unit_in == "lb":
            out.update(value=exact((Decimal(str(value)) * LB_TO_KG).quantize(Decimal("0.1"))), value_text=f"{value} lb")
        elif unit_in != "kg":
            raise RowError(f"drugs in {unit_in!r}, not kg or lb")
    elif metric_in in ("cash_seized", "crypto_seized"):
        kind = _money_kind(row)
        if unit_in.lower() not in table.amount_units:  # BTC, BTC/XMR: not a currency
            metric = "seized_crypto"
        elif len(kinds.get(op_id, ())) > 1 and kind != "combined":
            metric = f"seized_money_{kind}"
        else:
            metric = SEIZED_MONEY
        out.update(_money_fields(row, metric))
    elif metric_in == "countries":
        if unit_in.lower() not in table.country_units:
            raise RowError(f"countries row in {unit_in!r}, which mapping.toml's country_units does not know")
        out.update(metric=table.country_units[unit_in.lower()])
    elif metric_in == "date":
        out.update(metric=date_metric(row), value=None, value_text=None, qualifier="exact")
        date, _end = parse_date(str(value))
        out.update(date=date, value_text=None if date == str(value) else str(value))
    elif metric_in == "other":
        group = row.get("conflict_group")
        if unit_in.lower() in table.amount_units:
            text = f"{unit_in} {detail or ''} {group or ''}".lower()
            money_kind = next((m for pattern, m in table.other_money if pattern.search(text)), None)
            if money_kind is None:
                raise RowError(f"an amount whose kind (turnover, forfeiture...) is not recognised: {text!r}")
            out.update(_money_fields(row, money_kind))
        else:
            if unit_in.lower() not in table.other_units:
                raise RowError(f"other row in {unit_in!r}, which mapping.toml's other_units does not know")
            metric, unit = table.other_units[unit_in.lower()]
            out.update(metric=metric, unit=unit)
            if unit_in.lower().startswith("tonnes") and numeric:
                out.update(value=exact(Decimal(str(value)) * 1000), value_text=f"{value} {unit_in}")
            if not numeric and is_partial_date(str(value)):  # "2022-07-26": a date, not a figure
                out.update(date=str(value), value_text=None)
        if group:  # rows the reference groups as one figure share a metric
            out["metric"] = group_metric.setdefault(group, out["metric"])
    else:
        raise RowError(f"unknown metric {metric_in!r}")
    if out["metric"] not in table.metrics:
        raise RowError(f"metric {out['metric']!r} is not one of store/metrics.py's canonical names")
    if out["value"] is None and out["value_text"] is None and out["date"] is None:
        raise RowError("no value")
    return out
