"""Countries named in a sentence: by name, by a city, or by an adjective before an agency.

A mention says *how* the country is named, because that decides what it means: a name or a
city is a place (``в Литве``, ``in Sweden``, ``задержаны в Хельсинки``) or an actor
(``Германия выключила серверы``); an adjective counts only before an agency noun
(``немецкие власти``, ``Irish police``), never before a market (``российского даркнет-рынка``).
Names after "from"/"из" without an agency, or describing a market, are an origin, not a place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from store.countries import all_countries
from store.ingest import gazetteer
from store.ingest.article_context import georgia_is_state, named_countries, russian_release
from store.ingest.capital_city import capital_country, is_capital_word
from store.ingest.directions import is_direction
from store.ingest.irish_republic import republic_end
from store.ingest.reach import in_reach_clause
from store.ingest.regions import first_level_region
from store.ingest.uk_forces import uk_force_area
from store.ingest.whereabouts import suspects_whereabouts
from store.text import fold

# Cities police releases name as places of arrests or searches, by country.
CITIES: dict[str, tuple[str, ...]] = {
    "FI": ("Helsinki", "Хельсинки", "Espoo", "Tampere", "Turku",
           "Oulu", "Оулу", "Vantaa", "Вантаа", "Эспоо", "Тампере", "Турку"),
    "SE": ("Stockholm", "Стокгольм", "Gothenburg", "Гётеборг", "Malmö", "Мальмё",
           "Uppsala", "Уппсала"),
    "NO": ("Oslo", "Осло", "Bergen",
           "Берген", "Trondheim", "Тронхейм"),
    "DK": ("Copenhagen", "Копенгаген",
           "Aarhus", "Орхус", "Odense"),
    "EE": ("Tallinn", "Таллин", "Таллинн", "Tartu", "Тарту"),
    "LV": ("Riga", "Рига",
           "Daugavpils", "Даугавпилс"),
    "LT": ("Vilnius", "Вильнюс", "Kaunas", "Каунас",
           "Klaipeda", "Klaipėda", "Клайпеда"),
    "PL": ("Warsaw", "Варшава", "Krakow", "Kraków", "Краков", "Gdansk", "Gdańsk", "Гданьск", "Wroclaw", "Вроцлав",
           "Łódź", "Lodz", "Лодзь", "Poznan", "Poznań", "Познань", "Katowice", "Катовице", "Szczecin", "Щецин"),
    "CZ": ("Prague", "Прага", "Brno", "Брно",
           "Ostrava", "Острава"),
    "SK": ("Bratislava", "Братислава"),
    "AT": ("Vienna", "Вена", "Graz", "Salzburg",
           "Грац", "Зальцбург", "Linz", "Линц", "Innsbruck", "Инсбрук"),
    "DE": ("Berlin", "Берлин", "Hamburg", "Гамбург", "Munich", "Мюнхен", "Frankfurt", "Франкфурт",
           "Cologne", "Кёльн", "Кельн", "Wiesbaden", "Висбаден", "Düsseldorf", "Дюссельдорф", "Stuttgart", "Штутгарт",
           "Leipzig", "Лейпциг", "Dresden", "Дрезден", "Hanover", "Hannover", "Ганновер", "Bremen", "Бремен", "Nuremberg", "Nürnberg", "Нюрнберг", "Karlsruhe", "Карлсруэ", "Essen", "Dortmund", "Дортмунд", "Bonn", "Бонн", "Mannheim", "Мангейм", "Koblenz", "Кобленц", "Bielefeld", "Osnabrück", "Оснабрюк"),
    "NL": ("Amsterdam", "Амстердам", "Rotterdam", "Роттердам", "The Hague", "Гаага", "Utrecht", "Утрехт",
           "Eindhoven", "Эйндховен", "Groningen", "Гронинген", "Den Haag", "Arnhem", "Арнем"),
    "BE": ("Brussels", "Брюссель", "Antwerp", "Антверпен",
           "Ghent", "Гент", "Liège", "Liege", "Льеж", "Charleroi", "Шарлеруа"),
    "FR": ("Paris", "Париж", "Marseille", "Марсель", "Lyon", "Лион",
           "Toulouse", "Тулуза", "Lille", "Лилль", "Bordeaux", "Бордо", "Strasbourg", "Страсбург", "Nantes", "Нант"),
    "ES": ("Madrid", "Мадрид", "Barcelona", "Барселона", "Valencia", "Malaga", "Málaga",
           "Валенсия", "Малага", "Seville", "Sevilla", "Севилья", "Bilbao", "Бильбао", "Alicante", "Аликанте"),
    "PT": ("Lisbon", "Лиссабон", "Porto",
           "Порту", "Faro"),
    "IT": ("Rome", "Рим", "Milan", "Милан", "Naples", "Неаполь", "Turin", "Турин",
           "Florence", "Флоренция", "Bologna", "Болонья", "Genoa", "Генуя", "Palermo", "Палермо", "Venice", "Венеция"),
    "CH": ("Zurich", "Zürich", "Цюрих", "Geneva", "Женева", "Bern", "Берн", "Basel", "Базель",
           "Lausanne", "Лозанна", "Lugano", "Лугано"),
    "GB": ("London", "Лондон", "Manchester", "Манчестер", "Birmingham", "Бирмингем", "Glasgow", "Edinburgh", "Liverpool",
           "Cardiff", "Кардифф", "Belfast", "Белфаст", "Bristol", "Бристоль", "Leeds", "Лидс", "Sheffield", "Шеффилд", "Newcastle", "Ньюкасл", "Nottingham", "Ноттингем", "Глазго", "Эдинбург", "Ливерпуль"),
    "IE": ("Dublin", "Дублин", "Cork",
           "Limerick", "Galway"),
    "US": ("New York", "Нью-Йорк", "Los Angeles", "Лос-Анджелес", "Washington", "Вашингтон", "Chicago",
           "Чикаго", "Miami", "Майами", "San Francisco", "Сан-Франциско", "Seattle", "Boston", "Houston",
           "Philadelphia", "Филадельфия", "Atlanta", "Атланта", "Dallas", "Даллас", "Denver", "Денвер", "Detroit", "Детройт", "Pittsburgh", "Питтсбург", "Baltimore", "Балтимор", "San Diego", "Сан-Диего", "Las Vegas", "Лас-Вегас", "Сиэтл", "Бостон", "Хьюстон", "Sacramento", "Сакраменто", "Minneapolis", "Миннеаполис"),
    "CA": ("Toronto", "Торонто", "Montreal", "Монреаль", "Vancouver", "Ванкувер", "Ottawa", "Оттава",
           "Calgary", "Калгари", "Edmonton", "Эдмонтон", "Winnipeg", "Виннипег", "Quebec City", "Квебек"),
    "BR": ("São Paulo", "Sao Paulo", "Сан-Паулу", "Rio de Janeiro", "Рио-де-Жанейро", "Brasília", "Brasilia", "Бразилиа",
           "Porto Alegre", "Порту-Алегри", "Curitiba", "Куритиба", "Belo Horizonte", "Белу-Оризонти", "Recife", "Ресифи",
           "Fortaleza", "Форталеза", "Manaus", "Манаус", "Santos", "Сантус"),
    "AU": ("Sydney", "New South Wales", "NSW", "Сидней", "Melbourne", "Мельбурн", "Canberra", "Канберра",
           "Brisbane", "Брисбен", "Adelaide", "Аделаида", "Perth", "Перт"),
    "RU": ("Moscow", "Москва", "Saint Petersburg", "St Petersburg", "Санкт-Петербург", "Петербург",
           "Novosibirsk", "Новосибирск", "Yekaterinburg", "Ekaterinburg", "Екатеринбург", "Kazan", "Казань", "Nizhny Novgorod", "Нижний Новгород", "Krasnodar", "Краснодар", "Rostov-on-Don", "Ростов-на-Дону", "Samara", "Самара", "Chelyabinsk", "Челябинск", "Omsk", "Омск", "Ufa", "Уфа", "Perm", "Пермь", "Voronezh", "Воронеж", "Volgograd", "Волгоград", "Krasnoyarsk", "Красноярск", "Kaliningrad", "Калининград"),
    "UA": ("Kyiv", "Kiev", "Киев", "Kharkiv", "Харьков", "Odesa", "Odessa", "Одесса",
           "Lviv", "Lvov", "Львов", "Dnipro", "Днепр", "Zaporizhzhia", "Запорожье"),
    "BY": ("Minsk", "Минск",
           "Gomel", "Гомель", "Grodno", "Гродно"),
    "RO": ("Bucharest", "Бухарест",
           "Cluj-Napoca", "Клуж-Напока"),
    "BG": ("Sofia", "София",
           "Varna", "Варна"),
    "HU": ("Budapest", "Будапешт"),
    "GR": ("Athens", "Афины",
           "Thessaloniki", "Салоники"),
    "TR": ("Istanbul", "Стамбул", "Ankara", "Анкара",
           "Izmir", "Измир", "Antalya", "Анталья"),
    "IL": ("Tel Aviv", "Тель-Авив", "Jerusalem", "Иерусалим"),
    "AE": ("Dubai", "Дубай", "Abu Dhabi", "Абу-Даби"),
    "TH": ("Bangkok", "Бангкок",
           "Phuket", "Пхукет", "Pattaya", "Паттайя"),
    "SG": ("Singapore", "Сингапур"),
    "CO": ("Bogota", "Bogotá", "Богота", "Medellin", "Medellín", "Медельин", "Cali", "Кали", "Cartagena", "Картахена",
           "Barranquilla", "Барранкилья"),
    "MX": ("Mexico City", "Мехико",
           "Guadalajara", "Гвадалахара", "Tijuana", "Тихуана", "Cancun", "Cancún", "Канкун"),
    "NZ": ("Auckland", "Окленд"),
    "MD": ("Chisinau", "Chișinău", "Кишинёв", "Кишинев"),
    "KZ": ("Almaty", "Алматы", "Алма-Ата", "Astana", "Астана"),
    "GE": ("Tbilisi", "Тбилиси", "Batumi", "Батуми"),
    "AM": ("Yerevan", "Ереван"),
    "AZ": ("Baku", "Баку"),
    "UZ": ("Tashkent", "Ташкент"),
    "KG": ("Bishkek", "Бишкек"),
    "RS": ("Belgrade", "Белград"),
    "HR": ("Zagreb", "Загреб"),
    "SI": ("Ljubljana", "Любляна"),
    "CY": ("Nicosia", "Никосия", "Limassol", "Лимассол"),
    "CN": ("Beijing", "Пекин", "Shanghai", "Шанхай", "Shenzhen", "Шэньчжэнь", "Guangzhou", "Гуанчжоу"),
    "JP": ("Tokyo", "Токио", "Osaka", "Осака"),
    "KR": ("Seoul", "Сеул", "Busan", "Пусан", "Incheon", "Инчхон", "Daegu", "Тэгу"),
    "IN": ("Mumbai", "Мумбаи", "New Delhi", "Нью-Дели", "Delhi", "Дели", "Bengaluru", "Bangalore", "Бангалор"),
    "VN": ("Hanoi", "Ханой", "Ho Chi Minh City", "Хошимин"),
    "PH": ("Manila", "Манила"),
    "ID": ("Jakarta", "Джакарта", "Bali", "Бали"),
    "MY": ("Kuala Lumpur", "Куала-Лумпур"),
    "ZA": ("Johannesburg", "Йоханнесбург", "Cape Town", "Кейптаун"),
    "NG": ("Lagos", "Лагос", "Abuja", "Абуджа"),
    "EG": ("Cairo", "Каир"),
    "MA": ("Casablanca", "Касабланка", "Rabat", "Рабат"),
    "AR": ("Buenos Aires", "Буэнос-Айрес"),
    "EC": ("Quito", "Кито", "Guayaquil", "Гуаякиль"),
    "VE": ("Caracas", "Каракас"),
}

# Adjectives the country table lacks ("узбекские силовики", "Paraguayan police").
EXTRA_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "UZ": ("Uzbek", "Uzbekistani", "узбекск", "узбекистанск"), "KG": ("Kyrgyz", "Kirghiz", "кыргызск", "киргизск"),
    "TJ": ("Tajik", "таджикск"), "TM": ("Turkmen", "туркменск"), "PY": ("Paraguayan", "парагвайск"),
    "UY": ("Uruguayan", "уругвайск"), "VE": ("Venezuelan", "венесуэльск"), "EC": ("Ecuadorian", "эквадорск"),
    "BO": ("Bolivian", "боливийск"), "DO": ("Dominican", "доминиканск"), "PA": ("Panamanian", "панамск"),
    "CR": ("Costa Rican", "костарикански"), "AL": ("Albanian", "албанск"), "BA": ("Bosnian", "боснийск"),
    "ME": ("Montenegrin", "черногорск"), "MK": ("Macedonian", "македонск"), "XK": ("Kosovar", "косовск"),
    "IR": ("Iranian", "иранск"), "IQ": ("Iraqi", "иракск"), "AF": ("Afghan", "афганск"), "JO": ("Jordanian", "иорданск"),
    "LB": ("Lebanese", "ливанск"), "TW": ("Taiwanese", "тайваньск"), "DZ": ("Algerian", "алжирск"),
    "TN": ("Tunisian", "тунисск"), "CU": ("Cuban", "кубинск"), "JM": ("Jamaican", "ямайск"), "KE": ("Kenyan", "кенийск"),
}

# Country names in common use that the locale data spells otherwise (Киргизия, Молдова).
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "NZ": ("NZ",),  # "including NZ", "NZ Police": New Zealand copy's own short form
    "SX": ("St. Maarten", "Saint Maarten"),
    "MO": ("Macau",),
    "KG": ("Кыргызстан", "Киргизия", "Kyrgyzstan", "Kirgizia"),
    "MD": ("Молдова", "Молдавия", "Moldova"),
    "BY": ("Беларусь", "Белоруссия", "Belarus"),
    "CZ": ("Чехия", "Czechia"),
    "MK": ("Македония", "Macedonia"),
    "GB": ("Британия", "Великобритания", "Англия", "Шотландия", "Уэльс", "England", "Scotland", "Wales", "Britain", "Britannia"),
    "NL": ("Голландия", "Holland"),
    "CI": ("Кот-д'Ивуар", "Ivory Coast"),
    "TR": ("Турция", "Türkiye", "Turkey"),
}

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-zÀ-ÿА-Яа-яЁё]+(?:-[A-Za-zÀ-ÿА-Яа-яЁё]+)*")
_AGENCY = re.compile(
    r"^(?:police|polizei|politie|policja|authorities|authority|officers?|officials?|investigators?"
    r"|prosecutors?|prosecution|agents?|agenc(?:y|ies)|law|enforcement|customs|government|ministry"
    r"|courts?|detectives?|cops|forces?|gendarmerie|guard|guardia|carabinieri|colleagues|counterparts|partners"
    r"|phase|leg"  # "21 people were detained in the Portuguese phase of the inquiry"
    r"|полиц\w*|полицейск\w*|власт\w*|правоохранител\w*|правоохранительн\w*|следовател\w*|следств\w*"
    r"|прокурат\w*|прокурор\w*|спецслужб\w*|таможн\w*|силовик\w*|ведомств\w*|агент\w*|оперативник\w*"
    r"|сотрудник\w*|служб\w*|министерств\w*|суд\w*|жандарм\w*|гвард\w*|коллег\w*|органы|органов|органами"
    r"|таможенник\w*|пограничник\w*|милиц\w*|милиционер\w*|наркополицейск\w*|чекист\w*"
    # «британское Управление по борьбе с преступностью», «литовское бюро криминальной полиции»
    r"|управлени[еяюи]\w*|бюро|департамент\w*)$",
    re.IGNORECASE,
)
_MODIFIER = re.compile(
    r"^(?:and|or|the|national|federal|state|local|criminal|regional|judicial|military|tax|border|drug"
    r"|и|или|а|также|национальн\w*|федеральн\w*|региональн\w*|местн\w*|уголовн\w*|криминальн\w*"
    r"|таможенн\w*|налогов\w*|гражданск\w*|civil|правоохранительн\w*|антинаркотическ\w*|пограничн\w*)$",
    re.IGNORECASE,
)
_BUYERS_AFTER = re.compile(r"(?:\s*(?:,|and|or)\s*(?:the\s+)?(?-i:[A-Z])[\w.]*){0,3}\s+(?:customers|buyers|users|clients|consumers)\b",
                           re.IGNORECASE)
_MARKET_NOUN = re.compile(
    r"^(?:markets?|marketplaces?|sites?|forums?|shops?|platforms?|рын\w*|площадк\w*|магазин\w*|маркет\w*"
    r"|даркнет-\w+|сайт\w*|форум\w*|платформ\w*|darknet|dark|largest|biggest|крупнейш\w*)$",
    re.IGNORECASE,
)
_FROM = {"from", "из", "изо"}
_THOSE = {"those", "ones", "representatives", "teams", "delegations", "units", "factions", "те", "представители"}
_DESTINATION = re.compile(
    r"(?:\b(?:sent|sending|shipped|shipping|exported|posted|delivered|smuggled|trafficked|destined)\b[^.;:!?]{0,50}?\b(?:to|for)"
    # "parcels bound for the UK", "cocaine that passed through Sierra Leone": where goods went or transited
    r"|\btravell?(?:ing|ed|ers?|s)?\b[^.;:!?]{0,50}?\bto|"
    # "rerouted funds … to offshore companies in the UAE": where money was moved
    r"\b(?:rerouted|routed|transferred|moved|laundered|funnell?ed|wired)\b[^.;:!?]{0,50}?\bto(?:\s+[\w-]+){0,3}\s+in|\b(?:bound|headed|en\s+route)\s+(?:for|to)|\b(?:passed|passing|transited|transiting|moved)\s+through|\btransit\s+(?:via|through)"
    # «занимавшегося поставкой психотропов в Россию», «перевозившего в Россию»: where the goods went
    r"|(?:отправ|переправ|постав(?:л|к|ок)|достав|перевозивш|перевозил|экспортир|ввоз|вывоз|контрабанд|предназнача)\w*[^.;:!?]{0,50}?\s(?:в|во|для)"
    # «поставками … в отдельные регионы России»: the destination's regions, in the genitive
    r"(?:\s+(?:[а-яё]+\s+)?(?:регион|город|област|район|стран)\w*)?)"
    # "sent to an address in Medellin": the address is the destination's, so is its place
    r"(?:\s+(?:an?|the|one|two|several)\s+(?:[\w-]+\s+)?(?:address(?:es)?|homes?|flats?|houses?|recipients?)\s+in)?"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_CITIZEN_AFTER = re.compile(r"^\s+(?:citizens?|nationals?|native|passport\s+holders?)\b", re.IGNORECASE)
# "the Northern District of Georgia", "the state of Georgia": a US state, not the country.
_US_STATE = re.compile(r"\b(?:District|state|State|Attorney\s+for\s+the\s+\w+\s+District)\s+of\s+$")

# "flew into The Hague", "the European police office, which is based in The Hague", «собрались в
# Гааге»: where officials met or an agency sits, not where the operation acted.
_VENUE = re.compile(
    r"(?:\bflew\s+(?:in)?to|\bflown\s+(?:in)?to|\btravell?ed\s+to|\bmet\s+in|\bgathered\s+in|\bconvened\s+in"
    r"|\b(?:is|are|was|were)\s+based\s+in|\b(?:agency|office|body|organi[sz]ation|police|court),?\s+based\s+in|(?<=[A-Za-z]),\s+(?:which\s+is\s+)?(?:based|headquartered)\s+in|\bheadquartered\s+in|\bheadquarters\s+in|\bseated\s+in"
    r"|со\s+штаб-квартир\w+\s+в|штаб-квартир\w+\s+(?:которо\w+\s+)?(?:находится\s+|расположена\s+)?в"
    r"|(?:собрал|съехал|прилетел|встретил)\w*\s+(?:\w+\s+)?в)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "121 of the vendors were based in the United States": where people counted were, not an agency's seat.
_PEOPLE_BASED = re.compile(r"\b(?:vendors?|sellers?|suspects?|people|persons|individuals|dealers|traffickers|buyers|users"
                           r"|administrators|moderators|members|of\s+them|of\s+whom)\s+(?:(?:were|are|was|is)\s+)?(?:based|located)\s+in\s+(?:the\s+)?$",
                           re.IGNORECASE)
# "Deputy Attorney General Lisa Monaco said": a title, a given name, then a surname that is also a
# country's name — a person.
_TITLE_WORD = re.compile(
    r"^(?:[a-z]+-)?(?:General|Director|Minister|Secretary|Commissioner|Chief|President|Deputy|Attorney|Mr|Mrs|Ms|Dr|Prof|Senator"
    r"|Judge|Inspector|Superintendent|Commander|Ambassador|Spokesman|Spokeswoman|Spokesperson|Agent|Detective)$", re.IGNORECASE)

# "18 – граждане Польши", "гражданин Нидерландов", "citizens of Poland": whose passport, not where.
_CITIZEN = re.compile(
    # «уроженец Западной Украины»: a part of the country named by its compass point is the same origin
    r"(?:\b(?:граждан\w*|урожен(?:е)?ц\w*|уроженк\w*|подданн\w*|выход(?:е)?ц\w*)(?:\s+(?:из|изо))?(?:\s+(?:западн|восточн|северн|южн|центральн)\w*)?"
    r"|\b(?:citizens?|nationals?|natives?)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "The detained come from Canada (40)", "most suspects (130) come from the United States": people counted
# by where they are from — a breakdown of the arrested, not an origin of goods.
PEOPLE_FROM = re.compile(
    r"\b(?:suspects|detainees|detained|arrested|arrestees|those\s+(?:arrested|detained)|задержанн\w*|подозреваем\w*)\b"
    r"[^.;:!?]{0,30}?(?:\bcome|\bcame|\bhail(?:ed)?|\boriginate[sd]?|\bare\s+(?:originally\s+)?|\bwere\s+(?:originally\s+)?)\s+from\b",
    re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # offsets relative to the text searched
    end: int
    code: str
    kind: str  # "name", "city" or "adj"
    agency: bool = False  # an agency noun follows ("немецкие власти", "US authorities")
    origin: bool = False  # "from Colombia", "рынок в России": where something comes from
    direction: bool = False  # «переправить в Азербайджан»: where goods were bound (see store.ingest.directions)

    @property
    def is_place_or_actor(self) -> bool:
        """Names and cities that are not an origin; adjectives only before an agency."""
        return (self.agency if self.kind == "adj" else not self.origin)


_TITLE = re.compile(r"«[^«»,.:;!?]{1,40}»")
_STREET_AFTER = re.compile(r"\s+(?-i:Road|Street|St|Avenue|Ave|Drive|Lane|Grove|Close|Crescent|Terrace|Gardens|Boulevard|Parade|Highway)\b"
                           # "Taylor, of Durham Grove, Jarrow, admitted …", "Hall, 25, of Chamberlain Street": a person, then an address
                           r"|,\s+(?:\d{1,2},\s+)?(?:of|from)\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:Road|Street|Avenue|Drive|Lane|Grove|Close|Crescent|Court|Way|Terrace|Place)\b"
                           r"|,\s+\d{1,2},\s+(?:of|from|was|is|has|had|who|and|admitted|denied|pleaded)\b")


def find_mentions(text: str) -> list[Mention]:
    """Countries named in ``text`` (one sentence), left to right, without overlaps."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    found: list[tuple[int, int, str, str]] = []  # token index range, code, kind
    i = 0
    while i < len(tokens):
        hit = _match_at(text, tokens, i)
        if hit is None:
            i += 1
            continue
        j, code, kind = hit
        found.append((i, j, code, kind))
        i = j
    # "South America", "Латинской Америки": a continent, not the United States.
    found = [f for f in found if not (re.match(r"(?i)^(?:america|америк\w*)$", text[tokens[f[0]][0]:tokens[f[1] - 1][1]])
                                      and f[0] > 0 and re.match(r"(?i)^(?:south|latin|central|north|южн\w*|латинск\w*"
                                                               r"|центральн\w*|северн\w*)$", tokens[f[0] - 1][2]))]
    # "of Durham Grove, Jarrow", "Chamberlain Street": a town's name on a street sign is no place of its own.
    found = [f for f in found if not (f[3] == "city" and _STREET_AFTER.match(text, tokens[f[1] - 1][1]))]
    # «Атлантика», «Полярный круг»: a short name in guillemets is an operation's or market's title.
    titles = [t.span() for t in _TITLE.finditer(text)]
    found = [f for f in found if not any(a < tokens[f[0]][0] < b for a, b in titles)]
    mentions = [_qualify(text, tokens, i, j, code, kind) for i, j, code, kind in found]
    if mentions and (_is_dateline(text, mentions[0]) or _CAPS_CITY_DATELINE.match(text[:mentions[0].end] + "\x00" + text[mentions[0].end:])):
        first = mentions[0]
        mentions[0] = Mention(first.start, first.end, first.code, first.kind, False, True)
    for k in range(1, len(mentions)):  # "LYON, France –", "based in Lyon, France": the city's country goes with it
        prev, cur = mentions[k - 1], mentions[k]
        if (prev.origin and prev.kind == "city" and cur.kind == "name" and cur.code == prev.code and not cur.origin
                and re.fullmatch(r"\s*,\s*", text[prev.end:cur.start])):
            mentions[k] = Mention(cur.start, cur.end, cur.code, cur.kind, cur.agency, True)
        elif prev.code in ("HK", "MO") and cur.code == "CN" and re.fullmatch(r"\s*,\s*", text[prev.end:cur.start]):
            mentions[k] = Mention(cur.start, cur.end, cur.code, cur.kind, cur.agency, True)  # "Hong Kong, China": one place
    for k in range(len(mentions) - 1, 0, -1):  # "US, Australian, British and Danish authorities": one agency noun for all
        prev, cur = mentions[k - 1], mentions[k]
        if (cur.agency and prev.kind == "adj" and not prev.agency
                and re.fullmatch(r"\s*(?:,|and|и|or|или|&)\s*(?:(?:and|и)\s+)?", text[prev.end:cur.start])):
            mentions[k - 1] = Mention(prev.start, prev.end, prev.code, prev.kind, True, prev.origin)
    mentions = _town_of_its_region(text, mentions)
    if russian_release():
        mentions = [Mention(m.start, m.end, "RU", m.kind, m.agency, m.origin, m.direction)
                    if m.code == "UA" and _CRIMEA.match(text, m.start) else m for m in mentions]
    if PEOPLE_FROM.search(text):  # "the suspects come from Canada (40), … and one from Romania": where the arrested are
        mentions = [Mention(m.start, m.end, m.code, m.kind, m.agency, False) if m.origin and _FROM_BEFORE.search(text[:m.start])
                    and not _CITIZEN.search(text[:m.start]) else m for m in mentions]
        return mentions
    for k in range(1, len(mentions)):  # "from Colombia and Peru": the origin carries over a list
        prev, cur = mentions[k - 1], mentions[k]
        # "from the United Kingdom (UK), the United States (US) and Belgium": an abbreviation in brackets too;
        # "from Colombia, Peru, and Bolivia": an Oxford comma
        gap = text[prev.end:cur.start]
        if prev.origin and not cur.agency and (re.fullmatch(r"\s*(?:\)\s*)?(?:,\s*(?:and|or)\s+|,|and|и|or|или)\s*(?:the\s+)?", gap)
                                               or (cur.code == prev.code and re.fullmatch(r"\s*\(", gap))):
            mentions[k] = Mention(cur.start, cur.end, cur.code, cur.kind, cur.agency, True)
    return mentions


