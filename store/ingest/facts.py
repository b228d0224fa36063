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
from dataclasses import dataclass, replace

from store.ingest.attachment import attached_place
from store.ingest.breakdowns import remainder
from store.ingest.ellipsis import clause_actor, elided_count, elliptic_actor
from store.ingest.lexicon import REST_OF_TOTAL, TOTAL, WORLDWIDE
from store.ingest.numbers import find_figures
from store.ingest.places import Mention, find_mentions
from store.ingest.quantities import Quantity, read_quantity
from store.model import ARRESTS, SEIZED_MONEY

_SEIZURE_CUE = re.compile(
    r"изъя|изым|конфиск|нашли|найден|обнаруж|замороз|заморож|seiz|confiscat|recover|found|froze|frozen|intercept"
    r"|turned\s+up|uncover|discover|netted|yielded|\bhaul|\b(?:took|taken)\s+[^.;]{0,40}\boff\s+the\s+streets?\b"
    r"|перехват|арестовал\w*\s+(?:активы|имущество|счета|средства)",
    re.IGNORECASE,
)
_ARREST_CUE = re.compile(
    r"задерж|арест|arrest|detain|custody|под\s+стражу|apprehend|\bcharged\b|\b(?:were|was|been|being|are|is)\s+held\b", re.IGNORECASE)
_NOT_SEIZED = re.compile(
    r"оборот|продаж|продал|выручк|прибыл|доход|принос|заработ|отмы|похити|похищ|украл|украден|ущерб|штраф|залог"
    r"|в\s+месяц|в\s+год|ежемесячн|ежегодн|торговал|sales|\bsold\b|revenue|turnover|profit|earn|launder|stole"
    r"|damage|\bfines?\b|\bfined\b|bail|transactions|processed|per\s+month|a\s+month|per\s+year|a\s+year|annual"
    r"|bounty|reward|вознагражд|трансакц|транзакц",
    re.IGNORECASE,
)
# "до 50 кг наркотиков в месяц", "2 tonnes of drugs a year": a rate (output, sales), not a haul.
_PER_PERIOD_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){1,2}(?:в\s+(?:месяц|год|сутки|день|неделю)|ежемесячно|ежегодно|ежедневно"
    r"|(?:a|per|each|every)\s+(?:month|year|day|week))\b(?!\s+[^\W\d])", re.IGNORECASE)
