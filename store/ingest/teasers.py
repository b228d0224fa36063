"""A paragraph that opens on «Ранее» and tells a case of its own is another story linked at the foot.

Federal copy closes with «Ранее в Мурманске таможенники задержали моряка, у которого нашли 18 кг
гашиша» or «Ранее в Омске ФСБ задержала химика …»: a teaser for another item, like
«Ранее сообщалось, что …», whose figures and countries are not the article's.  An earlier step of
the article's own case points back to it — the shop, market, group or a pronoun («Ранее норвежская
полиция задержала 9 продавцов рынка», «Ранее, в 2023 году, … курьеров магазина») — and stays.  At the story's foot (its last paragraph of text, before credits) a «Ранее» paragraph is
another case unless it points back at this one's people, file or shop (``foot_link``)."""

from __future__ import annotations

import re

from store.ingest.discourse import line_end
from store.ingest.sentences import Sentence

# «До этого в Приморье задержали …» opens a linked case as «Ранее …» does.
_EARLIER = re.compile(r"^\W{0,3}(?:(?:также|кроме\s+того|напомним),?\s+)?(?:ранее|до\s+этого)\b", re.IGNORECASE)
# A word that points back to the article's subject: its shop, market, ring, operation, or a pronoun.
_POINTS_BACK = re.compile(
    r"магазин|рын(?:ок|к)|площадк|сайт|форум|маркетплейс|платформ|групп|(?<![\w-])сет(?:ь|и|ью)(?![\w-])|сообществ|картел"
    r"|банд|(?<![\w-])ОПГ(?![\w-])|организаци|предшественн|операци"
    r"|(?<![\w-])(?:этот|эта|это|эти|этой|этого|этих|этим|этом|ещё|еще|тот\s+же|та\s+же|того\s+же|данн\w+|его|её|ее|их|они|он|она)(?![\w-])",
    re.IGNORECASE)


def other_case(text: str, start: int, sentence: str) -> bool:
    """``sentence`` (at ``start`` in ``text``) opens its paragraph on «Ранее» and never points back."""
    opens_paragraph = start == 0 or text[start - 1] == "\n"
    lead = _EARLIER.match(sentence)
    return opens_paragraph and lead is not None and _POINTS_BACK.search(sentence, lead.end()) is None


# «Ранее полицейские Тюмени нашли тайник с гашишем, изъяв …»: a paragraph at the foot of a story that
# opens on «Ранее» (with no «сообщалось») recalls another case; one that points back at this case, its people,
# file or shop («по этому делу», «его курьеры», «того же магазина», «курьеров этого магазина», «задержали ещё пятерых») goes on
# telling this one.
_SAME_CASE = re.compile(r"по\s+(?:этому|данному|тому\s+же)\s+делу|в\s+рамках\s+(?:этого|данного)\s+дела"
                        r"|сообщник|подельник|соучастник|фигурант|задержанн|(?:того|этого|той|этой)\s+же"
                        r"|(?<![\w-])(?:(?:ещё|еще)(?!\s+одн)|его|её|ее|их|этот|эта|эти|этой|этого|этих|этим|этом|данн\w+)(?![\w-])", re.IGNORECASE)  # («ещё одну партию»: another)
_FOOT_WORDS = 8  # a line after the paragraph with fewer words is a credit («Фото: …», «Source: …»)


def foot_link(text: str, sent: Sentence) -> bool:
    """``sent`` opens the story's last paragraph of text on «Ранее» and tells of another case."""
    lead = _EARLIER.match(sent.text)
    if sent.line == 0 or lead is None or _SAME_CASE.search(sent.text, lead.end()):
        return False  # («До этого»'s own «этого» points nowhere)
    if text[:sent.start].rstrip(" \t")[-1:] not in ("\n", ""):
        return False  # «Ранее» inside a paragraph goes on with its story
    rest = text[line_end(text, sent.start):]
    return all(len(line.split()) < _FOOT_WORDS for line in rest.splitlines())
