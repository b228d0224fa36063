"""What goods were worth is not money seized: two readings of a money figure beside goods.

- A price said on past its first figure (Russian security-service copy): «оптовая цена партии — 2 млрд
  рублей, а розничная может превысить 7 млрд», «её стоимость оценили в 3 млрд руб.», «Стоимость груза,
  который собирались переправить морем, составила 900 млн рублей» — unless a verb of seizing comes
  between the price and the sum, or the sum itself is of cash or coins (``price_goes_on``).
- A list item of goods with its value: "- a luxury watch (value €25,000)", "- two vehicles valued at
  €80,000 (about $86,000)", «автомобиль стоимостью 3 млн рублей» — and the bracketed conversion of such
  a figure; "Two cars and $40,000 in cash" keeps the cash, an item of its own (``goods_worth``).
"""

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
_MONEY_PRICED = re.compile(r"\b(?:BTC|USDT|ETH|XMR)\b|биткоин|биткойн|крипт|валют|(?<!ческого\s)(?<!ческих\s)(?<!ческое\s)средств|денег|деньг|денежн"
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
    if _MONEY_PRICED.search(window[max(0, price.start() - 40):]) or _MONEY_PRICED.search(sentence[end:end + 25]):
        return False
    return True

_GOODS = re.compile(
    r"\b(?:watch(?:es)?|rolex|cars?|vehicles?|motorbikes?|motorcycles?|boats?|yachts?|jewell?ery|jewels|gold\s+chains?"
    r"|houses?|homes?|flats?|apartments?|villas?|propert(?:y|ies)|real\s+estate|handbags?|paintings?|artworks?"
    r"|bmw|mercedes|audi|porsche|lamborghini|ferrari|range\s+rover|tesla)\b"
    r"|(?<![\w-])(?:час(?:ы|ов|ами)|автомобил\w*|машин\w*|квартир\w*|дом(?:а|ов)?|недвижимост\w*|ювелирн\w*|украшени\w*"
    r"|яхт\w*|мотоцикл\w*)(?![\w-])",
    re.IGNORECASE)
_MONEY = re.compile(r"cash|crypto|bitcoin|currenc|funds|money|banknotes|наличн|крипт|денеж|деньг|валют", re.IGNORECASE)
_VALUE_WORD = re.compile(r"\b(?:worth|valued|value|estimated|priced)\b|стоимост\w*|оцен\w*", re.IGNORECASE)
# "cash and other property worth about €600,000": the worth covers the money coordinated with the goods
_MONEY_AND_GOODS = re.compile(r"(?:cash|crypto\w*|money|funds|наличн\w*|деньг\w*|денежн\w+\s+средств\w*)\s+(?:and|&|и)\s+[^,;\d]*$",
                              re.IGNORECASE)
# the end of the previous list item: a comma, a semicolon, "and", "plus", "as well as"
_ITEM_BREAK = re.compile(r",|;|\band\b|\bplus\b|\bas\s+well\s+as\b|(?<![\w-])и(?![\w-])", re.IGNORECASE)
# "(about $86,000)", "(approx. US$65,000)": a bracket opening right before the figure
_BRACKET_OPEN = re.compile(r"\(\s*(?:(?:about|around|approx\w*\.?|roughly|some|c\.|~|около|примерно)\s*)?(?:US|A|C|NZ)?$", re.IGNORECASE)
_FIGURE = re.compile(r"[$€£¥₽]\s?\d[\d.,]*(?:\s*(?:million|m|bn|billion|k))?|\d[\d.,]*\s*(?:million|m|bn|billion|k)?\s*"
                     r"(?:euros?|dollars?|pounds|USD|EUR|GBP|рубл\w*|долл\w*|евро)", re.IGNORECASE)


def _item(lead: str) -> str:
    """The list item a figure ends: the text after the last item break outside brackets."""
    depth = 0
    cut = 0
    for i, ch in enumerate(lead):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (m := _ITEM_BREAK.match(lead, i)) and (m.group() in ",;" or lead[i - 1:i].isspace()):
            cut = m.end()
    return lead[cut:]


def goods_worth(sentence: str, start: int, end: int) -> bool:
    """The money figure at ``sentence[start:end]`` is what goods in its list item were worth."""
    if _MONEY.search(sentence[end:end + 25]):
        return False  # "€45,000 in cash"
    lead = sentence[:start]
    bracket = _BRACKET_OPEN.search(lead)
    if bracket:
        inner = lead[:bracket.start()].rstrip()
        previous = list(_FIGURE.finditer(inner))
        if previous and previous[-1].end() >= len(inner) - 1:
            # "valued at €80,000 (about $86,000)": the conversion of the figure before the bracket
            return goods_worth(sentence, previous[-1].start(), previous[-1].end())
    item = _item(lead)
    if not _GOODS.search(item) or _MONEY.search(item) or _MONEY_AND_GOODS.search(lead):
        return False
    return bool(bracket or _VALUE_WORD.search(item))
