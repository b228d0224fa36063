"""From quantities to facts: is it a seizure or an arrest, in which country, and one fact per
figure.

A money, drug or firearm figure is a seizure only in a sentence that says something was seized
and outside a clause about sales, turnover, revenue or theft.  People are arrests only in a
sentence about arrests.  A figure's country is the place written next to it (``24 – в
Германии``, ``Germany (29)``, ``three suspects in the Netherlands``), else the one country the
sentence names as a place or actor, else none (worldwide).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.ingest.arrest_verbs import ACTIVE as SLANG_ACTIVE
from store.ingest.arrest_verbs import PASSIVE as SLANG_PASSIVE
from store.ingest.arrest_verbs import RU_COLLECTIVE
from store.ingest.attachment import attached_place, bound_to_other_figures, own_verb_place
from store.ingest.breakdowns import remainder
from store.ingest.contrast import in_contrast_clause
from store.ingest.ellipsis import clause_actor, elided_count, elliptic_actor
from store.ingest.joint_counts import joint_subject
from store.ingest.lexicon import REST_OF_TOTAL, TOTAL, WORLDWIDE
from store.ingest.numbers import find_figures
from store.ingest.place_roles import PEOPLE_FROM
from store.ingest.places import Mention, find_mentions
from store.ingest.quantities import Quantity, read_quantity
from store.ingest.scope import everywhere, fronted_clause_place, not_the_scene, with_elsewhere, with_region
from store.ingest.seizure_words import SEIZURE_CUE, seized_here
from store.ingest.shapes import each_places, respectively, shaped_place
from store.ingest.unit_ellipsis import elided_unit
from store.ingest.word_classes import ARRESTED_EN, HEDGE
from store.model import ARRESTS, SEIZED_DRUGS, SEIZED_FIREARMS

_ARREST_CUE = re.compile(
    # "police have charged 23 people", "19 of those charged" are arrests; "20 criminally charged", "charged in the
    # Southern District", "charged with running" are a court's word; "arrest warrants" («ордер на арест») are no arrests
    # informal arrest verbs, also in a headline's present ("Cops nab 14", "Police cuff seven", "Six were picked up")
    r"\b(?:netted|" + SLANG_ACTIVE + r")\s+(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b)"
    r"|\b(?:were|was|been|being|get|got)\s+(?:also\s+)?" + SLANG_PASSIVE + r"\b"
    r"|\d\s+(?:held|" + SLANG_PASSIVE + r")\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\s+(?:held|" + SLANG_PASSIVE + r")\b"
    r"|\bcaptur(?:ed|ing)\s+(?:(?:" + HEDGE + r")\s+)?(?:\d|[a-z]+\s+(?:suspects|people|men|vendors))|\b(?:were|was)\s+caught\b"
    r"|задерж|пойма[нл]|\bвзял[аи]?\s+(?:ещё\s+|еще\s+)?" + RU_COLLECTIVE + r"|(?<!на\s)арест(?!\w*\s+(?:ордер|санкц))|arrest(?!\s+warrants?)|detain|custody|под\s+стражу|apprehend"
    r"|\b(?:police|officers|detectives|agents|authorities|prosecutors|investigators|we)\s+(?:have\s+|has\s+|had\s+)?charged\b|\bthose\s+charged\b"
    r"|\b(?:were|was|been|being|are|is)\s+held\b"
    r"|\b(?:were|was|been|being)\s+(?:also\s+)?" + ARRESTED_EN + r"\b"  # "four men were captured"
    r"|\b(?:were|was|been|being)\s+(?:rounded|picked|scooped)\s+up\b"  # "over 200 suspects were rounded up"
    # «обезврежена преступная группа из 5 человек»: a gang of N people neutralised is N people held
    r"|обезвре[дж]\w*\s+(?:[^\W\d]+\s+){0,3}?(?:групп|банд|наркогрупп|сообществ|ячейк|сет)\w*\s+из\s+(?:\d|(?:двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\w+надцати|двадцати|тридцати)(?![\w-]))", re.IGNORECASE)
# What may open an answer before its figure: «— Всего 74.», "In total, 78."
_ANSWER_LEAD = re.compile(r"^\W{0,3}(?:(?:всего|итого|in\s+total|total|altogether|overall)\W{0,2}\s*)?$", re.IGNORECASE)
_OUT_OF = re.compile(r"(?:\d|\b[a-z]+)\s+out\s+of\s+$", re.IGNORECASE)
_LIST_INTRO = re.compile(r"(?:including|включая|в\s+том\s+числе)\s+$", re.IGNORECASE)
# "Operation X, run by police from 12 countries, ...": the figure is a multinational total.
_MULTINATIONAL = re.compile(
    r"международн\w*\s+(?:операц|акци|рейд)|international\s+(?:operation|action|crackdown|sweep)"
    r"|global\s+(?:operation|action|crackdown|sweep)|(?:\d+|[a-zа-яё]+)\s+(?:countries|стран)(?![\w])",
    re.IGNORECASE,
)
# "across the United States and five other countries": the place heads a list the figure spans, not its one place
_AND_OTHER_COUNTRIES = re.compile(r"\s*(?:,\s*(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*)*,?\s+(?:and|plus)\s+(?:in\s+)?"
                                  r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen|a\s+few|many)"
                                  r"\s+(?:other|more|further)\s+(?:countries|nations|jurisdictions)\b")
# "Ukrainian police apprehended two … as part of an international crackdown": the figure is one
# country's share of the operation, not the operation's total.
_PART_OF = re.compile(r"\b(?:as\s+(?:a\s+)?part\s+of|within|under)\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# "993 people have been arrested overseas": elsewhere than the country the sentence names.
_ABROAD_AFTER = re.compile(r"^\s*(?:people\s+|suspects\s+)?(?:(?:have|had|has)\s+)?(?:been\s+|were\s+)?(?:arrested|detained|seized)\s+"
                           r"(?:overseas|oversees|abroad|elsewhere|offshore|outside\s+(?:the\s+)?(?:country|[A-Z]\w+))\b"
                           r"|^\s*(?:people\s+|suspects\s+)?(?:(?:were|have\s+been)\s+)?(?:arrested|detained)\s+(?:in\s+)?other\s+countries\b")


def _multinational(body: str) -> bool:
    """The sentence frames its figures as a multinational operation's, not as one country's share of it."""
    return any(not (_PART_OF.search(body[:m.start()]) and re.match(r"(?i)international|global", m.group()))
               for m in _MULTINATIONAL.finditer(body))


# "..., сообщили в Министерстве юстиции США", "..., the Frankfurt prosecutor's office said": who reports
# the figure, not where it happened.
_ATTRIBUTION = re.compile(
    r",\s*(?:(?:according\s+to|по\s+данным|по\s+словам|сообщ\w+|заяв\w+|передает|передаёт|пишет)\b[^,]*"
    r"|[^,]{0,80}?\b(?:said|says|announced|reported|сообщил\w*|сообщает|сообщают|заявил\w*|рассказал\w*)\b[^,]*)[.!]?\s*$",
    re.IGNORECASE,
)
_LEAD_ATTRIBUTION = re.compile(r"^\W{0,3}(?:according\s+to|citing|по\s+данным|по\s+словам|как\s+сообщил\w*|как\s+сообщает)\s[^,:]{2,80}[,:]",
                               re.IGNORECASE)
# "Authorities in the US arrested 21 of the 37 suspects": the 37 after the partitive is who was sought, not arrested
# ("arrested a total of 12 suspects", "detained a group of five": the whole counted, no denominator)
_DENOMINATOR = re.compile(r"(?:arrest\w*|detain\w*|apprehend\w*|задержал\w*|арестовал\w*)\s+"
                          r"(?!(?:\w+\s+)?(?:total|number|group|gang|ring|network|cell|crew|team|series|string|handful|couple|dozen|maximum|minimum)\s)"
                          # ("the arrest in Ukraine of two operators": a place, not a number, before "of")
                          r"(?:\w+\s+)?(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty"
                          r"|[a-z]+-[a-z]+|all|most|some|many|several|few|each|both|any|none|half))\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$",
                          re.IGNORECASE)
_TOTAL_TO = re.compile(r"\b(?:bringing|brought|taking|took|raising|raised|pushing|pushed)\s+the\s+(?:total|tally|number|count)\b"
                       r"[^.;\d]{0,50}?\bto\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
# "288 in all", "90 in total", «всего 96»: a bare count that says it is the whole
_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether|overall)\b", re.IGNORECASE)


# «с партией героина общим весом 32 кг»: the weight of one haul, not a total over places
_WEIGHT_WORDS = re.compile(r"общ\w+\s+(?:вес\w*|масс\w*)", re.IGNORECASE)
_IN_ALL = re.compile(r"в\s+общей\s+сложности|in\s+total", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceFact:
    """A figure read as a fact in one sentence; offsets relative to the sentence."""

    quantity: Quantity
    country: str | None
    attached: bool  # the country is written next to the figure


# A heading announcing results ("Results at a glance:", "Итоги операции:"): the figures listed
# under it are the operation's arrests and seizures.
_RESULTS_HEADING = re.compile(
    r"\bresults?\b|at\s+a\s+glance|in\s+numbers|key\s+figures|\boutcome|итог|результат|в\s+цифрах", re.IGNORECASE)


def sentence_facts(sentence: str, lang: str, context: str = "") -> tuple[list[SentenceFact], list[Mention]]:
    """The facts one (non-noise) sentence states, and the countries it names.

    ``context`` is the heading a list item sits under ("Изъяты:", "Arrests per country:"): its
    seizure or arrest wording counts for the item."""
    mentions = find_mentions(sentence)
    results = bool(context.rstrip().endswith(":") and _RESULTS_HEADING.search(context))
    seizure = bool(SEIZURE_CUE.search(sentence) or SEIZURE_CUE.search(context)) or results
    arrest = (bool(_ARREST_CUE.search(sentence) or _ARREST_CUE.search(context)) or results or _people_by_country(sentence, mentions)
              or bool(PEOPLE_FROM.search(sentence) and any(m.is_place_or_actor for m in mentions))
              # "… in the United States (65 people), Germany (47 people). Holland (4 people), France (3) …"
              or bool(context and _people_by_country(context, find_mentions(context))))
    picked: list[tuple[Quantity, Mention | None]] = []
    regional = with_region(sentence, mentions)
    arrest_end = None  # where the sentence's last arrest figure ends
    previous: tuple[Quantity, float] | None = None  # the last figure read and its written number
    spread_over: set[int] = set()  # figures the sentence places in several countries at once
    for fig in find_figures(sentence, lang):
        q = read_quantity(sentence, fig)
        if q is None or q.bare:  # «…, во втором — еще 350»: a bare figure may carry the unit before it
            q = elided_unit(sentence, fig, previous) or q
        if q is None:
            continue
        previous = (q, fig.value)
        elided_place = None
        elided = elided_count(sentence, q, picked, mentions) if q.bare and picked and arrest_end is None else None
        if elided is not None:
            q, elided_place, prev_place = elided
            picked[-1] = (picked[-1][0], prev_place)
        if (q.bare and picked and arrest and picked[-1][0].metric == ARRESTS
                and _TOTAL_TO.search(sentence[picked[-1][0].end:q.start])):
            # "Germany made 11 arrests, …, bringing the total to 46": the arrests' running total
            q = replace(q, metric=ARRESTS, unit="people", bare=False)
        if q.metric == ARRESTS and not arrest:
            continue
        if q.metric == ARRESTS and _charged_not_arrested(sentence, q):
            continue  # "the arrest of over 70 people and criminal charges being levied against 12 members"
        if q.metric == ARRESTS and _contacted_not_arrested(sentence, q):
            continue  # "had identified and spoken to more than 160 individuals; ... had arrested someone"
        if q.metric == ARRESTS and _ATTEMPTED_ARREST.search(sentence[max(0, q.start - 60):q.start]):
            continue  # "police tried to arrest three more suspects", «пытались задержать ещё троих»: not held
        if q.metric == ARRESTS and _DENOMINATOR.search(sentence[:q.start]):
            continue
        if _OUT_OF.search(sentence[:q.start]):
            continue  # "two out of three administrators": the three is the denominator
        if q.metric != ARRESTS and _in_range(sentence, q):
            continue  # «товар весом от 700 граммов до 1,5 килограмма»: the hauls' range, no haul
        after_arrest, arrest_end = arrest_end, (q.end if q.metric == ARRESTS else arrest_end)
        if q.metric != ARRESTS and (not seizure or not seized_here(sentence, q)):
            continue
        place = attached_place(sentence, q, mentions) or elided_place or shaped_place(sentence, q, mentions)
        if place is None and q.metric == ARRESTS:
            place, spread = own_verb_place(sentence, q, mentions)
            if spread:
                spread_over.add(id(q))
        if place is not None and (with_elsewhere(sentence, place) or any(mentions[k] is place for k in regional)):
            place = None  # "52 arrests in Canada and abroad", "170 arrests across the US and Europe"
        if place is None and q.metric == ARRESTS and after_arrest is not None:
            place = elliptic_actor(sentence, q, mentions, after_arrest)
        if q.bare and _ANSWER_LEAD.match(sentence[:q.start]) and context.rstrip().endswith("?") and _ARREST_CUE.search(context):
            q = replace(q, bare=False)  # "How many were arrested?" — "Seventy-eight across eight countries."
        if q.bare and arrest and _IN_ALL_AFTER.match(sentence, q.end):
            q = replace(q, bare=False)  # "The arrests — 288 in all, most of them in the US — …": the total
        if q.bare and place is None and arrest and each_places(sentence, q, mentions):
            q = replace(q, bare=False)  # «…, в Чехии и Словакии — по четыре»: one figure for each of the places
        if q.bare and (place is None or not arrest):
            continue
        if (q.subset and place is None and (any(p.metric == q.metric for p, _ in picked) or not _LIST_INTRO.search(sentence[:q.start]))
                and not _ROLE_PARTITIVE.match(sentence, q.start) and not _named_drug_part(sentence, q, picked)):
            continue  # "850 kg of drugs, including 64 kg of fentanyl" (but "seizures …, including 117 firearms" lists)
        if q.subset and q.metric == ARRESTS and _ROLE_PARTITIVE.match(sentence, q.start):
            q = replace(q, subset=False)  # "six of the site's vendors": a count of its own, joinable with the next
        if (picked and q.metric == SEIZED_DRUGS and picked[-1][0].metric == SEIZED_DRUGS and picked[-1][0].value > q.value
                and (re.fullmatch(r"[ \u00a0]+", sentence[picked[-1][0].end:q.start])
                     or (re.fullmatch(r"[ \u00a0]+(?:и|and)[ \u00a0]+", sentence[picked[-1][0].end:q.start])  # "48 kg and 750 grams"
                         and _bigger_unit(sentence, picked[-1][0], q)))):
            # «13 тонн 183 килограмма»: one weight written in two units
            prev, first_place = picked.pop()
            q, place = replace(prev, value=round(prev.value + q.value, 6), end=q.end), place or first_place
        picked.append((q, place))
    picked = joint_subject(sentence, picked)  # "One moderator and six vendors were also apprehended" = 7
    picked = _single_arms_added(picked, sentence)
    # "Austria & Netherlands: 4 arrests each": one figure, a fact in each place
    picked = [(q, m) for q, p in respectively(sentence, picked, mentions) for m in (each_places(sentence, q, mentions) or [p])]
    if arrest:
        picked.extend(remainder(sentence, picked, mentions))
    used = {id(p) for _, p in picked if p is not None} | bound_to_other_figures(sentence, mentions)
    attribution = _ATTRIBUTION.search(sentence)
    cut = attribution.start() if attribution else len(sentence)
    members = not_the_scene(sentence, mentions)  # "U.S. and EU law enforcement": no one country's figures
    lead = _LEAD_ATTRIBUTION.match(sentence)  # "According to the US Justice Department, 37 people were arrested"
    lead_end = lead.end() if lead else 0
    others = {m.code for k, m in enumerate(mentions) if m.is_place_or_actor and id(m) not in used and lead_end <= m.start < cut
              and k not in members and not _HELPER.search(sentence[:m.start]) and not REST_OF_TOTAL.search(sentence[:m.start])
              and not _in_other_time_clause(sentence, m, picked) and not in_contrast_clause(sentence, m.start, picked)}
    body = sentence[lead_end:]  # who is cited ("According to Europol,") says nothing of where
    worldwide = bool(WORLDWIDE.search(body) or _multinational(body) or everywhere(body))
    if worldwide and len(others) == 1 and not _multinational(body) and not everywhere(body) \
            and not WORLDWIDE.search(_IN_ALL.sub(" ", body)) and all(m.code in others for m in mentions if m.is_place_or_actor):
        worldwide = False  # «в ходе операций в Баку, Сумгаите … конфисковало в общей сложности 27 кг»: one country's total
    # "в Латвии задержаны 9 человек, изъяты 310 000 евро и 48 кг": one country opens the
    # sentence and every figure after it is that country's, the first placed, the rest not.
    named = {m.code for m in mentions if m.is_place_or_actor and m.start < cut}
    opener = next((p for _, p in picked if p is not None), None)
    facts = []
    for q, place in picked:
        if place is not None and _AND_OTHER_COUNTRIES.match(sentence, place.end):
            facts.append(SentenceFact(q, None, False))  # "164 arrests across the United States and five other countries"
        elif place is not None:
            facts.append(SentenceFact(q, place.code, True))
        elif _ABROAD_AFTER.match(sentence[q.end:]) or id(q) in spread_over:
            facts.append(SentenceFact(q, None, False))  # "993 people have been arrested overseas and … in Australia"
        elif (front := fronted_clause_place(sentence, q, mentions)) is not None:
            facts.append(SentenceFact(q, front, False))  # "After seizing 40 kg in Spain, Portuguese police …"
        elif len(others) == 1 and not worldwide:
            facts.append(SentenceFact(q, next(iter(others)), False))
        else:
            actor = None if worldwide else clause_actor(sentence, q, mentions)
            if actor is not None and any(mentions[k].code == actor for k in members):
                actor = None  # "by US, Dutch, Chilean and European police forces"
            if (actor is None and not others and not worldwide and opener is not None and named == {opener.code}
                    and opener.end <= q.start and not TOTAL.search(_WEIGHT_WORDS.sub(" ", sentence[opener.end:q.start]))):
                actor = opener.code
            facts.append(SentenceFact(q, actor, False))
    return _total_beside_its_part(facts, picked), mentions


_RANGE_FROM = re.compile(r"(?<![\w-])от\s+$", re.IGNORECASE)
_RANGE_TO_AFTER = re.compile(r"^[^\d,;.]{0,25}?\s+до\s+(?:\d|(?:полутора|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)\s)",
                             re.IGNORECASE)
_RANGE_TO_BEFORE = re.compile(r"(?<![\w-])от\s+\d[\d\s.,]*[^\d,;.]{0,25}?\s+до\s+$", re.IGNORECASE)


def _in_range(sentence: str, q: Quantity) -> bool:
    """``q`` is an end of a range «от X до Y» (sizes of several hauls, not one)."""
    return bool((_RANGE_FROM.search(sentence[:q.start]) and _RANGE_TO_AFTER.match(sentence[q.end:]))
                or _RANGE_TO_BEFORE.search(sentence[:q.start]))


def _bigger_unit(sentence: str, first: Quantity, second: Quantity) -> bool:
    """«13 тонн и 183 килограмма»: the first weight is written in a bigger unit than the second."""
    rank = {"т": 3, "к": 2, "г": 1, "t": 3, "k": 2, "g": 1}  # «13 тонн и 183 килограмма», "48 kg and 750 grams"

    def unit(q: Quantity) -> int:
        letter = re.search(r"[а-яёa-z]", sentence[q.start:q.end].lower())
        return rank.get(letter.group(), 0) if letter else 0
    return unit(first) > unit(second) > 0


def _total_beside_its_part(facts: list[SentenceFact], picked: list) -> list[SentenceFact]:
    """"The operation, led by German police, resulted in 15 arrests, including eight in Germany": a
    total whose country only the sentence lent it is not that country's when a part of it is placed
    in that country by name — the part says the rest was elsewhere ("…, including eight in Berlin"
    leaves the rest in Germany)."""
    parts = [(q, m) for q, m in picked if m is not None and q.subset and m.kind == "name"]
    out = []
    for f in facts:
        q = f.quantity
        if not f.attached and f.country is not None and any(
                p.metric == q.metric and m.code == f.country and p.start > q.end and p.value < q.value for p, m in parts):
            f = SentenceFact(q, None, False)
        out.append(f)
    return out


# "при участии МВД Кыргызстана", "with support from the FBI": a helper, not the one actor.
_HELPER = re.compile(
    r"(?:при\s+(?:участии|поддержке|содействии|помощи)|with\s+(?:the\s+)?(?:support|help|assistance)\s+(?:of|from)"
    r"|in\s+(?:cooperation|collaboration|partnership)\s+with|assisted\s+by|supported\s+by|working\s+(?:closely\s+)?with"
    # "held … in a wide joint probe with the United States"
    r"|(?:joint\s+)?(?:investigation|probe|operation)\s+with|jointly\s+with|together\s+with)\s+[^,.;:\d]{0,60}$",
    re.IGNORECASE,
)


# "a week after French investigators took over Black Hand, …", "… after Dutch police shared data":
# a clause of time is another event; its actor is not the country of the main clause's figures.
_TIME_CLAUSE = re.compile(r"\b(?:after|before|since|until|once|после\s+того\s+как|до\s+того\s+как)\s+(?:[^\W\d]+\s+){0,2}$",
                          re.IGNORECASE)


# "in the United States (65 people), Germany (47 people), …": people counted country by country are
# the operation's arrests even where the sentence has no arrest verb ("the operation was carried out in …").
_PEOPLE_IN_BRACKET = re.compile(r"\s*\(\s*\d[\d,.]*\s+(?:people|persons|individuals|suspects|человек|лиц|подозреваемых)\s*\)", re.IGNORECASE)


# "Two of the operation's admins have been arrested": a partitive of the market's staff with its own
# arrest verb and no total beside it — the arrests themselves, not a part of a figure given here.
_ROLE_PARTITIVE = re.compile(
    r"[\w-]+\s+of\s+(?:the|its|their)\s+(?:[\w-]+(?:['’]s)?\s+){0,2}(?:admins?|administrators?|operators?|moderators?|founders?|organi[sz]ers?"
    r"|criminals|hackers|affiliates|developers|leaders|ringleaders"  # "three of the criminals behind the ransomware were held"
    # "four of the forum's top sellers were detained": the market's own sellers, not some of a group counted before
    r"|(?<=\bits\s)(?:[\w-]+\s+)?(?:vendors|sellers)|(?<=['’]s\s)(?:[\w-]+\s+)?(?:vendors|sellers)"
    r"|(?:top|[a-z]{3,}est|leading|most\s+prolific)\s+(?:vendors|sellers))"
    r"(?:\s+(?:responsible|behind|linked|tied|connected)(?:\s+(?:for|to|with))?(?:\s+[\w-]+){1,3}?)?"
    r"\s+(?:have|has|had)?\s*(?:been|were|was)\s+(?:(?:also|later|subsequently|then)\s+)?" + ARRESTED_EN + r"\b", re.IGNORECASE)


# People police identified, spoke to or visited are no arrests, even when another clause arrests someone.
_CONTACT_VERB = re.compile(r"\b(?:identified|spoken\s+(?:to|with)|spoke\s+(?:to|with)|interviewed|questioned|visited|contacted"
                           r"|made\s+contact|warned|установил\w*\s+личност\w*|опросил\w*|допросил\w*)\b", re.IGNORECASE)


# "1,110 suspects identified", "11 victims were rescued": people counted for what else was done to them;
# "ammunition trafficked by two European nationals": the agent of another verb, not people held.
_OTHER_THAN_HELD_AFTER = re.compile(r"^\s*(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:identified|located|traced|questioned|interviewed"
                                    r"|contacted|warned|rescued|freed|released)\b", re.IGNORECASE)
_AGENT_BEFORE = re.compile(r"\b(?:trafficked|smuggled|sent|shipped|sold|bought|ordered|run|operated|carried|imported|used)\s+"
                           r"(?:[\w-]+\s+){0,2}by\s+(?:the\s+)?$", re.IGNORECASE)


def _contacted_not_arrested(sentence: str, q: Quantity) -> bool:
    if _OTHER_THAN_HELD_AFTER.match(sentence[q.end:]) or _AGENT_BEFORE.search(sentence[:q.start]):
        return True
    a = sentence.rfind(";", 0, q.start) + 1
    b = sentence.find(";", q.end)
    clause = sentence[a:b if b >= 0 else len(sentence)]
    return bool(_CONTACT_VERB.search(sentence[a:q.start])) and not _ARREST_CUE.search(clause)


# An arrest tried, not made: the attempt verb right before the arrest verb that governs the count.
_ATTEMPTED_ARREST = re.compile(
    r"(?:\b(?:tried|attempted|failed|trying|attempting|sought|unable)\s+to\s+(?:arrest|detain|apprehend|catch|capture)"
    r"|пыта(?:л|ют|ет|вш)\w*\s+(?:задержать|арестовать|поймать)|не\s+(?:удалось|смогли|смог|сумели)\s+(?:задержать|арестовать|поймать))"
    r"(?:\s+(?:[^\W\d]+\s+){0,3}?)?\s*(?:(?:" + HEDGE + r"|ещё|еще)\s+)?$", re.IGNORECASE)


# Charges or indictments against people: a court's step, not an arrest.
_CHARGES_AGAINST = re.compile(
    r"\b(?:charges?|indictments?)\s+(?:(?:being|were|was|have\s+been|had\s+been|are|is)\s+)?(?:(?:levied|filed|brought|laid|pressed|issued|unsealed)\s+)?"
    r"against\b|\bindicted\b|\bобвинени\w*\s+(?:предъявлен\w*\s+)?", re.IGNORECASE)


# "90 people were charged and 75 arrested": those charged, not those held
_CHARGED_AFTER = re.compile(r"\s*(?:(?:were|have\s+been|had\s+been|was|has\s+been)\s+)(?:also\s+)?(?:charged|indicted)\b(?!\s+and\s+(?:arrested|detained))",
                            re.IGNORECASE)


def _charged_not_arrested(sentence: str, q: Quantity) -> bool:
    """The figure follows charge wording that comes after the sentence's last arrest word, and no
    arrest word right after it ("charges against 12 people, who were arrested in Spain") takes it back."""
    charge = max((m.end() for m in _CHARGES_AGAINST.finditer(sentence, 0, q.start)), default=-1)
    arrest = max((m.end() for m in _ARREST_CUE.finditer(sentence, 0, q.start)), default=-1)
    if _CHARGED_AFTER.match(sentence, q.end) and not _ARREST_CUE.search(sentence, q.start, q.end):
        return True
    return charge > arrest and not _ARREST_CUE.search(sentence[q.end:q.end + 40])


def _people_by_country(sentence: str, mentions: list[Mention]) -> bool:
    return sum(1 for m in mentions if m.kind != "adj" and _PEOPLE_IN_BRACKET.match(sentence, m.end)) >= 2


def _named_drug_part(sentence: str, q, picked: list) -> bool:
    """«500 кг наркотиков, в том числе 300 кг кокаина и 120 кг героина»: each named drug after a total is kept,
    so that every one is filed as a part under its drug (see store.ingest.parts), not only the last."""
    from store.ingest.parts import drug_kind

    if q.metric != SEIZED_DRUGS or not any(p.metric == SEIZED_DRUGS and p.value and p.value > q.value for p, _ in picked):
        return False
    words = re.split(r"\d|[,;.]\s|\sи\s|\sand\s", sentence[q.end:q.end + 50], maxsplit=1)[0]
    # a lone "including 43 kg of cocaine" is kept as well: the reference dataset files every named drug's amount
    # under its own drug, whether one or a list of them follows the total
    return drug_kind(words) is not None



_INCLUDING = re.compile(r"\b(?:including|among\s+them|включая|в\s+том\s+числе|среди\s+них)\b", re.IGNORECASE)


_ARMS_BREAKDOWN = re.compile(r"^[^()]*\((?![^()]*\))|^\s*[:—–]|^\s*,?\s*(?:of\s+which|of\s+them)\b", re.IGNORECASE)


def _arms_parts(picked: list, sentence: str) -> set[int]:
    """"12 firearms, including a rifle and a pistol", "six guns (four pistols and two rifles)",
    "nine weapons: five pistols …": the kinds of weapon after a counted total, adding up to no more
    than it, are that total's breakdown, not more firearms."""
    arms = [k for k, (q, _) in enumerate(picked) if q.metric == SEIZED_FIREARMS and q.value]
    parts: set[int] = set()
    for t in (k for k in arms if picked[k][0].value != 1):
        total = picked[t][0]
        run = [k for k in arms if k not in parts and picked[k][0].start >= total.end and picked[k][0].value < total.value
               and (_INCLUDING.search(sentence[total.end:picked[k][0].start])
                    or _ARMS_BREAKDOWN.search(sentence[total.end:picked[k][0].start]))]
        if run and sum(picked[k][0].value for k in run) <= total.value:
            parts.update(run)
    return parts


