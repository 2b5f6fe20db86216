"""A twentieth construction grid for the events stage (issue 3), built from constructions heldout27/28 missed, each
with its negative twin: "A mời B (sớm) thăm C" is B's visit to C, planned; a Vietnamese mission's report ("ĐẠI SỨ
QUÁN VIỆT NAM TẠI X") is about Vietnam and X, its "hai nước / hai bên" with no pair named before; an establishment
told in an aside inside an upgrade ("nâng quan hệ giữa hai nước, được thiết lập ngày ..., lên tầm ...") is an event
of its own; receiving or working with a consul or a chargé d'affaires ("tiếp Tổng Lãnh sự X", "làm việc với Đại
biện X") is a consultation, as with an ambassador; "Chuẩn bị / phấn đấu đón (mời) đoàn X sang thăm" is a planned
visit; a joint statement's closing "Tuyên bố chung được ký tại X ngày Y" is its own signing by the pair its title
names. Sentences written for these tests with other countries, dates and leaders; whole pipeline. The rules are in
src/doingoai/extract/events_invited.py, trigger_scan.py and triggers.py, and docs/decisions.md (Events, round 20).

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A
NEGATED case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN, K.CONSULT, K.COOPERATE}
NO = ((), (), "", S.NEGATED)

EMBASSY = "BỘ NGOẠI GIAO\n\nĐẠI SỨ QUÁN VIỆT NAM TẠI {host}\n\nSố: 45/BC-ĐSQ\n\nBÁO CÁO\n\nCông tác năm 2021\n\n{body}\n"

# fmt: off
CASES: list[tuple] = [
    # --- 1. an invitation to visit: the invitee's visit, to come ------------------------------------------------
    ("invite-pm",
     "Thủ tướng Ca-na-đa mời Thủ tướng Phạm Minh Chính thăm Ca-na-đa.",
     K.VISIT, ("VNM",), ("CAN",), "", S.PLANNED),
    ("invite-president-to-vietnam",
     "Chủ tịch nước Võ Văn Thưởng mời Tổng thống Chi-lê thăm Việt Nam vào thời gian thích hợp.",
     K.VISIT, ("CHL",), ("VNM",), "", S.PLANNED),
    ("invite-soon-official",
     "Tổng thống Bra-xin trân trọng mời Chủ tịch Quốc hội Việt Nam sớm thăm chính thức Bra-xin.",
     K.VISIT, ("VNM",), ("BRA",), "", S.PLANNED),
    # twins: the invitation accepted (a visit made); an invitation to talk is no visit
    ("invite-accepted-twin",
     "Nhận lời mời của Chủ tịch nước, Tổng thống Mê-hi-cô thăm Việt Nam năm 2019.",
     K.VISIT, ("MEX",), ("VNM",), "2019", S.OCCURRED),
    ("invite-talk-twin",
     "Bộ Ngoại giao mời Đại sứ Ai Cập đến trao đổi về tình hình khu vực.",
     K.VISIT, *NO),
    # --- 2. a Vietnamese mission's report: "hai nước" is Vietnam and the host country ----------------------------
    ("mission-anniversary",
     EMBASSY.format(host="HUNG-GA-RI", body="Năm 2021, hai nước kỷ niệm 71 năm thiết lập quan hệ ngoại giao "
                    "(3/2/1950 – 3/2/2021)."),
     K.RELATIONS_ESTABLISH, ("VNM", "HUN"), (), "1950-02-03", S.OCCURRED),
    ("mission-signing",
     EMBASSY.format(host="CỘNG HÒA SÉC", body="Ngày 5/5/2021, hai bên ký Bản ghi nhớ hợp tác giáo dục."),
     K.AGREEMENT_SIGN, ("VNM", "CZE"), (), "2021-05-05", S.OCCURRED),
    ("mission-upgrade",
     EMBASSY.format(host="NIU DI-LÂN", body="Tháng 7/2020, hai nước nâng quan hệ lên Đối tác chiến lược."),
     K.RELATIONS_UPGRADE, ("VNM", "NZL"), (), "2020-07", S.OCCURRED),
    # twins: a mission to an organisation gives no pair; a pair named in the paragraph wins
    ("mission-organisation-twin",
     EMBASSY.replace("ĐẠI SỨ QUÁN VIỆT NAM", "PHÁI ĐOÀN THƯỜNG TRỰC VIỆT NAM").format(
         host="LIÊN HỢP QUỐC", body="Năm 2021, hai nước kỷ niệm 71 năm thiết lập quan hệ ngoại giao (3/2/1950)."),
     K.RELATIONS_ESTABLISH, *NO),
    ("mission-named-pair-twin",
     EMBASSY.format(host="HUNG-GA-RI", body="Ba Lan và Xlô-va-ki-a có nhiều điểm tương đồng. Năm 1993, hai nước "
                    "thiết lập quan hệ ngoại giao."),
     K.RELATIONS_ESTABLISH, ("POL", "SVK"), (), "1993", S.OCCURRED),
    # --- 3. an establishment told in an aside inside an upgrade ------------------------------------------------
    ("aside-established-day",
     "Tổng thống Pê-ru thăm Việt Nam. Hai bên nhất trí nâng quan hệ giữa hai nước, được thiết lập ngày 14/11/1994, "
     "lên tầm Đối tác toàn diện.",
     K.RELATIONS_ESTABLISH, ("VNM", "PER"), (), "1994-11-14", S.OCCURRED),
    ("aside-established-since",
     "Thủ tướng Ý thăm Việt Nam. Hai bên quyết định nâng quan hệ giữa hai nước, đã được thiết lập từ năm 1973, lên "
     "Đối tác chiến lược.",
     K.RELATIONS_ESTABLISH, ("VNM", "ITA"), (), "1973", S.OCCURRED),
    ("aside-upgrade-kept",
     "Thủ tướng Ý thăm Việt Nam. Hai bên quyết định nâng quan hệ giữa hai nước, đã được thiết lập từ năm 1973, lên "
     "Đối tác chiến lược.",
     K.RELATIONS_UPGRADE, ("VNM", "ITA"), (), "", S.OCCURRED),
    # twins: an aside of another kind, or none, tells no establishment
    ("aside-quality-twin",
     "Việt Nam và Ma-lai-xi-a nâng quan hệ, vốn gần gũi, lên Đối tác chiến lược toàn diện.",
     K.RELATIONS_ESTABLISH, *NO),
    ("aside-none-twin",
     "Năm 2015, Việt Nam và Ma-lai-xi-a nâng quan hệ lên Đối tác chiến lược.",
     K.RELATIONS_ESTABLISH, *NO),
    # --- 4. receiving or working with a consul or a chargé d'affaires is a consultation -------------------------
    ("receive-consul-general",
     "Năm 2022, Bộ trưởng Ngoại giao tiếp Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh.",
     K.CONSULT, ("VNM",), ("KOR",), "2022", S.OCCURRED),
    ("receive-consul-province",
     "Tháng 9/2020, Bí thư Tỉnh ủy Lạng Sơn tiếp Tổng Lãnh sự Trung Quốc tại Nam Ninh.",
     K.CONSULT, ("VNM",), ("CHN",), "2020-09", S.OCCURRED),
    ("work-with-charge",
     "Ngày 3/4/2021, Thứ trưởng Ngoại giao làm việc với Đại biện lâm thời Cu-ba.",
     K.CONSULT, ("VNM",), ("CUB",), "2021-04-03", S.OCCURRED),
    # twins: consular files received, consuls of no named country
    ("consular-files-twin",
     "Năm 2019, Cục Lãnh sự tiếp nhận hồ sơ lãnh sự của công dân Pháp.",
     K.CONSULT, *NO),
    ("consuls-unnamed-twin",
     "Năm 2020, Tổng Lãnh sự Việt Nam tại Thượng Hải tiếp lãnh sự các nước.",
     K.CONSULT, *NO),
    # --- 5. a visit received as a task: "Chuẩn bị đón đoàn X sang thăm" is planned ---------------------------------
    ("receive-task-prepare",
     "Chuẩn bị đón đoàn Bộ Quốc phòng Cam-pu-chia sang thăm Việt Nam vào tháng 5/2024.",
     K.VISIT, ("KHM",), ("VNM",), "2024-05", S.PLANNED),
    ("receive-task-named-host",
     "Việt Nam chuẩn bị đón đoàn đại biểu Quốc hội Mông Cổ sang thăm vào tháng 5/2024.",
     K.VISIT, ("MNG",), ("VNM",), "2024-05", S.PLANNED),
    ("receive-task-strive",
     "Năm 2025, phấn đấu mời Đoàn đại biểu Bộ Ngoại giao Ai-len sang thăm Việt Nam.",
     K.VISIT, ("IRL",), ("VNM",), "2025", S.PLANNED),
    # twin: a visit received is told as done
    ("receive-done-twin",
     "Tháng 3/2023, Việt Nam đã đón đoàn đại biểu Quốc hội Lào sang thăm.",
     K.VISIT, ("LAO",), ("VNM",), "2023-03", S.OCCURRED),
    # --- 6. a joint statement's closing line is its own signing, by the pair its title names ----------------------
    ("statement-own-signing",
     "TUYÊN BỐ CHUNG\nvề quan hệ Đối tác chiến lược giữa Việt Nam và Ô-xtrây-li-a\n\n"
     "1. Hai bên nhất trí tăng cường hợp tác kinh tế.\n\nTuyên bố chung được ký tại Can-bê-ra ngày 5/3/2024.\n",
     K.AGREEMENT_SIGN, ("VNM", "AUS"), (), "2024-03-05", S.OCCURRED),
    ("communique-own-signing",
     "THÔNG CÁO CHUNG\ngiữa Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa Phi-líp-pin\n\n"
     "1. Hai bên hoan nghênh kết quả hội đàm.\n\nThông cáo chung này được ký tại Ma-ni-la ngày 9/1/2024.\n",
     K.AGREEMENT_SIGN, ("VNM", "PHL"), (), "2024-01-09", S.OCCURRED),
    # twins: the same line in a report (not the statement itself), a statement in a news paragraph
    ("statement-in-report-twin",
     "BÁO CÁO\nQuan hệ Việt Nam – Lào\n\nNăm 2023, quan hệ Việt Nam – Lào phát triển. Tuyên bố chung được ký tại "
     "Viêng Chăn ngày 5/3/2024.\n",
     K.AGREEMENT_SIGN, *NO),
    ("statement-news-twin",
     "Hai nước Việt Nam và Ô-xtrây-li-a hợp tác. Tuyên bố chung được ký tại Can-bê-ra ngày 5/3/2024.",
     K.AGREEMENT_SIGN, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_the_inviter_makes_no_visit():
    got = extract_text("Tổng thống Ác-hen-ti-na mời Thủ tướng Việt Nam thăm Ác-hen-ti-na năm 2025.").events
    visits = [e for e in got if e.kind is K.VISIT]
    assert visits and all(e.actors == ("VNM",) and e.status is S.PLANNED for e in visits), show(got)
