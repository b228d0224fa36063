"""Russia's own oblasts and krais, named by their adjective: «Тульской области», «Пермского края».

The capital a region is named after is usually found by its adjective's stem («Новосибирской» →
Новосибирск), but a stem can be a foreign town's name first (Toul for «Тульской», Orlová for
«Орловской») or miss an irregular capital (Орёл, Тверь, Калуга).  Russian regional copy names its
region in almost every sentence, so the federal subjects are one closed list, read before the capital.
"""

from __future__ import annotations

import re

# Folded (ё → е) adjective stems of the 46 oblasts and the 9 krais.
_OBLAST_STEMS = (
    "амурск|архангельск|астраханск|белгородск|брянск|владимирск|волгоградск|вологодск|воронежск|ивановск|иркутск"
    "|калининградск|калужск|кемеровск|кировск|костромск|курганск|курск|ленинградск|липецк|магаданск|московск"
    "|мурманск|нижегородск|новгородск|новосибирск|омск|оренбургск|орловск|пензенск|псковск|ростовск|рязанск"
    "|самарск|саратовск|сахалинск|свердловск|смоленск|тамбовск|тверск|томск|тульск|тюменск|ульяновск|челябинск"
    "|ярославск|еврейск"
)
_KRAI_STEMS = "алтайск|забайкальск|камчатск|краснодарск|красноярск|пермск|приморск|ставропольск|хабаровск"
_ENDING = r"(?:ая|ой|ую|ий|ого|ому|ом|им|ие|их|ое|ых|ыми|ими)"
_OBLAST = re.compile(rf"^(?:{_OBLAST_STEMS}){_ENDING}$")
_KRAI = re.compile(rf"^(?:{_KRAI_STEMS}){_ENDING}$")
_OBLAST_NOUN = re.compile(r"^(?:област\w*|обл)$", re.IGNORECASE)
_KRAI_NOUN = re.compile(r"^кра[йяюе]\w*$", re.IGNORECASE)


def russian_region(folded: str, following: str) -> bool:
    """``folded`` (a lower-case, ё-folded word) names one of Russia's oblasts or krais before ``following``."""
    return bool((_OBLAST.match(folded) and _OBLAST_NOUN.match(following))
                or (_KRAI.match(folded) and _KRAI_NOUN.match(following)))
