"""A paragraph that opens on «Ранее» and tells a case of its own is another story linked at the foot.

Federal copy closes with «Ранее в Мурманске таможенники задержали моряка, у которого нашли 18 кг
гашиша» or «Ранее в Омске ФСБ задержала химика …»: a teaser for another item, like
«Ранее сообщалось, что …», whose figures and countries are not the article's.  An earlier step of
the article's own case points back to it — the shop, market, group or a pronoun («Ранее норвежская
полиция задержала 9 продавцов рынка», «Ранее, в 2023 году, … курьеров магазина») — and stays."""

from __future__ import annotations

import re

_EARLIER = re.compile(r"^\W{0,3}(?:(?:также|кроме\s+того|напомним),?\s+)?ранее\b", re.IGNORECASE)
# A word that points back to the article's subject: its shop, market, ring, operation, or a pronoun.
_POINTS_BACK = re.compile(
    r"магазин|рын(?:ок|к)|площадк|сайт|форум|маркетплейс|платформ|групп|(?<![\w-])сет(?:ь|и|ью)(?![\w-])|сообществ|картел"
    r"|банд|(?<![\w-])ОПГ(?![\w-])|организаци|предшественн|операци"
    r"|(?<![\w-])(?:этот|эта|это|эти|этой|этого|этих|этим|этом|ещё|еще|тот\s+же|та\s+же|того\s+же|данн\w+|его|её|ее|их|они|он|она)(?![\w-])",
    re.IGNORECASE)


def other_case(text: str, start: int, sentence: str) -> bool:
    """``sentence`` (at ``start`` in ``text``) opens its paragraph on «Ранее» and never points back."""
    opens_paragraph = start == 0 or text[start - 1] == "\n"
    return opens_paragraph and _EARLIER.match(sentence) is not None and _POINTS_BACK.search(sentence) is None
