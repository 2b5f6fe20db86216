"""Round 121 (session 18): answers — what the newest working sets missed with no answer at all.

* Relations dated from their start: "nước có quan hệ ngoại giao với Việt Nam từ ngày …" says when they were
  established; "Từ quan hệ Đối tác toàn diện thiết lập năm …" names the level set up then.
* A news item's sentence opening with a day and month and no year ("Hà Nội (TTXVN) – Chiều 5/9, …") is of
  its document's year and month.
* "năm đó" / "cùng năm" is the year the paragraph told just before ("Ngày 2/3/1976, … Cuối năm đó, …").
* English adjectives made from a name ending in "-o" ("Mexican"); Vietnam's ministries by their English names
  ("the Ministry of Industry and Trade" is "Bộ Công Thương").
* A negated act said by the act's noun and "chưa thực hiện được" ("Việc ký … chưa thực hiện được do …").

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.actors import adjective_country
from doingoai.answer.asked import Negation, negation_at
from doingoai.answer.context import analyse_question
from doingoai.answer.date_spans import dated_by_day, item_month
from doingoai.answer.english import en_phrases
from doingoai.answer.lexicon import EN_VI
from doingoai.answer.relative import story_year
from doingoai.answer.terms import required_names
from doingoai.fold import fold
from doingoai.question_cues import mentions_kind, relation_levels
from store_fixtures import ingested_kb

PLAN = """SỞ Y TẾ

KẾ HOẠCH
Hợp tác y tế với Ghana năm 2027

I. TÌNH HÌNH

Với Ghana, nước có quan hệ ngoại giao với Việt Nam từ ngày 4/8/1965, hợp tác y tế mới dừng ở mức
trao đổi đoàn; Bản ghi nhớ giữa hai Sở chưa được ký.

II. NHIỆM VỤ

1. Việc ký thỏa thuận với Sở Y tế vùng Accra chưa thực hiện được do phía bạn tổ chức lại bộ máy.
"""

ARTICLE = """QUAN HỆ VIỆT NAM – PANAMA

Ngày 28/8/1975, Panama thiết lập quan hệ ngoại giao với Việt Nam. Cuối năm đó, Chính phủ Panama
tặng Việt Nam 500 tấn đường (Trần Văn Bình, 2019, tr. 12).
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(
        tmp_path_factory, {"ke-hoach.txt": PLAN, "bai-viet.txt": ARTICLE}, "round121.sqlite"
    )


def test_relations_dated_from_their_start():
    said = "nước có quan hệ ngoại giao với Việt Nam từ ngày 4/8/1965, hợp tác mới bắt đầu"
    assert mentions_kind(("relations.establish",), said)
    # negative: relations said, no start dated
    assert not mentions_kind(("relations.establish",), "Quan hệ ngoại giao hai nước phát triển tốt đẹp.")


def test_relations_start_asked(kb):
    a = kb.ask("Việt Nam và Ghana thiết lập quan hệ ngoại giao ngày nào?")
    assert a.answer == "4/8/1965"


def test_level_set_up_after_from():
    said = fold(
        "Từ quan hệ Đối tác toàn diện thiết lập năm 2010, hai nước nâng quan hệ lên Đối tác chiến lược."
    )
    assert frozenset({"toan dien"}) in relation_levels(said)
    # negative: the level relations were raised from is still none
    raised = fold("Hai nước nâng quan hệ từ Đối tác chiến lược lên Đối tác chiến lược toàn diện.")
    assert frozenset({"chien luoc"}) not in relation_levels(raised)


def test_day_opening_a_news_sentence():
    said = "Hà Nội (TTXVN) – Chiều 5/9 (giờ địa phương), Thủ tướng hội kiến Tổng thống nước bạn."
    assert dated_by_day(said)
    assert item_month(said, "năm 2025") == "tháng 9/2025"
    # negative: a full date dates itself
    assert not dated_by_day("Ngày 5/9/2024, Thủ tướng hội kiến Tổng thống nước bạn.")


def test_year_of_the_story_before():
    before = "Ngày 28/8/1975, Panama thiết lập quan hệ ngoại giao với Việt Nam. "
    said = "Cuối năm đó, Chính phủ Panama tặng Việt Nam 500 tấn đường (Trần Văn Bình, 2019, tr. 12)."
    assert story_year(said, before) == " năm 1975"
    # negative: a sentence writing its own year, or a paragraph before it
    assert story_year("Cùng năm 1980, hai bên ký hiệp định.", before) == ""
    assert story_year(said, before + "\n\nTiêu đề mới\n") == ""


def test_story_year_answers(kb):
    a = kb.ask("Chính phủ Panama tặng Việt Nam bao nhiêu tấn đường năm 1975?")
    assert a.answer is not None and "500" in a.answer


def test_adjective_of_a_name_ending_in_o():
    assert adjective_country("Mexican") == "MEX"
    assert adjective_country("Moroccan") == "MAR"
    # negative: no state named "Americo"
    assert adjective_country("American") is None


def test_ministry_by_english_name():
    text = en_phrases("Why was the Ministry of Industry and Trade's mission postponed?")
    word = next(w for w in text.split() if w.startswith("ministry"))
    assert EN_VI[word] == ("Bộ Công Thương",)
    q = analyse_question("Why was the Ministry of Industry and Trade's mission to Hanoi postponed?")
    assert ("Trade",) not in required_names(q, set())
    # negative: "ministry" alone is no ministry's name
    assert en_phrases("Which ministry leads the plan?") == "Which ministry leads the plan?"


def test_act_said_not_done():
    said = "Việc ký thỏa thuận với Sở Y tế vùng Accra chưa thực hiện được do phía bạn tổ chức lại bộ máy."
    assert negation_at(Negation(("ky",)), said) is not None
    # negative: the act done
    assert negation_at(Negation(("ky",)), "Việc ký thỏa thuận với Sở Y tế vùng Accra đã hoàn thành.") is None


def test_why_not_signed(kb):
    a = kb.ask("Why has the agreement with the Accra health department not been signed?")
    assert a.evidence is not None and "tổ chức lại bộ máy" in a.evidence["text"]
