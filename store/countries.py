"""A gazetteer of every ISO 3166-1 country in English and Russian, from CLDR via babel.

CLDR gives the standard names; a small alias table adds what news writes instead (США, ФРГ,
U.S., Holland) and the adjectives that name a country's agencies (немецкие власти, Dutch police).
Russian aliases of adjectives are stems: ``немецк`` matches немецкий, немецкие, немецкими.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from store.text import fold

# What people type for "no one country" (a worldwide figure), in either language: the same words
# in the fact form, ``country:worldwide`` in the search and ``takedown facts --country worldwide``.
WORLDWIDE_WORDS = frozenset({"worldwide", "world", "global", "all", "none", "-", "—", "по всему миру", "весь мир", "мир"})


def is_worldwide(text: str) -> bool:
    """Whether ``text`` asks for the figures of no one country (``worldwide``, ``all``, ``мир``)."""
    return " ".join(fold(text).split()) in WORLDWIDE_WORDS


# CLDR territories that are not countries.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}

# Short forms the news uses, whole words (matched after folding).
NAME_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "U.S.", "U.S.A.", "US", "United States of America", "the United States", "America",
           "США", "Соединенные Штаты Америки", "Штаты", "Америка"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "the United Kingdom", "England", "Scotland", "Wales",
           "Northern Ireland", "Северная Ирландия", "Британия", "Великобритания", "Соединенное Королевство", "Англия", "Шотландия"),
    "DE": ("ФРГ", "Germany"),
    "NL": ("Holland", "the Netherlands", "Голландия", "Нидерланды"),
    "CZ": ("Czech Republic", "Czechia", "Чехия", "Чешская Республика"),
    "RU": ("Russian Federation", "РФ", "Россия", "Российская Федерация"),
    "AE": ("UAE", "ОАЭ"),
    "CN": ("PRC", "КНР"),
    "ZA": ("ЮАР",),
    "KR": ("South Korea", "Республика Корея", "Южная Корея"),
    "TR": ("Turkey", "Türkiye", "Турция"),
    "MD": ("Moldova", "Молдавия", "Молдова"),
    "BY": ("Belarus", "Белоруссия", "Беларусь"),
    "CI": ("Ivory Coast", "Кот-д'Ивуар"),
    "MK": ("Macedonia", "Македония"),
    "VA": ("Vatican", "Ватикан"),
    "IR": ("Iran", "Иран"),
    "SY": ("Syria", "Сирия"),
    "VN": ("Vietnam", "Вьетнам"),
    "LA": ("Laos", "Лаос"),
    "BO": ("Bolivia", "Боливия"),
    "VE": ("Venezuela", "Венесуэла"),
    "TW": ("Taiwan", "Тайвань"),
    "BA": ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Босния"),
    "CD": ("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
           "Демократическая Республика Конго", "ДР Конго"),
    "CG": ("Republic of the Congo", "Republic of Congo", "Республика Конго"),
}

# Adjectives and demonyms: English whole words, Russian stems (any ending).
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "US": ("American", "U.S.", "US", "американск"),
    "GB": ("British", "English", "Scottish", "Welsh", "UK", "британск", "английск", "шотландск"),
    "DE": ("German", "немецк", "германск"),
    "FR": ("French", "французск"),
    "NL": ("Dutch", "нидерландск", "голландск"),
    "PL": ("Polish", "польск"),
    "BR": ("Brazilian", "бразильск"),
    "CH": ("Swiss", "швейцарск"),
    "AT": ("Austrian", "австрийск"),
    "ES": ("Spanish", "испанск"),
    "IT": ("Italian", "итальянск"),
    "BE": ("Belgian", "бельгийск"),
    "LT": ("Lithuanian", "литовск"),
    "LV": ("Latvian", "латвийск", "латышск"),
    "EE": ("Estonian", "эстонск"),
    "FI": ("Finnish", "финск", "финляндск"),
    "SE": ("Swedish", "шведск"),
    "NO": ("Norwegian", "норвежск"),
    "DK": ("Danish", "датск"),
    "IS": ("Icelandic", "исландск"),
    "IE": ("Irish", "ирландск"),
    "PT": ("Portuguese", "португальск"),
    "CA": ("Canadian", "канадск"),
    "AU": ("Australian", "австралийск"),
    "NZ": ("New Zealand", "новозеландск"),
    "RU": ("Russian", "российск", "русск"),
    "UA": ("Ukrainian", "украинск"),
    "BY": ("Belarusian", "Belarusan", "белорусск"),
    "MD": ("Moldovan", "молдавск", "молдовск"),
    "CZ": ("Czech", "чешск"),
    "SK": ("Slovak", "Slovakian", "словацк"),
    "SI": ("Slovenian", "Slovene", "словенск"),
    "HU": ("Hungarian", "венгерск"),
    "RO": ("Romanian", "румынск"),
    "BG": ("Bulgarian", "болгарск"),
    "RS": ("Serbian", "сербск"),
    "HR": ("Croatian", "хорватск"),
    "GR": ("Greek", "греческ"),
    "CY": ("Cypriot", "кипрск"),
    "MT": ("Maltese", "мальтийск"),
    "LU": ("Luxembourgish", "Luxembourg", "люксембургск"),
    "TR": ("Turkish", "турецк"),
    "IL": ("Israeli", "израильск"),
    "CN": ("Chinese", "китайск"),
    "JP": ("Japanese", "японск"),
    "KR": ("South Korean", "Korean", "южнокорейск", "корейск"),
    "IN": ("Indian", "индийск"),
    "CO": ("Colombian", "колумбийск"),
    "MX": ("Mexican", "мексиканск"),
    "AR": ("Argentine", "Argentinian", "аргентинск"),
    "CL": ("Chilean", "чилийск"),
    "PE": ("Peruvian", "перуанск"),
    "KZ": ("Kazakh", "Kazakhstani", "казахстанск"),
    "GE": ("Georgian", "грузинск"),
    "AM": ("Armenian", "армянск"),
    "AZ": ("Azerbaijani", "азербайджанск"),
    "ZA": ("South African", "южноафриканск"),
    "NG": ("Nigerian", "нигерийск"),
    "MA": ("Moroccan", "марокканск"),
    "EG": ("Egyptian", "египетск"),
    "TH": ("Thai", "таиландск", "тайск"),
    "SG": ("Singaporean", "сингапурск"),
    "AE": ("Emirati", "эмиратск"),
    "SA": ("Saudi", "саудовск"),
    "PK": ("Pakistani", "пакистанск"),
    "ID": ("Indonesian", "индонезийск"),
    "PH": ("Filipino", "Philippine", "филиппинск"),
    "VN": ("Vietnamese", "вьетнамск"),
    "MY": ("Malaysian", "малайзийск"),
}


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name_en: str
    name_ru: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()

    def label(self) -> str:
        """``Germany / Германия (DE)``: how the explorer names a country."""
        return f"{self.name_en} / {self.name_ru} ({self.code})"


@functools.cache
def all_countries() -> dict[str, Country]:
    """Every ISO 3166-1 alpha-2 country (plus XK, Kosovo), keyed by code."""
    from babel import Locale

    en = Locale("en").territories
    ru = Locale("ru").territories
    out: dict[str, Country] = {}
    for code in sorted(en):
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        out[code] = Country(
            code=code,
            name_en=en[code],
            name_ru=ru.get(code, en[code]),
            aliases=NAME_ALIASES.get(code, ()),
            adjectives=ADJECTIVES.get(code, ()),
        )
    return out


def get(code: str | None) -> Country | None:
    if not code:
        return None
    return all_countries().get(code.upper())


def name_en(code: str | None) -> str:
    country = get(code)
    return country.name_en if country else (code or "worldwide")


def name_ru(code: str | None) -> str:
    country = get(code)
    return country.name_ru if country else (code or "по всему миру")


@functools.cache
def _exact_index() -> dict[str, str]:
    """Folded name, alias, English adjective or code -> ISO code."""
    index: dict[str, str] = {}
    for country in all_countries().values():
        names = (country.name_en, country.name_ru, *country.aliases)
        names += tuple(a for a in country.adjectives if not _is_russian_stem(a))
        for name in names:
            index.setdefault(_key(name), country.code)
            if name.lower().startswith("the "):
                index.setdefault(_key(name[4:]), country.code)
    for country in all_countries().values():  # codes last: "IN" must not shadow a name
        index.setdefault(_key(country.code), country.code)
    return index


def _key(text: str) -> str:
    return re.sub(r"[\s.]+", " ", fold(text)).strip()


def _is_russian_stem(alias: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in alias) and alias == alias.lower()


@functools.cache
def _russian_stems() -> list[tuple[str, str]]:
    """(stem, code) for Russian names and adjectives, longest first, for inflected lookups."""
    stems: list[tuple[str, str]] = []
    for country in all_countries().values():
        for alias in country.adjectives:
            if _is_russian_stem(alias):
                stems.append((alias, country.code))
        for name in (country.name_ru, *country.aliases):
            folded = _key(name)
            if " " in folded or not any("\u0400" <= ch <= "\u04ff" for ch in folded) or len(folded) < 4:
                continue
            # Drop the case ending so Германии, Германию and Германией share Германи.
            stems.append((folded[:-1] if folded[-1] in "аяыийеоу" else folded, country.code))
    stems.sort(key=lambda item: -len(item[0]))
    return stems


def lookup(name: str) -> str | None:
    """An ISO code for a code, a name in English or Russian (any case form), or an adjective."""
    key = _key(name)
    if not key:
        return None
    hit = _exact_index().get(key)
    if hit:
        return hit
    if any("\u0400" <= ch <= "\u04ff" for ch in key) and " " not in key:
        for stem, code in _russian_stems():
            if key.startswith(stem) and len(key) - len(stem) <= 4:
                return code
    return None
