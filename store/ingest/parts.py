"""Parts of a whole: a named drug's amount within a drugs total, cash or crypto within money.

Articles give a total and then what it was made of: "620 kg of drugs … Drugs seized included
190 kg of amphetamines, 31 kg of cocaine", «620 кг наркотиков … также обнаружили 31 килограмм
кокаина», "more than $5 million. Of that, $3.2 million was in cryptocurrency, $1.7 million in
cash".  Such a part is not a second total: it gets the metric of its own kind
(``seized_cocaine``, ``seized_money_cash``), as the reference dataset records it, and never
counts as ``seized_drugs`` or ``seized_money`` again.  A named drug's amount with no drugs total
beside it (a release listing only "140 pounds of fentanyl") stays the article's drugs figure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from store.ingest.lexicon import TOTAL, WORLD_SCOPE, YEAR_SCOPE, period_tally
from store.ingest.word_classes import HEDGE
from store.model import SEIZED_DRUGS, SEIZED_MONEY

# The drug a weight is of, read just after the figure ("kg of cocaine", "килограмма кокаина").
_DRUG_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), metric) for p, metric in (
        (r"methamphetamine|\bmeth\b|метамфетамин|первитин|crystal|(?<![\w-])ice(?![\w-])(?!\s+cream)", "seized_methamphetamine"),
        (r"amphetamin|амфетамин|speed\b", "seized_amphetamine"),
        (r"cocaine|crack|кокаин", "seized_cocaine"),
        (r"fentanyl|фентанил", "seized_fentanyl"),
        (r"\bmdma\b|\bmda\b|мдма|ecstasy|экстази", "seized_mdma"),
        (r"\blsd\b|лсд", "seized_lsd_ecstasy"),
        (r"captagon|fenethylline|каптагон", "seized_captagon"),
        (r"psilocybin|magic\s+mushrooms|псилоцибин", "seized_psilocybin"),
        (r"\bghb\b|\bgbl\b|оксибутират", "seized_ghb"),
        # "six kilograms of ephedrine" beside "one kilogram of methamphetamine": a named precursor, no drugs total
        (r"(?:pseudo)?ephedrine|precursors?|(?:псевдо)?эфедрин|прекурсор", "seized_precursors"),
        # a class of drugs, not one substance: "2 tons of synthetic drugs" beside a drugs total is a part of it
        # («четыре килограмма спайса»: a smoking mix of synthetic cannabinoids is a synthetic drug too)
        (r"synthetic\s+(?:drugs|narcotics|substances)|синтетическ\w+\s+(?:наркотик|веществ)|спайс\w*|курительн\w+\s+смес\w*|\bspice\b",
         "seized_synthetic_drugs"),
        # («более 5 кг метадона, а также 0,8 кг опия»: methadone, codeine, desomorphine are opioids too)
        (r"opioid|opiate|oxycodone|tramadol|трамадол|\bopium\b|опиоид|опиат|(?<![\w-])опи(?:й|я|ю|ем|ум|ума)(?![\w-])"
         r"|methadone|метадон|codeine|кодеин|desomorphine|дезоморфин", "seized_opioids"),
        (r"heroin|героин|brown\s+sugar", "seized_heroin"),  # "brown sugar": Indian copy's street heroin
        (r"ketamine|кетамин", "seized_ketamine"),
        (r"cannabis|marijuana|hashish|\bweed\b|\bganja\b|\bcharas\b|каннабис|марихуан|гашиш|конопл", "seized_cannabis"),
        (r"mephedrone|мефедрон", "seized_mephedrone"),
        (r"\b(?:alpha-|α-|a-)?pvp\b|альфа-?пвп|\bпвп\b|метилэфедрон|пировалерон", "seized_alpha_pvp"),
        (r"tobacco|cigarette|табак|сигарет", "seized_tobacco"),
        (r"\bpills?\b|tablets?|таблет", "seized_pills"),
    )
)
_SYNTHETIC = "seized_synthetic_drugs"
# The class named as a class ("synthetic drugs", «синтетических наркотиков», «синтетики»), not one synthetic drug
_CLASS_NOUN = re.compile(r"\W*(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:synthetic\s+(?:drugs|narcotics|substances)|синтетическ\w+\s+(?:наркотик|веществ)|синтетик)",
                         re.IGNORECASE)
_SYNTHETIC_MEMBERS = {"seized_methamphetamine", "seized_amphetamine", "seized_mdma", "seized_mephedrone", "seized_alpha_pvp",
                      "seized_fentanyl", "seized_ketamine", "seized_captagon", "seized_lsd_ecstasy", "seized_ghb"}
# What a drugs total is worded as: a generic noun, no one substance.
# («около семи килограммов различного зелья: амфетамин, …», «запрещёнки»: slang for drugs, a mix the list names)
_GENERIC = re.compile(r"drugs|narcotics|substances|наркотик|наркотическ|запрещ[её]нных\s+веществ|психотроп"
                      r"|(?<![\w-])зель(?:е|я|ю|ем)(?![\w-])|запрещ[её]нк", re.IGNORECASE)
# "Of that, $3.2 million was in cryptocurrency", «Из них 2 млн – наличными»: the sentence splits a sum.
_OF_THAT = re.compile(r"^\W{0,3}(?:of\s+(?:that|this|these|which|the\s+total|the\s+money|the\s+sum)|из\s+(?:них|этой\s+суммы|этих\s+средств))\b",
                      re.IGNORECASE)
# The relative that opens a split right before the part: «…, из которых $1.6 млн», "…, of which €2m".
_OF_WHICH = re.compile(r",\s*(?:из\s+(?:которых|них)|в\s+том\s+числе|of\s+which|including)\s+(?:(?:" + HEDGE + r")\s+)?\W?$",
                       re.IGNORECASE)
_MONEY_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"crypto|bitcoin|virtual|digital|крипт|биткоин|цифров|виртуальн", re.IGNORECASE), "seized_money_crypto"),
    (re.compile(r"cash|наличн|hard\s+currency|fiat|banknotes|банкнот", re.IGNORECASE), "seized_money_cash"),
    (re.compile(r"gold|золот", re.IGNORECASE), "seized_gold"),
)


_MONEY_PART_METRICS = {metric for _, metric in _MONEY_KINDS}


class _Fact(Protocol):
    metric: str
    value: float | int | None
    qualifier: str
    unit: str
    country: str | None
    operation: str | None
    quote: str
    start: int
    end: int
    quote_start: int
    quote_end: int
    text: str


def _after(text: str, f: _Fact) -> str:
    """The words right after the figure, up to the next figure or list break."""
    tail = text[f.end:f.end + 50]
    return re.split(r"\d|[,;.]\s|\sand\s|\sи\s", tail, maxsplit=1)[0]


def drug_kind(words: str) -> str | None:
    """The metric of the substance ``words`` name first ("of fentanyl or fentanyl-laced substances" →
    seized_fentanyl), else None ("of drugs, including cocaine")."""
    hits = [(m.start(), metric) for pattern, metric in _DRUG_KINDS for m in [pattern.search(words)] if m]
    if not hits:
        return None
    generic = _GENERIC.search(words)
    first, metric = min(hits)
    if generic and generic.start() < first and not _APPOSITION.fullmatch(words[generic.end():first]):
        return None
    return metric


# «психотропного вещества альфа-PVP», «наркотическим средством мефедрон», "of the drug fentanyl": the generic
# noun names the one substance after it (not "drugs, including cocaine", «наркотиков и мефедрона»).
_APPOSITION = re.compile(r"[\w-]*(?:\s+(?!(?:including|incl|such|like|mostly|mainly|and|or|и|или|включая|в|том|числе|таких|как"
                         r"|преимущественно|в\s+основном)\b)[\w-]+){0,2}?\s*[«\"„]?\s*(?:альфа|alpha|α)?[\s-]*", re.IGNORECASE)


# "Ещё 850 граммов мефедрона нашли в тайниках", "a further 20 kg of cocaine": more on top of the
# total, not a part of it.
# "nearly 500 kg of other, unspecified drugs" after the named ones, «300 кг других наркотиков»: the rest, a
# sibling of the named amounts, not the whole they are parts of
_REST = re.compile(r"^\s*(?:of\s+)?(?:other|remaining|miscellaneous|unspecified|unidentified|других|иных|прочих)(?![\w-])",
                   re.IGNORECASE)
_ADDED = re.compile(r"(?<!\w)(?:ещё|еще|another|a\s+further|additional)\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)


# "and drugs including 100 grams of fentanyl": the sentence names a whole it gives no amount for, so
# the named drug's amount is a part of it (not the drugs figure), total or not.
_UNCOUNTED_WHOLE = re.compile(
    r"\b(?:drugs|narcotics|substances)\s*,?\s+(?:including|such\s+as|among\s+them|notably)\s+"
    r"(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


def _one_country_named(text: str) -> bool:
    """The article names at most one country as a place or an actor (a domestic story), line by line."""
    from store.ingest.places import find_mentions

    return len({m.code for line in text.splitlines() for m in find_mentions(line) if m.is_place_or_actor}) <= 1


# "In all, 30 kg were seized this year", «в 2024 году изъято 40 кг»: a year's total sums other cases too
_THIS_YEAR = re.compile(r"\bthis\s+year\b|\bв\s+(?:этом|текущем|нынешнем)\s+году\b", re.IGNORECASE)


def _year_total(sentence: str) -> bool:
    """The sentence totals a year, not the story's hauls: its named-drug hauls are no parts of it."""
    return bool(YEAR_SCOPE.search(sentence) or _THIS_YEAR.search(sentence))


