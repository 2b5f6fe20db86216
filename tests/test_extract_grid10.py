"""A tenth construction grid for the events stage (issue 3), built from the constructions heldout10 missed, each
with its negative twin: a candidacy (a planned election: "ứng cử", "ra ứng cử", "tranh cử", "ứng viên ... cho ghế"),
a planned ratification by the legislature named without a country ("Hiệp định sẽ được trình Quốc hội ... phê
chuẩn": Vietnam's), an anniversary whose founding date stands in brackets ("60 năm Ngày thiết lập quan hệ ngoại giao
(5/9/1962)": the pair the text is about), a directive's tasks ("... chỉ thị:"; a celebration organised with the
partner is relations), scholarships and training as aid (whoever gives them), a standing level of relations ("hiện là
Đối tác toàn diện"), a date after a colon, a role held "năm nay" (ongoing, dated by the document), a founding
membership in a fronted predicate ("Là một trong sáu nước sáng lập ..., nước này ...") and planned cooperation.
Sentences written for these tests with other countries, bodies and dates; whole pipeline. The rules are in
docs/decisions.md ("Construction grid, tenth round").

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A NEGATED
case passes when no event of its kind is asserted (occurred or ongoing); an ABSENT case (status None) when no event of
its kind names its parties at all, whatever its status (the twin of a planned event: a condition states no plan).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)


def absent(parties: tuple[str, ...]) -> tuple:
    return (parties, (), "", None)


# fmt: off
CASES: list[tuple] = [
    # --- 1. a candidacy is an election to come -------------------------------------------------------------
    ("candidacy-ra-ung-cu",
     "Năm 2021, Ấn Độ ra ứng cử Ủy viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2022 – 2024.",
     K.MEMBERSHIP_ELECT, ("IND",), ("UNHRC",), "2021", S.PLANNED),
    ("candidacy-negated-twin",
     "Năm 2021, Ấn Độ không ra ứng cử Ủy viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2022 – 2024.",
     K.MEMBERSHIP_ELECT, *NO),
    ("candidacy-asked-support",
     "Nhiệm vụ năm 2025:\n1. Vận động các nước ủng hộ Thái Lan ứng cử Ủy viên không thường trực Hội đồng Bảo an "
     "nhiệm kỳ 2029 – 2030.",
     K.MEMBERSHIP_ELECT, ("THA",), ("UNSC",), "", S.PLANNED),
    ("candidacy-supporter-is-no-candidate",
     "Phía Nga ủng hộ In-đô-nê-xi-a ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2019 – 2020.",
     K.MEMBERSHIP_ELECT, *absent(("RUS",))),
    ("candidacy-nominee-of-group",
     "Thái Lan là ứng viên của ASEAN cho ghế Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2017 – 2018.",
     K.MEMBERSHIP_ELECT, ("THA",), ("UNSC",), "", S.PLANNED),
    ("candidacy-nominee-conditional-twin",
     "Nếu Thái Lan là ứng viên của ASEAN cho ghế Ủy viên không thường trực Hội đồng Bảo an, các nước sẽ ủng hộ.",
     K.MEMBERSHIP_ELECT, *absent(("THA",))),
    ("candidacy-tranh-cu",
     "Tháng 3/2026, Phi-líp-pin tranh cử vào Hội đồng Bảo an nhiệm kỳ 2027 – 2028.",
     K.MEMBERSHIP_ELECT, ("PHL",), ("UNSC",), "2026-03", S.PLANNED),
    ("candidacy-refused-twin", "Phi-líp-pin từ chối tranh cử vào Hội đồng Bảo an nhiệm kỳ 2027 – 2028.",
     K.MEMBERSHIP_ELECT, *NO),
    ("candidacy-sole-candidate",
     "Năm 2022, Việt Nam là ứng cử viên duy nhất của châu Á – Thái Bình Dương cho ghế Ủy viên Hội đồng Nhân quyền "
     "nhiệm kỳ 2023 – 2025.",
     K.MEMBERSHIP_ELECT, ("VNM",), ("UNHRC",), "2022", S.PLANNED),
    ("candidacy-executive-board",
     "Năm 2021, Việt Nam ứng cử làm thành viên Hội đồng Chấp hành UNESCO nhiệm kỳ 2021 – 2025.",
     K.MEMBERSHIP_ELECT, ("VNM",), ("UNESCO_EB",), "2021", S.PLANNED),
    ("candidacy-poll-date",
     "Nhiệm vụ năm 2021:\n- Vận động cho Ấn Độ ứng cử vào Hội đồng Nhân quyền; cuộc bầu cử dự kiến diễn ra vào "
     "tháng 10/2021.",
     K.MEMBERSHIP_ELECT, ("IND",), ("UNHRC",), "2021-10", S.PLANNED),
    # --- 2. a planned ratification by "Quốc hội" (Vietnam's) ------------------------------------------------
    ("ratify-submitted-to-assembly",
     "Năm 2023, Việt Nam và Ix-ra-en ký Hiệp định Thương mại tự do. Theo quy định, Hiệp định sẽ được trình Quốc hội "
     "xem xét phê chuẩn.",
     K.AGREEMENT_RATIFY, ("VNM",), (), "", S.PLANNED),
    ("ratify-assembly-expected",
     "Năm 2019, Việt Nam và EU ký EVFTA. Quốc hội dự kiến phê chuẩn Hiệp định tại kỳ họp tháng 6/2020.",
     K.AGREEMENT_RATIFY, ("VNM",), (), "2020-06", S.PLANNED),
    ("ratify-assembly-passive", "Theo kế hoạch, Hiệp định sẽ được Quốc hội phê chuẩn vào năm 2025.",
     K.AGREEMENT_RATIFY, ("VNM",), (), "2025", S.PLANNED),
    ("ratify-foreign-parliament-twin",
     "Năm 2023, Việt Nam và Ca-na-đa ký Hiệp định. Hiệp định sẽ được Quốc hội Ca-na-đa phê chuẩn.",
     K.AGREEMENT_RATIFY, *absent(("VNM",))),
    ("ratify-not-yet-twin",
     "Năm 2023, Việt Nam và Ca-na-đa ký Hiệp định. Hiệp định chưa được trình Quốc hội phê chuẩn.",
     K.AGREEMENT_RATIFY, *NO),
    ("ratify-conditional-twin", "Nếu Quốc hội phê chuẩn Hiệp định, thuế nhập khẩu sẽ giảm.",
     K.AGREEMENT_RATIFY, *absent(("VNM",))),
    # --- 3. an anniversary with the founding date in brackets -----------------------------------------------
    ("anniversary-bracket-day",
     "Quan hệ Việt Nam – Cu-ba\n\nNăm 2020 là dịp kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (2/12/1960).",
     K.RELATIONS_ESTABLISH, ("VNM", "CUB"), (), "1960-12-02", S.OCCURRED),
    ("anniversary-marks",
     "Quan hệ Việt Nam – Hàn Quốc\n\nNăm 2022 đánh dấu 30 năm Ngày thiết lập quan hệ ngoại giao (ngày 22/12/1992).",
     K.RELATIONS_ESTABLISH, ("VNM", "KOR"), (), "1992-12-22", S.OCCURRED),
    ("anniversary-occasion",
     "Quan hệ Việt Nam – Ấn Độ\n\nNhân dịp tròn 50 năm thiết lập quan hệ ngoại giao (7/1/1972), hai nước ra Tuyên bố "
     "chung.",
     K.RELATIONS_ESTABLISH, ("VNM", "IND"), (), "1972-01-07", S.OCCURRED),
    ("anniversary-named-pair-wins",
     "Quan hệ Việt Nam – Cu-ba\n\nNăm 2020 cũng là dịp kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam – "
     "Mê-hi-cô (19/5/1975).",
     K.RELATIONS_ESTABLISH, ("VNM", "MEX"), (), "1975-05-19", S.OCCURRED),
    ("anniversary-named-pair-not-title-twin",
     "Quan hệ Việt Nam – Cu-ba\n\nNăm 2020 cũng là dịp kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam – "
     "Mê-hi-cô (19/5/1975).",
     K.RELATIONS_ESTABLISH, *absent(("CUB",))),
    # --- 4. a directive's tasks; scholarships and training are aid ------------------------------------------
    ("task-celebration-with-partner",
     "Để thực hiện tốt Năm Hữu nghị, Bộ trưởng yêu cầu:\n1. Vụ Đông Nam Á phối hợp với Đại sứ quán Cam-pu-chia tổ "
     "chức các hoạt động kỷ niệm, giao lưu nhân dân.",
     K.RELATIONS, ("VNM",), ("KHM",), "", S.PLANNED),
    ("task-coordination-then-visits",
     "Thủ tướng Chính phủ chỉ thị:\n1. Bộ Ngoại giao phối hợp với phía Mông Cổ rà soát các thỏa thuận và chuẩn bị "
     "các chuyến thăm cấp cao.",
     K.COOPERATE, ("VNM",), ("MNG",), "", S.PLANNED),
    ("coordination-manner-twin", "Năm 2019, Bộ Ngoại giao phối hợp với phía Lào hoàn thành ký Nghị định thư về "
     "phân giới.",
     K.COOPERATE, *absent(("LAO",))),
    ("scholarship-yearly", "Quan hệ Việt Nam – Nhật Bản\n\nHằng năm, Chính phủ Nhật Bản cấp học bổng cho sinh viên "
     "Việt Nam.",
     K.AID, ("JPN",), ("VNM",), "", S.ONGOING),
    ("scholarship-not-yet-twin", "Chính phủ Nhật Bản chưa cấp học bổng cho sinh viên Việt Nam.", K.AID, *NO),
    ("scholarship-places", "Năm 2018, Chính phủ Niu Di-lân trao 40 suất học bổng cho cán bộ Việt Nam.",
     K.AID, ("NZL",), ("VNM",), "2018", S.OCCURRED),
    ("scholarship-planned-twin",
     "Việt Nam dự kiến dành 100 suất học bổng cho sinh viên Cam-pu-chia trong năm 2025.",
     K.AID, ("VNM",), ("KHM",), "2025", S.PLANNED),
    ("scholarship-received", "Mỗi năm, khoảng 200 sinh viên Việt Nam nhận học bổng của Chính phủ Ô-xtrây-li-a.",
     K.AID, ("AUS",), ("VNM",), "", S.ONGOING),
    ("scholarship-possible-twin", "Sinh viên Việt Nam có thể xin học bổng của Chính phủ Ô-xtrây-li-a.",
     K.AID, *absent(("AUS",))),
    ("scholarship-task",
     "Nhiệm vụ năm 2022:\n2. Bộ Giáo dục và Đào tạo tiếp tục cấp học bổng cho lưu học sinh Mông Cổ.",
     K.AID, ("VNM",), ("MNG",), "", S.PLANNED),
    ("training-given", "Từ năm 1955 đến năm 1991, Liên Xô đã đào tạo hàng vạn cán bộ cho Việt Nam.",
     K.AID, ("SUN",), ("VNM",), "1955/1991", S.OCCURRED),
    ("training-for-partner", "Năm 2021, Học viện Quốc phòng đã đào tạo cho Lào hơn 300 sĩ quan.",
     K.AID, ("VNM",), ("LAO",), "2021", S.OCCURRED),
    ("students-taken-in", "Năm 1960, Liên Xô đón hàng nghìn sinh viên Việt Nam sang học tập.",
     K.AID, ("SUN",), ("VNM",), "1960", S.OCCURRED),
    ("students-not-taken-in-twin", "Việt Nam chưa tiếp nhận lưu học sinh Mông Cổ.", K.AID, *NO),
    ("training-domestic-twin", "Năm 2021, Việt Nam đào tạo cán bộ ngoại giao.", K.AID, *absent(("VNM",))),
    # --- 5. a standing level of relations -------------------------------------------------------------------
    ("level-now", "Quan hệ Việt Nam – Hung-ga-ri\n\nHai nước hiện là Đối tác toàn diện.",
     K.RELATIONS, ("VNM", "HUN"), (), "", S.ONGOING),
    ("level-of-partner", "Ô-xtrây-li-a hiện là Đối tác chiến lược toàn diện của Việt Nam.",
     K.RELATIONS, ("AUS",), ("VNM",), "", S.ONGOING),
    ("level-not-yet-twin", "Quan hệ Việt Nam – Thái Lan\n\nHai nước chưa là Đối tác chiến lược.", K.RELATIONS, *NO),
    ("level-denied-twin", "Ấn Độ không phải là Đối tác chiến lược của Pa-ki-xtan.", K.RELATIONS, *NO),
    ("level-at-tier", "Quan hệ Việt Nam – Nhật Bản hiện ở tầm Đối tác chiến lược toàn diện.",
     K.RELATIONS, ("VNM",), ("JPN",), "", S.ONGOING),
    ("level-at-tier-not-yet-twin", "Quan hệ Việt Nam – Nhật Bản chưa ở tầm Đối tác chiến lược toàn diện.",
     K.RELATIONS, *NO),
    ("level-since-is-upgrade", "Hàn Quốc và Việt Nam là đối tác chiến lược từ năm 2009.",
     K.RELATIONS_UPGRADE, ("KOR", "VNM"), (), "2009", S.OCCURRED),
    ("level-wished-twin", "Quan hệ Việt Nam – Thái Lan\n\nHai nước mong muốn sớm trở thành Đối tác chiến lược.",
     K.RELATIONS_UPGRADE, *NO),
    # --- 6. a date after a colon is the announced event's ---------------------------------------------------
    ("colon-date",
     "Chúng tôi cảm ơn Nhật Bản đã ủng hộ Việt Nam: ngày 16/10/2007, Việt Nam trúng cử Ủy viên không thường trực "
     "Hội đồng Bảo an nhiệm kỳ 2008 – 2009.",
     K.MEMBERSHIP_ELECT, ("VNM",), ("UNSC",), "2007-10-16", S.OCCURRED),
    ("colon-date-join", "Nỗ lực vận động đã có kết quả: ngày 7/11/2006, Đại hội đồng WTO kết nạp Việt Nam.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("WTO",), "2006-11-07", S.OCCURRED),
    # --- 7. a role held "năm nay" ---------------------------------------------------------------------------
    ("chair-this-year",
     "Hà Nội, ngày 10 tháng 3 năm 2010\n\nBÁO CÁO\n\nNăm nay, Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN.",
     K.CHAIR, ("VNM",), ("ASEAN",), "2010", S.ONGOING),
    ("chair-past-year-twin",
     "Hà Nội, ngày 10 tháng 3 năm 2024\n\nBÁO CÁO\n\nNăm 2020, Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN.",
     K.CHAIR, ("VNM",), ("ASEAN",), "2020", S.OCCURRED),
    # --- 8. founding membership --------------------------------------------------------------------------------
    ("founder-fronted",
     "Là một trong sáu nước sáng lập Cộng đồng Kinh tế châu Âu năm 1957, Hà Lan có quan hệ tốt với Việt Nam.",
     K.MEMBERSHIP_JOIN, ("NLD",), ("EU",), "1957", S.OCCURRED),
    ("founder-one-of-five", "Năm 1967, In-đô-nê-xi-a là một trong năm nước sáng lập ASEAN.",
     K.MEMBERSHIP_JOIN, ("IDN",), ("ASEAN",), "1967", S.OCCURRED),
    ("founder-first-members",
     "Ma-lai-xi-a là một trong những nước đầu tiên gia nhập Tổ chức Thương mại Thế giới năm 1995.",
     K.MEMBERSHIP_JOIN, ("MYS",), ("WTO",), "1995", S.OCCURRED),
    ("founder-denied-twin", "Nhật Bản không phải là thành viên sáng lập ASEAN.", K.MEMBERSHIP_JOIN, *NO),
    ("founder-not-one-of-twin", "Việt Nam không phải là một trong năm nước sáng lập ASEAN.",
     K.MEMBERSHIP_JOIN, *NO),
    ("founder-supported-join-twin", "Là thành viên sáng lập ASEAN, Thái Lan luôn ủng hộ Việt Nam gia nhập.",
     K.MEMBERSHIP_JOIN, *absent(("VNM",))),
    # --- 9. planned cooperation of the pair ---------------------------------------------------------------------
    ("coop-planned-pair",
     "Quan hệ Việt Nam – Ca-na-đa\n\nNăm 1973, hai nước thiết lập quan hệ ngoại giao. Hai bên sẽ đẩy mạnh hợp tác "
     "giáo dục trong năm 2025.",
     K.COOPERATE, ("VNM", "CAN"), (), "2025", S.PLANNED),
    ("coop-conditional-twin",
     "Quan hệ Việt Nam – Ca-na-đa\n\nNăm 1973, hai nước thiết lập quan hệ ngoại giao. Nếu hai bên mở rộng hợp tác "
     "giáo dục, sinh viên sẽ được lợi.",
     K.COOPERATE, *absent(("CAN",))),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    if status is None:  # ABSENT: no event of this kind names these parties, whatever its status
        got = extract_text(text).events
        named = [e for e in got if e.kind is kind and set(actors) & (set(e.actors) | set(e.recipients))]
        assert not named, show(got)
        return
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_fronted_predicate_subject_is_after_the_comma_and_keeps_its_own_date():
    got = extract_text(
        "Là thành viên sáng lập ASEAN năm 1967, Thái Lan đã ký Hiệp ước Thân thiện với Việt Nam năm 1976."
    ).events
    joins = [(e.actors, e.date) for e in got if e.kind is K.MEMBERSHIP_JOIN]
    assert (("THA",), "1967") in joins, show(got)
    sign = [e for e in got if e.kind is K.AGREEMENT_SIGN]
    assert sign and all(e.date == "1976" for e in sign), show(got)


def test_this_country_at_a_paragraph_start_is_the_foreign_country_before():
    got = extract_text(
        "Quan hệ Việt Nam – Bỉ\n\nNgày 22/3/1973, Bỉ và Việt Nam thiết lập quan hệ ngoại giao.\n\n"
        "Là một trong sáu nước sáng lập Cộng đồng Kinh tế châu Âu năm 1957, nước này hiện là đối tác quan trọng của "
        "Việt Nam trong EU."
    ).events
    joins = [(e.actors, e.recipients) for e in got if e.kind is K.MEMBERSHIP_JOIN]
    assert joins == [(("BEL",), ("EU",))], show(got)


def test_a_candidacy_whose_election_is_told_gives_the_election_only():
    got = extract_text(
        "Phía Ấn Độ ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an, và ngày 8/6/2007 Việt Nam "
        "trúng cử nhiệm kỳ 2008 – 2009 với 183/190 phiếu."
    ).events
    elect = [e for e in got if e.kind is K.MEMBERSHIP_ELECT]
    assert [(e.actors, e.status, e.date) for e in elect] == [(("VNM",), S.OCCURRED, "2007-06-08")], show(got)


def test_a_one_of_n_count_is_no_same_year():
    got = extract_text(
        "Việt Nam và Xinh-ga-po thiết lập quan hệ ngoại giao ngày 1/8/1973. Xinh-ga-po là một trong năm nước sáng "
        "lập ASEAN năm 1967."
    ).events
    joins = [(e.actors, e.date) for e in got if e.kind is K.MEMBERSHIP_JOIN]
    assert (("SGP",), "1967") in joins, show(got)


def test_projects_of_cooperation_not_carried_out_are_no_cooperation():
    got = extract_text(
        "Quan hệ Việt Nam – Lào\n\nHai nước thống nhất lấy năm 2022 là Năm Đoàn kết hữu nghị. Tuy vậy, một số dự án "
        "hợp tác giữa hai nước chưa được triển khai đúng tiến độ."
    ).events
    assert not [e for e in got if e.kind is K.COOPERATE and e.status in (S.OCCURRED, S.ONGOING)], show(got)


def test_non_aligned_is_no_negation_of_a_coordination():
    got = extract_text(
        "Phương hướng năm 2008:\n1. Phối hợp với các nước ASEAN và các nước thành viên Phong trào Không liên kết trong "
        "các vấn đề Hội đồng Bảo an xem xét."
    ).events
    assert any(e.kind is K.COOPERATE and e.status is S.PLANNED for e in got), show(got)
