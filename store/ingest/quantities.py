"""What a figure counts: money, drugs by weight, firearms or people, read from the words
around it.  Everything is converted to the unit the model stores (kg, an ISO currency code,
items, people).  A figure that counts something else (countries, servers, years, buyers) is
not a quantity at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.ingest.arrest_verbs import ACTIVE as SLANG_ACTIVE
from store.ingest.arrest_verbs import PASSIVE as SLANG_PASSIVE
from store.ingest.arrest_verbs import RU_ACTIVE, RU_COLLECTIVE, RU_TOOK
from store.ingest.demonyms import nationality_after
from store.ingest.numbers import Figure, qualifier_before
from store.ingest.per_container import container_count
from store.ingest.word_classes import ARRESTED_EN, HEDGE, TRADE_ROLE_EN, TRADE_ROLE_RU
from store.model import ARRESTS, SEIZED_DRUGS, SEIZED_FIREARMS, SEIZED_MONEY

_CURRENCY_PREFIX = re.compile(
    r"(?:(?<![\w$])(?P<code>Rs\.?|₹|\$US|\$AU|\$A|\$NZ|\$C|\$HK|\$S|US\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|R\$|S\$|₩|\$|€|£|₽|₴|₸|EUR|USD|GBP|RUB|CHF|UAH|PLN|CZK|SEK|NOK|DKK"
    r"|CAD|AUD|KZT|BYN|HUF|RON|BGN|TRY|ILS|INR|JPY|CNY|BRL|MXN|ZAR|SGD|HKD|NZD|KRW|COP|GEL|AMD|AZN|UZS|KGS|MDL|RSD|ISK|AED)\s?)$"
)
_PREFIX_CODES = {"$US": "USD", "$AU": "AUD", "$A": "AUD", "$NZ": "NZD", "$C": "CAD", "$HK": "HKD", "$S": "SGD", "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH", "₸": "KZT",
                 "CA$": "CAD", "C$": "CAD", "AU$": "AUD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "R$": "BRL", "S$": "SGD", "₩": "KRW",
                 "Rs": "INR", "Rs.": "INR", "₹": "INR"}
# Cryptocurrency units: a seizure counted in coins is ``seized_crypto`` in the unit as stated,
# not money (money needs an ISO 4217 code); "bitcoin worth $3m" stays money.
CRYPTO_UNITS = frozenset({"BTC", "XMR", "ETH", "USDT"})
SEIZED_CRYPTO = "seized_crypto"
_CURRENCY_SUFFIX: tuple[tuple[re.Pattern[str], str | None], ...] = tuple(  # None: a crypto unit, no currency
    # («полмиллиона наличных рублей»: the cash adjective between the figure and the currency)
    (re.compile(r"^\s*(?:наличн(?:ых|ыми)\s+)?(?:" + p + r")(?![\w])", re.IGNORECASE), code)
    for p, code in (
        # Other dollars first, so "канадских долларов" / "Canadian dollars" is not USD.
        (r"канадск\w+\s+доллар\w*|Canadian\s+dollars?|CAD", "CAD"),
        (r"австралийск\w+\s+доллар\w*|Australian\s+dollars?|AUD", "AUD"),
        (r"(?:американских\s+)?доллар(?:ов|а|ы)?(?:\s+США)?|долл\.(?:\s+США)?|(?:US\s+|U\.S\.\s+|American\s+)?dollars?|USD|\$", "USD"),
        (r"евро|euros?|EUR|€", "EUR"),
        (r"фунт(?:ов|а)?\s+стерлинг(?:ов|а)?|(?:British\s+)?pounds?\s+sterling|GBP|£", "GBP"),
        (r"белорусск\w+\s+рубл\w*|Belarusian\s+r[ou]+bles?|BYN", "BYN"),
        (r"рубл(?:ей|я|ь)|руб\.|roubles?|rubles?|RUB|₽", "RUB"),
        (r"(?:швейцарск\w+\s+)?франк(?:ов|а|и)?|(?:Swiss\s+)?francs?|CHF", "CHF"),
        (r"гривен|гривн[аыяюе]?|гривень|грн\.?|hryvnias?|hryvnyas?|UAH|₴", "UAH"),
        (r"тенге|tenge|KZT|₸", "KZT"),
        # the currencies of Central Asia, the Caucasus and Moldova, as releases there write them
        (r"сомони|somoni|(?-i:TJS)", "TJS"),
        (r"(?:кыргызск\w+\s+|киргизск\w+\s+)?сом(?:ов|а|ы)?|Kyrgyz\s+soms?|(?-i:KGS)", "KGS"),
        (r"(?:узбекск\w+\s+)?сум(?:ов|а)?|Uzbek\s+sums?|(?:Uzbek\s+)?soums?|(?-i:UZS)", "UZS"),
        (r"драм(?:ов|а|ы)?|Armenian\s+drams?|(?-i:AMD)", "AMD"),
        (r"лари|(?:Georgian\s+)?laris?|(?-i:GEL)", "GEL"),
        (r"туркменск\w+\s+манат\w*|Turkmen\s+manats?|(?-i:TMT)", "TMT"),
        (r"(?:азербайджанск\w+\s+)?манат(?:ов|а|ы)?|(?:Azerbaijani\s+)?manats?|(?-i:AZN)", "AZN"),
        (r"румынск\w+\s+ле(?:й|я|ев|и)|Romanian\s+lei|(?-i:RON)", "RON"),
        (r"(?:молдавск\w+\s+)?ле(?:й|я|ев|и)|Moldovan\s+lei|(?-i:MDL)", "MDL"),
        (r"(?:бразильск\w+\s+)?реал(?:ов|а|ы)?|(?:Brazilian\s+)?reais|(?:Brazilian\s+)?reals?|BRL", "BRL"),
        (r"(?:южнокорейск\w+\s+)?вон|(?:South\s+)?Korean\s+won|won(?=\s*(?:[.,;)]|$|in\b|\())|KRW|₩", "KRW"),
        (r"колумбийск\w+\s+песо|Colombian\s+pesos?|COP", "COP"),
        (r"мексиканск\w+\s+песо|Mexican\s+pesos?|MXN", "MXN"),
        (r"злот(?:ых|ый|ого|ые)|zlot(?:y|ys|ies)|złot(?:y|ych)|PLN", "PLN"),
        # "1.2 million koruna", "Czech crowns", "Kč": the Czech currency as English copy and Czech releases write it
        (r"чешск\w+\s+крон\w*|(?:Czech\s+)?korun(?:a|y)?|Czech\s+crowns?|CZK|Kč", "CZK"),
        (r"шведск\w+\s+крон\w*|Swedish\s+kron(?:a|or)|SEK", "SEK"),
        (r"норвежск\w+\s+крон\w*|Norwegian\s+kron(?:e|er)|NOK", "NOK"),
        (r"датск\w+\s+крон\w*|Danish\s+kron(?:e|er)|DKK", "DKK"),
        (r"форинт\w*|forints?|HUF", "HUF"),
        # Central Asian and Caucasus currencies in Kyrgyz, Uzbek, Tajik, Georgian, Armenian, Azerbaijani copy
        (r"(?:узбекск\w+\s+)?сум(?:ов|а|ы)?|(?:Uzbek\s+)?soums?|(?-i:UZS)", "UZS"),
        (r"сомони|somoni|(?-i:TJS)", "TJS"),
        (r"(?:кыргызск\w+\s+|киргизск\w+\s+)?сом(?:ов|а|ы)?|(?:Kyrgyz\s+)?soms?|(?-i:KGS)", "KGS"),
        (r"лари|laris?|(?-i:GEL)", "GEL"),
        (r"(?:армянск\w+\s+)?драм(?:ов|а|ы)?|drams?|(?-i:AMD)", "AMD"),
        (r"(?:азербайджанск\w+\s+)?манат(?:ов|а|ы)?|manats?|(?-i:AZN)", "AZN"),
        (r"молдавск\w+\s+ле(?:й|я|ев|и)|(?:Moldovan\s+)?lei|(?-i:MDL)", "MDL"),
        (r"биткоин(?:ов|а)?|bitcoins?|BTC", "BTC"),
        (r"монеро|Monero|XMR", "XMR"),
        (r"ETH|USDT", None),
    )
)
_GLUED = r"|(?-i:%s)(?=[a-z]{3,})"
_WEIGHTS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(r"^\s*(?:(?:" + p + r")(?![\w])" + glued + ")", re.IGNORECASE), factor)
    for p, factor, glued in (
        # «120-килограммовую партию»: the weight as a compound adjective
        # «76 килограммовых брикетов»: so many one-kilogram bricks
        (r"кг|килограмм(?:ов|ами|ом|а|ы)?|-\s?килограммов(?:ая|ую|ой|ый|ого|ом|ые|ых|ым|ыми)"
         r"|(?<=\s)килограммов(?:ых|ые)(?=\s+(?:брикет|пакет|упаковк|сверт|мешк|блок|плит|слитк))|kg|kgs|kilos?|kilograms?|kilogrammes?", 1.0,
         # "234 kilogramspoison": a plural unit word glued to the next word (a link's text lost its space)
         _GLUED % "kilogram(?:me)?s"),
        (r"-\s?тонн(?:ая|ую|ой|ый|ого|ом|ые|ых|ым|ыми)|тонн(?:ами|ой|ы|а|у|е)?|т\.?(?=\s)|tonnes?|metric\s+tons?|tons?", 1000.0, _GLUED % "tonnes"),
        (r"грамм(?:ов|ами|ом|а|ы)?|граммов|гр\.?(?![\w])|г(?=\s+[а-яё«\"„(])|grams?|grammes?|g(?=\s+of\b)", 0.001, _GLUED % "gram(?:me)?s"),
        (r"(?:pounds?|lbs?\.?)(?!\s+sterling)", 0.45359237, ""),
        (r"ounces?|oz|унци[йяи]", 0.028349523125, ""),
    )
)
# What the weight is of, up to the next list item ("1,2 т мефедрона и 400 кг прекурсоров"): not drugs.
_NOT_DRUGS = re.compile(
    r"^(?:(?!\s(?:и|and|или|or|а\s+также|as\s+well\s+as|plus)\s)[^.;,]){0,30}?"
    r"(?:прекурсор|precursor|chemical|химикат|химическ|кислот|реагент|реактив|reagent|золот|gold|серебр|silver|tobacco|табак|cigarett|сигарет"
    r"|сырь(?:я|е|ём|ем)\b|raw\s+materials?|ингредиент|ingredient|компонент(?:ов|а|ы)?\b|components?\b"  # «21,5 тонн сырья маковой соломы»: what drugs are made from
    # "170 kg of explosives", "40 tons of shark fins", "2 tonnes of ivory": other contraband weighed, not drugs
    r"|explosive|взрывчат|\bfins\b|ivory|tusks|pangolin|scales|wildlife|timber|charcoal|petrol|diesel|\bfuel|ammunition|боеприпас"
    r"|\bacids?\b"
    # "12 kilograms of buffing agents", "5 kg of cutting agent": what pills are pressed or drugs cut with
    r"|buffing\s+agents?|cutting\s+agents?|\bbinders?\b|\bfillers?\b|bulking\s+agents?)"
    # "834 one gram packages of shatter", "two 5kg bags": the weight sizes each container, it is no haul
    r"|^\s*(?:packages|packets|bags|baggies|bars|vials|bricks|blocks|wraps|bundles|pouches)\b"
    # "480 tonnes of narcotics and chemical precursors": a weight of drugs and chemicals together is no drugs figure
    r"|^\s*of\s+(?:illicit\s+|illegal\s+)?(?:drugs|narcotics)\s+and\s+(?:precursor|chemical)",
    re.IGNORECASE,
)
_RU_ADJ = r"[а-яё]+(?:ого|его|ых|их|ой|ей|ие|ые|ая|яя|ий|ый|ое)"
_FIREARMS = re.compile(
    # "1 x firearm", "2 × rifles": a police list's count-by sign
    r"^\s*(?:[x×]\s+)?(?:(?:единиц[аыу]?|ед\.|шт\.?|штук)\s+)?(?:(?:" + _RU_ADJ + r"|или|и|assault|automatic|semi-automatic|illegal|illicit|stolen|loaded"
    # "eight more guns", "a 9-mm semi-automatic handgun", "a .22-calibre rifle": what else and what calibre
    r"|more|additional|further|\d{1,2}(?:\.\d+)?\s?-?mm|\.\d{2,3}(?:-?(?:calibre|caliber))?|\d{2,3}-?(?:calibre|caliber)"
    r"|hand|small|sawn-off|other|and|or|unlicensed|unregistered|prohibited|military|hunting|(?-i:[A-Z][a-z]+)"
    r"|[\"«“„][^\"»”“]{2,20}[\"»”])\s+){0,4}"  # 2 "Makarov" pistols: a make in quotes
    r"(?:оружи[яе]|ствол(?:ов|а|ы)?|пистолет\w*|револьвер\w*|винтов\w*|автомат(?:ов|а|ы)?|ружь\w*|ружей|карабин\w*|обрез(?:а|ов|ы)?|пул[её]м[её]т\w*"
    r"|firearms?|guns?|weapons?|pistols?|handguns?|rifles?|shotguns?|revolvers?|carbines?"
    r"|units\s+of\s+(?:weapons?|firearms?|guns?))(?![\w])"  # "30 units of weapons"
    r"(?!\s+(?:parts?|components?|accessories|ammunition|cartridges|magazines|rounds)\b)",  # "6 000 firearm parts": not firearms
    re.IGNORECASE,
)
_MELEE = re.compile(r"холодн|травматич|пневмат|air\s|replica|toy", re.IGNORECASE)
_PEOPLE = re.compile(
    # "two of the operation's admins", "two out of three administrators", "two of the highest-selling suppliers"
    r"^\s*(?:(?:of\s+(?:the|these|those|all\s+the|its|their|his|her)|out\s+of\s+(?:the\s+)?[\w-]+)\s+(?:[\w-]+['’]s\s+)?)?"
    r"(?:(?:" + _RU_ADJ + r"|ещё|еще|его|её|ее|их|alleged|suspected|other|more|additional|key|senior|high-level|high-ranking|foreign"
    r"|further|main|major|top|young|local|teenage|elderly|[a-z]{3,}est(?<!west)|leading|prolific|drug|darknet|individual|dark\s+web|[a-z]+-(?:selling|level|ranking|volume|value|profile|scale)"
    r"|organi[sz]ed|crime|gang|cartel|syndicate|mafia|cult"  # "100 organized crime members", "75 cult members"
    r"|group|network|ring|cell|criminal|ransomware|cybercrime|fraud|scam|hacking|money"  # "27 group members", "two money launderers"
    r"|(?-i:[A-Z][\w-]+)|(?-i:[A-Z]\.(?:[A-Z]\.)+))\s+){0,2}"
    r"(?:человек(?:а|ом|у)?|людей|лиц[ао]?|подозреваем\w*|задержанн\w*|продав\w*|администратор\w*|админ\w*|курьер\w*|модератор\w*"
    r"|участник\w*|член\w*|граждан\w*|мужчин\w*|женщин\w*|наркоторговц\w*|наркодилер\w*|дилер\w*|распространител\w*"
    r"|закладчик\w*|сбытчик\w*|наркосбытчик\w*|наркокурьер\w*|лидер\w*|перевозчик\w*|гровер\w*|оптовик\w*|кладмен\w*|сообщник\w*|соучастник\w*|подельник\w*|помощник\w*|иностран(?:ц\w*|ок|к[аи])|хакер\w*|hackers?|организатор\w*|владел\w*|оператор\w*|поставщик\w*|фигурант\w*|обвиняем\w*"
    # «семь сотрудников нелегального интернет-магазина»: the shop's staff, not police officers
    # («шесть сотрудников одного из крупных подпольных магазинов» too)
    r"|сотрудник\w*(?=\s+(?:одного\s+из\s+)?(?:[а-яё]+(?:ого|его|ых|их)\s+){0,2}(?:интернет-магазин|магазин|площадк|наркошоп|группировк|преступн|сет[иь]))"
    r"|suppliers?|distributors?|smugglers?|ringleaders?|organi[sz]ers?|masterminds?|accomplices?"
    r"|suspects?|people|persons?|individuals|individual(?!\s+[a-z])|vendors?|sellers?|administrators?|admins?|moderators?|members?"
    r"|couriers?|men|women|man|woman|males?|females?|dealers?|peddlers?|traffickers?|operators?|defendants?|citizens?|nationals?|offenders?"
    r"|(?:cyber-?)?criminals?(?!\s+(?:groups?|networks?|organi[sz]ations?|gangs?|cells?|rings?|clans?))|fraudsters?|scammers?"
    r"|packers?|growers?|chemists?|launderers?|mules|runners?|recruiters?|pushers?|" + TRADE_ROLE_EN + r"s?|" + TRADE_ROLE_RU + r"\w*"
    r"|residents|students|teenagers|youths|brothers|sisters|relatives|associates|accomplices|employees|workers)(?![\w])"
    # "30 vendor accounts", "12 seller profiles": a people noun naming the kind of a thing counted
    r"(?!\s+(?:accounts?|profiles?|shops?|stores?|listings?|pages?|sites?|websites?|wallets?|handles?|usernames?|aliases)\b)",
    re.IGNORECASE,
)
# A count of groups after an arrest verb: «две группы наркоторговцев», «три банды», "two gangs" (not "gang members")
_GROUP_NOUN = re.compile(r"^\s*(?:[а-яё]+(?:ые|ых|ие|их)\s+)?(?:групп[аыу]?|банд[аыу]?|ОПГ|группировк[аиу]|группировок|сообществ[ао]?"
                         r"|ячейк[аи]|ячеек|картел(?:я|ей|и)|(?:criminal\s+|drug\s+)?(?:gangs?|groups?|rings?|cells?|networks?|cartels?|syndicates?))"
                         r"(?![\w-])(?!\s+(?:members?|leaders?|bosses|associates))", re.IGNORECASE)
# "23 of the arrests": the noun may follow "of the".
_ARREST_NOUN = re.compile(
    r"^\s*(?:[\w.]+-based\s+)?(?:(?:of\s+(?:the|these|those|all\s+the)\s+)?(?:arrests?|detentions?)|(?:of\s+those\s+)?(?:arrested|detained|charged(?!\s+(?:in|with|by)\b))|арест(?:ов|а|ы|у|ам|ами|ом|ах)?|задержани(?:[йяеюи]|ям|ями|ях))(?![\w])",
    re.IGNORECASE,
)
_ARREST_VERB_BEFORE = re.compile(
    # "led to the arrest of six key targets": the arrest noun's "of" takes the count as a verb's object would
    r"(?<!\bу\s)(?<!\bпри\s)(?<!\bот\s)(?:(?:arrests?|detention)\s+of|arrest\w*|detain\w*|задерж\w*|арестова\w*|" + RU_ACTIVE + r")"
    # «задержаны с поличным семь сотрудников»: «с поличным» between the verb and its count
    r"\s+(?:с\s+поличным\s+)?(?:(?:ещё|еще|также|also|another|a\s+further|further)\s+)?$",
    re.IGNORECASE,
)
_TOOK_BEFORE = re.compile(r"(?<![\w-])" + RU_TOOK + r"\s+(?:ещё\s+|еще\s+)?$", re.IGNORECASE)
# "cuffed three more", "rounded up 11 buyers" — but "busted 3 labs", "picked up 12 parcels" count things
_SLANG_VERB_BEFORE = re.compile(r"\b" + SLANG_ACTIVE + r"\s+(?:(?:another|a\s+further|further)\s+)?$", re.IGNORECASE)
_NO_OTHER_NOUN = re.compile(r"^\s*(?:$|[^\w\s]|(?:more|others?|in|at|on|from|across|and|each|during|after|as|while|near|when|over|for|amid|following)\b)",
                            re.IGNORECASE)
# A headline's count and participle with no auxiliary: "12 held", "14 busted in pill ring raids", "7 collared"
_HEADLINE_HELD = re.compile(r"^\s+(?:held|arrested|detained|" + SLANG_PASSIVE + r")\b", re.IGNORECASE)
# "searches targeting a moderator and six vendors", "measures against 12 suspects": people aimed at, not held
_TARGETED_BEFORE = re.compile(r"\b(?:targeting|targetting|targeted|aimed\s+at|(?:measures|actions?|steps)\s+(?:were\s+)?(?:taken\s+)?against)"
                              r"\s+(?:(?:an?|one)\s+[\w-]+\s+(?:and|,)\s+)?$", re.IGNORECASE)
# "cases" counting the arrests a sentence speaks of ("most arrests were in Canada, 57 cases")
_CASES = re.compile(r"^\s*cases?(?![\w])", re.IGNORECASE)
_ARRESTS_BEFORE = re.compile(r"\b(?:arrests|задержани[йя])\b[^.;:!?]*$", re.IGNORECASE)
_OTHER_COUNT = re.compile(
    r"^\s*(?:стран\w*|countr\w*|континент\w*|continents?|лет|год\w*|years?|months?|месяц\w*|дн(?:ей|я)|days?|hours?"
    r"|час\w*|weeks?|недел\w*|сервер\w*|servers?|%|процент\w*|percent|per\s*cent|раз|times|operations?|операци\w*"
    r"|доменов|domains?|сайт\w*|sites?|websites?|покупател\w*|buyers?|users?|пользовател\w*|customers?|клиент\w*"
    r"|offers?|listings?|предложени\w*|обыск\w*|searches|raids?)(?![\w])",
    re.IGNORECASE,
)
_DETAINED_DID = re.compile(r"^\s*(?:из\s+)?(?:задержанн|арестованн)ых\s+(?!был|стал|задерж|арест|оказал)[а-яё]+(?:ли|лись)\b", re.IGNORECASE)
# «38-летний мужчина», «двое 20-летних», «5-летнего»: an age, not a count of people.
_AGE = re.compile(r"^\s*-?\s*(?:летн\w*|лет(?:ний|няя|него|нему|ним|них)|годовал\w*|месячн\w*)(?![\w])", re.IGNORECASE)
# "Five Singaporeans aged 17 to 21 arrested", "aged between 22 and 28", "ranging in age from 30 to 46": ages, no count
_AGED_BEFORE = re.compile(r"(?:\baged|\bages|\bin\s+age|\bthe\s+ages\s+of)\s+(?:(?:between|from)\s+)?(?:\d{1,2}\s*(?:,|to|and|-|–|—)\s*)*$",
                          re.IGNORECASE)
_CUSTOMERS = re.compile(r"^\s*(?:покупател\w*|buyers?|customers?|клиент\w*|clients?)(?![\w])", re.IGNORECASE)
_PASSIVE_ARREST_AFTER = re.compile(
    r"^\s*(?:(?:were|have\s+been|had\s+been|are\s+being|were\s+later|have\s+since\s+been)\s+(?:also\s+)?"
    r"(?:" + ARRESTED_EN + r"|" + SLANG_PASSIVE + r"\b)|(?:были\s+)?(?:задержан[ыо]|арестован[ыо])\b|(?:задержали|арестовали)\b)",
    re.IGNORECASE,
)
# "one of the suspects arrested in …", "one of the men detained": the arrest is a participle after the noun, the
# clause's own verb says something else about that person
_REDUCED_RELATIVE = re.compile(r"\s+(?:arrested|detained|apprehended|held|taken\s+into\s+custody)\b(?!\s+(?:was|were)\b)", re.IGNORECASE)
# A short noun phrase between a count and its passive arrest verb ("six "high-value" targets", "two truck drivers")
# ("13 others were detained in …": the rest, read as before by the bare-count rules)
_NOUN_THEN_ARRESTED = re.compile(r"(?!\s+(?:others?|more)\b)(?:\s+[\"“”'‘’]?[a-z][\w-]*[\"“”'‘’]?){1,3}(?=\s+(?:were|have\s+been|had\s+been|are\s+being)\s)",
                                 re.IGNORECASE)
# A label and a colon before the figure ("Arrests: 270", "Firearms seized: 117", "Оружие: 6 единиц"):
# the label names what is counted.
_LABEL = re.compile(
    r"(?:^|[\n|\t])\s*(?:[-–—•*·]\s*)?(?P<label>[^:\n|\t.!?]{2,50}?)\s*(?::|\||\t)\s*"
    r"(?:" + HEDGE + r"\s+)?$",
    re.IGNORECASE,
)
# "Firearms seized: 19 (including 4 automatic rifles)": a bracket after the figure still ends the item
_LABEL_TAIL = re.compile(r"^\s*(?:(?:единиц[аыу]?|шт\.?|штук[аи]?|items|units|pieces|pcs\.?)\s*)?(?:\([^()\n]{1,60}\)\s*)?(?:[.;,)]\s*)?$",
                         re.IGNORECASE)
_LABEL_ARRESTS = re.compile(
    r"^(?!.*(?:warrant|ордер|search|обыск|raid|house|properti|рейд))(?:[\w-]+\s+){0,3}?"
    r"(?:arrests?|arrested|detained|detentions?|apprehended|задержан\w*|арестован\w*|задержани\w*|арест(?:ов|ы)?)"
    r"(?:\s+[\w()-]+){0,2}$",
    re.IGNORECASE,
)
_LABEL_FIREARMS = re.compile(
    r"^(?!.*(?:холодн|травмат|пневмат|air|replica|toy|ammunition|патрон|боеприпас))(?:[\w-]+\s+){0,2}?"
    r"(?:firearms?|guns?|weapons?|pistols?|handguns?|оружи\w*|стволов|пистолет\w*)(?:\s+[\w()-]+){0,2}$",
    re.IGNORECASE,
)
# "огнестрельного оружия в количестве 14 единиц": the noun is before the figure.
_FIREARMS_BEFORE = re.compile(
    r"(?:оружи[яе]|пистолет\w*|револьвер\w*|винтов\w*|автомат\w*|ружей|карабин\w*)\s+(?:\w+\s+){0,2}?"
    r"в\s+количестве\s+$",
    re.IGNORECASE,
)
_SUBSET = re.compile(r"(?:в\s+том\s+числе|including|among\s+them|(?:which|who|that)\s+(?:also\s+)?includ(?:es?|ed)|включая|среди\s+них|of\s+whom|из\s+которых"
                     r"|among(?:st)?\s+(?:these|those|the)\s+(?:arrests|arrested|detained|suspects)\s*,"  # "Amongst these arrests, 12 were …"
                     # "40 people were detained. Of them, 11 were arrested …", «Из них 11 арестованы»: a share, fronted
                     r"|^\W*(?:of\s+(?:them|these|those)|из\s+(?:них|этого\s+числа))\s*,?"
                     r"|среди\s+(?:задержанных|арестованных|подозреваемых)\s*[–—:-]?|among\s+(?:those\s+)?(?:arrested|detained)"
                     r"(?:\s+(?:were|are))?"
                     # «…, четверо из которых — граждане Ирана и трое гражданами Ирака»: the next kind of the split
                     r"|(?<![\w-])(?:из\s+которых|из\s+них|of\s+whom|of\s+them)\s[^.;:()\d]{0,60}?(?:,\s*|\s)(?:и|а|and|while)"
                     r")\s+$", re.IGNORECASE)


# «среди задержанных двое граждан Украины и трое россиян», "among those arrested were two Germans and three Britons":
# every count of the list after "among the detained" is one of them, not only the first
# "11 suspects, including two students and four men from Goa": every item of the list is some of them
# "the results of Operation Tidewrack, which included 288 arrests": what an operation or its results included is the
# whole count, not a part of a count named before
_WHOLE_INCLUDES = re.compile(
    r"\b(?:results?|outcomes?|operations?|actions?|sweeps?|crackdowns?|investigations?|campaigns?|raids?|phases?|efforts?"
    r"|(?-i:Operation)\s+[\w-]+)\s*,?\s+(?:which|that)\s+(?:also\s+)?includ(?:es?|ed)\s+$", re.IGNORECASE)
_INCLUDING_LIST = re.compile(r"\bincluding\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+[^.;:\d]{1,40}?(?:\s+and|,)\s+$",
                             re.IGNORECASE)
_AMONG_LIST = re.compile(r"(?:среди\s+(?:задержанных|арестованных|подозреваемых)|among\s+(?:those\s+|the\s+)?(?:arrested|detained|suspects)"
                         r"(?:\s+(?:were|are))?)\s*[–—:-]?\s+[^.;:\d]{1,60}?(?:\s(?:и|and)|,)\s+$", re.IGNORECASE)

# "Among those arrested were two Germans …": the first item of such a list is some of the arrested too
AMONG_HEAD = re.compile(r"\bamong\s+(?:those\s+|the\s+)?(?:arrested|detained|suspects|people\s+(?:arrested|detained))\s+(?:were|are)\s+"
                        r"(?:[^.;:\d]{1,60}?(?:\s+and|,)\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure read as a metric; offsets relative to the sentence."""

    metric: str
    value: float
    unit: str | None  # None: a count with no unit of its own
    start: int
    end: int
    qualifier: str
    detail: str | None = None
    bare: bool = False  # a number with no noun: an arrest only when a country is attached
    subset: bool = False  # "including two ...": part of a figure already given