def _whole_operation(sentence: str) -> bool:
    """"Across all countries we seized 40 kg": the sentence frames its figure as everyone's, not the story's one country's."""
    from store.ingest.scope import everywhere

    return bool(WORLD_SCOPE.search(sentence) or everywhere(sentence)
                or re.search(r"\b(?:across|in)\s+all\s+(?:the\s+)?(?:participating\s+)?countries\b|во\s+всех\s+странах", sentence, re.IGNORECASE))
# «В итоге оперативники изъяли … 9 килограммов», «Из незаконного оборота изъято более 21 кг»: a release's
# closing sum of what the story found
_CLOSING_SUM = re.compile(r"\bв\s+(?:результате|итоге)\b|\bиз\s+(?:незаконного\s+)?оборота\s+(?:было\s+)?изъят", re.IGNORECASE)


# "In all, more than 23 kg …", "in all 40 kg were seized": the sum of what the text listed before
_IN_ALL = re.compile(r"\bin\s+all\b(?!\s+(?:the\s+)?(?:\d+\s+|[a-z]+\s+)?(?:countries|cases|of|regions|states))", re.IGNORECASE)


def _summed_up(t: _Fact) -> bool:
    """«Всего … изъяли 47 кг наркотиков», "In all, 23 kg": a figure worded as the sum of the hauls above."""
    lead = t.quote[:t.start - t.quote_start]
    # (a year's or a period's tally, «В 2023 году … из незаконного оборота изъято более 3 тонн», sums other cases)
    closing = _CLOSING_SUM.search(lead) and not YEAR_SCOPE.search(lead) and not period_tally(t.quote)
    return bool(TOTAL.search(lead) or _IN_ALL.search(lead) or closing)


