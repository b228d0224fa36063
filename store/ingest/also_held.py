"""One more person held besides those already counted or named: the words that say so.

«Также … был задержан мужчина», «Позже задержали ещё одного», "Another man was arrested", "In addition
to this, a woman was detained", "A fourth man, aged 29, was also arrested": ``lone`` keeps such a lone
arrest beside a count, ``another_person`` counts it as a person besides the earlier lone one.  One list
for both readers, so a word that says "also" in one says it in the other.
"""

from __future__ import annotations

import re

# "also / another" before the person held («ещё», «также», «позже», "a further", "in addition to this")
ALSO = re.compile(r"(?<![\w-])(?:ещё|еще|также|тоже|кроме\s+того|помимо\s+(?:этого|них|него|неё|нее|того)|позже|позднее|затем|also|another"
                  r"|a\s+second|a\s+further|in\s+addition(?:\s+to\s+(?:this|that|these|them))?)(?![\w-])", re.IGNORECASE)
# "were also arrested", «были также задержаны» right after the people counted
ALSO_HELD = re.compile(r"^\s*(?:were|have\s+been|had\s+been|был[иа]?)\s+(?:also|также|тоже)\s+(?:arrested|detained|задержан\w*)",
                        re.IGNORECASE)
# "A fourth man, aged 29, was also arrested at the property": one person held besides those counted
ONE_ALSO_HELD = re.compile(r"^(?:\s*,\s*aged\s+\d{1,2}\s*,|\s*\(\d{1,2}\))?\s*(?:was|has\s+been|had\s+been)\s+(?:also|later\s+also)\s+"
                            r"(?:(?:intercepted|stopped|searched|caught|found|located|identified)\s+and\s+)?"  # "was also stopped and arrested"
                            r"(?:arrested|detained|apprehended)", re.IGNORECASE)
