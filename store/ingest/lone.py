"""One person arrested with no number written: «задержан 32-летний житель Москвы», «полицейские
задержали работника интернет-магазина», «38-летнего мужчину задержали на севере Греции».

Domestic releases (MVD, FSB, KNB) about a lab or a courier often arrest one person and never write
"1".  A singular person noun governed by an arrest verb — the passive participle with the
nominative («задержан организатор», «организатор … был задержан»), the active verb with the
accusative («задержали жителя», «мужчину задержали») — is read as a figure of one, spanning the
noun.  It is the article's arrests figure only when the article counts no arrests otherwise:
beside «задержаны 23 участника» the organiser «включая организатора» is one of them, and
«Среди задержанных – гражданин Нидерландов» names a person already counted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.ingest.lexicon import RECALL_LEAD

# The singular person nouns, nominative and accusative (animate masculine: the genitive form).
_NOMINATIVE = (
    "житель|жительница|мужчина|женщина|подозреваемый|подозреваемая|организатор|администратор|владелец|владелица"
    "|работник|работница|курьер|закладчик|закладчица|продавец|продавщица|оператор|гражданин|гражданка|уроженец|уроженка"
    "|наркодилер|наркоторговец|наркокурьер|фигурант|фигурантка|злоумышленник|злоумышленница|водитель|основатель|создатель"
    "|хакер|россиянин|россиянка|иностранец|иностранка|студент|студентка|химик|руководитель|сбытчик|распространитель"
    "|изготовитель|лидер|глава|парень|девушка|пенсионер|безработный|предприниматель|бизнесмен|фармацевт|юноша"
    "|пассажир|пассажирка|сообщник|подельник|помощник|соучастник"
    # «задержан 30-летний уфимец», «москвич», «минчанин»: a resident named by the city
    "|[а-яё]{3,}(?:ец|анин|янин|ич|ичка|чанка)"
    # «задержаны 23-летний Акпер Ализаде и 36-летний Рахиб Мамедов»: a person named, with an age
    "|(?<=летний\\s)[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+|(?<=летняя\\s)[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+"
)
_ACCUSATIVE = (
    "жителя|жительницу|мужчину|женщину|подозреваемого|подозреваемую|организатора|администратора|владельца|владелицу"
    "|работника|работницу|курьера|закладчика|закладчицу|продавца|продавщицу|оператора|гражданина|гражданку|уроженца|уроженку"
    "|наркодилера|наркоторговца|наркокурьера|фигуранта|фигурантку|злоумышленника|злоумышленницу|водителя|основателя|создателя"
    "|хакера|россиянина|россиянку|иностранца|иностранку|студента|студентку|химика|руководителя|сбытчика|распространителя"
    "|изготовителя|лидера|главу|парня|девушку|пенсионера|безработного|предпринимателя|бизнесмена|фармацевта|юношу"
    "|пассажира|пассажирку|сообщника|подельника|помощника|соучастника|[а-яё]{3,}(?:анина|янина|ича)"
    "|(?<=летнего\\s)[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+|(?<=летнюю\\s)[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+"
)
# «32-летний», «предполагаемого», «ранее судимый»: words that may stand between the verb and the noun.
_MODIFIER = r"(?:\d+\s*-\s*летн\w+|[а-яё]+(?:ий|ый|ой|ая|яя|его|ого|ую|юю)|ранее)"
_PASSIVE = r"(?:был[аи]?\s+)?(?:задержан|задержана|арестован|арестована|(?:взят|взята|заключ[её]н|заключена)\s+под\s+стражу)"
_ACTIVE = r"(?:задержали|арестовали|задержал|задержала|арестовал|арестовала)"
_END = r"(?![\w]|-\w)"  # «пассажир- житель Баку»: a loose hyphen ends the word
# «задержали в Городокском районе при въезде в Беларусь 51-летнего жителя Орши»: a place or time phrase between
_ADVERBIAL = r"(?:(?:в|во|на|при|у|под|около|близ|возле|вблизи|недалеко\s+от|накануне|ночью|утром|вечером|днём|днем)(?:\s+[^\s.,;:!?«»\"()–—]+){0,7}?\s+)?"
# «Задержаны организатор лаборатории и двое его помощников»: the plural verb of a list opening on one person
_PASSIVE_LIST = r"(?:были\s+)?(?:задержаны|арестованы)"
_FORWARD = re.compile(
    rf"(?<![\w-])(?:(?P<pv>{_PASSIVE}|{_PASSIVE_LIST})|(?P<av>{_ACTIVE})){_END}\s+{_ADVERBIAL}(?:{_MODIFIER}\s+){{0,3}}?"
    rf"(?:(?P<nom>{_NOMINATIVE})|(?P<acc>{_ACCUSATIVE})){_END}",
    re.IGNORECASE,
)
_BACKWARD = re.compile(
    rf"(?<![\w-])(?:(?P<nom>{_NOMINATIVE})|(?P<acc>{_ACCUSATIVE})){_END}(?:\s+[^\s.,;:!?«»\"()–—]+){{0,3}}?\s+"
    rf"(?:(?P<pv>{_PASSIVE})|(?P<av>{_ACTIVE})){_END}",
    re.IGNORECASE,
)
_LIST_MORE = re.compile(
    rf"(?:\s+[^\s.,;:!?«»\"()]+){{0,9}}?\s*(?:,|\s(?:и|а\s+также))\s+(?:{_MODIFIER}\s+){{0,3}}?(?P<noun>{_NOMINATIVE}|{_ACCUSATIVE}){_END}",
    re.IGNORECASE)
# «задержан при попытке», «был задержан сотрудниками полиции»: a noun after the agent's «сотрудниками» is the arrester
_AGENT_BEFORE = re.compile(r"(?:сотрудник\w*|полицейск\w*|оперативник\w*|силовик\w*|пограничник\w*)\s+$", re.IGNORECASE)


_REPORTED = re.compile(r"^\W{0,3}(?:ранее|как\s+(?:ранее\s+)?сообщалось|как\s+стало\s+известно)\b", re.IGNORECASE)


def lone_people(text: str) -> list[tuple[int, int]]:
    """Spans of singular person nouns an arrest verb governs in ``text`` (a sentence)."""
    from store.ingest.numbers import is_number_word

    spans: list[tuple[int, int]] = []
    if RECALL_LEAD.match(text) or _REPORTED.match(text):
        return spans  # «Ранее КНБ задержал полицейского»: another case the article links to
    for pattern in (_FORWARD, _BACKWARD):
        for m in pattern.finditer(text):
            group = "nom" if m.group("nom") else "acc"
            voice_ok = (group == "nom" and m.group("pv")) or (group == "acc" and m.group("av"))
            if not voice_ok:
                continue
            between = text[m.end("pv") if m.group("pv") else m.end("av"):m.start(group)] if pattern is _FORWARD else \
                text[m.end(group):m.start("pv") if m.group("pv") else m.start("av")]
            if any(is_number_word(w) for w in re.findall(r"[а-яё]+", between, re.IGNORECASE)):
                continue  # «задержали двоих жителей»: the number is the figure
            if pattern is _FORWARD and re.search(r"\d", re.sub(r"\d+\s*-\s*летн", "", between)):
                continue
            if _AGENT_BEFORE.search(text[:m.start(group)]):
                continue
            spans.append((m.start(group), m.end(group)))
            end = m.end(group)
            while pattern is _FORWARD and (more := _LIST_MORE.match(text, end)):
                spans.append((more.start("noun"), more.end("noun")))
                end = more.end("noun")
    return sorted(set(spans))


def is_lone(wording: str) -> bool:
    """The fact's wording is one of those nouns (no number written), or a person's name."""
    from store.ingest.lone_en import is_lone_en

    return bool(re.fullmatch(rf"(?:{_NOMINATIVE}|{_ACCUSATIVE})", wording.strip(), re.IGNORECASE) or is_lone_en(wording)
                or re.fullmatch(r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+", wording.strip()))


# «задержали лидера группы и пятерых его сообщников», "arrested the administrator and four vendors": the one
# person and the counted ones after one verb are one figure.
_WITH = re.compile(r"^[^.;:!?\d]{0,90}?(?:\s(?:и|а\s+также|также|вместе\s+с|and|as\s+well\s+as|along\s+with)\s)[^.;:!?\d]{0,20}$",
                   re.IGNORECASE)
# «задержали еще четверых курьеров»: more people on top of the one already held, not a count that holds them
_MORE = re.compile(r"(?:ещё|еще|другие|другого|других|another|a\s+further|further|other)\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)


_AGE = re.compile(r"\d+\s*-\s*летн\w+")


def drop_counted_lone(facts: list, arrests: str) -> list:
    """The lone arrests merged into a count in their clause, or kept only where nothing else
    counts the arrests (a count of "ещё N" people adds to the one, it does not hold them)."""
    lone = [f for f in facts if f.metric == arrests and is_lone(f.text)]
    if not lone:
        return facts
    out = list(facts)
    for one in reversed(lone):  # right to left, so a list of single people adds up into its first
        if one not in out:
            continue
        clause = next((c for c in out if c.metric == arrests and c is not one
                       and c.quote_start == one.quote_start and c.start > one.end
                       and _WITH.match(_AGE.sub("", one.quote[one.end - one.quote_start:c.start - one.quote_start]))), None)
        if clause is not None:
            k = out.index(clause)
            out[k] = replace(clause, value=(clause.value or 0) + (one.value or 1), start=one.start, text=one.quote[one.start - one.quote_start:clause.end - one.quote_start])
            out.remove(one)
    counted = [f for f in out if f.metric == arrests and not is_lone(f.text)]
    if all(_MORE.search(f.quote[:f.start - f.quote_start]) for f in counted):
        return out
    # «Ещё в одном рейде задержали жителя Самарканда»: a person held besides the ones counted
    return [f for f in out if not (f.metric == arrests and is_lone(f.text) and not _ALSO.search(f.quote[:f.start - f.quote_start]))]


_ALSO = re.compile(r"(?<![\w-])(?:ещё|еще|также|кроме\s+того|помимо\s+(?:этого|них|того)|also|another|a\s+further)(?![\w-])", re.IGNORECASE)
