"""The names a country goes by in copy, and the lookups that find one in a word.

``store.countries`` gives each country's names and adjectives from the locale data; this module adds
the cities police releases name (``CITIES``), the adjectives and names the locale data lacks or spells
otherwise, and the indexes ``places`` reads: folded English names, Russian names in any case form
(«Соединённых Штатах», «Литве»), Russian adjectives by stem («немецкие»).  Which country a word names,
never what the mention means — that is :mod:`store.ingest.place_roles`.
"""

from __future__ import annotations

import functools
import re

from store.countries import all_countries
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
    "KG": ("Bishkek", "Бишкек", "Osh"),  # Osh: a three-letter name the GeoNames reader skips in Latin script
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
    "KR": ("Republic of Korea", "Республика Корея"),  # the style Interpol and UN lists use for South Korea
}


def hand_cyrillic_city(form: str) -> str | None:
    """The country of a folded Russian city name in the hand list (for region adjectives)."""
    hit = _ru_single_names().get(form)
    return hit[0] if hit and hit[1] == "city" else None



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


def name_key(text: str) -> str:
    key = re.sub(r"[\s.]+", " ", fold(text)).strip()
    return key[4:] if key.startswith("the ") else key


def _stem(word: str) -> str:
    return word[:-2] if len(word) >= 5 else word


def is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


@functools.cache
def latin_index() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """Folded English names, aliases, cities and adjectives -> (code, kind)."""
    index: dict[str, tuple[str, str]] = {}
    for country in all_countries().values():
        for name in (country.name_en, *country.aliases):
            if not is_cyrillic(name) and not (len(name) <= 3 and name.isupper() and name not in ("US", "UK", "USA", "UAE")):
                for form in _written_forms(name):
                    index.setdefault(name_key(form), (country.code, "name"))
    for code, names in EXTRA_NAMES.items():
        for name in names:
            if not is_cyrillic(name):
                index.setdefault(name_key(name), (code, "name"))
    for code, cities in CITIES.items():
        for city in cities:
            if not is_cyrillic(city):
                index.setdefault(name_key(city), (code, "city"))
    for country in all_countries().values():
        for adj in country.adjectives:
            if adj.isascii():
                index.setdefault(name_key(adj), (country.code, "adj"))
    for code, adjectives in EXTRA_ADJECTIVES.items():
        for adj in adjectives:
            if adj.isascii():
                index.setdefault(name_key(adj), (code, "adj"))
    return index, frozenset()


@functools.cache
def _ru_single_names() -> dict[str, tuple[str, str]]:
    """Folded one-word Russian names and cities -> (code, kind)."""
    out: dict[str, tuple[str, str]] = {}
    for country in all_countries().values():
        for name in (country.name_ru, *country.aliases):
            if is_cyrillic(name) and " " not in name:
                out.setdefault(fold(name), (country.code, "name"))
    for code, names in EXTRA_NAMES.items():
        for name in names:
            if is_cyrillic(name) and " " not in name:
                out.setdefault(fold(name), (code, "name"))
    for code, cities in CITIES.items():
        for city in cities:
            if is_cyrillic(city) and " " not in city:
                out.setdefault(fold(city), (code, "city"))
    return out


def ru_place(word: str) -> tuple[str, str] | None:
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
            if is_cyrillic(adj) and adj == adj.lower():
                stems.append((adj, country.code))
    for code, adjectives in EXTRA_ADJECTIVES.items():
        stems.extend((adj, code) for adj in adjectives if is_cyrillic(adj))
    return tuple(sorted(stems, key=lambda s: -len(s[0])))


@functools.lru_cache(maxsize=4096)
def ru_adjective(word: str) -> str | None:
    if not word or not is_cyrillic(word) or "-" in word:
        return None
    folded = fold(word)
    for stem, code in _ru_adjective_stems():
        if folded.startswith(stem) and len(folded) - len(stem) <= 4:
            return code
    return None


@functools.cache
def ru_multiword() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Multi-word Russian names with free endings (Соединённых Штатах, Южной Корее), longest first."""
    entries: dict[str, str] = {}
    for country in all_countries().values():
        for name in (country.name_ru, *country.aliases):
            if is_cyrillic(name) and " " in name:
                entries.setdefault(fold(name), country.code)
    for code, cities in CITIES.items():
        for city in cities:
            if is_cyrillic(city) and " " in city:
                entries.setdefault(fold(city), code)
    out = []
    for name in sorted(entries, key=len, reverse=True):
        words = [re.escape(_stem(w)) + r"[а-яё]{0,4}" for w in name.split()]
        out.append((re.compile(r"\s+".join(words) + r"(?![а-яё])", re.IGNORECASE), entries[name]))
    return tuple(out)

