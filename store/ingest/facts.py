"""From quantities to facts: is it a seizure or an arrest, in which country, and one fact per
figure.

A money, drug or firearm figure is a seizure only in a sentence that says something was seized
and outside a clause about sales, turnover, revenue or theft.  People are arrests only in a
sentence about arrests.  A figure's country is the place written next to it (``24 – в
Германии``, ``Germany (29)``, ``three suspects in the Netherlands``), else the one country the
sentence names as a place or actor, else none (worldwide).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.ingest.numbers import find_figures
from store.ingest.places import Mention, find_mentions
from store.ingest.quantities import Quantity, read_quantity
from store.model import ARRESTS, SEIZED_MONEY

_SEIZURE_CUE = re.compile(
    r"изъя|изым|конфиск|нашли|найден|обнаруж|замороз|заморож|seiz|confiscat|recover|found|froze|frozen|intercept"
    r"|перехват|арестовал\w*\s+(?:активы|имущество|счета|средства)",
    re.IGNORECASE,
)
_ARREST_CUE = re.compile(r"задерж|арест|arrest|detain|custody|под\s+стражу|apprehend", re.IGNORECASE)
_NOT_SEIZED = re.compile(
    r"оборот|продаж|продал|выручк|прибыл|доход|принос|заработ|отмы|похити|похищ|украл|украден|ущерб|штраф|залог"
    r"|в\s+месяц|в\s+год|ежемесячн|ежегодн|торговал|sales|\bsold\b|revenue|turnover|profit|earn|launder|stole"
    r"|damage|\bfines?\b|\bfined\b|bail|transactions|processed|per\s+month|a\s+month|per\s+year|a\s+year|annual"
    r"|bounty|reward|вознагражд|трансакц|транзакц",
    re.IGNORECASE,
)
_VALUE_OF = re.compile(r"(?:worth|valued\s+at|value\s+of|на\s+сумму|стоимостью|оценочной\s+стоимостью)\s+(?:\S+\s+)?$", re.IGNORECASE)
_MONEY_NOUN = re.compile(r"биткоин|bitcoin|крипт|crypto|валют|currenc|средств|денег|деньг|наличн|cash|funds|assets|активы|монет|coins", re.IGNORECASE)
_WORLDWIDE = re.compile(r"по\s+всему\s+миру|worldwide|globally|around\s+the\s+world|across\s+the\s+world|в\s+общей\s+сложности|in\s+total", re.IGNORECASE)
_ATTACH_AFTER = re.compile(r"^(?:\s*(?:из\s+них|of\s+them|of\s+whom),?)?\s*[–—-]?\s*(?:в|во|на|in|across)\s+(?:the\s+)?$", re.IGNORECASE)
_ATTACH_BEFORE = re.compile(r"^\s*(?:\(\s*|[–—:-]\s*)$")
_CLAUSE_BREAK = re.compile(r"[,;:()—]|\s–\s|\sа\s|\sbut\s|\swhile\s|\swhich\s|\sthat\s|\sкоторы", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceFact:
    """A figure read as a fact in one sentence; offsets relative to the sentence."""

    quantity: Quantity
    country: str | None
    attached: bool  # the country is written next to the figure


def sentence_facts(sentence: str, lang: str) -> tuple[list[SentenceFact], list[Mention]]:
    """The facts one (non-noise) sentence states, and the countries it names."""
    mentions = find_mentions(sentence)
    seizure = bool(_SEIZURE_CUE.search(sentence))
    arrest = bool(_ARREST_CUE.search(sentence))
    picked: list[tuple[Quantity, Mention | None]] = []
    for fig in find_figures(sentence, lang):
        q = read_quantity(sentence, fig)
        if q is None:
            continue
        if q.metric == ARRESTS and not arrest:
            continue
        if q.metric != ARRESTS and (not seizure or not _seized_here(sentence, q)):
            continue
        place = _attached_place(sentence, q, mentions)
        if q.bare and (place is None or not arrest):
            continue
        if q.subset and place is None:
            continue
        picked.append((q, place))
    used = {id(p) for _, p in picked if p is not None}
    others = {m.code for m in mentions if m.is_place_or_actor and id(m) not in used}
    worldwide = bool(_WORLDWIDE.search(sentence))
    facts = []
    for q, place in picked:
        if place is not None:
            facts.append(SentenceFact(q, place.code, True))
        else:
            facts.append(SentenceFact(q, next(iter(others)) if len(others) == 1 and not worldwide else None, False))
    return facts, mentions


def _seized_here(sentence: str, q: Quantity) -> bool:
    """Not a sale, turnover, revenue or theft figure; "worth" only of money-like things."""
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, q.start)), default=0)
    before = sentence[clause_start:q.start]
    after = sentence[q.end:q.end + 30]
    if _NOT_SEIZED.search(before) or re.match(r"^\s*(?:in\s+sales|of\s+sales|в\s+месяц|в\s+год|a\s+month|a\s+year|per\s+\w+)", after, re.IGNORECASE):
        return False
    value_of = _VALUE_OF.search(before)
    if value_of:
        if q.metric != SEIZED_MONEY:
            return True
        return bool(_MONEY_NOUN.search(before[max(0, value_of.start() - 40):value_of.start()]))
    return True


def _attached_place(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if m.kind == "adj" or m.origin:
            continue
        if m.start >= q.end and _ATTACH_AFTER.match(sentence[q.end:m.start]):
            return m
    for m in mentions:
        if m.kind == "adj" or m.origin:
            continue
        if m.end <= q.start and _ATTACH_BEFORE.match(sentence[m.end:q.start]):
            if sentence[m.end:q.start].strip().startswith("(") and not re.match(r"^\s*\)", sentence[q.end:]):
                continue
            return m
    return None
