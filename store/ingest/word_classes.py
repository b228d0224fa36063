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
