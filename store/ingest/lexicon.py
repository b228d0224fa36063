"""Word patterns more than one extractor stage reads: looking back in time, totals, the world,
pointing back at a place, "the rest".  One definition each, so a new wording is added once.

Stage-specific cues (what counts as a seizure verb, which preposition attaches a place to a
figure) stay with the stage that reads them.
"""

from __future__ import annotations

import re

# Looking back in time: "в прошлом году", "ранее", "in 2021", "back in", "years ago".
RECALL = re.compile(
    r"\bв\s+(?:прошлом|позапрошлом)\s+году|\bранее(?!\s+в\s+этом)|\bпрежде\b|\bв\s+(?:19|20)\d\d\s+году|\bгодом\s+ранее"
    r"|\blast\s+year\b|\bpreviously\b|\bearlier(?!\s+this)\b|\bin\s+(?:19|20)\d\d\b|\bback\s+in\b|\byears?\s+ago\b|\bгод\w*\s+назад",
    re.IGNORECASE,
)

# A sentence opening by looking back ("В 2022 году шведская полиция уже арестовала 14 продавцов",
# "Last year, Dutch police seized ..."): a result of an earlier action, whose countries are not
# by that token participants in this one.
RECALL_LEAD = re.compile(r"^[\W\d]{0,3}(?:(?:напомним|напомню|напоминаем|recall\s+that|as\s+a\s+reminder)\s*[,:]?\s*)?"  # «Напомним, в 2020 году …»
                         r"(?:(?:\w+\s+)?(?:years?\s+ago|(?:года|лет)\s+назад)\b|" + RECALL.pattern + ")",
                         re.IGNORECASE)

# «Напомним, в 2020 году …», "Recall that in 2019 …": a reminder of an earlier case, whose figures
# (and those of the "Тогда …" sentence after it) are not this article's.
# «Напомним, в сентябре …»: a month named in a reminder is as much an earlier case as a year.
_MONTH_BACK = (r"|\bв\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\b"
               r"|\bв\s+(?:прошлом|минувшем)\s+месяце|\bна\s+(?:прошлой|минувшей)\s+неделе|\bin\s+(?:January|February|March|April"
               r"|May|June|July|August|September|October|November|December)\b|\blast\s+(?:month|week)\b")
REMINDER_LEAD = re.compile(r"^[\W]{0,3}(?:напомним|напомню|напоминаем|recall\s+that|as\s+a\s+reminder)\b[^.!?]{0,40}?(?:"
                           + RECALL.pattern + _MONTH_BACK + ")", re.IGNORECASE)

# «Ранее также сообщалось о задержании трёх контрабандистов», «Ранее в мае стало известно …», «Как сообщалось ранее, …»: a link to another
# news item at the foot of a story; its figures are that item's, not this article's.
# «13 ноября сообщалось, что …», «Ранее РЕН ТВ писал о том, что …», «Напомним, ранее стало известно …» too.
# The genitive month names («12 мая»), one list for every reader of a Russian date (numbers, place_roles).
MONTHS_GEN = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
REPORTED_LEAD = re.compile(r"^[\W]{0,3}(?:(?:напомним|кроме\s+того),?\s+)?(?:(?:ранее|\d{1,2}\s+" + MONTHS_GEN + r"|накануне|вчера)\s+"
                           r"(?:также\s+|уже\s+|в\s+(?:этом\s+)?[а-яё]+\s+|на\s+этой\s+неделе\s+){0,2}"
                           r"(?:сообщалось|стало\s+известно|писали|мы\s+писали)"
                           r"|ранее\s+(?:[\w.«»\"-]+\s+){1,4}?(?:писал|сообщал|рассказывал)[аио]?"
                           r"|как\s+(?:ранее\s+|уже\s+)?(?:сообщалось|писали)(?:\s+ранее)?"
                           # "The Straits Times previously reported that …", "As previously reported, …": an earlier item
                           r"|(?:[\w.'’-]+\s+){0,4}?(?:previously|earlier)\s+reported|as\s+(?:was\s+)?reported\s+(?:earlier|previously)"
                           # "Earlier, the NSC reported a record seizure …" (not "Earlier on Tuesday, police said …", a wire
                           # story's own update): a linked item
                           r"|earlier,\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,4}?(?:had\s+)?(?:reported|announced|wrote))\b",
                           re.IGNORECASE)

