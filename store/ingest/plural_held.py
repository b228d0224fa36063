"""People held named by a plural noun with no number: «Злоумышленников заключили под стражу»,
«Мужчин арестовали», «Задержанные взяты под стражу», «Обоих задержали».

Regional releases and city news sites often count the people once, where they first appear
(«в машине ехали двое жителей Омска»), and report the arrest a sentence or two later with a
plural noun alone.  The count is the one the text gave those people: the nearest people count in
the sentences just before (no further back than the last sentence that already counts arrests,
so a roundup's earlier case keeps its own count).  «обоих»/«оба» counts two by itself.  Nothing is
added where a sentence in between already counts the arrests.
"""

from __future__ import annotations

import re

from store.ingest.extraction import ExtractedFact
from store.ingest.numbers import find_figures
from store.ingest.sentences import Sentence
from store.model import ARRESTS

# A plural subject or object of custody with no number: the noun, then the verb, or the verb, then the noun.
_PLURAL = (r"(?:злоумышленник(?:ов|и)|мужчин(?:ы)?|фигурант(?:ов|ы)|подозреваем(?:ых|ые)|задержанн(?:ых|ые)|наркокурьер(?:ов|ы)"
           r"|курьер(?:ов|ы)|наркоторговц(?:ев|ы)|наркодилер(?:ов|ы)|закладчик(?:ов|и)|сбытчик(?:ов|и)|подельник(?:ов|и)"
           r"|сообщник(?:ов|и)|молодых\s+людей|молодые\s+люди|парней|парни|супруг(?:ов|и)|их|обоих|оба|обе|обеих)")
_VERB = (r"(?:(?:заключили|взяли|поместили|отправили|заключены|взяты|помещены|отправлены|заключ[её]н[ыо]?)\s+под\s+(?:стражу|арест)"
         r"|под\s+(?:стражу|арест)\s+(?:заключили|взяли|поместили|отправили|заключены|взяты|помещены|отправлены)"
         r"|(?:были\s+)?(?:арестовали|задержали|арестованы|задержаны|поймали|пойманы))")
# «Суд уже поместил их под стражу», «Суд арестовал обоих»: the court orders the custody
_COURT = r"(?:суд\s+(?:уже\s+)?(?:поместил|заключил|взял|отправил|арестовал)(?=\s+(?:все|уже|также\s+)?(?:их|обоих|обеих|злоумышленник|мужчин|фигурант|подозреваем|задержанн)))"
# Where the clause opens: the sentence, or «, но …» after a clause of the plan («Предполагалось, что …, но
# в Смоленской области их задержали»); then a time or place phrase («В январе 2023 года», «в Смоленской области»).
_MONTHS = r"(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
_OPENING = (r"(?:^\W{0,3}|[,;]\s*(?:но|а|однако)\s+)(?:(?:все|сейчас|уже|позже|затем|вскоре|впоследствии)\s+"
            rf"|в\s+{_MONTHS}(?:\s+(?:19|20)\d\d\s+года)?,?\s+|в\s+(?-i:[А-ЯЁ])[а-яё-]+(?:\s+(?:области|крае|районе|республике|округе))?\s+)*")
# «Оба пешехода были задержаны»: «оба» with its noun
_BOTH_NOUN = r"(?:обоих|оба|обе|обеих)\s+[а-яё]+"
_HELD = re.compile(rf"{_OPENING}(?:(?P<n1>{_BOTH_NOUN}|{_PLURAL})\s+(?:(?:все|уже|также)\s+)?{_VERB}"
                   rf"|{_COURT}\s+(?:(?:все|уже|также)\s+)?(?P<n3>{_PLURAL})"
                   rf"|{_VERB}\s+(?:(?:все|уже|также)\s+)?(?P<n2>{_PLURAL}))(?![\w-])", re.IGNORECASE)
_HELD_CUE = re.compile(r"задерж|арест|под\s+стражу|пойма", re.IGNORECASE)
_BOTH = re.compile(r"^(?:обоих|оба|обе|обеих)$", re.IGNORECASE)
_LOOK_BACK = 6  # sentences
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s+года")  # «В январе 2023 года …»: a date, no count
# «двое жителей Омска», «двух молодых людей», «трое омичей»: a count of people (not «29-летних»)
_PEOPLE_AFTER = re.compile(r"\s+(?:[а-яё]+(?:ых|их)\s+){0,2}(?P<noun>[а-яё]{3,})", re.IGNORECASE)


