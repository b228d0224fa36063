"""One figure said twice is one fact: a conversion in brackets, a headline restating the body.

"more than EUR 50.8 million (USD 53.4 million)", "234 kilogrammes (516 pounds)", «14,2 млн евро
(около 1,3 млрд рублей)»: the bracket restates the figure before it in another unit.  The figure
is the first one, as stated; the bracket is kept in its ``detail`` and is never a second fact —
nor is the same converted value repeated elsewhere (a headline "$31 million seized" over a body
that says "€26.7 million ($31 million)").  A qualified round figure in the headline ("Nearly 300
arrested", «Задержаны более 280 человек») that the body states precisely (288) is that figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.ingest.local_dollar import DOLLAR_OF
from store.ingest.parts import drug_kind
from store.ingest.places import find_mentions
from store.ingest.word_classes import HEDGE
from store.model import SEIZED_DRUGS, SEIZED_MONEY

# Between a figure and its conversion: an opening bracket, maybe a hedge ("(about $600,000)").
_OPEN = re.compile(
    r"^\s*(?:of\s+)?(?:[^\W\d]+\s+){0,3}[(\[]\s*(?:(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|over|more\s+than|c\.|ca\.|~|≈|"
    r"около|примерно|почти|более|свыше|порядка|приблизительно|or|или|i\.e\.|that\s+is|то\s+есть|т\.\s*е\.)\s*){0,2}"
    r"(?:(?:the\s+)?(?:equivalent|equal)\s+(?:to|of)\s+|что\s+(?:эквивалентно|равно|составляет)\s+)?$",  # "(roughly equivalent to 273 million euros)"
    re.IGNORECASE)
_CLOSE = re.compile(r"^\s*(?:[^\W\d]+\s*){0,2}(?:" + r"(?:[;/,]|\bor\b|\bили\b|\bлибо\b)[^()\[\]]{0,40})?[)\]]", re.IGNORECASE)
# Between two conversions in one bracket: "($5.1m; €4.7m)", "($13m / £10.3m)", «(15,7 млн долларов / 1,4 млрд рублей)»
_NEXT = re.compile(r"^\s*(?:[;/,]|\bor\b|\bили\b|\bлибо\b)\s*(?:(?:about|around|approximately|roughly|some|nearly|almost|c\.|ca\.|~|≈"
                   r"|около|примерно|почти|порядка|приблизительно)\s*)?$", re.IGNORECASE)

# A conversion set off by a comma or a dash, no bracket: "€184 million, or roughly $207 million",
# "2 tonnes – about 4,400 pounds –"; "or" or a hedge must say it is the same amount again.
_APPOSED = re.compile(r"^\s*[,–—]\s*(?:(?:or|или)\s+(?:(?:" + HEDGE + r")\s+)?"
                      r"|(?:about|around|approximately|roughly|около|примерно)\s+)$", re.IGNORECASE)


def _restates(text: str, first, second) -> bool:
    """``second`` is ``first`` converted: same metric, in brackets right after it."""
    if second.metric != first.metric or first.metric not in (SEIZED_MONEY, SEIZED_DRUGS) or first.end > second.start:
        return False
    if first.metric == SEIZED_MONEY and first.unit == second.unit and not _local_dollar(text, first, second):
        return False
    if first.metric == SEIZED_DRUGS and not (first.value and abs(second.value - first.value) <= 0.05 * first.value):
        return False  # a weight restated in pounds is the same weight
    between = text[first.end:second.start]
    return bool((_OPEN.match(between) and _CLOSE.match(text[second.end:second.end + 30])) or _APPOSED.match(between))


_US_DOLLAR = re.compile(r"(?:US\$|U\.S\.\s*\$|USD|\$US)")


def _bare_dollar(text: str, q) -> bool:
    return text[q.start:q.start + 1] == "$" and not _US_DOLLAR.match(text[q.start:q.start + 6])


def _local_dollar(text: str, first, second) -> bool:
    """"$6.2-million (US$4.5-million)", "$US31.6 ($42) million": a bare "$" beside an explicit US
    dollar is another (the local) dollar, so the bracket is a conversion."""
    if first.unit != "USD" or second.unit != "USD":
        return False
    return ((_bare_dollar(text, first) and bool(_US_DOLLAR.match(text[second.start:second.start + 6])))
            or (_bare_dollar(text, second) and bool(_US_DOLLAR.match(text[first.start:first.start + 6]))))


def _dollar_of(text: str) -> str | None:
    """The one dollar country an article names ("RCMP", "OTTAWA", "Canada" → CAD), else None."""
    codes = {m.code for m in find_mentions(text) if m.code in DOLLAR_OF}
    return DOLLAR_OF[codes.pop()] if len(codes) == 1 else None


def fold_conversions(text: str, facts: list) -> list:
    """``facts`` without conversions in brackets (kept in the converted figure's ``detail``) and
    without other statements of a converted value."""
    out: list = []
    converted: list = []
    originals: set[int] = set()
    for f in facts:
        original = next((k for k, g in enumerate(out) if _restates(text, g, f)), None)
        if original is None and converted and _also_restates(text, converted[-1], f):
            # "£4m ($5.1m; €4.7m)": the second conversion in the bracket restates the same figure
            original = next((k for k in originals if _restates(text, out[k], converted[-1])), None)
            if original is not None:
                converted.append(f)
                continue
        if original is None:
            out.append(f)
            continue
        g = out[original]
        if _local_dollar(text, g, f) and _bare_dollar(text, g):
            g = replace(g, unit=_dollar_of(text) or g.unit)
        close = next((k for k in range(f.end, min(len(text), f.end + 40)) if text[k] in ")]"), -1)
        opening = max(text.rfind("(", g.end, f.start), text.rfind("[", g.end, f.start))
        bracket = text[opening:close + 1 if close >= 0 else f.end]
        out[original] = replace(g, detail=f"{g.detail} {bracket}" if g.detail else bracket)
        originals.add(original)
        converted.append(f)
    return [f for k, f in enumerate(out) if k in originals or not any(_same_value(f, c) for c in converted)]


def _also_restates(text: str, conversion, f) -> bool:
    """``f`` follows ``conversion`` in the same bracket, after a ";", "/", "or": another conversion."""
    return (f.metric == conversion.metric and conversion.end <= f.start and bool(_NEXT.match(text[conversion.end:f.start]))
            and bool(_CLOSE.match(text[f.end:f.end + 30])))


def _same_value(f, c) -> bool:
    return (f.metric, f.unit) == (c.metric, c.unit) and bool(f.value) and abs(f.value - c.value) <= 0.01 * abs(c.value)


# A count in group words ("a dozen", "over a dozen", «около десятка»), and how far the exact figure
# it restates may lie from it, by its qualifier.
# «десяток», «два десятка», "a dozen" — not «десятерых» or «десять» (exact numbers)
_GROUP_WORD = re.compile(r"dozen|десят(?:ок|ка|ку|ком|ки|ков)\b|дюжин", re.IGNORECASE)
_GROUP_SPAN = {"at_least": (1.0, 2.0), "at_most": (0.5, 1.0), "approximate": (0.75, 1.5), "exact": (0.75, 1.5)}
_HEADLINE_SCALE = {"at_least": (1.0, 1.1), "at_most": (0.9, 1.0), "approximate": (0.9, 1.1)}
# «более полтонны», «почти тонну», "over half a tonne": a weight in words, with no digit, restates the
# precise figure loosely — and the lead sentence that gives it may place it where the precise one does not
_WORD_WEIGHT = re.compile(r"^\D*(?:пол(?:у)?тонн|полтор|тонн|half\s+a\s+tonne|a\s+tonne|one\s+tonne)\D*$", re.IGNORECASE)
_WORD_WEIGHT_SPAN = {"at_least": (1.0, 1.3), "at_most": (0.85, 1.0), "approximate": (0.85, 1.2)}


def drop_rounded_headline(text: str, facts: list) -> list:
    """Without qualified round figures ("almost 180", «более 280») that another statement gives
    precisely, and without a headline's round figure ("€27m seized") that the body states to more
    digits (€27.4 million)."""
    first_line = text.find("\n")
    out = []
    placed: dict[int, str] = {}  # id of a body figure -> the country its rounded headline gives it
    for f in facts:
        precise = next((g for g in facts if g is not f and f.value and _rounds(f, g, first_line)), None)
        if precise is not None:
            if precise.country is None and f.country is not None:
                placed[id(precise)] = f.country
            continue
        out.append(f)
    # «В Кыргызстане изъято около 137 кг» over «… изъято 136,8 кг»: the headline says where the body's figure was
    return [replace(f, country=placed[id(f)]) if id(f) in placed else f for f in out]


# «партию более чем из полтонны»: the hedge may stand before a preposition
_HEDGE_BEFORE = re.compile(r"(?:(?P<at_least>более|свыше|больше|over|more\s+than)|(?P<at_most>почти|nearly|almost)"
                           r"|(?P<approximate>около|порядка|примерно|about|around|some))\s+(?:чем\s+)?(?:из\s+|of\s+)?$", re.IGNORECASE)


def _kind_after(f) -> str | None:
    """The drug the words right after ``f`` name, if any."""
    tail = (f.quote or "")[max(0, f.end - f.quote_start):][:50]
    return drug_kind(re.split(r"\d|[,;.]\s|\sи\s|\sand\s", tail, maxsplit=1)[0])


def _word_hedge(f) -> str | None:
    """The hedge of a figure written in words: its qualifier, or the hedge word before a preposition."""
    if f.qualifier in _WORD_WEIGHT_SPAN:
        return str(f.qualifier)
    m = _HEDGE_BEFORE.search((f.quote or "")[:max(0, f.start - f.quote_start)])
    return m.lastgroup if m else None
def _significant(value: float) -> int:
    """How many significant digits ``value`` is written with (50,800,000 has three, 51,000,000 two)."""
    return len(f"{float(value):.6g}".replace(".", "").replace("-", "").split("e")[0].strip("0")) or 1


def _rounds(f, g, first_line: int) -> bool:
    """``f`` is ``g`` rounded: same metric, unit, country and owner, in the direction its qualifier says."""
    in_headline = 0 <= f.quote_start < first_line <= g.quote_start
    hedge = _word_hedge(f) or ("approximate" if in_headline else None)  # a headline's «полтонны кокаина» rounds too
    in_words = hedge is not None and bool(_WORD_WEIGHT.match(f.text or "")) and f.quote_start < g.quote_start
    country_ok = g.country == f.country or ((in_headline or in_words) and None in (g.country, f.country))
    if (g.metric, g.unit, g.operation) != (f.metric, f.unit, f.operation) or not country_ok or not g.value or g.value == f.value:
        return False
    ratio = g.value / f.value
    if in_words and not _WORD_WEIGHT.match(g.text or ""):
        if _kind_after(f) != _kind_after(g) and None not in (_kind_after(f), _kind_after(g)):
            return False  # «более полутонны кокаина» is not «600 кг героина»
        low, high = _WORD_WEIGHT_SPAN[hedge or "approximate"]
        return low <= ratio <= high  # «более чем из полтонны кокаина» over «изъято 640 килограммов кокаина»
    if _GROUP_WORD.search(f.text or "") and not _GROUP_WORD.search(g.text or ""):
        # "made over a dozen arrests" beside "17 people were arrested": the vague count restates the exact one
        low, high = _GROUP_SPAN.get(f.qualifier, (0.75, 1.5))
        return low <= ratio <= high
    round_figure = float(f.value) % 10 == 0
    scale = _HEADLINE_SCALE.get(f.qualifier)
    digits = _significant(f.value)
    # («изъяли более 10 кг марихуаны» in a quote after «это 11 кг марихуаны»: a later round figure in the body is
    # another haul; a body's round figure restates a precise one as a lead before it, or the headline's)
    leads_or_after_headline = f.quote_start < g.quote_start or g.quote_start < first_line
    if scale and (in_headline or (round_figure and leads_or_after_headline)):
        # "Over 7 kilograms seized" over "7 kg 994 grams": a headline's "more than" keeps the whole number
        if in_headline and f.qualifier == "at_least" and float(f.value).is_integer() and f.value <= g.value < f.value + 1:
            return True
        # "over 50.8 million euros" beside a headline's "€51 million": the hedged figure is the more precise one,
        # so it is the rounded headline that gives way, never the other way round
        if _significant(g.value) > digits:
            return scale[0] <= ratio <= scale[1]
    # "€27m seized" over "€27.4 million": the headline keeps two significant digits;
    # "Interpol arrests 4K suspects" over "3,950 suspects": rounded up as well as down
    if in_headline and f.qualifier == "exact" and digits <= 2 and 0.95 <= ratio <= 1.05:
        return True
    # "seized € 44 million worth of bitcoins" in the lead, "bitcoins worth € 44.2 million" further down: the lead's
    # round sum is the later precise one rounded to the digits it keeps
    return (f.metric == SEIZED_MONEY and f.qualifier == "exact" and f.quote_start < g.quote_start and digits <= 2
            and _significant(g.value) > digits and float(f"{float(g.value):.{digits}g}") == float(f.value))
