"""Review findings on event precision (issue 3, fifth review): a founding read off the prefix of a longer name or
off a group's noun phrase, an appositive membership whose "state" sits in a title or a city's appositive, a bare
"rời" with no mood, and an act only considered. Whole pipeline, on sentences written for these tests: each
reproduction with a positive twin that must keep working (docs/decisions.md, "Review fixes, session 5")."""

from __future__ import annotations

import pytest

from doingoai.model import EventKind, Status
from doingoai.pipeline import extract_text

K = EventKind


def events(text: str, kind: EventKind) -> list[tuple[tuple[str, ...], tuple[str, ...], str, Status]]:
    return [(e.actors, e.recipients, e.date, e.status) for e in extract_text(text).events if e.kind is kind]


# --- 1. a founding: the organisation's own name after the verb, the state itself before it -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thái Lan thành lập ASEAN Foundation nhằm hỗ trợ thanh niên.",
        "Năm 1998, Xin-ga-po thành lập APEC Business Advisory Council tại Ma-ni-la.",
        "Các nhà khoa học Việt Nam thành lập ASEAN Foundation chi nhánh mới.",
        "Các nhà khoa học Việt Nam thành lập ASEAN tại Hà Nội.",
        "Năm 2010, doanh nghiệp Nhật Bản thành lập APEC tại Tô-ky-ô.",
        "Năm 2012, sinh viên Lào lập ra ASEAN ở Viêng Chăn.",
    ],
)
def test_no_founding_of_a_longer_name_nor_by_a_group(text):
    assert events(text, K.MEMBERSHIP_JOIN) == []


@pytest.mark.parametrize(
    ("text", "actors", "org", "date"),
    [
        (
            "Năm 1967, In-đô-nê-xi-a, Ma-lai-xi-a, Phi-líp-pin, Xin-ga-po và Thái Lan thành lập ASEAN.",
            ("IDN", "MYS", "PHL", "SGP", "THA"),
            "ASEAN",
            "1967",
        ),
        ("Năm 1985, Ấn Độ và Pa-ki-xtan thành lập SAARC.", ("IND", "PAK"), "SAARC", "1985"),
        (
            "Năm 1985, Ấn Độ và Pa-ki-xtan đã cùng nhau thành lập SAARC tại Đắc-ca.",
            ("IND", "PAK"),
            "SAARC",
            "1985",
        ),
    ],
)
def test_founders_still_join(text, actors, org, date):
    assert events(text, K.MEMBERSHIP_JOIN) == [(actors, (org,), date, Status.OCCURRED)]


# --- 2. an appositive membership: the state opens its clause, the organisation follows the noun ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Ông Tanaka, Đại sứ Nhật Bản, thành viên Hội đồng quản trị Ngân hàng Phát triển châu Á (ADB) từ năm 2015, "
        "cho biết.",
        "Hà Nội, thủ đô Việt Nam, thành viên Liên minh các thành phố ASEAN từ năm 2012.",
        "Bà Kim, Bộ trưởng Ngoại giao Hàn Quốc, thành viên Liên Hợp Quốc từ năm 1991, phát biểu.",
        "Xít-ni, thành phố lớn nhất Ô-xtrây-li-a, thành viên Mạng lưới các thành phố APEC từ năm 2005.",
    ],
)
def test_no_joining_by_a_title_or_a_city(text):
    assert events(text, K.MEMBERSHIP_JOIN) == []


@pytest.mark.parametrize(
    ("text", "actor", "org", "date"),
    [
        (
            "Cô-lôm-bi-a, thành viên Tổ chức Hợp tác và Phát triển Kinh tế (OECD) từ ngày 28/4/2020, ký hiệp định "
            "với Việt Nam.",
            "COL",
            "OECD",
            "2020-04-28",
        ),
        (
            "Năm 2021, Ca-na-đa, thành viên chính thức NATO từ năm 1949, ký hiệp định với Việt Nam.",
            "CAN",
            "NATO",
            "1949",
        ),
        ("Trong khi đó, Thụy Điển, thành viên EU từ năm 1995, phản đối.", "SWE", "EU", "1995"),
    ],
)
def test_a_state_opening_its_clause_still_joins(text, actor, org, date):
    assert ((actor,), (org,), date, Status.OCCURRED) in events(text, K.MEMBERSHIP_JOIN)


# --- 3. a bare "rời": a past marker or a date; never the reasons for or effects of a departure ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Bài viết phân tích lý do Anh rời Liên minh châu Âu có thể gây tổn hại kinh tế nếu xảy ra.",
        "Anh rời Liên minh châu Âu có thể gây tổn hại kinh tế.",
        "Hội thảo bàn về nguyên nhân Hy Lạp rời khối đồng euro năm 2015.",
        "Bài viết đánh giá tác động của việc Anh rời Liên minh châu Âu năm 2020.",
    ],
)
def test_no_departure_without_mood(text):
    assert events(text, K.MEMBERSHIP_LEAVE) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Anh đã rời Liên minh châu Âu.", ""),
        ("Ngày 31/1/2020, Anh rời Liên minh châu Âu.", "2020-01-31"),
        ("Năm 2020, Anh chính thức rời Liên minh châu Âu sau 47 năm.", "2020"),
        ("Năm 2018, Mỹ rút khỏi Hội đồng Nhân quyền Liên Hợp Quốc.", "2018"),
    ],
)
def test_a_told_departure_stays(text, date):
    found = events(text, K.MEMBERSHIP_LEAVE)
    assert len(found) == 1 and found[0][2:] == (date, Status.OCCURRED)


# --- 4. considering is not a plan: no event; the acts done after considering stay ----------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Việt Nam đang cân nhắc việc tham gia Công ước về người lao động di cư.", K.AGREEMENT_SIGN),
        (
            "Chính phủ Thái Lan đang xem xét việc gia nhập Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình "
            "Dương.",
            K.MEMBERSHIP_JOIN,
        ),
        ("Hàn Quốc đang nghiên cứu việc ký hiệp định thương mại tự do với Việt Nam.", K.AGREEMENT_SIGN),
        ("Năm 2015, Ấn Độ đã xem xét việc gia nhập APEC.", K.MEMBERSHIP_JOIN),
        ("Nhật Bản đang cân nhắc viện trợ cho Mi-an-ma.", K.AID),
    ],
)
def test_no_event_only_considered(text, kind):
    assert events(text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"),
    [
        (
            "Năm 2015, Quốc hội Việt Nam đã xem xét và phê chuẩn Công ước chống tra tấn.",
            K.AGREEMENT_RATIFY,
            ("VNM",),
            ("UNCAT",),
            "2015",
        ),
        (
            "Sau khi cân nhắc kỹ, năm 2007 Việt Nam gia nhập WTO.",
            K.MEMBERSHIP_JOIN,
            ("VNM",),
            ("WTO",),
            "2007",
        ),
        (
            "Việt Nam đã tham gia Công ước về người lao động di cư năm 2015.",
            K.AGREEMENT_SIGN,
            ("VNM",),
            (),
            "2015",
        ),
        (
            "Năm 2010, Nhật Bản đã cân nhắc việc viện trợ cho Mi-an-ma, sau đó viện trợ 10 triệu USD cho Mi-an-ma.",
            K.AID,
            ("JPN",),
            ("MMR",),
            "2010",
        ),
    ],
)
def test_acts_after_considering_stay(text, kind, actors, recipients, date):
    assert (actors, recipients, date, Status.OCCURRED) in events(text, kind)
