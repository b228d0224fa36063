"""Figures written in digits or words, with scale words and the qualifier before them.

``find_figures`` returns every number in a piece of text: ``53,4 миллиона`` (53.4e6), ``1,200``
(1200 in English, 1.2 in Russian where the comma is the decimal mark), ``€2.5m``'s ``2.5m``,
``пятерых`` (5), ``a dozen`` (12, approximate).  What the number counts is decided later
(:mod:`store.ingest.quantities`); vague plurals (сотни, тысячи, hundreds, millions) are never
figures because they carry no number.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from store.ingest.lexicon import MONTHS_GEN

_SPACES = " \u00a0\u2009\u202f"
_DIGITS = re.compile(
    # "$US31.6 million", "$A5 million", "Rs4.65 lakh": the currency's letters glued to the digits
    # "AK-47", "AR-15", "COVID-19": a model or name number glued to letters by a hyphen is no figure
    # «трасса М-12», «вертолёт Ми-8»: a Cyrillic road or model name too
    rf"(?<![A-Za-zА-Яа-яЁё]-)(?:(?<![\w.,])|(?<=\$US)|(?<=\$AU)|(?<=\$A)|(?<=\$NZ)|(?<=\$C)|(?<=\$HK)|(?<=\$S)|(?<=\bRs)"
    # "AUD1.5 million", "USD20m": an ISO code glued to the digits
    rf"|(?<=\b(?:AUD|USD|EUR|GBP|CAD|NZD|INR|CHF|SGD|HKD|ZAR)))(?:\d{{1,3}}(?:(?:[{_SPACES}]\d{{3}})+|(?:,\d{{3}})+|(?:\.\d{{3}}){{2,}})(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?!\d)(?![.,]\d)"
)
_SCALES: tuple[tuple[str, float], ...] = (
    (r"тыс\.?|тысяч[аиуе]?|тысячами", 1e3),
    (r"млн\.?|миллион(?:а|ов|ами|ом)?", 1e6),
    (r"млрд\.?|миллиард(?:а|ов|ами|ом)?", 1e9),
    (r"thousand|k", 1e3),
    (r"million|mln|mn|m|mllion|milion|millon", 1e6),  # "$1 mllion": a typo'd scale is still the scale
    (r"billion|bn|b", 1e9),  # "$2.88B": only glued to the digits (see _SHORT_SCALES)
    # Indian numbering: "Rs 4.65 lakh" (465,000), "₹2 crore" (20 million)
    (r"lakhs?|lacs?", 1e5),
    (r"crores?", 1e7),
)
_SCALE = re.compile(
    r"(?P<gap>[" + _SPACES + r"-]?)(?P<word>" + "|".join(f"(?:{p})" for p, _ in _SCALES) + r")(?![\w])",
    re.IGNORECASE,
)
_SHORT_SCALES = {"k", "m", "mn", "bn", "b"}  # only when glued to the digits ("2.5m") or before a currency

_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}
_RU_BASES = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
    "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900, "полтора": 1.5,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8,
    "девятеро": 9, "десятеро": 10,
}
# Words for a group of things: "a dozen", "half a dozen", "десяток", "около дюжины", "два десятка".
# The value is the group's size (True: only after a number or a word such as "около", since
# "дюжины" is also the vague plural "dozens"); the plurals (десятки, dozens) carry no number.
_GROUP_WORDS = {
    "dozen": (12, False), "half-dozen": (6, False),
    "десяток": (10, False), "десятка": (10, True), "десятку": (10, True), "десятком": (10, False),
    "дюжина": (12, False), "дюжину": (12, False), "дюжиной": (12, False), "дюжины": (12, True),
}
_RU_GROUP_LEADS = {"около", "более", "свыше", "почти", "до", "порядка", "примерно", "менее", "больше", "меньше", "с",
                   "целый", "целую", "целого", "целой"}
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-z]+)?")

_QUALIFIERS: tuple[tuple[str, str], ...] = (
    (r"более\s+чем|более|свыше|больше|не\s+менее|по\s+меньшей\s+мере|как\s+минимум|минимум"
     r"|more\s+than|over|at\s+least|in\s+excess\s+of|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than", "at_least"),
    (r"почти|nearly|almost|до|не\s+более|менее|меньше|up\s+to|less\s+than|fewer\s+than|under|no\s+more\s+than", "at_most"),
    (r"около|порядка|примерно|приблизительно|ориентировочно|approximately|about|around|roughly"
     r"|some|an\s+estimated|estimated|circa|approx\.?", "approximate"),
)
_QUALIFIER = [(re.compile(rf"(?:^|(?<=[\s(]))(?:{p})\s*$", re.IGNORECASE), q) for p, q in _QUALIFIERS]


@dataclass(frozen=True, slots=True)
class Figure:
    """A number found in text: its span (relative to the text searched) and value."""

    start: int
    end: int
    value: float
    text: str
    approximate: bool = False  # "a dozen"
    in_words: bool = False
    scaled: bool = False
    lone: bool = False  # one person, no number written («задержан житель»): see store.ingest.lone


# "more than a tonne", "тонну кокаина": a weight unit with no number counts one of it.
_ONE_UNIT = re.compile(
    # «килограмм марихуаны», «около килограмма героина»: one kilogram
    r"(?<![\w-])(?:(?:a|one)\s+(?=(?:tonne|metric\s+ton|ton|kilo(?:gram(?:me)?)?)\b)|(?=тонн[уаы](?![\w-]))|(?=килограмма?(?![\w-])))",
    re.IGNORECASE,
)


def _one_unit(text: str) -> list[Figure]:
    out = []
    for m in _ONE_UNIT.finditer(text):
        if m.group() == "" and re.search(r"(?:\d[\d.,]*|\w+)\s*$", text[:m.start()]) and re.search(
                r"(?:\d|полтор|одн|две|два)\w*\s*$", text[:m.start()], re.IGNORECASE):
            continue  # "1 тонна", "одна тонна": the number is the figure
        prev = re.search(r"([\w.,/-]+)\s*$", text[:m.start()])
        if m.group() == "" and prev and (re.match(r"(?:за|на|по|в|каждый|каждого|per|a)$|[\d/]", prev.group(1), re.IGNORECASE)
                                         or is_number_word(prev.group(1))):
            continue  # «500 рублей за килограмм» (a rate), «66-ти килограмм», «пяти килограмм» (the number is the figure)
        if text[m.start():m.start() + 5].lower() == "тонны" and not _HEDGED_ONE.search(text[:m.start()]):
            continue  # «тонны наркотиков» alone is "tons of"; «более тонны», «около тонны» is one tonne and more
        out.append(Figure(m.start(), m.start() + len(m.group().rstrip()), 1, m.group().rstrip(), in_words=True))
    return out


_HEDGED_ONE = re.compile(r"(?<![\w-])(?:более|свыше|больше|около|почти|порядка|менее|меньше|примерно|приблизительно)\s+$", re.IGNORECASE)


def find_figures(text: str, lang: str) -> list[Figure]:
    """Every figure in ``text``, left to right, with scale words folded into the value."""
    found = [*_half_figures(text), *_digit_figures(text, lang), *_word_figures(text, lang), *_one_firearm(text),
             *_one_unit(text), *_one_person(text), *_listed_people(text),
             *_english_people(text)]
    found.sort(key=lambda f: (f.start, f.start - f.end))
    out: list[Figure] = []
    iso = [m.span() for m in _ISO_DATE.finditer(text)]
    for fig in found:
        if out and fig.start < out[-1].end:
            continue
        if any(a <= fig.start < b for a, b in iso):
            continue  # " date 2021-03-31 One man has been arrested": a page's date line, no count
        if _in_date(text, fig) or _STATUTE_BEFORE.search(text, max(0, fig.start - 40), fig.start):
            continue
        fig = _with_scale(text, fig)
        ending = _RU_ENDING.match(text, fig.end)
        if ending and not fig.in_words:  # "66-ти килограмм", "5-ти человек"
            fig = Figure(fig.start, ending.end(), fig.value, text[fig.start:ending.end()], fig.approximate, fig.in_words, fig.scaled)
        if text[fig.end:fig.end + 1] == "+" and not fig.in_words:
            fig = Figure(fig.start, fig.end + 1, fig.value, text[fig.start:fig.end + 1], fig.approximate, fig.in_words, fig.scaled)
        out.append(fig)
    return _shared_scale(text, out)


# "$US31.6 ($42) million", "€26.7 ($31) million": the scale word after the bracket is both figures'.
_BRACKET_THEN_SCALE = re.compile(r"\s*[(\[][^\d()\[\]]{0,6}$")
_CLOSE_THEN_SCALE = re.compile(r"\s*[)\]]")


def _shared_scale(text: str, figs: list[Figure]) -> list[Figure]:
    out = list(figs)
    for k in range(len(out) - 1):
        first, inner = out[k], out[k + 1]
        if first.scaled or inner.scaled or not _BRACKET_THEN_SCALE.match(text[first.end:inner.start]):
            continue
        close = _CLOSE_THEN_SCALE.match(text, inner.end)
        scale = _SCALE.match(text, close.end()) if close else None
        if not scale or scale.group("word").lower() in _SHORT_SCALES:
            continue
        factor = next(f for p, f in _SCALES if re.fullmatch(p, scale.group("word"), re.IGNORECASE))
        out[k] = Figure(first.start, first.end, first.value * factor, first.text, first.approximate, first.in_words, True)
        out[k + 1] = Figure(inner.start, inner.end, inner.value * factor, inner.text, inner.approximate, inner.in_words, True)
    return out


_ISO_DATE = re.compile(r"(?<![\w.-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\w.-])")
# "detained under Section 4 Criminal Justice Act", "charged under s.20", "Article 3 of the law": a provision's number
_STATUTE_BEFORE = re.compile(r"(?<![\w-])(?:[Ss]ection|[Ss]ubsection|[Ss]s?\.|[Aa]rticle|[Aa]rt\.|[Pp]aragraph|[Ss]chedule|[Cc]lause"
                             r"|[Rr]egulation)\s*$")


_RU_ENDING = re.compile(r"-(?:ти|и|х|ми|ью|ух|ёх|ех|ого|му|ой|ый|ых)(?=\s)")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# "on April 23 and 24", "between June 11 and 13", "11 to 13 June": day numbers of a date.
_DAY_BEFORE = re.compile(_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–|—|&)\s*$")
_DAY_AFTER = re.compile(r"^\s*(?:and|to|-|–|—|&)\s*\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"(?![\w])")

# «задержали 12 мая двоих», "arrested on 12 May": the day of a date, never a count.
_DAY_OF_MONTH = re.compile(r"^\s+(?:(?i:" + MONTHS_GEN + r")"
                           r"|January|February|March|April|May|June|July|August|September|October|November|December)(?![\w])")
# "in a raid on March 14 in Valencia", "on Oct. 5, police …": a day after its month, unless a noun
# follows that the number counts ("In May 12 suspects were held").
_MONTH_BEFORE = re.compile(r"\b" + _MONTH + r"\s+$")
_AFTER_A_DAY = re.compile(r"^(?:st|nd|rd|th|\s*[,.;:)]|\s*$|\s+\d{4}\b|\s+(?:in|at|on|and|when|after|before|by|from|"
                          r"during|the|a|an|to|as|while|with|or|last|this|that)\b)")


# "their April 2018 arrest", "since his 2021 arrest": a year naming an event, never a count
_YEAR_OF_EVENT_BEFORE = re.compile(r"(?:\b" + _MONTH + r"|\b(?:his|her|their|its|the|a|an))\s+$", re.IGNORECASE)
_YEAR_OF_EVENT_AFTER = re.compile(r"^\s+(?:arrest|detention|raid|seizure|conviction|sentencing|indictment)(?![\w-])", re.IGNORECASE)


def _year_of_event(text: str, fig: Figure) -> bool:
    return (not fig.in_words and 1900 <= fig.value <= 2099 and fig.value == int(fig.value) and len(fig.text.strip()) == 4
            and bool(_YEAR_OF_EVENT_BEFORE.search(text[:fig.start])) and bool(_YEAR_OF_EVENT_AFTER.match(text[fig.end:])))


def _in_date(text: str, fig: Figure) -> bool:
    """``fig`` is a day of a date: a range ("April 23 and 24", "11 to 13 June") or a day and month («12 мая»),
    or the year of an event ("his June 2024 arrest")."""
    if _year_of_event(text, fig):
        return True
    return (not fig.in_words and fig.value < 32 and fig.value == int(fig.value)
            and bool(_DAY_BEFORE.search(text[:fig.start]) or _DAY_AFTER.match(text[fig.end:])
                     or _DAY_OF_MONTH.match(text[fig.end:])
                     or (_MONTH_BEFORE.search(text[:fig.start]) and _AFTER_A_DAY.match(text[fig.end:]))))


def parse_digits(raw: str, lang: str) -> float:
    """``53,4`` -> 53.4; ``1,200`` -> 1200 (English) or 1.2 (Russian); ``12 500`` -> 12500."""
    compact = re.sub(f"[{_SPACES}]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", compact):
        return float(compact.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", compact):
        return float(compact.replace(".", "").replace(",", "."))
    if re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", compact) and lang == "ru":
        return float(compact.replace(".", ""))  # "1.250 кг": the comma is Russian's decimal mark, the dot groups thousands
    if re.fullmatch(r"\d{1,3},\d{3}", compact) and lang != "ru":
        return float(compact.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", compact):
        return float(compact.replace(",", ""))
    return float(compact.replace(",", "."))


def qualifier_before(prefix: str) -> str | None:
    """The qualifier that ends ``prefix`` (the text just before a figure), if any."""
    for pattern, qualifier in _QUALIFIER:
        if pattern.search(prefix):
            return qualifier
    return None


# "half a tonne", "half a million", "two and a half tonnes", "полкилограмма", "полмиллиона".
_HALF_UNITS = r"(?:tonnes?|tons?|kilo(?:gram(?:me)?)?s?|kg|million|billion|pounds?|grams?|ounces?)"
_EN_HALF = re.compile(rf"\b(?:(?P<whole>\d+|[A-Za-z]+(?:-[A-Za-z]+)?)\s+and\s+a\s+half|half\s+an?)(?=\s+{_HALF_UNITS}\b)", re.IGNORECASE)
# «свыше полукилограмма», «около полутонны»: the genitive of «пол-» is «полу-»
_RU_HALF = re.compile(r"(?<![\w-])[Пп]олу?(?=(?:килограмм|кило|тонн|грамм|миллион|миллиард)[а-яё]*(?![\w]))")
# "две с половиной тонны", "три с половиной миллиона": the whole, then a half.
_RU_AND_HALF = re.compile(
    r"(?<![\w-])(?P<whole>\d+|[А-Яа-яЁё]+)\s+с\s+половиной(?=\s+(?:килограмм|кило|кг|тонн|т\b|грамм|миллион|млн|миллиард|млрд|тысяч|тыс)[а-яё.]*)",
    re.IGNORECASE)


# "a revolver", "an assault rifle": one firearm (what it counts is checked later).
_A_FIREARM = re.compile(
    r"\b(?:a|an)\s+(?=(?:[\w-]+\s+){0,2}?(?:revolver|pistol|handgun|rifle|shotgun|gun|firearm|carbine|Kalashnikov)"
    r"(?![\w-])(?!\s+(?:shops?|stores?|dealers?|licen[cs]es?|owners?|ranges?|clubs?|parts?|violence|crime)))",
    re.IGNORECASE,
)


# "три пистолета и автомат", "изъяли охотничий карабин": a firearm noun in the singular
# nominative/accusative with no number before it is one item.  The figure is empty, placed
# before the noun (and its adjectives), so the noun is read as what it counts.
_RU_ONE_FIREARM = re.compile(
    r"(?<![\w-])(?:[а-яё]+(?:ый|ий|ой|ую|юю|ое|ее)\s+){0,2}"
    r"(?:автомат|пистолет|карабин|револьвер|обрез|винтовк[ау]|ружь[её]|пулем[её]т)(?![\w-])",
    re.IGNORECASE,
)


def _one_firearm(text: str) -> list[Figure]:
    out = [Figure(m.start(), m.start() + len(m.group().rstrip()), 1, m.group().rstrip(), in_words=True) for m in _A_FIREARM.finditer(text)]
    forms = None
    for m in _RU_ONE_FIREARM.finditer(text):
        if re.match(r"(?:торгов|игров|платеж|платёж|кофейн|травмат|пневмат|газов|сигнальн|стартов)", m.group(), re.IGNORECASE):
            continue  # a vending machine, a gas or starting pistol
        prev = re.search(r"([\w.,]+)\s*$", text[:m.start()])
        if prev:
            word = prev.group(1).lower().replace("ё", "е")
            forms = forms or _ru_number_forms()
            if word[0].isdigit() or word in forms:
                continue  # "один пистолет", "21 автомат": the number is the figure
        out.append(Figure(m.start(), m.start(), 1, "", in_words=True))
    return out


def _one_person(text: str) -> list[Figure]:
    from store.ingest.lone import couples, lone_people, with_companion

    pairs = couples(text)
    ones = [(a, b) for a, b in lone_people(text) if not any(c <= a < d for c, d in pairs)]
    return [*(Figure(a, b, 2 if len(ones) == 1 and with_companion(text, a, b) else 1, text[a:b], in_words=True, lone=True)
              for a, b in ones),
            *(Figure(a, b, 2, text[a:b], in_words=True, lone=True) for a, b in pairs)]


def _english_people(text: str) -> list[Figure]:
    from store.ingest.lone_en import english_lone_people

    return [Figure(a, b, n, text[a:b], in_words=True, lone=True) for a, b, n in english_lone_people(text)]


def _listed_people(text: str) -> list[Figure]:
    from store.ingest.role_lists import listed_people

    return [Figure(a, b, n, text[a:b], in_words=True, lone=True) for a, b, n in listed_people(text)]


def is_number_word(word: str) -> bool:
    """A Russian number word in any case form (двоих, пяти, сорока)."""
    return word.lower().replace("ё", "е") in _ru_number_forms()


# "over a pound of ketamine", "almost a tonne of cocaine": one unit of weight after a qualifier
_A_WEIGHT = re.compile(r"\b(?:over|more\s+than|nearly|almost|about|around|roughly|just\s+under|just\s+over|at\s+least)\s+(?P<a>a)\s+"
                       r"(?=(?:kilo(?:gram(?:me)?)?|tonne|ton|pound)\s+of\b)", re.IGNORECASE)


def _half_figures(text: str) -> list[Figure]:
    out = [Figure(m.start("a"), m.end("a"), 1, m.group("a"), in_words=True) for m in _A_WEIGHT.finditer(text)]
    for m in _EN_HALF.finditer(text):
        whole = m.group("whole")
        if whole is None:
            value = 0.5
        elif whole.isdigit():
            value = int(whole) + 0.5
        elif (words_value := _en_value(whole.lower())) is not None:
            value = words_value + 0.5
        else:
            continue
        out.append(Figure(m.start(), m.end(), value, m.group(), in_words=True))
    for m in _RU_HALF.finditer(text):
        out.append(Figure(m.start(), m.end(), 0.5, m.group(), in_words=True))
    for m in _RU_AND_HALF.finditer(text):
        whole = m.group("whole").lower().replace("ё", "е")
        whole_value = int(whole) if whole.isdigit() else _ru_number_forms().get(whole)
        if whole_value is not None:
            out.append(Figure(m.start(), m.end(), whole_value + 0.5, m.group(), in_words=True))
    return out


def _digit_figures(text: str, lang: str) -> list[Figure]:
    out = []
    for m in _DIGITS.finditer(text):
        out.append(Figure(m.start(), m.end(), parse_digits(m.group(), lang), m.group()))
    return out


_VAGUE_SCALED = frozenset({"hundred", "thousand", "million", "billion"})
_VAGUE_LEADS = frozenset({"few", "several", "many", "some"})


def _word_figures(text: str, lang: str) -> list[Figure]:
    """Runs of number words: ``twenty-three``, ``сто пятьдесят``, ``пятерых``, ``a dozen``."""
    ru_forms = _ru_number_forms()
    out: list[Figure] = []
    run: list[tuple[int, int, float]] = []
    words = list(_WORD.finditer(text))

    def flush() -> None:
        if run:
            out.append(_combine(text, run))
            run.clear()

    for i, m in enumerate(words):
        word = m.group().lower()
        if word == "and" and run and run[-1][2] == 100:
            continue  # "one hundred and fifty"
        value = _en_value(word) if word.isascii() else ru_forms.get(word.replace("ё", "е"))
        if value is not None and not run and word in _VAGUE_SCALED and i and words[i - 1].group().lower() in _VAGUE_LEADS:
            flush()
            continue  # "a few hundred kilograms", "several thousand pills": no number written
        contiguous = not run or text[run[-1][1]:m.start()].strip().lower() in ("", "and")
        group = _GROUP_WORDS.get(word.replace("ё", "е"))
        if group is not None:
            size, needs_lead = group
            prev = words[i - 1].group().lower() if i else ""
            prev2 = words[i - 2].group().lower() if i > 1 else ""
            if word == "half-dozen":
                start = words[i - 1].start() if prev in ("a", "one") else m.start()
                flush()
                out.append(Figure(start, m.end(), 6, text[start:m.end()], approximate=True, in_words=True))
            elif run and contiguous:
                start = run[0][0]
                total = _sum(run) * size
                run.clear()
                out.append(Figure(start, m.end(), total, text[start:m.end()], approximate=True, in_words=True))
            elif prev in ("a", "one") and word == "dozen":
                half = prev2 == "half" and i > 1
                start = words[i - 2].start() if half else words[i - 1].start()
                out.append(Figure(start, m.end(), 6 if half else 12, text[start:m.end()], approximate=True, in_words=True))
            elif not word.isascii() and (not needs_lead or prev in _RU_GROUP_LEADS):
                flush()
                out.append(Figure(m.start(), m.end(), size, m.group(), approximate=True, in_words=True))
            continue
        if value is None or not contiguous:
            flush()
        if value is not None:
            run.append((m.start(), m.end(), value))
    flush()
    return out


def _en_value(word: str) -> float | None:
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in _EN_WORDS and unit in _EN_WORDS and _EN_WORDS[unit] < 10:
            return _EN_WORDS[tens] + _EN_WORDS[unit]
        return None
    return _EN_WORDS.get(word)


def _sum(run: list[tuple[int, int, float]]) -> float:
    total = 0.0
    for _, _, value in run:
        total = total * 100 if value == 100 and total else total + value
    return total


def _combine(text: str, run: list[tuple[int, int, float]]) -> Figure:
    start, end = run[0][0], run[-1][1]
    return Figure(start, end, _sum(run), text[start:end], in_words=True)


def _with_scale(text: str, fig: Figure) -> Figure:
    m = _SCALE.match(text, fig.end)
    if not m:
        return fig
    word = m.group("word").lower()
    if word in _SHORT_SCALES and (m.group("gap") or fig.in_words) or (m.group("gap") == "-" and fig.in_words):
        return fig
    if word == "b" and text[max(0, fig.start - 1):fig.start] not in ("$", "€", "£"):
        return fig  # "$2.88B" is billions; "room 4b" is no figure of money
    factor = next(f for p, f in _SCALES if re.fullmatch(p, word, re.IGNORECASE))
    end = m.end()
    value = round(fig.value * factor, 6)  # 4.65 lakh is 465000, not 465000.00000000006
    return Figure(fig.start, end, value, text[fig.start:end], fig.approximate, fig.in_words, True)


@functools.cache
def _ru_number_forms() -> dict[str, float]:
    """Every case form of the Russian number words (пятерых, двух, ста...), built once."""
    from store.ingest.morph import analyzer

    morph = analyzer()
    forms: dict[str, float] = {}
    for base, value in _RU_BASES.items():
        parses = [p for p in morph.parse(base) if p.normal_form == base]
        # «сто» is also a noun (СТО, a service station) whose lexeme lacks «ста»: the numeral's first
        parse = next((p for p in parses if p.tag.POS == "NUMR"), parses[0] if parses else None)
        if parse is None:
            forms[base] = value
            continue
        for form in parse.lexeme:
            if base == "один" and "plur" in form.tag:
                continue  # одни, одних: "some", "alone"
            forms.setdefault(form.word.replace("ё", "е"), value)
        forms.setdefault(base, value)
    return forms
