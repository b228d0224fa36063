"""Generate a realistic synthetic takedown store of any size.

    python benchmarks/synth.py --facts 100000 --out /tmp/store-100k.json [--seed 1]

Operations with English and Russian names and aliases, markets, sources (Russian and
English articles with their text), and facts of every metric quoted from those texts, with
the figure's span, many countries (Zipf-weighted) and inflected Russian country names.
Records are built with ``store.model`` and validated, written with ``store.storage.serialise``
so ``takedown --db FILE`` opens the result. Deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store import countries  # noqa: E402
from store.model import (  # noqa: E402
    Fact,
    Operation,
    Source,
    sha256_text,
    slugify,
    stable_id,
    to_dict,
)
from store.storage import empty_document, serialise  # noqa: E402
from store.text import to_cyrillic  # noqa: E402

REAL_NAMES = [
    "SpecTor", "Hydra", "Dark HunTor", "DisrupTor", "Bayonet", "Onymous", "RapTor", "SaboTor",
    "Monopoly Market", "AlphaBay", "Hansa", "Wall Street Market", "DarkMarket", "Silk Road", "Empire",
    "Nemesis", "Incognito", "Kingdom", "Archetyp", "Endgame", "Cookie Monster", "Bohemia", "Abacus",
    "Genesis", "Trojan Shield", "Dream Market", "Berlusconi", "Nucleus", "Agora", "Evolution",
]
PREFIXES = ["Dark", "Silk", "Night", "Black", "Deep", "Hidden", "Shadow", "Iron", "Red", "Blue", "Ghost",
            "Onion", "Crypto", "Zero", "Nova", "Titan", "Apex", "Omega", "Polar", "Cobalt"]
SUFFIXES = ["Tor", "Road", "Market", "Bay", "Hub", "Net", "Bazaar", "Vault", "Harbor", "Gate", "Trade",
            "Lane", "Port", "Square", "Exchange", "Nexus", "Haven", "Forge", "Den", "Wharf"]
AGENCIES_EN = ["Europol", "the FBI", "the DEA", "Eurojust", "the National Crime Agency", "the BKA",
               "Dutch police", "German police", "the Justice Department", "Interpol", "the JCODE team"]
AGENCIES_RU = ["Европол", "ФБР", "Управление по борьбе с наркотиками", "Евроюст", "Национальное агентство по борьбе с преступностью",
               "немецкая полиция", "Министерство юстиции США", "Интерпол", "правоохранительные органы"]
OUTLETS = [("BleepingComputer", "en", "news"), ("The Record", "en", "news"), ("Europol", "en", "official"),
           ("Justice.gov", "en", "official"), ("Коммерсантъ", "ru", "news"), ("РБК", "ru", "news"),
           ("Хакер", "ru", "trade_news"), ("SecurityLab", "ru", "trade_news"), ("Dark Reading", "en", "trade_news"),
           ("ТАСС", "ru", "news"), ("Wired", "en", "news"), ("KrebsOnSecurity", "en", "trade_news")]
CURRENCIES = [("USD", "dollars", "долларов"), ("EUR", "euros", "евро"), ("GBP", "pounds", "фунтов"),
              ("RUB", "roubles", "рублей")]
DRUGS_EN = ["cocaine", "heroin", "methamphetamine", "MDMA", "fentanyl", "cannabis", "drugs"]
DRUGS_RU = ["кокаина", "героина", "метамфетамина", "MDMA", "фентанила", "каннабиса", "наркотиков"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]
LAT_SYL = ["ka", "ri", "mo", "ten", "sal", "dor", "vi", "lex", "pro", "mar", "con", "tra", "ble", "gan",
           "ser", "lo", "ment", "ing", "ed", "tion", "al", "er", "ous", "ive"]
RU_SYL = ["ка", "ро", "ми", "тер", "сал", "дор", "ви", "лек", "про", "мар", "кон", "тра", "бле", "ган",
          "сер", "ло", "ние", "ость", "ный", "ого", "ами", "ать", "ения", "ской"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Gen:
    def __init__(self, seed: int, n_facts: int) -> None:
        self.rng = random.Random(seed)
        self.n_facts = n_facts
        all_cc = list(countries.all_countries().values())
        self.rng.shuffle(all_cc)
        # Zipf-weighted countries: a few (US, DE, NL, GB...) dominate, a long tail follows.
        head = [countries.get(c) for c in ("US", "DE", "NL", "GB", "FR", "PL", "AT", "CH", "BR", "RU", "ES", "IT")]
        tail = [c for c in all_cc if c not in head][:120]
        self.countries = head + tail
        self.cc_weights = [1.0 / (i + 1) ** 0.9 for i in range(len(self.countries))]
        self._morph = None
        self._ru_cases: dict[tuple[str, str], str] = {}
        self.vocab_en = self._pseudo_words(LAT_SYL, 6000)
        self.vocab_ru = self._pseudo_words(RU_SYL, 9000)
        self.vocab_cum_en = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(self.vocab_en))))
        self.vocab_cum_ru = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(self.vocab_ru))))
        self.cc_cum = list(itertools.accumulate(self.cc_weights))

    def _pseudo_words(self, syllables: list[str], n: int) -> list[str]:
        words = set()
        while len(words) < n:
            words.add("".join(self.rng.choice(syllables) for _ in range(self.rng.randint(2, 4))))
        return sorted(words, key=lambda w: (len(w), w))

    # -- Russian cases of country names -------------------------------------------------------
    def ru_case(self, name: str, case: str) -> str:
        key = (name, case)
        if key not in self._ru_cases:
            if self._morph is None:
                import pymorphy3

                self._morph = pymorphy3.MorphAnalyzer()
            words = name.split()
            out = []
            for word in words:
                parse = self._morph.parse(word)[0]
                inflected = parse.inflect({case}) if "Fixd" not in parse.tag else None
                form = inflected.word if inflected else word.lower()
                out.append(form[:1].upper() + form[1:] if word[:1].isupper() else form)
            self._ru_cases[key] = " ".join(out)
        return self._ru_cases[key]

    def country(self):
        return self.rng.choices(self.countries, cum_weights=self.cc_cum)[0]

    def filler(self, lang: str, k: int) -> str:
        if lang == "ru":
            return " ".join(self.rng.choices(self.vocab_ru, cum_weights=self.vocab_cum_ru, k=k))
        return " ".join(self.rng.choices(self.vocab_en, cum_weights=self.vocab_cum_en, k=k))

    # -- operations -----------------------------------------------------------------------------
    def operations(self) -> list[Operation]:
        n_ops = max(len(REAL_NAMES), self.n_facts // 80)
        names = list(REAL_NAMES)
        seen = set(names)
        while len(names) < n_ops:
            name = f"{self.rng.choice(PREFIXES)}{self.rng.choice(SUFFIXES)}"
            if self.rng.random() < 0.3:
                name = f"{self.rng.choice(PREFIXES)} {self.rng.choice(SUFFIXES)}"
            if name in seen:
                name = f"{name} {self.rng.randint(2, 99)}"
            if name in seen:
                continue
            seen.add(name)
            names.append(name)
        ops, used = [], set()
        for name in names:
            op_id = slugify(name)
            if op_id in used:
                continue
            used.add(op_id)
            kind = "market_takedown" if any(s in name for s in ("Market", "Bay", "Road", "Bazaar")) or self.rng.random() < 0.3 else "operation"
            year = self.rng.randint(2013, 2025)
            cyr = to_cyrillic(name).title()
            aliases = (f"Operation {name}", f"Операция {name}", cyr) if kind == "operation" else (cyr, f"{name} marketplace")
            markets = tuple(self.rng.sample(names, self.rng.randint(0, 3)))
            if kind == "market_takedown":
                markets = (name, *[m for m in markets if m != name])
            ccs = tuple(dict.fromkeys(self.country().code for _ in range(self.rng.randint(1, 9))))
            ops.append(Operation(
                id=op_id, name=name, aliases=tuple(a for a in aliases if a != name), kind=kind,
                announced=f"{year}-{self.rng.randint(1, 12):02d}" if self.rng.random() < 0.8 else None,
                started=str(year - self.rng.randint(0, 3)) if self.rng.random() < 0.5 else None,
                ended=str(year) if kind == "market_takedown" else None,
                markets=markets, countries=ccs,
            ))
        return ops

    # -- sentences: (text, metric, value, unit, qualifier, country, date, figure_text, detail) ----
    def sentence(self, lang: str, op: Operation, metric: str):
        rng = self.rng
        c = self.country() if rng.random() < 0.8 else None
        market = rng.choice(op.markets) if op.markets else op.name
        year = (op.year or "2020")
        qualifier = rng.choices(["exact", "approximate", "at_least", "at_most"], [6, 2, 2, 1])[0]
        unit, value, date, detail = None, None, None, None
        if metric == "arrests":
            value = rng.choice([rng.randint(1, 30), rng.randint(30, 300), rng.randint(300, 3000)])
            unit = "people"
            fig_en = {"exact": f"{value}", "approximate": f"about {value}", "at_least": f"more than {value}", "at_most": f"up to {value}"}[qualifier]
            fig_ru = {"exact": f"{value}", "approximate": f"около {value}", "at_least": f"более {value}", "at_most": f"до {value}"}[qualifier]
            if lang == "en":
                where = f"in {c.name_en}" if c else "worldwide"
                text = rng.choice([
                    f"{_cap(rng.choice(AGENCIES_EN))} arrested {fig_en} people {where} as part of Operation {op.name}.",
                    f"Police {where} detained {fig_en} suspects linked to {market}.",
                    f"In total, {fig_en} arrests were made {where}, {self.filler('en', rng.randint(2, 6))}.",
                ])
                fig = fig_en
            else:
                where = f"в {self.ru_case(c.name_ru, 'loct')}" if c else "по всему миру"
                text = rng.choice([
                    f"Аресты были произведены по всему миру, {fig_ru} из них – {where}.",
                    f"{_cap(where)} были арестованы {fig_ru} человек по делу {op.name}.",
                    f"{_cap(rng.choice(AGENCIES_RU))} задержали {fig_ru} подозреваемых {where}, {self.filler('ru', rng.randint(2, 6))}.",
                ])
                fig = fig_ru
        elif metric == "seized_money":
            unit, cur_en, cur_ru = rng.choice(CURRENCIES)
            millions = round(rng.uniform(0.1, 120), 1)
            value = int(millions * 1_000_000)
            if lang == "en":
                fig = f"{millions} million {cur_en}"
                text = f"Officers seized {fig} in cash and virtual currencies during the {market} takedown."
            else:
                fig = f"{str(millions).replace('.', ',')} миллиона {cur_ru}"
                text = f"В ходе операции также было изъято {fig} наличными и цифровыми валютами."
            detail = "cash and virtual currencies"
        elif metric == "seized_drugs":
            unit = "kg"
            value = rng.choice([rng.randint(1, 50), rng.randint(50, 2000)])
            drug = rng.randrange(len(DRUGS_EN))
            if lang == "en":
                fig = f"{value} kilograms"
                text = f"{fig.capitalize()} of {DRUGS_EN[drug]} were seized" + (f" in {c.name_en}." if c else " worldwide.")
            else:
                fig = f"{value} килограммов"
                text = f"Изъято {fig} {DRUGS_RU[drug]}" + (f" в {self.ru_case(c.name_ru, 'loct')}." if c else " по всему миру.")
            detail = DRUGS_EN[drug]
        elif metric == "seized_firearms":
            unit = "items"
            value = rng.randint(1, 400)
            if lang == "en":
                fig = f"{value} firearms"
                text = f"Investigators also seized {fig} and {self.filler('en', 3)}."
            else:
                fig = f"{value} единиц"
                text = f"Также изъято {fig} огнестрельного оружия, {self.filler('ru', 3)}."
        else:  # launched / shut_down: events, a date and no value
            month = rng.randint(1, 12)
            date = f"{year}-{month:02d}" if metric == "shut_down" else str(int(year) - rng.randint(1, 4))
            qualifier = "exact"
            if lang == "en":
                fig = f"{MONTHS_EN[month - 1]} {year}" if metric == "shut_down" else date
                text = (f"The servers of {market} were shut down in {fig}" + (f" by authorities in {c.name_en}." if c else ".")
                        if metric == "shut_down" else f"{market} was launched in {fig} and grew quickly.")
            else:
                fig = f"{MONTHS_RU[month - 1]} {year}" if metric == "shut_down" else date
                text = (f"Власти {self.ru_case(c.name_ru, 'gent') if c else 'нескольких стран'} ликвидировали серверы {market} в {fig} года."
                        if metric == "shut_down" else f"{market} действовал в даркнете с {fig} года.")
        if rng.random() < 0.3:  # attributions and asides make quotes less uniform
            text = text[:-1] + (f", {self.filler(lang, rng.randint(3, 8))}." if lang == "en" else f", сообщает {rng.choice(AGENCIES_RU)}.")
        return text, value, unit, qualifier, (c.code if c else None), date, fig, detail


def generate(n_facts: int, seed: int):
    g = Gen(seed, n_facts)
    rng = g.rng
    ops = g.operations()
    metrics = ["arrests"] * 5 + ["seized_money"] * 3 + ["seized_drugs"] * 3 + ["seized_firearms"] * 2 + ["launched", "shut_down"]
    sources: list[Source] = []
    facts: list[Fact] = []
    seen_ids: set[str] = set()
    src_no = 0
    while len(facts) < n_facts:
        src_no += 1
        outlet, lang, tier = rng.choice(OUTLETS)
        op = rng.choice(ops) if rng.random() < 0.7 else ops[min(int(rng.paretovariate(1.0)) - 1, len(ops) - 1)]
        year = int(op.year or 2020)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title = (f"{op.name}: {rng.choice(['police take down', 'arrests in', 'inside'])} {rng.choice(op.markets or (op.name,))}"
                 if lang == "en" else f"Операция {op.name}: {rng.choice(['задержания', 'ликвидация', 'итоги'])} {g.filler('ru', 2)}")
        parts: list[str] = []
        pending: list[tuple] = []
        pos = 0
        for _ in range(rng.randint(4, 12)):
            if rng.random() < 0.35:
                filler = (g.filler(lang, rng.randint(6, 18)).capitalize() + ".")
                parts.append(filler)
                pos += len(filler) + 1
                continue
            metric = rng.choice(metrics)
            s = g.sentence(lang, op, metric)
            text = s[0]
            offset = text.find(s[6])
            if offset < 0:
                offset = 0
            pending.append((s, pos + offset, pos + offset + len(s[6])))
            # a sentence can state two figures (arrests and money): two facts, one quote
            if rng.random() < 0.25:
                pending.append((s, pos + offset, pos + offset + len(s[6])))
            parts.append(text)
            pos += len(text) + 1
        body = " ".join(parts)
        src = Source(
            id=stable_id("src", seed, src_no), title=title, language=lang, published=published,
            origin=f"https://{outlet.lower().replace(' ', '').replace('ъ', '')}.example/{year}/{src_no}",
            text=body, sha256=sha256_text(body), tier=tier, kind="article",
        )
        sources.append(src)
        for k, (s, start, end) in enumerate(pending):
            text, value, unit, qualifier, cc, date, fig, detail = s
            fid = stable_id("f", src.id, k, start)
            if fid in seen_ids:
                continue
            seen_ids.add(fid)
            metric = ("arrests" if unit == "people" else "seized_drugs" if unit == "kg" else "seized_firearms"
                      if unit == "items" else "seized_money" if unit else ("shut_down" if date and "-" in date else "launched"))
            facts.append(Fact(
                id=fid, operation=op.id, metric=metric, value=value, unit=unit, qualifier=qualifier,
                country=cc, date=date, source=src.id, quote=text, start=start, end=end, detail=detail,
                value_text=None, attributed_to=None,
            ))
            if len(facts) >= n_facts:
                break
    return sources, ops, facts


def document(sources, ops, facts) -> dict:
    doc = empty_document()
    for table, records in (("sources", sources), ("operations", ops), ("facts", facts)):
        doc[table] = {str(i): to_dict(r) for i, r in enumerate(records, 1)}
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-validate", action="store_true", help="skip record.validate() (faster at 1M)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    sources, ops, facts = generate(args.facts, args.seed)
    if not args.no_validate:
        for record in (*sources, *ops, *facts):
            record.validate()
    payload = serialise(document(sources, ops, facts))
    Path(args.out).write_bytes(payload)
    print(f"{args.out}: {len(facts)} facts, {len(ops)} operations, {len(sources)} sources, "
          f"{len(payload) / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
