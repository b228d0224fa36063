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

from store.ingest.also_held import ALSO, ALSO_HELD, ONE_ALSO_HELD
from store.ingest.article_context import named_countries
from store.ingest.episodes import another_episode
from store.ingest.lexicon import RECALL, RECALL_LEAD
from store.ingest.word_classes import TRADE_ROLE_RU, TRADE_ROLES_RU

# The singular person nouns, nominative and accusative (animate masculine: the genitive form).
_NOMINATIVE = (
    "житель|жительница|мужчина|женщина|подозреваемый|подозреваемая|организатор|администратор|владелец|владелица"
    "|работник|работница|курьер|закладчик|закладчица|продавец|продавщица|оператор|гражданин|гражданка|уроженец|уроженка"
    "|наркодилер|наркоторговец|наркокурьер|фигурант|фигурантка|злоумышленник|злоумышленница|водитель|основатель|создатель"
    "|хакер|россиянин|россиянка|иностранец|иностранка|студент|студентка|химик|руководитель|сбытчик|распространитель|куратор"
    "|изготовитель|лидер|глава|парень|девушка|пенсионер|безработный|предприниматель|бизнесмен|фармацевт|юноша"
    "|пассажир|пассажирка|сообщник|подельник|помощник|соучастник|гровер|наркосбытчик|торговец|" + "|".join(TRADE_ROLES_RU) +
    # «задержан 30-летний уфимец», «москвич», «минчанин»: a resident named by the city
    "|[а-яё]{3,}(?:ец|анин|янин|ич|ичка|чанка)"
    # «задержаны 27-летний Тимур Саидов и 41-летний Ильхам Гасанов»: a person named, with an age
    "|(?<=летний\\s)(?-i:[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+)|(?<=летняя\\s)(?-i:[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+)"
)
_ACCUSATIVE = (
    "жителя|жительницу|мужчину|женщину|подозреваемого|подозреваемую|организатора|администратора|владельца|владелицу"
    "|работника|работницу|курьера|закладчика|закладчицу|продавца|продавщицу|оператора|гражданина|гражданку|уроженца|уроженку"
    "|наркодилера|наркоторговца|наркокурьера|фигуранта|фигурантку|злоумышленника|злоумышленницу|водителя|основателя|создателя"
    "|хакера|россиянина|россиянку|иностранца|иностранку|студента|студентку|химика|руководителя|сбытчика|распространителя|куратора"
    "|изготовителя|лидера|главу|парня|девушку|пенсионера|безработного|предпринимателя|бизнесмена|фармацевта|юношу"
    "|пассажира|пассажирку|сообщника|подельника|помощника|соучастника|гровера|наркосбытчика|торговца|[а-яё]{3,}(?:анина|янина|ича)|"
    + "|".join(r.removesuffix("ь") + ("я" if r.endswith("ь") else "а") for r in TRADE_ROLES_RU) +
    "|(?<=летнего\\s)(?-i:[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+)|(?<=летнюю\\s)(?-i:[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+)"
    # «оперативники задержали его на окраине», «Её задержали в аэропорту»: the person of the sentence before, as a
    # pronoun (not «его сообщника», where it is the possessive of a noun that follows)
    "|(?:его|её|ее)(?=\\s*(?:[.,;:!?]|$)|\\s+(?:в|во|на|при|у|с|со|за|по|около|возле|вблизи|недалеко|сотрудник\\w*|полицейск\\w*"
    "|оперативник\\w*|пограничник\\w*|и|вместе|прямо|уже|вскоре|позже|затем|же|задержал\\w*|арестовал\\w*)(?![\\w-]))"
)
# «32-летний», «предполагаемого», «ранее судимый»: words that may stand between the verb and the noun.
_MODIFIER = r"(?:\d+\s*-\s*летн\w+|[а-яё]+(?:ий|ый|ой|ая|яя|его|ого|ую|юю)|ранее|его|её|ее|их)"
_PASSIVE = r"(?:был[аи]?\s+)?(?:задержан|задержана|арестован|арестована|пойман|поймана|(?:взят|взята|заключ[её]н|заключена)\s+под\s+стражу)"
# «взяли под стражу девушку», «Первой под стражу взяли 22-летнюю девушку»: taken into custody
_CUSTODY = r"(?:взял[аи]?|заключил[аи]?|поместил[аи]?)"
# «задержав курьера», «изъяв 3 кг и задержав организатора»: the deeprichastie of a lead holds the person too
_ACTIVE = (rf"(?:задержали|арестовали|задержал|задержала|арестовал|арестовала|задержав|арестовав|поймали|поймал|поймала"
           rf"|{_CUSTODY}\s+под\s+стражу|под\s+стражу\s+{_CUSTODY}"
           r"|(?<=удалось\s)(?:задержать|арестовать)"
           # «операция по задержанию жителя города Актобе», «о задержании курьера»: the arrest as a noun
           r"|(?<=по\s)задержанию|(?<=о\s)задержании)")  # «удалось задержать оптовика и семерых распространителей»
