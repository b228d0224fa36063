"""Countries named in a sentence: by name, by a city, or by an adjective before an agency.

A mention says *how* the country is named, because that decides what it means: a name or a
city is a place (``в Литве``, ``in Sweden``, ``задержаны в Хельсинки``) or an actor
(``Германия выключила серверы``); an adjective counts only before an agency noun
(``немецкие власти``, ``Irish police``), never before a market (``российского даркнет-рынка``).
Names after "from"/"из" without an agency, or describing a market, are an origin, not a place.
The names and their lookups are in :mod:`store.ingest.place_names`; what a mention modifies
(origin, venue, destination, dateline…) in :mod:`store.ingest.place_roles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.ingest import gazetteer
from store.ingest.article_context import georgia_is_state, named_countries, origin_only_countries, russian_release
from store.ingest.capital_city import capital_country
from store.ingest.irish_republic import republic_end
from store.ingest.parts import drug_kind
from store.ingest.place_names import is_cyrillic, latin_index, name_key, ru_adjective, ru_multiword, ru_place
from store.ingest.place_roles import AGENCY, CITIZEN, PEOPLE_FROM, opens_with_dateline, qualify
from store.ingest.regions import first_level_region, region_adjective
from store.ingest.the_country import country_word
from store.ingest.uk_forces import uk_force_area

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-zÀ-ÿА-Яа-яЁё]+(?:-[A-Za-zÀ-ÿА-Яа-яЁё]+)*")

_KOREA_STYLED = re.compile(r"Korea\s*(?:\(\s*Rep(?:ublic|\.)?\s*(?:of)?\.?\s*\)|,\s*Rep(?:ublic|\.)\s+of\b)", re.IGNORECASE)
# "Serbian-led", "US-coordinated": the country led the operation, an actor like its police
_LED = re.compile(r"([A-Z][A-Za-z]+)-(?:led|coordinated|headed|spearheaded)")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # offsets relative to the text searched
    end: int
    code: str
    kind: str  # "name", "city" or "adj"
    agency: bool = False  # an agency noun follows ("немецкие власти", "US authorities")
    origin: bool = False  # "from Colombia", "рынок в России": where something comes from
    direction: bool = False  # «переправить в Азербайджан»: where goods were bound (see store.ingest.routes)

    @property
    def is_place_or_actor(self) -> bool:
        """Names and cities that are not an origin; adjectives only before an agency."""
        return (self.agency if self.kind == "adj" else not self.origin)


_VILLAGE_AFTER = re.compile(r"\s+(?:village|settlement|hamlet)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|one)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\d{1,2}\s*-\s*years?\s*-\s*old\s+$", re.IGNORECASE)
_TITLE = re.compile(r"«[^«»,.:;!?]{1,40}»")
_STREET_AFTER = re.compile(r"\s+(?-i:Road|Street|St|Avenue|Ave|Drive|Lane|Grove|Close|Crescent|Terrace|Gardens|Boulevard|Parade|Highway)\b"
                           # "Taylor, of Durham Grove, Jarrow, admitted …", "Hall, 25, of Chamberlain Street": a person, then an address
                           r"|,\s+(?:\d{1,2},\s+)?(?:of|from)\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:Road|Street|Avenue|Drive|Lane|Grove|Close|Crescent|Court|Way|Terrace|Place)\b"
                           r"|,\s+\d{1,2},\s+(?:of|from|was|is|has|had|who|and|admitted|denied|pleaded)\b")


# "and foreign", «и зарубежные»: an adjective's agency noun after the foreign partners it works with
_AND_FOREIGN = re.compile(r"\s+(?:и|and|&)\s+(?:зарубежн\w*|иностранн\w*|международн\w*|international|foreign|overseas)\s+"
                          r"(?P<noun>[\w-]+)", re.IGNORECASE)


def find_mentions(text: str) -> list[Mention]:
    """Countries named in ``text`` (one sentence), left to right, without overlaps."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    found: list[tuple[int, int, str, str]] = []  # token index range, code, kind
    i = 0
    while i < len(tokens):
        hit = _match_at(text, tokens, i)
        if hit is None:
            i += 1
            continue
        j, code, kind = hit
        found.append((i, j, code, kind))
        i = j
    # "South America", "Латинской Америки": a continent, not the United States.
    found = [f for f in found if not (re.match(r"(?i)^(?:america|америк\w*)$", text[tokens[f[0]][0]:tokens[f[1] - 1][1]])
                                      and f[0] > 0 and re.match(r"(?i)^(?:south|latin|central|north|южн\w*|латинск\w*"
                                                               r"|центральн\w*|северн\w*)$", tokens[f[0] - 1][2]))]
    # "the African Union", "the European Union", "Eurasian Union": a continent's adjective before a one-word town
    # name ("Union", New Jersey) makes a body's name, not a place
    found = [f for f in found if not (f[3] == "city" and f[1] - f[0] == 1 and f[0] > 0
                                      and re.fullmatch(r"(?:African|European|Eurasian|Soviet|Asian|Arab|Caribbean|Pacific|Latin)", tokens[f[0] - 1][2])
                                      and text[tokens[f[0] - 1][1]:tokens[f[0]][0]] == " ")]
    # "of Durham Grove, Jarrow", "Chamberlain Street": a town's name on a street sign is no place of its own.
    found = [f for f in found if not (f[3] == "city" and _STREET_AFTER.match(text, tokens[f[1] - 1][1]))]
    # "near Shahriyar village", «в селе Бустон»: a village that shares a big town's name is not that town
    # ("near an Oregon village": a state or town as a modifier after an article still places it)
    found = [f for f in found if not (f[3] == "city" and _VILLAGE_AFTER.match(text, tokens[f[1] - 1][1])
                                      and not _ARTICLE_BEFORE.search(text, 0, tokens[f[0]][0]))]
    # "27-year-old N.K. and 31-year-old U.S. were detained": initials after an age are a person's, not a country
    found = [f for f in found if not (_AGE_BEFORE.search(text, 0, tokens[f[0]][0]) and re.fullmatch(r"(?:[A-Z]\.){2,3}", text[tokens[f[0]][0]:tokens[f[1] - 1][1] + 1].strip()))]
    # «Атлантика», «Полярный круг»: a short name in guillemets is an operation's or market's title.
    titles = [t.span() for t in _TITLE.finditer(text)]
    found = [f for f in found if not any(a < tokens[f[0]][0] < b for a, b in titles)]
    mentions = [Mention(tokens[i][0], tokens[j - 1][1], code, kind, *qualify(text, tokens, i, j, kind)) for i, j, code, kind in found]
    mentions = [Mention(m.start, m.end, m.code, m.kind, True, False) if _LED.fullmatch(text[m.start:m.end]) else m for m in mentions]
    if mentions and opens_with_dateline(text, mentions[0].start, mentions[0].end, mentions[0].kind):
        first = mentions[0]
        mentions[0] = Mention(first.start, first.end, first.code, first.kind, False, True)
    for k in range(1, len(mentions)):  # "LYON, France –", "based in Lyon, France": the city's country goes with it
        prev, cur = mentions[k - 1], mentions[k]
        if (prev.origin and prev.kind == "city" and cur.kind == "name" and cur.code == prev.code and not cur.origin
                and re.fullmatch(r"\s*,\s*", text[prev.end:cur.start])):
            mentions[k] = Mention(cur.start, cur.end, cur.code, cur.kind, cur.agency, True)
        elif prev.code in ("HK", "MO") and cur.code == "CN" and re.fullmatch(r"\s*,\s*", text[prev.end:cur.start]):
            mentions[k] = Mention(cur.start, cur.end, cur.code, cur.kind, cur.agency, True)  # "Hong Kong, China": one place
    for k in range(len(mentions) - 1, 0, -1):  # "US, Australian, British and Danish authorities": one agency noun for all
        prev, cur = mentions[k - 1], mentions[k]
        if (cur.agency and prev.kind == "adj" and not prev.agency
                and re.fullmatch(r"\s*(?:,|and|и|or|или|&)\s*(?:(?:and|и)\s+)?", text[prev.end:cur.start])):
            mentions[k - 1] = Mention(prev.start, prev.end, prev.code, prev.kind, True, prev.origin)
    for k, m in enumerate(mentions):  # «российские и зарубежные силовики», "Dutch and foreign police": the home agency takes part
        joint = _AND_FOREIGN.match(text, m.end) if m.kind == "adj" and not m.agency else None
        if joint and AGENCY.match(joint.group("noun")):
            mentions[k] = Mention(m.start, m.end, m.code, m.kind, True, m.origin)
    mentions = _town_of_its_region(text, mentions)
    if russian_release():
        mentions = [Mention(m.start, m.end, "RU", m.kind, m.agency, m.origin, m.direction)
                    if m.code == "UA" and _CRIMEA.match(text, m.start) else m for m in mentions]
    if PEOPLE_FROM.search(text):  # "the suspects come from Canada (40), … and one from Romania": where the arrested are
        mentions = [Mention(m.start, m.end, m.code, m.kind, m.agency, False) if m.origin and _FROM_BEFORE.search(text[:m.start])
                    and not CITIZEN.search(text[:m.start]) else m for m in mentions]
        return mentions
    for k in range(1, len(mentions)):  # "from Colombia and Peru": the origin carries over a list
        prev, cur = mentions[k - 1], mentions[k]
        # "from the United Kingdom (UK), the United States (US) and Belgium": an abbreviation in brackets too;
        # "from Colombia, Peru, and Bolivia": an Oxford comma
        gap = text[prev.end:cur.start]
        if prev.origin and not cur.agency and (re.fullmatch(r"\s*(?:\)\s*)?(?:,\s*(?:and|or)\s+|,|and|и|or|или)\s*(?:the\s+)?", gap)
                                               or (cur.code == prev.code and re.fullmatch(r"\s*\(", gap))):
            mentions[k] = Mention(cur.start, cur.end, cur.code, cur.kind, cur.agency, True)
    return mentions


