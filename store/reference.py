"""The reference dataset: cited figures about public operations, normalised into the store.

``store/data/reference/operations_facts.jsonl`` (see the README beside it) holds one figure a
line, each with the public page it comes from. This module turns every row into store records:

* one :class:`~store.model.Source` per distinct URL (``kind="citation"``, no text kept);
* one :class:`~store.model.Operation` per operation, merged into the seed's records where they
  are the same operation (``spector``, ``monopoly-market``, ``hydra``, ``darkmarket``);
* one :class:`~store.model.Fact` per row, with the stated wording kept in ``detail`` and
  ``value_text`` and who the figure is attributed to in ``attributed_to``.

Normalisation, and why:

* Money is stored in the currency unit (``EUR million`` ×1e6); the stated form stays in
  ``value_text``. Cash and crypto are one ``seized_money`` figure, with the detail kept, when
  an operation reports money of one kind only. Where an operation reports a total *and* its
  parts (SaboTor: total, crypto, cash) or several disjoint parts (Onymous: bitcoin, cash),
  the parts get their own metrics (``seized_money_cash``, ``seized_money_crypto``) so that a
  part is never shown as a conflict with the total, nor added to it. Amounts in
  cryptocurrency units (``BTC``) are ``seized_crypto`` with the unit as stated, because
  ``seized_money`` must be in an ISO 4217 currency.
* Drugs are in kg (pounds ×0.45359237, rounded to 0.1 kg; the stated pounds stay in
  ``value_text``). A figure for all drugs is ``seized_drugs``; a figure for one substance gets
  its own metric (``seized_cocaine``, ``seized_fentanyl``...) for the same reason as money parts.
* ``countries`` rows become the operation's participants (the names listed in the row) and a
  ``participating_countries`` fact, so that "9 countries" vs "8 countries" shows as a conflict.
* ``date`` rows become the operation's dates (announced, started, ended) *and* a dated fact
  (``launched`` / ``shut_down`` events, ``announced``, ``arrested``, ``extradited``...), so the
  date keeps its source.
* ``other`` rows keep a metric of their own named after what is counted (``market_users``,
  ``vendors``, ``turnover``, ``servers_seized``...). Rows the reference puts in one conflict
  group share a metric, so the explorer groups them as the reference does.
* Values that are not a clean number keep their text (``value`` None, ``value_text``).

A handful of rows need a judgement the rules cannot make; they are in :data:`OVERRIDES` with
the reason, and the reason is appended to the fact's detail. Nothing is silently dropped: a row
that cannot be imported is reported with its reason (``python -m store.reference --report``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from importlib.resources import files
from typing import Any

from store import countries
from store.model import (
    ARRESTS,
    LAUNCHED,
    SEIZED_DRUGS,
    SEIZED_FIREARMS,
    SEIZED_MONEY,
    SHUT_DOWN,
    Fact,
    Operation,
    Source,
    ValidationError,
    from_dict,
    is_partial_date,
    replace,
    slugify,
    stable_id,
    to_dict,
)

DATA_PATH = "reference/operations_facts.jsonl"
LB_TO_KG = Decimal("0.45359237")

# The reference's operation labels, as clean operation records. ``label_date`` is the date the
# label gives, used as the announcement date only where no row gives one.
OPERATIONS: dict[str, dict[str, Any]] = {
    "Operation SpecTor (2023)": dict(
        name="SpecTor", aliases=("Operation SpecTor",), kind="operation", markets=("Monopoly Market",)),
    "Operation Dark HunTor (October 2021)": dict(
        name="Dark HunTor", aliases=("Operation Dark HunTor", "DarkHunTor"), kind="operation",
        markets=("DarkMarket", "DeepSea", "Berlusconi")),
    "Operation DisrupTor (September 2020)": dict(
        name="DisrupTor", aliases=("Operation DisrupTor",), kind="operation", markets=("Wall Street Market",)),
    "Operation SaboTor (2019)": dict(name="SaboTor", aliases=("Operation SaboTor",), kind="operation"),
    "Operation Bayonet – AlphaBay & Hansa (July 2017)": dict(
        name="Bayonet", aliases=("Operation Bayonet", "AlphaBay"), kind="operation", markets=("AlphaBay", "Hansa")),
    "Operation Onymous (November 2014)": dict(
        name="Onymous", aliases=("Operation Onymous",), kind="operation", markets=("Silk Road 2.0",),
        label_date="2014-11"),
    "Operation RapTor (May 2025)": dict(
        name="RapTor", aliases=("Operation RapTor",), kind="operation",
        markets=("Nemesis", "Tor2Door", "Bohemia", "Kingdom Market")),
    "Monopoly Market (launched 2019; infrastructure seized 2021)": dict(
        name="Monopoly Market", kind="market_takedown", markets=("Monopoly Market",)),
    "Hydra Market takedown (Germany, April 2022)": dict(
        name="Hydra", aliases=("Hydra Market",), kind="market_takedown", markets=("Hydra",), countries=("DE",)),
    "DarkMarket takedown (January 2021)": dict(name="DarkMarket", kind="market_takedown", markets=("DarkMarket",)),
    "Wall Street Market takedown (2019)": dict(
        name="Wall Street Market", kind="market_takedown", markets=("Wall Street Market",)),
    "Genesis Market / Operation Cookie Monster (April 2023)": dict(
        name="Genesis Market", aliases=("Operation Cookie Monster", "Cookie Monster"), kind="market_takedown",
        markets=("Genesis Market",)),
    "Incognito Market (2024)": dict(
        name="Incognito Market", kind="market_takedown", markets=("Incognito Market",), label_date="2024"),
    "Archetyp Market / Operation Deep Sentinel (June 2025)": dict(
        name="Archetyp Market", aliases=("Operation Deep Sentinel", "Archetyp"), kind="market_takedown",
        markets=("Archetyp Market",)),
}
# Operation Bayonet took down two markets; figures about Hansa alone (its vendors, its seized
# bitcoin, the Dutch takeover) go to a market record of their own, as the seed does for Monopoly
# Market within SpecTor, so they are not set against AlphaBay's figures.
HANSA = dict(name="Hansa", aliases=("Hansa Market",), kind="market_takedown", markets=("Hansa",),
             label_date="2017-07")
BAYONET_LABEL = "Operation Bayonet – AlphaBay & Hansa (July 2017)"

# Judgements the rules cannot make, each with its reason (appended to the fact's detail).
OVERRIDES: dict[str, dict[str, Any]] = {
    **{
        row: dict(country="DE", reason="country set to Germany by the importer: the BKA seized the bitcoin in "
                                       "Germany, as the seed article records it; the reference lists it as worldwide")
        for row in ("F088", "F089", "F090", "F091", "F361")
    },
    "F121": dict(date="2021-01", reason="date: the month of the Monday before the 12.01.2021 report"),
    "F318": dict(date="2025-05", reason="date: the month the pages are dated"),
    "F073": dict(date="2021-11", reason="date: 'Ende November 2021'"),
}

# What an ``other`` row counts, by its stated unit (lower case) -> (metric, unit).
OTHER_UNITS: dict[str, tuple[str, str | None]] = {
    "pills": ("seized_pills", None),
    "ecstasy pills": ("seized_pills", None),
    "duration": ("duration", None),
    "target market": ("target_market", None),
    "federal operations and prosecutions": ("us_federal_operations", None),
    "agencies": ("participating_agencies", None),
    "server locations": ("server_locations", None),
    "hansa server location": ("server_locations", None),
    "investigation start": ("investigation_started", None),
    "vendor accounts": ("vendors", None),
    "vendors": ("vendors", None),
    "sales": ("sales", None),
    "crypto turnover": ("turnover", None),
    "crypto transaction volume": ("turnover", None),
    "kg methamphetamine": ("drugs_sold", "kg"),
    "drugs sold via market": ("drugs_sold", None),
    "commission": ("commission", None),
    "years prison": ("prison_sentence", "years"),
    "indictment date": ("indicted", None),
    "takedown partner": ("takedown_partner", None),
    "servers": ("servers_seized", None),
    "customer accounts": ("market_users", None),
    "users": ("market_users", None),
    "buyer accounts": ("market_users", None),
    "registered users (sic)": ("market_users", None),
    "share": ("market_share", None),
    "charges": ("charges", None),
    "sentences (russia)": ("sentences", None),
    "arrest location": ("arrest_location", None),
    "arrest": ("arrest", None),
    "transactions": ("transactions", None),
    "markets closed": ("markets_closed", None),
    "origin": ("built_on", None),
    "us states": ("us_states", None),
    "search warrants": ("search_warrants", None),
    "warrants executed": ("warrants_executed", None),
    "darknet accounts shut down": ("accounts_shut_down", None),
    "interviews": ("interviews", None),
    "sales offers": ("listings", None),
    "listings": ("listings", None),
    "related takedown": ("related_takedown", None),
    "code name": ("code_name", None),
    "death in custody": ("death_in_custody", None),
    "illicit commodities": ("illicit_commodities", None),
    "buyer addresses": ("buyer_addresses", None),
    "hidden services": ("hidden_services", None),
    "hidden services / .onion domains": ("hidden_services", None),
    "websites": ("hidden_services", None),
    "suspects searched (62 premises)": ("suspects_searched", None),
    "property searches": ("searches", None),
    "searches": ("searches", None),
    "knock-and-talk measures": ("knock_and_talk", None),
    "domain names seized": ("domains_seized", None),
    "compromised computers": ("compromised_computers", None),
    "credentials": ("credentials", None),
    "victims (identities)": ("victims", None),
    "users' data": ("victims", None),
    "fbi field offices": ("fbi_field_offices", None),
    "counterfeit products": ("seized_counterfeit_products", None),
    "tonnes illegal tobacco": ("seized_tobacco", "kg"),
    "source markets": ("source_markets", None),
    "officers": ("officers_deployed", None),
    "devices seized": ("devices_seized", None),
}
COUNTRY_UNITS: dict[str, str] = {
    "countries": "participating_countries",
    "foreign countries": "foreign_partner_countries",
    "additional cooperating countries": "cooperating_countries",
    "regions": "participating_regions",
}
# Stated amount units -> (ISO currency or unit, multiplier).
AMOUNT_UNITS: dict[str, tuple[str, Decimal]] = {
    "eur": ("EUR", Decimal(1)),
    "usd": ("USD", Decimal(1)),
    "eur million": ("EUR", Decimal(10) ** 6),
    "usd million": ("USD", Decimal(10) ** 6),
    "eur billion": ("EUR", Decimal(10) ** 9),
    "usd billion": ("USD", Decimal(10) ** 9),
    "usd (gold)": ("USD", Decimal(1)),
    "usd (forfeiture ordered)": ("USD", Decimal(1)),
}
# Money figures under ``other``: what the amount is, from the row's wording.
OTHER_MONEY = (
    (re.compile(r"gold"), "seized_gold"),
    (re.compile(r"forfeiture ordered"), "forfeiture_ordered"),
    (re.compile(r"net worth|forfeiture"), "forfeiture_target"),
    (re.compile(r"exit"), "exit_scam"),
    (re.compile(r"live bank"), "live_bank_volume"),
    (re.compile(r"crypto received"), "crypto_received"),
    (re.compile(r"turnover|volume|sales|transaction"), "turnover"),
)
SUBSTANCES = (
    (re.compile(r"fentanyl"), "seized_fentanyl"),
    (re.compile(r"methamphetamine"), "seized_methamphetamine"),
    (re.compile(r"amphetamine"), "seized_amphetamine"),
    (re.compile(r"cocaine"), "seized_cocaine"),
    (re.compile(r"\bmdma\b"), "seized_mdma"),
    (re.compile(r"\blsd\b|ecstasy"), "seized_lsd_ecstasy"),
    (re.compile(r"opioid|opiate"), "seized_opioids"),
)
QUALIFIERS = (
    ("at_most", re.compile(r"\balmost\b|'fast'")),
    ("at_least", re.compile(r"more than|\bover\b|\büber\b|mehr als|\boltre\b|meer dan|at least|mindestens|exceeding")),
    ("approximate", re.compile(r"\babout\b|\bca\.|approximately|roughly|\betwa\b|ungefähr|\bcirca\b|'some'|around")),
)
_CASH_ONLY = re.compile(r"^cash( only|\s*\(| in\b)")
_LEADING_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass
class Imported:
    """What the import made of the reference rows, and what it could not import."""

    sources: list[Source] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    fact_of_row: dict[str, str] = field(default_factory=dict)  # row id -> fact id
    operation_of_row: dict[str, str] = field(default_factory=dict)  # row id -> operation id
    label_of_row: dict[str, str] = field(default_factory=dict)  # row id -> reference operation label
    conflict_group_of_row: dict[str, str] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (row id, reason)
    notes: list[str] = field(default_factory=list)  # overrides and date choices

    def per_label(self) -> Counter:
        return Counter(self.label_of_row[row] for row in self.fact_of_row)

    def per_operation(self) -> Counter:
        return Counter(self.operation_of_row[row] for row in self.fact_of_row)


class RowError(ValueError):
    """A row that cannot be imported; the message is the reason."""


def load_rows() -> list[dict[str, Any]]:
    text = files("store.data").joinpath(DATA_PATH).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- small parsers ---------------------------------------------------------------------------
def _exact(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _qualifier(detail: str | None) -> str:
    text = (detail or "").lower()
    for name, pattern in QUALIFIERS:
        if pattern.search(text):
            return name
    return "exact"


def _country(name: str | None) -> str | None:
    if name is None:
        return None
    code = countries.lookup(name)
    if code is None:
        raise RowError(f"unknown country {name!r}")
    return code


def _country_list(text: str | None) -> tuple[str, ...]:
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


def _date(text: str) -> tuple[str | None, str | None]:
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
        end, _ = _date(range_match.group(1))
    if not is_partial_date(date):
        return None, None
    return date, end


def _date_metric(row: dict[str, Any]) -> str:
    """What a ``date`` row dates."""
    detail = (row.get("metric_detail") or "").lower()
    unit = (row.get("unit") or "").lower()
    if unit == "extradition":
        return "extradited"
    if "launch" in unit or "launch" in detail:
        return LAUNCHED
    if "arrest" in detail:
        return "arrested"
    if "plea" in detail:
        return "pleaded_guilty"
    if "sentenc" in detail:
        return "sentenced"
    if unit == "period":
        if "operating" in detail:
            return "operating_period"
        if "action" in detail:
            return "action_days"
        return "operation_period"
    if "take over" in detail:
        return "taken_over"
    if "start" in detail:
        return "operation_started" if "operation" in detail else "investigation_started"
    if unit == "takedown" or re.search(r"^(takedown|action day)|\bclosed\b|shut down|switched off|seizure of", detail):
        return SHUT_DOWN
    if "action day" in detail:
        return "action_day"
    if re.search(r"announc|press|release", detail):
        return "announced"
    raise RowError(f"date row whose role (announced, launched, shut down...) is not recognised: {detail!r}")


def _snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "other"


# -- the import ------------------------------------------------------------------------------
def _is_hansa(row: dict[str, Any]) -> bool:
    if row["operation"] != BAYONET_LABEL:
        return False
    text = f"{row.get('metric_detail') or ''} {row.get('unit') or ''}".lower()
    return ("hansa" in text and "alphabay" not in text) or (row.get("conflict_group") or "").startswith("hansa")


def _operation_for(row: dict[str, Any]) -> dict[str, Any]:
    if _is_hansa(row):
        return HANSA
    spec = OPERATIONS.get(row["operation"])
    if spec is None:
        raise RowError(f"unknown operation label {row['operation']!r}")
    return spec


def _money_kinds(rows: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    """The kinds of money (combined, cash, crypto) each operation reports."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row["metric"] in ("cash_seized", "crypto_seized"):
            try:
                op = slugify(_operation_for(row)["name"])
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
    known = AMOUNT_UNITS.get(unit.lower())
    if known is None:  # BTC, BTC/XMR: a cryptocurrency amount, kept as stated
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value, unit or None, None
        return None, unit or None, str(value)
    code, scale = known
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None, code, str(value)
    exact = _exact(Decimal(str(value)) * scale)
    stated = f"{value} {unit}" if scale != 1 or unit != code else None
    return exact, code, stated


