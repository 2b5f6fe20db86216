"""Event precision on texts beyond the seeds: visits named by their destination, bodies acting for their
organisation, enumerated verb phrases, membership phrasings, triggers inside names. Whole pipeline,
on sentences written for these tests."""

from __future__ import annotations

from doingoai.model import EventKind
from doingoai.pipeline import extract_text

K = EventKind


def events(text: str, kind: EventKind | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    doc = extract_text(text)
    return [(e.kind.value, e.actors, e.recipients) for e in doc.events if kind is None or e.kind is kind]


def test_visit_to_vietnam_by_the_partners_leader_is_the_partners_visit():
    text = "Tháng 6/2017, lãnh đạo Việt Nam và Đức hội đàm nhân chuyến thăm Việt Nam của Thủ tướng Angela Merkel."
    assert events(text, K.VISIT) == [("visit", ("DEU",), ("VNM",))]


def test_visit_abroad_by_a_vietnamese_leader_keeps_vietnam_as_visitor():
    text = "Năm 2005, quan hệ Việt Nam và Nhật Bản được củng cố sau chuyến thăm Nhật Bản của Thủ tướng Phan Văn Khải."
    assert events(text, K.VISIT) == [("visit", ("VNM",), ("JPN",))]


def test_visit_by_a_person_without_a_country_is_not_invented():
    # a person the leaders table does not know: no country, so no visitor (Vietnam is not invented)
    assert events("Năm 2016, Tổng thống Adama Barrow thăm Việt Nam.", K.VISIT) == []
    assert events("Năm 2016, chuyến thăm Việt Nam của Tổng thống Adama Barrow diễn ra.", K.VISIT) == []


def test_visit_by_a_known_leader_stands_for_the_leaders_country():
    assert events("Năm 2016, Tổng thống Barack Obama thăm Việt Nam.", K.VISIT) == [
        ("visit", ("USA",), ("VNM",))
    ]
    assert events("Năm 2016, chuyến thăm Việt Nam của Tổng thống Barack Obama diễn ra.", K.VISIT) == [
        ("visit", ("USA",), ("VNM",))
    ]
    assert events("Năm 2019, Thủ tướng Nguyễn Xuân Phúc thăm chính thức Nhật Bản.", K.VISIT) == [
        ("visit", ("VNM",), ("JPN",))
    ]


def test_visit_by_a_leader_named_with_the_country():
    assert events("Năm 2016, Tổng thống Mỹ Barack Obama thăm Việt Nam.", K.VISIT) == [
        ("visit", ("USA",), ("VNM",))
    ]


def test_a_body_acting_stands_for_its_organisation():
    got = events(
        "Năm 2019, Nghị viện châu Âu phê chuẩn hiệp định thương mại với Việt Nam.", K.AGREEMENT_RATIFY
    )
    assert got == [("agreement.ratify", ("EU",), ("VNM",))]
    got = events("Năm 2021, Ủy ban châu Âu hoan nghênh và ủng hộ Việt Nam.", K.SUPPORT)
    assert got and all(a == ("EU",) for _, a, _ in got)


def test_a_body_as_recipient_keeps_its_code():
    got = events("Năm 2007, Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc.")
    assert ("membership.elect", ("VNM",), ("UNSC",)) in got


def test_enumerated_verb_phrases_keep_their_own_objects():
    text = (
        "Giai đoạn 1992–2006 ghi dấu nhiều bước đi: thiết lập quan hệ ngoại giao với Hàn Quốc, gia nhập ASEAN, "
        "bình thường hóa quan hệ với Hoa Kỳ, tham gia ASEM và trở thành thành viên APEC."
    )
    got = events(text)
    joins = sorted(r for k, a, r in got if k == "membership.join")
    assert joins == [("APEC",), ("ASEAN",), ("ASEM",)]
    assert all(a == ("VNM",) for k, a, _ in got)
    established = sorted(tuple(sorted(a + r)) for k, a, r in got if k == "relations.establish")
    assert established == [("KOR", "VNM"), ("USA", "VNM")]


def test_becoming_a_member_of_an_organisation_whatever_its_name():
    text = "Tháng 3/1996, Việt Nam trở thành thành viên chính thức của Diễn đàn Hợp tác Á – Âu (ASEM)."
    assert events(text) == [("membership.join", ("VNM",), ("ASEM",))]


def test_a_trigger_word_inside_an_organisation_name_is_no_trigger():
    text = "Năm 2001, Tổ chức Hợp tác Thượng Hải họp tại Thượng Hải."
    assert events(text, K.COOPERATE) == []


def test_an_organisation_admitting_a_country():
    text = "Tháng 9/1977, tại New York, Đại hội đồng Liên Hợp Quốc đã thông qua việc kết nạp Việt Nam."
    assert events(text) == [("membership.join", ("VNM",), ("UNO",))]


def test_taking_part_is_joining_only_with_an_organisation_named():
    assert events("Năm 1998, Việt Nam tham gia APEC.") == [("membership.join", ("VNM",), ("APEC",))]
    assert events("Năm 1998, Việt Nam tham gia các hoạt động văn hóa của ASEAN.", K.MEMBERSHIP_JOIN) == []


def test_a_heading_does_not_swallow_the_trigger_of_the_next_paragraph():
    text = "1. Quan hệ giữa hai Đảng\n\nQuan hệ giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản Cuba tiếp tục được củng cố."
    assert events(text, K.RELATIONS) == [("relations", ("CPV",), ("PCC",))]


def test_a_signing_does_not_take_the_object_of_the_next_enumerated_phrase():
    text = "Năm 1978, Việt Nam ký hiệp định hợp tác với Cu-ba và thiết lập quan hệ với nhiều nước."
    got = events(text)
    assert ("agreement.sign", ("VNM",), ("CUB",)) in got
    assert ("relations.establish", ("VNM",), ("MANY_COUNTRIES",)) in got


def test_a_repeated_event_keeps_the_date_written_inside_the_summarys_interval():
    text = (
        # (a chapter's summary: an article's own, "Bài viết điểm lại ...", states no event since round 106)
        "Chương này điểm lại giai đoạn 1986–2000: gia nhập ASEAN và tham gia ASEM.\n\n"
        "Ngày 2/3/1996, Việt Nam tham gia ASEM với tư cách thành viên sáng lập."
    )
    doc = extract_text(text)
    asem = [e for e in doc.events if e.kind is K.MEMBERSHIP_JOIN and e.recipients == ("ASEM",)]
    assert len(asem) == 1 and asem[0].date == "1996-03-02" and len(asem[0].evidence) == 2
