"""Which figures a country word in the sentence is the scope of.

A country named once in a sentence is by default where its figures happened ("Spanish police
arrested 12").  Real copy often names a country that only belongs to a coalition or an overall
frame: "U.S. and EU police seized over $140 million", "Officers from Europe, Africa, Asia,
and the United States have seized €97 million", "US, Europol detain 310", "by US, German,
Colombian and European law enforcement also netted nearly a tonne".  A country
coordinated with another country or with a supranational body or region is one member of a
coalition: no figure of the sentence is its own unless written next to it.  Likewise a figure
the sentence frames as everyone's ("across the globe", "on three continents", "a total of 179
arrests") is worldwide.
"""

from __future__ import annotations

import re

from store.ingest.agencies import agency_spans
from store.ingest.places import Mention
from store.ingest.shares import share_places

# Bodies and regions above one country: "EU", "Europol", "Europe", "South America", «Евросоюз», «Западной Европе».
_SUPRANATIONAL = re.compile(
    r"\b(?:EU|E\.U\.|(?:(?:Western|Eastern|Northern|Southern|Central)\s+)?Europe|European|Europol|Eurojust|Interpol|INTERPOL|Asia|Asian|Africa|African|Oceania"
    r"|(?:South|North|Latin|Central)\s+America|Middle\s+East|Scandinavia\w*|Balkans?)\b"
    r"|(?<![\w])(?:ЕС|Евросоюз\w*|(?:(?:Западн|Восточн|Северн|Южн|Центральн)\w+\s+)?Европ\w*|Европол\w*|Евроюст\w*|Интерпол\w*|Ази[яию]|Африк\w*"
    r"|(?:Южн|Северн|Латинск|Центральн)\w+\s+Америк\w*|Скандинави\w*|Балкан\w*)(?![\w])")
# The gap between two members of one list: "US, British", "U.S. and EU", "Austria & Netherlands".
# («ФБР и полиции Нидерландов», "the FBI and police in Spain": a second member named by its police)
_COORDINATED = re.compile(r"^\s*(?:(?:customs|police|authorities|officers|agents|agencies|law\s+enforcement|(?:border\s+|coast\s+)?guards?"
                          r"|тамож\w*|полици\w*|пограничн\w*|правоохранител\w*)\s*)?(?:,\s*(?:(?:and|и|or|или)\s+)?|(?:and|и|or|или|&)\s+|&\s*)(?:the\s+)?"
                          r"(?:(?:полици\w*|правоохранител\w*\s+орган\w*|власт\w*|police\s+(?:in|of)|authorities\s+(?:in|of))\s+)?$"
                          # "The US worked with police in Europe and Asia": a partner named by its territory's police is a
                          # second member of one joint subject (not "worked with Europol", a body that only supports)
                          r"|^\s+(?:(?:has|have|had)\s+)?(?:worked|working|teamed\s+up|partnered|cooperated|co-operated|collaborated|joined\s+forces)"
                          r"\s+(?:closely\s+)?(?:together\s+)?with\s+(?:the\s+)?(?:[^\W\d]+\s+){0,2}?"
                          r"(?:police|authorities|law\s+enforcement|agencies|officers|counterparts|partners)\s+(?:in|of|from|across)\s+(?:the\s+)?$",
                          re.IGNORECASE)

# A frame covering every place: "across the globe", "on three continents", "на трёх континентах".
_EVERYWHERE = re.compile(
    r"\b(?:across|around|over)\s+the\s+globe\b|\b(?:on|across|in)\s+(?:three|four|five|several|multiple|\d+)\s+continents\b"
    r"|\bmulti-?continental\b|\b(?:across|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|several|multiple|many)\s+(?:different\s+)?(?:countries|nations)\b"
    r"|на\s+(?:тр[её]х|четыр[её]х|пяти|нескольких|\d+)\s+(?:континентах|материках)|по\s+всему\s+(?:миру|свету)"
    # "The U.S. Department of Justice, its JCODE team and international partners arrested 288 people"
    r"|\b(?:and|with|together\s+with|alongside)\s+(?:its\s+|their\s+)?(?:international|foreign|global|overseas)\s+"
    r"(?:partners|counterparts|agencies|authorities|law\s+enforcement|police(?:\s+forces)?|customs(?:\s+services)?)\b"
    r"|(?:и|вместе\s+с|совместно\s+с)\s+(?:международными|зарубежными|иностранными)\s+(?:партн[её]рами|коллегами|ведомствами|спецслужбами)",
    re.IGNORECASE)


# "After seizing 40 kg in Spain, Portuguese police arrested five", «Изъяв 10 кг в Латвии, литовские полицейские …»:
# the comma closing a fronted clause is no list's comma.
_FRONTED_CLAUSE_END = re.compile(
    # ("Working with the US FBI, the Australian Federal Police seized …": the partner clause, no list either)
    r"^\W{0,3}(?:after|having|before|following|while|when|upon|once|since|изъяв|задержав|обнаружив|конфисковав|после|пока"
    r"|working\s+with|together\s+with|alongside|in\s+(?:cooperation|partnership|collaboration|conjunction)\s+with"
    r"|with\s+the\s+(?:help|support|assistance)\s+of|assisted\s+by|supported\s+by)\b[^,;:.!?]*,",
    re.IGNORECASE)


