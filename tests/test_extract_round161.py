"""Round 161 (session 21): two new shapes, a thesis chapter and a legal database's acts on treaties.

* a legal act's "Điều 1. Phê chuẩn <instrument>, ký ngày … tại …": Viet Nam's ratification on the act's date, of the
  partners the instrument's name holds; the signing; a notice to the partner an article orders (planned);
* "Việt Nam phê chuẩn Hiệp định này": the partners of the signing the sentence tells;
* a footnote's mark run into a year ("năm 20181" with a note "1 …"): the year 2018;
* numeric citations "[4]", "[7, tr. 12]", "[2; 5]" resolved to the numbered reference list;
* the database's fields ("Số hiệu: …") at the page's top are no part of the act.
Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract.dates import find_dates
from doingoai.model import Block, BlockType, Document
from doingoai.pipeline import extract_text
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_ACT = """Số hiệu: 45/2019/QĐ-CTN
Loại văn bản: Quyết định
Nơi ban hành: Chủ tịch nước
Người ký: Nguyễn Văn Một
Ngày ban hành: 10/05/2019
Tình trạng: Còn hiệu lực

CHỦ TỊCH NƯỚC                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
------                                  Độc lập - Tự do - Hạnh phúc
Số: 45/2019/QĐ-CTN                      Hà Nội, ngày 10 tháng 5 năm 2019

                                 QUYẾT ĐỊNH
          Về việc phê chuẩn Hiệp định về hợp tác nghề cá giữa Chính phủ
       nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Nhật Bản

CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Xét đề nghị của Chính phủ tại Tờ trình số 70/TTr-CP ngày 2 tháng 4 năm 2019,

QUYẾT ĐỊNH:

Điều 1. Phê chuẩn Hiệp định về hợp tác nghề cá giữa Chính phủ nước Cộng hòa xã hội
chủ nghĩa Việt Nam và Chính phủ Nhật Bản, ký ngày 3 tháng 2 năm 2019 tại Tô-ky-ô.

Điều 2. Bộ Ngoại giao có nhiệm vụ thông báo cho phía Nhật Bản về việc Việt Nam đã
phê chuẩn Hiệp định.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


def _read(text: str, kind) -> list[tuple[list[str], list[str], str, str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date, e.status.value)
        for e in asserted_events(text)
        if e.kind is kind
    )


def test_act_ratifies_on_its_date_with_the_partner() -> None:
    assert (["VNM"], ["JPN"], "2019-05-10", "occurred") in _read(_ACT, K.AGREEMENT_RATIFY)


def test_act_tells_the_signing() -> None:
    got = _read(_ACT, K.AGREEMENT_SIGN)
    assert any(set(a + r) == {"VNM", "JPN"} and d == "2019-02-03" for a, r, d, _ in got)


def test_act_orders_a_notice_to_the_partner() -> None:
    assert (["VNM"], ["JPN"], "", "planned") in _read(_ACT, K.CONSULT)


def test_act_approving_a_plan_is_no_ratification() -> None:
    text = _ACT.replace(
        "Điều 1. Phê chuẩn Hiệp định về hợp tác nghề cá", "Điều 1. Phê duyệt Kế hoạch về hợp tác nghề cá"
    )
    assert not any(d == "2019-05-10" for _, _, d, _ in _read(text, K.AGREEMENT_RATIFY))


def test_database_fields_are_no_part_of_the_act() -> None:
    doc = extract_text(_ACT)
    assert "Số hiệu" not in (doc.meta.get("title") or "")
    assert not doc.text.startswith("Số hiệu")


def test_ratified_this_agreement_takes_the_signers() -> None:
    text = "Tháng 3/2018, hai nước Việt Nam và Chi-lê ký Hiệp định thương mại tự do; Việt Nam phê chuẩn Hiệp định này năm 2019."
    assert (["VNM"], ["CHL"], "2019", "occurred") in _read(text, K.AGREEMENT_RATIFY)


_NOTED = """1.1. Quan hệ với Ca-na-đa

Hai nước thiết lập quan hệ Đối tác toàn diện vào tháng 11 năm 20171 [2], và ký
Hiệp định hợp tác ngày 5/6/20182 [5; 7, tr. 12].

____________________
1 Xem thêm: Tuyên bố chung Việt Nam – Ca-na-đa.
2 Bản dịch của Bộ Ngoại giao.
                   Luận văn Thạc sĩ Quan hệ quốc tế – 2023
                                       15

Hai nước cũng phối hợp chặt chẽ tại các diễn đàn đa phương.

                   Luận văn Thạc sĩ Quan hệ quốc tế – 2023
                                       16

TÀI LIỆU THAM KHẢO

2. Trần Văn Hai (2019), Quan hệ Việt Nam – Ca-na-đa, Nxb. Thế giới, Hà Nội.

5. Lê Thị Năm (2020), Các hiệp định song phương, Nxb. Tư pháp, Hà Nội.

7. Phạm Văn Bảy (2021), Ngoại giao kinh tế, Nxb. Chính trị quốc gia, Hà Nội.
"""


def test_footnote_mark_after_a_year() -> None:
    text = "Hai nước nâng quan hệ lên Đối tác toàn diện vào tháng 11 năm 20171 tại Hà Nội.\n\n1 Xem thêm: Tuyên bố chung."
    note = text.index("1 Xem")
    doc = Document(name="t", text=text)
    doc.blocks = [Block(BlockType.PARAGRAPH, 0, note - 2), Block(BlockType.FOOTNOTE, note, len(text))]
    found = find_dates(doc).dates
    assert [d.value for d in found] == ["2017-11"]
    doc.blocks = [Block(BlockType.PARAGRAPH, 0, len(text))]  # no note: the five digits are no year
    assert "2017-11" not in [d.value for d in find_dates(doc).dates]


def test_numeric_citations_from_the_numbered_list() -> None:
    doc = extract_text(_NOTED)
    got = [(c.author, c.year, c.pages) for c in doc.citations]
    assert got == [
        ("Trần Văn Hai", 2019, None),
        ("Lê Thị Năm", 2020, None),
        ("Phạm Văn Bảy", 2021, "12"),
    ]


def test_bracket_without_a_numbered_list_is_no_citation() -> None:
    doc = extract_text("Việt Nam gia nhập ASEAN năm 1995 [1]. Đây là một mốc quan trọng [2].")
    assert doc.citations == []
