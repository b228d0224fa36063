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

# The singular person nouns, nominative and accusative (animate masculine: the genitive form).
_NOMINATIVE = (
    "житель|жительница|мужчина|женщина|подозреваемый|подозреваемая|организатор|администратор|владелец|владелица"
    "|работник|работница|курьер|закладчик|закладчица|продавец|продавщица|оператор|гражданин|гражданка|уроженец|уроженка"
    "|наркодилер|наркоторговец|наркокурьер|фигурант|фигурантка|злоумышленник|злоумышленница|водитель|основатель|создатель"
    "|хакер|россиянин|россиянка|иностранец|иностранка|студент|студентка|химик|руководитель|сбытчик|распространитель"
    "|изготовитель|лидер|глава|парень|девушка|пенсионер|безработный|предприниматель|бизнесмен|фармацевт|юноша"
)
_ACCUSATIVE = (
    "жителя|жительницу|мужчину|женщину|подозреваемого|подозреваемую|организатора|администратора|владельца|владелицу"
    "|работника|работницу|курьера|закладчика|закладчицу|продавца|продавщицу|оператора|гражданина|гражданку|уроженца|уроженку"
    "|наркодилера|наркоторговца|наркокурьера|фигуранта|фигурантку|злоумышленника|злоумышленницу|водителя|основателя|создателя"
    "|хакера|россиянина|россиянку|иностранца|иностранку|студента|студентку|химика|руководителя|сбытчика|распространителя"
    "|изготовителя|лидера|главу|парня|девушку|пенсионера|безработного|предпринимателя|бизнесмена|фармацевта|юношу"
)
# «32-летний», «предполагаемого», «ранее судимый»: words that may stand between the verb and the noun.
_MODIFIER = r"(?:\d+\s*-\s*летн\w+|[а-яё]+(?:ий|ый|ой|ая|яя|его|ого|ую|юю)|ранее)"
_PASSIVE = r"(?:был[аи]?\s+)?(?:задержан|задержана|арестован|арестована|(?:взят|взята|заключ[её]н|заключена)\s+под\s+стражу)"
_ACTIVE = r"(?:задержали|арестовали|задержал|задержала|арестовал|арестовала)"
_END = r"(?![\w-])"
_FORWARD = re.compile(
    rf"(?<![\w-])(?:(?P<pv>{_PASSIVE})|(?P<av>{_ACTIVE})){_END}\s+(?:{_MODIFIER}\s+){{0,3}}?"
    rf"(?:(?P<nom>{_NOMINATIVE})|(?P<acc>{_ACCUSATIVE})){_END}",
    re.IGNORECASE,
)
_BACKWARD = re.compile(
    rf"(?<![\w-])(?:(?P<nom>{_NOMINATIVE})|(?P<acc>{_ACCUSATIVE})){_END}(?:\s+[^\s.,;:!?«»\"()–—]+){{0,3}}?\s+"
    rf"(?:(?P<pv>{_PASSIVE})|(?P<av>{_ACTIVE})){_END}",
    re.IGNORECASE,
)
# «задержан при попытке», «был задержан сотрудниками полиции»: a noun after the agent's «сотрудниками» is the arrester
_AGENT_BEFORE = re.compile(r"(?:сотрудник\w*|полицейск\w*|оперативник\w*|силовик\w*|пограничник\w*)\s+$", re.IGNORECASE)


def lone_people(text: str) -> list[tuple[int, int]]:
    """Spans of singular person nouns an arrest verb governs in ``text`` (a sentence)."""
    from store.ingest.numbers import is_number_word

    spans: list[tuple[int, int]] = []
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
    return sorted(set(spans))


def is_lone(wording: str) -> bool:
    """The fact's wording is one of those nouns (no number written)."""
    return bool(re.fullmatch(rf"(?:{_NOMINATIVE}|{_ACCUSATIVE})", wording.strip(), re.IGNORECASE))


def drop_counted_lone(facts: list, arrests: str) -> list:
    """The lone arrests only when the article counts no arrests otherwise."""
    counted = any(f.metric == arrests and not is_lone(f.text) for f in facts)
    if not counted:
        return facts
    return [f for f in facts if not (f.metric == arrests and is_lone(f.text))]
