"""Round 140 (session 19): answers — another act's date, a negated item, a subject only in the heading.

* "When did X suspend the talks?": the date of the sentence saying the suspension ("đình chỉ", "tạm dừng"),
  never the talks' start said in the same passage.
* An English "not yet started / still not approved / not yet joined" is said in Vietnamese by a verb of the
  same sense its lexicon does not list ("chưa được triển khai", "chưa được chấp thuận", "chưa có sự tham gia").
* "Who was the minister who welcomed the decision?": the person of the sentence saying "hoan nghênh", not
  the one who signed the agreement decided on.
* "Hội đồng gồm chín thành viên …" under the heading "Hội đồng tư vấn khoa học" speaks of that council.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.asked import negation_at, negation_of
from doingoai.answer.headed import _opens_with_head
from doingoai.answer.lexicon_acts import says_act
from doingoai.question import analyse
from doingoai.question_cues import actions
from store_fixtures import ingested_kb

TALKS = """Quan hệ Na Uy – Ma-rốc

Bài viết điểm lại quá trình đàm phán hiệp định thương mại giữa Na Uy và Ma-rốc từ năm 1998 đến nay.
Ngày 5/6/2021, Bộ Ngoại giao Na Uy tuyên bố đình chỉ đàm phán với Ra-bát.
"""

COUNCIL = """Quỹ Bảo tồn Rừng nhiệt đới

Quỹ được thành lập năm 1991 tại Nai-rô-bi.

Hội đồng phòng chống sa mạc hóa

Hội đồng gồm chín chuyên gia độc lập, do các nước đóng góp bầu với nhiệm kỳ ba năm.
"""

REPORT = """Báo cáo công tác năm 2025

Đề xuất mời chuyên gia của Hội đồng phòng chống sa mạc hóa sang làm việc chưa được thực hiện.
Vụ đã cử chuyên gia dự phiên họp của Hội đồng phòng chống sa mạc hóa tại Nai-rô-bi.
Các chuyên gia của Vụ trao đổi với Hội đồng phòng chống sa mạc hóa về báo cáo quốc gia.
Chuyên gia của Hội đồng phòng chống sa mạc hóa đã tập huấn cho cán bộ địa phương.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(
        tmp_path_factory,
        {"dam-phan.txt": TALKS, "quy.txt": COUNCIL, "bao-cao.txt": REPORT},
        "round140.sqlite",
    )


def test_suspension_asked_is_an_action():
    assert "dinh chi" in actions("when did the country suspend the trade talks?")
    assert "tam dung" in actions("hai nuoc tam dung dam phan khi nao?")
    # negative: the talks' start asks no suspension
    assert not actions("when did the two countries start the trade talks?")


def test_suspension_date_not_the_start(kb):
    answer = kb.ask("Na Uy đình chỉ đàm phán hiệp định thương mại với Ma-rốc khi nào?").answer or ""
    assert "2021" in answer and "1998" not in answer
    # negative: the talks' start is still the start
    assert "1998" in (kb.ask("Na Uy và Ma-rốc bắt đầu đàm phán hiệp định thương mại năm nào?").answer or "")


def test_not_yet_started_said_by_another_verb():
    neg = negation_of(analyse("With which university has the programme not yet started?"))
    assert negation_at(neg, "Chương trình với Đại học Hạ Long vẫn chưa được triển khai.") is not None
    joined = negation_of(analyse("Which country has not yet joined the programme?"))
    assert negation_at(joined, "Chương trình có năm nước, song chưa có sự tham gia của Lào.") is not None
    # negative: a sentence saying it was done
    assert negation_at(neg, "Chương trình với Đại học Hạ Long đã được triển khai.") is None


def test_bare_head_noun_takes_its_heading():
    assert _opens_with_head("Hội đồng gồm chín thành viên.", "Hội đồng tư vấn khoa học")
    assert _opens_with_head("Theo Điều 4, Hội đồng họp mỗi năm.", "Hội đồng tư vấn khoa học")
    # negative: the sentence writes the full name itself, or another subject
    assert not _opens_with_head("Hội đồng tư vấn khoa học họp mỗi năm.", "Hội đồng tư vấn khoa học")
    assert not _opens_with_head("Quỹ gồm chín thành viên.", "Hội đồng tư vấn khoa học")


def test_count_under_heading(kb):
    assert kb.ask("Hội đồng phòng chống sa mạc hóa gồm bao nhiêu chuyên gia?").answer == "chín"


def test_welcomed_is_an_act_told():
    q = "Who was the trade minister who welcomed the decision?"
    assert says_act(q, True, "Bộ trưởng Thương mại Lê Văn An hoan nghênh quyết định này.")
    # negative: the sentence of the signing names another minister
    assert not says_act(q, True, "Hiệp định do Bộ trưởng Thương mại Trần Bình ký năm 2015.")
