"""Russian security-service wordings of one haul and of frozen funds. Own sentences.

- «Речь идет о …» says what the sentence before was about: its weight is that seizure's figure;
- «9 тонн и 420 килограммов» is one weight in two units, joined by «и»;
- «арестовано криптовалюты на 4 млн долларов», «заблокированы 12 криптокошельков с активами на 1,5 млн
  долларов» are funds frozen — seized money;
- «сырья маковой соломы» is what drugs are made from, not drugs."""

from tests.ingest.phrases import facts


def test_a_specifying_sentence_reads_the_seizure_before_it():
    got = facts("В порту Актау изъята крупная партия наркотиков. Речь идет о героине весом 2 тонны и 40 килограммов.")
    assert [(m, v) for m, v, _, _ in got] == [("seized_drugs", 2040)]


def test_a_weight_in_two_units_joined_by_and_is_one_figure():
    got = facts("Таможенники изъяли кокаин общим весом 9 тонн и 420 килограммов.")
    assert [(m, v) for m, v, _, _ in got] == [("seized_drugs", 9420)]


def test_two_drugs_joined_by_and_stay_two_figures():
    got = facts("Изъято 2 тонны гашиша и 300 кг кокаина.")
    assert sorted(v for m, v, _, _ in got) == [300, 2000]


def test_arrested_crypto_is_seized_money():
    got = facts("В Караганде арестовано криптовалюты на 4 млн долларов.")
    assert [(m, v, u) for m, v, u, _ in got] == [("seized_money", 4000000, "USD")]


def test_blocked_wallets_holding_assets_are_seized_money():
    got = facts("В Павлодаре заблокированы 12 криптокошельков с активами на 1,5 млн долларов.")
    assert [(m, v, u) for m, v, u, _ in got] == [("seized_money", 1500000, "USD")]


def test_raw_material_is_no_drug():
    got = facts("Изъято более 400 кг наркотиков и 9 тонн сырья маковой соломы.")
    assert [(m, v) for m, v, _, _ in got] == [("seized_drugs", 400)]
