"""Where the drugs went or whom they harmed is not where police acted (nor where they only tried to).

"counterfeit pills that killed people in the United States", "vendors who sold to buyers across
the US and Canada", "cocaine bound for Australia", «продававший наркотики покупателям в США»: the
country is the market's reach — the buyers', the victims', the cargo's destination.  It neither
places the sentence's figures nor makes that country a participant (``places`` marks such a
mention like an origin)."""

from __future__ import annotations

import re

from store.ingest.customer_places import BUYERS_HELD, BUYERS_IN, SOLD_TO
from store.ingest.routes import CARGO_BOUND_FOR, SHIPPED_ACROSS

# Each pattern ends where the country's name starts.
_REACH = re.compile(
    r"(?:" + BUYERS_IN +
    # whom the drugs harmed: "pills that killed people in the", "linked to deaths across", «погибли в»
    r"|\b(?:killed|kill(?:s|ing)?|harmed|poisoned|sickened|hospitali[sz]ed|overdos\w*|deaths?|died|fatal\w*)\b[^.;:!?,\d]{0,50}?\b(?:in|across|throughout)"
    r"|(?<![\w-])(?:отравил\w*|отравлени\w*|погиб\w*|умер\w*|скончал\w*|передозировк\w*)[^.;:!?,\d]{0,40}?\s(?:в|во)"
    r"|" + SOLD_TO +
    r"|" + SHIPPED_ACROSS +
    # where the drugs came from: "source countries like the", "sourced from countries such as"
    r"|\bsource\s+(?:countries|nations|markets)\s+(?:like|such\s+as|including)|\bsourced\s+from\s+(?:countries\s+)?(?:like|such\s+as|including)?"
    # where a gang came from or had ties: "the gang had roots in the", "a ring with links to"
    r"|\b(?:roots|ties|links|connections)\s+(?:in|to|with)"
    # where goods came from: "boxes which originated in the", "smuggled into India from the"
    r"|\b(?:originated|originating|originate[sd]?)\s+(?:in|from)"
    # ("planning to smuggle multiple exotic drugs from Europe and the US into India": the plan's verb forms too)
    r"|\b(?:smuggled|imported|shipped|sent|mailed|posted|couriered|trafficked|smuggle|smuggling|import|importing|ship|shipping"
    r"|traffic|trafficking)\b[^.;:!?,\d]{0,60}?\bfrom"
    # whom the drugs were bought from: "ordered from vendors in the", "bought from sellers based in"
    r"|\b(?:ordered|bought|purchased|procured|sourced|obtained)\b[^.;:!?,\d]{0,40}?\bfrom\s+(?:[\w-]+\s+){0,3}?(?:in|based\s+in)"
    # where they went: "sending small portions of ketamine, imported by parcel, to", "parcels were posted to"
    r"|\b(?:sending|shipping|mailing|posting|exporting|couriering)\b[^.;:!?\d]{0,80}?\bto"
    r"|\b(?:parcels?|packages?|drugs|consignments?|shipments?)\s+(?:were\s+|was\s+)?(?:sent|shipped|mailed|posted|exported)\s+to"
    # "shipped as far as Australia": the farthest buyers
    r"|\b(?:ship|mail|post|sen[dt]|sold|sell|export|deliver)\w*\b[^.;:!?,\d]{0,40}?\bas\s+far\s+(?:afield\s+)?as"
    # how far a ring reached: "the network was spread across", "a racket spanning"
    r"|(?P<spread>\b(?:spread|spanned|spanning|stretched|stretching|extended|extending)\s+(?:across|over|throughout|into|to|from))"
    # where police only tried to act: "tried to seize a server in", «пытались изъять серверы в»
    r"|\b(?:tried|attempted|failed|unable|sought)\s+to\s+(?:seize|arrest|detain|extradite)\b[^.;:!?,\d]{0,50}?\b(?:in|at)"
    r"|(?<![\w-])(?:пыта\w*|не\s+удалось)\s+(?:изъять|задержать|арестовать)[^.;:!?,\d]{0,50}?\s(?:в|во|на)"
    # where a ring worked: «осуществляла преступную деятельность на территории Польши, Украины», «осуществляла сбыт
    # наркотиков на территории трёх стран», «действовавшую
    # также в Румынии и Грузии» — its reach, not where police acted
    r"|(?<![\w-])(?:осуществля\w*|вел[аи]?|ведш\w*|вед[уё]т)\s+(?:[^\W\d]+\s+){0,2}?(?:деятельност|сбыт|торговл|распространени)\w*\s+(?:[^\W\d]+\s+){0,2}?(?:на\s+территории|в|во)"
    r"|(?<![\w-])(?:действовал\w*|действовавш\w*|действующ\w*|орудовал\w*|орудовавш\w*)\s+(?:также\s+|ещё\s+|еще\s+)?(?:на\s+территории|в|во)"
    # «работала с 2017 года по май 2021 года в разных регионах России и Армении»: the years it worked first
    r"|(?<![\w-])(?:действовал\w*|работал\w*|функционировал\w*)\s+(?:с|со)\s+[^.;:!?]{0,40}?\s(?:в|во|на\s+территории)"
    r"(?:\s+(?:различных|разных|ряде|нескольких|многих|других)\s+(?:регион|стран|город|област)\w*)?"
    r"(?:\s+[А-ЯЁ][\w-]*)?(?:,?\s+в\s+том\s+числе\s+(?:в|во|на\s+территории))?"
    # where a ring recruited: «вербовщики искали на территории Украины новых участников», «вербовала курьеров в
    # Казахстане», "recruited couriers in Romania" — where its people came from, not where police acted
    r"|(?<![\w-])(?:завербова\w*|вербова\w*|вербу\w*|вербовщик\w*)\s+(?:[^\W\d]+\s+){0,3}?(?:на\s+территории|в|во)"
    r"|\brecruit(?:ed|ing|ers?|s)?\b[^.;:!?,\d]{0,40}?\b(?:in|from)"
    # the market the goods were meant for: «для сбыта на юге Кыргызстана и в Узбекистане», «с целью продажи в», "for sale in"
    r"|(?<![\w-])(?:для|с\s+целью)\s+(?:(?:последующ|дальнейш)\w+\s+)?(?:сбыт|продаж|реализаци|распространени)\w*"
    r"(?:\s+(?:[^\W\d]+\s+){0,2}?(?:на\s+(?:юге|севере|востоке|западе|территории)|по\s+(?:всей|всему)|в|во))"
    r"|\bfor\s+(?:sale|resale|distribution)\s+(?:[^\W\d]+\s+){0,2}?(?:in|across|throughout)"
    # the cargo's destination: "bound for", "destined for", "en route to"
    r"|" + CARGO_BOUND_FOR + r")"
    r"\s+(?:the\s+)?(?:(?:\d+|all|many|several|most|dozens\s+of)\s+)?"
    # a list the country ends: "customers in the United States, Europe and", «для продажи в Европе и»
    # (a comma the writer left out before "the": "India, Hungary the Netherlands and the UK")
    r"(?:[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,3}\s*(?:,\s*(?:and\s+|и\s+)?|\s(?:and\s+)?(?:and|or|&|и|или|in|to|into)\s+|\s+(?=the\s))"
    r"(?:(?:в|во|на|in|to)\s+)?(?:the\s+)?){0,12}$",
    re.IGNORECASE,
)
# A reach inside the country ("sold to customers across Britain"): a local story's own country.
_DOMESTIC = re.compile(r"(?:\bacross|\bthroughout|\ball\s+over|\bnationwide\s+in|по\s+всей|по\s+всему)\s+(?:the\s+)?$", re.IGNORECASE)