def fronted_clause_place(sentence: str, q, mentions: list[Mention]) -> str | None:
    """The one country named in a fronted clause that holds the figure: "After seizing 40 kg of cocaine
    in Spain, Portuguese police arrested five" — the 40 kg are Spain's, whoever the main clause's actor is."""
    fronted = _FRONTED_CLAUSE_END.match(sentence)
    if not fronted or q.end > fronted.end():
        return None
    codes = {m.code for m in mentions if m.end < fronted.end() and m.kind != "adj" and not m.origin}
    return codes.pop() if len(codes) == 1 else None


_SAYS_AFTER = re.compile(r"\s+(?:said|says|reported|reports|stated|announced|added|told|confirmed|сообщ\w*|заяв\w*)\b", re.IGNORECASE)


def coalition(sentence: str, mentions: list[Mention], regions_only: bool = False, attribution_too: bool = True) -> set[int]:
    """Indexes into ``mentions`` of the countries that are one member of a list of several
    countries or of a country and a supranational body or region."""
    items: list[tuple[int, int, int | None, str]] = [(m.start, m.end, k, m.code) for k, m in enumerate(mentions)]
    for s in _SUPRANATIONAL.finditer(sentence):
        if not attribution_too and _SAYS_AFTER.match(sentence, s.end()):
            continue  # "… into custody in Belgium, Eurojust said": who reports, not a coalition member
        if not any(a <= s.start() < b for a, b, _, _ in items):
            items.append((s.start(), s.end(), None, "*"))
    if not regions_only:  # «совместной операции ФБР и полиции Нидерландов»: the FBI stands for its country
        for a, b, code in agency_spans(sentence):
            if not any(x <= a < y for x, y, _, _ in items):
                items.append((a, b, None, code))
    items.sort()
    out: set[int] = set()
    group = [items[0]] if items else []
    fronted = _FRONTED_CLAUSE_END.match(sentence)
    for item in items[1:] + [None]:
        if item is not None and _COORDINATED.match(sentence[group[-1][1]:item[0]]) and not (
                fronted and group[-1][1] <= fronted.end() - 1 < item[0]):
            group.append(item)
            continue
        codes = {code for _, _, _, code in group}
        if len(group) >= 2 and (len(codes) >= 2) and (not regions_only or "*" in codes):
            out.update(k for _, _, k, _ in group if k is not None)
        group = [item] if item is not None else []
    return out


def with_region(sentence: str, mentions: list[Mention]) -> set[int]:
    """Indexes of countries coordinated with a supranational body or region ("across the US and Europe"),
    not with one that only reports ("… in Belgium, Eurojust said")."""
    return coalition(sentence, mentions, regions_only=True, attribution_too=False)


# "The market's infrastructure in Romania was taken offline", "pulled the servers offline in
# Romania": where the servers stood, not where the money was seized or people arrested.
_SERVER_PLACE = re.compile(
    r"(?:servers?|infrastructure|hosting|hosted|data\s+cent(?:re|er)s?|offline|серверы?\w*|инфраструктур\w*|хостинг\w*)"
    r"\b[^,;.\d]{0,40}?\b(?:in|в|во|на)\s+(?:the\s+)?$", re.IGNORECASE)
# "Минюст США: задержаны 260 человек", "US Justice Department: 300 arrests": who announces, before a colon.
_ANNOUNCER = re.compile(
    r"^\W{0,3}[^:\d\n]{0,40}?(?:минюст|министерств|ведомств|мвд|фбр|прокуратур|полици|justice|department|ministry|police"
    r"|prosecutors?|fbi|doj|nca|bka|europol|европол)[^:\d\n]{0,30}:\s", re.IGNORECASE)
# "52 arrests in Canada and abroad": a country coordinated with "elsewhere" is not the figure's one place.
# ("U.S. and international law enforcement", «российские и зарубежные силовики»: a home force with foreign ones)
_ELSEWHERE = re.compile(r"^\s*(?:,\s*)?(?:and|или|or|и)\s+(?:abroad|elsewhere|overseas|beyond|за\s+рубежом|за\s+границей"
                        r"|(?:international|foreign|overseas|зарубежн\w*|иностранн\w*|международн\w*)\s+(?!operation|investigation|"
                        r"drug|trafficking|market|операци|расследован|наркотрафик)\w)",
                        re.IGNORECASE)


# "The U.S. Department of Justice announced … 288 arrests", "announced by the U.S. Justice Department":
# a ministry announcing the results of a multinational operation is not where they happened.
_MINISTRY = (r"(?:Department\s+of\s+Justice|Justice\s+Department|Justice\s+Ministry|Ministry\s+of\s+Justice|Attorney\s+General"
             r"|Treasury(?:\s+Department)?|State\s+Department|Министерств\w+\s+юстиции|Минюст\w*)")