# Crimean places: in a Russian agency's release (see article_context.russian_release) they are filed under RU
_CRIMEA = re.compile(r"(?:Севастопол|Симферопол|Крым|Керч|Ялт|Феодоси|Евпатори|Джанко|Алушт|Судак|Бахчисара|Sevastopol|Simferopol|Crimea|Kerch|Yalta)",
                     re.IGNORECASE)
_REGION_WORD = re.compile(r"(?:област|обл\.?|кра[йяюе]|район|округ)\w*$", re.IGNORECASE)


def _town_of_its_region(text: str, mentions: list[Mention]) -> list[Mention]:
    """«в городе Карасуу Ошской области»: a town written with its region is in the region's country, even when
    a namesake town elsewhere (Qorasuv, Uzbekistan) is the gazetteer's first reading."""
    out = list(mentions)
    for k in range(len(out) - 1):
        town, region = out[k], out[k + 1]
        if (town.kind == "city" and region.kind == "city" and town.code != region.code
                and re.fullmatch(r"\s*,?\s*", text[town.end:region.start]) and _REGION_WORD.search(text[region.start:region.end])):
            out[k] = Mention(town.start, town.end, region.code, town.kind, town.agency, town.origin, town.direction)
    return out


# A wire dateline opening the sentence: "FRANKFURT, March 12 (Reuters) -", "The Hague, 4 June –",
# "МОСКВА, 12 марта –".  It says where the report was filed, not where anything happened.
_DATELINE_CAPS = re.compile(r"\s*(?:,[^–—\-\n]{0,30})?\s*(?:\([^)\n]{1,30}\)\s*)?[–—-]\s*(?!\d)")
_DATELINE_DATED = re.compile(r"(?:\s+(?:[A-Z]{2}|D\.C\.))?\s*,[^–—\-\n]{0,30}?\d[^–—\-\n]{0,20}?(?:\([^)\n]{1,30}\)\.?\s*)?[–—-]\s*(?!\d)")
# "The Hague - A multi-continental crackdown…", "The Hague: A multi-…": a city, a dash or colon and a
# new capitalised sentence — the place the story was filed from.
_DATELINE_CITY = re.compile(r"\s*(?:[–—-]|:)\s+(?=[A-ZА-ЯЁ](?:[a-zа-яё]|\s))")


