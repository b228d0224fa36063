"""One person, or a few people named one by one, arrested with no number written — English
local copy: "police arrested a 62-year-old man", "A 34-year-old woman was arrested", "Richard
Roe, 32, was arrested", "A man, aged 34, and a man, aged 41, were arrested" (two).

Police releases and court reports about a single dealer rarely write "1".  A singular person
noun phrase (an article, an optional age and a few describing words, then ``man``, ``woman``,
``suspect``…; or a name followed by an age) that an arrest verb governs — the active verb before
it, the passive after it — is read as a figure: one for a lone phrase, the number of phrases for
a list of them under one plural verb.  Like the Russian ones in :mod:`store.ingest.lone`, a lone
person is the article's arrests figure only when nothing else counts the arrests; "charged"
alone is a court's word, never an arrest.
"""

from __future__ import annotations

import re

from store.ingest.article_context import known_surnames
from store.ingest.lexicon import RECALL_LEAD
from store.ingest.word_classes import ARREST_PAST_EN, ARRESTED_EN, TRADE_ROLE_EN

_NOUN = (r"(?:man|woman|men|boy|girl|teenager|teen|youth|male|female|suspect|person|resident|student|national"
         r"|citizen|local|father|mother|pensioner|driver|individual"
         # "a main shipper of synthetic drugs", "a recipient in Kazakhstan": the roles of a supply chain
         r"|shipper|recipient|organi[sz]er|producer|customer|buyer|addressee|" + TRADE_ROLE_EN + r")")
# "62-year-old", "62 year old", "alleged", "West Australian", "Sydney": words between the article and the noun
_AGE = r"\d{1,2}(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)old"
# "a south Dublin man", "a north-west Cork woman": a compass word before the town; "a key supplier": a rank
_DESCRIBER = rf"(?:{_AGE}|alleged|suspected|local|young|second|third|main|key|chief|major|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|(?-i:[A-Z][a-z]+))"
_NP = rf"(?:an?|another|a\s+(?:second|third|fourth|fifth|sixth))\s+(?:{_DESCRIBER}\s+){{0,3}}?{_NOUN}(?![\w-])"
_BARE_NP = rf"(?:{_AGE}\s+)(?:{_DESCRIBER}\s+){{0,2}}?{_NOUN}(?![\w-])"  # "and 19-year-old girl"
# ", aged 34 from the Isle of Wight,", " (34)", ", 34, of Newtown,", " in his 30s": what may follow the noun
_TRAIL = (r"(?:\s*,\s*aged\s+\d{1,2}(?:\s+(?:from|of)\s+[^,.;]{1,40})?\s*,?|\s*\(\d{1,2}\)|\s+in\s+(?:his|her)\s+\d0s"
          r"|\s*,\s*(?:from|of)\s+(?-i:[A-Z])[^,.;]{1,40},"
          # "a 39-year-old customer from the town of Denau", "a suspect with a package": where from, what he carried
          r"|\s+(?:from|of)\s+the\s+(?:town|city|village|district|region)\s+of\s+(?-i:[A-Z])[\w'’-]+"
          r"|\s+with\s+(?:an?|the|his|her)\s+(?:bag|package|parcel|backpack|suitcase|rucksack|bundle|sack)"
          r"|\s*,\s*(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*,"  # "A third suspect, Dean Fields, was also …"
          r"|\s+of\s+the\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}"  # "a citizen of the Kyrgyz Republic"
          r"|\s+(?:from|of)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
          # "A courier on the Hume Highway was also …": where the person was
          r"|\s+(?:on|in|at|near)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})?")
# "Kyle Roe, 25, of Mill Street, Belfast,": a court report's name, age and address (street, then town)
# "Jessica Roe, 27, of Ellenboro, N.C., a former employee of the pair,": a state's abbreviation, then who she is
_NAMED = (r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),\s*\d{1,2},(?:\s*(?:of|from)\s+[^,.;]{1,60},"
          r"(?:\s*(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}|(?-i:[A-Z]\.[A-Z]\.)),)?)?"
          r"(?:\s*(?:a|an|the)\s[^.;:!?,\d]{1,60},)?")
