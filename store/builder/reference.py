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
  (``launched`` / ``shut_down`` events, ``announced``, ``operator_arrested``, ``extradited``...),
  so the date keeps its source.
* ``other`` rows keep a metric of their own named after what is counted (``market_users``,
  ``vendors``, ``turnover``, ``servers_seized``...). Rows the reference puts in one conflict
  group share a metric, so the explorer groups them as the reference does.
* Every metric is one of the canonical names of ``store/metrics.py`` (one name per concept:
  ``searches`` for searches and search warrants, ``turnover`` for money that went through a
  market, ``transactions`` for its count of sales); a row that would need another is reported.
* Values that are not a clean number keep their text (``value`` None, ``value_text``).

The rules are data (``store/data/reference/mapping.toml``, read by
:mod:`store.builder.reference_rules`; one row's reading is :mod:`store.builder.reference_rows`). A
handful of rows need a judgement the rules cannot make; they are in ``overrides.toml`` with the
reason, and the reason is appended to the fact's detail. Nothing is silently dropped: a row that
cannot be imported is reported with its reason (``python -m store.builder --report``).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from store.builder.reference_rows import (
    RowError,
    country_code,
    country_list,
    fact_fields,
    money_kinds,
    operation_for,
    parse_date,
)
from store.builder.reference_rules import rules
from store.model import Fact, Operation, Source, ValidationError, from_dict, replace, slugify, stable_id, to_dict
from store.repository import merge_operations

DATA_PATH = "reference/operations_facts.jsonl"


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

    def corrections(self) -> list[str]:
        """What the build report says about the reference: rows left out and judgements made."""
        return [*(f"reference row {row_id} not imported: {reason}" for row_id, reason in self.skipped),
                *(f"reference {note}" for note in self.notes)]



def load_rows() -> list[dict[str, Any]]:
    text = files("store.data").joinpath(DATA_PATH).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


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
    kinds = money_kinds(rows)
    table = rules()
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
            spec = operation_for(row)
            op_id = slugify(spec["name"])
            override = table.overrides.get(row_id)
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
            values = fact_fields(row, kinds, op_id, group_metric)
            country = override.country if override and override.country else country_code(row.get("country"))
            date = override.date if override and override.date else values["date"]
            detail_parts = [row.get("metric_detail"), row.get("notes") and f"note: {row['notes']}",
                            override and override.reason]
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
            result.notes.append(f"{row_id}: {override.reason}")
        sources.setdefault(url, source)
        specs[op_id] = spec
        result.facts.append(fact)
        result.fact_of_row[row_id] = fact.id
        result.operation_of_row[row_id] = op_id
        result.label_of_row[row_id] = row["operation"]
        if row.get("conflict_group"):
            result.conflict_group_of_row[row_id] = row["conflict_group"]
        if row["metric"] == "countries":
            participants[op_id].extend(country_list(row.get("metric_detail")))
            if isinstance(row["value"], str):  # "Europe, Canada and United States"
                participants[op_id].extend(country_list(row["value"]))
        if row["metric"] == "date" and fact.date:
            _start, end = parse_date(str(row["value"]))
            role = table.operation_dates.get(fact.metric)
            if role:
                dates[op_id][role].append(fact.date)
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
    merged = merge_operations(old, new)
    return replace(
        merged,
        announced=_refine(old.announced, new.announced),
        started=_refine(old.started, new.started),
        ended=_refine(old.ended, new.ended),
    )


def add_reference(document: dict[str, Any], rows: list[dict[str, Any]] | None = None) -> Imported:
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
    return result