# Interfax: «Москва. 27 сентября. INTERFAX.RU - …» (the city and the date stand as sentences of their own)
_DATELINE_DOTTED = re.compile(r"\.\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.",
                              re.IGNORECASE)


# "NAIROBI, Kenya – In a sweeping …": an unknown city in capitals, then the country, then a dash.
_CAPS_CITY_DATELINE = re.compile(r"^\s*[A-ZА-ЯЁ]{3,}(?:[\s-][A-ZА-ЯЁ]{2,})*,\s*[^\x00,]{2,30}\x00\s*(?:\([^)\n]{1,30}\)\s*)?[–—-]\s")


def _is_dateline(text: str, m: Mention) -> bool:
    if text[:m.start].strip() or m.kind == "adj":
        return False
    name = text[m.start:m.end]
    caps = name.isupper() and len(name) > 2 and m.kind == "city"
    return bool((caps and _DATELINE_CAPS.match(text, m.end)) or _DATELINE_DATED.match(text, m.end)
                or (m.kind == "city" and (_DATELINE_CITY.match(text, m.end) or _DATELINE_DOTTED.match(text, m.end))))


def _match_at(text: str, tokens: list[tuple[int, int, str]], i: int) -> tuple[int, str, str] | None:
    latin, _ = _latin_index()
    first = tokens[i][2]
    capital = capital_country(text, tokens[i][0])
    if capital:  # "selling drugs from the capital" in a Latvian story
        return i + 1, capital[1], "city"
    if first[0].isupper() and first[0].isascii():
        area_end = uk_force_area(text, tokens[i][0])  # "Devon and Cornwall Police": a British force
        if area_end is not None:
            return sum(1 for t in tokens[i:] if t[1] <= area_end) + i, "GB", "city"
        if republic_end(text, tokens[i][0]) is not None:  # "gardaí in the Republic": Ireland in Irish copy
            return i + 1, "IE", "name"
        for n in (5, 4, 3, 2, 1):  # "Democratic Republic of the Congo"
            if i + n > len(tokens):
                continue
            span = text[tokens[i][0]:tokens[i + n - 1][1]]
            if n > 1 and re.search(r"[,;:()]", span):
                continue
            hit = latin.get(_key(span))
            if hit and hit[0] == "GE" and _key(span) == "georgia" and georgia_is_state():
                return i + n, "US", "city"  # "the Department of Justice in Georgia" in a story on a US prosecution
            if hit:
                named = named_countries()
                if hit[1] == "city" and named and hit[0] not in named:
                    other = gazetteer.latin_city(span, named)  # Newcastle in an Australian story
                    if other in named:
                        return i + n, other, "city"
                    if other is None and gazetteer.small_town(span):
                        return None  # Buckingham (Quebec) in a story of Bicester and Aylesbury: a town it does not know
                return i + n, hit[0], hit[1]
        for n in (3, 2, 1):  # a city the hand list lacks, from GeoNames, where a place can stand
            if i + n > len(tokens) or not tokens[i + n - 1][2][0].isupper():
                continue
            span = text[tokens[i][0]:tokens[i + n - 1][1]]
            if n > 1 and re.search(r"[,;:()]", span):
                continue
            code = gazetteer.latin_city(span, named_countries())
            followed = i + n < len(tokens) and tokens[i + n][2][0].isupper() and text[tokens[i + n - 1][1]:tokens[i + n][0]] == " "
            if code and (not followed or _POLICE_AFTER.match(text, tokens[i + n - 1][1])) and _place_position(
                    text, tokens, i, i + n, agency_after=False):
                return i + n, code, "city"
        return None
    if not _is_cyrillic(first):
        return None
    if first[0].isupper():
        plain = text.replace("ё", "е").replace("Ё", "Е")
        for pattern, code in _ru_multiword():
            multi = pattern.match(plain, tokens[i][0])
            if multi:
                j = i
                while j < len(tokens) and tokens[j][0] < multi.end():
                    j += 1
                return j, code, "name"
    region = first_level_region(tokens, i)
    if region:  # «Тульской области», «в Республике Коми»: a region the capital rule cannot read
        return region[0], region[1], "city"
    if first[0].isupper():
        found = _ru_place(first)
        if found:
            return i + 1, found[0], found[1]
    following = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    if "-" in first and _is_cyrillic(first) and gazetteer.is_region_noun(following):
        region_of = _ru_adjective(first.rsplit("-", 1)[1])  # «Восточно-Казахстанской области»: a region named after its country
        if region_of:
            return i + 2, region_of, "city"
    region = gazetteer.ru_region(first, following)
    if region:  # «Новосибирской области», «Подмосковье»
        return (i + 2 if gazetteer.is_region_noun(following) else i + 1), region, "city"
    if first[0].isupper():
        code = gazetteer.cyrillic_city(first)
        if code and _place_position(text, tokens, i, i + 1):
            return i + 1, code, "city"
    adj = _ru_adjective(first)
    if adj:
        return i + 1, adj, "adj"
    return None


