"""A third construction grid for the events stage (issue 3, the constructions tests/data/heldout5
missed): a joint action "A và B cùng + verb" and a joint document ("Báo cáo chung", "Tuyên bố chung")
of two parties, a relative clause "người (đang) thăm X" whose subject is the person before it, chairing
named by a role ("trên cương vị Chủ tịch X", "với tư cách Chủ tịch X") and a negation before "mà" that
does not swallow the positive clauses after it ("các chuyên gia (của) X" stands for X). Written for
these tests with other countries, organisations and wording; whole pipeline.

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, asserted_events, check, params, show

SYMMETRIC = {
    K.AGREEMENT_SIGN,
    K.AGREEMENT_RATIFY,
    K.AGREEMENT_NEGOTIATE,
    K.RELATIONS_ESTABLISH,
    K.RELATIONS_UPGRADE,
    K.COOPERATE,
}

# fmt: off
CASES: list[tuple] = [
    # --- "A và B cùng + verb", a joint document: cooperation of the two ---------------------------------
    ("joint-submit", "Tháng 8/2011, Việt Nam và In-đô-nê-xi-a cùng nộp Báo cáo chung về ranh giới thềm lục địa lên Liên Hợp Quốc.",
     K.COOPERATE, ("VNM", "IDN"), (), "2011-08", S.OCCURRED),
    ("joint-build", "Năm 2018, Lào và Thái Lan cùng xây dựng cây cầu hữu nghị qua sông Mê Công.",
     K.COOPERATE, ("LAO", "THA"), (), "2018", S.OCCURRED),
    ("joint-propose", "Năm 2015, Nhật Bản và Ấn Độ cùng đề xuất sáng kiến về hạ tầng chất lượng cao.",
     K.COOPERATE, ("JPN", "IND"), (), "2015", S.OCCURRED),
    ("joint-report", "Tháng 3/2017, Việt Nam và Campuchia công bố Báo cáo chung về phân giới cắm mốc.",
     K.COOPERATE, ("VNM", "KHM"), (), "2017-03", S.OCCURRED),
    # --- "người (đang) thăm X": the person before it visits -------------------------------------------------
    ("visit-rel-state", "Ngày 12/11, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Indonesia Joko Widodo, người đang thăm cấp Nhà nước Việt Nam từ ngày 11 đến 13/11/2023.",
     K.VISIT, ("IDN",), ("VNM",), "2023-11-11/2023-11-13", S.OCCURRED),
    ("visit-rel-official", "Chủ tịch nước tiếp Thủ tướng Singapore Lý Hiển Long, người thăm chính thức Việt Nam tháng 8/2018.",
     K.VISIT, ("SGP",), ("VNM",), "2018-08", S.OCCURRED),
    ("visit-rel-other", "Tổng thống Pháp đón Thủ tướng Nhật Bản, người đang thăm Pháp từ ngày 2 đến 4/5/2022.",
     K.VISIT, ("JPN",), ("FRA",), "2022-05-02/2022-05-04", S.OCCURRED),
    # --- chairing named by a role -------------------------------------------------------------------------
    ("chair-cuong-vi", "Năm 2020, trên cương vị Chủ tịch ASEAN, Việt Nam chủ trì Hội nghị Cấp cao đặc biệt ASEAN về ứng phó với thiên tai.",
     K.CHAIR, ("VNM",), ("ASEAN",), "2020", S.OCCURRED),
    ("chair-tu-cach", "Năm 2019, với tư cách Chủ tịch ASEAN, Thái Lan chủ trì nhiều hội nghị quan trọng.",
     K.CHAIR, ("THA",), ("ASEAN",), "2019", S.OCCURRED),
    ("chair-cuong-vi-apec", "Trên cương vị Chủ tịch APEC năm 2017, Việt Nam đã chủ trì Tuần lễ Cấp cao APEC tại Đà Nẵng.",
     K.CHAIR, ("VNM",), ("APEC",), "2017", S.OCCURRED),
    ("chair-tu-cach-la", "Với tư cách là Chủ tịch luân phiên ASEAN năm 2022, Campuchia đã tổ chức Hội nghị Cấp cao ASEAN lần thứ 40.",
     K.CHAIR, ("KHM",), ("ASEAN",), "2022", S.OCCURRED),
    # --- a negation before "mà" is the first clause's only ----------------------------------------------
    ("neg-ma-experts", "Năm 2009, Việt Nam không giấu thông tin mà phối hợp chặt chẽ với các chuyên gia của WHO để kiểm soát dịch cúm.",
     K.COOPERATE, ("VNM",), ("WHO",), "2009", S.OCCURRED),
    ("neg-ma-experts-bare", "Năm 2014, Lào không trì hoãn mà hợp tác với các chuyên gia UNICEF trong tiêm chủng.",
     K.COOPERATE, ("LAO",), ("UNICEF",), "2014", S.OCCURRED),
    ("neg-ma-and", "Năm 2011, Thái Lan không đứng ngoài mà công khai dữ liệu và phối hợp với Nhật Bản khắc phục hậu quả lũ lụt.",
     K.COOPERATE, ("THA",), ("JPN",), "2011", S.OCCURRED),
    ("neg-plain", "Năm 2012, Việt Nam không hợp tác với tổ chức WHO trong dự án này.",
     K.COOPERATE, ("VNM",), ("WHO",), "", S.NEGATED),
    # --- a place's country in brackets before the subject: no list with it ----------------------------- ----------------------------------------
    ("join-asean-bracket", "Tháng 9/1973, tại Hội nghị Cấp cao lần thứ tư của Phong trào Không liên kết họp ở An-giê (An-giê-ri), Việt Nam được kết nạp.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("NAM_MOVEMENT",), "1973-09", S.OCCURRED),
    ("join-wto-bracket", "Tháng 1/2007, tại phiên họp của Đại hội đồng WTO ở Giơ-ne-vơ (Thụy Sĩ), Việt Nam chính thức trở thành thành viên.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("WTO",), "2007-01", S.OCCURRED),
]
# fmt: on


def _one_set(kind, recipients) -> bool:
    """Whether the parties are matched as one set ("A và B ký": either may be the actor)."""
    return kind in SYMMETRIC and not recipients


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, _one_set(kind, recipients))


# --- what the constructions must not take ---------------------------------------------------------------


def test_a_role_held_is_no_party_of_another_act():
    got = asserted_events(
        "Năm 2015, trên cương vị thành viên ASEAN, Việt Nam ủng hộ Lào trong việc phát triển hạ tầng."
    )
    support = [e for e in got if e.kind is K.SUPPORT]
    assert support and all(e.actors == ("VNM",) and e.recipients == ("LAO",) for e in support), show(got)
    assert not [e for e in got if e.kind is K.CHAIR], show(got)


def test_a_joint_act_needs_two_parties_and_cung_with_a_partner_is_no_joint_act():
    got = asserted_events("Năm 2018, Việt Nam cùng xây dựng nhiều công trình thủy lợi.")
    assert not [e for e in got if e.kind is K.COOPERATE], show(got)
    got = asserted_events("Năm 2018, Việt Nam và Lào cùng xây dựng tuyến đường, dưới sự hỗ trợ của Nhật Bản.")
    coop = [e for e in got if e.kind is K.COOPERATE]
    assert coop and all(set(e.actors) | set(e.recipients) == {"VNM", "LAO"} for e in coop), show(got)


def test_a_negation_still_governs_its_own_clause_before_ma():
    got = extract_text("Năm 2012, Lào không hợp tác với Thái Lan mà chọn con đường riêng.").events
    assert not [e for e in got if e.kind is K.COOPERATE and e.status is not S.NEGATED], show(got)