# Crimean places: in a Russian agency's release (see article_context.russian_release) they are filed under RU
_CRIMEA = re.compile(r"(?:Севастопол|Симферопол|Крым|Керч|Ялт|Феодоси|Евпатори|Джанко|Алушт|Судак|Бахчисара|Sevastopol|Simferopol|Crimea|Kerch|Yalta)",
                     re.IGNORECASE)
_EN_DISTRICT_OF = re.compile(r"\s+(?:district|town|city|village|settlement|raion|rayon)\s*,?\s+(?:of\s+|in\s+)?(?:the\s+)?", re.IGNORECASE)
_EN_REGION_AFTER = re.compile(r"\s+(?:region|oblast|province)\b", re.IGNORECASE)
_REGION_WORD = re.compile(r"(?:област|обл\.?|кра[йяюе]|район|округ)\w*$", re.IGNORECASE)


def _town_of_its_region(text: str, mentions: list[Mention]) -> list[Mention]:
    """«в городе Карасуу Ошской области»: a town written with its region is in the region's country, even when
    a namesake town elsewhere (Qorasuv, Uzbekistan) is the gazetteer's first reading."""
    out = list(mentions)
    for k in range(len(out) - 1):
        town, region = out[k], out[k + 1]
        if (town.kind == "city" and region.kind == "city" and town.code != region.code
                and ((re.fullmatch(r"\s*,?\s*", text[town.end:region.start]) and _REGION_WORD.search(text[region.start:region.end]))
                     # "in Boston district of Andijan region": an English district named after a town, then its region
                     or (_EN_DISTRICT_OF.fullmatch(text[town.end:region.start]) and _EN_REGION_AFTER.match(text, region.end)))):
            out[k] = Mention(town.start, town.end, region.code, town.kind, town.agency, town.origin, town.direction)
    return out