_LOCATIVE = frozenset({
    "in", "at", "near", "outside", "around", "across", "from", "throughout", "within", "of",
    "в", "во", "из", "изо", "под", "на", "около", "у", "близ", "возле", "города", "город", "г", "городе",
    "жителей", "жителя", "жители", "житель", "жительница", "жительницы", "жительницу", "жителю",
    "территории", "территорию",  # «на территории Душанбе», «ввезли на территорию Оша»
})


# "Victoria Police", "Münster police", "Preston Police Station": a force named after its city or state.
_POLICE_AFTER = re.compile(r"\s(?:Police|police|Polizei|politie|Constabulary)\b")
# "Federal Police", "Royal Police": a word of the force's title, not a town that shares it (Federal, Argentina)
_FORCE_WORD = re.compile(r"^(?:federal|royal|metropolitan|national|state|provincial|municipal|city|county|military|border"
                         r"|transport|railway|civil|judicial|criminal|secret|special|local|regional|tax|customs)$", re.IGNORECASE)


def _place_position(text: str, tokens: list[tuple[int, int, str]], i: int, j: int, *, agency_after: bool = True) -> bool:
    """A gazetteer name counts where a place can stand: after a locative word ("in", «в», «жителей»),
    in a list after one ("in Münster and Enschede"), or before an agency noun ("Münster police";
    for Latin names only a police noun, since "Garland Justice" or "Monaco authorities" are people)."""
    if agency_after and j < len(tokens) and _AGENCY.match(tokens[j][2]) and not re.search(r"[.;:!?]", text[tokens[j - 1][1]:tokens[j][0]]):
        return True
    if not agency_after and _POLICE_AFTER.match(text, tokens[j - 1][1]) and not _FORCE_WORD.match(tokens[j - 1][2]):
        return True
    if i == 0:
        return False
    prev = tokens[i - 1][2].lower()
    # «полиция Караганды»; «в Тукаевском районе Татарстана»: a district of the place
    if prev in _LOCATIVE or (_is_cyrillic(prev) and (_AGENCY.match(prev) or gazetteer.is_region_noun(prev))):
        return True
    if prev in ("and", "or", "и", "или") or text[tokens[i - 1][1]:tokens[i][0]].strip() == ",":
        window = [t[2].lower() for t in tokens[max(0, i - 8):i - 1]]
        gap = text[tokens[max(0, i - 8)][0]:tokens[i][0]]
        return any(w in _LOCATIVE for w in window) and not re.search(r"[.;:!?]", gap)
    return False