_WINDOW = 180
# An investigation spreads where police worked: "an inquiry that spanned", "the probe, which stretched".
_INQUIRY_SPREAD = re.compile(r"\b(?:inquiry|inquiries|investigations?|probes?|operations?|crackdown|sweep|raids|case)\b,?"
                             r"(?:\s+(?:that|which|has|had|have|was|were|also|eventually|soon|later))*\s+$", re.IGNORECASE)


def in_reach_clause(before: str) -> bool:
    """The text ``before`` a country's name puts it in a clause about buyers, victims or destination."""
    window = before[-_WINDOW:]  # a long list of the buyers' countries ("…, Kyrgyzstan, Uzbekistan, Tajikistan, and")
    m = _REACH.search(window)
    if m is None:
        return False
    if m.group("spread") and _INQUIRY_SPREAD.search(window[:m.start("spread")]):
        return False  # "an inquiry that spanned from Toronto … and into the U.S.": where police worked
    return not BUYERS_HELD.search(window[max(0, m.start() - 60):m.end()])


def only_reach_country(sentences: list) -> str | None:
    """The one country an article names only in reach clauses ("sold to customers across Britain"),
    for a local story that names no other: its police are that country's."""
    from store.ingest.places import find_mentions  # place_roles reads this module's patterns

    codes = {m.code for s in sentences if not s.noise for m in find_mentions(s.text)
             if in_reach_clause(s.text[:m.start]) and _DOMESTIC.search(s.text[:m.start])}
    return codes.pop() if len(codes) == 1 else None