_PASSIVE = (r"(?:has|have|had)?\s*(?:been|was|were|is|are)\s+(?:also\s+|later\s+|subsequently\s+|since\s+|then\s+|recently\s+)?"
            # "was also intercepted and arrested": stopped first, then arrested
            r"(?:(?:intercepted|stopped|searched|caught|found|located|identified|questioned)\s+and\s+)?"
            # "another suspect was held in a second town": held, of a person, is arrested
            r"(?:" + ARRESTED_EN + r"|held(?!\s+(?:hostage|captive|talks|a\b|an\b|the\b)))(?![\w-])")
# "went to a home to arrest a man", "the arrest of a 29-year-old", "After arresting Roe": the infinitive, the noun
# and the gerund of what came first govern the person too
_ACTIVE = (r"(?<![\w-])(?:" + ARREST_PAST_EN + r"(?:\s+and\s+charged)?|(?<=to\s)arrest|(?<=[Aa]fter\s)arresting"
           r"|(?:arrest|detention)\s+of)\s+")
# "a father and son", "a married couple": two people in one phrase
_KIN = "father|mother|husband|wife|brother|sister|son|daughter"
_PAIR = (rf"(?:an?\s+)?(?:father|mother|husband|wife|brother|sister)(?:\s+and\s+|-)(?:{_KIN})(?:\s+(?:duo|pair|team))?(?![\w-])"
         # "another couple", "an elderly couple", "the couple was detained": a group noun of two
         r"|(?:an?|another|the)\s+(?:(?:married|young|elderly|older|local)\s+)?couple(?![\w-])")
# "the arrest of a 41-year-old linked to the gang": the age standing for the person
_AGE_ALONE = rf"an?\s+{_AGE}(?![\w-])(?!\s+(?:[A-Za-z-]+\s+){{0,2}}?{_NOUN}(?![\w-]))"
_FORWARD = re.compile(rf"{_ACTIVE}(?P<np>{_PAIR}|{_NP}|{_AGE_ALONE}|him|her)(?![\w-])", re.IGNORECASE)
# "The FBI arrested Jonathan Marsh, 31, at his home", "announced the arrest of Tomas Verhoek.": a person named in
# full after the verb, ended by what ends a name (not "arrested New York residents")
_FULL_NAME = r"(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})"
_FORWARD_NAME = re.compile(rf"{_ACTIVE}(?P<np>{_FULL_NAME})(?=\s*(?:[,.;:()]|$)|\s+(?:at|in|on|last|after|for|who|and|as|near|over|during)\b)",
                           re.IGNORECASE)
# "the alleged vendor was arrested in Miami", "he was arrested at the airport": one person already introduced,
# kept like every lone person only where nothing else counts the arrests
# "the founder", "its alleged mastermind", "the market's administrator": one role, named with a definite word
_ROLE = (r"(?:man|woman|suspect|administrator|admin|operator|driver|passenger|owner"
         r"|founder|co-founder|cofounder|boss|creator|developer|moderator|" + TRADE_ROLE_EN + r")")
_DETERMINED = (r"(?-i:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?-i:[a-z]+)['’]s\s+)?(?:(?:alleged|suspected|accused|reputed|presumed"
               r"|\d{1,2}-year-old)\s+)?")
_DEFINITE_ROLE = _DETERMINED + _ROLE + r"(?![\w-])"
# who runs a market or ring, named after an active verb ("arrested the founder"); "arrested the man accused of …"
# speaks of someone the story may already have counted, so the person nouns stay with the passive
_RUNNER = _DETERMINED + r"(?:administrator|admin|operator|owner|founder|co-founder|cofounder|ringleader|mastermind|kingpin|boss" \
                        r"|creator|developer|moderator)(?![\w-])"
_THE_ONE = (_DEFINITE_ROLE + r"|(?-i:[Hh]e|[Ss]he)"
            r"|(?-i:[Tt]he)\s+\d{1,2}-year-old(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+(?:man|woman)"  # "The 27-year-old Bulleen man"
            r"|(?-i:[Tt]he)\s+\d{1,2}-year-old")  # "The 37-year-old was detained in 2019": the age standing for the person
# "A Lehigh Acres couple was recently arrested": a couple named by its town, under a passive verb
_DEFINITE = re.compile(rf"(?<![\w-])(?P<np>{_THE_ONE}|(?-i:[Tt]he)\s+(?:[a-z]+\s+)?couple|(?-i:[Aa]n?)\s+(?:(?-i:[A-Z][\w'’-]+)\s+){{1,3}}couple)"
                       r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+|subsequently\s+|recently\s+)?"
                       + ARRESTED_EN + r"(?![\w-])")