def hand_cyrillic_city(form: str) -> str | None:
    """The country of a folded Russian city name in the hand list (for region adjectives)."""
    hit = _ru_single_names().get(form)
    return hit[0] if hit and hit[1] == "city" else None


def _qualify(text: str, tokens: list[tuple[int, int, str]], i: int, j: int, code: str, kind: str) -> Mention:
    start, end = tokens[i][0], tokens[j - 1][1]
    agency = False
    k = j
    while k < len(tokens) and k < j + 5:
        word = tokens[k][2]
        if _AGENCY.match(word):
            agency = True
            break
        is_adj = bool(_ru_adjective(word)) or _latin_index()[0].get(_key(word), ("", ""))[1] == "adj"
        if not (_MODIFIER.match(word) or is_adj or word[0].isupper() and word.isascii()):
            break
        gap = text[tokens[k - 1][1]:tokens[k][0]]
        if re.search(r"[.;:!?()–—]|\s-\s", gap) or ("," in gap and not is_adj):  # "LYON, France – An INTERPOL police …"
            break
        k += 1
    origin = direction = False
    if kind != "adj" and not agency:
        before = [t[2].lower() for t in tokens[max(0, i - 5):i]]
        if before and before[-1] == "the":  # "shipped from the Netherlands"
            before.pop()
        # "agencies from Bulgaria", "agencies taking part included those from Bulgaria, …": actors, not an origin
        those = len(before) >= 2 and before[-2] in _THOSE and any(_AGENCY.match(t[2]) for t in tokens[:i])
        # ("selling drugs from the capital": the story's own capital is where they were, not where goods came from)
        if before and before[-1] in _FROM and not any(_AGENCY.match(w) for w in before[:-1]) and not those \
                and not is_capital_word(text[start:end]):
            origin = True
        if before[-2:] == ["out", "of"]:
            origin = True  # "the site operates out of Russia"
        if len(before) >= 2 and before[-1] in ("в", "in", "of", "во") and _MARKET_NOUN.match(before[-2]):
            origin = True
        if (re.search(r"(?:доллар\w*|долл\.)\s*$", text[:start]) or re.match(r"(?i)\s*(?:dollars?|\$)", text[end:])
                or text[start - 1:start] == "$"  # "$US31.6 million"
                or re.search(r"\$\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn))?\s+$", text[:start])):  # "$68,000 US in bitcoin"
            origin = True  # "долларов США", "US dollars": a currency, not a place
        if _CITIZEN_AFTER.match(text[end:]) or _US_STATE.search(text[:start]):
            origin = True  # "a 33-year-old U.S. citizen"; "Northern District of Georgia" (a US state)
        if _CITIZEN.search(text[:start]):
            origin = True  # "граждане Польши", "a citizen of Ukraine": a nationality, not a place
        if _VENUE.search(text[:start]) and not _PEOPLE_BASED.search(text[:start]):
            origin = True
        if (i >= 2 and _TITLE_WORD.match(tokens[i - 2][2]) and re.fullmatch(r"[A-Z][a-z]+", tokens[i - 1][2])
                and text[tokens[i - 1][1]:start] == " "):
            origin = True  # a person's surname
        direction = kind == "name" and is_direction(before, tokens[i][2], [t[2].lower() for t in tokens[j:j + 2]])
        # "sent parcels to Spain", «перевозились в Грузию», "sold to buyers across the US": where goods went, not where
        # police acted («в Россию»; but «в Минске», a locative ending, is where the courier was)
        locative = re.search(r"(?:^|\s)(?:в|во)\s+$", text[:start]) and re.search(r"[а-яё](?:е|и|ах|ях)$", text[start:end], re.IGNORECASE)
        if (_DESTINATION.search(text[:start]) and not locative) or direction or in_reach_clause(text[:start]):
            origin = True
        if i >= 1 and re.fullmatch(r"[A-ZА-ЯЁ]", tokens[i - 1][2]) and text[tokens[i - 1][1]:start] == ". ":
            origin = True  # «Лиза О. Монако»: an initial stands before a surname, not a place
        if suspects_whereabouts(text, start):
            origin = True  # «кураторы … находились на территории Украины»: where the ring was run from, its seat, where a suspect lived
        after = text[end:end + 40]
        if re.match(r"['’]s\b", after) and any(_MARKET_NOUN.match(t[2]) for t in tokens[j:j + 4]):
            origin = True
        if _BUYERS_AFTER.match(text, end):
            origin = True  # "sold chiefly to US and Australian customers": where the buyers live
    return Mention(start, end, code, kind, agency, origin, direction)