def _later_list_item(text: str, part, total) -> bool:
    """"85 grams of heroin and over two kilograms of unidentified substances": a generic amount
    listed after the named one in the same sentence is another item of the list, not its whole."""
    return (total.quote_start == part.quote_start and total.start > part.end
            and bool(re.search(r"(?:,|\band\b|\bas\s+well\s+as\b)", text[part.end:total.start]))
            and not re.search(r"\b(?:total|in\s+all|altogether|overall)\b", text[part.end:total.end + 30], re.IGNORECASE))


# «это гашиш массой 960 граммов», «мефедрон общим весом 2 кг»: the substance named before its weight
_NAMED_BEFORE = re.compile(r"([\w-]+)\s+(?:общ\w+\s+)?(?:массой|весом)\s+(?:(?:" + HEDGE + r")\s+)?$",
                           re.IGNORECASE)


# "1,500 ecstasy pills weighing 640 grams": the drug named before an English weight
_WEIGHING = re.compile(r"([^\d,;.]{1,40}?)\s+(?:weighing|weighed|weigh)\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$",
                       re.IGNORECASE)


def _named_before(text: str, f: _Fact) -> bool:
    m = _NAMED_BEFORE.search(text[max(f.quote_start, f.start - 60):f.start])
    if m and drug_kind(m.group(1)):
        return True
    m = _WEIGHING.search(text[max(f.quote_start, f.start - 60):f.start])
    return bool(m and drug_kind(m.group(1)))