# "…, with the driver arrested on the roadside": the person of an absolute clause after "with"
_WITH_ARRESTED = re.compile(rf"(?<![\w-])with\s+(?P<np>{_THE_ONE}|{_NP})\s+(?:being\s+)?(?:arrested|detained|apprehended)(?![\w-])")
# "the arrest of the vendor and a second man": the one already named and one more
_ONE_AND_ANOTHER = re.compile(rf"{_ACTIVE}(?P<np>(?-i:the)\s+(?:(?:main|chief|alleged|suspected)\s+)?(?:{_NOUN}|target|trafficker|vendor|dealer|administrator|operator|seller)"
                              rf"\s*,?\s+(?:along\s+with|and)\s+(?:another|a\s+second|the\s+other)\s+(?:[\w-]+\s+)?{_NOUN})(?![\w-])", re.IGNORECASE)
# "detained a key supplier of the pills in Latvia and a buyer's courier in Estonia": two people, each with what
# follows it (where each was held), after one active verb
# ("… enabled to locate and detain the supplier of synthetic drugs in Russia and the addressee in Kazakhstan": the
# infinitive, and two roles named with "the")
_APART_NP = rf"(?:{_NP}|(?-i:the)\s+(?:[\w-]+\s+)?(?:supplier|addressee|recipient|sender|organi[sz]er|customer|buyer|courier|seller))"
_FORWARD_APART = re.compile(rf"(?:{_ACTIVE}|(?<=to\s)detain\s+|(?<=and\s)detain\s+)(?P<a>{_APART_NP})\s+(?:of|in|from|at|for)\s+[^,.;:]{{1,50}}?"
                            rf"\s+and\s+(?P<b>{_APART_NP})", re.IGNORECASE)
# "Elvin Guliyev, a resident of Ganja, was detained", "Samir Huseynov, who had a record for …, was also detained":
# a person named in full, an apposition or a relative clause in commas, then the passive
_NAMED_CLAUSE = re.compile(rf"(?<![\w-])(?P<np>{_FULL_NAME})\s*,\s*(?:who|a|an|the)\s[^.;:!?]{{1,100}}?,\s*"
                           r"(?:was|has\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+)?(?:arrested|detained|apprehended)(?![\w-])")
# "Orkhan Aliyev, Vugar Rzayev, and his cousin Elnur, who sold heroin online, were detained": people named one by one
# (a relative named by kinship and first name too), a relative clause, then one plural passive
_KIN_NAME = r"(?:his|her|their)\s+(?:brother|sister|son|daughter|father|mother|cousin|nephew|wife|husband)\s+(?-i:[A-Z][a-z]+)"
_NAMES_LISTED = re.compile(rf"(?<![\w-])(?P<np>{_FULL_NAME}(?:\s*,\s*(?:{_FULL_NAME}|{_KIN_NAME}))*\s*,?\s+and\s+(?:{_FULL_NAME}|{_KIN_NAME}))"
                           r"(?:\s*,\s*(?:who|both|all)\s[^.;:!?]{1,100}?,)?\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+|later\s+)?"
                           r"(?:arrested|detained|apprehended)(?![\w-])")
# "agents arrested the founder of the exchange", "officers apprehended the alleged administrator": one role
_FORWARD_ROLE = re.compile(rf"(?<![\w-])(?:arrested|detained|apprehended|(?:arrest|detention)\s+of)\s+(?P<np>{_RUNNER})",
                           re.IGNORECASE)
# "the alleged founder of the market was arrested in Lithuania": the role, what it ran, then the passive
_DEFINITE_OF = re.compile(rf"(?<![\w-])(?P<np>{_RUNNER})\s+of\s+(?:the\s+|an?\s+)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){{0,2}}?"
                          r"\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+|subsequently\s+)?"
                          r"(?:arrested|detained|apprehended|taken\s+into\s+custody)(?![\w-])")