def _match_at(text: str, tokens: list[tuple[int, int, str]], i: int) -> tuple[int, str, str] | None:
    latin, _ = latin_index()
    first = tokens[i][2]
    styled = _KOREA_STYLED.match(text, tokens[i][0])
    if styled:  # "Korea (Rep. of)", "Korea, Republic of": a list's style for South Korea
        return sum(1 for t in tokens[i:] if t[1] <= styled.end()) + i, "KR", "name"
    led = _LED.fullmatch(first)
    if led and (hit := latin.get(name_key(led.group(1)))) is not None and hit[1] in ("adj", "name"):
        return i + 1, hit[0], "adj"  # "the Serbian-led effort", "a Dutch-led investigation": that country led it
    capital = capital_country(text, tokens[i][0])
    if capital:  # "selling drugs from the capital" in a Latvian story
        return i + 1, capital[1], "city"
    country = country_word(text, tokens[i][0])
    if country:  # «изъято в общей сложности 12,5 кг в стране» in a Kazakh story
        return i + 1, country[1], "name"
    if first[0].isupper() and first[0].isascii():
        area_end = uk_force_area(text, tokens[i][0])  # "Devon and Cornwall Police": a British force
        if area_end is not None:
            return sum(1 for t in tokens[i:] if t[1] <= area_end) + i, "GB", "city"
        if republic_end(text, tokens[i][0]) is not None:  # "gardaí in the Republic": Ireland in Irish copy
            return i + 1, "IE", "name"
        for n in (5, 4, 3, 2, 1):  # "Democratic Republic of the Congo"
            if i + n > len(tokens):
                continue
            span = text[tokens[i][0]:tokens[i + n - 1][1]]
            if n > 1 and re.search(r"[,;:()]", span):
                continue
            hit = latin.get(name_key(span))
            if hit and hit[0] == "GE" and name_key(span) == "georgia" and georgia_is_state():
                return i + n, "US", "city"  # "the Department of Justice in Georgia" in a story on a US prosecution
            if hit:
                named = named_countries()
                if hit[1] == "city" and len(named) == 1 and hit[0] not in named and _LOCAL_FACILITY.match(text, tokens[i + n - 1][1]):
                    return None  # "taken to Toronto police station" in an NSW story: the local station's suburb
                if hit[1] == "city" and named and hit[0] not in named:
                    other = gazetteer.latin_city(span, named)  # Newcastle in an Australian story
                    if other in named and other not in origin_only_countries():  # not Limerick for parcels from the US
                        return i + n, other, "city"
                    if other is None and gazetteer.small_town(span):
                        return None  # Buckingham (Quebec) in a story of Bicester and Aylesbury: a town it does not know
                return i + n, hit[0], hit[1]
        for n in (3, 2, 1):  # a city the hand list lacks, from GeoNames, where a place can stand
            if i + n > len(tokens) or not tokens[i + n - 1][2][0].isupper():
                continue
            span = text[tokens[i][0]:tokens[i + n - 1][1]]
            if n > 1 and re.search(r"[,;:()]", span):
                continue
            code = gazetteer.latin_city(span, named_countries())
            followed = i + n < len(tokens) and tokens[i + n][2][0].isupper() and text[tokens[i + n - 1][1]:tokens[i + n][0]] == " "
            if code and _SAYS_AFTER.match(text, tokens[i + n - 1][1]) and not _LOCATIVE_BEFORE.search(text, 0, tokens[i][0]):
                continue  # "…, Barletta said.": a town that speaks is a person's surname ("Prosecutors in Vermont said": a place)
            if code and (not followed or _POLICE_AFTER.match(text, tokens[i + n - 1][1])) and _place_position(
                    text, tokens, i, i + n, agency_after=False):
                return i + n, code, "city"
        return None
    if not is_cyrillic(first):
        return None
    if first[0].isupper():
        plain = text.replace("ё", "е").replace("Ё", "Е")
        for pattern, code in ru_multiword():
            multi = pattern.match(plain, tokens[i][0])
            if multi:
                j = i
                while j < len(tokens) and tokens[j][0] < multi.end():
                    j += 1
                return j, code, "name"
    listed = first_level_region(tokens, i)
    if listed:  # «Тульской области», «в Республике Коми»: a region the capital rule cannot read
        return listed[0], listed[1], "city"
    if first[0].isupper():
        found = ru_place(first)
        if found:
            return i + 1, found[0], found[1]
    following = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    if "-" in first and is_cyrillic(first) and gazetteer.is_region_noun(following):
        region_of = ru_adjective(first.rsplit("-", 1)[1])  # «Восточно-Казахстанской области»: a region named after its country
        if region_of:
            return i + 2, region_of, "city"
    region = gazetteer.ru_region(first, following)
    if region:  # «Новосибирской области», «Подмосковье»
        return (i + 2 if gazetteer.is_region_noun(following) else i + 1), region, "city"
    if AGENCY.match(following) and (code := region_adjective(first)):  # «забайкальские полицейские»: the region's force
        return i + 1, code, "adj"
    if first[0].isupper():
        code = gazetteer.cyrillic_city(first)
        if code and _place_position(text, tokens, i, i + 1):
            return i + 1, code, "city"
    adj = ru_adjective(first)
    if adj:
        return i + 1, adj, "adj"
    return None