def _single_arms_added(picked: list, sentence: str = "") -> list:
    """"a carbine and a Makarov pistol", «карабин … и пистолет Макарова»: single weapons listed in
    one sentence add up to one firearms figure (not when a counted total is there to hold them)."""
    singles = [k for k, (q, _) in enumerate(picked) if q.metric == SEIZED_FIREARMS and q.value == 1]
    counted = any(q.metric == SEIZED_FIREARMS and q.value != 1 for q, _ in picked)
    if counted:  # "12 firearms, including a rifle and a pistol": the single weapons are parts of the twelve
        return [item for k, item in enumerate(picked) if k not in _arms_parts(picked, sentence)]
    if len(singles) < 2 or len({id(picked[k][1]) if picked[k][1] else None for k in singles}) > 1:
        return picked
    first, last = picked[singles[0]][0], picked[singles[-1]][0]
    total = replace(first, value=len(singles), end=last.end)
    return [(total, p) if k == singles[0] else (q, p) for k, (q, p) in enumerate(picked) if k == singles[0] or k not in singles]


def _in_other_time_clause(sentence: str, m: Mention, picked: list) -> bool:
    """``m`` stands in a clause of time that holds none of the sentence's figures."""
    opened = _TIME_CLAUSE.search(sentence[max(0, m.start - 60):m.start])
    if not opened:
        return False
    start = max(0, m.start - 60) + opened.start()
    comma = re.search(r"[,;]", sentence[m.end:])
    end = m.end + comma.start() if comma else len(sentence)
    return bool(picked) and not any(start <= q.start < end for q, _ in picked)
