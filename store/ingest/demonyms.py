"""Nationality nouns after a count: "42 Germans", "37 Britons", "29 French", "four Dutch people",
«шестеро немцев», «трое граждан Франции» — people counted by nationality.

Wire copy translated from a national outlet often breaks arrests down by nationality rather than
by place.  The English nouns are derived from every adjective the gazetteer knows
(:data:`store.countries.ADJECTIVES`) by the regular rules of English demonyms (-an/-i/-ic → +s,
-ese/-ss unchanged, the adjective itself as a collective: "29 French"), plus the closed class of
irregular ones (Briton, Dane, Pole, Spaniard, Swede, Finn, Turk, Scot, Frenchman, Dutchman…).
Russian nouns are stems of the nationality nouns (немц-, француз-, британц-…), matched only
right after a count.
"""

from __future__ import annotations

import functools
import re

from store.countries import ADJECTIVES

# Nouns that are not the adjective plus a regular ending.
_IRREGULAR_EN: dict[str, tuple[str, ...]] = {
    "GB": ("Britons", "Briton", "Brits", "Brit", "Englishmen", "Englishman", "Scots", "Scot", "Welshmen", "Welshman"),
    "FR": ("Frenchmen", "Frenchman", "Frenchwomen", "Frenchwoman"),
    "NL": ("Dutchmen", "Dutchman", "Dutchwomen", "Dutchwoman"),
    "IE": ("Irishmen", "Irishman", "Irishwomen", "Irishwoman"),
    "DK": ("Danes", "Dane"),
    "PL": ("Poles", "Pole"),
    "ES": ("Spaniards", "Spaniard"),
    "SE": ("Swedes", "Swede"),
    "FI": ("Finns", "Finn"),
    "TR": ("Turks", "Turk"),
    "NZ": ("New Zealanders", "New Zealander", "Kiwis"),
    "LU": ("Luxembourgers", "Luxembourger"),
    "IS": ("Icelanders", "Icelander"),
    "CH": ("Swiss",),
    "AF": ("Afghans", "Afghan"),
    "UZ": ("Uzbeks", "Uzbek"),
}
# Russian nationality nouns, as stems (any case ending follows).
_RUSSIAN: dict[str, tuple[str, ...]] = {
    "DE": ("немц", "немк", "немец"), "FR": ("француз",), "GB": ("британц", "британец", "англичан"), "US": ("американц", "американец"),
    "NL": ("голландц", "голландец", "нидерландц"), "IT": ("итальянц", "итальянец"), "ES": ("испанц", "испанец"),
    "AT": ("австрийц", "австриец"), "BR": ("бразильц", "бразилец"), "CH": ("швейцарц", "швейцарец"), "CA": ("канадц", "канадец"),
    "AU": ("австралийц", "австралиец"), "RU": ("россиян", "россиянин"), "UA": ("украинц", "украинец"),
    "PL": ("поляк", "полячк"), "LT": ("литовц", "литовец"), "EE": ("эстонц", "эстонец"), "LV": ("латыш",),
    "IE": ("ирландц", "ирландец"), "PT": ("португальц", "португалец"), "DK": ("датчан",), "SE": ("шведов", "шведы", "швед"),
    "NO": ("норвежц", "норвежец"), "BE": ("бельгийц", "бельгиец"), "CN": ("китайц", "китаец"), "JP": ("японц", "японец"),
    "KR": ("южнокорейц", "корейц", "кореец"), "IL": ("израильтян",), "KZ": ("казахстанц", "казахстанец"),
    "BY": ("белорус",), "UZ": ("узбек",), "CZ": ("чехов", "чехи"), "SK": ("словак",), "RO": ("румын",), "BG": ("болгар",),
    "GR": ("греков", "греки"), "HU": ("венгров", "венгры"), "FI": ("финнов", "финны"), "MD": ("молдаван",), "AM": ("армян",),
    "AZ": ("азербайджанц",), "GE": ("грузин",), "AF": ("афганц", "афганец"), "CO": ("колумбийц", "колумбиец"),
    "MX": ("мексиканц", "мексиканец"), "IN": ("индийц", "индиец"), "TJ": ("таджик",), "KG": ("киргиз", "кыргыз"),
}
# After an adjective used as a noun ("29 French"), what says it is no noun after all ("29 French police").
_PEOPLE_AFTER_ADJ = (r"(?:people|persons|nationals|citizens|suspects|men|women|individuals|vendors|sellers|dealers"
                     r"|traffickers|buyers|administrators|moderators|members|passport\s+holders)")


def _english_forms(adjective: str) -> tuple[str, ...]:
    """The plural noun of one English adjective, by the regular rules (the singular is the
    adjective itself, read as a noun only where no noun follows)."""
    if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", adjective):
        return ()  # codes and abbreviations ("US", "U.S.")
    if adjective.endswith(("ese", "ss")):
        return (adjective,)
    if adjective.endswith(("an", "i", "ic", "ot", "ek", "ak", "ech", "ai", "ino")) and not adjective.endswith("ish"):
        return (adjective + "s",)
    return ()


@functools.cache
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    forms: dict[str, str] = {}
    for code, words in ADJECTIVES.items():
        for w in words:
            for form in _english_forms(w):
                forms.setdefault(form.lower(), code)
    for code, words in _IRREGULAR_EN.items():
        for w in words:
            forms.setdefault(w.lower(), code)
    adjectives = {w.lower(): code for code, words in ADJECTIVES.items() for w in words
                  if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", w)}
    nouns = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
    adjs = "|".join(sorted((re.escape(a) for a in adjectives), key=len, reverse=True))
    ru = "|".join(sorted((re.escape(s) for stems in _RUSSIAN.values() for s in stems), key=len, reverse=True))
    pattern = re.compile(
        rf"^\s+(?:(?P<adj>{adjs})\s+(?:{_PEOPLE_AFTER_ADJ})\b|(?P<noun>{nouns})(?![\w-])"
        rf"|(?P<bare>{adjs})(?=\s*(?:[,;.)]|and\b|or\b|were\b|are\b|have\b|had\b|who\b|$))|(?P<ru>(?:{ru})[а-яё]*))",
        re.IGNORECASE)
    index = {**adjectives, **forms}
    for code, stems in _RUSSIAN.items():
        for s in stems:
            index.setdefault(s, code)
    return pattern, index


def nationality_after(text: str) -> tuple[int, int, str] | None:
    """(start, end, ISO code) of a nationality noun opening ``text`` (what follows a count):
    " Germans were arrested" → the span of "Germans" and DE; None when there is none."""
    pattern, index = _pattern()
    m = pattern.match(text)
    if not m:
        return None
    group = next(g for g in ("adj", "noun", "bare", "ru") if m.group(g))
    word = m.group(group).lower()
    if group == "ru":
        stem = max((s for s in index if not s.isascii() and word.startswith(s)), key=len)
        return m.start(group), m.end(group), index[stem]
    return m.start(group), m.end(group) if group != "adj" else m.end(), index[word]
