"""Breakdown shapes of real copy: which country a per-country arrest figure is written next to.

Wire and aggregator copy rarely writes "Poland (31)".  It writes "then Ireland with 17", "Ireland,
which took 17 people into custody", "in Canada, where 88 people were held", "Ireland 17, Poland 31
and Belgium, 6", "88 in all – took place in Canada", "most of those (31) occurred in Poland", "with
88 happening in Canada", "Canadian arrests came to 88", "In Canada alone, officers detained 88,
while 31 …", and spreads one figure over several places: "Malta & Cyprus: 3 arrests each", "three
each in Malta and Cyprus", «по трое — в Португалии и на Мальте».
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.ingest.arrest_verbs import PASSIVE as SLANG_PASSIVE
from store.ingest.demonyms import nationality_after
from store.ingest.numbers import find_figures
from store.ingest.places import Mention, find_mentions
from store.ingest.quantities import AMONG_HEAD, Quantity
from store.ingest.word_classes import HEDGE
from store.model import ARRESTS, SEIZED_DRUGS

# Place, then the figure.
_WITH = re.compile(r"^\s*,?\s*with\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
_WHICH = re.compile(r"^\s*,?\s*(?:which|where|that)\s+(?:(?:took|made|carried\s+out|recorded|reported|arrested|detained|held"
                    r"|accounted\s+for)\s+)?(?:(?:" + HEDGE + r"|another)\s+)?$", re.IGNORECASE)
_HAD = re.compile(r"^\s+(?:had|saw|recorded|reported|counted|registered)\s+(?:(?:" + HEDGE + r"|another)\s+)?$", re.IGNORECASE)
# "The US accounted for the most arrests, 153, followed by …": the count in apposition after "the most arrests"
_MOST_ARRESTS = re.compile(r"^\s+(?:accounted\s+for|had|made|saw|recorded|reported|registered)\s+(?:the\s+)?(?:most|largest\s+number\s+of"
                           r"|highest\s+number\s+of|bulk\s+of\s+the|lion['’]s\s+share\s+of\s+the)\s+arrests\s*,\s*(?:with\s+)?$", re.IGNORECASE)
_TOTALLED = re.compile(r"^\s+arrests?\s+(?:totall?ed|numbered|stood\s+at|reached|came\s+to|amounted\s+to|were)\s+$", re.IGNORECASE)
_LIST_COMMA = re.compile(r"^\s*,\s*$")
_ITEM_END = re.compile(r"^\s*(?:[.;,]|and\b|и\b|$)", re.IGNORECASE)
_LIST_LEAD = re.compile(r"(?:,|\band|\bи)\s+(?:the\s+)?$", re.IGNORECASE)
# Figure, then the place.
_HAPPENED_IN = re.compile(
    r"^\s*\)?\s*(?:of\s+(?:them|these|those|whom)\s+|others?\s+|more\s+)?(?:in\s+total\s*)?(?:[–—-]\s*)?(?:occurred|took\s+place|taking\s+place|happened|happening|occurring"
    r"|were\s+made|being\s+made|were\s+carried\s+out|(?:were|was)\s+(?:arrested|detained|held|caught|captured|found|taken\s+into\s+custody"
    r"|" + SLANG_PASSIVE + r"))\s+in\s+(?:the\s+)?$", re.IGNORECASE)  # "33 others were picked up in Italy"
# "Of the 412 arrested, the largest number, 171, was in Germany": a share set off by commas, then its place
_LARGEST_HEAD = re.compile(r"\b(?:the\s+)?(?:largest|biggest|highest|greatest)\s+(?:number|share|group|contingent|portion)"
                           r"(?:\s+of\s+(?:them|those|these|the\s+arrests|arrests))?\s*,\s*$|\bthe\s+most\s*,\s*$", re.IGNORECASE)
_SET_OFF_IN = re.compile(r"^\s*,\s*(?:was|were|came|took\s+place)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_ALONE = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:from|in)\s+(?:the\s+)?$", re.IGNORECASE)
_FRONTED = re.compile(r"^\W{0,3}(?:in|в|во)\s+(?:the\s+)?$", re.IGNORECASE)
_FRONTED_GAP = re.compile(r"^(?:\s+alone|\s+only|\s+itself)?\s*,?\s+[^\d]*$", re.IGNORECASE)
_TOTAL_WORDS = re.compile(r"\b(?:in\s+total|total|overall|altogether|worldwide|всего|в\s+общей\s+сложности|в\s+целом|итого)\b",
                          re.IGNORECASE)
# "4 arrests each", "four each in", «по трое».
_EACH_AFTER = re.compile(r"^\s*(?:(?:arrests?|people|suspects|persons)\s+)?each\b", re.IGNORECASE)
_COORD = re.compile(r"^\s*(?:,|and|&|и|or)\s*(?:the\s+|(?:в|во|на|in)\s+)?$", re.IGNORECASE)
# "Italy and the Netherlands each arrested 4 people"
_EACH_VERB_BEFORE = re.compile(r"\s+each\s+(?:arrested|detained|held|made|recorded|reported|had)\s+$", re.IGNORECASE)
_EACH_IN = re.compile(r"^\s*(?:(?:arrests?|people|suspects|persons)\s+)?each\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# «по девять человек задержаны во Франции и Испании», «в Словакии и Венгрии — по семь человек»
_PO_BEFORE = re.compile(r"(?:^|[\s,;:—–-])по\s+$", re.IGNORECASE)
_PO_AFTER = re.compile(r"^\s*(?:[а-яё]+\s+){0,2}(?:(?:были\s+)?(?:задержан\w*|арестован\w*)\s+)?(?:в|во|на)\s+$", re.IGNORECASE)


def _place(m: Mention) -> bool:
    return m.kind != "adj" and not m.origin


def shaped_place(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """The country an arrest figure is written next to in one of the shapes above, else None."""
    if q.metric != ARRESTS and not (q.metric == SEIZED_DRUGS and _drugs_from_alone(sentence, q, mentions)):
        return None
    nationality = _nationality(sentence, q)
    if nationality is not None:
        return nationality  # "42 Germans, 37 Britons and 29 French were arrested", "four Dutch people"
    based = re.search(r"\b([A-Z][\w.]*)-based\b", sentence[q.start:q.end])
    if based:  # "31 UK-based arrests": the compound is one token, so find the country in it
        found = find_mentions(based.group(1))
        if len(found) == 1 and found[0].end == len(based.group(1)) and found[0].kind != "adj":
            start = q.start + based.start(1)
            return Mention(start, start + len(based.group(1)), found[0].code, found[0].kind)
    inside = next((m for m in mentions if q.start < m.start and m.end < q.end and m.kind == "name"), None)
    if inside is not None and not inside.origin:
        return inside  # "Among these 153 U.S. suspects"
    after = next((m for m in mentions if m.start >= q.end), None)
    if after is not None and _FROM_ALONE.match(sentence[q.end:after.start]) and re.match(r"\s+alone\b", sentence[after.end:]):
        return after  # "274 kgs (604 pounds) from the US alone"
    before = [m for m in mentions if m.end <= q.start]
    if before:
        m = before[-1]
        gap = sentence[m.end:q.start]
        if _place(m) and (_WITH.match(gap) or _WHICH.match(gap) or (_HAD.match(gap) and not q.bare) or _MOST_ARRESTS.match(gap)):
            return m
        if (m.kind == "adj" or _place(m)) and _TOTALLED.match(gap):
            return m
        if (_place(m) and q.bare and _LIST_COMMA.match(gap) and _ITEM_END.match(sentence[q.end:])
                and _LIST_LEAD.search(sentence[:m.start])):
            return m  # "…, Germany 52 and the Netherlands, 10."
    after = next((m for m in mentions if m.start >= q.end), None)
    if after is not None and _place(after) and _EACH_IN.match(sentence[q.end:after.start]):
        return after  # "three each in Spain and Portugal": the first of the places (each_places adds the rest)
    if (after is not None and _place(after) and _SET_OFF_IN.match(sentence[q.end:after.start])
            and _LARGEST_HEAD.search(sentence[:q.start])):
        return after  # "the largest number, 171, was in Germany"
    if (after is not None and _place(after) and _HAPPENED_IN.match(sentence[q.end:after.start])
            and not _with_others(sentence, after, mentions)):
        return after  # "153 in total – occurred in the United States", "(65) were arrested in the United States"
    if len(before) == 1 and _place(before[0]) and len(before[0].code) == 2:
        m = before[0]
        gap = sentence[m.end:q.start]
        if (_FRONTED.match(sentence[:m.start]) and _FRONTED_GAP.match(gap) and not _TOTAL_WORDS.search(gap) and "," in gap
                and not q.bare):
            return m  # "In Canada alone, officers detained 88 suspects, while 31 were held in Poland"
    return None


def _nationality(sentence: str, q: Quantity) -> Mention | None:
    """The nationality noun an arrest count is of ("42 Germans", "four Dutch people"), as a mention."""
    if q.metric != ARRESTS:
        return None
    for k in range(q.start, min(q.end, len(sentence)) + 1):
        if k < len(sentence) and sentence[k].isspace() and (k == q.start or not sentence[k - 1].isspace()):
            if not _NUMBER_GAP.fullmatch(sentence[q.start:k]):
                return None  # a word that is no part of the number comes first
            found = nationality_after(sentence[k:])
            if found is not None and k + found[0] <= q.end:
                start, end, code = found
                if len(_nationality_codes(sentence)) < 2 or AMONG_HEAD.search(sentence[:q.start]):
                    return None  # "among those detained were two Lithuanian nationals": a passport, not a breakdown
                return Mention(k + start, k + end, code, "name")
    return None


def _nationality_codes(sentence: str) -> set[str]:
    """The nationalities counted in ``sentence`` ("42 Germans, 37 Britons" → {DE, GB})."""
    lang = "ru" if re.search(r"[а-яё]", sentence, re.IGNORECASE) else "en"
    codes = set()
    for fig in find_figures(sentence, lang):
        found = nationality_after(sentence[fig.end:])
        if found is not None:
            codes.add(found[2])
    return codes


# The number itself, spelled or written: "42", "1,200", "One hundred twenty-one", «шестеро».
_NUMBER_GAP = re.compile(r"(?:[\d.,]+|[^\W\d]+(?:-[^\W\d]+)?)(?:\s+(?:and\s+)?[^\W\d]+(?:-[^\W\d]+)?){0,3}", re.IGNORECASE)


def _with_others(sentence: str, m: Mention, mentions: list[Mention]) -> bool:
    """``m`` is listed with another country ("in Malta, Chile and Belgium"): no one place."""
    nxt = next((n for n in mentions if n.start >= m.end), None)
    return nxt is not None and nxt.code != m.code and bool(_COORD.match(sentence[m.end:nxt.start]))


def _drugs_from_alone(sentence: str, q: Quantity, mentions: list[Mention]) -> bool:
    after = next((m for m in mentions if m.start >= q.end), None)
    return bool(after is not None and _FROM_ALONE.match(sentence[q.end:after.start]) and re.match(r"\s+alone\b", sentence[after.end:]))


def each_places(sentence: str, q: Quantity, mentions: list[Mention]) -> list[Mention]:
    """The places one figure is distributed over ("Austria & Netherlands: 4 arrests each", "four
    each in Italy and the Netherlands"), or [] when the figure is no such share."""
    each = _EACH_AFTER.match(sentence[q.end:]) or _EACH_VERB_BEFORE.search(sentence[:q.start])
    po = _PO_BEFORE.search(sentence[:q.start]) or _EACH_VERB_BEFORE.search(sentence[:q.start])
    if q.metric != ARRESTS or not (each or po):
        return []
    places = [m for m in mentions if _place(m)]
    after = [m for m in places if m.start >= q.end]
    if after and (_EACH_IN.match(sentence[q.end:after[0].start]) or (po and _PO_AFTER.match(sentence[q.end:after[0].start]))):
        return _run(sentence, places, places.index(after[0]), forward=True)
    before = [m for m in places if m.end <= (po.start() if po else q.start)]
    # «в Словакии и Венгрии — по семь человек», «В Литве и Латвии задержаны по три человека»
    if before and re.match(r"^\s*(?:[:–—(-]|,?\s*with)?\s*(?:(?:были\s+)?(?:задержан[оы]?|арестован[оы]?|задержали|арестовали)\s*)?$",
                           sentence[before[-1].end:po.start() if po else q.start], re.IGNORECASE):
        return _run(sentence, places, places.index(before[-1]), forward=False)
    return []


def respectively(sentence: str, picked: list, mentions: list[Mention]) -> list:
    """"Austria & Czechia: 5 and 6 arrests respectively": the figures go to the places in order."""
    m = re.search(r"\brespectively\b|\bсоответственно\b", sentence, re.IGNORECASE)
    if m is None:
        return picked
    figures = [k for k, (q, _) in enumerate(picked) if q.metric == ARRESTS and q.end <= m.start()]
    if len(figures) == 1:
        return _one_each(sentence, picked, figures[0], mentions, m.start())
    places = [p for p in mentions if _place(p) and (not figures or p.end <= picked[figures[0]][0].start)]
    if len(figures) < 2 or not places:
        return picked
    run = _run(sentence, places, len(places) - 1, forward=False)
    if len(run) != len(figures):
        return picked
    out = list(picked)
    for k, place in zip(figures, run):
        out[k] = (out[k][0], place)
    return out


def _one_each(sentence: str, picked: list, k: int, mentions: list[Mention], at: int) -> list:
    """"Two fugitives were brought into custody in Greece and Italy respectively": a count as large as the list of
    places after it, then "respectively", is one person in each."""
    q = picked[k][0]
    places = [p for p in mentions if _place(p) and q.end <= p.start and p.end <= at]
    if not places or not re.fullmatch(r"[\s,]*", sentence[places[-1].end:at]):
        return picked
    run = _run(sentence, places, len(places) - 1, forward=False)
    if len(run) < 2 or q.value != len(run):
        return picked
    return [*picked[:k], *((replace(q, value=1), place) for place in run), *picked[k + 1:]]


def _run(sentence: str, places: list[Mention], k: int, forward: bool) -> list[Mention]:
    """The coordinated list of places through ``places[k]`` ("Italy and the Netherlands")."""
    run = [places[k]]
    step = 1 if forward else -1
    j = k + step
    while 0 <= j < len(places):
        a, b = (run[-1], places[j]) if forward else (places[j], run[-1])
        if not _COORD.match(sentence[a.end:b.start]):
            break
        run.append(places[j])
        j += step
    return sorted(run, key=lambda m: m.start) if len({m.code for m in run}) >= 2 else []