_BOOKED = re.compile(r"\bbooked\s+(?:a\s+total\s+of\s+|as\s+many\s+as\s+|over\s+|more\s+than\s+|some\s+)?$", re.IGNORECASE)
# A lakh or crore with no currency in a sentence that writes rupees: rupees, unless a noun it counts follows
_INDIAN_SCALE = re.compile(r"\b(?:lakhs?|lacs?|crores?)\s*$", re.IGNORECASE)
_RUPEES = re.compile(r"\bRs\.?|₹|\bINR\b|\brupees?\b", re.IGNORECASE)
_MONEY_STANDS = re.compile(r"^\s*(?:[,.;)]|$|(?:were|was|had|have|has|and|deposited|lying|kept|held|frozen|seized|recovered|"
                           r"in\s+(?:bank|cash|accounts?|the\s+bank)))", re.IGNORECASE)


def read_quantity(sentence: str, fig: Figure) -> Quantity | None:
    """The quantity ``fig`` states in ``sentence``, or None when it counts nothing we keep."""
    if _BOOKED.search(sentence[:fig.start]):
        return None  # "booked a total of 320 persons": Indian copy's word for charged, no arrest
    if fig.lone:  # «задержан 32-летний житель»: one person (or the roles listed), the nouns are the wording
        return Quantity(ARRESTS, int(fig.value), "people", fig.start, fig.end, "exact")
    before, after = sentence[:fig.start], sentence[fig.end:]
    start, end = fig.start, fig.end
    prefix = _CURRENCY_PREFIX.search(before)
    metric = unit = detail = None
    value = fig.value
    if prefix:
        metric, unit = SEIZED_MONEY, _PREFIX_CODES.get(prefix.group("code"), prefix.group("code"))
        start = prefix.start()
    else:
        for pattern, code in _CURRENCY_SUFFIX:
            m = pattern.match(after)
            if m:
                metric, unit, end = SEIZED_MONEY, code or m.group().strip().upper(), fig.end + m.end()
                # "around 1.4 EUR million": the scale word after the currency code
                scale = None if fig.scaled else re.match(r"\s*(million|mln|billion|bn)\b", after[m.end():], re.IGNORECASE)
                if scale:
                    value = round(fig.value * (1e9 if scale.group(1).lower() in ("billion", "bn") else 1e6), 6)
                    end += scale.end()
                break
    if metric is None and _INDIAN_SCALE.search(fig.text) and _RUPEES.search(sentence) and _MONEY_STANDS.match(after):
        metric, unit = SEIZED_MONEY, "INR"  # "Rs 4.65 lakh in cash and 20 lakhs deposited in bank accounts"
    if metric is None:
        for pattern, factor in _WEIGHTS:
            m = pattern.match(after)
            if m:
                if _NOT_DRUGS.match(after[m.end():]):
                    return None
                metric, unit, value, end = SEIZED_DRUGS, "kg", fig.value * factor, fig.end + m.end()
                detail = _wording(sentence, start, end, after[m.end():])
                break
    if metric is None and (_FIREARMS_BEFORE.search(before) and _LABEL_TAIL.match(after)):
        metric, unit = SEIZED_FIREARMS, "items"
        m = re.match(r"^\s*(?:единиц[аыу]?|шт\.?|штук[аи]?)", after, re.IGNORECASE)
        end = fig.end + (m.end() if m else 0)
    label = _LABEL.search(before) if metric is None and _LABEL_TAIL.match(after) else None
    if label:
        name = label.group("label").strip()
        if _LABEL_ARRESTS.match(name):
            metric, unit = ARRESTS, "people"
        elif _LABEL_FIREARMS.match(name):
            metric, unit = SEIZED_FIREARMS, "items"
            m = re.match(r"^\s*(?:единиц[аыу]?|шт\.?|штук[аи]?|items|units|pieces)", after, re.IGNORECASE)
            end = fig.end + (m.end() if m else 0)
    if metric is None:
        m = _FIREARMS.match(after)
        if m and not _MELEE.search(m.group()):
            metric, unit, end = SEIZED_FIREARMS, "items", fig.end + m.end()
    # "arrested two buyers", "задержали трёх покупателей": the arrest verb says these are people held
    customers = _CUSTOMERS.match(after)
    if metric is None and customers and (_ARREST_VERB_BEFORE.search(before) or _SLANG_VERB_BEFORE.search(before)
                                         or _PASSIVE_ARREST_AFTER.match(after[customers.end():])):  # "three buyers were also apprehended"
        metric, unit, end = ARRESTS, "people", fig.end + customers.end()
    cases = _CASES.match(after)
    if metric is None and cases and _ARRESTS_BEFORE.search(before):
        # "Most of the arrests happened in Canada with 57 cases, then 19 cases in Ireland"
        metric, unit, end = ARRESTS, "people", fig.end + cases.end()
    if metric is None and (_OTHER_COUNT.match(after) or _AGE.match(after) or _AGED_BEFORE.search(before)
                           or _TARGETED_BEFORE.search(before)):
        return None
    bare = partitive = False
    if metric is None:
        people = _PEOPLE.match(after)
        m = people or _ARREST_NOUN.match(after)
        nationality = None if m else nationality_after(after)
        if nationality is not None:  # "42 Germans", "37 Britons", «шестеро немцев»
            metric, unit, end = ARRESTS, "people", fig.end + nationality[1]
        elif m:
            metric, unit, end = ARRESTS, "people", fig.end + m.end()
            # "seven of the suspects": part of a figure given elsewhere ("23 of the arrests" is a share)
            # ("two of his accomplices": whose they are, a count of its own, not a share of another figure)
            partitive = bool(people and re.match(r"^\s*of\s(?!\s*(?:his|her)\s)", m.group(), re.IGNORECASE))
            # «двое задержанных отвечали за доставку»: what some of the detained did, a part of their count
            partitive = partitive or bool(_DETAINED_DID.match(after))
            if partitive and value == 1 and _REDUCED_RELATIVE.match(after, m.end()):
                return None  # "One of the suspects arrested in Dubai was described as …": a person of a count, described
        elif _GROUP_NOUN.match(after):
            return None  # «задержаны две группы наркоторговцев», "police dismantled three gangs": groups, not people
        elif _ARREST_VERB_BEFORE.search(before) or (_TOOK_BEFORE.search(before) and re.fullmatch(RU_COLLECTIVE, fig.text, re.IGNORECASE)):
            metric, unit = ARRESTS, "people"  # "police arrest four", «взяли четверых»
            if re.search(r"\bof\s+$", before) and fig.in_words is False and not fig.scaled and 1900 <= value <= 2099:
                return None  # "since the arrest of 2019": a year
        elif _SLANG_VERB_BEFORE.search(before) and _NO_OTHER_NOUN.match(after):
            metric, unit = ARRESTS, "people"  # "police cuff seven", "officers nabbed three more in Leeds"
        elif _PASSIVE_ARREST_AFTER.match(after):
            metric, unit = ARRESTS, "people"  # "the four were arrested", "пятеро были задержаны"
        elif (noun := _NOUN_THEN_ARRESTED.match(after)) is not None and _PASSIVE_ARREST_AFTER.match(after[noun.end():]):
            # "six "high-value" targets were arrested", "two truck drivers were detained": whatever the noun, the
            # passive arrest after it says these are people held
            metric, unit, end = ARRESTS, "people", fig.end + noun.end()
        elif _HEADLINE_HELD.match(after):
            metric, unit = ARRESTS, "people"  # "Darknet drug ring busted, 12 held"
        elif re.match(r"^\s*[a-zа-яё]", after) and not _ARREST_VERB_BEFORE.search(before) and not re.match(r"^\s*(?:из\s+них|of\s+them|in|at|в|во|на|on|from|across|were|was|были|было|и|and|each|took\s+place"
                                      r"|taking\s+place|occurred|happened|others?\s+were|more\s+were|пришл\w*|приходится)\b", after, re.IGNORECASE):
            return None  # counts some other noun
        else:
            metric, unit, bare = ARRESTS, "people", True
    if metric == SEIZED_MONEY:
        detail = _money_detail(sentence, start, end)
        if unit in CRYPTO_UNITS:
            metric = SEIZED_CRYPTO
    if metric in (SEIZED_MONEY, SEIZED_CRYPTO, SEIZED_DRUGS) and (count := container_count(sentence, start, end)):
        value = value * count  # "two boxes with £1,500 cash in each": the content times the containers
    if fig.in_words is False and not fig.scaled and 1900 <= value <= 2099 and bare:
        return None  # a year
    qualifier = qualifier_before(sentence[:start]) or ("approximate" if fig.approximate else "exact")
    if fig.text.endswith("+"):
        qualifier = "at_least"  # "180+ firearms"
    if metric == SEIZED_DRUGS and detail is None:
        detail = sentence[start:end]
    value = int(value) if float(value).is_integer() else round(value, 6)
    subset = partitive or (bool(_SUBSET.search(before)) and not _WHOLE_INCLUDES.search(before)) or (metric == ARRESTS and bool(
        _AMONG_LIST.search(before) or AMONG_HEAD.search(before) or _INCLUDING_LIST.search(before)))
    return Quantity(metric, value, unit, start, end, qualifier, detail, bare, subset)


def _wording(sentence: str, start: int, end: int, rest: str) -> str:
    """The figure and the noun after it: ``850 килограммов наркотиков``, ``640 kg of drugs``."""
    m = re.match(r"^\s+(?:of\s+)?[\w-]+", rest)
    return sentence[start:end + (m.end() if m else 0)]


def _money_detail(sentence: str, start: int, end: int) -> str | None:
    """What form the money took: ``наличными и цифровыми валютами``, ``in cryptocurrency``."""
    m = re.match(r"^\s+((?:in|наличными|в|в\s+виде)\s[^,.;]{2,60})", sentence[end:])
    if m and re.search(r"cash|crypto|virtual|currenc|bitcoin|monero|налич|крипто|валют|биткоин", m.group(1), re.IGNORECASE):
        return m.group(1).strip()
    m = re.search(r"([\w-]+)\s+(?:на\s+сумму|worth|valued\s+at)\s+$", sentence[:start], re.IGNORECASE)
    return m.group(1) if m else None
