"""Round 147 (session 20): acts whose object is left unsaid, and meetings held in a city named alone.

* a ratification with its instrument elided after a treaty was named ("X phê chuẩn năm 2010", "X là nước thứ chín
  phê chuẩn"), not a passive ("chưa được ... phê chuẩn") nor one awaited ("còn chờ ... phê chuẩn")
  (events_ratify_elided.elided_ratification);
* a hosting with nothing hosted named ("X đăng cai năm 2004") or a bare summit ("đăng cai thượng đỉnh"): the
  organisation the text is about (events_ratify_elided.elided_hosting);
* a meeting held in a capital or city written alone ("Hội nghị cấp cao đầu tiên họp tại Oa-sinh-tơn", "ARF lần thứ
  17 họp tại Hà Nội"): the city's state hosts, not at the organisation's seat, not a meeting of two sides
  (events_venue_city).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_TREATY = "Công ước về chống khủng bố được các nước thành viên ký tại Ma-ni-la năm 2007. "
_FORUM = "Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC) là diễn đàn kinh tế của 21 nền kinh tế. "
_G20 = "Nhóm G20 là diễn đàn của 20 nền kinh tế lớn nhất thế giới. "


def _got(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return [(list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_elided_ratification_with_a_year() -> None:
    got = _got(_TREATY + "Thái Lan phê chuẩn năm 2013.", K.AGREEMENT_RATIFY)
    assert (["THA"], [], "2013") in got


def test_elided_ratification_as_the_nth_state() -> None:
    got = _got(_TREATY + "Bru-nây là nước thứ tư phê chuẩn, vào tháng 5/2009.", K.AGREEMENT_RATIFY)
    assert (["BRN"], [], "2009-05") in got


def test_elided_ratification_needs_a_treaty_before() -> None:
    assert _got("Quốc hội khóa mới họp năm 2011. Thái Lan phê chuẩn năm 2013.", K.AGREEMENT_RATIFY) == []


def test_awaited_ratification_is_not_done() -> None:
    text = _TREATY + "Văn kiện chưa có hiệu lực vì còn chờ quốc hội nhiều nước phê chuẩn."
    assert _got(text, K.AGREEMENT_RATIFY) == []


def test_elided_hosting_is_the_texts_organisation() -> None:
    got = _got(_FORUM + "Pê-ru đăng cai năm 2008.", K.HOST)
    assert (["PER"], ["APEC"], "2008") in got


def test_bare_summit_hosted() -> None:
    got = _got(_G20 + "Năm 2016, Trung Quốc đăng cai thượng đỉnh tại Hàng Châu.", K.HOST)
    assert any(a == ["CHN"] and r == ["G20"] for a, r, _ in got)


def test_meeting_held_in_a_capital_written_alone() -> None:
    got = _got(_G20 + "Hội nghị cấp cao lần thứ hai họp tại Luân Đôn ngày 2/4/2009.", K.HOST)
    assert (["GBR"], ["G20"], "2009-04-02") in got


def test_numbered_session_of_a_body_held_in_a_city() -> None:
    text = "Diễn đàn khu vực ASEAN (ARF) là cơ chế đối thoại an ninh. Ngày 26/7/2001, ARF lần thứ 8 họp tại Hà Nội."
    got = _got(text, K.HOST)
    assert (["VNM"], ["ARF"], "2001-07-26") in got


def test_meeting_at_the_organisations_seat_names_no_host() -> None:
    text = "Tổ chức Thương mại thế giới (WTO) là tổ chức quốc tế. Hội nghị Bộ trưởng WTO lần thứ hai họp tại Giơ-ne-vơ năm 1998."
    assert _got(text, K.HOST) == []


def test_meeting_of_two_sides_in_a_city_names_no_host() -> None:
    text = _FORUM + "Hội nghị Cấp cao ASEAN – Nhật Bản lần thứ nhất họp tại Cu-a-la Lăm-pơ năm 1997."
    assert not any(a == ["MYS"] for a, _, _ in _got(text, K.HOST))


def test_ministers_meeting_is_no_hosting() -> None:
    assert _got(_G20 + "Các Bộ trưởng họp tại Oa-sinh-tơn ngày 14/11/2008.", K.HOST) == []


def test_meeting_of_a_body_by_its_bare_noun_is_not_the_last_named() -> None:
    text = (
        "Phong trào Không liên kết là diễn đàn của các nước đang phát triển. Là thành viên Tổ chức Hợp tác Hồi giáo "
        "(OIC), Ca-dắc-xtan tích cực tham gia: Hội nghị cấp cao lần thứ 20 của Phong trào được tổ chức tại An-ma-ty "
        "năm 2030."
    )
    assert not any(r == ["OIC"] for _, r, _ in _got(text, K.HOST))


def test_bare_summit_opening_its_clause() -> None:
    # (review 20: searched from the clause's start, "^" never held there)
    from doingoai.extract.events_ratify_elided import elided_hosting

    low = "sadc là tổ chức khu vực. thượng đỉnh năm sau sẽ do ăng-gô-la đăng cai."
    c0 = low.index("thượng")
    assert elided_hosting(low, c0, len(low), low.index(" ăng-gô-la"))
    assert not elided_hosting("xthượng đỉnh năm sau", 1, 20, 0)  # (a letter before it: no bare summit)
