"""Sentences of an article that report no figure of its own story, read from where they stand.

Two kinds were seen on real domestic releases:

- a link to another news item at the foot of a story («Ранее сообщалось …», «13 ноября сообщалось,
  что ФСБ …», «Ранее РЕН ТВ писал …») and the sentences after it in the same paragraph
  («Спецслужбы обнаружили в ряде регионов 440 килограммов»), which go on telling that item;
- a running tally of an agency over a period («С начала года … ликвидированы …») and the summary
  sentence right after it that states the period's haul with no scene of its own («В ходе
  мероприятий … из незаконного оборота изъято 240 кг»), possibly under a heading of its own, with
  the rest of its paragraph («… взяты под стражу 9 граждан Узбекистана и 4 иностранца»).

The lead patterns live in :mod:`store.ingest.lexicon`; this module keeps how far they reach.
"""

from __future__ import annotations

import re

from store.ingest.discourse import Discourse, line_end
from store.ingest.lexicon import REPORTED_LEAD, period_tally
from store.ingest.sentences import Sentence
from store.ingest.teasers import foot_link, other_case

# «В ходе мероприятий …», «Всего из незаконного оборота изъято …»: a summary with no scene of its own
_SUMMARY = re.compile(
    r"^\W{0,3}(?:по\s+данным\s+[^,]{2,40},\s*)?"  # «По данным стражей порядка, в ходе …»
    r"(?:(?:в\s+ходе|в\s+рамках|по\s+итогам|в\s+результате)\s+(?:[\w-]+\s+){0,3}?(?:спец)?(?:мероприяти|рейд|проверок)\w*"
    r"|(?:всего|в\s+общей\s+сложности|в\s+целом|итого)\b"
    r"|(?:также\s+|кроме\s+того,?\s+)?из\s+(?:незаконного\s+)?оборота\s+(?:было\s+)?изъят"
    # «Изъято около 13 кг марихуаны, свыше 3 кг героина …» right after «Всего за минувшие сутки …»: the period's haul
    r"|(?:также\s+)?изъят[оаы]?\b)",
    re.IGNORECASE,
)
_TALLY_REACH = 3  # sentences (headings included) a tally's summary may stand below it


def is_aside(d: Discourse, text: str, sent: Sentence, names_a_place: bool) -> bool:
    """``sent`` tells another story or a period's tally (and updates what ``d`` remembers of both)."""
    if REPORTED_LEAD.match(sent.text) or other_case(text, sent.start, sent.text) or foot_link(text, sent):
        d.link_end = line_end(text, sent.start)  # «Ранее в Мурманске таможенники задержали моряка …» too
        return True
    if sent.start < d.link_end:
        return True  # the linked item's paragraph goes on
    if period_tally(sent.text):
        d.tally_left = _TALLY_REACH
        return True
    if d.tally_left > 0:
        d.tally_left -= 1
        if names_a_place:
            d.tally_left = 0  # «В Костанае задержана …»: a case of its own
        elif _SUMMARY.match(sent.text):
            d.tally_left = 0
            d.link_end = line_end(text, sent.start)  # the summary's paragraph goes on with the period's arrests
            return True
    return False