def _fact_fields(row: dict[str, Any], money_kinds: dict[str, set[str]], op_id: str,
                 group_metric: dict[str, str]) -> dict[str, Any]:
    """The metric, value, unit, date... of one row."""
    metric_in = row["metric"]
    detail = row.get("metric_detail")
    unit_in = (row.get("unit") or "").strip()
    value = row["value"]
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    out: dict[str, Any] = dict(value=value if numeric else None, value_text=None if numeric else str(value),
                               unit=None, date=None, qualifier=_qualifier(detail))
    if metric_in == "arrests":
        out.update(metric=ARRESTS, unit="people")
    elif metric_in == "firearms":
        out.update(metric=SEIZED_FIREARMS, unit="items")
    elif metric_in == "drugs_kg":
        metric = next((m for pattern, m in SUBSTANCES if pattern.search((detail or "").lower())), SEIZED_DRUGS)
        out.update(metric=metric, unit="kg")
        if numeric and unit_in == "lb":
            out.update(value=_exact((Decimal(str(value)) * LB_TO_KG).quantize(Decimal("0.1"))),
                       value_text=f"{value} lb")
        elif unit_in != "kg":
            raise RowError(f"drugs in {unit_in!r}, not kg or lb")
    elif metric_in in ("cash_seized", "crypto_seized"):
        amount, unit, stated = _amount(row)
        kind = _money_kind(row)
        if (row.get("unit") or "").strip().lower() not in AMOUNT_UNITS:  # BTC, BTC/XMR: not a currency
            metric = "seized_crypto"
        elif len(money_kinds.get(op_id, ())) > 1 and kind != "combined":
            metric = f"seized_money_{kind}"
        else:
            metric = SEIZED_MONEY
        out.update(metric=metric, value=amount, unit=unit, value_text=stated if amount is not None else str(value))
    elif metric_in == "countries":
        out.update(metric=COUNTRY_UNITS.get(unit_in.lower(), _snake(unit_in)))
    elif metric_in == "date":
        out.update(metric=_date_metric(row), value=None, value_text=None, qualifier="exact")
        date, _end = _date(str(value))
        out.update(date=date, value_text=None if date == str(value) else str(value))
    elif metric_in == "other":
        group = row.get("conflict_group")
        amount_unit = AMOUNT_UNITS.get(unit_in.lower())
        if amount_unit is not None:
            text = f"{unit_in} {detail or ''} {group or ''}".lower()
            metric = next((m for pattern, m in OTHER_MONEY if pattern.search(text)), _snake(detail or unit_in))
            amount, unit, stated = _amount(row)
            out.update(metric=metric, value=amount, unit=unit, value_text=stated if amount is not None else str(value))
        else:
            metric, unit = OTHER_UNITS.get(unit_in.lower(), (_snake(unit_in), None))
            out.update(metric=metric, unit=unit)
            if unit_in.lower().startswith("tonnes") and numeric:
                out.update(value=_exact(Decimal(str(value)) * 1000), value_text=f"{value} {unit_in}")
            if not numeric and is_partial_date(str(value)):  # "2022-07-26": a date, not a figure
                out.update(date=str(value), value_text=None)
        if group:  # rows the reference groups as one figure share a metric
            out["metric"] = group_metric.setdefault(group, out["metric"])
    else:
        raise RowError(f"unknown metric {metric_in!r}")
    if out["value"] is None and out["value_text"] is None and out["date"] is None:
        raise RowError("no value")
    return out


