"""A figure after an -ing participle or a Russian deeprichastie is the lead's figure (#16).

"…, having seized nearly 12 kilograms of MDMA", "after seizing 35 kg", «изъяв 14 кг мефедрона и
задержав её организатора»: the participle carries the seizure or the arrest as a finite verb would,
and a fronted participle clause with a place of its own ("After seizing 35 kg of cocaine in Spain,
Portuguese police arrested six") keeps that place for its figure, apart from the main clause's."""

from tests.ingest.phrases import facts


def test_an_ing_participle_in_the_lead_carries_the_seizure():
    assert facts("Europol said on Tuesday it had dismantled the Quillmoor market, having seized nearly 12 kilograms of "
                 "drugs and €2.5 million in crypto.") == [("seized_drugs", 12, "kg", None), ("seized_money", 2500000, "EUR", None)]
    assert facts("Police closed the shop, arresting eleven and seizing 7 kilograms of MDMA.") == [
        ("arrests", 11, "people", None), ("seized_drugs", 7, "kg", None)]


def test_a_fronted_participle_clause_keeps_its_own_place():
    assert facts("After seizing 35 kg of cocaine in Spain, Portuguese police arrested six people.") == [
        ("arrests", 6, "people", "PT"), ("seized_drugs", 35, "kg", "ES")]
    assert facts("Изъяв 35 кг кокаина в Латвии, литовские полицейские задержали шестерых.") == [
        ("arrests", 6, "people", "LT"), ("seized_drugs", 35, "kg", "LV")]


def test_a_russian_deeprichastie_holds_the_one_person_arrested():
    assert facts("Сотрудники УФСБ, задержав курьера, изъяли 4 кг гашиша.") == [
        ("arrests", 1, "people", None), ("seized_drugs", 4, "kg", None)]
    assert facts("Полицейские ликвидировали лабораторию в Подмосковье, изъяв 14 кг мефедрона и задержав её организатора.") == [
        ("arrests", 1, "people", "RU"), ("seized_drugs", 14, "kg", "RU")]