class _Quoted(Protocol):
    @property
    def quote(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def quote_start(self) -> int: ...


def kind_named_before(f: _Quoted) -> str | None:
    """The drug named before the weight in its own sentence («кокаин массой 4 грамма»), or None."""
    at = f.start - f.quote_start
    m = _NAMED_BEFORE.search(f.quote[max(0, at - 60):at]) or _NAMED_BEFORE_DASH.search(f.quote[max(0, at - 40):at])
    return drug_kind(m.group(1)) if m else None


# «героина — 15 граммов, кокаина — 4 грамма»: a list that names each drug, then a dash and its weight
_NAMED_BEFORE_DASH = re.compile(r"([\w-]+)\s+[—–]\s+(?:(?:около|более|свыше|почти|порядка|примерно)\s+)?$", re.IGNORECASE)


def _restated_as_one_drug(text: str, total: _Fact) -> bool:
    """The total's figure written again in another sentence before one drug's name («14 кг мефедрона»)."""
    for m in re.finditer(rf"(?<![\d,.]){re.escape(total.text)}(?![\d\w])", text):
        kind = drug_kind(re.split(r"\d|[,;.]\s|\sи\s|\sand\s", text[m.end():m.end() + 50], maxsplit=1)[0])
        if not total.quote_start <= m.start() < max(total.quote_end, total.end) and kind not in (None, _SYNTHETIC):
            return True  # (a class of drugs, "40 kg of synthetic drugs", restates the whole, not one drug)
    return False


def _sums_next(text: str, facts: list, part: _Fact, total: _Fact) -> bool:
    """"4,100g of cannabis and 820g of methamphetamine … were seized. The almost 5 kilogrammes of drugs
    were worth …": the very next sentence states the whole the listed drugs add up to."""
    if not total.value or total.quote_start <= part.quote_start or text[part.quote_end:total.quote_start].strip():
        return False
    listed = sum(g.value or 0 for g in facts if g.unit == "kg" and g.quote_start == part.quote_start)
    return 0.9 * total.value <= listed <= 1.15 * total.value


def refile_parts(text: str, facts: list) -> list:
    """``facts`` with drug-type and money-form parts of a stated total under their own metric."""
    out = _without_summed_hauls(text, list(facts))
    totals = [f for f in out if f.metric == SEIZED_DRUGS and f.value and drug_kind(_after(text, f)) is None
              and not _named_before(text, f) and not _REST.match(_after(text, f))]
    # «изъято 14 кг синтетики» over the body's «14 кг мефедрона и 2,3 кг гашиша»: a headline "total" that one
    # named drug's haul restates is that haul, not a whole the other drugs are parts of
    totals = [t for t in totals if not _restated_as_one_drug(text, t)]
    # "over 55 kg of synthetic drugs", then "52 kg of alpha-PVP": a class of drugs is the whole of its members' hauls
    # a one-country story leaves its total unplaced and places a haul by its town: still the total's part
    domestic = len({f.country for f in out if f.country}) <= 1 and _one_country_named(text)
    classes = [f for f in out if f.metric == SEIZED_DRUGS and f.value and drug_kind(_after(text, f)) == _SYNTHETIC
               and _CLASS_NOUN.match(_after(text, f))]  # «3 кг спайса и 400 г амфетамина»: spice is one drug, no class
    for k, f in enumerate(out):
        if f.metric != SEIZED_DRUGS or not f.value:
            continue
        kind = drug_kind(_after(text, f))
        if any(t is not f and t.value > f.value and _sums_next(text, out, f, t) for t in totals):
            # every item of a list the next sentence sums, "another 122g of substances believed to be drugs" too
            out[k] = replace(f, metric=kind or "seized_other_drugs")
            continue
        if kind is None or _ADDED.search(text[max(f.quote_start, f.start - 30):f.start]):
            continue
        # the total comes first ("850 kg of drugs … also 43 kg of cocaine") or in the same paragraph; a total
        # in a later paragraph is another haul («13 ноября сообщалось … 440 килограммов»)
        wholes = totals + [c for c in classes if kind in _SYNTHETIC_MEMBERS]
        whole = [t for t in wholes if t.operation == f.operation
                 and (t.country == f.country or f.country is None or (t.country is None and domestic and not _whole_operation(t.quote) and not _year_total(t.quote)))
                 and t.value > f.value
                 and (t.start < f.start or "\n" not in text[f.end:t.start] or _summed_up(t) or _sums_next(text, out, f, t))
                 and not _later_list_item(text, f, t)]
        if whole or _UNCOUNTED_WHOLE.search(text[max(f.quote_start, f.start - 60):f.start]):
            out[k] = replace(f, metric=kind)
    money = [f for f in out if f.metric == SEIZED_MONEY and f.value]
    for k, f in enumerate(out):
        # "more than $5 million ($3.21 million in cryptocurrency, $1.74 million in cash, and $60,000 in silver)"
        bracketed = any(t.unit == f.unit and t.value > f.value and t.quote_start == f.quote_start and t.end <= f.start
                        and "(" in text[t.end:f.start] and ")" not in text[t.end:f.start] for t in money)
        if f.metric == SEIZED_MONEY and bracketed:
            kind = _money_kind(_after(text, f))
            if kind:
                out[k] = replace(f, metric=kind)
                continue
        # «$6.5 млн средств, из которых $1.6 млн – в криптовалютах», "€9m, of which €2m in cash": a split in the same sentence
        # (the sum may be filed from an earlier sentence that stated it first, the headline say)
        lead = text[f.quote_start:f.start]
        split = _OF_WHICH.search(lead)
        within = split is not None and re.search(r"\d", lead[:split.start()]) is not None and any(
            t.unit == f.unit and t.value > f.value and t.end <= f.start and t.operation == f.operation for t in money)
        if f.metric == SEIZED_MONEY and (within or _later_split_item(lead, f, money)):
            kind = _money_kind(_after(text, f))
            if kind:
                out[k] = replace(f, metric=kind)
                continue
        if f.metric != SEIZED_MONEY or not _OF_THAT.match(f.quote):
            continue
        earlier = [t for t in money if t.quote_start < f.quote_start and t.unit == f.unit and t.value > f.value
                   and t.operation == f.operation]
        kind = _money_kind(_after(text, f)) or _money_kind(_lead(text, f))
        if earlier and kind:
            out[k] = replace(f, metric=kind)
        elif earlier and any(g is not f and g.quote_start == f.quote_start and g.unit == f.unit and _money_kind(_after(text, g))
                             for g in money):
            # "Of the money recovered, $44 million was held in bank accounts and $17 million in cryptocurrency": the
            # split names a form for the other share only; both are the total's parts
            out[k] = replace(f, metric="seized_money_other")
    return _money_split_later(text, _parts_restated(text, out))


def _parts_restated(text: str, facts: list) -> list:
    """"$4.5 million in cryptocurrency seized" in the lead, then "$7 million consisting of $4.5 million in
    cryptocurrency …": a money figure equal to a part of that form is the part stated again, not more money."""
    parts = {(f.metric, f.value, f.unit, f.operation) for f in facts if f.metric in _MONEY_PART_METRICS}
    return [replace(f, metric=kind) if f.metric == SEIZED_MONEY and f.value and (kind := _money_kind(_after(text, f)))
            and ((kind, f.value, f.unit, f.operation) in parts or _split_again(text, f, facts)) else f for f in facts]


def _split_again(text: str, f: _Fact, facts: list) -> bool:
    """A later sentence splits a larger money sum and lists ``f``'s very wording among its items (the restatement
    itself is folded away as the same figure before parts are read)."""
    wording = text[f.start:f.end]
    for t in facts:
        if t.metric != SEIZED_MONEY or t.quote_start <= f.quote_start or t.unit != f.unit or not t.value or t.value <= f.value:
            continue
        rest = t.quote[t.end - t.quote_start:]
        split = _SPLIT_OPEN.search(rest)
        if split and wording in rest[split.end():] and not _CLAUSE_VERB.search(rest[split.end():rest.find(wording, split.end())]):
            return True
    return False


# "more than $7 million consisting of $4.5 million in cryptocurrency, $2.48 million in cash and $40,000 in gold": the
# words that open a split of the sum before them, and a verb that would start a clause of its own
_SPLIT_OPEN = re.compile(r"(?:,\s*|\s)(?:of\s+which|including|consisting\s+of|comprising|comprised\s+of|made\s+up\s+of|split\s+into"
                         r"|из\s+(?:которых|них)|в\s+том\s+числе|включая)\s", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|seized|found|recovered|confiscated|был[аои]?|изъят\w*)\b|[;:]",
                          re.IGNORECASE)