_MINISTRY_SAYS = re.compile(r"^\s*" + _MINISTRY + r"\b[^,;.]{0,30}?\b(?:announced|announces|said|says|reported|stated|объявил\w*|сообщил\w*|заявил\w*)",
                            re.IGNORECASE)
# «Минюст США конфисковал …», «Министерство юстиции США сообщило …», "the Department of Justice of the
# United States": the country names whose ministry it is (the Russian genitive), not where things happened.
_MINISTRY_OF = re.compile(_MINISTRY + r"\s+(?:of\s+the\s+)?$", re.IGNORECASE)
_ANNOUNCED_BY = re.compile(r"\b(?:announced|reported|объявлен\w*)\s+by\s+(?:the\s+)?$", re.IGNORECASE)

# «Задержано 8 человек, трое из которых — граждане Латвии»: the people's citizenship inside a partitive clause
# after the count says who they are, not where the arrests were (a place there, «из них 6 — в Германии», still is).
_SUBSET_CLAUSE = re.compile(r",\s*(?:[^\W\d]+\s+|\d+\s+){0,2}?из\s+(?:которых|них)\b[^.;]*$", re.IGNORECASE)
_CITIZENS_OF = re.compile(r"(?:граждан|подданн|уроженц|уроженк|жител)\w*\s+$", re.IGNORECASE)


def _citizens_in_subset(sentence: str, m: Mention) -> bool:
    before = sentence[:m.start]
    return bool(_CITIZENS_OF.search(before) and _SUBSET_CLAUSE.search(before))


# "The operation, in which various US agencies were involved, resulted in …", "a sweep involving
# Dutch police": a country inside a clause that lists who took part names a participant, not where
# the sentence's figures happened (the operation may span many countries).
_WHICH_BEFORE = re.compile(r"\b(?:in\s+which|в\s+которой|в\s+котором)\s+[^,;:.!?\d]{0,50}$", re.IGNORECASE)
_TOOK_PART_AFTER = re.compile(
    r"^[^,;:.!?\d]{0,60}?(?:\b(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?involved\b|\btook\s+part\b|\bparticipated\b"
    r"|(?<![\w])(?:участвовал\w*|приняли\s+участие|принимали\s+участие)(?![\w]))", re.IGNORECASE)
_INVOLVING_BEFORE = re.compile(r"\b(?:involving|which\s+involved|that\s+involved)\s+(?:the\s+)?(?:various\s+|several\s+)?$", re.IGNORECASE)


def participant_clause(sentence: str, m: Mention) -> bool:
    """``m`` sits in a clause naming who took part ("in which US agencies were involved")."""
    return bool((_WHICH_BEFORE.search(sentence[:m.start]) and _TOOK_PART_AFTER.match(sentence[m.end:]))
                or _INVOLVING_BEFORE.search(sentence[:m.start]))


# «арестован в Португалии по запросу США», "arrested in Spain at the request of the US": the country that asked
# took part, but the arrest was where the sentence places it.
_REQUESTER = re.compile(r"(?:по\s+(?:запросу|просьбе|требованию)|at\s+the\s+request\s+of|on\s+a\s+request\s+from)\s+(?:the\s+)?$",
                        re.IGNORECASE)
# "resulted in 2,140 arrests, for instance here in Thailand": one example, not the figure's place.
_EXAMPLE = re.compile(r"\b(?:such\s+as|for\s+(?:example|instance)|like)\s*,?\s+(?:here\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)


def not_the_scene(sentence: str, mentions: list[Mention]) -> set[int]:
    """Indexes of mentions that place no figure of the sentence by being its only country: a
    coalition member, the server location, the announcer before a colon, a country "and abroad",
    a participant named in a clause about who took part, the country at whose request it was done, where a
    share of the figure happened."""
    out = coalition(sentence, mentions) | share_places(sentence, mentions)
    announcer = _ANNOUNCER.match(sentence)
    for k, m in enumerate(mentions):
        ministry = _MINISTRY_SAYS.match(sentence[m.end:]) or (_ANNOUNCED_BY.search(sentence[:m.start])
                                                              and re.match(r"^\s*" + _MINISTRY, sentence[m.end:], re.IGNORECASE))
        if (_SERVER_PLACE.search(sentence[:m.start]) or (announcer and m.end <= announcer.end()) or _EXAMPLE.search(sentence[:m.start])
                or with_elsewhere(sentence, m) or ministry or participant_clause(sentence, m)
                or _MINISTRY_OF.search(sentence[max(0, m.start - 60):m.start]) or _citizens_in_subset(sentence, m)
                or _REQUESTER.search(sentence[max(0, m.start - 40):m.start])):
            out.add(k)
    return out


def with_elsewhere(sentence: str, m: Mention) -> bool:
    """``m`` is coordinated with "abroad"/"elsewhere": "in Canada and abroad"."""
    return bool(_ELSEWHERE.match(sentence[m.end:]))


def everywhere(sentence: str) -> bool:
    """The sentence frames its figures as the whole operation's: "across the globe", "on three continents"."""
    return bool(_EVERYWHERE.search(sentence))

