"""The metrics: one canonical list, their labels, and the words people type for them.

A metric is what a fact counts (``arrests``, ``seized_money``...). The core metrics are the
figures every operation is compared on; events (``launched``, ``shut_down``) are facts with a
date and no value; the others are what the reference data and ingested articles also count.

``resolve_metric`` turns what a user types (``money``, ``guns``, ``аресты``, ``drugs seized``)
into a metric name, for the search's ``metric:`` filter and ``takedown facts --metric``;
``canonical_metric`` maps the near-duplicate names older stores hold (``arrested``,
``operating_period``, ``action_day``) to the canonical ones. ``METRIC_NAMES`` is the one
canonical list: the reference import, ingest and the bundled store use no other name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.text import fold

# The core metrics and the unit each one is stored in.
ARRESTS = "arrests"
SEIZED_MONEY = "seized_money"
SEIZED_DRUGS = "seized_drugs"
SEIZED_FIREARMS = "seized_firearms"
CORE_METRICS: tuple[str, ...] = (ARRESTS, SEIZED_MONEY, SEIZED_DRUGS, SEIZED_FIREARMS)
METRIC_UNITS: dict[str, str | None] = {
    ARRESTS: "people",
    SEIZED_MONEY: None,  # an ISO 4217 code: USD, EUR, GBP, RUB...
    SEIZED_DRUGS: "kg",
    SEIZED_FIREARMS: "items",
}
# Events are facts with a date and no value.
LAUNCHED = "launched"
SHUT_DOWN = "shut_down"
EVENT_METRICS: tuple[str, ...] = (LAUNCHED, SHUT_DOWN)


@dataclass(frozen=True, slots=True)
class Metric:
    """A metric, how the explorer labels it, and what else people call it (either language)."""

    name: str
    label: str = ""  # "" -> the name with spaces (``market_users`` -> "market users")
    words: tuple[str, ...] = ()  # what names it alone: ``metric:guns``, ``--metric guns``
    related: tuple[str, ...] = ()  # words that find it in a search but name more than it (``изъято``)

    @property
    def shown(self) -> str:
        return self.label or self.name.replace("_", " ")


_CORE = (
    Metric(ARRESTS, "arrests", ("arrest", "arrested", "arrests made", "detained", "detentions", "people arrested",
                                "аресты", "арест", "арестов", "арестованы", "арестованных", "задержания",
                                "задержаны", "задержанные", "задержанных", "задержано")),
    Metric(SEIZED_MONEY, "money seized", ("money", "cash and crypto", "funds", "seized money", "деньги", "денег",
                                          "денежные средства", "изъятые деньги"), ("cash", "изъято", "изъятие")),
    Metric(SEIZED_DRUGS, "drugs seized", ("drugs", "drug", "narcotics", "seized drugs", "наркотики", "наркотиков",
                                          "наркотик"), ("изъято",)),
    Metric(SEIZED_FIREARMS, "firearms seized", ("firearms", "firearm", "guns", "gun", "weapons", "weapon", "arms",
                                                "seized firearms", "оружие", "оружия", "огнестрельное оружие"),
           ("изъято",)),
)
_EVENTS = (
    Metric(LAUNCHED, "launched", ("launch", "started", "opened", "запуск", "запущен", "открыт", "открытие")),
    Metric(SHUT_DOWN, "shut down", ("shutdown", "takedown", "closed", "closure", "закрыт", "закрытие", "ликвидирован",
                                    "ликвидация")),
)
# What the reference data and ingested articles count besides: parts of a core figure get a
# metric of their own (cash within all money, cocaine within all drugs).
_OTHERS = (
    Metric("seized_money_cash", words=("cash", "наличные")),
    Metric("seized_money_crypto"),
    Metric("seized_crypto", "crypto seized", ("crypto", "cryptocurrency", "bitcoin", "криптовалюта", "биткоины")),
    *(Metric(f"seized_{drug}") for drug in ("cocaine", "fentanyl", "amphetamine", "methamphetamine", "mdma",
                                            "opioids", "pills", "lsd_ecstasy", "tobacco", "heroin",
                                            "ketamine", "cannabis", "mephedrone", "alpha_pvp", "captagon",
                                            "psilocybin", "ghb", "synthetic_drugs")),
    Metric("seized_gold"), Metric("seized_counterfeit_products"),
    Metric("servers_seized", words=("servers", "серверы", "серверов")),
    Metric("devices_seized"), Metric("domains_seized"),
    Metric("participating_countries", words=("countries", "страны")),
    Metric("cooperating_countries"), Metric("foreign_partner_countries"), Metric("participating_regions"),
    Metric("participating_agencies", words=("agencies",)),
    Metric("vendors", words=("sellers", "продавцы", "продавцов")),
    Metric("market_users", words=("users", "пользователи", "пользователей")),
    Metric("listings"), Metric("transactions"), Metric("hidden_services"), Metric("buyer_addresses"),
    Metric("accounts_shut_down"), Metric("compromised_computers"), Metric("credentials"), Metric("drugs_sold"),
    Metric("crypto_received"), Metric("live_bank_volume"), Metric("commission"), Metric("market_share"),
    Metric("markets_closed"),
    Metric("illicit_commodities"), Metric("source_markets"), Metric("target_market"), Metric("related_takedown"),
    Metric("takedown_partner"), Metric("taken_over"), Metric("exit_scam"), Metric("built_on"),
    Metric("code_name"), Metric("server_locations"), Metric("arrest_location"),
    Metric("announced"), Metric("investigation_started"), Metric("operation_started"),
    Metric("operation_period"), Metric("market_online", "market online"), Metric("action_days"),
    Metric("duration"), Metric("operator_arrested", "operator arrested"),
    Metric("searches", words=("searches", "search warrants", "обыски", "обысков")), Metric("suspects_searched"),
    Metric("knock_and_talk"), Metric("interviews"), Metric("officers_deployed"), Metric("fbi_field_offices"),
    Metric("us_federal_operations"), Metric("us_states"),
    Metric("charges"), Metric("indicted"), Metric("extradited"), Metric("pleaded_guilty"), Metric("sentenced"),
    Metric("prison_sentence"), Metric("forfeiture_ordered"), Metric("forfeiture_target"),
    Metric("victims"), Metric("death_in_custody"),
    # Money that went through a market: cited as context, never added to a seizure total.
    Metric("turnover"),
)
METRICS: tuple[Metric, ...] = (*_CORE, *_EVENTS, *_OTHERS)
BY_NAME: dict[str, Metric] = {m.name: m for m in METRICS}
METRIC_NAMES: tuple[str, ...] = tuple(BY_NAME)
METRIC_LABELS: dict[str, str] = {m.name: m.label for m in (*_CORE, *_EVENTS)}

# Names stores written by older versions hold for a canonical metric (the reference import
# once kept the wording of its rows: an operator's "arrest" event, a market's "operating_period").
# These fold stored names; what a user *types* (``arrested`` -> arrests) is the metrics' words.
NEAR_DUPLICATES: dict[str, str] = {
    "arrest": "operator_arrested",
    "arrested": "operator_arrested",
    "operating_period": "market_online",
    "action_day": "action_days",
    "sales": "transactions",
    "sentences": "prison_sentence",
    "search_warrants": "searches",
    "warrants_executed": "searches",
}


def _key(text: str) -> str:
    """``Drugs seized``, ``drugs-seized`` and ``drugs_seized`` agree."""
    return re.sub(r"[\s_\-]+", " ", fold(text)).strip()


def _aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for metric in METRICS:  # the core metrics first: they own a word another one also uses
        for word in (metric.name, metric.shown, *metric.words):
            out.setdefault(_key(word), metric.name)
    for old, new in NEAR_DUPLICATES.items():
        out.setdefault(_key(old), new)
    return out


ALIASES: dict[str, str] = _aliases()


def canonical_metric(name: str) -> str:
    """The canonical name of a metric name found in data (``arrested`` -> ``arrests``);
    any other name unchanged."""
    return NEAR_DUPLICATES.get(name, name)


def resolve_metric(text: str) -> str | None:
    """The metric a user means by ``text`` (a name, a label or a word, in English or
    Russian: ``money``, ``guns``, ``аресты``, ``drugs seized``), or None."""
    return ALIASES.get(_key(text)) if text else None


def metric_label(name: str) -> str:
    """How the explorer labels a metric (``money seized``, ``market users``)."""
    metric = BY_NAME.get(name)
    return metric.shown if metric else name.replace("_", " ")


def search_words(name: str) -> tuple[str, ...]:
    """The one-word names and related words of a metric, for the search index's names."""
    metric = BY_NAME.get(name)
    if metric is None:
        return ()
    return tuple(w for w in (*metric.words, *metric.related) if " " not in w)