def _later_split_item(lead: str, f: _Fact, money: list) -> bool:
    """``f`` is a later item of a split of a money sum its sentence opened before it ("…, $2.48 million in cash and
    $40,000 in gold" after "consisting of $4.5 million in cryptocurrency"), the split still running."""
    opens = list(_SPLIT_OPEN.finditer(lead))
    if not opens:
        return False
    split = opens[-1]
    head = lead[:split.start()]
    if not re.search(r"\d", head) or _CLAUSE_VERB.search(lead[split.end():]):
        return False
    base = f.start - len(lead)
    return any(t.unit == f.unit and t.value > f.value and t.operation == f.operation and t.quote_start == f.quote_start
               and t.end <= base + split.start() for t in money)


def _money_split_later(text: str, facts: list) -> list:
    """"… the seizure of $300 million … confiscating $199 million in hard currency and $101 million in
    virtual assets": amounts of one sentence, each of a named form, that add up to a money total an
    earlier sentence stated are its parts (cash, crypto), not more money."""
    money = [f for f in facts if f.metric == SEIZED_MONEY and f.value]
    by_sentence: dict[int, list] = {}
    for f in money:
        by_sentence.setdefault(f.quote_start, []).append(f)
    refile: dict[int, str] = {}
    for start, group in by_sentence.items():
        # the form may stand before the amount too: "…, and cryptocurrencies valued at approximately $20 million"
        kinds = [_money_kind(_after(text, f)) or _money_kind(_lead(text, f, 60)) for f in group]
        if not 2 <= len(group) <= 4 or all(k is None for k in kinds) or len({f.unit for f in group}) != 1:
            continue
        totals = [t for t in money if t.quote_start < start and t.unit == group[0].unit and t.operation == group[0].operation]
        more = _MORE_MONEY.search(text[start:group[0].start])  # "In a second phase officers confiscated …": on top of it
        if None in kinds:
            # "$44 million was held in bank accounts and $17 million in cryptocurrency": amounts that add up to the
            # total exactly are its parts even where one names no form of money of its own
            if any(_adds_up(group, t) for t in totals):
                refile.update((id(f), kind or "seized_money_other") for f, kind in zip(group, kinds))
            continue
        if any(_adds_up(group, t) or (not more and _within(group, t)) for t in totals):
            refile.update((id(f), kind) for f, kind in zip(group, kinds) if kind)
    return [replace(f, metric=refile[id(f)]) if id(f) in refile else f for f in facts]