# «С начала 2006 года сотрудники изъяли более 280 кг», «Всего в текущем году изъято около 4 т», "so far this
# year police have seized ...": a running tally of an agency over a period, many cases summed — no figure of
# the operation the article reports. A tally «в рамках операции …» is that operation's (see period_tally).
PERIOD_TALLY = re.compile(
    r"\bс\s+начала\s+(?:(?:этого|текущего|нынешнего|прошлого)\s+|(?:19|20)\d\d\s+)?года\b"
    r"|\bвсего\s+(?:\w+\s+){0,2}?в\s+(?:текущем|этом|нынешнем)\s+году\b"
    r"|\bза\s+(?:(?:весь|прошлый|минувший|истекший|текущий|этот)\s+год|(?:первое|минувшее|прошедшее)\s+полугодие"
    r"|(?:первый|минувший|прошедший)\s+квартал|(?:последние|прошедшие|минувшие)\s+\w+\s+(?:лет|года|месяц\w*)"
    r"|\d+\s+месяц\w*)\b"
    r"|\bso\s+far\s+this\s+year\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b"
    # "seized 1.42 kg of heroin in 23 cases so far in 2022", "in 2024 to date": a year's running tally
    r"|\bso\s+far\s+in\s+(?:19|20)\d\d\b|\bin\s+(?:19|20)\d\d\s+(?:to\s+date|so\s+far)\b|\bthis\s+year\s+(?:to\s+date|so\s+far)\b"
    # "112 kg seized in the first two months of 2020", "94 kg seized at the border in all of 2018", "a rise in MDMA
    # seizures at our border": a border agency's period figures and trends
    r"|\bin\s+the\s+first\s+(?:[\w-]+\s+)?(?:months?|weeks?|half|quarter)\s+of\s+(?:the\s+year|this\s+year|(?:19|20)\d\d)\b"
    r"|\bin\s+all\s+of\s+(?:19|20)\d\d\b|\b(?:during|in|for)\s+the\s+(?:whole|entire)\s+(?:of\s+)?(?:the\s+)?(?:year|(?:19|20)\d\d)\b"
    r"|\b(?:rise|increase|surge|jump|spike|fall|drop)\s+in\s+(?:[\w-]+\s+){0,2}?(?:seizures|interceptions|detections)\b"
    # «За последний месяц в Кыргызстане изъято …», «С конца августа … проведено 3 задержания», «за неделю»
    r"|\bза\s+(?:(?:последн|истекш|прошедш|минувш|прошл)\w*\s+)?(?:месяц|неделю|сутки)\b"
    # "During 2023, the unit arrested 450 people", "over the past year", "the agency's annual figures": a year's tally
    r"|\b(?:during|throughout)\s+(?:the\s+(?:whole\s+)?(?:of\s+)?)?(?:19|20)\d\d\b|\bin\s+the\s+(?:whole|course)\s+of\s+(?:19|20)\d\d\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:year|12\s+months|twelve\s+months)\b"
    r"|\bannual\s+(?:figures|report|statistics|tally|results|haul)\b|\b(?:each|every)\s+year\b"
    # "In 2023 the federal police seized a record 116 tonnes": a year's record, many cases summed
    r"|\bin\s+(?:19|20)\d\d\b[^.;!?]{0,60}?\ba\s+record\b|\ba\s+record\b[^.;!?]{0,60}?\bin\s+(?:19|20)\d\d\b"
    r"|\bс\s+(?:конца|середины)\s+" + MONTHS_GEN + r"\b",
    re.IGNORECASE,
)
_OPERATION_WORD = re.compile(r"\bоперац\w*|\boperation\b|\bcodenamed\b", re.IGNORECASE)


