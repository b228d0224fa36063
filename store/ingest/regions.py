"""First-level regions of Russia and its neighbours, named as Russian copy names them.

A regional story often names only its oblast, krai or republic and a district («в Заречном районе
Тамбовской области», «УФСБ по Пермскому краю», «в Республике Коми») — no city the gazetteer knows.
Most regions are named after their capital and resolve through it; many are not (Вологодская is named
after Вологда, but Калужская, Тульская and Орловская collide with a foreign town or none, Приморский
край, Ханты-Мансийский округ, Карелия have no capital of that name).  The regions are a closed list,
so they are listed here by the stem of their adjective (or the republic's own name), each with its
country: an oblast of Kazakhstan, Belarus, Ukraine or Central Asia is not Russia's.
"""

from __future__ import annotations

import functools
import re

from store.text import fold

# Adjective stems before «область/край/округ/республика», by country (folded: lower case, ё -> е).
_ADJECTIVE_STEMS: dict[str, tuple[str, ...]] = {
    "RU": (
        "амурск", "архангельск", "астраханск", "белгородск", "брянск", "владимирск", "волгоградск", "вологодск",
        "воронежск", "ивановск", "иркутск", "калининградск", "калужск", "кемеровск", "кировск", "костромск",
        "курганск", "курск", "ленинградск", "липецк", "магаданск", "московск", "мурманск", "нижегородск",
        "новгородск", "новосибирск", "омск", "оренбургск", "орловск", "пензенск", "псковск", "ростовск",
        "рязанск", "самарск", "саратовск", "сахалинск", "свердловск", "смоленск", "тамбовск", "тверск", "томск",
        "тульск", "тюменск", "ульяновск", "челябинск", "ярославск", "еврейск",
        # krais
        "алтайск", "камчатск", "краснодарск", "красноярск", "пермск", "приморск", "ставропольск", "хабаровск",
        "забайкальск",
        # autonomous okrugs and republics named by an adjective
        "ханты-мансийск", "ямало-ненецк", "чукотск", "ненецк", "кабардино-балкарск", "карачаево-черкесск",
        "удмуртск", "чеченск", "чувашск",
    ),
    "KZ": (
        "акмолинск", "алматинск", "актюбинск", "атырауск", "восточно-казахстанск", "жамбылск",
        "западно-казахстанск", "карагандинск", "костанайск", "кызылординск", "мангистауск", "павлодарск",
        "северо-казахстанск", "южно-казахстанск", "туркестанск", "абайск", "жетысуск", "улытауск",
    ),
    "BY": ("минск", "брестск", "гомельск", "гродненск", "витебск", "могилевск"),
    "UA": (
        "винницк", "волынск", "днепропетровск", "житомирск", "закарпатск", "ивано-франковск", "киевск",
        "кировоградск", "львовск", "николаевск", "одесск", "полтавск", "ровенск", "сумск", "тернопольск",
        "харьковск", "хмельницк", "черкасск", "черниговск", "черновицк",
    ),
    "KG": ("чуйск", "ошск", "нарынск", "таласск", "иссык-кульск", "джалал-абадск", "баткенск"),
    "UZ": ("ташкентск", "самаркандск", "бухарск", "ферганск", "андижанск", "наманганск", "кашкадарьинск",
           "сурхандарьинск", "навоийск", "джизакск", "сырдарьинск", "хорезмск"),
    "TJ": ("согдийск", "хатлонск"),
}
# Russia's republics named by a noun after «Республика» («в Республике Коми», «Республики Тыва»).
_REPUBLIC_NAMES = ("адыге", "алта", "башкортостан", "бурят", "дагестан", "ингушет", "калмык", "карел", "коми",
                   "марий", "мордов", "саха", "якут", "осети", "северн", "татарстан", "тыв", "хакас")

_ENDING = r"(?:ая|ой|ую|ий|ый|ого|ому|ом|им|ым|ое|ие|ые|их|ых|ими|ыми)"
_NOUN = re.compile(r"^(?:област\w*|обл|кра[йяюе]\w*|округ\w*|республик\w*)$", re.IGNORECASE)
_AUTONOMOUS = re.compile(r"^автономн\w+$", re.IGNORECASE)
_REPUBLIC = re.compile(r"^республик\w*$", re.IGNORECASE)
_KRAI = re.compile(r"^кра[йяюе]\w*$", re.IGNORECASE)
_ANY_ADJECTIVE = re.compile(r"^[а-яе-]{3,}ск" + _ENDING + "$")


@functools.cache
def _adjectives() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for code, stems in _ADJECTIVE_STEMS.items():
        for stem in sorted(stems, key=len, reverse=True):
            out.append((re.compile("^" + re.escape(stem) + _ENDING + "$"), code))
    return tuple(out)


def _adjective_country(word: str) -> str | None:
    folded = fold(word)
    return next((code for pattern, code in _adjectives() if pattern.match(folded)), None)


def first_level_region(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, str] | None:
    """(index after the name, country) when token ``i`` opens a region's name: «Тульской области»,
    «Ханты-Мансийского автономного округа», «Удмуртской Республики», «Республике Карелия».

    Any capitalised «…ский край» is Russia's: no neighbour has krais."""
    words = [t[2] for t in tokens[i:i + 4]]
    word = words[0]
    if not word[:1].isupper():
        return None
    nxt = words[1] if len(words) > 1 else ""
    if _REPUBLIC.match(word) and nxt[:1].isupper():
        folded = fold(nxt)
        if any(folded.startswith(name) for name in _REPUBLIC_NAMES):
            end = i + 3 if folded.startswith("северн") else i + 2  # «Северная Осетия — Алания»
            if end < len(tokens) and fold(tokens[end][2]).startswith("алани"):
                end += 1
            return end, "RU"
        return None
    j = 2 if _AUTONOMOUS.match(nxt) else 1
    noun = words[j] if j < len(words) else ""
    if not _NOUN.match(noun):
        return None
    code = _adjective_country(word)
    if code is None and _KRAI.match(noun) and _ANY_ADJECTIVE.match(fold(word)):
        code = "RU"
    return (i + j + 1, code) if code else None


def region_adjective(word: str) -> str | None:
    """The country of a region named by its adjective alone, as before an agency noun: «забайкальские
    полицейские», «свердловских оперативников», «карагандинские полицейские» (no «область» written)."""
    return _adjective_country(word)


def russian_region(folded: str, following: str) -> bool:
    """``folded`` (a lower-case, ё-folded adjective) names one of Russia's regions before ``following``
    («тульской» before «области»): read before the capital rule, whose stems can be a foreign town's
    first (Toul for «Тульской», Orlová for «Орловской»)."""
    return bool(_NOUN.match(following)) and _adjective_country(folded) == "RU"