def _without_summed_hauls(text: str, facts: list) -> list:
    """«изъяли … свыше 6 кг. … обнаружили ещё свыше 20 кг … общей массой более 26 кг»: the hauls found one
    by one and then added up are the total's parts — the total is the figure, the parts are not more drugs."""
    drugs = [f for f in facts if f.metric == SEIZED_DRUGS and f.value and drug_kind(_after(text, f)) is None]
    drop: set[int] = set()
    # «Всего из оборота выведено 52 кг мефедрона» after «2 кг мефедрона … ещё 50 кг наркотика»: a sum of one named
    # drug adds up the generic hauls and that drug's hauls before it
    hauls = [f for f in facts if f.metric == SEIZED_DRUGS and f.value]
    for k, total in enumerate(hauls):
        if not _summed_up(total):
            continue
        kind = drug_kind(_after(text, total))
        earlier = [f for f in hauls[:k] if drug_kind(_after(text, f)) in (None, kind)]
        for n in (4, 3, 2):  # «килограмм …, ещё 41 кг …, 218 кг …; всего не менее 260 кг»: every haul the sum holds
            run = earlier[-n:]
            if len(run) == n and _adds_up(run, total, hedged=True):
                drop.update(id(r) for r in run)
                break
    facts = _named_hauls_summed_after(text, facts, drop)
    # «нашли … более 120 граммов … ещё около 30 тайников. Всего изъяли около 300 граммов»: the sum
    # also holds hauls the text gave no weight; every haul above it that fits inside it is a part
    hauls = [f for f in facts if f.metric == SEIZED_DRUGS and f.value]
    for k, total in enumerate(hauls):
        if not _summed_up(total) or id(total) in drop:
            continue
        run = [r for r in hauls[:k] if r.quote_start not in (0, total.quote_start) and id(r) not in drop and _same_class(text, r, total)]
        if run and all(r.value < (total.value or 0) for r in run) and _within(run, total):
            drop.update(id(r) for r in run)
    # «Изъято свыше 7 кг. … схроны массой около 2 кг … в доме ещё почти 5 кг»: the total stated first, then
    # the hauls it was made of, one by one — they add up to it exactly, so they are its parts, not more drugs
    # "a total of about 176g of 'Ice', 131g of cannabis … Inside the car, … 64g of 'Ice', 50g of cannabis
    # … 112g of 'Ice', 81g of cannabis": a named drug's hauls place by place after its total are its parts too
    kinds: dict[str | None, list] = {}
    for f in facts:
        if f.metric == SEIZED_DRUGS and f.value:
            kinds.setdefault(drug_kind(_after(text, f)), []).append(f)
    for same in [drugs, *(fs for kind, fs in kinds.items() if kind is not None)]:
        for k, total in enumerate(same):
            if id(total) in drop:
                continue
            for n in (2, 3, 4):
                run = same[k + 1:k + 1 + n]
                if len(run) == n and all(r.start > total.end for r in run) and _adds_up(run, total, hedged=True):
                    drop.update(id(r) for r in run)
                    break
    # "over 45 kg of narcotics … He sought to smuggle 27,350 grams of drugs (19,800 grams of heroin, …) … a bag containing
    # 18 kilograms of marijuana": the hauls below a lead's generic total, a named drug's among them, add up to it (a
    # bracket's items are the haul before them, not hauls of their own)
    top = [f for f in hauls if not _in_brackets(text, f)]
    leads = [f for f in drugs if id(f) not in drop and f.quote_start != 0
             and not any(g.quote_start != 0 and g.start < f.start for g in hauls)]  # the body's first haul
    for total in leads:
        after = [r for r in top if r.start > total.end and r.quote_start != total.quote_start and id(r) not in drop]
        for n in (2, 3, 4):
            run = after[:n]
            if (len(run) == n and any(drug_kind(_after(text, r)) is None for r in run)
                    and any(drug_kind(_after(text, r)) is not None for r in run) and _adds_up(run, total, hedged=True)):
                drop.update(id(r) for r in run if drug_kind(_after(text, r)) is None)
                break
    # «почти 1,5 тонны кокаина. Партию 1,1 тонны нашли в порту, ещё 320 кг — на складе»: one named drug's total,
    # then hauls that name no drug
    for kind, named in kinds.items():
        for total in named if kind is not None else ():
            # (a haul listed after it in its own sentence, "40 tonnes of heroin and 17 tonnes of other drugs", is a sibling)
            after = [f for f in hauls if f.start > total.end and f.quote_start != total.quote_start
                     and drug_kind(_after(text, f)) in (None, kind) and id(f) not in drop]
            for n in (2, 3, 4):
                run = after[:n]
                if len(run) == n and id(total) not in drop and _adds_up(run, total, hedged=True):
                    drop.update(id(r) for r in run)
                    break
    # "4 kg of charas … 1 kg of charas … in all, 5 kg of charas were seized": one drug's hauls
    # found one by one and then summed, by the same name, are that total's parts
    for total in facts:
        if total.metric != SEIZED_DRUGS or not total.value or not _summed_up(total) or not _drug_name(text, total):
            continue
        earlier = [f for f in facts if f.metric == SEIZED_DRUGS and f.value and f.quote_start < total.quote_start
                   and id(f) not in drop and _drug_name(text, f) == _drug_name(text, total)]
        if len(earlier) >= 2 and abs(sum(f.value for f in earlier) - total.value) <= 0.01 * total.value:
            drop.update(id(f) for f in earlier)
    # «Полицейские изъяли почти 40 кг … обнаружено … более 22 кг … изъяли более 9 кг»: a lead's total and the
    # hauls place by place below it that fit inside it (the rest found elsewhere) are its parts
    for k, total in enumerate(hauls):
        run = [r for r in hauls[k + 1:] if r.start > total.end and r.quote_start != total.quote_start and _same_class(text, r, total)
               and not _ANOTHER_HAUL.search(text[r.quote_start:r.start])]
        if (id(total) not in drop and _in_lead(text, total) and len(run) >= 2
                and all(r.value < (total.value or 0) for r in run) and _within(run, total)):
            drop.update(id(r) for r in run)
    return [f for f in facts if id(f) not in drop]