# "Since we began Operation Harbour in March 2024, officers have detained over 600 people": a force's
# running campaign total, even though it names its operation
_SINCE_LAUNCH = re.compile(r"\bsince\s+(?:we|police|the\s+force|officers)\s+(?:launched|began|started)\b|\bsince\s+the\s+launch\s+of\b",
                           re.IGNORECASE)
# «С марта 2024 года МВД провело 14 операций …»: many operations summed since a month — a tally too
_MANY_OPERATIONS_SINCE = re.compile(
    r"\bс\s+" + MONTHS_GEN + r"(?:\s+(?:19|20)\d\d\s+года)?\b"
    r"[^.!?]{0,80}?\b(?:\d+|[а-яё]+)\s+(?:спец)?операци(?:й|ями)\b", re.IGNORECASE)


def period_tally(sentence: str) -> bool:
    """A running tally over a period, not an operation's («с начала года изъято …», not «… в рамках операции»)."""
    return (PERIOD_TALLY.search(sentence) is not None and _OPERATION_WORD.search(sentence) is None) \
        or _MANY_OPERATIONS_SINCE.search(sentence) is not None or _SINCE_LAUNCH.search(sentence) is not None


# "В 2021 году австрийские следователи закрыли предшественника. Тогда было задержано 6 человек",
# "In 2023, Austrian police took down its predecessor. Back then, 11 people were arrested": the
# sentence continues the recall above it.
THEN_LEAD = re.compile(r"^[\W]{0,3}(?:тогда|в\s+тот\s+раз|в\s+то\s+время|back\s+then|at\s+the\s+time|at\s+that\s+time)\b",
                       re.IGNORECASE)

# "Back in 2019 the servers were in Germany", "OFAC said at the time that …", "In 2021, Spanish police had arrested
# the founder": a sentence about an earlier time — its countries took no part in this operation, figures or not.
_EARLIER_TIME = re.compile(
    r"^[\W]{0,3}(?:back\s+in\b|back\s+then\b|at\s+(?:the|that)\s+time\b|(?:\w+\s+)?years?\s+(?:ago|earlier|before)\b)"
    r"|\b(?:said|stated|noted|wrote|announced|reported|claimed|added)\s+at\s+the\s+time\b"
    r"|^[\W]{0,3}(?:in|by)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b[^.;!?]*?\bhad\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ld|ht|ut)\b",
    re.IGNORECASE,
)


# "The previous edition of the operation, in 2023, led to 1,300 arrests", "Last year's round netted …": an earlier
# run of the operation, whose figures are its own (not "the first phase", a part of this one)
_EARLIER_EDITION = re.compile(
    r"^[\W]{0,3}(?:the|its|an?)\s+(?:previous|earlier|prior|preceding)\s+(?:edition|round|iteration|operation|crackdown|sweep|takedown|action)\b"
    r"|^[\W]{0,3}last\s+year['’]s\s+(?:edition|round|iteration|operation|crackdown|sweep)\b",
    re.IGNORECASE,
)


def earlier_edition(sentence: str) -> bool:
    """The sentence reports an earlier run of the operation."""
    return _EARLIER_EDITION.search(sentence) is not None


def earlier_time(sentence: str) -> bool:
    """The sentence tells of an earlier time than the operation it reports."""
    return _EARLIER_TIME.search(sentence) is not None