def _refine(old: str | None, new: str | None) -> str | None:
    """A date made more precise where the new one agrees with the old (2021 -> 2021-12)."""
    if not old:
        return new
    if new and new.startswith(old) and len(new) > len(old):
        return new
    return old


def _best(dates: list[str]) -> str | None:
    """The date most rows agree on; ties go to the more precise."""
    if not dates:
        return None
    votes = Counter(dates)
    return max(votes, key=lambda d: (votes[d], len(d), d))


def import_rows(rows: list[dict[str, Any]]) -> Imported:
    """Turn reference rows into validated records; rows that cannot be imported are reported."""
    result = Imported()
    money_kinds = _money_kinds(rows)
    group_metric: dict[str, str] = {}
    sources: dict[str, Source] = {}
    specs: dict[str, dict[str, Any]] = {}
    participants: dict[str, list[str]] = defaultdict(list)
    dates: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    seen_rows: set[str] = set()
    for row in rows:
        row_id = str(row.get("id") or "?")
        try:
            if row_id in seen_rows:
                raise RowError("duplicate row id")
            spec = _operation_for(row)
            op_id = slugify(spec["name"])
            override = OVERRIDES.get(row_id, {})
            url = row.get("source_url")
            if not url:
                raise RowError("no source URL")
            source = sources.get(url) or Source(
                id=stable_id("src", url),
                title=row.get("source_title") or url,
                language=row.get("language"),
                published=row.get("publication_date"),
                origin=url,
                tier=row.get("source_tier"),
                kind="citation",
            )
            source.validate()
            values = _fact_fields(row, money_kinds, op_id, group_metric)
            country = override.get("country", _country(row.get("country")))
            date = override.get("date", values["date"])
            detail_parts = [row.get("metric_detail"), row.get("notes") and f"note: {row['notes']}",
                            override.get("reason")]
            fact = Fact(
                id=stable_id("f", source.id, row_id),
                operation=op_id,
                metric=values["metric"],
                value=values["value"],
                unit=values["unit"],
                qualifier=values["qualifier"],
                country=country,
                date=date,
                source=source.id,
                quote="",
                detail="; ".join(p for p in detail_parts if p) or None,
                value_text=values["value_text"],
                attributed_to=row.get("attributed_to"),
            )
            fact.validate()
        except (RowError, ValidationError, KeyError, TypeError) as exc:
            result.skipped.append((row_id, str(exc)))
            continue
        seen_rows.add(row_id)
        if override:
            result.notes.append(f"{row_id}: {override['reason']}")
        sources.setdefault(url, source)
        specs[op_id] = spec
        result.facts.append(fact)
        result.fact_of_row[row_id] = fact.id
        result.operation_of_row[row_id] = op_id
        result.label_of_row[row_id] = row["operation"]
        if row.get("conflict_group"):
            result.conflict_group_of_row[row_id] = row["conflict_group"]
        if row["metric"] == "countries":
            participants[op_id].extend(_country_list(row.get("metric_detail")))
            if isinstance(row["value"], str):  # "Europe, Canada and United States"
                participants[op_id].extend(_country_list(row["value"]))
        if row["metric"] == "date" and fact.date:
            _start, end = _date(str(row["value"]))
            role = {"announced": "announced", LAUNCHED: "launched", SHUT_DOWN: "shut_down",
                    "operation_started": "started", "operation_period": "period", "operating_period": "period"}
            if fact.metric in role:
                dates[op_id][role[fact.metric]].append(fact.date)
                if end:
                    dates[op_id]["period_end"].append(end)
    result.sources = list(sources.values())
    for op_id, spec in specs.items():
        found = dates[op_id]
        market = spec["kind"] == "market_takedown"
        started = _best(found["started"] + found["period"] + (found["launched"] if market else []))
        ended = _best(found["period_end"] + (found["shut_down"] if market else []))
        op = Operation(
            id=op_id,
            name=spec["name"],
            aliases=tuple(spec.get("aliases", ())),
            kind=spec["kind"],
            announced=_best(found["announced"]) or spec.get("label_date"),
            started=started,
            ended=ended,
            markets=tuple(spec.get("markets", ())),
            countries=tuple(dict.fromkeys((*spec.get("countries", ()), *participants[op_id]))),
        )
        op.validate()
        result.operations.append(op)
    return result


