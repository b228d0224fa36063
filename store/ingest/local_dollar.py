"""Which dollar a bare "$" is.  Wire copy and US outlets mean US dollars, but an Australian,
Canadian or New Zealand outlet writing about its own police means its own dollar: "Victoria
Police seized $8.5 million" is AUD.  Only an article whose one country is that dollar's counts
as local; one that names other countries, or marks US money anywhere ("US$", "USD", "U.S.
dollars"), keeps "$" as USD — unless the story is at home in a dollar country: its first sentence that
names a country names that one alone ("New Zealand Police have arrested 11 …"), and the partner
agencies of other countries come later ("… with help from the Australian Federal Police and the FBI").
Then a "$" figure placed at home or nowhere is the home dollar.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.ingest.extraction import ExtractedFact
from store.ingest.places import find_mentions
from store.ingest.sentences import split_sentences
from store.model import SEIZED_MONEY

# The countries whose own currency is written "$" (one list, also read by restatements' conversions).
DOLLAR_OF = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"}
_BARE = re.compile(r"^\$\s?\d")
_MANY_COUNTRIES = re.compile(r"\b(?:several|multiple|many|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+(?:other\s+)?"
                             r"(?:countries|nations)\b|\b(?:international|global|worldwide|multinational|cross-border)\b",
                             re.IGNORECASE)
_US_MARKED = re.compile(r"US\$|\$US|\bUSD\b|\bU\.?S\.?\s+dollars?\b|\bAmerican\s+dollars?\b|\bUS\s+dollars?\b", re.IGNORECASE)


# A dollar the article marks as its own country's ("NZ$", "A$", "C$")
_OWN_MARK = {"NZ": re.compile(r"\bNZ\$|\bNZD\b"), "AU": re.compile(r"(?<![\w$])A\$|\bAU\$|\bAUD\b"),
             "CA": re.compile(r"(?<![\w$])C\$|\bCA\$|\bCAD\b")}


def local_dollars(text: str, countries: list[str], facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """Bare-"$" money facts in the currency of the one (dollar) country the article is about; in a
    story whose every country writes "$" (Australia and New Zealand), a "$" figure placed in one of
    them is that country's dollar."""
    if _US_MARKED.search(text):
        return facts
    marked = {code for code, mark in _OWN_MARK.items() if mark.search(text)}
    home = _home(text, countries[0]) if countries and not marked else None
    # the story's first country (its police) marks its own dollar: a Customs release writing "NZ$2.1 million"
    if len(marked) == 1 and countries and (own := next(iter(marked))) == countries[0]:
        one: str | None = DOLLAR_OF[own]  # "NZ$2.1 million" elsewhere in the story: its bare "$" is the same dollar
    elif home is not None:
        return [replace(f, unit=DOLLAR_OF[home]) if _bare_usd(f) and f.country in (None, home) else f for f in facts]
    elif countries and countries[0] in DOLLAR_OF and any(c not in DOLLAR_OF for c in countries):
        # a story led by its own police with a foreign agency helping ("Sydney police, assisted by US Homeland
        # Security"): a "$" figure placed in the lead country is that country's dollar, any other stays USD
        lead = countries[0]
        return [replace(f, unit=DOLLAR_OF[lead]) if f.metric == SEIZED_MONEY and f.unit == "USD" and _BARE.match(f.text)
                and f.country == lead else f for f in facts]
    elif not countries or any(c not in DOLLAR_OF for c in countries):
        return facts  # a story with other countries in it (Brazil and Canada) is not a local one
    else:
        one = DOLLAR_OF[countries[0]] if len(set(countries)) == 1 else None

    def local(f: ExtractedFact) -> ExtractedFact:
        if not _bare_usd(f):
            return f
        code = one or (DOLLAR_OF.get(f.country) if f.country in countries else None)
        return replace(f, unit=code) if code else f

    return [local(f) for f in facts]


def _bare_usd(f: ExtractedFact) -> bool:
    return f.metric == SEIZED_MONEY and f.unit == "USD" and bool(_BARE.match(f.text))


def _home(text: str, first: str) -> str | None:
    """The dollar country the story is at home in: the first sentence naming a country names it alone."""
    if first not in DOLLAR_OF:
        return None
    for sent in split_sentences(text):
        if sent.noise:
            continue
        if _MANY_COUNTRIES.search(sent.text):
            return None  # "Police in several countries have arrested 75 …": a multinational story first
        codes = {m.code for m in find_mentions(sent.text)}
        if codes:
            return first if codes == {first} else None
    return None