def _written_forms(name: str) -> list[str]:
    """How copy writes a name the locale data spells its own way: "Antigua & Barbuda" as "Antigua and
    Barbuda", "St. Kitts & Nevis" as "Saint Kitts and Nevis", "St. Vincent & Grenadines" with "the",
    "Hong Kong SAR China" as "Hong Kong", "Turks & Caicos Islands" as "Turks and Caicos", "Curaçao"
    (accents fold away)."""
    forms = {name, name.replace(" SAR China", ""), name.replace("’", "'")}
    forms |= {f.replace(" & ", " and ") for f in forms}
    forms |= {re.sub(r"\band (?=Grenadines\b)", "and the ", f) for f in forms}
    forms |= {re.sub(r"^St\. ", "Saint ", f) for f in forms}
    forms |= {re.sub(r" Islands$", "", f) for f in forms if "&" in name}
    return sorted(forms)


def _key(text: str) -> str:
    key = re.sub(r"[\s.]+", " ", fold(text)).strip()
    return key[4:] if key.startswith("the ") else key


def _stem(word: str) -> str:
    return word[:-2] if len(word) >= 5 else word


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


@functools.cache
def _latin_index() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """Folded English names, aliases, cities and adjectives -> (code, kind)."""
    index: dict[str, tuple[str, str]] = {}
    for country in all_countries().values():
        for name in (country.name_en, *country.aliases):
            if not _is_cyrillic(name) and not (len(name) <= 3 and name.isupper() and name not in ("US", "UK", "USA", "UAE")):
                for form in _written_forms(name):
                    index.setdefault(_key(form), (country.code, "name"))
    for code, names in EXTRA_NAMES.items():
        for name in names:
            if not _is_cyrillic(name):
                index.setdefault(_key(name), (code, "name"))
    for code, cities in CITIES.items():
        for city in cities:
            if not _is_cyrillic(city):
                index.setdefault(_key(city), (code, "city"))
    for country in all_countries().values():
        for adj in country.adjectives:
            if adj.isascii():
                index.setdefault(_key(adj), (country.code, "adj"))
    for code, adjectives in EXTRA_ADJECTIVES.items():
        for adj in adjectives:
            if adj.isascii():
                index.setdefault(_key(adj), (code, "adj"))
    return index, frozenset()