def _people_count(sentence: str) -> int | None:
    """The count of people the sentence gives («в машине ехали двое новосибирцев»), if one."""
    from store.ingest.morph import analyzer

    for fig in find_figures(sentence, "ru"):
        if fig.lone or not float(fig.value).is_integer() or not 2 <= fig.value <= 20:
            continue
        after = _PEOPLE_AFTER.match(sentence, fig.end)
        if after is None or re.match(r"\s*-", sentence[fig.end:]):
            continue
        parses = analyzer().parse(after.group("noun").lower())
        # a person noun, or a word used as one («двое приезжих»)
        # («два местных жителя»: after два–четыре the noun is a singular genitive)
        paucal = fig.value <= 4 and any(p.tag.POS == "NOUN" and "anim" in p.tag and {"sing", "gent"} <= p.tag.grammemes
                                        for p in parses)
        if paucal or any(("plur" in p.tag and ((p.tag.POS == "NOUN" and "anim" in p.tag) or "Subx" in p.tag)) for p in parses) \
                or after.group("noun").lower() in ("людей",):
            return int(fig.value)
    return None


def held_without_number(text: str, sentences: list[Sentence], facts: list[ExtractedFact], main: str | None) -> list[ExtractedFact]:
    """``facts`` with one arrests figure for each plural held wording whose count an earlier sentence gave."""
    body = [s for s in sentences if not s.noise]
    arrests_at = {f.quote_start for f in facts if f.metric == ARRESTS}
    added: list[ExtractedFact] = []
    for k, sent in enumerate(body):
        m = _HELD.search(sent.text)
        if m is None or sent.start in arrests_at or re.search(r"\d", _YEAR.sub("", sent.text)):
            continue
        noun = m.group("n1") or m.group("n2") or m.group("n3")
        value = 2 if _BOTH.match(noun.split()[0]) else None
        if value is None:
            counts = []
            for back in reversed(body[max(0, k - _LOOK_BACK):k]):
                if back.start in arrests_at or _HELD_CUE.search(back.text):
                    break  # the people were counted as held there (or the count restated)
                counts.append(_people_count(back.text))
            # «причастны пять жителей … лабораторию организовали двое»: the group, not a subset of it
            value = max((c for c in counts if c is not None), default=None)
        if value is None or any(f.metric == ARRESTS and f.value == value for f in facts):
            continue
        start = sent.start + m.start(next(g for g in ("n1", "n2", "n3") if m.group(g)))
        near = [f for f in facts if abs(f.quote_start - sent.start) < 400]
        operation = near[0].operation if near else main
        country = next((f.country for f in near if f.country), None)
        added.append(ExtractedFact(
            metric=ARRESTS, value=value, unit="people", qualifier="exact", country=country, date=None, operation=operation,
            quote=sent.text, start=start, end=start + len(noun), detail=None, text=noun,
            quote_start=sent.start, quote_end=sent.end))
        arrests_at.add(sent.start)
    if not added:
        return facts
    return sorted([*facts, *added], key=lambda f: (f.quote_start, f.start))



# «задержали преступную группу», «группа задержана»: a group held with no count; its size follows
# («Группа состояла из шестерых человек», «В её состав входили пять жителей Бердска»).
_GROUP = r"(?:групп|банд|ОПГ|сообществ|наркогрупп|группировк)\w*"
_GROUP_HELD = re.compile(rf"задержал\w*\s+(?:[а-яё]+\s+){{0,3}}?{_GROUP}|{_GROUP}\s+(?:[а-яё]+\s+){{0,2}}?(?:был[аои]?\s+)?задержан\w*",
                         re.IGNORECASE)
_GROUP_SIZE = re.compile(rf"(?:{_GROUP}|в\s+(?:е[её]|их)\s+состав\w*)\s+(?:[^\W\d]+\s+){{0,2}}?"
                         r"(?:состоял\w*\s+из|входил\w*|входят|насчитывал\w*)\s+(?=\S)", re.IGNORECASE)
_SIZE_REACH = 2  # sentences after the group held


def group_sized(sentences: list[Sentence], facts: list[ExtractedFact], main: str | None) -> list[ExtractedFact]:
    """One arrests figure for a group held with no count whose size the next sentences give — only in an
    article that counts no arrests otherwise (its size is then the only count of the people held)."""
    if any(f.metric == ARRESTS for f in facts):
        return facts
    body = [s for s in sentences if not s.noise]
    for k, sent in enumerate(body):
        if not _GROUP_HELD.search(sent.text) or re.search(r"\d", sent.text):
            continue
        for nxt in body[k + 1:k + 1 + _SIZE_REACH]:
            m = _GROUP_SIZE.search(nxt.text)
            fig = next((f for f in find_figures(nxt.text, "ru") if m and f.start >= m.end() and not nxt.text[m.end():f.start].strip()), None)
            if m is None or fig is None or not float(fig.value).is_integer() or not 2 <= fig.value <= 200:
                continue
            near = [f for f in facts if abs(f.quote_start - nxt.start) < 400]
            country = next((f.country for f in near if f.country), None)
            added = ExtractedFact(
                metric=ARRESTS, value=int(fig.value), unit="people", qualifier="exact", country=country, date=None,
                operation=near[0].operation if near else main, quote=nxt.text, start=nxt.start + fig.start,
                end=nxt.start + fig.end, detail=None, text=nxt.text[fig.start:fig.end], quote_start=nxt.start, quote_end=nxt.end)
            return sorted([*facts, added], key=lambda f: (f.quote_start, f.start))
    return facts
