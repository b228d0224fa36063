"""The place written next to a figure: "24 – в Германии", "Germany (29)", "three suspects in the
Netherlands", "в Испании задержаны восемь", "Germany made 11 arrests"."""

from __future__ import annotations

import re

from store.ingest.arrest_verbs import PASSIVE as SLANG_PASSIVE
from store.ingest.lexicon import PLACE_OPENING
from store.ingest.place_roles import PEOPLE_FROM
from store.ingest.places import Mention
from store.ingest.quantities import Quantity
from store.model import ARRESTS

_ATTACH_AFTER = re.compile(
    r"^(?:\s*\([^()\d]{0,12}\d[^()]{0,40}\))?"  # "512 pounds (232 kilograms) were taken in": the bracket restates the figure
    r"(?:\s*(?:из\s+них|of\s+them|of\s+whom),?)?\s*(?:,\s*(?=took\s|happened\s|occurred\s))?[–—-]?\s*"
    # "three suspects, who were detained in", «трое подозреваемых, которые были задержаны в»: a relative clause
    r"(?:,\s*(?:who|which|that|которы[ейх]|котор(?:ая|ого|ое))\s+(?=(?:were|was|have|has|had|are|is|были|был|была|было|задерж|арест)))?"
    # "two moderators were arrested in", "40 человек задержаны в", "119 – пришлось на"
    r"(?:(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|были|был|была|было)\s+)?(?:(?:also|later|subsequently|then|также|ещё|еще)\s+)?"
    r"(?:arrested|detained|apprehended|held|taken\s+into\s+custody|made|carried\s+out|took\s+place|happened|occurred"
    r"|seized|confiscated|intercepted|recovered|"  # "the 9 tonnes seized last week in Spain"
    + SLANG_PASSIVE + r"|задержан\w*|арестован\w*|задержали|арестовали)\s+"
    r"(?:(?:on\s+\w+\.?(?:\s+\d+)?|last\s+\w+|this\s+\w+|today|yesterday)\s+)?"
    r"(?:here\s+)?"  # "6 of the suspects were arrested here in Austria"
    r"|(?:were|was)\s+(?=in\s)"  # "19 were in Brazil"
    r"|(?:(?:were|was|are|is)\s+)?(?:based|located)\s+(?=in\s)"  # "121 of the vendors were based in the United States"
    r"|into\s+custody\s+|(?:пришл\w*|приходит\w*|приходят\w*|пришел\w*|пришёл\w*)\s+(?=на)"
    r"|(?:прошл[оиа]|прош[её]л|произошл[оиа]|произош[её]л)\s+(?=во?\s))?"
    r"(?:в|во|на|in|at|across)\s+(?:the\s+)?$",  # "ten at Netherlands" (translated copy)
    re.IGNORECASE,
)
# "most suspects (130) come from the United States": where the counted people are from (place_roles.PEOPLE_FROM).
_ATTACH_FROM = re.compile(r"^\s*\)?\s*(?:(?:come|came|comes|hail(?:ed|s)?|originate[sd]?)\s+from|(?:are|were)\s+(?:originally\s+)?from"
                          r"|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "in the US and Canada": a place coordinated with another is not the figure's one place.
_COORDINATED = re.compile(r"^\s*(?:,|and|or|&|и|или)\s*(?:the\s+)?$", re.IGNORECASE)
_ATTACH_BEFORE = re.compile(r"^\s*(?:\.?\s*\(\s*|[–—:-]\s*(?:(?:ещё|еще|также|also|another|a\s+further)\s+)?"
                            r"|(?<=\s)accounted\s+for\s+(?:(?:another|a\s+further)\s+)?)$", re.IGNORECASE)  # "Norway accounted for eight"
# "в Испании задержаны восемь", "in Spain, eight were arrested": a place phrase, then the verb.
_ATTACH_BEFORE_VERB = re.compile(
    r"^,?\s*(?:(?:были|был|была|было|were|was|have\s+been|had\s+been)\s+)?"
    r"(?:задержан\w*|арестован\w*|задержали|арестовали|arrested|detained|apprehended)\s+"
    r"(?:(?:ещё|еще|также|ещё\s+и|also|another|a\s+further|further)\s+)?$",
    re.IGNORECASE,
)
# "в Португалии изъято ещё 450 кг", "во Франции изъяли 22 единицы": a place phrase, then the seizure verb.
_ATTACH_BEFORE_SEIZED = re.compile(
    r"^,?\s*(?:(?:были|был|была|было)\s+)?(?:изъят[оыа]?|изъяли|конфискован[оыа]?|конфисковали|обнаружен[оыа]?|обнаружили)\s+"
    r"(?:(?:ещё|еще|также|ещё\s+и|почти|около|более|свыше)\s+)?$",
    re.IGNORECASE,
)
# "Germany made 11 arrests", "Police in Spain reported 4 arrests": the country, then its verb.
_SUBJECT_MADE = re.compile(r"^\s+(?:(?:also|then|later)\s+)?(?:made|carried\s+out|reported|recorded|registered)\s+"
                           r"(?:(?:another|a\s+further|further)\s+)?$", re.IGNORECASE)
# "In Spain 17 people were detained and in France 12 …", "и в Италии 5 человек": a place phrase opening
# a clause, then its figure with nothing between.
_FRONTED_PLACE = re.compile(r"(?:^\W{0,3}|[,;]\s*|\b(?:and|while|whereas|but|и|а|но)\s+)(?:in|в|во)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"(?:^|[\s,;:(])(?:в|во|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _coordinated_elsewhere(sentence: str, m: Mention, mentions: list[Mention]) -> bool:
    """``in Madrid, Valencia and Malaga`` stays Spain; ``in the US and Canada`` is no one country."""
    last = m
    for n in mentions:
        if n.start < last.end or n.kind == "adj":
            continue
        if not _COORDINATED.match(sentence[last.end:n.start]):
            break
        if n.code != m.code:
            return True
        last = n
    return False


def _list_start(sentence: str, m: Mention, mentions: list[Mention]) -> int:
    """Where a list of places of one country ending in ``m`` starts: "в Роттердаме и Утрехте"."""
    start = m.start
    for n in reversed([n for n in mentions if n.end <= m.start and n.kind != "adj"]):
        if n.code != m.code or not _COORDINATED.match(sentence[n.end:start]):
            break
        start = n.start
    return start


def attached_place(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """The place written right after or before the figure, with the words that tie them."""
    for m in mentions:
        if m.kind == "adj" or m.origin:
            continue
        if m.start >= q.end and _ATTACH_AFTER.match(sentence[q.end:m.start]):
            return None if _coordinated_elsewhere(sentence, m, mentions) else m
        if m.start >= q.end and q.metric == ARRESTS and _ATTACH_FROM.match(sentence[q.end:m.start]) and PEOPLE_FROM.search(sentence):
            return None if _coordinated_elsewhere(sentence, m, mentions) else m
    for m in mentions:
        if m.kind == "adj" or m.origin:
            continue
        if m.end <= q.start and _ATTACH_BEFORE.match(sentence[m.end:q.start]):
            if sentence[m.end:q.start].strip(" .").startswith("(") and not re.match(r"^\s*\)", sentence[q.end:]):
                continue
            return m
        if (m.end <= q.start and q.metric != ARRESTS and _ATTACH_BEFORE_SEIZED.match(sentence[m.end:q.start])
                and _PLACE_PREPOSITION.search(sentence[:_list_start(sentence, m, mentions)])):
            return m
        if m.end <= q.start and q.metric == ARRESTS and m.kind == "name" and _SUBJECT_MADE.match(sentence[m.end:q.start]):
            return m
        if (m.end <= q.start and re.fullmatch(r"\s*,?\s*", sentence[m.end:q.start])
                and _FRONTED_PLACE.search(sentence[:_list_start(sentence, m, mentions)])
                and not any(n.end <= m.start and n.code != m.code and _COORDINATED.match(sentence[n.end:m.start]) for n in mentions)):
            return m
        if (m.end <= q.start and _ATTACH_BEFORE_VERB.match(sentence[m.end:q.start])
                and _PLACE_PREPOSITION.search(sentence[:_list_start(sentence, m, mentions)])):
            return m
    return None


_BARE_NUMBER_END = re.compile(r"\b\d[\d,.]*$")
_PREPOSITION_ONLY = re.compile(r"^\s*(?:в|во|на|in|at|across)\s+(?:the\s+)?$", re.IGNORECASE)  # "in 2021 in Spain"


def bound_to_other_figures(sentence: str, mentions: list[Mention]) -> set[int]:
    """Ids of the places a number the sentence does not count is tied to: "11 tonnes, in addition to
    the 9 tonnes seized in Spain and the 4 seized in Portugal" — Portugal is the four's, so it is
    no one country left over for the 11 tonnes."""
    bound = set()
    for m in mentions:
        if m.kind == "adj" or m.origin:
            continue
        before = sentence[:m.start]
        for tie in re.finditer(r"(?<![\d,.])\d(?:[\d,.]*\d)?(?=\s)", before):
            if re.fullmatch(r"(?:19|20)\d\d", tie.group()):
                continue  # "since 2021 were arrested in Brazil": a year ties no place
            between = before[tie.end():]
            if (_ATTACH_AFTER.match(between) and not _PREPOSITION_ONLY.match(between)
                    and _BARE_NUMBER_END.search(before[:tie.end()])):
                bound.add(id(m))
                break
    return bound


def bare_place(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """The country's name right before a bare number, nothing between: "... and in Belgium 5"."""
    for m in mentions:
        if (m.kind == "name" and not m.origin and len(m.code) == 2 and m.end <= q.start
                and re.match(r"^\s*$", sentence[m.end:q.start])):
            return m
    return None


def opening_place(sentence: str, q: Quantity, mentions: list[Mention]) -> Mention | None:
    """The country a sentence opens with when nothing else stands before the figure: "In France,
    officers seized 22 firearms"."""
    before = [m for m in mentions if m.end <= q.start]
    if len(before) != 1:
        return None
    m = before[0]
    if (m.kind != "name" or m.origin or len(m.code) != 2 or not PLACE_OPENING.match(sentence[:m.start])
            or re.search(r"\d", sentence[m.end:q.start])):
        return None
    return m


# "three further suspects thought to be linked to the network were arrested in Canada": the
# people's own verb, a few words after them, places them.
_OWN_VERB_PLACE = re.compile(r"^(?:\s+[\w'’-]+){0,10}?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?"
                             r"(?:arrested|detained|apprehended|held)\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def own_verb_place(sentence: str, q: Quantity, mentions: list[Mention]) -> tuple[Mention | None, bool]:
    """The place the counted people's own arrest verb names after them, and whether it names
    several countries ("were arrested in Poland and Ukraine": no one country's)."""
    for m in mentions:
        if m.start < q.end or m.kind == "adj" or m.origin:
            continue
        if _OWN_VERB_PLACE.match(sentence[q.end:m.start]):
            return (None, True) if _coordinated_elsewhere(sentence, m, mentions) else (m, False)
        break
    return None, False
