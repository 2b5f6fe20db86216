"""A twenty-second construction grid for the events stage (issue 3): triggers and kinds missed across many
development sets, each with its negative twin. Ties told as a subject in a state ("Quan hệ chính trị giữa hai nước
luôn tin cậy", "Quan hệ giữa A và B được giữ vững": relations, ongoing; not "đối tác tin cậy"); friendship and
cooperation listed as the ties' qualities in a subject ("Quan hệ hữu nghị, hợp tác giữa A và B tiếp tục được củng
cố": relations, while "Quan hệ hợp tác kinh tế ..." stays cooperation); an agreement's terms used by the parties
("hai bên khai thác tốt hơn các ưu đãi của CPTPP": cooperation; not a market's opportunities); a named agreement
with its year "giữa hai nước (2003)" signed by the pair told before, and one named with a past year in a task list
("1. Thực hiện nghiêm Hiệp định ... (2009)." under "NHIỆM VỤ NĂM 2024": signed in 2009); a summit named by its
parties and told as held ("Hội nghị Thượng đỉnh A – B lần thứ hai tổ chức tại X": a meeting of A and B); a
membership in a relative clause ("UNESCO, tổ chức mà nước ta là thành viên từ năm 1976"); an
agreement completed ("Hai bên phấn đấu sớm hoàn tất hiệp định này": its negotiation, not "hoàn tất thủ tục ...");
experts helping ("Chuyên gia nông nghiệp Việt Nam giúp Cu-ba phát triển ...": aid, whatever the task). Sentences written for
these tests with other countries, agreements and dates; whole pipeline. The rules are in
src/doingoai/extract/trigger_defs.py, triggers.py, events_members.py, events_use.py, events_nominal.py, events_summits.py and events_relative.py, and
docs/decisions.md (Events, round 22).

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A
NEGATED case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN, K.CONSULT, K.COOPERATE}
NO = ((), (), "", S.NEGATED)

# fmt: off
CASES: list[tuple] = [
    # --- 1. ties told as a subject in a state -----------------------------------------------------------------
    ("state-trusted",
     "Về chính trị, quan hệ giữa Việt Nam và Thụy Điển ngày càng tin cậy.",
     K.RELATIONS, ("VNM",), ("SWE",), "", S.ONGOING),
    ("state-always",
     "Quan hệ chính trị giữa Việt Nam và Cu-ba luôn gắn bó.",
     K.RELATIONS, ("VNM",), ("CUB",), "", S.ONGOING),
    ("state-kept",
     "Năm 2022, quan hệ giữa Việt Nam và Mông Cổ được giữ vững.",
     K.RELATIONS, ("VNM",), ("MNG",), "2022", S.OCCURRED),
    ("state-close",
     "Quan hệ Việt Nam – Lào ngày càng khăng khít.",
     K.RELATIONS, ("VNM",), ("LAO",), "", S.ONGOING),
    # twins: "tin cậy" naming a partner, "giữ vững" of another object
    ("state-partner-twin",
     "Quan hệ đối tác tin cậy giữa Việt Nam và Nhật Bản là nền tảng cho hợp tác kinh tế.",
     K.RELATIONS, *NO),
    ("state-other-object-twin",
     "Quan hệ với Bê-la-rút là một chủ đề, còn ta giữ vững độc lập.",
     K.RELATIONS, *NO),
    # --- 2. friendship and cooperation listed as the ties' qualities ------------------------------------------
    ("listed-ties",
     "Quan hệ hữu nghị, hợp tác giữa Việt Nam và Lào tiếp tục được củng cố.",
     K.RELATIONS, ("VNM",), ("LAO",), "", S.ONGOING),
    ("listed-ties-va",
     "Năm 2019, quan hệ đoàn kết và hợp tác giữa Việt Nam và Ăng-gô-la ngày càng phát triển.",
     K.RELATIONS, ("VNM",), ("AGO",), "2019", S.OCCURRED),
    # twin: cooperation named alone stays cooperation
    ("cooperation-alone-twin",
     "Quan hệ hợp tác kinh tế giữa Việt Nam và Hàn Quốc được tăng cường.",
     K.COOPERATE, ("VNM",), ("KOR",), "", S.ONGOING),
    # --- 3. an agreement's terms used by the parties ----------------------------------------------------------
    ("use-preferences",
     "Việt Nam và Pê-ru nhất trí đẩy mạnh thương mại. Hai bên phấn đấu khai thác tốt hơn các ưu đãi của CPTPP.",
     K.COOPERATE, ("VNM", "PER"), (), "", S.PLANNED),
    ("use-commitments",
     "Việt Nam và Chi-lê tận dụng hiệu quả các cam kết của Hiệp định thương mại tự do song phương.",
     K.COOPERATE, ("VNM", "CHL"), (), "", S.ONGOING),
    ("use-framework",
     "Năm 2021, Việt Nam và Anh khai thác các cơ hội từ Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh.",
     K.COOPERATE, ("VNM", "GBR"), (), "2021", S.OCCURRED),
    # twins: a market's opportunities, a resource exploited
    ("use-market-twin",
     "Doanh nghiệp Việt Nam cần khai thác các cơ hội của thị trường Nhật Bản.",
     K.COOPERATE, *NO),
    ("use-resource-twin",
     "Việt Nam khai thác các mỏ dầu tại Liên bang Nga.",
     K.COOPERATE, *NO),
    # --- 4. a named agreement with its year: the pair told before; a past year in a task list -----------------
    ("named-pair",
     "Việt Nam và Ma-lai-xi-a có đường biên giới trên biển. Hiệp định về phân định vùng biển giữa hai nước (2008) "
     "là thành quả của đàm phán.",
     K.AGREEMENT_SIGN, ("VNM", "MYS"), (), "2008", S.OCCURRED),
    ("named-in-tasks",
     "BÁO CÁO CÔNG TÁC ĐỐI NGOẠI NĂM 2024\n\nII. NHIỆM VỤ NĂM 2025\n\n1. Thực hiện nghiêm Hiệp định về quy chế "
     "biên giới Việt Nam – Cam-pu-chia (2012).\n\n2. Tăng cường giao lưu nhân dân.",
     K.AGREEMENT_SIGN, ("VNM", "KHM"), (), "2012", S.OCCURRED),
    # twin: a year not before the task list's own
    ("named-in-tasks-twin",
     "BÁO CÁO CÔNG TÁC ĐỐI NGOẠI NĂM 2024\n\nII. NHIỆM VỤ NĂM 2025\n\n1. Hoàn tất Hiệp định Thương mại Việt Nam – "
     "Ca-dắc-xtan (2025).\n\n2. Tăng cường giao lưu nhân dân.",
     K.AGREEMENT_SIGN, *NO),
    # --- 5. a summit named by its parties, told as held ------------------------------------------------------
    ("summit-held",
     "Tháng 6/2018, Hội nghị Thượng đỉnh Mỹ – Triều Tiên lần thứ nhất diễn ra tại Xin-ga-po.",
     K.CONSULT, ("USA", "PRK"), (), "2018-06", S.OCCURRED),
    ("summit-org-country",
     "Năm 2019, Hội nghị Cấp cao ASEAN – Hàn Quốc được tổ chức tại Bu-san.",
     K.CONSULT, ("ASEAN", "KOR"), (), "2019", S.OCCURRED),
    ("summit-to-come",
     "Hội nghị Thượng đỉnh Nga – Hoa Kỳ sẽ được tổ chức tại Hen-xinh-ki vào tháng 7/2018.",
     K.CONSULT, ("RUS", "USA"), (), "2018-07", S.PLANNED),
    # twins: not held, only the setting of another act
    ("summit-not-held-twin",
     "Năm 2022, Hội nghị Thượng đỉnh Nga – Hoa Kỳ không được tổ chức.",
     K.CONSULT, *NO),
    ("summit-setting-twin",
     "Bên lề Hội nghị Thượng đỉnh Ấn Độ – Ô-xtrây-li-a, Pháp công bố viện trợ cho Ma-li.",
     K.CONSULT, *NO),
    # --- 6. an agreement completed: its negotiation concluded -------------------------------------------------
    ("complete-to-come",
     "Việt Nam và Ca-na-đa nhất trí thúc đẩy thương mại. Hai bên phấn đấu sớm hoàn tất hiệp định này.",
     K.AGREEMENT_NEGOTIATE, ("VNM", "CAN"), (), "", S.PLANNED),
    ("complete-done",
     "Năm 2015, Việt Nam và Hàn Quốc hoàn tất Hiệp định thương mại tự do.",
     K.AGREEMENT_NEGOTIATE, ("VNM", "KOR"), (), "2015", S.OCCURRED),
    # twins: a procedure completed, an agreement's goals fulfilled
    ("complete-procedure-twin",
     "Năm 2024, Việt Nam hoàn tất thủ tục phê duyệt Hiệp định với Ixraen.",
     K.AGREEMENT_NEGOTIATE, *NO),
    ("complete-goals-twin",
     "Năm 2020, Việt Nam và Lào hoàn thành các mục tiêu của hiệp định.",
     K.AGREEMENT_NEGOTIATE, *NO),
    # --- 7. a membership told in a relative clause after the organisation -------------------------------------
    ("relative-member",
     "Lào phát huy vai trò tại Tổ chức Y tế Thế giới (WHO), tổ chức mà Lào là thành viên từ năm 1950.",
     K.MEMBERSHIP_JOIN, ("LAO",), ("WHO",), "1950", S.OCCURRED),
    ("relative-joined",
     "Việt Nam đóng góp tích cực cho APEC, diễn đàn mà Việt Nam chính thức tham gia từ tháng 11/1998.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("APEC",), "1998-11", S.OCCURRED),
    # twins: no date (a standing membership), not a member
    ("relative-undated-twin",
     "Việt Nam đóng góp cho WTO, tổ chức mà Việt Nam là thành viên.",
     K.MEMBERSHIP_JOIN, *NO),
    ("relative-not-twin",
     "Việt Nam hợp tác với OECD, tổ chức mà Việt Nam chưa là thành viên từ năm 2020.",
     K.MEMBERSHIP_JOIN, *NO),
    # --- 8. experts as the helpers: aid, whatever the task ---------------------------------------------------
    ("experts-help",
     "Chuyên gia nông nghiệp Việt Nam tiếp tục giúp Mô-dăm-bích phát triển sản xuất lúa gạo.",
     K.AID, ("VNM",), ("MOZ",), "", S.ONGOING),
    ("doctors-help",
     "Năm 2010, các bác sĩ Cu-ba đã giúp Ăng-gô-la nâng cao năng lực y tế.",
     K.AID, ("CUB",), ("AGO",), "2010", S.OCCURRED),
    # twins: a state's help with an unconcrete task, experts reporting another's help
    ("state-help-twin",
     "Năm 2019, Việt Nam giúp Lào phát triển du lịch.",
     K.AID, *NO),
    ("experts-report-twin",
     "Năm 2022, các chuyên gia cho rằng Mỹ giúp U-crai-na nâng cao năng lực.",
     K.AID, *NO),
    # twin: "hai nước" in a name with no pair told before
    ("named-pair-twin",
     "Hiệp định về phân định vùng biển giữa hai nước (2008) là thành quả của đàm phán.",
     K.AGREEMENT_SIGN, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_terms_name_no_party():
    """ "khai thác các ưu đãi của CPTPP": the agreement is the terms' source, not a party of the cooperation."""
    got = extract_text("Việt Nam và Niu Di-lân khai thác tốt hơn các ưu đãi của CPTPP.").events
    coop = [e for e in got if e.kind is K.COOPERATE]
    assert coop and all("CPTPP" not in e.actors + e.recipients for e in coop), got
