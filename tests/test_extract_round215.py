"""Round 215 (session 23): answers — "6 tháng đầu năm" after an acronym and "the first half" are no ordinals;
an English question whose only marked word is a loan ("communiqué") is English; an amount question's own verb
right before an amount ("phong tỏa khoảng 7 tỷ USD") says the act asked, and its amount is the answer;
"chaired" is "chủ trì / chủ tọa", "world", "children" and "multi" are translated.

Sentences and documents written here; a negative case each."""

from __future__ import annotations

import pytest

from doingoai.answer.amount_verbs import amount_of_verb, asked_verb, tells_asked_amount
from doingoai.answer.context import analyse_question
from doingoai.answer.lexicon import EN_VI
from doingoai.ordinals import ordinals_in
from doingoai.question_qualifiers import detect_lang
from store_fixtures import ingested_kb

NEWS = """MỸ TRỪNG PHẠT CÔNG TY DẦU KHÍ

Oa-sinh-tơn (TTXVN) – Ngày 3/2, Bộ Tài chính Mỹ công bố lệnh trừng phạt Công ty dầu khí Lam Sơn.

Theo Nhà Trắng, biện pháp này sẽ phong tỏa khoảng 4 tỷ USD tài sản của công ty và khiến nước này mất hơn 9 tỷ USD doanh thu.

Kim ngạch thương mại Việt Nam – SACU 6 tháng đầu năm 2024 ước đạt 2,4 tỷ USD.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"trungphat.txt": NEWS}, "round215.sqlite")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Kim ngạch Việt Nam – EAEU 6 tháng đầu năm 2025 ước đạt bao nhiêu?", frozenset()),
        ("Vốn ODA 9 tháng giải ngân bao nhiêu?", frozenset()),
        ("How much did imports rise in the first half of 2025?", frozenset()),
        ("in the first six months of 2024", frozenset()),
        ("ASEM 5 diễn ra ở đâu?", frozenset({5})),  # an acronym's number is still its ordinal
        ("Where was the first summit held?", frozenset({1})),
        ("in the first quarter", frozenset({1})),
    ],
)
def test_periods_are_no_ordinals(text, wanted):
    assert ordinals_in(text) == wanted


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Who signed the joint communiqué on diplomatic relations for Vietnam?", "en"),
        ("Who is Bruno Rodríguez Parrilla?", "en"),
        ("Ai là người ký thông cáo?", "vi"),
        ("Which provinces take part with Lạng Sơn in it?", "en"),
        ("Có bao nhiêu nước ký?", "vi"),
    ],
)
def test_loans_with_accents_keep_a_question_english(question, lang):
    assert detect_lang(question) == lang


def test_asked_verb_before_its_amount():
    q = "Lệnh trừng phạt phong tỏa khoảng bao nhiêu tài sản?"
    s = "biện pháp này sẽ phong tỏa khoảng 4 tỷ USD tài sản và khiến nước này mất hơn 9 tỷ USD doanh thu"
    assert asked_verb(q) == "phong tỏa"
    assert tells_asked_amount(q, s)
    assert amount_of_verb(q, s) is not None and amount_of_verb(q, s)[0] == "4"
    assert asked_verb("UNTAC đã đưa bao nhiêu người về nước?") == "đưa"
    # a generic verb says no act; a sentence with the verb but no amount after it says none
    assert asked_verb("Hiệp hội có bao nhiêu thành viên?") is None
    assert asked_verb("Kim ngạch ước đạt bao nhiêu?") is None
    assert not tells_asked_amount(q, "Mỹ tuyên bố sẽ phong tỏa tài sản của công ty vào năm 2025.")


def test_chaired_world_children_multi_translated():
    assert "chủ trì" in EN_VI["chaired"] and "chủ tọa" in EN_VI["chaired"]
    assert EN_VI["world"] == ("thế giới",) and EN_VI["children"] == ("trẻ em",)
    assert "nhiều bên" in EN_VI["multi"]


def test_questions_of_a_knowledge_base(kb):
    frozen = kb.ask("Lệnh trừng phạt phong tỏa khoảng bao nhiêu tài sản?")
    assert frozen.answer is not None and frozen.answer.startswith("4 tỷ USD")
    trade = kb.ask("Kim ngạch thương mại Việt Nam – SACU 6 tháng đầu năm 2024 ước đạt bao nhiêu?")
    assert trade.answer == "2,4 tỷ USD"
    assert (
        analyse_question("Kim ngạch Việt Nam – SACU 6 tháng đầu năm 2024 đạt bao nhiêu?").ordinals
        == frozenset()
    )
