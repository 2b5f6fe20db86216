"""Round 56 (session 14): English questions on amounts with no Vietnamese unit or cue word.

* "How much did X give / pledge?", "How much rice …?", "How large …?": an amount told with a magnitude,
  a currency, a weight or a share ("100.000 USD", "500 tấn"); "How long / wide …?": a length or a span
  of time; a bare number ("30 năm") is no answer to them;
* a number naming a month, an article, a page or a resolution ("Tháng 9", "Điều 14", "tr. 134") is
  no amount;
* the lexicon of amounts ("pledge" -> "cam kết", "doctors" -> "bác sĩ", "rice" -> "gạo").

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.amounts import counts_unit, measure_after
from doingoai.answer.english import en_vi
from doingoai.answer.number_spans import amount_with_unit, find_number
from doingoai.question import analyse
from store_fixtures import ingested_kb


# --- an amount told in what the question measures ----------------------------------------------
@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "How much did the foundation pledge?",
            "Nhân dịp kỷ niệm 20 năm thành lập, quỹ cam kết tài trợ 2,5 triệu USD cho các trường.",
            "2,5",
        ),
        (
            "How much rice did the province send?",
            "Tháng 4, tỉnh gửi 300 tấn gạo cho 12 xã bị bão.",
            "300",
        ),
        (
            "How long is the new railway?",
            "Tuyến đường sắt có 14 nhà ga, dài 420 km.",
            "420",
        ),
    ],
)
def test_an_amount_told_in_what_is_measured(question, sentence, expected):
    found = find_number(analyse(question), sentence, [])
    assert found is not None and found[0] == expected


def test_a_bare_number_does_not_answer_how_much_but_a_count_question_keeps_it():
    q = "How much did the foundation give?"
    sentence = "Quỹ kỷ niệm 20 năm thành lập."
    assert not counts_unit(q, sentence, sentence.index("20") + 2)
    assert counts_unit("How many years did it take?", sentence, sentence.index("20") + 2)
    assert measure_after("How many schools did the foundation fund?") is None
    assert measure_after("Bao nhiêu trường được tài trợ?") is None


def test_an_amount_prints_its_weight():
    sentence = "tỉnh gửi 300 tấn gạo"
    start = sentence.index("300")
    assert amount_with_unit(sentence, ("300", start, start + 3))[0] == "300 tấn"


# --- a number that names, not counts -------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Tháng 9, tỉnh tiếp đoàn cán bộ của bạn.",
        "Theo Điều 14 của Hiệp định, hai bên tham vấn.",
        "Chè là mặt hàng chủ lực (Nguyễn Văn A, 2021, tr. 88).",
    ],
)
def test_a_number_naming_a_month_an_article_or_a_page_is_no_amount(sentence):
    assert find_number(analyse("How many officials did the province receive?"), sentence, []) is None


def test_a_count_after_a_month_is_still_an_amount():
    found = find_number(
        analyse("How many officials did the province receive?"), "Tháng 9, tỉnh tiếp 25 cán bộ.", []
    )
    assert found is not None and found[0] == "25"


# --- the lexicon of amounts ---------------------------------------------------------------------
def test_english_words_of_amounts_reach_vietnamese():
    assert "cam kết" in (en_vi("pledged") or ())
    assert "bác sĩ" in (en_vi("doctors") or ())
    assert "gạo" in (en_vi("rice") or ())
    assert en_vi("gave") == ("trao tặng", "viện trợ")  # an entry of the main lexicon wins


PLAN = """KẾ HOẠCH HỢP TÁC Y TẾ VỚI XÊ-NÊ-GAN NĂM 2026

1. Tổ chức hội thảo kỷ niệm 40 năm hợp tác y tế giữa hai nước tại Đa-ca.

2. Tiếp nhận 12 bác sĩ Xê-nê-gan sang đào tạo về y học cổ truyền tại Hà Nội.

3. Quỹ hữu nghị cam kết tài trợ 800.000 USD cho bệnh viện tỉnh Thi-ét.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"ke-hoach.txt": PLAN}, "round56.sqlite")


def test_how_many_doctors_from_the_sentence_counting_doctors(kb):
    ans = kb.ask("How many Senegalese doctors will be trained in traditional medicine?")
    assert ans.answer == "12"


def test_how_much_pledged_is_money(kb):
    ans = kb.ask("How much did the friendship fund pledge for the hospital?")
    assert ans.answer == "800.000 USD"
    ans = kb.ask("How many years of health cooperation will the seminar mark?")
    assert ans.answer != "800.000 USD"


def test_no_amount_word_is_shadowed_by_the_lexicon():
    """Every word of lexicon_amounts takes effect: one the lexicon already holds would be dead (an entry there wins)."""
    from doingoai.answer.lexicon import EN_VI
    from doingoai.answer.lexicon_amounts import AMOUNT_WORDS

    assert {w for w, vi in AMOUNT_WORDS.items() if EN_VI[w] != vi} == set()