_LOCATIVE = frozenset({
    "in", "at", "near", "outside", "around", "across", "from", "throughout", "within", "of",
    "в", "во", "из", "изо", "под", "на", "около", "у", "близ", "возле", "города", "город", "г", "городе",
    "жителей", "жителя", "жители", "житель", "жительница", "жительницы", "жительницу", "жителю",
    "территории", "территорию",  # «на территории Душанбе», «ввезли на территорию Оша»
    "центре", "окраине", "пригороде", "окрестностях",  # «в центре Тулы», «на окраине Перми»
})


# "Victoria Police", "Münster police", "Preston Police Station": a force named after its city or state.
# "Masterton District Court", "Southport Magistrates Court": a town's court places the case in that town
# "taken to Toronto police station", "will appear at Belmont Local Court": a facility of the story's own force
_LOCAL_FACILITY = re.compile(r"\s+(?:police\s+station|Police\s+Station|Local\s+Court|Magistrates['’]?\s+Court|District\s+Court)\b")
_POLICE_AFTER = re.compile(r"\s(?:Police|police|Polizei|politie|Constabulary"
                           r"|(?:District|Magistrates['’]?|Local|Crown|Sheriff|Circuit|Youth)\s+Court)\b")
# "Federal Police", "Royal Police": a word of the force's title, not a town that shares it (Federal, Argentina)
_FORCE_WORD = re.compile(r"^(?:federal|royal|metropolitan|national|state|provincial|municipal|city|county|military|border"
                         r"|transport|railway|civil|judicial|criminal|secret|special|local|regional|tax|customs)$", re.IGNORECASE)