# "arrested a 40-year-old man and a 35-year-old woman": the people listed after one active verb
_FORWARD_LIST = re.compile(rf"{_ACTIVE}(?P<np>{_NP}(?:\s*,\s*{_NP})*\s*,?\s+and\s+{_NP})", re.IGNORECASE)
_LIST = re.compile(rf"(?<![\w-])(?P<np>(?:{_NP}|{_NAMED}){_TRAIL}(?:\s*,\s*(?:{_NP}|{_BARE_NP}){_TRAIL})*"
                   rf"\s*,?\s+and\s+(?:{_NP}|{_BARE_NP}|{_NAMED}){_TRAIL})\s+(?:have\s+been|had\s+been|were|are\s+being)\s+"
                   r"(?:also\s+|later\s+|subsequently\s+)?" + ARRESTED_EN + r"(?![\w-])",
                   re.IGNORECASE)
# "Steen Roe and Jack Li, both 28, were arrested": names joined by "and", then their shared age
_PERSON_NAME = r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})"
_NAMES_BOTH = re.compile(rf"(?<![\w-])(?P<np>{_PERSON_NAME}(?:\s*,\s*{_PERSON_NAME})*\s*,?\s+and\s+{_PERSON_NAME})\s*,\s*"
                         r"(?:both|all|all\s+aged|both\s+aged)\s+\d{1,2}\s*,?\s+(?:have\s+been|had\s+been|were)\s+"
                         r"(?:also\s+|later\s+)?" + ARRESTED_EN + r"(?![\w-])")
