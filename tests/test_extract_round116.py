"""Round 116 (session 18): new document shapes — a weekly digest, a joint statement, a decision.

* structure: a digest's undated headline marked by a bullet over its item's dateline ("■ Hai nước ..." over
  "Viêng Chăn, 9/10 – ...") is a heading and the item a paragraph (structure/digest); not a bulleted list whose
  next line opens with no dateline;
* a news item's dateline opening its line ("Ulan Ba-to, 1/10 – Trong chuyến thăm ...") is where, not who: an
  unknown name in it does not stop Vietnam being the unstated side (events_unknown_actor.dateline_end);
* "từ ngày 16 đến ngày 18 tháng 3 năm 2026" is one day range (extract/dates_starts);
* "Trong thời gian ở Hà Nội, X hội kiến ..." is dated by the visit told before it (events_dating._STAY);
* "giao thiệp với phía X, cực lực phản đối ..." is the protest alone, no talks (trigger_lex40).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract.dates import dates_in
from doingoai.model import BlockType
from event_grid import K, asserted_events
from structure_helpers import of_type, structure

pytestmark = pytest.mark.rules_alone

DIGEST = """BẢN TIN QUỐC TẾ

TIN VẮN TUẦN TỪ 3 ĐẾN 9/3/2025

■ Hai nước ký kết hiệp định hợp tác nghề cá
Gia-các-ta, 4/3 – Bộ trưởng Nông nghiệp hai nước đã ký kết hiệp định hợp tác
nghề cá sau nhiều năm đàm phán.

■ Khai mạc diễn đàn doanh nghiệp khu vực
Băng Cốc, 6/3 – Diễn đàn doanh nghiệp khu vực đã khai mạc với sự tham gia của
hơn 500 đại biểu.

■ Cảng biển mở tuyến vận tải mới
Hải Phòng, 8/3 – Cảng biển đã mở tuyến vận tải mới đi các nước Đông Nam Á với
tần suất hai chuyến một tuần.

■ Phái đoàn thương mại thăm thành phố cảng
Hà Nội – Trong tuần, một phái đoàn thương mại đã đến thăm thành phố cảng Hải
Phòng để tìm hiểu cơ hội đầu tư.
"""

BULLETS = """Ghi chú của buổi họp

■ Rà soát các văn bản đã ký
các đơn vị báo cáo trước ngày 10/3 – chậm nhất là ngày 12/3.

■ Chuẩn bị tài liệu cho hội nghị
các đơn vị gửi tài liệu trước ngày 15/3 – chậm nhất là ngày 17/3.

■ Cập nhật danh sách đại biểu
các đơn vị gửi danh sách trước ngày 20/3 – chậm nhất là ngày 22/3.
"""


def test_digest_headline_over_dateline_is_a_heading():
    doc = structure(DIGEST)
    heads = of_type(doc, BlockType.HEADING)
    assert "Hai nước ký kết hiệp định hợp tác nghề cá" in heads
    assert "Phái đoàn thương mại thăm thành phố cảng" in heads
    paras = of_type(doc, BlockType.PARAGRAPH)
    assert any(p.startswith("Gia-các-ta, 4/3 – Bộ trưởng Nông nghiệp") for p in paras)
    assert any(p.startswith("Hà Nội – Trong tuần, một phái đoàn") for p in paras)


def test_bulleted_lines_without_dateline_are_no_headlines():
    heads = of_type(structure(BULLETS), BlockType.HEADING)
    assert "Rà soát các văn bản đã ký" not in heads


def _pairs(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_dateline_place_is_not_the_visitor():
    text = (
        "TIN VẮN TUẦN TỪ 3 ĐẾN 9/3/2025\n\nQuan hệ song phương\n\n"
        "Ulan Ba-to, 5/3 – Trong chuyến thăm chính thức Mông Cổ ngày 4 và 5/3, Chủ tịch Quốc hội đã hội đàm với "
        "Chủ tịch Đại Hural Nhà nước Mông Cổ.\n"
    )
    assert (["VNM"], ["MNG"]) in _pairs(text, K.VISIT)


def test_name_opening_a_sentence_without_dash_still_names_someone():
    text = "Quan hệ song phương\n\nUlanov đã thăm Mông Cổ năm 2019 theo lời mời của phía bạn.\n"
    assert (["VNM"], ["MNG"]) not in _pairs(text, K.VISIT)


def test_day_range_with_repeated_day_word():
    assert [d.value for d in dates_in("từ ngày 16 đến ngày 18 tháng 3 năm 2026")] == ["2026-03-16/2026-03-18"]
    assert [d.value for d in dates_in("ngày 18 tháng 3 năm 2026")] == ["2026-03-18"]


def test_meeting_during_the_stay_takes_the_visit_date():
    text = (
        "Thủ tướng Niu Di-lân đã thăm chính thức Việt Nam từ ngày 12 đến ngày 13 tháng 5 năm 2025. "
        "Trong thời gian ở Hà Nội, Thủ tướng Niu Di-lân đã hội kiến Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng "
        "sản Việt Nam.\n"
    )
    dates = [e.date for e in asserted_events(text) if e.kind is K.CONSULT]
    assert dates and all(d.startswith("2025-05") for d in dates)


def test_representations_with_protest_are_the_protest():
    text = (
        "Ngày 2/3/2025, Người phát ngôn cho biết Việt Nam đã giao thiệp với phía Trung Quốc, cực lực phản đối "
        "việc tàu nước này bắt giữ tàu cá của ngư dân Việt Nam.\n"
    )
    assert (["VNM"], ["CHN"]) in _pairs(text, K.PROTEST)
    assert not _pairs(text, K.CONSULT)


def test_representations_alone_are_talks():
    text = "Ngày 2/3/2025, Đại sứ quán đã giao thiệp với phía Ma-lai-xi-a để sớm trả tự do cho ngư dân Việt Nam.\n"
    assert (["VNM"], ["MYS"]) in _pairs(text, K.CONSULT)