_VALUE_OF = re.compile(r"(?:worth|valued\s+at|value\s+of|на\s+сумму|стоимостью|оценочной\s+стоимостью)\s+(?:\S+\s+)?$", re.IGNORECASE)
# "оборудование на 2 млн долларов": a bare "на" before a money figure gives what goods are worth.
_VALUE_OF_NA = re.compile(r"(?<![\w-])на\s+(?:(?:более|свыше|около|почти|примерно|порядка)\s+)?$", re.IGNORECASE)
_MONEY_NOUN = re.compile(r"биткоин|bitcoin|крипт|crypto|валют|currenc|средств|денег|деньг|наличн|cash|funds|assets|активы|монет|coins", re.IGNORECASE)
# "Operation X, run by police from 12 countries, ...": the figure is a multinational total.
_MULTINATIONAL = re.compile(
    r"международн\w*\s+(?:операц|акци|рейд)|international\s+(?:operation|action|crackdown|sweep)"
    r"|global\s+(?:operation|action|crackdown|sweep)|(?:\d+|[a-zа-яё]+)\s+(?:countries|стран)(?![\w])",
    re.IGNORECASE,
)
# "..., сообщили в Министерстве юстиции США", "..., the Frankfurt prosecutor's office said": who reports
# the figure, not where it happened.
_ATTRIBUTION = re.compile(
    r",\s*(?:(?:according\s+to|по\s+данным|по\s+словам|сообщ\w+|заяв\w+|передает|передаёт|пишет)\b[^,]*"
    r"|[^,]{0,80}?\b(?:said|says|announced|reported|сообщил\w*|сообщает|сообщают|заявил\w*|рассказал\w*)\b[^,]*)[.!]?\s*$",
    re.IGNORECASE,
)
_TOTAL_TO = re.compile(r"\b(?:bringing|brought|taking|took|raising|raised|pushing|pushed)\s+the\s+(?:total|tally|number|count)\b"
                       r"[^.;\d]{0,50}?\bto\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()—]|\s–\s|\sа\s|\sbut\s|\swhile\s|\swhich\s|\sthat\s|\sкоторы", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceFact:
    """A figure read as a fact in one sentence; offsets relative to the sentence."""

    quantity: Quantity
    country: str | None
    attached: bool  # the country is written next to the figure


# A heading announcing results ("Results at a glance:", "Итоги операции:"): the figures listed
# under it are the operation's arrests and seizures.
_RESULTS_HEADING = re.compile(
    r"\bresults?\b|at\s+a\s+glance|in\s+numbers|key\s+figures|\boutcome|итог|результат|в\s+цифрах", re.IGNORECASE)


def sentence_facts(sentence: str, lang: str, context: str = "") -> tuple[list[SentenceFact], list[Mention]]:
    """The facts one (non-noise) sentence states, and the countries it names.

    ``context`` is the heading a list item sits under ("Изъяты:", "Arrests per country:"): its
    seizure or arrest wording counts for the item."""
    mentions = find_mentions(sentence)
    results = bool(context.rstrip().endswith(":") and _RESULTS_HEADING.search(context))
    seizure = bool(_SEIZURE_CUE.search(sentence) or _SEIZURE_CUE.search(context)) or results
    arrest = bool(_ARREST_CUE.search(sentence) or _ARREST_CUE.search(context)) or results
    picked: list[tuple[Quantity, Mention | None]] = []
    arrest_end = None  # where the sentence's last arrest figure ends
    for fig in find_figures(sentence, lang):
        q = read_quantity(sentence, fig)
        if q is None:
            continue
        elided_place = None
        elided = elided_count(sentence, q, picked, mentions) if q.bare and picked and arrest_end is None else None
        if elided is not None:
            q, elided_place, prev_place = elided
            picked[-1] = (picked[-1][0], prev_place)
        if (q.bare and picked and arrest and picked[-1][0].metric == ARRESTS
                and _TOTAL_TO.search(sentence[picked[-1][0].end:q.start])):
            # "Germany made 11 arrests, …, bringing the total to 46": the arrests' running total
            q = replace(q, metric=ARRESTS, unit="people", bare=False)
        if q.metric == ARRESTS and not arrest:
            continue
        after_arrest, arrest_end = arrest_end, (q.end if q.metric == ARRESTS else arrest_end)
        if q.metric != ARRESTS and (not seizure or not _seized_here(sentence, q)):
            continue
        place = attached_place(sentence, q, mentions) or elided_place
        if place is None and q.metric == ARRESTS and after_arrest is not None:
            place = elliptic_actor(sentence, q, mentions, after_arrest)
        if q.bare and (place is None or not arrest):
            continue
        if q.subset and place is None:
            continue
        picked.append((q, place))
    if arrest:
        picked.extend(remainder(sentence, picked, mentions))
    used = {id(p) for _, p in picked if p is not None}
    attribution = _ATTRIBUTION.search(sentence)
    cut = attribution.start() if attribution else len(sentence)
    others = {m.code for m in mentions if m.is_place_or_actor and id(m) not in used and m.start < cut
              and not _HELPER.search(sentence[:m.start]) and not REST_OF_TOTAL.search(sentence[:m.start])}
    worldwide = bool(WORLDWIDE.search(sentence) or _MULTINATIONAL.search(sentence))
    # "в Латвии задержаны 9 человек, изъяты 310 000 евро и 48 кг": one country opens the
    # sentence and every figure after it is that country's, the first placed, the rest not.
    named = {m.code for m in mentions if m.is_place_or_actor and m.start < cut}
    opener = next((p for _, p in picked if p is not None), None)
    facts = []
    for q, place in picked:
        if place is not None:
            facts.append(SentenceFact(q, place.code, True))
        elif len(others) == 1 and not worldwide:
            facts.append(SentenceFact(q, next(iter(others)), False))
        else:
            actor = None if worldwide else clause_actor(sentence, q, mentions)
            if (actor is None and not others and not worldwide and opener is not None and named == {opener.code}
                    and opener.end <= q.start and not TOTAL.search(sentence[opener.end:q.start])):
                actor = opener.code
            facts.append(SentenceFact(q, actor, False))
    return facts, mentions


# "при участии МВД Кыргызстана", "with support from the FBI": a helper, not the one actor.
_HELPER = re.compile(
    r"(?:при\s+(?:участии|поддержке|содействии|помощи)|with\s+(?:the\s+)?(?:support|help|assistance)\s+(?:of|from)"
    r"|in\s+(?:cooperation|collaboration|partnership)\s+with|assisted\s+by|supported\s+by|working\s+(?:closely\s+)?with)\s+[^,.;:\d]{0,60}$",
    re.IGNORECASE,
)


def _seized_here(sentence: str, q: Quantity) -> bool:
    """Not a sale, turnover, revenue or theft figure; "worth" only of money-like things."""
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, q.start)), default=0)
    before = sentence[clause_start:q.start]
    after = sentence[q.end:q.end + 30]
    if _NOT_SEIZED.search(before) or re.match(r"^\s*(?:(?:in|of)\s+(?:\w+\s+)?(?:sales|transactions|turnover|revenues?|payments|proceeds|profits?|trades)\b"
        r"|в\s+месяц|в\s+год|a\s+month|a\s+year|per\s+\w+)", after, re.IGNORECASE) or _PER_PERIOD_AFTER.match(after):
        return False
    value_of = _VALUE_OF.search(before)
    if value_of:
        if q.metric != SEIZED_MONEY:
            return True
        return bool(_MONEY_NOUN.search(before[max(0, value_of.start() - 40):value_of.start()]))
    value_of = _VALUE_OF_NA.search(before) if q.metric == SEIZED_MONEY else None
    if value_of:
        return bool(_MONEY_NOUN.search(before[max(0, value_of.start() - 40):value_of.start()])
                    or _MONEY_NOUN.match(re.sub(r"^\s+", "", sentence[q.end:q.end + 20])))
    return True