@functools.cache
def _ru_single_names() -> dict[str, tuple[str, str]]:
    """Folded one-word Russian names and cities -> (code, kind)."""
    out: dict[str, tuple[str, str]] = {}
    for country in all_countries().values():
        for name in (country.name_ru, *country.aliases):
            if _is_cyrillic(name) and " " not in name:
                out.setdefault(fold(name), (country.code, "name"))
    for code, names in EXTRA_NAMES.items():
        for name in names:
            if _is_cyrillic(name) and " " not in name:
                out.setdefault(fold(name), (code, "name"))
    for code, cities in CITIES.items():
        for city in cities:
            if _is_cyrillic(city) and " " not in city:
                out.setdefault(fold(city), (code, "city"))
    return out


def _ru_place(word: str) -> tuple[str, str] | None:
    """A capitalised Russian word naming a country or city, in any case form."""
    from store.ingest.morph import analyzer, geo_normal_forms

    names = _ru_single_names()
    folded = fold(word)
    # Short names (Того, Перу, Мали) are also common words: trust them only as an
    # abbreviation (США, ФРГ) or when a place name is pymorphy's first reading.
    plausible = len(folded) > 4 or word.isupper() or "Geox" in analyzer().parse(word.lower())[0].tag
    if folded in names and plausible:
        return names[folded]
    for lemma in geo_normal_forms(word):
        hit = names.get(lemma.replace("ё", "е"))
        if hit and (len(lemma) > 4 or plausible):
            return hit
    for name, hit in names.items():  # names pymorphy does not know: drop the ending
        if len(name) >= 6 and folded.startswith(name[:-1]) and len(folded) - len(name) <= 2:
            return hit
    return None