_END = r"(?![\w]|-\w)"  # «пассажир- житель Баку»: a loose hyphen ends the word
# «задержали в Лидском районе при выезде из Беларуси 44-летнего жителя Бреста»: a place or time phrase between
_ADVERBIAL = r"(?:(?:в|во|на|при|у|под|около|близ|возле|вблизи|недалеко\s+от|накануне|ночью|утром|вечером|днём|днем)(?:\s+[^\s.,;:!?«»\"()–—]+){0,7}?\s+)?"
# «задержали и обыскали его», «задержали и доставили в отдел мужчину»: a second past verb shares the object
_AND_VERB = r"(?:\s+и\s+[а-яё]{3,}(?:али|или|яли|ели|ыли))?"
# «Задержаны организатор лаборатории и двое его помощников»: the plural verb of a list opening on one person
_PASSIVE_LIST = r"(?:были\s+)?(?:задержаны|арестованы)"
_FORWARD = re.compile(
    rf"(?<![\w-])(?:(?P<pv>{_PASSIVE}|{_PASSIVE_LIST})|(?P<av>{_ACTIVE}{_AND_VERB})){_END}\s+{_ADVERBIAL}(?:{_MODIFIER}\s+){{0,3}}?"
    rf"(?:(?P<nom>{_NOMINATIVE})|(?P<acc>{_ACCUSATIVE})){_END}",
    re.IGNORECASE,
)
_BACKWARD = re.compile(
    # «Администратор площадки, гражданин Канады, был арестован»: an apposition in commas before the verb;
    # «Создатель сайта 29-летний Росс Ульбрихт (известный как …) был арестован»: a name and a bracket
    rf"(?<![\w-])(?:(?P<nom>{_NOMINATIVE})|(?P<acc>{_ACCUSATIVE})){_END}(?:\s+[^\s.,;:!?«»\"()–—]+){{0,5}}?(?:,[^.,;:!?]{{1,60}},|\s*\([^()]{{1,60}}\))?\s+"
    rf"(?:(?P<pv>{_PASSIVE})|(?P<av>{_ACTIVE})){_END}",
    re.IGNORECASE,
)
# «гражданин Грузии, 38-летний Леван Беридзе, а также водитель фуры»: «, а также» joins one more person;
# a name after a bare comma is the one before it named (an apposition), not another person
_LIST_MORE = re.compile(
    rf"(?:\s+[^\s.,;:!?«»\"()]+){{0,9}}?\s*(?P<join>,\s*(?:и|а\s+также)(?=\s)|,|\s(?:и|а\s+также))\s+(?:{_MODIFIER}\s+){{0,3}}?"
    rf"(?P<noun>{_NOMINATIVE}|{_ACCUSATIVE}){_END}",
    re.IGNORECASE)
