"""Where the suspects, their handlers and their business were, not where police acted.

Russian security-service copy often says who ran a ring from afar: «кураторы преступников
находились на территории Украины», «организатор, скрывавшийся в Польше, руководил группой»,
"the handlers were based in Spain".  The country named there is the suspects' whereabouts, like
an origin, not a country that took part in the operation; so is the capital a ring worked for
(«под кураторством Киева») — unless the same clause says someone
was arrested there («организатор задержан в Польше»).
"""

from __future__ import annotations

import re

from store.ingest.customer_places import CUSTOMERS_THERE
from store.ingest.word_classes import CARRY_RU

# A role of the ring's leadership, then a verb of being or acting somewhere, right before the place.
_HANDLER_THERE = re.compile(
    r"(?:\b(?:курат|организат|руковод|заказчик|главар|координат|handler|organi[sz]er|ringleader|mastermind|boss)\w*)"
    # «Организатор группы, по данным следствия, находится в Москве»: a parenthetical between the role and the verb
    r"(?:\s+[^\W\d]+){0,3}?(?:,(?:\s+[^\W\d,]+){1,4},)?,?\s+"
    r"(?:находил\w*|находящ\w*|наход\w*ся|скрыва\w*|прожива\w*|жив(?:ут|[её]т|ущ\w*|ший|шие)|действова\w*|базир\w*"
    r"|руководил\w*|координир\w*|управля\w*|(?:were|was|are|is)\s+(?:based|hiding|living|located)|operat(?:ed|ing)\b|hid(?:ing)?\b)"
    r"(?:\s+[^\W\d]+){0,4}?\s+(?:(?:на\s+территории|в|во|из|из-за|in|from)\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
# «под кураторством Киева», «по заданию украинских спецслужб», "on orders from …": who the ring answered to
# («под руководством Германии» is who led the operation, so it is not here).
_HANDLED_BY = re.compile(r"(?:под\s+(?:[^\W\d]+\s+)?кураторством|по\s+(?:заданию|указке|указанию)|on\s+(?:the\s+)?orders\s+(?:of|from)"
                         r"|at\s+the\s+behest\s+of"
                         # «финансировалась с Украины», «курировалась с Украины»: run or paid for from there
                         # («нарколабораторию, финансируемую Украиной»: paid for by; «руководимая Германией» stays)
                         r"|(?:финансир|курир)\w*(?:\s+(?:[^\W\d]+\s+){0,2}?(?:с|со))?"
                         r"|(?:руководи|управля|координирова)\w*\s+(?:[^\W\d]+\s+){0,2}?(?:с|со))"
                         # («по указанию прокуратуры Германии», "on orders of the German court": an authority asked)
                         r"\s+(?!(?:[^\W\d]+\s+)?(?:прокурат|суд|полиц|власт|правоохран|ведомств|министерств|следств|court|prosecut|police|authorit))"
                         r"(?:[^\W\d]+\s+){0,2}?$", re.IGNORECASE)
# «базирующуюся в Гонконге», «зарегистрированной в Гонконге», "incorporated in …": a business's seat
_SEATED = re.compile(r"(?:\bбазирующ\w*|\bзарегистрированн?\w*|\bincorporated|\bregistered|\bdomiciled|\bhas\s+its\s+roots|\bhad\s+its\s+roots|\bis\s+rooted)"
                     r"(?:\s+[^\W\d]+){0,1}?\s+(?:в|во|in)\s+(?:the\s+)?$", re.IGNORECASE)
# «проживавшим в Китае», "who lived in China", "a resident of Foshan, China": where a person lived
_LIVED = re.compile(r"(?:(?:\bпроживавш\w*|\bпроживающ\w*|\bпроживал\w*|\bпостоянно\s+проживает|\bживш\w*|\bживущ\w*"
                    r"|\b(?:who\s+)?(?:lived|lives|resided|resides)|\bresiding|\bliving)"
                    r"(?:\s+[^\W\d]+){0,2}?\s+(?:в|во|in)\s+(?:the\s+)?"
                    r"|\b(?:residents?|natives?)\s+of\s+(?:the\s+)?)"
                    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,\s+)?$", re.IGNORECASE)
# «банковские счета в Лихтенштейне»: where a suspect's accounts are (unless seized there; villas and houses may be
# where police searched, so they are not here)
# "ran call centres in Albania and Georgia", «колл-центры на территории Украины», "victims in Austria": where the
# ring's premises or its victims were (unless someone was arrested or something seized in the sentence)
_LISTED = r"(?:(?-i:[A-ZА-ЯЁ])[\w-]+(?:\s+(?-i:[A-ZА-ЯЁ])[\w-]+)?(?:\s*,\s*|\s+(?:and|or|и|или)\s+))*"
_PREMISES_THERE = re.compile(r"(?:\bcall[\s-]?cent(?:re|er)s?|\bscam\s+(?:cent(?:re|er)s?|compounds?)|(?<![\w-])колл-центр\w*|\bcall-центр\w*"
                             r"|\bvictims|(?<![\w-])жертв\w*|(?<![\w-])потерпевш\w*)"
                             r"(?:\s+[^\W\d]+){0,3}?\s+(?:в|во|на\s+территории|из|in|across|from)\s+(?:the\s+)?" + _LISTED + "$",
                             re.IGNORECASE)
_ASSETS_THERE = re.compile(r"(?:(?<![\w-])сч[её]т(?:а|ов|ах|ами)?|\bbank\s+accounts?)"
                           r"(?:\s+[^\W\d]+){0,1}?\s+(?:в|во|in)\s+(?:the\s+)?"
                           # "bank accounts in Switzerland, Belize and": every country of the list
                           r"(?:(?-i:[A-ZА-ЯЁ])[\w'’-]*(?:\s+(?-i:[A-ZА-ЯЁ])[\w'’-]*)*\s*(?:,\s*(?:and\s+|и\s+)?|\s(?:and|и)\s+)(?:the\s+)?){0,6}$",
                           re.IGNORECASE)
# "The servers, hosted in Finland, were seized", "infrastructure located in Romania and Iceland": where the
# market's machines stood, said of them in passing — no country that acted (unless its own police are named;
# "seized servers in Finland" is a seizure there and stays)
_HOSTED = re.compile(r"\b(?:servers?|infrastructure|hosting|data\s+cent(?:re|er)s?|domains?|backups?|сервер\w*)\b,?\s+"
                     r"(?:(?:which|that)\s+(?:were|was|are|is|had\s+been)\s+)?(?:\w+\s+)?"
                     r"(?:hosted|located|housed|kept|rented|running|physically|размещ\w*|располож\w*|находивш\w*|находящ\w*)"
                     r"(?:\s+[^\W\d]+){0,1}?\s+(?:in|в|во|на\s+территории)\s+(?:the\s+)?" + _LISTED + "$", re.IGNORECASE)
_SEIZED = re.compile(r"изъя|изым|конфиск|замор|заблокир|наложен\w*\s+арест|арестован\w*\s+(?:[^\W\d]+\s+)?(?:сч|актив|имущ|средств|вилл)"
                     r"|seiz|froze|frozen|confiscat|restrain", re.IGNORECASE)
# «Синтетические наркотики поступают из соседних государств — Узбекистана, Китая, а также … через страны Европы, Турцию»:
# every place after an import verb's «из»/«через» is where the drugs came from (a sentence with no arrest or seizure)
_IMPORTED_FROM = re.compile(r"(?:поступа|импортир|" + CARRY_RU + r")\w*\s+[^.;!?]*?(?<![\w-])(?:из|через)\s[^.;!?]*$",
                            re.IGNORECASE)
# "… were seized by Finnish police", "… by the country's police": that country acted after all
_OWN_POLICE = re.compile(r"\bby\s+(?:the\s+)?(?:local|(?-i:[A-Z])\w+|(?:that|the)\s+country['’]s)\s+(?:police|authorities|officers|investigators)",
                         re.IGNORECASE)
# An arrest in the same clause: the place is where police acted after all.
_ARRESTED = re.compile(r"задержа|арестова|arrest|detain|apprehend", re.IGNORECASE)
# «…, проживавший в Таиланде, был задержан в Лос-Анджелесе»: the arrest has a place of its own
_ARRESTED_ELSEWHERE = re.compile(r"(?:задержа|арестова|arrest|detain|apprehend)\w*\s+(?:[^\W\d]+\s+){0,2}?(?:в|во|in)\s+(?:the\s+)?(?-i:[A-ZА-ЯЁ])",
                                 re.IGNORECASE)


def suspects_whereabouts(sentence: str, start: int) -> bool:
    """The place at ``start`` in ``sentence`` is where the ring's handlers were, and no one is said to
    have been arrested in that sentence («Организатор, проживавший в Турции, задержан там»)."""
    clause = re.split(r"[;:]|\.\s", sentence[:start])[-1]
    if _HOSTED.search(clause) and not _OWN_POLICE.search(sentence[start:start + 60]):
        return True  # "servers, hosted in Finland, were seized" (but "… in Finland, were seized by Finnish police")
    if _HANDLED_BY.search(clause) or _SEATED.search(clause):
        return True  # «задержаны девять сбытчиков под кураторством Варшавы»: the arrests were elsewhere
    assets = _ASSETS_THERE.search(clause)
    if assets and not _SEIZED.search(clause[max(0, assets.start() - 25):] + re.split(r"[;:]|\.\s", sentence[start:])[0]):
        return True  # "documentation on bank accounts in Switzerland": a seizure elsewhere in the sentence seized no account
    # («задержали 15 покупателей в Испании», "arrested 15 buyers in Spain": the buyers were arrested there)
    if ((_IMPORTED_FROM.search(sentence[:start]) or CUSTOMERS_THERE.search(clause) or _PREMISES_THERE.search(clause))
            and not _SEIZED.search(sentence) and not _ARRESTED.search(sentence)):
        return True
    rest = re.split(r"[;:]|\.\s", sentence[start:])[0]
    if _ARRESTED.search(clause) or (_ARRESTED.search(rest) and not _ARRESTED_ELSEWHERE.search(rest)):
        return False
    return _HANDLER_THERE.search(clause) is not None or _LIVED.search(clause) is not None
