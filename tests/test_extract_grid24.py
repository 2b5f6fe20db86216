"""A twenty-fourth construction grid for the events stage (issue 3), from constructions missed or over-read on
fresh held-out sets (heldout47 – heldout54), each with its negative twin:

* the writer as the unstated other side: a symmetric act or an agreement ("hai bên sẽ ký Biên bản ...", "thiết lập
  quan hệ") with one foreign party named, in a Vietnamese province's own report ("UBND TỈNH ..." heading it) or in
  a task list of a text that names Vietnam: Vietnam signs too (events_unstated). A text that names neither (and a
  text too short to say) still drops the act with no second side; "tháng 4 năm sau" is a month of the year after
  the document's (dates);
* a fronted participle of a membership, an agreement, a hosting or a chair ("Gia nhập OPEC năm 2007, Ăng-gô-la
  hiện là ...", "Được kết nạp vào EU ..., Hung-ga-ri còn là ..."): the subject right after the comma acts
  (events_fronted), not an unstated Vietnam; a participle after the comma ("..., được Đại hội đồng ... thông
  qua") is no subject;
* a named war without a year as the time of the sentence ("khi cuộc kháng chiến chống Mỹ ... bước vào giai đoạn
  quyết liệt", "Trong những năm kháng chiến chống Mỹ, ...") tells no conflict (events_nominal); a named war with its
  year does.

Sentences written for these tests with other provinces, countries and dates; whole pipeline. Cases are as in
tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]).
"""

from __future__ import annotations

import pytest

from event_grid import PARAMS, K, S, check, params

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN, K.CONSULT, K.COOPERATE}
NO = ((), (), "", S.NEGATED)

_REPORT = (
    "UBND TỈNH QUẢNG TRỊ\n\nSỞ NGOẠI VỤ\n\nSố: 12/BC-SNgV\n\nQuảng Trị, ngày 10 tháng 12 năm 2023\n\n"
    "BÁO CÁO\n\nCông tác đối ngoại năm 2023 và nhiệm vụ năm 2024\n\nI. KẾT QUẢ NĂM 2023\n\n"
)

# fmt: off
CASES: list[tuple] = [
    # --- 1. the writer as the unstated other side ---------------------------------------------------------------
    ("writer-province-signs",
     _REPORT + "II. NHIỆM VỤ NĂM 2024\n\n1. Tháng 4 năm sau, đón đoàn đại biểu tỉnh Chăm-pa-sắc sang thăm, làm "
     "việc; hai bên sẽ ký Biên bản thỏa thuận hợp tác về giáo dục.",
     K.AGREEMENT_SIGN, ("LAO", "VNM"), (), "2024-04", S.PLANNED),
    ("writer-task-names-vietnam",
     "KẾ HOẠCH\n\nHợp tác giáo dục Việt Nam – Mông Cổ năm 2020\n\nI. NHIỆM VỤ\n\n1. Tháng 9/2020, đón đoàn "
     "đại biểu Bộ Giáo dục Mông Cổ sang thăm, làm việc; hai bên ký Bản ghi nhớ hợp tác giáo dục.\n\n2. Cử 20 "
     "sinh viên sang học tập tại Mông Cổ.",
     K.AGREEMENT_SIGN, ("MNG", "VNM"), (), "2020-09", S.PLANNED),
    # a month of the year after the report's ("tháng 4 năm sau") dates the visit to come
    ("writer-month-next-year",
     _REPORT + "II. NHIỆM VỤ NĂM 2024\n\n1. Tháng 4 năm sau, đón đoàn đại biểu tỉnh Chăm-pa-sắc sang thăm.",
     K.VISIT, ("LAO",), ("VNM",), "2024-04", S.PLANNED),
    # twin: a text about others that never names Vietnam
    ("writer-foreign-twin",
     "Ba Lan là thành viên NATO từ năm 1999. Kinh tế nước này tăng trưởng nhanh. Tháng 9/2019, Bộ trưởng Giáo "
     "dục Ba Lan dự một hội nghị quốc tế; hai bên ký Bản ghi nhớ hợp tác giáo dục. Hội nghị kết thúc tốt đẹp.",
     K.AGREEMENT_SIGN, *NO),
    # twin: a sentence quoted alone (too short to say who writes) keeps its second side unknown
    ("writer-short-twin",
     "Tháng 3/2022, Thủ tướng Ấn Độ phát biểu tại Liên Hợp Quốc; hai bên ký Bản ghi nhớ.",
     K.AGREEMENT_SIGN, *NO),
    # --- 3. a fronted participle: the main clause's subject acts ----------------------------------------------------
    ("fronted-join",
     "Gia nhập Liên minh châu Phi năm 2002, Nam Phi hiện là nền kinh tế lớn của châu lục.",
     K.MEMBERSHIP_JOIN, ("ZAF",), ("AU",), "2002", S.OCCURRED),
    ("fronted-passive-join",
     "Được kết nạp vào NATO ngày 29/3/2004 cùng sáu nước khác, Ru-ma-ni còn là thành viên EU từ năm 2007.",
     K.MEMBERSHIP_JOIN, ("ROU",), ("NATO",), "2004-03-29", S.OCCURRED),
    # twin: after the comma a participle describes the treaty; the body in it is no subject (Vietnam ratifies)
    ("fronted-participle-twin",
     "Việt Nam coi trọng hợp tác quốc tế. Phê chuẩn Công ước về quyền trẻ em năm 1990, được Đại hội đồng Liên "
     "Hợp Quốc thông qua năm 1989.",
     K.AGREEMENT_RATIFY, ("VNM",), ("CRC_1989",), "1990", S.OCCURRED),
    # --- 2. a named war as the time of the sentence ---------------------------------------------------------------
    ("war-as-time-khi",
     "Việt Nam Dân chủ Cộng hòa và Xu-đăng thiết lập quan hệ ngoại giao năm 1969, khi cuộc kháng chiến chống Mỹ "
     "của nhân dân ta bước vào giai đoạn quyết liệt.",
     K.CONFLICT, *NO),
    ("war-as-time-trong",
     "Việt Nam và Ghi-nê thiết lập quan hệ ngoại giao năm 1958. Trong những năm kháng chiến chống Mỹ, phía bạn đã "
     "ủng hộ mạnh mẽ nhân dân ta.",
     K.CONFLICT, *NO),
    # the establishment in the same sentence stays
    ("war-as-time-keeps-act",
     "Việt Nam Dân chủ Cộng hòa và Xu-đăng thiết lập quan hệ ngoại giao năm 1969, khi cuộc kháng chiến chống Mỹ "
     "của nhân dân ta bước vào giai đoạn quyết liệt.",
     K.RELATIONS_ESTABLISH, ("VNM", "SDN"), (), "1969", S.OCCURRED),
    # twin: the war told with its year is an event
    ("war-with-year-twin",
     "Thắng lợi của cuộc kháng chiến chống Mỹ, cứu nước mùa xuân năm 1975 mở ra thời kỳ mới.",
     K.CONFLICT, ("VNM",), ("USA",), "1975", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
@pytest.mark.rules_alone  # (a rule's reading pinned: the learned reading is off)
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)
