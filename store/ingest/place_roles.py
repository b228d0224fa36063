"""What a place word modifies: whether a country named in a sentence is where police acted.

A name or city after "from"/«из», a currency («долларов США»), a citizenship («граждане Польши»), a
venue where officials met or an agency sits, a market's seat, where goods were sent or buyers live,
a wire dateline opening the sentence: such a mention is an origin, not a place of the operation.  An
adjective counts only before an agency noun (``AGENCY``).  :mod:`store.ingest.places` finds the
mentions and asks :func:`qualify` what each one is.
"""

from __future__ import annotations

import re

from store.ingest.capital_city import is_capital_word
from store.ingest.customer_places import BUYERS_AFTER
from store.ingest.lexicon import MONTHS_GEN
from store.ingest.place_names import latin_index, name_key, ru_adjective
from store.ingest.reach import in_reach_clause
from store.ingest.routes import GOODS_SENT_TO, crossing_end, is_direction
from store.ingest.whereabouts import suspects_whereabouts

AGENCY = re.compile(
    r"^(?:police|polizei|politie|policja|authorities|authority|officers?|officials?|investigators?"
    r"|prosecutors?|prosecution|agents?|agenc(?:y|ies)|law|enforcement|customs|government|ministry"
    r"|courts?|detectives?|cops|forces?|gendarmerie|guard|guardia|carabinieri|colleagues|counterparts|partners"
    r"|phase|leg"  # "21 people were detained in the Portuguese phase of the inquiry"
    r"|custody"  # "three defendants, currently in German custody": held by that country's police
    r"|полиц\w*|полицейск\w*|власт\w*|правоохранител\w*|правоохранительн\w*|следовател\w*|следств\w*"
    r"|прокурат\w*|прокурор\w*|спецслужб\w*|таможн\w*|силовик\w*|ведомств\w*|агент\w*|оперативник\w*"
    r"|сотрудник\w*|служб\w*|министерств\w*|суд(?!н)\w*|жандарм\w*|гвард\w*|коллег\w*|органы|органов|органами"
    r"|таможенник\w*|пограничник\w*|милиц\w*|милиционер\w*|наркополицейск\w*|чекист\w*"
    # «британское Управление по борьбе с преступностью», «литовское бюро криминальной полиции»
    r"|управлени[еяюи]\w*|бюро|департамент\w*"
    # "the Thai Narcotics Suppression Bureau", "Finnish National Bureau of Investigation", "the Federal Security Service"
    r"|bureaus?|bureaux|directorates?|squads?|constabulary|inspectorates?|service|services|units?|command)$",
    re.IGNORECASE,
)
_MODIFIER = re.compile(
    r"^(?:and|or|the|national|federal|state|local|criminal|regional|judicial|military|tax|border|drug"
    r"|и|или|а|также|национальн\w*|федеральн\w*|региональн\w*|местн\w*|уголовн\w*|криминальн\w*"
    r"|таможенн\w*|налогов\w*|гражданск\w*|civil|правоохранительн\w*|антинаркотическ\w*|пограничн\w*)$",
    re.IGNORECASE,
)
_MARKET_NOUN = re.compile(
    r"^(?:markets?|marketplaces?|sites?|forums?|shops?|platforms?|рын\w*|площадк\w*|магазин\w*|маркет\w*"
    r"|даркнет-\w+|сайт\w*|форум\w*|платформ\w*|darknet|dark|largest|biggest|крупнейш\w*)$",
    re.IGNORECASE,
)
_FROM = {"from", "из", "изо"}
_NEIGHBOURING = re.compile(r"^(?:neighbou?ring|соседн\w*)$", re.IGNORECASE)
# "purchased from drug traffickers in Kyrgyzstan", "received it from dealers based in the Netherlands": where the
# sellers of the goods are, not where the police acted
_SELLERS_IN = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,3}?(?:traffickers|dealers|suppliers|sellers|smugglers|couriers|accomplices|vendors"
                         r"|wholesalers|producers|manufacturers)\s+(?:based\s+|operating\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
_RESIDENT_OF = re.compile(r"\b(?:residents?|natives?|inhabitants?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "after the 44-day war with Armenia": a party to a war, named as history in a border story
_ADVERSARY = re.compile(r"\b(?:war|wars|conflict|hostilities|occupation)\s+(?:with|against|by)\s+(?:the\s+)?$", re.IGNORECASE)
_STATE_STYLE = re.compile(r"^(?:республик|королевств|княжеств|эмират|republic|kingdom)\w*$", re.IGNORECASE)
_THOSE = {"those", "ones", "representatives", "teams", "delegations", "units", "factions", "те", "представители"}

_CITIZEN_AFTER = re.compile(r"^\s+(?:citizens?|nationals?|native|passport\s+holders?)\b", re.IGNORECASE)
# "the Northern District of Georgia", "the state of Georgia": a US state, not the country.
_US_STATE = re.compile(r"\b(?:District|state|State|Attorney\s+for\s+the\s+\w+\s+District)\s+of\s+$")

# "landed in The Hague", "the EU police agency, which sits in The Hague", «собрались в
# Гааге»: where officials met or an agency sits, not where the operation acted.
_VENUE = re.compile(
    r"(?:\bflew\s+(?:in)?to|\bflown\s+(?:in)?to|\btravell?ed\s+to|\bmet\s+in|\bgathered\s+in|\bconvened\s+in"
    r"|\b(?:is|are|was|were)\s+based\s+in|\b(?:agency|office|body|organi[sz]ation|police|court|company|firm|business|exchange|provider|service|bank|startup|vendor\s+of\s+[\w\s]+?),?\s+(?:based|headquartered|registered)\s+in|(?<=[A-Za-z]),\s+(?:which\s+(?:is\s+|was\s+|will\s+be\s+|would\s+be\s+|is\s+to\s+be\s+)?)?(?:based|headquartered)\s+in|\b(?:registered|incorporated|domiciled)\s+in|\bheadquartered\s+in|\bheadquarters\s+in|\bseated\s+in"
    # "announced by the bureau in Manila", "said on Tuesday in Berlin": where it was announced, not where police acted
    r"|\b(?:announced|said|declared|told\s+(?:reporters|journalists))\s+(?:on\s+\w+\s+)?in"
    r"|\b(?:announced|disclosed|revealed|reported)\s+by\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and)\s+)?){1,6}in"
    r"|со\s+штаб-квартир\w+\s+в|штаб-квартир\w+\s+(?:которо\w+\s+)?(?:находится\s+|расположена\s+)?в"
    r"|(?:собрал|съехал|прилетел|встретил)\w*\s+(?:\w+\s+)?в)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "The Hague, " right before a country name: the city that name locates
_CITY_COMMA = re.compile(r"(?:(?-i:The)\s+)?(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2},\s+(?:the\s+)?$")
# "121 of the vendors were based in the United States": where people counted were, not an agency's seat.
_PEOPLE_BASED = re.compile(r"\b(?:vendors?|sellers?|suspects?|people|persons|individuals|dealers|traffickers|buyers|users"
                           r"|administrators|moderators|members|of\s+them|of\s+whom)\s+(?:(?:were|are|was|is)\s+)?(?:based|located)\s+in\s+(?:the\s+)?$",
                           re.IGNORECASE)
# "two men operating out of", "a vendor who worked out of": people (not a site) working from a place
_PEOPLE_OUT_OF = re.compile(r"\b(?:people|persons|individuals|men|women|suspects|members|vendors?|sellers?|dealers?|traffickers?|couriers?"
                            r"|man|woman|suspect|brothers|couple)\b[^.;:!?\d]{0,30}?\b(?:operating|operated|working|worked|based)\s+out\s+of\s+(?:the\s+)?$",
                            re.IGNORECASE)
# the same clause goes on to their arrest, with no place of its own: "…, were also arrested."
_ARRESTED_AFTER = re.compile(r"[^.;:!?]{0,60}?\b(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?(?:arrested|detained|apprehended|taken\s+into\s+custody)"
                             r"(?!\s+(?:in|at)\s)", re.IGNORECASE)
# "since the invasion of Ukraine", "Russia's war in", «после вторжения в Украину»: a background event dates the story,
# its countries are no place of the operation
_EVENT_OF = re.compile(r"(?:\b(?:invasion|annexation|occupation|war|invaded|annexed|occupied)\s+(?:of|in|on|against)|\b(?:invaded|annexed)"
                       r"|(?<![\w-])(?:вторжени|войн|оккупаци)\w*\s+(?:в|во|на|против)|(?<![\w-])(?:вторжени|нападени)\w*)\s+(?:the\s+)?$", re.IGNORECASE)
_EVENT_AFTER = re.compile(r"['’]s\s+(?:full-scale\s+|ongoing\s+|brutal\s+)?(?:invasion|annexation|occupation|war)\b"
                          r"|\s+(?:invaded|annexed)\b", re.IGNORECASE)
# "Russia's founder of the exchange", "China's owner of the shop": a person's nationality, not where anything happened
_ROLE_AFTER = re.compile(r"['’]s\s+(?:[^\W\d]+\s+){0,2}?(?:co-?founder|founder|owner|creator|developer|operator|administrator"
                         r"|ringleader|mastermind)s?\b", re.IGNORECASE)
# "Deputy Attorney General Lisa Monaco said": a title, a given name, then a surname that is also a
# country's name — a person.
_TITLE_WORD = re.compile(
    r"^(?:[a-z]+-)?(?:General|Director|Minister|Secretary|Commissioner|Chief|President|Deputy|Attorney|Mr|Mrs|Ms|Dr|Prof|Senator"
    r"|Judge|Inspector|Superintendent|Commander|Ambassador|Spokesman|Spokeswoman|Spokesperson|Agent|Detective)$", re.IGNORECASE)

# "18 – граждане Польши", "гражданин Нидерландов", "citizens of Poland": whose passport, not where.
CITIZEN = re.compile(
    # «уроженец Западной Украины»: a part of the country named by its compass point is the same origin
    # («граждан Республики Перу»: the state's style before its name)
    r"(?:\b(?:граждан\w*|урожен(?:е)?ц\w*|уроженк\w*|подданн\w*|выход(?:е)?ц\w*)(?:\s+(?:из|изо))?(?:\s+(?:западн|восточн|северн|южн|центральн)\w*)?"
    r"(?:\s+(?:(?:Федеративн|Исламск|Объедин[её]нн|Соедин[её]нн)\w*\s+)?(?:Республик|Королевств|Государств|Княжеств|Эмират)\w*)?"
    r"|\b(?:citizens?|nationals?|natives?)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a resident of the People's Republic of China", "permanent residents of the Republic of Korea": where a person lives,
# not where police acted (a country's name only: "a resident of Leeds was arrested" still places the arrest)
_RESIDENT_OF = re.compile(r"\b(?:residents?|inhabitants?|domiciled\s+in|residing\s+in|living\s+in)\s+(?:of\s+)?(?:the\s+)?"
                          r"(?:(?:People['’]s|Democratic|Federal|Islamic|Socialist|United|Arab|Hashemite|Plurinational|Bolivarian)\s+){0,3}"
                          r"(?:(?:Republic|Kingdom|State|Emirates?|Federation|Principality|Sultanate|Commonwealth)\s+of\s+(?:the\s+)?)?$",
                          re.IGNORECASE)
# "a Hong Kong cryptocurrency exchange", "a Seychelles company", "the Panama-registered firm": a business's seat or
# registration is no place where police acted
_BUSINESS_AFTER = re.compile(
    r"(?:-(?:based|registered|incorporated|headquartered|domiciled)\b)?\s+(?:(?!(?:and|or|the|police|authorities|officers)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:exchanges?|compan(?:y|ies)|firms?|banks?|corporations?|business(?:es)?|entit(?:y|ies)|start-?ups?|registrars?"
    r"|subsidiar(?:y|ies)|shell\s+compan(?:y|ies)|holding|conglomerates?|LLC|Ltd|Inc|GmbH|S\.?A\.?)\b")


# «участники из числа жителей Таджикистана»: a country people live in is
# their origin, as a citizenship is (a city's residents, «жителей Новосибирска», stay where they were held).
_RESIDENTS_OF = re.compile(r"\bжител(?:ей|и|ь|я|ям|ями|ю|ем|ьниц\w*)\s+$", re.IGNORECASE)


# "The detained come from Canada (40)", "most suspects (130) come from the United States": people counted
# by where they are from — a breakdown of the arrested, not an origin of goods.
PEOPLE_FROM = re.compile(
    r"\b(?:suspects|detainees|detained|arrested|arrestees|those\s+(?:arrested|detained)|задержанн\w*|подозреваем\w*)\b"
    r"[^.;:!?]{0,30}?(?:\bcome|\bcame|\bhail(?:ed)?|\boriginate[sd]?|\bare\s+(?:originally\s+)?|\bwere\s+(?:originally\s+)?)\s+from\b"
    # "the arrests of 140 people, 90 in Canada, besides individuals from Malta, Chile and Peru": more of the arrested
    r"|\barrests?\b[^;:!?]{0,120}?\b(?:besides|plus|as\s+well\s+as|along\s+with|and)\s+(?:other\s+|more\s+)?"
    r"(?:individuals|people|persons|suspects|others)\s+from\b",
    re.IGNORECASE)


# A wire dateline opening the sentence: "FRANKFURT, March 12 (Reuters) -", "The Hague, 4 June –",
# "МОСКВА, 12 марта –".  It says where the report was filed, not where anything happened.
_DATELINE_CAPS = re.compile(r"\s*(?:,[^–—\-\n]{0,30})?\s*(?:\([^)\n]{1,30}\)\s*)?[–—-]\s*(?!\d)")
_DATELINE_DATED = re.compile(r"(?:\s+(?:[A-Z]{2}|D\.C\.))?\s*,[^–—\-\n]{0,30}?\d[^–—\-\n]{0,20}?(?:\([^)\n]{1,30}\)\.?\s*)?[–—-]\s*(?!\d)")
# "The Hague - A multi-continental crackdown…", "The Hague: A multi-…": a city, a dash or colon and a
# new capitalised sentence — the place the story was filed from.
_DATELINE_CITY = re.compile(r"\s*(?:[–—-]|:)\s+(?=[A-ZА-ЯЁ](?:[a-zа-яё]|\s))")


# Interfax: «Москва. 27 сентября. INTERFAX.RU - …» (the city and the date stand as sentences of their own)
_DATELINE_DOTTED = re.compile(r"\.\s+\d{1,2}\s+" + MONTHS_GEN + r"\.",
                              re.IGNORECASE)


# "NAIROBI, Kenya – In a sweeping …": an unknown city in capitals, then the country, then a dash.
_CAPS_CITY_DATELINE = re.compile(r"^\s*[A-ZА-ЯЁ]{3,}(?:[\s-][A-ZА-ЯЁ]{2,})*,\s*[^\x00,]{2,30}\x00\s*(?:\([^)\n]{1,30}\)\s*)?[–—-]\s")


def opens_with_dateline(text: str, start: int, end: int, kind: str) -> bool:
    """The mention at ``start:end`` (a name, city or adjective) opens ``text`` as a dateline: where the
    report was filed, not where anything happened."""
    return _is_dateline(text, start, end, kind) or bool(_CAPS_CITY_DATELINE.match(text[:end] + "\x00" + text[end:]))


# "(PRESS RELEASE) THE HAGUE, 28-Jan-2025 —": a release's bracketed tag in capitals before the dateline
_TAG_BEFORE = re.compile(r"\s*\((?-i:[A-Z][A-Z .-]{1,30})\)\s*")
# "The Hague, 27 January 2025" on a line of its own: the place and date a release was issued
_DATED_LINE = re.compile(r"\s*,\s*(?:\d{1,2}(?:st|nd|rd|th)?[\s-]+[A-Za-z]+\.?[\s-]+(?:19|20)\d\d|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\s*$")


def _is_dateline(text: str, start: int, end: int, kind: str) -> bool:
    if (text[:start].strip() and not _TAG_BEFORE.fullmatch(text[:start])) or kind == "adj":
        return False
    if kind == "city" and _DATED_LINE.match(text, end):
        return True
    name = text[start:end]
    caps = name.isupper() and len(name) > 2 and kind == "city"
    return bool((caps and _DATELINE_CAPS.match(text, end)) or _DATELINE_DATED.match(text, end)
                or (kind == "city" and (_DATELINE_CITY.match(text, end) or _DATELINE_DOTTED.match(text, end))))



def qualify(text: str, tokens: list[tuple[int, int, str]], i: int, j: int, kind: str) -> tuple[bool, bool, bool]:
    """What the mention of tokens ``i:j`` modifies: (an agency noun follows, it is an origin, it is a
    route's end read from Russian grammar) — the flags of a :class:`store.ingest.places.Mention`."""
    start, end = tokens[i][0], tokens[j - 1][1]
    agency = False
    k = j
    while k < len(tokens) and k < j + 5:
        word = tokens[k][2]
        is_adj = bool(ru_adjective(word)) or latin_index()[0].get(name_key(word), ("", ""))[1] == "adj"
        gap = text[tokens[k - 1][1]:tokens[k][0]]
        # "LYON, France – An INTERPOL police …"; "has its roots in the Netherlands, detectives said": the agency
        # after a comma is who speaks, not the country's own police
        if re.search(r"[.;:!?()–—]|\s-\s", gap) or ("," in gap and not is_adj):
            break
        if AGENCY.match(word):
            agency = True
            break
        if not (_MODIFIER.match(word) or is_adj or word[0].isupper() and word.isascii()):
            break
        k += 1
    origin = direction = False
    if kind != "adj" and not agency:
        before = [t[2].lower() for t in tokens[max(0, i - 5):i]]
        if before and _NEIGHBOURING.match(before[-1]):  # "from the neighboring Iran", «из соседнего Таджикистана»
            before.pop()
        if before and before[-1] == "the":  # "shipped from the Netherlands"
            before.pop()
        if before and _STATE_STYLE.match(before[-1]):  # «на судне из Республики Панама»: the style before the name
            before.pop()
        # "agencies from Bulgaria", "agencies taking part included those from Bulgaria, …": actors, not an origin
        those = len(before) >= 2 and before[-2] in _THOSE and any(AGENCY.match(t[2]) for t in tokens[:i])
        # ("selling drugs from the capital": the story's own capital is where they were, not where goods came from)
        if before and before[-1] in _FROM and not any(AGENCY.match(w) for w in before[:-1]) and not those \
                and not is_capital_word(text[tokens[i][0]:tokens[j - 1][1]]):
            origin = True
        # ("three men working out of Tucson were held as well": where arrested people worked is where they were
        # held, unless the sentence places the arrest elsewhere)
        people_out_of = before[-2:] == ["out", "of"] and bool(_PEOPLE_OUT_OF.search(text[:start])) \
            and bool(_ARRESTED_AFTER.match(text, end))
        if (before[-2:] == ["out", "of"] and not people_out_of) or (len(before) >= 2 and before[-1] in ("территории", "стороны") and before[-2] in ("из", "изо", "с", "со")):
            origin = True  # "the site operates out of Russia", «ввоз с территории Эстонии», «со стороны Ирана»: where goods came from
        if len(before) >= 2 and before[-1] in ("в", "in", "of", "во") and _MARKET_NOUN.match(before[-2]):
            origin = True
        if (re.search(r"(?:доллар\w*|долл\.)\s*$", text[:start]) or re.match(r"(?i)\s*(?:dollars?|\$)", text[end:])
                or text[start - 1:start] == "$"  # "$US31.6 million"
                or re.search(r"\$\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn))?\s+$", text[:start])):  # "$68,000 US in bitcoin"
            origin = True  # "долларов США", "US dollars": a currency, not a place
        if _CITIZEN_AFTER.match(text[end:]) or _US_STATE.search(text[:start]):
            origin = True  # "a 33-year-old U.S. citizen"; "Northern District of Georgia" (a US state)
        if kind == "name" and (_RESIDENT_OF.search(text[:start]) or _BUSINESS_AFTER.match(text, end)):
            origin = True  # "a resident of the People's Republic of China", "a Hong Kong cryptocurrency exchange"
        if CITIZEN.search(text[:start]):
            origin = True  # "граждане Польши", "a citizen of Ukraine": a nationality, not a place
        if kind == "name" and _RESIDENTS_OF.search(text[:start]):
            origin = True  # «из числа жителей России, Таджикистана и Узбекистана»: where members live, as a passport
        if _VENUE.search(text[:start]) and not _PEOPLE_BASED.search(text[:start]):
            origin = True
        # "from its headquarters in The Hague, Netherlands": the country that locates a venue city is the venue too
        seat_city = _CITY_COMMA.search(text[:start])
        if seat_city and _VENUE.search(text[:seat_city.start()]) and not _PEOPLE_BASED.search(text[:seat_city.start()]):
            origin = True
        if (i >= 2 and _TITLE_WORD.match(tokens[i - 2][2]) and re.fullmatch(r"[A-Z][a-z]+", tokens[i - 1][2])
                and text[tokens[i - 1][1]:start] == " "):
            origin = True  # a person's surname
        direction = kind == "name" and is_direction(before, tokens[i][2], [t[2].lower() for t in tokens[j:j + 2]])
        # "sent parcels to Spain", «перевозились в Грузию», "sold to buyers across the US": where goods went, not where
        # police acted («в Россию»; but «в Минске», a locative ending, is where the courier was)
        locative = re.search(r"(?:^|\s)(?:в|во)\s+$", text[:start]) and re.search(r"[а-яё](?:е|и|ах|ях)$", text[start:end], re.IGNORECASE)
        if (GOODS_SENT_TO.search(text[:start]) and not locative) or direction or in_reach_clause(text[:start]):
            origin = True
        if crossing_end(text[:start]):
            origin = True  # "crossed the border from the Islamic Republic of Iran", «на границе Таджикистана и Афганистана»
        if i >= 1 and re.fullmatch(r"[A-ZА-ЯЁ]", tokens[i - 1][2]) and text[tokens[i - 1][1]:start] == ". ":
            origin = True  # «Лиза О. Монако»: an initial stands before a surname, not a place
        if suspects_whereabouts(text, start):
            origin = True  # «кураторы … находились на территории Украины»: where the ring was run from, its seat, where a suspect lived
        after = text[end:end + 40]
        if _EVENT_OF.search(text[:start]) or _EVENT_AFTER.match(after) or _ROLE_AFTER.match(after):
            origin = True
        if re.match(r"['’]s\b", after) and any(_MARKET_NOUN.match(t[2]) for t in tokens[j:j + 4]):
            origin = True
        if BUYERS_AFTER.match(text, end):
            origin = True  # "sold chiefly to US and Australian customers": where the buyers live
        if _RESIDENT_OF.search(text[:start]) and re.match(r"['’]s?\s", text[end:end + 3]):
            origin = True  # "a 28-year-old resident of Tajikistan's Tursunzoda district": where a person lives, like a passport
        if _SELLERS_IN.search(text[:start]) or _ADVERSARY.search(text[:start]):
            origin = True  # "bought from drug traffickers in Kyrgyzstan": the sellers' country; "the war with Armenia"
    return agency, origin, direction

