"""Which dollar a bare "$" is.  Wire copy and US outlets mean US dollars, but an Australian,
Canadian or New Zealand outlet writing about its own police means its own dollar: "Victoria
Police seized $8.5 million" is AUD.  Only an article whose one country is that dollar's counts
as local; one that names other countries, or marks US money anywhere ("US$", "USD", "U.S.
dollars"), keeps "$" as USD.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.ingest.extraction import ExtractedFact
from store.model import SEIZED_MONEY

# The countries whose own currency is written "$" (one list, also read by restatements' conversions).
DOLLAR_OF = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"}
_BARE = re.compile(r"^\$\s?\d")
_US_MARKED = re.compile(r"US\$|\$US|\bUSD\b|\bU\.?S\.?\s+dollars?\b|\bAmerican\s+dollars?\b|\bUS\s+dollars?\b", re.IGNORECASE)


def local_dollars(text: str, countries: list[str], facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """Bare-"$" money facts in the currency of the one (dollar) country the article is about."""
    if len(set(countries)) != 1 or countries[0] not in DOLLAR_OF or _US_MARKED.search(text):
        return facts  # a story with other countries in it (Brazil and Canada) is not a local one
    code = DOLLAR_OF[countries[0]]
    return [replace(f, unit=code) if f.metric == SEIZED_MONEY and f.unit == "USD" and _BARE.match(f.text) else f
            for f in facts]