# "Roe, 39, and Li, 24, were detained": people named by surname, each with an age, under one passive verb
# "Steven Roe, 42, and his wife, Sirena Roe, 39, both of Gaffney, were arrested": a kin word may name the next one,
# and a shared home may follow the list
_AGED_NAME = (r"(?:(?:his|her)\s+(?:wife|husband|partner|girlfriend|boyfriend|son|daughter|brother|sister|father|mother)\s*,?\s+)?"
              r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s*\d{1,2}")
_AGED_NAMES = re.compile(rf"(?<![\w-])(?P<np>{_AGED_NAME}(?:\s*,\s*{_AGED_NAME})*\s*,?\s+and\s+{_AGED_NAME})"
                         r"(?:\s*,\s*(?:both|all)\s+(?:of|from)\s+[^,.;]{1,40})?\s*,\s*"
                         r"(?:have\s+been|had\s+been|were)\s+(?:also\s+|later\s+|then\s+)?" + ARRESTED_EN + r"(?![\w-])")
# "43-year-old A.Sh. and 48-year-old R.K. were detained", "25-year-old Zh.T.K. was also detained": Central Asian
# police copy names a suspect by an age and initials only
_INITIALS = r"(?-i:[A-Z][a-z]?\.(?:\s?[A-Z][a-z]{0,2}\.){1,3})"
_AGED_INITIALS = rf"(?:{_AGE}\s+(?:(?:citizen|resident|man|woman|national)\s+)?{_INITIALS})"
_INITIALS_LISTED = re.compile(rf"(?<![\w-])(?P<np>{_AGED_INITIALS}(?:\s*,\s*{_AGED_INITIALS})*\s*,?\s+and\s+{_AGED_INITIALS})\s+"
                              r"(?:were|have\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+)?" + ARRESTED_EN + r"(?![\w-])",
                              re.IGNORECASE)
_INITIALS_ONE = re.compile(rf"(?<![\w-])(?P<np>{_AGED_INITIALS})\s*{_PASSIVE}", re.IGNORECASE)
# "a resident of the Jalilabad district, Fazalet Aliyev was detained": the person, then the name in apposition
_NP_THEN_NAME = re.compile(rf"(?<![\w-])(?P<np>{_NP}{_TRAIL}(?:\s+(?:district|region|village|town|city|province))?\s*,\s*{_FULL_NAME})"
                           rf"\s*,?\s*{_PASSIVE}", re.IGNORECASE)
# "Iranian citizen Reza Karimi (born 1991), was detained", "Baku resident Piriyev Maharram was arrested": a person
# named by a citizenship or residence noun and a full name, a year of birth or an age in brackets, then the passive
_CITIZEN_NAMED = re.compile(rf"(?<![\w-])(?P<np>(?:(?-i:[A-Z])[\w-]+\s+)?(?:citizen|resident|national|native)\s+{_FULL_NAME})"
                            r"\s*(?:\((?:born\s+(?:in\s+)?)?\d{4}\)|\(\d{1,2}\))?\s*,?\s*" + _PASSIVE)
# "led to the arrest of Abdul Rahim alias Pappu, 46, and Vikram Sood, 35": people named with their ages (and an
# alias) after an active verb or "the arrest of"
_ALIASED_AGED = (r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:\s+(?:alias|aka|a\.k\.a\.)\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
                 r"\s*,\s*\d{1,2}")
_FORWARD_AGED = re.compile(rf"{_ACTIVE}(?P<np>{_ALIASED_AGED}(?:\s*,\s*{_ALIASED_AGED})*\s*,?\s+and\s+{_ALIASED_AGED})(?![\d])",
                           re.IGNORECASE)
_BACKWARD = re.compile(rf"(?<![\w-])(?P<np>{_NP}{_TRAIL}|{_NAMED})\s*{_PASSIVE}", re.IGNORECASE)
# "a 34-year-old Dutch citizen who is believed to be the site's operator has been arrested": a short relative
# clause (no figure, no comma) between the person and the passive
_BACKWARD_WHO = re.compile(rf"(?<![\w-])(?P<np>{_NP}{_TRAIL})\s+(?:who|that)\s+[^.;:!?\d,]{{1,80}}?\s*{_PASSIVE}", re.IGNORECASE)
# "The driver, a 26-year-old woman from Hull, was found carrying cocaine and was arrested": the person named in
# apposition, then what they did, then the arrest (no figure in between)
_APPOSITION = re.compile(rf"(?<![\w-])(?P<np>{_NP}{_TRAIL}),\s+[^.;:\d]{{0,110}}?\band\s+was\s+(?:also\s+|later\s+|then\s+)?"
                         r"(?:arrested|detained)(?![\w-])", re.IGNORECASE)
# "Isle of Wight man arrested on suspicion …", "Sydney woman detained": a headline's lone person
_HEADLINE = re.compile(r"^(?P<np>(?:(?:(?-i:[A-Z])[\w'’-]*|of)\s+){0,5}?(?:man|woman|teenager|teen|boy|girl))\s+"
                       r"(?:arrested|detained|held)(?![\w-])", re.IGNORECASE)
_COUNTED = re.compile(rf"\b{_NOUN}\b", re.IGNORECASE)
_NO_COUNT = re.compile(r"(?<![\w-])(?:the|this|that)\s+$", re.IGNORECASE)


def _surname_figures(text: str) -> list[tuple[int, int, int]]:
    """"Agents arrested Velasquez", "Holmes and Roddie were arrested": people the article introduced
    with an age, named again by surname under an arrest verb."""
    names = known_surnames()
    if not names:
        return []
    name = "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
    out = []
    listed = re.compile(rf"(?<![\w-])(?P<np>{name}(?:\s*,\s*{name})*\s*,?\s+and\s+{name})\s+(?:have\s+been|had\s+been|were)\s+"
                        r"(?:also\s+|later\s+|then\s+|subsequently\s+)?" + ARRESTED_EN + r"(?![\w-])")
    for m in listed.finditer(text):
        out.append((m.start("np"), m.end("np"), len(re.findall(name, m.group("np")))))
    one = re.compile(rf"{_ACTIVE}(?P<np>{name})(?![\w-])|(?<![\w-])(?P<np2>{name})\s+{_PASSIVE}")
    for m in one.finditer(text):
        a, b = m.span("np") if m.group("np") else m.span("np2")
        if not any(s <= a < e for s, e, _ in out):
            out.append((a, b, 1))
    return out


def english_lone_people(text: str) -> list[tuple[int, int, int]]:
    """(start, end, people) of each person phrase, or list of them, an arrest verb governs in ``text``."""
    if RECALL_LEAD.match(text):
        return []  # "Two years ago a man was arrested …": another case
    out: list[tuple[int, int, int]] = _surname_figures(text)
    for m in _LIST.finditer(text):
        out.append((m.start("np"), m.end("np"), len(_COUNTED.findall(m.group("np")))
                    + len(re.findall(_NAMED, m.group("np"), re.IGNORECASE))))
    for m in _FORWARD_APART.finditer(text):
        out.extend([(m.start("a"), m.end("a"), 1), (m.start("b"), m.end("b"), 1)])
    for m in _FORWARD_LIST.finditer(text):  # one a phrase: "a local man" is one person, not two nouns
        out.append((m.start("np"), m.end("np"), len(re.findall(_NP, m.group("np"), re.IGNORECASE))))
    for m in _ONE_AND_ANOTHER.finditer(text):
        out.append((m.start("np"), m.end("np"), 2))
    for m in _NAMES_LISTED.finditer(text):
        if not any(s <= m.start("np") < e for s, e, _ in out):
            out.append((m.start("np"), m.end("np"), len(re.findall(rf"{_FULL_NAME}|{_KIN_NAME}", m.group("np")))))
    for m in _AGED_NAMES.finditer(text):
        if not any(s <= m.start("np") < e for s, e, _ in out):
            out.append((m.start("np"), m.end("np"), len(re.findall(r",\s*\d{1,2}", m.group("np")))))
    for m in _INITIALS_LISTED.finditer(text):
        out.append((m.start("np"), m.end("np"), len(re.findall(_AGE, m.group("np"), re.IGNORECASE))))
    for m in _FORWARD_AGED.finditer(text):
        if not any(s <= m.start("np") < e for s, e, _ in out):
            out.append((m.start("np"), m.end("np"), len(re.findall(r",\s*\d{1,2}", m.group("np")))))
    for m in _NAMES_BOTH.finditer(text):
        out.append((m.start("np"), m.end("np"), len(re.findall(rf"{_PERSON_NAME}", m.group("np")))))
    for pattern in (_FORWARD, _BACKWARD, _APPOSITION, _HEADLINE, _FORWARD_NAME, _DEFINITE, _WITH_ARRESTED, _NAMED_CLAUSE,
                    _FORWARD_ROLE, _BACKWARD_WHO, _DEFINITE_OF, _INITIALS_ONE, _NP_THEN_NAME, _CITIZEN_NAMED):
        for m in pattern.finditer(text):
            a, b = m.start("np"), m.end("np")
            if any(s <= a < e or a <= s < b for s, e, _ in out) or re.search(r"\bmen\b", m.group("np"), re.IGNORECASE):
                continue  # inside a list already counted; "men" is a plural with its own number
            out.append((a, b, 2 if re.fullmatch(_PAIR, m.group("np"), re.IGNORECASE) or re.search(r"couple$", m.group("np")) else 1))
    return sorted(out)


# "Isle of Wight man", "Sydney woman": a headline's lone person, whose place may hold an "of"
_LONE_WORDING = re.compile(rf"(?:{_AGED_INITIALS}|{_APART_NP}|(?:(?-i:[A-Z])[\w-]+\s+)?(?:citizen|resident|national|native)\s+{_FULL_NAME}|{_NP}{_TRAIL}(?:\s+(?:district|region|village|town|city|province))?\s*,\s*{_FULL_NAME}|{_NP}{_TRAIL}|{_NAMED}|{_FULL_NAME}|{_THE_ONE}|{_PAIR}|{_AGE_ALONE}|him|her|(?:(?:(?-i:[A-Z])[\w'’-]*|of)\s+){{0,5}}?{_NOUN})", re.IGNORECASE)


# "Three men were arrested in York": a sentence opening on a number word spells a count, not one person
_COUNT_WORD = re.compile(r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|\d+)\b")


def is_english_lone(wording: str) -> bool:
    """The fact's wording is one English person phrase (no number, no list)."""
    return ((bool(_LONE_WORDING.fullmatch(wording.strip())) or wording.strip() in known_surnames()) and " and " not in wording
            and not _COUNT_WORD.match(wording.strip()))


# "two residents of Uzun district (aged 28 and 31) and a 28-year-old resident of Tursunzoda were apprehended": after a
# count, one more person named with "a", then the plural passive both share (see store.ingest.joint_counts)
# ("… and one of the largest wholesale buyers were arrested": one person of a kind)
ONE_MORE_AFTER_COUNT = re.compile(rf"^[^.;:!?]{{0,120}}?\s+and\s+(?:{_NP}{_TRAIL}|one\s+of\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}?[a-z]+s)"
                                  r"\s+(?:[^.;:!?\d]{0,60}?\s+)?"
                                  r"(?:were|have\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+)?" + ARRESTED_EN + r"(?![\w-])",
                                  re.IGNORECASE)
