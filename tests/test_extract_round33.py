"""Round 33 (session 12, issue 3): trigger vocabulary the misses of fresh text had no word for
(src/doingoai/extract/trigger_lex33.py; docs/decisions.md, "Round 33 (session 12)"). One case per kept rule, a
sentence written in the rule's general shape, and negative twins where the rule must not fire."""

from __future__ import annotations

import pytest

from doingoai.model import EventKind as K
from doingoai.pipeline import extract_text


def _events(text: str):
    return [(e.kind, sorted(e.actors), sorted(e.recipients), e.date) for e in extract_text(text).events]


CASES = [
    # a border closed against a neighbour: a sanction
    (
        "Năm 1976, Xô-ma-li đóng cửa biên giới với Kê-ni-a.",
        (K.SANCTION, ["SOM"], ["KEN"], "1976"),
    ),
    # the chair taken over from its last holder
    (
        "Ngày 1/7/2025, Đan Mạch chính thức tiếp nhận từ Ba Lan chức Chủ tịch luân phiên Hội đồng Liên minh châu Âu.",
        (K.CHAIR, ["DNK"], ["EU"], "2025-07-01"),
    ),
    # online work with a body of a partner: talks
    (
        "Tháng 3/2024, Sở Công Thương đã làm việc trực tuyến với Bộ Nông nghiệp Ca-dắc-xtan.",
        (K.CONSULT, ["VNM"], ["KAZ"], "2024-03"),
    ),
    # a trade fair abroad attended: a visit to the fair's country
    (
        "Tháng 10/2024, đoàn doanh nghiệp của tỉnh tham gia Hội chợ nông sản quốc tế tại Tát-kent (U-dơ-bê-ki-xtan).",
        (K.VISIT, ["VNM"], ["UZB"], "2024-10"),
    ),
    # a meeting with an adverb between the verb and the one met
    (
        "Tháng 9/2019, Tổng thống Pháp gặp không chính thức Tổng thống I-ran tại Niu Oóc.",
        (K.CONSULT, ["FRA"], ["IRN"], "2019-09"),
    ),
    # an agreement reached by the parties (not on a treaty): made
    (
        "Năm 2016, Thủ tướng Ấn Độ và Thủ tướng Băng-la-đét đạt thỏa thuận trao đổi các vùng đất lọt.",
        (K.AGREEMENT_SIGN, ["BGD", "IND"], [], "2016"),
    ),
    # a market surveyed abroad: a visit to its country
    (
        "Tháng 5/2024, đoàn công tác của tỉnh đã khảo sát thị trường hạt điều tại Bờ Biển Ngà.",
        (K.VISIT, ["VNM"], ["CIV"], "2024-05"),
    ),
    # delegations exchanged: visits both ways
    (
        "Năm 2023, Việt Nam và Ác-hen-ti-na đã trao đổi đoàn chuyên gia nông nghiệp.",
        (K.VISIT, ["VNM", "ARG"], [], "2023"),
    ),
    # a delegation organised to promote tourism abroad (the "du lịch" guard is for tourists, not for promotion)
    (
        "Tháng 11/2024, tỉnh tổ chức đoàn xúc tiến du lịch sang Mông Cổ.",
        (K.VISIT, ["VNM"], ["MNG"], "2024-11"),
    ),
    # a delegation organised with a list of goods before where it goes
    (
        "Tháng 8/2024, tổ chức đoàn xúc tiến xuất khẩu chè, hồ tiêu và gạo sang Pa-ki-xtan.",
        (K.VISIT, ["VNM"], ["PAK"], "2024-08"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_round33_rule(text, want):
    kind, actors, recips, date = want
    got = _events(text)
    assert any(
        k is kind and set(actors) <= set(a + r) and set(recips) <= set(a + r) and d == date
        for k, a, r, d in got
    ), got


NEGATIVE = [
    # a shop closed near the border is no sanction
    ("Năm 2020, cửa hàng đóng cửa do dịch bệnh.", K.SANCTION),
    # a domestic survey is no visit
    ("Tháng 5/2024, đoàn công tác của tỉnh đã khảo sát thị trường tại huyện Mộc Châu.", K.VISIT),
    # an agreement reached on a treaty concludes its negotiation, it is no signing
    (
        "Năm 2019, Mê-hi-cô và EU đạt thỏa thuận nguyên tắc về hiệp định thương mại tự do.",
        K.AGREEMENT_SIGN,
    ),
    # delegations exchanged online are no visit
    ("Năm 2021, hai nước vẫn trao đổi đoàn qua hình thức trực tuyến.", K.VISIT),
    # a tourist delegation is still no visit
    ("Tháng 11/2024, tỉnh tổ chức đoàn khách du lịch sang Mông Cổ.", K.VISIT),
    # a fair at home is no visit abroad
    ("Tháng 10/2024, doanh nghiệp của tỉnh tham gia Hội chợ nông sản tại Hà Nội.", K.VISIT),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVE, ids=[f"neg{i}" for i in range(len(NEGATIVE))])
@pytest.mark.rules_alone  # (a rule's reading pinned: the learned reading is off)
def test_round33_negative(text, kind):
    assert not any(k is kind for k, *_ in _events(text)), _events(text)