# A settlement or a resident a place name can stand before as a modifier: "a Kentucky village", "an Ohio man".
_SETTLEMENT_AFTER = re.compile(r"^(?:town|city|village|suburb|hamlet|county|farm|home|house|apartment|warehouse|port"
                               r"|man|woman|resident|couple)$")
_SIZE = re.compile(r"^(?:small|rural|quiet|remote|sleepy|coastal|northern|southern|eastern|western|central|suburban|year-old)$",
                   re.IGNORECASE)


_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|noted|stated|warned)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|of|near)\s+$", re.IGNORECASE)


def _place_position(text: str, tokens: list[tuple[int, int, str]], i: int, j: int, *, agency_after: bool = True) -> bool:
    """A gazetteer name counts where a place can stand: after a locative word ("in", «в», «жителей»),
    in a list after one ("in Münster and Enschede"), or before an agency noun ("Münster police";
    for Latin names only a police noun, since "Garland Justice" or "Monaco authorities" are people)."""
    if agency_after and j < len(tokens) and AGENCY.match(tokens[j][2]) and not re.search(r"[.;:!?]", text[tokens[j - 1][1]:tokens[j][0]]):
        return True
    if not agency_after and _POLICE_AFTER.match(text, tokens[j - 1][1]) and not _FORCE_WORD.match(tokens[j - 1][2]):
        return True
    if i == 0:
        return False
    if j < len(tokens) and _SETTLEMENT_AFTER.match(tokens[j][2]) and text[tokens[j - 1][1]:tokens[j][0]] == " " and (
            tokens[i - 1][2].lower() in ("a", "an") or (i >= 2 and tokens[i - 2][2].lower() in ("a", "an")
                                                       and _SIZE.match(tokens[i - 1][2]))):
        return True  # "in a small Ohio town", "an Idaho man": a state or town naming the place of a settlement or person
    prev = tokens[i - 1][2].lower()
    # «полиция Караганды»; «в Тукаевском районе Татарстана»: a district of the place
    if prev in _LOCATIVE or (is_cyrillic(prev) and (AGENCY.match(prev) or gazetteer.is_region_noun(prev))):
        return True
    if prev in ("and", "or", "и", "или") or text[tokens[i - 1][1]:tokens[i][0]].strip() == ",":
        item = tokens[i - 2][2] if prev in ("and", "or", "и", "или") and i >= 2 else tokens[i - 1][2]
        if drug_kind(item):
            return False  # "LSD, MDMA, Ganja, Charas …": an item of a list of drugs is a drug, not a town
        window = [t[2].lower() for t in tokens[max(0, i - 8):i - 1]]
        gap = text[tokens[max(0, i - 8)][0]:tokens[i][0]]
        return any(w in _LOCATIVE for w in window) and not re.search(r"[.;:!?]", gap)
    return False

