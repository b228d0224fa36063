"""Informal verbs for an arrest, as wire headlines, tabloids and local papers use them.

"Cops nab 14", "Police cuff seven", "officers collared one supplier", "six were picked up in a
dawn raid", "police rounded up 11 buyers": the verb holds people as surely as "arrested" does.
One list, read by the sentence's arrest cue (``facts``) and by the count right after the verb or
before its passive (``quantities``)."""

from __future__ import annotations

# The active forms, present (a headline's) and past: "nab", "nabbed", "rounds up", "picked up".
ACTIVE = (r"(?:nab(?:s|bed)?|cuff(?:s|ed)?|handcuff(?:s|ed)?|collar(?:s|ed)?|bust(?:s|ed)?|nick(?:s|ed)?"
          r"|(?:round|scoop|pick|pull|haul)(?:s|ed)?\s+(?:up|in))")
# The participles of the passive: "were nabbed", "was picked up", "have been rounded up".
PASSIVE = r"(?:nabbed|cuffed|handcuffed|collared|busted|nicked|(?:picked|rounded|scooped|pulled|hauled)\s+(?:up|in))"

# Russian informal verbs of an arrest: «пойманы с поличным три сбытчика», «оперативники поймали
# курьера», «утром взяли пятерых курьеров» («взяли» holds people only before a collective
# numeral — «взяли пробы», «взяли в аренду» hold none).
RU_COLLECTIVE = r"(?:двоих|троих|четверых|пятерых|шестерых|семерых|восьмерых|девятерых|десятерых)"
RU_ACTIVE = r"(?:поймал[аи]?|пойман[аыо]?)"
RU_TOOK = r"(?:взял[аи]?)"
