"""Round 151 (session 20): parties and dates of events already read.

Aid sent or announced on a news page's day; a hosted summit's organisation; states that ratify one instrument each
with its own date; a visit named by its foreign visitor alone; the body a delegation works with at its seat; a
founding member dated by the founding; a visit dated by the act it is the occasion of; a partnership set up with
each partner on its own date. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from doingoai.model import Status
from doingoai.pipeline import extract_file
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return [(list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def _news(body: str, tmp: Path) -> list[tuple[list[str], list[str], str]]:
    page = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        "<title>Nhiều nước hỗ trợ Xri Lan-ca sau lũ lụt | Thế giới</title>\n"
        '<meta property="article:published_time" content="2024-06-12T09:15:00+07:00">\n</head>\n<body>\n'
        "<article><h1>Nhiều nước hỗ trợ Xri Lan-ca sau lũ lụt</h1>\n"
        "<p>Lũ lụt nghiêm trọng đã tàn phá miền nam Xri Lan-ca trong tuần qua. "
        + body
        + "</p>\n</article>\n</body>\n</html>\n"
    )
    path = tmp / "news.html"  # (a page read from its file: its publication date from the markup)
    path.write_text(page, encoding="utf-8")
    events = [e for e in extract_file(path).events if e.status is not Status.NEGATED]
    return [(list(e.actors), list(e.recipients), e.date) for e in events if e.kind is K.AID]


def test_aid_announced_on_a_news_day_is_dated(tmp_path: Path) -> None:
    got = _news("Hàn Quốc công bố khoản hỗ trợ nhân đạo ban đầu cho Xri Lan-ca.", tmp_path)
    assert (["KOR"], ["LKA"], "2024-06-12") in got


def test_team_dispatched_on_a_news_day_is_dated(tmp_path: Path) -> None:
    got = _news("Ấn Độ cũng cử đội cứu hộ sang Xri Lan-ca và quyết định viện trợ khẩn cấp.", tmp_path)
    assert any(a == ["IND"] and r == ["LKA"] and d == "2024-06-12" for a, r, d in got)


def test_standing_aid_on_a_news_page_stays_undated(tmp_path: Path) -> None:
    got = _news("Nhật Bản luôn hỗ trợ Xri Lan-ca trong lĩnh vực y tế.", tmp_path)
    assert got and all(d == "" for _, _, d in got)


_SADC = "Cộng đồng Phát triển miền Nam châu Phi (SADC)\n\nSADC là tổ chức hợp tác khu vực của các nước miền Nam châu Phi. "


def test_summit_hosted_is_the_text_organisations() -> None:
    got = _read(_SADC + "Thượng đỉnh năm 2019 do Tan-da-ni-a đăng cai.", K.HOST)
    assert (["TZA"], ["SADC"], "2019") in got


def test_organisation_named_in_the_clause_is_its_own_meeting() -> None:
    text = _SADC + "Bốt-xoa-na gia nhập SADC năm 1980 và đã hai lần đăng cai Hội nghị thượng đỉnh."
    assert any(a == ["BWA"] and r == ["SADC"] for a, r, _ in _read(text, K.HOST))


def test_states_ratifying_each_with_its_date() -> None:
    text = (
        "Công ước về bảo vệ di sản\n\n"
        "Nhiều nước đã tham gia văn kiện: Ma-rốc phê chuẩn Công ước năm 1998, Tuy-ni-di năm 2003 và Ai Cập năm 2010."
    )
    got = _read(text, K.AGREEMENT_RATIFY)
    assert (["MAR"], [], "1998") in got
    assert (["TUN"], [], "2003") in got
    assert (["EGY"], [], "2010") in got


def test_a_second_verb_is_no_gapped_ratification() -> None:
    text = "Công ước\n\nMa-rốc phê chuẩn Công ước năm 1998, Tuy-ni-di ký năm 2003."
    assert all(a != ["TUN"] for a, _, _ in _read(text, K.AGREEMENT_RATIFY))


def test_visit_of_a_foreign_person_alone_comes_to_vietnam() -> None:
    text = (
        "Quan hệ Việt Nam – Na Uy\n\n"
        "Tháng 5/2011, nhân chuyến thăm chính thức của ông Stoltenberg, quan hệ hai nước được nâng lên Đối tác toàn diện."
    )
    got = _read(text, K.VISIT)
    assert (["NOR"], ["VNM"], "2011-05") in got
    assert all(a != ["VNM"] for a, _, _ in got)


def test_visit_of_a_vietnamese_leader_is_not_turned() -> None:
    text = (
        "Quan hệ Việt Nam – Na Uy\n\n"
        "Tháng 5/2011, nhân chuyến thăm Na Uy của Thủ tướng Nguyễn Tấn Dũng, quan hệ hai nước được nâng lên Đối tác "
        "toàn diện."
    )
    assert all(a != ["NOR"] for a, _, _ in _read(text, K.VISIT))


def test_body_worked_with_at_its_seat_is_visited() -> None:
    text = (
        "KẾ HOẠCH HỢP TÁC QUỐC TẾ NĂM 2027 CỦA BỘ TÀI CHÍNH\n\n"
        "3. Cử đoàn công tác sang Oa-sinh-tơn làm việc với Quỹ Tiền tệ Quốc tế (IMF) trong tháng 4."
    )
    got = _read(text, K.VISIT)
    assert any(a == ["VNM"] and "USA" in r and "IMF" in r for a, r, _ in got)


def test_founding_member_dated_by_the_founding_told_after() -> None:
    text = (
        "Quan hệ Việt Nam – Ngân hàng Phát triển mới\n\n"
        "Bra-xin là một trong năm nước sáng lập Ngân hàng Phát triển châu Á (ADB) và đã ký Hiệp định thành lập "
        "ngân hàng tại Ma-ni-la ngày 4/12/1965."
    )
    assert (["BRA"], ["ADB"], "1965-12-04") in _read(text, K.MEMBERSHIP_JOIN)


def test_visit_dated_by_the_act_it_is_the_occasion_of() -> None:
    text = (
        "Quan hệ Việt Nam – Hun-ga-ri\n\n"
        "Hiệp định hợp tác kinh tế được ký tại Bu-đa-pét ngày 12/9/2018, trong chuyến thăm Hun-ga-ri của Thủ tướng "
        "Nguyễn Xuân Phúc."
    )
    assert (["VNM"], ["HUN"], "2018-09") in _read(text, K.VISIT)


def test_partnership_with_each_partner_on_its_own_date() -> None:
    text = (
        "Việt Nam và nhóm Bắc Âu\n\n"
        "Việt Nam đã thiết lập quan hệ Đối tác toàn diện với hai nước Bắc Âu: Đan Mạch (tháng 10/2013) và Phần Lan "
        "(tháng 3/2019)."
    )
    got = _read(text, K.RELATIONS_UPGRADE)
    assert (["VNM"], ["DNK"], "2013-10") in got
    assert (["VNM"], ["FIN"], "2019-03") in got


def test_counted_states_as_a_passive_signings_agent() -> None:
    text = (
        "Hiệp định thương mại Bắc Mỹ\n\n"
        "Mỹ, Ca-na-đa và Mê-hi-cô khởi động đàm phán năm 1991. Hiệp định được lãnh đạo ba nước ký ngày 17/12/1992."
    )
    got = _read(text, K.AGREEMENT_SIGN)
    assert any(set(a) == {"USA", "CAN", "MEX"} and d == "1992-12-17" for a, _, d in got)
