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

from store.ingest.numbers import find_figures
from store.ingest.places import Mention, find_mentions
from store.ingest.quantities import Quantity, read_quantity
from store.ingest.scope import coalition, everywhere
from store.ingest.shapes import each_places, respectively, shaped_place
from store.model import ARRESTS, SEIZED_FIREARMS, SEIZED_MONEY

_SEIZURE_CUE = re.compile(
    r"изъя|изым|конфиск|нашли|найден|обнаруж|замороз|заморож|seiz|confiscat|recover|found|froze|frozen|intercept"
    r"|turned\s+up|uncover|discover|netted|yielded|\bhaul|\b(?:took|taken)\s+[^.;]{0,40}\boff\s+the\s+streets?\b"
    r"|перехват|арестовал\w*\s+(?:активы|имущество|счета|средства)",
    re.IGNORECASE,
)
_ARREST_CUE = re.compile(
    # "police have charged 23 people" is an arrest; "charged in the Southern District", "charged with running" a court's word
    r"задерж|арест|arrest|detain|custody|под\s+стражу|apprehend|\bcharged\b(?!\s+(?:in|with|by)\b)"
    r"|\b(?:were|was|been|being|are|is)\s+held\b", re.IGNORECASE)
_NOT_SEIZED = re.compile(
    r"оборот|продаж|продал|выручк|прибыл|доход|принос|заработ|отмы|похити|похищ|украл|украден|ущерб|штраф|залог"
    r"|в\s+месяц|в\s+год|ежемесячн|ежегодн|торговал|sales|\bsold\b|revenue|turnover|profit|earn|launder|stole"
    r"|damage|\bfines?\b|\bfined\b|bail|transactions|processed|per\s+month|a\s+month|per\s+year|a\s+year|annual"
    r"|bounty|reward|вознагражд|трансакц|транзакц|добива\w*\s+конфискац|seek\w*\s+(?:the\s+)?forfeiture|sought\s+forfeiture",
    re.IGNORECASE,
)
# "до 50 кг наркотиков в месяц", "2 tonnes of drugs a year": a rate (output, sales), not a haul.
_PER_PERIOD_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){1,2}(?:в\s+(?:месяц|год|сутки|день|неделю)|ежемесячно|ежегодно|ежедневно"
    r"|(?:a|per|each|every)\s+(?:month|year|day|week))\b(?!\s+[^\W\d])", re.IGNORECASE)