def _in_brackets(text: str, f: _Fact) -> bool:
    """The figure stands inside a bracket its sentence opened before it ("27,350 grams (19,800 grams of heroin, …)")."""
    head = text[f.quote_start:f.start]
    return head.count("(") > head.count(")")


def _named_hauls_summed_after(text: str, facts: list, drop: set[int]) -> list:
    """"14 kg of cocaine in Rotterdam and 9 kg in Antwerp. In all, more than 23 kg …", «3 кг гашиша, … еще
    5 кг мефедрона. В общей сложности изъято более 8 кг наркотиков»: hauls of named drugs (one place and one
    drug each) that a later figure worded as their sum adds up are its parts, filed under their drug."""
    drugs = [f for f in facts if f.metric == SEIZED_DRUGS and f.value and id(f) not in drop]
    refile: dict[int, str] = {}
    for k, total in enumerate(drugs):
        if not _summed_up(total) or drug_kind(_after(text, total)) not in (None, *_kinds_before(text, drugs[:k])):
            continue
        for n in (2, 3, 4):
            run = drugs[max(0, k - n):k]
            if len(run) == n and all(id(r) not in refile for r in run) and _adds_up(run, total):
                kinds = [drug_kind(_after(text, r)) or drug_kind(_after(text, run[0])) for r in run]
                if None not in kinds and any(drug_kind(_after(text, r)) for r in run):
                    refile.update((id(r), kind) for r, kind in zip(run, kinds) if kind)
                break
    return [replace(f, metric=refile[id(f)]) if id(f) in refile else f for f in facts]


