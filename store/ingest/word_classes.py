"""Classes of words many patterns list: each class once, in English and Russian.

A pattern that lists a class by example ("about|nearly|около") knows only the synonyms its author met,
so a word one module reads is missing in the next.  The classes here are regex fragments (non-capturing
groups, no surrounding spaces) for patterns to splice in, so a synonym added here works everywhere the
class is read.  Russian words are stems or forms that tolerate their endings.
"""

from __future__ import annotations

# A hedge or bound before a quantity: "about 40", "more than 12", «около 3 кг», «не менее 20».  Not «до» nor
# "under", which are also plain prepositions before a number («до 2020 года», "under 18").
HEDGE = (
    r"(?:more\s+than|well\s+over|just\s+over|over|at\s+least|in\s+excess\s+of|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than"
    r"|nearly|almost|just\s+under|close\s+to|up\s+to|less\s+than|fewer\s+than|no\s+more\s+than"
    r"|approximately|approx\.|about|around|roughly|some|an\s+estimated|circa"
    r"|более\s+чем|более|свыше|больше|не\s+менее|по\s+меньшей\s+мере|как\s+минимум|почти|не\s+более|менее|меньше"
    r"|около|порядка|примерно|приблизительно|ориентировочно|без\s+малого|чуть\s+(?:более|менее|больше|меньше))"
)

# A verb (or its noun) of carrying or sending goods: "shipped", "mailing", "transported", "couriered".
CARRY_EN = (
    r"(?:sen[dt]|sends|sending|ship(?:s|ped|ping)?|mail(?:s|ed|ing)?|posted|posting|deliver(?:s|ed|ing)?"
    r"|smuggl(?:e|es|ed|ing)|traffick(?:s|ed|ing)?|export(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|transport(?:s|ed|ing)?"
    r"|courier(?:s|ed|ing)?|ferr(?:y|ies|ied|ying))"
)
# The stems of the Russian verbs and nouns of carrying or sending, any ending after them: «отправить»,
# «переслать», «перевозкой», «провезти», «ввоз», «доставлял», «транспортировки», «контрабанды».
# («постав» only before л/к/ок: «поставил» is also "put".)
CARRY_RU = (
    r"(?:отправ|переправ|пересыл|пересла|постав(?:л|к|ок)|достав|перевоз|перевез|провоз|провез|ввоз|ввез|вывоз|вывез"
    r"|завоз|завез|экспортир|транспортир|контрабанд)"
)

# A person's role in the drug trade, singular (a reader adds "s?" for plurals): "a courier", "the smuggler",
# "12 mules", "its packer and its middleman".
TRADE_ROLE_EN = (
    r"(?:dealer|trafficker|courier|vendor|seller|supplier|distributor|smuggler|pusher|peddler|runner|packer|grower"
    r"|chemist|launderer|recruiter|ringleader|mastermind|accomplice|middle(?:man|men)|kingpin|wholesaler|reseller|mule)"
)
# The same roles in Russian, masculine nouns in the nominative singular (the accusative adds «а»): «курьер»,
# «фасовщик», «оптовик»; a reader of any case form reads them as stems with an ending after.
TRADE_ROLES_RU = ("курьер", "наркокурьер", "закладчик", "сбытчик", "наркодилер", "дилер", "распространитель", "оптовик",
                  "фасовщик", "перевозчик", "поставщик", "кладмен", "варщик", "перекупщик", "химик", "сообщник", "подельник",
                  "соучастник", "организатор")
# Their stems, any case or number after: «наркокурьеров», «фасовщика», «закладчицу», «наркоторговцев».
TRADE_ROLE_RU = "(?:" + "|".join(sorted({r.removesuffix("ь") for r in TRADE_ROLES_RU} | {"закладчиц", "наркоторгов"}, key=len, reverse=True)) + ")"

# The past tense of an arrest verb, active or passive: "police arrested two", "two were apprehended".
ARREST_PAST_EN = r"(?:arrested|detained|apprehended|captured)"
# The participle of an arrest, with the phrases that only stand in the passive: "was taken into custody",
# "were placed under arrest".
ARRESTED_EN = r"(?:arrested|detained|apprehended|captured|taken\s+into\s+custody|placed\s+under\s+arrest)"

# The stems of a seizure verb, any form after them: «изъяли», «конфисковано», «извлекли из тайника», "seized",
# "confiscating", "impounded", "intercepted".
SEIZE_STEM = (r"(?:изъя|изым|конфиск|нашли|найден|обнаруж|замороз|заморож|извлек|извлеч"
              r"|seiz|confiscat|recover|found|froze|frozen|freezing|intercept|impound)")  # "the freezing of 61 bank accounts"
# The participle of a seizure right after what was taken: "30 kg seized", "€2m impounded in Calais".
SEIZED_EN = r"(?:seized|confiscated|recovered|found|intercepted|impounded|discovered|uncovered)"