def merge_operation(old: Operation, new: Operation) -> Operation:
    """The seed's record with the reference's names, countries and markets added and its dates
    made more precise where they agree (the seed's ``2021`` becomes the reference's ``2021-12``)."""
    from store.repository import merge_operations

    merged = merge_operations(old, new)
    return replace(
        merged,
        announced=_refine(old.announced, new.announced),
        started=_refine(old.started, new.started),
        ended=_refine(old.ended, new.ended),
    )


def add_reference(document: dict[str, Any], report: Any = None, rows: list[dict[str, Any]] | None = None) -> Imported:
    """Add the reference records to a store document (TinyDB shape), merging operations by id."""
    result = import_rows(load_rows() if rows is None else rows)

    def next_id(table: dict[str, Any]) -> int:
        return max((int(k) for k in table), default=0) + 1

    known_sources = {doc["id"] for doc in document["sources"].values()}
    for source in result.sources:
        if source.id not in known_sources:
            document["sources"][str(next_id(document["sources"]))] = to_dict(source)
    op_docs = {doc["id"]: key for key, doc in document["operations"].items()}
    for op in result.operations:
        if op.id in op_docs:
            key = op_docs[op.id]
            old = from_dict(Operation, document["operations"][key])
            merged = merge_operation(old, op)
            for label in ("announced", "started", "ended"):
                mine, theirs = getattr(old, label), getattr(op, label)
                if mine and theirs and _refine(mine, theirs) == mine and mine != theirs:
                    result.notes.append(f"{op.id}: {label} kept as {mine} (reference gives {theirs})")
            document["operations"][key] = to_dict(merged)
        else:
            document["operations"][str(next_id(document["operations"]))] = to_dict(op)
    known_facts = {doc["id"] for doc in document["facts"].values()}
    for fact in result.facts:
        if fact.id not in known_facts:
            document["facts"][str(next_id(document["facts"]))] = to_dict(fact)
    if report is not None:
        for row_id, reason in result.skipped:
            report.corrections.append(f"reference row {row_id} not imported: {reason}")
        for note in result.notes:
            report.corrections.append(f"reference {note}")
    return result