_NAME = re.compile(r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+")
_LIST_MORE_ANY = re.compile(
    rf"(?:\s+[^\s.,;:!?«»\"()]+){{0,9}}?\s*(?P<join>,\s*(?:и|а\s+также)(?=\s)|\s(?:и|а\s+также))\s+(?:{_MODIFIER}\s+){{0,3}}?"
    r"(?P<noun>[а-яё]{4,})(?![\w-])", re.IGNORECASE)


def _list_more_any(text: str, end: int, group: str) -> re.Match[str] | None:
    """«…, а также экспедитор груза»: one more person the closed lists do not hold, read by grammar."""
    m = _LIST_MORE_ANY.match(text, end)
    return m if m and person_noun(m.group("noun"), "nomn" if group == "nom" else "accs") else None
# «задержан при попытке», «был задержан сотрудниками полиции»: a noun after the agent's «сотрудниками» is the arrester
_AGENT_BEFORE = re.compile(r"(?:сотрудник\w*|полицейск\w*|оперативник\w*|силовик\w*|пограничник\w*)\s+$", re.IGNORECASE)


# «задержали доставщика еды», «задержан проводник поезда»: a person noun the closed lists above do not
# hold, read by its grammar — a singular animate noun in the case the verb governs.
_VERB_ANY = re.compile(rf"(?<![\w-])(?:(?P<pv>{_PASSIVE})|(?P<av>{_ACTIVE})){_END}", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([\w-]+)", re.IGNORECASE)
_BETWEEN = re.compile(rf"\s+{_ADVERBIAL}(?:{_MODIFIER}\s+){{0,3}}", re.IGNORECASE)


def person_noun(word: str, case: str) -> bool:
    """``word`` may be a singular animate noun in ``case`` (accs after «задержали», nomn after «задержан»)."""
    from store.ingest.morph import analyzer
    from store.ingest.numbers import is_number_word

    if is_number_word(word):
        return False
    return any(p.tag.POS == "NOUN" and {"anim", "sing", case} <= p.tag.grammemes for p in analyzer().parse(word.lower()))


def _any_person(text: str) -> list[tuple[int, int]]:
    """Spans of the first singular animate noun after each arrest verb (see ``_person_noun``)."""
    spans = []
    for v in _VERB_ANY.finditer(text):
        case = "nomn" if v.group("pv") else "accs"
        pos = v.end()
        for _ in range(10):
            w = _WORD_AFTER.match(text, pos)
            if w is None:
                break
            between = text[v.end():w.start(1)]
            if _BETWEEN.fullmatch(between) and not re.search(r"\d", re.sub(r"\d+\s*-\s*летн", "", between)) \
                    and not any(is_number(x) for x in re.findall(r"[а-яё]+", between, re.IGNORECASE)):
                if len(w.group(1)) >= 4 and re.fullmatch(r"[а-яё]+", w.group(1), re.IGNORECASE) and person_noun(w.group(1), case):
                    spans.append((w.start(1), w.end(1)))
                    break
            pos = w.end(1)
            if re.match(r"\s*[^\w\s-]", text[pos:]):
                break  # a comma or a full stop ends the verb's phrase
    return spans


def is_number(word: str) -> bool:
    from store.ingest.numbers import is_number_word

    return is_number_word(word)


# «задержана семейная пара», «задержали супружескую пару», «пару закладчиков задержали»: a couple is two people
_COUPLE = (r"(?:(?:семейн|супружеск|молод)\w*\s+пар[аыу]|пар[уа]\s+(?:[а-яё]+(?:ых|их)\s+)?"
           r"(?:" + TRADE_ROLE_RU + r"|подозреваем|мужчин|иностранц|молодых\s+люд)[а-яё]*)")
_COUPLE_FORWARD = re.compile(
    rf"(?<![\w-])(?:(?:был[аи]?\s+)?(?:задержан[аы]?|арестован[аы]?)|{_ACTIVE}){_END}\s+{_ADVERBIAL}(?P<pair>{_COUPLE}){_END}", re.IGNORECASE)
_COUPLE_BACKWARD = re.compile(
    rf"(?<![\w-])(?P<pair>{_COUPLE}){_END}(?:\s+[^\s.,;:!?«»\"()–—]+){{0,3}}?\s+(?:был[аи]?\s+)?(?:задержан[аы]?|арестован[аы]?|{_ACTIVE}){_END}",
    re.IGNORECASE)


# «Вместе с водителем задержан его напарник», «задержали курьера вместе с сообщником»: the companion was held too
_WITH_COMPANION = re.compile(r"(?<![\w-])(?:вместе|совместно)\s+с(?:о)?\s+(?:(?:его|её|ее|своим|своей|\d+\s*-\s*летн\w+)\s+)?([а-яё]{4,})(?![\w-])",
                             re.IGNORECASE)


def with_companion(text: str, start: int, end: int) -> bool:
    """The one person at ``start:end`` was held together with another, named in the instrumental in the same clause."""
    clause_start = max(text.rfind(c, 0, start) for c in ".,;:!?—") + 1
    clause_end = min((i for i in (text.find(c, end) for c in ".,;:!?—") if i >= 0), default=len(text))
    from store.ingest.morph import analyzer

    for m in _WITH_COMPANION.finditer(text, clause_start, clause_end):
        if any(p.tag.POS == "NOUN" and {"anim", "sing", "ablt"} <= p.tag.grammemes for p in analyzer().parse(m.group(1).lower())):
            return True
    return False


def couples(text: str) -> list[tuple[int, int]]:
    """Spans of a couple (two people) an arrest verb governs in ``text`` (a sentence)."""
    if RECALL_LEAD.match(text) or _REPORTED.match(text):
        return []
    return sorted({(m.start("pair"), m.end("pair")) for p in (_COUPLE_FORWARD, _COUPLE_BACKWARD) for m in p.finditer(text)})


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
            while pattern is _FORWARD and (more := _LIST_MORE.match(text, end) or _list_more_any(text, end, group)):
                if not (more.group("join") == "," and _NAME.fullmatch(more.group("noun"))):
                    spans.append((more.start("noun"), more.end("noun")))
                end = more.end("noun")
    if not spans:
        spans = [s for s in _any_person(text) if not _AGENT_BEFORE.search(text[:s[0]])]
    if not spans:
        spans = [m.span("v") for m in _SUBJECTLESS.finditer(text)]
    return sorted(set(spans))


# «Он приехал в Краснодар, где и был задержан», «… и вскоре была задержана»: the person of the sentence's clause
# before, held with no noun at all; a singular past passive says one
_HELD_ONE = r"был[аи]?\s+(?:задержан|задержана|арестован|арестована)"
_SUBJECTLESS = re.compile(rf"(?:,\s*(?:где|там|после\s+чего|когда|но)|\s+(?:и|затем|вскоре|позже|там))\s+(?:и\s+|же\s+|вскоре\s+)?"
                          rf"(?P<v>{_HELD_ONE})(?=\s*[.,;!]|\s*$|\s+(?:в|на|при|у|сотрудник\w*|полицейск\w*|пограничник\w*|с\s+поличным)\b)",
                          re.IGNORECASE)


def is_lone(wording: str) -> bool:
    """The fact's wording is one of those nouns (no number written), or a person's name."""
    from store.ingest.lone_en import is_english_lone

    w = wording.strip()
    return is_english_lone(wording) or bool(
        re.fullmatch(_COUPLE, w, re.IGNORECASE) or re.fullmatch(rf"(?:{_NOMINATIVE}|{_ACCUSATIVE}|{_HELD_ONE})", w, re.IGNORECASE)
        or re.fullmatch(r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+", w)
        or (re.fullmatch(r"[а-яё]{4,}", w, re.IGNORECASE) is not None
            and (person_noun(w, "accs") or person_noun(w, "nomn"))))


# «задержали лидера группы и пятерых его сообщников», "arrested the administrator and four vendors": the one
# person and the counted ones after one verb are one figure.
_WITH = re.compile(r"^[^.;:!?\d]{0,90}?(?:\s(?:и|а\s+также|также|вместе\s+с|and|as\s+well\s+as|along\s+with)\s)[^.;:!?\d]{0,20}$",
                   re.IGNORECASE)
# «задержали еще четверых курьеров»: more people on top of the one already held, not a count that holds them
_MORE = re.compile(r"(?:ещё|еще|другие|другого|других|another|a\s+further|further|other)\s+(?:[^\W\d]+\s+){0,2}$"
                   # "His co-defendants, Kyle Roe, 29, and …": the lone one's partners, other people
                   r"|\b(?:co-defendants|co-accused|co-conspirators|accomplices)\s*,?\s*$", re.IGNORECASE)


# «Кроме него … трое граждан, которые также задержаны»: the count is of people besides the one held before
_BESIDES = re.compile(r"(?<![\w-])(?:кроме|помимо)\s+(?:него|неё|нее|них)(?![\w-])|\b(?:besides|apart\s+from)\s+(?:him|her)\b", re.IGNORECASE)
_AGE = re.compile(r"\d+\s*-\s*летн\w+|(?<!\d)(?:19|20)\d\d\s+(?:года|г\.)\s+рождения")  # «гражданин России 1977 года рождения»


def drop_counted_lone(facts: list, arrests: str, text: str = "") -> list:
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
                       and (c.country == one.country or c.country is None or one.country is None)  # "… in Russia and a recipient in Kazakhstan"
                       and _WITH.match(_AGE.sub("", one.quote[one.end - one.quote_start:c.start - one.quote_start]))), None)
        if clause is not None:
            k = out.index(clause)
            out[k] = replace(clause, value=(clause.value or 0) + (one.value or 1), start=one.start, text=one.quote[one.start - one.quote_start:clause.end - one.quote_start])
            out.remove(one)
    # «Ранее … в 2024 году были задержаны два его курьера»: a count of an earlier case holds no one held now
    counted = [f for f in out if f.metric == arrests and not is_lone(f.text) and not RECALL.search(f.quote[:f.start - f.quote_start])]
    # "A woman and a man were also arrested at a second address": people held besides the one, not holding them
    if all(_MORE.search(f.quote[:f.start - f.quote_start]) or ALSO_HELD.match(f.quote[f.end - f.quote_start:])
           or _BESIDES.search(f.quote[:f.start - f.quote_start]) for f in counted):
        return out
    # «Ещё в одном рейде задержали жителя Самарканда»: a person held besides the ones counted; «В другом случае
    # задержан …»: a person of another episode of a roundup (store.ingest.episodes)
    return [f for f in out if not (f.metric == arrests and is_lone(f.text) and not ALSO.search(f.quote[:f.start - f.quote_start])
                                   and not ONE_ALSO_HELD.match(f.quote[f.end - f.quote_start:])
                                   and not another_episode(text, f, counted) and not _other_role(f, counted)
                                   and not _placed_apart(f, counted)
                                   and not _named_apart(f, counted))]


# Nouns that may name anyone of a counted group («участников», «человек»), so a lone one may be among them.
_ANYONE = re.compile(r"(?<![\w-])(?:человек|люд|лиц|участник|член|подозреваем|фигурант|задержанн|граждан|жител|уроженц|мужчин|женщин"
                     r"|злоумышленник|сообщник|подельник|соучастник|парн|девушк|молод|иностран|россиян|обвиняем)\w*", re.IGNORECASE)


def _other_role(one, counted: list) -> bool:
    """«задержали двух курьеров …» and, in another sentence, «Самого организатора задержали …»: a lone person
    of a role no counted group names is held besides them (a lone «житель» may be one of «трое участников»)."""
    from store.ingest.numbers import is_number_word

    words = one.text.split()
    mine = words[-1].lower() if len(words) == 1 else ""
    if not re.fullmatch(r"[а-яё]{4,}", mine) or _ANYONE.match(mine) or not counted:
        return False
    for c in counted:
        count = c.text.split()
        # a count and one role noun («двух курьеров»), in a sentence of its own
        if (len(count) != 2 or not (count[0].isdigit() or is_number_word(count[0])) or c.quote_start == one.quote_start
                or not re.fullmatch(r"[а-яё]{4,}", count[1].lower()) or _ANYONE.match(count[1]) or count[1][:5].lower() == mine[:5]):
            return False
    return True



_BACKGROUND_CLAUSE = re.compile(r"\b(?:after|since|following|when|before|once)\b", re.IGNORECASE)


def _placed_apart(one, counted: list) -> bool:
    """"Police in Spain and Portugal arrested eight … The administrator was apprehended in Lisbon": in a story
    of several countries, one person held in a country no count is placed in is that country's arrest — a
    placed part of the worldwide count (or one more beside another country's), kept like any breakdown."""
    if one.country is None or len(named_countries()) < 2 or one.quote_start == 0:
        return False
    if _BACKGROUND_CLAUSE.search(one.quote[:one.start - one.quote_start]):
        return False  # "The probe started after Silk Road was taken down and its administrator was arrested by …": background
    return all(c.country != one.country for c in counted)



# "Jessica Roe, 27, …" — a person named in full with an age
_FULL_NAMED = re.compile(r"^(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?P<surname>[A-Z][a-z]+)),\s*\d{1,2}\b")
_NAME_WORD = re.compile(r"(?-i:[A-Z][a-z]+)")


def _named_apart(one, counted: list) -> bool:
    """"A, 42, and his wife, B, 39, were arrested … C, 27, a former employee of the pair, was arrested": the
    counts name their people one by one and the lone person, named in full with an age, is none of them."""
    m = _FULL_NAMED.match(one.text.strip())
    if m is None or not counted:
        return False
    named = [set(_NAME_WORD.findall(c.text)) for c in counted]
    return all(len(words) >= 2 for words in named) and all(m.group("surname") not in words for words in named)