_GOODS_WORTH = re.compile(r"^\s*worth\s+of\s+(?!cash|crypto|bitcoin|money|currenc)", re.IGNORECASE)
_VALUE_OF = re.compile(r"(?:worth|valued\s+at|value\s+of|на\s+сумму|стоимостью|оценочной\s+стоимостью)\s+(?:\S+\s+)?$", re.IGNORECASE)
# "оборудование на 2 млн долларов": a bare "на" before a money figure gives what goods are worth.
_VALUE_OF_NA = re.compile(r"(?<![\w-])на\s+(?:(?:более|свыше|около|почти|примерно|порядка)\s+)?$", re.IGNORECASE)
_MONEY_NOUN = re.compile(r"биткоин|bitcoin|крипт|crypto|валют|currenc|средств|денег|деньг|наличн|cash|funds|assets|активы|монет|coins", re.IGNORECASE)
_WORLDWIDE = re.compile(r"по\s+всему\s+миру|worldwide|globally|around\s+the\s+world|across\s+the\s+world|в\s+общей\s+сложности|in\s+total", re.IGNORECASE)
_ATTACH_AFTER = re.compile(
    r"^(?:\s*(?:из\s+них|of\s+them|of\s+whom),?)?\s*(?:,\s*(?=took\s|happened\s|occurred\s))?[–—-]?\s*"
    # "two moderators were arrested in", "40 человек задержаны в", "119 – пришлось на"
    r"(?:(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|были|был|была|было)\s+)?"
    r"(?:arrested|detained|apprehended|held|taken\s+into\s+custody|made|carried\s+out|took\s+place|happened|occurred"
    r"|задержан\w*|арестован\w*|задержали|арестовали)\s+"
    r"(?:(?:on\s+\w+\.?(?:\s+\d+)?|last\s+\w+|this\s+\w+|today|yesterday)\s+)?"
    r"|(?:were|was)\s+(?=in\s)"  # "19 were in Brazil"
    r"|into\s+custody\s+|(?:пришл\w*|приходит\w*|приходят\w*|пришел\w*|пришёл\w*)\s+(?=на)"
    r"|(?:прошл[оиа]|прош[её]л|произошл[оиа]|произош[её]л)\s+(?=во?\s))?"
    r"(?:в|во|на|in|across)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "in the US and Canada": a place coordinated with another is not the figure's one place.
_COORDINATED = re.compile(r"^\s*(?:,|and|or|&|и|или)\s*(?:the\s+)?$", re.IGNORECASE)
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
_ATTACH_BEFORE = re.compile(r"^\s*(?:\(\s*|[–—:-]\s*(?:(?:ещё|еще|также|also|another|a\s+further)\s+)?"
                            r"|(?<=\s)accounted\s+for\s+(?:(?:another|a\s+further)\s+)?)$", re.IGNORECASE)  # "Norway accounted for eight"
# "в Испании задержаны восемь", "in Spain, eight were arrested": a place phrase, then the verb.
_ATTACH_BEFORE_VERB = re.compile(
    r"^,?\s*(?:(?:были|был|была|было|were|was|have\s+been|had\s+been)\s+)?"
    r"(?:задержан\w*|арестован\w*|задержали|арестовали|arrested|detained|apprehended)\s+"
    r"(?:(?:ещё|еще|также|ещё\s+и|also|another|a\s+further|further)\s+)?$",
    re.IGNORECASE,
)
# "в Португалии изъято ещё 450 кг", "во Франции изъяли 22 единицы": a place phrase, then the seizure verb.
_ATTACH_BEFORE_SEIZED = re.compile(
    r"^,?\s*(?:(?:были|был|была|было)\s+)?(?:изъят[оыа]?|изъяли|конфискован[оыа]?|конфисковали|обнаружен[оыа]?|обнаружили)\s+"
    r"(?:(?:ещё|еще|также|ещё\s+и|почти|около|более|свыше)\s+)?$",
    re.IGNORECASE,
)
_TOTAL_TO = re.compile(r"\b(?:bringing|brought|taking|took|raising|raised|pushing|pushed)\s+the\s+(?:total|tally|number|count)\b"
                       r"[^.;\d]{0,50}?\bto\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
# "Germany made 11 arrests", "Police in Spain reported 4 arrests": the country, then its verb.
_SUBJECT_MADE = re.compile(r"^\s+(?:(?:also|then|later)\s+)?(?:made|carried\s+out|reported|recorded|registered)\s+"
                           r"(?:(?:another|a\s+further|further)\s+)?$", re.IGNORECASE)
_ELLIPTIC_COUNT = re.compile(r"^[^\d.;]{0,40}?(?:,|\sи|\sа|\sand|\swhile)\s+(?:(?:ещё|еще|also)\s+)?(?:в|во|in)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"(?:^|[\s,;:(])(?:в|во|in)\s+(?:the\s+)?$", re.IGNORECASE)
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
        if q.bare and picked and arrest_end is None:
            # "Во Франции изъято 22 единицы оружия, в Бельгии – 5", "In France, officers seized 22
            # firearms and in Belgium 5": a bare number after a place repeats the count the clause
            # before gave for another place.
            prev, prev_place = picked[-1]
            place = _attached_place(sentence, q, mentions) or _bare_place(sentence, q, mentions)
            if prev_place is None and place is not None and prev.metric == SEIZED_FIREARMS:
                prev_place = _opening_place(sentence, prev, mentions)
            if (prev.metric == SEIZED_FIREARMS and prev_place is not None and place is not None
                    and prev_place.code != place.code and re.match(r"^\s*(?:[–—:-]\s*)?$", sentence[place.end:q.start])
                    and _ELLIPTIC_COUNT.match(sentence[prev.end:place.start])):
                q = replace(q, metric=SEIZED_FIREARMS, unit="items", bare=False)
                picked[-1] = (prev, prev_place)
                elided_place = place
        if (q.bare and picked and arrest and picked[-1][0].metric == ARRESTS
                and _TOTAL_TO.search(sentence[picked[-1][0].end:q.start])):
            # "Germany made 11 arrests, …, bringing the total to 46": the arrests' running total
            q = replace(q, metric=ARRESTS, unit="people", bare=False)
        if q.metric == ARRESTS and not arrest:
            continue
        after_arrest, arrest_end = arrest_end, (q.end if q.metric == ARRESTS else arrest_end)
        if q.metric != ARRESTS and (not seizure or not _seized_here(sentence, q)):
            continue
        place = _attached_place(sentence, q, mentions) or elided_place or shaped_place(sentence, q, mentions)
        if place is None and q.metric == ARRESTS and after_arrest is not None:
            place = _elliptic_actor(sentence, q, mentions, after_arrest)
        if q.bare and q.start <= 3 and context.rstrip().endswith("?") and _ARREST_CUE.search(context):
            q = replace(q, bare=False)  # "How many were arrested?" — "Seventy-eight across eight countries."
        if q.bare and (place is None or not arrest):
            continue
        if q.subset and place is None:
            continue
        picked.append((q, place))
    # "Austria & Netherlands: 4 arrests each": one figure, a fact in each place
    picked = [(q, m) for q, p in respectively(sentence, picked, mentions) for m in (each_places(sentence, q, mentions) or [p])]
    if arrest:
        picked.extend(_remainder(sentence, picked, mentions))
    used = {id(p) for _, p in picked if p is not None}
    attribution = _ATTRIBUTION.search(sentence)
    cut = attribution.start() if attribution else len(sentence)
    members = coalition(sentence, mentions)  # "U.S. and EU law enforcement": no one country's figures
    others = {m.code for k, m in enumerate(mentions) if m.is_place_or_actor and id(m) not in used and m.start < cut
              and k not in members and not _HELPER.search(sentence[:m.start]) and not REST_OF_TOTAL.search(sentence[:m.start])}
    worldwide = bool(_WORLDWIDE.search(sentence) or _MULTINATIONAL.search(sentence) or everywhere(sentence))
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
            actor = None if worldwide else _clause_actor(sentence, q, mentions)
            if actor is not None and any(mentions[k].code == actor for k in members):
                actor = None  # "by US, British, Brazilian and European law enforcement"
            if (actor is None and not others and not worldwide and opener is not None and named == {opener.code}
                    and opener.end <= q.start and not _SCENE_TOTAL_WORDS.search(sentence[opener.end:q.start])):
                actor = opener.code
            facts.append(SentenceFact(q, actor, False))
    return facts, mentions


_SCENE_TOTAL_WORDS = re.compile(r"\b(?:in\s+total|total|overall|altogether|worldwide|всего|в\s+общей\s+сложности|в\s+целом|итого|общ\w+)\b",
                                re.IGNORECASE)


# "при участии МВД Кыргызстана", "with support from the FBI": a helper, not the one actor.
_HELPER = re.compile(
    r"(?:при\s+(?:участии|поддержке|содействии|помощи)|with\s+(?:the\s+)?(?:support|help|assistance)\s+(?:of|from)"
    r"|in\s+(?:cooperation|collaboration|partnership)\s+with|assisted\s+by|supported\s+by|working\s+(?:closely\s+)?with)\s+[^,.;:\d]{0,60}$",
    re.IGNORECASE,
)
# "30 of them in Argentina and the rest in Brazil": the remainder's place is not the total's.
REST_OF_TOTAL = re.compile(r"(?:the\s+rest|the\s+remaining|the\s+others?|остальн\w*|прочи\w*)\s*(?:[–—-]\s*)?"
                   r"(?:(?:were|was|были|был[аио]?)\s+)?(?:(?:arrested|detained|held|задержан\w*|арестован\w*)\s+)?"
                   r"(?:in|в|во|на)\s+(?:the\s+)?$", re.IGNORECASE)
def _remainder(sentence: str, picked, mentions: list[Mention]) -> list[tuple[Quantity, Mention]]:
    """"14 were detained: twelve in Germany and the rest in Austria": the remainder is the total
    less the parts placed between it and "the rest", and it happened in the place after "the rest"."""
    out = []
    for m in mentions:
        if m.kind == "adj" or m.origin or len(m.code) != 2:
            continue
        rest = REST_OF_TOTAL.search(sentence[:m.start])
        if rest is None:
            continue
        totals = [q for q, p in picked if q.metric == ARRESTS and p is None and not q.bare and not q.subset
                  and q.end <= rest.start()]
        if not totals:
            continue
        total = totals[0]
        parts = [q for q, p in picked if q.metric == ARRESTS and p is not None and total.end <= q.start
                 and q.end <= rest.start()]
        value = total.value - sum(q.value for q in parts)
        if parts and value > 0:
            out.append((Quantity(ARRESTS, value, "people", rest.start(), m.end, "exact"), m))
    return out


# The clause before an elliptic figure: "..., французские – 9", "..., while French police held twelve",
# "... 18 and Italian authorities another eleven".
_ELLIPSIS_LEAD = re.compile(
    r"^(?:[^\d]*?(?:[,;]|\bwhile\b|\bwhereas\b|\bbut\b))?\s*(?:and|и|а|но|while|whereas|but)?\s*(?:the\s+)?$", re.IGNORECASE)
_ELLIPSIS_GAP = re.compile(
    r"^\s*(?:[a-zа-яё]+\s+){0,2}(?:[–—:-]\s*)?(?:ещё|еще|also|another|a\s+further|further)?\s*$", re.IGNORECASE)


def _elliptic_actor(sentence: str, q: Quantity, mentions: list[Mention], after: int) -> Mention | None:
    """The nationality heading an elliptic clause after an earlier arrest figure: "Германские
    полицейские задержали 14, французские – 9, а итальянская полиция – ещё семерых"."""
    # also a country's name: "14 in Germany, and France another 6"
    here = [m for m in mentions if (m.kind == "adj" or (m.kind == "name" and not m.origin))
            and after <= m.start and m.end <= q.start]
    if not here:
        return None
    m = here[-1]
    if _ELLIPSIS_LEAD.match(sentence[after:m.start]) and _ELLIPSIS_GAP.match(sentence[m.end:q.start]):
        return m
    return None


# Where a clause with its own subject starts: "..., while Portuguese police detained five".
_CLAUSE_START = re.compile(r"[,;]|\bwhile\b|\bwhereas\b|\bbut\b|\sа\s|\sно\s|\sтогда\s+как\s", re.IGNORECASE)


def _clause_actor(sentence: str, q: Quantity, mentions: list[Mention]) -> str | None:
    """The one agency acting in the figure's clause, before the figure ("The Spanish police
    arrested eight suspects, while Portuguese police detained five more")."""
    start = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, q.start)), default=0)
    here = [m for m in mentions if start <= m.start and m.end <= q.start]
    codes = {m.code for m in here}
    if len(codes) == 1 and all(m.agency for m in here):
        return here[0].code
    # "Italian police seized 3.2 tonnes, Greek officers 1.9 tonnes and Croatian police 300 kg":
    # the last of several agencies, heading an elliptic list item right before the figure.
    if len(codes) > 1 and here[-1].agency and _ELLIPSIS_GAP.match(sentence[here[-1].end:q.start]):
        lead = sentence[start:here[-1].start]
        if re.search(r"\d", lead) and re.search(r"(?:\band|\bи|\bа)\s+(?:the\s+)?$", lead, re.IGNORECASE):
            return here[-1].code
    return None


def breakdown_only(sentence: str) -> bool:
    """The sentence is nothing but places and their numbers ("Germany – 15, Austria – 10 and
    Italy – 4.", "США (38), Германия (12)"): a breakdown of the figure in the sentence before it."""
    mentions = [m for m in find_mentions(sentence) if m.kind != "adj"]
    if len(mentions) < 2:
        return False
    rest = sentence
    for m in reversed(mentions):
        rest = rest[:m.start] + " " + rest[m.end:]
    pairs = len(re.findall(r"\d+", rest))
    rest = re.sub(r"\d+|\b(?:and|и|the)\b|[\s,;:.()–—-]", "", rest, flags=re.IGNORECASE)
    return not rest and pairs >= 2


def _seized_here(sentence: str, q: Quantity) -> bool:
    """Not a sale, turnover, revenue or theft figure; "worth" only of money-like things."""
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, q.start)), default=0)
    before = sentence[clause_start:q.start]
    after = sentence[q.end:q.end + 30]
    if _NOT_SEIZED.search(before) or re.match(r"^\s*(?:(?:in|of)\s+(?:\w+\s+)?(?:sales|transactions|turnover|revenues?|payments|proceeds|profits?|trades|stolen)\b"
        r"|в\s+месяц|в\s+год|a\s+month|a\s+year|per\s+\w+)", after, re.IGNORECASE) or _PER_PERIOD_AFTER.match(after):
        return False
    if q.metric == SEIZED_MONEY and _GOODS_WORTH.match(after):
        return False  # "€180,000 worth of MDMA and LSD": what goods were worth, not money seized
    value_of = _VALUE_OF.search(before)
    if value_of:
        if q.metric != SEIZED_MONEY:
            return True
        at = clause_start + value_of.start()  # "312 bitcoin, worth about $19.5 million": the coins before the comma
        return bool(_MONEY_NOUN.search(sentence[max(0, at - 40):at]))
    value_of = _VALUE_OF_NA.search(before) if q.metric == SEIZED_MONEY else None
    if value_of:
        return bool(_MONEY_NOUN.search(before[max(0, value_of.start() - 40):value_of.start()])
                    or _MONEY_NOUN.match(re.sub(r"^\s+", "", sentence[q.end:q.end + 20])))
    return True


