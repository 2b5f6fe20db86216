"""Round 180 (session 22): answers — English words the lexicon lacked (the dead and remains of a war,
explosives cleared, flights and space, study and research: "pilots died", "explosive items destroyed",
"doctoral students", "researchers", "flew into space"); a paragraph read with the section heading right
above it rather than a farther line "… như sau:" (the year of "I. KẾT QUẢ NĂM 2030"); "North Korean" as
North Korea's adjective, not "Korean" (South Korea's); a border gate's name after "tại cửa khẩu quốc tế";
"được Quốc hội bầu giữ chức vụ" as an election.

Sentences and documents written here; a negative case each."""

from __future__ import annotations

import pytest

from doingoai.answer import actors
from doingoai.answer.english import en_vi
from doingoai.question_cues import mentions_kind
from store_fixtures import ingested_kb

ENTRY = """Quan hệ hữu nghị Việt Nam – Mông Cổ

Từ năm 1966 đến năm 1968, Mông Cổ cử phi công sang huấn luyện cho không quân Việt Nam; 9 phi công đã hy sinh trên đất Việt Nam.

Năm 2029, hai bên phối hợp rà phá và tiêu hủy 3.200 vật liệu nổ còn sót lại sau chiến tranh tại tỉnh Quảng Trị.

Năm 2030, Bộ Giáo dục và Đào tạo cử 35 nghiên cứu sinh sang Mông Cổ theo học bổng của Chính phủ Mông Cổ.

Năm 2031, hai bên tổ chức Hội chợ thương mại biên giới Việt Nam – Mông Cổ tại cửa khẩu quốc tế Mộc Bài.
"""

PLAN = """UBND TỈNH QUẢNG TRỊ

KẾ HOẠCH
Hợp tác với các địa phương của Lào năm 2031 – 2032

Thực hiện chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh xây dựng Kế hoạch hợp tác năm 2031 – 2032 như sau:

I. KẾT QUẢ NĂM 2030

Đội công tác số 5 phối hợp với tỉnh Xa-vẳn-na-khẹt tiếp nhận được 17 bộ hồ sơ; lễ bàn giao tổ chức tại cửa khẩu Lao Bảo.

II. NHIỆM VỤ NĂM 2031

Đội công tác số 5 tiếp tục phối hợp với tỉnh Xa-vẳn-na-khẹt thu thập thông tin.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"muc-tu.txt": ENTRY, "ke-hoach.txt": PLAN}, "round180.sqlite")


def test_words_read():
    assert "hy sinh" in (en_vi("died") or ())
    assert en_vi("pilots") == ("phi công",)
    assert "vật liệu nổ" in (en_vi("explosive") or ())
    assert "tiêu hủy" in (en_vi("destroyed") or ())
    assert "nghiên cứu sinh" in (en_vi("doctoral") or ())
    assert "phòng thí nghiệm" in (en_vi("laboratories") or ())
    assert en_vi("flew") == ("bay",)


def test_entries_above_win():
    assert en_vi("held") == ("tổ chức", "diễn ra")  # the lexicon's own reading is kept
    assert en_vi("zzzzz") is None


def test_pilots_died(kb):
    ans = kb.ask("How many Mongolian pilots died in Vietnam?").to_dict()
    assert ans["answer"] is not None and "9" in ans["answer"]


def test_explosive_items_destroyed(kb):
    ans = kb.ask("How many explosive items were destroyed in 2029?").to_dict()
    assert "3.200" in (ans["answer"] or "")


def test_doctoral_students(kb):
    ans = kb.ask("How many doctoral students were sent to Mongolia in 2030?").to_dict()
    assert "35" in (ans["answer"] or "")


def test_heading_year_over_a_farther_lead_line(kb):
    ans = kb.ask("Năm 2030 Đội công tác số 5 tiếp nhận được bao nhiêu bộ hồ sơ?").to_dict()
    assert "17" in (ans["answer"] or "")


def test_no_answer_for_a_year_nothing_says(kb):
    ans = kb.ask("Năm 2027 Đội công tác số 5 tiếp nhận được bao nhiêu bộ hồ sơ?").to_dict()
    assert "17" not in (ans["answer"] or "")


def test_north_korean_is_north_korea():
    codes = actors.codes_in("How many North Korean pilots died in Vietnam?", english=True)
    assert "PRK" in codes and "KOR" not in codes
    assert actors.strip_sided("the North Korean leader") == "the   leader"
    assert "KOR" in {actors.adjective_country("Korean")}  # "Korean" alone stays South Korea's


def test_border_gate_place(kb):
    ans = kb.ask("Hội chợ thương mại biên giới Việt Nam – Mông Cổ năm 2031 tổ chức ở đâu?").to_dict()
    assert ans["answer"] == "Mộc Bài"


def test_elected_by_the_assembly_cue():
    assert mentions_kind(("membership.elect",), "kể từ khi được Quốc hội bầu giữ chức vụ này ngày 2/6/2031")
    assert mentions_kind(("membership.elect",), "ông được Đại hội bầu làm Tổng Thư ký")
    assert not mentions_kind(("membership.elect",), "Quốc hội thông qua nghị quyết về ngân sách")


def test_initialled_is_a_relation_word():
    from doingoai.question import analyse

    assert "ký tắt" in analyse("Hiệp định được ký tắt ngày nào?").relations
    assert "ký tắt" in analyse("When was the agreement initialled?").relations
    assert "ký tắt" not in analyse("Hiệp định được ký ngày nào?").relations