# A sentence where a country only reacts to the operation or is said to have stayed out of it:
# "Canada's minister welcomed the action", "Португальские власти приветствовали операцию".
BYSTANDER = re.compile(
    r"\bwelcom\w*|\bprais\w*|\bhail\w*|\bapplaud\w*|\bcongratulat\w*|\bnot\s+(?:been\s+)?involved|\btook\s+no\s+part"
    r"|приветств\w*|похвал\w*|назвал\w*\s+(?:результат|операци|задержани)\w*|не\s+участвовал\w*|не\s+принимал\w*\s+участи"
    # "Russian authorities did not comment": asked about the story, no part of it
    r"|\bdid\s+not\s+(?:immediately\s+)?(?:comment|respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment)|\bdeclined\s+to\s+comment"
    r"|\brefused\s+to\s+comment|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\s+for\s+comment|\bno\s+immediate\s+comment"
    r"|отказал\w*\s+от\s+комментари\w*|не\s+ответил\w*\s+на\s+запрос",
    re.IGNORECASE,
)

# The world as the scope of a figure: "в мире", "по всему миру", "globally", "worldwide".
_WORLD = (r"\bв\s+(?:вс[её]м\s+)?мире\b|по\s+всему\s+миру|\bin\s+the\s+world\b|(?:around|across)\s+the\s+world"
          r"|\bglobally\b|\bworldwide\b")
WORLD_SCOPE = re.compile(_WORLD, re.IGNORECASE)
# A figure for everyone, no one country's: the world, or "in total" ("в общей сложности").
WORLDWIDE = re.compile(_WORLD + r"|в\s+общей\s+сложности|in\s+total", re.IGNORECASE)

# A yearly figure: "в 2023 году", "during 2022", "every year", "ежегодно".
YEAR_SCOPE = re.compile(r"\b(?:в|за|in|during)\s+(?:19|20)\d\d(?:\s+год[ау]?)?\b|\b(?:each|every|per)\s+year\b|\bежегодно\b"
                        r"|\bкаждый\s+год\b", re.IGNORECASE)
OPERATION_WORD = re.compile(r"операци|рейд|акци|operation|action|raid|crackdown|sweep", re.IGNORECASE)

# A total over all places ("in total", "overall", "всего", "во всех странах", "общее число"): a
# figure so worded is no one country's, however the paragraph around it is placed.
TOTAL = re.compile(r"\b(?:in\s+total|total|overall|altogether|all\s+told|worldwide|всего|в\s+общей\s+сложности|в\s+целом|итого"
                   r"|общ\w+|(?:across|in)\s+all\s+(?:the\s+)?(?:countries|participating)|во\s+всех\s+странах)\b",
                   re.IGNORECASE)

# The text before a country a sentence opens on: "In Austria, …", "В Австрии …".
PLACE_OPENING = re.compile(r"^\W{0,3}(?:in|в|во)\s+(?:the\s+)?$", re.IGNORECASE)
# A sentence whose subject points back at the paragraph's place: "Officers there…", "They…", "Там…".
SCENE_FOLLOW = re.compile(
    r"^\W{0,3}(?:(?:кроме\s+того|также|затем|после\s+этого|there|then|later),?\s+)?"
    r"(?:(?:the\s+)?(?:officers|police|investigators|agents|detectives|officials|authorities)\s+there\b|they\b"
    r"|у\s+них\b|они\b|там\b|оперативник\w*|полицейские\b|следователи\b)",
    re.IGNORECASE)
# "Обыски провели в Малаге и Валенсии. Там задержаны 44 человека", "Raids hit Lyon and Nice.
# Officers there arrested 12": the sentence points back at the one country named just before.
THERE_LEAD = re.compile(
    r"^\W{0,3}(?:там|тамошн\w+|there\b|(?:the\s+)?(?:officers|police|investigators|agents|authorities)\s+there\b)",
    re.IGNORECASE)

# "30 of them in Argentina and the rest in Brazil": the remainder's place is not the total's.
REST_OF_TOTAL = re.compile(r"(?:the\s+rest|the\s+remaining|the\s+others?|остальн\w*|прочи\w*)\s*(?:[–—-]\s*)?"
                           r"(?:(?:were|was|были|был[аио]?)\s+)?(?:(?:arrested|detained|held|задержан\w*|арестован\w*)\s+)?"
                           r"(?:in|в|во|на)\s+(?:the\s+)?$", re.IGNORECASE)