def _coordinated_elsewhere(sentence: str, m: Mention, mentions: list[Mention]) -> bool:
    """``in Madrid, Valencia and Malaga`` stays Spain; ``in the US and Canada`` is no one country."""
    last = m
    for n in mentions:
        if n.start < last.end or n.kind == "adj":
            continue
        if not _COORDINATED.match(sentence[last.end:n.start]):
            break
        if n.code != m.code:
            return True
        last = n
    return False


def _list_start(sentence: str, m: Mention, mentions: list[Mention]) -> int:
    """Where a list of places of one country ending in ``m`` starts: "в Роттердаме и Утрехте"."""
    start = m.start
    for n in reversed([n for n in mentions if n.end <= m.start and n.kind != "adj"]):
        if n.code != m.code or not _COORDINATED.match(sentence[n.end:start]):
            break
        start = n.start
    return start


def _attached_place(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if m.kind == "adj" or m.origin:
            continue
        if m.start >= q.end and _ATTACH_AFTER.match(sentence[q.end:m.start]):
            return None if _coordinated_elsewhere(sentence, m, mentions) else m
    for m in mentions:
        if m.kind == "adj" or m.origin:
            continue
        if m.end <= q.start and _ATTACH_BEFORE.match(sentence[m.end:q.start]):
            if sentence[m.end:q.start].strip().startswith("(") and not re.match(r"^\s*\)", sentence[q.end:]):
                continue
            return m
        if (m.end <= q.start and q.metric != ARRESTS and _ATTACH_BEFORE_SEIZED.match(sentence[m.end:q.start])
                and _PLACE_PREPOSITION.search(sentence[:_list_start(sentence, m, mentions)])):
            return m
        if m.end <= q.start and q.metric == ARRESTS and m.kind == "name" and _SUBJECT_MADE.match(sentence[m.end:q.start]):
            return m
        if (m.end <= q.start and _ATTACH_BEFORE_VERB.match(sentence[m.end:q.start])
                and _PLACE_PREPOSITION.search(sentence[:_list_start(sentence, m, mentions)])):
            return m
    return None


def _bare_place(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """The country's name right before a bare number, nothing between: "... and in Belgium 5"."""
    for m in mentions:
        if (m.kind == "name" and not m.origin and len(m.code) == 2 and m.end <= q.start
                and re.match(r"^\s*$", sentence[m.end:q.start])):
            return m
    return None


def _opening_place(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """The country a sentence opens with when nothing else stands before the figure: "In France,
    officers seized 22 firearms"."""
    before = [m for m in mentions if m.end <= q.start]
    if len(before) != 1:
        return None
    m = before[0]
    if (m.kind != "name" or m.origin or len(m.code) != 2
            or not re.match(r"^\W{0,3}(?:in|в|во)\s+(?:the\s+)?$", sentence[:m.start], re.IGNORECASE)
            or re.search(r"\d", sentence[m.end:q.start])):
        return None
    return m