@functools.cache
def _ru_adjective_stems() -> tuple[tuple[str, str], ...]:
    stems = []
    for country in all_countries().values():
        for adj in country.adjectives:
            if _is_cyrillic(adj) and adj == adj.lower():
                stems.append((adj, country.code))
    for code, adjectives in EXTRA_ADJECTIVES.items():
        stems.extend((adj, code) for adj in adjectives if _is_cyrillic(adj))
    return tuple(sorted(stems, key=lambda s: -len(s[0])))


@functools.lru_cache(maxsize=4096)
def _ru_adjective(word: str) -> str | None:
    if not word or not _is_cyrillic(word) or "-" in word:
        return None
    folded = fold(word)
    for stem, code in _ru_adjective_stems():
        if folded.startswith(stem) and len(folded) - len(stem) <= 4:
            return code
    return None


@functools.cache
def _ru_multiword() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Multi-word Russian names with free endings (Соединённых Штатах, Южной Корее), longest first."""
    entries: dict[str, str] = {}
    for country in all_countries().values():
        for name in (country.name_ru, *country.aliases):
            if _is_cyrillic(name) and " " in name:
                entries.setdefault(fold(name), country.code)
    for code, cities in CITIES.items():
        for city in cities:
            if _is_cyrillic(city) and " " in city:
                entries.setdefault(fold(city), code)
    out = []
    for name in sorted(entries, key=len, reverse=True):
        words = [re.escape(_stem(w)) + r"[а-яё]{0,4}" for w in name.split()]
        out.append((re.compile(r"\s+".join(words) + r"(?![а-яё])", re.IGNORECASE), entries[name]))
    return tuple(out)
