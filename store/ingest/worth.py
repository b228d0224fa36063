"""What a haul is worth, said on past its first figure (Russian security-service copy).

FSB and MVD releases price a haul twice or with a clause between the price and its figure:
«оптовая цена партии — 2 млрд рублей, а розничная может превысить 7 млрд»,
«её стоимость оценили в 3 млрд руб.», «Стоимость груза, который собирались переправить морем,
составила 900 млн рублей».  Every such sum is a price of the goods, never money seized —
unless a verb of seizing comes between the price and the sum, or the sum itself is of cash or
coins («также изъято 2 млн рублей наличными»)."""

from __future__ import annotations

import re

# The price of the goods: «стоимость», «цена» (not «стоимость биткоинов», checked below).
_PRICE = re.compile(r"(?<![\w-])(?:стоимост\w*|цен(?:а|у|ы|ой|е)(?![\w-]))", re.IGNORECASE)
# A verb that gives the price its figure: «составляет», «оценили в», «превышает», «достигает», a dash.
_PRICE_VERB = re.compile(r"составл\w+|составил\w*|составит|оцени\w*|оценен\w*|превыша\w*|превысил\w*|превысит|достига\w*|достиг\w*"
                         r"|[—–]\s*(?:(?:около|более|свыше|почти|порядка)\s+)?$", re.IGNORECASE)
# «стоимость изъятых наркотиков»: the participle names the goods priced, it seizes nothing itself.
_PRICED_GOODS = re.compile(r"^\s*(?:(?:всех|всего|этих|этой|этого)\s+)?(?:изъят|конфискованн|обнаруженн|найденн)\w*\s+", re.IGNORECASE)
_SEIZING = re.compile(r"изъя|изым|конфиск|обнаруж|нашли|найден|замор|заблокир|арестова|задерж", re.IGNORECASE)
# The sum priced is money itself («стоимость биткоинов», «криптовалюту стоимостью»), or the sum is cash.
_MONEY = re.compile(r"\b(?:BTC|USDT|ETH|XMR)\b|биткоин|биткойн|крипт|валют|(?<!ческого\s)(?<!ческих\s)(?<!ческое\s)средств|денег|деньг|денежн"
                    r"|наличн|монет|актив", re.IGNORECASE)


def price_goes_on(sentence: str, start: int, end: int) -> bool:
    """The sum at ``start``:``end`` of ``sentence`` is a price of the goods a «стоимость» before it
    names, carried on by a pricing verb with no seizure in between."""
    window = sentence[max(0, start - 220):start]
    prices = list(_PRICE.finditer(window))
    if not prices:
        return False
    price = prices[-1]
    between = _PRICED_GOODS.sub("", window[price.end():], count=1)
    if _SEIZING.search(between) or not _PRICE_VERB.search(between):
        return False
    if _MONEY.search(window[max(0, price.start() - 40):]) or _MONEY.search(sentence[end:end + 25]):
        return False
    return True
