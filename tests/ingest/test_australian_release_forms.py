"""Australian police and border copy (#16, enlocal batch 8): an ISO code glued to the digits
("AUD2.4 million (almost $1.6 million)") is the figure and its bracket a conversion; the same sum
restated later as "$2.4million" is no second figure; "the authorities located 30g of MDMA" is a
find; "The 41-year-old Dandenong man was arrested" counts one."""

from tests.ingest.phrases import facts


def test_a_glued_iso_code_and_its_restatement_are_one_figure():
    story = ("The Western Australia Police Force has confiscated around AUD2.4 million (almost $1.6 million) worth of cryptocurrency in a drug bust. "
             "\"The freezing of over $2.4million of cryptocurrency shows how we now work,\" a detective said.")
    assert [f for f in facts(story) if f[0] == "seized_money"] == [("seized_money", 2400000, "AUD", "AU")]


def test_authorities_located_is_a_find():
    story = "Border Force officers in Perth screened the mail. The authorities located 30g of MDMA in a package bound for Perth."
    assert [f[:3] for f in facts(story)] == [("seized_drugs", 0.03, "kg")]


def test_the_aged_man_named_by_his_suburb_is_one_arrest():
    story = ("AFP officers executed search warrants in the Melbourne suburbs of Dandenong and Noble Park on Tuesday. "
             "The 41-year-old Dandenong man was subsequently arrested and charged.")
    assert [f[:3] for f in facts(story)] == [("arrests", 1, "people")]