def _kinds_before(text: str, facts: list) -> set[str | None]:
    return {drug_kind(_after(text, f)) for f in facts}


def _drug_name(text: str, f: _Fact) -> str | None:
    """The words naming the drug right after a weight ("hydro ganja" of "3 kg of hydro ganja"), if a drug's."""
    words = re.match(r"\s*(?:of\s+)?((?:[^\W\d]+\s*){1,3}?)(?=,|\.|;|\s+and\b|\s+from\b|\s+in\b|$)", _after(text, f))
    name = words.group(1).strip().lower() if words else ""
    return name if name and drug_kind(name) else None


# How far the hauls may sum from a total its qualifier hedges: «почти 1,7 тонны» over 1,2 т and 410 кг,
# «не менее 260 кг» over 41 and 218 кг (an exact total within 1%).
_SUM_SPAN = {"at_most": (0.85, 1.01), "at_least": (0.99, 1.15), "approximate": (0.9, 1.1)}


# «Позже в другом районе нашли ещё 2 кг»: a haul on top of the lead's, not inside it
_ANOTHER_HAUL = re.compile(r"(?<![\w-])(?:ещё|еще|другом|другой|другого|позже|another|additional|further|second)(?![\w-])", re.IGNORECASE)


def _same_class(text: str, part: _Fact, total: _Fact) -> bool:
    """``part`` may be a haul of ``total``'s drugs: unnamed, or of the same kind («синтетики» in «синтетических
    наркотиков»); a named drug under a generic total is refiled as its part by ``refile_parts``."""
    kind = drug_kind(_after(text, part))
    return kind is None or kind == drug_kind(_after(text, total))


def _in_lead(text: str, f: _Fact) -> bool:
    """``f`` stands in the article's headline or its first paragraph below it."""
    return text[:f.quote_start].count("\n") <= 1 or not text[:f.quote_start].strip()


def _adds_up(run: list, total: _Fact, hedged: bool = False) -> bool:
    """The hauls in ``run`` (same operation, same unit) sum to ``total`` within 1% (``hedged``: as closely
    as the total's qualifier says)."""
    whole = total.value or 0
    low, high = _SUM_SPAN.get(total.qualifier, (0.99, 1.01)) if hedged else (0.99, 1.01)
    return (all(r.operation == total.operation and r.unit == total.unit for r in run)
            and low * whole <= sum(r.value for r in run) <= high * whole)


_MORE_MONEY = re.compile(r"\b(?:second|separate(?:ly)?|another|further|additional|later|also)\b", re.IGNORECASE)


def _within(run: list, total: _Fact) -> bool:
    """"… seizing assets worth USD 190 million in all … froze about USD 96 million in fiat money and
    USD 3 million in cryptocurrency": named forms adding up to less than the total (the rest is other
    assets) are parts of it too."""
    whole = total.value or 0
    return (all(r.operation == total.operation and r.unit == total.unit for r in run)
            and sum(r.value for r in run) <= 1.01 * whole)


def _money_kind(words: str) -> str | None:
    return next((metric for pattern, metric in _MONEY_KINDS if pattern.search(words)), None)


def _lead(text: str, f: _Fact, width: int = 30) -> str:
    """The words just before the figure within its clause ("… was in cryptocurrency" reads after)."""
    head = text[max(f.quote_start, f.start - width):f.start]
    return re.split(r"[,;]", head)[-1]
