"""Two counts that are the subject of one arrest verb are one arrest figure.

"One moderator and six vendors were also apprehended" is seven arrests, not one and six: the
counts, joined by "and" (or commas), are one group the passive verb after them holds.  Counts an
active verb lists ("police arrested two admins and five vendors") stay apart, as the text gives
each; so do counts with places of their own.  One person named by role before a count ("the
administrator and two moderators were arrested", also after an active verb) adds one to it."""

from __future__ import annotations

import re
from dataclasses import replace

from store.ingest.arrest_verbs import PASSIVE as SLANG_PASSIVE
from store.ingest.lone import person_noun
from store.ingest.lone_en import ONE_MORE_AFTER_COUNT
from store.ingest.role_lists import ROLE
from store.ingest.word_classes import ARRESTED_EN
from store.model import ARRESTS

_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|и|а\s+также)\s+$|^\s*,\s*$", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(
    r"^\s*(?:,\s*(?:who|которые)\s+)?(?:(?:also|также|тоже|all|все)\s+)?(?:(?:were|have\s+been|had\s+been|are\s+being|были|был[аио]?)\s+)?"
    r"(?:(?:all\s+|also\s+|later\s+|subsequently\s+|then\s+|также\s+|тоже\s+)+)?"
    r"(?:" + ARRESTED_EN + r"|" + SLANG_PASSIVE + r"|задержан[ыо]?|арестован[ыо]?)\b", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"(?:arrest\w*|detain\w*|apprehend\w*|задерж\w*|арестова\w*)\s+(?:[^\s,;]+\s+){0,3}$", re.IGNORECASE)
# "The administrator and two moderators were arrested": one person named by role before the count
# ("the leader of a local drug group and two of his accomplices": the role's group named in up to four words)
# ("the organiser, three members of the group and one of the buyers were arrested": a comma joins a list too)
_ROLE_AND = re.compile(r"(?:^|\b(?:the|its|their|his|her|a|one)\s+)" + ROLE + r"\s*(?:\s+of\s+(?:(?:the|a|an)\s+)?(?:(?!(?:in|at|from|to|on|near)\s)[\w-]+\s+){1,4})?(?:,|and|as\s+well\s+as)\s+$",
                       re.IGNORECASE)


# «Задержаны трое курьеров и организатор», «задержаны двое химиков из Рязани и водитель»: one more person named
# by role after the count, under a plural passive verb before it
_PASSIVE_BEFORE = re.compile(r"(?:задержаны|арестованы)\s+(?:[^\s,;.]+\s+){0,3}$", re.IGNORECASE)
# («задержаны 6 мужчин в возрасте от 20 до 33 лет и одна 22-летняя девушка»: an age range between, «одна» and an age before)
_ONE_MORE_AFTER = re.compile(r"^(?:[\s-]+[^\s.,;:!?()«»\d–—]+){0,4}?\s+(?:и|а\s+также)\s+(?:(?:один|одна)\s+(?:\d{1,2}\s*-\s*летн\w+\s+)?)?"
                             r"(?P<w>[а-яё]+)(?:-[а-яё]+)?(?=[\s.,;:!?)]|$)", re.IGNORECASE)
_AGE_RANGE = re.compile(r"\s+в\s+возрасте\s+(?:от\s+)?\d{1,2}(?:\s+до\s+\d{1,2})?\s+(?:лет|года)", re.IGNORECASE)

# «двое подозреваемых – сообщник курьеров и заказчик»: a dash or colon after the count opens a list of who they are
_APPOSITION = re.compile(r"\s-\s|[–—:(]")


def _one_more_after(sentence: str, q) -> bool:
    """A count under «задержаны …» followed by «и» and one person named in the singular nominative."""
    # («задержаны трое подозреваемых – водители и пассажир»: a dash opens an apposition naming the same three)
    after = sentence[q.end:]
    m = _ONE_MORE_AFTER.match(_AGE_RANGE.sub("", after, count=1))
    if m and _APPOSITION.search(_AGE_RANGE.sub("", after, count=1)[:m.start("w")]):
        return False  # «задержаны двое – курьер и заказчик»: the roles after the dash are the two themselves
    if ONE_MORE_AFTER_COUNT.match(after):
        return True  # "two residents of Uzun … and a 28-year-old resident of Tursunzoda were apprehended"
    return bool(m and _PASSIVE_BEFORE.search(sentence[max(0, q.start - 60):q.start]) and person_noun(m.group("w"), "nomn"))


def joint_subject(sentence: str, picked: list) -> list:
    """``picked`` (quantity, place) with each run of arrest counts that is one passive verb's
    subject folded into one figure spanning the run."""
    out: list = []
    k = 0
    while k < len(picked):
        run = [picked[k]]
        while (k + len(run) < len(picked) and _joinable(run[-1][0]) and _joinable(picked[k + len(run)][0])
               and _JOIN.match(sentence[run[-1][0].end:picked[k + len(run)][0].start])):
            run.append(picked[k + len(run)])
        first, last = run[0][0], run[-1][0]
        # (a place the shared verb gives every count, "… were also detained in Bristol", is the group's, not one's)
        places = {id(p) for _, p in run[:-1] if p is not None and p is not run[-1][1]}
        window = max(0, first.start - 60)
        role = _ROLE_AND.search(sentence[window:first.start])
        if role and any(q.start <= window + role.end() and q.end > window + role.start() for q, _ in picked if q is not first):
            role = None  # the role is a figure of its own already ("detain the supplier … and the addressee …")
        head = window + role.start() if role else first.start  # where the group starts
        passive = bool(_PASSIVE_AFTER.match(sentence[last.end:]))
        active = bool(_VERB_BEFORE.search(sentence[max(0, head - 40):head]))
        one_more = len(run) == 1 and _joinable(first) and _one_more_after(sentence, first)
        if not places and ((len(run) > 1 and passive and not active) or (role and len(run) == 1 and (passive or active)) or one_more):
            value = sum(q.value for q, _ in run) + (1 if role else 0) + (1 if one_more else 0)
            qualifier = "exact" if all(q.qualifier == "exact" for q, _ in run) else first.qualifier
            out.append((replace(first, value=value, end=last.end, qualifier=qualifier), run[-1][1]))
        else:
            out.extend(run)
        k += len(run)
    return out


def _joinable(q) -> bool:
    return q.metric == ARRESTS and not q.bare and not q.subset
