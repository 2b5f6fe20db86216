"""A sixteenth construction grid for the events stage (issue 3), built from constructions heldout23/24 missed or
over-read, each with its negative twin: a subject-less "Từ khi / Kể từ khi / Sau khi <verb> X," takes the main
clause's subject after the comma; "X bầu Y làm / vào Z" elects Y, not the electing body; a line "Về việc / quá
trình ..." with no main clause names a topic, no event; a state named in the name of the meeting it hosts still
hosts; the cooperation after "về" in a declaration or strategy adopted is the document's topic (and "thông qua
Chiến lược ..." is an adoption); "Quan hệ đối tác đối thoại X – Y được thiết lập" keeps its pair, and the year
written after such a participle is the day an anniversary remembers; an election told after a colon with no seat
of its own is to the body named before the colon. Sentences written for these tests with other countries, dates
and bodies; whole pipeline. The rules are in docs/decisions.md ("Construction grid, sixteenth round").

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A
NEGATED case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)

# fmt: off
CASES: list[tuple] = [
    # --- 1. a subject-less fronted "từ khi / sau khi" clause: its subject is the main clause's, after the comma -----
    ("since-join-un",
     "Kể từ khi gia nhập Liên hợp quốc năm 1977, Việt Nam đã đóng góp tích cực vào hoạt động của tổ chức này.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("UNO",), "1977", S.OCCURRED),
    ("since-join-asean-other-subject",
     "Từ khi gia nhập ASEAN năm 1999, Cam-pu-chia luôn ủng hộ các sáng kiến của Hiệp hội.",
     K.MEMBERSHIP_JOIN, ("KHM",), ("ASEAN",), "1999", S.OCCURRED),
    ("after-join-nato",
     "Sau khi gia nhập NATO năm 1999, Ba Lan tăng mạnh chi tiêu quốc phòng.",
     K.MEMBERSHIP_JOIN, ("POL",), ("NATO",), "1999", S.OCCURRED),
    ("since-join-wto-day",
     "Từ khi gia nhập WTO ngày 11/1/2007, nước ta đã ký kết nhiều hiệp định thương mại tự do.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("WTO",), "2007-01-11", S.OCCURRED),
    # twin: a "khi" clause with its own subject keeps it
    ("since-own-subject",
     "Từ khi Phần Lan gia nhập NATO năm 2023, Thụy Điển vẫn chờ phê chuẩn.",
     K.MEMBERSHIP_JOIN, ("FIN",), ("NATO",), "2023", S.OCCURRED),
    # twin: a list after the first comma goes on (no subject there)
    ("after-visit-list",
     "Sau khi thăm Lào, Cam-pu-chia và Thái Lan năm 2010, Chủ tịch nước trở về Hà Nội.",
     K.VISIT, ("VNM",), ("LAO", "KHM", "THA"), "2010", S.OCCURRED),

    # --- 2. "X bầu Y làm / vào Z": Y is elected ------------------------------------------------------------------
    ("body-elects-state-seat",
     "Ngày 8/6/2023, với 180 phiếu thuận, Đại hội đồng Liên hợp quốc bầu An-ba-ni làm Ủy viên không thường trực "
     "Hội đồng Bảo an nhiệm kỳ 2024 – 2025.",
     K.MEMBERSHIP_ELECT, ("ALB",), ("UNSC",), "2023-06-08", S.OCCURRED),
    ("body-elects-state-into",
     "Năm 2021, Đại hội đồng Liên hợp quốc đã bầu Ấn Độ vào Hội đồng Nhân quyền.",
     K.MEMBERSHIP_ELECT, ("IND",), ("UNHRC",), "2021", S.OCCURRED),
    ("passive-with-agent",
     "Ngày 8/6/2023, Xlô-ven-ni-a được Đại hội đồng Liên hợp quốc bầu làm Ủy viên không thường trực Hội đồng Bảo an.",
     K.MEMBERSHIP_ELECT, ("SVN",), ("UNSC",), "2023-06-08", S.OCCURRED),
    ("passive-with-short-agent",
     "Năm 2006, Ấn Độ được Đại hội đồng bầu vào Hội đồng Nhân quyền.",
     K.MEMBERSHIP_ELECT, ("IND",), ("UNHRC",), "2006", S.OCCURRED),
    # twin: the passive keeps its subject as the one elected
    ("passive-elected",
     "Năm 2010, Ba Lan được bầu vào Hội đồng Nhân quyền.",
     K.MEMBERSHIP_ELECT, ("POL",), ("UNHRC",), "2010", S.OCCURRED),

    # --- 3. "Về việc / quá trình ..." with no main clause: a topic line ------------------------------------------
    ("topic-heading-join", "1. Về quá trình tham gia APEC", K.MEMBERSHIP_JOIN, *NO),
    ("topic-heading-lettered", "b) Về việc gia nhập Tổ chức Thương mại Thế giới", K.MEMBERSHIP_JOIN, *NO),
    ("topic-resolution-ratify",
     "Về việc phê chuẩn Công ước Viên về Luật Điều ước quốc tế năm 1969", K.AGREEMENT_RATIFY, *NO),
    # twin: a main clause after the topic still tells its event
    ("topic-then-clause",
     "Về quan hệ với Lào, năm 2017 Việt Nam ký Hiệp định hợp tác giáo dục với Lào.",
     K.AGREEMENT_SIGN, ("VNM", "LAO"), (), "2017", S.OCCURRED),

    # --- 4. a state named in the name of the meeting it hosts still hosts ------------------------------------
    ("host-in-meeting-name",
     "Tháng 5/2015, Hàn Quốc chủ trì Hội nghị Bộ trưởng ASEAN – Hàn Quốc tại Xơ-un.",
     K.HOST, ("KOR",), ("ASEAN",), "2015-05", S.OCCURRED),
    ("host-in-summit-name",
     "Năm 2018, Ấn Độ đăng cai Hội nghị Cấp cao ASEAN – Ấn Độ tại Niu Đê-li.",
     K.HOST, ("IND",), ("ASEAN",), "2018", S.OCCURRED),

    # --- 5. the cooperation a declaration or strategy adopted is about: its topic; the adoption a signing ------
    ("strategy-adopted",
     "Tháng 3/2018, Hội nghị Cấp cao Mê Công – Lan Thương họp tại Phnôm Pênh với sự tham dự của lãnh đạo Trung "
     "Quốc, Cam-pu-chia, Lào, Mi-an-ma, Thái Lan và Việt Nam. Các nhà lãnh đạo đã thông qua Chiến lược Phnôm Pênh "
     "về hợp tác Mê Công – Lan Thương.",
     K.AGREEMENT_SIGN, ("CHN", "KHM", "LAO", "MMR", "THA", "VNM"), (), "2018-03", S.OCCURRED),
    ("declaration-topic-no-cooperation",
     "Tại hội nghị, các nhà lãnh đạo thông qua Tuyên bố Hà Nội về hợp tác ASEAN – Nhật Bản.", K.COOPERATE, *NO),
    # twin: a cooperation agreed after the adoption's comma is told
    ("adoption-then-cooperation",
     "Năm 2019, Việt Nam và Ấn Độ thông qua Tầm nhìn chung, đồng thời nhất trí đẩy mạnh hợp tác quốc phòng.",
     K.COOPERATE, ("VNM",), ("IND",), "2019", S.PLANNED),  # agreed: to come (round 23)

    # --- 6. a longer name of the relations before the pair; the participle's year is the day remembered -------
    ("dialogue-partnership-established",
     "Quan hệ đối tác đối thoại ASEAN – Ấn Độ được thiết lập năm 1992.",
     K.RELATIONS_ESTABLISH, ("ASEAN", "IND"), (), "1992", S.OCCURRED),
    ("anniversary-participle-year",
     "Thủ tướng dự Hội nghị kỷ niệm 30 năm quan hệ đối tác đối thoại ASEAN – Nga, được thiết lập năm 1996.",
     K.RELATIONS_ESTABLISH, ("ASEAN", "RUS"), (), "1996", S.OCCURRED),
    # twin: the celebration's year before the anniversary still counts back
    ("anniversary-celebration-year",
     "Năm 2022, hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam – Hàn Quốc.",
     K.RELATIONS_ESTABLISH, ("VNM", "KOR"), (), "1992", S.OCCURRED),

    # --- 7. an election after a colon, no seat of its own: the body named before the colon --------------------
    ("elected-after-colon",
     "Năm 2017, hai nước cùng là ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc: Ý trúng cử ngày 2/6/2016, "
     "còn Thụy Điển trúng cử ngày 28/6/2016.",
     K.MEMBERSHIP_ELECT, ("ITA",), ("UNSC",), "2016-06-02", S.OCCURRED),
    ("elected-after-colon-second",
     "Năm 2017, hai nước cùng là ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc: Ý trúng cử ngày 2/6/2016, "
     "còn Thụy Điển trúng cử ngày 28/6/2016.",
     K.MEMBERSHIP_ELECT, ("SWE",), ("UNSC",), "2016-06-28", S.OCCURRED),
    ("elected-after-colon-council",
     "Hai nước đều là thành viên Hội đồng Nhân quyền: Ba Lan được bầu năm 2019.",
     K.MEMBERSHIP_ELECT, ("POL",), ("UNHRC",), "2019", S.OCCURRED),
    # twin: no body before the colon, no election told
    ("elected-after-colon-no-body", "Hai bên trao đổi ý kiến: Ý trúng cử năm 2016.", K.MEMBERSHIP_ELECT, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_the_electing_body_is_no_member():
    got = extract_text(
        "Ngày 17/6/2021, Đại hội đồng Liên hợp quốc bầu Bra-xin làm Ủy viên không thường trực Hội đồng Bảo an."
    ).events
    elect = [e for e in got if e.kind is K.MEMBERSHIP_ELECT]
    assert elect and all("UNO" not in e.actors and "UNO" not in e.recipients for e in elect), show(got)


def test_the_agent_of_a_passive_election_is_no_member():
    got = extract_text(
        "Ngày 6/6/2024, Pa-na-ma được Đại hội đồng Liên hợp quốc bầu làm Ủy viên không thường trực Hội đồng Bảo an."
    ).events
    elect = [e for e in got if e.kind is K.MEMBERSHIP_ELECT]
    assert elect and all(e.actors == ("PAN",) and "UNO" not in e.recipients for e in elect), show(got)


def test_a_host_named_in_its_meeting_is_not_replaced_by_vietnam():
    got = extract_text("Năm 2016, Nga chủ trì Hội nghị Cấp cao ASEAN – Nga tại Xô-chi.").events
    hosts = [e for e in got if e.kind is K.HOST]
    assert hosts and all(e.actors == ("RUS",) for e in hosts), show(got)


def test_an_organisation_still_does_not_host_itself():
    got = extract_text("Năm 2022, ASEAN đăng cai Hội nghị Cấp cao ASEAN tại Phnôm Pênh.").events
    assert not [e for e in got if e.kind is K.HOST and "ASEAN" in e.actors], show(got)


def test_a_fronted_since_clause_does_not_lend_its_subject_to_the_main_clause():
    got = extract_text("Từ khi Phần Lan gia nhập NATO năm 2023, Thụy Điển vẫn chờ phê chuẩn.").events
    joins = [e for e in got if e.kind is K.MEMBERSHIP_JOIN]
    assert joins and all("SWE" not in e.actors for e in joins), show(got)
