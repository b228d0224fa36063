"""Market events: launched (``с 2019 года``, ``active since 2021``, ``was launched in 2018``) and
shut down (``серверы были отключены в марте 2024 года``, ``took its servers offline``).

An event needs a subject (a market named in the sentence, or ``сайт``/``the site``/``its``
referring back to the last market named) and a date written in the sentence; a relative date
(``в прошлом году``) without a publication date gives an event with no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.ingest.dates import DateMention
from store.model import LAUNCHED, SHUT_DOWN

_LAUNCH_VERB = re.compile(
    r"\b(?:launched|launch\s+in|founded|opened(?!\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:investigation|probe|case|inquiry|fire))|created|set\s+up|went\s+online|came\s+online|started\s+operating|began\s+operating|appeared"
    r"|запущен\w*|запустил\w*|основан\w*|создан\w*|появил\w*|открыт\w*|начал\w*\s+работ\w*)",
    re.IGNORECASE,
)
_SHUTDOWN_VERB = re.compile(
    r"\b(?:shut\s+down|shutting\s+down|went\s+offline|went\s+dark|taken\s+(?:down|offline)|took\s+(?:\w+\s+){0,3}?(?:down|offline)|take\s+down"
    r"|dismantled|closed(?:\s+down)?|seized\s+(?:the\s+)?(?:site|servers?|domain|infrastructure)"
    r"|servers?\s+(?:\w+\s+){0,3}?(?:were\s+|was\s+)?seized|сервер\w*\s+(?:\w+\s+){0,3}?(?:были\s+|был\s+)?изъят\w*"
    r"|изъял\w*\s+сервер\w*|seizure\s+(?:banner|notice|page|splash)|(?:it|which)\s+(?:was|had\s+been)\s+seized"
    r"|отключ\w*|выключ\w*|заблокирова\w*|закрыл\w*|закрыт\w*|ликвидир\w*|ликвидаци\w*|прекратил\w*\s+работ\w*)",
    re.IGNORECASE,
)
_INVESTIGATION = re.compile(r"расследован|следств|investigat|операц|operation|розыск|wanted|суд|court|trial|велось|ведется|ведётся", re.IGNORECASE)
_BACK_REFERENCE = re.compile(
    r"\b(?:the\s+(?:site|market(?:place)?|platform|forum|shop|service)|its|it\s+had|площадк\w*|сайт\w*|рын(?:ок|ка|ке|ку|ком)"
    r"|магазин\w*|маркет\w*|форум\w*|его\s+сервер\w*|её\s+сервер\w*|ее\s+сервер\w*)(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SentenceEvent:
    metric: str
    date: str | None
    start: int  # relative to the sentence
    end: int


def sentence_events(sentence: str, dates: list[DateMention]) -> list[SentenceEvent]:
    """Launch and shut-down events with their dates; the caller finds the subject."""
    out: list[SentenceEvent] = []
    for d in dates:
        if d.since and d.value and not _INVESTIGATION.search(" ".join(sentence[:d.start].split()[-4:])):
            out.append(SentenceEvent(LAUNCHED, d.value, d.start, d.end))
    cues = [(m, LAUNCHED) for m in _LAUNCH_VERB.finditer(sentence)] + [(m, SHUT_DOWN) for m in _SHUTDOWN_VERB.finditer(sentence)]
    cues.sort(key=lambda c: c[0].start())
    free = [d for d in dates if not d.since]
    for i, (cue, metric) in enumerate(cues):
        limit = cues[i + 1][0].start() if i + 1 < len(cues) else len(sentence)
        date = next((d for d in free if cue.end() <= d.start < limit), None)
        if date is None:
            date = next((d for d in reversed(free) if d.end <= cue.start()), None)
        if date is None:
            continue
        if date.value is None and not date.relative:
            continue
        out.append(SentenceEvent(metric, date.value, min(cue.start(), date.start), max(cue.end(), date.end)))
    return out


def refers_back(sentence: str) -> bool:
    """The sentence speaks of a market without naming it ("the site", "площадки")."""
    return bool(_BACK_REFERENCE.search(sentence))
