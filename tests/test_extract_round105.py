"""Round 105 (session 17): a spokesperson's announcement "Nhận lời mời của X, B sẽ dự Hội nghị Z" — the inviter is
no party of the attending, B attends Z (events_destination.invited_attend); the school-book spelling of a closing
"i" ("kí", "Mĩ", "lí", "tỉ", "qui") is read as the common "y" spelling ("ký", "Mỹ", ...) by every cue and name
(textscan.lower_same_length).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract.textscan import lower_same_length
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _of(text: str, kind: K) -> list:
    return [(sorted(e.actors), sorted(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_invited_attendance_leaves_the_inviter_out():
    text = (
        "Nhận lời mời của Thủ tướng Ô-xtrây-li-a Anthony Albanese, Thủ tướng Phạm Minh Chính sẽ dự Hội nghị "
        "Cấp cao đặc biệt ASEAN – Ô-xtrây-li-a tại Men-bơn vào đầu tháng tới.\n"
    )
    got = _of(text, K.CONSULT)
    assert got and all("VNM" in a and "AUS" not in a for a, _ in got)


def test_invitation_by_the_meeting_organisation():
    text = (
        "Thông báo: Nhận lời mời của Diễn đàn Kinh tế thế giới (WEF), Thủ tướng Phạm Minh Chính sẽ dự Hội nghị "
        "thường niên lần thứ 55 của Diễn đàn vào tuần tới.\n"
    )
    assert (["VNM"], ["WEF"]) in _of(text, K.CONSULT)


def test_invited_visit_untouched():
    # a visit at an invitation is still the visit to the inviter (events_destination.invited_visit)
    text = (
        "Nhận lời mời của Chủ tịch nước Lương Cường, Tổng thống In-đô-nê-xi-a Prabowo Subianto sẽ thăm cấp "
        "Nhà nước Việt Nam từ ngày 9 đến ngày 11/3.\n"
    )
    visits = _of(text, K.VISIT)
    assert (["IDN"], ["VNM"]) in visits


def test_school_book_spelling_is_read():
    text = "Năm 1995, Việt Nam và Cộng đồng châu Âu kí Hiệp định khung về hợp tác.\n"
    assert (["EU", "VNM"], []) in _of(text, K.AGREEMENT_SIGN)
    text = "Ngày 4/4/1949, Mĩ, Ca-na-đa và Pháp thành lập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO).\n"
    assert (["CAN", "FRA", "USA"], ["NATO"]) in _of(text, K.MEMBERSHIP_JOIN)


def test_school_book_spelling_same_length_and_words_only():
    text = "Hoa Kì kí kết; Ki-ép, kim, tỉnh, lí do, quí vị"
    low = lower_same_length(text)
    assert len(low) == len(text)
    assert low == "hoa kỳ ký kết; ki-ép, kim, tỉnh, lý do, quý vị"


def test_bare_visit_frame_is_no_new_visit():
    text = (
        "Thủ tướng Ấn Độ sẽ thăm chính thức Việt Nam từ ngày 3 đến ngày 5/6. Trong chuyến thăm, "
        "hai Thủ tướng sẽ hội đàm về hợp tác quốc phòng.\n"
    )
    assert _of(text, K.VISIT) == [(["IND"], ["VNM"])]


def test_visit_frame_with_its_visitor_still_read():
    # "Nhân chuyến thăm Lào của Chủ tịch nước, ...": a visitor and a place written, a visit told here
    text = "Nhân chuyến thăm Lào của Chủ tịch nước, hai bên đã ký Hiệp định hợp tác giáo dục.\n"
    assert (["VNM"], ["LAO"]) in _of(text, K.VISIT)