# -- report ----------------------------------------------------------------------------------
def conflict_groups(document: dict[str, Any]) -> list[tuple[tuple, list[Fact]]]:
    """Groups of same-figure facts (as the explorer groups them) reported by more than one source."""
    from store.figure_groups import figure_groups

    groups = figure_groups(from_dict(Fact, d) for d in document["facts"].values())
    out = []
    for key, members in sorted(groups.items(), key=lambda kv: tuple(str(k) for k in kv[0])):
        if len({f.source for f in members}) > 1:
            out.append((key, list(members)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.reference", description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", action="store_true", help="per-operation counts, skipped rows and conflict groups")
    args = parser.parse_args(argv)
    from store.dataset import build_seed

    document, _ = build_seed()
    rows = load_rows()
    result = add_reference(document, None, rows)
    out = sys.stdout
    print(f"reference rows: {len(rows)}; imported: {len(result.fact_of_row)}; not imported: {len(result.skipped)}; "
          f"sources: {len(result.sources)}; operations: {len(result.operations)}", file=out)
    if not args.report:
        return 0
    print("\nrows per operation (reference label -> store operation):", file=out)
    for label, count in sorted(result.per_label().items(), key=lambda kv: -kv[1]):
        ops = sorted({result.operation_of_row[r] for r, lab in result.label_of_row.items() if lab == label})
        print(f"  {count:4d}  {label}  -> {', '.join(ops)}", file=out)
    print("\nfacts per store operation:", file=out)
    for op_id, count in sorted(result.per_operation().items()):
        print(f"  {count:4d}  {op_id}", file=out)
    print(f"\nrows not imported: {len(result.skipped)}", file=out)
    for row_id, reason in result.skipped:
        print(f"  {row_id}: {reason}", file=out)
    print(f"\njudgements ({len(result.notes)}):", file=out)
    for note in result.notes:
        print(f"  {note}", file=out)
    groups = conflict_groups(document)
    conflicts = [(k, m) for k, m in groups if len({f.value for f in m}) > 1]
    print(f"\nfigures reported by several sources: {len(groups)}; with conflicting values: {len(conflicts)}", file=out)
    for key, members in groups:
        op, metric, unit, country = key
        values = Counter(f.value if f.value is not None else (f.value_text or f.date) for f in members)
        mark = "≠" if len(values) > 1 else "="
        shown = ", ".join(f"{v} ×{n}" if n > 1 else f"{v}" for v, n in values.most_common())
        print(f"  {mark} {op} {metric} {unit or ''} {country or 'worldwide'}: {shown}", file=out)
    by_group: dict[str, set] = defaultdict(set)
    fact_by_id = {d["id"]: d for d in document["facts"].values()}
    for row_id, group in result.conflict_group_of_row.items():
        f = fact_by_id[result.fact_of_row[row_id]]
        by_group[group].add((f["operation"], f["metric"], f["unit"], f["country"]))
    split = {g: keys for g, keys in by_group.items() if len(keys) > 1}
    print(f"\nreference conflict groups: {len(by_group)}; split across explorer groups: {len(split)}", file=out)
    for group, keys in sorted(split.items()):
        print(f"  {group}: " + " | ".join(f"{m} {u or ''} {c or 'worldwide'}" for _o, m, u, c in sorted(keys, key=str)),
              file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
