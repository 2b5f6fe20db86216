"""Round 162 (session 21): answers — a year written only as the one compared with, a paragraph under a heading
writing the year, an entry titled by the asked actor's name, "thương mại hai chiều" for the parties named
before (an issuer's line in capitals), a place-and-date line as no amount, "X mới" as another thing than X,
"assassinated", "mediator", "accompany" ("đồng hành"), "the 55th anniversary", a legal text's line "Có hiệu lực
từ ngày …".

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.blocks import in_force_line
from doingoai.answer.clauses import new_of_asked, place_date_line
from doingoai.answer.lexicon_acts import ACTS, says_act
from doingoai.answer.relative import document_year
from doingoai.answer.required import has_deixis, ordinals_ok
from doingoai.fold import fold
from doingoai.question_cues import actions
from store_fixtures import ingested_kb

REPORT = """BỘ CÔNG THƯƠNG

THƯƠNG VỤ VIỆT NAM TẠI PHÁP

Số: 21/BC-TVP

Pa-ri, ngày 28 tháng 12 năm 2025

BÁO CÁO Kết quả công tác năm 2025

I. KẾT QUẢ

1. Tháng 6/2025, đưa 9 doanh nghiệp Việt Nam dự Hội chợ SIAL tại Pa-ri; giá trị đơn hàng ước đạt 4 triệu đô-la Mỹ.

2. Kim ngạch thương mại hai chiều ước đạt 6,2 tỷ đô-la Mỹ, tăng 7% so với năm 2024.

II. KẾ HOẠCH NĂM 2026

Phối hợp tổ chức Tuần hàng Việt Nam tại Ly-ông, dự kiến mời 45 doanh nghiệp tham gia.
"""

ENTRY = """Ê-ri-tơ-rê-a

Ê-ri-tơ-rê-a là quốc gia ở vùng Sừng châu Phi, thủ đô là Át-ma-ra.

Từ năm 1998 đến năm 2000, chiến tranh biên giới nổ ra với Ê-ti-ô-pi-a. Hiệp định hòa bình được hai bên ký tại An-giê ngày 12/12/2000.
"""

CANAL = """Kênh đào Pa-na-ma

Kênh đào Pa-na-ma là tuyến đường thủy nối Đại Tây Dương với Thái Bình Dương, khánh thành ngày 15/8/1914.

Ngày 26/6/2016, Pa-na-ma khánh thành Kênh đào Pa-na-ma mới.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    docs = {"bao-cao.txt": REPORT, "eritrea.txt": ENTRY, "kenh-dao.txt": CANAL}
    yield from ingested_kb(tmp_path_factory, docs, "round162.sqlite")


def test_compared_year_is_not_the_sentences_own():
    said = "Kim ngạch xuất khẩu đạt 120 triệu USD, tăng 9% so với năm 2023."
    assert document_year(said, "Báo cáo năm 2024", "2024-12-20") == "năm 2024"
    # negative: a year the sentence tells as its own
    assert document_year("Năm 2023, kim ngạch đạt 120 triệu USD.", "Báo cáo năm 2024", "2024-12-20") == ""


def test_two_way_trade_points_to_the_parties():
    assert has_deixis("Kim ngạch thương mại hai chiều ước đạt 3 tỷ đô-la Mỹ.")
    assert has_deixis("Thương mại song phương tăng 10%.")
    # negative: "song phương" of no trade
    assert not has_deixis("Việt Nam đề nghị tổ chức cuộc gặp song phương.")


def test_place_and_date_line_is_no_amount():
    assert place_date_line("Pa-ri, ngày 28 tháng 12 năm 2025")
    assert not place_date_line("Ngày 28 tháng 12 năm 2025, hai bên ký 3 văn kiện.")


def test_new_of_asked():
    assert new_of_asked(
        "Kênh đào Pa-na-ma khánh thành ngày nào?",
        "Ngày 26/6/2016, Pa-na-ma khánh thành Kênh đào Pa-na-ma mới.",
    )
    # negative: the question asks the new one; "mới" as an adverb ("vừa mới")
    assert not new_of_asked(
        "Kênh đào Pa-na-ma mới khánh thành ngày nào?", "Pa-na-ma khánh thành Kênh đào Pa-na-ma mới."
    )
    assert not new_of_asked("Việt Nam ký hiệp định khi nào?", "Việt Nam mới ký hiệp định với Pa-na-ma.")


def test_assassinated_mediator_anniversary():
    assert actions(fold("When was the prime minister assassinated?")) == ("am sat",)
    assert says_act("Which country acted as mediator?", True, "Ô-man đứng ra làm trung gian hòa giải.")
    assert not says_act("Which country acted as mediator?", True, "Ca-ta cắt quan hệ ngoại giao với I-ran.")
    assert ordinals_ok(frozenset({50}), "Tổ chức lễ kỷ niệm 50 năm quan hệ ngoại giao hai nước.")
    assert not ordinals_ok(frozenset({45}), "Tổ chức lễ kỷ niệm 50 năm quan hệ ngoại giao hai nước.")


def test_in_force_line_and_accompany():
    assert in_force_line("Có hiệu lực từ ngày 1/9/2025")
    assert in_force_line("Ngày có hiệu lực: 01/9/2025")
    # negative: a heading naming no date, an article's sentence
    assert not in_force_line("Hiệu lực và thời hạn")
    assert not in_force_line("Hiệp định có hiệu lực từ ngày 1/9/2025 và có thời hạn năm năm.")
    assert "đồng hành" in ACTS["accompany"]


def test_report_answers(kb):
    ans = kb.ask("Kim ngạch thương mại Việt Nam – Pháp năm 2025 ước đạt bao nhiêu?")
    assert "6,2 tỷ" in (ans.answer or "")
    ans = kb.ask("Dự kiến bao nhiêu doanh nghiệp được mời dự Tuần hàng Việt Nam năm 2026?")
    assert "45" in (ans.answer or "")


def test_entry_titled_by_the_asked_name(kb):
    ans = kb.ask("Hiệp định hòa bình của Ê-ri-tơ-rê-a được ký ở đâu?")
    assert "An-giê" in (ans.answer or "")


def test_new_canal_is_another(kb):
    ans = kb.ask("Kênh đào Pa-na-ma khánh thành ngày nào?")
    assert "15/8/1914" in (ans.answer or "")
